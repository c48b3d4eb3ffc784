"""Build the blind invented privacy sets: chat_pii_blind.jsonl and chat_clean_blind.jsonl.

Written without reading the detector's rules, its word lists or the other invented sets, so
these records measure how the rules generalise to text nobody tuned them on. Every name,
number, address, password and key is made up: card numbers are well-known test numbers,
IBANs the standard documentation examples, phone numbers fictional.

Texts hold inline marks ``[[TYPE|value]]``; this script strips them, computes every offset
and checks it (text[start:end] == value), and fails loudly on a bad mark, an unknown type, a
card number that fails Luhn, an IBAN that fails mod 97, or a duplicate id or text.

    .venv/bin/python bench/data/build_blind.py
"""

# ruff: noqa: E501

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bench/data is no package: put this folder on the path so that marks imports however we are run
sys.path.insert(0, str(HERE))

from marks import TYPES, Span, iban_ok, luhn_ok, record, strip_marks, write  # noqa: E402

PII_SOURCE = "invented-chat-blind"
CLEAN_SOURCE = "invented-clean-blind"

PII: list[str] = []
CLEAN: list[str] = []

# --- people named with no cue, lower case, nicknames, word-names ---------------------------
PII += [
    "why does [[PERSON|priya]] always ignore my texts but replies to everyone else in the group chat",
    "[[PERSON|Rose]] keeps taking credit for my slides in standup. how do i bring it up without sounding petty?",
    "can u help me write a birthday message for [[PERSON|grace]], she's turning 40 and hates fuss",
    "[[PERSON|Hunter]] wants to borrow my car again. Give me 3 ways to say no nicely.",
    "Is it weird that [[PERSON|Jordan]] hasn't invited me to the wedding yet? We were roommates for 4 years.",
    "[[PERSON|Paris]] said the deck was 'fine' which I think means she hated it. how do I ask for real feedback",
    "me and [[PERSON|georgia]] split rent 60/40 because her room is bigger, she wants to switch to 50/50 now that she has the ensuite. is that fair?",
    "[[PERSON|Sky]] is starting at our nursery on Monday and her mum asked what to pack. Make a short list I can text back.",
    "tell me how to reply to [[PERSON|Will]] — he asked if I'm 'still mad' about the thing at the pub",
    "[[PERSON|Bill]] from accounts says our invoices need PO numbers now. rewrite this so it sounds less passive aggressive: 'as per [[PERSON|Bill]], who apparently runs the company now, every invoice needs a PO'",
    "[[PERSON|Mark]] and [[PERSON|Hope]] are both going for the team lead role and I have to write references for both. Help me keep them balanced.",
    "[[PERSON|Dawn]] is retiring after 31 years on the ward. I need a 2 minute speech, warm, a bit funny, not cheesy.",
    "Should I apologise to [[PERSON|Kowalczyk]] first or wait for him to cool down?",
    "[[PERSON|Brennan]] rejected my PR again with one word: 'no'. How do I ask what he actually wants?",
    "translate to spanish: tell [[PERSON|Marisol]] the kids can stay over on saturday but they need to be back by 10",
    "my sister [[PERSON|faith]] thinks i'm overreacting about mum's will. summarise both sides so i can see it straight",
    "[[PERSON|Adaeze]] asked me to be godmother and I'm not religious. how do I handle it",
    "ok so [[PERSON|tunde]] owes me £340 from the ibiza trip and it's been 5 months. draft a text that doesn't ruin the friendship",
    "Write a LinkedIn recommendation for [[PERSON|Folasade Adeyemi]], she was my data analyst for two years and built our whole churn dashboard.",
    "[[PERSON|Oluwaseun]] keeps calling me 'boss' in a sarcastic way, is that a cultural thing or is he taking the piss",
    "my manager [[PERSON|Karthik]] says I'm 'not visible enough'. what does that even mean in a remote team",
    "help me write a condolence card to [[PERSON|Meenakshi Sundaram]] — her father passed last week, they were very close",
    "[[PERSON|senthil]] and [[PERSON|arun]] want to go halves on a 3d printer with me. how do we split ownership fairly",
    "Pls explain to my dad in simple words why [[PERSON|Lakshmi Raghavan]]'s offer on the flat is below market. He won't listen to me.",
    "[[PERSON|Huong]] from the nail salon wants help writing a google review reply to a 1 star. can you draft something polite",
    "Can you help me pronounce [[PERSON|Nguyễn Thị Lan]]? She's my new colleague and I don't want to butcher it on the intro call",
    "[[PERSON|Trần Văn Minh]] is joining our lab from Hanoi in September, write a welcome email that covers housing and the visa letter",
    "Is [[PERSON|Bao]] a boy or girl name? Writing a card for my neighbour's new baby and I don't want to guess wrong",
    "[[PERSON|Gosia]] says my Polish is 'cute'. Is that an insult?",
    "write a short thank-you in polish for [[PERSON|Małgorzata Wiśniewska]], she looked after our cat for 3 weeks",
    "[[PERSON|Wojtek]] is being weird since I started dating his ex. advice?",
    "[[PERSON|Krzysztof Zieliński]] wants a reference letter for his master's in Delft. He was my intern, solid python, quiet in meetings. Draft it.",
    "my landlord is [[PERSON|Agnieszka Dąbrowska]] and she wants to keep the whole deposit for a scratch on the floor. what are my options in england",
    "[[PERSON|Noor]] is fasting this month and our team lunch is on thursday. how do I make it inclusive without making it awkward",
    "[[PERSON|Yousef Haddad]] emailed me in arabic and google translate is garbage. he wrote: 'شكرا على المساعدة، سأرسل الملفات غدا' what does he mean",
    "I need to introduce [[PERSON|Fatima Zahra Benali]] to our CFO by email. She's the consultant who fixed our VAT mess. Keep it to 4 lines.",
    "[[PERSON|Layla]] cried in the 1:1 today after I gave feedback on her report. What could I have done differently?",
    "[[PERSON|Abdulrahman Al-Harbi]] is visiting our Leeds office, what halal places near the train station should I suggest",
    "[[PERSON|Zhang Wei]] and [[PERSON|Liu Yang]] both applied for the same internal transfer. How do I tell the one who didn't get it",
    "[[PERSON|xiaoming]] keeps sending me wechat voice notes at 2am. how do i set boundaries without being rude",
    "my mother in law [[PERSON|Wang Xiuying]] is coming to stay for 3 months. give me a daily plan so she doesn't get bored while we work",
    "[[PERSON|Chen Jing]] asked me to proofread her cover letter, it starts 'Dear Sir, I am very passion about the data'. how do I give feedback kindly",
    "In Hungarian the surname comes first right? So is [[PERSON|Szabó Eszter]] Mrs [[PERSON|Szabó]] or Mrs [[PERSON|Eszter]] when I write to her",
    "[[PERSON|Nagy Bence]] sent me this: 'Köszönöm, holnap visszahívlak.' what does it mean",
    "[[PERSON|Kovács Zoltán]] is our new plant manager in Győr. write an announcement for the intranet, 120 words",
    "[[PERSON|Ayşe Yılmaz]] is the best physio I've had. help me write a review for her clinic",
    "does [[PERSON|Mehmet]] sound annoyed in this message? 'tamam, nasıl istersen'",
    "[[PERSON|Burak Şahin]] and I are co-founders and he wants 60%. give me arguments for 50/50",
    "[[PERSON|Çağla]] is leaving for Berlin and we're doing a farewell. ideas for a gift under 50 euro",
    "[[PERSON|José Ángel Muñoz]] is my kid's football coach and he's been shouting at the children. How do I raise it with the club",
    "Escríbeme un mensaje para [[PERSON|María Fernández]] diciendo que no puedo ir a la cena del viernes, algo cariñoso",
    "[[PERSON|Begoña]] wants me to cover her shifts all of August. Can I say no? I'm on a zero hours contract",
    "[[PERSON|Íñigo Ibáñez]] got into the PhD program!! write something funny for his card, he loves bad puns about rocks (he's a geologist)",
    "[[PERSON|Siobhán O'Sullivan]] is chairing the parents' council and wants volunteers for the bake sale. draft a reply saying I can do the float but not baking",
    "how do you pronounce [[PERSON|Niamh]]? and [[PERSON|Aoife]]? meeting both tomorrow",
    "[[PERSON|Ciarán McGrath]] hasn't paid for the last two gigs we did together. draft a firm but friendly message",
    "my boyfriend [[PERSON|Pádraig]] says I'm too close to my ex. is it normal to still text an ex every week?",
    "[[PERSON|O'Brien]] asked for the numbers by EOD and I have nothing. What do I send so it doesn't look like I forgot",
    "[[PERSON|Aoife Ní Dhomhnaill]] is the new head of HR, should i email her directly about my grievance or go through my manager",
    "[[PERSON|rich]] said he'd 'circle back' three weeks ago lol. how do I chase without being annoying",
    "[[PERSON|Pat]] from the allotment committee wants to ban bonfires. write an objection, I'm on plot 14",
    "Can you rewrite this so it doesn't sound like I'm blaming [[PERSON|Sandy]]: 'the order was late because [[PERSON|Sandy]] forgot to send it'",
    "[[PERSON|Sandy]] didn't actually forget, turns out the supplier portal was down. rewrite my apology to the client",
    "[[PERSON|Frank]] is 82 and wants to learn whatsapp. give me a step by step I can print in big font",
    "[[PERSON|Ray]] and [[PERSON|Drew]] are arguing about whose turn it is to host christmas. Suggest a rota for the next 6 years",
    "[[PERSON|Holly]] said my kid bit her kid at nursery. how do I respond, I'm mortified",
    "[[PERSON|Ivy]] is 6 and wants a dinosaur party with a 'real volcano'. ideas?",
    "my daughter [[PERSON|June]] has a fever of 38.4 and a rash on her belly, should i take her to a&e or wait for the GP",
    "[[PERSON|Summer]] wants to quit uni in her second year to do her tiktok full time. I'm her aunt, what should i say",
    "[[PERSON|Chase]] hasn't done a single task on our group project. write an email to the tutor that isn't snitching but kind of is",
    "[[PERSON|Brooke]] and [[PERSON|Crystal]] are my bridesmaids and they hate each other. seating plan help",
    "[[PERSON|Miles]] left his laptop at my place, what's a funny text to send him",
    "[[PERSON|austin]] is moving to dallas for work, he's nervous about the heat. tips?",
    "[[PERSON|Florence]] asked if I'm free for coffee next week, I'm not interested in being friends. help me decline gently",
    "[[PERSON|Sydney]] keeps parking in my spot at work. write a note for her windscreen, funny not mean",
    "[[PERSON|Destiny]] is my new flatmate and she has her boyfriend over every night. how do i bring it up",
    "Write a poem for [[PERSON|Angel]]'s retirement, she ran the school canteen for 25 years and everyone called her 'Mum'",
    "[[PERSON|Victoria]] gave notice today. I need a replacement plan for her accounts by monday",
    "[[PERSON|Art]] says the garage conversion needs planning permission. is that true for a single storey in the UK",
    "my grandson [[PERSON|Rocky]] wants a tablet for his birthday, he's 7. which one is safest",
    "[[PERSON|Daisy]] and [[PERSON|Olive]] are twins in my class and always swap seats to confuse me. fun ways to tell them apart?",
    "can you make [[PERSON|lance]]'s best man speech shorter, it's 11 minutes which is way too long. pasting below",
    "[[PERSON|Carol]] from HR told me my probation is extended but didn't say why. what should I ask her",
    "[[PERSON|Joy]] won't stop talking about crypto at family dinners. conversation enders please",
    "[[PERSON|April]] and [[PERSON|May]] are sisters in my salsa class lol. anyway, how do i get better at following?",
    "who should i invite first, [[PERSON|Reed]] or [[PERSON|Sage]]? they're both nice but [[PERSON|reed]] is more fun and [[PERSON|sage]] has a car",
    "[[PERSON|Taylor]] (my stepdad) wants me to call him dad. I'm 19. how do I say I'm not comfortable",
    "[[PERSON|Cash]] is my dog walker and he's been late 4 times. is it ok to switch without telling him why",
    "[[PERSON|Harmony]] is a name my wife likes for the baby but I think it sounds like a yoga studio. give me a diplomatic way to say it",
    "i think [[PERSON|dominik]] is lying about being sick, he posted gym pics on insta. what do I do as his manager",
    "[[PERSON|Schreiber]] hat mir gesagt, dass ich den Bericht neu schreiben soll. Kannst du mir helfen, ihn kürzer zu machen?",
    "Tell [[PERSON|Okafor]] I'm out until the 14th and [[PERSON|Delacroix]] has the keys — make it sound professional",
    "[[PERSON|Van der Berg]] is on leave so I'm covering his clients. Draft an email introducing myself to them",
    "[[PERSON|Fitzgerald]] wants the audit trail for Q2 but half the receipts are missing. what should I tell her",
    "Mrs. [[PERSON|Abernathy]] said my son was disruptive again. How do I ask for specifics without sounding defensive?",
    "Dr. [[PERSON|Ramanathan]] wants me to do a sleep study. What actually happens during one?",
    "Prof. [[PERSON|H. Lindqvist]] rejected my extension request. is it worth going to the head of department",
    "Sgt. [[PERSON|Mulligan]] gave me a crime reference number but nobody has called me back about the break-in. What's normal?",
    "Ms [[PERSON|Achterberg]] (my kid's teacher) wrote 'needs to apply himself'. what is she actually saying",
    "Fr. [[PERSON|Tomás Ortega]] is doing the funeral and asked for a short reading suggestion for my grandmother who loved gardening",
    "my physio [[PERSON|J. R. Whitcombe]] said to rest it two weeks but I have a half marathon in 10 days. how bad an idea is running",
    "[[PERSON|A. Okonjo-Bright]] from the council says our hedge is a hazard. what's the law on hedges next to pavements",
    "Is it rude to call my professor by her first name? She signs emails as '[[PERSON|Kat]]' but she's [[PERSON|Katarzyna Lewandowska]], PhD",
    "[[PERSON|Liz]] ([[PERSON|Elizabeth Harrow]]) is my co-tenant and she moved out without paying her share. can I take her to small claims",
    "[[PERSON|Bobby]]'s mum keeps calling him [[PERSON|Robert]] in front of his friends and he hates it, he asked me (his uncle) to talk to her. how?",
    "[[PERSON|jimmy]] and [[PERSON|mo]] and [[PERSON|kez]] are coming to mine to watch the match, what snacks for 4 lads under 20 quid",
]
# --- pasted emails, chat logs, meeting notes, signatures, mentions -------------------------
PII += [
    "Can you summarise this email thread for me?\n\nFrom: [[PERSON|Hannah Peacock]] <[[EMAIL_ADDRESS|h.peacock@brightwellpartners.co.uk]]>\nTo: [[PERSON|Dev Malhotra]]\nSubject: RE: Q3 forecast\n\n[[PERSON|Dev]], the numbers in tab 3 don't match the board pack. Can you check before Thursday?\n\nThanks,\n[[PERSON|Hannah]]\n[[PHONE_NUMBER|07700 900461]]",
    "draft a reply to this, say yes but only after 3pm:\n\n> Hi, it's [[PERSON|Gemma]] from Little Acorns nursery. Can you pop in tomorrow to discuss [[PERSON|Alfie]]'s settling in? Call me on [[PHONE_NUMBER|01632 960 512]] if easier x",
    "Summarise these meeting notes into 5 bullets with owners:\n\nAttendees: [[PERSON|R. Castellanos]], [[PERSON|Mei Ling Tan]], [[PERSON|Obi]], me\n- [[PERSON|Castellanos]]: vendor contract expires 30 Sep, needs legal review\n- [[PERSON|Mei Ling]]: migration blocked on staging creds\n- [[PERSON|Obi]] to chase finance re: PO\n- Next sync Tue",
    "what's the tone of this? is she angry?\n\n[[PERSON|Jess]]: hey so about saturday\n[[PERSON|Jess]]: i just think it would've been nice to be asked\n[[PERSON|Jess]]: but whatever it's fine\nme: asked about what??\n[[PERSON|Jess]]: you know what",
    "fix the grammar in my email signature pls\n\n[[PERSON|Tomasz Nowicki]] | Senior Estimator\nBrookfield Building Ltd\nm: [[PHONE_NUMBER|+44 7700 900 982]]\ne: [[EMAIL_ADDRESS|tomasz@nowickibuild.co.uk]]\n[[STREET_ADDRESS|Unit 4, Brookfield Trading Estate, Kettering NN16 8XY]]",
    "Translate this whatsapp from my mother-in-law into english:\n'Querida, o [[PERSON|Joaquim]] vai buscar as crianças às 5. Liga-me para o [[PHONE_NUMBER|912 345 678]] se houver algum problema. Beijinhos, [[PERSON|Fátima]]'",
    "can you turn this slack thread into a jira ticket description?\n\n@[[PERSON|lena]] the export is timing out again for big accounts\n@[[PERSON|marcus]] yeah saw it, its the pdf step\n@[[PERSON|lena]] can u look today? [[PERSON|Ingrid]] has the client call at 4",
    "Tidy up these residents' association minutes, remove the waffle:\n\nPresent: Mr and Mrs [[PERSON|Okoro]], [[PERSON|Deirdre Fallon]] (chair), [[PERSON|Tariq]] from no. 12, [[PERSON|Bev]]\n[[PERSON|Deirdre]] opened by saying the bins situation is 'beyond a joke'. [[PERSON|Tariq]] agreed and said he'd email the council again. [[PERSON|Bev]] wanted to talk about the parking but was told to wait for AOB.",
    "Rewrite this out-of-office so it sounds less robotic:\n\nI am out of the office until 22 July with limited access to email. For urgent matters please contact [[PERSON|Ruairí Kavanagh]] on [[PHONE_NUMBER|+353 87 123 4567]] or [[EMAIL_ADDRESS|ruairi.kavanagh@tullamoreagri.ie]].",
    "my colleague sent this in teams and I'm not sure if I'm being told off:\n\n'[[PERSON|Pooja]], going forward can you please loop me in before sending anything to [[PERSON|Henrik]]'s team? Thanks. - [[PERSON|Gareth]]'",
    "Here's a voicemail transcript, what does the caller want and what should I do?\n\n'Hi, this is [[PERSON|Sharon]] calling from Dr [[PERSON|Mbeki]]'s surgery, we need to rebook your blood test, please call us back on [[PHONE_NUMBER|0161 496 0735]], thanks, bye'",
    "Put this into a table (name, role, phone):\n[[PERSON|Oksana Kravets]] - site lead - [[PHONE_NUMBER|+380 67 123 4567]]\n[[PERSON|Dmytro]] - electrician - [[PHONE_NUMBER|067 765 43 21]]\n[[PERSON|Hélène Marchand]] - architect - [[PHONE_NUMBER|06 71 23 45 98]]",
    "proofread my cover letter closing:\n\nI would welcome the chance to discuss how I could contribute. I can be reached at [[PHONE_NUMBER|(312) 555-0147]] or [[EMAIL_ADDRESS|dana.whitfield.pm@gmail.com]].\n\nSincerely,\n[[PERSON|Dana Whitfield]]",
    "This is a forwarded message from the school. Is it a scam?\n\n---------- Forwarded message ---------\nFrom: Mrs [[PERSON|P. Lindgren]] <[[EMAIL_ADDRESS|p.lindgren@st-aidans-primary.org.uk]]>\nDear parent, please pay £15 for the trip via the link below by Friday.",
    "summarise what each person said:\n\n[10:02] [[PERSON|Kemi]]: i can do the venue\n[10:03] [[PERSON|Dayo]]: i'll sort music\n[10:05] [[PERSON|Ife]]: who's doing food tho\n[10:06] [[PERSON|Kemi]]: not me lol\n[10:10] [[PERSON|Tolu]]: fine i'll do jollof for 60",
    "Pls help me reply to this text from my ex, I want to be civil but not open the door:\n\n'hey it's [[PERSON|rhys]]. found some of your stuff in the loft. i'm at the new place now, [[STREET_ADDRESS|flat 3, 27 clarendon road, bristol bs6 7ep]] if you want to grab it'",
]
# --- code, config, CSV, JSON and log lines ----------------------------------------------------
PII += [
    'why does this fail with 401?\n\nimport openai\nclient = openai.OpenAI(api_key="[[API_KEY|sk-proj-4fT9qLm2Xv8RzK1nWb7YcH3dJs6PaE0uGt5VxQoNr2Lk]]")\nprint(client.models.list())',
    "my github action can't push, here's the step:\n\n- run: git push https://[[API_KEY|ghp_R8d2kLq9ZmX4vT1bN6yPc3WsF7hJ0aGe5UoK]]@github.com/acme-internal/site.git HEAD:main",
    "boto3 says InvalidClientTokenId. config below, what's wrong?\n\n[default]\naws_access_key_id = [[API_KEY|AKIA4HZQ7NW2LX5RPTQE]]\naws_secret_access_key = [[API_KEY|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]]\nregion = eu-west-2",
    "Convert this CSV to JSON keyed by email:\n\nname,email,phone\n[[PERSON|Aarav Shah]],[[EMAIL_ADDRESS|aarav.shah@northbeam.io]],[[PHONE_NUMBER|+91 98201 44731]]\n[[PERSON|Ewa Maj]],[[EMAIL_ADDRESS|ewa.maj@northbeam.io]],[[PHONE_NUMBER|+48 501 234 567]]\n[[PERSON|Tobias Lindahl]],[[EMAIL_ADDRESS|t.lindahl@northbeam.io]],[[PHONE_NUMBER|+46 70 123 45 67]]",
    "this log line keeps showing up, is someone brute forcing us?\n\nMay 14 03:12:44 web01 sshd[2291]: Failed password for invalid user admin from [[IP_ADDRESS|203.0.113.77]] port 51422 ssh2",
    'Explain this nginx error: connect() failed (111: Connection refused) while connecting to upstream, client: [[IP_ADDRESS|198.51.100.23]], server: shop.local, request: "GET /cart HTTP/1.1", upstream: "http://[[IP_ADDRESS|10.0.4.17]]:8080/cart"',
    "docker compose won't start postgres, here's my env:\n\nPOSTGRES_USER=app\nPOSTGRES_PASSWORD=[[PASSWORD|Tr0mb0ne!Harbour]]\nPOSTGRES_DB=orders",
    'Can you write a pandas one-liner to dedupe these rows?\n\n{"customer": "[[PERSON|Beatriz Lopes]]", "cpf": "[[ID_NUMBER|483.291.706-52]]", "city": "Recife"}\n{"customer": "[[PERSON|Beatriz Lopes]]", "cpf": "[[ID_NUMBER|483.291.706-52]]", "city": "Recife"}',
    "why is my regex not matching? test string: '[[EMAIL_ADDRESS|kwame.asante+newsletter@outlook.com]]' pattern: ^[a-z.]+@[a-z]+\\.com$",
    "fix this curl, it returns 403:\ncurl -H 'Authorization: Bearer [[API_KEY|hf_pQzRt7LmXw3VbN9kYc2HsJd5FgA8uEoTiKlW]]' https://huggingface.co/api/whoami-v2",
    "the junior left this in a commit, how bad is it and what do I do first?\n\n# TODO remove before prod\nSTRIPE_KEY = '[[API_KEY|sk_test_51Hx9QaLm4Rt7VbN2kYc8HsJd3FgP0uEoWiKlZ]]'\nDB_PASS = '[[PASSWORD|summer2019!]]'",
    "Parse this syslog and tell me which host is the problem:\n\nJun 02 11:20:01 fw01 kernel: DROP IN=eth0 SRC=[[IP_ADDRESS|192.0.2.146]] DST=[[IP_ADDRESS|10.20.0.5]] PROTO=TCP DPT=3389\nJun 02 11:20:03 fw01 kernel: DROP IN=eth0 SRC=[[IP_ADDRESS|192.0.2.146]] DST=[[IP_ADDRESS|10.20.0.6]] PROTO=TCP DPT=3389",
    "write a unit test for this function, use the real record I pasted as the fixture:\n\ndef full_name(u): return f\"{u['first']} {u['last']}\"\n\n{'first': '[[PERSON|Thandiwe]]', 'last': '[[PERSON|Mokoena]]', 'email': '[[EMAIL_ADDRESS|thandi.mokoena@capemail.co.za]]'}",
    "my .npmrc has this line, is it safe to commit?\n//registry.npmjs.org/:_authToken=[[API_KEY|npm_Kd8vR2xLq7TmN4bWz9YpC1sHf6GjA3eUoQiE]]",
    "Refactor this SQL, it's slow:\n\nSELECT * FROM patients WHERE mrn = '[[ID_NUMBER|MRN-00482913]]' OR (surname = '[[PERSON|Ostrowski]]' AND dob = '1961-03-08');",
    "The webhook fails signature verification. Secret in my .env is [[API_KEY|whsec_7Rk2mQ9vLp4NzT8wBc1XyH5dJ3fG6sA0]] — am I supposed to base64 decode it first?",
    'gitlab CI variable question. I have\n\nvariables:\n  DEPLOY_TOKEN: "[[API_KEY|glpat-x7Rk2mQ9vLp4NzT8wBc1]]"\n\nbut the job can\'t clone. what scope does it need',
    'Help me read this apache access log line:\n[[IP_ADDRESS|172.16.8.201]] - [[ID_NUMBER|mthompson]] [12/Mar/2024:09:14:55 +0000] "POST /login HTTP/1.1" 302 -',
    "sort these by signup date and give me counts per month:\n\nid,user,signup\n1,[[ID_NUMBER|j.kowalski]],2024-01-03\n2,[[ID_NUMBER|a.nwosu]],2024-01-19\n3,[[ID_NUMBER|l.ferreira]],2024-02-11\n4,[[ID_NUMBER|h.tanaka]],2024-02-27",
    "what does this java stack trace mean?\n\nException in thread \"main\" java.sql.SQLException: Access denied for user 'reporting'@'[[IP_ADDRESS|10.12.0.33]]' (using password: YES)\n\nthe password in the properties file is [[PASSWORD|R3port!ng#2023]] and it works from my laptop",
    "Can you make this bash script safer? It has my key in it:\n\nexport ANTHROPIC_API_KEY=[[API_KEY|sk-ant-api03-Xq7Lm2Rt9VbN4kYc8HsJd3FgP0uEoWiKlZa6Tn1Ry5Ux-Qw8Ep2AAA]]\npython run_eval.py --model fast",
    'json.decoder error on this payload, where\'s the bad comma?\n\n{"name": "[[PERSON|Giorgos Papadakis]]", "phone": "[[PHONE_NUMBER|+30 694 123 4567]]", "address": "[[STREET_ADDRESS|Odos Ermou 42, 105 63 Athina]]",}',
    "my wp-config.php has\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '[[PASSWORD|lemoncurd_77]]' );\ndefine( 'DB_HOST', '[[IP_ADDRESS|192.168.10.4]]' );\nsite says 'Error establishing a database connection'",
    "I keep getting 'invalid_grant'. request:\nPOST /oauth/token\nclient_id=web-portal&client_secret=[[API_KEY|cs_9f3b7e21a8d04c6f95b2e7a1d3c8f046]]&grant_type=client_credentials",
    "Why is this python log showing the user twice?\n\nINFO 2024-05-01 10:02:11 auth: login ok user=[[EMAIL_ADDRESS|s.oyelaran@kestrelhealth.org]] ip=[[IP_ADDRESS|81.2.69.142]]\nINFO 2024-05-01 10:02:11 auth: login ok user=[[EMAIL_ADDRESS|s.oyelaran@kestrelhealth.org]] ip=[[IP_ADDRESS|81.2.69.142]]",
    "turn this into a markdown table:\n\n[[PERSON|Nkechi Obi]] | QA | [[ID_NUMBER|EMP-20417]]\n[[PERSON|Rafael Souza]] | Backend | [[ID_NUMBER|EMP-20433]]\n[[PERSON|Yuki Morimoto]] | Design | [[ID_NUMBER|EMP-20458]]",
    "// [[PERSON|piotr]]: this breaks when the list is empty, pls fix before friday\nfunction avg(xs) { return xs.reduce((a, b) => a + b) / xs.length; }\n\nwhat's the fix?",
    "Explain what this firewall rule does: iptables -A INPUT -s [[IP_ADDRESS|185.199.44.12]] -p tcp --dport 22 -j ACCEPT. That's my home IP, I want only me to be able to ssh in.",
    'my terraform plan shows the secret in plain text, how do i hide it?\n\n+ resource "aws_db_instance" "main" {\n    + password = "[[PASSWORD|Correct-Horse-Battery-9]]"\n    + username = "admin"',
    'Why does my Firebase config leak? it\'s in index.html:\nconst firebaseConfig = { apiKey: "[[API_KEY|AIzaSyD3x9Qw-7kLmN2pRt5VbH8cJ1fGz0eYsUo]]", authDomain: "petsitter-app.firebaseapp.com" };',
    "the git blame says '[[PERSON|Rohan Kapoor]] <[[EMAIL_ADDRESS|rohan.k@quillsoft.dev]]> 2022-08-14' on the line that broke prod. how do I raise it without it being a blame game",
    "vpn logs, who's this?\n\n2024-04-02T08:55:12Z session start user=[[ID_NUMBER|ana.rebelo]] assigned=[[IP_ADDRESS|10.8.0.22]] src=[[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]]",
    "Write a regex to mask the card numbers in log lines like this one:\n2024-03-10 payment ok card=[[CREDIT_CARD|4111111111111111]] amount=49.99",
    "why does my twilio call fail? account sid AC and token are set like\nTWILIO_AUTH_TOKEN=[[API_KEY|8f2c7a91d04b6e35f1a9c0d27e84b5f3]]\nTO_NUMBER=[[PHONE_NUMBER|+15005550006]]",
    'this is from our CRM export, can you guess why the import rejects row 2?\n\n"id";"nom";"tel";"iban"\n"1";"[[PERSON|Lucie Perrin]]";"[[PHONE_NUMBER|06 12 48 90 33]]";"[[IBAN_CODE|FR14 2004 1010 0505 0001 3M02 606]]"\n"2";"[[PERSON|Antoine Giraud]]";"[[PHONE_NUMBER|0612489]]";""',
    "Is this JWT expired? [[API_KEY|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzgxNzIiLCJleHAiOjE3MTQ1NjAwMDB9.m3Vt1cQk8ZpR7xYw2LbN5sHdJf0GaEo4TiUlKq9Vr6A]]",
    "how do I rotate this? our sendgrid key got posted in a public gist: [[API_KEY|SG.pK3vQ8rLm2ZtX9wN.b7Yc4HsJd1FgA6uEoTiKlWq5Rz0Vx8Ny3Mp2Lk7Hj]]",
    "python question: i'm storing users like users = {'[[ID_NUMBER|mgarcia84]]': '[[PASSWORD|Bailey2010]]', '[[ID_NUMBER|tomlee]]': '[[PASSWORD|qwerty!23]]'} in a file, is that ok for a school project or should i hash",
    "kubectl get secret shows base64, I decoded it and got '[[PASSWORD|Hx9!vR2#pLm]]'. Is that the actual db password? why is it not encrypted",
    "Can you write an SMTP test in python? server smtp.zoho.eu port 587 login [[EMAIL_ADDRESS|bookings@hollybankguesthouse.co.uk]] password [[PASSWORD|Hollybank#Rooms24]]",
    "what's wrong with my .pgpass line? [[IP_ADDRESS|10.0.0.15]]:5432:billing:billing_ro:[[PASSWORD|x7!Qa2ws]]",
    "Translate these code comments from German:\n# [[PERSON|Jürgen]]: bitte nicht ändern, sonst bricht der Export\n# Rückfragen an [[EMAIL_ADDRESS|j.hoffmann@stadtwerke-lindau.de]]",
    "my ssh config, why does it still ask for a password?\n\nHost prod\n  HostName [[IP_ADDRESS|203.0.113.19]]\n  User [[ID_NUMBER|dkowalczyk]]\n  IdentityFile ~/.ssh/id_ed25519",
    "My mailchimp export has bad encoding, fix it so names display right:\n\n[[EMAIL_ADDRESS|zoe.mueller@web.de]],[[PERSON|ZoÃ« MÃ¼ller]]\n\n(it should say [[PERSON|Zoë Müller]])",
    'here\'s our on-call yaml, add a rotation for next week:\n\noncall:\n  - name: [[PERSON|Ibrahim Diallo]]\n    phone: "[[PHONE_NUMBER|+33 6 45 82 19 07]]"\n  - name: [[PERSON|Sunita Rao]]\n    phone: "[[PHONE_NUMBER|+91-98450-12345]]"',
    "Explain this Windows event: An account failed to log on. Account Name: [[ID_NUMBER|CORP\\rbenedetti]] Source Network Address: [[IP_ADDRESS|10.40.2.118]]",
    "regex to validate UK postcodes? it should accept what our customers type, e.g. '[[STREET_ADDRESS|14 Wyndham Close, Chelmsford cm1 4tz]]' has a lower case one",
    "I accidentally committed my .env with MAPBOX_TOKEN=[[API_KEY|pk.eyJ1Ijoic3RlbGxhbWFwcyIsImEiOiJjbHg5cTJ6M3gwMDFhMmtvNnR4eGZ3bTl2In0.Q8rLm2ZtX9wNb7Yc4HsJd1]] — do I need to rotate it if the repo is private?",
    "excel formula to split '[[PERSON|Lindiwe Dube]] <[[EMAIL_ADDRESS|ldube@mweb.co.za]]>' into name and email columns?",
    "the redis url in our helm values is redis://default:[[PASSWORD|6xTq!Rf8ZpW2]]@[[IP_ADDRESS|10.96.14.3]]:6379/0 and pods can't connect. ideas",
]
# --- phone numbers and e-mail addresses -------------------------------------------------------
PII += [
    "can you format my number properly for a business card? it's [[PHONE_NUMBER|07700900318]]",
    "is [[PHONE_NUMBER|+447700900774]] a mobile or a landline? they keep ringing me at dinner",
    "Write a text to my plumber asking him to call me back on [[PHONE_NUMBER|020 7946 0018]] before 5, the leak is getting worse",
    "I got a missed call from [[PHONE_NUMBER|0121 496 0852]] three times today, should i ring back or is it a scam",
    "update my CV header: phone [[PHONE_NUMBER|(415) 555-0132]], email [[EMAIL_ADDRESS|jr.castillo.design@gmail.com]], portfolio link to follow",
    "my number changed, new one is [[PHONE_NUMBER|212.555.0186]]. write a short message to send to my clients",
    "Text for the lost dog poster: 'Answers to Biscuit, very friendly, call [[PHONE_NUMBER|0491 570 156]] any time'. make it punchier",
    "how do I dial [[PHONE_NUMBER|+61 491 570 110]] from the US? do I keep the 0",
    "is this format right for germany: [[PHONE_NUMBER|+49 (0)30 23125 477]]? my boss says the (0) is wrong",
    "Kannst du meine Nummer für die Website richtig formatieren? [[PHONE_NUMBER|015122847731]]",
    "le numéro de ma propriétaire c'est le [[PHONE_NUMBER|06 39 98 21 47]], écris-lui un SMS poli pour dire que le chauffe-eau ne marche plus",
    "how to write a dutch mobile number in international format, mine is [[PHONE_NUMBER|06-12345678]]",
    "my indian number is [[PHONE_NUMBER|9876543210]], how do I write it for a US visa form?",
    "whatsapp says '[[PHONE_NUMBER|+91 80 4123 9876]] is not on WhatsApp' but it's my dad's office line in bangalore. is that why?",
    "can a brazilian number have 9 digits? my friend gave me [[PHONE_NUMBER|(11) 98765-4321]] and I'm not sure it's complete",
    "Japanese keitai number [[PHONE_NUMBER|090-3456-7812]], how do I call it from the UK",
    "I need to put [[PHONE_NUMBER|+34 612 84 39 05]] on the hotel booking form but it only accepts 9 digits. what do I type",
    "missed a delivery, driver left a card saying call [[PHONE_NUMBER|087 219 4475]]. write what i should say, i want it left with a neighbour",
    "my polish grandma's number is [[PHONE_NUMBER|+48 22 628 41 90]]. is that a warsaw landline?",
    "Does [[PHONE_NUMBER|+234 803 412 7765]] look like an MTN number? someone claiming to be from my bank texted from it",
    "how do i save a vietnamese number in my phone so it works when I'm back home: [[PHONE_NUMBER|0912 345 678]]",
    "my chinese supplier's number is [[PHONE_NUMBER|+86 138 0013 8000]], what's the best time to call from London",
    "add [[PHONE_NUMBER|0532 123 45 67]] to the emergency contact section of this form, in the right turkish format",
    "Is it safe to post my number ([[PHONE_NUMBER|555-0199]]) in a facebook marketplace listing for a sofa?",
    "phone rang, caller id [[PHONE_NUMBER|+1-800-555-0175]], woman said my amazon account was compromised. scam?",
    "rewrite my voicemail greeting: 'hi you've reached [[PHONE_NUMBER|07700 900 415]], leave a message and I'll get back to you'. make it sound less like 2005",
    "gp receptionist said to call [[PHONE_NUMBER|0300 555 0142]] for results. what's a 0300 number, does it cost a lot?",
    "can you check this is valid for an australian landline: [[PHONE_NUMBER|(02) 5550 4321]]",
    "Reply to the recruiter saying I'm interested and she can reach me on [[PHONE_NUMBER|+1 646 555 0163]] after 6pm ET",
    "whats the country code for [[PHONE_NUMBER|+353 1 555 0190]]? got a voicemail from it",
    "canadian number [[PHONE_NUMBER|604-555-0148]] texted me a delivery link. fake?",
    "I want to forward calls from [[PHONE_NUMBER|01632 960 883]] to my mobile when I'm out, how on a BT landline",
    "my singapore number is [[PHONE_NUMBER|+65 9123 4567]], write an intro email to the landlord including it",
    "the gym says they'll call me on [[PHONE_NUMBER|074 4590 2261]] to cancel. can I cancel by email instead under UK law",
    "mexico number [[PHONE_NUMBER|+52 55 1234 5678]] is that cdmx?",
    "Write an auto-reply: 'I've changed email, please use [[EMAIL_ADDRESS|marguerite.fontaine@proton.me]] from now on'",
    "is it unprofessional to use [[EMAIL_ADDRESS|partygirl_kez92@hotmail.co.uk]] on job applications lol. suggest better formats",
    "my work email is [[EMAIL_ADDRESS|oa.babatunde@lagosfreightlines.com.ng]] and outlook keeps sending everything to junk on the client side. why?",
    "Draft an email to [[EMAIL_ADDRESS|kerry.b@harbourviewlettings.co.uk]] about the mould in the bathroom, it's been 6 weeks",
    "Can you check if this email looks typed right before I send a £400 invoice to it: [[EMAIL_ADDRESS|accounts.vanloon@ziggo.nl]]",
    "my daughter's school emails come from [[EMAIL_ADDRESS|mrs.okonkwo-class4@greenfield.sch.uk]]. How do I stop gmail marking them as spam?",
    "new starter email for IT: please create an account for [[EMAIL_ADDRESS|farida.h@meridianclinics.ae]] with access to the scheduling system",
    "I got 'mailbox full' when emailing [[EMAIL_ADDRESS|gpetrov1977@abv.bg]], what are my options",
    "is [[EMAIL_ADDRESS|sven_e@telia.se]] a personal or business email? I'm not sure if I should write formally",
    "set up a gmail filter so everything from [[EMAIL_ADDRESS|noor.alqassimi@gmail.com]] and [[EMAIL_ADDRESS|n.qassimi@dubaiholdings-careers.com]] goes into one label",
    "email me the recipe summary at [[EMAIL_ADDRESS|chefmarco.rossi@libero.it]] — oh wait you can't send emails. just format it nicely then",
    "My ex keeps emailing me from new addresses: [[EMAIL_ADDRESS|d4rkstar.gav@gmail.com]], [[EMAIL_ADDRESS|gavin.m.1989@yahoo.com]]. Can I report this as harassment?",
    "change the reply-to in this mailto link to my address: <a href='mailto:[[EMAIL_ADDRESS|hello@tinytuftstudio.co.uk]]'>Email us</a>. it's a one-woman business so it's me",
    "write a polite chaser to [[EMAIL_ADDRESS|r.venkataraman@iitm-alumni.org]], I asked about the reunion fees 2 weeks ago",
    "Customer wrote from [[EMAIL_ADDRESS|lovemycorgis1964@aol.com]], they want a refund for a damaged mug. Draft a reply offering a replacement",
    "apple id is [[EMAIL_ADDRESS|m.tanaka.0815@icloud.com]] and it says it's locked. what are the steps",
    "is [[EMAIL_ADDRESS|wiktoria.zajac@o2.pl]] a real polish email provider or a typo for outlook?",
    "please proof this: 'Contact me on [[EMAIL_ADDRESS|pham.quoc.huy@fpt.com.vn]] or [[PHONE_NUMBER|+84 903 112 458]] for the quotation.'",
    "send the minutes to [[EMAIL_ADDRESS|jan.morrow.plot14@gmail.com]] — actually just draft the covering note, i'll attach them",
]
# --- street addresses from many countries -----------------------------------------------------
PII += [
    "Write a letter to my council about the pothole outside [[STREET_ADDRESS|42 Mafeking Road, Wednesbury WS10 9LP]]. it's damaged two tyres",
    "how long does royal mail take from [[STREET_ADDRESS|Flat 2B, 118 Holloway Road, London N7 8JE]] to spain",
    "my address for the form is [[STREET_ADDRESS|37 ashgrove terrace, glasgow g12 0bx]], can you put it in the right format with capitals",
    "I'm moving to [[STREET_ADDRESS|The Old Forge, Church Lane, Little Snoring, Fakenham NR21 0HL]]. Write change-of-address emails for my bank and my dentist",
    "Complain to the courier: parcel marked delivered to [[STREET_ADDRESS|9 Sefton Park Road, Liverpool L8 3SL]] but nothing arrived, neighbours haven't got it either",
    "Help me describe the route from the station to my place for party guests: [[STREET_ADDRESS|Apartment 14, Riverside Quarter, 3 Mill Lane, Leeds LS10 1RT]]",
    "my US address is [[STREET_ADDRESS|1847 Larchmont Ave, Apt 3C, Columbus, OH 43212]] — is that how it should go on a UK form?",
    "Write a cease and desist to the neighbour at [[STREET_ADDRESS|215 W Magnolia St, Fort Collins, CO 80521]] whose dog keeps getting into our yard",
    "help me write a Craigslist ad for the couch, pickup from [[STREET_ADDRESS|3319 N Kedzie Ave, Chicago IL 60618]] only",
    "Is [[STREET_ADDRESS|PO Box 4417, Bozeman, MT 59772]] ok as a mailing address for my LLC or does it need a street address",
    "wedding invite wording please, reception at our house: [[STREET_ADDRESS|58 Oak Hollow Dr, Asheville, NC 28805]]",
    "my mom's address is [[STREET_ADDRESS|77 bayview terrace unit 5, san diego ca 92109]], what's the cheapest way to ship a 20lb box there from Texas",
    "Schreib eine Kündigung für meinen Handyvertrag. Absender: [[STREET_ADDRESS|Königsallee 17, 40212 Düsseldorf]]",
    "wie schreibe ich die Adresse auf einen Brief nach Österreich richtig? [[STREET_ADDRESS|Mariahilfer Straße 88/3/12, 1070 Wien]]",
    "Ich wohne in der [[STREET_ADDRESS|Hauptstr. 5a, 79104 Freiburg im Breisgau]] und der Vermieter will die Miete um 20% erhöhen. Ist das erlaubt?",
    "translate my address into something a french taxi driver will understand: [[STREET_ADDRESS|12 rue des Martyrs, 75009 Paris]]",
    "écris une lettre de résiliation pour mon bail, j'habite au [[STREET_ADDRESS|Résidence Les Pins, Bât. C, 4 allée des Tilleuls, 69008 Lyon]]",
    "how do I write a dutch address on an amazon.de order: [[STREET_ADDRESS|Prinsengracht 263-1, 1016 GV Amsterdam]]",
    "my new address in utrecht is [[STREET_ADDRESS|Oudegracht 112 bis, 3511 AV Utrecht]], is 'bis' a thing I need to write?",
    "My shop is at [[STREET_ADDRESS|Shop No. 7, Ground Floor, Sai Krupa Complex, 14th Cross, Indiranagar, Bengaluru 560038]]. Write a Google Business description",
    "courier can't find my house. here's the address, add a landmark line: [[STREET_ADDRESS|Flat 302, Shanti Niwas, Plot 21, Sector 15, Vashi, Navi Mumbai 400703]]",
    "send wedding card details to my uncle at [[STREET_ADDRESS|H.No. 4-7-112, Esamia Bazar, Hyderabad 500027]] — just format it for the envelope",
    "Address for my Aus tax return is [[STREET_ADDRESS|Unit 6/42 Beach Rd, Bondi NSW 2026]]. Is 6/42 the right way to write it",
    "my parents live at [[STREET_ADDRESS|17 Wattle Grove, Kalgoorlie WA 6430]], how long does express post take from Melbourne",
    "format this for an envelope to Japan: [[STREET_ADDRESS|2-14-3 Nishi-Azabu, Minato-ku, Tokyo 106-0031]]",
    "my host family in osaka is at [[STREET_ADDRESS|Sunrise Mansion 405, 3-5-18 Tenjinbashi, Kita-ku, Osaka 530-0041]], write a thank you letter to send there",
    "endereço pra entrega: [[STREET_ADDRESS|Rua Augusta, 1508, apto 92, Consolação, São Paulo - SP, 01304-001]]. tá certo o formato?",
    "Write a complaint for the Brazilian consumer agency about a fridge delivered broken to [[STREET_ADDRESS|Av. Boa Viagem, 3200, Apto 1101, Recife - PE, 51020-000]]",
    "postal address in ireland with eircode, is this right? [[STREET_ADDRESS|Apt 4, Harbour Court, Strand Street, Dingle, Co. Kerry V92 X2C4]]",
    "write a notice for the building lobby: lost cat from [[STREET_ADDRESS|unit 9, 150 queen st w, toronto on m5h 2n2]]",
    "How do I write a Polish address properly? [[STREET_ADDRESS|ul. Długa 14 m. 6, 80-831 Gdańsk]]",
    "my hungarian friend's address is [[STREET_ADDRESS|Budapest, Andrássy út 61. II. em. 4, 1062]], is that the right order for a postcard?",
    "shipping label says [[STREET_ADDRESS|Calle de Alcalá 145, 3º izq., 28009 Madrid]], what do 3º izq. mean",
    "I live at [[STREET_ADDRESS|Via dei Coronari 33, int. 5, 00186 Roma]] and my package from the UK is held at customs. what do i need",
    "Scrivimi una mail al condominio: sono al [[STREET_ADDRESS|Corso Buenos Aires 22, 20124 Milano]] e l'ascensore è rotto da una settimana",
    "help me get a taxi in istanbul, my hotel is [[STREET_ADDRESS|Kuloğlu Mah. İstiklal Cad. No: 112 D: 4, 34433 Beyoğlu/İstanbul]], write it in turkish for the driver",
    "what time does the post office near [[STREET_ADDRESS|24 Nguyễn Huệ, Bến Nghé, Quận 1, TP. Hồ Chí Minh]] close",
    "address check for a south african courier: [[STREET_ADDRESS|12 Bree Street, Cape Town City Centre, Cape Town, 8001]]",
    "draft the return-to-sender note for a parcel that came to [[STREET_ADDRESS|Flat 11, Kestrel House, 21 Pavilion Way, Norwich NR1 2FD]] by mistake",
    "Write an AirBnB house manual intro. Property: [[STREET_ADDRESS|Rose Cottage, 3 Pennyfarthing Lane, Bourton-on-the-Water, GL54 2AP]]",
    "my son's uni halls address: [[STREET_ADDRESS|Room 214, Block C, Opal Court, 1 Sandringham Road, Nottingham NG7 2QH]]. how do I send a care package without it getting lost",
    "Write a scary-but-legal letter to the tenant at [[STREET_ADDRESS|88B Harehills Lane, Leeds LS8 5HX]] who hasn't paid since March",
    "I need a covering letter for a planning application at [[STREET_ADDRESS|Plot 3, land adjacent to 19 Mill Road, Histon, Cambridge CB24 9LN]]",
    "my PO box in NZ is [[STREET_ADDRESS|PO Box 3142, Shortland Street, Auckland 1140]], can overseas parcels go there?",
    "translate into simple english what this eviction notice for [[STREET_ADDRESS|2417 E 14th St Apt 2, Oakland, CA 94601]] means and how long I have",
    "army mail: [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]] — how do i ship cookies to my brother there",
    "they want a 'proof of address' for [[STREET_ADDRESS|Apartment 1203, Al Nahda Tower 2, Al Nahda 1, Dubai]]. what counts in the UAE",
    "i wrote my address wrong on the visa form: put [[STREET_ADDRESS|15 calle 8 # 45-12, medellín]] instead of the full one. how do I correct it",
]
# --- passwords and PINs in sentences ----------------------------------------------------------
PII += [
    "my wifi password is [[PASSWORD|sunflower1987]], how do i make a qr code so guests can just scan it",
    "write a sign for the holiday cottage kitchen: wifi network 'GlenView', password [[PASSWORD|heather&stags42]]",
    "is [[PASSWORD|Manchester1!]] a strong enough password for online banking? the bank says it's fine",
    "I forgot if my netflix password is [[PASSWORD|popcornNight22]] or [[PASSWORD|PopcornNight2022]], which one is more likely given i always capitalise",
    "the pin for my debit card is [[PASSWORD|4729]], is it bad that it's my house number backwards?",
    "my phone unlock code is [[PASSWORD|180394]] (my birthday lol). should I change it?",
    "Write a note for the dog sitter: alarm code is [[PASSWORD|2580]], key under the blue pot, feed at 6",
    "the garage keypad code is [[PASSWORD|#7714]] — text my brother how to open it without making it obvious in the message",
    "I use [[PASSWORD|Fluffy2015]] for literally everything. how do I move to a password manager without losing access",
    "help me remember this password with a silly sentence: [[PASSWORD|Tq7#mPz!2w]]",
    "my school laptop password is [[PASSWORD|Year9rocks]] and the IT teacher wants us to change it every month, why?",
    "is it a problem that my gmail and my bank both use [[PASSWORD|B1ggles!]]",
    "router admin is admin / [[PASSWORD|Virgin8826]], how do i turn off wps",
    "my mum's ipad passcode is [[PASSWORD|1111]] and she won't change it. give me arguments she'll actually listen to",
    "our shared spotify family login is [[EMAIL_ADDRESS|thebaileyfam@gmail.com]] / [[PASSWORD|kitchenDisco!]], write a message to the family telling them not to change it",
    "Translate to german for the Airbnb guests: 'The Wi-Fi password is [[PASSWORD|Bergblick2023]] and the door code is [[PASSWORD|5531]]'",
    "i set my laptop password to [[PASSWORD|correct horse battery staple]] like the comic, is that actually secure?",
    "my hotmail got hacked, the old password was [[PASSWORD|liverpool4ever]]. what do I do first",
    "teams keeps asking me to re-enter my password ([[PASSWORD|Q3-Budget-Final!]]) every hour. how to fix?",
    "password for the staff area of the website is [[PASSWORD|Tutti.Frutti.77]] — write an email to new starters explaining how to log in",
    "Is a 4 digit PIN like [[PASSWORD|0852]] easier to guess if it's a straight line on the keypad?",
    "my voicemail PIN is [[PASSWORD|30119]] and I'm locked out. how do i reset it on O2",
    "change this to something I'll remember but stronger: [[PASSWORD|rover123]]",
    "the locker combo at the gym is [[PASSWORD|3-17-29]], how do these dial locks even work",
    "my bitcoin wallet recovery phrase starts [[PASSWORD|orbit velvet canyon mango pilot]]... should i store it on google drive?",
    "veracrypt asks for the password every boot, it's [[PASSWORD|P@ssw0rd!Vault]]. can I automate that?",
    "zip file from my accountant, she said the password is [[PASSWORD|Tax2024-Jenkins]] but it says wrong password. is there a size limit issue?",
    "my apple screen time passcode is [[PASSWORD|9364]] and my kid figured it out by watching. tips",
    "Wifi at the office is 'Meridian-Guest' pw [[PASSWORD|welcome2meridian]], put it on a nice A5 poster",
    "the safe in the hotel room is set to [[PASSWORD|071288]], will reception be able to open it if i forget",
    "i told my bf my instagram password ([[PASSWORD|sunsetgirl_99]]) and now we broke up. what's the quickest way to lock him out",
    "Does it matter that my PIN [[PASSWORD|1379]] is the same for both cards?",
    "nas login: admin / [[PASSWORD|Synology!Home2]]. how do i set up a second user for my partner",
    "the PDF payslip password is my ni number plus [[PASSWORD|HR2024]] — that seems unsafe, is it?",
    "moodle password [[PASSWORD|Ch3mistry#A]] isn't working after the reset. what else could it be",
]
# --- cards, IBANs, SSNs -----------------------------------------------------------------------
PII += [
    "my card [[CREDIT_CARD|4111 1111 1111 1111]] got declined at the hotel but the bank app says nothing. what should I ask the bank",
    "i think i typed my card wrong on the checkout, is [[CREDIT_CARD|5555 5555 5555 4444]] a mastercard or visa by the first digit?",
    "Write a dispute letter for a double charge on card ending... actually the full number is [[CREDIT_CARD|4242-4242-4242-4242]], charged twice on 3 May for £89.00",
    "amex [[CREDIT_CARD|3782 822463 10005]] exp 09/27 — is it safe to give this over the phone to a hotel in Italy?",
    "can you check if [[CREDIT_CARD|6011111111111117]] is a valid number? the website keeps rejecting it",
    "Put my card in the booking form for me (I'll paste it): [[CREDIT_CARD|5105 1051 0510 5100]], cvv 123, exp 11/26. Just tell me which field goes where",
    "I lent my card [[CREDIT_CARD|4012 8888 8888 1881]] to my brother for a flight and now there's £600 of steam charges. what are my rights",
    "the restaurant receipt shows my whole card number [[CREDIT_CARD|3714 496353 98431]], isn't that illegal?",
    "JCB [[CREDIT_CARD|3530 1113 3330 0000]] not accepted on a UK site, why are JCBs so rarely accepted",
    "Diners club number [[CREDIT_CARD|3056 9309 0259 04]] only has 14 digits, the form wants 16. what do I do",
    "my kid saved my card [[CREDIT_CARD|4000 0566 5566 5556]] on roblox and spent £230. How do I get it refunded",
    "draft an email to the gym: stop taking payments from card [[CREDIT_CARD|5200828282828210]], I cancelled in January",
    "Is it normal for a charity website to ask for my card number ([[CREDIT_CARD|4000 0025 0000 3155]]) AND my mother's maiden name?",
    "Please translate to french for the car rental desk: 'The deposit can go on card [[CREDIT_CARD|5425 2334 3010 9903]], not on the debit card'",
    "card no. [[CREDIT_CARD|2223000048410010]], the new 2-series mastercard, some old terminals reject it. why",
    "i wrote my card [[CREDIT_CARD|4444 3333 2222 1111]] on a post-it on my monitor at work. paranoid or reasonable to cancel it?",
    "help me fill out this chargeback: merchant 'FASTFLY TICKETS', amount 412.60 EUR, card [[CREDIT_CARD|6011 0009 9013 9424]], not received",
    "my IBAN is [[IBAN_CODE|GB82 WEST 1234 5698 7654 32]], write a message to my tenant with the bank details for rent",
    "Salary goes to [[IBAN_CODE|DE89 3704 0044 0532 0130 00]], HR asked me to confirm it in writing. Draft the email in German please",
    "Can you check this IBAN is formatted right before I send a deposit: [[IBAN_CODE|NL91ABNA0417164300]]",
    "the seller wants payment to [[IBAN_CODE|ES91 2100 0418 4502 0005 1332]] for a car I haven't seen. red flags?",
    "scrivi una email al commercialista con il mio IBAN per il rimborso: [[IBAN_CODE|IT60 X054 2811 1010 0000 0123 456]]",
    "my belgian account [[IBAN_CODE|BE68 5390 0754 7034]] — does a UK company need a BIC as well to pay me",
    "I got a payment request with IBAN [[IBAN_CODE|CH93 0076 2011 6238 5295 7]] from my 'landlord' who I've never met. is this the typical rental scam?",
    "wire instructions for the wedding venue: [[IBAN_CODE|AT61 1904 3002 3457 3201]]. translate the rest of the invoice from german",
    "przelej... sorry, can you write in polish: 'please send the deposit to [[IBAN_CODE|PL61 1090 1014 0000 0712 1981 2874]] by friday'",
    "Irish IBAN [[IBAN_CODE|IE29 AIBK 9311 5212 3456 78]] on my invoice template, where should it go so it looks professional",
    "my swedish account [[IBAN_CODE|SE45 5000 0000 0583 9825 7466]] for the freelance invoice — do I put VAT on it if the client is in Norway",
    "help me format this IBAN with spaces: [[IBAN_CODE|FI2112345600000785]]",
    "The Hungarian supplier's IBAN [[IBAN_CODE|HU42 1177 3016 1111 1018 0000 0000]] is super long, is that right?",
    "turkish lira transfer to [[IBAN_CODE|TR33 0006 1005 1978 6457 8413 26]] — what fees should I expect from Wise",
    "send my rent share to [[IBAN_CODE|GB33BUKB20201555555555]] — write a reminder message to my flatmate with it",
    "my SSN is [[US_SSN|412-58-3907]], is it safe to put it on this apartment application or should I leave it blank",
    "the tax form asks for SSN, mine is [[US_SSN|531 72 0468]]. where does it go on a W-4",
    "IRS letter says the SSN [[US_SSN|287-64-1193]] on my return doesn't match. what do I do?",
    "my daughter's social is [[US_SSN|609145827]], the daycare wants it for enrollment. do they legally need it?",
    "i think someone opened a credit card with my ssn ([[US_SSN|354-21-7780]]). steps to freeze my credit?",
    "write a letter to the SSA: my card shows [[US_SSN|448-30-2615]] but my name is misspelled",
    "For the I-9, my SSN is [[US_SSN|219-47-8802]] and I have a green card. which list documents do I bring",
    "Background check company asked for my social ([[US_SSN|522-19-4073]]) by email. is email ok for that?",
]
# --- national ids, patient and policy numbers, usernames --------------------------------------
PII += [
    "my NI number is [[ID_NUMBER|JT 48 29 17 B]], new employer asked for it on the starter form. where do I find my tax code",
    "i wrote my national insurance number as [[ID_NUMBER|NP735142D]] without spaces, will HMRC reject it?",
    "Aadhaar [[ID_NUMBER|4821 7390 5612]] is linked to my old number. How do I update the mobile without going to the centre?",
    "my PAN is [[ID_NUMBER|ABKPT4271L]] and the ITR site says it's inoperative. linking with aadhaar [[ID_NUMBER|7306 1948 2257]] failed. help",
    "passport number [[ID_NUMBER|548213907]] expires in 5 months, can I still fly to Thailand?",
    "I need to fill the ESTA, my passport is [[ID_NUMBER|X7H4K2L91]] (dutch). does the letter go first?",
    "driving licence number [[ID_NUMBER|KHANS812157AB9CD]] — the car hire site wants a 'check code' too, what's that",
    "my california DL is [[ID_NUMBER|D4418273]], can I use it as ID to fly domestic after the real id deadline?",
    "Reply to the HR email: yes my employee ID is [[ID_NUMBER|E-004417]] and I'd like to opt out of the pension",
    "nhs number [[ID_NUMBER|485 777 3456]] — GP says no record of my referral. write a polite chase to the hospital",
    "Hospital letter says MRN [[ID_NUMBER|00731942]], appointment cancelled. what's the fastest way to rebook",
    "car insurance policy [[ID_NUMBER|POL-88213457]] renewal went up 40%. write a haggling script for the phone call",
    "my sort code is [[ID_NUMBER|20-45-77]] and account [[ID_NUMBER|41839266]] — write a short text to my dad with it so he can send the money",
    "Canadian SIN [[ID_NUMBER|527 481 936]], employer wants it before my first day. normal?",
    "mi DNI es [[ID_NUMBER|48291736K]], ¿cómo pido cita previa para renovarlo en Madrid?",
    "I have an NIE [[ID_NUMBER|X4829173L]] but not a DNI, can I open a bank account in Spain?",
    "codice fiscale [[ID_NUMBER|BNCGLI90A41F205X]]: the pharmacy says it's wrong. how do I check it",
    "Steuer-ID [[ID_NUMBER|65 929 970 481]] — das Finanzamt sagt, sie passt nicht zu meinem Namen. Was nun?",
    "numéro de sécu [[ID_NUMBER|2 88 07 75 115 042 18]], la CPAM ne répond pas. écris un mail de relance",
    "my BSN is [[ID_NUMBER|123456782]] and the gemeente letter is in dutch. translate it for me: ...",
    "Chinese ID [[ID_NUMBER|110105199012310027]] for the hotel booking, does the hotel in the UK need this at all?",
    "căn cước của mẹ tôi là [[ID_NUMBER|001182009365]], translate this form for her",
    "my TC kimlik no [[ID_NUMBER|28491736504]] is needed for the e-devlet login. what's e-devlet",
    "PESEL [[ID_NUMBER|90071204378]] — how do i get a profil zaufany with it",
    "student number [[ID_NUMBER|s2193847]] is locked out of the library portal, write to the library helpdesk",
    "My frequent flyer number [[ID_NUMBER|BA 31947762]] wasn't added to the booking, can I add it after the flight",
    "policy number [[ID_NUMBER|HHC-20-0571934]] — the insurer rejected my burst pipe claim as 'gradual damage'. help me appeal",
    "The court gave me case ref [[ID_NUMBER|K00BR417]] and my claimant id [[ID_NUMBER|C-77812]]. what's the next step in a small claim",
    "the pension statement has my member number [[ID_NUMBER|LGPS/0092714]]. can I transfer to my new job's scheme",
    "UCAS ID [[ID_NUMBER|182-947-3016]], the uni hasn't updated my offer. email to admissions please",
    "my tax file number is [[ID_NUMBER|459 599 230]], is it ok to email it to my new boss in perth",
    "IRD number [[ID_NUMBER|049-091-850]] for my NZ job, where does it go on the IR330",
    "medicare card [[ID_NUMBER|2428 77813 2]] expired, how do I get a new one",
    "the DVLA letter says my vehicle log book reference is [[ID_NUMBER|V5C 3419 0082 771]]. I'm selling the car, what do i fill in",
    "my CPF é [[ID_NUMBER|529.982.247-25]], preciso dele pra abrir conta na nubank do exterior?",
    "I got a parking fine, PCN [[ID_NUMBER|WK48192736]]. write an appeal, the sign was covered by a tree",
    "my customer account number with British Gas is [[ID_NUMBER|850041927733]]. they overbilled me, draft a complaint",
    "library card [[ID_NUMBER|29004018273651]] and pin [[PASSWORD|6624]] aren't working for libby. what else do i try",
    "Membership number [[ID_NUMBER|NT-4471928]] for the national trust, can I use it in scotland",
    "my username at work is [[ID_NUMBER|j.kowalski]] but everyone calls me [[PERSON|kuba]]. can I change the display name in outlook?",
    "reddit user [[ID_NUMBER|throwaway_sarahm_1990]] keeps dming me. how do I block across all my accounts",
    "my steam id is [[ID_NUMBER|xX_dan_oconnor_Xx]] and I got banned for 'suspicious trades'. write an appeal",
    "the intranet login [[ID_NUMBER|pnair]] got locked after 3 tries. email to IT please",
    "Write a complaint to the hospital. I was seen under patient number [[ID_NUMBER|RX4-88213]] and they sent the letter to the wrong address",
    "PPS number [[ID_NUMBER|7419283TA]], revenue.ie says my tax credits aren't allocated. what do i do",
    "Is an Emirates ID like [[ID_NUMBER|784-1987-4829173-6]] the same as a residence visa?",
]
# --- people with other details: family, health, HR, legal, school, longer pastes --------------
PII += [
    "my son [[PERSON|Kai Thornton]] (DOB 14/02/2015) needs a letter for school explaining his asthma inhaler. write it from me, his mum",
    "what does my doctor mean by this? 'Pt [[PERSON|Greta Halvorsen]], 67F, hx of AF, INR 3.8, hold warfarin x2 days and recheck'",
    "Dr [[PERSON|Nwachukwu]] wrote 'mild degenerative changes L4/L5' on my MRI report. is that serious? I'm 34",
    "explain this discharge summary to my grandad in simple words:\n\nPatient: [[PERSON|Harold Bexley]]  MRN: [[ID_NUMBER|H0098127]]\nAdmitted with community acquired pneumonia, treated with IV co-amoxiclav, switched to oral day 3. Follow up with GP in 1 week.",
    "my dad [[PERSON|Sergei Volkov]] has dementia and keeps calling his old bank. Can I get power of attorney quickly in England?",
    "Write a grievance letter. My manager [[PERSON|Clive Ashdown]] said in front of the team that I 'only got the job because of diversity'. I'm [[PERSON|Amara Nwosu]], payroll no. [[ID_NUMBER|PR-30817]]",
    "HR asked me to write up the incident between [[PERSON|Declan]] and [[PERSON|Moira]] in the warehouse on tuesday. Make this neutral: [[PERSON|Declan]] swore at [[PERSON|Moira]] after she moved his forklift, she then threw a clipboard",
    "reference request for [[PERSON|Stanisław Kubiak]], worked for us as a chef 2019–2023, reliable, one warning for lateness. Keep it factual",
    "I'm a teacher, write a report comment for [[PERSON|Leilani]]: bright, chatty, maths improving, needs to read more at home",
    "our neighbour mr [[PERSON|gallagher]] is 91 and lives alone at [[STREET_ADDRESS|6 Fern Bank, Otley LS21 1HQ]]. what help can the council give him, his daughter is in canada",
    "Help me fill in the emergency contact part: [[PERSON|Rukhsana Begum]], sister, [[PHONE_NUMBER|07700 900 627]]",
    "my ex husband [[PERSON|Darren Pike]] hasn't paid child maintenance since february. CMS reference [[ID_NUMBER|1-2239-8841]]. what can they actually do",
    "draft a witness statement: on 3 March I saw [[PERSON|Ahmet Kaya]] reverse into the blue Corsa outside the chemist and drive off. I'm willing to be contacted",
    "My tenant [[PERSON|Efua Mensah]] wants to sublet the spare room. What do I need to check legally? The flat is [[STREET_ADDRESS|22a Coldharbour Lane, London SE5 9NR]]",
    "rewrite this complaint so it's firm but not rude: the receptionist, [[PERSON|Tracey]], told me to 'stop wasting the doctor's time' when I asked about my results",
    "Can you help me write my mum's eulogy? [[PERSON|Bernadette Mary Quinlan]], 1947–2024, nurse for 40 years, loved crosswords and terrible jokes, 5 grandkids",
    "write a funny retirement card from the team for Dr. [[PERSON|Ifeoma Chukwu]], our head of paediatrics, who famously never learned to use the new rota system",
    "Translate into Vietnamese for my mother-in-law: '[[PERSON|Phạm Thu Hà]] will pick you up at the airport at 7pm, her number is [[PHONE_NUMBER|07700 900 238]]'",
    "we're hiring a nanny. summarise these two candidates:\n1) [[PERSON|Rosa Villanueva]], 8 yrs experience, first aid, no car\n2) [[PERSON|Chloe Bright]], 2 yrs, ex-teaching assistant, own car, [[PHONE_NUMBER|07700 900 503]]",
    "my brother [[PERSON|kofi]] is applying for a UK visitor visa to come to my graduation. write the invitation letter. I'm [[PERSON|Ama Owusu]], living at [[STREET_ADDRESS|31 Mortimer Street, Cambridge CB1 2NP]]",
    "is this a phishing email?\n\nDear [[PERSON|Lukas Brandt]],\nYour parcel could not be delivered. Please confirm your card [[CREDIT_CARD|4242 4242 4242 4242]] to reschedule.",
    "my girlfriend [[PERSON|Ximena]] is mexican and her dad doesn't like me. how do i make a good impression at the dinner, i speak basic spanish",
    "What should I say to [[PERSON|Hiroshi Tanaka]]'s family at the funeral? I worked with him 10 years. Japanese customs?",
    "Write a welcome post for our new Finance Director [[PERSON|Yetunde Bakare-Ross]], joining from Diageo, based in our Edinburgh office",
    "[[PERSON|Bartholomew]] (we call him [[PERSON|Barty]]) is being bullied at school. What do I say to his head teacher Mrs [[PERSON|Pemberton]]?",
    "wedding seating help: table 1 has [[PERSON|Nana Akua]], Uncle [[PERSON|Femi]], Aunty [[PERSON|Bisi]] and [[PERSON|Tobi]]. [[PERSON|Femi]] and [[PERSON|Bisi]] are divorced. who do I move and where",
    "Make this text to my landlord sound more grown up: 'hiya [[PERSON|Graham]] the boiler's broke again, 3rd time, can u send [[PERSON|Lee]] round tmrw? cheers, flat 4'",
    "[[PERSON|jo]] in my book club picked a 900 page book for a one month read. how do i suggest a page limit without calling her out",
    "the estate agent [[PERSON|Neil Fenwick]] called me 'sweetheart' three times during the viewing. worth complaining to the agency?",
    "Can you write a toast for my parents' 40th anniversary? [[PERSON|Ravi]] and [[PERSON|Anjali]], met at a bus stop in Leicester in 1984",
    "My colleague signs her emails '[[PERSON|Hope]] x'. is the x unprofessional or is it a british thing",
    "draft a message to [[PERSON|Imogen]]'s mum asking if the girls can have a sleepover on saturday, I'll pick up from [[STREET_ADDRESS|14 Chestnut Avenue, Harrogate HG2 8BT]] at 10am sunday",
    "translate to russian: '[[PERSON|Olga Petrovna]], the heating engineer is coming thursday between 8 and 12, please be in'",
    "my grandmother [[PERSON|Zsófia Tóth]] wants to write her memoirs. give her a chapter outline template, she was born in Szeged in 1938",
    "I owe [[PERSON|Nomvula]] R2500 and she's asked for it back early. I get paid on the 25th. reply?",
    "summarise the complaint I'm about to send: I'm [[PERSON|Gwen Parry-Jones]], account [[ID_NUMBER|77281904]], your engineer [[PERSON|Dafydd]] missed two appointments and I took unpaid leave for both",
    "Which of these is better for a dog: 'Hunter' or 'Bear'? also my dad is called [[PERSON|Hunter]] so maybe not lol",
    "who should I put as referee, my old manager [[PERSON|Caoimhe Gallagher]] or the agency contact [[PERSON|Priyanka Desai]]? [[PERSON|Caoimhe]] liked me more but [[PERSON|Priyanka]] knows my recent work",
    "write a message to the group: [[PERSON|Marek]], [[PERSON|Zuzana]] and [[PERSON|Ondřej]] are doing the Prague leg, me and [[PERSON|Petra]] fly to Brno directly",
    "Can you improve this intro for the podcast? 'Hi I'm [[PERSON|Danny Okafor]] and with me as always is [[PERSON|Shaz]], and today we're talking about football managers who should be sacked'",
    "Write a thank-you note to Mr. [[PERSON|Lim Boon Huat]] for hosting our team in Singapore; mention the chilli crab dinner and that we hope to return the favour in Rotterdam",
    "Please shorten this LinkedIn post:\n\nHuge thanks to [[PERSON|Adwoa Boateng]] and [[PERSON|Felipe Araújo]] for mentoring me through my first year as a product manager. [[PERSON|Adwoa]] taught me to say no to roadmaps built on vibes, [[PERSON|Felipe]] taught me SQL at 11pm more times than I can count.",
    "my step-daughter [[PERSON|Skye]] wants to take my surname. what's the process for a deed poll in England, she's 15",
    "the vet, dr [[PERSON|mcallister]], says our cat needs 3 teeth out. is £900 a normal price in scotland",
    "Write a short speech for my best friend [[PERSON|Thabo Nkosi]]'s 30th. Inside jokes: the time he got stuck in a revolving door in Durban, and his terrible braai skills.",
    "cover email for my application to [[PERSON|Ingeborg Solberg]], hiring manager at the Oslo office. I'm [[PERSON|Mateus Carvalho]], 6 years in logistics",
    "My daughter's friend [[PERSON|Wren]] keeps coming over without her parents knowing. should I contact her mum? I only have her number [[PHONE_NUMBER|07700 900 144]]",
    "[[PERSON|Dimitra]] says I owe her half the deposit for the villa in Crete even though I dropped out 4 months before. who's right",
    "write a reminder to the football parents WhatsApp: subs are £5 a week, pay [[PERSON|Gary]] in cash or transfer to [[IBAN_CODE|GB82 WEST 1234 5698 7654 32]]",
    "Rephrase so it sounds less like a threat: 'If [[PERSON|Kamal]] parks across my drive one more time I'm calling the council.'",
    "My professor [[PERSON|E. Vasquez-Moreno]] hasn't replied about my thesis draft in 6 weeks. how do I escalate without burning bridges",
    "letter to the passport office: my son [[PERSON|Luca Moretti-Hughes]]'s application, reference [[ID_NUMBER|PEX 4419 2288 A]], has been stuck for 14 weeks",
    "give me a polite way to tell Auntie [[PERSON|Grace]] we are not coming for christmas this year, she takes everything personally",
    "how do I tell [[PERSON|ngozi]] and [[PERSON|chidi]] that the flat share is ending in august without it being awkward, we all still work together",
    "cc [[PERSON|Bronwyn]] on this but rewrite it first: 'Per my last email, the figures are in the shared drive. Again.'",
]


