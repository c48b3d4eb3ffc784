# ruff: noqa: E501  (the texts are data: one request a line, as typed)
"""Third blind privacy set: 400 chat requests with personal data, 200 clean requests.

Written blind to the detector by a writer who read only ``marks.py`` and the record format in
``README.md``: not the detector, its rules, word lists or docs, nor the other sets. Every name,
number, address, password and key below is invented (cards are public test numbers or invented
Luhn-valid numbers, IBANs invented with computed mod-97 check digits, phones from fictional
ranges or plainly made up).

Texts carry inline ``[[TYPE|value]]`` marks; this script strips them, computes the offsets,
checks the spans and writes ``chat_pii_blind3.jsonl`` and ``chat_clean_blind3.jsonl``.
Run: ``.venv/bin/python bench/data/build_blind3.py``.
"""

from __future__ import annotations

import ipaddress
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import TYPES, Span, iban_ok, luhn_ok, record, strip_marks, write

HERE = Path(__file__).resolve().parent
PII_OUT = HERE / "chat_pii_blind3.jsonl"
CLEAN_OUT = HERE / "chat_clean_blind3.jsonl"
PII_SOURCE = "invented-chat-blind3"
CLEAN_SOURCE = "invented-clean-blind3"
PII_COUNT = 400
CLEAN_COUNT = 200

TITLES = re.compile(
    r"^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|sgt|capt|rev|fr|sr|sra|herr|frau|mme|mlle|m)\.?\s",
    re.IGNORECASE,
)
"""A PERSON value must not start with a title: titles stay outside the span."""

# fmt: off
PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "da", "das", "dos", "di", "del", "della", "la", "le",
    "bin", "binti", "ibn", "al", "el", "ten", "ter", "mac", "ní", "nic", "ó", "o'", "y", "du",
})
# fmt: on
"""Name particles, not checked as standalone tokens."""

EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
EMAIL_ANYWHERE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")

# --- PII: private people named with a cue (relation, role, greeting, signature) ---------------
NAMES_CUED: list[str] = [
    "Bike frame size question: it's for my nephew [[PERSON|Bartek]], turning 9, small for his age. What should I look at?",
    "can you help me write a short thank you card for my neighbour [[PERSON|oyelaran]]? she fed our cats for two weeks while we were in crete",
    "I'm putting together a retirement speech for our office manager, [[PERSON|Dorota Wiśniewska]]. She's been here 31 years and everyone calls her the human calendar. Keep it under 3 minutes, warm but a bit funny.",
    "My mother-in-law [[PERSON|Nguyễn Thị Hoa]] is coming to stay for a month and she doesn't eat beef. Give me a week of dinners that would feel familiar to someone from Hanoi.",
    "Draft a polite email to my landlord, Mr. [[PERSON|Ferreira]], asking him to fix the boiler. It's been broken since Tuesday and we have a 4 month old.",
    "My daughter's piano teacher, [[PERSON|Ingrid Solheim]], says she needs to practise scales more. How do I make scales less boring for an 8 year old?",
    "Write a birthday poem for my grandad [[PERSON|Séamus]], he's turning 90 and still walks to the pub every Friday.",
    "our babysitter [[PERSON|thandiwe]] asked for a reference letter. she's looked after our twins since 2021. can you draft one?",
    "I'm the best man and the groom is my brother [[PERSON|Emre Aksoy]]. We grew up in Izmir, he's terrible at football and he met his wife at a bus stop. Help me with an opening line.",
    "Hi, I need to reply to my son's teacher, Ms. [[PERSON|Okonkwo-Hart]], who says he's been sleeping in class. He has a new baby sister at home. Can you help me sound less defensive?",
    "my flatmate [[PERSON|jakub]] keeps eating my food and when i bring it up he just laughs. how do i set a boundary without making it weird for the next 8 months of the lease",
    "Please write a condolence message to my colleague [[PERSON|Hiroshi Tanabe]], whose father passed away last week. We're not close but I sit next to him.",
    "My physio, [[PERSON|Kerry-Ann Blackwood]], gave me these exercises for my knee: wall sits, step-ups, clamshells. Can you put them into a 4-week plan?",
    "Dear AI, my aunt [[PERSON|Fatima Zahra El Idrissi]] is turning 60 and I want a short speech in French and Arabic. She raised me after my parents moved to Lyon.",
    "Can you rewrite this so it sounds more professional: 'hey [[PERSON|Gunnar]] just checking if u got the invoice, pls confirm asap'",
    "i manage a small team and one of them, [[PERSON|chiamaka]], has asked for a raise. she's good but the budget is frozen. what can i offer instead?",
    "Gift ideas under 100 euros for an engineering graduate? It's my godson [[PERSON|Luca Bertolini]], finishing at Politecnico.",
    "Write a LinkedIn recommendation for my former intern [[PERSON|Aroha Ngata]]. She built our whole reporting dashboard in Power BI in 10 weeks.",
    "our new puppy is named after my late grandmother [[PERSON|Wilhelmina]] lol. what are good nicknames for a dachshund called that",
    "My sister-in-law [[PERSON|Soo-ah]] is vegan and coming for Chuseok. What dishes can I make that still feel traditional?",
    "I'd like to nominate our caretaker, [[PERSON|Desmond Achterberg]], for the staff kindness award. Help me write 150 words about how he fixed every radiator in the building during the cold snap.",
    "The HR lady, [[PERSON|Margit Kovács]], told me my probation is extended by 3 months. Is that normal in Hungary? Do I have any rights here?",
    "my boyfriend [[PERSON|Kwame]] forgot our anniversary for the second year in a row. am i wrong to be upset or is this a small thing",
    "my client [[PERSON|anneliese brandt]] wants her kitchen in sage green with brass handles. suggest three worktop colours that go with that.",
    "Help me write a note for my son's football coach, [[PERSON|Diarmuid Ó Briain]], saying he'll miss Saturday's match because of a family wedding.",
    "I'm a nurse and my patient [[PERSON|Ewa Jabłońska]] keeps refusing her evening meds. How can I have a respectful conversation about it?",
    "Since Easter my stepdad [[PERSON|Rustam]] has been talking about moving back to Tashkent. How do I support my mum if he goes?",
    "write a cheeky leaving card message for [[PERSON|tomasz]] from accounts, he's going to a competitor and we all know it.",
    "Could you help me word a text to my ex, [[PERSON|Marisol]], about swapping weekends with the kids? Last time it turned into a fight.",
    "I tutor a Year 11 student, [[PERSON|Adebayo Ogunleye]], who freezes in exams. Any techniques I can teach him before his GCSEs in May?",
    "Dr. [[PERSON|Vasquez-Lind]] told me my ferritin is low. What foods should I eat more of, I'm vegetarian.",
    "My uncle [[PERSON|Pradeep]] forwarded me a WhatsApp saying onion in socks cures flu. How do I gently tell him it's nonsense?",
    "I'm writing a eulogy for my great-aunt [[PERSON|Bridie Callaghan]]. She ran a sweet shop in Sligo for 40 years and never once took a holiday. Where do I start?",
    "the new guy at work, [[PERSON|Yusuf]], asked me to lunch and i can't tell if it's a date or just friendly. how do i find out without being awkward",
    "Hello! I need a short bio for our school newsletter introducing the new PE teacher, Mr [[PERSON|Lindqvist]]. He used to play handball for Sweden's youth team.",
    "Can you check my grammar? 'Dear Mrs [[PERSON|Abernethy-Cole]], thank you for having us on Sunday, the roast was amazing and the kids loved the garden.'",
    "My business partner [[PERSON|Oluwaseun Adeyemi]] wants to take out a loan against the company. I'm not sure. What questions should I ask before agreeing?",
    "my cousin [[PERSON|thiago]] says he can get me a job at his restaurant in porto but i don't speak portuguese. is that realistic",
    "I'm organising a surprise party for my wife [[PERSON|Anjali]]. She hates being the centre of attention. How do I make it low-key?",
    "Our intern [[PERSON|Mateus Carvalho]] asked me what he should read to get better at SQL. What would you recommend for a beginner?",
    "please translate into polish: 'thank you, [[PERSON|zofia]], for looking after grandpa on saturday.'",
    "My supervisor Dr. [[PERSON|Kerstin Albrecht]] wants the thesis chapter by Friday. It's 40% done. Give me a realistic 4-day plan.",
    "Write a welcome message for our new team member [[PERSON|Amara Diallo]], who's joining the data team from Dakar next Monday.",
    "sign off this email for me as [[PERSON|Ruairí]] from the parents' committee, keep it friendly: we need volunteers for the cake stall on the 14th",
    "Our tenant, a Mr [[PERSON|Bogdanović]], has been paying rent late for 3 months. What's the proper process to raise it in writing?",
    "Me and my twin brother [[PERSON|Seung-woo]] are starting a small kimchi business. What licences do we need to sell at farmers markets in Ontario?",
    "Help me write a speech for my parents' 40th. My dad [[PERSON|Ignacio]] proposed to my mum [[PERSON|Pilar]] on a ferry to Menorca.",
    "i'm a team lead and [[PERSON|ritika]] on my team cried in our 1:1 today after i gave feedback. how should i follow up?",
    "My son's best friend, [[PERSON|Kofi Mensah-Boateng]], is staying with us for a week while his parents are in Accra. Any tips for hosting a 12 year old who's homesick?",
    "Could you write a limerick about my colleague [[PERSON|Per-Olof]] who brings fish to reheat in the office microwave?",
    "The estate agent, [[PERSON|Natasha Pereira]], says the seller won't go below asking. How do I negotiate when it's a seller's market?",
    "my little sister [[PERSON|Ximena]] wants to study medicine in Spain, how does admission work for someone from Mexico",
    "our cleaner [[PERSON|irina]] has asked to be paid in cash. is that a problem for me as the employer in the uk?",
    "Write a toast for my best friend [[PERSON|Nokuthula]]'s 30th. We met on the first day of varsity in Durban and she lent me a pen.",
    "I need to give feedback to my designer [[PERSON|Hamza Qureshi]] on a logo I don't like, without crushing him. He worked hard on it.",
    "My mentor, Professor [[PERSON|Aaltonen]], retires this summer. Suggest a meaningful gift from a PhD student on a small budget.",
    "my gf [[PERSON|Yasmin]] and i want to go interrailing for 3 weeks, 1500 euros each, where should we go",
    "Help me reply to [[PERSON|Birgit]] from the choir who says I sang flat at the concert. I think she's right but it stung.",
    "our foster son [[PERSON|dmitri]] (14) has just started at a new school. what can we ask the school to put in place?",
    "My grandma Oma [[PERSON|Trudi]] makes the best Zwetschgenkuchen and won't share the recipe. Can you guess what's in a classic one?",
    "I volunteer at a food bank and my coordinator [[PERSON|Marguerite Leblanc]] asked me to write the monthly update. Numbers: 412 families, 3.1 tonnes of food, 27 volunteers.",
    "Can you write a nice message from me and my husband to our wedding photographer, [[PERSON|Caoimhe Brennan]]? The photos were incredible.",
    "Write a cover note to go with flowers for my colleague [[PERSON|Esperanza]], who is back after chemotherapy.",
    "I'm the secretary of our allotment society. Minute this: chair [[PERSON|Hollis Whitfield]] proposed raising plot fees by £5; seconded by [[PERSON|Nnamdi Eze]]; passed 11 to 2.",
    "my baby's godmother is [[PERSON|agnieszka]] and she asked what she should do at the christening. it's catholic, she isn't. what's expected?",
    "How do I tell my driving instructor [[PERSON|Kev]] I want to switch to an automatic? He's been really patient and I feel bad.",
    "my brother-in-law [[PERSON|Cem]] owes us 2000 euros and it's been a year. how do we bring it up at christmas without ruining it",
    "Tell me how to say 'happy birthday, [[PERSON|Kalani]], we miss you' in Hawaiian.",
    "The tenant downstairs, Mrs. [[PERSON|Orla Keane]], complained our washing machine is too loud at night. What's a reasonable compromise?",
    "my daughter [[PERSON|shira]] is being left out by her friends at school. she's 10. how do i help her without making it worse?",
    "Write a short story for my nephew [[PERSON|Lachlan]] about a wombat who becomes a firefighter. He's 5.",
]

