"""A thirty-seventh blind privacy set: 220 chat requests with personal data and 100 clean
ones, all of the kind people send to a general assistant with something pasted in.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). Each is a request ("rewrite this email", "make this
more polite", "translate to Spanish", "summarise this thread", "fix the grammar", "write a
reply to this", "turn these notes into minutes", "format this as a table") followed by the
pasted text that carries the personal data: greetings and sign-offs with names, e-mail
signatures with phones and addresses, forwarded From/To headers, landlord and tenant
letters, school messages about a child, job applications, cover letters and references,
complaint letters with account and customer numbers, invoices with IBANs, WhatsApp and
Slack exports with names before colons, meeting notes with attendee lists:

* 80 short requests (under 60 words);
* 100 medium ones (60 to 149 words);
* 40 long ones (150 to 350 words): whole letters, threads, chat exports and minutes.

About a fifth are written by non-native speakers (in the request, the pasted text or both)
and 37 (a sixth) are typed all in lower case; some pasted texts are in German, Polish,
Spanish, Portuguese, French, Swedish, Turkish, Croatian, Finnish, Korean or Italian. Names
come from more than 30 countries.

Usernames and logins, account, customer, member, employee, student, patient, policy and
guest numbers, passports, driver licences, bank account numbers without an IBAN and
national ids are ID_NUMBER; PINs, door, gate and alarm codes, wifi keys and passwords
PASSWORD; titles and relation words (Mr, Mrs, Ms, Miss, Dr, Prof, Father, auntie, tía, my
sister) stay outside PERSON spans; an address span runs from the first street line through
the postcode and city as typed; public figures, companies, fictional characters, pets,
order, ticket, invoice, booking and reference numbers and dates of birth are not labelled;
every occurrence of a private value is marked, and so is every part of a name said again
alone.

The 100 clean texts are the same kinds of requests with pasted text that names no private
person: company announcements, product descriptions, public news, recipes, policies and
terms, code and error messages, notices, fiction about famous characters, and letters
addressed "Dear customer", "Hi team" or "To whom it may concern".

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0117 496 0,
0151 496 0, 0191 498 0; North America 555-01xx; Australia 0491 570; France 06 39 98;
Germany 030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; one SSN with
assignable area, group and serial; IPs from documentation ranges; national ids with valid
check digits (NHS number, Brazilian CPF, Spanish DNI and NIE, Indian Aadhaar, Canadian SIN,
Japanese My Number, South African id, French NIR, Portuguese NIF, Polish PESEL, German tax
id, Irish PPS number, Italian codice fiscale, Singapore NRIC, Norwegian fødselsnummer).

Run ``.venv/bin/python bench/data/build_blind37.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    check_national_ids,
    check_values,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
    word_count,
)
from marks import build_sections, is_lower, strip_marks

HERE = Path(__file__).resolve().parent
SEPARATOR = "\n~~~\n"
"""The line between two texts of a section below."""


def _split(block: str) -> list[str]:
    """The texts of one section, typed one after another between separator lines."""
    return [text.strip("\n") for text in block.split(SEPARATOR)]


SHORT = _split(
    """
make this sound more professional: hi [[PERSON|tomasz]] i send you report tomorow, sorry for delay. my new number is [[PHONE_NUMBER|512 384 906]] if you need call me. greetings [[PERSON|kasia]]
~~~
Translate to Spanish please:

Dear Mrs [[PERSON|Whitfield]], your daughter [[PERSON|Poppy]] left her PE kit in the changing rooms on Tuesday. It's in the school office whenever you're passing. Kind regards, [[PERSON|Gareth Lloyd]], Year 4 teacher
~~~
Can you make this friendlier? "[[PERSON|Jens]], the invoice is still unpaid. Pay to [[IBAN_CODE|DE20 5001 0517 0648 2139 75]] by Friday or we stop the work."
~~~
reply to this for me saying yes i can come but ill be late: "hey its [[PERSON|priya]]!! bday drinks at mine saturday 8pm, [[STREET_ADDRESS|14 coleridge road, london n8 8ed]]. bring snacks lol"
~~~
Summarise in one line:

From: [[PERSON|Oluwaseun Adeyemi]] <[[EMAIL_ADDRESS|seun.adeyemi@gmail.com]]>
Subject: Re: deposit
I've transferred the deposit this morning, please confirm receipt when you can. Thanks again for everything.
~~~
Fix the grammar: "Me and [[PERSON|Hamid]] was wondering if the meeting room is free thursday, our extension is [[PHONE_NUMBER|020 7946 0381]]."
~~~
Please translate in english, I not understand all:
"Sehr geehrter Herr [[PERSON|Baumgartner]], anbei meine Kontodaten für die Rückerstattung: [[IBAN_CODE|AT73 2011 1829 4630 1775]]. Mit freundlichen Grüßen, [[PERSON|Sabine Köhler]]"
~~~
Make this more polite: "[[PERSON|Kevin]] you STILL haven't returned my drill. Text me on [[PHONE_NUMBER|07700 900417]] when you're home."
~~~
turn this into a table with name and email columns: [[PERSON|Ines Carvalho]] [[EMAIL_ADDRESS|ines.carvalho@sapo.pt]], [[PERSON|Rui Matos]] [[EMAIL_ADDRESS|rmatos77@gmail.com]], [[PERSON|Beatriz Lobo]] [[EMAIL_ADDRESS|bia.lobo@outlook.pt]]
~~~
can u shorten this for whatsapp: "hi, this is [[PERSON|marcus oyelaran]] from flat 3. the boiler is making that banging noise again, can someone come tuesday? my mobile is [[PHONE_NUMBER|07700 900682]]"
~~~
Rewrite as a formal email: "yo [[PERSON|Dani]] send me the wifi pass for the office again, i think its [[PASSWORD|Lemonade!2291]]?? not working"
~~~
Make this shorter please. "Good morning, I am writing regarding my account [[ID_NUMBER|40718-2293]] with you. I was charged twice for March and nobody has replied to my two previous emails. Kind regards, [[PERSON|Anneke de Vries]]"
~~~
correct my english please: "Hello, my name is [[PERSON|Nguyen Thi Lan]], I am apply for the waitress position. I have 3 year experience in restaurant. You can contact me [[PHONE_NUMBER|0912 384 571]]."
~~~
Write a reply declining politely: "Hi! It's [[PERSON|Brent]] from book club, could you host in May? Reply to [[EMAIL_ADDRESS|brent.kowalczyk@yahoo.com]] since I'm off Facebook."
~~~
translate to french: "Hi [[PERSON|Chloé]], the spare key is under the blue pot and the alarm code is [[PASSWORD|4471]]. Thanks for feeding the cat! [[PERSON|Nadia]]"
~~~
fix this text to my landlord: "hi mr [[PERSON|okafor]] the rent for june is sent, ref is my name [[PERSON|chidinma eze]]. also the kitchen tap still leaks, can u send someone"
~~~
Format as a table (name, role): Attendees: [[PERSON|Hiroshi Tanaka]] (chair), [[PERSON|Mei Lin Ong]], [[PERSON|Rafael Duarte]], [[PERSON|Sophie Brennan]] (minutes). Apologies: [[PERSON|Aziz Karimov]].
~~~
Can you make this email sound less angry? "I've called three times about card [[CREDIT_CARD|4539 7218 0436 6154]] being blocked. Sort it out today. [[PERSON|Fiona McAllister]]"
~~~
please make more polite, he is my client: "Mr [[PERSON|Haddad]], you did not answer my mails. I need the contract signed today. [[PERSON|Youssef]]"
~~~
summarise this chat:
[[PERSON|Lerato]]: running late, taxi stuck on the N1
[[PERSON|Thabo]]: no stress, I'll order for you
[[PERSON|Lerato]]: legend
~~~
Fix spelling: "Dear [[PERSON|Astrid]], I recieved the paymant for the bike, thank you. The lock combination is [[PASSWORD|0592]]. Best, [[PERSON|Magnus Holm]]"
~~~
make this nicer: "[[PERSON|jake]] stop parking in my spot. bay 14 is mine, im in [[STREET_ADDRESS|unit 6, 22 wattle street, ultimo nsw 2007]]"
~~~
Translate into Italian: "Hello [[PERSON|Giulia]], your login for the portal is [[ID_NUMBER|gferrante_88]] and the temporary password is [[PASSWORD|Qv7#pL2m]]. Change it on first login."
~~~
Rewrite this as a text message: "Reminder: [[PERSON|Arjun Mehta]]'s dental check-up is on 14 Nov at 10:30. Call [[PHONE_NUMBER|+91 98204 37715]] to reschedule."
~~~
Check my sentence pls, is correct? "I am [[PERSON|Oksana Kravets]], I living at [[STREET_ADDRESS|Prinsengracht 412-2, 1017 KE Amsterdam]] from last year."
~~~
Is this polite enough to send? "Hi [[PERSON|Leilani]], thanks for sorting the tickets. I'll transfer tonight, is it still [[IBAN_CODE|GB47 LOYD 3096 3427 7165 48]]? Cheers, [[PERSON|Rhys]]"
~~~
summarize this in 1 sentence: "tía [[PERSON|carmen]] says dinner at hers sunday, [[STREET_ADDRESS|calle de la palma 18, 3º izq, 28004 madrid]], dont be late this time"
~~~
Make this more formal for the rota email: "Pls note [[PERSON|Bogdan Ionescu]] will cover my shifts next week, his number is [[PHONE_NUMBER|0722 481 396]]."
~~~
shorten:
From: [[PERSON|Ayesha Siddiqui]]
To: [[PERSON|Imran Qureshi]]
Subject: Visa letter
[[PERSON|Imran]], attached is the invitation letter. My passport number is [[ID_NUMBER|BK4719263]] if the embassy asks. [[PERSON|Ayesha]]
~~~
make better english: "Dear sir, I want cancel my gym membership, number [[ID_NUMBER|GM-0048213]], from next month. Thank you, [[PERSON|Jiho Park]]"
~~~
Translate to German: "Hi [[PERSON|Emma]], the cleaner [[PERSON|Rosa]] comes Wednesdays. Her number is [[PHONE_NUMBER|(312) 555-0164]], pay her cash."
~~~
fix punctuation: "hey [[PERSON|siobhan]] its [[PERSON|ciarán]] my new email is [[EMAIL_ADDRESS|ciaran.mcgrath@eircom.net]] the old one got hacked"
~~~
Write a short thank-you reply to: "Dear [[PERSON|Aleksander]], congratulations on passing your probation! Your employee number stays [[ID_NUMBER|E-20715]]. Warm wishes, [[PERSON|Hanne Bergstrøm]], HR"
~~~
Rewrite more confidently: "Hi, I'm [[PERSON|Tendai Moyo]], I think I could maybe be a good fit for the analyst role? My email is [[EMAIL_ADDRESS|tendai.moyo@protonmail.com]]."
~~~
translate to english: "Poštovani gospodine [[PERSON|Horvat]], uplatu možete izvršiti na [[IBAN_CODE|HR26 2402 0061 1007 3829 4]]. Lijep pozdrav, [[PERSON|Ivana Babić]]"
~~~
Make this into bullet points: Caller [[PERSON|Dwayne Fletcher]], DOB 02/09/81, policy [[ID_NUMBER|HX-552190-3]], says windscreen cracked on the M6, wants callback on [[PHONE_NUMBER|07700 900213]].
~~~
what does this mean in english: "canım [[PERSON|elif]], yarın okuldan [[PERSON|deniz]]'i ben alırım, sen rahat ol. öptüm, annen"
~~~
Make more polite: "[[PERSON|Barnes]], your dog barked all night AGAIN. I'm at [[STREET_ADDRESS|Flat 2B, 41 Elm Grove, Bristol BS7 9QL]] if you want to discuss. Last warning."
~~~
Fix grammar: "Hi all, [[PERSON|Ngozi]] will be out of office from Monday, for urgent things email [[EMAIL_ADDRESS|b.okonkwo@lagosfreight.ng]] instead (thats [[PERSON|Bisi]])."
~~~
pls make polite in english: "to HR, my my number is [[ID_NUMBER|3720 4815 9626]], sorry late for year end form. [[PERSON|Sato Yuki]]"
~~~
Summarise:
[[PERSON|Marisol]]: who's picking up [[PERSON|Leo]]?
[[PERSON|Andrés]]: me, after 5
[[PERSON|Marisol]]: ok his inhaler is in the front pocket
~~~
make this shorter: "hello my name is [[PERSON|fatima zahra benali]] and i want to ask if my parcel can be left with neighbour at [[STREET_ADDRESS|12 rue des lilas, 69003 lyon]] thank you"
~~~
Rewrite to sound warm: "[[PERSON|Björn]], thanks for agreeing to be a referee. Our recruiter [[PERSON|Lotta Nyberg]] will call you from [[PHONE_NUMBER|070-482 19 36]]."
~~~
Translate to Portuguese: "Hi [[PERSON|Thiago]], please confirm your CPF ([[ID_NUMBER|375.816.920-86]]) so we can issue the invoice. Thanks!"
~~~
Proofread: "Kindly find attached my CV. I am [[PERSON|Kwame Mensah]], reachable at [[PHONE_NUMBER|024 318 7750]] or [[EMAIL_ADDRESS|kmensah.gh@gmail.com]]."
~~~
make this funnier for a card: "happy 40th [[PERSON|dave]]! from [[PERSON|sue]], [[PERSON|raj]] and the rest of accounts"
~~~
Can you turn this into an out of office? "Away until 3 Jan. For payroll contact [[PERSON|Magdalena Wróbel]] at [[EMAIL_ADDRESS|m.wrobel@kontor-hr.pl]]."
~~~
correct pls: "Hello [[PERSON|Mehdi]], I forget my password, it was [[PASSWORD|Tehran1365!]] and now is not working, can you reset?"
~~~
Make it sound professional: "sending u the IP of my home router so u can whitelist it: [[IP_ADDRESS|198.51.100.74]]. thx, [[PERSON|Lukas]]"
~~~
Translate into Dutch: "Dear [[PERSON|Femke]], we've received your application. Your applicant ID is [[ID_NUMBER|APP-77314]]. Best, the Talent Team"
~~~
summarise in 5 words:
[[PERSON|tomás]]: bro did u pay the electricity
[[PERSON|nico]]: yes yesterday
[[PERSON|tomás]]: legend
[[PERSON|nico]]: u owe me 40
~~~
Make this less blunt: "[[PERSON|Svetlana]], your report was late again. See me at 3. [[PERSON|Pieter]]"
~~~
Fix grammar: "Please deliver to [[PERSON|Amara Okonjo]], [[STREET_ADDRESS|Apt 5C, 210 W 108th St, New York, NY 10025]], buzzer doesnt work so call [[PHONE_NUMBER|(646) 555-0139]]."
~~~
pls write reply for this message: "hi, i am [[PERSON|Anh]] friend of [[PERSON|Minh]], he say you sell the sofa? still available?"
~~~
Turn into formal language: "Got my SSN wrong on the form, it's [[US_SSN|412-68-3059]], I swapped two digits. [[PERSON|Tyler Brooks]]"
~~~
translate to english: "hola [[PERSON|maite]], mañana no puedo, llámame al [[PHONE_NUMBER|612 447 903]]. besos, [[PERSON|lucía]]"
~~~
Make this sound friendlier: "To [[PERSON|Kofi Boateng]]: your library card [[ID_NUMBER|LB0093318]] has £6.40 in outstanding fines."
~~~
Rewrite in plain words: "Dr [[PERSON|Farouk]] asked that [[PERSON|Layla]] take the antibiotics twice a day with food. Questions: [[PHONE_NUMBER|0491 570 226]]."
~~~
check english: "Dear [[PERSON|Katarzyna]], I am very thankful for your help with my daughter [[PERSON|Zuzanna]], she like the school very much now."
~~~
Summarise this forwarded message in a sentence:
---------- Forwarded message ---------
From: [[PERSON|Hemi Walker]] <[[EMAIL_ADDRESS|hemi.walker@xtra.co.nz]]>
The hui is moved to Saturday, same place, bring a plate.
~~~
make this formal: "hi sir pls update my aadhaar no [[ID_NUMBER|5281 9370 4611]] in the society records, flat b-204. [[PERSON|rohan verma]]"
~~~
Write a reply saying yes: "Hi [[PERSON|Ingrid]], could you watch the kids Saturday? [[PERSON|Ola]] is away. Door code is [[PASSWORD|2580]]."
~~~
Translate to Spanish: "Your order ships to [[PERSON|Camila Rojas]], [[STREET_ADDRESS|Av. Providencia 1208, depto 54, Providencia, Santiago]]."
~~~
make it sound better please: "Sir, I am [[PERSON|Rashedul Islam]], my student ID is [[ID_NUMBER|2019-3-60-117]], I could not attend exam due to fever."
~~~
Proofread: "[[PERSON|Zoltán]], my home IP changed to [[IP_ADDRESS|203.0.113.58]]. Can you update the VPN allowlist?"
~~~
make shorter: "hi [[PERSON|noura]], meeting is at [[PERSON|hessa]]'s place, [[STREET_ADDRESS|villa 17, street 24b, al barsha 2, dubai]]. her no is [[PHONE_NUMBER|+971 50 318 2274]]"
~~~
Rewrite as a formal complaint: "My card [[CREDIT_CARD|5291 8463 0275 5122]] was charged £89 twice by your shop. Refund it. [[PERSON|Callum Reid]]"
~~~
Make this email less stiff: "Dear Ms [[PERSON|Ferreira]], please find the signed lease attached. Regards, [[PERSON|Jonas Lindqvist]]"
~~~
Translate into Korean: "Hi [[PERSON|Ji-woo]], your pickup is at 7am. Driver: [[PERSON|Sung-min Cho]], [[PHONE_NUMBER|010-4827-3361]]."
~~~
i need reply for this: "[[PERSON|Mariam]] hi! my brother [[PERSON|Levan]] is coming to Tbilisi next week, can he stay at yours?"
~~~
Fix the tone: "[[PERSON|Anders]], I told you twice. The API key is [[API_KEY|sk_live_51Hq8ZrT4kLm0PwX2vN7cYb3]], stop asking."
~~~
can you make this a nicer bio: "im [[PERSON|jessie tran]], nurse, mum of two, dm me at [[EMAIL_ADDRESS|jessie.tran.rn@gmail.com]]"
~~~
Make this sound polite: "Hi, [[PERSON|Anil]] here, room 312. My key card stopped working, guest number [[ID_NUMBER|HG-448193]]."
~~~
Summarise: "From [[PERSON|Renata Szabó]]: Hi team, I'll be on maternity leave from April. [[PERSON|Gergely]] takes over my accounts."
~~~
please correct: "Hello [[PERSON|Carlos]], I am send you the pictures of the apartment at [[STREET_ADDRESS|Calle Ayacucho 845, Miraflores, Lima]]. Is very nice!"
~~~
Make it more concise: "Just to confirm, the payment of €1,250 was made from my account [[IBAN_CODE|IE91 BOFI 9000 1748 2639 15]] on the 3rd. Thanks, [[PERSON|Declan Byrne]]"
~~~
translate to english: "[[PERSON|janne]], muista hakea [[PERSON|aino]] koulusta klo 15. t. äiti"
~~~
Rewrite as a formal note: "[[PERSON|Esther Mwangi]] called about her son's school fees, wants callback on [[PHONE_NUMBER|0722 614 908]]."
~~~
Make this into a polite reminder (keep it in French): "[[PERSON|Benoît]], tu me dois toujours 60 euros pour le concert. Mon numéro: [[PHONE_NUMBER|06 39 98 41 27]]."
~~~
correct: "Hi [[PERSON|Priyanka]], my SIN is [[ID_NUMBER|546 182 734]] for the payroll form, sorry I forget to write it."
"""  # noqa: E501
)
"""Short requests (under 60 words)."""

MEDIUM = _split(
    """