# === clean requests: no personal data of private people =========================================

# --- public and historical people ---------------------------------------------------------------
CLEAN += [
    "Who was Ada Lovelace and why is she called the first programmer?",
    "summarise the main ideas of Keynes's General Theory in 5 bullets",
    "was napoleon actually short or is that british propaganda",
    "Compare the leadership styles of Angela Merkel and Margaret Thatcher for my politics essay",
    "what did Florence Nightingale change about hospitals",
    "Give me a timeline of Nelson Mandela's life from Robben Island to the presidency",
    "why did Julius Caesar cross the Rubicon, explain like I'm 12",
    "Write a short quiz (10 questions) about Marie Curie for year 6",
    "how did Genghis Khan's empire collapse so fast after he died",
    "What's the difference between Martin Luther and Martin Luther King Jr.? my kid is confused",
    "Is it true that Einstein failed maths at school?",
    "explain frida kahlo's self portraits and why they matter",
    "what was Alan Turing's role at Bletchley Park",
    "did Cleopatra look Egyptian or Greek",
    "Summarise Barack Obama's 2004 DNC speech",
    "write a haiku about Amelia Earhart's last flight",
    "who was Mansa Musa and was he really the richest person ever",
    "Tell me three surprising facts about Queen Victoria",
    "How did Gandhi's salt march work logistically?",
    "what were Rosa Parks's actual words to the bus driver",
    "why do people still argue about Winston Churchill's legacy",
    "Explain Elon Musk's acquisition of Twitter in one paragraph, neutral tone",
    "what books did Abraham Lincoln read as a boy",
    "Did Catherine the Great really do all the things people say",
    "Who invented the telephone, Bell or Meucci?",
    "give me a reading list on Harriet Tubman for a teenager",
    "what's Jacinda Ardern doing now",
    "Explain Rumi's poetry to someone who's never read it",
    "compare Tesla and Edison's approach to electricity (the people, not the companies)",
    "What was Ibn Battuta's route?",
    "Who was Hypatia of Alexandria?",
    "why is Wangari Maathai famous",
    "Is the story about Archimedes shouting eureka in the bath true?",
    "tell me about confucius's views on family in plain english",
    "What did Sun Tzu actually say about knowing your enemy",
    "Write a 200 word bio of Chien-Shiung Wu for a science poster",
    "what happened to Anne Frank's father after the war",
    "When did Simón Bolívar die and what of?",
    "Who are the current Supreme Court justices and who appointed each one?",
    "what's Taylor Swift's net worth roughly, and how much is from touring",
]