# --- PII: private people with no cue at all (subjects, chat logs, lone names, word-names) ------
NAMES_BARE: list[str] = [
    "[[PERSON|Ilse]] forgot the keys again so we were locked out for an hour. Is there a smart lock that doesn't need wifi?",
    "is [[PERSON|Teodora]] overreacting? she says i should have told her before booking the trip with my friends. it's only 4 days",
    "[[PERSON|Grace]] and [[PERSON|Obinna]] both want the window seat on the 11 hour flight. Give me a fair way to settle it that isn't a coin toss.",
    "[[PERSON|Florence]] won't eat anything green. She's 3. Recipes that hide vegetables please.",
    """Summarise this thread for me:
[[PERSON|Jade]]: can someone cover my shift sat
[[PERSON|Marek]]: i can do morning not evening
[[PERSON|Jade]]: evening is the problem lol
[[PERSON|Sky]]: i'll do evening if someone does my sunday
[[PERSON|Marek]]: deal, i'll take sunday""",
    "[[PERSON|chase]] says the dog ate a grape. just one. do we need to go to the emergency vet?",
    "Who should I promote, [[PERSON|Kowalczyk]] or [[PERSON|Haddad]]? [[PERSON|Kowalczyk]] has more experience but [[PERSON|Haddad]] has better ideas and the team likes him.",
    "[[PERSON|Tuan]] has been coughing for three weeks, no fever, worse at night. Should he get it looked at?",
    "Rewrite this to be nicer: '[[PERSON|Henrike]], your slides were too long and nobody understood the last part.'",
    "[[PERSON|Ayşe]] thinks we should paint the hallway dark blue. It's narrow and has no window. Bad idea?",
    "[[PERSON|olumide]] just got into edinburgh for medicine!!! what's a good congratulations gift for an 18 yo guy",
    "what does it mean when [[PERSON|Pham]] says 'we'll see' every time I ask about the deadline",
    "[[PERSON|Hope]] is starting nursery on Monday and cried for 20 minutes at the taster session. Normal?",
    """Can you turn these notes into minutes?
- [[PERSON|Szymon]]: budget for Q3 approved
- [[PERSON|Renata]]: waiting on the printer quote
- [[PERSON|Abimbola]] + [[PERSON|Szymon]]: fix the signage before the open day
- next meeting 12th""",
    "[[PERSON|Will]] and I have been together 6 years and he still hasn't met my dad. Should I push it?",
    "is it rude that [[PERSON|nakamura]] didn't reply to my wedding invite? it's been 5 weeks.",
    "[[PERSON|Ciarán]] wants to drop out of his apprenticeship to be a streamer. How do I talk him out of it, or should I?",
    "make this sound less passive aggressive: 'as i already told [[PERSON|Benedikt]] twice, the server is down on sunday'",
    "[[PERSON|Jean-Baptiste Moreau-Duval]] has asked us to stop calling him JB in meetings. How do I remind the team without embarrassing anyone?",
    "Between [[PERSON|Akosua]], [[PERSON|Felipe]] and [[PERSON|Wiremu]], who should present the pitch? [[PERSON|Akosua]] is calm, [[PERSON|Felipe]] is funny, [[PERSON|Wiremu]] knows the numbers best.",
    "[[PERSON|Rose]] needs a costume for world book day by tomorrow. Easy ideas from things in the house?",
    "did [[PERSON|Vikram]] mean it as a joke? he said my cooking 'tastes like a hospital'",
    "[[PERSON|magnus ek]] keeps taking credit for my work in standups. what do i do?",
    "[[PERSON|Liesbeth van den Berg]] is leaving and I've been asked to take over her clients. Write an intro email template I can send each of them.",
    """Translate this chat to English:
[[PERSON|Lukas]]: Bist du heute Abend da?
[[PERSON|Greta]]: Nein, ich muss arbeiten.
[[PERSON|Lukas]]: Schade. Morgen?
[[PERSON|Greta]]: Vielleicht.""",
    "[[PERSON|Dunya]] thinks I'm ignoring her because I didn't like her post. I just didn't see it. What do I text her?",
    "Help! [[PERSON|Beatriz]] has a job interview in English tomorrow and wants to practise. Can you ask her 5 typical questions for a receptionist role?",
    "[[PERSON|Oksana]] wants to bring her dog to the office every day. Some people are allergic. How do I handle this as the office manager?",
    "ok so [[PERSON|ifeanyi]] borrowed my car and returned it with an empty tank and a dent. how do i ask him to pay without losing a friend",
    "[[PERSON|Summer]] fell off the trampoline and her wrist is swollen but she can move her fingers. A&E or wait till morning?",
    "Why would [[PERSON|Halvorsen]] cc my manager on a reply to a simple question? Am I in trouble?",
    "[[PERSON|Mai Linh]] and [[PERSON|Quang]] are getting married in Da Nang. What do guests usually give at a Vietnamese wedding?",
    "[[PERSON|dervla]] said i was 'a lot' at the party. i'm hurt. am i a lot?",
    "[[PERSON|Ebru Yılmaz-Schneider]] asked if she can job-share with [[PERSON|Tobias]] after her maternity leave. Pros and cons for a small team?",
    "[[PERSON|Hunter]] hit another kid at daycare today. He's 2. Is this a phase?",
    "Give me a fun clue for a treasure hunt that leads [[PERSON|Ottilie]] to the garden shed.",
    "[[PERSON|Rashid]] keeps interrupting me in meetings. Three ways to respond in the moment.",
    "[[PERSON|Waleed]] says he's fine but he hasn't left his room in days since the exams. What should I say to him?",
    "Should [[PERSON|Kateryna]] learn Polish or English first? She's just arrived in Wrocław and wants to work as a pharmacist.",
    "[[PERSON|Faith]] is allergic to eggs, what can I use instead in brownies?",
    "[[PERSON|Sørensen]] wants the report in Danish and English. Can you translate the summary paragraph below? 'Sales rose 4% in the third quarter, driven by exports.'",
    "Explain to [[PERSON|Juniper]] why the sky is blue in a way a 6 year old gets.",
    "[[PERSON|Nikhil]] got a 62 in his maths mock. What's the fastest way to get him to a 7 by June?",
    "[[PERSON|Grzegorz]] and [[PERSON|Hannelore]] can't agree on the wedding date. One wants June, the other September. Which is cheaper for a venue in the Lake District?",
    "[[PERSON|amber]] used my toothbrush by mistake. do i throw it out? lol",
    "[[PERSON|Karamoko]] left the meeting early and now says he wasn't told about the decision. How do I document decisions so this stops happening?",
    "Write a rhyming invitation for [[PERSON|Élodie]]'s 7th birthday, unicorn theme, Saturday 2pm at the village hall.",
    "does [[PERSON|Ahmadi]] need to sign the tenancy too if he's only staying 3 nights a week?",
    """Proofread please:
Hi all, just a reminder that [[PERSON|Saoirse]] is off from Monday and [[PERSON|Ruben]] is covering her accounts. Please send anything urgent to him.
Thanks, [[PERSON|Evangelos]]""",
    "[[PERSON|ngozi]] has asked me to be her maid of honour and i'm broke. how can i do it on a budget?",
    "i think [[PERSON|Lorcan]] is lying about where he was on friday. how do i bring it up calmly",
    "[[PERSON|Ivy]] wants a hamster. She's 7 and forgets to brush her teeth. Convince me either way.",
    "[[PERSON|Bogusława]] has run our village shop for years and wants a simple website. What's the cheapest way to do it?",
    "[[PERSON|Takeshi]] says my Japanese sounds too formal when I text him. How do I make it casual?",
    "[[PERSON|robin]] keeps parking across my drive. a polite note please, not a threat.",
    "Can [[PERSON|Sigrún]] bring a cake on the plane to Reykjavík in her hand luggage?",
    "[[PERSON|Chukwuemeka]] and I had a fight about money again. He spends, I save. How do other couples handle this?",
    "[[PERSON|Mathilde]] thinks the quiche needs more nutmeg. I think it doesn't. Settle it: how much nutmeg for a 24cm quiche?",
    "Is it weird that [[PERSON|Dawit]] calls me every night at 11? We've only been dating 3 weeks.",
    "[[PERSON|Penrose-Ahmed]] from finance says our expenses are 'unusually high'. Help me write a breakdown that explains the conference costs.",
    "what are good questions to ask [[PERSON|shreya]] in her exit interview so we actually learn something",
    "[[PERSON|Dawn]] from next door brought round soup when I was ill. A nice way to return the favour?",
    """who's right here?
[[PERSON|Bongani]]: tomatoes are a fruit so ketchup is a smoothie
[[PERSON|Lerato]]: that's not how it works
[[PERSON|Bongani]]: prove it""",
    "[[PERSON|Vo Thanh Binh]] asked me to explain compound interest to him in simple words. Go.",
    "[[PERSON|Ottavia]] refuses to wear a helmet when cycling because it ruins her hair. Arguments that might work on a 16 year old?",
    "[[PERSON|Paddy]] says the boiler pressure should be 1.5 bar and it's at 0.8. How do I top it up?",
    "[[PERSON|Ulrike]] got the job!! She's terrified of the first day. Some reassuring words I can send?",
    "is it normal that [[PERSON|jomo]] sleeps 14 hours on weekends? he's 17",
    "[[PERSON|Alinta]] wants to learn to surf at 45. Where near Perth is good for beginners?",
    "[[PERSON|Carys]] and [[PERSON|Idris]] are naming their baby and want something Welsh that English speakers can pronounce. Ideas?",
    "[[PERSON|Kaveh]] sent me a voice note in Farsi and I only caught half. If I transcribe it can you translate?",
    "Help me reply to [[PERSON|Bernadette]]: she asked if we could split the cost of the fence 50/50 but it's mostly on her side.",
    "[[PERSON|Valtteri]] and [[PERSON|Aino]] are visiting from Tampere. What should we do in Edinburgh for 2 days in November?",
    "[[PERSON|sunny]] broke up with me by text. can you help me write a reply that's dignified?",
    "honestly [[PERSON|Mehmet]] is the only one who pulls his weight on this project. how do i say that to the boss without throwing the others under the bus",
    "Make a chore chart for [[PERSON|Noa]] (9), [[PERSON|Eitan]] (12) and [[PERSON|Tamar]] (15), with pocket money that scales by age.",
    "[[PERSON|Lindiwe Mahlangu]] just defended her PhD. Draft a congratulations post for our lab's page.",
    "[[PERSON|Kasia]] thinks she left her passport at the hotel in Split. What should she do first?",
    "[[PERSON|Andile]] wants to propose in Zanzibar. Best beach for sunset and not too crowded?",
    "what would [[PERSON|hyun-jin]] like for a housewarming? she's into plants and hates clutter",
    "[[PERSON|Mirela]] keeps sending me chain messages about 5G. Is there a kind way to stop this?",
    "[[PERSON|de Vries]] is still refusing to approve the overtime. What's the escalation path in a Dutch company?",
    "Does [[PERSON|Blessing]] qualify for free school meals if her mum works 16 hours a week?",
    "Write a haiku about [[PERSON|Mads]] falling asleep during the board meeting.",
    "[[PERSON|Светлана]] спросила, можно ли перенести встречу на четверг. Как вежливо ответить, что я занят?",
    "[[PERSON|김민지]] 씨에게 생일 축하 메시지를 써 주세요. 회사 동료이고 너무 가깝지는 않아요.",
    "帮我给[[PERSON|王晓雯]]写一封感谢信，她上周帮我搬家了。",
    "Πώς να πω στον [[PERSON|Δημήτρη]] ότι δεν μπορώ να έρθω στη γιορτή του;",
    "[[PERSON|rahul]] and [[PERSON|arjun]] keep fighting over the ps5. give me a schedule that's fair for a 10 and 13 year old.",
    "[[PERSON|Consolata]] is 84 and lives alone. Her daughter lives in Nairobi. What remote checks can the family set up?",
    "[[PERSON|Stanisław]] mówi, że nie dostał mojego maila. Jak napisać uprzejme przypomnienie?",
    "gm! [[PERSON|Zainab]] is coming over and she's fasting, what time is iftar in Manchester today roughly and what should I cook",
    "[[PERSON|O'Shaughnessy]] has been on the sick for a month. As his manager, what can I ask and what can't I?",
    "[[PERSON|Bjarke]] says we should use Postgres, [[PERSON|Anouk]] says Mongo. Our data is orders, customers and invoices. Who's right?",
]

