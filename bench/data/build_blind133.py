# ruff: noqa: E501
"""A hundred-and-thirty-third blind privacy set: 220 texts with personal data and 100 clean
ones, on one theme: military service members, reservists, veterans and their families.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to
8 and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); check digits of cards, IBANs and national ids were
worked out for numbers the writer chose:

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway, about
  deployments, postings abroad, moving between postings, base housing and quarters,
  military mail (APO, FPO, DPO and BFPO addresses), veterans' pensions and benefits,
  medical boards, regimental associations, cadets and family support: drafting messages,
  letters and replies, summarising pasted minutes, call logs, voicemails and e-mails,
  translating, fixing wording, splitting costs, asking whether something is a scam,
  planning. The first 30 are typed all in lower case (names, e-mails, codes and postcodes
  too, with shorthand and typos); the next 6 are in German, Polish, Japanese, Korean,
  Ukrainian and Nepali; the other 84 in ordinary English. Names of many origins, first names
  alone, surnames after ranks and titles, full names, service nicknames (Smudge, Chalky,
  Dusty, Big Mick, marked whole), names that are ordinary words (Hope, Sunny, Grace, Bill,
  Rose, Faith, Summer, Will, Autumn, Penny, Joy), many named in passing with no cue word;
  1 to 8 values each, 113 naming a person, 17 holding a secret (gate, alarm, locker and
  key-safe codes, wifi keys, PINs, passwords, a key passphrase), every entity type present;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register entries and short letters, in English and 23 other languages; each names exactly
  one person and holds 1 to 4 other values; 41 carry a national id with valid check digits.

Labels: service numbers, DoD ids, VA file numbers, PMKeyS numbers, pension, membership and
cadet numbers, usernames and logins, badge and employee numbers, NHS numbers and national
ids are ID_NUMBER; PINs, gate, door, alarm, locker and key-safe codes, wifi keys, passwords
and passphrases are PASSWORD; ranks, titles and relation words (Sgt, Major, Staff Sergeant,
Lieutenant, Father, Mr, Mrs, Frau, Madame, my sister, grandad, 일병, 중위) stay outside PERSON
spans; an address span runs from the first street, quarter, unit or PSC line through the
postcode, APO/FPO/DPO code or BFPO number and city as typed; public figures, historical and
fictional people, pets, units, ships, companies, claim, case and order references, amounts
and dates of birth are not labelled; every occurrence of a private value is marked (a name
said again is marked again). The 100 clean texts hold no personal data at all: 25
MT-Bench/Vicuna-style prompts (some naming historical or fictional people), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D and 25
health questions naming no one, mostly on the same theme.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960, 0131 496
0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (South African
id, Singapore NRIC, NHS number, Polish PESEL, Chinese resident id, Brazilian CPF, Indian
Aadhaar, Swedish personnummer, Dutch BSN, Korean resident registration number, Australian
TFN and Medicare, Canadian SIN, Israeli teudat zehut, Turkish kimlik, Italian codice
fiscale, Finnish henkilötunnus, Japanese My Number, Spanish DNI and NIE, Irish PPS, French
NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP,
Chilean RUT, Estonian isikukood, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New
Zealand NHI, Greek AMKA, Icelandic kennitala).

Run ``.venv/bin/python bench/data/build_blind133.py`` from the repository root; the output
is deterministic.
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Father|Padre|Rev|Madame|Monsieur|Frau|Herr|Sr|Sra"
    r"|Pte|Pvt|PFC|Spc|LCpl|Cpl|Corporal|Sgt|SSgt|CSgt|Sergeant|WO|Lt|Lieutenant|Capt|Captain"
    r"|Maj|Major|Col|Colonel|Brig|Gen|General|Cdr|Commander|Adm|Auntie|Aunt|Uncle|Nan|Grandad"
    r"|Grandma|Cadet)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to a general assistant: the first 30 all in lower case, then 6 in other
# languages, then 84 in ordinary English.
CHAT = [
    # --- 30 typed all in lower case ---
    "msg [[PERSON|dusty]]: movers thurs not weds [[PHONE_NUMBER|07700 900417]]",
    "my husband [[PERSON|kofi mensah]] deploys next month and i need a list of things to sort b4 he goes. his dod id is [[ID_NUMBER|1418837265]] and our base housing addy is [[STREET_ADDRESS|2417 liberty loop, fort liberty, nc 28310]]. what paperwork do we need, poa etc?",
    "is this a scam?? got a text saying dear service member your tricare refund is pending, confirm card [[CREDIT_CARD|4716 2093 5518 4478]] and ssn [[US_SSN|412-67-2290]] at tricare-refunds.help. i already replied with both pls tell me what to do",
    "summarise this voicemail: hi its [[PERSON|bishnu]] from the gurkha welfare office, calling for [[PERSON|kamala gurung]] about the pension top up, please ring back on [[PHONE_NUMBER|01632 960284]] and quote the service no [[ID_NUMBER|21168453]]. thanks",
    "fix my wording: hi [[PERSON|jas]], sorry i cant make the regimental dinner on the 14th, im on exercise in brecon. give my best to the lads. [[PERSON|rob]]",
    "wifi in the new quarter is [[PASSWORD|blk7_quarter_2024]] and the router admin password is [[PASSWORD|qz8!mov3r]]. can you write a short note for my mum [[PERSON|sheila]] so she can get online when she visits",
    "split the cost of the leaving do for sgt [[PERSON|okonkwo]]: 14 ppl, £630 total, [[PERSON|mags]] already paid the £150 deposit. how much does everyone owe and how much do we give back to [[PERSON|mags]]",
    "translate into polish pls: we are moving to germany in june, our new address will be [[STREET_ADDRESS|kastanienweg 14, 92655 grafenwöhr]]. love, [[PERSON|ania]] and [[PERSON|dave]]",
    "whats the best way to tell my ex [[PERSON|brandon]] that the kids are staying with me for his whole deployment to kuwait. his email is [[EMAIL_ADDRESS|b.tuttle88@mailbox.org]] and i dont want a fight",
    "draft a reply to mrs [[PERSON|okafor]] from the frg saying yes we can do the meal train for the [[PERSON|delgado]] family while [[PERSON|ramon]] is at the meb. my cell is [[PHONE_NUMBER|(910) 555-0143]]",
    "dfas mypay keeps locking me out. username [[ID_NUMBER|jhollis_usmc]] pw [[PASSWORD|semperfi!1775x]] what do i do b4 payday, i cant get thru on the phone",
    "my son [[PERSON|kai]] just joined the air cadets, cadet number [[ID_NUMBER|ac4471920]]. can u write a short bio for the squadron newsletter, hes 14 and loves gliding",
    "summarise this call log for the handover pls: 09:30 [[PERSON|hope adeyemi]] rang about a parcel stuck at the mail centre for 3 wks, address [[STREET_ADDRESS|quarter 22 kitchener rd, episkopi, bfpo 53]], callback [[PHONE_NUMBER|+357 99 418327]]. says its her sons birthday present and tracking shows it left the uk on the 2nd. 09:52 passed to [[PERSON|trev]] in the postroom who thinks its held for customs. 10:15 [[PERSON|trev]] rang back, parcel found, going out on fridays flight. 10:20 left a msg for [[PERSON|hope]] to confirm",
    "guy rang saying hes from the va and asked me to email my ssn [[US_SSN|538-21-4476]] and bank details to him for a back pay thing. sounds off? he even knew my full name [[PERSON|dwayne harlow]]",
    "pls write a thank you card for [[PERSON|grace]] and [[PERSON|emeka]] who looked after our dog while we were pcs'ing from okinawa, they were amazing",
    "turn this into a formal letter to the medical board: i am [[PERSON|liam o'rourke]] service number [[ID_NUMBER|30119874]], my knee hasnt improved since the march assesment and my physio [[PERSON|nadia]] recommends a downgrade review. contact me at [[EMAIL_ADDRESS|liamorourke.rifles@gmail.com]]",
    "gate code for the annexe is [[PASSWORD|4471#]] and the alarm is [[PASSWORD|0917]], can u put that in a welcome msg for the new lodger [[PERSON|sunny]] along with bin days (tue) and my number [[PHONE_NUMBER|07700 900682]]",
    "help me word a complaint to the housing office. mould in the bathroom for 3 months at [[STREET_ADDRESS|118 halsey st, apt b, pearl harbor, hi 96818]]. the manager is [[PERSON|kealoha]] and the lease is in my name, [[PERSON|jen ruiz]]",
    "plan a 3 day road trip for when [[PERSON|marcus]] gets back from deployment, were in killeen tx, budget about $800, he likes bbq and lakes",
    "the api key for our unit roster app got pasted in the group chat [[API_KEY|rk_9f3a7c21e04b4d8a9e6615bf0c72d3aa]] how do i rotate it? the guy who built it is [[PERSON|priya]] but shes on leave",
    "write a short msg to the regimental association sec [[PERSON|ken blythe]] to update my membership [[ID_NUMBER|ra-20417]] with my new address [[STREET_ADDRESS|7 glebe close, catterick garrison, dl9 4rp]]",
    "can u check this before i send it round: please pay £25 for the reunion to [[IBAN_CODE|gb63 barc 2004 1573 6629 18]], ref your surname. any probs ring [[PERSON|bill]] on [[PHONE_NUMBER|07700 900153]]",
    "translate to korean for my mother in law: [[PERSON|jae-won]] deploys tuesday, we fly to seoul on the 3rd, pls call me on [[PHONE_NUMBER|010-4827-3361]] if u need anything",
    "whats a polite way to ask [[PERSON|faith]] to stop posting the ships return date on facebook, opsec and all. shes lovely but its the 3rd time",
    "lost my cac at the commissary and the pin was [[PASSWORD|739104]], do i need to tell someone? my edipi is [[ID_NUMBER|1529043718]]",
    "write a short eulogy for grandad [[PERSON|stan]], 22 yrs royal navy, stoker on hms ark royal, loved his allotment and his dog",
    "summarise pls: from capt [[PERSON|adebayo]]: all families of 3 coy, briefing in the gym 19:00 fri, contact [[PERSON|louise]] on [[PHONE_NUMBER|01632 960517]] or [[EMAIL_ADDRESS|3coy.welfare.louise@gmail.com]] if u need childcare",
    "our doorbell cam at home is on [[IP_ADDRESS|192.0.2.147]], login [[ID_NUMBER|sig_hendry]] pw [[PASSWORD|b4ttl3cam!]]. write steps so my wife [[PERSON|leanne]] can check it from her phone while im on tour",
    "can u help split the removals bill: £1,420, the mod covers 80%, rest between me and [[PERSON|dee]]. also [[PERSON|dee]] says the storage unit padlock is [[PASSWORD|6629]] so keep that somewhere for me",
    "check my french pls, writing to the new landlord near shape: je m'appelle [[PERSON|nathan kerr]], nous arrivons le 2 août avec deux enfants, mon numéro est [[PHONE_NUMBER|+32 471 58 20 93]]",
    # --- 6 in other languages ---
    "Kannst du diese Nachricht kürzer und freundlicher formulieren? Liebe [[PERSON|Sabine]], [[PERSON|Jörg]] ist ab März sechs Monate in Litauen im Einsatz. Bitte schick die Post ab sofort an unsere neue Adresse: [[STREET_ADDRESS|Am Kasernenring 12, 29633 Munster]]. Bei Fragen erreichst du mich unter [[PHONE_NUMBER|030 23125 418]]. Liebe Grüße, [[PERSON|Heike]]",
    "Przetłumacz proszę na angielski: Nazywam się [[PERSON|Marta Kowalczyk]], mój mąż [[PERSON|Paweł]] wyjeżdża na misję do Rumunii. Proszę o kontakt w sprawie mieszkania służbowego pod numerem [[PHONE_NUMBER|+48 601 473 208]] lub mailowo: [[EMAIL_ADDRESS|marta.kowalczyk@wp.pl]].",
    "次の文を英語に訳してください： 夫の [[PERSON|佐藤 健一]] は 来月 横須賀 から 沖縄 の 基地 に 異動 します。 何かあれば [[PHONE_NUMBER|090-3318-4627]] まで 連絡 してください。",
    "이 문자를 영어로 번역해 주세요: [[PERSON|김민준]] 일병 다음 주 금요일에 휴가 나옵니다. 부대 정문에서 데려가실 분은 [[PHONE_NUMBER|010-5521-7038]] 으로 연락 주세요.",
    "Допоможіть скласти лист до ТЦК: мій чоловік [[PERSON|Олександр Бондаренко]] повернувся після поранення, і нам потрібна довідка для пільг. Моя пошта [[EMAIL_ADDRESS|iryna.bondarenko@ukr.net]], адреса [[STREET_ADDRESS|вул. Шевченка 24, кв. 7, Житомир, 10014]].",
    "कृपया यो सन्देश अङ्ग्रेजीमा अनुवाद गर्नुहोस्: मेरो बुबा [[PERSON|दिल बहादुर राई]] को पेन्सन यस महिना आएन। कुनै जानकारी भए [[PHONE_NUMBER|+977 9841 527306]] मा सम्पर्क गर्नुहोस्।",
    # --- 84 in ordinary English ---
    "Can you draft a message to Staff Sergeant [[PERSON|Tanisha Brooks]] asking if my family can move into the empty quarter at [[STREET_ADDRESS|14 Wavell Road, Bulford, SP4 9LS]] before the 20th? I'm on [[PHONE_NUMBER|07700 900329]].",
    "Summarise these minutes for the newsletter. Regimental Association AGM, Legion hall, 7pm. Present: [[PERSON|Derek Fowles]] (chair), [[PERSON|Angus McLeod]] (treasurer), [[PERSON|Winnie Obi]], [[PERSON|Paddy Byrne]] and eleven members; apologies from three. The treasurer reported £4,312 in the welfare fund after the Christmas raffle and two large donations. [[PERSON|Angus]] to circulate full accounts by 1 June. [[PERSON|Winnie]] proposed hiring a coach to the Cenotaph in November; seconded by [[PERSON|Paddy]] and carried. Falling numbers discussed: agreed to open membership to the families of serving soldiers. Next meeting in September, same place.",
    "Is this legit? 'Dear veteran, you qualify for a $3,400 back-pay bonus. Reply with your routing details.' They addressed me as [[PERSON|Eugene Whitfield]] and quoted my VA file number [[ID_NUMBER|28417336]] correctly, which freaked me out.",
    "Rewrite more warmly: Hi [[PERSON|Bill]], the cadets' parade is on Sunday at 10. Uniform inspection at 09:15. Parents can park behind the drill hall. Thanks, [[PERSON|Rose]]",
    "We're stationed in Germany now and the allotment form wants an IBAN. The account is [[IBAN_CODE|DE52 5001 0517 0648 2937 15]], holder [[PERSON|Tyrell Simmons]]. Can you explain what each field on the form means?",
    "Plan a homecoming party for [[PERSON|Sione]], who's back from the Sinai on the 9th: about 30 guests, Samoan food, at our place, [[STREET_ADDRESS|6 Kowhai Street, Burnham, Christchurch 8041]]. Tell guests the gate code is [[PASSWORD|8842]].",
    "Translate to Spanish for my abuela: [[PERSON|Luis]] landed safely in Bahrain. His new mailing address is [[STREET_ADDRESS|PSC 451 Box 2287, FPO AE 09834]]. Letters only, no food.",
    "Write a LinkedIn recommendation for [[PERSON|Olumide Bankole]], who served under me as a radio operator for four years and is now moving into IT support.",
    "Can you write a short cover e-mail to the base legal office for a power of attorney? Sender [[PERSON|Crystal Vance]], e-mail [[EMAIL_ADDRESS|crystal.vance77@yahoo.com]], service member [[PERSON|Aaron Vance]], DoD ID [[ID_NUMBER|1370284456]].",
    "What should I say in a voicemail to Major [[PERSON|Hennessy]] asking for compassionate leave for [[PERSON|Jordan]]? His dad is in hospital in Cork.",
    "Fix this: To whom it may concern, I [[PERSON|Sunita Limbu]] am writing regarding my late husband's Gurkha pension, service number [[ID_NUMBER|21154876]]. Please reply to [[STREET_ADDRESS|Flat 3, 41 Grosvenor Road, Aldershot GU11 3EB]].",
    "Our quarter's Wi-Fi is [[PASSWORD|RedDragon#2217]] and the smart lock code is [[PASSWORD|583920]]. Write a welcome note for our house-sitter [[PERSON|Ivy]] while we're at the commissioning parade at Sandhurst.",
    "Can you check this budget: [[PERSON|Mateo]] sends $1,200 a month from his deployment pay, BAH covers rent, car is $380, groceries $520. What's left for savings?",
    "Text [[PERSON|Chalky]]: pay £45.",
    "Summarise this e-mail in three bullet points. From [[PERSON|Harriet Lowe]] ([[EMAIL_ADDRESS|h.lowe.ssafa@btinternet.com]]): Hi [[PERSON|Deepak]], good news at last. The grant for your stairlift has been approved by the committee, £2,100, which we will pay to the supplier directly rather than to you. Before they can book the fitting I'll need a photo of the signed quote and confirmation that your landlord is happy for the rail to be fixed to the wall. The occupational therapist's report is already on file. Any questions ring me on [[PHONE_NUMBER|020 7946 0382]], mornings are best. Kind regards, [[PERSON|Harriet]]",
    "Is this a scam? A 'US Army doctor in Syria' has been messaging my mum [[PERSON|Doreen]] for weeks and now wants £2,000 for 'leave papers' sent to [[IBAN_CODE|LT61 7300 0101 3355 8840]].",
    "Write a message for the FRG phone tree: the ship's return is delayed 48 hours. Call [[PERSON|Marisol]] at [[PHONE_NUMBER|(757) 555-0162]] with questions. Do not post dates online.",
    "Help me answer this on the VA form: the veteran is my dad [[PERSON|Raymond Chee]], SSN [[US_SSN|528-40-1957]], served 1968 to 1971. I'm [[PERSON|Loretta]], his daughter, phone [[PHONE_NUMBER|(505) 555-0118]].",
    "Turn these into a proper handover note for my replacement: gym locker code [[PASSWORD|3318]], ops room door [[PASSWORD|C7-2291]], the families officer is [[PERSON|Gemma Hart]] and the MT sergeant is [[PERSON|Kwame]].",
    "Apology to [[PERSON|Grace]]: missed concert, guard duty.",
    "What's the Arabic for 'we live off base, near gate 3'? Our driver [[PERSON|Yousef]] needs the address too: [[STREET_ADDRESS|Villa 19, Street 870, Al Waab, Doha]].",
    "Someone used my card [[CREDIT_CARD|5412 7730 9826 1103]] at a shop in Colchester while I was deployed. Draft a dispute letter to the bank. Name [[PERSON|Kieran Doyle]], address [[STREET_ADDRESS|22 Meeanee Road, Colchester CO2 7TW]].",
    "Can you shorten this for the certificate? 'Cadet Sergeant [[PERSON|Amara Osei]] has shown outstanding leadership throughout the expedition, supporting younger cadets and navigating in poor weather.'",
    "Summarise the call: 14:05 caller [[PERSON|Winston Clarke]] re War Pension, pension number [[ID_NUMBER|WP/2291847]], changed bank to [[IBAN_CODE|GB79 LOYD 3098 2271 4485 20]], wants the confirmation letter posted to [[STREET_ADDRESS|58 Railton Road, London SE24 0LE]].",
    "Reply to this: 'Hi, it's [[PERSON|Noor]], can you take [[PERSON|Zain]] to the cadet hut Thursday? [[PERSON|Imran]] is on exercise.' Say yes but I need to drop him by 18:45.",
    "The housing office wants a written statement about the noise from next door at [[STREET_ADDRESS|4410 Kinkaid Court, Fort Carson, CO 80913]]. Write it for me, [[PERSON|Dana Whitehorse]].",
    "Give me ideas for a deployment countdown jar for [[PERSON|Lily]] (6) and [[PERSON|Finn]] (9). Also, their tablet PIN is [[PASSWORD|4096]]; how do I set screen-time limits?",
    "The medical board letter says my MES is changing to MLD. What does that mean for my career? It's addressed to [[PERSON|Callum Reid]], service no. [[ID_NUMBER|25237719]].",
    "Check my maths: our move from Fort Drum to Camp Humphreys has a 13,500 lb allowance and we packed 14,200 lb. Excess at $0.80 per pound? The TMO guy [[PERSON|Hector]] quoted something different.",
    "I think my husband's Defence Gateway account was hacked. Username [[ID_NUMBER|rhys.pritchard417]], and he used [[PASSWORD|Cymru4ever!]] for everything. What should [[PERSON|Rhys]] do first?",
    "Translate into Tagalog: [[PERSON|Rodel]] will call you on Sunday from the ship. Please keep the phone on: [[PHONE_NUMBER|+63 917 482 3306]].",
    "Write a note for the school: [[PERSON|Aiden Kowalski]] will be absent 12 to 16 May as his father returns from deployment; contact [[EMAIL_ADDRESS|kowalski.fam@proton.me]].",
    "My API key for the spouse jobs board keeps failing: [[API_KEY|AIzaSyD4k7Qx2mLr9Tb1vWc8Hn3Pz6Jy0EgUfAs]]. Is it because I restricted it to [[IP_ADDRESS|198.51.100.23]]?",
    "Condolence card: WO [[PERSON|Niall Fraser]], from B Squadron.",
    "Make this sound less angry: [[PERSON|Kev]], you told me the quarter would be cleaned before march-out and it wasn't. I've been charged £280. Sort it. [[PERSON|Jo]]",
    "Please plan meals for a week for me and [[PERSON|Autumn]] while her dad's at sea. She's vegetarian and the budget is $90.",
    "Summarise this voicemail: 'Hello, this is [[PERSON|Agnieszka]] from the Polish ex-combatants' association, calling Mr [[PERSON|Zieliński]] about the memorial service at Newark. Please ring me on [[PHONE_NUMBER|01632 960771]] before Friday.'",
    "I'm writing a card for [[PERSON|Hope]], who ships out to basic training next week. Something short and proud, please.",
    "Is it safe to give my card to the moving company? They asked for [[CREDIT_CARD|3794 620518 33023]] and the CVV by text to [[PHONE_NUMBER|(254) 555-0137]].",
    "Create a pre-deployment checklist for [[PERSON|Malik]]: wills, POA, SGLI beneficiary update, car storage, and the dog.",
    "Help me write back to [[PERSON|Beatriz]], the spouse liaison at Aviano, to say we've found a flat at [[STREET_ADDRESS|Via Roma 27, 33081 Aviano PN]] and need the housing allowance paperwork.",
    "The welfare centre laptop login is [[ID_NUMBER|welfare.bulford]] and the password is [[PASSWORD|Kiwi-Gate-88]]. Write a one-page guide for the volunteers and name [[PERSON|Shona]] as the contact.",
    "Remind [[PERSON|Big Mick]]: reunion minibus, 7 sharp.",
    "Split £960 for the battlefield tour between [[PERSON|Tom]], [[PERSON|Smudge]], [[PERSON|Wes]] and me; [[PERSON|Smudge]] already paid £100.",
    "Can you proofread my cover letter header? I'm [[PERSON|Yasmin Haddad]], leaving the RAF after 12 years as an air traffic controller, [[EMAIL_ADDRESS|yasmin.haddad.atc@outlook.com]], [[PHONE_NUMBER|07700 900946]].",
    "The DFAS allotment went to my old Sparkasse account [[IBAN_CODE|DE78 7602 0070 0331 8854 20]] instead of the new one. Draft a message to finance from me, [[PERSON|Jamal Whitaker]].",
    "Translate to Nepali: [[PERSON|Prem]], your pension letter came to our house at [[STREET_ADDRESS|12 Shorncliffe Crescent, Folkestone CT20 3RP]]. Collect it whenever you can.",
    "Remind [[PERSON|Destiny]]: bingo moved.",
    "Here's our home server: [[IP_ADDRESS|203.0.113.58]], ssh user [[ID_NUMBER|mreyes]], key passphrase [[PASSWORD|okinawa-sunset-77]]. [[PERSON|Manny]] needs to back up the photos before the PCS. Write him step-by-step instructions.",
    "Draft a Facebook post for the regimental association announcing the death of [[PERSON|Ernie Pike]], Korea veteran, aged 93. Funeral details will follow from his son [[PERSON|Geoff]].",
    "Summarise these medical board notes: Pte [[PERSON|Tavita Faleolo]], NHS no [[ID_NUMBER|485 219 3061]], lumbar injury, recommended medically non-deployable for 6 months, review by Dr [[PERSON|Aisling Kerrigan]].",
    "Write a note to my neighbour [[PERSON|Doug]] asking him to collect our parcels while we're at the posting preview in Cyprus.",
    "Text for my sister [[PERSON|Paulette]]: the spare key is in the key safe, code [[PASSWORD|2607]], the alarm is [[PASSWORD|1984]], and Ruby the dog needs feeding twice a day.",
    "Help me write a care-package note to [[PERSON|Ezekiel]], who's a plebe at West Point. Keep it light, he's homesick.",
    "Compare BAH against renting off post for [[PERSON|Keisha]] and me at Fort Cavazos: BAH is $1,650 and the house at [[STREET_ADDRESS|3108 Trimmier Rd, Killeen, TX 76542]] is $1,480 plus utilities.",
    "Reword for the reunion flyer: 'Contact [[PERSON|Stuart Baxter]] (ex-REME) at [[EMAIL_ADDRESS|stu.baxter.reme@gmail.com]] to book a place.'",
    "Write an out-of-office reply: I'm deployed until October. For urgent family matters contact my wife [[PERSON|Summer]] on [[PHONE_NUMBER|+49 30 23125 662]].",
    "Fill in this template for my dad: Name [[PERSON|Graham Tulloch]], pension ref [[ID_NUMBER|VUK-339812]], address [[STREET_ADDRESS|Croft Cottage, 4 Harbour Street, Wick KW1 5HB]], phone [[PHONE_NUMBER|0131 496 0284]].",
    "Please write to the detachment commander, Lieutenant [[PERSON|Oyelaran]], that [[PERSON|Ruth]] can't attend annual camp because of her GCSEs.",
    "Explain what the SF86 asks about foreign contacts. My fiancée [[PERSON|Valeriya]] is Ukrainian; do I list her phone [[PHONE_NUMBER|+380 67 418 2936]]?",
    "Is this e-mail real? 'Your Army account [[ID_NUMBER|darnell.t.price.mil]] will be deactivated. Verify at ako-verify.net.' I typed [[PASSWORD|Ranger2019$]] before I noticed. What now?",
    "Shorten this: Thank you, Father [[PERSON|O'Brien]], for leading the Remembrance service and for visiting [[PERSON|Mabel]] in hospital.",
    "Calculate the split: [[PERSON|Ade]], [[PERSON|Chen]], [[PERSON|Lukas]] and I rented a car at Ramstein for €312 for 4 days, but [[PERSON|Lukas]] only used it for 2.",
    "Write a reference for [[PERSON|Precious Ndlovu]], who ran our base nursery for three years and is following her husband to Brunei.",
    "Summarise: 'Hi [[PERSON|Hamish]], SSAFA here. Your caseworker is now [[PERSON|Bernadette Quinn]], [[EMAIL_ADDRESS|b.quinn@ssafa-caseworkers.net]]. She'll visit you at [[STREET_ADDRESS|9 Tay Street, Perth PH1 5LQ]] on Monday.'",
    "My SSN is [[US_SSN|071-58-3342]] and my wife's is [[US_SSN|149-73-0268]]; the TRICARE enrollment form asks for both. Is it OK to put them in an e-mail to [[EMAIL_ADDRESS|enrollment.clerk.mills@tricare-east-help.com]]?",
    "Write a message to the battalion IT guy: the family portal token [[API_KEY|ghp_7Rk2Lm9QxV4sT8nW1bZc6YhJ0uDf3Ga5PeXo]] was pushed to GitHub by [[PERSON|Connor]]; please revoke it today.",
    "Fijian please: [[PERSON|Josefa]] safe, phoning Sunday 8pm.",
    "Who do I contact about Forces Help to Buy? My details: [[PERSON|Olivia Mensah-Baird]], service number [[ID_NUMBER|30227486]], currently at [[STREET_ADDRESS|Room 214, Block C, RAF Lossiemouth, Elgin IV31 6SD]].",
    "Write a 50-word bio of [[PERSON|Joy Adjei-Harris]] for the spouses' club newsletter; she's organising the Christmas bazaar.",
    "Draft a short message to [[PERSON|Hendrik]]: the key box code for our flat in Geilenkirchen is [[PASSWORD|7350*]] and the fish food is on the shelf.",
    "[[PERSON|Penny]] from the FRG sent me her card [[CREDIT_CARD|4929 0561 7734 2187]] to pay the bouncy castle deposit. Should I just use it, or ask her to pay directly?",
    "Help me fill out the move paperwork. Current: [[STREET_ADDRESS|Unit 3050 Box 417, APO AE 09096]]. New: [[STREET_ADDRESS|PSC 80 Box 16532, APO AP 96367]]. Sponsor: [[PERSON|Jerome Batiste]].",
    "Draft a WhatsApp to the platoon families group: '[[PERSON|Candice]] has had her baby! Meal rota is on the sheet; drop-offs at [[STREET_ADDRESS|31 Picton Road, Tidworth SP9 7BX]].'",
    "Summarise the incident: at 02:10 a login to the welfare database from [[IP_ADDRESS|203.0.113.201]] used Corporal [[PERSON|Ashworth]]'s account [[ID_NUMBER|ashworth.p]]; the password had been [[PASSWORD|Winter2023!]]. Two lines for the adjutant.",
    "Plan a weekend in Seoul for [[PERSON|Ji-hoon]] and me on his pass from Camp Humphreys, budget about 400,000 won.",
    "What's the German for 'my husband is a soldier at Ramstein'? The landlady, Frau [[PERSON|Biermann]], keeps asking.",
    "Write a polite chase e-mail to the Veterans Affairs Canada case manager [[PERSON|Geneviève Tremblay]] about my disability award; my service number is [[ID_NUMBER|K47 219 883]] and phone [[PHONE_NUMBER|(613) 555-0191]].",
    "Summarise this voicemail for my husband: 'Hi, it's [[PERSON|Sandy]] from the Army Families Federation, returning [[PERSON|Nicola]]'s call about the school admissions appeal. I'm on [[PHONE_NUMBER|07700 900258]] till 4.'",
    "Send a reminder to [[PERSON|Mohammed]], [[PERSON|Ifeoma]] and [[PERSON|Clive]] that cadet subs (£15) are due; pay to [[IBAN_CODE|GB27 HBUK 4012 7731 9055 66]].",
    "Make this sound professional: yo [[PERSON|Dre]] the gunny says bring ur CAC and orders to the TMO office at 0800 dont be late",
    "Write a thank-you note to [[PERSON|Robin Achterberg]] at the Dutch liaison office for helping us register at [[STREET_ADDRESS|Kapelstraat 18, 6372 BT Landgraaf]].",
    "Can you turn this into a letter? My grandad [[PERSON|Kazimierz]] flew with 303 Squadron and I want his medals checked by the Medal Office. My details: [[PERSON|Natalia Nowicki]], [[EMAIL_ADDRESS|natalia.nowicki@wp.pl]].",
    "Quick check: [[PERSON|Will]] and I split the hire van from Lisburn to Catterick (£410) and the ferry (£186). He paid both. What do I owe him?",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences: 41 carry a
# national id with valid check digits.
RECORDS = [
    "[[PERSON|Sipho Dlamini]], a retired SANDF staff sergeant with ID number [[ID_NUMBER|8804115023084]], can be reached on [[PHONE_NUMBER|+27 82 417 3390]].",
    "Name: [[PERSON|Lim Wei Jie]] | NRIC: [[ID_NUMBER|S8834127I]] | NS unit: 3 SIR | ICT report date: 14 Mar | Mobile: [[PHONE_NUMBER|+65 9174 2236]]",
    '{"veteran": "[[PERSON|Gareth Pugh]]", "nhs_number": "[[ID_NUMBER|731 058 4929]]", "regiment": "Royal Welsh", "email": "[[EMAIL_ADDRESS|gareth.pugh61@btinternet.com]]"}',
    "service_no,name,corps,rank,email\n[[ID_NUMBER|30114872]],[[PERSON|Adaeze Okonjo]],RAMC,Lance Corporal,[[EMAIL_ADDRESS|a.okonjo@forcesmail.net]]",
    "2024-03-11T08:42:17Z AUTH OK user=[[ID_NUMBER|k.nowak.88]] name=[[PERSON|Krzysztof Nowak]] pesel=[[ID_NUMBER|88051407359]] src=[[IP_ADDRESS|198.51.100.77]]",
    "Staff Sergeant [[PERSON|Darnell Price]] can be reached at [[EMAIL_ADDRESS|darnell.price.nc@gmail.com]] or [[PHONE_NUMBER|(910) 555-0174]].",
    "Association register, entry 412: [[PERSON|Ernest Bamford]], enlisted 1962, 1st Bn Cheshire Regiment; address [[STREET_ADDRESS|17 Mill Lane, Nantwich CW5 5PT]].",
    "Dear Mr [[PERSON|Okafor]], thank you for telling us about your change of bank. From 1 April your Armed Forces Pension will be paid into account [[IBAN_CODE|GB43 MIDL 4005 1572 9381 64]]. Your March payment will still go to your old account. If anything here is wrong, please write to us and quote your service number [[ID_NUMBER|24781196]]. Yours sincerely, Pensions Team",
    '{"姓名": "[[PERSON|周丽娜]]", "身份证号": "[[ID_NUMBER|320583198706143521]]", "类别": "退役军人优待证申领", "手机": "[[PHONE_NUMBER|138 1762 4459]]"}',
    "Ship to: [[PERSON|Maria Delgado]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]]",
    "O sargento reformado [[PERSON|Rafael Nogueira da Silva]], CPF [[ID_NUMBER|384.615.207-26]], mora na [[STREET_ADDRESS|Rua Marechal Hermes 412, apto 31, Curitiba - PR, 80530-230]].",
    "Employee [[PERSON|Travis Odom]] (SSN [[US_SSN|286-40-1957]]) completed his DD-214 review on 3 May.",
    "Ex-serviceman registration: [[PERSON|Surinder Pal Singh]], Aadhaar [[ID_NUMBER|4718 2093 6554]], ECHS card holder, mobile [[PHONE_NUMBER|+91 98140 27731]].",
    "[[PERSON|Keanu Kahale]], USMC, Sgt, [[ID_NUMBER|1607733294]], [[STREET_ADDRESS|PSC 557 Box 1320, FPO AP 96379]]",
    "[[PERSON|Muhammad Hafiz bin Rahman]] | [[ID_NUMBER|T0219543C]] | NSF, 2nd Bn | [[EMAIL_ADDRESS|hafiz.rahman02@gmail.com]]",
    '{"name": "[[PERSON|Rosa Villanueva]]", "branch": "Navy", "dodid": "[[ID_NUMBER|1284405917]]", "ssn": "[[US_SSN|623-09-8815]]"}',
    "Reservofficer [[PERSON|Elin Bergqvist]], personnummer [[ID_NUMBER|870503-2145]], adress [[STREET_ADDRESS|Storgatan 48, 972 31 Luleå]].",
    'INFO 2024-06-02 14:11:05 milconnect login user=[[ID_NUMBER|tjackson_army]] ip=[[IP_ADDRESS|203.0.113.44]] display="[[PERSON|Terrence Jackson]]"',
    "Veteranenpas aangevraagd door [[PERSON|Sander van Dijk]], BSN [[ID_NUMBER|284610537]], e-mail [[EMAIL_ADDRESS|s.vandijk@ziggo.nl]].",
    "Forward all mail for [[PERSON|Siân Morgan]] to [[STREET_ADDRESS|Quarter 14, Wessex Road, Dhekelia Garrison, BFPO 58]].",
    "예비군 [[PERSON|박지훈]] 주민등록번호 [[ID_NUMBER|900412-1475231]] 연락처 [[PHONE_NUMBER|010-6612-4085]]",
    "Cadet register: [[PERSON|Oluwaseun Adebayo]], cadet no. [[ID_NUMBER|ACF-338104]], detachment Woolwich, joined September 2023.",
    "DVA client [[PERSON|Bree Tanaka-Walsh]], TFN [[ID_NUMBER|462 713 806]], lives at [[STREET_ADDRESS|9 Banksia Crescent, Kirwan QLD 4817]].",
    "Payment received from [[PERSON|Hugh Tennant]] for the Officers' Mess summer ball, card [[CREDIT_CARD|4917 3305 7216 0484]], £85.",
    "Patient: [[PERSON|Jarrah Collins]]; Medicare [[ID_NUMBER|2953 81048 1]]; ph [[PHONE_NUMBER|0491 570 318]]; ex-RAAF.",
    "Überweisung an [[PERSON|Stefan Köhler]], IBAN [[IBAN_CODE|DE57 3705 0198 1932 4066 17]], Verwendungszweck: Kameradschaftskasse.",
    "Veterans Affairs Canada file: [[PERSON|Marc-André Gagnon]], SIN [[ID_NUMBER|527 318 042]], service number [[ID_NUMBER|M62 418 907]], tel. [[PHONE_NUMBER|(418) 555-0126]].",
    "Madame [[PERSON|Amélie Garnier]], épouse de militaire, [[STREET_ADDRESS|12 rue des Casernes, 67000 Strasbourg]], tél. [[PHONE_NUMBER|+33 6 39 98 52 14]].",
    "[[PERSON|Priya Sandhu]] (SIN [[ID_NUMBER|613 402 973]]) applied for the Canadian Forces education benefit; e-mail [[EMAIL_ADDRESS|priya.sandhu.caf@outlook.com]].",
    "Dear [[PERSON|Fiona]], thank you for volunteering as a unit welfare contact for the deployment. Your families portal login is [[ID_NUMBER|fiona.welfare22]] and your temporary password is [[PASSWORD|Thistle!4471]]. You will be asked to change it the first time you sign in. Training runs on Tuesday evenings in the community centre.",
    "Reservist [[PERSON|Noa Ben-David]], teudat zehut [[ID_NUMBER|307184523]], reported for reserve duty; phone [[PHONE_NUMBER|+972 52 418 3307]].",
    "Profile: [[PERSON|Jae-won Park]], USFK spouse, Camp Humphreys; e-mail [[EMAIL_ADDRESS|jaewon.park.usfk@gmail.com]]; mobile [[PHONE_NUMBER|010-7731-2094]].",
    "Yedek subay [[PERSON|Emre Yıldırım]], T.C. kimlik no [[ID_NUMBER|38416205740]], adres [[STREET_ADDRESS|Atatürk Cad. No: 57 Daire 4, 06420 Çankaya/Ankara]].",
    "[[PERSON|Hope Mwangi]] grew up near the training area at Nanyuki and worked as a pharmacy assistant before her husband was posted to Wiltshire. The family moved to [[STREET_ADDRESS|Flat 6, 19 Bulford Road, Durrington SP4 8DL]] last spring, and she now volunteers at the garrison welfare centre two mornings a week while studying for a nursing degree.",
    "Veteran referral to Op COURAGE: [[PERSON|Wayne Pritchard]], NHS number [[ID_NUMBER|443 906 2172]], contact [[PHONE_NUMBER|07700 900571]].",
    "member_no: [[ID_NUMBER|RBL-0074412]] | name: [[PERSON|Arthur Penhaligon]] | branch: Truro | phone: [[PHONE_NUMBER|01632 960348]]",
    "Medical board summary: [[PERSON|Kelechi Amadi]], NHS [[ID_NUMBER|602 774 1856]], MES changed to MLD pending review.",
    '{"sponsor": "[[PERSON|Isaiah Grant]]", "housing_address": "[[STREET_ADDRESS|5621 Bastogne Ave, Fort Campbell, KY 42223]]", "phone": "[[PHONE_NUMBER|(270) 555-0149]]"}',
    "Żołnierz WOT [[PERSON|Joanna Wrona]], PESEL [[ID_NUMBER|93022718460]], tel. [[PHONE_NUMBER|+48 605 318 442]], e-mail [[EMAIL_ADDRESS|joanna.wrona@onet.pl]].",
    "Veteran: [[PERSON|Louise Marchetti]]; SSN [[US_SSN|509-36-7721]]; VA file [[ID_NUMBER|31 552 874]].",
    "Il caporal maggiore [[PERSON|Gianni Russo]], codice fiscale [[ID_NUMBER|RSSGNN86M12F205T]], residente in [[STREET_ADDRESS|Via Garibaldi 14, 20121 Milano]].",
    "[[PERSON|Declan Shaw]] paid the cadet camp fee with card [[CREDIT_CARD|5372 1094 0086 6123]]; contact [[PHONE_NUMBER|07700 900835]].",
    "Reserviläinen [[PERSON|Mikko Lehtonen]], henkilötunnus [[ID_NUMBER|150789-417R]], puh. [[PHONE_NUMBER|+358 40 718 2264]].",
    "[WARN] failed password for [[ID_NUMBER|ahmed.sultani]] from [[IP_ADDRESS|192.0.2.88]] (account owner [[PERSON|Ahmed Sultani]])",
    "自衛官 [[PERSON|森本 武]] マイナンバー [[ID_NUMBER|3041 7752 8861]] 住所 [[STREET_ADDRESS|沖縄県うるま市字川崎 412-3]]",
    "Oberfeldwebel [[PERSON|Katrin Vogel]] erreicht man unter [[PHONE_NUMBER|030 23125 774]] oder [[EMAIL_ADDRESS|k.vogel@familienbetreuung-mail.de]].",
    "Cabo primero [[PERSON|Álvaro Méndez Ruiz]], DNI [[ID_NUMBER|47182093P]], destinado en la base de Rota; móvil [[PHONE_NUMBER|+34 612 489 307]].",
    "La moglie del sottufficiale, [[PERSON|Chiara Bellini]], ha chiesto il rimborso del trasloco sul conto [[IBAN_CODE|IT26 X054 2811 1010 0000 3318 472]].",
    "[[PERSON|Oksana Melnyk]], NIE [[ID_NUMBER|Y3318472T]], spouse registration for base housing at Rota, e-mail [[EMAIL_ADDRESS|oksana.melnyk@gmail.com]]",
    "Reclamación de [[PERSON|Jorge Castillo]], veterano de la Armada, correo [[EMAIL_ADDRESS|jorge.castillo.armada@hotmail.es]], teléfono [[PHONE_NUMBER|+34 655 207 381]].",
    "Defence Forces veteran [[PERSON|Cathal Ó Briain]], PPS number [[ID_NUMBER|6418273S]], address [[STREET_ADDRESS|22 Bóthar na Trá, Salthill, Galway H91 X2C4]].",
    "[[PERSON|Marek Zając]], weteran misji w Afganistanie, mieszka przy [[STREET_ADDRESS|ul. Lipowa 12/4, 15-424 Białystok]].",
    "Ancien légionnaire [[PERSON|Julien Moreau]], n° de sécurité sociale [[ID_NUMBER|1 84 07 75 114 203 95]], tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Opgave verhuizing: [[PERSON|Femke de Vries]], nieuw adres [[STREET_ADDRESS|Heerlenseweg 112, 6371 HV Landgraaf]], rekening [[IBAN_CODE|NL09 RABO 0318 8527 64]].",
    "Rijksregisternummer [[ID_NUMBER|83.11.04-217.28]]: [[PERSON|Pieter Claes]], adjudant bij de Luchtcomponent, [[STREET_ADDRESS|Kazernestraat 9, 3800 Sint-Truiden]].",
    "भूतपूर्व गोर्खा सैनिक [[PERSON|हर्क बहादुर गुरुङ]], सेवा नम्बर [[ID_NUMBER|21149937]], फोन [[PHONE_NUMBER|+977 9856 031427]]",
    "Vernepliktig [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|120691 41828]], e-post [[EMAIL_ADDRESS|ingrid.solberg@online.no]].",
    "[[PERSON|Josaia Waqa]], Fijian soldier in the Royal Logistic Corps, service number [[ID_NUMBER|25190384]], e-mail [[EMAIL_ADDRESS|josaia.waqa@yahoo.com]].",
    "Ex-militar [[PERSON|Tiago Ferreira]], NIF [[ID_NUMBER|218340672]], IBAN [[IBAN_CODE|PT63 0018 0003 4471 9026 5813 1]].",
    "Call [[PERSON|Dusty Miller]] on [[PHONE_NUMBER|07700 900119]].",
    "Plutonier [[PERSON|Andrei Ionescu]], CNP [[ID_NUMBER|1890312408124]], telefon [[PHONE_NUMBER|+40 722 418 305]].",
    '{"user": "[[PERSON|Ngozi Eze]]", "role": "FRG admin", "api_key": "[[API_KEY|frg_live_8c2e1a7d5b9f4e3a0c6d2b1f]]", "last_ip": "[[IP_ADDRESS|198.51.100.140]]"}',
    "Suboficial mayor en retiro [[PERSON|Camila Rojas]], RUT [[ID_NUMBER|14.382.905-7]], domicilio [[STREET_ADDRESS|Av. Brasil 1832, Valparaíso]].",
    "Gurkha welfare register: [[PERSON|Man Kumari Thapa]], widow, pension no. [[ID_NUMBER|GWS-55817]], village Sirubari, Syangja.",
    "Reservväelane [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|38906152712]], e-post [[EMAIL_ADDRESS|kristjan.tamm@mail.ee]].",
    "Dear Sergeant [[PERSON|Halloran]], your application for Service Family Accommodation at [[STREET_ADDRESS|8 Elles Road, Perham Down, Andover SP11 9HF]] has been approved. The move-in appointment is booked for the 14th at 10:00; please bring your assignment order and photo ID. Keys will be handed over once the inventory has been signed.",
    "Voják v záloze [[PERSON|Tomáš Dvořák]], rodné číslo [[ID_NUMBER|860412/4727]], bydliště [[STREET_ADDRESS|Nádražní 27, 370 01 České Budějovice]].",
    "[[PERSON|Brianna Cole]], Army spouse, [[EMAIL_ADDRESS|bri.cole.fortbliss@gmail.com]].",
    "Військовослужбовець [[PERSON|Дмитро Коваль]], РНОКПП [[ID_NUMBER|3184507220]], тел. [[PHONE_NUMBER|+380 50 371 2846]].",
    "Order placed by [[PERSON|Dmitri Volkov]] with card [[CREDIT_CARD|4012 8833 6049 1515]], shipping to [[STREET_ADDRESS|CMR 467 Box 2209, APO AE 09096]].",
    "Reservistin [[PERSON|Lena Hartmann]], Steuer-ID [[ID_NUMBER|47183029561]], Anschrift [[STREET_ADDRESS|Lindenallee 7, 26382 Wilhelmshaven]].",
    "Medical Evaluation Board referral: SPC [[PERSON|Tomasz Lewandowski]], DoD ID [[ID_NUMBER|1459920318]], left knee, profile P3.",
    "NZDF veteran [[PERSON|Aroha Te Huia]], NHI [[ID_NUMBER|ZKT4180]], phone [[PHONE_NUMBER|+64 21 418 3097]].",
    '[[PERSON|Grace Achieng]],spouse,[[PHONE_NUMBER|+254 722 418 906]],"[[STREET_ADDRESS|House 41, Kahawa Garrison, Nairobi]]"',
    "Έφεδρος [[PERSON|Νίκος Παπαδάκης]], ΑΜΚΑ [[ID_NUMBER|15038904726]], τηλ. [[PHONE_NUMBER|+30 694 418 2273]].",
    "Pensioner [[PERSON|Harold Wimbush]], 91, a former Royal Marine, receives his war pension into [[IBAN_CODE|GB24 NWBK 5600 3318 2745 90]].",
    "[[PERSON|Guðrún Einarsdóttir]], kennitala [[ID_NUMBER|210487-3369]], Landhelgisgæslan, netfang [[EMAIL_ADDRESS|gudrun.einars@simnet.is]].",
    "[[PERSON|Carlos Medina]] filed a VA disability claim; his VA file number is [[ID_NUMBER|29 664 018]] and his phone is [[PHONE_NUMBER|(915) 555-0133]].",
    "退役军人 [[PERSON|王浩然]]，身份证号 [[ID_NUMBER|440306199109220814]]，联系电话 [[PHONE_NUMBER|139 2641 8807]]。",
    "[[PERSON|高橋 美咲]] さん の 連絡先: [[PHONE_NUMBER|098-937-4412]] / [[EMAIL_ADDRESS|misaki.takahashi@docomo.ne.jp]]",
    "Widow pension file: [[PERSON|Lakshmi Nair]], Aadhaar [[ID_NUMBER|6342 8810 5270]], address [[STREET_ADDRESS|TC 14/882, Pattom Palace Road, Thiruvananthapuram 695004]].",
    "[[PERSON|이서연]] 중위, 이메일 [[EMAIL_ADDRESS|seoyeon.lee@naver.com]], 관사 주소 [[STREET_ADDRESS|경기도 평택시 팽성읍 안정리 214-7]]",
    '{"cadet": "[[PERSON|Ollie Brennan]]", "unit": "ATC 1312 Sqn", "login": "[[ID_NUMBER|obrennan1312]]", "password": "[[PASSWORD|Glider#Sky77]]"}',
    "Monsieur [[PERSON|Karim Benali]], votre pension militaire d'invalidité sera versée sur le compte [[IBAN_CODE|FR16 3000 4028 3700 0175 8264 193]].",
    "Umzugsauftrag für Hauptfeldwebel [[PERSON|Jens Albrecht]]: von [[STREET_ADDRESS|Fliegerhorststraße 3, 31515 Wunstorf]] nach Rostock, Kontakt [[EMAIL_ADDRESS|jens.albrecht@web.de]].",
    "[[PERSON|Lucía Herrera]], esposa de militar destinado en Zaragoza, cuenta [[IBAN_CODE|ES42 0049 1500 0527 1038 4416]].",
    "2024-01-19 22:03 DOOR UNLOCK armoury side gate code [[PASSWORD|40817]] entered by [[PERSON|Wesley Adu]] badge [[ID_NUMBER|EMP-77123]]",
    "[[PERSON|Chidi Okonkwo-Bell]] · ex-Royal Signals · IT service desk · [[EMAIL_ADDRESS|chidi.ob@protonmail.com]]",
    "[[PERSON|Siobhán Kavanagh]], Naval Service, Haulbowline; mobile [[PHONE_NUMBER|+353 87 418 2256]].",
    "[[PERSON|Lachlan Moore]] (PMKeyS [[ID_NUMBER|8541277]]) has moved into defence housing at [[STREET_ADDRESS|22 Gunn Street, Kirwan QLD 4817]].",
    "[[PERSON|Amélie Tremblay]], CAF member, PMQ address [[STREET_ADDRESS|37 Oromocto Blvd, Oromocto NB E2V 2H5]].",
    "[[PERSON|Nathaniel Osei]], embassy Marine security guard, [[STREET_ADDRESS|Unit 8900 Box 0172, DPO AE 09831]].",
    "Dear [[PERSON|Molly]], your regimental association membership [[ID_NUMBER|QRH-2291]] has been renewed until March.",
    "Cựu chiến binh [[PERSON|Nguyễn Văn Hùng]], số điện thoại [[PHONE_NUMBER|+84 912 418 337]].",
    "الجندي المتقاعد [[PERSON|خالد الزعبي]]، هاتف [[PHONE_NUMBER|+962 79 418 2265]]",
    "[[PERSON|Wanda Pierce]], SSN [[US_SSN|431-78-0062]], [[STREET_ADDRESS|1187 Patriot Way, Jacksonville, NC 28540]].",
    "Reservation for the reunion dinner: [[PERSON|Reginald Ashby]], Amex [[CREDIT_CARD|3722 946018 75023]].",
    "[[PERSON|Kayla Nguyen]] bought the unit hoodies; Discover [[CREDIT_CARD|6011 7033 5521 9844]], receipt to [[EMAIL_ADDRESS|kayla.nguyen.navyspouse@gmail.com]].",
    "Audit: [[PERSON|Bogdan Petrescu]] accessed the pension portal as [[ID_NUMBER|bpetrescu]] from [[IP_ADDRESS|2001:db8:4a1::17]].",
    "Key owner [[PERSON|Shauna Whitlock]]; key [[API_KEY|sk-proj-Vt8xQ2mN4rL7kP1wZ9cB3hJ6yF0dS5aE]]; revoked after it was posted on a veterans' forum.",
]

# 100 clean texts: no personal data at all.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that military families deserve more stable schooling when they move between postings.",
    "Compose a short poem in the voice of a soldier writing home from the trenches in 1916.",
    "Explain the causes of the First World War to a twelve-year-old in under 200 words.",
    "Role-play as a drill instructor greeting recruits on their first morning of basic training, but keep it encouraging rather than harsh.",
    "Summarise the role Florence Nightingale played in the Crimean War and how it changed military nursing.",
    "Compare the leadership styles of the Duke of Wellington and Napoleon Bonaparte at Waterloo.",
    "Write a Python function that takes a list of deployment start and end dates and returns the total number of days deployed, merging any overlaps.",
    "What are the main differences between the US Army Reserve and the Army National Guard?",
    "Draft a short speech for a Remembrance Sunday service at a village war memorial.",
    "Describe a day in the life of a naval cadet aboard a tall ship, written as a diary entry.",
    "How did the Berlin Airlift work, and why was it significant for the early Cold War?",
    "Give me five tips for children coping with a parent's deployment, written for a primary school newsletter.",
    "Imagine you are Horatio Hornblower writing a report to the Admiralty about a storm that damaged your frigate.",
    "Extract all the dates and place names from this passage: 'The regiment sailed from Southampton on 4 August 1914 and landed at Le Havre three days later.'",
    "Explain how the GI Bill changed American higher education after 1944.",
    "Write a haiku about waiting on the quayside for a ship's company to come home.",
    "In general terms, what is the difference between a war pension and a compensation scheme award for injuries in service?",
    "Write a SQL query that counts members per regiment in a table called association_members with columns regiment and joined_year, newest regiments first.",
    "Critique this argument: 'Conscription always makes a country safer.'",
    "Tell the story of Sergeant Stubby, the dog who served with the 102nd Infantry Regiment, in three paragraphs.",
    "Create a packing list for a family moving overseas to a military base in Japan, grouped by category.",
    "How would Sherlock Holmes have deduced that Dr Watson had recently served in Afghanistan? Walk through his reasoning.",
    "Which factors make frequent relocations hard for military spouses' careers, and which policies help?",
    "Write a limerick about a cadet who always forgets his beret.",
    "Explain what Mary Seacole did during the Crimean War and why wider recognition of her work came so late.",
]

CLEAN_GSM8K = [
    "Aisha packs care packages for deployed soldiers. Each box holds 6 snack bars and 4 pairs of socks. If she has 90 snack bars and 56 pairs of socks, how many complete boxes can she make?",
    "A battalion of 640 soldiers is split equally into 4 companies, and each company into 5 platoons. How many soldiers are in each platoon?",
    "Marco's family moves every 3 years. Marco is 15 and the family first moved when he was 3. How many times have they moved, counting a move this year?",
    "Tessa runs 5 km on Monday, twice that on Wednesday, and 3 km less than Wednesday's distance on Friday. How many kilometres does she run in total?",
    "A removal lorry can carry 1,200 kg. Dev's household goods weigh 3,150 kg. How many trips are needed, and how much does the last trip carry?",
    "The cadet squadron sells 48 poppies on Saturday and 1.5 times as many on Sunday. Each poppy raises £2. How much do they raise altogether?",
    "Hannah's deployment lasts 7 months. She has completed 142 days. Counting each month as 30 days, how many days are left?",
    "A veterans' breakfast club has 36 members. One third served in the Navy, a quarter in the Air Force, and the rest in the Army. How many served in the Army?",
    "Lucas earns $2,400 a month in basic pay and $450 in housing allowance. He saves 15% of the total. How much does he save in a year?",
    "A ship leaves port with 1,800 litres of fresh water. Each of the 60 crew uses 2 litres a day. After how many days is half the water gone?",
    "Priya bakes cupcakes for a homecoming. She makes 4 trays of 12 and gives away 29. How many are left?",
    "A regimental museum charges £6 for adults and £3.50 for children. A group of 8 adults and 11 children visits. How much do they pay?",
    "Kwesi marches at 4.5 km per hour. How many hours does a 27 km march take him without breaks?",
    "A family is posted abroad for 30 months. They fly home twice a year, and each trip costs $780 per ticket for 4 people. How much do the flights cost over the whole posting?",
    "Olga sorts 340 letters at the base post office in the morning and 25% more in the afternoon. How many letters does she sort in total?",
    "A cadet unit has 5 times as many cadets as instructors. Together there are 54 people. How many instructors are there?",
    "Sam's service pension is £11,400 a year, paid monthly. After a 3% increase, what is the new monthly payment?",
    "Nia, Tom and Raj share a £540 taxi bill after a reunion in the ratio 2:3:4. How much does Raj pay?",
    "A supply convoy of 12 trucks each carries 18 crates. If 25 crates are damaged on the way, how many good crates arrive?",
    "Elena knits 3 hats a week for a veterans' charity. How many weeks does she need to knit at least 50 hats?",
    "Base housing rent is covered except for a $75 monthly utility fee. Jorge lives there for 2 years and 4 months. How much does he pay in fees?",
    "A parade has 9 rows of 14 cadets and 3 flag bearers in front. How many people are marching?",
    "Ben's ship sails at 18 knots for 7 hours and then at 12 knots for 5 hours. How many nautical miles does it cover?",
    "A veterans' charity raised $4,800. It spends 40% on counselling and half of what remains on housing grants. How much money is left?",
    "Mei's family is moving 940 km from Germany to Italy. The movers charge €150 plus €2.20 per km. What is the bill?",
]

CLEAN_MMLU = [
    "Which treaty formally ended the First World War between Germany and the Allied Powers? A) Treaty of Paris B) Treaty of Versailles C) Treaty of Ghent D) Treaty of Utrecht",
    "The principle that an armed attack on one NATO member is an attack on all is found in which article of the North Atlantic Treaty? A) Article 2 B) Article 4 C) Article 5 D) Article 10",
    "In DSM-5, post-traumatic stress disorder is classified under: A) anxiety disorders B) trauma- and stressor-related disorders C) mood disorders D) dissociative disorders",
    "Which US law of 1944 provided education and housing benefits to returning veterans? A) Social Security Act B) Servicemen's Readjustment Act C) National Defense Act D) Selective Service Act",
    "For a spouse who leaves a job to follow a posting abroad, the opportunity cost is best described as: A) the moving allowance B) the value of the next best alternative given up C) the tax on overseas pay D) the total cost of relocation",
    "The Geneva Conventions primarily concern: A) trade between neutral states B) the protection of people in armed conflict C) nuclear non-proliferation D) maritime boundaries",
    "Which 1942 battle is generally considered the turning point of the Pacific War? A) Pearl Harbor B) Midway C) Coral Sea D) Iwo Jima",
    "A soldier loses body heat fastest in which condition? A) still, dry air B) wet clothing in wind C) sunshine at rest D) dry clothing indoors",
    "Noise-induced hearing loss mainly results from damage to: A) the ossicles B) the hair cells of the cochlea C) the ear canal D) the pinna",
    "The Marshall Plan was designed to: A) rebuild Western European economies after the Second World War B) contain Japan C) create NATO D) end the Korean War",
    "If 30 of 120 surveyed veterans report tinnitus, the sample proportion is: A) 0.20 B) 0.25 C) 0.30 D) 0.40",
    "Which ancient strategist is traditionally credited with The Art of War? A) Hannibal B) Sun Tzu C) Julius Caesar D) Xenophon",
    "The central principle of the UK Armed Forces Covenant is that service personnel and veterans should face: A) priority in all public services B) no disadvantage compared with other citizens C) exemption from income tax D) free housing for life",
    "The Korean War armistice was signed in: A) 1950 B) 1951 C) 1953 D) 1955",
    "Scurvy among sailors was caused by a lack of: A) vitamin A B) vitamin B12 C) vitamin C D) vitamin D",
    "In the US military, PCS stands for: A) Personal Combat Supply B) Permanent Change of Station C) Primary Career Specialty D) Post-Combat Screening",
    "Which philosopher argued in Perpetual Peace that republics are less inclined to war? A) Hobbes B) Machiavelli C) Kant D) Rousseau",
    "On a 12-hour clock, 1930 hours is: A) 7:30 am B) 7:30 pm C) 9:30 pm D) 3:30 pm",
    "Which area is most strained during a long loaded march with a heavy pack? A) deltoids B) hip flexors and lower back C) biceps D) forearms",
    "The Berlin Wall fell in: A) 1987 B) 1989 C) 1991 D) 1993",
    "Which is a common symptom of mild traumatic brain injury? A) improved memory B) headache and difficulty concentrating C) increased appetite only D) hair loss",
    "The phrase 'the Few' refers to pilots in which battle? A) Battle of Britain B) Battle of the Bulge C) Battle of Jutland D) Battle of El Alamein",
    "A family's moving allowance is $3,600 and they spend $2,950. The share left unspent is closest to: A) 12% B) 18% C) 22% D) 28%",
    "A Status of Forces Agreement governs: A) trade tariffs B) the legal status of foreign military personnel in a host country C) arms sales D) refugee resettlement",
    "Which Roman unit was nominally commanded by a centurion? A) legion B) cohort C) century D) contubernium",
]

CLEAN_HEALTH = [
    "What are the early signs of PTSD, and when should someone seek help?",
    "How can I prevent blisters on long marches in heavy boots?",
    "Is it safe to take ibuprofen every day for knee pain from running?",
    "Which vaccines are usually recommended before living in East Africa for a couple of years?",
    "How does tinnitus develop after years of exposure to gunfire, and can it be treated?",
    "What is the difference between a concussion and a traumatic brain injury?",
    "How can children manage anxiety when a parent is away for months at a time?",
    "What are the symptoms of heat exhaustion compared with heat stroke?",
    "Can jet lag be reduced when moving across eight time zones with a toddler?",
    "Is shin pain after running a sign of a stress fracture?",
    "What does a hearing test at a medical board usually involve?",
    "How much sleep do shift workers need, and how can they nap effectively?",
    "What are healthy ways to manage stress during a long separation from a partner?",
    "Are there long-term health effects from exposure to burn pits?",
    "What is the recommended first aid for frostbite on the fingers?",
    "How can I tell whether back pain needs an X-ray or just physiotherapy?",
    "What should a first-aid kit for a family moving abroad contain?",
    "How long does recovery from ACL reconstruction usually take?",
    "Can depression show up as irritability and anger rather than sadness?",
    "What are the risks of drinking alcohol to cope with poor sleep?",
    "Is it normal to feel disconnected from family after coming home from a long deployment?",
    "Which exercises help with chronic lower back pain after years of carrying heavy loads?",
    "How do I know if a child needs glasses when they struggle to read the board at a new school?",
    "What is the safest way to lose weight before a fitness test?",
    "How is malaria prevented when living in a tropical region?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "8804115023084": luhn_len(13),  # South African id
    "S8834127I": nric_ok,
    "T0219543C": nric_ok,
    "731 058 4929": nhs_ok,
    "443 906 2172": nhs_ok,
    "602 774 1856": nhs_ok,
    "485 219 3061": nhs_ok,  # in a chat request
    "88051407359": pesel_ok,
    "93022718460": pesel_ok,
    "320583198706143521": china_id_ok,
    "440306199109220814": china_id_ok,
    "384.615.207-26": cpf_ok,
    "4718 2093 6554": aadhaar_ok,
    "6342 8810 5270": aadhaar_ok,
    "870503-2145": luhn_len(10),  # Swedish personnummer
    "284610537": bsn_ok,
    "900412-1475231": rrn_ok,
    "462 713 806": tfn_ok,
    "2953 81048 1": medicare_ok,
    "527 318 042": luhn_len(9),  # Canadian SIN
    "613 402 973": luhn_len(9),
    "307184523": luhn_len(9),  # Israeli teudat zehut
    "38416205740": kimlik_ok,
    "RSSGNN86M12F205T": codice_fiscale_ok,
    "150789-417R": hetu_ok,
    "3041 7752 8861": my_number_ok,
    "47182093P": dni_ok,
    "Y3318472T": dni_ok,  # NIE
    "6418273S": pps_ok,
    "1 84 07 75 114 203 95": nir_ok,
    "83.11.04-217.28": belgian_id_ok,
    "120691 41828": fodselsnummer_ok,
    "218340672": nif_ok,
    "1890312408124": cnp_ok,
    "14.382.905-7": rut_ok,
    "38906152712": isikukood_ok,
    "860412/4727": rodne_cislo_ok,
    "3184507220": rnokpp_ok,
    "47183029561": steuer_id_ok,
    "ZKT4180": nhi_ok,
    "15038904726": luhn_len(11),  # Greek AMKA
    "210487-3369": kennitala_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"098-\d{3}-\d{4}",  # Japan, Okinawa
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"\+(27|30|32|34|353|357|358|380|40|48|63|64|65|84|91|962|972|977|254) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record names
    exactly one person beside 1 to 4 other values, and 35 to 45 records carry a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: missing types {sorted(TYPES - kinds)}")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        with_id += any(value in NATIONAL_IDS for _, value in others)
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")


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
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind133", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
