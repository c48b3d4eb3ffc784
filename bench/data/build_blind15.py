# ruff: noqa: E501
"""A fifteenth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind14.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 110 chat requests mentioning private people, in the voices of a lorry driver, a marine
  biologist, a nanny, a referee, a school bus escort, a sommelier, a call-centre team lead,
  a beekeeper, a locksmith, a midwife, a hospice volunteer, a theatre stage manager, an
  online seller, a choir director, a rugby parent, airline pilots, a ferry deckhand, a piano
  tuner, a crossing guard, a falconer, a tyre fitter, a scaffolder, a wedding DJ, a sign
  language interpreter, a museum guard, a climbing-wall worker, a glassblower, a surveyor, a
  park ranger, a dental hygienist, a night baker, a cheesemaker, a lifeguard, a tram
  driver, a mountain guide, a shearing contractor, a bike courier, a seamstress, an ice-rink
  manager and an ice-cream van owner; mostly first names said once, often with no relation
  word near them, at the start, middle and end of sentences, in lists, quotes, possessives
  and vocatives; lone surnames, nicknames and word-names (Wren, Sage, Ember, Reef, Cricket,
  Mercy, Ace, Birdie, Bliss, Clover, Storm, Haven, Jet, Lark, Sunny, Dusty, Blaze, Nova);
  names from Central Asia, the Horn of Africa, Melanesia and Polynesia, the Andes, the
  Balkans, the Caucasus, Southern Africa, the Gulf, Mongolia, Sápmi and Aotearoa; the first
  40 typed all in lower case with shorthand and typos, the next 12 in Romanian, Greek in
  Latin letters, Serbian, romanised Amharic, Zulu, Malay, Finnish, Hungarian, Catalan,
  Tagalog, Dutch and Czech;
* 40 pasted texts to summarise, fix or answer: rosters, incident reports, a pharmacy label,
  a tenancy inventory, a booking export, chat exports, a delivery manifest, a team sheet,
  e-mails with signatures, CSV, JSON, YAML and SQL rows, a git log, an auth log and forms,
  with names, phones, e-mails, addresses, account, member, customer and patient numbers and
  usernames;
* 30 short texts whose personal datum is a secret or identifier said in passing without
  the obvious keyword (padlock dials, a wardrobe safe, a tablet, voicemail, a wifi key, a
  written-down recovery phrase, a library card, a self-assessment reference, handles, IPs,
  tokens, a health number, an SSN on a form);
* 40 statement-style records of one invented person each (name with address, phone,
  e-mail, national id, card or IBAN) in the formats of 40 countries, in Latin, Cyrillic,
  Georgian, Armenian, Ethiopic, Arabic, Greek, Thai and Devanagari script.

Usernames, handles, logins, customer, member, patient, staff, passport, fuel-card and
loyalty numbers and national ids are labelled ID_NUMBER; PINs, door, gate, padlock and safe codes, wifi keys,
passphrases and recovery words are PASSWORD; titles (Mr, Dr, Captain, Capt., FO, Thai
honorifics) stay outside PERSON spans; a name inflected by the language (Serbian, Czech
cases) is marked as written, and a Zulu noun-class prefix stays outside; an address span
runs from the street line through the postcode and city as typed; dates of birth, booking,
order and prescription numbers, public figures, eponyms and fictional characters are not
labelled; every occurrence of a private value is marked. The 100 clean texts are 30
benchmark-style questions and word problems with fictional first names, 30 everyday
requests, 20 technical requests with placeholders only and 20 chosen to trip a naive
detector. All values are invented: phones from fictional ranges where a country has one
(UK 07700 900, 01632 960, 020 7946, 0113/0117/0161 496; Australia 0491 570; Sweden
070-174 06), cards Luhn-valid and not well-known test numbers, IBANs valid mod 97,
national ids with valid check digits where the format has a public one (Kazakh IIN, South
African ID, Emirates ID, Saudi ID, Kuwaiti civil ID, Ecuadorian cédula, Chilean RUT,
JMBG/EMBG, Bulgarian EGN, Norwegian, Finnish and Swedish personal numbers, NZ IRD, Greek
AFM, Thai ID, Icelandic kennitala, Moldovan IDNP, Uzbek PINFL), IPs from documentation
ranges.

Run ``.venv/bin/python bench/data/build_blind15.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 40
OTHER_LANGUAGES = 12
MIN_CHARS = 15
MAX_WORDS = 260
CARD_DIGITS = frozenset({13, 14, 15, 16, 19})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sr|Sra|Capt|Captain|FO|SCCM|CC|Coach|Nurse|Sister|Aunty|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1")

# 110 chat requests: 40 all in lower case, 12 in other languages, 58 in English.
CHAT = [
    # all lower case, shorthand and typos
    "stuck on the m6 behind a wide load, wont make the 4pm slot at the depot. can u write a quick txt to [[PERSON|nurlan]] asking if he can swap me onto the thurs run instead, keep it short hes driving too",
    "need a polite no for a dive buddy request, the boat only takes 8 and [[PERSON|wayra]] already has the last spot. i dont wanna bump anyone. make it sound less blunt than i would, i tend to be v short in emails",
    "twins mum wants a daily log. today: nap 1-2.30, ate half the pasta, then at the park [[PERSON|ember]] bit [[PERSON|dilnoza]]'s little brother (no mark, hes fine, everyone calmed down). how do i word that without soundin like im blaming anyone",
    "ref report for sat u14s. sent off no 9 for a second yellow, name on the team sheet is [[PERSON|tamati horomona]]. the away coach, [[PERSON|kuoljok]], kept coming out of the technical area. help me write it formally, facts only",
    "a kid keeps unbuckling on the 7.40 route, its [[PERSON|temuulen]] in yr 2. whats a nice way to tell the parents at pick up without them gettin defensive? i only see them for like 30 seconds",
    "private dinner sat, host is [[PERSON|shamma]] and she hates anything oaky. suggest 4 whites under 60 quid a bottle to go w scallops, lamb, a cheese course and lemon tart. short tasting note for each pls",
    "writing up a 1:1. [[PERSON|bekzod]]: aht 7m40s (target 6m), csat up to 4.6, 2 escalations, login on the dialler [[ID_NUMBER|bkurbanov.t2]]. make it encouraging not a telling off, he's only been here 5 wks",
    "collected a swarm from a garden this morning and the lady there, [[PERSON|aroha]], wants to know if theyll come back next yr. what do i tell her? i dont want to promise anything",
    "job report for teh insurers pls: lockout 11pm, customer [[PERSON|gulnara]], key snapped in the euro cylinder, replaced with a 35/45 anti snap, 1.5hrs labour. keep it short and boring",
    "handover in sbar pls: [[PERSON|hiwot]] 39+2, g2p1, contracting 3 in 10, membranes intact, obs normal, [[PERSON|yonas]] on his way from work. im off at 8 and my brain is mush",
    "sitting with [[PERSON|mercy]] tmrw afternoon. her daughter says she used to sing in a church choir in bulawayo and loves old hymns. ideas for gentle things to read or play? shes v tired most days",
    "props table is a mess again, [[PERSON|blaze]] took the rubber dagger home in his backpack. again!! write a firm but funny note for the callboard about props not leaving the building",
    "buyer [[ID_NUMBER|shellyb_vintage88]] says the jacket arrived w a tear. i have photos from before posting. write a reply offering 50% back or a full return, polite but im not a pushover",
    "altos need rebalancing lol, [[PERSON|sunná]] and [[PERSON|biret]] are carrying everyone. how do i get the others to sing out more w/o singling anyone out",
    "carpool for the u12 tour to cardiff, 3 cars: me (4 seats), [[PERSON|tshepo]]'s dad (3 seats), [[PERSON|ngaio]] (5 seats). 11 kids incl mine. make me a table, who sits where doesnt matter",
    "roster swap req: im on the lhr-osl turn on the 14th, want to swap with [[PERSON|ovllá]] who has the 16th. my staff no is [[ID_NUMBER|fo40917]]. write it for crew scheduling, they like it formal",
    "passenger left a bag on the car deck, luggage tag says [[PERSON|kila gima]] [[PHONE_NUMBER|+675 7093 4418]]. how should i word the tannoy msg without reading out a phone number to 300 ppl",
    "reschedule msg pls, cant make [[PERSON|jovnna]]'s on tues, the church steinway ran way over. offer weds 10am or fri after 2",
    "i do the crossing outside st anne's. a little one, [[PERSON|kudzai]], told me her dad doesnt pick her up anymore and she walks home on her own. who do i tell and what do i say",
    "display at the county show on sat, [[PERSON|reef]] is doing the commentary while i fly the harris hawk. write him a 2 min script, funny but accurate, kids will be there",
    "quote for a customer by text: 4 x 205/55 r16, budget brand vs michelin, fitted + balanced. shes called [[PERSON|tsetseg]] and wants it done before friday",
    "toolbox talk monday on working at height. want to mention [[PERSON|arbën]] nearly came off the lift on thurs but not make it a blame thing. 5 mins max",
    "wedding sat, the mc is the brides uncle [[PERSON|zelimkhan]] and he wants to do a 10 min speech in chechen halfway thru the first dance set. how do i plan timings so the dancefloor doesnt die",
    "agency sent me to [[PERSON|naledi]]'s flat at [[STREET_ADDRESS|41 cwrt y parc, caerphilly cf83 3nd]] but she was waiting for me at the hospital, appt missed. write a short complaint to the agency",
    "night log: door 4 alarm tripped 02:14, checked it with [[PERSON|dawit]], nothing there. the cleaner [[PERSON|ayaan]] asked me about overtime again. tidy into a proper log entry",
    "some1 fell off the top of the comp wall n landed badly, [[PERSON|sanjar]], ankle prob sprained, his mate drove him to a&e. whats the minimum i need to write in the accident book",
    "commission q: 6 tumblers for [[PERSON|khulan]] with a little horse engraved on each. how much should i charge, takes me about 2 days incl annealing and im in the uk",
    "tidy this for a boundary report: neighbour [[PERSON|ketevan]] says fence moved 30cm. 'measured frm oak at ne corner, existing post 28cm w of title plan line, no evidence of recent disturbance'",
    "little boy went missing near the lake for 20 mins today, his mum kept yelling [[PERSON|cricket]] so i think thats what he goes by. found him at the boathouse. write the incident log",
    "[[PERSON|ainura]] has cancelled last minute 3 times now. draft a txt reminding her of the 24h policy, gently, shes v anxious about the dentist",
    "xmas week rota: me, [[PERSON|sipho]], [[PERSON|drita]] and the new lad. 3am starts. make a grid so nobody does more than 4 nights in a row and i get the 25th off",
    "a deli wants to stock our tomme, the buyer is [[PERSON|levan]] ([[EMAIL_ADDRESS|levan.buys@kvevrideli.ge]]). write an intro email with a price list, 3 sizes, wholesale",
    "pool incident 4.15pm: [[PERSON|nomin]], about 9, went under in the deep end, i pulled her out, coughing but ok. mum was in the cafe. need the log entry + what to say to the mum",
    "want to nominate [[PERSON|wiremu]] for the staff award, talked down a drunk passenger last wk and kept evry1 calm til the police came. 150 words max",
    "trip report for the blog: me, [[PERSON|amaru]], [[PERSON|sisa]] and a couple from lyon. [[PERSON|sisa]] got altitude sick at 4200m so we turned round. make it upbeat, not a disaster story",
    "shed payslip query. [[PERSON|tama]] says he was short 40 sheep last week, tally book says 212 not 252. help me reply without calling him a liar",
    "delivery note says leave with [[PERSON|nova]] at no 9. she txted me the buzzer as [[PASSWORD|2291]] but i dont wanna let myself into a building, whats normal here",
    "alterations ticket pls: [[PERSON|birdie]], hem up 4cm, waist in 2cm, collect fri, paid £20 deposit, balance £35. nice format i can print",
    "[[PERSON|aizhan]] passed level 4!! she can move to the thurs 5pm group. coach is on leave so write the email from me, short and proud",
    "gave a lad [[PERSON|mpho]] a free cone coz he dropped his, his mum left us a 5 star review. write a reply to the review, cheesy is fine",
    # other languages
    "Te rog scrie-i un mesaj scurt lui [[PERSON|Dragoș]] că nu pot ajunge joi la repetiția corului și că las partiturile la portar, în plicul cu numele lui.",
    "Mporeis na mou grapseis ena syntomo email? Tha leipo apo to farmakeio tin Triti kai tin paradosi tha tin kanei i [[PERSON|Kalliopi]]. An xreiastoun kati, to kinito mou einai [[PHONE_NUMBER|694 512 0387]].",
    "Napiši mi poruku za [[PERSON|Nemanju]]: neka vrati ključeve od kombija do petka, a ako me ne nađe, neka ih ostavi kod [[PERSON|Vesne]] na recepciji.",
    "Selam! Ebakih le [[PERSON|Tigist]] ye lidet ken melikt tsafilign, be Amarigna, achir yihun. Isswa ahun Dubai nat, betam tenafkalech.",
    "Sawubona! Ngicela ungisize ngibhale umlayezo omfushane oya ku[[PERSON|Sibusiso]]: ngiyaxolisa ukuthi angifikanga emhlanganweni wekwaya izolo.",
    "Tolong tulis mesej WhatsApp kepada [[PERSON|Hafizah]] untuk ingatkan dia bayar yuran tadika bulan ini, RM180, sebelum hari Jumaat. Jangan terlalu formal ya.",
    "Voisitko kirjoittaa lyhyen kiitosviestin? [[PERSON|Áile]] hoiti porotilan kirjanpidon koko kesän, kun olin sairaana, ja haluan kiittää häntä kunnolla.",
    "Segíts megfogalmazni egy e-mailt a kórus tagjainak: a szombati fellépés elmarad, az új időpont október 12. A kottákat [[PERSON|Zsófi]] osztja ki a próbán.",
    "Em pots ajudar a escriure un missatge per a la [[PERSON|Roser]]? Li vull dir que dijous no podré recollir els nens a l'escola i que hi anirà en [[PERSON|Quim]].",
    "Pakigawa naman ng maikling mensahe para kay [[PERSON|Dalisay]], sabihin mong male-late ako ng isang oras bukas kasi delayed ang flight namin galing Cebu. Salamat!",
    "Kun je een kort appje schrijven aan [[PERSON|Sanne]]? De sleutel van de bijenstal ligt onder de derde kast en het hek gaat open met [[PASSWORD|7713]].",
    "Můžeš mi pomoct napsat omluvu pro [[PERSON|Jarmilu]]? Zapomněl jsem jí vrátit krabice od stěhování a ona je teď nutně potřebuje.",
    # English
    "Can you turn this into a friendly reminder for the choir WhatsApp? Rehearsal moves to the crypt on Thursday because the nave is being rewired. Sopranos, bring your Rutter copies. Spare folders are with [[PERSON|Gulshan]].",
    "[[PERSON|Wren]] flagged the problem with the reserve list before anyone else did, so I want to thank her properly at the team meeting. Give me three sentences that don't sound like a greeting card.",
    "My transport manager wants a written statement about the near miss at the Felixstowe gate this morning. The other driver, [[PERSON|Ismoil]], reversed his Scania without a banksman and nearly clipped my trailer. Keep it neutral, I still have to work with him.",
    "Our tagging permit renewal needs a list of named personnel. So far: me, Dr [[PERSON|Tavita Fonoti]] as principal investigator, [[PERSON|Ruatu Kaumi]], and a volunteer diver, [[PERSON|Sage]]. Format it as a table with role and dive certification.",
    "The parents asked me to keep a feelings diary for their youngest. Today he said [[PERSON|Bakyt]] won't share the dinosaurs at nursery and he cried at lunch. How do I write this up so it's useful to them and not gossipy?",
    "After Saturday's match a spectator followed me to the car park and filmed me on his phone. The club told me his first name is [[PERSON|Elnur]]. What should go in my misconduct report to the county FA?",
    "Two siblings get on at the last stop, [[PERSON|Nasteho]] and [[PERSON|Liban]], and their grandmother doesn't read English. Can you help me design a simple picture card explaining the new seatbelt rule?",
    "Write a short handwritten-style note to go with a bottle. We're gifting a 2015 Barolo to a regular, [[PERSON|Obaid]], who just got engaged. Warm, not cheesy, under 40 words.",
    "I need to escalate a complaint about abusive language. The caller gave his name as [[PERSON|Moana Whaanga]] and the account number [[ID_NUMBER|40228915-3]]. The agent who took it was [[PERSON|Ace]]. Draft the escalation email to compliance.",
    "Our beekeeping association newsletter needs a paragraph welcoming new members. This season: [[PERSON|Otgonbayar]], the [[PERSON|Hætta]] family from Kautokeino, and [[PERSON|Clover]], who's twelve and already has her own hive. Make it cheerful.",
    "A woman rang saying she's locked out of her late father's flat and needs me to open it. Says her name's [[PERSON|Zarema]] and she'll show me the death certificate. Is that enough for me legally, or what should I ask for?",
    "Help me write a card for a family I looked after: baby girl, born at home in the pool, 3.4 kg. Parents are [[PERSON|Kagiso]] and [[PERSON|Refilwe]]. I want to say it was a privilege without being soppy.",
    "[[PERSON|Bongani]] asked me yesterday to help him write to his brother before he dies. They haven't spoken in twenty years. Can you give me a gentle structure I can go through with him at his bedside?",
    "Rewrite this for the company email so it's firm but not rude: 'Reminder, fight call at 18:45 sharp. Anyone late goes to the back of the queue. [[PERSON|Ngata]] and [[PERSON|Choque]], I'm looking at you.'",
    "I sell vintage records on Discogs and a buyer, [[PERSON|Munkhbat]], wants to pay outside the platform by bank transfer to save fees. Is this a known scam pattern? How should I reply?",
    "For the concert programme, list our soloists alphabetically: [[PERSON|Anahit]] (soprano), [[PERSON|Gor]] (baritone), [[PERSON|Filmon]] (tenor), [[PERSON|Birdie]] (alto). Add a line about where each is from: Yerevan, Gyumri, Asmara, Dunedin.",
    "The coach keeps playing [[PERSON|Tevita]] at tighthead and he's only thirteen, half the size of the props he's facing. I want to raise it without becoming That Parent. Help me word a message to the coach.",
    "Write a short tribute for a retirement card: Captain [[PERSON|Tsiklauri]], 31 years with the airline, 18,000 hours, never once late for a briefing. Something the whole crew room can sign.",
    "[[PERSON|Mirela]] says her tacho infringement was a card fault, not her driving. Her driver card number is [[ID_NUMBER|DB76401287305]]. What evidence does she need for the appeal and who does she send it to?",
    "Volunteer diver [[PERSON|Kahu]] keeps logging dolphin sightings without GPS coordinates and it's wrecking the dataset. How do I explain why it matters without making him feel stupid? He's seventy and very keen.",
    "Does this sound okay to send? 'Hi [[PERSON|Mouza]], thanks for covering the tasting on Saturday, the Sauternes flight went down a treat. I owe you a long lunch.'",
    "Draft a shout-out for the call-centre floor screen: [[PERSON|Selamawit]] hit 100 calls this week with zero complaints, and [[PERSON|Rustam]] finally beat his own handle-time record. Two lines, upbeat.",
    "Job tomorrow at [[STREET_ADDRESS|27 Kestrel Rise, Bicester OX26 4LT]], replacing every lock after a break-up. The client, [[PERSON|Oyunchimeg]], wants me to hand the old keys to her ex. Is that my job or hers?",
    "Can you explain gestational diabetes in very short sentences? It's for [[PERSON|Faadumo]], a first-time mum, and her sister will translate it into Somali for her.",
    "Write a music scholarship reference for [[PERSON|Kaloyan Petkov]], 17, bass. He sight-reads well, leads the sectionals, and I've taught him for three years. One page, formal.",
    "Team photo caption, left to right. Back row: [[PERSON|Tui]], [[PERSON|Reuben]], [[PERSON|Ayanda]], [[PERSON|Kai]]. Front row: [[PERSON|Ardit]], [[PERSON|Haven]], [[PERSON|Leota]], [[PERSON|Jaxon]]. Format it nicely for the club newsletter.",
    "I'm filing a report about a laser strike on approach into Birmingham. My first officer that night, [[PERSON|Hemi]], had eye strain for two days afterwards. What details does the CAA usually want?",
    "[[PERSON|Sunny]] fell asleep in the car and I couldn't wake him in time for his swimming lesson. His mum will ask why we missed it. Help me write a short, honest message.",
    "Who do I send my match report to? The home side's secretary is [[PERSON|Lindiwe Mthembu]] ([[EMAIL_ADDRESS|lindiwe.m@thornhillrfc.co.za]]) and the assessor was somebody called [[PERSON|Kemi]].",
    "The driver and I disagree about whether Year 6 kids can sit on the back seat. [[PERSON|Rangi]] says it's fine if they're belted. Is there a rule for this on council-contracted school buses in England?",
    "Writing to my neighbour about the hives. She's worried because [[PERSON|Qori]] is allergic to stings. I want to reassure her and offer to move the hives further from the fence.",
    "A customer left a one-star Etsy review saying my ring turned her finger green. Her username is [[ID_NUMBER|silverfox_tamar]] and she's also messaged me as [[PERSON|Tamar K]]. How do I reply publicly?",
    "Is it okay to give [[PERSON|Jyldyz]] my personal number so she can call me when her mum gets near the end? The hospice coordinator is vague about it.",
    "Write a get-well card from the whole cast for our Puck, [[PERSON|Inti]], who broke his wrist in the tech rehearsal. Keep the Shakespeare jokes to one.",
    "Menu card for a private dinner. At the top: 'A dinner for [[PERSON|Dinara]], on her fortieth'. Five courses with matched wines, Georgian focus, include one qvevri amber wine.",
    "Make my reply less defensive: '[[PERSON|Erdenebat]], as I told you three times, the refund goes back to the card you paid with, not to a different one.'",
    "Message for the letting agent, [[PERSON|Giorgi Beridze]], on [[PHONE_NUMBER|0117 496 0723]]: the boiler's out again and we need someone before Friday because the baby's only six weeks old.",
    "Could you help me plan a surprise for [[PERSON|Nikau]]? He's been our stage door keeper for twelve years and retires in May. Budget around £300.",
    "Suggest twelve topics for a beginners' bee course and split them so [[PERSON|Lark]] and I present six each, with the hands-on hive inspection last.",
    "I coach juniors at the climbing wall and [[PERSON|Jet]], aged nine, has started refusing to tie in with anyone but me. Any strategies?",
    "Please translate this note for the family upstairs into Russian: 'Dear [[PERSON|Aibek]] and [[PERSON|Cholpon]], we're having the floors sanded on Tuesday, sorry in advance for the noise.'",
    "[[PERSON|Besnik]] parks across my dropped kerb every Sunday. I've asked nicely twice. What are my options before I involve the council?",
    "Tidy this crew hotel list for Nairobi: Capt. [[PERSON|Whaanga]], FO [[PERSON|Partapuoli]], SCCM [[PERSON|Nomvula]], CC [[PERSON|Hessa]], CC [[PERSON|Ánte]]. Single rooms, two nights.",
    "When [[PERSON|Sizwe]] starts on Monday I'd like him to shadow the dispatch desk first. Write a day-one plan for a new call-centre agent.",
    "What do I say to [[PERSON|Akanisi]] when she asks about the team leader job again? I don't want to promise anything I can't deliver.",
    "Found a wallet at the taxi rank with an ID card for [[PERSON|Farai Chikowore]] and about forty dollars in it. What's the right way to hand it in here in Harare?",
    "Honey labels: 'Raw wildflower honey from the hives of [[PERSON|Kairat]] & [[PERSON|Lusine]], Low Moor Farm'. Does UK labelling law need a full address on the jar too?",
    "Give me a checklist for a day-5 postnatal home visit. First on tomorrow's list is [[PERSON|Anujin]] at nine, then twins on the other side of town.",
    "WhatsApp to the assistant referees, please: kick-off moved to 2pm, meet at the clubhouse at 1.15. [[PERSON|Storm]], you're on the near side, and [[PERSON|Dusty]] runs the far line.",
    "Turn this job sheet line into an invoice: '[[PERSON|Niillas Gaup]], [[PHONE_NUMBER|0491 570 156]], spare keys cut x3, mortice deadlock serviced'. Labour was 45 minutes.",
    "Draft a text to [[PERSON|Aslan]]: rehearsal venue changed, use the back door on the side street, and bring the long coat for act two.",
    "I'm the new choir director and the last one, [[PERSON|Paora]], left me no records at all. Help me build a template for attendance and voice parts.",
    "What's a kind way to tell [[PERSON|Rudo]] she's sung flat in every performance this term?",
    "We're naming the new community ambulance after a midwife who died last year, [[PERSON|Sagal Warsame]]. Write a short dedication for the plaque, no more than thirty words.",
    "For the rugby club raffle I need to thank the sponsors and the volunteer who ran it all, [[PERSON|Bliss]]. Write a short Facebook post with a bit of warmth.",
    "Summarise my stranding notes for the regional network: 'Found 06:10 by a walker ([[PERSON|Mekdes]]), juvenile pilot whale, alive, 3.2 m, superficial cuts on the flank, refloated 09:40 on the rising tide.'",
    "My packer, [[PERSON|Ivana]], sent the wrong size twice this week. How do I have that conversation with someone who's otherwise brilliant?",
    "Out-of-office for a choir tour: while I'm away please contact [[PERSON|Narek]] at [[EMAIL_ADDRESS|narek.sings@posteo.net]] or on [[PHONE_NUMBER|+374 91 204 578]]. Back on the 22nd.",
]

# 40 pasted texts: rosters, reports, labels, exports, chats, e-mails, rows and logs.
PASTED = [
    (
        "Can you sort this volunteer rota by day and flag anyone doing more than two shifts?\n\n"
        "name,day,shift,mobile\n"
        "[[PERSON|Aigul Sarsenova]],Mon,AM,[[PHONE_NUMBER|07700 900214]]\n"
        "[[PERSON|Thabo Mokoena]],Mon,PM,[[PHONE_NUMBER|07700 900587]]\n"
        "[[PERSON|Mere Tipene]],Tue,AM,[[PHONE_NUMBER|07700 900932]]\n"
        "[[PERSON|Aigul Sarsenova]],Wed,AM,[[PHONE_NUMBER|07700 900214]]\n"
        "[[PERSON|Jelena Marković]],Wed,PM,[[PHONE_NUMBER|07700 900650]]\n"
        "[[PERSON|Aigul Sarsenova]],Fri,PM,[[PHONE_NUMBER|07700 900214]]\n"
        "[[PERSON|Thabo Mokoena]],Sat,AM,[[PHONE_NUMBER|07700 900587]]"
    ),
    (
        "Please correct the spelling and grammar in this incident report before I submit it:\n\n"
        "Location: main pool, Riverside Leisure Centre\n"
        "Injured person: [[PERSON|Yerlan Abenov]], age 34, [[STREET_ADDRESS|9 Mill Race Court, Leominster HR6 8QT]], tel [[PHONE_NUMBER|01632 960481]]\n"
        "Witness: [[PERSON|Losana Vakacegu]], lifeguard on poolside\n"
        "Description: Mr [[PERSON|Abenov]] slipd on the wet tiles by the flume stairs and hit his elbow. "
        "First aid given by [[PERSON|Losana]], ice pack aplied, he declined an ambulence and was collected by his wife."
    ),
    (
        "What does this label mean in plain English? My mum can't read the small print.\n\n"
        "KESTREL PHARMACY   Rx 0048213\n"
        "Mrs [[PERSON|Drita Hoxha]]\n"
        "[[STREET_ADDRESS|12 Alder Walk, Luton LU2 7GH]]\n"
        "AMLODIPINE 5MG TABLETS  x28\n"
        "Take ONE tablet ONCE a day. May cause swelling of the ankles.\n"
        "Patient no: [[ID_NUMBER|KP-771093]]\n"
        "Keep out of the reach and sight of children."
    ),
    (
        "Summarise the condition problems in this check-in inventory so I can e-mail the landlord:\n\n"
        "Property: [[STREET_ADDRESS|Flat 3, 58 Cavendish Road, Salford M7 4WE]]\n"
        "Tenants: [[PERSON|Zhanar Omarova]], [[PERSON|Tendai Moyo]]\n"
        "Landlord: [[PERSON|Patrick Kearney]], [[EMAIL_ADDRESS|pkearney.lettings@fastmail.co.uk]]\n"
        "Lounge: carpet stain by window (approx 20cm), curtain rail loose.\n"
        "Kitchen: oven door seal split, two cupboard hinges missing.\n"
        "Bathroom: mould on silicone around bath, extractor fan not working.\n"
        "Bedroom 1: wardrobe door scratched; smoke alarm present and tested."
    ),
    (
        "Turn these bookings into a welcome-pack checklist for each room:\n\n"
        "booking_id;guest;email;phone;room;nights\n"
        "BK-20931;[[PERSON|Sevara Yusupova]];[[EMAIL_ADDRESS|sevara.yu@inbox.uz]];[[PHONE_NUMBER|+998 90 318 4476]];Heather;3\n"
        "BK-20932;[[PERSON|Nkosana Dube]];[[EMAIL_ADDRESS|nkosanad@webmail.co.za]];[[PHONE_NUMBER|+27 82 604 1937]];Bracken;2\n"
        "BK-20935;[[PERSON|Māui Tawhiri]];[[EMAIL_ADDRESS|maui.tawhiri@xtra.co.nz]];[[PHONE_NUMBER|+64 27 481 5520]];Gorse;5"
    ),
    (
        "Who agreed to bring what? Summarise this chat for me:\n\n"
        "[12/05, 19:02] [[PERSON|Nyasha]]: I'll do the samosas\n"
        "[12/05, 19:04] [[PERSON|Elira]]: drinks from me, and I can pick up the urn from [[PERSON|Blerina]]'s\n"
        "[12/05, 19:05] [[PHONE_NUMBER|+44 7700 900771]]: sorry who is this group for again?\n"
        "[12/05, 19:07] [[PERSON|Nyasha]]: the leaving do for [[PERSON|Marjan]], Friday at 6\n"
        "[12/05, 19:09] [[PERSON|Elira]]: count me in for napkins too"
    ),
    (
        "Can you put these drops in a sensible order starting from the depot in Wakefield?\n\n"
        "DROP | CONSIGNEE | ADDRESS | CONTACT\n"
        "1 | [[PERSON|Aziz Karimov]] | [[STREET_ADDRESS|14 Thornhill Road, Dewsbury WF12 9PL]] | [[PHONE_NUMBER|0113 496 0215]]\n"
        "2 | [[PERSON|Palesa Nkosi]] | [[STREET_ADDRESS|3 Lupset Crescent, Wakefield WF2 8RA]] | [[PHONE_NUMBER|0113 496 0677]]\n"
        "3 | [[PERSON|Khalfan Al Suwaidi]] | [[STREET_ADDRESS|88 Park Lane, Castleford WF10 4JG]] | [[PHONE_NUMBER|07700 900346]]\n"
        "4 | [[PERSON|Boldbaatar Ganzorig]] | [[STREET_ADDRESS|21 Heath Common, Wakefield WF1 5SL]] | [[PHONE_NUMBER|07700 900863]]"
    ),
    (
        "Format this team sheet for the match programme and drop the contact column:\n\n"
        "No  Name                 Pos        Emergency contact\n"
        "1   [[PERSON|Jone Naivalu]]         loosehead  [[PHONE_NUMBER|07700 900125]]\n"
        "2   [[PERSON|Baadur Lomidze]]       hooker     [[PHONE_NUMBER|07700 900276]]\n"
        "3   [[PERSON|Wari Kaupa]]           tighthead  [[PHONE_NUMBER|07700 900394]]\n"
        "9   [[PERSON|Yupanqui Huamán]]      scrum-half [[PHONE_NUMBER|07700 900458]]\n"
        "10  [[PERSON|Eroni Raikadroka]]     fly-half   [[PHONE_NUMBER|07700 900512]]"
    ),
    (
        "Reply to this for me, saying yes to Tuesdays and that charities get 30% off:\n\n"
        "Hi,\nWe'd like to book the community hall for our Somali women's sewing circle, Tuesdays 10 to 12 from next month, about 15 people. Is there a rate for charities?\n\n"
        "Many thanks,\n[[PERSON|Hodan Abdi]]\nCoordinator, Hooyo Stitch Circle\n"
        "[[PHONE_NUMBER|0161 496 0558]] | [[EMAIL_ADDRESS|hodan.stitch@gmail.com]]"
    ),
    (
        "Validate these JSON records and tell me which one is missing a field:\n\n[\n"
        '  {"customer_id": "[[ID_NUMBER|C-550213]]", "name": "[[PERSON|Tsegaye Bekele]]", "email": "[[EMAIL_ADDRESS|tsegaye.b@ethionet.et]]", "city": "Adama"},\n'
        '  {"customer_id": "[[ID_NUMBER|C-550214]]", "name": "[[PERSON|Anara Dzhumabaeva]]", "city": "Osh"},\n'
        '  {"customer_id": "[[ID_NUMBER|C-550219]]", "name": "[[PERSON|Paulo Sopoaga]]", "email": "[[EMAIL_ADDRESS|paulo.sopoaga@samoa.ws]]", "city": "Apia"}\n]'
    ),
    (
        "Convert this YAML into a CSV with columns name, role, phone:\n\n"
        "staff:\n"
        '  - name: [[PERSON|Altantsetseg Dorj]]\n    role: senior guide\n    phone: "[[PHONE_NUMBER|+976 9911 4273]]"\n'
        '  - name: [[PERSON|Bat-Ochir Sükh]]\n    role: driver\n    phone: "[[PHONE_NUMBER|+976 8802 6159]]"\n'
        '  - name: [[PERSON|Ulziisaikhan]]\n    role: cook\n    phone: "[[PHONE_NUMBER|+976 9516 3380]]"'
    ),
    (
        "Summarise the decisions in this Slack thread in two bullets:\n\n"
        "[[ID_NUMBER|kapanadze.n]]  10:14  can we move the release to Thursday?\n"
        "[[ID_NUMBER|mpho.dlamini]]  10:15  only if QA signs off. @[[ID_NUMBER|zodwa.qa]] can you?\n"
        "[[ID_NUMBER|zodwa.qa]]  10:21  yes, if I get the build by noon Wednesday\n"
        "[[ID_NUMBER|kapanadze.n]]  10:22  deal, I'll tell support"
    ),
    (
        "Dedupe this choir mailing list and tell me who is on it twice under different addresses:\n\n"
        "[[PERSON|Khadija Al Balushi]] <[[EMAIL_ADDRESS|khadija.balushi@omantel.net.om]]>\n"
        "[[PERSON|Ilie Rusu]] <[[EMAIL_ADDRESS|ilie.rusu@mail.md]]>\n"
        "[[PERSON|Khadija Al Balushi]] <[[EMAIL_ADDRESS|kbalushi.alto@gmail.com]]>\n"
        "[[PERSON|Nigora Rashidova]] <[[EMAIL_ADDRESS|nigora.r@umail.uz]]>"
    ),
    (
        "Which of these fuel card transactions look wrong for a lorry that does 8 mpg?\n\n"
        "Driver: [[PERSON|Grigor Avetisyan]]   Fuel card: [[ID_NUMBER|7077 3105 2218 4406]]\n"
        "02/04 06:12  Carlisle     412.0 L diesel\n"
        "02/04 19:48  Penrith      38.5 L diesel\n"
        "03/04 05:55  Gretna       401.7 L diesel\n"
        "03/04 06:20  Gretna       22.0 L petrol"
    ),
    (
        "Sort this charter manifest by seat number:\n\n"
        "SEAT  NAME                    PASSPORT\n"
        "3A    [[PERSON|Ashkhen Harutyunyan]]     [[ID_NUMBER|AU0419273]]\n"
        "1C    [[PERSON|Pita Vaipulu]]            [[ID_NUMBER|T5807144]]\n"
        "2B    [[PERSON|Zhibek Omurzakova]]       [[ID_NUMBER|AC3381902]]\n"
        "1A    [[PERSON|Siyabonga Mkhize]]        [[ID_NUMBER|A08812457]]"
    ),
    (
        "Which of these members haven't paid this year? Last column is Y/N.\n\n"
        "member_no,name,email,paid\n"
        "[[ID_NUMBER|BKA-0412]],[[PERSON|Ulugbek Nazarov]],[[EMAIL_ADDRESS|ulugbek.n@bees.uz]],Y\n"
        "[[ID_NUMBER|BKA-0437]],[[PERSON|Tatiana Quispe]],[[EMAIL_ADDRESS|tquispe.miel@yahoo.com]],N\n"
        "[[ID_NUMBER|BKA-0451]],[[PERSON|Makerita Vaka]],[[EMAIL_ADDRESS|makerita.vaka@outlook.com]],N"
    ),
    (
        "Check the VAT on this invoice is right (20%):\n\n"
        "INVOICE 2231\n"
        "To: [[PERSON|Rahel Gebremedhin]], [[STREET_ADDRESS|5 Orchard Mews, Canterbury CT1 3XB]]\n"
        "Account ref: [[ID_NUMBER|CUST-30917]]\n"
        "Emergency call-out   £85.00\nReplacement cylinder   £42.00\nLabour 1 hr   £55.00\n"
        "Subtotal   £182.00\nVAT   £36.40\nTotal   £218.40"
    ),
    (
        "Make this contact sheet into a table and put the understudies in bold:\n\n"
        "CAST\n"
        "[[PERSON|Kiri Paewai]] - Titania - [[PHONE_NUMBER|07700 900338]]\n"
        "[[PERSON|Luka Babić]] - Oberon - [[PHONE_NUMBER|07700 900419]]\n"
        "[[PERSON|Hinemoa Rāwiri]] - Titania (understudy) - [[PHONE_NUMBER|07700 900781]]\n"
        "CREW\n"
        "DSM: [[PERSON|Tahmina Qodirova]] - [[EMAIL_ADDRESS|tahmina.dsm@fastmail.com]]"
    ),
    (
        "Shorten this profile to 80 words for the agency website:\n\n"
        "Name: [[PERSON|Nokuthula Zwane]]\n"
        "Experience: 9 years, newborn to age 10, twins specialist\n"
        "Qualifications: Level 3 Childcare, paediatric first aid (renewed 2024)\n"
        "Languages: English, isiZulu, basic French\n"
        "Driving: full licence, own car\n"
        "Contact via agency only, candidate ref [[ID_NUMBER|NNY-48217]]"
    ),
    (
        "From this export, who qualifies for the Rioja allocation (members who joined before 2022)?\n\n"
        "member_id,name,joined,tier\n"
        "[[ID_NUMBER|WC-10388]],[[PERSON|Meruyert Akhmetova]],2019-04,Grand Cru\n"
        "[[ID_NUMBER|WC-11602]],[[PERSON|Salote Fifita]],2022-09,Cellar\n"
        "[[ID_NUMBER|WC-10951]],[[PERSON|Dritan Shehu]],2021-01,Cellar\n"
        "[[ID_NUMBER|WC-12040]],[[PERSON|Aliya Karimova]],2023-06,Grand Cru"
    ),
    (
        "Score this call against our checklist and give two coaching points:\n\n"
        "Agent: [[PERSON|Nodira Saidova]] (login [[ID_NUMBER|nsaidova]])\n"
        "Customer: Mr [[PERSON|Bheki Ngcobo]], account [[ID_NUMBER|7730-2281-046]]\n"
        "Summary: customer called about a double charge; agent verified identity with postcode only, apologised, "
        "raised a refund, did not give a reference number, ended the call without a recap."
    ),
    (
        "Turn this dive log into a paragraph for the survey report:\n\n"
        "Dive 14, North Reef wall, max 18 m, 52 min\n"
        "Divers: [[PERSON|Kalolaine Taufa]] (lead), [[PERSON|Jethro Kalsakau]], [[PERSON|Tamsin Ogg]]\n"
        "Obs: 3 green turtles, bleaching on ~30% of Acropora tables, crown-of-thorns x2 removed by [[PERSON|Jethro]], "
        "one grouper ~80 cm at 15 m"
    ),
    (
        "Can you pull the key details out of this appointment e-mail?\n\n"
        "To: [[EMAIL_ADDRESS|s.tupou.ref@outlook.com]]\n\n"
        "Dear [[PERSON|Sione]],\n"
        "You are appointed referee for Harlow Hornets v Epping Eagles, Sunday 11:00, at the Hornets' ground. "
        "Assistants: [[PERSON|Gulbahor Nematova]] and [[PERSON|Alesana Leiataua]]. Please confirm by Thursday.\n\n"
        "Regards,\n[[PERSON|Ketevan Gogoladze]]\nReferee Appointments Secretary\n[[PHONE_NUMBER|01632 960772]]"
    ),
    (
        "Make a pickup order for this route, nearest to the depot first:\n\n"
        "Stop A: [[PERSON|Ayub]] and [[PERSON|Hamda]], [[STREET_ADDRESS|2 Birch Grove, Kettering NN15 6QP]]\n"
        "Stop B: [[PERSON|Sefo]], [[STREET_ADDRESS|71 Wood Lane, Kettering NN16 9PD]]\n"
        "Stop C: [[PERSON|Aruzhan]], [[STREET_ADDRESS|Flat 6, 3 Market Street, Rothwell NN14 6EU]]\n"
        "Depot: Pytchley Road industrial estate"
    ),
    (
        "Which of these orders ship to the same address?\n\n"
        "order,buyer,username,ship_to\n"
        "58821,[[PERSON|Mahliyo Ergasheva]],[[ID_NUMBER|mahli_knits]],[[STREET_ADDRESS|19 Carlton Street, Bradford BD7 1DA]]\n"
        "58822,[[PERSON|Teuila Faleolo]],[[ID_NUMBER|teuila.f]],[[STREET_ADDRESS|44 Spring Gardens, Buxton SK17 6BJ]]\n"
        "58826,[[PERSON|M Ergasheva]],[[ID_NUMBER|mahli_knits]],[[STREET_ADDRESS|19 Carlton St, Bradford BD7 1DA]]"
    ),
    (
        "Rewrite this discharge summary in plain language for the parents:\n\n"
        "Mother: [[PERSON|Oysha Tursunova]], hosp. no [[ID_NUMBER|RX4418203]]\n"
        "Baby: girl, born 03:12, SVD, 3.12 kg, Apgars 8/9\n"
        "Feeding: breastfeeding established, cup top-ups x2 on day 1\n"
        "Follow-up: community midwife day 3, newborn hearing screen booked, heel prick day 5"
    ),
    (
        "Is anything missing from this lost baggage report before I send it?\n\n"
        "Passenger: [[PERSON|Bat-Erdene Tserendorj]]\n"
        "Delivery address: [[STREET_ADDRESS|Apartment 1204, 88 Pitfield Street, London N1 6BT]]\n"
        "Phone: [[PHONE_NUMBER|020 7946 0215]]\n"
        "E-mail: [[EMAIL_ADDRESS|baterdene.ts@gmail.com]]\n"
        "Frequent flyer no: [[ID_NUMBER|SK 481 903 227]]\n"
        "Bag: black hard-shell, orange strap, 23 kg"
    ),
    (
        "Fill in the gaps in this freeze request using what I've written under it:\n\n"
        "Member name: [[PERSON|Kirra Watson]]\n"
        "Membership no: [[ID_NUMBER|GY-007412]]\n"
        "Reason: ______\nFreeze from: ______\n\n"
        "Hurt my shoulder surfing, physio says 6 weeks off, starting the 1st of next month."
    ),
    (
        "Why does this insert fail on the second row?\n\n"
        "INSERT INTO patients (id, full_name, phone, email) VALUES\n"
        "  (1, '[[PERSON|Temirlan Seitkali]]', '[[PHONE_NUMBER|+7 705 612 4430]]', '[[EMAIL_ADDRESS|temirlan.s@mail.kz]]'),\n"
        "  (2, '[[PERSON|Ana Lucía Ticona]]', '[[PHONE_NUMBER|+591 720 48315]]', NULL,);"
    ),
    (
        "Summarise what changed from this git log:\n\n"
        "commit 9f2c1e4\nAuthor: [[PERSON|Tevite Lolohea]] <[[EMAIL_ADDRESS|tevite@lolohea.dev]]>\n    fix timezone bug in rota export\n\n"
        "commit 4b7d0a2\nAuthor: [[PERSON|Aisulu Bekova]] <[[EMAIL_ADDRESS|aisulu.bekova@proton.me]]>\n    add Kazakh translations\n\n"
        "commit 1e88c93\nAuthor: [[PERSON|Tevite Lolohea]] <[[EMAIL_ADDRESS|tevite@lolohea.dev]]>\n    bump version to 2.4.1"
    ),
    (
        "Is somebody brute-forcing my server?\n\n"
        "Mar  3 02:11:04 vps sshd[2201]: Failed password for [[ID_NUMBER|kgaup]] from [[IP_ADDRESS|203.0.113.94]] port 51122 ssh2\n"
        "Mar  3 02:11:09 vps sshd[2201]: Failed password for [[ID_NUMBER|kgaup]] from [[IP_ADDRESS|203.0.113.94]] port 51130 ssh2\n"
        "Mar  3 02:12:40 vps sshd[2240]: Accepted publickey for [[ID_NUMBER|kgaup]] from [[IP_ADDRESS|198.51.100.23]] port 40012 ssh2"
    ),
    (
        "Make this e-mail clearer and kinder:\n\n"
        "Hi [[PERSON|Ezana]], your DBS hasn't come back yet so you can't do the Thursday shifts. "
        "Send a scan of your passport and a utility bill to me at [[EMAIL_ADDRESS|m.abdullayeva@stcolumbahospice.org.uk]] "
        "or we cant chase it. Thanks, [[PERSON|Malika Abdullayeva]]"
    ),
    (
        "Total these monthly pledges and format them for the bank's bulk upload:\n\n"
        "[[PERSON|Kristjan Tamm]], EUR 15, [[IBAN_CODE|EE89 1010 2202 8763 5047]]\n"
        "[[PERSON|Inês Marques]], EUR 25, [[IBAN_CODE|PT96 0035 0127 0004 6182 2937 6]]\n"
        "[[PERSON|Vedrana Kovač]], EUR 10, [[IBAN_CODE|HR06 2340 0091 1765 4028 1]]"
    ),
    (
        "Check this car-share sign-up for typos:\n\n"
        "Full name: [[PERSON|Tuvshinjargal Batbold]]\n"
        "Username: [[ID_NUMBER|tuvshin_b]]\n"
        "Mobile: [[PHONE_NUMBER|07700 900549]]\n"
        "Home adress: [[STREET_ADDRESS|12 Gladstone Terace, Durham DH1 4JL]]\n"
        "Licence number: [[ID_NUMBER|BATBO905217T99KL]]"
    ),
    (
        "Put these viewings into a calendar-friendly list:\n\n"
        "10:00 [[STREET_ADDRESS|14 Bramble Close, Exeter EX4 2NE]], tenant [[PERSON|Olzhas Nurpeisov]] will let you in, [[PHONE_NUMBER|07700 900265]]\n"
        "11:30 [[STREET_ADDRESS|Flat 2, 9 Mount Pleasant, Exeter EX4 7AB]], keys from the office, tenant [[PERSON|Nandi Sithole]] away until the 20th"
    ),
    (
        "Translate this appointment confirmation into simple Spanish for my neighbour:\n\n"
        "Appointment confirmed: Pepper (cat), booster vaccination, Tuesday 15:40.\n"
        "Owner: [[PERSON|Yupanqui Huarcaya]]\n"
        "Client no: [[ID_NUMBER|VET-66310]]\n"
        "Phone on file: [[PHONE_NUMBER|0161 496 0832]]\n"
        "Please arrive 5 minutes early."
    ),
    (
        "What does this camp permission slip still need before Friday?\n\n"
        "Participant: [[PERSON|Manaia Tipoki]]\n"
        "Parent/guardian: [[PERSON|Huia Tipoki]]\n"
        "Emergency phone: [[PHONE_NUMBER|+64 21 408 3377]]\n"
        "NHI: [[ID_NUMBER|ZKR4821]]\n"
        "Medical: mild asthma, blue inhaler\n"
        "Photo consent: [ ]\nSignature: [ ]"
    ),
    (
        "Is this transfer confirmation genuine or a phishing fake?\n\n"
        "Transfer completed\n"
        "From: [[PERSON|Oksana Melnyk]], [[IBAN_CODE|UA39 3220 0100 0002 6201 3049 1748 8]]\n"
        "To: [[PERSON|Yaroslav Bondar]], [[IBAN_CODE|GB31 MIDL 4005 1583 2602 47]]\n"
        "Amount: 1,250.00 GBP\nReference: rent March\n"
        "If you did not authorise this payment, click here to cancel within 24 hours."
    ),
    (
        "What does each person in this thread actually want from me?\n\n"
        "---------- Forwarded message ----------\n"
        "From: [[PERSON|Zeynab Ahmadova]] <[[EMAIL_ADDRESS|zeynab.ahmadova@azmail.az]]>\n"
        "To: [[PERSON|Rasim Quliyev]] <[[EMAIL_ADDRESS|rquliyev@azmail.az]]>\n\n"
        "[[PERSON|Rasim]], can you get the stage plan to the lighting designer by Friday?\n\n"
        "> On Tue, [[PERSON|Rasim Quliyev]] wrote:\n"
        "> [[PERSON|Zeynab]], I need the final running order first. Call me on [[PHONE_NUMBER|+994 55 712 40 83]].\n\n"
        "[[PERSON|Zeynab]]\nProduction Manager"
    ),
    (
        "Which documents do I still need to attach to this parking permit application?\n\n"
        "Applicant: [[PERSON|Vusumuzi Ndlovu]]\n"
        "Address: [[STREET_ADDRESS|23 Hanover Street, Brighton BN2 9ST]]\n"
        "Vehicle: red Kia Picanto\n"
        "E-mail: [[EMAIL_ADDRESS|vusi.ndlovu@btinternet.com]]\n"
        "Council tax account: [[ID_NUMBER|60417725]]"
    ),
]

# 30 short texts with a secret or identifier said in passing, without the obvious keyword.
SECRETS = [
    "Grab my towel from locker 12 on your way out, the little dial on it is set to [[PASSWORD|0-4-9-1]].",
    "Passports are in the grey box at the bottom of the wardrobe; it opens with [[PASSWORD|551903]] and then the hash key.",
    "If the kids' tablet asks, type [[PASSWORD|8246]], and please don't let them watch anything after seven.",
    "To hear my messages from the landline, dial 121, then [[PASSWORD|3071]], then star. Can you tell me if the dentist rang?",
    "We're on HollowOak_5G at the cottage and it wants [[PASSWORD|moss-teapot-71]], all lower case. Why does my laptop keep dropping it?",
    "I wrote the twelve words on the back of the freezer manual: [[PASSWORD|orbit lantern velvet mango quarry sleep ribbon tundra cable omen fossil warm]]. Is that a safe enough place?",
    "How do I renew books online? The site keeps rejecting [[ID_NUMBER|2904 7716 0082]] from the back of my library card.",
    "What are the ten digits on my self-assessment letter for? They say [[ID_NUMBER|48203 91756]] and sit right under my name.",
    "Draft a reply to [[ID_NUMBER|@kelpandkite]], she asked how long to soak new oak barrels before the first fill.",
    "From outside, my camera at home answers on [[IP_ADDRESS|198.51.100.77]]. How do I forward port 554 to it without opening everything?",
    "CI keeps failing with 'Authorization: Bearer [[API_KEY|tk_live_4fQ9zR2mW8xLp3Vn7cKd1HsY]]', is my header format wrong?",
    "Farm gate's [[PASSWORD|1-9-6-6]], the year England won the World Cup, so you'll remember it when you bring the feed.",
    "If it starts beeping when you walk in, punch in [[PASSWORD|4410]] and press OFF within thirty seconds. What happens if I'm too slow?",
    "Bike's at the rack by the library; spin the wheels to [[PASSWORD|7381]] and it pops open. Bring it round to the station?",
    "My grey laptop opens with [[PASSWORD|Tuesday!Gull9]] if you need to print the boarding passes. Which printer setting saves ink?",
    "At reception they'll ask for the ten digits on my hospital letter, [[ID_NUMBER|731 902 8468]], and my date of birth. Anything else I should bring?",
    "For the W-9 the new client wants, line 5 is my address and Part I gets [[US_SSN|512-38-6041]], right? I've never done one.",
    "Send my half of the cottage money to [[IBAN_CODE|LT38 7044 0600 0827 3514]] whenever you're ready, no rush at all.",
    "My phone's on the table, [[PASSWORD|190483]] gets you in. Can you read me the last message from the plumber?",
    "The ferry booking wants the number from the photo page of my red booklet, [[ID_NUMBER|534118203]], but it says invalid. Do I add letters?",
    "If I lose my phone, the spare one-time numbers are [[PASSWORD|4829-1173]] and [[PASSWORD|9902-5518]]. Where's a sensible place to keep them?",
    "Add me for the raid tonight, I'm [[ID_NUMBER|ThimbleRigger_04]] on there. What class should I bring if the group has no healer?",
    "Put it on my points, [[ID_NUMBER|6338 0921 7745]]. Why do supermarkets even bother with these schemes?",
    "Today the internet thinks I'm [[IP_ADDRESS|203.0.113.58]]. How do I get that allowed on the office firewall for the weekend?",
    "Why does my script get a 401 when I send [[API_KEY|sk-proj-Qm7TzR4vLc9XwB2nKp8dYh3FsJ6aG1eU]] in the header?",
    "The street door takes [[PASSWORD|8091]] and then the bell symbol; flat 4 is on the top floor. Can you write that as a note for the cleaner?",
    "Ping me on Discord, I'm [[ID_NUMBER|bolor.moon]], and I'll send the sheet music over tonight.",
    "Send the 40 for the tickets to my Venmo, [[ID_NUMBER|@Risten-Kuoljok]], and tell me if it doesn't go through.",
    "Payroll keeps mixing me up with the other [[PERSON|Amina]]. Mine is [[ID_NUMBER|E-204871]]. How do I word an e-mail to sort it out for good?",
    "Cloning fails: git clone https://[[API_KEY|ghp_8Rk2LmQ7xT4vNc9WbZ1pHs6YdJ3fA0eG5uKi]]@github.com/acme/rota.git, did I paste it wrong?",
]

# 40 statement-style records of one invented person each, in the formats of 40 countries.
STATEMENTS = [
    # Kazakhstan
    "Клиент: [[PERSON|Айгерим Нурлановна Жумабекова]]\nИИН: [[ID_NUMBER|910715402387]]\nАдрес: [[STREET_ADDRESS|г. Алматы, мкр. Самал-2, д. 58, кв. 14]]\nТел.: [[PHONE_NUMBER|+7 701 438 2096]]\nE-mail: [[EMAIL_ADDRESS|aigerim.zh@mail.kz]]",
    # Uzbekistan
    "Mijoz: [[PERSON|Dilshod Rahimov]]\nJShShIR: [[ID_NUMBER|31507920450033]]\nManzil: [[STREET_ADDRESS|Toshkent sh., Chilonzor tumani, Bunyodkor ko'chasi 12-uy, 45-xonadon]]\nTelefon: [[PHONE_NUMBER|+998 93 527 1804]]\nKarta: [[CREDIT_CARD|4539 1207 6834 5215]]",
    # Kyrgyzstan
    "ФИО: [[PERSON|Бермет Асанова]]\nПИН: [[ID_NUMBER|21204199000817]]\nАдрес: [[STREET_ADDRESS|г. Бишкек, ул. Исанова, 79, кв. 33]]\nМоб.: [[PHONE_NUMBER|+996 555 704 218]]\nПочта: [[EMAIL_ADDRESS|bermet.asanova@mail.kg]]",
    # Mongolia
    "Овог нэр: [[PERSON|Батжаргалын Энхтуяа]]\nРегистрийн дугаар: [[ID_NUMBER|УЕ89031416]]\nХаяг: [[STREET_ADDRESS|Улаанбаатар, Баянзүрх дүүрэг, 26-р хороо, 14-р байр, 52 тоот]]\nУтас: [[PHONE_NUMBER|+976 9908 3417]]\nИмэйл: [[EMAIL_ADDRESS|enkhtuya.b@mongol.mn]]",
    # Georgia
    "სახელი, გვარი: [[PERSON|ნინო კაპანაძე]]\nპირადი ნომერი: [[ID_NUMBER|01024085317]]\nმისამართი: [[STREET_ADDRESS|თბილისი, ვაჟა-ფშაველას გამზ. 41, ბინა 12]]\nტელ.: [[PHONE_NUMBER|+995 599 41 27 63]]\nIBAN: [[IBAN_CODE|GE50 BG00 0000 0764 1520 39]]",
    # Armenia
    "Անուն, ազգանուն: [[PERSON|Լուսինե Հովհաննիսյան]]\nՀանրային ծառայությունների համարանիշ: [[ID_NUMBER|4812560317]]\nՀասցե: [[STREET_ADDRESS|Երևան, Կոմիտասի պող. 27, բն. 9]]\nՀեռ.: [[PHONE_NUMBER|+374 77 58 31 02]]\nԷլ. փոստ: [[EMAIL_ADDRESS|lusine.hovh@mail.am]]",
    # Azerbaijan
    "Ad, soyad: [[PERSON|Günel Məmmədova]]\nFİN: [[ID_NUMBER|5ZK8R3P]]\nÜnvan: [[STREET_ADDRESS|Bakı ş., Nizami küç. 118, mənzil 27]]\nMobil: [[PHONE_NUMBER|+994 50 318 47 26]]\nIBAN: [[IBAN_CODE|AZ03 PAHA 4006 0AZN HZ28 5736 4021]]",
    # Ethiopia
    "ስም፦ [[PERSON|ሰላማዊት ተስፋዬ ገብረመድህን]]\nአድራሻ፦ [[STREET_ADDRESS|አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁ. 1147]]\nስልክ፦ [[PHONE_NUMBER|+251 911 62 48 30]]\nኢሜይል፦ [[EMAIL_ADDRESS|selam.tesfaye@ethionet.et]]\nየፋይዳ ቁጥር፦ [[ID_NUMBER|4829 1063 7751]]",
    # Somalia
    "Magaca: [[PERSON|Ifrah Cabdi Warsame]]\nCinwaanka: [[STREET_ADDRESS|Guriga 42, Wadada Taleex, Degmada Hodan, Muqdisho]]\nTaleefan: [[PHONE_NUMBER|+252 61 548 2093]]\nEmail: [[EMAIL_ADDRESS|ifrah.warsame@hormuud.so]]\nBaasaboor: [[ID_NUMBER|P01847263]]",
    # South Africa
    "Please update my details on the account. Name: Ms [[PERSON|Nomsa Khumalo]]. ID no. [[ID_NUMBER|930412 0152 084]]. New address: [[STREET_ADDRESS|17 Jacaranda Street, Sunnyside, Pretoria 0002]]. Cell [[PHONE_NUMBER|072 318 5549]]. Debit card on file: [[CREDIT_CARD|5168 0422 5937 7017]].",
    # Zimbabwe
    "Name: [[PERSON|Tatenda Mhlanga]]\nNational ID: [[ID_NUMBER|63-2045178 Q 42]]\nAddress: [[STREET_ADDRESS|14 Lomagundi Road, Avondale, Harare]]\nMobile: [[PHONE_NUMBER|+263 77 318 6042]]\nEmail: [[EMAIL_ADDRESS|tatenda.mhlanga@zol.co.zw]]",
    # Botswana
    "NEW ELECTRICITY CONNECTION\nApplicant: [[PERSON|Kgomotso Sebele]]\nOmang no.: [[ID_NUMBER|437219605]]\nSite: [[STREET_ADDRESS|Plot 2841, Extension 9, Gaborone]]\nCell: [[PHONE_NUMBER|+267 71 508 342]]\nEmail: [[EMAIL_ADDRESS|kgomotso.sebele@btcmail.co.bw]]",
    # United Arab Emirates
    "الاسم: [[PERSON|شما سعيد الكعبي]]\nرقم الهوية: [[ID_NUMBER|784-1993-0581462-8]]\nالعنوان: [[STREET_ADDRESS|فيلا 23، شارع 14، الخوانيج 2، دبي]]\nالهاتف المتحرك: [[PHONE_NUMBER|+971 50 412 8375]]\nالآيبان: [[IBAN_CODE|AE67 0260 0010 2938 4756 413]]",
    # Saudi Arabia
    "العميل: [[PERSON|نورة عبدالله القحطاني]]\nرقم الهوية الوطنية: [[ID_NUMBER|1084736253]]\nالعنوان الوطني: [[STREET_ADDRESS|٣٤٥٦ طريق الأمير سلطان، حي المحمدية، جدة ٢٣٦٢٤]]\nالجوال: [[PHONE_NUMBER|+966 55 384 1902]]\nالآيبان: [[IBAN_CODE|SA69 4500 0000 6082 9401 7733]]",
    # Qatar
    "Name: [[PERSON|Jassim Khalifa Al Mohannadi]]\nQID: [[ID_NUMBER|28963401572]]\nAddress: [[STREET_ADDRESS|Building 41, Street 870, Zone 66, Al Dafna, Doha]]\nMobile: [[PHONE_NUMBER|+974 5518 2047]]\nIBAN: [[IBAN_CODE|QA22 CBQA 0000 0000 4819 0273 6615 5]]",
    # Bahrain
    "Customer: [[PERSON|Maryam Isa Al Hashimi]]\nCPR: [[ID_NUMBER|890731406]]\nAddress: [[STREET_ADDRESS|Flat 12, Building 2174, Road 2843, Block 428, Seef]]\nTel: [[PHONE_NUMBER|+973 3609 4127]]\nIBAN: [[IBAN_CODE|BH84 NBOB 0000 8741 2036 95]]",
    # Kuwait
    "Civil ID [[ID_NUMBER|291041205734]], [[PERSON|Abdulaziz Fahad Al Mutairi]], [[STREET_ADDRESS|Block 4, Street 12, House 33, Salwa]], mobile [[PHONE_NUMBER|+965 9904 2718]], salary account [[IBAN_CODE|KW26 GULB 0000 0000 0001 3958 2744 06]]",
    # Oman
    "Card holder: [[PERSON|Saif Hamed Al Rawahi]]\nCard number: [[CREDIT_CARD|4319 4061 5728 0436]]\nBilling address: [[STREET_ADDRESS|House 1142, Way 3019, Al Khuwair, Muscat 133]]\nMobile: [[PHONE_NUMBER|+968 9217 4406]]",
    # Papua New Guinea
    "Name: [[PERSON|Dika Vagi]]\nNID: [[ID_NUMBER|1004278915]]\nAddress: [[STREET_ADDRESS|Section 41, Lot 17, Gerehu Stage 2, Port Moresby]]\nMobile: [[PHONE_NUMBER|+675 7214 8830]]\nEmail: [[EMAIL_ADDRESS|dika.vagi@datec.com.pg]]",
    # Fiji
    "Name: [[PERSON|Sainimili Waqa]]\nTIN: [[ID_NUMBER|50-41827-0-6]]\nAddress: [[STREET_ADDRESS|Lot 12, Ratu Dovi Road, Nasinu]]\nMobile: [[PHONE_NUMBER|+679 924 3817]]\nCard: [[CREDIT_CARD|3764 321190 75829]]",
    # Peru
    "Titular: [[PERSON|Killa Ccori Huamán]]\nDNI: [[ID_NUMBER|47382915]]\nDirección: [[STREET_ADDRESS|Jr. Tupac Amaru 418, Wanchaq, Cusco]]\nCelular: [[PHONE_NUMBER|+51 984 372 619]]\nCorreo: [[EMAIL_ADDRESS|killa.ccori@gmail.com]]",
    # Bolivia
    "Nombre: [[PERSON|Wilma Condori Apaza]]\nCI: [[ID_NUMBER|6124587 LP]]\nDomicilio: [[STREET_ADDRESS|Calle Jaén 1482, zona Villa Fátima, La Paz]]\nCelular: [[PHONE_NUMBER|+591 706 12834]]\nTarjeta: [[CREDIT_CARD|5417 3309 6281 6440]]",
    # Ecuador
    "Cliente: [[PERSON|Sisa Pacari Lema]]\nCédula: [[ID_NUMBER|1709382541]]\nDirección: [[STREET_ADDRESS|Calle Bolívar 9-34 y Sucre, Otavalo]]\nCelular: [[PHONE_NUMBER|+593 99 418 2067]]\nCorreo: [[EMAIL_ADDRESS|sisa.lema@andinanet.ec]]",
    # Chile
    "Nombre: [[PERSON|Ayelén Huenchumil Painequeo]]\nRUT: [[ID_NUMBER|16.482.037-8]]\nDirección: [[STREET_ADDRESS|Pasaje Los Copihues 1275, Temuco]]\nTeléfono: [[PHONE_NUMBER|+56 9 7318 4026]]\nCorreo: [[EMAIL_ADDRESS|ayelen.huenchumil@gmail.com]]",
    # Serbia
    "Име и презиме: [[PERSON|Богдан Стојановић]]\nЈМБГ: [[ID_NUMBER|1403993710025]]\nАдреса: [[STREET_ADDRESS|Булевар ослобођења 112, стан 7, 11000 Београд]]\nТелефон: [[PHONE_NUMBER|+381 64 318 2297]]\nIBAN: [[IBAN_CODE|RS80 1600 0539 0087 2144 61]]",
    # Albania
    "Emri: [[PERSON|Elona Hoxhaj]]\nNr. personal: [[ID_NUMBER|J95417023L]]\nAdresa: [[STREET_ADDRESS|Rruga e Durrësit, Pallati 14, Shkalla 2, Ap. 9, Tiranë]]\nCel: [[PHONE_NUMBER|+355 69 418 2270]]\nIBAN: [[IBAN_CODE|AL24 2021 1114 0000 0000 8741 3620]]",
    # North Macedonia
    "Име и презиме: [[PERSON|Марија Трајковска]]\nЕМБГ: [[ID_NUMBER|2511992445027]]\nАдреса: [[STREET_ADDRESS|ул. Партизанска 48-2/11, 1000 Скопје]]\nТелефон: [[PHONE_NUMBER|+389 70 318 442]]\nIBAN: [[IBAN_CODE|MK19 2501 2000 0589 843]]",
    # Bosnia and Herzegovina
    "Ime i prezime: [[PERSON|Edin Hodžić]]\nJMB: [[ID_NUMBER|0308985150030]]\nAdresa: [[STREET_ADDRESS|Ulica Hamdije Kreševljakovića 18, 71000 Sarajevo]]\nMobitel: [[PHONE_NUMBER|+387 61 408 271]]\nIBAN: [[IBAN_CODE|BA07 1610 5281 4007 3915]]",
    # Montenegro
    "Ime i prezime: [[PERSON|Jovana Radulović]]\nJMBG: [[ID_NUMBER|0807863215006]]\nAdresa: [[STREET_ADDRESS|Bulevar Džordža Vašingtona 51, 81000 Podgorica]]\nTelefon: [[PHONE_NUMBER|+382 67 304 182]]\nIBAN: [[IBAN_CODE|ME86 5352 1000 0004 7108 29]]",
    # Kosovo
    "Emri dhe mbiemri: [[PERSON|Arlind Krasniqi]]\nNr. personal: [[ID_NUMBER|1247803956]]\nAdresa: [[STREET_ADDRESS|Rr. Agim Ramadani 23, 10000 Prishtinë]]\nTel: [[PHONE_NUMBER|+383 44 218 307]]\nIBAN: [[IBAN_CODE|XK32 1502 0010 9473 6158]]",
    # Bulgaria
    "Име: [[PERSON|Десислава Колева]]\nЕГН: [[ID_NUMBER|8912064014]]\nАдрес: [[STREET_ADDRESS|ж.к. Младост 1, бл. 45, вх. Б, ет. 3, ап. 8, 1784 София]]\nТел.: [[PHONE_NUMBER|+359 88 412 3067]]\nIBAN: [[IBAN_CODE|BG71 STSA 9300 0026 3817 45]]",
    # Norway (Sámi name)
    "Navn: [[PERSON|Máret Ánne Somby]]\nFødselsnummer: [[ID_NUMBER|170591 48206]]\nAdresse: [[STREET_ADDRESS|Bredbuktnesveien 14, 9520 Kautokeino]]\nMobil: [[PHONE_NUMBER|+47 481 20 357]]\nKonto (IBAN): [[IBAN_CODE|NO37 1503 7729 148]]",
    # Finland (Sámi name)
    "Nimi: [[PERSON|Elle Aikio]]\nHenkilötunnus: [[ID_NUMBER|230486-318H]]\nOsoite: [[STREET_ADDRESS|Menesjärventie 12, 99870 Inari]]\nPuhelin: [[PHONE_NUMBER|+358 40 718 2294]]\nIBAN: [[IBAN_CODE|FI78 4280 0713 0572 41]]",
    # Sweden (Sámi name)
    "Namn: [[PERSON|Inga Kuhmunen]]\nPersonnummer: [[ID_NUMBER|790813-4286]]\nAdress: [[STREET_ADDRESS|Laestadiusvägen 9, 981 31 Kiruna]]\nTelefon: [[PHONE_NUMBER|070-174 06 37]]\nIBAN: [[IBAN_CODE|SE29 3000 0000 0832 7901 6584]]",
    # New Zealand (Māori name)
    "Name: [[PERSON|Anahera Te Huia]]\nIRD number: [[ID_NUMBER|139-526-048]]\nAddress: [[STREET_ADDRESS|27 Kōwhai Street, Ōtara, Auckland 2023]]\nMobile: [[PHONE_NUMBER|021 046 3318]]\nEmail: [[EMAIL_ADDRESS|anahera.tehuia@xtra.co.nz]]",
    # Greece
    "Ονοματεπώνυμο: [[PERSON|Σταυρούλα Παπαδοπούλου]]\nΑΦΜ: [[ID_NUMBER|138570263]]\nΔιεύθυνση: [[STREET_ADDRESS|Εγνατίας 142, 546 30 Θεσσαλονίκη]]\nΚινητό: [[PHONE_NUMBER|+30 697 418 2053]]\nIBAN: [[IBAN_CODE|GR62 0172 0250 0000 2563 0918 462]]",
    # Thailand
    "ชื่อ-นามสกุล: นางสาว[[PERSON|พิมพ์ชนก ศรีสุวรรณ]]\nเลขประจำตัวประชาชน: [[ID_NUMBER|1 1037 02458 36 8]]\nที่อยู่: [[STREET_ADDRESS|88/14 หมู่ 5 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ กรุงเทพฯ 10240]]\nโทร: [[PHONE_NUMBER|+66 81 437 2906]]",
    # Iceland
    "Nafn: [[PERSON|Sólveig Hrafnsdóttir]]\nKennitala: [[ID_NUMBER|120384-2959]]\nHeimilisfang: [[STREET_ADDRESS|Hringbraut 47, 101 Reykjavík]]\nSími: [[PHONE_NUMBER|+354 662 4187]]\nIBAN: [[IBAN_CODE|IS75 0334 2600 8321 1203 8429 59]]",
    # Moldova
    "Nume: [[PERSON|Doina Cojocaru]]\nIDNP: [[ID_NUMBER|2003045187624]]\nAdresa: [[STREET_ADDRESS|str. Mihai Eminescu 31, ap. 17, MD-2012 Chișinău]]\nTelefon: [[PHONE_NUMBER|+373 69 418 275]]\nIBAN: [[IBAN_CODE|MD63 MO22 24AS V538 1760 9100]]",
    # Nepal
    "नाम: [[PERSON|सुनिता गुरुङ]]\nनागरिकता नं.: [[ID_NUMBER|27-01-75-04512]]\nठेगाना: [[STREET_ADDRESS|पोखरा महानगरपालिका-८, सिमलचौर, कास्की]]\nमोबाइल: [[PHONE_NUMBER|+977 984 612 3078]]\nइमेल: [[EMAIL_ADDRESS|sunita.gurung@wlink.com.np]]",
]

CLEAN_EXAM = [
    "Nilufar buys 3 notebooks at $2.40 each and a pen for $1.15. How much change does she get from $10?",
    "Tomasz runs 5 km in 27 minutes. At the same pace, how long will a 12 km run take him? Give minutes and seconds.",
    "Which of the following is a noble gas? A) Nitrogen B) Argon C) Chlorine D) Hydrogen",
    "A train leaves at 14:35 and arrives at 17:10. If Amara falls asleep 40 minutes after departure and wakes 25 minutes before arrival, how long does she sleep?",
    "In a class of 32, Ravi counts 18 students who play a sport and 11 who play an instrument; 5 do both. How many do neither?",
    "True or false: the Peace of Westphalia was signed in 1648. Explain your answer in two sentences.",
    "Kofi has twice as many marbles as Lena, and together they have 57. How many does each of them have?",
    "A rectangle has a perimeter of 46 cm and one side of 9 cm. What is its area?",
    "Which organelle produces most of the ATP in eukaryotic cells? A) ribosome B) mitochondrion C) Golgi apparatus D) lysosome",
    "Mei saves 15% of her weekly wage of £420. How many full weeks until she has saved at least £1,000?",
    "A tank fills at 12 litres per minute and drains at 4 litres per minute. Starting empty, how long until it holds 200 litres?",
    "Solve for x: 3(x - 4) + 7 = 2x + 9. Show each step.",
    "Under English contract law, what is the effect of a counter-offer on the original offer? A) it accepts it B) it destroys it C) it suspends it D) it has no effect",
    "Tariq and Dana share a £90 prize in the ratio 4:5. How much does Dana get?",
    "A 70 kg patient is prescribed 1.5 mg/kg of a drug. The vial holds 50 mg in 2 mL. How many mL should be drawn up?",
    "What is the derivative of f(x) = x^2 ln x? Simplify your answer.",
    "Jonas reads 24 pages an hour. His book has 372 pages and he has read 138. How many more hours does he need?",
    "Which is the odd one out: violin, cello, trumpet, viola? Explain your choice.",
    "In six years Aditi will be three times as old as she was six years ago. How old is she now?",
    "A shop raises a price by 20% and then cuts the new price by 20%. Is the final price higher, lower or the same as the original? Show why.",
    "Name the three branches of the US federal government and give one power of each.",
    "Farida walks 300 m north and then 400 m east. How far is she from her starting point in a straight line?",
    "What is the probability of getting a total of 8 when rolling two fair dice?",
    "Carlos has 3 shirts and 4 pairs of trousers. How many different outfits can he make wearing one of each?",
    "In which layer of the atmosphere does most weather occur? A) stratosphere B) troposphere C) mesosphere D) thermosphere",
    "Translate into French for a homework exercise: 'Yesterday Chloé and her brother went to the market and bought three kilos of apples.'",
    "A car uses 6.5 litres of fuel per 100 km. How much fuel does Ingrid need for a 340 km trip?",
    "Convert 0.375 into a fraction in its lowest terms.",
    "Which economist is associated with the 'invisible hand', and in which book does the phrase appear?",
    "Hana, Omar and Priya paint a fence. Alone, Hana takes 6 hours, Omar 4 hours and Priya 12 hours. Working together, how long do they take?",
]

CLEAN_EVERYDAY = [
    "What's a good way to get candle wax out of a wool jumper?",
    "Give me a 20-minute bodyweight workout I can do in a hotel room.",
    "How long should I boil an egg for a jammy yolk?",
    "Suggest five names for a book club that reads mostly crime novels.",
    "Write a packing list for a four-day hiking trip in the Scottish Highlands in September.",
    "How do I stop my sourdough spreading flat in the oven?",
    "What are the pros and cons of a heat pump compared with a gas boiler for a small terraced house?",
    "Can you explain how compound interest works with a simple example?",
    "I have chickpeas, spinach, a tin of tomatoes and some rice. What can I make for dinner?",
    "How often should I water a snake plant in winter?",
    "Write a polite message declining a wedding invitation because of a work trip.",
    "What's the difference between baking soda and baking powder?",
    "Plan a three-day itinerary in Tbilisi for someone who likes food and old churches.",
    "How do I teach a puppy to stop biting hands?",
    "Recommend some podcasts about the history of science.",
    "Is it worth learning to touch-type as an adult? How long does it usually take?",
    "What should I check before buying a second-hand bike?",
    "Give me a simple weekly cleaning schedule for a two-bedroom flat.",
    "How can I make my phone battery last longer on a long-haul flight?",
    "Write a short toast for my parents' 30th wedding anniversary, warm and a bit funny.",
    "What are some good icebreakers for a team meeting where people don't know each other?",
    "How do I descale a kettle without vinegar?",
    "Explain the offside rule in football as if I were ten.",
    "What's a reasonable budget for a week in Lisbon in spring, not counting flights?",
    "Help me write an opening line for a cover letter for a library assistant job.",
    "Which houseplants are safe to keep around cats?",
    "How do I fix a dripping bathroom tap that has a ceramic disc cartridge?",
    "Suggest a vegetarian menu for a dinner party of six, with a dessert I can make the day before.",
    "What's the quickest way to learn the Greek alphabet?",
    "How do I get my toddler to sleep past 5 am?",
]

CLEAN_TECH = [
    "In Python, how do I read a CSV with columns name, email and phone using pandas and drop rows where email is missing? Use example.com addresses in any sample data.",
    "Write a regex that validates UK postcodes and test it against a few made-up inputs.",
    "Show a docker-compose.yml for Postgres that takes POSTGRES_PASSWORD from an .env file instead of hardcoding it.",
    "How do I configure nginx to pass the client IP in X-Forwarded-For to a backend on localhost:8080?",
    "Explain the difference between hashing and encrypting passwords, and show bcrypt in Node.js with a placeholder like <PASSWORD>.",
    "Write a SQL query that finds customers with more than three orders in the last 30 days; tables are customers(id, name, email) and orders(id, customer_id, created_at).",
    "What does this cron expression mean: 15 3 * * 1-5?",
    "How do I mask all but the last four digits of a card number in a Java string? Assume input like XXXX XXXX XXXX 1234.",
    "Give me a GitHub Actions workflow that runs pytest on push and reads API_TOKEN from the repository secrets.",
    "In Django, how do I add a unique constraint on the pair (user, email) in a model?",
    "Write a bash one-liner that counts unique client IP addresses in an nginx access.log.",
    "How do I set up SPF, DKIM and DMARC records for the domain example.org?",
    "What's the safest way to store a refresh token in a single-page app?",
    "Convert this YAML to JSON: name: <NAME>, email: <EMAIL>, roles: [admin, editor].",
    "Write a TypeScript type for a user profile with optional phone and address fields.",
    "Explain what a JWT contains and why personal data shouldn't go in its payload.",
    "How do I rotate AWS access keys for an IAM user without downtime?",
    "In Excel, how do I split a 'Full Name' column into first-name and last-name columns?",
    "Show how to use Python's secrets module to generate a 6-digit one-time code.",
    "How do I redact e-mail addresses from log lines with sed, replacing something like user@example.com with [EMAIL]?",
]

CLEAN_TRICKY = [
    "Why is Haile Selassie so important to Rastafarians, and did he ever visit Jamaica?",
    "Summarise the plot of Whale Rider and explain who Paikea is in Māori tradition.",
    "Which is better for a small flat, a Dyson V8 or a Miele Triflex HX2?",
    "Is Genghis Khan really the ancestor of millions of people alive today, or is that a myth?",
    "Explain the Haber-Bosch process and why it mattered for the world's food supply.",
    "My order 40228-77154 from the garden centre still hasn't arrived. What's the usual way to chase a late delivery?",
    "What's new in Python 3.13 compared with 3.12, especially the free-threaded build?",
    "The sage in my herb bed has gone woody. Should I cut it back hard in spring or replace it?",
    "A wren keeps nesting in my porch light. Is it legal to move the nest in the UK?",
    "What does the mercy rule mean in Little League baseball?",
    "How do embers stay hot for so long after a bonfire, and how do I put them out safely?",
    "Who was Queen Salote of Tonga and why did she become famous at the 1953 coronation?",
    "Compare Nelson Mandela's and Desmond Tutu's approaches to reconciliation after apartheid.",
    "Is the Ford Ranger or the Toyota Hilux more reliable for farm work?",
    "What's the Kuiper belt, and how is it different from the Oort cloud?",
    "Explain the plot of The Lord of the Rings in three sentences, focusing on Frodo and Sam.",
    "Why is Lake Titicaca shared between Peru and Bolivia, and how are the reed islands of the Uros built?",
    "What's the difference between a nova and a supernova?",
    "In golf, what's the difference between a birdie, an eagle and an albatross?",
    "How did Roald Amundsen beat Robert Falcon Scott to the South Pole?",
]


def main() -> None:
    sections = {
        "chat": (CHAT, 110),
        "pasted": (PASTED, 40),
        "secrets": (SECRETS, 30),
        "statements": (STATEMENTS, 40),
        "clean exam": (CLEAN_EXAM, 30),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean tech": (CLEAN_TECH, 20),
        "clean tricky": (CLEAN_TRICKY, 20),
    }
    build_sections(
        "blind15", HERE, sections, {"chat", "pasted", "secrets", "statements"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
