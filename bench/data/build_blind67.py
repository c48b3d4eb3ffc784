# ruff: noqa: E501
"""A sixty-seventh blind privacy set: 220 texts with personal data and 100 clean ones,
private people in ordinary chat requests with weak cues.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The 220 personal-data texts (5 to 150 words) are
English requests to a general assistant in which private people appear with weak cues:
help with a eulogy, a wedding speech, a toast, a reference letter, a complaint about a
neighbour, a bedtime story for one's own child by name, a birthday poem for a friend, a
recap of a family quarrel, a message to a colleague, a party with its guests listed, notes
from a parent-teacher meeting, a caregiver's diary, a coach's notes on players and a
landlord's notes on tenants:

* 74 requests of every kind typed all in lower case, names included (a third);
* 40 eulogies, wedding speeches, toasts and birthday poems;
* 36 reference letters, complaints about neighbours and messages to colleagues;
* 36 bedtime stories, recaps of family quarrels and party plans with guest lists;
* 34 parent-teacher notes, caregivers' diaries, coaches' notes and landlords' notes.

Names are of many origins (Irish, Yoruba, Igbo, Akan, Zulu, Kikuyu, Somali, Punjabi,
Tamil, Bengali, Persian, Arabic, Turkish, Greek, Polish, Ukrainian, Portuguese, Spanish,
Italian, Scandinavian, Dutch, German, French, Chinese, Korean, Japanese, Vietnamese,
Filipino, Hawaiian, Samoan, Maori and more), often only a first name or a nickname, some
typed in capitals; some texts add phones, e-mails, addresses, dates with names, bank and
record numbers, gate, door and key-safe codes, a few national ids, two IBANs, a card, an
SSN, an IP address and an API key.

Usernames and logins, account, customer, member, employee, student, patient and tenancy
numbers and national ids are ID_NUMBER; PINs, door, gate, alarm and key-safe codes, wifi
keys and passwords PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Frau, Auntie,
Uncle, Staff Sergeant, my son, nonna, babcia) stay outside PERSON spans; an address span
runs from the first street line through the postcode and city as typed; public figures,
fictional characters, pets, brands, places named after people, order and meeting numbers,
sort codes and dates of birth are not labelled; every occurrence of a private value is
marked. The 100 clean texts hold no personal data at all, requests of the same kinds that
name no private person: 25 stories with characters known only by role or with obviously
invented names, 25 speeches, letters, notes and plans for generic occasions (some with
placeholders), 25 questions about public figures, historical people and sports stars and
25 about characters from books and films, brands and places named after people.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900, 020 7946 0, 0113 496 0; North America 555-01xx)
and the Brazilian layout for two Brazilian guests; cards Luhn-valid and not well-known
test numbers; IBANs valid mod 97 and not documentation examples; the SSN with assignable
area, group and serial; the IP from a documentation range; national ids with valid check
digits (NHS number, Australian Medicare number, Irish PPS number, Canadian SIN).

Run ``.venv/bin/python bench/data/build_blind67.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    check_counts,
    check_national_ids,
    check_values,
    luhn_len,
    marked_spans,
    medicare_ok,
    nhs_ok,
    pps_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 74
MIN_CHARS = 15
MAX_WORDS = 150
WORDS = (5, 150)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Aunty|Aunt|Uncle|Nurse|Coach|Sr|Sra|Herr|Frau|Mme"
    r"|Grandma|Grandpa|Grandad|Nan|Nana|Nonna|Babcia|Yiayia|Mum|Mom|Dad|Papa"
    r"|Staff Sergeant|Sergeant|Sgt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 74 requests of every kind, typed all in lower case (a third of the set).
LOWER = [
    "can u help me write a eulogy for my grandad [[PERSON|des mcnally]]? he drove the 42 bus route for thirty years and everyone on it knew him as [[PERSON|dessie]]. funeral is friday, keep it under 3 mins",
    "need a toast for my brother [[PERSON|kwame]]'s 40th. he's loud, he cooks jollof for the whole street and he still owes me a fiver from 2009 lol",
    "write a short bedtime story for my daughter [[PERSON|priya]] (she's 5) about a turtle who is scared of the dark. she likes it when the story says her name right at the end",
    "help me word a complaint about my neighbour [[PERSON|gary pickering]] at [[STREET_ADDRESS|11 ashdown road, reading rg1 5ph]]. his dog barks from 6am and the bins are always on the pavement. i'm at number 9 and i really don't want to start a war",
    "birthday poem for my friend [[PERSON|thandi]], turning 30 on the 14th of june. she's a nurse, loves gin and cats. funny not soppy please",
    "recap of what happened at christmas so i can send it to my sister: uncle [[PERSON|rob]] and my dad argued about the will, mum cried, [[PERSON|jess]] left early with the kids. i want it neutral, not blaming anyone",
    "pls write a msg to my coworker [[PERSON|deepak]] telling him i can't cover his saturday shift, nicely. his number is [[PHONE_NUMBER|07700 900417]] if that matters, i'll just text it",
    "planning a bbq for saturday 3rd aug. guests: [[PERSON|marta]], [[PERSON|tomasz]] + kids, [[PERSON|big steve]], [[PERSON|lou]], [[PERSON|anjali]] and her new bf (name unknown). make me a shopping list for 12 adults and 5 kids, one veggie",
    "notes from parents evening, can you tidy these up?\n[[PERSON|oliver]] - reading age above average, needs to slow down in maths\nmrs [[PERSON|okafor]] says he talks too much at carpet time\nnext meeting 12 march",
    "caregiver log for mum, tues: [[PERSON|eileen]] ate half her porridge, refused meds at 2pm, bit confused about where dad was (he passed in 2019). key safe code is [[PASSWORD|4419]] for the evening carer. make it sound more professional",
    "coach notes u12s: [[PERSON|jayden]] good first touch but sulks when subbed. [[PERSON|mo]] needs to track back. [[PERSON|ellis]] in goal, brave, shouty. can u turn this into short feedback for each boy's parents",
    "i'm a landlord with two flats. tenant in flat 2, [[PERSON|callum reid]], is 3 weeks late again, phone [[PHONE_NUMBER|07700 900238]]. draft a firm but polite reminder text",
    "write a wedding speech for my best mate [[PERSON|sanjay]] and his wife [[PERSON|olivia]], i'm best man. we met at uni in leeds, he once got locked out of halls in his boxers. keep it clean-ish, nan will be there",
    "reference letter for our old nanny [[PERSON|rosa villanueva]], she looked after our twins from 2018 to 2023. super reliable, drives, speaks spanish and english. she asked me to email it straight to her at [[EMAIL_ADDRESS|rosa.villanueva82@gmail.com]]",
    "my son [[PERSON|ezra]] wants a story where he is a pirate captain and his stuffed rabbit is first mate. 5 min read, gentle ending pls",
    "eulogy help. my aunt [[PERSON|fatima begum]] raised 6 kids and fed half the street, everyone called her [[PERSON|fatu]]. i want to mention her samosas and how she never once sat down at a wedding",
    "text to my colleague [[PERSON|hannah o'brien]]: remind her the client call moved to 3pm and the dial-in pin is [[PASSWORD|662 019]]. short and friendly",
    "birthday poem for my lola [[PERSON|conchita]] turning 90!! she's from cebu, loves karaoke and mahjong and calls every single person anak",
    "landlord notes, [[STREET_ADDRESS|14 elm terrace]]: flat a - [[PERSON|tunde]] and [[PERSON|bisi adeyemi]], always on time. flat b - [[PERSON|kieran]], noise complaints x2, boiler fixed 4/5. flat c empty. turn into a table",
    "can you make this quarrel recap less bitter before i send it to the family group: [[PERSON|dimitri]] said [[PERSON|eleni]] never helps with yiayia, [[PERSON|eleni]] said he only visits when he needs money. honestly i think both are a bit right",
    "toast for my parents' 35th anniversary, [[PERSON|hyun-woo]] and [[PERSON|mi-rae]]. dad proposed at a noraebang and mum said no twice first. 2 minutes, warm, one joke",
    "write a short note for my kid's teacher ms [[PERSON|lindqvist]] that [[PERSON|freya]] will be picked up by her grandad [[PERSON|bo]] on thursdays from now on, his mobile is [[PHONE_NUMBER|07700 900562]]",
    "bedtime story plz for the twins [[PERSON|amara]] and [[PERSON|zion]], they're 4, about a lost cloud. make both of them heroes equally or they will fight about it",
    "neighbour complaint draft: the guy upstairs, [[PERSON|vlad]], has a party every thursday till 3am. i'm in flat 4, [[STREET_ADDRESS|22 caxton street, london sw1h 0qs]]. it's going to the managing agent so be firm",
    "coach's notes to tidy: [[PERSON|sienna]] (gk) strong hands, [[PERSON|ruby t]] lazy on defence, [[PERSON|ruby m]] captain material, [[PERSON|keisha]] out with ankle till june. write these as nice end of season cards",
    "help me plan my son's 7th party. guests: [[PERSON|noah]], [[PERSON|aisha]], [[PERSON|leo]], [[PERSON|sofia]], [[PERSON|arjun]], [[PERSON|mateo]], [[PERSON|wren]], [[PERSON|chidi]]. theme is dinosaurs, budget £150, at home",
    "caregiver diary for my dad [[PERSON|harold]]'s file: nhs no [[ID_NUMBER|603 118 4729]]. 2 falls this week, gp visit tues, new zopiclone dose. write a summary for my brother who lives abroad",
    "msg to [[PERSON|yusuf]] from work - he's leaving and i'm writing in his card. we sat next to each other 6 years, he always brought baklava on fridays. something short, not cheesy",
    "eulogy for my best friend [[PERSON|tomás]] who died in a motorbike accident. he was 34. he played bass badly and loved it anyway. i'm not a writer, help",
    "write a wedding speech as father of the bride. my daughter [[PERSON|ngozi]] is marrying [[PERSON|femi]]. we're nigerian, so is he, guests are about half british. include a proverb",
    "landlord here. tenant [[PERSON|ana lucía ramos]] wants to pay rent by bank transfer instead of cash. write her a message with my details: sort code 30-94-57, account [[ID_NUMBER|71820463]], reference her flat number",
    "bday poem for [[PERSON|ikaika]] turning 21, he's hawaiian, surfs, studying marine bio in oregon. short, rhymes, a bit cheeky",
    "my mother-in-law [[PERSON|brigid]] and my husband had a huge row at easter about us not christening the baby. can u summarise both sides fairly, i want to talk to her calmly",
    "planning a hen do, here's the list with numbers so i can make a whatsapp group:\n[[PERSON|chloe]] [[PHONE_NUMBER|07700 900781]]\n[[PERSON|big sam]] [[PHONE_NUMBER|07700 900129]]\n[[PERSON|priyanka]] [[PHONE_NUMBER|07700 900356]]\nwrite a fun intro message for the group",
    "parent-teacher meeting notes, [[PERSON|lucas]] yr 4: mr [[PERSON|haddad]] says he's bright but distracted, suggests moving seats. his student id for the online portal is [[ID_NUMBER|stu-448120]]. help me write an email back to school",
    "can u write a story for my little girl [[PERSON|mei]] where she finds a dragon egg in the garden, she is 6 and loves pink",
    "toast for my coworker [[PERSON|gunnar]]'s retirement, 41 years at the depot, never took a sick day, keeps bees. 1 min max",
    "complaint letter about my neighbour [[PERSON|shirley]] at number 4 who keeps parking across my drive. my name is [[PERSON|paul henshaw]], [[STREET_ADDRESS|6 brook lane, hexham ne46 3ad]]. it's for the council",
    "caregiver notes 18/11: mr [[PERSON|ito]] slept well, bp 138/84, ate miso and rice, asked for his wife [[PERSON|keiko]] again. wifi for the tablet is [[PASSWORD|sakura-2291]] if next shift needs it. please format as a handover",
    "write a eulogy for our grandmother [[PERSON|halina kowalczyk]], born in kraków 1931, came to chicago in 1956, made pierogi every christmas eve. we called her babcia [[PERSON|hala]]",
    "message to my colleague [[PERSON|rhys]] pls: sorry i missed the standup, kid was sick, i'll send the deck tonight. make it sound less guilty lol",
    "coach notes for swim squad: [[PERSON|aoife]] 50 free pb 29.8, [[PERSON|cian]] turns sloppy, [[PERSON|niamh]] missed 3 sessions. [[PERSON|aoife]]'s mum is [[EMAIL_ADDRESS|orla.keane@eircom.net]], write her a short email about the gala",
    "dad's 70th, planning a surprise. guests so far: uncle [[PERSON|farid]], [[PERSON|shirin]] and [[PERSON|dariush]], the [[PERSON|moradi]] family from next door and his old colleague [[PERSON|behrouz]]. need invite wording in english and farsi",
    "eulogy for my little brother [[PERSON|danny]], 19, overdose. i want it honest but kind. he loved his dog and drawing trainers",
    "bedtime story with my son [[PERSON|kofi]] and his friend [[PERSON|benji]] as space explorers, under 400 words",
    "summarise this argument from the group chat: [[PERSON|rania]] said [[PERSON|omar]] forgot mum's birthday again, [[PERSON|omar]] said he was on a night shift, [[PERSON|layla]] sent 14 angry emojis. what do i reply as the oldest",
    "landlord note for my records: tenant [[PERSON|sven aaltonen]] moved in 1 sept, deposit £950 protected, car park gate code [[PASSWORD|1793#]], his email [[EMAIL_ADDRESS|s.aaltonen@protonmail.com]]. write a welcome message",
    "write a reference for my employee [[PERSON|marisol]] who worked the front desk at our salon 3 yrs. punctual, great with difficult clients. she's applying to a dental practice",
    "help me reply to my neighbour [[PERSON|colin]] who left a nasty note about our kids' trampoline being too loud. polite but i don't want to grovel",
    "wedding toast for [[PERSON|jonah]] & [[PERSON|eli]], i'm [[PERSON|jonah]]'s sister. they met at a climbing gym when [[PERSON|eli]] fell on him, literally. 3 mins",
    "caregiver's diary entry i need cleaned up: took nonna [[PERSON|pina]] to the memory clinic, dr [[PERSON|esposito]] wants a brain scan. her tessera sanitaria is in the blue folder. she kept asking for [[PERSON|aldo]] all the way home",
    "text for my colleague [[PERSON|mei-ling]]: the login for the shared supplier portal is [[ID_NUMBER|procure_team4]] and the password is [[PASSWORD|kx7!pl29]]. can u make it less casual",
    "birthday poem for my bestie [[PERSON|zainab]], we've been friends since year 7, she's obsessed with k-dramas and hates mornings",
    "write a speech for my grandpa [[PERSON|abe goldstein]]'s funeral, he was a tailor in brooklyn for 50 years. my cousin [[PERSON|miriam]] is doing the reading so don't overlap with psalm 23",
    "u14 netball notes: [[PERSON|tia]] wing attack, fast. [[PERSON|imani]] shooter, 70% in practice. [[PERSON|lottie]] needs confidence. want a pep talk for saturday naming each girl",
    "can you write a message to my tenants at [[STREET_ADDRESS|flat 3, 88 mill road, cambridge cb1 2as]] that the plumber comes wed between 9 and 12. tenants are [[PERSON|ahmed]] and [[PERSON|lina]]",
    "story for my grandson [[PERSON|bodhi]], 3, about a tractor who loves mud. very short and repetitive like a board book",
    "toast for my colleague [[PERSON|svetlana]]'s farewell drinks, she's moving back to kyiv. she fixed every spreadsheet we broke. something in ukrainian at the end if u can",
    "reference letter for my neighbour's son [[PERSON|jamal wright]] for a lifeguard job. i've known him since he was 8, he mowed my lawn for years. i'm a retired teacher if that helps",
    "email to my colleague [[PERSON|priscilla]] with the new door code for the office side entrance, it's [[PASSWORD|5820]]. also tell her the alarm is fixed",
    "notes from meeting with [[PERSON|ava]]'s teacher: struggling with phonics, maybe dyslexia screening, teacher suggested 10 min reading daily. her dad [[PERSON|marcus]] couldn't come, summarise for him",
    "my cousin [[PERSON|ade]] is getting married and i'm doing the groomsmen toast. he's a doctor, supports arsenal, was terrible at football. 2 mins",
    "complaint re: neighbour [[PERSON|derek]] at [[STREET_ADDRESS|27 holly bank, huddersfield hd3 4lp]], bonfires every sunday, smoke all over my washing. asked him twice already. draft for environmental health",
    "coach notes: [[PERSON|jaylen]] great vertical, [[PERSON|dre]] too many turnovers, [[PERSON|kai]] natural leader. member numbers for the tournament form: [[PERSON|jaylen]] [[ID_NUMBER|ybl-20931]], [[PERSON|dre]] [[ID_NUMBER|ybl-20944]], [[PERSON|kai]] [[ID_NUMBER|ybl-21007]]. put it in a table",
    "pls write a gentle bedtime story for [[PERSON|ayaan]] whose cat died this week, he's 6",
    "caregiver notes for mrs [[PERSON|patel]], medicare no [[ID_NUMBER|2947 18360 1]]. she had a good day, walked to the letterbox, ate dal. gp is dr [[PERSON|nguyen]] at the clinic. make a weekly summary",
    "wedding speech, maid of honour, for my sister [[PERSON|kezia]] marrying [[PERSON|tobi]] on 21/9. she's the sensible one, i'm not. i want to mention our dad who died",
    "message to [[PERSON|ravi]] at work: can we swap desks, my back is killing me by the window. short",
    "party planning: my wife [[PERSON|ines]]'s 50th. guests [[PERSON|joão]], [[PERSON|catarina]], [[PERSON|rui]], [[PERSON|filipa]], [[PERSON|beatriz]] and the neighbours. portuguese food, who brings what?",
    "eulogy for my mate [[PERSON|gaz]], 52, heart attack at the allotment. he grew stupidly big marrows and said he'd see us all at the pub. i'll read it at the crem",
    "tenant notes to tidy: [[PERSON|wiktoria nowak]], [[PHONE_NUMBER|07700 900904]], reported damp in bedroom 12/1, pays by standing order, lease ends march. draft a reply about the damp",
    "my daughter [[PERSON|isla]] is 8, write a poem for her birthday from me and her dad, mention her guinea pigs pickle and crumpet",
    "quarrel recap: me and my brother-in-law [[PERSON|stelios]] fell out over the boat. he says i scratched it, i say it was like that. summarise for my wife [[PERSON|despina]] without taking my side too obviously lol",
    "write a thank you message to nurse [[PERSON|bev]] and the night team on ward 7 who looked after my mum [[PERSON|joan]] before she passed",
]

# 40 eulogies, wedding speeches, toasts and birthday poems.
SPEECHES = [
    "Could you help me write a eulogy for my father, [[PERSON|Ramón Esteban Ortiz]]? He was a mechanic in El Paso for 40 years, fixed half the neighborhood's trucks for free and taught me to fish at Elephant Butte. The service is at St. Pius X on Saturday. About four minutes, please, and it's okay to make people laugh once.",
    "Best man speech. Groom is [[PERSON|Connor Walsh]], bride is [[PERSON|Aisling]]. [[PERSON|Connor]] and I met at under-9s hurling in Cork and he cried when he lost his helmet. Now he's a structural engineer, which frankly scares me. [[PERSON|Aisling]] is far too good for him. Wedding is 14 June in Kinsale. Five minutes, a few jokes, one sincere bit at the end.",
    "Toast for my sister [[PERSON|Hina]]'s graduation dinner. She's the first in our family to finish med school; our parents came from Karachi with two suitcases. Under a minute please, I cry easily.",
    "Birthday poem for [[PERSON|Olu]], 60 this Sunday. He's my husband, he gardens, he sings off-key in church and he makes terrible puns. Four verses, rhyming, and sign it from [[PERSON|Funmi]] and the kids.",
    "I have to speak at the funeral of a coworker, [[PERSON|Bernadette Cole]]. Everyone at the depot called her [[PERSON|Bernie]]. She ran dispatch for 22 years and knew every driver's kids by name. I didn't know her outside work, so help me keep it honest and short.",
    "Write a toast for my parents [[PERSON|Giuseppe]] and [[PERSON|Maria Grazia]] on their 50th wedding anniversary. They've run a pizzeria in Glasgow since 1979. Mix in one line of Italian. Dad will cry, Mum will pretend not to.",
    "Limerick for my friend [[PERSON|Tamsin]] who turns 40 on Friday? She has three dogs, one ex-husband and a laugh you can hear from the car park.",
    "My grandmother [[PERSON|Adaeze Nwosu]] passed away last week in Enugu at 94 and I'm giving the tribute at the memorial in Houston. She was a headmistress, strict, but she quietly paid school fees for children whose parents couldn't. Please help me write something that honours her and mentions her favourite hymn, Abide With Me.",
    "Father of the groom speech. My son is [[PERSON|Ethan]] and he's marrying [[PERSON|Priya Raman]]. Her parents, [[PERSON|Suresh]] and [[PERSON|Lakshmi]], are flying in from Chennai and I'd like to welcome them properly, and say something about how [[PERSON|Ethan]] has changed since he met [[PERSON|Priya]].",
    "Quick toast for my team lead [[PERSON|Marguerite]], who's leaving after 11 years. She hired me when nobody else would. Under 90 seconds, no inside jokes the new people won't get.",
    "Can you write a birthday poem for my nephew [[PERSON|Rafael]]? He's turning 18, plays the drums and wants to be a pilot. It's from Tia [[PERSON|Lucía]].",
    "Eulogy for my uncle [[PERSON|Terrence Boyd]], known to everyone as [[PERSON|Tank]]. Ex-Marine, gentle giant, ran the youth boxing club on 8th Street for 25 years. The funeral home says I get five minutes.",
    "I'm maid of honour for [[PERSON|Yuki]] on Saturday. We were roommates in Osaka when we both taught English. Her fiancé [[PERSON|Daniel Okonkwo]] proposed at the top of Mount Takao. I need a speech that works for Japanese and Nigerian relatives, and some of them don't speak much English.",
    "Toast at dinner tonight for [[PERSON|Inês Carvalho]], who just made partner at her firm. We've been friends 20 years. Witty, four or five sentences.",
    "A poem for my granddaughter [[PERSON|Saoirse]]'s first birthday, to go in her memory box. Please mention that she was born during the big snow in January and that her great-grandad [[PERSON|Seamus]] got to hold her before he died.",
    "Help with a short eulogy for our neighbour [[PERSON|Wei Chen]], 81. She gave every kid on Laurel Street a red envelope at New Year. I'm speaking on behalf of the street association.",
    "I'm the groom. My speech needs to thank my parents [[PERSON|Bongani]] and [[PERSON|Nomsa]], [[PERSON|Zanele]]'s parents, my best man [[PERSON|Sipho]] and the caterers, and end with a toast to my bride, [[PERSON|Zanele Dlamini]]. Warm, not too long.",
    "21st birthday toast for my daughter [[PERSON|Aroha]]. Her nan will open with a karakia. I'd like to mention that she's studying law in Wellington and still captains her netball team.",
    "Write a funny poem for my gym buddy [[PERSON|Tony Russo]], 50 tomorrow. He still thinks he can deadlift 200kg. He can't.",
    "Our old piano teacher, [[PERSON|Agnieszka Wójcik]], died and her family asked former students to say a few words. I took lessons from 7 to 17 in her front room at [[STREET_ADDRESS|41 Chestnut Avenue, Leicester LE2 3GH]]. She smelled of cardamom tea and never let me skip scales. Can you help me shape that into two minutes?",
    "Retirement speech for our school caretaker, [[PERSON|Winston Clarke]]: 33 years, fixed everything, knew every kid. He's Jamaican, loves cricket and dominoes. Warm, 2 minutes.",
    "Birthday poem for my wife [[PERSON|Leilani]], turning 35 on the 9th. We met at a luau in Kona that neither of us wanted to go to.",
    "Toast for my mum [[PERSON|Carol]]'s wedding to [[PERSON|Geoff]]. She's 64, he's 70, they met at ballroom dancing. Funny, but I also want to say how happy I am that she found someone after Dad.",
    "Eulogy for Staff Sergeant [[PERSON|Luis Ocampo]], my cousin, who served 18 years. I want to mention his daughters [[PERSON|Camila]] and [[PERSON|Valeria]] and his love of Dodgers baseball.",
    "Engagement party toast for my brother [[PERSON|Arjun Mehta]] and his fiancée [[PERSON|Chloé Martin]]. She's from Lyon, so I'll say one sentence in French; give me one that's easy to pronounce.",
    "Could you write a short poem for my friend [[PERSON|Bea]]'s 30th? Card size, 8 lines. She just ran her first marathon.",
    "I'm organising my grandad [[PERSON|Frank Hollis]]'s funeral and need a eulogy plus a short notice for the local paper. Anyone who wants to share memories can email [[EMAIL_ADDRESS|hollis.family.memories@gmail.com]] or ring me on [[PHONE_NUMBER|0113 496 0732]]. He was a miner, then a postman in Rothwell.",
    "Speech for my best friends' wedding, [[PERSON|Marisa]] and [[PERSON|Jo]]. I introduced them at a pub quiz in 2016. I'm basically the warm-up act before the vows. 3 minutes.",
    "Toast for my grandfather [[PERSON|Mehmet]]'s 80th. He came to Berlin in 1969 to work at the Siemens plant and he still makes us all çay at 6am. The family speaks Turkish and German but I'll give it in English for my wife's side.",
    "Poem for my godmother [[PERSON|Gloria Mensah]], 75 years young, who taught half of Kumasi to sew.",
    "Mum died on the 3rd. Her name was [[PERSON|Patricia Anne Doyle]] but she was [[PERSON|Trish]] to everyone. I need something I can actually get through without breaking down. Short sentences. She loved crosswords, Coronation Street and her grandkids [[PERSON|Liam]], [[PERSON|Ella]] and [[PERSON|Finn]].",
    "Roast-style toast for [[PERSON|Declan]]'s 50th: bald since 30, still claims he was a model, drives a Skoda like it's a Ferrari. Affectionate, not cruel.",
    "Sangeet night speech for my sister [[PERSON|Anjali]] and [[PERSON|Rohit Kapoor]]. I'm her younger brother. Mix Hindi and English, and mention that she used to make me do her chemistry homework even though she's the scientist now.",
    "Write an acrostic poem using my husband's name, [[PERSON|STEFAN]], for his 45th. He's a firefighter and a terrible cook.",
    "Dr [[PERSON|Harpreet Sandhu]] was our practice's GP for 30 years and patients have been leaving cards at reception since he died. I'm the practice manager and I'll speak at the memorial. Help me write it.",
    "We're doing a little office toast for [[PERSON|Kenji]], who got married last weekend to [[PERSON|Sora]]. Something that also fits inside a card.",
    "Birthday poem for my friend [[PERSON|Dolores]], who's spending her 70th in St Mary's after a hip operation. Cheerful, nothing about illness.",
    "Write an obituary and a short eulogy: [[PERSON|Kwabena Asante]], 12 May 1948 – 2 February 2025, husband of [[PERSON|Efua]], father of four, retired accountant at the Ghana Cocoa Board, elder at Ridge Church.",
    "Speech for my brother [[PERSON|Tavita]]'s wedding. We're Samoan, the reception is at the church hall in Porirua and his bride [[PERSON|Mele]] is Tongan. I want to thank both families for the food, there will be a LOT.",
    "A goodbye toast for [[PERSON|Rasmus]] and [[PERSON|Signe]], who are moving back to Aarhus after eight years as our neighbours. Their kids taught ours to skate. Finish with a Danish 'skål'.",
]

# 36 reference letters, complaints about neighbours and messages to colleagues.
LETTERS = [
    "Please write a reference letter for [[PERSON|Magdalena Zielińska]], who worked as a carer for my mother from 2021 until Mum died last autumn. She's applying to nursing school. Patient, never late, and she handled the dementia with such kindness. They can reach me on [[PHONE_NUMBER|07700 900851]] to verify.",
    "Reference for a former tenant: [[PERSON|Abdirahman Warsame]] rented [[STREET_ADDRESS|Flat 2, 17 Clarendon Road, Bristol BS6 7EX]] from me for four years. Rent always on time, left it spotless. Formal, one page.",
    "Help me write to the housing association about my neighbour [[PERSON|Kevin Marsh]] at number 32. His security camera points straight into my kitchen window. My tenancy ref is [[ID_NUMBER|HA-0045829]]. I'd like them to ask him to move it, I'm not trying to get anyone evicted.",
    "Can you rewrite this so it's less passive-aggressive? 'Hi [[PERSON|Beatrix]], as per my last three emails, I still need the Q3 figures.' She's senior to me.",
    "Write a recommendation for my student [[PERSON|Ji-ho Park]], who's applying to an engineering summer programme. I'm his physics teacher. He built a working seismograph out of a Raspberry Pi.",
    "Welcome message to my new colleague [[PERSON|Temitope]]. Tell her I'm her buddy for the first month, my direct line is [[PHONE_NUMBER|020 7946 0581]] and she can ping me on Teams any time.",
    "Mr [[PERSON|Hargreaves]] downstairs bangs on his ceiling with a broom whenever our baby cries. Draft a calm note to slip under his door at [[STREET_ADDRESS|Flat 1, 9 Priory Gardens, Bath BA2 4JL]]. We're in Flat 3, directly above.",
    "Short character reference for our babysitter [[PERSON|Chiamaka]] (18). She's looked after [[PERSON|Tobenna]] and [[PERSON|Adanna]] every Friday for two years. She wants a weekend job at Boots.",
    "Turn this into a kind but clear Slack message to [[PERSON|Lars]]: his code review comments on the intern's PR were too harsh and [[PERSON|Ximena]] ended up crying in the bathroom. I'm her manager, not his.",
    "Letter to our neighbours [[PERSON|Pradeep]] and [[PERSON|Kavita Shah]] about their leylandii, which is now 8 metres tall and blocks every bit of light to our garden. We've been friendly for ten years and I don't want to lose that. We're at [[STREET_ADDRESS|12 Orchard Way, Harpenden AL5 1QP]].",
    "I'm off on maternity leave tomorrow. Write a handover email to [[PERSON|Callum]] covering: supplier portal login [[ID_NUMBER|ops.deskbay]] with password [[PASSWORD|Tulip#2024!]], the petty cash safe code [[PASSWORD|0917]], and that [[PERSON|Renata]] in finance signs off anything over £500.",
    "Reference letter for [[PERSON|Hamza Qureshi]], who volunteered at our food bank every Saturday for three years. He's applying to study social work at Manchester Met.",
    "Draft a complaint to the council dog warden about the dog at [[STREET_ADDRESS|45 Sandringham Drive, Wrexham LL11 2HT]]. The owner, [[PERSON|Dean Prosser]], lets it off the lead in the playground and it went for my son's coat. I don't want my name passed on to him.",
    "Text to my colleague [[PERSON|Anh]] asking if she can cover my 8am class tomorrow. Classroom door code is [[PASSWORD|C4471]], register is on the desk.",
    "Could you help me write a reference for my cleaner, [[PERSON|Luzia Ferreira]]? Six years with us, has keys, never a single problem. She prefers references by email so I'll send it to [[EMAIL_ADDRESS|luziaferreira.limpeza@hotmail.com]].",
    "Help me reply to [[PERSON|Gordon]] from accounts, who cc'd my boss to complain that I 'ignored' his email. I was on annual leave and my out-of-office was on. Professional, but make that point clearly.",
    "Quick message to [[PERSON|Sebastian]] in IT: my home IP changed to [[IP_ADDRESS|203.0.113.58]], could he add it to the VPN allowlist before Monday? Polite, he's swamped.",
    "HR asked me to confirm employment for [[PERSON|Olamide Bakare]], employee no. [[ID_NUMBER|E-204771]], Senior Analyst since March 2019. Short formal letter for her mortgage application.",
    "Write an email introducing Dr [[PERSON|Nkechi Eze]] to our partner lab in Utrecht. She'll visit 3 to 7 March; her address is [[EMAIL_ADDRESS|n.eze@kinghurst-lab.org]].",
    "Letter to the landlord of the house next door. His tenants, a couple called [[PERSON|Brandon]] and [[PERSON|Kayla]], have had rubbish piling up in the front garden since May and we've seen rats. The landlord is [[PERSON|Nigel Ashworth]], [[EMAIL_ADDRESS|nigel.ashworth64@btinternet.com]].",
    "Need a reference for my apprentice electrician, [[PERSON|Kyle]], 19. Hard worker, sometimes late on Mondays (Sunday league). The honest version please, he knows I'll mention it.",
    "Translate into polite Spanish, for my coworker [[PERSON|Guadalupe]]: thank you so much for covering my shift, I owe you lunch.",
    "I need to write a statement for the police about my neighbour [[PERSON|Craig Dunmore]]. He has shouted abuse at my partner three times this month, on 2, 9 and 17 October. Our address is [[STREET_ADDRESS|8 Wellfield Close, Stockton-on-Tees TS19 7BN]]. Help me make it clear and factual.",
    "Letter of recommendation for my PhD student [[PERSON|Ayşe Yıldız]] for a postdoc at ETH. Her thesis was on soil microbiomes. I'd like to stress how independent she is.",
    "Birthday message from the whole team to [[PERSON|Pooja]] for the card. She's the office manager and the only reason the printer works.",
    "Write a Slack message to [[PERSON|Ingrid Solberg]] handing over the weather-data integration: the key is [[API_KEY|wx_live_9fK2mQ7tR4vB8nZ1cL6pD3sH]] (rotate it after the demo) and the dashboard belongs to [[PERSON|Teodor]] now.",
    "Character reference for a friend, [[PERSON|Marcus Bell]], who is up at Newcastle Magistrates' Court for a driving offence. I've known him 15 years through church and he coaches kids' football. I'm not trying to excuse what he did.",
    "Can you make this sound more professional: 'hey [[PERSON|Raj]] zoom for tmrw is 847 2291 0036 pw [[PASSWORD|7Fq2xa]] dont be late again'",
    "Complaint email to my building manager about smoke from Unit 5B. The tenant, [[PERSON|Roy Adler]], smokes on his balcony and it blows straight into my daughter's room. I'm at [[STREET_ADDRESS|310 Maple Ave, Apt 6B, Evanston, IL 60202]].",
    "Reference letter for [[PERSON|Gurpreet Dhillon]], who drove for my trucking company in Surrey, BC for six years with a clean record. He's moving to a company in Alberta.",
    "Help me apologise to [[PERSON|Nadia]] for calling her idea naive in front of the director yesterday. I was wrong and I want to say so without grovelling.",
    "Thank-you card for our neighbours [[PERSON|Elif]] and [[PERSON|Kerem]], who fed our cats for two weeks while we were in hospital with [[PERSON|Noor]].",
    "Write a reference for our former nanny [[PERSON|Jacqueline Mwangi]]. At the bottom put my contact details: [[PERSON|Sarah Lindgren]], [[PHONE_NUMBER|(617) 555-0143]], [[EMAIL_ADDRESS|sarah.lindgren@fastmail.com]].",
    "Short message congratulating [[PERSON|Chukwuemeka]] on passing his CPA exams. Everyone at work calls him [[PERSON|Emeka]].",
    "The lady across the road, [[PERSON|Maureen]], reports every car parked outside to the council. She's reported my carer's car four times now. Write a polite letter asking her to stop, because my carer has to park somewhere.",
    "Email to [[PERSON|Wojciech]] in payroll: my bank changed, new account number [[ID_NUMBER|41839276]], sort code 20-45-77, employee number [[ID_NUMBER|88120]]. Please update before the 25th.",
]

# 36 bedtime stories, recaps of family quarrels and party plans with guest lists.
FAMILY = [
    "Bedtime story for my son [[PERSON|Mateo]], he's 4 and obsessed with bin lorries. The lorry should be called Big Rosie and [[PERSON|Mateo]] helps her on her round.",
    "Could you write a story where my daughters [[PERSON|Hana]] and [[PERSON|Yuna]] find a secret door in Grandma's kitchen? [[PERSON|Hana]] is 7 and brave, [[PERSON|Yuna]] is 4 and always hungry.",
    "Recap for my therapist: Sunday lunch at the in-laws', my husband [[PERSON|Gavin]] and his brother [[PERSON|Lee]] argued about who pays for their mum's care home. [[PERSON|Lee]] called me 'the outsider' and I left the table. Please summarise neutrally in bullet points.",
    "Planning my daughter's 10th birthday sleepover. Girls coming: [[PERSON|Mia]], [[PERSON|Zara]], [[PERSON|Ffion]], [[PERSON|Nia]], [[PERSON|Poppy]]. [[PERSON|Zara]] has a nut allergy and [[PERSON|Nia]] is vegetarian. Plan the food and three activities.",
    "[[PERSON|Oisín]] is 5 and terrified of the hoover. Can you write a bedtime story where the hoover turns out to be a shy, friendly dragon?",
    "Can you summarise this family fight for my dad, who isn't on WhatsApp? [[PERSON|Tanya]] posted that [[PERSON|Mikhail]] was drunk at the christening. [[PERSON|Mikhail]] says she's exaggerating. Mum said they both owe [[PERSON|Irina]] an apology since it was her baby. Nobody's talking now.",
    "Surprise 60th for my husband [[PERSON|Dave Cartwright]] on 12 April at the Fox & Hounds. RSVPs to me on [[PHONE_NUMBER|07700 900643]], and nobody text [[PERSON|Dave]]!! Guests: his brothers [[PERSON|Phil]] and [[PERSON|Andy]], the darts team, [[PERSON|Linda]] and [[PERSON|Mick]] from next door. Draft the invite text.",
    "A lullaby-style story for [[PERSON|Esperanza]] (2), we call her [[PERSON|Espe]]. Mix in the Spanish words she knows: luna, estrella, gato.",
    "My sister [[PERSON|Ruth]] and I haven't spoken since Dad's funeral because she sold his car without asking. Before I write to her, help me recap what happened without sounding bitter: she had power of attorney, I found out from a neighbour, she says it paid for the funeral.",
    "Eid party at ours, about 30 people. Aunty [[PERSON|Rukhsana]] is bringing biryani, [[PERSON|Imran]] and [[PERSON|Sadia]] are doing desserts and my cousin [[PERSON|Bilal]] will do the barbecue if it doesn't rain. Address for the invite: [[STREET_ADDRESS|58 Cranbrook Road, Ilford IG1 4PG]]. Help me plan the rest.",
    "Story for my grandson [[PERSON|Arlo]] where he goes on an adventure with his dog Biscuit and his cousin [[PERSON|Juniper]]. He's 6 and loves volcanoes.",
    "Write up the argument I had with my partner [[PERSON|Jordan]] last night so we can go through it with our counsellor. It started about dishes, became about his mum visiting every weekend, and ended with me on the sofa. Fair to both sides.",
    "Baby shower for my best friend [[PERSON|Keira]]! Guests: [[PERSON|Shauna]], [[PERSON|Megan]], [[PERSON|Roisin]], [[PERSON|Precious]], [[PERSON|Kim]] and [[PERSON|Keira]]'s mum. It's at my flat, [[STREET_ADDRESS|4/2, 19 Hyndland Road, Glasgow G12 9UY]], door entry code [[PASSWORD|2468]] so people can let themselves in. Write the invite.",
    "Tonight's bedtime story request from [[PERSON|Thabo]] (8): a football match between lions and zebras where he's the referee. Funny, about 600 words.",
    "Summarise my parents' divorce argument for my little brother [[PERSON|Alejandro]], who's 14 and keeps asking. Mom ([[PERSON|Rosario]]) wants to keep the house, Dad ([[PERSON|Héctor]]) wants to sell. Gentle and age appropriate.",
    "Help me write an email inviting these people to my 30th in Lisbon, 6 to 8 June:\n[[EMAIL_ADDRESS|mk.ferreira@gmail.com]]\n[[EMAIL_ADDRESS|joey.tan88@yahoo.com]]\n[[EMAIL_ADDRESS|hannah.w.brooks@outlook.com]]\nAsk them to book flights by 1 March.",
    "My son [[PERSON|Idris]] has his first MRI tomorrow and he's scared. Can you write a bedtime story where a knight rides into a noisy magic tunnel and comes out perfectly fine? Use his name for the knight.",
    "Neutral minutes of our family meeting about Grandpa's house, please. Present: [[PERSON|Ahmad]], [[PERSON|Zeinab]], [[PERSON|Hussein]], me. [[PERSON|Hussein]] wants to keep it, [[PERSON|Zeinab]] wants to sell, [[PERSON|Ahmad]] walked out at 8:40pm.",
    "Party at the leisure centre went well. I need a thank-you text for each parent, one sentence each. Kids who came: [[PERSON|Rowan]], [[PERSON|Ibrahim]], [[PERSON|Daisy-Mae]], [[PERSON|Sebastián]], [[PERSON|Tilly]].",
    "We call our toddler [[PERSON|Bean]] (his real name is [[PERSON|Benedict]]). Can you make a very short rhyming story about [[PERSON|Bean]] and the moon?",
    "My brothers [[PERSON|Kojo]] and [[PERSON|Yaw]] fought at the funeral repast over who should have spoken first. I'm the eldest sister. Write a message to both of them that calms things down.",
    "Fourth of July cookout, guests and dietary needs: [[PERSON|Tyrell]] (no pork), [[PERSON|Becca]] (vegan), [[PERSON|Dom]] and [[PERSON|Gina]] (anything), my sister-in-law [[PERSON|Marisela]] (gluten free). Make a menu that works for all.",
    "Bedtime story about my daughter [[PERSON|Leia]] (yes, named after Star Wars) flying a spaceship to visit her grandma in Texas.",
    "Text to the family chat to smooth things over after Auntie [[PERSON|Bisi]] said my wedding dress was too short and my cousin [[PERSON|Dayo]] posted that on Facebook. Keep it classy.",
    "Garden party Saturday at our new place! Write a message to guests with directions: [[STREET_ADDRESS|4 Banksia Court, Mount Martha VIC 3934]], gate code [[PASSWORD|7731]], park on the grass. Guests are the [[PERSON|Papadopoulos]] family, [[PERSON|Harriet]] and [[PERSON|Nikhil]].",
    "Story for [[PERSON|Wanjiru]] and her little brother [[PERSON|Kamau]] about their grandmother's farm in Nyeri: cows, rain and a goat that goes missing. Five minutes to read aloud.",
    "Write an unbiased summary of the row between my son [[PERSON|Jake]] (16) and his stepdad [[PERSON|Martin]] about curfew, so I can show it to both. [[PERSON|Jake]] came home at 1am, [[PERSON|Martin]] took his phone.",
    "Make a table for the caterer from this: [[PERSON|Gabriela Souza]] [[PHONE_NUMBER|+55 11 98734-2210]], [[PERSON|Henrique Lima]] [[PHONE_NUMBER|+55 21 99618-4407]], plus-ones confirmed for both. It's my parents' anniversary party in São Paulo.",
    "Short goodnight story for [[PERSON|Anouk]], who's staying with us for the first time while her parents are away. She's 5 and misses them.",
    "I need to explain to my wife why I didn't invite my cousin [[PERSON|Raúl]] to the barbecue: last year he and my uncle [[PERSON|Ernesto]] nearly came to blows over politics. Write it as a short recap.",
    "Planning my nan's 90th at [[STREET_ADDRESS|The Cottage, Mill Lane, Little Budworth, Tarporley CW6 9ER]]. Guests: her friends [[PERSON|Edna]], [[PERSON|Vera]] and [[PERSON|Olive]] from bingo, and all of us grandkids. Ideas that suit 90-year-olds?",
    "Bedtime story for [[PERSON|Caspian]] please! He's 3 and every story MUST include a digger, a cat and the word 'wobble'.",
    "Please help me summarise a row between my daughter [[PERSON|Sunita]] and her husband [[PERSON|Vikram]] at my house on Sunday. I don't want to take sides, I just need to tell my husband what happened.",
    "Collecting money for [[PERSON|Teresa]]'s leaving do. Write a message to the team asking everyone to send £10 to sort code 30-91-46, account [[ID_NUMBER|58304172]], reference [[PERSON|TERESA]], by Thursday.",
    "I'm Grandpa. Write a bedtime story I can read on a video call to my grandkids [[PERSON|Aarav]] and [[PERSON|Diya]] in Toronto, about a monkey who steals mangoes from my garden in Pune.",
    "For the co-parenting app: Saturday, [[PERSON|Maddox]] (9) hit [[PERSON|Harper]] (6) with a lightsaber after she broke his Lego. I sent him to his room. Write it up factually for his dad, [[PERSON|Travis]].",
]

# 34 parent-teacher notes, caregivers' diaries, coaches' notes and landlords' notes.
NOTES = [
    "Notes from parents' evening for [[PERSON|Amelia Thornton]], Year 9. Maths: Mr [[PERSON|Okoro]] says she's capable of a grade 8 but rushes. English: Ms [[PERSON|Fairbairn]] loved her essay on Of Mice and Men. Turn this into a short summary for her dad, who couldn't come.",
    "Email to the school office: my son [[PERSON|Kian Rahimi]], student number [[ID_NUMBER|2207519]], missed the parent-teacher meeting because of a hospital appointment. Can we rebook with his form tutor, Mrs [[PERSON|Doherty]]?",
    "Caregiver diary, Monday 4 March. Client: [[PERSON|George Whitfield]], 88. Morning: washed, dressed, toast and tea. Took [[PERSON|George]] to the day centre at 10. Afternoon quiet, watched the cricket. Evening meds at 6pm. Daughter [[PERSON|Karen]] rang at 7. Please make this a neat entry for the agency portal.",
    "Rewrite this for the district nurse: Mum ([[PERSON|Margaret Lowe]], NHS number [[ID_NUMBER|512 764 0937]]) has a pressure sore on her left heel, about 2cm, red, skin not broken. Cream applied twice daily since Tuesday.",
    "Coach's notes from Saturday (U10 Tigers):\n[[PERSON|Leo Marchetti]] – 2 goals, great attitude\n[[PERSON|Bilal]] – needs to pass more\n[[PERSON|Isabella]] – best defender today\n[[PERSON|Freddie]] – cried at half time, have a word with his mum\nWrite a short, positive match report for the parents' group.",
    "Landlord notes to turn into a letter. Property: [[STREET_ADDRESS|23 Birch Grove, Sheffield S10 2LN]]. Tenant: [[PERSON|Chidera Obi]]. Issues: mould in the bathroom (window never opened?), rent £40 short in February. Be reasonable, I want to keep her.",
    "At the conference my daughter's teacher, Mr [[PERSON|Valdés]], said [[PERSON|Camila]] is 'socially withdrawn' and suggested the school counsellor. I disagreed. Help me write a follow-up email that's open-minded but asks for specifics.",
    "Night notes for [[PERSON|Emmanuel]] (Papa): up 3 times for the toilet, wandering at 2am saying he had to get to work at the port. Settled with warm milk. Back door alarm code is [[PASSWORD|3390]], please reset it in the morning. Tidy this up for the family.",
    "Turn my coaching notes into a progress report for each swimmer. [[PERSON|Harvey]]: backstroke improving, kick weak. [[PERSON|Yasmin]]: qualified for county 100 breaststroke. [[PERSON|Dmitri]]: attitude issues, late 4 times. Keep [[PERSON|Dmitri]]'s honest but kind.",
    "Make a tenant contact sheet from my notes: [[PERSON|Oskar Lindahl]], [[STREET_ADDRESS|Flat 4, 12 Victoria Terrace, Leamington Spa CV31 3AB]], [[PHONE_NUMBER|07700 900317]], [[EMAIL_ADDRESS|oskar.lindahl@gmail.com]], moved in 1/10/23, deposit £1,100 with DPS.",
    "Summarise the IEP meeting for my partner: [[PERSON|Eli]]'s reading goals updated, OT twice a week, his teacher Ms [[PERSON|Kowalski]] will send a weekly log. Next review 15 November.",
    "Handover note for the new carer starting with my father [[PERSON|Abdullah]] tomorrow. He speaks Arabic and some English, prays at 1pm, is diabetic, insulin is in the fridge door. House key in the key safe by the porch, code [[PASSWORD|6152]]. Emergency contact is me, [[PERSON|Samira]], [[PHONE_NUMBER|07700 900928]].",
    "Coach notes for end-of-season awards: [[PERSON|DeShawn Williams]] MVP, [[PERSON|Trey]] most improved, [[PERSON|Malik]] sportsmanship. Write a short speech for each award.",
    "I'm screening a tenant for my duplex. Application: [[PERSON|Jessica Moreno]], SSN [[US_SSN|512-48-7396]], current address [[STREET_ADDRESS|1847 W Pioneer Rd, Mesa, AZ 85201]]. Write her an email saying the background check takes about 3 business days.",
    "Notes from the nursery key worker meeting about [[PERSON|Alfie]] (3): bit other children twice this week, great at puzzles, not napping. Key worker is [[PERSON|Shanice]]. What should I ask at the next one?",
    "Diary entry for Dad's care folder. [[PERSON|Kostas Galanis]], Medicare [[ID_NUMBER|5103 82744 1]]. Wed: physio came, he walked to the end of the driveway with the frame. Appetite poor. Asked about Mum twice. Can you make it read like a proper care note?",
    "Selection notes, under-15 cricket: [[PERSON|Arjun]] opens, [[PERSON|Zak]] at 3, [[PERSON|Ollie P]] keeps, [[PERSON|Ollie S]] 12th man because of exams. Write an email to parents announcing Sunday's team for the match at Chelmsford.",
    "Write a rent reminder to my tenant [[PERSON|Lukas Brandt]] in German and English: rent of €780 for March is outstanding, please transfer to [[IBAN_CODE|DE17 3705 0299 1048 3726 15]] with reference Wohnung 2.",
    "At conferences [[PERSON|Soo-ah]]'s teacher said she's two grades ahead in reading and bored in class. I want to ask about the gifted program. Draft a note to the principal; her student ID is [[ID_NUMBER|S0048271]].",
    "My wife [[PERSON|Renée]] has early-onset Alzheimer's. Write a one-page 'about me' sheet for the respite centre: she was a French teacher, loves Édith Piaf, gets anxious at dusk and answers best to [[PERSON|Nené]].",
    "Send this to my assistant coach as a clean list. Player contacts for the tournament: [[PERSON|Ronan]]'s dad [[EMAIL_ADDRESS|pj.mcgrath@eircom.net]], [[PERSON|Tadhg]]'s mum [[EMAIL_ADDRESS|s.ni.bhriain@gmail.com]].",
    "My notes on the three flats at [[STREET_ADDRESS|67 Harcourt Street, Dublin 2, D02 K762]]: Flat 1 [[PERSON|Ciara]], quiet. Flat 2 [[PERSON|Patryk]] and [[PERSON|Ola]], late rent twice. Flat 3 [[PERSON|Jean-Luc]], complains about the heating. Write a summary for the letting agent.",
    "Notes for myself from [[PERSON|Tobias]]'s teacher conference, please organise: handwriting messy, great at science, best friends with [[PERSON|Nils]] and [[PERSON|Aleksander]], Frau [[PERSON|Schreiber]] wants us to check homework at home more.",
    "Help me fill in the home care application summary for my uncle [[PERSON|Pádraig Keane]], PPS number [[ID_NUMBER|3918472M]]. Needs help with washing and meals, lives alone outside Ennis, uses a walker.",
    "My gymnastics notes are a mess, clean them up: [[PERSON|Sakura]] beam confident, vault fear. [[PERSON|Lily-Rose]] strong floor. [[PERSON|Nadia]] back injury, no tumbling till physio clears her.",
    "Message for my new tenant [[PERSON|Sanne de Vries]]: welcome! Garage gate code is [[PASSWORD|8842]], bins go out Tuesday night, rent on the 1st to [[IBAN_CODE|NL41INGB0007391846]]. Friendly, in English.",
    "Email to Ms [[PERSON|Achterberg]] after parent-teacher night: thanks for the feedback on [[PERSON|Luca]]'s behaviour, we've taken his Switch away on school nights and would like to hear if it helps.",
    "Caregiver diary 12/02: [[PERSON|Rosa]] had a good morning, we did a jigsaw. She got agitated around 4pm asking for [[PERSON|Manuel]], her late husband; redirected with music. Format this for her son, [[PERSON|Javier Olmedo]], who reads it weekly.",
    "Post-match notes, under-16 rugby: [[PERSON|Tane]] man of the match, [[PERSON|Josh K]] on concussion protocol, [[PERSON|Sione]] yellow card. Write a note for parents, including that [[PERSON|Josh]]'s mum should watch for headaches.",
    "Tenant application summary for my rental in Halifax: [[PERSON|Marie-Ève Tremblay]], SIN [[ID_NUMBER|529 318 479]], works at Dalhousie University, references checked. Write a short approval letter.",
    "Write a note to my son's teacher explaining he hasn't done homework because he's been helping care for his gran. Son is [[PERSON|Reece]], Year 8, class 8B.",
    "Carer's log to tidy and send to the agency: visited Mrs [[PERSON|Ogunleye]] at [[STREET_ADDRESS|Flat 7, Holloway Court, 15 Parkhurst Road, London N7 0SF]] 9:00 to 9:45. Gave meds, changed dressing. Her daughter wants a call on [[PHONE_NUMBER|020 7946 0279]] if anything changes.",
    "Private coaching notes for [[PERSON|Valentina]] (14): forehand solid, second serve double faults under pressure. Her parents want a monthly report at [[EMAIL_ADDRESS|famiglia.ricci@libero.it]]. Write March's report.",
    "Tenant [[PERSON|Hassan Jaber]] paid the deposit by card over the phone: [[CREDIT_CARD|4539 1728 4063 7184]], exp 09/27. Turn my note into a receipt message for him that doesn't repeat the full card number.",
]

# 25 clean stories: characters known only by role or with obviously invented names.
CLEAN_FICTION = [
    "Write a bedtime story about a sleepy dragon named Sir Snorelot who is afraid of his own sneezes.",
    "Tell me a short story about a lighthouse keeper and a lost whale. No names, just 'the keeper' and 'the whale'.",
    "can you write a funny story for kids about Captain Zorp from the planet Glorb who crash-lands in a school canteen",
    "Bedtime story please: a little girl, a paper boat and a rainy city. Keep her unnamed so any child can imagine it's them.",
    "Write a fairy tale where Princess Marmalade Von Sprinkles has to rescue a knight from a sulking troll.",
    "I want a story for a 5-year-old about a hedgehog called Prickles who wants to hug everyone.",
    "Make up a spooky but not too scary story about a ghost called Boo Bartholomew who haunts a cupcake shop.",
    "Write a fable in the style of Aesop with a fox, a crow and a lesson about honesty.",
    "Short story about an old tailor and a mysterious customer who orders a coat with no sleeves. Third person, nobody named.",
    "A rhyming story about Mr. Wobblebottom, a penguin who keeps tripping over his own feet.",
    "Write a sci-fi piece where the robot XJ-9000 tries to understand why humans cry at weddings.",
    "story for toddlers: a digger, a cat and a wobbly bridge. lots of sound effects pls",
    "Write a mystery for a school play: Detective Fizzlewick and the case of the missing trophy. Roles for 8 kids, named only by role (the janitor, the head teacher, the twins...).",
    "Give me a bedtime story starring a brave little cloud named Nimbus who is scared of thunder.",
    "Silly story about twin unicorns, Glitterhoof and Sparklemane, who both want to lead the parade.",
    "A heartwarming story about a grandmother teaching her grandson to fold dumplings. Just call them Grandma and the boy.",
    "Write a story where a shy mouse called Pip Squeakington becomes mayor of the hedgerow.",
    "Can you write a choose-your-own-adventure opening about Sir Reginald Fluffington the Third and a dragon who only eats broccoli?",
    "Bedtime story about a moon that lost its glow and the fireflies who helped it shine again. Slow and gentle, for a 3-year-old.",
    "Write a story about a family quarrel at Thanksgiving told by the turkey. Characters: the uncle, the aunt and the cousin with blue hair.",
    "Write a short comic scene between two office robots, Unit A and Unit B, arguing about the thermostat.",
    "A story about a pirate queen called Captain Barnacle Bess and her parrot Admiral Squawk, hunting for the Lost Spoon of Destiny.",
    "A calming sleep story about walking through a forest in autumn, in the second person, with no characters at all.",
    "Write a story for my class where the Gruffalo meets the Very Hungry Caterpillar.",
    "write a short tale where Zog the space slug learns to share his snacks with the moon rabbits",
]

# 25 clean speeches, letters, notes and plans for generic occasions.
CLEAN_OCCASIONS = [
    "Write a generic best man speech I can adapt, with [GROOM] and [BRIDE] as placeholders.",
    "Give me a two-minute toast for a 50th wedding anniversary party. I'll fill in the names later.",
    "What are the usual parts of a eulogy, and how long should one be?",
    "Write a eulogy template for a grandmother with blanks for her name, hometown and hobbies.",
    "short funny poem for a coworker's birthday card that works for anyone in the office",
    "How do I write a reference letter for a former employee? Give me a structure and some sample phrases.",
    "Template letter to a neighbour about a barking dog, polite tone, with <Name> and <Address> placeholders.",
    "Write a retirement toast for a teacher who has worked 30 years at the same school. No names.",
    "Ideas for a maid of honour speech when the bride and I have only been friends for a year?",
    "Write a birthday poem for a best friend turning 40, generic enough for any card.",
    "How long should a father of the bride speech be, and which topics should I avoid?",
    "Draft a message to a colleague who has just lost a parent. Kind and brief.",
    "Write a sample agenda for a parent-teacher conference in a Year 3 class.",
    "What should a caregiver's daily log include for an elderly client with dementia?",
    "End-of-season speech for a youth football team, about 3 minutes, focusing on effort over results.",
    "As a first-time landlord, what should I record about each tenancy and how long should I keep it?",
    "Write a toast for a retirement party at a hospital, for a nurse who worked nights for 25 years.",
    "How can I word a party invitation so guests know it's adults only without sounding rude?",
    "suggest a 10 minute family meeting format to settle an argument between siblings about caring for a parent",
    "Write a short, non-religious wedding reading about friendship.",
    "Write a welcome message any landlord could send a new tenant, with placeholders for the move-in date and bin day.",
    "Help me with a toast for our company's 10th anniversary dinner, for staff and clients.",
    "Write a bedtime story that parents can personalise, using {child_name} wherever the child's name should go.",
    "What's a respectful way to end a eulogy?",
    "Write a short speech a coach could give after a heavy defeat in a cup final.",
]

# 25 clean questions about public figures, historical people and sports stars.
CLEAN_PUBLIC = [
    "Write a wedding toast that quotes Winston Churchill on courage.",
    "Who was Florence Nightingale and why does she matter to nursing?",
    "Write a birthday poem in the style of Maya Angelou.",
    "Give me 5 fun facts about Serena Williams' career for a kids' sports quiz.",
    "What did Martin Luther King Jr. say about children in the 'I Have a Dream' speech?",
    "Write a short tribute to Queen Elizabeth II for a school assembly.",
    "Was Cristiano Ronaldo or Lionel Messi better at free kicks? Compare the stats.",
    "Help me write a best man joke about Gordon Ramsay shouting at the caterers.",
    "Summarise Nelson Mandela's life in 150 words for my son's homework.",
    "Explain what Marie Curie won her two Nobel prizes for.",
    "What is Shakespeare's Sonnet 18 about, and is it okay to read at a wedding?",
    "Write a short speech about Usain Bolt for a primary school sports day.",
    "Who were the Wright brothers and what happened at Kitty Hawk?",
    "Give me a quote by Oprah Winfrey to put in a graduation card.",
    "write a limerick about Taylor Swift and her cats",
    "What did Abraham Lincoln say in the Gettysburg Address?",
    "Suggest a toast quoting Frida Kahlo for an art teacher's retirement.",
    "How many Grand Slam titles has Novak Djokovic won?",
    "Write a poem about Amelia Earhart's last flight.",
    "Why do people call Simone Biles the GOAT?",
    "Who was Mary Seacole and what did she do in the Crimean War?",
    "Write a short bio of David Attenborough for a nature lover's birthday card.",
    "In what year did Cleopatra die, and how?",
    "Which speech by Barack Obama would be good to quote at a graduation?",
    "Tell me about Mo Farah's Olympic gold medals.",
]

# 25 clean questions about characters from books and films, brands and places named after people.
CLEAN_NAMED_THINGS = [
    "Write a eulogy for Boromir from The Lord of the Rings as if Aragorn were giving it.",
    "Write the wedding toast Mr. Darcy might give at Jane and Bingley's wedding.",
    "Is Hermione Granger a better friend than Ron Weasley? Make the case for a debate club.",
    "Write a birthday poem for Winnie-the-Pooh from Piglet.",
    "A reference letter for Samwise Gamgee applying to be head gardener at Bag End, written by Frodo.",
    "Bedtime story where Paddington Bear goes to the seaside.",
    "Write a complaint letter from Ned Flanders about his neighbour Homer Simpson never returning his tools.",
    "Which is cheaper for a kids' party, McDonald's or Wendy's?",
    "Is the Ford Ranger or the Toyota Hilux better for towing a horse trailer?",
    "best things to do in Washington, D.C. with kids over a weekend",
    "Plan a 3-day trip to St. Petersburg, Florida for a retirement celebration.",
    "How did Lake Victoria get its name?",
    "Recommend a gin cocktail with Hendrick's for a garden party.",
    "Does Ben & Jerry's make a dairy-free cookie dough flavour?",
    "What's the quickest way from JFK airport to Manhattan with lots of luggage?",
    "Write a toast for a party themed around Willy Wonka and the Chocolate Factory.",
    "Compare Dyson and Shark vacuums for pet hair.",
    "Plan a stag weekend in Nashville that includes the Johnny Cash Museum.",
    "How long is the walk from Baker Street station to the Sherlock Holmes Museum?",
    "Write a short poem about Sherlock Holmes and Dr Watson arguing over breakfast.",
    "Recipe for Beef Wellington for a dinner party of eight.",
    "Why are Victorian houses called Victorian?",
    "Is the Hilton or the Marriott the better wedding venue in Dubai?",
    "Write a bedtime story where Peppa Pig and George go camping.",
    "Explain the Nobel Prize categories for a kids' quiz night.",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "603 118 4729": nhs_ok,  # NHS number
    "512 764 0937": nhs_ok,
    "2947 18360 1": medicare_ok,  # Australian Medicare number
    "5103 82744 1": medicare_ok,
    "3918472M": pps_ok,  # Irish PPS number
    "529 318 479": luhn_len(9),  # Canadian SIN
}

# Every phone must match one of these: ranges kept for fiction (UK, North America), the
# Brazilian layout for the two guests in São Paulo.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil mobile, no fiction range known
    )
]

# Words that show each kind of request the brief asks for is present among the texts.
KINDS = (
    "eulogy", "wedding", "toast", "reference", "neighbour", "bedtime", "poem", "quarrel",
    "colleague", "party", "teacher", "caregiver", "coach", "landlord", "tenant",
)  # fmt: skip


def check_mix(pii: list[str], clean: list[str]) -> None:
    """Nearly every personal-data text names someone; enough carry contacts, addresses,
    codes and record numbers; every kind of request appears; clean texts stay in range."""
    kinds = [[s["type"] for s in marked_spans(t)] for t in pii]
    named = sum("PERSON" in k for k in kinds)
    if named < 200:
        raise SystemExit(f"only {named} texts name someone")
    least = {"PHONE_NUMBER": 12, "EMAIL_ADDRESS": 10, "STREET_ADDRESS": 15, "PASSWORD": 12}
    least |= {"ID_NUMBER": 15}
    for kind, want in least.items():
        have = sum(kind in k for k in kinds)
        if have < want:
            raise SystemExit(f"{have} texts with {kind}, want {want}")
    plain = " ".join(strip_marks(t)[0] for t in pii).lower()
    for word in KINDS:
        if word not in plain:
            raise SystemExit(f"no request mentions {word!r}")
    for text in clean:
        if not WORDS[0] <= len(text.split()) <= WORDS[1]:
            raise SystemExit(f"clean text length {text[:60]!r}")


def main() -> None:
    sections = {
        "lower": (LOWER, 74),
        "speeches": (SPEECHES, 40),
        "letters": (LETTERS, 36),
        "family": (FAMILY, 36),
        "notes": (NOTES, 34),
        "clean fiction": (CLEAN_FICTION, 25),
        "clean occasions": (CLEAN_OCCASIONS, 25),
        "clean public": (CLEAN_PUBLIC, 25),
        "clean named things": (CLEAN_NAMED_THINGS, 25),
    }
    pii = LOWER + SPEECHES + LETTERS + FAMILY + NOTES
    clean = CLEAN_FICTION + CLEAN_OCCASIONS + CLEAN_PUBLIC + CLEAN_NAMED_THINGS
    check_counts("pii", pii, WORDS, (1, 12))
    check_mix(pii, clean)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind67", HERE, sections, {"lower", "speeches", "letters", "family", "notes"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=pii, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
