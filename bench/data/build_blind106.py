# ruff: noqa: E501
"""A hundred-and-sixth blind privacy set: 220 texts with personal data and 100 clean ones, on
life events: dating, weddings, births, moving house, funerals, anniversaries, reunions and the
admin around them.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py`` (not its texts), never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 100 words) that a user sends to a general assistant through a
  company gateway: drafting invitations, toasts, obituaries and thank-you notes, replying to
  matches, landlords and registrars, summarising voicemails and wills, translating family
  messages, fixing grammar, planning moves and parties, advising on etiquette and paperwork,
  and splitting costs. The first 30 are typed all in lower case (names too), the next 6 are
  in Spanish, French, German, Portuguese, Polish and Japanese, the rest ordinary English.
  Names of many origins: first names alone, surnames after titles, full names, names with
  non-English letters, names that are ordinary words, nicknames, a few in Cyrillic, Greek,
  Chinese and Japanese script, some in passing with no cue word. Values: phones, e-mails,
  street addresses in many national formats, passwords, PINs, door and key-safe codes, Wi-Fi
  keys, account, customer, member and patient numbers, national ids, passports, a driving
  licence, cards, IBANs, usernames, an IP and an API key;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets: one invented
  person each with one to four values besides the name, as free prose, labelled profile
  lines, form and table rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, member, employee, student, patient, policy,
applicant and reference numbers, passports, driving licences and national and tax ids are
ID_NUMBER; PINs, door, lockbox, key-safe and alarm codes, Wi-Fi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Nurse, Father, Aunt,
Uncle, Grandma, Signora, Dona, my sister) stay outside PERSON spans; an address span runs
from the first street line through the postcode and city as typed; public figures,
fictional characters, pets, brands, places, order, ticket, invoice and booking numbers and
dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (writing,
reasoning, coding, role-play, STEM; some naming historical figures or fictional
characters), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items
with options A to D and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900 and 020 7946 0; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and
not documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (NHS number, Brazilian CPF,
Swedish personnummer, Indian Aadhaar, Dutch BSN, Romanian CNP, Australian Medicare and TFN,
Norwegian fødselsnummer, Icelandic kennitala, Polish PESEL, Portuguese NIF, Irish PPS,
Estonian isikukood, Ukrainian RNOKPP, German tax id, New Zealand NHI, Finnish henkilötunnus,
Korean resident registration number, Japanese My Number, Singapore NRIC, Chinese resident
id, Turkish kimlik, South African id, Greek AMKA, Israeli id, Italian codice fiscale,
Spanish DNI and NIE, Canadian SIN, French NIR, Belgian national number, Czech rodné číslo,
Chilean RUT).

Run ``.venv/bin/python bench/data/build_blind106.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Fr|Father|Sister|Nurse|Auntie|Aunt|Uncle|Grandma|Grandpa"
    r"|Grandad|Signora|Signor|Dona|Sr|Sra|Herr|Frau|Mme|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to a general assistant: the first 30 in lower case, then six other
# languages, then ordinary English.
CHAT = [
    # --- lower case (30) ---
    "can you help me write a short note to our landlord [[PERSON|bob hennessy]] saying we're moving out on the 30th and asking him to return the deposit to [[IBAN_CODE|gb13 nwbk 4017 2683 0195 24]]? his email is [[EMAIL_ADDRESS|b.hennessy@brightlet.co.uk]]",
    "my fiancée [[PERSON|aoife]] and i need a seating plan for 80 guests. her nan's number for chasing rsvps is [[PHONE_NUMBER|087 214 6639]], can you draft a polite text asking if she's bringing a plus one",
    "translate this into simple spanish for my mother-in-law: the baby was born at 3am, 3.4kg, we're on ward 7 at st mary's. sign it from [[PERSON|dani]] and [[PERSON|jorge]]",
    "wifi at the new flat keeps dropping. the router login is admin / [[PASSWORD|kettle-moss-47]] and the network key is [[PASSWORD|blue7harbour77]], is it safe to paste these into the moving-in group chat for my flatmate [[PERSON|tomasz]]?",
    "help me reply to [[PERSON|gemma]] from the wedding venue, she wants the balance paid by friday. our booking is under [[PERSON|rhys pritchard]], customer no. [[ID_NUMBER|wv-20931]], and i'd like to ask for two more weeks",
    "what's a kind way to tell people at my mum's funeral reception to give to the hospice instead of buying flowers? the collection is being handled by my cousin [[PERSON|siobhan o'leary]], [[PHONE_NUMBER|07700 900418]]",
    "my date tonight is with someone called [[PERSON|kwame]] from the app, his number is [[PHONE_NUMBER|+234 803 417 2290]]. can you give me a short safety checklist and a text i can send my sister with his details",
    "the removal firm needs our new address written properly: [[STREET_ADDRESS|flat 2, 48 brunswick terrace, hove bn3 1hl]]. can you lay it out tidily with my name [[PERSON|harriet cole]] on top",
    "i'm 29 weeks pregnant and need to fill in the maternity form. is my nhs number [[ID_NUMBER|483 729 1058]] something i should email to the hr lady [[PERSON|denise]] or only give in person?",
    "calculate how much each of us owes for the reunion cabin: 940 pounds split between 7 people, but [[PERSON|marcus]] already paid 200. the rest goes to my monzo, account [[ID_NUMBER|61820457]]",
    "draft an rsvp reply to [[PERSON|ngozi adebayo]] saying yes to her 40th anniversary party, two adults, one vegetarian. her address for the card is [[STREET_ADDRESS|27 adeola odeku street, victoria island, lagos]]",
    "my ex keeps logging into our old shared streaming account. the login is [[EMAIL_ADDRESS|sunnydays.kat@mailbox.org]] and the password was [[PASSWORD|kat&leo2019]]. how do i change it and kick everyone off?",
    "fix my grammar please: we was so sorry to here about your loss [[PERSON|chidi]]. if theres anything we can do just call me on [[PHONE_NUMBER|07700 900552]]",
    "my grandad [[PERSON|walter]] passed away and the bank wants a death certificate plus his sort code and account [[ID_NUMBER|20-45-77 31094862]]. what other documents do they usually ask for?",
    "plan a surprise 25th anniversary dinner for my parents [[PERSON|raj]] and [[PERSON|meena]]. budget 300, 12 guests, and i need a text for uncle [[PERSON|sunil]] ([[PHONE_NUMBER|+91 98450 31762]]) to keep it quiet",
    "the council form for registering the birth asks for the mother's details. is it ok to just write [[PERSON|leah fairweather]], [[STREET_ADDRESS|9 quarry bank, sheffield s6 4lq]] or do they want it split into boxes?",
    "translate to polish for my babcia: we moved! new address [[STREET_ADDRESS|ul. lipowa 14/3, 31-042 kraków]], call [[PERSON|ania]] on [[PHONE_NUMBER|512 408 733]] if you get lost",
    "can u check this before i send it to my match: hey [[PERSON|elif]], dinner thursday? my insta is [[ID_NUMBER|@kaan.ozturk.94]] if that's easier",
    "our wedding website login for guests is [[ID_NUMBER|alexandsam2025]] with password [[PASSWORD|confetti!88]]. write a two-line blurb for the invite telling people how to rsvp online",
    "my wife [[PERSON|fatima]] and i are relocating from leeds to toronto. what do we need to do about her uk state pension? her ni number is [[ID_NUMBER|jr 52 81 37 b]]",
    "help me word a thank-you card to the midwife [[PERSON|bernadette]] and her colleague [[PERSON|sol]] from the birth centre, something warm but short",
    "split the funeral costs three ways: 4,260 for the service, 1,150 catering, 380 flowers. my brother [[PERSON|dev]] will pay his part by card [[CREDIT_CARD|4539 7120 8364 2159]], work out his share and write it as a receipt",
    "write a cute we're engaged caption for me and [[PERSON|benji]], and remind me our account is [[ID_NUMBER|@lottie.and.benji]] so i tag it right",
    "moving house checklist pls. old address [[STREET_ADDRESS|3 cherry tree close, norwich nr4 7jd]], new one [[STREET_ADDRESS|112 magdalen street, norwich nr3 1jd]]. who do i tell and in what order",
    "my mum [[PERSON|joan]] has early dementia and keeps forgetting the key safe code at her new bungalow, it's [[PASSWORD|4719]]. how can i make a reminder card that isn't obvious to strangers",
    "draft a message for the reunion whatsapp: class of 2005 meetup at the old school hall, pay £25 to [[PERSON|craig mcallister]] via paypal [[EMAIL_ADDRESS|craigmac05@gmail.com]] by the 10th",
    "how many weeks until my due date if my last period started on 2 march? also my midwife [[PERSON|hollis]] said to text her on [[PHONE_NUMBER|0491 570 218]] with the scan results, remind me",
    "write me a short bio for the dating app, i'm [[PERSON|ren]], 34, a nurse, love hiking and bad films. don't put my username [[ID_NUMBER|ren_walks_far]] in it",
    "the anniversary trip got charged to the wrong card, [[CREDIT_CARD|5263 8401 9273 6452]] instead of our joint one. write to the hotel asking them to charge [[PERSON|keiko tanaka]]'s card instead",
    "quick one: whats the etiquette for inviting my ex [[PERSON|jules]] to our daughter's christening? his new number is [[PHONE_NUMBER|(416) 555-0173]] if i do",
    # --- other languages (6) ---
    "¿Me ayudas a redactar una invitación para la boda de mi hermana [[PERSON|Lucía Fernández]]? Los invitados deben confirmar en [[EMAIL_ADDRESS|boda.luciaymateo@correo.es]] o al [[PHONE_NUMBER|+34 612 48 39 07]] antes del 15 de mayo.",
    "Peux-tu corriger ce faire-part de décès ? « Notre père [[PERSON|Gérard Lemaire]] nous a quittés. Pour les condoléances : [[STREET_ADDRESS|17 rue des Tilleuls, 69004 Lyon]] ou [[PHONE_NUMBER|06 39 98 41 27]]. »",
    "Wir ziehen um! Schreib bitte eine kurze Mitteilung an die Nachbarn. Unterschrift: [[PERSON|Jonas]] und [[PERSON|Mareike Brandt]], neue Adresse [[STREET_ADDRESS|Schönhauser Allee 82, 10439 Berlin]], Telefon [[PHONE_NUMBER|030 23125 614]].",
    "Preciso calcular as despesas do chá de bebê da minha cunhada [[PERSON|Thaís Moreira]]. Quem quiser contribuir manda Pix para o CPF [[ID_NUMBER|362.917.845-64]]. Total R$ 1.850 para 14 pessoas, quanto fica para cada um?",
    "Pomóż mi napisać podziękowanie dla gości po naszym weselu. Podpis: [[PERSON|Kasia]] i [[PERSON|Michał Wójcik]]. Kto chce zdjęcia, niech pisze na [[EMAIL_ADDRESS|wojcikowie.slub@poczta.pl]].",
    "結婚式の招待状を英語に翻訳してください。 新郎: [[PERSON|佐藤健太]] 新婦: [[PERSON|山本さくら]] 連絡先: [[PHONE_NUMBER|090-4127-8853]]",
    # --- English (84) ---
    "Can you draft a short toast for my best friend [[PERSON|Zainab]]'s wedding? Keep it under a minute. Her new husband is [[PERSON|Callum Reid]], and I'd like to mention that they met queuing at Dr [[PERSON|Osei]]'s pharmacy.",
    "My partner [[PERSON|Ines]] and I are buying our first house. The notary, Mr [[PERSON|Achterberg]], wants my BSN [[ID_NUMBER|204183753]] and the deposit sent to [[IBAN_CODE|NL09 RABO 0318 2647 50]] by Friday. Can you write a reply confirming and asking for a receipt to [[EMAIL_ADDRESS|ines.vermeulen@kpnmail.nl]]?",
    "I'm organising our 20-year school reunion. Help me word an email asking everyone to send £40 to the class fund at [[IBAN_CODE|GB80 BARC 2076 3148 2609 57]]. Sign it from [[PERSON|Tamsin Wolfe-Barry]].",
    "Summarise this voicemail for me: Hi, it's [[PERSON|Marguerite]] from Holloway Funeral Directors, calling for Mr [[PERSON|Desmond Achebe]] about his late wife's service on Thursday. Please ring me back on [[PHONE_NUMBER|07700 900267]] when you can.",
    "What's a fair way to split a hen weekend in Lisbon? Flights 1,140, villa 2,300, activities 640, nine people, and the bride [[PERSON|Charlotte]] doesn't pay. I'm collecting through PayPal at [[EMAIL_ADDRESS|hens.lisbon.charlie@outlook.com]].",
    "Please reply to my letting agent, [[PERSON|Ruairí Ó Catháin]]: he wants a copy of my passport, number [[ID_NUMBER|539217846]], before the tenancy starts. Ask whether I can show it in person instead.",
    "Our baby's christening is on the 14th. Make me a checklist, and remind me the parish office wants Father [[PERSON|Michael]]'s fee by transfer to [[IBAN_CODE|IE29 AIBK 9310 8426 1573 90]].",
    "Help me fill in a change of address for my pension. Name: [[PERSON|Gloria Amparo Ruiz Paredes]]. SSN: [[US_SSN|529-41-8736]]. Old address: [[STREET_ADDRESS|2218 W Cermak Rd, Chicago, IL 60608]]. New address: [[STREET_ADDRESS|4410 N Kedzie Ave, Apt 3B, Chicago, IL 60625]].",
    "I met someone lovely at a barbecue, his name is [[PERSON|Teodor]] and he gave me his number, [[PHONE_NUMBER|0491 570 384]]. Is it too soon to text him the next day? Draft something casual.",
    "Write a polite email to the register office: we need to move our ceremony from 12 to 19 July. Our names are [[PERSON|Imogen Hartley-Dunn]] and [[PERSON|Daniel Kowalczyk]], contact [[EMAIL_ADDRESS|daniel.kowalczyk@proton.me]], phone [[PHONE_NUMBER|07700 900731]].",
    "My dad was scammed the week after mum's funeral: someone pretending to be the bank rang and he read out his card [[CREDIT_CARD|4928 1603 7455 1284]] and his PIN [[PASSWORD|0937]]. What should he do right now?",
    "Translate into Italian for nonna: [[PERSON|Marco]] and I are expecting a girl in September! Call us on [[PHONE_NUMBER|+39 347 218 6604]]. Sign it from [[PERSON|Giulia]] and [[PERSON|Marco]].",
    "I'm the executor for my aunt [[PERSON|Philippa Grove]]. Her Premium Bonds holder number is [[ID_NUMBER|208341776]] and her National Insurance number was [[ID_NUMBER|NY 61 40 28 D]]. Which of these goes on the bereavement notification form?",
    "Sanity check my maths: we want to move in 18 months and need a 15% deposit on a 285,000 flat. We have 9,400 saved. How much a month do [[PERSON|Sunita]] and I each need to put away?",
    "Draft a breakup text that's kind but clear. His name's [[PERSON|Gus]] and we've been dating three months. He still knows the code to my building door, [[PASSWORD|25813#]], so add a line saying I'm changing it.",
    "Help me reply to my cousin [[PERSON|Dmitri Volkov]] ([[PERSON|Дмитрий]]), who wants to stay with us during the wedding week. Our address is [[STREET_ADDRESS|58 Rue Sainte-Catherine, 33000 Bordeaux]] and the door code is [[PASSWORD|B4172]].",
    "Can you turn these notes into an obituary? [[PERSON|Hélène Marchetti]], 1941 to 2024, retired primary teacher, survived by daughters [[PERSON|Cécile]] and [[PERSON|Agnès]] and grandson [[PERSON|Théo]]. Donations to the town library.",
    "Our gender reveal guests need to log into the shared album. User [[ID_NUMBER|ollie.and.fern]], password [[PASSWORD|Pinkorblue?24]]. Write the instructions in a friendly tone.",
    "My colleague [[PERSON|Haruto Sakamoto]] is getting married and I'm collecting for a gift. Work out 15 people at £12 plus £30 from the manager, and write a card message from the accounts team.",
    "What paperwork do I need to register my son's birth in Sweden? My personnummer is [[ID_NUMBER|910428-3727]] and my partner [[PERSON|Linnea Ekström]] only has a Danish CPR number.",
    "Rewrite this dating profile so it sounds less formal: I am [[PERSON|Víctor]], 41, an accountant from Valencia. Contact me at [[EMAIL_ADDRESS|victor.alcaraz.v@telefonica.net]] or on WhatsApp [[PHONE_NUMBER|+34 655 903 218]].",
    "Anniversary surprise: I booked the cottage under my wife's name, [[PERSON|Bronwyn Llewellyn]], customer number [[ID_NUMBER|CN-4481027]]. Write an email to the owner asking for champagne and flowers on arrival.",
    "How do I politely chase a wedding guest who hasn't paid for the group coach? It's my uncle's friend [[PERSON|Lars]], he owes 45 euros, and my bank details for him are [[IBAN_CODE|DE43 1002 0030 1684 9273 51]].",
    "I need a timeline for moving house in six weeks with a newborn. The removal quote is 1,850, booked by my husband [[PERSON|Obinna]]; his mobile for the driver is [[PHONE_NUMBER|+44 7700 900846]].",
    "Sort this guest list into a table with name, side and meal: [[PERSON|Amara Okafor]] bride vegan, [[PERSON|Jake Whitlow]] groom chicken, [[PERSON|徐丽华]] bride fish, [[PERSON|Paddy]] groom chicken, Mrs [[PERSON|Yolanda Pierce]] bride vegan.",
    "Does this funeral notice read well? The family of [[PERSON|Ernest “Ernie” Baptiste]] invite friends to celebrate his life at the community centre. Enquiries to his daughter [[PERSON|Marcia]] on [[PHONE_NUMBER|020 7946 0927]].",
    "My girlfriend's birthday and our first anniversary fall in the same week. Plan two different dates under 150 each. She's [[PERSON|Yasmin]] and lives at [[STREET_ADDRESS|14 Albion Street, Leeds LS1 6HX]], so somewhere within 20 minutes of there.",
    "I'm trying to update our address on the council tax portal after moving. My account reference is [[ID_NUMBER|7740391826]] and it keeps rejecting my password [[PASSWORD|Tulip$House91]]. Is it case-sensitive?",
    "Write a short message to Grandma [[PERSON|Rosa]] asking for her lasagne recipe for the family reunion. She only uses WhatsApp, [[PHONE_NUMBER|+52 55 4187 2930]].",
    "Fix the layout of this baby announcement: born 04:12, 3.1 kg, [[PERSON|Noor Al-Hashimi]], proud parents [[PERSON|Samir]] and [[PERSON|Layla]]. Visitors welcome after Sunday, text [[PERSON|Samir]] on [[PHONE_NUMBER|07700 900193]].",
    "Help me write a gentle note to the neighbours saying the funeral cars will block the road on Tuesday morning. Sign it from the [[PERSON|Nakamura]] family, [[STREET_ADDRESS|6 Ferndale Road, Cheltenham GL51 7QT]].",
    "Do these add up? Wedding budget 18,000: venue 7,200, catering 4,950, photographer 1,600, dress 1,300, rings 2,100, flowers 850. My fiancé [[PERSON|Stellan]] keeps saying we're over.",
    "My sister's new partner is called [[PERSON|Bao]] and he asked me to send the housewarming invite to his work address, [[EMAIL_ADDRESS|bao.nguyen@larkspur-design.com]]. Can you write it for Saturday at 7?",
    "Please translate this into English, it's from my mother-in-law: Querida [[PERSON|Ana]], o endereço novo é [[STREET_ADDRESS|Rua das Flores 212, apto 41, 01310-000 São Paulo]]. Beijos, Dona [[PERSON|Célia]].",
    "I forgot the lockbox combination at the cottage we rented for the reunion; the owner, Mrs [[PERSON|Penhaligon]], texted [[PASSWORD|3-9-1-7]] earlier. Write a quick thank-you reply to her at [[PHONE_NUMBER|+44 7700 900524]].",
    "Work out the dates for a 40-week pregnancy from 11 January and when the 20-week scan should be. Our midwife at the Rosewood clinic is Ms [[PERSON|Adeyemi-Clarke]], direct line [[PHONE_NUMBER|(312) 555-0148]].",
    "Make this text to my ex-husband calmer: [[PERSON|Peter]], the kids' passports are at your flat and I need them for the move. My new address is [[STREET_ADDRESS|22 Kauri Street, Mount Albert, Auckland 1025]].",
    "Draft a short announcement that my colleague [[PERSON|Anjali Deshpande]] is starting maternity leave and clients should contact me instead at [[EMAIL_ADDRESS|rohan.mehta@varaha-consulting.in]].",
    "The reunion venue needs a card for the deposit; I'll use my Amex [[CREDIT_CARD|3471 280593 64175]]. Write an email to the events manager, [[PERSON|Siobhán]], confirming 60 guests for 9 November.",
    "Summarise this for my brother: Dad's will names Aunt [[PERSON|Ifeoma]] as co-executor, the house at [[STREET_ADDRESS|31 Okigwe Road, Aba]] is to be sold, and the proceeds split four ways.",
    "How do I ask wedding guests not to post photos before we do? Our photographer set up the gallery with login [[ID_NUMBER|mwphotos]] and password [[PASSWORD|Holly&Finn-0622]], and I want those at the end of the message.",
    "Help me plan a 50th anniversary slideshow for my parents, [[PERSON|Kazimierz]] and [[PERSON|Halina]]. I've got about 300 photos; suggest an order and some songs from the 1970s.",
    "What should I say when I ring the lender about porting our mortgage to the new house? Mortgage account [[ID_NUMBER|0047 3318 2290]], in the names of [[PERSON|Harpreet Sandhu]] and [[PERSON|Gurpreet Sandhu]].",
    "I'm writing a eulogy for my oldest friend [[PERSON|Tobiah]]. Can you help with an opening line? He loved sailing and terrible puns.",
    "Please check this IBAN before I send it to the wedding planner: [[IBAN_CODE|ES32 2100 0813 4229 0173 5864]]. And is [[PERSON|Lorena Castaño Ibarra]] the right way to write the account holder?",
    "Write a reply to my online date [[PERSON|Mateus]], who asked for my number. I'm happy to share it, [[PHONE_NUMBER|07700 900662]]. Flirty but not too much.",
    "We're hosting my husband's family reunion in Cape Town. Make a packing list and a message to his cousin [[PERSON|Thandiwe Mokoena]] asking her to collect people from the airport; her number is [[PHONE_NUMBER|+27 82 419 3306]].",
    "Turn our new address into something a US bank form will accept: [[PERSON|Mehmet Yılmaz]], [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]].",
    "My partner and I are separating and need to close the joint account, number [[ID_NUMBER|29471038]]. Draft a neutral message to [[PERSON|Callum]] asking to meet at the branch next week.",
    "Write birth announcement cards for baby [[PERSON|Wiremu]], born to [[PERSON|Aroha]] and [[PERSON|Tane Ngata]]. Put 'Come and visit at [[STREET_ADDRESS|15 Rimu Street, Rotorua 3010]]' on the back.",
    "What do I say to my neighbour Mrs [[PERSON|Abernathy]] when her husband's funeral clashes with our son's birthday party? I don't want to seem insensitive.",
    "I need to email the council about our marriage certificate; my application reference is [[ID_NUMBER|MC/2024/08815]] and my contact email changed to [[EMAIL_ADDRESS|priyanka.s.iyer@fastmail.com]]. Draft it.",
    "Translate into German: Dear Mr [[PERSON|Hoffmann]], we are moving out of flat 4 on 31 August, please return the deposit to [[IBAN_CODE|DE52 5001 0517 0648 2937 15]]. Sign it [[PERSON|Sina Albrecht]].",
    "Plan a five-day honeymoon road trip from Denver to Santa Fe. My wife [[PERSON|Marisol]] wants hot springs, and the bookings are saved under [[EMAIL_ADDRESS|marisol.quintana@icloud.com]].",
    "My stepmother sent her new address for the Christmas card list and I think it's wrong: [[STREET_ADDRESS|76 Blackwood Avenue, Ringwood VIC 3134]]. She's [[PERSON|Deirdre Fitzpatrick]]. Does the postcode match the suburb?",
    "I'm a wedding DJ and a client sent me her card for the deposit, [[CREDIT_CARD|5431 0982 7746 3016]], exp 09/27. Is it OK to keep it in my notes app? She's [[PERSON|Paloma Ortega]].",
    "Can you draft a sympathy message for the team to sign for [[PERSON|Keanu]]? His father passed away last week in Honolulu.",
    "Divorce admin: I'm changing my surname from [[PERSON|Brennan]] back to [[PERSON|Szabó]] with the bank, HMRC and my GP. My NHS number is [[ID_NUMBER|612 048 3756]] and my tax reference is [[ID_NUMBER|4827136590]]. What order should I do it in?",
    "Help me write a thank-you note to the neonatal ward, especially Nurse [[PERSON|Okoro]] and the student midwife [[PERSON|Beatriz]], who stayed late the night our twins arrived.",
    "Time zone help: my long-distance girlfriend [[PERSON|Mei-Ling]] is in Taipei and I'm in Vancouver. Find three good times for a video call on our anniversary. Her LINE ID is [[ID_NUMBER|meiling_0412]].",
    "Write a short message to [[PERSON|Hoang Duc Anh]], who bought our old sofa, with the pickup address [[STREET_ADDRESS|48 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh]] and a time on Sunday.",
    "My brother-in-law keeps asking for the Wi-Fi at our new place. The network is LittleHouse5G and the password is [[PASSWORD|kiwi-lantern-303]]. Write a funny note for the fridge.",
    "Compare renting a hall for the reunion at 650 flat with a pub function room at 18 a head for 45 people. [[PERSON|Lydia]] at the pub said to confirm by email, [[EMAIL_ADDRESS|lydia.r@theoldswanpub.co.uk]].",
    "I have to cancel my late mother's phone contract. Her account number is [[ID_NUMBER|7201-5583-0042]] and the line is [[PHONE_NUMBER|07700 900335]]. Write a short, firm message to the provider.",
    "Please proofread the start of my vows: [[PERSON|Anouk]], from the first day on the platform in Utrecht when you lent me your umbrella... Tell me if it's too long.",
    "How do I transfer the car into my name now my husband has died? His driving licence number was [[ID_NUMBER|MORGA605074E99LW]] and the logbook is in his name, [[PERSON|Emlyn Morgan]].",
    "We're planning a long-distance movie night for our anniversary. My girlfriend [[PERSON|Skye]]'s laptop keeps getting blocked and the server log shows her IP as [[IP_ADDRESS|203.0.113.58]]. How do I allow it?",
    "Draft an email to the venue coordinator, [[PERSON|Beatrix Aldana]], saying my maid of honour is the contact on the day: [[PERSON|Precious Dlamini]], [[EMAIL_ADDRESS|precious.dlamini@webmail.co.za]], [[PHONE_NUMBER|+27 71 560 8824]].",
    "Calculate the stamp duty on a 420,000 house in England for first-time buyers, and write a note to our conveyancer, Mr [[PERSON|Ashworth-Pike]], with the result.",
    "Help me choose between two wedding photographers and write a reply to the one we pick, [[PERSON|Ingrid Solberg]], at [[EMAIL_ADDRESS|ingrid@solbergfoto.no]]. Her fee is 28,000 NOK.",
    "My grandmother's funeral is in Kraków and I'm flying from Chicago. Write a message to my cousin [[PERSON|Wojtek]] with my flight times asking him to pick me up; his number is [[PHONE_NUMBER|+48 601 274 938]].",
    "Our gift registry site got hacked. The account email is [[EMAIL_ADDRESS|thewhitfieldwedding@yahoo.com]] and the key the developer put in the site config is [[API_KEY|sk_live_4fQ8zT2mW9rK1xB7nV3cJ6pD]]. What should I revoke first?",
    "Write two lines to my landlady, Signora [[PERSON|Bellucci]], saying the rent for the new flat will come from my partner's account [[IBAN_CODE|IT07 X030 6909 6061 0000 0183 746]] from next month.",
    "I'm 38 weeks and need a hospital bag checklist. Also remind me what to say when I ring the birth unit: my hospital number is [[ID_NUMBER|RX4471203]] and my consultant is Dr [[PERSON|Farrokhzad]].",
    "Work out the pro-rated rent for moving in on the 19th of a 31-day month at 1,475 a month, then draft a text to the landlord, [[PERSON|Kofi]], confirming it.",
    "I want to surprise my husband with a trip back to where we met. Write to the hotel asking for room 214; the booking is under [[PERSON|Arjun Pillai]], loyalty member number [[ID_NUMBER|88301457]].",
    "Can you translate our Greek neighbour's note? Καλώς ήρθατε! Είμαι η [[PERSON|Ελένη]] από τον δεύτερο όροφο, τηλέφωνο [[PHONE_NUMBER|+30 694 218 3307]]. I think she's welcoming us to the building.",
    "How do I update my surname on Aadhaar after marriage? My Aadhaar is [[ID_NUMBER|6283 1947 5020]] and my husband is [[PERSON|Vikram Choudhary]].",
    "Pull out the key dates from this message from our planner [[PERSON|Odile]]: deposit 12 March, menu tasting 3 May, final numbers 1 June. She wants a call on [[PHONE_NUMBER|+33 6 39 98 52 14]] if anything changes.",
    "Dad wants to set up a memorial fund for mum. Draft the description: In memory of [[PERSON|Carmen Villanueva]], beloved teacher. Gifts can also go straight to the family at [[IBAN_CODE|PT10 0035 0391 0004 7153 8294 0]].",
    "Reply to this message from [[PERSON|Femi]]: he wants my favourite restaurant in Manchester and whether Friday works. I'm keen. Keep it short.",
    "Fix the spreadsheet formula for our reunion RSVP list; column C holds emails like [[EMAIL_ADDRESS|taylor.brooks88@hotmail.com]] and I want to pull out just the first name.",
    "Help me write to the bank about my late husband's credit card, [[CREDIT_CARD|4556 9273 8104 5628]], which still has a balance. I'm Mrs [[PERSON|Fenella Drummond]], his executor.",
    "Draft a polite request to the hospital for my newborn's records. Baby's name is [[PERSON|Kaito Brennan-Abe]] and my MRN is [[ID_NUMBER|0049-3381-27]]. Ask them to email [[EMAIL_ADDRESS|haruka.abe.brennan@gmail.com]].",
]

# 100 records in the style of synthetic PII benchmark datasets: one invented person each,
# with one to four values besides the name.
RECORDS = [
    "[[PERSON|Celestine Mbeki-Akande]] moved to [[STREET_ADDRESS|19 Harrow Lane, Slough SL1 4QP]] in March; her mobile is now [[PHONE_NUMBER|07700 900455]].",
    "Name: [[PERSON|Bartholomew Quist]] | Email: [[EMAIL_ADDRESS|bquist@riverbendmail.com]] | Phone: [[PHONE_NUMBER|(503) 555-0119]]",
    '{"full_name": "[[PERSON|Mirela Constantin]]", "cnp": "[[ID_NUMBER|2900315407627]]", "city": "Cluj-Napoca"}',
    "2024-06-11T08:42:17Z auth success for [[PERSON|Ghislaine Moreau]] (login [[ID_NUMBER|gmoreau]]) from [[IP_ADDRESS|198.51.100.73]]",
    "Dear Mr [[PERSON|Tobenna Okwuosa]], your replacement Medicare card [[ID_NUMBER|4172 83056 1]] will be posted to [[STREET_ADDRESS|8/41 Wattle Street, Ultimo NSW 2007]] within ten business days.",
    "Can I get the refund on the card I paid with? It was [[CREDIT_CARD|4175 9620 3841 7590]], in the name of [[PERSON|Annelise Vandermeer]].",
    "[[PERSON|Hamza El Idrissi]]'s driver's license number is [[ID_NUMBER|D417-552-90-833-0]] and he lives at [[STREET_ADDRESS|2905 Elmhurst Drive, Tampa, FL 33618]].",
    "patient: [[PERSON|Wanjiru Kamau]]; dob: 1988-02-14; phone: [[PHONE_NUMBER|+254 722 418 390]]; patient no: [[ID_NUMBER|KNH-0558213]]",
    "Marriage register, Sector 1: groom [[PERSON|Florin Ungureanu]], residing at [[STREET_ADDRESS|Strada Mihai Eminescu 47, ap. 12, 010512 București]].",
    "Please send the invoice to [[EMAIL_ADDRESS|sigurd.haugland@online.no]]; the fødselsnummer on file for [[PERSON|Sigurd Haugland]] is [[ID_NUMBER|120789 47355]].",
    "Applicant [[PERSON|Dolores Whitcombe]], SSN [[US_SSN|412-73-9051]], asks for a corrected W-2 to be mailed to [[STREET_ADDRESS|77 Juniper Hollow Rd, Asheville, NC 28804]].",
    "My name is [[PERSON|Rafael Oyelaran-Soto]] and my IBAN is [[IBAN_CODE|ES30 0182 2370 4182 0491 7365]].",
    "Kontakt: [[PERSON|Ilse Fjelstad]] — tlf. [[PHONE_NUMBER|+45 28 41 50 73]] — konto [[IBAN_CODE|DK61 3000 0012 6384 75]]",
    "We've changed the delivery address for [[PERSON|Sakura Ishikawa]] to [[STREET_ADDRESS|〒150-0041 東京都渋谷区神南1-19-11]]; the driver should call [[PHONE_NUMBER|080-3927-4416]] on arrival.",
    "member_id=[[ID_NUMBER|GYM-448201]] name=[[PERSON|Theo Karras]] email=[[EMAIL_ADDRESS|theo.karras@fitmail.gr]] status=frozen",
    "To whom it may concern: [[PERSON|Oluwaseun Bankole]] has rented [[STREET_ADDRESS|Flat 6, 203 Cowley Road, Oxford OX4 1XA]] from us since 2019 and has always paid on time.",
    "Kennitala [[ID_NUMBER|140685-2919]] belongs to [[PERSON|Hrafnhildur Sigurðardóttir]], who asked for receipts at [[EMAIL_ADDRESS|hrafnhildur@simnet.is]].",
    "Customer [[PERSON|Agnieszka Ptak]] (PESEL [[ID_NUMBER|92071438525]]) changed her contact number to [[PHONE_NUMBER|+48 728 305 116]].",
    "Beneficiary: [[PERSON|Henrik Lindqvist]]; account: [[IBAN_CODE|SE29 5000 0000 0543 1892 7604]]; note: inheritance share 2 of 3",
    "[[PERSON|Devika Raghunathan]] uses the password [[PASSWORD|Mango#Monsoon17]] for the alumni portal.",
    "<tr><td>[[PERSON|Joaquim Barros]]</td><td>NIF [[ID_NUMBER|238417590]]</td><td>[[PHONE_NUMBER|+351 912 640 385]]</td></tr>",
    "Hi, this is [[PERSON|Lucinda Farraday]]. Please switch my card on file to [[CREDIT_CARD|5582 9401 6372 8456]] and my billing email to [[EMAIL_ADDRESS|lucinda.farraday@postbox.net]].",
    "INFO 2024-03-02 19:04:55 api-gateway key=[[API_KEY|ak_prod_9Hc2LqV7tXw4Rz8Mb1Ns]] owner=[[PERSON|Yusuf Demirci]] ip=[[IP_ADDRESS|2001:db8:4a1::17]]",
    "Ms [[PERSON|Saoirse Whelan]], PPS No. [[ID_NUMBER|4718263U]], qualifies for the bereavement grant; contact her on [[PHONE_NUMBER|+353 86 417 2093]].",
    "Born in Tartu, [[PERSON|Kertu Saar]] (isikukood [[ID_NUMBER|48905232719]]) now lives at [[STREET_ADDRESS|Tartu mnt 54-17, 10115 Tallinn]].",
    "Passport holder: [[PERSON|Nikolai Petrenko]]; RNOKPP: [[ID_NUMBER|3182649070]]; e-mail: [[EMAIL_ADDRESS|n.petrenko@ukr.net]]",
    "Our records list [[PERSON|Bettina Krüger]] with tax ID [[ID_NUMBER|57349018267]] at [[STREET_ADDRESS|Lindenstraße 12, 80331 München]].",
    "NHI [[ID_NUMBER|ZKT4821]] — [[PERSON|Mereana Tāwhiri]], mobile [[PHONE_NUMBER|+64 21 604 8817]]",
    "I'm [[PERSON|Aleksi Mäkinen]], my henkilötunnus is [[ID_NUMBER|240692-318A]] and my salary goes to [[IBAN_CODE|FI92 4005 5010 2748 36]]; please don't store either in plain text.",
    "Shipping label: [[PERSON|Park Ji-woo]], [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 396, 101동 1203호]], [[PHONE_NUMBER|010-7281-4490]]",
    "Resident registration number [[ID_NUMBER|890715-1428374]] was entered for [[PERSON|Choi Dong-wook]] at the ward office.",
    '{"name": "[[PERSON|Haruka Fujimoto]]", "my_number": "[[ID_NUMBER|5203 8164 7920]]", "email": "[[EMAIL_ADDRESS|h.fujimoto@nifty-mail.jp]]"}',
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8716429B]], [[STREET_ADDRESS|Blk 412 Bedok North Avenue 2, #08-115, Singapore 460412]]",
    "The lease for [[STREET_ADDRESS|Jianguo Road 88, Building 3, Unit 1502, Chaoyang District, Beijing 100022]] is signed by [[PERSON|Liu Yuxuan]], ID [[ID_NUMBER|320102198706224735]].",
    "Kimlik no [[ID_NUMBER|28461937550]] ile kayıtlı [[PERSON|Elif Karaca]] adına fatura [[EMAIL_ADDRESS|elif.karaca@posta.com.tr]] adresine gönderildi.",
    "[[PERSON|Sipho Ndlovu]] ID: [[ID_NUMBER|9002145083082]] Cell: [[PHONE_NUMBER|+27 83 702 5519]] Address: [[STREET_ADDRESS|14 Jacaranda Crescent, Durbanville, Cape Town 7550]]",
    "Tax file number [[ID_NUMBER|384 729 159]] — [[PERSON|Bridget Calloway]], [[STREET_ADDRESS|3 Banksia Court, Toowong QLD 4066]]",
    "Hello, my name is [[PERSON|Eleni Papadaki]] and my AMKA is [[ID_NUMBER|12088514323]].",
    "Israeli ID [[ID_NUMBER|318294766]] is registered to [[PERSON|Noa Ben-Ami]], phone [[PHONE_NUMBER|+972 54 718 2603]].",
    "BSN: [[ID_NUMBER|318254694]]\nNaam: [[PERSON|Femke de Groot]]\nTelefoon: [[PHONE_NUMBER|+31 6 4127 3098]]",
    "Order #58213 shipped to [[PERSON|Gareth Pryce-Jones]], [[STREET_ADDRESS|Ty Newydd, 4 Heol y Felin, Aberystwyth SY23 2LP]].",
    "[[PERSON|Giulia Rossetti]], codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]], residente in [[STREET_ADDRESS|Via Garibaldi 23, 10122 Torino]].",
    "DNI [[ID_NUMBER|73149286V]] · [[PERSON|Íñigo Etxeberria]] · [[EMAIL_ADDRESS|inigo.etxe@euskalnet.net]] · [[PHONE_NUMBER|+34 688 207 451]]",
    "NIE [[ID_NUMBER|Y4821973Z]] for [[PERSON|Oksana Hrytsenko]], temporary address [[STREET_ADDRESS|Calle de Toledo 61, 3º B, 28005 Madrid]].",
    "Social insurance number [[ID_NUMBER|628 417 305]] belongs to [[PERSON|Étienne Bouchard]] of [[STREET_ADDRESS|1450 rue Saint-Denis, Montréal, QC H2X 3J8]].",
    "I, [[PERSON|Ruth Abernethy-Cole]], consent to my records (NHS no. [[ID_NUMBER|705 318 2649]]) being sent to my new GP practice.",
    "Aadhaar [[ID_NUMBER|3914 7260 8512]] | [[PERSON|Lakshmi Venkataraman]] | [[PHONE_NUMBER|+91 94431 27806]]",
    "[[PERSON|Thiago Nascimento]] tem CPF [[ID_NUMBER|514.082.736-08]] e mora na [[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]].",
    "Nom : [[PERSON|Amélie Rousseau]] ; NIR : [[ID_NUMBER|2 87 06 75 120 437 50]] ; Tél : [[PHONE_NUMBER|06 39 98 17 63]]",
    "Rijksregisternummer [[ID_NUMBER|85.04.17-263.70]] – [[PERSON|Wouter Claes]] – [[STREET_ADDRESS|Kerkstraat 18 bus 2, 9000 Gent]]",
    "Rodné číslo [[ID_NUMBER|885317/0425]] patří [[PERSON|Tereza Dvořáková]], e-mail [[EMAIL_ADDRESS|tereza.dvorakova@seznam.cz]].",
    "RUT [[ID_NUMBER|16.482.397-0]], [[PERSON|Camila Fuentes Araya]], fono [[PHONE_NUMBER|+56 9 6182 4407]]",
    "[[PERSON|Magnus Eriksen]] (f.nr. [[ID_NUMBER|030591 28425]]) ble registrert på [[STREET_ADDRESS|Thorvald Meyers gate 41, 0555 Oslo]], lønnskonto [[IBAN_CODE|NO58 8601 1472 918]].",
    "Dear [[PERSON|Aidan Brophy]], thank you for the deposit. Your PPS number [[ID_NUMBER|8265319TA]] has been added to the tenancy file.",
    "Personalblatt: [[PERSON|Urs Bachmann-Züst]], Natel [[PHONE_NUMBER|+41 79 418 27 05]], Lohnkonto [[IBAN_CODE|CH62 0023 5239 1740 6258 M]]",
    "username: [[ID_NUMBER|k.oyelowo_88]]  password: [[PASSWORD|Sunflower-Rain-2020]]  account holder: [[PERSON|Kemi Oyelowo]]",
    "[[PERSON|Dariusz Nowicki]] paid with card [[CREDIT_CARD|2301 9465 8201 7360]] at 14:32; the receipt went to [[EMAIL_ADDRESS|darek.nowicki@wp.pl]].",
    "Visitor log: [[PERSON|Pilar Quispe Mamani]] signed in at 09:15 and left the phone number [[PHONE_NUMBER|+51 987 402 316]].",
    "My wife's name is [[PERSON|Rosalind Achebe-Hart]] and her email is [[EMAIL_ADDRESS|roz.hart@quillmail.co.uk]].",
    "SSN: [[US_SSN|287-60-4419]] / Name: [[PERSON|Curtis Lamontagne]] / DOB: 07/19/1971 / Phone: [[PHONE_NUMBER|(207) 555-0162]]",
    "Wire the refund to [[PERSON|Beatriz Salgueiro]], [[IBAN_CODE|FR26 3000 4028 3700 0198 4736 218]].",
    '2023-11-29 22:10:03 WARN 5 failed logins user=[[ID_NUMBER|mpoloko]] name="[[PERSON|Mpho Poloko]]" src=[[IP_ADDRESS|192.0.2.214]]',
    "Please update my home address to [[STREET_ADDRESS|1207 Calle Loíza, Apt 4, San Juan, PR 00911]]. Thanks, [[PERSON|Yadira Colón]]",
    "Contributor [[PERSON|Ousmane Sy-Camara]], token [[API_KEY|ghp_R7kW2nQ9vX4mT1bZ8cL5pH3jD6fY0aS2eU7i]], last seen from [[IP_ADDRESS|203.0.113.141]].",
    "Ticket 88412: caller [[PERSON|Gwendolyn Marsh]] says her Wi-Fi password [[PASSWORD|Otter!Bay2031]] stopped working after she moved to [[STREET_ADDRESS|5 Tannery Row, Kendal LA9 4HG]].",
    "Employee [[PERSON|Rashid Al-Mansouri]], employee no. [[ID_NUMBER|E-204518]], requests parental leave from 3 June; contact [[PHONE_NUMBER|+971 50 482 7136]].",
    "Policy [[ID_NUMBER|HLP-77031942]] is held by [[PERSON|Nkechi Obiora]]; send claim letters to [[EMAIL_ADDRESS|nkechi.obiora@mailnest.ng]].",
    "Hej [[PERSON|Sven Åkerlund]], din nya pinkod är [[PASSWORD|8316]]. Byt den vid första inloggningen.",
    "[[PERSON|Zofia Król]], PESEL [[ID_NUMBER|88110257398]], [[STREET_ADDRESS|ul. Długa 7 m. 4, 00-238 Warszawa]]",
    "Student [[PERSON|Kieran Obi-Walsh]] – student ID [[ID_NUMBER|S20458817]] – [[EMAIL_ADDRESS|k.obiwalsh@students.hallamvale.ac.uk]]",
    "[[PERSON|Marco Conti]] pays the rent with card [[CREDIT_CARD|3762 049138 55270]], lives at [[STREET_ADDRESS|Via dei Mille 9, 80121 Napoli]] and has codice fiscale [[ID_NUMBER|CNTMRC79D14F839P]].",
    "Meter reading submitted by [[PERSON|Douglas Ferrier]], account [[ID_NUMBER|ELX 4408 1937]], supply address [[STREET_ADDRESS|11 Strathearn Place, Edinburgh EH9 2AL]], reading 28411.",
    "The alarm code for [[PERSON|Marguerite Lavoie]]'s house is [[PASSWORD|2468*]] and the spare key is with the neighbour.",
    "A new device signed in to [[PERSON|Ishaan Kapoor]]'s account ([[EMAIL_ADDRESS|ishaan.kapoor91@rediffmail.com]]) from [[IP_ADDRESS|198.51.100.9]].",
    "Contact card · [[PERSON|Abebe Tesfaye]] · [[PHONE_NUMBER|+251 91 142 7730]] · [[EMAIL_ADDRESS|abebe.tesfaye@ethionet.et]]",
    "Subscriber [[PERSON|Ana Lucía Paz]] has phone [[PHONE_NUMBER|+52 33 3617 4092]] and customer number [[ID_NUMBER|MX-CL-330917]].",
    "Kopie an: [[PERSON|Friederike Hollmann]], [[STREET_ADDRESS|Am Friedrichshain 21, 10407 Berlin]], Tel. [[PHONE_NUMBER|+49 30 23125 207]]",
    "[[PERSON|Phạm Thị Thu Trang]], ĐT [[PHONE_NUMBER|+84 912 408 716]], địa chỉ [[STREET_ADDRESS|27 Hàng Bạc, Hoàn Kiếm, Hà Nội]]",
    "Name on account: [[PERSON|Desmond Achterberg]]. IBAN: [[IBAN_CODE|NL92 INGB 0004 5182 73]].",
    "[[PERSON|Marta Kowalewska]] poprosiła o przelew na rachunek [[IBAN_CODE|PL57 1240 3157 0000 4826 1937 5084]].",
    "[[PERSON|Jürgen Van Acker]] — [[IBAN_CODE|BE61 0634 1852 7609]] — [[EMAIL_ADDRESS|jurgen.vanacker@telenet.be]]",
    "Door log 2024-01-17 06:55: entry with PIN [[PASSWORD|703915]] by resident [[PERSON|Bisola Adeyemo]], flat 12.",
    "Claimant: [[PERSON|Horatio Pennington]]. Social Security No.: [[US_SSN|538-12-7604]]. Mailing address: [[STREET_ADDRESS|PO Box 2214, Bozeman, MT 59771]].",
    "[[PERSON|Ayşe Doğan]] changed her login from [[ID_NUMBER|aysedogan]] to [[ID_NUMBER|ayse.dogan.1990]] yesterday.",
    "Recipient: [[PERSON|Gaspard Lefebvre-Ndiaye]], [[STREET_ADDRESS|4 place du Marché, 35000 Rennes]], [[EMAIL_ADDRESS|gaspard.ln@laposte.net]]",
    "The AWS key [[API_KEY|AKIA4R7TQ2WX9MZ3KD8P]] belongs to [[PERSON|Chiara Benedetti]] and must be rotated today.",
    "Guest [[PERSON|Leopold Brandauer]] checked in with passport [[ID_NUMBER|P7184930]] and left the card [[CREDIT_CARD|4487 2095 1630 4822]] for incidentals; refunds to [[IBAN_CODE|AT81 1200 0529 4816 3702]].",
    "Hi! I'm [[PERSON|Kalani Akana]], text me at [[PHONE_NUMBER|(808) 555-0137]] or find me as [[ID_NUMBER|@kalani.surfs]].",
    "Form 3B — Name: [[PERSON|Yevgenia Orlova]] — Email: [[EMAIL_ADDRESS|y.orlova@yandex.ru]] — Passport: [[ID_NUMBER|75 4218903]]",
    "[[PERSON|Tomás Ó Briain]] registered [[IP_ADDRESS|203.0.113.77]] for remote access; his VPN password is [[PASSWORD|Curlew_Strand_61]].",
    "Dear Ms [[PERSON|Ama Owusu]], we have received your application; your applicant number is [[ID_NUMBER|GH-APP-550291]] and we will write to you at [[STREET_ADDRESS|House No. 12, Ring Road East, Osu, Accra]].",
    "[[PERSON|Bjørn Tveit]] — [[PHONE_NUMBER|+47 415 82 930]] — fødselsnummer [[ID_NUMBER|250684 36179]]",
    "Mrs [[PERSON|Evangeline Thorpe]], National Insurance number [[ID_NUMBER|JT 48 21 93 A]], has her pension paid into [[IBAN_CODE|GB70 LOYD 3096 2271 8405 63]].",
    '{"user": "[[ID_NUMBER|rkhanna]]", "display_name": "[[PERSON|Rhea Khanna]]", "last_ip": "[[IP_ADDRESS|2001:db8:7c::2a]]", "plan": "family"}',
    "[[PERSON|Quentin Delacroix-Mbala]] can be reached at [[EMAIL_ADDRESS|qdelacroix@orange.fr]] or on [[PHONE_NUMBER|+33 6 39 98 60 25]].",
    "Cardholder [[PERSON|Ngaio Whitfield]], card [[CREDIT_CARD|6011 5928 3740 1629]], expiry 11/28.",
    "In the support chat [[PERSON|Mustafa Haddad]] wrote that his secret phrase is [[PASSWORD|olive tree under the blue door]].",
    "Patient [[PERSON|Imelda Corrigan]], hospital no. [[ID_NUMBER|H0847731]], NHS [[ID_NUMBER|548 203 9102]], admitted to ward 9.",
    "Reg. form — [[PERSON|Yaw Asante-Boateng]] — [[STREET_ADDRESS|52 Kingsland High Street, London E8 2JS]] — [[PHONE_NUMBER|020 7946 0713]] — [[EMAIL_ADDRESS|yaw.ab@kmail.co.uk]]",
    "Singapore NRIC [[ID_NUMBER|T0248163J]] — [[PERSON|Nurul Aisyah binte Rahman]], [[PHONE_NUMBER|+65 9127 4803]]",
]

# 100 clean texts: no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that public libraries in university towns should stay open around the clock during exam season.",
    "Compose a short poem about the first cold morning of autumn in the style of Emily Dickinson.",
    "Explain the difference between TCP and UDP to a high-school student, with one everyday analogy for each.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Pretend you are Sherlock Holmes and deduce where a traveller has been from a muddy umbrella and a crumpled train ticket.",
    "A train leaves at 14:10 and arrives at 17:45 local time after crossing one time zone eastward. How long was the journey? Explain your reasoning.",
    "Summarise the main causes of the French Revolution in five bullet points.",
    "Write a SQL query that finds the three customers with the highest total order value in the last 90 days, given tables orders(id, customer_id, total, created_at) and customers(id, name).",
    "Imagine you are Marie Curie giving a short talk to a class of ten-year-olds about radioactivity. What would you say?",
    "Draft a product description for a reusable steel water bottle that keeps drinks cold for 24 hours.",
    "Solve for x: 3x + 7 = 2x - 5, and show each step.",
    "What are the pros and cons of nuclear power compared with offshore wind? Give a balanced answer in two paragraphs.",
    "Role-play as a tour guide in ancient Rome welcoming a group of visitors to the newly opened Colosseum.",
    "Explain in under 150 words how photosynthesis turns light energy into chemical energy.",
    "Write a short story in which Captain Ahab finally decides to give up chasing the white whale.",
    "Write a JavaScript function that removes duplicates from an array of integers while keeping the original order.",
    "Suggest three strategies to stay focused when working from home, with one concrete example for each.",
    "Which is larger, 2^30 or 10^9? Explain without using a calculator.",
    "Compare the wartime leadership styles of Abraham Lincoln and Winston Churchill.",
    "Write a sequence of three haiku about the first snowfall in a busy city.",
    "You are a chef hosting a cooking show. Walk the audience through making a simple mushroom risotto.",
    "Explain the idea of opportunity cost and give an everyday example that involves time rather than money.",
    "What would happen to ocean tides if the Moon were twice as far from Earth? Reason step by step.",
    "Make this sentence more concise: Due to the fact that it was raining, we made the decision to postpone the picnic until a later date.",
    "Write a dialogue in which Elizabeth Bennet and Mr Darcy argue about whether dating apps would have helped them.",
]
CLEAN_GSM8K = [
    "Maya bakes 48 cupcakes for a party. She gives a quarter of them to her neighbours and eats 3. How many cupcakes are left?",
    "A wedding hall charges $1,200 plus $35 per guest. If Omar invites 86 guests, how much does the hall cost in total?",
    "Lena reads 22 pages a day. Her book has 418 pages. How many days will it take her to finish it?",
    "Tariq buys 3 boxes of pens with 12 pens in each box and gives 7 pens to his sister. How many pens does he have left?",
    "A florist makes bouquets of 9 roses each. She has 250 roses. How many full bouquets can she make, and how many roses are left over?",
    "Jonah earns $18 an hour and works 6 hours on Saturday and 4 hours on Sunday. How much does he earn over the weekend?",
    "A family drives 320 km to a reunion at an average speed of 80 km/h and stops once for 45 minutes. How long does the trip take?",
    "Priya has twice as many stickers as Ben. Together they have 96 stickers. How many stickers does Priya have?",
    "A cake recipe needs 250 g of flour for 8 slices. How much flour is needed for 20 slices?",
    "Carlos saves $15 every week. How many weeks will it take him to save $390 for a new bike?",
    "A moving van holds 42 boxes. Elena has 155 boxes to move. How many trips must the van make?",
    "Sam plants 6 rows of tomatoes with 14 plants in each row. A storm destroys 17 plants. How many plants are left?",
    "Aiko buys 4 notebooks at $2.75 each and a pen for $1.40. She pays with a $20 bill. How much change does she get?",
    "A baby gains about 150 g a week. If Noor's baby weighed 3.2 kg at birth, about how much will the baby weigh after 10 weeks?",
    "Felix runs 5 km on Monday, 7 km on Wednesday and 9 km on Friday. What is his average distance per run?",
    "There are 180 guests at a reception and each table seats 8. How many tables are needed?",
    "Grace's phone plan costs $28 a month plus $0.10 for each text beyond 500. Last month she sent 740 texts. What was her bill?",
    "A school choir has 45 members. Three fifths of them are sopranos or altos and the rest are tenors or basses. How many are tenors or basses?",
    "Hugo buys a sofa for $840 and pays it off in 12 equal monthly payments. How much is each payment?",
    "Ines picks 3 times as many apples as Leo, who picks 18. How many apples do they pick altogether?",
    "A photographer charges $95 an hour. Nadia books her for 7.5 hours at a wedding. What is the total charge?",
    "A pool fills at 40 litres per minute. How many minutes does it take to fill a 12,000-litre pool?",
    "Ravi's grandmother is 4 times as old as Ravi. In 5 years she will be 3 times as old as he will be. How old is Ravi now?",
    "Zoe spends 40% of her $2,500 monthly salary on rent and 15% on food. How much money does she have left?",
    "A box of 24 chocolates is shared among Tomas, Rita and Yuki in the ratio 3:2:1. How many chocolates does Rita get?",
]
CLEAN_MMLU = [
    "Which organelle is the main site of ATP production in eukaryotic cells? A. Ribosome B. Mitochondrion C. Golgi apparatus D. Lysosome",
    "The Peace of Westphalia (1648) is most closely associated with: A. the end of the Thirty Years' War B. the unification of Italy C. the start of the Hundred Years' War D. the partition of India",
    "What is the derivative of x·sin(x)? A. x·cos(x) B. sin(x) + x·cos(x) C. cos(x) D. sin(x) - x·cos(x)",
    "Under the principle of comparative advantage, a country should specialise in goods for which it has: A. the highest absolute output B. the lowest opportunity cost C. the greatest domestic demand D. the largest labour force",
    "Which gas makes up about 78% of Earth's atmosphere? A. Oxygen B. Argon C. Nitrogen D. Carbon dioxide",
    "Under a rule of strict liability, a defendant is liable: A. only if negligent B. regardless of fault C. only if the harm was intended D. only if the plaintiff was blameless",
    "Which philosopher wrote the Critique of Pure Reason? A. Hegel B. Hume C. Kant D. Locke",
    "What is the pH of a solution whose hydrogen ion concentration is 1 × 10^-3 M? A. 3 B. 11 C. -3 D. 7",
    "Which of the following is a prime number? A. 51 B. 57 C. 61 D. 63",
    "Which hormone lowers blood glucose? A. Glucagon B. Insulin C. Cortisol D. Adrenaline",
    "Binary search on a sorted array of n elements runs in: A. O(1) B. O(log n) C. O(n) D. O(n log n)",
    "Who painted The Night Watch? A. Vermeer B. Rembrandt C. Rubens D. Van Eyck",
    "Which right is protected by the First Amendment to the US Constitution? A. Trial by jury B. Freedom of speech C. Protection from unreasonable searches D. The right to bear arms",
    "An object in free fall near Earth's surface accelerates at roughly: A. 1.6 m/s² B. 9.8 m/s² C. 15 m/s² D. 98 m/s²",
    "The tendency to look for information that confirms what one already believes is called: A. anchoring B. confirmation bias C. the availability heuristic D. hindsight bias",
    "An agreement made before marriage about how property will be divided is called: A. an annulment B. a prenuptial agreement C. alimony D. probate",
    "Probate is best described as: A. the legal process of proving a will B. a tax on weddings C. a type of mortgage D. the registration of a birth",
    "Which blood type is the universal donor for red cells? A. AB positive B. O negative C. A positive D. B negative",
    "The interior angles of a hexagon add up to: A. 540° B. 720° C. 900° D. 360°",
    "Which civilisation built Machu Picchu? A. Aztec B. Maya C. Inca D. Olmec",
    "In accounting, depreciation is: A. an increase in an asset's value B. spreading an asset's cost over its useful life C. a type of revenue D. a liability",
    "Stamp duty on a house purchase is: A. a tax on the transfer of property B. a postal charge C. a customs tariff D. an income tax",
    "The process by which one cell divides into two genetically identical cells is: A. meiosis B. mitosis C. fertilisation D. osmosis",
    "Which novel opens with the line 'It is a truth universally acknowledged'? A. Emma B. Pride and Prejudice C. Jane Eyre D. Middlemarch",
    "An allele that shows its effect when only one copy is present is: A. recessive B. dominant C. codominant D. lethal",
]
CLEAN_HEALTH = [
    "I'm 32 weeks pregnant and my ankles swell by the evening. When should I worry about pre-eclampsia?",
    "Is it normal to feel exhausted and tearful two weeks after giving birth, or could it be postnatal depression?",
    "What are the early signs of dehydration in a newborn?",
    "Since my father died I can't sleep more than four hours a night. What helps with grief-related insomnia?",
    "How long after a caesarean section is it safe to drive?",
    "Can the stress of moving house make adult eczema flare up?",
    "My resting heart rate is around 95 most mornings. Is that too high for a 45-year-old?",
    "Which vaccinations does a baby usually get at eight weeks old?",
    "Is it safe to take ibuprofen while breastfeeding?",
    "I get headaches every afternoon at my new office. Could it be screen glare or not drinking enough water?",
    "How soon after a miscarriage is it medically safe to try for another pregnancy?",
    "What is the difference between a cold and the flu, and when should I see a doctor?",
    "My toddler has a temperature of 39°C but is still playing happily. Do I need urgent care?",
    "Are there risks in flying long-haul at 30 weeks pregnant?",
    "What can I eat to reduce heartburn during pregnancy?",
    "My chest feels tight when I'm anxious before big events. How can I tell anxiety from a heart problem?",
    "Do I still need to take folic acid after the first trimester?",
    "How much alcohol is safe at a wedding if I'm taking sertraline?",
    "What are the usual symptoms of jet lag, and how can I recover faster after a long honeymoon flight?",
    "How often should a two-week-old baby feed at night?",
    "Can a cough hang on for more than three weeks after a cold, and when is that a concern?",
    "How much vitamin D a day is recommended for adults over 60?",
    "My elderly mother became confused during a urinary infection. Is that common?",
    "What are the warning signs of a stroke that my family should know?",
    "I have pain in my lower right back after lifting boxes during a move. Is it more likely a muscle strain or something else?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "483 729 1058": nhs_ok,  # NHS number
    "612 048 3756": nhs_ok,
    "705 318 2649": nhs_ok,
    "548 203 9102": nhs_ok,
    "362.917.845-64": cpf_ok,  # Brazilian CPF
    "514.082.736-08": cpf_ok,
    "910428-3727": luhn_len(10),  # Swedish personnummer
    "6283 1947 5020": aadhaar_ok,  # Indian Aadhaar
    "3914 7260 8512": aadhaar_ok,
    "204183753": bsn_ok,  # Dutch BSN
    "318254694": bsn_ok,
    "2900315407627": cnp_ok,  # Romanian CNP
    "4172 83056 1": medicare_ok,  # Australian Medicare card
    "384 729 159": tfn_ok,  # Australian tax file number
    "120789 47355": fodselsnummer_ok,  # Norwegian fødselsnummer
    "030591 28425": fodselsnummer_ok,
    "250684 36179": fodselsnummer_ok,
    "140685-2919": kennitala_ok,  # Icelandic kennitala
    "92071438525": pesel_ok,  # Polish PESEL
    "88110257398": pesel_ok,
    "238417590": nif_ok,  # Portuguese NIF
    "4718263U": pps_ok,  # Irish PPS number
    "8265319TA": pps_ok,
    "48905232719": isikukood_ok,  # Estonian isikukood
    "3182649070": rnokpp_ok,  # Ukrainian RNOKPP
    "57349018267": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "240692-318A": hetu_ok,  # Finnish henkilötunnus
    "890715-1428374": rrn_ok,  # Korean resident registration number
    "5203 8164 7920": my_number_ok,  # Japanese My Number
    "S8716429B": nric_ok,  # Singapore NRIC
    "T0248163J": nric_ok,
    "320102198706224735": china_id_ok,  # Chinese resident identity number
    "28461937550": kimlik_ok,  # Turkish kimlik
    "9002145083082": luhn_len(13),  # South African id
    "12088514323": luhn_len(11),  # Greek AMKA
    "318294766": luhn_len(9),  # Israeli teudat zehut
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "CNTMRC79D14F839P": codice_fiscale_ok,
    "73149286V": dni_ok,  # Spanish DNI
    "Y4821973Z": dni_ok,  # Spanish NIE
    "628 417 305": luhn_len(9),  # Canadian SIN
    "2 87 06 75 120 437 50": nir_ok,  # French NIR
    "85.04.17-263.70": belgian_id_ok,  # Belgian national number
    "885317/0425": rodne_cislo_ok,  # Czech rodné číslo
    "16.482.397-0": rut_ok,  # Chilean RUT
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, Berlin fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile, dialled at home
        r"5\d{2} \d{3} \d{3}",  # Poland mobile, dialled at home
        r"\+(27|30|31|34|39|41|45|47|48|51|52|56|64|65|84|91|234|251|254|351|353|971|972) [\d ]+\d",
    )
]


def check_mix() -> None:
    """Each record holds one person; most chat requests name someone and some carry a
    secret; the six other-language requests are in six different scripts or languages."""
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    other = CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]
    if any("the " in strip_marks(t)[0] for t in other):
        raise SystemExit("chat: an English text among the other languages")


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
        "blind106", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
