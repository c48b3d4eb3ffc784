# ruff: noqa: E501
"""A hundred-and-thirty-first blind privacy set: 220 texts with personal data and 100 clean
ones on farming, rural life and trades.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, the table
head and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py`` (not its texts), never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations). The theme is farms and farm
workers, vets and livestock, auction marts, markets and farm shops, agricultural
contractors, village halls and parish councils, rural deliveries, holiday cottages and
glamping on farms, machinery sales, gamekeepers and shoots, and smallholders.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting texts, letters, notices and replies, summarising pasted notes, minutes, call
  logs, voicemails and e-mails, translating, fixing wording, splitting costs, asking
  whether something is a scam, planning rotas, menus and routes. The first 30 are typed
  all in lower case (names, e-mails, codes, IBANs and postcodes too, with shorthand and
  typos); the next 6 are in Welsh, Romanian, Hungarian, Thai, Spanish and Bulgarian; the
  other 84 in ordinary English. Names of many origins (Welsh, Scottish, Irish, English,
  Polish, Romanian, Ukrainian, Nigerian, Ghanaian, Indian, Pakistani, Chinese, Arabic,
  Thai, Maori, Bulgarian, Hungarian, Spanish, Portuguese, Dutch, German, French), some in
  non-Latin scripts, first names alone, surnames after titles (Mr, Mrs, Cllr, Dr, Herr,
  Don), full names, nicknames, marked whole (Big Al, big ken, tractor dave, Baz) and names that are ordinary words (Hope,
  Precious, Sunny, Amber, Grace), many named in passing with no cue word; 1 to 8 values
  each.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register and payroll entries, short letters; each names exactly one person and holds one
  to four other values; 40 carry a national id with valid check digits.
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people), 25 GSM8K-style word problems with fictional
  first names, 25 MMLU-style items with options A to D and 25 health questions naming no
  one, mostly on the theme.

Usernames, logins, client, customer, loyalty, member and account numbers, policy, patient
and employee numbers, firearm and shotgun certificates, National Insurance numbers and
national ids are ID_NUMBER; PINs, gate, door, padlock, key safe, alarm and locker codes,
wifi keys, passwords and passphrases are PASSWORD; titles and relation words (Mr, Mrs,
Cllr, Dr, Herr, Don, Auntie, Grandad, my son) stay outside PERSON spans; an address span
runs from the first street or farm line through the postcode and city as typed. Public
figures, fictional characters, animals, companies, farm and house names on their own,
order, invoice, lot, claim and booking references, ear tags, sort codes, postcodes alone,
amounts and dates of birth are not labelled; every occurrence of a private value is
marked (a name said again is marked again).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960,
029 2018 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere (Ireland, New Zealand, Romania,
Hungary, Thailand, Spain, Bulgaria, Chile, Sweden, Iceland, India, Poland, Ukraine, South
Africa, Turkey, Portugal, Netherlands, Norway, Japan); cards Luhn-valid (15 or 16 digits)
and not well-known test numbers; IBANs valid mod 97, of their country's length and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits (NHS number, Irish PPS,
Romanian CNP, Polish PESEL, Ukrainian RNOKPP, Estonian isikukood, Czech rodné číslo,
Portuguese NIF, Spanish DNI and NIE, French NIR, German tax id, New Zealand NHI,
Australian TFN and Medicare, Chilean RUT, Canadian SIN, Dutch BSN, Belgian national
number, Italian codice fiscale, Norwegian fødselsnummer, Swedish personnummer, Finnish
henkilötunnus, Icelandic kennitala, Indian Aadhaar, South African id, Turkish kimlik,
Japanese My Number, Chinese resident id).

Run ``.venv/bin/python bench/data/build_blind131.py`` from the repository root; the output
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
    pesel_ok,
    pps_ok,
    rnokpp_ok,
    rodne_cislo_ok,
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|Auntie|Aunty|Uncle|Grandad|Nan|Nurse|Herr|Frau|Don|Doña|Sr|Sra|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u tidy this up for the whatsapp group: tractor run sat 10am from the village hall, contact [[PERSON|dilys]] on [[PHONE_NUMBER|07700 900418]] if ur bringing a trailer, bacon baps £3",
    "gate code for the top field changed to [[PASSWORD|4471]], pls write a short msg to the contractors ([[PERSON|gethin]] and the two lads from pryce ag) so they dont get stuck at 6am",
    "is this a scam? got a text saying my rural payments claim is on hold and to log in at some link with my crn [[ID_NUMBER|1104582391]] and password. i replied with the crn already ffs. what now",
    "split the diesel bill 3 ways: me, [[PERSON|huw]] and [[PERSON|big ken]]. total £1,284.60 but [[PERSON|ken]] only used the bowser twice so maybe 20% for him, rest between me and [[PERSON|huw]]",
    "draft a reply to mrs [[PERSON|ellery]] at [[STREET_ADDRESS|14 church lane, little bredy, dt2 9hq]] saying we cant take her hens over winter but [[PERSON|jan]] at the smallholding might",
    "summarise: vet came 2pm, looked at 3 lame ewes, footrot in 2, trimmed + spray, long acting jab for the worst one. bill to be emailed to [[EMAIL_ADDRESS|owen.pritchard@gwyndyfarm.co.uk]]. [[PERSON|ceri]] to recheck them tues",
    "whats the wifi at the shepherds hut again, i wrote it down as hafod-hut / [[PASSWORD|9kq7brambles22]]. need to text it to the guests arriving friday (the [[PERSON|okonkwo]] family)",
    "translate into polish for our new picker: hi [[PERSON|tomasz]], shift starts 5.30 at the packhouse, ur locker code is [[PASSWORD|2208]], ask for [[PERSON|bogdana]] if u get lost",
    "my card got declined at the agri merchants, [[CREDIT_CARD|4929 1836 0574 2216]], does that mean its blocked or just over limit? a man rang after saying he was the bank and wanted my pin ([[PASSWORD|0713]]) to unblock it, is that normal",
    "write a polite chaser to the farrier, [[PERSON|rhodri]], email [[EMAIL_ADDRESS|rhodri.shoeing@outlook.com]], we paid him twice for the 2 sets of shoes in june (bank error our side) and want one back",
    "can u make a rota for lambing night checks: me, [[PERSON|siân]], [[PERSON|carys]], [[PERSON|ffion]] and [[PERSON|tractor dave]]. 10pm-2am and 2am-6am, nobody on two nights in a row, [[PERSON|carys]] cant do weds",
    "cctv box in the lambing shed is on [[IP_ADDRESS|192.0.2.47]], how do i let mam and [[PERSON|bethan]] see it on their phones from the house? router admin pw is [[PASSWORD|shedcam!881]] if that matters",
    "help me word a notice for the parish noticeboard: meeting about the new slurry lagoon plans, thurs 7.30 in the hall, objections to the clerk [[PERSON|angela hollins]] on [[PHONE_NUMBER|07700 900563]] by 3rd march",
    "summarise this call log pls. 09:12 missed call [[PHONE_NUMBER|07700 900127]] (prob the haulier). 09:40 [[PERSON|sandra]] from the abattoir re tuesday slot. 11:05 [[PERSON|nikhil]] at the feed co about overdue inv-20331. 14:30 [[PERSON|sandra]] again, slot moved to wed",
    "what do i say to a guest who left 1 star saying the farm 'smelled of manure'?? her name on the booking is [[PERSON|priya raghunathan]], stayed in the granary 3 nights",
    "sort the wording so i can text [[PERSON|gareth]] my bank details for the hay: [[IBAN_CODE|gb79 lloy 3091 2645 1873 09]], name [[PERSON|d. lewis]]. he owes £640 for 80 small bales",
    "hows this for the farm shop fb post: fresh eggs back in!! big thanks to [[PERSON|ruth]] and little [[PERSON|alfie]] for collecting them every morning before school",
    "my nephew [[PERSON|kofi]] set up an api thing for the weather station, key is [[API_KEY|wx_8f3kd92nd0qpl5mz7ta1]], is it safe to keep it in the google sheet the whole family can see?",
    "text to the holiday cottage cleaner ([[PERSON|marta]]) pls: checkout moved to 11 on sat, and the key safe code is now [[PASSWORD|1966]] not [[PASSWORD|1958]]",
    "whos right. me and [[PERSON|tegid]] bought a quad between us for £3,900, i put in £2,500, he put the rest plus £300 for new tyres. if we sell it for £3,100 how do we split it fairly",
    "turn into minutes: village hall cttee 4/3. present [[PERSON|bryn]] (chair), [[PERSON|mags]], [[PERSON|pete h]], [[PERSON|nadia k]]. roof quote £8k from dunmore roofing. [[PERSON|bryn]] to ring insurer. [[PERSON|mags]] to chase 100 club money. next mtg april",
    "is it dodgy that a buyer for my old baler wants to pay by bank transfer but first wants my sort code, account no and date of birth? signs off as [[PERSON|j. mcallister]], [[EMAIL_ADDRESS|j.mcallister1962@gmail.com]]",
    "msg to [[PERSON|ivan]] re shearing: 2 days, 430 ewes, £2.10 a head, he can stay in the caravan again, padlock code [[PASSWORD|7319]], gas bottle is new",
    "our broadband keeps dropping at the smallholding, isp wants our public ip [[IP_ADDRESS|203.0.113.88]] and account no [[ID_NUMBER|40027716]]. can u write the complaint? account is in my wifes name, [[PERSON|nkechi adeyemi]]",
    "pls shorten: hi all, reminder the yfc social is at the red lion fri, tickets from [[PERSON|elin]] ([[PHONE_NUMBER|07700 900352]]) or online, and pls dont bring dogs into the function room this time after what happened with [[PERSON|gwil]]'s collie",
    "write a reference for [[PERSON|jakub]] who did 2 seasons on the asparagus with us. reliable, forklift ticket, never late, going back to gdansk in oct",
    "how do i tell hmrc about casual pickers, ive got ni numbers for everyone except [[PERSON|chidi]], and the one for [[PERSON|precious]] looks wrong: [[ID_NUMBER|sc 31 42 77 b]]?",
    "need a msg for the beaters: shoot day sat 14th, meet at keepers cottage 8am sharp, ask for [[PERSON|alasdair]], mob [[PHONE_NUMBER|07700 900671]], £50 cash + lunch, bring waterproofs",
    "login for the livestock movements site is [[ID_NUMBER|elwyn.roberts77]] and password [[PASSWORD|lambs2024!!tyddyn]]. my son [[PERSON|ioan]] says its too weak, is he right",
    "ok so its [[PERSON|rosie]]'s 40th in the barn next month. who do i ask about hay bale seating, [[PERSON|jen]] at cwm farm or the hire place in builth? [[PERSON|jen]]'s number is [[PHONE_NUMBER|07700 900934]]",
    # Welsh, Romanian, Hungarian, Thai, Spanish, Bulgarian
    "Wnei di helpu fi i sgwennu neges at Mr [[PERSON|Huws]]? Mae'r defaid wedi torri drwy'r ffens ger y nant eto, a rhaid trwsio'r giât cyn dydd Sul. Cod y giât newydd yw [[PASSWORD|3857]]. Os oes problem, ffoniwch [[PERSON|Meinir]] ar [[PHONE_NUMBER|07700 900245]].",
    "Poți să traduci în engleză pentru fermierul la care lucrez? „Bună ziua, sunt [[PERSON|Ionuț Bălan]], de la culesul căpșunilor. Vă rog să-mi plătiți salariul în contul [[IBAN_CODE|RO62 BTRL 0720 1205 8316 4017]], nu în numerar. Telefonul meu nou este [[PHONE_NUMBER|+40 745 318 209]].”",
    "Segítenél megírni egy e-mailt a vendégünknek, [[PERSON|Kovácsné Szabó Erika]] asszonynak? A tanyasi szállás kapukódja [[PASSWORD|5832]], a kulcs a postaládában lesz. Az e-mail címe [[EMAIL_ADDRESS|szabo.erika71@freemail.hu]], kérlek, legyen udvarias és rövid.",
    "ช่วยแปลเป็นภาษาอังกฤษหน่อยค่ะ จะส่งให้เจ้าของฟาร์ม: พรุ่งนี้คุณ[[PERSON|ประเสริฐ วงศ์ทอง]] จะมารับลำไย 200 กิโล ที่สวน กรุณาโทร [[PHONE_NUMBER|081-734-2290]] ก่อนเข้ามา",
    "¿Me ayudas a redactar un mensaje para Don [[PERSON|Faustino Arrieta]]? Queremos alquilarle la cosechadora dos semanas en julio y pagarle por adelantado a su cuenta [[IBAN_CODE|ES80 0049 1502 6127 1039 4856]]. Si hay dudas, que llame a mi hija [[PERSON|Lucía]] al [[PHONE_NUMBER|612 48 39 05]].",
    "Можеш ли да ми помогнеш да напиша обява? Продавам трактор Беларус 82 и ремарке, цена 18 000 лв., запазени, с документи. За оглед и въпроси: [[PERSON|Стоян Петков]], [[PHONE_NUMBER|0887 214 653]], след 18 ч.",
    # English
    "Can you make this sound less angry? 'Mr [[PERSON|Whitcombe]], for the third time your dogs were loose among our in-lamb ewes on Sunday. We lost two. Next time I am calling the police.' Sign it from [[PERSON|Harriet]] and [[PERSON|Joe]] at Lower Combe.",
    "Draft a text to [[PERSON|Kwame]] with the yard gate code [[PASSWORD|0909#]], please. Keep it short.",
    "Summarise these parish council minutes in five bullets: Cllr [[PERSON|Penhaligon]] raised the potholes on Trewint Lane again. Mrs [[PERSON|Oduya]] reported fly-tipping at the lay-by near the old creamery. The clerk, [[PERSON|Fiona Marr]], will write to Highways. Precept agreed at £14,200, Cllr [[PERSON|Lowther]] abstaining. Defibrillator at the phone box checked by [[PERSON|Sam Ibbotson]]. Next meeting 9 May.",
    "I bought a second-hand sheep race online and the seller asked for card details by email. I sent [[CREDIT_CARD|5412 7690 3318 4426]] with the expiry before I thought about it. Seller was a [[PERSON|Darren Keel]]. How worried should I be, and what do I do first?",
    "My cousin [[PERSON|Dwayne]] is coming over from Nebraska to help with harvest. He's asked whether we need his Social Security number ([[US_SSN|521-38-4096]]) for UK payroll or whether he should apply for a National Insurance number. Which is it?",
    "The farm shop till has an API key for the stock sync, [[API_KEY|tk_live_9Rf2mQx7Lp4sVb8Nz3HcW1]]. The lad who set it up, [[PERSON|Callum Reid]], left on bad terms. Should I rotate it, and how do I ask him politely to delete any copies he kept?",
    "Please write a short invoice note for a Dutch buyer, Mr [[PERSON|van Leeuwen]], for 12 Texel shearlings at £420 each, payment within 14 days to [[IBAN_CODE|IE94 BOFI 9000 1738 2645 19]]. Friendly but firm, he paid late last time.",
    "Is '[[PASSWORD|Hedgehog77]]' OK as [[PERSON|Gwyn]]'s password for the Defra account?",
    "Write a delivery note for the feed lorry: 6 tonnes of ewe nuts to [[STREET_ADDRESS|Wern Ddu Farm, Llanybydder, Carmarthenshire SA40 9RB]]. Ring [[PERSON|Alun]] on [[PHONE_NUMBER|07700 900804]] twenty minutes before. Narrow lane, no artics, turn at the chapel.",
    "What's a nice way to tell [[PERSON|Bernadette]] her goats keep eating our hedge?",
    "Summarise the practice voicemails for me: (1) [[PERSON|Lorna Fife]], calving problem, Friesian heifer, call back on [[PHONE_NUMBER|07700 900210]]. (2) Someone from Glebe Farm about TB test dates, no name left. (3) Mr [[PERSON|Osei]] wants his dog's ashes collected, will pay cash. (4) [[PERSON|Rob]] from the lab, bloods are back.",
    "Plan a week of evening meals for six shearers staying with us. [[PERSON|Tane]] doesn't eat pork and [[PERSON|Mere]] is gluten free; everyone else eats anything and lots of it.",
    "Got an email 'from' my bank saying a login from [[IP_ADDRESS|198.51.100.23]] was blocked and asking me to confirm my customer number [[ID_NUMBER|77120394]] by reply. Real or scam? My husband [[PERSON|Graham]] thinks it's real because it had our postcode.",
    "Translate into Romanian for [[PERSON|Mihai]]: 'The new alarm code for the packhouse is [[PASSWORD|6204]]. Please don't share it with the agency lads.'",
    "I'm the keeper on an estate in Perthshire. Help me write a note to the guns for Saturday: meet 8.45 at the kennels, [[PERSON|Hamish]] does the draw, lunch in the bothy. Problems, ring me on [[PHONE_NUMBER|07700 900588]] or email [[EMAIL_ADDRESS|ruaridh.keeper@outlook.com]]. Sign it [[PERSON|Ruaridh]].",
    "Write a warm welcome message for guests in the Old Dairy cottage. Key safe by the door, code [[PASSWORD|2741]]. Wifi is OldDairyGuest, password [[PASSWORD|moo-cow-meadow-17]]. Eggs from the honesty box by the gate. In an emergency call [[PERSON|Tamsin]] on [[PHONE_NUMBER|07700 900319]].",
    "Three of us share a muck spreader. [[PERSON|Pavel]] used it 11 days this year, [[PERSON|Iestyn]] 4 and me 9. The service was £1,150 and new chains £380. How much does each of us owe if we split by days used?",
    "I'm selling a 2014 Massey Ferguson 5610. Can you write a classified ad? 4,200 hours, front loader, one owner, always shedded. Contact [[PERSON|Neil Ashworth]], [[PHONE_NUMBER|01632 960417]], evenings only.",
    "A buyer for my livestock trailer sent a cheque for £2,000 more than the price and now wants me to transfer the difference to his shipping agent, [[IBAN_CODE|GB05 BARC 2065 7390 4182 63]]. He says his name is [[PERSON|Martin Hale]]. This is a scam, isn't it?",
    "Couriers keep failing to find us. Rewrite these directions so they're clearer: [[STREET_ADDRESS|Hill Top Barn, Moor Lane, Hebden, Skipton BD23 5DT]]. Sat nav takes you to the wrong farm; carry on past the cattle grid, second gate on the left, not the one with the bull sign. Ask for [[PERSON|Gemma]].",
    "[[PERSON|Oluwaseun]] starts Monday?",
    "Reply to this for me, keep it civil: 'Dear Clerk, the tractors coming through Nether Wicksby at harvest do 40 past the school. Something must be done. [[PERSON|Lionel Fairbrother]], [[STREET_ADDRESS|2 The Green, Nether Wicksby, LN7 4QS]]'. I'm the clerk and also married to one of the farmers, so it's awkward!",
    "Our pet pig Doris needs a vet visit for her feet. Can you write a short booking request from me, [[PERSON|Anjali Mistry]], client number [[ID_NUMBER|HV-20817]], asking for a home visit next week? Replies to [[EMAIL_ADDRESS|anjali.mistry@btinternet.com]].",
    "Translate into Welsh for the chapel newsletter: 'Thank you to [[PERSON|Gwenllian]] and [[PERSON|Emrys Jenkins]] for lending the trailer for the harvest supper.'",
    "My neighbour [[PERSON|Ted]] keeps bees and a swarm has landed in our apple tree. Write him a friendly note asking him to come and collect it before the kids get stung.",
    "Turn these Young Farmers committee notes into proper minutes. Chair [[PERSON|Lowri Bevan]]. Treasurer [[PERSON|Osian]] reported £2,310 in the account. Stock judging trip to Builth: coach booked, deposits to [[PERSON|Osian]] by the 20th. Panto rehearsals Tuesdays. New members [[PERSON|Kieran Doyle]] and [[PERSON|Sophie-Mae Pugh]]. Send the minutes to [[PERSON|Lowri]] at [[EMAIL_ADDRESS|lowri.bevan@hotmail.co.uk]].",
    "I pasted our farm management software settings into a Facebook group by accident: server [[IP_ADDRESS|198.51.100.140]], API key [[API_KEY|fmk-live-7Qw2Zr9Tn4Lp8Xs3Vb6Ya0]]. Deleted it after ten minutes. Do I need to do anything else?",
    "[[PERSON|Mo]] forgot the diesel tank padlock combination again. It's [[PASSWORD|3-9-1-4]]. Write him a cheeky text.",
    "My shotgun certificate, [[ID_NUMBER|SGC/41823/TH]], runs out in June. Write a reminder email to myself and to the estate manager, [[PERSON|Fergus Dunbar]], so neither of us forgets the renewal this time.",
    "A guest, [[PERSON|Yusuf Demir]], asked if he can bring two dogs to the shepherd's hut. Our rule is one dog. Write a polite no and offer him the Granary instead (dogs welcome, £15 per stay).",
    "I run a stall at the farmers' market. Write a sign: 'Sorry, card machine down today. Cash, or bank transfer to [[PERSON|S. Okafor]], sort code 40-12-77, account [[ID_NUMBER|61839402]]. Thank you!'",
    "Write a thank-you card from the whole team to [[PERSON|林美玲]], who's leaving the dairy after six years of calf rearing. Sign off from [[PERSON|Andy]], [[PERSON|Bex]] and the milkers.",
    "[[PERSON|Dilwyn]] says the auction's moved to Thursday, [[PERSON|Margo]] can't drive the lorry and [[PERSON|Tomos]] wants to sell the Suffolk tups privately. Make me a to-do list.",
    "A guest broke the log burner glass. We took a £150 damage deposit on [[CREDIT_CARD|3762 049183 57421]] (Amex, name [[PERSON|Charlotte Aske]]). Write an email explaining we'll keep £85 for the repair and refund the rest.",
    "Does [[PERSON|Hope]] need a licence to sell raw milk at the farm gate?",
    "Write a short email to Mr [[PERSON|Daniels]] at [[EMAIL_ADDRESS|r.daniels@westfieldhall.org.uk]] for this year's silage: 64 acres at £38 an acre, plus 210 bales wrapped at £4.50. Payment to [[IBAN_CODE|GB49 CPBK 0892 5073 6118 42]] within 30 days please.",
    "Our new stockperson [[PERSON|Bartek Zieliński]] gave me his NI number, [[ID_NUMBER|PX 48 21 93 C]], and his PESEL too. Do I need the PESEL for anything in the UK? I'd rather not keep it.",
    "Guests at the glamping field can't connect. The router sticker says key [[PASSWORD|T7XQ-9MBR-44KD]], network BT-Hub-Yurts. Make a laminated sign with the details and a line saying ring [[PERSON|Niamh]] on [[PHONE_NUMBER|07700 900462]] if it drops.",
    "Write a Marketplace listing: six point-of-lay Light Sussex pullets, £18 each, collection only from [[STREET_ADDRESS|Rose Cottage, Pound Lane, Ashby Parva, LE17 5HX]], message [[PERSON|Bev]] for times.",
    "Write a four-line poem for Grandad [[PERSON|Len]]'s 90th. He farmed Fellside for sixty years and still checks the sheep on his mobility scooter.",
    "The farm shop alarm code is [[PASSWORD|8052]] and the cold store unset is [[PASSWORD|8053]]. Write a one-page opening checklist for our Saturday girl, [[PERSON|Keeley]], without putting the codes in it.",
    "Write up proper minutes from my scribbles. Village Hall AGM, 22 there. Chair [[PERSON|Trevor Annis]] thanked [[PERSON|Brenda]] for 20 yrs as treasurer, she's stepping down. New treasurer [[PERSON|Kemi Adebayo]]. £6,830 in the bank, boiler needs replacing. Hire going up to £14/hr. AOB: [[PERSON|Patricia]] complained about the Zumba noise, [[PERSON|Trevor]] to have a word with the instructor.",
    "Draft a letter to [[PERSON|Rupert Clayton-Hume]], [[STREET_ADDRESS|The Old Rectory, Church Street, Kings Sutton, Banbury OX17 3RQ]], about his complaint that our cockerel crows at 5am. Polite, but point out the farm was here first.",
    "I'm helping my uncle in Iowa. His hired man [[PERSON|Luis Ortega]] needs a W-2 corrected: the SSN on file is [[US_SSN|478-62-1035]] but the right one is [[US_SSN|478-62-1053]]. Write a note to the accountant, [[PERSON|Karen Schultz]], [[PHONE_NUMBER|(515) 555-0147]].",
    "Who's better on the grain trailer tomorrow, [[PERSON|Baz]] (fast, careless) or [[PERSON|Sunny]] (slow, careful)? Forecast says showers after three.",
    "Someone rang claiming to be the auction mart, saying my payment for the store lambs bounced and I should read out the long number on my card, [[CREDIT_CARD|4556 7120 3948 1262]]. I hung up halfway. Am I safe?",
    "Write this up for the insurer: on 3 March our collie Fly was hit by the quad, driven by my son [[PERSON|Jack]]. Treated by Dr [[PERSON|Anwen Price]] at the practice, two nights in. Policy [[ID_NUMBER|PET-7738215]], claim ref CLM 44102. Vet bill £1,240.",
    "Help me write a text in simple English to [[PERSON|Somchai]] and [[PERSON|Nong]]: tomorrow the glasshouse starts at 6, not 7, because of the heat.",
    "Tidy this into a table: stall 4 [[PERSON|Marjorie Ellis]] cheese [[PHONE_NUMBER|07700 900113]]; stall 5 [[PERSON|Ade]] bread; stall 9 the [[PERSON|Kowalczyk]] family, pierogi, no phone yet.",
    "Packing list for the county show please. Cattle lines are booked, [[PERSON|Rhys]] brings the clippers, halters in the red box, and our locker in the members' tent is number 31, code [[PASSWORD|4646]].",
    "Our trail cams upload through a 4G router at [[IP_ADDRESS|203.0.113.219]]. The estate manager, [[PERSON|Torquil]], wants to see them from his laptop. How do I set that up without making it public?",
    "I'm building a little website for our egg round. Is it OK to put [[API_KEY|sk_live_51Mx8TqLr2Vn9Ws4Kp7Hd3Zb]] in the JavaScript? My daughter [[PERSON|Isla]] says absolutely not.",
    "How do I say 'the ram is in the far paddock, don't go in alone' in Portuguese? It's for [[PERSON|João]] and [[PERSON|Ana Rita]].",
    "Plan a route for a farm vet day: [[STREET_ADDRESS|Coed y Garth Farm, Ganllwyd, Dolgellau LL40 2HZ]] at 9 (ask for [[PERSON|Wyn]]), then two calls in Trawsfynydd, back to the practice by 4.",
    "My granddaughter [[PERSON|Poppy]] wants to show her pet lamb at the village fete. Write her a little speech, she's seven.",
    "I keep our government gateway recovery passphrase on a Post-it: '[[PASSWORD|blue heifer under the oak tree]]'. Where's a sensible place to keep it instead? My husband [[PERSON|Clive]] says the biscuit tin.",
    "What's the best way to word a text to our vet, [[PERSON|Imran]], saying we'll pay the outstanding £1,870 in three instalments? Our client account is [[ID_NUMBER|FV0031472]].",
    "Write a birthday message for Auntie [[PERSON|Grace]], she's 75 and still milking by hand.",
    "Got a WhatsApp from [[PHONE_NUMBER|+44 7700 900782]]: 'Hi Mum, new number, lost my phone, need £480 for the vet for the dog urgently'. My son [[PERSON|Ollie]] does have a dog. Scam?",
    "Booking system shows guest [[PERSON|Elodie Marchand]], caravan club membership [[ID_NUMBER|CC-559014]] for the discount. Write a confirmation: pitch 7, arrival after 2pm, quiet after 10.",
    "Make a rota for the farm shop, Mon to Sun, 9 to 5, two on at weekends: [[PERSON|Ellie]], [[PERSON|Bogdan]], Mrs [[PERSON|Kaur]] (Tues and Weds only), [[PERSON|Joss]] and [[PERSON|Amber]].",
    "Write a short thank-you to our haulier, [[PERSON|Terry Blackwood]], who got the cattle to Carlisle through the snow. Mention his driver [[PERSON|Kasia]] too.",
    "Translate into French for [[PERSON|Mathilde]], the vet student coming for lambing: 'We'll pick you up at Carlisle station. If the train is late, text [[PERSON|Ian]] on [[PHONE_NUMBER|07700 900236]].' Her French mobile is [[PHONE_NUMBER|06 39 98 41 27]] if he needs it.",
    "Email to [[PERSON|Jürgen Haas]] asking for a quote for drone spraying on 40 hectares of potatoes. His number is [[PHONE_NUMBER|030 23125 684]] if it's easier to ring.",
    "My sister [[PERSON|Kirsty]] runs a station near Dubbo, mobile [[PHONE_NUMBER|0491 570 318]]. What time is it there when it's 7pm here in Shropshire? I need to ring her about the merino rams.",
    "Our Kiwi shearer [[PERSON|Wiremu Tane]] wants paying into his NZ account, [[ID_NUMBER|02-0248-0416729-00]]. Can we do that from a UK business account, and what will it cost?",
    "We're buying a used Krone mower from a farmer in Bavaria. Herr [[PERSON|Brandl]] wants a 30% deposit to [[IBAN_CODE|DE83 5001 0517 0648 2931 57]] before we've seen it. Is that normal? What protection do we have?",
    "Remind me to call [[PERSON|Morag]] back about the hay tonight.",
    "Write a booking confirmation for the village hall: [[PERSON|Sadia Rahman]], Saturday 21 September, 2pm to 11pm, her daughter's mehndi. Deposit £100 received. Side door key code [[PASSWORD|1-7-7-3]]; please drop the key back to [[PERSON|Maureen]] at Fern Cottage.",
    "Make this a tidy message for the family group chat: Lot 143 ours, 22 Texel cross lambs, £131 a head, top of the day. [[PERSON|Big Al]] bought them again. [[PERSON|Priti]] says the cheque's in the post, haulage with [[PERSON|Denny]] on Wednesday.",
    "Summarise this for my dad, who won't read it: 'Dear Mr [[PERSON|Lloyd]], your herd's six-monthly TB test is due between 4 and 18 November. Please confirm a date with [[PERSON|Kerry-Ann]] on [[PHONE_NUMBER|029 2018 0457]]. Cattle must be gathered and the crush working. Kind regards, [[PERSON|Saoirse Flynn]] MRCVS'",
    "Fix my grammar: 'Me and [[PERSON|Darragh]] has fixed the fence, the cows was out on the road again.'",
    "Write a short notice in English and Arabic for the packhouse: lockers must be emptied by Friday for cleaning. Questions to the supervisor, [[PERSON|يوسف حداد]].",
    "How do I write 'your payslip is ready, the PIN for the portal is [[PASSWORD|5519]]' in Bulgarian for [[PERSON|Desislava]]?",
    "We're doing Open Farm Sunday. [[PERSON|Sue]] does teas, [[PERSON|Marcus]] runs the trailer rides and [[PERSON|Hannah Ostrowski]] brings the pet lambs. Make a timetable from 10 to 4 with breaks for all three.",
    "An Austrian guest, [[PERSON|Katharina Gruber]], wants her £200 deposit refunded to [[IBAN_CODE|AT60 2011 1829 4057 2316]]. Write the email saying it should arrive in three to five working days.",
    "Summarise this email from our contractor into three bullets: 'Hi [[PERSON|Bronwen]], sorry for the delay. We can do first cut on your silage ground from the 24th if the weather holds, the mower is back from the dealer. [[PERSON|Craig]] will be on the rake, [[PERSON|Lewis]] and the new lad on the forager. I've put you down for 85 acres, same as last year, but the bottom meadow was soaking last time so maybe leave it. Price is up £2 an acre because of diesel. Ring [[PHONE_NUMBER|07700 900708]] with questions. Cheers, [[PERSON|Dewi]]'",
    "The game book app gave me a developer key, [[API_KEY|gbk_2vR8pX4mT9qL1zN6wB3s]], so I can export to Excel. [[PERSON|Angus]] from the syndicate wants it too. Can I just share it?",
    "My mother-in-law, [[PERSON|Brenda Cottle]], 81, runs the farm shop's online orders and uses [[PASSWORD|Brenda1943]] for everything. How do I get her to change it without upsetting her?",
    "Rewrite my veg box message: deliveries are Thursdays now, and for [[STREET_ADDRESS|Flat 2, 19 Tanners Yard, Ludlow SY8 1BH]] leave the box in the porch if [[PERSON|Miriam]] is out. Her mobile is [[PHONE_NUMBER|07700 900550]].",
    "Ask [[PERSON|Lenka]] if she's coming to the clipping on Saturday.",
    "Write to the feed merchant to close my account, customer no. [[ID_NUMBER|ARM-558213]], [[PERSON|Gordon Tweddle]], [[STREET_ADDRESS|Low Riggs, Haltwhistle NE49 0LT]]. We've sold the suckler herd and won't need it.",
    "My son-in-law [[PERSON|Rahul]] set up remote access to the robot milker PC on [[IP_ADDRESS|198.51.100.6]] with password [[PASSWORD|Lely#Parlour09]]. The insurer's questionnaire asks about remote access controls. What do I put?",
    "Summarise the week: Monday [[PERSON|Abdi]] called about the lambing shed lights. Tuesday [[PERSON|Fran Whitlock]] ([[PHONE_NUMBER|07700 900691]]) wants four lambs for the freezer. Wednesday nothing. Thursday Mr [[PERSON|Groves]] from the council about the footpath stile.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Ionela Marin]], strawberry picker, CNP [[ID_NUMBER|2871105421830]], mobile [[PHONE_NUMBER|+40 723 481 905]].",
    "Worker: [[PERSON|Dariusz Wróbel]] | PESEL [[ID_NUMBER|88071413527]] | wages to [[IBAN_CODE|PL96 1020 5561 0000 3202 1844 9013]] | start 02/05",
    '{"client": "[[PERSON|Harold Penrose]]", "practice_account": "[[ID_NUMBER|VX-40917]]", "phone": "[[PHONE_NUMBER|01632 960582]]", "species": "bovine", "herd_size": 140}',
    "Mrs [[PERSON|Glenys Protheroe]] of [[STREET_ADDRESS|Ty Isaf, Llangurig, Llanidloes SY18 6SG]] has booked the village hall for a christening tea on 12 June.",
    "2024-03-11 06:42:17 INFO login ok name=[[PERSON|Ffion Morgan]] user=[[ID_NUMBER|ffionm_tynewydd]] src=[[IP_ADDRESS|198.51.100.77]] app=FlockBook",
    "Seasonal worker file: [[PERSON|Oleksandr Hnatiuk]], RNOKPP [[ID_NUMBER|3142685070]], UK mobile [[PHONE_NUMBER|07700 900145]], e-mail [[EMAIL_ADDRESS|o.hnatiuk@ukr.net]].",
    "Dear Mr [[PERSON|Fairclough]], thank you for buying the Kverneland plough. The balance of £3,250 was taken from your card [[CREDIT_CARD|4539 8721 0064 5716]] today. Regards, Hadley Machinery",
    "[[PERSON|Agnieszka Kamińska]],[[ID_NUMBER|01220935644]],packhouse line 2,[[PHONE_NUMBER|+48 512 306 874]]",
    "Holiday let guest: [[PERSON|Benedict Akroyd]]; arriving Friday after 4; phone [[PHONE_NUMBER|020 7946 0731]]; paid £540 by [[CREDIT_CARD|5351 0827 4619 3079]].",
    "Farm relief worker [[PERSON|Ciarán Ó Dónaill]], PPS [[ID_NUMBER|2860417C]], mobile [[PHONE_NUMBER|087 318 4426]].",
    "Patient: [[PERSON|Marjorie Twelvetrees]], NHS no. [[ID_NUMBER|401 738 5923]], seen at Sedbergh surgery for farmer's lung follow-up.",
    "Gamekeeper [[PERSON|Hector Munro-Baird]] holds firearm certificate [[ID_NUMBER|FAC 22871/P]] and can be e-mailed at [[EMAIL_ADDRESS|hector.mb@glenaird-estate.co.uk]].",
    "Allotment register, plot 7: [[PERSON|Doreen Haslam]], [[STREET_ADDRESS|3 Mill Row, Thornby, Northampton NN6 8SQ]], tel. [[PHONE_NUMBER|07700 900859]], water butt paid.",
    "Picker [[PERSON|Tereza Dvořáková]] (caravan 11), rodné číslo [[ID_NUMBER|855312/4184]], e-mail [[EMAIL_ADDRESS|tereza.dvorakova@seznam.cz]].",
    "[[PERSON|Cody Reinholt]], ranch hand, SSN [[US_SSN|503-14-7782]], Box Elder County, Utah, phone [[PHONE_NUMBER|(435) 555-0163]].",
    "Tratorista [[PERSON|Rui Carvalho]] - NIF [[ID_NUMBER|238174603]] - IBAN [[IBAN_CODE|PT22 0035 0273 0004 8172 6359 4]] - contrato sazonal",
    "Temporero: [[PERSON|Alejandro Gil Moreno]], DNI [[ID_NUMBER|52817364A]], tel. [[PHONE_NUMBER|+34 654 219 807]], cuadrilla de la vendimia.",
    "[[PERSON|Mohamed El Amrani]] (NIE [[ID_NUMBER|X4718293G]]) works the greenhouses at Níjar; wages go to [[IBAN_CODE|ES26 2085 0137 4103 3048 2917]].",
    "Stagiaire agricole [[PERSON|Lucie Fontaine]], n° de sécurité sociale [[ID_NUMBER|2 91 11 24 322 071 79]], portable [[PHONE_NUMBER|06 39 98 52 60]].",
    "[[PERSON|Imogen Tate]] ordered two lamb boxes; send the receipt to [[EMAIL_ADDRESS|imogen.tate@gmail.com]].",
    "Erntehelfer [[PERSON|Lukas Brandstätter]], Steuer-ID [[ID_NUMBER|47382619505]], Tel. [[PHONE_NUMBER|030 23125 271]]",
    "Shearing gang roster: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], ph [[PHONE_NUMBER|021 448 3917]], wool handler",
    "Jackaroo [[PERSON|Brodie McKenzie]] - TFN [[ID_NUMBER|482 139 761]] - mob [[PHONE_NUMBER|0491 570 642]]",
    "[[PERSON|Shannon Pyke]], Medicare [[ID_NUMBER|2718 49359 1]], of [[STREET_ADDRESS|1840 Warrumbungle Road, Coonabarabran NSW 2357]].",
    "Temporera [[PERSON|Javiera Sepúlveda]], RUT [[ID_NUMBER|14.872.395-8]], cosecha de cerezas, fono [[PHONE_NUMBER|+56 9 6843 2917]].",
    "Farmhand (Saskatchewan): [[PERSON|Owen Tkachuk]], SIN [[ID_NUMBER|612 473 850]], phone [[PHONE_NUMBER|(306) 555-0188]].",
    "Melkveehouder [[PERSON|Sietske de Vries]], BSN [[ID_NUMBER|318492702]], rekening [[IBAN_CODE|NL03 RABO 0314 8827 59]].",
    "[[PERSON|Pieter Vermeulen]], rijksregisternummer [[ID_NUMBER|78.04.21-233.27]], e-mail [[EMAIL_ADDRESS|pieter.vermeulen@telenet.be]]",
    "Bracciante [[PERSON|Giuseppe Martinelli]], codice fiscale [[ID_NUMBER|MRTGPP84L12D969B]], raccolta delle olive a novembre.",
    "Gårdsarbeider [[PERSON|Eirik Haugland]], fødselsnummer [[ID_NUMBER|15068934777]], mobil [[PHONE_NUMBER|+47 913 48 261]].",
    "[[PERSON|Maja Lindqvist]], personnummer [[ID_NUMBER|760913-4825]], fäbod i Dalarna, tel. [[PHONE_NUMBER|+46 70 381 42 96]]",
    "Metsuri ja maanviljelijä [[PERSON|Jussi Heikkinen]], henkilötunnus [[ID_NUMBER|120488-563U]].",
    "[[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|160387-2389]], sheep farm in Skagafjörður, sími [[PHONE_NUMBER|+354 862 4170]].",
    "Dairy trainee [[PERSON|Harpreet Kaur Sandhu]], Aadhaar [[ID_NUMBER|5728 3916 0478]], mobile [[PHONE_NUMBER|+91 98154 27306]].",
    "[[PERSON|Thabo Mokoena]], ID number [[ID_NUMBER|8302045139088]], farm manager near Bethlehem, Free State, cell [[PHONE_NUMBER|+27 82 517 3064]].",
    "Fındık işçisi [[PERSON|Mehmet Yıldırım]], T.C. kimlik no [[ID_NUMBER|28471639550]], tel. [[PHONE_NUMBER|+90 532 418 27 63]]",
    "[[PERSON|Kristjan Tamm]] | isikukood [[ID_NUMBER|38709124212]] | forestry contractor | [[EMAIL_ADDRESS|kristjan.tamm@hot.ee]]",
    "Farm stay guest [[PERSON|佐藤健一]], My Number [[ID_NUMBER|3810 2947 5630]], 携帯 [[PHONE_NUMBER|+81 90-4718-2265]]",
    "茶园工人 [[PERSON|黄丽萍]]，身份证号 [[ID_NUMBER|450302198709163421]]，电话 [[PHONE_NUMBER|+86 138 7714 2036]]",
    "[[PERSON|Nell Garside]] | egg round | [[STREET_ADDRESS|4 Beck Side, Grassington, Skipton BD23 5AU]] | [[PHONE_NUMBER|07700 900917]] | pays monthly",
    "customer_id,name,email,notes\n[[ID_NUMBER|FS-10294]],[[PERSON|Arthur Pennock]],[[EMAIL_ADDRESS|arthur.pennock@btopenworld.com]],weekly veg box since 2019",
    "Smallholder profile: [[PERSON|Rukhsana Begum]], 2.5 acres, goats and hens, e-mail [[EMAIL_ADDRESS|rukhsana.goats@yahoo.co.uk]], forum name [[ID_NUMBER|ruks_smallholding]]",
    "[2024-06-02 21:14:55] WARN failed login user=[[ID_NUMBER|m.treharne]] ([[PERSON|Megan Treharne]]) from [[IP_ADDRESS|203.0.113.45]], 5 attempts, locked",
    "[[PERSON|Callum Fraser]] can be reached at [[EMAIL_ADDRESS|callum.fraser@hotmail.com]] about the Highland calves.",
    "Please send the replacement ear tags to [[PERSON|Annie Lockhart]], [[STREET_ADDRESS|Braeside, Kirkton of Glenisla, Blairgowrie PH11 8PH]].",
    "Beater's record: [[PERSON|Stevie Kerr]], £45 a day, mobile [[PHONE_NUMBER|07700 900384]], own dog.",
    "Dear [[PERSON|Pádraig]], thank you for the silage, it fed the suckler cows right through to turnout and they came out in grand condition. Your payment of £2,300 went to [[IBAN_CODE|IE97 AIBK 9320 8247 3106 65]] this morning; let us know if it has not arrived by Friday. Best wishes, all at Glebe Farm",
    "Account holder: [[PERSON|Marguerite Olsen]]; farm shop loyalty no. [[ID_NUMBER|LOY-33917]]; [[EMAIL_ADDRESS|m.olsen@icloud.com]]; [[PHONE_NUMBER|07700 900028]]",
    "[[PERSON|Tariq Mahmood]] paid for the Ifor Williams trailer with card [[CREDIT_CARD|6011 5402 8837 1965]].",
    "Machinery dealer portal: username [[ID_NUMBER|jwhitlam_farms]], password [[PASSWORD|Cl@ss-Lexion-770]], owner [[PERSON|Jonty Whitlam]].",
    '{"owner": "[[PERSON|Ruairi Byrne]]", "collar_gateway_ip": "[[IP_ADDRESS|192.0.2.163]]", "api_key": "[[API_KEY|hrd_live_6Tz1Kq8Vw3Ny5Pb2Xm7R]]", "cows": 96}',
    "Holiday cottage guest [[PERSON|Felicity Dunmore]] asked for the wifi again: network BarnOwl, key [[PASSWORD|tawnyowl2468]].",
    "[[PERSON|Eluned Rowlands]], [[STREET_ADDRESS|Bryn Awel, Ffordd y Capel, Llanrhaeadr-ym-Mochnant, Oswestry SY10 0JZ]], [[PHONE_NUMBER|07700 900773]]",
    "Stallholder [[PERSON|Joe Bassett]] (cider) paid the pitch fee by card [[CREDIT_CARD|4921 5083 6617 2948]]; contact [[EMAIL_ADDRESS|joebassettcider@outlook.com]].",
    "[[PERSON|Wanda Kowalewski]], dairy farmer, Marathon County, WI; SSN [[US_SSN|398-41-2267]]; phone [[PHONE_NUMBER|(715) 555-0129]].",
    "Employee no. [[ID_NUMBER|HF-0417]]: [[PERSON|Marek Horváth]], rodné číslo [[ID_NUMBER|790624/5138]], tractor driver, paid weekly.",
    "Picker [[PERSON|Vasile Munteanu]], CNP [[ID_NUMBER|1890723415268]], bank [[IBAN_CODE|RO13 RNCB 0082 0451 7632 0001]].",
    "[[PERSON|Florin Ciobanu]] | CNP [[ID_NUMBER|1940308102732]] | caravan 6 | [[PHONE_NUMBER|07700 900641]]",
    "New starter [[PERSON|Krzysztof Mazur]], PESEL [[ID_NUMBER|75042368199]], forklift licence checked.",
    "[[PERSON|Iryna Kovalenko]], RNOKPP [[ID_NUMBER|2871934061]], phone [[PHONE_NUMBER|+380 67 214 58 93]], polytunnels.",
    "Patient [[PERSON|Bill Hodgkinson]], NHS number [[ID_NUMBER|463 920 1753]], quad bike injury, referred to fracture clinic.",
    "NHS [[ID_NUMBER|715 284 0369]]: [[PERSON|Rhiannon Pugh]], Q fever bloods requested by the practice nurse.",
    "Referral for [[PERSON|Aled Gruffydd]] (NHS no. [[ID_NUMBER|602 415 8394]]), [[STREET_ADDRESS|Penlan, Cwmann, Lampeter SA48 8DX]], farmer with hearing loss from machinery.",
    "Relief milker [[PERSON|Seán Kiely]], PPS no. [[ID_NUMBER|6173928RA]], e-mail [[EMAIL_ADDRESS|sean.kiely.milking@eircom.net]].",
    "Seasonnier [[PERSON|Thibault Mercier]], e-mail [[EMAIL_ADDRESS|thibault.mercier@laposte.net]], vendanges en Bourgogne, IBAN [[IBAN_CODE|FR76 1027 8060 4100 0217 3850 946]].",
    "Lohnunternehmer [[PERSON|Matthias Oberhuber]], Steuer-ID [[ID_NUMBER|82549173609]], Konto [[IBAN_CODE|DE68 7002 0270 0015 4826 39]]",
    "Shed hand [[PERSON|Hemi Walker]], NHI [[ID_NUMBER|PHM7318]], camp at the woolshed.",
    "Sheep station worker [[PERSON|Tayla Green]], e-mail [[EMAIL_ADDRESS|taylagreen.merino@bigpond.com]], mob [[PHONE_NUMBER|+61 491 570 259]].",
    "Cherry orchard foreman [[PERSON|Ignacio Fuentes]], teléfono [[PHONE_NUMBER|+56 9 7120 5584]], correo [[EMAIL_ADDRESS|ifuentes.huerto@gmail.com]].",
    "[[PERSON|Jean-Baptiste Tremblay]], maple and dairy, Québec; phone [[PHONE_NUMBER|(819) 555-0112]]; card on file [[CREDIT_CARD|5183 4602 7751 9801]].",
    "Veterinary client: [[PERSON|Oluwadamilare Bankole]], account [[ID_NUMBER|HVC-77321]], [[STREET_ADDRESS|Unit 3, Nettlebed Farm, Henley Road, Wallingford OX10 6QT]].",
    "Holiday cottage owner [[PERSON|Catrin Mathias]], key safe code [[PASSWORD|5074]], mobile [[PHONE_NUMBER|07700 900497]].",
    "Village hall key holder: [[PERSON|Malcolm Pye]], [[PHONE_NUMBER|01632 960238]], alarm code [[PASSWORD|2219]].",
    "Parish councillor [[PERSON|Deborah Kingsley-Ford]], e-mail [[EMAIL_ADDRESS|debkf.parish@gmail.com]], [[STREET_ADDRESS|Orchard View, Back Lane, Hinton Waldrist, Faringdon SN7 5RG]].",
    "[[PERSON|Stanislav Ivanov]] - livestock haulier - operator licence holder - mobile [[PHONE_NUMBER|07700 900530]] - fuel card [[CREDIT_CARD|4137 6209 5183 7429]]",
    '2024-09-14T05:58:02Z gate=east_yard event=open pin_user="[[PERSON|Kofi Mensah]]" code=[[PASSWORD|7790]] device=[[IP_ADDRESS|192.0.2.201]]',
    "Tractor dealer finance: [[PERSON|Lachlan Ure]], agreement holder, customer ref [[ID_NUMBER|JDF-0048813]], direct debit from [[IBAN_CODE|GB55 MIDL 4005 1271 6382 94]].",
    "Dear Ms [[PERSON|Abernethy]], your order of 30 bare-root hawthorn whips, 10 rowan and 5 bird cherry will be delivered to [[STREET_ADDRESS|Greenhill Croft, Tomintoul, Ballindalloch AB37 9EX]] on Tuesday between 8 and 1. Heel them in soon if the ground is not frozen. If nobody will be in, ring us on [[PHONE_NUMBER|01632 960845]]. Kind regards, the nursery team",
    "[[PERSON|Sarah-Jane Cuthbert]] sells hay and haylage from the yard; call [[PHONE_NUMBER|07700 900162]] or e-mail [[EMAIL_ADDRESS|sj.cuthbert.hay@gmail.com]].",
    "Honey buyer [[PERSON|Dimitar Georgiev]] paid to [[IBAN_CODE|BG34 UNCR 7000 1522 4837 16]] for 40 jars.",
    "Ms [[PERSON|Zsófia Nagy]], farm stay host, Bugac; számla [[IBAN_CODE|HU39 1070 0024 5471 8203 5100 0003]]; tel. [[PHONE_NUMBER|+36 30 418 2957]]",
    "Rider [[PERSON|Piotr Lewandowski]] delivered parcel to the farm; signed by [[PERSON|Piotr Lewandowski]], handset [[PHONE_NUMBER|07700 900315]].",
    "[[PERSON|Blessing Chukwu]], vet nurse, employee no. [[ID_NUMBER|EMP-20931]], locker code [[PASSWORD|3388]].",
    "Loyalty card: [[PERSON|Hamza Qureshi]], member [[ID_NUMBER|FSM-440127]], card [[CREDIT_CARD|2221 8465 0937 4117]] for top-ups.",
    "[[PERSON|Winifred Oakes]] (retired beef farmer) wants her Farmers Weekly renewal sent to [[STREET_ADDRESS|5 Smithy Cottages, Long Marton, Appleby-in-Westmorland CA16 6BN]].",
    "Syndicate gun [[PERSON|Rupert Hollis]] paid for the season by [[CREDIT_CARD|3749 510628 87312]].",
    "Contractor [[PERSON|Connor Doherty]], hedge cutting; invoice payments to [[IBAN_CODE|GB46 NAIA 0701 1648 2735 90]].",
    '{"name": "[[PERSON|Aisling Brennan]]", "role": "herd manager", "email": "[[EMAIL_ADDRESS|aisling.brennan@gmail.com]]", "mobile": "[[PHONE_NUMBER|086 217 5390]]"}',
    "Guest wifi ticket: [[PERSON|Oscar Lindgren]] stayed in Hayloft; assigned address [[IP_ADDRESS|203.0.113.130]]; router key [[PASSWORD|hayloft-swallow-61]].",
    "Agronomy app account: [[PERSON|Priyanka Deshmukh]], login [[ID_NUMBER|priyanka.d.agro]], API token [[API_KEY|agr_tk_N4v7Q2w9L6s1P8x3]].",
    "Market trader [[PERSON|Bernard Lowe]], licence [[ID_NUMBER|MKT/2024/0317]], phone [[PHONE_NUMBER|01632 960771]].",
    "Applicant [[PERSON|Chiamaka Eze]], BSc Agriculture, seeking placement; [[EMAIL_ADDRESS|chiamaka.eze.agri@outlook.com]], [[PHONE_NUMBER|07700 900876]].",
    "Stockman [[PERSON|Jamie Hewitt]], NI number [[ID_NUMBER|JR 62 83 19 A]], hourly rate £13.20.",
    "[[PERSON|Duncan Stroud]], Oklahoma wheat grower, SSN [[US_SSN|447-20-6183]], [[EMAIL_ADDRESS|duncan.stroud.wheat@yahoo.com]].",
    "Glamping booking: [[PERSON|Yasmin Haddad]], 3 nights in the bell tent, paid by [[CREDIT_CARD|6011 2748 5093 6159]].",
    "Transfer note: [[PERSON|Lars Nielsen]] sent DKK 12,000 for a Jersey heifer from [[IBAN_CODE|DK88 3000 4728 3910 56]].",
    "Pony club volunteer [[PERSON|Georgina Fenwick]], [[STREET_ADDRESS|Stable Cottage, Eglingham, Alnwick NE66 2TX]], [[PHONE_NUMBER|07700 900921]], DBS checked.",
    "Sheep dip certificate holder: [[PERSON|Ifan Llewelyn]], certificate no. [[ID_NUMBER|SDC-118402]].",
    "[[PERSON|Andrea Keller]], Alpkäserei, zahlt auf [[IBAN_CODE|CH27 0023 5233 1784 5261 X]].",
    "Dear [[PERSON|Hennie]], your quad bike service is booked for Monday. Our driver will collect it from [[STREET_ADDRESS|Kloof Farm, R62, Montagu 6720]] at about nine and bring it back on Wednesday. Please leave the key in the ignition and the gate open. Rural Motors",
]

# 25 MT-Bench/Vicuna-style prompts with no personal data.
CLEAN_PROMPTS = [
    "Write a persuasive letter to a county council arguing that rural bus routes should be protected from budget cuts. Use three concrete arguments and keep it under 300 words.",
    "Imagine you are Gabriel Oak from Far from the Madding Crowd. Describe, in his voice, the night the flock went over the cliff.",
    "Compare the advantages and disadvantages of spring calving and autumn calving for a grass-based dairy herd. Present the answer as a table.",
    "How did the enclosure acts change village life in England between 1750 and 1850?",
    "Write a short story, no more than 400 words, about a vet who is called out to a difficult lambing on Christmas Eve during a snowstorm.",
    "Explain crop rotation to a ten-year-old, using a four-field example and a simple analogy.",
    "What were Jethro Tull's main contributions to agriculture, and why is the seed drill considered so important?",
    "Draft a set of ten house rules for a holiday cottage on a working farm, friendly in tone but clear about gates, dogs and livestock.",
    "Extract all the crop names and quantities from this sentence and return them as JSON: 'We drilled 40 hectares of winter wheat, 12 of oilseed rape and 8 of spring barley, and left 5 in fallow.'",
    "Write a Python function that takes a list of daily milk yields in litres and returns the seven-day rolling average, with a docstring and an example.",
    "Role-play as an auctioneer at a busy livestock market selling a pen of twenty store cattle. Keep the patter realistic.",
    "What are the main arguments for and against rewilding upland sheep farms in Wales?",
    "Summarise the plot of Cold Comfort Farm in five sentences and explain why it is considered a parody.",
    "Give me a step-by-step plan for setting up a small farm shop in a converted barn, from planning permission to opening day.",
    "If a farmer in the 1930s could visit a modern dairy with milking robots, what would surprise them most? Write it as a diary entry.",
    "Suggest five names for a village hall fundraising quiz night and a one-line description for each.",
    "Explain why hedgerows matter for biodiversity, and list the management practices that keep them healthy.",
    "What did Norman Borlaug do, and how did the Green Revolution affect food production in South Asia?",
    "Write a limerick about a goat that keeps escaping from its paddock.",
    "Rewrite this sentence to be more formal: 'The sheep got out again cos someone left the gate open, sorry about your garden.'",
    "A parish council wants to install a community defibrillator. List the steps, likely costs and who usually needs to be consulted.",
    "What is the difference between a tenancy under the Agricultural Holdings Act and a farm business tenancy? Keep it to two paragraphs.",
    "Describe a typical day for a gamekeeper on a lowland pheasant shoot in October, from dawn to dusk.",
    "Write a SQL query that returns, for each field in a table called spraying_log, the most recent date a herbicide was applied.",
    "Pretend you are Beatrix Potter writing a letter to a neighbour about her Herdwick sheep. Keep it to about 150 words.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Morwenna collects 38 eggs on Monday and 6 more each day than the day before. How many eggs does she collect in total from Monday to Friday?",
    "A farmer has 240 ewes. Each ewe has on average 1.7 lambs, and 5% of the lambs are lost. How many lambs survive?",
    "Tobias sells potatoes at £0.80 per kilogram. He sells 125 kg on Saturday and 40% more on Sunday. How much money does he take over the weekend?",
    "A contractor charges £38 per acre for mowing and £4.50 per bale for wrapping. Fenna has 60 acres mowed and 180 bales wrapped. What is her bill?",
    "Ravi's dairy produces 2,150 litres of milk a day. The milk price is 38p per litre. How much does he earn in a 30-day month?",
    "A holiday cottage costs £95 a night or £560 for a full week. How much does a family save by booking the week instead of seven single nights?",
    "Elspeth plants 14 rows of cabbages with 22 plants in each row. Pigeons eat one in every eleven plants. How many cabbages are left?",
    "A village hall needs £8,400 for a new roof. The quiz night raises £1,260, the raffle £745 and a grant pays half of the total cost. How much more is needed?",
    "A tractor uses 12 litres of diesel an hour. Red diesel costs 78p a litre. How much does it cost to run the tractor for 6.5 hours?",
    "Jago buys 3 bags of sheep nuts at £11.40 each and 2 mineral buckets at £27.50 each. He pays with three £20 notes and a £50 note. How much change does he get?",
    "A shepherd moves his flock 3.5 km to the top field at 2 km per hour and back at 2.5 km per hour. How long does the round trip take?",
    "Nia's hens lay 9 dozen eggs a week. She sells half-dozen boxes for £1.90. How much does she earn in four weeks if she sells every egg?",
    "A field is 220 metres long and 145 metres wide. Fencing costs £6.20 per metre. How much does it cost to fence the whole field?",
    "Out of 360 calves born on a ranch, one third are heifers kept for breeding and the rest are sold. If each sold calf makes £480, what is the total income?",
    "Wilfred's apple orchard has 84 trees. Each tree yields 115 kg, and 60% goes to the cider press. How many kilograms go to cider?",
    "A beekeeper has 12 hives producing 18 kg of honey each. She puts the honey into 340 g jars. How many full jars can she fill?",
    "The parish council's precept rises from £12,500 to £14,200. What is the percentage increase, to one decimal place?",
    "A delivery van visits 17 farms a day, spending 12 minutes at each and driving 8 minutes between them. How long is a working day of visits, in hours and minutes?",
    "Dafydd shears 210 sheep on Monday, 15% fewer on Tuesday and 30 more than Tuesday on Wednesday. How many does he shear over the three days?",
    "A farm shop buys cheese at £9 per kilogram and sells it at a 40% markup. How much profit does it make on 35 kg?",
    "A grain trailer holds 14 tonnes. A field yields 8.6 tonnes per hectare over 27 hectares. How many full trailer loads are there, and how much is left over?",
    "Aurelia feeds her goats 1.2 kg of hay each per day. She has 11 goats and 900 kg of hay. How many full days will the hay last?",
    "A gamekeeper releases 1,500 pheasant poults. 35% are lost to foxes and weather, and guns shoot 40% of the survivors. How many birds are shot?",
    "A smallholding is split into three paddocks in the ratio 5:3:2. The total area is 6 hectares. What is the area of the largest paddock?",
    "Ffinlo pays £3,900 for a quad bike and sells it two years later for 70% of the price. How much value has it lost per year on average?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which nutrient is most commonly supplied by a legume crop to the following crop in a rotation? A) Potassium B) Nitrogen C) Phosphorus D) Calcium",
    "Bluetongue virus in sheep is transmitted mainly by: A) ticks B) biting midges C) contaminated feed D) direct contact between animals",
    "In economics, the Common Agricultural Policy's intervention buying was designed mainly to: A) lower consumer prices B) support a minimum market price C) reduce farm subsidies D) increase imports",
    "What is the gestation period of a cow, approximately? A) 150 days B) 210 days C) 283 days D) 365 days",
    "Which soil has the largest particle size? A) Clay B) Silt C) Loam D) Sand",
    "A ruminant's first and largest stomach compartment is the: A) abomasum B) omasum C) rumen D) reticulum",
    "The Corn Laws in Britain were repealed in: A) 1815 B) 1832 C) 1846 D) 1914",
    "Which of these is a notifiable disease in the UK? A) Foot-and-mouth disease B) Orf C) Scald D) Mastitis",
    "The pH of most productive agricultural soils is best kept around: A) 3.5 B) 4.5 C) 6.5 D) 9.0",
    "Photosynthesis in C4 plants such as maize is more efficient than in C3 plants under which conditions? A) Cool and cloudy B) Hot and dry C) Waterlogged D) Frosty",
    "Which organisation is responsible for bovine TB testing policy in England? A) The Met Office B) APHA on behalf of Defra C) The Forestry Commission D) Natural England alone",
    "A Herdwick is a breed of: A) pig B) cattle C) sheep D) goat",
    "In a market with many sellers of an identical product, such as wheat, each farmer is a: A) monopolist B) price taker C) price maker D) oligopolist",
    "Which gas is the main greenhouse gas emitted by enteric fermentation in cattle? A) Carbon dioxide B) Nitrous oxide C) Methane D) Ammonia",
    "The Domesday Book was compiled in: A) 1066 B) 1086 C) 1215 D) 1348",
    "Which is the most appropriate first response to a tractor rollover with the driver trapped? A) Restart the engine B) Call emergency services and make the scene safe C) Try to lift the tractor alone D) Move the casualty immediately",
    "Clubroot is a disease of: A) potatoes B) brassicas C) cereals D) apples",
    "Which vitamin deficiency causes white muscle disease in lambs, together with selenium deficiency? A) Vitamin A B) Vitamin C C) Vitamin D D) Vitamin E",
    "An agricultural contractor charging by the hectare rather than by the hour shifts which risk to themselves? A) Weather delays B) Crop prices C) Land values D) Interest rates",
    "The Tolpuddle Martyrs of 1834 were farm labourers punished for: A) poaching B) forming a trade union C) arson D) refusing to pay tithes",
    "Which drainage method uses a bullet-shaped tool drawn through clay subsoil? A) Tile drainage B) Mole drainage C) Ditching D) Sump pumping",
    "The term 'heft' in hill farming refers to: A) the weight of a fleece B) a flock's attachment to its own area of open hill C) a type of gate D) a shearing technique",
    "If a field of 12 hectares yields 96 tonnes of wheat, the yield is: A) 6 t/ha B) 7 t/ha C) 8 t/ha D) 9 t/ha",
    "Which part of a plant is mainly responsible for water uptake? A) Leaves B) Stem C) Root hairs D) Flowers",
    "Under UK law, a public footpath across farmland may be used by: A) walkers only B) walkers and horse riders C) all vehicles D) cyclists only",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the early symptoms of Lyme disease, and how soon after a tick bite should I see a doctor?",
    "Can you catch orf from sheep, and what does it look like on the hands?",
    "Is farmer's lung the same as asthma? What causes it and how is it prevented?",
    "How long does tetanus protection last, and should farm workers get boosters after cuts from barbed wire?",
    "What is leptospirosis, and why are people who work near cattle or rats at higher risk?",
    "What are the signs of heat exhaustion when working outdoors at harvest, and what should I do straight away?",
    "Is it safe for a pregnant woman to help with lambing?",
    "How loud does machinery have to be before hearing protection is needed, and what are the signs of noise-induced hearing loss?",
    "What should I do if organophosphate sheep dip splashes on my skin?",
    "How can I tell the difference between a pulled back muscle and a slipped disc after lifting feed bags?",
    "Are there vaccines for Q fever, and who is most at risk of catching it?",
    "What is the best way to treat a nettle or thistle rash on the arms?",
    "What are the warning signs of skin cancer for people who work outside all year?",
    "How much water should someone drink during a long day of physical work in the summer?",
    "Can ringworm spread from calves to people, and how is it treated?",
    "What are the signs of carbon monoxide poisoning from a generator in a shed?",
    "How do I look after a deep puncture wound from a pitchfork until I can get to a clinic?",
    "Is it normal to feel low and exhausted for weeks after lambing season, and when is it worth talking to a GP?",
    "What first aid should be given for a bite from a farm dog?",
    "Which vaccinations are recommended for people who work with livestock in the UK?",
    "What are the symptoms of hand-arm vibration syndrome from chainsaws and hedge trimmers?",
    "Should I worry about drinking water from a private spring supply, and how often should it be tested?",
    "How can I reduce hay fever symptoms when I have to work in fields during silage season?",
    "What is the safest way to lift heavy bales to avoid back injury?",
    "How is E. coli O157 caught on open farms, and how can children visiting be protected?",
]

NATIONAL_IDS = {
    "2871105421830": cnp_ok,  # Romanian CNP
    "1890723415268": cnp_ok,
    "1940308102732": cnp_ok,
    "88071413527": pesel_ok,  # Polish PESEL
    "01220935644": pesel_ok,
    "75042368199": pesel_ok,
    "3142685070": rnokpp_ok,  # Ukrainian RNOKPP
    "2871934061": rnokpp_ok,
    "401 738 5923": nhs_ok,  # NHS number
    "463 920 1753": nhs_ok,
    "715 284 0369": nhs_ok,
    "602 415 8394": nhs_ok,
    "2860417C": pps_ok,  # Irish PPS number
    "6173928RA": pps_ok,
    "855312/4184": rodne_cislo_ok,  # Czech rodné číslo
    "790624/5138": rodne_cislo_ok,
    "238174603": nif_ok,  # Portuguese NIF
    "52817364A": dni_ok,  # Spanish DNI
    "X4718293G": dni_ok,  # Spanish NIE
    "2 91 11 24 322 071 79": nir_ok,  # French NIR
    "47382619505": steuer_id_ok,  # German tax id
    "82549173609": steuer_id_ok,
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "PHM7318": nhi_ok,
    "482 139 761": tfn_ok,  # Australian TFN
    "2718 49359 1": medicare_ok,  # Australian Medicare
    "14.872.395-8": rut_ok,  # Chilean RUT
    "612 473 850": luhn_len(9),  # Canadian SIN
    "318492702": bsn_ok,  # Dutch BSN
    "78.04.21-233.27": belgian_id_ok,  # Belgian national number
    "MRTGPP84L12D969B": codice_fiscale_ok,  # Italian codice fiscale
    "15068934777": fodselsnummer_ok,  # Norwegian fødselsnummer
    "760913-4825": luhn_len(10),  # Swedish personnummer
    "120488-563U": hetu_ok,  # Finnish henkilötunnus
    "160387-2389": kennitala_ok,  # Icelandic kennitala
    "5728 3916 0478": aadhaar_ok,  # Indian Aadhaar
    "8302045139088": luhn_len(13),  # South African id
    "28471639550": kimlik_ok,  # Turkish kimlik
    "38709124212": isikukood_ok,  # Estonian isikukood
    "3810 2947 5630": my_number_ok,  # Japanese My Number
    "450302198709163421": china_id_ok,  # Chinese resident id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range with no area
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"08[35679] \d{3} \d{4}",  # Ireland mobile
        r"02[127] \d{3} \d{4}",  # New Zealand mobile
        r"\+40 7\d{2} \d{3} \d{3}",  # Romania mobile
        r"\+36 (20|30|70) \d{3} \d{4}",  # Hungary mobile
        r"0[689]\d-\d{3}-\d{4}",  # Thailand mobile
        r"6\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"\+34 6\d{2} \d{3} \d{3}",
        r"08[789]\d \d{3} \d{3}",  # Bulgaria mobile
        r"\+56 9 \d{4} \d{4}",  # Chile mobile
        r"\+46 7\d \d{3} \d{2} \d{2}",  # Sweden mobile
        r"\+354 [678]\d{2} \d{4}",  # Iceland mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"\+48 [5-8]\d{2} \d{3} \d{3}",  # Poland mobile
        r"\+380 (50|63|66|67|68|73|93|95|96|97|98|99) \d{3} \d{2} \d{2}",  # Ukraine mobile
        r"\+27 [678]\d \d{3} \d{4}",  # South Africa mobile
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"\+47 [49]\d{2} \d{2} \d{3}",  # Norway mobile
        r"\+81 [789]0-\d{4}-\d{4}",  # Japan mobile
        r"\+86 1[3-9]\d \d{4} \d{4}",  # China mobile
    )
]


def plain_types(texts: list[str]) -> list[list[str]]:
    """The span types of each text, in order."""
    return [[s["type"] for s in marked_spans(t)] for t in texts]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every type; each record names
    exactly one person; enough records carry national ids."""
    kinds = plain_types(CHAT)
    named = sum("PERSON" in k for k in kinds)
    secret = sum("PASSWORD" in k for k in kinds)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {kind for k in kinds for kind in k}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        names = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(names) != 1:
            raise SystemExit(f"records: {len(names)} names in {marked[:60]!r}")
    ids = {s["value"] for t in RECORDS for s in marked_spans(t) if s["type"] == "ID_NUMBER"}
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 35 <= with_id <= 45 or not set(NATIONAL_IDS) <= ids:
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
        "blind131", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
