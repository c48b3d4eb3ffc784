# ruff: noqa: E501
"""A hundred-and-sixty-third blind privacy set: 220 texts with personal data and 100 clean
ones, on coworking spaces, serviced offices and small-office admin.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring, constants, national
ids, phone layouts, check functions and ``main`` of ``build_blind36.py`` (never its texts),
never the detector, its rules, docs, tests or the other sets' texts. Every text is typed by
hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated
combinations):

* 120 chat requests (3 to 100 words) that the staff, members and cleaners of coworking
  spaces and serviced offices would type to a general assistant behind a company gateway:
  drafting messages, e-mails, notices, letters and replies about desk bookings, key fobs,
  door, gate, alarm, locker and key-safe codes, meeting rooms, mail and parcels, invoices,
  deposits, wifi, visitors and cleaning rotas; summarising pasted notes, minutes, call
  logs, voicemails and e-mail threads; translating, fixing wording, splitting costs,
  asking whether a message is a scam and planning. The first 30 are typed all in lower
  case (names, e-mails, codes, postcodes and IBANs too, with shorthand and typos), the
  next 6 in French, German, Spanish, Japanese, Polish and Italian, the other 84 in
  ordinary English; names of many origins and shapes, some of them ordinary words (Dawn,
  Rich, Grant, Penny, Faith, Sky, Jack, Rose, Frank, Hunter, Will, Hope), many named in
  passing in lists, rotas and cost splits; 1 to 8 values each, 21 with a secret;
* 100 one-person records (4 to 60 words): member and visitor registers, first-aid and
  mail registers, access and DHCP log lines, pipe, CSV and semicolon rows, JSON objects,
  profile lines and short letters, in English and 29 other languages (Hindi, Chinese,
  Korean, Japanese, Hebrew, Greek, Ukrainian, Russian, Arabic, Thai and Vietnamese among
  them); each names one person and holds 1 to 4 other values, 41 of them a national id.

Usernames, logins, member, account and licence numbers, passports, driving licences and
national ids are ID_NUMBER; PINs, door, gate, alarm, locker and key-safe codes, wifi keys
and passwords are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, my colleague) and
honorifics such as 様 and 님 stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; public figures, fictional characters,
pets, shops and companies, order, invoice, tracking and booking references, amounts and
dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts hold no personal data: 25 MT-Bench and Vicuna-style prompts (a few name
historical or fictional people), 25 GSM8K-style word problems with fictional first names,
25 MMLU-style items with options A to D and 25 health questions naming no one, most of
them about shared offices and desk work.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125 and 040 66969)
and in each country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from the documentation ranges; national ids with valid check digits
(NHS number, Indian Aadhaar, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik,
Spanish DNI and NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese resident id,
Singapore NRIC and FIN, Korean resident registration number, Australian TFN and Medicare,
Japanese My Number, Irish PPS, French NIR, Belgian national number, Norwegian
fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic
kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI, Swedish
personnummer, Canadian SIN, Israeli teudat zehut, Greek AMKA, South African id).

Run ``.venv/bin/python bench/data/build_blind163.py`` from the repository root; the output
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "can u write a quick msg to [[PERSON|priya nair]] saying her fob is off until she pays the march invoice, polite but firm pls",
    "new door code for the side entrance is [[PASSWORD|4471]] from monday. draft a short slack post for members and mention [[PERSON|tomasz]] from facilities changed it",
    "summarise this voicemail pls, its long and rambly: hi its [[PERSON|dawn]] from unit 6, sorry to bother u, so a big parcel for [[PERSON|kieran walsh]] came to reception about an hour ago but hes away till the 20th i think, the courier wanted a signature and i didnt know if i should sign so i did, its under the desk now, can someone ring him on [[PHONE_NUMBER|07700 900418]] to ask what he wants doing with it, ok thanks bye",
    "split the coffee machine repair £186 between me, [[PERSON|rich]], [[PERSON|femi]] and [[PERSON|ngozi adeyemi]]. [[PERSON|rich]] already paid £60 so take that off his share",
    "is this a scam?? 'hi this is [[PERSON|grant]] from accounts, our bank has changed, pls send this months desk fees to [[IBAN_CODE|gb25barc20715348602917]] today to avoid a late charge'",
    "guest wifi at the copper loft is copperloft-guest, pw [[PASSWORD|brasskettle77]]. make me a little card for the reception desk with that on it and ask [[PERSON|noemi]] to laminate it",
    "fix the wording: dear mr [[PERSON|okonkwo]], we regret to inform u that ur private office rent goes up 4% in july, we hope u stay with us",
    "booking clash, [[PERSON|hannah]] has the boardroom 10-12 tues and [[PERSON|sky]] booked 11-1 same day. write a msg to both offering the loft room to whoever moves",
    "add a new member for me n write the welcome email: [[PERSON|lucas ferreira]], [[EMAIL_ADDRESS|lucas.ferreira@quaymail.pt]], hot desk 3 days a wk, member id [[ID_NUMBER|lm-5108]]",
    "member [[PERSON|jess kowalczyk]] emailed her full card no [[CREDIT_CARD|4539 1728 4016 2571]] so we can charge her day passes. whats a polite way to say we dont take card numbers by email",
    "cleaner rota for next wk: mon [[PERSON|ana]], wed [[PERSON|bogdan]], fri [[PERSON|ana]] again, sat deep clean [[PERSON|lucía]]. make it a neat table",
    "translate into polish for [[PERSON|krzysztof]]: the lockers on floor 2 get emptied on friday, please take ur stuff home",
    "key safe by the bins is [[PASSWORD|0629]], tell [[PERSON|frank]] the window guy he can get the roof key from there thurs morning",
    "reply to [[PERSON|marguerite]]: yes we can hold her post while shes in lisbon and forward it monthly to [[STREET_ADDRESS|18 ferncliffe road, harrogate hg1 4lt]]",
    "[[PERSON|oskar]] in office 12 says his static ip [[IP_ADDRESS|203.0.113.47]] cant reach the printer since tuesday. write a ticket for the isp",
    "our old booking api key [[API_KEY|hbk_live_9f2c71ad04e8b63f5a11]] is still in a zap [[PERSON|ravi]] made before he left, how do i rotate it without breaking room bookings",
    "doing a w-9 for our cleaner [[PERSON|lupe garza]], she gave ssn [[US_SSN|524-71-3386]], does the form need anything else from her",
    "tidy these notes from the members mtg: [[PERSON|bea]] wants more phone booths, [[PERSON|conor o'dea]] moaned about the heating again, [[PERSON|yusuf]] offered to run a pub quiz in june",
    "alarm code for the mezzanine is [[PASSWORD|7350]], its set at 8pm. text [[PERSON|penny]] whos locking up tonight and remind her",
    "visitor list tmrw: dr [[PERSON|halvorsen]] 10am for [[PERSON|mia]], [[PERSON|chidi okafor]] 2pm for [[PERSON|jonah]]. format it for the ipad sign in",
    "[[PERSON|faith]] says she was charged twice for march (inv 3381 and 3382), her acct no is [[ID_NUMBER|cm-00782]]. draft a sorry email + refund note",
    "refund the £250 deposit to [[PERSON|aoife brennan]], iban [[IBAN_CODE|ie30bofi90138452716390]], draft the email telling her its on its way",
    "write my out of office, urgent stuff goes to [[PERSON|hunter]] on [[EMAIL_ADDRESS|hunter@deskloft.co.uk]] or [[PHONE_NUMBER|020 7946 0583]]",
    "[[PERSON|wren]] forgot her locker combo again, its [[PASSWORD|3916]]. write a msg that doesnt sound annoyed",
    "new staff wifi key is [[PASSWORD|mossgate#2291]], pls tell [[PERSON|dev]] and [[PERSON|marisol]] in a short msg and say the old one stops working friday",
    "got an email saying my hotdesk account is suspended and to log in at some link with my username [[ID_NUMBER|kasia.w88]]. sender is 'coworkspace support'. scam? im [[PERSON|kasia wójcik]] btw",
    "plan a fire drill for fri 11am, wardens are [[PERSON|rob]] and [[PERSON|sunita]], 3 floors, about 70 ppl, what do i need",
    "make this nicer: [[PERSON|jack]] ur mugs r in the sink again",
    "id check for new virtual office client [[PERSON|mehmet yilmaz]], passport no [[ID_NUMBER|u28417365]] exp 2029 and a utility bill. is that enough for aml",
    "[[PERSON|rose]] booked the garden room twice for thurs, cancel the 3pm one and msg her on [[PHONE_NUMBER|07700 900736]]",
    # six other languages
    "Peux-tu rédiger un message pour [[PERSON|Sandrine Lefèvre]] ? Son badge ne fonctionne plus depuis lundi ; elle peut passer à l'accueil, ou je l'appelle au [[PHONE_NUMBER|06 39 98 41 27]] si elle préfère.",
    "Bitte formuliere eine freundliche E-Mail an [[PERSON|Jörg Brandstätter]]: Seine Kaution für den Fixplatz wird bis Freitag auf sein Konto [[IBAN_CODE|DE31 5001 0517 5402 9381 46]] zurücküberwiesen.",
    "Traduce al inglés: Hola, soy [[PERSON|Marisa Quintero]]. Mañana viene mi socio [[PERSON|Álvaro]] a trabajar conmigo, ¿puede entrar con el código [[PASSWORD|5812]] o tiene que registrarse en recepción?",
    "[[PERSON|佐藤 健太]] 様 の 会議室 予約 を 金曜日 から 月曜日 に 変更した と 伝える メール を 書いて ください。 宛先 は [[EMAIL_ADDRESS|k.sato@minato-desk.jp]] です。",
    "Napisz krótkiego SMS-a do [[PERSON|Agnieszki Wróbel]], że jej paczka czeka w recepcji do piątku, a potem wraca do nadawcy.",
    "Riassumi questa nota: [[PERSON|Lorenzo Bassi]] ha perso il badge ieri sera, [[PERSON|Giulia Ferri]] gli ha aperto la porta, serve un badge nuovo entro lunedì.",
    # ordinary English
    "Draft a polite reminder to Mr [[PERSON|Adebayo]] that his dedicated desk contract ends on 30 June and ask whether he wants to renew for another six months.",
    "Can you summarise this call log for the weekly report? 09:12 [[PERSON|Colette Marchand]] rang about the projector in Room B, it shows no signal from laptops with USB-C. 10:40 courier for [[PERSON|Sebastian Ruiz]], left at front desk, signed by me. 11:05 [[PERSON|Tariq]] asked if the car park barrier code is still [[PASSWORD|2207]]; told him yes until the end of the month. 13:20 landlord's agent wants to inspect the lift on Friday. 14:30 cleaners confirmed the Thursday evening slot and asked for more bin bags.",
    "Write a welcome email to our new member [[PERSON|Ingrid Solberg]] ([[EMAIL_ADDRESS|ingrid.solberg@fjordlab.no]]). Her member number is [[ID_NUMBER|HW-10458]], she starts on the flexi plan on Monday and her locker is number 22.",
    "Is this a scam? An email from 'Facilities Support' says: 'Dear member, your key fob access expires today. Confirm your login and password at the link below to avoid being locked out.' It is addressed to me, [[PERSON|Harriet Coombes]], and quotes my username [[ID_NUMBER|hcoombes_desk]].",
    "Split £342 for the team away day between [[PERSON|Dawn]], [[PERSON|Marcus]], [[PERSON|Leilani]], [[PERSON|Bartek]] and me. [[PERSON|Marcus]] already paid the £90 venue deposit, so take that off his share.",
    "Rewrite this notice so it sounds less angry: 'To whoever keeps taking the phone booth for three hours: it is bookable for 45 minutes max. Ask [[PERSON|Grant]] at reception if you need longer.'",
    "We received a recorded-delivery letter for [[PERSON|Olusegun Bakare]], who uses us as a virtual office. Draft a text to him at [[PHONE_NUMBER|07700 900562]] asking whether to scan it or forward it to [[STREET_ADDRESS|Flat 2, 41 Mercer Lane, Reading RG1 8NW]].",
    "Please write a short note for the cleaners' folder: the alarm panel is by the back stairs, unset code [[PASSWORD|8814]], set it again when leaving. If it goes off, call [[PERSON|Siobhan]] on [[PHONE_NUMBER|07700 900293]].",
    "Translate to Spanish for our cleaner [[PERSON|Rosario]]: the recycling bins on the third floor need emptying on Tuesdays and Fridays, not Wednesdays.",
    "Turn these notes into tidy minutes. Ops meeting 4 March. Present: [[PERSON|Kwame]], [[PERSON|Lotte]], [[PERSON|Hyun-woo Park]], [[PERSON|Beth]]. Heating in Suite 3 fixed. Meeting room prices up 5% from April. [[PERSON|Kwame]] to chase late invoices. [[PERSON|Lotte]] to order 30 new fobs.",
    "Our member [[PERSON|Nils Åkerlund]] paid his desk fee into the wrong account. He says he sent it from [[IBAN_CODE|SE26 8000 0810 5901 6273 8459]]. Write an email to our bank asking them to trace the payment.",
    "What's a fair way to charge [[PERSON|Yasmin]] and [[PERSON|Theo]] for sharing one dedicated desk on alternate days? The desk is £240 a month.",
    "Make a printable sign for the Orchard meeting room: Wi-Fi network HarbourDesk-Meet, password [[PASSWORD|tidewater-58-kelp]]. Add a line asking guests not to stream video. Sign it from [[PERSON|Ulla]] at reception.",
    "A member, [[PERSON|Cormac Fitzgerald]], posted his card number [[CREDIT_CARD|5523 8410 9637 4024]] in the community chat by mistake. Write a message telling him to cancel the card and explaining that we have deleted the post.",
    "Help me reply to [[PERSON|Svetlana Morozova]], who wants to know if she can bring her dog to the office on Fridays. Our policy is no pets except assistance dogs.",
    "[[PERSON|Rich Donnelly]] lost his fob on the train. Write the incident log entry: fob deactivated 08:15, replacement issued, £15 charge added to his account [[ID_NUMBER|MB-3307]].",
    "Create a visitor badge list for tomorrow: [[PERSON|Ahmed Al-Sayegh]] (for [[PERSON|Camille]]), [[PERSON|Joanna Lis]] (for [[PERSON|Faith]]) and [[PERSON|Daniel Oyelaran]] (interview with me at 11).",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Brendan]] from the window cleaning firm. We can't get onto the roof terrace, the key safe code [[PASSWORD|1966]] isn't working. Call me back on [[PHONE_NUMBER|07700 900847]].'",
    "Write a LinkedIn post announcing that [[PERSON|Meera Chaudhary]] has joined us as community manager and will be running the Thursday breakfasts.",
    "Can you check the tone of this? 'Hi [[PERSON|Sky]], you've booked the large room every Monday for a month but only used it once. Please release the slots you don't need.'",
    "Our US satellite office hired [[PERSON|Dolores Whitfield]] as a part-time receptionist. She emailed her SSN [[US_SSN|401-58-2973]] for payroll. Is it OK to keep that in our shared drive, and what should I tell her?",
    "[[PERSON|Ollie]] pasted our door-access API key [[API_KEY|dax_prod_3Kq8vZ1mT7pWc4Hy2Rn6]] into the members' Slack. Write a short apology to members and a note that the key has been revoked.",
    "Draft a ticket to our network provider: member [[PERSON|Zainab Hussain]] in Office 7 keeps losing connection; her laptop gets [[IP_ADDRESS|198.51.100.23]] and the gateway drops her every twenty minutes.",
    "Summarise this thread in two lines. [[PERSON|Tobias]]: can we move the quarterly review to Room C on Thursday? / [[PERSON|Amara]]: Room C has no screen since the bracket broke. / [[PERSON|Tobias]]: then the boardroom? / [[PERSON|Greg Whitlock]]: boardroom is booked by [[PERSON|Annika]] till 3 for her investor call, and she usually overruns. / [[PERSON|Amara]]: let's do 3:30 then, and I'll bring the portable screen just in case. / [[PERSON|Greg Whitlock]]: fine, I'll move the catering order.",
    "Thank-you card for [[PERSON|Bernadette]], retiring cleaner.",
    "Our accountant [[PERSON|Hamish Crerar]] needs the March invoices. Draft an email to [[EMAIL_ADDRESS|hamish@crerar-books.co.uk]] listing invoices 4410 to 4436 and saying the credit note for [[PERSON|Liesel]] is still pending.",
    "Write weekend access instructions: side gate code [[PASSWORD|4093]], then fob on the inner door. Only [[PERSON|Wiktor]], [[PERSON|Harper]] and [[PERSON|Obi]] have weekend access this month.",
    "Podcast booth how-to for [[PERSON|Kofi]], please.",
    "Calculate pro rata: [[PERSON|Emeka Nwosu]] joined on 12 April on a £275 per month plan. What should his first invoice be?",
    "Make a returns label for a parcel we're sending back to member [[PERSON|Gwen Pritchard]] at [[STREET_ADDRESS|7 Orchard Close, Hebden Bridge HX7 6DL]].",
    "Write a reminder to all members that the building closes at 6 pm on Christmas Eve; sign it from me and [[PERSON|Jude]].",
    "[[PERSON|Priscilla]] forgot her locker PIN. The master override is [[PASSWORD|004417]]. Should I text it to her or walk over? Draft a reply either way.",
    "Translate into French for our Lyon partner space: [[PERSON|Anouk]] will visit the Manchester site on 3 May and needs a day pass.",
    "Can you tidy this kitchen rota? Mon: [[PERSON|Will]], Tue: [[PERSON|Ife]], Wed: [[PERSON|Will]], Thu: [[PERSON|Marta]], Fri: [[PERSON|Ife]]. Duty is loading the dishwasher and wiping the counters.",
    "Write an email to Ms [[PERSON|Takahashi]] confirming her serviced office, Suite 14, from 1 September at £1,150 per month with a two-month deposit.",
    "Text from [[PHONE_NUMBER|07700 900105]] says: 'Your parcel for HX Coworking couldn't be delivered, pay £1.99 redelivery fee here.' Is it fake? We do get a lot of parcels for [[PERSON|Leroy]] and [[PERSON|Deepa]].",
    "Clean this up into bullet points: spoke to [[PERSON|Janine Osei]] re her team of 4 moving to Suite 9, wants to start on the 1st, needs 2 extra monitors, asked about parking, her finance person is [[PERSON|Roly]] ([[EMAIL_ADDRESS|roly.finance@osei-studio.com]]), invoice the company, PO number needed on every invoice.",
    "A member's card was declined. She read me the full number over the phone, [[CREDIT_CARD|4716 5209 3817 6348]]. Write a message asking her, [[PERSON|Hattie]], to update it in the portal instead.",
    "Plan a members' summer barbecue for 40 people on the roof terrace; [[PERSON|Tamsin]] will do the drinks and [[PERSON|Abdi]] the grill.",
    "For the handover doc: the booking system admin login is [[ID_NUMBER|ops.admin.leeds]] with password [[PASSWORD|Q7!marrow-Lane]], and the backup contact is [[PERSON|Fergus]]. Write it as a short checklist.",
    "Our cleaner [[PERSON|Nomvula]] asked for a reference. She has worked here three years and is always reliable. Draft a short reference letter.",
    "Write a reply to [[PERSON|Jean-Pierre Vasseur]], who complained that the air conditioning in Suite 2 is too loud during his calls.",
    "Set up a standing-order reminder email to [[PERSON|Ruairi Dunne]]: monthly desk fee £220 from his account [[IBAN_CODE|GB93 LOYD 3094 6281 0573 42]] on the 1st.",
    "Compare two options for [[PERSON|Hope]]'s workshop: the Loft room (12 seats, £40/h) or the Atrium (25 seats, £65/h). She expects 15 people for 3 hours.",
    "My colleague [[PERSON|Dmitri]] says the fire door on level 1 is propped open every morning. Help me write a firm but friendly notice.",
    "Text [[PERSON|Mo]]: monitor's at the loading bay.",
    "Translate this note for our Portuguese cleaning team and keep the code as it is: 'The cleaning cupboard lock is [[PASSWORD|2468]]. Please lock it after use. Questions go to [[PERSON|Inês]].'",
    "We're opening a Sydney space. Draft a welcome SMS for [[PERSON|Lachlan Byrne]] at [[PHONE_NUMBER|0491 570 318]] with our opening hours, 7am to 8pm.",
    "Write a voicemail script for our front desk, and add that after hours members can call [[PERSON|Darnell]] on [[PHONE_NUMBER|(312) 555-0147]].",
    "Summarise this complaint for the ops meeting: 'I'm [[PERSON|Cressida Holm]], a member since 2021 on the resident desk plan. Three times this month my parcels were signed for by someone else and left on the wrong shelf, and one of them, a box of client samples, still hasn't turned up. Nobody at reception could tell me who signed for it. I want a named person responsible for mail, a proper log, and a text when something arrives for me.'",
    "For the accident book: [[PERSON|Gareth Pugh]] cut his hand on the kitchen blind, first aid given by [[PERSON|Layla]]. The hospital asked for his NHS number, [[ID_NUMBER|731 502 9486]]. Write the entry neatly.",
    "Our Amsterdam freelancer [[PERSON|Femke de Groot]] sent her BSN [[ID_NUMBER|305719427]] so we can pay her cleaning invoices. Do we actually need that? Draft a reply.",
    "Help me word a message to [[PERSON|Bao]] that we can't hold his desk during his three-month trip unless he keeps paying.",
    "Our new members' wifi is 'Larchyard-Members', key [[PASSWORD|fennel&Slate2025]]. Write a short all-members email asking them to forget the old network. Sign it [[PERSON|Astrid]].",
    "Split the £96 pizza bill from last night's hackathon: [[PERSON|Raj]] had £24 worth, [[PERSON|Sol]] and [[PERSON|Kit]] shared one pizza, [[PERSON|Precious]] had two slices only, and I had the rest. Be fair.",
    "Write an invite for the quarterly landlord meeting with [[PERSON|Nigel Ashworth]] on 14 May, 10 am, Boardroom. Agenda: service charge, lift repairs, bike store.",
    "Is this a scam? Invoice from 'DeskPro Supplies' for £860 of chairs we never ordered, addressed to [[PERSON|Penelope Ward]], payment to [[IBAN_CODE|GB79 MIDL 4028 1736 9204 18]].",
    "Rewrite our house rule about strong food smells in a friendlier way, and add that [[PERSON|Ramón]] from the café on the ground floor takes lunch orders until 11.",
    "Write a firewall change request: allow member [[PERSON|Halima]]'s VPN endpoint [[IP_ADDRESS|2001:db8:4a1::17]] to reach the print server.",
    "Write a short bio for our website about our founder [[PERSON|Keziah Munro]], who opened the space in 2017 after years as a freelance architect.",
    "Reply to [[PERSON|Frank Ellery]]'s email asking for a discount on a 12-month commitment: we can do 8% if he pays quarterly.",
    "Draft handover notes for [[PERSON|Dawn Pearce]] for Saturday: open at 9, alarm code [[PASSWORD|5503]], check the mail shelf, water the plants, lock up at 2.",
    "Make a polite sign for the kitchen: 'Please label your food. The fridge is cleared every Friday at 4 by [[PERSON|Gintarė]].'",
    "Write an email introducing two members who should meet: [[PERSON|Oren Katz]] (UX designer, [[EMAIL_ADDRESS|oren@katz-ux.io]]) and [[PERSON|Chiamaka Eze]] (founder looking for a designer, [[EMAIL_ADDRESS|chiamaka.eze@outlook.com]]).",
    "Check my maths: [[PERSON|Isabella]] used the meeting room for 7.5 hours at £28 an hour and has a 10% member discount. What's the total?",
    "Write an email to [[PERSON|Henrik Baumann]] confirming his Berlin day pass for Tuesday, and say we'll text him at [[PHONE_NUMBER|030 23125 774]] when his guest arrives.",
    "The courier keeps asking for the gate code. It's [[PASSWORD|1357*]] but I don't want to give it out. Write a reply saying [[PERSON|Leon]] will meet them at the gate instead.",
    "Summarise: [[PERSON|Aditi]] (member since January) wants to switch from a 5-day to a 3-day desk; [[PERSON|Callum]] wants to add two people to his office; [[PERSON|Maja]] is leaving at the end of the month and asked about her deposit.",
    "Write a short letter confirming that [[PERSON|Tiago Mendes]] is a member of our coworking space and uses it as his business address, for his bank. His member number is [[ID_NUMBER|PX-77210]].",
    "We keep a corporate card for office supplies. [[PERSON|Lorraine]] asked me to read it out: [[CREDIT_CARD|3794 182605 31477]]. Is there a safer way to share it? Suggest one.",
    "Make a rota for the front desk next week between [[PERSON|Ezra]], [[PERSON|Pilar]] and [[PERSON|Jovan]], each doing roughly the same hours, 8 to 6, Monday to Friday.",
    "The shared printer's admin PIN is [[PASSWORD|71842]] and [[PERSON|Yaw]] needs to reset the scan-to-email setting. Write step-by-step instructions for him.",
    "Write a message to [[PERSON|Clementine]] telling her the cleaners found her earring in Room 4 and it's waiting at reception.",
    "Our accounting sync failed. [[PERSON|Ben Aldridge]] says to replace the old token with [[API_KEY|acct_sync_7c41e9b0a2d84f16b5e3f0a9]]. Explain to a non-technical person how to do that on the settings page.",
    "Draft a notice that [[PERSON|Joy Adeyemi-Cole]] is our new mail room lead and that members should collect parcels from her between 12 and 2.",
    "Our alarm company needs a new verbal password for call verification. The current one is [[PASSWORD|blue heron]]. Suggest a process to change it, and who to tell: [[PERSON|Magnus]] and [[PERSON|Ottilie]].",
    "Please proofread: 'Dear [[PERSON|Anjali]], your meeting room credits renew on the 1st and unused ones dont roll over to the next month.'",
    "A visitor, [[PERSON|Ruben Castellanos]], signed in for [[PERSON|Noor]] but she's not in today. What should reception say to him?",
    "Write an SMS to [[PERSON|Élodie Garnier]] at [[PHONE_NUMBER|+33 6 39 98 12 64]] saying her Paris meeting room is ready and the code for the pod door is [[PASSWORD|3390]].",
    "Make a cost split for the office plants subscription (£54 a month) among the four offices on floor 2: [[PERSON|Hollis]], [[PERSON|Ngaire]], [[PERSON|Sigrún]] and [[PERSON|Pradeep]].",
    "Our Toronto cleaner [[PERSON|Marie-Claude Tremblay]] gave her SIN [[ID_NUMBER|638 174 508]] for her T4A slip. Write a reminder to the bookkeeper to keep it out of email.",
    "Farewell card message for [[PERSON|Rafferty]]?",
    "I've got these notes from a tour: [[PERSON|Winnie Lau]], needs 6 desks from May, budget £2k, wants natural light; call back on [[PHONE_NUMBER|020 7946 0219]]. Turn them into a CRM note.",
    "Write a polite e-mail to [[PERSON|Hunter Blake]] saying his trial week has ended and asking whether he'd like to sign up for a flexi membership.",
]

# 100 one-person records: 41 with a national id, the rest with passports, licences,
# usernames, cards, IBANs, SSNs, IPs, keys, codes and contact details.
RECORDS = [
    "First-aid register, 2nd floor: [[PERSON|Gideon Ashby-Kerr]], NHS no. [[ID_NUMBER|604 827 1530]], grazed knee on the stairwell, treated on site.",
    "member | [[PERSON|Lowenna Trevithick]] | NHS [[ID_NUMBER|519 374 0626]] | mobile [[PHONE_NUMBER|07700 900671]] | plan: Resident Desk",
    "सदस्य पंजीकरण: [[PERSON|अनीता कुलकर्णी]], आधार संख्या [[ID_NUMBER|3615 0927 4818]], मोबाइल [[PHONE_NUMBER|+91 98450 27316]], हॉट डेस्क योजना।",
    "name,aadhaar,centre,plan\n[[PERSON|Rohan Iyer]],[[ID_NUMBER|5829 1043 7665]],Indiranagar,private cabin",
    "Nieuw lid: [[PERSON|Maarten Wijnberg]], BSN [[ID_NUMBER|163820570]], e-mail [[EMAIL_ADDRESS|m.wijnberg@kpnmail.nl]], vaste werkplek 14.",
    '{"member": "[[PERSON|Saskia Verhoeven]]", "bsn": "[[ID_NUMBER|284703151]]", "desk": "F-12", "iban": "[[IBAN_CODE|NL95RABO0318529467]]"}',
    "Umowa najmu biurka: [[PERSON|Zofia Krawczyk]], PESEL [[ID_NUMBER|92071435812]], adres [[STREET_ADDRESS|ul. Wiśniowa 18/4, 30-052 Kraków]].",
    "Cadastro de membro: [[PERSON|Thiago Barros Lima]], CPF [[ID_NUMBER|739.104.582-97]], celular [[PHONE_NUMBER|+55 11 98342-7716]], plano mesa fixa.",
    "Ziyaretçi kaydı: [[PERSON|Elif Demirtaş]], T.C. kimlik no [[ID_NUMBER|53820714640]], toplantı odası 3, saat 14:00.",
    "Alta de socio: [[PERSON|Nerea Etxeberria]], DNI [[ID_NUMBER|53920174D]], correo [[EMAIL_ADDRESS|nerea@etxe-disenio.es]], puesto flexible.",
    "Registro de llaves: [[PERSON|Radu Ionescu]] (NIE [[ID_NUMBER|Y4061839F]]) recibe la llave de la taquilla 7 y el código de la puerta [[PASSWORD|2614]].",
    "Jäsentiedot: [[PERSON|Aino Lehtinen]], henkilötunnus [[ID_NUMBER|240789-614W]], puhelin [[PHONE_NUMBER|+358 40 718 2264]], kiinteä työpiste.",
    "Contratto ufficio arredato per [[PERSON|Giulia Martini]], codice fiscale [[ID_NUMBER|MRTGLI88C51L219M]], IBAN [[IBAN_CODE|IT35 X030 6909 6061 0000 0418 273]].",
    "visitor_log 2024-05-02 09:14 | [[PERSON|Adriano Esposito]] | codice fiscale [[ID_NUMBER|SPSDRN79T12F839B]] | host: Suite 5",
    "会员登记： [[PERSON|陈思远]] 身份证号 [[ID_NUMBER|310104198706221439]] 手机 [[PHONE_NUMBER|+86 139 1742 5806]] 固定工位 12号",
    "Tenant: [[PERSON|Goh Wei Ling]]; NRIC [[ID_NUMBER|S7714528A]]; unit 08-14; access card issued; email [[EMAIL_ADDRESS|weiling.goh@lionrock.sg]]",
    "Work-pass holder [[PERSON|Arjun Menon]], FIN [[ID_NUMBER|G5180374X]], hot desk at the Tanjong Pagar centre from 3 June.",
    "입주자 명부: [[PERSON|김민지]] 님, 주민등록번호 [[ID_NUMBER|880417-2610539]], 연락처 [[PHONE_NUMBER|010-4827-3316]], 개인 사무실 5호",
    "Contractor form, cleaning: [[PERSON|Tayla Nguyen]], TFN [[ID_NUMBER|326 158 406]], bank details on file, phone [[PHONE_NUMBER|0491 570 662]].",
    "Incident note: member [[PERSON|Callum McKinnon]] fainted in the kitchen; Medicare card [[ID_NUMBER|4281 60931 1]] handed to the paramedics.",
    "入館 登録 [[PERSON|山本 美咲]] 様 マイナンバー [[ID_NUMBER|7304 1958 2601]] 電話 [[PHONE_NUMBER|090-3817-2694]]",
    "Desk licence signed by [[PERSON|Niamh Gallagher]], PPS [[ID_NUMBER|8263145CA]], card on file [[CREDIT_CARD|5167 3028 4917 5607]].",
    "Clárú balla: [[PERSON|Seán Ó Murchú]], uimhir PPS [[ID_NUMBER|5519032A]], ríomhphost [[EMAIL_ADDRESS|sean.omurchu@gaelnet.ie]].",
    "Fiche adhérent : [[PERSON|Camille Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 87 06 75 118 023 39]], badge n° 112.",
    '{"nom": "[[PERSON|Bastien Moreau]]", "nir": "[[ID_NUMBER|192041305514256]]", "bureau": "B4", "tel": "[[PHONE_NUMBER|06 39 98 57 03]]"}',
    "Inschrijving coworking Gent: [[PERSON|Lotte Claes]], rijksregisternummer [[ID_NUMBER|84.05.12-317.55]], IBAN [[IBAN_CODE|BE12 0682 4173 0592]].",
    "Medlem [[PERSON|Eirik Haugland]], fødselsnummer [[ID_NUMBER|140889 35269]], nøkkelkort levert 12. mars.",
    "Registo de domiciliação: [[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|218 473 605]], morada [[STREET_ADDRESS|Rua do Almada 112, 3.º esq., 4050-032 Porto]].",
    "Membru nou: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2850312401876]], telefon [[PHONE_NUMBER|+40 722 418 305]], birou partajat.",
    "Ficha de cliente de oficina virtual: [[PERSON|Matías Fuentealba]], RUT [[ID_NUMBER|16.482.937-5]], correo [[EMAIL_ADDRESS|mfuentealba@andesmail.cl]].",
    "Liige: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49008232711]], laud 5, uksekood [[PASSWORD|8042]].",
    "Skráning: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|210394-2819]], skrifstofa 3, aðgangskort afhent.",
    "Návštěvník: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|855618/1205]], hostitel kancelář 2.12.",
    "Договір на робоче місце: [[PERSON|Олена Мельник]], РНОКПП [[ID_NUMBER|3184605728]], тел. [[PHONE_NUMBER|+380 67 482 19 53]].",
    "Mitgliedsantrag: [[PERSON|Konstantin Weißgerber]], Steuer-ID [[ID_NUMBER|57 139 084 623]], Festnetz [[PHONE_NUMBER|040 66969 218]].",
    "Wellington hub first-aid log: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|KRT4828]], bee sting on the balcony, ice pack given.",
    "Medlemsregister: [[PERSON|Linnea Bergqvist]], personnummer [[ID_NUMBER|790623-4187]], e-post [[EMAIL_ADDRESS|linnea.bergqvist@fjallpost.se]].",
    "Fiche de paie, préposé à l'entretien : [[PERSON|Jean-François Gagnon]], NAS [[ID_NUMBER|719 025 389]], succursale de Montréal.",
    "רישום חבר: [[PERSON|נועה ברגר]], תעודת זהות [[ID_NUMBER|306158742]], טלפון [[PHONE_NUMBER|+972 52 718 4403]]",
    "Μέλος: [[PERSON|Δημήτρης Παπαδόπουλος]], ΑΜΚΑ [[ID_NUMBER|11078912349]], γραφείο 6, κάρτα εισόδου 44.",
    "Cape Town hub, new key-holder: [[PERSON|Thandiwe Mokoena]], ID [[ID_NUMBER|900514 0612 086]], alarm PIN [[PASSWORD|6615]].",
    # without a national id
    "[[PERSON|Marcus Ellingham]] holds UK passport [[ID_NUMBER|538201764]] and was verified for our virtual office service on 4 February.",
    '2024-03-11T08:02:17Z door=main-entrance user=[[ID_NUMBER|pkaur.desk]] name="[[PERSON|Parminder Kaur]]" result=granted',
    "[[PERSON|Dylan Hargreaves]];[[EMAIL_ADDRESS|dylan.h@hargreavesjoinery.co.uk]];[[PHONE_NUMBER|07700 900914]];Dedicated Desk;Floor 3",
    "Dear Mr [[PERSON|Abernethy]], thank you for your deposit of £400 for Suite 11, received from account [[IBAN_CODE|DE08 3705 0299 1047 3658 20]]. Your fob will be ready on Monday. Kind regards, Reception",
    "Name: [[PERSON|Priyanka Desai]] | Username: [[ID_NUMBER|priyanka.d]] | Plan: 10-day pass | Card: [[CREDIT_CARD|4928 0361 7254 0812]]",
    "Mail register 14/05: recorded letter for [[PERSON|Oluwaseun Adeyinka]], signed for by reception, to be forwarded to [[STREET_ADDRESS|22 Kelvin Terrace, Glasgow G3 7QA]].",
    "Payroll intake, Austin location: [[PERSON|Tyler Brooks]], SSN [[US_SSN|318-64-0527]], night cleaner, direct deposit on file.",
    '{"member_id": "[[ID_NUMBER|CW-58213]]", "name": "[[PERSON|Hana Kobayashi]]", "static_ip": "[[IP_ADDRESS|203.0.113.118]]", "port": "3B-07"}',
    "Integration owner: [[PERSON|Leopold Strand]]; booking-sync key [[API_KEY|bks_5e8f2a91c7d04b63a1f0e7c2]]; created 2024-01-09; scope: read rooms.",
    "Parking permit for [[PERSON|Beatrix Holloway]], UK driving licence [[ID_NUMBER|HOLLO865124BE9KT]], bay 4, weekdays only.",
    "تسجيل عضو: [[PERSON|ليلى الحسيني]]، رقم الجواز [[ID_NUMBER|N04738216]]، الهاتف [[PHONE_NUMBER|+971 50 483 2719]]",
    "Гость: [[PERSON|Артём Соколов]], паспорт [[ID_NUMBER|4518 273916]], пропуск на один день, переговорная 2.",
    "Khách thuê văn phòng: [[PERSON|Nguyễn Thị Thu Hà]], email [[EMAIL_ADDRESS|thuha.nguyen@saigondesk.vn]], số điện thoại [[PHONE_NUMBER|+84 912 457 308]].",
    "สมาชิกใหม่ [[PERSON|สมชาย วงศ์สวัสดิ์]] ชื่อผู้ใช้ [[ID_NUMBER|somchai.w]] โต๊ะ 9",
    "Locker 31 assigned to [[PERSON|Isaac Ferreira-Lowe]], combination [[PASSWORD|4-2-7-9]], deposit paid by card [[CREDIT_CARD|6011 7539 2048 1635]].",
    "[[PERSON|Ama Owusu]],[[EMAIL_ADDRESS|ama.owusu@kente-studio.com]],[[PHONE_NUMBER|020 7946 0371]],virtual office,2024-02-01",
    "[[PERSON|Rosalind Pike]] (SSN [[US_SSN|672-19-4058]]) signed the sublease for Office 5 at our Denver location.",
    "Besucherin [[PERSON|Annegret Vogt]], Reisepass [[ID_NUMBER|C7R4K19J2]], angemeldet für Raum Spree, 10:30 Uhr.",
    "Wi-Fi voucher issued to [[PERSON|Malik Jefferson]]: network HubGuest, key [[PASSWORD|marigold-4417]], valid 24 hours.",
    "Jun 03 07:44:19 gw01 dhcpd: lease [[IP_ADDRESS|192.0.2.184]] to laptop of [[PERSON|Esther Adjei]] (room 12)",
    "Refund approved: [[PERSON|Lukas Brenner]], deposit €300 to [[IBAN_CODE|AT24 2011 1827 3645 0917]], reason for leaving: moving to Graz.",
    "Member since 2019: [[PERSON|Wanjiru Kamau]], member no. [[ID_NUMBER|HW-22017]], email [[EMAIL_ADDRESS|wanjiru@kamau-consulting.co.ke]], mobile [[PHONE_NUMBER|+254 722 318 406]].",
    "Visitor book: 11:20 [[PERSON|Ignatius Mabaso]], visiting Suite 6, car registration not given, phone [[PHONE_NUMBER|07700 900388]].",
    "To whom it may concern: [[PERSON|Svenja Albrecht]] has rented a dedicated desk with us since March 2022. Her membership number is [[ID_NUMBER|LW-40921]].",
    '{"user": "[[ID_NUMBER|ravindra_k]]", "full_name": "[[PERSON|Ravindra Kulasekara]]", "api_token": "[[API_KEY|tok_9Lr2Xw7Qb4Nd8Fs1Kz6Vm3Pc]]"}',
    "Parking validation: [[PERSON|Shauna Reilly-Voss]], Illinois driver's licence [[ID_NUMBER|R418-5273-0962]], spot P2-15.",
    "Day-pass purchase: [[PERSON|Imogen Thwaite]], Visa [[CREDIT_CARD|4480 9173 6520 9432]], receipt sent to [[EMAIL_ADDRESS|imogen.t@thwaite-design.co.uk]].",
    "Új tag: [[PERSON|Kovács Eszter]], e-mail [[EMAIL_ADDRESS|eszter.kovacs@dunaposta.hu]], asztal 7, ajtókód [[PASSWORD|3184]].",
    "Emergency contact card: [[PERSON|Bronwyn Ellis]], home [[STREET_ADDRESS|9 Rowan Court, Cardiff CF24 3HX]], mobile [[PHONE_NUMBER|07700 900257]].",
    "Access log 18:52: side door opened with PIN [[PASSWORD|8127]] by [[PERSON|Kenji Watanabe]]; alarm set at 19:05.",
    "Gate code [[PASSWORD|0550#]] issued to contractor [[PERSON|Darius Farahani]] for the lift works, valid until Friday.",
    "Direct debit mandate: [[PERSON|Magdalena Zielińska]], account [[IBAN_CODE|PL18 1090 2402 0000 0006 1847 3920]], monthly desk fee, collected on the 1st.",
    "KYC check passed: [[PERSON|Montgomery Hale]], US passport [[ID_NUMBER|A28391764]], registered agent service.",
    "[[PERSON|Paloma Reyes]] | office 4 | VPN peer [[IP_ADDRESS|2001:db8:7c2::41]] | key rotated monthly",
    "Cleaner timesheet: [[PERSON|Gheorghe Popa]], username [[ID_NUMBER|gpopa_clean]], 22 hours this week, paid to [[IBAN_CODE|RO77 BTRL RONC RT03 8274 6109]].",
    "[[PERSON|Yolanda Pierce]], [[STREET_ADDRESS|418 Linden Avenue, Apt 3C, Columbus, OH 43215]], [[PHONE_NUMBER|(614) 555-0139]], mailbox plan",
    "Mailbox 27 rented by [[PERSON|Cosmo Delacroix-Pratt]]; scans go to [[EMAIL_ADDRESS|cosmo@delacroixpratt.studio]].",
    "Desk bot: user [[ID_NUMBER|@finn.oshea]] ([[PERSON|Finn O'Shea]]) booked desk 14 for Thursday.",
    "[[PERSON|Amaru Quispe]], Peruvian passport [[ID_NUMBER|118204736]], day pass, guest of Suite 2.",
    "Medlem: [[PERSON|Mette Kjærgaard]], IBAN [[IBAN_CODE|DK31 3000 4058 3192 7604]], skrivebord 11.",
    "W-9 received from freelance IT technician [[PERSON|Jerome Whitaker]], SSN [[US_SSN|229-83-6140]], paid per call-out.",
    "Profile: name [[PERSON|Saoirse Kinsella]]; login [[ID_NUMBER|skinsella]]; password reset requested from [[IP_ADDRESS|198.51.100.76]].",
    "Serviced office agreement: licensee [[PERSON|Adaeze Obi-Lawson]], card on file [[CREDIT_CARD|5352 1874 0963 2716]], billing email [[EMAIL_ADDRESS|adaeze@obilawson.legal]].",
    "Key-safe log: code changed to [[PASSWORD|7261]] after [[PERSON|Percival Dunmore]] left the building team.",
    "[[PERSON|Lin Feng]], meeting room credit refund, to [[IBAN_CODE|FI14 4055 0120 3948 1726]]",
    "Night security roster note: [[PERSON|Bogusław Nowicki]] on duty, radio 3, mobile [[PHONE_NUMBER|+48 512 304 871]].",
    "Printing account: [[PERSON|Zuzana Horváthová]], username [[ID_NUMBER|zhorvath]], PIN [[PASSWORD|5926]], 340 pages left.",
    "Courier pickup for [[PERSON|Obadiah Greene]] from [[STREET_ADDRESS|Unit 12, Brunswick Mill, Pollard Street, Manchester M4 7AJ]].",
    "Wire instructions from member [[PERSON|Kristóf Varga]]: [[IBAN_CODE|HU27 1177 3016 0038 4729 0000 0000]]",
    "[[PERSON|Marisol Echeverría]] asked for her guest Wi-Fi password to be reset; the new one is [[PASSWORD|pepper-Quay-31]].",
    "Contract note: [[PERSON|Ezekiel Boateng]], Ghana passport [[ID_NUMBER|G2819403]], starts hot-desking on 1 July.",
    "API client registered by [[PERSON|Henrietta Lusk]]: client key [[API_KEY|hgw_live_K3v9Tq1Zp7Wm2Lx8Rb5N]], callback from [[IP_ADDRESS|203.0.113.9]].",
    "Lost property: wallet handed in, belongs to [[PERSON|Ambrose Tilley]], reached him on [[PHONE_NUMBER|(415) 555-0176]].",
    "[[PERSON|Yuki Tanaka-Reid]] updated her billing card to [[CREDIT_CARD|5229 0471 8365 2101]] on 2 April.",
    "Meeting-room PIN for [[PERSON|Delphine Aubert]]'s workshop: [[PASSWORD|4402]], room Linden, 9 to 1.",
    "Registered business address for [[PERSON|Tobenna Okeke]]; UK driving licence [[ID_NUMBER|OKEKE707193T99BA]] seen at sign-up.",
    "Fob register: [[PERSON|Rhiannon Price]], member [[ID_NUMBER|CW-61884]], email [[EMAIL_ADDRESS|rhiannon.price@gwyn-media.co.uk]], fob issued 3 April.",
    "Registered office client [[PERSON|Anselm Ritter]], company director, home address [[STREET_ADDRESS|33 Quillon Street, Oxford OX2 6JH]].",
    "Cleaner [[PERSON|Mercy Appiah]] | alarm code [[PASSWORD|2980]] | phone [[PHONE_NUMBER|07700 900455]] | Tue and Fri 6am",
]

# 25 MT-Bench and Vicuna-style prompts with no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive blog post of about 400 words on why a small design studio might choose a coworking space over a traditional five-year office lease.",
    "Compose a sequence of three haiku about the shared kitchen of a busy coworking space on a Monday morning.",
    "Role-play as a community manager giving a new member a five-minute tour of the building. Start at the front door and end at the roof terrace.",
    "Extract every price from this text and return them as JSON with the product as the key: Hot desk £180 a month, dedicated desk £260 a month, private office for four £1,400 a month, meeting room £35 an hour, mailbox £25 a month.",
    "Write a Python function that takes two meeting room bookings, each a start and end datetime, and returns True if they overlap. Include a few tests.",
    "Imagine Sherlock Holmes is looking for a quiet desk in modern London. Write a short scene in which he deduces which coworking member has been stealing the oat milk.",
    "Explain to a ten-year-old what a serviced office is and how it differs from renting an empty one.",
    "Draft a set of ten house rules for a shared office that sound friendly rather than bossy.",
    "Compare hot-desking and assigned seating for a team of twenty people who each come in three days a week. Give the pros and cons in a table.",
    "Write a SQL query that lists, for each meeting room, the number of hours it was booked last month, highest first. Assume a table bookings(room, starts_at, ends_at).",
    "Rewrite this sentence in a more formal register: 'Hey folks, the printer on floor two is busted again so use the one downstairs till we sort it.'",
    "What are the main factors to consider when choosing the location of a new coworking space in a mid-sized city?",
    "Suggest five names for a coworking space in a converted Victorian textile mill, with a one-line reason for each.",
    "Write a limerick about a meeting room that is always double-booked.",
    "How did the open-plan office become popular in the twentieth century, and why have many workers grown unhappy with it?",
    "Imagine you are Ada Lovelace visiting a modern tech incubator. Describe in a short paragraph what impresses and what puzzles you.",
    "Create a one-week onboarding checklist for a new front-desk assistant at a serviced office building.",
    "Write a short dialogue between two freelancers who disagree about whether music should be allowed in the quiet zone.",
    "Explain the difference between a lease and a licence to occupy in plain English, and why flexible workspace providers usually use licences.",
    "Plan a monthly calendar of community events for a coworking space with about 150 members and a small budget.",
    "Summarise the arguments for and against a four-day working week in no more than 150 words.",
    "Write a JavaScript snippet that shows a countdown to the end of a meeting room booking and turns red in the last five minutes.",
    "What would Captain Ahab say if he were asked to share a hot desk? Answer in his voice, in three sentences.",
    "Give me a simple framework for deciding how many phone booths a shared office of 80 desks needs.",
    "Write a product description for an adjustable standing desk aimed at small office managers, in under 120 words.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "A coworking space has 48 hot desks. On Monday 3/4 of them are taken, and on Tuesday 6 more people come in than on Monday. How many desks are free on Tuesday?",
    "Lena books a meeting room for 3 hours at £22 an hour and orders coffee for 8 people at £1.75 each. How much does she spend in total?",
    "A serviced office costs £1,200 a month. Tariq's team of 5 shares the cost equally. After a year, how much has each person paid?",
    "The cleaners take 15 minutes per meeting room and 40 minutes for the kitchen. There are 9 meeting rooms. How many hours and minutes does the whole job take?",
    "Marta's printer credits start at 500 pages. She prints 28 pages a day for 12 days. How many pages does she have left?",
    "A day pass costs £18 and a 10-day bundle costs £150. How much does Omar save by buying the bundle instead of 10 single passes?",
    "The mail room receives 36 parcels on Monday, twice as many on Tuesday and 14 fewer than Tuesday on Wednesday. How many parcels arrive over the three days?",
    "A building has 4 floors with 22 desks on each floor. If 15% of the desks are dedicated desks, how many dedicated desks are there, rounded to the nearest whole number?",
    "Priya pays £240 a month for a desk. The price rises by 5% in April. What is her new monthly price?",
    "A meeting room is booked from 9:15 to 11:45 and again from 13:30 to 16:00. For how many hours is it booked that day?",
    "Jonas buys 3 boxes of 24 coffee pods at £11 a box. The members use 9 pods a day. How many days will the pods last, and what does each pod cost?",
    "A coworking space charges £35 per hour for its boardroom, with a 20% discount for members. How much does a member pay for a 4-hour booking?",
    "Twelve members share the cost of a new fridge priced at £540. Three more members join and agree to share. How much less does each original member pay?",
    "Aisha's locker code has 4 digits and each digit can be 0 to 9. How many different codes are possible?",
    "The wifi router supports 120 devices. Each of the 45 members has a laptop and a phone, and 18 visitors bring one device each. How many connections are left?",
    "A cleaner earns £12.50 an hour and works 3 hours on weekdays and 5 hours on Saturday. How much does she earn in a week with no Sunday work?",
    "Felix's startup rents 6 desks at £210 each and a mailbox at £30 a month. What is the total bill for a quarter?",
    "If 2/5 of the 150 members come in on Friday and half of them stay for the pizza evening, how many slices are needed at 3 slices each?",
    "An office manager buys 8 chairs at £95 each and gets a 12% bulk discount. What is the final price?",
    "The building's heating costs £18 a day in winter and £6 a day in summer. What is the cost for 90 winter days and 92 summer days?",
    "Noor books a phone booth every weekday for 45 minutes. How many hours does she book in 4 weeks?",
    "A meeting room seats 14 people. A workshop has 50 attendees split into equal groups, each in its own room. What is the fewest rooms needed?",
    "Key fobs cost £6 each to replace. In a year 23 fobs are lost and members are charged £15 for each. How much does the space make on lost fobs?",
    "Ravi's team used 7 hours of meeting room credits in March and twice that in April. They have 30 hours a quarter. How many hours are left for May?",
    "A virtual office plan is £29 a month, or £300 for a year paid up front. Which is cheaper over a year, and by how much?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which Wi-Fi security protocol is currently recommended for a small office network? A) WEP B) WPA C) WPA2-TKIP D) WPA3",
    "Under double-entry bookkeeping, a member paying an outstanding invoice causes which change? A) Cash up, receivables down B) Cash up, revenue up C) Receivables up, cash down D) Revenue down, cash up",
    "What does a door access control system typically use to decide whether to unlock? A) The weather B) A credential checked against an access list C) The number of people inside D) The time zone of the building",
    "Which document usually grants a coworking member the right to use a desk without creating a tenancy? A) Freehold deed B) Licence agreement C) Mortgage D) Power of attorney",
    "A meeting room booked for 2 hours at £30 per hour with 20% VAT added costs: A) £60 B) £66 C) £72 D) £80",
    "Which IP address range is reserved for private networks? A) 8.8.8.0/24 B) 192.168.0.0/16 C) 1.1.1.0/24 D) 203.0.113.0/24 only",
    "Which of the following is the best example of a fixed cost for a serviced office operator? A) Printer paper B) Monthly rent on the building C) Coffee per cup D) Cleaning supplies per use",
    "The term 'churn' in a membership business refers to: A) The rate at which members leave B) The number of desks per floor C) The cost of furniture D) The length of a lease",
    "In ergonomics, the top of a computer monitor should usually be: A) Well above eye level B) At or slightly below eye level C) At desk height D) Behind the user",
    "Which data protection principle says personal data should not be kept longer than necessary? A) Accuracy B) Storage limitation C) Integrity D) Lawfulness",
    "A phishing email most often tries to: A) Improve network speed B) Trick the reader into revealing credentials or paying money C) Back up files D) Update the operating system",
    "What is the main purpose of a visitor sign-in log at reception? A) Marketing B) Knowing who is in the building for safety and security C) Tax calculation D) Booking desks",
    "Occupancy rate is calculated as: A) Occupied desks divided by total desks B) Total desks divided by members C) Revenue divided by rent D) Members divided by floors",
    "Which fire extinguisher type is suitable for electrical fires in an office? A) Water B) Foam C) Carbon dioxide D) Wet chemical",
    "In accounting, a refundable security deposit held by a landlord is recorded as: A) Revenue B) A liability C) An expense D) Equity",
    "Which network device forwards traffic between a local network and the internet? A) Switch B) Router C) Patch panel D) Repeater",
    "An invoice with 'net 30' terms means payment is due: A) Immediately B) Within 30 days C) After 30 invoices D) On the 30th of the month only",
    "Which of these is a two-factor authentication method? A) A password typed twice B) A password plus a code from a phone app C) A longer password D) A shared account",
    "The economic concept describing lower cost per desk as a space gets larger is: A) Inflation B) Economies of scale C) Opportunity cost D) Elasticity",
    "Which is the most appropriate response when a stranger tailgates through a secure office door? A) Ignore it B) Politely ask who they are visiting and direct them to reception C) Lock them in D) Call the fire brigade",
    "A standard UK fire drill should generally be held at least: A) Once a decade B) Once a year C) Every day D) Only after a fire",
    "Which metric best shows how busy meeting rooms are? A) Utilisation rate B) Gross margin C) Net promoter score D) Staff turnover",
    "Which cable standard is commonly used for gigabit Ethernet in offices? A) Cat 3 B) Cat 5e or Cat 6 C) Coaxial RG-6 D) USB 2.0",
    "A business that rents desks month to month mainly faces which risk? A) Currency risk only B) Vacancy risk when members leave C) Commodity price risk D) Interest rate risk only",
    "In a shared office, the main reason to use a separate guest Wi-Fi network is to: A) Make the internet faster B) Keep visitors' devices apart from members' and staff systems C) Save electricity D) Avoid paying for broadband",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How often should I take a break from my screen to avoid eye strain when working at a hot desk all day?",
    "What is the correct chair height for working at a desk, and how do I adjust it?",
    "Is a standing desk actually better for back pain than sitting?",
    "How can I reduce neck pain from working on a laptop in a coworking space without a separate monitor?",
    "Is it safe to drink five cups of office coffee a day?",
    "What are the early signs of repetitive strain injury in the wrists?",
    "Can poor ventilation in a shared office cause headaches?",
    "How long should I stay home with a cold so I don't spread it to others in an open-plan office?",
    "What simple stretches can I do at my desk to loosen tight hips?",
    "Does background noise in an open office affect stress levels?",
    "How much water should an adult drink during an eight-hour working day?",
    "Are blue-light glasses worth it for people who work at screens?",
    "What should be in a basic first-aid kit for a small office?",
    "Is it bad to eat lunch at my desk every day?",
    "How can I tell if my office chair is causing my lower back pain?",
    "What is the best way to clean a shared keyboard to stop germs spreading?",
    "Can working under fluorescent lights trigger migraines?",
    "How can shift workers who clean offices at night protect their sleep?",
    "What are the symptoms of burnout, and when should someone see a doctor about it?",
    "Is it healthy to work from a sofa with the laptop on my knees?",
    "What is a safe temperature range for an office to avoid feeling unwell?",
    "Can cleaning products used in offices irritate asthma?",
    "How do I set up a laptop stand and external keyboard to protect my posture?",
    "Is walking up the stairs several times a day enough exercise for an office worker?",
    "Which snacks keep energy steady through an afternoon at work without a sugar crash?",
]

# Every national id in the texts, as typed, with the check its digits must pass.
NATIONAL_IDS = {
    "731 502 9486": nhs_ok,  # NHS number (chat)
    "305719427": bsn_ok,  # Dutch BSN (chat)
    "638 174 508": luhn_len(9),  # Canadian SIN (chat)
    "604 827 1530": nhs_ok,  # NHS number
    "519 374 0626": nhs_ok,
    "3615 0927 4818": aadhaar_ok,  # Indian Aadhaar
    "5829 1043 7665": aadhaar_ok,
    "163820570": bsn_ok,  # Dutch BSN
    "284703151": bsn_ok,
    "92071435812": pesel_ok,  # Polish PESEL
    "739.104.582-97": cpf_ok,  # Brazilian CPF
    "53820714640": kimlik_ok,  # Turkish kimlik
    "53920174D": dni_ok,  # Spanish DNI
    "Y4061839F": dni_ok,  # Spanish NIE
    "240789-614W": hetu_ok,  # Finnish henkilötunnus
    "MRTGLI88C51L219M": codice_fiscale_ok,  # Italian codice fiscale
    "SPSDRN79T12F839B": codice_fiscale_ok,
    "310104198706221439": china_id_ok,  # Chinese resident identity number
    "S7714528A": nric_ok,  # Singapore NRIC
    "G5180374X": nric_ok,  # Singapore FIN
    "880417-2610539": rrn_ok,  # Korean resident registration number
    "326 158 406": tfn_ok,  # Australian tax file number
    "4281 60931 1": medicare_ok,  # Australian Medicare card
    "7304 1958 2601": my_number_ok,  # Japanese My Number
    "8263145CA": pps_ok,  # Irish PPS number
    "5519032A": pps_ok,
    "2 87 06 75 118 023 39": nir_ok,  # French NIR
    "192041305514256": nir_ok,
    "84.05.12-317.55": belgian_id_ok,  # Belgian national number
    "140889 35269": fodselsnummer_ok,  # Norwegian fødselsnummer
    "218 473 605": nif_ok,  # Portuguese NIF
    "2850312401876": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49008232711": isikukood_ok,  # Estonian isikukood
    "210394-2819": kennitala_ok,  # Icelandic kennitala
    "855618/1205": rodne_cislo_ok,  # Czech rodné číslo
    "3184605728": rnokpp_ok,  # Ukrainian RNOKPP
    "57 139 084 623": steuer_id_ok,  # German tax id
    "KRT4828": nhi_ok,  # New Zealand NHI
    "790623-4187": luhn_len(10),  # Swedish personnummer
    "719 025 389": luhn_len(9),  # Canadian SIN
    "306158742": luhn_len(9),  # Israeli teudat zehut
    "11078912349": luhn_len(11),  # Greek AMKA
    "900514 0612 086": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(40|48|55|84|86|91|254|358|380|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chats, at least 90 chats naming someone and 18 to 22 holding a
    secret; each record names exactly one person beside 1 to 4 other values, and 38 to 42
    records carry a national id."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"chat: no {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    national = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )
        national += any(s["value"] in NATIONAL_IDS for s in spans if s["type"] == "ID_NUMBER")
    if not 38 <= national <= 42:
        raise SystemExit(f"records: {national} with a national id")


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
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind163", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
