# ruff: noqa: E501
"""A hundred-and-twenty-sixth blind privacy set: 220 texts with personal data and 100 clean
ones, on personal relationships (friends, dating, partners, exes, family quarrels, flatmates,
group chats, gossip, birthdays and gifts, apologies and break-up texts).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions
of ``build_blind36.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway about
  the people in the writer's life: drafting texts, cards, toasts and replies, summarising a
  voicemail, call notes, a group-chat thread and an agent's e-mail, translating, fixing
  wording, splitting bills, rent and gift pots, asking whether a message is a scam, and
  planning parties, trips and apologies. The first 30 are typed all in lower case (names,
  e-mails, IBANs and codes too, with shorthand and typos); the next 6 are in Turkish,
  Indonesian, Polish, Arabic, Hinglish and Chinese; the other 84 in ordinary English.
  Names of many origins (some in Arabic, Chinese and Greek script), first names alone,
  surnames after titles, full names, nicknames (Big Dan, Fitzy, Mouse, Lils) and names
  that are ordinary words (Will, Hope, Joy, Rich, Frank, Summer, Angel, Ash, Sky, Honey,
  Penny, Grace), most named in passing with no relation word, some only inside a quoted
  message. Secrets: wifi keys, gate, alarm, locker, buzzer and key-safe codes, PINs, a
  phone passcode and passwords.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, RSVP and guest-list lines, pipe and CSV rows, JSON objects,
  log lines, register entries, payment logs and short letters, each with exactly one
  person's name and one to four other values; 40 of them hold a national id with valid
  check digits (listed in ``NATIONAL_IDS``).
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people: Elizabeth Bennet, Sherlock Holmes, Queen
  Victoria, Jo March, Mr Darcy), 25 GSM8K-style word problems with fictional first names,
  25 MMLU-style items with options A to D and 25 health questions naming no one, mostly
  on relationships, families, flat-sharing and celebrations.

Usernames, handles, logins, member numbers, passports, National Insurance numbers and
national ids are ID_NUMBER; PINs, door, gate, alarm, locker, buzzer and key-safe codes,
phone passcodes, wifi keys and passwords are PASSWORD; titles and relation words (Mr, Mrs,
Miss, Aunt, Aunty, Uncle, Grandma, Grandpa, my ex, my sister) stay outside PERSON spans;
an address span runs from the first street line through the postcode and city as typed;
public figures, fictional characters, companies, order and booking references, postcodes
alone, amounts, wifi network names and dates of birth are not labelled; every occurrence
of a private value is marked, a name repeated is marked each time.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere (Turkey, Indonesia, Poland, Saudi Arabia, India,
China, Italy, Ireland, Japan, Korea, New Zealand, Brazil, the Netherlands, Norway,
Romania, Iceland, Ukraine, Singapore, Finland, Belgium, Spain, Mexico, South Africa,
Nigeria, Ghana); cards Luhn-valid (15 or 16 digits) and not well-known test numbers; IBANs
valid mod 97, of their country's length and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (Italian codice fiscale, Polish PESEL, Irish PPS, Chinese resident id, Dutch
BSN, Japanese My Number, Turkish kimlik, Indian Aadhaar, Spanish DNI and NIE, Brazilian
CPF, Finnish henkilötunnus, Singapore NRIC, Korean resident registration number,
Australian TFN and Medicare, French NIR, Belgian national number, Norwegian
fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic
kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Canadian
SIN, Swedish personnummer, South African id, Israeli teudat zehut, NHS number).

Run ``.venv/bin/python bench/data/build_blind126.py`` from the repository root; the output
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
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Auntie|Aunty|Uncle|Nan|Nana|Gran|Grandma|Grandpa"
    r"|Grandad|Pani|Pan|Pak|Bu|Ibu|Herr|Frau|Mme|M)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 all lower case, then Turkish, Indonesian, Polish, Arabic,
# Hinglish and Chinese, then 84 in English.
CHAT = [
    "can u help me word a text to [[PERSON|tash]] saying i cant make her bday drinks on sat without sounding like i dont care",
    "ok so [[PERSON|marco]] owes me £46 for the ryanair flights and [[PERSON|bree]] owes £23. write something chill for the group chat thats not passive aggressive lol",
    "my ex keeps texting from [[PHONE_NUMBER|07700 900318]] even tho i blocked his main number. is it petty to block this one too without replying. also he still knows my phone passcode [[PASSWORD|190822]] so i should change that right",
    "wifi for the flat is [[PASSWORD|ducklingsoup77]] pls write a cute note for the fridge telling [[PERSON|jonno]] and [[PERSON|priyanka]] to stop giving it to every random they bring home",
    "whats a nice way to say no to lending [[PERSON|dev]] money again. last time was 300 and i never saw it back",
    "summarise this for me pls: 'hiya its [[PERSON|honey]] from the reunion group!! can everyone send £15 to [[PERSON|sal]] by friday for the venue, details in the pinned msg, any probs ring me on [[PHONE_NUMBER|07700900745]] xx'",
    "is this a scam?? 'hi mum its me, new phone, old one smashed. can u pay this bill for me its urgent, [[IBAN_CODE|gb26barc20314762551908]] ref [[PERSON|kayden]] ill pay u back'. my son is [[PERSON|kayden]] but he always just calls me",
    "rewrite: [[PERSON|rosie]] im so sorry about what i said about [[PERSON|callum]] at ur party, i was drunk and it was out of order. can i buy u a coffee and explain",
    "bday ideas for [[PERSON|ollie]] hes turning 30, loves bouldering and terrible puns, budget like 60 quid",
    "gate code at nans is [[PASSWORD|4471]] and her flat is [[STREET_ADDRESS|flat 3, 22 moss lane, sale m33 6gt]]. write directions i can send to aunty [[PERSON|bev]] shes coming by train from crewe",
    "how do i tell [[PERSON|sunny]] i dont want to be flatmates next year. shes lovely but she never ever cleans and i cant do another year of it",
    "pls translate to spanish for [[PERSON|lucía]]s parents: thank u so much for having me this weekend, the paella was amazing and ur dog is the best",
    "split this: me, [[PERSON|kez]], [[PERSON|amara]] and [[PERSON|big dan]], bill was 187.40 and [[PERSON|kez]] didnt drink so take off 22 from hers",
    "my netflix login is [[EMAIL_ADDRESS|kofi.sheldrake@outlook.com]] pw [[PASSWORD|brixton4eva]]. how do i add a profile for [[PERSON|ivy]] without her seeing my watch history lmao",
    "draft a breakup text. been seeing [[PERSON|reuben]] 8 months, hes nice but i feel nothing. dont want to be cruel and i cant face doing it in person",
    "is it weird to get my bfs mum a mothers day present? shes called [[PERSON|grace]] and ive met her like 3 times",
    "fix my grammer: 'hey [[PERSON|fern]] sorry for ghosting, works been mental, r u free thurs for a catch up?'",
    "group chat drama. [[PERSON|lils]] screenshotted what [[PERSON|mo]] said about [[PERSON|jaz]] and sent it straight to [[PERSON|jaz]]. i was in the chat. what do i even say",
    "make this sound less desperate: 'i miss u [[PERSON|theo]]. i know u said u needed space but its been 3 weeks'",
    "my sister wants my card to book the cabin for mums 60th. is it safe to whatsapp her [[CREDIT_CARD|4916 0384 7725 1933]] or should i just book it myself",
    "[[PERSON|nikhil]] forgot our anniversary again!! help me say im hurt without it turning into a whole fight",
    "gym locker 118, code [[PASSWORD|0625]]. [[PERSON|bex]] is grabbing my bag for me, write her a quick msg with the steps",
    "plan a surprise party for [[PERSON|ade]] on the 14th, about 20 ppl, his flat at [[STREET_ADDRESS|14b clifton rd, london n8 7pn]] is tiny. any ideas for somewhere else nearby",
    "someone from [[EMAIL_ADDRESS|jess.holloway.xo@yahoo.co.uk]] keeps emailing my husband late at night. pretty sure its [[PERSON|jess]], his ex. how do i bring it up calmly",
    "secret santa for book club, i got [[PERSON|pip]]. she likes gardening and true crime podcasts. under 25 pls",
    "[[PERSON|mia]] and [[PERSON|zak]] are splitting up and both invited me to separate bday things on the same night. help",
    "whats a good reply to 'lol ok' from [[PERSON|frankie]] after i told her i got the job",
    "is 'dziękuję za wszystko, [[PERSON|bożenko]]' right? want to send it to my bfs gran, her names [[PERSON|bożena]]",
    "my mum wants me to set up her banking app. her pin is [[PASSWORD|2291]] and her login is [[ID_NUMBER|jmcgowan58]]. write the steps really simply so i can print them for her",
    "my ex [[PERSON|kieran]] keeps logging into my insta. login activity shows [[IP_ADDRESS|203.0.113.57]] in leeds which is where he lives. what do i do and what do i text him",
    # Turkish
    "[[PERSON|Elif]] için bir doğum günü mesajı yazar mısın? Samimi olsun ama abartılı olmasın. [[PERSON|Burak]] ile arası bozuk, ondan hiç bahsetme. Hediyeyi kargoyla [[STREET_ADDRESS|Moda Caddesi No: 48 D: 5, 34710 Kadıköy/İstanbul]] adresine yolluyorum.",
    # Indonesian
    "Tolong bikinin pesan minta maaf buat [[PERSON|Dimas]], aku lupa jemput dia di stasiun kemarin dan dia nunggu dua jam. Nomornya [[PHONE_NUMBER|0812-3391-4470]], mau aku kirim lewat WA. Jangan terlalu lebay ya.",
    # Polish
    "Podziel koszt prezentu dla [[PERSON|Tomka]] na pięć osób: 640 zł. [[PERSON|Ola]] już wpłaciła swoją część. Napisz krótką wiadomość do grupy, żeby reszta przelała na [[IBAN_CODE|PL78 1140 2004 0000 3902 7761 4458]] do piątku.",
    # Arabic
    "اكتب لي رسالة اعتذار لصديقتي [[PERSON|ريم]] لأنني نسيت عيد ميلادها، وأريد أن أدعوها إلى العشاء يوم الخميس. رقمها [[PHONE_NUMBER|050 417 2293]] وإذا سألت عن كلمة سر الواي فاي في بيتي فهي [[PASSWORD|qamar#88]]",
    # Hinglish
    "yaar [[PERSON|Rohit]] ka birthday Sunday ko hai, ek funny sa message likh do group ke liye. [[PERSON|Simran]] ko bhi tag karna hai. Cake ke paise [[PERSON|Ankit]] ko bhejne hain, uska number [[PHONE_NUMBER|+91 98201 47736]] hai, GPay pe.",
    # Chinese
    "帮我给[[PERSON|小雨]]写一条道歉短信，昨天吵架是我不对，我不该提她前男友。她的微信号是 [[ID_NUMBER|xiaoyu_0917]] ，手机 [[PHONE_NUMBER|139 2184 7735]] 。语气温柔一点。",
    # English
    "Can you help me write a birthday message for [[PERSON|Will]]? He's turning 40 and we've been mates since Year 7. Funny but a bit heartfelt too.",
    "[[PERSON|Hope]] keeps leaving the back door unlocked when she goes out, and the keypad code is [[PASSWORD|1357]] so anyone could guess it anyway. Write a polite note for the kitchen that doesn't single her out.",
    "Summarise this voicemail: 'Hi love, it's [[PERSON|Dawn]]. About Saturday — [[PERSON|Mark]] can't drive at the moment so could you pick Nana up from [[STREET_ADDRESS|9 Elm Court, Harrogate HG1 4QB]] around eleven? Ring me back on [[PHONE_NUMBER|07700 900562]]. Ta-ra.'",
    "My flatmate [[PERSON|Arlo]] pasted the key for our house Discord bot straight into the group chat: [[API_KEY|sk-proj-Yq3vT8mNw2LpR6xKdZ0aHfJ4cEsB1uGo]]. How do I tell him to revoke it without sounding like his mum?",
    "Draft a message to [[PERSON|Priya]] and [[PERSON|Sam]]: I paid the whole cottage deposit (£480), can they each send £160 to [[IBAN_CODE|GB12 MIDL 4051 8827 1934 06]] with the reference COTTAGE. Keep it friendly, we've known each other forever.",
    "Is this a scam? Text from [[PHONE_NUMBER|+44 7700 900871]]: 'Hey it's [[PERSON|Lola]] from uni!! lost my purse in Lisbon, can u send 200 to my friend's account [[IBAN_CODE|IE73 AIBK 9310 6241 7730 52]], pay u back Monday xx'. [[PERSON|Lola]]'s number in my phone is [[PHONE_NUMBER|07700 900214]].",
    "What do I get [[PERSON|Bishop]] for his birthday? He collects old vinyl and has just got into sourdough. Around £50.",
    "Turn this into tidy notes for the family WhatsApp: call about Grandad's 90th. [[PERSON|Colette]] books the church hall, [[PERSON|Rafa]] does the cake, Uncle [[PERSON|Stevie]] collects Grandad from [[STREET_ADDRESS|31 Kestrel Way, Didcot OX11 7PW]] at 1pm. Hall key safe code is [[PASSWORD|2580]]. Nobody tell Grandad.",
    "My ex emailed from [[EMAIL_ADDRESS|d.okonkwo.music@gmail.com]] asking for his records back. Write a short reply: he can collect them Saturday 10 till 12, I won't be in, [[PERSON|Ngozi]] will hand them over.",
    "Rewrite this nicer: '[[PERSON|Brooke]] you ate my leftovers AGAIN. Label your own stuff.'",
    "Split this fairly: Airbnb £912 for 4 nights. [[PERSON|Chidi]] and [[PERSON|Mags]] only stayed 2 nights, me and [[PERSON|Tom]] stayed all 4.",
    "[[PERSON|Penny]] just said 'tell [[PERSON|Rich]] I'm not coming if [[PERSON|Carla]] is'. How do I pass that on without starting a war?",
    "My boyfriend [[PERSON|Jordan]] wants my SSN to add me to his car insurance and says the form needs it. It's [[US_SSN|412-58-3307]]. Is it normal to send that by text, or should I fill the form in myself?",
    "Write a toast for [[PERSON|Joy]] and [[PERSON|Marcus]]'s wedding. I'm [[PERSON|Joy]]'s maid of honour, known her 20 years, she once drove us to Cornwall in a car with no reverse gear.",
    "[[PERSON|Angel]] owes me £75 for the concert tickets and it's been two months. Give me three versions of a reminder, soft to firm.",
    "Translate to German for my boyfriend's Oma: 'Dear [[PERSON|Hannelore]], thank you for the scarf, I wear it every day and think of you.'",
    "Dad's alarm code is [[PASSWORD|7193]] and the spare key is under the blue pot. Write a message to [[PERSON|Skye]] with everything she needs to feed the cats while we're in Crete.",
    "Summarise my call notes with Aunt [[PERSON|Margaret]]: upset [[PERSON|Fiona]] didn't invite her to the christening, thinks [[PERSON|Declan]] is behind it, wants me to 'have a word'. New number [[PHONE_NUMBER|0131 496 0772]]. I don't want to take sides.",
    "[[PERSON|Frank]] from next door said something nasty about my partner's accent over the fence. Help me write a calm note to put through his door.",
    "Gift plan for Mum's 65th: me £50, [[PERSON|Gabe]] £50, [[PERSON|Marnie]] £30 (student), [[PERSON|Ellis]] said he'll 'see'. What can we get for £130-180?",
    "Our group chat has a shared Splitwise: [[EMAIL_ADDRESS|binchickens2019@gmail.com]], password [[PASSWORD|Ibis4eva!]]. [[PERSON|Bronte]] changed something and now everyone apparently owes her £200. How do I check the history?",
    "Apology to [[PERSON|Sadie]]. I forgot to pick her up from Stansted and she waited two hours. No excuses, just honest.",
    "Is it rude to ask [[PERSON|Yusuf]] for the £20 back from March? We're not that close.",
    "Text to [[PERSON|Ray]]: I can't be his best man because of everything with his brother, but I still want to be there on the day.",
    "My mate [[PERSON|Hunter]] wants to use my card for the festival presale because his keeps getting declined. [[CREDIT_CARD|5290 1176 4038 8211]], exp 11/26. Write me a message that says no nicely.",
    "Rewrite so it doesn't sound like a breakup text (it isn't!): 'Hey [[PERSON|Summer]], I think we need to talk about the flat. I can't keep doing this.'",
    "How do I say no to being a bridesmaid for [[PERSON|Kezia]]? We drifted apart and the hen alone is £900 in Ibiza.",
    "Got an email from [[EMAIL_ADDRESS|grandma.lou.harper@outlook.com]] saying she's stranded in Manila and needs Apple gift cards. Grandma [[PERSON|Lou]] is 84 and lives in Swindon. Scam, right?",
    "Write [[PERSON|Hazel]] a thank-you card for looking after Biscuit for two weeks. She refused money so maybe mention a dinner.",
    "Plan a weekend in Bath for [[PERSON|Femi]]'s birthday — he likes spas and secondhand bookshops. £400 total.",
    "[[PERSON|Laszlo]] is hogging the internet. The router page shows his laptop at [[IP_ADDRESS|192.0.2.144]] pulling 300GB this week. Write a group message about fair use that doesn't name him.",
    "[[PERSON|Kwame]] just sent 'we need to talk' and nothing else. Give me some calm replies.",
    "Translate to French for my girlfriend's parents: 'Dear Mr and Mrs [[PERSON|Lefèvre]], thank you for dinner. [[PERSON|Claire]] and I would love to have you over next time.'",
    "Fix the wording for the cake: 'Happy birthday Grandpa [[PERSON|Joe]]!! love from [[PERSON|Noor]], [[PERSON|Idris]] and baby [[PERSON|Layla]]'",
    "Rent split help. Rooms are 14m², 11m², 9m² and 9m², rent £2,340. [[PERSON|Dom]] has the big room, [[PERSON|Saoirse]] the 11, [[PERSON|Tomasz]] and me the small ones. What's fair?",
    "Breakup help. [[PERSON|Ash]] and I have been long distance two years and it's not working. He lives at [[STREET_ADDRESS|58 Orchard Street, Bristol BS1 5EH]]. Kinder to post a letter or just call?",
    "Does this sound passive aggressive? 'No worries [[PERSON|Gemma]], I'll just do the bins myself again x'",
    "Hen do maths: bride is [[PERSON|Tori]], 8 of us including her, house in Margate is £1,560, and [[PERSON|Tori]] shouldn't pay. Per person?",
    "My brother-in-law [[PERSON|Ravi]] asks for the wifi every single visit. Network BT-Hub-7K2P, key [[PASSWORD|RainyDay!Kettle42]]. Make a cute sign for the hallway.",
    "Booking flights to Porto for me and [[PERSON|Ines]]. She texted me her passport number for the form, [[ID_NUMBER|563018274]]. Is that okay to keep in my notes app? Also ideas for a first-trip present?",
    "Help me reply to my mother-in-law [[PERSON|Patricia]]. She wants to stay three weeks over Christmas. We love her, but that's too long.",
    "Should I forward this to [[PERSON|Sol]]? '[[PERSON|Amber]] told me you two are back together, is it true??' — [[PERSON|Amber]] isn't meant to know.",
    "[[PERSON|Jamal]]'s dad passed and he asked me to help with the paperwork. The SSA letter shows his dad's number [[US_SSN|529-71-0846]] and the name [[PERSON|Curtis L. Boone]]. Explain the lump-sum death payment in plain words so I can talk him through it.",
    "Civil, short message to [[PERSON|Danielle]] (my ex-wife) about swapping weekends in May. Her email is [[EMAIL_ADDRESS|danielle.ashby@protonmail.com]] and she hates small talk.",
    "Wedding present ideas for [[PERSON|Oskar]] & [[PERSON|Bea]] — their registry is sold out. Around £80.",
    "My boyfriend [[PERSON|Caspian]] built a little app that reminds him to call his mum and pushed it to our shared GitHub repo with the key in it: [[API_KEY|AIzaSyD8kR2vX0qLm5TbN7wPzH3cJfY6uEgA1sQ]]. Is that bad? How do I say so without being condescending?",
    "A good way to ask [[PERSON|Nadia]] if she's still upset with me? Her last message was just 'fine.'",
    "Nan gave me her debit card to do her big shop. Card is [[CREDIT_CARD|4024 6631 9057 0829]], PIN [[PASSWORD|3306]]. Help me write down a simple plan so nobody in the family thinks I'm taking advantage.",
    "Summarise for the flat group: 'Hi all, re [[STREET_ADDRESS|7 Ferncliffe Road, Leeds LS6 2HB]] — [[PERSON|Bilal]] moves out on the 30th and [[PERSON|Greta]] takes his room from the 1st. Please email lettings to update the tenancy. Thanks, [[PERSON|Sandra]]'",
    "Check my maths? Coach for [[PERSON|Esme]]'s hen is £640, 16 of us, but [[PERSON|Esme]] and [[PERSON|Lottie]] don't pay.",
    "Second date with [[PERSON|Brad]] went well. He said 'let me know when you're home safe'. I'm home. Reply that isn't boring?",
    "My friend [[PERSON|Chen Jing]] wants to borrow my Uber account while her card is blocked. Login [[EMAIL_ADDRESS|leo.markham@icloud.com]], password [[PASSWORD|Markham#1990]]. Is that against their rules?",
    "Sympathy card for Mrs [[PERSON|Kowalczyk]] next door, her husband [[PERSON|Jerzy]] died last week. She used to babysit me.",
    "Dad wants to send my cousin [[PERSON|Tariq]] £2,000 for his wedding. [[PERSON|Tariq]] sent [[IBAN_CODE|DE97 1007 0024 0938 4417 62]]. Does that look like a proper German IBAN?",
    "[[PERSON|Poppy]]'s mum, [[PERSON|Jo Whitfield]], asked if [[PERSON|Poppy]] can sleep over Friday. Write a reply with our address, [[STREET_ADDRESS|12 Larkspur Close, Chelmsford CM2 9RX]], and my number [[PHONE_NUMBER|07700 900649]].",
    "Nicer version: 'running late, [[PERSON|Blessing]]'",
    "How do I respond to [[PERSON|Cam]] telling the whole group chat I'm 'obsessed' with his ex?",
    "Plan a 3-day Kraków trip for the lads: [[PERSON|Fitzy]], [[PERSON|Mouse]], [[PERSON|Big Al]] and [[PERSON|Deano]]. £350 each including flights.",
    "Is this really [[PERSON|Ellie]]? 'Hey it's [[PERSON|Ellie]], new number! can u send me the code that just came to your phone, I put your number in by mistake'. From [[PHONE_NUMBER|(312) 555-0143]].",
    "Found out my husband [[PERSON|Gareth]] has a second Facebook under the username [[ID_NUMBER|g.dalton.1979]]. How do I bring it up?",
    "Apology to [[PERSON|Isabella]]'s parents for the party at their house. Someone cracked the conservatory door and we'll pay. How do I phrase it?",
    "[[PERSON|Marisol]] left her keys at home, I'm dropping them at her work. Her locker code is [[PASSWORD|8842]]. Write a text for her colleague [[PERSON|Deshawn]] explaining.",
    "Split [[PERSON|Sunita]]'s birthday dinner: £318.60, 7 of us, [[PERSON|Sunita]] doesn't pay, [[PERSON|Arjun]] skipped his starter (£9 off).",
    "Less angry please: '[[PERSON|Carlos]], you said 7 and turned up at 9:40. Every single time.'",
    "How do I talk to my dad about his new girlfriend [[PERSON|Deborah]]? She's 31. I don't want to be judgy.",
    "My sister wants me as guarantor on her flat. The agent's form asks for my National Insurance number, [[ID_NUMBER|JT 48 27 91 C]]. Is that normal? What else do guarantors sign up for?",
    "Word this for a card: 'To Gran, sorry we missed your birthday, loads of love, [[PERSON|Sky]] & [[PERSON|Reuben]]'",
    "Email the letting agent: [[PERSON|Obi]] is replacing [[PERSON|Mateus]] in our flat from June. His email is [[EMAIL_ADDRESS|obi.nwachukwu@gmail.com]], phone [[PHONE_NUMBER|07700 900127]].",
    "Is it weird that [[PERSON|Frankie]]'s new girlfriend followed me? Her handle is [[ID_NUMBER|@milly.rae.bakes]].",
    "First anniversary ideas for [[PERSON|Jun]], about £100. He's into film cameras and cycling.",
    "Someone on Hinge called [[PERSON|Lachlan]] wants to move to WhatsApp on [[PHONE_NUMBER|+61 491 570 238]] and keeps bringing up crypto. Scam?",
    "Thank-you note to Miss [[PERSON|Adeyemi]] from [[PERSON|Tobi]] — she's leaving the school at Easter.",
    "How do I write 'happy birthday, I miss you' in Greek for [[PERSON|Δήμητρα]]? We met on Erasmus and she's back in Thessaloniki now.",
    "Fridge note please: whoever keeps finishing my oat milk (it's [[PERSON|Lenny]], we all know it's [[PERSON|Lenny]]), please stop.",
    "[[PERSON|Hamish]] and I are opening a joint account. His IBAN is [[IBAN_CODE|GB40 LOYD 3094 1158 2206 73]] and I want a £600 standing order from mine each month. What reference should we use?",
    "[[PERSON|Zuzana]] moved back to Prague but her post still comes here. Forwarding address: [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]]. Write a note for the postie.",
    "Summarise this thread: [[PERSON|Rhi]]: 'is it still on for sat?' [[PERSON|Gav]]: 'yeah 7 at mine' [[PERSON|Rhi]]: 'is [[PERSON|Tash]] coming?' [[PERSON|Gav]]: 'dunno ask her' [[PERSON|Rhi]]: 'awkward'",
    "My old housemate [[PERSON|Benedikt]] wants me as a reference for a flat in Berlin. Form needs my number: [[PHONE_NUMBER|030 23125 884]]. Draft a short, warm reference.",
    "Mum's Apple ID password is [[PASSWORD|Primrose1958]] and she's locked out again. Write step-by-step instructions I can read to her over the phone.",
    "Invite for the group chat: [[PERSON|Olu]]'s birthday, escape room at 3, dinner at 6, drinks after. 9 of us.",
    "Reply to [[PERSON|Cheryl]], who wrote 'heard you and [[PERSON|Tyrone]] split, so sorry babe, here if you need me 💕'. I don't want to get into it with her.",
    "I fell out with [[PERSON|Mercy]] over money six months ago. She loves Ethiopian food. How do I invite her to dinner to make up?",
    "My wife [[PERSON|Dana]] wants me to double-check the new tax form before she signs. Last year's return has her SSN as [[US_SSN|273-44-9152]]. What else should we compare so we don't get it wrong?",
    "Ordering surprise flowers for [[PERSON|Leona]] to [[STREET_ADDRESS|Apt 4B, 220 Halsey Street, Brooklyn, NY 11216]]. The buzzer code is [[PASSWORD|3817]]. Write a short note for the card, we've been dating 6 months.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "Guest: [[PERSON|Harriet Quayle]] | RSVP: yes +1 | email: [[EMAIL_ADDRESS|h.quayle@btinternet.com]] | mobile: [[PHONE_NUMBER|07700 900431]]",
    "[[PERSON|Giulia Bruni]] (codice fiscale [[ID_NUMBER|BRNGLI92C47F205X]]) is registered as a witness for the civil ceremony on 14 June; contact [[EMAIL_ADDRESS|giulia.bruni92@libero.it]].",
    '{"name": "[[PERSON|Tomasz Wróbel]]", "pesel": "[[ID_NUMBER|92031407255]]", "phone": "[[PHONE_NUMBER|+48 601 284 937]]"}',
    "Emergency contact: [[PERSON|Aoife Brennan]], PPS [[ID_NUMBER|8173429G]], mobile [[PHONE_NUMBER|087 214 9930]], [[STREET_ADDRESS|4 Glenview Park, Tallaght, Dublin 24]].",
    "[[PERSON|Rashida Okafor]] lives at [[STREET_ADDRESS|1187 Larchmont Avenue, Columbus, OH 43201]] and can be reached at [[PHONE_NUMBER|(614) 555-0172]].",
    '2024-11-03T21:14:52Z login ok user=[[ID_NUMBER|mateo.f]] name="[[PERSON|Mateo Ferreira]]" ip=[[IP_ADDRESS|198.51.100.23]]',
    "Dating profile: [[PERSON|Priyanka Menon]], 29, Leeds, loves hiking and pub quizzes. Prefers first contact by email at [[EMAIL_ADDRESS|priyanka.m.writes@gmail.com]].",
    "[[PERSON|李伟]]，身份证 [[ID_NUMBER|310104198807224137]]，手机 [[PHONE_NUMBER|138 0217 4496]]，婚宴第12桌。",
    "Wedding gift fund contribution: [[PERSON|Eoin Gallagher]] paid £150 from [[IBAN_CODE|GB19 NWBK 5620 0731 8844 21]], ref GALLAGHER-GIFT.",
    "Tenant: [[PERSON|Sofie de Vries]]; BSN [[ID_NUMBER|316205849]]; room 3; deposit paid in full.",
    "Next of kin form for patient [[PERSON|Davide Colombo]], CF [[ID_NUMBER|CLMDVD88H12L219I]], partner's telephone [[PHONE_NUMBER|+39 347 812 6604]].",
    "[[PERSON|Yasmin Haddad]] | [[EMAIL_ADDRESS|yasmin.haddad@gmx.de]] | [[PHONE_NUMBER|030 23125 417]] | plus-one: no | allergies: sesame",
    "Member [[PERSON|Kenji Watanabe]] (My Number [[ID_NUMBER|7301 6482 5939]]) joined the Osaka alumni club; mobile [[PHONE_NUMBER|090-4418-2730]].",
    "[[PERSON|Fatma Yıldız]], T.C. Kimlik No: [[ID_NUMBER|28745193054]], Adres: [[STREET_ADDRESS|Atatürk Bulvarı No: 112/7, 06680 Çankaya/Ankara]]",
    "[[PERSON|Oliver Pemberton]],[[EMAIL_ADDRESS|olly.pemberton@hotmail.co.uk]],[[PHONE_NUMBER|07700 900905]],table 4,chicken",
    "Secret Santa sign-up: [[PERSON|Ngozi Eze]], ship to [[STREET_ADDRESS|Flat 2, 41 Coldharbour Lane, London SE5 9NR]], budget £20.",
    "[[PERSON|Arjun Mehta]]'s Aadhaar [[ID_NUMBER|6842 1937 5027]] and mobile [[PHONE_NUMBER|+91 98765 20418]] were added to the marriage registration file.",
    "Card on file for [[PERSON|Bethany Cole]]: [[CREDIT_CARD|4539 7102 8846 3157]], billing address [[STREET_ADDRESS|77 Whitmore Road, Stoke-on-Trent ST4 6JH]].",
    "[[PERSON|Javier Ortega Ruiz]], DNI [[ID_NUMBER|53829017R]], domicilio [[STREET_ADDRESS|Calle del Pez 23, 3º B, 28004 Madrid]]",
    "Reunion RSVP: [[PERSON|Mariana Costa]], CPF [[ID_NUMBER|385.172.940-41]], WhatsApp [[PHONE_NUMBER|+55 11 98472-3315]].",
    "[[PERSON|Heikki Laine]] / hetu [[ID_NUMBER|070802A5474]] / [[EMAIL_ADDRESS|heikki.laine@elisanet.fi]]",
    "Authorised user [[PERSON|Grace Adebayo]], username [[ID_NUMBER|gadebayo_22]], password [[PASSWORD|Tuesd4yRain!]]",
    "[[PERSON|Camille Mercier]] a versé 120 € pour le cadeau commun depuis le compte [[IBAN_CODE|FR58 3000 4028 3700 0107 6342 185]].",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8726401G]], [[STREET_ADDRESS|Blk 312 Clementi Avenue 4, #08-115, Singapore 120312]]",
    "Flatshare register: [[PERSON|김서연]], RRN [[ID_NUMBER|880416-2163079]], phone [[PHONE_NUMBER|010-3928-5174]].",
    "[[PERSON|Lachie Brown]] TFN [[ID_NUMBER|392 817 469]], mobile [[PHONE_NUMBER|0491 570 612]]",
    "Medicare card [[ID_NUMBER|2947 31857 1]] belongs to [[PERSON|Sienna Walsh]], [[STREET_ADDRESS|16 Banksia Crescent, Fremantle WA 6160]].",
    "SSN [[US_SSN|618-03-2279]] — [[PERSON|Travis McAllister]], spouse on the 2023 joint return; email [[EMAIL_ADDRESS|travis.mca@yahoo.com]].",
    "[[PERSON|Aurélie Dubois]], NIR [[ID_NUMBER|2 92 01 69 384 217 44]], tél. [[PHONE_NUMBER|06 39 98 41 07]]",
    "[[PERSON|Bram Peeters]], rijksregisternummer [[ID_NUMBER|87.06.14-273.12]], [[EMAIL_ADDRESS|bram.peeters@telenet.be]]",
    "[[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|21079543672]], tlf. [[PHONE_NUMBER|+47 918 44 207]]",
    "[[PERSON|Rui Carvalho]] NIF [[ID_NUMBER|248 163 906]], morada [[STREET_ADDRESS|Rua das Flores 87, 2º Esq, 4050-265 Porto]]",
    "[[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2860912403175]], telefon [[PHONE_NUMBER|+40 722 418 309]]",
    "[[PERSON|Catalina Rojas]], RUT [[ID_NUMBER|16.482.905-7]], correo [[EMAIL_ADDRESS|cata.rojas@vtr.net]], confirma asistencia al matrimonio.",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49003122748]], e-post [[EMAIL_ADDRESS|kadri.tamm@mail.ee]]",
    "[[PERSON|Sigrún Jónsdóttir]] kt. [[ID_NUMBER|110487-2669]], sími [[PHONE_NUMBER|+354 862 4417]]",
    "[[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905317/1391]], [[STREET_ADDRESS|Koněvova 54, 130 00 Praha 3]]",
    "[[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3184062950]], тел. [[PHONE_NUMBER|+380 67 418 2936]]",
    "Steuer-ID [[ID_NUMBER|47 150 238 695]] gehört zu [[PERSON|Lukas Brandt]], [[STREET_ADDRESS|Kastanienallee 19, 10435 Berlin]].",
    "[[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], whānau contact [[PHONE_NUMBER|021 448 3920]]",
    "[[PERSON|Mélanie Tremblay]], SIN [[ID_NUMBER|046 827 135]], cell [[PHONE_NUMBER|(514) 555-0118]]",
    "Groomsman [[PERSON|Erik Lindqvist]], personnummer [[ID_NUMBER|900214-5234]], shirt size L.",
    "[[PERSON|Sipho Nkosi]], ID [[ID_NUMBER|9106235129083]], cell [[PHONE_NUMBER|+27 82 417 3096]]",
    "[[PERSON|Noa Ben-David]], ת.ז. [[ID_NUMBER|039174263]], [[EMAIL_ADDRESS|noa.bd@walla.co.il]]",
    "[[PERSON|Zeynep Aksoy]], kimlik [[ID_NUMBER|51694208364]], cep [[PHONE_NUMBER|+90 533 207 48 16]], e-posta [[EMAIL_ADDRESS|zeynep.aksoy@hotmail.com.tr]]",
    "[[PERSON|Anjali Verma]], Aadhaar [[ID_NUMBER|3917 2058 4461]], [[STREET_ADDRESS|B-204, Sunshine Residency, Andheri West, Mumbai 400053]]",
    "[[PERSON|王芳]] 身份证号 [[ID_NUMBER|440106199503187265]] 电话 [[PHONE_NUMBER|186 2093 4417]] 伴娘",
    "Guest list entry: [[PERSON|Joanna Kwiatkowska]], PESEL [[ID_NUMBER|02271903842]], [[EMAIL_ADDRESS|asia.kwiatkowska@wp.pl]]",
    "[[PERSON|Hamza Qureshi]], NHS number [[ID_NUMBER|943 476 5919]], next-of-kin phone [[PHONE_NUMBER|020 7946 0358]]",
    "Patient [[PERSON|Moira Fitzgerald]] (NHS [[ID_NUMBER|721 058 3645]]) discharged home to [[STREET_ADDRESS|5 Rowan Terrace, Whitby YO21 3DL]].",
    "[[PERSON|Min-jun Park]] kakao [[ID_NUMBER|minjun_pk88]] email [[EMAIL_ADDRESS|minjun.park@naver.com]] (best man)",
    "[[PERSON|伊藤さくら]] マイナンバー [[ID_NUMBER|2841 5907 3619]] 携帯 [[PHONE_NUMBER|080-2715-9934]]",
    "[[PERSON|Jan Dekker]], [[EMAIL_ADDRESS|jan.dekker@ziggo.nl]], IBAN [[IBAN_CODE|NL75 INGB 0007 3419 58]], bijdrage bruiloftscadeau €40",
    "[[PERSON|Pedro Almeida]] pagou a parte dele do presente; WhatsApp [[PHONE_NUMBER|+55 31 98817-2406]].",
    "[[PERSON|Valentina Moreno]], NIE [[ID_NUMBER|Y4018263Q]], móvil [[PHONE_NUMBER|+34 612 483 907]], acompañante: sí",
    "[[PERSON|Aino Korhonen]], sähköposti [[EMAIL_ADDRESS|aino.korhonen@kolumbus.fi]], puh. [[PHONE_NUMBER|+358 40 718 2264]]",
    "[[PERSON|Daniel Lim Jun Hao]], [[STREET_ADDRESS|28 Jalan Kembangan, Singapore 419117]], mobile [[PHONE_NUMBER|+65 9124 7730]]",
    "[[PERSON|Chloe Nguyen]], [[STREET_ADDRESS|9/41 Bellevue Street, Surry Hills NSW 2010]], [[EMAIL_ADDRESS|chloe.ng@bigpond.com]]",
    "[[PERSON|Antoine Girard]], [[STREET_ADDRESS|14 rue des Martyrs, 75009 Paris]], portable [[PHONE_NUMBER|06 39 98 15 62]]",
    "[[PERSON|Léa Janssens]] — [[EMAIL_ADDRESS|lea.janssens@skynet.be]] — GSM [[PHONE_NUMBER|+32 471 28 46 19]]",
    "Dear Ms [[PERSON|Hartigan]], thank you for confirming the hall for our ruby anniversary party on the 9th. We expect about sixty guests and would like the buffet at seven. Please send the balance invoice to [[EMAIL_ADDRESS|bookings.hartigan@gmail.com]] or ring [[PHONE_NUMBER|020 7946 0281]] with any questions. Kind regards.",
    '{"user": "[[ID_NUMBER|sunflower_kat]]", "display_name": "[[PERSON|Katarzyna Lis]]", "last_ip": "[[IP_ADDRESS|203.0.113.88]]"}',
    "Couples counselling intake: client [[PERSON|Damien Rourke]], DOB 02/09/1987, phone [[PHONE_NUMBER|07700 900276]], email [[EMAIL_ADDRESS|d.rourke87@gmail.com]].",
    "Wedding registry account holder [[PERSON|Imogen Tate]], login [[EMAIL_ADDRESS|imogen.tate@icloud.com]], password [[PASSWORD|Confetti&Cake2025]].",
    "[[PERSON|Desmond Achterberg]], [[STREET_ADDRESS|Prinsengracht 412-II, 1016 JK Amsterdam]], [[PHONE_NUMBER|+31 6 4182 7390]]",
    "Gift pot payment log: 14/02 19:22 [[PERSON|Nadia Rahman]] £25 card [[CREDIT_CARD|5413 2987 0065 4726]] status=approved",
    "[[PERSON|Connor Duffy]] SSN [[US_SSN|340-92-6615]] DOB 1991-04-18 [[STREET_ADDRESS|2210 Maple Ridge Drive, Apt 6, Tulsa, OK 74105]]",
    "Reunion signup #118 | [[PERSON|Ifeoma Nwosu]] | [[EMAIL_ADDRESS|ifeoma.nwosu@yahoo.co.uk]] | [[PHONE_NUMBER|+234 803 417 2256]] | dietary: none",
    "Contact card: [[PERSON|Brigid O'Shea]], [[STREET_ADDRESS|9 Church Road, Clonakilty, Co. Cork P85 X721]], [[EMAIL_ADDRESS|brigidoshea@eircom.net]]",
    "[[PERSON|Mohammed Al-Sayed]] contributed SAR 500 to the engagement gift from [[IBAN_CODE|SA17 8000 0000 6080 1019 4427]]; mobile [[PHONE_NUMBER|+966 55 318 4402]].",
    "Beneficiary [[PERSON|Hessa Al Mansoori]], IBAN [[IBAN_CODE|AE73 0260 0010 1529 4837 102]], purpose: wedding henna night deposit",
    "Household bot config: owner [[PERSON|Reza Tehrani]], api_key=[[API_KEY|sk-ant-api03-Hw7Qp2Lx9VbK4nRt8MzY1cJs6DfG0aUe3oPi5]], host=[[IP_ADDRESS|192.0.2.77]]",
    "[[PERSON|Wiremu Tipene]] — [[PHONE_NUMBER|027 391 5508]] — [[STREET_ADDRESS|22 Kowhai Street, Rotorua 3010]]",
    "Donor: [[PERSON|Astrid Lindahl]], IBAN [[IBAN_CODE|AT53 2011 1829 4471 5603]], amount €50, memo: baby shower gift",
    "[[PERSON|Lucas Moreau]] | [[EMAIL_ADDRESS|lucas.moreau@orange.fr]] | [[PHONE_NUMBER|+33 6 39 98 27 51]] | arrive vendredi soir",
    "Passport [[ID_NUMBER|C7X4K2918]] (Germany), holder [[PERSON|Jonas Albrecht]], travelling with the wedding party to Lisbon.",
    "[[PERSON|Esperanza Villalobos]], [[STREET_ADDRESS|Av. Insurgentes Sur 1457, Col. Insurgentes Mixcoac, 03920 Ciudad de México]], tel. [[PHONE_NUMBER|+52 55 4187 2093]]",
    "Salsa club membership: [[PERSON|Rosalind Okoro]], member no. [[ID_NUMBER|SC-20418]], emergency phone [[PHONE_NUMBER|07700 900583]]",
    "[[PERSON|Tyler Brooks]] paid the bachelor party cabin deposit with card [[CREDIT_CARD|374921830566415]], exp 03/28.",
    "[[PERSON|Aiyana Redcloud]], SSN [[US_SSN|501-26-7738]], listed as emergency contact; email [[EMAIL_ADDRESS|aiyana.redcloud@gmail.com]]",
    "[2025-01-12 08:41:09] WARN new device sign-in for [[PERSON|Marguerite Lacombe]] from [[IP_ADDRESS|203.0.113.140]] (account [[ID_NUMBER|mlacombe]])",
    "[[PERSON|Kofi Asante]] can be reached on [[PHONE_NUMBER|+233 24 418 7730]] or at [[EMAIL_ADDRESS|kofi.asante.gh@gmail.com]] about the naming ceremony.",
    "Dear [[PERSON|Ruairí]], your Secret Santa match for the office-and-partners party is ready. Log in with username [[ID_NUMBER|ruairi.mc]] and PIN [[PASSWORD|5512]] to see who you drew. The spending limit is €25 and gifts should be wrapped and labelled by 18 December. Please keep your match a secret!",
    "Bride's side, table 6: [[PERSON|Evangeline Marsh]], [[PHONE_NUMBER|(503) 555-0127]], vegetarian",
    "[[PERSON|Dieter Kranz]], [[STREET_ADDRESS|Schillerstraße 8, 80336 München]], [[IBAN_CODE|DE61 5001 0517 5407 3918 46]]",
    "Door code for the holiday let is [[PASSWORD|9046]]; keys left for [[PERSON|Morwenna Trelawny]] at [[STREET_ADDRESS|3 Fore Street, St Ives TR26 1HE]].",
    "[[PERSON|Ayşe Demir]], IBAN [[IBAN_CODE|TR27 0006 2000 1140 0006 2984 57]], tel [[PHONE_NUMBER|0532 614 29 83]]",
    "[[PERSON|Francesca Russo]] ha versato 50 € per il regalo di nozze dal conto [[IBAN_CODE|IT42 X030 6909 6061 0000 0117 835]].",
    "[[PERSON|Ignacio Herrera]] <[[EMAIL_ADDRESS|nacho.herrera@telefonica.net]]>, cuenta [[IBAN_CODE|ES62 0182 2370 4102 0158 3947]]",
    "[[PERSON|Maeve Donnelly]] <[[EMAIL_ADDRESS|maeve.donnelly@outlook.ie]]> wrote: 'Count me in for the hen, I'll transfer Friday.'",
    '{"guest": "[[PERSON|Samuel Osei]]", "email": "[[EMAIL_ADDRESS|sam.osei@proton.me]]", "rsvp": true, "plus_one": false}',
    "Holiday cottage host [[PERSON|Bartholomew Finch]]: wifi key [[PASSWORD|OwlsNest1962]], phone [[PHONE_NUMBER|07700 900817]].",
    "[[PERSON|Ahmad Karimi]] | user [[ID_NUMBER|ahmad_k91]] | [[IP_ADDRESS|198.51.100.201]] | removed from group chat 2025-03-02",
    "[[PERSON|Dorothea Pike]], card [[CREDIT_CARD|6011 4592 3308 1746]], billing [[STREET_ADDRESS|61 Saxon Road, Norwich NR3 2QT]]",
    "Next of kin: [[PERSON|Agnieszka Zielińska]], [[PHONE_NUMBER|+48 512 307 864]], [[STREET_ADDRESS|ul. Długa 44/6, 80-827 Gdańsk]]",
    "[[PERSON|Rowan Blake]], passport [[ID_NUMBER|548812390]] (UK), email [[EMAIL_ADDRESS|rowan.blake@fastmail.com]]",
    "Shared streaming account: owner [[PERSON|Jake Whitlock]], login [[EMAIL_ADDRESS|jakewhitlock@live.com]], password [[PASSWORD|Popcorn-Sofa-88]], card [[CREDIT_CARD|4175 0092 6614 5384]]",
    "Account recovery requested for [[PERSON|Nilufar Yusupova]] from [[IP_ADDRESS|2001:db8:4a7::1c]]; recovery email [[EMAIL_ADDRESS|nilufar.y@mail.ru]]",
    "Family photo backup script, maintainer [[PERSON|Henrietta Vance]], token [[API_KEY|ghp_Kx7Rm2Vq9TzL4wNb8YcP3sJh6FdA0uEoQ1iG]]",
    "[[PERSON|Ruth Abernathy]], beneficiary on her late husband's policy; SSN [[US_SSN|287-60-4419]]; phone [[PHONE_NUMBER|(919) 555-0186]].",
]

# 25 MT-Bench/Vicuna-style prompts, some naming historical or fictional people.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that close friendships deserve the same public recognition as marriages.",
    "Compose a heartfelt letter from Elizabeth Bennet to her sister Jane after Jane's engagement, in the style of Jane Austen.",
    "Imagine you are a relationship coach. Explain to a couple who argue about chores how to set up a fair weekly rota.",
    "What are the main differences between how friendships form in childhood and in adulthood?",
    "Write a short story about two estranged siblings who meet again at their late father's allotment.",
    "How can someone politely decline a wedding invitation without damaging the friendship?",
    "Role-play as Sherlock Holmes explaining to Dr Watson why he completely forgot Watson's birthday.",
    "Compare the view of love in Shakespeare's sonnets with the advice given in modern dating columns.",
    "Draft a five-point guide for flatmates on sharing a small kitchen peacefully.",
    "Describe how Queen Victoria's long mourning for Prince Albert shaped Victorian customs around grief.",
    "Write a limerick about a group chat that can never agree on a restaurant.",
    "What are some signs that a friendship has become one-sided, and how might one raise it kindly?",
    "Explain attachment theory in simple terms and how it might shape adult romantic relationships.",
    "Write a break-up scene between Romeo and Rosaline told from Rosaline's point of view.",
    "Suggest ten low-cost birthday gift ideas for a friend who insists they want nothing.",
    "Evaluate this argument: 'Couples who pool all their money argue less about money.' What evidence would strengthen or weaken it?",
    "Write a dialogue in which Jo March tells her sisters that she has sold her first story.",
    "How did letter writing sustain long-distance relationships before the telephone? Give examples from the nineteenth century.",
    "Create a weekly plan for a family of four who want to spend more screen-free evenings together.",
    "Write a template apology note for someone who missed a close friend's important milestone.",
    "Summarise the plot of Emma by Jane Austen, focusing on Emma's mistakes as a matchmaker.",
    "What etiquette applies when a group of friends with very different budgets splits a restaurant bill?",
    "Write a poem about a grandmother's recipe book handed down through three generations.",
    "Pretend you are Mr Darcy writing a dating-app profile. Keep it under 100 words.",
    "Discuss the pros and cons of staying friends with an ex after a break-up.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya is planning a surprise party for 18 guests. Each guest will eat 3 slices of pizza, and each pizza has 8 slices. How many pizzas must she order?",
    "Four flatmates split a $236 grocery bill equally, except that Ben pays an extra $20 for his own snacks, which are included in the total. How much does each of the other three pay?",
    "Priya wants to send a birthday card to each of her 14 cousins. Cards cost $2.50 each and stamps cost $0.85 each. How much will she spend in total?",
    "Tom and Lucy have been married for 12 years. Tom's parents have been married 3 times as long as Tom and Lucy, minus 4 years. How many years have Tom's parents been married?",
    "A group of 6 friends rent a holiday cottage for $1,380. Two friends stay only half the time and pay half a share each. How much does each full-share friend pay?",
    "Omar buys flowers for his mother every month. A bunch costs $18, and in December he buys two bunches. How much does he spend on flowers in a year?",
    "Grace's book club has 11 members. Each member brings 4 cupcakes to the anniversary meeting, and 9 cupcakes are left over. How many cupcakes were eaten?",
    "Leo texts his brother 7 times a day on weekdays and 12 times a day at weekends. How many texts does he send in a week?",
    "For a wedding, Hana needs 150 chairs. The hall has 64 chairs, and she can rent the rest in packs of 10. How many packs must she rent?",
    "Sam and Nia save for a joint holiday. Sam saves $45 a week and Nia saves $60 a week. How many weeks will it take them to save $1,260 together?",
    "A family reunion has 5 grandparents, 12 parents and 3 times as many grandchildren as grandparents. How many people attend?",
    "Ella splits a $90 gift among her 3 nieces in the ratio 2:3:4. How much does the niece with the largest share receive?",
    "Jack walks his neighbour's dog 4 times a week and is paid $6 per walk. How many weeks will it take him to earn $168?",
    "Rosa bakes a cake for her grandmother's 80th birthday. The recipe needs 250 g of flour per layer and the cake has 4 layers. Flour comes in 1 kg bags. How many grams of flour will be left?",
    "Five friends share a taxi home. The fare is $42.50 plus a $7.50 tip. If they split the total equally, how much does each pay?",
    "Kai's phone plan costs $25 a month, and he adds his sister for $15 a month. How much do they pay together over 18 months?",
    "Amara invites 40 people to her engagement party. Three quarters accept, and each guest who comes brings one partner. How many people attend, including Amara?",
    "Dev has 3 times as many contacts in his phone as his grandfather, who has 85. Dev deletes 40 old contacts. How many contacts does Dev have now?",
    "A secret santa group of 12 sets a limit of $15 per gift. If everyone spends exactly $2 under the limit, how much is spent altogether?",
    "Zoe and her 3 flatmates use 2 rolls of kitchen paper each week. A pack of 6 rolls costs $4.20. How much do they spend on kitchen paper in 12 weeks?",
    "Noah drives 126 miles to visit his parents. His car uses one gallon every 42 miles and fuel costs $3.80 a gallon. What does the round trip cost in fuel?",
    "At a christening, 48 guests share 6 bottles of juice. Each bottle fills 8 cups. How many guests do not get a cup?",
    "Ivy earns $18 an hour babysitting. She babysits her cousins for 3 hours on Friday and 5 hours on Saturday. How much does she earn that weekend?",
    "A couple spends $2,400 on their wedding flowers, which is 8% of the total wedding budget. What is the total budget?",
    "Finn, Ruby and Jo split a $57 dinner bill. Finn pays $5 more than Ruby, and Jo pays $5 more than Finn. How much does Ruby pay?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "In attachment theory, a child who seeks comfort from a caregiver and is easily soothed is usually described as having which attachment style? A. Avoidant B. Secure C. Disorganised D. Ambivalent",
    "Which sociologist described the 'looking-glass self', the idea that people see themselves as they think others see them? A. Émile Durkheim B. Charles Horton Cooley C. Max Weber D. Karl Marx",
    "In many legal systems, a prenuptial agreement is most accurately described as: A. A marriage licence B. A contract made before marriage about property C. A court order after divorce D. A will",
    "Robert Sternberg's triangular theory of love includes intimacy, passion and: A. Trust B. Commitment C. Respect D. Friendship",
    "The 'bystander effect' refers to: A. People being less likely to help when others are present B. People copying the behaviour of bystanders C. Witnesses misremembering events D. Crowds becoming violent",
    "Dunbar's number suggests a limit on the number of stable social relationships a person can maintain of roughly: A. 15 B. 50 C. 150 D. 500",
    "In family systems theory, 'triangulation' describes: A. Three siblings of the same age B. Drawing a third person into a conflict between two others C. A family of three generations D. Dividing an inheritance equally",
    "Which of the following is typically a sign of a healthy conflict between partners? A. Stonewalling B. Contempt C. Taking turns to speak and listen D. Criticising the other's character",
    "The term 'cohabitation' most commonly means: A. Living together without being married B. Sharing a workplace C. Co-owning a business D. Raising children in separate homes",
    "Reciprocity in social psychology refers to: A. Ignoring favours B. Responding to a positive action with another positive action C. Competing for status D. Conforming to a group",
    "In Jane Austen's Pride and Prejudice, who marries Mr Collins? A. Elizabeth Bennet B. Jane Bennet C. Charlotte Lucas D. Lydia Bennet",
    "A 'joint tenancy' in property law usually means: A. Each owner holds a separate, unequal share B. Owners hold equal shares with a right of survivorship C. One person rents from another D. The property is owned by a company",
    "According to the 'similarity-attraction' effect, people tend to be attracted to those who: A. Are very different from them B. Share their attitudes and interests C. Live far away D. Are older than them",
    "Which of these is an example of a secondary group? A. A nuclear family B. A close circle of childhood friends C. A company's marketing department D. A married couple",
    "In etiquette, an 'RSVP' on an invitation asks guests to: A. Bring a gift B. Reply to say whether they will attend C. Dress formally D. Arrive early",
    "Erik Erikson's stage of 'intimacy versus isolation' typically occurs during: A. Infancy B. Adolescence C. Young adulthood D. Old age",
    "Which term describes a household that includes grandparents, parents and children living together? A. Nuclear family B. Extended family C. Blended family D. Single-parent family",
    "The 'mere exposure effect' suggests that people: A. Dislike things they see often B. Tend to like things more the more familiar they are C. Forget faces quickly D. Prefer strangers to friends",
    "In a blended family, a stepparent is: A. A parent's sibling B. A parent's new spouse who is not the child's biological parent C. A legal guardian appointed by a court D. A grandparent",
    "Which of these is a common feature of gaslighting? A. Open disagreement B. Making someone doubt their own memory or perception C. Giving frequent compliments D. Sharing household tasks",
    "In economics, splitting a bill so each person pays for exactly what they ordered is closest to: A. Progressive taxation B. User pays C. Collective ownership D. Price discrimination",
    "Which ancient philosopher wrote extensively on friendship in the Nicomachean Ethics? A. Plato B. Aristotle C. Socrates D. Epicurus",
    "'Social penetration theory' explains how relationships develop through: A. Physical proximity only B. Gradual increases in self-disclosure C. Shared finances D. Formal agreements",
    "A 'decree absolute' in English family law marks: A. The start of a marriage B. The legal end of a marriage C. A child custody order D. A change of surname",
    "Which emotion did Paul Ekman NOT list among his original six basic emotions? A. Anger B. Disgust C. Jealousy D. Surprise",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it normal to feel physically sick and lose my appetite after a break-up, and how long does that usually last?",
    "How can I support a friend who has just been diagnosed with depression without overwhelming them?",
    "What are healthy ways to cope with loneliness after moving to a new city?",
    "Can long-term stress from family arguments affect blood pressure?",
    "My partner snores loudly every night. When should snoring be checked by a doctor?",
    "How much sleep does a teenager need, and what happens if they regularly get less?",
    "What are the early signs of burnout in someone caring for an elderly parent?",
    "Is it safe to drink alcohol while taking antidepressants?",
    "How can couples talk about sexual health and testing without it feeling awkward?",
    "What should I do if a guest at a party has a severe allergic reaction to nuts?",
    "Are there health risks to sharing razors or toothbrushes with a partner?",
    "How can grief after a death in the family affect sleep and concentration?",
    "What are the signs of postnatal depression in a new parent, and where can they get help?",
    "Is it normal for a toddler to have tantrums every day, and when should parents worry?",
    "How can I tell if a friend's drinking has become a problem?",
    "What are the common symptoms of an anxiety attack, and how can someone nearby help?",
    "Can a colder flat with damp walls make a flatmate's asthma worse?",
    "What vaccines should a grandparent have before meeting a newborn?",
    "How can I reduce the risk of food poisoning when cooking for a big birthday barbecue?",
    "Is it harmful to keep checking an ex's social media after a break-up?",
    "What are safe ways to lose weight before a wedding without crash dieting?",
    "How do I know if headaches after screen-heavy evenings need a doctor?",
    "Can arguing in front of children affect their mental health long term?",
    "What should a first-aid kit for a shared flat contain?",
    "How long after a stomach bug should someone wait before visiting a newborn relative?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "BRNGLI92C47F205X": codice_fiscale_ok,  # Italian codice fiscale
    "CLMDVD88H12L219I": codice_fiscale_ok,
    "92031407255": pesel_ok,  # Polish PESEL
    "02271903842": pesel_ok,
    "8173429G": pps_ok,  # Irish PPS number
    "310104198807224137": china_id_ok,  # Chinese resident identity number
    "440106199503187265": china_id_ok,
    "316205849": bsn_ok,  # Dutch BSN
    "7301 6482 5939": my_number_ok,  # Japanese My Number
    "2841 5907 3619": my_number_ok,
    "28745193054": kimlik_ok,  # Turkish kimlik
    "51694208364": kimlik_ok,
    "6842 1937 5027": aadhaar_ok,  # Indian Aadhaar
    "3917 2058 4461": aadhaar_ok,
    "53829017R": dni_ok,  # Spanish DNI
    "Y4018263Q": dni_ok,  # Spanish NIE
    "385.172.940-41": cpf_ok,  # Brazilian CPF
    "070802A5474": hetu_ok,  # Finnish henkilötunnus
    "S8726401G": nric_ok,  # Singapore NRIC
    "880416-2163079": rrn_ok,  # Korean resident registration number
    "392 817 469": tfn_ok,  # Australian tax file number
    "2947 31857 1": medicare_ok,  # Australian Medicare card
    "2 92 01 69 384 217 44": nir_ok,  # French NIR
    "87.06.14-273.12": belgian_id_ok,  # Belgian national number
    "21079543672": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248 163 906": nif_ok,  # Portuguese NIF
    "2860912403175": cnp_ok,  # Romanian CNP
    "16.482.905-7": rut_ok,  # Chilean RUT
    "49003122748": isikukood_ok,  # Estonian isikukood
    "110487-2669": kennitala_ok,  # Icelandic kennitala
    "905317/1391": rodne_cislo_ok,  # Czech rodné číslo
    "3184062950": rnokpp_ok,  # Ukrainian RNOKPP
    "47 150 238 695": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "046 827 135": luhn_len(9),  # Canadian SIN
    "900214-5234": luhn_len(10),  # Swedish personnummer
    "9106235129083": luhn_len(13),  # South African id
    "039174263": luhn_len(9),  # Israeli teudat zehut
    "943 476 5919": nhs_ok,  # NHS number
    "721 058 3645": nhs_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"07700900\d{3}",
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"(\(\d{3}\) )?555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"05\d{2} \d{3} \d{2} \d{2}",
        r"08\d{2}-\d{4}-\d{4}",  # Indonesia mobile
        r"\+48 \d{3} \d{3} \d{3}",  # Poland
        r"05\d \d{3} \d{4}",  # Saudi Arabia mobile
        r"\+966 5\d \d{3} \d{4}",
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy mobile
        r"08[35-9] \d{3} \d{4}",  # Ireland mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"02[1-9] \d{3} \d{4}",  # New Zealand mobile
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil mobile
        r"\+31 6 \d{4} \d{4}",  # Netherlands mobile
        r"\+47 [49]\d{2} \d{2} \d{3}",  # Norway mobile
        r"\+40 7\d{2} \d{3} \d{3}",  # Romania mobile
        r"\+354 [678]\d{2} \d{4}",  # Iceland mobile
        r"\+380 \d{2} \d{3} \d{4}",  # Ukraine mobile
        r"\+65 [89]\d{3} \d{4}",  # Singapore mobile
        r"\+358 4\d \d{3} \d{4}",  # Finland mobile
        r"\+32 4\d{2} \d{2} \d{2} \d{2}",  # Belgium mobile
        r"\+34 6\d{2} \d{3} \d{3}",  # Spain mobile
        r"\+52 55 \d{4} \d{4}",  # Mexico City
        r"\+27 [678]\d \d{3} \d{4}",  # South Africa mobile
        r"\+234 [789]0\d \d{3} \d{4}",  # Nigeria mobile
        r"\+233 [25]\d \d{3} \d{4}",  # Ghana mobile
    )
]


def check_mix() -> None:
    """The chat names people, holds secrets and every type; each record names exactly one
    person beside one to four other values, and about 40 records hold a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(names) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(names)} names, {len(others)} values in {marked[:60]!r}"
            )
        with_id += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")


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
        "blind126", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
