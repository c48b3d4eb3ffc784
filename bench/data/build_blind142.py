# ruff: noqa: E501
"""A hundred-and-forty-second blind privacy set: 220 texts with personal data and 100 clean
ones on one theme, students at college and university (halls of residence, flatmates,
student loans and grants, societies and sports clubs, exam resits, part-time jobs,
placements and internships, tutors, lost student cards, group projects, graduation).

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1-8
and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); only check digits were computed, with the validators
of ``ids.py``, for numbers whose other digits the writer chose:

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs,
  voicemails and e-mails, translating, fixing wording, splitting costs, asking whether
  something is a scam, planning. The first 30 are typed all in lower case (names, e-mails,
  codes, IBANs and postcodes too, with shorthand and typos); the next 6 are in Spanish,
  German, Russian, Japanese, Greek and Turkish; the other 84 in ordinary English. Names of
  many origins: first names alone, surnames after titles, full names, nicknames (marked
  whole), names that are ordinary words (Hope, Sunny, Grace, Bill, Rose, Will, Summer,
  Precious, Kit), many named in passing with no cue word; 1 to 8 values each, 90 or more
  naming a person, 15 or more holding a secret (door, gate, alarm and bike-lock codes,
  wifi keys, passwords, PINs), every entity type present;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register entries and short letters, in English and in Polish, Portuguese, Turkish,
  Spanish, Finnish, Italian, Chinese, Korean, Japanese, French, Norwegian, Romanian,
  Estonian, Icelandic, Czech, Ukrainian, German, Greek, Dutch and Lithuanian; each names
  one person (the same name may be said again) and holds 1 to 4 other values; 35 to 45 of
  them carry a national id with valid check digits.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (some naming
  historical or fictional people, who are not personal data), 25 GSM8K-style word problems
  with fictional first names, 25 MMLU-style items with options A to D and 25 health
  questions naming no one, mostly on the theme.

Usernames and logins, student, candidate, customer (loan), member, library, employee and
applicant numbers, access cards, passports, residence permits, driving licences, DBS
certificates, National Insurance and national ids are ID_NUMBER; PINs, door, gate, alarm,
key-safe and lock codes, wifi keys and passwords PASSWORD; titles and relation words (Mr,
Ms, Dr, Prof, Professor, Coach, Herrn, Madame, the Turkish Hanim, aunty, nan, my flatmate)
stay outside PERSON spans; an address span runs from the first line (flat or room, house or
street) through the postcode and city as typed, over several lines where it was typed so;
public figures, fictional and historical people, pets, companies, universities, venues,
module codes, order, ticket, reference and deposit-scheme numbers, amounts and dates of
birth are not labelled; every occurrence of a private value is marked (a name said again
is marked again).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960,
0113 496 0, 0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98;
Germany 030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; SSNs with
assignable area, group and serial; IPs from documentation ranges (192.0.2.x,
198.51.100.x, 203.0.113.x, 2001:db8::); national ids with valid check digits (Indian
Aadhaar, NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI
and NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore
NRIC, Korean resident registration number, Australian TFN and Medicare, Japanese My
Number, Irish PPS, French NIR, Belgian national number, Norwegian fødselsnummer,
Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech
rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Swedish personnummer,
Canadian SIN, Israeli teudat zehut, Greek AMKA, South African id).

Run ``.venv/bin/python bench/data/build_blind142.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Coach|Herr|Herrn|Frau|Mme|Madame|Monsieur|Sr|Sra|Senhor|Senhora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 typed all in lower case, the next 6 in other languages.
CHAT = [
    # 30 typed all in lower case
    "can u help me word a msg to my flatmate [[PERSON|tobi]] about the gas bill, its £38.40 each and he keeps saying hes skint. he can send it straight to [[IBAN_CODE|gb77 loyd 3091 7724 5183 66]] so theres no excuse",
    "pls turn this into a polite note for the fridge: [[PERSON|kez]] and [[PERSON|marcus]] keep eating my food. also remind everyone the new wifi key is [[PASSWORD|bramblehouse!27]] not the old one",
    "lost my student card last night at the union, card no was [[ID_NUMBER|20417739]]. can u draft an email to [[PERSON|jenny]] at the card office [[EMAIL_ADDRESS|j.whitfield@northbridge.ac.uk]] asking for a replacement, im [[PERSON|priya nair]] 2nd yr biochem",
    "my resit is on 14 aug and i need to tell my tutor dr [[PERSON|okonkwo]] i cant make the 9am slot cos of my shift at the cafe. her email is [[EMAIL_ADDRESS|n.okonkwo@kelvinside.ac.uk]] can u write it",
    "split this for me: rent 1840 for 4 of us, [[PERSON|sunny]] has the big room so pays 520, rest split between me [[PERSON|dev]] and [[PERSON|ollie]]. how much do we each owe",
    "is this a scam?? got a text saying my student finance payment is on hold and to confirm my details at a link, then a guy called [[PERSON|mark]] rang from [[PHONE_NUMBER|07700 900417]] asking for my card number",
    "can u translate to spanish: hi [[PERSON|lucia]], the gate code for the halls is [[PASSWORD|4417]] and my room is on the 3rd floor, see u at 7",
    "draft a thank you text to aunty [[PERSON|bisi]] for the £50 she sent for my books, her number is [[PHONE_NUMBER|+234 803 512 7749]] and i want it to sound grown up lol",
    "my group project partner [[PERSON|jake whitmore]] hasnt done anything for 3 weeks. write a firm but not rude email to him at [[EMAIL_ADDRESS|jwhitmore22@students.northbridge.ac.uk]] and cc our module lead [[PERSON|helen]]",
    "fix my wording: hiya [[PERSON|gracie]], pre drinks for the society social are at mine, [[STREET_ADDRESS|flat 2, 58 brudenell rd, leeds ls6 1hd]], from 8, bring ur own cups",
    "whats the best way to remember my uni logins, its [[ID_NUMBER|ab2741x]] and pw [[PASSWORD|kettle-orbit-91]] for the portal, can u make a reminder note that doesnt look like a password lol",
    "pls summarise this voicemail: hi its [[PERSON|rosa]] from the accommodation office, about ur deposit, theres a deduction for the carpet, call me back on [[PHONE_NUMBER|0113 496 0382]] before friday",
    "can u check my maths, me [[PERSON|nadia]] and [[PERSON|felix]] went on the ski trip, i put 312 on my card [[CREDIT_CARD|4929 6183 0275 5144]], [[PERSON|nadia]] paid 180 and [[PERSON|felix]] paid 95, what does each owe to make it even",
    "help me reply to our landlord [[PERSON|steve barker]], he says we owe £240 for cleaning but checkout was fine and we have photos. house is [[STREET_ADDRESS|41 harehills lane, leeds ls8 4hp]]",
    "quick one, how do i tell my tutor that i failed the stats exam and need a resit without sounding pathetic. tutor is prof [[PERSON|amadi]]",
    "my placement manager [[PERSON|laura chen]] wants my ni number and bank details for payroll, is it normal to just email them? ni is [[ID_NUMBER|qh 48 27 61 c]]",
    "write a bio for our climbing club captain, everyone calls him [[PERSON|spider]], real name [[PERSON|samuel oduya]], 3rd year geography, loves bouldering and bad puns",
    "can u turn these notes into minutes: netball agm, present [[PERSON|hope]], [[PERSON|tamsin]], [[PERSON|ayesha]], [[PERSON|bex]]. treasurer [[PERSON|tamsin]] says balance is 612. kit order thru [[PERSON|bex]]s cousin. tour vote next wk",
    "is it safe to give my student loan crn to someone called [[PERSON|daniel]] who messaged me on insta saying he can get me a bigger loan? my crn is [[ID_NUMBER|11829047312]]",
    "my mum wants to send me money from abroad, what do i give her? my iban is [[IBAN_CODE|ie96 bofi 9000 1727 4819 63]] and the name on the account is [[PERSON|aoife brennan-kelly]]",
    "draft a msg for the halls group chat: whoever took the parcel addressed to [[PERSON|mei lin]] from the post room pls put it back, no questions asked",
    "can u sort this call log into a table: 10:02 [[PERSON|gaz]] [[PHONE_NUMBER|07700 900582]] re shift swap, 11:40 [[PERSON|chloe p]] [[PHONE_NUMBER|07700 900613]] re tips, 13:15 manager [[PERSON|rob]] about the rota",
    "my ssn is [[US_SSN|412-38-7719]] and im on an f1 visa, my campus job at the library asked for it on paper, is that normal or should i worry. supervisor is [[PERSON|denise]]",
    "remind me of the codes for the boathouse, coach [[PERSON|marty]] said the alarm is [[PASSWORD|7315]] and the key safe is [[PASSWORD|0926]]",
    "write an apology to [[PERSON|bill]] from the chemistry lab, i knocked over his pipette stand. his email [[EMAIL_ADDRESS|b.osei@lab.kelvinside.ac.uk]]",
    "help me plan graduation day: my nan [[PERSON|pat]] and grandad [[PERSON|clive]] are coming from [[STREET_ADDRESS|7 orchard close, hereford hr2 7ql]], need a taxi pick up at 8 and lunch after",
    "translate to polish for my flatmate [[PERSON|kasia]]: the bins go out tuesday and the landlord mr [[PERSON|hughes]] is coming thursday at 10 to fix the shower",
    "my internship portal username is [[ID_NUMBER|rkapoor_2025]] and it keeps locking me out, write a ticket to it support, i reset the pw to [[PASSWORD|monsoon#lantern8]] twice already",
    "need to email dr [[PERSON|fitzgerald]] about extenuating circumstances, my grandma died and i missed the resit. student id [[ID_NUMBER|c2294817]]. keep it short",
    "our society treasurer [[PERSON|benji]] wants everyone to pay subs to [[IBAN_CODE|gb68 nwbk 6042 8817 3055 24]] by friday, is that legit or could his account be hacked, he usually uses the club account",
    # 6 in other languages
    "¿Puedes ayudarme a escribir un correo a mi compañera de piso [[PERSON|Lucía Ferrer]]? Le debo 45 € de la luz y quiero pagarle por Bizum a su número [[PHONE_NUMBER|+34 612 847 391]] esta semana.",
    "Kannst du diese Nachricht an meinen Tutor Herrn [[PERSON|Brandt]] kürzer formulieren? Ich bin [[PERSON|Jonas Weber]], Matrikelnummer [[ID_NUMBER|3719284]], und muss die Nachklausur in Statistik verschieben, weil mein Praktikum am selben Tag beginnt. Erreichbar bin ich unter [[PHONE_NUMBER|030 23125 471]].",
    "Помоги перевести на английский сообщение для соседки по общежитию: «[[PERSON|Алина]], код от двери в блок — [[PASSWORD|5820]], а пароль от вайфая [[PASSWORD|sosedi2024]]. Если что, звони [[PHONE_NUMBER|+7 916 482-37-15]]».",
    "来週のゼミの 連絡網を 作りたいです。 [[PERSON|佐藤 美咲]]さん [[PHONE_NUMBER|090-4827-1635]]、 [[PERSON|高橋 健太]]さん [[EMAIL_ADDRESS|k.takahashi@mail.sakuragaoka-u.jp]] を 表に まとめてください。",
    "Μπορείς να γράψεις ένα μήνυμα στη συγκάτοικό μου [[PERSON|Ελένη Παπαδάκη]] ότι το νοίκι είναι 310 ευρώ ο καθένας και να το στείλει στον λογαριασμό [[IBAN_CODE|GR25 0172 0480 0050 4803 7294 615]] μέχρι την Παρασκευή; Το κινητό της είναι [[PHONE_NUMBER|+30 694 518 2736]].",
    "Yurt müdürü [[PERSON|Ayşe Demir]] Hanım'a kayıp öğrenci kartım için kısa ve kibar bir dilekçe yazar mısın? Öğrenci numaram [[ID_NUMBER|210104037]], telefonum [[PHONE_NUMBER|+90 532 418 27 96]].",
    # 84 in ordinary English
    "Can you summarise these flat meeting notes? 'Present: [[PERSON|Hannah]], [[PERSON|Kwame]], [[PERSON|Luis]], me. [[PERSON|Kwame]] will chase the landlord about the mould. [[PERSON|Hannah]] owes £62 for the TV licence. [[PERSON|Luis]] to ask his cousin about the spare sofa.'",
    "Draft a reply to my placement supervisor, Dr [[PERSON|Ingrid Solberg]], saying I can start on 2 September but need Friday afternoons off for dissertation meetings.",
    "Is this legit? An email from 'Student Finance' asked me to log in at a weird link and re-enter my card [[CREDIT_CARD|5413 7720 9186 4300]] and the security number. It was signed [[PERSON|Martin Greaves]], Refunds Team.",
    "Help me split costs for the rugby tour. Total £1,470. [[PERSON|Callum]] and [[PERSON|Mo]] paid the £420 deposit between them, [[PERSON|Rhys]] paid £600 for the minibus, and [[PERSON|Tomasz]] hasn't paid anything yet. Eight of us went.",
    "Please write a short email to my personal tutor asking to move our meeting to Thursday. Her address is [[EMAIL_ADDRESS|c.mbeki-harris@northbridge.ac.uk]] and I'm in her Tuesday group.",
    "My flatmate [[PERSON|Grace]] left her laptop open with the uni VPN connected from [[IP_ADDRESS|198.51.100.23]] and someone sent emails from her account. What should she do first?",
    "Can you rewrite this so it sounds more professional? 'Hi Mr [[PERSON|Oyelaran]], sorry I missed the shift on Saturday, my bus broke down. I can cover Wednesday instead. Thanks, [[PERSON|Ellie]]'",
    "We're building the group project app and [[PERSON|Jordan]] pasted our maps key in the public repo: [[API_KEY|AIzaSyD4k9Wq2LmP7xT0vRb8nHc3sJf6Ug1eZoQ]]. How do we revoke it and what do I tell the module leader?",
    "Translate into French for my host family: 'Dear Madame [[PERSON|Lefèvre]], my train arrives at 18:40 on Sunday. My mobile is [[PHONE_NUMBER|07700 900731]] if there is any problem. Best wishes, [[PERSON|Amira]]'",
    "I need a reference request email to Professor [[PERSON|Daniel Okafor]] for a summer internship at an engineering firm. Mention that I got a first in his Fluid Mechanics module.",
    "Can you work out how much each of us owes? Electric £146.20, water £58, broadband £32. Five of us: me, [[PERSON|Yusuf]], [[PERSON|Bethan]], [[PERSON|Kai]] and [[PERSON|Marguerite]], but [[PERSON|Marguerite]] moved out halfway through the quarter.",
    "Write a friendly text reminding [[PERSON|Ravi]] that the door code to the new house changed to [[PASSWORD|2691]] and the old one stops working tonight.",
    "Summarise this email for me: 'Dear Ms [[PERSON|Haddad]], we have received your application for Ashgrove Hall. Please pay the £250 deposit by 30 June. Your applicant number is [[ID_NUMBER|ACC-778214]]. Regards, [[PERSON|Karen Doyle]], Residences Office'",
    "My card got skimmed at the SU shop and the bank says the purchases came from [[IP_ADDRESS|203.0.113.58]]. Write me a complaint including my card [[CREDIT_CARD|4539 0871 2264 9816]] and that I'm [[PERSON|Thomas Ellery]], the account holder.",
    "Can you check this CV line for grammar? 'Team leader at Costa, managed rota for 6 staff, references available from [[PERSON|Joanne Pike]], store manager.'",
    "Our halls warden, [[PERSON|Sunny Adebayo]], wants a fire drill rota. Make a table: [[PERSON|Sunny]] Monday, [[PERSON|Keeley]] Tuesday, [[PERSON|Idris]] Wednesday, [[PERSON|Fen]] Thursday.",
    "Is it a scam if someone on the student housing Facebook group asks for a holding deposit to [[IBAN_CODE|DE75 1007 0024 0583 9917 42]] before I've even viewed the room? She says she's [[PERSON|Katrin Vogel]] and she's abroad.",
    "Write a LinkedIn message to [[PERSON|Chidi Nwosu]], who did the same year-in-industry placement last year, asking what the assessment centre was like.",
    "Please fix this email: 'hey Dr [[PERSON|Petrova]] i cant do the resit on friday because of my grandads funeral can i do it later'",
    "Draft a note for my flatmates: the wifi is now called Flat6-5G and the password is [[PASSWORD|GreenKettle!2288]]. Please don't give it to [[PERSON|Liam]]'s mates.",
    "Can you help me write a cover letter for a part-time job at the campus bookshop? The manager's name is [[PERSON|Felicity Crane]].",
    "I've lost my student card. The security desk needs my student number [[ID_NUMBER|2204718]] and my date of birth, 3 March 2004. Can you write the message? Name: [[PERSON|Oluwaseun Bakare]].",
    "Summarise this call log: 'Caller [[PERSON|Ben Ashworth]], [[PHONE_NUMBER|020 7946 0519]], says his daughter [[PERSON|Isla]] hasn't been to lectures for three weeks and he wants to speak to her tutor.'",
    "What's a nice way to tell my flatmate [[PERSON|Bill]] that he needs to wash up more? He gets defensive.",
    "Can you turn this into a proper email to the loans office? 'My name is [[PERSON|Hope Mwangi]], customer ref [[ID_NUMBER|13905826417]], my maintenance loan didn't arrive and rent is due Monday.'",
    "Help me build a revision timetable. I have resits in Organic Chemistry and Statistics, and my study buddy [[PERSON|Rose]] can only do evenings.",
    "Write a message to the other volunteers: the food bank shed combination is [[PASSWORD|4-1-9-8]] and the spare key is with [[PERSON|Patrick]].",
    "Should I share my streaming login with my brother [[PERSON|Eddie]] while I'm at uni? It's [[EMAIL_ADDRESS|morgan.lowe@mailbox.co.uk]] with password [[PASSWORD|sunfl0wer-Bath]].",
    "Please translate into German for my Erasmus landlord: 'Dear Mr [[PERSON|Gruber]], I will send the rent to your account [[IBAN_CODE|AT46 2011 1829 4773 6018]] on the 1st of every month. Kind regards, [[PERSON|Sofia]]'",
    "Turn this into a to-do list: buy graduation tickets for Mum and Dad, email [[PERSON|Jess]] about gown hire, pay £35 to [[PERSON|Marcus]] for photos, book the restaurant.",
    "How do I tell my internship manager, Mr [[PERSON|Kowalczyk]], that I'm ill without oversharing? I have his mobile, [[PHONE_NUMBER|07700 900846]].",
    "Our society's payment secret key [[API_KEY|sk_live_51Hq8ZrT2vLk9Pw4XmD7yNcBa3EfGh6Jk]] ended up in a screenshot on our Instagram story. How bad is that and what do we do?",
    "Write a welcome message for new members of the Korean Society. Mention that the president is [[PERSON|Ji-woo Han]] and the treasurer is [[PERSON|Daniel Park]], and to email [[EMAIL_ADDRESS|jiwoo.han@students.kelvinside.ac.uk]] with questions.",
    "My nan got this and I think it's a scam: 'Hi Grandma, it's [[PERSON|Tyler]], I lost my phone, this is my new number [[PHONE_NUMBER|07700 900259]], can you send £300 for rent?' I'm [[PERSON|Tyler]] and I never sent it.",
    "Please help me reply to Mrs [[PERSON|Achterberg]], my host for the year abroad. She needs the address I'll register at: [[STREET_ADDRESS|Oudegracht 214, 3511 NV Utrecht]]. Can you write it in Dutch?",
    "Can you summarise the minutes? 'Drama Soc committee. Chair: [[PERSON|Ophelia Grant]]. Apologies: [[PERSON|Nathaniel]]. Props budget £180 approved. [[PERSON|Ophelia]] to book the studio for tech week.'",
    "I'm a TA and a student emailed me their details by mistake: 'my portal login is [[ID_NUMBER|s2291734]] and password [[PASSWORD|Lighthouse77!]]'. What should I tell them?",
    "Make this sound less passive-aggressive: 'Dear [[PERSON|Connor]], as I have mentioned several times, the hoover belongs to all of us and it lives in the cupboard.'",
    "How should we split a £96 takeaway? [[PERSON|Priyanka]] had £22 worth, [[PERSON|Dom]] £18, [[PERSON|Ifeoma]] £31, and [[PERSON|Haruto]] and I shared the rest.",
    "Draft an email to the letting agent, [[PERSON|Melissa Grant]] at Cityside Lettings, [[EMAIL_ADDRESS|m.grant@citysidelettings.co.uk]], asking for our £1,200 deposit back for [[STREET_ADDRESS|19 Kingsley Road, Manchester M14 6BS]].",
    "My Dutch flatmate asked me to pay her back for the concert to [[IBAN_CODE|NL62 INGB 0006 8421 57]]. Is '[[PERSON|Sanne de Wit]]' the right name to put on the transfer or just [[PERSON|Sanne]]?",
    "Write an out-of-office for my student ambassador inbox saying I'm on placement until June and to contact [[PERSON|Abigail Thornton]] instead.",
    "Can you translate into Italian for my exchange buddy [[PERSON|Matteo]]: 'The library card number you gave me, [[ID_NUMBER|40027715]], doesn't work. Ask at the front desk.'",
    "What's the safest way to rotate this? Our group project's cloud access key [[API_KEY|AKIA7QX2LMB9RT4DWZ6K]] and its secret were committed by [[PERSON|Farah]] last night.",
    "Write a thank-you card message for my personal tutor, Dr [[PERSON|Siobhán Keane]], who got me through my resits.",
    "Can you explain this error? My laptop says 'login failed for user [[ID_NUMBER|aokafor]] from [[IP_ADDRESS|192.0.2.147]]' when I try to get into the lab machines.",
    "Is this payslip right? I worked 14 hours at £11.44 at the Students' Union bar. Employee number [[ID_NUMBER|58203]], manager [[PERSON|Nkechi]].",
    "Help me write a message to [[PERSON|Florin]], my new flatmate from Romania, explaining how the bin rota works.",
    "I need to pay the hockey club treasurer, [[PERSON|Will]]. Should I send my full card number [[CREDIT_CARD|5287 3310 6642 0755]] over WhatsApp?",
    "Can you help me write a complaint? The courier left my parcel outside, not at my door at [[STREET_ADDRESS|Flat 9, Wessex House, 22 Portland Street, Southampton SO14 7EB]], and the tracking says it was signed for by [[PERSON|Jenkins]].",
    "Rewrite this for the netball WhatsApp: 'Training moved to 6pm Thursday, Coach [[PERSON|Delia]] will bring bibs, [[PERSON|Mabel]] and [[PERSON|Precious]] please bring cones.'",
    "My SSN is [[US_SSN|529-61-0483]] and the international office asked for it on an unencrypted form. Draft an email asking if there's a secure way. The officer is [[PERSON|Greg Halvorsen]].",
    "Summarise this voicemail: 'Hi [[PERSON|Zara]], it's [[PERSON|Marcus]] from the careers service. Your interview with the consultancy is confirmed for Tuesday at 2. If you need to change it, ring me on [[PHONE_NUMBER|0161 496 0274]].'",
    "Translate into Portuguese: 'Hi [[PERSON|Beatriz]], the rent this month is €410 each, please send it to [[IBAN_CODE|PT58 0035 0651 0004 8261 7390 4]] by Friday.'",
    "What's a polite way to ask my flatmate [[PERSON|Ngozi]] to turn her music down after 11? She has exams too.",
    "Can you make a packing list for moving into halls? My address from September will be\n[[STREET_ADDRESS|Room 14, Ashcombe Court\n30 Elmwood Avenue\nBelfast BT9 6AZ]]",
    "My friend [[PERSON|Keisha]] got a text from 'HMRC' saying she's owed a tax refund for her summer job, and she replied with her card [[CREDIT_CARD|4716 2290 5518 0345]]. What should she do now?",
    "Write a short speech for the graduation dinner thanking our course rep, [[PERSON|Hamish McLeod]], and our lab technician, [[PERSON|Doreen]].",
    "Our student radio login got shared around. The account is [[ID_NUMBER|radio_admin]] and the password was [[PASSWORD|Frequency#2290]]. How do we reset it and tell everyone?",
    "Student Finance sent a letter with customer reference [[ID_NUMBER|14720938551]] for [[PERSON|Aaron Fitzpatrick-Hale]]. How much will he repay each month on a £27,000 salary under Plan 2?",
    "Write a reply to [[PERSON|Tiago]], my host for the internship in Lisbon, saying I'll arrive at [[STREET_ADDRESS|Rua da Prata 148, 1100-420 Lisboa]] around 10pm on Sunday.",
    "Is this phishing? An email from 'IT Services' asks me to confirm my username [[ID_NUMBER|nb4471]] and password at a link. My friend [[PERSON|Leila]] got the same one.",
    "Plan a surprise 21st for my flatmate [[PERSON|Destiny]]. Guests: [[PERSON|Omar]], [[PERSON|Fliss]], [[PERSON|Jude]], [[PERSON|Arlo]]. Budget £150. They can let themselves in with the door code [[PASSWORD|6614]].",
    "Help me write to the bursary team. I'm [[PERSON|Wiktoria Nowak]], student number [[ID_NUMBER|23087714]], and I was told I qualify for the hardship fund. Make it sound formal.",
    "My placement laptop needs a static IP. IT gave me [[IP_ADDRESS|203.0.113.201]] with a /24 mask. Write me a short note so I remember how to set it, and mention that [[PERSON|Kofi]] from IT set it up.",
    "Write a birthday message for my flatmate [[PERSON|Summer]], who's turning 20. Keep it funny but not mean.",
    "Can you proofread my placement application? 'I am [[PERSON|Raj Malhotra]], a second-year Economics student. Contact: [[EMAIL_ADDRESS|raj.malhotra@mailbox.co.uk]], [[PHONE_NUMBER|07700 900162]].'",
    "Our house alarm keeps going off. The code is [[PASSWORD|8043]] but [[PERSON|Ellis]] says it needs a hash after it. Who do we call at night?",
    "Is this internship offer real? They asked [[PERSON|Noah]], my housemate, to send his passport number [[ID_NUMBER|548127963]] and bank details before any interview.",
    "Translate to Arabic: 'Dear Mr [[PERSON|Haddad]], [[PERSON|Layla]] passed all her exams and will graduate on 18 July. We are very proud of her.'",
    "My flatmate's boyfriend [[PERSON|Jaz]] keeps staying over and using all the hot water. How do I bring it up at the house meeting without a fight?",
    "Please summarise this email from my dissertation supervisor: '[[PERSON|Emeka]], chapter 2 needs more sources. Send me a draft by the 12th. I'm on leave from the 20th, so contact Dr [[PERSON|Anneliese Brandt]] then.'",
    "Can you make a rota table? Bins on Tuesdays. Week 1 [[PERSON|Charlie]], week 2 [[PERSON|Mags]], week 3 [[PERSON|Rohan]], week 4 [[PERSON|Lottie]]. The bin store code is [[PASSWORD|1957]].",
    "Draft a text to my manager at the pub, [[PERSON|Bernadette]], saying I need two weeks off for exams in May.",
    "Can you write an email to the library about a fine? My library account is [[ID_NUMBER|LIB-0048813]] and I returned the books on time.",
    "My Canadian flatmate [[PERSON|Olivia]] was asked for her SIN by the campus café. Is [[ID_NUMBER|527 194 831]] the kind of number she should be careful with?",
    "Help me write an ad to sublet my room over summer: [[STREET_ADDRESS|12 Clarendon Road, Cardiff CF24 4DL]], £420 a month, bills included, contact [[PERSON|Megan]] on [[PHONE_NUMBER|07700 900384]].",
    "Please translate to Mandarin: 'Hi [[PERSON|Wei]], the key for the bike shed is in the drawer, and the lock code is [[PASSWORD|3302]].'",
    "I think my student email got hacked. It's [[EMAIL_ADDRESS|t.abara@students.northbridge.ac.uk]] and there were logins from [[IP_ADDRESS|2001:db8:4a1:7::19]] at 3am. What do I do?",
    "My uncle [[PERSON|Gerald]] wants to be my guarantor. Can you explain what a guarantor is in simple words so I can tell him?",
    "Summarise this thread for me: [[PERSON|Kit]]: 'who's got the van keys?' [[PERSON|Anouk]]: '[[PERSON|Bruno]] had them last.' [[PERSON|Bruno]]: 'left them with [[PERSON|Hattie]] at the boathouse.'",
    "Write a short message to [[PERSON|Lena]] in our group project: the Trello login is [[ID_NUMBER|projectteam7]] and the password is [[PASSWORD|OrangeTram#41]]. Remind her not to share it.",
    "Could you give me tips for my first shift at the Co-op? My supervisor is called [[PERSON|Precious]] and I'm nervous.",
    "Draft a letter to the council about my student council tax exemption. I'm [[PERSON|Aleksander Petrov]], living at [[STREET_ADDRESS|63 Cowley Road, Oxford OX4 1HR]] with two other students.",
]

# 100 one-person records; the first 42 carry a national id with valid check digits.
RECORDS = [
    "Student record: [[PERSON|Priyanka Deshmukh]], Aadhaar [[ID_NUMBER|4821 7730 5922]], MSc Data Science, email [[EMAIL_ADDRESS|p.deshmukh@students.kelvinside.ac.uk]].",
    "Name: [[PERSON|Oliver Bennett]] | Student ID: [[ID_NUMBER|21904417]] | NHS No: [[ID_NUMBER|943 476 5919]] | Hall: Ashgrove",
    '{"student": "[[PERSON|Femke Jansen]]", "bsn": "[[ID_NUMBER|273819458]]", "phone": "[[PHONE_NUMBER|+31 6 4827 1953]]", "programme": "Erasmus exchange"}',
    "[[PERSON|Zofia Wiśniewska]], PESEL [[ID_NUMBER|02231514820]], [[STREET_ADDRESS|ul. Długa 14/3, 80-827 Gdańsk]], stypendium socjalne przyznane na semestr zimowy.",
    "Aluno: [[PERSON|Gabriel Souza Lima]], CPF [[ID_NUMBER|482.917.306-87]], matrícula [[ID_NUMBER|2023104471]], e-mail [[EMAIL_ADDRESS|gabriel.slima@aluno.unicampina.edu.br]]",
    "Öğrenci: [[PERSON|Elif Yıldız]], T.C. Kimlik No: [[ID_NUMBER|38716052440]], Yurt: Kız Öğrenci Yurdu B Blok, Tel: [[PHONE_NUMBER|+90 533 291 46 08]]",
    "DNI [[ID_NUMBER|48372915M]]: [[PERSON|Marta Giménez Ruiz]], alumna de tercero de Derecho, beca ingresada en la cuenta [[IBAN_CODE|ES89 0182 2370 4102 0153 8841]].",
    "NIE [[ID_NUMBER|Y4829173S]] / [[PERSON|Andrea Rossi]] / tarjeta universitaria [[ID_NUMBER|7710382]] / piso compartido en [[STREET_ADDRESS|C/ de Blasco Ibáñez 62, pta. 4, 46021 València]]",
    "Opiskelija [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|140302A4682]], asuu osoitteessa [[STREET_ADDRESS|Hervannan valtaväylä 12 B 34, 33710 Tampere]].",
    "Matricola [[ID_NUMBER|881204]] – [[PERSON|Giulia Bianchi]], codice fiscale [[ID_NUMBER|BNCGLI02D45F205I]], residenza [[STREET_ADDRESS|Via Roma 18, 20121 Milano]].",
    "[[PERSON|Matteo Russo]] | CF [[ID_NUMBER|RSSMTT01M12H501Z]] | tel [[PHONE_NUMBER|+39 347 218 4490]] | corso: Ingegneria Gestionale, tirocinio estivo",
    "学生 [[PERSON|王思远]]， 身份证号 [[ID_NUMBER|510104200309172386]]， 宿舍 紫荆公寓 3 号楼 402， 手机 [[PHONE_NUMBER|138 1742 6095]]。",
    "Hostel application, Hall 6: [[PERSON|Tan Wei Ling]] (NRIC [[ID_NUMBER|T0418263J]]), Year 2 Business, contact [[PHONE_NUMBER|9127 4408]].",
    "Postgraduate scholar [[PERSON|Arvind Pillai]], NRIC [[ID_NUMBER|S9827514B]], monthly stipend notices to [[EMAIL_ADDRESS|arvind.pillai@grad.merlionu.edu.sg]].",
    "학생 [[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|030614-4278158]], 기숙사 입사 신청 완료, 연락처 [[PHONE_NUMBER|010-4821-7736]]",
    "TFN [[ID_NUMBER|472 918 360]] supplied by [[PERSON|Lachlan Morrow]] for casual work at the campus bar; payslips go to [[EMAIL_ADDRESS|lmorrow@studentmail.southerncross-u.edu.au]].",
    "Health centre registration: [[PERSON|Chloe Nguyen]], Medicare [[ID_NUMBER|2953 18468 1]], mobile [[PHONE_NUMBER|0491 570 226]], [[STREET_ADDRESS|14 Bulwara Road, Pyrmont NSW 2009]].",
    "氏名： [[PERSON|中村 陽菜]] / マイナンバー： [[ID_NUMBER|4827 3916 0582]] / 住所： [[STREET_ADDRESS|〒156-0054 東京都世田谷区桜丘3丁目14-7]] / アルバイト先 提出用",
    "SUSI grant applicant [[PERSON|Ciara Dunne]], PPSN [[ID_NUMBER|8274615BA]], mobile [[PHONE_NUMBER|+353 87 314 2290]], first year Nursing.",
    "[[PERSON|Seán Ó Murchú]] | PPS [[ID_NUMBER|6391027J]] | Student no. [[ID_NUMBER|20347716]] | Block D accommodation, room 12",
    "Numéro de sécurité sociale [[ID_NUMBER|2 03 07 75 115 274 33]] : [[PERSON|Camille Laurent]], étudiante en L2 de psychologie, logement CROUS, tél. [[PHONE_NUMBER|06 39 98 41 27]].",
    "Belgian national number [[ID_NUMBER|99.07.21-234.03]]: [[PERSON|Lotte Peeters]], Master student, student room at [[STREET_ADDRESS|Naamsestraat 87, 3000 Leuven]].",
    "[[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|12040252671]], søknad om studentbolig, e-post [[EMAIL_ADDRESS|ingrid.haugen@stud.fjordby.no]].",
    "NIF [[ID_NUMBER|238491765]] · [[PERSON|Inês Carvalho]] · estudante Erasmus · morada [[STREET_ADDRESS|Rua de Cedofeita 311, 2.º Esq., 4050-180 Porto]]",
    "CNP [[ID_NUMBER|6020918403722]]: [[PERSON|Ioana Marinescu]], studentă în anul II, cămin Grozăvești, telefon [[PHONE_NUMBER|+40 723 418 905]].",
    "RUT [[ID_NUMBER|20.456.781-6]], [[PERSON|Valentina Muñoz]], alumna de Ingeniería Civil, correo [[EMAIL_ADDRESS|vmunoz@alumnos.ucordillera.cl]]",
    "Isikukood [[ID_NUMBER|60208174214]], [[PERSON|Kertu Tamm]], üliõpilane, aadress [[STREET_ADDRESS|Vanemuise 41-12, 51003 Tartu]].",
    "Kennitala [[ID_NUMBER|170301-2850]], [[PERSON|Sigrún Jónsdóttir]], nemandi á öðru ári, netfang [[EMAIL_ADDRESS|sigrunj@nemi.hvitaborg.is]].",
    "Rodné číslo [[ID_NUMBER|025618/3180]], [[PERSON|Tereza Dvořáková]], studentka 2. ročníku, kolej blok 5, telefon [[PHONE_NUMBER|+420 604 218 375]].",
    "РНОКПП [[ID_NUMBER|3842719560]], [[PERSON|Олена Коваленко]], студентка 4 курсу, гуртожиток № 3, тел. [[PHONE_NUMBER|+380 67 412 83 95]].",
    "[[PERSON|Lukas Schneider]], Steuer-ID [[ID_NUMBER|57391842560]], Werkstudent im Praktikum, Anschrift: [[STREET_ADDRESS|Lindenstraße 27, 04109 Leipzig]].",
    "NHI [[ID_NUMBER|ZKR4189]]: [[PERSON|Aroha Ngata]], student health booking, mobile [[PHONE_NUMBER|021 448 3917]].",
    "Personnummer [[ID_NUMBER|020814-3727]], [[PERSON|Elsa Lindqvist]], application for student housing, [[EMAIL_ADDRESS|elsa.lindqvist@student.norrvik.se]].",
    "Payroll setup for the campus bookstore: [[PERSON|Arjun Mehta]], SIN [[ID_NUMBER|946 381 720]], international student, start date 6 January.",
    "Teudat zehut [[ID_NUMBER|318274651]]: [[PERSON|Noa Ben-David]], exchange student, phone [[PHONE_NUMBER|+972 54 812 3406]].",
    "ΑΜΚΑ [[ID_NUMBER|14060215846]]: [[PERSON|Δήμητρα Κωνσταντίνου]], φοιτήτρια Νομικής, φοιτητική εστία, τηλ. [[PHONE_NUMBER|+30 697 215 4830]].",
    "ID [[ID_NUMBER|0205190831086]]: [[PERSON|Thandiwe Khumalo]], bursary holder, BCom Accounting, residence Block F.",
    "Patient: [[PERSON|Jamie Sutherland]], NHS [[ID_NUMBER|485 203 7728]], registered with the University Health Centre, DOB 11/02/2005.",
    "[[PERSON|Daan de Vries]], BSN [[ID_NUMBER|173829466]], kamer aan de [[STREET_ADDRESS|Biltstraat 139, 3572 AN Utrecht]].",
    "[[PERSON|Kacper Zieliński]], PESEL [[ID_NUMBER|01312708316]], login [[ID_NUMBER|kzielinski01]], wydział informatyki.",
    "[[PERSON|Beatriz Almeida]], CPF [[ID_NUMBER|735.204.618-62]], bolsista de iniciação científica, celular [[PHONE_NUMBER|+55 11 98427-3051]].",
    "[[PERSON|Vikram Raghunathan]] | Aadhaar [[ID_NUMBER|6290 1148 3758]] | hostel room C-214 | phone [[PHONE_NUMBER|+91 98450 27316]]",
    # 58 without a national id
    "Referral to the university counselling service for [[PERSON|Ffion Evans]], contact [[PHONE_NUMBER|07700 900542]], consents to email at [[EMAIL_ADDRESS|ffion.evans@students.cadairvale.ac.uk]].",
    "Library overdue notice for [[PERSON|Sunil Gupta]], borrower no. [[ID_NUMBER|B2087731]], three items, sent to [[EMAIL_ADDRESS|sunil.gupta@mailbox.co.uk]].",
    "Name,Student ID,Email,Phone\n[[PERSON|Mohammed Al-Rashid]],[[ID_NUMBER|22019384]],[[EMAIL_ADDRESS|m.alrashid@students.northbridge.ac.uk]],[[PHONE_NUMBER|07700 900495]]",
    '2025-03-14T09:21:07Z login ok user=[[ID_NUMBER|eokeke]] ip=[[IP_ADDRESS|192.0.2.88]] name="[[PERSON|Ebere Okeke]]"',
    "Loan record. Borrower: [[PERSON|Connor McAllister]]; customer reference [[ID_NUMBER|12604478193]]; repayment plan 2; refunds to [[IBAN_CODE|GB81 BARC 2014 5573 9102 88]].",
    "Dear Ms [[PERSON|Adeyemi-Clarke]], your room at [[STREET_ADDRESS|Ashgrove Hall, Flat 4B, 17 Fenwick Street, Liverpool L2 7NB]] is confirmed from 21 September. Residences Office",
    "| 04 | [[PERSON|Hamza Qureshi]] | Resit: MATH1024 | Contact: [[PHONE_NUMBER|07700 900258]] |",
    '{"member": "[[PERSON|Isabella Moretti]]", "society": "Film Society", "membership_no": "[[ID_NUMBER|FS-2291]]", "paid_with": "[[CREDIT_CARD|5179 2046 8853 1179]]"}',
    "Placement agreement signed by [[PERSON|Tobias Lindgren]], third year Mechanical Engineering, emergency contact [[PHONE_NUMBER|(617) 555-0134]].",
    "International student [[PERSON|Wen Jie Zhou]], passport [[ID_NUMBER|E48217635]], BRP [[ID_NUMBER|ZX7019342]], term address [[STREET_ADDRESS|9 Selly Oak Road, Birmingham B29 6LE]].",
    "Work-study onboarding: [[PERSON|Marcus Delgado]], SSN [[US_SSN|347-52-8816]], library circulation desk, phone [[PHONE_NUMBER|(312) 555-0187]].",
    "Lost property 14/11: student card no. [[ID_NUMBER|30028814]] belonging to [[PERSON|Naledi Dube]] handed in at Sports Centre reception.",
    "Gym membership: [[PERSON|Rory Kinsella]], member no. [[ID_NUMBER|0058821]], access PIN [[PASSWORD|3904]], off-peak student rate.",
    "Halls incident log, 23:40: noise complaint from Flat 12, resident [[PERSON|Sophie-Anne Marchetti]], duty warden rang [[PHONE_NUMBER|07700 900377]].",
    "Resit register: candidate [[ID_NUMBER|2219047]], [[PERSON|Kwabena Asante]], ECON2001, August sitting, [[EMAIL_ADDRESS|k.asante@students.kelvinside.ac.uk]]",
    "Scholarship payment to [[PERSON|Amelia Hart]], IBAN [[IBAN_CODE|FR60 3000 4028 3700 0107 4415 923]], reference SCH-2025-118.",
    "De : [[PERSON|Hugo Lambert]] <[[EMAIL_ADDRESS|hugo.lambert@etu.univ-rhone.fr]]>\nObjet : demande de relevé de notes pour mon stage",
    "Volunteer register: [[PERSON|Rosie Fairbanks]], DBS certificate [[ID_NUMBER|001693847215]], phone [[PHONE_NUMBER|01632 960418]].",
    "Minibus driver approval for the rugby club: [[PERSON|Jack Morgan]], licence [[ID_NUMBER|MORGA002146J99XY]], [[STREET_ADDRESS|7 Nelson Terrace, Bath BA1 2PT]].",
    "Reset log: user [[ID_NUMBER|hgarcia23]] requested a password reset; temporary password [[PASSWORD|Tmp-Quartz-4821]] sent to [[PERSON|Helena Garcia]] on [[PHONE_NUMBER|07700 900694]].",
    "Tutor note: met [[PERSON|Olamide Adewale]] about extenuating circumstances; follow up at [[EMAIL_ADDRESS|olamide.adewale@mailbox.co.uk]].",
    '{"name": "[[PERSON|Chen Yu-Ting]]", "ip": "[[IP_ADDRESS|198.51.100.142]]", "device": "library-kiosk-3", "session": "guest"}',
    "Ms [[PERSON|Hope Oduya]]\n[[STREET_ADDRESS|22 Cranbrook Avenue\nHull\nHU6 7TH]]\nYour two guest tickets for the graduation ceremony are enclosed.",
    "Internship offer in Bologna: [[PERSON|Diego Hernández]], start 1 July, stipend paid monthly to [[IBAN_CODE|IT12 X030 6909 6061 0000 0118 472]].",
    "[[PERSON|Akosua Mensah]] | [[EMAIL_ADDRESS|akosua.m@students.northbridge.ac.uk]] | Women's Football | kit size M | paid",
    "Graduation registration: [[PERSON|Ruairí Byrne]], BSc Physics, mobile [[PHONE_NUMBER|+353 86 209 7714]], two guest tickets.",
    "Wohnheimantrag: Name: [[PERSON|Lena Hoffmann]], Matrikelnummer [[ID_NUMBER|4821937]], E-Mail [[EMAIL_ADDRESS|lena.hoffmann@stud.hs-rheintal.de]], Telefon [[PHONE_NUMBER|030 23125 884]]",
    "Inscription au club d'escalade : [[PERSON|Manon Girard]], carte étudiante [[ID_NUMBER|21704466]], téléphone [[PHONE_NUMBER|06 39 98 52 14]].",
    "Solicitud de residencia: [[PERSON|Pablo Ortega Fernández]], pasaporte [[ID_NUMBER|PAA481275]], correo [[EMAIL_ADDRESS|pablo.ortega@correo.uniribera.es]]",
    "Students' Union bar payroll: employee [[ID_NUMBER|60417]], [[PERSON|Kayleigh Brooks]], payslips emailed to [[EMAIL_ADDRESS|kayleigh.brooks@mailbox.co.uk]].",
    "Conference badge: Dr [[PERSON|Anjali Rao]], PhD candidate, [[EMAIL_ADDRESS|anjali.rao@grad.kelvinside.ac.uk]]",
    "2025-02-03 07:58 door=LabB2 card=[[ID_NUMBER|88120467]] holder=[[PERSON|Oscar Lindholm]] result=granted",
    "Careers fair sign-up: [[PERSON|Yasmin El-Amin]], LinkedIn username [[ID_NUMBER|yasmin-elamin-22]], phone [[PHONE_NUMBER|07700 900827]].",
    "Rowing club treasurer handover: account holder [[PERSON|Fraser Dunlop]], online banking login [[ID_NUMBER|fdunlop_rowing]], PIN [[PASSWORD|5512]].",
    "Lab booking: [[PERSON|Sakura Ito]], user [[ID_NUMBER|sito4]], workstation IP [[IP_ADDRESS|203.0.113.77]], Tuesday 2-5pm.",
    "Dear [[PERSON|Kofi Boateng]], your resit for Thermodynamics will take place on 19 August. Please bring your student card, number [[ID_NUMBER|19283746]].",
    "Bursary recipient: [[PERSON|Rebecca Feld]], SSN [[US_SSN|231-74-5508]], award $2,500 for the spring semester.",
    "Visa file: [[PERSON|Santiago Pérez]], passport [[ID_NUMBER|AAF482173]], summer internship, e-mail [[EMAIL_ADDRESS|santi.perez@correo.unisur.ar]].",
    "Students' Union election nomination: candidate [[PERSON|Niamh Costello]], Welfare Officer, contact [[PHONE_NUMBER|07700 900563]].",
    "Room 3 | [[PERSON|Barty Finch]] | deposit paid | [[PHONE_NUMBER|0161 496 0751]]",
    "Vet school placement: [[PERSON|Imogen Clarke-Wood]], home address [[STREET_ADDRESS|Higher Combe Farm, Dulverton TA22 9QR]], mobile [[PHONE_NUMBER|07700 900149]].",
    "IT ticket: account [[ID_NUMBER|kwesi.appiah]] locked after five failed attempts from [[IP_ADDRESS|198.51.100.9]]; owner [[PERSON|Kwesi Appiah]] informed.",
    "Rent ledger, [[STREET_ADDRESS|14 Ashfield Terrace, Leeds LS6 2EW]]: tenant [[PERSON|Marisol Vega]] paid £475 on 01/10.",
    "Hardship fund application. Applicant: [[PERSON|Dylan Price]]. Student number: [[ID_NUMBER|24118093]]. Bank: [[IBAN_CODE|GB70 HBUK 4012 7761 3390 54]]. Reason: car repair for the commute to placement.",
    "Aluna [[PERSON|Carolina Duarte]], número de estudante [[ID_NUMBER|2022148831]], morada [[STREET_ADDRESS|Rua Miguel Bombarda 77, 4050-377 Porto]], telemóvel [[PHONE_NUMBER|+351 912 483 067]].",
    "Studentka [[PERSON|Agnieszka Kowal]], nr albumu [[ID_NUMBER|348127]], konto [[IBAN_CODE|PL87 1090 1014 0000 0712 1981 3376]].",
    "Student: [[PERSON|Maxime Dubois]], IBAN [[IBAN_CODE|BE45 0017 4283 9126]], kot [[STREET_ADDRESS|Tiensestraat 113, 3000 Leuven]]",
    "Studentas [[PERSON|Mantas Petrauskas]], stipendija į sąskaitą [[IBAN_CODE|LT51 7300 0101 2498 7630 51]], tel. [[PHONE_NUMBER|+370 612 48305]].",
    "Swiss exchange: [[PERSON|Noémie Favre]], IBAN [[IBAN_CODE|CH06 0483 5025 1978 4610 A]], e-mail [[EMAIL_ADDRESS|noemie.favre@etu.lac-leman.ch]]",
    "Athlete profile: [[PERSON|Tariq Hussain]], 400m, university athletics squad, Strava username [[ID_NUMBER|tariqruns400]].",
    "2025-05-02 22:14:55 WARN wifi auth failed for [[EMAIL_ADDRESS|ngozi.eze@students.northbridge.ac.uk]] from [[IP_ADDRESS|192.0.2.211]] ([[PERSON|Ngozi Eze]])",
    "Dear Mr [[PERSON|Nwachukwu]], we have changed your repayment card to [[CREDIT_CARD|6011 4728 3091 5562]]. Customer number [[ID_NUMBER|13377201845]].",
    "[[PERSON|Grace Liu]],Badminton,[[EMAIL_ADDRESS|grace.liu@students.kelvinside.ac.uk]],[[PHONE_NUMBER|07700 900316]],first year,paid",
    "Deposit protection certificate: tenant [[PERSON|Ibrahim Sesay]], [[STREET_ADDRESS|5 Moor Lane, Lancaster LA1 1QD]], scheme reference 8841730.",
    "Fundraising page owner: [[PERSON|Poppy Wainwright]], username [[ID_NUMBER|poppyruns4mind]], email [[EMAIL_ADDRESS|poppy.w@mailbox.co.uk]].",
    "Flat inventory signed by [[PERSON|Xavier Okonjo]] on move-in; card used for the holding fee [[CREDIT_CARD|2221 0048 7713 6292]].",
    "Exam access arrangement: [[PERSON|Soraya Haidari]], candidate number [[ID_NUMBER|4471902]], 25% extra time, separate room.",
    "Sports bursary award letter to [[PERSON|Callum Reid]], [[STREET_ADDRESS|3/2, 41 Hyndland Road, Glasgow G12 9UX]].",
]

# 100 clean texts with no personal data at all.
CLEAN_PROMPTS = [
    "Write a persuasive essay arguing that university students should take a gap year before starting their degree.",
    "Compose an engaging blog post about a semester abroad in Kyoto, highlighting cultural experiences and must-see sights.",
    "Imagine you are Hermione Granger giving advice to first-year students on how to manage a heavy reading list. Respond in character.",
    "Explain the difference between a student loan and a grant as if you were talking to a seventeen-year-old.",
    "Write a short poem about the night before a final exam, with a hopeful ending.",
    "How did Isaac Newton's time away from Cambridge during the plague years shape his scientific work?",
    "Draft a code of conduct for a university debating society in no more than ten bullet points.",
    "Suppose you are a careers adviser. What would you tell a student who has received two internship offers and cannot decide between them?",
    "Write a Python function that takes a list of exam marks and returns the mean, the median and the number of marks below 40.",
    "Compare the tutorial system at Oxford with the lecture-based model common in large universities. What are the strengths of each?",
    "What might Mary Wollstonecraft have argued about access to higher education today?",
    "Give me five icebreaker games for the first night in halls of residence that don't involve alcohol.",
    "Extract the key dates from this text and present them as a list: 'Applications open on 1 September. The deadline is 15 January. Interviews run through February, and offers are sent by 31 March.'",
    "Role-play as Sherlock Holmes investigating who ate the last yoghurt in a shared student fridge.",
    "Explain how interest builds up on a student loan while you are still studying, using a simple example.",
    "Write a motivational speech for a university rowing crew on the morning of a regatta.",
    "What are the main arguments for and against abolishing university tuition fees?",
    "Describe Marie Curie's path through her studies at the Sorbonne and the obstacles she faced.",
    "Summarise the plot of 'Lucky Jim' by Kingsley Amis in three sentences.",
    "Write a SQL query that lists every student who has failed more than one module, given tables students(id, name) and results(student_id, module, mark).",
    "Plan a one-week revision timetable for a student with three exams: calculus, statistics and programming.",
    "Pretend you are Socrates and question a student who claims that going to lectures is a waste of time.",
    "What are good strategies for a group project when one member is not contributing?",
    "Write a limerick about a student who keeps losing their library card.",
    "How might the history of computing have changed if Alan Turing had never gone to King's College, Cambridge?",
]

CLEAN_GSM8K = [
    "Amelia's student loan pays £4,650 a year in three equal instalments. Her rent is £130 a week on a 40-week contract. How much of the loan is left after rent for the year?",
    "Tariq works 12 hours a week at a café for £11.50 an hour. How much does he earn over a 10-week term?",
    "A hall of residence has 6 floors with 24 rooms on each floor. If 87 rooms are empty, how many rooms are occupied?",
    "Chloe buys 5 textbooks. Three cost £24 each and the other two cost £37.50 each. How much does she spend in total?",
    "The chess society has 48 members. One third are first-years, and a quarter of the rest are postgraduates. How many members are postgraduates?",
    "Mateo needs 360 credits to graduate. He has earned 240 credits, and each module is worth 20 credits. How many more modules must he pass?",
    "Four flatmates, Ben, Isla, Kofi and Mara, share an electricity bill of £186 and a water bill of £74 equally. How much does each of them pay?",
    "Priya reads 35 pages of her law textbook each weekday and 50 pages on each weekend day. How many pages does she read in two weeks?",
    "Printing costs 5p per black-and-white page and 25p per colour page. Jonah prints 120 black-and-white pages and 16 colour pages. How much does he spend in pounds?",
    "Lena scored 58, 64 and 71 in her first three assignments. What must she score in the fourth to average 65?",
    "The football club sold 140 tickets for its end-of-season dinner at £28 each. The venue cost £2,900. How much profit did the club make?",
    "Owen's bus fare is £1.80 a journey, or £42 for a monthly pass. If he makes 2 journeys a day on 22 days, how much does the monthly pass save him?",
    "Sofia's internship pays £2,100 a month for 3 months. She spends 40% of each month's pay on rent. How much does she have left after rent over the whole internship?",
    "A lecture theatre has 18 rows of 32 seats. If 85% of the seats are filled, how many students are at the lecture?",
    "Dev has 96 practice questions to do before his resit. He does 8 on Monday and twice as many each day as the day before. On which day does he finish?",
    "Hana bought a graduation gown for £65 and sold it a year later for 60% of what she paid. How much money did she lose?",
    "The climbing club has £1,250. It buys 6 ropes at £85 each and 10 harnesses at £45 each. How much money is left?",
    "Noah cycles 4.5 km each way to campus, five days a week. How many kilometres does he cycle in a 12-week term?",
    "Five students share the printing costs of a project. Ruby paid £12, Sam paid £9 and the other three paid £7 each. If the cost is shared equally, how much should Ruby get back?",
    "Aisha's laptop cost £720. She pays it off in equal monthly payments over 18 months. How much is each payment?",
    "The orchestra society has twice as many violinists as cellists and 6 more cellists than flautists. If there are 4 flautists, how many violinists are there?",
    "Finn earns £10.90 an hour at his weekend job. He works 6 hours on Saturday and 5 hours on Sunday. How much does he earn in 4 weekends?",
    "A campus café sells 240 coffees on Monday, 15% more on Tuesday, and 30 fewer on Wednesday than on Tuesday. How many coffees does it sell over the three days?",
    "Grace's library fine is 20p per book per day. She returns 3 books 9 days late. How much does she owe?",
    "Tom and Ella share a flat. Tom pays 55% of the £920 monthly rent because his room is larger. How much more than Ella does Tom pay each month?",
]

CLEAN_MMLU = [
    "Which of the following best describes a maintenance loan in the UK higher education system?\nA. A loan for repairing student housing\nB. A loan to help with living costs\nC. A loan paid directly to the university for tuition\nD. A grant that never has to be repaid",
    "A student's exam marks have a mean of 62 and a standard deviation of 8. What is the z-score of a mark of 74?\nA. 1.0\nB. 1.5\nC. 2.0\nD. 12",
    "The spacing effect in memory research suggests that students learn best when\nA. study is massed into one long session\nB. study is distributed over time\nC. they study only the night before\nD. they read the material once quickly",
    "Under an assured shorthold tenancy in England, a tenant's deposit must be protected in\nA. the landlord's personal account\nB. a government-approved deposit protection scheme\nC. the university's bank account\nD. a letting agent's current account",
    "Which concept refers to the advantages students gain from family knowledge of how universities work?\nA. Economic capital\nB. Cultural capital\nC. Fixed capital\nD. Venture capital",
    "Who wrote the Critique of Pure Reason?\nA. David Hume\nB. Immanuel Kant\nC. G. W. F. Hegel\nD. John Locke",
    "Which organelle is the main site of ATP production in eukaryotic cells?\nA. Ribosome\nB. Golgi apparatus\nC. Mitochondrion\nD. Lysosome",
    "What is the time complexity of binary search on a sorted list of n elements?\nA. O(1)\nB. O(log n)\nC. O(n)\nD. O(n log n)",
    "What is the pH of a 0.01 M solution of hydrochloric acid?\nA. 1\nB. 2\nC. 7\nD. 12",
    "If a university raises rents in its halls and the number of rooms demanded barely changes, demand is\nA. perfectly elastic\nB. elastic\nC. inelastic\nD. unit elastic",
    "In group work, the tendency of individuals to put in less effort than when working alone is called\nA. groupthink\nB. social loafing\nC. social facilitation\nD. deindividuation",
    "The Open University in the United Kingdom admitted its first students in\nA. 1946\nB. 1959\nC. 1971\nD. 1988",
    "If f(x) = 3x^2 - 2x, what is f'(2)?\nA. 8\nB. 10\nC. 12\nD. 14",
    "In the UK, an intern who counts as a worker is generally entitled to\nA. no pay at all\nB. the National Minimum Wage\nC. a company car\nD. shares in the business",
    "A textbook is dropped from a height of 5 m. Ignoring air resistance, roughly how long does it take to hit the ground? (g = 9.8 m/s^2)\nA. 0.5 s\nB. 1.0 s\nC. 1.5 s\nD. 2.0 s",
    "Which of the following is a valid form of argument?\nA. Affirming the consequent\nB. Denying the antecedent\nC. Modus tollens\nD. Begging the question",
    "Which vitamin is made mainly in the skin on exposure to sunlight?\nA. Vitamin A\nB. Vitamin B12\nC. Vitamin C\nD. Vitamin D",
    "A student society charging lower membership fees to first-years than to other members is an example of\nA. price discrimination\nB. predatory pricing\nC. cost-plus pricing\nD. price skimming",
    "A society buys a £600 projector expected to last 3 years with no residual value. Using straight-line depreciation, the annual charge is\nA. £100\nB. £200\nC. £300\nD. £600",
    "The Yerkes-Dodson law describes the relationship between\nA. arousal and performance\nB. sleep and memory\nC. age and intelligence\nD. diet and mood",
    "Which of these universities is the oldest in the English-speaking world?\nA. Cambridge\nB. Oxford\nC. St Andrews\nD. Trinity College Dublin",
    "In a survey of 200 students, 120 have a part-time job. What is the sample proportion with a part-time job?\nA. 0.12\nB. 0.4\nC. 0.6\nD. 1.2",
    "Which practice best protects a student's university account?\nA. Reusing one password everywhere\nB. Turning on multi-factor authentication\nC. Sharing the password with a trusted flatmate\nD. Writing the password on the laptop",
    "Which of the following is an example of academic misconduct?\nA. Citing a source in the reference list\nB. Paraphrasing with attribution\nC. Submitting a friend's essay as one's own\nD. Asking a tutor for feedback",
    "Under Plan 2 student loans in England, repayments are a percentage of\nA. total income\nB. income above a threshold\nC. the amount borrowed\nD. household savings",
]

CLEAN_HEALTH = [
    "What are the symptoms of meningitis, and why are first-year students in halls advised to get the MenACWY vaccine?",
    "How much sleep does a 20-year-old need, and does pulling an all-nighter before an exam actually help?",
    "Is it normal to feel homesick and low in the first few weeks of university, and when should I see a doctor about it?",
    "What is the safest way to use caffeine during exam season?",
    "How can I tell the difference between freshers' flu and something more serious?",
    "What are the signs of burnout in students, and how is it usually treated?",
    "Can stress before exams cause stomach problems like IBS flare-ups?",
    "How do I register with a GP when I move to a new city for university?",
    "Is it safe to take ibuprofen and paracetamol together for a hangover headache?",
    "What should I eat on a tight student budget to get enough iron and protein as a vegetarian?",
    "How long after a sprained ankle should I wait before going back to football training?",
    "What are the early warning signs of an eating disorder in a friend, and how can I bring it up kindly?",
    "Do blue-light glasses help with eye strain from studying on a laptop all day?",
    "How much alcohol counts as binge drinking, and what are the long-term risks for young adults?",
    "Which vaccinations should a nursing student check before starting a hospital placement?",
    "Can anxiety cause chest pain, and how do I know when chest pain needs urgent care?",
    "How should I recover from a concussion from rugby before going back to lectures and screens?",
    "How can I manage ADHD symptoms while revising for resits?",
    "Is it normal for periods to become irregular during a stressful exam term?",
    "How do I know if the mould in my student flat is making my asthma worse?",
    "What are the symptoms of glandular fever and how long does it usually last?",
    "Are energy drinks harmful if I have two a day while working night shifts and studying?",
    "What should I do if I think my drink was spiked at a club?",
    "How can I improve my posture when I spend eight hours a day at a desk in the library?",
    "Is it safe to exercise with a cold, or should I skip training until it clears?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "4821 7730 5922": aadhaar_ok,  # Indian Aadhaar
    "6290 1148 3758": aadhaar_ok,
    "943 476 5919": nhs_ok,  # NHS number
    "485 203 7728": nhs_ok,
    "273819458": bsn_ok,  # Dutch BSN
    "173829466": bsn_ok,
    "02231514820": pesel_ok,  # Polish PESEL
    "01312708316": pesel_ok,
    "482.917.306-87": cpf_ok,  # Brazilian CPF
    "735.204.618-62": cpf_ok,
    "38716052440": kimlik_ok,  # Turkish kimlik
    "48372915M": dni_ok,  # Spanish DNI
    "Y4829173S": dni_ok,  # Spanish NIE
    "140302A4682": hetu_ok,  # Finnish henkilötunnus
    "BNCGLI02D45F205I": codice_fiscale_ok,  # Italian codice fiscale
    "RSSMTT01M12H501Z": codice_fiscale_ok,
    "510104200309172386": china_id_ok,  # Chinese resident identity number
    "T0418263J": nric_ok,  # Singapore NRIC
    "S9827514B": nric_ok,
    "030614-4278158": rrn_ok,  # Korean resident registration number
    "472 918 360": tfn_ok,  # Australian tax file number
    "2953 18468 1": medicare_ok,  # Australian Medicare card
    "4827 3916 0582": my_number_ok,  # Japanese My Number
    "8274615BA": pps_ok,  # Irish PPS number
    "6391027J": pps_ok,
    "2 03 07 75 115 274 33": nir_ok,  # French NIR
    "99.07.21-234.03": belgian_id_ok,  # Belgian national number
    "12040252671": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238491765": nif_ok,  # Portuguese NIF
    "6020918403722": cnp_ok,  # Romanian CNP
    "20.456.781-6": rut_ok,  # Chilean RUT
    "60208174214": isikukood_ok,  # Estonian isikukood
    "170301-2850": kennitala_ok,  # Icelandic kennitala
    "025618/3180": rodne_cislo_ok,  # Czech rodné číslo
    "3842719560": rnokpp_ok,  # Ukrainian RNOKPP
    "57391842560": steuer_id_ok,  # German tax id
    "ZKR4189": nhi_ok,  # New Zealand NHI
    "020814-3727": luhn_len(10),  # Swedish personnummer
    "946 381 720": luhn_len(9),  # Canadian SIN
    "527 194 831": luhn_len(9),  # Canadian SIN (in a chat request)
    "318274651": luhn_len(9),  # Israeli teudat zehut
    "14060215846": luhn_len(11),  # Greek AMKA
    "0205190831086": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK fictional geographic range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"[89]\d{3} \d{4}",  # Singapore
        r"02[1-9] \d{3} \d{4}",  # New Zealand mobile
        r"\+(7|30|31|34|39|40|55|90|91|234|351|353|370|380|420|972) [\d -]+\d",  # no fiction range known
    )
]

# Scripts other than Latin, for the chat requests in other languages.
NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def kinds(text: str) -> set[str]:
    """The entity types of the spans of one text."""
    return {s["type"] for s in marked_spans(text)}


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type, and include
    non-Latin scripts; each record names one person and holds 1 to 4 other values, and
    35 to 45 records carry a national id; every MMLU item has options A to D."""
    named = sum("PERSON" in kinds(t) for t in CHAT)
    secret = sum("PASSWORD" in kinds(t) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - set().union(*(kinds(t) for t in CHAT))
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    foreign = CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]
    if sum(bool(NON_LATIN.search(strip_marks(t)[0])) for t in foreign) < 2:
        raise SystemExit("chat: too few texts in non-Latin scripts")
    with_id = 0
    for t in RECORDS:
        spans = marked_spans(t)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        longest = max(names, key=len, default="")
        if not names or any(not set(n.split()) <= set(longest.split()) for n in names):
            raise SystemExit(f"record: not one person in {t[:60]!r}")
        if not 1 <= len(others) <= 4:
            raise SystemExit(f"record: {len(others)} other values in {t[:60]!r}")
        with_id += any(v in NATIONAL_IDS for _, v in others)
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")
    for item in CLEAN_MMLU:
        if not all(f"\n{letter}. " in item for letter in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")


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
        "blind142", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
