# ruff: noqa: E501
"""A hundred-and-forty-sixth blind privacy set: 220 texts with personal data and 100 clean
ones on one theme, domestic cleaners, nannies, au pairs and household staff (agencies,
payroll for home staff, keys and alarm codes, schedules, references, contracts, holiday
cover, sick days, pay disputes, cleaning company rounds).

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the first
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting texts, letters, termination notes and references, summarising pasted minutes,
  call logs, voicemails and e-mails, translating, fixing wording, splitting the cost of a
  cleaner or a nanny share, asking whether a message is a scam, planning rotas and
  cleaning rounds. The first 30 are typed all in lower case (names, e-mails, postcodes,
  IBANs and codes too, with shorthand and typos); the next 6 are in Spanish, German,
  Brazilian Portuguese, Russian, Arabic and Japanese; the other 84 in ordinary English.
  Names of many origins, first names alone, surnames after titles, full names, nicknames
  (marked whole) and names that are ordinary words (Hope, Sunny, Grace, Bill, Rose, Joy,
  Faith, Summer, Ivy, Autumn), many named in passing with no cue word; door, gate, alarm
  and key-safe codes, wifi keys, passwords and logins, API keys, IPs, cards, IBANs, SSNs,
  phones, e-mails and street addresses of many countries, on one line or several; 1 to 8
  values each;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  key and visitor registers, payroll and agency entries and short letters, in English,
  Spanish, French, Italian, German, Dutch, Polish, Portuguese, Romanian, Swedish,
  Norwegian, Finnish, Estonian, Czech, Ukrainian, Turkish, Chinese, Korean, Japanese,
  Greek, Arabic, Hindi, Danish, Icelandic and Filipino settings; each names exactly one
  person and holds 1 to 4 other values; 42 carry a national id with valid check digits.

Usernames and logins, account, customer, member, policy, patient, employee, student and
agency numbers, passports, driver licences, registration numbers and national ids are
ID_NUMBER; PINs, door, gate, alarm, key-safe and lock codes, wifi keys and passwords are
PASSWORD; titles and relation or role words (Mr, Mrs, Dr, Madame, Ate, nanny, my sister,
host dad) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, pets,
companies, order, invoice, booking and ticket references, sort codes, amounts and dates
are not labelled; every occurrence of a private value is marked (a name said again is
marked again). The 100 clean texts hold no personal data at all: 25 MT-Bench and
Vicuna-style prompts (some naming historical or fictional people: Mary Poppins, Jane Eyre,
Mrs Beeton, Florence Nightingale), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
mostly on the theme.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from the documentation ranges; national ids with valid check digits (NHS
number, French NIR, Spanish DNI and NIE, Italian codice fiscale, Polish PESEL, Brazilian
CPF, Portuguese NIF, Romanian CNP, Irish PPS number, Dutch BSN, Belgian national number,
German tax id, Swedish personnummer, Norwegian fødselsnummer, Finnish henkilötunnus,
Estonian isikukood, Czech rodné číslo, Ukrainian RNOKPP, Turkish kimlik, Singapore NRIC
and FIN, Indian Aadhaar, Chinese resident id, Korean resident registration number,
Japanese My Number, Australian TFN and Medicare number, Canadian SIN, South African id,
Chilean RUT, New Zealand NHI, Icelandic kennitala).

Run ``.venv/bin/python bench/data/build_blind146.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Aunt|Uncle|Nanny|Nan|Granny|Grandma|Ate|Tita|Sr|Sra"
    r"|Señora|Señor|Dona|Herr|Frau|Mme|Madame|Monsieur|Signora|Pani|Pan)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u text our cleaner [[PERSON|rosa]] that the key is under the blue pot by the back door and the alarm code is [[PASSWORD|4471]], we're away till sun",
    "summarise this voicemail pls: 'hi its [[PERSON|dee]] from little acorns nannies, we've got a lovely candidate, [[PERSON|amara okafor]], for your mon-wed slot, ring me back on [[PHONE_NUMBER|07700 900431]] or email [[EMAIL_ADDRESS|dee.h@littleacorns-nannies.co.uk]] before fri'",
    "our au pair [[PERSON|kasia]] lands friday, write her a welcome note w the wifi key [[PASSWORD|bluebell-kitchen-22]] and my mob [[PHONE_NUMBER|07700 900518]] in case the train is late",
    "how much employer ni do i owe on our nanny [[PERSON|jo]]'s pay, 2600 gross a month? payroll wants her ni no too, its [[ID_NUMBER|jt 48 19 27 b]]",
    "is this a scam?? someone from 'brightmaids' rang saying my deep clean deposit bounced and asked me to read out my card, i gave them [[CREDIT_CARD|4539 7712 0846 3313]] and the 3 digits on the back before i thought about it. what do i do now",
    "split the cleaner between me, [[PERSON|tom]] and [[PERSON|priya]] for the flat pls. she's £16/hr, 3 hrs a week but [[PERSON|priya]]'s room is the big one so maybe she pays a bit more?",
    "write a reference for our old nanny [[PERSON|grace mwangi]], she was w us 2019-2023, both kids, always on time, drove them to swimming. keep it under 200 words",
    "fix my spelling pls: dear mrs [[PERSON|patel]], im writting to confirm [[PERSON|hope]] will start cleaning for you on tuesday 9am, she will need the gate code [[PASSWORD|7731]] and parking is on the drive",
    "nanny [[PERSON|lucy]] just texted she's sick again, 4th time this month. draft a kind but firm reply asking for a fit note if it goes past 7 days",
    "translate into tagalog for our helper: thank you ate [[PERSON|weng]] for covering while [[PERSON|marisol]] is on leave, the spare key is with mr [[PERSON|dobson]] at number 14",
    "our old cleaner [[PERSON|bill]] says we owe him for 6 sessions but i paid every one by transfer to his acct [[IBAN_CODE|gb58 barc 2031 7468 2950 37]]. how do i reply without it turning into a row",
    "remind me to change the alarm code from [[PASSWORD|0852]] after our au pair [[PERSON|sunny]] leaves on the 30th, and to get both fobs back off her",
    "draft an email to sparkle rounds asking why [[PERSON|anna k]] missed our slot at [[STREET_ADDRESS|22 elm grove, bristol bs6 5tj]] two weeks running",
    "call log from this morning, turn it into a to-do list: 8:02 missed call [[PHONE_NUMBER|01632 960284]] (mrs [[PERSON|o'neill]] re nanny share), 8:40 spoke to [[PERSON|fatima]] abt thurs pickup, 9:15 vm from agency re invoice",
    "our nanny's p60 has her name spelt wrong, it says [[PERSON|kiara belini]] but it should be [[PERSON|chiara bellini]]. write a short email to the payroll bureau asking them to fix it, her employee no is [[ID_NUMBER|np-20417]]",
    "whats a fair hourly rate for a live in housekeeper in london these days? ours, [[PERSON|dorota]], is on £12.50 and i think its too low",
    "save this for me somewhere: nanny payroll site login [[ID_NUMBER|rchowdhury88]] pw [[PASSWORD|tulip!ramp59]] (its for [[PERSON|rekha]]'s payslips). actually is it even ok to keep logins in a chat like this?",
    "write a whatsapp to [[PERSON|mags]] (our cleaner) saying we're going fortnightly from march bc money is tight, nothing to do with her work",
    "help me word a warning to our au pair [[PERSON|jonas]] about having friends over while we're out. he gave the door code [[PASSWORD|2291]] to someone and the neighbour saw them",
    "can u check if this ssn looks right for our nanny's w-2, the payroll form keeps rejecting it: [[US_SSN|512-38-4476]]. her name is [[PERSON|bianca reyes]]",
    "holiday cover aug 5-16, make me a grid: [[PERSON|bea]] mon/wed, [[PERSON|nkechi]] tue/thu, my mum fri, and [[PERSON|bea]] can do the 12th as well",
    "turn these notes into contract clauses: nanny [[PERSON|ana lucia ferreira]], 40 hrs/wk, £14 net, 28 days hol incl bank hols, start 2 sept, 1 month notice, her mob [[PHONE_NUMBER|07700 900672]]",
    "email the cleaning co for me: pls take the old card off and use this one from now, [[CREDIT_CARD|5412 7534 9021 8661]] exp 09/28. acct name is [[PERSON|s. okonjo]]",
    "the key safe at [[STREET_ADDRESS|9 prospect row, london e8 3pq]] has code [[PASSWORD|1592]]. is it ok to put that in the shared google cal for the cleaners or is that asking for trouble",
    "our housekeeper [[PERSON|lorna]]'s sister keeps ringing from [[PHONE_NUMBER|+63 917 482 3316]] asking for her wages to go to her instead. what do i say",
    "draft a msg to [[PERSON|teo]]'s nanny [[PERSON|ines]] about the late pickup fees, she says we agreed £10 per 15 min but i remember £5",
    "reword this so its less angry: '[[PERSON|jade]] you left the back door unlocked and the alarm off again!!'",
    "what should i put in a reference for [[PERSON|kwame asante]]? he did our garden and odd jobs for 3 yrs, honest, a bit slow with invoices",
    "put the cleaner schedule in a table: mon [[PERSON|lupe]] 9-12 flat 4, wed [[PERSON|lupe]] + [[PERSON|rahim]] 1-5 flats 2 and 7, fri [[PERSON|rahim]] 10-2 flat 4",
    "the nanny cam app says our api key [[API_KEY|nc_live_8f3k2q9zt7wx41mv]] was used from [[IP_ADDRESS|203.0.113.47]] at 3am. is that our au pair [[PERSON|mateo]]'s phone or someone else? how do i revoke it",
    # six other languages
    "Hola, ¿me ayudas a escribir un WhatsApp para [[PERSON|Marisa]], nuestra asistenta? Quiero decirle que a partir de junio viene martes y viernes, que la llave la dejo con el portero en [[STREET_ADDRESS|Calle de Ayala 48, 3º B, 28001 Madrid]] y que el código del portal es [[PASSWORD|6042]]. Su NIE es [[ID_NUMBER|Y2938471M]], por si lo pide la gestoría.",
    "Kannst du diese Notiz für unsere Unterlagen kurz zusammenfassen? Au-pair [[PERSON|Valentina Cruz]] aus Bogotá, Taschengeld 280 € monatlich auf [[IBAN_CODE|DE30 3705 0198 1938 4726 10]], Steuer-ID [[ID_NUMBER|47863105925]], Handy [[PHONE_NUMBER|030 23125 714]]. Sprachkurs dienstags und donnerstags, ein freies Wochenende im Monat.",
    "Me ajuda a calcular quanto devo para a diarista? A dona [[PERSON|Cida]] veio 9 vezes em maio, a R$ 180 a diária, e mais 2 meias-diárias de R$ 100. Vou pagar no Pix e a chave dela é o CPF [[ID_NUMBER|318.472.965-64]]. Escreve também uma mensagem curta agradecendo.",
    "Помоги составить вежливое сообщение для няни [[PERSON|Ольги Петровны]]: в пятницу мы задержимся до 21:00, ключи у консьержа, код домофона [[PASSWORD|4817]]. Если что-то срочное, пусть звонит мне на [[PHONE_NUMBER|+7 916 482-37-19]].",
    "من فضلك اكتب رسالة إلى مكتب الاستقدام بخصوص العاملة [[PERSON|ميرنا سانتوس]]: راتبها لشهر مايو لم يُحوَّل بعد بسبب خطأ في البنك، ونرجو التواصل معي على رقم الجوال [[PHONE_NUMBER|+971 50 418 2736]] أو البريد [[EMAIL_ADDRESS|h.alnuaimi@mailbox.ae]].",
    "家事代行の[[PERSON|佐々木]]さんに送るメッセージを丁寧に直してください：「来週の火曜日は留守にします。鍵は管理人室に預けます。オートロックの暗証番号は [[PASSWORD|0719]] です。何かあれば [[PHONE_NUMBER|090-4817-2265]] までご連絡ください。」",
    # ordinary English
    "Can you draft a polite termination letter for our housekeeper, [[PERSON|Teresa Gomes]]? She has been with us since 2021. Her last day will be 31 May and we'll pay two weeks in lieu plus accrued holiday. The letter goes to [[STREET_ADDRESS|Flat 3, 41 Cranbrook Road, Ilford IG1 4PU]].",
    "Summarise these minutes from our nanny-share meeting:\n- Present: [[PERSON|Helen]] and [[PERSON|Marcus Lindqvist]], [[PERSON|Ifeoma]] and [[PERSON|Chidi Okonkwo]]\n- Nanny [[PERSON|Paulina]] to alternate houses weekly\n- Costs split 55/45 (two kids vs one)\n- [[PERSON|Chidi]] to set up payroll and pension\n- Next review in September",
    "Is this a scam? An 'agency' emailed our new au pair saying she must pay a €450 visa processing fee to [[IBAN_CODE|LT64 7300 0101 8374 6295]] before she can fly. She's [[PERSON|Nomvula]], 19, from Durban, and the email came from [[EMAIL_ADDRESS|placements@aupair-eurolink.net]].",
    "Help me split nanny costs with [[PERSON|Rania Haddad]]. The nanny is £15.50 gross an hour, 45 hours a week, with employer NI and pension on top. We have one child and [[PERSON|Rania]] has two. What's a fair split?",
    "Our nanny [[PERSON|Precious Dube]] asked for a breakdown of her payslip. Gross £2,340, tax code 1257L, employee number [[ID_NUMBER|HX-00731]]. Can you explain each line in plain English so I can forward it to her?",
    "Tidy up my Tuesday round into a neat list, one client per line:\n[[STREET_ADDRESS|14 Harcourt Road, Sheffield S10 1DH]] - key in safe, code [[PASSWORD|3390]]\n[[STREET_ADDRESS|Flat 2, 7 Marlow Court, Sheffield S11 8YA]] - [[PERSON|Eileen]] lets us in, alarm [[PASSWORD|6618]]\n[[STREET_ADDRESS|88 Ecclesall Road South, Sheffield S11 9PE]] - dog, back gate code [[PASSWORD|2047]]",
    "Can you write up this voicemail from our au pair's mum so I can reply? 'Hello, this is [[PERSON|Carmen]], [[PERSON|Lucía]]'s mother, calling from Valencia. She told me she is not well and the doctor wants a note from you. Please call me on [[PHONE_NUMBER|+34 612 847 391]], thank you.'",
    "Summarise my reference call about [[PERSON|Joy Abadilla]] for the nanny job: spoke to her last employer, Dr [[PERSON|Ken Ito]], on [[PHONE_NUMBER|(415) 555-0142]]. Says she stayed four years, great with the twins, left only because they moved to Portland. Would hire again. One note: sometimes late on Mondays.",
    "We pay our nanny [[PERSON|Maribel Soto]] $31,000 a year. Do we need to file Schedule H, and where on the W-2 does her SSN [[US_SSN|287-61-3095]] go? Our EIN is already on file with the state.",
    "Draft a reply to [[PERSON|Olena]], our cleaner, who says she's off with flu this week and asks whether we'll still pay her. She's self-employed and comes four hours a week. I want to be fair but clear.",
    "Make a one-page house guide for our new au pair [[PERSON|Mei]]: wifi password [[PASSWORD|Otter$Lantern77]], bins go out Thursday night, alarm code [[PASSWORD|9034]], my number [[PHONE_NUMBER|07700 900244]], her host dad [[PERSON|Rob]] on [[PHONE_NUMBER|07700 900873]].",
    "Translate to Polish for our cleaner: 'Hi [[PERSON|Bożena]], the house is empty from Saturday, please do the windows and change the beds. The key is with [[PERSON|Gary]] next door at [[STREET_ADDRESS|16 Willow Close, Reading RG4 7NN]].'",
    "Our au pair [[PERSON|Ilse]] gets €90 a week and my sister [[PERSON|Kate]] borrows her on Fridays. If [[PERSON|Ilse]] does 25 hours for us and 5 for [[PERSON|Kate]], how much should [[PERSON|Kate]] chip in each month?",
    "Our nanny payroll integration stopped syncing. The error says 'invalid key' for [[API_KEY|npx_live_4Rk9TzQ2mW7bY1cVe8Hs]] even though I've regenerated it twice. Client account [[ID_NUMBER|NP-448213]]. What should I check next?",
    "Write a warm leaving-card message for [[PERSON|Sunny]], our au pair for the last two years, from the kids, [[PERSON|Otis]] and [[PERSON|Freya]]. Mention the pancake Sundays and the time the tent blew away.",
    "Our cleaner [[PERSON|Hope Adeyemi]] says she's owed £240 for cancelled sessions. The contract says 48 hours' notice and I cancelled three times with only a day's notice. Who's right? Draft a fair reply.",
    "Can you check the card number I'm about to give the nanny agency for [[PERSON|Ruth]]'s placement fee? [[CREDIT_CARD|4024 0071 5386 2940]]. I think I may have typed a digit wrong.",
    "Write an email to [[EMAIL_ADDRESS|bookings@homehelp-cover.co.uk]] asking for a temporary housekeeper from 12 to 26 August while [[PERSON|Agnieszka]] is in Poland. The house is [[STREET_ADDRESS|5 Lansdowne Crescent, Bath BA1 5EX]], two dogs, about 20 hours a week.",
    "Our smart lock log shows:\n07:58 unlock - user [[ID_NUMBER|cleaner_rashida]] - [[IP_ADDRESS|198.51.100.23]]\n14:12 lock - user [[ID_NUMBER|cleaner_rashida]] - [[IP_ADDRESS|198.51.100.23]]\n22:40 unlock - user [[ID_NUMBER|aupair_lena]] - [[IP_ADDRESS|203.0.113.88]]\nShould I worry about the late one? [[PERSON|Lena]] said she was in by nine.",
    "Draft a contract for a live-out nanny, [[PERSON|Siobhan Keane]], 32 hours over Monday to Thursday, €16 gross an hour, paid through Revenue's payroll. Her PPS number is [[ID_NUMBER|7428195P]], wages to [[IBAN_CODE|IE40 BOFI 9012 8436 7519 02]], address [[STREET_ADDRESS|12 Ashfield Park, Terenure, Dublin 6W, D6W K2R8]].",
    "Got this WhatsApp, is it a scam? 'Hi mum it's [[PERSON|Tilly]], new number, can u pay the cleaner for me today, her details are [[PERSON|K Brennan]] sort code 20-45-77 acc [[ID_NUMBER|83920174]], I'll pay u back Friday'",
    "Rewrite this so it sounds less bossy: '[[PERSON|Rose]], the kids must be in bed by 7.30, no screens after 6, and please don't let [[PERSON|Alfie]] have juice after lunch.'",
    "I'm setting up payroll for our nanny, [[PERSON|Destiny Harlow]], through a household payroll service. It wants her SSN ([[US_SSN|439-72-1158]]), her address ([[STREET_ADDRESS|2218 N Kenmore Ave, Apt 3, Chicago, IL 60614]]) and a bank account. Is it normal to ask for all this before her first day?",
    "Write a cover letter for me applying to be a housekeeper. My details:\n[[PERSON|Nadia Rahman]]\n[[STREET_ADDRESS|27 Kingsley Gardens\nLeicester\nLE2 1TQ]]\n[[PHONE_NUMBER|07700 900365]]\n[[EMAIL_ADDRESS|nadia.rahman.home@gmail.com]]\nSix years' experience in private homes, non-smoker, full driving licence.",
    "My team [[PERSON|Mercy]] and [[PERSON|Abdi]] do Fridays in Brighton. Work out a route that avoids backtracking: [[STREET_ADDRESS|3 Clifton Hill, Brighton BN1 3HQ]], [[STREET_ADDRESS|41 Ditchling Rise, Brighton BN1 4QL]], [[STREET_ADDRESS|9 Sackville Gardens, Hove BN3 4GH]]. They start at 8:30 from the unit in Portslade.",
    "Our nanny [[PERSON|Yesenia]] has had 11 sick days this year and her contract gives SSP only. How much SSP is she owed for a four-day absence starting Monday? She works Monday to Friday. Her GP letter quotes her NHS number, [[ID_NUMBER|493 258 6108]], if that matters.",
    "Can you check the wording of this au pair agreement for [[PERSON|Thandeka Nkosi]]? Pocket money £110 a week paid to [[IBAN_CODE|GB09 LOYD 3096 2471 8503 26]], 25 hours max, own room, one weekend off a month, two weeks' paid holiday.",
    "Fix the grammar: 'Dear [[PERSON|Faith]], i am sorry to informing you that we not need a cleaner after this month because we moving to Leeds. Thank you for everything you did for us.'",
    "A cleaner on an app asked me to pay her upfront in gift cards. Her profile says [[PERSON|Lisa Moreau]], [[PHONE_NUMBER|(702) 555-0178]]. What are the red flags here?",
    "Our router shows the nanny cam sending data to [[IP_ADDRESS|198.51.100.142]] and [[IP_ADDRESS|2001:db8:7a2::19]]. The installer, [[PERSON|Vik]], said it only uploads to our own cloud. How can I check?",
    "Our nanny [[PERSON|Laila Noor]] wants to opt out of the workplace pension. What do I need from her in writing, and how should I note it on her record (employee ref [[ID_NUMBER|LN-2023-04]])?",
    "Turn this into a key register table: [[PERSON|Stanisław]] - keys 1 and 4 (front, garage); [[PERSON|Juniper Clarke]] - key 2; [[PERSON|Amadou]] - key 7 and fob 3. The alarm code for all three is [[PASSWORD|4850]] until we change it.",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Trevor]] from ShineRight. Your regular cleaner [[PERSON|Luz]] has broken her wrist, so [[PERSON|Goran]] will cover for the next three weeks. He'll need the key code again, call me on [[PHONE_NUMBER|01632 960517]].'",
    "Four of us share a cleaner: [[PERSON|Dev]], [[PERSON|Ola]], [[PERSON|Summer]] and me. It's £60 a visit, fortnightly, but [[PERSON|Summer]] is away half the year. Suggest a fair split and a short message to the group chat.",
    "Add a confidentiality clause to our housekeeper's contract. She is [[PERSON|Marisa Delgado-Ruiz]] and she'll know the safe code ([[PASSWORD|271104]]) and our alarm PIN ([[PASSWORD|8163]]). Should those even be written in the contract?",
    "Translate into Romanian: 'Dear [[PERSON|Ionela]], your wages for June have been paid to [[IBAN_CODE|RO42 BTRL RONC RT05 8392 0471]]. Please confirm you received them. Thank you, [[PERSON|Harriet]].'",
    "Write a reference letter for [[PERSON|Blessing Eze]], who was our nanny for three years. She's applying to Mrs [[PERSON|Wu]]'s family in Kensington, so mention her Mandarin and her cooking.",
    "Our cleaning subscription keeps charging the old card. Write a message asking them to switch to [[CREDIT_CARD|3714 629183 74524]] from next month. Account name [[PERSON|Hamish Gordon]], customer number [[ID_NUMBER|TT-55817]].",
    "Summarise this email from the agency in three bullet points: 'Dear Mrs [[PERSON|Kaur]], we are pleased to confirm [[PERSON|Esperanza Villanueva]] as your live-in housekeeper from 1 October. Her visa sponsor reference is [[ID_NUMBER|SP-7731-90]]. Our fee of £1,800 is due on placement. Please call [[PERSON|Rowena]] on [[PHONE_NUMBER|020 7946 0381]] with any questions.'",
    "Should I give our cleaners the guest wifi? The password is [[PASSWORD|paper-moon-Dahlia8]], and [[PERSON|Kalinda]] asked for it so she can use her banking app between houses.",
    "Our au pair [[PERSON|Matías]] says he worked 34 hours last week; I count 28. My log: Mon 6, Tue 6, Wed 4, Thu 6, Fri 6. His log adds babysitting on Saturday night. Help me respond calmly.",
    "The alarm company needs a list of keyholders. Format this: [[PERSON|Wendell Pryce]] [[PHONE_NUMBER|(312) 555-0163]]; our nanny [[PERSON|Rocío]] [[PHONE_NUMBER|(312) 555-0190]]; neighbor [[PERSON|Ginny Albers]] [[PHONE_NUMBER|(312) 555-0127]].",
    "A cleaning company texted: 'Your booking for [[STREET_ADDRESS|18 Rue des Martyrs, 75009 Paris]] needs verification, reply with your card.' I did book a cleaner there for my mum, [[PERSON|Françoise]]. Scam?",
    "Our helper [[PERSON|Siti Aminah]]'s work permit is due for renewal next month. Her FIN is [[ID_NUMBER|G7194382N]]. Which documents do I need to send MOM, and by when?",
    "My nanny [[PERSON|Ayşe]] wants to be paid in cash. Explain simply why I need to run her through payroll and what happens if HMRC finds out we didn't.",
    "[[PERSON|Corinne]] babysat for six hours on Saturday for three of us: [[PERSON|Anouk]] had two kids there, [[PERSON|Leo Brandt]] one, and me two. At £13 an hour, what does each of us pay?",
    "Can you draft a birthday message from all of us to [[PERSON|Grace]], our cleaner of ten years? Include a line about the time she found [[PERSON|Noah]]'s lost retainer in the hoover bag.",
    "Our au pair [[PERSON|Kirra]] can't connect to the home VPN. Her laptop is on [[IP_ADDRESS|192.0.2.57]] and the gateway is [[IP_ADDRESS|203.0.113.9]]. Login [[ID_NUMBER|kirra.au]], password [[PASSWORD|Koala!Tide2024]]. What could be wrong?",
    "Draft an email to our payroll bureau at [[EMAIL_ADDRESS|payroll@nannyledger.co.uk]] saying that [[PERSON|Beatriz]]'s rise to £15.75 gross should start from the April run and that her new account is [[IBAN_CODE|GB26 NWBK 5600 3418 7265 90]].",
    "Our cleaner [[PERSON|Rose]] works two days a week. How much paid holiday does she get, and how should I tell her we'll be away for all of August?",
    "Summarise this group chat for my husband:\n[[PERSON|Nell]]: can't do Thursday, dentist\n[[PERSON|Priscilla]]: I can cover Thurs but need to leave by 5\n[[PERSON|Nell]]: thank u!!\nme: ok [[PERSON|Priscilla]], code is still [[PASSWORD|1206]]",
    "What's the process for a DBS check on our new nanny, [[PERSON|Oluwaseun Bakare]]? He lives at [[STREET_ADDRESS|Flat 9, Tennyson House, 60 Camberwell Road, London SE5 0EN]] and has only been in the UK for two years.",
    "Help me work out CPP and EI deductions for our nanny [[PERSON|Rhea Santos]] in Ontario: $19 an hour, 40 hours a week, started March 3.",
    "Write a note for the cleaners' noticeboard: from Monday the side gate code changes to [[PASSWORD|5093]] and the old one ([[PASSWORD|5390]]) stops working. Don't share it with anyone, including [[PERSON|Rory]]'s friends.",
    "The agency sent [[PERSON|Celeste Morin]] to cover but she didn't have a DBS certificate. Write a complaint to [[EMAIL_ADDRESS|hello@tinytots-nannies.com]] asking for a partial refund of the £450 fee.",
    "Our nanny [[PERSON|Jess]] is on [[PHONE_NUMBER|0491 570 318]]. Write a text telling her we'll be 40 minutes late back from Bondi and to give [[PERSON|Harper]] dinner. Also remind her the door code is [[PASSWORD|8826]].",
    "Our housekeeper [[PERSON|Guadalupe Ortiz]] asked for a letter confirming her employment for an apartment application. She earns $820 a week, has worked for us since 2019 and lives at [[STREET_ADDRESS|1445 W 35th St, Los Angeles, CA 90018]].",
    "Translate into Spanish for [[PERSON|Graciela]]: 'The new alarm code is [[PASSWORD|3712]]. Please set it when you leave and text me at [[PHONE_NUMBER|(646) 555-0112]] if it beeps.'",
    "Make a rota for our nanny share: [[PERSON|Amelie]] is at our house Monday and Tuesday, at [[PERSON|Sanjay]] and [[PERSON|Meera]]'s on Wednesday and Thursday, and Fridays alternate. [[PERSON|Amelie]] finishes at 5.30 on Fridays.",
    "Our Dutch au pair [[PERSON|Fenna de Wit]] is going home. Write a message saying we'll send her final €340 to [[IBAN_CODE|NL82 RABO 0318 4729 56]] and asking her to leave the keys and the parking permit on the hall table.",
    "Draft a sick-day policy for our household staff: a nanny, a housekeeper ([[PERSON|Magda]]) and a driver ([[PERSON|Sunil]]). Who calls whom, by what time, and what we pay.",
    "Someone rang claiming to be from HMRC about our nanny's tax. They wanted me to confirm my NI number [[ID_NUMBER|JR 73 52 18 D]] and my card [[CREDIT_CARD|4916 3380 5127 6409]]. I hung up after giving the NI number. Was it a scam?",
    "Do I need employer's liability insurance for [[PERSON|Conceição]], who cleans for us six hours a week? Our home insurance policy number is [[ID_NUMBER|HHP-8837261]].",
    "Write to [[PERSON|Léa]]'s parents at [[EMAIL_ADDRESS|famille.girard77@orange.fr]] to say she has settled in well and that we'll book her flight home for 22 December.",
    "Our nanny [[PERSON|Tash]] spent £86.40 on the kids this week plus £12 on parking. Write a quick reply saying I'll transfer it tonight and asking her to use the family card [[CREDIT_CARD|5203 6614 8890 2753]] next time instead of her own.",
    "[[PERSON|Marguerite]], our housekeeper, says we owe her overtime for the party on the 14th, six extra hours. We agreed a flat £100. Write a reply that offers to split the difference.",
    "Summarise my interview notes: candidate [[PERSON|Yuki Tanaka]], 28, three years as a nanny in Osaka and London, paediatric first aid, drives, vegetarian, wants £15 net, can start 1 February. Referee: [[PERSON|Hiroko Mori]], [[EMAIL_ADDRESS|h.mori@kansai-family.jp]].",
    "I run a small cleaning company. Our booking site's secret key [[API_KEY|sk_live_51Kq7vRz2PbX9mNw4TcH8yLs0eFj6]] ended up in a screenshot I sent to [[PERSON|Dariusz]]. How bad is that and what do I do?",
    "Our booking form got 200 fake cleaning requests overnight, all from [[IP_ADDRESS|203.0.113.201]]. How do I block it without blocking real customers?",
    "[[PERSON|Beth]] finished as our nanny on Friday. What do I need to give her (P45 and so on), and can you draft a short thank-you note to go with it?",
    "Make a checklist for our crew for [[STREET_ADDRESS|730 Maple Ridge Dr, Plano, TX 75023]]: garage code [[PASSWORD|4419]], alarm [[PASSWORD|0627]], owner [[PERSON|Darnell Price]], cell [[PHONE_NUMBER|(972) 555-0155]]. Pets stay in the laundry room.",
    "We're in Lyon. Write this in English and then French: '[[PERSON|Camila]], your metro pass is on the hall table, the digicode is [[PASSWORD|B4082]] and my number is [[PHONE_NUMBER|06 39 98 47 21]].'",
    "Write a host family letter for [[PERSON|Ngozi Eze]]'s au pair visa: we live at [[STREET_ADDRESS|Schönhauser Allee 112, 10439 Berlin]], our phone is [[PHONE_NUMBER|030 23125 806]], pocket money is €280 a month and her room is 12 m².",
    "Is it legal to have a camera in the kitchen without telling our cleaner, [[PERSON|Rui]]? We're in England. I'd rather tell him anyway, so help me write that message.",
    "[[PERSON|Ivy]] did 7.5, 8, 6.25, 8 and 9 hours this week at £14.20. Work out her gross and what I still owe if I already paid her £300 in cash on Wednesday.",
    "A cleaner I found online, [[PERSON|Krystal Hayes]] ([[EMAIL_ADDRESS|krystalhayes.cleans@outlook.com]]), wants $50 for a 'background check fee' before she starts. Is that normal?",
    "Our helper in Hong Kong, [[PERSON|Marites]], wants part of her salary sent straight to her mother in Iloilo, whose number is [[PHONE_NUMBER|+63 918 275 0641]]. What's the cheapest legitimate way, and is it OK for me to do it?",
    "Reply kindly but say no to this: 'Hi [[PERSON|Claire]], can I take next week off to visit [[PERSON|Bruno]] in Lisbon? I know it's short notice. [[PERSON|Giulia]]'",
    "We're hiring [[PERSON|Autumn Greer]] as a nanny in Denver. Draft the offer letter; payroll already has her SSN, [[US_SSN|604-17-2283]], and her address:\n[[STREET_ADDRESS|980 Ogden St, Unit 4\nDenver, CO 80218]]",
    "Draft a text to [[PERSON|Aoife]] asking if she can cover for [[PERSON|Niamh]] during the honeymoon, 3 to 17 June. The kids are at [[STREET_ADDRESS|4 Seapoint Avenue, Monkstown, Co. Dublin A94 X2K7]] and my number is [[PHONE_NUMBER|087 412 6638]].",
    "Our cleaner at the holiday flat in the Algarve, [[PERSON|Fernanda]], invoices us monthly. Her IBAN is [[IBAN_CODE|PT23 0035 0651 0000 6281 9437 2]]. Write a short note in Portuguese and English confirming the July payment of €210.",
    "Write a WhatsApp to [[PERSON|Sully]], our gardener: the gate code is now [[PASSWORD|9921]], please don't leave the mower on the drive, and could he quote for the hedge?",
    "Which of these should I shortlist for the housekeeper job? [[PERSON|Patience Mensah]] - 8 years, doesn't drive; [[PERSON|Bill Hartigan]] - 2 years, drives, cooks; [[PERSON|Dolores]] - 15 years, wants live-in.",
    "Our household payroll portal locked me out after a 'suspicious login' from [[IP_ADDRESS|198.51.100.77]]. I'm worried because it holds our nanny [[PERSON|Kimberly Voss]]'s SSN ([[US_SSN|158-44-7309]]) and bank details. What should I do first?",
]

# 100 one-person records; 42 carry a national id with valid check digits.
RECORDS = [
    "Patient registration: [[PERSON|Abena Owusu]], nanny, NHS number [[ID_NUMBER|721 408 3957]], mobile [[PHONE_NUMBER|07700 900127]].",
    "Household employee file | name: [[PERSON|Carys Pritchard]] | role: live-in housekeeper | NHS no: [[ID_NUMBER|604 923 1877]] | next of kin tel: [[PHONE_NUMBER|01632 960441]]",
    "Fiche salarié CESU : [[PERSON|Nathalie Roux]], femme de ménage, n° de sécurité sociale [[ID_NUMBER|2 88 11 69 387 142 94]], domicile [[STREET_ADDRESS|14 rue Vauban, 69006 Lyon]].",
    '{"employe": "[[PERSON|Karim Benali]]", "poste": "jardinier", "nir": "[[ID_NUMBER|1 79 04 13 055 218 35]]", "tel": "[[PHONE_NUMBER|06 39 98 15 62]]"}',
    "Contrato de trabajo doméstico. Empleada: [[PERSON|Rocío Jiménez Vidal]], DNI [[ID_NUMBER|53729184B]], con domicilio en [[STREET_ADDRESS|Calle Sierpes 22, 2º izq., 41004 Sevilla]].",
    "Alta en el Sistema Especial de Empleados de Hogar: [[PERSON|Marilyn Aquino]], NIE [[ID_NUMBER|X4817263M]], tel. [[PHONE_NUMBER|+34 655 218 904]].",
    "Canguro: [[PERSON|Daniela Moraru]] · NIE [[ID_NUMBER|Z0658129N]] · IBAN [[IBAN_CODE|ES22 2100 3854 9202 0041 8567]]",
    "Colf convivente: [[PERSON|Ornella Bianchi]], codice fiscale [[ID_NUMBER|BNCRLL72H58L219S]], residente in [[STREET_ADDRESS|Via Po 18, 10123 Torino]].",
    "Badante, scheda INPS: [[PERSON|Salvatore Esposito]]; C.F. [[ID_NUMBER|SPSSVT65A12F839F]]; cell. [[PHONE_NUMBER|+39 347 281 6604]]; IBAN [[IBAN_CODE|IT78 K030 6909 6061 0000 0174 839]]",
    "[[PERSON|Giuseppina Greco]], baby-sitter, CF [[ID_NUMBER|GRCGPP81T49G273P]], email [[EMAIL_ADDRESS|giusy.greco81@libero.it]]",
    "Umowa o pomoc domową: [[PERSON|Halina Zawadzka]], PESEL [[ID_NUMBER|89041703284]], nr konta [[IBAN_CODE|PL18 1140 2004 0000 3502 4187 3659]].",
    "Opiekunka: [[PERSON|Katarzyna Wójcik]] | PESEL: [[ID_NUMBER|92112506145]] | tel.: [[PHONE_NUMBER|+48 512 384 907]]",
    "Cadastro eSocial, empregada doméstica: [[PERSON|Maria do Socorro Lima]], CPF [[ID_NUMBER|047.816.293-69]], celular [[PHONE_NUMBER|(85) 98812-4037]].",
    "Recibo de vencimento: [[PERSON|Joana Tavares]], empregada de limpeza, NIF [[ID_NUMBER|238174654]], morada [[STREET_ADDRESS|Rua de Cedofeita 210, 4050-174 Porto]].",
    "[[PERSON|Domingos Rebelo]], NIF [[ID_NUMBER|216493803]], motorista particular da família desde 2017.",
    "Fișă angajat: [[PERSON|Elena Popescu]], menajeră, CNP [[ID_NUMBER|2850312046737]], telefon [[PHONE_NUMBER|+40 723 418 552]].",
    "Cleaner onboarding: [[PERSON|Mihai Dumitrescu]], Romanian CNP [[ID_NUMBER|1781107403819]], UK NI number [[ID_NUMBER|SK 42 71 86 C]].",
    "Childminder register: [[PERSON|Róisín Gallagher]], PPSN [[ID_NUMBER|3916427AH]], [[STREET_ADDRESS|22 Father Griffin Road, Galway H91 T6C2]].",
    "Gastouder: [[PERSON|Sanne Vermeulen]], BSN [[ID_NUMBER|193748265]], e-mail [[EMAIL_ADDRESS|sanne.vermeulen@kpnmail.nl]].",
    "Huishoudelijke hulp [[PERSON|Fatma Yıldız]], BSN [[ID_NUMBER|284619371]], tel. [[PHONE_NUMBER|06-38174620]]",
    "Titres-services, aide ménagère : [[PERSON|Véronique Lambert]], numéro national [[ID_NUMBER|85.07.14-263.84]], [[STREET_ADDRESS|Rue de la Station 7, 5000 Namur]].",
    "Minijob-Zentrale, Haushaltsscheck: Haushaltshilfe [[PERSON|Jolanta Nowicka]], Steuer-ID [[ID_NUMBER|59218473069]], IBAN [[IBAN_CODE|DE42 5001 0517 5927 3641 80]].",
    "RUT-avdrag, städhjälp: [[PERSON|Linnea Holmberg]], personnummer [[ID_NUMBER|870623-4187]], mobil [[PHONE_NUMBER|070-482 17 93]].",
    "Au pair-avtale: [[PERSON|Andrea López García]], fødselsnummer [[ID_NUMBER|140389 47282]], vertsfamilie i Bergen.",
    "Kotitalousvähennys, siivooja: [[PERSON|Aino Laaksonen]], henkilötunnus [[ID_NUMBER|230490-318J]], puh. [[PHONE_NUMBER|+358 40 718 2264]].",
    "Lapsehoidja [[PERSON|Kristi Tamm]], isikukood [[ID_NUMBER|48907120276]], e-post [[EMAIL_ADDRESS|kristi.tamm@hot.ee]].",
    "Chůva: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|855614/3299]], bydliště [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]].",
    "Помічниця по господарству: [[PERSON|Оксана Бондаренко]], РНОКПП [[ID_NUMBER|3184527067]], тел. [[PHONE_NUMBER|+380 67 412 83 90]].",
    "Ev yardımcısı: [[PERSON|Gülsüm Aydın]], T.C. Kimlik No [[ID_NUMBER|28401765328]], cep [[PHONE_NUMBER|+90 532 418 27 06]].",
    "FDW record; name: [[PERSON|Wulan Sari]]; FIN: [[ID_NUMBER|F2846175P]]; contact: [[PHONE_NUMBER|+65 9184 2736]]",
    "Part-time cleaner [[PERSON|Tan Mei Ling]], NRIC [[ID_NUMBER|S8742916D]], PayNow [[PHONE_NUMBER|+65 8273 5519]].",
    "Domestic help verification: [[PERSON|Lakshmi Devi]], Aadhaar [[ID_NUMBER|6183 4072 9512]], address [[STREET_ADDRESS|Flat 204, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038]].",
    "保姆登记：[[PERSON|王秀英]]，身份证号 [[ID_NUMBER|350203198605243168]]，手机 [[PHONE_NUMBER|138 0592 4716]]。",
    "가사도우미 [[PERSON|김순자]] 님, 주민등록번호 [[ID_NUMBER|850412-2137404]], 연락처 [[PHONE_NUMBER|010-4827-3915]]",
    "ベビーシッター登録：[[PERSON|山本 美咲]]、マイナンバー [[ID_NUMBER|3829 4716 0524]]、携帯 [[PHONE_NUMBER|080-3927-1146]]",
    "Nanny payroll (AU): [[PERSON|Chloe Nguyen]], TFN [[ID_NUMBER|314 728 566]], super fund member no. [[ID_NUMBER|AS-7730192]].",
    "Au pair health cover note: [[PERSON|Isabella Rossi]] is enrolled under Medicare card [[ID_NUMBER|2947 61382 1]] on a reciprocal agreement.",
    "Live-in caregiver, Ontario: [[PERSON|Rhea Santos]], SIN [[ID_NUMBER|723 481 958]], [[STREET_ADDRESS|58 Elm Drive West, Mississauga, ON L5B 1L9]].",
    "Domestic worker UIF registration: [[PERSON|Nomsa Khumalo]], ID number [[ID_NUMBER|8704150739083]], cell [[PHONE_NUMBER|+27 82 415 6093]].",
    "Trabajadora de casa particular: [[PERSON|Yolanda Quispe]], RUT [[ID_NUMBER|16.482.937-5]], [[STREET_ADDRESS|Av. Irarrázaval 2841, depto 52, Ñuñoa, Santiago]].",
    "Nanny medical form: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKM4721]], mobile [[PHONE_NUMBER|+64 21 418 2736]].",
    "Au pair í Reykjavík: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120384-2799]], sími [[PHONE_NUMBER|+354 841 2937]].",
    # no national id
    "[[PERSON|Marisol Aguilar]], nanny, logged 1,840 hours in 2023; SSN [[US_SSN|371-26-5814]]; paid by direct deposit every other Friday.",
    "employee_id,name,role,phone\n[[ID_NUMBER|HS-0042]],[[PERSON|Marta Wiśniewska]],cleaner,[[PHONE_NUMBER|07700 900219]]",
    '{"name": "[[PERSON|Joy Dela Cruz]]", "role": "helper", "email": "[[EMAIL_ADDRESS|joy.delacruz@yahoo.com.ph]]", "mobile": "[[PHONE_NUMBER|+63 927 114 5820]]"}',
    '2024-03-18T07:58:11Z lock=front-door event=unlock user=[[ID_NUMBER|cleaner_tmbeki]] name="[[PERSON|Thandiwe Mbeki]]" src=[[IP_ADDRESS|198.51.100.61]]',
    "Key register, 03/06: keys 4 and 7 signed out by [[PERSON|Olena Kravets]], tel [[PHONE_NUMBER|+380 50 317 64 28]], returned 05/06.",
    "Dear [[PERSON|Agata]], please find your P60 attached. Your employee number stays [[ID_NUMBER|FAM-118]] for next year. Kind regards.",
    "Nanny profile: [[PERSON|Sophie Brennan-Okafor]], 31, Bristol, [[EMAIL_ADDRESS|sophie.bo.nanny@gmail.com]], Ofsted registration [[ID_NUMBER|EY553182]]",
    "[[PERSON|Jorge Mendes]] has cleaned offices and private homes in Lisbon for twelve years and can be reached on [[PHONE_NUMBER|+351 912 408 337]].",
    "[[PERSON|Rosalind Achterberg]] lives at [[STREET_ADDRESS|Keizersgracht 417-2, 1016 EK Amsterdam]] and coordinates au pair placements for a small agency.",
    "Household employee: [[PERSON|Leticia Navarro]] | SSN [[US_SSN|529-83-1047]] | [[STREET_ADDRESS|3310 Fulton Ave, Sacramento, CA 95821]] | [[PHONE_NUMBER|(916) 555-0134]]",
    "Au pair visa file: [[PERSON|Valeria Montenegro]], passport no. [[ID_NUMBER|AQ4827193]] (Colombia), e-mail [[EMAIL_ADDRESS|vale.montenegro@hotmail.com]].",
    "Family driver [[PERSON|Emeka Obi]], driving licence [[ID_NUMBER|OBI99802154EM9XK]], mobile [[PHONE_NUMBER|07700 900784]].",
    "SHINE-ROUND-07 | [[PERSON|Precious Banda]] | [[STREET_ADDRESS|12 Orchard Way, Cambridge CB4 2HS]] | alarm [[PASSWORD|7340]]",
    "Client billing: [[PERSON|Geoffrey Lyle]], Visa [[CREDIT_CARD|4485 2907 6613 0184]], weekly clean £72, account [[ID_NUMBER|CL-20931]].",
    "[[PERSON|Brigitte Schäfer]], Putzhilfe, IBAN [[IBAN_CODE|AT44 2011 1829 4736 1052]], Tel. [[PHONE_NUMBER|+43 664 218 4937]]",
    "Madame [[PERSON|Aminata Diallo]], nous vous confirmons votre embauche comme garde d'enfants à domicile. Votre salaire sera versé sur le compte [[IBAN_CODE|FR36 3000 3018 2700 0519 2638 471]].",
    "Kinderfrau [[PERSON|Svetlana Koch]], wohnhaft [[STREET_ADDRESS|Lindenstraße 23, 50674 Köln]], E-Mail [[EMAIL_ADDRESS|s.koch.kinderbetreuung@web.de]].",
    "Perfil: [[PERSON|Guadalupe Ramírez]], cuidadora de niños, 12 años de experiencia, teléfono [[PHONE_NUMBER|+52 55 4817 2936]].",
    "[[PERSON|Chiara Marchetti]], tata part-time, cellulare [[PHONE_NUMBER|+39 338 472 1095]], email [[EMAIL_ADDRESS|chiara.marchetti.tata@gmail.com]].",
    "Schoonmaker [[PERSON|Kees van Dam]], IBAN [[IBAN_CODE|NL10 INGB 0007 3841 59]], werkt op dinsdag en vrijdag.",
    '{"worker": "[[PERSON|Tamika Brooks]]", "ssn": "[[US_SSN|243-58-9016]]", "rate": 22.5, "schedule": "M-F 8-5"}',
    '[2024-05-02 21:14:07] nannycam login ok user=[[ID_NUMBER|ppatel_nanny]] ip=[[IP_ADDRESS|192.0.2.184]] display_name="[[PERSON|Pooja Patel]]"',
    "Integration owner: [[PERSON|Declan Rourke]] | service: CleanRoute scheduler | key: [[API_KEY|cr_prod_7Hx2LmQ9vB4nKt8WzR1s]]",
    "Au pair handover sheet for [[PERSON|Ximena]]: bike lock [[PASSWORD|3308]], laptop password [[PASSWORD|Cactus-Harbor-61]].",
    "To whom it may concern: [[PERSON|Priscilla Anane]] worked as our housekeeper from 2016 to 2024 and may be contacted on [[PHONE_NUMBER|020 7946 0592]].",
    "Payroll starter checklist: [[PERSON|Dominika Lis]], NI [[ID_NUMBER|PN 36 82 14 A]], starter declaration B, email [[EMAIL_ADDRESS|dominika.lis@o2.pl]].",
    "Domestic worker contract: [[PERSON|Ruby Tamang]], passport [[ID_NUMBER|PA0938172]], mobile [[PHONE_NUMBER|+971 56 207 4419]].",
    "FDH: [[PERSON|Evangeline Bautista]], HKID [[ID_NUMBER|W482917(7)]], live-in at [[STREET_ADDRESS|Flat 12B, Tower 3, Laguna Verde, 8 Laguna Verde Avenue, Hung Hom, Kowloon]].",
    "Babysitter: [[PERSON|Matilda Cooper]], [[PHONE_NUMBER|0491 570 642]], [[STREET_ADDRESS|17 Wattle Street, Fitzroy VIC 3065]]",
    "[[PERSON|Reggie Thompson]] runs a one-man cleaning round in Atlanta; bookings go to [[EMAIL_ADDRESS|reggie@sparkleatl.com]] or [[PHONE_NUMBER|(404) 555-0186]].",
    "client,card,plan\n[[PERSON|Ophelia Grant]],[[CREDIT_CARD|4170 2258 9931 6045]],fortnightly deep clean",
    "Haushälterin [[PERSON|Lucia Meier]], Lohn auf [[IBAN_CODE|CH08 0076 2019 3847 5261 0]], AHV-Nr. [[ID_NUMBER|756.4829.1736.02]]",
    "Οικιακή βοηθός: [[PERSON|Μαρία Παπαδοπούλου]], κινητό [[PHONE_NUMBER|+30 694 218 3705]].",
    "العاملة المنزلية: [[PERSON|فاطمة الزهراء]]، رقم الجواز [[ID_NUMBER|P3829174]]، الهاتف [[PHONE_NUMBER|+971 55 813 2047]]",
    "घरेलू सहायिका: [[PERSON|सुनीता यादव]], मोबाइल [[PHONE_NUMBER|+91 98214 53760]]",
    "Kasambahay: [[PERSON|Rowena Dizon]], SSS No. [[ID_NUMBER|34-5821937-4]], PhilHealth [[ID_NUMBER|12-050417382-6]], cel [[PHONE_NUMBER|+63 905 318 2274]]",
    "INFO payroll.run employee=[[ID_NUMBER|E-0193]] name=[[PERSON|Zainab Hussain]] net=1842.16 iban=[[IBAN_CODE|GB68HBUK40112763094815]] status=paid",
    "Visitor log, 14:05: [[PERSON|Dariusz Lewandowski]] (window cleaner), contact [[PHONE_NUMBER|07700 900905]], left 15:20.",
    "[[PERSON|Carmen Delacroix]], a nanny in New Orleans, was sent a corrected W-2 after her employer mistyped her SSN, [[US_SSN|434-19-6728]], on the first copy.",
    "[[PERSON|Wanjiru Kamau]]\nHousekeeper & Cook\n[[PHONE_NUMBER|+254 722 481 306]]\n[[EMAIL_ADDRESS|wanjiru.kamau.cook@gmail.com]]",
    "Rengøringshjælp [[PERSON|Mette Kjær]], tlf. [[PHONE_NUMBER|+45 28 41 73 96]], [[STREET_ADDRESS|Nørrebrogade 112, 2. th., 2200 København N]].",
    "Prezada [[PERSON|Luciana]], segue o comprovante do depósito do seu salário de junho. Qualquer dúvida, me chame no [[PHONE_NUMBER|(21) 99417-2583]].",
    "Sprzątanie domów i biur: [[PERSON|Bogdan Kaczmarek]], e-mail [[EMAIL_ADDRESS|bogdan.sprzatanie@wp.pl]], tel. [[PHONE_NUMBER|+48 601 927 348]].",
    "Entry: nanny payroll portal | owner [[PERSON|Harriet Osei]] | username [[ID_NUMBER|hosei_family]] | password [[PASSWORD|Mango&Pylon#84]]",
    "Welcome, [[PERSON|Anneke]]! Wi-Fi key: [[PASSWORD|RiverStones4ever]] · Alarm: [[PASSWORD|6290]]",
    "Customer [[ID_NUMBER|CUST-80214]]: [[PERSON|Imelda Frost]], key tag 19, gate code [[PASSWORD|1357]], [[STREET_ADDRESS|2 The Paddocks, Harrogate HG2 8QT]]",
    "Nanny agency member [[ID_NUMBER|MBR-339102]]: [[PERSON|Olivia Trent]], e-mail [[EMAIL_ADDRESS|olivia.trent@btinternet.com]].",
    "Household insurance policy [[ID_NUMBER|HHI-4472915]] names [[PERSON|Neil Fairbrother]] as the employer of one part-time domestic worker.",
    "Occupational health note: [[PERSON|Grace Adjei]], patient no. [[ID_NUMBER|PT-0558213]], cleaner, lower back strain, fit for light duties.",
    "Language school enrolment: au pair [[PERSON|Camille Fontaine]], student ID [[ID_NUMBER|STU-24-7718]], [[EMAIL_ADDRESS|camille.fontaine@laposte.net]].",
    "Deposit taken from [[PERSON|Martin Ochieng]] by card [[CREDIT_CARD|2221 0048 7365 9123]] for an end-of-tenancy clean on 28 June.",
    "Oppas: [[PERSON|Lotte Peeters]], rekening [[IBAN_CODE|BE66 0634 7182 9504]], gsm [[PHONE_NUMBER|+32 478 21 46 93]].",
    "2024-06-11 | booking-portal | login | [[ID_NUMBER|sunny.k]] | [[PERSON|Sunny Kapoor]] | [[IP_ADDRESS|2001:db8:4c1::7a]]",
    "Registro de llaves: [[PERSON|Nieves Castillo]] recoge la llave n.º 3 del piso, tel. [[PHONE_NUMBER|+34 622 415 087]].",
    "[[PERSON|Ahmed Farouk]], chauffeur and handyman, home address [[STREET_ADDRESS|36 Rue Ibn Batouta, Casablanca 20250]], phone [[PHONE_NUMBER|+212 661 482 937]].",
    "Nanny [[PERSON|Jasmine Tremblay]]\n[[STREET_ADDRESS|4120 rue Saint-Denis\nMontréal QC H2W 2M5]]\n[[PHONE_NUMBER|(514) 555-0173]]",
    "[[PERSON|Bethany Kruger]] | house manager | SSN [[US_SSN|318-52-7704]] | household card [[CREDIT_CARD|4263 8810 4527 7933]]",
    "Au pair [[PERSON|Elif Demir]] uses the login [[ID_NUMBER|elif.demir.ap]] on the host family app, registered phone [[PHONE_NUMBER|+90 541 302 77 18]].",
]

# 100 clean texts with no personal data: 25 MT-Bench and Vicuna-style prompts, 25 GSM8K-style
# word problems, 25 MMLU-style items and 25 health questions naming no one.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that domestic workers should be covered by the same minimum wage and working-time laws as factory workers.",
    "Compose a short story in which Mary Poppins is replaced by a robot nanny. Keep it under 300 words and give it a twist ending.",
    "Imagine you are Jane Eyre writing to Mr Rochester about the lot of governesses in the 1840s. Write the letter in her voice.",
    "Explain the difference between an au pair, a nanny and a childminder as if you were talking to a ten-year-old.",
    "Draft a template job advertisement for a part-time housekeeper, leaving placeholders in square brackets for the family's details.",
    "What were the working conditions of domestic servants in Victorian England? Refer to the duties described in Mrs Beeton's Book of Household Management.",
    "Role-play as Carson, the butler from Downton Abbey, and explain to a new footman how to lay a formal dinner table.",
    "Write a Python function that takes a list of cleaning jobs with start and end times and returns the minimum number of cleaners needed so that no cleaner has two overlapping jobs.",
    "Compare the pros and cons of hiring a cleaner through an agency versus hiring one directly. Present the answer as a table.",
    "Summarise the main argument of Barbara Ehrenreich's chapter in 'Nickel and Dimed' about working for a house-cleaning franchise.",
    "Write a limerick about a vacuum cleaner that is afraid of the dark.",
    "Extract all the dates from this paragraph and list them in ISO format: 'The trial week runs from 3 March to 7 March 2025, with a review on 14 March and the contract starting on 1 April.'",
    "Describe a day in the life of Rose Buck, the parlourmaid in 'Upstairs, Downstairs', from five in the morning until midnight.",
    "What questions should a family ask when interviewing a prospective nanny? Give ten, grouped by theme.",
    "Write three haiku about an au pair's first morning in a new country.",
    "Explain how Florence Nightingale's ideas about hygiene changed the way hospitals, and later homes, were cleaned.",
    "If you were designing an app to schedule a cleaning company's rounds, what data model would you use? Describe the main tables and how they relate.",
    "Rewrite the following sentence to be more formal: 'The cleaner's gonna be late cos the bus broke down again.'",
    "How did the Domestic Workers' Bill of Rights passed in New York in 2010 change the obligations of household employers?",
    "Create a weekly chore chart for a family of four with two children aged 6 and 10, dividing the tasks fairly.",
    "Act as a mediator and suggest a fair way to settle a disagreement between a household and their cleaner about paying for cancelled visits.",
    "Write a SQL query that returns, for each cleaner, the total hours worked per month from a table visits(cleaner_id, visit_date, hours).",
    "How does Charles Dickens portray household servants in 'Bleak House'? Discuss two of them.",
    "Give me five tips for keeping a small flat tidy when both adults work full time and there is no cleaner.",
    "What is the ILO Domestic Workers Convention (C189), and which main rights does it set out?",
]

CLEAN_GSM8K = [
    "Maria cleans 4 houses every Monday. Each house takes her 2.5 hours and she earns $22 per hour. How much does she earn on Monday?",
    "Bianca works 45 hours a week as a nanny. The first 40 hours are paid at £15 per hour and the rest at one and a half times that rate. How much does Bianca earn in a week?",
    "Tomasz and Ewa run a cleaning round together. Tomasz cleans 3 houses a day and Ewa cleans 2 more than Tomasz. How many houses do they clean together in a 5-day week?",
    "An au pair named Lina receives €90 pocket money per week. She saves one third of it. How much does she save in 12 weeks?",
    "A cleaning company charges $120 for a deep clean and $65 for a regular clean. Last month Derek booked 2 deep cleans and 6 regular cleans. How much did he pay?",
    "Priya's nanny share costs £1,800 a month, split 60% to Priya's family and 40% to the other family. How much does the other family pay in a year?",
    "A housekeeper named Irene buys 3 bottles of floor cleaner at $4.50 each and 2 packs of sponges at $3.25 each. She pays with a $20 bill. How much change does she get?",
    "Joseph mops the kitchen in 18 minutes and the hallway in 12 minutes. If he does both every day for a week, how many hours does he spend mopping?",
    "Ravi's crew of 3 cleaners can clean an office in 4 hours. How long would a crew of 6 cleaners working at the same rate take?",
    "Rosa gets 28 days of paid holiday a year. She has taken 9 days in spring and 11 days in summer. How many days does she have left?",
    "Amir is paid £14 an hour. He worked 6 hours on Monday, 7 on Wednesday and 5 on Friday. How much does he earn that week?",
    "A babysitter charges $18 per hour plus $10 for a taxi home after 11 pm. Chloe books her from 6:30 pm to 11:30 pm. How much does Chloe owe?",
    "Leon's cleaning round has 24 clients. A quarter of them want fortnightly cleans and the rest want weekly cleans. How many cleans does Leon do in four weeks?",
    "Hannah pays her nanny £560 a week. Employer National Insurance is 13.8% of the amount above £175. How much employer NI does Hannah pay each week?",
    "Keiko irons 12 shirts an hour. She has 30 shirts and 18 blouses, and each blouse takes twice as long as a shirt. How long will the ironing take her?",
    "Three flatmates share a cleaner who charges £48 per weekly visit. Dana pays half and the other two split the rest equally. How much does each of the other two pay over 10 weeks?",
    "An agency charges a placement fee of 8% of a nanny's annual salary of $52,000. Sam pays it in 4 equal instalments. How much is each instalment?",
    "Olu uses 250 ml of detergent per house. A bottle holds 2 litres. How many bottles does Olu need for 36 houses?",
    "Nadia earns $20 an hour and gets a 5% raise after one year. How much more does she earn in a 40-hour week after the raise?",
    "Ben's au pair works 25 hours a week for 48 weeks a year and receives £5,040 in total. What is her pocket money per hour?",
    "It takes Farah 45 minutes to clean a bathroom and 1 hour 15 minutes to clean a kitchen. Each house has 2 bathrooms and 1 kitchen. How many whole houses can she finish in a 9-hour day?",
    "A window cleaner charges £3 per window. Hugo's house has 14 windows and his neighbour Pat's has 9 more. How much do Hugo and Pat pay together?",
    "Mei's nanny looks after 2 children for 10 hours a day, 4 days a week. If Mei pays £16 an hour, how much does she pay in 3 weeks?",
    "A cleaning company run by Gloria has 5 vans. Each van visits 6 homes a day on weekdays and 3 on Saturdays. How many homes do the vans visit in a week?",
    "Gabriel bought a robot vacuum for $360 so his cleaner could work 3 hours a week instead of 4. The cleaner charges $24 an hour. After how many weeks has the vacuum paid for itself?",
]

CLEAN_MMLU = [
    "Which ILO convention sets out labour standards for domestic workers?\nA. C87\nB. C100\nC. C189\nD. C182",
    "In the UK, which statutory payment may an employee receive when off sick for four or more days in a row?\nA. Statutory Sick Pay\nB. Jobseeker's Allowance\nC. Child Benefit\nD. Pension Credit",
    "Under US federal law, which schedule does a household employer file with their personal tax return to report a nanny's wages?\nA. Schedule C\nB. Schedule H\nC. Schedule D\nD. Schedule SE",
    "Which household product should never be mixed with bleach because the mixture releases toxic chloramine gas?\nA. Water\nB. Ammonia\nC. Baking soda\nD. Table salt",
    "A cleaning product with a pH of 12 is best described as:\nA. strongly acidic\nB. neutral\nC. weakly acidic\nD. strongly alkaline",
    "The 1969 European Agreement on 'au pair' Placement treats an au pair placement mainly as:\nA. a form of domestic employment\nB. a cultural exchange\nC. a student loan scheme\nD. an apprenticeship",
    "Which of the following is an essential element of a valid contract of employment at common law?\nA. Notarisation\nB. Offer and acceptance\nC. A signature in ink\nD. Registration with a court",
    "Microfibre cloths clean effectively mainly because:\nA. they contain disinfectant\nB. their split fibres trap dust and grease\nC. they are magnetic\nD. they release soap when wet",
    "Which term describes work done in the household that is not paid and not counted in GDP?\nA. Unpaid care work\nB. Structural unemployment\nC. Frictional labour\nD. Capital deepening",
    "In developmental psychology, an infant's distress when parted from a familiar caregiver is called:\nA. stranger anxiety\nB. separation anxiety\nC. object permanence\nD. egocentrism",
    "Who wrote 'The Turn of the Screw', a story narrated by a governess?\nA. Henry James\nB. Charlotte Brontë\nC. Thomas Hardy\nD. Edith Wharton",
    "On an alarm monitoring contract, a 'keyholder' is best described as:\nA. the alarm installer\nB. a person authorised to attend when the alarm is triggered\nC. the insurer\nD. the police",
    "Which bacterium is most associated with chopping boards used for raw chicken and poorly cleaned afterwards?\nA. Campylobacter\nB. Clostridium tetani\nC. Mycobacterium tuberculosis\nD. Treponema pallidum",
    "How many weeks of paid annual leave is a full-time worker in the UK entitled to by statute?\nA. 4\nB. 5.6\nC. 6.5\nD. 3",
    "A housekeeper's obligation not to disclose the household's private information is best described as a:\nA. duty of confidentiality\nB. duty of care to third parties\nC. strict liability\nD. vicarious liability",
    "Paying a domestic worker partly in food and lodging is known as:\nA. payment in kind\nB. piece rate\nC. tipping\nD. commission",
    "What is the main hazard of vacuuming fine dust with a machine that has no HEPA filter?\nA. Noise\nB. Fine particles are blown back into the air\nC. The motor overheats\nD. The bag fills too quickly",
    "In a large Victorian household, the senior female servant in charge of the other female staff was usually the:\nA. scullery maid\nB. housekeeper\nC. lady's maid\nD. nursery maid",
    "Which statement best describes 'IR35' in the UK?\nA. A minimum wage rule for under-18s\nB. Rules on whether a contractor is in effect an employee for tax\nC. A VAT registration threshold\nD. An exemption from pension auto-enrolment",
    "A concentrate is diluted one part to forty parts water. How much concentrate is in 2.05 litres of the mixed solution?\nA. 20 ml\nB. 50 ml\nC. 80 ml\nD. 100 ml",
    "Which attachment style describes a child who seeks comfort from a caregiver after a separation and is quickly soothed?\nA. Avoidant\nB. Disorganised\nC. Secure\nD. Ambivalent",
    "Hydrogen peroxide acts as a household disinfectant mainly by:\nA. oxidising cell components\nB. lowering surface tension\nC. dissolving limescale\nD. absorbing odours",
    "Under the US Fair Labor Standards Act, live-in domestic workers are generally:\nA. exempt from the minimum wage\nB. owed the minimum wage but exempt from overtime\nC. owed double pay at weekends\nD. not covered at all",
    "Which of these is an example of a zero-hours arrangement?\nA. A cleaner guaranteed 20 hours a week\nB. A nanny on a fixed annual salary\nC. A worker offered shifts only when needed, with no minimum\nD. A gardener contracted for exactly 10 visits",
    "Which philosopher argued in 'The Second Sex' that housework traps women in endless repetition?\nA. Simone de Beauvoir\nB. Hannah Arendt\nC. Mary Wollstonecraft\nD. Betty Friedan",
]

CLEAN_HEALTH = [
    "Is it safe to use bleach-based cleaners while pregnant, and what precautions should I take?",
    "What are the symptoms of contact dermatitis from cleaning products, and how is it treated?",
    "How long should someone with norovirus stay off work if they look after young children?",
    "Can breathing in oven cleaner fumes cause lasting lung damage?",
    "What is the safest way to carry a heavy vacuum cleaner up the stairs without hurting your back?",
    "Which vaccinations are recommended for someone who cares for babies under six months old?",
    "How do I treat a minor burn from a steam iron?",
    "What are the early signs of repetitive strain injury in the wrists from scrubbing and mopping?",
    "Is it normal for a toddler to have a fever a week after the MMR jab, and when should a carer call a doctor?",
    "How can I tell whether the mould in a bathroom is harmful to someone with asthma?",
    "What should go in a first aid kit for a nanny taking small children to the park?",
    "How often should kitchen sponges be replaced to avoid a build-up of bacteria?",
    "What are the signs of an allergic reaction to a new laundry detergent in a baby?",
    "Can knee pain from kneeling to clean floors be prevented with knee pads, or is something else better?",
    "What is the recommended way to clean up vomit so a stomach bug doesn't spread through the house?",
    "How long after starting antibiotics for strep throat is a person no longer contagious?",
    "Are essential oil diffusers safe to use around infants?",
    "What should you do if a toddler bites into a dishwasher tablet?",
    "How can carers who work night shifts protect their sleep and avoid burnout?",
    "Is chickenpox contagious before the spots appear, and should a childminder exclude a child who has it?",
    "What are the risks of using two different drain unblockers one after the other?",
    "How do I know whether lower back pain after lifting is a muscle strain or something more serious?",
    "Is it safe to clean with vinegar and baking soda if you have sensitive skin or eczema?",
    "How much water should someone drink when doing heavy cleaning work in hot weather?",
    "What are the symptoms of carbon monoxide poisoning, and could a faulty boiler in a rented flat cause them?",
]

# Every national id typed in a text, with its check: all are marked ID_NUMBER.
NATIONAL_IDS = {
    "721 408 3957": nhs_ok,  # NHS number
    "604 923 1877": nhs_ok,
    "493 258 6108": nhs_ok,
    "2 88 11 69 387 142 94": nir_ok,  # French NIR
    "1 79 04 13 055 218 35": nir_ok,
    "53729184B": dni_ok,  # Spanish DNI
    "X4817263M": dni_ok,  # Spanish NIE
    "Z0658129N": dni_ok,
    "Y2938471M": dni_ok,
    "BNCRLL72H58L219S": codice_fiscale_ok,  # Italian codice fiscale
    "SPSSVT65A12F839F": codice_fiscale_ok,
    "GRCGPP81T49G273P": codice_fiscale_ok,
    "89041703284": pesel_ok,  # Polish PESEL
    "92112506145": pesel_ok,
    "047.816.293-69": cpf_ok,  # Brazilian CPF
    "318.472.965-64": cpf_ok,
    "238174654": nif_ok,  # Portuguese NIF
    "216493803": nif_ok,
    "2850312046737": cnp_ok,  # Romanian CNP
    "1781107403819": cnp_ok,
    "3916427AH": pps_ok,  # Irish PPS number
    "7428195P": pps_ok,
    "193748265": bsn_ok,  # Dutch BSN
    "284619371": bsn_ok,
    "85.07.14-263.84": belgian_id_ok,  # Belgian national number
    "59218473069": steuer_id_ok,  # German tax id
    "47863105925": steuer_id_ok,
    "870623-4187": luhn_len(10),  # Swedish personnummer
    "140389 47282": fodselsnummer_ok,  # Norwegian fødselsnummer
    "230490-318J": hetu_ok,  # Finnish henkilötunnus
    "48907120276": isikukood_ok,  # Estonian isikukood
    "855614/3299": rodne_cislo_ok,  # Czech rodné číslo
    "3184527067": rnokpp_ok,  # Ukrainian RNOKPP
    "28401765328": kimlik_ok,  # Turkish kimlik
    "F2846175P": nric_ok,  # Singapore FIN
    "G7194382N": nric_ok,
    "S8742916D": nric_ok,  # Singapore NRIC
    "6183 4072 9512": aadhaar_ok,  # Indian Aadhaar
    "350203198605243168": china_id_ok,  # Chinese resident identity number
    "850412-2137404": rrn_ok,  # Korean resident registration number
    "3829 4716 0524": my_number_ok,  # Japanese My Number
    "314 728 566": tfn_ok,  # Australian tax file number
    "2947 61382 1": medicare_ok,  # Australian Medicare card
    "723 481 958": luhn_len(9),  # Canadian SIN
    "8704150739083": luhn_len(13),  # South African id
    "16.482.937-5": rut_ok,  # Chilean RUT
    "ZKM4721": nhi_ok,  # New Zealand NHI
    "120384-2799": kennitala_ok,  # Icelandic kennitala
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"08[35-9] \d{3} \d{4}",  # Ireland mobile
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{8}",  # Netherlands mobile
        r"070-\d{3} \d{2} \d{2}",  # Sweden mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
        r"\+7 9\d{2} \d{3}-\d{2}-\d{2}",  # Russia mobile
        r"\+63 9\d{2} \d{3} \d{4}",  # Philippines mobile
        r"\+34 6\d{2} \d{3} \d{3}",  # Spain mobile
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy mobile
        r"\+40 7\d{2} \d{3} \d{3}",  # Romania mobile
        r"\+48 \d{3} \d{3} \d{3}",  # Poland
        r"\+380 \d{2} \d{3} \d{2} \d{2}",  # Ukraine
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"\+971 5\d \d{3} \d{4}",  # UAE mobile
        r"\+65 [89]\d{3} \d{4}",  # Singapore mobile
        r"\+358 4\d \d{3} \d{4}",  # Finland mobile
        r"\+27 \d{2} \d{3} \d{4}",  # South Africa
        r"\+64 2\d \d{3} \d{4}",  # New Zealand mobile
        r"\+354 \d{3} \d{4}",  # Iceland
        r"\+351 9\d{2} \d{3} \d{3}",  # Portugal mobile
        r"\+43 6\d{2} \d{3} \d{4}",  # Austria mobile
        r"\+52 55 \d{4} \d{4}",  # Mexico City
        r"\+30 69\d \d{3} \d{4}",  # Greece mobile
        r"\+91 \d{5} \d{5}",  # India mobile
        r"\+254 7\d{2} \d{3} \d{3}",  # Kenya mobile
        r"\+45 \d{2} \d{2} \d{2} \d{2}",  # Denmark
        r"\+32 4\d{2} \d{2} \d{2} \d{2}",  # Belgium mobile
        r"\+212 6\d{2} \d{3} \d{3}",  # Morocco mobile
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record names
    exactly one person; 35 to 45 records carry a national id with valid check digits."""
    chat_spans = [marked_spans(t) for t in CHAT]
    named = sum(any(s["type"] == "PERSON" for s in spans) for spans in chat_spans)
    secret = sum(any(s["type"] == "PASSWORD" for s in spans) for spans in chat_spans)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for spans in chat_spans for s in spans}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
        with_id += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
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
        "blind146", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