# --- PII: phone numbers, e-mail addresses, street addresses -----------------------------------
CONTACT: list[str] = [
    "can you text [[PERSON|lowri]] for me? no wait you can't. ok write the text and i'll send it to [[PHONE_NUMBER|07700 900418]]: running 20 mins late, start without me",
    "My number changed, it's now [[PHONE_NUMBER|+44 7700 900261]]. Write a short message I can send to my contacts letting them know.",
    "Plumber's number is [[PHONE_NUMBER|(555) 013-4477]], he said call after 6. What should I ask him about a leaking stopcock?",
    "Format this for a business card: [[PERSON|Hendrik Maas]], interim CFO, [[PHONE_NUMBER|+31 6 1234 0987]], [[EMAIL_ADDRESS|h.maas@maasfinance.nl]]",
    "If someone calls from [[PHONE_NUMBER|0161 496 0732]] claiming to be my bank and asks for a code, is that a scam? They knew my name.",
    "Update the emergency contact on this form: [[PERSON|Yetunde Bakare]] (sister), mobile [[PHONE_NUMBER|+234 803 555 0194]].",
    "rappelle-moi d'appeler le cabinet au [[PHONE_NUMBER|01 99 00 47 12]] demain. comment dire poliment que je veux changer de médecin traitant ?",
    "my mum's new number is [[PHONE_NUMBER|0491 570 156]] can u help me write a txt teaching her how to save it lol",
    "Please add to the call sheet: Location manager — [[PERSON|Keira Dunleavy]] — [[PHONE_NUMBER|020 7946 0381]]. Catering — [[PERSON|Babatunde Ajayi]] — [[PHONE_NUMBER|07700 900533]].",
    "Is [[PHONE_NUMBER|+1-202-555-0147]] the right format for a US number on a UK CV, or should I drop the country code?",
    "Vodafone keeps charging me for a second line, [[PHONE_NUMBER|0152 3381 9920]], which I cancelled in March. Draft a complaint in German.",
    "Ring [[PERSON|Dolores]] on [[PHONE_NUMBER|+34 612 40 77 19]] to confirm the villa booking — actually, can you write the WhatsApp in Spanish instead? I'm too shy to call.",
    "I got a missed call from [[PHONE_NUMBER|+91 98450 31276]] three times today. How can I find out who it is without calling back?",
    "Write an out-of-office: I'm away until 3 June, for urgent issues call [[PERSON|Mariusz]] on [[PHONE_NUMBER|+48 512 309 774]].",
    "Our nanny's number is [[PHONE_NUMBER|(11) 98765-0432]] and she only uses WhatsApp. How do I set up a group with her and my husband?",
    "携帯番号が[[PHONE_NUMBER|090-4417-2286]]に変わりました、という丁寧なメールを取引先に書いてください。",
    "the vet is [[PHONE_NUMBER|03 7010 4482]] and they close at 5, what do i say when i call to get the cat's vaccines moved",
    "Put this in my signature: [[PERSON|Roisin Mulcahy]] | Practice Manager | T: [[PHONE_NUMBER|+353 1 555 0178]] | M: [[PHONE_NUMBER|+353 87 555 0629]]",
    "Call me back on [[PHONE_NUMBER|07700900874]] is what I left on his voicemail. Was that too blunt for a first contact with a recruiter?",
    "can you convert [[PHONE_NUMBER|555-0123]] into e.164 for a us number in area code 312",
    "Message for the group chat: 'Lost dog near Rondebosch common, brown staffie, answers to Biscuit. Call [[PERSON|Pieter]] [[PHONE_NUMBER|082 555 0417]]'. Make it punchier.",
    "Mi suegra [[PERSON|Remedios]] tiene el móvil [[PHONE_NUMBER|655 91 03 28]] y quiere aprender a usar WhatsApp. ¿Por dónde empiezo?",
    "The school's automated line texts me from [[PHONE_NUMBER|+61 491 570 159]] but my son's teacher says she never got my reply. Why would that be?",
    "I need to give my dentist a landline. Is [[PHONE_NUMBER|+49 30 5557 2418]] written correctly for Berlin?",
    "Write a voicemail greeting for [[PERSON|Cosmin Popescu]], freelance translator. Number is [[PHONE_NUMBER|+40 721 555 093]], but don't read it out in the greeting.",
    "my new email is [[EMAIL_ADDRESS|tamsin.pryce84@gmail.com]], write a message to my book club saying to use that one from now on",
    "Can you check this email to HR for tone? Sent from [[EMAIL_ADDRESS|okafor.chidi@outlook.com]] to [[EMAIL_ADDRESS|hr@brightwell-logistics.co.uk]]: 'I wish to formally raise a grievance about my rota.'",
    "I keep getting emails meant for someone else at [[EMAIL_ADDRESS|j.lindholm@posteo.de]]. It's my address but clearly a different [[PERSON|Johanna]]. How do I tell the senders?",
    "Please write a reply to [[EMAIL_ADDRESS|margaux.delacroix@orange.fr]] declining the invitation to speak at the conference, in French, very polite.",
    "Is [[EMAIL_ADDRESS|sk8rboi_2009@hotmail.com]] too unprofessional to use on job applications? it's the only one I have",
    "add these to the mailing list csv: [[EMAIL_ADDRESS|anneke.visser@ziggo.nl]], [[EMAIL_ADDRESS|brodie.mcnab@btinternet.com]], [[EMAIL_ADDRESS|gkaramanlis@otenet.gr]]",
    "My old work address [[EMAIL_ADDRESS|r.balakrishnan@sundarapharma.in]] will be shut down on Friday. What should I forward before then?",
    "Someone signed up to a dating site using my email, [[EMAIL_ADDRESS|noor.haddad.92@gmail.com]]. How do I get it removed?",
    "From: [[EMAIL_ADDRESS|facilities@ashgroveprimary.sch.uk]]\nTo: [[EMAIL_ADDRESS|parent.kim.soyeon@gmail.com]]\nSubject: Lost property\n\nPlease summarise this in one line for my diary.",
    "Reply to [[PERSON|Wojtek]] at [[EMAIL_ADDRESS|wojtek.zielinski@wp.pl]] saying the flat is still available and viewings are Saturday only.",
    "Write a Python one-liner that checks if [[EMAIL_ADDRESS|ifeoma.nwachukwu@uni-koeln.de]] has a valid format. I'll swap in other addresses later.",
    "how do i make [[EMAIL_ADDRESS|darcy.ahearn@icloud.com]] the recovery email on my google account",
    "I'm sending my CV to [[EMAIL_ADDRESS|careers@harrowfield-dental.com.au]]. Write a 4-line cover email from [[PERSON|Mitra Farahani]] for the dental nurse vacancy.",
    "send a reminder to [[EMAIL_ADDRESS|treasurer.roslynrfc@gmail.com]] that my subs were paid on the 3rd, I have the bank receipt",
    "Please paraphrase: 'For questions about your claim contact your case handler [[PERSON|Lorenzo Pacini]] directly at [[EMAIL_ADDRESS|l.pacini@assicurazionivega.it]].'",
    "My flat is [[STREET_ADDRESS|Flat 3, 27 Kelvinside Terrace West, Glasgow G20 6DB]]. How do I apply for a council tax reduction as a student?",
    "Our new address from 1 September: [[STREET_ADDRESS|4418 Larkspur Lane, Boise, ID 83704]]. Write a short change-of-address note for the neighbours' group chat.",
    "Ich wohne in der [[STREET_ADDRESS|Kastanienallee 58, 10119 Berlin]] und mein Vermieter will die Miete um 15 % erhöhen. Ist das erlaubt?",
    "Livraison à [[STREET_ADDRESS|12 rue des Teinturiers, 84000 Avignon]] — le colis est marqué livré mais je n'ai rien reçu. Que faire ?",
    "help me fill the delivery note: [[PERSON|Marta Villanueva]], [[STREET_ADDRESS|Calle de la Palma 19, 2º B, 28004 Madrid]], leave with the concierge",
    "The accident happened outside [[STREET_ADDRESS|Via dei Mille 34, 80121 Napoli]]. Help me write the description for the insurance form.",
    "We just moved to [[STREET_ADDRESS|Herengracht 314-2, 1016 BZ Amsterdam]] and need to register at the gemeente. What documents do I bring?",
    "Proszę o pomoc w napisaniu reklamacji. Adres: [[STREET_ADDRESS|ul. Ogrodowa 12/7, 90-023 Łódź]]. Kurier zostawił paczkę pod drzwiami i zniknęła.",
    "Deliver to: [[STREET_ADDRESS|Flat 12B, Lakshmi Enclave, 5th Main Road, Jayanagar 4th Block, Bengaluru 560011]]. The courier keeps saying address not found. How should I write it so they find it?",
    "Meu endereço é [[STREET_ADDRESS|Rua Harmonia 712, apto 84, Vila Madalena, São Paulo - SP, 05435-001]]. Como escrevo isso num formulário americano?",
    "How do I write [[STREET_ADDRESS|〒602-8216 京都府京都市上京区西洞院通下立売上る 7-3]] in English for a package from Canada?",
    "Is [[STREET_ADDRESS|Unit 6, 41 Wattletree Road, Malvern East VIC 3145]] in a flood zone? We're thinking of renting there.",
    "Send the keys to [[STREET_ADDRESS|17 Protea Crescent, Pinelands, Cape Town, 7405]] — actually first tell me how to courier keys safely in SA.",
    "I need a letter to the council objecting to the extension at the house behind us. Our address: [[STREET_ADDRESS|9 Marlowe Close, Bishop's Stortford, CM23 4PQ]].",
    """Please format this as a proper UK letter address block:
[[PERSON|Gwendolyn Ashby-Fraser]]
[[STREET_ADDRESS|The Old Forge
Church Lane
Little Haddon
Norfolk
NR14 7HW]]""",
    "Can you tell me which bus goes from [[STREET_ADDRESS|233 Hollis Street, Somerville, MA 02143]] to the children's hospital? Or just how to look it up.",
    "The wedding invites go out this week. RSVP address: [[STREET_ADDRESS|Carrer de Verdi 71, 3r 1a, 08012 Barcelona]]. Can you check the Catalan wording is right?",
    "Hallo, meine Adresse ist [[STREET_ADDRESS|Lindenstraße 4a, 79098 Freiburg im Breisgau]]. Schreib mir eine kurze Kündigung für mein Fitnessstudio.",
    "the packages for [[STREET_ADDRESS|88 rue Oberkampf, 75011 Paris]] keep getting returned, is 'bât. B, 3e étage' supposed to go on the first line or the second?",
    "Contractor quote for the roof at [[STREET_ADDRESS|26 Ngong Lane, Kilimani, Nairobi]]: 480,000 KES. Is that reasonable for 120 m² of mabati?",
    "Ship to [[PERSON|Kenji Morimoto]], [[STREET_ADDRESS|3-11-8 Kitazawa, Setagaya-ku, Tokyo 155-0031]]. What customs form do I need for a ceramic bowl worth £60?",
    "I'm buying [[STREET_ADDRESS|Via San Vitale 58, 40125 Bologna]] and the notary asks for the 'visura catastale'. What is it?",
    "Reclamo formal: el vecino de [[STREET_ADDRESS|Avenida Libertador 2231, piso 6, C1425 CABA]] tiene obras los domingos. ¿Cómo lo redacto para el consorcio?",
    "my address for the electoral roll is [[STREET_ADDRESS|22 glenview park, omagh bt78 1ha]] but the form keeps rejecting it, do i need capitals",
    "Write a Google review for the café on the corner of our street. Please don't include our address ([[STREET_ADDRESS|5 Weavers Row, Hebden Bridge HX7 8AD]]), I just mean for context it's 2 minutes away.",
    "Het pakket moet naar [[STREET_ADDRESS|Kerkstraat 61, 3581 RC Utrecht]]. Hoe vraag ik PostNL om het op een andere dag te bezorgen?",
    "We bought [[STREET_ADDRESS|1027 Wren Hollow Drive, Apex, NC 27502]] in 2019 for 310k. What's a realistic way to estimate its value now without an agent?",
]

