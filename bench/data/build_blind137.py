# ruff: noqa: E501
"""A hundred-and-thirty-seventh blind privacy set: 220 texts with personal data and 100 clean
ones, on pets and animals (vets and vet nurses, dog walkers and pet sitters, animal rescues
and rehoming, microchip records, kennels and catteries, pet insurance claims, breeders,
groomers, lost-pet posters, horse livery yards).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the first
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); only the check digits of cards, IBANs and national ids
were computed for numbers the writer typed:

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting texts, e-mails, letters, posters and references, summarising call logs,
  voicemails, minutes and e-mail threads, translating, fixing wording, splitting vet,
  kennel and livery costs, asking whether a message is a scam, planning rotas. The first
  30 are typed all in lower case (names, e-mails, postcodes and codes too, with shorthand
  and typos); the next 6 are in Spanish, Portuguese, Russian, Greek, Arabic and Korean;
  the other 84 in ordinary English. Names of many origins, first names alone, surnames
  after titles, full names, nicknames (marked whole) and names that are ordinary words
  (Hope, Sunny, Grace, Bill, Rose, Will, Mark, Joy, Dawn, Summer, Penny, Ivy, Robin,
  Holly), many named in passing with no cue word; key-safe, alarm, gate, door and locker
  codes, wifi keys, logins, API keys, IPs, cards, IBANs, SSNs, phones, e-mails and street
  addresses of several countries;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: keeper and adopter records, boarding and grooming sheets, insurance
  schedules, dog licence and dog tax applications, payroll and staff files, prose lines,
  pipe and CSV rows, JSON objects, log lines, register entries and short letters, in
  English and twenty-one other languages; each names exactly one person and holds 1 to 4
  other values; 40 carry a national id with valid check digits;
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (some naming
  historical or fictional people and animals: James Herriot, Sherlock Holmes, Charles
  Darwin, Florence Nightingale, Doctor Dolittle, Black Beauty, Greyfriars Bobby), 25
  GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A
  to D and 25 health questions (pets' and keepers') naming no one.

Labels follow the README: usernames, logins, account, client, customer, member, policy,
employee and licence numbers and national ids are ID_NUMBER; PINs, key-safe, door, gate,
alarm and locker codes, wifi keys and passwords are PASSWORD; titles and relation words
(Mr, Mrs, Ms, Dr, Major, Auntie, nana, my sister, mate) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed.
Pets' own names (even ones that are also people's names, such as Max, Ruby, Gerald),
microchip numbers (they name the animal, not the keeper), businesses, public figures,
fictional characters, order, ticket, claim and booking numbers, amounts and dates of birth
are not labelled; every occurrence of a private value is marked
(a name said again is marked again).

All values are invented by hand; the builder only checks them: phones from ranges kept for
fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960, 029 2018 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (Chinese resident id,
Brazilian CPF, Indian Aadhaar, Singapore NRIC, Swedish personnummer, Dutch BSN, Korean
resident registration number, Australian TFN and Medicare, Canadian SIN, Turkish kimlik,
NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus, South African id,
Japanese My Number, Spanish DNI and NIE, Irish PPS number, French NIR, Belgian national
number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian
isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German Steuer-ID, New
Zealand NHI, Israeli teudat zehut, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind137.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IPS,
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Major|Colonel|Capt|Auntie|Aunt|Uncle|"
    r"Nurse|Sr|Sra|Herr|Frau|Mme|Dona)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # typed all in lower case
    "can u help me write a quick text to [[PERSON|priya]] saying i cant walk biscuit tmrw, my knee's gone again. her number is [[PHONE_NUMBER|07700 900318]] if u need it lol",
    "summarise pls: vet rang re mabel's bloods, dr [[PERSON|okafor]] says kidney values up a bit, wants recheck in 4 wks. call back on [[PHONE_NUMBER|01632 960471]] and ask for [[PERSON|jas]] on reception",
    "is this a scam?? got a text saying 'your pet insurance payment failed, update card at petcover-renew.info' and it knows my name [[PERSON|siobhan kelly]] and my policy no [[ID_NUMBER|pet-5582149]]. i pay by dd so idk",
    "hey can you split this: me, [[PERSON|tom]], [[PERSON|aisha]] and [[PERSON|big dave]] shared the kennel bill for the trip, £486 total but [[PERSON|dave]]'s 2 dogs stayed 2 nights extra at £19/night per dog. who owes what",
    "wifi at the cattery is 'whiskers_guest' and the pw is [[PASSWORD|purrfect2019!]] can u make a little sign for the reception desk with that on, something cute w a cat pun",
    "pls fix grammar - dear mr [[PERSON|hargreaves]], thank you for adopt rolo from us, we hope he settle good. if any problem you can call [[PERSON|bex]] at the rescue on [[PHONE_NUMBER|07700 900542]] any time",
    "translate to polish for my dog walker [[PERSON|kasia]]: the key safe by the back door is [[PASSWORD|2580]], please give bruno his tablet at lunch and dont let him off lead by the river",
    "what do i put on a lost cat poster? she's a grey tabby called smudge, missing since tues from [[STREET_ADDRESS|14 elm grove, leeds ls6 2ab]]. contact [[PERSON|marcus]] [[PHONE_NUMBER|07700 900127]]",
    "my login for the microchip database is [[ID_NUMBER|hollybrook_k9]] and pw [[PASSWORD|fetch!2023x]], how do i change my address to [[STREET_ADDRESS|2 mill lane, hebden bridge hx7 8dn]]? it says keeper name doesnt match, its still under my ex [[PERSON|gareth pryce]]",
    "reword so it sounds less angry: [[PERSON|jordan]] you said you'd pay half of luna's op, its been 3 months. my bank is [[IBAN_CODE|gb14 barc 2036 1558 2947 16]] just send it",
    "hi can u write a reply to the rescue lady [[PERSON|hope]] she asked for a home check date for the greyhound, we're free sat am, address is [[STREET_ADDRESS|flat 3, 27 corporation st, coventry cv1 1gx]]",
    "grooming reminders: turn this into a nice msg? 'pip - full groom thurs 10am, owner [[PERSON|sandra bell]] [[PHONE_NUMBER|07700 900664]], pays cash, nervous of dryer'",
    "voicemail from the livery yard pls summarise: 'hiya its [[PERSON|mags]] at the yard, your mare's lost a shoe, farrier [[PERSON|declan]] can come weds, gate code is still [[PASSWORD|1966]] but the top padlock is now [[PASSWORD|3142]], ring me back on [[PHONE_NUMBER|01632 960238]]'",
    "is it weird to ask my neighbour [[PERSON|sunny]] to feed the cats for 2 weeks for free? what shud i offer her",
    "pet insurance claim form wants my ssn?? im in the us, is that normal. its [[US_SSN|412-58-3097]], name on the policy is [[PERSON|kyle brandt]]",
    "draft msg to the dog walking group chat: [[PERSON|fern]] is covering my 12pm walks next wk, her email is [[EMAIL_ADDRESS|fern.wilde@postbox.org]] if u need her",
    "make a feeding rota for the chickens: me mon/wed, [[PERSON|ollie]] tue/thu, nana [[PERSON|jean]] fri, weekends [[PERSON|kez]]. put it in a table",
    "need a polite no to this breeder, she wants £500 non refundable deposit to [[IBAN_CODE|gb54loyd30945271648302]] before we even see the pups. her name's [[PERSON|tracey]] and she only gives a mobile [[PHONE_NUMBER|07700 900893]]. dodgy?",
    "help me write a handover for the locum vet nurse: kennel 4 diabetic cat, insulin 8am/8pm. drugs cupboard code [[PASSWORD|7719]], cd book signed by [[PERSON|amara]] or [[PERSON|ben]] only",
    "my sister [[PERSON|lou]] wants to rehome her rabbit, write a short ad, contact is [[EMAIL_ADDRESS|lou.hennessy88@gmail.com]], neutered male, 3 yrs, comes with hutch",
    "whats the best way to tell [[PERSON|bill]] next door his spaniel keeps getting into our garden without starting a feud",
    "card for the vet keeps declining [[CREDIT_CARD|4929 1836 5520 7342]] exp 09/27, is it the number or the bank? [[PERSON|zainab]] at the front desk said try again tmrw",
    "translate into spanish for our pet sitter [[PERSON|lucia]]: alarm code [[PASSWORD|0412]], the cat food is in the utility, dont let the dog on the sofa",
    "summarise: dog warden [[PERSON|kev morris]] says 3 complaints about barking at [[STREET_ADDRESS|9 station rd, bishops stortford cm23 3bp]], wants to visit, call [[PHONE_NUMBER|01632 960715]] ref dw/2291",
    "whats a fair price to pay a teen to walk my dog? [[PERSON|kayden]] from no.12 offered, his mum [[PERSON|shaz]] says £5 a walk",
    "our grooming salon app stopped sending texts, the sms api key is [[API_KEY|sk_live_4f9c2a71be08d3e6a5f1c9b7]] is it ok to paste it here? [[PERSON|dean]] set it up and hes on holiday",
    "fix this post pls: lost dog! black lab x, answers to ziggy, last seen by the canal near [[STREET_ADDRESS|45 lock st, manchester m4 6fq]]. ring [[PERSON|ade]] [[PHONE_NUMBER|+44 7700 900206]] reward",
    "the kennel cctv only works from home, my ip is [[IP_ADDRESS|203.0.113.58]] and the login is [[ID_NUMBER|kennels_admin2]] pw [[PASSWORD|barkbark77]]. why cant [[PERSON|mo]] see it from his phone",
    "my mate [[PERSON|taz]] wants to borrow my horse box this wknd, write a short agreement saying he pays diesel and any damage. his address [[STREET_ADDRESS|ivy cottage, long lane, ludlow sy8 4ht]]",
    "reply to [[PERSON|chidi]] saying yes we can take his cockatiel sat-sun, drop off after 10, we're at [[STREET_ADDRESS|112 whitworth rd, rochdale ol12 0jh]], buzzer says [[PERSON|nkem]]",
    # six other languages
    "¿Puedes resumir este mensaje de la protectora? «Hola, soy [[PERSON|Marisol Vidal]]. La perrita Canela ya tiene adoptante. Llama a [[PERSON|Andrés]] al [[PHONE_NUMBER|+34 612 48 73 91]] para firmar el contrato antes del viernes.»",
    "Traduza para o inglês: O gato da Dona [[PERSON|Cida]] fica no hotel para gatos até domingo. O pagamento foi feito com o cartão [[CREDIT_CARD|5412 7730 1964 5822]] e o CPF dela é [[ID_NUMBER|582.063.714-35]].",
    "Помоги написать объявление: найден рыжий кот в синем ошейнике, очень ласковый. Хозяевам звонить [[PERSON|Ольге Смирновой]] по номеру [[PHONE_NUMBER|+7 916 482-37-15]], можно писать на [[EMAIL_ADDRESS|olga.smirnova77@mail.ru]].",
    "Μπορείς να γράψεις ένα ευγενικό μήνυμα στον [[PERSON|Νίκο Παπαδάκη]] ότι η κτηνίατρος δεν δουλεύει το Σάββατο; Το email του είναι [[EMAIL_ADDRESS|npapadakis@otenet.gr]].",
    "اكتب رسالة قصيرة إلى [[PERSON|سلمى الحداد]] لتأكيد موعد تطعيم القطة يوم الخميس الساعة العاشرة. رقمها [[PHONE_NUMBER|+971 50 418 2736]]",
    "반려견 호텔 예약 확인 문자를 써 줘. 보호자 [[PERSON|김민지]], 연락처 [[PHONE_NUMBER|010-4827-3159]], 현관 비밀번호 [[PASSWORD|#7304*]], 체크인은 토요일 오전 10시.",
    # ordinary English
    "Can you draft a text to [[PERSON|Hope]] reminding her that Pepper's booster is due on Friday at 4:15? Keep it friendly, she's been a great client.",
    "Summarise these call notes for the practice manager: 09:10 Mrs [[PERSON|Adebayo]] rang, cat vomiting since last night, booked 11:20 with Dr [[PERSON|Lindqvist]]. 09:25 [[PERSON|Gary Tulloch]] ([[PHONE_NUMBER|07700 900415]]) asking for repeat Apoquel, needs a check-up first. 09:40 unknown caller about a stray found on Dale Road.",
    "Is this a scam? A man called [[PERSON|Terrence Ugwu]] messaged about the French bulldog puppy I enquired about. He wants £650 by bank transfer to [[IBAN_CODE|GB94 NWBK 6072 2418 3750 91]] before I can even video call, and says the pup will be couriered. Red flags?",
    "Please fix the wording of my message to my dog walker: 'Hi [[PERSON|Grace]], from next Monday could you do the longer walk for Otis, he's been getting fat lol, and the new key safe code is [[PASSWORD|5193]]. Same money is fine?'",
    "Summarise these minutes in five bullet points: Rescue committee, 3 March. Present: [[PERSON|Yvonne Achterberg]] (chair), [[PERSON|Raj Malhotra]], [[PERSON|Deb]], [[PERSON|Wiktor Nowak]]. Fosters needed for six cats from a hoarding case. [[PERSON|Raj]] to chase the vet invoice. [[PERSON|Deb]] to update the website. Next meeting at [[PERSON|Wiktor]]'s house.",
    "Split the livery costs fairly: the yard charges £720 a month for the shared field. [[PERSON|Bill]] has two horses, [[PERSON|Sunita]] has one, and [[PERSON|Rhiannon Price]] has a Shetland that's half the size. How much should each pay?",
    "Translate this into French for the family looking after our cat in Lyon: 'Dear [[PERSON|Mathilde]], if anything goes wrong the vet is Dr [[PERSON|Rousseau]], her mobile is [[PHONE_NUMBER|06 39 98 14 72]]. Minou needs half a tablet every evening with food.'",
    "What's a nice way to say no to my neighbour [[PERSON|Rose]], who keeps asking me to mind her parrot for free every other weekend?",
    "Write an email to my pet insurer. My name is [[PERSON|Nadia Haddad]], policy [[ID_NUMBER|PF-20931847]], claim for Tilly's cruciate surgery (£3,840). The vet sent the form on the 2nd but they say they never got it. My email is [[EMAIL_ADDRESS|nadia.haddad@outlook.com]].",
    "Help me plan next week's walks for Koda (Mon–Fri, 12pm). [[PERSON|Ifeoma]] covers Tuesday, [[PERSON|Connor]] does Thursday if his college finishes early, otherwise I'll ask [[PERSON|Jude]].",
    "I'm a vet nurse and our locum left this note. Can you make it readable? 'pt Dexter (cat) o/n IVFT, owner Mr [[PERSON|Chowdhury]] wants call by 9, mob [[PHONE_NUMBER|07700 900256]]. Pharmacy login for repeats is [[ID_NUMBER|vn_locum04]] / [[PASSWORD|Dispense#88]]'",
    "Our rescue's contact form is getting spammed from [[IP_ADDRESS|198.51.100.73]]. Can you write a short message to our volunteer web person [[PERSON|Kofi]] asking him to block it?",
    "Is it normal for a cattery to ask for my bank card number over the phone to 'hold' a booking? The woman, [[PERSON|Lorraine]], wanted the full number and the three digits on the back.",
    "Make this lost pet poster sound better: 'MISSING TORTOISE. Name Gerald. Gone from the back garden of [[STREET_ADDRESS|7 Chantry Close, Salisbury SP1 3JR]] on Sunday. Very slow, can't have gone far!! Please call [[PERSON|Ellie]] or [[PERSON|Sam]] on [[PHONE_NUMBER|01632 960184]]'",
    "Can you summarise this voicemail? 'Hi, this is [[PERSON|Marguerite]] from Paws and Whiskers, just confirming Bramble for Saturday at nine, the full hand-strip. If you need to rebook, text me on [[PHONE_NUMBER|07700 900947]]. Thanks, bye.'",
    "Write a reference for [[PERSON|Tyrone Blake]], who volunteered at our kennels every Saturday for two years. He was reliable, great with nervous dogs and helped train new volunteers.",
    "We're three housemates sharing one cat. Vet bills this year: £210 for jabs and flea stuff, £95 when she ate string. [[PERSON|Femi]] paid the £210, [[PERSON|Holly]] paid the £95. How should [[PERSON|Ana]] settle up?",
    "Translate into German for our horse's new owner: 'The passport and vaccination card are in the tack box. [[PERSON|Henrike]], please transfer the balance to [[IBAN_CODE|DE66 3705 0198 1928 3746 50]] by Friday.'",
    "I got this email from a vet I've never heard of: 'Dr [[PERSON|Amos Feld]] here, your dog's lab results are attached, open the zip and enter your online banking login to view.' Scam, right?",
    "Please draft a message to the groomer, [[PERSON|Kenji]]: Miso needs a shorter cut this time, no bows or bandanas, and I'll pay on collection as usual.",
    "Pet sitter handover, please tidy it up: Front door key under the blue pot. Alarm [[PASSWORD|9031]] then press the tick. Wifi 'HouseOfCats', password [[PASSWORD|kipper&mackerel42]]. Emergency contact is my brother [[PERSON|Stuart]], [[PHONE_NUMBER|07700 900582]]. Vet is Meadowside on Hill Street.",
    "Is this from the microchip database or fake? 'Keeper details for [[PERSON|Samira Khoury]] are out of date. Update here within 24 hours or your registration will be cancelled.' The link goes to petchip-update.co.",
    "Write a polite chaser to Dr [[PERSON|Venkataraman]] at the referral hospital asking whether Luna's MRI report is ready, as the owners are anxious.",
    "My elderly mum [[PERSON|Pauline]] can't manage her two dogs any more. Help me write a gentle post for the rehoming page without giving her address. People can email me at [[EMAIL_ADDRESS|c.redfern@btinternet.com]].",
    "Turn these notes into a client email: owner [[PERSON|Jean-Luc Mbeki]], client no [[ID_NUMBER|C-004718]], Rocco weighs 38.2 kg, needs to lose 4 kg, new diet, weigh-in every 3 weeks, next appointment with nurse [[PERSON|Paddy]].",
    "Horse box hire question: [[PERSON|Charlotte]] paid the deposit by card [[CREDIT_CARD|4556 0291 7734 8611]] but now wants it refunded to her partner's account instead. Should I do that?",
    "Can you check this SSN is formatted right before I submit the adoption fee waiver? [[US_SSN|286-41-7735]]. Name: [[PERSON|Darnell Whitaker]].",
    "Write a rota message to the kennel team: [[PERSON|Agnieszka]] opens Mon/Tue, [[PERSON|Callum]] Wed/Thu, [[PERSON|Joy]] weekends. The staff room door code changes to [[PASSWORD|4826]] from Monday, don't share it with volunteers.",
    "Summarise this email from the breeder for my partner: 'Hi both, the litter was born Tuesday, five girls and two boys. Deposits of £300 secure a pick, first come first served. Viewing from four weeks at [[STREET_ADDRESS|Hawthorn Farm, Upper Slaughter, Cheltenham GL54 2JE]]. Best, [[PERSON|Wendy Lockwood]]'",
    "Can you write a polite reply to a man who keeps ringing the shelter late at night asking to adopt one particular dog? His name's [[PERSON|Sergei]] and he's called from [[PHONE_NUMBER|020 7946 0337]] five times this week.",
    "What should I say to [[PERSON|Summer]]? She borrowed my dog's crate and brought it back broken.",
    "We're renting a lakeside cabin with the dogs. [[PERSON|Mark]], [[PERSON|Precious]] and I are splitting £960 plus a £75 pet fee, but [[PERSON|Mark]] only stays two of the four nights. What's fair?",
    "Help me reply to this comment on our lost dog post: '[[PERSON|Dominika Wróbel]] I think I saw him near the retail park around 6pm yesterday?' I want to thank her and ask for more detail.",
    "Draft a text to the farrier: Hi [[PERSON|Eamon]], could you do Dolly's fronts next Tuesday? The yard gate code has changed to [[PASSWORD|C1974X]]. Thanks!",
    "Please proofread: 'To whom it may concern, I confirm that Ms [[PERSON|Okonkwo]] has rented a stable at our livery yard since 2019 and has always paid on time. Contact me on [[PHONE_NUMBER|01632 960559]]. [[PERSON|Gillian Marsh]], Yard Manager'",
    "Can you turn this list into a table? Foster carers: [[PERSON|Hamid]] – 2 cats, [[EMAIL_ADDRESS|hamid.r@proton.me]]; [[PERSON|Olu]] – 1 dog, [[PHONE_NUMBER|07700 900619]]; [[PERSON|Bethany Cross]] – kittens only, [[EMAIL_ADDRESS|bethcross@icloud.com]].",
    "Is 'BluePaw Rescue Fund' a real charity? Someone called [[PERSON|Lionel]] rang and asked me to donate £40 a month by card over the phone.",
    "Write a short thank-you card from the whole practice to [[PERSON|Beatriz]], who is retiring after 22 years on reception.",
    "My dog was attacked in the park. The other owner gave me his details: [[PERSON|Aaron Fitzgerald]], [[STREET_ADDRESS|31 Larch Avenue, Swindon SN2 1PL]], [[PHONE_NUMBER|07700 900408]]. Help me write a calm message asking him to cover half the £412 vet bill.",
    "Explain to my son [[PERSON|Arlo]] in simple words why we can't keep the kitten we found behind the shed.",
    "Summarise: 'Claim status. Policyholder [[PERSON|Ingrid Solberg]], member no. [[ID_NUMBER|MBR77310452]], claim for dental work received 14/06, awaiting clinical history from previous vet.' What do I need to do?",
    "Write a WhatsApp to [[PERSON|Will]]: your turn to muck out on Sunday, I did the last two.",
    "Our dog daycare software needs an API key for the payments plugin. Is it OK that [[PERSON|Fraser]] emailed it to the whole team? It's [[API_KEY|sk_live_7Qw2Xv9LmB4tR8yK1pZ6nD3c]].",
    "Translate to Italian for the family we're pet-sitting for: 'Dear [[PERSON|Giulia]], Nocciola ate well today and we walked to the lake. Please send the gate code again, the old one [[PASSWORD|2207]] doesn't work.'",
    "Help me write to my landlord, Mr [[PERSON|Pham]], asking permission to foster a retired greyhound. I've lived at [[STREET_ADDRESS|Flat 9, 48 Queens Road, Bristol BS8 1QU]] for three years with no issues.",
    "Can you work out what I owe [[PERSON|Luca]] for pet sitting? Nine days at £18 a day for the cats, plus three of those days he also walked the dog for £10 extra. He wants it paid to [[IBAN_CODE|GB52 HBUK 4012 7636 9182 54]].",
    "What does this text mean? 'Your parcel for [[PERSON|K. Adeyemi]] containing pet medication is held, pay £2.99 fee.' I did order flea treatment last week.",
    "Write an email to the kennels cancelling Max and Ruby's stay from 12 to 19 August. Sign it from me, [[PERSON|Harpreet Gill]]; the booking is under my mobile, [[PHONE_NUMBER|07700 900271]].",
    "Please make this volunteer induction checklist clearer: 1) Sign in with [[PERSON|Marta]]. 2) Collect lanyard. 3) Kennel block code [[PASSWORD|3371]]. 4) Never walk two dogs at once. 5) Report bites to [[PERSON|Steve Kaminski]] the same day.",
    "Write an urgent message to the microchip company. My cat's chip still lists my old address, [[STREET_ADDRESS|6 Orchard Row, Truro TR1 2HX]], and she's gone missing. New address: [[STREET_ADDRESS|15 Penhale Gardens, Falmouth TR11 3LQ]]. Name [[PERSON|Kerensa Hocking]], account [[ID_NUMBER|PT-8830417]].",
    "Could you draft a gentle message to Auntie [[PERSON|Bimpe]] explaining that her cat's kidney results aren't good and Dr [[PERSON|Sørensen]] suggests talking about quality of life?",
    "How do I tell [[PERSON|Dawn]] at the stables that her horse keeps kicking mine over the fence, without it becoming a whole thing?",
    "Summarise this thread in two lines. From [[PERSON|Oskar Lindgren]]: 'Can we move the cat show committee to the 14th?' From [[PERSON|Meera Iyer]]: 'Fine by me, but the hall's booked till 7.' From [[PERSON|Oskar]]: 'Then 7.30. I'll bring the judges' lists.'",
    "My IP keeps getting blocked from the pet insurance portal. It says [[IP_ADDRESS|203.0.113.41]] was flagged for too many logins. My username is [[ID_NUMBER|jpkowalczyk]]. What do I do?",
    "Write a card for [[PERSON|Ravi]] and [[PERSON|Anjali]] thanking them for looking after our rabbits while I was in hospital.",
    "I run a small grooming business. A client, [[PERSON|Shauna O'Neill]], wants refunds sent to her Irish account, [[IBAN_CODE|IE73 BOFI 9000 1742 8516 39]]. Can I pay her in euros from a UK account?",
    "Proofread my adoption application answer: 'We have a secure garden, I work from home, and my partner [[PERSON|Tobias]] grew up with Springer Spaniels. Reference: [[PERSON|Helen Ashworth]], [[PHONE_NUMBER|07700 900153]].'",
    "Someone called [[PERSON|Ricky]] keeps posting that he's found my dog but wants £200 'for his trouble' before handing him back. Is that legal? What should I reply?",
    "Translate into Japanese for our cat hotel guest: 'Dear [[PERSON|Tanaka]]-san, Mochi is settling in well and eating normally. We will send photos every evening to [[EMAIL_ADDRESS|haruka.t1987@docomo.ne.jp]].'",
    "Can you write a message to our dog walking clients saying that [[PERSON|Jade]] has left and [[PERSON|Mateo Alvarez]] will take over her rounds from Monday?",
    "Got a call from 'the RSPCA' asking me to confirm my card [[CREDIT_CARD|5275 3318 0492 6174]] for a monthly donation I never set up. I read out the first few digits before I got suspicious. What now?",
    "Draft minutes from my notes: livery AGM. Attendees [[PERSON|Pippa]], Major [[PERSON|Hastings]], [[PERSON|Roisin]], [[PERSON|Nick Osei-Bonsu]]. Hay price up 18%. Arena resurfacing quote £14k, vote next month. Muck heap collection moves to Fridays. [[PERSON|Pippa]] to email everyone.",
    "Please reword this so it's not passive-aggressive: '[[PERSON|Kelvin]], as I've said MULTIPLE times, your dog is not allowed in the staff kitchen.'",
    "Help me write a lost cat flyer in English and Polish. Cat: white with a black tail, called Kropka. Owner: [[PERSON|Zofia Mazur]], [[STREET_ADDRESS|23 Beech Street, Peterborough PE1 2RT]], phone [[PHONE_NUMBER|07700 900784]].",
    "My vet's online portal: username [[ID_NUMBER|irene.castellanos]], password [[PASSWORD|Tortuga!55]]. It says 'account locked'. Who should I call and what should I say?",
    "Please summarise this call log for the rescue manager: Mon 10:02 [[PERSON|Priyanka]], wants to surrender two cats, moving abroad. Mon 11:30 Mr [[PERSON|Baptiste]], asking about the collie, left mobile [[PHONE_NUMBER|07700 900660]]. Mon 14:15 [[PERSON|Priyanka]] again, can she drop them off tomorrow?",
    "We're adopting a podenco from a rescue in Spain. The coordinator, [[PERSON|Rocío]], wants the remaining €180 sent to [[IBAN_CODE|ES22 0049 1500 0527 1008 4367]]. Is a bank transfer safe?",
    "Write a short bio for our website for our new vet nurse, [[PERSON|Olamide Bankole]] (everyone calls her [[PERSON|Ola]]). [[PERSON|Ola]] loves reptiles and has two bearded dragons.",
    "Can you make a yearly budget for our horse? Livery £380 a month, farrier every 6 weeks at £95, jabs £120, insurance £42 a month. My sister [[PERSON|Niamh]] owns a third of him, so what is her share?",
    "Is this dodgy? The breeder, [[PERSON|Kimberly Shaw]], wants payment in gift cards and says her address is [[STREET_ADDRESS|4418 Maple Ridge Dr, Tulsa, OK 74133]] but won't let me visit.",
    "Write a quick note for the house sitter: [[PERSON|Bea]], the back gate padlock is [[PASSWORD|8052]], hens need letting out by 8, and the eggs are yours!",
    "Summarise this message for my dad: 'Hi, I'm [[PERSON|Arjun Mehta]] from Westfield Equine Vets. Star's X-rays show mild arthritis in the hocks. We'd suggest joint supplements and a check in three months. Call us on [[PHONE_NUMBER|020 7946 0721]].'",
    "My new dog walker wants my SSN for a background check. Is that normal? She's called [[PERSON|Kristen]] and runs a company called Happy Paws.",
    "Draft a text to [[PERSON|Penny]]: the ferrets' cage door sticks, so lift it and push. Thanks for feeding them!",
    "Write a notice for the cattery noticeboard: 'From 1 July, drop-off and collection only 9–11 and 4–6. Any questions, ask [[PERSON|Ewa]] or [[PERSON|Malik]].'",
    "The dog's surgery came to £2,460 and insurance paid £1,800. I paid the rest upfront. How much do [[PERSON|Dev]] and [[PERSON|Chiara]] each owe me if we split it three ways?",
    "Make this email to the council sound more formal: 'hi, theres a dog left tied up outside [[STREET_ADDRESS|58 Canal Street, Nottingham NG1 7EH]] every day for hours. owner is a bloke called [[PERSON|Gaz]] i think. pls do something'",
    "I manage our rescue's mailing list. Our ex-volunteer [[PERSON|Brendan]] still has the admin login [[ID_NUMBER|rescue_admin_bb]] with password [[PASSWORD|Greyhound2020]]. How do I remove him politely?",
    "Write a welcome message to a new client of my pet-sitting service, Mrs [[PERSON|Abernethy]], confirming our first visit on Monday at 10am to meet Hamish, her Westie.",
    "Please translate into Welsh for our yard sign: 'Please shut the gate. Horses loose. Questions: call [[PERSON|Gethin]] on [[PHONE_NUMBER|07700 900492]].'",
    "Can you help me understand this vet invoice? Client: [[PERSON|Heather Mackintosh]], account [[ID_NUMBER|AC-93321]]. Consultation £52, bloods £148, sundries £37. What are sundries?",
    "Write a text to [[PERSON|Ivy]] and [[PERSON|Robin]] asking if they can take our budgies for the weekend of the 22nd.",
    "Card details for the groomer's deposit, please check they look right before I send: [[CREDIT_CARD|3782 940615 73419]] exp 11/26, name [[PERSON|Leon Castellanos]].",
    "Help me write a farewell post for our rescue's page: [[PERSON|Maggie Thornton]], who founded the shelter 30 years ago, has passed away. Donations in her memory can go to the kennel fund.",
]

# 100 one-person records; the first 40 carry a national id.
RECORDS = [
    "Djurförsäkring, försäkringstagare: [[PERSON|Elin Bergqvist]], personnummer [[ID_NUMBER|790614-3529]], telefon [[PHONE_NUMBER|+46 70 418 26 93]].",
    "Aangifte hondenbelasting: [[PERSON|Daan Verhoeven]], BSN [[ID_NUMBER|316204870]], [[STREET_ADDRESS|Lindengracht 142, 1015 KK Amsterdam]], 2 honden.",
    '{"houder": "[[PERSON|Sanne de Groot]]", "bsn": "[[ID_NUMBER|207481635]]", "iban": "[[IBAN_CODE|NL21INGB0007361942]]", "dier": "kat", "pension": "7 nachten"}',
    "宠物登记 | 犬主姓名: [[PERSON|王丽娜]] | 身份证号: [[ID_NUMBER|110108198705234711]] | 电话: [[PHONE_NUMBER|+86 138 1047 2956]]",
    "Adoção responsável. Adotante: [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|374.918.206-03]], e-mail [[EMAIL_ADDRESS|thiago.nasc@uol.com.br]].",
    "Pet boarding KYC (Bengaluru): guardian [[PERSON|Lakshmi Narayanan]], Aadhaar [[ID_NUMBER|5829 6401 7336]], mobile [[PHONE_NUMBER|+91 98450 31726]].",
    "Animal welfare volunteer card issued to [[PERSON|Rohan Deshpande]]; Aadhaar no. [[ID_NUMBER|3917 2058 8463]]; residence [[STREET_ADDRESS|B-204, Kalpataru Heights, Baner Road, Pune 411045]].",
    "Dog licence application. Applicant [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7729163F]], [[STREET_ADDRESS|Blk 418 Tampines Street 41, #07-233, Singapore 520418]].",
    "Cat grooming membership: [[PERSON|Nurul Huda binte Ismail]] / NRIC [[ID_NUMBER|T0184527B]] / [[PHONE_NUMBER|+65 9127 4480]]",
    "반려동물 등록 신청서 — 소유자: [[PERSON|박서연]], 주민등록번호: [[ID_NUMBER|880412-2157395]], 주소: [[STREET_ADDRESS|서울특별시 마포구 월드컵로 212, 103동 1502호]]",
    "Rescue foster carer payroll: [[PERSON|Kirra Watson]], TFN [[ID_NUMBER|462 930 108]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Employee onboarding, kennel hand: [[PERSON|Liam Fitzpatrick]]; TFN [[ID_NUMBER|715 834 024]]; super member no. [[ID_NUMBER|88301927]]; start date Monday.",
    "Vet clinic staff file: [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|629 471 350]], [[STREET_ADDRESS|1187 rue Saint-Denis, Montréal, QC H2X 3J6]].",
    "Veteriner kliniği hasta sahibi: [[PERSON|Elif Yıldırım]], T.C. Kimlik No: [[ID_NUMBER|48206917388]], Tel: [[PHONE_NUMBER|+90 532 418 27 63]]",
    "Occupational health referral for a vet nurse: [[PERSON|Chloe Pemberton]], NHS number [[ID_NUMBER|472 918 3657]], cat-scratch wound to right hand, seen at A&E.",
    "Rabies pre-exposure vaccination record. Recipient [[PERSON|Kwame Asante]] (kennel worker), NHS No. [[ID_NUMBER|604 337 1294]], mobile [[PHONE_NUMBER|07700 900734]].",
    "Yard injury log | 14/05 | [[PERSON|Gwen Pritchard]] | NHS [[ID_NUMBER|943 610 4723]] | kicked by cob, bruised ribs, no fracture",
    "Schronisko dla zwierząt, umowa adopcyjna. Adoptujący: [[PERSON|Katarzyna Lewandowska]], PESEL [[ID_NUMBER|91072304589]], tel. [[PHONE_NUMBER|+48 601 237 884]].",
    "Anagrafe canina, proprietaria: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI84M52L219P]], residente in [[STREET_ADDRESS|Via Nizza 58, 10126 Torino]].",
    "Eläinsuojeluyhdistys, kotiehdokas: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240391-5172]], [[EMAIL_ADDRESS|aino.virtanen@kolumbus.fi]]",
    "Pet insurance proposal (Johannesburg): proposer [[PERSON|Sipho Mokoena]], ID [[ID_NUMBER|9102155261089]], cell [[PHONE_NUMBER|+27 82 419 3057]].",
    "動物病院スタッフ登録：[[PERSON|佐藤 健一]] 様、マイナンバー [[ID_NUMBER|6183 2940 5714]]、電話 [[PHONE_NUMBER|090-4182-7365]]",
    "Clínica veterinaria, ficha de cliente: [[PERSON|Javier Ortega Ruiz]], DNI [[ID_NUMBER|53917284V]], móvil [[PHONE_NUMBER|+34 655 21 90 48]].",
    "Registro de perros potencialmente peligrosos: titular [[PERSON|Oana Popescu]], NIE [[ID_NUMBER|Y4720619K]], domicilio [[STREET_ADDRESS|Calle de Embajadores 87, 3º B, 28012 Madrid]].",
    "Dog licence application, Co. Galway: [[PERSON|Ciarán Ó Súilleabháin]], PPSN [[ID_NUMBER|8241736R]], [[STREET_ADDRESS|Knockroe, Oughterard, Co. Galway H91 X2T4]].",
    "Mutuelle santé animale, adhérente [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 87 06 69 123 456 06]], [[EMAIL_ADDRESS|camille.lefevre@orange.fr]].",
    "Refuge de Liège, adoptant : [[PERSON|Maxime Dubois]], numéro national [[ID_NUMBER|85.07.30-274.78]], GSM [[PHONE_NUMBER|+32 478 21 96 35]].",
    "Hundeeierregister: [[PERSON|Sigrid Haugen]], fødselsnummer [[ID_NUMBER|150489 46256]], adresse [[STREET_ADDRESS|Thorvald Meyers gate 41, 0555 Oslo]].",
    "Hotel para cães, cliente [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|248 173 960]], IBAN [[IBAN_CODE|PT28 0033 0000 4528 3917 0210 5]].",
    "Adăpost câini, adoptator: [[PERSON|Andreea Ionescu]], CNP [[ID_NUMBER|2790812406319]], telefon [[PHONE_NUMBER|+40 722 418 305]].",
    "Ficha veterinaria, tutor responsable: [[PERSON|Benjamín Soto Araya]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|bsoto.araya@gmail.com]].",
    "Loomakliiniku klient: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48603172733]], tel [[PHONE_NUMBER|+372 5384 1927]].",
    "Hundaleyfi, umsækjandi: [[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|120388-2909]], [[STREET_ADDRESS|Laugavegur 112, 105 Reykjavík]].",
    "Útulek pro psy, osvojitelka: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|885617/4184]], [[EMAIL_ADDRESS|tereza.novakova@seznam.cz]].",
    "Притулок для тварин, усиновлювачка: [[PERSON|Оксана Ковальчук]], РНОКПП [[ID_NUMBER|3182047595]], тел. [[PHONE_NUMBER|+380 67 418 2953]].",
    "Hundesteuer-Anmeldung: Halter [[PERSON|Jonas Weber]], Steuer-ID [[ID_NUMBER|67 293 058 145]], [[STREET_ADDRESS|Schönhauser Allee 73, 10437 Berlin]].",
    "Kennel staff bite, transfer note: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKL4823]], phone [[PHONE_NUMBER|+64 21 438 2917]].",
    "Zoonosis clinic booking: [[PERSON|Bridget Nguyen]], Medicare [[ID_NUMBER|4291 73585 1]], psittacosis exposure from pet cockatoo, mobile [[PHONE_NUMBER|+61 491 570 642]].",
    "עמותת אימוץ כלבים — מאמץ: [[PERSON|יונתן כהן]], ת.ז. [[ID_NUMBER|038291746]], טלפון [[PHONE_NUMBER|+972 52 418 3067]]",
    "Κτηνιατρείο, στοιχεία πελάτη: [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|15068824174]], τηλ. [[PHONE_NUMBER|+30 694 218 3075]].",
    # no national id
    "Dog walker profile: [[PERSON|Marcus Delaney]] | area: Clapham and Battersea | [[PHONE_NUMBER|020 7946 0185]] | [[EMAIL_ADDRESS|marcus.walks@gmail.com]]",
    'keeper_name,address,phone,chip\n[[PERSON|Harriet Osei]],"[[STREET_ADDRESS|22 Bramble Way, Exeter EX4 7QP]]",[[PHONE_NUMBER|07700 900731]],826098100473215',
    '{"policyholder": "[[PERSON|Connor Walsh]]", "policy_no": "[[ID_NUMBER|PAW-4417-2290]]", "email": "[[EMAIL_ADDRESS|cwalsh84@yahoo.co.uk]]", "pet": "Bailey", "cover": "lifetime"}',
    '2024-03-11T08:42:17Z INFO login ok user=[[ID_NUMBER|lhewitt_vets]] ip=[[IP_ADDRESS|198.51.100.92]] name="[[PERSON|Laura Hewitt]]"',
    "Livery yard register, stable 7: [[PERSON|Fiona Gallagher]], horse Jasper (16.2hh ISH), emergency contact [[PHONE_NUMBER|07700 900826]].",
    "Dear Mr [[PERSON|Ahmed]], thank you for choosing us for Simba's stay. We have recorded your new address as [[STREET_ADDRESS|88 Hollins Road, Oldham OL8 3PS]]. The Bark Lodge",
    "[[PERSON|Beatrix Holloway]] has groomed dogs in Harrogate for twelve years; book her on [[PHONE_NUMBER|01632 960312]].",
    "Adoption fee waiver (veteran): [[PERSON|Dwayne Ellison]], SSN [[US_SSN|531-07-2284]], [[STREET_ADDRESS|2209 Cedar Bluff Rd, Knoxville, TN 37923]].",
    "Pet insurance direct debit mandate: account holder [[PERSON|Yusuf Demir]], IBAN [[IBAN_CODE|DE93 1007 0024 0561 9382 74]].",
    "Cattery booking | [[PERSON|Rosa Jiménez]] | [[EMAIL_ADDRESS|rosa.jimenez@hotmail.es]] | 2 cats | 14–21 Aug | paid by card [[CREDIT_CARD|6011 4207 5583 1967]]",
    '{"customer_id": "[[ID_NUMBER|CUST-77120]]", "name": "[[PERSON|Priscilla Adjei]]", "phone": "[[PHONE_NUMBER|(415) 555-0148]]", "service": "mobile grooming"}',
    "Sitter app account: [[PERSON|Noah Friedman]], username [[ID_NUMBER|noahf_petsits]], password [[PASSWORD|Lox&Bagels9]]",
    "Die Tierpension bestätigt die Buchung für [[PERSON|Katrin Albers]], Tel. [[PHONE_NUMBER|030 23125 648]], Zahlung per Lastschrift von [[IBAN_CODE|DE38 5001 0517 0648 2957 13]].",
    "Toilettage, fiche cliente : [[PERSON|Léa Marchand]], [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]], portable [[PHONE_NUMBER|06 39 98 47 20]].",
    "Vet CRM export: client_no=[[ID_NUMBER|000582133]]; name=[[PERSON|Ahmad Karimi]]; email=[[EMAIL_ADDRESS|a.karimi@protonmail.com]]",
    "Lost dog report filed by [[PERSON|Caitlin Brooks]] ([[PHONE_NUMBER|(503) 555-0119]]): beagle, red collar, last seen Laurelhurst Park.",
    "Breeder licence holder: [[PERSON|Douglas McAllister]], licence [[ID_NUMBER|LBR/2023/0447]], kennels at [[STREET_ADDRESS|Balgownie Steading, Auchterarder PH3 1EL]].",
    "Horse passport, owner section: [[PERSON|Isabel Fairclough]], [[STREET_ADDRESS|Lower Marsh Farm, Dunster, Minehead TA24 6QH]].",
    "[[PERSON|Emeka Nwosu]] | foster | [[EMAIL_ADDRESS|emeka.nwosu@gmail.com]] | [[PHONE_NUMBER|07700 900557]] | cats only",
    "Payment log: 2024-05-02 14:07 card [[CREDIT_CARD|2221 0048 7316 5592]] approved £145.00, cardholder [[PERSON|Ruth Abramson]], Pawsome Grooming",
    "Pet insurance policy schedule. Policyholder: [[PERSON|Oliver Bennett]]. Policy number: [[ID_NUMBER|VPI-3381-0925]]. Address: [[STREET_ADDRESS|12 Kingfisher Court, Norwich NR3 2LP]].",
    "Dog show entry: exhibitor [[PERSON|Philippa Carrington-Smythe]], Kennel Club member no. [[ID_NUMBER|KC0458812]].",
    "Aviso de mascota perdida: gato atigrado. Contactar con [[PERSON|Lucía Fernández]] en el [[PHONE_NUMBER|+34 622 71 83 40]] o en [[EMAIL_ADDRESS|luciafdez@gmail.com]].",
    "Rescue volunteer DBS sheet: [[PERSON|Haruto Suzuki]], [[STREET_ADDRESS|5 Wharf Lane, Reading RG1 8QE]], email [[EMAIL_ADDRESS|haruto.s@outlook.com]]",
    "Groomer's booking tablet, account owner [[PERSON|Shanice Clarke]], wifi key [[PASSWORD|TrimAndTidy_2024]], home IP [[IP_ADDRESS|192.0.2.31]].",
    '{"owner": "[[PERSON|Callum Reid]]", "integration": "vetbook-sms", "api_key": "[[API_KEY|vb_sk_3Hk9Tq2LxW7mZp4R1sN8dF6a]]"}',
    "Microchip transfer of keepership to [[PERSON|Ayesha Siddiqui]], [[STREET_ADDRESS|41 Moseley Road, Birmingham B12 9AJ]]; chip 977200009813462.",
    "Kennel staff timesheet: employee no. [[ID_NUMBER|E-2087]] [[PERSON|Jakub Dvořák]], 38.5 hrs, locker code [[PASSWORD|6614]]",
    "Riding school client card: [[PERSON|Saoirse Brennan]], DOB 03/09/2011, guardian phone [[PHONE_NUMBER|+353 87 214 6093]]",
    "Pet adoption application: [[PERSON|Marisa Delgado]], [[STREET_ADDRESS|1450 W Sunset Ave, Apt 2C, Phoenix, AZ 85015]], [[PHONE_NUMBER|(602) 555-0163]], SSN [[US_SSN|604-27-1953]].",
    "Cat sitter invoice to [[PERSON|Gregory Hale]]: 6 visits at £15 = £90, due in 14 days. Refunds to [[IBAN_CODE|GB38 MIDL 4005 1573 2961 84]].",
    "Pensione per cani, cliente [[PERSON|Marco Bianchi]], tel. [[PHONE_NUMBER|+39 347 218 4093]], bonifico su [[IBAN_CODE|IT51 K050 3411 7010 0000 0487 215]].",
    "Equine dentist visit note: client [[PERSON|Tamsin Rowe]], [[EMAIL_ADDRESS|tamsinrowe@btinternet.com]], two geldings, sharp hooks removed.",
    "Ticket #4471: customer [[PERSON|Ibrahim Sesay]] cannot log in to the pet portal from [[IP_ADDRESS|203.0.113.149]]; username [[ID_NUMBER|isesay22]].",
    "Livery contract between Brookfield Stables and [[PERSON|Natasha Ivanova]] of [[STREET_ADDRESS|3 Sandpiper Way, Newmarket CB8 7TY]]; monthly fee by standing order.",
    "Vet practice payroll: [[PERSON|Daniel Osagie]], salary account [[IBAN_CODE|GB67 NAIA 0701 1642 8391 75]], employee no. [[ID_NUMBER|VP-1188]].",
    "Pet insurance claim form, section A: policyholder [[PERSON|Megan Lloyd]], policy [[ID_NUMBER|HSP-00918273]], daytime phone [[PHONE_NUMBER|029 2018 0734]]",
    "Tierheim-Patenschaft: Spenderin [[PERSON|Regula Baumann]], IBAN [[IBAN_CODE|CH52 0483 5012 3456 7100 0]], monatlich CHF 25.",
    "Hundeschule Anmeldung: [[PERSON|Florian Gruber]], [[EMAIL_ADDRESS|florian.gruber@gmx.at]], IBAN [[IBAN_CODE|AT13 2011 1829 4736 5102]].",
    "Asiel inschrijving: [[PERSON|Joke Peeters]], [[IBAN_CODE|BE11 0017 4659 2183]], [[PHONE_NUMBER|+32 495 31 48 27]].",
    "Pension féline, prélèvement : titulaire [[PERSON|Hugo Lambert]], IBAN [[IBAN_CODE|FR29 3000 4028 3700 0104 7295 863]].",
    "Hotel dla psów, wpłata od [[PERSON|Marek Zieliński]], rachunek [[IBAN_CODE|PL22 1090 2402 0000 0006 1293 4857]].",
    "Dog walking client sheet: [[PERSON|Agatha Pryce]], key safe code [[PASSWORD|1492]], [[STREET_ADDRESS|19 Cranbrook Road, Ilford IG1 4PU]].",
    "[2024-06-18 22:13:05] WARN failed login for [[EMAIL_ADDRESS|jbarrow@petmail.co.uk]] from [[IP_ADDRESS|2001:db8:7c2::45]] (user: [[PERSON|Jonathan Barrow]])",
    "Rehoming questionnaire. Applicant: [[PERSON|Mei Lin Chen]]; phone [[PHONE_NUMBER|(718) 555-0172]]; current pets: one cat.",
    "Invoice addressed to Ms [[PERSON|Adaeze Obi]], [[STREET_ADDRESS|27 Regent Terrace, Edinburgh EH7 5BS]], for hydrotherapy, six sessions.",
    "Paardenpension, huurder [[PERSON|Femke Jansen]], rekening [[IBAN_CODE|NL64 RABO 0315 8472 96]], e-mail [[EMAIL_ADDRESS|femke.jansen@ziggo.nl]].",
    "Peluquería canina: cobro a [[PERSON|Álvaro Méndez]], IBAN [[IBAN_CODE|ES31 2100 3578 4102 0014 8263]].",
    "Éleveur agréé, acheteuse : [[PERSON|Sophie Girard]], virement depuis [[IBAN_CODE|FR50 1027 8000 0100 0207 1835 643]], tél. [[PHONE_NUMBER|+33 6 39 98 62 15]].",
    "Cardholder [[PERSON|Andile Zulu]], card [[CREDIT_CARD|3466 218074 91309]], charged R1,850 for a kennel stay.",
    "Saved payment method for [[PERSON|Tessa Moreau]]: [[CREDIT_CARD|4716 5839 2047 1184]], billing address [[STREET_ADDRESS|8 Rue Vauban, 69006 Lyon]]",
    "[[PERSON|Rajesh Pillai]] | Visa [[CREDIT_CARD|4552 8871 0352 9479]] | exp 04/28 | vet bill",
    "Mobile vet callout paid by [[PERSON|Gráinne Kelleher]] with card [[CREDIT_CARD|5357 9104 6628 3049]].",
    "Service dog registry: handler [[PERSON|Marcus Webb]], SSN [[US_SSN|219-63-4810]], phone [[PHONE_NUMBER|(312) 555-0131]].",
    "W-9 for dog walker contractor [[PERSON|Kelsey Moran]]: SSN [[US_SSN|457-82-1036]], [[STREET_ADDRESS|611 Oak Street, Unit 4, Boulder, CO 80302]].",
    "Rescue website config, maintainer [[PERSON|Priya Raman]], maps key [[API_KEY|AIzaSyD4k9Tq-Lm2Xw8Rz7Vb1Nc5Hp3Ja6Ys0E]].",
    "Remote CCTV access for the stable yard granted to [[PERSON|Hamish Grant]] from [[IP_ADDRESS|198.51.100.207]].",
    "Cat show judge: [[PERSON|Valentina Russo]], [[EMAIL_ADDRESS|v.russo.catjudge@libero.it]].",
    "迷子猫の届け出：飼い主 [[PERSON|山本 美咲]]、電話 [[PHONE_NUMBER|080-3917-4826]]、白い首輪の三毛猫",
    "Dear [[PERSON|Hope Adeyinka]], we are delighted to approve your application to adopt Toffee. We will do a home visit at [[STREET_ADDRESS|54 Linden Avenue, Sheffield S10 2FG]] on Saturday.",
]

# 25 prompts in the manner of MT-Bench and Vicuna.
CLEAN_PROMPTS = [
    "Write a persuasive blog post encouraging families to adopt senior dogs from shelters instead of buying puppies. Keep it under 400 words.",
    "Compose an engaging travel blog post about a visit to a donkey sanctuary on the Devon coast, highlighting the animals and the work of its volunteers.",
    "Imagine you are James Herriot, the Yorkshire vet. Describe a difficult calving on a winter night in his voice.",
    "Explain, as if to a ten-year-old, why cats purr and what scientists still don't know about it.",
    "Write a short story in which Sherlock Holmes works out where a missing racehorse has been hidden.",
    "Draft a job advert for a part-time veterinary receptionist at a small rural practice. Include duties, hours and the kind of person who would enjoy the role.",
    "Compare the pros and cons of running a dog-walking business as a sole trader versus a limited company in the UK.",
    "Write a Python function that takes a list of kennel bookings as (start date, end date) pairs and returns the largest number of dogs on site on any single night.",
    "Role-play as a calm vet nurse explaining to a worried owner what happens during a dental procedure under general anaesthetic.",
    "Summarise the main arguments for and against banning the sale of puppies by third-party dealers.",
    "What did Charles Darwin observe about the finches and tortoises of the Galápagos, and how did it shape his thinking?",
    "Write a limerick about a greedy Labrador who steals sandwiches at the beach.",
    "Extract the animal, age and symptom from each line and return JSON: 'Collie, 9 years, limping on the left fore'; 'Persian cat, 14, drinking more'; 'Rabbit, 3, not eating hay'.",
    "How would Florence Nightingale's ideas about hygiene and ventilation apply to running a modern cattery?",
    "Give me a seven-day plan for introducing a new kitten to a resident older cat.",
    "Write a SQL query that lists every horse at a livery yard whose farrier visit is overdue by more than eight weeks, given the tables horses(id, name, stall) and farrier_visits(horse_id, visit_date).",
    "Explain the difference between a rescue, a sanctuary and a rehoming centre, with an example of when each is the right choice.",
    "Pretend you are Doctor Dolittle and write a diary entry about a conversation with a bad-tempered parrot.",
    "What are the main ethical concerns about breeding flat-faced dog breeds such as pugs and French bulldogs?",
    "Write a friendly template letter a cattery could send to all customers announcing new vaccination requirements. Use placeholders like [Owner name] rather than real names.",
    "Describe how Greyfriars Bobby became famous in Edinburgh and why the story still moves people.",
    "If you were designing a mobile app for lost-pet posters, what features would you include and why?",
    "Write a dialogue between Black Beauty and Ginger about their first days at a new stable.",
    "Explain how excess, co-payment and annual limits work in pet insurance, with a simple numerical example.",
    "What can a small animal rescue do to reduce the number of adopted dogs that are returned within the first month?",
]

# 25 word problems in the manner of GSM8K, with fictional first names.
CLEAN_GSM8K = [
    "Maya walks 4 dogs every weekday morning and 3 dogs every weekday afternoon. She earns $12 per dog per walk. How much does she earn in a five-day week?",
    "A cattery has 18 pens. On Monday 11 pens are occupied. On Tuesday 5 cats go home and 8 new cats arrive, each in its own pen. How many pens are empty on Tuesday evening?",
    "Leo buys a 15 kg bag of dog food. His dog eats 350 grams a day. How many full days will the bag last?",
    "A rescue centre rehomed 36 cats in March, a third more in April than in March, and half as many in May as in April. How many cats did it rehome over the three months?",
    "A farrier charges £95 to shoe a horse. Priya's horse is shod every 6 weeks. How much does Priya spend on shoeing over 48 weeks?",
    "Tom's groomer charges $55 for a full groom and $20 for a nail trim. Over a year Tom books 6 full grooms and 4 nail trims. How much does he pay in total?",
    "A kennel charges £24 a night for a dog in its own run and £40 a night for two dogs sharing a run. How much does a family with two dogs save over 7 nights by letting them share?",
    "Sofia's aquarium holds 120 litres. She changes 15% of the water every week. How many litres does she change in 8 weeks?",
    "A vet clinic sees 42 patients a day, 5 days a week. If 3/7 of the patients are cats, how many cats does it see each week?",
    "Ahmed fosters kittens. He had 5 kittens, 2 were adopted, then a litter of 4 arrived, and then 3 more were adopted. How many kittens does he have now?",
    "A pet insurance policy pays 80% of each vet bill after a £99 excess is taken off. Grace's vet bill is £1,099. How much does the insurer pay?",
    "A livery yard has 24 stables. Each stable uses 2 bales of straw a week, and a bale costs £4.50. What is the weekly straw bill for the full yard?",
    "Jonah gives his rabbit a scoop of pellets twice a day. A bag holds 180 scoops. How many whole weeks does one bag last?",
    "Ella can groom a small dog in 45 minutes and a large dog in 1 hour 20 minutes. On Saturday she grooms 4 small dogs and 3 large dogs. How many hours does she spend grooming?",
    "A lost-pet campaign prints 250 flyers at 8p each and 20 posters at 65p each. What is the total printing cost in pounds?",
    "A dog-walking company has 3 walkers. Each walker takes 5 dogs on each of 3 walks a day, and the company charges $18 per dog per walk. What is its daily income?",
    "Nina's cat weighs 6.4 kg and the vet wants it to lose 12% of its body weight. What is the cat's target weight?",
    "A shelter receives 240 kg of donated dry food. There are 30 dogs and each eats 0.4 kg a day. How many days will the food last?",
    "Carlos builds a chicken run 4 m long and 3 m wide. Wire mesh costs $6 per metre of perimeter and a door costs $45. What is the total cost?",
    "A horse drinks about 35 litres of water a day and a trough holds 140 litres. Kai looks after 5 horses that share one trough. How many times a day must he fill it?",
    "A cattery charges £14 a night for one cat and £9 a night for each extra cat in the same pen. Omar's three cats stay 10 nights in one pen. What is the bill?",
    "Lucy's puppy grows from 3 kg to 11 kg in 16 weeks. On average, how many grams does it gain each day, to the nearest gram?",
    "A microchipping event chips 96 dogs in the morning and 25% fewer in the afternoon. How many dogs are chipped in total?",
    "Hannah pays £8.50 a month to insure her guinea pigs and £3 a month for bedding deliveries. How much does she spend over two years?",
    "An animal rescue sells 140 raffle tickets at £2 each and 35 cakes at £1.50 each, and spends £48 on prizes. How much money does it raise?",
]

# 25 multiple-choice items in the manner of MMLU.
CLEAN_MMLU = [
    "Which of the following diseases can be passed from dogs to humans? A. Feline leukaemia B. Rabies C. Equine strangles D. Myxomatosis",
    "A horse's age is most commonly estimated by examining its: A. hooves B. mane C. teeth D. ears",
    "Which vitamin must be supplied preformed in a cat's diet because cats cannot make it from beta-carotene? A. Vitamin A B. Vitamin C C. Vitamin K D. Vitamin B12",
    "Under the Animal Welfare Act 2006, a duty of care is placed on: A. professional breeders only B. any person responsible for an animal C. veterinary surgeons only D. local councils only",
    "Which amino acid is essential for cats, its deficiency causing dilated cardiomyopathy? A. Glycine B. Taurine C. Alanine D. Serine",
    "The normal resting body temperature of a dog is approximately: A. 35.0–36.0 °C B. 36.5–37.2 °C C. 38.3–39.2 °C D. 40.5–41.5 °C",
    "Which of these animals is a ruminant? A. Horse B. Rabbit C. Goat D. Pig",
    "Pet microchips usually follow which ISO standards? A. ISO 9001 B. ISO 11784/11785 C. ISO 27001 D. ISO 14001",
    "Which food is toxic to dogs because it contains theobromine? A. Carrots B. Chocolate C. Rice D. Cucumber",
    "A tortoiseshell coat is almost always seen in female cats because the coat colour gene is: A. Y-linked B. mitochondrial C. X-linked D. autosomal dominant",
    "A contract in which a pet insurer agrees to pay vet fees in return for a premium is best described as: A. a bailment B. an indemnity C. a lease D. a trust",
    "Which part of the body is chiefly affected by canine parvovirus? A. Liver B. Intestinal tract C. Lungs D. Skin",
    "Leaving a horse in the care of a livery yard for a fee is an example of: A. bailment for reward B. gratuitous bailment C. a licence D. an easement",
    "To which class of animals do tortoises belong? A. Amphibia B. Reptilia C. Mammalia D. Aves",
    "In many jurisdictions, a keeper is liable for a dog bite regardless of fault. This is called: A. negligence B. strict liability C. vicarious liability D. contributory negligence",
    "Which parasite is passed to dogs by mosquitoes? A. Roundworm B. Tapeworm C. Heartworm D. Lungworm",
    "In Labradors, black coat (B) is dominant over brown (b). Two Bb dogs are mated. What proportion of the pups is expected to be brown? A. 0 B. 1/4 C. 1/2 D. 3/4",
    "Which hormone is lacking in a diabetic cat that needs daily injections? A. Cortisol B. Thyroxine C. Insulin D. Adrenaline",
    "The term 'zoonosis' refers to: A. a disease spread only between animals B. a disease transmissible between animals and humans C. the study of zoos D. an inherited disorder",
    "On a high-fat diet, the main energy source for a working sled dog is: A. fat B. fibre C. water D. calcium",
    "A cost that a grooming business pays however many dogs it grooms, such as rent, is a: A. variable cost B. marginal cost C. fixed cost D. sunk benefit",
    "Which of these animals is an obligate carnivore? A. Dog B. Cat C. Rabbit D. Horse",
    "Feline immunodeficiency virus is mainly transmitted through: A. shared litter trays B. deep bite wounds C. airborne droplets D. fleas",
    "The gestation period of a domestic cat is approximately: A. 21 days B. 63–65 days C. 120 days D. 9 months",
    "Which measure best summarises the typical length of stay of dogs in a shelter when a few dogs stay for years? A. Mean B. Median C. Range D. Variance",
]

# 25 health questions (pets' and their keepers') naming no one.
CLEAN_HEALTH = [
    "My dog ate a few grapes about an hour ago. Is that dangerous, and should I go to an emergency vet?",
    "How often does an indoor cat need booster vaccinations?",
    "What are the signs of heatstroke in dogs, and what should I do on the way to the vet?",
    "Is it safe to give a cat paracetamol for pain?",
    "I was bitten by a dog at work and the skin is broken. Do I need antibiotics or a tetanus booster?",
    "Can a pregnant woman clean a cat's litter tray, given the risk of toxoplasmosis?",
    "What is laminitis in horses, and which early signs should owners watch for?",
    "How can I tell whether my rabbit has gut stasis?",
    "Are flea treatments made for dogs safe to use on cats?",
    "What is a healthy rate of weight loss for an overweight Labrador?",
    "Can people catch ringworm from a kitten, and how is it treated?",
    "My elderly cat is drinking far more water than usual. What conditions could cause this?",
    "What first aid helps if a dog is stung by a wasp inside its mouth?",
    "How long after neutering should a dog wear a cone?",
    "Is peanut butter containing xylitol dangerous for dogs?",
    "Which vaccinations does a kennel worker usually need?",
    "How can I reduce allergy symptoms if I'm allergic to cats but live with one?",
    "What does it mean when a horse is cast in its stable, and how dangerous is it?",
    "Should I worry about ticks after a dog walk in long grass, and how do I remove one safely?",
    "Is it normal for a puppy to have diarrhoea after a change of food?",
    "What are the symptoms of psittacosis in people who keep parrots?",
    "How soon after chewing a lily does a cat need treatment?",
    "What can make a guinea pig stop eating, and how quickly does it become an emergency?",
    "Is raw feeding safe for dogs that live with young children or someone with a weak immune system?",
    "What are the warning signs of colic in a horse?",
]

# Every national id in the texts and its check.
NATIONAL_IDS = {
    "790614-3529": luhn_len(10),  # Swedish personnummer
    "316204870": bsn_ok,  # Dutch BSN
    "207481635": bsn_ok,
    "110108198705234711": china_id_ok,  # Chinese resident identity number
    "374.918.206-03": cpf_ok,  # Brazilian CPF
    "582.063.714-35": cpf_ok,
    "5829 6401 7336": aadhaar_ok,  # Indian Aadhaar
    "3917 2058 8463": aadhaar_ok,
    "S7729163F": nric_ok,  # Singapore NRIC
    "T0184527B": nric_ok,
    "880412-2157395": rrn_ok,  # Korean resident registration number
    "462 930 108": tfn_ok,  # Australian tax file number
    "715 834 024": tfn_ok,
    "629 471 350": luhn_len(9),  # Canadian SIN
    "48206917388": kimlik_ok,  # Turkish kimlik
    "472 918 3657": nhs_ok,  # NHS number
    "604 337 1294": nhs_ok,
    "943 610 4723": nhs_ok,
    "91072304589": pesel_ok,  # Polish PESEL
    "RSSGLI84M52L219P": codice_fiscale_ok,  # Italian codice fiscale
    "240391-5172": hetu_ok,  # Finnish henkilötunnus
    "9102155261089": luhn_len(13),  # South African id
    "6183 2940 5714": my_number_ok,  # Japanese My Number
    "53917284V": dni_ok,  # Spanish DNI
    "Y4720619K": dni_ok,  # Spanish NIE
    "8241736R": pps_ok,  # Irish PPS number
    "2 87 06 69 123 456 06": nir_ok,  # French NIR
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "150489 46256": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248 173 960": nif_ok,  # Portuguese NIF
    "2790812406319": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "48603172733": isikukood_ok,  # Estonian isikukood
    "120388-2909": kennitala_ok,  # Icelandic kennitala
    "885617/4184": rodne_cislo_ok,  # Czech rodné číslo
    "3182047595": rnokpp_ok,  # Ukrainian RNOKPP
    "67 293 058 145": steuer_id_ok,  # German Steuer-ID
    "ZKL4823": nhi_ok,  # New Zealand NHI
    "4291 73585 1": medicare_ok,  # Australian Medicare
    "038291746": luhn_len(9),  # Israeli teudat zehut
    "15068824174": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range (no area)
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|32|34|39|40|46|48|64|65|86|90|91|353|372|380|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record names
    one person and holds 1 to 4 other values; 35 to 45 records carry a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    for marked in RECORDS:
        values = {(s["type"], s["value"]) for s in marked_spans(marked)}
        people = {v for k, v in values if k == "PERSON"}
        if len(people) != 1 or not 1 <= len(values) - 1 <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(values)} values in {marked[:60]!r}"
            )
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} carry a national id")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            if span["type"] == "IP_ADDRESS" and not span["value"].startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {span['value']!r} outside the documentation ranges")


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
        "blind137", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
