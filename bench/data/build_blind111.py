# ruff: noqa: E501
"""A hundred-and-eleventh blind privacy set: 220 texts with personal data and 100 clean
ones, on small shops, cafés, salons and pet businesses.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) that owners and staff of small shops, cafés, hair and
  nail salons, groomers, dog walkers, pet sitters, catteries and vets' front desks send to
  a general assistant through a company gateway: drafting texts and letters, replying to
  complaints and reviews, summarising pasted notes, translating, fixing wording, planning
  rotas and walks, advising on payroll, tax, alarms and logins, calculating pay, tips,
  commission and refunds. The first 30 are typed all in lower case (names, e-mails and
  codes too, with shorthand and typos), the next 6 are in Spanish, German, French, Polish,
  Brazilian Portuguese and Japanese, the other 84 in ordinary English. Names of many
  origins, some in Chinese, Cyrillic, Greek, Hebrew, Korean and Japanese script; first
  names alone, surnames after titles, full names, names that are ordinary words (Dawn,
  Pearl, Hope, Will, Summer, Rose, Ivy, Heather, Faith, Sunny, Hunter) and nicknames (Gaz,
  Kev, Dotty, Shaz, Big Mo), many named in passing with no cue word. Values: phones,
  e-mails, addresses, alarm, till, key-safe, gate and locker codes, passwords and
  passphrases, usernames, customer, member, loyalty, supplier account, policy holder,
  payroll and employee numbers, national ids, cards, IBANs, SSNs, IPs and API keys.
* 100 one-person records (4 to 60 words) in the manner of presidio-research's synthetic
  sentences and Nannigalaxy-style records: prose, profile lines, pipe-separated and CSV
  rows, JSON fragments, log lines and short letters; the name and one to four other
  values each.
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people), 25 GSM8K-style word problems with fictional
  first names, 25 MMLU-style items with options A to D and 25 health questions naming no
  one; many of them about cafés, salons, shops and pets.

Labels: usernames and logins, customer, member, loyalty, supplier account, policy holder,
payroll and employee numbers and national ids are ID_NUMBER; PINs, alarm, till, gate,
key-safe and locker codes, wifi keys, passwords and passphrases PASSWORD; titles and
relation words (Mr, Mrs, Ms, Dr, Mme, señora, Father) stay outside PERSON spans; an address
span runs from the first street line through the postcode and city as typed; pets, shops,
suppliers, public figures, fictional characters, order, invoice, claim and booking numbers
and dates of birth are not labelled; every occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 to 0161
496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France 01 99 00 and
06 39 98; Germany 030 23125) and in each country's own layout elsewhere, some without
separators; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (Indian Aadhaar, Spanish DNI and
NIE, Polish PESEL, Brazilian CPF, Irish PPS, Canadian SIN, Turkish kimlik, Korean resident
registration number, Australian TFN and Medicare, NHS number, Chinese resident id,
Norwegian fødselsnummer, Swedish personnummer, Italian codice fiscale, New Zealand NHI,
Romanian CNP, Portuguese NIF, Finnish henkilötunnus, Chilean RUT, Icelandic kennitala,
German tax id, Dutch BSN, Czech rodné číslo, Ukrainian RNOKPP, Belgian national number,
French NIR, Estonian isikukood, Singapore NRIC, Japanese My Number, South African id).

Run ``.venv/bin/python bench/data/build_blind111.py`` from the repository root; the output
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

NAME = "blind111"
LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 150
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Father|Herr|Frau|Mme|Sra|Señora|Sr)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # all in lower case
    "can u text [[PERSON|jodie]] that her sat shift now starts 8am not 9, her mobile is [[PHONE_NUMBER|07700 900412]]. keep it friendly pls",
    "draft a reply to mrs [[PERSON|okonkwo]], she says her cockapoo came back from the groom with a nick on his ear. email is [[EMAIL_ADDRESS|ada.okonkwo@postmail.co.uk]], offer a free nail trim and say sorry properly",
    "the alarm code at the salon is [[PASSWORD|4827]] and the panel keeps beeping after i punch it in. what does a long beep after entry usualy mean on a texecom panel",
    "new starter [[PERSON|bilal]] needs a till login. i made him user [[ID_NUMBER|bilal.h]] with clerk code [[PASSWORD|0613]], write him a short welcome note explaining how to clock in and out",
    "summarise my walk notes for the owner: took bruno out 2-3pm for mr [[PERSON|kowalczyk]], key safe at [[STREET_ADDRESS|14 larch close, leeds ls6 2qt]] code [[PASSWORD|1958]], bruno pulled a lot near the park, ate grass, otherwise fine",
    "pls check my maths, i paid the bean supplier £412.60 from [[IBAN_CODE|gb16barc20714583920166]] but they say only £402.60 arrived. what do i tell them",
    "translate into polish for our cleaner [[PERSON|agnieszka]]: please lock the back door and set the alarm when you leave, the code is now [[PASSWORD|7731]]",
    "work out holiday pay for [[PERSON|tomasz]] (employee no [[ID_NUMBER|e-2291]]), he does 22 hrs a week at £11.44 and we use the 12.07% method",
    "turn this into a proper payment note for the acounts: freelance groomer [[PERSON|priya nair]], iban [[IBAN_CODE|gb50midl40318770245196]], 3 days in march at £95 a day",
    "write a loyalty card welcome email for [[PERSON|margaret hughes]], member no [[ID_NUMBER|004817]], her email [[EMAIL_ADDRESS|mags.hughes61@btinternet.com]]. mention the 10th coffee is free",
    "my wife wants a summary: dr [[PERSON|adeyemi]] at the vets said biscuit needs a dental and bloods, quote £480, and she'll ring me on [[PHONE_NUMBER|07700900785]] tommorow with a date",
    "help me fill in a pet insurance claim. policy holder [[PERSON|sinead o'brien]], policy holder no [[ID_NUMBER|ph-7730142]], vet bill €640 for a torn claw, what goes in the circumstances box",
    "whats a polite way to tell [[PERSON|carl]] he cant bring his mate into the stockroom during shifts",
    "write a small sign for the back office saying the staff wifi changed and to ask me for it. (for me only: network petpantry-staff, password [[PASSWORD|kibble&crumbs42]])",
    "rota help. [[PERSON|dawn]] works mon tue, [[PERSON|kemi]] wed thu, [[PERSON|lou]] fri sat. [[PERSON|dawn]] wants this sat off, who should cover without going over 30 hrs",
    "fix my wording: hi mr [[PERSON|da silva]], luna is booked for a full groom thurs 10am. we have your number as [[PHONE_NUMBER|07700900318]], is that still right?",
    "the new hire gave me her ssn [[US_SSN|412-67-3098]] on a sticky note. can i keep it in our shared google sheet or is that a bad idea? shes called [[PERSON|brianna cole]]",
    "angry review from user [[ID_NUMBER|pawsmom_88]] says her cat caught fleas in our cattery. draft a calm public reply that doesnt admit fault",
    "write a short birthday message for our barista [[PERSON|王芳]] from the whole team, she loves matcha",
    "customer wants us to keep a card on file for monthly grooms: [[CREDIT_CARD|5352 0971 6648 2033]] exp 09/27, name on card [[PERSON|hamid rezaei]] (her husband). is it ok to store it on the booking form",
    "booking plugin crashed and the error log printed [[API_KEY|sk_live_51mq8dx2kfa7b0rwhz9pq4t1ne6yv]]. is that the key i need to roll in stripe?",
    "how do i change the till supervisor pin, right now its [[PASSWORD|9164]] and half the staff know it",
    "translate to spanish: dear señora [[PERSON|giménez]], your highlights appointment is moved to 11:30 on friday, sorry for the trouble",
    "plan the morning dog walk. pickup at [[STREET_ADDRESS|22 orchard rise, bristol bs7 8ah]], side gate code [[PASSWORD|3390]], then the downs, back by 9. how long is that with 4 dogs",
    "reply to [[EMAIL_ADDRESS|jamal.osei@fastmail.com]] who asked if we stock grain free kibble for his staffie. we do, 12kg bags £54",
    "add up the tip jar split: [[PERSON|ana]] 34.50, [[PERSON|ben]] 28, [[PERSON|chidi]] 41.20, [[PERSON|ana]] again 12 from the late shift. total per person pls",
    "our old groomer [[PERSON|sophie]] still has the shop email [[EMAIL_ADDRESS|sophie.grooms@pawparlour.co.uk]] with password [[PASSWORD|hairdryer99]], how do i lock her out today",
    "new staff form for our chennai branch: [[PERSON|deepa iyer]], aadhaar [[ID_NUMBER|5831 2094 7666]]. does payroll need anything else from her",
    "what do i say to mr. [[PERSON|nowak]] who keeps ringing about missing loyalty points, his customer no is [[ID_NUMBER|77-40218]]",
    "shorten this text: hi its [[PERSON|kev]] from the pet shop, your hay and rabbit mix are in, pop in or ring me on [[PHONE_NUMBER|07700 900577]]",
    # six other languages
    "¿Puedes redactar un mensaje para [[PERSON|Lucía Fernández]]? Su cita de peluquería pasa al viernes a las 10. Su teléfono es [[PHONE_NUMBER|+34 612 48 90 37]] y necesito su DNI [[ID_NUMBER|48203917B]] para la factura.",
    "Bitte formuliere eine freundliche Zahlungserinnerung an Herrn [[PERSON|Jürgen Bäcker]], Kundennummer [[ID_NUMBER|KD-40917]], [[STREET_ADDRESS|Lindenstraße 12, 50674 Köln]]. Er hat die Hundepension für Rocky noch nicht bezahlt.",
    "Peux-tu traduire en anglais : « Mme [[PERSON|Camille Rousseau]], toiletteuse, [[PHONE_NUMBER|06 39 98 41 27]], [[EMAIL_ADDRESS|camille.rousseau@orange.fr]], IBAN [[IBAN_CODE|FR87 3000 4028 3700 0193 7541 M86]] » ? C'est pour sa fiche fournisseur.",
    "Napisz grafik dla kawiarni: [[PERSON|Kasia]] pon–śr, [[PERSON|Bartek]] czw–sob. [[PERSON|Bartek]] prosi o wolną sobotę. Jego PESEL [[ID_NUMBER|92032506724]] jest potrzebny do umowy – gdzie go bezpiecznie trzymać?",
    "Me ajuda a responder a cliente [[PERSON|Thaís Albuquerque]], que reclamou do banho e tosa do cachorro dela? CPF [[ID_NUMBER|418.305.926-70]], e-mail [[EMAIL_ADDRESS|thais.alb@uol.com.br]].",
    "ペットサロンの予約確認メールを書いてください。お客様は[[PERSON|佐藤 美咲]]さん、電話 [[PHONE_NUMBER|090-4821-7736]]、会員番号 [[ID_NUMBER|PS-20318]] です。",
    # ordinary English
    "Can you rewrite this staff notice so it sounds less harsh? 'Whoever keeps giving the alarm code [[PASSWORD|6042]] to delivery drivers, stop. [[PERSON|Gemma]] will change it Friday.'",
    "Summarise this complaint for the owner: Mrs [[PERSON|Pennington]] says we gave her Shih Tzu the wrong cut, wants a refund of £45 and has left three voicemails from [[PHONE_NUMBER|020 7946 0381]].",
    "Please draft a reply to Bloom & Stem Wholesale confirming our new delivery day. Our trading account number is [[ID_NUMBER|BSW-118402]] and our rep there is [[PERSON|Ffion Pritchard]] ([[EMAIL_ADDRESS|ffion@pritchardflowers.co.uk]]).",
    "My dog walker [[PERSON|Gaz]] sent his invoice with bank details: IBAN [[IBAN_CODE|IE10 BOFI 9058 3116 2740 95]], name [[PERSON|Gareth Doyle]]. Is €18 per walk reasonable for a 45-minute group walk in Dublin?",
    "Write a rota for next week for [[PERSON|Pearl]], [[PERSON|Hope]] and [[PERSON|Will]] at the café. [[PERSON|Pearl]] can't do mornings; [[PERSON|Will]] only works weekends. We open 7 till 4.",
    "How do I word a text reminding [[PERSON|Ольга Смирнова]] that her cat Murka is due for the second vaccine? Her number is [[PHONE_NUMBER|+7 916 482-17-35]].",
    "Calculate rough net pay for [[PERSON|Declan Murphy]], PPS [[ID_NUMBER|6382514T]]: 30 hours at €13.50, week 1 basis, no pension.",
    "Draft an apology letter to [[PERSON|Hilda Van der Merwe]], [[STREET_ADDRESS|17 Jacaranda Street, Menlo Park, Pretoria 0081]]. We posted her the dog flea treatment instead of the cat one.",
    "Our Square access token leaked in a screenshot: [[API_KEY|EAAAEOq3vX9f2Lp7KdR8sYtN4bWmZc1HjUg6oQe0aFxT]]. What's the order of steps to revoke it without breaking the till?",
    "Fix the grammar: 'Dear [[PERSON|Bjørn]], your locker pin for the staff room is [[PASSWORD|3318]], please dont share it with [[PERSON|Mo]] or anyone.'",
    "Translate into Greek for our new stylist [[PERSON|Δημήτρης Παπαδόπουλος]]: training starts Monday at 9, bring your own scissors and a packed lunch.",
    "Can you check this SIN is the right length before I send the T4? [[PERSON|Marie-Ève Tremblay]], [[ID_NUMBER|527 194 039]].",
    "Plan a loyalty-points promo email for the bakery. I'll test it on my own address first: [[EMAIL_ADDRESS|rosie.the.baker@gmail.com]].",
    "The booking system says admin [[ID_NUMBER|salon_admin_kt]] logged in from [[IP_ADDRESS|198.51.100.47]] at 3am. That wasn't me. What should I check first?",
    "Rewrite more kindly: [[PERSON|Summer]], you were 25 minutes late three times this month. Next time it's a written warning.",
    "Help me reply to PetSure about claim 88213. Policy holder [[PERSON|Robin Ashworth]], member number [[ID_NUMBER|PS-0049217]]; they say the cruciate was pre-existing but it wasn't in her notes.",
    "I'm opening a grooming van in Melbourne. My TFN is [[ID_NUMBER|482 917 359]] — do I need an ABN as well, and when do I have to register for GST?",
    "Work out what [[PERSON|Hunter]] owes for his staff tab: 14 flat whites at £2.10 less 50% staff discount, minus the £5 he paid Tuesday.",
    "Can you turn these notes into a neat handover? 'Mrs [[PERSON|Li]]'s poodle Coco – no blades under 7F, nervous of dryers. Mrs [[PERSON|Li]] prefers texts: [[PHONE_NUMBER|0491 570 156]]. Cash only.'",
    "Is it legal to ask a dog walker for ID? The candidate, [[PERSON|Kwame Boateng]], gave me his NHS number [[ID_NUMBER|485 720 1933]] by mistake instead of his NI number.",
    "Our alarm company wants a password for when they phone us. I was going to use [[PASSWORD|purple giraffe teapot]]. Is a phrase like that okay?",
    "Please summarise: Supplier Northern Pet Supplies. Account manager [[PERSON|Ranjit Sandhu]], direct line [[PHONE_NUMBER|0121 496 0274]], our account [[ID_NUMBER|NPS-55302]]. Next delivery Wed, short 6 bags of cat litter last time.",
    "What's a fair way to split the Christmas bonus pot of £900 between [[PERSON|Siobhán]], [[PERSON|Łukasz]] and [[PERSON|Thandiwe]] if they worked 1,040, 860 and 1,210 hours?",
    "Write a firm but polite email to [[EMAIL_ADDRESS|d.harrington@harringtonlaw.com]] — his client says our groomer cut her Pomeranian. We have CCTV and the dog was already scabbed.",
    "Customer left her purse; the card inside reads [[PERSON|Amara Nwachukwu]] [[CREDIT_CARD|4571 8392 0461 7353]]. How should we log lost property without writing the full number down?",
    "Convert these hours into a payslip summary for [[PERSON|Yusuf Demir]], TC Kimlik [[ID_NUMBER|37510492810]]: 38 hours at 95 TL, two hours overtime.",
    "Draft a text to [[PERSON|Nana Ama]]: 'Your braids booking is Sat 2pm, $20 deposit please. Reply YES to confirm.' Her cell is [[PHONE_NUMBER|6465550191]].",
    "My Mailchimp API key is [[API_KEY|7c3f91ab0e4d58c26fa1b93e0d7742c5-us21]]; write me the curl to add a subscriber to our loyalty list.",
    "Translate to French for the new Lyon salon: 'Gate code [[PASSWORD|A1947]], bins out Thursday, Mme [[PERSON|Lefebvre]] upstairs complains about noise after 8pm.'",
    "Summarise this vet note for the owner: Patient Max (Labrador). Owner [[PERSON|Tobias Engel]], [[STREET_ADDRESS|Schillerstraße 44, 10627 Berlin]]. Lame left fore, rest 2 weeks, meloxicam daily with food.",
    "How many staff hours can I afford if payroll is capped at £2,900 a month and [[PERSON|Tilly]] earns £11.44 an hour while [[PERSON|Ray]] earns £12.60? [[PERSON|Tilly]] wants at least 60 hours.",
    "Reply to a Google review by '[[PERSON|Jess B]].' who says the cat café smelled. Keep it warm, invite her back, sign it from [[PERSON|Ho-seong]].",
    "Can you check whether this registration number looks right for our Seoul franchise paperwork: [[ID_NUMBER|910426-2158378]], [[PERSON|Park Ji-yeon]]?",
    "I run a one-woman dog-walking business. Quarterly estimate: income $9,400, expenses $1,850. My SSN is [[US_SSN|529-14-7730]] if the form needs it — what's the safe-harbor rule again?",
    "Write a short job ad for a Saturday salon junior. Applications to [[EMAIL_ADDRESS|hannah@hannahjcuts.com]] or call [[PHONE_NUMBER|0117 496 0638]].",
    "The till keeps logging out. The tech says [[PERSON|Dan]]'s laptop at [[IP_ADDRESS|192.0.2.114]] keeps grabbing the session for user [[ID_NUMBER|FOH-04]], pin [[PASSWORD|72158]]. Explain that in plain words.",
    "Help me word a reference for [[PERSON|Bill Okafor]] who worked two years at our pet shop. Honest: reliable, great with reptiles, poor at stock counts.",
    "Draft a polite chaser to our flour supplier. Our customer number is [[ID_NUMBER|CUST-208841]] and the invoice was paid on 3 May.",
    "Our Shanghai tea shop manager [[PERSON|李伟]] has to put his ID [[ID_NUMBER|310104198706233819]] on the lease form. Which other fields usually need it?",
    "Rewrite the house rules for our dog walkers: no off-lead in Victoria Park, keys back by 6, and never post the lockbox code ([[PASSWORD|2207]]) in the group chat.",
    "Somebody changed the owner email on our Fresha account to [[EMAIL_ADDRESS|zara.k.hair@proton.me]]. My old password was [[PASSWORD|Glossy!Locks77]]. What do I do first?",
    "Turn these supplier details into a CSV row: Pawfect Treats Ltd, rep [[PERSON|Sunny Dhillon]], [[PHONE_NUMBER|07700 900963]], [[EMAIL_ADDRESS|sunny@pawfecttreats.co.uk]], 30-day terms.",
    "Is it OK for a vet to email my dog's records without checking who I am? They sent them to [[EMAIL_ADDRESS|pete.haldane@icloud.com]] and I'm [[PERSON|Peter Haldane]], so fine this time.",
    "Our new barista [[PERSON|Valentina Rojas]] gave me her NIE [[ID_NUMBER|Y3948201N]]. What else does a café in Spain need for her alta in the Seguridad Social?",
    "Make this voicemail into bullet points: 'Hiya it's [[PERSON|Dotty]], I walk Mr [[PERSON|Abernathy]]'s whippet, he's moved to [[STREET_ADDRESS|Flat 3, 8 Raeburn Place, Edinburgh EH4 1HN]], new key code [[PASSWORD|1184]]. Call me back on [[PHONE_NUMBER|0131 496 0842]].'",
    "Calculate: 40 bottles of grooming shampoo at €7.85, 8% discount, then 21% VAT. Invoice goes to [[PERSON|Sanne de Vries]], paid from [[IBAN_CODE|NL47 RABO 0317 7265 89]].",
    "Help me write a message to [[PERSON|Faith]], our Saturday girl, saying her payslip will be late because the payroll login [[ID_NUMBER|crumbco_owner]] expired.",
    "Draft a notice for regulars: from June the loyalty app replaces stamp cards. Ask them to email [[EMAIL_ADDRESS|jo.mcallister@outlook.com]] if they still have unused stamps.",
    "What should I say to Mr [[PERSON|Oyelaran]] whose dog bit our groomer? He insists we pay his vet bill; his number is [[PHONE_NUMBER|(416) 555-0173]].",
    "Please translate into Japanese: 'Dear Ms [[PERSON|Tanaka Yuki]], Mochi's cat boarding is confirmed for 12–15 August. Please bring her food.'",
    "My payroll app gave me an API token, [[API_KEY|pk_payr_9XbT2wQm7LzR4vNc8HsK1dFy]]. Is it safe to paste into our shared Google Doc of logins?",
    "Here's the grooming waitlist, sort it by dog size: Alfie (spaniel) – [[PERSON|Kiran]]; Bean (dachshund) – [[PERSON|Maud Fairweather]]; Ziggy (newfoundland) – [[PERSON|Rafael]]; Pip (chihuahua) – [[PERSON|Nguyễn Thị Hoa]].",
    "A customer asked us to delete her loyalty data. She's member [[ID_NUMBER|LC-330917]], [[PERSON|Gwen Prothero]]. Write the confirmation email.",
    "Rota maths: [[PERSON|Rose]] does 6–2, [[PERSON|Ivy]] 2–10, [[PERSON|Heather]] splits. If [[PERSON|Heather]] covers [[PERSON|Rose]]'s Sunday, how many hours does [[PERSON|Heather]] do that week if she's normally on 32?",
    "Write a Hebrew thank-you note for our regular [[PERSON|יעל כהן]], who brought cakes in for the staff.",
    "Pet insurance renewal went up 38%. Help me write to them: policyholder [[PERSON|Imogen Clarke-Whitfield]], [[STREET_ADDRESS|42 Mulberry Way, Harrogate HG2 8PL]], policy holder number [[ID_NUMBER|HPI-2093351]], dog aged 9.",
    "What's a sensible password policy for a two-till shop? Right now both tills use [[PASSWORD|Shop1234!]] and I know that's bad.",
    "Summarise this incident report for the insurer: 14:20 customer [[PERSON|Oluwaseun Adebayo]] slipped on the wet floor by the grooming sink, no injury claimed, contact [[PHONE_NUMBER|07700 900 236]].",
    "Write a goodbye card for Father [[PERSON|Tom]], who blessed the pets outside our shop every October.",
    "Can you tidy this Twilio config for our appointment reminders? SID [[API_KEY|AC4f8e2b91c07d3a56e19b2f48c6d0a7e3]], auth token [[API_KEY|9d1c4e7f0a3b58e26c9f1d04b7a3e852]].",
    "Our dog daycare in Bergen needs an English version of the intake form. Example row: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|15038941884]], dog Tass, 4 years.",
    "Is four weeks' notice enough to change someone's shift pattern? [[PERSON|Marguerite]] has done Tuesdays at our florist for six years.",
    "Convert to a tidy table: [[PERSON|Kemal]] — Mon/Wed — [[PHONE_NUMBER|+90 532 481 77 06]]; [[PERSON|Aylin]] — Tue/Thu — [[PHONE_NUMBER|+90 533 207 49 18]]",
    "The alarm monitoring company needs two keyholders: me ([[PERSON|Craig Baxter]], [[PHONE_NUMBER|07700 900 741]]) and [[PERSON|Shaz]] ([[PHONE_NUMBER|07700 900 852]]). Verbal password [[PASSWORD|hedgehog]]. Word it for their form.",
    "Help calculate commission: [[PERSON|Zoë]] took £3,480 in colours, [[PERSON|Mateus]] £2,150 in cuts. Colours pay 12%, cuts 10%.",
    "Write a formal letter to our landlord, Mr [[PERSON|Achterberg]], at [[STREET_ADDRESS|Keizersgracht 291, 1016 ED Amsterdam]], asking him to fix the leaking roof above the grooming room.",
    "Check this personnummer before I put it in the payroll system for our Malmö kiosk: [[ID_NUMBER|880317-4823]], [[PERSON|Elin Bergqvist]].",
    "How do I reply to a customer who paid twice? She sent a screenshot showing the card charged twice. Her email is [[EMAIL_ADDRESS|kasia.wrobel@wp.pl]].",
    "Translate to Italian for our Milan supplier: 'Please invoice [[PERSON|Giulia Bianchi]], codice fiscale [[ID_NUMBER|BNCGLI85M52F205H]], not the shop.'",
    "Staff keep forgetting the back gate code. Write a little rhyme to help them remember [[PASSWORD|1-9-7-3]].",
    "Please draft a letter inviting [[PERSON|Jordan Mercer]], employee ID [[ID_NUMBER|EMP0417]], to a disciplinary meeting about cash discrepancies on three shifts.",
    "I'm a mobile hairdresser visiting rest homes in Auckland. One home asks me to log residents' NHI, e.g. [[PERSON|Aroha Ngata]], [[ID_NUMBER|ZBK4724]]. Should I be storing that?",
    "Help me respond to a chargeback. Customer [[PERSON|Derek Strand]] disputes £120 for a puppy training course; his card was [[CREDIT_CARD|4929 0755 8813 2649]]; he attended 5 of 6 sessions.",
    "Here's the wifi for the staff noticeboard QR code: SSID BeanThere_Staff, key [[PASSWORD|Crema-Portafilter-19]]. Generate the WIFI: string for the QR.",
    "Write an SMS to Mrs [[PERSON|Featherstonehaugh]]: Rufus is ready for collection, total £62, we close at 5:30.",
    "Our SendGrid key [[API_KEY|SG.p3Kd8sQx2VbN9mLw.Yt7hR4cF1zJ6aE0uG5iO8nB3vX2sK9dL]] is in the old website repo. How bad is that and how do I rotate it?",
    "Please summarise for the groomers: [[PERSON|Adaeze]] (apprentice) can now bath and dry solo, still needs supervision on scissors. [[PERSON|Fernanda]] is off sick till Thursday.",
    "Calculate the refund for a cancelled 6-week puppy class at £150 after 2 sessions, then write a note to [[EMAIL_ADDRESS|theo.vasquez@hey.com]] explaining it.",
    "Draft a polite refusal to our neighbour [[PERSON|Brendan]] at [[STREET_ADDRESS|9 Quarry Road, Galway H91 X2T4]], who wants us to park the grooming van elsewhere.",
    "How should a café store staff bank details? Right now it's a paper list in the drawer, e.g. [[PERSON|Mehmet]] [[IBAN_CODE|DE84 1203 0000 1057 7492 83]].",
    "The dog walker app export shows walker [[ID_NUMBER|walker_77kd]] last synced from [[IP_ADDRESS|2001:db8:4a1::7c]]. Is that the same person as [[PERSON|Kit]]? What does an IPv6 address tell me?",
    "Our Romanian salon assistant's CNP is [[ID_NUMBER|2870521403817]]. Which documents does she need to work in Ireland?",
    "Turn into a polite notice: 'Parking behind the shop is for staff only. The white van is [[PERSON|Big Mo]]'s and that's fine.'",
    "Can you calculate overtime for [[PERSON|Chiara]]? She did 47 hours on a 40-hour contract, overtime at time and a half on £12.10. Her payroll number is [[ID_NUMBER|PR-66103]].",
]

# 100 one-person records in the manner of synthetic PII sentences and records.
RECORDS = [
    "[[PERSON|Harriet Osei]] lives at [[STREET_ADDRESS|58 Wellington Road, Bournemouth BH8 8JE]] and her phone number is [[PHONE_NUMBER|0118 496 0173]].",
    "Customer: [[PERSON|Mateo Álvarez]] | Email: [[EMAIL_ADDRESS|mateo.alvarez@correo.es]] | Loyalty ID: [[ID_NUMBER|LY-882014]]",
    '{"groomer": "[[PERSON|Keisha Barnes]]", "employee_id": "[[ID_NUMBER|GRM-0193]]", "phone": "[[PHONE_NUMBER|(202) 555-0142]]"}',
    '1042,[[PERSON|Fatima]],[[PERSON|Zahra]],[[EMAIL_ADDRESS|fzahra@gmail.com]],[[PHONE_NUMBER|07700 900 114]],Gold,"allergic to lavender oil"',
    "2024-05-11 07:58:02 INFO till.auth user=[[ID_NUMBER|m.oconnell]] pin_ok ip=[[IP_ADDRESS|203.0.113.61]] shift=open name=[[PERSON|Maeve O'Connell]]",
    "Dear Mr [[PERSON|Thompson]], the boarding deposit of £40 for Bailey was charged to your card [[CREDIT_CARD|5162 4809 3370 8155]]. Kind regards, Paws Inn",
    "[[PERSON|Wei Zhang]]'s SSN is [[US_SSN|283-50-6617]] and he was hired as a barista on March 4.",
    "Employee record — Name: [[PERSON|Lindiwe Dube]]; ID number: [[ID_NUMBER|8904155173086]]; Cell: [[PHONE_NUMBER|+27 82 419 6630]]",
    "Pet owner [[PERSON|Colm Brennan]], [[STREET_ADDRESS|Apt 4, 21 Dame Street, Dublin 2, D02 R590]], can be reached at [[EMAIL_ADDRESS|colmbrennan@eircom.net]].",
    "Refund for [[PERSON|João Pedro Carvalho]]: IBAN [[IBAN_CODE|PT83 0035 0651 0004 7820 9316 2]], NIF [[ID_NUMBER|248169033]].",
    "username: [[ID_NUMBER|latte_lena]] | password: [[PASSWORD|Froth&Foam!2]] | owner: [[PERSON|Lena Hofmann]]",
    "[[PERSON|Ahmed Al-Farsi]] booked a beard trim for Thursday; contact [[PHONE_NUMBER|+971 50 418 2267]].",
    "My name is [[PERSON|Rebecca Lindqvist]] and my pet insurance member number is [[ID_NUMBER|AGR-5518802]].",
    "Alarm user 3: [[PERSON|Owen Fairclough]], code [[PASSWORD|5521]], keyholder phone [[PHONE_NUMBER|0161 496 0932]].",
    "[[PERSON|Gloria Estévez]] paid for the puppy starter pack with her Amex [[CREDIT_CARD|3762 091145 83928]].",
    "Referring vet: Dr [[PERSON|Anneliese Kraus]], [[EMAIL_ADDRESS|a.kraus@tierarzt-kraus.de]], [[PHONE_NUMBER|030 23125 487]].",
    "[[PERSON|Tyrone Jackson]], [[STREET_ADDRESS|1184 Maple Avenue, Apt 2B, Columbus, OH 43215]], SSN [[US_SSN|634-28-1045]]",
    "Hi, I'm [[PERSON|Noor]], you can reach me at [[EMAIL_ADDRESS|noor.haddad88@yahoo.com]] about the dog-walking job.",
    "Payroll line: [[PERSON|Grzegorz Wiśniewski]], PESEL [[ID_NUMBER|88071415383]], IBAN [[IBAN_CODE|PL43 1090 1014 0000 0718 3926 4510]], 160 h.",
    "[[PERSON|Camila Souza]] (CPF [[ID_NUMBER|072.614.388-04]]) is the owner of the Amigo Fiel pet shop account.",
    '{"member": "[[PERSON|Samir Benali]]", "card_no": "[[ID_NUMBER|CC-7781920]]", "email": "[[EMAIL_ADDRESS|samir.benali@laposte.net]]", "points": 340}',
    "Delivery to [[PERSON|Inès Moreau]], [[STREET_ADDRESS|12 rue des Lilas, 69003 Lyon]], tél. [[PHONE_NUMBER|01 99 00 47 18]].",
    "Dear [[PERSON|Ruth]], thank you for twelve years behind our counter. Your final pay goes to the usual account, [[IBAN_CODE|GB41 LOYD 3096 2418 5260 37]]. With love, the Crumb & Co team",
    "name=[[PERSON|Vikram Malhotra]] aadhaar=[[ID_NUMBER|7402 6618 9350]] mobile=[[PHONE_NUMBER|+91 98201 47736]]",
    "[[PERSON|Sung-min Cho]]'s phone is [[PHONE_NUMBER|010-4837-2291]].",
    "[[PERSON|Ewan MacLeod]] asked us to charge his Visa [[CREDIT_CARD|4487 0261 5539 9289]] for the deposit and to text [[PHONE_NUMBER|0141 496 0357]] when Bramble is ready.",
    "The dog walker [[PERSON|Tamsin Rowe]] holds the key safe code [[PASSWORD|0412]] for [[STREET_ADDRESS|3 Hawthorn Cottages, Totnes TQ9 5LA]].",
    "[[PERSON|Jarrah Wilson]], TFN [[ID_NUMBER|316 074 422]], casual barista, Brisbane store.",
    "First-aid log: [[PERSON|Olivia Tran]] cut her hand on a milk jug, Medicare [[ID_NUMBER|4127 68305 1]], mobile [[PHONE_NUMBER|0491 570 159]].",
    "[[PERSON|Nikolai Petrov]] logged into the salon booking portal from [[IP_ADDRESS|198.51.100.203]] with the username [[ID_NUMBER|nik_petrov_cuts]].",
    "Name: [[PERSON|Aisling Kavanagh]]\nPPS: [[ID_NUMBER|7194028GA]]\nRole: weekend groomer",
    "Contact [[PERSON|Pablo Navarro]] on [[PHONE_NUMBER|+34 655 21 83 09]] or [[EMAIL_ADDRESS|pablo.navarro@telefonica.net]] about the ceramic dog bowls.",
    "[[PERSON|Bronwyn Hale]] | [[EMAIL_ADDRESS|bronwyn.hale@bigpond.com]] | [[PHONE_NUMBER|0491 570 737]] | [[STREET_ADDRESS|7 Banksia Crescent, Frankston VIC 3199]]",
    "Customer [[PERSON|Dmitri Volkov]] disputes the cattery bill; account [[ID_NUMBER|CAT-20471]].",
    "[[PERSON|Emeka Obi]] paid with [[CREDIT_CARD|2223 1044 8790 5611]] at 14:32.",
    "Please update the salon payroll: [[PERSON|Hanna Virtanen]], henkilötunnus [[ID_NUMBER|140587-318S]], tili [[IBAN_CODE|FI85 4005 5010 7386 22]].",
    "[[PERSON|Ayşe Kaya]] lives at [[STREET_ADDRESS|Bağdat Caddesi No: 214 Daire 6, 34728 Kadıköy/İstanbul]].",
    "Groomer login for [[PERSON|Chantelle]]: [[ID_NUMBER|chantelle.groom]] / [[PASSWORD|Poodle4Ever#]]",
    "[[PERSON|Sebastián Ortega]], RUT [[ID_NUMBER|16.472.983-4]], cajero de la cafetería",
    "Emergency contact for walker [[PERSON|Lachlan Reid]]: [[PHONE_NUMBER|+61 491 570 110]]",
    "[[PERSON|Helga Jóhannsdóttir]], kennitala [[ID_NUMBER|120488-2369]], email [[EMAIL_ADDRESS|helga.j@simnet.is]]",
    "The account holder [[PERSON|Kofi Mensah]] can be reached at [[PHONE_NUMBER|+233 24 418 3306]].",
    "Stylist [[PERSON|Marisol Peña]] — commission paid to [[IBAN_CODE|ES10 2100 3418 6620 0947 3815]].",
    "[[PERSON|Arjun Reddy]]'s SIN is [[ID_NUMBER|618 203 459]]; he started at the Vancouver pet store on Monday.",
    "[2024-02-19 23:41:07] alarm.disarm code=[[PASSWORD|31407]] user=[[PERSON|Kaveh Jafari]] panel=rear",
    "Hello, my name is [[PERSON|Ngozi Eze]]; my cat café member number is [[ID_NUMBER|MEOW-00712]] and my email is [[EMAIL_ADDRESS|ngozi.eze@outlook.com]].",
    "[[PERSON|Andrei Popescu]], CNP [[ID_NUMBER|1901118124470]], ajutor de bucătar",
    "[[PERSON|Jonas Weber]], Steuer-ID [[ID_NUMBER|47193058267]], [[STREET_ADDRESS|Bahnhofstraße 7, 80335 München]], [[IBAN_CODE|DE54 5001 0517 0544 2819 37]]",
    "From: [[PERSON|Eleanor Whitcombe]] <[[EMAIL_ADDRESS|eleanor.whitcombe@protonmail.com]]> Subject: Complaint about my cavapoo's haircut",
    "[[PERSON|Tariq Hussain]] | DOB 14/02/1990 | NI [[ID_NUMBER|JM 48 27 61 B]] | payroll no. [[ID_NUMBER|CAF-0871]]",
    "[[PERSON|Ravi Subramanian]] ordered 3 bags of kibble to [[STREET_ADDRESS|Flat 12, Priory Court, 5 Church Street, Reading RG1 2SB]].",
    "Cardholder: [[PERSON|Mónica Ibarra]], card [[CREDIT_CARD|5590 1736 4402 8714]], phone [[PHONE_NUMBER|+52 55 4127 8830]]",
    "[[PERSON|Ji-woo Han]], resident registration number [[ID_NUMBER|850912-1620498]]",
    "Reference for [[PERSON|Patrick Dunne]]: he held the shop keys and the alarm code ([[PASSWORD|6619]]) for three years without a single problem.",
    "[[PERSON|Sakura Ito]] — My Number [[ID_NUMBER|5107 3629 8412]] — 電話 [[PHONE_NUMBER|080-3371-5524]]",
    '{"name": "[[PERSON|Connor Walsh]]", "api_key": "[[API_KEY|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]]", "store": "the-bark-shop"}',
    "[[PERSON|Anouk Jansen]], BSN [[ID_NUMBER|318402956]], [[STREET_ADDRESS|Oudegracht 112, 3511 AX Utrecht]]",
    "[[PERSON|Lucie Nováková]], rodné číslo [[ID_NUMBER|855712/4103]], kadeřnice",
    "[[PERSON|Gideon Feldman]] paid the salon invoice with [[CREDIT_CARD|6011 7394 5022 1871]]; his email is [[EMAIL_ADDRESS|gfeldman@verizon.net]].",
    "[[PERSON|Oksana Kovalenko]], RNOKPP [[ID_NUMBER|3127084592]], cleaner, phone [[PHONE_NUMBER|+380 67 318 24 50]].",
    "[[PERSON|Kit Marsh]] (walker) – [[EMAIL_ADDRESS|kit.marsh.walks@gmail.com]] – [[PHONE_NUMBER|07700 900 628]]",
    "[[PERSON|Precious Moyo]] lives at [[STREET_ADDRESS|23 Borrowdale Road, Harare]] and rents the chair by the window.",
    "Our records show [[PERSON|Felipe Castro]] (customer [[ID_NUMBER|C-118204]]) prefers Friday appointments.",
    "[[PERSON|Miriam Goldberg]], [[STREET_ADDRESS|455 West End Ave, New York, NY 10024]], [[PHONE_NUMBER|212-555-0186]]",
    "[[PERSON|Thabo Nkosi]]'s password for the POS is [[PASSWORD|Rooibos#2023]].",
    "Ms [[PERSON|Catriona Baird]], [[STREET_ADDRESS|16 Marchmont Crescent, Edinburgh EH9 1HE]]. Your puppy class starts on 2 March.",
    "[[PERSON|Marco Rossi]], codice fiscale [[ID_NUMBER|RSSMRC79B14L219E]], fornitore di caffè",
    "IP [[IP_ADDRESS|203.0.113.189]] – [[PERSON|Layla Hassan]] – booked 2 x nail trims",
    "The pet insurance policy holder is [[PERSON|Graham Pike]], policy holder no. [[ID_NUMBER|PH-4418207]], tel [[PHONE_NUMBER|029 2018 0463]].",
    "[[PERSON|Yara Haddad]] paid €85 by transfer from [[IBAN_CODE|BE14 0634 8157 7291]]. Her national number is [[ID_NUMBER|84.06.21-317.83]].",
    "[[PERSON|Chloé Girard]] — n° sécu [[ID_NUMBER|2 86 07 75 118 264 57]] — [[PHONE_NUMBER|06 39 98 52 61]]",
    "[[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|38209304217]], [[EMAIL_ADDRESS|kristjan.tamm@mail.ee]]",
    "[[PERSON|Anh Nguyen]] — Stripe account owner — restricted key [[API_KEY|rk_live_7Gh2Kq9PzX4mWc1Ld8Vb3NsT]]",
    "Member since 2019: [[PERSON|Beatriz Lima]], [[EMAIL_ADDRESS|bia.lima@terra.com.br]], [[PHONE_NUMBER|+55 11 98472-3015]]",
    "[[PERSON|Oskar Lindgren]], personnummer [[ID_NUMBER|940722-3156]], lön till [[IBAN_CODE|SE78 5000 0000 0538 1947 3625]]",
    "[[PERSON|Rania Khalil]]'s Discover card [[CREDIT_CARD|6500 3187 9264 5176]] was declined for the grooming package.",
    "[[PERSON|Hamza Yılmaz]] T.C. kimlik [[ID_NUMBER|52816304728]], [[PHONE_NUMBER|+90 542 318 60 27]]",
    "Walker [[PERSON|Ruby Ellison]] carries the lockbox code [[PASSWORD|8653]] and her own key fob.",
    "[[PERSON|Diego Fernández]] <[[EMAIL_ADDRESS|diego.fdz@hotmail.es]]> wrote: the oatmeal shampoo gave my dog a rash.",
    "SSN: [[US_SSN|371-82-5564]]; Name: [[PERSON|Latoya Simmons]]; Position: shift supervisor",
    "[[PERSON|Ingrid Halvorsen]], fødselsnummer [[ID_NUMBER|22079133756]], konto [[IBAN_CODE|NO23 6011 1843 921]]",
    "[[PERSON|Fionnuala]] texted from [[PHONE_NUMBER|+353 87 412 9063]] to cancel her blow-dry.",
    "[[PERSON|Ali Reza Karimi]], [[STREET_ADDRESS|2/18 Smith Street, Fitzroy VIC 3065]]",
    "[[PERSON|Sofia Conti]] paid the deposit from [[IBAN_CODE|IT27 X030 6909 6061 0000 0173 492]].",
    "Barber [[PERSON|Malik Thompson]] — booking login [[ID_NUMBER|malik.fades]], password [[PASSWORD|Clippers#0809]], last IP [[IP_ADDRESS|192.0.2.77]]",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8723416I]], tel [[PHONE_NUMBER|+65 9184 3027]]",
    "店员 [[PERSON|陈静]]，身份证号 [[ID_NUMBER|440305199209172649]]，奶茶店 收银",
    "[[PERSON|Margit Szabó]] asked for a copy of her loyalty data; email [[EMAIL_ADDRESS|szabo.margit@freemail.hu]].",
    "Hi [[PERSON|Deb]], the new till code is [[PASSWORD|4410]]. Don't write it on the till roll! – management",
    "Customer complaint from [[PERSON|Albert Nakamura]], [[STREET_ADDRESS|2210 Kalakaua Ave, Honolulu, HI 96815]], phone [[PHONE_NUMBER|(808) 555-0119]]",
    "[[PERSON|Oisín Gallagher]]; account [[ID_NUMBER|AC-99231]]; balance owed €42.00",
    "[[PERSON|Samantha Reyes]], 34, groomer, SSN [[US_SSN|148-39-2276]], [[EMAIL_ADDRESS|sam.reyes.grooms@gmail.com]]",
    "Owner [[PERSON|Hugo Lambert]] – Google Maps key for the vet reminders [[API_KEY|AIzaSyB7kq2Lx9Vm4Ns8Pd1Rw6Ft3Hy0Jc5Ge2Q]]",
    "id,name,phone,alarm_code\n17,[[PERSON|Amelia Brooks]],[[PHONE_NUMBER|07700 900 195]],[[PASSWORD|2864]]",
    "[[PERSON|Javier Molina]] lives at [[STREET_ADDRESS|Calle de Embajadores 58, 3º B, 28012 Madrid]].",
    "[[PERSON|Nomvula Khumalo]] — SA ID [[ID_NUMBER|9508220231081]] — nail technician",
    "Your groomer today was [[PERSON|Alessandro]]. Questions about the cut? Text him on [[PHONE_NUMBER|07700 900 349]].",
    "[[PERSON|Bethany Coleman]], SSN [[US_SSN|256-73-9014]], started 6 May at the Austin store",
    "[[PERSON|Rahul Verma]] changed his delivery address to [[STREET_ADDRESS|B-42, Sector 15, Noida, Uttar Pradesh 201301]].",
    "[[PERSON|Moana Tuilagi]], [[EMAIL_ADDRESS|moana.t@xtra.co.nz]], [[PHONE_NUMBER|+64 21 408 7736]], NHI [[ID_NUMBER|PWT3187]]",
]

# 100 clean texts: 25 MT-Bench/Vicuna-style prompts, 25 GSM8K-style problems, 25 MMLU-style
# items and 25 health questions naming no one.
CLEAN_PROMPTS = [
    "Write a persuasive short speech that Florence Nightingale might have given to convince hospital administrators to wash their hands.",
    "Draft a cheerful 150-word welcome blurb for the chalkboard of a new neighbourhood café that sells only oat-milk drinks.",
    "Imagine you are Sherlock Holmes examining a muddy dog collar left on a bakery counter. Describe your deductions step by step.",
    "Explain the difference between a sole trader and a limited company to someone opening their first dog-grooming salon.",
    "Write a Python function that takes a list of appointment start times and durations and returns any overlapping bookings.",
    "Compare the leadership styles of Queen Elizabeth I and Catherine the Great in three short paragraphs.",
    "Suggest five names for a cat café and explain the thinking behind each one.",
    "Role-play as a patient barista teaching a nervous trainee how to steam milk for a flat white.",
    "Extract the product names and prices from this text and return JSON: 'Our spring menu has a lavender latte at 4.20, a cardamom bun at 3.10 and iced hibiscus tea at 3.60.'",
    "Rewrite the opening line of Pride and Prejudice as if Elizabeth Bennet ran a hat shop in modern London.",
    "What are the pros and cons of a paper loyalty stamp card versus a points-based app for a small bakery?",
    "Write a limerick about a dachshund who refuses to leave the grooming table.",
    "Explain how compound interest works, using the example of a shop saving for a second espresso machine.",
    "Describe a day in the life of an apprentice in Leonardo da Vinci's workshop, written as a diary entry.",
    "Write a SQL query that returns the ten products with the highest total sales from a table named orders with columns product, quantity and unit_price.",
    "Give me a step-by-step plan for handling a busy Saturday morning rush in a café with only three staff on shift.",
    "If Odysseus had to write an online review of the Cyclops's cave, what would it say? Keep it under 100 words.",
    "Summarise the main causes of the French Revolution for a twelve-year-old.",
    "Write a short, polite template a pet shop could use to answer any negative online review, with placeholders for the details.",
    "What would Ada Lovelace think of modern smartphones? Answer in her voice.",
    "Brainstorm ten low-cost marketing ideas for a new hair salon in a small market town.",
    "Explain the rules of castling in chess as simply as possible.",
    "Write a sequence of three haiku about closing up a flower shop at dusk.",
    "Debate both sides of the question: should dogs be allowed inside restaurants?",
    "Translate 'The kitchen closes at nine, but drinks are served until eleven' into Spanish, French and German.",
]

CLEAN_GSM8K = [
    "Maya runs a dog-grooming van. She charges $45 for a small dog and $70 for a large dog. On Saturday she groomed 5 small dogs and 3 large dogs. How much did she earn?",
    "A café sells muffins for $3 each. Theo bakes 4 trays of 12 muffins and sells all but 7 of them. How much money does he take?",
    "Priya walks 6 dogs every weekday and 4 dogs on Saturday. She earns $15 per dog per walk. How much does she earn in a week?",
    "Lena's salon has 3 chairs. Each haircut takes 40 minutes and the salon is open for 8 hours. What is the largest number of haircuts the salon can do in a day?",
    "A bag of cat food weighs 12 pounds. Oscar's two cats each eat 4 ounces a day. How many days will the bag last?",
    "Sam bought 3 bags of coffee beans at $14 each and a grinder for $38. He paid with a $100 bill. How much change did he get?",
    "A pet shop had 48 goldfish. On Monday it sold a quarter of them, and on Tuesday it sold 9 more. How many goldfish are left?",
    "Nadia earns $16 an hour at a bakery. She works 6 hours a day, 5 days a week. If 20% of her pay goes to taxes, how much does she take home each week?",
    "Every tenth coffee is free on Jonah's loyalty card. If he buys one coffee every weekday for 6 weeks, how many free coffees does he get?",
    "Rosa's florist ordered 240 roses. She uses 12 roses per bouquet and sells each bouquet for $30. How much does she make if she sells every bouquet?",
    "A dog daycare charges $32 a day or $140 for a 5-day pass. How much does Ellis save over 4 weeks of weekdays by buying passes instead of paying daily?",
    "Hugo's café uses 18 grams of coffee per espresso. A bag holds 1 kilogram. How many full espressos can he make from 3 bags?",
    "A salon sells shampoo at $12 a bottle and buys each bottle for $7.50. Mia sells 36 bottles in a month. What is her profit on shampoo?",
    "Kofi walks dogs for 2.5 hours every morning and 1.5 hours every evening. How many hours does he walk in two weeks?",
    "A kitten needs 3 vaccine doses costing $28 each, plus a check-up for $45. How much does Ivy pay in total for her two kittens?",
    "There are 5 baristas at a café. Each works 32 hours a week at $13 an hour. What is the weekly payroll?",
    "Ben sold 84 cupcakes on Friday, which is 12 more than twice the number he sold on Thursday. How many did he sell on Thursday?",
    "An aquarium shop fills a 60-litre tank. Water flows in at 4 litres per minute but leaks out at 0.5 litres per minute. How long does the tank take to fill?",
    "Zara's grooming salon books 14 appointments a day, and 1 in 7 customers cancels. Over a 6-day week, how many appointments actually happen?",
    "A bakery's rent is $2,400 a month. If it makes $1.20 profit on each loaf, how many loaves must Amir sell each month to cover the rent?",
    "Lucy has a 25% off voucher for an $80 spa day for her dog. How much does she pay?",
    "A coffee cart sold 120 drinks. 45% were lattes, a third of the rest were teas, and the others were americanos. How many americanos were sold?",
    "Nico's pet-sitting service charges $25 per visit plus $5 for each extra pet after the first. How much does a customer with 3 pets pay for 8 visits?",
    "Tessa has $500 to spend on stock. Dog leads cost $12 and collars cost $8. If she buys 20 leads, how many collars can she buy?",
    "A hair salon raised the price of a cut from $40 to $46. By what percentage did the price go up?",
]

CLEAN_MMLU = [
    "Which of the following is a current liability on a small business's balance sheet? A. Delivery van B. Wages payable C. Shop freehold D. Goodwill",
    "A café lowers its prices and finds that total revenue rises. Demand for its coffee is therefore: A. perfectly inelastic B. inelastic C. elastic D. unit elastic",
    "Which part of a dog's body does canine parvovirus chiefly attack? A. The liver B. The small intestine C. The lungs D. The kidneys",
    "Who wrote 'The Wealth of Nations'? A. David Ricardo B. Adam Smith C. John Maynard Keynes D. Karl Marx",
    "Which accounting principle requires expenses to be recorded in the same period as the revenue they help earn? A. Going concern B. Matching C. Materiality D. Consistency",
    "Feline hyperthyroidism is most commonly caused by: A. a benign thyroid adenoma B. iodine deficiency C. autoimmune thyroiditis D. a pituitary tumour",
    "Which of the following is NOT one of the four Ps of marketing? A. Product B. Price C. Place D. Profit",
    "Which compound is the main active ingredient in most hair bleach? A. Sodium chloride B. Hydrogen peroxide C. Ammonium nitrate D. Calcium carbonate",
    "The break-even point is the level of sales at which: A. revenue equals total costs B. profit is maximised C. variable costs are zero D. fixed costs equal variable costs",
    "Which English king sealed Magna Carta in 1215? A. Henry II B. Richard I C. John D. Edward I",
    "Chocolate is toxic to dogs mainly because it contains: A. caffeine only B. theobromine C. sugar D. cocoa butter",
    "Under English law, a contract made by a minor for goods that are not necessaries is generally: A. void B. voidable C. illegal D. binding on both parties",
    "Which blood type is usually called the universal donor for red cells? A. A positive B. AB positive C. O negative D. B negative",
    "Who painted 'The Starry Night'? A. Claude Monet B. Vincent van Gogh C. Paul Cézanne D. Édouard Manet",
    "The inventory method that assumes the oldest stock is sold first is: A. LIFO B. FIFO C. weighted average D. specific identification",
    "Which of these infections can pass from cats to humans? A. Toxoplasmosis B. Canine parvovirus C. Feline leukaemia D. Kennel cough",
    "Gross margin is calculated as: A. (Revenue − Cost of goods sold) / Revenue B. Net profit / Revenue C. Revenue / Total assets D. (Revenue − Expenses) / Expenses",
    "What is the boiling point of water at sea level in degrees Fahrenheit? A. 100 B. 180 C. 212 D. 273",
    "Which philosopher wrote 'Thus Spoke Zarathustra'? A. Immanuel Kant B. G. W. F. Hegel C. Friedrich Nietzsche D. Arthur Schopenhauer",
    "Under the UK Partnership Act 1890, without an agreement saying otherwise, partners share profits: A. by capital contributed B. equally C. by hours worked D. by seniority",
    "The normal resting heart rate of an adult dog is roughly: A. 20–40 bpm B. 60–140 bpm C. 180–220 bpm D. 250–300 bpm",
    "Which data-protection principle says a business should collect only the personal data it needs? A. Accuracy B. Storage limitation C. Data minimisation D. Accountability",
    "The main greenhouse gas released by burning fossil fuels is: A. Methane B. Nitrous oxide C. Carbon dioxide D. Ozone",
    "Who was the first woman to win a Nobel Prize? A. Marie Curie B. Dorothy Hodgkin C. Rosalind Franklin D. Lise Meitner",
    "A shop's fixed costs are $6,000 a month and each sale brings a contribution of $15. How many sales does it need to break even? A. 300 B. 400 C. 450 D. 600",
]

CLEAN_HEALTH = [
    "What are the early signs of carpal tunnel syndrome, and can hairdressers do anything to lower the risk?",
    "Is it safe to drink four espressos a day while pregnant?",
    "How should I treat a minor burn from a coffee machine steam wand?",
    "Can you develop an allergy to cats as an adult, and what are the symptoms?",
    "What's the difference between a cold and the flu?",
    "How often do adults need a tetanus booster, and does a dog bite change that?",
    "What causes a reaction to hair dye, and how does a patch test work?",
    "Is standing for eight hours a day bad for your back, and what kind of shoes help?",
    "What does ringworm caught from a pet look like on human skin?",
    "How much sleep do shift workers need, and how can they sleep better after a late shift?",
    "Can breathing in flour dust every day cause asthma?",
    "What should go in a basic first aid kit for a small shop?",
    "When should a cat scratch be checked by a doctor?",
    "How can I tell whether a headache is a migraine?",
    "What are the warning signs of heat exhaustion in a hot kitchen?",
    "Are there health risks from working with acrylic nail products every day?",
    "How does caffeine affect blood pressure?",
    "Which vaccinations are recommended for adults who work with animals?",
    "Is it normal for ankles to swell after a long shift on your feet?",
    "What are the symptoms of iron deficiency anaemia?",
    "How do you give CPR to an adult who has collapsed?",
    "Can frequent hand sanitiser use cause cracked skin, and what helps it heal?",
    "How can you tell a panic attack from a heart attack?",
    "How long is someone contagious after norovirus?",
    "Can a dog licking an open cut cause an infection?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "5831 2094 7666": aadhaar_ok,
    "7402 6618 9350": aadhaar_ok,
    "48203917B": dni_ok,
    "Y3948201N": dni_ok,
    "92032506724": pesel_ok,
    "88071415383": pesel_ok,
    "418.305.926-70": cpf_ok,
    "072.614.388-04": cpf_ok,
    "6382514T": pps_ok,
    "7194028GA": pps_ok,
    "527 194 039": luhn_len(9),
    "618 203 459": luhn_len(9),
    "37510492810": kimlik_ok,
    "52816304728": kimlik_ok,
    "910426-2158378": rrn_ok,
    "850912-1620498": rrn_ok,
    "482 917 359": tfn_ok,
    "316 074 422": tfn_ok,
    "4127 68305 1": medicare_ok,
    "485 720 1933": nhs_ok,
    "310104198706233819": china_id_ok,
    "440305199209172649": china_id_ok,
    "15038941884": fodselsnummer_ok,
    "22079133756": fodselsnummer_ok,
    "880317-4823": luhn_len(10),
    "940722-3156": luhn_len(10),
    "BNCGLI85M52F205H": codice_fiscale_ok,
    "RSSMRC79B14L219E": codice_fiscale_ok,
    "ZBK4724": nhi_ok,
    "PWT3187": nhi_ok,
    "2870521403817": cnp_ok,
    "1901118124470": cnp_ok,
    "248169033": nif_ok,
    "140587-318S": hetu_ok,
    "16.472.983-4": rut_ok,
    "120488-2369": kennitala_ok,
    "47193058267": steuer_id_ok,
    "318402956": bsn_ok,
    "855712/4103": rodne_cislo_ok,
    "3127084592": rnokpp_ok,
    "84.06.21-317.83": belgian_id_ok,
    "2 86 07 75 118 264 57": nir_ok,
    "38209304217": isikukood_ok,
    "S8723416I": nric_ok,
    "5107 3629 8412": my_number_ok,
    "8904155173086": luhn_len(13),
    "9508220231081": luhn_len(13),
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"0(11[3-8]|121|131|141|151|161) 496 0\d{3}",  # UK geographic drama ranges
        r"020 7946 0\d{3}",  # London drama range
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",  # the same, typed without separators
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"0(1 99 00|6 39 98) \d{2} \d{2}",  # France, fiction ranges
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|34|52|55|64|65|90|91|233|353|380|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chat requests and in the records; a name in most chat requests,
    a name in every record, secrets and non-Latin names among the chat requests."""
    for section, texts in (("chat", CHAT), ("records", RECORDS)):
        kinds = {s["type"] for t in texts for s in marked_spans(t)}
        if kinds != TYPES:
            raise SystemExit(f"{section}: no {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    scripts = sum(
        any(s["type"] == "PERSON" and not s["value"].isascii() for s in marked_spans(t))
        for t in CHAT
    )
    if named < 85 or secret < 20 or scripts < 15:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {scripts} non-ASCII names")
    for marked in RECORDS:
        if sum(s["type"] == "PERSON" for s in marked_spans(marked)) < 1:
            raise SystemExit(f"records: no name in {marked[:60]!r}")
    for marked in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]:
        if strip_marks(marked)[0].isascii():
            raise SystemExit(f"chat: {marked[:60]!r} should be in another language")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        NAME, HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