# --- PII: passwords, PINs, door codes, usernames, account and other ids -----------------------
SECRETS_IDS: list[str] = [
    "the wifi password is [[PASSWORD|gänseblümchen_77]] and my dad can't type the ä on his laptop. is there a way to change it without locking everyone out",
    "My Netflix login is [[EMAIL_ADDRESS|mccarthy.fam@eircom.net]] / [[PASSWORD|Turf&Tea1998]]. Someone in Brazil is using it. How do I kick them off?",
    "Door code for the building is [[PASSWORD|4826#]] and the key safe is [[PASSWORD|0517]]. Write a check-in message for Airbnb guests with those in it.",
    "i forgot my bank pin. it's either [[PASSWORD|7093]] or [[PASSWORD|7039]], how many tries do i usually get before the card is blocked",
    "Is [[PASSWORD|Summer2024!]] a strong enough password for my work laptop? IT says it meets the rules.",
    "Write a note for the dog sitter: alarm code is [[PASSWORD|2580]], spare key under the blue pot, Mochi eats at 7 and 6.",
    "Our router admin is admin / [[PASSWORD|Kr0k0dyl!Zielony]] and I want to set up a guest network. Steps for a TP-Link?",
    "can u make my password more secure but still memorable? current one is [[PASSWORD|bananabread]]",
    "My student account: username [[ID_NUMBER|s2284719]], password [[PASSWORD|Lumos-Maxima-22]]. Moodle says 'invalid login'. What might be wrong?",
    "The garage door keypad is [[PASSWORD|1 9 8 4]] — I know, I know. How do I reset a Chamberlain keypad code?",
    "i set the ipad screen time passcode to [[PASSWORD|240611]] and now my kid has guessed it. how do i change it from my phone",
    "The shared Google account for the football club is [[EMAIL_ADDRESS|kilcoolefc.juniors@gmail.com]], pw [[PASSWORD|Kilcoole_U12s!]]. Should we use a password manager instead? Which one is free for clubs?",
    "Write an email to IT: my AD username is [[ID_NUMBER|mkowalsk2]] and I'm locked out after the password reset. I need access before the 2pm audit.",
    "Locker combination [[PASSWORD|31-07-45]] stopped working at the gym. Is there a way to reset a Master Lock dial?",
    "What's wrong with this .env? DB_USER=[[ID_NUMBER|jhalloran]] DB_PASS=[[PASSWORD|9fT#mQ2v!Lz8]] DB_HOST=db.internal",
    "My mum writes her passwords in a notebook, like 'Tesco - [[PASSWORD|Peggy1953]]'. Is that actually less safe than reusing one?",
    "The bike lock is [[PASSWORD|0-4-2-2]], can you write a note for [[PERSON|Anselm]] to borrow it this weekend?",
    "if my steam login is [[ID_NUMBER|xx_kroketten_xx]] can someone find my real name from it",
    "the gate code for grandma's complex is [[PASSWORD|*1207]] — write a reminder i can stick on the fridge for the carers",
    "Instagram handle [[ID_NUMBER|@lena.bakes.bremen]] got hacked and they changed the email. What do I do first?",
    "Account number [[ID_NUMBER|40-17-22 31758904]], they charged me twice for the same direct debit. Write a short complaint to the bank.",
    "Policy no. [[ID_NUMBER|HHX-7730-2291-AB]] — the insurer rejected my claim for the burst pipe. Draft an appeal.",
    "Patient ID [[ID_NUMBER|MRN 00482913]] — sorry, I'm a nurse writing discharge instructions and want them in plain English: take amoxicillin 500mg three times a day for 7 days.",
    "Please draft a letter to the DVLA: my driving licence number is [[ID_NUMBER|MORGA753116SM9IJ]] and the address on it is wrong.",
    "my passport number is [[ID_NUMBER|C4XP8R2K1]] do i need to put it on the esta form or just the booking",
    "Employee #[[ID_NUMBER|E-20417]] [[PERSON|Lucinda Harrow]] has been absent 9 days this quarter. Write a return-to-work meeting invite that isn't threatening.",
    "Order [[ID_NUMBER|#4471-99302]] for [[PERSON|Oskar Lindgren]] arrived with a cracked screen. Write a return request.",
    "Tax reference [[ID_NUMBER|48137 92265]] — HMRC says I owe £312 from 2022. How do I check if it's right?",
    "My library card number is [[ID_NUMBER|29104008713325]] and the app won't accept it. What do I tell the librarian?",
    "Our customer [[PERSON|Reinhold Auer]] (Kundennummer [[ID_NUMBER|KD-558-20931]]) wants a refund after 40 days. We allow 30. What's a kind but firm reply?",
    "Membership ID [[ID_NUMBER|GYM-0099-1832]] — I want to freeze my gym membership for 2 months while I'm in Vietnam. Write the email.",
    "my uni login is [[ID_NUMBER|ab19472]] and the printers say insufficient credit but i topped up yesterday, who do i contact",
    "Frequent flyer [[ID_NUMBER|BA 31044729]] — the miles from my trip to Muscat haven't appeared. How long should I wait before claiming?",
    "Claim reference [[ID_NUMBER|CLM/2023/118407]] for [[PERSON|Tendai Moyo]]. Summarise the timeline below into 3 bullet points: filed 2 Feb, assessor 19 Feb, offer 4 Mar, rejected 6 Mar.",
    "Write a SQL query that finds all orders for customer_id 77 — no wait, the real one is [[ID_NUMBER|CUST-204417]], put that in.",
    "My Revolut username is [[ID_NUMBER|@andrijana_k]], what's the safest way to ask my friends to pay me back for the cabin?",
    "The Tinder match said her name is [[PERSON|Selin]] and her Snapchat is [[ID_NUMBER|selinnn.ist]]. Is it normal to move to Snapchat this fast?",
    "Github user [[ID_NUMBER|okechukwu-dev]] keeps opening spammy PRs on my repo. How do I block him?",
    "Visa application number [[ID_NUMBER|GWF071284933]] — it's been 9 weeks. Help me write a polite chaser.",
    "Hospital number [[ID_NUMBER|RX4 882 019]] for my dad, [[PERSON|Alwyn Pritchard]]. The outpatient letter says 'TIA query'. What does that mean?",
    "case number [[ID_NUMBER|2023-FAM-00831]] is my divorce, the court sent a form E, what is that and do i have to fill it all in",
    "Can you reformat this for our staff directory? [[PERSON|Nkechi Obi]], staff no. [[ID_NUMBER|88120]], Radiology, 2nd floor",
    "The pharmacy says my prescription number [[ID_NUMBER|RX-90331287]] is on hold because of insurance. What should I ask my insurer?",
    "Student number [[ID_NUMBER|20231187]] and candidate number [[ID_NUMBER|4412]] — which one goes on an exam paper?",
    "Our PayPal is [[EMAIL_ADDRESS|cakes.by.marisa@gmail.com]], can you write a small sign for the stall telling people how to pay?",
    "Xbox gamertag [[ID_NUMBER|FrostyPerogi88]] got banned for 'cheating' and my son swears he didn't. How do we appeal?",
    "I'm a GP receptionist. How should I write a text reminder for patient [[PERSON|Agata Nowicka]], NHS number [[ID_NUMBER|943 476 5919]], about her smear test without saying too much in the SMS?",
    "Social insurance number [[ID_NUMBER|718 329 055]] — Service Canada says it's expired because I was a temporary resident. What now?",
    "Mi DNI es [[ID_NUMBER|48293615D]] y me piden el NIE también para el contrato de alquiler. ¿No es lo mismo?",
    "Mijn BSN is [[ID_NUMBER|618294077]] en de Belastingdienst vraagt me een machtiging aan te vragen. Hoe werkt dat?",
    "My Aadhaar is [[ID_NUMBER|4821 7730 5926]] and the name on it is spelt [[PERSON|Sreelakshmi]] but my PAN has [[PERSON|Sree Lakshmi]]. Which do I correct?",
    "SSN [[US_SSN|512-38-4471]] — I think someone used it to open a credit card. What are the first three things to do?",
    "I'm filling in a W-4. My social is [[US_SSN|623-07-9158]]; does my spouse's income go on mine if we file jointly?",
    "My CPF is [[ID_NUMBER|483.927.615-37]] and the Receita says it's 'pendente de regularização'. O que isso significa?",
    "Codice fiscale [[ID_NUMBER|RSSGLI88C52H501O]] — the tessera sanitaria never arrived at my new address. Who do I ask?",
    "PESEL [[ID_NUMBER|92071314580]], mój syn ma mieć nowy dowód. Czy musi iść ze mną do urzędu?",
    "National Insurance number [[ID_NUMBER|JT 48 17 92 C]]. My payslip shows tax code 1257L W1. Is that emergency tax?",
    "Tax file number [[ID_NUMBER|428 931 769]] — I've started a second job in Brisbane. Do I claim the tax-free threshold on both?",
    "Personnummer [[ID_NUMBER|890417-2387]], jag har flyttat till Malmö. Hur ändrar jag adressen hos Skatteverket?",
    "Steuer-ID [[ID_NUMBER|57 139 204 886]] — mein Arbeitgeber sagt, sie fehlt in ELStAM. Was muss ich tun?",
    "Please help: my son's Medicare card number is [[ID_NUMBER|2953 41877 1]] and the clinic says it doesn't match. Is the last digit the issue number?",
    "HKID [[ID_NUMBER|K482917(9)]] — what documents do I need to renew it after moving back from Vancouver?",
    "My Emirates ID [[ID_NUMBER|784-1989-4417302-4]] expires next month. Can I renew it online while I'm travelling?",
    "The SSN on my W-2 says [[US_SSN|447-82-0913]] but mine is [[US_SSN|447-82-0931]]. How does the employer fix it?",
    "Write a cover note for [[PERSON|Solange Mbeki-Traoré]], numéro de sécurité sociale [[ID_NUMBER|2 86 04 75 114 327 66]], pour accompagner son arrêt de travail.",
    "The NHS app shows [[ID_NUMBER|485 777 3457]] as my number but the letter says something different. Which one is right?",
]

