# ruff: noqa: E501
"""A hundred-and-fifty-first blind privacy set: 220 texts with personal data and 100 clean
ones on family history and genealogy research (living relatives, old records, DNA matches).

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py`` (whole
files), lines 1 to 8 and the "Labels:" paragraph of ``README.md``, and the docstring and
non-text code of ``build_blind36.py`` (imports, constants, check functions, ``main``),
never the detector, its rules, docs, tests, git history or the other sets' texts. Every
text is written by hand with inline ``[[TYPE|value]]`` marks (no faker, no templates, no
generated combinations):

* 120 chat requests (3 to 100 words) a person would type to a general assistant behind a
  company gateway while researching their family: drafting first messages to DNA matches
  and letters to archives, parishes, registry offices and consulates; summarising pasted
  call notes, committee minutes, voicemails, text threads and e-mails; translating old
  letters and church records; fixing wording; splitting the cost of kits, subscriptions,
  headstones and archive copies; asking whether an heir-hunter or "DNA match" message is
  a scam; planning reunions, cemetery visits and archive trips. The first 30 are typed all
  in lower case (names, e-mails, codes and postcodes too, with shorthand and typos), the
  next 6 in Spanish, German, Italian, Polish, Portuguese and Swedish, the other 84 in
  ordinary English. Names of many origins and shapes (first names alone, surnames after
  titles, full names, nicknames, names that are ordinary words, many named in passing);
  1 to 8 values each; 21 hold a secret (passwords, PINs, door, gate, alarm, locker and
  safe codes, wifi keys) and every entity type appears;
* 100 one-person records (4 to 60 words): prose sentences, profile lines, pipe and CSV
  rows, JSON objects, log lines, GEDCOM lines, register entries and short letters in
  English and 32 other languages, each naming exactly one person with 1 to 4 other
  values; 40 carry a national id with valid check digits (NHS number, Swedish
  personnummer, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and
  NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore
  NRIC, Korean resident registration number, Australian TFN and Medicare, Japanese My
  Number, Irish PPS, French NIR, Belgian national number, Norwegian fødselsnummer,
  Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala,
  Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Indian Aadhaar,
  Canadian SIN, Israeli teudat zehut, Greek AMKA, South African id); one more NHS number
  is in a chat;
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  mostly on the theme.

Labels follow the README: only direct identifiers. Usernames, logins, DNA kit numbers,
reader tickets, member, account and society numbers, passports, driver licences and
national ids are ID_NUMBER; PINs, door, gate, alarm, locker and safe codes, wifi keys and
passwords are PASSWORD; titles, ranks and relation words (Mr, Ms, Rev., Private, Aunty,
Uncle, Grandma, Nana, Lolo, Tía, Abuelo, Papa, Monsieur) stay outside PERSON spans; the
names of private people are PERSON whether living or long dead (an ancestor in a parish
register is a private person), and a surname standing for a family ("the Duval branch")
is PERSON too; an address span runs from the first street line through the postcode and
city as typed (a care home's or house's name before a numbered street stays outside, a
house name that is the first line is inside); public and historical figures, fictional
characters, pets, companies, churches, archives, order, invoice, booking, locker and
reference numbers, amounts, years and dates of birth are not labelled; every occurrence
of a private value is marked, name parts said again alone included.

All values are invented: phones from ranges kept for fiction where the country has one
(UK 07700 900, 020 7946 0, 0113/0131 496 0, 029 2018 0; North America 555-01xx;
Australia 0491 570; France 06 39 98; Germany 030 23125) and in each country's own layout
elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with check digits computed and checked by the
validators in ``ids.py``.

Run ``.venv/bin/python bench/data/build_blind151.py`` from the repository root; the output
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Fr|Pte|Private|Sgt|Aunty|Auntie|Aunt|Uncle|Grandma|"
    r"Grandpa|Grandad|Granny|Nana|Lolo|Lola|Tía|Tia|Tío|Tio|Abuelo|Abuela|Papa|Mama|"
    r"Monsieur|Madame|Herr|Frau|Pani|Pan|Signora|Sig|Sra|Sr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u help me write a short msg to a dna match called [[PERSON|tomasz wierzbicki]]? we share 212 cm, i think he's from my grandad's side. my email is [[EMAIL_ADDRESS|kbrennan.roots@fastmail.com]] if he wants to compare trees",
    "summarise this voicemail pls: 'hi love it's [[PERSON|maureen]], ring me back on [[PHONE_NUMBER|07700 900418]] about the photos of your great gran, i found the box in the loft under the xmas stuff'",
    "my cousin [[PERSON|deepa]] and i paid for the archive search, £84 total plus £12 postage. she paid the lot. how much do i owe her and can u draft a text saying i'll send it tonight? her number's [[PHONE_NUMBER|07700 900263]]",
    "i'm sharing my ancestry login with my uncle [[PERSON|lenny]] so he can see the tree. user [[ID_NUMBER|mcgarrity_fam58]] pw [[PASSWORD|blackrock!ferry2]]. write him a whatsapp explaining how to log in without changing anything",
    "got an email from a [[PERSON|gareth mills]] at [[EMAIL_ADDRESS|g.mills.probate@outlook-mail.net]] saying i'm heir to the estate of a [[PERSON|josiah pemberton-hale]] who died in 1911 and i need to pay a £350 'search fee' first. scam??",
    "translate to polish for my grandma's cousin: 'dear [[PERSON|halina]], we found your father's name in the 1938 parish book. could you send us a photo of the grave when you next visit?'",
    "planning to visit great uncle [[PERSON|bertie]] at the care home on sat. the keypad code for the side door is [[PASSWORD|4471#]]. remind me what to bring - photos, the 1921 census printout, his medal box?",
    "fix my wording: 'hi [[PERSON|sione]], ancestrydna says we're 2nd cousins. my mum is [[PERSON|lupe taufa]] and her dad came to auckland in 1962, does that ring a bell for your family?'",
    "can you draft a letter to the registry office asking for my great grandad [[PERSON|alfred nutter]]'s death cert? my address is [[STREET_ADDRESS|14 crossley terrace, hebden bridge hx7 8ln]], he died around 1952 in halifax",
    "cousins staying for the reunion weekend, write a cute welcome note. wifi is [[PASSWORD|oakapple-lane-1987]], towels in the airing cupboard, [[PERSON|nadia]] and [[PERSON|reuben]] get the attic room",
    "from my dna match inbox, legit or not? 'hello cousin, i am [[PERSON|ebuka nwosu]], we share dna. i am stranded in lagos and need $600 for a ticket to meet the family, pls send gift cards' he also gave [[PHONE_NUMBER|+234 803 555 2941]]",
    "summarise my notes from the call w/ great aunt [[PERSON|winnie]]: her mum [[PERSON|ada]] worked at the mill, married [[PERSON|frank lister]] 1931, 3 kids, one died as a baby. [[PERSON|winnie]] still lives at [[STREET_ADDRESS|2 ivy row, ossett wf5 9dj]], says ring before 11 on [[PHONE_NUMBER|0113 496 0183]]",
    "dad texted me his debit pin [[PASSWORD|7716]] so i can pay the £45 for the parish register scans on his card [[CREDIT_CARD|4676 9427 8188 6336]]. is that a bad idea? what should i tell him",
    "help me reply to [[PERSON|gwen]] from the family history society, she wants my membership no which is [[ID_NUMBER|fhs-20417]] and whether i'm coming to the wigan meeting on the 9th",
    "split this: me, [[PERSON|ola]], [[PERSON|kwame]] and [[PERSON|effie]] paid for grandma's headstone cleaning. [[PERSON|ola]] £220, [[PERSON|kwame]] £0, [[PERSON|effie]] £95, me £185. who owes who if we go equal",
    "my little python script pulls records from the familytree api but gets 403. key is [[API_KEY|ftk_live_9xq2mv7r4lp8wz3nbt6c]] and my user is [[ID_NUMBER|rhian.pugh.gen]]. what am i doing wrong, do keys expire?",
    "the genealogy forum blocked me, says my ip [[IP_ADDRESS|203.0.113.87]] got flagged for spam. write a polite appeal to the mod [[PERSON|kerrigan]], my forum name is [[ID_NUMBER|oldparishhound]]",
    "translate into spanish for my tía [[PERSON|consuelo]]: 'the dna results came back, we are definitely related to the [[PERSON|arbeláez]] family from medellín, i'll send the chart sunday'",
    "filling in the foia request for my late grandpa's ss-5 application. his ssn was [[US_SSN|417-38-2290]], name [[PERSON|walter j. hinkley]]. which box do i tick for proof of death?",
    "what do i say to [[PERSON|marisol]] who matched me on 23andme at 1,700 cm?? i think she's my half sister. want to give her my number [[PHONE_NUMBER|(415) 555-0147]] but not scare her off",
    "my german cousin [[PERSON|jürgen]] wants €60 for the kirchenbuch copies sent to [[IBAN_CODE|de16 4158 9953 6881 7474 51]]. write a short reply in english saying done and thanks a million",
    "group text for the reunion at the old farm: park by the barn, gate code [[PASSWORD|3391*]], bring a dish. [[PERSON|jonno]] is doing the bbq, [[PERSON|priya]] has the photo albums. keep it short",
    "fix this email to the county archive: 'hi, i'm [[PERSON|cathal o'rourke]], reader ticket [[ID_NUMBER|cra-558213]], id like to order the 1901 workhouse admission book for thursday if poss'",
    "text from [[PHONE_NUMBER|07700 900731]] said 'your dna profile matched an unclaimed estate, reply with dob and passport no.' and i replied with my passport [[ID_NUMBER|538217664]] before thinking. what do i do now",
    "make a list for the cemetery trip w/ cousin [[PERSON|birdie]]: find plot of [[PERSON|ezra]] and [[PERSON|hannah goldfarb]], flowers, the section map, stones for the grave. [[PERSON|birdie]]'s cell is [[PHONE_NUMBER|(312) 555-0118]] in case we split up",
    "my nan's house is empty while she's in respite. letting the genealogist [[PERSON|imogen]] in to scan the family bible. alarm code [[PASSWORD|6624]], key under the green pot. write a note for her pls",
    "summarise call log: 3 mar rang [[PERSON|desmond]] re his dna kit [[ID_NUMBER|a417-882]], not activated yet. 5 mar [[PERSON|desmond]] says he'll do it this wk. 9 mar nothing. what should i send him",
    "write a msg to my 2nd cousin [[PERSON|teuila]] asking if her granddad [[PERSON|fetu]] had a brother who went to wellington. her email is [[EMAIL_ADDRESS|teuila.f@xtra-mail.co.nz]]",
    "how do i word this without sounding weird: 'hey [[PERSON|bobby]], your dad [[PERSON|ron]] might be my biological father. would you be open to a dna test? i'll pay for it'",
    "can u check my maths, the ancestry sub is £119.99 a yr and i split it three ways with [[PERSON|zainab]] and [[PERSON|rosie]]. it goes on my card [[CREDIT_CARD|5128 6065 7677 7411]]. write a msg asking for their thirds",
    # --- six other languages ---
    "¿Puedes resumir esta nota de voz? «Hola, soy [[PERSON|Remedios Quintana]], prima de tu madre. Tengo las partidas de bautismo del abuelo [[PERSON|Anselmo]]. Llámame al [[PHONE_NUMBER|+34 612 48 93 07]] cuando puedas.»",
    "Kannst du mir helfen, eine E-Mail an das Kirchenbuchamt zu schreiben? Ich suche die Taufe meines Urgroßvaters [[PERSON|Friedrich Wilhelm Bruns]], geboren 1874. Meine Adresse: [[STREET_ADDRESS|Lindenstraße 27, 26122 Oldenburg]], E-Mail [[EMAIL_ADDRESS|h.bruns-ahnen@posteo-mail.de]].",
    "Traduci in inglese, per favore: «Caro [[PERSON|Vincenzo]], il test del DNA conferma che siamo cugini di secondo grado. Mia nonna [[PERSON|Assunta Ferraro]] era sorella di tuo nonno. Il codice del portone è [[PASSWORD|4812B]], vieni quando vuoi.»",
    "Pomóż mi napisać wiadomość do pani [[PERSON|Grażyny Kowalczyk]] z grupy genealogicznej. Chcę zapytać o akt zgonu mojego pradziadka [[PERSON|Jana Mazura]] z 1943 roku. Mój numer: [[PHONE_NUMBER|+48 512 407 936]].",
    "Isso é golpe? Recebi um e-mail de [[PERSON|Rogério Matos]] ([[EMAIL_ADDRESS|rogerio.matos.heranca@correio-br.com]]) dizendo que herdei terras do meu bisavô em Minas e que preciso pagar R$ 900 de taxa para liberar.",
    "Kan du hjälpa mig att dela kostnaden? Jag, [[PERSON|Linnea]] och [[PERSON|Oskar]] betalade 1 200 kr för släktforskningen hos arkivet. [[PERSON|Linnea]] betalade allt. Skriv ett sms till henne, hennes nummer är [[PHONE_NUMBER|070-418 52 96]].",
    # --- ordinary English ---
    "Draft a friendly first message to my DNA match [[PERSON|Kateryna Hnatiuk]]. We share 96 cM on chromosome 7 and I think the link is through my great-grandmother's village near Ternopil. Sign it from me, [[PERSON|Lorcan]].",
    "Summarise this for me: 'Dear Ms [[PERSON|Ferreira-Lowe]], your request for the 1899 asylum admission register has been approved. Copies will be posted to [[STREET_ADDRESS|Flat 3, 88 Wellesley Road, Croydon CR0 2AG]] within 20 working days. Please quote reader number [[ID_NUMBER|LMA-204471]] in all correspondence.'",
    "My brother keeps asking for the login to Mum's old Genes Reunited account so he can download the tree. It's [[EMAIL_ADDRESS|pat.whelan1949@btinternet.com]] / [[PASSWORD|Shamrock&Toffee49]]. Write him a text with it but tell him not to change anything.",
    "Here are my notes from the call with Aunty [[PERSON|Bev]], turn them into tidy bullet points: [[PERSON|Bev]]'s dad = [[PERSON|Cyril Amos]], b. Barbados ~1928, came over 1956, worked the buses in Brixton. Married [[PERSON|Lorna Grant]] 1959. [[PERSON|Bev]] has his seaman's discharge book. Her number [[PHONE_NUMBER|020 7946 0372]].",
    "Is this a scam? Someone called [[PERSON|Marcus Delacroix-Hunt]] messaged me on MyHeritage saying he's a professional heir hunter and I'm owed a share of £48,000 from a great-uncle. He wants a copy of my passport and my bank details before he'll say who the relative is.",
    "Please translate this line from a 1923 letter my great-grandmother [[PERSON|Gwenllian Rees]] wrote to her sister: 'Annwyl [[PERSON|Megan]], mae Tada yn well heddiw ac mae'r ŵyn wedi dod.'",
    "I want to order DNA kits for the three of us as a Christmas present. The checkout wants card [[CREDIT_CARD|4667 6606 0839 9587]], exp 09/27, name on card [[PERSON|Odette Marchetti]]. Actually, first tell me: is it safe to paste card details into a chat like this?",
    "Write a reply to my half-brother [[PERSON|Tunde]]. He asked what I know about our father. Keep it warm but short: Dad was [[PERSON|Oluwaseun Bakare]], born in Ibadan, studied in Leeds in the 70s, and that's about it. I'd love to meet; my mobile is [[PHONE_NUMBER|07700 900552]].",
    "The family photo archive on my home NAS at [[IP_ADDRESS|192.0.2.44]] is refusing logins from my cousin [[PERSON|Priyanka]]. Her user is [[ID_NUMBER|priyanka_fam]] and I reset her password to [[PASSWORD|Darjeeling#1962]]. What should I check on the router?",
    "Help me plan two days in Cork for research on my dad's side. I need the city archives, the graveyard in Ballincollig where [[PERSON|Nora Sheehan]] is buried, and a visit to my cousin [[PERSON|Declan]], who lives at [[STREET_ADDRESS|17 Mardyke Walk, Cork T12 X4R2]].",
    "Fix the grammar in this: 'Dear Mr [[PERSON|Abernathy]], i am writting about your post on the Lanarkshire forum about [[PERSON|Jessie Abernathy]] born 1887, I beleive she is my great great grandmother, could we compare notes, my email is [[EMAIL_ADDRESS|fionamcleish.gen@protonmail.com]]'",
    "We're hosting the [[PERSON|Nakamura]] family reunion at our place. Write a welcome sign: Wi-Fi network 'Garden-Guest', password [[PASSWORD|HinodeMaple2024]], bathrooms upstairs, and please sign the guestbook for Grandma [[PERSON|Setsuko]].",
    "Can you turn this into a short obituary-style paragraph for the family newsletter? [[PERSON|Ruby Thistlethwaite]], 1931-2024, born in Kendal, worked as a nurse, married [[PERSON|Stan]], four children, eleven grandchildren. Loved crosswords and her allotment.",
    "My mother [[PERSON|Loretta Gaines]] passed last month and I'm doing her paperwork while also chasing her parents' records. The funeral home asked for her SSN, it's [[US_SSN|523-71-4408]]. Someone on the phone says Ancestry needs it too to update the death index. Is that a scam?",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Marvin]] from the Mount Zion church office. We found the baptism entry for a [[PERSON|Clementine Boudreaux]], 1904. A certified copy is $25. Call me back at [[PHONE_NUMBER|(504) 555-0163]] and ask for [[PERSON|Marvin]].'",
    "How much does each of us owe? The [[PERSON|Rabinowitz]] cousins split the research trip to Jerusalem: hotel $640, guide $300, car $210. [[PERSON|Ilana]] paid the hotel and car, [[PERSON|Benny]] paid the guide, [[PERSON|Shira]] and I haven't paid anything yet.",
    "Please write a short formal letter to the parish office in Ghent asking for a baptismal extract for [[PERSON|Pieter Vandenberghe]], baptised around 1862. Say I'll pay the fee by transfer from [[IBAN_CODE|BE83 5416 6865 3688]] and sign it [[PERSON|Annelies De Smet]].",
    "Rewrite this to sound less accusatory: '[[PERSON|Carol]], you took Grandad's medals and the family Bible after the funeral and nobody agreed to that. Give them back or I'm telling Uncle [[PERSON|Jim]].'",
    "Reminder list for tomorrow please: pick up Grandpa [[PERSON|Eamon]]'s birth cert from the registry, drop the photo album at [[PERSON|Siobhan]]'s, and the station locker for the boxes is 214, code [[PASSWORD|8826]]. Also email the DNA results to [[EMAIL_ADDRESS|siobhan.kearney@eircom-mail.net]].",
    "I found my biological grandfather through a DNA match! His name is [[PERSON|Horace Lindqvist]], he's 91 and lives in a care home in Duluth. Help me write a first letter to him, to be sent care of Lakeview Manor, [[STREET_ADDRESS|2210 E Superior St, Duluth, MN 55812]].",
    "Translate into French for my cousin in Lyon: 'Hi [[PERSON|Amélie]], the test confirms we're third cousins through the [[PERSON|Duval]] branch. I'm sending the scans of [[PERSON|Marcel Duval]]'s army record tomorrow.'",
    "Our family-tree site uses a map token for the migration map and it stopped working. Config line: MAP_TOKEN=[[API_KEY|mpk.eyJ1IjoibGl6emllIn0.Xr83kLqP0vTz]] - is it expired or did I paste it wrong? The site belongs to my uncle [[PERSON|Kofi Asante-Bekoe]].",
    "Who should I contact first? My matches are [[PERSON|Diane Whitcombe]] (410 cM), '[[ID_NUMBER|JRB1958]]' (188 cM, no tree) and [[PERSON|Hamish Forsyth]] (77 cM, tree back to 1790). I'm trying to find my mum's biological father.",
    "Can you summarise these committee minutes? 'Present: [[PERSON|Margaret Oduya]] (chair), [[PERSON|Tom Villiers]], [[PERSON|Sunita Rao]]. Apologies: [[PERSON|Gordon Kerr]]. [[PERSON|Tom]] to chase the council about the cemetery transcription. Next meeting 14 May at the library.'",
    "What's a nice way to tell my DNA match [[PERSON|Cheryl]] that I don't want my full tree public? She keeps asking me to unlock it on Ancestry.",
    "Mum is in hospital and I've asked her neighbour [[PERSON|Gethin]] to let the man from the records office in to collect Grandpa's war diaries. Write a text to [[PERSON|Gethin]] with the alarm code [[PASSWORD|3409]] and tell him the diaries are in the blue trunk.",
    "The Italian consulate wants passport numbers on the citizenship-by-descent form for me and my daughter [[PERSON|Giulia]]. Mine is [[ID_NUMBER|563207194]]. An email from a 'consulate services' address also asks for a €300 fee up front. Does that sound right?",
    "Draft a message to the admin of the clan society's Facebook group, [[PERSON|Alasdair]], asking if he can add my cousin [[PERSON|Morag]] ([[EMAIL_ADDRESS|morag.macrae77@clanmail.co.uk]]) to the group.",
    "My grandmother's naturalisation papers list her as [[PERSON|Zofia Wiśniewska]], but on the ship manifest she's [[PERSON|Sophie Wisniewski]]. Can you explain how name changes like that happened and how I should record both in my tree?",
    "Help me split the cost of a headstone fairly. Great-grandpa [[PERSON|Abel]]'s grave has been unmarked since 1940. The quote is $1,850. Five of us: me, [[PERSON|Tyrone]], [[PERSON|Keisha]], [[PERSON|Marcus]] and [[PERSON|Denise]], but [[PERSON|Denise]] says she can only give $100.",
    "Put this into a neat paragraph I can paste into the order form for the Scottish records package: name [[PERSON|Callum Baird]], [[STREET_ADDRESS|41 Marchmont Crescent, Edinburgh EH9 1HE]], card [[CREDIT_CARD|5406 8763 2791 8274]], phone [[PHONE_NUMBER|0131 496 0822]].",
    "Can you make this email to my newly found half-sister less stiff? 'Dear Ms [[PERSON|Okwuosa]], I believe we have the same father, [[PERSON|Emeka Okwuosa]]. My test results are attached. Yours sincerely, [[PERSON|Rachel Tan]].'",
    "Is it normal for a DNA company to ask for my driver's licence? GenoLink says it needs it to 'verify identity' before releasing my raw data. My licence is [[ID_NUMBER|D412-7785-3390]] (Illinois). Should I send it?",
    "Write a short toast for Nana [[PERSON|Precious]]'s 90th. She raised seven kids in Soweto, kept every letter from Grandpa [[PERSON|Themba]] and taught all of us our family praise names.",
    "Here's a call log I scribbled, turn it into a table: Mon - [[PERSON|Phyllis Varga]], 2nd cousin, no answer, [[PHONE_NUMBER|07700 900127]]. Tue - [[PERSON|Laszlo]] (her son) called back, said [[PERSON|Phyllis]] has the Hungarian passports. Wed - left a message for [[PERSON|Ildikó Szabo]] at [[PHONE_NUMBER|07700 900946]].",
    "My aunt [[PERSON|Bernadette]] forgot her PIN for the genealogy library's self-service scanner and read it out to me on the phone: [[PASSWORD|55019]]. Can you write her a note explaining how to reset it instead of sharing it with people?",
    "I'm trying to find living relatives of Private [[PERSON|Ernest Cobb]], killed in 1917. The regimental museum gave me a possible great-nephew: [[PERSON|Graham Cobb]], [[STREET_ADDRESS|62 Foxhall Road, Ipswich IP3 8JU]]. How do I write to him without sounding like a scammer?",
    "Summarise this text thread: [[PERSON|Mia]]: did u send the spit tube? / Me: yes tuesday / [[PERSON|Mia]]: results in 6 weeks then / [[PERSON|Mia]]: btw Grandad [[PERSON|Lionel]] says don't tell Auntie [[PERSON|Val]]",
    "Is this cost-sharing fair? Cousins [[PERSON|Hiroshi]], [[PERSON|Emi]] and I are paying to have the koseki translated, ¥45,000 in total. [[PERSON|Hiroshi]] earns much more, so he suggests he pays half and [[PERSON|Emi]] and I pay a quarter each.",
    "My cousin [[PERSON|Noor]] in Amsterdam says to pay her back the €75 for the archive copies to [[IBAN_CODE|NL78 RABO 2470 4923 30]]. Write a short WhatsApp saying I've sent it and thanking her for all the digging.",
    "What should go in a letter to the adoption agency asking for my father's original birth certificate? His adoptive name is [[PERSON|Gerald Pike]], born 1954 in Spokane. I'm his daughter, [[PERSON|Tanya Pike-Morrow]], [[STREET_ADDRESS|318 Alder Lane, Tacoma, WA 98406]].",
    "Please write two sentences for the back of this photo: it shows my great-great-grandparents [[PERSON|Ignatius]] and [[PERSON|Bridget Mulcahy]] outside their shop in Tralee, around 1910.",
    "My cousin gave me access to her 23andMe to check a match. Email [[EMAIL_ADDRESS|elsbeth.quigg@gmx-mail.co.uk]], password [[PASSWORD|Cairngorm-77-Heather]]. Write the message I should send the match from her account, introducing myself as her cousin [[PERSON|Fenella]].",
    "Help me write a polite message to my DNA match [[PERSON|Bruce]], who keeps ringing me at 2am from [[PHONE_NUMBER|(780) 555-0129]]. I'd like him to email instead.",
    "Is this a scam? Text from [[PHONE_NUMBER|+44 7700 900385]]: 'Ancestry: your DNA results are on hold. Verify your account within 24h at ancestry-verify-login.com'. I typed my username [[ID_NUMBER|hollyhock_genealogy]] before I noticed the weird link.",
    "Make a checklist for interviewing my great-uncle [[PERSON|Fitzroy]] about his childhood in Jamaica. I want to ask about his mother [[PERSON|Iris]], the move to Birmingham in 1961 and his friend [[PERSON|Clive]] who came over on the same boat.",
    "Translate this German church record entry for me: 'Getauft den 3. März 1851: [[PERSON|Johann Georg Kessler]], Sohn des Schuhmachers [[PERSON|Andreas Kessler]] und der [[PERSON|Margaretha]] geb. [[PERSON|Vogt]].'",
    "Can you give me a rough budget for a family reunion of 45 people? My cousin [[PERSON|Dolores]] is hosting at her ranch and wants everyone to chip in. I'll forward it to her at [[EMAIL_ADDRESS|dolores.ybarra@ranchmail.net]].",
    "I'm handing over the family tree admin to my niece [[PERSON|Harriet]] while I'm in hospital. Write instructions: log in on the society website with member number [[ID_NUMBER|FHS-77310]] and password [[PASSWORD|Larkspur!1888]], then go to 'Members' Trees'.",
    "There's a Facebook group where volunteers look up Polish records for free. Write a post asking for help finding the marriage of [[PERSON|Stanisław Nowicki]] and [[PERSON|Józefa Lis]], around 1898, near Tarnów.",
    "Summarise: 'Met Rev. [[PERSON|Alban Pryce]] at St Tudno's. Registers 1790-1890 now at the county archive. He remembers a [[PERSON|Myfanwy Hughes]] who cleaned the church till 1975; her daughter [[PERSON|Eirlys]] might have photos, lives at [[STREET_ADDRESS|Tŷ Gwyn, Llanrhos Road, Llandudno LL30 1RS]].'",
    "The Norwegian archive only takes cards. Write the payment note for my cousin [[PERSON|Sigrid]] to forward: card holder [[PERSON|Ingrid Solberg]], card [[CREDIT_CARD|2332 2695 2550 2072]], NOK 450 for the emigration protocol copy.",
    "Does this sound ok as a blog post intro? 'My grandfather, [[PERSON|Vasil Petrenko]], never talked about the war. It took a DNA match in Kharkiv, [[PERSON|Oksana]], to open that door.'",
    "I run a small one-name study on a rare Scottish surname. A [[PERSON|Jean Pennycuick]] emailed me from [[EMAIL_ADDRESS|jpennycuick@telus-mail.net]] asking to be removed from the public tree. Draft a reply confirming I've done it.",
    "Note for the house-sitter, she's called [[PERSON|Paloma]]: door code [[PASSWORD|1170#]], Wi-Fi key [[PASSWORD|FerrerasCasa_55]], and please don't move the boxes of Grandma's letters on the dining table, I'm halfway through scanning them.",
    "A match called [[PERSON|Ravindra]] messaged me on FamilyTreeDNA, kit [[ID_NUMBER|B91734]]. He says we're related through the [[PERSON|Pillai]] side. How do I check which side before I reply?",
    "Rewrite this voicemail transcript as a clear message for my dad: 'yeah hi, [[PERSON|Trevor]] here, cousin of your [[PERSON|Brenda]], I've got the old photos you asked about, ring [[PHONE_NUMBER|0491 570 216]] after six'.",
    "My aunt insists we descend from Bonnie Prince Charlie. The only evidence is a brooch and a story from her grandmother, [[PERSON|Euphemia Stuart]]. How would I test the claim with records and DNA?",
    "Lay these people out as a simple text family chart: [[PERSON|Walter Eccles]] m. [[PERSON|Dora Haigh]] 1922; children [[PERSON|Norman]] (1923), [[PERSON|Joan]] (1925), [[PERSON|Alice]] (1929); [[PERSON|Joan]] m. [[PERSON|Percy Dunne]].",
    "I'm filling out the lineage society application for my daughter [[PERSON|Madison]]. It asks for her SSN, [[US_SSN|311-52-8704]], and my national member number [[ID_NUMBER|948271]]. Is it normal for a heritage society to want an SSN?",
    "Write a short note to leave on a volunteer's windshield thanking her. Her name's [[PERSON|Bettina]], from the cemetery friends group, and she cleaned my great-great-grandpa [[PERSON|Jedediah Stone]]'s marker.",
    "Can you translate this Portuguese record summary? '[[PERSON|Maria da Conceição Alves]], filha de [[PERSON|José Alves]] e de [[PERSON|Rosa Mendes]], casou em 1907 com [[PERSON|António Pires]].'",
    "Our DNA project's admin panel shows a login to my account from [[IP_ADDRESS|198.51.100.203]] at 3am, and I was asleep. My username is [[ID_NUMBER|lachlan_mcivor_dna]]. What should I do first?",
    "Plan me a week in Sicily to find my great-grandmother [[PERSON|Carmela Lo Bue]]'s village, visit the comune for records and maybe meet my DNA match [[PERSON|Salvatore]], who offered to show us around.",
    "My sister and I share a password vault but the entry for the archive portal got lost. I think it was [[PASSWORD|Wexford!Sheehy19]]. Suggest a stronger one and write a message to [[PERSON|Aoife]] telling her I'm changing it.",
    "Write a short bio of my great-grandfather for the reunion booklet: [[PERSON|Thaddeus 'Ted' Wojcik]], born 1899 in Hamtramck, autoworker, union man, died 1971.",
    "Summarise this e-mail chain in three bullets: [[PERSON|Lindiwe]] asked [[PERSON|Sipho]] for a copy of Gogo's ID book; [[PERSON|Sipho]] says it's at [[PERSON|Thandeka]]'s house; [[PERSON|Thandeka]] will scan it on Sunday and send it to [[EMAIL_ADDRESS|lindiwe.dube@webmail-za.co.za]].",
    "What should each of us pay? We bought a records bundle for $389 and want to split it by use: [[PERSON|Rhonda]] 50%, [[PERSON|Curtis]] 30%, me 20%.",
    "Note for my cousin [[PERSON|Yusuf]]: the box of Grandad's papers is in locker 38 at the library, combination [[PASSWORD|9-27-14]]. Don't let anyone else open it, there are old passports in there.",
    "I'm writing to a DNA match in Manila. Can you make this warmer? 'Dear [[PERSON|Corazon]], our shared ancestor might be Lolo [[PERSON|Benigno Dizon]]. My lola was his niece. Please reply to me at [[PHONE_NUMBER|+63 917 555 2208]] on Viber.'",
    "Fix the tone of this message to my estranged uncle: '[[PERSON|Des]], I'm not after money. I just want to know who Mum's real dad was. Call me on [[PHONE_NUMBER|07700 900604]] or don't.'",
    "Please write a thank-you email to the volunteer at the Jewish genealogical society who found my great-grandparents' ketubah. She's [[PERSON|Miriam Feld]] and said I can write to her at [[EMAIL_ADDRESS|mfeld.jgs@optonline-mail.net]].",
    "Is it a red flag that a 'cousin' I matched with wants to move our chats to Telegram and keeps asking for my mother's maiden name? His profile says [[PERSON|Dmitri Sokolov]], 38 cM.",
    "Tidy these notes: Family history zoom 2/9. Attendees: [[PERSON|Gloria]], [[PERSON|Hector]], [[PERSON|Benji]]. [[PERSON|Gloria]] has Abuelo [[PERSON|Rafael]]'s discharge papers. [[PERSON|Hector]] to ask Tía [[PERSON|Marta]] about the Ponce baptism. [[PERSON|Benji]] setting up the shared drive (login [[EMAIL_ADDRESS|benji.fam@outlook-mail.com]]).",
    "Write simple instructions for Grandpa [[PERSON|Leroy]] to get into his old AOL email so we can find the genealogy files he saved. Address [[EMAIL_ADDRESS|leroy.batiste@aol-mail.com]], he thinks the password is [[PASSWORD|Creole1948Gumbo]]. Keep it simple, he's 88.",
    "Could you draft a message to whoever owns my ancestors' old farmhouse now? The address is [[STREET_ADDRESS|4 Coed Bach, Llanfihangel, Powys SY21 0PX]]. I'd love to see the house where my great-great-grandmother [[PERSON|Catrin Morgan]] was born.",
    "Give me a short summary of this match list to email my aunt [[PERSON|Philippa]]: [[PERSON|Jonah Whitfield]] 1,204 cM, [[PERSON|Clare Ng]] 332 cM, '[[ID_NUMBER|tk_hollis]]' 61 cM. Her address is [[EMAIL_ADDRESS|philippa.garvey@virginmedia-mail.com]].",
    "Cousin [[PERSON|Ruairí]] says the new password for our shared drive of scans is [[PASSWORD|Bantry$Bay2019]], but it doesn't work. Write him a polite email asking if he typed it right before he went travelling.",
    "How do I cite a letter in my tree? It's from [[PERSON|Hendrik Jansen]] to his brother [[PERSON|Klaas]], dated 1889, and it's held privately by my cousin [[PERSON|Femke]] in Leiden.",
    "Help me word a request to the hospital trust for my great-grandmother's asylum records. She was [[PERSON|Honora Flynn]], admitted 1912. I'm her great-granddaughter, [[PERSON|Kerry-Ann Devlin]], NHS number [[ID_NUMBER|473 338 0607]] if they need to verify me.",
    "Can you help me decode a note from my late dad's desk? 'Safe: [[PASSWORD|41-17-05]]. Ask [[PERSON|Winston]] about Uncle [[PERSON|Cedric]]'s medals.' I assume the numbers are the safe combination.",
    "Make this text to my new-found cousin sound less formal: 'Hello [[PERSON|Anneliese]], I am the grandson of [[PERSON|Karl Brenner]], who left Bremen in 1952. My phone in Berlin is [[PHONE_NUMBER|030 23125 847]].'",
    "My daughter's school project is our family tree. Suggest questions she could ask her great-granny [[PERSON|June]], who's 97 and lives with us.",
    "Summarise this long message from my cousin in three bullets: 'So I spoke to Auntie [[PERSON|Grace]], she's sure Papa [[PERSON|Dominic]] had a first wife in Trinidad before Mama, a woman called [[PERSON|Esther Ramdial]]. [[PERSON|Grace]] thinks there was a son, maybe [[PERSON|Vernon]], who'd be in his 80s now. I've emailed the archives in Port of Spain from [[EMAIL_ADDRESS|ramdial.search@tstt-mail.net]].'",
]

# 100 one-person records; the first 40 carry a national id.
RECORDS = [
    "[[PERSON|Eleanor Quayle]] (NHS no. [[ID_NUMBER|248 837 8615]]) asked the trust for her late mother's 1968 maternity notes; replies to [[EMAIL_ADDRESS|e.quayle@manx-post.im]].",
    "Namn: [[PERSON|Britt-Marie Lindgren]] | Personnummer: [[ID_NUMBER|930428-1224]] | Tel: [[PHONE_NUMBER|070-662 19 48]] | Ärende: kopia av farfars flyttningsbetyg från 1912",
    '{"namn": "[[PERSON|Gunnar Åkesson]]", "personnummer": "[[ID_NUMBER|711201-3045]]", "epost": "[[EMAIL_ADDRESS|g.akesson@telia-post.se]]", "forskar_om": "emigranter till Minnesota"}',
    "[[PERSON|Sanne de Vries-Bakker]] vroeg op 12 maart inzage in het bevolkingsregister van haar overgrootvader; BSN [[ID_NUMBER|058098690]], adres [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JG Amsterdam]].",
    "naam,bsn,mobiel,notitie\n[[PERSON|Joris van Leeuwen]],[[ID_NUMBER|587885415]],[[PHONE_NUMBER|06-41873925]],stamboomonderzoek Zeeuwse tak",
    "Zgłoszenie nr 4471/2024: [[PERSON|Krystyna Zielińska]], PESEL [[ID_NUMBER|89051502341]], wnioskuje o odpis aktu urodzenia dziadka z 1921 r. Kontakt: [[EMAIL_ADDRESS|k.zielinska@onet-poczta.pl]].",
    "Szanowni Państwo, ja, [[PERSON|Zdzisław Górecki]] (PESEL [[ID_NUMBER|49050889409]]), proszę o skan księgi metrykalnej parafii z lat 1880-1890. Adres: [[STREET_ADDRESS|ul. Kościuszki 14/3, 38-350 Bobowa]].",
    "Cadastro: [[PERSON|Luciana Barbosa Nogueira]] — CPF [[ID_NUMBER|093.970.599-04]] — celular [[PHONE_NUMBER|(11) 98432-1765]] — pedido: certidão de inteiro teor do bisavô italiano",
    '{"titular": "[[PERSON|Edvaldo Cunha]]", "cpf": "[[ID_NUMBER|869.732.196-40]]", "email": "[[EMAIL_ADDRESS|edvaldo.cunha@uol-mail.com.br]]", "pedido": "busca de batismo, 1890"}',
    "Başvuru sahibi [[PERSON|Ayşe Karaca]], T.C. Kimlik No [[ID_NUMBER|76462080362]], dedesinin 1935 tarihli nüfus kaydı için başvurdu. Telefon: [[PHONE_NUMBER|+90 532 418 27 63]].",
    "Solicitud de partida de bautismo — [[PERSON|Inmaculada Ortega Ruiz]], DNI [[ID_NUMBER|33501030N]], [[STREET_ADDRESS|Calle Almendro 9, 3º B, 41003 Sevilla]].",
    '2024-05-11T09:14:22Z archive-request user=[[ID_NUMBER|cbadea_arch]] name="[[PERSON|Cristian Badea]]" nie=[[ID_NUMBER|Z9959333Q]] status=queued',
    "Sukututkimuspyyntö: [[PERSON|Aino Kettunen]], henkilötunnus [[ID_NUMBER|110349-829W]], pyytää isoisänsä muuttokirjaa. Sähköposti [[EMAIL_ADDRESS|aino.kettunen@suomi-posti.fi]].",
    "Richiesta di estratto di nascita del bisnonno presentata da [[PERSON|Nazario Lopizzo]], codice fiscale [[ID_NUMBER|LPZNZR56A09H501A]], recapito [[PHONE_NUMBER|+39 333 618 4027]].",
    "姓名： [[PERSON|王秀英]] 身份证号： [[ID_NUMBER|310112196912091007]] 联系电话： [[PHONE_NUMBER|+86 139 1742 6508]] 事由： 查询祖父1948年户籍档案",
    "Mr [[PERSON|Zhou Jianguo]], resident ID [[ID_NUMBER|310162195708236319]], wrote asking for a copy of his grandfather's 1930s household register.",
    "Applicant: [[PERSON|Nur Aisyah binte Rahmat]] | NRIC [[ID_NUMBER|S0402072C]] | Mobile [[PHONE_NUMBER|+65 9127 4480]] | Request: grandfather's 1957 citizenship file",
    "신청인: [[PERSON|박정호]] / 주민등록번호: [[ID_NUMBER|540411-1607533]] / 주소: [[STREET_ADDRESS|서울특별시 마포구 월드컵로 212, 301호]] / 요청: 제적등본 발급",
    "[[PERSON|Bronwyn Tully]], TFN [[ID_NUMBER|076 857 145]], asked the estate's accountant for her late grandfather's 1974 returns; mobile [[PHONE_NUMBER|0491 570 388]].",
    "Patient: [[PERSON|Mick Costigan]]; Medicare [[ID_NUMBER|5679 61659 8]]; wants his grandmother's old GP file checked for a family history of heart disease.",
    "申請者 [[PERSON|佐々木 美和]] 個人番号 [[ID_NUMBER|3661 0968 5180]] 電話 [[PHONE_NUMBER|090-4417-2863]] 曾祖父の除籍謄本を請求",
    "Dear Sir or Madam, I, [[PERSON|Pádraig Ó Súilleabháin]], PPS [[ID_NUMBER|1801594I]], request a copy of my grandmother's 1926 census return. Please post it to [[STREET_ADDRESS|Cnoc na Gréine, Baile an Fheirtéaraigh, Co. Chiarraí V92 K3T7]].",
    "Monsieur [[PERSON|Thierry Lemaire]], n° de sécurité sociale [[ID_NUMBER|1 73 08 62 654 156 77]], demande l'acte de naissance de son arrière-grand-père ; tél. [[PHONE_NUMBER|06 39 98 41 07]].",
    "Rijksregisternummer [[ID_NUMBER|67.10.17-027.67]] — [[PERSON|Wouter Claes]] — aanvraag uittreksel overlijdensakte overgrootmoeder — [[EMAIL_ADDRESS|wouter.claes@telenet-mail.be]]",
    "Bestilling av kirkebokutskrift: [[PERSON|Solveig Haugland]], fødselsnummer [[ID_NUMBER|071171 78689]], adresse [[STREET_ADDRESS|Storgata 18B, 3510 Hønefoss]].",
    "Requerente: [[PERSON|Maria Fernanda Sousa]], NIF [[ID_NUMBER|262759500]], telemóvel [[PHONE_NUMBER|+351 912 408 377]], pede certidão de óbito do trisavô (1902).",
    "Cerere: subsemnatul [[PERSON|Ionuț Dumitrescu]], CNP [[ID_NUMBER|1710123218439]], solicit copia registrului parohial din 1890. E-mail: [[EMAIL_ADDRESS|ionut.dumitrescu@posta-ro.ro]].",
    "Ficha: [[PERSON|Catalina Henríquez Soto]] · RUT [[ID_NUMBER|11.049.311-8]] · [[EMAIL_ADDRESS|catalina.hsoto@correo-cl.cl]] · busca la inscripción de nacimiento de su bisabuela en Valdivia",
    "Taotleja [[PERSON|Tarmo Kask]], isikukood [[ID_NUMBER|36710280255]], soovib vanaisa 1944. aasta põgenikukaarti. Telefon [[PHONE_NUMBER|+372 5621 8840]].",
    "Umsækjandi: [[PERSON|Sigrún Ólafsdóttir]], kennitala [[ID_NUMBER|140260-3399]], netfang [[EMAIL_ADDRESS|sigrun.olafs@simnet-post.is]]. Óskar eftir afriti af kirkjubók frá 1880.",
    "Žadatel [[PERSON|Tomáš Dvořák]], r. č. [[ID_NUMBER|940107/9798]], žádá o výpis z matriky narozených pro pradědečka. Adresa: [[STREET_ADDRESS|Husova 22, 602 00 Brno]].",
    "Заявник: [[PERSON|Олена Ковальчук]], РНОКПП [[ID_NUMBER|1024001343]], тел. [[PHONE_NUMBER|+380 67 418 2596]]. Запит на архівну довідку про діда.",
    "Steuer-ID [[ID_NUMBER|22 481 649 356]] gehört zu [[PERSON|Renate Hofmeister]]; sie beantragt beim Standesamt die Sterbeurkunde ihres Urgroßvaters. Tel. [[PHONE_NUMBER|030 23125 614]].",
    "NHI [[ID_NUMBER|ENA6125]] | [[PERSON|Hemi Walker]] | whakapapa research consent signed | contact [[EMAIL_ADDRESS|hemi.walker@kiwi-mail.co.nz]]",
    "आवेदक: [[PERSON|सुनीता शर्मा]], आधार संख्या [[ID_NUMBER|4062 5200 4188]], मोबाइल [[PHONE_NUMBER|+91 98104 27356]] — दादाजी के 1947 के शरणार्थी पंजीकरण की प्रति चाहिए।",
    "Member profile — [[PERSON|Harpreet Gill]], Aadhaar [[ID_NUMBER|6020 1220 1360]], [[EMAIL_ADDRESS|harpreet.gill@rediff-post.in]], researching the family's 1947 move from Lyallpur.",
    "Demande de [[PERSON|Marie-Josée Tremblay]], NAS [[ID_NUMBER|769 739 426]], pour le dossier d'immigration de son arrière-grand-mère; adresse : [[STREET_ADDRESS|455, rue Saint-Jean, Québec (Québec) G1R 1P3]].",
    "מבקש: [[PERSON|יעקב פרידמן]], ת.ז. [[ID_NUMBER|040051138]], טלפון [[PHONE_NUMBER|+972 52 418 3396]], מבקש את מסמכי העלייה של סבו משנת 1949.",
    "Αιτών: [[PERSON|Γεώργιος Παπαδάκης]], ΑΜΚΑ [[ID_NUMBER|28098496715]], email [[EMAIL_ADDRESS|g.papadakis@otenet-mail.gr]], ζητά ληξιαρχική πράξη γέννησης του προπάππου του.",
    "Aansoeker: [[PERSON|Annatjie van der Merwe]], ID-nommer [[ID_NUMBER|8308263660085]], sel [[PHONE_NUMBER|+27 82 417 3065]], versoek 'n afskrif van die doopregister van haar oupagrootjie.",
    # --- no national id ---
    "[[PERSON|Glenys Parry]] has volunteered to transcribe the Llanidloes burial registers; she can be reached on [[PHONE_NUMBER|07700 900871]].",
    "[[PERSON|Darnell Whitaker]] | shared 1,412 cM | kit [[ID_NUMBER|A802115]] | [[EMAIL_ADDRESS|dwhitaker.dna@mailbox-us.com]] | likely half-uncle",
    '{"member": "[[PERSON|Ottoline Burchett]]", "society_no": "[[ID_NUMBER|SOG-118204]]", "joined": 2019, "email": "[[EMAIL_ADDRESS|o.burchett@hantsfhs-mail.org.uk]]"}',
    "2024-02-19 22:41:07 WARN login failed for [[ID_NUMBER|greta.lindholm]] from [[IP_ADDRESS|203.0.113.19]] (account holder [[PERSON|Greta Lindholm]])",
    "[[PERSON|Augustin Nwachukwu-Lyons]],[[PHONE_NUMBER|(646) 555-0172]],[[STREET_ADDRESS|88 Halsey Street, Brooklyn, NY 11216]],volunteer indexer",
    "Reader's ticket issued 04/03/2024 to [[PERSON|Hilary Fenwick-Smythe]], ticket no. [[ID_NUMBER|NA-3319862]]; ID seen: passport [[ID_NUMBER|549016387]].",
    "Dear cousin, I'm [[PERSON|Rosalind Achterberg]], your match on MyHeritage. Write to me at [[EMAIL_ADDRESS|ros.achterberg@kpn-post.nl]] or ring [[PHONE_NUMBER|+31 6 4187 2093]]. Warmly, [[PERSON|Ros]]",
    "Copy request (Form SS-5): deceased [[PERSON|Cornelius Haverford]], SSN [[US_SSN|208-44-1937]], requester's relationship: grandson.",
    "Order placed by [[PERSON|Wendell Osei]] for two DNA kits, paid with [[CREDIT_CARD|3768 399326 75447]], shipping to [[STREET_ADDRESS|1412 Chapel Hill Road, Durham, NC 27707]].",
    "Überweisung für Kirchenbuchkopien: Auftraggeberin [[PERSON|Hildegard Schüttler]], IBAN [[IBAN_CODE|AT21 1818 2847 1052 9926]], Betrag 38 EUR.",
    "Chère Madame, je m'appelle [[PERSON|Yvette Carrier]] et je cherche des cousins du côté de ma grand-mère à Rimouski. Vous pouvez m'écrire à [[EMAIL_ADDRESS|yvette.carrier@videotron-mail.ca]]. Cordialement.",
    "Enw: [[PERSON|Dafydd ap Ieuan]] · Ffôn: [[PHONE_NUMBER|029 2018 0346]] · Chwilio am gofnodion capel Bethesda, 1850au.",
    "[[PERSON|Mette Kjærgaard]] har bestilt en kopi af kirkebogen for Ribe 1870; svaret sendes til [[EMAIL_ADDRESS|mette.kjaergaard@jubii-mail.dk]].",
    "Si [[PERSON|Rowena Villanueva]] ay naghahanap ng kamag-anak mula sa Batangas; tawagan siya sa [[PHONE_NUMBER|+63 918 555 4037]].",
    "Hồ sơ: [[PERSON|Nguyễn Thị Lan]], số điện thoại [[PHONE_NUMBER|+84 912 048 337]], tìm thân nhân của ông nội ở Nam Định.",
    "Mwombaji: [[PERSON|Amani Mwakilema]], simu [[PHONE_NUMBER|+255 754 318 226]], anatafuta kumbukumbu za ubatizo za babu yake.",
    "Profile: [[PERSON|Ishbel Rankin]] · Username [[ID_NUMBER|islay_roots]] · Researching Islay emigrants to Ontario, 1830s",
    "[2024-06-02 08:15] upload tree.ged by [[ID_NUMBER|user_48211]] ([[PERSON|Bartholomew Kane]]) from [[IP_ADDRESS|2001:db8:4a1::17]]",
    "owner=[[PERSON|Fernanda Quiroga]] app=ancestor-mapper key=[[API_KEY|gsk_7TqW2mR9xLp4Vn8ZcY3b]] contact=[[EMAIL_ADDRESS|fquiroga.dev@devmail-ar.com.ar]]",
    "Shared-account note: [[PERSON|Cordelia Ashworth]] — archive login [[ID_NUMBER|cashworth_1874]], password [[PASSWORD|Maypole*Ribble22]].",
    "The 1939 Register transcript lists [[PERSON|Ambrose Tiwari]] as the occupant of [[STREET_ADDRESS|27 Gordon Road, Leicester LE2 1EH]].",
    "Gentile [[PERSON|Loredana Pugliese]], la informiamo che l'estratto dell'atto di matrimonio del bisnonno è pronto. Per il ritiro chiami il [[PHONE_NUMBER|+39 347 218 5093]].",
    "Ficha de socio: [[PERSON|Guadalupe Rentería]], socio n.º [[ID_NUMBER|SGM-40917]], correo [[EMAIL_ADDRESS|lupita.renteria@prodigy-mail.mx]], interés: bautismos de Zacatecas.",
    "Forscherprofil: [[PERSON|Matthias Oberhuber]] · Mitgliedsnr. [[ID_NUMBER|GHV-22817]] · [[EMAIL_ADDRESS|m.oberhuber@ahnen-tirol.at]] · Schwerpunkt Südtiroler Matriken",
    "kit,name,email,shared_cM,relationship\n[[ID_NUMBER|T739204]],[[PERSON|Philomena Carrick]],[[EMAIL_ADDRESS|pcarrick@shaw-mail.ca]],212,second to third cousin",
    "To whom it may concern: I, [[PERSON|Obadiah Fairweather]], passport [[ID_NUMBER|127804593]], authorise my cousin to collect copies of our grandfather's naturalisation file.",
    "Visitor log, county archive, 11 Jan: [[PERSON|Shonda Mayfield]], ID shown: driver license [[ID_NUMBER|M214-5508-7731-02]], seated at table 4.",
    '{"payee": "[[PERSON|Niamh Colgan]]", "iban": "[[IBAN_CODE|IE39 BOFI 6808 9592 3221 70]]", "memo": "share of headstone restoration"}',
    "Burial register, St Oswald's, 1923, entry 88: [[PERSON|Ezekiel Thornber]], aged 71, of [[STREET_ADDRESS|3 Weavers Fold, Colne]].",
    "0 @I207@ INDI\n1 NAME [[PERSON|Marguerite /Belanger/]]\n1 EMAIL [[EMAIL_ADDRESS|mbelanger.genealogy@cogeco-mail.ca]]\n1 PHON [[PHONE_NUMBER|(819) 555-0134]]",
    "[[PERSON|Hope Gallagher]] agreed to share her raw DNA file with the surname project; her GEDmatch kit is [[ID_NUMBER|HG4718305]].",
    "Contact card — [[PERSON|Skip Maloney]], mobile [[PHONE_NUMBER|(207) 555-0191]], knows where the old family plot is at Calvary Cemetery.",
    "Iarratas ó [[PERSON|Síle Ní Bhriain]]; ríomhphost [[EMAIL_ADDRESS|sile.nibhriain@eir-post.ie]]; ag lorg taifead baiste a seanathar.",
    "Subscription record: [[PERSON|Lavinia Crowther]], [[EMAIL_ADDRESS|lavinia.crowther@zen-mail.co.uk]], card [[CREDIT_CARD|5221 3767 9424 7334]], plan: World Explorer annual.",
    "[[PERSON|Facundo Iturriaga]] pidió la partida de defunción de su tatarabuelo vasco; domicilio [[STREET_ADDRESS|Av. Rivadavia 5120, piso 4, C1424 CABA]], tel. [[PHONE_NUMBER|+54 11 4982 3107]].",
    "Fiche adhérent n° [[ID_NUMBER|CGMA-0917]] : [[PERSON|Gwenaëlle Le Goff]], [[STREET_ADDRESS|12 rue de Siam, 29200 Brest]].",
    "Moderator note: account [[ID_NUMBER|cobh_emigrant]] ([[PERSON|Úna Breathnach]]) posted from [[IP_ADDRESS|198.51.100.77]]; warned for sharing a living relative's address.",
    "Voicemail 14:02 from [[PERSON|Lyle Pendergast]]: wants copies of the family bible scans, call back on [[PHONE_NUMBER|(405) 555-0157]].",
    "[[PERSON|Eirik Bråten]] | e-post [[EMAIL_ADDRESS|eirik.braten@online-post.no]] | leter etter slektninger i Minnesota",
    "[[PERSON|高橋 健一]] 様 ご依頼の戸籍調査の件 ご連絡先 [[EMAIL_ADDRESS|k.takahashi@kakei-mail.jp]]",
    "족보 문의: [[PERSON|이서연]] 님, 연락처 [[PHONE_NUMBER|010-4827-3916]], 이메일 [[EMAIL_ADDRESS|seoyeon.lee@hanmail-post.kr]]",
    "[[PERSON|陈美玲]] 女士 家谱 寻亲 登记 电话 [[PHONE_NUMBER|+886 912 345 608]]",
    "مقدمة الطلب: [[PERSON|ليلى حداد]]، الهاتف [[PHONE_NUMBER|+961 3 418 275]]، تبحث عن سجلات هجرة جدها إلى البرازيل.",
    "Заявитель: [[PERSON|Андрей Воронцов]], e-mail [[EMAIL_ADDRESS|a.vorontsov@pochta-ru.ru]], запрашивает метрическую книгу 1902 года.",
    "[[PERSON|Summer Blake]] — volunteer grave photographer — uploads as [[ID_NUMBER|summerb_graves]] — phone [[PHONE_NUMBER|0491 570 902]]",
    "[[PERSON|Kwabena Asamoah]] renewed passport [[ID_NUMBER|G4830192]] to travel to Kumasi and interview his grandmother's surviving sister.",
    "Refund due to [[PERSON|Percival Nightingale]] for the cancelled archive tour; pay to [[IBAN_CODE|GB26 LOYD 5605 2908 3718 03]].",
    "[[PERSON|Eero Heikkilä]], puh. [[PHONE_NUMBER|+358 40 418 2275]], etsii Amerikkaan muuttaneen isoisänsä sisarusten jälkeläisiä.",
    "Estate intake sheet: decedent [[PERSON|Verna Mae Talbot]], SSN [[US_SSN|472-19-6603]], last address [[STREET_ADDRESS|902 Bluebonnet Drive, Abilene, TX 79605]].",
    "Reunion venue booking: contact [[PERSON|Delphine Okoro]], [[PHONE_NUMBER|020 7946 0518]], hall Wi-Fi password [[PASSWORD|Kinfolk2025!]].",
    "[[PERSON|Joaquim Carvalhais]] enviou por e-mail ([[EMAIL_ADDRESS|jcarvalhais@sapo-mail.pt]]) fotografias do registo de casamento dos avós.",
    "Kérelmező: [[PERSON|Szabó Katalin]], telefon [[PHONE_NUMBER|+36 30 418 5527]], a dédapja 1895-ös keresztelési anyakönyvi bejegyzését kéri.",
    "DNA project member | [[PERSON|Thelonious Grier]] | member # [[ID_NUMBER|40217]] | haplogroup R-M269",
    "Note to self: [[PERSON|Merrick Hollis]]'s storage unit with the family papers is unit 112, gate PIN [[PASSWORD|40719]].",
    "Brief van [[PERSON|Geertruida Smits]], [[STREET_ADDRESS|Kerkstraat 8, 4331 AB Middelburg]]: ze zoekt nakomelingen van haar overgrootvader die in 1910 naar Michigan vertrok.",
    "[[PERSON|Agneta Sundqvist]] har lagt upp sitt släktträd under användarnamnet [[ID_NUMBER|agnetas_slakt]] och nås på [[EMAIL_ADDRESS|agneta.sundqvist@bredband-mail.se]].",
    "Nightly backup of [[PERSON|Rosamund Yeo]]'s scanned letters goes to [[IP_ADDRESS|192.0.2.118]].",
    "[[PERSON|Bożena Wróblewska]], tel. [[PHONE_NUMBER|+48 601 274 883]], poszukuje krewnych dziadka z okolic Łomży.",
    "Ontario licence [[ID_NUMBER|K7214-30958-60812]] | [[PERSON|Margo Delisle]] | [[STREET_ADDRESS|71 Brock Street, Kingston, ON K7L 1R9]]",
    "Hi, it's [[PERSON|Jolene]] from the cemetery friends group. I found your great-grandfather's plot! Text me on [[PHONE_NUMBER|(615) 555-0183]] and I'll send photos.",
]

# 25 MT-Bench/Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a 300-word blog post for beginners explaining the difference between primary and secondary sources in family history research.",
    "Compose a short poem about finding an ancestor's name in a faded parish register.",
    "Imagine you are a 19th-century ship's clerk recording emigrants bound for New York. Describe a typical day in the first person.",
    "Explain, as if to a ten-year-old, how DNA is passed down from grandparents to grandchildren.",
    "What ethical issues are raised by police using consumer DNA databases to solve cold cases? Give arguments on both sides.",
    "Write a Python function that takes a list of (child, parent) pairs and returns the number of generations in the longest line of descent.",
    "Summarise the main causes of the Great Irish Famine and its effect on emigration in under 150 words.",
    "Draft a template letter a researcher could send to a parish office asking for a baptism record, with blanks for the names and dates.",
    "Role-play as a guide at the Ellis Island museum and answer a visitor who asks why some immigrant families changed their surnames.",
    "Compare the GEDCOM format with a plain spreadsheet for storing a family tree. Which suits a beginner better, and why?",
    "Extract every year mentioned in this passage and list them in order: 'The chapel was built in 1788, enlarged in 1834, damaged by fire in 1901 and restored in 1923.'",
    "How did Queen Victoria's descendants carry haemophilia into the royal houses of Europe? Keep the answer brief.",
    "Write a persuasive paragraph encouraging older relatives to record their memories before they are lost.",
    "What is the difference between centimorgans and the percentage of shared DNA, and why do testing companies report both?",
    "Give me five tips for reading old handwriting in 18th-century English documents.",
    "Write the opening of a short story in which a woman finds a locked tin of letters in her late grandmother's attic. Do not resolve the mystery.",
    "Explain how the change from the Julian to the Gregorian calendar can confuse dates in old records, with an example from 1752.",
    "Write a SQL query that finds every row in a table called persons whose death year is earlier than the birth year.",
    "Imagine Sherlock Holmes is asked to trace a missing heir. How would he approach the case? Answer in his voice.",
    "What were the main reasons people emigrated from Scandinavia to the American Midwest in the 1800s?",
    "Suggest a structure for a 20-page family history booklet to hand out at a reunion.",
    "Rewrite this sentence to be clearer: 'The records which were kept by the parish which was merged in 1870 are held at the archive which is in the county town.'",
    "Explain what a one-name study is and what makes a surname a good candidate for one.",
    "Debate both sides: should original birth records be fully open to adult adoptees?",
    "Write three haiku about an old family photograph found in a shoebox.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Mirela is scanning her family's photo albums. She scans 36 photos an hour and has 6 albums of 48 photos each. How many hours will she need?",
    "Theo counts his ancestors: 2 parents, 4 grandparents, and so on, doubling each generation. How many ancestors does he have in the first five generations back?",
    "A DNA kit costs $79 and shipping is $9.95 per kit. Rosalind buys 4 kits and gets 15% off the kits but not the shipping. How much does she pay?",
    "An archive charges £3.50 per page for copies plus a £12 search fee. Idris orders 14 pages. What is his total bill?",
    "Lucia's great-grandfather was born in 1887 and emigrated when he was 19. The voyage took 11 days and he left in December. In what year did he most likely arrive?",
    "Three cousins share a $1,260 headstone restoration. Bao pays twice as much as Linh, and Linh pays the same as Quang. How much does Bao pay?",
    "A parish register has 240 pages. Ekow transcribes 18 pages on each weekday and 30 on each weekend day. If he starts on a Monday, on which day does he finish?",
    "Noemi finds that 3/8 of her 96 DNA matches are on her mother's side and 1/4 are on her father's side. How many matches are still unassigned?",
    "Hamish buys 5 archival boxes at $14 each and 120 acid-free sleeves at 35 cents each. How much does he spend?",
    "A family reunion has 84 guests and each table seats 8. How many tables does Priya need, and how many seats will be empty?",
    "Mateo drives 145 miles each way to the state archive every Saturday for 6 weeks. His car does 29 miles per gallon and gas costs $3.40 a gallon. How much does he spend on gas?",
    "Greta's great-grandmother lived to 96. She was born 41 years before Greta's grandmother, who was born in 1932. In what year did the great-grandmother die?",
    "An online records subscription costs $24.99 a month or $199 a year. How much does Kofi save in a year by paying annually?",
    "Astrid indexes 1,200 census entries in 5 days, doing 40 more entries each day than the day before. How many did she index on the first day?",
    "Felix has 18 letters from his grandfather, three times as many postcards, and half as many photographs as postcards. How many items does he have in all?",
    "A cemetery has rows of 36 graves. Ines photographs 4 rows an hour. How many graves does she photograph in 3.5 hours?",
    "Dmitri's ancestry estimate is 38% Eastern European, 27% Scandinavian and the rest British. What percentage is British, and how many points larger is it than the Scandinavian share?",
    "Translating a Latin will costs €0.12 per word. The will has 2,350 words and Sanna has paid a €40 deposit. How much does she still owe?",
    "A genealogy society has 340 members. 15% are under 40 and 45% are over 65. How many members are between 40 and 65?",
    "Oona buys 3 local history books at $22 each and a magnifier for $18. She pays with a $100 bill. How much change does she get?",
    "A family tree poster has 6 generations. The bottom generation has 1 box and each generation above has twice as many as the one below. How many boxes are there in total?",
    "Rafael spent 2 hours a day for 3 weeks searching newspaper archives and found 42 articles about his family. On average, how many minutes did each article take to find?",
    "Two relatives share 870 cM. Nadia's chart says a typical value for their relationship is 13% of 6,700 cM. What is 13% of 6,700, and how far is 870 from it?",
    "An archive is open from 9:30 to 4:00 but closes for 45 minutes at lunch. Yusra visits on 3 days. How many hours of research time does she get?",
    "Callum's grandmother had 7 children, each of them had 3 children, and each of those had 2 children. How many great-grandchildren does she have?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which type of DNA test traces only the direct maternal line? A. Autosomal B. Y-DNA C. Mitochondrial DNA D. X-DNA",
    "The 1921 census of England and Wales was released to the public in which year? A. 1991 B. 2001 C. 2021 D. 2022",
    "Your first cousin once removed could be: A. your cousin's child B. your sibling's child C. your grandparent's sibling D. your spouse's cousin",
    "Which of Mendel's laws states that the two alleles for a trait separate during gamete formation? A. Dominance B. Segregation C. Independent assortment D. Linkage",
    "The Domesday Book was compiled on the orders of which king? A. Henry II B. William I C. Edward I D. Richard III",
    "Which document would most likely record a groom's occupation in 19th-century England? A. A baptism register B. A civil marriage certificate C. A land tax return D. A muster roll",
    "Full siblings share roughly what proportion of their autosomal DNA? A. 12.5% B. 25% C. 50% D. 100%",
    "Ellis Island opened as a federal immigration station in: A. 1855 B. 1892 C. 1907 D. 1924",
    "Which of these is a primary source? A. A published county history B. An online family tree C. A parish burial register D. An encyclopedia entry",
    "In genetics, a haplogroup is: A. a group of similar haplotypes sharing a common ancestor B. a set of chromosomes C. a cluster of diseases D. a census district",
    "A patronymic surname such as Andersson originally meant: A. son of Anders B. from Anders' farm C. servant of Anders D. town of Anders",
    "In which year did Britain adopt the Gregorian calendar, skipping 11 days? A. 1582 B. 1700 C. 1752 D. 1800",
    "An X-linked recessive trait is more often expressed in: A. females B. males C. both sexes equally D. neither sex",
    "In old legal records the word 'relict' usually means: A. a widow or widower B. a religious relic C. an orphan D. a servant",
    "Genealogists use the phrase 'brick wall' for: A. a dead end in research B. a stone grave marker C. a type of archive D. a DNA segment",
    "In DNA matching, cM stands for: A. chromosome marker B. centimorgan C. common match D. cell mass",
    "Most of the 1890 United States census schedules were lost because of: A. a flood B. a fire in 1921 C. a computer failure D. the census never being taken",
    "Which source is most useful for tracing a 17th-century English ancestor? A. Civil registration B. Parish registers C. The Social Security Death Index D. Modern electoral rolls",
    "Endogamy in a population tends to make DNA matches look: A. more distant than they are B. closer than they are C. unrelated D. paternal only",
    "A Gretna Green marriage was: A. a military wedding B. a runaway marriage in Scotland C. a Catholic ceremony D. a Quaker meeting",
    "Which organisation adopted the Universal Declaration of Human Rights in 1948? A. League of Nations B. United Nations C. Council of Europe D. Red Cross",
    "In a standard pedigree chart, a shaded square represents: A. an affected female B. an affected male C. an unaffected male D. a carrier female",
    "Probate records are created when: A. a child is born B. a will is proved after a death C. land is surveyed D. a census is taken",
    "The German term Ahnentafel refers to: A. a church book B. an ancestor numbering system C. a DNA test D. a style of gravestone",
    "What is the best reason to cite sources in a family tree? A. To make it longer B. So others can check the evidence C. To hide mistakes D. Because the software demands it",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "If my grandmother and her sister both had breast cancer, should I ask my doctor about BRCA testing?",
    "What does it mean if a home DNA test says I carry one copy of a cystic fibrosis variant?",
    "Is haemochromatosis more common in people with Irish ancestry, and what are the early symptoms?",
    "Can lifestyle changes offset a family history of early heart attacks, or is it all in the genes?",
    "How reliable are the health reports from home DNA kits compared with tests ordered by a doctor?",
    "My father had type 2 diabetes. At what age should I start having my blood sugar checked?",
    "What is the difference between a genetic counsellor and a clinical geneticist?",
    "Is colour blindness passed down through the mother's side of the family?",
    "Should I tell my relatives if I find out I carry a gene linked to Huntington's disease?",
    "What questions should I ask older relatives to build a useful family medical history?",
    "Can a DNA test tell me whether I'm at higher risk of Alzheimer's, and would I want to know?",
    "Is sickle cell trait a health problem for adults who have it, or only a concern for their children?",
    "Why do some inherited conditions seem to skip a generation?",
    "What is familial hypercholesterolaemia and how is it usually picked up?",
    "Is it safe to upload my raw DNA data to third-party health analysis websites?",
    "Can digging into a painful family past affect sleep, and what helps?",
    "My ancestors were Ashkenazi Jewish. Which carrier screening tests are usually offered before pregnancy?",
    "Is there a genetic component to migraines that run in families?",
    "How often should someone with a family history of bowel cancer have a colonoscopy?",
    "Are thalassaemia traits more common in people with Mediterranean or South Asian ancestry?",
    "Can a standard DNA test tell identical twins apart?",
    "What are the signs of a dust or mould allergy after handling old papers stored in an attic?",
    "Is it normal to feel anxious after finding an unexpected parent through a DNA test, and where can people get support?",
    "Does a family history of glaucoma mean I need eye tests more often?",
    "Which vaccinations are usually recommended before travelling to visit ancestral villages in rural areas abroad?",
]

NATIONAL_IDS = {
    "473 338 0607": nhs_ok,  # NHS number (in a chat)
    "248 837 8615": nhs_ok,
    "930428-1224": luhn_len(10),  # Swedish personnummer
    "711201-3045": luhn_len(10),
    "058098690": bsn_ok,  # Dutch BSN
    "587885415": bsn_ok,
    "89051502341": pesel_ok,  # Polish PESEL
    "49050889409": pesel_ok,
    "093.970.599-04": cpf_ok,  # Brazilian CPF
    "869.732.196-40": cpf_ok,
    "76462080362": kimlik_ok,  # Turkish kimlik
    "33501030N": dni_ok,  # Spanish DNI
    "Z9959333Q": dni_ok,  # Spanish NIE
    "110349-829W": hetu_ok,  # Finnish henkilötunnus
    "LPZNZR56A09H501A": codice_fiscale_ok,  # Italian codice fiscale
    "310112196912091007": china_id_ok,  # Chinese resident identity number
    "310162195708236319": china_id_ok,
    "S0402072C": nric_ok,  # Singapore NRIC
    "540411-1607533": rrn_ok,  # Korean resident registration number
    "076 857 145": tfn_ok,  # Australian tax file number
    "5679 61659 8": medicare_ok,  # Australian Medicare
    "3661 0968 5180": my_number_ok,  # Japanese My Number
    "1801594I": pps_ok,  # Irish PPS number
    "1 73 08 62 654 156 77": nir_ok,  # French NIR
    "67.10.17-027.67": belgian_id_ok,  # Belgian national number
    "071171 78689": fodselsnummer_ok,  # Norwegian fødselsnummer
    "262759500": nif_ok,  # Portuguese NIF
    "1710123218439": cnp_ok,  # Romanian CNP
    "11.049.311-8": rut_ok,  # Chilean RUT
    "36710280255": isikukood_ok,  # Estonian isikukood
    "140260-3399": kennitala_ok,  # Icelandic kennitala
    "940107/9798": rodne_cislo_ok,  # Czech rodné číslo
    "1024001343": rnokpp_ok,  # Ukrainian RNOKPP
    "22 481 649 356": steuer_id_ok,  # German tax id
    "ENA6125": nhi_ok,  # New Zealand NHI
    "4062 5200 4188": aadhaar_ok,  # Indian Aadhaar
    "6020 1220 1360": aadhaar_ok,
    "769 739 426": luhn_len(9),  # Canadian SIN
    "040051138": luhn_len(9),  # Israeli teudat zehut
    "28098496715": luhn_len(11),  # Greek AMKA
    "8308263660085": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one,
# the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01(13|31) 496 0\d{3}",  # Leeds, Edinburgh drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"07\d-\d{3} \d{2} \d{2}",  # Sweden mobile
        r"06-\d{8}",  # Netherlands mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(31|34|36|39|48|54|63|65|84|86|90|91|234|255|27|351|358|372|380|886|961|972) [\d -]+\d",  # no fiction range known
    )
]

SECRET_CHATS = 21


def check_mix() -> None:
    """The chats name people, hold the listed number of secrets and every entity type;
    each record names exactly one person (every PERSON value a part of its longest one)
    and holds 1 to 4 other values."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret != SECRET_CHATS:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: types missing {sorted(TYPES - kinds)}")
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        full = max(names, key=len, default="")
        if not names or any(n not in full for n in names) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: not one person with 1 to 4 values: {marked[:60]!r}")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if with_id != 40:
        raise SystemExit(f"records: {with_id} with a national id, want 40")
    for text in CHAT + RECORDS:
        plain = strip_marks(text)[0]
        if "  " in plain or plain != plain.strip():
            raise SystemExit(f"stray white space in {plain[:60]!r}")


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
        "blind151", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
