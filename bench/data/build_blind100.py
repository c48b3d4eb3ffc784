# ruff: noqa: E501
"""A hundredth blind privacy set: 220 texts with personal data and 100 clean ones, on family
admin and later life.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise about wills, probate, powers of
  attorney, funerals, care homes, pensions and elderly parents' bills and appointments;
  many surnames alone after titles (Mrs, Mr, Ms, Dr, Nurse, Rev), relatives named only by
  first name, names that are ordinary words, names with non-English letters and a few in
  Chinese and Cyrillic script; the first 30 typed all in lower case, the next 6 in Spanish,
  French, German, Portuguese, Italian and Dutch, the rest English with capitals;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark sentences and
  profile records: one invented person each with one to four values besides the name, as
  free prose, labelled profile lines, form rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, member, employee, patient, resident, policy and
pension numbers, passports, driver licences, blue badges and national and tax ids are
ID_NUMBER; PINs, door, gate, alarm, key safe and locker codes, wifi keys and passwords
PASSWORD; titles and relation words (Mr, Mrs, Dr, Nurse, Rev, Aunt, Uncle, Nan, my sister)
stay outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed; public figures, fictional characters, pets, companies, places,
order, invoice and claim numbers and dates of birth are not labelled; every occurrence of a
private value is marked. The 100 clean texts hold no personal data at all: 25 MT-Bench and
Vicuna-style prompts (writing, reasoning, coding, role-play, STEM), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D and 25
patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0131 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (NHS number, Spanish DNI,
French NIR, German tax id, Portuguese NIF, Italian codice fiscale, Dutch BSN, Brazilian
CPF, Polish PESEL, Indian Aadhaar, Canadian SIN, Australian TFN and Medicare, Turkish
kimlik, Irish PPS number, Singapore NRIC, South African id).

Run ``.venv/bin/python bench/data/build_blind100.py`` from the repository root; the output
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
    medicare_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Nurse|Sir|Dame|Aunt|Auntie|Uncle|Nan|Gran|Grandma|Grandpa|Lola|Sr|Sra|Herr|Frau|Mme|Mevr|Dhr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about family admin and later life: the first 30 in lower case, the next 6 in other languages.
CHAT = [
    "can you help me write to the probate registry? my late father [[PERSON|desmond achterberg]] left everything to me and my brother [[PERSON|niall]]. my email is [[EMAIL_ADDRESS|ciara.achterberg@fastmail.ie]] and my phone [[PHONE_NUMBER|07700 900418]]",
    "draft a short note to the care home manager mrs [[PERSON|okonkwo]] saying mum's key fob pin is changing from [[PASSWORD|4471]] to [[PASSWORD|9025]] and only [[PERSON|tunde]] and i should know it",
    "my dad's pension number is [[ID_NUMBER|ps-448120-k]] and his ni number [[ID_NUMBER|nh 48 27 19 c]], can you write a letter to the pension service telling them he has moved to [[STREET_ADDRESS|14 larch close, harrogate hg2 7pw]]",
    "summarise for me: nan's council tax account [[ID_NUMBER|ct-00917342]] is in arrears because the direct debit from [[IBAN_CODE|gb22barc20417358926143]] bounced twice. she wants letters sent to my email [[EMAIL_ADDRESS|priya.venkat88@gmail.com]] from now on",
    "how do i register my grandmother's death online? her name was [[PERSON|agnieszka wróbel]], nhs number [[ID_NUMBER|483 726 1590]], and she died at home at [[STREET_ADDRESS|7 mill lane, otley ls21 1bx]]",
    "write a reply to mr [[PERSON|van der berg]] at the funeral directors: yes we can pay the deposit by card, [[CREDIT_CARD|4539 7621 8840 5739]], and my mobile is [[PHONE_NUMBER|07700900233]]",
    "plan a week of visits for mum at [[STREET_ADDRESS|flat 3, 41 quarry street, dundee dd1 4hj]]: me on monday, [[PERSON|ruairi]] on wednesday, aunt [[PERSON|siobhan]] on friday. the key safe code is [[PASSWORD|2718]]",
    "fix the grammar: dear ms [[PERSON|castellano]], i am writing about my father mr [[PERSON|kehinde adeyemi]] whos hearing aid appointment was moved. his patient number is [[ID_NUMBER|rxh 772 0413]]. please call me on [[PHONE_NUMBER|0113 496 0572]]",
    "translate into plain english for my uncle: the executor [[PERSON|harjit sandhu]] must sign form pa1p by friday. his email is [[EMAIL_ADDRESS|h.sandhu@btinternet.com]]",
    "calculate how much each of us gets: dad's estate is £184,000 split three ways between me, [[PERSON|marguerite]] and [[PERSON|olu]] after £9,200 of funeral costs. the money sits in [[IBAN_CODE|gb55loyd30962871453026]]",
    "my mother's lasting power of attorney reference is [[ID_NUMBER|7000-4819-2263]]. can you draft an email to her bank asking them to register it on her account [[ID_NUMBER|31926647]]?",
    "remind me what to bring to dad's memory clinic appointment. he is [[PERSON|bogdan ionescu]], hospital number [[ID_NUMBER|k0738215]], and if he can't go my sister [[PERSON|ilinca]] will ring them from [[PHONE_NUMBER|07700 900516]]",
    "write the opening of a eulogy for my grandad [[PERSON|percy]] who loved his allotment and his old dog biscuit",
    "is it normal for a care home to ask for a £3,000 deposit? the one my aunt [[PERSON|hyacinth]] is moving into is at [[STREET_ADDRESS|2 orchard rise, taunton ta1 5ld]]",
    "my login for the funeral plan website is [[ID_NUMBER|bjorkman.l]] and the password [[PASSWORD|snowdrop!1952]]. is it safe to email those to my brother [[PERSON|lars]]?",
    "help me word a text to mrs [[PERSON|nakamura]] next door thanking her for checking on dad every morning, her number is [[PHONE_NUMBER|07700 900671]]",
    "draft a complaint to the energy company: account [[ID_NUMBER|ea-55201938]] in the name of my late mother [[PERSON|rosalind fairweather]] is still being charged to [[CREDIT_CARD|5291 8407 6631 9251]] though she died in march",
    "what documents do i need for probate in scotland? my father [[PERSON|hamish mcallister]] lived at [[STREET_ADDRESS|9 kirk wynd, crieff ph7 3ar]] and left no will",
    "turn this into a to-do list: cancel dad's passport [[ID_NUMBER|533018274]], tell the dvla about his licence [[ID_NUMBER|ferna452186jm9xx]], close his email [[EMAIL_ADDRESS|jfernandes1952@outlook.com]]",
    "my brother [[PERSON|kwame]] keeps asking for the wifi password at mum's bungalow, it's [[PASSWORD|bluebell-garden-44]]. write him a polite message saying not to share it with the neighbours",
    "rewrite this more kindly: mrs [[PERSON|pryce]], your mother's fees for room 12 are overdue, please pay into [[IBAN_CODE|ie31bofi90117348261957]] quoting resident id [[ID_NUMBER|res-20417]]",
    "my nan [[PERSON|edna]] got a call from someone saying they were her bank and she told them her pin [[PASSWORD|6093]]. what do we do now?",
    "write a short will clause leaving my ring to my niece [[PERSON|ines]] and my books to [[PERSON|tomasz]]. i am [[PERSON|halina kowalczyk]] of [[STREET_ADDRESS|18 beech grove, swindon sn2 6ea]]",
    "work out dad's monthly care costs: 4 weeks at £1,150 a week minus his pension of £1,420. put his pension reference [[ID_NUMBER|pen/0048/77219]] at the top",
    "can you explain attendance allowance simply for my mum [[PERSON|gloria]]? i'll print it and post it to her at [[STREET_ADDRESS|33 harbour view, plymouth pl4 0dn]]",
    "set up a reminder: dr [[PERSON|chaudhry]] wants dad's blood test done on tuesday, bring his nhs card [[ID_NUMBER|729 401 6380]]",
    "my aunt's email [[EMAIL_ADDRESS|marisol.quintero@yahoo.co.uk]] got hacked after someone logged in from [[IP_ADDRESS|203.0.113.57]]. what should she change first?",
    "write a message to the solicitor mr [[PERSON|oyelaran]] saying my sister [[PERSON|ama]] and i both agree to sell the house at [[STREET_ADDRESS|61 cedar avenue, luton lu3 2gh]]",
    "help me reply to my cousin [[PERSON|deepika]] who wants grandpa's bank login, it's [[ID_NUMBER|rkhanna41]] with password [[PASSWORD|marigold7!]], i don't think i should send it",
    "what should i say at the funeral of our neighbour [[PERSON|bill okafor]]? he was 91 and his wife [[PERSON|comfort]] is struggling",
    "¿Puedes escribir una carta al banco? Mi padre [[PERSON|Ernesto Villalobos]] falleció y hay que cerrar su cuenta [[IBAN_CODE|ES0221003927186402957318]]. Mi DNI es [[ID_NUMBER|52837146M]] y mi teléfono [[PHONE_NUMBER|+34 612 804 319]].",
    "Peux-tu rédiger un courriel à la maison de retraite ? Ma mère, Mme [[PERSON|Lemaire]], change de chambre. Son numéro de sécurité sociale est [[ID_NUMBER|253067511204322]] et mon adresse est [[EMAIL_ADDRESS|claire.lemaire@orange.fr]].",
    "Bitte fasse zusammen: Die Vorsorgevollmacht für meinen Vater [[PERSON|Klaus-Dieter Hagedorn]] liegt beim Notar. Seine Steuer-ID ist [[ID_NUMBER|47361509289]], seine Anschrift [[STREET_ADDRESS|Lindenstraße 17, 34117 Kassel]].",
    "Podes ajudar-me a escrever ao lar da minha avó [[PERSON|Conceição]]? O NIF dela é [[ID_NUMBER|238174654]] e a mensalidade é paga pela conta [[IBAN_CODE|PT12003500720004837261593]].",
    "Traduci in inglese: mia zia [[PERSON|Giuseppina Bruno]] ha lasciato un testamento dal notaio. Il suo codice fiscale è [[ID_NUMBER|BRNGPP38M52F205X]] e il cellulare di mio cugino [[PERSON|Saverio]] è [[PHONE_NUMBER|+39 347 218 6604]].",
    "Kun je een e-mail schrijven aan de notaris? Mijn moeder [[PERSON|Wilhelmina de Groot]] heeft BSN [[ID_NUMBER|738516296]] en woont op [[STREET_ADDRESS|Kerkstraat 42, 3581 RD Utrecht]]. Bel mij op [[PHONE_NUMBER|+31 6 48213907]].",
    "Draft a letter to Mrs [[PERSON|Okafor-Reid]] at Larkfield House confirming that my father's fees will now be paid from [[IBAN_CODE|GB30NWBK55291873046152]] and that I hold his power of attorney.",
    "My mum [[PERSON|Dorothy]] has a GP appointment with Dr [[PERSON|Mbeki-Lawson]] on Thursday. Write a list of questions about her new blood pressure tablets.",
    "Please summarise this voicemail: 'Hello, it's [[PERSON|Jasper Thornbury]] from the pension scheme, calling about member number [[ID_NUMBER|MBR-0082715]]. Ring me back on [[PHONE_NUMBER|020 7946 0731]].'",
    "Help me reply to Mr [[PERSON|Van der Berg]], who says the headstone inscription for Dad is ready. Dad's name should read [[PERSON|Pieter Johannes Visser]], with his middle name in full.",
    "I'm the executor for my aunt [[PERSON|Philomena]]. Her building society account [[ID_NUMBER|60-11482937]] has £23,400. How do I close it and pay it into the estate account [[IBAN_CODE|GB31HBUK40127738261904]]?",
    "Write a polite email to the manager [[PERSON|Janet Oduya]] ([[EMAIL_ADDRESS|j.oduya@willowmere-care.co.uk]]) asking for a respite room for my father [[PERSON|Gwilym Pritchard]] from 3 to 17 June.",
    "Can you calculate how long Grandma's savings will last? She has £41,000, pays £1,290 a month for care, and her pension brings in £760. Her name is [[PERSON|Maud Ellery]] if you need it for the heading.",
    "My father-in-law [[PERSON|Rashid]] needs his council tax reduction renewed. His reference is [[ID_NUMBER|CTR/55019/R]] and his address is [[STREET_ADDRESS|27 Foundry Row, Sheffield S3 8QE]]. Draft the letter.",
    "Fix the spelling: 'Dear Mrs [[PERSON|Abernethy]], my mother [[PERSON|Ivy Templeton]] would like to cancel her chiropody visits. Her patient ID is [[ID_NUMBER|PT-449120]].'",
    "Mum's alarm code at [[STREET_ADDRESS|5 Saltings Lane, Whitstable CT5 2RW]] is [[PASSWORD|3841]] and the carers keep forgetting it. Write a short laminated sign that doesn't show the code itself.",
    "Translate into Polish for my grandmother [[PERSON|Krystyna]]: your hospital transport is booked for Monday at 9:30, and [[PERSON|Marek]] will meet you at the entrance.",
    "Plan Dad's 90th birthday tea. Guests: [[PERSON|Aurelio]], [[PERSON|Bernadette Hurley]], Mr and Mrs [[PERSON|Chatterjee]] and [[PERSON|Wen]]. Venue is his flat, [[STREET_ADDRESS|Flat 11, Rowan Court, 2 Kingsway, Bristol BS5 7HT]].",
    "I need to tell HMRC my mother has died. Her National Insurance number was [[ID_NUMBER|JT 62 84 19 B]] and her UTR [[ID_NUMBER|8463019275]]. What should the letter say?",
    "Write a message to my brother [[PERSON|Rory]] explaining why I paid Mum's care bill with my own card, [[CREDIT_CARD|4762 0391 8855 1467]], and that he owes half of £2,340.",
    "My elderly neighbour Mr [[PERSON|Sørensen]] asked me to cancel his newspaper delivery. His customer number is [[ID_NUMBER|NW-38812]] and his phone [[PHONE_NUMBER|07700 900385]]. Draft a short email.",
    "Can you advise whether Mum should give me power of attorney over her health as well as her money? She's [[PERSON|Rukhsana Malik]], 84, living with us.",
    "The care home portal login for Dad is [[ID_NUMBER|fam.delacroix]] and the password is [[PASSWORD|Harbour!Light22]]. My sister [[PERSON|Océane]] can't get in. What might be wrong?",
    "Summarise the key points of my dad's will for my siblings [[PERSON|Femi]], [[PERSON|Bisi]] and [[PERSON|Tayo]]: the house goes to all three equally, the car to [[PERSON|Femi]].",
    "Write a thank-you card to Nurse [[PERSON|Haverkamp]] and the team on Elm Ward who looked after my husband [[PERSON|Geoffrey]] in his last weeks.",
    "Draft an email to the funeral celebrant [[PERSON|Saoirse Tuohy]] at [[EMAIL_ADDRESS|saoirse.tuohy@celebrantmail.ie]] with three songs Mum would have liked.",
    "My grandad [[PERSON|李建国]] doesn't read English. Can you translate this letter from his GP into simple Chinese? His NHS number is [[ID_NUMBER|502 938 4715]].",
    "Write an email to the bank about my late father [[PERSON|Arvind Menon]]'s joint account with my mother [[PERSON|Lakshmi]]. Account [[ID_NUMBER|40417763]], my contact [[EMAIL_ADDRESS|kavya.menon@protonmail.com]].",
    "Is it okay to give the carers Mum's card PIN so they can do her shopping? Her PIN is [[PASSWORD|0574]] and I'd rather not.",
    "My sister [[PERSON|Hope]] and I are dividing Dad's furniture. Make a fair list from these items: piano, oak table, two armchairs, grandfather clock, bookcase.",
    "Dad ([[PERSON|Stanisław Nowicki]]) keeps getting scam calls on [[PHONE_NUMBER|020 7946 0194]]. Write step-by-step instructions for him to block numbers on his phone.",
    "Please draft a letter to the DWP: my mother, Mrs [[PERSON|Obuya]], has moved into a care home at [[STREET_ADDRESS|Sunnyside, 80 Abbey Road, Barrow-in-Furness LA14 5QR]]; her NI number is [[ID_NUMBER|KP 30 71 92 A]].",
    "Can you calculate inheritance tax on an estate of £612,000 with the residence nil-rate band? It's for my uncle [[PERSON|Fergus]]'s estate.",
    "Write a text to Mrs [[PERSON|Ferreira]] asking if she can sit with Mum on Saturday afternoon; her number is [[PHONE_NUMBER|07700 900847]].",
    "My mother's online banking was opened from [[IP_ADDRESS|198.51.100.23]] which isn't us. Her username is [[ID_NUMBER|jwhitcombe47]]. What steps should I take tonight?",
    "Help me write the death notice for the local paper: [[PERSON|Winifred Ada Blackwood]], beloved mother of [[PERSON|Colin]] and [[PERSON|Sheila]], passed peacefully aged 93.",
    "Our family WhatsApp needs a summary: Dad's hospital discharge is Friday, [[PERSON|Imran]] collects him, [[PERSON|Nadia]] brings food, and the district nurse will call [[PHONE_NUMBER|07700 900129]].",
    "Reply to Ms [[PERSON|Lindqvist]] from the housing association saying Mum's tenancy at [[STREET_ADDRESS|22 Heron Walk, Norwich NR3 1JD]] will end on 30 September.",
    "What should my gran [[PERSON|Effie]] do if she lost her blue badge? Her badge number is [[ID_NUMBER|BB0472913]].",
    "I'm sorting Dad's subscriptions. His Amazon login is [[EMAIL_ADDRESS|roy.pendleton@btopenworld.com]] with password [[PASSWORD|Greenfinch1948]]. Write a checklist for cancelling subscriptions safely.",
    "Can you rewrite this for a five-year-old: Great-Grandma [[PERSON|Olive]] has died and we're going to say goodbye at a funeral on Tuesday.",
    "Write a short speech for Uncle [[PERSON|Bartholomew]]'s 80th, mentioning his time as a ferry engineer and his wife [[PERSON|June]].",
    "My father, Mr [[PERSON|Hadžić]], has been charged twice by the care agency on [[CREDIT_CARD|3742 918650 33172]]. Draft a dispute email for his bank.",
    "Please help me fill in the probate form. Deceased: [[PERSON|Reginald Otway]]. Last address: [[STREET_ADDRESS|4 Vicarage Close, Ludlow SY8 1PQ]]. Executor: me, [[PERSON|Susan Otway]], [[EMAIL_ADDRESS|sue.otway61@gmail.com]].",
    "Advise me on how to talk to my mother [[PERSON|Marjorie]] about moving into sheltered housing without upsetting her.",
    "My brother-in-law Mr [[PERSON|Kowalski]] wants the account details to pay his share of the funeral. Draft a message giving him [[IBAN_CODE|GB31MIDL40051792836410]] and the amount, £1,875.",
    "Write an email to my mum's pension provider: member [[PERSON|Beatrix Olumide]], policy number [[ID_NUMBER|PL-7729104]], please update her address to [[STREET_ADDRESS|9 Church Lane, Cirencester GL7 2NQ]].",
    "My grandmother [[PERSON|Ольга Петровна]] speaks only Russian. Can you translate these care home visiting times into Russian for her?",
    "Make a medication schedule for my dad [[PERSON|Tobias]]: amlodipine at 8am, metformin with breakfast and dinner, atorvastatin at night.",
    "I'm the attorney for Mrs [[PERSON|Achebe]]. The bank asked for her customer number, [[ID_NUMBER|CUS448201937]], and my phone, [[PHONE_NUMBER|+44 7700 900562]]. Draft my reply.",
    "Write to the council asking for a carer's assessment for me, [[PERSON|Delroy Campbell]], looking after my mum at [[STREET_ADDRESS|15 Marsh Street, Walthamstow, London E17 9AB]].",
    "Can you proofread my letter to Mr [[PERSON|Whitlock]] at the solicitors? I've written that Aunt [[PERSON|Mabel]]'s estate should go to the RSPCA.",
    "My sister [[PERSON|Faith]] is handling Dad's PIP renewal. His claim reference is [[ID_NUMBER|PIP-2048813]] and his DOB is 12/04/1944. Summarise what evidence she'll need.",
    "Write a handover note for the night carer: Mr [[PERSON|Abramowicz]] is in room 4, his daughter [[PERSON|Renata]] is on [[PHONE_NUMBER|07700 900902]], and the medicine cupboard code is [[PASSWORD|5517]].",
    "Help me plan the wake after Nan's funeral for about 40 people at the village hall. Nan's name was [[PERSON|Lilian Forsythe]].",
    "Draft a reply to [[EMAIL_ADDRESS|t.moreau.family@laposte.net]] telling my cousin [[PERSON|Thierry]] that Grandpa's watch is his.",
    "Calculate the interest on Mum's savings bond: £15,000 at 4.1% for 3 years compounded yearly. The bond number is [[ID_NUMBER|NSI-50381742]] in the name of [[PERSON|Eileen Murtagh]].",
    "My aunt [[PERSON|Yetunde Bankole]] in Lagos wants to add me to her will. Her address is [[STREET_ADDRESS|14 Adeola Odeku Street, Victoria Island, Lagos]] and her phone [[PHONE_NUMBER|+234 803 417 2296]]. What should we ask a lawyer?",
    "Write a letter for my father [[PERSON|Hiroshi Tanaka]] to his landlord at [[STREET_ADDRESS|Apt 6, 210 Maple Avenue, Toronto, ON M4K 2B7]] asking for a grab rail in the bathroom. His phone is [[PHONE_NUMBER|(416) 555-0142]].",
    "Mum's SIN is [[ID_NUMBER|462718396]] and she needs her CPP survivor's pension after Dad died. Draft the covering letter for [[PERSON|Margaret Bélanger]].",
    "Can you help my grandmother [[PERSON|Evelyn Kowalczuk]] in Ohio understand her Medicare letter? Her SSN is [[US_SSN|318-42-7716]] and her phone is [[PHONE_NUMBER|(614) 555-0187]].",
    "Write an email to my brother [[PERSON|Dwayne]] with Dad's social security number [[US_SSN|472-19-3058]] so he can finish the funeral home paperwork. Or is that a bad idea?",
    "My father [[PERSON|Gerald Hutchins]] lives at [[STREET_ADDRESS|1187 Poplar Street, Dayton, OH 45402]]. Draft a note to his neighbor Mrs [[PERSON|Alvarado]] with my number [[PHONE_NUMBER|937-555-0163]] in case of emergencies.",
    "Plan a checklist for closing my late mother's accounts: [[PERSON|Coral Jenkins]], Visa [[CREDIT_CARD|4029 8173 6615 2045]], utilities account [[ID_NUMBER|UT-88301275]], email [[EMAIL_ADDRESS|coraljenkins@aol.com]].",
    "Translate this into Tagalog for Lola [[PERSON|Remedios]]: the nursing home visit is moved to Sunday, and [[PERSON|Jun-jun]] will drive you.",
    "My Australian mum [[PERSON|Noeline Farquhar]] needs help with her aged care application. Her Medicare number is [[ID_NUMBER|4210918321]] and phone [[PHONE_NUMBER|0491 570 318]]. What comes first?",
    "Draft an email for Dad's aged care provider: resident [[PERSON|Colin Mathers]], TFN [[ID_NUMBER|715 648 234]], fees to come from [[PERSON|Heather]]'s account from next month.",
    "Write a short note to Mrs [[PERSON|Papadopoulos]] next door at [[STREET_ADDRESS|8 Wattle Street, Ballarat VIC 3350]] thanking her for feeding Mum's cat.",
    "Write a reply to Mr [[PERSON|Van Rensburg]] at the retirement village: my mother's ID number is [[ID_NUMBER|3402274815088]] and she'd like the one-bedroom unit.",
    "My grandfather [[PERSON|Suresh Iyer]] in Chennai needs his Aadhaar [[ID_NUMBER|4837 2916 5013]] linked to his pension. Write the steps for my cousin [[PERSON|Vidya]] to follow.",
    "The API key for the family photo memorial site is [[API_KEY|sk_live_8fK2qT9vLm3XwR7pZc4N]]. My nephew [[PERSON|Caspian]] pasted it in the group chat. How do I rotate it?",
    "Draft an email to the stonemason [[PERSON|Idris Vaughan-Jones]] confirming the wording for Mum's headstone and paying the balance from [[IBAN_CODE|GB04BARC20658219374655]].",
    "My father's home router at [[IP_ADDRESS|192.0.2.146]] keeps dropping his video calls with the grandchildren. He's [[PERSON|Alasdair]], 87. Explain the fix in very simple steps.",
    "Can you write a gentle reminder to my siblings that Mum's care contribution of £300 each is due? Pay to [[IBAN_CODE|GB70LOYD30150948273615]], reference MUMCARE.",
    "Write a letter to the German pension office for my late grandmother [[PERSON|Hannelore Brinkmann]]: Steuer-ID [[ID_NUMBER|81620395749]], last address [[STREET_ADDRESS|Am Kirchberg 4, 79098 Freiburg]].",
    "Summarise the care plan notes for my dad, Mr [[PERSON|Ó Briain]]: he needs help with washing, he's at risk of falls, and his PPS number is [[ID_NUMBER|4907210C]].",
    "My aunt [[PERSON|Consolata]] wants to leave her flat in Rome to me. Her codice fiscale is [[ID_NUMBER|RSSMLL41C52H501G]]. What does an Italian will need to be valid?",
    "Mum's new tablet for video calls has the PIN [[PASSWORD|250418]]. Write large-print instructions she can follow to call [[PERSON|Ayesha]] and [[PERSON|Zain]].",
    "Explain the difference between an executor and a trustee for my mother-in-law, Mrs [[PERSON|Kaczmarek]].",
    "Write an email to the home manager [[PERSON|Colm Ferris]] at [[EMAIL_ADDRESS|colm.ferris@riverside-lodge.co.uk]] from me, [[PERSON|Yusuf Demir]], asking why Dad's invoice 3390-B includes two chiropody visits.",
    "Help me reply to Mrs [[PERSON|Gallagher]], who asked for Dad's employee number from the railway, [[ID_NUMBER|BR-559017]], for his pension transfer.",
    "My grandma [[PERSON|Rose]] keeps writing her passwords on a notepad by the phone. Her email password is [[PASSWORD|Primrose1939]]. How can we make this safer for her?",
    "Calculate Dad's state pension backdating: he deferred 2 years at 5.8% a year on £221 a week. He is [[PERSON|Leonard Shapiro]], NI [[ID_NUMBER|CE 19 37 54 D]].",
    "Draft an apology to my cousin [[PERSON|Mehmet]] for missing Grandad's funeral in Izmir, and ask if I can call him on [[PHONE_NUMBER|+90 532 418 7730]].",
    "Write a note for the hospice chaplain, Rev [[PERSON|Adaeze Nwosu]], about my father [[PERSON|Ikenna]]'s wish for a Catholic funeral.",
    "My uncle [[PERSON|Friedhelm]] sent his card details [[CREDIT_CARD|5450 1827 3946 6076]] by email to pay for his sister's flowers. Write him a kind message about why that's risky.",
    "Could you write a reminder for Mum's fridge: dentist Wednesday 10am with Dr [[PERSON|Oyebanji]], chemist on Friday, and [[PERSON|Priscilla]] visits Sunday.",
    "Draft an email to Mr [[PERSON|de la Cruz]] at the bank explaining I'm the deputy for my brother [[PERSON|Benedict]], account [[ID_NUMBER|71820463]], with a court order attached.",
    "My mother [[PERSON|Saanvi Reddy]] stays at [[STREET_ADDRESS|Villa 9, Palm Meadows, Whitefield, Bengaluru 560066]]. Write a message to her caretaker [[PERSON|Murugan]] asking for daily updates on [[PHONE_NUMBER|+91 98450 37261]].",
    "Write a funeral order of service for [[PERSON|Theodora Vasquez]]: welcome, hymn, tribute from her grandson [[PERSON|Mateo]], committal, and a closing poem.",
]

# 100 records in the style of synthetic PII benchmark sentences and profile records: one invented person each.
RECORDS = [
    "[[PERSON|Imelda Kavanagh]] lives at [[STREET_ADDRESS|12 Rathmines Road, Dublin 6, D06 F2K4]] and can be reached on [[PHONE_NUMBER|+353 87 419 2286]].",
    "Name: [[PERSON|Oswaldo Pacheco]] | Email: [[EMAIL_ADDRESS|oswaldo.pacheco@correo.mx]] | Phone: [[PHONE_NUMBER|+52 55 4182 7730]]",
    '{"full_name": "[[PERSON|Hendrika Mulder]]", "iban": "[[IBAN_CODE|NL09INGB0007382916]]", "city": "Haarlem"}',
    "Our records show that [[PERSON|Tobiah Greenberg]] paid with card [[CREDIT_CARD|4150 2739 8816 2742]] on the 3rd.",
    '2024-05-11 08:14:52 INFO login ok user=[[ID_NUMBER|mfairclough]] src=[[IP_ADDRESS|198.51.100.77]] name="[[PERSON|Morwenna Fairclough]]"',
    "Dear [[PERSON|Eustace]], your new pension PIN is [[PASSWORD|7302]]. Please do not share it with anyone.",
    "[[PERSON|Anjali Deshmukh]]'s Aadhaar number is [[ID_NUMBER|6204 8173 9522]] and her mobile is [[PHONE_NUMBER|+91 99001 48273]].",
    "Patient: [[PERSON|Cedric Oyelowo]]; NHS no. [[ID_NUMBER|831 746 2056]]; next of kin: [[PERSON|Funmi Oyelowo]], [[PHONE_NUMBER|07700 900744]]",
    "The invoice was sent to [[PERSON|Bartosz Zieliński]] at [[EMAIL_ADDRESS|b.zielinski@poczta.pl]].",
    "Employee [[PERSON|Rhiannon Pugh]] (staff ID [[ID_NUMBER|EMP-30418]]) asked for her payslip to go to [[STREET_ADDRESS|6 Heol y Felin, Cardiff CF14 2EU]].",
    "Please refund [[PERSON|Gaspard Rousseau]] to [[IBAN_CODE|FR9230004028370007362918K51]].",
    "[[PERSON|Ngozi Eze]], born 1958, resides at [[STREET_ADDRESS|5 Allen Avenue, Ikeja, Lagos]].",
    "Contact card — [[PERSON|Thandiwe Mokoena]], ID [[ID_NUMBER|5211184815080]], cell [[PHONE_NUMBER|+27 82 561 0394]]",
    "Hi, I'm [[PERSON|Björn Lindgren]] and my account IBAN is [[IBAN_CODE|SE2250000000059281736402]].",
    "User [[PERSON|Kaito Mori]] reset the password to [[PASSWORD|Sakura#2291]] from [[IP_ADDRESS|203.0.113.19]].",
    "Ship to: [[PERSON|Delphine Arceneaux]], [[STREET_ADDRESS|417 Magazine Street, New Orleans, LA 70130]], tel. [[PHONE_NUMBER|(504) 555-0116]]",
    "[[PERSON|Wiesława Adamczyk]] (PESEL [[ID_NUMBER|47031205860]]) signed the power of attorney.",
    "Customer [[PERSON|Alessandra Conti]] paid the deposit from [[IBAN_CODE|IT12Z0200805364000104829175]] and gave [[EMAIL_ADDRESS|ale.conti@libero.it]] for receipts.",
    "The will names [[PERSON|Hortense Baptiste]] of [[STREET_ADDRESS|22 Rue des Tanneurs, 69005 Lyon]] as sole executor.",
    "Driver licence [[ID_NUMBER|D4471-82093-51720]] belongs to [[PERSON|Cletus Ambrose]].",
    "[[PERSON|Farida Haidari]] can be emailed at [[EMAIL_ADDRESS|farida.haidari@webmail.af]] or called on [[PHONE_NUMBER|07700 900261]].",
    "member_name=[[PERSON|Osvaldo Ferraz]]; cpf=[[ID_NUMBER|384.917.265-19]]; plano=ouro",
    "Mr [[PERSON|Pemberton-Hale]]'s Visa [[CREDIT_CARD|4719 3602 8847 3152]], was declined at the florist.",
    "Reminder for [[PERSON|Gunhild Aas]]: your locker code at the day centre is [[PASSWORD|8814]].",
    "[[PERSON|Ignatius Mwangi]] moved from Nairobi to [[STREET_ADDRESS|3 Kenmore Place, Wellington 6011]] last spring.",
    "Applicant: [[PERSON|Seo-yeon Park]]. Passport: [[ID_NUMBER|M48217390]]. Email: [[EMAIL_ADDRESS|seoyeon.park@kakao.kr]].",
    "Transfer €450 from [[IBAN_CODE|DE23370501981047382915]] (holder [[PERSON|Jürgen Wendt]]) to the funeral home.",
    "[[PERSON|Lucía Paredes]] uses the login [[ID_NUMBER|lparedes_77]] with the password [[PASSWORD|Cartagena*55]].",
    "Beneficiary: [[PERSON|Rahel Tesfaye]], [[STREET_ADDRESS|Flat 2, 9 Dalston Lane, London E8 3DF]], [[PHONE_NUMBER|020 7946 0815]]",
    "The SSN on file for [[PERSON|Lorraine Kowalski]] is [[US_SSN|521-38-4097]].",
    "[[PERSON|Ahmet Yıldız]] kimlik no: [[ID_NUMBER|52837461950]], tel: [[PHONE_NUMBER|+90 541 207 3318]]",
    "Dear Ms [[PERSON|Quaye]], your policy number [[ID_NUMBER|LIF-8830172]] has been updated.",
    "[[PERSON|Dmitri Volkov]] logged in at 02:13 from [[IP_ADDRESS|2001:db8:4a1::17]] using API key [[API_KEY|AKIAX7R3PQ2M9LT4VZ8B]].",
    "Card holder: [[PERSON|Esperanza Quiroga]]\nCard number: [[CREDIT_CARD|5203 7418 6690 4132]]\nExpiry: 09/28",
    "[[PERSON|Pádraig Ó Súilleabháin]]'s PPS number is [[ID_NUMBER|8316452R]].",
    "Please send the probate papers to [[PERSON|Eleanor Whitfield]], [[STREET_ADDRESS|The Old Rectory, Church Street, Ledbury HR8 1DW]].",
    "[[PERSON|Marisa Santos]] (NIF [[ID_NUMBER|194720381]]) pays rent to [[IBAN_CODE|ES3500491827364051928374]].",
    "From: [[PERSON|Hamza Qureshi]] <[[EMAIL_ADDRESS|hamza.q@mailbox.pk]]>\nSubject: Dad's care home invoice",
    "[[PERSON|Cosima Albrecht]] lives at [[STREET_ADDRESS|Schillerstraße 8, 01069 Dresden]]; Steuer-ID [[ID_NUMBER|60491837256]].",
    "Resident [[PERSON|Archibald Neame]], room 14, door code [[PASSWORD|1946#]], daughter [[PERSON|Philippa]] on [[PHONE_NUMBER|07700 900338]].",
    '{"name": "[[PERSON|Xu Mingyu]]", "phone": "[[PHONE_NUMBER|+86 139 2048 7715]]", "email": "[[EMAIL_ADDRESS|xumingyu@163.com]]"}',
    "[[PERSON|Gertrude Vandenbroucke]] paid her care fees by standing order from [[IBAN_CODE|BE05001736482951]].",
    "The alarm password for [[PERSON|Nigel Ashworth]]'s bungalow is [[PASSWORD|kingfisher]].",
    "[[PERSON|Zsófia Kertész]] can be reached at [[EMAIL_ADDRESS|zsofia.kertesz@freemail.hu]].",
    "Funeral booking for [[PERSON|Clementine Royce]], contact [[PERSON|Jonah Royce]] on [[PHONE_NUMBER|(312) 555-0178]], paid with [[CREDIT_CARD|3765 820194 73365]].",
    "[[PERSON|Viliami Taufa]] lives at [[STREET_ADDRESS|48 Great South Road, Otahuhu, Auckland 1062]].",
    "Employee record: [[PERSON|Oksana Marchenko]], employee no. [[ID_NUMBER|E-770914]], work email [[EMAIL_ADDRESS|o.marchenko@northgatefoods.co.uk]]",
    "[[PERSON|Radhika Pillai]] uploaded her will from [[IP_ADDRESS|192.0.2.201]].",
    "Account holder [[PERSON|Ludovic Petit]], numéro de sécurité sociale [[ID_NUMBER|148031305611856]].",
    "Sincerely,\n[[PERSON|Obadiah Strand]]\n[[STREET_ADDRESS|902 Linden Avenue, Rochester, NY 14620]]\n[[PHONE_NUMBER|585-555-0134]]",
    "[[PERSON|Wanjiru Kamau]]'s library PIN is [[PASSWORD|4408]] and her member number [[ID_NUMBER|LIB00482917]].",
    "Dr [[PERSON|Annika Holmberg]] prescribed the new dose; her direct line is [[PHONE_NUMBER|0131 496 0427]].",
    "[[PERSON|Kieran Doherty]] pays the funeral plan with [[CREDIT_CARD|6011 9047 3825 5162]].",
    "Name | Phone | City\n[[PERSON|Soledad Rivas]] | [[PHONE_NUMBER|+34 655 293 018]] | Sevilla",
    "[[PERSON|Matthias Oberhuber]] received the pension into [[IBAN_CODE|AT942011182736450918]].",
    "I, [[PERSON|Philippa Drummond]], of [[STREET_ADDRESS|17 Moray Place, Edinburgh EH3 6BT]], revoke all earlier wills.",
    "Sign-up: [[PERSON|Tariq Al-Mansouri]], [[EMAIL_ADDRESS|tariq.almansouri@outlook.ae]], password [[PASSWORD|Falcon!8820]]",
    "[[PERSON|Beatriz Figueiredo]] has CPF [[ID_NUMBER|561.203.847-07]].",
    "The hospital number of [[PERSON|Ruben Castellanos]] is [[ID_NUMBER|H0927731]].",
    'WARN failed login user=[[ID_NUMBER|g.ashby]] ip=[[IP_ADDRESS|203.0.113.240]] full_name="[[PERSON|Gideon Ashby]]"',
    "[[PERSON|Mireille Dubois]] a déménagé au [[STREET_ADDRESS|9 Avenue Jean Jaurès, 31000 Toulouse]].",
    "[[PERSON|Orla Brennan]] texted from [[PHONE_NUMBER|+353 86 302 7745]] about her mother's care plan.",
    "Holder: [[PERSON|Lennart Svensson]]. Card: [[CREDIT_CARD|5137 6029 4481 7368]]. Billing: [[STREET_ADDRESS|Storgatan 21, 411 38 Göteborg]].",
    "[[PERSON|Chidinma Obi]]'s SIN is [[ID_NUMBER|538 104 720]].",
    "Tenant [[PERSON|Augustin Marchetti]], [[STREET_ADDRESS|Via dei Mille 14, 80121 Napoli]], codice fiscale [[ID_NUMBER|DMCGNN36T05L219L]].",
    "[[PERSON|Hemi Walker]] registered the death; contact [[EMAIL_ADDRESS|hemi.walker@xtra.co.nz]].",
    "The gate code for [[PERSON|Priscilla Vane]]'s retirement flat is [[PASSWORD|C7749]].",
    "Payroll: [[PERSON|Yerlan Seitkali]], BSN [[ID_NUMBER|419627388]], IBAN [[IBAN_CODE|NL84RABO0318276495]].",
    "[[PERSON|Tsering Dolma]] lives at [[STREET_ADDRESS|Flat 5, 31 Caledonian Road, London N1 9DT]].",
    "Claim filed by [[PERSON|Ebenezer Quartey]], email [[EMAIL_ADDRESS|equartey@gmail.com]], phone [[PHONE_NUMBER|07700 900187]].",
    "[[PERSON|Ilse Vermeulen]] paid the notary from [[IBAN_CODE|BE30063418275094]] and lives at [[STREET_ADDRESS|Meir 77, 2000 Antwerpen]].",
    "Singapore NRIC [[ID_NUMBER|S7120458H]] belongs to [[PERSON|Tan Wei Ling]].",
    "Carer [[PERSON|Marlon Baptiste]] uses the key safe code [[PASSWORD|0631]] at each visit.",
    "[[PERSON|Agathe Moreau-Lenoir]]: [[EMAIL_ADDRESS|agathe.ml@free.fr]], [[PHONE_NUMBER|+33 6 39 98 20 39]]",
    "[[PERSON|Laszlo Farkas]] sent money from [[IBAN_CODE|CH760483502918374650A]] for his father's care.",
    "Profile\nName: [[PERSON|Ruth Abernathy]]\nSSN: [[US_SSN|237-60-1184]]\nPhone: [[PHONE_NUMBER|(919) 555-0152]]",
    "[[PERSON|Mustafa Çelik]] had TC kimlik [[ID_NUMBER|36194028520]].",
    "[[PERSON|Nomvula Dlamini]] asked us to send statements to [[STREET_ADDRESS|14 Jan Smuts Avenue, Parktown, Johannesburg 2193]].",
    "Token for [[PERSON|Evander Lowe]]: [[API_KEY|ghp_R8vT2mQ7xK4zN9bL3cW6yH1pJ5sD0fA8eG2u]]",
    "[[PERSON|Fiorella Gatti]]'s card [[CREDIT_CARD|4268 7015 3398 4623]] was used to pay for the wreath.",
    "[[PERSON|Brynjar Haugen]] can be reached at [[PHONE_NUMBER|+47 912 58 374]].",
    "Order for [[PERSON|Caoimhe Byrne]]: deliver to [[STREET_ADDRESS|Apt 4, 12 Eyre Square, Galway H91 X2K7]].",
    "[[PERSON|Jiang Hao]] uses the wifi key [[PASSWORD|LotusPond-6629]] at his parents' flat.",
    "The account of [[PERSON|Henrietta Caulfield]], customer number [[ID_NUMBER|C-00418276]], was closed after her death.",
    "[[PERSON|Ifeoma Nwankwo]], NHS number [[ID_NUMBER|390 172 6489]], was admitted on Tuesday.",
    "Hello [[PERSON|Sigrid]], your temporary password is [[PASSWORD|Tq8!wz3Lm]].",
    "[[PERSON|Anders Kjærgaard]] pays rent from [[IBAN_CODE|DK2930004018273645]].",
    "[[PERSON|Valentina Moretti]] lives at [[STREET_ADDRESS|Corso Vittorio Emanuele 102, 10121 Torino]] and works at a bakery.",
    "[[PERSON|Rufus Everington]] updated his email to [[EMAIL_ADDRESS|rufus.everington@icloud.com]] and phone to [[PHONE_NUMBER|07700 900955]].",
    "Tax file number [[ID_NUMBER|382 091 755]] was quoted by [[PERSON|Bronwyn Keating]] of [[STREET_ADDRESS|7 Banksia Crescent, Toowoomba QLD 4350]].",
    "[[PERSON|Naledi Khumalo]]'s card [[CREDIT_CARD|4903 1726 8854 0217]] expired last month.",
    "[[PERSON|Yaw Boateng]] is on [[PHONE_NUMBER|+233 24 418 9027]].",
    "Spanish DNI [[ID_NUMBER|39461827Z]], holder [[PERSON|Rocío Ibarra]].",
    "[[PERSON|Mathilde Schaus]] funded the trust from [[IBAN_CODE|LU400190006472839105]].",
    "[[PERSON|Ezekiel Park]] had his gym locker code set to [[PASSWORD|2580]] and member ID [[ID_NUMBER|GYM-66120]].",
    "Next of kin for [[PERSON|Winston Achterberg]]: [[PERSON|Loretta]], [[PHONE_NUMBER|0491 570 864]].",
    "[[PERSON|Svetlana Orlova]]'s Amex [[CREDIT_CARD|3471 820663 91549]] was charged twice.",
    "[[PERSON|Cormac Flood]] lives at [[STREET_ADDRESS|28 Shandon Street, Cork T23 K5R2]] with his sister.",
    "[[PERSON|Percival Nash]] logged into the pension portal from [[IP_ADDRESS|198.51.100.142]] with username [[ID_NUMBER|pnash1939]].",
    "Benefit claimant [[PERSON|Marcia Goodwin]], NI number [[ID_NUMBER|WL 28 64 13 C]], lives at [[STREET_ADDRESS|3 Tenter Street, Halifax HX1 2QR]].",
]

# 100 clean texts: MT-Bench and Vicuna-style prompts, GSM8K-style problems, MMLU-style items and health questions.
CLEAN_MTBENCH = [
    "Write a persuasive short essay on why libraries still matter in a digital age.",
    "Compose a sonnet in which Sherlock Holmes reflects on retirement and beekeeping.",
    "Pretend you are Captain Nemo giving a tour of the Nautilus to a nervous first-time visitor.",
    "Explain the Monty Hall problem and why switching doors improves the odds.",
    "Write a Python function that returns the longest palindromic substring of a string.",
    "If a train leaves at 14:20 and travels 210 km at 84 km/h, when does it arrive? Show your reasoning.",
    "Summarise the causes of the French Revolution in five bullet points.",
    "Role-play as Ada Lovelace explaining the Analytical Engine to a modern teenager.",
    "Describe the water cycle to a class of eight-year-olds using a story.",
    "Write a SQL query that finds the three most common product categories in an orders table.",
    "Compare the leadership styles of Elizabeth I and Catherine the Great.",
    "Draft a product description for a solar-powered camping lantern.",
    "What are the main differences between TCP and UDP? Give an example use for each.",
    "Write a limerick about a cat who thinks it is a lighthouse keeper.",
    "Imagine you are Odysseus writing a postcard home from the island of the Cyclops.",
    "Explain how vaccines train the immune system, in plain language.",
    "Refactor this idea into clean code: a function that groups words by their first letter in JavaScript.",
    "Give three arguments for and against a four-day working week.",
    "Write a dialogue between Isaac Newton and Albert Einstein about the nature of gravity.",
    "Outline a seven-day itinerary for a first trip to Japan focused on food and temples.",
    "Solve: a farmer has chickens and cows, 30 heads and 74 legs. How many of each?",
    "Explain big-O notation with examples of O(1), O(n) and O(n log n).",
    "Write a short horror story set in an abandoned lighthouse, under 200 words.",
    "As Hermione Granger, give study tips to a first-year student before exams.",
    "Describe how photosynthesis converts light energy into chemical energy.",
]
CLEAN_GSM8K = [
    "Maya buys 4 packs of pencils with 12 pencils each. She gives 15 pencils to her friends. How many pencils does she have left?",
    "Theo runs 3 km every weekday and 5 km on Saturday. How many kilometres does he run in a week?",
    "A bakery sells muffins for $2.50 each. Priya buys 6 muffins and pays with a $20 bill. How much change does she get?",
    "Lucas has twice as many marbles as Ben. Together they have 45 marbles. How many does Lucas have?",
    "A garden is 12 m long and 7 m wide. Omar wants to fence it. How many metres of fence does he need?",
    "Sofia reads 25 pages a day. Her book has 340 pages. How many days will it take her to finish?",
    "A tank holds 480 litres. It is filled at 16 litres a minute. How long does it take to fill from empty?",
    "Jasmine earns $14 an hour and works 6 hours a day for 5 days. How much does she earn?",
    "Kenji had 90 stickers. He gave a third to his sister and 12 to a friend. How many are left?",
    "A shirt costs $40 and is on sale for 25% off. Ella also pays 8% tax on the sale price. What is the total?",
    "Noah plants 8 rows of tomatoes with 9 plants per row. 7 plants die. How many survive?",
    "Zara's recipe needs 3 eggs for every 2 cups of flour. How many eggs for 10 cups of flour?",
    "A bus carries 52 passengers. At the first stop 17 get off and 9 get on. How many are on the bus now?",
    "Aiden saves $15 a week. How many weeks until he can buy a bike that costs $240?",
    "Leila bought 3 notebooks at $4 each and 2 pens at $1.75 each. How much did she spend?",
    "A rectangle's perimeter is 54 cm and its length is 15 cm. What is its width?",
    "Mateo drives 150 km using 12 litres of fuel. How much fuel does he need for 400 km?",
    "Hana has 5 boxes of 24 crayons. She shares them equally among 8 classmates. How many does each get?",
    "Ruby swims 40 lengths of a 25 m pool. How many kilometres does she swim?",
    "A cinema has 18 rows of 22 seats. 279 tickets are sold. How many seats are empty?",
    "Felix is 4 years older than Iris. In 6 years their ages will add to 38. How old is Iris now?",
    "A pizza is cut into 12 slices. Sam eats 1/4 of it and Nora eats 1/3. How many slices remain?",
    "Gabriel buys apples at 3 for $1.20. How much do 15 apples cost?",
    "Chloe's phone battery drops 8% every hour. Starting at 100%, after how many hours is it at 36%?",
    "A school orders 7 boxes of 36 markers and uses 198 of them. How many markers are left?",
]
CLEAN_MMLU = [
    "Who proposed the theory of evolution by natural selection? A) Gregor Mendel B) Charles Darwin C) Louis Pasteur D) Jean-Baptiste Lamarck",
    "What is the capital of Canada? A) Toronto B) Vancouver C) Ottawa D) Montreal",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Francium",
    "The Magna Carta was sealed in which year? A) 1066 B) 1215 C) 1492 D) 1688",
    "Which organelle produces most of a cell's ATP? A) Nucleus B) Ribosome C) Mitochondrion D) Golgi apparatus",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Donatello C) Michelangelo D) Leonardo da Vinci",
    "What is the derivative of x^3? A) x^2 B) 3x^2 C) 3x D) x^4/4",
    "Which river flows through Cairo? A) Tigris B) Niger C) Nile D) Congo",
    "Marie Curie won Nobel Prizes in which two fields? A) Physics and Chemistry B) Chemistry and Medicine C) Physics and Medicine D) Chemistry and Peace",
    "In economics, what does GDP measure? A) Government debt B) Total output of goods and services C) Inflation rate D) Trade balance",
    "Which planet has the shortest orbital period? A) Venus B) Mars C) Mercury D) Earth",
    "Who wrote 'The Republic'? A) Aristotle B) Plato C) Socrates D) Cicero",
    "Which blood type is the universal donor for red cells? A) AB positive B) O negative C) A negative D) B positive",
    "The Treaty of Westphalia ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The War of the Roses D) The Seven Years' War",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Which mountain range separates Europe from Asia? A) Alps B) Andes C) Urals D) Pyrenees",
    "Who is credited with the laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Tycho Brahe D) Nicolaus Copernicus",
    "What is the main function of the kidneys? A) Pump blood B) Filter blood and produce urine C) Digest fats D) Produce insulin",
    "Which sorting algorithm has average time complexity O(n log n)? A) Bubble sort B) Insertion sort C) Merge sort D) Selection sort",
    "Simón Bolívar is associated with the independence of which region? A) South America B) Southeast Asia C) West Africa D) Eastern Europe",
    "What is the pH of pure water at 25 °C? A) 5 B) 6 C) 7 D) 8",
    "Which philosopher wrote 'Critique of Pure Reason'? A) Hegel B) Kant C) Hume D) Descartes",
    "The Great Barrier Reef lies off the coast of which Australian state? A) Victoria B) Queensland C) New South Wales D) Tasmania",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "Who led the Salt March in 1930? A) Jawaharlal Nehru B) Mahatma Gandhi C) Subhas Chandra Bose D) B. R. Ambedkar",
]
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks with no fever. Should I see a doctor?",
    "What are the early signs of dementia, and how is it different from normal forgetfulness?",
    "Is it safe to take ibuprofen with blood pressure tablets?",
    "My ankles swell in the evening. What could cause that in someone over 70?",
    "How much water should an elderly person drink each day?",
    "What's the difference between a cold and flu, and when is flu dangerous?",
    "Can shingles come back after you've had it once?",
    "I feel dizzy when I stand up quickly. What might be causing it?",
    "What exercises are safe for someone with knee osteoarthritis?",
    "How long does it usually take to recover from a hip replacement?",
    "Are there foods I should avoid while taking warfarin?",
    "What does a high cholesterol reading mean and how can I lower it naturally?",
    "My hands shake slightly when I hold a cup. Is this something to worry about?",
    "How often should someone with type 2 diabetes have their eyes checked?",
    "Is it normal to sleep much less as you get older?",
    "What are the warning signs of a stroke?",
    "Can a urinary tract infection cause confusion in older adults?",
    "What vaccines are recommended for people over 65?",
    "I keep getting heartburn at night. What can I change to help?",
    "How do I know if a mole needs checking by a doctor?",
    "What's the best way to prevent falls at home for an older person?",
    "Is it safe to stop taking antidepressants suddenly?",
    "What causes ringing in the ears, and can it be treated?",
    "How can I tell if I'm dehydrated?",
    "Should I be worried about occasional chest tightness when climbing stairs?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "483 726 1590": nhs_ok,  # NHS numbers
    "729 401 6380": nhs_ok,
    "502 938 4715": nhs_ok,
    "831 746 2056": nhs_ok,
    "390 172 6489": nhs_ok,
    "52837146M": dni_ok,  # Spanish DNI
    "39461827Z": dni_ok,
    "253067511204322": nir_ok,  # French NIR
    "148031305611856": nir_ok,
    "47361509289": steuer_id_ok,  # German tax id
    "81620395749": steuer_id_ok,
    "60491837256": steuer_id_ok,
    "238174654": nif_ok,  # Portuguese NIF
    "194720381": nif_ok,
    "BRNGPP38M52F205X": codice_fiscale_ok,  # Italian codice fiscale
    "RSSMLL41C52H501G": codice_fiscale_ok,
    "DMCGNN36T05L219L": codice_fiscale_ok,
    "738516296": bsn_ok,  # Dutch BSN
    "419627388": bsn_ok,
    "384.917.265-19": cpf_ok,  # Brazilian CPF
    "561.203.847-07": cpf_ok,
    "47031205860": pesel_ok,  # Polish PESEL
    "4837 2916 5013": aadhaar_ok,  # Indian Aadhaar
    "6204 8173 9522": aadhaar_ok,
    "462718396": luhn_len(9),  # Canadian SIN
    "538 104 720": luhn_len(9),
    "715 648 234": tfn_ok,  # Australian tax file number
    "382 091 755": tfn_ok,
    "4210918321": medicare_ok,  # Australian Medicare card
    "52837461950": kimlik_ok,  # Turkish kimlik
    "36194028520": kimlik_ok,
    "4907210C": pps_ok,  # Irish PPS number
    "8316452R": pps_ok,
    "S7120458H": nric_ok,  # Singapore NRIC
    "5211184815080": luhn_len(13),  # South African id
    "3402274815088": luhn_len(13),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+33 6 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+(27|31|34|39|47|52|86|90|91|233|234|353) [\d ]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every record names its one person and carries one to four other values; the chat
    requests name people and carry contacts or secrets."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: {len(others)} values besides the name in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    titled = sum(
        bool(re.search(r"\b(mrs?|ms|dr|nurse|rev) \[\[PERSON\|[^ \]]+\]\]", t, re.IGNORECASE))
        for t in CHAT
    )
    if named < 100 or secret < 12 or titled < 20:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {titled} titled surnames")
    plain = " ".join(strip_marks(t)[0] for t in CHAT + RECORDS)
    if not re.search(r"[\u0400-\u04ff]", plain) or not re.search(r"[\u4e00-\u9fff]", plain):
        raise SystemExit("no name in a non-Latin script")


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
        "blind100", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
