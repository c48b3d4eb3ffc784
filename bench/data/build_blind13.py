# ruff: noqa: E501
"""A thirteenth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind12.py``, never the
detector, its rules, docs, tests or the other sets. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling):

* 100 chat requests to an assistant in voices unlike a typical tester (a night-shift
  warehouse worker, a wedding planner, a kids' football coach, a pharmacist, an estate agent,
  a church volunteer, a plumber invoicing clients, a grad student, a grandmother learning to
  text, a game-server moderator) that mention private people, mostly by first name only and
  often once with no relation word near the name, some lone surnames and nicknames, names
  from Africa, South and East Asia, Latin America, Eastern Europe, the Middle East and the
  Pacific, and names that are also words (Faith, Rusty, Autumn, Bean, Major, Precious, Lucky,
  Harmony, Sterling, Dot, Biscuit, Tank); the first 35 typed all in lower case with
  shorthand and typos, the next 10 in Spanish, French, Portuguese, German, Polish, Tagalog,
  Swahili, Vietnamese, Arabic and Indonesian;
* 40 pasted texts to fix, answer or summarise: group-chat exports with timestamps, voicemail
  transcripts, sign-up sheets, rotas, invoices, tenancy and school messages, forms, logs;
* 40 short texts whose only personal datum is a secret or number said without a keyword
  such as 'password' or 'PIN' (passphrases, codes, combinations), a username or handle, or an
  account, card, IBAN, national id or IP;
* 40 statement-style records of one invented person (name with address, phone, e-mail,
  card, IBAN, national id, username or IP) in the formats of over 30 countries.

Usernames, logins, customer, member, employee and tenancy ids, bank account numbers,
passports and licences are labelled ID_NUMBER; PINs, codes and combinations are PASSWORD;
titles stay outside PERSON spans; an address span runs from the street line through the
postcode and city as typed; dates of birth, public figures and fictional characters are not
labelled; every occurrence of a private value is marked. The 100 clean texts are 30
benchmark-style questions, 30 everyday requests, 20 technical requests with placeholders
only and 20 chosen to trip a naive detector. All values are invented: phones from fictional
ranges where a country has one (UK 07700 900, 01632 960, 0117 496 0, 020 7946 0; North
America 555-01; Australia 0491 570; France 06 39 98), cards Luhn-valid and not well-known
test numbers, IBANs valid mod 97, national ids with valid check digits where the format has
one, IPs from documentation ranges.

Run ``.venv/bin/python bench/data/build_blind13.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marks import build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 35
OTHER_LANGUAGES = 10
MIN_CHARS = 15
MAX_WORDS = 260
CARD_DIGITS = frozenset({13, 14, 15, 16, 19})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Fr|Sr|Sra|Herr|Frau|Mme|Mlle|M|Dhr|Pan|Pani|Ing|Deacon|Brother|Sister|Pastor)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1")

# 100 chat requests: 35 all in lower case, 10 in other languages, 55 in English.
CHAT = [
    # 35 all in lower case, shorthand and typos
    "on nights again this wk and [[PERSON|rusty]] keeps swapping his forklift shifts onto me w/o asking the lead. how do i say somthing without making it a whole thing",
    "can u help me write a msg to the shift lead, need thurs off bc my daughter has her recital. lead is [[PERSON|dariusz]], hes ok but strict abt notice",
    "wat do i put on an injury form if i twisted my ankle on the dock ramp at 3am. [[PERSON|tomasz]] saw the whole thing",
    "pallet jack died again n [[PERSON|marisol]] got blamed, it wasnt her fault the charger was unplugged. how do i back her up w/o getting in trouble myself",
    "need a cute timeline for a sat wedding, ceremony 2pm, couple is [[PERSON|autumn]] and [[PERSON|deshawn]], photos before or after?? they cant decide",
    "the brides mum keeps emailing me at 11pm lol. shes called [[PERSON|perpetua]]. how do i set boundarys nicely without losing the booking",
    "vendor list 4 the [[PERSON|okonkwo-reyes]] wedding: florist is bloom&co, dj is a guy called [[PERSON|lucky]], caterer tbd. can u turn this into a checklist w deadlines",
    "writing a toast for a client who asked me to help, groom is [[PERSON|sione]] and he loves rugby and his nana. 1 min max pls",
    "u9 lineup for sat, got 11 kids. [[PERSON|bean]] is fast but wont pass, [[PERSON|priya]] is a great keeper, [[PERSON|jayden]] cries if hes subbed. 2 halves of 25 min. help me rotate so evry1 plays",
    "how do i tell a parent their kid isnt ready for the travel team. kid is [[PERSON|major]], hes 8, super keen but struggles w the basics",
    "send the parents a reminder: practice moved to 5:30, bring water n shin pads. also say thx to [[PERSON|chiamaka]]'s dad for the snacks",
    "one of my players [[PERSON|koa]] keeps saying his knee hurts after sprints. should i sit him out or is that just growing pains",
    "quick q for a shift note: mrs [[PERSON|fonoti]] came in asking if she can take ibuprofen with her blood thinner. wat do i write in the handover",
    "customer [[PERSON|harmony]] asked about st johns wort w her birth control, want a plain english explanation i can text back",
    "draft a polite note to dr [[PERSON|adebayo]]'s office, the script for amoxicillin came thru with no dose on it",
    "pharmacy tech [[PERSON|kwame]] keeps miscounting the blister packs, how do i coach him without it feeling like a write up",
    "open house sun 1-4. sellers are [[PERSON|faith]] and [[PERSON|gordon]], they want to be out during it. write a short listing blurb, 3 bed 2 bath, big backyard, new roof",
    "buyer [[PERSON|nguyen]] wants to offer 20k under asking, how do i present that to the sellers w/o them getting offended",
    "can u rewrite my text to a client its too pushy: 'hi [[PERSON|bogdan]] the market is moving fast n u need to decide by fri or lose it'",
    "making the flower rota for advent, volunteers are [[PERSON|precious]], [[PERSON|edith]], mr [[PERSON|kowalczyk]] and the twins. 4 sundays. pls make a table",
    "need a short prayer for the sick list sunday, want to include [[PERSON|tavita]] who had a stroke and little [[PERSON|ana]] whos in hospital",
    "how do i politely tell brother [[PERSON|emmanuel]] the potluck signup is full, he always brings 3 dishes lol",
    "invoice help: job was at the [[PERSON|lindqvist]] house, replaced water heater, 4hrs labour + parts 612. how do i word the line items",
    "customer ghosted me on payment, its been 45 days, guy is called [[PERSON|rahim]]. write a firm but not rude reminder txt",
    "need a quote template, new client [[PERSON|moana]] wants a full bathroom re-pipe, old galvanised pipes, prob 2 days work",
    "my advisor prof [[PERSON|ikeda]] wants the lit review by fri and i have 2 pages. how do i ask for an extension w/o looking lazy",
    "labmate [[PERSON|svetlana]] keeps using my pipettes n not cleaning them. help me write a passive agressive sticky note but like nice",
    "is it ok to cite a thesis from a friend, [[PERSON|lerato]] finished hers last yr, its not published anywhere",
    "hello this is my first time using this. my grandson [[PERSON|kofi]] says i can ask you things. how do i send a picture to him on the phone",
    "how do i make the letters bigger on my phone my eyes are not good. [[PERSON|gladys]] next door said there is a setting for it",
    "i want to write happy birthday to [[PERSON|mele]] she turns 16 on tuesday. something sweet not too long please",
    "player [[ID_NUMBER|xx_vortex_xx]] keeps spamming slurs in global chat, how long shld the mute be for a 3rd offence",
    "write a ban appeal reply to [[ID_NUMBER|shadowfang77]], he says his little brother was on his acct. we hear that a lot lol",
    "another mod, [[PERSON|jun-seo]], keeps banning ppl without logging it. how do i bring it up in the mod channel w/o drama",
    "someone called [[PERSON|leilani]] dm'd me saying shes being harassed by [[ID_NUMBER|gr1mreaper_09]], what evidence shld i ask for before i act",
    # 10 in other languages
    "¿Me ayudas a escribir un mensaje para la novia? Se llama [[PERSON|Guadalupe]] y quiere cambiar el menú a última hora, pero el catering ya cobró el anticipo.",
    "Pouvez-vous m'aider à rédiger une note pour ma collègue [[PERSON|Ndeye]] ? Une cliente a rapporté une boîte de médicaments ouverte et je ne sais pas si on peut la reprendre.",
    "Preciso de uma mensagem para os pais do time sub-10. O treino de quarta foi cancelado por causa da chuva e o [[PERSON|Thiago]] vai levar os coletes para casa para lavar.",
    "Kannst du mir helfen, eine Mahnung zu formulieren? Herr [[PERSON|Brandstätter]] hat die Rechnung für den Rohrbruch seit sechs Wochen nicht bezahlt, es geht um 840 Euro.",
    "Jak napisać do kierownika, że [[PERSON|Zbyszek]] znowu zostawił wózek widłowy na rampie? Nie chcę na niego donosić, ale to jest niebezpieczne.",
    "Paano ko ipapadala ang litrato kay [[PERSON|Jomar]] sa Messenger? Hindi ko alam kung saan pipindutin, malabo na ang mata ko.",
    "Nisaidie kuandika tangazo la kanisa: mkutano wa vijana utafanyika Jumamosi saa nane mchana, na mratibu ni [[PERSON|Neema Wambui]].",
    "Giúp tôi viết tin nhắn cho khách hàng tên [[PERSON|Hạnh]], báo rằng chủ nhà đã đồng ý giảm giá 5% nếu ký hợp đồng trước thứ Sáu.",
    "ساعدني في كتابة بريد إلى مشرفي الدكتور [[PERSON|سامر حداد]] لأطلب تأجيل موعد تسليم الفصل الثالث أسبوعين بسبب مرض والدتي.",
    "Tolong bantu saya menulis pengumuman server: akun [[ID_NUMBER|rizkyGG_88]] dibanned 7 hari karena pakai cheat, laporan masuk dari [[PERSON|Wulan]].",
    # 55 in English
    "I work nights at a distribution centre and I'm nodding off on the drive home. Any tips? [[PERSON|Ifeoma]] says she has her last coffee at 4am and nothing after, is that a good rule?",
    "Write a short thank-you card for the day supervisor who covered my shift when my car broke down. [[PERSON|Birgit]] hates a fuss, so keep it simple.",
    "Our team leader asked me to train the new starter, [[PERSON|Paulo]], on the RF scanners. Can you make a one-page cheat sheet for receiving, putaway and cycle counts?",
    "I'm trying to work out overtime. If I do four 10-hour nights and [[PERSON|Hemi]] does five 8s, who earns more at $23.40 an hour with time and a half after 40?",
    "How do I ask HR whether my night differential was missed on last week's pay? The payroll contact is someone called [[PERSON|Okafor]] and I've never spoken to them.",
    "Can you help me draft a seating note? The bride's parents, [[PERSON|Ruth]] and [[PERSON|Emeka]], divorced last year and can't share a table, but both want to sit near the front.",
    "Write a rain-plan email for an outdoor ceremony next month. The couple are [[PERSON|Yuki]] and [[PERSON|Marcus]], and the venue has a barn we can move into.",
    "My client wants a 'something borrowed' from her late grandmother. How can I suggest options gently? She's [[PERSON|Harmony Tuilagi]] and she cries every time we talk about it.",
    "A florist I work with, [[PERSON|Dragana]], sent the wrong peonies for the third time. Help me write a firm email that doesn't burn the bridge. Her address is [[EMAIL_ADDRESS|dragana@petalandstem.co.uk]].",
    "Budget check: 120 guests, $85 a head catering, venue $4,200, band $2,800. [[PERSON|Precious]] wants to add a late-night taco truck at $14 a head for 80 people. What's the new total?",
    "Give me three warm-up drills for 7-year-olds that don't involve standing in lines. Last week [[PERSON|Tobias]] and [[PERSON|Amara]] got bored and started wrestling.",
    "One of the mums, [[PERSON|Valentina]], wants to help coach. What safeguarding checks do I need to sort before I say yes?",
    "End-of-season awards for my U8s: I want every kid to get something. Suggest funny, kind award names. For example [[PERSON|Nnamdi]] never stops smiling and [[PERSON|Rusty]] always forgets his boots.",
    "Write a team talk for kids after losing 9-0. Keep it upbeat, and mention that our keeper [[PERSON|Lucky]] made some brilliant saves.",
    "How do I handle a parent shouting at the ref from the touchline? It's [[PERSON|Gareth]]'s dad, every single week.",
    "I'm a community pharmacist. A regular, Mr [[PERSON|Tanaka]], has started mixing up his morning and evening tablets. What kind of dosette system works best for someone with early memory problems?",
    "Turn this into a polite notice for the counter: prescriptions ordered after 2pm are ready next day. Then a separate note thanking [[PERSON|Zanele]] for covering the Saturday locum.",
    "Explain in plain words why she shouldn't take two paracetamol products at once. [[PERSON|Autumn]] has been taking cold and flu sachets plus tablets for three days.",
    "My pre-reg trainee [[PERSON|Farhan]] asked why we can't switch brands for some epilepsy medicines. Give me a short explanation I can go through with him.",
    "Write an Instagram caption for a just-sold post. Don't name the buyers, but thank [[PERSON|Ximena]] for the paperwork marathon.",
    "The tenants keep refusing viewings even though the lease says 24 hours' notice. Draft a message to [[PERSON|Okonjo]], the lead tenant, reminding him of the clause.",
    "I co-list with [[PERSON|Sterling]], who keeps picking up calls that were meant for me. How should two agents split inbound leads fairly?",
    "Help me compare two offers: the [[PERSON|Haddads]] at 610k with a finance clause, or cash at 585k settling in 30 days. What should I ask before advising the sellers?",
    "I run the food pantry at our church on Tuesdays. Make a simple sign-in sheet template and a note for volunteers, and thank Deacon [[PERSON|Mwangi]] for lending the van.",
    "Write a short bulletin paragraph welcoming a new family. The mum, [[PERSON|Losaline]], sings and might join the choir.",
    "We're collecting for a member whose house flooded. How do I word an appeal without sharing too much? [[PERSON|Honorata]] is okay with us using her first name.",
    "How do I set up a rota so [[PERSON|Faith]] isn't on coffee every single week? She never says no and I think she's exhausted.",
    "I'm a one-man plumbing business. Mrs [[PERSON|Abernathy]] says the leak came back after I fixed it and wants a refund, but it's a different joint. How do I explain this politely?",
    "Check my maths on this invoice: callout 95, 2.5 hrs at 78 an hour, compression fittings 34.60, plus VAT at 20%. It's for [[PERSON|Jaroslav]] in the flats by the station, [[PHONE_NUMBER|07700 900 412]].",
    "Write a text to let a client know I'm running 40 minutes late. [[PERSON|Bronwyn]] has to pick up her kids at 3, her mobile's [[PHONE_NUMBER|0491 570 737]].",
    "What's a fair way to charge for a second visit when the homeowner bought the wrong tap? [[PERSON|Dale]] is a nice guy but this is the second time.",
    "Explain fixed versus random effects like I'm very tired. Dr. [[PERSON|Oyelaran]] on my committee asked me to justify the choice and I panicked.",
    "I'm co-authoring with [[PERSON|Mehwish]] and we disagree about author order. She did more of the analysis, I did most of the writing. How do people usually settle this?",
    "Write a polite email asking [[PERSON|Tran]] to share the cleaned dataset from the summer project. I've asked twice already.",
    "My TA partner [[PERSON|Kalani]] keeps getting the easy sections. How do I raise this with the course coordinator without sounding petty?",
    "Summarise in two lines why reproducibility matters. I'm giving a lab talk straight after [[PERSON|Ngozi]] on Friday.",
    "Hello. I am 78 and my daughter set this up for me. How do I make a video call to [[PERSON|Ravindra]] in Toronto? He has the same phone as me.",
    "What does LOL mean. [[PERSON|Saoirse]] wrote it under my picture of the cat.",
    "How do I stop my phone buzzing every time the family group sends something? Cousin [[PERSON|Bernadette]] sends 40 messages a day.",
    "Is it safe to click a link in a text saying I won a prize? [[PERSON|Dot]] from bowls says never click them but it looks real.",
    "I moderate a Minecraft server for teens. [[PERSON|Ezekiel]] (in game he's [[ID_NUMBER|PixelZeke]]) told another kid which town he lives in. What should our rule be about sharing real info?",
    "Write a clear, friendly rules post for our Discord, and add a line thanking [[PERSON|Major]] for hosting the build contest.",
    "How do I check whether two accounts belong to the same person? [[ID_NUMBER|NightOwl_Kiri]] and [[ID_NUMBER|kiri.plays]] joined the same day and always vote the same way.",
    "Our head admin [[PERSON|Bao]] wants a points system for warnings. Can you propose one with five levels?",
    "Someone reported that [[ID_NUMBER|frostbyte_ua]] is selling accounts for real money. Draft a ban message that explains the rule.",
    "Two of my players, [[PERSON|Tevita]] and [[PERSON|Ahmad]], want to be striker every game. How do I explain rotating positions to 9-year-olds?",
    "My mate [[PERSON|Tank]] (real name [[PERSON|Tanveer]]) lent me $300 before payday. How do I write a simple IOU that's fair to both of us?",
    "[[PERSON|Ji-hoon]] and [[PERSON|Ama]] want a bilingual ceremony in Korean and Twi. How should I structure the vows so neither family waits too long?",
    "[[PERSON|Oyunaa]] asked whether her son's antibiotic liquid needs to go in the fridge. It's amoxicillin suspension. What do I tell her?",
    "Please make this sound nicer: '[[PERSON|Kowalski]], if the deposit isn't in by Monday the deal is off.' He's a buyer, not a friend.",
    "Write an obituary paragraph for the parish newsletter. [[PERSON|Teodoro Villanueva]] was our sacristan for 31 years and loved mending old hymnals.",
    "[[PERSON|Bean]] started as my apprentice last week. What jobs are safe to give a 17-year-old in the first month?",
    "Is 'et al.' needed when citing a paper with three authors in APA 7? [[PERSON|Anneliese]] says yes, I say no.",
    "I want to send money to my grandson for his birthday but I don't trust the bank app. [[PERSON|Tahu]] lives in Rotorua. What other ways are safe?",
    "Our event organiser goes by [[PERSON|Biscuit]] in voice chat and I just found out she's 14. Should adult mods be DMing her about events?",
]

# 40 pasted texts to fix, answer or summarise.
PASTED = [
    "Summarise this group chat for me, I missed it:\n[21:04] [[PERSON|Chinonso]]: who's driving to the away game sat?\n[21:06] [[PERSON|Marta Kowalewska]]: I can take 3 kids, leaving from the school gate at 8\n[21:07] [[PERSON|Chinonso]]: amazing, can you squeeze in [[PERSON|Ife]] too?\n[21:15] [[PERSON|Dev]]: I'll bring oranges. if anyone gets lost ring me [[PHONE_NUMBER|07700 900 617]]",
    "Turn this voicemail transcript into a short to-do list: 'Hi, it's [[PERSON|Rosalind Achterberg]] from flat 4, calling about the radiator again, it's banging all night. You can call me back on [[PHONE_NUMBER|01632 960 284]] or email [[EMAIL_ADDRESS|ros.achterberg@mailbox.org]]. Thanks, bye.'",
    "Turn this sign-up sheet into a table sorted by time slot:\nCHURCH BAKE SALE – VOLUNTEERS\n[[PERSON|Precious Dlamini]] – 9 to 11 – [[PHONE_NUMBER|082 555 0193]]\n[[PERSON|Hoàng Văn Đức]] – 11 to 1 – [[EMAIL_ADDRESS|duc.hoang88@gmail.com]]\nMs [[PERSON|Ferreira]] – 1 to 3 – no phone, ask at the office\n[[PERSON|Aroha Ngata]] – 9 to 11 – [[PHONE_NUMBER|021 555 0147]]",
    "Can you spot the clashes in this week's night rota?\nMon: [[PERSON|Kaveh]] (dock), [[PERSON|Ilse]] (picking), [[PERSON|Dumisani]] (forklift)\nTue: [[PERSON|Kaveh]] (dock), [[PERSON|Kaveh]] (forklift), [[PERSON|Rusty]] (picking)\nWed: [[PERSON|Ilse]] (dock), [[PERSON|Dumisani]] (picking), nobody on forklift\nThu: [[PERSON|Rusty]] (dock), [[PERSON|Ilse]] (picking), [[PERSON|Dumisani]] (forklift)",
    "Check the VAT on this invoice before I send it:\nINVOICE 2291 – Tidewater Plumbing & Heating\nBill to: Mrs [[PERSON|Delphine Marchetti]], [[STREET_ADDRESS|27 Holloway Crescent, Bristol BS7 8QR]]\nTel: [[PHONE_NUMBER|0117 496 0734]]\nReplace kitchen mixer tap – labour 1.5 h @ £65 = £97.50\nTap (customer's choice) – £84.00\nSubtotal £181.50, VAT 20% £36.30, Total £217.80",
    "Help me reply to this message from my landlord, I can't do Thursday:\n'Hi [[PERSON|Sani]], it's [[PERSON|Gerald]]. The heating engineer, [[PERSON|Wojtek]], is coming Thursday between 10 and 2 to look at the boiler. If that doesn't suit, ring him directly on [[PHONE_NUMBER|07700 900 953]]. Also rent goes to [[IBAN_CODE|GB08 LOYD 3092 1856 1703 94]] from next month. Cheers, [[PERSON|Gerald]]'",
    "Can you rewrite this school letter in simple English for my mum? 'Dear parent/carer of [[PERSON|Amani Yusuf]], the Year 4 trip to the Natural History Museum is on 12 March. Please return the consent slip and £8 to Mrs [[PERSON|Pickering]] by Friday. If your child needs medication on the day, please tell the office in writing.'",
    "Summarise the decisions in this WhatsApp export:\n12/03/2024, 19:22 - [[PERSON|Ayesha Siddiqui]]: ok so the venue confirmed the 14th\n12/03/2024, 19:23 - [[PERSON|Bilal]]: nice!! deposit?\n12/03/2024, 19:25 - [[PERSON|Ayesha Siddiqui]]: paid, send your share to [[IBAN_CODE|GB94 BARC 2044 1793 8261 50]]\n12/03/2024, 19:31 - [[PERSON|Noor]]: can we do the mehndi at mine? [[STREET_ADDRESS|41 Carlyon Road, Wembley HA0 1HG]]\n12/03/2024, 19:40 - [[PERSON|Bilal]]: works for me",
    "Write this voicemail up as a note for the dispensary: 'Yeah hi, it's, um, [[PERSON|Kenji Mori]], date of birth fourth of May sixty-one, calling about my repeat for the blood pressure tablets. New mobile is [[PHONE_NUMBER|0491 570 157]]. I'll come in Saturday morning. Ta.'",
    "Clean up these RSVP replies into yes / no / maybe lists with headcounts:\n'yes x2 – [[PERSON|Olamide]] + [[PERSON|Funke]]'\n'sorry can't make it – uncle [[PERSON|Benedykt]]'\n'maybe, will text to confirm – [[PERSON|Leilani Kahale]] [[PHONE_NUMBER|808-555-0126]]'\n'YES!!! – [[PERSON|Trinh]] and a plus one'\n'no – [[PERSON|Grzegorz]] & [[PERSON|Halina]]'",
    "Proofread this email before I send it to the choir:\n'Hi all, Easter rehearsals are moving to the parish hall. If you can't come, let [[PERSON|Marguerite Osei]] know ([[EMAIL_ADDRESS|m.osei.choir@btinternet.com]]). Lifts from the station can be arranged with [[PERSON|Fetu]] on [[PHONE_NUMBER|07700 900 482]]. God bless, [[PERSON|Clementine]]'",
    "Can you summarise last night's mod log for the admin channel?\n[02:14] mod [[ID_NUMBER|Harbinger_TTV]] warned [[ID_NUMBER|DeltaSlayer9]] (spam)\n[02:20] [[ID_NUMBER|DeltaSlayer9]] rejoined on alt [[ID_NUMBER|DeltaSlayer10]]\n[02:21] mod [[ID_NUMBER|Harbinger_TTV]] IP-banned [[IP_ADDRESS|203.0.113.54]]\n[02:35] [[ID_NUMBER|mochi_panda]] reported harassment in #general, screenshots sent",
    "Tidy these lab meeting notes into action items:\nAttendees: Prof. [[PERSON|Wiśniewska]], [[PERSON|Ana-Maria]], [[PERSON|Kwabena]], me\n- [[PERSON|Ana-Maria]] to rerun the qPCR with fresh primers\n- [[PERSON|Kwabena]] to email the core facility about the sequencer booking\n- Prof. [[PERSON|Wiśniewska]] away 3–17 May, send drafts to [[EMAIL_ADDRESS|a.wisniewska@biol.uniwroc.example]]",
    "Format this as a contact list I can print for the away game:\nU10 Hornets\n[[PERSON|Mateo]] – dad [[PERSON|Joaquín]] [[PHONE_NUMBER|07700 900 215]]\n[[PERSON|Zuri]] – mum [[PERSON|Adaeze]] [[PHONE_NUMBER|07700 900 376]]\n[[PERSON|Finn]] – gran [[PERSON|Maureen]] [[PHONE_NUMBER|01632 960 511]]\n[[PERSON|Ikaika]] – dad [[PERSON|Keoni]] [[PHONE_NUMBER|07700 900 802]]",
    "Draft a reply to this enquiry:\nFrom: [[PERSON|Tomasz Zieliński]] <[[EMAIL_ADDRESS|t.zielinski84@wp.pl]]>\nSubject: 3-bed on Alder Rise\nHello, we saw the listing and would like to view this weekend. My wife [[PERSON|Agnieszka]] can only do Sunday. We are renting at [[STREET_ADDRESS|Flat 6, 102 Clarendon Road, Watford WD17 1DE]] and our lease ends in June. Phone [[PHONE_NUMBER|07700 900 164]].\nRegards, [[PERSON|Tomasz]]",
    "Rewrite my last message so it's firmer but still polite. Thread:\nMe (3 Apr): Hi [[PERSON|Rahul]], invoice 0412 for the shower repair is £340, bank details are on the invoice.\nMe (17 Apr): Hi [[PERSON|Rahul]], just a reminder about invoice 0412.\n[[PERSON|Rahul]] (17 Apr): will sort it this week mate\nMe (2 May): Hi, still nothing. Can you pay into [[ID_NUMBER|41927365]], sort code 20-44-17, today please?",
    "Rewrite this delivery note in plain English for a new driver: 'Deliver to [[PERSON|Huang Mei]], [[STREET_ADDRESS|Unit 5, 88 Dockside Road, Penrose, Auckland 1061]]. If no answer leave with [[PERSON|Pita]] at unit 6. Ring [[PHONE_NUMBER|09 555 0124]] before 7am.'",
    "Summarise what this letter wants me to do:\n'Dear Ms [[PERSON|Olatunji]], Re: [[STREET_ADDRESS|Flat 2, 19 Marlowe Street, Sheffield S11 8TP]]. Your fixed term ends on 31 August. Please confirm by 30 June whether you intend to renew. Your tenancy reference is [[ID_NUMBER|TEN-55821-SH]]. Kind regards, [[PERSON|Hollis Brandt]], Property Manager'",
    "Help me reply to this note from my son's teacher: 'Hi, it's Mr [[PERSON|Harrow]]. [[PERSON|Jonah]] forgot his inhaler again today and got a bit wheezy at PE. He's fine now. Could you put a spare in his bag? You can reach me on [[EMAIL_ADDRESS|j.harrow@stcolumbas-primary.org.uk]].'",
    "Make this meal-train list into a calendar for the week:\nMon – [[PERSON|Beatriz]] (lasagne), drop at [[STREET_ADDRESS|16 Orchard Lane, Kidlington OX5 2LR]]\nTue – [[PERSON|Sunita]] (dal and rice)\nWed – [[PERSON|Harmony]] (soup)\nThu – [[PERSON|Beatriz]] again\nFri – the [[PERSON|Ochieng]] family\nAll for [[PERSON|Clodagh]], home after surgery; text [[PHONE_NUMBER|07700 900 639]] before you come",
    "Write up this voicemail as a job card: 'Hiya, [[PERSON|Maeve O'Donoghue]] here, the toilet upstairs keeps running and now there's water on the floor. Address is [[STREET_ADDRESS|3 Seaview Terrace, Bray, Co. Wicklow A98 K2T6]]. I'm in all day Wednesday, mobile [[PHONE_NUMBER|087 555 2391]].'",
    "Summarise this email thread in three bullet points:\n---\nFrom: [[PERSON|Inge Vasquez-Lind]] <[[EMAIL_ADDRESS|inge@lindflora.se]]>\nThe peonies won't be in season, I suggest garden roses instead. Same price.\n---\nFrom: [[PERSON|Abiodun]]\nFine by us but [[PERSON|Yetunde]] really wanted peonies, can we get even a few for the bouquet?\n---\n[[PERSON|Inge Vasquez-Lind]]\nLind Flora AB | [[PHONE_NUMBER|+46 70 555 18 92]]",
    "Please check this readers' rota for repeats:\n7 Jan – [[PERSON|Aurelio]], [[PERSON|Siosaia]]\n14 Jan – Mrs [[PERSON|Quayle]], [[PERSON|Aurelio]]\n21 Jan – [[PERSON|Siosaia]], [[PERSON|Nomsa]]\n28 Jan – [[PERSON|Aurelio]], [[PERSON|Nomsa]]",
    "Turn this email from my supervisor into a checklist: 'Hi [[PERSON|Dilnoza]], thanks for the draft. Before we meet please (1) fix the figure captions, (2) add the Sato et al. citation in chapter 2, (3) send the ethics form to [[PERSON|Gwendolyn]] in the graduate office. Best, [[PERSON|Ilkka]]'",
    "Review this moderator application and tell me if we should accept it:\nDiscord: [[ID_NUMBER|sableknight#4410]]\nIn-game name: [[ID_NUMBER|SableKnight]]\nFirst name: [[PERSON|Oisín]]\nAge: 19\nTimezone: GMT\nWhy: I've played since 2021 and I already help new players on the spawn island.",
    "Add payment terms to this invoice and fix the layout:\nTAX INVOICE – Banksia Plumbing\nCustomer: [[PERSON|Jarrah Whitlock]]\nSite: [[STREET_ADDRESS|22 Bottlebrush Way, Ellenbrook WA 6069]]\nMobile: [[PHONE_NUMBER|0491 570 110]]\nUnblock stormwater drain, jetter hire, 2 hrs – $396.00 incl. GST",
    "Work out who owes what from our house chat:\n[09:12] [[PERSON|Kiri]]: electric bill came, £186\n[09:15] [[PERSON|Bartek]]: I paid the gas last time so I'm out of this one\n[09:20] [[PERSON|Yasmin]]: fair. my account is [[ID_NUMBER|29183746]], sort code 04-00-04\n[09:22] [[PERSON|Kiri]]: paying now",
    "Check this form for anything missing before I hand it in:\nPupil: [[PERSON|Santiago Ruiz-Berrío]]\nClass: 6B\nParent/guardian: [[PERSON|Lucía Berrío]]\nEmergency contact: [[PERSON|Ramón]] (uncle) [[PHONE_NUMBER|07700 900 288]]\nAllergies: peanuts\nGP: Dr [[PERSON|Chaudhry]], Parkside Surgery",
    "Tidy up my written statement for HR: 'At about 03:40 I saw [[PERSON|Lamar]] reverse the reach truck into the racking in aisle 14. [[PERSON|Yevgenia]] from picking was standing close by. Nobody was hurt. My employee number is [[ID_NUMBER|WH-30917]].'",
    "My grandson said to ask you if this is real: 'Hi Mum it's me, new phone, old one broke. Can you send £480 for rent to my friend's account, name [[PERSON|Tyler Ashworth]], account [[ID_NUMBER|70419283]], sort code 30-96-41. Need it today x' It came from [[PHONE_NUMBER|07700 900 147]].",
    "Turn this into a neat register for Monday's holiday club:\nName | Age | Parent phone\n[[PERSON|Gift Mensah]] | 7 | [[PHONE_NUMBER|07700 900 524]]\n[[PERSON|Kai Lealaiauloto]] | 9 | [[PHONE_NUMBER|07700 900 913]]\n[[PERSON|Radu Ionescu]] | 8 | [[PHONE_NUMBER|07700 900 067]]\n[[PERSON|Amira Haddad]] | 7 | [[PHONE_NUMBER|07700 900 358]]",
    "Summarise this rental application for the landlord:\nApplicant: [[PERSON|Oluwaseun Bakare]]\nCurrent address: [[STREET_ADDRESS|Apt 3C, 245 Prospect Place, Brooklyn, NY 11238]]\nEmployer: Harbor Logistics, 4 years\nPhone: [[PHONE_NUMBER|(718) 555-0163]]\nEmail: [[EMAIL_ADDRESS|seun.bakare@fastmail.com]]\nReference: previous landlord Ms. [[PERSON|Delacroix-Hart]]",
    "Turn this into a run sheet for the day:\n13:00 hair & makeup – [[PERSON|Tala]] ([[PHONE_NUMBER|0491 570 313]])\n14:30 photographer arrives – [[PERSON|Nikolai Petrov]]\n15:00 ceremony, celebrant [[PERSON|Rewi]]\n17:00 canapés on the lawn\n18:30 speeches: [[PERSON|Autumn]] (MOH), [[PERSON|Dwayne]] (best man)",
    "Make this handover note clearer for the morning pharmacist:\n- Mr [[PERSON|Dobrev]] owed 14 tabs sertraline 50, collecting am\n- [[PERSON|Aigerim]] counted the CDs, all balanced\n- [[PERSON|Sefa Tuiasosopo]] rang about insulin pens, call back on [[PHONE_NUMBER|07700 900 745]]",
    "Sort this clan roster by rank and remove duplicates:\nLeader: [[ID_NUMBER|KaijuMomma]]\nOfficers: [[ID_NUMBER|tsunami.jpg]], [[ID_NUMBER|Obi_Wan_Kenobae]]\nMembers: [[ID_NUMBER|pho_real]], [[ID_NUMBER|xXBlessingXx]], [[ID_NUMBER|pho_real]], [[ID_NUMBER|MangoTango_21]]",
    "Reply to this quote request and ask for photos: 'Hello, my name is [[PERSON|Ngaio Pearce]], I've got a leaking hot water cylinder at [[STREET_ADDRESS|41 Kauri Street, Tawa, Wellington 5028]]. Can you come this week? I'm on [[PHONE_NUMBER|022 555 0871]]. Thanks'",
    "Fix the grammar in this reference I wrote: 'To whom it may concern, I have supervised [[PERSON|Mariam Al-Khatib]] for two years at our pharmacy. [[PERSON|Mariam]] are reliable and kind with patients and I recommend her strong. Please contact me at [[PHONE_NUMBER|01632 960 733]]. [[PERSON|Hadrian Okoro]], Pharmacist Manager'",
    "Can you translate this message from my landlady? 'Bonjour [[PERSON|Kemal]], je passerai samedi vers 10 h pour relever le compteur. Le loyer de mars n'est pas encore arrivé sur mon compte [[IBAN_CODE|FR24 3000 4018 2300 0719 4628 351]]. Merci, [[PERSON|Solange Perrin]], [[PHONE_NUMBER|06 39 98 27 41]]'",
    "Summarise this voicemail in one line for the pharmacist: 'Hi, it's [[PERSON|Priscilla]] from Dr [[PERSON|Lindiwe Sithole]]'s surgery. The prescription for [[PERSON|Arturo Benítez]] should say 5 mg not 50, we've sent a corrected one. Any questions ring me on [[PHONE_NUMBER|01632 960 892]].'",
    "What's the gist of this parents' chat?\n[07:41] [[PERSON|Rosa]]: is it non-uniform day today??\n[07:43] [[PERSON|Wen]]: no that's next friday\n[07:44] [[PERSON|Rosa]]: oh no [[PERSON|Lucky]] is already in his dino costume\n[07:50] [[PERSON|Giorgos]]: lol send pics",
]

# 40 short texts whose only personal datum is a secret said without a keyword, a handle or a number.
SECRETS = [
    "would [[PASSWORD|Gr@nite-Kettle-92]] be strong enough to use for everything or should i make separate ones",
    "my bank thing is [[PASSWORD|4471]], is that too easy to guess?",
    "[[PASSWORD|left 14 right 36 left 9]] – can you write that nicely on a card for the gym locker so I stop forgetting",
    "[[PASSWORD|copper lantern velvet oboe]] – are four random words like that actually safe these days?",
    "the garage keypad is [[PASSWORD|8 0 2 5]] then the star key, make a little note for the dog walker",
    "Is it dumb that I use [[PASSWORD|Mabel1987!]] on my email and my bank?",
    "Remember this for me: gate [[PASSWORD|2291#]], alarm [[PASSWORD|5150]].",
    "my handle everywhere is [[ID_NUMBER|@quietmoth_44]], can people find my real name from that?",
    "is [[ID_NUMBER|33918207]] / 61-20-44 the right way round for a UK transfer or is it the other way",
    "If I give someone [[CREDIT_CARD|4532 0761 8249 0317]] and the expiry date, can they take money without the back code?",
    "why does the app reject [[IBAN_CODE|DE32 7605 0101 2381 9405 76]] when I paste it in?",
    "named it after my cat, is [[PASSWORD|Pickles!!2024]] good enough",
    "new wifi at the church hall is [[PASSWORD|HallelujahHall_77]], how do i print that on a small card for visitors",
    "[[PASSWORD|8841]] – that's what I use for my phone, the card and the garage. bad idea?",
    "login for the supplier portal is [[ID_NUMBER|plumbfix_gary]], can you remind me tomorrow morning",
    "[[PASSWORD|sunflower-tugboat-31-ember]] – help me remember that with a little story",
    "type [[PASSWORD|0 4 1 1]] then enter when the screen asks, that's how grandad gets into his tablet. can you make big-print instructions",
    "does [[PASSWORD|K!wi_Shed_88]] count as having a symbol and a number? the site keeps saying no",
    "the gym says [[ID_NUMBER|44019382]] can only cancel in person, is that even legal?",
    "I keep forgetting whether it's [[PASSWORD|7 3 9 1]] or [[PASSWORD|7 9 3 1]] for the back door, how do people remember these",
    "[[ID_NUMBER|00482917]] says the discount didn't apply at checkout, what do I reply",
    "if my steam is [[ID_NUMBER|tundra_rabbit_88]] is that enough for a friend to add me",
    "Can someone do anything bad with [[CREDIT_CARD|3539 4107 6283 9152]] if they only have the number?",
    "is [[PASSWORD|IamTheWalrus#1967]] too obvious for a Beatles fan",
    "bike lock is [[PASSWORD|4-0-7-2]], remind me when I ask",
    "is it safe to keep [[PASSWORD|orbit canyon fever mango lilac tundra]] in my notes app or should i write it on paper",
    "what does it mean if [[IP_ADDRESS|198.51.100.23]] shows up on a spam blocklist, that's my home connection",
    "Send 250 to [[IBAN_CODE|NL25 INGB 0006 2837 15]] – is that a Dutch account?",
    "the app wants six digits, i picked [[PASSWORD|271828]], does that look random enough",
    "[[ID_NUMBER|hunter_of_owls]] and [[PASSWORD|Owl-Hunt-2023]] – which one goes in which box on the sign-in page?",
    "will my new job need [[ID_NUMBER|JT 48 19 72 B]] before I start or can I bring it later",
    "Is [[US_SSN|523-71-0846]] on its own enough for someone to open credit in my name?",
    "the dial is [[PASSWORD|19-04-33]] but it sticks at 04, any tips for an old padlock",
    "how do i tell friends my tag is [[ID_NUMBER|LlamaDrama_NZ]] without randoms finding it",
    "is [[CREDIT_CARD|4929 1337 0586 2141]] a visa or a mastercard?",
    "my old one was [[PASSWORD|Summer2019]] and now it won't let me reuse it, would [[PASSWORD|Summer2020]] work lol",
    "the app gave me [[PASSWORD|7H2K-9QXM-4PLR-8WZD]] to keep somewhere safe, where do people put these?",
    "what do i do if i typed [[PASSWORD|482917]] into a site that looked like my bank but wasnt",
    "the site keeps locking me out, I'm typing [[ID_NUMBER|joaquin.r.1992]] and I'm sure it's right",
    "i pushed [[API_KEY|9f3b1c7e2a8d4f60b5e1c9a7d3f2e8b4]] to a public github repo by accident, do i need to rotate it?",
]

# 40 statement-style records of one invented person, national formats of many countries.
STATEMENTS = [
    "[[PERSON|Marisol Quintanilla]] lives at [[STREET_ADDRESS|4418 Ridgecrest Drive, Apt 12, Tucson, AZ 85719]] and can be reached at [[PHONE_NUMBER|(520) 555-0148]].",
    "Customer [[PERSON|Oluwadamilare Adeyemi-Shaw]], [[STREET_ADDRESS|7 Tennyson Mews, Leicester LE2 3FD]], mobile [[PHONE_NUMBER|07700 900 731]], email [[EMAIL_ADDRESS|dami.adeyemishaw@outlook.com]].",
    "Frau [[PERSON|Annegret Hölzl]] wohnt in der [[STREET_ADDRESS|Kastanienallee 48, 10435 Berlin]]; ihre IBAN lautet [[IBAN_CODE|DE98 2004 1133 0917 3548 20]].",
    "M. [[PERSON|Thibault Garnier-Roux]], [[STREET_ADDRESS|12 rue des Tanneurs, 69002 Lyon]], tél. [[PHONE_NUMBER|06 39 98 41 27]], n° de sécurité sociale [[ID_NUMBER|1 92 03 13 055 167 15]].",
    "[[PERSON|Nerea Etxeberria Goikoetxea]], con DNI [[ID_NUMBER|48291736Q]], vive en la [[STREET_ADDRESS|calle Mayor 27, 3º B, 20003 Donostia]] y su móvil es el [[PHONE_NUMBER|612 55 04 87]].",
    "Dhr. [[PERSON|Sjoerd van der Meulen]], [[STREET_ADDRESS|Kruisstraat 14, 5612 CJ Eindhoven]], BSN [[ID_NUMBER|208471935]], rekening [[IBAN_CODE|NL53 ABNA 0471 9382 65]].",
    "[[PERSON|Priyamvada Raghunathan]] stays at [[STREET_ADDRESS|Flat 3B, Lakshmi Residency, 14th Cross, Indiranagar, Bengaluru 560038]]; mobile [[PHONE_NUMBER|+91 98450 17362]], Aadhaar [[ID_NUMBER|7386 1940 5272]].",
    "[[PERSON|佐々木 美咲]]さんの住所は[[STREET_ADDRESS|〒150-0012 東京都渋谷区広尾3-14-2]]、電話番号は[[PHONE_NUMBER|090-5512-3087]]です。",
    "[[PERSON|Rodrigo Albuquerque Nogueira]], CPF [[ID_NUMBER|394.817.206-40]], mora na [[STREET_ADDRESS|Rua Doutor Fausto Ferraz, 212, apto 41, Bela Vista, São Paulo - SP, 01333-030]], celular [[PHONE_NUMBER|(11) 98472-3019]].",
    "[[PERSON|Kirra Mitchell-Walker]] of [[STREET_ADDRESS|9 Banksia Court, Toowoomba QLD 4350]] gave her mobile as [[PHONE_NUMBER|0491 570 158]] and her TFN as [[ID_NUMBER|482 917 367]].",
    "[[PERSON|Étienne Beauchemin]], [[STREET_ADDRESS|2270 rue Beaubien Est, Montréal QC H2G 1N1]], NAS [[ID_NUMBER|527 381 495]], téléphone [[PHONE_NUMBER|514-555-0172]].",
    "[[PERSON|Chukwuemeka Obi-Nwosu]] resides at [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos 101241]]; phone [[PHONE_NUMBER|+234 803 555 0192]], NIN [[ID_NUMBER|48201739615]].",
    "[[PERSON|Nomvula Khumalo]], ID number [[ID_NUMBER|9307260291083]], lives at [[STREET_ADDRESS|23 Jacaranda Avenue, Lynnwood, Pretoria 0081]] and her cell is [[PHONE_NUMBER|082 555 0417]].",
    "Pani [[PERSON|Katarzyna Wróblewska-Nowak]], PESEL [[ID_NUMBER|95112308465]], zamieszkała przy [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]], tel. [[PHONE_NUMBER|601 555 284]].",
    "[[PERSON|Linnea Bergqvist]] (personnummer [[ID_NUMBER|870312-2740]]) bor på [[STREET_ADDRESS|Storgatan 41 B, 903 26 Umeå]] och nås på [[EMAIL_ADDRESS|linnea.bergqvist@telia.example]].",
    "Il sig. [[PERSON|Gennaro Esposito]] abita in [[STREET_ADDRESS|Via dei Tribunali 188, 80138 Napoli]] e paga l'affitto dal conto [[IBAN_CODE|IT04 K030 6909 6061 0000 0217 493]].",
    "[[PERSON|Itzel Ramírez Cuautle]], CURP [[ID_NUMBER|RACI940817MDFMTT05]], domicilio [[STREET_ADDRESS|Calle Pino 214, Col. Santa María la Ribera, 06400 Ciudad de México]], tel. [[PHONE_NUMBER|55 5512 0384]].",
    "[[PERSON|陈志强]]，身份证号[[ID_NUMBER|440305199105122874]]，住址[[STREET_ADDRESS|广东省深圳市南山区科技南路18号2栋1503室]]，手机[[PHONE_NUMBER|139 2718 4406]]。",
    "[[PERSON|김서연]] / [[STREET_ADDRESS|서울특별시 마포구 월드컵북로27길 14, 03925]] / [[PHONE_NUMBER|010-5523-8147]] / 주민등록번호 [[ID_NUMBER|851103-2749155]]",
    "[[PERSON|Siobhán Ní Bhriain]], [[STREET_ADDRESS|14 Griffith Avenue, Drumcondra, Dublin 9, D09 X2F4]], PPSN [[ID_NUMBER|4829173O]], mobile [[PHONE_NUMBER|087 555 0193]].",
    "[[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S8471036I]], [[STREET_ADDRESS|Blk 412 Ang Mo Kio Avenue 10, #08-1127, Singapore 560412]], hp [[PHONE_NUMBER|+65 8215 3079]].",
    "[[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|38472059110]], [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]], IBAN [[IBAN_CODE|TR85 0001 5001 5800 7293 8471 61]].",
    "[[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|140386-274F]], asuu osoitteessa [[STREET_ADDRESS|Hämeenkatu 22 A 5, 33200 Tampere]]; tilinumero [[IBAN_CODE|FI25 8000 1471 9382 60]].",
    "Mevrouw [[PERSON|Lotte Claes]], rijksregisternummer [[ID_NUMBER|83.05.17-148.53]], woont op [[STREET_ADDRESS|Kortrijksesteenweg 1088, 9051 Gent]], rekening [[IBAN_CODE|BE74 0630 4185 2707]].",
    "[[PERSON|Henrik Solberg]], fødselsnummer [[ID_NUMBER|14058732967]], [[STREET_ADDRESS|Thorvald Meyers gate 41, 0555 Oslo]], konto [[IBAN_CODE|NO55 9710 5527 193]].",
    "[[PERSON|Mette Søndergaard]] bor på [[STREET_ADDRESS|Vesterbrogade 118, 1. th., 1620 København V]] og har kontoen [[IBAN_CODE|DK63 3000 3416 7290 85]].",
    "[[PERSON|Camila Fuentealba Rojas]], RUT [[ID_NUMBER|16.482.917-0]], [[STREET_ADDRESS|Av. Providencia 1847, depto 502, Providencia, Santiago]], celular [[PHONE_NUMBER|+56 9 5541 2207]].",
    "[[PERSON|Ma. Cristina Dela Cruz-Santos]], [[STREET_ADDRESS|45 Mabini Street, Barangay San Roque, Marikina City 1801]], mobile [[PHONE_NUMBER|0917 555 2841]], Visa [[CREDIT_CARD|4416 3892 0573 1646]].",
    "[[PERSON|Darnell Whitfield]], SSN [[US_SSN|471-38-2956]], [[STREET_ADDRESS|1207 Chestnut Street, Apt 2F, Philadelphia, PA 19107]], email [[EMAIL_ADDRESS|d.whitfield77@yahoo.com]].",
    "[[PERSON|Rhiannon Pryce-Evans]], NI number [[ID_NUMBER|SH 72 90 41 C]], lives at [[STREET_ADDRESS|3 Heol y Felin, Cardiff CF14 6NB]] and pays by Mastercard [[CREDIT_CARD|5187 2409 6318 4573]].",
    "[[PERSON|عبدالله القحطاني]]، العنوان: [[STREET_ADDRESS|2417 طريق أنس بن مالك، حي الملقا، الرياض 13521]]، الجوال [[PHONE_NUMBER|055 555 0184]]، الآيبان [[IBAN_CODE|SA21 4500 0000 2917 4836 0012]].",
    "[[PERSON|Fatima Al Mansoori]], [[STREET_ADDRESS|Villa 23, Street 14, Al Barsha 2, Dubai]], mobile [[PHONE_NUMBER|+971 50 555 2093]], IBAN [[IBAN_CODE|AE14 2600 0010 2841 3975 201]].",
    "[[PERSON|Wiremu Tawhiri]] lives at [[STREET_ADDRESS|18 Kowhai Road, Mairangi Bay, Auckland 0630]] and uses [[EMAIL_ADDRESS|wiremu.tawhiri@kiwimail.nz]] for everything.",
    "[[PERSON|Oksana Hrytsenko]] submitted the form from [[IP_ADDRESS|203.0.113.87]] using the account [[ID_NUMBER|oksana_hr]] and card [[CREDIT_CARD|2200 3145 7802 9638]].",
    "[[PERSON|Wanjiru Kamau]], [[STREET_ADDRESS|P.O. Box 48213-00100, Nairobi]], phone [[PHONE_NUMBER|0722 555 019]], national ID [[ID_NUMBER|28471936]].",
    "[[PERSON|Nguyễn Thị Thu Trang]] ở [[STREET_ADDRESS|số 27 ngõ 68 phố Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội]], điện thoại [[PHONE_NUMBER|091 555 2740]].",
    "[[PERSON|Γιώργος Παπαδόπουλος]], [[STREET_ADDRESS|Οδός Αιόλου 63, 105 51 Αθήνα]], κινητό [[PHONE_NUMBER|694 555 1827]], IBAN [[IBAN_CODE|GR06 0172 2090 0052 0938 4716 235]].",
    "[[PERSON|Inês Carvalho Moura]], NIF [[ID_NUMBER|238471900]], [[STREET_ADDRESS|Rua de Santa Catarina 512, 4000-447 Porto]], IBAN [[IBAN_CODE|PT86 0033 0000 4531 8209 4710 5]].",
    "Ing. [[PERSON|Radek Dvořák]], rodné číslo [[ID_NUMBER|850412/4123]], bytem [[STREET_ADDRESS|Vinohradská 1843/112, 130 00 Praha 3]], účet [[IBAN_CODE|CZ87 0300 0000 0019 3847 2615]].",
    "[[PERSON|Litia Vunibobo]] lives at [[STREET_ADDRESS|Lot 14 Ratu Sukuna Road, Nasese, Suva]], mobile [[PHONE_NUMBER|+679 955 0184]], and her Amex is [[CREDIT_CARD|3756 129084 37212]].",
]

# 100 clean texts: 30 benchmark-style, 30 everyday, 20 technical with placeholders, 20 tricky.
CLEAN_EXAM = [
    "Which organelle is the site of oxidative phosphorylation? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "Maya has three times as many marbles as Leo. Together they have 48. How many marbles does Leo have?",
    "In which year did the Peace of Westphalia end the Thirty Years' War? A) 1618 B) 1648 C) 1688 D) 1714",
    "Write a 500-word essay comparing the leadership styles of Abraham Lincoln and Nelson Mandela.",
    "A train leaves at 09:40 and travels 210 km at 84 km/h. At what time does it arrive?",
    "Which drug class is most associated with angioedema as a side effect? A) Beta blockers B) ACE inhibitors C) Statins D) Loop diuretics",
    "Priya bakes 84 cookies and packs them in boxes of 6. She gives away 5 boxes. How many cookies are left?",
    "Discuss whether Marie Curie's work on radioactivity is better described as physics or chemistry.",
    "What is the time complexity of binary search on a sorted array of n elements? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "In Hamlet, what does Ophelia hand out in Act 4, Scene 5? A) Letters B) Flowers C) Coins D) Rings",
    "Kwame runs 400 m laps. On Monday he runs 7 laps and on Tuesday 2 more than on Monday. How many kilometres does he run in total?",
    "Which case established that past consideration is no consideration? A) Carlill v Carbolic Smoke Ball Co B) Re McArdle C) Donoghue v Stevenson D) Hadley v Baxendale",
    "Explain the main causes of the 1929 Wall Street Crash in no more than 300 words.",
    "Which painter is associated with pointillism? A) Georges Seurat B) Édouard Manet C) Paul Klee D) Frida Kahlo",
    "A patient has a BMI of 31.5. Which WHO category does that fall into? A) Normal B) Overweight C) Obese class I D) Obese class II",
    "Sofia and Tomás share £120 in the ratio 5:3. How much does Tomás get?",
    "True or false: Newton's third law states that every action has an equal and opposite reaction. Explain your answer.",
    "Essay prompt: Was Elizabeth I's refusal to marry a political strategy? Use at least two primary sources.",
    "What is the pH of a 0.01 M solution of hydrochloric acid? A) 1 B) 2 C) 7 D) 12",
    "Aiko reads 18 pages a day and her book has 342 pages. How many days will she need to finish it?",
    "Who wrote 'The General Theory of Employment, Interest and Money'? A) Adam Smith B) John Maynard Keynes C) Milton Friedman D) Friedrich Hayek",
    "Compare Plato's and Aristotle's views on the ideal state in a short essay of about 600 words.",
    "In which organ is insulin produced? A) Liver B) Pancreas C) Kidney D) Spleen",
    "Diego buys 4 notebooks at $2.35 each and pays with a $20 bill. How much change does he get?",
    "Which element has the chemical symbol W? A) Tungsten B) Vanadium C) Xenon D) Tin",
    "Discuss the role of Ada Lovelace in the history of computing. Can she fairly be called the first programmer?",
    "A rectangle measures 12 cm by 7 cm. Amina doubles both sides. By what factor does the area change?",
    "Which battle in 1066 ended Anglo-Saxon rule in England? A) Stamford Bridge B) Hastings C) Agincourt D) Bosworth",
    "What is the main job of the enzyme helicase during DNA replication?",
    "Ngozi can paint a fence in 6 hours and Pedro can paint it in 3 hours. How long will it take if they work together?",
]

CLEAN_EVERYDAY = [
    "What can I make for dinner with chickpeas, spinach, a tin of tomatoes and some rice?",
    "How long should I boil an egg for a soft, jammy yolk?",
    "Give me a 20-minute bodyweight workout I can do in a small flat.",
    "What's the best way to get red wine out of a light carpet?",
    "Plan a three-day itinerary for Lisbon on a tight budget.",
    "How often should I water a snake plant in winter?",
    "Suggest ten names for a bakery that specialises in sourdough.",
    "Write a short poem about the first frost of the year.",
    "What's the difference between baking soda and baking powder?",
    "How do I fix a squeaky door hinge if I don't have any oil spray?",
    "Explain how a mortgage offset account works in simple terms.",
    "Recommend some board games for a group of six adults who don't like long rules.",
    "how do i get my toddler to sleep past 5am, we are so tired",
    "What should I pack for a week of camping in the rain?",
    "Help me write a polite message declining a wedding invitation because of work.",
    "What's a good stretching routine after a long shift on my feet?",
    "How do I make cold brew coffee at home without special equipment?",
    "Give me a packing checklist for moving house.",
    "How do I keep supermarket basil alive on a windowsill?",
    "What are some cheap date ideas for winter evenings?",
    "Write a birthday message for a coworker I don't know very well.",
    "Is it normal to tip tradespeople in the UK, like plumbers or electricians?",
    "How can I learn to touch-type faster at 60?",
    "What's the best way to freeze leftover soup so it doesn't get freezer burn?",
    "Explain the offside rule in football to a 7-year-old.",
    "How do I clean a cast iron pan that's gone rusty?",
    "Suggest five short novels for a book club that meets once a month.",
    "How many hours of sleep does a teenager actually need?",
    "What should I ask at a first viewing of a rental flat?",
    "Give me a simple weekly budget template for a family of four.",
]

CLEAN_TECH = [
    "Write a Python function that validates an e-mail address and test it with user@example.com and a string with no @.",
    "In docker-compose, how do I pass ${SECRET} from a .env file without committing the file?",
    "curl -u <user>:<password> https://api.example.com/v1/items returns 401. What am I doing wrong?",
    "How do I connect to Postgres on localhost:5432 with psql as the postgres user?",
    "Explain what 'ssh <user>@<host> -p 2222' does, piece by piece.",
    "SELECT name, email FROM users WHERE created_at > '2024-01-01'; how do I add keyset pagination to this?",
    "How do I read ${DATABASE_URL} in a Node.js app and fail fast if it's missing?",
    "My nginx config has server_name example.com www.example.com; how do I add HTTPS with certbot?",
    "In GitHub Actions, how do I pass ${{ secrets.API_TOKEN }} to a step without it ending up in the logs?",
    "What's wrong with this regex for phone numbers: ^\\+?\\d{7,15}$ – it accepts too much.",
    'Generate a JSON schema for {"name": "<string>", "email": "<string>", "age": <int>}.',
    "How do I set the git author to 'Your Name <you@example.com>' for one repository only?",
    "Redis on 127.0.0.1:6379 refuses connections from my container. Why, and how do I fix it?",
    "Explain the three parts of a JWT using a toy example signed with the secret 'changeme'.",
    "Write a bash script that backs up /home/<user>/Documents to /mnt/backup every night at 2am.",
    "How do I mask ${PASSWORD} in Jenkins console output?",
    "What does GET http://localhost:8080/api/v1/users/{id} return in Spring Boot when the id doesn't exist?",
    "How do I configure a Python logger to write to /var/log/app.log with daily rotation?",
    "In a Kubernetes Secret manifest, what goes under data: if my value is <base64-encoded-password>?",
    "Why does binding a server to 0.0.0.0 expose it on every interface, and when should I use 127.0.0.1 instead?",
]

CLEAN_TRICKY = [
    "Who was Florence Nightingale and why is she linked to statistics?",
    "Is the Ford Mustang named after the horse or the fighter plane?",
    "How long does it take to walk from Abbey Road to Baker Street?",
    "Recommend songs like 'Jolene' by Dolly Parton.",
    "Was Sherlock Holmes really based on the Edinburgh surgeon Joseph Bell?",
    "Explain Parkinson's law and Murphy's law with everyday examples.",
    "Did Faith Hill and Tim McGraw ever tour together?",
    "Tell me about Major Tom in David Bowie's songs.",
    "Is Lucky Strike still a cigarette brand, and who owns it now?",
    "What is the song 'Precious' by Depeche Mode about?",
    "My order 112-4471920-5530217 shows as delivered but nothing came. What should I say to the shop?",
    "Is Python 3.12 noticeably faster than 3.10, and should I move Django 4.2 to 5.0 at the same time?",
    "How did Alzheimer's disease get its name?",
    "Summarise Pride and Prejudice, focusing on Elizabeth Bennet and Mr Darcy.",
    "What's the quickest Tube route from Victoria to King's Cross St Pancras?",
    "Is Autumn a better time than Spring to visit Kyoto?",
    "Hermès, Gucci and Ferrari are all named after people. What other brands are?",
    "Who commissioned the Brandenburg Gate, and what was on Pariser Platz before it?",
    "Is the Samsung Galaxy S24 (model SM-S921B) worth it over the S23?",
    "Which is the better intro to Harmony Korine, Gummo or Spring Breakers?",
]


def main() -> None:
    sections = {
        "chat": (CHAT, 100),
        "pasted": (PASTED, 40),
        "secrets": (SECRETS, 40),
        "statements": (STATEMENTS, 40),
        "clean exam": (CLEAN_EXAM, 30),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean tech": (CLEAN_TECH, 20),
        "clean tricky": (CLEAN_TRICKY, 20),
    }
    build_sections(
        "blind13", HERE, sections, {"chat", "pasted", "secrets", "statements"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
