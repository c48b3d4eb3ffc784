# ruff: noqa: E501
"""A hundred-and-forty-ninth blind privacy set: 220 texts with personal data and 100 clean
ones, on marinas, sailing clubs, fishing boats, ferries and harbour life.

Written blind to the detector: the writer read only ``marks.py`` and ``ids.py``, lines 1 to
8 and the "Labels:" paragraph of ``README.md``, and the docstring and non-text code of
``build_blind36.py`` (imports, constants, check functions, ``main``), never the detector,
its rules, docs, tests, the git history or the other sets' texts. Every text is typed by
hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated
combinations):

* 120 chat requests (3 to 100 words) that a berth holder, club member, deckhand, skipper or
  ferry passenger would type to a general assistant behind a company gateway: drafting
  texts, notices, letters and replies, summarising pasted minutes, call logs, voicemails
  and e-mails, translating, fixing wording, splitting fuel, mooring and charter costs,
  asking whether a message or caller is a scam, planning passages and trips. The first 30
  are typed all in lower case (names, e-mails, codes, postcodes and IBANs too, with
  shorthand and typos); the next 6 are in Norwegian, Greek, Portuguese, Croatian, Dutch
  and Japanese; the other 84 in ordinary English. Names of many origins and shapes: first
  names alone, surnames after titles, full names, nicknames, names that are ordinary words
  (Sunny, Summer, Wren, Pip, Kit), many named in passing with no cue word. 1 to 8 values
  each; 21 hold a secret (gate, door, alarm, locker and key-safe codes, PINs, wifi keys,
  passwords); every entity type appears.
* 100 one-person records (4 to 60 words): prose sentences, profile lines, pipe and CSV
  rows, JSON objects, log lines, register entries and short letters in English and 28
  other languages (Norwegian, Swedish, Danish, Finnish, Icelandic, Estonian, Latvian,
  Dutch, French, German, Spanish, Portuguese, Italian, Maltese, Greek, Polish, Czech,
  Romanian, Ukrainian, Turkish, Croatian, Welsh, Irish, Hebrew, Hindi, Japanese, Korean,
  Chinese); each names one person and holds 1 to 4 other values; 42 carry a national id
  with valid check digits.
* 100 clean texts with no personal data: 25 MT-Bench/Vicuna-style prompts (a few name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one.

Labels: usernames, logins, member, pass, pager, permit and certificate numbers, passports,
driving and skipper licences and national ids are ID_NUMBER; PINs, gate, door, alarm and
locker codes, wifi keys and passwords are PASSWORD; titles and relation words (Mr, Mrs,
Ms, Mme, Dr, Captain, Skipper, Grandad, my gran, my mate) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed;
public figures, fictional characters, pets, boats, companies, clubs, order, invoice,
booking and ticket references, amounts and dates of birth are not labelled; every
occurrence of a private value is marked, and every part of a name said again alone.

All values are invented: phones from ranges kept for fiction where the country has one
(UK 07700 900, 0117 496 0, 0131 496 0, 029 2018 0; North America 555-01xx; Australia
0491 570; France 06 39 98; Germany 030 23125) and in each country's own layout elsewhere;
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (see ``NATIONAL_IDS``). E-mail domains are made up
(mostly under ``.example``).

Run ``.venv/bin/python bench/data/build_blind149.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Capt|Captain|Skipper|Cllr|Rev|Sr|Sra|Herr|Frau|Mme|Madame"
    r"|Hr|Fru|Sig|Auntie|Uncle|Nan|Gran|Grandad|Grandma|Nurse|Chair)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u write a quick text to [[PERSON|dario]] saying the marina office has his spare keys for berth c14 and he can grab them before 5. his number is [[PHONE_NUMBER|07700 900412]]",
    'pls fix the wording, it sounds too bossy: "hi [[PERSON|mags]], the pontoon gate code changed to [[PASSWORD|4471#]] from monday, dont share it w the day visitors ok"',
    'summarise this voicemail for me: "hiya its [[PERSON|bernie okafor]] from the yacht club, the crane-out for ur boat is moved to the 14th, ring me back on [[PHONE_NUMBER|0117 496 0583]] or email [[EMAIL_ADDRESS|bernie.okafor@wickhamsc-mail.example]] thanks"',
    "is this a scam?? text says my ferry booking is on hold and to confirm my card at ferry-refundz dot net. thing is i did pay with [[CREDIT_CARD|4539 1762 0483 1754]] last week for the real booking so now im paranoid",
    "me and my mate [[PERSON|kofi]] split the fuel for the rib trip, 212 litres at 1.89 a litre. how much each, and draft a msg asking [[PERSON|kofi]] to pay his half into [[IBAN_CODE|gb91 barc 2037 5184 6293 57]]",
    'translate to polish for our new deckhand: "the wifi in the net loft is called loftnet and the key is [[PASSWORD|mackerel-tide-88]], ask me if it drops"',
    "write a polite note to the skipper [[PERSON|jonno]] asking if my lad [[PERSON|alfie]] can crew on saturdays race. [[PERSON|alfie]] is 15 and has his level 2",
    "notes from fishing co-op meeting, make them tidy: present - [[PERSON|tam mcphee]], [[PERSON|ailsa]], wee [[PERSON|rab]], me. [[PERSON|tam]] says ice machine broke again, [[PERSON|ailsa]] to phone engineer. quota forms due fri. [[PERSON|rab]] wants to sell the old creels",
    "ferry cancelled again ugh. draft a complaint email for me, my name is [[PERSON|priya raman]], booking ref kx7731, they can reply to [[EMAIL_ADDRESS|priya.raman.sails@quaymail.example]]",
    "whats a nice way to say no to [[PERSON|gordy]] borrowing the dinghy again, he left it half full of water last time",
    "split this: mooring fee £1,840 for the year shared between me, [[PERSON|lucia]], [[PERSON|benedikt]] and [[PERSON|ha-eun]] but [[PERSON|ha-eun]] only uses it in summer (6 months). fair shares?",
    "my alarm code for the boat shed is [[PASSWORD|2580]] and i keep forgetting it, can u make a little rhyme so i remember it without writing the numbers plainly",
    "summarise call log: 09:14 mrs [[PERSON|dunleavy]] re lost fender. 09:40 [[PERSON|col]] from fuel dock. 10:02 [[PERSON|shona baird]] [[PHONE_NUMBER|0131 496 0271]] wants visitor berth 3 nights. 10:30 [[PERSON|dunleavy]] again, fender found",
    'translate into spanish pls: "[[PERSON|marisol]], your boat is ready on pontoon b, the locker code is [[PASSWORD|7193]]. the invoice will go to [[STREET_ADDRESS|14 quay lane, porthcarrow, tr18 4dp]]"',
    "help me reply to an email from [[PERSON|fenwick]] at the harbour board, he wants my skippers ticket number [[ID_NUMBER|ycl-448291]] again even tho ive sent it twice",
    "i run the club whatsapp. someone posted new number for [[PERSON|daz]] is [[PHONE_NUMBER|07700 900857]] and now hes getting spam. how do i tell ppl not to post numbers without sounding like a jobsworth",
    "plan a 3 day sail from falmouth to the scillies for me and [[PERSON|ruairi]], 28ft sloop, [[PERSON|ruairi]] gets seasick so short legs pls",
    "my login for the marina booking site is [[ID_NUMBER|kitsune_sail]] and pw [[PASSWORD|tidal!lock44]], it keeps saying invalid, what could be wrong",
    "write a birthday msg for old [[PERSON|eddie pascoe]] who has run the crab stall on the quay for 40 yrs, from all the lads at the harbour. [[PERSON|eddie]] loves a bad pun",
    "pasted minutes, shorten to 5 bullets: sailing club cttee 3 march. chair [[PERSON|vera oduya]], sec [[PERSON|tom blaikie]], apologies [[PERSON|nkechi]]. slipway repair quote 4k, junior week dates, bar licence. [[PERSON|vera]] to chase council, [[PERSON|tom]] to email members",
    "is it a scam if a guy called [[PERSON|nathaniel brookes]] on marketplace wants me to send a deposit for his outboard to [[IBAN_CODE|ie11 bofi 9058 3812 7493 06]] before i can view it?",
    "my gran [[PERSON|nora]] is taking the ferry to the island on her own, write her a simple checklist. her mobile is [[PHONE_NUMBER|087 318 4472]] if the ferry staff need it",
    "fix grammar: me and [[PERSON|sunny]] was out on the boat when the engine cut out and we had to get towed in by the lifeboat lads",
    "what do i say to the insurance, my dinghy was nicked from the club compound. policy is in my name [[PERSON|gwen thomas]], member no [[ID_NUMBER|scm-20931]], dob 12/04/81",
    "remind me how to set up guest wifi on the boat router, current key is [[PASSWORD|b0wline&bitter]] and the admin page is on [[IP_ADDRESS|192.0.2.41]]",
    "draft a txt to [[PERSON|kai]] - engineer says the raw water pump is shot, £380 fitted, do we go halves? reply to me on [[PHONE_NUMBER|07700 900238]] not the boat phone",
    'translate to french: "madame [[PERSON|lefort]], your son [[PERSON|théo]] left his lifejacket in our cockpit, call me on [[PHONE_NUMBER|06 39 98 41 27]] and ill drop it round"',
    "whats high water tmrw at the harbour mouth roughly? also remind me that [[PERSON|fatima]]'s boat is the blue one on d pontoon",
    'pls summarise: email from [[PERSON|hollis]] - "gate code for the boatyard is now [[PASSWORD|c4109]], please dont prop it open, [[PERSON|pete]] found foxes in the chandlery again"',
    "help me write an ad, crew wanted for a crabber out of newlyn, call [[PERSON|jago]] on [[PHONE_NUMBER|07700 900691]] or email [[EMAIL_ADDRESS|jago.trenear@kernowpost.example]]",
    # --- six other languages ---
    "Kan du hjelpe meg å skrive en høflig melding til [[PERSON|Sigrun Hove]]? Hun leier båtplass 31 i småbåthavna og må betale leia inn på kontoen [[IBAN_CODE|NO16 9710 4462 835]] innen fredag.",
    "Μπορείς να γράψεις ένα ευγενικό μήνυμα στον [[PERSON|Σταύρο Παπαδάκη]]; Το καΐκι του είναι δεμένο στη θέση μας στο λιμάνι εδώ και μία εβδομάδα. Το τηλέφωνό του είναι [[PHONE_NUMBER|+30 694 218 3750]].",
    'Resume esta mensagem: "Olá, sou a [[PERSON|Inês Carvalho]], da marina. O cartão de acesso ao pontão é pessoal e o PIN é [[PASSWORD|3862]]. Qualquer dúvida, ligue para [[PHONE_NUMBER|+351 912 384 507]]."',
    'Prevedi na engleski: "Poštovani gospodine [[PERSON|Markoviću]], vaš vez u marini istječe 31. ožujka. Molimo uplatu na račun [[IBAN_CODE|HR15 2340 0091 1827 3645 091]]."',
    'Kun je dit bericht korter maken? "Hoi [[PERSON|Sanne]], de sleutel van de botenloods ligt bij [[PERSON|Joost de Wit]] op [[STREET_ADDRESS|Havenkade 17, 1781 AB Den Helder]]. Het alarm zet je uit met [[PASSWORD|0912]]."',
    "この文を丁寧な日本語に直してください：「[[PERSON|佐藤健太]]さん、来週の釣り船の予約の件です。連絡先は [[PHONE_NUMBER|090-4821-3367]] です。」",
    # --- English ---
    "Can you turn these voicemail notes into a short email to the club? Caller was Captain [[PERSON|Ifeoma Adeyemi]], the new race officer, asking whether the committee boat keys are with [[PERSON|Lars]] or still in the office. Call back on [[PHONE_NUMBER|07700 900173]].",
    "Draft a friendly reminder to Mr [[PERSON|Penhaligon]] that his winter storage at the yard ends on 31 March and the cradle must be cleared by then.",
    "My son's sailing instructor, [[PERSON|Bex Hartigan]], wants the course fee paid by transfer to [[IBAN_CODE|GB75 LOYD 3096 2871 4503 38]]. Is it normal for a club coach to ask for money into a personal account, or should I check with the club first?",
    "Write a short thank-you card to the lifeboat crew who towed us in on Sunday, especially [[PERSON|Dougie]] and [[PERSON|Marguerite]], who stayed with my daughter [[PERSON|Isla]] until the ambulance came.",
    "Split the cost of the charter fairly: £2,350 for the week. [[PERSON|Hamid]] and [[PERSON|Rosa]] are there all seven nights, [[PERSON|Connor]] joins for four, and I'm aboard for five. Show the working.",
    "Can you summarise this email thread for me? [[PERSON|Agnieszka Nowak]] says the crane is booked for 9 April at 07:30, [[PERSON|Duncan]] replied that the mast has to come down first, and [[PERSON|Agnieszka]] wants payment to [[IBAN_CODE|PL89 1090 1014 0000 0719 4826 375]] before the lift.",
    'Is this a scam? I got a text: "Harbour Authority: your mooring licence has lapsed, pay £45 now to avoid removal". It used my full name, [[PERSON|Trevor Quiller]], and it came to my mobile [[PHONE_NUMBER|07700 900346]]. How would they have got those?',
    'Please make this sound less angry: "[[PERSON|Rob]], for the third time, the shore power bollard on F pontoon is not yours to use. Unplug it."',
    "Our ferry crew rota got mixed up. Mon: [[PERSON|Oksana]], [[PERSON|Fergal]]. Tue: [[PERSON|Bill Treloar]], [[PERSON|Oksana]]. Wed: [[PERSON|Fergal]], [[PERSON|Mei]]. Can you make it a table and tell me who is working the most?",
    "I'm abroad for a month and my neighbour [[PERSON|Hettie]] will check the boat. Write her a note: the companionway padlock is [[PASSWORD|0-3-7-1]], the bilge pump switch is under the chart table, and call me on [[PHONE_NUMBER|+44 7700 900529]] if anything looks wrong.",
    'Translate into Italian for the yard in Liguria: "My name is [[PERSON|Simon Achterberg]]. Please send the antifouling invoice to [[EMAIL_ADDRESS|s.achterberg@polderpost.example]] and leave the keys behind the bar."',
    "Draft a complaint to the ferry company: on 12 August my mother, [[PERSON|Pauline Drysdale]], who uses a wheelchair, was left on the car deck for 40 minutes after everyone else went up. Her blue badge number is [[ID_NUMBER|MK81 4YT 0042]] if they need it.",
    "What's a good Instagram caption for a photo of Grandad [[PERSON|Wilf]] mending nets on the harbour wall? He's 91 and still goes out for pollack.",
    "Our marina's booking plugin stopped syncing overnight. The config has key [[API_KEY|mbk_live_4Fq9TzR27wXvLp0sH8dNcYe3]] and points at [[IP_ADDRESS|203.0.113.58]]. [[PERSON|Femi]] from the web agency says it's our end. What should I check first?",
    "Help me write a message to the WhatsApp group: sea shanty night at the Anchor has moved to Thursday, bring a dish, and [[PERSON|Maura]] is collecting money for the band.",
    "I need to reply to [[PERSON|Kwame Asante]], who wants to buy my Laser for £1,100 and asked where to collect it. My address is [[STREET_ADDRESS|Flat 2, 9 Chapel Steps, Porthcarrow, TR19 6SD]]. Should I give it or offer to meet at the slipway instead?",
    "My American brother-in-law [[PERSON|Travis Kettleman]] is buying a share of our boat and the broker's form asks for his SSN. He texted me [[US_SSN|418-62-7391]]. Is it safe to email that to the broker, or is there a better way?",
    "Make me a packing list for a week on a fishing trawler. I'm going out with Skipper [[PERSON|MacAulay]] from the north-west in October.",
    'Write a sign for the clubhouse: guest wifi is "ClubGuest", password [[PASSWORD|Spinnaker2024!]], and if it fails ask [[PERSON|Hilde]] behind the bar.',
    "Summarise these notes from my call with the surveyor: spoke to [[PERSON|Ravi Chaudhry]] 14:20, osmosis readings high on port side, recommends peel, quote to follow to [[EMAIL_ADDRESS|ravi@chaudhry-survey.example]], his mobile [[PHONE_NUMBER|07700 900784]].",
    "Rewrite this as a proper letter: dear [[PERSON|Gemma]], the club is sorry about your car getting scratched in the dinghy park, we will pay for the repair.",
    "My friend [[PERSON|Pip]] says the ferry to the island needs booking weeks ahead in summer. Is that usually true for small island ferries?",
    "Someone charged my card [[CREDIT_CARD|5391 8470 2638 9148]] twice for one night at Glenmorvan marina. Write me a dispute message to the bank; the cardholder is [[PERSON|Elspeth Munro]].",
    "How do I politely decline [[PERSON|Colm]]'s offer to bring the boat back from Cherbourg? He's lovely but he has never done a night passage.",
    'Translate this note from the Norwegian harbourmaster into English: "Hei [[PERSON|Tobias]], gjestehavna stenger kl 22, og koden til dusjene er [[PASSWORD|4826]]."',
    "My ex, [[PERSON|Declan Farrow]], still has a fob for the pontoon gate, and the keypad code is [[PASSWORD|5820]]. Should I ask the marina to change it, and how do I word that without oversharing?",
    "Help me plan a ten-year-old's birthday on a harbour cruise for 12 kids. The birthday girl is [[PERSON|Zainab]] and she is obsessed with seals.",
    "Draft an email to [[PERSON|Björn Lindqvist]] at [[EMAIL_ADDRESS|bjorn.lindqvist@skargardsbatar.example]] asking if the folkboat is still for sale and whether he'd take 9,000 euro.",
    "Ferry broke down halfway and we got home at 2am. Write a claim to the operator for the taxi (£84) and the hotel. Passengers: me ([[PERSON|Hannah Oyelaran]]), my husband [[PERSON|Tunde]] and our son [[PERSON|Ayo]]. Cheque to [[STREET_ADDRESS|27 Seaview Terrace, Ardrossan, KA22 8BN]].",
    "Explain the difference between a bowline and a round turn with two half hitches, simply enough for my nephew [[PERSON|Jack]], who's 8.",
    "Voicemail transcript, pull out the action points please: \"Hi, it's [[PERSON|Ngozi]] from the sail loft. Your new genoa is ready. Balance is £640, card or transfer. I'm here till four, or ring [[PHONE_NUMBER|07700 900505]].\"",
    'Can you check this message before I send it to my crew? "Boat keys are in the key safe by the fuel dock, code [[PASSWORD|1966]]. [[PERSON|Lewis]] has the spare. Please don\'t leave the VHF on."',
    "Write a gentle note to the club secretary, Mrs [[PERSON|Abernethy]], saying my membership card number [[ID_NUMBER|RSC 00418]] was printed wrong and should end in 481.",
    "What time should I leave Poole to carry the tide west through the Needles? Sailing with [[PERSON|Marcus]] and [[PERSON|Eun-ji]], boat draws 1.8 m.",
    "I own a crab boat with my cousin [[PERSON|Padraig]]. Draft a short partnership note saying we split catch income 60/40 and fuel 50/50, to be signed by us both; my name is [[PERSON|Seán Ó Dubhda]].",
    "The coach at my daughter's swim club, Ms [[PERSON|Varga]], texted me from [[PHONE_NUMBER|+36 30 418 2273]] asking for [[PERSON|Lili]]'s medical form. Write a reply saying I'll bring it on Friday.",
    'A man calling himself [[PERSON|Gideon Marsh]] from "Coastal Berth Finance" rang and asked me to confirm my bank details to release a refund. I read out [[IBAN_CODE|GB27 NWBK 6072 8314 5690 21]] before I thought. What do I do now?',
    "Tidy up these race results for the newsletter: 1st [[PERSON|Kit Ashworth]] (Solo), 2nd [[PERSON|Dev Malhotra]] (Laser), 3rd [[PERSON|Heike]] & [[PERSON|Jens]] (Wayfarer). [[PERSON|Kit]] won by 40 seconds on corrected time.",
    "Write a little poem for the retirement of our harbour master, [[PERSON|Morwenna]]. She's been there 32 years and knows every boat by its engine noise.",
    "Our ferry card was lost. The app login is [[ID_NUMBER|c.okonkwo77]] and I've forgotten the password; what's the usual reset route? The account is in the name of [[PERSON|Chidi Okonkwo]].",
    "Work out what each of us gets for the fish we sold on the quay: 38 kg of mackerel at £4.20/kg, split between me, [[PERSON|Tony Bianchi]] and [[PERSON|Wren]], who only came for half the day.",
    'Proofread: "Dear Sir, I am writing on behalf of my father, [[PERSON|Alun Prydderch]], who\'s boat was damaged by the council dredger on 3 May."',
    "Write an out-of-office for me: I'm crossing to the Faroes with [[PERSON|Rasmus]] until 20 June; urgent yard matters go to [[PERSON|Cerys]] on [[PHONE_NUMBER|029 2018 0557]].",
    "The fuel pump at the marina wants card and PIN. I keep getting declined with [[CREDIT_CARD|4716 2830 5917 4622]] and PIN [[PASSWORD|8304]]. Why would a pay-at-pump terminal reject a card that works fine in shops?",
    'Turn this into a polite notice for the boatyard board: "[[PERSON|Stevie]], your trailer has been blocking bay 6 for two months. Move it or we will."',
    "How long would it take to row a 14-foot skiff 3 nautical miles at 2.5 knots? [[PERSON|Cormac]] thinks under an hour.",
    "Draft a text to [[PERSON|Beatriz]]: thanks for the lift to the ferry terminal, I owe you lunch. Also can you send me [[PERSON|Lourdes]]'s email? Mine is [[EMAIL_ADDRESS|nell.harkins@tidewrack.example]] if she asks.",
    "Here is the sailing school sign-up list, sort it by age: [[PERSON|Amara]] 11, [[PERSON|Joe Pinnock]] 9, [[PERSON|Saoirse]] 12, [[PERSON|Felix]] 10, [[PERSON|Yusuf]] 11.",
    "The club's slipway camera is reachable on [[IP_ADDRESS|198.51.100.73]] and the login is [[ID_NUMBER|slipcam_admin]] / [[PASSWORD|Gu11ible#Sea]]. [[PERSON|Ewan]] set it up and then left. How do I lock it down properly?",
    "Write a short obituary for the club newsletter: [[PERSON|Bertie Castle]], founder member, 1938 to 2024, sailed his Dragon until he was 80. [[PERSON|Bertie]] taught half the town to sail.",
    "Can you make a four-day meal plan for the boat for me and [[PERSON|Aroha]], who's vegan? We have no fridge, just a cool box.",
    "Summarise these harbour users' forum minutes. Chair: [[PERSON|Yetunde Moyo]]. Present: [[PERSON|Ingrid Solheim]] (fishermen's association), [[PERSON|Paddy Regan]] (ferry operations). [[PERSON|Moyo]] opened with the dredging timetable; [[PERSON|Paddy]] raised the car queue on the quay; [[PERSON|Ingrid]] asked about ice plant hours.",
    'Fix the spelling: "Tell [[PERSON|Summer]] the bouys need repainting befor the regatta and the startline flags are in the loft."',
    "I found a wallet on the ferry with a driving licence for [[PERSON|Callum Dreghorn]], number [[ID_NUMBER|DREGH802154C99KL]]. What's the right way to hand it in?",
    "My boat partner [[PERSON|Anouk]] and I need a short written agreement on who uses the boat which weekends in July. She has odd weekends, I have even ones.",
    'Write a reply to this enquiry: "Hi, I\'m [[PERSON|Luca Ferraro]], looking for summer work on the harbour ferries. I have Powerboat Level 2, certificate [[ID_NUMBER|PB2-883104]]. Call me on [[PHONE_NUMBER|07700 900115]]."',
    "For the handover doc, rewrite this clearly: shed alarm [[PASSWORD|4-4-9-0]] then enter, forklift key on the hook, office PC login [[ID_NUMBER|yardoffice]] password [[PASSWORD|Keel&Rudder77]]. Ask [[PERSON|Mo]] if stuck.",
    "Explain how man-overboard recovery with a lifesling works. I'm teaching [[PERSON|Rhiannon]] and [[PERSON|Gus]] on Saturday.",
    "Is this legit? My aunt [[PERSON|Philippa]] got a letter saying she'd won a Mediterranean cruise and only needs to send her passport number and a £99 admin fee. She already emailed [[ID_NUMBER|548213907]] to them.",
    "What's fair here? [[PERSON|Dom]] paid the £460 haul-out, I paid £215 for antifouling and [[PERSON|Sacha]] paid nothing but did all the sanding. Suggest a split.",
    "Please draft a letter to the council supporting Mr [[PERSON|Abdullahi]]'s application for a seafood kiosk licence on the harbour front; he has run the whelk stall for 11 years.",
    "Write a text to [[PERSON|Tilly]] telling her sailing is off tomorrow, gusts of 35 knots, we'll try Sunday. Oh and the clubhouse door code is [[PASSWORD|9147]] now.",
    "My dad, [[PERSON|Kenneth Yau]], wants to put his fishing boat in my name. Draft a note to the registry. His address is [[STREET_ADDRESS|3 Harbour Row, Amble, Morpeth NE65 0AB]] and mine is [[STREET_ADDRESS|48 Coble Way, Alnwick NE66 2QX]].",
    'Translate into German for our guests from Berlin: "Welcome aboard! Your skipper tonight is [[PERSON|Ciaran]]; if you need anything overnight, ring [[PHONE_NUMBER|07700 900962]]."',
    'Summarise this email in two lines: "Hi all, I\'ve taken over as membership secretary from [[PERSON|Lorraine Gidley]]. Renewals come to me now at [[EMAIL_ADDRESS|kwabena.membership@riverbend-sc.example]]. Thanks, [[PERSON|Kwabena]]"',
    "Help! I'm locked out of the boat's nav tablet. The PIN should be [[PASSWORD|662014]] but it says wrong. Is there a way in without wiping the charts?",
    "Write a welcome message for the new ferry deckhands: [[PERSON|Olamide]], [[PERSON|Ellis]] and [[PERSON|Krzysztof]] start on Monday. Mention PPE and the muster drill.",
    "My mum, [[PERSON|Rosemary Kettle]], is 79 and wants to go on a whale-watching boat. What should I ask the operator about accessibility?",
    "My teenager [[PERSON|Finn]] used my card [[CREDIT_CARD|5167 2390 8415 3677]] to book a jet-ski hire. How do I set a spending limit with the bank?",
    "Convert these notes to a table: Berth A3 - [[PERSON|Hollingsworth]], 9.2 m, paid; A4 - Dr [[PERSON|Mensah]], 11 m, owes £300; A5 - [[PERSON|Yuki Tanabe]], 7.8 m, paid; A6 - vacant.",
    'Shorten this so it fits on an A5 card: "Wifi for berth holders only. Network MarinaBerths, key [[PASSWORD|Tr1mTheSails!]]. Problems? Text [[PERSON|Gethin]] on [[PHONE_NUMBER|07700 900207]]."',
    "Can you think of a boat name that works in my wife's name, [[PERSON|Rhoda]]? Something punny.",
    "Summarise these ferry complaint notes: passenger [[PERSON|A. Lindgren]] says car scraped on the ramp, photos sent; passenger [[PERSON|Obi]] lost a bag, found in the lounge; crew member [[PERSON|Marty]] rude to foot passengers (two reports).",
    "Help me word a message to [[PERSON|Priscilla]] asking her to stop feeding the gulls from her cockpit; they're wrecking everyone's covers.",
    "Make this logbook entry readable: 0600 dep Brixham w [[PERSON|Sol]] & [[PERSON|Annika]], wind SW4, 0845 pots hauled, 0930 [[PERSON|Annika]] seasick, 1100 back alongside.",
    "Can you write a reference for [[PERSON|Jamal Whitcombe]], who crewed on my fishing boat for two seasons? Reliable, strong, good on the winch. Replies to [[EMAIL_ADDRESS|skipper.orme@kittiwakefish.example]].",
    "What's a good way to teach knots to a Scout group? Their leader, [[PERSON|Akosua]], asked me to run a session at the sailing club.",
    "My American friend [[PERSON|Wade Hollister]] wants to join our delivery crew to the Azores. His travel insurer's form asks for his SSN and he sent [[US_SSN|529-37-0846]]. Does a crew list need it at all?",
    "Write a short welcome for the new harbour café owner, [[PERSON|Dimitra]], for the village Facebook page.",
    "My partner [[PERSON|Quinn]] and I want to live aboard a 32-foot yacht for a winter. Honest pros and cons?",
    "Draft a reply to [[PERSON|Yevgenia]]: yes, we can take her two kids on the sunset cruise, life jackets provided, meet at the pontoon at 7.",
    "Pasted from my notes app, can you tidy it: club locker 42 combo [[PASSWORD|3-19-27]], dinghy trolley lock [[PASSWORD|0808]], race entry login [[ID_NUMBER|hobiehank]] pw [[PASSWORD|Catamaran_Hank9]]. Text [[PERSON|Lyle]] re spare rudder.",
    "Reword this for the club noticeboard: the lost property box has a purse with a bus pass for [[PERSON|Dorothea Pym]] and a house key in it; collect from the bar.",
    "Write a letter to the harbour department from [[PERSON|Olusegun Bamidele]], [[STREET_ADDRESS|12 Netloft Close, Brixham, TQ5 8EE]], objecting to the new parking charges on the quay.",
]

# 100 one-person records in English and 28 other languages; 42 carry a national id.
RECORDS = [
    "Patient brought off the island ferry by the harbour ambulance: [[PERSON|Jowan Tregenza]], NHS number [[ID_NUMBER|943 712 0587]], next of kin reachable on [[PHONE_NUMBER|07700 900316]].",
    "C-07 | [[PERSON|Olwen Price-Jenkins]] | [[PHONE_NUMBER|07700 900318]] | [[EMAIL_ADDRESS|olwen.pj@hafanpost.example]] | annual berth, paid",
    "Båtplassleie 2024: [[PERSON|Ragnhild Solbakken]], fødselsnummer [[ID_NUMBER|140781 51235]], adresse [[STREET_ADDRESS|Strandgata 44, 8006 Bodø]].",
    "Medlem i segelsällskapet sedan 2011: [[PERSON|Linnea Åkesson]], personnummer [[ID_NUMBER|790614-3826]], mobil [[PHONE_NUMBER|+46 70 318 42 97]].",
    "Vierasvenesataman asiakas [[PERSON|Aatu Heikkinen]], henkilötunnus [[ID_NUMBER|240583-3186]], puhelin [[PHONE_NUMBER|+358 40 718 2364]].",
    "Skipverji á línubátnum: [[PERSON|Guðrún Halldórsdóttir]], kennitala [[ID_NUMBER|080774-3039]], netfang [[EMAIL_ADDRESS|gudrun.h@brimnet.example]].",
    "Sadama külaliskaart väljastatud: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48609232719]], kai nr 6.",
    '{"ligplaatshouder": "[[PERSON|Femke van der Linde]]", "bsn": "[[ID_NUMBER|305718460]]", "iban": "[[IBAN_CODE|NL82 RABO 0318 4729 56]]", "steiger": "C"}',
    "Inschrijving zeilschool: [[PERSON|Wout Peeters]], rijksregisternummer [[ID_NUMBER|72.05.14-283.68]], tel. [[PHONE_NUMBER|+32 475 31 84 62]].",
    "Marin-pêcheur inscrit au rôle d'équipage : [[PERSON|Yannick Le Goff]], n° de sécurité sociale [[ID_NUMBER|1 78 06 29 135 042 79]], domicilié [[STREET_ADDRESS|7 rue du Port-Rhu, 29100 Douarnenez]].",
    "Mme [[PERSON|Solène Marec]], NIR [[ID_NUMBER|2 91 03 17 509 118 12]], abonnée annuelle du bac, tél. [[PHONE_NUMBER|06 39 98 52 14]].",
    "Socio del club náutico: [[PERSON|Iker Etxeberria Goñi]], DNI [[ID_NUMBER|53918274H]], correo [[EMAIL_ADDRESS|iker.etxe@itsasmail.example]].",
    "Tripulante del pesquero: [[PERSON|Mamadou Diallo]], NIE [[ID_NUMBER|Y4827153L]], teléfono [[PHONE_NUMBER|+34 612 48 37 19]].",
    "Proprietário da embarcação de pesca: [[PERSON|Joaquim Tavares]], NIF [[ID_NUMBER|238471608]], morada [[STREET_ADDRESS|Rua dos Pescadores 12, 2450-065 Nazaré]].",
    "Ormeggiatore stagionale [[PERSON|Giuseppe Rossetti]], codice fiscale [[ID_NUMBER|RSSGPP68L22G273R]], cell. [[PHONE_NUMBER|+39 347 218 5603]].",
    "Socia della sezione velica: [[PERSON|Marta Coppola]] | CF [[ID_NUMBER|CPPMRT83T51L736T]] | IBAN [[IBAN_CODE|IT72 X030 6909 6061 0000 0173 846]]",
    "Liegeplatzvertrag Sportboothafen: Mieter [[PERSON|Jannik Brodersen]], Steuer-ID [[ID_NUMBER|47 153 809 268]], Anschrift [[STREET_ADDRESS|Fördestraße 9, 24235 Laboe]].",
    "Członkini klubu żeglarskiego: [[PERSON|Katarzyna Wróbel]], PESEL [[ID_NUMBER|74031182648]], e-mail [[EMAIL_ADDRESS|k.wrobel@zatokamail.example]].",
    "Kapitánka lodi: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|805412/3814]], telefon [[PHONE_NUMBER|+420 603 418 275]].",
    "Marinar pe feribot: [[PERSON|Ioana Munteanu]], CNP [[ID_NUMBER|2850819400177]], telefon [[PHONE_NUMBER|+40 722 318 496]].",
    "Матрос рибальського судна [[PERSON|Олександр Ткаченко]], РНОКПП [[ID_NUMBER|3184692759]], тел. [[PHONE_NUMBER|+380 67 418 2957]].",
    "Tekne sahibi: [[PERSON|Mehmet Yıldırım]], T.C. kimlik no [[ID_NUMBER|28394617550]], adres [[STREET_ADDRESS|Balıkçı Barınağı Sok. No: 8, 48400 Bodrum]].",
    "Ναυτικός στο αλιευτικό: [[PERSON|Νίκος Καραγιάννης]], ΑΜΚΑ [[ID_NUMBER|12078549313]], τηλ. [[PHONE_NUMBER|+30 697 341 8820]].",
    "Marinheiro da balsa: [[PERSON|Raimundo Nonato Silva]], CPF [[ID_NUMBER|638.271.904-87]], celular [[PHONE_NUMBER|+55 71 98412-3367]].",
    "Pescadora artesanal inscrita en la caleta: [[PERSON|Camila Henríquez]], RUT [[ID_NUMBER|16.482.937-5]].",
    "Deckhand hire, summer season: [[PERSON|Marie-Ève Thibodeau]], SIN [[ID_NUMBER|463 829 176]], phone [[PHONE_NUMBER|(902) 555-0163]].",
    "Crew onboarding, harbour ferries: [[PERSON|Liam O'Rourke]], TFN [[ID_NUMBER|738 150 628]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Sailing camp medical form. Participant: [[PERSON|Matilda Nguyen]]. Medicare: [[ID_NUMBER|4183 92759 1]]. Parent e-mail: [[EMAIL_ADDRESS|nguyen.family@tathramail.example]].",
    "Wharf swim incident log: [[PERSON|Tama Ngata]], NHI [[ID_NUMBER|ZKW4836]], grazed knee, cleaned and dressed, advised to see GP.",
    "Ferry crew pass issued: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0381576A]], handphone [[PHONE_NUMBER|+65 9183 4726]].",
    "漁船乗組員名簿：[[PERSON|高橋 美咲]]、マイナンバー [[ID_NUMBER|7392 0481 5637]]、電話 [[PHONE_NUMBER|080-3917-4426]]",
    "요트 클럽 회원 [[PERSON|김서연]], 주민등록번호 [[ID_NUMBER|850219-2628176]], 연락처 [[PHONE_NUMBER|010-4827-3391]]",
    "渔船船员登记：[[PERSON|林晓燕]]，身份证号 [[ID_NUMBER|350203198707163425]]，手机 [[PHONE_NUMBER|+86 138 5921 4467]]。",
    "Houseboat licence application: [[PERSON|Anjali Menon]], Aadhaar [[ID_NUMBER|5819 3746 0271]], mobile [[PHONE_NUMBER|+91 94470 18326]].",
    "Skipper's ticket register: [[PERSON|Sipho Dlamini]], ID number [[ID_NUMBER|7609215234080]], commercial endorsement valid to 2027.",
    "חברה במועדון השייט: [[PERSON|נועה לוי]], תעודת זהות [[ID_NUMBER|037295615]], טלפון [[PHONE_NUMBER|+972 52 418 3905]]",
    "Dear colleague, I saw [[PERSON|Morag Ferrie]] (NHS [[ID_NUMBER|401 658 2261]]) today after a fall on the ferry gangway; wrist X-ray clear, please review in a week.",
    "Fishing vessel crew declaration: [[PERSON|Donnacha Ó Sé]], PPS [[ID_NUMBER|8316472A]], address [[STREET_ADDRESS|4 Pier Road, Dingle, Co. Kerry V92 X2T4]].",
    "Membership renewal | [[PERSON|Aoife Brennan]] | PPS [[ID_NUMBER|1053918BA]] | [[EMAIL_ADDRESS|aoife.brennan@loughmail.example]]",
    '{"mannskap": "[[PERSON|Håkon Rørvik]]", "fnr": "[[ID_NUMBER|220964 11778]]", "tlf": "[[PHONE_NUMBER|+47 915 38 204]]"}',
    "Gästhamnsavgift betald för tre nätter: [[PERSON|Oskar Nyberg]], pnr [[ID_NUMBER|911203-5473]].",
    "Bemanningslijst veerpont: [[PERSON|Ruud Hoekstra]], woonachtig [[STREET_ADDRESS|Dijkweg 88, 8881 HB West-Terschelling]], mobiel [[PHONE_NUMBER|06-51384729]].",
    "Antrag Fischereischein: [[PERSON|Frauke Petersen]], Steuer-ID [[ID_NUMBER|23 851 294 013]], Rückfragen unter [[PHONE_NUMBER|030 23125 671]].",
    "Charter guest waiver, signed at the dock: [[PERSON|Brandon Kowalczyk]], SSN [[US_SSN|207-58-4419]], emergency phone [[PHONE_NUMBER|(410) 555-0182]].",
    'Visitor berth log 14/07 22:40: arrived "Kittiwake II", skipper [[PERSON|Harriet Vance]], tel [[PHONE_NUMBER|07700 900650]], two nights, paid cash.',
    "berth_holders.csv line 38: [[PERSON|Osei Mensah-Bonsu]],[[EMAIL_ADDRESS|osei.mb@gullrock.example]],[[PHONE_NUMBER|07700 900593]],D-12,paid",
    '2024-05-03T06:12:44Z gate=pontoon-B user=[[ID_NUMBER|t.ashdown]] src=[[IP_ADDRESS|203.0.113.119]] result=granted holder="[[PERSON|Tamsin Ashdown]]"',
    "Havnefogeden noterede: [[PERSON|Mads Kjærgaard]] har betalt bådpladsleje via [[IBAN_CODE|DK62 3000 4928 1756 34]], mobil [[PHONE_NUMBER|+45 28 41 73 96]].",
    "Aelod newydd o'r clwb hwylio: [[PERSON|Gwenllian Morgan]], [[STREET_ADDRESS|5 Stryd y Cei, Aberaeron SA46 0BA]], ffôn [[PHONE_NUMBER|07700 900481]].",
    "Vlasnik broda na vezu 14: [[PERSON|Ante Radić]], OIB [[ID_NUMBER|69471820352]], mobitel [[PHONE_NUMBER|+385 98 417 2263]].",
    "Sid id-dgħajsa tas-sajd: [[PERSON|Carmelo Vella]], telefon [[PHONE_NUMBER|+356 7941 2683]], IBAN [[IBAN_CODE|MT70 VALL 2201 3000 0000 1837 4926 518]].",
    "Name: Dr [[PERSON|Precious Mhlanga]] | Role: visiting yacht crew | Passport: [[ID_NUMBER|FN4183927]] | Email: [[EMAIL_ADDRESS|precious.mhlanga@capemail.example]]",
    "Dear Mr [[PERSON|Ashby]], your mooring is renewed until next March. Please keep the new gate code, [[PASSWORD|3317]], to yourself. Regards, the Harbour Office",
    '{"member_no": "[[ID_NUMBER|WSC-00731]]", "name": "[[PERSON|Rupert Llewellyn-Hughes]]", "boat": "Pipistrelle", "card": "[[CREDIT_CARD|4027 3918 5620 4734]]"}',
    "Sportbootführerschein bestanden: [[PERSON|Lea-Sophie Brandt]], Führerschein-Nr. [[ID_NUMBER|SBFS 0417732]], E-Mail [[EMAIL_ADDRESS|lea.brandt@wattpost.example]].",
    "Location de mouillage : [[PERSON|Gaëlle Tanguy]], [[STREET_ADDRESS|3 impasse des Goémoniers, 29870 Landéda]], tél. [[PHONE_NUMBER|+33 6 39 98 07 61]].",
    "Alquiler de amarre de verano: [[PERSON|Nerea Castaño]], tarjeta [[CREDIT_CARD|3746 182905 73168]], eslora 9 m.",
    "Pescatore iscritto alla cooperativa: [[PERSON|Salvatore Mancuso]], tel. [[PHONE_NUMBER|+39 333 709 4418]], email [[EMAIL_ADDRESS|salvo.mancuso@tonnaramail.example]].",
    "Crew roster, inshore boat: [[PERSON|Niamh Costello]], pager [[ID_NUMBER|CP-22817]], mobile [[PHONE_NUMBER|+353 87 204 6618]].",
    "[[PERSON|Barnaby Fitch]] keeps a wooden crabber on the east quay and can be reached at [[EMAIL_ADDRESS|barnaby.fitch@saltmarsh-post.example]].",
    "[ferry-checkin] 07:55 lane 4 driver=[[PERSON|Svetlana Orlova]] ticket=FT-883120 phone=[[PHONE_NUMBER|+44 7700 900744]] status=boarded",
    "Ιδιοκτήτρια σκάφους: [[PERSON|Μαρίνα Αλεξίου]], email [[EMAIL_ADDRESS|m.alexiou@aigaionmail.example]], IBAN [[IBAN_CODE|GR52 0110 1250 0000 0018 2746 3910 2]].",
    "Båtklubbens nyckelregister: [[PERSON|Elsa Lundgren]], nyckel 14, larmkod [[PASSWORD|7720]].",
    '"[[PERSON|Hamish Drummond]]","[[STREET_ADDRESS|Harbour Cottage, 2 Shore Street, Anstruther KY10 3AQ]]","[[PHONE_NUMBER|0131 496 0392]]"',
    "The harbour permit for the kayak hire kiosk is held by [[PERSON|Yasmin Delacroix-Amadi]], permit no. [[ID_NUMBER|HPK/2024/0193]], renewable each April.",
    "フェリー予約者：[[PERSON|中村 陽介]] 様、メール [[EMAIL_ADDRESS|y.nakamura@umikaze.example]]、電話 [[PHONE_NUMBER|06-4792-1835]]",
    "Vrijwilliger reddingsbrigade: [[PERSON|Daan Mulder]], [[PHONE_NUMBER|06-48213957]], [[EMAIL_ADDRESS|daan.mulder@kustpost.example]].",
    "Guest wifi abuse report: device on [[IP_ADDRESS|198.51.100.212]] registered to berth holder [[PERSON|Clive Ormerod]], portal login [[ID_NUMBER|clive_o_b17]].",
    "Refund due to [[PERSON|Petra Hanáková]] for the cancelled sailing course, to be paid to [[IBAN_CODE|CZ50 0800 0000 0019 2837 4651]].",
    "Sternik jachtu: [[PERSON|Bartosz Zieliński]], patent [[ID_NUMBER|JST 114782]], tel. [[PHONE_NUMBER|+48 601 318 492]].",
    "Sócia do clube naval: [[PERSON|Leonor Pacheco]], email [[EMAIL_ADDRESS|leonor.pacheco@ondamail.example]], IBAN [[IBAN_CODE|PT27 0035 0651 7284 9301 8273 6]].",
    "Ball nua den chlub bád: [[PERSON|Caoimhe Ní Bhriain]], guthán [[PHONE_NUMBER|+353 86 418 2735]].",
    "Integration owner: [[PERSON|Desmond Achebe]]; tide-feed API key [[API_KEY|tdf_9Kq2mW7xR4pLs8VbN3zHc6Jt]]; rotate every quarter.",
    "To whom it may concern: [[PERSON|Imogen Spurrell]] has kept her dinghy in our compound since 2016 and is a member in good standing (no. [[ID_NUMBER|BSC 2281]]).",
    "Hafenmeisterei, Notiz: [[PERSON|Uwe Carstensen]], Liegeplatz 22, Telefon [[PHONE_NUMBER|030 23125 418]], Schlüssel zurückgegeben.",
    "Capitán de lancha turística: [[PERSON|Rigoberto Canché]], licencia [[ID_NUMBER|CAP-QR-20931]], teléfono [[PHONE_NUMBER|+52 998 214 3876]].",
    "Marina personeli: [[PERSON|Elif Demirci]], e-posta [[EMAIL_ADDRESS|elif.demirci@liman-posta.example]], telefon [[PHONE_NUMBER|+90 532 418 2769]].",
    "Boat slip lease, slip 41: lessee [[PERSON|Darnell Whitaker]], [[STREET_ADDRESS|1187 Bayshore Drive, Apt 3B, Mobile, AL 36605]], phone [[PHONE_NUMBER|(251) 555-0147]].",
    "ferry season pass | [[PERSON|Sunniva Eide]] | [[EMAIL_ADDRESS|sunniva.eide@fjordpost.example]] | [[ID_NUMBER|SP-0048817]]",
    "游艇会会员：[[PERSON|陈志明]]，电话 [[PHONE_NUMBER|+86 139 0274 5518]]，邮箱 [[EMAIL_ADDRESS|zm.chen@haiwanmail.example]]",
    "낚시배 예약자 [[PERSON|이준호]] 님, 연락처 [[PHONE_NUMBER|010-5183-2290]], 내일 새벽 5시 출항",
    "Crew list for the Cherbourg crossing: [[PERSON|Fenella Gough]], British passport [[ID_NUMBER|534918276]], expires 2031.",
    '{"holder": "[[PERSON|Ashok Pillai]]", "locker": 17, "locker_code": "[[PASSWORD|5193]]", "phone": "[[PHONE_NUMBER|07700 900837]]"}',
    "Membre du club de voile : [[PERSON|Étienne Gagnon]], courriel [[EMAIL_ADDRESS|etienne.gagnon@fleuvemail.example]], tél. [[PHONE_NUMBER|(418) 555-0126]].",
    "Mooring licence renewal: [[PERSON|Kirra Watson]], [[STREET_ADDRESS|9 Jetty Road, Tathra NSW 2550]], [[PHONE_NUMBER|+61 491 570 442]].",
    "Skipper noleggio: [[PERSON|Chiara Lombardi]], patente nautica [[ID_NUMBER|GE 004318]], IBAN [[IBAN_CODE|IT47 K020 0803 2840 0010 5738 214]].",
    "Færgekort med automatisk betaling: [[PERSON|Signe Holm]], kort [[CREDIT_CARD|4917 3826 0415 2732]].",
    "2024-08-19 03:12 VHF log: call from yacht Moonraker, skipper [[PERSON|Elliot Brandreth]], callback mobile [[PHONE_NUMBER|07700 900926]], engine failure 2 nm south of the breakwater.",
    "Pasajero frecuente del ferry: [[PERSON|Xisco Ferrer]], correo [[EMAIL_ADDRESS|xisco.ferrer@pitiusamail.example]], móvil [[PHONE_NUMBER|+34 671 20 49 83]].",
    "Club website account. Display name: [[PERSON|Marjorie Tull]]. Username: [[ID_NUMBER|margetull]]. Password: [[PASSWORD|Oyster-Bay-1961]].",
    "नाव मालिक: [[PERSON|रमेश नायर]], मोबाइल [[PHONE_NUMBER|+91 98471 20534]], घाट संख्या 3",
    "Fiskebåtreder [[PERSON|Arnfinn Vik]], telefon [[PHONE_NUMBER|+47 412 38 907]], e-post [[EMAIL_ADDRESS|arnfinn.vik@kystpost.example]].",
    "Crane lift booked for Thursday by [[PERSON|Gabriel Osei]], card [[CREDIT_CARD|5284 1907 3626 1848]] pre-authorised for £180.",
    "Saaristolautan kausikortti: [[PERSON|Veera Laaksonen]], sähköposti [[EMAIL_ADDRESS|veera.laaksonen@saaristoposti.example]].",
    "Berth deposit refund. Payee: [[PERSON|Nathan Ebuka]]. Account: [[IBAN_CODE|GB06 HBUK 4011 8272 0466 13]]. Reason: left the marina in October.",
    "New member: [[PERSON|Consuelo Rivera]], [[STREET_ADDRESS|402 Harbor View Lane, Port Townsend, WA 98368]], [[EMAIL_ADDRESS|consuelo.rivera@pugetmail.example]]",
    "Paadisadama rendileping: [[PERSON|Mart Kask]], telefon [[PHONE_NUMBER|+372 5318 4427]], koht B-9.",
    "Dear [[PERSON|Winifred]], thank you for running the regatta tea tent; your parking pass number for next year is [[ID_NUMBER|RG-PASS-0447]].",
    "Lost property, ferry lounge: child's rucksack returned by post to [[PERSON|Joyce Ambrose]], [[STREET_ADDRESS|17 Ferry Lane, Cowes PO31 7DL]].",
    "Jahtkluba biedrs: [[PERSON|Pēteris Ozols]], tālrunis [[PHONE_NUMBER|+371 2914 8732]], laivas vieta 12.",
]

NATIONAL_IDS = {
    "943 712 0587": nhs_ok,  # NHS number
    "401 658 2261": nhs_ok,
    "8316472A": pps_ok,  # Irish PPS number
    "1053918BA": pps_ok,
    "140781 51235": fodselsnummer_ok,  # Norwegian fødselsnummer
    "220964 11778": fodselsnummer_ok,
    "790614-3826": luhn_len(10),  # Swedish personnummer
    "911203-5473": luhn_len(10),
    "240583-3186": hetu_ok,  # Finnish henkilötunnus
    "080774-3039": kennitala_ok,  # Icelandic kennitala
    "48609232719": isikukood_ok,  # Estonian isikukood
    "305718460": bsn_ok,  # Dutch BSN
    "72.05.14-283.68": belgian_id_ok,  # Belgian national number
    "1 78 06 29 135 042 79": nir_ok,  # French NIR
    "2 91 03 17 509 118 12": nir_ok,
    "53918274H": dni_ok,  # Spanish DNI
    "Y4827153L": dni_ok,  # Spanish NIE
    "238471608": nif_ok,  # Portuguese NIF
    "RSSGPP68L22G273R": codice_fiscale_ok,  # Italian codice fiscale
    "CPPMRT83T51L736T": codice_fiscale_ok,
    "47 153 809 268": steuer_id_ok,  # German tax id
    "23 851 294 013": steuer_id_ok,
    "69471820352": steuer_id_ok,  # Croatian OIB: the same ISO 7064 MOD 11,10 check
    "74031182648": pesel_ok,  # Polish PESEL
    "805412/3814": rodne_cislo_ok,  # Czech rodné číslo
    "2850819400177": cnp_ok,  # Romanian CNP
    "3184692759": rnokpp_ok,  # Ukrainian RNOKPP
    "28394617550": kimlik_ok,  # Turkish kimlik
    "12078549313": luhn_len(11),  # Greek AMKA
    "638.271.904-87": cpf_ok,  # Brazilian CPF
    "16.482.937-5": rut_ok,  # Chilean RUT
    "463 829 176": luhn_len(9),  # Canadian SIN
    "738 150 628": tfn_ok,  # Australian tax file number
    "4183 92759 1": medicare_ok,  # Australian Medicare card
    "ZKW4836": nhi_ok,  # New Zealand NHI
    "T0381576A": nric_ok,  # Singapore NRIC
    "7392 0481 5637": my_number_ok,  # Japanese My Number
    "850219-2628176": rrn_ok,  # Korean resident registration number
    "350203198707163425": china_id_ok,  # Chinese resident identity number
    "5819 3746 0271": aadhaar_ok,  # Indian Aadhaar
    "7609215234080": luhn_len(13),  # South African id
    "037295615": luhn_len(9),  # Israeli teudat zehut
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"(0117|0131) 496 0\d{3}",  # Bristol and Edinburgh drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"08[35-9] \d{3} \d{4}",  # Irish mobile
        r"06-\d{8}",  # Dutch mobile
        r"0[89]0-\d{4}-\d{4}",  # Japanese mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korean mobile
        r"\+(30|32|34|36|39|40|45|46|47|48|52|55|65|86|90|91|351|353|356|358|371|372|380|385|420|972) [\d -]+\d",
    )
]

# 25 MT-Bench/Vicuna-style prompts; a few name historical or fictional people.
CLEAN_MTBENCH = [
    "Write a persuasive email to a town council arguing for a free after-school sailing programme for local teenagers.",
    "Compose a short story that begins with a lighthouse keeper finding a message in a bottle that is addressed to the lighthouse itself.",
    "Imagine you are Captain Ahab. Explain to a new crew member why the white whale matters so much to you, staying in character.",
    "Explain the difference between a ketch and a yawl to someone who has never set foot on a boat.",
    "Write a sequence of three haiku about a fishing harbour at dawn.",
    "Compare roll-on/roll-off ferries with high-speed catamarans for short island routes. Consider cost, reliability, comfort and emissions.",
    "Describe how Ferdinand Magellan's expedition changed European understanding of the size of the Pacific Ocean.",
    "Draft a 200-word blog post with advice on choosing a first sailing dinghy for a family.",
    "Role-play as a harbourmaster explaining the traffic rules of a busy harbour entrance to a nervous visiting yachtsman.",
    "What would happen to a chain of small islands if every ferry stopped running for a week? Discuss the economic and social effects.",
    'Extract the vessel names and departure times from this text and return them as JSON: "The Saltire leaves at 07:10, the Islay Star at 09:45 and the Pride of Colonsay at 13:20."',
    "Write a Python function that converts a speed in knots to kilometres per hour and to metres per second, with a docstring and two tests.",
    "Give me five practical ways to cut fuel consumption on a small inshore fishing boat.",
    "Explain how the Moon and Sun cause tides, as if talking to a ten-year-old at the seaside.",
    "Summarise the plot of Moby-Dick in three sentences without spoiling the ending.",
    "Why is Grace Darling remembered in the history of sea rescue? Answer in one paragraph.",
    "Write a limerick about a seagull stealing chips from a tourist on the quay.",
    "What are the strongest arguments for and against creating a marine protected area next to a working fishing port?",
    "Write a SQL query that lists every boat in a table called berths whose fee is more than 30 days overdue, ordered by the amount owed.",
    "Pretend you are Sherlock Holmes and deduce where a traveller has come from by looking at the sand on their boots in a ferry terminal.",
    'Rewrite this sentence in a formal tone suitable for a customer notice: "The ferry is late again and nobody has told us why."',
    "Describe the design of a Viking longship and why it suited both open sea and shallow rivers.",
    "Propose a relaxed weekend itinerary for a family visiting a historic fishing town, including a boat trip and a rainy-day option.",
    "How can a sailing boat make progress upwind? Explain the physics of lift on a sail and the role of the keel.",
    "Write a short dialogue between an experienced trawler skipper and a new deckhand on their first night at sea.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Nadia rents a kayak for $12 per hour. She paddles for 3.5 hours and pays a $5 launch fee. How much does she spend in total?",
    "A ferry carries 48 cars per crossing and makes 9 crossings a day. If each car pays £32, how much does the ferry collect in one day?",
    "Oliver catches 14 mackerel on Monday, twice as many on Tuesday and 6 fewer than Tuesday on Wednesday. How many fish does he catch over the three days?",
    "A marina has 240 berths. 65% are let for the whole year and a quarter of the rest are taken by visitors. How many berths are empty?",
    "Priya's sailboat averages 6 knots. How many hours will it take her to sail 27 nautical miles?",
    "Tomasz buys 3 coils of rope at $18.50 each and a fender for $24. He pays with a $100 note. How much change does he get?",
    "A fishing boat burns 22 litres of diesel per hour. The trip takes 7 hours out and 5.5 hours back. At £1.40 per litre, what does the fuel cost?",
    "Leila and Sam share the cost of a dinghy in the ratio 3:2. The dinghy costs £1,450. How much does Leila pay?",
    "A harbour café sells 120 crab sandwiches on Saturday and 25% more on Sunday. How many sandwiches does it sell over the weekend?",
    "Each life jacket costs €35. A club needs one for each of its 28 juniors plus 15% spare, rounded up to a whole jacket. What is the total cost?",
    "A ferry leaves every 40 minutes, starting at 06:20. At what time does the eighth ferry of the day leave?",
    "Marco sells lobster at $14 per pound. He sells 37 pounds on Friday and 29 pounds on Saturday. How much money does he take?",
    "A sailing club has 180 members. Two ninths are juniors and one third of the adults race on Sundays. How many adults race?",
    "Ines rows 4 km upstream at 3 km/h and comes back downstream at 5 km/h. How long is she on the water, in minutes?",
    "A boatyard charges £9 per foot per month for winter storage. How much does it cost to store a 26-foot boat for 5 months?",
    "Hugo's net has 3 holes. Each hole takes 20 minutes to mend and he spends another 45 minutes washing the net. How many hours does he work?",
    "A ferry ticket costs £18 for an adult and half that for a child. How much do 2 adults and 3 children pay for a return trip?",
    "Ama paints 4 buoys per hour and takes one 30-minute break. How long does it take her to paint 30 buoys?",
    "A trawler lands 1,200 kg of fish. 15% is too small to sell and the rest sells for £3.20 per kg. How much is the catch worth?",
    "Ravi drives 84 miles to the coast at 42 mph, sails for 3 hours and drives home at 48 mph. How many hours is he away?",
    "Sophie buys 5 sea shanty albums at $9 each and gets 10% off the total. How much does she pay?",
    "A marina charges visitors £3.10 per metre per night. Lena's yacht is 11 metres long and stays 4 nights. What is her bill?",
    "Kenji sells 60 tickets for a harbour cruise at $25 each. Fuel costs $340 and crew wages $420. What is his profit?",
    "A rope 50 m long is cut into pieces 3.5 m long. How many whole pieces can be cut, and how much rope is left over?",
    "Zara swims from the pier to a buoy and back four times. The buoy is 350 m from the pier. How many kilometres does she swim?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which instrument measures wind speed?\nA. Barometer\nB. Anemometer\nC. Hygrometer\nD. Sextant",
    "Spring tides occur when:\nA. the Sun and Moon are at right angles to the Earth\nB. the Sun, Earth and Moon are roughly in line\nC. the Moon is at apogee\nD. the Earth is at aphelion",
    "Facing forward on a vessel, the port side is on the:\nA. right\nB. left\nC. stern\nD. bow",
    "Which body adopted the International Convention for the Safety of Life at Sea (SOLAS) in its current form?\nA. International Labour Organization\nB. World Trade Organization\nC. International Maritime Organization\nD. World Meteorological Organization",
    "The 'tragedy of the commons' is most often illustrated with which example?\nA. Overfishing of a shared fishery\nB. Inflation in a closed economy\nC. Monopoly pricing by a ferry operator\nD. Tariffs on imported boats",
    "The average salinity of seawater is closest to:\nA. 0.35 parts per thousand\nB. 3.5 parts per thousand\nC. 35 parts per thousand\nD. 350 parts per thousand",
    "One international nautical mile is defined as exactly:\nA. 1,609 metres\nB. 1,852 metres\nC. 1,760 yards\nD. 2,000 metres",
    "The principle that a floating body displaces its own weight of fluid is attributed to:\nA. Newton\nB. Pascal\nC. Archimedes\nD. Bernoulli",
    "In the IALA Region A buoyage system, a red can-shaped lateral mark should be kept, when entering harbour, on the vessel's:\nA. port side\nB. starboard side\nC. either side\nD. stern",
    "Which of these fish is anadromous, living at sea but spawning in fresh water?\nA. Atlantic cod\nB. Atlantic salmon\nC. European plaice\nD. Mackerel",
    "A sacrificial anode fitted to a boat's propeller shaft is usually made of:\nA. copper\nB. stainless steel\nC. zinc\nD. lead",
    "The Plimsoll line on a ship's hull indicates:\nA. the waterline at the bow\nB. the maximum safe loading depth\nC. the position of the engine room\nD. the ship's country of registration",
    "Which treaty defines the 200-nautical-mile exclusive economic zone?\nA. The Treaty of Tordesillas\nB. The United Nations Convention on the Law of the Sea\nC. The Antarctic Treaty\nD. The Paris Agreement",
    "The Mayflower sailed from Plymouth to North America in:\nA. 1492\nB. 1588\nC. 1620\nD. 1776",
    "The Coriolis effect deflects moving air and water in the Northern Hemisphere to the:\nA. left\nB. right\nC. equator\nD. poles",
    "Phytoplankton are important to marine food webs mainly because they:\nA. are top predators\nB. carry out photosynthesis\nC. decompose dead matter\nD. produce salt",
    "A ferry company is the only operator on a route. In economic terms the market is a:\nA. perfect competition\nB. monopoly\nC. oligopoly\nD. monopsony",
    "The Strait of Gibraltar connects the Mediterranean Sea with the:\nA. Red Sea\nB. Black Sea\nC. Atlantic Ocean\nD. North Sea",
    "A boat motors due east at 5 knots through water while a current sets due north at 2 knots. Its speed over the ground is closest to:\nA. 3.0 knots\nB. 5.4 knots\nC. 7.0 knots\nD. 10 knots",
    "The 'Ship of Theseus' thought experiment is mainly about:\nA. naval strategy\nB. persistence of identity through change\nC. the ethics of piracy\nD. buoyancy",
    "Which gas makes up most of the air dissolved in surface seawater by volume?\nA. Oxygen\nB. Carbon dioxide\nC. Nitrogen\nD. Argon",
    "A wave with a period of 8 seconds and a wavelength of 100 m travels at about:\nA. 8 m/s\nB. 12.5 m/s\nC. 80 m/s\nD. 800 m/s",
    "Under the collision regulations, a power-driven vessel meeting a sailing vessel in open water should generally:\nA. hold course and speed\nB. keep out of the way of the sailing vessel\nC. sound five short blasts and stop\nD. pass on the sailing vessel's windward side only",
    "The main cause of the Beaufort scale's wave descriptions changing from force 4 to force 8 is an increase in:\nA. water temperature\nB. wind speed\nC. tidal range\nD. salinity",
    "In first aid, the first priority for a casualty pulled unconscious from the water is to check:\nA. for broken bones\nB. airway and breathing\nC. body temperature\nD. blood sugar",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How can I prevent seasickness on a four-hour ferry crossing in rough weather?",
    "What are the early signs of hypothermia after someone falls into cold water?",
    "Is it safe to eat raw oysters during pregnancy?",
    "How should a weever fish sting on the foot be treated at the beach?",
    "What should be in a first aid kit for a small sailing boat doing day trips?",
    "After a jellyfish sting, which symptoms mean I should see a doctor?",
    "Can regular cold-water swimming help with anxiety, and what are the risks?",
    "What are the symptoms of carbon monoxide poisoning in a boat cabin with a gas heater?",
    "How do I look after rope burns on the palms of my hands?",
    "Does ginger actually work for motion sickness, and how much should I take?",
    "How much water should an adult drink on a hot day of dinghy sailing?",
    "How can I tell sunstroke apart from heat exhaustion?",
    "Is it safe to go scuba diving a few days after a heavy cold?",
    "How can I protect my lower back when hauling lobster pots every day?",
    "Can a fish or shellfish allergy appear for the first time in adulthood?",
    "What is cold water shock and how do I survive the first minute in cold water?",
    "What is the safest way to remove a barbed fish hook from a finger?",
    "Are scopolamine seasickness patches safe for people with glaucoma?",
    "Why do I still feel like I'm rocking days after getting off a cruise ship?",
    "How should I treat blisters on my hands from rowing?",
    "Which vaccinations are usually recommended for people who work on commercial fishing boats?",
    "How do I stop small cuts from handling fish getting infected?",
    "Can years of engine room noise damage hearing, and what protection works best?",
    "Is it true that inhaling seawater can cause breathing problems hours after a swim?",
    "What sunscreen factor is sensible for a full day on the water, and how often should it be reapplied?",
]


def check_mix() -> None:
    """Every entity type appears; chats name people and about twenty hold a secret;
    each record names one person and holds 1 to 4 other values."""
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"types missing: {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or not 18 <= secret <= 24:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        longest = max(names, key=len, default="")
        if not names or any(n not in longest for n in names) or not 1 <= len(others) <= 4:
            raise SystemExit(f"record: {marked[:60]!r}")
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 38 <= with_id <= 44:
        raise SystemExit(f"records: {with_id} with a national id")


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
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind149", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
