"""A fifty-eighth blind privacy set: 220 texts with personal data and 100 clean ones, on
telling the real people in everyday and workplace chat from fictional or public ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1 to 12
and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code (imports,
constants, check functions, ``main``) of ``build_blind36.py``, never the detector, its rules,
docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (5 to 120 words) naming private people the writer knows, in requests
  that look like stories, exercises or set pieces: bedtime stories starring a named child,
  quizzes, worksheets and crosswords with named pupils as characters, proofreading a named
  colleague's speech, surprise parties, toasts, roasts, eulogies, birthday poems, wedding
  and best-man speeches, cover letters and reference letters for named friends, tenants,
  nannies and interns, thank-you cards, limericks and songs; names of many cultures
  (Romanian, Polish, Igbo, Yoruba, Akan, Zulu, Xhosa, Japanese, Korean, pinyin, Vietnamese,
  Hindi, Tamil, Punjabi, Arabic, Persian, Turkish, Hebrew, Spanish, Mexican, Portuguese,
  Brazilian, Irish, Welsh, Scottish, Norwegian, Swedish, Finnish, Dutch, Lithuanian,
  Tongan, Hawaiian, Maori, Samoan, Russian, Serbian, Amharic, Quechua, Nahuatl, Navajo),
  first names alone, full names, surnames after titles, possessives, vocatives and names
  inside the quoted speech; the first 30 all lower case, at least 40 with no relation
  word at all (no "my son", "coworker", "client", ...);
* 60 requests where the writer's own identifiers come up in passing: phones, e-mails,
  addresses (UK, US, Netherlands, Spain, Italy, Poland, Ireland, Australia, New Zealand,
  South Africa), a date of birth with
  the writer's name (the name labelled, the date not), passports, driving licences,
  national ids with valid check digits, an SSN, cards, IBANs, logins, passwords, wifi keys,
  door codes and IPs;
* 40 pasted snippets: school newsletter lines naming pupils, team standup notes, sports
  club rosters and line-ups, wedding seating plans, shared-house chore charts, doctor's
  and dentist's appointment texts, carpool rotas and volunteer rosters.

Usernames, logins, account, member, customer, patient, employee and student numbers,
passports, driving licences and national ids are ID_NUMBER; PINs, door codes, wifi keys,
passphrases and one-time codes PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Coach,
Nurse, Auntie, my son, my coworker) stay outside PERSON spans; an address span runs from the
first street line through the postcode and city as typed; dates of birth, public figures,
fictional characters, saints, brands, teams, places named after people, pets and order,
booking and tracking numbers are not labelled; every occurrence of a private value is
marked.

The 100 clean texts look like the personal ones but name no private person: bedtime
stories, quizzes and fan fiction about fictional characters (Harry Potter, Elsa, Sherlock
Holmes, Paddington, Moana, Hercule Poirot ...), toasts, speeches and poems about
historical and public figures, word problems with fictional first names, exercises and
templates that say "Student A", "Person X", "[Name]" or "<friend's name>", poems about
seasons and holidays, saints' days, and requests naming brands, teams and places named
after people (McDonald's, Ferrari, Washington, Lake Victoria, the Ronaldo statue).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; the SSN with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (NHS number,
Dutch BSN, Polish PESEL, Spanish DNI and NIE, Indian Aadhaar, Brazilian CPF, Canadian SIN,
Swedish personnummer, Italian codice fiscale, Singapore NRIC, Finnish henkilötunnus,
Turkish kimlik, Australian TFN, German tax id, French NIR, Irish PPS number, Korean
resident registration number, South African id).

Run ``.venv/bin/python bench/data/build_blind58.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
from pathlib import Path

from ids import (
    aadhaar_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    hetu_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nir_ok,
    nric_ok,
    pps_ok,
    rrn_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent
LOWER_CHAT = 30
NO_RELATION = 40
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (5, 120)
OWN_WORDS = (6, 120)
PASTED_WORDS = (8, 200)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Coach|Nurse|Auntie|Uncle|Nana|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
RELATION = re.compile(
    r"\b(sons?|daughters?|kids?|child|children|wife|husband|partner|boyfriend|girlfriend|"
    r"fianc\w*|mum|mom|mam|dad|father|mother|parents?|grand\w*|granny|nan|brothers?|"
    r"sisters?|siblings?|cousins?|aunt|auntie|uncle|nieces?|nephews?|friends?|mates?|"
    r"bestie|co-?workers?|colleagues?|boss|manager|clients?|patients?|tenants?|students?|"
    r"pupils?|class|neighbou?rs?|teammates?|team|flatmates?|housemates?|roommates?|"
    r"\w+-in-law|intern|nanny|landlord|teacher|tutor(ing)?|coach|twins|god\w+|step\w+|"
    r"employer|employees?|staff|groom|bride|best[ -]man|maid of honou?r|ex|abuela|bunica|"
    r"boys|girls|family|husband|wife|residents|lab|ward)\b",
    re.IGNORECASE,
)
"""Words that tell how the writer knows someone; a relation-free text has none."""

# fmt: off
CHAT = [
    # --- the first 30 all lower case ---
    (
        "write a bedtime story for my son [[PERSON|teodor]] about a dragon who is scared of "
        "thunder, he's 5 so keep it short and end with him falling asleep"
    ),
    (
        "make a 10 question quiz for my year 4 class about the water cycle and include "
        "[[PERSON|priyanka]] and [[PERSON|jonah]] as characters, they begged to be in it"
    ),
    (
        "can u plan a surprise party for [[PERSON|odalys]], she turns 40 on the 12th, hates "
        "fuss but loves salsa and mango cake. about 25 people, small budget"
    ),
    (
        "my coworker [[PERSON|bilal]] asked me to proofread his speech for the team offsite, "
        "here it is: 'hi everyone, i'm [[PERSON|bilal]] and i've been in payroll ops for six "
        "years and honestly its been the best six years of my carreer'"
    ),
    (
        "birthday poem for [[PERSON|nkechi]] turning 30, she loves houseplants, bad puns and "
        "jollof rice. rhyming pls"
    ),
    (
        "eulogy help. my grandad [[PERSON|tomasz]] passed last week, he drove trams in krakow "
        "for 35 years and fixed every bike on our street. about 4 minutes"
    ),
    (
        "toast for [[PERSON|kwabena]] and [[PERSON|efua]] at their engagement dinner "
        "saturday, 2 mins max, they met at a karaoke bar in accra singing the same song"
    ),
    (
        "write a short story where [[PERSON|haruto]] and [[PERSON|mei]] find a secret door in "
        "the school library. they're 7 tomorrow, it's for their party bags"
    ),
    (
        "can you write a cover letter for [[PERSON|dagny lindqvist]] applying to be a barista "
        "at a café in malmö, 2 yrs at a bakery, speaks swedish and english"
    ),
    (
        "reference letter for my tenant [[PERSON|radek]] pls, always paid on time, kept the "
        "flat spotless, moving out end of june"
    ),
    (
        "help me write a text to [[PERSON|anahí]] saying sorry for missing the recital, i "
        "want it to sound sincere not grovelling"
    ),
    (
        "make a maths worksheet where [[PERSON|sione]], [[PERSON|leilani]] and "
        "[[PERSON|kalani]] share pizzas into fractions, they're my tutoring kids and love "
        "pizza"
    ),
    (
        "write a limerick about [[PERSON|zeynep]] always being late to standup, she'll find "
        "it funny i promise"
    ),
    (
        "funny wedding speech for my sister [[PERSON|mirela]] and her fiancé "
        "[[PERSON|bogdan]], keep it clean, bunica will be in the front row"
    ),
    (
        "can you write a get well card message from our ward to mr [[PERSON|ortega]], he's "
        "been with us 3 weeks and finally goes home friday"
    ),
    (
        "plan a 3 day lisbon trip for [[PERSON|beatriz]] and me, it's her 25th and she loves "
        "azulejos, seafood and sunsets"
    ),
    (
        "write a rap about fractions starring [[PERSON|femi]], [[PERSON|ngozi]] and "
        "[[PERSON|tunde]] from my class, 3 verses"
    ),
    (
        "thank you note to mrs [[PERSON|haddad]] for teaching our kid to read this year, she "
        "retires in july"
    ),
    (
        "[[PERSON|yusuf]] is moving to toronto next month, write a goodbye card from the "
        "whole office, a bit funny a bit sad"
    ),
    (
        "bedtime story about a sleepy sloth for [[PERSON|amara]] and [[PERSON|zoe]], both 4, "
        "they share a room and fight over the nightlight"
    ),
    (
        "8 questions for book club quiz night and make [[PERSON|parisa]] the answer to one of "
        "them as a joke cause she picked the worst book this year"
    ),
    (
        "proofread this for my neighbour [[PERSON|ciarán]]: 'dear council, i am writing about "
        "the bins on our road which have not been collected since the 3rd'"
    ),
    "write an acrostic poem using the letters of [[PERSON|thandiwe]] for her graduation card",
    (
        "my dad [[PERSON|arjun]] turns 60, give me 5 speech openers that would make him cry "
        "(the good way)"
    ),
    (
        "roast for [[PERSON|lachlan]]'s bucks night, he's a vet, rides a unicycle and has "
        "never once won a pub quiz"
    ),
    (
        "help me write a linkedin recommendation for [[PERSON|hye-jin]], she ran the "
        "onboarding at the agency and made it painless"
    ),
    (
        "write a song for [[PERSON|rangi]]'s 1st birthday to the tune of twinkle twinkle, my "
        "partner [[PERSON|mereana]] will play it on ukulele"
    ),
    (
        "i tutor [[PERSON|vytautas]] in english, make him a crossword using football words "
        "since thats all he talks about"
    ),
    (
        "make a chore chart game for [[PERSON|elif]] and [[PERSON|deniz]] with points and a "
        "prize on sunday, they're 6 and 9"
    ),
    (
        "write a eulogy for [[PERSON|gaurav mehta]], he ran the under 12 cricket side for 20 "
        "years and never missed a saturday"
    ),
    # --- the rest with capitals ---
    (
        "Write a bedtime story for [[PERSON|Matteo]] about a penguin who wants to be a "
        "firefighter. He's 6 and his favourite word right now is 'actually'."
    ),
    (
        "Can you make a spelling quiz for my Year 2 pupils? Use [[PERSON|Aisha]], "
        "[[PERSON|Oskar]] and [[PERSON|Lupita]] in the example sentences, they asked to be in "
        "it."
    ),
    (
        "My colleague [[PERSON|Svetlana Orlova]] asked me to proofread her farewell speech: "
        "'Eleven years ago I walked into this lab with one pipette and a lot of nerves. Thank "
        "you, [[PERSON|Marek]], for hiring me anyway.' Anything to fix?"
    ),
    (
        "Plan a surprise 50th for [[PERSON|Graciela]]. Budget about £600, 30 guests, and she "
        "can't find out until she walks in. Her favourite band is ABBA."
    ),
    (
        "I'm giving the toast at [[PERSON|Ifeoma]] and [[PERSON|Diego]]'s wedding on "
        "Saturday. They met on a delayed train to Leeds. Something warm, 3 minutes, one joke "
        "about [[PERSON|Diego]]'s driving."
    ),
    (
        "Write a eulogy for my mother-in-law, [[PERSON|Rosalind Achterberg]]. She taught "
        "piano for forty years, grew dahlias and beat everyone at Scrabble."
    ),
    "Birthday poem for [[PERSON|Sunniva]], 8 today, loves horses and hates broccoli.",
    (
        "Draft a cover letter for my friend [[PERSON|Mahmoud Al-Sayed]] applying for a junior "
        "mechanic role at a Toyota dealership. He has 3 years at a garage in Amman and a "
        "forklift licence."
    ),
    (
        "Reference letter for [[PERSON|Chidinma Eze]], who looked after both boys from 2019 "
        "to 2023. Reliable, calm, first-aid trained, wonderful with tantrums."
    ),
    (
        "Can you help with a best-man speech? The groom is [[PERSON|Rhodri]], we've been "
        "mates since primary school in Aberystwyth and he once got stuck in a bin."
    ),
    (
        "Make a Kahoot-style quiz on the Romans for Friday and put [[PERSON|Wiktoria]], "
        "[[PERSON|Kofi]] and [[PERSON|Shira]] in the questions as Roman soldiers."
    ),
    (
        "[[PERSON|Oluwaseun]] just passed the bar exam. Write three short congratulation "
        "messages, one formal, one silly, one with a lawyer pun."
    ),
    (
        "Write a story for [[PERSON|Ngaio]] where she rides a giant kererū over Wellington. "
        "She's five and a half and very serious about the half."
    ),
    (
        "Help me write a retirement speech for our head nurse, [[PERSON|Marguerite Okonkwo]]. "
        "38 years on the ward, knows every patient's tea order."
    ),
    (
        "Can you rewrite my wedding vows to [[PERSON|Tobias]]? Right now they're too long and "
        "mention his ex twice."
    ),
    (
        "I'm the maid of honour for [[PERSON|Lin Xiaoyu]]. We met in a Shanghai dorm in 2012. "
        "Give me an outline for a five-minute speech."
    ),
    (
        "Write a funny certificate text for [[PERSON|Benedikt]] for 'most creative use of the "
        "office printer'."
    ),
    (
        "Proofread the speech my coworker [[PERSON|Anjali Raman]] is giving at the awards "
        "lunch: 'When [[PERSON|Devraj]] and I started the Pune office we had two desks and a "
        "kettle.'"
    ),
    (
        "Write a reading comprehension passage for my ESL students where [[PERSON|Yerlan]] "
        "and [[PERSON|Fatoumata]] go to a farmers' market. 150 words, A2 level."
    ),
    (
        "My 9-year-old [[PERSON|Inès]] wants a mystery story where she solves the case of the "
        "missing croissants. Make the baker the culprit."
    ),
    (
        "Plan a surprise picnic for [[PERSON|Kaito]] on our anniversary. He likes hiking, "
        "onigiri and not being the centre of attention."
    ),
    (
        "Write a condolence card for [[PERSON|Esperanza]], whose husband [[PERSON|Rolando]] "
        "died last month. Short, no religious language."
    ),
    (
        "I need a short poem for [[PERSON|Magnus]] and [[PERSON|Solveig]]'s golden "
        "anniversary, from all the grandchildren."
    ),
    (
        "Can you make a word search for [[PERSON|Dumisani]]'s birthday party with the names "
        "of the kids coming: [[PERSON|Lwazi]], [[PERSON|Nomsa]], [[PERSON|Ayanda]], "
        "[[PERSON|Sipho]]."
    ),
    (
        "Write a LinkedIn post congratulating [[PERSON|Priscila Barros]] on her promotion to "
        "head of design. Keep it under 80 words."
    ),
    "Help me write an apology to [[PERSON|Gwen]] for forgetting the school run on Tuesday.",
    (
        "My client [[PERSON|Farhad Karimi]] asked me to tidy up his bio for a conference "
        "programme: '[[PERSON|Farhad]] has worked in solar logistics since 2011...' Make it "
        "third person throughout."
    ),
    (
        "Create a treasure hunt with clues for [[PERSON|Ilse]], [[PERSON|Joost]] and "
        "[[PERSON|Femke]], ages 7 to 10, in a small back garden."
    ),
    (
        "Write an obituary notice for [[PERSON|Aurelio Mendoza Quispe]], 84, of Cusco, a "
        "weaver and father of six. Family wants it for the local paper."
    ),
    (
        "Give me a toast for [[PERSON|Noa]]'s bat mitzvah, from the perspective of her "
        "godmother. She loves astronomy."
    ),
    (
        "Write a poem about [[PERSON|Saoirse]] learning to swim this summer, something I can "
        "frame for her room."
    ),
    (
        "Proofread this reference I'm writing for our intern [[PERSON|Julián Herrera]]: "
        "'[[PERSON|Julián]] was dependable and curious.' Is that too short?"
    ),
    (
        "Make a story about a robot who learns to dance, with [[PERSON|Adebayo]] as the "
        "inventor. He's 8 and wants to be an engineer."
    ),
    (
        "I'm writing a eulogy for [[PERSON|Hamid]], who ran the corner shop on our street for "
        "30 years. Everyone has a story about him letting them pay later."
    ),
    (
        "Write a short thank-you speech I can give to [[PERSON|Mirjam]] at her leaving "
        "drinks. She trained everyone in the warehouse."
    ),
    (
        "Create a birthday scavenger hunt for [[PERSON|Aleksandar]] turning 12, clues hidden "
        "around a flat in Novi Sad."
    ),
    (
        "Can you turn this into a poem for [[PERSON|Kalinda]]? 'Thanks for every lift, every "
        "coffee, every Sunday you didn't make me talk.'"
    ),
    (
        "Draft a recommendation letter for [[PERSON|Nguyen Thi Lan]], who volunteered at our "
        "food bank for three years and now wants to study social work."
    ),
    "Write a lullaby for [[PERSON|Kiri]] with a line about the sea and a line about the stars.",
    (
        "Plan a roast for [[PERSON|Bartholomew]]'s 40th. He's a dentist, supports a losing "
        "football team and owns eleven identical jumpers."
    ),
    (
        "My son [[PERSON|Enzo]] wants a comic script where he and his friend [[PERSON|Tiago]] "
        "are superheroes who rescue the school hamster."
    ),
    (
        "Help me write a cover letter for [[PERSON|Rukhsana Begum]], returning to work as a "
        "pharmacy assistant after six years raising children."
    ),
    (
        "Write a surprise video script where [[PERSON|Pania]], [[PERSON|Tāne]] and "
        "[[PERSON|Hemi]] each say one memory of [[PERSON|Aroha]] for her 70th."
    ),
    (
        "Make a fun quiz about me and [[PERSON|Ezekiel]] for our wedding guests to do during "
        "dinner: how we met, first holiday, who snores."
    ),
    (
        "Rewrite this speech [[PERSON|Gustavo]] drafted for his daughter's quinceañera so "
        "it's less formal: 'Dear guests, I thank you for attending this celebration of "
        "[[PERSON|Valentina]].'"
    ),
    (
        "Bedtime story request: [[PERSON|Mattias]] and a bear who runs a bakery in the "
        "forest. Gentle, no scary bits."
    ),
    (
        "I coach under-10s netball. Write certificates for [[PERSON|Ava-Grace]], "
        "[[PERSON|Tahlia]] and [[PERSON|Imogen]] for best effort this season."
    ),
    (
        "Write a card message for [[PERSON|Dolores]] who cleans our building and is retiring "
        "after 22 years. The residents are collecting money."
    ),
    (
        "Help me write a Father's Day poem for [[PERSON|Kenji]] from both kids. He makes "
        "terrible pancakes and we love them."
    ),
    (
        "Give me a speech for [[PERSON|Chiamaka]] and [[PERSON|Emeka]]'s traditional wedding, "
        "I'm speaking for the bride's family."
    ),
    (
        "Proofread [[PERSON|Stellan]]'s toast, he asked me to: 'To [[PERSON|Britt]], who "
        "taught us that a sauna is not optional.'"
    ),
    (
        "Write a funny rhyming invite for [[PERSON|Tupac Huamán]]'s housewarming, Saturday "
        "from 7, bring a chair."
    ),
    (
        "Can you write a letter of support for [[PERSON|Olga Bondarenko]]'s visa renewal from "
        "me as her employer? She's worked at the clinic since 2020."
    ),
    (
        "Story idea for my niece [[PERSON|Zara]]: she finds a fox that can talk but only in "
        "riddles. 600 words please."
    ),
    (
        "Write a short limerick for the team card: [[PERSON|Dmitri]] is leaving for Berlin "
        "and never once refilled the coffee."
    ),
    (
        "Make a crossword for [[PERSON|Keoni]]'s 30th with clues about surfing, his dog and "
        "the time he met [[PERSON|Malia]]."
    ),
    (
        "Help me write a tribute to [[PERSON|Ruth Abramovitz]] for the synagogue newsletter. "
        "She ran the Sunday school for 25 years."
    ),
    (
        "Write a cover letter for [[PERSON|Tevita Fifita]] applying as a groundskeeper at the "
        "rugby club. Hard worker, fixes mowers, early riser."
    ),
    "Write a story for [[PERSON|Lucía]] where the moon comes down to borrow her bicycle.",
    (
        "Can you suggest a theme and games for [[PERSON|Yohannes]]'s baby shower? Parents are "
        "[[PERSON|Selam]] and [[PERSON|Dawit]], both into jazz."
    ),
    (
        "Write a farewell poem from the whole lab to Dr [[PERSON|Kowalczyk]], who is retiring "
        "after supervising 40 PhDs."
    ),
    (
        "Help [[PERSON|Ashkii]] with his scholarship essay intro? He wrote: 'I grew up forty "
        "miles from the nearest library.' He wants it punchier."
    ),
    (
        "Write a family quiz for Christmas Day with [[PERSON|Bernadette]], [[PERSON|Cormac]] "
        "and [[PERSON|Niamh]] as the question topics, ten questions each."
    ),
    (
        "Draft a short speech for [[PERSON|Paulo]] to give at his dad's 80th. He's nervous "
        "and wants notes, not a script."
    ),
    "Write a silly poem about [[PERSON|Ingeborg]] losing her keys for the fourth time this month.",
    (
        "Reference for [[PERSON|Mustafa Demir]], who rented our garden flat from 2021 to 2024 "
        "and left it cleaner than he found it."
    ),
    "Create a superhero origin story for [[PERSON|Xochitl]], 10, whose power is talking to bees.",
    (
        "Please proofread this toast my boss [[PERSON|Henrietta]] wrote for the Christmas "
        "party: 'Here's to [[PERSON|Raj]] and the whole logistics crew, who never let a "
        "pallet fall.'"
    ),
    (
        "Write a short story where [[PERSON|Bao]] and [[PERSON|Linh]] build a kite that "
        "reaches the clouds. It's a gift from their grandmother."
    ),
    (
        "Can you make 5 trivia questions about [[PERSON|Moana Tuilagi]] for her surprise "
        "party? She's a midwife, loves ABBA and grew up in Apia."
    ),
    (
        "Help me write a thank-you message to Nurse [[PERSON|Precious Dlamini]] for looking "
        "after my mum during chemo."
    ),
    (
        "Write a toast for [[PERSON|Iñaki]] and [[PERSON|Maider]] on their 10th anniversary "
        "dinner in Bilbao."
    ),
    "I need a story for [[PERSON|Omar]] about a camel who wants to see snow.",
    (
        "Write a graduation card for [[PERSON|Yaw Boateng]]: first in the family to finish "
        "university, engineering, Kumasi."
    ),
    (
        "Make an escape-room puzzle for [[PERSON|Freya]], [[PERSON|Callum]] and "
        "[[PERSON|Isla]]'s sleepover, theme is pirates."
    ),
    (
        "Proofread the eulogy [[PERSON|Ximena]] wrote for her abuela: 'Abuela "
        "[[PERSON|Carmen]] could silence a room with one look.'"
    ),
    (
        "Give me a fun poem for [[PERSON|Vikram]]'s promotion to team lead. He loves cricket "
        "and spreadsheets."
    ),
    "Write a birthday song for [[PERSON|Yoo-jin]] in the style of a K-pop chorus, she turns 16.",
    (
        "Can you write a character reference for [[PERSON|Darnell Whitaker]] for his court "
        "date? I've known him 12 years through the church choir."
    ),
    (
        "Write a story in which [[PERSON|Ayelet]] and her dog explore a magic orchard. She's "
        "4 so lots of repetition please."
    ),
    (
        "Help me plan a surprise 30th for [[PERSON|Sebastián]], he thinks we're going to a "
        "boring work dinner."
    ),
    (
        "Write a haiku for each person on the team card: [[PERSON|Ines]], [[PERSON|Rasmus]], "
        "[[PERSON|Kemal]] and [[PERSON|Oyelaran]]."
    ),
    "Write a leaving speech for [[PERSON|Celestine]], our school cook, who made 200,000 lunches.",
    "I'd like a toast to [[PERSON|Aleksi]] for his PhD defence party. Topic was Arctic lichens.",
    "Write a short poem for [[PERSON|Niloufar]] for Nowruz, something about fresh starts.",
    (
        "Make a birthday quiz about [[PERSON|Caoimhe]] for her hen do: favourite film, worst "
        "haircut, first concert."
    ),
    (
        "Write a tooth fairy letter to [[PERSON|Jasper]] who lost his first tooth at football "
        "practice."
    ),
    (
        "Could you draft a letter to the school asking that [[PERSON|Amani]] be excused on "
        "Thursday for Eid?"
    ),
    (
        "Write a bedtime story where [[PERSON|Radu]] and his grandpa [[PERSON|Costel]] sail a "
        "paper boat down the Danube to the sea."
    ),
    (
        "Give me a two-minute toast for [[PERSON|Akua]]'s 40th. She's a pilot, sings badly "
        "and has visited 52 countries."
    ),
]

OWN = [
    (
        "Can you rewrite my voicemail greeting so it sounds friendlier? Currently: 'You've "
        "reached [[PERSON|Marisol Quintero]], leave a message or call my mobile on "
        "[[PHONE_NUMBER|07700 900417]].'"
    ),
    (
        "write a short bio for the choir programme, i'm [[PERSON|hamish dunbar]], tenor, "
        "retired postman. they want a contact too so add "
        "[[EMAIL_ADDRESS|hamish.dunbar58@mailbox.org]]"
    ),
    (
        "Draft a polite message to my landlord about the boiler. Sign it from [[PERSON|Aiyana "
        "Redcloud]], [[STREET_ADDRESS|Flat 3, 27 Kestrel Road, Leeds LS6 2QP]], and mention "
        "I'm home after 5."
    ),
    (
        "I'm [[PERSON|Rahel Tesfaye]], born 3 March 1991. Can you help me fill the 'about "
        "you' section of a volunteering form? I've done 4 years at a food bank."
    ),
    (
        "Turn this into a neat email signature: [[PERSON|Pieter-Jan Verbeke]] | Project Lead "
        "| [[PHONE_NUMBER|+32 478 21 93 05]] | [[EMAIL_ADDRESS|pj.verbeke@ateliervbk.be]]"
    ),
    (
        "my passport number is [[ID_NUMBER|X4827193]] and it expires in august, do i need to "
        "renew before a trip to japan in september?"
    ),
    (
        "For the wedding RSVP website I need a line like 'questions? text [[PERSON|Tamsin]] "
        "on [[PHONE_NUMBER|(503) 555-0162]]'. Make it cuter."
    ),
    (
        "Write a cover note for my CV. Contact block: [[PERSON|Obinna Achebe]], "
        "[[STREET_ADDRESS|14 Clonliffe Avenue, Dublin 3, D03 K2Y7]], [[PHONE_NUMBER|+353 87 "
        "214 6603]]."
    ),
    (
        "I keep getting locked out. My login is [[ID_NUMBER|sfernandes_82]] and I've tried "
        "[[PASSWORD|Caramelo!2019]] and [[PASSWORD|Caramelo!2020]]. What else could it be, "
        "realistically?"
    ),
    (
        "Quick one: is [[IBAN_CODE|DE78 5001 0517 5938 4627 1004]] enough for my sister to "
        "send me money from France or does she need a BIC too?"
    ),
    (
        "Write a message to my flatmates: the new wifi is 'PinkFlamingo' and the password is "
        "[[PASSWORD|mango-tuesday-4417]], please don't share it with the guy upstairs."
    ),
    (
        "Can you check my card number looks right before I type it in? [[CREDIT_CARD|4539 "
        "8712 0664 8038]], exp 09/27. The site keeps saying invalid."
    ),
    (
        "Help me write a birthday invite for my own 35th! Party at mine, "
        "[[STREET_ADDRESS|4127 Larkspur Lane, Boise, ID 83709]], Saturday from 6, text "
        "[[PHONE_NUMBER|(208) 555-0134]] to RSVP."
    ),
    (
        "my nhs number is [[ID_NUMBER|485 721 903 4]], the gp receptionist asked me to email "
        "it, is that safe or should i just ring?"
    ),
    (
        "I'm writing a letter to the Belastingdienst. Can you translate this opening into "
        "Dutch: 'My name is [[PERSON|Femke de Wit]], BSN [[ID_NUMBER|304185279]], and I am "
        "writing about my 2023 return.'"
    ),
    (
        "Write a lost-property poster for my bike, blue Gazelle, reward offered, call "
        "[[PHONE_NUMBER|06 39 98 42 17]] or email "
        "[[EMAIL_ADDRESS|lea.marchal@orange-mail.fr]]."
    ),
    (
        "What should I put in the 'reason for travel' box? I'm [[PERSON|Kavya Iyer]], Aadhaar "
        "[[ID_NUMBER|4821 9037 6154]], going to my cousin's wedding in Singapore."
    ),
    (
        "Can you proofread my out-of-office? 'I'm away until 14 May. Urgent? Call "
        "[[PERSON|Sanne]] on [[PHONE_NUMBER|020 7946 0712]]. — [[PERSON|Wouter Dijkstra]]'"
    ),
    (
        "The router log shows logins from [[IP_ADDRESS|203.0.113.58]] at 3am and that's not "
        "my home IP ([[IP_ADDRESS|198.51.100.24]]). Should I be worried?"
    ),
    (
        "please make this sound professional, it's my bank transfer note to the nursery: "
        "'fees for march, from [[PERSON|joanna mazur]], account [[IBAN_CODE|PL72 1090 1014 "
        "0000 0712 2948 517]]'"
    ),
    (
        "I'm [[PERSON|Lucas Moreau]] and my numéro de sécu is [[ID_NUMBER|2 87 06 75 114 052 "
        "33]]. Which box on the Ameli form does it go in?"
    ),
    (
        "write me a short instagram bio, i'm a dog walker in bondi, call [[PHONE_NUMBER|0491 "
        "570 318]], no emojis pls"
    ),
    (
        "Can you format my address properly for a parcel from the UK? [[STREET_ADDRESS|ul. "
        "Długa 17/4, 80-827 Gdańsk]], Poland."
    ),
    (
        "My Steuer-ID is [[ID_NUMBER|57382019464]], I need to give it to my new employer. Can "
        "you write a short email to HR with it?"
    ),
    (
        "Help me reply to a recruiter: yes I'm interested, best number is [[PHONE_NUMBER|+49 "
        "30 23125 604]], evenings only. I'm [[PERSON|Jonas Albrecht]]."
    ),
    (
        "Is it normal for a bank to ask for my SSN over chat? It's [[US_SSN|412-73-5589]] but "
        "I haven't sent it yet."
    ),
    (
        "Write a neighbourly note for the building group chat: I'm [[PERSON|Paola Ricci]] "
        "from [[STREET_ADDRESS|Via dei Mille 24, 80121 Napoli]] (2nd floor) and I found a set "
        "of keys."
    ),
    (
        "I pay rent by standing order to [[IBAN_CODE|GB61 BARC 2045 1793 6482 15]]. How do I "
        "change the amount in the app?"
    ),
    (
        "what's the best way to memorise my new door code [[PASSWORD|4802#]]? i keep mixing "
        "it up with my old one"
    ),
    (
        "Turn this into a formal complaint: my Amex [[CREDIT_CARD|3764 821309 55723]] was "
        "charged twice for the same hotel night in Rome."
    ),
    (
        "Write a short note for my kid's school form: emergency contact [[PERSON|Devika "
        "Rao]], [[PHONE_NUMBER|+91 98450 27316]]."
    ),
    (
        "Help me write a Craigslist ad to sell my sofa, pickup only from "
        "[[STREET_ADDRESS|2231 Wabash Ave, Apt 4, Chicago, IL 60616]], text "
        "[[PHONE_NUMBER|312-555-0188]]."
    ),
    (
        "I'm applying for a Canadian work permit. SIN [[ID_NUMBER|518 204 672]], is that "
        "needed on the IMM form or only for payroll?"
    ),
    (
        "my old email [[EMAIL_ADDRESS|ck.wanjiru@postbox.co.ke]] got hacked. write a message "
        "to my contacts warning them not to click anything"
    ),
    (
        "Write a friendly reminder to my book club that this month it's at my place, "
        "[[STREET_ADDRESS|17 Wattle Crescent, Bendigo VIC 3550]], 7pm Thursday."
    ),
    (
        "I'm [[PERSON|Elin Forsberg]], personnummer [[ID_NUMBER|850917-3426]]. Can you "
        "explain what Försäkringskassan needs from me for parental leave?"
    ),
    (
        "Can you translate to Italian: 'I am [[PERSON|Giulia Rossi]], codice fiscale "
        "[[ID_NUMBER|RSSGLI82D54F205R]], and I want to cancel my gym membership.'"
    ),
    (
        "What's the safest way to send my employer my bank details? It's [[IBAN_CODE|ES02 "
        "0049 1500 0527 1938 4602]] and they asked over WhatsApp."
    ),
    (
        "please check this is the right format for my address on a visa form: "
        "[[STREET_ADDRESS|Calle de Toledo 61, 3º B, 28005 Madrid]], dni "
        "[[ID_NUMBER|47382915V]]"
    ),
    (
        "Draft a message for the school WhatsApp: 'If anyone finds a green lunchbox, I'm "
        "[[PERSON|Tariq]], [[PHONE_NUMBER|07700 900862]].'"
    ),
    (
        "I'm locked out of the family Netflix. The login was "
        "[[EMAIL_ADDRESS|thepatelhouse@fastmail.com]] and the password "
        "[[PASSWORD|Diwali2022!!]] doesn't work anymore. How do I reset it?"
    ),
    (
        "Can you write a cheerful welcome message for our Airbnb guests? Key safe code is "
        "[[PASSWORD|7319]], wifi key [[PASSWORD|blueheron-88]], host [[PERSON|Marta]] on "
        "[[PHONE_NUMBER|+351 912 480 736]]."
    ),
    (
        "Is my NRIC [[ID_NUMBER|S8724519E]] supposed to go on a job application in Singapore? "
        "Feels like too much info."
    ),
    (
        "Help me reply to my accountant, I'm [[PERSON|Mehmet Yıldız]], kimlik no "
        "[[ID_NUMBER|38501927410]], and I need the tax certificate for 2024."
    ),
    (
        "I'm registering at a clinic in Helsinki. They want my henkilötunnus "
        "[[ID_NUMBER|140391-527X]] by email. Write the email in simple Finnish please."
    ),
    (
        "Write a tidy Venmo note for splitting the cabin: pay [[PERSON|Brooke]] at "
        "[[ID_NUMBER|@brooke-hallorann]], $84 each."
    ),
    (
        "My driver's licence number is [[ID_NUMBER|DUNBA805208MJ9KL]], does the rental "
        "company really need a photo of both sides?"
    ),
    (
        "Write a short 'welcome to the team' email I can send to new starters that ends with "
        "my details: [[PERSON|Siobhán Kearney]], ext 4471, "
        "[[EMAIL_ADDRESS|s.kearney@brightwaterhealth.ie]]."
    ),
    (
        "How do I add my PPS number [[ID_NUMBER|6283917Q]] to Revenue's myAccount? The site "
        "keeps timing out."
    ),
    (
        "my Tax File Number is [[ID_NUMBER|463 819 257]], my new boss wants it in a text, is "
        "that normal in australia?"
    ),
    (
        "Can you make this sound less desperate? 'Hi, I'm [[PERSON|Ana Paula Ferreira]], CPF "
        "[[ID_NUMBER|384.715.902-04]], still waiting for my refund from order 55192.'"
    ),
    (
        "I got a text saying my card ending 3141 was blocked. My full card is "
        "[[CREDIT_CARD|4917 6635 8027 3141]], should I call the bank or is it a scam?"
    ),
    (
        "Please write a thank-you email to my host family. Sign it [[PERSON|Chen Jiahui]], "
        "[[EMAIL_ADDRESS|jiahui.chen@student-mail.cn]]."
    ),
    "My 2FA code [[PASSWORD|604 118]] keeps expiring before I can type it. Any tips?",
    (
        "I'm moving to [[STREET_ADDRESS|22 Kowhai Street, Ponsonby, Auckland 1011]] next "
        "month. Write a change-of-address email to my insurer, phone [[PHONE_NUMBER|+64 21 "
        "347 8810]]."
    ),
    (
        "Can you check my Korean resident registration number format, "
        "[[ID_NUMBER|900312-2145878]], before I submit the bank form?"
    ),
    (
        "What's a polite way to ask the caterer to use my work card [[CREDIT_CARD|5248 7103 "
        "6629 1453]] for the deposit and my personal one for the rest?"
    ),
    (
        "I need a quick cover email to my new landlord with my ID number "
        "[[ID_NUMBER|8802145126083]] and current address [[STREET_ADDRESS|9 Protea Road, "
        "Claremont, Cape Town 7708]]."
    ),
    (
        "My Rakuten login is [[ID_NUMBER|haruka.ueda93]] and it says the account is frozen. "
        "Write a support message in polite Japanese."
    ),
    (
        "Write a short parking permit request from [[PERSON|Niels Vos]], "
        "[[STREET_ADDRESS|Vondelkade 88-II, 1054 KP Amsterdam]], BSN [[ID_NUMBER|207418536]], "
        "one car, electric."
    ),
]

PASTED = [
    (
        "Can you make this newsletter paragraph shorter? 'Well done to Year 3 for a brilliant "
        "assembly! Special mention to [[PERSON|Aarav]] for his narration, [[PERSON|Hollie]] "
        "and [[PERSON|Bartosz]] for the puppet show and [[PERSON|Mia-Rose]] who remembered "
        "every line of the poem.'"
    ),
    (
        "summarise our standup for my manager:\n[[PERSON|Kemi]]: finished the invoices "
        "migration, blocked on QA env\n[[PERSON|Rory]]: pairing with [[PERSON|Kemi]] on the "
        "flaky test\n[[PERSON|Anh]]: out Thursday, dentist\n[[PERSON|Gabriel]]: demo prep"
    ),
    (
        "Turn this roster into a table with positions:\nGK [[PERSON|Tomás Rivera]]\nDEF "
        "[[PERSON|Kwame Asante]], [[PERSON|Luca Bianchi]], [[PERSON|Jayden Pryce]]\nMID "
        "[[PERSON|Oisín Walsh]], [[PERSON|Hassan Jama]]\nFWD [[PERSON|Rafael Duarte]]\nSubs: "
        "[[PERSON|Bo Nilsson]], [[PERSON|Eitan Levi]]"
    ),
    (
        "Help me balance this seating plan, table 3 feels awkward:\nTable 1: Grandma "
        "[[PERSON|Pearl]], Uncle [[PERSON|Desmond]], [[PERSON|Yvonne Clarke]], "
        "[[PERSON|Trevor Clarke]]\nTable 2: [[PERSON|Priya Nair]], [[PERSON|Sam Okafor]], "
        "[[PERSON|Lotte Brandt]]\nTable 3: [[PERSON|Declan]] (best man), [[PERSON|Sinéad]] "
        "(his ex), [[PERSON|Fionnuala]]"
    ),
    (
        "Make this chore chart fairer please:\nMon bins - [[PERSON|Jakub]]\nTue bathroom - "
        "[[PERSON|Thuy]]\nWed hoovering - [[PERSON|Femi]]\nThu kitchen deep clean - "
        "[[PERSON|Jakub]]\nFri recycling - [[PERSON|Thuy]]\nSat - nobody\nSun fridge purge - "
        "[[PERSON|Femi]]"
    ),
    (
        "What does this mean, do I need to fast? 'Hi [[PERSON|Lucia]], reminder of your "
        "appointment with Dr [[PERSON|Okafor]] at Riverside Surgery on Tue 14 Oct at 09:20. "
        "Blood test - nothing to eat after midnight. Reply C to cancel.'"
    ),
    (
        "rewrite this for the club website:\nu14 girls squad 2024/25: [[PERSON|maddie "
        "hughes]], [[PERSON|saanvi patel]], [[PERSON|chloe o'brien]], [[PERSON|amira "
        "youssef]], [[PERSON|lily-mae carter]], [[PERSON|zofia nowak]]. coach: "
        "[[PERSON|gareth pryce]] [[PHONE_NUMBER|07700 900553]]"
    ),
    (
        "Can you turn this carpool rota into a calendar?\nMon - [[PERSON|Rebecca]] drives "
        "([[PERSON|Ollie]], [[PERSON|Finn]], [[PERSON|Max]])\nWed - [[PERSON|Sunil]] drives "
        "([[PERSON|Ollie]], [[PERSON|Anaya]])\nFri - [[PERSON|Rebecca]] again"
    ),
    (
        "Fix the grammar in this newsletter bit: 'Congratulation to [[PERSON|Kwasi Mensah]] "
        "and [[PERSON|Lena Hoffmann]] who represent the school at the regional spelling bee, "
        "and to [[PERSON|Ruby]] in 5B for her poem publish in the local paper.'"
    ),
    (
        "Standup notes from this morning, make them into bullet points for Slack:\n- "
        "[[PERSON|Diyar]] deployed the hotfix\n- [[PERSON|Marta Kowalska]] still waiting on "
        "legal re the contract\n- [[PERSON|Ben]] + [[PERSON|Wanjiru]] on the onboarding "
        "flow\n- [[PERSON|Ikaika]] on call this week"
    ),
    (
        "Here's the reminder text from my dentist, when should I leave? 'Dear Mr "
        "[[PERSON|Haldane]], your check-up with Dr [[PERSON|Anouk Jansen]] is on Friday at "
        "08:45, please arrive 10 minutes early. Questions: [[PHONE_NUMBER|0113 496 0381]].'"
    ),
    (
        "Can you make this volunteer rota look nicer?\nSat 9-12 cake stall: Mrs "
        "[[PERSON|Achterberg]], [[PERSON|Delphine]]\nSat 12-3 tombola: [[PERSON|Kofi Owusu]], "
        "[[PERSON|Grete]]\nSun setup: [[PERSON|Ravi]] (has the van, [[PHONE_NUMBER|07700 "
        "900274]])"
    ),
    (
        "translate this appointment text for my mum into tagalog: 'Hi [[PERSON|Rosario "
        "Dizon]], your physio with [[PERSON|Callum]] is moved to Wed 3pm. Bring your walking "
        "frame.'"
    ),
    (
        "Summarise this group chat for me, I missed it:\n[[PERSON|Noor]]: who's bringing the "
        "cake for [[PERSON|Ella]]?\n[[PERSON|Jess]]: me! carrot ok?\n[[PERSON|Noor]]: "
        "perfect, [[PERSON|Priti]] is doing balloons\n[[PERSON|Priti]]: yep and I'll pick up "
        "[[PERSON|Ella]]'s present"
    ),
    (
        "Please turn this wedding seating into alphabetical place cards:\nHead table: "
        "[[PERSON|Ngozi Adeyemi]], [[PERSON|Tobias Weller]], [[PERSON|Chuka Adeyemi]], "
        "[[PERSON|Hannelore Weller]]\nTable 5: [[PERSON|Ifeanyi Obi]], [[PERSON|Marisa "
        "Colombo]], [[PERSON|Pedro Alves]], [[PERSON|Dana Friedman]]"
    ),
    (
        "Is this standup update too vague to send? 'Yesterday I reviewed [[PERSON|Olamide]]'s "
        "PR and synced with [[PERSON|Hiroshi]] about the pricing page. Today: fixing the bug "
        "[[PERSON|Claudette]] found in checkout.'"
    ),
    (
        "Clean up this newsletter line: 'A huge thank you to the parents who ran the bake "
        "sale, especially [[PERSON|Gemma Lloyd]], [[PERSON|Arash Farahani]] and [[PERSON|Ewa "
        "Zielińska]]! We raised £412 for the library.'"
    ),
    (
        "my housemates wrote this chore chart and it's chaos, can you make it weekly:\nbins: "
        "[[PERSON|ollie]] / [[PERSON|mateus]]\nkitchen: [[PERSON|saskia]]\nbathroom: "
        "[[PERSON|mateus]] every other week\nhoover: whoever [[PERSON|saskia]] says"
    ),
    (
        "This is the text from the hospital, what is an 'MRI with contrast'? 'Appointment for "
        "[[PERSON|Jorge Salazar]]: MRI with contrast, 21/11 10:40, Radiology level 2, "
        "referred by Dr [[PERSON|Achebe-Lund]]. Patient no. [[ID_NUMBER|RX-448210]].'"
    ),
    (
        "Write a match report intro from this line-up: [[PERSON|Mpho]] in goal, "
        "[[PERSON|Sizwe]] and [[PERSON|Themba]] at the back, [[PERSON|Lerato]] captain in "
        "midfield, [[PERSON|Karabo]] up front. We won 3-1."
    ),
    (
        "Make this allergy list into a laminated sign for the kitchen:\n[[PERSON|Ayaan]] - "
        "peanuts\n[[PERSON|Chloé]] - dairy\n[[PERSON|Hamza]] - sesame\n[[PERSON|Freddie]] - "
        "none but will eat everything"
    ),
    (
        "Can you put this on-call roster into a table? Week 1 [[PERSON|Ingrid Halvorsen]] "
        "[[PHONE_NUMBER|+47 412 88 031]], Week 2 [[PERSON|Samir Benali]] [[PHONE_NUMBER|+33 6 "
        "39 98 20 64]], Week 3 [[PERSON|Ingrid Halvorsen]] again."
    ),
    (
        "Reword this for the parents' email: 'Lost property: [[PERSON|Eliza]]'s blue coat, "
        "[[PERSON|Theo B]]'s water bottle and a left shoe with [[PERSON|Amos]] written "
        "inside.'"
    ),
    (
        "Here's the message from the vet's receptionist, what should I bring? 'Hi "
        "[[PERSON|Carys]], Biscuit's dental is booked for Mon 8am with [[PERSON|Huw]]. No "
        "food after 10pm.'"
    ),
    (
        "Format this club contact sheet:\nChair - [[PERSON|Hilary Osei]] "
        "[[EMAIL_ADDRESS|hilary.osei@gmail.com]]\nTreasurer - [[PERSON|Magnus Berg]] "
        "[[PHONE_NUMBER|07700 900189]]\nSecretary - [[PERSON|Roisin Daly]]"
    ),
    (
        "Turn the standup into a status email for the client: [[PERSON|Tanvir]] done with the "
        "API keys rotation, [[PERSON|Gulnara]] testing the iOS build, [[PERSON|Pavel]] on "
        "leave until Monday."
    ),
    (
        "Can you make this shared-house bill split clearer? Electric £96: [[PERSON|Amelie]] "
        "£24, [[PERSON|Kwaku]] £24, [[PERSON|Ruairí]] £24, [[PERSON|Soo-min]] £24. Pay into "
        "[[IBAN_CODE|GB74 MIDL 4051 8736 2948 51]] by Friday."
    ),
    (
        "Translate this school note into Arabic for a parent: 'Dear parent of "
        "[[PERSON|Yara]], [[PERSON|Yara]] has been chosen as class rep alongside "
        "[[PERSON|Idris]]. Please sign and return by Friday, Mrs [[PERSON|Karam]].'"
    ),
    (
        "Write this as a thank-you slide: Volunteers of the month - [[PERSON|Nikhil Sharma]], "
        "[[PERSON|Beatrix Lowe]], [[PERSON|Obiageli Nwosu]] and [[PERSON|Guo Ming]]."
    ),
    (
        "fix the spelling in this team birthday list: [[PERSON|rosalie]] 3 feb, "
        "[[PERSON|teodoro]] 19 mar, [[PERSON|aoife]] 7 june, [[PERSON|kirra]] 30 aug"
    ),
    (
        "Doctor's text, does this mean I need a referral? 'Dear Ms [[PERSON|Ferraro]], Dr "
        "[[PERSON|Lindgren]] has reviewed your results and would like to discuss them. Please "
        "book a telephone slot on [[PHONE_NUMBER|020 7946 0258]].'"
    ),
    (
        "Make a nicer version of this rota for the church flowers: 1st Sunday "
        "[[PERSON|Agnes]] and [[PERSON|Lorraine]], 2nd [[PERSON|Femi Adebayo]], 3rd "
        "[[PERSON|Agnes]] again, 4th [[PERSON|Brigid Mulcahy]]."
    ),
    (
        "Turn this into minutes: 'Present: [[PERSON|Valeria]], [[PERSON|Kofi]], "
        "[[PERSON|Sven]], [[PERSON|Hadiza]]. Apologies: [[PERSON|Mirela Popescu]]. "
        "[[PERSON|Sven]] to chase the landlord about the damp.'"
    ),
    (
        "Reword this for the club newsletter: 'Welcome to our new members [[PERSON|Dariusz "
        "Lewandowski]] (member no. [[ID_NUMBER|MBR-20417]]) and [[PERSON|Anneke Vos]]. See "
        "you at the Tuesday ride!'"
    ),
    (
        "This was on the class WhatsApp, can you make a sign-up sheet from it? 'Trip helpers "
        "so far: [[PERSON|Lakshmi]] (mum of [[PERSON|Rohan]]), [[PERSON|Craig]] (dad of "
        "[[PERSON|Isla-Jane]]), [[PERSON|Yasmin]]. Need 2 more!'"
    ),
    (
        "Text from the GP: 'Hi [[PERSON|Temitope]], your repeat prescription from Dr "
        "[[PERSON|Nwachukwu]] is ready at Boots Highfield. Your NHS number for reference: "
        "[[ID_NUMBER|612 094 378 1]].' Why would they send the number?"
    ),
    (
        "Can you sort this seating plan so no exes share a table? T1: [[PERSON|Jonno]], "
        "[[PERSON|Kiera]], [[PERSON|Dev]]. T2: [[PERSON|Aliyah]], [[PERSON|Marcus Bell]], "
        "[[PERSON|Pip]]. T3: [[PERSON|Kiera]]'s sister [[PERSON|Shannon]], [[PERSON|Dev]]'s "
        "ex [[PERSON|Tash]]."
    ),
    (
        "standup, make it shorter:\n[[PERSON|yosef]] - still on the migration\n[[PERSON|ana "
        "lucía]] - finished the report, waiting on [[PERSON|yosef]]\n[[PERSON|kaan]] - sick "
        "today"
    ),
    (
        "Make this a friendly reminder: 'Swim lessons moved! [[PERSON|Harper]], "
        "[[PERSON|Malik]] and [[PERSON|Eun-ji]] now 4:30 with [[PERSON|Coral]], the rest stay "
        "at 5 with [[PERSON|Diarmuid]].'"
    ),
    (
        "Put this netball team sheet in order of position: WA [[PERSON|Tayla Nguyen]], C "
        "[[PERSON|Hine Parata]], GS [[PERSON|Olivia Marsh]], GD [[PERSON|Adaeze Okoro]], GK "
        "[[PERSON|Bronte Kelly]]. Manager: [[PERSON|Leanne Marsh]] [[PHONE_NUMBER|0491 570 "
        "642]]."
    ),
]

CLEAN = [
    # fictional characters
    "Write a bedtime story where Harry Potter and Hermione teach a baby dragon to read.",
    (
        "Make a 10 question quiz about Frozen for a 6-year-old's party, with Elsa, Anna and "
        "Olaf questions."
    ),
    (
        "Write a short mystery where Sherlock Holmes investigates a missing birthday cake at "
        "Baker Street."
    ),
    "bedtime story about paddington bear getting lost in a supermarket, keep it under 300 words",
    "Can you write a toast Gandalf might give at Frodo's birthday party?",
    "Write a eulogy for Mufasa from Simba's point of view, for a drama class exercise.",
    "Make a word search with the names of the Paw Patrol pups.",
    "Write a poem where Moana sings to the ocean about her grandmother.",
    "give me a quiz about hercule poirot novels, 8 questions, medium difficulty",
    "Write a wedding speech that Samwise Gamgee would give for Frodo, funny and heartfelt.",
    "Write a birthday poem for Peppa Pig from George.",
    (
        "Create a reading comprehension passage about Winnie-the-Pooh looking for honey, with "
        "five questions."
    ),
    (
        "Write a reference letter from Professor Dumbledore recommending Neville Longbottom "
        "for a herbology job."
    ),
    "Write a cover letter for SpongeBob SquarePants applying to be head chef at the Chum Bucket.",
    "Retell Cinderella as a surprise party planning story.",
    "Write a limerick about Captain Hook always being late.",
    "make a maths worksheet where mario and luigi share coins, fractions, year 4",
    "Write a story where Pikachu goes to school for the first time.",
    "Write a short dialogue between Elizabeth Bennet and Mr Darcy planning a surprise ball.",
    "Write a bedtime story where Bluey and Bingo build a fort out of cushions.",
    # public and historical figures
    "Write a toast to Marie Curie for a science club dinner.",
    "Write a short speech honouring Nelson Mandela for a school assembly on Freedom Day.",
    "Give me a birthday poem for Queen Elizabeth II's centenary, respectful tone.",
    "Write a eulogy-style tribute to Ada Lovelace for a computing society event.",
    "Draft a short speech introducing Malala Yousafzai's story to a class of 10-year-olds.",
    "Write a funny roast of Albert Einstein for a physics department Christmas party.",
    "Can you write a quiz about Frida Kahlo's paintings for an art club?",
    "Write a poem celebrating Usain Bolt's 100m world record.",
    (
        "Give me a short thank-you speech to Florence Nightingale that a nursing student "
        "might read on International Nurses Day."
    ),
    "Write an acrostic poem using the letters of GANDHI for a peace day display.",
    "write a rap about abraham lincoln and the gettysburg address for my history homework",
    "Make a quiz about Taylor Swift's albums for a fan club night.",
    "Write a toast to Amelia Earhart for an aviation museum gala.",
    "Summarise Martin Luther King Jr.'s 'I Have a Dream' speech for a 12-year-old.",
    "Write a short story where Leonardo da Vinci visits a modern school.",
    "Write a farewell poem to Serena Williams' tennis career.",
    "Draft a debate opener on whether Winston Churchill was a good peacetime leader.",
    "Write a birthday message David Attenborough might receive from a nature club.",
    "Create a trivia round on Cleopatra, Julius Caesar and Mark Antony.",
    "Write a haiku about Beethoven going deaf.",
    # word problems with fictional first names
    "Write a word problem: Maya has 24 stickers and gives a third to Leo. How many does she keep?",
    "Make 5 word problems for year 3 using characters called Sam, Priya and Tom buying fruit.",
    "Create a percentages problem where Carlos gets 15% off a £40 jacket.",
    "Write a ratio question: Aisha and Ben share 35 sweets in the ratio 3:4.",
    "Make a speed-distance-time problem about Yuki cycling 18 km in 45 minutes.",
    "Invent a probability question where Zainab picks two socks from a drawer of 5 red and 3 blue.",
    "Write three algebra word problems starring a character called Olu who runs a lemonade stand.",
    "create an area problem where ines tiles a 4m by 3m kitchen floor",
    "Write a money problem: Kai buys 3 notebooks at £1.25 and pays with a £5 note.",
    "Make a logic puzzle with five fictional neighbours, Ana, Bo, Cy, Dee and Eli, and their pets.",
    # placeholders
    (
        "Write a reference letter template for a former tenant, using [Name] and [Address] as "
        "placeholders."
    ),
    (
        "Make a group work rubric where Student A is the researcher, Student B the writer and "
        "Student C the presenter."
    ),
    (
        "Write a logic problem: Person X always lies and Person Y always tells the truth. "
        "What question finds the exit?"
    ),
    (
        "Draft a birthday message template: 'Happy birthday, <friend's name>! Here's to "
        "another year of ...'"
    ),
    (
        "Write a eulogy structure with blanks like [Name], [years], [favourite memory] that "
        "anyone could fill in."
    ),
    "Create a best-man speech template with slots for GROOM and BRIDE, no real names.",
    "Write a cover letter template for a retail job with {candidate_name} and {store_name} fields.",
    (
        "Give me a toast outline for a colleague's retirement, with the colleague called 'the "
        "retiree' throughout."
    ),
    "Write a role-play for an English class: Customer and Shop Assistant, no names.",
    "Make a quiz template where each question says 'Player 1' or 'Player 2' instead of a name.",
    "Write a wedding seating plan example using Guest 1 to Guest 20 so I can see the layout.",
    "Write a standup note example with Dev A, Dev B and QA as the speakers.",
    "Create a shared-house chore chart template for Housemate 1 to Housemate 4.",
    (
        "Write an appointment reminder SMS template: 'Hi [Patient], your appointment with "
        "[Clinician] is on [Date] at [Time].'"
    ),
    "Draft a school newsletter template with a 'Star of the week: [pupil name]' section.",
    # seasons, holidays, saints' days
    "Write a short poem about the first frost of autumn.",
    "write a haiku sequence about spring rain on a tin roof",
    "Give me a poem about midsummer night for a card.",
    "What are traditional foods for St Patrick's Day besides soda bread?",
    "Write a short explanation of St Lucia's Day for a class in Sweden.",
    "Explain what happens on St Nicholas' Day in the Netherlands and Belgium.",
    "Write a children's poem for St David's Day with daffodils and leeks.",
    "Why is St Valentine associated with love? Short answer for a quiz.",
    "Write a winter solstice poem about the longest night.",
    "Give me ideas for a St Andrew's Day ceilidh menu.",
    "Write a Diwali poem about lamps and sweets for a school display.",
    "Write a short verse for a Lunar New Year card, Year of the Horse.",
    "What is the story behind St George and the dragon? For a 7-year-old.",
    "Write a poem about the last day of summer holidays.",
    "Give me a Thanksgiving toast that doesn't mention anyone by name.",
    # brands, teams, places named after people
    "Is McDonald's or Wendy's older as a company?",
    "Write a short history of the Ferrari logo for a car club newsletter.",
    (
        "Plan a day trip to Washington DC with kids: Lincoln Memorial, Smithsonian, Jefferson "
        "Memorial."
    ),
    "How big is Lake Victoria compared with Lake Superior?",
    "Write a quiz about Real Madrid and Manchester United's Champions League history.",
    "What is the best way to get from JFK airport to Central Park?",
    "Is Ben & Jerry's still owned by the founders?",
    "Give me a 2-day itinerary for St. Petersburg, Florida.",
    "What's the story behind the Ronaldo statue at Madeira airport?",
    "Write a review of a Tim Hortons double-double as if it were fine wine.",
    "Why is Bolivia named after Simón Bolívar?",
    "Plan a walking route from Victoria Station to Kensington Palace.",
    "Compare Dell and Hewlett-Packard laptops for a student budget.",
    "What year did the Boston Celtics win their first title?",
    "Write a short guide to the Van Gogh Museum for first-time visitors.",
    "Is the Mercedes-Benz Arena in Berlin easy to reach by train?",
    "Give me a quiz on the Disney princesses and which films they appear in.",
    "How do I get to the Alexander Nevsky Cathedral in Sofia from the airport?",
    "Suggest snacks for watching the Chicago Bulls game tonight.",
    "Is Kellogg's cornflakes gluten free in the UK?",
]
# fmt: on

NATIONAL_IDS = {
    "485 721 903 4": nhs_ok,
    "612 094 378 1": nhs_ok,
    "304185279": bsn_ok,
    "207418536": bsn_ok,
    "4821 9037 6154": aadhaar_ok,
    "2 87 06 75 114 052 33": nir_ok,
    "57382019464": steuer_id_ok,
    "518 204 672": luhn_len(9),
    "850917-3426": luhn_len(10),
    "RSSGLI82D54F205R": codice_fiscale_ok,
    "47382915V": dni_ok,
    "S8724519E": nric_ok,
    "38501927410": kimlik_ok,
    "140391-527X": hetu_ok,
    "6283917Q": pps_ok,
    "463 819 257": tfn_ok,
    "384.715.902-04": cpf_ok,
    "900312-2145878": rrn_ok,
    "8802145126083": luhn_len(13),
}
"""Each national id typed in a text and the check its digits must pass."""

PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"\+49 30 23125 \d{3}",  # Germany, fiction range
        r"\+(32|47|64|91|351|353) [\d ]+\d",  # no fiction range known
    )
]
"""The layouts every phone number must match."""


def check_mix() -> None:
    """The chat requests each name someone and at least ``NO_RELATION`` of them say nothing
    of how the writer knows them; every own-identifier request holds a value other than a
    name (or a date of birth beside the name); every pasted snippet names at least two people."""
    for marked in CHAT:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"chat: no name in {marked[:60]!r}")
    bare = [t for t in CHAT if not RELATION.search(strip_marks(t)[0])]
    if len(bare) < NO_RELATION:
        raise SystemExit(f"chat: {len(bare)} texts without a relation word, want {NO_RELATION}")
    for marked in OWN:
        dob = "born" in strip_marks(marked)[0]
        if all(s["type"] == "PERSON" for s in marked_spans(marked)) and not dob:
            raise SystemExit(f"own: only names in {marked[:60]!r}")
    for marked in PASTED:
        if sum(s["type"] == "PERSON" for s in marked_spans(marked)) < 2:
            raise SystemExit(f"pasted: fewer than two names in {marked[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "own": (OWN, 60),
        "pasted": (PASTED, 40),
        "clean": (CLEAN, 100),
    }
    pii = CHAT + OWN + PASTED
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("own", OWN, OWN_WORDS, (1, 5))
    check_counts("pasted", PASTED, PASTED_WORDS, (2, 14))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind58", HERE, sections, {"chat", "own", "pasted"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