# --- authors, books, fictional characters -------------------------------------------------------
CLEAN += [
    "Summarise Pride and Prejudice chapter by chapter, short",
    "is Mr. Darcy actually a good person or just rich",
    "why does Holden Caulfield hate phonies so much",
    "Compare Jane Eyre and Rebecca as gothic heroines",
    "what is Gatsby's real name and why did he change it",
    "Give me an essay plan: 'Lady Macbeth is more ambitious than Macbeth'. Discuss",
    "who is Boo Radley and why does Scout change her mind about him",
    "explain the ending of One Hundred Years of Solitude, I got lost with all the Aurelianos",
    "What's a good order to read Terry Pratchett's Discworld books",
    "Recommend books like Normal People by Sally Rooney",
    "who would win, Sherlock Holmes or Hercule Poirot, in a locked room mystery",
    "Write a limerick about Bilbo Baggins losing his buttons",
    "Why did J.K. Rowling use a pen name for the Cormoran Strike books?",
    "what does Atticus Finch mean by 'climb into his skin and walk around in it'",
    "explain the symbolism of the green light in chapter 1",
    "Is Hermione Granger a better role model than Katniss Everdeen?",
    "character analysis of Elizabeth Bennet in 300 words",
    "Who narrates Wuthering Heights, Nelly or Lockwood?",
    "what happens to Jay in The Great Gatsby? no spoilers for the rest pls",
    "Toni Morrison's Beloved — help me understand the character Beloved",
    "Summarize Chinua Achebe's Things Fall Apart and what happens to Okonkwo",
    "Why does Raskolnikov confess?",
    "give me 5 discussion questions for our book club on Americanah by Chimamanda Ngozi Adichie",
    "is anna karenina worth reading or can I just watch the film",
    "What did Tolkien base the Shire on?",
    "who is Winnie the Pooh named after",
    "write a scene where Paddington meets Mary Poppins",
    "What's the moral of Don Quixote?",
    "In Breaking Bad, why does Walter White become Heisenberg?",
    "Rank the Doctor Who actors by how long they played the Doctor",
    "explain the relationship between Ross and Rachel across all 10 seasons",
    "Why is Homer Simpson's middle name Jay?",
    "Is Dumbledore a good guy? Argue both sides",
    "Who voices Peppa Pig's dad?",
    "Write a poem in the style of Emily Dickinson about the Tube",
]

