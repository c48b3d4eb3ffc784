# ruff: noqa: E501
"""A seventy-sixth blind privacy set: 220 texts with personal data and 100 clean ones,
weighted to everyday personal life.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests to an AI assistant (3 to 100 words) from people sorting out their own
  lives: family logistics and school runs, dating and friendships, neighbours and
  landlords, GP, dentist and vet appointments, pets, hobbies and clubs, moving house,
  holidays and house-sitting, shared bills, a few bank, tax and IT-account chores. Many
  names come with no cue word (a first name as the subject of a sentence, a surname
  alone, a name in a list or a possessive), some are also ordinary words (Hope, Faith,
  Frost, Miles, Juniper), a few are in other scripts (Chinese, Cyrillic, Korean), and
  secrets are said in passing (a gate code in a note to the dog walker, a wifi key in a
  welcome message, a PIN someone changed). The first 30 are typed all in lower case; the
  next 5 are in Spanish, German, French, Portuguese and Italian.
* 100 records in the style of synthetic PII benchmark datasets (4 to 60 words), one
  invented person each with one to four values besides the name: contact lines, form
  rows, JSON and log lines, notes, letters, profiles, bank, payroll, HR, insurance, tax
  and clinical lines; names of many origins, some in Chinese, Korean, Japanese, Arabic,
  Greek and Cyrillic script, one in lower case, one a surname after a title only.

Usernames and logins, account, customer, member, employee, student, patient, pupil,
policy and booking numbers, passports, driver licences and national and tax ids are
ID_NUMBER; PINs, door, gate, alarm, locker and key-safe codes, wifi keys and passwords are
PASSWORD; titles, ranks and relation words (Mr, Ms, Dr, Aunt, Sgt, SPC, my mum) stay
outside PERSON spans; an address span runs from the street line through postcode and city
as typed; pets, public figures, fictional characters, brands, places, order, ticket and
invoice numbers and dates of birth are not labelled; every occurrence of a private value
is marked. The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style
prompts (writing, reasoning, coding, role-play, STEM), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D (some naming historical
figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0117 496 0,
0161 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France 06 39 98;
Germany 030 23125; Sweden 070-174 06) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF,
Indian Aadhaar, Singapore NRIC, Swedish personnummer, Canadian SIN, Australian TFN and
Medicare, Spanish DNI and NIE, Italian codice fiscale, Finnish henkilötunnus, Turkish
kimlik, Korean resident registration number, Japanese My Number, Irish PPS, French NIR,
Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean
RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German
tax id, New Zealand NHI, Chinese resident id, South African id, Israeli teudat zehut,
Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind76.py`` from the repository root; the output is
deterministic.
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
    check_counts,
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
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 5
MIN_CHARS = 12
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({14, 15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Auntie|Uncle|Nurse|Sgt|SPC|Cpl|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about the writer's own life: the first 30 in lower case, then 5 in
# Spanish, German, French, Portuguese and Italian, then 85 in English with capitals.
CHAT = [
    "can you help me word a text to [[PERSON|priya]] saying i can't do saturday pickup, the twins have swimming till 11 and [[PERSON|desmond]] has the car",
    "my neighbour [[PERSON|gavin okonjo]] keeps parking across our drive at [[STREET_ADDRESS|14 larch close, stockport sk4 2nd]]. write a polite note i can put through his door, not passive aggressive pls",
    "rewrite this so it sounds less desperate: hey [[PERSON|tomasz]], had a really nice time thursday, fancy round two? my number changed, it's [[PHONE_NUMBER|07700 900412]] now",
    "reminder to self basically: vet for biscuit booked under [[PERSON|halloran]], client number [[ID_NUMBER|vc-20817]], thursday 4:40. can you turn that into a calendar entry",
    "the wifi at the cabin is [[PASSWORD|pinecone-lodge-77]] and the key safe is [[PASSWORD|3391]], write a short welcome message for [[PERSON|ruth]] and [[PERSON|alasdair]] who arrive friday",
    "[[PERSON|mehmet]] moved out last week and still gets post here. what do i write on the envelopes so it goes back",
    "how do i split £1,260 rent three ways when [[PERSON|jun]]'s room is bigger? [[PERSON|caoimhe]] and me have the small ones",
    "my mum's nhs number is [[ID_NUMBER|417 283 9657]], she's [[PERSON|margaret ellery]], can you draft an email to the gp surgery asking to move her b12 injection to the afternoon",
    "pls translate to polish for my cleaner [[PERSON|bożena]]: the spare key is under the blue pot and the alarm is [[PASSWORD|7249]] then press off",
    "birthday text for [[PERSON|wendell]], 60 today, obsessed with his allotment",
    "[[PERSON|okafor]] from 3b said the building door code changed to [[PASSWORD|1906#]], can you make a little notice for the lobby",
    "my login for the school parent app is [[ID_NUMBER|dad.of.three82]] and i forgot the password, how do i reset it",
    "help me reply to [[PERSON|leila]]. she asked if we're exclusive and honestly i don't know. we've been on 5 dates",
    "can you work out how much kibble we need for two weeks away? [[PERSON|fenwick]]'s looking after the dogs and wants exact bags, they eat 320g a day each",
    "fix my grammar: me and [[PERSON|ana lúcia]] is flying to lisbon on the 3rd, her passport is [[ID_NUMBER|cb418273]] and she want the window seat",
    "summarise for the family chat: removal van comes 8am tuesday to [[STREET_ADDRESS|22 fern avenue, didsbury, manchester m20 6lt]], [[PERSON|rafi]] has the van keys, [[PERSON|salma]] brings sandwiches, nobody touches the piano",
    "what should i say to [[PERSON|beatrix]] next door, her cat keeps getting into our shed. her number is [[PHONE_NUMBER|07700900319]] but i'd rather not call",
    "date tomorrow with someone called [[PERSON|jonah weller]], his insta is [[ID_NUMBER|jonah.w.climbs]]. is it weird to look him up first? also first date ideas that aren't drinks",
    "gym membership [[ID_NUMBER|pg-4471902]] under [[PERSON|ifeoma nwankwo]], write a cancellation email, i'm moving to leeds and they want 30 days notice",
    "i keep forgetting things so just hold this: bike lock [[PASSWORD|0-4-1-8]], pool locker [[PASSWORD|216]] and netflix is [[PASSWORD|marmalade!sky]]",
    "ok so [[PERSON|deshawn]] can take the kids wednesday but [[PERSON|keisha]] has the dentist at 3:15 with dr [[PERSON|abernathy]], can you make a schedule so nobody's stranded",
    "write a card for [[PERSON|hiroshi]] and [[PERSON|mei]], they just had the baby, a girl, 3.2kg. warm and short",
    "my sister's email is [[EMAIL_ADDRESS|lotte.vanbeek@kpnmail.nl]], how do i share the holiday album with just her? the album password is [[PASSWORD|zandvoort2019]]",
    "dentist wants my patient id and i wrote it somewhere... found it, [[ID_NUMBER|dp-0093817]]. draft a message to move my check-up to next week",
    "how do i tell [[PERSON|rosalind]] i don't want to be a bridesmaid without losing her? we've been friends since year 7",
    "add to the christmas card list: [[PERSON|piotr]] and [[PERSON|ewa kowalska]], [[STREET_ADDRESS|ul. słoneczna 14/3, 30-214 kraków]]. then sort the whole list by surname",
    "parcels keep going to the wrong flat. i'm at [[STREET_ADDRESS|flat 2, 9 castle terrace, edinburgh eh3 9dq]] and the courier keeps saying flat 9. write a complaint",
    "is the pin for our joint card [[CREDIT_CARD|4917 3605 8214 4970]] still [[PASSWORD|5082]]? [[PERSON|jerome]] changed it and now i'm doubting myself. how do pin resets work",
    "my son's teacher mr [[PERSON|dalgleish]] emailed about his reading. draft a reply saying we'll do 15 min a night and ask if [[PERSON|archie]] can bring more books home",
    "a text from [[PERSON|yusuf]] on [[PHONE_NUMBER|+447700900583]] says he found our dog by the canal?? scam or call back",
    "¿Me ayudas a escribir un mensaje para [[PERSON|Lucía Ferrándiz]]? Quiero decirle que el perro se queda con ella el puente de diciembre. Su número es [[PHONE_NUMBER|+34 622 418 907]] y la llave la tiene el portero.",
    "Kannst du mir helfen, eine Nachricht an Frau [[PERSON|Albrecht]] zu schreiben? Wir ziehen am 1. März aus der [[STREET_ADDRESS|Gneisenaustraße 41, 10961 Berlin]] aus und brauchen die Kaution zurück, IBAN [[IBAN_CODE|DE18 5001 0517 4863 9201 47]].",
    "Peux-tu traduire en anglais : « Bonjour [[PERSON|Noémie]], le code du portail est [[PASSWORD|B4710]] et [[PERSON|Gaspard]] te donnera les clés de la cave. »",
    "Preciso responder ao [[PERSON|Thiago]] sobre o churrasco de sábado. Ele pediu meu CPF [[ID_NUMBER|618.274.093-04]] pra reservar o salão do condomínio, é seguro mandar?",
    "Scrivi un messaggio gentile a [[PERSON|Giulia Rossi]] per spostare la visita dal dentista a giovedì; il suo codice fiscale è [[ID_NUMBER|RSSGLI88D52L219I]] e il cellulare [[PHONE_NUMBER|+39 347 218 6604]].",
    "[[PERSON|Marguerite]] wants the plum cake recipe by Friday. Can you scale it up for 14 people?",
    "Draft a text to my landlord Mr [[PERSON|Pettigrew]]: the boiler at [[STREET_ADDRESS|Flat 5, 31 Harcourt Road, Bristol BS6 7JU]] has been off since Monday and my daughter has asthma.",
    "[[PERSON|Okonkwo]] said yes to the allotment swap! How do I write a simple agreement for sharing plot 12 with him?",
    "Can you make this sound nicer? 'Hi [[PERSON|Bea]], the side gate code for the dog sitter is [[PASSWORD|2580]], please don't pass it on to [[PERSON|Lorcan]].'",
    "Help me write a WhatsApp in simple Chinese to [[PERSON|陈静]] telling her [[PERSON|Marco]] will pick her up at arrivals holding a sign. Her number is [[PHONE_NUMBER|+86 139 1047 2285]].",
    "Work out who owes what: [[PERSON|Ingrid]] paid £340 for the cottage, [[PERSON|Fatima]] £120 for food, I paid £85 petrol, and [[PERSON|Dev]] paid nothing. Four of us went.",
    "My card got declined in Porto. It's [[CREDIT_CARD|5209 1486 7302 1569]] in the name [[PERSON|Ottilie Grange]]. What do I say when I ring the bank so they unblock it quickly?",
    "Me and [[PERSON|Hope]] are doing a couples' pottery class. Suggest a funny joint Instagram name; mine is currently [[ID_NUMBER|wheelthrownwes]].",
    "Remind me how to say no nicely. [[PERSON|Brenda]] from number 9 wants to borrow the ladder again and last time it came back bent.",
    "My referral letter says NHS no. [[ID_NUMBER|602 519 3746]], patient [[PERSON|Colm Devereux]]. What does 'two week wait' actually mean in plain words?",
    "Write a short bio for my climbing club profile. I'm [[PERSON|Sunniva Haugland]], bouldering for 3 years, mostly indoors in Bergen, reachable at [[EMAIL_ADDRESS|sunniva.h@online.no]].",
    "Is it rude to ask [[PERSON|Marcus]] for the £200 back before the wedding? He's the best man.",
    "Our new address from the 14th is [[STREET_ADDRESS|4417 Whitmore Lane, Ann Arbor, MI 48105]]. Help me write the change-of-address email to the kids' pediatrician and dentist.",
    "I'm doing my dad's paperwork. His SSN is [[US_SSN|431-68-2907]] and the form asks for the name as shown on the card, which says [[PERSON|Harold J. Whitcomb]]. Do I include the J?",
    "[[PERSON|Anouk]] cancelled last minute again, third time this month. Help me write something honest but not dramatic.",
    "Packing list for a week in Crete with a toddler please. And save this for me, villa wifi: [[PASSWORD|Kalimera2024!]]",
    "Translate into Japanese for our Airbnb host: 'Thank you so much [[PERSON|Takahashi]]-san, we will leave the key in the box by the door, code [[PASSWORD|0415]].'",
    "The kennel needs an emergency contact. Can you fill the form line as [[PERSON|Rhodri Price]], [[PHONE_NUMBER|029 2018 0627]], relationship: brother-in-law?",
    "Summarise my symptoms for the appointment: headaches for 2 weeks, worse in the morning, ibuprofen not helping. It's with Dr [[PERSON|Anand]], my patient number is [[ID_NUMBER|HX-558203]].",
    "How much should I tip the movers? Three guys, 6 hours, and [[PERSON|Stan]] carried the wardrobe down by himself.",
    "Give me a rota: [[PERSON|Imogen]] walks Pepper Mon/Wed, [[PERSON|Ravi]] Tue/Thu, [[PERSON|Lorna]] weekends. [[PERSON|Ravi]] can't do the 3rd.",
    "Does this sound flirty or just friendly? 'Hey [[PERSON|Mateo]], loved your salsa verde at [[PERSON|Nadia]]'s, you have to teach me sometime.'",
    "My Steam account [[ID_NUMBER|frostbyte_ellie]] got hacked and they changed the email. What's the quickest recovery route?",
    "Check my maths? Mortgage £212,000 at 4.39% over 25 years, joint with [[PERSON|Callum Ritchie]], account [[ID_NUMBER|88140273]]. What's the monthly payment?",
    "Should I invite [[PERSON|Дмитрий]] to the housewarming? We had that awkward thing at [[PERSON|Lena]]'s party.",
    "Write a lost cat poster. Tabby, answers to Marmite, white socks. Call [[PERSON|Joanne]] on [[PHONE_NUMBER|0117 496 0734]].",
    "Fix the spelling: Deer Mrs [[PERSON|Featherstonehaugh]], thank you for watering the tomatos while we was in Cornwall.",
    "The host sent door code [[PASSWORD|48#15]] and the wifi is TIGERLILY_5G, key [[PASSWORD|sunflower88]]. Make me a tidy note for my partner.",
    "How do I update my Medicare details after moving from Perth to Hobart? Card number [[ID_NUMBER|3817 29468 1]], I'm [[PERSON|Kirra Langford]], mobile [[PHONE_NUMBER|0491 570 313]].",
    "Write an apology to [[PERSON|Sung-min]]. I forgot his birthday dinner and he found out from [[PERSON|Yerin]]'s story.",
    "Is 38.4 a fever for a 2 year old? [[PERSON|Noor]] is floppy and won't eat.",
    "Rate my dating profile: '34, nurse, Glasgow. Ask me about my sourdough starter, Gerald.' My username there is [[ID_NUMBER|kirsty_bakes_34]].",
    "I owe [[PERSON|Lars]] for the ski lift passes, IBAN [[IBAN_CODE|SE52 5000 0000 0582 1736 4950]]. How do I send euros to a Swedish account from a UK bank cheaply?",
    "Draft a note to the school: Dear Ms [[PERSON|Oyelaran]], [[PERSON|Tunde]] will be absent on Thursday for an appointment at the fracture clinic.",
    "Care package for my brother, SPC [[PERSON|Daniel Reyes]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]]. What can't I send to an APO address?",
    "A match on Hinge says her name's [[PERSON|Saoirse]] and asked for my number, [[PHONE_NUMBER|+44 7700 900261]]. Too soon to give it?",
    "My neighbour [[PERSON|Kwabena Asante]] asked me to sign for a parcel while he's in Kumasi. What ID will the courier want?",
    "Set a budget for [[PERSON|Sofía]]'s quinceañera: 80 guests, venue $2,400, dress $650. Her godmother [[PERSON|Inés]] is covering the cake.",
    "Someone logged into my email from [[IP_ADDRESS|203.0.113.74]] in a country I've never been to. The address is [[EMAIL_ADDRESS|t.ashworth@fastmail.co.uk]]. What do I do first?",
    "Yesterday [[PERSON|Priyanka]] told me she's pregnant but hasn't told her parents yet. How do I support her without letting anything slip to [[PERSON|Arjun]]?",
    "Turn this into a tidy list for the babysitter: bedtime 7:30, [[PERSON|Ollie]] allergic to cashews, alarm [[PASSWORD|6612]], call [[PERSON|Nadia Brooks]] on [[PHONE_NUMBER|07700 900857]] if anything.",
    "Riding lessons for [[PERSON|Esmé]]: the stables want a direct debit from [[IBAN_CODE|IE72BOFI90001738264915]]. Is it normal for them to need the full IBAN?",
    "Write a haiku for [[PERSON|Frost]]'s retirement from the choir: forty years of tenor, never missed a Tuesday.",
    "How do I politely stop my ex [[PERSON|Jamal]] using my Netflix? Account email [[EMAIL_ADDRESS|mira.saleh88@gmail.com]], and yes the password is still [[PASSWORD|jamal&mira4ever]] lol",
    "Summarise: Dr [[PERSON|Venkataraman]] said my ferritin is 9, start iron tablets, recheck in 8 weeks, ring the clinic on [[PHONE_NUMBER|(617) 555-0143]] if dizzy.",
    "[[PERSON|Rosa]] and [[PERSON|Beppe]] arrive Thursday. Plan 3 days in Edinburgh for two people in their 70s who hate hills.",
    "My kid [[PERSON|Zara]]'s student ID [[ID_NUMBER|S2231908]] shows as invalid on the lunch payment site. What should I check?",
    "Write a group message: BBQ at [[PERSON|Nkechi]]'s on Saturday, [[STREET_ADDRESS|18 Birchwood Drive, Lekki Phase 1, Lagos]], bring drinks, kids welcome.",
    "Packing checklist for moving a tropical aquarium please. Also the new flat's key safe is [[PASSWORD|1-9-7-3]], and the landlord in Valencia wants my DNI [[ID_NUMBER|53918274H]] on the contract. Normal?",
    "What do I text [[PERSON|Callahan]] after he helped me carry a sofa up five flights? Beer feels too small.",
    "My daughter [[PERSON|Amara]]'s passport [[ID_NUMBER|583920174]] expires in May and we fly to Accra in June. Will that be a problem?",
    "Write a complaint to the council about the bins at [[STREET_ADDRESS|7 Quarry Row, Ilkley LS29 8PT]], signed from [[PERSON|Graham]] and [[PERSON|Lesley Thorne]].",
    "Is it normal that Winston only eats at night? He's a six month old bearded dragon. [[PERSON|Farida]] at the pet shop says yes but I'm not sure.",
    "Reply to [[PERSON|Hollis]]: yes we can swap weekends, but the kids need to be back by 5 on Sunday for [[PERSON|Maisie]]'s recital. Spare key's in the lockbox, [[PASSWORD|6093]] as before.",
    "Update my home insurance: policy [[ID_NUMBER|HH-7720-3318]], new address [[STREET_ADDRESS|12 Rue des Lilas, 69003 Lyon]], policyholder [[PERSON|Étienne Marchal]]. Draft the email in English.",
    "Write a thank-you card for Ms [[PERSON|Achterberg]], [[PERSON|Fien]]'s piano teacher, who is moving back to Utrecht.",
    "Plan a surprise 40th for [[PERSON|Dominic]]. Guests: his brother [[PERSON|Ezra]], [[PERSON|Tilly]], the climbing lot. Budget £600. His phone unlocks with [[PASSWORD|270884]] so I'll mute the group chat on it.",
    "What should we ask at a first fertility clinic appointment? The form wants my wife's CNP, [[ID_NUMBER|2901126402814]], and her name as [[PERSON|Ioana Ilie]].",
    "Quick one: convert 18 stone 4 to kg for [[PERSON|Bernard]]'s sleep clinic form.",
    "Help me plan Kyoto. The ryokan booking is under [[PERSON|Ferreira-Lindqvist]] and they asked for my passport number, [[ID_NUMBER|XK4827193]]. Fine to email it?",
    "[[PERSON|Sasha]] borrowed my car (she knows the garage code, [[PASSWORD|7731]]) and got a parking fine. How do I transfer it to her?",
    "Translate into Korean for my mother-in-law [[PERSON|김순자]]: '[[PERSON|Jiwoo]] will sleep at ours on Friday, don't worry.'",
    "How do I add [[PERSON|Beatriz]] as a payee? Her IBAN is [[IBAN_CODE|PT36 0035 0072 0018 4729 3615 4]].",
    "I owe [[PERSON|Thackeray]] for the festival tickets and he sent me his card for some reason: [[CREDIT_CARD|5412-7603-9918-4621]]. How do I tell him never to do that?",
    "Best way to tell my housemates I'm moving out in June? [[PERSON|Cormac]] and [[PERSON|Yuki]] will be fine, [[PERSON|Perpetua]] won't. Also the wifi is in my name ([[PASSWORD|hallway-radiator-42]]), should I change it before I go?",
    "I'm [[PERSON|Ishaan Mehrotra]] and a visa form asks for my Aadhaar, [[ID_NUMBER|5820 7314 9624]]. Does it go anywhere on a Schengen form?",
    "Write a gentle message to Aunt [[PERSON|Dorothea]] saying we can't host Christmas this year, the new flat is tiny.",
    "The dog walker left this: 'In via back door, code [[PASSWORD|8-8-0-2]], Rufus fine, Kipper limped a bit.' Should Kipper see a vet?",
    "How do I rotate an API key? I pasted [[API_KEY|sk-proj-Qm7vT2xLp9RfA4wZc8Hn3JeK]] in the allotment society's Discord by mistake.",
    "Write a two-minute best-woman toast for [[PERSON|Priti]] and [[PERSON|Gideon]]. They met at a pub quiz where [[PERSON|Gideon]] answered 'Belgium' to everything.",
    "Our old neighbour [[PERSON|Marisol]] moved to [[STREET_ADDRESS|Calle de Embajadores 57, 3º B, 28012 Madrid]]. Help me write her a card in Spanish.",
    "How long until [[PERSON|Leofric]]'s braces come off if they went on 14 March 2023 and the orthodontist said 22 months?",
    "Tidy this up for the PTA newsletter: treasurer [[PERSON|Adaeze Obi]], [[EMAIL_ADDRESS|adaeze.obi@pta-stmarks.org.uk]], raffle money into account [[ID_NUMBER|73018455]].",
    "Is it weird to ask for a female GP? Mine is Dr [[PERSON|Ruairí Mac Giolla]]. Patient no. [[ID_NUMBER|PT0048817]].",
    "What do I bring to [[PERSON|Heinrich]]'s? He invited us for raclette and I know nothing about Swiss dinner manners. The buzzer code is [[PASSWORD|1148]], he says.",
    "Make a chore chart: [[PERSON|Faith]] (9), [[PERSON|Miles]] (12), [[PERSON|Juniper]] (6). [[PERSON|Faith]] refuses bathrooms.",
    "Help me recover my doorbell camera account: login [[EMAIL_ADDRESS|g.tremblay@videotron.ca]], phone [[PHONE_NUMBER|514-555-0162]]. Locked out after 5 tries.",
    "My mum in Pune is sending ₹50,000 for the deposit. Give her the wording for her bank: beneficiary [[PERSON|Rohan Kulkarni]], [[IBAN_CODE|GB72 MIDL 4005 1562 8730 19]].",
    "What's a normal TSH? Mine came back 6.2. The letter was to Ms [[PERSON|Yetunde Bakare]], hospital number [[ID_NUMBER|K7730519]].",
    "Do you think [[PERSON|Tobias]] is flirting or is he just Danish? He keeps calling me 'skat'.",
    "I'm house-sitting at [[STREET_ADDRESS|26 Kereru Lane, Raglan 3225]] and the alarm keeps going off. The installer is on [[PHONE_NUMBER|+64 21 483 9172]]. What do I say?",
    "How do I move a pet microchip to my name? The previous owner [[PERSON|Gwendolyn Saïd]] gave me her registry login [[ID_NUMBER|gsaid_pets]] and password [[PASSWORD|Pumpkin#2019]] to do it.",
    "Draft a text to [[PERSON|Moyo]]: 'Gate code's now [[PASSWORD|*4590]], don't give it to the takeaway guy again 😂'",
    "Make a reading log for [[PERSON|Clementine]]. Her teacher Mr [[PERSON|Whitlock]] wants titles, pages and a parent signature.",
    "Holiday budget: flights for 4 to Marrakech £980, riad £640. The card's in [[PERSON|Delphine]]'s name, [[CREDIT_CARD|4539 1762 0418 7355]], £3,000 limit. What's left for spending?",
]

# 100 records in the style of synthetic PII benchmark datasets: one person each.
RECORDS = [
    "Name: [[PERSON|Oluwaseun Adeyemi]] | Email: [[EMAIL_ADDRESS|seun.adeyemi@mailbox.ng]] | Phone: [[PHONE_NUMBER|+234 803 417 2956]]",
    "Patient: [[PERSON|Hartley, Miriam]]. NHS No: [[ID_NUMBER|948 302 7160]]. Allergies: penicillin. Next review in 6 months.",
    "Customer [[PERSON|Aleksandra Wiśniewska]] (PESEL [[ID_NUMBER|92041706829]]) asked for a replacement debit card sent to [[STREET_ADDRESS|ul. Długa 8 m. 12, 00-238 Warszawa]].",
    'login ok user=[[ID_NUMBER|rsiyer]] full_name="[[PERSON|Ravi Shankar Iyer]]" src=[[IP_ADDRESS|198.51.100.23]] mfa=push',
    "Dear Mr [[PERSON|Falkenrath]], your temporary telephone banking PIN is [[PASSWORD|804371]]. Please change it within 7 days.",
    "Profile: [[PERSON|Chiara Bellandi]], 34, graphic designer in Bologna. Contact [[EMAIL_ADDRESS|chiara.bellandi@libero.it]] or [[PHONE_NUMBER|+39 331 902 4478]].",
    "Policy [[ID_NUMBER|PLC-55302917]], holder [[PERSON|Thabo Mokoena]], ID [[ID_NUMBER|9307155812084]], address [[STREET_ADDRESS|14 Protea Street, Westdene, Johannesburg 2092]].",
    "Cardholder: [[PERSON|AMELIA J. STRAND]] / card [[CREDIT_CARD|5234 8190 6627 1040]] / exp 11/28",
    "Employee record: [[PERSON|Kofi Boateng]], employee no. [[ID_NUMBER|0047813]], SSN [[US_SSN|218-47-6153]], start date 2019-03-04.",
    "Ship to: [[PERSON|Ngozi Eze]], [[STREET_ADDRESS|Plot 7 Adeola Odeku Street, Victoria Island, Lagos 101241]]",
    "Hi, this is [[PERSON|Eirik Solberg]], fødselsnummer [[ID_NUMBER|12038947395]], calling about my tax return.",
    "Passenger [[PERSON|Haruto Sato]], passport [[ID_NUMBER|TZ4419028]], mobile [[PHONE_NUMBER|090-4127-8836]], meal: vegetarian.",
    "Account holder: [[PERSON|Lindiwe Dube]]; IBAN: [[IBAN_CODE|NL49 RABO 0318 4927 56]]; BIC: RABONL2U",
    "From: [[EMAIL_ADDRESS|ana.ferreira.costa@sapo.pt]] Subject: can't log in. Name [[PERSON|Ana Ferreira Costa]], NIF [[ID_NUMBER|248159372]].",
    "Subscriber [[PERSON|Bartholomew Quaye]], DOB 02/11/1987, member ID [[ID_NUMBER|GH-MEM-448201]], plan Silver.",
    "Clinical note: pt [[PERSON|Ahmad Rahimi]], MRN [[ID_NUMBER|00738261]], left knee effusion, aspirated. Contact [[PHONE_NUMBER|0161 496 0528]].",
    "username: [[ID_NUMBER|snowlark_92]] | password: [[PASSWORD|Vx7#qLm2pR]] | registered name: [[PERSON|Elodie Marchetti]]",
    "Tenant: [[PERSON|Siobhán Ní Bhriain]], [[STREET_ADDRESS|Unit 4B, 19 Harbour View, Cobh, Co. Cork P24 X3K7]], lease from 1 September.",
    "Name: [[PERSON|فرح المنصوري]] | [[STREET_ADDRESS|Villa 23, Street 14, Al Barsha 2, Dubai]] | Mob: [[PHONE_NUMBER|+971 50 318 2274]]",
    "Transfer to [[PERSON|Johannes Pfeiffer]], IBAN [[IBAN_CODE|AT81 1420 0205 1837 4629]], reference Miete März.",
    "[[PERSON|王芳]]，手机 [[PHONE_NUMBER|+86 137 2846 1093]]，住址：[[STREET_ADDRESS|上海市徐汇区漕溪北路 88 号 1502 室]]",
    "SIN: [[ID_NUMBER|046 381 927]] / [[PERSON|Gagnon, Marie-Ève]] / Montréal",
    "2024-05-12 08:14:33 WARN failed login for [[ID_NUMBER|j.mwangi]] from [[IP_ADDRESS|203.0.113.58]] ([[PERSON|Jane Mwangi]])",
    "Student: [[PERSON|Lukas Brandner]], Matrikelnummer [[ID_NUMBER|11824593]], E-Mail [[EMAIL_ADDRESS|lukas.brandner@student.uibk.ac.at]]",
    "Re: claim for [[PERSON|Pablo Quispe Mamani]], policy [[ID_NUMBER|VID-8830147]], phone [[PHONE_NUMBER|+51 987 224 610]].",
    "Billing: [[PERSON|Tomás Ó Ceallaigh]], card [[CREDIT_CARD|4920753188466208]], billing address [[STREET_ADDRESS|3 Mill Lane, Bray, Co. Wicklow A98 C2F4]]",
    "HR note: [[PERSON|Fenella Whitcombe]] (emp #[[ID_NUMBER|30391]]) requested parental leave from 1 July; home phone [[PHONE_NUMBER|020 7946 0315]].",
    "Resident: [[PERSON|Ji-ho Park]], RRN [[ID_NUMBER|950214-2073185]], [[STREET_ADDRESS|서울특별시 마포구 월드컵북로12길 34]]",
    "Contact card: [[PERSON|Pieter de Groot]] / [[EMAIL_ADDRESS|pieter.degroot@ziggo.nl]] / [[PHONE_NUMBER|06-47182935]]",
    "Passenger: [[PERSON|Emre Yıldız]], T.C. Kimlik No: [[ID_NUMBER|38471029510]], seat 14C, baggage 1 piece.",
    "Applicant [[PERSON|Ananya Bose]], PAN [[ID_NUMBER|AKRPB4721K]], mobile [[PHONE_NUMBER|+91 98310 46275]], employment: salaried.",
    "Dr. [[PERSON|Henrietta Vance]], Department of Cardiology, direct line [[PHONE_NUMBER|(312) 555-0117]], email [[EMAIL_ADDRESS|h.vance@northlake-clinic.org]]",
    "patient: [[PERSON|tamar ben-david]] | teudat zehut: [[ID_NUMBER|314827569]] | kupat holim: maccabi",
    "Member: [[PERSON|Sione Taufa]], member no. [[ID_NUMBER|00918273-4]], gym door PIN [[PASSWORD|5517]]",
    "Candidate [[PERSON|Zsófia Kertész]], CV attached, [[EMAIL_ADDRESS|zsofia.kertesz@freemail.hu]], [[PHONE_NUMBER|+36 30 418 7725]]",
    "Dear [[PERSON|Ingeborg Larsen]], we confirm the transfer of DKK 4,500 to your account [[IBAN_CODE|DK21 3000 4917 2635 81]].",
    "Vehicle keeper: [[PERSON|Mihail Popescu]], driving licence [[ID_NUMBER|PX918273]], [[STREET_ADDRESS|Str. Lalelelor 12, bl. A3, ap. 7, 400123 Cluj-Napoca]]",
    '{"name": "[[PERSON|Keanu Kahananui]]", "email": "[[EMAIL_ADDRESS|keanu.k@hawaiiantel.net]]", "ssn": "[[US_SSN|572-39-0846]]"}',
    "Sgt. [[PERSON|Marcus Dellinger]], [[STREET_ADDRESS|PSC 817 Box 42, APO AE 09096]]. Letters and care packages welcome.",
    "Order for [[PERSON|Camille Rousseau]], [[STREET_ADDRESS|47 boulevard Voltaire, 75011 Paris]], tél. [[PHONE_NUMBER|06 39 98 41 27]]",
    "Cliente: [[PERSON|Valentina Muñoz Soto]], RUT [[ID_NUMBER|16.482.731-3]], [[STREET_ADDRESS|Av. Providencia 1208, depto 54, Providencia, Santiago]]",
    "Note to file: Mr [[PERSON|Gundersen]] rang about account [[ID_NUMBER|55302871]]; says the new password [[PASSWORD|Fjord!Hytte88]] was not accepted.",
    "Reference for [[PERSON|Chidinma Okeke]]: reliable, punctual, good with customers. Reach her at [[EMAIL_ADDRESS|chidinma.okeke@yahoo.com]].",
    "Vaccination record: [[PERSON|Elif Şahin]], clinic no. [[ID_NUMBER|4471-0093]], second dose due 3 September.",
    "New sign-in for [[ID_NUMBER|m.oconnell_77]] from [[IP_ADDRESS|2001:db8:4a1f::17]] ([[PERSON|Maeve O'Connell]]).",
    "Kunde: Herr [[PERSON|Jürgen Habermann]], Kundennummer [[ID_NUMBER|70048213]], Steuer-ID [[ID_NUMBER|47193820654]]",
    "Guest [[PERSON|Matilda Nakashima-Ruiz]], room 412, card on file [[CREDIT_CARD|3746 821309 57189]], late checkout approved.",
    "Pet insurance: policyholder [[PERSON|Carys Bevan]], policy [[ID_NUMBER|PET-224718]], pet Bramble (cocker spaniel, 4).",
    "Bewerber: [[PERSON|Dmitrij Kusnezow]], Jahrgang 1990, Telefon [[PHONE_NUMBER|030 23125 487]], verfügbar ab sofort.",
    "Ticket 88213 from [[EMAIL_ADDRESS|n.adeyinka@fcmb-partner.ng]]: password reset requested for [[PERSON|Nkem Adeyinka]].",
    "[[PERSON|Sofia Lindgren]] | personnummer [[ID_NUMBER|890623-3187]] | tel [[PHONE_NUMBER|070-174 06 38]]",
    "Donor: [[PERSON|Benedikt Aurelius Strohm]], monthly gift £25 from account [[ID_NUMBER|31926748]].",
    "Claimant [[PERSON|Harriet Okonjo-Blake]], National Insurance number [[ID_NUMBER|JK 41 83 27 C]], claim received 4 March.",
    "Pupil: [[PERSON|Ayaan Chaudhry]], Year 4, UPN [[ID_NUMBER|H801200004817]], home address [[STREET_ADDRESS|31 Dunstable Road, Luton LU4 8JN]]",
    "[[PERSON|渡辺 健二]] 様　マイナンバー [[ID_NUMBER|3918 4720 6186]]　住所 [[STREET_ADDRESS|〒150-0002 東京都渋谷区渋谷2-14-7]]",
    "Πελάτης: [[PERSON|Γιώργος Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|17058804927]], τηλ. [[PHONE_NUMBER|+30 694 218 3307]]",
    "Appointment confirmed for [[PERSON|Nadežda Horváthová]], rodné číslo [[ID_NUMBER|925817/3188]], Thursday 10:20.",
    "Volunteer: [[PERSON|Kalani Akana]], t-shirt L, mobile [[PHONE_NUMBER|8085550139]]",
    "Dear Ms [[PERSON|Quartey]], your locker code at the new office is [[PASSWORD|4-7-7-1]] and your badge ID is [[ID_NUMBER|B-20844]].",
    "Payout: [[PERSON|Võ Thị Thanh Hương]], account [[ID_NUMBER|0071000483921]], phone [[PHONE_NUMBER|+84 91 284 7713]]",
    "IT asset LT-3391 assigned to [[PERSON|Bogumił Zając]], login [[ID_NUMBER|bzajac]], static IP [[IP_ADDRESS|198.51.100.140]]",
    "Emergency card: [[PERSON|Oksana Melnyk]], NIE [[ID_NUMBER|Y4817302N]], [[STREET_ADDRESS|Calle Sagasta 21, 2º izq., 50008 Zaragoza]], blood group O+",
    "Adopter: [[PERSON|Ruby Tamsin Holloway]], email [[EMAIL_ADDRESS|rubyt.holloway@outlook.com]], home check passed.",
    "Verotiedot: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|220791-318K]], verokortti tilattu.",
    "Loan applicant [[PERSON|Chukwuemeka Nnaji]], BVN [[ID_NUMBER|22184730159]], salary account [[ID_NUMBER|0123847561]]",
    "API credentials issued to [[PERSON|Ilse Vermeulen]]: key [[API_KEY|ak_live_9fQ2mZ7xR4tLw8Kc1VbN]], contact [[EMAIL_ADDRESS|ilse@vermeulen-design.be]]",
    "Ordonnance : [[PERSON|Rosalie Dufresne]], RAMQ [[ID_NUMBER|DUFR 5412 1834]], metformine 500 mg deux fois par jour.",
    "Member profile: handle [[ID_NUMBER|quietfox]], real name [[PERSON|Noa Shalev]], joined 2021.",
    "Return label: [[PERSON|Tadeusz Mazur]], [[STREET_ADDRESS|ul. Lipowa 3, 87-100 Toruń]], tel. [[PHONE_NUMBER|+48 512 407 883]]",
    "44 | [[PERSON|Yaw Mensah]] | [[EMAIL_ADDRESS|yaw.mensah@gmail.com]] | [[PHONE_NUMBER|024 481 7263]]",
    "Letter to [[PERSON|Fionnuala Byrne]], PPS [[ID_NUMBER|8172639M]], re: treatment benefit.",
    "Cliente: [[PERSON|Lucas Tavares Pinheiro]], [[STREET_ADDRESS|Rua Augusta 1450, apto 72, São Paulo - SP, 01304-001]]",
    "Insurance: [[PERSON|Henrik Aas Nilsen]], policy [[ID_NUMBER|NO-HJ-449102]], payout to [[IBAN_CODE|NO38 8601 5637 294]]",
    "Nom : [[PERSON|Maëlle Le Bihan]] ; NIR : [[ID_NUMBER|2 87 06 75 118 042 20]] ; mutuelle à jour.",
    "[[PERSON|Wannes Peeters]], rijksregisternummer [[ID_NUMBER|85.07.30-214.41]], [[STREET_ADDRESS|Kerkstraat 17, 9000 Gent]]",
    "Sign-up: [[PERSON|Kaito Morishita]], [[EMAIL_ADDRESS|kaito.morishita@docomo.ne.jp]], [[PHONE_NUMBER|080-3391-7746]]",
    "Guardian: [[PERSON|Imani Wanjiru]], ID no. [[ID_NUMBER|28817346]], M-Pesa [[PHONE_NUMBER|+254 722 418 390]]",
    "Re: Mr [[PERSON|Tavita Leota]], NHI [[ID_NUMBER|KRT4828]], referred for a sleep study.",
    "Payroll change: [[PERSON|Anneliese Brückner]], new IBAN [[IBAN_CODE|CH65 0023 3182 7465 9301 A]], effective 1 May.",
    "Gym: [[PERSON|Guðrún Einarsdóttir]], kennitala [[ID_NUMBER|120593-2779]], membership 12 months.",
    "Платник: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3148276506]], [[STREET_ADDRESS|вул. Січових Стрільців 24, кв. 9, Київ 04053]]",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48809152711]], [[EMAIL_ADDRESS|kadri.tamm@mail.ee]]",
    "姓名：[[PERSON|李娜]] | 身份证号：[[ID_NUMBER|320106198804173623]] | 籍贯：江苏南京",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0418273H]], [[STREET_ADDRESS|Blk 214 Bishan Street 23, #08-117, Singapore 570214]]",
    "[[PERSON|Sanne Vos]], BSN [[ID_NUMBER|384172908]], [[STREET_ADDRESS|Oudegracht 212, 3511 NR Utrecht]]",
    "[[PERSON|Tully Whitford]], TFN [[ID_NUMBER|712 849 358]], [[STREET_ADDRESS|48 Boundary Street, West End QLD 4101]]",
    "Cartão de [[PERSON|Letícia Amaral]]: [[CREDIT_CARD|6011 4380 2977 1561]], válido até 08/27.",
    "Card [[CREDIT_CARD|3566 0491 8273 4159]], cardholder [[PERSON|Hiroko Tanabe]], limit ¥500,000.",
    "Cardmember: [[PERSON|Laurent Beaumont]], Amex [[CREDIT_CARD|347291508462030]], billing ZIP 94110.",
    "Card [[CREDIT_CARD|2221 0473 9856 2108]] registered to [[PERSON|Paloma Ríos]] for monthly donations.",
    "Diners Club [[CREDIT_CARD|3056 914728 3657]], member [[PERSON|Yevgenia Orlova]], since 2016.",
    "name: [[PERSON|matías gómez]], tel: [[PHONE_NUMBER|+52 55 4187 2290]], email: [[EMAIL_ADDRESS|matigomez@prodigy.net.mx]]",
    "W-2 employee: [[PERSON|Darnell Whitaker]], SSN [[US_SSN|309-82-4715]], [[STREET_ADDRESS|1108 Pecan St, Austin, TX 78702]]",
    "Tenant screening: [[PERSON|Lakshmi Narayanan]], SSN [[US_SSN|645-21-7398]], current address [[STREET_ADDRESS|77 Elm Ave Apt 3C, Jersey City, NJ 07302]]",
    "Domiciliación: [[PERSON|Begoña Etxeberria]], [[IBAN_CODE|ES92 2100 3817 2640 5917 3862]], cuota mensual del club de remo.",
    "Beneficiario [[PERSON|Salvatore Greco]], IBAN [[IBAN_CODE|IT31X0306909606100000172935]], causale affitto garage.",
    "Bénéficiaire : [[PERSON|Anaïs Fontaine]], IBAN [[IBAN_CODE|FR71 3000 4028 3715 6940 1273 850]]",
    "Przelew dla: [[PERSON|Krzysztof Nowicki]], rachunek [[IBAN_CODE|PL69 1020 4027 0000 0187 4592 6318]], tytuł: zaliczka.",
    "Remboursement à [[PERSON|Amélie Dubois]], compte [[IBAN_CODE|BE26 7350 0482 6193]], dossier clos.",
    "Maksunsaaja: [[PERSON|Sakari Lehtonen]], tilinumero [[IBAN_CODE|FI28 4000 6731 9284 57]], viite vuokra.",
]

CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that public libraries should stay open until midnight.",
    "Compose a sequence of three haiku about the first frost in an apple orchard.",
    "You are a medieval blacksmith. Explain to your apprentice why the quenching oil must not be too cold.",
    "Write a Python function that returns the longest palindromic substring of a string, with a few unit tests.",
    "Explain the difference between TCP and UDP to a high school student using a postal analogy.",
    "Imagine you are a tour guide on Mars in the year 2200. Describe the highlights of a day trip to Olympus Mons.",
    "A train leaves at 3 pm at 80 km/h and a second train leaves the same station an hour later at 100 km/h in the same direction. When does the second catch up? Show your reasoning.",
    "Draft a product description for a reusable beeswax food wrap aimed at busy parents.",
    "Compare the economic effects of a carbon tax and a cap-and-trade scheme in about 200 words.",
    "Write a SQL query that finds customers who placed more than three orders in any single calendar month.",
    "Pretend you are Sherlock Holmes and deduce what someone had for breakfast from the crumbs on a keyboard.",
    "Explain why the sky looks red at sunset, including the role of Rayleigh scattering.",
    "Rewrite this sentence in a formal register: 'gonna need that report asap, the boss is freaking out.'",
    "Give three arguments for and three against a four-day working week.",
    "What would happen to the Earth's tides if the Moon were twice as far away?",
    "Write a short dialogue between a house cat and a robot vacuum negotiating territory.",
    "Implement binary search in Rust and explain its time complexity.",
    "How do vaccines train the immune system? Answer for a ten-year-old.",
    "Suggest a seven-day itinerary for a first trip to Japan focused on food and gardens.",
    "Identify the logical fallacy: 'Everyone I know likes this phone, so it must be the best phone ever made.'",
    "Write a limerick about a forgetful octopus who runs a bakery.",
    "Explain how a bill becomes law in the United States in five steps.",
    "Refactor this JavaScript to use async/await: fetch(url).then(r => r.json()).then(data => console.log(data)).catch(err => console.error(err));",
    "Act as a job interview coach and ask me five behavioural questions for a project manager role.",
    "Summarise the main schools of thought on why the Western Roman Empire fell.",
]

CLEAN_GSM8K = [
    "Lena bakes 4 trays of cookies with 18 cookies on each tray. She gives away 25 and eats 3. How many cookies are left?",
    "Marcus saves $12 a week and already has $30. How many weeks until he can buy a bike that costs $150?",
    "A garden has 6 rows of tulips with 14 tulips in each row. Priya picks one third of them for a bouquet. How many tulips remain?",
    "Tomas runs 3.5 km on each weekday and 8 km on Saturday, and rests on Sunday. How far does he run in two weeks?",
    "A bus holds 52 passengers. If 317 students are going on a trip, how many buses are needed?",
    "Aisha buys 3 notebooks at $2.40 each and a pen for $1.15. She pays with a $10 bill. How much change does she get?",
    "Kenji's fish tank holds 60 litres. He fills it at 4 litres per minute but it leaks 1 litre per minute. How many minutes does it take to fill?",
    "Rosa has twice as many stickers as Ben. Together they have 87 stickers. How many stickers does Rosa have?",
    "A shirt costs $40. It is discounted by 25%, then a further 10% is taken off the sale price. What is the final price?",
    "Farid reads 22 pages a day. His book has 400 pages and he has already read 136. How many more days until he finishes?",
    "A recipe needs 3 eggs for 12 muffins. How many eggs does Chloe need for 50 muffins if she rounds up to whole eggs?",
    "Olu earns $18 an hour and works 7 hours a day, 5 days a week. How much does he earn in 4 weeks?",
    "There are 24 students in a class. Five eighths of them walk to school and the rest ride bikes. How many ride bikes?",
    "Mei plants 9 seeds every day for 20 days. 15% of the seeds fail to sprout. How many seeds sprout?",
    "A car uses 6 litres of fuel per 100 km and fuel costs $1.80 per litre. What does the fuel for a 450 km trip cost?",
    "Diego has 3 dogs and each eats 350 g of food a day. A bag holds 15 kg. How many full days does one bag last?",
    "Hana's phone battery drops 12% per hour while streaming. It starts at 95%. After how many whole hours is it below 20%?",
    "A bakery sells loaves for $3.50. On Monday it sold 84 loaves and on Tuesday it sold 20% more. What was Tuesday's revenue?",
    "Sam is 4 years older than Ivy. In 6 years their ages will add up to 40. How old is Ivy now?",
    "A rectangular pool is 25 m long and 10 m wide. Greta walks around its edge 6 times. How far does she walk?",
    "Noah collects 7 shells on Monday, and each day after that he collects 3 more than the day before. How many shells does he have after 5 days?",
    "A pizza is cut into 12 slices. Jada eats a quarter of it and Theo eats a third. How many slices are left?",
    "An orchard has 15 apple trees and each gives 120 apples. The apples are packed 24 to a box. How many boxes are filled?",
    "Wren starts with $40 and saves $15 each month. After a year she spends half of her savings on a gift. How much does she have left?",
    "A train ticket costs $28 for an adult and half that for a child. How much do 2 adults and 3 children pay altogether?",
]

CLEAN_MMLU = [
    "Which of the following is the main function of ribosomes? A. Lipid synthesis B. Protein synthesis C. ATP production D. DNA replication",
    "Who wrote 'An Inquiry into the Nature and Causes of the Wealth of Nations'? A. David Ricardo B. Adam Smith C. John Maynard Keynes D. Karl Marx",
    "The Peace of Westphalia (1648) is most closely associated with: A. the end of the Thirty Years' War B. the unification of Italy C. the start of the Reformation D. the fall of Constantinople",
    "In long-run equilibrium, a firm in a perfectly competitive market earns: A. positive economic profit B. zero economic profit C. an economic loss D. monopoly rent",
    "Which philosopher is credited with saying that the unexamined life is not worth living? A. Socrates B. Aristotle C. Epicurus D. Seneca",
    "What is the derivative of x·sin(x)? A. cos(x) B. sin(x) + x·cos(x) C. x·cos(x) D. sin(x) − x·cos(x)",
    "Which amendment to the US Constitution abolished slavery? A. 13th B. 14th C. 15th D. 19th",
    "Marie Curie won Nobel Prizes in which two fields? A. Physics and Chemistry B. Chemistry and Medicine C. Physics and Medicine D. Chemistry and Peace",
    "A deficiency of vitamin B12 most commonly causes: A. microcytic anaemia B. megaloblastic anaemia C. haemolytic anaemia D. aplastic anaemia",
    "Which of these elements is a noble gas? A. Nitrogen B. Argon C. Chlorine D. Hydrogen",
    "Magna Carta was sealed in 1215 by which English king? A. Henry II B. Richard I C. John D. Edward I",
    "What is the worst-case time complexity of heapsort? A. O(n) B. O(n log n) C. O(n²) D. O(log n)",
    "Which of the following is NOT one of the additive primary colours of light? A. Red B. Green C. Blue D. Yellow",
    "The Sixth Amendment guarantees a criminal defendant the right to: A. bear arms B. a speedy and public trial C. avoid self-incrimination D. due process in civil cases",
    "Who led the Haitian Revolution in its decisive early years? A. Toussaint Louverture B. Simón Bolívar C. José de San Martín D. Miguel Hidalgo",
    "In Freud's structural model, which part of the psyche follows the pleasure principle? A. Ego B. Superego C. Id D. Persona",
    "In plant cells, photosynthesis takes place in the: A. mitochondria B. chloroplasts C. nucleus D. Golgi apparatus",
    "'For every action there is an equal and opposite reaction' is Newton's: A. first law B. second law C. third law D. law of gravitation",
    "Machu Picchu was built by which civilisation? A. Aztec B. Maya C. Inca D. Olmec",
    "Solve for x: 3x − 7 = 11. A. 4/3 B. 6 C. 18 D. −6",
    "Which of the following contributed to the stock market crash of 1929? A. Buying stocks on margin B. The Marshall Plan C. The gold standard's abolition in 1971 D. The creation of the euro",
    "Before giving digoxin, a nurse should first check the patient's: A. apical pulse B. blood glucose C. temperature D. pupil reaction",
    "Who composed the opera 'The Magic Flute'? A. Ludwig van Beethoven B. Wolfgang Amadeus Mozart C. Giuseppe Verdi D. Richard Wagner",
    "Which argument form is valid? A. If P then Q; Q; therefore P B. If P then Q; not P; therefore not Q C. If P then Q; P; therefore Q D. P or Q; P; therefore not Q",
    "The Rosetta Stone allowed scholars to decipher: A. cuneiform B. Egyptian hieroglyphs C. Linear B D. the Indus script",
]

CLEAN_HEALTH = [
    "I've had a dull ache under my right ribs after fatty meals for about a month. What could cause that and should I get it checked?",
    "Is it safe to take ibuprofen and paracetamol together for a toothache?",
    "How long can a cough hang on after a cold before I should worry?",
    "My toddler has a rash that doesn't fade when I press a glass against it. What should I do?",
    "What's the difference between a cold sore and a mouth ulcer?",
    "Can I drink alcohol while taking a course of metronidazole?",
    "I get dizzy when I stand up quickly. Is that normal or a sign of something?",
    "How much water should an adult drink a day in hot weather?",
    "What are the early signs of type 2 diabetes?",
    "Is it normal to bleed a little after a smear test?",
    "My knee clicks when I climb stairs but doesn't hurt. Should I be concerned?",
    "How can I tell whether a burn needs a doctor?",
    "What is a normal resting heart rate for someone in their fifties?",
    "Can stress cause chest tightness, and how would I tell it apart from a heart problem?",
    "How often do adults need a tetanus booster?",
    "Are there foods I should avoid while taking warfarin?",
    "I've been waking at 4 am every night for weeks. What can help me sleep through?",
    "What does a raised ALT on a blood test usually mean?",
    "Is it okay to exercise with a mild fever?",
    "How soon after giving birth is it safe to start running again?",
    "My eyes feel dry and gritty after a day at the screen. What helps?",
    "A mole on my back has changed shape. How quickly should I get it looked at?",
    "What side effects are common in the first weeks of taking sertraline?",
    "How do I know whether a child's ear infection needs antibiotics?",
    "Is it safe to take antihistamines that are a few months past their expiry date?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "417 283 9657": nhs_ok,  # NHS number
    "602 519 3746": nhs_ok,
    "948 302 7160": nhs_ok,
    "384172908": bsn_ok,  # Dutch BSN
    "92041706829": pesel_ok,  # Polish PESEL
    "618.274.093-04": cpf_ok,  # Brazilian CPF
    "5820 7314 9624": aadhaar_ok,  # Indian Aadhaar
    "T0418273H": nric_ok,  # Singapore NRIC
    "890623-3187": luhn_len(10),  # Swedish personnummer
    "046 381 927": luhn_len(9),  # Canadian SIN
    "712 849 358": tfn_ok,  # Australian tax file number
    "3817 29468 1": medicare_ok,  # Australian Medicare card
    "53918274H": dni_ok,  # Spanish DNI
    "Y4817302N": dni_ok,  # Spanish NIE
    "RSSGLI88D52L219I": codice_fiscale_ok,  # Italian codice fiscale
    "220791-318K": hetu_ok,  # Finnish henkilötunnus
    "38471029510": kimlik_ok,  # Turkish kimlik
    "950214-2073185": rrn_ok,  # Korean resident registration number
    "3918 4720 6186": my_number_ok,  # Japanese My Number
    "8172639M": pps_ok,  # Irish PPS number
    "2 87 06 75 118 042 20": nir_ok,  # French NIR
    "85.07.30-214.41": belgian_id_ok,  # Belgian national number
    "12038947395": fodselsnummer_ok,  # Norwegian fødselsnummer
    "248159372": nif_ok,  # Portuguese NIF
    "2901126402814": cnp_ok,  # Romanian CNP
    "16.482.731-3": rut_ok,  # Chilean RUT
    "48809152711": isikukood_ok,  # Estonian isikukood
    "120593-2779": kennitala_ok,  # Icelandic kennitala
    "925817/3188": rodne_cislo_ok,  # Czech rodné číslo
    "3148276506": rnokpp_ok,  # Ukrainian RNOKPP
    "47193820654": steuer_id_ok,  # German tax id
    "KRT4828": nhi_ok,  # New Zealand NHI
    "320106198804173623": china_id_ok,  # Chinese resident identity number
    "9307155812084": luhn_len(13),  # South African id
    "314827569": luhn_len(9),  # Israeli teudat zehut
    "17058804927": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany, Sweden), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"\+44 ?7700 ?900 ?\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0(117|161) 496 0\d{3}",  # Bristol and Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-?555-?01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"070-174 06 \d{2}",  # Sweden, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{8}",  # Netherlands mobile
        r"02[0-9] \d{3} \d{4}",  # Ghana mobile
        r"\+(30|34|36|39|48|51|52|64|84|86|91|234|254|971) [\d -]+\d",  # no fiction range known
    )
]

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def check_records() -> None:
    """Each record names one person and holds one to four other values, in 4 to 60 words
    (a text in a script written without spaces may have fewer words if long enough)."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        plain = strip_marks(marked)[0]
        words = len(plain.split())
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        persons = {s["value"] for s in spans if s["type"] == "PERSON"}
        short_ok = CJK.search(plain) is not None and len(plain) >= 20
        if words > RECORD_WORDS[1] or (words < RECORD_WORDS[0] and not short_ok):
            raise SystemExit(f"records: {words} words in {marked[:60]!r}")
        if len(persons) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(persons)} names, {len(others)} values in {marked[:60]!r}"
            )


def check_mix() -> None:
    """The chat requests mostly name people and often carry a secret; the records cover
    every kind of value."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 20:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    wanted = {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    }  # fmt: skip
    if kinds != wanted:
        raise SystemExit(f"missing types: {sorted(wanted - kinds)}")


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
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_records()
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind76", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
