# ruff: noqa: E501
"""A twentieth blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind17.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 90 short texts (5 to 30 words) about one invented private person each, the way people
  type to a chatbot or as rows of a small synthetic PII list: whereabouts, health, mood,
  habits, plans, money, family, work, introductions, reminders and requests to contact
  someone. 45 carry a name as their only identifier (20 of them with no cue word at all:
  no relation word, greeting or title), 45 a name and one more identifier (phone, e-mail,
  address, card, IBAN, SSN, national id, username, IP or password). Names come from more
  than 35 countries; about ten are given names that are also English words (Brooke,
  Hunter, Dakota, Georgia, Mercy, Sunny, Heather, Cliff, Savannah, Reed, Precious); the
  first 20 are typed all in lower case with chat shorthand;
* 60 chat requests (30 to 140 words) about private people in more than 20 situations
  (house-sitting, a family reunion, an elderly relative's pills, a builder who vanished, a
  best-man speech, carpools, a loan between friends, references, visa invitations, moving
  day, a fundraiser, band rehearsals, a tabletop game, a lost cat, a climbing fall, tutoring,
  a temple kitchen rota, an inheritance, a shared streaming login, a break-up, a tenancy
  deposit, a babysitter, locked-out e-mail, a fantasy league, an Airbnb check-in, a
  hackathon, a care home, a death notice, a car sale, onboarding, a Discord ban, ...), about
  half without a cue word; 12 mention a secret (PIN, alarm, gate or key-box code, wifi key,
  login, recovery code, seed phrase) or a username or handle in passing, some with no
  keyword such as "password";
* 70 pasted materials to summarise, fix, convert or translate: e-mails with signatures,
  Slack, Teams, WhatsApp and Discord exports, CSV, JSON, YAML, SQL, vCard and iCalendar
  rows, sshd, nginx, Postgres, Windows and application logs with usernames and IPs, a
  .env file, tickets, forms, letters, a referral, minutes, an invoice, a payslip, labels;
  the last 15 in Spanish, French, German, Italian, Portuguese, Dutch, Polish, Turkish,
  Indonesian and Vietnamese (names inflected by their language are marked as written).

Usernames, handles, logins, account, customer, member, patient, employee, passport and
licence numbers and national ids are labelled ID_NUMBER; PINs, door, gate and key-box
codes, wifi keys, passphrases, recovery codes and passwords PASSWORD; titles (Mr, Ms, Dr,
Prof., Grandma, Auntie, Herr, Madame, Pan, Pak, Chị, Exmo. Sr.) and honorifics after a
name (the Turkish Hanim) stay outside PERSON spans; an address span runs from the street line through
the postcode and city as typed; dates of birth, order, invoice, ticket and policy numbers,
public figures, companies and fictional characters are not labelled; every occurrence of a
private value is marked. The 100 clean texts are 25 writing, role-play (some as a famous
person) and reasoning prompts in the style of MT-Bench and Vicuna, 20 grade-school word
problems with fictional first names, 20 multiple-choice exam items (law, medicine,
biology, history), 15 general health and hospital questions and 20 everyday and technical
questions naming public figures, eponyms, brands, teams, bands, places or code with
placeholders. All values are invented: phones from ranges kept for fiction (UK 07700 900,
020 7946 0, 0113/0118/0131/0141 496 0; North America 555-01xx; Australia 0491 570;
Sweden 070-174 06; France 01 99 00 and 06 39 98; Germany 030 23125, 040 66969,
089 99998), cards Luhn-valid and not well-known test numbers, IBANs valid mod 97 and not
documentation examples, national ids with valid check digits where the format has one
(Swedish personnummer, Finnish henkilötunnus, Norwegian fødselsnummer, Dutch BSN, Polish
PESEL, Turkish kimlik, Brazilian CPF, Spanish DNI, French NIR, Italian codice fiscale,
Portuguese NIF, Belgian national number, South African id, Indian Aadhaar, Canadian SIN,
NHS number), IPs from documentation ranges.

Run ``.venv/bin/python bench/data/build_blind20.py`` from the repository root; the output is
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
    belgian_id_ok,
    bsn_ok,
    check_national_ids,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nif_ok,
    nir_ok,
    pesel_ok,
    word_count,
)
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_SHORT = 20
MIN_CHARS = 15
MAX_WORDS = 300
SHORT_WORDS = (5, 30)
CHAT_WORDS = (30, 140)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Grandma|Grandpa|Auntie|Uncle|Herr|Frau|Madame|Monsieur|Mme|Pan|Pani|Pak|Bu|Ibu|Chị|Em|Exmo|Sr|Sra|Hanım)\.?\s",
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 90 short texts about one private person each: the first 20 all in lower case.
SHORT = [
    # all lower case, chat shorthand
    "is [[PERSON|tomasz]] still off sick or is he back tmrw? need to know for the rota",
    "ngl [[PERSON|ayesha]]'s been really quiet since the move, should i say smth or give her space",
    "can u remind me to call [[PERSON|bongani]] abt the car on friday",
    "my sis [[PERSON|ngozi]] keeps borrowing money n never pays back, how do i bring it up without a fight",
    "whats the best way to cheer up [[PERSON|kenji]] after he failed his driving test lol",
    "hey is [[PERSON|inês]] coming 2 the bbq sat or did she bail again",
    "pls text [[PERSON|mateus]] on [[PHONE_NUMBER|020 7946 0538]] n tell him the match moved to 7",
    "whats [[PERSON|oksana]]'s new email again, is it [[EMAIL_ADDRESS|oksana.lytvyn@hromada-mail.net]] or did she change it",
    "lol [[PERSON|rashid]] forgot his card pin again, its [[PASSWORD|8326]] i think, can u keep it somewhere safe",
    "idk if [[PERSON|fenna]] is allergic to nuts, shes coming for dinner sat",
    "my bf [[PERSON|arjun]] got a parking ticket outside [[STREET_ADDRESS|14 elm crescent, leeds ls6 2qt]], can he appeal it",
    "[[PERSON|siosaia]]'s flight lands at 6am tmrw, someone needs to pick him up n i cant",
    "can u send the rent to [[PERSON|kalle]]'s iban [[IBAN_CODE|de26 6594 1918 9288 0608 91]] before fri",
    "ok so [[PERSON|freya]] says shes pregnant?? like actually?? idk what to even say",
    "whens [[PERSON|lucía]]'s bday thing again, was it the 12th or the 14th",
    "my cousin [[PERSON|deshawn]] texted me his ssn [[US_SSN|132-44-3211]] by accident, should i tell him to freeze his credit",
    "remind me to pay [[PERSON|aroha]] back 40 bucks for the concert tix",
    "does anyone know if [[PERSON|pedro]] still goes by [[ID_NUMBER|pedro_skates99]] on insta",
    "my aunt [[PERSON|wanjiru]] keeps forwarding fake news on whatsapp, how do i make her stop w/o being rude",
    "hi im [[PERSON|sebastián]], new here, can u help me plan 5 days in cusco on a budget",
    # name only, no cue word
    "Is [[PERSON|Ingrid Solheim]] back from her hiking trip yet? The group chat has gone silent.",
    "Where would [[PERSON|Dawit]] have left the spare car keys before he flew out?",
    "[[PERSON|Brooke]] has been coughing for two weeks straight and refuses to get it checked.",
    "Should I lend [[PERSON|Hamid Karimi]] another 300 euros, or is that a bad idea?",
    "How do I talk to [[PERSON|Valentina]] about her drinking without it turning into a fight?",
    "[[PERSON|Hunter Boyd]] is moving to Darwin next month and wants to know what rent costs there.",
    "Remind me that [[PERSON|Nguyễn Thị Lan]] arrives Thursday at noon and needs a lift from the station.",
    "[[PERSON|Émilie Charbonneau]] quit the bakery and now sells hand-poured candles online. Is that a risky move?",
    "Is it weird that [[PERSON|Dakota]] still hasn't replied since the funeral?",
    "[[PERSON|Georgia Pappas]] is on insulin twice a day now; what should we cook when she visits?",
    "[[PERSON|Rustam]] hasn't paid his share of the electricity for three months and keeps dodging me.",
    # name only, with a cue
    "My mother-in-law, [[PERSON|Gunnhildur]], insists on sleeping with the window open in January. Is that risky at 81?",
    "This is [[PERSON|Kwame Asante]], I booked through your page yesterday and never got a confirmation.",
    "Hi, I'm [[PERSON|Zsófia]]. I need a study plan for the medical entrance exam in four months.",
    "Fix the grammar: Dear Mr [[PERSON|Haddad]], thank you for fixed the boiler so quick on Sunday.",
    "My grandfather [[PERSON|Jaroslav]] keeps forgetting whether he already took his blood pressure pills.",
    "Our neighbour [[PERSON|Mercy Chikwanha]] parks across our driveway every Sunday; how do I raise it kindly?",
    "Dr [[PERSON|Aksoy]] says my son needs grommets. How long is recovery usually?",
    "My boyfriend [[PERSON|Lachlan]] wants to quit uni and start an electrical apprenticeship. Should I be worried?",
    "My son [[PERSON|Yerlan]] has a fever of 39.2 and refuses to drink anything. When do we go to the ER?",
    "Ms [[PERSON|Sunny Park]] from the leasing office says the lift will be out until Friday. Can they do that?",
    "Hello, this is [[PERSON|Ravindu]] from flat 3. Is the parcel room open on Sundays?",
    "My wife [[PERSON|Losana]] just started night shifts and we barely see each other. Any tips?",
    "I'm [[PERSON|Batbayar]], I run a small dumpling stall and want my menu written in proper English.",
    "Our nanny [[PERSON|Heather]] is away for two weeks in July. How do I find reliable cover?",
    "Prof. [[PERSON|Ileana Dumitrescu]] wants my thesis draft by Monday and I've barely started the methods chapter.",
    "My brother [[PERSON|Cliff]] swears he saw a cougar behind the cabin last night. Should we be worried?",
    "Tell my roommate [[PERSON|Savannah]] the landlord is coming at 10 tomorrow to check the smoke alarms.",
    "Grandma [[PERSON|Soledad]] is 88 and wants to fly alone to Santiago. Is that safe?",
    "Hey, my friend [[PERSON|Aziz Benali]] just had his visa refused. What can he do next?",
    "My stepdad [[PERSON|Reed]] won't see anyone about his chest pain. How do I push him?",
    "My niece [[PERSON|Putri Anggraini]] wants to study nursing in Australia. Where should she start?",
    # a name and one more identifier
    "Please call [[PERSON|Imogen Hartley]] on [[PHONE_NUMBER|07700 900247]] and tell her the vet has the results.",
    "Save this contact: [[PERSON|Teodor Babić]], [[PHONE_NUMBER|(312) 555-0186]], he's fixing the radiators next week.",
    "Remind me to ring [[PERSON|Sigrid Åkesson]] at [[PHONE_NUMBER|070-174 06 52]] about the sofa she's selling.",
    "Text [[PERSON|Malakai Tupou]] at [[PHONE_NUMBER|0491 570 318]] that the boat leaves at five, not six.",
    "[[PERSON|Annika Brandt]] left her number, [[PHONE_NUMBER|030 23125 447]], in case the dog gets out again.",
    "What time is it where [[PERSON|Léa Fontaine]] lives? She gave me [[PHONE_NUMBER|06 39 98 41 27]] and I don't want to wake her.",
    "Forward the flyer to [[PERSON|Catalina Restrepo]] at [[EMAIL_ADDRESS|cata.restrepo@mercadoverde.co]], she's organising the street fair.",
    "Is [[EMAIL_ADDRESS|oisin.mcgrath@glenfinn-mail.ie]] a real address? [[PERSON|Oisín McGrath]] scribbled it on a napkin at the market.",
    "Add [[PERSON|Jovana Petrović]], [[EMAIL_ADDRESS|jovana.petrovic@postakrug.rs]], to the choir mailing list.",
    "Send the quote to [[PERSON|Amani Juma]] at [[EMAIL_ADDRESS|amani.j@kilele-studio.co.tz]]; he wants it in shillings.",
    "[[PERSON|Lior Ben-Ami]] wrote from [[EMAIL_ADDRESS|lior.benami@shaked-net.co.il]] asking for a refund. Does that look like a scam?",
    "Reply to [[PERSON|Aigerim Sadykova]] ([[EMAIL_ADDRESS|aigerim.sadykova@dalamail.kz]]) that her bike is repaired and ready.",
    "Ship the parcel to [[PERSON|Fergus Campbell]], [[STREET_ADDRESS|22 Marchmont Crescent, Edinburgh EH9 1HG]], before Friday.",
    "[[PERSON|Jörg Hellmann]] moved to [[STREET_ADDRESS|Lindenstraße 14, 70563 Stuttgart]], can you update my address book?",
    "[[PERSON|Mariam Abdi]] now lives at [[STREET_ADDRESS|318 Cedar Hollow Road, Apt 4B, Columbus, OH 43215]] and wants her old deposit back.",
    "Is [[STREET_ADDRESS|Calle de Toledo 61, 3º B, 28005 Madrid]] near a metro? [[PERSON|Alba Ferrer]] just rented a flat there.",
    "Deliver the flowers to [[PERSON|Ana Lúcia Prado]], [[STREET_ADDRESS|Rua Padre Chagas 215, apto 802, Porto Alegre, 90570-080]].",
    "[[PERSON|Lukas Novak]]'s card [[CREDIT_CARD|4513 1787 7915 1204]] got declined at checkout. What do we tell him?",
    "Charge the deposit to [[PERSON|Hyun-woo]]'s Amex [[CREDIT_CARD|3748 238650 34006]], he said it's fine.",
    "[[PERSON|Precious Dlamini]] paid with [[CREDIT_CARD|5394 0641 3556 6411]]; can you check whether the refund went through?",
    "Why does the form keep rejecting [[PERSON|Tavita Leota]]'s card [[CREDIT_CARD|6011201764736540]]?",
    "Pay [[PERSON|Agnieszka Wróbel]] back via [[IBAN_CODE|PL85 7094 2260 0406 9400 6223 3055]] for the train tickets.",
    "[[PERSON|Wouter de Smet]] gave me [[IBAN_CODE|BE65 2857 1893 5197]] for the rent split. Does that look complete?",
    "Transfer 250 francs to [[PERSON|Matthias Gerber]], IBAN [[IBAN_CODE|CH54 0657 0943 6184 1899 2]], for the skis.",
    "Is [[IBAN_CODE|IE08 AIBK 2037 8635 8799 15]] a valid IBAN? It's for [[PERSON|Niamh Doherty]]'s fundraiser.",
    "[[PERSON|Marcus Bell]] put his SSN, [[US_SSN|553-44-7457]], on the lease form. Is it okay to email that form?",
    "[[PERSON|Rosa Delgado]]'s social is [[US_SSN|388-85-4063]] and the clinic needs it by Friday.",
    "Is [[ID_NUMBER|930714-9642]] the right format for [[PERSON|Elin Bergström]]'s personnummer?",
    "[[PERSON|Pieter Mulder]]'s BSN is [[ID_NUMBER|332150495]]; can you check whether it's a valid number?",
    "[[PERSON|Kemal Yıldırım]] needs to enter his kimlik number [[ID_NUMBER|62405116960]] on the tax site. Where does it go?",
    "Is PESEL [[ID_NUMBER|99112802936]] enough to book [[PERSON|Bartosz Zieliński]] into the clinic?",
    "Put [[PERSON|Thiago Ramos Lima]], CPF [[ID_NUMBER|325.560.784-13]], down as the second driver.",
    "[[PERSON|Meera Raghavan]]'s Aadhaar is [[ID_NUMBER|5548 7128 1469]]. Does the bank need a photocopy as well?",
    "Block the account [[ID_NUMBER|kirra.b_88]], [[PERSON|Kirra Bancroft]] says someone stole her login.",
    "[[PERSON|Olumide Bakare]] keeps getting locked out as [[ID_NUMBER|obakare]] on the staff portal.",
    "[[PERSON|Farida Nasser]]'s laptop shows [[IP_ADDRESS|198.51.100.77]] but she still can't reach the printer.",
    "[[PERSON|Sven Halvorsen]] logged in from [[IP_ADDRESS|203.0.113.41]] at 3am. Was that really him?",
    "[[PERSON|Jonas Petraitis]] wrote his wifi key [[PASSWORD|Saulėgrąža!22]] on the fridge. Is that a dumb idea?",
]

# 60 chat requests about private people; 12 mention a secret or a handle in passing.
CHAT = [
    "I'm away from the 3rd to the 10th and [[PERSON|Ruairí Brennan]] is looking after the house. Can you turn these notes into a tidy one-page sheet to stick on the fridge? Bins go out Tuesday night, recycling alternate weeks. The alarm is [[PASSWORD|0519]] then the tick button, within 30 seconds of opening the back door. Tomato plants need watering every evening unless it rains, and the cat gets half a pouch morning and night, never more.",
    "My cousin [[PERSON|Tendai Moyo]] and I are organising a family reunion in Bulawayo for about 60 people over the Easter weekend. Half are flying in from the UK and South Africa. Can you help me draft a timeline of what needs booking and when, a message asking everyone for a 20 dollar deposit, and a plan for feeding that many people without one person doing all the cooking? [[PERSON|Tendai]] is handling transport, so leave that out.",
    "[[PERSON|Hélène Marchetti]] is 84 and takes amlodipine, metformin and a low-dose aspirin in the morning, plus something for sleep at night that she can't remember the name of. She has started feeling dizzy when she stands up, mostly around lunchtime. I'm seeing her on Saturday. What questions should I write down for her appointment next week, and is there anything we should watch out for before then?",
    "[[PERSON|Dimitris Kalogeropoulos]] quoted 7,800 euros to retile the bathroom and asked for 40 percent up front. That was five weeks ago. He's been twice, removed the old tiles, and now doesn't answer calls. What are my options in Greece, and can you draft a firm WhatsApp message giving him until the 20th to either come back to work or refund the unused part of the deposit?",
    "I'm the best man at my brother [[PERSON|Callum]]'s wedding in September. He's marrying [[PERSON|Priya Venkatesh]], and they met at a pub quiz when both teams picked the same ridiculous name. [[PERSON|Callum]] once drove four hours to return an umbrella she'd forgotten. I want something around four minutes, funny but not embarrassing, with a short bit at the end addressed to [[PERSON|Priya]]'s parents, who don't speak much English.",
    "Can you make a weekly schedule table out of this? [[PERSON|Marisol]] walks Biscuit on Monday, Wednesday and Friday at noon; [[PERSON|Jakub]] does Tuesday and Thursday at 5. Weekends are mine. The side gate sticks, so lift it as you push, and the lead hangs on the hook behind it. Add a column for notes, because Biscuit has a vet check on the 18th and shouldn't do the long route that week.",
    "Work out a fair carpool rota for the term. [[PERSON|Yusuf Demir]] can drive Mondays and Thursdays, [[PERSON|Kateryna Bondar]] only Wednesdays because of her shift pattern, and [[PERSON|Ngaio Reihana]] any day except Friday. Four kids, one booster seat needed, school starts at 8:35. Petrol money should even out over the month. Lay it out as a table and draft a short message for the group chat.",
    "My friend [[PERSON|Anselm Obi]] borrowed 1,200 pounds in March for his van repairs and promised to pay it back by summer. It's November and he's paid 150. I don't want to lose the friendship but I need the money for my own rent. Can you help me write a message that proposes a realistic monthly plan, maybe 100 a month, without sounding like a debt collector?",
    "Write a recommendation letter for my former student [[PERSON|Aleksandra Nowicka]], who is applying for a master's in marine biology in Bergen. She did her bachelor project with me on microplastics in the Vistula estuary, organised the sampling trips herself and taught two first-years how to use the spectrometer. Her weakness was deadlines in the first year, but she fixed that. Keep it to one page.",
    "Draft an invitation letter for a Schengen visa. [[PERSON|Ahmed Rahman Chowdhury]] will stay with me in Lyon from 2 to 23 May and I'll cover his accommodation and food. He's a civil engineer in Chittagong, married, with a return ticket already booked. My address is [[STREET_ADDRESS|14 rue des Capucins, 69001 Lyon]]. What else should I attach so the consulate doesn't reject it?",
    "My girlfriend [[PERSON|Ifeoma]] and I move flats on Saturday: three bedrooms' worth into a second-floor walk-up with a narrow stairwell. The van is booked from 8 to 2. She has a bad back, so she'll pack and label while I carry. Give me an hour-by-hour plan, a list of what to pack last, and what to do if the sofa won't go round the landing.",
    "Our neighbour [[PERSON|Teuila Faleolo]] needs a hip replacement and the waiting list is 14 months. A few of us want to set up a fundraising page so she can go private. Can you write the page text? She's 67, raised five kids on her own, and still runs the Saturday fruit stall even though she can barely stand. The goal is 18,000. Keep it dignified, she'd hate anything pitiful.",
    "Help me sort out rehearsal times. [[PERSON|Ezra Lindqvist]] can only do evenings after 7, [[PERSON|Maite Goikoetxea]] has her son on Tuesdays and Thursdays, and [[PERSON|Kofi]] works Saturdays. We need two three-hour sessions a week before the gig on the 28th, and the room costs 15 an hour. Suggest a schedule and a fair split of the costs.",
    "Running a one-shot for four players on Friday. [[PERSON|Tamsin]] plays a half-orc bard, [[PERSON|Rohan Mehta]] a cleric who only heals when bribed, and [[PERSON|Ximena]] is new and nervous. The fourth joins from Discord as [[ID_NUMBER|gloomwright#4417]]; I've never met him in person. Can you write an opening scene in a flooded monastery that gives each character a moment to shine in the first twenty minutes?",
    "I host a book club and one member, [[PERSON|Gwendolyn Price]], talks over everyone and usually hasn't read the book. The others have started skipping meetings. How do I handle it next time without humiliating her? We're reading a 600-page novel next, so it's only going to get worse.",
    "Write a lost cat poster. Grey tabby, white socks on the front paws, answers to Pudding, very shy, got out from the back of [[STREET_ADDRESS|9 Alderney Close, Reading RG2 7PQ]] on Sunday night. Contact [[PERSON|Harriet Fenwick]] on [[PHONE_NUMBER|0118 496 0725]], any time. Mention that she's microchipped and please don't chase her.",
    "[[PERSON|Matías Figueroa]] fell about two metres bouldering yesterday and landed on his heel. He can walk, but it's swollen and purple along the side. He refuses to go to the emergency room because of the wait. What signs would mean it's probably a fracture, and what should he do tonight? We're in Valparaíso if that changes anything.",
    "I tutor a 14-year-old, [[PERSON|Bilal Haidari]], in maths twice a week. His mum asked for a progress report. He's strong on algebra now, still panics at word problems, and does much better when he talks his reasoning through out loud. Draft a short, encouraging report with three things to practise before the exam in June.",
    "Put this into a clean rota for the langar kitchen on Sunday: [[PERSON|Harpreet Gill]] and [[PERSON|Manjit Sandhu]] on rotis from 6, [[PERSON|Gurdeep]] on dal, [[PERSON|Simran Kaur Bains]] coordinating the washing-up team, and the teenagers serving from 11. We expect 400 people. Add a row for who locks up, which is still undecided.",
    "My two sisters and I inherited our father's flat in Porto. [[PERSON|Rita Carvalho]] wants to sell, [[PERSON|Joana]] wants to keep renting it out, and I'm in the middle. The tenant pays 900 a month and the flat needs a new roof. Can you lay out the numbers and the options in a neutral way that I can share with both of them before we meet the notary?",
    "My flatmate [[PERSON|Davide Conti]] and I share one streaming account and he keeps switching the profile language to Italian. Write a short note we can both agree on: who pays which month, no logging out the other person's TV, and the login stays [[PASSWORD|gelato-in-the-rain-77]] unless we both agree to change it. Make it sound jokey, not like a contract.",
    "I've been seeing [[PERSON|Noor Al-Hashimi]] for three months and I need to end it. She's lovely, but we want completely different things: she wants to move back to Amman and I'm not leaving my job. Help me work out something kind and clear that I can say in person, not over text. I don't want to give false hope.",
    "A recruiter phoned asking about [[PERSON|Tobias Engström]], who reported to me for two years. He was technically brilliant but missed half our sprint reviews. What am I legally allowed to say in Sweden, and how do I give an honest reference without torpedoing him?",
    "My landlord, [[PERSON|Gideon Asher]], is keeping 600 of my 1,500 deposit for 'professional cleaning' even though I had the flat cleaned and kept the receipts. The tenancy ended on 31 August at [[STREET_ADDRESS|Flat 2, 41 Hazelmere Road, Manchester M20 4LX]]. Help me write a letter disputing it, and tell me how the deposit protection scheme works.",
    "Write a note for our babysitter [[PERSON|Ama Boateng]] for Saturday night. Kids: [[PERSON|Leo]], 6, asthma inhaler in the blue bag; [[PERSON|Mia]], 3, bed by 7:30 with the white noise on. Wifi is Lantern_5G, key [[PASSWORD|kettle-moss-1984]]. Pizza money is on the counter. We'll be back by 11 and both phones will be on.",
    "[[PERSON|Zdenka]] got locked out of her email after switching phones. I wrote down her recovery code when we set it up: [[PASSWORD|7KQ2-M9XD-4HTA-PW8C]]. Walk me through restoring her account step by step over the phone, assuming she's never opened a settings menu and gets flustered if there are more than three steps at once.",
    "Settle an argument. In our fantasy league [[PERSON|Kieran Walsh]] traded two injured players to [[PERSON|Dev Kothari]] an hour before the injury news was public, and [[PERSON|Dev]] now wants the trade reversed. The rules only say trades are final once accepted. Write a neutral ruling as the commissioner and suggest a rule change for next season.",
    "I coach a beginners' running club. [[PERSON|Yasmin Haddou]] ran her first 5k in 41 minutes last week, almost in tears at the end, and now wants to do a half marathon in October. Give me a gentle 20-week plan that won't injure her, and a message to her that celebrates the 5k without making October sound like a done deal.",
    "Rewrite these check-in instructions so a tired traveller can follow them at midnight: key box to the left of the blue door, [[PASSWORD|7311]], then turn the dial, not the handle. The flat is up two flights. If anything goes wrong, message [[PERSON|Ludmila Hrabovská]] on [[PHONE_NUMBER|+44 7700 900582]]; she lives downstairs and doesn't mind being woken.",
    "We're four people for the hackathon this weekend. [[PERSON|Ayodele]] does the backend, [[PERSON|Sun Mei]] the design, and I'm on the frontend. The fourth person, [[ID_NUMBER|frostbyte-jun]] on GitHub, said he'd do the data pipeline but hasn't replied in two days. Write a message asking him to confirm by tonight, and a backup plan that splits his part between the three of us.",
    "Our choir director gave the Christmas solo to [[PERSON|Marguerite Lacroix]] again, fourth year running, and [[PERSON|Thandiwe]], who has a stunning voice, is clearly hurt. I'm not in charge but people listen to me. How could I suggest rotating solos without it sounding like an attack on [[PERSON|Marguerite]]?",
    "My grandad [[PERSON|Eamonn]] moved into a care home last month and he's miserable. He keeps asking when he's going home. I visit on Wednesdays and Sundays. What can I bring or do that actually helps people with early dementia settle in, and should I stop answering the going-home question honestly?",
    "Help me write the notice for the local paper. [[PERSON|Miriama Henare]], 79, of Ōtaki, died peacefully on Tuesday surrounded by her whānau. Wife of the late [[PERSON|Rangi]], mother of five, grandmother of many. Service at the marae on Friday at 11, followed by burial. In lieu of flowers, donations to the hospice.",
    "Selling my 2014 hatchback to [[PERSON|Ciprian Moldovan]] on Thursday for 4,200. He wants to pay half now and half in a month. Is that a bad idea? If I agree, draft a simple written agreement we can both sign that covers what happens if he misses the second payment and who's responsible for the car in the meantime.",
    "We have a new starter on Monday, [[PERSON|Naledi Khumalo]], joining finance. Her login will be [[ID_NUMBER|nkhumalo2]] because [[ID_NUMBER|nkhumalo]] is already taken. Write a friendly welcome email with the first-day steps: collect the laptop from reception, sign in, change the temporary password, set up the authenticator app, and book a 20-minute call with IT.",
    "I moderate a small Discord for a knitting podcast. A user called [[ID_NUMBER|purlqueen_88]] keeps posting links to her shop in every channel despite two warnings. Draft a final warning that explains the self-promo rule, points to the one channel where it's allowed, and says the next time is a one-week mute. Firm but friendly, she's been around since the start.",
    "Can you write a message to the vet practice? Our dog's usual vet, Dr [[PERSON|Kowalski]], is on leave, and the locum prescribed a different painkiller for Juniper. Since then she's been vomiting. Should we stop it? Ask whether Dr [[PERSON|Kowalski]] can phone us back when she's in, and mention the dose was one and a half tablets twice a day.",
    "[[PERSON|Rahel Tesfaye]] volunteered to run the bake sale and has 40 people signed up to bring things, but nobody is doing the float, the card reader or the clean-up. Write a cheerful sign-up message for those three jobs and a checklist she can use on the day, including allergen labels.",
    "The man on the plot next to mine, [[PERSON|Desmond Achterberg]], keeps letting his bindweed grow through the fence into my beds. I've mentioned it twice. The allotment society has a committee but I'd rather sort it between us. Draft a note I can leave in his shed, polite but clear that I'll raise it with the committee next month.",
    "[[PERSON|Trần Văn Hải]] has a cardiology appointment on the 9th and doesn't speak enough English to follow the consultant. What's the usual way to request a hospital interpreter in the NHS, how far in advance should we ask, and can you draft the request for us?",
    "Write a short authorisation note letting [[PERSON|Obiageli Nwankwo]] collect my prescription from the pharmacy on Friday, because I'm stuck at home after surgery. They want her full name, my date of birth, 14/03/1979, and my signature. Keep it formal enough that they don't turn her away.",
    "My dad [[PERSON|Valdemar]] just told me he gave his card PIN, [[PASSWORD|6042]], to a man who phoned saying he was from the bank. The card is still in his wallet. What do I do right now, in what order, and how do I explain it to him without making him feel stupid? He's 79 and very proud.",
    "Split the chores for our flat of four into a fair weekly rotation: [[PERSON|Sakura Inoue]], [[PERSON|Idris Balogun]], [[PERSON|Maëlle]] and me. [[PERSON|Idris]] works nights so he can't hoover before noon, [[PERSON|Maëlle]] is away every other weekend, and [[PERSON|Sakura]] hates bathrooms but will happily do all the kitchen cleaning. Output it as a four-week table.",
    "Seat 48 guests at six tables for my sister's wedding. Constraints: [[PERSON|Lorcan]] and [[PERSON|Sadhbh]] divorced last year and can't sit near each other; Auntie [[PERSON|Pepa]] must be near the exit because of her wheelchair; the groom's rugby friends need to be spread out so they don't take over one corner. Give me a strategy rather than a full chart.",
    "Our neighbour [[PERSON|Bartholomew Osei]] has had seven parcels delivered to our door this month while he's working offshore, and they're piling up in our tiny hallway. He's lovely, I just don't have room. Draft a message asking him to switch to a locker or a pickup point until he's back on land.",
    "My daughter wants a sleepover for her 10th birthday. Write an invitation text for the other parents: Saturday 6pm to Sunday 10am, pizza and a film, bring a sleeping bag and a pillow. RSVP to me or to her dad, [[PERSON|Tomás Ó Briain]], on [[PHONE_NUMBER|07700 900613]].",
    "[[PERSON|Rafferty]] lent his gaming account to someone at school and now it's been banned for cheating he didn't do. What can he put in an appeal to the support team, and how do we explain that sharing logins breaks the terms anyway? He's 13 and devastated, and he saved for two years for the skins on it.",
    "My mother [[PERSON|Parveen Akhtar]] is moving in with us after her fall. We're turning the dining room into a bedroom. What needs changing for someone who uses a walking frame: rugs, bathroom rails, lighting, bed height? And what support can we ask the council for in Birmingham?",
    "[[PERSON|Ottilie Grünewald]] commissioned three illustrations in June, approved them all, and hasn't paid the 1,850 invoice despite two reminders. Her last email said 'next week' three weeks ago. Write a final reminder that mentions late-payment interest and sets a date, without burning the bridge, since she has sent me good work before.",
    "One of my team, [[PERSON|Rangi Parata]], has been off with stress for three weeks and his return-to-work meeting is on Monday. How should I run it? I want him to feel supported, but the others have been covering his clients and I need to know when he can take them back.",
    "[[PERSON|Hendrik Vos]] died in March and his son found a notebook with twelve words in it: [[PASSWORD|orbit lemon shadow cradle mint pilot eleven harbor fossil drum velvet onion]]. Is that the key to a crypto wallet, and how would the family safely check what's in it without getting scammed?",
    "Plan a four-day cycling route from Ghent to Amsterdam for [[PERSON|Femi Okafor]] and me, about 70 km a day on quiet roads, staying at campsites or cheap guesthouses. [[PERSON|Femi]] has a dodgy knee, so avoid long climbs, and we both want one rest afternoon somewhere with a good market.",
    "Hi! I'm [[PERSON|Anh Thư]] from Đà Nẵng, starting a nursing degree in Adelaide in February. Can I work more than 48 hours a fortnight during the summer break, and does my part-time job at a bakery count as relevant experience for my clinical placements?",
    "My partner [[PERSON|Baptiste Lemaire]] and I are buying a flat together, but we're not married. He's putting in 60,000 and I'm putting in 25,000. How do we protect his bigger share if we split up? Explain a declaration of trust in plain English and roughly what it would cost.",
    "Write a short thank-you for my graduation speech to my mentor [[PERSON|Sunita Bhattarai]], who got me an internship when I had no connections and read every draft of my dissertation at midnight. Also thank my parents, without naming them, and keep the whole thing under a minute.",
    "Write clear delivery instructions to paste into the courier app: farmhouse at the end of the gravel track past the second cattle grid, gate [[PASSWORD|1966*]], leave parcels in the green box by the woodshed, not at the house. If stuck, ring [[PERSON|Wilhelmina Crabtree]] on [[PHONE_NUMBER|0131 496 0874]]; the dogs are loud but friendly.",
    "My manager [[PERSON|Ingeborg Lund]] keeps scheduling meetings at 8am even though I've told her I do the school run. HR says flexible working requests have to be written. Draft one that proposes starting at 9:30 and finishing at 6, and mentions that I've been on time with every deliverable for two years.",
    "[[PERSON|Kalani]] left his phone at my place and it keeps ringing. He asked me to read out any messages from the garage about his car, but I'd rather not go through his stuff. Is there a way to see only those notifications, or should I just take it round to him tonight?",
    "[[PERSON|Pilar Echeverría]] in Valencia wants to swap apartments with us for three weeks in August. She has two cats that would stay behind. What should we agree in writing beforehand: utilities, damage, plants, the cats, keys? Draft a friendly but thorough agreement.",
    "My girlfriend [[PERSON|Yael Dahan]] turns 30 next month and hates surprises but loves being planned for. She's into ceramics, bouldering and bad karaoke. Budget is 300. Suggest three full-day plans in Tel Aviv that she'd actually enjoy, with rough costs.",
]

# 55 pasted texts in English to summarise, fix, convert or answer.
PASTED = [
    "Summarise this email in two sentences for the residents' noticeboard:\n\nHi all,\n\nQuick update on the loft conversion at number 12. Scaffolding goes up on Monday the 4th and the skip arrives on Tuesday, so please keep the shared driveway clear both mornings. Building control is booked for the 19th. Noise should stop by 5pm each day.\n\nAny questions, give me a ring.\n\nCheers,\n[[PERSON|Gavin Threlfall]]\nSite Manager, Northgate Lofts Ltd\nM: [[PHONE_NUMBER|07700 900931]]\nE: [[EMAIL_ADDRESS|g.threlfall@northgatelofts.co.uk]]",
    "Pull the action items out of this Slack thread:\n\n[09:14] [[PERSON|Shruti Deshpande]]: did anyone check why the nightly export failed?\n[09:16] [[PERSON|Mateo Ruiz]]: looking now, the disk on reports-02 filled up again\n[09:17] [[PERSON|Shruti Deshpande]]: can we rotate the logs properly this time\n[09:21] [[PERSON|Mateo Ruiz]]: yep, adding logrotate today. @[[ID_NUMBER|hanne.j]] can you bump the volume to 200G?\n[09:40] [[PERSON|Hanne Jensen]]: done, resized and remounted\n[09:41] [[PERSON|Shruti Deshpande]]: thanks both, I'll write the postmortem by Friday",
    "Remove the duplicate rows from this CSV and sort it by last name:\n\nfirst_name,last_name,email,mobile\n[[PERSON|Oluwaseun]],[[PERSON|Adebisi]],[[EMAIL_ADDRESS|seun.adebisi@kestrelpost.com]],[[PHONE_NUMBER|+44 7700 900114]]\n[[PERSON|Marta]],[[PERSON|Lindgren]],[[EMAIL_ADDRESS|marta.lindgren@fjallmail.se]],[[PHONE_NUMBER|+46 70 174 06 38]]\n[[PERSON|Oluwaseun]],[[PERSON|Adebisi]],[[EMAIL_ADDRESS|seun.adebisi@kestrelpost.com]],[[PHONE_NUMBER|+44 7700 900114]]\n[[PERSON|Rhys]],[[PERSON|Pritchard]],[[EMAIL_ADDRESS|rhys.p@cwmbran-net.co.uk]],[[PHONE_NUMBER|+44 7700 900852]]",
    'Why does this JSON fail validation? "phone" should be a string.\n{\n  "customer_id": "[[ID_NUMBER|C-0092617]]",\n  "full_name": "[[PERSON|Ikaika Kahananui]]",\n  "email": "[[EMAIL_ADDRESS|ikaika.k@mokupuni-mail.com]]",\n  "phone": [[PHONE_NUMBER|8085550142]],\n  "newsletter": true\n}',
    'Convert this on-call YAML into a Markdown table:\n\noncall:\n  - week: 23\n    name: [[PERSON|Bogdan Ionescu]]\n    phone: "[[PHONE_NUMBER|+44 20 7946 0213]]"\n    backup: [[PERSON|Keisha Morgan]]\n  - week: 24\n    name: [[PERSON|Keisha Morgan]]\n    phone: "[[PHONE_NUMBER|+44 20 7946 0487]]"\n    backup: [[PERSON|Ahmad Zaheer]]\n  - week: 25\n    name: [[PERSON|Ahmad Zaheer]]\n    phone: "[[PHONE_NUMBER|+44 20 7946 0659]]"\n    backup: [[PERSON|Bogdan Ionescu]]',
    "Is this a brute-force attempt or just someone mistyping? From auth.log:\nMar  3 02:11:07 web1 sshd[22817]: Failed password for [[ID_NUMBER|mkarlsson]] from [[IP_ADDRESS|192.0.2.148]] port 51022 ssh2\nMar  3 02:11:12 web1 sshd[22817]: Failed password for [[ID_NUMBER|mkarlsson]] from [[IP_ADDRESS|192.0.2.148]] port 51022 ssh2\nMar  3 02:11:19 web1 sshd[22817]: Accepted password for [[ID_NUMBER|mkarlsson]] from [[IP_ADDRESS|192.0.2.148]] port 51022 ssh2\nMar  3 02:14:40 web1 sshd[22901]: Accepted publickey for [[ID_NUMBER|tobiah.r]] from [[IP_ADDRESS|203.0.113.9]] port 60114 ssh2",
    'Which of these requests returned errors, and who made them?\n[[IP_ADDRESS|198.51.100.203]] - [[ID_NUMBER|ewa.sobczak]] [12/Feb/2025:08:02:44 +0100] "GET /invoices/2025/02 HTTP/1.1" 200 4412\n[[IP_ADDRESS|198.51.100.203]] - [[ID_NUMBER|ewa.sobczak]] [12/Feb/2025:08:02:51 +0100] "GET /invoices/2025/02/export.csv HTTP/1.1" 500 0\n[[IP_ADDRESS|2001:db8:4f2a::17]] - [[ID_NUMBER|dmuller]] [12/Feb/2025:08:03:10 +0100] "POST /login HTTP/1.1" 401 73',
    "Explain this log and how to fix the bug:\n2025-04-08T14:22:31Z ERROR billing.worker Failed to charge subscription for user [[EMAIL_ADDRESS|quentin.abara@lumenpost.fr]] (id=[[ID_NUMBER|u_77120943]]): KeyError: 'postal_code'\n  File \"billing/charge.py\", line 88, in charge\n    zip_code = profile['postal_code']\n2025-04-08T14:22:31Z WARN billing.worker retry 3/5 scheduled in 300s",
    "Draft a reply to this ticket:\n\nTicket #48213 | Priority: High\nFrom: [[PERSON|Soraya Mansouri]] <[[EMAIL_ADDRESS|soraya.mansouri@cedrus-design.com]]>\nAccount: [[ID_NUMBER|ACC-559031]]\nSubject: Charged twice for annual plan\n\nHello, my card was charged twice on 2 June for the annual plan (189.00 each time). Please refund one of them. I have attached both bank lines.\n\n[[PERSON|Soraya]]",
    "Fix the tone of this letter, it's too aggressive:\n\n[[PERSON|Darius Mehrabi]]\n[[STREET_ADDRESS|Flat 5, 88 Kingsland Road, London E2 8DP]]\n\nDear Ms [[PERSON|Fairbairn]],\n\nFor the fourth time, the extractor fan in my bathroom does not work and there is black mould on the ceiling. You promised in March it would be fixed. If it isn't fixed in 14 days I will report you to the council and stop paying rent.\n\n[[PERSON|Darius Mehrabi]]",
    "Explain this referral letter to me in plain English, it's about my mum:\n\nRe: [[PERSON|Concepción Vidal Ortega]], NHS no. [[ID_NUMBER|421 754 9946]]\n\nDear colleague,\n\nThank you for seeing this 72-year-old lady with a six-week history of exertional breathlessness and bilateral ankle oedema. ECG shows atrial fibrillation, rate 110. BNP raised. I have started bisoprolol 2.5 mg and apixaban 5 mg bd. I would be grateful for an echocardiogram and your opinion on rate versus rhythm control.\n\nYours sincerely,\nDr [[PERSON|Alasdair Munro]]\nThe Elms Surgery",
    "Turn these minutes into a short email for the people who missed the meeting:\n\nAllotment Society committee, 14 May\nPresent: [[PERSON|Bernadette Quigley]] (chair), [[PERSON|Hamza Siddiqui]], [[PERSON|Olwen Price]], [[PERSON|Tadeusz Mazur]]\nApologies: [[PERSON|Greta Lindholm]]\n1. Water troughs: [[PERSON|Hamza]] to get quotes for two new troughs by June.\n2. Plot 17 vacant; offer it to the next on the waiting list.\n3. Open day 21 June: [[PERSON|Olwen]] to do posters, [[PERSON|Tadeusz]] the barbecue.\n4. Subs stay at 35 per full plot.",
    "Check the maths on this invoice before I send it:\n\nINVOICE 2025-031\n[[PERSON|Noémie Brassard]] - Illustration & Lettering\n[[STREET_ADDRESS|27 rue Sainte-Catherine, 33000 Bordeaux]]\n\nBill to: Harbour Light Press\n\n3 x chapter illustrations @ 420 = 1,260\n1 x cover lettering @ 380 = 380\nTotal: 1,540 EUR\n\nPayment within 30 days to IBAN [[IBAN_CODE|FR87 7362 7566 1204 8399 3858 756]]",
    "Reformat this application into a neat summary for the hiring panel:\n\nName: [[PERSON|Efua Mensah-Bonsu]]\nEmail: [[EMAIL_ADDRESS|efua.mb@korlemail.com]]\nPhone: [[PHONE_NUMBER|(617) 555-0173]]\nAddress: [[STREET_ADDRESS|52 Wendell Street, Apt 3, Cambridge, MA 02138]]\nRole: Laboratory technician (maternity cover)\nExperience: 4 years PCR and sample prep at a teaching hospital in Kumasi; 1 year at a university biobank\nAvailable from: 1 September",
    "Why won't my phone import this contact?\nBEGIN:VCARD\nVERSION:3.0\nN:[[PERSON|Szabó]];[[PERSON|Levente]];;;\nFN:[[PERSON|Levente Szabó]]\nTEL;TYPE=CELL:[[PHONE_NUMBER|+1 416 555 0167]]\nEMAIL:[[EMAIL_ADDRESS|levente.szabo@dunakanyar.hu]]\nEND:VCARD",
    "Shorten this calendar invite into one line for my to-do app:\nBEGIN:VEVENT\nSUMMARY:Viewing - 2 bed flat\nDTSTART:20250611T173000\nLOCATION:[[STREET_ADDRESS|14 Wharfside Mews, Bristol BS1 6XN]]\nORGANIZER;CN=[[PERSON|Kit Ashworth]]:mailto:[[EMAIL_ADDRESS|kit.ashworth@harbourlets.co.uk]]\nATTENDEE;CN=[[PERSON|Rosalind Ezeh]]:mailto:[[EMAIL_ADDRESS|ros.ezeh@fernpost.com]]\nEND:VEVENT",
    "Who agreed to bring what? WhatsApp export:\n[18/07, 19:02] [[PERSON|Maja Kovač]]: ok so picnic sunday at the lake, who's bringing what\n[18/07, 19:05] [[PERSON|Luka Horvat]]: I'll do the grill and charcoal\n[18/07, 19:06] [[PERSON|Ivana]]: salads from me\n[18/07, 19:10] [[PERSON|Maja Kovač]]: [[PERSON|Luka]] can you also pick up [[PERSON|Dora]] from [[STREET_ADDRESS|Ilica 148, 10000 Zagreb]]?\n[18/07, 19:11] [[PERSON|Luka Horvat]]: yep, 11:30\n[18/07, 19:14] [[PERSON|Ivana]]: someone bring a speaker pls",
    "Fix the syntax error in this SQL:\nINSERT INTO members (member_no, full_name, email, phone, joined)\nVALUES\n  ('[[ID_NUMBER|M-30418]]', '[[PERSON|Caoimhe Gallagher]]', '[[EMAIL_ADDRESS|caoimhe.g@tolkamail.ie]]', '[[PHONE_NUMBER|07700 900376]]', '2024-09-02'),\n  ('[[ID_NUMBER|M-30419]]', '[[PERSON|Yonatan Peretz]]', '[[EMAIL_ADDRESS|yoni.peretz@galgal-mail.co.il]]', '[[PHONE_NUMBER|07700 900529]]', '2024-09-02')\n  ('[[ID_NUMBER|M-30420]]', '[[PERSON|Adaeze Nnaji]]', '[[EMAIL_ADDRESS|adaeze.nnaji@obodo-post.ng]]', '[[PHONE_NUMBER|07700 900805]]', '2024-09-03');",
    "Add a column for t-shirt size to this table and keep the formatting:\n| Volunteer | Shift | Contact |\n|---|---|---|\n| [[PERSON|Imani Okoro]] | Registration 8-11 | [[PHONE_NUMBER|(503) 555-0119]] |\n| [[PERSON|Bjørn Eide]] | Water station 9-12 | [[PHONE_NUMBER|(503) 555-0154]] |\n| [[PERSON|Laila Sharifi]] | Finish line 10-13 | [[PHONE_NUMBER|(503) 555-0128]] |",
    "Rewrite this incident report so it's objective and drops the opinions:\n\nIncident: slip in aisle 6, 14:20, Saturday\nInjured person: [[PERSON|Ruth Okafor-Banjo]], customer, approx. 70\nWitness: [[PERSON|Declan Furey]] (staff)\nDescription: Floor was wet from a leaking freezer which [[PERSON|Declan]] had reported TWICE and nobody did anything, typical. [[PERSON|Ruth]] fell on her hip, was conscious, refused an ambulance, her son collected her.\nContact for follow-up: [[PHONE_NUMBER|0113 496 0482]]",
    "Make this permission slip shorter and friendlier:\n\nYear 4 trip to the Natural History Museum, Thursday 12 June\nPupil name: [[PERSON|Amira Belkacem]]\nParent/carer: [[PERSON|Nadia Belkacem]]\nEmergency contact: [[PHONE_NUMBER|07700 900144]]\nMedical needs: mild asthma, inhaler in bag\nI give permission for my child to attend the above trip and understand that they must follow staff instructions at all times.\nSigned: [[PERSON|N. Belkacem]]",
    "Turn this shipping label into one line for our dispatch log:\nSHIP TO:\n[[PERSON|Kalinda Marsh]]\n[[STREET_ADDRESS|Unit 7, 19 Ferntree Gully Road, Oakleigh East VIC 3166]]\nPH: [[PHONE_NUMBER|0491 570 662]]\nREF: ORD-88314\nWEIGHT 2.4 KG | PARCEL 1 OF 1",
    "Is this transfer confirmation real or a phishing email?\n\nTransfer completed\nFrom: [[PERSON|Marguerite Dubois-Kane]]\nTo: [[PERSON|Selin Aydın]]\nBeneficiary IBAN: [[IBAN_CODE|AT52 4625 2257 9392 4223]]\nAmount: 2,350.00 EUR\nReference: deposit flat 3\nIf you did not authorise this payment, click the link below within 24 hours to cancel it.",
    "Summarise who needs to do what:\n\nFrom: [[PERSON|Henrik Aalto]] <[[EMAIL_ADDRESS|henrik.aalto@koivuranta.fi]]>\nTo: [[PERSON|Paula Niemi]]\nSubject: Re: sauna renovation quote\n\n[[PERSON|Paula]], I can start on 2 September if you confirm by Friday. The stove you chose is out of stock until October; the alternative is 300 cheaper. Let me know.\n\n> On Mon, [[PERSON|Paula Niemi]] wrote:\n> Hi [[PERSON|Henrik]], can you send an updated quote with the bigger stove and a start date?\n\n[[PERSON|Henrik Aalto]]\nKoivuranta Rakennus Oy",
    "Summarise the changes in this git log for the release notes:\ncommit 3f9a1c2\nAuthor: [[PERSON|Chiamaka Eze]] <[[EMAIL_ADDRESS|chiamaka.eze@brightfold.dev]]>\nDate:   Tue Mar 4 16:02:11 2025 +0000\n\n    Fix timezone handling in the weekly report\n\ncommit 8b07e4d\nAuthor: [[PERSON|Piotr Wiśniewski]] <[[EMAIL_ADDRESS|piotr.w@brightfold.dev]]>\nDate:   Mon Mar 3 10:47:55 2025 +0100\n\n    Add CSV export to the invoices page\n\ncommit c41d9e0\nAuthor: [[PERSON|Chiamaka Eze]] <[[EMAIL_ADDRESS|chiamaka.eze@brightfold.dev]]>\nDate:   Fri Feb 28 18:20:03 2025 +0000\n\n    Bump chart library to 4.2",
    "Why can't my app connect to the database? Here's my .env (local only):\nDB_HOST=db.internal\nDB_PORT=5433\nDB_USER=[[ID_NUMBER|rkowalczyk]]\nDB_PASSWORD=[[PASSWORD|Tatry#Zakopane2019]]\nDB_NAME=shop_dev\nThe error is: FATAL: no pg_hba.conf entry for host",
    'Refactor this test fixture into a factory function with keyword overrides:\n\ndef make_user():\n    return User(\n        name="[[PERSON|Wiremu Tane]]",\n        email="[[EMAIL_ADDRESS|wiremu.tane@kowhai-mail.nz]]",\n        card="[[CREDIT_CARD|4282 0592 5176 0010]]",\n        active=True,\n    )',
    "Turn these exit interview notes into three themes for the HR report, and leave out anything that identifies the person:\n\nEmployee: [[PERSON|Nomvula Sithole]], ID [[ID_NUMBER|7601033770098]]\nRole: warehouse team lead, 6 years\nReason for leaving: offered 15% more at a competitor; also unhappy that the night shift allowance was cut in January\nComments: felt her team was understaffed all autumn; praised the training budget; would come back if the pay matched",
    "Check this claim form for anything missing before I submit it:\n\nPolicyholder: [[PERSON|Annelise Vandenberghe]]\nNational number: [[ID_NUMBER|64.09.04-102.21]]\nAddress of loss: [[STREET_ADDRESS|Kerkstraat 41, 9000 Gent]]\nDate of loss: 22/01\nCause: burst pipe under the kitchen sink while on holiday\nDamage: kitchen floor, base units, skirting in the hallway\nAccount for payment: [[IBAN_CODE|BE91 6721 2542 1445]]",
    "Make this lost property report clearer:\nReported by: [[PERSON|Ferdinand Oyelaran]]\nContact: [[EMAIL_ADDRESS|f.oyelaran@tidewater-mail.com]]\nItem: black rucksack, silver laptop inside, lighthouse sticker on the lid\nLost: train from Leeds to York, around 17:40, luggage rack by the door\nPassport in the front pocket, no. [[ID_NUMBER|553918264]]",
    "Summarise this Teams chat for my manager:\n[[PERSON|Astrid Holm]] 10:02\nThe supplier in Aarhus says the pallets ship Thursday\n[[PERSON|Viktor Petrov]] 10:05\nThat's two days late for the Hamburg order\n[[PERSON|Astrid Holm]] 10:06\nI know. Can you call [[PERSON|Heike]] at the Hamburg warehouse and see if Monday delivery still works?\n[[PERSON|Viktor Petrov]] 10:09\nCalling now. Her direct line is [[PHONE_NUMBER|+49 40 66969 318]]?\n[[PERSON|Astrid Holm]] 10:10\nyes",
    "Which messages in this Discord log break the no-spoilers rule?\n[[ID_NUMBER|mossy_tortoise]] - Today at 20:14\nchapter 12 was SO good\n[[ID_NUMBER|quillfeather]] - Today at 20:15\nno spoilers pls, some of us are on ch 9\n[[ID_NUMBER|mossy_tortoise]] - Today at 20:16\nok but can we talk about how the captain dies\n[[ID_NUMBER|rainjar.77]] - Today at 20:17\nwow thanks a lot",
    'Validate this onboarding JSON, the second record breaks the import:\n[\n  {"name": "[[PERSON|Linnea Sjöberg]]", "personnummer": "[[ID_NUMBER|930120-1563]]", "iban": "[[IBAN_CODE|SE38 3240 0633 7765 0903 2270]]"},\n  {"name": "[[PERSON|Eero Laaksonen]]", "hetu": "[[ID_NUMBER|060276-3690]]", "iban": "[[IBAN_CODE|FI33 6723 2020 3872 79]]",}\n]',
    "Explain these Windows security events:\nEvent ID 4625  An account failed to log on.\n  Account Name: [[ID_NUMBER|j.okwuosa]]\n  Account Domain: LAKESIDE\n  Source Network Address: [[IP_ADDRESS|203.0.113.72]]\n  Failure Reason: Unknown user name or bad password.\nEvent ID 4624  An account was successfully logged on.\n  Account Name: [[ID_NUMBER|j.okwuosa]]\n  Source Network Address: [[IP_ADDRESS|203.0.113.72]]",
    'Write a TypeScript type for this webhook payload:\n{"event":"form.submitted","data":{"name":"[[PERSON|Benedikt Vogl]]","email":"[[EMAIL_ADDRESS|benedikt.vogl@almrausch.at]]","message":"Is the Saturday workshop still running?","ip":"[[IP_ADDRESS|192.0.2.233]]"}}',
    "Summarise this adoption application for the shelter team:\nApplicant: [[PERSON|Marisa Quintero]]\nHome: [[STREET_ADDRESS|2207 Alder Bluff Drive, Austin, TX 78745]]\nPhone: [[PHONE_NUMBER|(512) 555-0137]]\nHousehold: two adults, one 9-year-old, no other pets\nGarden: fenced, 1.8 m\nWork: both hybrid, home three days a week\nInterested in: Pepper (collie cross, 4 y)",
    "Count the dietary requirements in this registration export:\nname,email,dietary\n[[PERSON|Hoang Minh Chau]],[[EMAIL_ADDRESS|chau.hoang@songlam.vn]],vegetarian\n[[PERSON|Tarek Saleh]],[[EMAIL_ADDRESS|tarek.saleh@wadimail.eg]],halal\n[[PERSON|Ingrid Paulsen]],[[EMAIL_ADDRESS|ingrid.paulsen@fjordpost.no]],none\n[[PERSON|Ruby Tanaka-Wells]],[[EMAIL_ADDRESS|ruby.tw@brightwater.com.au]],vegan\n[[PERSON|Osagie Ehigiator]],[[EMAIL_ADDRESS|osagie.e@beninpost.ng]],halal",
    "Make this email signature fit on two lines:\n\n[[PERSON|Lucinda Ferreira-Hall]]\nSenior Paralegal\nCrane & Whitlow LLP\nDirect: [[PHONE_NUMBER|020 7946 0742]]\nMobile: [[PHONE_NUMBER|07700 900398]]\n[[EMAIL_ADDRESS|lucinda.fh@cranewhitlow.co.uk]]\nPronouns: she/her",
    "Fix the grammar in my cover letter:\n\nDear Mr [[PERSON|Castellanos]],\n\nI am writing for apply to the position of junior accountant which I seen on your website. I have finish my degree at the University of Lagos in 2023 and since then I work in a small audit firm where I am doing bank reconciliations and VAT returns. I am very detail and I learn fast.\n\nYou can reach me at [[EMAIL_ADDRESS|tolu.bamidele@ekomail.ng]].\n\nYours sincerely,\n[[PERSON|Toluwani Bamidele]]",
    "Make this complaint to the council more persuasive:\n\nFrom: [[PERSON|Graham Ashdown]], [[STREET_ADDRESS|3 Rookery Lane, Thornbury, Bristol BS35 2HJ]]\n\nThe streetlight outside my house has been broken since November. My neighbour Mrs [[PERSON|Oyelowo]] fell on the dark pavement in January. I have reported it three times (refs 55120, 55388, 56012) and nobody has come. Somebody will break a hip.",
    "Is anything missing from this rental application?\nApplicant: [[PERSON|Nasrin Hosseini]]\nCurrent address: [[STREET_ADDRESS|Apt 12, 450 Rue Sherbrooke Ouest, Montréal, QC H3A 0B1]]\nEmployer: St. Lawrence Dental Group, hygienist, 3 years\nMonthly income: 5,400 CAD\nSIN: [[ID_NUMBER|144 497 815]]\nReference: [[PERSON|Gilles Tremblay]], previous landlord, [[PHONE_NUMBER|(514) 555-0108]]",
    'Turn this YAML into a seating chart with two per desk:\nclass: 7B\nstudents:\n  - [[PERSON|Zara Qadir]]\n  - [[PERSON|Elliot Brannigan]]\n  - [[PERSON|Kaito Moriyama]]\n  - [[PERSON|Amaya Quispe]]\n  - [[PERSON|Seren Llewellyn]]\n  - [[PERSON|Tobenna Udeh]]\nnotes: "[[PERSON|Kaito]] needs to sit near the front (hearing aid)"',
    "Convert this intake form into a short clinical summary:\nPatient: [[PERSON|Solveig Haugen]]\nFødselsnummer: [[ID_NUMBER|13046766487]]\nAge: 58\nPresenting complaint: intermittent chest tightness on stairs for 3 weeks\nMeds: metformin 500 mg bd, atorvastatin 20 mg\nAllergies: penicillin (rash)\nSmoker: ex, stopped 2015\nNext of kin: [[PERSON|Arne Haugen]], [[PHONE_NUMBER|+44 7700 900467]]",
    "Rate how well the agent handled this chat (1-10) and say why:\nAgent ([[PERSON|Bea]]): Hi, thanks for contacting Brightwave Broadband, how can I help?\nCustomer: internet's been dropping every evening for a week\nAgent ([[PERSON|Bea]]): Sorry about that! Can I take your account number?\nCustomer: [[ID_NUMBER|BW-7716043]], it's under [[PERSON|Lindiwe Zulu]]\nAgent ([[PERSON|Bea]]): Thanks [[PERSON|Lindiwe]]. I can see line errors after 6pm, so I'll book an engineer for Thursday.\nCustomer: fine but I want a refund for the week",
    "Make this overdue notice less scary:\n\nDear [[PERSON|Ines Halloran]],\nLibrary card: [[ID_NUMBER|2 9014 00377 5518]]\nThe following items are 21 days overdue: 'A Field Guide to Mosses', 'The Bread Book'. Fines now stand at 4.20. Failure to return the items will result in suspension of your borrowing rights.",
    "Tally the RSVPs and list who still hasn't answered:\n[[PERSON|Kofi]] & [[PERSON|Abena Darko]] - yes (2)\n[[PERSON|Marianne Leclerc]] - yes (1), vegetarian\n[[PERSON|Rohit]] & [[PERSON|Kavya Menon]] - no\n[[PERSON|Saoirse Nic Gabhann]] - ?\n[[PERSON|Bruno Esposito]] + guest - yes (2)\n[[PERSON|Hyacinth Clarke]] - ?",
    "Rewrite this membership freeze request so it's clearer:\n\nto whom it may concern, i [[PERSON|Anders Holmqvist]] member number [[ID_NUMBER|55021874]] want to freeze my membership from 1 july for 3 months because of knee surgery, i have a letter from the surgeon. please confirm to [[EMAIL_ADDRESS|anders.holmqvist@tallbacka.se]] thanks",
    "Check this payslip, I think the tax is wrong:\nEmployee: [[PERSON|Kerry-Ann Whitaker]]\nEmployee no: [[ID_NUMBER|004127]]\nNI number: [[ID_NUMBER|JT 48 27 91 B]]\nTax code: 1257L\nGross pay: 2,480.00\nTax: 612.40\nNI: 118.56\nNet pay: 1,749.04",
    "Use these details to fill in the passport renewal checklist and tell me what's missing:\nFull name: [[PERSON|Ximena Alarcón Ruiz]]\nCurrent passport no.: [[ID_NUMBER|G48201937]]\nSSN: [[US_SSN|658-52-2027]]\nPlace of birth: Puebla\nAddress: [[STREET_ADDRESS|1408 W Cullerton St, Chicago, IL 60608]]\nPhone: [[PHONE_NUMBER|(773) 555-0182]]\nPhotos: not taken yet",
    'Why is this user being rejected?\n2025-05-02 07:58:13.401 UTC [33120] LOG:  connection received: host=[[IP_ADDRESS|198.51.100.140]] port=50432\n2025-05-02 07:58:13.404 UTC [33120] [[ID_NUMBER|akosua_a]]@analytics FATAL:  password authentication failed for user "[[ID_NUMBER|akosua_a]]"',
    "Redact the sensitive parts of this before I forward it to accounts:\n\nHi, please take the balance for the venue hire from my card, [[CREDIT_CARD|5102 8382 4484 9385]], exp 09/27, name on card [[PERSON|Ravindran Pillai]]. Billing address is [[STREET_ADDRESS|6 Orchard Way, Leamington Spa CV32 5RT]].\n\nThanks, [[PERSON|Ravi]]",
    "What is my landlord actually saying here? SMS thread:\n[[PERSON|Desmond]] (Landlord): Hi, rent going up to 1,150 from Sept, new contract to follow\nMe: That's 200 more?? Is there any flexibility\n[[PERSON|Desmond]] (Landlord): Market rate mate. Can do 1,100 if you sign 2 yrs\nMe: I'll think about it\n[[PERSON|Desmond]] (Landlord): Need an answer by Fri, got viewers lined up",
    "Format this for the car hire pre-check-in form:\nDriver: [[PERSON|Hine Tapsell]]\nLicence no.: [[ID_NUMBER|EK418273]]\nLicence version: 412\nCountry of issue: New Zealand\nSecond driver: [[PERSON|Rawiri Tapsell]], licence [[ID_NUMBER|FH220961]]",
    "Draft a reply to this complaint:\n\nSubject: broken lamp again\n\nThis is the second lamp that has arrived smashed. Order 10-44812. Please send a replacement to [[STREET_ADDRESS|Flat 3B, 17 Dunmore Street, Glasgow G5 9EX]] and this time pack it properly.\n\n[[PERSON|Isla McTavish]]\n[[PHONE_NUMBER|0141 496 0326]]",
    "Is it normal for a volunteer form to ask for this much? Here's what I filled in:\nName: [[PERSON|Jamal Whitfield]]\nSSN: [[US_SSN|779-72-4121]]\nDOB: 03/11/1988\nEmail: [[EMAIL_ADDRESS|jwhitfield.runs@pinecrestmail.com]]\nEmergency contact: [[PERSON|Tanisha Whitfield]], [[PHONE_NUMBER|(404) 555-0126]]",
]

# 15 pasted or typed texts in other languages.
FOREIGN = [
    "¿Me ayudas a contestar este correo?\n\nHola [[PERSON|Begoña]]:\n\nTe escribo por el piso de [[STREET_ADDRESS|Calle San Vicente 43, 2º izda., 46002 Valencia]]. La caldera lleva tres días sin funcionar y tengo un bebé de cinco meses, así que necesito que venga alguien antes del viernes. Para el parte del seguro te paso mi DNI: [[ID_NUMBER|24069594W]].\n\nUn saludo,\n[[PERSON|Álvaro Montesinos Gil]]",
    "Resume este mensaje del grupo de la comunidad: «Vecinos, soy [[PERSON|Remedios]] del 4ºB. El lunes viene el técnico del ascensor, [[PERSON|Julián Prieto]], a las 9. Si alguien ve a [[PERSON|Julián]] en la puerta, que le abra el portal, el código es [[PASSWORD|4190]]. ¡Gracias!»",
    "Peux-tu corriger les fautes ?\n\nBonjour Madame [[PERSON|Rousseau]],\n\nJe vous écrit au sujet de mon fils [[PERSON|Noé Benhamou]], en classe de CM2. Il sera absent du 3 au 7 mars pour une opération des végétations. Vous pouvez me joindre au [[PHONE_NUMBER|01 99 00 47 35]] ou par mail à [[EMAIL_ADDRESS|sarah.benhamou@courriel-libre.fr]].\n\nCordialement,\n[[PERSON|Sarah Benhamou]]",
    "Résume ce dossier pour la mutuelle :\nNom : [[PERSON|Mathilde Garnier]]\nN° de sécurité sociale : [[ID_NUMBER|2 91 04 92 512 986 52]]\nAdresse : [[STREET_ADDRESS|8 allée des Tilleuls, 92160 Antony]]\nIBAN : [[IBAN_CODE|FR02 5067 4258 8929 2779 3768 326]]\nMotif : remboursement des séances de kinésithérapie après une entorse du genou",
    "Kannst du diese Mail kürzer machen?\n\nHallo Herr [[PERSON|Brückner]],\n\nwie telefonisch besprochen schicke ich Ihnen die Unterlagen für die Wohnungsübergabe am 30. Juni. Meine neue Anschrift ab Juli lautet [[STREET_ADDRESS|Am Mühlbach 7, 79102 Freiburg im Breisgau]]. Die Kaution überweisen Sie bitte auf mein Konto [[IBAN_CODE|DE88 1551 3421 2536 2603 35]]. Falls noch etwas fehlt, melden Sie sich gern.\n\nViele Grüße\n[[PERSON|Friederike Haas]]",
    "Übersetz das mal ins Englische: [[PERSON|Jannik]] ist seit Montag krankgeschrieben, [[PERSON|Svenja Okonkwo]] übernimmt bis auf Weiteres seine Kunden. Bei Rückfragen bitte an [[PHONE_NUMBER|089 99998 214]] oder [[EMAIL_ADDRESS|s.okonkwo@bergfalke-reisen.de]] wenden.",
    "Puoi riassumere questo messaggio?\n\nCiao [[PERSON|Ottavia]]! Ecco i dati per l'agriturismo: la prenotazione è a nome di [[PERSON|Lorenzo Gallo]], codice fiscale [[ID_NUMBER|GLLLNZ84R11A944W]], arrivo venerdì sera verso le otto. [[PERSON|Lorenzo]] chiede se c'è posto per due bici e se il cane può stare in camera. Fammi sapere!",
    "Traduz pro inglês: Oi [[PERSON|Jussara]], o [[PERSON|Wellington Barbosa]] pediu pra avisar que o pagamento da reforma cai na sexta. O CPF dele é [[ID_NUMBER|022.228.194-40]], caso precise pra nota fiscal. Ele também quer saber se dá pra começar a pintura da cozinha antes do feriado.",
    "Corrige este email:\n\nExmo. Sr. [[PERSON|Nuno Brandão]],\n\nJunto envio a factura da reparação do telhado. O pagamento pode ser feito para o IBAN [[IBAN_CODE|PT49 9590 3565 2631 0716 6746 0]], em nome de [[PERSON|Carla Sequeira]], NIF [[ID_NUMBER|114825688]]. Agradecia a confirmação quando a transferência estiver feita.\n\nCumprimentos,\n[[PERSON|Carla Sequeira]]",
    "Kun je dit formulier naar het Engels vertalen?\nNaam: [[PERSON|Sanne de Wit]]\nBSN: [[ID_NUMBER|404811437]]\nAdres: [[STREET_ADDRESS|Oudegracht 112, 3511 AW Utrecht]]\nE-mail: [[EMAIL_ADDRESS|sanne.dewit@grachtpost.nl]]\nReden van aanvraag: huurtoeslag, inkomen gewijzigd per 1 maart",
    "Popraw ten SMS: Dzień dobry, tu [[PERSON|Grażyna Kaczmarek]] z mieszkania 14. Pan [[PERSON|Zbigniew]] z administracji prosił o PESEL do umowy, mój to [[ID_NUMBER|92082892808]]. Proszę też o klucz do piwnicy, bo stary się złamał. Pozdrawiam",
    "Bunu İngilizceye çevirir misin? Merhaba [[PERSON|Ebru]] Hanım, kira ödemesini [[IBAN_CODE|TR68 9768 6083 0740 7398 4750 05]] numaralı hesaba yaptım, dekontu ekte gönderiyorum. Sözleşme için kimlik numaram [[ID_NUMBER|79443667590]]. İyi günler, [[PERSON|Murat Şahin]]",
    "Tolong ringkas pesan ini: Selamat pagi Pak [[PERSON|Hendra]], saya [[PERSON|Wulan Sari Rahayu]], ibu dari [[PERSON|Bima]] kelas 3B. [[PERSON|Bima]] hari ini tidak masuk karena demam sejak semalam. Kalau ada tugas, mohon dikirim ke [[EMAIL_ADDRESS|wulan.rahayu@surel-kita.id]]. Terima kasih banyak, Pak.",
    "Terjemahkan ke bahasa Inggris:\n[[PERSON|Agus Prasetyo]]: bro, wifi kos yang baru apa?\n[[PERSON|Rizky]]: [[PASSWORD|kopisusu2024]] huruf kecil semua\n[[PERSON|Agus Prasetyo]]: makasih, nanti aku transfer uang listrik ke rekeningmu ya\n[[PERSON|Rizky]]: siap, jangan lupa bayar sebelum tanggal 5",
    "Dịch sang tiếng Anh giúp mình: Chị [[PERSON|Phạm Thu Trang]] ơi, em gửi chị địa chỉ mới để giao hàng nhé: [[STREET_ADDRESS|Số 27 ngõ 81 Lạc Long Quân, Tây Hồ, Hà Nội]]. Chị giao buổi chiều giúp em, buổi sáng em đi làm không có nhà. Em cảm ơn chị nhiều! Em [[PERSON|Linh]]",
]

# 25 writing, role-play and reasoning prompts in the style of MT-Bench and Vicuna.
CLEAN_PROMPTS = [
    "Write a persuasive op-ed arguing that cities should replace parking minimums with bike-share subsidies. Keep it under 600 words and open with a concrete street-level scene.",
    "You are Ada Lovelace, newly shown a modern laptop. React in character and explain what surprises you most about how far the idea of the Analytical Engine has gone.",
    "Role-play as a grumpy lighthouse keeper who is secretly delighted to have a visitor. I'll be the visitor who arrives during a storm. Start the scene.",
    "Pretend to be Socrates questioning me about whether social media has made people wiser. Ask one question at a time and wait for my answer.",
    "Compose a sequence of four haiku following one day in the life of a city fox, from dawn bins to midnight rooftops.",
    "A train leaves at 3:15 pm and arrives at 6:40 pm local time after crossing one time zone westward. How long did the journey actually take? Explain step by step where people usually go wrong.",
    "Draft a travel blog post about a three-day trip to Kyoto in autumn, covering temples, a food market and one mistake the writer would not repeat.",
    "Imagine you are Sherlock Holmes examining a smartphone left on a park bench. Deduce what you can about its owner from the case, the wear on the buttons and the cracked corner.",
    "Write a product launch announcement for a fictional solar-powered bike lock aimed at students, in a playful tone, with three short bullet points of features.",
    "If all bloops are razzies and some razzies are lazzies, must some bloops be lazzies? Explain your reasoning with a diagram described in words.",
    "As Leonardo da Vinci, write a letter to a modern engineering student with advice on observation, sketching and curiosity.",
    "Write a short story that begins with the line 'The lift stopped between floors, and the lights went out' and ends with an unexpected act of kindness.",
    "Explain the Monty Hall problem to a ten-year-old using only sweets and three paper cups.",
    "You are a sommelier at a bistro in Lyon. Recommend a wine for each course of onion soup, trout with almonds, coq au vin and a cheese board, with one sentence of reasoning each.",
    "Act as Captain Nemo answering a newspaper reporter's questions about why he left the surface world behind.",
    "Write a limerick about a cat who is convinced that it personally runs the Royal Mail.",
    "Rewrite the opening paragraph of Pride and Prejudice as the pitch deck of a modern tech start-up.",
    "Compare the wartime leadership styles of Abraham Lincoln and Winston Churchill in about 300 words.",
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may take one fruit from one box without looking inside. How do you relabel all three correctly?",
    "Pretend you are Frida Kahlo giving a gallery talk about one of your self-portraits to a group of nine-year-olds.",
    "Write a short dialogue between Marie Curie and a medieval alchemist about what counts as a real discovery.",
    "Draft a formal apology from a fictional airline, SkyNorth, to passengers whose flight was delayed nine hours by a snowstorm, offering meal vouchers and a partial refund.",
    "You're a tour guide at the Colosseum. Give a two-minute talk that mixes history with one grisly fact and one funny one.",
    "Which is heavier, a kilogram of feathers or a kilogram of iron? Then explain why people still hesitate over the question.",
    "Write a motivational speech in the voice of Serena Williams for a junior tennis team before their first national tournament.",
]

# 20 grade-school word problems with fictional first names.
CLEAN_MATHS = [
    "Priya has 48 stickers. She gives a quarter of them to her brother and then buys 15 more. How many stickers does she have now?",
    "Tomás reads 12 pages every weekday and 20 pages on each weekend day. How many pages does he read in two weeks?",
    "A bakery sells muffins for $2.50 each. Aisha buys 6 muffins and pays with a $20 bill. How much change does she get?",
    "Kenji's garden is 8 metres long and 5 metres wide. He wants to put a fence all the way around it. How many metres of fencing does he need?",
    "Lena saved $15 a week for 9 weeks. Then she spent $47 on a jacket. How much money does she have left?",
    "A train carries 320 passengers. At the first stop 85 get off and 42 get on. At the second stop 60 get off. How many passengers are on the train now?",
    "Mateo and Chloe share 56 marbles in the ratio 3:5. How many marbles does Chloe get?",
    "Olu runs 3.5 km every morning. How far does he run in the month of April?",
    "A recipe needs 250 g of flour for 10 pancakes. Grace wants to make 24 pancakes. How much flour does she need?",
    "Farid buys 3 notebooks at $1.20 each and 2 pens at $0.85 each. What is the total cost?",
    "There are 28 pupils in a class. Three-sevenths of them walk to school and the rest take the bus. How many take the bus?",
    "Nadia is 4 years older than her sister Ruby. In 5 years the sum of their ages will be 32. How old is Ruby now?",
    "A swimming pool fills at 150 litres per minute. How long does it take to fill a 27,000-litre pool, in hours and minutes?",
    "Sipho has twice as many books as Ethan, and Ethan has 7 more than Mia. If Mia has 9 books, how many books do the three have altogether?",
    "A shirt costs $40 and is on sale for 15% off. Hana also uses a $5 coupon after the discount. How much does she pay?",
    "Jonah's dog eats 2/3 of a can of food each day. How many cans does Jonah need for 3 weeks?",
    "A rectangle has a perimeter of 36 cm, and its length is twice its width. What is its area?",
    "Ines leaves home at 7:45 and walks to school at 4 km/h. The school is 2.6 km away. At what time does she arrive?",
    "Ali, Bea and Cal pick 93 strawberries together. Bea picks 7 more than Ali, and Cal picks 5 fewer than Ali. How many does each of them pick?",
    "A library had 1,250 books. It gave away 18% of them and then received 130 new ones. How many books does it have now?",
]

# 20 multiple-choice exam items in law, medicine, biology and history.
CLEAN_EXAM = [
    "Under the common law of contract, which of the following is generally required for a valid contract?\nA) A written document\nB) Consideration\nC) A witness\nD) Notarisation",
    "Dana agrees to sell her bicycle to Felix for $200, but before Felix pays, the bicycle is destroyed in a flood through no fault of either party. Which doctrine most likely applies?\nA) Frustration\nB) Estoppel\nC) Novation\nD) Adverse possession",
    "Which amendment to the US Constitution protects against unreasonable searches and seizures?\nA) First\nB) Fourth\nC) Fifth\nD) Eighth",
    "Rowan crosses a neighbour's field without permission to pull a child out of a pond. Which defence to trespass is most appropriate?\nA) Necessity\nB) Consent\nC) Self-defence\nD) Duress",
    "In tort law, the 'eggshell skull' rule means that:\nA) the claimant must prove intent\nB) the defendant takes the victim as they find them\nC) damages are capped by statute\nD) only physical injury can be compensated",
    "A 62-year-old man has crushing central chest pain radiating to the left arm for 40 minutes. The ECG shows ST elevation in leads II, III and aVF. Which artery is most likely occluded?\nA) Left anterior descending\nB) Right coronary\nC) Left circumflex\nD) Left main stem",
    "Deficiency of which vitamin causes scurvy?\nA) Vitamin A\nB) Vitamin B12\nC) Vitamin C\nD) Vitamin D",
    "A 25-year-old woman has fatigue, heat intolerance, weight loss and a fine tremor. Which result is most likely?\nA) High TSH, low free T4\nB) Low TSH, high free T4\nC) Normal TSH, low free T4\nD) High TSH, high free T4",
    "What is the first-line treatment for anaphylaxis?\nA) Oral antihistamine\nB) Intravenous hydrocortisone\nC) Intramuscular adrenaline\nD) Nebulised salbutamol",
    "Marek, aged 7, has a barking cough and inspiratory stridor that is worse at night, two days after a cold. What is the most likely diagnosis?\nA) Epiglottitis\nB) Croup\nC) Asthma\nD) Bronchiolitis",
    "Which organelle is the main site of aerobic respiration?\nA) Ribosome\nB) Golgi apparatus\nC) Mitochondrion\nD) Lysosome",
    "In pea plants, tall (T) is dominant to short (t). If two Tt plants are crossed, what fraction of the offspring is expected to be short?\nA) 0\nB) 1/4\nC) 1/2\nD) 3/4",
    "Which molecule carries amino acids to the ribosome during translation?\nA) mRNA\nB) tRNA\nC) rRNA\nD) DNA polymerase",
    "Kaya measures the rate of photosynthesis in pondweed at different distances from a lamp. Which is the independent variable?\nA) Number of bubbles per minute\nB) Distance from the lamp\nC) Species of pondweed\nD) Water temperature",
    "Which blood vessels carry blood away from the heart?\nA) Veins\nB) Capillaries\nC) Arteries\nD) Venules",
    "The Peace of Westphalia (1648) ended which conflict?\nA) The Hundred Years' War\nB) The Thirty Years' War\nC) The Wars of the Roses\nD) The Seven Years' War",
    "Who was the first emperor of a unified China?\nA) Kublai Khan\nB) Qin Shi Huang\nC) Emperor Wu of Han\nD) Sun Yat-sen",
    "In which year did the Meiji Restoration begin?\nA) 1603\nB) 1776\nC) 1868\nD) 1912",
    "Which empire built the road network known as the Qhapaq Ñan?\nA) Aztec\nB) Maya\nC) Inca\nD) Olmec",
    "In an essay, Tobias argues that the printing press was the main cause of the Reformation spreading so fast. Which evidence best supports him?\nA) Luther's theses were reprinted across Germany within weeks\nB) The Pope lived in Rome\nC) Latin was the language of the Church\nD) Henry VIII married six times",
]

# 15 general health and hospital questions without personal detail.
CLEAN_HEALTH = [
    "What's the difference between a CT scan and an MRI, and why would a doctor choose one over the other?",
    "Do you really have to wait after eating before swimming, or is the cramp warning a myth?",
    "What is a normal resting heart rate for adults, and when is a low one a problem?",
    "How do hospitals decide who gets seen first in the emergency department?",
    "Is it safe to take ibuprofen and paracetamol together, and how should the doses be spaced?",
    "What are the early warning signs of a stroke that everyone should know?",
    "Why do some antibiotics have to be taken with food while others must be taken on an empty stomach?",
    "How often should adults get a tetanus booster?",
    "What does it mean when a blood test report says the sample was haemolysed?",
    "What should you pack for a hospital stay after a planned knee replacement?",
    "What do type 1 and type 2 diabetes have in common, and how do they differ?",
    "How much water does an average adult actually need each day, and does coffee count towards it?",
    "What happens during a colonoscopy, and how long does recovery usually take?",
    "Why are visiting hours often restricted on intensive care units?",
    "Is there good evidence behind the 10,000 steps a day target, and where did the number come from?",
]

# 20 everyday and technical questions naming public figures, eponyms, brands, teams,
# bands, places, or code with placeholders.
CLEAN_EVERYDAY = [
    "Why did Taylor Swift re-record her first six albums?",
    "Explain the Pythagorean theorem with a worked example of a ladder leaning against a wall.",
    "What's the practical difference between a Dyson V8 and a V15 for a small flat with two cats?",
    "How many times have Real Madrid won the European Cup or Champions League?",
    "Write a Python function that sends an email over SMTP, reading SMTP_HOST, SMTP_USER and SMTP_PASSWORD from environment variables instead of hard-coding them.",
    "Which Beatles album has 'Here Comes the Sun' on it, and who wrote the song?",
    "Explain Dijkstra's algorithm and when A* search is the better choice.",
    "When is the best time of year to visit Machu Picchu if I want to avoid the rainy season?",
    "How does Parkinson's law apply to software project estimates?",
    "In this query, what does the placeholder do and why is it safer than string formatting? SELECT * FROM users WHERE email = :email AND status = 'active';",
    "Is a Tesla Model 3 or a Volkswagen ID.3 usually cheaper to insure in Germany?",
    "Why is the Eiffel Tower slightly taller in summer than in winter?",
    "Who composed the music for the Lord of the Rings films, and which instruments give the Shire its sound?",
    "How do I configure nginx to pass the client address to my backend with proxy_set_header X-Real-IP $remote_addr?",
    "What is the Doppler effect, and why does an ambulance siren sound lower once it has passed you?",
    "Did Nikola Tesla and Thomas Edison ever actually work together?",
    "How deep is the Mariana Trench compared with the height of Mount Everest?",
    "How did the All Blacks beat Australia in the 2015 Rugby World Cup final?",
    "In Git, what's the difference between merge and rebase, and when should I use each?",
    "Write a bash one-liner that lists every file larger than 100 MB under <DIR>, sorted by size.",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "930714-9642": luhn_len(10),  # Swedish personnummer
    "930120-1563": luhn_len(10),  # Swedish personnummer
    "060276-3690": hetu_ok,  # Finnish henkilötunnus
    "13046766487": fodselsnummer_ok,  # Norwegian fødselsnummer
    "332150495": bsn_ok,  # Dutch BSN
    "404811437": bsn_ok,
    "99112802936": pesel_ok,  # Polish PESEL
    "92082892808": pesel_ok,
    "62405116960": kimlik_ok,  # Turkish kimlik
    "79443667590": kimlik_ok,
    "325.560.784-13": cpf_ok,  # Brazilian CPF
    "022.228.194-40": cpf_ok,
    "24069594W": dni_ok,  # Spanish DNI
    "2 91 04 92 512 986 52": nir_ok,  # French NIR
    "GLLLNZ84R11A944W": codice_fiscale_ok,  # Italian codice fiscale
    "114825688": nif_ok,  # Portuguese NIF
    "64.09.04-102.21": belgian_id_ok,  # Belgian national number
    "7601033770098": luhn_len(13),  # South African id
    "5548 7128 1469": aadhaar_ok,  # Indian Aadhaar
    "144 497 815": luhn_len(9),  # Canadian SIN
    "421 754 9946": nhs_ok,  # NHS number
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"\+44 20 7946 0\d{3}",
        r"01(13|18|31|41) 496 0\d{3}",  # Leeds, Reading, Edinburgh, Glasgow
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"070-174 06 \d{2}",  # Sweden
        r"\+46 70 174 06 \d{2}",
        r"01 99 00 \d{2} \d{2}",  # France
        r"06 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany: Berlin, Hamburg, Munich
        r"\+49 40 66969 \d{3}",
        r"089 99998 \d{3}",
    )
]

# Cue words: relations and roles, greetings, and titles or introductions before a name.
CUE_WORDS = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|sis|sister|brother|bro|wife|husband|son|"
    r"daughter|kids?|child(ren)?|aunt|auntie|uncle|cousin|niece|nephew|grand\w*|\w+-in-law|"
    r"friends?|bf|gf|boyfriend|girlfriend|partner|fianc\w*|boss|manager|colleague|"
    r"co-?worker|neighbou?r|landlord|landlady|tenant|room-?mate|flatmate|teacher|tutor|"
    r"student|doctor|nurse|client|patient|customer|nanny|babysitter|coach|mentor|step\w+|"
    r"hi|hello|hey|hiya|dear|yo|cheers|regards|thanks|thank you)\b",
    re.IGNORECASE,
)
CUE_BEFORE_NAME = re.compile(
    r"\b(this is|my name is|call me|i'?m|im|i am|mr|mrs|ms|miss|mx|dr|prof|sir|madam)\.?,?\s+\[\[PERSON",
    re.IGNORECASE,
)
WORD_NAMES = frozenset(
    {
        "Brooke",
        "Hunter",
        "Dakota",
        "Georgia",
        "Mercy",
        "Sunny",
        "Heather",
        "Cliff",
        "Savannah",
        "Reed",
        "Precious",
    }
)


def has_cue(marked: str) -> bool:
    """Whether a text names its person with a relation, role, greeting, title or intro."""
    return bool(CUE_WORDS.search(strip_marks(marked)[0]) or CUE_BEFORE_NAME.search(marked))


def check_short(texts: list[str]) -> None:
    """Short texts: 5 to 30 words, one person each with at most one more value; 45 with a
    name only, at least 20 of those without a cue; at least 10 word-like given names."""
    name_only = bare = word_names = 0
    for marked in texts:
        spans = marked_spans(marked)
        if not SHORT_WORDS[0] <= word_count(marked) <= SHORT_WORDS[1]:
            raise SystemExit(f"short: {word_count(marked)} words in {marked[:60]!r}")
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {s["value"] for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or len(others) > 1:
            raise SystemExit(f"short: want one person and at most one value in {marked[:60]!r}")
        if not others:
            name_only += 1
            bare += not has_cue(marked)
        word_names += people.pop().split()[0] in WORD_NAMES
    if name_only != 45 or bare < 20 or word_names < 10:
        raise SystemExit(
            f"short: {name_only} name-only, {bare} without cue, {word_names} word names"
        )


def check_chat(texts: list[str]) -> None:
    """Chat requests: 30 to 140 words, 12 with a secret or handle, about half without cue."""
    secrets = 0
    for marked in texts:
        if not CHAT_WORDS[0] <= word_count(marked) <= CHAT_WORDS[1]:
            raise SystemExit(f"chat: {word_count(marked)} words in {marked[:60]!r}")
        secrets += any(s["type"] in {"PASSWORD", "ID_NUMBER"} for s in marked_spans(marked))
    bare = sum(not has_cue(t) for t in texts)
    if secrets != 12 or not 25 <= bare <= 35:
        raise SystemExit(f"chat: {secrets} with a secret or handle, {bare} without cue")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
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


def main() -> None:
    sections = {
        "short": (SHORT, 90),
        "chat": (CHAT, 60),
        "pasted": (PASTED, 55),
        "foreign": (FOREIGN, 15),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean maths": (CLEAN_MATHS, 20),
        "clean exam": (CLEAN_EXAM, 20),
        "clean health": (CLEAN_HEALTH, 15),
        "clean everyday": (CLEAN_EVERYDAY, 20),
    }
    pii = SHORT + CHAT + PASTED + FOREIGN
    check_short(SHORT)
    check_chat(CHAT)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind20", HERE, sections, {"short", "chat", "pasted", "foreign"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=SHORT, lower_chat=LOWER_SHORT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