# --- athletes, musicians, artists ---------------------------------------------------------------
CLEAN += [
    "How many grand slams has Serena Williams won compared to Steffi Graf",
    "is messi or ronaldo better at free kicks, statistically",
    "What made Usain Bolt's start so fast for someone that tall",
    "explain why Simone Biles withdrew in Tokyo",
    "Best Beatles albums for someone who only knows Hey Jude",
    "what instruments did Prince play on his first album",
    "summarise Beyoncé's Lemonade and what each chapter is about",
    "give me a beginner's guide to Miles Davis — which album first",
    "Who was Freddie Mercury's band before Queen",
    "why did Kendrick Lamar and Drake fall out",
    "What's the story behind Dolly Parton's Jolene",
    "Who's the youngest player to score in a World Cup final",
    "Is Eliud Kipchoge's sub-2 marathon an official world record?",
    "rank Pixar films by box office",
    "When did Bob Dylan go electric and why did people boo",
    "Who painted The Girl with a Pearl Earring and who was the girl",
    "Tell me about Banksy's shredded painting",
    "Is Hope Solo still playing football?",
    "What's the song 867-5309/Jenny about and who sang it?",
    "Jordan vs LeBron: make the case for each in 5 bullets",
    "why is Lewis Hamilton called the GOAT of F1 by some and not others",
    "what's Ed Sheeran's most streamed song",
    "explain what made Shakira's Super Bowl halftime show different",
    "who coached Manchester United after Sir Alex Ferguson, in order",
    "What year did Wimbledon start letting Venus and Serena play doubles",
]

