# ruff: noqa: E501
"""A hundred-and-twenty-eighth blind privacy set: 220 texts with personal data and 100 clean
ones, on sport, fitness and the outdoors.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table head
and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The theme is sport, fitness and the outdoors: gyms and
personal trainers, running and cycling clubs, swimming lessons, youth coaching and team
selection, climbing and hiking trips, race entries, physio after injuries, kit orders and
club subscriptions.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs and
  e-mails, translating, fixing wording, splitting costs, asking whether something is a
  scam, planning. The first 30 are typed all in lower case (names, e-mails, codes and two
  IBANs too, with shorthand and typos); the next 6 are in German, Japanese, Portuguese,
  Finnish, Swahili and Serbian (Cyrillic); the other 84 in ordinary English. Names of many
  origins (some in Japanese and Cyrillic script), first names alone, surnames after titles
  (Mr, Mrs, Dr, Coach), full names, nicknames (Big Mick, Big Al) and names that are
  ordinary words (Hope, Kit, Will), many named in passing with no cue word; public figures
  and fictional characters are left unlabelled. At least 90 name a private person, at
  least 15 hold a secret (wifi keys, gate, key safe, locker, alarm and door codes, padlock
  combinations, passwords); every type appears; 1 to 8 values each.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register entries and short letters, in English and many other languages (some in Greek,
  Cyrillic and Japanese script); each names exactly one person and holds one to four other
  values (2 to 5 in all); 44 carry a national id with valid check digits (Chinese
  resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC, Swedish personnummer, Dutch
  BSN, Korean resident registration number, Australian TFN and Medicare, Canadian SIN,
  Turkish kimlik, NHS number, Polish PESEL, Italian codice fiscale, Finnish henkilötunnus,
  South African id, Japanese My Number, Spanish DNI and NIE, Irish PPS, French NIR, Belgian
  national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT,
  Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German
  Steuer-ID, New Zealand NHI, Greek AMKA, Israeli id; the chat holds two more, a CPF and
  an NHS number).
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people: Hillary and Tenzing, Jesse Owens, Sherlock
  Holmes, Rocky Balboa, Roger Bannister, Eddy Merckx), 25 GSM8K-style word problems with
  fictional first names, 25 MMLU-style items with options A to D and 25 health questions
  naming no one; nearly all on the theme.

Labels: usernames, handles, logins, member, customer, booking-holder, patient, employee,
passport, licence and bank account numbers and national ids are ID_NUMBER; PINs, door,
gate, alarm, key safe and locker codes, padlock combinations, wifi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Dr, Coach, Aunty, Mama, my
sister) stay outside PERSON spans; an address span runs from the first street line through
the postcode and city as typed. Public figures, fictional characters, companies, clubs,
order, invoice, booking, entry and case references, postcodes alone, amounts, the last
four digits of a card and dates of birth are not labelled; every occurrence of a private
value is marked (a name repeated is marked each time).

Values are invented and typed by hand; the builder only checks them and fails loudly on a
bad one: phones from ranges kept for fiction where the country has one (UK 07700 900xxx,
020 7946 0xxx, 0131 496 0xxx; North America 555-01xx; Australia 0491 570 xxx; France
06 39 98 xx xx; Germany 030 23125 xxx) and in the country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97, of their country's length
and not documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind128.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Aunty|Auntie|Uncle|Mama|Kocha|Herr|Frau|Mme|Sra|Sr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u write a quick msg to [[PERSON|dave]] saying i cant do tues intervals, hamstring still tight from sundays long run. keep it short n not whiny lol",
    "summarise for the club whatsapp pls: committee mtg 3rd march. there: [[PERSON|jo whitfield]], [[PERSON|raj]], [[PERSON|marta kowal]], [[PERSON|benny o'hare]]. subs going up to £48 from april, [[PERSON|jo]] chasing the 11 ppl who havent paid, kit order closes fri, new treasurer email is [[EMAIL_ADDRESS|treasurer.hollinsrc@gmail.com]]",
    "my gym keeps taking £34.99 a month tho i cancelled in jan. membership no [[ID_NUMBER|ff-20931877]]. help me word a complaint to get feb + march back, firm but polite",
    "is this a scam?? text says ur parkrun barcode has expired, pay £1.99 to reactivate, with a link. barcode is [[ID_NUMBER|a7719042]]. parkrun is free isnt it",
    "translate to spanish pls: hi [[PERSON|lucía]], the minibus for sierra nevada leaves the leisure centre 6am sat. ring me on [[PHONE_NUMBER|07700 900418]] if ur running late. [[PERSON|tom]]",
    "fix the grammar: dear mr [[PERSON|hennessy]] i am writing about my son [[PERSON|kai]] not getting picked for the u13s saturday squad again, he has been to every training since september and i dont understand what he need to do different",
    "bouldering cafe wifi is [[PASSWORD|cr1mpk1ng!88]] and ppl keep posting it on insta. write a lil sign for the till saying ask staff for the code, make it funny",
    "split this pls: lakes weekend hostel £312 paid by [[PERSON|shona]], fuel £86 paid by [[PERSON|ade]], food £74 paid by me, [[PERSON|mei]] hasnt paid anything. 4 of us, who owes who",
    "need a text for the u9 swim parents - kit swap at mine sat 10-12, [[STREET_ADDRESS|27 ashgrove road, sheffield s10 3fl]], bring outgrown costumes n goggles. parking on the road is fine. - [[PERSON|gemma]]",
    "whats a nice way to tell [[PERSON|big mick]] he cant keep doing 20 min warmups that eat half the session. hes a volunteer n i dont want him to quit",
    "summarise this physio call log: pt [[PERSON|aoife brennan]], r knee acl recon 14 wks post op, quads 70% of left, no running till 16 wks, next appt tues, call back on [[PHONE_NUMBER|+353 87 413 2290]]",
    "i think my strava got hacked. login alert from [[IP_ADDRESS|203.0.113.77]] at 3am and im in leeds. username [[ID_NUMBER|rach_runs_ls6]], old pw was [[PASSWORD|parkrunpb2019]]. what do i do first",
    "draft msg to the cycling club: sunday ride meets at [[PERSON|pete]]s yard not the cafe, gate code is [[PASSWORD|4471#]], lock bikes inside the shed. dont put the code on fb pls",
    "reply to [[PERSON|yusuf]]: yes he can borrow my harness n the 60m rope for font, just not the quickdraws, and he owes me a pain au chocolat",
    "got this email is it legit? 'dear athlete, your triathlon entry needs verification, reply with card number and cvv'. i did pay for lanzarote with [[CREDIT_CARD|4539 1827 0461 2538]] last month so now im worried",
    "help me reply to coach [[PERSON|ndlovu]]. he wants [[PERSON|thandi]] at regional trials on the 14th but we're away at a wedding. ask if she can do the catch up day instead",
    "minutes pls from my notes: climbing club agm. chair [[PERSON|fiona mcrae]]. treasurer [[PERSON|dev patel]] says £2,140 in bank, moving to new acct [[IBAN_CODE|gb45loyd30912748215630]]. new hut warden [[PERSON|ollie]]. hut key safe code now [[PASSWORD|0519]], tell members in person only",
    "tell [[PERSON|sandeep]] and [[PERSON|kasia]] the 4x5k relay team is them, me and [[PERSON|bolu]], and [[PERSON|hamish]] is reserve. make it sound less like [[PERSON|hamish]] got dropped",
    "is it weird to ask my pt [[PERSON|jordan]] for a discount if i book 20 sessions? draft something casual i can text him on [[PHONE_NUMBER|07700 900362]]",
    "[[PERSON|leanne]] from swim club says send subs to a new account [[IBAN_CODE|ie37bofi90584731572608]] ref surname. normal or scam? she emailed from [[EMAIL_ADDRESS|leanne.swimsec@outlook.ie]] not the club one",
    "write a short bday msg for [[PERSON|norm]] from the tues walking group, hes 80 and still first up helvellyn every time, something cheeky",
    "remind me what to pack for the cairngorms, and ping [[PERSON|isla]] the bothy booking login: user [[ID_NUMBER|isla.hikes]] pw [[PASSWORD|ptarmigan22]]",
    "help!! locker at the pool wont open, the code i set was [[PASSWORD|2806]] (my bday lol). how do i ask the front desk without sounding dodgy",
    "make this a list: bike fit with [[PERSON|marco]] thurs 6pm, deposit €40 to [[IBAN_CODE|it74x0306909606100000182734]], bring cleats + bib shorts, studio at [[STREET_ADDRESS|via san vitale 48, 40125 bologna]]",
    "rewrite so its less aggressive: [[PERSON|kev]] u were meant to bring the cones and the bibs, half the u11s had no bibs and the ref had a go at me",
    "my daughter [[PERSON|niamh]] got into the county squad!!! help me write a post for the family group chat, mention her coach [[PERSON|sarah-jane]] too",
    "whats this ip in my gym apps active sessions, [[IP_ADDRESS|198.51.100.23]]? i only use it on my phone. account is [[EMAIL_ADDRESS|tomasz.lifts@gmail.com]]",
    "translate to polish for my mum: [[PERSON|ania]] has swimming on wednesdays now at 5:30, teacher is called [[PERSON|bev]], bring a towel and a £1 coin for the locker",
    "check my maths, [[PERSON|olu]] paid £45 for the tri relay entry for 3 of us, [[PERSON|priya]] paid £18 parking, i paid nothing. split evenly what do i owe each",
    "quick thank u note for [[PERSON|hope]] who drove the minibus to nationals and [[PERSON|wes]] who sorted the team hotel, under 60 words pls",
    # German, Japanese, Portuguese, Finnish, Swahili, Serbian (Cyrillic)
    "Kannst du mir helfen, eine Nachricht an [[PERSON|Jürgen Brandt]] vom Radsportverein zu schreiben? Ich möchte meine Mitgliedschaft (Mitgliedsnummer [[ID_NUMBER|RSV-04417]]) zum Jahresende kündigen. Der Beitrag wird bisher von [[IBAN_CODE|DE23 1005 0000 6183 2045 97]] abgebucht, das soll danach bitte aufhören. Freundlich, aber klar.",
    "来週の土曜日に高尾山でハイキングをします。参加者への連絡文を作ってください。集合は 8:30 高尾山口駅、幹事は [[PERSON|佐藤 美咲]] さん（携帯 [[PHONE_NUMBER|090-4821-7365]] ）です。雨の場合は前日の夜に[[PERSON|美咲]]さんからLINEで連絡があります。",
    "Pode me ajudar a responder a [[PERSON|Rafaela]]? Ela quer saber se a inscrição da equipe na corrida de 10 km já foi paga. Paguei com o cartão [[CREDIT_CARD|5238 7106 4928 4178]] e o comprovante foi para [[EMAIL_ADDRESS|rafa.corre@uol.com.br]]. Se precisar do meu CPF para a nota, é [[ID_NUMBER|731.046.852-07]].",
    "Voitko kirjoittaa lyhyen viestin hiihtoseuran jäsenille: lauantain yhteislenkki lähtee Paloheinän majalta kello 9. Vetäjänä on [[PERSON|Eetu Koskinen]], puh. [[PHONE_NUMBER|040 718 2265]]. Sauna on varattu lenkin jälkeen, oven koodi on [[PASSWORD|5530]]. Älä laita koodia Facebookiin.",
    "Naomba unisaidie kuandika ujumbe kwa wazazi wa timu ya mpira ya watoto. Mazoezi yatakuwa Jumamosi saa tatu asubuhi uwanjani. Kocha [[PERSON|Baraka Otieno]] atakuwepo; kwa maswali mpigie [[PHONE_NUMBER|+254 712 483 906]]. Ada ya mwezi ni shilingi 500, mpeni Mama [[PERSON|Achieng]].",
    "Преведи на енглески, молим те: Поштовани, мој син [[PERSON|Лука Петровић]] је повредио скочни зглоб на тренингу у среду. Физиотерапеут каже да не сме да игра две недеље. Можете ме добити на [[PHONE_NUMBER|+381 64 218 7735]]. Срдачно, [[PERSON|Снежана Петровић]]",
    # English
    "Can you tidy this into a proper welcome email for new members? Track Tuesdays 7pm at Crossley Park, hills Thursdays from the Fox and Hounds car park, Sunday long run 8:30. Questions to [[PERSON|Priyanka Rao]] on [[EMAIL_ADDRESS|priyanka.rao.nh@gmail.com]] or [[PHONE_NUMBER|07700 900127]].",
    "I'm filling in the volunteer background check to coach my son's U10 soccer team in Columbus. The league coordinator, [[PERSON|Denise Kowalczyk]], emailed a PDF asking me to reply with my SSN ([[US_SSN|412-58-7713]]) and driver's license number [[ID_NUMBER|RT482017]]. Is that normal, or should I push for a secure portal?",
    "[[PERSON|Lewis]] set up our club website to pull ride stats from Strava before he moved to Bristol. The client secret sitting in config.py is [[API_KEY|7f3c91ab20e4d85f6b1a09c3e27d4f8850b6a1e2]] and the repo is public. How bad is that, and what do I do, step by step?",
    "Write a kind message to Aunty [[PERSON|Folake]] thanking her for sponsoring my Great North Run place. She gave £150 and asked where the money goes: it's for the stroke unit where Dad was looked after.",
    "Hut fees for the Haute Route: [[PERSON|Matthias]] paid CHF 640 for the huts, [[PERSON|Léa]] CHF 210 for the guide deposit, [[PERSON|Gaurav]] CHF 95 for trains, I've paid nothing. Split four ways please. [[PERSON|Matthias]] wants his by transfer to [[IBAN_CODE|CH88 0483 5081 7392 0001 F]].",
    "Got a WhatsApp from [[PHONE_NUMBER|+44 7700 900981]] claiming to be England Athletics, saying my affiliation has lapsed and I must pay £15 by card today or lose my race results. My URN is [[ID_NUMBER|3419027]]. Scam?",
    "Please summarise this physio letter for my line manager without the medical detail: 'Re: Mr [[PERSON|Callum Rafferty]], NHS no [[ID_NUMBER|612 408 9378]]. Grade II lateral ankle sprain sustained playing five-a-side on 9 October. Advised to avoid prolonged standing for two weeks and to work from home where possible. Review in 14 days.'",
    "Turn this into a table please. Junior kit order: [[PERSON|Alfie M]] 9-10 top + shorts, [[PERSON|Zainab]] 11-12 top only, [[PERSON|Oskar]] 7-8 full kit, [[PERSON|Maisie]] 9-10 full kit, [[PERSON|Rory]] and [[PERSON|Finn Doherty]] 11-12 full kit each. Parents pay [[PERSON|Gill]] by Friday.",
    "Help me reply to Coach [[PERSON|Brannigan]]. He says [[PERSON|Tayo]] isn't committed because he missed two Saturday matches, but both times he was at his dad's in Leicester and we told the club in advance. I want to stay calm and not sound like a pushy parent.",
    "Our running club shares one login for the race timing software: username [[ID_NUMBER|harriers_timing]], password [[PASSWORD|Tw0Laps&Out]]. Half the committee has it. Write a short proposal for the next meeting suggesting individual accounts instead.",
    "Translate into French for the campsite owner: Hello Mrs [[PERSON|Girard]], we are eight climbers from Manchester arriving on 12 July for five nights. We'd like two pitches near the toilet block. My mobile is [[PHONE_NUMBER|07700 900745]] and my friend [[PERSON|Nadia]]'s is [[PHONE_NUMBER|07700 900746]].",
    "Minutes from last night, please make them readable. Present: [[PERSON|Graham]] (chair), [[PERSON|Bukola]], [[PERSON|Steph]], [[PERSON|Lars]], [[PERSON|Hiro]]. Apologies: [[PERSON|Denise]]. [[PERSON|Graham]]: pool hire up 12%. [[PERSON|Steph]] proposes lane fee of £6, agreed. [[PERSON|Lars]] to email the council about the broken hoist. [[PERSON|Hiro]] to find gala timekeepers. Next meeting 4 Dec.",
    "I want to book a six-week beginners' climbing course for my partner [[PERSON|Ewan]] as a surprise, but the centre's checkout keeps failing. Can you see if I'm typing the card wrong? [[CREDIT_CARD|5410 9283 7461 5032]], expiry 08/27.",
    "Draft an invoice email to the rowing club in Lisbon for the coaching clinic I ran: three sessions at €120, payable to [[PERSON|Inês Carvalho]], IBAN [[IBAN_CODE|PT21 0035 0651 0007 3629 1847 3]], reference CLINIC-MAY.",
    "The front door of my 24h gym opens with a PIN from the app. Mine is [[PASSWORD|730915]] and it's stopped working since Tuesday. Write a short message to the manager, [[PERSON|Carla]], asking her to reset it. Member number [[ID_NUMBER|FX-551902]].",
    "Plan a three-day walk on the West Highland Way for me, [[PERSON|Duncan]] and [[PERSON|Precious]]. We're fairly fit but [[PERSON|Precious]] has a dodgy knee. Starting at Tyndrum on a Friday.",
    "My daughter [[PERSON|Amara]] (11) has been picked for the regional netball squad. The form wants our address, [[STREET_ADDRESS|14 Birchfield Close, Walsall WS5 3DP]], and my phone, [[PHONE_NUMBER|07700 900563]]. Can you write a short cover note to the coordinator, Mrs [[PERSON|Okonjo]]?",
    "Summarise this call log in two lines: 09:14 inbound from [[PERSON|Hugo Lefèvre]] [[PHONE_NUMBER|06 39 98 41 27]], wants refund on marathon entry, stress fracture. 09:20 told him policy is transfer only. 09:31 called back angry, asked for a manager. 10:02 [[PERSON|Marion]] rang him, offered deferral to next year, accepted.",
    "Can you check this form before I send it to the youth basketball league so they can pay me for refereeing? Name: [[PERSON|Terrence Bledsoe]]. SSN: [[US_SSN|531-72-0468]]. Address: [[STREET_ADDRESS|2210 Maple Ridge Dr, Dayton, OH 45414]]. Does anything look off?",
    "[[PERSON|Keiko]] says the relay team should be picked on times only; [[PERSON|Brendan]] says attendance should count. Write a neutral note for the selection committee setting out both views.",
    "Could you write a gentle reminder to parents that spring term subs are due? £65 per child by bank transfer to [[IBAN_CODE|GB81 NWBK 6042 7183 9405 26]], reference the child's name. Questions to our treasurer, [[PERSON|Moira Baird]].",
    "The camera in the club's turbo room keeps dropping off. It sits at [[IP_ADDRESS|192.0.2.58]] on the network and its password is [[PASSWORD|Sprocket!42]]. [[PERSON|Darren]] installed it. Write to [[PERSON|Darren]] asking him to have a look and change that password while he's there.",
    "Translate to German: Dear Mr [[PERSON|Vogel]], thank you for the bike fit. I paid the €50 deposit by card. Please send the invoice to [[EMAIL_ADDRESS|ana.m.ruiz@protonmail.com]]. Best wishes, [[PERSON|Ana Ruiz]]",
    "Rewrite this so it doesn't sound passive-aggressive: 'Some people ([[PERSON|Craig]]) keep leaving wet kit in the drying room for weeks.'",
    "Our triathlon club pulls results into the website through the timing company's API. Their support asked me to email the key so they can check it: [[API_KEY|ttk_prod_9d4e2b71c8a0f3e6]]. Is that normal? The person who asked is [[PERSON|Rohan]] at RaceStamp.",
    "Add these to the marshal list and sort by checkpoint: [[PERSON|Jacqui Pemberton]] [[PHONE_NUMBER|07700 900214]] CP3, [[PERSON|Sol Adeyemi]] [[PHONE_NUMBER|07700 900215]] CP1, [[PERSON|Wendy Harrop]] [[PHONE_NUMBER|07700 900216]] CP5.",
    "Put this into a note for the hut weekend: Glen Brittle hut, key is in the safe by the door, code [[PASSWORD|7193]], then lift the flap. Warden is [[PERSON|Callum]] on [[PHONE_NUMBER|07700 900877]] if it sticks.",
    "Help me write to the county FA appeals panel for our player [[PERSON|Jamal Haddad]], who got a six-match ban for a red card in Sunday's cup tie. We think it was mistaken identity: the tackle was made by our number 8, who has the same haircut and boots, and the referee was thirty yards away. Two neutral spectators and the other side's captain have said so in writing. [[PERSON|Jamal]] has had no cards in four seasons. His FAN is [[ID_NUMBER|218840193]]. Firm, respectful, not too long.",
    "My personal trainer [[PERSON|Stefan]] keeps texting me at 11pm about my macros. How can I politely ask him to keep it to working hours?",
    "Need to move my shoulder physio with [[PERSON|Bronwyn]] at the Fremantle clinic to next week. Can you draft a short SMS? My mobile is [[PHONE_NUMBER|0491 570 338]] and the clinic's patient number for me is [[ID_NUMBER|FPC-20417]].",
    "I coach U15 girls' hockey. Help me message the parents of the three players who didn't make the county trial list, [[PERSON|Esme]], [[PERSON|Tilly]] and [[PERSON|Harpreet]]. Not a form letter; encouraging, and say what each could work on.",
    "Cheapest fair way to split a £96 Peak District hut booking between me, [[PERSON|Owain]], [[PERSON|Beca]] and [[PERSON|Siôn]] if [[PERSON|Siôn]] only comes for one of the two nights?",
    "Is this phishing? 'Dear [[PERSON|Jonah Feld]], your CycleHub subscription payment failed. Update your card at cyclehub-billing.info.' I do use CycleHub, but it came to [[EMAIL_ADDRESS|jonah.feld@fastmail.com]], which I never gave them.",
    "Write a two-line text to my brother [[PERSON|Marcus]] saying the shared Zwift login changed: email stays [[EMAIL_ADDRESS|marcus.and.lee.ride@gmail.com]], new password is [[PASSWORD|Watopia#Climb7]].",
    "Summarise in one line: 'Hi all, after nine years I'm stepping down as junior section lead. [[PERSON|Ruth Amankwah]] has kindly agreed to take over from September and you can reach her at [[EMAIL_ADDRESS|ruth.amankwah@btinternet.com]]. Thanks for everything. [[PERSON|Pat]]'",
    "Please reformat this so I can forward it to the treasurer: 12 training tops at £18, 12 shorts at £12, paid by me, [[PERSON|Lucy Tran]], card [[CREDIT_CARD|4927 6031 8854 2073]], delivered to [[STREET_ADDRESS|5 Corporation Street, Preston PR1 2UQ]].",
    "Text for the lacrosse carpool group: pickups at 6:45 from [[PERSON|Gareth Henderson]]'s, then [[PERSON|Maya]]'s, then ours. If you're running late call me on [[PHONE_NUMBER|(614) 555-0148]], not the group. [[PERSON|Dana]]",
    "The gate code for the sailing club boat park is [[PASSWORD|1905*]]. Write a friendly notice for new members saying the code changes on 1 March and they should ask [[PERSON|Viktor]] at the bar rather than posting it in the WhatsApp group.",
    "Check my tone: 'Hi [[PERSON|Sven]], I don't think it's fair that you put yourself in the A boat again when your 2k is slower than [[PERSON|Ollie]]'s and [[PERSON|Femi]]'s.'",
    "Write a reminder to [[PERSON|Joost]] that I still haven't had the refund for the cancelled Limburg cycling weekend: €85 to [[IBAN_CODE|NL82 RABO 0318 4729 56]]. Polite, but it's been six weeks.",
    "Translate this to Japanese for my host: Hello Mr [[PERSON|Tanaka]], thank you for arranging the luggage transfer on the Kumano Kodo. My phone in Japan is [[PHONE_NUMBER|080-3927-6154]]. We arrive at Chikatsuyu on 3 April.",
    "My cousin [[PERSON|Thiago]] is paying for our São Paulo marathon entries. Write him a WhatsApp with my Pix key so he can send my share back. The key is my phone number, [[PHONE_NUMBER|+55 11 98473-2051]].",
    "The swim club laptop password is [[PASSWORD|Lane4Butterfly]] and everyone writes it on a post-it. Write a gentle email to the coaches, [[PERSON|Hannah]], [[PERSON|Kofi]] and [[PERSON|Ilse]], about moving to the password manager.",
    "Summarise this: 'Injury log, U16 v Westbury. 23 min: [[PERSON|Jack Penhaligon]], head knock, failed HIA, removed from play, mum [[PERSON|Sue Penhaligon]] ([[PHONE_NUMBER|07700 900690]]) informed. 51 min: [[PERSON|Reuben Osei]], twisted ankle, iced, returned to play.'",
    "Help me thank our pacers from the Iten camp: [[PERSON|Kiprono]], [[PERSON|Wanjiru]] and old [[PERSON|Chebet]]. Each gets KSh 3,000 by M-Pesa to [[PHONE_NUMBER|+254 722 615 480]]; [[PERSON|Wanjiru]] collects for all three.",
    "I'm a personal trainer. A client, [[PERSON|Denise Faulkner]], wants me to keep her card on file for monthly billing and has just texted it to me: [[CREDIT_CARD|3728 155049 17262]]. What's the right way to handle this, and what do I reply?",
    "Rough notes into an email please: wall induction tomorrow 5pm, instructor is [[PERSON|Ade]], bring photo ID, and [[PERSON|Zoe]]'s belay card number is [[ID_NUMBER|BC-77310]].",
    "Make a 12-week half marathon plan for my sister [[PERSON|Ngozi]], who can run 5k now. She works shifts so no fixed days.",
    "Write a short email to the sportive organiser, [[PERSON|Phil Ashdown]], asking to move my entry from the 100-mile to the 60-mile route. I'm [[PERSON|Rosie Kaur]], British Cycling number [[ID_NUMBER|948201]], entry ref SPT-22817.",
    "Write a listing to sell my road bike: 54cm, Ultegra, $650, pickup only at [[STREET_ADDRESS|418 Linden Ave, Oak Park, IL 60302]], text [[PHONE_NUMBER|(708) 555-0119]] and ask for [[PERSON|Marisol]].",
    "Someone keeps creating fake accounts on our 5k results site, all from [[IP_ADDRESS|198.51.100.201]] and [[IP_ADDRESS|198.51.100.202]]. Write a note to our volunteer developer, [[PERSON|Ifeoma]], asking her to block them.",
    "A man on Marketplace calling himself [[PERSON|Gary Pryce]] wants to buy my old treadmill and says he'll pay by bank transfer, but he wants my sort code and account number first. Red flag?",
    "Text to Mum: back late from the league game, physio straight after, don't wait for tea. Sign it [[PERSON|Dee]].",
    "Help me write a reference for [[PERSON|Callie Mensah]], who is applying to be a swimming teacher. She has volunteered poolside with us for three years, is calm with nervous kids and passed her Level 1 last spring.",
    "Translate into English: 'Hallo [[PERSON|Stefanie]], die Trainingszeiten der Jugend ändern sich ab Montag. Bei Fragen: Trainer [[PERSON|Uwe Lindner]], [[PHONE_NUMBER|030 23125 418]].'",
    "My dad, [[PERSON|Roger Whitcombe]], died in the spring and his Garmin account has years of his runs on it. I know his email was [[EMAIL_ADDRESS|r.whitcombe58@gmail.com]] and he used [[PASSWORD|Helvellyn1958]] for everything. Is it okay to just log in and download them, or should I contact Garmin?",
    "Reword for the newsletter: 'Congrats to [[PERSON|Lottie]] for her first ultra, [[PERSON|Dom]] for a sub-3 in Manchester, and [[PERSON|Big Al]] for finally finishing a parkrun without stopping at the cafe.'",
    "Booking the Snowdon minibus for ten of us and the operator wants the card over the phone. Help me write the booking summary first: lead booker [[PERSON|Ewa Zielińska]], card [[CREDIT_CARD|2223 0471 8362 9508]], mobile [[PHONE_NUMBER|07700 900531]].",
    "Write a checklist email for our two new youth football coaches, [[PERSON|Shaun Kerrigan]] ([[EMAIL_ADDRESS|shaunk77@hotmail.co.uk]]) and [[PERSON|Abdi Warsame]] ([[EMAIL_ADDRESS|abdi.warsame@gmail.com]]), covering DBS, first aid and the safeguarding course.",
    "Polite email to the GAA club registrar, [[PERSON|Siobhán]], asking why my son [[PERSON|Oisín]]'s registration didn't go through. His Foireann ID is [[ID_NUMBER|70218834]].",
    "Summarise this email: 'From: [[PERSON|Greta Lindqvist]] <[[EMAIL_ADDRESS|greta.lindqvist@telia.se]]>. Subject: orienteering camp. Hi! The SEK 2,400 for the Tiomila camp can go to the club account, or Swish me on [[PHONE_NUMBER|+46 70 418 22 73]] if that's easier.'",
    "My son got a track scholarship offer from a small college and their compliance office wants his SSN emailed back on a form. It's [[US_SSN|286-41-9037]]. Before I send it, write a reply asking if there's a secure upload instead. He's [[PERSON|Jaylen Brooks]].",
    "Fix this message: 'hey [[PERSON|Imogen]] can you cover my spin class thurs 7am? ill do your sat 9am. cheers, [[PERSON|Nat]]'",
    "The boathouse wifi is BoathouseGuest with the key [[PASSWORD|Rowing2Win!!]] and [[PERSON|Phil]] wants it on the noticeboard. Draft the notice, but also suggest we change the key every term.",
    "My physio, Dr [[PERSON|Anjali Mehta]], sent a home exercise plan. Turn it into a weekly checklist: clamshells 3x15, single-leg bridges 3x10, eccentric heel drops 3x15 twice a day, no hills until review.",
    "Gym locker 112, code [[PASSWORD|0347]], shared with my flatmate [[PERSON|Bilal]]. Write him a note saying please stop leaving his protein shaker in there, it reeks.",
    "Make a packing list and a lift rota for the Brecon Beacons trip. Pickups: [[PERSON|Ffion]] at [[STREET_ADDRESS|3 Heol y Parc, Cardiff CF14 6AB]] at 7, then [[PERSON|Dafydd]] in Pontypridd, then straight up the A470.",
    "Translate to Spanish: 'Dear [[PERSON|Rocío]], I've sent my share for the Picos de Europa refuge to [[IBAN_CODE|ES94 2100 3817 2620 0045 1937]]. Let me know if it arrived. [[PERSON|Matt]]'",
    "Merge these two volunteer lists and drop duplicates. List A: [[PERSON|Tom Price]], [[EMAIL_ADDRESS|tom.price@ntlworld.com]]; [[PERSON|Ayesha Siddiqui]], [[EMAIL_ADDRESS|ayesha.s@gmail.com]]. List B: [[PERSON|Ayesha Siddiqui]], [[EMAIL_ADDRESS|ayesha.s@gmail.com]]; [[PERSON|Hal Bergstrom]].",
    "Scam? A text from [[PHONE_NUMBER|07700 900803]] says I've won the Dove Valley Cycling Club raffle and must pay £9.99 postage for a Garmin. I did buy a ticket from a guy called [[PERSON|Stu]] at the club dinner.",
    "I'm building a small dashboard for our running club on the Garmin developer API. Write a Python snippet that reads the consumer key from an environment variable instead of hardcoding it. Right now the script has the key [[API_KEY|gc_dev_a81f44e09b7c2d35f6e1]] pasted in.",
    "Write Saturday's team sheet announcement: GK [[PERSON|Mateus]]; back four [[PERSON|Kwame]], [[PERSON|Liam B]], [[PERSON|Dimitri]], [[PERSON|Reggie]]; midfield [[PERSON|Haruto]], [[PERSON|Senthil]]; up top [[PERSON|Cian]]. Meet 9:15.",
    "Draft a reminder to [[PERSON|Oksana]] about her PT session on Friday at 7am at the Hove studio.",
    "Write a short introduction for the race programme. Our guest starter is Mo Farah and he'll be introduced by the club president, [[PERSON|Beverley Antwi]].",
    "The canoes are in the Scout hut and the padlock combination is [[PASSWORD|6-2-9-1]]. Write a message to the Explorer leaders asking them to lock up properly; the last group left it open. Sign it from [[PERSON|Brian Dunmore]], Akela.",
    "Reply to [[PERSON|Hyun-woo]], who asked if he can join our Thursday social ride on a hybrid. Yes! Say we regroup at every junction and average about 25 km/h.",
    "Closing up the tennis club for the first time tonight. The alarm code is [[PASSWORD|83170]] and then you have 30 seconds to get out. Write me a step-by-step checklist so I don't forget anything. [[PERSON|Rashida]] gave me the keys.",
    "My card [[CREDIT_CARD|4916 8302 0571 9482]] was charged twice for the mud run entry. Write a complaint to the organiser asking for one charge back, and say they can reach me at [[EMAIL_ADDRESS|imran.q.khalid@gmail.com]]. Name: [[PERSON|Imran Khalid]].",
    "Shorten this: [[PERSON|Kit]] says kit bags go in the van by 6 and anyone late walks.",
    "What's a polite no to [[PERSON|Brad]]'s 5am hill repeats invite?",
    "Spell-check: [[PERSON|Siobhán Ní Bhriain]], camogie captain.",
    "Can you help me write to [[PERSON|Will]] about the deposit for the Mont Blanc guide? He paid 400 euros and the rest of us need to send him 100 each.",
    "Our club's web host emailed to say the admin panel was accessed from [[IP_ADDRESS|203.0.113.189]]. Only [[PERSON|Hazel Kinsella]] and I have the login. Write a calm note to [[PERSON|Hazel]] asking if that was her on holiday.",
    "The race entry page stopped taking payments. Our web volunteer [[PERSON|Gus]] says to paste the secret key from the payments dashboard into the new plugin: [[API_KEY|sk_live_51Nq8ZtRvW3kLm0sPa9XcYd2eHbF7gUj]]. Before I do, explain the difference between publishable and secret keys in plain English.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Wang Jianguo]] (ID card [[ID_NUMBER|310115199007224538]]) registered for the Shanghai riverside half marathon; mobile [[PHONE_NUMBER|+86 139 1742 5086]].",
    '{"entrant": "[[PERSON|Chen Xiaoyu]]", "id_card": "[[ID_NUMBER|440306198702116028]]", "event": "Shenzhen Bay 10K", "email": "[[EMAIL_ADDRESS|xiaoyu.chen87@163.com]]"}',
    "Nome: [[PERSON|Fernanda Ribeiro Alves]] | CPF: [[ID_NUMBER|482.915.736-46]] | Assessoria: Corre Sampa | Celular: [[PHONE_NUMBER|+55 11 97318-4402]]",
    "Runner [[PERSON|Arjun Venkataraman]] showed Aadhaar [[ID_NUMBER|5827 3041 9664]] at bib collection for the Bengaluru 10K.",
    "[[PERSON|Meenakshi Iyer]], 34, Chennai; Aadhaar [[ID_NUMBER|7314 9920 5181]]; emergency contact [[PHONE_NUMBER|+91 98410 27736]]; T-shirt M.",
    "Participant: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S8834127I]], category Men 40-49, email [[EMAIL_ADDRESS|weiming.tan@singnet.com.sg]].",
    "Swim school enrolment: child [[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0217764H]], parent mobile [[PHONE_NUMBER|+65 9137 2284]].",
    "Medlem: [[PERSON|Elin Sjöberg]], personnummer [[ID_NUMBER|890512-3181]], friidrott, e-post [[EMAIL_ADDRESS|elin.sjoberg@telia.com]]",
    "Orienteering licence issued to [[PERSON|Maja Lindqvist]], personnummer [[ID_NUMBER|950228-4723]], of [[STREET_ADDRESS|Ringvägen 14, 118 60 Stockholm]].",
    "Fysiotherapie intake: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|274189367]], klacht achillespees links, tel. [[PHONE_NUMBER|+31 6 4812 9075]].",
    "Wielerlicentie aangevraagd door [[PERSON|Bram Hoekstra]], BSN [[ID_NUMBER|315628042]], [[STREET_ADDRESS|Oudegracht 211, 3511 NL Utrecht]].",
    "Seoul marathon entrant [[PERSON|Park Ji-hoon]], resident registration no. [[ID_NUMBER|910827-1643521]], phone [[PHONE_NUMBER|010-4827-3391]].",
    "Coach payroll: [[PERSON|Bronwyn Kelly]], TFN [[ID_NUMBER|453 291 872]], pay to BSB 062-118, account [[ID_NUMBER|1047 2936]].",
    "[[PERSON|Lachlan Murray]] | swim coach | TFN [[ID_NUMBER|876 403 153]] | [[PHONE_NUMBER|0491 570 612]] | [[STREET_ADDRESS|8 Kestrel Court, Toowoomba QLD 4350]]",
    "Hockey coach screening: [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|046 454 286]], cell [[PHONE_NUMBER|(514) 555-0173]].",
    "2231,[[PERSON|Darnell Whitehorse]],[[ID_NUMBER|527 310 940]],ski instructor,[[EMAIL_ADDRESS|d.whitehorse@shaw.ca]],Banff",
    "Yarış kaydı: [[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|38475620140]], kulüp Moda Koşu, tel [[PHONE_NUMBER|+90 532 418 27 60]].",
    "Physio referral for [[PERSON|Gareth Llewellyn]], NHS number [[ID_NUMBER|485 777 3465]], left hamstring grade 2 strain, contact [[PHONE_NUMBER|07700 900274]].",
    "Patient: [[PERSON|Chipo Mutasa]]. NHS No: [[ID_NUMBER|943 271 5809]]. Referred to sports medicine for recurrent shin pain. Address: [[STREET_ADDRESS|41 Woodvale Road, Belfast BT13 3BP]].",
    "Zapisy: [[PERSON|Paweł Nowicki]], PESEL [[ID_NUMBER|88032265815]], dystans 21 km, e-mail [[EMAIL_ADDRESS|pawel.nowicki88@wp.pl]]",
    "Certificato medico agonistico: atleta [[PERSON|Leonardo Bianchi]], codice fiscale [[ID_NUMBER|BNCLRD85M14F205L]], valido fino a marzo 2026.",
    "Iscrizione granfondo: [[PERSON|Giulia Rossi]], CF [[ID_NUMBER|RSSGLI92D52H501M]], tessera FCI [[ID_NUMBER|A117294]], cell. [[PHONE_NUMBER|+39 347 218 6604]]",
    "Hiihtoseuran jäsen [[PERSON|Ville Heikkinen]], henkilötunnus [[ID_NUMBER|150389-1231]], puh. [[PHONE_NUMBER|+358 40 726 1189]].",
    "Junior ski camp: [[PERSON|Aino Mäkelä]] (hetu [[ID_NUMBER|030701A482C]]), guardian e-mail [[EMAIL_ADDRESS|makela.perhe@elisanet.fi]].",
    "Ultra entry: [[PERSON|Sipho Dlamini]], SA ID [[ID_NUMBER|8806155081088]], club Durban Striders, cell [[PHONE_NUMBER|+27 82 416 3307]].",
    "マイナンバー登録 [[PERSON|山本 健太]] 様 番号 [[ID_NUMBER|4827 1936 5200]] 勤務先 スポーツクラブ港北",
    "Licencia federativa: [[PERSON|Álvaro Muñoz Ortega]], DNI [[ID_NUMBER|48291736Q]], club de montaña, móvil [[PHONE_NUMBER|+34 654 218 903]].",
    "Gym member [[PERSON|Ioana Petrescu]], NIE [[ID_NUMBER|Y4418207J]], monthly plan, direct debit from [[IBAN_CODE|ES27 0081 0217 4100 0183 7264]].",
    "Garda vetting form (coaching): [[PERSON|Declan Furlong]], PPS [[ID_NUMBER|6418273S]], [[STREET_ADDRESS|12 Ashfield Park, Terenure, Dublin 6W]].",
    "Licence FFA : [[PERSON|Camille Moreau]], n° de sécurité sociale [[ID_NUMBER|2 91 03 69 387 118 37]], club de Lyon, certificat médical fourni.",
    "Affiliation mutualité sport: [[PERSON|Thomas Peeters]], numéro national [[ID_NUMBER|79.11.02-287.31]], e-mail [[EMAIL_ADDRESS|thomas.peeters@skynet.be]].",
    "Påmelding: [[PERSON|Sigrid Haugen]], fødselsnummer [[ID_NUMBER|230491 47619]], mobil [[PHONE_NUMBER|+47 915 38 204]].",
    "Fatura do ginásio: cliente [[PERSON|Tiago Figueiredo]], NIF [[ID_NUMBER|237849151]], morada [[STREET_ADDRESS|Rua da Boavista 512, 4050-107 Porto]].",
    "Înscriere maraton: [[PERSON|Andrei Popescu]], CNP [[ID_NUMBER|1850714123457]], telefon [[PHONE_NUMBER|+40 722 614 380]].",
    "Inscripción maratón: [[PERSON|Valentina Soto]], RUT [[ID_NUMBER|16.482.917-0]], correo [[EMAIL_ADDRESS|vale.soto.runs@gmail.com]].",
    "Registreerimine: [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|38706142729]], tel [[PHONE_NUMBER|+372 5214 8837]].",
    "Skráning í hlaup: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|140387-2829]], sími [[PHONE_NUMBER|+354 862 4417]].",
    "Přihláška do oddílu: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|905123/4181]], e-mail [[EMAIL_ADDRESS|tereza.dvorakova@seznam.cz]].",
    "Реєстрація на забіг: [[PERSON|Олексій Коваленко]], РНОКПП [[ID_NUMBER|3184529679]], тел. [[PHONE_NUMBER|+380 67 418 2295]].",
    "Übungsleiterpauschale: [[PERSON|Matthias Krüger]], Steuer-ID [[ID_NUMBER|47281930562]], IBAN [[IBAN_CODE|DE85 4306 0967 7729 1044 00]].",
    "ACC physio claim: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|PRT5071]], right ankle sprain at netball, ph [[PHONE_NUMBER|+64 21 448 9072]].",
    "Physio invoice: [[PERSON|Mitchell Ng]], Medicare [[ID_NUMBER|2947 18360 1]], [[STREET_ADDRESS|22 Swan Street, Richmond VIC 3121]].",
    "ΑΜΚΑ [[ID_NUMBER|15078812342]]: [[PERSON|Νίκος Παπαδάκης]], φυσικοθεραπεία γόνατος, τηλ. [[PHONE_NUMBER|+30 694 215 8830]]",
    "Trail registration: [[PERSON|Noa Ben-David]], ID [[ID_NUMBER|318754025]], email [[EMAIL_ADDRESS|noa.bendavid@walla.co.il]].",
    # records without a national id
    "10482, [[PERSON|Hollie Stanton]], [[EMAIL_ADDRESS|hollie.stanton@yahoo.co.uk]], [[PHONE_NUMBER|07700 900183]], off-peak, 2023-09-01",
    '2024-11-02T05:41:17Z auth login_failed member="[[PERSON|Kirsty McAllister]]" username=[[ID_NUMBER|kmcallister_fit]] src=[[IP_ADDRESS|203.0.113.14]]',
    "Compliance sheet, student-athlete [[PERSON|DeShawn Carter]]: SSN [[US_SSN|318-64-2075]], home address [[STREET_ADDRESS|1547 Elmwood Avenue, Buffalo, NY 14222]].",
    "Dear Mrs [[PERSON|Abernethy]], your swimming club membership ([[ID_NUMBER|WSC-3381]]) renews on 1 October and £96 will be taken from the card ending 0412.",
    "Locker register | [[PERSON|Emre Aydın]] | locker 27 | code [[PASSWORD|5582]] | expires 31/03",
    "Timing API owner: [[PERSON|Priya Natarajan]] <[[EMAIL_ADDRESS|priya.n@lapcount.io]]>, live key [[API_KEY|lc_live_7Hq2vR9mXe4TbK8sWn3Z]]",
    "[[PERSON|Marcus Oyelaran]] paid the annual club subscription of £180 by card [[CREDIT_CARD|4556 7301 8294 7368]] on 12 January.",
    "Bike fit client [[PERSON|Sophie Achterberg]], [[PHONE_NUMBER|+31 6 2047 8815]], [[EMAIL_ADDRESS|sophie.achterberg@ziggo.nl]], saddle height 74.5 cm.",
    "Personal training agreement with [[PERSON|Rhys Pritchard]] of [[STREET_ADDRESS|9 Heol Gwyn, Sketty, Swansea SA2 0HT]]; monthly direct debit from [[IBAN_CODE|GB54 BARC 2048 1673 9204 15]].",
    "username: [[ID_NUMBER|trailqueen_jess]] | name: [[PERSON|Jessica Oduya]] | location: Harrogate | phone: [[PHONE_NUMBER|07700 900608]]",
    '{"member_id": "[[ID_NUMBER|CRC-10927]]", "name": "[[PERSON|Ollie Brightwater]]", "email": "[[EMAIL_ADDRESS|ollie.bw@gmail.com]]", "tier": "racing"}',
    "Refund request from [[PERSON|Hiroshi Nakamura]] for a withdrawn race entry: £54 to [[IBAN_CODE|GB94 MIDL 4021 5271 8394 02]], contact [[PHONE_NUMBER|+44 7700 900329]].",
    "Climbing wall waiver signed by [[PERSON|Zara Fairweather]], [[STREET_ADDRESS|Flat 3, 18 Marchmont Crescent, Edinburgh EH9 1HG]], emergency no. [[PHONE_NUMBER|0131 496 0822]].",
    "Employee [[ID_NUMBER|E-20583]]: [[PERSON|Tomás Delgado]], lifeguard, SSN [[US_SSN|627-15-3390]], pay card [[CREDIT_CARD|5182 7394 6601 2855]].",
    "Swim lesson booking: parent [[PERSON|Amina Yusuf]], [[EMAIL_ADDRESS|amina.yusuf@hotmail.com]], [[PHONE_NUMBER|07700 900447]], Stage 3, Tuesdays 17:00",
    "Coach [[PERSON|Rafael Quintero]], [[STREET_ADDRESS|Calle de Toledo 88, 3º B, 28005 Madrid]], móvil [[PHONE_NUMBER|+34 611 402 785]]",
    "Gym access log 2024-02-19 06:02 door=main member=[[PERSON|Callum Roberts]] card=[[ID_NUMBER|GX-7730192]] result=granted",
    "Physio note: [[PERSON|Beatriz Santos]] seen 14/05 for lateral elbow pain; patient no. [[ID_NUMBER|PX-44817]]; reminders by SMS to [[PHONE_NUMBER|+351 912 483 075]].",
    "Kit order 3391 | [[PERSON|Kayode Adebayo]] | 2 x jersey (L) | [[STREET_ADDRESS|77 Lordship Lane, London SE22 8HJ]] | [[PHONE_NUMBER|020 7946 0385]]",
    "[[PERSON|Saoirse Kavanagh]], U16 Gaelic football coach, e-mail [[EMAIL_ADDRESS|saoirse.kav@eircom.net]], coaching licence [[ID_NUMBER|GCL-2291047]].",
    "Wi-Fi for guest instructor [[PERSON|Daniel Brooks]]: network StudioGuest, key [[PASSWORD|DeadliftD4y!]], valid until Sunday.",
    "VPN access granted to club IT volunteer [[PERSON|Hamza Siddiqui]] (username [[ID_NUMBER|hsiddiqui]]) from [[IP_ADDRESS|198.51.100.57]].",
    "Guide fee for [[PERSON|Lukas Hofer]], Bergführer, Innsbruck: IBAN [[IBAN_CODE|AT65 2011 1829 4750 3361]].",
    "Mr [[PERSON|Obinna Eze]], [[STREET_ADDRESS|3 Palm Grove, Lekki Phase 1, Lagos]], [[PHONE_NUMBER|+234 803 417 2296]], football academy sponsor.",
    "Pacer application: [[PERSON|Carmen Villalobos]], [[PHONE_NUMBER|+52 55 4187 2096]], [[EMAIL_ADDRESS|carmen.villalobos@prodigy.net.mx]], 4:00 group.",
    "[[PERSON|Erik Johansson]] | rowing | [[IBAN_CODE|NO24 8601 0518 274]] | [[PHONE_NUMBER|+47 928 16 443]]",
    "Student athlete [[PERSON|Kaylee Nguyen]], SSN [[US_SSN|158-27-4409]], scholarship account [[ID_NUMBER|UA-55102938]].",
    "Hi [[PERSON|Femi]], your gym induction is Monday at 7pm. Your door PIN is [[PASSWORD|660142]]; please don't share it. Front desk",
    "Emergency contact card: [[PERSON|Lina Haddad]], mountain leader, [[PHONE_NUMBER|+961 3 418 275]], [[EMAIL_ADDRESS|lina.haddad@idm.net.lb]].",
    "Junior cricket registration: [[PERSON|Ishaan Malhotra]], age 12, parent e-mail [[EMAIL_ADDRESS|malhotra.family@btinternet.com]], home [[STREET_ADDRESS|56 Whitehall Road, Leicester LE5 6GH]].",
    "[[PERSON|Chloé Lambert]] a réglé sa cotisation au club de trail par carte [[CREDIT_CARD|4026 1739 5820 1748]] ; contact [[PHONE_NUMBER|06 39 98 72 14]].",
    "2024,U18,[[PERSON|Malik Jefferson]],[[PHONE_NUMBER|(313) 555-0126]],[[EMAIL_ADDRESS|malik.j.hoops@gmail.com]],point guard,Detroit Eastside",
    "Mitglied [[PERSON|Helga Brandt]], Fitnessstudio Mitte, Lastschrift von [[IBAN_CODE|DE57 5001 0517 5402 8711 36]], Mitgliedsnummer [[ID_NUMBER|FSM-220817]]",
    "[[PERSON|Yuki Tanabe]], trail runner, Nagano. Tel [[PHONE_NUMBER|090-6612-4830]]. Email [[EMAIL_ADDRESS|yuki.tanabe.trail@docomo.ne.jp]].",
    "Password reset requested for [[PERSON|Georgia Whitlock]] (login [[ID_NUMBER|gwhitlock_swim]]) from [[IP_ADDRESS|192.0.2.211]] at 22:14.",
    "Mountaineering council member [[PERSON|Euan Rennie]], membership no. [[ID_NUMBER|A0932716]], [[STREET_ADDRESS|Mill Cottage, Glenshee Road, Blairgowrie PH10 7LA]]",
    "Race director: [[PERSON|Tamsin Holloway]], [[PHONE_NUMBER|07700 900952]].",
    "Athlete [[PERSON|Kofi Boateng]], passport [[ID_NUMBER|G4481937]], prize money to [[IBAN_CODE|FR75 1027 8078 2100 0203 9184 772]].",
    "Tennis coaching invoice from [[PERSON|Mateja Kovač]], pay to [[IBAN_CODE|RS59 1600 0541 0018 2736 40]], 8 lessons.",
    '{"name": "[[PERSON|Aleksandra Wiśniewska]]", "role": "head coach", "phone": "[[PHONE_NUMBER|+48 512 806 344]]", "licence": "[[ID_NUMBER|PZLA/2019/0871]]"}',
    "Booking holder [[PERSON|Samuel Achebe]], booking-holder no. [[ID_NUMBER|BH-608214]], card [[CREDIT_CARD|5529 0471 8263 0477]].",
    "Sat 07:00-11:00 lifeguard: [[PERSON|Jaden Pierre-Louis]] ([[PHONE_NUMBER|07700 900714]])",
    "[[PERSON|Valeria Conti]], 29, Turin, runs the club Instagram as [[ID_NUMBER|@corsa_valeria]] and answers DMs from [[EMAIL_ADDRESS|valeria.conti.run@libero.it]].",
    "Admin note: only [[PERSON|Björn Eriksson]] has the timing laptop password, [[PASSWORD|Kvarnbo#2023]], since the March race.",
    "Dietitian referral: [[PERSON|Aisha Bello]], patient ID [[ID_NUMBER|RVH-8830215]], phone [[PHONE_NUMBER|07700 900238]].",
    "Dear [[PERSON|Graham Tulloch]], thank you for renewing your cycling club membership (no. [[ID_NUMBER|DCC-0457]]). Your card [[CREDIT_CARD|3749 182057 36128]] will be charged £45.",
    "Coach [[PERSON|Sunil Gupta]], W-4 on file: SSN [[US_SSN|049-83-6612]], address [[STREET_ADDRESS|803 Kinsley Street, Edison, NJ 08817]].",
    "Club API app registered by [[PERSON|Lewis Crane]]; client secret [[API_KEY|c41e7a09bd2f58e63a1d7c40b9e2f16a05d83b77]].",
    "Router admin [[PERSON|Mehmet Kaya]] logged in from [[IP_ADDRESS|198.51.100.142]]; router password [[PASSWORD|Kartal!Sprint9]].",
    "Ski hire: [[PERSON|Anouk Janssens]], boot 38, [[PHONE_NUMBER|+32 478 21 64 09]], paid with [[CREDIT_CARD|4917 3068 2415 5969]]",
    "Swimmer profile | [[PERSON|Mia Kowalczyk]] | Swim England no. [[ID_NUMBER|1283744]] | [[EMAIL_ADDRESS|mia.k.swims@gmail.com]]",
    "Climbing trip deposit: [[PERSON|Rahel Tesfaye]] sent €150 from [[IBAN_CODE|BE45 3631 8527 4019]].",
    "[[PERSON|Connor Walsh]], triathlon licence [[ID_NUMBER|TI-55018]], refunds to [[IBAN_CODE|IE59 AIBK 9320 8174 6205 19]]",
    "Personal trainer [[PERSON|Adaeze Okafor]], [[STREET_ADDRESS|Unit 4, 19 Canal Street, Manchester M1 3HE]], [[PHONE_NUMBER|07700 900561]], [[EMAIL_ADDRESS|adaeze.pt@outlook.com]]",
    "Transferência para o treinador [[PERSON|Lucas Pereira]], IBAN [[IBAN_CODE|BR24 0036 0305 0247 1000 0381 452C 1]].",
    "Results uploader [[PERSON|Elena Marchetti]], login [[ID_NUMBER|emarchetti]], API token [[API_KEY|rt_9f2c7d41e8b36a05c1f4]].",
]

# 25 MT-Bench/Vicuna-style prompts; public and fictional people only.
CLEAN_MTBENCH = [
    "Write a persuasive 200-word team talk a captain might give a village cricket side before the last match of the season, when they need a win to avoid relegation.",
    "Imagine you are Edmund Hillary on the night before the 1953 summit push. Write a diary entry in his voice about fear, the weather and his trust in Tenzing Norgay.",
    "Compare high-volume, low-intensity endurance training with high-intensity interval training. Which suits a busy beginner better, and why?",
    "Write a Python function that takes a list of lap times in seconds and returns the fastest lap, the slowest lap and the average, each formatted as minutes and seconds.",
    "Role-play a grumpy but kind mountain hut warden explaining the house rules to a group of noisy students who have arrived after dark.",
    "Extract the dates, distances and venues from this text and return them as JSON: 'The summer series runs 5 km on 4 June at Riverside Park, 10 km on 2 July at Hartley Woods and a 5-mile trail race on 6 August at Crow Hill.'",
    "Write a limerick about a cyclist who always forgets to unclip at traffic lights.",
    "Explain the offside rule in football to someone who has never watched a match, using an analogy from everyday life.",
    "Pretend you are Sherlock Holmes deducing a visitor's hobbies from the mud on her trainers and a smear of chalk on her sleeve. Keep it under 150 words.",
    "What are the main arguments for and against banning carbon-plated shoes in amateur road races?",
    "Draft a short code of conduct for parents watching a junior rugby match, with five clear points.",
    "Write a SQL query that finds every row in members(id, joined, last_visit) where the member joined more than a year ago but has not visited in the last 90 days.",
    "Describe how Jesse Owens' four gold medals at the 1936 Berlin Olympics were received in Germany and in the United States.",
    "A swimmer finishes ahead of the person who came third but behind the person who came second. What place did the swimmer finish? Explain your reasoning.",
    "Write an honest product description for a waterproof hiking jacket aimed at hillwalkers in Scotland, including what it will not do.",
    "Rewrite this more concisely: 'It is the case that in the majority of instances, runners who are new to the sport of running tend to make the mistake of running too fast on the days that are supposed to be easy.'",
    "How would you design a fair volunteer rota for a junior football club where some parents can only help on weekday evenings?",
    "Write the opening of a short story in which Rocky Balboa walks into a modern CrossFit gym for the first time.",
    "What might have happened to middle-distance running if Roger Bannister had not broken the four-minute mile in 1954?",
    "Give me a five-day itinerary for a beginner-friendly hiking holiday in the Dolomites, with options for bad-weather days.",
    "Explain VO2 max to a twelve-year-old.",
    "Write a JavaScript function that converts a pace in minutes per kilometre into minutes per mile.",
    "You are a climbing coach and a student is frightened of falling on lead. Write the conversation in which you talk them through their first practice falls.",
    "Summarise the history of the Tour de France in three short paragraphs, mentioning Eddy Merckx and the yellow jersey.",
    "A small town can afford either one new 50-metre pool or the refurbishment of two old 25-metre pools. Argue both sides.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Aiko swims 40 lengths of a 25-metre pool every weekday and 60 lengths on Saturday. How many kilometres does she swim in a week?",
    "A running club has 84 members. One third are juniors, and a quarter of the remaining members are over 60. How many members are adults under 60?",
    "Tomasz cycles 18 km to work at 24 km/h and back at 20 km/h. How many minutes does he spend cycling each day?",
    "Kit bags cost £22 each, and the club gets 15% off any order of 10 or more. How much do 14 bags cost?",
    "Nadia's gym charges a £30 joining fee and £27 a month. Another gym has no joining fee but charges £31 a month. After how many months is Nadia's gym the cheaper of the two?",
    "A relay team runs four legs in 12 min 40 s, 13 min 5 s, 11 min 58 s and 12 min 17 s. What is the team's total time?",
    "Felipe climbs 3 routes on Monday, twice as many on Wednesday and 4 fewer than Wednesday on Friday. How many routes does he climb that week?",
    "A trail is 26 km long. Hana walks the first half at 5 km/h and the second half at 4 km/h. How long does the whole walk take?",
    "Eight friends share a cabin costing $960 and a boat costing $240. Two of them skip the boat. How much does each of the other six pay in total?",
    "A coach has 15 players and picks 11 to start each match. Over 15 matches every player must start the same number of times. How many starts does each player get?",
    "Oluwaseun runs at 5 minutes 20 seconds per kilometre. How long will a 42.2 km marathon take him, to the nearest minute?",
    "A block of 10 swimming lessons costs £85, or £9.50 per single lesson. How much does Greta save by buying a block for each of her twins?",
    "Ravi burns 11 calories a minute cycling and 7 a minute walking. He cycles for 40 minutes and walks for 25. How many calories does he burn?",
    "Raffle tickets cost £2 each or 6 for £10. Mei buys 20 tickets as cheaply as possible. How much does she pay?",
    "Björn's bike computer shows 1,240 m of climbing over 85 km. What is the average climbing per 10 km, to the nearest metre?",
    "A junior section grew from 48 to 66 children. What was the percentage increase?",
    "A physio appointment lasts 45 minutes, with a 15-minute gap before the next. If the first starts at 8:00, how many appointments end by 13:00?",
    "Lucía ran 5 km in 27:30 in March and in 25:45 in June. By how many seconds per kilometre did she improve?",
    "A hiking group of 12 needs 2.5 litres of water each per day for 3 days. How many 750 ml bottles is that?",
    "Amara scored 14, 9, 21 and 16 points in four netball matches. How many must she score in the fifth to average 16?",
    "A gym has 40 treadmills. At 6 pm, 85% are in use and 3 of the free ones are broken. How many working treadmills are free?",
    "Dmitri paddles 12 km upstream at 4 km/h and back downstream at 6 km/h. What is his average speed for the round trip?",
    "Club subs are £120 a year or £11 a month. How much does Soraya save in a year by paying annually?",
    "A climbing rope is 70 m long. Kwabena cuts 4.5 m of damaged rope off each end. How long is the rope now?",
    "Ines, Paul and Kenji enter a sportive at £38 each, pay £6 each for timing chips and share a £12 parking fee. How much does each of them pay?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which muscle group is mainly responsible for extending the knee? A) Hamstrings B) Quadriceps C) Gastrocnemius D) Gluteus medius",
    "The anterior cruciate ligament chiefly resists: A) Posterior translation of the tibia B) Anterior translation of the tibia relative to the femur C) Hip abduction D) Ankle inversion",
    "Which energy system mainly fuels a maximal 10-second sprint? A) Aerobic glycolysis B) Fat oxidation C) Phosphocreatine system D) Ketone metabolism",
    "In which city were the first modern Olympic Games held in 1896? A) Paris B) London C) Athens D) Stockholm",
    "Delayed onset muscle soreness is most associated with which type of contraction? A) Isometric B) Concentric C) Eccentric D) Isokinetic",
    "In first aid, RICE stands for: A) Run, Ice, Compress, Elevate B) Rest, Ice, Compression, Elevation C) Rest, Immobilise, Cool, Exercise D) Relax, Ice, Cover, Elevate",
    "At high altitude, endurance performance falls mainly because of: A) Lower air temperature B) Lower partial pressure of oxygen C) Higher humidity D) Stronger gravity",
    "Which vitamin is made in the skin on exposure to sunlight? A) Vitamin A B) Vitamin C C) Vitamin D D) Vitamin K",
    "A dynamic climbing rope is designed to: A) Not stretch at all B) Stretch to absorb the energy of a fall C) Be used only for hauling D) Resist abrasion only",
    "Exercise-associated hyponatraemia in marathon runners is most often caused by: A) Drinking too little B) Drinking too much plain water C) Eating too much salt D) Running too slowly",
    "The rotator cuff includes all of the following except: A) Supraspinatus B) Infraspinatus C) Teres minor D) Deltoid",
    "Which of Newton's laws best explains why a swimmer moves forward by pushing water backward? A) First law B) Second law C) Third law D) Law of gravitation",
    "In a round-robin tournament of 8 teams where each plays every other once, how many matches are played? A) 16 B) 28 C) 32 D) 56",
    "Which is an early sign of hypothermia on a winter hike? A) Hot, flushed skin B) Shivering and clumsiness C) Heavy sweating D) Rapid weight gain",
    "The Borg scale measures: A) Heart rate variability B) Rating of perceived exertion C) Body fat percentage D) Flexibility",
    "Medial tibial stress syndrome ('shin splints') mainly involves which bone? A) Fibula B) Tibia C) Femur D) Patella",
    "Lactate threshold is best described as: A) The intensity at which lactate production starts to exceed clearance B) Maximum heart rate C) The point at which all glycogen is used D) Resting metabolic rate",
    "In tennis, a score of 40-40 is called: A) Advantage B) Love C) Deuce D) Let",
    "Sport climbing grades such as 6a and 7b belong to which system? A) V-scale B) Font scale C) French numerical scale D) Yosemite Decimal System",
    "A compass bearing of 270 degrees points: A) North B) East C) South D) West",
    "Which macronutrient provides the most energy per gram? A) Carbohydrate B) Protein C) Fat D) Fibre",
    "The main purpose of a cool-down is to: A) Build muscle B) Bring heart rate and breathing gradually back toward rest C) Increase flexibility permanently D) Burn extra fat",
    "Tendons connect: A) Bone to bone B) Muscle to bone C) Muscle to muscle D) Cartilage to bone",
    "The first Ironman triathlon, in 1978, was held in: A) California B) Florida C) Hawaii D) Colorado",
    "A cyclist's cadence is: A) Speed in km/h B) Pedal revolutions per minute C) Gear ratio D) Power in watts",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How long should I wait after a calf strain before trying to run again?",
    "Is it normal for knees to click during squats if there's no pain?",
    "What are the warning signs of concussion in a child after a collision in a match?",
    "Can I swim with a verruca, and how do I stop it spreading at the pool?",
    "How much should I drink during a half marathon on a warm day?",
    "What's the difference between ordinary muscle soreness and an actual injury?",
    "Is it safe to keep lifting weights in pregnancy if I was lifting before?",
    "Which stretches help plantar fasciitis first thing in the morning?",
    "How do I know when my running shoes are worn out?",
    "Ice or heat for a stiff lower back after a long bike ride?",
    "What causes night cramps after long rides, and how can I prevent them?",
    "Is it okay to exercise with a head cold, or should I rest?",
    "At what age can children safely start strength training?",
    "What are the symptoms of altitude sickness, and when should a trekker go down?",
    "How can I tell if I'm overtraining?",
    "Is creatine safe for teenagers who play rugby?",
    "What should a basic first aid kit for a day hike contain?",
    "My shoulder aches after freestyle sessions. What could be causing it?",
    "How long after a meal should I wait before running to avoid a stitch?",
    "Do ice baths actually help recovery?",
    "What is runner's knee and how is it usually treated?",
    "How can I stop chafing on long runs?",
    "Is it dangerous to exercise in hot weather if I have asthma?",
    "What are good warm-up exercises before five-a-side football?",
    "How long does a sprained ankle take to heal, and when does it need an X-ray?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "310115199007224538": china_id_ok,  # Chinese resident identity card
    "440306198702116028": china_id_ok,
    "482.915.736-46": cpf_ok,  # Brazilian CPF
    "731.046.852-07": cpf_ok,
    "5827 3041 9664": aadhaar_ok,  # Indian Aadhaar
    "7314 9920 5181": aadhaar_ok,
    "S8834127I": nric_ok,  # Singapore NRIC
    "T0217764H": nric_ok,
    "890512-3181": luhn_len(10),  # Swedish personnummer
    "950228-4723": luhn_len(10),
    "274189367": bsn_ok,  # Dutch BSN
    "315628042": bsn_ok,
    "910827-1643521": rrn_ok,  # Korean resident registration number
    "453 291 872": tfn_ok,  # Australian tax file number
    "876 403 153": tfn_ok,
    "2947 18360 1": medicare_ok,  # Australian Medicare card
    "046 454 286": luhn_len(9),  # Canadian SIN
    "527 310 940": luhn_len(9),
    "38475620140": kimlik_ok,  # Turkish kimlik
    "485 777 3465": nhs_ok,  # NHS number
    "943 271 5809": nhs_ok,
    "612 408 9378": nhs_ok,
    "88032265815": pesel_ok,  # Polish PESEL
    "BNCLRD85M14F205L": codice_fiscale_ok,  # Italian codice fiscale
    "RSSGLI92D52H501M": codice_fiscale_ok,
    "150389-1231": hetu_ok,  # Finnish henkilötunnus
    "030701A482C": hetu_ok,
    "8806155081088": luhn_len(13),  # South African id
    "4827 1936 5200": my_number_ok,  # Japanese My Number
    "48291736Q": dni_ok,  # Spanish DNI
    "Y4418207J": dni_ok,  # Spanish NIE
    "6418273S": pps_ok,  # Irish PPS number
    "2 91 03 69 387 118 37": nir_ok,  # French NIR
    "79.11.02-287.31": belgian_id_ok,  # Belgian national number
    "230491 47619": fodselsnummer_ok,  # Norwegian fødselsnummer
    "237849151": nif_ok,  # Portuguese NIF
    "1850714123457": cnp_ok,  # Romanian CNP
    "16.482.917-0": rut_ok,  # Chilean RUT
    "38706142729": isikukood_ok,  # Estonian isikukood
    "140387-2829": kennitala_ok,  # Icelandic kennitala
    "905123/4181": rodne_cislo_ok,  # Czech rodné číslo
    "3184529679": rnokpp_ok,  # Ukrainian RNOKPP
    "47281930562": steuer_id_ok,  # German Steuer-ID
    "PRT5071": nhi_ok,  # New Zealand NHI
    "15078812342": luhn_len(11),  # Greek AMKA
    "318754025": luhn_len(9),  # Israeli teudat zehut
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
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"04\d \d{3} \d{4}",  # Finland mobile
        r"\+(27|30|31|32|34|39|40|46|47|48|52|55|64|65|86|90|91|234|254|351|353|354|358|372|380|381|961) [\d -]+\d",
    )
]


def check_mix() -> None:
    """The chat names people, holds secrets and every type; each record names exactly one
    person beside one to four other values."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in marked_spans(marked) if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} names, {len(others)} values in {marked[:60]!r}"
            )


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
        "blind128", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
