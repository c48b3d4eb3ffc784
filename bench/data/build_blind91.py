# ruff: noqa: E501
"""A ninety-first blind privacy set: 220 texts with personal data and 100 clean ones, with
the weight on IT help desks and developers.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py`` (not its texts), never the detector, its rules, docs, tests or any
other set's texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations); a scratch script only computed
check digits for numbers the writer chose:

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise, most of them from IT help-desk
  staff and developers: account unlocks and password resets, tickets, auth and firewall
  log lines, ``.env``, YAML, SQL and curl snippets naming colleagues, leaked tokens,
  onboarding and offboarding; the rest about family, health, money, travel, school and
  home. The first 30 (a quarter) are typed all in lower case, the next 6 are in Spanish,
  French, German, Brazilian Portuguese, Italian and Polish, the rest English with
  capitals. Names of many origins: first names alone, surnames after titles, lower-case
  names, non-English letters, names that are ordinary words (Fern, Hope) and names in
  Hangul, Greek, Cyrillic and Han script. Passwords, passphrases, PINs, door, gate, alarm
  and locker codes, a Wi-Fi key; phones with and without separators, e-mails, usernames,
  employee, patient, policy, customer and account numbers, national ids, cards, IBANs, one
  SSN, IPv4 and IPv6 addresses, API keys and tokens; addresses in the UK, Belgium, France,
  Germany, Spain, Brazil, Japan, New Zealand, Australia, Canada, the US, South Africa and
  one US military APO address.
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one
  invented person each with one to four values besides the name: mostly short profile and
  contact lines with labelled fields, and form rows, JSON fragments, log lines, bank, HR,
  payroll, insurance and clinical lines, a reference letter, one military FPO address and
  names in Arabic, Greek, Cyrillic, Hangul and Han script; national ids of some
  twenty-five countries.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (writing,
  reasoning, coding, role-play, STEM; some name historical figures or fictional
  characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items
  with options A to D (some naming historical figures) and 25 patient-style health
  questions naming no one.

Labels: only direct identifiers. Usernames and logins, account, customer, member,
employee, student, patient and policy numbers, passports, licences, national and tax ids
are ID_NUMBER; PINs, door, gate, alarm and locker codes, Wi-Fi keys and passphrases are
PASSWORD; titles, ranks and relation words (Mr, Ms, Dr, Nurse, SPC, LCpl, my sister) stay
outside PERSON spans; an address span runs from the street line through the postcode and
city as typed; public figures, fictional characters, pets, brands, places, order, ticket
and invoice numbers and dates of birth are not labelled; every occurrence of a private
value is marked.

All values are invented: phones from ranges kept for fiction where the country has one
(UK 07700 900, 020 7946 0, 0113/0131/0161 496 0; North America 555-01xx; Australia
0491 570) and in each country's own layout elsewhere; cards Luhn-valid and not well-known
test numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits (the
``NATIONAL_IDS`` table below).

Run ``.venv/bin/python bench/data/build_blind91.py`` from the repository root; the output is
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
SYNTH_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sr|Sra|Herr|Frau|Mme|SPC|LCpl|Sgt|Capt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 English with capitals.
CHAT = [
    # all lower case
    "can you write a short note to [[PERSON|oluwaseun adeyemi]] in accounts saying her vpn login [[ID_NUMBER|oadeyemi2]] is unlocked now and the temp password is [[PASSWORD|marble-kite-4471]]; she has to change it at first sign-in",
    "reset request from [[PERSON|kenji moriyama]], employee no [[ID_NUMBER|e-40718]], locked out of outlook after three tries. his backup mobile is [[PHONE_NUMBER|07700 900384]]. what do i text him so he knows it's really the helpdesk?",
    "my wifi password is [[PASSWORD|sunflowerlatte92]] and the router admin pin is [[PASSWORD|660913]], help me write a little card for the babysitter so she can get online",
    "summarise this log line for my lead: failed ssh login for user [[ID_NUMBER|dvasquez]] from [[IP_ADDRESS|203.0.113.57]] at 02:14, 9 attempts, account [[ID_NUMBER|dvasquez]] now locked",
    "pls draft a reply to [[PERSON|marguerite okafor]]: her new laptop is ready at the it desk, she needs her badge and the one-time code [[PASSWORD|830514]] to enroll. cc [[PERSON|tomás rivera]] at [[EMAIL_ADDRESS|t.rivera@fenwoodlogistics.com]]",
    "translate to spanish for my mum: the gate code at [[STREET_ADDRESS|41 harrow lane, leeds ls6 2qt]] is [[PASSWORD|7193]] and the spare key is under the blue pot by the shed",
    "what should i tell [[PERSON|aarav]] from finance? he keeps sharing his login [[ID_NUMBER|aarav.k]] and password [[PASSWORD|budget!2024q3]] in the team chat when someone asks for the report",
    "need a polite email to the landlord mr. [[PERSON|hollis]], the boiler at [[STREET_ADDRESS|flat 3, 27 cranmore road, manchester m20 6ha]] has been off since tuesday, my number is [[PHONE_NUMBER|0161 496 0728]]",
    "work out how much [[PERSON|ines]] owes me, i paid 84.60 for the concert tickets and she paid 31 for dinner. she can send it to my paypal [[EMAIL_ADDRESS|lena.brandt88@mailbox.org]]",
    "docker compose keeps failing. env has db_user=[[ID_NUMBER|svc_rkhan]] and db_pass=[[PASSWORD|q7t!vm29xlop]], the db belongs to [[PERSON|rashid khan]] on our team. why would it say auth failed?",
    "my son [[PERSON|mateo]] forgot his school portal login again, username [[ID_NUMBER|mgarcia2031]]. can you help me write a note to his teacher ms. [[PERSON|fairbanks]] asking for a reset",
    "write a sick note for work: i'm [[PERSON|hannah lindqvist]], staff id [[ID_NUMBER|hl-55208]], off today and tomorrow with a migraine, reach me on [[PHONE_NUMBER|+46 70 318 42 96]] if anything is urgent",
    "github action fails with bad credentials. i pasted the token [[API_KEY|ghp_4vxm0q2nz8tyd1kw7sepl9ca3rjuf5hbg6oi]] into secrets, it's from [[PERSON|beatriz]]'s account. what am i missing?",
    "help me plan a surprise for my wife [[PERSON|noor]]'s 40th, her sister [[PERSON|yasmin haddad]] is flying in from dubai, her number is [[PHONE_NUMBER|+971 50 418 2736]]",
    "how do i tell my manager [[PERSON|dale whitcombe]] that the shared admin password [[PASSWORD|fenwick!admin77]] is on a sticky note on his monitor without sounding rude",
    "fix my sql: select * from users where email = '[[EMAIL_ADDRESS|g.mbeki@ravenstone.co.za]]' and id = [[ID_NUMBER|48213]]; it returns nothing for [[PERSON|gugu mbeki]] but she is definitely in the table",
    "my bank card [[CREDIT_CARD|4539 7182 0364 5519]] got declined at the pharmacy twice today, what should i say when i ring the bank",
    "write a birthday message for grandpa [[PERSON|wiremu]] and remind the cousins to post cards to [[STREET_ADDRESS|14 kowhai street, rotorua 3010]] by friday",
    "ticket 88412: user [[PERSON|svetlana orlova]] ([[EMAIL_ADDRESS|s.orlova@kestrelbio.eu]]) cannot open the mfa app after switching phones. new number [[PHONE_NUMBER|+49 171 3924806]]. draft the steps for her",
    "rate my passphrase: [[PASSWORD|teacup orbit gravel 19]]",
    "can you reword this handover note: [[PERSON|li wei]] covers the night shift, pager [[PHONE_NUMBER|0113 496 0154]], the server room door code is [[PASSWORD|49271]], call him before touching the ups",
    "my nhs number is [[ID_NUMBER|721 604 3855]], i need to write to the surgery to move my appointment with dr [[PERSON|achterberg]] to next week",
    "please draft a message to [[PERSON|paddy o'rourke]]: your new ad account is [[ID_NUMBER|porourke]], temporary password [[PASSWORD|slate-harbour-62]], it expires in 24h",
    "split 1,260 rent three ways and write a text to [[PERSON|chiara]] and [[PERSON|femi]] with my account number [[ID_NUMBER|53819024]] so they can pay me",
    "is it ok that our intranet shows my home address [[STREET_ADDRESS|8 rue des tanneurs, 67000 strasbourg]] to every employee? my login is [[ID_NUMBER|cmuller]]",
    "remind me what to pack for the cappadocia trip with [[PERSON|zeynep]] and [[PERSON|emre]], the guesthouse owner's phone is [[PHONE_NUMBER|+90 532 418 76 09]]",
    "write a short python snippet that masks emails like [[EMAIL_ADDRESS|rohan.iyer@brightmillsoft.in]] in our logs. that one is my colleague [[PERSON|rohan iyer]]'s",
    "my ssn is [[US_SSN|518-37-2946]], the tax office letter asks for it and my date of birth, how do i fill in box 3",
    "turn this into a polite slack message: hey [[PERSON|bo-ra]], your jira api token [[API_KEY|atatt3xffgf0q8m2wzk5n7ytr1vbd4ejc9hu6l]] is in the public repo, rotate it asap",
    "how many vacation days do i have left if i started on 12 march and get 25 a year? hr portal login [[ID_NUMBER|aszabo_hr]], name [[PERSON|anikó szabó]]",
    # other languages
    "¿Puedes escribir un correo a [[PERSON|Rocío Benítez]] para decirle que su usuario [[ID_NUMBER|rbenitez]] ya está desbloqueado y que la contraseña temporal es [[PASSWORD|Ventana#5831]]? Su móvil es [[PHONE_NUMBER|+34 612 487 390]].",
    "Peux-tu traduire en anglais : « Bonjour [[PERSON|Thibault]], ton nouveau badge est prêt. Le code de la porte du local serveur est [[PASSWORD|318476]]. Mon numéro : [[PHONE_NUMBER|+33 6 41 27 93 58]]. » Merci !",
    "Kannst du diese Nachricht an [[PERSON|Jürgen Vosskamp]] kürzer formulieren? Sein VPN-Zugang [[ID_NUMBER|jvosskamp]] wurde gesperrt, weil sich jemand von [[IP_ADDRESS|198.51.100.23]] aus angemeldet hat. Neue Rufnummer: [[PHONE_NUMBER|+49 30 4172 9386]].",
    "Me ajuda a responder o RH? Preciso mandar meu CPF [[ID_NUMBER|614.207.853-62]] e meu endereço [[STREET_ADDRESS|Rua Padre Anchieta, 412, apto 71, 80410-030 Curitiba]] para a [[PERSON|Luana Figueiredo]] até sexta.",
    "Puoi scrivere una mail all'ufficio paghe? Il codice fiscale di [[PERSON|Paolo Galante]] è [[ID_NUMBER|GLNPLA79T09F839S]], ma nel cedolino risulta sbagliato. Il suo IBAN corretto è [[IBAN_CODE|IT08 K030 6911 8840 0000 4627 315]].",
    "Napisz proszę krótką wiadomość do [[PERSON|Agnieszki Wójcik]], że jej hasło do poczty [[PASSWORD|Lipa!Mazury27]] wygasło i musi je zmienić. Jej login to [[ID_NUMBER|awojcik]].",
    # English with capitals
    "Draft a ticket update: [[PERSON|Priyanka Deshmukh]] confirmed her identity with employee ID [[ID_NUMBER|EMP-20417]]. MFA reset done, new recovery number [[PHONE_NUMBER|+91 98452 31706]]. Close the ticket after she confirms.",
    "Can you explain this auth log to me? 'Accepted publickey for [[ID_NUMBER|hwilkinson]] from [[IP_ADDRESS|192.0.2.148]] port 52211'. [[PERSON|Harriet Wilkinson]] says she was asleep at that time.",
    "Write a handover for the weekend on-call: primary is [[PERSON|Mohammed Al-Rashidi]] ([[PHONE_NUMBER|07700 900517]]), backup is [[PERSON|Fern]] ([[PHONE_NUMBER|07700900642]]). Escalate P1s to [[PERSON|Ingrid]] after 30 minutes.",
    "Here's my .env, can you tell me why Stripe rejects it? STRIPE_SECRET=[[API_KEY|sk_live_51Hq8ZtVwX3nR7mK2pLd9sYb4]] OWNER=[[PERSON|Callum Reid]] ADMIN_EMAIL=[[EMAIL_ADDRESS|callum.reid@tidewaterhq.com]]",
    "Please rewrite this so it sounds less angry: '[[PERSON|Dominik]], for the third time, do not share your account [[ID_NUMBER|dnowakowski]] with the interns.'",
    "How do I reset the AD password for [[ID_NUMBER|CORP\\mjanssens]] in PowerShell? [[PERSON|Marieke Janssens]] is on leave and her manager needs her mailbox today.",
    "My sister [[PERSON|Aoife]] wants to set up a direct debit for our mum's care home. Her IBAN is [[IBAN_CODE|IE17 BOFI 9000 1738 4562 19]]. Can you write the email to the home manager, Mrs [[PERSON|Dunleavy]]?",
    "Translate into Japanese for my host family: my name is [[PERSON|Ethan Kowalczyk]], I arrive on the 14th, my mobile is [[PHONE_NUMBER|+1 604 555 0119]]. Their address is [[STREET_ADDRESS|3-12-8 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]].",
    "Summarise this incident for the CTO: at 03:40 the service account of [[PERSON|Anil Subramaniam]] ([[ID_NUMBER|asubramaniam-svc]]) pulled 2 GB from the HR share via [[IP_ADDRESS|198.51.100.201]]. His laptop was at home. The password has been rotated.",
    "I'm [[PERSON|Beatrix Holm]], patient number [[ID_NUMBER|PT-0093127]]. Help me write to the clinic asking why my blood test results still aren't on the portal.",
    "Config review please, does this look safe?\nsmtp:\n  user: [[EMAIL_ADDRESS|n.oduya@quillbyte.io]]\n  pass: [[PASSWORD|Kp9#vLr2!eWq]]\n# owner: [[PERSON|Nkechi Oduya]]",
    "Write a friendly reminder to [[PERSON|Gustavo]] that the team Wi-Fi key changed to [[PASSWORD|BlueHeron-Tuesday-81]] and he should forget the old network on his phone.",
    "Can you calculate my take-home pay? Salary 54,300, I live in Ontario. Payroll has my SIN as [[ID_NUMBER|718 294 366]], was it OK that I sent that by email?",
    "Help me reply to a phishing test: it asked for my username [[ID_NUMBER|kbergstrom]] and my PIN [[PASSWORD|0392]]. I typed both in before I noticed. What now?",
    "Our new hire [[PERSON|Thandiwe Mokoena]] starts Monday. Make a checklist: laptop, badge, account [[ID_NUMBER|tmokoena]], email [[EMAIL_ADDRESS|thandiwe.mokoena@graniteleaf.co.za]] and a desk phone.",
    "What's wrong with this? curl -u [[ID_NUMBER|ops_lkarimi]]:[[PASSWORD|N0rthStar!22]] https://ci.internal/api/builds returns 401. It's [[PERSON|Leyla Karimi]]'s login and it worked yesterday.",
    "Please draft a short letter to my insurer: policy number [[ID_NUMBER|HX-4471-0928]], insured [[PERSON|Gareth Pryce]], the burst pipe at [[STREET_ADDRESS|19 Heol y Nant, Cardiff CF14 6LP]] happened on Friday night.",
    "My daughter [[PERSON|Saoirse]] has a nut allergy. Write a note for the school trip with my mobile [[PHONE_NUMBER|07700 900261]] and how to use her EpiPen.",
    "How should I store API keys for the team? Right now [[PERSON|Vikram]] has [[API_KEY|AKIAQ7R4ZKM2XW9TB3LN]] hard-coded in deploy.sh with the secret [[API_KEY|wJ8kPz2qR5vTn0LmXs4YdB7cHe1Fg6UaIo3NrQ9t]] right under it.",
    "Rewrite this as bullet points: Employee [[PERSON|Olamide Bankole]], ID [[ID_NUMBER|HR-70329]], requests read access to payroll reports. Approved by Ms [[PERSON|Ferreira-Lang]].",
    "My two kids share the tablet. [[PERSON|Lucas]] uses [[ID_NUMBER|lucasdino15]] and [[PERSON|Amélie]] uses [[ID_NUMBER|amelie.moon]], both with the PIN [[PASSWORD|7306]]. Set up screen-time rules for them.",
    "Write an out-of-office: I'm away until 3 June. For urgent access requests contact [[PERSON|Rutendo Chikwanha]] at [[EMAIL_ADDRESS|r.chikwanha@lumenfield.org]] or [[PHONE_NUMBER|020 7946 0318]].",
    "Fix this regex so it catches both formats: [[PHONE_NUMBER|(312) 555-0177]] and [[PHONE_NUMBER|312.555.0124]]. They're both from our customer [[PERSON|Delphine Aucoin]]'s record.",
    "I think my account got hacked. Someone logged in as [[ID_NUMBER|mei.tanaka]] from [[IP_ADDRESS|2001:db8:4a1f::72]] and removed my recovery address [[EMAIL_ADDRESS|mei.t.home@kumomail.jp]]. What do I do first? Thanks, [[PERSON|Mei]]",
    "Draft a Slack post: the staging DB password changes tonight from [[PASSWORD|staging-Orca-2291]] to a vault reference. Owner [[PERSON|Hamish McAllister]], backup [[PERSON|Yuki Saitō]].",
    "Help me answer this reference request about my former employee [[PERSON|Bilal Chaudhry]]. He was with us four years; his employee number was [[ID_NUMBER|40-1187]].",
    "Can you check my maths? I owe [[PERSON|Esperanza]] 3 months at 420 plus a 60 late fee, and I want to pay it all from card [[CREDIT_CARD|5412 8830 1976 4208]]. What's the total?",
    "Explain this error: 'LDAP bind failed for uid=[[ID_NUMBER|pkaur]],ou=staff,dc=northgate,dc=local'. [[PERSON|Parminder Kaur]] changed her password yesterday to [[PASSWORD|Tulip*River*09]].",
    "Please translate into Korean for my coworker [[PERSON|김서연]]: your laptop is fixed, pick it up from desk 4B; your temporary Windows PIN is [[PASSWORD|582047]].",
    "Write a thank-you card to Dr [[PERSON|Ravindranath]] and Nurse [[PERSON|Okonkwo]] for looking after my father [[PERSON|Desmond Achebe]] on ward 7 last month.",
    "Our CRM export has this row, is it GDPR-safe to email it? [[PERSON|Lotte Vandenberghe]]; [[EMAIL_ADDRESS|lotte.vdb@telenetpost.be]]; [[PHONE_NUMBER|+32 478 21 93 56]]; [[STREET_ADDRESS|Kortrijksesteenweg 214, 9000 Gent]]",
    "Help me write a text to my landlord [[PERSON|Abebe Tesfaye]]: I transferred the deposit to [[IBAN_CODE|DE28 5001 0517 0648 2931 77]] yesterday, please confirm it arrived.",
    "I'm setting up a password manager for my parents. Dad's email is [[EMAIL_ADDRESS|hugh.blackwood54@talkmail.co.uk]] and his password for everything is [[PASSWORD|Labrador1962]]. Where do I start?",
    "Write a commit message for removing [[PERSON|Oksana Petrenko]]'s hard-coded token [[API_KEY|glpat-Xq3vR8mT1zLw6NkPbY2d]] from settings.py.",
    "Who should get admin on the new Jenkins? Candidates: [[PERSON|Ravi]] ([[ID_NUMBER|rsharma]]), [[PERSON|Colette]] ([[ID_NUMBER|cbrennan]]) and [[PERSON|Jun]] ([[ID_NUMBER|jli]]). Write short pros and cons.",
    "Plan a 5-day Lisbon trip for me and [[PERSON|Afonso]]. The hotel confirmation will go to [[EMAIL_ADDRESS|afonso.reis@sapomail.pt]], so keep the bookings under his name.",
    "Can you make this onboarding email warmer? 'Hi [[PERSON|Eleni]], your username is [[ID_NUMBER|epapadopoulou]] and your first-login password is [[PASSWORD|Olive-Tree-7734]].'",
    "Write a message in plain English for my colleague [[PERSON|Ελένη Παππά]] explaining that the VPN certificate on her laptop expires on Friday.",
    "I need to file an expense claim. Card used: [[CREDIT_CARD|3714 629301 88506]], cardholder Dr [[PERSON|Imogen Thackeray]]. Which receipts do I need?",
    "My building society account [[ID_NUMBER|00418826]] shows a payment I don't recognise. Write a complaint letter from me, [[PERSON|Wendell Osei]].",
    "Summarise this for the patient's GP: [[PERSON|Ahmad Rahimi]], DOB 17/05/1984, MRN [[ID_NUMBER|7730215]], reviewed in clinic, BP improved, continue ramipril 5 mg.",
    "My Medicare card number is [[ID_NUMBER|2953 81747 1]] and I moved to [[STREET_ADDRESS|22 Banksia Crescent, Toowoomba QLD 4350]]. Write a short change-of-address request.",
    "Is this legit? 'Hi, it's [[PERSON|Kwabena]] from IT. Please confirm your password so I can migrate your mailbox.' My login is [[ID_NUMBER|fhutchins]] and I haven't replied.",
    "Help me write a reference for our au pair [[PERSON|Camila Restrepo]]; families can call me on [[PHONE_NUMBER|(503) 555-0161]] if they have questions.",
    "What's the safest way to send [[PERSON|Tobias]] his new door code [[PASSWORD|18479]] for the office at [[STREET_ADDRESS|Torstraße 118, 10119 Berlin]]?",
    "Volunteer contacts for Saturday, can you turn them into a table? [[PERSON|Adaeze]] - [[PHONE_NUMBER|+234 803 517 2946]]; [[PERSON|Kofi]] - [[PHONE_NUMBER|+233 24 781 3059]]; [[PERSON|Mariam]] - [[PHONE_NUMBER|+254 722 604 318]].",
    "My Aadhaar [[ID_NUMBER|5827 3916 0448]] is linked to an old number. Draft a request to update it to [[PHONE_NUMBER|+91 87654 20913]].",
    "Write a security awareness example from last week's case, anonymised first: [[PERSON|Gordon Mackie]] clicked a link and entered [[ID_NUMBER|gmackie]] / [[PASSWORD|Thistle#2019]].",
    "Mnemonic for my locker code [[PASSWORD|24-07-31]]?",
    "Format this for a shipping label: [[PERSON|Rhiannon Lloyd-Evans]], [[STREET_ADDRESS|Apt 5B, 770 Larkspur Ave, Portland, OR 97214]], [[PHONE_NUMBER|503-555-0193]].",
    "My nephew [[PERSON|Jordan Whitfield]] is deployed. Help me write him a letter and address the envelope: SPC [[PERSON|Jordan Whitfield]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278-2050]].",
    "Our pen test found [[PERSON|Ilse Vermeulen]]'s password [[PASSWORD|Vermeulen2023]] in a breach list. Write the notification email to her.",
    "Can you draft the e-mail to [[PERSON|Sipho]] confirming his payroll bank change? New IBAN [[IBAN_CODE|GB33 MIDL 4005 1572 8390 16]], effective next month.",
    "My flatmate [[PERSON|Kacper Zieliński]] asked me to fill in his rental form. His PESEL is [[ID_NUMBER|93072418365]] and phone [[PHONE_NUMBER|+48 512 308 476]]. Which fields go where?",
    "Write a LinkedIn recommendation for [[PERSON|Hope Carrington]], who ran our service desk for three years and hopes to move into security.",
    "Please explain these firewall logs: DENY [[IP_ADDRESS|203.0.113.94]] -> vpn-gw:443 user=[[ID_NUMBER|akovacs]] (x42). Is [[PERSON|Attila Kovács]] being brute-forced?",
    "Need help wording a password-reset email for [[PERSON|Hiroshi Endo]]. His temporary password is [[PASSWORD|Sakura!Bridge!40]] and his username stays [[ID_NUMBER|h.endo]].",
    "How much should I tip the movers? Also write them a note with my new address [[STREET_ADDRESS|2150 Rue Saint-Denis, Apt 4, Montréal, QC H2X 3K8]] and my number [[PHONE_NUMBER|514-555-0108]].",
    "Can you summarise the call notes? Caller [[PERSON|Bettina Schröder]], customer number [[ID_NUMBER|KD-9918274]], wants her router reset; the device PIN on the sticker is [[PASSWORD|93750286]].",
    "Write a short cover letter: I'm [[PERSON|Faisal Al-Harbi]], a junior DevOps engineer; reach me at [[EMAIL_ADDRESS|faisal.alharbi.dev@gmail.com]] or [[PHONE_NUMBER|+966 55 318 4702]].",
    'Our Terraform state leaked this: db_admin_password = "[[PASSWORD|pg-Adm1n-Rotate-Me]]" and created_by = "[[PERSON|Sigrid Halvorsen]]". How do I purge it from git history?',
    "Make this paragraph clearer: the SFTP account [[ID_NUMBER|vendor_ashworth]] was set up by [[PERSON|Clive Ashworth]] and its private key still sits in his home directory.",
    "Help me plan meals for my dad [[PERSON|Rajesh]], who was just diagnosed with type 2 diabetes. His dietitian is Ms [[PERSON|Oyelaran]] and she wants fewer refined carbs.",
    "Please write a note for the cat sitter: door code [[PASSWORD|3318]], alarm code [[PASSWORD|90442]], my mobile [[PHONE_NUMBER|0491 570 238]], the vet is on Elm Street.",
    "I got a letter saying my tax file number [[ID_NUMBER|617 392 480]] was used by someone else. Draft a reply to the ATO.",
    "Can you write a Python function that validates employee IDs like [[ID_NUMBER|ZX-40917-B]]? That one is [[PERSON|Marisol]]'s, so don't put it in the tests.",
    "Unlock [[PERSON|Ayodele]]'s account [[ID_NUMBER|afashola]] please.",
    "What do I say to my bank? Someone used my card [[CREDIT_CARD|4917 6205 8314 9272]] at a petrol station in Reading, and my online banking username [[ID_NUMBER|yolanda_m78]] got a login alert.",
    "Draft a reply to a tenant: 'Dear Mr [[PERSON|Van der Merwe]], the new fob for [[STREET_ADDRESS|Unit 9, 33 Loop Street, Cape Town 8001]] is ready and the lobby code is [[PASSWORD|5527]].'",
    "My username on the hospital portal is [[ID_NUMBER|l.ferreira.pt]] and my patient ID is [[ID_NUMBER|HSJ-402881]]. How do I download my MRI report?",
    "Help me reply to my landlord in Seoul; his name is [[PERSON|박준호]] and his number is [[PHONE_NUMBER|010-4827-3916]]. I want to say the heater is broken.",
    "Translate this into Russian for the new contractor [[PERSON|Дмитрий Волков]]: your badge is ready, your account is [[ID_NUMBER|dvolkov]], password [[PASSWORD|Granit-Neva-58]].",
    "Write a message to [[PERSON|陈志远]] in simple English asking him to re-send the signed NDA to me at [[EMAIL_ADDRESS|m.quigley@ashbournepartners.com]].",
    "Our SIEM flagged logins for [[ID_NUMBER|rmcintyre]] from [[IP_ADDRESS|198.51.100.77]] and [[IP_ADDRESS|2001:db8:9c0::15]] ten minutes apart. Write the alert summary for [[PERSON|Rona McIntyre]]'s manager.",
    "Summarise this ticket thread in three lines for the weekly report. Monday: [[PERSON|Matthias Egger]] reported that his laptop would not join the Wi-Fi after the OS update. Tuesday: [[PERSON|Nomsa]] from desktop support reimaged it and re-enrolled the certificate under his account [[ID_NUMBER|megger]]. Wednesday: he could connect but Outlook kept asking for a password, so we reset it and texted the temporary one, [[PASSWORD|Alpine-Crossing-305]], to his phone [[PHONE_NUMBER|+41 79 482 16 37]]. Thursday: he confirmed everything works and asked us to close it.",
    'Please check this YAML: on_call: [[PERSON|Shreya Venkatesh]], phone: "[[PHONE_NUMBER|+1 408 555 0152]]", pager_key: [[API_KEY|pd_u7Hk2Qx9LmR4tVz1Wc8N]]',
    "Help me ask HR about my payslip. Employee [[ID_NUMBER|00731845]], [[PERSON|Deirdre Fallon]]. The tax code changed and I lost 140 this month.",
    "Write simple instructions for my neighbour Mr [[PERSON|Pemberton]] to log in to his email: address [[EMAIL_ADDRESS|r.pemberton@vmmail.co.uk]], password [[PASSWORD|Marmalade&Tea22]].",
    "Make an offboarding checklist for [[PERSON|Quentin Lefebvre]]: disable [[ID_NUMBER|qlefebvre]], wipe his laptop and hand his shared drive over to [[PERSON|Margaux]].",
    "How should I answer when a caller asks for my card's CVV? The card is [[CREDIT_CARD|5229 0471 6385 2036]], in the name of [[PERSON|Ewa Lindgren]].",
    "Write a short note to our accountant [[PERSON|Percival Okoro]] with my Unique Taxpayer Reference [[ID_NUMBER|83917 40265]] and ask when the return is due.",
    "I need a Bash one-liner to grep every line mentioning [[EMAIL_ADDRESS|k.nakamura@orbitalis.jp]] in /var/log/mail.log. [[PERSON|Keiko Nakamura]] says her mail keeps vanishing.",
    "Can we afford the flat at [[STREET_ADDRESS|Calle de Toledo 87, 3º B, 28005 Madrid]] at 1,150 a month? I earn 2,400 and my partner [[PERSON|Íñigo]] earns 1,900.",
    "Write a short reminder to [[PERSON|Marcus Feldt]] that his Okta login [[EMAIL_ADDRESS|marcus.feldt@brightquarry.com]] is suspended on Friday unless he enrols a new factor.",
]

# 100 records in the style of synthetic PII benchmark datasets: one person each.
SYNTH = [
    "Name: [[PERSON|Teodora Vasilescu]] | Email: [[EMAIL_ADDRESS|teodora.vasilescu@postaro.ro]] | Phone: [[PHONE_NUMBER|+40 723 418 596]]",
    "Full name: [[PERSON|Kwame Asante-Boateng]]; Username: [[ID_NUMBER|kasanteb]]; Password: [[PASSWORD|Ashanti#Gold55]]",
    '{"name": "[[PERSON|Ingeborg Nilsen]]", "email": "[[EMAIL_ADDRESS|ingeborg.nilsen@fjordpost.no]]", "iban": "[[IBAN_CODE|NO56 1503 8274 916]]"}',
    "[[PERSON|Ramón Quintero]] lives at [[STREET_ADDRESS|Avenida Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]] and can be reached at [[PHONE_NUMBER|+52 55 4127 8039]].",
    "Employee: [[PERSON|Fiona Gallagher-Reyes]], Employee ID: [[ID_NUMBER|E0047291]], Department: Logistics",
    "Patient [[PERSON|Haruto Kimura]], My Number [[ID_NUMBER|7302 8419 5360]], tel. [[PHONE_NUMBER|090-3851-7264]]",
    '2024-03-11T08:22:41Z login ok user=[[ID_NUMBER|nadia.haddad]] ip=[[IP_ADDRESS|192.0.2.31]] name="[[PERSON|Nadia Haddad]]"',
    "Card holder: [[PERSON|Sebastián Ortega]]  Card: [[CREDIT_CARD|6011 4827 3019 5561]]  Exp: 09/27",
    "[[PERSON|Moana Tuilagi]], [[STREET_ADDRESS|48 Queen Street, Onehunga, Auckland 1061]], NHI [[ID_NUMBER|ZKP3823]]",
    "Contact: [[PERSON|Per-Olof Sandberg]] <[[EMAIL_ADDRESS|perolof.s@sydmail.se]]>, personnummer [[ID_NUMBER|910417-2383]]",
    "Profile: [[PERSON|Amara Nwosu]], 34, nurse, [[EMAIL_ADDRESS|amara.nwosu@carelinkmail.ng]], [[PHONE_NUMBER|+234 806 214 7395]]",
    "Insured: [[PERSON|Marta Verdini]] | Policy no. [[ID_NUMBER|RCA-5502-1178]] | Codice fiscale [[ID_NUMBER|VRDMRT88C52L219X]]",
    "الاسم: [[PERSON|سارة المنصوري]]، الهاتف: [[PHONE_NUMBER|+971 55 284 6190]]",
    "Όνομα: [[PERSON|Γιώργος Παπαδάκης]], email: [[EMAIL_ADDRESS|g.papadakis@hellasnet.gr]]",
    "ФИО: [[PERSON|Анна Сергеевна Кузнецова]], тел. [[PHONE_NUMBER|+7 916 482-37-15]], логин [[ID_NUMBER|a.kuznetsova]]",
    "이름: [[PERSON|이지은]] / 주민등록번호: [[ID_NUMBER|950603-2705194]] / 연락처: [[PHONE_NUMBER|010-7391-2846]]",
    "姓名：[[PERSON|刘建国]] 身份证号：[[ID_NUMBER|510107199208142739]] 手机：[[PHONE_NUMBER|138 2047 9165]]",
    "Payroll: [[PERSON|Derya Aksoy]], TC Kimlik No [[ID_NUMBER|38274195672]], net pay 41.250 TL, bank ref on file",
    "Account holder [[PERSON|Olivia Brandão]], IBAN [[IBAN_CODE|PT24 0035 0651 0004 7281 9365 2]], NIF [[ID_NUMBER|246 813 571]]",
    "[[PERSON|Noah Eriksen]] — mobile [[PHONE_NUMBER|+45 28 41 73 96]], email [[EMAIL_ADDRESS|noah.eriksen@postdk.dk]]",
    "Clinical note: [[PERSON|Gwendolyn Price]], NHS no. [[ID_NUMBER|615 287 0496]], reviewed for asthma; inhaler technique good.",
    "User record: id=[[ID_NUMBER|u-882041]], name=[[PERSON|Tariq Jamil]], email=[[EMAIL_ADDRESS|tariq.jamil@northbeam.pk]]",
    "Address: [[STREET_ADDRESS|Keizersgracht 412-II, 1016 GC Amsterdam]] — Resident: [[PERSON|Sanne de Boer]] — BSN [[ID_NUMBER|184730259]]",
    "[[PERSON|Chiara Lombardo]], [[STREET_ADDRESS|Via Garibaldi 27, 10122 Torino]], cell. [[PHONE_NUMBER|+39 347 218 5039]]",
    "Login: [[ID_NUMBER|wnjoroge]] | Name: [[PERSON|Wanjiru Njoroge]] | PIN: [[PASSWORD|8142]]",
    "HR note: [[PERSON|Benedikt Aigner]] (staff no. [[ID_NUMBER|AT-30518]]) changed his bank details to [[IBAN_CODE|AT72 1200 0516 8239 4471]].",
    '{"customer": "[[PERSON|Maëlle Guerin]]", "phone": "[[PHONE_NUMBER|+33 7 58 21 46 03]]", "nir": "[[ID_NUMBER|2 84 11 69 123 045 62]]"}',
    "Dr [[PERSON|Aleksander Nowicki]], tel. [[PHONE_NUMBER|+48 601 384 279]], PESEL [[ID_NUMBER|85110204573]]",
    "Member: [[PERSON|Ji-ho Shin]], member no. [[ID_NUMBER|GYM-004718]], emergency contact [[PHONE_NUMBER|010-2958-6401]]",
    "[[PERSON|Esther Abramovich]] | [[EMAIL_ADDRESS|esther.abr@shalomnet.co.il]] | teudat zehut [[ID_NUMBER|315928465]]",
    "Cardholder [[PERSON|Ifeoma Chukwu]] — [[CREDIT_CARD|4556 1809 3742 8167]] — billing [[STREET_ADDRESS|15 Admiralty Way, Lekki Phase 1, Lagos 106104]]",
    "Account created for [[PERSON|Grace Holloway]]: username [[ID_NUMBER|grace_holloway]], password [[PASSWORD|Lantern&Moss31]]",
    "Resident: [[PERSON|Mikael Korhonen]], henkilötunnus [[ID_NUMBER|120594-3189]], [[STREET_ADDRESS|Hämeenkatu 14 B 22, 33100 Tampere]]",
    "Employee [[PERSON|Lucía Ferrer]], DNI [[ID_NUMBER|73925418Z]], tel. [[PHONE_NUMBER|+34 655 203 871]]",
    "NIE [[ID_NUMBER|Y3827164R]] — [[PERSON|Oleksandr Bondarenko]], [[STREET_ADDRESS|Carrer de Mallorca 241, 4t 2a, 08008 Barcelona]]",
    "Policyholder [[PERSON|Siobhán Keane]], PPS [[ID_NUMBER|8362914Q]], health policy [[ID_NUMBER|HLT-771204]]",
    "[[PERSON|Tiago Mendes]] | CPF [[ID_NUMBER|358.916.274-00]] | [[EMAIL_ADDRESS|tiago.mendes@brmail.com.br]]",
    "Contact card: [[PERSON|Ayşe Demirtaş]], [[PHONE_NUMBER|+90 535 712 48 06]], [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]]",
    "Student: [[PERSON|Rafael Domínguez]] — student ID [[ID_NUMBER|S20318847]] — [[EMAIL_ADDRESS|rdominguez@alumnos.unisur.edu]]",
    "14:02:07 password reset requested for [[ID_NUMBER|bkowalski]] ([[PERSON|Bartosz Kowalski]]) from [[IP_ADDRESS|203.0.113.180]]",
    "NRIC [[ID_NUMBER|T0384751E]], [[PERSON|Tan Wei Ling]], [[STREET_ADDRESS|Blk 312 Clementi Ave 4, #09-17, Singapore 120312]]",
    "[[PERSON|Jasper van Leeuwen]], tel [[PHONE_NUMBER|06-41827395]], e-mail [[EMAIL_ADDRESS|jasper.vanleeuwen@kpnpost.nl]]",
    "Driver: [[PERSON|Connor Driscoll]], licence no. [[ID_NUMBER|DRISC807153CJ9AB]], mobile [[PHONE_NUMBER|07700 900476]]",
    "Tax record: [[PERSON|Heike Brandstätter]], Steuer-ID [[ID_NUMBER|47 036 892 154]], [[STREET_ADDRESS|Lindenallee 9, 50968 Köln]]",
    "[[PERSON|Eirik Haugland]] (fødselsnummer [[ID_NUMBER|150387 48235]]) — [[EMAIL_ADDRESS|eirik.haugland@nordlys.no]]",
    "[[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2950817403181]], mobil [[PHONE_NUMBER|+40 745 218 307]]",
    "RUT [[ID_NUMBER|16.742.385-K]] — [[PERSON|Catalina Fuentes]] — [[PHONE_NUMBER|+56 9 6184 2730]]",
    "isikukood [[ID_NUMBER|49003124716]], [[PERSON|Kadri Tamm]], [[EMAIL_ADDRESS|kadri.tamm@eestipost.ee]]",
    "[[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|230785-2959]], sími [[PHONE_NUMBER|+354 862 4197]]",
    "[[PERSON|Tereza Horáková]], rodné číslo [[ID_NUMBER|856103/7298]], e-mail [[EMAIL_ADDRESS|tereza.horakova@seznampost.cz]]",
    "[[PERSON|Maximilian Ruoff]], [[STREET_ADDRESS|Bahnhofstrasse 52, 8001 Zürich]], IBAN [[IBAN_CODE|CH69 0900 0000 8741 2953 6]]",
    "Beneficiary: [[PERSON|Annelies Claes]], national number [[ID_NUMBER|85.07.30-274.78]], IBAN [[IBAN_CODE|BE67 0017 3592 4861]]",
    "[[PERSON|Olusegun Balogun]] <[[EMAIL_ADDRESS|sbalogun@ventrix.io]]> API key: [[API_KEY|vx_live_9Tq4Rk2mZ8pW7sLd3Nh6Yc1B]]",
    "Subscriber [[PERSON|Camille Lefort]], account [[ID_NUMBER|FR-ACC-30927714]], IBAN [[IBAN_CODE|FR04 3000 4028 3700 0106 8149 276]]",
    "[[PERSON|Dana Whitaker]], SSN [[US_SSN|231-74-8062]], [[STREET_ADDRESS|4127 Maple Ridge Dr, Columbus, OH 43220]]",
    "VPN session: user [[ID_NUMBER|jpham]] ([[PERSON|Jenny Pham]]) src [[IP_ADDRESS|2001:db8:3f2e::1a4]] duration 02:41:10",
    "Emergency contact form — Name: [[PERSON|Arjun Malhotra]] — Phone: [[PHONE_NUMBER|98104 27356]] — Aadhaar: [[ID_NUMBER|3619 0572 8141]]",
    "[[PERSON|Nomvula Dlamini]], ID number [[ID_NUMBER|8807150284081]], cell [[PHONE_NUMBER|+27 82 417 3095]]",
    "[[PERSON|Liam O'Sullivan]] | [[PHONE_NUMBER|020 7946 0562]] | [[EMAIL_ADDRESS|liam.osullivan@harbourlane.co.uk]]",
    "Profile: [[PERSON|Yara Khoury]], 29, UX designer in Beirut. Email [[EMAIL_ADDRESS|yara.khoury@cedarmail.lb]]",
    "[[PERSON|Pieter Jacobs]] | mobile [[PHONE_NUMBER|07700 900935]] | [[STREET_ADDRESS|7 Saxon Close, Bury St Edmunds IP33 2LW]]",
    "Client: [[PERSON|Marie-Ève Tremblay]], SIN [[ID_NUMBER|520 639 188]], phone [[PHONE_NUMBER|(418) 555-0136]]",
    "Employee: [[PERSON|Lachlan Brierley]], TFN [[ID_NUMBER|528 641 075]], mobile [[PHONE_NUMBER|+61 491 570 614]]",
    "Medicare [[ID_NUMBER|4172 63850 1]] — [[PERSON|Mia Tran]] — [[STREET_ADDRESS|5/88 Chapel Street, St Kilda VIC 3182]]",
    "Member [[PERSON|Eduardo Salgado]] — loyalty no. [[ID_NUMBER|LY-2039-4471-88]] — [[EMAIL_ADDRESS|eduardo.salgado@correo.mx]]",
    "Discharge summary: [[PERSON|Björn Axelsson]], patient ID [[ID_NUMBER|KS-1184302]], personnummer [[ID_NUMBER|870926-5147]]. Follow-up in 6 weeks.",
    "Web form submission, step 2: first_name=[[PERSON|Kalani]] last_name=[[PERSON|Akana]] email=[[EMAIL_ADDRESS|kalani.akana@islemail.com]]",
    "[[PERSON|Chidi Eze]], [[STREET_ADDRESS|Flat 2, 61 Wilmslow Road, Manchester M14 5TB]], tel [[PHONE_NUMBER|0161 496 0419]]",
    "Reference: [[PERSON|Matilda Thornbury]] worked for us as a bookkeeper, employee number [[ID_NUMBER|BK-2210]]. She can be reached at [[EMAIL_ADDRESS|m.thornbury@thornbury.family]].",
    '{"user": "[[ID_NUMBER|rvelasquez]]", "display": "[[PERSON|Rosa Velásquez]]", "last_ip": "[[IP_ADDRESS|198.51.100.142]]"}',
    "Insurance claim: insured [[PERSON|Horace Mbatha]], policy [[ID_NUMBER|MV-40392817]], contact [[PHONE_NUMBER|+27 71 860 2354]]",
    "[[PERSON|Akira Yamashita]] — [[STREET_ADDRESS|2-4-15 Nishitenma, Kita-ku, Osaka 530-0047]] — [[PHONE_NUMBER|06-6312-4870]]",
    "Nómina: [[PERSON|Alejandro Cifuentes]] | nº empleado [[ID_NUMBER|004817]] | IBAN [[IBAN_CODE|ES20 0081 0216 7300 0159 4827]]",
    "[[PERSON|Wojciech Mazur]], [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]], [[PHONE_NUMBER|+48 698 214 357]]",
    "Account holder [[PERSON|Astrid Lund]], IBAN [[IBAN_CODE|SE15 5000 0000 0581 7263 9401]], phone [[PHONE_NUMBER|+46 73 582 19 04]]",
    "[[PERSON|Frederik Dahl]], IBAN [[IBAN_CODE|DK92 3000 4718 2659 30]], e-mail [[EMAIL_ADDRESS|frederik.dahl@mitpost.dk]]",
    "Payroll: [[PERSON|Marta Kaczmarek]], konto [[IBAN_CODE|PL41 1090 2590 0000 0001 4428 6371]], stanowisko: księgowa",
    "[[PERSON|Rukhsana Begum]], [[STREET_ADDRESS|23 Whitechapel Road, London E1 1DU]], [[PHONE_NUMBER|+44 20 7946 0871]]",
    "Dev account: [[PERSON|Leon Hartmann]], GitHub user [[ID_NUMBER|lhartmann-dev]], token [[API_KEY|ghp_Zk8Tq2Wm5Rn1Vx7Lp4Yd9Hc3Bs6Fj0Ga2Ku5E]]",
    "[[PERSON|Zainab Olatunji]] — DOB 03/11/1990 — email [[EMAIL_ADDRESS|zainab.olatunji@lagosmail.ng]] — phone [[PHONE_NUMBER|+234 809 331 5072]]",
    "[[PERSON|Gabriel Araújo]], [[STREET_ADDRESS|Rua Oscar Freire 1187, ap. 32, 05409-011 São Paulo]], cel. [[PHONE_NUMBER|+55 11 98472-3160]]",
    "Alarm system note: owner [[PERSON|Prudence Kettering]], alarm code [[PASSWORD|6093]], keyholder phone [[PHONE_NUMBER|07700 900158]]",
    "Guest: [[PERSON|Anjali Krishnan]], loyalty no. [[ID_NUMBER|HH-883201947]], email [[EMAIL_ADDRESS|anjali.krishnan@keralanet.in]]",
    "[[PERSON|Mehmet Yıldırım]], kimlik [[ID_NUMBER|26159384716]], tel [[PHONE_NUMBER|+90 542 318 60 27]]",
    "Tenant [[PERSON|Róisín Madden]], [[STREET_ADDRESS|Apt 12, 4 Grand Canal Quay, Dublin 2, D02 XR94]], PPS [[ID_NUMBER|4927381EA]]",
    "Mailing address for LCpl [[PERSON|Andre Castellanos]]: [[STREET_ADDRESS|PSC 4117 Box 2290, FPO AP 96349-2290]]",
    "User profile: handle [[ID_NUMBER|nightowl_kai]], real name [[PERSON|Kai Sørensen]], recovery email [[EMAIL_ADDRESS|kai.sorensen@postbox.dk]]",
    "Lab result for [[PERSON|Francesca Moretti]] (MRN [[ID_NUMBER|5529083]]): HbA1c 6.1%, repeat in three months.",
    "[[PERSON|Samuel Osei-Tutu]] | [[PHONE_NUMBER|+233 20 418 7395]] | Ghana card [[ID_NUMBER|GHA-718204593-6]]",
    '{"name": "[[PERSON|Lena Hoffmann]]", "card": "[[CREDIT_CARD|5167 3429 0817 4554]]", "exp": "04/28"}',
    "[[PERSON|Dong-hyun Kang]], passport [[ID_NUMBER|M48217395]], [[EMAIL_ADDRESS|dh.kang@daummail.kr]]",
    "Tax contact: [[PERSON|Ravi Chandrasekar]], [[PHONE_NUMBER|+1 (212) 555-0187]], [[EMAIL_ADDRESS|ravi.chandrasekar@ledgerly.us]]",
    "[[PERSON|Eilidh Campbell]], [[STREET_ADDRESS|3F2, 17 Marchmont Crescent, Edinburgh EH9 1HG]], [[PHONE_NUMBER|0131 496 0625]]",
    "氏名: [[PERSON|佐藤美咲]] マイナンバー: [[ID_NUMBER|5291 7340 8626]] 電話: [[PHONE_NUMBER|080-4417-2958]]",
    "[[PERSON|Ruslan Abdullaev]], email [[EMAIL_ADDRESS|r.abdullaev@steppe.kz]], last login from [[IP_ADDRESS|203.0.113.36]]",
    "[[PERSON|Clémentine Roux]], identifiant [[ID_NUMBER|croux75]], mot de passe [[PASSWORD|Lavande!Provence62]]",
    "[[PERSON|Ahmed Farouk]] — national ID [[ID_NUMBER|29103251401538]] — [[PHONE_NUMBER|+20 100 482 7316]]",
    "Employee [[PERSON|Brooke Ashby]] | badge [[ID_NUMBER|B-77120]] | [[PHONE_NUMBER|(614) 555-0129]]",
    "[[PERSON|周立伟]] 身份证 [[ID_NUMBER|310104198705234617]] 邮箱 [[EMAIL_ADDRESS|zhou.liwei@huamail.cn]]",
    "Name: [[PERSON|Choi Min-jun]], RRN [[ID_NUMBER|880214-1730483]], phone [[PHONE_NUMBER|010-5183-2749]]",
]

CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that public libraries should stay open until midnight during exam season.",
    "Compose a haiku sequence about the first snowfall in a mountain village.",
    "Imagine you are Sherlock Holmes. Explain how you would deduce a visitor's profession from their shoes.",
    "Write a Python function that returns the longest palindromic substring of a given string, and explain its time complexity.",
    "Explain the difference between TCP and UDP to a high-school student, using a postal analogy.",
    "Role-play as a medieval blacksmith describing your daily routine to a curious traveller.",
    "A train leaves at 3 pm at 80 km/h and another leaves the same station an hour later at 100 km/h in the same direction. When does the second catch up?",
    "Summarise the causes of the French Revolution in five bullet points.",
    "Write a SQL query that lists the three departments with the highest average salary from a table employees(dept, salary).",
    "Describe how photosynthesis converts light energy into chemical energy, step by step.",
    "Draft a product description for a solar-powered camping lantern aimed at families.",
    "Pretend you are Marie Curie giving a short lecture on radioactivity to first-year students.",
    "What are the pros and cons of microservices compared with a monolithic architecture?",
    "Write a short story in which a lighthouse keeper discovers that the sea has stopped moving.",
    "Explain Big-O notation and give an example of an O(n log n) sorting algorithm.",
    "Act as a travel guide and suggest a three-day itinerary for Kyoto in autumn.",
    "Solve for x: 3x^2 - 12x + 9 = 0, and show each step.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Write a JavaScript debounce function and explain when you would use one.",
    "Why is the sky blue? Give an explanation suitable for a ten-year-old.",
    "Create a weekly workout plan for a beginner who has 30 minutes a day and no equipment.",
    "Imagine you are Captain Nemo. Describe the view from the Nautilus window at a depth of 2,000 metres.",
    "Explain what a race condition is and how a mutex prevents it, with a short C example.",
    "Rewrite the opening of Pride and Prejudice as a modern tech-startup pitch.",
    "Estimate how many piano tuners work in a city of two million people and explain your reasoning.",
]

CLEAN_GSM8K = [
    "Amira buys 4 notebooks at $2.50 each and a pen for $1.75. She pays with a $20 bill. How much change does she get?",
    "Tobias bakes 144 muffins and packs them into boxes of 6. He sells 19 boxes in the morning. How many muffins are left?",
    "Leon reads 18 pages a day. His book has 342 pages. How many days will it take him to finish it?",
    "Priya saves $35 each week. After 12 weeks she spends a third of her savings on a bike. How much does she have left?",
    "A garden is 14 metres long and 9 metres wide. Ines wants a fence around it that costs $6 per metre. What is the total cost?",
    "Marco has 3 times as many marbles as Jonah. Together they have 84. How many marbles does Marco have?",
    "Kemal drives a bus carrying 52 passengers. At the first stop 17 get off and 9 get on; at the second stop 23 get off. How many passengers are left?",
    "Sofia runs 5 km on Monday, twice as far on Tuesday and 3 km less than Tuesday on Wednesday. How far does she run in total?",
    "Each of Dev's 6 chickens lays 5 eggs a week. He sells the eggs at $4 per dozen. How much does he earn in 4 weeks?",
    "Hana has $120. She spends 25% of it on a jacket and $18 on lunch. How much money does she have left?",
    "A recipe needs 3/4 cup of sugar for 12 cookies. Oliver wants to bake 40 cookies. How many cups of sugar does he need?",
    "Yusuf drives 270 km in 3 hours, then 150 km in 2 hours. What is his average speed for the whole trip?",
    "Freya's class of 28 students goes on a trip. Each van holds 8 students. How many vans are needed?",
    "Kwesi earns $18 an hour and works 7 hours a day, 5 days a week. How much does he earn in 3 weeks?",
    "Lily has 5 more stickers than Aiden, and Aiden has twice as many as Noor, who has 12. How many stickers do the three have together?",
    "A shop sells pencils in packs of 12 for $3. Mateo needs 90 pencils. How many packs must he buy, and how much will he spend?",
    "Elif's phone battery drops 8% every hour. It starts at 100%. After how many full hours will it first be below 30%?",
    "Rohan planted 7 rows of tomatoes with 13 plants in each row. Slugs ate 15 plants. How many plants are left?",
    "Anneke fills a 600-litre tank at 25 litres a minute while it drains at 10 litres a minute. How many minutes until it is full?",
    "Greta buys a bike for $240 and sells it for 15% more. How much profit does she make?",
    "Jun walks 1.2 km to school and 1.2 km back every day. How many kilometres does he walk in a 5-day school week?",
    "Ama shares 96 beads equally among herself and 3 friends, then gives 4 of hers away. How many beads does Ama have now?",
    "A film starts at 7:45 pm and lasts 2 hours 20 minutes. Tomás wants to be home 30 minutes after it ends. What time will he be home?",
    "Chloe scores 78, 85 and 91 on three tests. What must she score on the fourth test to average 86?",
    "Bilal's water bottle holds 750 ml. He drinks 4 full bottles a day. How many litres does he drink in a week?",
]

CLEAN_MMLU = [
    "Which organelle is primarily responsible for ATP production in eukaryotic cells? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Lysosome",
    "Who wrote 'The Wealth of Nations' (1776)? A. David Hume B. Adam Smith C. John Locke D. Thomas Malthus",
    "What is the derivative of x·sin(x)? A. cos(x) B. x·cos(x) C. sin(x) + x·cos(x) D. sin(x) − x·cos(x)",
    "Which treaty ended the Thirty Years' War? A. Treaty of Utrecht B. Peace of Westphalia C. Treaty of Versailles D. Congress of Vienna",
    "A price ceiling set below the equilibrium price most likely causes: A. a surplus B. a shortage C. no change D. higher supply",
    "Which astronomer formulated the three laws of planetary motion? A. Galileo Galilei B. Johannes Kepler C. Tycho Brahe D. Nicolaus Copernicus",
    "What is the pH of a 0.001 M HCl solution? A. 1 B. 2 C. 3 D. 11",
    "Under the US Constitution, how many senators does each state have? A. One B. Two C. It depends on population D. Four",
    "Which data structure uses last-in, first-out ordering? A. Queue B. Stack C. Heap D. Linked list",
    "In which year was the Magna Carta sealed? A. 1066 B. 1215 C. 1415 D. 1688",
    "Which of the following is a renewable resource? A. Coal B. Natural gas C. Wind D. Uranium",
    "Who is credited with the theory of natural selection alongside Charles Darwin? A. Gregor Mendel B. Alfred Russel Wallace C. Jean-Baptiste Lamarck D. Louis Pasteur",
    "What is the time complexity of binary search on a sorted array? A. O(1) B. O(log n) C. O(n) D. O(n log n)",
    "Which philosopher wrote the 'Critique of Pure Reason'? A. Immanuel Kant B. G. W. F. Hegel C. Friedrich Nietzsche D. René Descartes",
    "A right triangle has legs of 6 and 8. Its hypotenuse is: A. 9 B. 10 C. 12 D. 14",
    "Which hormone lowers blood glucose levels? A. Glucagon B. Cortisol C. Insulin D. Adrenaline",
    "The first emperor of a unified China was: A. Liu Bang B. Qin Shi Huang C. Kublai Khan D. Wu Zetian",
    "Which of these is a noble gas? A. Nitrogen B. Argon C. Chlorine D. Oxygen",
    "Classical conditioning is most closely associated with: A. B. F. Skinner B. Ivan Pavlov C. Sigmund Freud D. Jean Piaget",
    "What does the 'S' in the SOLID principles stand for? A. Single responsibility B. Substitution C. Segregation D. Simplicity",
    "Which amendment to the US Constitution abolished slavery? A. 1st B. 13th C. 15th D. 19th",
    "A company's current ratio is current assets divided by: A. total assets B. current liabilities C. equity D. revenue",
    "Who led the early military campaigns of the Haitian Revolution? A. Toussaint Louverture B. Simón Bolívar C. José de San Martín D. Miguel Hidalgo",
    "Which layer of the OSI model handles routing between networks? A. Data link B. Network C. Transport D. Session",
    "The speed of light in a vacuum is approximately: A. 3 × 10^5 m/s B. 3 × 10^8 m/s C. 3 × 10^10 m/s D. 3 × 10^6 m/s",
]

CLEAN_HEALTH = [
    "How long should I wait after taking ibuprofen before I can take paracetamol?",
    "Is it normal to feel dizzy when I stand up quickly, and when should I worry about it?",
    "What are the early signs of dehydration in toddlers?",
    "Can I drink alcohol while taking a course of amoxicillin?",
    "My blood pressure reading was 142/91 this morning. Should I see a doctor?",
    "What is the difference between a cold and the flu?",
    "How much vitamin D should an adult take in winter?",
    "Is it safe to exercise with a mild fever?",
    "Which foods help lower LDL cholesterol?",
    "How do I know if a cut needs stitches?",
    "Why do my knees ache more when it rains?",
    "What should I bring to my first physiotherapy appointment?",
    "Can stress cause heart palpitations?",
    "How often should someone with type 1 diabetes check their blood sugar?",
    "What does it mean if my ferritin is low but my haemoglobin is normal?",
    "Is it okay to take melatonin every night to help me sleep?",
    "What are the warning signs of a stroke?",
    "How long does a tetanus booster protect you?",
    "Should I use ice or heat on a sprained ankle in the first 48 hours?",
    "What is a normal resting heart rate for an adult?",
    "Can you catch shingles from someone who has it?",
    "I have an itchy rash since switching laundry detergent. What can I do at home?",
    "When is a headache serious enough to go to the emergency department?",
    "What are the common side effects of statins?",
    "How should I prepare for a colonoscopy?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "721 604 3855": nhs_ok,  # NHS number
    "615 287 0496": nhs_ok,
    "5827 3916 0448": aadhaar_ok,  # Indian Aadhaar
    "3619 0572 8141": aadhaar_ok,
    "184730259": bsn_ok,  # Dutch BSN
    "93072418365": pesel_ok,  # Polish PESEL
    "85110204573": pesel_ok,
    "614.207.853-62": cpf_ok,  # Brazilian CPF
    "358.916.274-00": cpf_ok,
    "73925418Z": dni_ok,  # Spanish DNI
    "Y3827164R": dni_ok,  # Spanish NIE
    "GLNPLA79T09F839S": codice_fiscale_ok,  # Italian codice fiscale
    "VRDMRT88C52L219X": codice_fiscale_ok,
    "120594-3189": hetu_ok,  # Finnish henkilötunnus
    "38274195672": kimlik_ok,  # Turkish kimlik
    "26159384716": kimlik_ok,
    "T0384751E": nric_ok,  # Singapore NRIC
    "950603-2705194": rrn_ok,  # Korean resident registration number
    "880214-1730483": rrn_ok,
    "617 392 480": tfn_ok,  # Australian tax file number
    "528 641 075": tfn_ok,
    "718 294 366": luhn_len(9),  # Canadian SIN
    "520 639 188": luhn_len(9),
    "315928465": luhn_len(9),  # Israeli teudat zehut
    "910417-2383": luhn_len(10),  # Swedish personnummer
    "870926-5147": luhn_len(10),
    "8807150284081": luhn_len(13),  # South African id
    "2 84 11 69 123 045 62": nir_ok,  # French NIR
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "150387 48235": fodselsnummer_ok,  # Norwegian fødselsnummer
    "246 813 571": nif_ok,  # Portuguese NIF
    "2950817403181": cnp_ok,  # Romanian CNP
    "16.742.385-K": rut_ok,  # Chilean RUT
    "49003124716": isikukood_ok,  # Estonian isikukood
    "230785-2959": kennitala_ok,  # Icelandic kennitala
    "856103/7298": rodne_cislo_ok,  # Czech rodné číslo
    "47 036 892 154": steuer_id_ok,  # German tax id
    "ZKP3823": nhi_ok,  # New Zealand NHI
    "2953 81747 1": medicare_ok,  # Australian Medicare
    "4172 63850 1": medicare_ok,
    "7302 8419 5360": my_number_ok,  # Japanese My Number
    "5291 7340 8626": my_number_ok,
    "510107199208142739": china_id_ok,  # Chinese resident identity number
    "310104198705234617": china_id_ok,
    "8362914Q": pps_ok,  # Irish PPS number
    "4927381EA": pps_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"(020|\+44 20) 7946 0\d{3}",  # London drama range
        r"01(13|31|61) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"(\+1 )?(\(\d{3}\) |\d{3}[ .-])555[ .-]01\d{2}",  # North America 555-0100 to 555-0199
        r"(0|\+61 )491 570 \d{3}",  # Australian fictional mobiles
        r"\+(7|20|27|32|33|34|39|40|41|45|46|48|49|52|55|56|90|91|233|234|254|354|966|971) [\d -]+\d",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{8}",  # Netherlands mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"[6-9]\d{4} \d{5}",  # India mobile without the country code
    )
]

SECRETS = frozenset({"PASSWORD", "API_KEY"})
IT_TYPES = frozenset({"ID_NUMBER", "PASSWORD", "API_KEY", "IP_ADDRESS"})


def check_mix() -> None:
    """The chat requests mostly name people, many carry secrets and most carry logins,
    secrets, keys or IPs (the help-desk and developer weight); every record names one
    person, in Latin script or in Arabic, Greek, Cyrillic, Hangul and Han; one military
    address in each part."""
    kinds = [{s["type"] for s in marked_spans(t)} for t in CHAT]
    named = sum("PERSON" in k for k in kinds)
    secret = sum(bool(k & SECRETS) for k in kinds)
    it = sum(bool(k & IT_TYPES) for k in kinds)
    if named < 90 or secret < 40 or it < 75:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {it} with IT values")
    for marked in SYNTH:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"synth: no name in {marked[:60]!r}")
    names = " ".join(s["value"] for t in SYNTH for s in marked_spans(t) if s["type"] == "PERSON")
    for script, pattern in (
        ("Arabic", r"[\u0600-\u06ff]"),
        ("Greek", r"[\u0370-\u03ff]"),
        ("Cyrillic", r"[\u0400-\u04ff]"),
        ("Hangul", r"[\uac00-\ud7a3]"),
        ("Han", r"[\u4e00-\u9fff]"),
    ):
        if not re.search(pattern, names):
            raise SystemExit(f"synth: no name in {script} script")
    for part in (CHAT, SYNTH):
        plain = " ".join(strip_marks(t)[0] for t in part)
        if not re.search(r"\b[AFD]PO A[AEP] \d{5}", plain):
            raise SystemExit("no military address")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "synth": (SYNTH, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + SYNTH
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("synth", SYNTH, SYNTH_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind91", HERE, sections, {"chat", "synth"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