# --- eponyms: theorems, diseases, laws, units, effects ------------------------------------------
CLEAN += [
    "prove Fermat's little theorem without group theory",
    "what's the difference between Crohn's disease and ulcerative colitis",
    "explain Bayes' theorem with a covid test example",
    "Is Asperger's still a diagnosis or is it all autism spectrum now?",
    "How do I apply Kirchhoff's voltage law to this circuit with two loops",
    "what is Murphy's law vs Sod's law",
    "Explain Dijkstra's algorithm and when to use A* instead",
    "Parkinson's law says work expands to fill the time available — is there evidence for it?",
    "what's a Fourier transform in plain english",
    "symptoms of Hashimoto's vs Graves' disease",
    "Explain the Doppler effect with an ambulance example",
    "Why does Hooke's law stop working for big stretches?",
    "what is Goodhart's law, give examples from schools",
    "How does a Turing machine differ from a real computer?",
    "simple explanation of the Heisenberg uncertainty principle, no maths",
    "What's Bell's palsy and how long does it last",
    "is Occam's razor a logical rule or just a preference",
    "explain Maxwell's equations one by one, intuitively",
    "What causes Raynaud's? my fingers go white in the cold",
    "Show me how to use the Pythagorean theorem to find the diagonal of a 3x4 room",
    "what's the Dunning-Kruger effect and has it been debunked",
    "explain the Monty Hall problem, I still don't get why switching is better",
    "Newton's third law: why doesn't a horse pulling a cart go nowhere?",
    "What is Benford's law and how do auditors use it",
    "difference between Alzheimer's and vascular dementia",
    "Explain Moore's law and whether it's dead",
    "What does the Gini coefficient measure",
    "How does the Stroop test work",
    "What's the Coriolis effect, does it really change how toilets flush",
    "Explain Nash equilibrium using the prisoner's dilemma",
]