# --- PII: cards, IBANs, IP addresses, API keys ------------------------------------------------
FINANCE_TECH: list[str] = [
    "I typed my card number [[CREDIT_CARD|4111 1111 1111 1111]] into a site that looked like Royal Mail. It asked for a £1.99 redelivery fee. Was that a scam and what do I do now?",
    "Card ending... actually here's the whole thing: [[CREDIT_CARD|5555 5555 5555 4444]], exp 09/27. Why would a payment be declined if I have money in the account?",
    "Can you check if [[CREDIT_CARD|4242424242424242]] passes the Luhn check and explain each step?",
    "my amex [[CREDIT_CARD|3782 822463 10005]] got charged by a company called 'PXT*SRV LTD', no idea who that is. how do i dispute",
    "Write a message to the hotel: please charge the deposit to [[CREDIT_CARD|4012 8888 8888 1881]] (name on card: [[PERSON|Evadne Okoro]]), not the card I booked with.",
    "The Stripe checkout rejects [[CREDIT_CARD|5105-1051-0510-5100]] with 'incorrect_cvc' even though the CVC is right. What else could cause that?",
    "Someone on Facebook Marketplace asked me to send my card number, [[CREDIT_CARD|6011 0009 9013 9424]], to 'verify' before buying my sofa. Did I just get scammed?",
    "mum read her card out loud on the phone in the café: [[CREDIT_CARD|4000 0566 5566 5556]]. should she cancel it?",
    "Booking form filled for my dad, [[PERSON|Hamish Cruickshank]]: card [[CREDIT_CARD|3530 1113 3330 0000]], expiry 11/26. Can you double check the format before I submit?",
    "I need to split this between two cards, [[CREDIT_CARD|2223 0031 2200 3222]] and [[CREDIT_CARD|4263 9826 4026 9299]]. How do online shops usually handle split payments?",
    "Is it safe to store [[CREDIT_CARD|371449635398431]] in a note on my phone if the phone has Face ID?",
    "The gym keeps charging [[CREDIT_CARD|5425 2334 3010 9903]] after I cancelled. Write a chargeback request.",
    "what's the bank for card [[CREDIT_CARD|4988 4388 4388 4305]] from the first digits? it's not mine, a customer gave it and i want to check",
    "Expense claim for [[PERSON|Yevgenia Orlova]]: dinner with client, €184.50, paid with corporate card [[CREDIT_CARD|5200 8282 8282 8210]]. Write it up for finance.",
    "Please transfer the deposit to my account: [[IBAN_CODE|DE53 1203 0000 1074 5293 86]], [[PERSON|Friederike Lange]]. Write the bank transfer reference in German.",
    "Is [[IBAN_CODE|GB14BARC20714583926604]] a valid IBAN? My tenant says the transfer bounced.",
    "Mon IBAN : [[IBAN_CODE|FR87 2004 1010 0504 7318 562M 027]]. Écris un mail à mon employeur pour changer le compte de virement du salaire.",
    "Mi IBAN es [[IBAN_CODE|ES03 0182 2370 4502 0158 3649]], titular [[PERSON|Inmaculada Roig]]. ¿Cómo se lo pido a Hacienda para la devolución?",
    "Refund to [[IBAN_CODE|NL54 INGB 0005 8214 73]] please — write this as a short note to the airline.",
    "My landlord [[PERSON|Valentino Esposito]] wants rent to [[IBAN_CODE|IT35 X054 2811 1010 0000 0734 521]] but the contract has a different IBAN. Should I worry?",
    "numer konta [[IBAN_CODE|PL03 1090 1014 0000 7121 9812 8743 10]], napisz sms do kolegi żeby oddał mi 200 zł za bilety",
    "For the invoice, the payee is [[PERSON|Ghislaine Wouters]], IBAN [[IBAN_CODE|BE68 5390 0754 7034]]. Make a clean invoice layout in Markdown.",
    "My salary goes into [[IBAN_CODE|IE46 BOFI 9000 1739 4512 08]]. I'm moving to Revolut. What do I tell payroll?",
    "Bitte prüfen: [[IBAN_CODE|AT61 1904 3002 3457 3201]] — die Überweisung an meinen Handwerker kam zurück.",
    "Write a wedding gift note: 'Instead of presents, contributions to our honeymoon fund: [[IBAN_CODE|CH46 0483 5083 9174 6200 J]]'. Make it less awkward.",
    "Swish isn't working so I'll pay to [[IBAN_CODE|SE45 5000 0000 0583 9825 7466]] — what's the cheapest way to send 3000 SEK from a UK account?",
    "the club treasurer sent [[IBAN_CODE|HR38 1001 0051 8631 9247]] for the tour fees, is croatian iban 21 chars? looks short",
    "Paying my builder [[PERSON|Tiago Marques]]: [[IBAN_CODE|PT50 0002 0123 1234 5678 9015 4]]. Write the WhatsApp confirming I sent 1.200€.",
    "Why can I SSH to my home server from [[IP_ADDRESS|203.0.113.47]] but not from my phone's hotspot?",
    "Our office IP is [[IP_ADDRESS|198.51.100.23]] and the client's firewall needs it whitelisted. Write the request email.",
    "my ex keeps logging into my spotify, the login history shows [[IP_ADDRESS|81.147.22.190]]. can i find out where that is",
    "Fail2ban banned [[IP_ADDRESS|192.0.2.118]], which is my own laptop at home. How do I unban and whitelist it?",
    """Explain this log line:
[[IP_ADDRESS|203.0.113.9]] - [[ID_NUMBER|rkaminski]] [12/Mar/2024:10:41:07 +0000] "POST /admin/login HTTP/1.1" 401 512""",
    "Wordpress shows a comment from [[IP_ADDRESS|2001:db8:4f2a::17]] threatening my sister. Can the police do anything with an IP?",
    "The Plex server at [[IP_ADDRESS|192.168.1.44]] is only visible on wifi, not remotely. Port forwarding steps for a BT Smart Hub?",
    "I run a small forum. User [[ID_NUMBER|velvetcrow]] posts from [[IP_ADDRESS|198.51.100.201]] and [[IP_ADDRESS|198.51.100.202]] under two accounts. Is banning by IP enough?",
    "nginx access log: [[IP_ADDRESS|185.220.14.66]] hit /wp-login.php 3000 times in 10 minutes. Write a rate limit rule.",
    "Our CCTV NVR is at [[IP_ADDRESS|10.0.8.25]], login [[ID_NUMBER|garethw]], password [[PASSWORD|Hikv!s10n_Gate]]. How do I let my wife see the cameras on her phone without port forwarding?",
    "Which country is [[IP_ADDRESS|41.203.67.12]] likely in, roughly? A 'customer' claims to be in Germany.",
    "The printer got [[IP_ADDRESS|172.16.40.7]] from DHCP and now the Macs can't find it. Static lease or change the driver?",
    "Write an abuse report to the hosting company about repeated scans from [[IP_ADDRESS|203.0.113.250]] against my home IP [[IP_ADDRESS|86.14.203.77]].",
    "My OpenAI key is [[API_KEY|sk-proj-Vq3LrT8nZk2WmYx5Hc7JdA9pF1sGe4Ub6]] and I get 429 errors after 3 requests. Am I on the free tier?",
    "why does this fail? requests.get(url, headers={'Authorization': 'Bearer [[API_KEY|ghp_4tQz9LmW2xVcB7nR8kPyH3sJ6dF1gA0eUo5i]]'}) -> 401",
    "I accidentally pushed AWS_ACCESS_KEY_ID=[[API_KEY|AKIA4QX7LMBN2T5RZ8WE]] and AWS_SECRET_ACCESS_KEY=[[API_KEY|f9Kc2pXr7Wq+Lm3Zt8Vb/Hn5Jd0Ys4Ge6Ua1Ro2T]] to a public repo 10 minutes ago. What do I do right now?",
    "Slack bot token [[API_KEY|xoxb-5520913847-6631028475-Kd8wPq3ZrTm2Vn7Hx4Yc9Lbj]] stopped working after I renamed the app. Do I need to reinstall it?",
    "Google Maps key [[API_KEY|AIzaSyD7k2Lq9XwVr3Nt5Pm8Hc1Zb4Jf6Gy0TsE]] shows 'RefererNotAllowedMapError'. How do I allow localhost?",
    """config.yaml for my bot, why won't it load?
telegram:
  token: "[[API_KEY|6123984471:AAGz8Qm4KfW2rNp7Tx3HvLc9Yb5Jd1Ue6Ro]]"
  admin_id: [[ID_NUMBER|448172903]]""",
    "Is it fine to hardcode SENDGRID_API_KEY = '[[API_KEY|SG.r4Tq9mZx2Lw.Kp7Vn3Hc8Yb5Jd1Fs6Ge0Ua2Qo4Xi9Lt3Wm7Zr1Ck5]]' in a Flask app if the repo is private?",
    "Our Mailchimp key [[API_KEY|3f9c2a7d81e64b0fa5c3d92e7b148a60-us21]] leaked in a screenshot. How do I rotate it without breaking the signup form?",
    "curl -H 'x-api-key: [[API_KEY|anth-live-7Rk2QpX9mLz4Tv8Wn3Hc5Jb1Yd6Fs0Ge]]' gives me 'invalid x-api-key'. Is there a typo-prone part of the format?",
    "Help me write a GitHub Actions step that uses a secret instead of this: DEPLOY_TOKEN=[[API_KEY|glpat-Xk8vR2mQz7Lp4Wn9Tc3H]]",
    "HuggingFace token [[API_KEY|hf_QmR7tLx2VnK9pZw4Hc8Jd3Yb6Fs1GeUa5Ro]] — can other people use it to download my private models?",
    "Twilio: account SID [[ID_NUMBER|AC7f3e9b2d41c86a05e7d9f2b3c1a48e60]], auth token [[API_KEY|9c4e7a1f2d8b3605e9a7c1d4f2b86e03]]. Why do my SMS show as 'undelivered' to Indian numbers?",
]

