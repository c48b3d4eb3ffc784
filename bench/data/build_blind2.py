# ruff: noqa: E501
"""Build the second *blind* labelled chat test set for the privacy gate.

This file was written blind: its author did not read the detector's source,
its tests, its docs or the other benchmark data, and did not run the detector
while writing it.  Every person, number, address and secret below is invented.
Card numbers are well-known public test numbers (checked with Luhn), IBANs are
documentation-style examples (checked with mod 97), phone numbers come from
fictional / drama ranges or are obviously made up, emails use example or
made-up domains.

Texts carry inline marks ``[[TYPE|value]]``.  The script strips the marks,
computes character offsets, checks that ``text[start:end] == value``, and fails
loudly on an unknown type, a malformed mark, overlapping spans, a duplicate
text, a value that occurs unlabelled elsewhere in its text, a card number
failing Luhn or an IBAN failing mod 97.  It then writes:

* ``chat_pii_blind2.jsonl``   -- 400 texts, each with at least one span
* ``chat_clean_blind2.jsonl`` -- 200 texts without personal data

Run from the repository root::

    python3 bench/data/build_blind2.py
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bench/data is no package: put this folder on the path so that marks imports however we are run
sys.path.insert(0, str(HERE))

from marks import TYPES, Span, iban_ok, luhn_ok, record, strip_marks, write  # noqa: E402

PII_OUT = HERE / "chat_pii_blind2.jsonl"
CLEAN_OUT = HERE / "chat_clean_blind2.jsonl"
N_PII = 400
N_CLEAN = 200

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sgt", "Sir", "Dame", "Fr", "Rev")

MARK = re.compile(r"\[\[([^|\[\]]*)\|(.*?)\]\]", re.DOTALL)
LEFTOVER = re.compile(r"\[\[[A-Z_]*\|")

# ---------------------------------------------------------------------------
# PII texts.  Section 1: private people's names with some cue nearby.
# ---------------------------------------------------------------------------
PII_NAMES_CUED = [
    "Can you help me write a birthday message for my sister [[PERSON|Harriet]]? She's turning 30 and is obsessed with her allotment.",
    "hi, my name is [[PERSON|Tomasz Wiśniewski]] and i need a cover letter for a warehouse supervisor job, i have 6 years forklift experience",
    "Draft a polite email to my landlord, Mr. [[PERSON|Okonkwo]], saying the boiler has been broken since Monday and I have a newborn at home.",
    "Translate to Spanish: 'Dear [[PERSON|Camille]], thank you so much for looking after the kids on Saturday. We owe you one! Love, [[PERSON|Bea]]'",
    "My son [[PERSON|Dev]] has a maths test on fractions tomorrow, can you make 10 practice questions for a 9 year old with answers at the end?",
    "Rewrite this so it sounds less angry:\n\nHi [[PERSON|Gareth]],\nI've asked three times now for the invoice. Please send it today or I'm escalating.\n[[PERSON|Lindiwe]]",
    "Write a short eulogy for my grandfather [[PERSON|Henryk Zieliński]]. He drove trams in Kraków for 40 years, grew tomatoes on the balcony and never lost at chess.",
    "my boss [[PERSON|karen whitlock]] keeps scheduling meetings at 5pm on fridays. how do i bring it up without sounding lazy",
    "Please summarise this for my colleague [[PERSON|Yusuf Demir]] who missed the call: we agreed to push the launch to the 14th, cut the onboarding video and keep the price as is.",
    "Write a short thank-you card from me and my husband [[PERSON|Rafael]] to our neighbours [[PERSON|Ingrid]] and [[PERSON|Sven Lindqvist]] for watering the plants while we were away.",
    "I am Dr. [[PERSON|Amara Nwosu]], a GP in a busy practice. Please draft a referral letter template for dermatology that I can reuse.",
    "Can you proofread my best man speech? Opening: 'I've known [[PERSON|Callum]] since we were five, when he pushed me into a duck pond. [[PERSON|Callum]], I still haven't forgiven you.'",
    "Write a LinkedIn recommendation for [[PERSON|Priyanka Raghunathan]], who was my team lead at a logistics startup for two years. Mention she's calm in a crisis.",
    "my daughter [[PERSON|Zoë]] (7) wants a bedtime story about a dragon who is afraid of the dark. can the dragon be called Pip",
    "Reply to this for me, keep it short and friendly: 'Hey it's [[PERSON|Marco]] from the climbing gym, are you still up for bouldering on Thursday?'",
    "Write an out-of-office message. I'm away until 3 June with no email access; anything urgent should go to [[PERSON|Fiona MacLeod]] in accounts.",
    "Help me write a complaint to the courier. The driver's name in the app was [[PERSON|Bogdan]] and he threw the parcel over the gate in the rain.",
    "Please translate into Japanese, polite form: 'Good evening, my name is [[PERSON|Ellen Borg]]. I have a reservation for two nights starting tonight.'",
    "My mother-in-law [[PERSON|Rosalind]] is visiting for two weeks and uses a wheelchair. Suggest day trips from Edinburgh that are fully accessible.",
    "Write a resignation letter addressed to Ms. [[PERSON|Adebayo]], effective at the end of the month. Keep it grateful and brief.",
    "I'm organising a surprise party for my coworker [[PERSON|Jun-seo]]. Write an invite for the team that doesn't mention how old he's turning.",
    "hey can u make this text to my ex sound more mature: '[[PERSON|jordan]] i dont want the sofa back just keep it and stop messaging my mum'",
    "Our new intern is called [[PERSON|Aoife Ní Bhriain]]. How do I pronounce her name, and can you write a friendly welcome message for the team channel?",
    "Write a reference letter for our former nanny, [[PERSON|Maricel Dela Cruz]], who worked with our family from 2019 to 2023 and was wonderful with the twins.",
    "Make this more formal and sign it as [[PERSON|Hendrik van der Meulen]], Facilities Manager: 'lift is broken again, engineers come tuesday, use the stairs pls'",
    "My grandmother, Nonna [[PERSON|Pina]], left me her recipe for ragù written in Italian dialect. Can you help me translate it? 'Pigghia na cipudda...'",
    "Hi! I'm [[PERSON|Sipho]] and I'm learning Python. Why does my for loop print the last item of the list twice?",
    "Write a text to my brother [[PERSON|Olek]] reminding him it's his turn to drive dad to dialysis on Wednesday at 7am.",
    "Compose a formal apology from our clinic to Mrs. [[PERSON|Fernández-Ortega]] for the two-hour wait at her appointment last Tuesday.",
    "my gf [[PERSON|Mei]] and i are going to lisbon in may, plan 3 days w/ lots of food, we dont like museums much",
    "Please write a poem for my wife [[PERSON|Ayşe]] for our tenth anniversary. Mention Istanbul and the Kadıköy ferry where we met.",
    "Draft a message to parents: our class teacher, Mrs [[PERSON|Thornbury]], is on leave, and Mr [[PERSON|Patel]] will cover Year 4 until half term.",
    "hello this is [[PERSON|Jean-Baptiste Moreau]] writing from Lyon, can you correct my english in this email to a hotel before i send it",
    "Can you write a congratulations message for my colleague [[PERSON|Kwabena Asante]], who just became a chartered engineer?",
    "I need a character reference for court for my friend [[PERSON|Liam O'Rourke]]. He's a volunteer firefighter and a devoted dad of three.",
    "write a dating app bio for my friend [[PERSON|Stacey]], she's a vet nurse, loves horror films and hates coriander with a passion",
    "My neighbour [[PERSON|Gordon]] keeps parking across my driveway. Write a firm but friendly note I can leave on his windscreen.",
    "Help me respond to my tenant [[PERSON|Nadia Haddad]], who asked whether she can get a cat. I'm fine with it but want an extra pet deposit.",
    "Write an email to Prof. [[PERSON|Ingeborg Halvorsen]] asking for a two-week extension on my thesis chapter because of a family emergency.",
    "In the message below, replace 'the client' with our contact's name, [[PERSON|Rutendo]]: 'Please confirm the client has received the samples and is happy with the colours.'",
    "Summarise the feedback for [[PERSON|Haruto Sato]]'s performance review into three sentences: strong on delivery, needs to document more, great mentor to juniors.",
    "Please write a toast for my parents' 40th wedding anniversary. Their names are [[PERSON|Dolores]] and [[PERSON|Ernesto]] and they met at a dance in Valparaíso.",
    "i think my flatmate [[PERSON|becca]] is eating my food. how do i bring it up without it turning into a massive fight",
    "Our babysitter [[PERSON|Ilse]] is leaving after six years. What gift would be meaningful for under 100 euros?",
    "Can you help my dad, [[PERSON|Vikram Choudhary]], pick a password manager? He's 72, uses an iPad and an old Windows laptop.",
    "Write a 60-word speaker bio for the programme: Dr [[PERSON|Olamide Bankole]], researcher in soil microbiology, works on cassava root health.",
    "Kindly draft a leave letter to the school principal explaining that my ward [[PERSON|Ananya Iyer]] of class 6B was absent due to fever from 3rd to 6th.",
    "Help me text my rugby coach, everyone calls him [[PERSON|Tank]], that I'll miss training this week because of my shoulder.",
    "Translate into German for our au pair [[PERSON|Lotte]]: 'Please pick up [[PERSON|Max]] from kindergarten at 3 and don't let him have sweets before dinner.'",
    "Write a Valentine's card message for [[PERSON|Sunny]], my boyfriend, who is a firefighter and a truly terrible cook.",
    "could u help me write an email to my sons teacher mr [[PERSON|ambrose]] about the bullying on the school bus, it's been going on since october",
    "This is my aunt [[PERSON|Ljubica]]'s recipe for sarma. Can you convert the grams to US cups? 500 g rice, 1 kg minced pork, 2 onions...",
    "Write a farewell message from the whole team to [[PERSON|Björn]], who is retiring after 31 years in the warehouse.",
    "My cousin [[PERSON|Thabo Mokoena]] wants to study mechanical engineering in Germany. What documents does he need for a student visa from South Africa?",
    "Help me write a condolence note to [[PERSON|Hiroko]], whose husband passed away last week. I only met him a couple of times.",
    "Write a two-minute introduction for our keynote speaker, my colleague [[PERSON|Marguerite Oyelaran-Smith]], who leads our flood-modelling group.",
    "My husband [[PERSON|Will]] and I want to split chores fairly. Make a weekly rota for two working adults and two kids aged 8 and 11.",
    "Can you make my text to [[PERSON|Grace]] sound less needy? 'hey just checking if you got my last three messages??'",
    "I'm [[PERSON|Mohammed Al-Farsi]], I run a small bakery in Muscat. Write an Instagram caption for our new date-and-cardamom cake.",
    "write a msg to my roomate [[PERSON|tay]] that rent is due friday and she still owes me for the internet from march",
    "Please write a welcome note for our new tenant, Mr. [[PERSON|Abernathy-Quayle]], explaining bin days and where the stopcock is.",
    "My stepson [[PERSON|Kieran]] is 15 and refuses to do homework. Any advice that doesn't turn every evening into a battle?",
]

# ---------------------------------------------------------------------------
# Section 2: names with no cue: bare subjects, lower case, surnames alone,
# names that are ordinary words or places, many languages and scripts.
# ---------------------------------------------------------------------------
PII_NAMES_BARE = [
    "[[PERSON|Dominik]] wants the Q3 numbers split by region. Can you write a SQL query that groups revenue by region and quarter from the orders table?",
    "what should i get [[PERSON|ottilie]] for her birthday, she's into pottery and true crime podcasts, budget about 40 quid",
    "[[PERSON|Chen Jing]] said the deployment failed again. Is it the same timeout as yesterday? The log just says 'upstream connect error or disconnect/reset before headers'.",
    "Summarise for the noticeboard: [[PERSON|Faith]] takes over payroll from next week and [[PERSON|Desmond]] moves to procurement.",
    "[[PERSON|Paris]] can't make Saturday's rehearsal, can you rework the schedule so her scenes move to Sunday afternoon?",
    "[[PERSON|Gallagher]] thinks we should drop the supplier. Give me pros and cons of switching packaging suppliers in the middle of the season.",
    "Rewrite more politely: [[PERSON|Sørensen]], your report was late again and full of mistakes. This can't continue.",
    "Is it weird to invite [[PERSON|Florence]] to the wedding but not her new partner? We've never met him.",
    "[[PERSON|Austin]] and [[PERSON|Georgia]] both want the window seat on a 6-hour drive. Suggest a fair way to decide that a 10 and 12 year old will accept.",
    "Make a markdown shift rota: [[PERSON|Ruth]] Mon/Wed, [[PERSON|Ibrahim]] Tue/Thu, [[PERSON|Kasia]] Fri, nobody at weekends, 9-5 each.",
    "who's right? [[PERSON|Mark]] says tomatoes are a fruit and [[PERSON|Dawn]] says they're a vegetable. settle it please",
    "[[PERSON|Nakamura]] asked for the slides as a PDF. How do I export from Keynote to PDF with the speaker notes included?",
    "Write a WhatsApp message asking [[PERSON|Babajide]] whether the truck has left the depot and when it will reach Abuja.",
    "[[PERSON|Xiomara]] is allergic to peanuts and tree nuts. Suggest five party snacks for 20 kids that are safe for her.",
    "[[PERSON|Kowalczyk]] and [[PERSON|Brennan]] are arguing about tabs vs spaces in the PR again. Write a neutral team style rule we can pin.",
    "please congratulate [[PERSON|Ngozi]] on the promotion, something warm but professional for slack",
    "[[PERSON|Hope]] called about the broken window at the rental. What's a landlord's legal timeline for repairs in Ontario?",
    "translate into french: [[PERSON|Benedikt]] will arrive late, start dinner without him and keep a plate warm",
    "Do we have to pay [[PERSON|Elif]] for the extra hours she worked over Christmas if her contract says she's salaried?",
    "why does [[PERSON|Anneliese]] keep getting logged out of Teams every hour? she's on a macbook with the desktop app",
    "[[PERSON|Rocco]] walks our dogs three times a week. Can you draft a simple written agreement covering pay, keys and cancellations?",
    "write a limerick about [[PERSON|Siddharth]] always being late to standup",
    "[[PERSON|Brooklyn]] got a detention for having her phone out during lunch. Help me write a note to the school disputing it.",
    "[[PERSON|de Vries]] wants the contract in English and Dutch. Translate this clause: 'The tenant shall maintain the garden in good order.'",
    "[[PERSON|O'Connell]] left a voicemail about the boundary fence. What are my options if the neighbour refuses to share the cost?",
    "[[PERSON|Magnus]] forgot his insulin pen at school. What should I tell the teacher to do until I get there in 40 minutes?",
    "lunch with [[PERSON|Rania]] and [[PERSON|Tomás]] thursday, pick a place near Södermalm that does both vegan and halal",
    "Turn into a bulleted list: [[PERSON|Ama]] brings drinks, [[PERSON|Kofi]] brings chairs, [[PERSON|Efua]] handles the music, I do food.",
    "[[PERSON|Summer]] wants two weeks off in August. How do I reply when half the team is already off then?",
    "[[PERSON|Łucja]] przesłała mi umowę najmu, możesz przetłumaczyć ten fragment na angielski? 'Najemca zobowiązuje się do terminowego regulowania opłat.'",
    "[[PERSON|王芳]]说明天的会议改到下午三点，请帮我写一封邮件通知大家。",
    "[[PERSON|田中さくら]]さんへのお礼のメールを書いてください。先週、資料を送ってくれました。",
    "[[PERSON|김서연]] 씨에게 보낼 생일 축하 메시지를 한국어로 써 주세요. 회사 동료예요.",
    "Переведи на английский: [[PERSON|Ольга Петровна]] просила перенести встречу на пятницу.",
    "[[PERSON|Γιώργος]] λέει ότι το ενοίκιο αυξάνεται από τον Σεπτέμβριο. Can you translate that and suggest a reply?",
    "ترجم إلى الإنجليزية: [[PERSON|فاطمة الزهراني]] ستصل إلى المطار الساعة السابعة مساءً.",
    "[[PERSON|नेहा]] ने कहा कि बिल गलत है। please translate and draft a polite reply in english",
    "[[PERSON|Nguyễn Thị Hoa]] hasn't confirmed the booking for the team dinner yet. Draft a gentle reminder.",
    "[[PERSON|Sigríður Jónsdóttir]] and [[PERSON|Einar]] are joining the Reykjavík trip. Update the packing list for six people instead of four.",
    "[[PERSON|Kovács Anna]] presents first, then [[PERSON|Szabó Péter]]. Write an agenda for the 9:00 meeting with 20 minutes each and a break.",
    "is it rude that [[PERSON|chidi]] didn't reply to the group chat for a week? he definitely read it",
    "[[PERSON|Rhiannon]] reckons the sourdough failed because the starter was too young. Could she be right? It didn't rise at all.",
    "[[PERSON|Bartholomew]]'s cat has been sneezing for three days. Is that worth a vet visit or does it usually pass?",
    "should [[PERSON|jake]] and i split the deposit 50/50 if he's got the bigger room and the ensuite",
    "[[PERSON|Mateus]] fell off his bike and his wrist is swollen and purple. A&E or wait until the GP opens?",
    "[[PERSON|Wanjiru]] wants to know if she can claim home office costs on her taxes in Kenya. Explain it simply.",
    "[[PERSON|Fitzgerald]] approved the overtime budget. Write a memo to the night shift explaining the new overtime rules.",
    "[[PERSON|Lucía]] y [[PERSON|Andrés]] llegan el viernes, ¿me ayudas a escribir un mensaje de bienvenida para el grupo?",
    "make a packing list for [[PERSON|Otto]], he's 4 and we're camping two nights in the Black Forest in September",
    "[[PERSON|Ravi]] and [[PERSON|Stephanie]] broke the build. Explain this gradle error: Could not resolve all files for configuration ':app:debugCompileClasspath'.",
    "write a short speech for [[PERSON|Precious]]'s graduation from nursing school, from her proud aunt",
    "[[PERSON|Jansen]] says the invoice was paid on the 3rd but our system shows nothing. How do I check the status of a SEPA transfer?",
    "what do i even say to [[PERSON|dimitri]] after forgetting our anniversary. be honest",
    "Plan a 5-a-side rota so [[PERSON|Baz]], [[PERSON|Robbo]], [[PERSON|Kev]], [[PERSON|Deano]] and [[PERSON|Sully]] each sit out one half over the season.",
    "[[PERSON|Charity]] has been off sick for three weeks with no note. What's the UK process for asking an employee for a fit note?",
    "[[PERSON|Hamish Drummond-Hay]] wants the minutes by 5. Tidy these notes: budget ok, venue tbc, catering 3 quotes, next mtg 12th",
    "[[PERSON|Tiago]] keeps sending me voice notes, is there a way to auto-transcribe them on WhatsApp?",
    "[[PERSON|Aroha Ngata]] asked for a Māori greeting for the newsletter. What would be appropriate for a primary school audience?",
    "[[PERSON|Baker]] from the night shift said the freezer alarm went off twice. What temperature log should we keep for a commercial kitchen?",
    "can you explain to [[PERSON|doreen]] how to video call on her new android, step by step, big words, she's 84",
    "[[PERSON|Joaquín de la Peña]] wants a quote for 300 branded umbrellas. Write a reply asking for logo files and delivery date.",
    "[[PERSON|Aditi]] vs [[PERSON|Rohan]] in the chess club final, make a fun announcement for the school assembly",
    "[[PERSON|Kaito]] got 62% on his physics mock. Suggest a 6-week revision plan focusing on mechanics and electricity.",
    "[[PERSON|Oyelaran]] signed off on the change request but [[PERSON|Mbeki-Walters]] hasn't. Write a chaser email to the second approver.",
    "Do you think [[PERSON|Sasha]] is being reasonable? She wants the kids every Christmas because her family is bigger.",
]

# ---------------------------------------------------------------------------
# Section 3: names (and other identifiers) inside pasted emails, chat logs,
# meeting minutes, CSV / JSON rows, code fixtures and log lines.
# ---------------------------------------------------------------------------
PII_STRUCTURED = [
    """Summarise this thread in two lines:

From: [[PERSON|Imogen Fairweather]] <[[EMAIL_ADDRESS|imogen.fairweather@example.com]]>
To: [[PERSON|Rajesh Pillai]]
Subject: Re: venue

[[PERSON|Raj]], the hall is booked for the 21st. Can you sort out the PA system and the chairs? Thanks, [[PERSON|Imogen]]""",
    """fix the grammar in this support chat for our training doc, keep the names:
[10:02] Agent [[PERSON|Luis]]: hi how can i help u today
[10:03] Customer: hi its [[PERSON|Adaeze Obi]], my order never came and tracking says delivered
[10:04] Agent [[PERSON|Luis]]: sorry to hear that [[PERSON|Adaeze]] can u confirm the postcode""",
    """Convert this CSV to JSON, one object per row:
name,email,team
[[PERSON|Signe Halvorsen]],[[EMAIL_ADDRESS|signe.h@example.org]],Data
[[PERSON|Tariq Mahmood]],[[EMAIL_ADDRESS|t.mahmood@example.org]],Platform
[[PERSON|Li Wen]],[[EMAIL_ADDRESS|liwen@example.org]],Design""",
    """This pytest fixture fails with KeyError: 'phone'. Why?

@pytest.fixture
def customer():
    return {"first_name": "[[PERSON|Marisol]]", "last_name": "[[PERSON|Quintero]]", "tel": "[[PHONE_NUMBER|+1 202 555 0143]]"}""",
    """why is the charge failing? logs:
2024-03-11T09:14:22Z INFO auth login ok user=[[ID_NUMBER|mfischer]] ip=[[IP_ADDRESS|203.0.113.45]]
2024-03-11T09:14:25Z ERROR billing charge failed customer="[[PERSON|Marta Fischer]]" card=****4242 reason=insufficient_funds""",
    """Turn these minutes into action items with owners:
Attendees: [[PERSON|Priya]], [[PERSON|Tomasz]], [[PERSON|Ifeoma]], [[PERSON|Gustavo]]
- [[PERSON|Priya]] to chase legal on the NDA
- website copy: [[PERSON|Gustavo]] + [[PERSON|Ifeoma]], due Fri
- [[PERSON|Tomasz]] unsure about budget, follow up next week""",
    """Make this JSON valid, it won't parse:
{"patient": "[[PERSON|Hélène Marchetti]]", "mrn": "[[ID_NUMBER|MRN-00482913]]", "allergies": ["penicillin",], "gp": "Dr [[PERSON|Osei]]"}""",
    """Can you turn this email into a short reply accepting the offer?

---
Hi [[PERSON|Wojciech]],
Following your interview with [[PERSON|Samantha]] and me, we're pleased to offer you the role of Junior Analyst starting 1 September. Please confirm by Friday.
Kind regards,
[[PERSON|Declan Furey]]
People Team
---""",
    """Sort these rows by surname:
[[PERSON|Ngata, Tama]]
[[PERSON|Abara, Chinonso]]
[[PERSON|Zeller, Ruth]]
[[PERSON|Ferreira, Inês]]""",
    """nginx is returning 403 for one user only, here's the access log:
[[IP_ADDRESS|198.51.100.23]] - [[ID_NUMBER|k.obrien]] [12/Feb/2024:16:01:44 +0000] "GET /reports/q4.xlsx HTTP/1.1" 403 153
[[IP_ADDRESS|198.51.100.23]] - [[ID_NUMBER|k.obrien]] [12/Feb/2024:16:01:51 +0000] "GET /reports/ HTTP/1.1" 403 153""",
    """Write a unit test for this function using the sample data:

users = [
    {"id": 1, "name": "[[PERSON|Esperanza Ruiz]]", "email": "[[EMAIL_ADDRESS|esperanza.ruiz@example.net]]"},
    {"id": 2, "name": "[[PERSON|Kofi Boateng]]", "email": "[[EMAIL_ADDRESS|kboateng@example.net]]"},
]

def find_by_email(users, email):
    return next(u for u in users if u["email"] == email)""",
    """summarise this whatsapp group chat from the school parents:
[[PERSON|Shelley]]: who's doing the cake stall
[[PERSON|Arjun]]: me and [[PERSON|Dee]] can do 10-12
[[PERSON|Dee]]: yep. [[PERSON|Shelley]] can u ask Mrs [[PERSON|Ortiz]] if we can use the hall
[[PERSON|Shelley]]: will do x""",
    """Extract the dates from this email:

Dear [[PERSON|Alasdair]],
Your appointment with our physiotherapist [[PERSON|Ewa Nowak]] is on 14 March at 10:20. If you need to cancel, call [[PHONE_NUMBER|0131 496 0724]] at least 24h in advance.
Reception""",
    """Here is a row from our HR export, what columns are we missing for payroll in the UK?
employee_id,full_name,start_date,ni_number,dept
[[ID_NUMBER|E-20417]],[[PERSON|Gwendolyn Price]],2021-05-04,[[ID_NUMBER|QQ 12 34 56 C]],Finance""",
    """Debug this Django traceback:
  File "/app/orders/views.py", line 88, in checkout
    send_receipt(order.customer.email)
  ...
smtplib.SMTPRecipientsRefused: {'[[EMAIL_ADDRESS|o.adeyemi@example.co.uk]]': (550, b'5.1.1 mailbox unavailable')}
customer name in the order is [[PERSON|Oluwaseun Adeyemi]] if that helps""",
    """Translate this voicemail transcript to English:
"Hallo, hier ist [[PERSON|Jürgen Baumann]] von der Hausverwaltung. Der Wasserzähler wird am Dienstag abgelesen. Rufen Sie mich zurück unter [[PHONE_NUMBER|030 12345678]]." """,
    """Clean up these meeting notes and make them sound professional:

standup 3/4
- [[PERSON|pete]] blocked on API creds
- [[PERSON|amina]] finished the export job, needs review
- [[PERSON|lars]] out thurs/fri
- ask [[PERSON|henrique]] about the staging db""",
    """Format these as a proper table:
[[PERSON|Ines Castelo Branco]] | [[PHONE_NUMBER|+351 912 345 678]] | Lisbon office
[[PERSON|Rui Tavares]] | [[PHONE_NUMBER|+351 936 111 222]] | Porto office""",
    """this yaml fixture breaks our seed script, find the error:
contacts:
  - name: [[PERSON|Bridget Nakashima]]
    email: [[EMAIL_ADDRESS|bridget.n@example.com]]
   phone: "[[PHONE_NUMBER|(555) 010-4477]]"
  - name: [[PERSON|Lorenzo Bellini]]
    email: [[EMAIL_ADDRESS|lbellini@example.com]]""",
    """Summarise the complaint and suggest a response:

Ticket (priority: normal)
From: [[PERSON|Dagny Solberg]]
"I was charged twice for the same order. My account name is [[ID_NUMBER|dagny_s]]. This is the second time. I want a refund today." """,
    """Rewrite this Slack message thread as a short incident summary:
[[PERSON|marcus]]: db cpu at 100% since 02:10
[[PERSON|yasmin]]: rolled back the migration, still high
[[PERSON|marcus]]: killing long queries now
[[PERSON|felix]]: back to normal 02:47""",
    """write a SQL INSERT for these new staff:
[[PERSON|Aleksandra Popović]], started 2024-01-08, [[EMAIL_ADDRESS|a.popovic@example.rs]]
[[PERSON|Nikola Đorđević]], started 2024-01-15, [[EMAIL_ADDRESS|n.djordjevic@example.rs]]""",
    """Can you shorten this cover email, it's too long:

Dear Hiring Manager,
My name is [[PERSON|Farida Yusupova]] and I am writing to apply for the position of Senior Accountant. I have over eight years of experience in audit... I can be reached at [[EMAIL_ADDRESS|farida.yusupova@example.com]] or [[PHONE_NUMBER|+44 7700 900418]].
Sincerely,
[[PERSON|Farida Yusupova]]""",
    """Parse this into name / role pairs in JSON:
"Present: Cllr [[PERSON|Dwyer]] (chair), [[PERSON|Beatrix Holm]] (clerk), [[PERSON|Oskar Lind]] (treasurer), [[PERSON|Amadou Diallo]] (member)" """,
    """my regex is not catching the second name, why?
text = "Signed by [[PERSON|Anne-Marie Lefèvre]] and [[PERSON|Gérard Lefèvre]] on 2 May"
re.findall(r"by ([A-Z][a-z]+ [A-Z][a-z]+)", text)""",
    """here's the guest list, group by table:
T1 [[PERSON|Moira]], [[PERSON|Cathal]], [[PERSON|Saoirse]]
T2 the [[PERSON|Okafor]] family x4
T3 Uncle [[PERSON|Fergal]], [[PERSON|Nuala]]""",
    """Why does this Go test fail with 'unexpected nil'?

func TestLookup(t *testing.T) {
    db := map[string]string{"[[ID_NUMBER|cust-55102]]": "[[PERSON|Halima Warsame]]"}
    got := Lookup(db, "[[ID_NUMBER|cust-55103]]")
    if got == nil { t.Fatal("unexpected nil") }
}""",
    """Reply to this on my behalf, saying yes to Tuesday:

> On Mon, [[PERSON|Bertrand Achterberg]] <[[EMAIL_ADDRESS|b.achterberg@example.nl]]> wrote:
> Could we move our call to Tuesday 10:00 CET? My number is [[PHONE_NUMBER|+31 6 12345678]] if the link fails.""",
    """Group these error lines by user:
WARN quota exceeded user_id=[[ID_NUMBER|u_83321]] email=[[EMAIL_ADDRESS|hanne.berg@example.no]]
WARN quota exceeded user_id=[[ID_NUMBER|u_10944]] email=[[EMAIL_ADDRESS|t.ikeda@example.jp]]
WARN quota exceeded user_id=[[ID_NUMBER|u_83321]] email=[[EMAIL_ADDRESS|hanne.berg@example.no]]""",
    """turn this into a nice email signature:
[[PERSON|Ruairí Mac Giolla]]
Operations Lead
m: [[PHONE_NUMBER|087 123 4567]]
e: [[EMAIL_ADDRESS|ruairi@harbourfreight.example]]""",
    """Summarise these minutes from the residents' association:
Mrs [[PERSON|Achebe]] raised the broken streetlight outside no. 14 again. [[PERSON|Colin]] will email the council. [[PERSON|Precious Nkosi]] offered to organise the litter pick on the 9th.""",
    """What's wrong with my CSV import? It says 'row 3: too many fields'.
id,name,city
1,[[PERSON|Yolanda Ferrer]],Valencia
2,"[[PERSON|Jiménez, Ramón]]",Sevilla
3,[[PERSON|Pilar Soto]],Madrid, Spain""",
    """Translate these two WeChat messages to English:
[[PERSON|李娜]]：明天我去机场接你，航班号发我一下。
[[PERSON|陈浩]]：好的，谢谢！我晚上八点到。""",
    """Fix the formatting of this contact card:
NAME:[[PERSON|Yaw Ofori-Atta]]  TEL:[[PHONE_NUMBER|+233 24 123 4567]]  MAIL:[[EMAIL_ADDRESS|yaw.ofori@example.com.gh]]""",
    """Explain what this log tells me:
Mar 02 22:41:07 vpn01 sshd[2211]: Failed password for [[ID_NUMBER|rkaur]] from [[IP_ADDRESS|192.0.2.77]] port 51022 ssh2
Mar 02 22:41:09 vpn01 sshd[2211]: Failed password for [[ID_NUMBER|rkaur]] from [[IP_ADDRESS|192.0.2.77]] port 51022 ssh2
Mar 02 22:41:12 vpn01 sshd[2211]: Accepted password for [[ID_NUMBER|rkaur]] from [[IP_ADDRESS|192.0.2.77]] port 51022 ssh2""",
    """Write alt text for each photo, captions from the family album:
1. Babcia [[PERSON|Zofia]] and [[PERSON|Tadeusz]] at the seaside, 1978
2. [[PERSON|Agnieszka]]'s first communion
3. [[PERSON|Tadeusz]] with the new Fiat""",
    """This mail merge puts the wrong name in the greeting. Template and data:
Dear {first_name},
data row: first_name=[[PERSON|Gunnhild]], last_name=[[PERSON|Aasen]], email=[[EMAIL_ADDRESS|gunnhild.aasen@example.no]]
output: Dear [[PERSON|Aasen]],""",
    """Minutes, board call 15/01 - please tidy:
present: [[PERSON|J. Okeke]] (chair), [[PERSON|M. Lindström]], [[PERSON|P. Ramaswamy]]
[[PERSON|Okeke]]: approve Q4 accounts - carried
[[PERSON|Ramaswamy]]: raised concern on supplier risk""",
    """Write a Python script that emails everyone in this list their login:
[[PERSON|Tereza Horáková]];[[EMAIL_ADDRESS|tereza.h@example.cz]];[[ID_NUMBER|thorakova]]
[[PERSON|Ondřej Beneš]];[[EMAIL_ADDRESS|ondrej.b@example.cz]];[[ID_NUMBER|obenes]]""",
    """What does this Android crash mean?
E/AndroidRuntime: FATAL EXCEPTION: main
java.lang.NullPointerException: Attempt to invoke virtual method on a null object reference
  at com.acme.profile.ProfileActivity.bind(ProfileActivity.kt:57)
D/Profile: loaded user {name=[[PERSON|Nomvula Dlamini]], phone=[[PHONE_NUMBER|+27 82 555 0147]]}""",
    """Summarise the email chain:
[[PERSON|Ahmed]]: can we get the samples by the 10th?
[[PERSON|Carolina]]: the factory says the 14th at the earliest
[[PERSON|Ahmed]]: ok, [[PERSON|Carolina]] please ask Mr [[PERSON|Thanh]] if air freight is possible""",
    """Fix this HTML form, the label isn't linked:
<label>Full name</label>
<input id="fullname" value="[[PERSON|Kalani Akana]]">
<input id="email" type="email" value="[[EMAIL_ADDRESS|kalani.akana@example.com]]">""",
    """Count how many times each person spoke in this transcript:
Interviewer: So how long did you work at the depot?
[[PERSON|Benoît]]: About three years.
Interviewer: And [[PERSON|Danielle]], you joined later?
[[PERSON|Danielle]]: Yes, in 2021. [[PERSON|Benoît]] trained me.""",
]

# ---------------------------------------------------------------------------
# Section 4: phone numbers and email addresses, many formats, often with names.
# ---------------------------------------------------------------------------
PII_CONTACT = [
    "Write a text to the plumber saying the leak is back. His number is [[PHONE_NUMBER|07700 900123]], can you make it short enough for an SMS?",
    "can you format this number properly for a UK business card [[PHONE_NUMBER|07700900456]]",
    "Put this on the flyer: Lost cat, grey tabby, answers to Biscuit. Call [[PERSON|Morag]] on [[PHONE_NUMBER|0161 496 0555]].",
    "My new mobile is [[PHONE_NUMBER|+44 7700 900987]], write a message to send to all my contacts letting them know I changed number.",
    "Draft an email to [[EMAIL_ADDRESS|accounts@brindlewood-joinery.example]] disputing invoice 4471, we were charged for 12 doors but only 10 were fitted.",
    "i keep getting 'invalid email' when i sign up with [[EMAIL_ADDRESS|Tess.Okoro+newsletter@example.com]], is the plus sign not allowed??",
    "Please help me write a voicemail greeting: 'You've reached the surgery line of Dr [[PERSON|Yuki Tanabe]], please leave your name and number.'",
    "For the school trip form: emergency contact [[PERSON|Lwazi Khumalo]], [[PHONE_NUMBER|+27 71 555 0190]]. Does the form also need a landline?",
    "Write a reminder email to the parents' committee and cc [[EMAIL_ADDRESS|pta.secretary@oakfield-primary.example.org]] about Friday's bake sale.",
    "my number changed from [[PHONE_NUMBER|(312) 555-0147]] to [[PHONE_NUMBER|(312) 555-0182]], write a short note for my clients",
    "Translate to Portuguese and keep the phone number: 'Please call me back on [[PHONE_NUMBER|+55 11 91234-5678]] after 6pm. [[PERSON|Thiago]]'",
    "How do I add [[PHONE_NUMBER|+91 98765 43210]] as a WhatsApp contact without saving it to my phone book?",
    "Write a complaint to the airline. I emailed [[EMAIL_ADDRESS|refunds@skylark-air.example]] four times from [[EMAIL_ADDRESS|g.anand@example.in]] and nobody answered.",
    "hey can u check this sounds ok: 'Hi [[PERSON|Rosa]], it's [[PERSON|Imran]] from the dentist, we have a cancellation tomorrow at 9, call [[PHONE_NUMBER|020 7946 0321]] to grab it'",
    "Our Japanese supplier's number is [[PHONE_NUMBER|+81 3-1234-5678]]. What time is it there when it's 9am in London, and how do I dial it?",
    "Can you write a reference request to my old manager at [[EMAIL_ADDRESS|h.mwangi@example.co.ke]]? His name is [[PERSON|Harrison Mwangi]].",
    "Is this a scam? I got a text from [[PHONE_NUMBER|+44 7700 900612]] saying my parcel is held and I need to pay £1.99 customs.",
    "add to my CV contact line: [[PHONE_NUMBER|0491 570 156]] | [[EMAIL_ADDRESS|kirra.watson@example.com.au]] | Brisbane",
    "Write an email to [[PERSON|Anouk]] at [[EMAIL_ADDRESS|anouk.dijkstra@example.nl]] asking if the apartment in Utrecht is still available from 1 October.",
    "My mum's number is [[PHONE_NUMBER|06 39 98 12 34]], how do I dial it from the UK? she's in Marseille",
    "Write a polite follow up to [[EMAIL_ADDRESS|recruiting@northwind-analytics.example]] about the data engineer role, I interviewed 3 weeks ago and heard nothing.",
    "can you turn this into a vcard: [[PERSON|Paolo Greco]], [[PHONE_NUMBER|+39 347 123 4567]], [[EMAIL_ADDRESS|paolo.greco@example.it]]",
    "Tell me how to block [[PHONE_NUMBER|212-555-0199]] on an iPhone, they call every day at dinner.",
    "write a message for the building group chat: new concierge number is [[PHONE_NUMBER|+34 612 34 56 78]], ask for [[PERSON|Marisa]]",
    "How should I reply to this? 'Dear user, your mailbox [[EMAIL_ADDRESS|t.lindgren@example.se]] is almost full, click here to upgrade.' Looks fishy.",
    "The client's direct line is [[PHONE_NUMBER|020 7946 0000 ext. 214]] and her name is [[PERSON|Philippa Crowe]]. Write a call script for booking a demo.",
    "My Chinese colleague gave me [[PHONE_NUMBER|138 0013 8000]] as her WeChat number. Can I add her on WeChat with a phone number?",
    "I run a cleaning business. Write a Google Business description ending with 'Call [[PERSON|Dorota]] on [[PHONE_NUMBER|07700 900741]]'.",
    "Please send the signed form back to [[EMAIL_ADDRESS|claims.team@example.com]] — can you write that sentence in formal Arabic?",
    "write a whatsapp msg to [[PHONE_NUMBER|+234 803 123 4567]] telling [[PERSON|Chinedu]] the generator part has arrived",
    "translate into korean: my phone number is [[PHONE_NUMBER|010-1234-5678]], please text me when the delivery arrives",
    "My landlord only answers email, [[EMAIL_ADDRESS|d.varga.lettings@example.hu]]. Draft a formal notice that the heating has been off for 5 days.",
    "Is it safe to put my email ([[EMAIL_ADDRESS|moe.tanaka@example.jp]]) in the public README of my GitHub project?",
    "Ring [[PERSON|Stan]] back on [[PHONE_NUMBER|0117 496 0123]] — can you write that as a polite note for the front desk whiteboard?",
    "Write a short bio for my freelance website, contact [[EMAIL_ADDRESS|hello@fenna-illustrates.example]] and phone [[PHONE_NUMBER|06-12345678]].",
    "how do i make outlook forward everything from [[EMAIL_ADDRESS|noreply@payroll.example.com]] to [[EMAIL_ADDRESS|s.begum@example.org]] automatically",
    "In Mexico do I need the 1 after +52 for mobiles? The number is [[PHONE_NUMBER|+52 55 1234 5678]].",
    "the guy from the garage texted from [[PHONE_NUMBER|07700 900389]] saying the car's ready, write a reply asking if they take card",
    "Help me write a message to my son's football coach: 'Hi [[PERSON|Dariusz]], [[PERSON|Kuba]] can't make Saturday, he's ill. [[PERSON|Anna]] [[PHONE_NUMBER|+48 512 345 678]]'",
    "Write a formal email to the embassy at [[EMAIL_ADDRESS|consular.enquiries@example.gov]] asking how long a visa renewal takes.",
    "Can you check if this Kenyan number looks valid: [[PHONE_NUMBER|0712 345 678]]? It's for an M-Pesa payment to [[PERSON|Achieng]].",
    "Set up a mail filter: anything from [[EMAIL_ADDRESS|ROSS.HAMILTON@EXAMPLE.COM]] goes to the 'Board' folder. Outlook web please.",
    "my swedish friend [[PERSON|Linnea]] gave me [[PHONE_NUMBER|070-123 45 67]], how do i write that with the country code",
    "Translate to Turkish: 'Please call [[PERSON|Emre]] at [[PHONE_NUMBER|0532 123 45 67]] to confirm the delivery time.'",
    "The form keeps rejecting my phone [[PHONE_NUMBER|+1-415-555-0162]], it wants 10 digits. How do I enter a US number without the country code?",
    "Write a reply to a customer who emailed from [[EMAIL_ADDRESS|bilal.hussain88@example.com]] asking why his order is delayed.",
    "remind me how to do email merge in gmail, first test email goes to [[EMAIL_ADDRESS|oksana.kravets@example.com]]",
    "Write a lost-property notice: found a blue backpack in room 2.14, ask for [[PERSON|Trevor]] at the porters' lodge or call [[PHONE_NUMBER|01632 960512]].",
    "My Dubai landlord's number is [[PHONE_NUMBER|+971 50 123 4567]]. Write a WhatsApp asking when the AC will be repaired, in simple English.",
    "pls fix my email signature, the number wraps weirdly: [[PERSON|Caoimhe Brady]] · Sales · [[PHONE_NUMBER|+353 20 912 3456]]",
    "Write an SMS template for appointment reminders that says reply STOP to opt out. Test it on my number [[PHONE_NUMBER|+61 491 570 110]] first — how?",
    "Send the minutes to [[EMAIL_ADDRESS|j.abernethy@example.ac.uk]] and [[EMAIL_ADDRESS|r.sutherland@example.ac.uk]] — draft the covering email please.",
    "can u help me write a msg to my old school friend, found her email [[EMAIL_ADDRESS|nkechi_eze@example.com]], havent spoken in 15 yrs",
    "Write an email to the nursery asking whether they have a place for September. Their address is [[EMAIL_ADDRESS|admissions@little-acorns.example.co.uk]].",
    "how do i send 5000 naira airtime to [[PHONE_NUMBER|08031234567]] on MTN, it's for my cousin [[PERSON|Ebuka]]",
]

# ---------------------------------------------------------------------------
# Section 5: street addresses from many countries, lower case, multi-line,
# PO boxes, apartments; usually with names or other identifiers.
# ---------------------------------------------------------------------------
PII_ADDRESSES = [
    "Write a letter to my council disputing a parking fine. My address is [[STREET_ADDRESS|42 Larkspur Close, Bramhall, Stockport SK7 2QP]] and the fine was issued on 3 April.",
    "can you format this as a proper envelope address: [[STREET_ADDRESS|flat 3b 19 marchmont crescent edinburgh eh9 1hd]] to [[PERSON|isla ferguson]]",
    """Translate this return label into French:

Return to:
[[PERSON|Oskar Brandt]]
[[STREET_ADDRESS|Lindenstraße 27
10969 Berlin]]""",
    "Draft a change-of-address email to my bank. Old: [[STREET_ADDRESS|88 Pemberton Road, Luton LU4 9AA]]. New: [[STREET_ADDRESS|Apt 12, 5 Canal Wharf, Leeds LS11 5PS]].",
    "How long would a courier take from [[STREET_ADDRESS|Calle de Toledo 114, 3º B, 28005 Madrid]] to Lisbon? It's a box of ceramics for my sister.",
    "Write a note to the delivery driver: leave parcels at the back door, the address [[STREET_ADDRESS|7 Quarry Lane, Little Barfield, CB9 4TR]] confuses the sat nav.",
    "hi i'm moving to [[STREET_ADDRESS|221 W 71st St Apt 4B, New York, NY 10023]] next month, what do i need to set up for utilities in NYC",
    "Fill this shipping form for me: name [[PERSON|Kenji Morimoto]], address [[STREET_ADDRESS|2-14-7 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]], item: books.",
    "Please write a formal complaint to the letting agent. I live at [[STREET_ADDRESS|Flat 6, 31 Hawthorne Avenue, Cardiff CF23 5JE]] and there's black mould in the bedroom.",
    "my nan lives at [[STREET_ADDRESS|14 wellington terrace, whitby yo21 3pa]], whats the easiest way to get there by train from manchester",
    "Write a cover note for the passport renewal. Send to: [[PERSON|Amélie Rousseau]], [[STREET_ADDRESS|12 rue des Lilas, 75011 Paris]].",
    "Is this a valid Australian postal address? [[STREET_ADDRESS|Unit 4/18 Mariner St, Manly NSW 2095]]",
    "Write directions for guests coming to our barbecue at [[STREET_ADDRESS|1187 Ridgecrest Drive, Boulder, CO 80303]] — parking is on the street only.",
    "Translate to Dutch: 'The keys are with the neighbour at [[STREET_ADDRESS|Prinsengracht 263-2, 1016 GV Amsterdam]], ring the top bell.'",
    "The warehouse wants a PO box on the invoice. Ours is [[STREET_ADDRESS|PO Box 4471, Wellington 6140]]. Where does it go on a NZ invoice?",
    "can u write a short letter to the water company, account at [[STREET_ADDRESS|9 Ffordd y Môr, Aberaeron SA46 0BB]], the bill doubled and nobody lives there in winter",
    """Turn this into a single-line address for a web form:
[[STREET_ADDRESS|Via Giuseppe Mazzini 45
Scala C, Interno 8
40137 Bologna BO]]""",
    "I need a landlord reference letter for [[PERSON|Tendai Moyo]], tenant at [[STREET_ADDRESS|33 Jacaranda Street, Hatfield, Pretoria 0083]] since 2020, always paid on time.",
    "Write an email to the school confirming our new address: [[STREET_ADDRESS|Rua Augusta 210, 2º Esq, 1100-053 Lisboa]]. Our daughter is [[PERSON|Leonor Matos]], class 4A.",
    "What council tax band is likely for a 2-bed flat like [[STREET_ADDRESS|Flat 2, 60 Gloucester Road, Bristol BS7 8AE]]? Just roughly.",
    "address for the wedding invites: Mr and Mrs [[PERSON|Chowdhury]], [[STREET_ADDRESS|House 12, Road 7, Dhanmondi, Dhaka 1205]] — how should I write it on the envelope?",
    "Generate a tenancy inventory checklist for [[STREET_ADDRESS|4 Birchfield Mews, Harrogate HG1 4LJ]], 3 bedrooms, furnished.",
    "Help me write to my MP about the bus route being cut. I'm at [[STREET_ADDRESS|15 Station Road, Kilwinning KA13 6NL]].",
    "Translate to Swedish and keep the address: 'Please deliver the sofa to [[STREET_ADDRESS|Götgatan 48, lgh 1102, 118 26 Stockholm]] between 8 and 12.'",
    "hey whats the nearest 24h pharmacy to [[STREET_ADDRESS|Hauptstraße 5, 8001 Zürich]]",
    "Our Canadian office: [[STREET_ADDRESS|400-1055 W Hastings St, Vancouver, BC V6E 2E9]]. Is the unit number in front correct for Canada Post?",
    "Write a Christmas card list in a table: Auntie [[PERSON|Val]] – [[STREET_ADDRESS|3 Orchard Way, Ely CB7 4XX]]; [[PERSON|Rui]] & [[PERSON|Sandra Pereira]] – [[STREET_ADDRESS|Av. da Liberdade 101, 4º, 1250-140 Lisboa]]",
    "I'm selling my bike on a marketplace. Should I give buyers my address ([[STREET_ADDRESS|56 Clover St, Fitzroy VIC 3065]]) or meet somewhere public?",
    "write a polite note for my new neighbours at [[STREET_ADDRESS|17 Kestrel Drive]] introducing myself, I'm [[PERSON|Beatriz]] from number 19",
    "The Indian courier needs a full address format. Mine is [[STREET_ADDRESS|Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038]]. Anything missing?",
    "Write a formal letter from [[PERSON|Gideon Asamoah]], [[STREET_ADDRESS|P.O. Box KA 9123, Airport, Accra]], requesting a copy of a birth certificate.",
    """Please correct the spelling in this address before I send the parcel:
Ms [[PERSON|Wiktoria Nowicka]]
[[STREET_ADDRESS|ul. Marszałkowska 84/92 m. 15
00-514 Warszawa]]""",
    "What's the etiquette for a housewarming at [[STREET_ADDRESS|8 Elmtree Rd, Galway H91 X2P4]]? Should I bring food or a plant?",
    "Email the insurer that the burst pipe was at [[STREET_ADDRESS|27 Sycamore Gardens, Norwich NR2 3JS]] on 8 January, policy holder [[PERSON|Derek Atherton]].",
    "what's the timezone for [[STREET_ADDRESS|3100 Lakeshore Blvd, Oakland, CA 94610]]? need to book a zoom with my uncle",
    "Make a moving checklist. From [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412]] to Kuala Lumpur in June.",
    "My grandmother wants to send a postcard to [[STREET_ADDRESS|Apartado 58, 29780 Nerja, Málaga]]. Is 'Apartado' a PO box?",
    "Write an airbnb house manual intro. Address: [[STREET_ADDRESS|Carrer de Verdi 32, 2n 1a, 08012 Barcelona]]. Host: [[PERSON|Núria]]. Check-in 3pm.",
    "Address this parcel properly: [[STREET_ADDRESS|c/o Sunrise Hostel, 88 Thamel Marg, Kathmandu 44600]] for [[PERSON|Pemba Sherpa]]",
    "fix capitalisation: [[STREET_ADDRESS|the old forge, main street, ballyconnell, co. cavan]]",
]

# ---------------------------------------------------------------------------
# Section 6: passwords, passphrases, PINs, API keys and tokens, usernames,
# IP addresses -- in config files, code, logs and plain prose.
# ---------------------------------------------------------------------------
PII_SECRETS = [
    "my wifi password is [[PASSWORD|Marmalade2019!]] but the new printer won't connect, it's an HP LaserJet, what do I try next?",
    """Why does docker compose fail to start postgres?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: [[ID_NUMBER|orders_svc]]
      POSTGRES_PASSWORD: [[PASSWORD|v7#Qm2!xLp9z]]
    ports:
      - "5432:5432"
""",
    "I keep forgetting my bank PIN, it's [[PASSWORD|4827]]. Give me a memory trick so I stop writing it on a post-it.",
    "Help me write an email to IT: I'm locked out, username [[ID_NUMBER|dokafor]], I reset the password to [[PASSWORD|Sunflower!88]] yesterday and now it says expired.",
    """This curl returns 401, what am I doing wrong?
curl https://api.example.com/v2/invoices -H "Authorization: Bearer [[API_KEY|sk_live_51Hc8ZqQeTz0bW4kR9xVn2mJpL7yGdA3fU]]" """,
    "Is [[PASSWORD|correct horse battery staple tulip]] a strong enough passphrase for my password manager's master password?",
    """fix my python, it says KeyError:
import os
OPENAI_KEY = "[[API_KEY|sk-proj-Xf93kLmQ2vR8tZp0aWcY4nB7eHs1dJ6uG5]]"
client = make_client(os.environ["OPENAI_KEY"])""",
    "what's wrong with this .env? the app can't connect\nDB_HOST=[[IP_ADDRESS|10.20.4.17]]\nDB_USER=[[ID_NUMBER|app_rw]]\nDB_PASS=[[PASSWORD|Tr1ckyP@ss-2024]]\nDB_PORT=5433",
    "Translate for my grandmother in Polish: 'The tablet password is [[PASSWORD|kwiatek12]], tap the blue icon to call me.'",
    "our router login is still admin / [[PASSWORD|hunter2]], how do i change it on a TP-Link Archer",
    """Explain this GitHub Actions failure:
Run git push https://[[API_KEY|ghp_4tQm8ZsX2vLc9RkJ0bYwN6pHd3eUfA7gT1oK]]@github.com/acme/site.git
remote: Permission to acme/site.git denied.""",
    "The door code for the office is [[PASSWORD|2580#]] and the alarm code is [[PASSWORD|7319]]. Write a short welcome email for the new cleaner with these.",
    "Write a bash script that logs into our FTP at [[IP_ADDRESS|203.0.113.88]] as [[ID_NUMBER|jtorvik_bk]] with password [[PASSWORD|Qz!84mnT]] and downloads last night's dump.",
    "why is my AWS CLI saying InvalidClientTokenId? config:\n[default]\naws_access_key_id = [[API_KEY|AKIAJ7XQ2MBNV4LZ8RTE]]\naws_secret_access_key = [[API_KEY|q9Wb+Tz3kLm8VfX1sYp0RuC7nHd5eJa2GvK4oQiE]]",
    "My daughter set her iPad passcode to [[PASSWORD|000000]] lol. Help me explain to a 10-year-old why that's a bad idea.",
    "Help me write the handover doc for the server: ssh [[ID_NUMBER|mkhalil]]@[[IP_ADDRESS|198.51.100.14]], sudo password is [[PASSWORD|blueHeron!55]], restart with systemctl restart shop.",
    "slack bot won't post, token is [[API_KEY|xoxb-2741936558-5520194837361-Ta8kLpQz3mVx9WnR2bYc4HdE]] and I get not_in_channel. what does that mean",
    "I'm setting up my mum's email. Account [[EMAIL_ADDRESS|patricia.gallo@example.com]], password [[PASSWORD|Rosebud1961]]. Write step-by-step instructions for adding it to the iPhone Mail app.",
    "Google Maps API keeps saying RefererNotAllowedMapError. key=[[API_KEY|AIzaSyD4xQm7Lk2ZpR9vT0bWcN8eHs3JfU1gY6o]] on localhost:3000",
    "Log says 'too many failed logins from [[IP_ADDRESS|192.0.2.146]]'. Is that one of ours? It's not the office address as far as I know.",
    "my netflix got hacked, my password was [[PASSWORD|password123]] — i know, i know. what should i do now, step by step",
    """kubernetes secret isn't being picked up, can you spot why?
apiVersion: v1
kind: Secret
metadata:
  name: stripe
stringData:
  STRIPE_SECRET: [[API_KEY|sk_test_9fK2mQxZ7vLp0RtYb3WcN8dHa]]
  WEBHOOK_SECRET: [[API_KEY|whsec_Lq7TzX2mK9pVb4NcR0yWd8Ha3Fj]]""",
    "Write a polite message to my housemate [[PERSON|Ollie]] saying I changed the wifi password to [[PASSWORD|pineapple-dungeon-42]] because his friends kept using it.",
    "How do I whitelist [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] in an nginx allow rule? It's my home IPv6.",
    "i shared my login on a call by accident, the username was [[ID_NUMBER|sam.okeke]] and the password [[PASSWORD|Lagos2Leeds!]], what should I change first",
    """What's causing this? SendGrid returns 403:
sg = SendGridAPIClient("[[API_KEY|SG.kT9xLm2QzR4v.Wb8NcY3pHd7eJa0fU5gK1oTq6sXiZ2rVmLcB9nA4yE]]")
sg.send(message)""",
    "The Zoom passcode for my therapy session is [[PASSWORD|681204]]. Can you write a calendar entry text with the link placeholder and that code?",
    "my gaming handle is [[ID_NUMBER|xX_NightOwl_Xx]] and someone is impersonating me on Discord, how do i report it",
    "Write an email to the school asking them to reset [[PERSON|Finn]]'s Google Classroom login. His username is [[ID_NUMBER|finn.mcc2014]].",
    """Firewall rule review, anything dangerous?
allow tcp from [[IP_ADDRESS|203.0.113.61]] to any port 22
allow tcp from [[IP_ADDRESS|192.168.10.50]] to any port 3306
deny all""",
    "I use the same password everywhere, [[PASSWORD|Chelsea#1905]]. Which accounts should I change first if I only have 20 minutes?",
    "help me understand this JWT, is it expired? [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1XzgzMzIxIiwiZXhwIjoxNzA5MjUwMDAwfQ.qL9xT2mZ7vKp4RbW0cN8dHs3JfU1gY6oAe5iVnXw]]",
    "Translate into Spanish: 'The gate code is [[PASSWORD|1-9-7-4]] and the key box password is [[PASSWORD|GATO]]. Welcome!'",
    "I set up a new twilio number but messages fail. ACCOUNT_SID=[[API_KEY|AC4f9e1b2c7d8a3e5f60b1c2d3e4f5a6b7]] AUTH_TOKEN=[[API_KEY|9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b]]",
    "the printer in room 3 has the static IP [[IP_ADDRESS|192.168.1.220]] but nobody can print to it after the router swap. ideas?",
    "Write a sticky note text for my dad: email [[EMAIL_ADDRESS|r.kowalski55@example.pl]], password [[PASSWORD|Wisla!1955]], don't share with anyone.",
    "My Instagram was @[[ID_NUMBER|mira.bakes.bristol]] and it got disabled. Write an appeal to Meta explaining I run a small cake business.",
    "ok so the hotspot password is literally [[PASSWORD|dragonfruit]] and my laptop says incorrect password, its a pixel 7, why",
    "Why is my Mailgun request 401? I pass api:[[API_KEY|key-3ax6xnjp29jd6fds4gc373sgvjxteol0]] as basic auth.",
    "Write a notice for the lab: the shared microscope PC login is [[ID_NUMBER|micro_lab]] / [[PASSWORD|Objective40x]], please log out after use.",
    "Our monitoring pinged [[IP_ADDRESS|172.16.40.9]] and [[IP_ADDRESS|172.16.40.10]] every minute and both time out. How do I check if ICMP is blocked?",
    "forgot my laptop PIN, it was either [[PASSWORD|1379]] or [[PASSWORD|9731]], after 5 tries windows locked me out, what now",
    "Explain what this means: 'Unauthorized: token [[API_KEY|hf_qWeRtYuIoPaSdFgHjKlZxCvBnMqWeRtYu]] does not have write access to this repository'",
    "Steam says my account [[ID_NUMBER|bobbyfromyork]] has a trade ban, write a support ticket saying it was a mistake",
    "how do I set a password on a zip in 7-zip? I want it to be [[PASSWORD|Kangaroo_Court_77]] and send it to my accountant",
]

# ---------------------------------------------------------------------------
# Section 7: card numbers (public test numbers), IBANs (documentation-style
# examples), US social security numbers, bank account numbers.
# ---------------------------------------------------------------------------
PII_FINANCE = [
    "I was charged twice on my card [[CREDIT_CARD|4111 1111 1111 1111]] for the same hotel night. Write a dispute letter to the bank.",
    "can you check if this card number is typed right before i pay: [[CREDIT_CARD|5555555555554444]] exp 09/27",
    "Write an email to the gym cancelling my membership and asking them to stop charging card ending [[CREDIT_CARD|378282246310005]] — actually that's the full number, is that ok to send?",
    "Please pay the invoice to [[IBAN_CODE|GB82 WEST 1234 5698 7654 32]], reference INV-2291. Can you write the payment confirmation email to [[PERSON|Hollis]]?",
    "Translate into German: 'Please transfer the deposit of 900 EUR to [[IBAN_CODE|DE89 3704 0044 0532 0130 00]], account holder [[PERSON|Matthias Krüger]].'",
    "My SSN is [[US_SSN|512-43-8876]]. What form do I need to request a replacement card after a move to Ohio?",
    "Write a letter to the IRS about a missing refund. Taxpayer: [[PERSON|Denise Caldwell]], SSN [[US_SSN|387-20-1145]], tax year 2023.",
    "pls fill in the direct debit form for me, IBAN [[IBAN_CODE|FR14 2004 1010 0505 0001 3M02 606]], name on account [[PERSON|Claire Besnard]]",
    "Is it safe to give a landlord my IBAN [[IBAN_CODE|NL91ABNA0417164300]] so he can return the deposit? He asked over WhatsApp.",
    "Draft an email to accounts: 'Please update our supplier bank details to [[IBAN_CODE|ES91 2100 0418 4502 0005 1332]] from next month.' Make it sound official.",
    "I paid for the concert tickets with [[CREDIT_CARD|4012 8888 8888 1881]] but got no email. Write a message to the ticket site.",
    "hey is [[CREDIT_CARD|6011111111111117]] a discover card or something else, the checkout won't accept it",
    "My payroll form asks for my social, it's [[US_SSN|219 44 7310]] — should it be written with dashes?",
    "Write a reminder to my tenant [[PERSON|Callum Reid]] that rent goes to [[IBAN_CODE|GB29 NWBK 6016 1331 9268 19]] from now on, not the old account.",
    "Please help me write a complaint — the online shop stored my card [[CREDIT_CARD|5105 1051 0510 5100]] without asking and now there's a charge I don't recognise.",
    "How do I split a bill in Splitwise? I paid 240 EUR from [[IBAN_CODE|IT60 X054 2811 1010 0000 0123 456]] and need [[PERSON|Giulia]] and [[PERSON|Marco]] to pay me back.",
    "For the visa application they want my bank statement. Account [[ID_NUMBER|0041 2289 5530]], sort code [[ID_NUMBER|20-45-77]]. Which months should I include?",
    "Translate into Dutch: 'The refund has been sent to [[IBAN_CODE|BE68 5390 0754 7034]]. Please allow 3-5 working days.' — it's for [[PERSON|Wouter]].",
    "my wife's SSN [[US_SSN|604-18-2279]] got rejected on the healthcare.gov form, says it doesn't match. what could cause that",
    "Write a short message to [[PERSON|Arash]] with our bank details for the holiday cottage deposit: [[IBAN_CODE|CH93 0076 2011 6238 5295 7]], 300 CHF.",
    "i think someone used my card [[CREDIT_CARD|4242 4242 4242 4242]] on a gaming site, how fast do i need to report it to get my money back",
    "Write a letter to the bank about a failed SEPA transfer to [[IBAN_CODE|AT61 1904 3002 3457 3201]], it bounced with code AC04.",
    "Help me fill in a W-9: name [[PERSON|Lorraine Whitaker]], SSN [[US_SSN|421-66-0937]], address [[STREET_ADDRESS|1402 Magnolia Ave, Tulsa, OK 74104]].",
    "Does this look like a real card or a test card? [[CREDIT_CARD|3530 1113 3330 0000]] — a customer pasted it into our support chat",
    "Set up a standing order in my banking app to [[IBAN_CODE|IE29 AIBK 9311 5212 3456 78]], 150 EUR monthly to my son [[PERSON|Oisín]]. What reference should I use?",
    "Write an email to payroll: please change my salary account to [[IBAN_CODE|PL61 1090 1014 0000 0712 1981 2874]]. Employee: [[PERSON|Karolina Zając]].",
    "I need to pay a Swedish supplier. Their IBAN is [[IBAN_CODE|SE45 5000 0000 0583 9825 7466]]. Do I also need a BIC for a transfer from the UK?",
    "my card [[CREDIT_CARD|5200 8282 8282 8210]] keeps getting declined on Apple Pay but works in shops, any idea?",
    "Can you explain these charges on my statement? Card [[CREDIT_CARD|371449635398431]]: 3x 9.99 'DIGITALSVC', 1x 49.00 'ANNUAL FEE'.",
    "write a payment reminder to [[PERSON|Aurelio Vitale]], invoice 2024-031 is 30 days overdue, pay to [[IBAN_CODE|IT60X0542811101000000123456]]",
    "Help me understand my credit report. It shows an account opened with my SSN [[US_SSN|330-52-7718]] in Nevada that isn't mine.",
    "Translate into Norwegian: 'The membership fee goes to [[IBAN_CODE|NO93 8601 1117 947]]. Thanks, [[PERSON|Solveig]].'",
    "my amex [[CREDIT_CARD|3782 822463 10005]] was charged in a currency I don't recognise, what's 'DKK'?",
    "Write an email to the school: the trip money was paid from [[IBAN_CODE|DK50 0040 0440 1162 43]] on Tuesday, reference '[[PERSON|Frederik]] 5B'.",
    "Why does Stripe say 'Your card number is incorrect' for [[CREDIT_CARD|4000 0566 5566 5556]]?",
    "Is it normal for a job offer to ask for my SSN ([[US_SSN|545-09-3321]]) and bank details before the interview? Feels off.",
    "Write a thank-you message to [[PERSON|Eeva]] for the loan, I'll pay it back to [[IBAN_CODE|FI21 1234 5600 0007 85]] in three instalments.",
    "I typed my card as [[CREDIT_CARD|6011 0009 9013 9424]] on a site that turned out to be fake. What do I do right now?",
    "Write a memo: all refunds above 500 EUR need two approvers. Example: refund to [[IBAN_CODE|PT50 0002 0123 1234 5678 9015 4]] for customer [[PERSON|Duarte Sequeira]].",
    "The dentist asked for my late husband's social security number ([[US_SSN|276-31-8850]]) to close his account. Is that normal?",
    "Draft a message to [[PERSON|Tobias]] asking him to send his half of the rent (650) to [[IBAN_CODE|LU28 0019 4006 4475 0000]] before Friday.",
    "ok so the hotel took a pre-auth on [[CREDIT_CARD|2223 0031 2200 3222]] for 400 euros and it's been 12 days. normal?",
]

# ---------------------------------------------------------------------------
# Section 8: national ids, passports, licences, policy / patient / employee /
# customer numbers, booking references.
# ---------------------------------------------------------------------------
PII_IDS = [
    "Write a letter to HMRC: my National Insurance number is [[ID_NUMBER|QQ 12 34 56 C]] and I've been put on an emergency tax code since starting my new job.",
    "mera aadhaar [[ID_NUMBER|2345 6789 0123]] bank se link nahi ho raha, what steps should i follow? explain in simple english",
    "For the ITR form, is the PAN [[ID_NUMBER|ABCPE1234F]] enough or do I also need Aadhaar? This is for my mother [[PERSON|Lakshmi Venkatesan]].",
    "Preciso escrever um e-mail para a Receita Federal. Meu CPF é [[ID_NUMBER|529.982.247-25]] e meu nome é [[PERSON|Rodrigo Antunes]]. Pode me ajudar?",
    "I have my NIE [[ID_NUMBER|X1234567L]] but the bank in Valencia says they also need a certificado de residencia. What is that?",
    "Write a formal email to the town hall with my DNI [[ID_NUMBER|12345678Z]] asking for an empadronamiento appointment.",
    "My BSN is [[ID_NUMBER|111222333]] — what's the difference between BSN and the DigiD login when registering with a huisarts?",
    "översätt till engelska: mitt personnummer är [[ID_NUMBER|19850412-2383]] och jag vill beställa ett nytt ID-kort",
    "I'm filling in a Canadian job application and it asks for my SIN ([[ID_NUMBER|046 454 286]]). Do employers actually need it before hiring?",
    "Help me write to the ATO. TFN [[ID_NUMBER|123 456 782]], I lodged my return in July and haven't had the refund.",
    "passport renewal form asks for old passport number, it's [[ID_NUMBER|925076473]], where do i put it on the paper form",
    "Write an email to the travel agent: please update [[PERSON|Jae-won Shin]]'s passport to [[ID_NUMBER|M12345678]] on booking [[ID_NUMBER|QX7TRL]] before check-in opens.",
    "My driving licence number is [[ID_NUMBER|MORGA657054SM9IJ]] — the car hire site wants a DVLA check code too, how do I get one?",
    "Write a complaint to the insurer. Policy no. [[ID_NUMBER|HX-4471920-B]], claim [[ID_NUMBER|CLM-0093821]], they've ignored me for six weeks.",
    "Summarise this discharge note for my dad: Patient [[PERSON|Albert Nkemelu]], NHS no. [[ID_NUMBER|943 476 5919]], admitted with chest pain, troponin negative, discharged on aspirin.",
    "Write an email to Ryanair asking to correct the spelling of my name on booking [[ID_NUMBER|K9PZ4M]]: it says [[PERSON|Siobhan]] but should be [[PERSON|Siobhán]].",
    "cancel my hotel booking please, confirmation [[ID_NUMBER|4419302786]], name [[PERSON|Ferreira-Lopes]], write the email in Portuguese",
    "Please write a letter to the court. Case reference [[ID_NUMBER|CV-2024-018733]], defendant [[PERSON|Malcolm Trent]], I'm requesting an adjournment.",
    "Explain this lab result for my son. Patient ID [[ID_NUMBER|PT-88213-K]], ferritin 9 ug/L, haemoglobin 105 g/L. Should I worry?",
    "Il mio codice fiscale è [[ID_NUMBER|RSSMRA85T10A562S]]. Come faccio a richiedere la tessera sanitaria nuova online?",
    "Write an appeal to the university: student number [[ID_NUMBER|s2098471]], I missed the exam because of hospital admission, evidence attached.",
    "My German ID card number is [[ID_NUMBER|T22000129]]. The online bank wants video-ident, does it accept this card type?",
    "Help me write to the airline about lost luggage. File reference [[ID_NUMBER|LHRBA31447]], flight BA 117, passenger [[PERSON|Rahul Mehta]].",
    "The tax office letter quotes my Steuer-ID [[ID_NUMBER|12 345 678 903]]. Is that the same as my Steuernummer?",
    "write a message to the clinic to reschedule, my patient number is [[ID_NUMBER|004-552-781]] and the appointment was for thursday 10am",
    "Write a memo to the warehouse: orders for customer no. [[ID_NUMBER|C-771204]] ([[PERSON|Hargreaves]]) must be shipped with signature on delivery.",
    "I'm renewing my Irish PPS number letter, it's [[ID_NUMBER|1234567TA]]. Which office handles that in Cork?",
    "My French social security number is [[ID_NUMBER|2 84 05 69 123 456 78]]. Which form do I use to get a carte Vitale for my newborn?",
    "Eurostar booking [[ID_NUMBER|ZXKQ4P]] for [[PERSON|Eloise Baptiste]] and [[PERSON|Noah Baptiste]] — write an email asking to swap to the 9:31 train.",
    "Write a letter to the DMV about my suspended license [[ID_NUMBER|D4429-88317-60921]], I paid the ticket already.",
    "Can you write a reminder for staff: badge numbers [[ID_NUMBER|B-1187]] and [[ID_NUMBER|B-1192]] stop working Friday, collect new ones from reception.",
    "My Medicare number is [[ID_NUMBER|2428 77813 2]]. The GP says it's expired, how do I renew it with myGov?",
    "Please write the loyalty-card complaint: member no. [[ID_NUMBER|7300 2214 9981 0034]], points from March didn't post.",
    "Write a letter to the housing association: tenancy reference [[ID_NUMBER|TEN/55821/C]], tenant [[PERSON|Sharon Pike]], the damp survey promised in May never happened.",
    "The Hong Kong ID on my form is [[ID_NUMBER|A123456(3)]]. Do I include the bracket digit when booking the vaccine?",
]

# ---------------------------------------------------------------------------
# Section 9: longer, mixed requests (forms, tickets, letters, itineraries).
# ---------------------------------------------------------------------------
PII_MIXED = [
    """Fill this rental application for me in a clean format:
Applicant: [[PERSON|Esther Mensah-Bonsu]]
DOB 12/03/1991
Current address: [[STREET_ADDRESS|22 Cavendish Road, London N4 1RT]]
Phone: [[PHONE_NUMBER|07700 900254]]
Email: [[EMAIL_ADDRESS|esther.mb@example.co.uk]]
Employer: a housing charity, 4 years
NI: [[ID_NUMBER|AB 12 34 56 D]]""",
    """Please write a support ticket from this:
customer [[PERSON|Piotr Wróbel]] (acct [[ID_NUMBER|PW-20931]]) can't log in since the update.
He tried resetting, new password was [[PASSWORD|Zielony#Las7]].
Call back on [[PHONE_NUMBER|+48 601 234 567]] between 9 and 11.
Priority: high, he's a paying customer for 6 years.""",
    """Plan our trip, here are the details:
flights booking ref [[ID_NUMBER|7HGQ2L]], passengers [[PERSON|Amaru Quispe]] and [[PERSON|Rosa Quispe]]
hotel: [[STREET_ADDRESS|Av. El Sol 812, Cusco 08002]]
we land 10:40, want to go to Machu Picchu on day 2
tour guide contact: [[PERSON|Wilber]] [[PHONE_NUMBER|+51 984 123 456]]""",
    """write a handover note for the weekend on-call:
- prod db: [[IP_ADDRESS|10.0.12.5]], user [[ID_NUMBER|oncall_ro]], pw [[PASSWORD|Gr3yFalcon!]]
- if payments break call [[PERSON|Nadia]] ([[PHONE_NUMBER|+44 7700 900871]]) not [[PERSON|Steve]], he's on holiday
- sentry token for the script: [[API_KEY|sntrys_eyJpYXQiOjE3MDkyLCJ1cmwiOiJodHRwczovL3NlbnRyeSJ9_x7Kq2mPz]]""",
    """Can you turn this into a proper complaint letter to the energy company?

I'm [[PERSON|Graham Leitch]], account number [[ID_NUMBER|8820 1147 336]], at [[STREET_ADDRESS|5 Brae View, Dunfermline KY12 7XE]]. They switched me to a new tariff without asking, my direct debit went from £92 to £241. I've called [[PHONE_NUMBER|0800 555 0199]] four times. I want the old tariff back and a refund.""",
    """HR asked me to update my file, can you format this neatly:
Name: [[PERSON|Kiri Te Awa]]
Employee no: [[ID_NUMBER|NZ-30418]]
IRD: [[ID_NUMBER|049-091-850]]
Bank: [[ID_NUMBER|12-3140-0123456-00]]
Emergency contact: [[PERSON|Hemi Te Awa]], [[PHONE_NUMBER|021 555 0132]]""",
    """Summarise this email from the school for my husband:

Dear parents of [[PERSON|Yasmin Rahimi]],
The Year 9 trip to Normandy leaves on 4 May from the main gate. Please pay the balance (£185) by 20 April. Passport numbers must be sent to [[EMAIL_ADDRESS|trips@kingsmead-academy.example.org]] by Friday. If you have questions, contact Mr. [[PERSON|Duffield]].""",
    """Help me write my landlord reference and the email to the agent:
- me: [[PERSON|Bongani Zulu]], [[EMAIL_ADDRESS|bongani.zulu@example.co.za]], [[PHONE_NUMBER|083 555 0114]]
- current landlord: Mrs. [[PERSON|Vermeulen]], [[PHONE_NUMBER|021 555 0187]]
- moving to: [[STREET_ADDRESS|17 Loop Street, Cape Town 8001]]""",
    """i got this email, is it phishing?

'Dear [[PERSON|Sandeep]], your account [[ID_NUMBER|SND-440192]] will be suspended. Verify your card [[CREDIT_CARD|4000 0000 0000 0002]] and SSN [[US_SSN|298-17-4465]] at the link below within 24 hours.'

it came from [[EMAIL_ADDRESS|security@paypa1-verify.example]]""",
    """Write a medical summary for the new GP:
[[PERSON|Agnes Kaminski]], 68, NHS [[ID_NUMBER|485 777 3456]]
lives at [[STREET_ADDRESS|Flat 9, Rowan Court, 14 Mill Lane, Chester CH2 3BL]]
type 2 diabetes, on metformin 500mg bd
daughter [[PERSON|Marta]] is next of kin: [[PHONE_NUMBER|07700 900678]]""",
    """Draft the email to the new contractor with their access details:
Hi [[PERSON|Dario]],
VPN: [[IP_ADDRESS|198.51.100.200]]
username: [[ID_NUMBER|d.santoro.ext]]
temp password: [[PASSWORD|Welcome-Spring-2024]] (change on first login)
Any problems, ping [[PERSON|Halvard]] on Slack.""",
    """Make a checklist from this messy note:
visa appt for [[PERSON|Chiamaka]] 14th, bring passport [[ID_NUMBER|A09876543]], bank statement (acct [[ID_NUMBER|0123456789]] GTBank), photos, invitation letter from Uncle [[PERSON|Emeka]] in Houston at [[STREET_ADDRESS|9034 Bellaire Blvd, Houston, TX 77036]]""",
    """Can you write up this accident report for the insurance?
Driver: [[PERSON|Liesbeth Claes]], licence [[ID_NUMBER|1234567890]]
Other driver: [[PERSON|Jordi Puig]], phone [[PHONE_NUMBER|+34 699 123 456]], policy [[ID_NUMBER|AXA-ES-88230117]]
Location: roundabout near [[STREET_ADDRESS|Avinguda Diagonal 640, 08017 Barcelona]]
Time: approx 8:15, light rain, no injuries""",
]

# ---------------------------------------------------------------------------
# Clean texts.  Part 1: things a naive detector may flag but that hold no
# private data: public / historical / fictional people, eponyms, brands,
# places, placeholders, ids that are not personal, numbers of all sorts.
# ---------------------------------------------------------------------------
CLEAN_TRICKY = [
    "Summarise the plot of Pride and Prejudice in five sentences, focusing on Elizabeth Bennet and Mr Darcy.",
    "What did Marie Curie win her second Nobel Prize for, and why was it controversial at the time?",
    "Explain Bayes' theorem using a medical screening test as the example.",
    "Is Parkinson's disease hereditary, or mostly not?",
    "Write Dijkstra's algorithm in Rust using a BinaryHeap.",
    "How many newtons are in one kilogram-force, and why do engineers still use kgf?",
    "Compare the Tesla Model Y and the Hyundai Ioniq 5 for a family of four doing mostly motorway driving.",
    "Who was Ada Lovelace and why is she often called the first programmer?",
    "Tom has 3 apples and gives Sarah 2. Sarah then buys 5 more and shares them equally with Tom. How many does each have?",
    "What does Gandalf mean when he says 'All we have to decide is what to do with the time that is given us'?",
    """Why does this config not load?

smtp:
  host: smtp.example.com
  user: user@example.com
  password: <password>
  port: 587""",
    "Is 550e8400-e29b-41d4-a716-446655440000 a valid UUID v4? How can I tell from the string?",
    "After upgrading from 3.11.4 to 3.12.1 my virtualenv broke. Should I recreate it or is there a way to migrate?",
    "Write a regex for SKUs like ABC-12345-XL or ABC-12345 (size suffix optional).",
    "Why is Abbey Road famous, and can tourists still walk on the zebra crossing?",
    "What day of the week was 14 July 1789?",
    "Convert 1,250.00 EUR to GBP at a rate of 0.855 and round to two decimals.",
    "Will it rain in Victoria tomorrow? I mean Victoria in British Columbia.",
    "Who said 'Here's looking at you, kid' and in which film?",
    "How many Grand Slam singles titles did Serena Williams win?",
    "Explain Alzheimer's vs vascular dementia in plain language.",
    "What is Murphy's law and is there a real Murphy behind it?",
    "Moore's law is dead, they say. Is that actually true in 2024?",
    "Derive Ohm's law from the Drude model at an undergraduate level.",
    "Write a Python generator for the Fibonacci sequence that never overflows.",
    "How does a Kalman filter work? Use a car position example.",
    "Implement Levenshtein distance in JavaScript with O(min(m, n)) memory.",
    "Why does Gaussian blur look smoother than box blur?",
    "Convert 72 degrees Fahrenheit to Celsius and explain the formula.",
    "Who invented the diesel engine and what happened to him?",
    "What's the difference between Boolean algebra and set theory notation?",
    "How far away is the Hubble Space Telescope from Earth?",
    "Why is it called a Ferris wheel?",
    "Was the sandwich really named after the Earl of Sandwich?",
    "Explain how Braille encodes numbers.",
    "Translate 'SOS' into Morse code and explain why it was chosen.",
    "What's the Richter scale vs moment magnitude scale?",
    "How do you perform the Heimlich manoeuvre on a child?",
    "What is the Doppler effect? Give an example with an ambulance siren.",
    "Should I learn Julia or Python for numerical computing?",
    "Set up Jenkins to run a pipeline only on tags. Declarative syntax please.",
    "Why is the Django framework named after Django Reinhardt?",
    "Give me a brief history of McDonald's franchising model.",
    "Why are Ferrari cars red?",
    "Is Ben & Jerry's still owned by Unilever?",
    "What's the difference between Goldman Sachs and Morgan Stanley business-wise?",
    "Summarise the Boeing 737 MAX MCAS problem for a non-engineer.",
    "Write a short essay comparing Sherlock Holmes and Hercule Poirot as detectives.",
    "Is Hermione Granger smarter than Harry Potter, based on the books?",
    "Why did Frodo leave Middle-earth at the end of The Return of the King?",
    "Write a courtroom speech in the style of Atticus Finch about fairness in school rules.",
    "What makes Walter White's transformation in Breaking Bad so convincing?",
    "Who is Jon Snow's real mother in Game of Thrones? Spoilers are fine.",
    "Write a Homer Simpson style excuse for missing work.",
    "How did Napoleon lose at Waterloo?",
    "Was Cleopatra Egyptian or Greek?",
    "Explain Gandhi's Salt March in three paragraphs for a 12-year-old.",
    "What did Nelson Mandela do on Robben Island?",
    "Describe Frida Kahlo's painting 'The Two Fridas'.",
    "What did Simón Bolívar want for South America?",
    "Why did Nikola Tesla and Thomas Edison fall out?",
    "Is One Hundred Years of Solitude by Gabriel García Márquez hard to read in Spanish?",
    "Recommend five books similar to Never Let Me Go by Kazuo Ishiguro.",
    "What's the ISBN 978-0-14-143951-8 for? How does the ISBN-13 check digit work?",
    "My server returns HTTP 404 on port 8080 but 200 on 80. What's going on?",
    "What does chmod 755 do compared with chmod 644?",
    "Windows update failed with error 0x80070005. How do I fix it?",
    "What's the SHA-256 of an empty string, and why does it start with e3b0c442?",
    """Check my email regex:
^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$
It accepts name@domain.com but also a@b..c, how do I stop that?""",
    "In my docker-compose I have DATABASE_URL=postgres://user:password@localhost:5432/mydb. Is that the right format for SQLAlchemy?",
    "How are IBAN check digits calculated? Just the algorithm, no example needed.",
    "How does the Luhn algorithm detect typos in card numbers?",
    "What's the difference between a BIC and a SWIFT code?",
    "Write a function that masks all but the last four digits of a card number string.",
    "Why is Wall Street called Wall Street?",
    "Best tapas bars near Las Ramblas in Barcelona that aren't tourist traps?",
    "How long is Sunset Boulevard and what are the famous stops along it?",
    "Grace under pressure: where does the phrase come from?",
    "How do I mark all emails as read in Outlook on the web?",
    "Is Jordan safe for a solo female traveller? Thinking Petra and Wadi Rum.",
    "What's the population of Florence compared with Bologna?",
    "Plan a weekend in Austin, Texas with live music and BBQ.",
    "Georgia the country or Georgia the state — which has better hiking in October?",
    "Why did Amazon name itself after the river?",
    "Who founded Hewlett-Packard, and where was the garage?",
    "What's the story behind the Mercedes-Benz name?",
    "Explain the Pythagorean theorem with a ladder example.",
    "Alice and Bob want to agree on a key over an insecure channel. Explain Diffie-Hellman using them.",
    "Priya runs 5 km in 27 minutes and Ben runs it in 24. If they start together, how far behind is Priya when Ben finishes?",
    "A train leaves Paris at 09:15 at 300 km/h. Another leaves Lyon at 09:45 at 280 km/h towards Paris. Distance 465 km. When do they meet?",
    "Maria buys 4 notebooks at 2.35 each and pays with a 20. How much change?",
    "What does 'May the Force be with you' mean in Star Wars lore?",
    "Quote the 'I'll be back' line and tell me which Terminator film it's from.",
    "Who sang 'Bohemian Rhapsody' and who wrote it?",
    "How tall was Abraham Lincoln?",
    "Explain Marie Kondo's method for folding clothes.",
    "Write a product description for a hoodie in the style of Apple marketing.",
    "Compare Nike Pegasus 40 and Asics Novablast 4 for a beginner runner.",
    "What's the difference between a Caesar salad and a Cobb salad?",
    "Explain Hodgkin vs non-Hodgkin lymphoma simply.",
    "What is Asperger's and why is the term used less now?",
    "How does the Bunsen burner air hole change the flame?",
    "Why is a Petri dish called that?",
    "What does a Geiger counter actually count?",
    "Explain Euler's identity like I'm 15.",
    "Prove Fermat's little theorem for p = 7 with examples.",
    "What's the Turing test, and has any AI passed it?",
    "Write a haiku about Mount Fuji in winter.",
    "Summarise Martin Luther King Jr.'s 'I Have a Dream' speech in 100 words.",
    "What records did Usain Bolt set in Berlin in 2009?",
    "Is Lionel Messi or Cristiano Ronaldo the better free-kick taker, statistically?",
    "Explain LeBron James's contract situation in simple terms.",
    "What did Taylor Swift's Eras Tour gross in total?",
    "Create a test user fixture with name 'John Doe', email 'test@example.com' and password 'changeme' — or is there a better convention for fixtures?",
    "In the docs, replace YOUR_API_KEY and <your-token> placeholders with environment variable references. Show me the bash syntax.",
    "Generate a placeholder phone number format for a form hint, like +1 (XXX) XXX-XXXX. Is that accessible for screen readers?",
    "Version 2.0.0-rc.1 vs 2.0.0: which one does semver consider greater?",
    "Our order of 3 x SKU TBL-OAK-180 arrived damaged. What's a good template for returns?",
    "Is Cloudflare's public DNS resolver actually faster than Google's, or is that marketing?",
    "What's the emergency number in the EU — is 112 universal?",
]

# ---------------------------------------------------------------------------
# Clean texts.  Part 2: ordinary technical, knowledge and writing requests.
# ---------------------------------------------------------------------------
CLEAN_PLAIN = [
    "Explain the difference between TCP and UDP with a real-world analogy.",
    "Write a haiku about the first frost of autumn.",
    "Give me a 3-day vegetarian meal plan with a shopping list, about 2000 kcal a day.",
    "how do i center a div horizontally and vertically in css, modern way",
    "Explain compound interest and show how 10,000 grows at 5% over 20 years.",
    "What's the best way to learn touch typing as an adult?",
    "Write a cover letter opening line for a junior data analyst role that doesn't start with 'I am writing to apply'.",
    "Why does my sourdough have huge holes at the top and dense crumb at the bottom?",
    "Summarise the causes of the First World War in under 200 words.",
    "Refactor this to use a list comprehension: result = []\nfor x in items:\n    if x > 0:\n        result.append(x * 2)",
    "What are the symptoms of vitamin D deficiency?",
    "Write a polite email declining a meeting because of a scheduling conflict.",
    "explain git rebase vs merge like im new to git",
    "How do I make my tomato plants produce more fruit?",
    "Translate 'Where is the nearest train station?' into Italian, Spanish and Greek.",
    "What is a Roth IRA and who should consider one?",
    "Give me 10 icebreaker questions for a remote team meeting.",
    "Write a bash one-liner to find the 10 largest files under the current directory.",
    "How long should I boil an egg for a jammy yolk?",
    "What's the difference between affect and effect?",
    "Create a weekly workout plan for a beginner with no equipment.",
    "Why is the sky blue? Explain Rayleigh scattering simply.",
    "Write a SQL query to find duplicate rows in a table by two columns.",
    "What are good houseplants for a dark north-facing room?",
    "Draft a short product update announcement: dark mode is now available on mobile.",
    "Explain how vaccines train the immune system.",
    "My React component re-renders on every keystroke. How do I debounce an input?",
    "Suggest names for a bakery that specialises in rye bread.",
    "What's the capital of Mongolia and what's the weather like in March?",
    "How do I calculate the area of an irregular garden plot?",
    "Write a limerick about a cat who hates Mondays.",
    "Explain what a p-value is without using jargon.",
    "How can I reduce my home's energy use in winter without new insulation?",
    "Give me a checklist for moving house.",
    "What is Kubernetes and when is it overkill?",
    "Write a short story opening set on a night train through the Alps.",
    "how to remove a red wine stain from a carpet",
    "Explain the offside rule in football.",
    "Rewrite this paragraph to be more concise: 'At this point in time, we are currently in the process of reviewing the applications that have been submitted.'",
    "What are the main differences between Python lists and tuples?",
    "How do noise-cancelling headphones work?",
    "Write a thank-you note to a team after a successful product launch.",
    "What should I pack for a week of hiking in Scotland in May?",
    "Explain the difference between a virus and a bacterium.",
    "Make a study timetable for final exams in 4 subjects over 3 weeks.",
    "How do I set up a Python virtual environment on Windows?",
    "What's a good beginner recipe for Thai green curry?",
    "Explain inflation and why central banks raise interest rates.",
    "Write five interview questions for a customer support role.",
    "How do I stop my dog from pulling on the lead?",
    "What's the best way to store fresh herbs?",
    "Explain Big O notation with examples.",
    "Draft a social media post announcing our shop's new opening hours: Mon-Sat 9-6.",
    "What's the difference between a latte and a flat white?",
    "How do solar panels generate electricity?",
    "write me a motivational message for someone starting a new job on monday",
    "Explain async/await in JavaScript with a fetch example.",
    "What are the rules of pickleball?",
    "Convert this list to a markdown table: apples 3, pears 5, plums 12.",
    "How do I ask for a raise? Give me a short script.",
    "Why do onions make you cry?",
    "Write a function in Go that reverses a string with Unicode characters correctly.",
    "What should be in a basic first aid kit for a car?",
    "Explain the water cycle for a 7-year-old.",
    "Give me a 30-minute lesson plan on fractions for year 5.",
    "How do I fix 'permission denied (publickey)' when pushing to a git remote?",
    "What's a good stretching routine for lower back pain from sitting?",
    "Summarise the main ideas of stoicism.",
    "Write a short speech for a retirement party, generic, warm and funny.",
    "Explain how a mortgage offset account works.",
    "What's the difference between baking soda and baking powder?",
    "Write an SQL migration that adds a non-null column with a default to a large table without locking it for long.",
    "How do I politely end a conversation with a chatty colleague?",
    "What are the main causes of coral bleaching?",
    "Give me a regex that matches dates in YYYY-MM-DD format.",
    "How can I improve my sleep if I work night shifts?",
    "Write alt text for a photo of a lighthouse at sunset.",
    "explain what an API is to my grandma",
    "List the planets in order and one fun fact for each.",
    "How much water should I give a newly planted tree?",
]

# ---------------------------------------------------------------------------
# Parsing, validation and output.
# ---------------------------------------------------------------------------
PII_SECTIONS = [
    PII_NAMES_CUED,
    PII_NAMES_BARE,
    PII_STRUCTURED,
    PII_CONTACT,
    PII_ADDRESSES,
    PII_SECRETS,
    PII_FINANCE,
    PII_IDS,
    PII_MIXED,
]
CLEAN_SECTIONS = [CLEAN_TRICKY, CLEAN_PLAIN]


class DataError(Exception):
    """A text or a mark in this file is wrong."""


def card_ok(value: str) -> bool:
    """Luhn over 12 to 19 digits, with only spaces or dashes between them."""
    digits = re.sub(r"[ -]", "", value)
    if not digits.isdigit() or not 12 <= len(digits) <= 19:
        return False
    return luhn_ok(digits)


def iban_valid(value: str) -> bool:
    """An IBAN's shape (country, check digits, 10 to 30 letters or digits) and mod 97."""
    iban = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    return iban_ok(iban)


def parse(raw: str) -> tuple[str, list[Span]]:
    """Strip ``[[TYPE|value]]`` marks; return the text and its spans."""
    raw = raw.strip()
    text, spans = strip_marks(raw, MARK)
    for s in spans:
        etype, value = s["type"], s["value"]
        if etype not in TYPES:
            raise DataError(f"unknown type {etype!r} in {raw[:60]!r}")
        if not value or value != value.strip():
            raise DataError(f"empty or padded value {value!r} in {raw[:60]!r}")
        if "[[" in value or "|" in etype:
            raise DataError(f"nested mark in {raw[:60]!r}")
        if etype == "PERSON":
            first = value.split()[0].rstrip(".")
            if first in TITLES:
                raise DataError(f"title inside PERSON span {value!r}")
        if etype == "CREDIT_CARD" and not card_ok(value):
            raise DataError(f"card fails Luhn: {value!r}")
        if etype == "IBAN_CODE" and not iban_valid(value):
            raise DataError(f"IBAN fails mod 97: {value!r}")
    if LEFTOVER.search(text):
        raise DataError(f"malformed mark left in {text[:60]!r}")
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            raise DataError(f"overlapping spans {a!r} {b!r}")
    check_every_occurrence(text, spans)
    return text, spans


def check_every_occurrence(text: str, spans: list[Span]) -> None:
    """Each labelled value must be labelled wherever it occurs as a whole word."""
    covered = [(s["start"], s["end"]) for s in spans]
    for value in {s["value"] for s in spans}:
        pattern = r"(?<!\w)" + re.escape(value) + r"(?!\w)"
        for m in re.finditer(pattern, text):
            if (m.start(), m.end()) in covered:
                continue
            inside = any(a <= m.start() and m.end() <= b for a, b in covered)
            if not inside:
                raise DataError(
                    f"unlabelled occurrence of {value!r} at {m.start()} in {text[:60]!r}"
                )


def build() -> tuple[list[dict], list[dict]]:
    seen: set[str] = set()
    pii: list[dict] = []
    clean: list[dict] = []
    for section in PII_SECTIONS:
        for raw in section:
            text, spans = parse(raw)
            if not spans:
                raise DataError(f"PII text without spans: {text[:60]!r}")
            if text in seen:
                raise DataError(f"duplicate text: {text[:60]!r}")
            seen.add(text)
            pii.append(
                record(f"blind2-pii-{len(pii) + 1:04d}", "invented-chat-blind2", text, spans)
            )
    for section in CLEAN_SECTIONS:
        for raw in section:
            if MARK.search(raw) or LEFTOVER.search(raw):
                raise DataError(f"mark in clean text: {raw[:60]!r}")
            text = raw.strip()
            if text in seen:
                raise DataError(f"duplicate text: {text[:60]!r}")
            seen.add(text)
            clean.append(
                record(f"blind2-clean-{len(clean) + 1:04d}", "invented-clean-blind2", text, [])
            )
    if len(pii) != N_PII or len(clean) != N_CLEAN:
        raise DataError(
            f"expected {N_PII} PII and {N_CLEAN} clean texts, got {len(pii)} and {len(clean)}"
        )
    return pii, clean


def main() -> int:
    try:
        pii, clean = build()
    except DataError as exc:
        print(f"build_blind2: {exc}", file=sys.stderr)
        return 1
    write(PII_OUT, pii)
    write(CLEAN_OUT, clean)
    counts: dict[str, int] = {}
    texts_with: dict[str, int] = {}
    for rec in pii:
        for s in rec["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        for t in rec["entity_types"]:
            texts_with[t] = texts_with.get(t, 0) + 1
    print(
        f"wrote {len(pii)} PII texts to {PII_OUT.name}, {len(clean)} clean texts to {CLEAN_OUT.name}"
    )
    for t in sorted(counts):
        print(f"  {t:15s} spans={counts[t]:4d} texts={texts_with[t]:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