# --- brands and companies named after people ----------------------------------------------------
CLEAN += [
    "Is a Ford Fiesta or a Toyota Yaris cheaper to insure for a new driver",
    "my Dell XPS won't charge past 80%, is that a setting?",
    "How many calories in a McDonald's Big Mac meal?",
    "Compare Hewlett-Packard and Lenovo business laptops for a small office",
    "is Ben & Jerry's still owned by Unilever",
    "What's the history of Cadbury and why did Kraft buy it",
    "disney plus vs netflix for a family with two under 10",
    "Is a Dyson hairdryer worth the money",
    "why is Ferrari's share price so high compared to Ford's",
    "Marks & Spencer vs Sainsbury's for a Christmas food order",
    "what's the best Chanel perfume for someone who likes fresh citrus",
    "How did Louis Vuitton become so expensive",
    "Should I buy a Porsche Macan or a BMW X3",
    "what does the Johnson & Johnson talc settlement mean for shareholders",
    "why is Wendy's called Wendy's",
    "Is Heinz ketchup actually better than own brand in blind tests",
    "Tell me about the Guinness Book of Records — is it the same Guinness as the beer?",
    "Boeing vs Airbus safety records, factual please",
    "Is Jack Daniel's a bourbon?",
    "What's Lidl's return policy on electricals?",
]