# --- PII: pasted records: CSV, JSON, YAML, SQL, logs, code, forms, tickets, notes -------------
STRUCTURED: list[str] = [
    """Convert this CSV to a Markdown table:
name,email,phone
[[PERSON|Aurelio Pintus]],[[EMAIL_ADDRESS|a.pintus@tiscali.it]],[[PHONE_NUMBER|+39 347 555 0192]]
[[PERSON|Bridget Ogundipe]],[[EMAIL_ADDRESS|bridget.ogundipe@yahoo.co.uk]],[[PHONE_NUMBER|07700 900712]]
[[PERSON|Caspar Holmqvist]],[[EMAIL_ADDRESS|caspar@holmqvist.se]],[[PHONE_NUMBER|+46 70 555 18 44]]""",
    """Why does json.loads fail on this?
{"customer": "[[PERSON|Farrukh Tashkentova]]", "email": "[[EMAIL_ADDRESS|farrukh.t@mail.ru]]", "loyalty_id": "[[ID_NUMBER|LY-00921734]]",}""",
    """INSERT INTO patients (first_name, last_name, dob, nhs_no) VALUES ('[[PERSON|Morwenna]]', '[[PERSON|Trelawney-Pascoe]]', '1979-02-11', '[[ID_NUMBER|731 902 5582]]');
-- this throws 'column count doesn't match', what am I missing?""",
    """can u make this yaml valid
user:
  name: [[PERSON|Radek Horáček]]
  login: [[ID_NUMBER|rhoracek]]
  password: [[PASSWORD|Pivo&Knedliky42]]
   role: editor""",
    """Ticket #88213
Customer: [[PERSON|Ilona Varga]]
Account: [[ID_NUMBER|ACC-55102-HU]]
Issue: cannot log in after changing phone. 2FA codes go to old number [[PHONE_NUMBER|+36 30 555 4719]].
Please write a first-line support reply.""",
    """Turn this into a friendly reminder email:
Attendee list – first aid course, Sat 9:00
1. [[PERSON|Tadhg Fennelly]] – [[EMAIL_ADDRESS|tadhgf@eircom.net]]
2. [[PERSON|Precious Dube]] – [[EMAIL_ADDRESS|precious.dube@webmail.co.za]]
3. [[PERSON|Hyacinth Ambrose]] – [[EMAIL_ADDRESS|hya.ambrose@gmail.com]]""",
    """HR note, please tidy up the language:
[[PERSON|Gaspard Fontaine]] (emp [[ID_NUMBER|FR-3391]]) came in late 6 times in Feb, says it's childcare. Spoke with him 4/3. agreed flexi start 9:30 for 2 months, review after.""",
    """def send_welcome():
    to = "[[EMAIL_ADDRESS|oyinkansola.balogun@proton.me]]"
    name = "[[PERSON|Oyinkansola]]"
    smtp.sendmail(FROM, to, f"Hi {name}, welcome!")
# this sends but the name shows as {name}. why?""",
    """Meeting notes 14/05 – kitchen refurb
Present: [[PERSON|Harriet Quill]], [[PERSON|Osagie Edo]], [[PERSON|Piotr Mazur]]
- [[PERSON|Osagie]] to get 3 quotes by Fri
- [[PERSON|Harriet]] checks budget w/ finance
- [[PERSON|Piotr]] books skip
Can you turn this into a short email to the whole floor?""",
    """Please fill in the missing fields and flag anything odd:
Full name: [[PERSON|Anastasia Petridou]]
Date of birth: 03/08/1991
Address: [[STREET_ADDRESS|Odos Ermou 42, 10563 Athina]]
Phone: [[PHONE_NUMBER|+30 694 555 2718]]
Emergency contact:
Relationship: """,
    """log from our app, why is the user getting logged out?
2024-04-02T08:11:53Z INFO login ok user=[[ID_NUMBER|nadia.benali]] ip=[[IP_ADDRESS|203.0.113.64]]
2024-04-02T08:12:07Z WARN token refresh failed user=[[ID_NUMBER|nadia.benali]] reason=clock_skew
2024-04-02T08:12:07Z INFO logout user=[[ID_NUMBER|nadia.benali]]""",
    """Rewrite as a formal letter:
to whoever deals with parking fines, my car reg is irrelevant here, the ticket was issued to [[PERSON|Wendell Okafor-Briggs]] at [[STREET_ADDRESS|14 Ravenscroft Road, Beckenham BR3 4TR]] but he sold me the car in January. PCN [[ID_NUMBER|BX40917726]].""",
    """Fix my regex, it should match all the emails in this list but misses the second:
[[EMAIL_ADDRESS|lukas.brenner@gmx.at]]
[[EMAIL_ADDRESS|m_o'connell@eircom.net]]
[[EMAIL_ADDRESS|yui.sato+news@docomo.ne.jp]]
pattern: [\\w.]+@[\\w.]+""",
    """Sort these by surname:
[[PERSON|Zeynep Arslan]]
[[PERSON|Callum Strachan]]
[[PERSON|Beatrix von Hohenau]]
[[PERSON|Lwazi Khumalo]]
[[PERSON|Ana Sofía de la Cruz]]
[[PERSON|Mac Tíre]]""",
    """Parents' WhatsApp, can you summarise what was actually decided?
[[PERSON|Joanne]] ([[PERSON|Poppy]]'s mum): so is it the 15th or 16th
[[PERSON|Segun]]: 16th works
[[PERSON|Amira K]]: 16th, I'll bring plates
[[PERSON|Joanne]] ([[PERSON|Poppy]]'s mum): ok 16th it is, my number for the booking is [[PHONE_NUMBER|07700 900349]]""",
    """The script below writes to the wrong column. Why?
ws.append(["[[PERSON|Kalinda Murray]]", "[[ID_NUMBER|EMP-7741]]", "[[EMAIL_ADDRESS|kalinda.murray@outlook.com.au]]"])
ws.cell(row=2, column=3).value = "[[PHONE_NUMBER|0491 572 665]]\"""",
    """Please write a cover letter from this profile:
Name: [[PERSON|Adaeze Chukwu]]
Email: [[EMAIL_ADDRESS|adaeze.chukwu.cv@gmail.com]]
Phone: [[PHONE_NUMBER|+44 7700 900926]]
LinkedIn: linkedin.com/in/[[ID_NUMBER|adaeze-chukwu-pm]]
Role: Product Manager at a fintech, 6 yrs experience""",
    """Our Jira export has these reporters, how do I anonymise them in Excel before sharing?
Reporter,Key,Summary
[[ID_NUMBER|slevchenko]],OPS-114,VPN drops
[[ID_NUMBER|amcallister]],OPS-115,printer jam floor 2
[[ID_NUMBER|tbrathwaite]],OPS-118,laptop won't boot""",
    """Help me reply to this email:
From: [[PERSON|Dagny Fjeld]] <[[EMAIL_ADDRESS|dagny.fjeld@online.no]]>
Hi, I'm interested in the flat on [[STREET_ADDRESS|Thorvald Meyers gate 61, 0552 Oslo]]. Is it still available and can I view it on Thursday?
Mvh [[PERSON|Dagny]]""",
    """Can you find the bug? The test passes locally but fails in CI.
def test_user():
    u = User(name="[[PERSON|Perpetua Nwosu]]", email="[[EMAIL_ADDRESS|perpetua.nwosu@kcl.ac.uk]]")
    assert u.initials() == "PN\"""",
    """Shipment manifest, check the totals add up:
Consignee: [[PERSON|Guillermo Ibarra]], [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]]
Tel: [[PHONE_NUMBER|+52 55 5550 2281]]
Items: 12 x 4.5kg, 3 x 10kg
Declared total: 84kg""",
    """Doctor's letter, explain in plain words:
Re: Mrs [[PERSON|Kaur]], DOB 12/06/1958, Hosp no [[ID_NUMBER|K2209183]]
Impression: mild LV systolic dysfunction, EF 45%. Plan: ramipril 2.5mg od, repeat echo 6/12.""",
    """Please reformat for the school office:
Child: [[PERSON|Oisín Duggan]] (Y3)
Collected by: [[PERSON|Gráinne Duggan]] (mum) or [[PERSON|Fiachra Duggan]] (uncle)
Password for collection: [[PASSWORD|lighthouse]]""",
    """Rewrite this LinkedIn About section, it's cringe:
Hi I'm [[PERSON|Thandeka]]! Passionate about people. Reach me at [[EMAIL_ADDRESS|thandeka.zwane@icloud.com]] or [[PHONE_NUMBER|+27 82 555 0731]]. Let's connect!!!""",
    """Airflow DAG won't trigger. Connection config:
conn_id=warehouse
login=[[ID_NUMBER|etl_mbarros]]
password=[[PASSWORD|Q3r!vX9p#Barros]]
host=[[IP_ADDRESS|10.20.1.15]]
What's the usual cause?""",
    """Letter to the council, make it stronger:
From [[PERSON|Abdirahman Warsame]], [[STREET_ADDRESS|Flat 21, Beckett House, 3 Drayton Road, Leicester LE3 0HS]]
Ref: [[ID_NUMBER|HB/4419027]]
My housing benefit was stopped without notice.""",
    """{
  "order_id": "[[ID_NUMBER|WX-20240611-8831]]",
  "buyer": {"name": "[[PERSON|Siddharth Menon]]", "phone": "[[PHONE_NUMBER|+91 90030 55127]]"},
  "ship_to": "[[STREET_ADDRESS|No. 14, 2nd Street, Gopalapuram, Chennai 600086]]"
}
Write a Python dataclass that matches this.""",
    """Sign-in sheet for the rehearsal, can you count who's coming to both days?
Sat: [[PERSON|Lavinia]], [[PERSON|Tolu]], [[PERSON|Marit]], [[PERSON|Esteban]]
Sun: [[PERSON|Tolu]], [[PERSON|Esteban]], [[PERSON|Dorcas]]""",
    """Git blame shows:
a13f9e2 ([[PERSON|Kristof Vanhoutte]] 2023-11-02) if retries > 3:
b7d0c11 ([[PERSON|Kristof Vanhoutte]] 2023-11-02)     raise
Explain what this code does and whether it's a bug.""",
    """Draft an email from our practice to the patient:
Patient: [[PERSON|Benedita Louro]]
Appt: 21/06 10:40, hygienist
Mobile on file: [[PHONE_NUMBER|912 555 038]]
Reason: moved due to staff sickness""",
    """Compare these two quotes and tell me which to pick:
A) [[PERSON|Rhys Penhaligon]] Roofing, [[PHONE_NUMBER|01872 555 019]] – £4,200, 10-year guarantee
B) Southwest Slate Ltd – £3,650, 5-year guarantee""",
    """Timesheet export, can you total hours per person?
[[PERSON|Nomvula]],Mon,7.5
[[PERSON|Nomvula]],Tue,8
[[PERSON|Kristjan]],Mon,6
[[PERSON|Kristjan]],Tue,9.5""",
    """Please write a reference request email. My details:
[[PERSON|Iolanthe Marsh]]
[[STREET_ADDRESS|58 Seaview Parade, Lyttelton, Christchurch 8082]]
[[PHONE_NUMBER|021 555 0847]]
Referee: Dr [[PERSON|Sione Taufa]], my old lab supervisor""",
    """Docker compose, why does postgres reject the password?
environment:
  POSTGRES_USER: [[ID_NUMBER|ddimitrov]]
  POSTGRES_PASSWORD: [[PASSWORD|Sofia$ummer1987]]""",
    """Text from the landlord, what is he actually asking?
'Hi [[PERSON|Ama]], it's [[PERSON|Delroy]]. The inspection is Tues. Pls leave the spare key in the box, code [[PASSWORD|3391]]. Cheers'""",
    """Make a seating plan for table 4 so nobody sits next to their partner:
[[PERSON|Horatio]] & [[PERSON|Belén]], [[PERSON|Kaito]] & [[PERSON|Ruth-Ellen]], [[PERSON|Tiernan]] & [[PERSON|Farida]]""",
]

