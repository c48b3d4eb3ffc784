# ruff: noqa: E501
"""A thirty-third blind privacy set: 220 texts with personal data and 100 clean ones.

Theme: what people ask a general AI assistant about their personal life (family, health,
money, relationships, work, housing, school, travel). Written blind to the detector: the
writer read only ``marks.py``, the table format and the labelling paragraph of
``README.md`` and the docstring and function definitions of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations),
the way users write rather than to trip a detector: some with a cue word (a relation,
"Dear", "Hi I'm", "my name is", a title, a sign-off), some with none, capitalised and
all-lower-case, short and long:

* 90 requests (8 to 120 words) about people the writer knows: advice on a conflict, help
  writing a message, a card, a speech or a reference, planning a party, a trip or a baby
  shower, a relative's health or memory, children's school and sleep, partners, roommates,
  colleagues, tenants and neighbours. Private people are named by first name, full name,
  nickname or a surname after a title, with names from more than 40 countries;
* 60 requests holding the writer's own details (10 to 160 words): letters to a bank,
  council, insurer, landlord, letting agent, utility, school, university, tax office or
  embassy, forms, a CV header, e-mail signatures, with phones, e-mails, addresses from
  more than 10 countries (UK, Ireland, US, Canada, Australia, New Zealand, Germany,
  France, Netherlands, Belgium, Spain, Italy, Poland, Sweden, Finland, India, Japan,
  Nigeria, Kenya, South Africa, Brazil), account, customer, member, policyholder, student,
  employee, passport, licence and national id numbers, cards, IBANs and two IPs; a few
  are written in German, Spanish, Portuguese or Italian, as users switch languages;
* 40 messages to a clinic or a health chatbot (10 to 80 words) naming the patient or a
  relative, with dates, symptoms, medications, NHS, hospital, patient, Medicare, Aadhaar or
  insurance member numbers, phones and e-mails;
* 30 messages with a secret said in passing (passwords, PINs, door, gate, alarm, safe and
  key-safe codes, wifi keys, a bank login with memorable word, a recovery phrase), ten
  of them with the word "password" and twenty without.

Labels follow the README: every occurrence of a private value is marked; usernames,
logins, account, customer, member, patient, hospital, policyholder, student, employee,
frequent-flyer, licence and passport numbers and national ids are ID_NUMBER; PINs,
door, gate, alarm and safe codes, wifi keys, memorable words, recovery phrases and
passwords PASSWORD; titles (Mr, Mrs, Ms, Dr, Sister, Uncle) and relation words stay
outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed (a country after it is left out); public figures, companies,
fictional characters, pets, wifi network names, order, claim, booking, ticket and penalty
notice numbers, last four digits of a card and dates of birth are not labelled.

The 100 clean texts come from the same kind of users: 30 personal-life questions with no
name or identifier, 20 general health questions, 20 questions naming celebrities,
historical figures, authors, fictional characters, saints, brands named after people and
places, 15 homework questions (word problems with fictional first names, history,
science) and 15 creative writing requests with invented characters.

All values are invented and typed by hand: phones from ranges kept for fiction (UK
07700 900, 020 7946 0, 0113/0115/0116/0117/0121/0131/0151/0161 496 0, 0191 498 0,
029 2018 0; North America 555-01xx; Australia 0491 570; Sweden 070-174 06; France
01 99 00 and 06 39 98; Germany 030 23125, 040 66969, 089 99998), cards Luhn-valid and not
well-known test numbers, IBANs valid mod 97 (with valid national check digits where
the format has them) and not documentation examples, IPs from documentation ranges,
e-mails at example domains, the National Insurance number with the unissued QQ prefix,
and national ids with valid check digits where the format has one (NHS number, Canadian
SIN, Dutch BSN, Spanish DNI, Brazilian CPF, Polish PESEL, Swedish personnummer, Finnish
henkilötunnus, Portuguese NIF, German tax id, South African id, Indian Aadhaar, Australian
Medicare). The builder only checks values; it generates none.

Run ``.venv/bin/python bench/data/build_blind33.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    aadhaar_ok,
    bsn_ok,
    check_national_ids,
    cpf_ok,
    dni_ok,
    hetu_ok,
    luhn_len,
    marked_spans,
    medicare_ok,
    nhs_ok,
    nif_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
    word_count,
)
from marks import build_sections, iban_ok, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 300
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Brother|Father|Uncle|Auntie|Aunt|Grandma|Grandpa|Herr|Frau|Madame|Mme|Sr|Sra)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
WORDS = {
    "people": (8, 120),
    "own": (10, 160),
    "health": (10, 80),
    "secrets": (8, 120),
}

# 90 requests about people the writer knows: conflicts, messages, events, relatives' health,
# school, partners, roommates, colleagues (8 to 120 words).
PEOPLE = [
    "my sister [[PERSON|Aoife]] keeps borrowing my car without asking and brings it back on empty. how do i bring it up without a massive fight, she gets defensive really fast",
    "Can you help me write a birthday message for my grandad [[PERSON|Tomasz Wiśniewski]]? He's turning 90, loves fishing and terrible puns, and the whole family will read it out at dinner.",
    "[[PERSON|Kwame]] and I have been together eight months and he still hasn't introduced me to his parents. Red flag or am I overthinking it?",
    "need a polite text to my flatmate [[PERSON|Riya]] about the dishes. third week in a row. i don't want it to sound passive aggressive but i'm done",
    "My boss, [[PERSON|Helen Marchetti]], asked me to cover the weekend shift again. I've done it four times this month already. How do I say no without sounding like I'm not a team player?",
    "planning a surprise 40th for [[PERSON|Dimitris]] in march. about 25 people, budget around £600, he loves greek food and live music. venue ideas and a rough timeline please",
    "Mrs [[PERSON|Adeyemi]], my son's Year 4 teacher, sent a note home saying he's been disruptive. He says another boy keeps provoking him at lunch. How should I reply to her so it doesn't turn into a blame game?",
    "Write a short thank-you card to [[PERSON|Mariana]] and [[PERSON|Rui Figueiredo]] for putting us up in Porto last week. They cooked for us every night and lent us their car.",
    "my mum [[PERSON|Fatima]] has started forgetting whether she took her tablets or turned the hob off. she's 78 and lives alone. what signs mean i should push her to get checked for dementia?",
    "[[PERSON|Jonas Lindqvist]] from accounts keeps cc'ing my manager on every tiny mistake I make. What's a professional way to ask [[PERSON|Jonas]] to come to me first?",
    "How do I tell [[PERSON|Haruto]] I can't be his best man? We've drifted apart and I honestly don't know his fiancée at all.",
    "Help me plan a week of meals for when my father-in-law [[PERSON|Ravi Subramanian]] stays with us. He's diabetic, vegetarian and doesn't like anything too spicy, which is funny for a man from Chennai.",
    "is it weird that my girlfriend [[PERSON|Ji-woo]] still texts her ex every day? she says they're just friends",
    "My 15 year old, [[PERSON|Lucía]], refuses to go to school on Mondays and says she feels sick. The GP found nothing. Where do I even start?",
    "Can you draft a message to [[PERSON|Andrei Popescu]] asking for the 300 euros he borrowed in June back? We're old friends so I want it to be friendly but clear.",
    "[[PERSON|Wanjiru]] is moving to Canada next month and I want to give her something meaningful that fits in a suitcase. She's into poetry, tea and hiking. Ideas?",
    "my brother in law [[PERSON|Bilal]] keeps making comments about my weight at family dinners. my husband says ignore it. i can't anymore. what do i say next time",
    "Write a eulogy outline for my great-aunt [[PERSON|Guðrún Sigurðardóttir]]. She was a midwife in Akureyri for forty years, knitted for every baby in the family and swam in the sea until she was 85.",
    "My roommate [[PERSON|Tyler]] has his girlfriend over literally every night and she showers here and eats our food. We split rent 50/50. How do I raise it without making it awkward forever?",
    "Need advice. [[PERSON|Oksana Kovalenko]], who I manage, has been crying at her desk twice this week. Her family is in Kharkiv. How do I support her without prying?",
    "ok so [[PERSON|marco]] forgot our anniversary AGAIN and then bought flowers from the petrol station. am i allowed to be annoyed or is that petty",
    "Could you help me write a reference for [[PERSON|Thabo Nkosi]]? He worked for me at the bakery for two years, always on time, great with customers, trained three new staff.",
    "My daughter [[PERSON|Aroha]] wants to quit piano after six years. Part of me wants to let her, part of me thinks she'll regret it. How do other parents decide this?",
    "Dad's partner [[PERSON|Sandra]] wants to host Christmas this year but mum always hosts. How do I tell [[PERSON|Sandra]] no without starting a war?",
    "what's a nice way to tell my coworker [[PERSON|priya nair]] her perfume gives me migraines. we sit next to each other and i like her",
    "[[PERSON|Emre Yıldız]] invited me to his wedding in Izmir in September. I can't afford the flights right now. How do I decline without hurting him?",
    "Help me write a message to the parents' WhatsApp group saying [[PERSON|Chloé]]'s party is cancelled because she has chickenpox.",
    "I think my nephew [[PERSON|Sione]] is being bullied online. He's 13, stopped eating dinner with us and hides his phone. How do I talk to him, and should I tell his mum first?",
    "ghosted by [[PERSON|lukas]] after 3 great dates. should i send one last message or just let it go?",
    "can u make a chore chart for my kids, [[PERSON|mateo]] (9) and [[PERSON|valentina]] (6), something that doesn't feel like punishment",
    "My grandmother [[PERSON|Nguyễn Thị Lan]] is coming from Hanoi for three months. She doesn't speak English. Any ideas to keep her from feeling isolated while we're at work all day?",
    "Dr [[PERSON|Hassan]] is retiring after treating our family for 30 years. I'd like to write him a card that isn't cheesy. Can you help?",
    "My partner [[PERSON|Sam]] wants to move to Lisbon for a job. I just got promoted here. We've been together five years. How do we even start talking about this fairly?",
    "Draft a text to [[PERSON|Kofi Mensah]] confirming he'll pick [[PERSON|Ama]] up from football at 5 on Thursday, and that I'll do Friday.",
    "How do I ask my manager [[PERSON|Deepa]] for a raise when I know the team budget is tight?",
    "my best friend [[PERSON|shirin]] just told me she's pregnant and not sure she wants to keep it. what do i say to her, i just want to be supportive",
    "[[PERSON|callum]] keeps cancelling on me last minute. that's five times since january. is it worth saying something or should i stop inviting him?",
    "Plan a 3-day trip to Kyoto for me and my mum [[PERSON|Yuki]] in April. She's 70, walks slowly and wants temples and gardens, not nightlife.",
    "My ex, [[PERSON|Florencia Paz]], wants to change our custody schedule so the kids spend summers in Córdoba. How should I prepare for the mediation?",
    "Can you rewrite this so it sounds less angry: '[[PERSON|Rami]], you said you'd fix the fence in May and it's now August. The dog got out again.'",
    "my grandpa [[PERSON|zdeněk]] keeps falling for phone scams. he sent money twice already. how do i protect him without taking away his independence",
    "Our neighbour Mr [[PERSON|Okonkwo]] plays drums until midnight. I've knocked once already. What's the next step before going to the council?",
    "Help me write a speech for my parents' 40th anniversary. They're [[PERSON|Dilani]] and [[PERSON|Ruwan Perera]], met at university in Kandy, and have three kids and four grandkids. Should be about 3 minutes, funny but a bit emotional too.",
    "[[PERSON|Noa]] wants us to adopt a second dog. I'm not sure we have the space. How do couples usually decide stuff like this?",
    "My colleague [[PERSON|Sanne de Vries]] took credit for my presentation in front of the director. What do I do now?",
    "write something short i can put in [[PERSON|big mike]]'s leaving card, he's been on the night shift with us 12 years",
    "My son [[PERSON|Ethan]] (17) wants a gap year to travel South America. I'm terrified. What questions should I ask him to see if he's actually planned it?",
    "How do I support my wife [[PERSON|Selam]] after her miscarriage? I feel useless and don't want to say the wrong thing.",
    "[[PERSON|Tereza Nováková]] has been my closest friend since primary school, but lately every conversation is about her new boyfriend. How do I say I miss our old friendship?",
    "Could you help me plan a baby shower for [[PERSON|Hodan]]? About 20 women, all halal food, at her mother's flat, mid-afternoon.",
    "my dad [[PERSON|gerald]] refuses to stop driving even though he hit a bollard twice this year. he's 86. how do i get through to him",
    "Write a WhatsApp message to my cousin [[PERSON|Tendai Moyo]] asking if I can stay with him in Harare for two weeks in December.",
    "I'm the maid of honour for [[PERSON|Margaux]]. The bride's mother keeps changing the plan and texting me at 11pm. How do I set boundaries nicely?",
    "Our team lead [[PERSON|Mads Kristensen]] schedules meetings at 8am when half of us have school runs. How do I bring this up in the retro?",
    "is it normal that my 3 year old [[PERSON|leo]] still wakes up twice a night?",
    "Help me say sorry to [[PERSON|Camilo]]. I made a joke about his accent at the party and he went quiet the rest of the night. I didn't mean it badly.",
    "my stepmom [[PERSON|brittany]] keeps posting pics of my little sister online without asking my dad. i'm 19 and don't live there. should i even get involved",
    "[[PERSON|Sigrid Haugen]] and [[PERSON|Aino Virtanen]] are both applying for the same internship I'm supervising. They're both my friends. Should I recuse myself?",
    "Can you write a gentle reminder to my tenant [[PERSON|Javier Morales]] that rent was due on the 1st? It's the first time he's late.",
    "Uncle [[PERSON|Bashir]] wants me to lend him money for his shop again. Last time he paid back half. How do I say no to family?",
    "what should i pack for [[PERSON|zsófia]]'s first sleepover? she's 7 and a bit anxious.",
    "write a funny poem for my friend [[PERSON|dmitri]]'s 30th, he's obsessed with chess and hates mornings",
    "My husband [[PERSON|Arjun]] and his mother speak Tamil at dinner and I feel left out. I'm learning, but slowly. How do I bring this up without it sounding like I'm attacking his family?",
    "I'm organising a reunion for our 2005 class. [[PERSON|Maricel Santos]] and [[PERSON|Joey Villanueva]] said they'd help. Can you give us a task list and a timeline, assuming 80 people and a venue in Quezon City?",
    "The nursery says [[PERSON|Amara]] bit another child twice this week. She's two. Is this a phase or something I should worry about?",
    "Help me write to my daughter's teacher, Ms [[PERSON|Fitzgerald]], asking for extra reading homework. [[PERSON|Niamh]] is ahead of her class and bored.",
    "[[PERSON|ploy]] my roommate keeps using my skincare. small thing but it's expensive. how do i say something?",
    "I need to tell my coworker [[PERSON|Rhys Pritchard]] that his jokes in the group chat are making people uncomfortable. He's not a bad guy, just oblivious.",
    "mum and dad split up last year and now dad's new girlfriend [[PERSON|Karen]] wants to meet me and my brother. i'm 16. i don't want to. do i have to?",
    "How can I help my mother-in-law [[PERSON|Olga]] get used to a smartphone? She's 74 and scared of breaking it.",
    "Write a note to leave for [[PERSON|Sujan]], who's pet-sitting our cat while we're away: feeding times, litter, the vet's number, and that Biscuit hides under the bed at first.",
    "My brother [[PERSON|Andre]] just got out of rehab and wants to stay with us. I have two young kids. How do I support him and keep them safe?",
    "[[PERSON|Bùi Minh Châu]] is my study partner and never does her half of the reading. Exam is in 3 weeks. What do I do?",
    "my girlfriend's dad mr. [[PERSON|takahashi]] doesn't approve of me. meeting him again sunday. tips??",
    "Can you help me make a budget for moving in with [[PERSON|Guadalupe]]? Rent is $1,800, she earns about double what I do, and we want to be fair without it being weird.",
    "my colleague [[PERSON|bongani]] keeps asking me to cover his deadlines because he's 'swamped'. i'm swamped too.",
    "[[PERSON|Thiago Almeida]] wants to be our son's godfather. My wife wants her brother. How do we settle this?",
    "Help me write a message to my old teacher Sister [[PERSON|Bernadette]] to tell her I've become a nurse because of her.",
    "My husband [[PERSON|Yusuf]] snores so loudly I've been sleeping on the sofa for a month. He won't see a doctor. How do I convince him?",
    "What do I write in a sympathy card to my colleague [[PERSON|Ingrid]]? Her father died last week and I only know her from work.",
    "[[PERSON|Nusrat]] from my lab keeps asking me out even though I said no twice. I don't want to report it yet. How do I make it completely clear?",
    "Kids' school trip: my son [[PERSON|Kai]] has a peanut allergy. What should I ask the teacher before I sign the form?",
    "plan a saturday for me and my niece [[PERSON|isla]], she's 10, loves horses and baking, we're in york and it'll probably rain",
    "My friend [[PERSON|Pedro]] lost his job and won't let anyone help. How can I help without it feeling like charity?",
    "I want to reconnect with my half-sister [[PERSON|Mei Ling]], who I haven't spoken to in 12 years. What could a first message look like?",
    "Is it OK to ask my landlord, Mrs [[PERSON|Papadopoulos]], to paint the bedroom myself? What should I say?",
    "[[PERSON|Aisha]] and [[PERSON|Omar]] are getting married in Marrakech. Draft a toast I can give in English with a line of Darija if you know one.",
    "my housemate [[PERSON|jakub]] hasn't paid his share of the electric for 3 months. it's £210. how do i ask without ruining the house vibe",
    "Please help me write a short, warm message to welcome [[PERSON|Farida Begum]] to our team on Monday. She's joining as a pharmacist from Dhaka.",
    "Long one, sorry. My older brother [[PERSON|Viktor]] and I inherited our parents' flat in Kraków together. He wants to sell now because he needs the money for his business. I'd rather rent it out for a few years because prices are going up and it's the only thing I have left of them. Our aunt [[PERSON|Halina Zielińska]] keeps taking his side and phoning me about it. [[PERSON|Viktor]] and I haven't had a proper conversation in months, just angry voice notes. Can you help me plan what to say when we meet next weekend, and what compromises people usually find in this situation, like one buying the other out?",
]

# 60 requests with the writer's own details: letters to a bank, council, insurer, landlord,
# school or embassy, forms, signatures.
OWN = [
    "Can you tidy up this letter to the council?\n\n[[PERSON|Deborah Okafor]]\n[[STREET_ADDRESS|23 Willowbank Close\nLeeds LS6 2QP]]\nCouncil tax account: [[ID_NUMBER|60418827]]\n\nDear Sir or Madam, my partner moved out on 1 February and I now live alone. I would like to apply for the single person discount from that date. You can reach me on [[PHONE_NUMBER|0113 496 0372]].",
    "Hi I'm [[PERSON|Siobhán Gallagher]], the boiler in my flat has been broken for 11 days and the landlord isn't answering. Help me write a formal complaint. My address is [[STREET_ADDRESS|Apartment 4, 11 Harcourt Terrace, Dublin 2, D02 WK63]] and my email is [[EMAIL_ADDRESS|siobhan.gallagher@example.com]]. The RTB dispute form also asks for my PPS number, [[ID_NUMBER|8472019D]], does that need to go in the letter too?",
    "my name is [[PERSON|marcus bell]] and i need to dispute a charge on my checking account [[ID_NUMBER|3019948271]], can you write the letter. $482.17 from a gym i cancelled in march. address [[STREET_ADDRESS|4418 alder creek dr apt 12 columbus oh 43214]] phone [[PHONE_NUMBER|(614) 555-0137]]",
    "Please fill in this change-of-address form for me using my details: [[PERSON|Ming Zhao]], SIN [[ID_NUMBER|527 361 844]], new address [[STREET_ADDRESS|88 Birchmount Crescent, Unit 5, Ottawa, ON K1S 4R2]], phone [[PHONE_NUMBER|(613) 555-0152]].",
    "I need to update my Medicare details after moving. Name: [[PERSON|Chloe Brennan]]. Medicare number [[ID_NUMBER|2953 18477 1]]. New address: [[STREET_ADDRESS|Unit 7/42 Jacaranda Street, Paddington QLD 4064]]. Mobile [[PHONE_NUMBER|0491 570 214]]. Can you write a short email to go with the form?",
    "Kannst du mir helfen, eine Kündigung für mein Fitnessstudio auf Englisch und Deutsch zu schreiben? Ich heiße [[PERSON|Katharina Brenner]], wohne [[STREET_ADDRESS|Lindenstraße 27, 10969 Berlin]], Mitgliedsnummer [[ID_NUMBER|FS-208817]], Telefon [[PHONE_NUMBER|030 23125 418]].",
    "Write a polite letter to my bank asking them to refund a double direct debit. I'm [[PERSON|Élodie Marchand]], [[STREET_ADDRESS|12 rue des Tanneurs, 69005 Lyon]], IBAN [[IBAN_CODE|FR76 3000 4008 2700 0281 9346 193]], tel. [[PHONE_NUMBER|06 39 98 41 07]].",
    "I'm registering with a GP in Amsterdam and they want this in an email. [[PERSON|Femke Jansen]], BSN [[ID_NUMBER|195738263]], [[STREET_ADDRESS|Vondelstraat 88-2, 1054 GS Amsterdam]], [[EMAIL_ADDRESS|femke.jansen@example.nl]]. Can you write it in Dutch and English?",
    "Necesito una carta para mi casero. Soy [[PERSON|Nuria Castillo]], DNI [[ID_NUMBER|48271935H]], vivo en [[STREET_ADDRESS|Calle de Toledo 64, 3º B, 28005 Madrid]] y quiero que me devuelva la fianza a mi cuenta [[IBAN_CODE|ES35 0049 1872 1330 5184 6290]]. Help me make it firm but polite.",
    "Help me write to my electricity provider about a wrong meter reading. Details: [[PERSON|Karthik Raman]], consumer no. [[ID_NUMBER|110248839021]], Aadhaar [[ID_NUMBER|7394 1682 0553]] (they want it linked), [[STREET_ADDRESS|Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038]]. They charged me for 940 units instead of 490.",
    "I need to write a letter to my son's school explaining he'll miss two weeks for a family wedding. Sign it from me: [[PERSON|Haruka Sato]], [[STREET_ADDRESS|2-8-15 Nakameguro, Meguro-ku, Tokyo 153-0061]], [[EMAIL_ADDRESS|haruka.sato@example.jp]].",
    "Can you check this is correct before I send it to SARS? Name: [[PERSON|Lerato Mokoena]]. ID number: [[ID_NUMBER|9106155124080]]. Postal address: [[STREET_ADDRESS|14 Protea Road, Claremont, Cape Town 7708]]. I'm asking why my refund is late.",
    "Me ajuda a escrever um e-mail para o banco? Meu nome é [[PERSON|Beatriz Souza]], CPF [[ID_NUMBER|284.517.396-28]], endereço [[STREET_ADDRESS|Rua Augusta 1520, apto 84, São Paulo - SP, 01304-001]]. Quero cancelar o cartão final 2210 que foi clonado.",
    "Write a letter to the tax office in English that I can translate. I'm [[PERSON|Paweł Nowicki]], PESEL [[ID_NUMBER|95031841731]], living at [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]]. Refund should go to [[IBAN_CODE|PL11 1090 2590 0000 0001 4872 3691]].",
    "hej! i need to email Skatteverket about my moving date. my details: [[PERSON|elin johansson]], personnummer [[ID_NUMBER|880423-7181]], new address [[STREET_ADDRESS|storgatan 12 b, 411 38 göteborg]], mobile [[PHONE_NUMBER|070-174 06 53]]. keep it short pls",
    "Please translate this to Finnish for the Kela office: My name is [[PERSON|Ville Koskinen]], personal identity code [[ID_NUMBER|150387-429C]]. I moved to [[STREET_ADDRESS|Mannerheimintie 40 A 12, 00100 Helsinki]] on 3 June and need to update my housing allowance.",
    "Good day, can you help me write an application letter for a rent reduction? I'm [[PERSON|Chinedu Eze]], tenant at [[STREET_ADDRESS|Plot 14, Adeola Odeku Street, Victoria Island, Lagos 101241]]. Contact: [[EMAIL_ADDRESS|chinedu.eze@example.com]]. The building has had no water for three weeks.",
    "I need a cover email for my KRA PIN certificate request. Name: [[PERSON|Wambui Kariuki]]. ID no. [[ID_NUMBER|28817340]]. Address: [[STREET_ADDRESS|House 22, Riara Road, Kilimani, Nairobi 00100]]. Email: [[EMAIL_ADDRESS|wambui.k@example.co.ke]].",
    "Kia ora, can you write a complaint to my insurer about how slow my claim (CLM-448120) is? I'm [[PERSON|Hemi Walker]], policyholder no. [[ID_NUMBER|NZH-7730184]], [[STREET_ADDRESS|17 Kowhai Street, Mount Eden, Auckland 1024]].",
    "Can you help me fill out a W-4? I'm single, one job, no kids. Name [[PERSON|Dana Whitfield]], SSN [[US_SSN|412-78-3356]], address [[STREET_ADDRESS|219 Pinecrest Ln, Asheville, NC 28803]]. Just tell me what goes in each step.",
    "Someone used my card online last night. Write me an urgent email to the bank. Card [[CREDIT_CARD|4532 0177 8294 6134]], name on card [[PERSON|Olumide Bakare]], phone [[PHONE_NUMBER|07700 900562]]. I didn't make the £329 purchase from an electronics site.",
    "Scrivimi una mail al condominio per segnalare una perdita d'acqua. Sono [[PERSON|Giulia Ferri]], [[STREET_ADDRESS|Via dei Mille 23, 20129 Milano]], interno 6, email [[EMAIL_ADDRESS|giulia.ferri@example.it]]. Grazie!",
    "I'm applying for a Portuguese bank account remotely. Can you check my form answers look right? Name: [[PERSON|Owen Gallacher]], NIF [[ID_NUMBER|273 819 402]], IBAN for transfers [[IBAN_CODE|PT50 0036 0045 9102 3346 7818 4]], UK mobile [[PHONE_NUMBER|+44 7700 900781]].",
    "Write a short email asking my landlord to return my deposit to my Belgian account [[IBAN_CODE|BE10 7350 4188 6204]]. Tenant: [[PERSON|Lotte Claes]], old address [[STREET_ADDRESS|Kortrijksesteenweg 210, 9000 Gent]].",
    "Help me write a cover letter to the embassy for my daughter's visa. Applicant: my daughter, [[PERSON|Meera Iyer]], passport [[ID_NUMBER|Z4837261]]. Sponsor: me, [[PERSON|Suresh Iyer]], passport [[ID_NUMBER|V9021548]], [[STREET_ADDRESS|41 Kensington Gardens Square, London W2 4BB]], [[PHONE_NUMBER|020 7946 0381]]. She'll visit for four weeks.",
    "My UK passport ([[ID_NUMBER|548213907]]) expires in May and I live in Spain now. Can you list what I need to renew it from here? I'm [[PERSON|Gareth Lloyd]] in case the form asks for the exact name.",
    "Dear Admissions,\n\nI am writing to ask whether I can defer my place to next year for health reasons. My student number is [[ID_NUMBER|2319847]].\n\nKind regards,\n[[PERSON|Imogen Hartley]]\n[[EMAIL_ADDRESS|imogen.hartley@example.ac.uk]]\n\nCan you make this sound more professional?",
    "gym wont let me cancel online. write me a letter. name [[PERSON|connor walsh]] member no [[ID_NUMBER|77401925]] address [[STREET_ADDRESS|9 ashgrove park, cork t12 x4fd]]",
    "Hi, please help me write to Aviva about my home insurance renewal price going up by 40%. Policyholder: [[PERSON|Margaret Doyle]], customer number [[ID_NUMBER|AV-5519027]], [[STREET_ADDRESS|6 Meadow View, Truro TR1 3HW]], [[PHONE_NUMBER|07700 900644]].",
    "Can you turn this into a proper email to British Gas? I'm [[PERSON|Adebayo Ogunleye]], account number [[ID_NUMBER|850029174436]], I moved out of [[STREET_ADDRESS|Flat 3, 58 Cromwell Road, Manchester M16 0AL]] on 30 April and want a final bill. Contact me on [[EMAIL_ADDRESS|adebayo.o@example.co.uk]].",
    "I want to set up a standing order for rent. Landlord's details are in the contract. Mine: [[PERSON|Tom Hendricks]], [[IBAN_CODE|GB75 LOYD 3096 3471 8265 03]]. How do I make sure the reference shows my flat number?",
    "Translate to German for my new employer's payroll: Name: [[PERSON|Ana Ribeiro]]. Bank: [[IBAN_CODE|DE30 5001 0517 0648 2137 95]]. Address: [[STREET_ADDRESS|Schillerstraße 8, 60313 Frankfurt am Main]]. Tax ID: [[ID_NUMBER|57 318 640 953]].",
    "Write a LinkedIn-style bio for me. [[PERSON|Priyanka Chaudhary]], product designer, 8 years, fintech. Add my contact at the end: [[EMAIL_ADDRESS|priyanka.designs@example.com]], [[PHONE_NUMBER|+1 415 555 0168]].",
    "could you check my cv header looks ok\n\n[[PERSON|Daniel Okoro]]\n[[STREET_ADDRESS|31 Harrowby Street, Cardiff CF10 5GA]]\n[[PHONE_NUMBER|029 2018 0417]] | [[EMAIL_ADDRESS|daniel.okoro@example.com]]",
    "I'm disputing a parking fine. PCN is WK48803217. My name is [[PERSON|Rebecca Thornton]], I live at [[STREET_ADDRESS|72 Elm Grove, Brighton BN2 3ES]]. The sign was hidden behind a hedge, I have photos. Help me write the appeal.",
    "Hello, I need a letter to my bank to add my wife as a joint account holder. Me: [[PERSON|Mohammed Al-Rashid]], account [[ID_NUMBER|44019385]]. Her: [[PERSON|Layla Al-Rashid]]. Address [[STREET_ADDRESS|15 Queen Street, Glasgow G1 3DX]].",
    "write an email to my uni accommodation office. i'm [[PERSON|aditi menon]], student id [[ID_NUMBER|s4172098]], room [[STREET_ADDRESS|C214 Westfield Hall, 200 Oxford Road, Manchester M13 9PL]]. the heating's broken and it's 14 degrees inside",
    "Reply to this landlord for me: he wants my references. Mine are: employer, Mr [[PERSON|Grant]] at the library. My own details for the form: [[PERSON|Leila Karimi]], DOB 09/11/1994, current address [[STREET_ADDRESS|44 Beech Avenue, Nottingham NG7 6LH]], mobile [[PHONE_NUMBER|0115 496 0228]].",
    "I got a letter saying my direct debit failed. Can you write a reply saying I've changed banks and the new account is [[IBAN_CODE|GB28 MIDL 4027 1855 9023 61]]? Customer ref [[ID_NUMBER|TW-88271604]]. [[PERSON|Nkechi Obi]].",
    "Could you fill in this contact section of a volunteer form?\nFull name: [[PERSON|Sebastián Rojas]]\nAddress: [[STREET_ADDRESS|1340 W Fullerton Ave, Apt 2F, Chicago, IL 60614]]\nPhone: [[PHONE_NUMBER|312-555-0119]]\nEmail: [[EMAIL_ADDRESS|seb.rojas@example.org]]\nJust format it nicely.",
    "Help me complain to the airline. Booking ref QX7H2L, lost bag, 4 days. Passenger [[PERSON|Aylin Demir]], frequent flyer no. [[ID_NUMBER|TK481029376]], delivery address [[STREET_ADDRESS|Keizersgracht 412, 1016 GC Amsterdam]], phone [[PHONE_NUMBER|+44 7700 900915]].",
    "My card was swallowed by an ATM. I need to tell the bank which card it was: [[CREDIT_CARD|5357 9012 6648 0216]]. I'm [[PERSON|Kenji Watanabe]]. Can you write a quick message for their app chat?",
    "Please write a letter to my daughter's school saying [[PERSON|Zainab]] will be collected by her grandmother on Fridays from now on. From [[PERSON|Hafsa Mahmood]], [[PHONE_NUMBER|07700 900237]].",
    "Hi, I'm [[PERSON|Luca Bianchi]]. I'm signing up for a language school and the form needs my emergency contact and mine. Me: [[PHONE_NUMBER|+49 40 66969 273]], [[EMAIL_ADDRESS|luca.bianchi@example.de]]. Emergency: my partner [[PERSON|Jana Horáková]], [[PHONE_NUMBER|+49 40 66969 518]]. Put it in a table?",
    "Write an email to my letting agent. Tenant [[PERSON|Jake Morrison]], [[STREET_ADDRESS|Flat 9, 3 Marchmont Road, Edinburgh EH9 1HX]]. Mould is back in the bathroom for the third time. Phone [[PHONE_NUMBER|0131 496 0759]].",
    "Can you help me pay my sister back? She sent her IBAN [[IBAN_CODE|IE33 BOFI 9013 8377 2158 04]], her name is [[PERSON|Orla Byrne]]. What reference should I use so she knows it's the concert money?",
    "Please turn my notes into an email to the council about a missed bin collection. [[PERSON|Sunita Patel]], [[STREET_ADDRESS|19 Jubilee Road, Leicester LE4 6PX]], reported three times. Mob [[PHONE_NUMBER|0116 496 0140]].",
    "Hey, I need an email to my health insurer in the US. Member ID [[ID_NUMBER|W482917335]], name [[PERSON|Jasmine Carter]]. They denied my MRI pre-approval and I want to appeal. Phone [[PHONE_NUMBER|(512) 555-0174]].",
    "Fix the grammar please: 'Dear Sir, I am [[PERSON|Nguyen Van Hieu]], student number [[ID_NUMBER|21520436]], I request to retake the exam for Calculus 2 due to I was in hospital. My email is [[EMAIL_ADDRESS|hieu.nv@example.edu]]. Thank you.'",
    "Sign-off for my emails: can you make it look cleaner?\n\nCheers\n[[PERSON|Liam O'Sullivan]]\nSite Manager\nm: [[PHONE_NUMBER|0491 570 388]]\ne: [[EMAIL_ADDRESS|liam.osullivan@example.com.au]]",
    "I'm applying for a credit card refund. Card ends 5717 but they want the full number in the form: [[CREDIT_CARD|4556 7301 8429 5717]]. Name [[PERSON|Ruth Abebe]]. Is it safe to send it by email?",
    "Need to change my address with the DVLA. Old: [[STREET_ADDRESS|8 Orchard Lane, Reading RG4 7BN]]. New: [[STREET_ADDRESS|Flat 12, Kennet House, 90 Bath Road, Reading RG1 6NG]]. Licence number [[ID_NUMBER|HARTL862044A99XY]]. Name [[PERSON|Alice Hartley]]. What's the quickest way?",
    "Write a formal request to my employer for a salary advance. My employee number is [[ID_NUMBER|E-30471]], I'm [[PERSON|Rosa Mendoza]] in Housekeeping. Pay it into [[IBAN_CODE|NL35 INGB 4417 0938 22]].",
    "my online banking username is [[ID_NUMBER|okeke_chiamaka84]] and it's locked. can you write a message to support? i'm [[PERSON|chiamaka okeke]], registered email [[EMAIL_ADDRESS|chiamaka.okeke@example.com]]. they said the failed logins came from [[IP_ADDRESS|198.51.100.23]] and that's not my ip, mine is [[IP_ADDRESS|203.0.113.58]]",
    "Fill this for me - hotel pre-check-in:\nGuest: [[PERSON|Stefan Müller]]\nPassport: [[ID_NUMBER|C4F7K29R1]]\nHome address: [[STREET_ADDRESS|Am Rosenhang 5, 81479 München]]\nMobile: [[PHONE_NUMBER|089 99998 146]]",
    "Help me write to the water company, I think there's a leak on my side. Account [[ID_NUMBER|9031772840]], [[PERSON|Yaw Boateng]], [[STREET_ADDRESS|27 Sycamore Way, Milton Keynes MK10 9RT]]. Bill went from £38 to £140.",
    "Can you write a letter authorising my brother to collect my parcel? Me: [[PERSON|Ines Moreau]], [[STREET_ADDRESS|5 avenue Jean Jaurès, 31000 Toulouse]], [[PHONE_NUMBER|01 99 00 27 64]]. Him: [[PERSON|Hugo Moreau]].",
    "I'm on hold with the bank for an hour. Write me a short complaint email instead. Name: [[PERSON|Tariq Hussain]]. Account [[IBAN_CODE|GB62 BARC 2065 8241 7093 16]]. Card [[CREDIT_CARD|5471 2093 6648 3028]] got blocked while I was abroad in Istanbul.",
    "Please write my out-of-office: I'm away 12-26 August, for urgent issues call me on [[PHONE_NUMBER|07700 900128]]. Sign it [[PERSON|Grace Liu]].",
    "Dear Sir/Madam, I write regarding the pension credit application for my mother. I'm her appointee. Applicant: [[PERSON|Patience Asante]], National Insurance number [[ID_NUMBER|QQ 72 41 86 C]]. Correspondence to me: [[PERSON|Kojo Asante]], [[STREET_ADDRESS|110 Lordship Lane, London SE22 8HB]], [[EMAIL_ADDRESS|kojo.asante@example.com]]. ^ can you make that opening stronger and add a line asking for a decision date",
]

# 40 messages to a clinic or a health chatbot naming the patient or a relative (10 to 80 words).
HEALTH = [
    "Hello, this is [[PERSON|Graham Pike]], NHS number [[ID_NUMBER|485 201 7360]]. I need to move my physio appointment on 14 March to any afternoon the week after. Best number is [[PHONE_NUMBER|07700 900418]].",
    "my dad [[PERSON|rashid]] has been on amlodipine 5mg for two weeks and his ankles are really swollen. is that a known side effect or should he stop",
    "Hi, I'd like to book a smear test. [[PERSON|Emily Rhodes]], DOB 02/07/1991, NHS no [[ID_NUMBER|472 918 3053]]. Mornings are best, I work afternoons.",
    "My son [[PERSON|Oliver Grant]] (4) has had a fever of 39.2 since Sunday and now a rash on his tummy that doesn't fade under a glass. What should I do right now?",
    "Repeat prescription request please: sertraline 100mg x 28 and omeprazole 20mg x 28. Patient: [[PERSON|Lorraine McBride]], NHS [[ID_NUMBER|401 637 2984]]. Collecting from Boots on the high street.",
    "hi i'm [[PERSON|ayesha]], i've had a migraine on and off for 6 days and sumatriptan isn't working anymore. can i take ibuprofen as well?",
    "Mum ([[PERSON|Brigid Kelly]], NHS [[ID_NUMBER|463 120 9852]]) was discharged from the Royal yesterday with new warfarin doses and nobody explained the blood tests. Who do we call? My number is [[PHONE_NUMBER|0161 496 0833]].",
    "Is it safe for my wife [[PERSON|Chen Jing]] to take Lemsip while she's 20 weeks pregnant? She has a bad cold.",
    "To the practice nurse: [[PERSON|Peter Harlow]], patient number [[ID_NUMBER|PH-004817]], diabetic review due. My sugars have been 12-14 in the mornings since Christmas. Can I come in before the 20th?",
    "my grandma [[PERSON|ngozi]] keeps getting dizzy when she stands up. she's on 3 blood pressure tablets. should we ask her doctor to lower them",
    "Can I get my flu jab at the pharmacy instead? Registered as [[PERSON|Dennis O'Connor]], NHS number [[ID_NUMBER|417 758 3022]], I'm 67.",
    "Hello, I'm writing for my father, [[PERSON|Abdullah Rahman]]. He had a stent fitted on 3 May and has chest tightness again today, mild. Hospital number [[ID_NUMBER|RM2290417]]. Should he go to A&E or wait for the cardiology nurse? Call me on [[PHONE_NUMBER|07700 900351]].",
    "[[PERSON|sofía]] is 18 months and has only said two words. her dad talked late too. when should we worry?",
    "Booking for my daughter: [[PERSON|Harriet Cole]], NHS [[ID_NUMBER|450 093 1279]], she needs her 3-in-1 teenage booster before starting college. Parent contact [[PHONE_NUMBER|0117 496 0512]].",
    "Dear Dr [[PERSON|Mwangi]], my husband [[PERSON|Otieno]] is still coughing up green phlegm after the antibiotics finished on Friday. He is 58 and smokes. Do we need another appointment?",
    "I've been on the pill (Rigevidon) for 3 years and keep getting spotting mid-cycle now. Name [[PERSON|Kirsty Munro]], NHS [[ID_NUMBER|438 856 1207]]. Do I need to be seen?",
    "Hi, can you check if my referral went through? [[PERSON|Vikram Desai]], NHS number [[ID_NUMBER|492 710 3641]], dermatology, sent by Dr [[PERSON|Ahmed]] on 9 January.",
    "my boyfriend [[PERSON|jamal]] took 4 paracetamol and then 2 cold and flu capsules an hour later. is that too much?",
    "Requesting a call back about my mum's care plan. Patient: [[PERSON|Edna Whitaker]], NHS [[ID_NUMBER|426 183 0957]]. She has been falling at night since the new sleeping tablets. Daughter: [[PERSON|Susan Whitaker]], [[PHONE_NUMBER|0191 498 0263]].",
    "Hello, I have an appointment on 22/04 at 10:40 but I tested positive for Covid. [[PERSON|Tunde Adebayo]], [[PHONE_NUMBER|07700 900706]]. Should I still come?",
    "my sister [[PERSON|keiko]] has been vomiting since this morning after the seafood and now can't keep water down. she's 30. how long before she needs a hospital?",
    "For my US insurer's nurse line: member ID [[ID_NUMBER|UHC904417628]], patient [[PERSON|Brandon Ellis]], 6 years old, ear pain both sides, 101.5°F. Pediatrician is closed. Urgent care or wait?",
    "hi my name is [[PERSON|katarzyna]], i'm 29 weeks and my feet and face swelled up suddenly today plus headache. is this normal",
    "Please cancel [[PERSON|Arthur Benson]]'s dental check-up on Thursday, he's in hospital. I'm his wife. [[PHONE_NUMBER|0121 496 0447]].",
    "My daughter [[PERSON|Ananya]] was stung by a bee and her lip is swelling fast. She's 9. Do I give Piriton or call an ambulance?",
    "Need to register my newborn [[PERSON|Mateus]] with the clinic. Mother: [[PERSON|Juliana Ferreira]], Medicare [[ID_NUMBER|3162 58430 2]], [[PHONE_NUMBER|0491 570 662]]. He was born on 2 June at Royal Women's.",
    "Is it normal for my husband's blood pressure to be 165/100 on the home monitor? His name is [[PERSON|Gopal]], he's 61 and stopped his ramipril a week ago because of the cough.",
    "Hi, this is [[PERSON|Lina Haddad]]. I need a sick note extended until 30 November, still recovering from the knee surgery. Patient no. [[ID_NUMBER|KH-77290]].",
    "Sir, please tell if my mother [[PERSON|Lakshmi Venkatesh]] can take metformin with her thyroid tablet in the morning. Her Aadhaar for the hospital file is [[ID_NUMBER|4820 6317 5940]].",
    "can i bring my son [[PERSON|kian]] to the walk in clinic for a possible broken finger or does he need x ray at the hospital",
    "I'd like to get my husband [[PERSON|Hamza Siddiqui]] seen about his memory. He's 64, repeats questions, got lost driving home last week. He won't come himself. Can I book for him? [[PHONE_NUMBER|0151 496 0918]].",
    "my friend [[PERSON|bea]] fainted at work and hit her head, she seems fine now but is sleepy. do we need to take her to a&e?",
    "Appointment request: [[PERSON|Joanna Kowalczyk]], [[EMAIL_ADDRESS|j.kowalczyk@example.com]], registered at the Elm Street surgery. Persistent lower back pain for 5 weeks, ibuprofen not helping.",
    "Update for Dr [[PERSON|Lindgren]]: [[PERSON|Oscar]]'s inhaler use went from once a week to every night since the cold. Should we increase the brown one? Patient id [[ID_NUMBER|SE-448102]].",
    "my aunt [[PERSON|fadumo]] was prescribed co-codamol and says it makes her very constipated and confused. she's 72. what can she ask for instead",
    "Hello, I'm [[PERSON|Stanislav Petrov]], 45. Started atorvastatin 20mg a month ago and my thighs ache when I climb stairs. Email [[EMAIL_ADDRESS|s.petrov@example.org]] if the GP wants to talk.",
    "Could my grandson [[PERSON|Ifeanyi]] have a reaction to the MMR jab a week later? He's 13 months with a rash and a mild temperature.",
    "Please send the results of my blood test from 11 October to my email [[EMAIL_ADDRESS|mairead.quinn@example.ie]]. [[PERSON|Máiréad Quinn]], DOB 17/05/1983.",
    "Hospital discharge letter says [[PERSON|Ricardo Alves]] should take bisoprolol 2.5mg and apixaban 5mg twice a day. Can these be taken together with his paracetamol? He's my father-in-law.",
    "Emergency dentist? My son [[PERSON|Rafi]] knocked out an adult front tooth at football 20 minutes ago, I have the tooth in milk. We're in Croydon. [[PHONE_NUMBER|020 7946 0592]].",
]

# 30 messages with a secret said naturally: passwords, PINs, door and alarm codes, wifi keys,
# a bank login; about half without the word "password".
SECRETS = [
    "can you remember this for me, it's my wifi password: [[PASSWORD|lemontree!garage47]]. i keep losing the sticker from the router",
    "Write a note for the babysitter: kids in bed by 8, [[PERSON|Ellie]] needs her inhaler before sleep, alarm code is [[PASSWORD|2580]] if you go out to the bins, and the back door sticks.",
    "mum's building door code changed to [[PASSWORD|4719#]]. make me a short text to send the family group so everyone has it before sunday lunch",
    "i'm going to forget my new bank pin. it's [[PASSWORD|8316]]. can you suggest a memory trick for it?",
    "Help me write instructions for our Airbnb guests. Wifi: network 'SeaView_Guest', key [[PASSWORD|Gull-Harbour-2291]]. Lockbox by the door: [[PASSWORD|0614]]. Bins go out Tuesday night.",
    "My dad wants me to log into his online banking to pay his care home fees. User ID [[ID_NUMBER|HENDERSON4471]], password [[PASSWORD|Rosie&Jack1958]]. Is it okay for me to do this or should we set up power of attorney?",
    "Is [[PASSWORD|Summer2024!]] a strong enough password for my email? I've used it for a while.",
    "note for myself: garage keypad [[PASSWORD|19730]], shed padlock [[PASSWORD|447]], neighbour has the spare key",
    "Our house-sitter arrives tomorrow. Can you turn this into a tidy list? Front door key under the heron statue, alarm [[PASSWORD|7042]], wifi BTHub-9F2C with [[PASSWORD|xK4vq7RmPt9a]], cat food in the utility room, vet is Elmwood Vets.",
    "my netflix login is [[EMAIL_ADDRESS|t.okafor.family@example.com]] and the password is [[PASSWORD|popcornNights88]]. how do i stop my ex still using it without changing the password for everyone",
    "I told my flatmate the safe combination is [[PASSWORD|31-07-88]] and now I regret it. How do I change the code on a Yale safe?",
    "Please write a message to my son with the new wifi details since he's coming home from uni: name is Hendrix_5G, [[PASSWORD|purpleRain#1984]].",
    "I shared my laptop with my nephew and wrote my login on a post-it: username [[ID_NUMBER|samira.h]], password [[PASSWORD|Zanzibar77]]. What should I change first?",
    "the gate code at grandad's care home is [[PASSWORD|1397]] and visiting is 2-5. can you put that in a reminder text for my brother",
    "text for the cleaner: key safe by the side door, code [[PASSWORD|5821]], please lock up and put the key back. thanks!",
    "Can you tell me if [[PASSWORD|MyDogBarney2015]] is too guessable as my bank password? The dog's name is on my Instagram.",
    "I keep getting locked out of my student portal. Login [[ID_NUMBER|u2094417]], I reset the password to [[PASSWORD|Cardamom_Tea_9]] yesterday and it still says invalid. Who do I contact?",
    "remind me on friday: storage unit 114, padlock combo [[PASSWORD|8-2-6-4]], rent due.",
    "For my will, I want to leave instructions to my executor about my accounts. Master password manager phrase is [[PASSWORD|copper kettle winter orchard 41]]. Is it better to put this in the will or a separate letter?",
    "hi, my phone unlock code is [[PASSWORD|240618]], it's my daughter's birthday. is that a bad idea?",
    "Write a handover note for my mother-in-law, who's staying at ours: heating app login [[EMAIL_ADDRESS|hanna.berg.home@example.se]], password [[PASSWORD|Fjord!Lamp62]], boiler reset is the red button, bins on Wednesday.",
    "my brother set up the router and the admin password is literally [[PASSWORD|admin1234]]. how do i change it on a tp-link",
    "Office building entry after hours is [[PASSWORD|C2741]] on the keypad. Can you turn that plus the parking info into a welcome message for our new hire?",
    "Phone banking asked for my security number and I said [[PASSWORD|552019]] out loud on the train. Should I be worried and how do I change it?",
    "I need a pretty card for the guest room: 'Welcome! Wifi: Casa_Azul / [[PASSWORD|limonada2023]]. Towels in the top drawer.'",
    "tell my partner the new alarm code is [[PASSWORD|9046]] and the old one stops working tonight. keep it short, she hates long texts",
    "My grandmother gave me her card and PIN ([[PASSWORD|1106]]) to do her shopping. Is it legal for me to use it if she asks me to?",
    "Hey, help me word a message to my roommates: the new door code is [[PASSWORD|3390]], don't share it with anyone, and whoever keeps leaving it propped open please stop.",
    "I wrote my crypto wallet recovery words in my notes: [[PASSWORD|orbit velvet canyon pulse meadow tiger ripple bronze anchor fossil ladder quiet]]. Is storing them in a notes app a bad idea?",
    "Bank login for my mum in case something happens: customer number [[ID_NUMBER|40718825]], passcode [[PASSWORD|Amara2012]], memorable word [[PASSWORD|starling]]. Can you suggest a safer way to share this with my sister?",
]

# 30 personal-life questions with no name or identifier.
CLEAN_LIFE = [
    "my sister and I argue about who should look after our mum every single christmas. how do other families split this fairly?",
    "How do I tell my boss I'm pregnant when we're in the middle of a restructure?",
    "My partner wants to combine finances and I'd rather keep separate accounts. How do couples usually handle this?",
    "what's a reasonable curfew for a 15 year old on weekends",
    "My best friend didn't come to my wedding and never explained why. It's been a year. Should I ask or let it go?",
    "How do I tell my roommate I'm moving out without it being awkward for the last two months?",
    "Is it rude to ask wedding guests not to bring kids?",
    "My dad keeps sending me political videos on WhatsApp. How do I ask him to stop without a fight?",
    "how much should i spend on a gift for my in-laws if we've only met twice",
    "My teenage son spends 8 hours a day gaming in the holidays. Is that a problem or normal now?",
    "What should I say at my first parent-teacher meeting? My daughter just started secondary school.",
    "How can I make friends after moving to a new city at 35?",
    "Coworker keeps eating my lunch from the office fridge. Do I confront them or go to HR?",
    "I want to ask for flexible working for childcare. What's the best way to frame it?",
    "Is it okay to break up with someone over text if we've only been on four dates?",
    "my husband and i can't agree on baby names. any tips for compromising?",
    "How do I handle a landlord who enters the flat without notice?",
    "What do you say to a friend whose dog just died?",
    "We're planning a small wedding for 30 people. What's a realistic budget in the UK?",
    "How do I tell my parents I'm dropping out of university?",
    "My neighbour's tree hangs over my garden and drops leaves everywhere. Can I cut the branches myself?",
    "How do I split costs on a group holiday when some people earn much more than others?",
    "my grandma is moving into a care home next month. how do i help her settle in",
    "Should I tell my friend I saw her husband on a dating app?",
    "What are good questions to ask when viewing a rental flat?",
    "How do I politely decline being a bridesmaid?",
    "My kid's school wants parents to volunteer every week and I work full time. How do I say no without guilt?",
    "how do i stop comparing myself to my older brother, he's good at everything",
    "Is it normal to feel lonely in a long relationship?",
    "What's a good way to start saving when I'm living paycheck to paycheck?",
]

# 20 health questions with no personal identifier.
CLEAN_HEALTH = [
    "Can you take ibuprofen and paracetamol at the same time?",
    "what are the early signs of type 2 diabetes",
    "How long does a cold usually last in a toddler?",
    "Is it normal to feel dizzy after giving blood?",
    "What's the difference between a migraine and a tension headache?",
    "How much water should a 70-year-old drink a day?",
    "Can stress cause chest pain?",
    "When should a rash with a fever be treated as an emergency in children?",
    "is it safe to exercise while on antibiotics",
    "What foods help with iron deficiency anaemia?",
    "How do I know if a sprained ankle is actually broken?",
    "What are the side effects of sertraline in the first few weeks?",
    "How often should adults get a tetanus booster?",
    "Is it bad to sleep with a fan on all night?",
    "What should a new mum eat while breastfeeding?",
    "My knees crack when I squat. Should I be worried?",
    "how long after a covid jab can you donate blood",
    "What are the warning signs of a stroke?",
    "Can you get shingles twice?",
    "Is intermittent fasting safe for people over 60?",
]

# 20 questions naming public figures, historical people, authors, fictional characters,
# saints, brands named after people, and places.
CLEAN_PUBLIC = [
    "Why did Henry VIII break with the Catholic Church?",
    "What's the best order to read the Sherlock Holmes stories?",
    "Is Taylor Swift's Eras Tour film worth watching if I'm not a big fan?",
    "Who was Saint Patrick and why is he linked with snakes?",
    "How did Marie Curie discover radium?",
    "Compare Elizabeth Bennet and Jane Eyre as heroines.",
    "Is a Dyson vacuum really worth the price?",
    "what did nelson mandela do before he went to prison",
    "Plan a day in Florence around Michelangelo's David and the Uffizi.",
    "Why is Frida Kahlo so famous?",
    "Which Agatha Christie novel should I start with, Poirot or Marple?",
    "Explain why Napoleon invaded Russia in 1812.",
    "What's the story behind the name Ferrari?",
    "Did Shakespeare really write all his plays?",
    "Recommend books like Harry Potter for a 10 year old.",
    "who plays Gandalf in the lord of the rings films",
    "Was Cleopatra actually Egyptian?",
    "What made Serena Williams so dominant in tennis?",
    "Is it cheaper to get from Paris to Amsterdam by Eurostar or by plane?",
    "What did Saint Francis of Assisi believe about animals?",
]

# 15 homework questions: word problems with fictional first names, history, science.
CLEAN_HOMEWORK = [
    "Tom has 3 times as many marbles as Priya. Together they have 48. How many does Priya have?",
    "A train leaves at 14:20 and travels 210 km at 84 km/h. What time does it arrive?",
    "Explain photosynthesis in simple words for year 7.",
    "Why did the First World War start? I need three causes for my essay.",
    "Aiko saves £4 a week and Ben saves £6 a week. Ben starts 5 weeks later. When will they have the same amount?",
    "what is the difference between mitosis and meiosis",
    "A rectangle's length is twice its width and its perimeter is 54 cm. Find its area.",
    "How did the Industrial Revolution change family life in Britain?",
    "Explain Newton's third law with an everyday example.",
    "Maria buys 3 notebooks at £1.80 and 2 pens at 65p. How much change from £10?",
    "What were the main causes of the fall of the Roman Empire?",
    "Balance this equation: Fe + O2 → Fe2O3",
    "Kwesi runs 400 m in 72 seconds. What is his average speed in m/s?",
    "why is the sky blue, explain like i'm 12",
    "Solve for x: 3(x - 4) = 2x + 5",
]

# 15 creative writing requests with invented characters.
CLEAN_CREATIVE = [
    "Write a bedtime story about a hedgehog called Pip who is scared of the dark.",
    "Write a short poem about a grandmother's kitchen in winter.",
    "Can you write a funny story about a wizard who keeps turning his tea into frogs?",
    "Write the opening paragraph of a mystery set in a small Cornish fishing village.",
    "Write a story for my 6 year old about a dragon named Ember who wants to be a baker.",
    "Write a letter from a soldier in 1916 to his mother, from the trenches. Make the characters up.",
    "write a haiku about moving house",
    "Give me a short sci-fi story where an old robot named Tock looks after a lighthouse.",
    "Write a dialogue between two strangers stuck in a lift on Christmas Eve.",
    "Write a limerick about a cat who steals socks.",
    "Make up a fairy tale about a girl called Maya who can talk to rivers.",
    "Write a short scene where a teenager tells her dad she's quitting football.",
    "Write a love poem from a lighthouse keeper to the sea.",
    "Write a 200-word story about a retired detective named Arlo solving the case of the missing garden gnome.",
    "Can you write a song for a school leavers' assembly? Upbeat, about friendship.",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 201 7360": nhs_ok,  # NHS numbers
    "472 918 3053": nhs_ok,
    "401 637 2984": nhs_ok,
    "463 120 9852": nhs_ok,
    "417 758 3022": nhs_ok,
    "450 093 1279": nhs_ok,
    "438 856 1207": nhs_ok,
    "492 710 3641": nhs_ok,
    "426 183 0957": nhs_ok,
    "527 361 844": luhn_len(9),  # Canadian SIN
    "195738263": bsn_ok,  # Dutch BSN
    "48271935H": dni_ok,  # Spanish DNI
    "284.517.396-28": cpf_ok,  # Brazilian CPF
    "95031841731": pesel_ok,  # Polish PESEL
    "880423-7181": luhn_len(10),  # Swedish personnummer
    "150387-429C": hetu_ok,  # Finnish henkilötunnus
    "273 819 402": nif_ok,  # Portuguese NIF
    "57 318 640 953": steuer_id_ok,  # German tax id
    "9106155124080": luhn_len(13),  # South African id
    "7394 1682 0553": aadhaar_ok,  # Indian Aadhaar
    "4820 6317 5940": aadhaar_ok,
    "2953 18477 1": medicare_ok,  # Australian Medicare
    "3162 58430 2": medicare_ok,
    "8472019D": pps_ok,  # Irish PPS number
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"01(13|15|16|17|21|31|51|61) 496 0\d{3}",  # Leeds, Nottingham, Leicester, Bristol, Birmingham, Edinburgh, Liverpool, Manchester
        r"0191 498 0\d{3}",  # Tyneside
        r"029 2018 0\d{3}",  # Cardiff
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"070-174 06 \d{2}",  # Sweden
        r"01 99 00 \d{2} \d{2}",  # France
        r"06 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany: Berlin, Hamburg, Munich
        r"\+49 40 66969 \d{3}",
        r"089 99998 \d{3}",
    )
]

# Cue words: relations and roles, greetings, sign-offs, and titles or introductions.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sister|brother|wife|husband|son|daughter|kids?|"
    r"child(ren)?|aunt|auntie|uncle|cousin|niece|nephew|grand\w*|\w+-in-law|\w+ in law|"
    r"friends?|boyfriend|girlfriend|partner|fianc\w*|ex|boss|manager|colleague|co-?worker|"
    r"neighbou?r|landlord|landlady|tenant|room-?mate|flatmate|housemate|teacher|"
    r"step\w+|hi|hello|hey|dear|cheers|regards|thanks|mr|mrs|ms|dr|my name is|i'?m|this is)\b",
    re.IGNORECASE,
)


def has_cue(marked: str) -> bool:
    return bool(CUE_WORDS.search(strip_marks(marked)[0]))


def check_sections(sections: dict[str, list[str]]) -> None:
    """Word counts per section and what each section must hold."""
    for name, (least, most) in WORDS.items():
        for marked in sections[name]:
            if not least <= word_count(marked) <= most:
                raise SystemExit(f"{name}: {word_count(marked)} words in {marked[:60]!r}")
    for name in ("people", "health"):
        for marked in sections[name]:
            if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
                raise SystemExit(f"{name}: no named person in {marked[:60]!r}")
    for marked in sections["own"]:
        if all(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"own: no contact detail or number in {marked[:60]!r}")
    for marked in sections["secrets"]:
        if not any(s["type"] == "PASSWORD" for s in marked_spans(marked)):
            raise SystemExit(f"secrets: no secret in {marked[:60]!r}")
    keyword = sum("password" in strip_marks(t)[0].lower() for t in sections["secrets"])
    if not 10 <= keyword <= 20:
        raise SystemExit(f"secrets: {keyword} texts say 'password', want 10 to 20")
    bare = sum(not has_cue(t) for t in sections["people"])
    if not 15 <= bare <= 60:
        raise SystemExit(f"people: {bare} texts without a cue word, want 15 to 60")
    kinds: dict[str, int] = {}
    for marked in sections["own"]:
        for kind in {s["type"] for s in marked_spans(marked)}:
            kinds[kind] = kinds.get(kind, 0) + 1
    want = {
        "STREET_ADDRESS": 30,
        "PHONE_NUMBER": 15,
        "EMAIL_ADDRESS": 10,
        "ID_NUMBER": 20,
        "IBAN_CODE": 8,
        "CREDIT_CARD": 3,
    }
    for kind, least in want.items():
        if kinds.get(kind, 0) < least:
            raise SystemExit(f"own: {kinds.get(kind, 0)} texts with {kind}, want {least}")


def check_case(pii: list[str], clean: list[str]) -> None:
    """A natural mix: some texts typed all in lower case, most not."""
    lower_pii = sum(is_lower(t) for t in pii)
    lower_clean = sum(is_lower(t) for t in clean)
    if not 35 <= lower_pii <= 80 or not 8 <= lower_clean <= 30:
        raise SystemExit(f"lower case: {lower_pii} personal, {lower_clean} clean texts")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN,
    e-mails at example domains."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
            ):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
            if kind == "EMAIL_ADDRESS" and not re.search(r"@example\.[a-z.]+$", value):
                raise SystemExit(f"e-mail {value!r} outside the example domains")


def main() -> None:
    sections = {
        "people": (PEOPLE, 90),
        "own": (OWN, 60),
        "health": (HEALTH, 40),
        "secrets": (SECRETS, 30),
        "clean life": (CLEAN_LIFE, 30),
        "clean health": (CLEAN_HEALTH, 20),
        "clean public": (CLEAN_PUBLIC, 20),
        "clean homework": (CLEAN_HOMEWORK, 15),
        "clean creative": (CLEAN_CREATIVE, 15),
    }
    pii = PEOPLE + OWN + HEALTH + SECRETS
    clean = CLEAN_LIFE + CLEAN_HEALTH + CLEAN_PUBLIC + CLEAN_HOMEWORK + CLEAN_CREATIVE
    check_sections({"people": PEOPLE, "own": OWN, "health": HEALTH, "secrets": SECRETS})
    check_case(pii, clean)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind33", HERE, sections, {"people", "own", "health", "secrets"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=[], lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