# --- places and street names in general questions -----------------------------------------------
CLEAN += [
    "what's the history of Abbey Road, and can you still walk on the crossing",
    "Why is Baker Street famous?",
    "best pubs near Portobello Road for a sunday",
    "Is Wall Street still where the stock exchange is?",
    "how long does it take to walk the length of Oxford Street",
    "What's on the Champs-Élysées besides shops?",
    "Is Lombard Street in San Francisco really the crookedest street?",
    "history of Downing Street — why is number 10 the PM's house",
    "things to do in Georgia (the country, not the state) in october",
    "weekend in Paris with a toddler, what's doable",
    "what's the weather like in Sydney in July",
    "is Jordan safe for solo female travellers",
    "best time to visit Florence to avoid crowds",
    "how did Victoria in British Columbia get its name",
    "Dallas vs Austin for a tech job, cost of living",
    "Why is Penny Lane in Liverpool a tourist spot",
    "what is Sunset Boulevard known for",
    "Is the Shambles in York the inspiration for Diagon Alley?",
    "How did Bond Street get its name",
    "walking route from Times Square to Central Park, scenic",
    "what's at the end of Route 66",
    "is Chelsea or Fulham nicer for a first flat in london",
    "Compare Lagos and Accra for a 5 day trip",
    "What's the oldest street in Kyoto?",
    "Why are there so many streets called Church Street in England",
]

