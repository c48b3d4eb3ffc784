# ruff: noqa: E501
"""A fifty-fourth blind privacy set: 220 texts with personal data and 100 clean ones, what a
held-out privacy check of an LLM chat gateway would hold.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1 to 12
and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 100 chat requests (4 to 90 words) where people ask an assistant for help and mention
  private people or their own data; the first 25 are typed all in lower case with typos
  and shorthand ("abt", "pls", "addy", "b4"). Surnames alone after a verb ("call Nakamura
  back", "chase Murtagh", "ask Okafor"), names with non-English letters (Żaneta, Þórunn,
  Nguyễn, Øystein, Dáithí, Ruairí), lower-case names, names that are also words (Faith,
  Chase, Sunny, Reed, Ivy, Sterling, beside "chase", "sunny" and "pounds sterling" as
  words and a Chase card as a brand), names with no cue word, nicknames (Jules, Bartek,
  Lupita, Baz); passwords that look like passwords and passphrases that do not, PINs,
  door, alarm and key-safe codes, a wifi key and a one-time code; a phone number without
  separators; street addresses in the UK, Ireland, the Netherlands, Spain, Italy, Poland,
  India, the Philippines, Mexico, Kenya and New Zealand; two military addresses (Unit/DPO,
  PSC/APO); e-mails; account, member, policy, tenant and student loan numbers, NHS, BSN,
  PESEL, Aadhaar, kennitala, NHI and Medicare numbers, an SSN, an IBAN and cards.
* 70 short third-person sentences in the style of presidio-research's synthetic PII set:
  bios, billing lines, job lines, complaints, delivery instructions and log lines with one
  to three values each; names of many origins; addresses in France, the UK, Ireland, the
  Netherlands, Belgium, Lithuania, Norway, Spain, Italy, Poland, Nigeria, India, Australia,
  Mexico and the US; national phone layouts; cards, IBANs, SSNs, national ids with valid
  check digits, driving licences, passports and usernames.
* 50 rows in the style of a synthetic free-text PII dataset: one name plus one to three of
  e-mail, username, password, IP, account number, API key, card, IBAN and phone, each row
  written as a different sentence.

Usernames and logins, account, member, policy, customer, tenant and loan numbers,
passports, driving licences and national ids are ID_NUMBER; PINs, door, alarm and key-safe
codes, wifi keys, passphrases and one-time codes PASSWORD; titles, ranks and relation words
(Mr, Mrs, Signora, SPC, my sister, my landlord) stay outside PERSON spans; an address span
runs from the first street line through the postcode and city as typed; public figures,
fictional characters, brands, places named after people, order numbers and dates of birth
are not labelled; every occurrence of a private value is marked. The 100 clean texts hold
no personal data: 25 MT-Bench/Vicuna-style prompts (writing, role-play as famous or
fictional people, reasoning, coding, extraction), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D (law, medicine, history
naming historical figures, business ethics) and 25 patient questions in the style of a
healthcare-routing set naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0, North
America 555-01xx, Australia 0491 570) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (Icelandic kennitala, NHS number, Dutch BSN, Polish
PESEL, Indian Aadhaar, New Zealand NHI, Australian Medicare and TFN, Swedish personnummer,
Czech rodné číslo, Turkish kimlik, Brazilian CPF, Chilean RUT, Irish PPS, French NIR,
Italian codice fiscale, Romanian CNP, Canadian SIN, Chinese resident id, South African id,
Korean resident registration number, Japanese My Number, Finnish henkilötunnus, Norwegian
fødselsnummer, German tax id, Spanish DNI).

Run ``.venv/bin/python bench/data/build_blind54.py`` from the repository root; the output is
deterministic.
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
    china_id_ok,
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
    kennitala_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    my_number_ok,
    nhi_ok,
    nhs_ok,
    nir_ok,
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

LOWER_CHAT = 25
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (4, 90)
PRESIDIO_WORDS = (5, 40)
FREETEXT_WORDS = (6, 40)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Auntie|Uncle|Nurse|Signora|Sra|Sr|Herr|Frau|Mme|SPC|Sgt|Capt|Lt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 100 chat requests to an assistant: the first 25 typed all in lower case.
CHAT = [
    "pls remind me to call [[PERSON|nakamura]] back abt the lease before fri, his cell is [[PHONE_NUMBER|3125550176]]",
    "can u draft a text to [[PERSON|żaneta]] saying im 20 min late, ill pick her up from her flat at [[STREET_ADDRESS|ul. mokotowska 41/7, 00-551 warszawa]]",
    "wifi keeps dropping every hour. router admin pw is [[PASSWORD|gr33nf1nch!77]], which settings shd i check first",
    "whats a nice way to tell [[PERSON|reed]] i cant make his bday, he keeps texting me n i feel bad",
    "help me reply to [[PERSON|faith]], she asked if i can cover her shift on sat and i honestly cant this time",
    "remind me to pay [[PERSON|sunny]] back £35 for the concert tix, she said send it via paypal to [[EMAIL_ADDRESS|sunny.adeyemi88@gmail.com]]",
    "my landlord [[PERSON|o'sullivan]] wants the deposit in cash?? is that even legal in ireland. flat is [[STREET_ADDRESS|apt 4, 22 clonliffe road, drumcondra, dublin 3, d03 x2f7]]",
    "translate to vietnamese pls: dear mrs [[PERSON|nguyễn thị lan]], thank u so much for looking after the kids last week",
    "need to email [[PERSON|øystein]] the slides, is it [[EMAIL_ADDRESS|oystein.berg@fjordlab.no]] or [[EMAIL_ADDRESS|o.berg@fjordlab.no]]? both bounced b4",
    "gym charged me twice this month, membership no [[ID_NUMBER|pg-4471902]]. write a short complaint pls, sign it [[PERSON|chase whitfield]]",
    "set a reminder to text [[PERSON|ivy]] at 6 abt the dog sitter",
    "help me pick a new bank pin, old one was [[PASSWORD|8264]] and i think my flatmate [[PERSON|marek]] saw me type it",
    "wrte a polite note to [[PERSON|kowalczyk]] upstairs, his washing machine leaks into our bathroom evry sunday",
    "my sister [[PERSON|þórunn]] is flying in frm reykjavík n the hotel wants her kennitala [[ID_NUMBER|100986-0519]] for the booking, is that normal??",
    "remind me to tell [[PERSON|dev]] the streaming login is [[EMAIL_ADDRESS|flat9.telly@outlook.com]] and the pw is [[PASSWORD|purple otters sing loudly]]",
    "is this addy ok for a parcel to the philippines: [[PERSON|maricel dizon]], [[STREET_ADDRESS|unit 12b, 88 kalayaan ave, diliman, quezon city 1101]]",
    "draft a msg to my landlord [[PERSON|sterling]] saying rent went out today from acct [[ID_NUMBER|31557702]], ref march",
    "my mums nhs number is [[ID_NUMBER|924 703 2563]] and the gp keeps saying she isnt registered, what do i do",
    "how do i say sorry to [[PERSON|jules]] ([[PERSON|juliet]]) for forgetting her bday without making it weird",
    "plz summarise this thread in 3 bullets for my boss mr [[PERSON|hollingsworth]], he hates long emails",
    "keep getting locked out of the work vpn. username [[ID_NUMBER|kpatel03]] pw [[PASSWORD|summer2024!!]] is it the pw or smth else",
    "send the bbq invite to [[EMAIL_ADDRESS|aoife.brennan@eircom.net]] and ask if [[PERSON|declan]] is bringing the kids",
    "my car policy no [[ID_NUMBER|hx-22815-07]] got cancelled without notice. help me write to the insurer, im [[PERSON|ruairí mac giolla]]",
    "packing list for a beach week w [[PERSON|nkechi]] and [[PERSON|tobi]]? we're staying at her aunties house [[STREET_ADDRESS|house 14, links road, nyali, mombasa 80100]]",
    "msg [[PERSON|bautista]] that the keys r under the mat at [[STREET_ADDRESS|calle de la palma 17, 3º izq, 28004 madrid]] and the door code is [[PASSWORD|4829b]]",
    "Remind me to ring [[PERSON|Haverford]] back tomorrow morning about the boiler quote.",
    "Write a birthday card message for [[PERSON|Żaneta Wróblewska]] from the whole accounts team. She's turning 40 and loves mountain hiking.",
    "Can you help me write a thank-you note to [[PERSON|Faith]] and [[PERSON|Sterling]] for hosting us at the lake last weekend?",
    "[[PERSON|Chase]] said he'd send the signed contract by Friday and nothing has arrived. Draft a nudge that doesn't sound passive-aggressive.",
    "My neighbour [[PERSON|Ivy Okonkwo]] asked me to collect a parcel while she's away. It's addressed to [[STREET_ADDRESS|7 Larkspur Close, Chelmsford CM2 6QT]]. What ID will the depot want from me?",
    "Translate into Norwegian for [[PERSON|Øystein Haugland]]: the site visit moved to Thursday at 10, same gate as last time.",
    "Proofread my email to [[PERSON|Nguyễn Văn Bảo]] before I send it to [[EMAIL_ADDRESS|bao.nguyenvan@saigonmail.vn]]: 'Dear [[PERSON|Bảo]], the inspection went fine and the deposit will be returned in full.'",
    "I just set my Apple ID password to [[PASSWORD|Vx7#pQ2!mL9z]]. Is that strong enough, or should I switch to a passphrase?",
    "My grandmother's bank asked her to choose a memorable phrase and she picked [[PASSWORD|the blue heron sleeps at noon]]. Is a phrase like that safer than a short password?",
    "Is this address complete for a care package to my brother? SPC [[PERSON|Malik Dawson]], [[STREET_ADDRESS|Unit 8320 Box 1157, DPO AE 09498]]",
    "Help me write a complaint to the gemeente about the building work next door. I'm [[PERSON|Sanne Kuipers]], [[STREET_ADDRESS|Van Limburg Stirumstraat 88-2, 1051 BB Amsterdam]], and they also asked for my BSN, [[ID_NUMBER|646579290]].",
    "Write in Italian to my landlady, Signora [[PERSON|Pellegrini]], that the boiler at [[STREET_ADDRESS|Via dei Serpenti 34, int. 5, 00184 Roma]] has broken again.",
    "My cousin [[PERSON|Bartek]] needs his PESEL on the embassy form. He sent me [[ID_NUMBER|85052528559]]; does the form want it with spaces or without?",
    "Write an address label for my parents: [[PERSON|Ramesh]] and [[PERSON|Lalitha Iyer]], [[STREET_ADDRESS|Flat 3C, Sai Krupa Apartments, 14th Cross, Malleswaram, Bengaluru 560003]].",
    "My cousin [[PERSON|Lupita]] ([[PERSON|Guadalupe Cárdenas]]) lives at [[STREET_ADDRESS|Calle Durango 245, Col. Roma Norte, 06700 Ciudad de México, CDMX]]. What's the cheapest way to ship a box there from Texas?",
    "What's a good housewarming gift for [[PERSON|Tama]] and [[PERSON|Aroha]]? Their new place is [[STREET_ADDRESS|23 Kowhai Street, Mount Eden, Auckland 1024]] and they have a toddler.",
    "Please write a reference letter for our former nanny, [[PERSON|Rosalinda Macaraeg]]. She looked after our twins for three years and can be reached on [[PHONE_NUMBER|0917 482 3306]].",
    "My Aviva policy number is [[ID_NUMBER|AV-PL-7730418]] and the chat agent wants my date of birth, 14/02/1979. Is it safe to give both in a chat window?",
    "Can you write a renewal request for [[PERSON|Ahmad Karimi]]'s warehouse club card? The member number is [[ID_NUMBER|111 8842 7305]] and it expired in May.",
    "Forward these notes to [[PERSON|Reed Halvorsen]] at [[EMAIL_ADDRESS|reed.halvorsen@northwind-build.com]] and ask him to confirm the figures by Monday.",
    "Remind me to chase [[PERSON|Murtagh]] about the invoice and to thank [[PERSON|Chase]] for the referral.",
    "Draft a rota note: [[PERSON|Tomasz]], [[PERSON|Priya]] and [[PERSON|Wen]] cover the Saturday stall, [[PERSON|Delphine]] does Sunday.",
    "[[PERSON|Sunny]] says it'll be sunny all weekend so the barbecue is on. Write a group message inviting everyone for 2pm.",
    "Ask [[PERSON|Okafor]] whether the revised drawings are ready and copy in [[PERSON|Lindqvist]] from structures.",
    "I typed my Gmail password [[PASSWORD|m0nkeyBrains#1987]] into a phishing page by mistake. What should I do first?",
    "The new letting agent, [[PERSON|Sterling Ashdown]], wants a £500 holding deposit before the viewing. Is that normal for a flat in Leeds?",
    "My daughter's school asked us to update the emergency contact. Write a reply giving my husband [[PERSON|Karim]]'s number, [[PHONE_NUMBER|07700 900418]], instead of mine.",
    "Please book a table for four under the name [[PERSON|Achterberg]] and text the confirmation to [[PHONE_NUMBER|06-48291735]].",
    "Write a short eulogy for my grandfather [[PERSON|Ignacy Zieliński]], a railway engineer who kept bees and never missed Sunday mass.",
    "Can you turn this into a formal letter? [[PERSON|Dáithí Ó Súilleabháin]] of [[STREET_ADDRESS|Tigh na Mara, Ballyferriter, Co. Kerry, V92 KX30]] disputes the water charge on his last bill.",
    "My tenant account number with the letting agent is [[ID_NUMBER|TEN-558120]] and they keep ignoring my emails about the mould. Write something firmer.",
    "Wire [[PERSON|Ifeoma]] the deposit today. Her IBAN is [[IBAN_CODE|IE41 BJTN 2825 3540 9521 99]], can you check I copied it right before I pay?",
    "My Chase card was declined in Lisbon. The number is [[CREDIT_CARD|4264 7709 0158 1885]]. Should I call them or just use the app?",
    "My dad, [[PERSON|Hemi Walker]], needs his NHI number for the new GP in Hamilton. The old card says [[ID_NUMBER|TSH8636]]. Is that the same thing?",
    "Make a short bio for the conference programme: [[PERSON|Þórunn Sigurðardóttir]] is a marine biologist at a small research station in Húsavík and has recorded humpback song for twelve years.",
    "Can you make this sound less angry? '[[PERSON|Kowalski]], you've parked across my driveway for the third time this week.'",
    "Should I be worried that my coworker [[PERSON|Lakshmi]] knows my laptop PIN is [[PASSWORD|190384]]?",
    "The alarm code at the holiday cottage is [[PASSWORD|7712#]] and the key safe is [[PASSWORD|0630]]. Write a warm welcome note for the guests.",
    "Email [[EMAIL_ADDRESS|m.delarosa@tecnoservicios.mx]] and tell [[PERSON|Marisol]] the samples ship on Tuesday.",
    "I'm writing a wedding speech for my best friend [[PERSON|Ivy]] and her partner [[PERSON|Ngozi]]. Give me a funny opening about how they met at a pub quiz.",
    "My husband just deployed. Is this the right format for his mail? [[PERSON|Destiny Moreau]], [[STREET_ADDRESS|PSC 819 Box 2241, APO AE 09645]]",
    "I'm moving out of [[STREET_ADDRESS|Flat 2, 19 Cathcart Road, Glasgow G42 7BE]] next month. Write a checklist of everyone I need to tell.",
    "Text [[PERSON|Oyelaran]] that choir practice is cancelled and ask her to let the altos know.",
    "My username is [[ID_NUMBER|d.lindqvist_87]] and the council portal keeps saying my password [[PASSWORD|Fika&Kanelbulle22]] is wrong. What can I try?",
    "Rewrite this for LinkedIn: [[PERSON|Aigerim Nurlanovna]] joins us as head of logistics after eight years running warehouses in Almaty.",
    "Can you check this Polish address before I post the documents? [[PERSON|Agnieszka Dąbrowska]], [[STREET_ADDRESS|ul. Wrocławska 12 m. 4, 61-838 Poznań]]",
    "I need to cancel my mobile contract. Account number [[ID_NUMBER|802 2290 114]], name on the account [[PERSON|Gareth Pryce-Jones]]. Write the cancellation email.",
    "My friend [[PERSON|Sipho]] left me his spare phone, [[PHONE_NUMBER|+27 82 614 3095]], while he travels. How do I forward its calls to mine?",
    "Write a resignation letter to [[PERSON|Bridget Fairweather]], my line manager, with my last day as 30 June.",
    "Did I give the caterer the right details? Name on card [[PERSON|Leilani Kahale]], card [[CREDIT_CARD|5455 7693 0481 4691]], expiry 09/27.",
    "Send a calendar invite to [[EMAIL_ADDRESS|h.tanaka@kitanoshiki.jp]] for the vendor review and put [[PERSON|Tanaka]]'s mobile [[PHONE_NUMBER|+81 90 4418 2267]] in the notes.",
    "My number is [[PHONE_NUMBER|087 319 4462]] if the airline bot needs it. Actually, just write the message asking for a refund on the cancelled Cork flight.",
    "Write a two-line sympathy note to [[PERSON|Reed]]'s family. He coached our son's hurling team for six years.",
    "How should I reply to [[PERSON|Priyanka Deshmukh]]? She wants my Aadhaar, [[ID_NUMBER|4700 5529 4977]], to add me as a nominee on her policy.",
    "Our holiday host [[PERSON|Giorgos]] says the wifi key is [[PASSWORD|thalassa-blue-2209]] but my laptop won't connect. Any ideas?",
    "Make a tidy contact card: [[PERSON|Aleksandra Nowicka]], [[PHONE_NUMBER|+48 601 338 274]], [[EMAIL_ADDRESS|ola.nowicka@wp.pl]].",
    "Can you tell [[PERSON|Sterling]] from accounts that the refund is in pounds sterling, not euros? Keep it friendly.",
    "[[PERSON|Mwangi]] rang about the plot in Ruiru. Draft a text to [[PHONE_NUMBER|0722 918 406]] asking him for the title deed number.",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Chiamaka]] from the dental surgery, your Thursday appointment has moved, please call us back.'",
    "My student loan account [[ID_NUMBER|SLC 7739 0215 48]] shows a payment I never made. Who do I contact?",
    "Create a packing list for my son [[PERSON|Kai]]'s first school camp. He's eight and gets cold easily.",
    "Write a LinkedIn recommendation for [[PERSON|Soo-ah Park]], who led our payroll migration last year.",
    "I got a text that looked like my bank asking for my card number [[CREDIT_CARD|4178 5364 2587 0178]] and the code [[PASSWORD|551903]]. I already replied. Help!",
    "The school wants the kids' Medicare numbers. [[PERSON|Mateo]] is [[ID_NUMBER|5001778449]]. Is that the full number or do I add something?",
    "[[PERSON|Baz]] (that's [[PERSON|Barry Whelan]]) still owes the club his subs. Draft a reminder that won't embarrass him.",
    "Turn this into Spanish for my cleaner [[PERSON|Itziar]]: the spare key is with the porter at [[STREET_ADDRESS|Carrer de Provença 212, 2n 1a, 08036 Barcelona]].",
    "My husband's SSN is [[US_SSN|412-73-5589]] and the tax software rejected it. Did I type it wrong or is something else going on?",
    "Help me write a note to my son's teacher, Mr [[PERSON|Achebe]], saying he'll miss Friday for a hospital appointment.",
    "What does this log line mean? Failed login for [[ID_NUMBER|rkapoor]] from [[IP_ADDRESS|203.0.113.47]] at 02:14.",
    "Rewrite for clarity: deliver to [[PERSON|Wairimu Njoroge]], [[STREET_ADDRESS|Apartment B7, Kileleshwa Gardens, Othaya Road, Nairobi 00100]], and call [[PHONE_NUMBER|+254 733 504 918]] at the gate.",
    "What should I write in the card for [[PERSON|Faith]]'s retirement? She's been the school receptionist for 31 years.",
    "Tell [[PERSON|Ivy]] and [[PERSON|Chase]] the flat viewing moved to 5pm.",
    "My Dutch health insurer wants my policy number [[ID_NUMBER|ZK-40938215]] and IBAN [[IBAN_CODE|NL04 SDWG 8815 8994 91]] for the refund. Write the form text in Dutch.",
    "I'm [[PERSON|Ngaio Tipene]], [[EMAIL_ADDRESS|ngaio.t@xtra.co.nz]]. Write an email to the council objecting to the rates rise on [[STREET_ADDRESS|41 Rimu Road, Raumati Beach, Paraparaumu 5032]].",
    "Make a big-print shopping list for my grandmother. Her carer [[PERSON|Thandeka]] does the shop on Tuesdays and can be reached on [[PHONE_NUMBER|+27 71 508 2246]].",
]

# 70 short third-person sentences in the manner of presidio-research's synthetic PII set.
PRESIDIO = [
    "[[PERSON|Kofi Boateng]] moved to [[STREET_ADDRESS|18 Rue des Carmes, 75005 Paris]] and pays his rent from [[IBAN_CODE|FR67 4080 0142 75T9 8645 8216 637]].",
    "Billing contact: [[PERSON|Marta Silvestri]], card [[CREDIT_CARD|5123 3956 9916 1910]], expires 11/26.",
    "The account of [[PERSON|Hiroshi Yamamoto]] was flagged after three failed debits from [[IBAN_CODE|DE53 8226 3163 0704 0308 91]].",
    "2024-03-11 07:41:09 INFO user=[[ID_NUMBER|jvelasquez]] login ok src=[[IP_ADDRESS|198.51.100.23]]",
    "Ship the replacement to [[PERSON|Aarav Mehta]], [[STREET_ADDRESS|22 Carnation Lane, Hoboken, NJ 07030]], and call [[PHONE_NUMBER|(201) 555-0134]] on arrival.",
    "[[PERSON|Olumide Adebayo]] renewed passport [[ID_NUMBER|A09218834]] in Abuja last spring.",
    "Complaint: [[PERSON|Freya Lindgren]] (personnummer [[ID_NUMBER|880826-1922]]) says the pharmacy charged her twice.",
    "[[PERSON|Jonas Petrauskas]], [[STREET_ADDRESS|Gedimino pr. 9-14, LT-01103 Vilnius]]",
    "[[PERSON|Hana Dvořáková]] works as a nurse in Brno; her rodné číslo is [[ID_NUMBER|895213/8976]].",
    "Leave the parcel with the neighbour at [[STREET_ADDRESS|5 Glebe Terrace, Kilkenny R95 E2K9]] if [[PERSON|Niamh Gallagher]] is out.",
    "Contact [[PERSON|Tomás Ferreira]] at [[PHONE_NUMBER|+351 912 447 083]] or [[EMAIL_ADDRESS|t.ferreira@lusonet.pt]].",
    "SSN [[US_SSN|287-41-9063]] belongs to [[PERSON|Darnell Brooks]], a forklift driver in Memphis.",
    "[[PERSON|Yusuf Demir]] wrote his kimlik number [[ID_NUMBER|97336011268]] on the rental form.",
    "Driving licence [[ID_NUMBER|HARTL856152IJ9WE]] was issued to [[PERSON|Imogen Hartley]] of Bath.",
    "[[PERSON|Wei Zhang]] (username [[ID_NUMBER|wzhang_sh]]) reported that the app crashes at checkout.",
    "Invoice to: [[PERSON|Anneke de Vries]], [[STREET_ADDRESS|Prinsengracht 614-H, 1017 KT Amsterdam]].",
    "[[PERSON|Sofía Morales Quintero]], employee [[ID_NUMBER|E-20931]], starts Monday in the Monterrey office.",
    "[[PERSON|Raj Malhotra]], 41, a chartered accountant from Pune, can be reached on [[PHONE_NUMBER|+91 98220 41736]].",
    "The guest in room 312, [[PERSON|Camille Dubois]], settled the bill with [[CREDIT_CARD|3738 463004 12017]].",
    "[[PERSON|Adaeze Okonkwo-Eze]] lives at [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104]].",
    "WARN auth: token refused for [[ID_NUMBER|svc_lmorrison]] from [[IP_ADDRESS|2001:db8:4a1::17]]",
    "[[PERSON|Øyvind Lunde]]'s fødselsnummer is [[ID_NUMBER|280885 34176]].",
    "Please update the phone number for [[PERSON|Carlos Mendoza Ruiz]] to [[PHONE_NUMBER|55 4821 9930]].",
    "[[PERSON|Ana Lúcia Barbosa]], CPF [[ID_NUMBER|259.387.167-99]], asked for a copy of her records.",
    "[[PERSON|Elif Şahin]] paid the deposit from [[IBAN_CODE|TR57 2917 8091 3358 9914 0085 35]].",
    "[[PERSON|Seo-yeon Kim]], senior UX researcher, [[EMAIL_ADDRESS|seoyeon.kim@hanbit-labs.kr]]",
    "[[PERSON|Brianna Cole]]'s Ohio driver's license number is [[ID_NUMBER|TR482913]].",
    "Ship to [[PERSON|Lachlan O'Connell]], [[STREET_ADDRESS|9 Banksia Street, Fremantle WA 6160]], mobile [[PHONE_NUMBER|0491 570 156]].",
    "[[PERSON|Mehmet Yılmaz]] changed his password to [[PASSWORD|Galata!Kule1348]] last night.",
    "[[PERSON|Siobhán Kearney]], PPS number [[ID_NUMBER|4283231M]], applied for carer's allowance.",
    "The courier should ring [[PERSON|Pieter Claes]] on [[PHONE_NUMBER|+32 478 21 90 63]] before delivering to [[STREET_ADDRESS|Rue Haute 118, 1000 Bruxelles]].",
    "[[PERSON|Ikaika Kealoha]] was born in Hilo and now teaches surfing on Oahu.",
    "username: [[ID_NUMBER|tomasz_w92]] | email: [[EMAIL_ADDRESS|tomasz.wisniewski92@onet.pl]] | status: locked",
    "The portal rejected [[PERSON|Priscila Duarte]]'s RUT, [[ID_NUMBER|13.174.172-3]].",
    "[[PERSON|Mohammed Al-Farsi]] used card [[CREDIT_CARD|4990 3024 3011 9325]] to book the Muscat flight.",
    "[[PERSON|Léa Fontaine]], NIR [[ID_NUMBER|2 84 09 75 186 045 15]], is covered under the family plan.",
    "[[PERSON|Giulia Rossi]] (codice fiscale [[ID_NUMBER|RSSGLI85M52H501Y]]) lives at [[STREET_ADDRESS|Via Nizza 48, 10126 Torino]].",
    "Complaint filed by [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2830517596570]], about a blocked transfer.",
    "[[PERSON|Marcus Oyelowo]]'s SIN [[ID_NUMBER|185 482 544]] appears on the T4 slip.",
    "Send the keys to [[PERSON|Dmitri Volkov]], [[STREET_ADDRESS|Flat 6, 31 Kensington Park Road, London W11 2EU]], or call [[PHONE_NUMBER|020 7946 0571]].",
    "[[PERSON|Aisha Bello]] ([[EMAIL_ADDRESS|aisha.bello@kanoweb.ng]]) requested a refund for order 88421.",
    "[[PERSON|Liang Qiu]], resident id [[ID_NUMBER|310148198808100685]], checked in at the Pudong hotel.",
    "[[PERSON|Sina Tuilagi]] paid with Mastercard [[CREDIT_CARD|5252 0263 5532 1752]].",
    "[[PERSON|Thandiwe Mokoena]]'s ID number is [[ID_NUMBER|9406276025368]].",
    "Profile: [[PERSON|Mateus Carvalho]], São Paulo, username [[ID_NUMBER|mateus.carv]], phone [[PHONE_NUMBER|+55 11 98472-3016]].",
    "[[PERSON|Katarzyna Lis]], PESEL [[ID_NUMBER|86071949653]], [[STREET_ADDRESS|ul. Długa 5/3, 80-827 Gdańsk]].",
    "The locksmith let [[PERSON|Fionnuala Reddy]] into [[STREET_ADDRESS|3 Harbour View, Cobh, Co. Cork P24 XK82]].",
    "[[PERSON|Arjun Nair]]'s Aadhaar [[ID_NUMBER|9562 7325 3915]] was linked to his mobile.",
    "Refund issued to [[IBAN_CODE|ES16 6205 8258 4438 1093 0106]] for [[PERSON|Lucía Navarro]].",
    "[[PERSON|Nomvula Dlamini]] travels on passport [[ID_NUMBER|M00418273]].",
    "[[PERSON|Anders Kjær]] invoiced the studio for three days' work, payable to [[IBAN_CODE|DK40 7028 3317 7899 10]].",
    "[[PERSON|Eerika Virtanen]] (henkilötunnus [[ID_NUMBER|170785-799A]]) moved to Tampere.",
    "Delivery note: leave with [[PERSON|Kalinda Rao]] at [[STREET_ADDRESS|17 Marine Drive, Churchgate, Mumbai 400020]].",
    "[[PERSON|Seamus Doyle]]'s email is [[EMAIL_ADDRESS|seamus.doyle@brookfieldvets.ie]] and his phone is [[PHONE_NUMBER|086 552 1390]].",
    "[[PERSON|Teodora Marković]] was hired as a line cook at the Ljubljana branch.",
    "[[PERSON|Benjamin Okoro]], DOB 03/11/1988, SSN [[US_SSN|531-08-2274]].",
    "Login failure: user [[ID_NUMBER|a.haddad]] from [[IP_ADDRESS|192.0.2.118]], three attempts.",
    "[[PERSON|Jae-won Choi]]'s resident registration number is [[ID_NUMBER|980612-1801454]].",
    "[[PERSON|Yuki Sato]]'s My Number [[ID_NUMBER|0929 4001 8058]] was photocopied by the HR office.",
    "[[PERSON|Rafael Gutiérrez]] paid the fine with [[CREDIT_CARD|6011 1106 1950 8600]].",
    "Complaint: [[PERSON|Ingrid Solberg]] says the courier left her parcel outside [[STREET_ADDRESS|Tollbugata 17, 0152 Oslo]] in the rain.",
    "[[PERSON|Emeka Chukwu]], cabin steward, staff login [[ID_NUMBER|echukwu]], badge PIN [[PASSWORD|3391]].",
    "[[PERSON|Clara Weiß]], Steuer-ID [[ID_NUMBER|36 092 511 871]], moved to Leipzig in 2021.",
    "[[PERSON|Oliver Bennett]]'s Medicare card [[ID_NUMBER|4709 92603 2]] was left at the clinic.",
    "Bio: [[PERSON|Lindiwe Khumalo]], 29, paramedic in Durban, [[EMAIL_ADDRESS|lindiwe.k@zamail.co.za]].",
    "[[PERSON|Harvey Quinlan]]'s TFN [[ID_NUMBER|107 204 786]] was entered twice on the payroll form.",
    "[[PERSON|Noor Hakimi]] pays rent from [[IBAN_CODE|NO35 2582 0228 523]] through the tenant portal.",
    "[[PERSON|Trần Thị Mai]]'s passport [[ID_NUMBER|C4821907]] was renewed at the consulate in Sydney.",
    "[[PERSON|Kirra Anderson]], [[STREET_ADDRESS|4/27 Smith Street, Fitzroy VIC 3065]], phone [[PHONE_NUMBER|+61 491 570 910]].",
    "[[PERSON|Javier Ortega Sanz]], DNI [[ID_NUMBER|51625514J]], lives at [[STREET_ADDRESS|Calle Mayor 9, 2º B, 50001 Zaragoza]].",
]

# 50 rows in the manner of a synthetic free-text PII set: a name and one to three values.
FREETEXT = [
    "Hi, this is [[PERSON|Priya Raman]]. My login is [[ID_NUMBER|praman_92]] and the temporary password you sent, [[PASSWORD|Qz8!tLm4w]], doesn't work.",
    "Please revoke the key [[API_KEY|sk_live_9fK2mQ7xLp4RtV8nB3wZ]] that [[PERSON|Lukas Becker]] pasted into the public wiki.",
    "[[PERSON|Temitope Balogun]] asked to be contacted at [[EMAIL_ADDRESS|temi.balogun@lagosfintech.ng]] or on [[PHONE_NUMBER|+234 803 417 2290]].",
    "Account [[ID_NUMBER|7730 1928 4456]] belongs to [[PERSON|Marguerite Lefèvre]], whose last sign-in came from [[IP_ADDRESS|203.0.113.90]].",
    "The refund for [[PERSON|Dmitra Kovač]] should go to [[IBAN_CODE|HR67 0690 3204 2056 4480 9]].",
    "[[PERSON|Ezekiel Mensah]] paid with [[CREDIT_CARD|4294 3624 9985 9750]] and wants the receipt sent to [[EMAIL_ADDRESS|ezekiel.mensah@accrapost.com.gh]].",
    "[[PERSON|Kenji Takahashi]] signs in as [[ID_NUMBER|ktakahashi]] with the password [[PASSWORD|Hanami*2025]] on the shared terminal.",
    "[[PERSON|Rosa Delgado]]'s salary goes to [[IBAN_CODE|PT42 5120 8243 1037 6660 8557 0]], and she takes calls on [[PHONE_NUMBER|+351 21 384 5520]].",
    "[[PERSON|Yara Haddad]] connected from [[IP_ADDRESS|198.51.100.207]] under the account [[ID_NUMBER|yhaddad-admin]].",
    "Customer: [[PERSON|Callum Fraser]]; e-mail: [[EMAIL_ADDRESS|callum.fraser@glenmail.co.uk]]; card on file: [[CREDIT_CARD|5351 6530 6651 9620]].",
    "[[PERSON|Nadia Petrović]]'s integration token [[API_KEY|tok_4f9a1c7e2b8d6053aa91e7]] turned up in a request log from [[IP_ADDRESS|192.0.2.61]].",
    "Send the invoice to [[PERSON|Samuel Adjei]], account number [[ID_NUMBER|00482915537]], at [[EMAIL_ADDRESS|sam.adjei@kumasiparts.com]].",
    "[[PERSON|Mariana Costa]] forgot her password again, so the helpdesk reset it to [[PASSWORD|Verao#Rio88]] and texted her on [[PHONE_NUMBER|+55 21 99731-4408]].",
    "The username [[ID_NUMBER|l.oyelaran]] belongs to [[PERSON|Lola Oyelaran]], who called in from [[PHONE_NUMBER|07700 900263]].",
    "[[PERSON|Isabella Conti]] moved her savings to [[IBAN_CODE|IT11 U047 8353 5546 6476 6945 298]] last week.",
    "[[PERSON|Aiden Walsh]] typed his full card number, [[CREDIT_CARD|5533 7473 9183 7441]], into the support chat by mistake.",
    "Please allow [[IP_ADDRESS|203.0.113.154]] through the firewall for [[PERSON|Farah Siddiqui]] (username [[ID_NUMBER|fsiddiqui]]) before Monday.",
    "[[PERSON|Björn Lindahl]]'s access key [[API_KEY|AKIA4QX7RZ2MBN6TLP3E]] was rotated after the audit.",
    "Our records list [[PERSON|Chen Jing]] with the e-mail [[EMAIL_ADDRESS|chen.jing@shenmail.cn]] and the phone [[PHONE_NUMBER|+86 138 2917 4065]].",
    "[[PERSON|Amara Nwachukwu]] pays the gym by direct debit from [[IBAN_CODE|GB97 GNWE 8726 4715 5881 78]].",
    "The old password of [[PERSON|Stellan Berg]], [[PASSWORD|Kråka!Hus19]], must not be reused.",
    "You can reach [[PERSON|Fatima Zahra El Idrissi]] at [[EMAIL_ADDRESS|fz.elidrissi@atlasmail.ma]]; her username is [[ID_NUMBER|fzidrissi]].",
    "[[PERSON|Diego Paredes]] logged in as [[ID_NUMBER|dparedes]] from [[IP_ADDRESS|2001:db8:77::3a]] and changed the payout card to [[CREDIT_CARD|4942 4192 3014 7519]].",
    "Ticket 5521: [[PERSON|Hannah Schulz]] cannot open account [[ID_NUMBER|554-20981-3]] from [[IP_ADDRESS|198.51.100.14]].",
    "[[PERSON|Rahul Verma]] hard-coded his API key [[API_KEY|pk_prod_73JdL0qWc9Xe1vRz]] in the mobile app.",
    "[[PERSON|Kwame Asante]]'s IBAN is [[IBAN_CODE|BE38 8518 4373 9628]] and his mobile is [[PHONE_NUMBER|+32 470 58 21 93]].",
    "Use [[EMAIL_ADDRESS|ines.moreau@lyonbox.fr]] to reach [[PERSON|Inès Moreau]] about the failed charge on [[CREDIT_CARD|5283 2958 3144 9619]].",
    "[[PERSON|Sebastián Rojas]] reset his password to [[PASSWORD|Andes_2024_Cumbre]]; his username is [[ID_NUMBER|srojas.cl]].",
    "[[PERSON|Matteo Romano]]: phone [[PHONE_NUMBER|+39 347 618 2093]], account [[ID_NUMBER|000012873341]].",
    "A login from [[IP_ADDRESS|192.0.2.233]] used the credentials of [[PERSON|Ewa Kaczmarek]] ([[ID_NUMBER|ewa.k]]) with the password [[PASSWORD|Kot&Mleko7]].",
    "The card [[CREDIT_CARD|3729 415543 14968]] registered to [[PERSON|Oscar Lindqvist]] was reported stolen.",
    "[[PERSON|Jasmine Tan]]'s customer account [[ID_NUMBER|SG-88214306]] is linked to [[EMAIL_ADDRESS|jasmine.tan@lionmail.sg]].",
    "[[PERSON|Halima Yusuf]] sent her API key [[API_KEY|5c0f9e2a71b84d36a8e1]] and her number [[PHONE_NUMBER|0722 418 905]] for the integration.",
    "[[PERSON|Henrik Dahl]] transferred the deposit from [[IBAN_CODE|SE12 0016 1959 6881 9733 1778]].",
    "[[PERSON|Anouk Visser]] goes by [[ID_NUMBER|anouk_v]] on the forum and by [[EMAIL_ADDRESS|anouk.visser@polder.nl]] everywhere else.",
    "[[PERSON|Ricardo Alves]] asked us to charge [[CREDIT_CARD|4203 8073 6987 5468]] and to call [[PHONE_NUMBER|+351 913 608 275]] if it fails.",
    "[[PERSON|Leila Farahani]]'s password [[PASSWORD|Zafaran$42tehran]] sat in plain text next to her username [[ID_NUMBER|lfarahani]].",
    "The payout account for [[PERSON|Joris Vandenberghe]] is [[IBAN_CODE|AT42 8876 1903 4271 4356]].",
    "[[PERSON|Ayumi Kobayashi]] works from [[IP_ADDRESS|203.0.113.9]] and reads mail at [[EMAIL_ADDRESS|a.kobayashi@fujiwork.jp]].",
    "[[PERSON|Grace Mutua]]'s mobile money number [[PHONE_NUMBER|+254 711 603 284]] and account [[ID_NUMBER|2048831]] were verified.",
    "[[PERSON|Nikolai Ivanov]]'s deploy token [[API_KEY|dpl_8Hq2Lr5XvN0cTg7Wm4Zs]] was revoked after he left.",
    "Account holder [[PERSON|Zeynep Arslan]], card [[CREDIT_CARD|2221 7181 6019 4433]], phone [[PHONE_NUMBER|+90 532 418 6627]].",
    "[[PERSON|Owen Gallagher]] can log in as [[ID_NUMBER|ogallagher]] with the password [[PASSWORD|Boxty-Kettle-51]].",
    "Please change [[PERSON|Mei Ling Wong]]'s e-mail to [[EMAIL_ADDRESS|meiling.wong@harbourmail.hk]].",
    "[[PERSON|Thabo Nkosi]]'s API secret [[API_KEY|9b7e4d2c1a6f8e03]] and his address [[IP_ADDRESS|198.51.100.66]] appear in the error report.",
    "[[PERSON|Camila Rincón]] paid from [[IBAN_CODE|CH83 5853 9177 3282 5900 9]] and left the phone number [[PHONE_NUMBER|+57 310 482 7719]].",
    "Account [[ID_NUMBER|41-0093-7725]] of [[PERSON|Viktor Horváth]] was accessed from [[IP_ADDRESS|2001:db8:c0::51]].",
    "[[PERSON|Alessia Bruno]] wrote from [[EMAIL_ADDRESS|alessia.bruno@toscanet.it]] asking to change her username to [[ID_NUMBER|abruno_fi]].",
    "[[PERSON|Sander Jansen]]'s card [[CREDIT_CARD|4878 5068 2857 4126]] was declined; his phone is [[PHONE_NUMBER|06-31794025]].",
    "[[PERSON|Marisol Quispe]] shared her password [[PASSWORD|Inti#Raymi2023]] and her e-mail [[EMAIL_ADDRESS|marisol.quispe@andesmail.pe]] with the intern.",
]

# 100 clean texts: prompts in the styles of public LLM benchmarks and a healthcare-routing set.
CLEAN_MTBENCH = [
    "Write a lively travel blog post about a week in Lisbon, covering the food markets, the old trams and one day trip out of the city.",
    "Pretend you are Sherlock Holmes and explain to Dr. Watson how you deduced that the visitor had just come back from the seaside.",
    "Role-play as Marie Curie giving a short talk to schoolchildren about why careful measurement matters in science.",
    "Act as Tony Stark and pitch a new home battery to a skeptical board of directors in under 150 words.",
    "Imagine you are Elizabeth Bennet writing a letter to your sister Jane about a disappointing ball at Netherfield.",
    "A train leaves at 3:40 pm and the journey takes 2 hours and 35 minutes. What time does it arrive? Explain step by step.",
    "Write a Python function that returns the longest palindromic substring of a string and state its time complexity.",
    "Extract the company names, product names and release years from this paragraph and return them as JSON: In 2007 Apple released the iPhone; in 2010 Samsung answered with the Galaxy S, and Google launched the Nexus One the same year.",
    "Explain the difference between TCP and UDP to a high school student using an analogy about sending letters.",
    "Write a persuasive essay arguing that cities should turn surface parking lots into small public parks.",
    "Pretend to be Gandalf giving advice to a nervous hobbit on the first day at a new job.",
    "You are Abraham Lincoln. In three short paragraphs, explain to modern voters why a free press matters.",
    "Three friends share a pizza cut into 12 slices. One eats a third of it and another eats a quarter of what is left. How many slices remain?",
    "Write a SQL query that lists the five customers with the highest total order value, given tables orders(id, customer_id, total) and customers(id, name).",
    "Summarize the plot of Romeo and Juliet in exactly five sentences, then retell it as a limerick.",
    "Draft a professional email declining a job offer while keeping the door open for future roles at the company.",
    "Rate the semantic similarity of 'The cat sat on the mat' and 'A feline rested on the rug' from 1 to 10 and explain your score.",
    "Describe a memorable character for a fantasy novel in no more than two paragraphs, using at least three strong sensory details.",
    "Act as a patient math teacher and explain the Pythagorean theorem with one everyday example.",
    "What are the main differences between Keynesian and Austrian economics? Give one policy example for each.",
    "Implement binary search in JavaScript and write three unit tests that cover edge cases.",
    "Role-play as Captain Jean-Luc Picard addressing the crew of the Enterprise after a failed diplomatic mission.",
    "Identify the people, organizations and locations in this sentence: 'Amelia Earhart left Oakland in 1937 with the backing of Purdue University.'",
    "Write a sequence of four haiku about the changing seasons in a small fishing village.",
    "All bloops are razzies and some razzies are lazzies. Can we conclude that some bloops are lazzies? Explain your reasoning.",
]

CLEAN_GSM8K = [
    "Mirela bakes 48 cookies and packs them into bags of 6. She gives away 3 bags. How many cookies does she have left?",
    "Tobias earns $18 an hour and works 7 hours a day, 5 days a week. How much does he earn in a week?",
    "Anouska has 3 times as many stickers as Liam. Together they have 64 stickers. How many stickers does Liam have?",
    "A bakery sells muffins for $2.50 each. Oren buys 8 muffins and pays with a $50 bill. How much change does he get?",
    "Priyanka reads 24 pages a day. Her book has 432 pages. How many days will it take her to finish it?",
    "Mateo's garden has 5 rows of tomato plants with 12 plants in each row. Each plant gives 9 tomatoes. How many tomatoes does he harvest?",
    "Zara saved $15 each week for 14 weeks and then spent $120 on a jacket. How much money does she have now?",
    "A school bus holds 42 students. If 315 students go on a field trip, how many buses are needed?",
    "Kenji runs 3.5 kilometers every weekday and 6 kilometers on Saturday. How far does he run in 4 weeks?",
    "Lucia bought 4 notebooks at $3 each and 6 pens at $1.25 each. How much did she spend in total?",
    "Farid is twice as old as his sister Noor. In 6 years, the sum of their ages will be 39. How old is Noor now?",
    "A rectangle has a perimeter of 56 centimeters and a length of 18 centimeters. What is its area?",
    "Beatrix fills a 240-liter tank at 12 liters per minute. After 8 minutes, how many more minutes does it take to fill it?",
    "Idris has 120 marbles. He gives 25% to Tomasz and a third of the rest to Elena. How many marbles does Idris keep?",
    "A shop discounts a $80 pair of shoes by 15%, then adds 8% sales tax. What is the final price?",
    "Soraya knits 2 scarves every 3 days. How many scarves will she knit in 45 days?",
    "Dmitri drives 360 kilometers using 30 liters of fuel. How many liters does he need for a 540-kilometer trip?",
    "Hana picks 36 apples. She uses a quarter of them for pies and gives half of the remainder to her neighbors. How many apples are left?",
    "Every month Oscar pays $45 for his phone and $60 for internet. How much does he pay for both in a year?",
    "A class of 28 students voted for a trip. 4/7 chose the museum and the rest chose the zoo. How many chose the zoo?",
    "Amara sells lemonade at $1.75 a cup. She sold 36 cups on Saturday and 48 on Sunday. How much did she earn?",
    "Rafferty is building a fence. Each panel is 2.4 meters long and the fence must be 36 meters long. How many panels does he need?",
    "Yusuf's water bottle holds 750 milliliters. He drinks 4 full bottles a day. How many liters does he drink in a week?",
    "Ingrid had 90 minutes to finish her exam. She spent 35 minutes on part A and twice as long on part B. How many minutes were left for part C?",
    "A farmer has chickens and cows. Altogether there are 30 heads and 84 legs. How many cows are there?",
]

CLEAN_MMLU = [
    "Which of the following is required for a valid contract at common law? A. A written document B. Offer, acceptance and consideration C. Notarization D. Registration with a court",
    "Under the hearsay rule, an out-of-court statement offered to prove the truth of the matter asserted is generally: A. Admissible B. Inadmissible unless an exception applies C. Admissible only in civil cases D. Admissible if made to a police officer",
    "A landowner digs a pit on her land and an undiscovered adult trespasser falls into it at night. In most jurisdictions, her duty to the trespasser was: A. To use reasonable care B. Only to refrain from willful or wanton harm C. Strict liability D. The same as to an invitee",
    "Which amendment to the U.S. Constitution protects against unreasonable searches and seizures? A. First B. Fourth C. Fifth D. Eighth",
    "The doctrine of stare decisis requires courts to: A. Follow precedent set by higher courts B. Defer to the legislature on all questions C. Decide cases without juries D. Apply foreign law",
    "In criminal law, mens rea refers to: A. The guilty act B. The guilty mind C. The burden of proof D. The sentencing guidelines",
    "A 45-year-old man has crushing chest pain radiating to his left arm. Which initial test is most appropriate? A. Chest X-ray B. 12-lead ECG C. Abdominal ultrasound D. Lumbar puncture",
    "Deficiency of which vitamin causes scurvy? A. Vitamin A B. Vitamin B12 C. Vitamin C D. Vitamin D",
    "The most common cause of community-acquired pneumonia in adults is: A. Streptococcus pneumoniae B. Staphylococcus aureus C. Pseudomonas aeruginosa D. Legionella pneumophila",
    "Which hormone is secreted by the beta cells of the pancreas? A. Glucagon B. Somatostatin C. Insulin D. Gastrin",
    "A patient taking warfarin should have which value monitored regularly? A. HbA1c B. INR C. TSH D. Serum amylase",
    "Which nerve is compressed in carpal tunnel syndrome? A. Ulnar nerve B. Radial nerve C. Median nerve D. Axillary nerve",
    "Who became the first Roman emperor? A. Julius Caesar B. Augustus C. Nero D. Constantine",
    "The Emancipation Proclamation was issued by: A. George Washington B. Andrew Jackson C. Abraham Lincoln D. Ulysses S. Grant",
    "Which explorer led the first expedition to circumnavigate the globe, though he died before it was completed? A. Vasco da Gama B. Ferdinand Magellan C. Christopher Columbus D. James Cook",
    "Otto von Bismarck is best known for: A. Leading the French Revolution B. Unifying Germany in 1871 C. Founding the Ottoman Empire D. Writing The Communist Manifesto",
    "Which Soviet leader is associated with the policies of glasnost and perestroika? A. Joseph Stalin B. Nikita Khrushchev C. Mikhail Gorbachev D. Boris Yeltsin",
    "Magna Carta was sealed in 1215 by which English king? A. Henry II B. Richard I C. John D. Edward I",
    "Mahatma Gandhi's Salt March of 1930 protested against: A. The British salt tax B. The partition of India C. The caste system D. Railway construction",
    "Which ethical theory judges actions by their consequences for overall well-being? A. Deontology B. Virtue ethics C. Utilitarianism D. Ethical egoism",
    "A company that discloses a product defect before regulators require it is mainly demonstrating: A. Greenwashing B. Corporate transparency C. Insider trading D. Price fixing",
    "Whistleblowing is best described as: A. Leaking trade secrets for profit B. Reporting wrongdoing to people or bodies able to act on it C. Negotiating a severance package D. Filing a patent",
    "Milton Friedman argued that the social responsibility of business is to: A. Increase its profits within the rules of the game B. Redistribute wealth C. Put employees before shareholders D. Avoid all risk",
    "Which of the following is a conflict of interest? A. A purchasing manager accepting expensive gifts from a supplier B. A firm publishing its annual report C. An employee taking paid holiday D. A company paying its taxes on time",
    "Stakeholder theory, associated with R. Edward Freeman, holds that managers should: A. Serve only shareholders B. Balance the interests of all groups affected by the firm C. Maximize short-term share price D. Ignore government regulation",
]

CLEAN_HEALTH = [
    "I've had a dry cough for three weeks and now I get breathless on the stairs. Should I see my GP or go to urgent care?",
    "Can I take ibuprofen if I'm already on tablets for high blood pressure?",
    "My toddler has a fever of 39.5 and a rash that doesn't fade when I press a glass on it. What should I do?",
    "How do I order a repeat prescription for my inhaler through the clinic?",
    "Is it normal to feel dizzy during the first week on a new antidepressant?",
    "Which department should I contact to get a second opinion on a knee MRI?",
    "I'm 34 weeks pregnant and my ankles have suddenly swollen a lot. Is that something to worry about?",
    "What are the visiting hours on the maternity ward, and can children visit?",
    "I cut my hand on a kitchen knife and it's still bleeding after 20 minutes of pressure. Do I need stitches?",
    "How long do I need to fast before a blood glucose test?",
    "My elderly father has become confused over the last two days and has a high temperature. Where should we take him?",
    "Do I need a referral from my doctor to book an appointment with a dermatologist?",
    "I have a painful red patch on my lower leg that is warm and spreading. Is this an emergency?",
    "What vaccines should an adult get before traveling to Kenya?",
    "How do I get a copy of my test results from last month?",
    "I keep waking up at 4 am and can't get back to sleep. Which service can help with insomnia?",
    "Is it safe to drink alcohol while taking a course of metronidazole?",
    "I've had heartburn nearly every night for a month. Should I book a GP appointment or just try antacids?",
    "My teenager twisted an ankle at football and can't put weight on it. Urgent care or A&E?",
    "Can I bring my own food into the hospital if I'm staying overnight after surgery?",
    "What does it mean if my blood pressure reading is 150 over 95 at home?",
    "I found a lump in my armpit about two weeks ago and it hasn't gone away. Who should I see?",
    "How do I cancel or reschedule a physiotherapy appointment?",
    "I have sudden numbness on one side of my face and slurred speech. What should I do?",
    "Are there support groups at the hospital for people recently diagnosed with type 2 diabetes?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "100986-0519": kennitala_ok,  # Icelandic kennitala
    "924 703 2563": nhs_ok,  # NHS number
    "646579290": bsn_ok,  # Dutch BSN
    "85052528559": pesel_ok,  # Polish PESEL
    "86071949653": pesel_ok,
    "4700 5529 4977": aadhaar_ok,  # Indian Aadhaar
    "9562 7325 3915": aadhaar_ok,
    "TSH8636": nhi_ok,  # New Zealand NHI
    "5001778449": medicare_ok,  # Australian Medicare
    "4709 92603 2": medicare_ok,
    "107 204 786": tfn_ok,  # Australian TFN
    "880826-1922": luhn_len(10),  # Swedish personnummer
    "895213/8976": rodne_cislo_ok,  # Czech rodné číslo
    "97336011268": kimlik_ok,  # Turkish kimlik
    "259.387.167-99": cpf_ok,  # Brazilian CPF
    "13.174.172-3": rut_ok,  # Chilean RUT
    "4283231M": pps_ok,  # Irish PPS number
    "2 84 09 75 186 045 15": nir_ok,  # French NIR
    "RSSGLI85M52H501Y": codice_fiscale_ok,  # Italian codice fiscale
    "2830517596570": cnp_ok,  # Romanian CNP
    "185 482 544": luhn_len(9),  # Canadian SIN
    "310148198808100685": china_id_ok,  # Chinese resident id
    "9406276025368": luhn_len(13),  # South African id
    "980612-1801454": rrn_ok,  # Korean resident registration number
    "0929 4001 8058": my_number_ok,  # Japanese My Number
    "170785-799A": hetu_ok,  # Finnish henkilötunnus
    "280885 34176": fodselsnummer_ok,  # Norwegian fødselsnummer
    "36 092 511 871": steuer_id_ok,  # German tax id
    "51625514J": dni_ok,  # Spanish DNI
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\d{3}55501\d{2}",  # North America 555-0100 to 555-0199, typed without separators
        r"\(\d{3}\) 555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"08[3-9] \d{3} \d{4}",  # Ireland mobile
        r"06-\d{8}",  # Netherlands mobile
        r"09\d{2} \d{3} \d{4}",  # Philippines mobile
        r"07\d{2} \d{3} \d{3}",  # Kenya mobile
        r"55 \d{4} \d{4}",  # Mexico City
        r"\+(27|32|39|48|55|57|81|86|90|91|234|254|351) [\d -]+\d",  # no fiction range known
    )
]

# The types a free-text row may carry beside its one name.
FREETEXT_TYPES = frozenset(
    {
        "EMAIL_ADDRESS",
        "ID_NUMBER",
        "PASSWORD",
        "IP_ADDRESS",
        "API_KEY",
        "CREDIT_CARD",
        "IBAN_CODE",
        "PHONE_NUMBER",
    }
)


def check_mix() -> None:
    """The chat requests name people and carry secrets, the free-text rows one name and one
    to three values of the listed types, and the required address countries appear."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 80 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in FREETEXT:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = [s for s in spans if s["type"] != "PERSON"]
        if len(names) != 1 or not 1 <= len(others) <= 3:
            raise SystemExit(f"free text: one name and 1 to 3 values, not {marked[:60]!r}")
        if any(s["type"] not in FREETEXT_TYPES for s in others):
            raise SystemExit(f"free text: a type outside the list in {marked[:60]!r}")
    addresses = " ".join(
        s["value"] for t in CHAT for s in marked_spans(t) if s["type"] == "STREET_ADDRESS"
    ).lower()
    for place in (
        "chelmsford", "dublin", "kerry", "amsterdam", "madrid", "barcelona", "roma",
        "warszawa", "poznań", "bengaluru", "quezon city", "ciudad de méxico", "mombasa",
        "nairobi", "auckland", "paraparaumu", "dpo", "apo",
    ):  # fmt: skip
        if place not in addresses:
            raise SystemExit(f"chat: no address in {place}")
    starts = " ".join(strip_marks(t)[0] for t in CHAT)
    for cue in ("call nakamura back", "chase Murtagh", "Ask Okafor", "3125550176"):
        if cue not in starts:
            raise SystemExit(f"chat: {cue!r} missing")


def main() -> None:
    sections = {
        "chat": (CHAT, 100),
        "presidio": (PRESIDIO, 70),
        "free text": (FREETEXT, 50),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + PRESIDIO + FREETEXT
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("presidio", PRESIDIO, PRESIDIO_WORDS, (1, 3))
    check_counts("free text", FREETEXT, FREETEXT_WORDS, (2, 4))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind54", HERE, sections, {"chat", "presidio", "free text"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
