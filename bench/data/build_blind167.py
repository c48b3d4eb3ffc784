# ruff: noqa: E501
"""A hundred-and-sixty-seventh blind privacy set: 220 texts with personal data and 100 clean
ones, on family history and genealogy.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the opening, constants and ``main`` of
``build_blind36.py`` and the docstring, imports, ``check_mix`` and ``main`` of
``build_blind163.py`` (never the texts of either), never the detector, its rules, docs,
tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 80 words) that people researching their families would type to
  a general assistant at home or at work: DNA match messages and cM questions, reunions
  and the family group chats that plan them (rotas, who brings what, cost splits, gate,
  key-safe and alarm codes, the rented cottage's wifi), family trees with living and
  long-dead people, census and register transcriptions, letters to record offices and
  archives, adoption and birth-parent searches, probate, intestacy and inheritance
  shares, shared logins of elderly relatives, and scam checks. The first 30 are typed all
  in lower case (names, e-mails, codes, postcodes and IBANs too), the next 6 in Polish,
  Spanish, German, Japanese, Turkish and Arabic, the other 84 in ordinary English; names
  of many origins and scripts (Korean, Japanese, Thai, Arabic, Cyrillic, Greek, Hindi,
  Chinese, Yoruba, Polish, Turkish, Vietnamese and more), some of them ordinary words
  (Rose, Bill, Grace, Hunter, Summer, May, Sky, Will, Dot, Penny, Ruby, Precious), many
  named in passing in lists, rotas, call logs and cost splits; 1 to 8 values each, 21
  with a secret (18 with a password, PIN, code or wifi key, 3 with an API key);
* 100 one-person records (5 to 30 words): adoption-register and record-office forms,
  probate and heir forms, genealogy-society member rows, reunion registrations and
  RSVPs, DNA match exports, GEDCOM and vCard lines, JSON and CSV rows, log lines and short
  letters, 40 in English and 60 in 47 other languages; each names one person and holds 1 to 4
  other values, 40 of them a national id.

Usernames, logins, DNA kit numbers, genealogy-site person ids, member, reader-ticket
and service numbers and national ids are ID_NUMBER; PINs, door, gate, key-safe and
alarm codes, 2FA codes, wifi keys and passwords are PASSWORD; API keys and tokens API_KEY;
titles and relation words (Mr, Dr, Pte, Auntie, Aunt, Nonna, Gran, my cousin) stay outside
PERSON spans; every named person is labelled, living or long dead; an address span runs
from the first street line through the postcode and city as typed; public figures,
fictional characters, places, shops and companies, case, order, booking and certificate
references, amounts and dates of birth are not labelled; every occurrence of a private
value is marked. The 100 clean texts hold no personal data: 25 MT-Bench and Vicuna-style
prompts (a few name historical or fictional people), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D and 25 health questions
naming no one, most of them about family history, inheritance and gatherings.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960,
0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from the documentation ranges; national ids with
valid check digits (NHS number, Indian Aadhaar, Dutch BSN, Polish PESEL, Brazilian CPF,
Turkish kimlik, Spanish DNI and NIE, Finnish henkilötunnus, Italian codice fiscale,
Chinese resident id, Singapore NRIC, Korean resident registration number, Australian TFN
and Medicare, Japanese My Number, Irish PPS, French NIR, Belgian national number,
Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI,
Swedish personnummer, Canadian SIN, Israeli teudat zehut, Greek AMKA, South African id).

Run ``.venv/bin/python bench/data/build_blind167.py`` from the repository root; the output
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
CHAT_WORDS = (3, 95)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Aunt|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme|Pte|Nonna|Gran|Grandma|Grandad)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "my cousin [[PERSON|dot henshaw]] did the ancestry test and we came up as 2nd cousins?? her email is [[EMAIL_ADDRESS|dothenshaw52@gmail.com]], can you help me write a friendly first message that doesn't sound like a scam",
    "whats the difference between a half sibling match and a full one in cm, asking because [[PERSON|kwame asante-boateng]] shares 1,740 cm with me",
    "tree login for mum's account is [[ID_NUMBER|margaret.fell1949]] / [[PASSWORD|bluebell&1949]] and she wants me to fix the birth date on great gran [[PERSON|ada fell]]. how do i edit a fact without deleting the sources",
    "reunion headcount: [[PERSON|bill]], [[PERSON|penny]], [[PERSON|joe mcallister]] and [[PERSON|tomasz]]. is that 4 or did i miss someone",
    "my birth mother might be [[PERSON|sky rennard]], born around 1971 in leeds. the agency gave me case ref la/adp/88214. how do i ask the council for my adoption file",
    "can u turn this into a group chat msg: bbq at aunt [[PERSON|summer]]'s, [[STREET_ADDRESS|14 orchard close, kettering nn15 6ql]], sat 12th from 1pm, side gate code is [[PASSWORD|4471]], bring chairs and a dish",
    "grandad [[PERSON|hyun-woo park]]'s army service number was [[ID_NUMBER|k1043827]], is there a way to get his korean war records with that",
    "mum's maiden name is [[PERSON|nguyen thi hoa]], she was born 1956 in hai phong. are there any vietnamese records online or do i need to go in person",
    "my brother [[PERSON|will]] keeps asking for the family tree builder password, it's [[PASSWORD|oakroots77]]. should i just drop it in the group chat or is that dumb",
    "dna match list top 5: [[PERSON|r. okafor]] 812cm, [[PERSON|grace adeyemi]] 640cm, [[PERSON|tunde bello]] 402cm, [[PERSON|m. lindqvist]] 155cm, [[PERSON|hunter gray]] 98cm. which ones are likely paternal if [[PERSON|okafor]] and [[PERSON|adeyemi]] are dad's side",
    "ssn of my late father [[PERSON|walter dubrowski]] is [[US_SSN|412-67-3098]], the ss-5 request form asks for it. do i put it in box 3 or box 5",
    "pls fix grammar: hi [[PERSON|leilani]]! i think we share great-grandparents [[PERSON|kalani akana]] and [[PERSON|rose mahoe]], my number is [[PHONE_NUMBER|(808) 555-0162]] if you want to chat",
    "paid the gro for a birth cert with my card [[CREDIT_CARD|4539 1175 0120 8114]] three weeks ago and never got a confirmation email, how long does it normally take",
    "who inherits if grandma [[PERSON|irene chadwick]] died without a will in england and she had 3 kids but one passed before her",
    "my cousin [[PERSON|fatima al-rashid]] wants her share of the house money sent to [[IBAN_CODE|gb71nwbk60730163827154]], can you write the note to the solicitor confirming that",
    "the ip in the login alert on my myheritage account was [[IP_ADDRESS|203.0.113.58]] and i'm in manchester. is that me or someone else",
    "add to the tree: [[PERSON|marek wiśniewski]] b. 1931 lwów, d. 2004 gdańsk, married [[PERSON|halina wiśniewska]] 1955, two sons. format it as a gedcom snippet",
    "my gedmatch kit is [[ID_NUMBER|qw7316502]] and aunt [[PERSON|may]]'s is [[ID_NUMBER|ht4820973]], how do i run a one-to-one compare",
    "draft a reply to [[PERSON|dimitra papadaki]], she says she's my grandad's sister's granddaughter. ask her for a photo of the 1958 wedding in chania",
    "the record office want a signed letter plus id. sign it from [[PERSON|siobhan mcquillan]], address [[STREET_ADDRESS|27 glebe road, ballymena bt42 3hn]], phone [[PHONE_NUMBER|07700900418]]",
    "[[PERSON|yuki]] and [[PERSON|kenji tanabe]] are both coming to the reunion, should i seat them near great aunt [[PERSON|chiyo]] or is that awkward after the will thing",
    "what does sealed birth record mean for someone adopted in ohio in 1966? asking for my dad [[PERSON|dale kowalczyk]], dob 9/14/1966",
    "2fa code for the family tree site just came: [[PASSWORD|583019]]. why does it keep asking every single login",
    "my uncle [[PERSON|raj malhotra]] put everyone's birthdays in the family group chat and his bank pin [[PASSWORD|2288]] by mistake lol how do i delete a msg for everyone on whatsapp",
    "summarise: [[PERSON|aroha]] called re marae reunion, [[PERSON|tama ngata]] has the whakapapa book, [[PERSON|mere]] needs numbers by friday, call [[PERSON|aroha]] back on [[PHONE_NUMBER|+64 21 458 3907]]",
    "how do i say i think you're my half brother nicely. his name is [[PERSON|andrés villalobos]]",
    "wifi at the cottage we rented for the reunion: network holloway_fam, key [[PASSWORD|sheepdip-2024]]. make a little sign for the fridge",
    "my adopted sister [[PERSON|olena hrytsenko]] found her bio family in kharkiv, their email is [[EMAIL_ADDRESS|hrytsenko.family@ukr.net]]. help her write a first hello in simple english",
    "is 23 cm on chromosome 15 enough to trust? match is [[PERSON|penny osei]]",
    "list of who's bringing what: [[PERSON|sal]] potato salad, [[PERSON|jiho]] kimchi, [[PERSON|babajide]] jollof, [[PERSON|conor]] drinks, me the cake. make it a nice list",
    # other languages
    "Cześć, moja babcia [[PERSON|Zofia Kamińska]] urodziła się w 1938 roku w Tarnowie. Napisz proszę list do Archiwum Państwowego z prośbą o odpis aktu urodzenia. Mój adres: [[STREET_ADDRESS|ul. Lipowa 12/4, 33-100 Tarnów]], tel. [[PHONE_NUMBER|+48 601 238 417]].",
    "Hola, ¿me ayudas a redactar un mensaje para el grupo de la familia? La reunión será el 15 de agosto en casa de la tía [[PERSON|Carmen Villanueva]], [[STREET_ADDRESS|Calle del Olmo 23, 28911 Leganés]]. Hay que confirmar con [[PERSON|Rodrigo]] antes del día 1.",
    "Kannst du mir helfen, einen Antrag an das Standesamt Passau zu schreiben? Ich suche die Sterbeurkunde meines Urgroßvaters [[PERSON|Friedrich Wilhelm Auer]], gestorben 1944. Antwort bitte an [[EMAIL_ADDRESS|k.auer-brandt@web.de]].",
    "祖父の[[PERSON|田中 勇]]の戸籍謄本を取りたいのですが、委任状の書き方を教えてください。私は孫の[[PERSON|田中 美咲]]です。",
    "Merhaba, dedem [[PERSON|Hüseyin Aksoy]] 1962'de Almanya'ya göç etmiş. Nüfus kaydını e-Devlet'ten nasıl bulabilirim? Kuzenim [[PERSON|Elif Aksoy Demir]] de yardım etmek istiyor.",
    "مرحبا، أريد كتابة رسالة إلى ابن عمي [[PERSON|يوسف الحداد]] لدعوته إلى لقاء العائلة في عمّان الشهر القادم. رقمه [[PHONE_NUMBER|+962 79 548 3216]].",
    # English
    "Write a warm message to my newly found half-sister [[PERSON|Marisol Ferreira]]. We matched on 23andMe at 1,802 cM last week. Mention I'd love to meet in Porto this autumn and that she can reach me on [[PHONE_NUMBER|+351 912 447 085]].",
    "Reunion rota for Saturday: 9am [[PERSON|Bill]] and [[PERSON|Grace]] put up the marquee, 11am [[PERSON|Priya Raman]] on registration, 1pm [[PERSON|Hunter]] runs the barbecue, 3pm [[PERSON|Ngozi]] takes the family photo. Turn it into a table.",
    "My grandfather [[PERSON|Ivan Petrovich Sokolov]] ([[PERSON|Иван Петрович Соколов]]) emigrated from Odessa in 1912. Which archives should I try first?",
    "DNA kit [[ID_NUMBER|B448271]] belongs to my dad [[PERSON|Colm Brennan]]. Can I transfer his results to MyHeritage without his login?",
    "I'm writing a Python script to pull our tree from the Geni API. My token is [[API_KEY|gn_live_8f3KqT2vXw91LmRzP0aYc7Hd]] and I get a 401 on /user/tree. What am I doing wrong?",
    "Draft a letter to the General Register Office requesting a copy of the death certificate of [[PERSON|Albert Edward Thornley]], died March 1963 in Salford. Applicant: [[PERSON|Janet Thornley-Hughes]], [[STREET_ADDRESS|8 Mill Lane, Bolton BL1 4QW]].",
    "Is it safe to post my mum's date of birth and maiden name in a Facebook genealogy group? She's [[PERSON|Patricia Ann Cole]], born 4 June 1948.",
    "Help me split Nana's estate. There's £84,000 after costs, to be shared between [[PERSON|Summer]], [[PERSON|Daniel]], [[PERSON|Jun-seo]] and me, but [[PERSON|Daniel]] already had £10,000 from her as a loan she said should come out of his share. [[PERSON|Jun-seo]] thinks the loan should just be forgiven because she never wrote it down. Show both ways of doing it, with the figure each of us would get, and a neutral paragraph I can paste into the cousins' group chat so nobody feels ambushed.",
    "Family Dropbox for the scanned photos: login [[EMAIL_ADDRESS|whitfieldarchive@outlook.com]], password [[PASSWORD|Sepia!Attic1931]]. Write a short note to Auntie [[PERSON|Bev]] explaining how to upload from her phone.",
    "Is [[PERSON|Sompong Chaiyaporn]] ([[PERSON|สมพงษ์ ชัยพร]]) more likely my grandmother's cousin or her nephew? We share 410 cM.",
    "Translate into Korean for my grandmother [[PERSON|조순례]]: Your brother's grandson [[PERSON|Daniel Cho]] found us through a DNA test and wants to visit in October.",
    "Call [[PERSON|Dot]] back: [[PHONE_NUMBER|020 7946 0318]]",
    "What's the process for an adoptee in Ontario to get their original birth registration? Asking for my partner [[PERSON|Keisha Morrow]], born 1979 in Hamilton.",
    "Summarise this voicemail: Hi, it's [[PERSON|Bronwyn Pryce]] from the archives, your search on [[PERSON|Evan Pryce]] turned up two baptisms in Llanbadarn, 1841 and 1843, give me a ring on [[PHONE_NUMBER|01632 960714]] and I'll post the copies.",
    "Message for the cousins: the key safe at Grandma's is by the back door, code [[PASSWORD|0612]]. [[PERSON|Lachlan]] and [[PERSON|Isla]] arrive first on Friday, so they'll air the place out.",
    "My birth father is listed as [[PERSON|Tomás Ó Briain]] on the adoption papers from 1974. Draft an email to Tusla asking about their tracing service.",
    "The probate lawyer wants [[PERSON|Eleanor Price]]'s SSN for her final tax return: [[US_SSN|529-48-1176]]. Is it okay to send that by plain email?",
    "Write a caption for the reunion photo: front row [[PERSON|May]], [[PERSON|Rosalind]], [[PERSON|Oluwaseun]]; back row [[PERSON|Kofi]], [[PERSON|Theo]], [[PERSON|Will]] and [[PERSON|Farah]].",
    "Is this email a scam? Dear [[PERSON|Lorraine Begum]], you are the sole heir of the late Dr [[PERSON|Ahmed Begum]], please send a processing fee to release 2.4 million dollars.",
    "Send the inheritance share to my cousin [[PERSON|Annelie Brandt]], IBAN [[IBAN_CODE|DE57 5001 0517 0836 2451 90]]. Draft the instruction to the bank in plain English.",
    "Ancestry keeps texting me codes. The latest was [[PASSWORD|447281]] and I didn't request it. Should I worry? My username is [[ID_NUMBER|jpalmer_roots]].",
    "Plan a 3-day family reunion in Kerala for 40 people; the organisers are [[PERSON|Lakshmi Menon]] and [[PERSON|Arjun Nair]], and half the guests are over 70.",
    "Can you read this 1891 census line and tell me who is who? [[PERSON|Josiah Blaylock]], head, 44, collier; [[PERSON|Hannah Blaylock]], wife, 41; [[PERSON|Sarah J. Blaylock]], dau, 15.",
    "My late grandfather's letter is signed [[PERSON|रामेश्वर प्रसाद]]. Can you transliterate the signature and translate the first line?",
    "The shared email for the reunion fund is [[EMAIL_ADDRESS|greenereunion2025@gmail.com]] and the password is [[PASSWORD|Picnic@Pendle25]]. Who should hold it, [[PERSON|Carys]] or [[PERSON|Rhodri]]?",
    "Explain what a Y-DNA 37-marker match at genetic distance 2 means. The match is [[PERSON|Gareth Llewellyn-Hughes]].",
    "Draft a short announcement for the family newsletter: great-aunt [[PERSON|Dorothea Kline]] turns 100 on the 2nd, party at her care home, cards welcome.",
    "Book the function room at the Red Lion for the reunion (booking ref RL-2291), deposit on card [[CREDIT_CARD|5412 9430 2056 0084]], name on card [[PERSON|Graham Sutcliffe]]. Write the email to the pub.",
    "Make a family tree chart: [[PERSON|Chen Wei]] ([[PERSON|陈伟]]) married [[PERSON|Li Mei]] ([[PERSON|李梅]]); children [[PERSON|Chen Jun]] and [[PERSON|Chen Xiu]]. Draw it as a text tree.",
    "Someone logged into my late mother's FamilySearch account from [[IP_ADDRESS|198.51.100.144]] after she died. Her username was [[ID_NUMBER|brenda.okoro44]] and she was [[PERSON|Brenda Okoro]]. How do I report it?",
    "Ring [[PERSON|Sky]] re headstone",
    "Dad's phone PIN is [[PASSWORD|739152]]; he asked me to get the old family photos off it before it goes for recycling. How do I export them from an iPhone 8?",
    "Turn these notes into a message for the cousins' group chat: [[PERSON|Chidi]] booked the hall, [[PERSON|Adaeze]] is doing the rice, [[PERSON|Emeka Okonkwo]] still owes £40 for the deposit, [[PERSON|Nneka]] can drive Grandma from Peckham. Keep it friendly, no shaming about the money.",
    "Reply to [[PERSON|Margit Halvorsen]] ([[EMAIL_ADDRESS|margit.halvorsen@online.no]]) thanking her for the church book scans of [[PERSON|Ole Halvorsen]], and ask if she has his emigration date.",
    "Should I tell my cousin [[PERSON|Ruth]] that the DNA shows her dad isn't [[PERSON|Stanley Greaves]]? She's about to publish the tree online.",
    "Our family history wiki runs a MediaWiki bot. I pasted the key [[API_KEY|mwbot_5d2c9e71a4f8b0364e17c2ab9d0f]] into the config and it says invalid. Any ideas?",
    "Write a 100-word bio for the tree profile of [[PERSON|Agnieszka Zielińska]], born 1921 in Łódź, survived the war, emigrated to Chicago in 1949, seamstress, mother of four.",
    "Help me word a request to the probate registry for a copy of the will of [[PERSON|Cuthbert Rowntree]], who died in 1978 in Whitby.",
    "Format these as envelope labels for the reunion invites: [[PERSON|Luis Ortega]], [[STREET_ADDRESS|4127 Alameda Ave, El Paso, TX 79905]]; [[PERSON|Rosa Ortega Lim]], [[STREET_ADDRESS|88 Kamehameha Hwy, Kaneohe, HI 96744]].",
    "My aunt sent me the password for her Ancestry account ([[PASSWORD|Tulip*Harrogate62]]) so I can add the Irish side. Is it against the terms to log in as her? Her name is [[PERSON|Veronica Mulcahy]].",
    "I found a second cousin match, [[PERSON|Thandiwe Mokoena]], who lives in Durban. What's a good way to ask about her great-grandparents without being pushy?",
    "Translate this Greek baptism entry: Ο [[PERSON|Γεώργιος Καλογεράκης]] του [[PERSON|Νικολάου]] εβαπτίσθη τη 12η Μαΐου 1889 εν Χανίοις.",
    "Summarise this email thread for me. [[PERSON|Hamid]] says the land in Herat went to the eldest son under custom; [[PERSON|Parisa]] says their father's will split it equally; [[PERSON|Soraya Karimi]] says she has the original deed but won't scan it until everyone agrees to meet. Then suggest a reply that keeps all three talking.",
    "Text [[PERSON|Brodie]] the reunion details: Saturday 2pm at the surf club in Noosa, his number is [[PHONE_NUMBER|0491 570 216]].",
    "Are half first cousins once removed likely to share 200 cM? Trying to place [[PERSON|Mei-Ling Tsai]].",
    "Grandad's care home lets families video call on their guest wifi, key [[PASSWORD|ElmCourtVisitor#7]]. Write simple instructions for [[PERSON|Penny]] to set up the tablet for him.",
    "Draft a DNA match message in French to [[PERSON|Étienne Lavoie]] in Québec; we share 95 cM, probably through my great-grandmother [[PERSON|Albertine Tremblay]].",
    "I'm requesting my grandfather's Army personnel file from the NPRC. He was [[PERSON|Raymond J. Kosinski]], service number [[ID_NUMBER|36 419 882]], born 1921. Write the cover letter for the SF-180.",
    "Plan a potluck schedule for 25 relatives at the beach park. Hosts are [[PERSON|Keiko Nakamura]] and [[PERSON|Alan Nakamura]]. Make it kid-friendly.",
    "My adoptive parents never told me my birth surname. The court papers say [[PERSON|Baby Girl Fenwick]], born 1969 in Newcastle. Where do I start?",
    "For Mum's tablet: Apple ID [[EMAIL_ADDRESS|joan.bright1951@icloud.com]], passcode [[PASSWORD|260351]]. Write the steps for her to open the shared family album.",
    "Make this nicer: hey [[PERSON|Ahmad]] we r doing a cousins reunion in Birmingham on 14 sept, [[PERSON|Zainab]] is cooking, can u bring Nani and the old albums",
    "Work out what each of us owes for the cottage: £1,320 split between [[PERSON|Rose]], [[PERSON|Bill]], [[PERSON|Kamal]], [[PERSON|Dagny]], [[PERSON|Yusuf]] and me, but [[PERSON|Dagny]]'s kids stay free.",
    "I'm applying for Irish citizenship through my grandmother [[PERSON|Bridget Kavanagh]], born 1924 in County Mayo. Which certificates do I need?",
    "Reunion logistics for the group chat: hall keypad code is [[PASSWORD|2580#]], chairs are in the store room, [[PERSON|Femi]] has the urn and [[PERSON|Laszlo]] brings the projector.",
    "Write a thank-you note to [[PERSON|Hiroshi Sato]] who went to the town office and copied my great-grandmother's koseki for me.",
    "Add a contact card to the tree notes: [[PERSON|Ingrid Solberg]], [[PHONE_NUMBER|+47 912 38 475]], [[EMAIL_ADDRESS|ingrid.solberg@gmail.com]], my mother's second cousin.",
    "Transcribe this voicemail into notes: [[PERSON|Darnell]] here, I think we're related through [[PERSON|Odessa Mae Tillman]], call me at [[PHONE_NUMBER|(404) 555-0137]] any evening.",
    "Add to calendar: [[PERSON|Aiyana]]'s birthday, 3 Feb",
    "Inheritance question: my father [[PERSON|Sergio Bianchi]] left a flat in Turin and I live in London. Do I need an Italian codice fiscale to accept it?",
    "The FamilySearch verification code sent to my phone is [[PASSWORD|902 611]]. My cousin [[PERSON|Ayodele]] says she needs it to help me merge duplicates. Is that normal?",
    "Draft an email to [[PERSON|Vo Thanh Tung]] ([[EMAIL_ADDRESS|tungvo.hue@gmail.com]]) asking whether his grandmother came from the same village near Huế as mine.",
    "Write a curl command to upload our GEDCOM file to the tree site; the API key is [[API_KEY|sk-fam-3Xp9QwL2vR7tY1mB6nK4zH8e]].",
    "Explain intestacy in Scotland when the deceased, [[PERSON|Morag Lindsay]], leaves a husband and two stepchildren but no will.",
    "Can you organise this call log from the reunion committee? Mon [[PERSON|Precious]] (venue), Tue [[PERSON|Lwazi]] (caterer), Wed [[PERSON|Precious]] again, Thu [[PERSON|Nomsa Dube]] (photographer).",
    "Is this address right for a letter to my new-found cousin? [[PERSON|Declan Farrelly]], [[STREET_ADDRESS|Knockbrack, Ballinamore, Co. Leitrim, N41 X2K7]]",
    "My nan keeps her bank PIN written in the front of the family Bible, [[PASSWORD|5093]]. How do I gently raise it? She's [[PERSON|Edna Marsh]], 91.",
    "Write a toast for the reunion honouring [[PERSON|Ruby]] and [[PERSON|Clement Adebayo]], married 60 years this spring.",
    "Summarise who does what: [[PERSON|Giulia]] has the wine, [[PERSON|Matteo Russo]] the chairs, Nonna [[PERSON|Pina]] the lasagne, and [[PERSON|Sandro]] picks up the cousins from Pisa airport.",
    "The county record office wants my reader's ticket number, it's [[ID_NUMBER|CARN-004817]]. Can you write an email booking a seat to see the letters of [[PERSON|Jory Penhaligon]], my 3x great-grandfather?",
    "Please check my paternal line for gaps: [[PERSON|Krzysztof Nowicki]] (b. 1950) son of [[PERSON|Stanisław Nowicki]] (b. 1921) son of [[PERSON|Antoni Nowicki]] (b. 1889).",
    "Mum's home alarm code is [[PASSWORD|1904]]. We're going through her things after the funeral this weekend. Write a message to my brothers [[PERSON|Owen]] and [[PERSON|Rhys]] with the code and who has the key.",
    "Can you put this in a table? [[PERSON|Huda Mansour]], half aunt, 1,290 cM; [[PERSON|Samir Mansour]], first cousin, 870 cM; [[PERSON|Leila Haddad]], second cousin, 230 cM.",
    "Write a reply to [[PERSON|Grace]] saying yes, we'll come to the Christmas gathering, and ask if [[PERSON|Tobias]] can bring his dog.",
    "The genealogy society renewal form asks for my member number [[ID_NUMBER|SOG-118274]] and address [[STREET_ADDRESS|12 Rue des Tilleuls, 69006 Lyon]]. Write a cover note signed [[PERSON|Hélène Marchetti]].",
    "My aunt [[PERSON|Juniper]] insists we descend from a Cherokee princess. How do I tell her kindly what the DNA says?",
    "Order four copies of the reunion photobook for [[PERSON|Mabel]], [[PERSON|Futoshi]], [[PERSON|Ines]] and me on card [[CREDIT_CARD|4024 8146 3194 7759]]? Actually first tell me if it's even safe to paste card numbers here.",
    "Write a short obituary for the tree profile of [[PERSON|Kateryna Bondarenko]] ([[PERSON|Катерина Бондаренко]]), 1930 to 2019, a nurse in Lviv and later in Winnipeg.",
    "My half-brother [[PERSON|Yaw Mensah]] just messaged me from Kumasi after our match showed up. Write a reply that says I'm glad, I'm nervous, and I'd like to video call first. Add that my number is [[PHONE_NUMBER|+44 7700 900562]] and that I'll tell Mum once we've spoken.",
    "Draft a short family group chat poll: reunion in July or August? Hosts [[PERSON|Sunita]] and [[PERSON|Deepak Joshi]] need to know by Sunday.",
    "Help me explain to [[PERSON|Ayşe Kaya]] why her DNA ethnicity estimate changed from 60% Balkan to 35% after the update.",
    "Rewrite this so it sounds less cold: [[PERSON|Paulo]], the tree is private now because [[PERSON|Vânia]] asked. Message me if you need access.",
    "My grandmother [[PERSON|Fumiko Ishikawa]] came to Brazil in 1934. Where would her immigration card be kept, and can I request it from abroad?",
    "Reunion thank-you list: [[PERSON|Hope]], [[PERSON|Dawn]], [[PERSON|Ignatius]], [[PERSON|Lorenzo]], [[PERSON|Bogdan]], [[PERSON|Nasrin]]. One line each, warm but short.",
]

# 100 one-person records: forms, rows, exports, cards, log lines and letters.
RECORDS = [
    "Adoption Contact Register (England), Part 1 applicant: [[PERSON|Lesley Anne Carver]]; NHS number [[ID_NUMBER|427 648 9326]]; address [[STREET_ADDRESS|19 Hawthorn Rise, Stockport SK2 7DL]]; born 11/02/1968.",
    "DNA match export\nkit_id,name,email,shared_cm\n[[ID_NUMBER|A8841207]],[[PERSON|Tobias Marlowe]],[[EMAIL_ADDRESS|tmarlowe.gen@protonmail.com]],1832",
    "वंशावली पंजीकरण: नाम [[PERSON|सुनीता देवी शर्मा]], आधार [[ID_NUMBER|5829 0147 9504]], मोबाइल [[PHONE_NUMBER|+91 98450 21736]], गाँव रामपुर, जिला बरेली।",
    "Aanvraag inzage adoptiedossier. Naam: [[PERSON|Marleen de Vries-Kok]], BSN [[ID_NUMBER|380699771]], e-mail [[EMAIL_ADDRESS|marleen.devrieskok@ziggo.nl]], geboren 3 april 1975 te Utrecht.",
    "Wniosek o odpis zupełny aktu zgonu. Wnioskodawca: [[PERSON|Kazimierz Dąbrowski]], PESEL [[ID_NUMBER|57031802332]], adres: [[STREET_ADDRESS|ul. Kościuszki 45 m. 7, 30-105 Kraków]].",
    '{"person": "[[PERSON|Eleanor Whitcombe]]", "birth": "1902-08-14", "death": "1987-01-30", "fs_id": "[[ID_NUMBER|LZ8K-QP4]]"}',
    "Formulário de inventário, herdeira: [[PERSON|Luciana Barros Teixeira]], CPF [[ID_NUMBER|880.988.360-88]], telefone [[PHONE_NUMBER|+55 11 98734-2210]], e-mail [[EMAIL_ADDRESS|lu.bteixeira@uol.com.br]].",
    "Soy ağacı başvurusu. Ad Soyad: [[PERSON|Mehmet Emin Yıldırım]], T.C. Kimlik No: [[ID_NUMBER|33235079114]], Tel: [[PHONE_NUMBER|+90 532 418 7265]].",
    "Solicitud de certificado literal de nacimiento. Solicitante: [[PERSON|Inmaculada Ferrer Soler]], DNI [[ID_NUMBER|26538916K]], domicilio [[STREET_ADDRESS|Calle Mayor 18, 3º B, 46001 Valencia]].",
    "Inscripció a la trobada familiar: [[PERSON|Oumar Diallo]], NIE [[ID_NUMBER|Y3515976A]], telèfon [[PHONE_NUMBER|+34 622 418 093]].",
    "Sukututkimusseuran jäsenrekisteri: [[PERSON|Aino Helena Virtanen]], henkilötunnus [[ID_NUMBER|120648-610M]], sähköposti [[EMAIL_ADDRESS|aino.virtanen@elisanet.fi]].",
    "Richiesta di certificato storico di famiglia al Comune di Napoli. Richiedente: [[PERSON|Giovanna Rossi]], codice fiscale [[ID_NUMBER|RSSGNN52L41F839S]], tel. [[PHONE_NUMBER|+39 081 552 3914]].",
    "家谱登记表 姓名：[[PERSON|周建国]] 身份证号：[[ID_NUMBER|320502196308221419]] 联系电话：[[PHONE_NUMBER|+86 139 1724 5580]] 籍贯：江苏苏州",
    "寻亲登记：[[PERSON|林晓燕]]，身份证 [[ID_NUMBER|440106198805173024]] ，1988年出生于广州，幼年被收养，现寻找亲生父母。 邮箱 [[EMAIL_ADDRESS|xiaoyan.lin88@qq.com]]",
    "Clan association membership. Name: [[PERSON|Tan Boon Huat]] | NRIC: [[ID_NUMBER|S6829415J]] | Mobile: [[PHONE_NUMBER|+65 9127 4830]] | Hokkien, ancestral village in Anxi",
    "족보 등록 신청서 성명: [[PERSON|박순자]] 주민등록번호: [[ID_NUMBER|540917-2571719]] 연락처: [[PHONE_NUMBER|010-4827-3316]] 본관: 밀양",
    "Deceased estate beneficiary details. Name: [[PERSON|Kylie Margaret Donnelly]]; TFN: [[ID_NUMBER|946 498 481]]; Address: [[STREET_ADDRESS|7 Banksia Court, Toowoomba QLD 4350]]; Relationship: granddaughter.",
    "Reunion first-aid form: [[PERSON|Jarrah Williams]], Medicare [[ID_NUMBER|5946 05230 1]], emergency contact [[PHONE_NUMBER|0491 570 382]], allergy: peanuts.",
    "相続手続き 届出書 氏名 [[PERSON|佐々木 和子]] 個人番号 [[ID_NUMBER|9162 2126 7189]] 住所 [[STREET_ADDRESS|〒980-0811 宮城県仙台市青葉区一番町2-4-7]]",
    "Application for an Irish birth certificate (genealogy purposes). Applicant: [[PERSON|Niamh Ní Dhomhnaill]], PPSN [[ID_NUMBER|3794508HA]], email [[EMAIL_ADDRESS|niamhnid@eircom.net]].",
    "Demande de copie intégrale d'acte de naissance. Demandeur : [[PERSON|Solange Marie Bertin]], n° de sécurité sociale [[ID_NUMBER|2 51 03 75 120 031 38]], adresse [[STREET_ADDRESS|14 rue Victor Hugo, 37000 Tours]].",
    "Formulaire de succession. Héritier : [[PERSON|Luc Vandenberghe]], numéro de registre national [[ID_NUMBER|46.02.24-131.32]], IBAN [[IBAN_CODE|BE13 0634 1829 7031]].",
    "Slektsgranskning, registrering: [[PERSON|Sigrid Haugland]], fødselsnummer [[ID_NUMBER|03075285433]], telefon [[PHONE_NUMBER|+47 917 45 208]].",
    "Habilitação de herdeiros: [[PERSON|Rui Miguel Carvalho]], NIF [[ID_NUMBER|248071394]], morada [[STREET_ADDRESS|Rua de Cedofeita 212, 4050-174 Porto]].",
    "Cerere pentru duplicat certificat de naștere: [[PERSON|Elena Popescu]], CNP [[ID_NUMBER|2590814136424]], telefon [[PHONE_NUMBER|+40 722 518 349]].",
    "Registro de reencuentro familiar: [[PERSON|Valentina Soto Araya]], RUT [[ID_NUMBER|17.766.352-2]], correo [[EMAIL_ADDRESS|vsotoaraya@gmail.com]].",
    "Sugupuu andmebaas, isik: [[PERSON|Mari Tamm]], isikukood [[ID_NUMBER|46103214520]], e-post [[EMAIL_ADDRESS|mari.tamm61@hot.ee]].",
    "Ættfræðifélagið, félagatal: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|190754-3323]], sími [[PHONE_NUMBER|+354 862 4417]].",
    "Žádost o výpis z matriky narozených: [[PERSON|Jana Procházková]], rodné číslo [[ID_NUMBER|556114/6426]], adresa [[STREET_ADDRESS|Vinohradská 48, 120 00 Praha 2]].",
    "Заява про пошук родичів: [[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|2460837308]], тел. [[PHONE_NUMBER|+380 67 412 5893]].",
    "Erbscheinsantrag, Angaben zur Person: [[PERSON|Dieter Hohenstein]], Steuer-ID [[ID_NUMBER|52 115 025 889]], Anschrift [[STREET_ADDRESS|Lindenstraße 7, 34117 Kassel]].",
    "Whānau reunion registration: [[PERSON|Rāwiri Paki]], NHI [[ID_NUMBER|WXU1384]], mobile [[PHONE_NUMBER|+64 27 391 6604]], dietary needs: none.",
    "Släktforskarförbundet, medlemsregister: [[PERSON|Birgitta Lundqvist]], personnummer [[ID_NUMBER|480611-2522]], adress [[STREET_ADDRESS|Storgatan 14, 722 12 Västerås]].",
    "Estate executor form: beneficiary [[PERSON|Mathieu Gagnon]], SIN [[ID_NUMBER|420 564 270]], phone [[PHONE_NUMBER|(514) 555-0119]].",
    "Ontario adoption disclosure request. Applicant [[PERSON|Shauna Redsky]], SIN [[ID_NUMBER|616-055-638]], mailing address [[STREET_ADDRESS|302-88 Queen St W, Thunder Bay, ON P7B 1A9]].",
    "בקשה לאיתור קרובי משפחה: [[PERSON|רחל אברמוביץ]], ת.ז. [[ID_NUMBER|056596810]], טלפון [[PHONE_NUMBER|+972 52 741 3308]].",
    "Αίτηση για ληξιαρχική πράξη γέννησης: [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|15036192977]], τηλ. [[PHONE_NUMBER|+30 694 518 2267]].",
    "Familiereünie registrasie: [[PERSON|Hendrik Johannes Botha]], ID-nommer [[ID_NUMBER|6204058865736]], sel [[PHONE_NUMBER|+27 82 614 3390]].",
    "Family history clinic referral. Patient: [[PERSON|Gwendolyn Ashby]], NHS No. [[ID_NUMBER|652 514 7131]]. Reason: suspected inherited BRCA2 variant, maternal aunt and grandmother affected.",
    "Succession affidavit. Deponent [[PERSON|Venkatesh Iyer]], Aadhaar [[ID_NUMBER|8339 2943 0952]], residing at [[STREET_ADDRESS|Flat 3B, Lotus Residency, 14 Cathedral Road, Chennai 600086]].",
    "Heir registration (Poland): [[PERSON|Paulina Wróbel]], PESEL [[ID_NUMBER|89111034933]], IBAN [[IBAN_CODE|PL39 1090 2590 0000 0001 3274 5638]].",
    "Ficha de inscrição no reencontro da família: [[PERSON|Joaquim Rocha Neto]], CPF [[ID_NUMBER|384.370.053-29]], WhatsApp [[PHONE_NUMBER|+55 85 99612-4470]].",
    '2025-03-14 09:12:44 login ok user=[[ID_NUMBER|hgarrity_tree]] ip=[[IP_ADDRESS|203.0.113.77]] name="[[PERSON|Hollis Garrity]]"',
    "BEGIN:VCARD FN:[[PERSON|Wilhelmina Osei-Tutu]] TEL:[[PHONE_NUMBER|+44 7700 900731]] EMAIL:[[EMAIL_ADDRESS|mina.oseitutu@gmail.com]] NOTE:second cousin, Kumasi line END:VCARD",
    "Запрос в ЗАГС о выдаче повторного свидетельства о рождении: [[PERSON|Людмила Сергеевна Кузнецова]], адрес [[STREET_ADDRESS|ул. Садовая, д. 17, кв. 42, Самара, 443010]], тел. [[PHONE_NUMBER|+7 927 604 1583]].",
    "استمارة تسجيل في شجرة العائلة: الاسم [[PERSON|خالد عبد الرحمن العلي]]، البريد [[EMAIL_ADDRESS|khaled.alali@hotmail.com]]، الهاتف [[PHONE_NUMBER|+971 50 318 7246]]",
    "แบบฟอร์มลงทะเบียนงานรวมญาติ ชื่อ [[PERSON|สมศรี วงศ์ใหญ่]] โทร [[PHONE_NUMBER|+66 81 472 9035]] อีเมล [[EMAIL_ADDRESS|somsri.w@hotmail.co.th]]",
    "Phiếu đăng ký họp mặt dòng họ: [[PERSON|Trần Văn Minh]], điện thoại [[PHONE_NUMBER|+84 903 517 248]], địa chỉ [[STREET_ADDRESS|45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]].",
    "Data anggota keluarga besar: [[PERSON|Siti Rahmawati]], HP [[PHONE_NUMBER|+62 812 3390 4716]], alamat [[STREET_ADDRESS|Jl. Kenanga No. 8, Sleman, Yogyakarta 55281]].",
    "Pagpaparehistro sa family reunion: [[PERSON|Maria Luisa Dimaculangan]], cellphone [[PHONE_NUMBER|+63 917 482 6031]], email [[EMAIL_ADDRESS|mldimaculangan@yahoo.com]].",
    "Fomu ya usajili wa mkutano wa ukoo: [[PERSON|Amina Wanjiru]], simu [[PHONE_NUMBER|+254 722 639 184]], barua pepe [[EMAIL_ADDRESS|aminawanjiru@gmail.com]].",
    "Ìforúkọsílẹ̀ fún ìpàdé ẹbí: Orúkọ [[PERSON|Adébáyọ̀ Ọláòṣebìkan]], fóònù [[PHONE_NUMBER|+234 803 516 2294]].",
    "Cais am gopi o dystysgrif priodas: [[PERSON|Elin Haf Prydderch]], cyfeiriad [[STREET_ADDRESS|Tŷ Gwyn, 3 Ffordd y Môr, Aberaeron SA46 0BT]].",
    "Iarratas ar thaifid bhaiste: [[PERSON|Seosamh Mac Giolla Bhríde]], seoladh ríomhphoist [[EMAIL_ADDRESS|seosamh.mgb@gmail.com]].",
    "Anyakönyvi kivonat igénylése: [[PERSON|Kovács Erzsébet]], lakcím [[STREET_ADDRESS|Petőfi Sándor utca 12, 6720 Szeged]], telefon [[PHONE_NUMBER|+36 30 418 5527]].",
    "Tilmelding til slægtsstævne: [[PERSON|Mette Kjærgaard]], mobil [[PHONE_NUMBER|+45 28 61 94 37]], e-mail [[EMAIL_ADDRESS|mette.kjaergaard@mail.dk]].",
    "Mitgliedsantrag Genealogischer Verein: [[PERSON|Ursula Brenninkmeyer]], Mitgliedsnummer [[ID_NUMBER|GV-20417]], Telefon [[PHONE_NUMBER|030 23125 648]].",
    "Fiche de correspondance ADN : [[PERSON|Anne-Sophie Leclerc]], kit [[ID_NUMBER|FR-58213-MH]], 312 cM partagés, tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Registro de asistencia a la reunión familiar: [[PERSON|Guadalupe Hernández Ríos]], celular [[PHONE_NUMBER|+52 55 4128 7730]], domicilio [[STREET_ADDRESS|Av. Insurgentes Sur 1457, Col. Insurgentes Mixcoac, 03920 Ciudad de México]].",
    "Albero genealogico, scheda persona: [[PERSON|Antonino Lo Presti]], nato a Messina nel 1897, emigrato a New York nel 1920, ID FamilySearch [[ID_NUMBER|GQ7M-2LX]].",
    "家系図 連絡先 [[PERSON|山本 浩二]] 電話 [[PHONE_NUMBER|090-3817-4462]] メール [[EMAIL_ADDRESS|koji.yamamoto.1960@docomo.ne.jp]]",
    "가족 모임 참석 명단 이름: [[PERSON|김민준]] 휴대폰: [[PHONE_NUMBER|010-7741-2093]] 주소: [[STREET_ADDRESS|서울특별시 마포구 월드컵북로21길 14]]",
    "Zahtjev za izvadak iz matice rođenih: [[PERSON|Ivana Horvat]], adresa [[STREET_ADDRESS|Ilica 112, 10000 Zagreb]], tel. [[PHONE_NUMBER|+385 91 527 3814]].",
    "Пријава за породични скуп: [[PERSON|Милош Јовановић]], телефон [[PHONE_NUMBER|+381 64 218 5573]], долази са супругом.",
    "Giminės susitikimo registracija: [[PERSON|Rūta Kazlauskienė]], el. paštas [[EMAIL_ADDRESS|ruta.kazlauskiene@gmail.com]], tel. [[PHONE_NUMBER|+370 612 48 337]].",
    "Dzimtas koka dalībnieks: [[PERSON|Jānis Bērziņš]], tālrunis [[PHONE_NUMBER|+371 2614 8820]], adrese [[STREET_ADDRESS|Brīvības iela 88-5, Rīga, LV-1001]].",
    "Prijava na družinsko srečanje: [[PERSON|Tina Kranjc]], e-pošta [[EMAIL_ADDRESS|tina.kranjc@siol.net]], pride z dvema otrokoma.",
    "পারিবারিক পুনর্মিলনী নিবন্ধন: নাম [[PERSON|রহিম উদ্দিন চৌধুরী]], মোবাইল [[PHONE_NUMBER|+880 1712 458 903]]",
    "خاندانی شجرہ فارم: نام [[PERSON|نسرین اختر]]، فون [[PHONE_NUMBER|+92 300 518 4472]]، ای میل [[EMAIL_ADDRESS|nasreen.akhtar@yahoo.com]]",
    "فرم ثبت‌نام دورهمی خانوادگی: نام [[PERSON|مریم رضایی]]، تلفن [[PHONE_NUMBER|+98 912 418 3365]]",
    "Borang pendaftaran perjumpaan keluarga: [[PERSON|Nurul Aisyah binti Hashim]], telefon [[PHONE_NUMBER|+60 12 417 8853]].",
    "Ukubhaliswa komhlangano womndeni: [[PERSON|Sipho Ndlovu]], ucingo [[PHONE_NUMBER|+27 73 218 4406]].",
    "Dear Mr [[PERSON|Alasdair Munro]], your search of the Kirk Session minutes is complete and the invoice has been sent to [[EMAIL_ADDRESS|a.munro.inverness@btinternet.com]]. Highland Archive Centre",
    "[[PERSON|Cressida Vaughan]];attending;2 adults 1 child;[[PHONE_NUMBER|07700 900264]];vegetarian",
    "Match: [[PERSON|Obadiah Fairweather]] | Shared: 1,156 cM | Longest: 98 cM | Predicted: first cousin | Contact: [[EMAIL_ADDRESS|obie.fairweather@fastmail.com]]",
    "[2025-06-02 21:47:03] WARN failed 2FA for user [[ID_NUMBER|nkhumalo_roots]] from [[IP_ADDRESS|198.51.100.203]] ([[PERSON|Nokuthula Khumalo]])",
    "Grant of Probate. Estate of [[PERSON|Herbert Lionel Cattermole]], late of [[STREET_ADDRESS|The Old Forge, Church Street, Aylsham, Norfolk NR11 6AB]], died 3 January 2024.",
    "Name: [[PERSON|LaToya Pettiford]] / Relationship: half-sister (paternal) / Phone: [[PHONE_NUMBER|(336) 555-0148]] / Address: [[STREET_ADDRESS|1209 Spruce St, Winston-Salem, NC 27101]]",
    "SS-5 copy request for a deceased person: [[PERSON|Harold Vincent Mazur]], SSN [[US_SSN|338-42-7615]], died 1998 in Gary, Indiana.",
    '{"name": "[[PERSON|Saoirse Quinlan]]", "role": "reunion treasurer", "iban": "[[IBAN_CODE|IE46AIBK93104827361054]]", "mobile": "[[PHONE_NUMBER|+353 87 412 6609]]"}',
    "Beneficiary payment: [[PERSON|Conrad Eichel]], IBAN [[IBAN_CODE|DE09370400440532167894]], share 25% of the residuary estate.",
    "Adoption information request (NZ). Adopted person: [[PERSON|Tayla Rangi Hohaia]], born 1986 in Rotorua, postal address [[STREET_ADDRESS|PO Box 2217, Rotorua 3040]].",
    "Reader registration, county archives: [[PERSON|Imogen Fairclough]], reader ticket [[ID_NUMBER|RT-7749120]], email [[EMAIL_ADDRESS|imogen.fairclough@outlook.com]]",
    "0 @U1@ SUBM 1 NAME [[PERSON|Rosamund Pardoe]] 1 ADDR [[STREET_ADDRESS|22 Wren Close, Dudley DY1 2PL]] 1 EMAIL [[EMAIL_ADDRESS|ros.pardoe@virginmedia.com]]",
    "reunion-fund.csv: 2025-05-11,[[PERSON|Marcus Delacroix-Obi]],£45.00,card [[CREDIT_CARD|4485 4759 6201 9808]],paid",
    "To whom it may concern, I authorise my niece to collect certificates on my behalf. Signed, [[PERSON|Winifred Appleyard]], [[STREET_ADDRESS|Flat 6, 31 Victoria Road, Harrogate HG1 5LQ]].",
    "FamilyTreeDNA account: kit [[ID_NUMBER|IN84215]], holder [[PERSON|Augustin Mbeki-Laurent]], password [[PASSWORD|Kinshasa!Roots1958]]",
    "Burial register 1917, entry 412: Pte [[PERSON|Albert Noakes]], service no. [[ID_NUMBER|G/14921]], Royal Sussex Regiment, buried at Étaples.",
    "Kit activation: [[ID_NUMBER|AD-3381-9027-4415]] registered to [[PERSON|Beatriz Valente]], born 22/09/1990, [[EMAIL_ADDRESS|bia.valente90@gmail.com]]",
    "[[PERSON|Summer Nguyen-Blake]], [[PHONE_NUMBER|+1 503 555 0126]], reunion coordinator, Portland branch",
    "FOIA request to NARA. Requester: [[PERSON|Deshawn Whitaker]], [[STREET_ADDRESS|560 Magnolia Dr, Savannah, GA 31405]], [[PHONE_NUMBER|912-555-0173]].",
    "tree-sync.conf: owner=[[PERSON|Leopold Ferencz]] api_key=[[API_KEY|ak_9Vx2LqP7tN4mZ8rB1cY6wK3s]] endpoint=https://api.example-tree.net/v2",
    "Holiday let booking for reunion week. Lead guest [[PERSON|Fenella Crichton]], door code [[PASSWORD|7316]], check-in from 15:00.",
    "Contact: [[PERSON|Olamide Adesanya]], [[EMAIL_ADDRESS|olamide.adesanya@live.co.uk]], [[PHONE_NUMBER|07700 900589]]",
    "Adoption search log, 12 Apr: spoke with the intermediary about [[PERSON|Caroline Jessop]] (possible birth mother), last known address [[STREET_ADDRESS|4 Tithe Barn Lane, Ludlow SY8 1EW]].",
    "Reunion RSVP: [[PERSON|Mitchell O'Donoghue]], [[PHONE_NUMBER|+61 491 570 944]], bringing a swag, arriving Friday arvo.",
    "Ancestry member profile: username [[ID_NUMBER|hazelgrove_1957]], display name [[PERSON|Hazel Grove]], location Cheltenham, tree public.",
    "Trobada familiar, llista d'allotjament: [[PERSON|Montserrat Puigdomènech]], habitació 3, mòbil [[PHONE_NUMBER|+34 633 701 482]].",
    "Stamboomvereniging ledenlijst: [[PERSON|Pieter-Jan Claes]], lidnummer [[ID_NUMBER|VVF-88213]], e-mail [[EMAIL_ADDRESS|pj.claes@telenet.be]].",
    "Dotazník k rodinnému stretnutiu: [[PERSON|Zuzana Kováčiková]], telefón [[PHONE_NUMBER|+421 905 318 442]].",
]

# 25 MT-Bench and Vicuna-style prompts, no private person.
CLEAN_MTBENCH = [
    "Write a short story about a woman who finds, in a trunk in her attic, evidence that her grandmother was a wartime codebreaker.",
    "Compose a persuasive essay on why primary schools should teach children to build their own family trees.",
    "Imagine you are Sherlock Holmes. Deduce a stranger's ancestry from their appearance, then explain why such deductions are unreliable.",
    "Explain the difference between autosomal DNA, Y-DNA and mitochondrial DNA tests to a high-school student.",
    "Draft a blog post about the ethics of including living relatives in a public online family tree.",
    "Role-play as a nineteenth-century parish clerk explaining to a visitor how baptisms and burials were recorded.",
    "What were the main causes of Irish emigration between 1845 and 1855? Answer in three paragraphs.",
    "Write a Python function that takes a list of (child, parent) pairs and returns every ancestor of a given individual.",
    "Compare the civil registration records available in England and Wales with those in Scotland.",
    "Summarise the plot of Alex Haley's Roots in under 150 words.",
    "Write a haiku about an empty chair at a family reunion.",
    "How did Queen Victoria's descendants carry haemophilia into several European royal families?",
    "Give me ten icebreaker games for a family reunion where the ages range from 4 to 90.",
    "Explain what GEDCOM is and why genealogy software still relies on it.",
    "Write a dialogue between Elizabeth Bennet and Mr Darcy about the entail on Longbourn.",
    "What is the statistical reasoning behind the ranges of shared centimorgans for different relationships?",
    "Describe how an immigrant arriving at Ellis Island in 1907 was processed, step by step.",
    "Suggest a name and a motto for a family history society in a small coastal town.",
    "If you could interview Charles Darwin about his family's marriages with the Wedgwoods, what five questions would you ask?",
    "Write SQL to create tables for individuals, events and relationships in a genealogy database.",
    "Argue both sides: should adopted adults have an unconditional right to see their original birth certificate?",
    "Rewrite this sentence to sound more formal: we're gonna dig through the old census stuff this weekend.",
    "What does One Hundred Years of Solitude by Gabriel García Márquez say about memory and family identity?",
    "Explain how endogamy complicates DNA match predictions in communities that married within themselves for centuries.",
    "Plan a five-day genealogy research trip to Salt Lake City, including library opening hours and rest days.",
]

# 25 GSM8K-style word problems (fictional first names only).
CLEAN_GSM8K = [
    "Maria is organising a family reunion. She invites 48 relatives and 3/4 of them say yes. If each guest eats 2 burgers, how many burgers does she need?",
    "A family tree shows 2 parents, 4 grandparents, 8 great-grandparents and so on. How many ancestors are there in the 6th generation back?",
    "Kenji paid $89 for a DNA test and $12 a month for a records subscription. How much did he spend in the first year?",
    "The reunion hall costs £350 plus £6 per guest. If 65 guests come and the cost is split equally among 5 siblings, how much does each sibling pay?",
    "Aisha has 240 old photos to scan. She scans 18 an hour for the first 5 hours and 25 an hour after that. How many hours does she need in total?",
    "A certificate costs £12.50 and priority service adds £11.50 more. Tom orders 3 standard and 2 priority certificates. What is the total?",
    "Grandpa Lou left $96,000 so that the eldest child gets twice as much as each of the three younger children. How much does the eldest receive?",
    "A genealogy club has 84 members. 25% research Irish ancestry, and one third of the rest research German ancestry. How many research German ancestry?",
    "Priya's great-grandmother was born in 1898. Priya was born 92 years later. How old was Priya at the end of 2024?",
    "At the reunion, 7 tables seat 8 people each and 3 tables seat 10 each. If 81 people attend, how many seats are empty?",
    "Sam drives 215 miles to the reunion at 50 miles per hour and stops once for 45 minutes. How long does the trip take?",
    "An archive charges $0.25 per page copied plus a $5 handling fee. Elena copies 86 pages. How much does she pay?",
    "Omar and his father share 3,400 cM. A half-sibling usually shares about half as much as a parent. About how many cM would Omar share with a half-brother?",
    "A family cookbook has 120 recipes. Nana wrote 35, Aunt Rita wrote 28, and 7 cousins wrote the rest equally. How many recipes did each cousin write?",
    "Lucy plants a memory garden with 4 rows of 9 roses. 6 roses die, and she replants twice as many as died. How many roses are there now?",
    "A photobook costs $34 each, or $28 each when 10 or more are ordered. The family orders 12. How much do they save compared with the single price?",
    "Ben's tree has 340 individuals and he adds 15 a week. How many weeks until it has at least 500?",
    "A coach for the reunion holds 52 people and 130 relatives need a ride. How many coaches are needed and how many seats are left empty?",
    "Hana bakes 6 trays of 24 cookies. Her cousins eat 5/8 of them. How many cookies are left?",
    "An estate worth $240,000 pays 4% in fees, then the rest is split equally among 4 heirs. How much does each heir get?",
    "Diego buys 3 packs of archival sleeves at $7.40 each and 2 binders at $11.25 each. He pays with $50. How much change does he get?",
    "If a generation lasts about 28 years, roughly how many generations separate someone born in 2000 from an ancestor born in 1720?",
    "Nia records oral histories: 4 aunts for 45 minutes each and 3 uncles for 35 minutes each. How many hours of audio does she have?",
    "A family chat had 1,260 messages in June and 35% more in July. How many messages were sent in July?",
    "Felix transcribes 14 census pages on each weekday and 20 on each weekend day. How many pages does he transcribe in two weeks?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which type of DNA is passed almost unchanged from father to son?\nA. Mitochondrial DNA\nB. Y-chromosome DNA\nC. X-chromosome DNA\nD. Ribosomal RNA",
    "In genetic genealogy, a centimorgan is a unit of:\nA. physical length in base pairs\nB. genetic linkage based on recombination probability\nC. mutation rate per generation\nD. ancestry percentage",
    "Under the intestacy rules of England and Wales, who inherits the whole estate when the deceased leaves a spouse and no children?\nA. The parents\nB. The siblings\nC. The spouse\nD. The Crown",
    "On average, what fraction of their autosomal DNA do full siblings share?\nA. 12.5%\nB. 25%\nC. 50%\nD. 100%",
    "Which of the following is a primary source for a birth in 1880?\nA. A family history book written in 1990\nB. A baptism register entry made in 1880\nC. An online index of births\nD. A descendant's recollection",
    "The 1993 Hague Convention chiefly governs:\nA. child custody in divorce\nB. intercountry adoption\nC. international wills\nD. cross-border marriages",
    "A trait appears only in males and passes from affected fathers to all of their sons. The pattern is most likely:\nA. autosomal dominant\nB. autosomal recessive\nC. X-linked recessive\nD. Y-linked",
    "The legal doctrine under which property passes to the state when no heirs exist is called:\nA. escheat\nB. probate\nC. intestacy\nD. adverse possession",
    "Most of the 1890 United States federal census was lost because of:\nA. a flood in 1889\nB. a fire in 1921\nC. deliberate shredding in 1950\nD. wartime bombing",
    "Haplogroups are mainly used to infer:\nA. recent relatives within five generations\nB. deep ancestral lineages\nC. disease risk\nD. exact birthplaces",
    "Marriage within a closed social or religious group is known as:\nA. exogamy\nB. polygyny\nC. endogamy\nD. hypergamy",
    "A gift made to heirs per stirpes means that:\nA. each living heir takes an equal share regardless of branch\nB. each branch of the family takes the share its ancestor would have taken\nC. only the eldest child inherits\nD. the estate goes to charity",
    "The Domesday Book was compiled on the orders of:\nA. Alfred the Great\nB. Henry VIII\nC. William the Conqueror\nD. Elizabeth I",
    "Why might two genuine fourth cousins share no detectable DNA?\nA. Laboratory error only\nB. Random recombination removes segments over generations\nC. DNA does not pass beyond grandparents\nD. Fourth cousins are never biologically related",
    "In England, if a beneficiary witnesses a will, usually:\nA. the whole will is void\nB. the gift to that beneficiary fails but the will stands\nC. the executor must be replaced\nD. nothing changes",
    "Two parents who are both carriers of a recessive condition have a child. The probability the child is affected is:\nA. 0%\nB. 25%\nC. 50%\nD. 75%",
    "In nineteenth-century Catholic parishes, the record most likely to name both parents of an infant is the:\nA. burial register\nB. confirmation list\nC. baptism register\nD. tithe map",
    "A household of grandparents, parents and children living together is usually called:\nA. a nuclear family\nB. an extended family\nC. a blended family\nD. a kinship network",
    "When police use consumer DNA databases to identify suspects, which ethical concern is most central?\nA. Data storage costs\nB. Consent of relatives who never tested\nC. Laboratory accuracy\nD. Court scheduling",
    "In a patrilineal kinship system, descent is traced through:\nA. the mother's line\nB. both lines equally\nC. the father's line\nD. godparents",
    "Primogeniture is the custom by which:\nA. property is divided equally among children\nB. the firstborn child, often the eldest son, inherits\nC. the youngest child inherits\nD. the spouse inherits everything",
    "Which of these disorders is X-linked recessive?\nA. Huntington's disease\nB. Cystic fibrosis\nC. Haemophilia A\nD. Marfan syndrome",
    "Consanguinity refers to:\nA. relation by marriage\nB. relation by blood\nC. relation by adoption\nD. relation by godparenthood",
    "In adoption law, a sealed birth record is one that:\nA. is destroyed after adoption\nB. can be opened only under conditions set by law\nC. is published in the gazette\nD. is held by the adoptive parents",
    "In psychology, the reminiscence bump refers to:\nA. better memory for events from adolescence and early adulthood\nB. forgetting recent events in old age\nC. false memories created by photos\nD. memory loss after head injury",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Should I tell my doctor about a family history of heart disease if it was only my grandfather?",
    "What does it mean if a consumer DNA health report says I'm a carrier for cystic fibrosis?",
    "Is BRCA testing usually offered if only a great-aunt had breast cancer?",
    "How stressful is meeting biological family later in life, and what helps with the anxiety beforehand?",
    "Can a consumer DNA test reliably detect Huntington's disease?",
    "How do I keep food safe for 60 people at an outdoor reunion in hot weather?",
    "Which vaccines should older relatives be up to date on before a big family gathering in winter?",
    "My adopted child has no family medical history. Which screenings should we ask the paediatrician about?",
    "Is familial hypercholesterolaemia inherited from one parent or does it need both?",
    "What are the early signs of dementia that families often notice at holiday gatherings?",
    "How long should I wait after a cold before visiting a newborn in the family?",
    "Can grief after losing a parent cause chest pain, and when should I get it checked?",
    "Is it safe to have a couple of drinks at a family wedding while taking sertraline?",
    "What does autosomal dominant mean for the risk that my children inherit a condition?",
    "How should I bring a raw result from a consumer DNA test to a genetic counsellor?",
    "Are there real health risks for the children of first cousins?",
    "If one parent had type 2 diabetes, how much does that raise my own risk and what can I do about it?",
    "At what age should colon cancer screening start when a parent had it before 50?",
    "How can elderly relatives avoid dehydration and stiff legs on a long car trip to a reunion?",
    "Is hereditary haemochromatosis more common in people with Irish ancestry, and how is it tested?",
    "Can hours of sitting while transcribing old records cause lower back pain, and which stretches help?",
    "What should go in a first-aid kit for a family camping weekend with small children?",
    "Is eye strain from reading microfilm for hours harmful in the long term?",
    "How do I manage a toddler's peanut allergy at a big family buffet?",
    "Does a family history of glaucoma mean I should start eye pressure checks earlier?",
]

# Every national id in the records and its validator (40, of 34 kinds; DNI and NIE apart).
NATIONAL_IDS = {
    "427 648 9326": nhs_ok,  # NHS number
    "652 514 7131": nhs_ok,
    "5829 0147 9504": aadhaar_ok,  # Indian Aadhaar
    "8339 2943 0952": aadhaar_ok,
    "380699771": bsn_ok,  # Dutch BSN
    "57031802332": pesel_ok,  # Polish PESEL
    "89111034933": pesel_ok,
    "880.988.360-88": cpf_ok,  # Brazilian CPF
    "384.370.053-29": cpf_ok,
    "33235079114": kimlik_ok,  # Turkish kimlik
    "26538916K": dni_ok,  # Spanish DNI
    "Y3515976A": dni_ok,  # Spanish NIE
    "120648-610M": hetu_ok,  # Finnish henkilötunnus
    "RSSGNN52L41F839S": codice_fiscale_ok,  # Italian codice fiscale
    "320502196308221419": china_id_ok,  # Chinese resident identity number
    "440106198805173024": china_id_ok,
    "S6829415J": nric_ok,  # Singapore NRIC
    "540917-2571719": rrn_ok,  # Korean resident registration number
    "946 498 481": tfn_ok,  # Australian tax file number
    "5946 05230 1": medicare_ok,  # Australian Medicare
    "9162 2126 7189": my_number_ok,  # Japanese My Number
    "3794508HA": pps_ok,  # Irish PPS number
    "2 51 03 75 120 031 38": nir_ok,  # French NIR
    "46.02.24-131.32": belgian_id_ok,  # Belgian national number
    "03075285433": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248071394": nif_ok,  # Portuguese NIF
    "2590814136424": cnp_ok,  # Romanian CNP
    "17.766.352-2": rut_ok,  # Chilean RUT
    "46103214520": isikukood_ok,  # Estonian isikukood
    "190754-3323": kennitala_ok,  # Icelandic kennitala
    "556114/6426": rodne_cislo_ok,  # Czech rodné číslo
    "2460837308": rnokpp_ok,  # Ukrainian RNOKPP
    "52 115 025 889": steuer_id_ok,  # German tax id
    "WXU1384": nhi_ok,  # New Zealand NHI
    "480611-2522": luhn_len(10),  # Swedish personnummer
    "420 564 270": luhn_len(9),  # Canadian SIN
    "616-055-638": luhn_len(9),
    "056596810": luhn_len(9),  # Israeli teudat zehut
    "15036192977": luhn_len(11),  # Greek AMKA
    "6204058865736": luhn_len(13),  # South African id
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
        r"01632 960\d{3}",  # UK drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|34|36|39|40|45|47|48|52|55|60|62|63|64|65|66|84|86|90|91|92|98|234|254|351|353|354|370|371|380|381|385|421|880|962|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chats, at least 90 chats naming someone and 18 to 22 holding a
    secret (a password, PIN, code or key, or an API key), among them 18 to 22 with a
    PASSWORD; each record names exactly one person beside 1 to 4 other values, and 38 to
    42 records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    password = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 18 <= password <= 22:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    national = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        national += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 38 <= national <= 42:
        raise SystemExit(f"records: {national} with a national id")


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
        "blind167", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