# --- PII: all lower case, txt-speak ------------------------------------------------------------
LOWER: list[str] = [
    "omg [[PERSON|jasper]] just proposed at the top of arthur's seat!!! help me write a post that isnt cringe",
    "wat do i say 2 [[PERSON|nneka]] she thinks im mad at her but im not im just tired from work",
    "hey can u make a packing list for me n [[PERSON|tuomas]], 5 days lapland in feb, we r both always cold",
    "pls rewrite: hi mrs [[PERSON|ekwueme]] sorry [[PERSON|rahim]] wont b in 2day hes got a temp",
    "is it ok to ask [[PERSON|gülşen]] for the money back now or wait till payday, its been 2 months",
    "my number is [[PHONE_NUMBER|07700 900157]] if the courier asks. wait can u just write a note for the door saying ring this if no answer",
    "ugh [[PERSON|fergal]] ate the last of the birthday cake that was for [[PERSON|niamh]]. quick cake i can make in 40 mins??",
    "new bank pin [[PASSWORD|3360]] lol dont tell anyone. anyway whats the best way to remember pins without writing them down",
    "[[PERSON|dong-hyun]] n [[PERSON|yerin]] r coming for dinner n i cant cook. 3 things that look fancy but r easy",
    "should i tell [[PERSON|sipho]] his gf is cheating?? i saw her with someone at the mall. i dont want to be the bad guy",
    "email me the recipe at [[EMAIL_ADDRESS|bexx.hollings@yahoo.com]] jk u cant do that. just give me the recipe for lemon drizzle",
    "[[PERSON|marcelina]] keeps saying shes fine but she hasnt eaten properly in days. how do i help a friend with this",
    "can u check if [[STREET_ADDRESS|44 tollcross rd, glasgow g31 4xa]] is close to a gp surgery, just moved and need to register",
]

# --- clean: everyday requests with no personal data --------------------------------------------
CLEAN_EVERYDAY: list[str] = [
    "How long should I rest a roast chicken before carving, and does covering it with foil actually help?",
    "what can i make with leftover rice, two eggs, frozen peas and a sad half onion",
    "Plan a 3-day trip to Porto on a student budget. I like food markets and viewpoints, not museums.",
    "Explain the difference between a Roth IRA and a traditional IRA like I'm 20 and just got my first job.",
    "Is it cheaper to take the train or fly from Milan to Naples in late October?",
    "Write a Python function that takes a list of integers and returns the second largest, without sorting.",
    "My manager keeps asking for updates in three different tools. How do I suggest we use just one without sounding difficult?",
    "Convert 350°F to Celsius and tell me what gas mark that is.",
    "What's a good beginner houseplant for a north-facing room that I might forget to water?",
    "Give me a 20-minute bodyweight workout I can do in a hotel room without disturbing people below.",
    "Why does bread go stale faster in the fridge than on the counter?",
    "Help me write a polite message to a neighbour asking them to turn the music down after 11pm. I don't know their name.",
    "explain big O notation with a real life example pls",
    "How do I get from Schiphol airport to central Amsterdam at 6am?",
    "Is 2,147 a prime number? Show the quickest way to check by hand.",
    "Translate 'Where is the nearest pharmacy?' into Italian, Spanish and Portuguese.",
    "My SQL query with a LEFT JOIN returns fewer rows than I expect. What are the usual reasons?",
    "Suggest names for a book club that reads only books under 200 pages.",
    "How many tablespoons of butter is 100 grams?",
    "Write a short bedtime story about a lighthouse that is afraid of the dark.",
    "What's the etiquette for tipping in Japan? I'm going to Osaka in spring.",
    "In Excel, how do I count cells in column B that contain the word 'pending' anywhere in the text?",
    "Summarise the causes of the First World War in five bullet points for a Year 9 class.",
    "My teenager wants to dye their hair blue. What questions should I ask before saying yes?",
    "Can you explain what a mortgage offer's 'early repayment charge' is and when it applies?",
    "What should I pack for a week of hiking in the Dolomites in September?",
    "Rewrite this sentence to be clearer: 'The report which was written by the team that was formed last year was late.'",
    "How do I remove a red wine stain from a wool carpet?",
    "git says 'detached HEAD'. What does that mean and how do I get back to my branch?",
    "Ideas for a cheap but fun team-building afternoon for 12 people in a city centre?",
    "Is it safe to eat rice that's been left out overnight?",
    "What's the best way to learn touch typing as an adult? I'm stuck at 35 words per minute.",
    "help me decide: second hand car with 80k miles or a new small one on finance. i drive 6000 miles a year",
    "Write a regex that matches dates in the format YYYY-MM-DD and rejects month 13.",
    "Why do cats knead blankets?",
    "Explain the Monty Hall problem without any maths jargon.",
    "How do I ask for a deadline extension at university without sounding like I'm making excuses?",
    "Make a shopping list for a vegetarian lasagne for six.",
    "What's the difference between baking soda and baking powder and can I swap them?",
    "Recommend three podcasts about economics that aren't boring.",
    "I have a job interview for a warehouse supervisor role. What questions might they ask?",
    "Can you make a weekly cleaning schedule for a two-bedroom flat shared by three people?",
    "What are the rules for carrying liquids in hand luggage from Dublin?",
    "Write a CSS snippet that centres a div horizontally and vertically.",
    "How does compound interest work if it's compounded monthly instead of yearly?",
    "Draft a message to my team saying the office will be closed on Friday for maintenance.",
    "What's a good stretch for lower back pain after sitting all day?",
    "Best way to keep basil alive on a windowsill? Mine always dies in a week.",
    "How do I politely decline a wedding invitation from a colleague I'm not close to?",
    "Explain what an API is to my grandmother.",
    "A train leaves at 14:35 and the journey takes 2 hours 50 minutes. What time does it arrive?",
    "Give me ten icebreaker questions for a first meeting with a new volunteer group.",
    "How do I stop my glasses fogging up when I wear a mask?",
    "What's the capital of Mongolia and roughly how cold does it get in January?",
    "In JavaScript, what's the difference between == and ===?",
    "Ideas for a 40th birthday party that isn't in a pub.",
    "What vaccines do I need for a trip to Ghana?",
    "how long does it take to walk from the colosseum to the trevi fountain",
    "Write a limerick about a cat who thinks he's a dog.",
    "What's the difference between a will and a trust, in simple terms?",
    "My sourdough starter smells like nail polish remover. Is it dead?",
    "Can you make a revision timetable for six GCSE subjects over four weeks, Sundays off?",
    "How do I change a bike inner tube without tyre levers?",
    "Suggest a name for a small bakery that sells mostly cinnamon buns.",
    "Explain recursion with the example of Russian dolls.",
    "Is it better to pay off a credit card or build up an emergency fund first?",
    "Plan a toddler-friendly day in Copenhagen in the rain.",
    "Write a polite email to a company asking whether they have any internship openings this summer.",
    "What's the healthiest way to cook broccoli so it doesn't go mushy?",
    "How do I set up a Python virtual environment on Windows?",
    "Can you explain the offside rule in football in two sentences?",
    "what is the difference between affect and effect i always mix them up",
    "What are some good questions to ask at the end of a job interview?",
    "How much water should a 10kg dog drink per day?",
    "Describe the water cycle for a 7 year old.",
    "What should I check before signing a one-year lease on a flat?",
    "Make a packing checklist for a newborn's first overnight trip to the grandparents.",
    "I want to start running but I hate it. Any tricks to make it bearable?",
    "Give me a simple explanation of how vaccines train the immune system.",
    "How do I write a good commit message?",
    "Why is the sea salty but rivers aren't?",
    "Recommend some board games for four adults who don't like long rules.",
    "Write a short, upbeat LinkedIn post announcing that our team shipped a new feature. No names needed.",
    "What is the boiling point of water at 3,000 metres altitude?",
    "Is it worth getting a heat pump in a 1930s semi with no cavity wall insulation?",
    "Compare the climate of Lisbon and Valencia for a winter stay.",
    "How do I make my CV stand out for a graduate accounting role?",
    "my bash script says 'permission denied' when i run it. what do i do",
    "What's the proper way to introduce two people at a business dinner?",
    "Explain inflation and why prices don't go back down afterwards.",
    "Write a haiku about the first frost.",
    "How can I reduce my phone screen time without deleting social media?",
    "What does 'al dente' mean and how do I know when pasta is there?",
    "Can you help me plan a vegetable garden for a 3m by 2m raised bed?",
    "What's the quickest way to learn basic Greek phrases before a holiday in Crete?",
    "How does a refrigerator actually make things cold?",
    "Write a thank-you note to my child's teacher at the end of the school year. Keep it short.",
    "What happens to my pension if I change jobs in the UK?",
    "Solve for x: 3x + 7 = 2x - 5, and explain each step.",
    "Is there a rule of thumb for how much to spend on a wedding gift?",
]

