# ruff: noqa: E501
"""A seventeenth blind privacy set: 200 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind16.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 110 chat requests that employees, customers, patients, parents, students, freelancers
  and small-business owners send to an AI assistant (e-mails and messages to draft, HR and
  payroll questions, customer-support replies, landlord and tenant trouble, school and
  childcare, health worries, travel, bank and insurance disputes, IT access, events),
  mentioning private people by full name, first name, surname after a title, nickname, in
  greetings, sign-offs and in passing; about half with an obvious cue (a relation word,
  "Dear", "my manager", a signature) and half without; names from the Nordics, the Baltic
  states, West Africa, South Asia, the Philippines, Brazil, Aotearoa, Ireland, Jewish,
  Persian, Korean, Vietnamese and Ukrainian families and a few others; the first 15 typed
  all in lower case, the next 10 in Dutch, Swedish, Portuguese, Tagalog, Hindi in Latin
  letters, Romanian, Greek in Latin letters, Hebrew in Latin letters, Farsi in Latin
  letters and Czech (names inflected by their language are marked as written);
* 40 pasted texts to summarise, fix or answer: e-mail threads with signatures, minutes
  with attendees, support tickets, CRM notes, CSV, JSON, YAML and SQL rows, delivery
  labels, a prescription note, rotas, chat exports with timestamps, sshd and web-server
  logs with usernames and IPs, a tenancy letter, forms, an invoice and a referral;
* 20 texts whose identifier is a phone number, a customer or account number, a username,
  a PIN or door code, a wifi key, an IBAN, a card number, an SSN, an API key or an IP
  address said in passing;
* 30 statement-style records of one invented person each (name with address, phone,
  e-mail, national id, card or IBAN, sometimes a date of birth) in the formats of 30
  countries.

Usernames, handles, logins, account, customer, member, patient and employee numbers,
passports and national ids are labelled ID_NUMBER; PINs, door and gate codes, wifi keys,
passphrases and passwords PASSWORD; titles (Mr, Mrs, Ms, Dr, Rabbi, doamna, kyrio, ostad)
stay outside PERSON spans; an address span runs from the street line through the postcode
and city as typed; dates of birth, order, invoice and ticket numbers, public figures,
eponyms, companies and fictional characters are not labelled; every occurrence of a
private value is marked. The 100 clean texts are 30 benchmark-style questions (word
problems with fictional first names, trivia, multiple choice), 40 everyday and work
requests with no personal data and 30 chosen to trip a naive detector (public and
historical figures, eponyms, brands and products named after people, famous places,
fictional characters, capitalised common words, versions, order and invoice numbers,
dates and times). All values are invented: phones from fictional ranges where a country
has one (UK 07700 900 and 020 7946 0, US 555-01, Australia 0491 570, Sweden 070-174 06),
cards Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not the standard
documentation examples, national ids with valid check digits where the format has a public
one (Swedish personnummer, Finnish henkilötunnus, Estonian and Lithuanian personal codes,
Norwegian fødselsnummer, Brazilian CPF, Irish PPSN, Romanian CNP, Czech rodné číslo,
Israeli Teudat Zehut, Korean resident number, Ukrainian RNOKPP), IPs from documentation
ranges.

Run ``.venv/bin/python bench/data/build_blind17.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    check_national_ids,
    cnp_ok,
    cpf_ok,
    fodselsnummer_ok,
    hetu_ok,
    isikukood_ok,
    pps_ok,
    rnokpp_ok,
    rodne_cislo_ok,
    rrn_ok,
)
from marks import build_sections, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 15
OTHER_LANGUAGES = 10
MIN_CHARS = 15
MAX_WORDS = 260
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rabbi|Rev|doamna|domnul|kyrio|kyria|ostad|panu|paní|Sr|Sra|Dona)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 110 chat requests: 15 all in lower case, 10 in other languages, 85 in English.
CHAT = [
    # all lower case
    "can you help me word a message to my daughter's swim coach [[PERSON|kahurangi te rangi]]? [[PERSON|mere]] missed three sessions with an ear infection and i don't want her dropped from the squad before the regionals",
    "my landlord [[PERSON|dariush farahani]] says he'll keep the whole bond because of a scuff on the hallway wall. we were there 4 years. is that even allowed in victoria? what should i write back",
    "pls rewrite this so it sounds less angry: hi [[PERSON|thiago]], for the 3rd time the invoice you sent has the wrong hourly rate, it should be 65 not 56. fix it today or i'm not paying",
    "how do i tell my team lead [[PERSON|ilze]] that i can't do the saturday shift anymore without sounding like i'm quitting",
    "write a short birthday message for my grandma [[PERSON|tzipora]] turning 90, she loves her garden and hates any fuss",
    "is it normal for a 2 year old to still wake up 3 times a night? our nanny [[PERSON|rowena santiago]] thinks we should drop the afternoon nap but i'm not sure",
    "need an out of office reply, i'm away till the 14th, anything urgent goes to [[PERSON|kwabena owusu]] on [[EMAIL_ADDRESS|k.owusu@tallowfield-logistics.com]] or [[PHONE_NUMBER|020 7946 0381]]",
    "my coworker [[PERSON|jericho]] keeps taking credit for my slides in front of the director. how do i bring it up in my 1:1 without it turning into drama",
    "draft a complaint to the gym, they charged me twice in march. my membership number is [[ID_NUMBER|gx-448190]] and the guy at the desk was called [[PERSON|aatu]]",
    "whats a polite way to remind mr [[PERSON|adeyemi]] from flat 4b that it's his turn to host the building meeting, he forgot last time too",
    "i think i sprained my wrist climbing yesterday, it's swollen but i can move my fingers. [[PERSON|noa]] says ice, my mum says heat. which one",
    "translate to spanish pls: dear [[PERSON|luana]], thanks so much for hosting us, the kids haven't stopped talking about the beach",
    "help me plan a surprise 40th for my husband [[PERSON|choi dong-hyun]], about 30 people, budget around 2000, he likes korean bbq and 90s hip hop",
    "teacher sent a note home saying [[PERSON|oleksii]] was 'disruptive' again. he's 7. how do i reply without sounding defensive, she's ms [[PERSON|brennock]]",
    "can u check this: i worked 46 hours last week at the café and [[PERSON|babajide]] says overtime only starts after 48. we're in ontario, is he right",
    # other languages
    "Kun je een korte mail schrijven aan mijn buurvrouw [[PERSON|Femke Verhoeven]]? Haar hond blaft elke nacht tot twee uur en ik wil het vriendelijk aankaarten voordat ik naar de woningcorporatie stap.",
    "Hjälp mig att svara min chef [[PERSON|Eskil Lindqvist]] som vill att jag tar över kundmötena på fredagar. Jag jobbar deltid och hinner inte, men jag vill inte låta negativ.",
    "Oi! Preciso de uma mensagem pro grupo dos pais avisando que a festa junina da turma da professora [[PERSON|Rafaela Monteiro]] foi adiada pro dia 22. Pode ser bem simpática, com emoji.",
    "Pwede mo ba akong tulungan gumawa ng mensahe kay [[PERSON|Arnel Pascual]]? Siya yung may-ari ng inuupahan namin sa Marikina, tatlong linggo na kasing tumutulo ang bubong at hindi pa rin niya pinapaayos.",
    "Mere boss [[PERSON|Sandeep Kulkarni]] ne bola hai ki is mahine ki salary late aayegi. Kya main HR ko email kar sakta hoon bina unko naraz kiye? Ek chhota sa draft likh do please.",
    "Poți să-mi scrii un mesaj pentru doamna [[PERSON|Ioana Ciobanu]], dirigintele fiului meu? Vreau să-i spun că [[PERSON|Matei]] lipsește joi și vineri pentru o operație la amigdale.",
    "Thelo na grapso ena email ston kyrio [[PERSON|Stavro Papadaki]] gia to enoikio tou Noemvriou, to plirosa me kathisterisi giati i trapeza mou eklise tin karta. Mporeis na me voithiseis?",
    "Ata yachol la'azor li lichtov hoda'a le-[[PERSON|Avigail Rosenthal]] mi-va'ad ha-bayit? Ha-ma'alit lo ovedet kvar shavua ve-yesh po anashim mevugarim she-lo yecholim laredet.",
    "Salam, mikham ye email be ostad [[PERSON|Parisa Ebrahimi]] benevisam ke deadline-e project ro ye hafte aghab bendaze, chon madaram bimarestan bud. Lotfan kheili ba adab benevis.",
    "Můžeš mi pomoct napsat odpověď panu [[PERSON|Zdeňku Horákovi]]? Chce, abychom mu do pátku poslali podepsanou nájemní smlouvu, ale pořád čekáme na revizi kotle.",
    # English
    "Can you draft a polite email to Mr [[PERSON|Ogunleye]] explaining that his order shipped to the wrong warehouse and that we'll cover the return courier?",
    "[[PERSON|Siobhán]] asked me to cover her on-call week from the 3rd. Write me a reply that says yes, but only if she takes my bank holiday Monday in return.",
    "Please write a reference for [[PERSON|Jānis Ozoliņš]], who worked in our warehouse for two years as a forklift driver. Reliable, never late, patient with new starters.",
    "Our payroll shows [[PERSON|Mereana Paewai]] was paid for 38 hours but her timesheet says 41. How do I correct an underpayment in the next pay run in New Zealand?",
    "Reply to this customer for me: 'Hi, I'm [[PERSON|Nusrat Chowdhury]], my parcel says delivered but it's not here and the photo shows someone else's door.' Keep it warm and offer a reship.",
    "I need to cancel the dentist appointment for my son [[PERSON|Kaveh]] on Thursday at 3:40. Write a short text to the clinic and ask them to call me back on [[PHONE_NUMBER|07700 900418]].",
    "Dr [[PERSON|Raghunathan]] prescribed amoxicillin for my sinus infection but I'm already on warfarin. Should I call her back before I start it?",
    "Write a LinkedIn recommendation for [[PERSON|Liezl Villanueva]]. She ran our accounts payable team through a system migration without a single late payment.",
    "Turn these notes into a thank-you card: [[PERSON|Mindaugas]] and [[PERSON|Gintarė]] hosted the team dinner, cooked cepelinai for twenty people and drove everyone home afterwards.",
    "My flight with my partner [[PERSON|Eitan Berkowitz]] was cancelled and the airline only rebooked me. How do I get him on the same flight, and are we owed compensation under EU261?",
    "Help me answer [[PERSON|Hemi]]: he wants to know why his quote jumped from $4,200 to $5,100 between the site visit and the final invoice. The difference was the scaffolding hire.",
    "I'm organising a baby shower for [[PERSON|Adwoa Mensah]] on 9 August. Give me a checklist and a cute invitation text.",
    "Rewrite so it sounds professional: 'Yo [[PERSON|Caio]], the API is down again, can u restart it or give me access so I stop pinging u at midnight'",
    "Is it legal for my employer to make me use annual leave for the days the office was closed after the flood? My manager [[PERSON|Halvard Øien]] says it's standard practice.",
    "Draft a note to the school: my daughter [[PERSON|Yoon Seo-yeon]] has a peanut allergy and the class trip lunch comes from a bakery. I want to know exactly what's in it.",
    "Write a firm but fair warning letter to [[PERSON|Dindo Macaraeg]] for arriving 25 minutes late four times this month. It is his first formal warning.",
    "My bank blocked my card while I was in Lisbon and [[PERSON|Orla]] in their fraud team promised a callback that never came. How do I escalate this?",
    "Our bookkeeper [[PERSON|Rukhsana Begum]] leaves in June. Draft an announcement to clients introducing her replacement, [[PERSON|Farhan Qureshi]], who starts on the 2nd.",
    "Make this friendlier: 'Ms [[PERSON|Katzenelson]], your account is overdue by 60 days. Pay now or we will refer it to collections.'",
    "I share custody with [[PERSON|Bohdan]] and he wants to take the kids to Poland for three weeks. What should the written consent letter include?",
    "Write a Slack message to [[PERSON|Priyanka]] and [[PERSON|Tharindu]] asking who can review the pricing page before Friday's launch.",
    "I can't log into the VPN since the password reset. My username is [[ID_NUMBER|a.tavakoli]] and the helpdesk closed the ticket without fixing anything. What should I write to them?",
    "What should I pack for a week in Hanoi in October with my mother-in-law [[PERSON|Đỗ Thu Hà]], who walks slowly and hates humidity?",
    "Write interview questions for a sous chef role. The candidate tomorrow is [[PERSON|Fatoumata Camara]], who ran a pop-up in Dakar before moving here.",
    "Insurance denied my claim for the cracked windscreen. The adjuster, [[PERSON|Cathal Ó Dubhghaill]], says it's pre-existing damage. How do I appeal?",
    "Help me write a eulogy for my uncle [[PERSON|Tamati Walker]]. He was a shearer for 40 years, sang at every wedding in the valley and never missed one of his grandsons' rugby games.",
    "Tell [[PERSON|Yulia]] the venue can seat 80 but not 120, and ask whether she'd rather cut the guest list or move to the bigger hall across town.",
    "Is a rash on both palms after a fever something to worry about? It's my niece [[PERSON|Aminata]], 4 years old, and the fever went down yesterday.",
    "Could you write an apology to [[PERSON|Shmuel Adler]]? We double-booked his table for his anniversary on Saturday and he was left waiting for half an hour.",
    "Summarise the pros and cons of moving [[PERSON|Oksana Melnychuk]] from nights to days; she's our most experienced nurse but the day shift is overstaffed.",
    "Hi, I'm writing for my father [[PERSON|Vikram Iyer]], who can't use the app. How do we add me as a trusted contact on his pension account?",
    "Text [[PERSON|Aoife]] for me: I'll pick up the keys from her at 6, and could she leave the meter readings on the fridge.",
    "My tenant [[PERSON|Kristjan Tamm]] wants to sublet his room for the summer. What clause should I check in the lease, and how do I say no nicely if I don't want it?",
    "Please proofread: 'Dear Ms [[PERSON|Pillai]], thank you for the chance to interview for the data analyst role. I enjoyed discussing the churn project with you and [[PERSON|Anjali]].'",
    "Can a pharmacist refuse to refill my inhaler early? I'm going to Manila for three weeks and my GP, Dr [[PERSON|Nwosu]], is on leave.",
    "[[PERSON|Letícia]] from accounts keeps sending invoices as phone photos. Write a friendly policy note asking everyone to upload PDFs to the portal instead.",
    "Draft a cancellation for the cabin in Tromsø. The host is [[PERSON|Ragnhild Bakke]], we booked 12 to 16 February and her policy says 50% refund until 7 days before.",
    "What do I say to [[PERSON|Liv]] when she asks why she didn't get the promotion? I want to be honest without crushing her.",
    "My son's friend [[PERSON|Arash]] is sleeping over and his mum says he's scared of the dark. Any tips for making him comfortable?",
    "Write a short bio for the conference programme: [[PERSON|Mykola Tkachuk]], structural engineer, rebuilt two bridges in Kharkiv oblast, now teaches at a polytechnic.",
    "Email the caterer: we need 14 vegetarian, 3 vegan and 1 halal meal for Friday. Sign it from me, [[PERSON|Jhoanna Manalo]], events coordinator.",
    "Our client [[PERSON|Donnacha Keane]] says we missed his tax filing deadline. We didn't, the revenue office lost the form. How do I show we filed on time?",
    "Can you work out how much holiday pay [[PERSON|Signe]] is owed? She worked 3 days a week for 7 months and took 4 days off.",
    "Rewrite this for our nanny-share group: '[[PERSON|Luana Figueiredo]] can't do Fridays from next month, we need to talk about who covers.'",
    "How do I answer a customer who says our technician [[PERSON|Võ Thanh Tùng]] was rude? The customer says he was dismissive; he says the customer shouted at him.",
    "Is it safe to give my 10-month-old the paracetamol dose the pharmacist [[PERSON|Harpreet]] wrote on the box, 2.5 ml every 6 hours?",
    "Need a warm welcome email for our new intern [[PERSON|Seo Jae-won]], starting Monday, desk next to [[PERSON|Liis Kask]] in the design pod.",
    "Someone used my card at a petrol station in Leeds while I was in Cork. The bank rep, [[PERSON|Ciarán]], said to wait 10 days. Is that normal for a chargeback?",
    "Write a thank-you note to Rabbi [[PERSON|Feld]] for officiating at our son's bar mitzvah.",
    "What should we ask at our first fertility clinic appointment? My wife [[PERSON|Nasrin]] has PCOS and we've been trying for two years.",
    "Help me tell [[PERSON|Kang Min-seo]] that her contract won't be renewed after the pilot. She did good work but the budget was cut.",
    "Draft a message to the body corporate about the leaking pipe above our unit at [[STREET_ADDRESS|14/22 Kowhai Street, Ponsonby, Auckland 1011]]; the owner upstairs, [[PERSON|Wiremu Tawhiri]], isn't answering his phone.",
    "Write a reminder to [[PERSON|Bragança]] that the Q3 board pack is due on Thursday and I still need her revenue figures.",
    "How do I respond to a parent who says [[PERSON|Efua]] pushed her son at recess? I'm the class teacher and I didn't see it happen.",
    "The Wi-Fi at our co-working space keeps dropping and [[PERSON|Asbjørn]] at the front desk says it's our laptops. What should I check first?",
    "Please write a condolence message to [[PERSON|Phạm Quốc Bảo]], whose father passed away last week. We're colleagues, not close friends.",
    "Can I claim my mother [[PERSON|Meenakshi]] as a dependant if she lives with us six months a year? We're in Canada.",
    "Write an invite for Saturday's end-of-season party for the under-9s at [[PERSON|Torbjørn]]'s place, bring a plate, starts at 2pm.",
    "Help me reply to a supplier: [[PERSON|Olumide Bakare]] says the pallets came back damaged, but our driver's photos show them intact.",
    "I'm a freelance translator and a client, [[PERSON|Gustavo Pimentel]], hasn't paid two invoices from March. Draft a final reminder before I go to small claims.",
    "Payroll forgot my night allowance again. Help me write to [[PERSON|Efosa Igbinedion]] in HR, calm but clear, with the dates: 4, 11 and 18 May.",
    "Book club reminder: next meeting at [[PERSON|Sigrún]]'s on the 20th, we're reading The Remains of the Day. Make it fun.",
    "Can I ask Dr [[PERSON|Tavakoli]] for a copy of my X-rays to get a second opinion, or will that be awkward?",
    "Draft the header of today's parent council minutes: chair [[PERSON|Niamh Brennock]], secretary [[PERSON|Rajesh Menon]], treasurer absent.",
    "Write a short message telling [[PERSON|Hana Dvořáková]] her passport photos were rejected because of the glasses and she needs new ones before the embassy appointment.",
    "[[PERSON|Kofi]] wants to switch from the monthly to the annual plan mid-cycle. How do I explain the prorated credit in simple words?",
    "We're flying Auckland to Seoul with my grandmother [[PERSON|Aroha Ngata]], who uses a wheelchair. What assistance should I request from the airline, and when?",
    "Write a follow-up to [[PERSON|Paulo Henrique Sá]] after yesterday's demo, attach the pricing sheet and suggest a call next Tuesday.",
    "I keep getting letters for a [[PERSON|Tomasz Wiśniewski]] at my flat. He moved out two years ago. What's the right way to stop them?",
    "Can you explain my payslip? There's a deduction called 'salary sacrifice' and [[PERSON|Gabriela]] in payroll says it's the cycle-to-work scheme, but I never signed up.",
    "Make this vendor email shorter: 'Hi [[PERSON|Junaid]], hope you're well. Following up on the quote for the 40 monitors. Can you confirm delivery by the 15th and whether mounting arms are included? Thanks, [[PERSON|Ingrid]]'",
    "Help me prepare for a call with Mrs [[PERSON|Okafor]], whose son was hurt on our school playground. What should I say and not say?",
    "How do I set up a shared calendar for the dog-walking schedule between me, [[PERSON|Dara]] and [[PERSON|Rūta]]?",
    "Write to the letting agent asking for the gas safety certificate. The agent is [[PERSON|Temitope Adebayo]] and she has ignored two emails already.",
    "Could you make a packing list for [[PERSON|Nhung]]'s first week at uni in Melbourne? She's flying from Da Nang and has never lived away from home.",
    "What's a reasonable notice period to give [[PERSON|Eero Mäkinen]], our cleaner of 5 years, now that we're moving? We're in Finland.",
    "I manage a café. [[PERSON|Maricel]] cut her hand on a broken glass today. What do I need to record in the accident book?",
    "Draft a toast for my brother [[PERSON|Gideon]] and his fiancée [[PERSON|Shira]] at their engagement party, light and short, and mention their disastrous camping trip.",
    "The pharmacy gave me 20 mg tablets instead of 10 mg and my doctor, Dr [[PERSON|Mohammadi]], is away. Can I cut them in half?",
    "Can you check this message to my ex [[PERSON|Rodrigo]] about changing the school pickup days? I don't want to start another fight.",
    "How should we reply to a one-star review from [[PERSON|Chukwuemeka Eze]], who says the room smelled of smoke? We're a non-smoking hotel.",
    "Turn this into a polite chaser: [[PERSON|Marek]] still hasn't returned the projector he borrowed for the Diwali evening.",
    "Can I be fired for refusing overtime? [[PERSON|Ananya]] in my team was told she'd lose her bonus if she didn't work the weekend.",
    "Write a short note to the after-school club saying [[PERSON|Tipene]] will be picked up by his aunty [[PERSON|Hine]] on Wednesdays from now on.",
    "Reminder for tomorrow: call [[PERSON|Sergio Lacerda]] about the kitchen quote and send the photos to [[EMAIL_ADDRESS|sergio@lacerdareformas.com.br]].",
]

# 40 pasted texts to summarise, fix or answer.
PASTED = [
    "Can you summarise this thread and tell me what I still owe?\n\nFrom: [[PERSON|Ilze Bērziņa]] <[[EMAIL_ADDRESS|ilze.berzina@dzintarprint.lv]]>\nSubject: Re: brochure reprint\n\nHi, the second run of 500 brochures is ready. Since the first batch had the wrong blue we're only charging for paper, €140. Please confirm pickup or courier.\n\nBest,\n[[PERSON|Ilze Bērziņa]]\nDzintar Print | [[PHONE_NUMBER|+371 2614 8830]]\n\n> On Tue you wrote: the blue on page 3 is off, can you redo it?",
    "Tidy these minutes into a proper format:\n\nResidents' association, 3 March\nPresent: [[PERSON|Caoimhe Walsh]] (chair), [[PERSON|Dmytro Levchenko]], [[PERSON|Bich Ngoc Tran]], [[PERSON|Osagie Ehiguese]]\nApologies: [[PERSON|Hilde Rasmussen]]\n1. Bins: [[PERSON|Dmytro]] to call the council again about missed collections\n2. Car park lights still out; [[PERSON|Osagie]] has a quote from an electrician, €380\n3. Summer BBQ on 21 June, [[PERSON|Caoimhe]] to book the green\nNext meeting 7 April",
    "Write a reply to this ticket:\n\nTicket #58213 | Priority: High\nCustomer: [[PERSON|Reza Kamali]] ([[EMAIL_ADDRESS|reza.kamali81@postbox.ir]])\nAccount: [[ID_NUMBER|ACC-7702195]]\nMessage: I was charged for the premium tier after I downgraded on the 1st. Please refund the difference and confirm my plan.\nAgent notes: downgrade logged 02/01 09:14, billing job ran 01/01. Refund approved by [[PERSON|Sunniva]].",
    "Clean up these CRM notes into bullet points:\n[[PERSON|Ama Serwaa Ofori]] - met at the trade fair in Accra, interested in 200 solar lanterns. Wants samples sent to [[STREET_ADDRESS|House 12, Adjiringanor Road, East Legon, Accra]]. Prefers WhatsApp, [[PHONE_NUMBER|+233 24 731 9902]]. Follow up after her board meeting mid-month. Her assistant [[PERSON|Kojo]] handles logistics.",
    "Find the duplicates in this export:\nname,email,phone,city\n[[PERSON|Juho Lehtinen]],[[EMAIL_ADDRESS|juho.lehtinen@kotiposti.fi]],[[PHONE_NUMBER|+358 40 718 2264]],Tampere\n[[PERSON|Saara Heikkilä]],[[EMAIL_ADDRESS|saara.h@kotiposti.fi]],[[PHONE_NUMBER|+358 50 392 6617]],Oulu\n[[PERSON|Juho Lehtinen]],[[EMAIL_ADDRESS|juho.lehtinen@kotiposti.fi]],[[PHONE_NUMBER|+358 40 718 2264]],Tampere\n[[PERSON|Pekka Ranta]],[[EMAIL_ADDRESS|pekka.ranta@tyoposti.fi]],[[PHONE_NUMBER|+358 44 905 1378]],Turku",
    'Why does this JSON fail to parse?\n{\n  "id": 4471,\n  "name": "[[PERSON|Han Eun-ji]]",\n  "email": "[[EMAIL_ADDRESS|eunji.han@bomnal.kr]]",\n  "phone": "[[PHONE_NUMBER|010-4827-3391]]",\n  "tags": ["vip", "newsletter",]\n}',
    "Is this label complete enough for the courier?\n\nSHIP TO:\n[[PERSON|Rosalind Achterberg]]\n[[STREET_ADDRESS|Kerkstraat 41-B\n3581 RB Utrecht]]\nNetherlands\nTel: [[PHONE_NUMBER|+31 6 4128 7730]]\nRef: ORD-22871",
    "Explain this prescription note in plain English:\nPatient: [[PERSON|Bui Thi Lan]]   NHI: [[ID_NUMBER|ZKT4827]]\nRx: Metformin 500 mg, 1 tab BD with meals, 56 tabs\nReview in 3/12 with Dr [[PERSON|Whaanga]]\nPharmacist note: pt reports GI upset, advise to take with food.",
    "Make this rota fair, [[PERSON|Tomas]] keeps getting Sundays:\nMon: [[PERSON|Kiri]], [[PERSON|Tomas]]\nTue: [[PERSON|Precious Adjei]], [[PERSON|Lukas]]\nWed: [[PERSON|Kiri]], [[PERSON|Lukas]]\nThu: [[PERSON|Precious]], [[PERSON|Tomas]]\nFri: [[PERSON|Lukas]], [[PERSON|Kiri]]\nSat: [[PERSON|Precious]], [[PERSON|Kiri]]\nSun: [[PERSON|Tomas]], [[PERSON|Precious]]",
    "Translate this group chat into English for my husband:\n[14:02] [[PERSON|Jovelyn]]: ate, ikaw ba susundo kay [[PERSON|Miggy]] mamaya?\n[14:05] [[PERSON|Rhea Dimaculangan]]: hindi ako pwede, may meeting ako hanggang 6\n[14:06] [[PERSON|Jovelyn]]: sige ako na lang, pakisabi sa teacher\n[14:09] [[PERSON|Rhea Dimaculangan]]: salamat! text mo ako pag nasa bahay na kayo",
    "What is happening in this log?\nMar 12 03:14:07 web01 sshd[2211]: Failed password for [[ID_NUMBER|okovalenko]] from [[IP_ADDRESS|203.0.113.57]] port 52144 ssh2\nMar 12 03:14:09 web01 sshd[2211]: Failed password for [[ID_NUMBER|okovalenko]] from [[IP_ADDRESS|203.0.113.57]] port 52144 ssh2\nMar 12 03:14:12 web01 sshd[2213]: Accepted password for [[ID_NUMBER|okovalenko]] from [[IP_ADDRESS|203.0.113.57]] port 52160 ssh2",
    "Please shorten this email before I send it:\n\nHi [[PERSON|Sunita]],\n\nThanks for covering the front desk yesterday. Just so you know, the courier for the [[PERSON|Vestergaard]] order is now coming on Thursday, not Wednesday, and [[PERSON|Mads Vestergaard]] asked that we call him on [[PHONE_NUMBER|+45 31 48 72 06]] before it leaves.\n\nCheers,\n[[PERSON|Birgitte]]",
    "Summarise what this tenant is asking for:\n\nDear Mr [[PERSON|Haddad]],\nI am the tenant at [[STREET_ADDRESS|Flat 3, 27 Dromore Road, Belfast BT7 3AQ]]. The extractor fan in the bathroom has not worked since January and there is now black mould on the ceiling. I sent photos on 2 and 19 February. Please arrange a repair within 14 days.\nRegards,\n[[PERSON|Niall Mac Lochlainn]]",
    "Convert this to a YAML list for our config:\nadmins: [[PERSON|Sunniva Berg]] ([[ID_NUMBER|sberg]]), [[PERSON|Hyun-woo Jang]] ([[ID_NUMBER|hjang]]), [[PERSON|Kavya Reddy]] ([[ID_NUMBER|kreddy02]])",
    "Fix the syntax error:\nINSERT INTO patients (name, dob, phone, mrn) VALUES ('[[PERSON|Dorcas Amankwah]]', '1961-04-30', '[[PHONE_NUMBER|0491 570 158]]', '[[ID_NUMBER|MRN-220417]]'\n('[[PERSON|Ignatius Boakye]]', '1958-11-02', '[[PHONE_NUMBER|0491 570 159]]', '[[ID_NUMBER|MRN-220418]]');",
    'Turn this voicemail transcript into a to-do list:\n"Hi, it\'s [[PERSON|Marta Kowalczyk]] from the surgery. Your results are back and Dr [[PERSON|Lindahl]] would like to see you next week. Please call us back on [[PHONE_NUMBER|0161 496 0732]] and quote your patient number [[ID_NUMBER|44120968]]. Thanks, bye."',
    "Check this class list for spelling mistakes:\n1. [[PERSON|Amarachi Obi]]\n2. [[PERSON|Benjamin Sørlie]]\n3. [[PERSON|Chaiya Nakamura-Reyes]]\n4. [[PERSON|Dawit Haile]]\n5. [[PERSON|Elif Yıldırım]]\n6. [[PERSON|Farida Suleimanova]]\n7. [[PERSON|Guðrún Jónsdóttir]]",
    "Summarise this lost property log:\n02/05 - black umbrella, found by [[PERSON|Rónán]] in room 4\n03/05 - house keys on a red lanyard, handed in by [[PERSON|Iveta Nováková]], owner [[PERSON|Pradeep Shetty]] collected same day\n06/05 - child's blue coat, unclaimed",
    "Can you make this complaint email sound more professional?\n\nto whom it may concern, your driver nearly reversed into my car outside [[STREET_ADDRESS|58 Rua das Flores, 4050-265 Porto]] and then drove off laughing. reg 42-UX-19. I want an apology.\n[[PERSON|Inês Carvalhal]]\n[[PHONE_NUMBER|+351 912 447 180]]",
    "Reformat this order confirmation as a table:\nOrder 40-9917 confirmed for [[PERSON|Ngozika Udeh]]\nDeliver to: [[STREET_ADDRESS|Flat 9, 112 Kingsland Road, London E2 8DP]]\nContact: [[EMAIL_ADDRESS|ngozika.udeh@fastpost.co.uk]], [[PHONE_NUMBER|07700 900731]]\nItems: 2x linen duvet cover, 1x pillow set\nTotal: £148.00",
    "Rewrite this ward handover into SBAR format:\nBed 6 - [[PERSON|Margit Halvorsen]], 81, post hip repl day 2, pain ok on oral, mobilised with frame, daughter [[PERSON|Vigdis]] visiting 4pm wants update from Dr [[PERSON|Osei-Bonsu]]. Bed 7 - [[PERSON|Arturo Benavides]], 67, chest infection, on IV abx, NEWS 3.",
    "Summarise this Slack export:\n[09:12] [[ID_NUMBER|lukas.brandt]]: prod deploy is blocked, tests flaky again\n[09:14] [[PERSON|Ifeoma]]: I'll rerun them, [[PERSON|Karan]] can you check the cache?\n[09:20] [[PERSON|Karan]]: cache cleared, try now\n[09:31] [[PERSON|Ifeoma]]: green, deploying",
    "Write a short reference from these notes:\nCandidate: [[PERSON|Mele Taufa]]\nRole: care assistant, 2019-2024\nStrengths: calm with residents with dementia, reliable on nights, trained three new staff\nReferee: [[PERSON|Gráinne O'Sullivan]], care home manager, [[EMAIL_ADDRESS|grainne.osullivan@brookhavencare.ie]]",
    "Tell me which rows are missing an email:\nmember_id,name,email\n[[ID_NUMBER|M-30981]],[[PERSON|Siddharth Rao]],[[EMAIL_ADDRESS|sid.rao@lakepost.in]]\n[[ID_NUMBER|M-30982]],[[PERSON|Ebba Nyström]],\n[[ID_NUMBER|M-30983]],[[PERSON|Kalani Akana]],[[EMAIL_ADDRESS|kalani.akana@islemail.net]]",
    "Answer the question in this email:\n\nHello,\nMy daughter [[PERSON|Anh Thư]] started in Year 3 last week. Can she bring her own lunch instead of school dinners, and who do I tell? Her teacher is Mrs [[PERSON|Abernethy]].\nThanks,\n[[PERSON|Lương Văn Đức]]",
    "Make a tidy table from this absence record:\nEmployee [[ID_NUMBER|E-10442]] [[PERSON|Ruairí Doherty]]: sick 3-5 Jan, annual leave 20-24 Feb\nEmployee [[ID_NUMBER|E-10519]] [[PERSON|Palesa Mokoena]]: sick 12 Jan, compassionate leave 6-8 Mar",
    "Proofread this referral letter:\n\nDear Dr [[PERSON|Ferreira]],\nI would be grateful if you could see Mr [[PERSON|Kwame Asamoah]], 58, of [[STREET_ADDRESS|14 Oakfield Crescent, Leicester LE3 6PL]], who has had intermittent chest pain on exertion for two months. ECG attached.\nYours sincerely,\nDr [[PERSON|Hollie Brannigan]]",
    'What does this nginx line mean?\n[[IP_ADDRESS|198.51.100.23]] - [[ID_NUMBER|mfonseca]] [14/Jun/2024:10:22:51 +0000] "POST /admin/login HTTP/1.1" 401 512 "-" "Mozilla/5.0"',
    "Summarise this git log for the release notes:\ncommit 3f9a1c2 Author: [[PERSON|Thandeka Zulu]] <[[EMAIL_ADDRESS|thandeka@veldtworks.io]]> fix: rounding in invoice totals\ncommit 88b0e47 Author: [[PERSON|Rasmus Holm]] <[[EMAIL_ADDRESS|rasmus.holm@veldtworks.io]]> feat: export to CSV",
    "Fix the formatting of this invoice header:\nINVOICE 2024-117\nBilled to: [[PERSON|Keala Makoa]], [[STREET_ADDRESS|77 Kealoha Lane, Hilo, HI 96720]]\nFrom: [[PERSON|Daniel Ofosu-Appiah]], photography\nPay to: [[IBAN_CODE|NO17 8601 2104 738]]",
    "Help me answer this WhatsApp from the landlord:\n[21:40] Mr [[PERSON|Guo]]: hello, plumber coming tomorrow 8am, please leave door code [[PASSWORD|1590]] working\n[21:42] me: ok but I leave at 7:30\n[21:43] Mr [[PERSON|Guo]]: no problem he has code",
    "Translate this school form into Portuguese:\nChild's name: [[PERSON|Davi Nascimento]]\nParent/guardian: [[PERSON|Jaqueline Nascimento]]\nEmergency contact: [[PHONE_NUMBER|(617) 555-0143]]\nAllergies: none\nPermission for photographs: yes",
    "Summarise this booking:\nGuest: [[PERSON|Saoirse Ní Chonaill]]\nEmail: [[EMAIL_ADDRESS|saoirse.nichonaill@eirmail.ie]]\nCheck-in 18 Jul, check-out 21 Jul, 2 adults 1 child\nDeposit paid from [[IBAN_CODE|IE79 AIBK 9311 5241 8739 06]]\nNotes: late arrival after 10pm",
    "Clean up these meeting notes:\nattendees: [[PERSON|Min-jung]], [[PERSON|Oluwaseun]], [[PERSON|Hamid]], [[PERSON|Peta]]\n- [[PERSON|Oluwaseun]] presenting budget next wk\n- [[PERSON|Hamid]] to chase legal on the NDA\n- [[PERSON|Peta]] off from the 12th, [[PERSON|Min-jung]] covers",
    "Write a reply to this guarantor form query:\nTenant: [[PERSON|Zahra Moradi]]\nGuarantor: [[PERSON|Behrouz Moradi]], [[STREET_ADDRESS|9 Elmwood Avenue, Reading RG1 5LQ]], [[PHONE_NUMBER|0118 496 0215]]\nQuestion from guarantor: does my liability end when the fixed term ends?",
    "Sort these visitors by arrival time:\n08:55 [[PERSON|Oddbjørg Lie]] (contractor, badge 12)\n08:40 [[PERSON|Chinonso Nwachukwu]] (interview)\n09:10 [[PERSON|Taika Rāwiri]] (courier)\n08:47 [[PERSON|Isabela Quintão]] (auditor)",
    "Explain this bank statement line, I don't recognise it:\n12/04 CARD [[CREDIT_CARD|4539 6182 0374 5121]] SUBSCR DIGITALPRESS 9.99 EUR\nAccount holder: [[PERSON|Pille Rebane]]",
    "Reply to this support email for me:\n\nHi, I'm locked out of my account. Username [[ID_NUMBER|beatrizdacosta]], registered with [[EMAIL_ADDRESS|bia.dacosta@caixaverde.com.br]]. I tried the reset link three times and it says expired.\n[[PERSON|Beatriz da Costa]]",
    "Summarise the incident in this concierge log:\n22:15 resident [[PERSON|Aleksandra Petrenko]] (apt 1204) reported noise from 1304\n22:40 spoke to [[PERSON|Yoav Mizrahi]] (1304), agreed to turn music down\n23:30 [[PERSON|Aleksandra Petrenko]] called again, security [[PERSON|Ikenna]] attended",
    "Reply to the last message in this thread, keep it short:\n\n--- [[PERSON|Gediminas Žukauskas]] wrote (Mon 09:02):\nThe quarterly figures are in the shared drive. [[PERSON|Rasa]], can you check the Vilnius numbers?\n--- [[PERSON|Rasa Jankauskienė]] wrote (Mon 11:47):\nChecked. Row 14 double counts the March returns, I'll fix it tonight.\n\n[[PERSON|Rasa Jankauskienė]] | Finance Analyst | [[PHONE_NUMBER|+370 612 48 305]]",
]

# 20 texts whose identifier is said in passing.
SECRETS = [
    "Text me on [[PHONE_NUMBER|07700 900263]] when you're outside, the buzzer's broken. Can you put that in a message for the delivery driver?",
    "The side gate code changed to [[PASSWORD|4917]] over the weekend; write a short note for the cleaners so they aren't locked out.",
    "How do I set up a standing order? The money goes from my account to [[IBAN_CODE|LT42 7301 0000 1623 8457]] on the 1st of every month.",
    "I'm customer [[ID_NUMBER|88-301-6624]] and my broadband has been out since Friday. What should I ask the support line for?",
    "The cabin wifi key is [[PASSWORD|tyttebaer-kaffe-1987]]; write a welcome card for guests that mentions it and the checkout time.",
    "Somebody tried to buy flights with [[CREDIT_CARD|5271 8409 3615 4020]] last night. What do I tell the bank first?",
    "The W-4 asks for my number, it's [[US_SSN|412-68-3095]]. Do I write it with the dashes or without?",
    "Why does curl return 401 when I pass [[API_KEY|mtk_live_7Rq2Wd9xLp4Vb8Zn3Hs6Ty1C]] in the Authorization header?",
    "My home connection shows up as [[IP_ADDRESS|198.51.100.84]] and the admin panel still blocks me. How do I allowlist it in the firewall?",
    "I can't reset my student portal password; I log in as [[ID_NUMBER|vphan2291]] and it says unknown user.",
    "I can't remember if I changed my card PIN to [[PASSWORD|7304]] or kept the old one. How many tries do I get before it locks?",
    "Our electricity bill is under [[ID_NUMBER|300 418 772 5]] but it still has the previous tenant's name on it. How do I switch it over?",
    "Couriers can use the side door, [[PASSWORD|2580#]] on the keypad. Write that as a polite sign for the front window.",
    "Can I get the refund paid into [[IBAN_CODE|PT83 0035 0746 0038 1946 2715 3]] instead of the card I used?",
    "Some booking sites keep rejecting my Amex [[CREDIT_CARD|3741 826395 01729]]. Why do some sites refuse it?",
    "I set the router admin password to [[PASSWORD|Kalakukko!42]] and the app says it's too weak. Seriously?",
    "My hospital number is [[ID_NUMBER|RX4471093]]; help me write to medical records asking for my MRI report.",
    "If the pharmacy calls they'll ring [[PHONE_NUMBER|(718) 555-0162]], which is my old number. How do I update it with them?",
    "Someone keeps tagging my old Instagram name [[ID_NUMBER|kalinda_weaves]] in spam posts. How do I report it?",
    "The staging box at [[IP_ADDRESS|192.0.2.146]] stopped answering after the kernel update. Where do I start debugging?",
]

# 30 statement-style records of one invented person each.
STATEMENTS = [
    "Mitt namn är [[PERSON|Linnea Forsberg]], personnummer [[ID_NUMBER|880917-2383]], och jag bor på [[STREET_ADDRESS|Västra Hamngatan 12, 411 17 Göteborg]]. Ring mig på [[PHONE_NUMBER|070-174 06 52]] eller betala till [[IBAN_CODE|SE47 5000 0000 0583 9402 7163]].",
    "Name: [[PERSON|Solveig Hauge]]\nFødselsnummer: [[ID_NUMBER|12038749445]]\nAddress: [[STREET_ADDRESS|Thorvald Meyers gate 58, 0552 Oslo]]\nMobile: [[PHONE_NUMBER|+47 412 83 906]]",
    "Customer [[PERSON|Ville Korhonen]], henkilötunnus [[ID_NUMBER|140389-417V]], lives at [[STREET_ADDRESS|Hämeenkatu 23 B 14, 33200 Tampere]]; refunds go to [[IBAN_CODE|FI26 4055 3012 0938 47]].",
    "My name is [[PERSON|Kadri Sepp]], isikukood [[ID_NUMBER|49105124210]], and I live at [[STREET_ADDRESS|Tartu mnt 44-7, 10115 Tallinn]]. Bank account [[IBAN_CODE|EE11 2210 2014 5685 2961]].",
    "Vardas: [[PERSON|Austėja Grigaitė]]; asmens kodas [[ID_NUMBER|49308170332]]; adresas [[STREET_ADDRESS|Savanorių pr. 118-9, LT-03150 Vilnius]]; tel. [[PHONE_NUMBER|+370 686 21 447]].",
    "Klients [[PERSON|Artūrs Kalniņš]], [[STREET_ADDRESS|Brīvības iela 91-14, Rīga, LV-1001]], e-pasts [[EMAIL_ADDRESS|arturs.kalnins@inbox-lv.eu]], konts [[IBAN_CODE|LV73 HABA 0551 0293 8475 6]].",
    "I'm [[PERSON|Mette Kjærsgaard]], I live at [[STREET_ADDRESS|Nørrebrogade 134, 3. tv., 2200 København N]], my account is [[IBAN_CODE|DK92 3000 3947 1205 86]] and my phone is [[PHONE_NUMBER|+45 28 61 94 37]].",
    "Applicant: [[PERSON|Pádraig Ó Ceallaigh]], PPS number [[ID_NUMBER|8372615M]], address [[STREET_ADDRESS|4 Bóthar na Trá, Salthill, Galway H91 X2K7]], mobile [[PHONE_NUMBER|087 419 2263]].",
    "My name is [[PERSON|Olamide Fashola]] and I live at [[STREET_ADDRESS|23 Grange Park Road, Bristol BS9 4BZ]]. You can reach me on [[PHONE_NUMBER|07700 900584]] or [[EMAIL_ADDRESS|olamide.fashola@mailbay.co.uk]].",
    "Customer [[PERSON|Kaimana Delacruz]], born 03/22/1979, SSN [[US_SSN|531-74-2908]], [[STREET_ADDRESS|1840 Maple Ridge Dr, Boise, ID 83702]], card [[CREDIT_CARD|4917 3062 8451 9076]].",
    "[[PERSON|Élodie Tremblay-Nakamura]], [[STREET_ADDRESS|2201 rue Saint-Hubert, app. 5, Montréal QC H2K 2Z6]], tél. [[PHONE_NUMBER|(514) 555-0119]], Mastercard [[CREDIT_CARD|5463 0817 2954 6308]].",
    "Hi, I'm [[PERSON|Jarrah Nguyen]] from [[STREET_ADDRESS|7 Banksia Court, Kalamunda WA 6076]]; my mobile is [[PHONE_NUMBER|0491 570 313]] and my email is [[EMAIL_ADDRESS|jarrah.nguyen@coastmail.com.au]].",
    "Record: [[PERSON|Anahera Pōmare]] | [[STREET_ADDRESS|32 Tui Road, Whanganui 4500]] | [[PHONE_NUMBER|027 481 6620]] | licence [[ID_NUMBER|DQ482715]]",
    "My name is [[PERSON|Akosua Frimpong]], Ghana Card [[ID_NUMBER|GHA-718204936-5]], I live at [[STREET_ADDRESS|Plot 17, Nii Okaiman Street, Dzorwulu, Accra]], phone [[PHONE_NUMBER|+233 20 418 7735]].",
    "Customer [[PERSON|Chiamaka Obiora]], NIN [[ID_NUMBER|48162093751]], [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos]], [[PHONE_NUMBER|+234 803 517 2946]], [[EMAIL_ADDRESS|chiamaka.obiora@naijapost.ng]].",
    "Je m'appelle [[PERSON|Awa Ndiaye]], j'habite [[STREET_ADDRESS|Villa 214, Sicap Liberté 2, Dakar]] et mon numéro est le [[PHONE_NUMBER|+221 77 418 26 93]].",
    "Name: [[PERSON|Rohan Venkataraman]]\nPAN: [[ID_NUMBER|AKVPV4821M]]\nAddress: [[STREET_ADDRESS|Flat 302, Sai Krupa Apartments, 4th Cross, Jayanagar, Bengaluru 560041]]\nMobile: [[PHONE_NUMBER|+91 98451 27730]]",
    "I am [[PERSON|Dilani Wickramasinghe]], NIC [[ID_NUMBER|199156204371]], residing at [[STREET_ADDRESS|No. 48/2, Temple Road, Nugegoda]], tel. [[PHONE_NUMBER|+94 77 318 4652]].",
    "Customer [[PERSON|Tahmina Akter]], NID [[ID_NUMBER|6417 2093 58]], address [[STREET_ADDRESS|House 22, Road 7, Dhanmondi, Dhaka 1205]], bKash [[PHONE_NUMBER|01712 948 306]].",
    "Ako si [[PERSON|Mark Anthony Dela Paz]], nakatira sa [[STREET_ADDRESS|Blk 9 Lot 14, Mabini St., Brgy. San Isidro, Antipolo City 1870]]. Cellphone ko: [[PHONE_NUMBER|0917 482 6619]]. SSS: [[ID_NUMBER|34-7182094-6]].",
    "Nome: [[PERSON|Juliana Siqueira Rocha]]; CPF [[ID_NUMBER|274.815.093-79]]; endereço [[STREET_ADDRESS|Rua Padre Chagas, 215, apto 802, Moinhos de Vento, Porto Alegre - RS, 90570-080]]; cartão [[CREDIT_CARD|4018 7356 2094 8177]].",
    "O meu nome é [[PERSON|Gonçalo Barreiros]], moro na [[STREET_ADDRESS|Rua Dom João V, 18, 2.º Esq., 1250-090 Lisboa]], telemóvel [[PHONE_NUMBER|+351 936 201 558]], email [[EMAIL_ADDRESS|goncalo.barreiros@correiolx.pt]].",
    "Shmi [[PERSON|Noam Ashkenazi]], teudat zehut [[ID_NUMBER|314728593]], ani gar be-[[STREET_ADDRESS|Rehov Bialik 17, dira 4, Ramat Gan 5245117]], telefon [[PHONE_NUMBER|052-718-4406]], heshbon [[IBAN_CODE|IL09 0126 1900 0008 1473 925]].",
    "Name: [[PERSON|Mahsa Karimzadeh]], address: [[STREET_ADDRESS|Khiaban-e Vali Asr, Kuche-ye Nastaran, Pelak 12, Tehran 1966834511]], mobile [[PHONE_NUMBER|+98 912 406 8173]], email [[EMAIL_ADDRESS|mahsa.karimzadeh@parsmail.ir]].",
    "Customer [[PERSON|Jung Ha-eun]], resident registration no. [[ID_NUMBER|880614-2015833]], [[STREET_ADDRESS|Teheran-ro 427, Gangnam-gu, Seoul 06159]], phone [[PHONE_NUMBER|010-7731-5284]], card [[CREDIT_CARD|5124 9730 6182 4551]].",
    "Họ tên: [[PERSON|Nguyễn Thị Mai Anh]]; địa chỉ: [[STREET_ADDRESS|Số 36 ngõ 92 Nguyễn Khánh Toàn, Cầu Giấy, Hà Nội]]; điện thoại: [[PHONE_NUMBER|0912 387 406]]; CCCD: [[ID_NUMBER|001191024387]].",
    "Мене звати [[PERSON|Андрій Марченко]], РНОКПП [[ID_NUMBER|3187402956]], адреса: [[STREET_ADDRESS|вул. Січових Стрільців, 37, кв. 12, Київ, 04053]], тел. [[PHONE_NUMBER|+380 67 412 8853]].",
    "Subsemnata [[PERSON|Ana-Maria Dumitrescu]], CNP [[ID_NUMBER|2950312407814]], domiciliată în [[STREET_ADDRESS|Str. Popa Nan nr. 41, bl. 3, ap. 18, sector 3, 030582 București]], cont [[IBAN_CODE|RO23 BTRL 0731 5049 2816 3720]].",
    "Jméno: [[PERSON|Tereza Procházková]], rodné číslo [[ID_NUMBER|856214/0818]], bydliště [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]], účet [[IBAN_CODE|CZ76 0800 0000 1928 3746 5012]].",
    "Onoma: [[PERSON|Eleni Karagianni]], dieftynsi [[STREET_ADDRESS|Odos Ermou 54, 105 63 Athina]], kinito [[PHONE_NUMBER|+30 694 718 2260]], IBAN [[IBAN_CODE|GR84 0110 1250 0000 0038 1947 265]].",
]

# 30 benchmark-style questions.
CLEAN_EXAM = [
    "Ingrid buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 note. How much change does she get?",
    "A train leaves Tampere at 08:20 and arrives in Helsinki at 10:05. How many minutes does the journey take?",
    "Tunde has twice as many marbles as Esi. Together they have 42. How many marbles does Esi have?",
    "Which gas makes up most of the Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "A rectangle is 12 cm long and its perimeter is 40 cm. What is its area?",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Michelangelo C) Donatello D) Titian",
    "Maile reads 18 pages a day. How many days will she need to finish a 306-page book?",
    "What is the chemical symbol for potassium? A) P B) Po C) K D) Pt",
    "A shop reduces a jacket from 80 euros to 62 euros. What percentage discount is that?",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Arjun and Leilani share 56 stickers in the ratio 3:5. How many stickers does Leilani get?",
    "Which organelle is known as the powerhouse of the cell?",
    "Solve for x: 4x - 7 = 2x + 9.",
    "Which of these is a prime number? A) 51 B) 57 C) 59 D) 63",
    "A recipe for 4 people needs 300 g of rice. How much rice is needed for 10 people?",
    "What is the capital of Estonia? A) Riga B) Vilnius C) Tallinn D) Helsinki",
    "Sina runs 5 km in 27 minutes. At the same pace, how long would 8 km take?",
    "Which economist wrote The Wealth of Nations? A) Keynes B) Smith C) Ricardo D) Marx",
    "A bag has 5 red, 3 blue and 2 green balls. What is the probability of drawing a blue ball?",
    "What is the time complexity of binary search on a sorted array of n elements?",
    "Which planet has the shortest year? A) Venus B) Mercury C) Mars D) Earth",
    "Oona saves 15% of her monthly allowance of 120 euros. How much does she save in a year?",
    "True or false: In contract law, an invitation to treat is the same as an offer.",
    "What is the sum of the interior angles of a hexagon?",
    "Which philosopher wrote 'Thus Spoke Zarathustra'? A) Kant B) Nietzsche C) Hegel D) Kierkegaard",
    "Kwesi's car uses 6.5 litres of fuel per 100 km. How much fuel does a 340 km trip need?",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "A tank holds 750 litres and drains at 25 litres a minute. How long until it is empty?",
    "Which data structure works on a last-in, first-out basis? A) Queue B) Stack C) Heap D) Tree",
    "Name the longest river in South America.",
]

# 40 everyday and work requests with no personal data.
CLEAN_EVERYDAY = [
    "Write a Python function that removes duplicate lines from a text file while keeping the original order.",
    "How do I make a sourdough starter from scratch, and how long before I can bake with it?",
    "Suggest a 4-day itinerary for Lisbon in spring for someone who likes food markets and viewpoints.",
    "Give me a 20-minute bodyweight workout I can do in a small hotel room.",
    "Explain the difference between a Roth IRA and a traditional IRA in simple terms.",
    "What's a good way to structure a weekly team meeting so it stays under 30 minutes?",
    "Write a short product description for a handmade ceramic mug with a speckled glaze.",
    "How do I convert a list of dictionaries to a CSV file in Python without pandas?",
    "What vegetables grow well on a shady balcony?",
    "Can you explain what a SQL LEFT JOIN does, with a tiny example?",
    "Plan a vegetarian dinner party menu for eight with a make-ahead dessert.",
    "How should I prepare for a first half marathon in 12 weeks if I can currently run 5 km?",
    "Rewrite this sentence to be more concise: 'At this point in time we are not in a position to offer a refund.'",
    "What are some good questions to ask at the end of a job interview?",
    "How do I stop my laptop fan from running all the time on Windows 11?",
    "Write a haiku about the first snow in a city.",
    "Explain how compound interest works with an example of 1,000 invested at 5% for 10 years.",
    "What's the best way to pack a carry-on for a two-week trip?",
    "Write a regex that matches a time in 24-hour format like 09:45 or 23:10.",
    "How long should I rest a steak after cooking and why?",
    "Give me a checklist for moving house, starting eight weeks before.",
    "How do I politely decline a meeting invitation that doesn't need me?",
    "What's the difference between baking soda and baking powder?",
    "Explain Docker volumes versus bind mounts.",
    "Suggest five names for a small bakery that sells mostly rye bread.",
    "How do I remove a red wine stain from a wool carpet?",
    "Write a bash one-liner that counts files by extension in the current folder.",
    "What stretches help with lower back pain from sitting all day?",
    "Summarise the main arguments for and against a four-day working week.",
    "How do I keep basil alive indoors over the winter?",
    "Draft a polite notice for an office kitchen asking people to wash their own mugs.",
    "What's a good beginner routine for learning to touch type?",
    "Explain what a p-value means without using jargon.",
    "How do I set up two-factor authentication on my email account?",
    "Write a thank-you message to a team after a successful product launch, no names needed.",
    "What are the pros and cons of an electric car for someone who drives 30 km a day?",
    "Give me a recipe for a quick Thai green curry with tofu.",
    "How can I make my CV stand out for a junior data analyst role?",
    "Explain the rules of pickleball in a few sentences.",
    "What is the difference between git merge and git rebase, and when should I use each?",
]

# 30 chosen to trip a naive detector.
CLEAN_TRICKY = [
    "Why did Ernest Shackleton's Endurance expedition fail, and how did the whole crew survive?",
    "Compare the leadership styles of Jacinda Ardern and Angela Merkel during the pandemic.",
    "What did Marie Curie discover, and why was she awarded two Nobel Prizes?",
    "Explain the Doppler effect with an example of an ambulance siren.",
    "Is a Dyson vacuum worth the price compared with a Miele?",
    "Summarise the plot of Pippi Longstocking for a seven-year-old.",
    "What are the early signs of Parkinson's disease?",
    "Who was Rabindranath Tagore and why is he important to both India and Bangladesh?",
    "Plan a day trip from Wellington to see the Kapiti Coast.",
    "How does the Heimlich manoeuvre work?",
    "Write a short essay on the influence of Chinua Achebe's Things Fall Apart.",
    "Which is better for a beginner, a Fender Stratocaster or a Gibson Les Paul?",
    "Is Victoria Falls easier to visit from Zambia or from Zimbabwe?",
    "Explain Newton's three laws of motion with everyday examples.",
    "Why is Hans Christian Andersen so celebrated in Denmark?",
    "My order #A-55820 from the online shop arrived damaged. How do I write a general complaint template?",
    "Upgrade guide: what changed between Django 4.2 and Django 5.0?",
    "Meeting moved to Tuesday 14 May at 15:30 in Room B2. Rewrite that as a calendar invite text.",
    "What did Ho Chi Minh and Nelson Mandela have in common as independence and liberation leaders?",
    "Who is Sherlock Holmes's landlady, and where did he live in the stories?",
    "Explain how the Fibonacci sequence appears in sunflowers.",
    "Is a Tesla Model 3 cheaper to run than a Toyota Prius over five years?",
    "Invoice INV-2024-0913 is 30 days overdue. Write a generic reminder template for late payers.",
    "What is Stockholm syndrome, and where does the name come from?",
    "Describe the architecture of Gaudí's Sagrada Família.",
    "Summer, Autumn and Grace are the names of our three meeting rooms. Write signs for the doors.",
    "Why do people call the Queen Elizabeth Olympic Park a regeneration success?",
    "Recommend some books by Chimamanda Ngozi Adichie for a book club.",
    "What is the Pythagorean theorem, and who was Pythagoras?",
    "How did Lech Wałęsa and the Solidarity movement change Poland in the 1980s?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "880917-2383": luhn_ok,
    "140389-417V": hetu_ok,
    "49105124210": isikukood_ok,
    "49308170332": isikukood_ok,
    "12038749445": fodselsnummer_ok,
    "274.815.093-79": cpf_ok,
    "8372615M": pps_ok,
    "2950312407814": cnp_ok,
    "856214/0818": rodne_cislo_ok,
    "314728593": luhn_ok,
    "880614-2015833": rrn_ok,
    "3187402956": rnokpp_ok,
}


def check_phones(texts: list[str]) -> None:
    """Phones of countries with a range kept for fiction come from that range."""
    ranges = {
        "07700": "07700 900",
        "020 79": "020 7946 0",
        "0491": "0491 570",
        "070-": "070-174 06",
    }
    for marked in texts:
        for span in strip_marks(marked)[1]:
            if span["type"] != "PHONE_NUMBER":
                continue
            value = span["value"]
            for prefix, fiction in ranges.items():
                if value.startswith(prefix) and not value.startswith(fiction):
                    raise SystemExit(f"phone {value!r} outside the fictional range")
            us = re.fullmatch(r"\(\d{3}\) (\d{3})-(\d{4})", value)
            if us and not (us.group(1) == "555" and us.group(2).startswith("01")):
                raise SystemExit(f"phone {value!r} outside 555-01xx")


def check_ips(texts: list[str]) -> None:
    """Every IP comes from a documentation range."""
    for marked in texts:
        for span in strip_marks(marked)[1]:
            if span["type"] == "IP_ADDRESS" and not span["value"].startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.")
            ):
                raise SystemExit(f"IP {span['value']!r} outside the documentation ranges")


def main() -> None:
    sections = {
        "chat": (CHAT, 110),
        "pasted": (PASTED, 40),
        "secrets": (SECRETS, 20),
        "statements": (STATEMENTS, 30),
        "clean exam": (CLEAN_EXAM, 30),
        "clean everyday": (CLEAN_EVERYDAY, 40),
        "clean tricky": (CLEAN_TRICKY, 30),
    }
    pii = CHAT + PASTED + SECRETS + STATEMENTS
    check_national_ids(pii, NATIONAL_IDS)
    check_phones(pii)
    check_ips(pii)
    build_sections(
        "blind17", HERE, sections, {"chat", "pasted", "secrets", "statements"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