# --- capitalised common words and names used as words ------------------------------------------
CLEAN += [
    "Grace before meals: give me a short non-denominational one for a family dinner",
    "what's the difference between hope and optimism, philosophically",
    "Is 'will' a noun or a verb in 'where there's a will there's a way'",
    "How do I read a utility Bill properly? The standing charge confuses me",
    "what does 'Mark' mean in the Bible, like Mark 4:39",
    "why is the dawn chorus so loud in May",
    "Sky broadband vs BT, which is faster in rural areas",
    "Explain the Hope Diamond curse",
    "is Will & Grace worth watching now or has it aged badly",
    "What does Rose mean in Cockney rhyming slang",
    "good Hunter boots dupes?",
    "Is Faith No More's Angel Dust their best album",
    "what does 'Sterling' mean in pound sterling",
    "Summer Solstice 2025 — what time is sunrise at Stonehenge",
    "Why is April Fools' Day on the 1st?",
    "What does the Crown Estate own",
    "how do I make Victoria sponge that doesn't sink",
    "Joy Division or New Order for someone who likes The Cure?",
    "What's a Grand Jury vs a Petit Jury",
    "Chase bank or Capital One for a first credit card in the US",
    "What is the Royal Mail's Signed For service",
    "Is Brooke Bond still a tea brand?",
    "my Dawn dish soap trick for greasy pans stopped working, why",
    "what is Ivy League and which unis are in it",
    "Explain Mark-to-market accounting simply",
]

# --- code and config with placeholders, ids that are not about people ---------------------------
CLEAN += [
    "why does this fail?\n\ndef greet(name: str) -> str:\n    return 'Hello, ' + name\n\ngreet(None)",
    "write a pydantic model with fields name, email and password, and validate that email has an @",
    "How do I hash a password in python? right now I do `db.save(user.password)` which I know is bad",
    "Explain this SQL: SELECT name, email FROM users WHERE created_at > NOW() - INTERVAL '7 days';",
    "my .env.example has DB_PASSWORD=changeme and SECRET_KEY=<generate-me>. what's the convention for example env files",
    "what's wrong with this? const user = { name: '', email: '' }; if (!user.email) throw new Error('email required')",
    "Is a UUID like 3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c guaranteed unique across machines?",
    "convert uuid4 '6a1f4e2c-8b3d-4c5e-9f7a-0b1c2d3e4f5a' to a 22 char base64 string in python",
    "upgrading from Django 4.2.11 to 5.0.6, what breaks?",
    "pip says requires numpy>=1.26.4,<2.0 but I have 2.0.1. how do I pin it",
    "What's new in Python 3.12.3 vs 3.11.9",
    "node 18.19.0 vs 20.11.1 for a new project in 2024?",
    "explain semantic versioning: if I go from 1.9.14 to 2.0.0 what does it signal",
    "SKU ABX-4471-BLK-XL is showing out of stock on our shopify but we have 30. what could cause that",
    "write a regex that matches our SKUs like TSH-0042-RED-M and MUG-1001-WHT",
    "Our order IDs look like ORD-2024-000381. how do I generate them safely in postgres without gaps",
    "what does HTTP 429 mean and how should I back off",
    "git commit hash 9fceb02 — how do I see what changed in that commit only",
    "docker image python:3.11-slim-bookworm vs alpine for a flask app",
    "How do I use getpass() so the password isn't echoed in the terminal?",
    "in react, how to show 'Welcome, {user.firstName}' only when logged in",
    "write a bash loop to rename IMG_0001.jpg ... IMG_0450.jpg to holiday_001.jpg etc",
    "what's the difference between 127.0.0.1 and 0.0.0.0 when binding a server",
    "why can't my laptop reach 192.168.1.1, it's the default router page",
    "Is 8.8.8.8 or 1.1.1.1 faster as a DNS resolver",
    "my api call uses headers={'Authorization': f'Bearer {os.environ[\"API_KEY\"]}'} — is reading from env enough for security?",
    "Explain OAuth2 client credentials vs authorization code, no code needed",
    "terraform: how to pass a db password from AWS Secrets Manager instead of hardcoding",
    "What is the ISBN 978-0-14-143951-8 for?",
    "regex for an email address that's good enough for a signup form, not RFC perfect",
]

# --- numbers, dates, money, maths ---------------------------------------------------------------
CLEAN += [
    "If I invest £250 a month at 6% for 25 years, how much will I have?",
    "what's 17.5% of 3,480",
    "Solve 3x^2 - 12x + 9 = 0 and show steps",
    "how many days between 14 March 2024 and 2 November 2024",
    "convert 1,250,000 JPY to GBP at 192.4",
    "is a mortgage rate of 4.79% fixed for 5 years good right now in the UK",
    "compound interest on $10,000 at 3.2% compounded monthly for 7 years",
    "What's the probability of rolling at least one six in four rolls",
    "Calculate the IRR for cash flows -5000, 1200, 1500, 1800, 2100",
    "my salary is 48,500 a year, what's my take home in England 2024/25",
    "what's 2^64 and why does it come up in computing",
    "the invoice says net 30 from 28/02/2025, when is it due",
    "is 7919 a prime number",
    "How many seconds are in a leap year?",
    "VAT at 20% on 1,499.99 inclusive, what's the net amount",
    "If a train leaves at 14:35 and the journey is 3h 52m, when does it arrive",
    "what's the standard deviation of 4, 8, 15, 16, 23, 42",
    "loan of 12000 over 48 months at 7.9% APR, monthly payment?",
    "Is 0.1 + 0.2 == 0.3 in JavaScript and why not",
    "what was the FTSE 100 closing level on the day of the Brexit vote, roughly",
]


def card_ok(number: str) -> bool:
    """Luhn, and this set's own rule on top of marks': 12 digits or more."""
    return luhn_ok(number) and sum(c.isdigit() for c in number) >= 12


def parse(marked: str, where: str) -> tuple[str, list[Span]]:
    """The plain text and its spans; raises ValueError on anything malformed."""
    text, spans = strip_marks(marked)
    for s in spans:
        kind, value = s["type"], s["value"]
        if kind not in TYPES:
            raise ValueError(f"{where}: unknown type {kind!r}")
        if value != value.strip() or "[[" in value or "|" in value:
            raise ValueError(f"{where}: bad value {value!r}")
        if kind == "CREDIT_CARD" and not card_ok(value):
            raise ValueError(f"{where}: card fails Luhn: {value!r}")
        # upper-cased as this set always did: int(c, 36) reads either case, but not every letter
        if kind == "IBAN_CODE" and not iban_ok(value.upper()):
            raise ValueError(f"{where}: IBAN fails mod 97: {value!r}")
    if "[[" in text or "]]" in text:
        raise ValueError(f"{where}: stray mark in {text!r}")
    return text, spans


# Phrases where a marked name also occurs on purpose as something else (a dog's name).
UNMARKED_OK = ("'Hunter' or 'Bear'",)


def unmarked_repeats(text: str, spans: list[Span]) -> list[str]:
    """PERSON values that also occur (case-insensitively, as a word) outside any span."""
    covered = [(s["start"], s["end"]) for s in spans]
    for phrase in UNMARKED_OK:
        covered += [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
    found = []
    for s in spans:
        if s["type"] != "PERSON":
            continue
        for word in str(s["value"]).split():
            if len(word) < 3 or word.endswith("."):
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
                if not any(a <= m.start() < b for a, b in covered):
                    found.append(word)
    return found


def records(texts: list[str], source: str, want_pii: bool) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, marked in enumerate(texts, 1):
        rid = f"{source}/{i:03d}"
        text, spans = parse(marked, rid)
        if want_pii and not spans:
            raise ValueError(f"{rid}: a personal-data record without spans: {text!r}")
        if not want_pii and spans:
            raise ValueError(f"{rid}: a clean record with spans: {text!r}")
        out.append(record(rid, source, text, spans))
    return out


def main() -> int:
    pii = records(PII, PII_SOURCE, want_pii=True)
    clean = records(CLEAN, CLEAN_SOURCE, want_pii=False)
    texts = [str(r["text"]) for r in pii + clean]
    dupes = {t for t in texts if texts.count(t) > 1}
    if dupes:
        raise ValueError(f"duplicate texts: {sorted(dupes)[:3]}")
    ids = [str(r["id"]) for r in pii + clean]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate ids")
    warnings = [(r["id"], w) for r in pii for w in unmarked_repeats(str(r["text"]), r["spans"])]  # type: ignore[arg-type]
    for rid, word in warnings:
        print(f"warning: {rid}: {word!r} also occurs unmarked", file=sys.stderr)
    write(HERE / "chat_pii_blind.jsonl", pii)
    write(HERE / "chat_clean_blind.jsonl", clean)
    counts: dict[str, int] = {}
    for r in pii:
        for s in r["spans"]:  # type: ignore[attr-defined]
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    with_type: dict[str, int] = {}
    for r in pii:
        for t in r["entity_types"]:  # type: ignore[attr-defined]
            with_type[t] = with_type.get(t, 0) + 1
    print(f"{len(pii)} personal-data records, {len(clean)} clean records")
    for t in sorted(counts):
        print(f"  {t:15} {counts[t]:4} spans in {with_type[t]:4} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
