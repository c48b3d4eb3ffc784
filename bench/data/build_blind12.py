# ruff: noqa: E501
"""A twelfth blind privacy set: 200 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind11.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no code-filled templates):

* 100 chat requests to an assistant about the writer's own life that mention private people
  (friends, family, colleagues, clients, patients, students, neighbours, exes), mostly by
  first name, some full names, nicknames and lone surnames, names from many countries and
  names that are also words (Rocky, Ivy, Basil, Clay, Dawn, Penny, Violet, Miles, Storm,
  Pearl, Chance, Sunny, Luz, Bliss); the first 30 typed all in lower case, the next 10 in
  Spanish, French, German, Portuguese, Italian, Dutch, Polish, Indonesian, Czech and Swedish,
  and some of the rest long (100 to 200 words) with the name once deep inside;
* 40 pasted texts to edit or summarise: e-mails with signatures, messages, notes, forms, CVs;
* 30 short records or sentences giving one invented person's details (address, phone, e-mail,
  id, card, IBAN) in many national formats;
* 30 technical texts: logs, configs, code, SQL, CSV and tickets with names, usernames,
  e-mails, IPs, passwords and keys.

Usernames, logins, customer and member ids, passports and licences are labelled ID_NUMBER;
PINs, door and one-time codes are PASSWORD; titles stay outside PERSON spans; an address span
runs from the street line through the postcode and city as typed; dates of birth and public
figures are not labelled. The 100 clean texts are 25 benchmark-style questions, 25 everyday
requests, 20 technical requests with placeholders only and 30 chosen to trip a naive
detector. All values are invented: phones from fictional ranges or made up, cards
Luhn-valid, IBANs valid mod 97, IPs from documentation and private ranges, API keys random.

Run ``.venv/bin/python bench/data/build_blind12.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import build_rows, check_spans, check_values, is_lower, strip_marks, write

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 10
MIN_WORDS = 4
MIN_CHARS = 20
MAX_WORDS = 260
CARD_DIGITS = frozenset({13, 14, 15, 16, 19})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Dr|Prof|Sr|Sra|Herr|Frau|Mme|M|Dhr|Pan|Pani)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1")

# 100 chat requests: 30 in lower case, 10 in other languages, 60 in English.
CHAT = [
    # 30 all in lower case
    "my flatmate [[PERSON|rocky]] keeps leaving wet towels on the floor, how do i bring it up without sounding like his mum",
    "ok so [[PERSON|ivy]] invited me to her hen do in lisbon but its 600 quid all in, how do i say no nicely",
    "can u help me plan a surprise 40th for my husband [[PERSON|basil]], he likes jazz and hates crowds",
    "what should i get [[PERSON|tamsin]] for our 1 yr anniversary, budget like 80 pounds",
    "me and [[PERSON|clay]] split up 3 weeks ago and he still has my spare key. how do i ask for it back",
    "grandma [[PERSON|dawn]] is moving into assisted living next month, what questions should we ask the place",
    "pls write a short thank you note to my piano teacher mrs [[PERSON|novak]], shes retiring after 30 yrs",
    "i tutor a kid called [[PERSON|oluwaseun]] in maths, hes 11 and struggles with fractions, any games we could play",
    "my coworker [[PERSON|penny]] takes credit for my slides every single meeting. what do i say to my manager",
    "is it weird to text [[PERSON|haruto]] happy birthday if we havent talked since uni",
    "my neighbour [[PERSON|violet]] at no 14 has a dog that barks all night, draft a polite note to put thru her door",
    "[[PERSON|miles]] and i want to adopt a cat but our lease says no pets, what are our options in scotland",
    "help me reply to [[PERSON|storm]], she asked if i can be her bridesmaid and i honestly cant afford it",
    "my son [[PERSON|eitan]] got a detention for his phone, how strict should i be about screen time at 14",
    "whats a good recipe for a gluten free cake, my friend [[PERSON|pearl]] is coeliac and its her birthday sat",
    "a client of mine, [[PERSON|fenwick]], hasnt paid my invoice in 60 days. how do i chase without losing him",
    "dad [[PERSON|rajesh]] wants to learn whatsapp video calls, how do i explain it over the phone lol",
    "my ex [[PERSON|dominika]] wants to get back together and i dont know. give me pros and cons to think about",
    "how do i tell [[PERSON|chance]] from my running club i dont want to do the marathon with him",
    "lowkey annoyed at [[PERSON|sunny]] she cancelled on me 4 times this month, am i overreacting",
    "can you rewrite this so it sounds less angry: [[PERSON|gideon]] you said you would fix the fence by friday and its still down",
    "my student [[PERSON|aiyana]] wrote an amazing essay on climate, help me write a comment for her report",
    "is 2 weeks notice enough to leave a nanny job, the family i work for is the [[PERSON|albrechts]]",
    "what do i bring to a shiva, my colleague [[PERSON|naomi weisberg]] lost her father",
    "[[PERSON|bliss]] says her rent went up 30 percent, is that even legal in ontario",
    "patient in bed 6, mr [[PERSON|hollis]], keeps refusing his meds. how do i document that properly",
    "need a funny caption for a pic of me and [[PERSON|tayo]] at glastonbury",
    "my cousin [[PERSON|luz]] is visiting from bogotá for a week, what should we do in manchester",
    "how do i explain to my 6 yr old that her friend [[PERSON|noor]] moved away",
    "text [[PERSON|kazuki]] and [[PERSON|meera]] for me saying the book club is moved to thursday",
    # 10 in other languages
    "¿Me ayudas a escribirle a mi suegra [[PERSON|Remedios]]? Quiero agradecerle que cuidara a los niños todo el verano.",
    "Mon collègue [[PERSON|Aurélien Brossard]] part à la retraite vendredi, tu peux m'aider à écrire un petit discours drôle ?",
    "Meine Nachbarin Frau [[PERSON|Kessler]] hat mir beim Umzug geholfen. Was schenke ich ihr als Dankeschön?",
    "Minha namorada [[PERSON|Iara]] faz aniversário amanhã e eu esqueci de comprar presente. Ideias rápidas em São Paulo?",
    "Il mio vicino [[PERSON|Gianfranco]] parcheggia sempre davanti al mio cancello. Come glielo dico senza litigare?",
    "Mijn dochter [[PERSON|Fenna]] wil op kamers in Utrecht, hoeveel moet ik per maand rekenen?",
    "Mój szef [[PERSON|Zbigniew]] nie odpowiada na maile od tygodnia. Jak napisać uprzejme przypomnienie?",
    "Teman kantorku [[PERSON|Wulan]] baru melahirkan, hadiah apa yang cocok untuk bayi perempuan?",
    "Kamarád [[PERSON|Vojtěch]] mi dluží peníze už půl roku. Jak mu to slušně připomenout?",
    "Kan du hjälpa mig skriva ett sms till [[PERSON|Linnea]]? Jag vill be om ursäkt för att jag missade hennes fest.",
    # 60 in English
    "My daughter [[PERSON|Ava]]'s friend [[PERSON|Zeynep]] is sleeping over tonight and she's vegetarian. Easy dinner ideas that kids like?",
    "[[PERSON|Tobias]] from accounts asked me to cover his on-call weekend. Is it reasonable to ask for a day off in return?",
    "How should I respond when my mother-in-law [[PERSON|Gwendolyn]] rearranges my kitchen every time she visits?",
    "Write a toast for my brother [[PERSON|Declan]]'s wedding. He met [[PERSON|Priya]] at a pub quiz and they never stopped competing.",
    "I'm a physio and my client [[PERSON|Marisol Quintero]] has had knee pain for months. What home exercises are usually safe after an ACL repair?",
    "Can you make this email less formal? It starts 'Dear Mr. [[PERSON|Adeyemi]]' and he's told me three times to call him [[PERSON|Femi]].",
    "I have a one-to-one with [[PERSON|Halvorsen]] tomorrow about my promotion. What should I prepare?",
    "My best friend [[PERSON|Amber]] just got diagnosed with MS. How can I support her without being overbearing?",
    "Suggest a name for the group chat with [[PERSON|Kofi]], [[PERSON|Sigrid]] and [[PERSON|Benedikt]] — we're doing the Camino in May.",
    "Is it okay to list Dr. [[PERSON|Moreau]] as a reference if she only supervised me for three months?",
    "Help me word a message to [[PERSON|Bashir]] telling him the van is booked for Saturday at nine.",
    "My stepdad [[PERSON|Graham Pocklington]] snores so loudly I can hear him through two walls. Any tips I can pass on tactfully?",
    "Our babysitter [[PERSON|Marguerite]] wants a raise. What's a fair hourly rate for two kids in Leeds these days?",
    "Pretend you're my coach and give me a pep talk before I ask [[PERSON|Ingrid]] out on Friday.",
    "My landlord, [[PERSON|Costas]], wants to do an inspection with one day's notice. Is that allowed in Victoria?",
    "Write a limerick about my colleague [[PERSON|Dwayne]] who always microwaves fish at lunch.",
    "I coach under-9s football and one of my players, [[PERSON|Kenji]], cries whenever we lose. How do I handle it?",
    "I've been feeling left out since [[PERSON|Rosalind]] and [[PERSON|Tuppence]] started a podcast without me. How do I bring it up?",
    "Can you help me write a eulogy for my uncle [[PERSON|Seamus]]? He was a fisherman, loved bad jokes and never missed a match.",
    "Nephew [[PERSON|Ikaika]] is graduating high school in Hilo next week. What's a meaningful gift under $100?",
    "What's a good way to apologise to [[PERSON|Ngozi]] for forgetting her birthday two years in a row?",
    "My therapist suggested I write a letter I won't send to my ex, [[PERSON|Lachlan]]. Can you help me get started?",
    "I'm a year 5 teacher. [[PERSON|Esperanza]] in my class is very bright but bored. How can I stretch her?",
    "Colleague [[PERSON|Vikram Iyer]] keeps scheduling meetings at 8am across time zones. How do I push back politely?",
    "Draft a LinkedIn recommendation for [[PERSON|Oksana]], who was my team lead for two years at a logistics startup.",
    "Which board games would work for a night with [[PERSON|Jarrah]], [[PERSON|Olamide]] and my in-laws who don't speak much English?",
    "My wife [[PERSON|Fernanda]] and I disagree about sending our son to boarding school. Can you lay out both sides fairly?",
    "The new guy, [[PERSON|Brannigan]], keeps calling me 'sweetheart' at work. Is that something HR should hear about?",
    "I'm writing a best man speech. The groom is [[PERSON|Rory]], the bride is [[PERSON|Aoife]], and they met when she reversed into his car.",
    "How do I stop comparing myself to my sister [[PERSON|Cressida]], who seems to have everything sorted?",
    "My elderly neighbour Mr. [[PERSON|Pettigrew]] keeps asking me to fix his computer. How do I set boundaries kindly?",
    "A patient's daughter, [[PERSON|Yolanda]], keeps phoning the ward for updates. What can I tell her without consent?",
    "Is it fine to invite [[PERSON|Mateo]] to the party but not his girlfriend? They come as a package usually.",
    "Help me say no to Auntie [[PERSON|Bisi]], who wants me to host Christmas for 22 people in a two-bed flat.",
    "We're naming our puppy after my late grandfather [[PERSON|Ambrose]]. Is that sweet or weird?",
    "I share a desk with [[PERSON|Theodora]] and she hums constantly. Noise-cancelling headphones under £150?",
    "Can you help me plan a 3-day Rome itinerary for me and [[PERSON|Jovana]]? She loves churches, I love food.",
    "My mentee [[PERSON|Kwabena Asante]] wants to switch from QA to data engineering. What should his first six months look like?",
    "[[PERSON|Florentyna]] lent me her car and I scratched it. How do I tell her, and how much do scratches usually cost to fix?",
    "I'm a dog walker. One of my clients, Mrs. [[PERSON|Lindqvist]], hasn't paid for five weeks. Template message please?",
    "My roommate [[PERSON|Heath]] keeps eating my food. Should I label everything or just talk to him?",
    "My grandson [[PERSON|Caspian]] is coming to stay for half term and I'm 74. What can we do that doesn't involve screens?",
    "Ask [[PERSON|Ximena]] if she still wants the bike, in Spanish please, short and friendly.",
    "Summarise what I should say at my performance review. My manager is [[PERSON|Delacroix]] and she values data over stories.",
    "Rewrite my dating profile. I'm 34, I climb, and my friend [[PERSON|Sunniva]] says I come across as too intense.",
    "I need advice on a tricky situation at work. I've been at the same architecture practice for about six years and I generally like it: the projects are interesting, the pay is okay, and the commute is only twenty minutes by bike. Last spring the partners restructured the teams and I ended up reporting to someone who joined eighteen months after me. That part I could live with. What bothers me is that in every client meeting since then my ideas get repeated back a few minutes later as if they were new, and the credit lands elsewhere. I've tried sending summaries after meetings so there's a written record, and that helped a little. Yesterday it happened again on the library competition, which I basically designed over two weekends, and [[PERSON|Ottoline]] presented the concept to the jury without mentioning me once. I don't want to be the person who complains all the time. How do I raise this with the partners in a way that is factual and doesn't sound bitter?",
    "Long question, sorry. My parents are in their late seventies and still live in the house I grew up in, which has steep stairs, a bathroom upstairs only, and a garden that takes a full day a week to keep tidy. My mum had a fall in January; nothing broken, but she was on the floor for almost an hour before anyone found her. Since then we've been talking as a family about options: a stairlift, a downstairs shower room, moving somewhere smaller, or sheltered housing near one of us. My brother lives abroad and says he'll support whatever we decide, which in practice means the decision and the work land on me and my sister [[PERSON|Philippa]]. Dad refuses to even look at brochures. Can you help me structure a family conversation, list what each option usually costs in England, and suggest how to bring Dad round without it feeling like we're ganging up on him?",
    "I run a small bakery with four staff and I'm trying to sort out the rota for the summer, because two people want the same two weeks off in August and I can only spare one of them. Both asked verbally, around the same time, and I didn't write anything down, which I know was a mistake. One has kids and says school holidays leave her no choice; the other has a wedding abroad that was booked a year ago. I'd like a fair rule for this year and a written policy going forward so it doesn't happen again. Something like first come first served with a request form, maybe with a rotation for the busiest weeks. Could you draft a short holiday policy in plain English, and a kind message to [[PERSON|Bronwen]] explaining that this year the wedding takes priority and she'll get first pick next summer?",
    "Okay so background: I'm doing a part-time MSc in public health while working full-time as a pharmacist, and my dissertation is on vaccine uptake in rural areas. I have the data, about 1,400 survey responses, and I've done the cleaning in R. The issue is my supervisor. She's lovely but very hard to reach; she replies to emails maybe once every two weeks and our last meeting was cancelled twice. The deadline is in ten weeks. I've drafted the methods and results, but I need sign-off on whether to use multilevel models or just logistic regression with clustered errors, and I can't move forward without that. The programme lead suggested I contact the second reader, [[PERSON|Agnieszka Wróblewska]], directly, but I'm worried that will look like I'm going over my supervisor's head. How would you word an email that asks for help without causing offence, and what should I do in the meantime so I'm not stuck?",
    "We adopted a rescue greyhound three months ago. He's gentle, house-trained and wonderful with our kids, but he has terrible separation anxiety: howling, scratching the door, once chewed a skirting board. We've tried a crate (he hates it), a radio, a worn T-shirt, frozen kongs and building up short absences a minute at a time. It's improving slowly, but I go back to the office three days a week from next month and my partner travels a lot. A neighbour who is retired offered to pop in at lunchtime, and the kids adore him, but I don't know him well enough yet to hand over a key. The rescue's behaviourist, [[PERSON|Tiago]], said to keep going and be patient. What else can we try in the next four weeks, and is a dog walker or daycare better for a nervous sighthound?",
    "My partner and I are trying to decide whether to buy or keep renting. We're both 31, combined income about 95k, savings of 40k, and rent is 1,650 a month for a two-bed in Bristol. We'd probably look at places around 320k. Interest rates make me nervous, and I keep reading conflicting things about whether now is a good time. My partner's father has offered to gift us 20k towards a deposit, which is generous but comes with strong opinions about where we should live. We had a long chat with a broker, [[PERSON|Ellery]], who was helpful but obviously wants to sell us a mortgage. Can you walk me through the real costs of buying versus renting over ten years, including stamp duty, maintenance and opportunity cost, in simple terms? And how do people usually handle family gifts with strings attached?",
    "Quick one: what does it mean when [[PERSON|Saoirse]] replies 'k' to a long message? Is that bad?",
    "My neighbour [[PERSON|Dalibor]] says our shared hedge is on his side of the boundary. How do I find out who owns it?",
    "I'm a speech therapist. My youngest client, [[PERSON|Anouk]], is 4 and only uses single words. Fun activities for two-word combos?",
    "Write a short poem for my wife [[PERSON|Marigold]] for our 25th. She loves the sea, crosswords and burnt toast.",
    "Is it rude to ask [[PERSON|Thistlewood]], our team's most senior engineer, to stop reviewing my pull requests at midnight?",
    "I'm worried about my friend [[PERSON|Tendai]]. He's stopped coming to football and isn't answering texts. What should I do?",
    "How do I split the bill fairly when [[PERSON|Rasmus]] doesn't drink and [[PERSON|Pilar]] always orders the lobster?",
    "Plan a budget-friendly baby shower for my sister-in-law [[PERSON|Hyun-jung]]; she's due in April and hates pink.",
    "My son's teacher Ms [[PERSON|Abernathy]] said he's disruptive. How do I ask for specifics without sounding defensive?",
]

# 40 pasted texts to edit or summarise: e-mails, messages, notes, forms, CVs.
PASTED = [
    "Can you make this email shorter?\n\nHi [[PERSON|Joanna]],\n\nThanks for your patience while we looked into the delivery. The courier confirms the parcel was left with a neighbour at [[STREET_ADDRESS|17 Larkspur Close, Didcot OX11 7QH]] on Tuesday. If it hasn't turned up by Friday, reply to this email and we'll send a replacement.\n\nBest wishes,\n[[PERSON|Callum Reddaway]]\nCustomer Care Team\n[[PHONE_NUMBER|01632 960 418]]",
    "Fix the grammar please: 'Dear [[PERSON|Hamid]], me and [[PERSON|Lorraine]] was wondering if you could sent the signed lease back by monday, the office is at [[STREET_ADDRESS|Unit 4, 220 Mill Lane, Stockport SK4 2NT]].'",
    "Summarise this thread for me:\n[[PERSON|Tess]]: is anyone free to cover the 7am on sunday\n[[PERSON|Oyelaran]]: i can do 7-11 but not after\n[[PERSON|Tess]]: perfect, [[PERSON|Birgit]] can you do 11-3?\n[[PERSON|Birgit]]: yes but i need to leave at 2:45 sharp\n[[PERSON|Tess]]: fine, thanks both x",
    "Turn these notes into a proper handover: bed 3 [[PERSON|Evangeline Marsh]], 82, post hip op day 2, mobilising with frame, daughter [[PERSON|Corinne]] visiting 3pm, contact [[PHONE_NUMBER|07700 900 612]]. Hospital no. [[ID_NUMBER|RX4471920]]. Pain controlled.",
    "Please rewrite this CV summary to sound more confident:\n\n[[PERSON|Adaeze Okonkwo-Bright]]\n[[EMAIL_ADDRESS|adaeze.ob@mailbox.example]] · [[PHONE_NUMBER|+44 7700 900 733]]\n[[STREET_ADDRESS|Flat 9, 41 Granby Row, Manchester M1 7AR]]\n\nI am a junior data analyst with some experience in SQL and Tableau and I think I could maybe help teams make better decisions.",
    "Translate into German:\n\nHi [[PERSON|Matthias]], my flight lands at 18:40. Could you pick me up? If not, I'll take a taxi to [[STREET_ADDRESS|Lindenstraße 38, 10969 Berlin]]. My number here is [[PHONE_NUMBER|+49 176 0000 4821]]. Cheers, [[PERSON|Roisin]]",
    "Make this sound friendlier:\n\nTo: [[EMAIL_ADDRESS|k.mbatha@northfield-school.example]]\nSubject: Missing homework\n\n[[PERSON|Mbatha]], your son [[PERSON|Lwazi]] has not handed in three assignments. This is unacceptable. Contact me.\n\nMr [[PERSON|Trelawney]]\nHead of Year 8",
    "Can you tidy up this meeting note?\n\nattendees: [[PERSON|Priyanka]], [[PERSON|Grzegorz]], [[PERSON|Elodie Fontaine]]\n- [[PERSON|Grzegorz]] to send budget by 14th\n- [[PERSON|Elodie]] presenting to board, needs slides from [[PERSON|Priyanka]]\n- next call thurs, dial-in [[PHONE_NUMBER|+1 202 555 0164]]",
    "Summarise this complaint in two lines:\n\nMy name is [[PERSON|Horace Venables]] and I have been a customer for nine years, account number [[ID_NUMBER|CUS-00384712]]. On 3 March your engineer failed to turn up, again. I took a day off work. I expect compensation. You can reach me on [[PHONE_NUMBER|0161 496 0755]] or at [[EMAIL_ADDRESS|h.venables@postbox.example]].",
    "Check this form for mistakes before I send it:\n\nFull name: [[PERSON|Soraya Benali]]\nDate of birth: 14/02/1991\nAddress: [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]]\nPhone: [[PHONE_NUMBER|06 00 00 31 47]]\nPassport no.: [[ID_NUMBER|19AK42731]]\nEmergency contact: [[PERSON|Karim Benali]], [[PHONE_NUMBER|06 00 00 58 92]]",
    "Shorten this text to my sister: 'hey [[PERSON|Bea]] so mum said you'd drop the keys at [[PERSON|Gareth]]'s before 6, door code is [[PASSWORD|4471]] if he's not in, love you x'",
    "Edit this cover letter opening: 'My name is [[PERSON|Thandeka Ndlovu]] and I was referred to this role by [[PERSON|Ruaridh MacLeod]], who managed me at my previous employer.'",
    "Summarise for the team:\n\nFrom: [[PERSON|Leopold Aschenbach]] <[[EMAIL_ADDRESS|l.aschenbach@kanzlei-aschenbach.example]]>\nRe: Case [[ID_NUMBER|AZ 3 O 512/23]]\n\nThe hearing has been moved to 12 June. Our client, Frau [[PERSON|Demir]], must attend in person.",
    "Rewrite as a polite reminder:\n\n[[PERSON|Chidi]] you owe me £240 for the festival tickets. Send it to [[IBAN_CODE|GB85 NWBK 0364 6062 8036 16]]. Today please.",
    "Proofread this reference letter:\n\nTo whom it may concern,\n\nI have known [[PERSON|Inés Calderón]] for four years as her line manager at Brightwater Logistics. [[PERSON|Inés]] is reliable, organised and generous with her time. Please contact me at [[EMAIL_ADDRESS|marcus.doyle@brightwater.example]] with any questions.\n\n[[PERSON|Marcus Doyle]]",
    "Can you make a table from this?\n[[PERSON|Aroha Tane]] — [[PHONE_NUMBER|021 555 0198]] — [[EMAIL_ADDRESS|aroha.t@kiwimail.example]]\n[[PERSON|Wiremu Ngata]] — [[PHONE_NUMBER|022 555 0137]] — [[EMAIL_ADDRESS|wngata@kiwimail.example]]",
    "Summarise this voicemail transcript: 'Hi, it's [[PERSON|Dorothea]] from the surgery, calling for Mr. [[PERSON|Quayle]]. Your blood results are back and Dr. [[PERSON|Mensah]] would like a quick chat. Please ring us on [[PHONE_NUMBER|020 7946 0813]] before Friday.'",
    "Make this WhatsApp message clearer: 'lads 5-a-side moved to the sports hall, [[PERSON|Finbar]] has the bibs, [[PERSON|Olu]] bring the ball, pay [[PERSON|Finbar]] £6 on the night'",
    "Condense this parent email:\n\nDear Ms [[PERSON|Osei]],\n\n[[PERSON|Delphine]] will be absent on Friday for a hospital appointment. Her brother [[PERSON|Jules]] will collect her at 11. Please call me on [[PHONE_NUMBER|0113 496 0284]] if there's a problem.\n\nThank you,\n[[PERSON|Anaïs Marchetti]]",
    "Rewrite this tenancy notice in plain English: The tenant, [[PERSON|Bogdan Petrescu]], residing at [[STREET_ADDRESS|Apartment 5B, 77 Harbour View Road, Cork T12 X5R9]], is hereby notified that the rent shall increase with effect from 1 September.",
    "Can you summarise this support ticket?\n\nCustomer: [[PERSON|Rangi Parata]]\nEmail: [[EMAIL_ADDRESS|rangi.parata@fastnet.example]]\nMember ID: [[ID_NUMBER|MBR-2290417]]\nIssue: card declined at checkout twice, customer confirms card is [[CREDIT_CARD|5581 6029 2159 7125]] and not expired.",
    "Please make this sound professional:\n\nyo [[PERSON|Hendricks]], the client ([[PERSON|Lucinda Ferraro]]) wants the deck by 9 tmrw, her mobile is [[PHONE_NUMBER|(555) 010-4473]], text her if you're late",
    "Translate to English: 'Hola [[PERSON|Itziar]], te dejo la llave con el portero del edificio en [[STREET_ADDRESS|Calle de Embajadores 112, 3º B, 28012 Madrid]]. El código del portal es [[PASSWORD|7719]]. Un abrazo, [[PERSON|Paco]]'",
    "Summarise this CV in three bullets:\n\n[[PERSON|Jun-seo Park]]\n[[PHONE_NUMBER|010-5550-2178]] | [[EMAIL_ADDRESS|junseo.park@hanmail.example]]\nSoftware engineer, 6 years. Led payment migration at a fintech. Mentored four juniors. Speaks Korean, English, basic Japanese.",
    "Edit this note to my neighbour: 'Hi [[PERSON|Gustavo]], we're away 2–9 Aug. Could you water the tomatoes? Key is under the blue pot. If anything happens call [[PERSON|Renata]] on [[PHONE_NUMBER|0491 570 159]]. Thanks!'",
    "Make this text less passive-aggressive: 'As I already told [[PERSON|Celestine]] twice, the shared drive is for finished work only. [[PERSON|Celestine]], please move your drafts.'",
    "Turn this into a thank-you card: Nana [[PERSON|Efua]] knitted blankets for all three of our kids and drove four hours to meet the new baby.",
    "Fix the formatting of this signature:\n[[PERSON|Björn Åkesson]]|Sales Manager|Nordkust AB|[[PHONE_NUMBER|+46 70 123 45 67]]|[[EMAIL_ADDRESS|bjorn.akesson@nordkust.example]]",
    "Summarise this incident report: At 14:20 resident [[PERSON|Winifred Tolliver]] (room 12) was found on the floor by carer [[PERSON|Amadou]]. No visible injury. GP informed. Next of kin, [[PERSON|Stuart Tolliver]], called on [[PHONE_NUMBER|01632 960 971]].",
    "Shorten this Slack message: 'hey all, [[PERSON|Ravindra]] is out sick today so [[PERSON|Claudette]] is taking his standup, if you need the release notes ping [[PERSON|Claudette]] or email [[EMAIL_ADDRESS|releases-ravi@corp.example]]'",
    "Please reword this order confirmation:\n\nThank you, Ms. [[PERSON|Fairweather]]. Your order will be delivered to [[STREET_ADDRESS|Rosebank Cottage, Fell Lane, Keswick CA12 5NJ]] between 8am and 1pm on Thursday. Questions? Call [[PHONE_NUMBER|017687 00 419]].",
    "Correct the spelling in this school form: Pupil name: [[PERSON|Tallulah Brooks-Ademola]]. Parent: [[PERSON|Folake Ademola]]. Home adress: [[STREET_ADDRESS|3 Kestrel Way, Milton Keynes MK10 9PQ]]. Medical: asthma, uses blue inhaler.",
    "Make this resignation letter warmer:\n\nDear [[PERSON|Hartley]],\n\nPlease accept this as notice of my resignation. My last day will be 30 June.\n\n[[PERSON|Zsófia Kertész]]\nEmployee no. [[ID_NUMBER|E-118204]]",
    "Summarise: '[[PERSON|Nikolai]] called, says Mrs. [[PERSON|Arkwright]] wants the boiler checked before the weekend, and her new number is [[PHONE_NUMBER|07700 900 285]]. Also [[PERSON|Nikolai]] is off tomorrow.'",
    "Put this into bullet points: Guests arriving Friday: [[PERSON|Ayodele]] and [[PERSON|Kerstin]] (vegan), [[PERSON|Fitzgerald]] (late, around 10), [[PERSON|Mirela]] with her kids. Gate code [[PASSWORD|2580#]].",
    "Rewrite this dating app bio I wrote for my friend: 'This is [[PERSON|Remy]]. He bakes sourdough, fosters kittens and will absolutely beat you at Scrabble. Message him at [[PHONE_NUMBER|+1 415 555 0129]].'",
    "Proofread this invoice note: Payable to [[PERSON|Lorcan Feeney]], [[IBAN_CODE|IE58 AIBK 1153 0246 9763 68]], ref INV-0042. Thank you for your business.",
    "Summarise this review my employee got: '[[PERSON|Hussein]] exceeded targets in Q1 and Q2. [[PERSON|Hussein]] needs to improve documentation. Recommend promotion to senior by year end.'",
    "Can you convert this address label into one line? Mevr. [[PERSON|A. de Jong-Visser]]\n[[STREET_ADDRESS|Keizersgracht 419-2\n1016 EK Amsterdam]]",
    "Turn this into a short obituary: [[PERSON|Cornelius Oduya]] of Kisumu, beloved father of [[PERSON|Atieno]] and [[PERSON|Otieno]], passed away peacefully on 2 May.",
]

# 30 short records giving one invented person's details in many national formats.
STATEMENTS = [
    "[[PERSON|Hendrik Vos]] lives at [[STREET_ADDRESS|Oudegracht 212, 3511 NS Utrecht]] and can be reached on [[PHONE_NUMBER|06 1234 0987]].",
    "Please ship the order to [[PERSON|Lucía Ferrer Puig]], [[STREET_ADDRESS|Carrer de Sant Pere 45, 2n 1a, 08003 Barcelona]], tel. [[PHONE_NUMBER|+34 612 00 48 31]].",
    "Customer [[PERSON|Okoro Chukwuemeka]] paid with card [[CREDIT_CARD|4004 3198 6393 1921]] on 4 April.",
    "The refund for [[PERSON|Margaux Lefèvre]] goes to [[IBAN_CODE|FR70 8137 3078 5004 5918 4948 104]].",
    "Name: [[PERSON|Dagny Solberg]] | Phone: [[PHONE_NUMBER|+47 912 34 008]] | IBAN: [[IBAN_CODE|NO21 7952 7829 751]]",
    "[[PERSON|Wojciech Kamiński]], PESEL [[ID_NUMBER|85071204519]], zamieszkały przy [[STREET_ADDRESS|ul. Długa 17/4, 80-831 Gdańsk]].",
    "I'm [[PERSON|Sunita Raghunathan]], my Aadhaar is [[ID_NUMBER|4821 7730 5196]] and I live at [[STREET_ADDRESS|Flat 302, Lotus Residency, 14th Cross, Indiranagar, Bengaluru 560038]].",
    "Send the contract to [[PERSON|Ferdinand Kowalczyk-Moser]] at [[EMAIL_ADDRESS|f.kowalczyk.moser@alpenpost.example]], his Austrian account is [[IBAN_CODE|AT37 0573 3973 7034 4444]].",
    "[[PERSON|Takeshi Ōmura]] — [[STREET_ADDRESS|〒150-0041 東京都渋谷区神南3-14-7 コーポ桜 203]] — [[PHONE_NUMBER|090-0000-3381]]",
    "Her SSN is [[US_SSN|661-30-4857]] and her name is [[PERSON|Rosalie Duchamp]]; she moved to [[STREET_ADDRESS|418 Birchwood Ave, Apt 2C, Dayton, OH 45409]].",
    "Contact [[PERSON|Emeka Adebayo-Cole]] on [[PHONE_NUMBER|+234 803 000 4417]] or at [[STREET_ADDRESS|22 Admiralty Way, Lekki Phase 1, Lagos]].",
    "[[PERSON|Chiara Benedetti]] ha pagato con IBAN [[IBAN_CODE|IT24 K294 4360 2423 8336 6784 274]], codice fiscale [[ID_NUMBER|BNDCHR88M52H501T]].",
    "Mr. [[PERSON|Ahmad Al-Rashidi]] — passport [[ID_NUMBER|N04718236]] — mobile [[PHONE_NUMBER|+971 50 000 3927]].",
    "Billing: [[PERSON|Greta Lindholm]], [[STREET_ADDRESS|Storgatan 8B, 114 51 Stockholm]], [[IBAN_CODE|SE12 1690 5250 1565 5256 6061]].",
    "The new tenant is [[PERSON|Paulo Henrique Matos]], CPF [[ID_NUMBER|384.615.207-90]], phone [[PHONE_NUMBER|(11) 90000-6621]].",
    "[[PERSON|Aino Virtanen]] asked us to use [[IBAN_CODE|FI12 8787 6726 9132 46]] for her salary from next month.",
    "Delivery for [[PERSON|Mthunzi Zulu]], [[STREET_ADDRESS|14 Jacaranda Street, Hatfield, Pretoria 0083]], cell [[PHONE_NUMBER|082 000 7316]].",
    "Driver licence [[ID_NUMBER|MORGA753116SM9IJ]] belongs to [[PERSON|Sian Morgan]] of [[STREET_ADDRESS|6 Heol y Coed, Cardiff CF14 6HG]].",
    "[[PERSON|Pierre-Yves Gagnon]], [[STREET_ADDRESS|1450 rue Saint-Denis, app. 3, Montréal QC H2X 3J8]], [[PHONE_NUMBER|514-555-0182]].",
    "Card on file for [[PERSON|Imogen Blackwood]]: [[CREDIT_CARD|3773 354725 84742]], exp 09/27.",
    "[[PERSON|Nguyễn Thị Hoa]] sống tại [[STREET_ADDRESS|27 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội]], số điện thoại [[PHONE_NUMBER|091 000 5528]].",
    "Member [[PERSON|Rutger Dekkers]] (member no. [[ID_NUMBER|NLG-558210]]) pays by direct debit from [[IBAN_CODE|NL52 ABNA 7816 3099 67]].",
    "Ship to: [[PERSON|Kalani Kahananui]], [[STREET_ADDRESS|95-1040 Meheula Pkwy, Mililani, HI 96789]]. Email [[EMAIL_ADDRESS|kalani.k@islandmail.example]].",
    "[[PERSON|Joaquim Mendes Sá]] — NIF [[ID_NUMBER|241 583 067]] — [[IBAN_CODE|PT63 5357 4951 8788 1680 4474 3]]",
    "Our Zurich contact, [[PERSON|Regula Hürlimann]], uses [[IBAN_CODE|CH46 6600 3447 2353 2969 2]] and [[PHONE_NUMBER|+41 79 000 52 18]].",
    "The parcel for [[PERSON|Yerlan Abenov]] goes to [[STREET_ADDRESS|пр. Абая 52, кв. 17, Алматы 050008]].",
    "[[PERSON|Mette Kjærgaard]] paid the deposit from [[IBAN_CODE|DK78 3837 8453 0627 29]]; her mobile is [[PHONE_NUMBER|+45 20 00 71 94]].",
    "Booking under [[PERSON|Florin Constantinescu]], card [[CREDIT_CARD|4923 0900 0667 1751]], email [[EMAIL_ADDRESS|florin.c@posta.example]].",
    "Please update the address of [[PERSON|Liesbeth Claes]] to [[STREET_ADDRESS|Grote Markt 9 bus 3, 2000 Antwerpen]] and her IBAN to [[IBAN_CODE|BE74 7636 6418 3041]].",
    "[[PERSON|Tamar Ben-David]] can be reached at [[PHONE_NUMBER|052-000-8841]] or [[EMAIL_ADDRESS|tamar.bd@galil.example]].",
]

# 30 technical texts: logs, configs, code, SQL, CSV and tickets.
TECH = [
    "Why does this fail?\n\n2024-05-11T09:14:02Z WARN auth: failed login for user=[[ID_NUMBER|mkowalski]] from [[IP_ADDRESS|203.0.113.57]] (attempt 4)\n2024-05-11T09:14:09Z INFO auth: account [[ID_NUMBER|mkowalski]] locked",
    "Fix my .env, the app can't connect:\n\nDB_HOST=[[IP_ADDRESS|10.20.4.17]]\nDB_USER=[[ID_NUMBER|svc_orders]]\nDB_PASS=[[PASSWORD|Gr33nTea!Harbour]]\nSTRIPE_KEY=[[API_KEY|sk_live_aVcUiShjNIpkDFkTtQz1ycRnOZQe5szj]]",
    "Write an UPDATE to fix this row: INSERT INTO customers (name, email, phone) VALUES ('[[PERSON|Ottilie Brandt]]', '[[EMAIL_ADDRESS|ottilie.brandt@webpost.example]]', '[[PHONE_NUMBER|+49 151 0000 2894]]');",
    "Parse this CSV in pandas:\n\nid,name,email,city\n1,[[PERSON|Kaveh Jafari]],[[EMAIL_ADDRESS|kjafari@parsmail.example]],Leeds\n2,[[PERSON|Ebere Nwosu]],[[EMAIL_ADDRESS|ebere.n@lagosnet.example]],Hull\n3,[[PERSON|Solveig Aas]],[[EMAIL_ADDRESS|solveig.aas@fjord.example]],York",
    "Why is nginx returning 403 for [[IP_ADDRESS|198.51.100.23]]? It's my home IP and I whitelisted it in allow.conf.",
    "curl -u [[ID_NUMBER|deploybot]]:[[PASSWORD|x7Qp-22mn-Lw4r]] https://ci.internal.example/api/jobs returns 401, what am I doing wrong?",
    'Review this Python:\n\nclient = OpenAIClient(api_key="[[API_KEY|EoghImcMLXCN1fgY41j8CRRLFC4KFbaZ]]")\nADMIN_EMAIL = "[[EMAIL_ADDRESS|tomasz.wrona@acme-dev.example]]"',
    "Jira ticket: [[PERSON|Ingeborg Lund]] reports she can't log in since the SSO change. Username [[ID_NUMBER|ilund]], last seen from [[IP_ADDRESS|192.0.2.144]]. Please reset.",
    "My docker-compose has this, is it safe to commit?\n\nenvironment:\n  POSTGRES_USER: [[ID_NUMBER|raffaele]]\n  POSTGRES_PASSWORD: [[PASSWORD|Limoncello#1987]]",
    "Explain this auth.log line: Accepted publickey for [[ID_NUMBER|ngozi.e]] from [[IP_ADDRESS|2001:db8:4a::17]] port 52214 ssh2",
    "Help me write a regex to pull emails out of lines like 'assigned to [[PERSON|Ferris Calloway]] <[[EMAIL_ADDRESS|ferris.calloway@tickets.example]]>'",
    "SELECT * FROM staff WHERE surname = '[[PERSON|Oyinlola]]' AND employee_id = '[[ID_NUMBER|EMP-40218]]'; returns nothing, why?",
    "Our GitHub token leaked in a gist, how do I rotate it? It was [[API_KEY|ghp_utafxMCLpr25m4V7oXEhqUpA9ARE23P2xQ]].",
    'Debug this JSON:\n{"user": "[[ID_NUMBER|aurora_vk]]", "full_name": "[[PERSON|Aurora Vukašinović]]", "ip": "[[IP_ADDRESS|172.16.8.201]]", "card": "[[CREDIT_CARD|4416131846523705]]"}',
    "The cron job emails [[EMAIL_ADDRESS|ops-alerts.h.brennan@corp.example]] every minute. How do I make it only email on failure?",
    "Is this wireguard config right?\n[Interface]\nAddress = [[IP_ADDRESS|10.66.0.2]]/32\nPrivateKey = [[API_KEY|8JOwPCktHLYIpXKGy8JGEduNjPi3ryD0aB4=]]\n[Peer]\nEndpoint = [[IP_ADDRESS|203.0.113.90]]:51820",
    "Ticket #5531: [[PERSON|Marcelo Duarte]] ([[EMAIL_ADDRESS|mduarte@solarpanel.example]]) says the portal shows someone else's invoices. Customer ID [[ID_NUMBER|C-7781204]].",
    "Make this bash script safer: mysql -h [[IP_ADDRESS|192.168.10.5]] -u [[ID_NUMBER|backup]] -p[[PASSWORD|hunter-Quartz-29]] shop > dump.sql",
    "Convert this LDIF to CSV:\ndn: uid=[[ID_NUMBER|ssekar]],ou=people,dc=example,dc=org\ncn: [[PERSON|Saranya Sekar]]\nmail: [[EMAIL_ADDRESS|saranya.sekar@example.org]]\ntelephoneNumber: [[PHONE_NUMBER|+91 98450 00317]]",
    'Why does Terraform show a diff on this every run?\n\nvariable "db_password" { default = "[[PASSWORD|Tp9!vRw2#LkQ]]" }\nvariable "admin_ip" { default = "[[IP_ADDRESS|198.51.100.77]]" }',
    "Sentry error: KeyError 'postcode' for user [[EMAIL_ADDRESS|bartholomew.nkemelu@shopmail.example]] (id [[ID_NUMBER|u_88213]]) at checkout.py line 214.",
    'Write a test fixture for this: {"name": "[[PERSON|Léonie Girard]]", "iban": "[[IBAN_CODE|DE32 1524 4107 1617 1528 02]]", "phone": "[[PHONE_NUMBER|+33 6 00 00 72 15]]"}',
    "My git config leaks my work email, how do I change it for this repo? Right now it says user.name=[[PERSON|Radomir Petkov]] user.email=[[EMAIL_ADDRESS|r.petkov@bluefin-labs.example]]",
    "The firewall log shows DENY TCP [[IP_ADDRESS|192.0.2.33]] -> [[IP_ADDRESS|10.0.5.12]]:3389 hundreds of times. Is that an attack?",
    "Rotate these: AWS_ACCESS_KEY_ID=[[API_KEY|AKIAJ7QX2MLR9TZP4KWD]] AWS_SECRET_ACCESS_KEY=[[API_KEY|frLfgCGb8RA4pYK9LJqxqXmVS3iTfI8s/uhrkvBO0u]]",
    "Support log: caller [[PERSON|Gwyneth Pryce]] verified with PIN [[PASSWORD|6021]] and postcode, requested card replacement for account [[ID_NUMBER|00417723]].",
    "Why does my Flask login accept this? username=[[ID_NUMBER|kiri.tahu77]] password=[[PASSWORD|Kauri!Moana55]] even when the hash is wrong",
    "Normalise these phone numbers in SQL:\n[[PERSON|Dmitri Sokolov-Hale]] | [[PHONE_NUMBER|+1 (312) 555-0148]]\n[[PERSON|Ama Owusu]] | [[PHONE_NUMBER|312.555.0191]]",
    "Our Slack bot token is [[API_KEY|xoxb-5ISGJ7LRkmp5AcRrq6qD49Ks0t3VHYq2]], why does it say not_authed when posting to #ops?",
    "Kubernetes secret decoded to user [[ID_NUMBER|grafana_admin]] and password [[PASSWORD|S1DKZu1Cc5W6Ph]] — how do I change it without downtime?",
]

# 25 benchmark-style questions.
CLEAN_EXAM = [
    "Which organelle is the site of aerobic respiration? A) ribosome B) mitochondrion C) Golgi apparatus D) lysosome",
    "Priya buys 3 notebooks at $2.40 each and a pen for $1.15. How much change does she get from $10?",
    "Write a 500-word essay comparing the leadership styles of Elizabeth I and Catherine the Great.",
    "Which treaty ended the Thirty Years' War? A) Utrecht B) Westphalia C) Versailles D) Tordesillas",
    "A train leaves at 14:05 and travels 210 km at 84 km/h. When does it arrive?",
    "Discuss how Frida Kahlo's self-portraits reflect her experience of chronic pain.",
    "In tort law, what must a claimant prove to succeed in negligence? Choose the best answer from A to D.",
    "Tomás has twice as many marbles as Ines, and together they have 57. How many does Ines have?",
    "Explain the significance of Rosalind Franklin's Photo 51 in the discovery of DNA's structure.",
    "Which element has the highest electronegativity? A) oxygen B) chlorine C) fluorine D) nitrogen",
    "A 58-year-old man presents with crushing chest pain radiating to the left arm. What is the first investigation?",
    "Was Napoleon's invasion of Russia doomed from the start? Argue one side in four paragraphs.",
    "Amara reads 18 pages a day. How many days does she need for a 342-page book?",
    "What is the time complexity of binary search on a sorted array of n elements?",
    "Compare Kant's categorical imperative with Mill's utilitarianism using a trolley-problem example.",
    "Which of these is a renewable resource? A) coal B) natural gas C) wind D) uranium",
    "Describe the causes of the Great Depression in no more than 300 words.",
    "If Jonah saves £15 a week, how many weeks until he can afford a £390 bike?",
    "Who painted 'The Night Watch'? A) Vermeer B) Rembrandt C) Rubens D) Hals",
    "Evaluate Martin Luther King Jr.'s use of rhetoric in the 'I Have a Dream' speech.",
    "Solve for x: 3x − 7 = 2x + 11.",
    "What was the main purpose of the Marshall Plan? Give two economic effects.",
    "Lena and Kofi paint a fence together in 4 hours; Lena alone takes 6. How long does Kofi take alone?",
    "Which part of the brain regulates body temperature? A) cerebellum B) hypothalamus C) medulla D) amygdala",
    "Analyse the theme of ambition in Macbeth with reference to at least two soliloquies.",
]

# 25 everyday requests.
CLEAN_EVERYDAY = [
    "What's a quick vegetarian dinner I can make with chickpeas, spinach and a tin of tomatoes?",
    "How do I get red wine out of a cream carpet?",
    "Give me a 4-week beginner running plan, three sessions a week.",
    "What should I pack for a week of hiking in the Dolomites in September?",
    "How long should I boil an egg for a runny yolk?",
    "Suggest five names for a grey kitten.",
    "Is it cheaper to run a dishwasher or wash by hand?",
    "Write a short birthday message for a coworker I don't know very well.",
    "How do I repot a snake plant without killing it?",
    "What are some good icebreakers for a first team meeting?",
    "Explain compound interest like I'm twelve.",
    "Plan a rainy-day itinerary for Edinburgh with kids.",
    "What's the difference between baking soda and baking powder?",
    "How can I fall asleep faster without using my phone?",
    "Recommend some podcasts about history for a long drive.",
    "How do I politely decline a wedding invitation?",
    "What stretches help with lower back pain from sitting all day?",
    "Write a haiku about autumn rain.",
    "How much water should a 20 kg dog drink per day?",
    "Can you help me make a weekly cleaning schedule for a small flat?",
    "What's a good way to learn Spanish vocabulary every day in 15 minutes?",
    "Give me ideas for a cheap date night at home.",
    "How do I jump-start a car safely?",
    "What's the best way to store fresh herbs?",
    "Summarise the pros and cons of electric cars for a city commuter.",
]

# 20 technical requests with placeholders only.
CLEAN_TECH = [
    "Write a Python function that validates an email like user@example.com with a regex.",
    "How do I set DATABASE_URL=postgres://<user>:<password>@localhost:5432/<db> in a Docker Compose file?",
    "Explain the difference between a JWT access token and a refresh token.",
    "Show me a SQL query to find duplicate rows in a table customers(id, name, email).",
    "Write a bash one-liner to count lines in all .py files under src/.",
    "How do I read ${API_KEY} from environment variables in Node.js without hardcoding it?",
    "Create a Pydantic model with fields name: str, email: EmailStr and age: int.",
    "What does `git rebase -i HEAD~3` do?",
    "Configure nginx to proxy /api to http://127.0.0.1:8000.",
    "Generate a UUID v4 in Go and explain how it differs from v7.",
    "Write a unit test that checks a login form rejects the password 'password123'.",
    "How do I mask credit card numbers in logs, showing only the last four digits?",
    "Explain CIDR notation using 10.0.0.0/8 as an example.",
    "Write a GitHub Actions step that uses ${{ secrets.DEPLOY_TOKEN }} to push to a registry.",
    "What's a good schema for storing addresses internationally?",
    "Write a React form with inputs for First Name, Last Name and Phone, with validation.",
    "How do I hash passwords with argon2 in Python?",
    "Convert this YAML to JSON: name: <your-name>, role: admin, enabled: true",
    "How do I rotate logs daily with logrotate and keep 14 days?",
    "Explain the difference between 192.168.0.0/16 and 172.16.0.0/12 private ranges.",
]

# 30 chosen to trip a naive detector.
CLEAN_TRICKY = [
    "Who would win in a chess match, Sherlock Holmes or Hercule Poirot?",
    "Recommend albums similar to Fleetwood Mac's Rumours.",
    "Why is it called Parkinson's disease and who was James Parkinson?",
    "Is the Ford Mustang or the Chevrolet Camaro better on fuel?",
    "Plan a walk from Trafalgar Square to the Tower of London.",
    "What did Marie Curie win her second Nobel Prize for?",
    "Order #A-48213-77 hasn't arrived; how long do international orders usually take?",
    "What's new in Python 3.12 compared with 3.11?",
    "Summarise the plot of Harry Potter and the Prisoner of Azkaban without spoilers for the ending.",
    "Is Victoria Falls higher than Niagara Falls?",
    "Write a quiz about Taylor Swift's albums for a party.",
    "Explain Bayes' theorem with a medical test example.",
    "Does Mark's Gospel come before Matthew's chronologically?",
    "What's the history of the Hilton hotel chain?",
    "My Dell XPS 13 (model 9310) fan is loud. Fixes?",
    "Why do people call the Victoria line the fastest on the Tube?",
    "Does the 3.5 mm jack on the iPhone 6s still work with modern headphones?",
    "Describe Gandalf's role in The Fellowship of the Ring.",
    "Is 8 May 1945 or 2 September 1945 the end of World War II?",
    "The jacket was £129.99, now 30% off. What's the sale price?",
    "Who was Amelia Earhart and what happened on her final flight?",
    "Compare the Beatles' Abbey Road with the Rolling Stones' Sticky Fingers.",
    "What does the UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301 encode about its creation?",
    "Why is Wednesday named after Woden?",
    "Compare Tesla's Model 3 with the Volkswagen ID.3 for a family of four.",
    "What's the story behind the Eiffel Tower being nearly torn down?",
    "Who is Darth Vader's father, according to the Star Wars prequels?",
    "Explain the Doppler effect with an ambulance siren.",
    "How did Lincoln Center in New York get its name?",
    "Is Grace Hopper really the one who found the first computer bug?",
]


def main() -> None:
    sections = {
        "chat": (CHAT, 100),
        "pasted": (PASTED, 40),
        "statements": (STATEMENTS, 30),
        "tech": (TECH, 30),
        "clean exam": (CLEAN_EXAM, 25),
        "clean everyday": (CLEAN_EVERYDAY, 25),
        "clean tech": (CLEAN_TECH, 20),
        "clean tricky": (CLEAN_TRICKY, 30),
    }
    for name, (items, want) in sections.items():
        if len(items) != want:
            raise SystemExit(f"{name}: {len(items)} texts, want {want}")
    if not all(is_lower(t) for t in CHAT[:LOWER_CHAT]):
        raise SystemExit(f"chat: the first {LOWER_CHAT} texts must be all lower case")
    if any(is_lower(t) for t in CHAT[LOWER_CHAT:]):
        raise SystemExit("chat: a lower-case text among the others")
    long_chat = [t for t in CHAT if 100 <= len(strip_marks(t)[0].split()) <= 200]
    if len(long_chat) < 5:
        raise SystemExit(f"chat: {len(long_chat)} long texts, want at least 5")

    pii_marked = CHAT + PASTED + STATEMENTS + TECH
    clean = CLEAN_EXAM + CLEAN_EVERYDAY + CLEAN_TECH + CLEAN_TRICKY
    check_values(pii_marked)
    pii_rows, clean_rows = build_rows(
        "blind12",
        (
            check_spans(
                marked,
                titles=TITLES,
                card_digits=CARD_DIGITS,
                name_parts=True,
                bare=True,
                placeholder_ips=PLACEHOLDER_IPS,
            )
            for marked in pii_marked
        ),
        clean,
        words=(MIN_WORDS, MAX_WORDS),
        min_chars=MIN_CHARS,
    )
    write(HERE / "chat_pii_blind12.jsonl", pii_rows, report=True)
    write(HERE / "chat_clean_blind12.jsonl", clean_rows, report=True)


if __name__ == "__main__":
    main()
