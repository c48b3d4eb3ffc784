# ruff: noqa: E501
"""A hundred-and-fourth blind privacy set: 220 texts with personal data and 100 clean ones,
on sport, gyms, leisure clubs and outdoor activities (coaches, members, parents,
tournaments, memberships, injuries, kit orders, club committees).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py`` (not its texts), never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) that a user sends to a general AI assistant through a
  company gateway about clubs, gyms, teams and outdoor trips: drafting, replying,
  summarising, translating, fixing, planning, advising and calculating. The first 30 are
  typed all in lower case (names, addresses, e-mails and IBANs too), the next 6 are in
  Spanish, German, French, Brazilian Portuguese, Italian and Japanese, the rest in ordinary
  English. Names of many origins: first names alone, lone surnames after titles, full
  names, names with non-English letters, names that are ordinary words (Precious, Joy,
  Sunny, Hunter), nicknames, names in Hangul, Han characters, Greek, Arabic and
  Cyrillic script; some named in passing with no cue word, others after "coach",
  "my physio", "Mr", "Dr" or "Grandad";
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets: one
  invented person each with one to four values besides the name, as free prose, labelled
  profile lines, form and CSV rows, JSON fragments, log lines and short letters.

Values: phones, e-mails, street addresses in UK, Irish, US, Canadian, German, Swiss,
French, Belgian, Polish, Swedish, Norwegian, Portuguese, Brazilian, Mexican,
Turkish, Romanian, Indian, Japanese, Vietnamese, Australian, New Zealand and South African
layouts, passwords, PINs and door codes, member, customer and policy numbers, usernames,
passports, driver licences, national ids, cards, IBANs, SSNs, IPs and API keys.

Labels: usernames and logins, account, customer, member, employee, patient, policy and
player registration numbers, passports, driver licences and national and tax ids are
ID_NUMBER; PINs, door, gate, key-safe and alarm codes, Wi-Fi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Dr, coach, sensei, auntie,
Grandad, my nephew) stay outside PERSON spans; an address span runs from the first street
line through the postcode and city as typed; public figures, fictional characters, pets,
brands, clubs, places, order, ticket and invoice numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data: 25 MT-Bench/Vicuna-style prompts (writing, reasoning, coding, role-play,
STEM; some naming historical figures or fictional characters), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D and 25
patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from the documentation ranges; national ids with valid check digits (Swedish
personnummer, Dutch BSN, NHS number, Polish PESEL, Spanish DNI and NIE, Italian codice
fiscale, Finnish henkilötunnus, Irish PPS, French NIR, Belgian national number, Norwegian
fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic
kennitala, Czech rodné číslo, German tax id, New Zealand NHI, Australian TFN and Medicare,
Canadian SIN, Brazilian CPF, Indian Aadhaar, Singapore NRIC, Korean resident registration
number, Japanese My Number, Chinese resident id, Turkish kimlik, South African id, Greek
AMKA, Israeli teudat zehut, Ukrainian RNOKPP).

Run ``.venv/bin/python bench/data/build_blind104.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Sensei|Auntie|Uncle|Grandad|Nana|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to a general assistant: the first 30 all in lower case, the next 6 in
# other languages, the rest in ordinary English.
CHAT = [
    # --- all lower case ---
    "can you write a short reminder to the u12 parents that training moves to thursday 5.30? sign it coach [[PERSON|dele okonkwo]] and say text me on [[PHONE_NUMBER|07700 900417]] if your kid cant make it",
    "my gym app login stopped working after the update. user [[ID_NUMBER|fitpriya88]] pw [[PASSWORD|kettlebell!swing22]] — help me word a polite email to their support asking for a reset",
    "summarise for the committee in two lines: [[PERSON|margit halvorsen]] paid her annual sub of £240 from [[IBAN_CODE|gb12 midl 4028 1763 5519 07]] but the treasurer credited it to another member, [[PERSON|magnus fry]]. she wants it fixed before the agm",
    "work out the split pls: 14 players on the netball tour, coach hire £1,260 total, hostel £38 per night each for 2 nights. [[PERSON|aisling]] already paid £150, how much does she still owe",
    "translate to polish for a new judo kid's mum: please bring the signed medical form to the first session and arrive 10 minutes early. her name is [[PERSON|bożena wróblewska]], number [[PHONE_NUMBER|+48 512 884 306]]",
    "fix my grammar pls: hi all the key safe at the bouldering wall been changed, new code is [[PASSWORD|8352]], if it dont open ring [[PERSON|rafa]] on [[PHONE_NUMBER|0491 570 263]] not me",
    "plan a gentle 6 week couch to 5k for my neighbour [[PERSON|hiroshi endo]], he's 58 and had a knee replacement last spring",
    "draft a complaint to the club shop, they charged my card [[CREDIT_CARD|4716 3382 0945 1278]] twice for the training hoodies (order 20417). i'm [[PERSON|shauna mcbride]], member no [[ID_NUMBER|hrc-2291]]",
    "reply nicely to a dad who emailed: his son [[PERSON|oisín]] hurt his wrist at saturday's match and he wants the insurance form. he is [[PERSON|declan furlong]], email [[EMAIL_ADDRESS|declan.furlong@example.ie]]",
    "whats a fair monthly fee if the yoga studio rent is £900, insurance £45 and we have 32 members? also check the maths from [[PERSON|tamsin]], she said £31 each",
    "write a welcome text for the new padel members, include the court door code [[PASSWORD|2580*]] and that [[PERSON|ignacio]] runs the tuesday ladder",
    "our club wifi password is [[PASSWORD|shuttlecock2024!]] on the northfield badminton network. make a little laminated sign for the hall wall",
    "i need to move the under 9s tournament fees to a different account. old one [[IBAN_CODE|de34 2505 0180 0917 4436 28]], new one [[IBAN_CODE|de90 1001 0010 0683 2957 41]]. write the note to parents in german and english",
    "can u make a rota for the tuck shop: [[PERSON|bev]], [[PERSON|kwame]], [[PERSON|lorraine hutchins]], [[PERSON|jas]] and me, 4 home games in march, nobody twice in a row",
    "my physio [[PERSON|ilse]] said grade 2 hamstring strain. explain what that means and how long before i can play 5-a-side again. my nhs number is [[ID_NUMBER|721 394 0589]] if that matters for booking",
    "help me reply to the league secretary [[PERSON|gethin pryce]] ([[EMAIL_ADDRESS|g.pryce@valleysleague.example]]) saying we'll forfeit the away fixture because half the squad has flu",
    "for the running club newsletter: [[PERSON|nkechi]] ran 3:18:42 at the marathon, whats her average pace per km and per mile",
    "the swim club in göteborg wants my daughter's personnummer for registration, is that normal? it's [[ID_NUMBER|011203-4715]]. her name is [[PERSON|elin bergqvist]]",
    "write a short thank you from the hockey girls to auntie [[PERSON|precious]] for washing the kit all season, we'll post it to [[STREET_ADDRESS|27 whitethorn avenue, leeds ls8 2pq]]",
    "the dojo alarm code is [[PASSWORD|0619]], sensei [[PERSON|okabe]] wants a message to the black belts saying it changes monday and not to share it. keep it short",
    "calc: kit order 18 shirts at £22.50, 18 shorts at £11, 6 keeper tops at £27, minus 10% club discount. bill goes to [[PERSON|callum reid]], treasurer",
    "i lead the saturday hill walks. [[PERSON|morag]] twisted her ankle on the descent and we called her husband [[PERSON|alasdair]] on [[PHONE_NUMBER|0131 496 0724]]. write a short incident report for the club",
    "renewing my climbing gym membership, is it safer to pay by direct debit or card? card is [[CREDIT_CARD|5182 6604 3719 2859]] exp 09/27 if that changes anything",
    "can you check this api call for our court booking site, it returns 401: curl -h 'authorization: bearer [[API_KEY|cbk_live_7hq2x9vm4tr8pl3n6wz1]]' https://api.example.com/courts",
    "server logs show someone logging into the members area from [[IP_ADDRESS|203.0.113.47]] as [[ID_NUMBER|ttclub_admin]]. is that a problem? only [[PERSON|wendell]] should have that login",
    "can u write a sick note email to my manager [[PERSON|fiona gallacher]] saying i broke my thumb at rugby and cant type properly till friday",
    "what should the sailing club put in a privacy note when we collect members' dob, address and next of kin? example member: [[PERSON|ruairí daly]], [[STREET_ADDRESS|4 harbour view, kinsale, co. cork p17 ya22]]",
    "my kid's football coach keeps texting her directly on [[PHONE_NUMBER|07700 900882]] instead of the group chat. how do i raise this with the welfare officer [[PERSON|jan kowalczyk]] without making a big drama",
    "pls turn into a bullet list: cricket nets thurs 6pm, bring whites, subs £5 to [[PERSON|dev]] or paypal [[EMAIL_ADDRESS|devraj.nets@example.co.uk]], parking behind pavilion",
    "tennis ladder results, work out the new rankings: [[PERSON|yusuf]] beat [[PERSON|ben o'hara]] 6-4 6-3, [[PERSON|carys]] beat [[PERSON|yusuf]] 7-5 6-2, [[PERSON|ben o'hara]] beat [[PERSON|mei lin]] 6-1 6-0",
    # --- other languages: Spanish, German, French, Portuguese, Italian, Japanese ---
    "¿Puedes redactar un mensaje para los padres del equipo alevín? El entrenador [[PERSON|Javier Montes Ruiz]] cambia el entrenamiento al viernes. Para dudas, que llamen al [[PHONE_NUMBER|+34 622 418 375]] o escriban a [[EMAIL_ADDRESS|jmontes.alevin@example.es]].",
    "Bitte formuliere eine freundliche Mahnung an unser Vereinsmitglied [[PERSON|Jürgen Brockhaus]]: Der Jahresbeitrag von 180 € ist seit März offen. Überweisung an [[IBAN_CODE|DE60 3705 0198 1934 6620 07]], Mitgliedsnummer [[ID_NUMBER|TV-04417]] als Verwendungszweck.",
    "Peux-tu traduire en anglais ce message de notre club de randonnée ? « Bonjour à tous, la sortie du 14 est annulée. [[PERSON|Solène Marchetti]] vous rembourse les 12 € par virement, contactez-la au [[PHONE_NUMBER|06 39 98 41 27]]. »",
    "Me ajuda a responder a academia? Querem meu CPF para renovar o plano: [[ID_NUMBER|371.582.649-55]]. Meu nome é [[PERSON|Thiago Albuquerque]] e o endereço é [[STREET_ADDRESS|Rua das Palmeiras, 315, apto 42, Pinheiros, São Paulo - SP, 05422-010]]. Escreva um e-mail curto.",
    "Scrivi un messaggio al gruppo della palestra: il certificato medico di [[PERSON|Stefania Galli]] è scaduto e senza rinnovo non può entrare. Il suo codice fiscale [[ID_NUMBER|GLLSFN02A61H501A]] va indicato nel modulo.",
    "ジムの会員 [[PERSON|佐々木 美咲]] さんに 送る 予約確認メールを 書いてください。 会員番号は [[ID_NUMBER|GM-30582]]、 電話は [[PHONE_NUMBER|090-4817-2263]] です。",
    # --- ordinary English ---
    "Draft a short email to Coach [[PERSON|Marisol Ortega]] asking if my daughter [[PERSON|Lucía]] can switch from the Tuesday to the Thursday gymnastics group. My number is [[PHONE_NUMBER|(415) 555-0163]].",
    "Our rowing club treasurer left and nobody knows the online banking login. The last handover note says username [[ID_NUMBER|tidewayrc_treas]] and password [[PASSWORD|Erg2k!Sculls]]. How should the committee handle this properly?",
    "Summarise this injury note for the coaching team in plain words: Player [[PERSON|Kofi Mensah-Bonsu]], NHS no. [[ID_NUMBER|486 153 9277]], suspected ACL tear left knee, MRI booked, no contact training for 6–9 months.",
    "Write a friendly nudge to [[PERSON|Dmitri]] and [[PERSON|Hunter]] that their locker rentals run out on Friday; [[PERSON|Dmitri]] also needs to collect his spare key from reception.",
    'Can you check my spreadsheet formula? =SUMIF(B2:B40,"Paid",C2:C40) gives 0 for the dues column, but the member in row 7, [[PERSON|Grzegorz Nowicki]], definitely paid.',
    "I'm the kit secretary. Please turn these into a clean order table: [[PERSON|Harriet Fenwick-Lowe]] size 10 shirt, [[PERSON|Abdi]] L shorts, [[PERSON|Zoltán Kiss]] M jacket, [[PERSON|Pip]] XS hoodie.",
    "Give me a 3-day beginner strength plan for a new gym member, [[PERSON|Rosalind]], who wants to deadlift her bodyweight by summer.",
    "Translate into Turkish for our wrestling club registration: athlete name [[PERSON|Emre Yıldırım]], T.C. kimlik no [[ID_NUMBER|38571029410]], guardian phone [[PHONE_NUMBER|+90 532 418 27 61]].",
    "Please fix the tone of this: 'Oi, [[PERSON|Gary]], you still owe £45 for the minibus.' I want it polite but firm. I'm [[PERSON|Kerry-Ann]], the social secretary.",
    "Work out how many points [[PERSON|Ngozi Eze]] needs in the last two heptathlon events to reach 5,800 if she's on 4,120 after five.",
    "Our cycling club's Strava group got spammed. The admin login is [[ID_NUMBER|velo_cambs_admin]] and I think the password [[PASSWORD|chaingang77]] leaked. What steps should I take tonight?",
    "Write a newsletter blurb congratulating [[PERSON|Thandiwe Nkosi]] on her Comrades finish, and thank [[PERSON|Pieter]] from the water table crew.",
    "Can you make a seating plan for the club awards dinner? Top table: chair [[PERSON|Beatrix Olumide]], treasurer [[PERSON|Lars Øvergaard]], the guest speaker, and our two coaches [[PERSON|Saoirse]] and [[PERSON|Tomasz]].",
    "Reply to this parent: 'My son [[PERSON|Arjun]] has asthma, can he still do the cross-country on Saturday?' Mention that his inhaler should be handed to Mr [[PERSON|Whitcombe]] before the start.",
    "My gym keeps charging after I cancelled. Draft a letter disputing it with my bank. Membership ID [[ID_NUMBER|PG-7730915]], card [[CREDIT_CARD|4024 0071 5538 2608]], cancelled on 3 January. Sign it [[PERSON|Oluwaseun Adebayo]], [[STREET_ADDRESS|Flat 6, 19 Cranbrook Road, Ilford IG1 4PU]].",
    "I run a kids' surf camp in Cornwall. Parent [[PERSON|Imogen Tait]] wants a refund to [[IBAN_CODE|GB11 BARC 2096 4731 8850 62]] after her son's ear infection. Write a short confirmation that it will arrive in 5 working days.",
    "Help me plan a 4-week taper for a half Ironman. My coach [[PERSON|Ludo]] wants long ride volume down 40%. The race pack will be posted to [[STREET_ADDRESS|Seestrasse 118, 8802 Kilchberg]], so remind me to check the bib by 7 June.",
    "Badminton league table: write Python that sorts players by wins, then points difference. Sample row: ('[[PERSON|Wei Jie Tan]]', 7, 2, +58).",
    "Please write a reference for our volunteer coach [[PERSON|Benedikt Auer]] for his teaching application. He's coached U14 basketball with us for four years. Sign it from me, [[PERSON|Cecilia Nyambura]], club secretary, [[EMAIL_ADDRESS|c.nyambura@ravensbourne-hoops.example]].",
    "Is it OK for the climbing wall to keep members' emergency contacts on a shared Google Sheet? Example row: [[PERSON|Niamh Cullinane]], [[PHONE_NUMBER|087 214 6630]], next of kin [[PERSON|Ronan]].",
    "Calculate the refund: annual membership £540 paid 1 September, [[PERSON|Horatio]] leaves on 15 February, pro-rata by day minus a £25 admin fee.",
    "Fix this kit CSV so it imports: name;size;shirt_no / [[PERSON|Amara Diallo]];M;7 / [[PERSON|Finn Gallagher]];XL;14 / [[PERSON|Rhys]];S;22",
    "Write a WhatsApp message to the tennis group: courts are booked under [[PERSON|Dolores]]'s name, the gate PIN is [[PASSWORD|7204]], bring new balls.",
    "My ski club wants my passport number for the Alps trip insurance: [[ID_NUMBER|533817429]]. The deposit already went on my card [[CREDIT_CARD|2223 0417 6658 9049]]. Is email a safe way to send the passport details to the organiser, [[PERSON|Gwendolyn Shore]]?",
    "Explain what a fair-play rule could look like for the under 10s and draft a note from the chair, [[PERSON|Ayodele Coker]], to go out by email.",
    "Plan the relay order for the 4x400: [[PERSON|Kiara]] 52.1, [[PERSON|Bethan]] 54.8, [[PERSON|Marguerite]] 53.6, [[PERSON|Chidinma]] 55.2 (400 m splits). Strongest first or last?",
    "Log from our booking server, can you tell what happened? 2024-03-02 19:41:07 LOGIN_FAIL user=[[ID_NUMBER|h.lindqvist]] ip=[[IP_ADDRESS|198.51.100.23]] attempts=14",
    "Write a polite chase to Mr [[PERSON|Abernethy]] about the two club kayaks he hasn't returned. His address on file is [[STREET_ADDRESS|Rosebank Cottage, 3 Mill Lane, Pitlochry PH16 5BH]].",
    "How do I set up a webhook for our gym's door access system? Their docs gave me the key [[API_KEY|gx_sk_4Rt9Lm2QvW8zNp6Hc3Yd]] and I want to log every entry by member ID.",
    "Is this a good warm-up for over-60s aqua aerobics? [[PERSON|Joy]] leads it on Wednesdays and asked me to check: 5 minutes walking in the shallow end, arm circles, gentle knee lifts.",
    "Translate to English this message from a Korean taekwondo parent: '[[PERSON|김하늘]] 어머니입니다. 다음 주 심사비 입금했습니다.' Her number is [[PHONE_NUMBER|010-3927-4816]].",
    "Make a payout table for our darts league: 1st £300, 2nd £150, 3rd and 4th £50 each. Right now [[PERSON|Macca]] leads and [[PERSON|Siobhan Rourke]] is second. The league website PIN is [[PASSWORD|180180]] if you need to check the fixtures.",
    "Help me write a grant application paragraph for the boxing gym. Contact: [[PERSON|Delroy Campbell]], head coach, [[PHONE_NUMBER|020 7946 0318]], [[STREET_ADDRESS|Unit 3, Railway Arches, 112 Coldharbour Lane, London SE5 9NY]].",
    "I teach pilates. A client, [[PERSON|Perpetua Ash]], emailed asking for the notes I wrote about her back. Can I just send them? Her email is [[EMAIL_ADDRESS|perpetua.ash@example.com]].",
    "Compute BMI for these squad weigh-ins and flag anyone outside 18.5–25: [[PERSON|Jomo]] 1.82 m 88 kg, [[PERSON|Eirik]] 1.90 m 84 kg, [[PERSON|Fai]] 1.71 m 60 kg.",
    "The swim club is paying me as a casual coach and asked for my TFN, [[ID_NUMBER|847 219 501]]. Write a short email sending it to the administrator [[PERSON|Bronwyn Keating]] ([[EMAIL_ADDRESS|bkeating@swimwest.example.au]]) and ask if there's a secure upload instead.",
    "Rewrite this lost-property post so it's less passive-aggressive: 'Whoever took the grey Nike bag from the changing room, it belongs to [[PERSON|Tobias]] and his house keys were in it.'",
    "Make a round-robin for 5 padel pairs across two evenings and tell [[PERSON|Ilona]] she's on the first court at 7. The booking site login is [[ID_NUMBER|padel_ilona]] / [[PASSWORD|Bandeja!55]].",
    "My daughter's gymnastics club wants her Medicare number for the competition form. It's [[ID_NUMBER|2953 18404 1]]. What else would they normally ask for? Her name is [[PERSON|Matilda Nguyen]].",
    "Please summarise this email chain: [[PERSON|Hamish]] says the pitch is waterlogged, [[PERSON|Priyanka Joshi]] wants to move to the 3G on Wednesday at 8pm, groundsman [[PERSON|Colm]] says the 3G is booked. What's the decision?",
    "Write a LinkedIn-style post for our climbing coach [[PERSON|Anaïs Lefebvre]] who just passed her Single Pitch Award.",
    "The marathon registration asks for my Chinese ID number [[ID_NUMBER|320106199508234617]] or my passport [[ID_NUMBER|EH4829137]]. Which one should I use for a race abroad?",
    "Draft minutes: Committee meeting 12 May. Present: [[PERSON|Ursula Brandt]] (chair), [[PERSON|Femi Adeyemi]], [[PERSON|Clodagh]]. Apologies: [[PERSON|Rupert Vane]]. Agreed to raise junior subs by £2.",
    "I need an Excel formula to flag members whose renewal date is within 30 days. Test it with this row: [[PERSON|Augustin Mbala]], renewal 2025-07-01.",
    "The fencing club asked me to transfer the competition entry to [[IBAN_CODE|FR87 3000 4028 3700 0107 4519 324]] with the reference '[[PERSON|Capucine Roux]] – U17'. Is that reference too long for SEPA?",
    "Write an Instagram caption for our women's rugby team's first win. Tag the captain, her handle is [[ID_NUMBER|lani.props]], and credit [[PERSON|Lani Fonoti]] for the winning try.",
    "Our kayak club's PayPal was used from an unknown IP, [[IP_ADDRESS|2001:db8:4a1c::9f2]]. The account email is [[EMAIL_ADDRESS|gareth.morgan.wye@example.org]]. What do I report to PayPal?",
    "Rewrite in simpler English for a parent whose first language is Arabic: training for [[PERSON|Yousef Al-Khatib]] (the form says [[PERSON|يوسف الخطيب]]) is at 5pm, bring water, shin pads and a signed consent form. Coach [[PERSON|Layla Haddad]] will meet you at gate B.",
    "Help me calculate swim splits. [[PERSON|Sunniva]] wants to break 2:10 in the 200 IM. What should her 50 splits be roughly?",
    "Our bowls club's new member form: can you turn these answers into a tidy profile? Name [[PERSON|Cuthbert Ellery]], address [[STREET_ADDRESS|12 Orchard Rise, Ludlow, Shropshire SY8 1QD]], phone [[PHONE_NUMBER|07700 900356]], emergency contact his daughter [[PERSON|Philippa]].",
    "Draft a reply declining [[PERSON|Oskar Lindahl]]'s request to bring his dog Pepper to the running club sessions.",
    "I coach U16 hockey. A parent, Mrs [[PERSON|Adeyinka]], sent her bank details for the tour refund: [[IBAN_CODE|NL48 RABO 0318 4726 95]]. Write a confirmation that doesn't repeat the full number.",
    "Plan a weekend Duke of Edinburgh practice expedition in the Peak District for 6 students; the supervisor is [[PERSON|Pradeep Raman]], mobile [[PHONE_NUMBER|07700 900591]].",
    'Is this an attack? Our members\' portal access log shows: [[IP_ADDRESS|192.0.2.146]] - - [14/Mar/2025:02:13:44] "POST /login HTTP/1.1" 200 user=[[ID_NUMBER|m.achterberg]]',
    "Write a welcome message for new members of the Tuesday night trail running group. We meet at [[PERSON|Hester]]'s house, [[STREET_ADDRESS|9 Quarry Bank, Hathersage, Hope Valley S32 1DB]], and the back gate code is [[PASSWORD|1966]].",
    "Convert [[PERSON|Μαρία Παπαδοπούλου]]'s ski times into average speed: 1.8 km run in 1:42, 2.4 km in 2:19.",
    "I'm volunteering as an assistant coach in a youth league and the background check form wants my SSN [[US_SSN|412-68-3307]] and driver's license [[ID_NUMBER|W284-6135-8477]]. Is that normal?",
    "Write a short apology from the club to [[PERSON|Beatriz Carvalho]]: we double-booked her private tennis lesson with coach [[PERSON|Milan]] on Sunday, and we'll refund the £60 to the card she used, [[CREDIT_CARD|4180 6637 2295 5811]].",
    "The orienteering club in Bergen wants my partner's fødselsnummer for the insurance, [[ID_NUMBER|15069248168]]. Why do Norwegian clubs need this? His name is [[PERSON|Aksel Haugland]].",
    "Write a Slack message to the club dev team: rotate the payments key [[API_KEY|pay_live_Z8kq3VtR1mN7xW2cP5bL]] that [[PERSON|Inés]] pasted in the #general channel along with the admin password [[PASSWORD|Lob&Volley88]].",
    "Turn this into a formal letter from the golf club secretary: Mr [[PERSON|Sandeep Grewal]], membership [[ID_NUMBER|GC-10384]], suspended for unpaid fees of £612 since October.",
    "Quick maths: the squash club has 212 members, 38% are juniors, juniors pay £60 and adults £190. What's the annual income? [[PERSON|Wilhelmina]] says it's over £30k.",
    "Make this injury report shorter: During the third quarter [[PERSON|Kalani Akana]] collided with the post and complained of dizziness. First aider [[PERSON|Nadine Perrault]] applied the head injury protocol. A parent was contacted on [[PHONE_NUMBER|(808) 555-0147]].",
    "Can you check these sign-ups for duplicates? [[EMAIL_ADDRESS|ollie.brennan@example.net]], [[EMAIL_ADDRESS|obrennan7@example.net]], [[EMAIL_ADDRESS|sasha.k@example.org]]. I think [[PERSON|Ollie]] signed up twice.",
    "My Singapore running club asks for NRIC on the race entry: [[ID_NUMBER|S9126483H]]. Is that still allowed under the PDPA? The entrant is [[PERSON|Tan Wei Ming]].",
    "Plan an AGM agenda for the canoe club. Items: treasurer's report ([[PERSON|Evander Pryce-Jones]]), a new safety officer, subs. Apologies received from Dr [[PERSON|Okonjo]].",
    "We need to email all members about a data breach. The leaked file had names, emails and this admin password: [[PASSWORD|Goalpost#2019]]. Draft the notice from our chair [[PERSON|Rosemary Okwuosa]].",
    "Translate into Spanish for our visiting team from Valencia: you'll be picked up at the airport by [[PERSON|Kieran]], his mobile is [[PHONE_NUMBER|+44 7700 900648]].",
    "Which details can a personal trainer legally keep? My PT [[PERSON|Brandon Vos]] has my card on file, [[CREDIT_CARD|5425 9913 0087 4621]], and my home address, [[STREET_ADDRESS|44 Kloof Street, Gardens, Cape Town 8001]].",
    "Help me write a 2-minute speech for Grandad [[PERSON|Wilfred]]'s 50 years at the cricket club.",
    "Our Dutch hockey club asks for my BSN on the volunteer form: [[ID_NUMBER|318462758]]. Is that legit? I'm [[PERSON|Femke de Wit]].",
    "Please draft a text to [[PERSON|Jonno]] reminding him he's on bar duty after the match and the till login is [[ID_NUMBER|bar02]] / [[PASSWORD|pint4pint]].",
    "Reorganise this into a table: yoga teacher cover, Monday [[PERSON|Aditi]], Wednesday [[PERSON|Solveig Nyberg]], Friday [[PERSON|Chloé]], Sunday still open.",
    "I'm the membership secretary of a Kenyan athletics club. Write an M-Pesa payment reminder to [[PERSON|Wanjiru Kamau]] at [[PHONE_NUMBER|+254 722 418 903]] for KES 2,500 annual fees.",
    "What does this error mean when I upload our fixtures? 'Invalid token for user [[ID_NUMBER|fixtures_bot]]: [[API_KEY|ft_9a7c41e2b6d83f05ac19]]'",
    "Write a message to the swimming parents that [[PERSON|Seo-yeon]]'s mum is organising the car share; her number is [[PHONE_NUMBER|0491 570 812]].",
    "A member, [[PERSON|Leopold Fairweather]], fell off a treadmill and wants to claim. His policy number with the club insurer is [[ID_NUMBER|SP-4471-0932]]. Write a neutral first response.",
    "Calculate how much chalk the bouldering gym needs per month: 1,150 visits, 12 g per visit, 1 kg bags at £9. [[PERSON|Sunny]] thinks we need 20 bags. The supplier portal password is [[PASSWORD|Chalky-Fingers-9]] if you can look up the price.",
    "Draft a volunteer thank-you email to [[PERSON|Bianca Petrescu]] for marshalling the 10K; her CNP [[ID_NUMBER|2960314401235]] was on the form and I want to tell her we've deleted it.",
    "Explain offside simply for my nephew [[PERSON|Theo]], who is 7 and just joined an under-8s team.",
    "Help me write a firm but professional email to the leisure centre manager [[PERSON|Clive Ashworth]] ([[EMAIL_ADDRESS|clive.ashworth@example.gov.uk]]) about the broken showers in the women's changing room.",
    "Check if this German tax ID is in the right format before I add it to the coach contract: [[ID_NUMBER|47 219 385 060]], coach [[PERSON|Henrike Albers]].",
    "Our Finnish ski club partner asked for the athlete's henkilötunnus: [[ID_NUMBER|120598-417H]]. Draft a reply asking why they need it. Athlete: [[PERSON|Aino Kettunen]].",
    "Write a bio for the club website: [[PERSON|Mateo Ferraro]], head of youth development, UEFA B licence, former Serie C goalkeeper.",
]

# 100 records in the manner of synthetic PII benchmark datasets: one invented person each,
# with one to four values besides the name.
RECORDS = [
    "[[PERSON|Gabriela Sousa]] renewed her pool membership by phone from [[PHONE_NUMBER|+351 912 447 308]].",
    "Member: [[PERSON|Torsten Ekholm]] | Email: [[EMAIL_ADDRESS|t.ekholm@example.se]] | Personnummer: [[ID_NUMBER|940817-3368]]",
    '{"member": "[[PERSON|Keiko Matsuda]]", "my_number": "[[ID_NUMBER|6281 4097 3156]]", "phone": "[[PHONE_NUMBER|080-2291-6470]]"}',
    '2025-01-18T07:02:11Z gym-door entry member_id=[[ID_NUMBER|LFX-558201]] name="[[PERSON|Obinna Chukwu]]" src=[[IP_ADDRESS|198.51.100.88]]',
    "Dear Mrs [[PERSON|Lindqvist-Barr]], your locker deposit of £20 will be returned to [[IBAN_CODE|GB86 LOYD 3095 8812 4470 19]] within ten days. Kind regards, Stoke Road Swim Club",
    "Please ship the replacement racket to [[PERSON|Dhruv Malhotra]], [[STREET_ADDRESS|Flat 302, Shanti Residency, 14th Cross, Jayanagar, Bengaluru 560041]].",
    "Coach [[PERSON|Ifeoma Nwosu]] can be reached at [[EMAIL_ADDRESS|ifeoma.nwosu@example.ng]] or [[PHONE_NUMBER|+234 803 612 4478]].",
    "Name: [[PERSON|Rasmus Kjeldsen]]\nClub: Aarhus rowing\nIBAN: [[IBAN_CODE|DK57 3000 4718 2295 06]]",
    "The referee, [[PERSON|Anselm Krüger]], lives at [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]] and his phone is [[PHONE_NUMBER|030 23125 604]].",
    "Patient [[PERSON|Oona Lahtinen]], NHS number [[ID_NUMBER|612 840 3751]], attended with a dislocated finger from netball.",
    "Form row 17: signup,[[PERSON|Jasper Holloway]],[[EMAIL_ADDRESS|jasper.h@example.co.uk]],[[PHONE_NUMBER|07700 900734]],U18",
    "[[PERSON|Luca Marino]], nato il 12/12/1995 a Napoli, codice fiscale [[ID_NUMBER|MRNLCU95T12F839D]], tesserato dal 2019.",
    "Card on file for [[PERSON|Harland Pruitt]]: [[CREDIT_CARD|6011 4825 9031 7768]], billing ZIP 59801.",
    "[[PERSON|Ewa Zielińska]] (PESEL [[ID_NUMBER|92081573629]]) zapisała się na obóz żeglarski.",
    "Hi [[PERSON|Grace]], your new gym PIN is [[PASSWORD|4096]]. Please don't share it. – Front desk",
    "The climbing wall account for [[PERSON|Freya Lindgren]] uses the login [[ID_NUMBER|freya_crimps]] and the email [[EMAIL_ADDRESS|freya.lindgren@example.net]].",
    "Emergency contact for [[PERSON|Tavita Leiataua]]: wife, [[PHONE_NUMBER|021 448 3106]], [[STREET_ADDRESS|16 Kowhai Terrace, Karori, Wellington 6012]].",
    "[[PERSON|Siddharth Rao]]'s Aadhaar [[ID_NUMBER|6392 4817 5032]] was collected at the Bengaluru 10K bib pickup.",
    "Subject: Refund\nFrom: [[EMAIL_ADDRESS|m.oyelaran@example.com]]\nHello, this is [[PERSON|Modupe Oyelaran]]; please refund my tournament entry to card [[CREDIT_CARD|5311 7248 0596 1339]].",
    "RUT [[ID_NUMBER|17.482.903-9]] — [[PERSON|Camila Fuentes Araya]], socia del club de andinismo, teléfono [[PHONE_NUMBER|+56 9 8127 4403]].",
    "[[PERSON|Zeynep Aksoy]] ordered two club tracksuits; deliver to [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 6, 34728 Kadıköy/İstanbul]].",
    '2024-09-14 21:14:03 auth.reset user=[[ID_NUMBER|coach.ferreira]] src=[[IP_ADDRESS|203.0.113.219]] requested_by="[[PERSON|Lídia Ferreira]]"',
    "Kennitala: [[ID_NUMBER|120389-2979]]\nNafn: [[PERSON|Guðrún Sigurðardóttir]]\nFélag: golfklúbbur",
    "Please update [[PERSON|Pavla Dvořáková]]'s member record with her rodné číslo [[ID_NUMBER|905512/4188]].",
    "[[PERSON|Declan Moriarty]], PPS [[ID_NUMBER|8416027J]], is registered as an under-14 hurling coach with the club.",
    "Participant 44 — [[PERSON|Sipho Dlamini]], ID [[ID_NUMBER|9602135124083]], cell [[PHONE_NUMBER|082 417 5530]].",
    "Reminder sent to [[EMAIL_ADDRESS|hannah.oduya@example.org]]: [[PERSON|Hannah Oduya]], your pilates block starts Monday.",
    '{"name":"[[PERSON|Liam Ó Súilleabháin]]","iban":"[[IBAN_CODE|IE34 BOFI 9000 1738 4529 06]]"}',
    "Athlete [[PERSON|Kagiso Molefe]] | Passport [[ID_NUMBER|A04829173]] | Team: 4x100 relay",
    "M. [[PERSON|Bertrand Lacroix]], [[STREET_ADDRESS|18 rue des Tanneurs, 69004 Lyon]], numéro de sécurité sociale [[ID_NUMBER|1 89 04 75 116 043 96]].",
    "Yoga student [[PERSON|Ishani Banerjee]] pays by card [[CREDIT_CARD|4485 6120 9374 5188]] each month.",
    "[[PERSON|Arnav]] (username [[ID_NUMBER|arnav_serves]]) reported a bug in the tennis booking app.",
    "On 3 March [[PERSON|Ruth Abernathy-Cole]] called from [[PHONE_NUMBER|(312) 555-0128]] to cancel her spin classes.",
    "Beneficiary: [[PERSON|Maximilian Hofer]]\nIBAN: [[IBAN_CODE|AT19 2011 1829 4417 3306]]\nPurpose: Trainerhonorar März",
    "[[PERSON|Nomvula Khumalo]] lives at [[STREET_ADDRESS|23 Protea Road, Claremont, Cape Town 7708]] and coaches the Saturday netball juniors.",
    "User [[ID_NUMBER|kaz_rides]] ([[PERSON|Karolina Zając]]) logged in from [[IP_ADDRESS|192.0.2.58]] and changed the club ride route.",
    "Social security number [[US_SSN|529-14-8862]] belongs to volunteer coach [[PERSON|Darnell Whitaker]].",
    "Hello [[PERSON|Bjørn]], the boathouse alarm code is now [[PASSWORD|3917]]. Please don't write it on the door.",
    "[[PERSON|Catalina Restrepo]] · [[EMAIL_ADDRESS|cata.restrepo@example.co]] · [[PHONE_NUMBER|+57 310 482 7719]] · Medellín",
    "Invoice 2291 for the kit order is addressed to [[PERSON|Tobiah Klein]], [[STREET_ADDRESS|2217 Maple Hollow Dr, Apt 3B, Boise, ID 83706]].",
    "BSN [[ID_NUMBER|728139406]] van [[PERSON|Sanne Verbeek]] staat op het aanmeldformulier van de korfbalclub.",
    "[[PERSON|Olamide Bakare]] changed her gym password to [[PASSWORD|Deadl1ft&Dream]] on Tuesday.",
    "Driver licence [[ID_NUMBER|PRICE861245HE4KW]] — [[PERSON|Hedda Price]], minibus driver for away games.",
    "[[PERSON|Nikolaos Vlachos]], AMKA [[ID_NUMBER|15048823171]], registered for the Athens masters swim meet.",
    "Teudat zehut [[ID_NUMBER|318457264]], [[PERSON|Yael Ben-Ami]], joined the Haifa sailing club in April.",
    "[[PERSON|Kim Ji-ho]]'s resident number [[ID_NUMBER|980514-2153821]] was entered on the taekwondo dan application.",
    "Order shipped to [[PERSON|Ebony Marsh]], [[STREET_ADDRESS|Unit 4, 27 Banksia Street, Fremantle WA 6160]], mobile [[PHONE_NUMBER|0491 570 391]].",
    "Bank details for umpire expenses: [[PERSON|Gareth Llewellyn]], [[IBAN_CODE|GB09 NWBK 6072 1148 2930 56]].",
    "[[PERSON|Anneliese Wörner]] (Steuer-ID [[ID_NUMBER|27204168032]]) erhält die Übungsleiterpauschale.",
    "Access log: 2024-11-02 06:55 [[IP_ADDRESS|2001:db8:7::1c]] admin login ok for [[PERSON|Rory Quigley]] (user [[ID_NUMBER|rquigley]])",
    "To whom it may concern, [[PERSON|Sergio Valdés]] has been a member of our padel club since 2019. His NIE is [[ID_NUMBER|Y4829163M]].",
    "[[PERSON|Lucas Janssens]], rijksregisternummer [[ID_NUMBER|85.07.30-263.89]], [[STREET_ADDRESS|Rue de la Station 41, 1300 Wavre]].",
    "Hi, I'm [[PERSON|Baptiste]], my phone is [[PHONE_NUMBER|+33 6 39 98 17 52]], I'd like a trial session.",
    "Emergency contact card — Player: [[PERSON|Tane Walker]]; NHI: [[ID_NUMBER|ZJM4182]]; Contact: [[PHONE_NUMBER|022 581 3370]]",
    "[[PERSON|Krisztina Varga]]'s membership card number [[ID_NUMBER|MC-00458812]] was reported lost.",
    "Dispute filed by [[PERSON|Jerome Castellanos]] for a gym charge on card [[CREDIT_CARD|3762 918405 66377]].",
    "SIN [[ID_NUMBER|512 384 272]] for [[PERSON|Geneviève Tremblay]], assistant ski coach, [[STREET_ADDRESS|88 Rue Saint-Jean, Québec, QC G1R 1N8]].",
    "Thanks [[PERSON|Halima]]! Your API token for the league stats feed is [[API_KEY|lgs_tok_N4v8Rq2Wz7Kx1Hd5Tm9P]].",
    "[[PERSON|Ingrid Solberg]] registered her boat at [[STREET_ADDRESS|Bjerkeveien 21B, 0581 Oslo]], phone [[PHONE_NUMBER|+47 412 58 903]].",
    '{"isikukood": "[[ID_NUMBER|49706232710]]", "nimi": "[[PERSON|Kadri Tamm]]", "klubi": "Tartu orienteering"}',
    "Member [[PERSON|Oleksandr Hnatiuk]], RNOKPP [[ID_NUMBER|1938402751]], paid his boxing fees in cash.",
    "Wire from [[PERSON|Pilar Echeverría]], [[IBAN_CODE|ES72 0182 5319 4702 0158 3366]], concepto: cuota anual club de tenis.",
    "Dear [[PERSON|Hugo]], please find attached your climbing course certificate. The portal login is your email, [[EMAIL_ADDRESS|hugo.marchand@example.fr]].",
    "Post-match report: [[PERSON|Ricky Tamatea]] (player reg [[ID_NUMBER|NZR-300418]]) left the field with a shoulder injury.",
    "[[PERSON|Yuki Shimizu]] – [[STREET_ADDRESS|3-14-2 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]] – [[PHONE_NUMBER|090-5528-3174]]",
    "NRIC [[ID_NUMBER|T0384612H]] — [[PERSON|Nur Aisyah binte Rahman]], gym pass holder since 2021.",
    "[[PERSON|Ahmad Faris]] paid for the futsal tournament with [[CREDIT_CARD|4903 1186 7725 0490]].",
    "Contact form submitted: name=[[PERSON|Leilani Kahale]]; email=[[EMAIL_ADDRESS|leilani.k@example.com]]; message=interested in outrigger canoe lessons",
    "The Wi-Fi passphrase for the clubhouse, set by [[PERSON|Ruben Castillo]], is [[PASSWORD|offside-trap-2023]].",
    "[[PERSON|Priscilla Hawthorne]], [[STREET_ADDRESS|Flat 2/1, 44 Hyndland Road, Glasgow G12 9UP]], tel. [[PHONE_NUMBER|0131 496 0185]]",
    "Aadhaar [[ID_NUMBER|5821 3704 6915]] belongs to [[PERSON|Kavya Iyer]], who won the under-17 rapid chess section.",
    "[[PERSON|Dariusz]] logged into the club laptop as [[ID_NUMBER|dariusz.k]] with the password [[PASSWORD|Kajak2020]].",
    "Dear [[PERSON|Amelia Brooks]], please confirm your availability for the county trials by Friday. We tried [[PHONE_NUMBER|07700 900215]] but got no answer.",
    "Member since 2016: [[PERSON|Florin Munteanu]], [[STREET_ADDRESS|Strada Mihai Eminescu 27, ap. 9, 010513 București]].",
    "Ticket #8812 opened by [[PERSON|Agnieszka Lis]] ([[EMAIL_ADDRESS|a.lis@example.pl]]): cannot download my race certificate.",
    "SSN [[US_SSN|273-90-4418]], [[PERSON|Tyrone Beaumont]], background check cleared for youth wrestling.",
    "Medlem [[PERSON|Astrid Nilsson]], [[STREET_ADDRESS|Björkvägen 9, 433 31 Partille]], mobil [[PHONE_NUMBER|070-318 44 92]].",
    "Guest list for the gala: [[PERSON|Percival Ogunleye]], table 4, dietary needs vegan, mobile [[PHONE_NUMBER|+44 7700 900562]].",
    "Your new climbing gym membership: member number [[ID_NUMBER|BLX-204781]], holder [[PERSON|Mateja Kovač]], PIN [[PASSWORD|7731]].",
    "[[PERSON|Rohan Deshpande]] – server [[IP_ADDRESS|203.0.113.5]] – deploy key [[API_KEY|dk_prod_Qh3Ls8Vn2Xc6Bt9Rw4Ej]] – league results site",
    "Carta para [[PERSON|Margarida Pires]], [[STREET_ADDRESS|Rua do Almada 212, 2.º Esq., 4050-032 Porto]], NIF [[ID_NUMBER|239 184 700]].",
    "[[PERSON|Charlie Evershed]] paid £85 for the summer tennis camp; refund account [[IBAN_CODE|IE94 AIBK 9311 5247 8803 61]].",
    "Profile\nName: [[PERSON|Sebastián Ibarra]]\nAddress: [[STREET_ADDRESS|Av. Insurgentes Sur 1420, Col. Del Valle, 03100 Ciudad de México, CDMX]]\nPhone: [[PHONE_NUMBER|+52 55 4827 1930]]",
    "[[PERSON|Tiziana Bernardini]] versa la quota sociale sul conto [[IBAN_CODE|IT51 R030 6911 8840 0002 8413 967]].",
    "[[PERSON|Soo-ah Park]] signed the waiver; her email [[EMAIL_ADDRESS|sooah.park@example.kr]] was added to the route-setting newsletter.",
    "Polish youth camp form: [[PERSON|Kacper Wiśniewski]], PESEL [[ID_NUMBER|05231147818]], adres [[STREET_ADDRESS|ul. Słowicza 14/3, 30-215 Kraków]].",
    "[[PERSON|Marlowe Finch]] opened a dispute: card [[CREDIT_CARD|4263 9851 0072 4166]] was charged for a cancelled yoga retreat.",
    "[[PERSON|Elif Demir]] | e-posta: [[EMAIL_ADDRESS|elif.demir@example.com.tr]] | tel: [[PHONE_NUMBER|+90 544 217 08 36]]",
    "Request from [[PERSON|Aurelio Santangelo]]: please change the direct debit to [[IBAN_CODE|CH46 0483 5027 6194 1100 0]].",
    "Physio referral for [[PERSON|Morwenna Trevithick]], DOB 02/09/1987, [[STREET_ADDRESS|Chy an Mor, 6 Wharf Road, St Ives TR26 1LF]]; rotator cuff strain from water polo.",
    "Login for the tennis club site: [[ID_NUMBER|cbyrne_tc]] / [[PASSWORD|Topspin#44]], owner [[PERSON|Ciarán Byrne]].",
    "Entry list row 12: [[PERSON|Nguyễn Thu Trang]], [[STREET_ADDRESS|Số 18 ngõ 42 Trần Duy Hưng, Cầu Giấy, Hà Nội]], [[PHONE_NUMBER|+84 912 305 418]]",
    "Passport [[ID_NUMBER|C7T4K2N91]] issued to [[PERSON|Felix Moosbrugger]], booked on the Dolomites via ferrata trip.",
    "From: [[PERSON|Anjali Pillai]] <[[EMAIL_ADDRESS|anjali.pillai@example.in]]>\nSubject: badminton court refund",
    "[[PERSON|Dumisani]] paid R450 with card [[CREDIT_CARD|5573 0289 4461 8278]] for the trail run entry.",
    "[[PERSON|Agustina Herrera]] se inscribió en el torneo; DNI [[ID_NUMBER|53817264R]], móvil [[PHONE_NUMBER|+34 655 209 843]].",
    "Marathon entrant [[PERSON|刘子涵]], ID [[ID_NUMBER|440301198802175939]], phone [[PHONE_NUMBER|+86 138 2741 6605]].",
    "Member note: [[PERSON|Анастасия Волкова]] prefers contact by e-mail, [[EMAIL_ADDRESS|a.volkova@example.ru]], never by phone.",
    "Gate access granted to [[PERSON|Hemi Parata]], member [[ID_NUMBER|RC-22917]], from [[IP_ADDRESS|198.51.100.164]].",
    "[[PERSON|Juliette Moreau-Diallo]] was injured at the Saturday match; insurer policy number [[ID_NUMBER|POL-8841093]], contact [[PHONE_NUMBER|06 39 98 63 08]].",
]

# 100 clean texts with no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive 200-word essay arguing that public swimming pools should stay open late in summer.",
    "Compose a sequence of three haiku about the first frost on a cricket pitch.",
    "Imagine you are Sherlock Holmes investigating who stole the trophy from a village football club. Describe your first deduction.",
    "Explain the difference between aerobic and anaerobic exercise to a ten-year-old in no more than five sentences.",
    "Write a Python function that takes a list of race finishing times in seconds and returns them as mm:ss strings, fastest first.",
    "A train leaves at 14:05 and arrives at 17:50, stopping twice for 12 minutes each. How long was it actually moving? Show your reasoning.",
    "Role-play as Captain Ahab giving a motivational team talk before a rowing regatta.",
    "Summarise the main causes of the First World War in three bullet points suitable for a quiz night.",
    "Draft a formal email template a sports club could use to announce a change of venue, with placeholders for the names and dates.",
    "Compare the ancient Spartan agoge with modern youth sports academies. Which ideas still apply today?",
    "Write a SQL query that returns each team's total goals from a table matches(home_team, away_team, home_goals, away_goals).",
    "Pretend you are Florence Nightingale writing a short letter about hygiene in a field hospital.",
    "What is the derivative of f(x) = x^3 · sin(x)? Explain each step.",
    "Create a seven-day meal plan for a vegetarian endurance athlete and list the approximate protein for each day.",
    "Rewrite this sentence to be more concise: 'Due to the fact that it was raining, the game was postponed until a later date.'",
    "Explain how a refrigerator works using the idea of latent heat.",
    "Debate both sides: should video assistant referees be used in amateur football leagues?",
    "Write a limerick about a goalkeeper who is afraid of the ball.",
    "Act as Hermione Granger explaining to a first-year student why a study timetable matters.",
    "A bat and a ball cost £1.10 together. The bat costs £1.00 more than the ball. How much does the ball cost, and why is the intuitive answer wrong?",
    "Write a JavaScript function that debounces the search box on a club events page.",
    "Describe the water cycle as if you were a raindrop narrating your own journey.",
    "What were Leonardo da Vinci's main contributions to the study of anatomy?",
    "Give three tips for structuring a five-paragraph essay, with an example thesis statement about team sports.",
    "Explain the Monty Hall problem and why switching doors improves the odds of winning.",
]

CLEAN_GSM8K = [
    "Priya swims 40 lengths of a 25-metre pool every morning for 6 days. How many kilometres does she swim in total?",
    "A football club sells 320 raffle tickets at £2 each and spends £150 on prizes. How much profit does it make?",
    "Tomás runs 5 km on Monday, twice that on Wednesday, and 3 km less than Wednesday on Friday. How far does he run in total?",
    "A gym has 180 members. One third attend yoga, and half of the rest attend spin classes. How many members attend spin?",
    "Leah buys 3 tennis rackets at $45 each and gets a 20% discount on the total. How much does she pay?",
    "A hiking trail is 18 miles long. Marco walks at 3 miles per hour and takes two 30-minute breaks. How many hours does the hike take?",
    "Aiko has 56 stickers. She gives a quarter of them to her brother and 9 to her friend. How many stickers does she have left?",
    "A school orders 12 boxes of footballs with 8 balls per box. If 15 balls are damaged, how many usable balls are there?",
    "Jamal scores 18, 24, 15 and 23 points in four basketball games. What is his average score per game?",
    "A bakery makes 240 muffins for a sports day and sells 85% of them. How many muffins are left unsold?",
    "Sofia saves $12 a week for a bike that costs $276. How many weeks must she save?",
    "Four relay runners each run 400 metres. If their average lap time is 62 seconds, what is the team's total time in minutes and seconds?",
    "Ben has twice as many marbles as Kai, and Kai has 7 more than Lena. If Lena has 11 marbles, how many do the three have together?",
    "A swimming pool holds 50,000 litres and drains at 1,250 litres per hour. How many hours does it take to drain half of it?",
    "Olga buys 5 kg of apples at £2.40 per kg and 3 kg of pears at £3.10 per kg. How much change does she get from £25?",
    "Ines rides 24 km in 1 hour 20 minutes. What is her average speed in kilometres per hour?",
    "There are 28 students in a class and 3/7 of them play a team sport. How many do not?",
    "Nadia reads 35 pages a day except on Sundays. Starting on a Monday, how many days does it take her to finish a 420-page book?",
    "A club pays £65 per hour for a sports hall and books it for 3 hours a week for 14 weeks. What is the total cost?",
    "Omar is 4 years older than his sister. In 6 years the sum of their ages will be 40. How old is Omar now?",
    "A farmer packs 96 eggs into cartons of 12 and sells each carton for $3.50. How much money does he make?",
    "Elena's rowing crew covers 2,000 metres in 6 minutes 40 seconds. What is their average speed in metres per second?",
    "Chen can buy a season ticket for £420 or pay £28 per match. How many matches must he attend for the season ticket to save money?",
    "A rectangular garden is 15 m by 9 m, with a path 1 m wide around the outside. What is the area of the path?",
    "Isla collects 3 shells on the first day, and each day after that she collects 2 more than the day before. How many shells does she have after 7 days?",
]

CLEAN_MMLU = [
    "Which muscle group is primarily responsible for extending the knee?\nA. Hamstrings\nB. Quadriceps femoris\nC. Gastrocnemius\nD. Gluteus maximus",
    "What is the SI unit of power?\nA. Joule\nB. Newton\nC. Watt\nD. Pascal",
    "Which of the following is a renewable energy source?\nA. Coal\nB. Natural gas\nC. Wind\nD. Uranium",
    "In economics, a price ceiling set below the equilibrium price usually leads to:\nA. A surplus\nB. A shortage\nC. No change in quantity traded\nD. Higher producer revenue",
    "Who wrote 'The Republic'?\nA. Aristotle\nB. Socrates\nC. Plato\nD. Cicero",
    "Which blood vessels carry blood away from the heart?\nA. Veins\nB. Capillaries\nC. Arteries\nD. Venules",
    "The chemical symbol for sodium is:\nA. So\nB. Sd\nC. Na\nD. S",
    "Which amendment to the US Constitution abolished slavery?\nA. First\nB. Thirteenth\nC. Fifteenth\nD. Nineteenth",
    "What is the time complexity of binary search on a sorted array?\nA. O(n)\nB. O(log n)\nC. O(n log n)\nD. O(1)",
    "Lactate build-up during intense exercise mainly results from:\nA. Aerobic respiration\nB. Anaerobic glycolysis\nC. Protein synthesis\nD. Fat oxidation",
    "Which planet has the shortest orbital period around the Sun?\nA. Venus\nB. Mercury\nC. Mars\nD. Earth",
    "The Treaty of Versailles was signed in:\nA. 1815\nB. 1871\nC. 1919\nD. 1945",
    "Which of the following is NOT a primary colour of light?\nA. Red\nB. Green\nC. Blue\nD. Yellow",
    "What is the median of 3, 7, 9, 12 and 20?\nA. 9\nB. 10.2\nC. 12\nD. 7",
    "A ligament connects:\nA. Muscle to bone\nB. Bone to bone\nC. Muscle to muscle\nD. Nerve to muscle",
    "Which philosopher proposed the categorical imperative?\nA. David Hume\nB. Immanuel Kant\nC. John Stuart Mill\nD. John Locke",
    "The main function of red blood cells is to:\nA. Fight infection\nB. Clot blood\nC. Transport oxygen\nD. Produce hormones",
    "Which gas makes up most of Earth's atmosphere?\nA. Oxygen\nB. Carbon dioxide\nC. Argon\nD. Nitrogen",
    "In criminal law, 'mens rea' refers to:\nA. The guilty act\nB. The guilty mind\nC. The burden of proof\nD. A plea bargain",
    "What is the value of 7! (seven factorial)?\nA. 720\nB. 5040\nC. 40320\nD. 362880",
    "Which vitamin is synthesised in the skin after exposure to sunlight?\nA. Vitamin A\nB. Vitamin C\nC. Vitamin D\nD. Vitamin K",
    "Marginal cost is best defined as:\nA. Total cost divided by output\nB. The change in total cost from producing one more unit\nC. Fixed cost plus variable cost\nD. Average revenue minus average cost",
    "Which of these sorting algorithms has an average complexity of O(n log n)?\nA. Bubble sort\nB. Insertion sort\nC. Merge sort\nD. Selection sort",
    "The Great Barrier Reef lies off the coast of:\nA. Brazil\nB. Australia\nC. Indonesia\nD. Mexico",
    "Each interior angle of a regular octagon measures:\nA. 120°\nB. 135°\nC. 140°\nD. 150°",
]

CLEAN_HEALTH = [
    "I twisted my ankle playing netball two days ago and it's still swollen. Should I get an X-ray or keep icing it?",
    "Is it safe to go back to the gym a week after having COVID if I still feel a bit tired?",
    "What's the difference between a muscle strain and a ligament sprain?",
    "My knee clicks when I squat but it doesn't hurt. Is that something to worry about?",
    "How long should I wait after eating before I go swimming?",
    "I get a stitch every time I run. What causes it and how can I stop it?",
    "Can I take ibuprofen before a long hike to prevent sore muscles?",
    "My heel hurts first thing in the morning, especially after running. Could it be plantar fasciitis?",
    "Is it normal to feel dizzy after a hot yoga class?",
    "How much water should I drink during a 90-minute football match?",
    "I have type 1 diabetes and want to start cycling. What should I watch for with my blood sugar?",
    "What are the warning signs of concussion after a knock to the head in rugby?",
    "My shoulder aches after serving in tennis. Should I rest it completely or keep it moving?",
    "Are creatine supplements safe for teenagers who lift weights?",
    "I'm 34 weeks pregnant. Is gentle swimming still okay?",
    "What are shin splints and how long do they take to heal?",
    "Why do my fingers go white and numb when I climb outdoors in cold weather?",
    "How do I know if a blister from new hiking boots has become infected?",
    "Is it bad to stretch before running, or should I only stretch afterwards?",
    "I've had lower back pain since I started deadlifting. Which symptoms mean I should see a doctor?",
    "Can exercising in cold air trigger asthma, and how can I prevent it?",
    "What should I do if I get stung by a jellyfish while paddleboarding?",
    "How soon after a tooth extraction can I go back to martial arts training?",
    "Is a resting heart rate of 48 too low for someone who trains for triathlons?",
    "My child complains of knee pain after football. Could it be Osgood-Schlatter disease?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "011203-4715": luhn_len(10),  # Swedish personnummer
    "940817-3368": luhn_len(10),
    "318462758": bsn_ok,  # Dutch BSN
    "728139406": bsn_ok,
    "721 394 0589": nhs_ok,  # NHS number
    "486 153 9277": nhs_ok,
    "612 840 3751": nhs_ok,
    "05231147818": pesel_ok,  # Polish PESEL
    "92081573629": pesel_ok,
    "53817264R": dni_ok,  # Spanish DNI
    "Y4829163M": dni_ok,  # Spanish NIE
    "MRNLCU95T12F839D": codice_fiscale_ok,  # Italian codice fiscale
    "GLLSFN02A61H501A": codice_fiscale_ok,
    "120598-417H": hetu_ok,  # Finnish henkilötunnus
    "8416027J": pps_ok,  # Irish PPS number
    "1 89 04 75 116 043 96": nir_ok,  # French NIR
    "85.07.30-263.89": belgian_id_ok,  # Belgian national number
    "15069248168": fodselsnummer_ok,  # Norwegian fødselsnummer
    "239 184 700": nif_ok,  # Portuguese NIF
    "2960314401235": cnp_ok,  # Romanian CNP
    "17.482.903-9": rut_ok,  # Chilean RUT
    "49706232710": isikukood_ok,  # Estonian isikukood
    "120389-2979": kennitala_ok,  # Icelandic kennitala
    "905512/4188": rodne_cislo_ok,  # Czech rodné číslo
    "47 219 385 060": steuer_id_ok,  # German tax id
    "27204168032": steuer_id_ok,
    "ZJM4182": nhi_ok,  # New Zealand NHI
    "847 219 501": tfn_ok,  # Australian tax file number
    "2953 18404 1": medicare_ok,  # Australian Medicare card
    "512 384 272": luhn_len(9),  # Canadian SIN
    "371.582.649-55": cpf_ok,  # Brazilian CPF
    "6392 4817 5032": aadhaar_ok,  # Indian Aadhaar
    "5821 3704 6915": aadhaar_ok,
    "T0384612H": nric_ok,  # Singapore NRIC
    "S9126483H": nric_ok,
    "980514-2153821": rrn_ok,  # Korean resident registration number
    "6281 4097 3156": my_number_ok,  # Japanese My Number
    "320106199508234617": china_id_ok,  # Chinese resident identity number
    "440301198802175939": china_id_ok,
    "38571029410": kimlik_ok,  # Turkish kimlik
    "9602135124083": luhn_len(13),  # South African id
    "15048823171": luhn_len(11),  # Greek AMKA
    "318457264": luhn_len(9),  # Israeli teudat zehut
    "1938402751": rnokpp_ok,  # Ukrainian RNOKPP
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+48 [4-8]\d{2} \d{3} \d{3}",  # Poland mobile
        r"\+34 6\d{2} \d{3} \d{3}",  # Spain mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile
        r"\+254 7\d{2} \d{3} \d{3}",  # Kenya mobile
        r"\+351 9[1236]\d \d{3} \d{3}",  # Portugal mobile
        r"\+234 [789]0\d \d{3} \d{4}",  # Nigeria mobile
        r"02[12] \d{3} \d{4}",  # New Zealand mobile
        r"\+56 9 \d{4} \d{4}",  # Chile mobile
        r"0[678]\d \d{3} \d{4}",  # South Africa mobile
        r"\+57 3\d{2} \d{3} \d{4}",  # Colombia mobile
        r"\+47 [49]\d{2} \d{2} \d{3}",  # Norway mobile
        r"07[02369]-\d{3} \d{2} \d{2}",  # Sweden mobile
        r"\+52 55 \d{4} \d{4}",  # Mexico City
        r"\+84 9\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"\+86 1[3-9]\d \d{4} \d{4}",  # China mobile
    )
]


def _plain(texts: list[str]) -> list[str]:
    return [strip_marks(t)[0] for t in texts]


def check_mix() -> None:
    """Most chat requests name someone and many carry a secret; every record names one
    invented person (at most two forms of the name) and the records use every layout."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if not 1 <= len(people) <= 2:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    plain = _plain(RECORDS)
    layouts = {
        "JSON fragment": sum(t.startswith("{") for t in plain),
        "log line": sum(bool(re.search(r"\w=\S", t)) for t in plain),
        "labelled line": sum(bool(re.search(r"^\w[\w -]*: ", t, re.M)) for t in plain),
        "letter": sum(t.startswith(("Dear", "Hi", "Hello", "Thanks", "To whom")) for t in plain),
    }
    for layout, count in layouts.items():
        if count < 3:
            raise SystemExit(f"records: only {count} {layout}")


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
        "blind104", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