Rewrite this email to sound more polite, it's to my landlord and I don't want to get evicted:

[[PERSON|Gary]],
The washing machine has been broken for 3 weeks now. I've texted you 4 times. If it's not fixed by Friday I'm taking it off the rent, I know my rights.
Also the smoke alarm in the hallway beeps every night.
[[PERSON|Aisling Murphy]]
[[STREET_ADDRESS|Flat 2, 17 Clonliffe Road, Dublin 3, D03 K2W8]]
[[PHONE_NUMBER|087 294 6613]]
~~~
can you make this in good english, is for my son teacher:

dear miss [[PERSON|harper]], my son [[PERSON|mateo]] will not come to school on friday because we go to the hospital for check his ears. he will bring the homework on monday. sorry for this. if you need something call me [[PHONE_NUMBER|07700 900544]] or write me [[EMAIL_ADDRESS|vale.ruiz.m@hotmail.com]]. thank you very much, [[PERSON|valentina ruiz]] (mum of [[PERSON|mateo]], class 3b)
~~~
Please write a short reply to this, thanking her and saying I'll bring the forms on Monday.

Hi [[PERSON|Danielle]],
Just a heads up that the school trip to the science museum is on 12 March. We still need the consent form and the £15 contribution for [[PERSON|Oscar]]. You can pay on ParentPay or bring cash in an envelope with his name on it. If he has any allergies not on our list please tell me before the trip.
Thanks so much,
[[PERSON|Rachel Amponsah]]
Class 5 teacher, Brookfield Primary
~~~
Turn these notes into proper minutes:

residents meeting 4 feb. present [[PERSON|ewa nowicka]] (chair), [[PERSON|derek hall]], [[PERSON|samina akhtar]], [[PERSON|colm finnegan]], [[PERSON|li wei]]. bins - council says new collection day is wed. [[PERSON|derek]] to put notice in lift. bike store lock broken, new code will be [[PASSWORD|7319]], [[PERSON|samina]] to tell everyone. [[PERSON|ewa]] to chase the managing agent about the damp in block c. next meeting april, [[PERSON|colm]] hosting.
~~~
Translate to Spanish for my new cleaner please. Keep it simple, she's just learning English.

Hi [[PERSON|Rosario]], welcome! The house is [[STREET_ADDRESS|2418 Maple Ridge Drive, Austin, TX 78745]]. The side gate code is [[PASSWORD|1966]]. The dog is friendly but don't let him out the front. Please do the bathrooms and kitchen every week, and the bedrooms every two weeks. I'll leave the money on the counter. If anything comes up, text me at [[PHONE_NUMBER|(512) 555-0187]]. Thank you! [[PERSON|Heather]]
~~~
Can you fix the grammar and make it sound more professional? It's a cover letter opening.

Dear Hiring Manager, My name is [[PERSON|Emeka Nwosu]] and I am writing to applying for the Junior Accountant position what was advertised on LinkedIn. I have finish my ACCA exams last year and I am working now in a small firm in Manchester where I am doing bookkeeping for 40 clients. I am very hard working and I learn quickly. Please contact me on [[PHONE_NUMBER|07700 900731]] or [[EMAIL_ADDRESS|emeka.nwosu.acca@gmail.com]].
~~~
Summarise this email thread for me in 3 bullets:

From: [[PERSON|Karin Åberg]]
To: [[PERSON|Felix Nordin]]
Sent: Tuesday 09:14
[[PERSON|Felix]], the client wants the launch moved to June. Can we do it?

From: [[PERSON|Felix Nordin]]
Sent: Tuesday 11:02
Only if [[PERSON|Elsa]] finishes the translations by May. I'll ask her.

From: [[PERSON|Karin Åberg]]
Sent: Tuesday 11:30
Ok. Copying [[PERSON|Elsa Lindgren]] ([[EMAIL_ADDRESS|elsa.lindgren@nordvik.se]]). Let's decide Thursday.
~~~
make this complaint sound serious but not rude:

hi, im writing about my broadband. it has been dropping every evening for 2 weeks. i work from home and cant do my calls. ive rang 3 times and each time they say its fixed. account number [[ID_NUMBER|BB-7730164]], name on the account [[PERSON|shauna kelleher]], [[STREET_ADDRESS|9 ashgrove park, cork t12 x4f2]]. i want a refund for the days it didnt work. you can ring me on [[PHONE_NUMBER|086 417 2209]]
~~~
Write a reply to this accepting the offer but asking if the start date can be pushed back a week.

Dear [[PERSON|Thandiwe]],
Following your interview on Thursday we are delighted to offer you the role of Operations Coordinator at Kapstone Logistics, starting on 1 July on a salary of R420,000 per year. Please confirm your acceptance by Friday and send a certified copy of your ID ([[ID_NUMBER|9106235084080]]) for our records, although I believe we already have it on file from your application.
Kind regards,
[[PERSON|Pieter van Wyk]]
Head of People
~~~
please translate this to german, it is for my neighbour and my german is not good enough:

Hello Mr [[PERSON|Schulz]], I am sorry for the noise last saturday, it was my daughter's birthday party and it was later than I planned. It will not happen again. Also, a parcel for you was delivered to me by mistake, I will leave it by your door tomorrow morning. If you are not home, I can keep it, I am in flat 4 on the second floor. Best wishes, [[PERSON|Amira Saleh]]
~~~
Make this reference letter sound warmer and a bit more detailed:

To whom it may concern,
[[PERSON|Ruairí Doherty]] worked for me as a barista from March 2021 to August 2023. He was reliable, punctual and good with customers. He left to go to university. I would hire him again.
If you have questions call me on [[PHONE_NUMBER|07700 900358]].
[[PERSON|Grace Oduya]]
Owner, The Copper Kettle, Derry
~~~
Format this as a table please (name, flat, phone, paid y/n):

[[PERSON|joão pedro lima]] flat 1 [[PHONE_NUMBER|(21) 98734-2210]] paid
[[PERSON|marta gonçalves]] flat 2 [[PHONE_NUMBER|(21) 99651-0478]] not paid
[[PERSON|raimundo silva]] flat 3 [[PHONE_NUMBER|(21) 97208-6635]] paid
[[PERSON|keila andrade]] flat 4 no phone, not paid
[[PERSON|otávio reis]] flat 5 [[PHONE_NUMBER|(21) 98110-4592]] paid
condo fee this month is r$ 380, due on the 10th
~~~
Can you rewrite this so it's less passive-aggressive? It's going to the team channel.

Hi team, just a gentle reminder AGAIN that expenses must go through the portal, not by email to me. [[PERSON|Oskar]] and [[PERSON|Nia]], I've had three from each of you this week. Also whoever keeps sharing their login ([[ID_NUMBER|jmbeki.fin]]) with the temps, please stop, the audit flagged it. If you don't know how to use the portal ask [[PERSON|Jabu Mbeki]], not me. Thanks, [[PERSON|Corinne]]
~~~
summarise this whatsapp chat, who is bringing what?

[18/05/24, 10:02] [[PERSON|Gabi Moreno]]: ok bbq sunday at ours, who brings what
[18/05/24, 10:05] [[PERSON|Tomi Adebayo]]: I'll do drinks 🍺
[18/05/24, 10:06] [[PERSON|Nina Petrović]]: salad + dessert
[18/05/24, 10:11] [[PERSON|Gabi Moreno]]: amazing. [[PERSON|Rahul]] can u bring the speaker
[18/05/24, 10:40] [[PERSON|Rahul Iyer]]: yes and chairs
[18/05/24, 10:41] [[PERSON|Nina Petrović]]: address again?
[18/05/24, 10:42] [[PERSON|Gabi Moreno]]: [[STREET_ADDRESS|58 Linden Avenue, Hove BN3 6NP]], come from 1
~~~
Fix the english in this email to the university, I am international student:

Dear Sir/Madam, I am [[PERSON|Zhang Yuxuan]], student number [[ID_NUMBER|2231847]] in MSc Data Science. I am writing because my tuition fee payment is not showing in my account. I have paid on 2 October by bank transfer from China, the amount was £11,500. My bank say the money is left. Please can you check it? My email is [[EMAIL_ADDRESS|yuxuan.zhang@student.lboro.ac.uk]]. Thank you very much for help.
~~~
Make this more formal, it's for HR:

hey so i need to update my bank details for payroll. old account closed. new one is [[IBAN_CODE|NL07 RABO 0318 4629 57]], name [[PERSON|sander visser]]. employee id [[ID_NUMBER|NL-40882]]. also my address changed to [[STREET_ADDRESS|kanaalstraat 88, 3531 cn utrecht]] since last month. can this be done before the 25th pay run? let me know if you need a bank letter too. thx
~~~
Please write a reply to this customer:

Hello, I ordered a blue lamp (order 55120-A) and got a green one. I need the blue one before my mother's birthday on Saturday. Please call me on [[PHONE_NUMBER|0491 570 318]] or email me back. I have attached a photo of the box and the lamp. Very disappointed.
[[PERSON|Siosaia Fifita]]
[[STREET_ADDRESS|4/27 Bellevue Road, Glen Waverley VIC 3150]]
~~~
Translate to English please, its from my son school in Poland and I want my husband to read it. Please keep the formal tone, he likes to know exactly what school writes:

Szanowni Państwo, informujemy, że uczeń [[PERSON|Filip Zieliński]] nie oddał podręczników do biblioteki szkolnej. Prosimy o zwrot do piątku. W razie pytań proszę kontaktować się z wychowawczynią, panią [[PERSON|Agnieszką Mazur]], tel. [[PHONE_NUMBER|601 238 447]]. Z poważaniem, Dyrekcja
~~~
Can you help me write a polite reply declining this? I don't want to be rude.

Hi [[PERSON|Mo]],
Hope you're well! I'm organising a charity run for the hospice in September and wondered if you'd like to be one of the marshals? It's only 3 hours on the Sunday morning. Also, would you mind sharing it with your running club? The sign-up page is on my Facebook. Let me know!
[[PERSON|Bethany Clarke]]
[[PHONE_NUMBER|07700 900926]]
~~~
Turn this into meeting minutes with action points:

call with supplier 12/6. us: [[PERSON|leah goldberg]], [[PERSON|tariq haddad]]. them: [[PERSON|yusuf demir]] (sales), [[PERSON|selin arslan]] (logistics). price up 4% from august, [[PERSON|tariq]] to push back. shipping delays from izmir port, [[PERSON|selin]] sending new schedule by friday. [[PERSON|yusuf]] asked for our forecast q3, [[PERSON|leah]] owes it. contact for urgent stuff [[EMAIL_ADDRESS|s.arslan@egeteks.com.tr]]. meeting ran 40 min over, keep next one shorter
~~~
Make this text to my ex more neutral and calm, we share custody:

[[PERSON|Darren]] I'm not doing this again. You said you'd have [[PERSON|Maisie]] back by 6 and it was 8:30. She had school today and was exhausted. Next weekend she needs to be back by 6, no excuses. And her inhaler was left at yours AGAIN. Drop it at my mum's, [[STREET_ADDRESS|3 Pinfold Lane, Wakefield WF2 8RT]], tomorrow. [[PERSON|Kelly]]
~~~
please correct my email, I am writing to bank:

Dear Sir, I am client of your bank from 2015. Yesterday somebody has used my card [[CREDIT_CARD|4918 0632 7754 1208]] in Internet shop in Netherlands, 3 payments of 299 euro, but I am in Lisbon and card is with me. I blocked the card in app. Please return this money. My name [[PERSON|Dmytro Kovalenko]], my tax number in Portugal NIF [[ID_NUMBER|284 917 362]]
~~~
Turn this into a proper invoice layout (table with items, then payment details at the bottom):

invoice 2024-031 from [[PERSON|Léa Marchand]], freelance illustrator, [[STREET_ADDRESS|27 rue Paul Bert, 33000 Bordeaux]]
to: Maison Ondine SARL
- 6 product illustrations 6 x 180 = 1080
- cover redraw 250
- rush fee 120
total 1450 eur, no VAT (auto-entrepreneur)
pay within 30 days to [[IBAN_CODE|FR51 3000 4028 3700 0104 8276 137]], questions [[EMAIL_ADDRESS|lea.marchand.illu@gmail.com]] or [[PHONE_NUMBER|06 39 98 12 84]]
~~~
i need to reply to this tenant, can you write something that says i'll send a plumber thursday morning between 8 and 10:

hi mr [[PERSON|adeyemi]] its [[PERSON|funmi]] from flat 9. water is coming through the ceiling in the bathroom again, i think its from the flat above. ive put a bucket but its getting worse and the paint is falling off. i work nights so mornings are best. my number is [[PHONE_NUMBER|07700 900165]]. please sort it this week, my little boy is scared of the noise. thanks [[PERSON|funmi okafor]]
~~~
Please make this sound more confident, it's my LinkedIn message to a recruiter:

Hi [[PERSON|Marta]], sorry to bother you, I saw you are hiring for the Backend Engineer role at Glovo and I was wondering if maybe I could apply even though I only have 2 years of Go? I have built a payments service at my current job and I am learning Kubernetes. If it's ok I attach my CV. My email is [[EMAIL_ADDRESS|andrei.popescu.dev@gmail.com]]. Thank you for your time and sorry again, [[PERSON|Andrei Popescu]]
~~~
Summarise this for my manager in two sentences:

From: [[PERSON|Hyun-woo Lee]] <[[EMAIL_ADDRESS|hwlee@seoultech-partners.kr]]>
To: Project team
Subject: Server migration

Hello all, the migration of the staging server is finished. The new address is [[IP_ADDRESS|203.0.113.144]] and the old one will be shut down on Friday. Please update your SSH config. If you had a personal account on the old machine, it was copied; your login is still your employee number, mine is [[ID_NUMBER|SK20417]]. Contact me for any issue.
[[PERSON|Hyun-woo]]
~~~
Translate this into simple English, my grandmother received it and asked me what it is:

Estimada Sra. [[PERSON|Pilar Domínguez Vega]]: Le informamos que su solicitud de ayuda para la rehabilitación de la vivienda situada en [[STREET_ADDRESS|Calle San Vicente Mártir 122, 4ª, 46007 Valencia]] ha sido aprobada. Para recibir el pago, debe confirmar su número de cuenta y presentar una copia de su DNI ([[ID_NUMBER|53927418P]]) antes del 30 de junio. Atentamente, Ayuntamiento de Valencia
~~~
can u fix this, its for a group email to the parents in my daughters class:

