# ruff: noqa: E501
"""A hundred-and-eighty-first blind privacy set: 220 texts with personal data and 100 clean
ones, on local radio stations, podcasts and community broadcasters.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the head and
the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the ``main``
of ``build_blind163.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to about 100 words; texts in scripts written without spaces are
  counted by characters) that the chatbot of a community station, a podcast host or a
  broadcasters' network would get: rotas, cost splits, guest lists, on-air shout-outs,
  sign-offs, handover notes, "tell X that ..." instructions, appositives ("the treasurer,
  X,"). The first 30 are typed all in lower case, the next 6 are in Spanish, German,
  Polish, Russian, Japanese and Arabic, the last 84 in English. 104 name a private person,
  in Latin script with and without diacritics (Irish, Polish, Yoruba, Vietnamese, Nordic),
  Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Chinese, Japanese and
  Korean, some of them names that are ordinary words (Hope, Rose, Bill, Grace, Summer,
  Will, Joy, Faith, Blessing, Patience, Charity). 21 hold a secret: door, gate, keybox,
  lockbox, padlock and alarm codes, a bank-card PIN, wifi keys, passwords, 2FA codes and
  three API keys or tokens.
* 100 one-person records (one sentence or a short form each): volunteer, presenter, guest
  and member registrations, prize winners, donors, payroll and expenses, hospital-radio
  cards, in English and 34 other languages; 40 hold a national id with valid check digits
  (33 kinds, listed in ``NATIONAL_IDS``), the others phones, e-mails, addresses, cards,
  IBANs, SSNs, IPs, usernames and account, member, donor, customer, employee and patient
  numbers.
* 100 clean texts holding no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
  public figures of radio history and fictional characters), 25 GSM8K-style word problems
  with story characters' first names, 25 MMLU-style items with options A to D and 25
  health questions naming no one.

Labels follow ``README.md``: usernames and logins, account, member, donor, customer,
employee and patient numbers and national ids are ID_NUMBER; PINs, door, gate, keybox,
lockbox, padlock and alarm codes, wifi keys, passwords and 2FA codes PASSWORD; titles and
honorifics (Mr, Dr, さん, 様) stay outside PERSON spans; an address span runs from the street
line through the postcode and city as typed; public figures, companies, stations, shows,
fictional characters, dates of birth and order or ticket numbers are not labelled; every
occurrence of a private value is marked.

All values are invented: phones from the ranges kept for fiction (UK 07700 900 and 01632
960, North America 555-01xx, Australia 0491 570); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from the documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind181.py`` from the repository root; the output
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
    word_count,
)
from marks import WELL_KNOWN_CARDS, build_sections, iban_ok, is_lower, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 105)
RECORD_WORDS = (3, 60)
CJK_CHARS = 25  # a text with fewer words than the least must have this many characters
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Pastor|Auntie|Uncle)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can you put together the saturday breakfast rota for the station: [[PERSON|hope adeyemi]] 6 to 8, [[PERSON|tomasz wiśniewski]] 8 to 10, [[PERSON|grace otieno]] on the desk from 10. keep it short so i can paste it in the volunteers group",
    "the studio door code changed to [[PASSWORD|4817#]] this week, can you write a friendly note to the overnight presenters telling them without making a big deal of it",
    "tell [[PERSON|bill okonkwo]] that his interview about the allotment society goes out thursday at 7pm and he can listen back on the podcast feed after",
    "cost split for the podcast mic upgrade: me £40, [[PERSON|rose kavanagh]] £40, [[PERSON|dev malhotra]] £35 because he already owns a stand. can you turn that into a polite message asking them to pay by friday",
    "our treasurer, [[PERSON|siobhán ní bhriain]], needs the quarterly licence fee summary for the community radio board. draft a short email to her at [[EMAIL_ADDRESS|siobhan.nibhriain@example.ie]] with the three figures left blank",
    "hi, the wifi in the portakabin studio is [[PASSWORD|wavelength-2291-fm]] but guests keep typing it wrong. can you write a little sign for the wall that spells it out clearly",
    "we're recording an episode with [[PERSON|summer nakashima]] about the old pirate stations on the estuary. can you suggest ten questions, she ran one of them as a teenager",
    "need a thank you message for [[PERSON|amara diallo]] who fixed the transmitter link on sunday night, mention that the whole evening schedule would have gone off air without her",
    "write a reminder for the sunday gospel hour team: [[PERSON|blessing adebayo]], [[PERSON|kwame asante]] and [[PERSON|ruth fairweather]]. the lockbox for the studio keys is now [[PASSWORD|0392]] and they should scramble it after use",
    "how do i split the ad money from the local bakery spot between three co-hosts fairly if [[PERSON|ivan petrenko]] did the voice, [[PERSON|lena vogt]] wrote the script and i did the edit. the bakery paid £150 for a month of plays, the voice took about an hour, the script maybe three hours over two evenings, and the edit took me most of a saturday because the first take had traffic noise. we're all volunteers and nobody wants to be greedy, but i'd like a rule we can reuse for the next sponsor too",
    "my neighbour [[PERSON|doreen pickles]] called in to the phone-in yesterday and wants a copy of her segment. her number is [[PHONE_NUMBER|07700 900418]], can you draft a text telling her how to get it",
    "[[PERSON|rajesh iyer]] keeps missing his slot on the drive time show. write something firm but kind i can send him, he's a volunteer so i don't want to lose him",
    "please make this sound nicer for our listener newsletter: congratulations to [[PERSON|małgorzata zielińska]], winner of the spring quiz, who knew every jingle from the 1980s",
    "the alarm at the transmitter hut is [[PASSWORD|7720]] and the gate padlock is [[PASSWORD|1-9-6-4]]. write the handover note for [[PERSON|callum baird]] who takes over the engineering rota next month",
    "what's a good intro line for a podcast episode where [[PERSON|joy mensah]] and [[PERSON|felix brandt]] argue about the best chip shop in town",
    "can you make a table of who owes what for the podcast hosting: [[PERSON|nadia haddad]] 3 months, [[PERSON|oisín walsh]] 2 months, [[PERSON|pedro almeida]] paid up. plan is £9 a month",
    "the login for our station's social scheduler is [[ID_NUMBER|wavefm_social]] and the password is [[PASSWORD|tide4lighthouse!]]. write a short guide for new volunteers on posting show clips, but leave the login details out of it",
    "draft an on-air birthday shout out for [[PERSON|patience okoro]] who turns 90 on friday, her granddaughter [[PERSON|chioma okoro]] requested it",
    "is it ok to play a voicemail on air from a listener? [[PERSON|hamza qureshi]] left one and i'd like to use it in the morning show",
    "remind [[PERSON|eleni papadaki]] that the community choir recording starts at half nine and she should bring the signed consent forms",
    "my 2fa code for the station's streaming dashboard is [[PASSWORD|618 294]] but it keeps saying expired, what am i doing wrong",
    "write a short bio for our new late night presenter, [[PERSON|marisol fuentes]], she used to be a session drummer and runs a record stall in the market",
    "guest list for the podcast launch party: [[PERSON|ade williams]], [[PERSON|priya nair]], [[PERSON|jonas lindqvist]], [[PERSON|faith ogunleye]]. can you write the invite",
    "send [[PERSON|dmitri sokolov]] the running order for tuesday's quiz: news, weather, quiz round one, ad break, round two, winner call",
    "how should we credit [[PERSON|aiyana whitehorse]] for the theme music in the podcast show notes? she said any credit is fine",
    "my co-host [[PERSON|mei ling tan]] and i want to start a cantonese language hour on the community station. what questions should we ask the committee first",
    "write a rota for the fundraiser phone bank: [[PERSON|kofi boateng]] 7-8, [[PERSON|sunita rao]] 8-9, [[PERSON|bill carver]] 9-10. if anyone drops out, [[PERSON|bill carver]]'s mobile for cover is [[PHONE_NUMBER|07700 900563]]",
    "i host a little podcast about allotments with my friend [[PERSON|gwen pritchard]]. how do we get it onto the big podcast apps",
    "my home connection [[IP_ADDRESS|203.0.113.58]] got banned from the station's listen-again player after i left a comment, how do i appeal",
    "[[PERSON|ngozi eze]] and [[PERSON|yusuf demir]] want to swap their sunday shows. write the note to the schedule manager, [[PERSON|carol hughes]]",
    # --- other languages: Spanish, German, Polish, Russian, Japanese, Arabic ---
    "¿Puedes escribir un mensaje para [[PERSON|Lucía Martín Herrero]] recordándole que su programa de tangos en la radio comunitaria pasa al jueves a las 21:00? Su correo es [[EMAIL_ADDRESS|lucia.martin.h@example.es]].",
    "Bitte formuliere eine kurze Nachricht an [[PERSON|Jörg Albrecht]]: Der Schlüsselkasten am Studio hat jetzt den Code [[PASSWORD|5093]], und seine Sendung am Samstag beginnt eine Stunde früher.",
    "Napisz krótkie podziękowanie dla [[PERSON|Agnieszki Dąbrowskiej]] za prowadzenie audycji o lokalnej historii w naszym radiu przez całe lato.",
    "Составь, пожалуйста, объявление для эфира: [[PERSON|Светлана Кузнецова]] ищет соведущего для подкаста о местных музыкантах, писать на [[EMAIL_ADDRESS|s.kuznetsova.pod@example.ru]].",
    "コミュニティFMの土曜番組に出てくれた[[PERSON|佐藤 美咲]]さんに、ゲスト出演のお礼メールを書いてください。放送は来週の土曜日です。",
    "اكتب رسالة قصيرة إلى [[PERSON|ليلى منصور]] لتذكيرها بأن حلقة البودكاست عن تاريخ الحي ستسجل يوم الأحد في استوديو الإذاعة المجتمعية.",
    # --- English ---
    "Can you draft an on-air apology? Last night [[PERSON|Grace Whitfield]] read out the wrong winner for the pub quiz, it should have been [[PERSON|Arjun Sethi]], not his brother.",
    "Volunteer rota for the Harbour FM jumble sale outside broadcast: [[PERSON|Hope Lindgren]] (van and cables), [[PERSON|Kwabena Osei]] (mic), [[PERSON|Zofia Nowak]] (tea and raffle). Turn this into a group message with arrival times 9:00, 9:30 and 10:00.",
    "Tell [[PERSON|Marcus Oyelaran]] that his jazz hour is moving to 10pm from next month and ask if he can still do it.",
    "Our podcast host account got flagged. The API token we use for uploads is [[API_KEY|phx_live_8Kq2Rv7TmW4zLp9YcB3nH6dJ]] — is it safe to paste it in a support ticket or should I rotate it first?",
    "Summarise this complaint for the station manager: listener [[PERSON|Eileen Dunphy]] says the Sunday hymn programme cut off mid-song three weeks running and she wants a callback on [[PHONE_NUMBER|01632 960587]].",
    "Write a short introduction I can read before the interview with [[PERSON|Oluwaseun Bakare]], who restores old valve radios in his garage in Peckham.",
    "[[PERSON|Виктор Ермаков]] wants to host a Russian-language evening show. Can you list what our committee usually asks new presenters for?",
    "Who owes what for the studio carpet: [[PERSON|Rose Tennant]] £22.50, [[PERSON|Abdul Karim Hossain]] £22.50, [[PERSON|Jamie Flint]] £15. Please write it up as a neat message.",
    "The new keybox by the back door of the station is [[PASSWORD|2580]], and the alarm is [[PASSWORD|19731]]. Write a laminated card for the night-shift presenters, short and clear.",
    "Draft a reply to [[PERSON|Ahmed Farouk]] at [[EMAIL_ADDRESS|ahmed.farouk77@example.com]] saying we'd love to feature his oud recordings on the world music hour.",
    "Could you write a press blurb for our podcast's 100th episode? The co-hosts are [[PERSON|Yaw Darko]] and [[PERSON|Ingrid Solberg]], and the producer is [[PERSON|Summer Reyes]].",
    "I need to tell the breakfast show producer, [[PERSON|Declan Moriarty]], that I'm off sick tomorrow. Something short and honest, please.",
    "A listener, [[PERSON|Γιώργος Παπαδόπουλος]], sent a song dedication for his wife's birthday. How do I pronounce his name on air without mangling it?",
    "Wi-Fi for guests at the community hall recording: network RadioHall, key [[PASSWORD|Cr0ssf4de&Tin]]. Write a one-line note for the guest pack.",
    "Make a shortlist email to the podcast award judges. Finalists: [[PERSON|Tamar Ben-David]], [[PERSON|Luis Carvalho]], [[PERSON|Annika Holm]]. Keep it neutral.",
    "Help me word a message to [[PERSON|Bill]]: he left the studio heater on all weekend again and the electricity bill is £80 over.",
    "Proofread my newsletter ending: That's all from the Riverside Radio gang this month. Love, [[PERSON|Nkechi]], [[PERSON|Dave]] and [[PERSON|Sam Achterberg]]",
    "What's the best way to store guest release forms? Right now [[PERSON|Harriet Cole]] keeps them in a shoebox at her flat at [[STREET_ADDRESS|14 Marlow Terrace, Leeds LS6 2QR]], which worked when we had ten guests a year, but the podcast now does two interviews a week and some of the forms include people's contact details and signatures. We have no office, just a shared cupboard at the community centre and a free cloud drive. Can you suggest a setup that a small volunteer team can actually keep up with, and what we should do with the old paper forms?",
    "Please write a message to [[PERSON|박지훈]] asking him to re-record the station ident in Korean for the multicultural hour.",
    "Our shared mailbox for the podcast is [[EMAIL_ADDRESS|tidelinespod@example.com]] and the password is [[PASSWORD|Tideline!2024pod]]. How do I set it up so the three of us can use it without sharing the password?",
    "The treasurer, [[PERSON|Gloria Mensah-Bonsu]], asked for a breakdown of the raffle money. Can you make a template with columns for date, seller and amount?",
    "Write a condolence message from the station to the family of [[PERSON|Albert Trevithick]], who presented the farming report for 31 years.",
    "[[PERSON|Chiara Bellandi]] and [[PERSON|Mateus Ferreira]] are splitting the audio editing. She does odd episodes, he does even. Can you write this up as a simple schedule up to episode 20?",
    "My login for the listen-again admin is [[ID_NUMBER|k.osullivan]] and it says locked out after three tries. Who do I usually ask, the station manager or the web volunteer?",
    "Draft a text to [[PERSON|Hone Tawhiri]] at [[PHONE_NUMBER|0491 570 316]] confirming he'll open the Matariki special with a karakia at 6am.",
    "Could you help me write interview questions for [[PERSON|Ayesha Siddiqui]], a nurse who started a podcast about night shifts?",
    "List of presenters who haven't done the safeguarding module: [[PERSON|Tom Beresford]], [[PERSON|Kemi Adeleke]], [[PERSON|Santiago Ruiz]], [[PERSON|Ewa Kowalczyk]]. Write a nudge email.",
    "Write a lost property announcement: a blue scarf was left in Studio B after [[PERSON|Nomvula Dlamini]]'s show on Tuesday.",
    "Please reply to this listener: '[[PERSON|Hiroshi Tanaka]] here, I loved the episode on the old cinema, is there a transcript?'",
    "Tell [[PERSON|Grace]] the mixing desk is booked for her on Friday at 2, and remind her that [[PERSON|Ollie]] needs it back by 5.",
    "Our streaming service wants a 2FA code and the one I got by text is [[PASSWORD|447 120]]. It's been ten minutes, should I request a new one?",
    "Podcast budget: [[PERSON|Lindiwe Khumalo]] paid for the microphones, [[PERSON|Rhys Vaughan]] covered hosting for a year. How do we even this out if the podcast gets sponsorship?",
    "Can you write a short on-air welcome for our new Hindi film songs presenter, [[PERSON|अनन्या शर्मा]]? Something in English that introduces her warmly.",
    "Check the grammar of this schedule note: [[PERSON|রফিক ইসলাম]] will presents the Bangla hour every Friday from 8pm, starting next month.",
    "Write a thank-you to [[PERSON|สมชาย ใจดี]] for lending us his portable recorder for the Songkran festival coverage.",
    "The Mandarin hour's new co-host is [[PERSON|王秀英]]. Can you suggest a bilingual intro for her first show?",
    "Please draft an email to [[PERSON|山本 健太]] asking if we can use his field recordings of the harbour in our podcast trailer.",
    "Our Hebrew-language slot host, [[PERSON|נועה לוי]], asked how to export her show as MP3 from Audacity. Can you write simple steps?",
    "Write a birthday shout-out for [[PERSON|Adéṣọlá Ògúnlẹ̀yẹ]] from everyone at Eko Community Radio.",
    "The alarm panel at the outside broadcast van depot wants a code. [[PERSON|Gareth Lloyd-Rees]] says it's [[PASSWORD|83061]] but that's not working. Who else might know?",
    "Summarise in three bullet points: [[PERSON|Fatima Zahra Benali]] will cover the Moroccan music show while [[PERSON|Youssef]] is away, from 3 to 24 March, same time slot.",
    "Reply to this: 'Hi, it's [[PERSON|Maureen]] from the knitting circle, can we come on the afternoon show to talk about the charity blanket drive?'",
    "Create a rota for the Christmas Day live broadcast: 8am [[PERSON|Joy Abernethy]], 10am [[PERSON|Samir Haddad]], noon [[PERSON|Ruby Chen]], 2pm [[PERSON|Patrick Oduya]].",
    "Our webhook signing secret for the podcast analytics tool is [[API_KEY|pdst_sk_4vR9tQ2mX7pL8wN3zK6bH1yF5c]]. Write a short note to the web volunteer explaining how to keep it in environment variables.",
    "Can you write a thank-you card for [[PERSON|Ferdinand Okafor-Blake]], who let us record the church bells from his tower every Sunday for the podcast?",
    "The landlord of the studio, [[PERSON|Colin Ashdown]], wants the rent by standing order now. I just need a polite reply saying we'll set it up this week.",
    "Please message [[PERSON|Kateryna Bondarenko]] and [[PERSON|Oleksii Marchenko]] that the Ukrainian community hour needs a new jingle by the 15th.",
    "Tell [[PERSON|Summer]] that the lockbox on the transmitter site gate is now [[PASSWORD|6-2-9-1]] and she should not write it on the rota.",
    "I'm interviewing [[PERSON|Beatriz Oyarzún]] about the 1970s community radio movement in Chile. Could you draft a consent paragraph she can sign?",
    "Quick one: [[PERSON|Zainab Lawal]]'s email bounced. I used [[EMAIL_ADDRESS|zainab.lawal@example.ng]], is there a typo I'm not seeing?",
    "Write a rota reminder for the podcast editing team: Mon [[PERSON|Elif Yıldız]], Wed [[PERSON|Kieran Doyle]], Fri [[PERSON|Anh Nguyen]]. Files go in the shared drive by 6pm.",
    "Help! I accidentally read out [[PERSON|Dorothy Ambrose]]'s home phone on air during a competition call, [[PHONE_NUMBER|(604) 555-0142]]. What should we do now?",
    "Draft a short bio for the website: [[PERSON|Tendai Moyo]] presents Township Grooves, a Saturday show of South African house, and drives a bus by day.",
    "Can you help me write an email to my co-host [[PERSON|Lukas Becker]] at [[EMAIL_ADDRESS|lukas.becker.audio@example.de]] about dropping the weekly episode to fortnightly?",
    "Our station's password for the licence portal is [[PASSWORD|LicencePortal#7731]]. We need to renew before April. What documents are usually needed?",
    "A listener called [[PERSON|Hope Mwangi]] wants her late husband's favourite song played on Sunday. Write a gentle on-air introduction; his name was [[PERSON|Peter]].",
    "The chair, [[PERSON|Mohammed Al-Rashid]], and the secretary, [[PERSON|Bronwen Ellis]], must both sign the grant form. Write a short cover email for it.",
    "Proofread: This episode was produced by [[PERSON|Isabela Costa]] and edited by [[PERSON|Ravi Subramanian]]. Music by [[PERSON|Dex Horvath]].",
    "What time zone should I quote when [[PERSON|Keoni Kahananui]] calls in from Hawaii for the surf report?",
    "Our engineer, [[PERSON|Piotr Zając]], asked me to send him the stream server password, which is [[PASSWORD|Ic3cast!Harbour]]. Is it OK to send it by text or should I use something safer?",
    "Can you make a thank you list for the end-of-year show? Volunteers: [[PERSON|Grace Adjei]], [[PERSON|Bill Sørensen]], [[PERSON|Rosa Delgado]], [[PERSON|Chidi Nwosu]], [[PERSON|Freya MacDonald]].",
    "Tell [[PERSON|Mehmet]] the Turkish music request messages go to [[EMAIL_ADDRESS|mehmet.kaya.requests@example.com]] now, not his old address.",
    "Please write a thank-you to [[PERSON|கார்த்திகா ராஜன்]] for her talk on the history of the local mill, and ask if we can put it on the podcast feed.",
    "I produce a small true-crime podcast. A listener, [[PERSON|Craig Dunmore]], emailed from [[EMAIL_ADDRESS|cdunmore.listens@example.co.uk]] saying we named his uncle wrongly. How should we respond?",
    "Our phone-in system's admin page is locked to my home IP [[IP_ADDRESS|203.0.113.114]] but I've moved house. How do I get it changed?",
    "[[PERSON|Aroha Ngata]] is presenting the Māori language segment next week. Could you write a short promo for it?",
    "Send a message to [[PERSON|Jasper van der Meer]] that the studio mic he borrowed needs to come back by Thursday.",
    "Can you write a neat receipt note: received £50 from [[PERSON|Winifred Boateng]] for the station's transmitter appeal, thank you!",
    "The key safe at the rehearsal room is [[PASSWORD|C1947]] and [[PERSON|Hassan Jaber]] needs it for tonight's recording. Write him a text.",
    "Rota for the listener helpline at the appeal: [[PERSON|Agnes Kowalski]] 6-7pm, [[PERSON|Tunde Bello]] 7-8pm, [[PERSON|Lily Fraser]] 8-9pm. Can you add a line reminding everyone to log calls?",
    "Make a shout-out for [[PERSON|Björn Ekström]] and [[PERSON|Åsa Lindberg]] who just got married. They met at our karaoke outside broadcast!",
    "Which is better for a two-person remote podcast, a recording platform or a plain video call? [[PERSON|Mariana]] is in Lisbon and I'm in Manchester.",
    "Write an email to [[PERSON|Ngaire Thompson]] at [[EMAIL_ADDRESS|ngaire.t@example.nz]] saying her community notice about the lost dog was read out at 8:15 and 12:15.",
    "The CMS API key for our station website is [[API_KEY|cms_2bT8xQ5nW1kR7vL4mJ9pZ3sD6fH0]]. I think it was posted in the volunteers chat by mistake. What steps should I take?",
    "Could you help [[PERSON|Darnell Washington]] write a 30-second intro for his soul show? He wants it to sound like late-night 1970s radio.",
    "Tell [[PERSON|Charity Nyambura]] that her podcast about Nairobi matatu art got 2,000 downloads and the station wants a second series.",
    "Remind everyone: gate code at the hill transmitter is [[PASSWORD|*4430]], and the engineer on call this weekend is [[PERSON|Duncan Frew]] on [[PHONE_NUMBER|07700 900731]].",
    "Who should I contact about a complaint? [[PERSON|Irene Castellanos]] says the presenter was rude to her on the phone-in about bin collections.",
    "Draft a welcome pack intro for [[PERSON|Ji-woo Kim]], our newest K-pop show host, and mention she'll get her studio induction with [[PERSON|Neil Harcourt]] on Saturday.",
    "The PIN for the station's shared bank card is [[PASSWORD|9052]]; can you remind me what the rules usually say about who may hold it?",
    "Write a quick message to the podcast group: [[PERSON|Rose]] has the recorder, [[PERSON|Hope]] has the mics, and [[PERSON|Will]] has the cables. Bring them all Saturday.",
    "Can you help me turn [[PERSON|Antoine Lefèvre]]'s notes on French chanson into a running order for Thursday's show?",
    "My mum, [[PERSON|Carmel Reilly]], wants to volunteer answering phones at the station during the winter appeal. She's 74, sharp as anything, but nervous about computers and worried she'll press the wrong button and cut a caller off live on air. The shifts are two hours on a Tuesday afternoon and someone from the team sits with new volunteers for the first month. What can I tell her to reassure her, and is there anything simple she could practise at home beforehand so she feels ready on her first day?",
    "Cost split for the podcast retreat cottage: £420 between [[PERSON|Sven Aaltonen]], [[PERSON|Marguerite Okeke]], [[PERSON|Kaito Mori]] and me. How much each, and can you write the message?",
]

# 100 one-person records, each one sentence or a short form.
RECORDS = [
    # --- with a national id ---
    "播客嘉宾登记：[[PERSON|陈志强]]，身份证号 [[ID_NUMBER|320106198709234715]]，邮箱 [[EMAIL_ADDRESS|chen.zhiqiang@example.cn]]。",
    "社区电台志愿者：[[PERSON|刘芳]]，身份证 [[ID_NUMBER|510104199302140626]]，住址 [[STREET_ADDRESS|成都市锦江区春熙路 88 号 3 单元 502 室]]。",
    "Cadastro de locutor voluntário: [[PERSON|Thiago Nascimento Rocha]], CPF [[ID_NUMBER|371.846.205-26]], e-mail [[EMAIL_ADDRESS|thiago.rocha@example.com.br]].",
    "Recibo de cachê do podcast para [[PERSON|Fernanda Alves Pereira]], CPF [[ID_NUMBER|615.293.478-82]], endereço [[STREET_ADDRESS|Rua das Palmeiras, 412, apto 31, Campinas - SP, 13015-100]].",
    "सामुदायिक रेडियो स्वयंसेवक पंजीकरण: [[PERSON|राहुल वर्मा]], आधार [[ID_NUMBER|6183 2947 0532]], ईमेल [[EMAIL_ADDRESS|rahul.verma.radio@example.in]]",
    "Guest payment form. Name: [[PERSON|Lakshmi Narayanan]]; Aadhaar: [[ID_NUMBER|3956 7102 8464]]; Email: [[EMAIL_ADDRESS|lakshmi.n.sings@example.in]]",
    "Presenter contract: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S7946213F]], address [[STREET_ADDRESS|Blk 214 Bishan Street 23, #07-118, Singapore 570214]].",
    "Podcast guest [[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0385162H]], email [[EMAIL_ADDRESS|nuraisyah.r@example.sg]].",
    "Medlemsregister för närradion: [[PERSON|Elin Bergström]], personnummer [[ID_NUMBER|900417-8365]], e-post [[EMAIL_ADDRESS|elin.bergstrom@example.se]].",
    "Aanmelding vrijwilliger lokale omroep: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|603187250]], IBAN [[IBAN_CODE|NL40 RABO 0351 8729 46]].",
    "Gastspreker podcast: [[PERSON|Daan Janssen]], burgerservicenummer [[ID_NUMBER|174529363]], adres [[STREET_ADDRESS|Lindengracht 57-II, 1015 KE Amsterdam]].",
    "공동체 라디오 진행자 등록: [[PERSON|이서연]], 주민등록번호 [[ID_NUMBER|880623-2574188]], 이메일 [[EMAIL_ADDRESS|seoyeon.lee@example.kr]]",
    "Payroll card for the community station: [[PERSON|Bronte McAllister]], TFN [[ID_NUMBER|714 683 059]], mobile [[PHONE_NUMBER|0491 570 842]].",
    "Honorarium form for [[PERSON|Mathieu Gagnon]], SIN [[ID_NUMBER|639 284 173]], phone [[PHONE_NUMBER|(514) 555-0163]].",
    "Topluluk radyosu gönüllü formu: [[PERSON|Ayşe Karaca]], T.C. kimlik no [[ID_NUMBER|38157029476]], e-posta [[EMAIL_ADDRESS|ayse.karaca@example.com.tr]].",
    "Guest medical note for the outside broadcast: [[PERSON|Marjorie Beckett]], NHS number [[ID_NUMBER|731 846 2091]], emergency contact [[PHONE_NUMBER|07700 900126]].",
    "First-aid log, hospital radio: presenter [[PERSON|Kofi Mensah-Larbi]], NHS no. [[ID_NUMBER|948 205 3176]], address [[STREET_ADDRESS|7 Chandos Road, Bristol BS6 5PG]].",
    "Zgłoszenie do konkursu radiowego: [[PERSON|Katarzyna Lewandowska]], PESEL [[ID_NUMBER|92071438167]], konto [[IBAN_CODE|PL55 1090 1014 0000 0712 3946 5182]].",
    "Modulo liberatoria podcast: [[PERSON|Giulia Marino]], codice fiscale [[ID_NUMBER|MRNGLI84C52L219T]], e-mail [[EMAIL_ADDRESS|giulia.marino@example.it]].",
    "Lähiradion vapaaehtoinen: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230791-3165]], sähköposti [[EMAIL_ADDRESS|aino.virtanen@example.fi]].",
    "Community radio presenter registration: [[PERSON|Sipho Ndlovu]], ID number [[ID_NUMBER|9205186034183]], email [[EMAIL_ADDRESS|sipho.ndlovu@example.co.za]].",
    "ポッドキャスト出演者情報：氏名 [[PERSON|鈴木 陽菜]]、マイナンバー [[ID_NUMBER|3829 1047 5622]]、メール [[EMAIL_ADDRESS|hina.suzuki@example.jp]]",
    "Ficha de colaborador de la radio comunitaria: [[PERSON|Javier Morales Ibáñez]], DNI [[ID_NUMBER|73819462L]], IBAN [[IBAN_CODE|ES09 2100 3847 1202 0061 3579]].",
    "Inscripción al taller de pódcast: [[PERSON|Mariam El Idrissi]], NIE [[ID_NUMBER|Y4826173M]], correo [[EMAIL_ADDRESS|mariam.elidrissi@example.es]].",
    "Volunteer expenses claim: [[PERSON|Aoife Brennan]], PPS [[ID_NUMBER|4817263IA]], IBAN [[IBAN_CODE|IE12 BOFI 9000 1728 4639 51]].",
    "Fiche animatrice, radio associative : [[PERSON|Camille Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 86 11 75 114 238 73]], e-mail [[EMAIL_ADDRESS|camille.rousseau@example.fr]].",
    "Inscription bénévole, radio de quartier : [[PERSON|Nathalie Dubois]], numéro national [[ID_NUMBER|79.03.21-418.50]], IBAN [[IBAN_CODE|BE73 0017 3482 6519]].",
    "Medlemskap i nærradioen: [[PERSON|Ingrid Haugen]], fødselsnummer [[ID_NUMBER|14058948218]], konto [[IBAN_CODE|NO62 1503 8246 193]].",
    "Ficha de voluntário da rádio local: [[PERSON|Rui Fonseca Matos]], NIF [[ID_NUMBER|248173960]], IBAN [[IBAN_CODE|PT38 0033 0000 4531 8702 6519 4]].",
    "Formular colaborator radio comunitar: [[PERSON|Ioana Popescu]], CNP [[ID_NUMBER|2850312406170]], e-mail [[EMAIL_ADDRESS|ioana.popescu@example.ro]].",
    "Registro de voluntaria, radio comunitaria de Valparaíso: [[PERSON|Constanza Fuentealba]], RUT [[ID_NUMBER|16.482.739-9]], correo [[EMAIL_ADDRESS|cfuentealba@example.cl]].",
    "Kogukonnaraadio vabatahtlik: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48907120265]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.ee]].",
    "Skráning sjálfboðaliða hjá hverfisútvarpinu: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|210487-3529]], netfang [[EMAIL_ADDRESS|gudrun.s@example.is]].",
    "Přihláška moderátorky komunitního rádia: [[PERSON|Tereza Novotná]], rodné číslo [[ID_NUMBER|865417/3726]], e-mail [[EMAIL_ADDRESS|tereza.novotna@example.cz]].",
    "Анкета волонтерки громадського радіо: [[PERSON|Олена Ковальчук]], РНОКПП [[ID_NUMBER|3148290489]], ел. пошта [[EMAIL_ADDRESS|olena.kovalchuk@example.ua]].",
    "Honorarabrechnung Bürgerfunk: [[PERSON|Matthias Krüger]], Steuer-ID [[ID_NUMBER|46821953073]], IBAN [[IBAN_CODE|DE49 3704 0044 0587 2316 49]].",
    "Guest health form for the marae broadcast: [[PERSON|Mere Parata]], NHI [[ID_NUMBER|KTR4826]], email [[EMAIL_ADDRESS|mere.parata@example.nz]].",
    "Podcast studio accident report: [[PERSON|Liam O'Sullivan-Hart]], Medicare [[ID_NUMBER|2961 47388 1]], phone [[PHONE_NUMBER|+61 491 570 227]].",
    "טופס מתנדבת ברדיו הקהילתי: [[PERSON|יעל כהן]], תעודת זהות [[ID_NUMBER|038714622]], דוא״ל [[EMAIL_ADDRESS|yael.cohen@example.co.il]]",
    "Δελτίο εθελόντριας κοινοτικού ραδιοφώνου: [[PERSON|Ελένη Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|15098531724]], email [[EMAIL_ADDRESS|eleni.antoniou@example.gr]].",
    # --- without a national id ---
    "Listener competition winner: [[PERSON|Deborah Quayle]], [[STREET_ADDRESS|22 Fernbank Close, Stockport SK4 3LT]], [[PHONE_NUMBER|07700 900284]].",
    "Station membership renewal, member no. [[ID_NUMBER|CRM-004817]], [[PERSON|Trevor Ashby]], card [[CREDIT_CARD|4716 2093 8841 0577]], expiry 09/27.",
    "Podcast supporter refund request: [[PERSON|Jolene Marsh]], [[EMAIL_ADDRESS|jolene.marsh@example.com]], card [[CREDIT_CARD|5389 6120 4473 9185]].",
    "Sponsor contact for the Tuesday farm report: [[PERSON|Wade Kessler]], [[STREET_ADDRESS|1184 County Road 9, Harlan, IA 51537]], [[PHONE_NUMBER|(712) 555-0138]].",
    "Freelance producer tax summary: [[PERSON|Latoya Brooks]], SSN [[US_SSN|412-68-3095]], [[EMAIL_ADDRESS|latoya.brooks.audio@example.com]].",
    "Donor record: [[PERSON|Eleanor Pryce-Jones]], donor ID [[ID_NUMBER|DN-77120]], Amex [[CREDIT_CARD|3782 561904 73126]].",
    "Mitgliedsantrag Freies Radio: [[PERSON|Sabine Hoffmann]], Mitgliedsnummer [[ID_NUMBER|FR-2291-04]], [[STREET_ADDRESS|Lindenstraße 14, 04177 Leipzig]].",
    "Gagnante du jeu radio : [[PERSON|Amélie Fournier]], [[STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg]], [[EMAIL_ADDRESS|amelie.fournier@example.fr]].",
    "Oyente premiada: [[PERSON|Rocío Sánchez Vidal]], [[STREET_ADDRESS|Calle del Olivo 23, 3.º B, 41003 Sevilla]], correo [[EMAIL_ADDRESS|rocio.sv@example.es]].",
    "Socio dell'associazione radiofonica: [[PERSON|Federico Conti]], tessera n. [[ID_NUMBER|RC-05512]], IBAN [[IBAN_CODE|IT47 K030 6909 6061 0000 0173 845]].",
    "استمارة ضيف البودكاست: [[PERSON|عمر الخطيب]]، البريد الإلكتروني [[EMAIL_ADDRESS|omar.alkhatib@example.com]]، الهاتف [[PHONE_NUMBER|+44 7700 900571]]",
    "Анкета слушателя-победителя: [[PERSON|Андрей Волков]], адрес [[STREET_ADDRESS|ул. Садовая, д. 17, кв. 42, Казань, 420111]], email [[EMAIL_ADDRESS|a.volkov@example.ru]].",
    "番組プレゼント当選者：[[PERSON|高橋 翔太]] 様、[[STREET_ADDRESS|〒530-0001 大阪府大阪市北区梅田 2-4-9 梅田ハイツ 305]]、[[EMAIL_ADDRESS|shota.takahashi@example.jp]]",
    "팟캐스트 후원자: [[PERSON|최민준]], 카드 [[CREDIT_CARD|4929 8310 5526 6041]], 이메일 [[EMAIL_ADDRESS|minjun.choi@example.kr]]",
    "社區電台會員：[[PERSON|黃嘉欣]]，會員編號 [[ID_NUMBER|HK-CR-30917]]，電郵 [[EMAIL_ADDRESS|kayan.wong@example.hk]]",
    "ผู้โชคดีรายการวิทยุชุมชน: [[PERSON|ณัฐวุฒิ ศรีสุข]] อีเมล [[EMAIL_ADDRESS|nattawut.s@example.co.th]] เลขสมาชิก [[ID_NUMBER|CR-TH-0472]]",
    "Người thắng giải đố trên sóng: [[PERSON|Nguyễn Thị Thu Hà]], địa chỉ [[STREET_ADDRESS|45 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội]], email [[EMAIL_ADDRESS|thuha.nguyen@example.vn]].",
    "Formulir relawan radio komunitas: [[PERSON|Rina Wulandari]], email [[EMAIL_ADDRESS|rina.wulandari@example.id]], nomor rekening [[ID_NUMBER|0871-0223-4519]].",
    "Fomu ya mshindi wa shindano la redio ya jamii: [[PERSON|Amani Mwakyusa]], simu [[PHONE_NUMBER|+44 7700 900649]], barua pepe [[EMAIL_ADDRESS|amani.mwakyusa@example.co.tz]].",
    "Patient transport for an outside broadcast guest: [[PERSON|Harpreet Kaur Gill]], patient no. [[ID_NUMBER|PT-448120]], [[PHONE_NUMBER|07700 900835]].",
    "Podcast hosting invoice contact: [[PERSON|Malcolm Reid]], billing email [[EMAIL_ADDRESS|m.reid.podcasts@example.co.uk]], card [[CREDIT_CARD|2223 0417 6658 3927]].",
    "Volunteer background check: [[PERSON|Olufunmilayo Adesanya]], [[STREET_ADDRESS|Flat 3, 41 Grove Vale, London SE22 8EQ]], [[PHONE_NUMBER|01632 960318]].",
    "Listener helpline callback: [[PERSON|Brenda Okafor]], [[PHONE_NUMBER|01632 960733]], account [[ID_NUMBER|LIS-20931]].",
    "Community station donor: [[PERSON|Geneviève Tremblay]], [[STREET_ADDRESS|318 rue Saint-Joseph Est, Québec, QC G1K 3B2]], [[PHONE_NUMBER|(418) 555-0172]].",
    "Guest travel booking for the podcast live show: [[PERSON|Marcus Delacroix]], [[EMAIL_ADDRESS|mdelacroix@example.org]], Discover [[CREDIT_CARD|6011 5820 3197 4463]].",
    "Station member: [[PERSON|Tahlia Nguyen-Watts]], member #[[ID_NUMBER|BRR-11842]], [[STREET_ADDRESS|9 Banksia Street, Fremantle WA 6160]], [[PHONE_NUMBER|0491 570 664]].",
    "Payroll: presenter [[PERSON|Ciarán Hegarty]], employee no. [[ID_NUMBER|E-30418]], IBAN [[IBAN_CODE|GB75 MIDL 4005 1572 9463 18]].",
    "Podcast merch delivery: [[PERSON|Summer Fairclough]], [[STREET_ADDRESS|63 Kingsway, Hove BN3 4FD]], [[EMAIL_ADDRESS|summerf@example.co.uk]].",
    "Spendenbestätigung Community-Radio: [[PERSON|Lukas Gruber]], IBAN [[IBAN_CODE|AT84 1200 0529 3847 1602]], [[EMAIL_ADDRESS|lukas.gruber@example.at]].",
    "Moderatorin Lokalradio: [[PERSON|Nicole Brunner]], [[STREET_ADDRESS|Bahnhofstrasse 31, 8400 Winterthur]], IBAN [[IBAN_CODE|CH93 0048 3125 6793 8104 B]].",
    "Adhérent n° [[ID_NUMBER|RA-3318]] : [[PERSON|Yannick Le Goff]], [[EMAIL_ADDRESS|y.legoff@example.fr]], IBAN [[IBAN_CODE|FR70 3000 4028 3700 0193 7462 185]].",
    "Słuchaczka nagrodzona w konkursie: [[PERSON|Joanna Wróbel]], [[STREET_ADDRESS|ul. Długa 12 m. 5, 31-147 Kraków]], e-mail [[EMAIL_ADDRESS|joanna.wrobel@example.pl]].",
    "Medlem af lokalradioen: [[PERSON|Mette Kjærgaard]], medlemsnr. [[ID_NUMBER|LR-6620]], konto [[IBAN_CODE|DK16 3000 0008 4172 63]].",
    "Vinnare i radiotävlingen: [[PERSON|Oskar Lindgren]], [[STREET_ADDRESS|Storgatan 48, 852 30 Sundsvall]], [[EMAIL_ADDRESS|oskar.lindgren@example.se]].",
    "Podcastin tukija: [[PERSON|Juha Korhonen]], IBAN [[IBAN_CODE|FI17 1234 5600 0193 84]], sähköposti [[EMAIL_ADDRESS|juha.korhonen@example.fi]].",
    "Bendruomenės radijo savanorė: [[PERSON|Rūta Kazlauskienė]], IBAN [[IBAN_CODE|LT67 7300 0101 3948 2716]], el. paštas [[EMAIL_ADDRESS|ruta.k@example.lt]].",
    "Volonterka lokalnog radija: [[PERSON|Ivana Horvat]], IBAN [[IBAN_CODE|HR47 2360 0001 1048 3926]], e-pošta [[EMAIL_ADDRESS|ivana.horvat@example.hr]].",
    "Arvode för poddavsnitt: [[PERSON|Linnea Åberg]], IBAN [[IBAN_CODE|SE47 5000 0000 0584 7193 6205]], e-post [[EMAIL_ADDRESS|linnea.aberg@example.se]].",
    "Hospital radio request card: patient [[PERSON|Edna Follows]], ward 7, patient number [[ID_NUMBER|RH-550913]], requested by her son on [[PHONE_NUMBER|07700 900902]].",
    "Podcast guest release: [[PERSON|Yusuf Adeyemi-Clarke]], [[EMAIL_ADDRESS|yusuf.ac@example.com]], [[PHONE_NUMBER|+44 7700 900347]].",
    "Amateur radio club member: [[PERSON|Gordon Pettigrew]], member [[ID_NUMBER|HRC-2207]], [[STREET_ADDRESS|402 Elm Street, Apt 6, Bozeman, MT 59715]].",
    "Community radio shop customer: [[PERSON|Felicity Crane]], customer no. [[ID_NUMBER|C-0091734]], Visa [[CREDIT_CARD|4539 7702 1846 2810]].",
    "Stream account holder: [[PERSON|Nikhil Bhattacharya]], username [[ID_NUMBER|nikhil_b_radio]], last login from [[IP_ADDRESS|192.0.2.187]].",
    "Newsletter subscriber: [[PERSON|Rosalind Ferrer]], [[EMAIL_ADDRESS|rosalind.ferrer@example.net]], signed up from [[IP_ADDRESS|2001:db8:4a2::17]].",
    "Νικητής διαγωνισμού του σταθμού: [[PERSON|Κώστας Δημητρίου]], [[STREET_ADDRESS|Οδός Ερμού 54, 105 63 Αθήνα]], email [[EMAIL_ADDRESS|kostas.dimitriou@example.gr]].",
    "পডকাস্ট অতিথি: [[PERSON|তানিয়া রহমান]], ইমেইল [[EMAIL_ADDRESS|tania.rahman@example.com.bd]], ফোন [[PHONE_NUMBER|+44 7700 900461]]",
    "Radyo yarışması kazananı: [[PERSON|Burak Çelik]], adres [[STREET_ADDRESS|Bağdat Caddesi No: 212 D: 7, Kadıköy, İstanbul]], e-posta [[EMAIL_ADDRESS|burak.celik@example.com.tr]].",
    "فرم داوطلب رادیو محلی: [[PERSON|سارا رضایی]]، ایمیل [[EMAIL_ADDRESS|sara.rezaei@example.com]]، شماره عضویت [[ID_NUMBER|RF-7781]]",
    "ریڈیو کی سامع: [[PERSON|عائشہ ملک]]، ای میل [[EMAIL_ADDRESS|ayesha.malik@example.pk]]، فون [[PHONE_NUMBER|07700 900153]]",
    "Name: [[PERSON|Ruth Ogunbiyi]]; Role: phone-in screener; Mobile: [[PHONE_NUMBER|07700 900678]]; Email: [[EMAIL_ADDRESS|ruth.ogunbiyi@example.com]]",
    "Guest: [[PERSON|Hamish Dunbar]]; Address: [[STREET_ADDRESS|5 Crichton Place, Edinburgh EH7 4PT]]; Phone: [[PHONE_NUMBER|01632 960491]]",
    "Sponsorship payment from [[PERSON|Angela Morrow]], sole trader, card [[CREDIT_CARD|5163 4780 2291 7355]], receipt to [[EMAIL_ADDRESS|angela.morrow@example.co.uk]].",
    "Podcast listener survey prize: [[PERSON|Shawn Riggins]], [[STREET_ADDRESS|77 Birch Hollow Lane, Asheville, NC 28803]], [[PHONE_NUMBER|(828) 555-0119]].",
    "Contractor record: [[PERSON|Maribel Ortega]], SSN [[US_SSN|538-21-7746]], [[STREET_ADDRESS|2210 Mesa Verde Dr, Las Cruces, NM 88001]].",
    "Vencedor do passatempo da rádio: [[PERSON|Duarte Pinheiro]], [[STREET_ADDRESS|Rua do Almada 118, 2.º esq., 4050-031 Porto]], [[EMAIL_ADDRESS|duarte.pinheiro@example.pt]].",
    "Donateur lokale omroep: [[PERSON|Femke Bakker]], [[EMAIL_ADDRESS|femke.bakker@example.nl]], Mastercard [[CREDIT_CARD|5274 0918 3362 5509]].",
    "Ganador de la trivia del pódcast: [[PERSON|Alejandro Cruz Villanueva]], [[EMAIL_ADDRESS|alejandro.cruzv@example.mx]], Amex [[CREDIT_CARD|3714 820657 33918]].",
    "Ascoltatrice vincitrice: [[PERSON|Chiara Esposito]], [[STREET_ADDRESS|Via dei Tribunali 181, 80138 Napoli]], e-mail [[EMAIL_ADDRESS|chiara.esposito@example.it]].",
    "Volunteer locker allocation: [[PERSON|Bill Hargreaves]], locker 14, member no. [[ID_NUMBER|VOL-0577]], [[PHONE_NUMBER|07700 900390]].",
    "Community radio subscriber: [[PERSON|Kirra Anderson]], [[EMAIL_ADDRESS|kirra.anderson@example.com.au]], [[PHONE_NUMBER|0491 570 109]], [[STREET_ADDRESS|31 Wattle Grove, Ballarat VIC 3350]].",
]

# 25 MT-Bench/Vicuna-style prompts: public figures and fictional characters only.
CLEAN_MTBENCH = [
    "Compose a short radio jingle, no more than four lines, for a fictional seaside community station called Gull FM.",
    "Imagine you are Sherlock Holmes explaining to Dr Watson why the lighthouse keeper's radio went silent at midnight. Write the explanation in his voice.",
    "Explain the difference between AM and FM broadcasting to a curious ten-year-old, using an analogy with ripples in a pond.",
    "Write a 200-word blog post reviewing an imaginary podcast about medieval cooking. Include one criticism and two compliments.",
    "From the following list, extract the names of musical instruments and return them as a JSON array: violin, radio, oboe, antenna, cello, speaker, marimba.",
    "Write a Python function that takes a list of episode durations in seconds and returns the total running time formatted as HH:MM:SS.",
    "Why is Guglielmo Marconi usually credited with inventing radio, and who else has a claim to it?",
    "Role-play as a grumpy 1950s radio announcer reading the shipping forecast during a heatwave.",
    "Compare live radio and on-demand podcasts for reaching older listeners. Answer in a table with three rows.",
    "How would you design a simple schedule-planning app for a volunteer-run station? Describe the main screens.",
    "Rewrite this sentence so it sounds more formal: the show's gonna be late cos the transmitter's playing up again.",
    "Describe a thunderstorm as if you were commentating on it live for a sports radio broadcast.",
    "Orson Welles's 1938 broadcast of The War of the Worlds is often said to have caused mass panic. How much of that story is true?",
    "Write a haiku about the static between two stations late at night.",
    "If the Earth had no ionosphere, how would long-distance radio communication have developed? Reason step by step.",
    "Draft a two-paragraph pitch to a podcast network for a show in which Hercule Poirot reviews modern detective novels.",
    "What are some effective ways to reduce background noise when recording a podcast in a small flat?",
    "Write a SQL query that returns the ten most played songs of last month from a table plays(song_id, played_at) joined with songs(id, title, artist).",
    "Explain how a podcast RSS feed works, step by step, for someone who has never heard of XML.",
    "Pretend you are Mary Poppins hosting a children's radio hour. Introduce the first song.",
    "Summarise the plot of Homer's Odyssey in exactly five sentences, as if for a radio drama trailer.",
    "What might happen to local news coverage if every small radio station closed tomorrow? Give three possible consequences.",
    "Write a limerick about a microphone that refuses to work during the most important interview of the year.",
    "Solve for x and show your working: 3x + 7 = 2x - 5.",
    "Which uses more energy over a year: a 5 kW FM transmitter running around the clock or a streaming server drawing 300 W? Explain your assumptions.",
]

# 25 GSM8K-style word problems.
CLEAN_GSM8K = [
    "A community radio station broadcasts 18 hours a day. If 40% of its airtime is music and the rest is talk, how many hours of talk does it air in a week?",
    "Maya records a podcast episode every 5 days, starting on day 1. How many episodes will she have recorded by the end of day 90?",
    "Liam bought 3 microphones at $45 each and a mixer for $120. He paid with four $100 bills. How much change did he get?",
    "A radio quiz gives 5 points for each correct answer and takes away 2 points for each wrong one. Priya answered 14 questions and scored 49 points. How many did she get right?",
    "A podcast had 1,200 downloads in its first month. Each month after that, downloads grew by 25%. How many downloads did it have in the third month?",
    "Tom's radio show is 2 hours long. He spends 15 minutes on news, has 3 ad breaks of 4 minutes each, and plays music the rest of the time. How many minutes of music does he play?",
    "A station sells raffle tickets at £2 each or 6 for £10. Aisha wants 20 tickets and buys them in the cheapest way possible. How much does she spend?",
    "There are 48 volunteers at a charity radio marathon. One third work the phones, a quarter work in the studio and the rest do publicity. How many do publicity?",
    "Carlos produces 12 minutes of finished audio for every hour he spends editing. How many hours will he need for a 54-minute episode?",
    "A transmitter uses 3.5 kilowatt-hours of electricity each hour. If electricity costs 20 cents per kilowatt-hour, how much does it cost to run it for a 30-day month?",
    "Hannah listens to three podcasts. The first is 45 minutes, the second is twice as long as the first, and the third is 20 minutes shorter than the second. How long does she listen in total?",
    "A record shop sells vinyl for $25 and CDs for $12. On Saturday it sold 18 vinyl records and some CDs, taking $606 in total. How many CDs did it sell?",
    "Noah drives 36 miles each way to the studio. His car goes 24 miles on a gallon and fuel costs $3.80 a gallon. How much does the round trip cost?",
    "A podcast network pays hosts $18 for every 1,000 downloads. Zoe's episodes got 4,500, 6,200 and 3,300 downloads. How much did she earn?",
    "A choir of 24 singers is split into groups of 4 for radio recordings. Each group sings for 6 minutes, with a 2-minute gap between groups. How long is the whole session?",
    "Ben saves $15 a week towards a $240 pair of headphones. He already has $45. How many weeks until he can buy them?",
    "The breakfast show has 3 presenters who each read the weather twice a morning, five mornings a week. How many weather readings are there in 4 weeks?",
    "Ella's podcast has 320 subscribers. Each week she gains 15 new subscribers and loses 3. How many subscribers will she have after 10 weeks?",
    "A radio mast 60 metres tall casts a 45-metre shadow. At the same moment a nearby tree casts a 12-metre shadow. How tall is the tree?",
    "Kofi buys cables in packs of 8. He needs 50 cables for a festival stage. How many packs must he buy, and how many cables will be left over?",
    "In a listener poll, 260 people voted. 45% chose jazz, 30% chose folk and the rest chose reggae. How many more people chose jazz than reggae?",
    "Sofia works 6 volunteer shifts a month of 3 hours each. Her friend Mei works 4 shifts a month of 5 hours each. Who volunteers more hours in a year, and by how many?",
    "A studio charges $35 an hour plus a $20 booking fee. Jack booked it for 3 hours and Omar for 5 hours, each paying his own fee. How much did they pay altogether?",
    "A podcast episode is 72 minutes long. Lucy listens at 1.5 times normal speed. How many minutes does it take her?",
    "Raj sorted 150 old cassette tapes. Two fifths were music, half of the rest were interviews and the remaining tapes were blank. How many were blank?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which layer of the atmosphere reflects shortwave radio signals back to Earth? A. Troposphere B. Stratosphere C. Ionosphere D. Mesosphere",
    "In frequency modulation, which property of the carrier wave is varied? A. Amplitude B. Frequency C. Polarisation D. Wavelength of the audio",
    "Approximately what is the speed of electromagnetic waves in a vacuum? A. 3 × 10^5 m/s B. 3 × 10^8 m/s C. 3 × 10^10 m/s D. 340 m/s",
    "A radio station broadcasts at 100 MHz. What is its wavelength? A. 0.3 m B. 3 m C. 30 m D. 300 m",
    "A broadcast signal that one listener's use does not reduce for others is an example of a: A. rival good B. non-rival good C. inferior good D. Giffen good",
    "Which of the following is a lossy audio compression format? A. WAV B. FLAC C. MP3 D. AIFF",
    "In the United States, which agency licenses radio broadcasters? A. FDA B. FCC C. FTC D. SEC",
    "Which sampling rate is standard for audio CDs? A. 22.05 kHz B. 32 kHz C. 44.1 kHz D. 96 kHz",
    "The Nyquist theorem states that the sampling rate must be at least: A. equal to the highest frequency B. twice the highest frequency C. half the highest frequency D. four times the lowest frequency",
    "Which part of the human ear turns vibrations into nerve signals? A. Eardrum B. Cochlea C. Stapes D. Eustachian tube",
    "Which of these is a unit of sound level? A. Hertz B. Decibel C. Watt D. Tesla",
    "In advertising, reach refers to: A. the number of times an ad is played B. the number of distinct people exposed to a message C. the cost per thousand impressions D. the share of listeners who buy a product",
    "Who wrote that the medium is the message? A. Marshall McLuhan B. Noam Chomsky C. Michel Foucault D. Jürgen Habermas",
    "The length of a half-wave dipole antenna for 150 MHz is closest to: A. 0.5 m B. 1 m C. 2 m D. 4 m",
    "Which fallacy attacks the person making an argument instead of the argument itself? A. Straw man B. Ad hominem C. Slippery slope D. False dilemma",
    "Which best describes a public good? A. Excludable and rival B. Non-excludable and non-rival C. Excludable and non-rival D. Non-excludable and rival",
    "In which year did the British Broadcasting Company begin regular radio broadcasts? A. 1912 B. 1922 C. 1936 D. 1948",
    "What does RSS in RSS feed commonly stand for? A. Really Simple Syndication B. Remote Server Stream C. Radio Signal Standard D. Rich Site Sound",
    "If a signal's power doubles, its level rises by about: A. 1 dB B. 3 dB C. 6 dB D. 10 dB",
    "Which statistic is most affected by extreme values? A. Median B. Mode C. Mean D. Interquartile range",
    "Under common law, which of the following is required for a valid contract? A. Consideration B. A written document in every case C. A witness D. A notary's seal",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Nitrogen C. Argon D. Carbon dioxide",
    "A survey that counts only listeners who choose to phone in is an example of: A. random sampling B. stratified sampling C. voluntary response sampling D. cluster sampling",
    "What is the main job of a compressor in audio production? A. Raise the pitch B. Reduce the dynamic range C. Add reverb D. Remove all noise",
    "Which of the following is a prime number? A. 51 B. 57 C. 59 D. 63",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What are the early signs of noise-induced hearing loss, and how loud is too loud for headphones?",
    "I get a sore throat after presenting a three-hour radio show. What can I do to protect my voice?",
    "Is it safe to take ibuprofen and paracetamol together for a headache?",
    "How much water should an adult drink in a day, and does tea count?",
    "What is the difference between a cold and the flu, and when should someone see a doctor?",
    "Can working night shifts raise the risk of type 2 diabetes?",
    "Which exercises help with lower back pain from sitting at a desk for long hours?",
    "How long after a tetanus booster does it start to protect you?",
    "What causes tinnitus, and is there anything that helps it settle down?",
    "Are there foods that help lower blood pressure naturally?",
    "How do I know whether a mole needs to be checked by a dermatologist?",
    "What is a normal resting heart rate for an adult, and when is it too high?",
    "Can stress cause stomach ulcers, or is that a myth?",
    "How often should adults have their eyes tested if they look at screens all day?",
    "What should be in a basic first-aid kit for a small office or recording studio?",
    "Is it normal to feel dizzy after standing up quickly, and when is it a concern?",
    "What are the symptoms of vitamin D deficiency in winter?",
    "How much caffeine a day is considered safe during pregnancy?",
    "What is the best way to treat a minor burn from a hot soldering iron?",
    "Does gargling salt water actually help a sore throat?",
    "How can I tell whether a headache is a migraine or a tension headache?",
    "Which vaccinations are usually recommended for adults over 65?",
    "Can hay fever make you lose your voice, and what can help?",
    "How many hours of sleep do teenagers need, and what happens if they get less?",
    "What are the warning signs of a stroke that a bystander should look for?",
]

# Every national id in the records, with its check.
NATIONAL_IDS = {
    "320106198709234715": china_id_ok,  # Chinese resident identity number
    "510104199302140626": china_id_ok,
    "371.846.205-26": cpf_ok,  # Brazilian CPF
    "615.293.478-82": cpf_ok,
    "6183 2947 0532": aadhaar_ok,  # Indian Aadhaar
    "3956 7102 8464": aadhaar_ok,
    "S7946213F": nric_ok,  # Singapore NRIC
    "T0385162H": nric_ok,
    "900417-8365": luhn_len(10),  # Swedish personnummer
    "603187250": bsn_ok,  # Dutch BSN
    "174529363": bsn_ok,
    "880623-2574188": rrn_ok,  # Korean resident registration number
    "714 683 059": tfn_ok,  # Australian tax file number
    "639 284 173": luhn_len(9),  # Canadian SIN
    "38157029476": kimlik_ok,  # Turkish kimlik
    "731 846 2091": nhs_ok,  # NHS number
    "948 205 3176": nhs_ok,
    "92071438167": pesel_ok,  # Polish PESEL
    "MRNGLI84C52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "230791-3165": hetu_ok,  # Finnish henkilötunnus
    "9205186034183": luhn_len(13),  # South African id
    "3829 1047 5622": my_number_ok,  # Japanese My Number
    "73819462L": dni_ok,  # Spanish DNI
    "Y4826173M": dni_ok,  # Spanish NIE
    "4817263IA": pps_ok,  # Irish PPS number
    "2 86 11 75 114 238 73": nir_ok,  # French NIR
    "79.03.21-418.50": belgian_id_ok,  # Belgian national number
    "14058948218": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248173960": nif_ok,  # Portuguese NIF
    "2850312406170": cnp_ok,  # Romanian CNP
    "16.482.739-9": rut_ok,  # Chilean RUT
    "48907120265": isikukood_ok,  # Estonian isikukood
    "210487-3529": kennitala_ok,  # Icelandic kennitala
    "865417/3726": rodne_cislo_ok,  # Czech rodné číslo
    "3148290489": rnokpp_ok,  # Ukrainian RNOKPP
    "46821953073": steuer_id_ok,  # German tax id
    "KTR4826": nhi_ok,  # New Zealand NHI
    "2961 47388 1": medicare_ok,  # Australian Medicare card
    "038714622": luhn_len(9),  # Israeli teudat zehut
    "15098531724": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def spans_of(texts: list[str], kind: str) -> list[str]:
    """The values of one type marked in ``texts``."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_lengths(
    name: str, texts: list[str], words: tuple[int, int], values: tuple[int, int]
) -> None:
    """Each text within its word range (a text in a script written without spaces may have
    fewer words if it has ``CJK_CHARS`` characters) and its number of distinct values."""
    for marked in texts:
        count = len({(s["type"], s["value"]) for s in marked_spans(marked)})
        n = word_count(marked)
        short_ok = n >= words[0] or len(marked) >= CJK_CHARS
        if not short_ok or n > words[1] or not values[0] <= count <= values[1]:
            raise SystemExit(f"{name}: {n} words, {count} values in {marked[:60]!r}")