# --- clean: requests a naive detector might flag (no private person, no contact data) ---------
CLEAN_TRICKY: list[str] = [
    "Why did Marie Curie win two Nobel prizes in different fields?",
    "Compare the leadership styles of Angela Merkel and Margaret Thatcher in 200 words.",
    "Explain Bayes' theorem with the classic medical test example.",
    "Who was Ada Lovelace and why is she called the first programmer?",
    "Write a short essay on how Chinua Achebe's Things Fall Apart responds to colonial literature.",
    "What's the difference between Crohn's disease and ulcerative colitis?",
    "Summarise the plot of Pride and Prejudice, focusing on Elizabeth Bennet and Mr Darcy.",
    "How did Serena Williams change women's tennis?",
    "Is Parkinson's law real? Work expands to fill the time available — any evidence for it?",
    "Recommend novels similar to those by Haruki Murakami.",
    "Why is the Abbey Road album cover so famous?",
    "Explain the Doppler effect using an ambulance siren.",
    "Who painted the Girl with a Pearl Earring and what do we know about the model?",
    "What happened at the Battle of Hastings and why was Harold's death important?",
    "Write a Python function that applies Dijkstra's algorithm to a small graph.",
    "Compare a Tesla Model 3 and a BMW i4 for a family with two kids.",
    "What is Alzheimer's disease and how is it different from ordinary forgetfulness?",
    "Did Galileo really drop balls from the Leaning Tower of Pisa?",
    "Who is Hermione Granger's patronus and what does it symbolise?",
    "What's the story behind the name of Ben & Jerry's?",
    "Explain Newton's third law with a skateboard example.",
    "Write a persuasive paragraph about why Frida Kahlo's self-portraits still matter.",
    "Summarise Martin Luther King Jr.'s 'I Have a Dream' speech in plain English.",
    "How does the Heimlich manoeuvre work?",
    "What's the difference between Sherlock Holmes in the books and in the BBC series?",
    "Is Lionel Messi or Cristiano Ronaldo better at free kicks statistically?",
    "Explain Ohm's law and give me three practice problems.",
    "Why did Vincent van Gogh cut off part of his ear?",
    "Give me a reading list on Nelson Mandela's years on Robben Island.",
    "How did Florence Nightingale use statistics to change hospital care?",
    "What's Murphy's law and where did the name come from?",
    "Plan a walking route in London that passes Baker Street, Carnaby Street and Savile Row.",
    "Why is Downing Street called that?",
    "Write a limerick about Darth Vader's breathing problems.",
    "Explain the Pythagorean theorem with a ladder against a wall.",
    "Who were the Brontë sisters and which of them wrote Wuthering Heights?",
    "How does Gmail's spam filter roughly work?",
    "What's the difference between a McDonald's in France and one in the US?",
    "Generate a UUID v4 in Python and explain why 550e8400-e29b-41d4-a716-446655440000 is often used in docs.",
    "Our app is on version 4.12.3-rc.2; what does semantic versioning say about moving to 5.0.0?",
    "Explain what SKU TX-4471-BLU-L could encode and how to design a sensible SKU scheme for a clothing shop.",
    "An invoice shows a subtotal of £1,284.50 plus 20% VAT. What's the total, and what if VAT is included already?",
    "This form template has 'John Doe, 123 Main Street, Anytown' as placeholder text. Is it better UX to use empty fields with labels?",
    "What is Asperger's syndrome called now and why did the name change?",
    "Write a SQL query that selects user_name and signup_date from the users table for signups in March.",
    "In Django, how do I make the email field unique on a custom User model?",
    "Why did Queen Victoria wear black for the rest of her life?",
    "Explain the Fibonacci sequence and where it shows up in sunflowers.",
    "Who is Atticus Finch and why has his reputation changed over time?",
    "What's the difference between Pilates and yoga?",
    "How did the Wright brothers fund their first flights?",
    "Summarise the main ideas of Keynes's General Theory in five bullets.",
    "Is the Mercator projection really that misleading? Show how Greenland compares to Africa.",
    "What's the origin of the word 'boycott'?",
    "Compare Beyoncé's Lemonade and Renaissance albums.",
    "Write a short biography of Wangari Maathai for a school assembly.",
    "Explain what Hamlet means by 'to be or not to be'.",
    "How does the Richter scale differ from the moment magnitude scale?",
    "Why do people call a certain kind of error a Heisenbug?",
    "What's in a classic Caesar salad and was it named after Julius Caesar?",
    "Write a function in Go that hashes a password with bcrypt; use a placeholder variable called password.",
    "Explain the plot of Don Quixote in simple Spanish for a B1 learner.",
    "How does the Kelvin scale relate to Celsius?",
    "The commit hash is 9f3c2a1e7b and the build number 20240611.3 — how do I tag this release in git?",
    "Who were Lewis and Clark and what route did they take?",
    "What is Down syndrome and what causes it?",
    "Is Grace Hopper really the person who coined the term 'bug'?",
    "Explain the Turing test and whether modern chatbots pass it.",
    "Write a review of the Rolling Stones' Exile on Main St. in the style of a 1972 music critic.",
    "What made Usain Bolt so fast compared with other sprinters?",
    "Tell me about the history of Rue de Rivoli in Paris.",
    "Why was Wall Street named after a wall?",
    "What does the Hubble constant measure and why is there tension about its value?",
    "Create a fake dataset schema for a tutorial: columns first_name, last_name, email, phone, with no actual values.",
    "How did Pelé become so famous outside Brazil?",
    "Is Frankenstein the name of the monster or the doctor?",
    "Explain the Coriolis effect and whether it affects how a sink drains.",
    "Summarise Malala Yousafzai's Nobel lecture.",
    "What are Kepler's three laws of planetary motion?",
    "Which Agatha Christie novel should I start with if I liked Knives Out?",
    "Design a JSON schema for a contact form with name, email and message fields, all required.",
    "Why is the Fahrenheit scale still used in the US?",
    "How did Genghis Khan manage such a huge empire without modern communications?",
    "In the Simpsons, why is Homer's job at the power plant a running joke?",
    "What's a Ponzi scheme and how did Charles Ponzi's version actually work?",
    "Explain the Stroop effect and design a quick classroom demo.",
    "Who was Amelia Earhart and what are the main theories about her disappearance?",
    "My flight is LH 2417 on 14 May, seat 23C. What's the baggage allowance on Lufthansa economy light?",
    "Write a short poem in the style of Emily Dickinson about a bus stop.",
    "What is Tourette's syndrome and is swearing really common with it?",
    "Explain the Higgs boson to a curious 14 year old.",
    "Is it Jacuzzi or hot tub — is Jacuzzi a brand named after someone?",
    "How does the Dewey Decimal system organise a library?",
    "What made Steve Jobs's 2005 Stanford speech so memorable?",
    "Explain what a Gantt chart is and who Henry Gantt was.",
    "Who was Rosa Parks and why did her arrest matter?",
    "Translate 'Hope is the thing with feathers' into French and keep the rhythm if possible.",
    "The product code is 8710447312056 on the box — is that an EAN-13 barcode, and how is its check digit computed?",
    "Why do hurricanes get names like Katrina or Sandy, and who chooses them?",
    "Is the show Grace and Frankie worth watching if I liked Frasier?",
]


# --- checks and output ------------------------------------------------------------------------
def _edges(value: str) -> tuple[str, str]:
    """Look-behind and look-ahead that keep a match from starting or ending inside a word."""
    before = r"(?<![\w])" if value[0].isalnum() else ""
    after = r"(?![\w])" if value[-1].isalnum() else ""
    return before, after


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``value`` in ``text``."""
    before, after = _edges(value)
    return [(m.start(), m.end()) for m in re.finditer(before + re.escape(value) + after, text)]


def _covered(start: int, end: int, spans: list[Span], kinds: set[str] | None = None) -> bool:
    return any(
        s["start"] <= start and end <= s["end"] and (kinds is None or s["type"] in kinds)
        for s in spans
    )


def check_value(kind: str, value: str, where: str) -> None:
    """Type-specific checks of one labelled value."""
    if kind not in TYPES:
        raise ValueError(f"{where}: unknown type {kind}")
    if not value or value != value.strip():
        raise ValueError(f"{where}: padded or empty {kind} value {value!r}")
    if "[[" in value or "]]" in value:
        raise ValueError(f"{where}: nested mark in {value!r}")
    if kind == "PERSON" and TITLES.match(value):
        raise ValueError(f"{where}: title inside PERSON {value!r}")
    if kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        if not digits.isdigit() or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            raise ValueError(f"{where}: bad card {value!r}")
    if kind == "IBAN_CODE" and not iban_ok(value):
        raise ValueError(f"{where}: bad IBAN {value!r}")
    if kind == "EMAIL_ADDRESS" and not EMAIL.match(value):
        raise ValueError(f"{where}: bad e-mail {value!r}")
    if kind == "IP_ADDRESS":
        ipaddress.ip_address(value)
    if kind == "US_SSN" and not re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{9}", value):
        raise ValueError(f"{where}: bad SSN {value!r}")
    if kind == "PHONE_NUMBER" and sum(c.isdigit() for c in value) < 7:
        raise ValueError(f"{where}: short phone {value!r}")


def build_pii(marked_texts: list[str]) -> list[dict[str, object]]:
    rows = []
    for i, marked in enumerate(marked_texts, 1):
        rid = f"blind3-pii-{i:04d}"
        text, spans = strip_marks(marked)
        if not spans:
            raise ValueError(f"{rid}: no spans in {marked[:60]!r}")
        if "[[" in text or "]]" in text:
            raise ValueError(f"{rid}: malformed mark in {marked[:60]!r}")
        for a, b in pairwise(spans):
            if b["start"] < a["end"]:
                raise ValueError(f"{rid}: overlapping spans {a!r} {b!r}")
        for span in spans:
            check_value(span["type"], span["value"], rid)
        # every occurrence of a labelled value is labelled
        for value in {s["value"] for s in spans}:
            for start, end in _occurrences(text, value):
                if not _covered(start, end, spans):
                    raise ValueError(f"{rid}: unlabelled repeat of {value!r}")
        # every name token of a PERSON value is labelled wherever it stands alone
        for span in spans:
            if span["type"] != "PERSON":
                continue
            for token in re.findall(r"[^\W\d_][\w'’-]*", span["value"]):
                if len(token) < 3 or token.lower() in PARTICLES:
                    continue
                for start, end in _occurrences(text, token):
                    if not _covered(start, end, spans, {"PERSON", "EMAIL_ADDRESS", "ID_NUMBER"}):
                        raise ValueError(f"{rid}: unlabelled name token {token!r}")
        rows.append(record(rid, PII_SOURCE, text, spans))
    return rows


def build_clean(texts: list[str]) -> list[dict[str, object]]:
    rows = []
    for i, text in enumerate(texts, 1):
        rid = f"blind3-clean-{i:04d}"
        if "[[" in text or "]]" in text:
            raise ValueError(f"{rid}: mark in a clean text {text[:60]!r}")
        if EMAIL_ANYWHERE.search(text):
            raise ValueError(f"{rid}: e-mail in a clean text {text[:60]!r}")
        rows.append(record(rid, CLEAN_SOURCE, text, []))
    return rows


def check_sets(pii: list[dict[str, object]], clean: list[dict[str, object]]) -> None:
    """Counts, unique texts, names reused at most twice."""
    if len(pii) != PII_COUNT or len(clean) != CLEAN_COUNT:
        raise ValueError(f"counts: {len(pii)} pii, {len(clean)} clean")
    texts = [str(r["text"]) for r in pii + clean]
    dupes = [t[:60] for t, n in Counter(texts).items() if n > 1]
    if dupes:
        raise ValueError(f"duplicate texts: {dupes}")
    names: Counter[str] = Counter()
    for row in pii:
        spans = row["spans"]
        assert isinstance(spans, list)
        tokens = set()
        for span in spans:
            if span["type"] == "PERSON":
                for token in re.findall(r"[^\W\d_][\w'’-]*", span["value"]):
                    if len(token) >= 3 and token.lower() not in PARTICLES:
                        tokens.add(token.lower())
        names.update(tokens)
    reused = sorted(t for t, n in names.items() if n > 2)
    if reused:
        raise ValueError(f"names in more than two records: {reused}")


def main() -> None:
    pii = build_pii(
        NAMES_CUED + NAMES_BARE + CONTACT + SECRETS_IDS + FINANCE_TECH + STRUCTURED + LOWER
    )
    clean = build_clean(CLEAN_EVERYDAY + CLEAN_TRICKY)
    check_sets(pii, clean)
    write(PII_OUT, pii, report=True)
    write(CLEAN_OUT, clean, report=True)
    kinds: Counter[str] = Counter()
    records: Counter[str] = Counter()
    for row in pii:
        spans = row["spans"]
        assert isinstance(spans, list)
        kinds.update(s["type"] for s in spans)
        records.update({s["type"] for s in spans})
    for kind in sorted(kinds):
        print(f"  {kind:15} {kinds[kind]:4} spans in {records[kind]:3} records")
    lower = sum(str(r["text"]) == str(r["text"]).lower() for r in pii)
    print(f"  all lower case: {lower}/{len(pii)} pii texts")
    print(f"  PERSON in {records['PERSON']}/{len(pii)} pii texts")


if __name__ == "__main__":
    main()