hi everyone!! its [[PERSON|nadia]] ([[PERSON|zara]]'s mum). me and [[PERSON|holly]] ([[PERSON|finn]]'s mum) are organising a present for miss [[PERSON|o'connell]] for the end of year. we are thinking £5 each. you can send it to me on [[IBAN_CODE|gb71 barc 2040 1783 2619 08]] or give cash at pick up. please put your childs name as reference. any questions message me on [[PHONE_NUMBER|07700 900478]] thanks xx
~~~
Make this message to my new flatmates more friendly:

House rules. Bins go out Tuesday night. Rent (£640 each) goes to [[PERSON|Ewan]]'s account by the 1st, details: [[PERSON|Ewan Stirling]], sort code 40-11-62, acc [[ID_NUMBER|53807219]]. Quiet after 11 on weeknights. Wifi network is "Flat7-5G", password [[PASSWORD|purpleHippo72]]. Don't touch the landlord's piano. If the heating breaks, call the letting agent not me. [[PERSON|Ewan]] (room 1)
~~~
Write a reply to this from my daughter's school. I want to say thanks and that we'll come to the meeting on Wednesday at 4.

Dear Mr and Mrs [[PERSON|Castellanos]],
I wanted to let you know that [[PERSON|Sofía]] has been doing really well in maths this term, but she has seemed quite tired and withdrawn in the afternoons over the last two weeks. She mentioned she isn't sleeping well. I'd like to have a quick chat to see if there's anything we can do to support her at school. Would Wednesday after school work for you?
Best wishes,
[[PERSON|Owen Pritchard]]
Head of Year 7, Millbrook Academy
~~~
Hi can you make this sound nicer, I'm writing to my old boss asking for a reference:

[[PERSON|Hussein]], I'm applying for a job at the council and they want 2 references. Can I put you down? They will email you at the address you had at the warehouse, [[EMAIL_ADDRESS|h.alsaadi@northgatedistribution.co.uk]], is that still right? The job is for a housing officer. I need to send the form by Monday. Thanks, [[PERSON|Kieran Walsh]]
~~~
correct my grammar and make it formal, its to the embassy:

Dear Sir or Madam, I am writing for ask about my visa application. I am submit the documents on 3 of May at the visa centre in Lagos. My passport number is [[ID_NUMBER|A09472815]] and the reference of application is GWF07731950. Until now I have not receive any information and my travel is in 3 weeks for my brother wedding. Please can you tell me the status. Thank you. [[PERSON|Chukwuemeka Obi]], [[PHONE_NUMBER|0803 514 2276]]
~~~
Summarise these attendees and actions as a table (person, action, deadline):

Attendees: [[PERSON|Anjali Rao]], [[PERSON|Ben Whitaker]], [[PERSON|Olga Ivanova]], [[PERSON|Marcus Lindberg]]
1. [[PERSON|Olga]] to send updated budget to finance by 20th.
2. [[PERSON|Ben]] and [[PERSON|Marcus]] to interview the two shortlisted candidates next week.
3. [[PERSON|Anjali]] to book the venue for the offsite (max 40 people).
4. Everyone to review the draft strategy doc before Friday.
Next meeting: 3 October, 2pm, room 4.
~~~
Make this text more apologetic, i messed up:

[[PERSON|kemi]] im so sorry i forgot ur birthday dinner last night. work was crazy and my phone died and i only saw the messages at 1am. i know thats not an excuse. let me take you out this weekend, anywhere you want, my treat. i already booked a table at that place on [[STREET_ADDRESS|44 brick lane, london e1 6rf]] for saturday at 7 in case you say yes. love you x [[PERSON|tobi]]
~~~
Translate to English and tell me if this looks like a scam:

Bonjour Mme [[PERSON|Dubois]], suite à une erreur de notre service, votre carte vitale a été désactivée. Pour la réactiver, merci de confirmer votre numéro de sécurité sociale [[ID_NUMBER|2 89 07 75 123 041 80]] et vos coordonnées bancaires en répondant à ce message. Sans réponse sous 48h, vos remboursements seront suspendus. Cordialement, Service Assurance Maladie
~~~
Could you make this apology email to a customer sound more sincere? It feels cold.

Dear Mr [[PERSON|Ogunleye]],
We acknowledge receipt of your complaint regarding the delayed delivery of your sofa. The delay was caused by our supplier. Your delivery has been rescheduled for 14 August to [[STREET_ADDRESS|19 Marlborough Crescent, Sheffield S10 3LQ]]. Your customer number is [[ID_NUMBER|CU-8830417]]. A credit of £25 has been applied.
Regards,
Customer Relations
~~~
hey can you help me reply to my landlady? she wants to come inspect and i want to say next week is better.

message from her:
hello [[PERSON|anneliese]], this is [[PERSON|brigitte hartmann]] your landlady. i would like to come for the yearly inspection of the flat at [[STREET_ADDRESS|gneisenaustraße 61, 10961 berlin]] on thursday at 10. my husband will also come to look at the windows. please tell me if this is ok. you can call me on [[PHONE_NUMBER|030 23125 774]]. best regards
~~~
Make this sound more professional, it's an email to a client I'm chasing for payment:

Hi [[PERSON|Rafael]], hope all good. Just checking about the invoice from 2 months ago for the website work (R$ 4.800). I sent it twice already. I really need this money, my rent is due and I can't wait more. Can you pay this week? My Pix key is my phone, [[PHONE_NUMBER|(11) 98472-3306]], or send to [[EMAIL_ADDRESS|gui.antunes.web@gmail.com]]. Thanks man, [[PERSON|Guilherme Antunes]]
~~~
Pls translate to english for my manager, it is message from my wife to the office:

Dzień dobry, piszę w imieniu męża, [[PERSON|Pawła Nowaka]], który jest dziś w szpitalu po wypadku na rowerze. Nie będzie w pracy do końca tygodnia. Zwolnienie lekarskie wyślę mailem jutro. W razie pytań proszę dzwonić do mnie: [[PHONE_NUMBER|+48 693 204 581]]. Dziękuję za zrozumienie. Pozdrawiam, [[PERSON|Joanna Nowak]]
~~~
Rewrite this so it's clear and short. It's for the new starter pack.

Welcome [[PERSON|Kavya]]! Your laptop is ready at IT desk on level 2. Username is [[ID_NUMBER|kavya.n]], temporary password [[PASSWORD|Welcome-Oct24!]] which you MUST change at first login (the system will make you). Your manager [[PERSON|Duncan Reilly]] will meet you at 9:30 in reception. Lunch is on us on day one. Parking permit form is in the shared drive. Any issues, call the IT helpdesk or message [[PERSON|Duncan]] on Teams.
~~~
Make this email to my teacher sound more polite and grown up

hi miss, its [[PERSON|aaliyah]] from 11c. i wasnt in on friday cos i had a dentist thing and i missed the coursework deadline. can i hand it in monday instead? my mum said she can email you, her email is [[EMAIL_ADDRESS|tasha.greene84@outlook.com]]. also i didnt get the sheet about the trip. sorry. [[PERSON|aaliyah greene]]
~~~
Summarise this thread in plain English please, I got lost:

> On 3 Mar, [[PERSON|Ibrahim Diallo]] wrote:
> The shipment is held at customs in Dakar. They want the importer's tax number.
> On 3 Mar, [[PERSON|Claire Fontaine]] wrote:
> [[PERSON|Ibrahim]], I'm not sure we have it. [[PERSON|Moussa]] handled the last one.
> On 4 Mar, [[PERSON|Moussa Ndiaye]] wrote:
> It's in the contract annex. I'll send it to customs directly today. Call me on [[PHONE_NUMBER|+221 77 634 18 02]] if they call you first.
~~~
Help me write a reply to this job applicant saying we'd like to invite her to a second interview next Tuesday at 11:

Dear Sir/Madam,
Thank you for considering my application for the Sous Chef role. I have eight years' experience in hotel kitchens in Kraków and London, most recently at the Rosewood. I am available for a trial shift any day next week. My references are attached.
Kind regards,
[[PERSON|Magdalena Kaczmarek]]
[[PHONE_NUMBER|07700 900592]]
[[EMAIL_ADDRESS|magda.kaczmarek.chef@gmail.com]]
~~~
can u make this into a nice message for the class whatsapp group

reminder!! football tournament saturday 9am at the rec ground. kids need shin pads and a water bottle. [[PERSON|joe]] and [[PERSON|amir]] are doing the lifts from school, if your child needs a lift msg them. [[PERSON|joe]] is [[PHONE_NUMBER|07700 900814]] and [[PERSON|amir]] is [[PHONE_NUMBER|07700 900277]]. subs are £3, bring cash. go tigers!!!
~~~
Rewrite this doctor's note in simple words so I can explain it to my dad:

Patient: [[PERSON|Vikram Nair]]
NHS No: [[ID_NUMBER|719 302 6488]]
Seen today with 3-day history of productive cough and low-grade fever. Chest clear on auscultation. Likely viral lower respiratory tract infection. Advised fluids, paracetamol, rest. Safety-netted: return if breathlessness, chest pain or fever persisting beyond 5 days. No antibiotics indicated at present.
Dr [[PERSON|H. Okonkwo]]
~~~
Make this out of office sound a bit less robotic:

I am currently out of the office with limited access to email until Monday 2 September. For urgent matters regarding contracts please contact [[PERSON|Tamsin Booth]] at [[EMAIL_ADDRESS|tamsin.booth@harrowgate-legal.co.uk]] or on [[PHONE_NUMBER|020 7946 0522]]. For anything related to billing please contact accounts. I will respond to your email upon my return. Kind regards, [[PERSON|Niamh Gallagher]]
~~~
fix my email please, is for renting apartment:

Hello Mrs [[PERSON|Jansen]], I see your advertisement for the room in [[STREET_ADDRESS|Van Woustraat 143-3, 1074 AJ Amsterdam]]. I am very interested. I am [[PERSON|Giorgos Papadakis]], I am 28 years old and I work like software tester in Booking. I am clean and quiet person, no smoking, no pets. I can pay deposit immediately. When it is possible to visit? My number is [[PHONE_NUMBER|06-41829573]]. Best regards
~~~
Turn these notes into a short formal letter from me to the tenant:

to ms [[PERSON|priya sharma]], [[STREET_ADDRESS|flat 11, 6 hamilton court, leicester le2 1dq]]. rent increase from 1 sept, £875 to £910 per month. reason: service charge went up + boiler replacement last year. she can call me with questions on [[PHONE_NUMBER|07700 900639]]. thank her for being a good tenant for 4 years. from [[PERSON|graham thorne]], landlord
~~~
Please translate this to Japanese, it's for the host family my son is staying with:

Dear [[PERSON|Yamamoto]] family, thank you so much for welcoming [[PERSON|Ethan]] into your home. He has a mild peanut allergy, so please check food labels. His EpiPen is in the front pocket of his backpack. If there is any problem, please call me any time on [[PHONE_NUMBER|(416) 555-0126]], even at night. We are very grateful. Warm regards, [[PERSON|Laura Bélanger]]
~~~
Can you rewrite this to sound less desperate? It's to a recruiter who interviewed me last week.

Dear Ms [[PERSON|Kowalski]], I am writing again because I did not hear anything after my interview on the 4th. I really, really need this job and I would accept a lower salary if that helps. I can start tomorrow. Please, please let me know either way, I check my email every hour. You can also call me at [[PHONE_NUMBER|(773) 555-0148]]. Thank you so much for your time, [[PERSON|Deshawn Carter]]
~~~
Summarise this voicemail transcript into a short note for my colleague:

hi yes hello this is mrs [[PERSON|dlamini]], [[PERSON|nomvula dlamini]], im calling about my son [[PERSON|sipho]] in grade 2, he came home with a bump on his head yesterday and nobody told me, i want to know what happened. also his reading book is missing. please call me back on [[PHONE_NUMBER|082 417 3390]], after 4 is better because im at work. ok thank you bye
~~~
Can you polish this reference letter? English is not my first language.

To whom it may concern,
I am writing to recommend Ms [[PERSON|Maricel Dizon]] who was working for our family as nanny from 2019 until 2024. She take care of our two children from when they were babies. She is very patient, honest and the children love her very much. She also cooks and helps with homework. We are moving abroad, this is the only reason she leave. If you want more information you can call me, [[PERSON|Annika Rosendahl]], on [[PHONE_NUMBER|+46 70 318 62 49]].
~~~
Turn this into tidy minutes in English (the notes are half German, sorry):

Teammeeting 14.11.
Anwesend: [[PERSON|Jörg Lehmann]], [[PERSON|Aylin Yıldız]], [[PERSON|Matthias Vogt]], [[PERSON|Priscilla Mensah]]
Entschuldigt: [[PERSON|Ulrike Brandt]]
- Q4 numbers: sales slightly below plan, [[PERSON|Matthias]] prepares analysis
- New CRM go-live moved to January, [[PERSON|Aylin]] informs customers
- Christmas party 13.12., [[PERSON|Priscilla]] books restaurant
- [[PERSON|Jörg]] on holiday 20.12.-06.01., deputy [[PERSON|Ulrike]]
~~~
Make this message to my son's football coach sound less angry:

[[PERSON|Craig]], [[PERSON|Liam]] has been on the bench for the last four matches and nobody has told us why. He trains twice a week and never misses a session. We pay £40 a month like everyone else. If there's a problem with his attitude I'd like to hear it from you directly, not from the other parents. Call me tonight on [[PHONE_NUMBER|07700 900908]]. [[PERSON|Stuart Mackenzie]]
~~~
Translate to Arabic please, it's for my husband's cousin who is visiting:

Hi [[PERSON|Omar]], welcome to Toronto! The address is [[STREET_ADDRESS|88 Harbord Street, Unit 3, Toronto, ON M5S 1G5]]. Take the UP Express from the airport to Union, then the subway to Spadina. The key box code is [[PASSWORD|3810]]. [[PERSON|Khaled]] finishes work at 6 and will pick you up for dinner. If you get lost, call me on [[PHONE_NUMBER|(647) 555-0172]]. [[PERSON|Rania]]
~~~
Fix the grammar in my complaint, please:

To the customer service, my name is [[PERSON|Tran Van Duc]] and I have a contract with you for mobile phone, customer number [[ID_NUMBER|77302816]]. Last month you are charged me 3 times for roaming in Vietnam but I turned off the roaming before I go. I have screenshot. I want you refund the money to my card [[CREDIT_CARD|5520 3744 8190 6633]]. I am waiting your answer since 3 weeks.
~~~
Write a reply to this, i want to say thanks and that i'll send the documents tonight:

hello [[PERSON|rutendo]], thank you for your application for the room at [[STREET_ADDRESS|21 carlton street, brunswick vic 3056]]. before we can confirm we need a copy of your passport, your last two payslips and a reference from your previous landlord. the bond is four weeks rent. please email everything to [[EMAIL_ADDRESS|mitch.obrien@harbourrentals.com.au]] or call me on [[PHONE_NUMBER|0491 570 847]]. regards [[PERSON|mitch o'brien]], property manager
~~~
Can you rewrite this email so it sounds more polite? I'm writing to my kid's new school.

To the office,
My daughter [[PERSON|Ayla Kaya]] started in Year 3 on Monday and still doesn't have a login for the homework app. Her old school login was [[ID_NUMBER|akaya.2016]] if that helps. Also the uniform shop says you haven't sent her name through. This is the third time I'm asking. My number is [[PHONE_NUMBER|07700 900733]].
[[PERSON|Serkan Kaya]]
~~~
Summarise this Slack thread for someone who missed it:

[[PERSON|Priya Natarajan]]: prod is down again 😩
[[PERSON|Lars Eriksen]]: looking. db connections maxed out
[[PERSON|Priya Natarajan]]: was it the cron job from yesterday?
[[PERSON|Lars Eriksen]]: yep, [[PERSON|Kenji]] pushed it without the pool limit
[[PERSON|Kenji Watanabe]]: sorry!! reverting now
[[PERSON|Lars Eriksen]]: back up. I'll write the postmortem
[[PERSON|Priya Natarajan]]: ty. let's add a check in CI so this can't happen again
~~~
Please make my cover letter paragraph stronger:

I am [[PERSON|Ana Lucía Herrera]], a recent graduate in Environmental Engineering from Universidad de los Andes. During my internship at a water treatment plant in Bogotá I helped reduce chemical use by 12% by adjusting dosing schedules. I am now looking for a graduate role in Europe and I have a valid work permit for Spain (NIE [[ID_NUMBER|Y4817362A]]). I speak Spanish, English and basic German. You can reach me at [[EMAIL_ADDRESS|anal.herrera@uniandes.edu.co]].
~~~
i need this in proper english for the insurance company, my car was hit:

hello, yesterday 5pm my car was parked in front my house at [[STREET_ADDRESS|ul. Mickiewicza 14/3, 31-120 Kraków]] and other car hit it and go away. the neighbour see it and take the number plate. my policy number is [[ID_NUMBER|PZU-4471920]], my name [[PERSON|Bartosz Wiśniewski]], PESEL [[ID_NUMBER|92071418369]]. please tell me what documents you need, i can send photos. telephone [[PHONE_NUMBER|+48 512 907 334]]
~~~
Rewrite this in a friendlier tone, it's going to all volunteers:

Volunteers,
The food bank rota for December is now final. Do not swap shifts without telling [[PERSON|Margaret]]. Keys are collected from [[PERSON|Margaret Oyelowo]] at [[STREET_ADDRESS|7 Chapel Row, Leeds LS6 3AJ]] the evening before your shift and returned the same day. The alarm code is [[PASSWORD|9024]] and must not be written down anywhere. If you can't make your shift call [[PHONE_NUMBER|07700 900446]] at least 24 hours in advance.
Management Committee
~~~
translate this to english please, my mother in law sent it and i want to reply properly

[[PERSON|nazlı]] kızım merhaba, pazar günü [[PERSON|emre]]'nin doğum günü için bize gelin. saat 2 gibi. adres değişti biliyorsun, yeni ev [[STREET_ADDRESS|bağdat caddesi no 214 daire 7, kadıköy istanbul]]. çocukları da getirin tabii. bir şey lazım olursa beni ara [[PHONE_NUMBER|0532 418 27 69]]. seni çok seviyorum, annen
~~~
Can you turn this into a formal complaint letter to the council?

Bins not collected for 3 weeks on our road. Rats now. Called 4 times, ref numbers 88201, 88347, 88511. Nobody came. Elderly neighbour Mr [[PERSON|Patel]] at no. 12 can't take his bin to the end of the road himself and was promised assisted collection. I'm [[PERSON|Jennifer Ashworth]], [[STREET_ADDRESS|14 Sycamore Close, Stockport SK4 2HN]], [[EMAIL_ADDRESS|jen.ashworth@btinternet.com]]. Want a written response and a date.
~~~
Please rewrite this as a LinkedIn recommendation:

[[PERSON|Amaka]] was on my team for two years at Flutterwave. She built our fraud dashboard basically alone, trained three juniors, and never missed a deadline even when we were short staffed. She asks hard questions in meetings in a good way. Anyone hiring a data analyst should talk to her. Happy to give a reference, reach me at [[EMAIL_ADDRESS|tunde.bakare@fastmail.com]]. [[PERSON|Tunde Bakare]]
~~~
Make this email to a parent clearer and kinder, I'm a teacher and I wrote it in a rush:

Dear Ms [[PERSON|Herrera]], [[PERSON|Diego]] was involved in a fight at lunch today. He was not injured. The other pupil was sent home. [[PERSON|Diego]] said he was defending a friend. We need to meet to discuss. Please call the school office or email me on [[EMAIL_ADDRESS|r.fitzgerald@stanselmsprimary.org.uk]]. [[PERSON|Rory Fitzgerald]], Year 6
~~~
can you format this as a table: guest name, dietary, plus one

guests for [[PERSON|saanvi]] & [[PERSON|oliver]]'s wedding:
[[PERSON|meera joshi]] veg yes
[[PERSON|kabir malhotra]] none no
[[PERSON|hannah lewis]] gluten free yes
[[PERSON|tom baxter]] none yes
[[PERSON|ritika sen]] vegan no
[[PERSON|george whitfield]] none no
[[PERSON|aarav kapoor]] veg yes
[[PERSON|imogen price]] nut allergy yes
[[PERSON|nikhil bose]] veg no
rsvp to [[EMAIL_ADDRESS|saanvi.and.ollie2025@gmail.com]] by 1 march
~~~
Please make this email more formal, I'm sending it to the bank:

Hi, I need to change the account my salary goes into. The new one is [[IBAN_CODE|ES74 2100 0813 6102 3784 5196]] at CaixaBank. I am [[PERSON|Jordi Puig Serra]], DNI on file. I also want to cancel the old card ending 4471 and get the new card sent to [[STREET_ADDRESS|Carrer de Provença 289, 2n 1a, 08037 Barcelona]]. Call me on [[PHONE_NUMBER|+34 634 182 957]] if you need anything. Thanks.
~~~
Hi, can you write a reply to this message from my neighbour? I want to say no problem and I'll keep the parcel for her.

Hello! It's [[PERSON|Ilse]] from number 23. I'm away in Ghent until Sunday and a courier is coming with a parcel on Thursday (from Zalando). Could you take it in for me? I gave them your address, [[STREET_ADDRESS|Lange Lozanastraat 27, 2018 Antwerpen]], as a backup. Sorry for the trouble! If there's a problem text me on [[PHONE_NUMBER|0476 29 81 53]]. Thanks a lot, [[PERSON|Ilse Verbruggen]]
~~~
make this sound less formal, its a message to my new tutor group at uni:

Dear students, my name is Dr [[PERSON|Kwabena Osei]] and I will be your personal tutor for the academic year. Please book a one-to-one meeting with me during the first two weeks of term using the booking link on Moodle. My office is in the Hardy Building, room 2.14. Office hours are Tuesday 10 to 12. For anything urgent, email me at [[EMAIL_ADDRESS|k.osei@lincolnshire-uni.ac.uk]]. I look forward to meeting you all.
~~~
Please fix my English, this is an email to the school about my son:

Good morning, I am father of [[PERSON|Adrian Constantin]] in class 2B. He will miss school from 10 to 14 June because we must travel to Romania for the funeral of his grandmother. I know it is in term time but we have no choice. He will take his books with him. If you need more information please write to [[EMAIL_ADDRESS|c.constantin1979@yahoo.ro]] or call [[PHONE_NUMBER|07700 900128]]. Thank you for understanding, [[PERSON|Cristian Constantin]]
~~~
Rewrite this to be shorter and more direct, it's going to the IT vendor:

Hello, hope you are well. So we are having an issue where one of our staff, [[PERSON|Mercy Wanjiru]], cannot log into the VPN from home. Her username is [[ID_NUMBER|mwanjiru]] and her home IP address is [[IP_ADDRESS|192.0.2.187]], which we think might be blocked by your geo filter because she is currently working from Nairobi. Could you please check and whitelist it if possible? She has tried rebooting her router already. Many thanks in advance for your help with this.
~~~
summarise this thread for me:

from: [[PERSON|hannah kim]] <[[EMAIL_ADDRESS|hannah.kim@bluepinecreative.com]]>
to: [[PERSON|daniel ortega]]
re: logo files

[[PERSON|daniel]] the client hates the green version. can we do navy by thursday?

from: [[PERSON|daniel ortega]]
navy is fine but i need the brand guide first, [[PERSON|hannah]] can u ask them

from: [[PERSON|hannah kim]]
asked. they said monday. so thursday is not happening. ill tell them friday
~~~
Can you help me write a reply to this? She's a student's mum and I want to reassure her.

Hello teacher, I am mother of [[PERSON|Mohammed Al-Rashid]] in your English class. He is very worried about the exam next week because he did not understand the grammar lesson. At home he cry. We do not speak English at home so I cannot help him. Is it possible for extra lesson? We can pay. My phone is [[PHONE_NUMBER|07700 900355]], please send message because I do not understand well on phone. Thank you, [[PERSON|Fatima Al-Rashid]]
~~~
Turn this into a proper tenancy reference letter:

[[PERSON|Olumide Balogun]] rented [[STREET_ADDRESS|Flat 4, 32 Rusholme Grove, Manchester M14 5AB]] from me from 2020 to 2024. rent always on time, never any complaints from neighbours, left the flat clean, full deposit returned. would rent to him again. contact me on [[PHONE_NUMBER|07700 900219]] if the agent wants to check. [[PERSON|Helen Pryce]], landlord
~~~
Translate this into German, it's for my new employer's HR department:

Dear Ms [[PERSON|Becker]], thank you for the contract. Please find my details for payroll below. Tax ID: [[ID_NUMBER|57 294 610 386]]. Bank account: [[IBAN_CODE|DE35 3704 0044 0582 7193 64]]. Health insurance: Techniker Krankenkasse. My new address from 1 March is [[STREET_ADDRESS|Aachener Straße 412, 50933 Köln]]. I will bring the signed contract on my first day. Kind regards, [[PERSON|Siddharth Menon]]
~~~
Please rewrite this so it sounds calm, it's to our letting agent:

Hi, this is the 5th email. The mould in the back bedroom is getting worse and my baby sleeps in that room. Your contractor came on 2 Feb, looked at it for two minutes and left. I have photos. Tenancy ref TN-20931. We are [[PERSON|Shirin Farahani]] and [[PERSON|Dariush Farahani]] at [[STREET_ADDRESS|27B Cowley Road, Oxford OX4 1HP]]. If nothing happens this week I am contacting environmental health. Phone [[PHONE_NUMBER|07700 900672]].
~~~
correct grammar and make nice, it is for my professor:

dear professor [[PERSON|lindqvist]], i am [[PERSON|yohannes tesfaye]], your student in the course statistical learning. i was sick last week with covid and i could not submit the assignment 2. i have doctor paper. can i submit it until next friday? my student number is [[ID_NUMBER|s2471936]]. i am sorry for inconvenience and thank you for your understanding. best regards
~~~
Can you summarise this WhatsApp group chat in a few bullets? I muted it for a day.

[02/09, 08:14] [[PERSON|Chiara Bianchi]]: ragazzi the landlord wants to raise rent 8%
[02/09, 08:20] [[PERSON|Luca Esposito]]: no way
[02/09, 08:21] [[PERSON|Federica Romano]]: it's illegal mid contract no?
[02/09, 08:35] [[PERSON|Chiara Bianchi]]: he says from renewal in October
[02/09, 09:02] [[PERSON|Luca Esposito]]: I'll call the tenants union
[02/09, 12:47] [[PERSON|Federica Romano]]: I'm moving out anyway in January fyi
[02/09, 12:50] [[PERSON|Chiara Bianchi]]: noooo 😭
~~~
Make this into a formal reminder email to a client about an unpaid invoice:

client: Van Dijk Bouw BV
invoice 1187, €3,420, due 30 days ago
already sent 2 reminders
pay to [[IBAN_CODE|BE39 0634 8271 5039]] (account of [[PERSON|Wouter Claes]], sole trader)
if not paid in 14 days I will add the statutory interest
contact me [[EMAIL_ADDRESS|wouter@claes-schrijnwerk.be]] or [[PHONE_NUMBER|0495 62 18 40]]
keep it polite, they're a good client normally
~~~
hi can you turn this into an email to my daughters school, polite but firm

[[PERSON|lily]] came home with a cut on her knee again, second time this month, and nobody from the school told me. she says she fell in the playground near the broken bench. i want to know if there is an accident log and why i wasnt informed. im [[PERSON|rebecca o'neill]], her mum, [[PHONE_NUMBER|07700 900863]]. she is in class 1b with mrs [[PERSON|hughes]]
~~~
Please translate this into Polish for my neighbour:

Hi [[PERSON|Grzegorz]], I'm going to be away from 10 to 24 August. Could you please water the tomatoes in the back garden every two days? The back gate code is [[PASSWORD|5182]] and the hose is by the shed. There are spare keys with [[PERSON|Maureen]] at number 9 if you need to get in the house for any reason. My mobile is [[PHONE_NUMBER|07700 900487]]. Thank you so much! [[PERSON|Alison]]
~~~
Can you rewrite this so it sounds more professional? it's my email signature and intro for new clients

hi, im [[PERSON|sione tuilagi]], your new account manager. i'll be looking after your account from now on, [[PERSON|karen]] has moved to the auckland office. best way to reach me is mobile [[PHONE_NUMBER|021 483 9027]] or [[EMAIL_ADDRESS|sione.t@kiwifreightco.nz]]. im in the office mon to thurs. looking forward to working with you guys, cheers
~~~
Write a reply to this candidate saying we went with someone else but we'll keep her CV on file:

Dear Hiring Team,
I wanted to follow up on my interview for the Marketing Coordinator role on 12 May. I really enjoyed meeting [[PERSON|Sunita]] and [[PERSON|Jamal]] and learning about the spring campaign. I remain very interested in the position and would be happy to provide any further information.
Best regards,
[[PERSON|Chiamaka Eze]]
[[PHONE_NUMBER|(415) 555-0193]]
~~~
Fix grammar please, writing to hotel about a problem:

Dear hotel manager, I stayed in your hotel from 3 to 6 of April, room 508, booking under name [[PERSON|Hoang Minh Tuan]]. After checkout I see on my card [[CREDIT_CARD|4012 8851 3976 0245]] extra charge of 120 euro for minibar, but I not use the minibar, I did not even open it. Please check and give me back the money. My email [[EMAIL_ADDRESS|tuan.hoangminh@gmail.com]]. Thank you
~~~
Could you turn my notes into minutes for the PTA committee?

PTA meeting 21 Jan, school library. Present: [[PERSON|Joanne Pike]] (chair), [[PERSON|Abdi Warsame]] (treasurer), [[PERSON|Gwen Parry]], [[PERSON|Tomasz Zając]], [[PERSON|Yetunde Ajayi]]. Treasurer report: £2,140 in account after Christmas fair. Spring disco agreed for 15 March, [[PERSON|Gwen]] and [[PERSON|Yetunde]] to organise. New playground equipment quote £6,800, [[PERSON|Abdi]] to apply for council grant. [[PERSON|Tomasz]] stepping down in summer, need new secretary. AOB none.
~~~
make this message more polite, i'm asking my flatmate to pay me back:

[[PERSON|ruby]] you owe me £212 for the electric and the internet since november. i've asked three times. just send it to my account, [[PERSON|georgia lane]], [[IBAN_CODE|gb98 barc 2047 6381 5203 74]]. if its not sorted by the weekend im telling the landlord and he can take it out of your deposit. honestly its getting embarrassing
~~~
Translate to Spanish please, it's an email for my daughter's host family in Mexico:

Dear [[PERSON|Guadalupe]] and [[PERSON|Héctor]], thank you so much for hosting [[PERSON|Isla]] this summer. Her flight lands in Guadalajara on 2 July at 14:20 (AM 681). She has a small allergy to shellfish. Her mobile there will be [[PHONE_NUMBER|+52 33 1847 2096]]. Our numbers are on the sheet I sent. Please don't hesitate to contact us about anything at all. Kindest regards, [[PERSON|Fiona]] and [[PERSON|Malcolm Drummond]]
~~~
Could you write a reply to this? I'm the office manager and I want to tell him his new badge is ready at reception.

Hi, my access badge stopped working on Monday and I've had to be let in by security every day. My employee number is [[ID_NUMBER|DK-30418]] and I sit on the fourth floor, finance team. It's a bit embarrassing having to wait at the door every morning, so if it could be sorted before Friday that would be great. My extension is 4417 but mobile is quicker: [[PHONE_NUMBER|+45 28 41 73 06]]. Thanks, [[PERSON|Rasmus Kjær]]
~~~
Rewrite this so it's easier to read. it's going on the fridge for the babysitter

kids bedtime 7.30 ([[PERSON|noah]]) and 8 ([[PERSON|ava]]). [[PERSON|noah]] has milk before bed, [[PERSON|ava]] can read for 20 mins. no screens after 7. emergency numbers: me ([[PERSON|claire]]) [[PHONE_NUMBER|0491 570 662]], [[PERSON|steve]] [[PHONE_NUMBER|0491 570 913]], grandma [[PERSON|jan]] next door at no. 14. wifi is [[PASSWORD|koala_house_77]] if you need it. thanks!!
~~~
Make this email to my tenants more polite but still clear that the money is late:

[[PERSON|Marek]], [[PERSON|Lenka]],
Rent for September is 11 days late. The contract says the 1st. Please transfer CZK 18,500 today to my account [[ID_NUMBER|2701548931/2010]]. If there is a problem with money, tell me, don't just go quiet. I also need to come on Saturday to check the water heater.
[[PERSON|Jiří Dvořák]]
[[PHONE_NUMBER|+420 603 718 245]]
~~~
I need to reply to this email from a recruiter. Say I'm interested and free for a call Tuesday or Wednesday afternoon.

Hi [[PERSON|Farida]],
I came across your profile and was impressed by your work on the Vodacom network rollout. We're hiring a Senior Project Manager for a telecoms client in Nairobi, hybrid, very competitive package. Would you be open to a quick chat this week? You can reach me directly on [[PHONE_NUMBER|+254 712 604 381]] or reply here.
Best,
[[PERSON|Wanjiku Kamau]]
Talent Partner, Savannah Search
~~~
Please fix this, I wrote it fast. It's for the parents' group chat of my son's class.

Hello dear parents, I am [[PERSON|Yerlan]], dad of [[PERSON|Timur]]. We are collecting money for teacher present, 2000 tenge each, please send to my Kaspi by phone number [[PHONE_NUMBER|+7 701 482 3196]]. Deadline Friday. Who already sent, thank you! Write your child name in comment. Also [[PERSON|Aruzhan]]'s mum asked who can help with decorations for the concert.
~~~
rewrite this as a nicer thank-you note, its to my husbands aunt

auntie [[PERSON|folake]] thank you for the money for the baby. we got it, £150, it came into the account ([[IBAN_CODE|gb60 midl 4005 1583 2671 94]]) yesterday. we used some for the pram. [[PERSON|deji]] says thank you too. the baby is sleeping better now. come and visit when you're back from abuja, we are still at [[STREET_ADDRESS|31 ferndale road, london sw9 8bj]]. love from all of us
~~~
Make this sound more polite and professional, it's to a supplier who sent the wrong parts:

[[PERSON|Gustavo]], we received 200 units of the M8 bolts instead of M10. Second time this quarter. Our production line is stopped until we get the right ones. I need the correct shipment by Wednesday and a credit note for the freight. Send the tracking to me at [[EMAIL_ADDRESS|p.lambert@atelierslambert.fr]] or call [[PHONE_NUMBER|06 39 98 73 15]]. [[PERSON|Philippe Lambert]], purchasing
~~~
pls help me answer this msg from the kindergarten, i want to say yes she can go on the trip:

dear parents of [[PERSON|mila novak]], on thursday the group is going to the zoo. we leave at 9 and come back at 3. please give a packed lunch and sun hat. the cost is 8 euro, please pay to the group account [[IBAN_CODE|SI55 0201 0025 8341 927]] with the name of the child. if your child can not go, please tell us by tuesday. greetings, [[PERSON|tjaša]] and [[PERSON|maja]]
~~~
Can you make this a clear handover note for the night nurse? Keep all the details.

Bed 4: [[PERSON|Eileen Cartwright]], 84, hospital no. [[ID_NUMBER|RX2039841]], admitted with UTI, confused overnight. Daughter [[PERSON|Joanne]] wants a call if anything changes, [[PHONE_NUMBER|07700 900572]]. IV antibiotics due 22:00. Falls risk, bed rails up. Eating poorly. Bed 6: [[PERSON|Stanley Okoro]], 71, post hip replacement day 2, pain controlled, physio tomorrow 10am.
~~~
Translate this to English please. It's from the school in Portugal where we want to enrol our son.

Exmos. Senhores, confirmamos a receção do pedido de matrícula do aluno [[PERSON|Santiago Ferreira Lopes]] para o 5.º ano. Para concluir o processo, solicitamos o envio do cartão de cidadão do aluno, do comprovativo de morada ([[STREET_ADDRESS|Rua de Cedofeita 318, 2.º Esq., 4050-174 Porto]]) e do boletim de vacinas. Qualquer dúvida, contactar a secretaria. Com os melhores cumprimentos, [[PERSON|Helena Carvalho]], Secretaria
~~~
Can you rewrite this into a calm, factual email to the gym? I'm annoyed but I want it to work.

I cancelled my membership in January. I have the confirmation email. You have taken £39.99 from my account three more times since then. Member number [[ID_NUMBER|FG7720418]]. Name [[PERSON|Natasha Ivanova]]. Card on file [[CREDIT_CARD|4761 5390 2847 7311]]. I want all three payments refunded and written confirmation that there will be no more. I've already told my bank. Email me at [[EMAIL_ADDRESS|natasha.ivanova91@gmail.com]].
~~~
summarise this chat between me and my brother, who is doing what for mum's move?

[[PERSON|Sunil]]: van booked for sat 8am
me: ok I'll pack kitchen fri night
[[PERSON|Sunil]]: [[PERSON|Deepa]] can take the plants
me: mum needs new address on her pension letters, [[STREET_ADDRESS|5 Orchard Mews, Reading RG1 7TN]]
[[PERSON|Sunil]]: I'll do the pension and the bank, you do GP and council tax?
me: deal. also cancel her old broadband
[[PERSON|Sunil]]: already done 👍
"""  # noqa: E501
)
"""Medium requests (60 to 149 words)."""

LONG = _split(
    """
Can you improve this cover letter? I feel it's too long and a bit boring. Keep my details at the top.

[[PERSON|Oluwakemi Adebanjo-Reyes]]
[[STREET_ADDRESS|12 Wellesley Road, Croydon CR0 2AD]]
[[PHONE_NUMBER|07700 900134]] | [[EMAIL_ADDRESS|kemi.adebanjo.reyes@gmail.com]]

Dear Hiring Manager,

I am writing to apply for the position of Clinical Research Coordinator at St Thomas' Hospital, as advertised on NHS Jobs. I have a BSc in Biomedical Science from the University of Kent and I have been working for the last three years as a Research Assistant at a private clinical trials unit in Croydon.

In my current role I am responsible for recruiting patients to phase II and III trials, collecting and entering data into the electronic case report forms, preparing for monitoring visits and making sure that everything we do follows ICH-GCP. I have worked on trials in cardiology, diabetes and respiratory medicine. Last year I helped our unit pass an MHRA inspection with no critical findings, and I wrote the new standard operating procedure for consent, which is now used across the whole unit.

I am a very organised person and I like working with patients. I also enjoy training new staff and I have supervised two junior assistants. I am now looking for a role in a larger NHS research department where I can develop further and maybe in the future move into trial management.

I would be grateful for the opportunity to discuss my application. I am available for interview at any time and can start with one month's notice.

Yours faithfully,
[[PERSON|Oluwakemi Adebanjo-Reyes]]
~~~
turn this into proper minutes for the allotment society, with a list of actions at the end. my notes are a mess sorry

allotment soc agm, 9 march, church hall. 14 members came. chair [[PERSON|bernard ashby]], secretary [[PERSON|lorraine quigley]] (me), treasurer [[PERSON|dev chaudhary]]. apologies [[PERSON|morag fleming]], [[PERSON|piotr sadowski]].

[[PERSON|bernard]] opened, thanked everyone for the work on the new water tank. accounts: [[PERSON|dev]] said we have £1,840 in the bank, rents all paid except 3 plots. fees staying at £45 for a full plot. the council lease runs out 2026 and [[PERSON|bernard]] is meeting them in april.

plot inspections: some plots very overgrown, especially 7, 12 and 22. letters to go out. [[PERSON|lorraine]] to write them. 

shed break-in in january, padlock cut. new combination padlock on the main gate, code is [[PASSWORD|1872]], do not give it to anyone who is not a member. [[PERSON|piotr]] (not here) offered to fit a motion light.

waiting list: 11 people. [[PERSON|dev]] to contact the first 3 for the plots that are being given up.

open day 15 june, [[PERSON|morag]] usually does the cake stall, [[PERSON|lorraine]] to ask her. 

any other business: someone has been dumping rubbish by the compost bays. reminder not to. meeting closed 9:15pm. next meeting september.
~~~
Please make this complaint letter stronger and better organised. I want to send it to the energy company's complaints department and then to the ombudsman if they don't fix it.

Dear Sir or Madam,

I have been a customer of yours for six years, account number [[ID_NUMBER|7720 1943 8856]]. In October you moved me to a smart meter. Since then my bills have been wrong every single month. In November I was billed £412 for one month, when I normally pay around £95. I called and was told it was an estimated reading and that it would be corrected. It was not corrected. In December I was billed £388. In January I got a letter saying I was £700 in arrears and that you would increase my direct debit to £180 a month.

I have sent photos of the meter readings three times. I have spoken to five different people on your helpline. Each time I am told someone will call me back within 48 hours and nobody ever does. I am a pensioner living alone and this is causing me a great deal of stress. I have stopped putting the heating on because I am afraid of the bills.

I want the following: my account to be corrected using the actual readings, the direct debit put back to £95, a written apology, and compensation for the time and stress.

My details are below. Please contact me in writing or by phone, not by email as I do not check it often.

Yours faithfully,
Mrs [[PERSON|Doreen Whitlock]]
[[STREET_ADDRESS|23 Coronation Terrace, Gateshead NE8 4PL]]
[[PHONE_NUMBER|0191 498 0273]]
~~~
Can you translate this into English? It's a letter from our old landlord in Sweden about our deposit and I need to understand exactly what he says before I answer.

Hej [[PERSON|Mehmet]] och [[PERSON|Leyla]],

Tack för att ni lämnade lägenheten på [[STREET_ADDRESS|Västmannagatan 47, 113 25 Stockholm]] i så bra skick. Jag har nu gått igenom allt tillsammans med besiktningsmannen.

Köket och badrummet var rena och fina. Däremot fanns det två större hål i väggen i sovrummet efter en tv-hållare och golvet i vardagsrummet hade repor nära balkongdörren. Besiktningsmannen uppskattar kostnaden för att laga detta till 4 200 kronor.

Depositionen var 24 000 kronor. Jag kommer därför att betala tillbaka 19 800 kronor. Jag behöver ert kontonummer i Sverige eller ett IBAN-nummer om ni har flyttat utomlands. Om ni inte håller med om avdraget kan ni ringa mig på [[PHONE_NUMBER|070-615 82 94]] så kan vi prata om det. Jag skickar gärna bilderna från besiktningen.

Jag önskar er lycka till i Göteborg och med det nya jobbet.

Vänliga hälsningar,
[[PERSON|Gunnar Lindholm]]
~~~
Please correct the English in my application letter. I am applying for a care worker job in Ireland and I want it to look professional.

Dear Madam/Sir,

My name is [[PERSON|Rosemarie Villanueva]] and I am writing to apply for the position of Healthcare Assistant in your nursing home which I see on the website jobs.ie. I am from the Philippines and I am living in Ireland since 2022 with Stamp 4 permission, so I can work full time without sponsor.

I have a Bachelor of Science in Nursing from University of Santo Tomas and I was working as staff nurse in Manila for four years in the medical ward. In Ireland I am working now as carer in home care company, I visit elderly clients in their houses and I help them with personal care, medication reminders, meals and companionship. I completed QQI Level 5 in Healthcare Support last year and I have my Garda vetting already done.

I am very patient and kind with the elderly people and I always respect their dignity. My clients and their families are very happy with my work and I can give you references. I am also flexible for night shifts and weekends.

I attach my CV and my certificates. My PPS number is [[ID_NUMBER|8370624D]] if you need it for the application form. You can call me at [[PHONE_NUMBER|083 417 2958]] or send email to [[EMAIL_ADDRESS|rosemarie.villanueva.rn@gmail.com]]. My address is [[STREET_ADDRESS|Apartment 12, Riverside Court, Dock Road, Limerick V94 X2K7]].

Thank you for your time and I hope to hear from you soon.

Yours sincerely,
[[PERSON|Rosemarie Villanueva]]
~~~
Can you summarise this WhatsApp family group chat? My mum asked me to organise things and I can't follow who said what.

[14/07/2024, 19:02] [[PERSON|Anita Kowalczyk]]: Ok so dad's 70th. Restaurant or at home?
[14/07/2024, 19:05] [[PERSON|Marek Kowalczyk]]: Restaurant. Mum shouldn't be cooking for 25 people
[14/07/2024, 19:06] [[PERSON|Zofia Kowalczyk]]: I can cook!! I don't mind
[14/07/2024, 19:06] [[PERSON|Anita Kowalczyk]]: Mum no 😂
[14/07/2024, 19:10] [[PERSON|Tomek Lis]]: The Polish place on Ealing Broadway does private rooms, I know the owner
[14/07/2024, 19:11] [[PERSON|Marek Kowalczyk]]: Nice one [[PERSON|Tomek]]. Can you ask for Saturday 10 August?
[14/07/2024, 19:30] [[PERSON|Tomek Lis]]: Asked. They have it. £35 a head, 3 courses. Need £200 deposit by Friday
[14/07/2024, 19:32] [[PERSON|Anita Kowalczyk]]: I'll pay deposit and everyone pays me back. [[PERSON|Marek]] you do the cake?
[14/07/2024, 19:33] [[PERSON|Marek Kowalczyk]]: Yes. And I'll do a slideshow with old photos, send me anything you have
[14/07/2024, 19:40] [[PERSON|Zofia Kowalczyk]]: Don't tell him!! It's a surprise
[14/07/2024, 19:41] [[PERSON|Anita Kowalczyk]]: Guest list: I'll start a doc. Uncle [[PERSON|Jurek]] needs a lift from Luton, who can do that?
[14/07/2024, 19:50] [[PERSON|Tomek Lis]]: Me
[14/07/2024, 20:05] [[PERSON|Anita Kowalczyk]]: Perfect. Bank transfer for your share to me: [[IBAN_CODE|GB39 NWBK 6016 2047 3819 55]]
~~~
Could you write a reference letter for my former employee based on these notes? Formal, one page, warm but honest.

notes:
- [[PERSON|Tariq Mahmood]], worked for us at Greenleaf Accountants as Payroll Officer, Feb 2019 to June 2024
- ran payroll for ~60 small business clients, about 900 employees total
- moved us from Sage to Xero payroll in 2022 almost single-handed, no missed pay runs
- very accurate, calm when deadlines were tight, clients asked for him by name
- trained two apprentices, one now qualified
- weakness: not a big fan of presenting, got better over time
- left to move closer to family in Bradford, would re-employ without hesitation
- sickness absence: normal, nothing to mention
- he gave permission to share his details with the new employer, his email is [[EMAIL_ADDRESS|tariq.mahmood.payroll@outlook.com]]

sign it from me: [[PERSON|Catherine Oduya-Blake]], Practice Manager, Greenleaf Accountants, [[STREET_ADDRESS|4 Victoria Street, Harrogate HG1 5LX]], tel [[PHONE_NUMBER|07700 900287]]

the new employer is Calder Valley Housing, their HR contact is just "Recruitment Team" so start with Dear Sir or Madam. also mention I'm happy to be called to discuss.
~~~
translate this message from my grandma into english for my boyfriend, he wants to know what she said. keep her style, she writes like she talks

kochanie moja, dziękuję za zdjęcia z wakacji, jaka ty jesteś opalona! a ten twój chłopak, [[PERSON|liam]], wygląda na porządnego człowieka, tylko za chudy, trzeba go nakarmić. jak przyjedziecie w grudniu to zrobię pierogi i bigos, niech spróbuje prawdziwego jedzenia. dziadek mówi że może go nauczyć grać w szachy ale ja mówię żeby nie, bo dziadek zawsze się kłóci jak przegrywa. u nas wszystko dobrze, tylko kolano mnie boli jak pada. ciocia [[PERSON|grażyna]] była w niedzielę z [[PERSON|kubą]], on już taki duży, chodzi do trzeciej klasy. pamiętasz że zmieniliśmy adres? teraz mieszkamy blisko kościoła, [[STREET_ADDRESS|ulica kwiatowa 7 mieszkanie 4, 62-200 gniezno]], napisz to sobie gdzieś. jakbyś chciała zadzwonić to mój nowy numer [[PHONE_NUMBER|509 318 762]], ten stary już nie działa, wnuczek [[PERSON|szymon]] mi ustawił nowy telefon ale nie umiem jeszcze wysyłać zdjęć. całuję was mocno i niech [[PERSON|liam]] uczy się polskiego!! babcia [[PERSON|halina]]
~~~
Please turn this into a properly formatted invoice (header, client block, line items table, totals, payment details, terms). Same info, just make it look professional.

from: [[PERSON|Matteo Greco]], web developer (ditta individuale)
[[STREET_ADDRESS|Via dei Mille 42, 10123 Torino]]
P.IVA 11839470015
codice fiscale [[ID_NUMBER|GRCMTT85H14L219P]]
email [[EMAIL_ADDRESS|matteo.greco.dev@pec.it]], cell [[PHONE_NUMBER|+39 347 218 9064]]

to: Enoteca Fratelli Barbero srl, Corso Vittorio Emanuele II 88, Torino

invoice no. 14/2024, date 28 march 2024

work done:
- redesign of website (6 pages, responsive) 1.800
- integration of online shop with Stripe 950
- translation of product pages to English (they gave me the texts, I only did the upload) 200
- monthly maintenance january-march, 3 x 80 = 240
- domain + hosting renewal 1 year 120 (this is just re-billing, no markup)

subtotal 3.310
regime forfettario so no VAT, write the standard phrase: "Operazione in franchigia da IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014"
marca da bollo 2 euro on invoices over 77,47
total 3.312

payment: bank transfer within 30 days to [[IBAN_CODE|IT73 K030 6909 6061 0000 0472 913]], intestato a [[PERSON|Matteo Greco]]
late payment: legal interest as per D.Lgs. 231/2002

also add a little thank-you line at the bottom, something like "thanks for choosing me, it was a pleasure to work on the new site"
~~~
Rewrite this email to my son's headteacher so that it's calm and clear. I'm very upset and I don't want that to come across too much.

Dear Mr [[PERSON|Abernethy]],

I am writing about my son [[PERSON|Jayden Clarke-Mensah]], Year 9, tutor group 9R. For the past month he has been bullied by a group of boys in his year. They have taken his phone twice, pushed him on the stairs and last Thursday someone posted a video of him crying in the changing rooms on Snapchat. He didn't want to tell me because he was scared it would make things worse. I only found out because his sister saw the video.

I emailed his tutor, Ms [[PERSON|Whitaker]], on the 3rd and the 10th and I haven't had a reply. [[PERSON|Jayden]] now says he feels sick every morning and he missed two days last week. He is a quiet boy who has always liked school.

I want to know what the school is going to do to keep him safe, whether the boys involved have been spoken to, and whether the video has been reported and removed. I would like a meeting this week please, with you and the head of year. I work shifts but I can make any time if I know in advance.

You can call me on [[PHONE_NUMBER|07700 900541]] or email [[EMAIL_ADDRESS|abena.clarkemensah@gmail.com]].

Yours sincerely,
[[PERSON|Abena Clarke-Mensah]]
~~~
help me write a reply to this email from our tenants. i want to say the boiler engineer can come monday, the rent reduction is not possible but i will pay for the hotel night. keep it friendly.

---------- Forwarded message ---------
From: [[PERSON|Ngaio Parata]] <[[EMAIL_ADDRESS|ngaio.parata@gmail.com]]>
Date: Sat, 6 Jul 2024 at 21:14
Subject: Hot water AGAIN
To: [[PERSON|Andrew McKinnon]] <[[EMAIL_ADDRESS|andrew.mckinnon.nz@gmail.com]]>

Hi [[PERSON|Andrew]],

Sorry to email on a Saturday night but the hot water has gone off again. This is the third time since May. We've had no hot water since Thursday morning. [[PERSON|Rawiri]] has been boiling the jug to bath the kids, which is not really safe with a two-year-old running around.

Last time the plumber said the cylinder element needs replacing and that he'd tell you. Did that ever happen? We're not trying to be difficult, we love the house and we've been good tenants, but this is getting really hard with the baby. We had to stay at a motel in Ōtaki last night so the kids could have a proper wash, which cost us $189.

Could you please get someone out as soon as possible? We're home all day Monday. Also, we'd like to ask for a partial rent reduction for the days without hot water, since it's a basic part of the tenancy. We're happy to talk about it.

Our address in case the plumber needs it: [[STREET_ADDRESS|47 Kapiti Road, Paraparaumu 5032]]. Best number is mine, [[PHONE_NUMBER|027 418 3096]].

Thanks,
[[PERSON|Ngaio]]
~~~
Can you check this cover letter for mistakes and make it flow better? It's for a graduate software engineer position in Singapore.

Dear Hiring Manager,

I am [[PERSON|Kavitha Subramaniam]], a final-year Computer Science student at the National University of Singapore, graduating in June. I am excited to apply for the Graduate Software Engineer role at Grab.

During my internship at a fintech startup last summer, I built internal tools in Python and TypeScript for the compliance team. One tool I created automatically flagged suspicious transactions and reduced manual review time by around 30%. I also worked with the backend team to migrate a legacy service to Kubernetes, which taught me a lot about monitoring and reliability.

At university I was the lead of a four-person team that built a food waste tracking app for hawker centres, which won second place at the NUS Hack&Roll hackathon. I enjoy solving real problems that affect people's daily lives, which is why Grab's mission really speaks to me.

I am a Singapore citizen (NRIC [[ID_NUMBER|S9127463I]]) so I do not need a work pass. I am available to start in July.

Thank you for considering my application. I would love the chance to discuss how I can contribute to your team.

Yours sincerely,
[[PERSON|Kavitha Subramaniam]]
[[PHONE_NUMBER|+65 9148 2735]] | [[EMAIL_ADDRESS|kavitha.s@u.nus.edu]]
~~~
Please write these up as formal board minutes for a small charity. Use headings and numbered items, list the decisions and the actions with owners.

Trustees meeting, Riverside Community Larder, 18 Sept, 7pm, on Zoom
Present: [[PERSON|Margaret Oduya]] (chair), [[PERSON|Fergus Campbell]] (treasurer), [[PERSON|Hana Yoshida]], [[PERSON|Rahim Chowdhury]], [[PERSON|Siân Roberts]]
In attendance: [[PERSON|Colette Marsh]] (coordinator, staff)
Apologies: [[PERSON|Desmond Afolabi]]

1. Minutes of July meeting approved, no changes.
2. Finance: [[PERSON|Fergus]] reported income £18,200 so far this year, mostly the lottery grant, spending £14,900. Food costs up about 20%. Reserves £6,100, below our policy of 3 months running costs. Agreed to apply to the council hardship fund, [[PERSON|Fergus]] and [[PERSON|Colette]] to do the application by 15 Oct.
3. Operations: [[PERSON|Colette]] said visits up from 90 to 140 households a week. Volunteers stretched on Thursdays. [[PERSON|Hana]] will do a recruitment post on social media and ask the university volunteering office.
4. Safeguarding: one incident reported in August, handled correctly, [[PERSON|Siân]] as safeguarding lead has reviewed. No further action. [[PERSON|Siân]] to run refresher training for volunteers in November.
5. Premises: the church wants to increase rent from £300 to £450 a month from January. [[PERSON|Rahim]] to negotiate, ideally phase it in.
6. Trustee recruitment: [[PERSON|Desmond]] has said he will step down at the AGM. Need someone with legal or HR experience. [[PERSON|Margaret]] to approach two people she knows.
7. AOB: [[PERSON|Rahim]] mentioned the Christmas hamper scheme, decision next meeting.

Next meeting 20 November, in person at the hall.
~~~
cud u make this sound more professional? im sending it to a recruitment agency with my cv. english is my 2nd language so pls fix everything

hello, my name is [[PERSON|abdirahman warsame]] and i am looking for job in warehouse or delivery driver. i have full uk driving licence since 2018, licence number [[ID_NUMBER|WARSA906124A99KL]], and also forklift licence counterbalance and reach truck. i was working 3 years in amazon fulfilment centre in coventry as picker and then as team leader for 1 year, i managed 12 people in night shift. before that i was delivery driver for dpd for 2 years, multi drop, around 120 drops per day, always finish on time and no accidents.

i am hard worker, i never late, and i can do nights and weekends no problem. i live in [[STREET_ADDRESS|flat 7, 15 stoney stanton road, coventry cv1 4fl]], so i can travel to coventry, nuneaton, rugby and leicester. i have my own car.

my right to work: i am british citizen. national insurance number is on my cv.

please call me on [[PHONE_NUMBER|07700 900692]] any time or email [[EMAIL_ADDRESS|a.warsame.cov@gmail.com]]. i can start immediately.

thank you very much
[[PERSON|abdirahman]]
~~~
Can you summarise this email thread and tell me what I still need to do? I'm [[PERSON|Yasmin]].

From: [[PERSON|Petra Horváthová]] <[[EMAIL_ADDRESS|petra.horvathova@relocate-bratislava.sk]]>
To: [[PERSON|Yasmin Haddad]]
Subject: RE: RE: Apartment and residence permit

Dear [[PERSON|Yasmin]],

Thank you for the documents. The landlord has accepted your application for the apartment at [[STREET_ADDRESS|Obchodná 38, 811 06 Bratislava]]. The lease will start on 1 September. He asks for the deposit of 1,400 EUR to be paid before you get the keys, to his account [[IBAN_CODE|SK10 1100 0000 0029 4718 3625]]. Please write your name in the payment note.

For the temporary residence permit, I have booked an appointment at the foreign police for 9 September at 10:30. Please bring your passport, two photos, the signed lease, proof of health insurance and the criminal record certificate from Lebanon with apostille and official translation. I have sent the translation request to our translator, [[PERSON|Marek Šimko]], he will contact you directly.

Your employer also asks for your Slovak birth number when it is issued, this will come after the permit.

Best regards,
[[PERSON|Petra]]

> From: [[PERSON|Yasmin Haddad]]
> Sent: Monday
> Hi [[PERSON|Petra]], attached are my passport scan and the payslips. My Lebanese mobile may not work in Slovakia, so please use WhatsApp on [[PHONE_NUMBER|+961 3 482 715]] until I get a local number. Thanks!
~~~
Make this letter to my tenant more formal and legally correct for England. I'm giving notice that I'm selling the house but I don't want to scare them.

Hi [[PERSON|Aleksandra]] and [[PERSON|Wojciech]],

Hope you're both well and settled. I wanted to let you know before you hear it from anyone else, I've decided to sell the house at [[STREET_ADDRESS|62 Beechwood Avenue, Luton LU2 7JB]]. It's for personal reasons, my mum's care home fees, nothing to do with you, you've been brilliant tenants for five years.

Your tenancy is periodic now so I know I need to give you proper notice. I'm planning to serve a section 21 notice at the start of next month which gives you two months. If you need longer I'm happy to be flexible, just tell me. I'll also give you a good reference for your next place and I'll return the full deposit, it's protected with the DPS (ref DPS-4419207).

The estate agent will want to do some viewings. I'll always give you at least 24 hours' notice and you don't have to be in. Nobody will come in without your agreement.

Also, I know you both like the area, so if you were ever interested in buying it yourselves, let me know and I'd give you first refusal.

Any questions, call me on [[PHONE_NUMBER|07700 900315]].

Best wishes,
[[PERSON|Rob Hennessy]]
~~~
translate this whole thing to english please. its a message from my son's teacher in korea and i need to show my wife who doesnt read korean

[[PERSON|하준]] 어머님 안녕하세요, 담임 [[PERSON|김서연]]입니다. 요즘 [[PERSON|하준]]이가 학교생활을 아주 잘하고 있어서 먼저 칭찬드리고 싶어요. 특히 수학 시간에 친구들을 잘 도와줍니다. 다만 최근 2주 동안 숙제를 세 번 안 가져왔고, 아침에 많이 피곤해 보입니다. 혹시 집에서 늦게 자는지 확인 부탁드려요. 다음 주 목요일 오후 4시에 학부모 상담이 있는데 시간 괜찮으신지 알려주세요. 상담 전에 학교 앱에 로그인해서 설문을 작성해 주시면 됩니다. 아이디는 [[ID_NUMBER|hajun_p0315]], 초기 비밀번호는 [[PASSWORD|sch2024!hj]] 입니다. 처음 로그인하시면 비밀번호를 바꿔 주세요. 궁금한 점 있으시면 제 번호 [[PHONE_NUMBER|010-3852-7416]]로 문자 주세요. 감사합니다.

also can you tell me if the meeting time sounds fixed or if i can ask for another day? my wife works thursdays until 6 and i am travelling that week for work so maybe neither of us can make it. would it be rude to ask the teacher for a video call instead? in our country that is normal but i dont know in korea. thank you
~~~
Please rewrite this as a formal grievance letter to HR. It's about my line manager. Keep all the facts and dates, remove the emotional bits.

To HR,

I have had enough. Since [[PERSON|Simon Hartley]] became my manager in January he has made my life hell. On 12 Feb he shouted at me in front of the whole team because a report was one day late, even though he gave me the data late. On 3 March he said in a meeting "maybe this job is too much for you now you've got a kid" — [[PERSON|Priya]] and [[PERSON|Owen]] both heard it. He keeps changing my shifts with less than a day's notice even though I told him about my childcare. On 28 March he refused my annual leave for half term, but approved the same dates for [[PERSON|Owen]], who doesn't have children.

I've tried talking to him twice. The second time, on 15 April, he said I should "toughen up".

I've been signed off with stress for a week by my GP. I want this investigated properly. I want to be moved to a different team while it is. I'm in the union and my rep is [[PERSON|Deborah Nwachukwu]].

[[PERSON|Laura Fenwick]]
Employee no. [[ID_NUMBER|EMP-004817]]
Customer Services, Level 3
Personal email: [[EMAIL_ADDRESS|laura.fenwick82@gmail.com]]
~~~
Could you make this a proper handover document with headings? I'm going on maternity leave and my replacement starts Monday.

Handover, [[PERSON|Nadia Benkirane]], Office Manager

Suppliers:
- cleaning company comes Tue + Fri evenings, contact is [[PERSON|Luis Ortega]] on [[PHONE_NUMBER|(305) 555-0118]]. contract renews in March, they want 5% more, I said no, he'll try again.
- stationery through the portal, login [[ID_NUMBER|office.miami.admin]], password [[PASSWORD|Palmtree#2023]] (please change it and tell IT)
- coffee machine is leased, if it breaks call the number on the sticker, don't let anyone open it

Building:
- alarm code for the main door is [[PASSWORD|48215]], it changes every quarter, building management emails the new one
- [[PERSON|Earl]] at the front desk is lovely and knows everything, bring him a coffee sometimes
- parking passes: 12 total, list is in the shared drive

People stuff:
- new starter next month: [[PERSON|Gabriela Souza]], sales, starts 4th. needs laptop, badge, desk by the window. her personal email for the welcome pack is [[EMAIL_ADDRESS|gabi.souza.br@gmail.com]]
- [[PERSON|Raymond]] in accounts has a standing desk request in, it's approved, just needs ordering
- birthdays list is on the fridge, we do a cake once a month for everyone born that month

Budget:
- office budget is $3,200/quarter, we're at $2,100 for this one
- company card is in the safe, ask [[PERSON|Dana Whitford]] (finance) before using it for anything over $200

If anything is really on fire you can text me but please only if it's really on fire 😅
~~~
summarise this for me in 5 bullet points, its our building whatsapp group and there were like 200 messages overnight, i pasted the important part

[22:01] [[PERSON|rachid el amrani]]: water coming through my ceiling, who is above me in 4b??
[22:03] [[PERSON|tanvi desai]]: thats mr [[PERSON|kowalski]]'s flat but hes away
[22:04] [[PERSON|rachid el amrani]]: its really bad, electricity in the bathroom is off now
[22:10] [[PERSON|julien moreau]]: i have the number of the managing agent, [[PHONE_NUMBER|020 7946 0918]], out of hours line
[22:15] [[PERSON|rachid el amrani]]: calling now
[22:31] [[PERSON|rachid el amrani]]: they say someone comes in 2 hours
[22:33] [[PERSON|tanvi desai]]: does anyone have a key for 4b? [[PERSON|kowalski]] gave one to someone i think
[22:40] [[PERSON|grace wu]]: me! i have it, coming down
[22:55] [[PERSON|grace wu]]: ok found it, a pipe under the sink burst. turned off the stopcock
[22:56] [[PERSON|rachid el amrani]]: you are a hero
[23:20] [[PERSON|julien moreau]]: someone should tell him, does anyone have his email
[23:22] [[PERSON|grace wu]]: [[EMAIL_ADDRESS|p.kowalski@onet.pl]], i'll email
[00:40] [[PERSON|rachid el amrani]]: plumber came, fixed the pipe. ceiling needs drying, insurance tomorrow
[07:12] [[PERSON|tanvi desai]]: glad its sorted. maybe we need a list of spare keys for the building
~~~
Can you help me write a reply to this? I'm the hiring manager. I want to offer her the job but the salary she's asking is too high, we can do 68k max plus the training budget.

Dear Mr [[PERSON|Lindqvist]],

Thank you again for the final interview on Tuesday and for the chance to meet the wider team. I really enjoyed the conversation with [[PERSON|Aoife]] and [[PERSON|Sebastián]] about the data platform migration, and it confirmed that this is exactly the kind of work I want to be doing next.

As you asked, I am writing to share my salary expectations before you make a decision. Based on my eight years of experience, including three years leading a team of five data engineers at my current company, and on the market rate for similar senior roles in Dublin, I am looking for a base salary of 82,000 euro. I am open to discussing the overall package, and things like remote days, a training budget and a clear path to a principal engineer role are also important to me.

My notice period is one month, so I could start at the beginning of June if we agree by the end of this month. I have already spoken to my referees and they are expecting your call: [[PERSON|Conor Maguire]], my current manager, on [[PHONE_NUMBER|087 315 4429]], and Dr [[PERSON|Ewa Lis]], my former PhD supervisor, at [[EMAIL_ADDRESS|ewa.lis@tcd.ie]].

Thank you for your time, and I look forward to hearing from you.

Kind regards,
[[PERSON|Róisín Keane]]
[[PHONE_NUMBER|085 720 3361]]
~~~
I got this email from a parent and I need to reply as the head of the nursery. Can you draft something kind and professional? We did call her, at 11:40, but she didn't answer.

Dear nursery,

I am writing because I am very unhappy about what happened on Wednesday. When I picked up my daughter [[PERSON|Amélie Rousseau]] at 5pm she had a big bruise on her forehead and dried blood in her hair. The staff member at the door, I think her name is [[PERSON|Kirsty]], said she fell in the garden "around lunchtime" and that she was fine. Nobody called me. I only have the accident form because I asked for it.

I understand that small children fall, that is not the problem. The problem is that a head injury should be reported to the parent immediately. I am a nurse and I know that after a head injury a child must be watched carefully. My husband and I were very worried all night.

Also, this is not the first time. In March [[PERSON|Amélie]] came home with a bite mark on her arm and again nobody told us.

I would like to know:
1. why we were not called,
2. who was watching the children in the garden,
3. what you will change so this does not happen again.

I want a meeting with the manager this week. My number is [[PHONE_NUMBER|07700 900826]] and my email is [[EMAIL_ADDRESS|sandrine.rousseau@nhs.net]].

Regards,
[[PERSON|Sandrine Rousseau]]
~~~
Please translate this letter into German. It's for the Ausländerbehörde, about my wife's visa. Keep it formal.

To whom it may concern,

I, [[PERSON|Arash Karimi]], born 14 February 1988 in Shiraz, Iran, residing at [[STREET_ADDRESS|Leopoldstraße 118, 80804 München]], hereby confirm that I will cover all living costs of my wife, [[PERSON|Shirin Karimi]], during her stay in Germany.

I have been employed as a mechanical engineer at a company in Munich since 2019 on a permanent contract. My net monthly income is 4,350 euros. I have enclosed my last three payslips, my employment contract and my rental contract for our apartment, which has 72 square metres and two rooms, and is therefore large enough for both of us.

My wife and I married in Tehran in 2023. She currently lives with her parents. She has passed the German language exam at level A1 at the Goethe-Institut in Tehran, certificate enclosed.

My German tax identification number is [[ID_NUMBER|64 817 205 319]] and my residence permit number is [[ID_NUMBER|Y82K47P31]]. I can be reached at [[PHONE_NUMBER|030 23125 619]] or by email at [[EMAIL_ADDRESS|arash.karimi.muc@web.de]].

Thank you very much for processing the application.

Sincerely,
[[PERSON|Arash Karimi]]
~~~
turn this into a formal letter of complaint to the airline. keep all the numbers. i want compensation under eu261

flight fr 8342 dublin to malaga on 19 august, booking ref qx7tlm. 4 passengers: me ([[PERSON|siobhán nic aodha]]), my husband [[PERSON|cathal breen]], and our kids [[PERSON|aoibhe]] (9) and [[PERSON|oisín]] (6). flight was supposed to leave 06:25, we boarded at 06:00 then sat on the plane for 2 hours, then they took us off, said technical problem. no food vouchers until 11am and only €5 each. finally left at 15:40, arrived malaga 19:55, more than 9 hours late. we missed the first night of the hotel (€140, non-refundable) and the car hire desk closed so we had to get a taxi (€65) and go back next day for the car.

the staff at the gate were rude and kept saying it wasn't their fault. one of them told my husband to "calm down or you won't fly at all" which was totally uncalled for, he was only asking for water for the kids.

i want €400 per person compensation (1600 total) plus the hotel and taxi costs (€205), receipts attached. payment to my account [[IBAN_CODE|IE48 AIBK 9310 4428 1957 36]], name [[PERSON|siobhán nic aodha]]. contact me at [[EMAIL_ADDRESS|siobhan.nicaodha@gmail.com]] or [[PHONE_NUMBER|087 631 0584]], address [[STREET_ADDRESS|22 ard na gréine, galway h91 t2c8]]
~~~
Please rewrite these notes from a parents' evening into a short, clear summary I can send to my husband. Keep the teacher's advice.

Parents' evening, Year 10, [[PERSON|Ravi]]'s school, 6 Feb

Maths, Mr [[PERSON|Dalgleish]]: predicted grade 7. Very strong on algebra. Loses marks by not showing working. Should do the practice papers on the school website, login is [[PERSON|Ravi]]'s school email, [[EMAIL_ADDRESS|r.chandrasekar27@students.hillview.sch.uk]].

English, Ms [[PERSON|Oyelaran]]: predicted 5, could be 6. Reads well but essays are rushed. Needs to plan before writing. Suggested 20 minutes of reading every night, anything, even football magazines.

Science, Dr [[PERSON|Petrakis]]: predicted 6-6. Missing two homework assignments from January (the electricity worksheet and the lab write-up). Must hand them in by Friday. Behaviour in practicals fine but chatty with [[PERSON|Kieran]] and [[PERSON|Marcus]], has been moved seats.

Spanish, Señora [[PERSON|Martín]]: predicted 4. Speaking is good, writing weak. She suggested Duolingo or the school's online platform. Trip to Salamanca in June, letter coming home, deposit £100.

Form tutor, Mr [[PERSON|Haig]]: attendance 96%, two lates. Generally happy kid. Mentioned he's been tired, asked if he's on his phone late. We said yes probably.

To do: practice papers, missing science homework by Friday, reading every night, phone out of the bedroom after 10, decide about the Spanish trip.
~~~
Can you make this reference letter sound better? English is not my first language and I want it to help her. She was my student assistant.

Reference letter for [[PERSON|Nomvula Khumalo]]

I know [[PERSON|Nomvula]] since 2021, when she was student in my course Introduction to Econometrics at University of Cape Town, and after this she was my research assistant for two years, from 2022 to 2024, in the project about informal labour markets in Gauteng.

In the project she was responsible for cleaning the survey data, about 4000 households, and for writing the Stata code for the first analysis. She work very independent and careful, and she find several mistakes in the data that the survey company did not see. She also helped to supervise the field workers during the second survey round and she was very good with them, they respect her.

She is intelligent, hard working and always on time with deadlines. Her writing in English is very good, better than mine. She presented our preliminary results at a workshop in Johannesburg and answered questions from senior researchers with confidence.

I recommend her without any doubt for the master program in Development Economics. I think she will be one of the best students.

If you have questions, please contact me by email [[EMAIL_ADDRESS|h.vanderberg@uct.ac.za]] or phone [[PHONE_NUMBER|+27 21 650 4172]].

Prof. [[PERSON|Hendrik van der Berg]]
School of Economics
University of Cape Town
~~~
i have to write minutes from this zoom call transcript, can you make them proper with decisions and actions? its for the neighbourhood association

[[PERSON|kwame asante]]: ok lets start, thanks everyone. so first the street party
[[PERSON|bridget o'shea]]: council approved the road closure for 24 august, 12 to 8
[[PERSON|kwame asante]]: brilliant. who's doing what
[[PERSON|hassan jaber]]: i can do the bbq again, need 2 helpers
[[PERSON|liesl van zyl]]: i'll help with bbq. and the kids games
[[PERSON|bridget o'shea]]: we need insurance, last year it was £180
[[PERSON|kwame asante]]: we have £420 in the kitty so fine. [[PERSON|bridget]] can you sort it
[[PERSON|bridget o'shea]]: yes
[[PERSON|mei chen]]: what about the noise complaint from last year? the guy at number 40
[[PERSON|kwame asante]]: music off at 7 this time, and i'll drop him a note and invite him
[[PERSON|hassan jaber]]: second thing, speeding on the main road, two near misses with kids
[[PERSON|mei chen]]: i started a petition for speed bumps, 86 signatures so far
[[PERSON|kwame asante]]: great, lets aim for 150 and send it to the councillor in september. [[PERSON|mei]] leading
[[PERSON|liesl van zyl]]: also the alley behind the shops, fly tipping again
[[PERSON|hassan jaber]]: i reported it on the app, ref 55129
[[PERSON|kwame asante]]: ok, [[PERSON|hassan]] follow up in 2 weeks. anything else? no? next meeting 10 sept, same zoom link, passcode is [[PASSWORD|street24]]
~~~
Please write a polite but firm reply to this letter from my landlord. I don't agree with the deductions: the carpet was already stained when we moved in (it's in the inventory, page 4) and we had the oven professionally cleaned, I have the receipt.

Here is her letter:

Dear Ms [[PERSON|Achterberg]],

Re: [[STREET_ADDRESS|Flat 3, 91 Gloucester Road, Bristol BS7 8AE]], end of tenancy

Thank you for returning the keys on 30 June. I have now completed the check-out inspection together with the inventory clerk and compared it with the check-in report from July 2021.

Overall the property was left in reasonable condition. However, I intend to make the following deductions from your deposit of £1,450:

1. Professional cleaning of the oven and extractor hood: £85. The oven had a heavy build-up of grease.
2. Replacement of the living room carpet: £420. There are several large stains near the sofa area that could not be removed by cleaning.
3. Repainting of the hallway where picture hooks were removed: £120.
4. Replacement of one missing key to the bike store: £25.

Total deductions: £650. I propose to return £800 to you.

The deposit is protected by the TDS, reference TDS-7724018. If you agree, please confirm by email and I will instruct the release. If you do not agree, you can raise a dispute with the TDS.

Your share of the refund will be sent to the account you gave at check-in, [[IBAN_CODE|GB38 HBUK 4012 7730 5184 62]], unless you tell me otherwise.

Kind regards,
[[PERSON|Philippa Stanton-Hughes]]
[[PHONE_NUMBER|0117 496 0382]]
~~~
can you translate this to spanish and make it sound natural? it's a letter to my daughter's new school in madrid. we're moving from canada in august

Hello,

My name is [[PERSON|Jennifer Tremblay]] and my husband [[PERSON|Marc-André Tremblay]] and I are moving to Madrid in August with our two children for his work. We would like to enrol our daughter [[PERSON|Chloé Tremblay]], who will be 11 in September, in the 6th year of primary school (sexto de primaria) for the coming school year.

[[PERSON|Chloé]] has been in a French immersion program in Montreal, so she speaks French and English fluently. Her Spanish is basic, she has been taking lessons online twice a week since January. She is a good student, she loves science and drawing, and she plays the violin.

She has a mild form of dyslexia, diagnosed in 2021, and she currently gets extra time in tests. We would like to know if the school can offer similar support. I can send the psychologist's report.

Our new address from 1 August will be [[STREET_ADDRESS|Calle de Alcalá 214, 5º B, 28028 Madrid]]. Until then we can be reached by email at [[EMAIL_ADDRESS|jen.tremblay@videotron.ca]] or by phone at [[PHONE_NUMBER|(514) 555-0143]].

Could you please tell us which documents you need, and if it is possible to visit the school in July? We are very excited about this new adventure and we would like [[PERSON|Chloé]] to feel welcome from the first day.

Thank you very much,
[[PERSON|Jennifer Tremblay]]
~~~
Please rewrite this invoice email so it's clearer, and put the line items in a table.

Hi [[PERSON|Deborah]],

Hope you had a good weekend. Attached is the invoice for the photography at [[PERSON|Callum]] and [[PERSON|Priya]]'s wedding on 14 September, sorry it's a bit late, I've been editing like mad. So it was the full day package which was £1,650, plus the extra hour in the evening because the speeches ran over, that's £150, plus the second shooter ([[PERSON|Jake]]) who was £300, plus the printed album which they ordered after, £420. They already paid a deposit of £500 in March. So the balance is £2,020. Can they pay it within 14 days? Bank details are: [[PERSON|Holly Brennan]] Photography, account [[ID_NUMBER|41728305]], sort code 60-14-27, or if easier, I can send a payment link but there's a 2% fee. The online gallery is ready, the password for it is [[PASSWORD|CallumPriya1409]], it's valid for 12 months. Let me know if they want any more edits, I'm happy to do a few small ones for free. Also, would they mind if I used a few photos on my website and Instagram? Totally fine if not.

Thanks so much, it was such a lovely day,
[[PERSON|Holly]]
[[PHONE_NUMBER|07700 900154]]
~~~
Summarise this email chain in a few lines and draft my reply (I'm [[PERSON|Dimitris]]). I want to say I can't do Thursday but Friday morning works.

From: [[PERSON|Eleni Papadopoulou]] <[[EMAIL_ADDRESS|e.papadopoulou@aegeanmarine.gr]]>
To: [[PERSON|Dimitris Karalis]]; [[PERSON|Nikos Stavrou]]
Cc: [[PERSON|Sophia Anagnostou]]
Subject: Audit visit next week

Dear colleagues,

The auditors from Lloyd's Register confirmed their visit to the Piraeus office for Thursday 17 October. They will review the safety management system for the three vessels and interview the crew managers.

[[PERSON|Dimitris]], they specifically asked to speak with you about the incident reports from the summer. Please have the files ready.

[[PERSON|Nikos]], please book the meeting room on the 4th floor for the whole day and arrange lunch.

[[PERSON|Sophia]], could you send them the list of certificates by Monday?

Best regards,
[[PERSON|Eleni]]
[[PHONE_NUMBER|+30 694 718 2035]]

---

From: [[PERSON|Nikos Stavrou]]
Room booked. Lunch for 6 ordered from the usual place.

---

From: [[PERSON|Sophia Anagnostou]]
Certificates list sent this morning. Note the ISM certificate for one of the ships expires in December, we should mention the renewal plan.
~~~
make this sound more professional and fix my english. its a letter to my bank because they blocked my account and i need my salary

Dear Sir/Madam,

I am [[PERSON|Oleksandr Tkachenko]], your customer since 2022. My account [[IBAN_CODE|PL07 1020 5561 0000 3104 2758 9163]] was blocked on 2 November and I can not use my card or do transfers. In branch they told me is because of "verification of documents" but nobody explain me what documents. I have Ukrainian passport and temporary protection status in Poland, my PESEL is [[ID_NUMBER|91031705837]] and it is in your system from the beginning.

My salary from my work (I am working as electrician in construction company in Wrocław) is coming to this account every 10th day of month. Also I pay my rent from this account, the landlord is waiting and I have a small child. I have brought all my documents to the branch on 5 November: passport, PESEL confirmation, work contract and the certificate from Urząd Wojewódzki. The lady in branch made copies and said it will be fixed in 3 days. Now it is 2 weeks and nothing.

I ask you please to unblock my account as fast as possible, or to tell me in writing exactly what is missing. If there is any problem I can come to the branch again any day after 4pm.

My phone is [[PHONE_NUMBER|+48 731 204 865]] and my email is [[EMAIL_ADDRESS|o.tkachenko.wro@gmail.com]].

With respect,
[[PERSON|Oleksandr Tkachenko]]
~~~
hey can you turn this into a nice speech for my brother's wedding? around 3 minutes. these are my notes, keep the funny bits but not too embarrassing, his wife's grandparents will be there

- i'm [[PERSON|tiago]], the younger brother, best man
- [[PERSON|rodrigo]] and [[PERSON|mariana]] met at uni in coimbra, she beat him at a pub quiz and he's been trying to win a rematch ever since
- he used to be scared of dogs, now they have a dog called pastel and he sleeps on [[PERSON|rodrigo]]'s side of the bed
- when we were kids he made me his assistant for his "magic shows" for the neighbours, i was always the one in the box
- he moved to lisbon for work and called me every sunday, even when i didnt answer
- [[PERSON|mariana]] is the calmest person i know, she organised this whole wedding while finishing her phd
- thank mum and dad, and [[PERSON|mariana]]'s parents [[PERSON|fernanda]] and [[PERSON|joaquim]] for welcoming us
- thank avó [[PERSON|lurdes]] for the bacalhau yesterday, best meal of the year
- toast to the couple at the end
- also mention that people can send photos from today to [[EMAIL_ADDRESS|rodrigoemariana2024@gmail.com]] so they can make an album, and that the after party is at their place, [[STREET_ADDRESS|rua da rosa 117, 1200-384 lisboa]], from 11

i get nervous so short sentences pls, and something in portuguese at the end for the grandparents
~~~
Please rewrite this statement so I can send it to the police. It's about a scam and I want it to be clear and in order. Keep all the details.

On Tuesday 5 March around 2pm my mum, Mrs [[PERSON|Winifred Agyeman]], 79, got a phone call from a man who said he was from her bank's fraud department. He said her account had been hacked and she needed to move her money to a "safe account". He knew her name, her address ([[STREET_ADDRESS|11 Honeysuckle Way, Northampton NN3 9QS]]) and the last four digits of her card, so she believed him.

He kept her on the phone for over an hour. He told her not to tell anyone, not even family. She gave him her online banking password, which was [[PASSWORD|Kwasi1958]] (my late dad's name and birth year), and the code from her card reader. He then transferred £6,400 to an account with the name "WA Secure Holdings". She only told me the next day when she couldn't pay for her shopping.

The number he called from was [[PHONE_NUMBER|07700 900391]]. He never gave a name, only said he was "from the fraud team". We have already called the bank, they have frozen the account and given us a fraud reference: FR-88217. Her customer number with the bank is [[ID_NUMBER|3019 4472 58]].

I am her son, [[PERSON|Kofi Agyeman]], and I am helping her with this. You can contact me on [[PHONE_NUMBER|07700 900748]] or [[EMAIL_ADDRESS|kofi.agyeman@hotmail.co.uk]].
~~~
Could you format this as a proper table of contacts and then write a short intro paragraph for the new volunteers' welcome email? Columns: name, role, phone, email.

Volunteer contacts, Hope Street Soup Kitchen (autumn)
- Father [[PERSON|Brendan Kiely]], parish priest, keys to the hall, [[PHONE_NUMBER|0151 496 0274]], no email, call him
- [[PERSON|Marguerite Okafor]], coordinator, does the rota, [[PHONE_NUMBER|07700 900262]], [[EMAIL_ADDRESS|marguerite.okafor@hopestreet.org.uk]]
- [[PERSON|Stan Wilczek]], food deliveries from the supermarket on Tuesdays and Fridays, [[PHONE_NUMBER|07700 900819]]
- [[PERSON|Aisha Bello]], first aid lead, [[EMAIL_ADDRESS|aisha.bello.fa@gmail.com]]
- [[PERSON|Graham Lowe]], treasurer, donations and receipts, [[EMAIL_ADDRESS|g.lowe1957@btinternet.com]]
- [[PERSON|Pauline Ashcroft]], safeguarding, [[PHONE_NUMBER|07700 900504]]

Other info for the email:
- we serve Monday, Wednesday and Friday, 12 to 2, volunteers arrive 11
- kitchen door code is [[PASSWORD|3062]], please don't share it outside the team
- everyone needs a DBS check before their third shift, [[PERSON|Pauline]] arranges it
- wear closed shoes, we provide aprons
- if you can't make your shift, text [[PERSON|Marguerite]] as early as possible
- the WhatsApp group is for rota swaps only please, not for chat

Tone should be warm and welcoming, a lot of them are students or retired people who've never volunteered before. Also say thank you from all of us, we served 3,100 meals last year and couldn't do it without them.
~~~
pls summarise this long message from my cousin and tell me what she wants from me, her english is mixed with spanish sorry

hola prima!! ok so big news, [[PERSON|nico]] and i are finally getting married, next june in oaxaca!!! 💍 we want you to be one of the madrinas, specifically madrina de lazo, that's the one who puts the lazo around us in the ceremony, it's a big honor in our family. tía [[PERSON|rocío]] already said she'll help you with the lazo so don't worry. 

other things: can you ask your work now for the days off? probably 18 to 24 june. flights are cheaper if you buy early, my friend [[PERSON|beto]] works in a travel agency and can help, his whatsapp is [[PHONE_NUMBER|+52 951 148 2073]]. you can stay with us at my parents' house, [[STREET_ADDRESS|calle macedonio alcalá 402, centro, 68000 oaxaca de juárez]], mamá already said yes.

also, the madrinas usually help a bit with the cost of the thing they sponsor, for the lazo it's not expensive, like 1500 pesos, you can send it whenever, my account is [[ID_NUMBER|0721 8034 5519 2740 18]] (clabe), but honestly no presión if you can't right now.

and please don't tell abuela yet, we want to tell her in person at christmas!!! 

te quiero mucho, [[PERSON|ximena]]
~~~
Can you help me write a reply to this customer complaint? I work in customer service for an online electronics shop. We can offer a replacement or a full refund, and a 10% voucher for the trouble.

Subject: Broken laptop, order 2024-118832, third email!!!

To whom it may concern,

I ordered a laptop from your website on 2 October for my son's university course. It arrived on 9 October (already late) and the screen had a crack in the corner. I sent photos on the same day through your contact form. I received an automatic reply and nothing else.

On 14 October I called your helpline and spoke to someone called [[PERSON|Jordan]] who told me a courier would collect it within 3 working days. Nobody came. On 21 October I emailed again. No answer.

My son started university on 30 September and he has been borrowing laptops from friends for a month. This is not acceptable. I paid £899 with my credit card ending 2817 and I expect either a working laptop delivered this week or a full refund.

If I do not hear from you by Friday I will raise a chargeback with my card company and leave reviews on Trustpilot.

Customer number: [[ID_NUMBER|ELX-2290417]]
Name: [[PERSON|Harjit Sandhu]]
Delivery address: [[STREET_ADDRESS|7 Kingsmead Close, Wolverhampton WV6 8DB]]
Phone: [[PHONE_NUMBER|07700 900601]]
Email: [[EMAIL_ADDRESS|harjit.sandhu@virginmedia.com]]

[[PERSON|Harjit Sandhu]]
~~~
can u rewrite my personal statement intro? its for nursing at uni. english is my second language and i think it sounds strange

my name is [[PERSON|amina yusuf abdullahi]] and i was born in kano, nigeria, and i came to the uk when i was 13. when i was 15 my grandmother got very sick with diabetes and she lived with us. i helped my mother to take care of her, checking her sugar, giving her food at the right time and taking her to appointments at the hospital. the nurses at the diabetes clinic were so kind and patient, especially one nurse called [[PERSON|bernadette]] who explained everything to me like i was an adult. i think that is when i decided i want to be a nurse.

since then i have been volunteering at a care home near my house every saturday for two years, and i did work experience at the royal london hospital on the children's ward for one week. i learned that nursing is not only medicine, it is also listening and making people feel safe.

at school i am studying biology, chemistry and psychology at a level and i am predicted a, b, b. i also work part time in a pharmacy.

i speak english, hausa and some arabic, which i think can help with patients from different backgrounds.

my ucas id is [[ID_NUMBER|184-729-3061]] if you need to check anything. thank you for reading
~~~
Please tidy this up into a proper rental application cover letter for a flat in Oslo. The English is fine but it's all over the place.

Hello, we saw your ad on Finn for the 3-room apartment at [[STREET_ADDRESS|Thorvald Meyers gate 58, 0552 Oslo]] and we are very interested! We are [[PERSON|Ingrid Haugen]] (32, me) and [[PERSON|Tobias Schmitt]] (34), we are a couple and have lived together for 5 years, most recently in Bergen. No kids, no pets, we don't smoke. I am a physiotherapist and I've just got a permanent job at Oslo University Hospital starting in October. [[PERSON|Tobias]] is German and works remotely as a software developer for a company in Berlin, permanent contract too. Our total income is around 1.3 million NOK per year, we can send payslips and the employment contracts. We can pay 3 months' deposit into a deposit account straight away. Our current landlord in Bergen, [[PERSON|Kjell Aasen]], is happy to give a reference, his number is [[PHONE_NUMBER|+47 915 62 483]]. We are quiet and tidy and like to cook and have friends over for dinner sometimes but nothing wild haha. We can come to a viewing any day next week, we'll be in Oslo from Tuesday. My fødselsnummer is [[ID_NUMBER|14058747220]] if you want to run a credit check. You can reach me at [[PHONE_NUMBER|+47 482 17 306]] or [[EMAIL_ADDRESS|ingrid.haugen.fysio@gmail.com]]. Thanks so much for considering us!
~~~
i need to write up notes from a phone call with a client's lawyer for our file. can you make this into a clear file note with date, participants, summary and next steps? its a bit stream of consciousness

call 12 nov, 15:10 to 15:45. me ([[PERSON|ashwin pillai]]), and [[PERSON|sarah mulcahy]] from byrne & partners who acts for the client [[PERSON|declan fitzpatrick]]. about the sale of his late mother's house, [[STREET_ADDRESS|8 oakfield lawn, rathfarnham, dublin 14, d14 x6y2]].

[[PERSON|sarah]] says the probate is finally granted, grant dated 4 nov, she'll send a copy. the buyers are still in but want to close before christmas. issue: the survey found the extension from the 90s has no planning permission. buyers' solicitor wants either retention permission or a price reduction of 15k. [[PERSON|declan]] doesn't want either, says his mother built it in good faith. i explained retention takes 8-12 weeks minimum. [[PERSON|sarah]] will talk to him again, she thinks he'll accept a smaller reduction, maybe 8k.

also his brother [[PERSON|eamon]] in australia has to sign the deed as co-executor. [[PERSON|sarah]] will courier it, his address there is [[STREET_ADDRESS|14 jacaranda crescent, toowong qld 4066]]. [[PERSON|eamon]]'s mobile for the courier is [[PHONE_NUMBER|0491 570 438]].

next steps: me to get a quote from an architect for the retention application by friday. [[PERSON|sarah]] to come back on the price by monday. we speak again tuesday 19 at 3.
"""  # noqa: E501
)
"""Long requests (150 to 350 words)."""

CLEAN = _split(
    """
Can you make this announcement sound more exciting? "Dear customers, from 1 March our store opening hours will change. We will open at 8am instead of 9am on weekdays. Sunday hours stay the same."
~~~
Rewrite this in plain English for our website:

To whom it may concern,
Pursuant to the revised data retention policy, records pertaining to closed accounts shall be retained for a period not exceeding seven (7) years from the date of closure, after which they shall be securely destroyed in accordance with applicable legislation.
~~~
translate to spanish: "Hi team, reminder that the office will be closed on Monday for the bank holiday. Have a great long weekend!"
~~~
fix the grammar pls: "Our company have been providing quality furnitures since 1998 and we are proud to serve customers in all over the region."
~~~
Summarise this news article in three bullet points:

The European Central Bank left interest rates unchanged on Thursday, saying inflation in the euro area was moving closer to its 2% target but that wage growth remained strong. Policymakers signalled they were in no hurry to cut rates further, although several economists expect a reduction in the autumn. Markets reacted calmly, with the euro trading slightly higher against the dollar.
~~~
Make this product description shorter and punchier for Instagram:

Our new bamboo toothbrush is made from 100% sustainably sourced Moso bamboo, with BPA-free nylon bristles and a handle that is fully compostable. Available in four colours, it comes in recyclable cardboard packaging and lasts as long as a conventional plastic toothbrush.
~~~
Turn this recipe into a numbered list with quantities in grams:

For the banana bread mash three ripe bananas, mix with a third of a cup of melted butter, then add three quarters of a cup of sugar, one beaten egg and a teaspoon of vanilla. Stir in a teaspoon of baking soda, a pinch of salt and one and a half cups of flour. Bake at 175C for about an hour.
~~~
Can you explain what this Python code does, line by line?

def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
~~~
make this email to all staff more friendly:

Hi team,
The kitchen fridge will be emptied every Friday at 4pm. Anything left inside will be thrown away. Please label your food with the date. This is not optional.
Facilities
~~~
Write a reply to this customer review, thanking them:

"Ordered the large pepperoni and garlic bread, arrived hot and 10 minutes early. Driver was super friendly. Best pizza in town, will order again!"
~~~
please translate to english, is a notice from my building:

Estimados vecinos: les informamos de que el próximo martes se realizará el corte de agua en todo el edificio entre las 9:00 y las 14:00 por obras de mantenimiento. Disculpen las molestias. La Administración.
~~~
Can you format this as a table? Planets and their number of moons: Mercury 0, Venus 0, Earth 1, Mars 2, Jupiter 95, Saturn 146, Uranus 28, Neptune 16.
~~~
Rewrite this opening so it sounds more like Jane Austen:

Sherlock Holmes walked into the drawing room, looked at the muddy boots by the fire and announced that the visitor had come from the country by the early train.
~~~
Summarise this policy for new employees in 5 bullets:

Remote Work Policy. Employees may work remotely up to three days per week with the approval of their line manager. Core hours are 10:00 to 16:00, during which staff must be reachable. Company equipment must be used for all work tasks, and confidential documents must not be printed at home. Employees are responsible for ensuring a safe and ergonomic home workspace. Requests for fully remote arrangements are considered case by case by HR.
~~~
make this sound more professional: "hey guys, the server is gonna be down sat night for updates, like 11pm to 2am, sorry for the hassle"
~~~
correct my english please: "Dear customer, we are inform you that your order is shipped and it will arrive in 3-5 working days. Thank you for choose us."
~~~
Translate this into French: "Welcome to the Louvre! Please keep your ticket until the end of your visit. Photography without flash is permitted in most galleries."
~~~
Can you turn these notes into a short press release?

- Nordlicht Coffee opens its fifth café in Hamburg on 15 May
- new location in the HafenCity, 80 seats, rooftop terrace
- all beans roasted in-house, new cold brew menu
- first 100 customers get a free cup
- the company now employs 65 people
~~~
rewrite this so it sounds less robotic: "Your request has been received. A member of our support team will respond within 48 business hours. Please do not reply to this message."
~~~
Please summarise this article about the James Webb Space Telescope for a 10 year old:

The James Webb Space Telescope, launched in December 2021, observes the universe mainly in infrared light. This allows it to see through clouds of dust where stars are being born and to detect light from galaxies that formed only a few hundred million years after the Big Bang. Its 6.5-metre mirror is made of 18 gold-coated hexagonal segments. Webb orbits the Sun about 1.5 million kilometres from Earth, at a point called L2.
~~~
fix grammar and spelling: "the new update brings alot of improvments, including faster loading times, a dark mode and beter support for older devices. we hope you enjoy it!"
~~~
Translate to German:

Dear guests, breakfast is served in the restaurant on the ground floor from 7:00 to 10:30. Late checkout until 1pm can be requested at reception for a small fee. We wish you a pleasant stay.
~~~
Can you write a polite reply to this? It's from a supplier.

"To whom it may concern, due to increased raw material costs, we regret to inform you that prices for all cardboard packaging products will rise by 6% from 1 July. Orders placed before 30 June will be invoiced at current prices."
~~~
make this into a table with columns step, what to do, time:

to make cold brew, grind 100g coffee coarse, mix with 1 litre cold water in a jar, stir, cover and leave in the fridge 12 to 18 hours, then strain through a paper filter, dilute 1:1 with water or milk and serve over ice.
~~~
Explain this SQL query in simple terms:

SELECT department, COUNT(*) AS staff, AVG(salary) AS avg_salary
FROM employees
WHERE hired_at >= '2020-01-01'
GROUP BY department
HAVING COUNT(*) > 5
ORDER BY avg_salary DESC;
~~~
Write a short summary of this: "Apple announced on Monday that its next developer conference will take place in June at Apple Park in Cupertino. The company is expected to present updates to iOS, macOS and its AI features. The keynote will be streamed online."
~~~
Can you make this job ad more inclusive?

We are looking for a young, energetic salesman to join our dynamic team. The ideal candidate is a native English speaker with a strong personality who can work long hours under pressure. Must have own car.
~~~
please translate to english, it's from the train company:

Sehr geehrte Fahrgäste, aufgrund von Bauarbeiten verkehren die Züge zwischen Köln und Düsseldorf am Wochenende nur stündlich. Bitte planen Sie mehr Zeit ein. Wir bitten um Ihr Verständnis.
~~~
Rewrite this so a child can understand it: "Photosynthesis is the process by which green plants use sunlight, water and carbon dioxide to produce glucose and release oxygen."
~~~
can you write this as minutes? board meeting of the tennis club, no names needed. agenda 1 budget approved, 2 new nets for courts 3 and 4 ordered, 3 membership fee up by 5 euros from january, 4 summer tournament date 12 july, 5 aob nothing
~~~
Make this sound more confident, it's for our company's About page:

We are a small team that tries to make accounting software that is maybe easier to use than the big ones. We think that small businesses could probably save time with our app.
~~~
Summarise the plot of Hamlet in five sentences, like a text message from Horatio to a friend.
~~~
Improve this code comment and docstring:

# this func gets the stuff from api and returns it
def fetch(url, retries=3):
    # try a few times
    ...
~~~
Translate into Italian: "Hi team, thanks for all your hard work this quarter. Drinks are on the company on Friday from 5pm in the usual place!"
~~~
Can you rewrite this safety notice so it's clearer? "All personnel entering the warehouse area must wear high-visibility vests and steel-toe boots at all times. Failure to comply may result in disciplinary action. Forklift routes are marked in yellow."
~~~
turn this into a friendly newsletter intro: "this month: new opening hours, summer menu launch, and our charity bake sale raised 1,200 euros for the local animal shelter. thank you all!"
~~~
Translate to Portuguese (Brazil): "Dear customer, your subscription will renew automatically on the 15th. If you want to cancel, you can do it at any time in the app settings."
~~~
Summarise this in two sentences:

The city council has approved a plan to turn the old tram depot into a public library and community centre. Construction is expected to start next spring and last about two years. The project will cost around 18 million euros, funded partly by a national grant. The building's historic façade will be preserved, while the interior will be completely redesigned with reading rooms, a café and a small concert hall.
~~~
Fix the grammar in this product review I'm posting: "This blender is very powerfull, it make smoothie in 30 second. Only problem is it is very loud, my neighbour can hear it probably. Still 4 star."
~~~
What does this error mean and how do I fix it?

Traceback (most recent call last):
  File "main.py", line 12, in <module>
    total = price * quantity
TypeError: can't multiply sequence by non-int of type 'float'
~~~
make this more formal, its for a notice in the lift: "guys pls stop leaving bikes in the hallway, its a fire hazard and the landlord is gonna fine everyone"
~~~
Can you turn this into a short story opening? Captain Ahab and Moby Dick, but the whale is the narrator and it's very polite.
~~~
Write a reply to this message from our software vendor: "Hi team, we're planning scheduled maintenance on Saturday from 02:00 to 04:00 UTC. The dashboard will be unavailable during this window. No action is required on your side."
~~~
Please make this recipe vegan and rewrite the instructions:

Carbonara for 2: cook 200g spaghetti. Fry 100g guanciale until crispy. Whisk 3 egg yolks with 50g grated pecorino and lots of black pepper. Mix the hot pasta with the guanciale off the heat, then add the egg mixture and a splash of pasta water, stirring fast until creamy.
~~~
translate to english: "Chers clients, notre boutique sera fermée du 1er au 15 août pour congés annuels. Les commandes en ligne restent possibles et seront expédiées à partir du 16 août."
~~~
Summarise this terms-of-service section:

7. Termination. We may suspend or terminate your access to the Service at any time if you breach these Terms. You may stop using the Service at any time. Upon termination, your right to use the Service will immediately cease, and we may delete your content after 30 days. Sections 4, 8 and 9 survive termination.
~~~
Make this motivational message for the team sound less cheesy:

Hi team! Every mountain is climbed one step at a time and together we are unstoppable!!! Let's crush Q3 and make our dreams come true! Remember: there is no I in team!
~~~
Can you format this as a markdown table? Country, capital, population (millions): France Paris 68, Germany Berlin 84, Italy Rome 59, Spain Madrid 48, Poland Warsaw 37.
~~~
Rewrite Little Red Riding Hood as a short corporate memo from the Wolf's HR department.
~~~
Please shorten this: "We would like to take this opportunity to remind all residents that the communal garden is for the enjoyment of everyone and that barbecues are only permitted in the designated area near the east fence, and only between the hours of 12 noon and 9 pm."
~~~
improve the wording of this LinkedIn post from our company page: "We're happy to say we got ISO 27001 certified. It took a long time. Thanks to everyone who helped."
~~~
Please translate this into Japanese: "Thank you for visiting our shop in Kyoto. Tax-free shopping is available for purchases over 5,000 yen. Please show your passport at the counter."
~~~
can u make this sound nicer, its for our cafe's chalkboard: "no laptops on weekends. tables are for eating."
~~~
Turn this into meeting minutes with action items (no names, just teams):

Q2 planning. Marketing wants the product launch moved to September. Engineering says the mobile app will be ready in August, web in July. Sales needs demo accounts two weeks before launch. Finance approved the extra budget for the trade show in Berlin. Legal still reviewing the new privacy policy, expected end of May. Next sync in two weeks.
~~~
Explain like I'm five: what did Isaac Newton's first law say?
~~~
Rewrite this as a formal letter:

To whom it may concern, im writing from the residents association about the streetlight at the corner of the park which has been broken for like 2 months and its really dark at night and people feel unsafe, can someone fix it asap thanks
~~~
Translate this into simple Spanish for our cleaning staff: "Please use the blue cloths for desks and the red cloths for bathrooms only. Empty all bins every evening. Report any broken equipment to the office."
~~~
Check this JavaScript for bugs:

function average(arr) {
  let sum = 0;
  for (let i = 0; i <= arr.length; i++) {
    sum += arr[i];
  }
  return sum / arr.length;
}
~~~
Summarise this for my class: "The Great Barrier Reef, off the coast of Queensland, Australia, is the world's largest coral reef system. It has suffered several mass bleaching events in recent years, caused mainly by rising sea temperatures. Scientists warn that without rapid cuts in greenhouse gas emissions, large parts of the reef could be lost this century."
~~~
rewrite in a more upbeat tone: "Dear valued customers, due to supply issues some products may be unavailable this week. We apologise for any inconvenience."
~~~
Please correct: "We are exciting to announce that our new branch in Lyon is now open! Come visit us and get a 10% discount in your first purchase."
~~~
Write a reply to this: "Hi team, just a reminder that expense reports for March are due by Friday. Late submissions will be processed next month."
~~~
Can you turn this into a haiku? "The first snow of the year fell on the quiet village while everyone was asleep."
~~~
Make this product description more SEO friendly:

Handmade ceramic mug, 350ml, glazed in ocean blue. Dishwasher and microwave safe. Each piece is unique and may vary slightly in colour. Made in Portugal.
~~~
Translate to English please: "Szanowni Klienci, informujemy, że w dniu 11 listopada nasz sklep będzie nieczynny. Zapraszamy od 12 listopada w standardowych godzinach."
~~~
Fix the grammar of this Harry Potter fan fiction intro: "Hermione was walk to the library when she seen Draco, he was holding a strange book what glowed green."
~~~
Could you make this error message friendlier for users? "ERR_AUTH_401: Invalid credentials. Access denied."
~~~
Please rewrite this company announcement so it sounds warmer and less corporate:

Dear colleagues,
Following a comprehensive review of our operational footprint, the Board has resolved to consolidate our Manchester and Leeds offices into a single site in Leeds, effective from the third quarter. All affected employees will be offered relocation support or hybrid working arrangements. Further information will be communicated by HR in due course. We appreciate your continued commitment.
Executive Leadership Team
~~~
can you summarise this review of the new Zelda game in 3 lines?

Tears of the Kingdom builds on everything that made Breath of the Wild special. Hyrule is bigger, with sky islands above and a vast underground below, and the new building abilities let players create vehicles, bridges and ridiculous contraptions. The story is stronger than in the previous game, although some dungeons feel short. It is one of the most inventive open-world games ever made.
~~~
translate to french please, its for our menu: "Grilled sea bass with lemon butter, seasonal vegetables and new potatoes. Served with a glass of house white wine."
~~~
Write a polite reply declining this invitation on behalf of our company:

Dear Sir/Madam, we would be delighted to invite your organisation to exhibit at the International Packaging Fair in Milan this October. Stands are available from 2,500 euros. Please confirm your interest by the end of the month.
~~~
make this text shorter for a tweet: "We're thrilled to announce that after two years of development, our open source library for time series forecasting has reached version 1.0, with full documentation, support for Python 3.12 and a brand new plotting module."
~~~
Rewrite this paragraph from my essay about Frida Kahlo so it flows better:

Frida Kahlo was a Mexican painter. She is known for her self-portraits. She had a bus accident when she was young. This caused her pain all her life. Her paintings show her pain. She was married to Diego Rivera. He was also a painter.
~~~
Explain this regex: ^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$
~~~
Can you turn these bullet points into a paragraph for our annual report?

- revenue up 12% to 48m euros
- opened offices in Lisbon and Warsaw
- headcount grew from 310 to 365
- carbon emissions per employee down 18%
- launched two new products in the healthcare segment
~~~
correct my english: "Hello everybody, I want to thank to all the team for the nice farewell party yesterday. I will miss working with you very much and I wish you all the best for the future."
~~~
Make this cover letter template more personal-sounding (I'll fill in the details later): "Dear Hiring Manager, I am writing to express my interest in the [position] role at [company]. With [X] years of experience in [field], I believe I would be a strong addition to your team."
~~~
Summarise this in one sentence: "Scientists at CERN have measured the mass of the W boson with greater precision than ever before, finding a value consistent with the Standard Model of particle physics, in contrast to an earlier measurement from Fermilab that had suggested a discrepancy."
~~~
Turn this into a to-do list:

before the office move on friday: pack your desk into the labelled boxes, unplug monitors but leave them on the desk, take home any plants and personal items, empty your locker, return all keys to reception, and check the new seating plan on the intranet.
~~~
Please write a reply to this: "Dear Customer, your parcel could not be delivered because no one was at home. You can rebook delivery or collect it from your nearest pickup point within 7 days."
~~~
Write a limerick about Darth Vader forgetting his password.
~~~
Rewrite this so it's gender-neutral: "Each employee must submit his timesheet by Friday. If a manager is absent, his deputy will approve the timesheets."
~~~
translate into english please: "Gentili clienti, vi informiamo che da lunedì il servizio clienti sarà disponibile anche tramite chat dalle 9 alle 18. Grazie per la fiducia."
~~~
Make this return policy clearer for our website:

Items may be returned within 30 days of purchase provided they are unused and in original packaging with tags attached, except for sale items, earrings, swimwear and personalised products, which cannot be returned unless faulty, in which case please contact us first.
~~~
Can you write a summary of this Slack announcement for people who missed it?

Hi everyone 👋 Quick update from the platform team. We're migrating the CI pipelines from Jenkins to GitHub Actions over the next three weeks. Repos will be moved in batches; each team will get a message in their channel the day before. Builds may be slower for the first few days while caches warm up. If anything breaks, post in #platform-help and we'll jump on it. Thanks for your patience!
~~~
please make this sound more polite, its a sign for our shop door: "NO FOOD. NO DRINKS. NO DOGS. NO BIG BAGS."
~~~
Translate to Dutch: "To whom it may concern, this letter confirms that the company is registered in England and Wales and has been trading since 2012."
~~~
Rewrite this horoscope so it's funnier:

Aries: This week brings new opportunities at work. Be open to change and trust your instincts. A financial decision may require careful thought.
~~~
Summarise this recipe into a shopping list:

Lentil soup: soften one chopped onion, two carrots and two celery sticks in olive oil. Add two cloves of garlic, a teaspoon of cumin and a teaspoon of smoked paprika. Stir in 200g red lentils, a tin of chopped tomatoes and a litre of vegetable stock. Simmer 25 minutes, season, and finish with lemon juice and fresh coriander.
~~~
make this paragraph about the Roman Empire simpler for year 7 students:

The Roman Empire, at its greatest territorial extent under Emperor Trajan in 117 AD, encompassed territories spanning from Britannia in the northwest to Mesopotamia in the east, facilitated by an extensive network of roads and a highly organised military apparatus.
~~~
Can you improve this README intro?

this is a tool to convert csv to json. it works with big files. install with pip. run it with the file name. there are some options, see --help.
~~~
Write a reply to this customer on behalf of our hotel: "Dear hotel, we stayed last weekend and loved the spa and the view, but the breakfast was cold on Sunday. Otherwise perfect, we will come back."
~~~
Translate into Spanish: "Important: the swimming pool will be closed for cleaning every Monday from 8 to 11 am. We apologise for the inconvenience."
~~~
fix my grammar please: "The company was founded in 2005 by three engineers, it's mission is to make clean energy affordable for everyone, today it operate in 12 country."
~~~
Summarise the story of Don Quixote in the style of a movie trailer.
~~~
Make this shorter and clearer: "In the event that you experience any difficulties whatsoever in accessing your account, we would kindly ask that you do not hesitate to get in touch with our customer support team, who will be more than happy to assist you."
~~~
Format this as a table: Model, battery, price. Model A 4000mAh 299 euro, Model B 4500mAh 349 euro, Model C 5000mAh 429 euro, Model Pro 5200mAh 599 euro.
~~~
Rewrite this so it sounds like Yoda: "You should finish your homework before you play video games."
~~~
translate this to english please, its from the city website: "Die Stadtbibliothek ist ab sofort auch sonntags von 11 bis 17 Uhr geöffnet. Der Eintritt ist frei, für die Ausleihe benötigen Sie einen Bibliotheksausweis."
~~~
Can you make this welcome message for new students friendlier?

Welcome to the Faculty of Engineering. Orientation week begins on Monday. Attendance at all sessions is mandatory. Timetables are available on the student portal. Lockers are allocated on a first come, first served basis.
"""  # noqa: E501
)
"""Clean requests: pasted text naming no private person."""


MIN_CHARS = 15
MAX_WORDS = 350
SHORT_WORDS = (5, 59)
MEDIUM_WORDS = (60, 149)
LONG_WORDS = (150, 350)
LOWER = (35, 40)
"""How many personal-data texts are typed all in lower case (a sixth of 220 is 37)."""

CARD_DIGITS = frozenset({15, 16})

TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Father|Auntie|Uncle|Herr|Frau|Mme|Sr|Sra|Señora)\.?\s",
    re.IGNORECASE,
)

PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

NATIONAL_IDS = {
    "719 302 6488": nhs_ok,  # NHS number
    "375.816.920-86": cpf_ok,  # Brazilian CPF
    "53927418P": dni_ok,  # Spanish DNI
    "Y4817362A": dni_ok,  # Spanish NIE
    "5281 9370 4611": aadhaar_ok,  # Indian Aadhaar
    "546 182 734": luhn_len(9),  # Canadian SIN
    "3720 4815 9626": my_number_ok,  # Japanese My Number
    "9106235084080": luhn_len(13),  # South African id
    "2 89 07 75 123 041 80": nir_ok,  # French NIR
    "284 917 362": nif_ok,  # Portuguese NIF
    "92071418369": pesel_ok,  # Polish PESEL
    "91031705837": pesel_ok,
    "57 294 610 386": steuer_id_ok,  # German tax id
    "64 817 205 319": steuer_id_ok,
    "8370624D": pps_ok,  # Irish PPS number
    "GRCMTT85H14L219P": codice_fiscale_ok,  # Italian codice fiscale
    "S9127463I": nric_ok,  # Singapore NRIC
    "14058747220": fodselsnummer_ok,  # Norwegian fødselsnummer
}

PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0117 496 0\d{3}",  # Bristol drama range
        r"0151 496 0\d{3}",  # Liverpool drama range
        r"0191 498 0\d{3}",  # Tyneside drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        # No fiction range known: the country's own layout, with or without its code.
        r"\+(7|27|30|34|39|45|46|47|48|52|65|91|221|254|420|961|971) [\d ]+\d",
        r"08[3-7] \d{3} \d{4}",  # Ireland mobile
        r"02[147] \d{3} \d{4}",  # Ghana, New Zealand mobiles
        r"082 \d{3} \d{4}",  # South Africa mobile
        r"0803 \d{3} \d{4}",  # Nigeria mobile
        r"07\d{2} \d{3} \d{3}",  # Romania, Kenya mobiles
        r"0912 \d{3} \d{3}",  # Vietnam mobile
        r"[5-6]\d{2} \d{3} \d{3}",  # Poland, Spain mobiles
        r"070-\d{3} \d{2} \d{2}",  # Sweden mobile
        r"06-\d{8}",  # Netherlands mobile
        r"0532 \d{3} \d{2} \d{2}",  # Turkey mobile
        r"04\d{2} \d{2} \d{2} \d{2}",  # Belgium mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
    )
]


def check_words(name: str, texts: list[str], words: tuple[int, int]) -> None:
    """Each text of a section within its word range."""
    for marked in texts:
        if not words[0] <= word_count(marked) <= words[1]:
            raise SystemExit(f"{name}: {word_count(marked)} words in {marked[:60]!r}")


def check_mix(pii: list[str], clean: list[str]) -> None:
    """A sixth of the personal-data texts in lower case, nearly all naming someone; no
    clean text holding an e-mail address or a long run of digits."""
    lower = sum(is_lower(t) for t in pii)
    if not LOWER[0] <= lower <= LOWER[1]:
        raise SystemExit(f"{lower} personal-data texts in lower case, want {LOWER}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in pii)
    if named < 210:
        raise SystemExit(f"only {named} personal-data texts name someone")
    for text in clean:
        if "@" in text or re.search(r"\d[\d ]{7,}\d", strip_marks(text)[0]):
            raise SystemExit(f"contact-like value in clean text {text[:60]!r}")


def main() -> None:
    sections = {
        "short": (SHORT, 80),
        "medium": (MEDIUM, 100),
        "long": (LONG, 40),
        "clean": (CLEAN, 100),
    }
    pii = SHORT + MEDIUM + LONG
    check_words("short", SHORT, SHORT_WORDS)
    check_words("medium", MEDIUM, MEDIUM_WORDS)
    check_words("long", LONG, LONG_WORDS)
    check_mix(pii, CLEAN)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    # No chat section with a lower-case block of its own: check_mix counts them instead.
    build_sections(
        "blind37", HERE, sections, {"short", "medium", "long"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=[], lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