def check_mix() -> None:
    """The brief's figures: lower-case chat texts, named chat texts, secrets, API keys,
    national ids, and every card, IBAN and id valid."""
    english = CHAT[:LOWER_CHAT] + CHAT[LOWER_CHAT + OTHER_LANGUAGES :]
    lower = sum(is_lower(t) for t in english)  # texts in caseless scripts left out
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if lower != LOWER_CHAT or named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {lower} lower, {named} named, {secret} secrets, {keys} keys")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 38 <= with_id <= 42 or len(NATIONAL_IDS) != with_id:
        raise SystemExit(f"records: {with_id} with a national id")
    if set(spans_of(CHAT, "ID_NUMBER")) & set(NATIONAL_IDS):
        raise SystemExit("chat: a national id in a chat text")
    for card in spans_of(CHAT + RECORDS, "CREDIT_CARD"):
        compact = card.replace(" ", "")
        if not luhn_ok(compact) or compact in WELL_KNOWN_CARDS:
            raise SystemExit(f"card {card!r} invalid or well known")
    for iban in spans_of(CHAT + RECORDS, "IBAN_CODE"):
        if not iban_ok(iban):
            raise SystemExit(f"IBAN {iban!r} invalid")
    for value, valid in NATIONAL_IDS.items():
        if not valid(value):
            raise SystemExit(f"national id {value!r} invalid")


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
    check_lengths("chat", CHAT, CHAT_WORDS, (1, 8))
    check_lengths("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind181", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
