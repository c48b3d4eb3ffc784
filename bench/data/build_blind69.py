# ruff: noqa: E501
"""A sixty-ninth blind privacy set: 220 texts with personal data and 100 clean ones, a
mixed bag of hard cases for a detector.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); each runs from 3 to 120 words:

* 40 requests naming people whose first names are also common words (Hope, Faith, Rose,
  Mark, Bill, Will, Grace, Summer, River, Sky, Joy, Hunter, Mason, Chase, Rich, Pat, Sunny,
  Autumn, June, April, Amber, Ruby), used as names, some beside the same word used as a
  word or a month (a wedding "next June", cover "in May and June");
* 15 requests naming people by surname alone, after a title or bare;
* 20 names with particles (van der, de la, von, ter, dos, bin, bint, ibn, al-), hyphens and
  apostrophes (O'Sullivan-Kerr, D'Angelo, Ke'Shawn);
* 30 English requests with names in Cyrillic, Greek, Arabic, Hebrew, Chinese, Japanese,
  Korean and Devanagari script, with national ids of the same countries;
* 40 secrets: passwords that read as ordinary words or phrases (pancakes, jasmine tea),
  passphrases of three or four words, PINs, door and safe codes and one-time codes typed
  with no keyword before them;
* 40 numbers: phones typed without separators (or with odd ones), cards and IBANs with odd
  spacing (none, dots, digit by digit, national groupings, lower case) and two SSNs;
* 35 addresses without postcode, with flat, unit, room and floor numbers, the first 12
  typed all in lower case; two long letters carry several values each.

Usernames and logins, account, customer, member, employee and badge numbers, passports and
national ids are ID_NUMBER; PINs, door, alarm, locker and safe codes, wifi keys, one-time
codes and passwords PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Sgt, Frau, mum,
my grandfather, бабушка, さん) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; public figures, companies,
fictional characters, places named after people, order, ticket and invoice numbers and
dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts hold no personal data at all but look risky: 25 use the same words as words
(hope, grace, will, summer, rich, mark, ruby, amber, chase...), 25 are heavy with numbers
(prices, measurements, versions, timestamps, order and tracking numbers, ISBNs, product
codes, serials), 15 hold placeholder credentials from documentation, 20 name public
figures and characters with unusual names and 15 name streets, buildings and airports
after people (Martin Luther King Jr Blvd, Rockefeller Center).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125,
040 66969) and in each country's own layout elsewhere (United Arab Emirates, China, Japan,
South Korea, India, Greece); cards Luhn-valid and not well-known test numbers; IBANs valid
mod 97 and not documentation examples; SSNs with assignable area, group and serial; IPs
from documentation ranges; national ids with valid check digits (NHS number, Ukrainian
RNOKPP, Greek AMKA, Israeli teudat zehut, Chinese resident id, Japanese My Number, Korean
resident registration number, Indian Aadhaar, Brazilian CPF, Polish PESEL, Dutch BSN,
Spanish DNI).

Run ``.venv/bin/python bench/data/build_blind69.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    DOCUMENTATION_IPS,
    aadhaar_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    china_id_ok,
    cpf_ok,
    dni_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhs_ok,
    pesel_ok,
    rnokpp_ok,
    rrn_ok,
    word_count,
)
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_ADDRESSES = 12
MIN_CHARS = 12
MAX_WORDS = 120
WORDS = (3, 120)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Auntie|Uncle|Nurse|Herr|Frau|Mme|Sheikh)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 40 requests naming people whose first names are also common words.
WORD_NAMES = [
    "Can you draft a quick text to [[PERSON|Hope]] saying the dentist moved her cleaning to Thursday at 3?",
    "[[PERSON|Faith Adeyemi]] starts Monday. Set up her laptop and a mailbox at [[EMAIL_ADDRESS|faith.adeyemi@brightwell-legal.co.uk]], same groups as the other paralegals.",
    "[[PERSON|rose]] said she'd cover my shift if i take her sunday, can u word a thank-you text that doesn't sound weird",
    "Tell [[PERSON|Mark]] the invoice looks fine but I want the gutters redone before I pay the last third.",
    "[[PERSON|Bill Okafor]] rang again about the fence. His mobile is [[PHONE_NUMBER|07700900231]] if you'd rather call than email.",
    "[[PERSON|Will Ashdown]] is my landlord. Help me write a polite but firm email asking him to fix the boiler. It's been nine days without hot water, I've got a newborn, and the last two times I texted he said 'next week'. I don't want to burn the relationship because the rent is reasonable, but I want it in writing in case I need to go to the council. Mention I can be home any weekday morning.",
    "Note for reception: [[PERSON|Grace]] needs to bring the signed consent form to her 10am. She's on [[PHONE_NUMBER|02079460392]] if she's late.",
    "[[PERSON|Summer]] and I are splitting rent. It's £1,450 a month and she has the bigger room with the bay window — what's a fair split?",
    "My kid [[PERSON|River Castellanos]] has a tree-nut allergy. Write a short note for the camp counsellors with what to do if he gets a reaction.",
    "[[PERSON|Sky]]'s phone died so message her mum instead, [[PHONE_NUMBER|3125550178]], and say we're running 20 min late.",
    "[[PERSON|Joy]] from accounts keeps cc'ing my manager on everything. How do I ask her to stop without starting a war? Full name is [[PERSON|Joy Pemberton-Hale]] if you want to address the email properly.",
    "[[PERSON|Hunter]] missed his inhaler this morning and he's wheezy now. He's 7. What should I watch for before I take him in?",
    "[[PERSON|Mason Rourke]], date of birth 03/11/2015, is being collected today by his aunt. Please let the front desk know.",
    "[[PERSON|Chase]] still owes me $340 from Vegas. Write a text that is firm but still friendly. His Venmo is [[ID_NUMBER|@chase-lindqvist]] so include that.",
    "[[PERSON|Rich Delgado]] asked for the guest wifi. It's [[PASSWORD|marigold-sunday]], give it to him if you see him before I do.",
    "[[PERSON|Pat]] is 84 and keeps forgetting the alarm code, [[PASSWORD|1 9 5 8]]. Any tricks to help her remember it that don't involve writing it on the wall?",
    "[[PERSON|sunny]] wants her lanyard reprinted; the name on it should read [[PERSON|Sunny Baptiste]], not [[PERSON|Sunita]]. Can you word the request to facilities?",
    "[[PERSON|Autumn Reyes]], [[STREET_ADDRESS|4 Larch Close, Thirsk]]. The courier left her parcel with next door again. Can you write the complaint for her?",
    "[[PERSON|June]]'s 90th is on the 22nd! Help me write a toast for my grandmother [[PERSON|June Haverford]], she was a nurse in Malta in the fifties.",
    "[[PERSON|April Nakamura]] will cover reception in May and June while I'm on leave. Can you draft the handover email?",
    "[[PERSON|Amber]] left her keys at the bar. Ring her on [[PHONE_NUMBER|+447700900664]] and tell her we've got them behind the till.",
    "Patient [[PERSON|Ruby Oyelaran]], ward 6, penicillin allergy, NHS number [[ID_NUMBER|943 476 5919]]. Draft the handover line for the night nurse.",
    "[[PERSON|hunter mason]] is my ex and i need a letter to the school saying he is not allowed to collect our daughter",
    "[[PERSON|Grace]], [[PERSON|Hope]] and [[PERSON|Faith]] are triplets in my class. Write a note to their parents, the [[PERSON|Okonkwos]], about the zoo trip permission slips.",
    "can you put [[PERSON|Will]] on the rota for saturday instead of [[PERSON|Mark]], he's got a wedding",
    "[[PERSON|Summer Aldana]] ([[EMAIL_ADDRESS|summer.aldana88@gmail.com]]) wants the high-res photos from the shoot. Write her a reply with a placeholder for the download link.",
    "Write a short staff bio for our new vet, Dr [[PERSON|River Achterberg]], who joins us from a practice in Utrecht and loves exotic birds.",
    "My daughter [[PERSON|Joy]] has been coughing at night for two weeks. She's 4. Could it be croup, or is it more likely asthma?",
    "[[PERSON|Pat Kowalczyk]] needs her pension statement resent. Member no. [[ID_NUMBER|PEN-448127]].",
    "Who should I list as emergency contact, [[PERSON|Rich]] or [[PERSON|Chase]]? [[PERSON|Rich]] lives closer but [[PERSON|Chase]] actually answers his phone.",
    "[[PERSON|Autumn]] moved out, so her login [[ID_NUMBER|ajreyes]] doesn't need the shared drive anymore. How do I remove it in Google Workspace?",
    "[[PERSON|Bill]], the tenant in 2B, says the storage heater is dead. Log it and tell him someone comes Tuesday.",
    "[[PERSON|Faith]]'s new mobile is [[PHONE_NUMBER|0491570318]], update the team sheet pls",
    "Send [[PERSON|Sky Nakagawa-Price]] the signed contract at [[EMAIL_ADDRESS|sky@nakagawaprice.studio]] and copy me in.",
    "[[PERSON|ruby]] and [[PERSON|amber]] are coming at 6, i need a vegetarian menu for 8 people and one of them is gluten free",
    "[[PERSON|Mark Ellingham-Stowe]] resigned today. Revoke badge [[ID_NUMBER|77341]] and his VPN user [[ID_NUMBER|mellingham]] by end of day.",
    "Hi, it's [[PERSON|Hope Nwachukwu]]. I can't log in to the portal. My member number is [[ID_NUMBER|50319927]] and I've reset my password twice already.",
    "Write a wedding card for [[PERSON|Chase]] and [[PERSON|April]]. They're getting married next June in a vineyard near Stellenbosch.",
    "[[PERSON|Grace Adebayo]]'s password is [[PASSWORD|lemon drizzle 42]] and she wants it reset. How do I force a reset in Okta?",
    "[[PERSON|Hunter Bell]] from IT says my home IP [[IP_ADDRESS|198.51.100.23]] got blocked after too many attempts. What should I ask him to whitelist?",
]

# 15 requests naming people by surname alone.
SURNAMES = [
    "[[PERSON|Okonkwo]] still hasn't sent back the signed NDA. Should I chase him today or wait till Monday?",
    "Ask Dr [[PERSON|Varga]] if the biopsy results are back.",
    "tell [[PERSON|Henningsen]] i can't make the 2pm",
    "Can you write a reference for Ms [[PERSON|Abernathy-Cole]]? She was the best TA we've had in years and she's applying for a PGCE.",
    "[[PERSON|Pemberton]]'s flight lands at 06:40 at Heathrow T5. Book a car and send the driver's details to his PA.",
    "[[PERSON|Lindqvist]] and [[PERSON|Mbatha]] are presenting the Q3 numbers together. Remind both of them the deck is due Thursday noon.",
    "[[PERSON|Kowalski]] from the fourth floor reported his badge stolen, number [[ID_NUMBER|E-20931]]. Deactivate it and issue a temporary one.",
    "Is [[PERSON|Nakashima-Reid]] on shift tonight? I need to do the handover for bay 3.",
    "[[PERSON|Fitzwilliam]] wants the minutes by Friday — can you tidy my notes into proper minutes?",
    "Our supervisor [[PERSON|Brannigan]] told us to send timesheets to [[EMAIL_ADDRESS|t.brannigan@harcourt-logistics.com]] from now on. Write a reminder for the team.",
    "Sorry, [[PERSON|Quist]] is off sick today. [[PERSON|Albers]] is covering, you can reach [[PERSON|Albers]] on [[PHONE_NUMBER|02079460847]].",
    "mrs [[PERSON|achterberg]]'s cat got out again, can u help me make a lost cat poster, he's ginger and answers to biscuit",
    "Statement taken by Sgt. [[PERSON|Maddox]]; witness [[PERSON|Tolliver]] confirmed the van was blue. Summarise this for the case file.",
    "Who's [[PERSON|Ferreira]]? He keeps emailing me from [[EMAIL_ADDRESS|ferreira.ops77@outlook.com]] about a parcel I never ordered. Is it a scam?",
    "Can [[PERSON|Castellanos-Whitby]] sign this off alone or do we need [[PERSON|Harrow]] as well? Policy says two approvers over £10k.",
]

# 20 names with particles, hyphens and apostrophes.
PARTICLES = [
    "Please add [[PERSON|Pieter van der Berg]] to Thursday's invite, he's our new financial controller. Payroll also needs his BSN, [[ID_NUMBER|193742585]].",
    "[[PERSON|María de la Cruz Ortega]] needs an interpreter for her hearing on the 9th, Mexican Spanish. Her DNI is [[ID_NUMBER|53829174C]] if the court asks.",
    "[[PERSON|Ahmad bin Yusof]]'s passport [[ID_NUMBER|A41829937]] expires in March. Remind him to renew before the KL trip.",
    "Send the revised quote to [[PERSON|Layla al-Hashimi]] at [[EMAIL_ADDRESS|layla.alhashimi@qasr-trading.ae]] and mention the 5% discount.",
    "[[PERSON|Siobhán O'Sullivan-Kerr]] is my physio. Her clinic line is [[PHONE_NUMBER|0131 496 0274]] — can you draft a message moving my appointment?",
    "[[PERSON|D'Angelo Whitfield]] wants the Saturday slot for his band. Is 8 to 11 ok with the noise rules?",
    "[[PERSON|Jean-Baptiste Ndiaye]], employee ID [[ID_NUMBER|4471-20]], is transferring to Lyon. What paperwork does HR need from us?",
    "[[PERSON|anne-marie o'brien]], [[STREET_ADDRESS|12 kestrel way, oranmore, galway]] — she's the one who ordered the cot, sort out a refund",
    "[[PERSON|Ludwig von Hohenberg-Prinz]] asked for the wine list in German. Can you translate these twelve descriptions?",
    "Booking for [[PERSON|Fatima bint Khalid al-Mansouri]], two adults, arriving 14 Feb. Please confirm by email.",
    "[[PERSON|Cornelis de Vries-Taal]] is my neighbour; how do I politely ask him to trim the hedge?",
    "Locker 114 belongs to [[PERSON|R. O'Neill-Baptiste]] and the combination is [[PASSWORD|6620]].",
    "I'm writing to [[PERSON|Abdullah ibn Saeed al-Qahtani]] about the tender. Is 'Dear Mr [[PERSON|Al-Qahtani]]' right, or should it be 'Dear [[PERSON|Abdullah]]'?",
    "[[PERSON|Karin ter Haar]] called about her deposit; her account is [[ID_NUMBER|CUST-0093817]].",
    "[[PERSON|Ileana dos Santos Pereira]] needs her CPF on the contract: [[ID_NUMBER|248.571.936-55]].",
    "Swap me with [[PERSON|Ellis-Ng]] on the Sunday early, I have a christening.",
    "[[PERSON|Ke'Shawn Marsh-Bowen]] left his jacket in room 3. Email him at [[EMAIL_ADDRESS|keshawn.mb@gmail.com]].",
    "Can you help me address a card to [[PERSON|Aurélie de la Fontaine-Roux]]? Do I file her under D or F in my contacts?",
    "[[PERSON|Mohd Faiz bin Abdul Rahman]], IC [[ID_NUMBER|880412-14-5527]], for the insurance claim form please.",
    "My great-aunt was [[PERSON|Mary-Kate O'Dowd]] from Sligo. Help me write a post for a genealogy forum asking if anyone knew her family.",
]

# 30 English requests with names in other scripts.
SCRIPTS = [
    "Please translate this letter for my neighbour [[PERSON|Наталья Воронцова]], she only reads Russian: 'Dear [[PERSON|Natalya]], water has been coming through my bathroom ceiling since Tuesday. I think it is from your washing machine. Could you let the plumber in on Friday morning? He will ring your bell around 9. Thank you, and sorry for the trouble.' Keep it warm, she's elderly.",
    "The tenant is [[PERSON|Олексій Ковальчук]], tax number [[ID_NUMBER|3124509879]]. Write the lease summary in English and Ukrainian.",
    "How should I transliterate [[PERSON|Дмитрий Соколов]] on a UK visa form, and does it have to match his old passport?",
    "Write a birthday message for бабушка [[PERSON|Зинаида]] in simple Russian, she turns 80 on Sunday.",
    "My colleague [[PERSON|Γιώργος Παπαδόπουλος]] needs the slides in English. His AMKA is [[ID_NUMBER|12057802345]] for the travel insurance form.",
    "How do you pronounce [[PERSON|Ελευθερία Κωνσταντίνου]]? She's my new manager and I don't want to butcher it on Monday.",
    "Send the spare keys to [[PERSON|Σοφία]] at [[STREET_ADDRESS|Ερμού 42, Αθήνα]]. What's the cheapest courier from Manchester?",
    "Book a table for four under [[PERSON|محمد العتيبي]], his number is [[PHONE_NUMBER|+971 50 418 2736]]. Friday, 8pm, somewhere quiet.",
    "Is [[PERSON|فاطمة الزهراء بنت أحمد]] too long for the name field on the school form? It's my wife's full name.",
    "Write the envelope for [[PERSON|يوسف حداد]] in both Arabic and English; he lives in Amman.",
    "Our driver [[PERSON|خالد منصور]] lost his passport, number [[ID_NUMBER|P4871092]], at the airport. What's the process at the embassy?",
    "My landlord is [[PERSON|אבי כהן]] and he won't return my deposit. What are my rights as a tenant in Tel Aviv?",
    "Need a thank-you card for [[PERSON|נועה לוי]]. The form also wants her teudat zehut: [[ID_NUMBER|031748296]].",
    "Translate my invitation into Hebrew for [[PERSON|שרה בן-דוד]] and her husband, the party starts at 7.",
    "My mother-in-law [[PERSON|李秀英]] lands Friday. Can you make a welcome sign in Chinese and English?",
    "Please check the visa form for [[PERSON|王建国]], ID [[ID_NUMBER|110105198503127839]] — is the date of birth in the right box?",
    "Is [[PERSON|陈雨萱]] pronounced like [[PERSON|Chen Yuxuan]]? She's my new student and I want to get it right.",
    "[[PERSON|张伟]]'s new number is [[PHONE_NUMBER|13907214586]], please add him to the WeChat group notes.",
    "Can you write a polite keigo email to [[PERSON|田中美咲]]さん declining Thursday's meeting?",
    "[[PERSON|佐々木陽菜]] ([[PERSON|Sasaki Hina]]) needs her My Number on the payroll form: [[ID_NUMBER|4831 6205 9735]].",
    "The guest in 1204 is [[PERSON|山本翔太]], he asked for a late checkout. Write the reply in English and Japanese.",
    "Please romanise [[PERSON|渡辺結衣]] for her passport application. Her phone is [[PHONE_NUMBER|090-4417-2385]] if the office calls.",
    "How should I address [[PERSON|김민준]] in a formal email? He's the buyer at our supplier in Busan.",
    "[[PERSON|이서연]]'s resident number is [[ID_NUMBER|950814-2417393]], the bank needs it for the account.",
    "Please text [[PERSON|박지훈]] at [[PHONE_NUMBER|010-4827-3916]] that his parcel is at the front desk.",
    "Write a congratulations card for [[PERSON|최유나]] on her promotion, half in Korean if you can.",
    "My grandfather [[PERSON|राजेश कुमार शर्मा]] needs his Aadhaar [[ID_NUMBER|2841 7360 9523]] linked to his pension account. What are the steps?",
    "Send a Diwali greeting to [[PERSON|प्रिया]] and her husband [[PERSON|अर्जुन]] in Hindi, keep it short.",
    "What's the usual English spelling of [[PERSON|सुनीता देवी]]? She's our new cook and I'm making her a name badge.",
    "Translate for my tenant [[PERSON|अनिल वर्मा]]: rent is due on the 5th, call me on [[PHONE_NUMBER|+91 98201 47365]] if there's a problem.",
]

# 40 secrets: word-like passwords, passphrases, codes typed with no keyword.
SECRETS = [
    "my password is literally just [[PASSWORD|pancakes]], is that as bad as it sounds",
    "I set the router key to [[PASSWORD|sunflower meadow]] and now the printer won't pair. Is the space the problem?",
    "it's [[PASSWORD|4471]] for the side gate btw",
    "School portal: [[ID_NUMBER|mkhumalo09]] / [[PASSWORD|BlueWhale]]. Can you tell me how to check if the report cards are up?",
    "New passphrase is [[PASSWORD|orbit velvet crayon harbor]]. Don't let me forget it.",
    "Is [[PASSWORD|tangerine-umbrella-42]] a strong enough password for online banking?",
    "My mum's email login is [[PASSWORD|Hartley1961]], her maiden name and birth year. Should she change it, and to what kind of thing?",
    "[[PASSWORD|283619]] is what came through, it expires in 5 min, type it in quick",
    "[[PASSWORD|0417]] for the garage, [[PASSWORD|9032]] for the house alarm. Spare key is under the blue pot by the shed.",
    "Help me make a mnemonic for [[PASSWORD|gravel tulip saxophone moon]] so I stop getting locked out.",
    "Why would [[PASSWORD|letmeinplease]] stop working right after the Windows update? I didn't change anything.",
    "Netflix is on Dad's account and the password's the dog's name twice: [[PASSWORD|biscuitbiscuit]]. Is that why we got hacked?",
    "[[PERSON|Grace]], the alarm changed — it's [[PASSWORD|1-9-7-4]] then the tick key now.",
    "Note for the sitter: wifi is [[PASSWORD|HOMESWEETHOME]], parental lock on the TV is [[PASSWORD|7193]], bedtime 8.",
    "Does [[PASSWORD|winter is coming]] count as a passphrase? That's what I used for the VPN.",
    "Mum it's [[PASSWORD|5591]], don't give it to anyone who rings you, not even the bank",
    "Remember the locker? [[PASSWORD|31-17-04]]. Grab my gym bag if you're passing.",
    "Slack keeps asking for 2FA. Current code [[PASSWORD|730 118]], can you log in on my laptop for me?",
    "Router admin page is admin / [[PASSWORD|riverbend77]]. Is it safe to leave it like that?",
    "I used the same one everywhere, [[PASSWORD|marmalade sandwich]], and now I got a breach email. Where do I even start?",
    "Kid's tablet unlock is [[PASSWORD|2589]] and the Apple ID password is [[PASSWORD|DinoRoar2016]]. How do I set screen time limits?",
    "Set the guest network to [[PASSWORD|copper kettle whistling]] and the main one to [[PASSWORD|Cl0udberry!Jam]]. Which is actually stronger?",
    "What does it mean if my passphrase [[PASSWORD|paper lantern quietly sings]] shows up on Have I Been Pwned?",
    "Tell [[PERSON|Bill]] the safe is [[PASSWORD|22 left, 8 right, 61 left]].",
    "Enter [[PASSWORD|664021]] on the sign-in page, I'll stay on the line.",
    "Front door's [[PASSWORD|4819#]], bins are round the back, see you Saturday",
    "My Steam got hacked even though the password was [[PASSWORD|dragonfly]]. Was it too short?",
    "Can you make three stronger versions of my current password, [[PASSWORD|autumnleaves]], that I'll still remember?",
    "Shared drive: username [[ID_NUMBER|chase.w]], password [[PASSWORD|hunterseason]]. Why does it say access denied?",
    "it keeps saying wrong pin, i'm typing [[PASSWORD|0 6 1 1]], is the app broken or am i",
    "Write a sticky-note reminder for Dad that doesn't say what it's for: [[PASSWORD|8824]]",
    "I already read [[PASSWORD|519033]] out to a guy who said he was from the bank. What do I do now?",
    "pw for the cabin wifi: [[PASSWORD|lakehouse-fireflies-2019]]",
    "[[PERSON|Mark]]'s old laptop password was [[PASSWORD|opensesame]]. Is it safe to give the laptop to his son without wiping it?",
    "We picked a family phrase for scam calls after my dad nearly sent money to someone pretending to be my brother: [[PASSWORD|pickle tractor lighthouse grandma]]. The idea is that anyone calling in an 'emergency' has to say it. Is that actually a good idea for elderly parents, or will they just forget it and panic? What else should we set up with their bank?",
    "Hope this helps — deposit box is [[PASSWORD|3317]], key's in the teapot.",
    "The hotel safe wants six digits so I used [[PASSWORD|190385]]. Bad idea if that's my birthday?",
    "[[PASSWORD|jasmine tea]] is the answer to my security question and also my password. Which do I change first?",
    "Printer wants the WPS PIN, it's [[PASSWORD|37294810]] on the sticker. Where do I type it on the laptop?",
    "[[PASSWORD|summer2024!]] got flagged as weak, suggest something I can still remember",
]

# 40 numbers: phones without separators, cards and IBANs with odd spacing, SSNs.
NUMBERS = [
    "call me back on [[PHONE_NUMBER|07700900146]] after 6, I'm in meetings till then",
    "[[PERSON|Ana Ruiz]]'s new number is [[PHONE_NUMBER|2125550119]], save it and delete the old one",
    "[[PHONE_NUMBER|+447700900873]] is [[PERSON|Tom Hadley]]'s work mobile, use that for the site visit",
    "Our landline in Leith is [[PHONE_NUMBER|01314960512]], the mobile signal is awful so use that.",
    "text [[PHONE_NUMBER|3105550182]] when you're outside, the buzzer's broken",
    "[[PHONE_NUMBER|+13125550134]] is Dr [[PERSON|Imani Okeke]]'s cell. Only for emergencies, she said.",
    "my oma's new number is [[PHONE_NUMBER|03023125478]], can you write her a welcome message for the family group in German?",
    "Save [[PHONE_NUMBER|0639981472]] as [[PERSON|Camille]] (work) and send her the Lyon address later.",
    "[[PHONE_NUMBER|0491570629]] is [[PERSON|Liam]]'s, he's on nights this week so text don't call",
    "Plumber's number: [[PHONE_NUMBER|6475550107]]. He prefers WhatsApp.",
    "Please ring Frau [[PERSON|Reuter]] on [[PHONE_NUMBER|+494066969352]] to confirm the Hamburg viewing.",
    "Our driver [[PERSON|Suresh]] is on [[PHONE_NUMBER|9845012736]], he'll be at arrivals with a sign.",
    "number changed, it's [[PHONE_NUMBER|077009 00725]] now",
    "[[PHONE_NUMBER|+61491570215]] pls pass to reception, it's the new site manager",
    "[[PERSON|Dimitra]] said to WhatsApp her on [[PHONE_NUMBER|+306944718203]] about the villa keys.",
    "Card number is [[CREDIT_CARD|47193826 04551727]], exp 09/27. Can you tell if it's the one that got cloned?",
    "Pay the deposit with [[CREDIT_CARD|5302 849 177 361 049]] and put [[PERSON|Hassan Qureshi]] as the cardholder.",
    "Amex [[CREDIT_CARD|374205 98167 3356]] — the form keeps rejecting it, is my grouping wrong?",
    "my card is [[CREDIT_CARD|4 9 1 7 6 0 3 8 2 2 5 9 4 1 3 6]] — typed it one digit at a time cos the site is weird",
    "[[CREDIT_CARD|4028-7165-9930-2461]] was charged twice for order #88213. How do I dispute it?",
    "Discover [[CREDIT_CARD|601193 847205 5610]] expires next month, remind me to update the gym.",
    "The new Mastercard is [[CREDIT_CARD|22261709 4385 5200]], can you update the streaming subscription?",
    "[[CREDIT_CARD|5167329854014686]] exp 11/26, booking is for [[PERSON|Inês Carvalho]], two nights.",
    "card: [[CREDIT_CARD|4481 27603 99825 47]]",
    "Visa debit [[CREDIT_CARD|4552 0938 1746 630 2]] belongs to [[PERSON|Joel Barnaby]], refund it there please.",
    "Is [[CREDIT_CARD|37 8814 2906 50215]] a real Amex layout or did I copy it wrong?",
    "[[CREDIT_CARD|4760.8231.9547.7291]] is what the receipt says. Is dot-separated normal?",
    "Background check form for [[PERSON|Tyrell Amankwah]]: SSN [[US_SSN|529-48-1176]], previous address [[STREET_ADDRESS|Apt 7, 390 Elm St, Burlington]]. Is it normal to ask for seven years of addresses?",
    "Please send the refund to [[IBAN_CODE|DE44 500105 175407 324931]]. No wait, that's my old one. New one: [[IBAN_CODE|DE42370502991047286153]].",
    "IBAN [[IBAN_CODE|GB96 MIDL 400291 85274063]], account name [[PERSON|Eleanor Faulks]], for the deposit",
    "virement sur [[IBAN_CODE|FR67 30004 00821 17492603851 72]] stp, c'est pour le loyer de [[PERSON|Léa Marchand]]",
    "rent goes to [[IBAN_CODE|nl66rabo0318459276]] every 1st, set a reminder",
    "My Spanish account is [[IBAN_CODE|ES24 0182 2370 41 0201593846]]; is that the format a UK bank wants?",
    "Italian one: [[IBAN_CODE|IT 69 X 03069 09606 100000063417]], in the name of [[PERSON|Giulia Ferrante]].",
    "Pay the plumber at [[IBAN_CODE|BE 59 001 4283671 05]] and reference the kitchen job.",
    "[[IBAN_CODE|IE69BOFI 90001738294651]] — is BOFI Bank of Ireland? My landlord sent it.",
    "Transfer to [[IBAN_CODE|CH910483 5072918463 10002]] for the chalet, holder [[PERSON|Urs Zbinden]].",
    "[[IBAN_CODE|AT78 20111 827154 88730]] is my mother's, can you write the standing order note?",
    "[[IBAN_CODE|pt23 0035 0017 00048127391 65]] pls, its for the apartment in Porto",
    "My SSN is [[US_SSN|412-73-6605]] and the IRS letter says it doesn't match the name on my return, [[PERSON|Dolores Quintanilla]]. I got married last year and changed my name on my license but maybe not with Social Security? What's the order of operations here, and can I still file under my old name this year?",
]

# 35 addresses: no postcode, flat numbers; the first 12 typed all in lower case.
ADDRESSES = [
    "send it to [[STREET_ADDRESS|flat 4, 19 cranbrook road, ilford]] pls, not my work",
    "im at [[STREET_ADDRESS|221 w 7th st apt 3c, austin]], can the driver call when he's close, the lobby door sticks",
    "new address for the insurance: [[STREET_ADDRESS|5/32 beach rd, coogee nsw 2034]]",
    "my nan lives at [[STREET_ADDRESS|3 glebe cottages, little snoring]], she's not online so it has to go by post",
    "format this for an envelope pls: mr [[PERSON|d patel]] [[STREET_ADDRESS|88 holloway road flat b london]]",
    "party's at [[STREET_ADDRESS|14b st agnes terrace, bristol]], bring a bottle and a jumper, it's a garden do",
    "parcels keep going to [[STREET_ADDRESS|7 mill lane]] instead of [[STREET_ADDRESS|7a mill lane, harrogate]]. how do i get royal mail to fix it",
    "[[STREET_ADDRESS|apt 2r 1540 grand concourse bronx ny]] — is that enough for a usps label or do i need the zip",
    "we moved!! [[STREET_ADDRESS|62 rue des martyrs, 3e étage, paris]] — help me write the change of address email to my bank",
    "it's [[STREET_ADDRESS|room 14, block c, the hollies, 1 university walk, coventry]] and the damp is getting worse, write a complaint to the accommodation office",
    "send the card to [[STREET_ADDRESS|2e hugo de grootstraat 14-3, amsterdam]], it's my cousin [[PERSON|femke]]'s place",
    "can you check [[STREET_ADDRESS|unit 12, 400 king st w, toronto]] is formatted right for canada post, my brother [[PERSON|jamal]] lives there",
    "Deliver to [[STREET_ADDRESS|Flat 6, Alder House, 27 Wexford Street, Dublin 2]], and leave it with the concierge if no one answers.",
    "Ship to [[PERSON|Dana Whitcombe]], [[STREET_ADDRESS|Apt 4B, 1187 Larkspur Ave, Dayton]]. The ZIP is on the old invoice somewhere.",
    "Our new place is [[STREET_ADDRESS|9 Kinloch Row, Portree]]. Can you write a moving announcement for the family chat?",
    "[[STREET_ADDRESS|Unit 3/14 Ocean Pde, Manly]] — that's where the bond refund cheque should go.",
    "Mrs [[PERSON|Okafor]], [[STREET_ADDRESS|Flat 11, 2 Chestnut Court, Wembley]], asked for a home visit next week. Draft the confirmation letter.",
    "[[PERSON|Rose Whitcombe]] lives at [[STREET_ADDRESS|18 Primrose Hill Road, Hebden Bridge]] and wants the quote posted, not emailed.",
    "Invoice [[PERSON|Will Tremayne]], [[STREET_ADDRESS|Apartment 902, 77 Harbour Street, Sydney]], for the two consultations in March.",
    "[[PERSON|Bill Hargreaves]], [[STREET_ADDRESS|3rd Floor, 140 Corporation Street, Preston]] — he wants the boxes brought up, there's no lift.",
    "Can you translate my address for the Spanish form? It's [[STREET_ADDRESS|C/ de Balmes 212, 4º 2ª, Barcelona]].",
    "For the Anmeldung I wrote [[STREET_ADDRESS|Lindenstraße 14, Whg. 7, Freiburg]] — is the flat number in the right place?",
    "[[STREET_ADDRESS|Via Garibaldi 18, int. 5, Torino]] is my aunt's address, write the customs declaration for the parcel.",
    "Pick-up is at [[STREET_ADDRESS|2240 Martin Luther King Jr Blvd, Apt 12, Oakland]]. Text [[PERSON|Marcus]] when you're downstairs.",
    "[[STREET_ADDRESS|Basement Flat, 31 Ladbroke Grove, London]] — the letting agent keeps spelling it wrong. How do I get them to update it?",
    "Glasgow flats confuse everyone: I'm at [[STREET_ADDRESS|Flat 2/1, 45 Hyndland Road, Glasgow]]. Explain 2/1 to my courier in one sentence.",
    "My cousin [[PERSON|Bilal]] is at [[STREET_ADDRESS|House 17, Street 9, F-7/2, Islamabad]]; what's the cheapest way to ship a laptop there?",
    "Correspondence to [[STREET_ADDRESS|12 Rue Victor Hugo, Appt 5, Lyon]] please, I'm no longer at the Paris flat.",
    "[[PERSON|Mei-Ling Chow]], [[STREET_ADDRESS|Flat C, 9/F, 22 Tung Choi Street, Mong Kok]] — make this into a proper shipping label.",
    "We're in [[STREET_ADDRESS|Lot 14, Pinecrest Mobile Park, Route 9, Ellsworth]]. Does the fire department need the lot number?",
    "[[STREET_ADDRESS|Cottage 2, Home Farm, Long Melford]] doesn't come up on the sat nav. How do I give directions to the delivery driver?",
    "Our flat is [[STREET_ADDRESS|Unit 1504, 8 Marina View, Singapore]]; the condo management wants proof of address for our helper.",
    "[[PERSON|Paddy Ó Briain]] of [[STREET_ADDRESS|Apt 3, 41 Patrick Street, Cork]] called about the boiler warranty. Log it please.",
    "Hi, writing on behalf of my dad, [[PERSON|Gerald Fenwick]], who's 81 and not on email. His address changed in May from [[STREET_ADDRESS|Flat 9, Mariner's Court, 5 Quay Road, Whitby]] to [[STREET_ADDRESS|16 Abbey Terrace, Whitby]], but your letters still go to the old flat. His customer number is [[ID_NUMBER|FEN-220417]] and his phone is [[PHONE_NUMBER|07700900398]]. Could you update both and confirm by post? Also the direct debit should now come from [[IBAN_CODE|GB49 BARC 2065 1873 0462 19]] rather than the old joint account. Thank you.",
    "Can you turn this into a formal letter? To whom it may concern, I confirm that [[PERSON|Tomasz Wiśniewski]] has lodged with me at [[STREET_ADDRESS|Room 2, 58 Cavendish Road, Leicester]] since January and pays his rent on time by transfer from [[IBAN_CODE|PL 05109024020000000612947385]]. His PESEL is [[ID_NUMBER|86071428392]]. He is reliable, tidy and quiet. Sign it from me, [[PERSON|Margaret Oduya]], and add my number, [[PHONE_NUMBER|07700900512]].",
]

# 25 clean texts: the same words used as words.
CLEAN_WORDS = [
    "I hope the grace period on my library fines covers this week. How long is it usually?",
    "Write a will clause that leaves a pet to a friend, using <name> and <pet> as placeholders.",
    "What are good summer activities for kids during a rainy week at home?",
    "Is dark chocolate actually rich in iron, or is that a myth?",
    "How do I get a biro mark off a cream leather sofa?",
    "Why does rose gold tarnish differently from yellow gold?",
    "Explain how a bill becomes law in the UK Parliament, step by step.",
    "What's the difference between amber and copal, and how can you tell them apart at a market?",
    "Ruby or Python for a beginner's first web project — which would you pick and why?",
    "How do I stop the lid of a mason jar from rusting in the fridge?",
    "Write a tense chase scene set in a flooded subway tunnel, about 200 words.",
    "Is it safe to pat a stray cat that keeps coming into the garden?",
    "The forecast says sunny spells. Does that mean no rain at all?",
    "Why do some trees turn red in autumn while others go yellow?",
    "The sky looks hazy orange today. Is that wildfire smoke or Saharan dust?",
    "What does JOMO, the joy of missing out, actually mean?",
    "Hunter wellies or Aigle boots for muddy dog walks in winter?",
    "How wide is the river Severn at its widest point?",
    "Faith and reason: summarise Thomas Aquinas's position in about 150 words.",
    "Translate 'I will be there in June or April' into Spanish and Portuguese.",
    "Is a ruby anniversary 40 years or 45?",
    "'Mark as read' stopped working in Outlook on my Mac. Any fixes?",
    "Suggest a secular grace to say before dinner with friends who aren't religious.",
    "Will it usually rain in Lisbon in April, or is May safer for a beach week?",
    "Give me a rich, earthy mushroom soup recipe for a cold autumn night, ideally one I can freeze. Hope it's not too much to ask for a vegan version too.",
]

# 25 clean texts heavy with numbers.
CLEAN_NUMBERS = [
    "Order 114-3928475-6617203 hasn't shipped after 6 days. What's the usual delay for marketplace sellers?",
    "Tracking number 1Z 4A7 R38 03 9126 4471 says delivered at 14:02 but there's nothing on the porch.",
    "Is ISBN 978-0-14-044913-6 the Penguin Classics edition or the older one?",
    "Convert 2440 x 1220 x 18 mm to inches, and how many sheets fit in a van with a 3.2 m load bed?",
    "We upgraded from Node 18.19.0 to 20.11.1 and now npm 10.2.4 throws EBADENGINE. Why?",
    "Parse this timestamp: 2024-03-18T14:22:07.481Z. What's that in Sydney time?",
    "The TV is £1,249.99, down from £1,599.00. What percentage discount is that?",
    "Does part number 0451-22817-B only fit the 2017-2021 models? The listing is unclear.",
    "Invoice INV-2024-000731: 3 x 12.5 kg bags at €18.40 each plus 21% VAT. Check the total please.",
    "Windows keeps showing error 0x80070643 when installing KB5034441. What does that mean?",
    "Serial 0046 2271 9830 1175 is on the boiler plate. Which model year does that suggest?",
    "Flight BA 2490 departs 07:15 and arrives 10:40 local time, one hour ahead. How long is it in the air?",
    "Convert 72°F, 101.3 kPa and 1,013 hPa into Celsius and atmospheres for my lab notes.",
    "SKU 77-4410-BLK is out of stock but 77-4410-NVY isn't. Same jacket, different colour?",
    "Version 2.4.1-rc.3 vs 2.4.1+build.517: which one sorts higher under semver?",
    "The meter went from 048213 to 049077 in a month. At 24.5p per kWh, what's the bill?",
    "Ticket SR-2291045 was opened at 09:12 on 12.06.2024. Is that 12 June or 6 December?",
    "Lottery numbers 04 11 19 27 38 45, bonus 09. What are the odds of matching five?",
    "Room 1417 is on floor 14 of building 3. Why do hotels skip the 13th floor?",
    "Postcodes like SW1A 1AA and EC1A 1BB: how are UK postcodes structured?",
    "Batch LOT 24B117, expiry 11/2026, 500 mg x 28 tablets. Is the expiry the first or last day of the month?",
    "The manual's example MAC is 00:1A:2B:3C:4D:5E; how do I find my router's real one?",
    "Commit 3f9a1c7e2b says 'bump to 4.17.21'. Is lodash 4.17.21 still safe to use?",
    "On a 1:25,000 map, how many kilometres is 4.2 cm, and what does grid reference SU 123 456 mean?",
    "The personal allowance for 2024/25 is £12,570. If I earn £48,300, how much is taxed at 20%?",
]

# 15 clean texts with placeholder credentials from documentation.
CLEAN_PLACEHOLDERS = [
    "In the README, should I write DB_PASSWORD=changeme or leave it blank in .env.example?",
    "Explain what curl -u USERNAME:PASSWORD https://api.example.com/v1/items does, flag by flag.",
    "Our docs use jane.doe@example.com / P@ssw0rd as the demo login. Is that a bad look for a security product?",
    "Replace sk-XXXXXXXXXXXXXXXXXXXXXXXX with your own key before running the script. How do I make it an environment variable instead?",
    "The form template says IBAN: XX00 0000 0000 0000 0000 00. How do I make the field validate real ones?",
    "Test card 4242 4242 4242 4242 works in Stripe test mode, but what CVC and expiry should I use?",
    "Write a sample contact card for our docs: Name: <Full Name>, Phone: +1 (XXX) XXX-XXXX, Email: name@example.org.",
    "In the API docs our example key is abc123-REPLACE-ME. Should placeholders look more like real keys?",
    "SSN format is XXX-XX-XXXX. How do I mask all but the last four digits in SQL?",
    "The manual says the router's default login is admin/admin. How do I change it?",
    "What does PGPASSWORD=postgres do in this docker-compose example, and is it ok for local dev?",
    'Document this config: api_key: "<YOUR_API_KEY>", region: "eu-west-1", timeout: 30.',
    "Our onboarding doc says 'Username: firstname.lastname, temporary password: Welcome2024!'. Is that a security risk?",
    "Mask this for a screenshot: Account: ********1234, Sort code: **-**-**. Is that enough?",
    "Write Python that validates emails, using test@example.com and not-an-email as the examples.",
]

# 20 clean texts naming public figures and characters with unusual names.
CLEAN_PUBLIC = [
    "Why did Engelbert Humperdinck take the name of a 19th-century composer?",
    "Where does the surname Cumberbatch come from, and is Benedict related to anyone famous?",
    "Why did Frank Zappa name his kids Moon Unit and Dweezil?",
    "How is Elon Musk's son's name X Æ A-12 pronounced?",
    "Give me a short bio of Sir Ranulph Twisleton-Wykeham-Fiennes, the explorer.",
    "Is Daenerys Targaryen a good name for a cat, or is it too long to shout?",
    "What did Grace Hopper actually invent, and was 'bug' really her word?",
    "Why did River Phoenix's parents give their children such unusual names?",
    "Rank Faith Hill's albums by sales.",
    "What does Hope Solo do now that she has retired from football?",
    "Were Ludwig van Beethoven and Vincent van Gogh nobility? Is 'van' a noble particle?",
    "Summarise Ibn Battuta's travels in five bullet points.",
    "How many films has Shah Rukh Khan made with Kajol?",
    "Which Sinéad O'Connor album has 'Nothing Compares 2 U' on it?",
    "Did Владимир Набоков translate Lolita into Russian himself?",
    "Recommend novels by 村上春樹 for someone who liked Norwegian Wood.",
    "Who played Summer Roberts in The O.C., and what else was she in?",
    "Explain Chimamanda Ngozi Adichie's talk on the danger of a single story.",
    "Did Björk Guðmundsdóttir really release her first album at age 11?",
    "Is Mark Rutte still in Dutch politics, or is he at NATO now?",
]

# 15 clean texts naming streets, buildings and airports after people.
CLEAN_PLACES = [
    "What's the best way from Penn Station to Martin Luther King Jr Blvd in Harlem by subway?",
    "Is the Rockefeller Center ice rink still open in March?",
    "How early should I get to John F. Kennedy airport for an international flight?",
    "Any cafés near the Lincoln Memorial that open before 7?",
    "Is the George Washington Bridge tolled in both directions?",
    "How long does it take to walk from Victoria Station to Buckingham Palace?",
    "Is there luggage storage at Charles de Gaulle Terminal 2E?",
    "Why is there a Nelson Mandela Square in Sandton, and what's in it?",
    "Can I visit 221B Baker Street, or is the Sherlock Holmes Museum a different building?",
    "What's on at the Queen Elizabeth Hall on the South Bank this weekend?",
    "Why does nearly every French town have a Rue Victor Hugo?",
    "How do I get from Ben Gurion Airport to Jerusalem on Shabbat?",
    "Is Kingsford Smith airport the same as Sydney Airport?",
    "Why do so many US towns have a Washington Street and a Lincoln Avenue?",
    "Is Rue de Rivoli better for shopping than Boulevard Haussmann?",
]

NATIONAL_IDS = {
    "943 476 5919": nhs_ok,  # NHS number
    "3124509879": rnokpp_ok,  # Ukrainian RNOKPP
    "12057802345": luhn_len(11),  # Greek AMKA
    "031748296": luhn_len(9),  # Israeli teudat zehut
    "110105198503127839": china_id_ok,  # Chinese resident identity number
    "4831 6205 9735": my_number_ok,  # Japanese My Number
    "950814-2417393": rrn_ok,  # Korean resident registration number
    "2841 7360 9523": aadhaar_ok,  # Indian Aadhaar
    "248.571.936-55": cpf_ok,  # Brazilian CPF
    "86071428392": pesel_ok,  # Polish PESEL
    "193742585": bsn_ok,  # Dutch BSN
    "53829174C": dni_ok,  # Spanish DNI
}

# Every phone, its spaces, dashes, dots and brackets removed, must match one of these:
# ranges kept for fiction where the country has one, the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"(0|\+44)7700900\d{3}",  # UK mobile drama range
        r"(0|\+44)2079460\d{3}",  # London drama range
        r"(0|\+44)1314960\d{3}",  # Edinburgh drama range
        r"(\+1)?[2-9]\d\d55501\d\d",  # North America 555-0100 to 555-0199
        r"(0|\+61)491570\d{3}",  # Australian fictional mobiles
        r"(0|\+33)63998\d{4}",  # France, fiction range
        r"(0|\+49)3023125\d{3}",  # Germany, fiction ranges
        r"(0|\+49)4066969\d{3}",
        r"\+9715\d{8}",  # United Arab Emirates mobile
        r"1[3-9]\d{9}",  # China mobile
        r"0[789]0\d{8}",  # Japan mobile
        r"010\d{8}",  # South Korea mobile
        r"(\+91)?[6-9]\d{9}",  # India mobile
        r"\+3069\d{8}",  # Greece mobile
    )
]

WORD_NAME_LIST = (
    "Hope", "Faith", "Rose", "Mark", "Bill", "Will", "Grace", "Summer", "River", "Sky", "Joy",
    "Hunter", "Mason", "Chase", "Rich", "Pat", "Sunny", "Autumn", "June", "April", "Amber", "Ruby",
)  # fmt: skip
SCRIPT_RANGES = {  # script: (characters, least number of names written in it)
    "Cyrillic": ("\u0400-\u04ff", 4),
    "Greek": ("\u0370-\u03ff", 3),
    "Arabic": ("\u0600-\u06ff", 4),
    "Hebrew": ("\u0590-\u05ff", 3),
    "Han (Chinese and Japanese)": ("\u4e00-\u9fff", 8),
    "Korean": ("\uac00-\ud7af", 4),
    "Devanagari": ("\u0900-\u097f", 4),
}
STANDARD_CARD = re.compile(r"\d{4} \d{4} \d{4} \d{4}|\d{4} \d{6} \d{5}")
STANDARD_IBAN = re.compile(r"[A-Z]{2}\d\d( [A-Z0-9]{4})*( [A-Z0-9]{1,3})?")
FLAT = re.compile(
    r"\b(flat|apt|apartment|unit|room|whg|int|appt|lot|house|cottage|basement|floor|étage|\d+/f|\d+º)\b",
    re.IGNORECASE,
)


def values(texts: list[str], kind: str) -> list[str]:
    """The values of one type marked in ``texts``, in order."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_phones_and_values(pii: list[str]) -> None:
    """Phones in the listed layouts, IPs from documentation ranges, no documentation IBAN."""
    for marked in pii:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            compact = re.sub(r"[ \-().]", "", value)
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(compact) for p in PHONES):
                raise SystemExit(f"phone {value!r} outside the listed layouts")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            iban = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (iban in DOCUMENTATION_IBANS or not iban_ok(iban)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def check_hard_cases() -> None:
    """Each section holds the hard cases it claims to."""
    names = " ".join(values(WORD_NAMES, "PERSON"))
    for name in WORD_NAME_LIST:
        if not re.search(rf"(?<!\w){name}(?!\w)", names, re.IGNORECASE):
            raise SystemExit(f"word names: {name} never used as a name")
    if any(" " in v for v in values(SURNAMES, "PERSON")):
        raise SystemExit("surnames: a name with a first name")
    names = values(PARTICLES, "PERSON")
    for particle in (" van der ", " de la ", " bin ", " al-"):
        if not any(particle in f" {v}" for v in names):
            raise SystemExit(f"particles: no name with {particle.strip()!r}")
    if sum("-" in v for v in names) < 6 or sum("'" in v for v in names) < 5:
        raise SystemExit("particles: too few hyphenated or apostrophe names")
    names = values(SCRIPTS, "PERSON")
    for script, (chars, least) in SCRIPT_RANGES.items():
        if sum(bool(re.search(f"[{chars}]", v)) for v in names) < least:
            raise SystemExit(f"scripts: fewer than {least} names in {script}")
    secrets = values(SECRETS, "PASSWORD")
    phrases = [v for v in secrets if re.fullmatch(r"[a-z]+([ -][a-z]+){2,3}", v)]
    codes = [v for v in secrets if re.fullmatch(r"[\d #-]+", v)]
    if len(phrases) < 6 or len(codes) < 12:
        raise SystemExit(f"secrets: {len(phrases)} passphrases, {len(codes)} codes")
    bare_phones = [v for v in values(NUMBERS, "PHONE_NUMBER") if re.fullmatch(r"\+?\d+", v)]
    if len(bare_phones) < 12:
        raise SystemExit("numbers: too few phones without separators")
    for card in values(NUMBERS, "CREDIT_CARD"):
        if STANDARD_CARD.fullmatch(card):
            raise SystemExit(f"numbers: card {card!r} in its usual grouping")
    for iban in values(NUMBERS, "IBAN_CODE"):
        if STANDARD_IBAN.fullmatch(iban):
            raise SystemExit(f"numbers: IBAN {iban!r} in its usual grouping")
    addresses = values(ADDRESSES, "STREET_ADDRESS")
    if sum(bool(FLAT.search(a)) for a in addresses) < 20:
        raise SystemExit("addresses: too few with a flat, unit, room or floor")
    plain = " ".join(CLEAN_WORDS).lower()
    for word in ("hope", "grace", "will", "summer", "rich", "mark"):
        if not re.search(rf"\b{word}\b", plain):
            raise SystemExit(f"clean words: no {word!r}")
    for place in ("Martin Luther King Jr Blvd", "Rockefeller Center"):
        if not any(place in t for t in CLEAN_PLACES):
            raise SystemExit(f"clean places: no {place}")
    if any(sum(c.isdigit() for c in t) < 4 for t in CLEAN_NUMBERS):
        raise SystemExit("clean numbers: a text with few digits")


def main() -> None:
    sections = {
        "word names": (WORD_NAMES, 40),
        "surnames": (SURNAMES, 15),
        "particles": (PARTICLES, 20),
        "scripts": (SCRIPTS, 30),
        "secrets": (SECRETS, 40),
        "numbers": (NUMBERS, 40),
        "addresses": (ADDRESSES, 35),
        "clean words": (CLEAN_WORDS, 25),
        "clean numbers": (CLEAN_NUMBERS, 25),
        "clean placeholders": (CLEAN_PLACEHOLDERS, 15),
        "clean public": (CLEAN_PUBLIC, 20),
        "clean places": (CLEAN_PLACES, 15),
    }
    pii_sections = {
        "word names",
        "surnames",
        "particles",
        "scripts",
        "secrets",
        "numbers",
        "addresses",
    }
    pii = [t for key, (items, _) in sections.items() if key in pii_sections for t in items]
    clean = [t for key, (items, _) in sections.items() if key not in pii_sections for t in items]
    for key, (items, _) in sections.items():
        if key in pii_sections:
            check_counts(key, items, WORDS, (1, 8))
    for text in clean:
        if not WORDS[0] <= word_count(text) <= WORDS[1]:
            raise SystemExit(f"clean: {word_count(text)} words in {text[:60]!r}")
        if strip_marks(text)[1]:
            raise SystemExit(f"clean: a mark in {text[:60]!r}")
    check_hard_cases()
    check_national_ids(pii, NATIONAL_IDS)
    check_phones_and_values(pii)
    build_sections(
        "blind69", HERE, sections, pii_sections,
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=ADDRESSES, lower_chat=LOWER_ADDRESSES, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
