# ruff: noqa: E501
"""A hundred-and-forty-fourth blind privacy set: 220 texts with personal data and 100 clean
ones, on beauty, hair, nail and tattoo studios.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py`` (not its texts), never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations); only the check digits of the
national ids, cards and IBANs were worked out by trying the digits against the validators.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway, from
  salon owners, receptionists, stylists, nail and lash technicians, barbers and tattoo
  artists: drafting texts, letters and review replies, summarising pasted voicemails, call
  logs, minutes, record cards and e-mails, translating, fixing wording, splitting chair
  rent, tips and deposits, asking whether a message is a scam, planning rotas and wedding
  mornings. The first 30 are typed all in lower case (names, e-mails, codes and postcodes
  too, with shorthand and typos); the next 6 are in French, German, Portuguese, Japanese,
  Russian and Korean; the other 84 in ordinary English. Names of many origins: first names
  alone, surnames after titles, full names, nicknames marked whole ("big mike", "Big
  Tel"), names that are ordinary words (Hope, Sunny, Grace, Bill, Rose, Faith, Will, Kit,
  Honor, Joy), many named in passing with no cue word; passwords, PINs, alarm, gate,
  locker and door codes, wifi keys, till logins, API keys, IPs, cards, IBANs, an SSN,
  phones, e-mails and street addresses of several countries, on one line or several.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: record cards, patch-test and consent entries, profile lines, pipe and CSV
  rows, JSON objects, log lines, registers and short letters, in English, Dutch, Polish,
  Portuguese, Turkish, Spanish, Finnish, Italian, Chinese, Korean, Japanese, French,
  Norwegian, Romanian, Estonian, Icelandic, Czech, Ukrainian, German, Swedish, Hebrew,
  Greek, Vietnamese and Bosnian; each names one person (a letter may name them twice) and
  holds 1 to 4 other values; 40 carry a national id with valid check digits.

Labels follow the README: usernames, logins, account, customer, member, student and
employee numbers, passports, driving licences and national ids are ID_NUMBER; PINs, door,
gate, alarm and locker codes, wifi keys and passwords are PASSWORD; titles and relation
words (Mr, Mrs, Ms, Dr, Mme, Herrn, Signora, señora, Aunt, 様, 실장) stay outside PERSON
spans; an address span runs from the first street line through the postcode and city as
typed; public figures, historical and fictional people, pets, salons, suppliers and other
companies, order, booking, invoice and ticket references, amounts, network names and dates
of birth are not labelled; every occurrence of a private value is marked (a name said
again is marked again). The 100 clean texts hold no personal data at all: 25 MT-Bench and
Vicuna-style prompts (some naming historical or fictional people), 25 GSM8K-style word
problems with fictional first names, 25 MMLU-style items with options A to D and 25 health
questions naming no one, nearly all about salons and studios.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers;
IBANs valid mod 97 and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits (NHS number,
Indian Aadhaar, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and
NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC,
Korean resident registration number, Australian TFN and Medicare, Japanese My Number,
Irish PPS, French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF,
Romanian CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo,
Ukrainian RNOKPP, German Steuer-ID, New Zealand NHI, Swedish personnummer, Canadian SIN,
Israeli teudat zehut, Greek AMKA, South African id).

Run ``.venv/bin/python bench/data/build_blind144.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Auntie|Uncle|Nurse|Sr|Sra|Señora|Herr|Herrn|Frau|Mme|Madame|Signora)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # typed all in lower case
    "can u write a quick text to [[PERSON|jade okoro]] saying her patch test is thurs 4pm and it has to be 48hrs before the tint. her no is [[PHONE_NUMBER|07700 900417]]",
    "wifi for the salon is bloom_guest and the pw is [[PASSWORD|pinkfoil88]], can u make a lil sign for reception that says it nicely",
    "client rang, [[PERSON|kez]] ([[PERSON|keziah]]) wants to move her balayage from sat to next wed, she paid £40 deposit already. draft a reply to [[EMAIL_ADDRESS|keziah.mbeki@inbox-mail.com]] pls",
    "is this legit or a scam?? text says 'hi its [[PERSON|dom]] from the tattoo place, ur consent form is missing ur dob and signature, pop in b4 2moro or ring [[PHONE_NUMBER|020 7946 0381]]'",
    "till login for the new girl [[PERSON|sienna]] is user [[ID_NUMBER|sienna.h]] pin [[PASSWORD|4729]], how do i put that in the staff handbook w/o it being dodgy",
    "split the chair rental: me, [[PERSON|priya]] and [[PERSON|tash]] share chair 3, rent is £540 a month, [[PERSON|priya]] does 3 days [[PERSON|tash]] 2 and me 1. how much each",
    "translate to polish for my client [[PERSON|agnieszka wójcik]]: your gel removal is confirmed for friday 11am, text this number [[PHONE_NUMBER|07700 900263]] if u cant make it",
    "no show again from mrs [[PERSON|halloran]] - full set + brows, 3rd time this yr!! her number [[PHONE_NUMBER|01632 960518]]. write a firm but polite msg saying next booking needs 50% deposit",
    "alarm code for the shop is [[PASSWORD|5820]] and the back gate is [[PASSWORD|1397]], im off tmrw so can u write a handover note for [[PERSON|ellie]] whos opening",
    "sum up this voicemail: 'hiya its [[PERSON|bernie]] from halo supplies, ur order of 12 developer 6% is delayed, call me back on [[PHONE_NUMBER|0491 570 226]], ta'",
    "my regular [[PERSON|sunny lee]] left a 1 star review saying her colour went brassy. shes lovely usually. help me reply without sounding defensive",
    "can u check this card is typed right b4 i put it in the booking system for the deposit: [[CREDIT_CARD|4921 3806 7154 2292]] exp 09/27, name on card [[PERSON|r. castellanos]]",
    "draft a msg to our landlord mr [[PERSON|pemberton-shaw]] about the leak over the pedi chairs, his email is [[EMAIL_ADDRESS|h.pembertonshaw@fastpost.co.uk]], we're at [[STREET_ADDRESS|14 gilmore rd, leeds ls6 2qe]]",
    "whats a nice way to tell [[PERSON|grace]] we cant do her full sleeve on the 3rd cos [[PERSON|mo]] is off sick. text her on [[PHONE_NUMBER|07700 900752]]",
    "rota for next wk: [[PERSON|anya]] mon-wed, [[PERSON|callum]] thurs fri, [[PERSON|bex]] sat. can u put it in a table. also [[PERSON|anya]]s locker code is [[PASSWORD|2215]] if she asks",
    "fix my spelling pls: dear mr [[PERSON|adeyemi]], we recieved ur complant about the microblading and wud like to offer a free top up. kind regards [[PERSON|fern]]",
    "is this a scam? email says our booking account [[ID_NUMBER|marisol_v]] is suspended and wants the password to unlock it. [[PERSON|marisol]] (my manager) says she didnt ask for anything. pw is [[PASSWORD|tulip!rain7]] if that matters",
    "write a reminder for [[PERSON|olu]]: patch test for the lash lift at 2pm tues, no mascara on the day. send to [[EMAIL_ADDRESS|olu.b@mailbox.ng]]",
    "calc the no-show fees: 3 clients missed, [[PERSON|dan]] (£25 deposit), [[PERSON|hope]] (£40), and [[PERSON|wiktor]] (£15). we keep half, what do we refund",
    "plz reword this for the tattoo consent form: 'i, ______ confirm i am over 18 and sober' and put our studio address [[STREET_ADDRESS|3 cobble lane, bristol bs1 4rt]] at the bottom",
    "a clients mum rang, [[PERSON|ruth]], says her daughter had a reaction to the henna brow. [[PERSON|ruth]]s number is [[PHONE_NUMBER|07700 900981]]. draft a caring reply + ask for photos",
    "[[PERSON|bernadette]] hasnt paid chair rent for 2 months, draft a polite nudge and put our acct [[IBAN_CODE|gb81 loyd 3091 4427 5683 19]] in for the transfer",
    "booking sys api key is [[API_KEY|bk_live_4fq9zt2mwx8r1lpe6vdh]], our dev [[PERSON|jonah]] asked for it. where shud i send it safely",
    "summarise these client card notes: '[[PERSON|lou fairweather]], skin type 2, allergic to ppd, last tint 12/3 no reaction, prefers sat mornings, mob [[PHONE_NUMBER|07700 900134]]'",
    "whats the polite way to ask [[PERSON|tiggy]] ([[PERSON|tigist]]) to stop booking her mates in for free on her shifts",
    "need a deposit policy blurb for the website + a line telling ppl to pay by transfer to acct [[ID_NUMBER|61047283]] sort code 30-91-42, acct name [[PERSON|s okonkwo-reid]]",
    "help me text [[PERSON|big mike]] at the tattoo supply that the needles (rl 3s) came bent, order 55821, his mob is [[PHONE_NUMBER|07700 900605]]",
    "our till login is [[ID_NUMBER|frontdesk2]] / [[PASSWORD|lilac2023!!]] and the card machine ip is [[IP_ADDRESS|192.0.2.47]], the tech wants both, is it ok to give him",
    "draft a welcome msg for our new nail tech [[PERSON|wren]], starts mon, staff room door code [[PASSWORD|6604]], her email [[EMAIL_ADDRESS|wren.castillo@postbox.com]]",
    "translate to spanish for señora [[PERSON|ibarra]]: ur appointment is moved to tues 3pm, any probs ring [[PHONE_NUMBER|07700 900348]]",
    # other languages
    "Peux-tu rédiger un SMS pour Mme [[PERSON|Chantal Roussel]] : son rendez-vous couleur de samedi est annulé et l'acompte de 30 € sera remboursé. Son portable : [[PHONE_NUMBER|06 39 98 41 27]].",
    "Bitte formuliere eine freundliche Antwort an Herrn [[PERSON|Kessler]] auf seine Beschwerde über das Nachstechen seines Tattoos. Er schreibt von [[EMAIL_ADDRESS|jonas.kessler@mailpost.de]] und wohnt in der [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]].",
    "Pode resumir esta mensagem da cliente [[PERSON|Luana Ferreira]]? Ela diz que fez o teste de alergia na terça e quer marcar as luzes para sábado. WhatsApp dela: [[PHONE_NUMBER|+55 11 98472-3316]].",
    "ネイルサロンの予約確認メールを書いてください。お客様は [[PERSON|佐藤 美咲]] 様、電話番号は [[PHONE_NUMBER|090-4827-1593]] です。",
    "Помоги написать сообщение мастеру [[PERSON|Алине Громовой]]: её смена в субботу переносится на воскресенье, а новый код от служебной двери [[PASSWORD|4830]].",
    "미용실 와이파이 비밀번호를 손님용 안내문으로 만들어 줘. 비밀번호는 [[PASSWORD|hairday2580]] 이고, 문의는 [[PERSON|김지현]] 실장 [[PHONE_NUMBER|010-3847-2291]] 로 해 주세요.",
    # ordinary English
    "Can you draft a text to [[PERSON|Hope Adebayo]] reminding her that her patch test for the lash tint is tomorrow at 10:15 and has to be done at least 48 hours before the appointment? Her mobile is [[PHONE_NUMBER|07700 900316]].",
    "Summarise this voicemail for the booking log: \"Hi, it's [[PERSON|Bill Thornton]], I had the 2pm beard trim on Saturday but my van broke down, sorry for the no-show, call me on [[PHONE_NUMBER|020 7946 0219]] and I'll pay the fee.\"",
    "Our salon wifi password is [[PASSWORD|Velvet&Foils_2291]] and the guest network is separate. Write a short laminated card for staff only explaining which one to use, signed by [[PERSON|Marguerite]].",
    "Please fix the wording of this complaint reply: 'Dear Ms [[PERSON|Varga]], sorry your acrylics lifted after two days, we will redo them free, Kind regards [[PERSON|Tamsin]], Polished Studio.'",
    "Split this supplier order between the three renters: £312 of bond-repair treatments, [[PERSON|Aiyana]] takes half, [[PERSON|Rosa]] and [[PERSON|Delphine]] split the rest equally. How much does each owe?",
    "Is this a scam? Someone texted the studio phone: 'Hi, this is [[PERSON|Kayode]] from your card terminal provider, please confirm the merchant login and the PIN so we can update the firmware.' The terminal sits at [[IP_ADDRESS|198.51.100.23]] on our network.",
    "Draft a deposit request for a full back piece: the client is [[PERSON|Dmitri Volkov]], total £1,400 over four sessions, £200 non-refundable deposit to [[IBAN_CODE|GB85 BARC 2047 1638 2951 04]], reference BP-0412.",
    "Write a friendly rota message for the team: [[PERSON|Chidi]] opens Monday and Tuesday, [[PERSON|Saoirse]] covers Wednesday, [[PERSON|Grace]] and [[PERSON|Leon]] do the late Thursday, and [[PERSON|Bea]] does Saturday with me.",
    "Tidy up the minutes from this morning's huddle: [[PERSON|Jas]] says the autoclave service is due, [[PERSON|Fiona]] to chase the ink order, [[PERSON|Ravi]] had two no-shows yesterday (both new clients), [[PERSON|Jas]] wants a deposit rule for all new clients from next month.",
    "I need to send our accountant the booth renter details for the 1099s. Renter: [[PERSON|Marisela Quintero]], SSN [[US_SSN|412-68-3095]], address [[STREET_ADDRESS|2281 Alder Creek Dr, Austin, TX 78745]]. Can you write a short cover email?",
    "Translate into French for a client who only reads French: 'Hello Madame [[PERSON|Lefèvre]], your henna brow appointment is confirmed for Thursday. Please pop in today for the patch test.'",
    "Rewrite this review reply so it sounds less robotic: 'Thank you [[PERSON|Sunny]] for your 5 star review of [[PERSON|Kofi]]'s fade, we look forward to seeing you again.'",
    "Can you make a checklist for closing the tattoo studio? Include: alarm code [[PASSWORD|7391]] (set it after the lights), back door key in the lockbox (code [[PASSWORD|0846]]), and text [[PERSON|Nadia]] on [[PHONE_NUMBER|07700 900872]] when done.",
    "A client called [[PERSON|Rose Whitaker]] says she was charged twice for her deposit. Her card was [[CREDIT_CARD|5386 1042 7719 0354]]. How do I explain that one of the charges is only a pre-authorisation?",
    "Help me plan a patch-test day: 14 clients, each test takes 10 minutes, two therapists ([[PERSON|Imani]] and [[PERSON|Gwen]]), we open at 9. What's the earliest we finish?",
    "Our online booking page got a strange login from [[IP_ADDRESS|203.0.113.58]] at 3am using the admin account [[ID_NUMBER|salon_admin_kt]]. Should I be worried, and what should I change first?",
    "Summarise this email from our landlord: 'Dear [[PERSON|Priyanka]], the chair rental agreement for unit 4 renews on 1 June; rent rises to £650; please sign and return it to me at [[STREET_ADDRESS|88 Harbour Street, Whitstable CT5 1AQ]]. Regards, [[PERSON|Gordon Mayhew]].'",
    "Write a short no-show policy line for Instagram, then a private DM to [[PERSON|Tyrone]] explaining why we've kept his £20 deposit.",
    "The new booking app wants our API key. Ours is [[API_KEY|sk_salon_9Xc2Lm7QpR4tWv8Zn1Bk]]. Is it safe to paste it into their setup form, or should I ask [[PERSON|Femi]] to do it?",
    "Please proofread: 'Consent form. I, [[PERSON|Aoife Brennan]], confirm I have no allergy to latex, I have eaten today and I am not under the influence. Emergency contact: [[PERSON|Cathal Brennan]] [[PHONE_NUMBER|087 391 4472]].'",
    "How should I word a complaint to a supplier? The box of gel polish from Lumière Pro arrived smashed, our account number is [[ID_NUMBER|LP-448201]], and the rep who took the order was [[PERSON|Anneliese]].",
    "Can you turn these call notes into a tidy record card entry? 'Spoke to Mr [[PERSON|Oduya]], wants skin fade + beard, no allergies, prefers [[PERSON|Yusuf]] as barber, email [[EMAIL_ADDRESS|t.oduya@greenmail.co.uk]].'",
    "Work out the tips: Saturday's tip jar had £186. [[PERSON|Lola]] worked 8 hours, [[PERSON|Kit]] 6, and [[PERSON|Margo]] 4. Split it by hours please.",
    "I run a small nail bar in Melbourne. Draft a text to [[PERSON|Bronte]] to say her refill is moved to Friday 4pm; her number is [[PHONE_NUMBER|0491 570 318]].",
    "Is it normal for a supplier to ask for our full card number by email? The message came from '[[PERSON|Holly]] at Glow Wholesale' and asked for [[CREDIT_CARD|4539 2817 6640 9187]] plus the CVV.",
    "Write a thank-you card for [[PERSON|Bernard]], who has had his hair cut here every month for 30 years and is retiring to Spain, and address the envelope to [[PERSON|Bernard Cole]], [[STREET_ADDRESS|5 Seafield Terrace, Portobello, Edinburgh EH15 1EB]].",
    "A client's dermatologist, Dr [[PERSON|Ilse Nakamura]], emailed asking which dye we used on her patient. Draft a reply saying we can share the product and the date of the tint once the client gives written consent.",
    "Fix this text: 'Hiya [[PERSON|Precious]], ur gel mani is booked 4 tomorow at 5, pls dont be late, we have a deposit polciy x [[PERSON|Danni]]'",
    "Plan a week's rota for a barbershop open 9 to 7, six days, with three barbers ([[PERSON|Arjun]], [[PERSON|Matteo]], [[PERSON|Kwame]]) who each want one weekday off and at most 40 hours.",
    "Write a short polite message to Ms [[PERSON|Delacroix-Obi]] saying her deposit of €50 has been refunded to [[IBAN_CODE|FR16 3000 4028 3700 0104 7392 612]] because the studio cancelled.",
    "My tattoo apprentice [[PERSON|Reuben]] keeps leaving the till logged in as [[ID_NUMBER|reuben.t]] with the PIN [[PASSWORD|0619]] on a sticky note. Draft a friendly but firm message about it.",
    "Summarise these review comments for our monthly meeting: 'Loved [[PERSON|Ines]], best brows ever', 'Waited 40 minutes, no apology', '[[PERSON|Chantelle]]'s nail art is unreal', 'Booking system kept crashing'.",
    "Client record card, please reformat into a neat table:\nName: [[PERSON|Teodora Ilić]]\nPhone: [[PHONE_NUMBER|+381 64 218 3390]]\nAllergies: nickel, PPD\nLast visit: foils and toner\nNotes: sensitive scalp",
    "I'm sending the supplier our new delivery address. Is this format right?\nFoil & Fringe Hair\n[[STREET_ADDRESS|Unit 7, Tannery Yard\n22 Mill Street\nGlasgow G40 2HT]]",
    "Write a message to [[PERSON|Olamide]] saying we can't do the cover-up until the old tattoo has fully healed, and that the consultation is free.",
    "Help me respond to this Google review from [[PERSON|Patricia Kealey]]: 'The receptionist was rude and my daughter's ear piercing got infected.' I want to apologise and invite her to call [[PERSON|Marcus]], the studio manager.",
    "Can you translate this patch test aftercare note into Italian for Signora [[PERSON|Benedetti]]? 'If you feel itching or burning in the next 48 hours, wash the area and call us on [[PHONE_NUMBER|020 7946 0664]].'",
    "The mews behind the salon has a gate code, [[PASSWORD|3164]]. Can you write instructions for delivery drivers without the code in them? I'll text it to [[PERSON|Stanislav]] separately.",
    "Split the cost of a group booking: hen party of 7, packages £45 each, the bride ([[PERSON|Keeley]]) goes free, and [[PERSON|Dionne]] already paid a £60 deposit for the group. What does everyone else owe?",
    "Draft a text to Mr [[PERSON|Abernethy]]: his beard oil order is ready to collect and the parcel is under his name at reception.",
    "Read this call log and tell me who needs a callback:\n09:12 [[PERSON|Joy Mensah]] - wants to rebook colour, [[PHONE_NUMBER|07700 900553]]\n10:40 unknown number - hung up\n11:05 [[PERSON|Faisal]] - asked about prices\n12:30 [[PERSON|Joy Mensah]] - called again",
    "I'm [[PERSON|Harriet]], the owner. Our card reader support asked for the merchant login and password. Login is [[ID_NUMBER|glowbar.merchant]] and the password is [[PASSWORD|Sunset#Nails44]]. Write a reply asking them to send a reset link instead.",
    "Write an Instagram caption welcoming our guest artist [[PERSON|Zuri]] to the studio for two weeks only, books open now.",
    "A client named [[PERSON|Clement]] says his consent form was signed by his brother by mistake. What should the studio do before tattooing him next week?",
    "Send a payment reminder to [[PERSON|Honor Blackwood]] for her remaining £120 balance. Bank: [[IBAN_CODE|NL23 RABO 0317 4628 90]], name: Studio Inkwell.",
    "Summarise the supplier call: spoke to [[PERSON|Lorenzo]] at Bellissima Supplies, 10 litres of developer back-ordered, he'll ring on [[PHONE_NUMBER|+39 347 218 5560]] when it ships, our customer number is [[ID_NUMBER|BS-20917]].",
    "Please help me write a staff notice that the till PINs are changing. Everyone's new PIN will be sent privately; mine, for testing, is [[PASSWORD|8152]]. Sign it from [[PERSON|Victor]].",
    "Can you make this chair rental ad clearer? 'Chair free Tues-Sat in busy salon, £120/wk incl. products, contact [[PERSON|Marlon]] on [[PHONE_NUMBER|07700 900290]] or [[EMAIL_ADDRESS|marlon.edwards@hairmail.co.uk]].'",
    "Translate into German: 'Dear Mr [[PERSON|Hofmann]], your nail appointment on Friday was missed. As stated in our policy, the £15 deposit is kept.'",
    "I think someone has been using the salon wifi to get into the booking system. The router admin page is at [[IP_ADDRESS|192.0.2.1]] and the password is still [[PASSWORD|Blossom2020]]. How do I change it?",
    "Help me reply to [[PERSON|Grace Oyelaran]], who asked whether she can bring her 16-year-old for a tattoo if she signs the consent form herself. We only tattoo over-18s.",
    "Voicemail to summarise: 'Hello, this is [[PERSON|Agata Nowicka]], I booked the microblading for the 12th and I've just found out I'm pregnant, so I need to cancel. Can I get my deposit back? My number is [[PHONE_NUMBER|+48 512 384 920]].'",
    "Draft an email to our payroll person with [[PERSON|Imogen]]'s new bank details for her wages: IBAN [[IBAN_CODE|IE95 BOFI 9000 1728 4063 91]], employee number [[ID_NUMBER|EMP-0457]].",
    "What's a fair way to charge a late fee? Last week [[PERSON|Ezra]] was 25 minutes late for a 45-minute colour and [[PERSON|Paloma]] was 10 minutes late for a lash fill.",
    "Please check this address before I post the refund cheque: Mrs [[PERSON|Yvonne Achterberg]], [[STREET_ADDRESS|17 Kestrel Close, Harrogate HG2 8PL]].",
    "Write a text to [[PERSON|Cheng]] to confirm the 3-hour tattoo session on the 19th, deposit received, and remind him not to drink alcohol the night before.",
    "Our Wi-Fi key for the back office is [[PASSWORD|7f3K-q9Lm-22Xe]]. Can you write a note for the cleaner, [[PERSON|Nell]], telling her how to connect her phone but asking her not to share it?",
    "Summarise this complaint e-mail in two lines: 'I came in for a keratin treatment with [[PERSON|Stacey-Ann]] and left with frizzier hair than before. I paid £180. I want a refund. [[PERSON|Beverley Okwu]], [[EMAIL_ADDRESS|beverley.okwu@quickpost.com]]'",
    "Turn these notes into an incident report: Tuesday 3pm, client [[PERSON|Lucian Marchetti]] fainted during a helix piercing, artist [[PERSON|Suki]] gave him water and sat him down, he recovered after 10 minutes and went home with his partner.",
    "Make a supplier order list from this: 6 boxes nitrile gloves, 2 x green soap, 1 case ink caps. Deliver to:\nAttn: [[PERSON|Santiago]]\n[[STREET_ADDRESS|412 Ocean View Blvd\nLong Beach, CA 90802]]",
    "Write a message for [[PERSON|Kristen Hale]]: her salon membership (member no. [[ID_NUMBER|SM-77310]]) includes one free blow-dry a month, and she hasn't used March's yet.",
    "Is this email genuine? 'Dear [[PERSON|Amara]], we noticed an unusual login to your salon booking account from [[IP_ADDRESS|198.51.100.77]]. Click here to confirm your password.' I'm [[PERSON|Amara]] and I didn't log in from anywhere new.",
    "How do I say no nicely? Aunt [[PERSON|Bev]] wants a free full set every week because she's family, and she keeps bringing her friend [[PERSON|Dot]] too.",
    "Could you draft a reply to a client asking for a copy of her record card? Her name is [[PERSON|Mei-Ling Zhou]], client number [[ID_NUMBER|C-10482]], and she wants it emailed to [[EMAIL_ADDRESS|meiling.zhou@fastpost.cn]].",
    "We're a tattoo studio in Toronto. Write a cancellation text for [[PERSON|Declan]], whose Saturday session is off because his artist is sick; his number is [[PHONE_NUMBER|(416) 555-0172]].",
    "Tidy up these minutes: Present: [[PERSON|Oona]], [[PERSON|Big Tel]], [[PERSON|Sanjay]]. Agreed: new patch test forms from Monday, [[PERSON|Big Tel]] to fix the steriliser, [[PERSON|Sanjay]] to ring the landlord about the heating.",
    "Write a reference for our former receptionist, [[PERSON|Faith Muriuki]], who worked here three years and handled bookings, deposits and the till.",
    "My client [[PERSON|Will]] is a nurse and can only come after 7pm. Draft a reply saying we can stay open late on Thursdays for an extra £10.",
    "The studio's shared inbox password is [[PASSWORD|Ink&Needle!808]] and three ex-staff still know it. Write a to-do list for changing it and tell [[PERSON|Pippa]] and [[PERSON|Odhrán]] what they need to do.",
    "Translate into Spanish for our client [[PERSON|Ximena]]: 'Your $40 deposit secures the slot; if you cancel less than 24 hours before, it isn't refunded.'",
    "Help me work out chair rent: [[PERSON|Jolene]] pays 35% commission and her takings in May were £4,200. [[PERSON|Caius]] pays a flat £150 a week. Who paid the salon more in May (4 weeks)?",
    "A man called [[PERSON|Dev Malhotra]] keeps phoning from [[PHONE_NUMBER|07700 900847]] asking for a female client's home address. How do I handle this, and should I tell her?",
    "Write a short bio for our website about our lead colourist, [[PERSON|Anouk]], and mention that she trained in Amsterdam.",
    "Reword this patch test note so it's clearer: 'Pt done 14/5 on [[PERSON|Shanice]] behind ear, no reaction 48h, ok to tint, signed [[PERSON|Marta]].'",
    "Can you check this booking confirmation for mistakes? 'Dear [[PERSON|Penelope Ashworth-Lyle]], your gel extensions are booked for Friday 10.30 at [[STREET_ADDRESS|5 Market Row, Ludlow SY8 1AB]]. Deposit £25 paid.'",
    "I accidentally pasted a client's card number into our group chat: [[CREDIT_CARD|2221 0473 8816 4527]]. What should I do now, and what do I tell [[PERSON|Xavier]], whose card it is?",
    "Write a rota swap request from me to [[PERSON|Lexi]]: I'll take her Sunday if she takes my Wednesday late.",
    "Please make a polite reminder for [[PERSON|Prue]], [[PERSON|Constance]] and [[PERSON|Hal]] that their nail art course deposits (£75 each) are due by Friday.",
    "A client asked us to update her record: name [[PERSON|Noor El Amrani]], new address [[STREET_ADDRESS|Rue des Tanneurs 29, boîte 3, 1000 Bruxelles]], new phone [[PHONE_NUMBER|+32 470 28 91 44]]. Write the confirmation email.",
    "Can you summarise this supplier dispute: we were billed twice for 40 tubes of lash glue, our account login is [[ID_NUMBER|lashloft_orders]], and the rep who promised a credit note was [[PERSON|Benedikt]].",
    "Write a calm reply to [[PERSON|Goldie]], who is upset that her tattoo artist [[PERSON|Rafferty]] posted a photo of her new piece without asking.",
    "Our staff portal API key leaked in a screenshot: [[API_KEY|ak_9b72fe41d0c84a3e8f6]]. Write a short incident note for the owner, [[PERSON|Meredith]].",
    "Plan a wedding morning: the bride [[PERSON|Anjali]] and 4 bridesmaids, each needing hair (45 min) and make-up (40 min), two stylists ([[PERSON|Cora]] and [[PERSON|Ife]]), ceremony at 1pm. When do we start?",
    "Please turn this voicemail into a note for the nail techs: 'It's [[PERSON|Thandiwe]], the client with the nickel allergy, I'm coming in Saturday, please use the titanium tools, call me back on [[PHONE_NUMBER|+27 82 417 6630]].'",
]

# 100 one-person records; the first 40 carry a national id with valid check digits.
RECORDS = [
    "Client record card: Name: [[PERSON|Abigail Thorne]] | NHS no. [[ID_NUMBER|721 394 5815]] | Mobile: [[PHONE_NUMBER|07700 900122]] | Allergy: PPD (patch test positive, March)",
    "Patch test log, 14 May: [[PERSON|Leonard Asante]], NHS number [[ID_NUMBER|403 662 9174]], tested behind the left ear with permanent tint, no reaction at 48 hours.",
    '{"client": "[[PERSON|Farah Siddiqui]]", "nhs_number": "[[ID_NUMBER|556 218 0472]]", "email": "[[EMAIL_ADDRESS|farah.siddiqui@mailbox.co.uk]]", "treatment": "HD brows"}',
    "Staff onboarding, Mumbai branch: [[PERSON|Kavya Raghunathan]], Aadhaar [[ID_NUMBER|3847 2916 0559]], mobile [[PHONE_NUMBER|+91 98201 47365]], role senior stylist.",
    "Chair rental agreement, tenant [[PERSON|Rohan Mehta]] (Aadhaar [[ID_NUMBER|6120 8473 9215]]), residing at [[STREET_ADDRESS|14 Carter Road, Bandra West, Mumbai 400050]].",
    "Nagelstudio De Parel, klantkaart: [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|183746235]], tel. [[PHONE_NUMBER|+31 6 4827 1930]], allergie: acrylaat.",
    "Huurder stoel 2: [[PERSON|Thijs Bakker]] | BSN [[ID_NUMBER|305917481]] | e-mail [[EMAIL_ADDRESS|thijs.bakker@kapsalonpost.nl]] | huur per week 95 euro",
    "Karta klientki: [[PERSON|Zofia Kamińska]], PESEL [[ID_NUMBER|92031517385]], telefon [[PHONE_NUMBER|+48 601 238 447]], test uczuleniowy: negatywny.",
    "Tattoo consent form, Kraków studio: client [[PERSON|Tomasz Zieliński]], PESEL [[ID_NUMBER|85112704620]], over 18 confirmed, signed 2 March.",
    "Cadastro da cliente: [[PERSON|Juliana Alves Rocha]], CPF [[ID_NUMBER|517.238.946-64]], WhatsApp [[PHONE_NUMBER|+55 21 99734-2810]], alisamento marcado para sexta.",
    "estúdio log | 2024-06-11 | tatuador [[PERSON|Caio Menezes]] | CPF [[ID_NUMBER|093.614.782-22]] | aluguel da cadeira pago",
    "Müşteri kartı: [[PERSON|Elif Yıldırım]], T.C. kimlik no [[ID_NUMBER|28461937550]], telefon [[PHONE_NUMBER|+90 532 418 27 63]], kalıcı oje.",
    "Ficha de clienta: [[PERSON|Lucía Romero Gil]], DNI [[ID_NUMBER|52847193R]], correo [[EMAIL_ADDRESS|lucia.romero@correoweb.es]], alergia al látex.",
    "Contrato de alquiler de sillón, arrendataria: [[PERSON|Ana Popescu]], NIE [[ID_NUMBER|Y3826571Y]], domicilio [[STREET_ADDRESS|Calle del Doctor Fourquet 18, 28012 Madrid]].",
    "Asiakaskortti: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240791-583D]], puh. [[PHONE_NUMBER|+358 40 718 2294]], ripsienpidennys.",
    "Scheda cliente: [[PERSON|Sara Ferrante]], codice fiscale [[ID_NUMBER|FRNSRA93D61F839F]], cellulare [[PHONE_NUMBER|+39 333 481 2270]], test allergico negativo.",
    "会员登记：[[PERSON|王丽娜]]，身份证号 [[ID_NUMBER|110105198806143721]]，手机 [[PHONE_NUMBER|138 1047 2956]]，美甲套餐 十次。",
    "Singapore nail salon member: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|T0284715E]], mobile [[PHONE_NUMBER|+65 9183 4720]], package of 10 manicures.",
    "고객 카드: [[PERSON|박서연]], 주민등록번호 [[ID_NUMBER|950823-2148370]], 연락처 [[PHONE_NUMBER|010-5829-3316]], 속눈썹 연장 예약.",
    "Contractor record, Bondi salon: [[PERSON|Jasmine Kaur]], TFN [[ID_NUMBER|482 915 764]], mobile [[PHONE_NUMBER|0491 570 652]], ABN on file.",
    "Incident note: client [[PERSON|Harriet Nguyen]] felt faint after a leg wax; Medicare number [[ID_NUMBER|4718 2936 81]] recorded for the first-aid report.",
    "スタッフ登録 氏名: [[PERSON|高橋 健太]] マイナンバー: [[ID_NUMBER|5831 4629 0715]] 電話: [[PHONE_NUMBER|080-3816-4402]]",
    "Payroll card, Dublin salon: [[PERSON|Niamh Gallagher]], PPS [[ID_NUMBER|8273914GA]], employee no. [[ID_NUMBER|DUB-0193]], stylist.",
    "Fiche cliente : [[PERSON|Camille Girard]], n° de sécurité sociale [[ID_NUMBER|2 91 07 75 118 042 34]], tél. [[PHONE_NUMBER|06 39 98 52 16]], réaction au test : aucune.",
    "Huurovereenkomst stoel, huurder: [[PERSON|Lotte Claes]], rijksregisternummer [[ID_NUMBER|85.07.30-274.78]], adres [[STREET_ADDRESS|Vlaanderenstraat 61, 9000 Gent]].",
    "Kundekort: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|120588 47354]], mobil [[PHONE_NUMBER|+47 412 83 906]], hennafarge på bryn.",
    "Ficha de cliente: [[PERSON|Beatriz Carvalho]], NIF [[ID_NUMBER|238415961]], telemóvel [[PHONE_NUMBER|+351 912 473 058]], depilação a laser.",
    "Fișă clientă: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2950417410234]], telefon [[PHONE_NUMBER|+40 722 384 916]], vopsit și coafat.",
    "Ficha tatuaje, Santiago: cliente [[PERSON|Matías Fuentes]], RUT [[ID_NUMBER|16.482.375-K]], correo [[EMAIL_ADDRESS|matias.fuentes@correo-mail.cl]], consentimiento firmado.",
    "Kliendikaart: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49203150273]], tel [[PHONE_NUMBER|+372 5384 2217]], geelküüned.",
    "Viðskiptavinur: [[PERSON|Sigrún Jónsdóttir]], kennitala [[ID_NUMBER|150392-2769]], sími [[PHONE_NUMBER|+354 862 4419]], augnháralenging.",
    "Karta klientky: [[PERSON|Tereza Nováková]], rodné číslo [[ID_NUMBER|935214/2734]], telefon [[PHONE_NUMBER|+420 603 418 275]], gelové nehty.",
    "Картка клієнтки: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3184726597]], телефон [[PHONE_NUMBER|+380 67 482 9153]], манікюр.",
    "Stuhlmieterin: [[PERSON|Lena Hoffmann]], Steuer-ID [[ID_NUMBER|48172936501]], Telefon [[PHONE_NUMBER|030 23125 874]], Mietbeginn 1. April.",
    "Client record, Auckland barber: [[PERSON|Tama Ngata]], NHI [[ID_NUMBER|ZKM4829]], mobile [[PHONE_NUMBER|+64 21 384 7726]].",
    "Kundkort: [[PERSON|Elsa Lindqvist]], personnummer [[ID_NUMBER|930412-3186]], mobil [[PHONE_NUMBER|+46 70 382 64 19]], fransförlängning.",
    "Booth renter T4A slip, Vancouver: [[PERSON|Priya Chandrasekar]], SIN [[ID_NUMBER|592 418 370]], mailing address [[STREET_ADDRESS|1180 Commercial Dr, Vancouver, BC V5L 3X3]].",
    "כרטיס לקוחה: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|038417267]], טלפון [[PHONE_NUMBER|052-483-9176]], הסרת שיער.",
    "Καρτέλα πελάτισσας: [[PERSON|Ελένη Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|15038812747]], κινητό [[PHONE_NUMBER|+30 694 718 2035]].",
    "Salon staff file, Cape Town: [[PERSON|Lindiwe Dlamini]], ID number [[ID_NUMBER|9307215127085]], cell [[PHONE_NUMBER|+27 72 581 4406]].",
    # without a national id
    "Booking 4471, client [[PERSON|Marcus Whitfield]], tel [[PHONE_NUMBER|020 7946 0932]], deposit £30 paid, no-show flagged.",
    "[[PERSON|Whitney Okafor]], 34, is a mobile nail technician based at [[STREET_ADDRESS|9 Ferndale Avenue, Cardiff CF14 3LP]], reachable at [[EMAIL_ADDRESS|whitney.okafor@nailpost.co.uk]].",
    "name,phone,email,last_service\n[[PERSON|Declan Moriarty]],[[PHONE_NUMBER|07700 900451]],[[EMAIL_ADDRESS|declan.moriarty@mailhub.ie]],skin fade",
    "[2024-03-08 09:14:22] till login ok: staff [[PERSON|Carla Mendes]], user [[ID_NUMBER|carla.mendes]], from [[IP_ADDRESS|203.0.113.19]], terminal till-2",
    '{"name": "[[PERSON|Oliver Brandt]]", "card": "[[CREDIT_CARD|4716 0395 2284 6133]]", "deposit": 50, "service": "cover-up consultation"}',
    "Ms [[PERSON|Jade Castellano]] booked a lash lift for 3 June; the deposit was taken from card [[CREDIT_CARD|4485 7720 1936 0544]].",
    "Stuhlmieter-Register | [[PERSON|Kwabena Owusu]] | Stuhl 4 | Miete 160 € pro Woche | IBAN [[IBAN_CODE|DE44 1002 0500 0038 4417 26]]",
    "Mrs [[PERSON|H. Kowalczyk]]\n[[STREET_ADDRESS|51 Brook Lane\nStockport SK4 2DN]]\n\nDear Mrs [[PERSON|Kowalczyk]], thank you for telling us about your pedicure. We have refunded £35 to your card and hope to see you again.",
    "Employee: [[PERSON|Samir Haddad]]; employee no. [[ID_NUMBER|00384]]; till login [[ID_NUMBER|shaddad]]; till PIN [[PASSWORD|7720]].",
    "Patch test consent: I, [[PERSON|Hannah Leigh Morrison]], confirm the test was applied on 6 June. Contact: [[PHONE_NUMBER|07700 900728]].",
    "Membership renewal: [[PERSON|Rosalind Achebe]], member no. [[ID_NUMBER|GLOW-55218]], card [[CREDIT_CARD|5412 9903 6627 1842]], renews monthly.",
    "[[PERSON|Nguyễn Thị Lan]], khách hàng tiệm nail, điện thoại [[PHONE_NUMBER|090 318 4726]], địa chỉ [[STREET_ADDRESS|45 Lê Lợi, Quận 1, TP. Hồ Chí Minh]].",
    "Tattoo aftercare follow-up sent to [[PERSON|Jerome Baptiste]] at [[EMAIL_ADDRESS|jerome.baptiste@inkmail.com]] on day 3.",
    "SSN on file for booth renter [[PERSON|Delia Marquez]]: [[US_SSN|527-41-8830]]; W-9 received; mailing address [[STREET_ADDRESS|614 Pecan St, San Antonio, TX 78205]].",
    "Client: [[PERSON|Yaw Boateng]] | Phone: [[PHONE_NUMBER|(312) 555-0148]] | Service: loc retwist | No-shows: 2 | Deposit required: yes",
    "[[PERSON|Freya Lindgren]]'s salon booking account was created with the username [[ID_NUMBER|freya_l]] and the password [[PASSWORD|Mossgreen!21]].",
    "Hairdresser profile. Name: [[PERSON|Ciarán Ó Súilleabháin]]; Salon: Clipper Row; Phone: [[PHONE_NUMBER|087 552 1904]]; Email: [[EMAIL_ADDRESS|ciaran.os@clippermail.ie]]",
    "Kundin: [[PERSON|Mariam Haidari]], Adresse: [[STREET_ADDRESS|Königsallee 12, 40212 Düsseldorf]], E-Mail: [[EMAIL_ADDRESS|m.haidari@postfach-mail.de]], Termin: Wimpernlifting.",
    "Refund issued to [[PERSON|Paolo Greco]] via IBAN [[IBAN_CODE|IT95 X030 6909 6060 0001 8354 729]] after the studio cancelled his session.",
    "Cliente: [[PERSON|Inês Marques]], IBAN [[IBAN_CODE|PT46 0035 0651 0002 7348 9156 2]], sinal de 20 € devolvido.",
    "Najemca fotela: [[PERSON|Kacper Lewandowski]], rachunek [[IBAN_CODE|PL63 1090 1014 0000 0712 3849 5620]], e-mail [[EMAIL_ADDRESS|kacper.lew@pocztamail.pl]].",
    "Remboursement de l'acompte à Mme [[PERSON|Aurélie Dubois]], IBAN [[IBAN_CODE|BE52 0635 4891 2746]], suite à l'annulation par le salon.",
    "Kundin [[PERSON|Sophie Gruber]] hat die Anzahlung per IBAN [[IBAN_CODE|AT13 1200 0520 6411 8275]] überwiesen; Telefon [[PHONE_NUMBER|+43 664 382 9175]].",
    "Cita cancelada: [[PERSON|Valentina Ortiz]], teléfono [[PHONE_NUMBER|+34 612 384 905]], señal de 15 € retenida por no presentarse.",
    "2024-05-02 18:41 booking-api key=[[API_KEY|bk_test_Zm3r8QwT2yLp6XvN]] owner=[[PERSON|Daniela Pruitt]] action=export_clients",
    "New client form. Full name: [[PERSON|Olusegun Adewale]]. Email: [[EMAIL_ADDRESS|segun.adewale@mailbox.ng]]. Phone: [[PHONE_NUMBER|+234 803 418 2276]]. Preferred barber: any.",
    "Alarm code holders: [[PERSON|Bridget Fallon]], code [[PASSWORD|4491]], keyholder since 2019.",
    "Client card: [[PERSON|Hamid Rezaei]], phone [[PHONE_NUMBER|07700 900579]], note: reaction to PPD in 2022, no tint.",
    "Tattoo client [[PERSON|Lorraine McAllister]], of [[STREET_ADDRESS|3/2, 47 Gardner Street, Glasgow G11 5DA]], signed the consent form on 12 March.",
    '{"staff": "[[PERSON|Yuki Tanabe]]", "wifi_key": "[[PASSWORD|kumo-Nail-5581]]", "locker_code": "[[PASSWORD|3307]]", "shift": "late"}',
    "[[PERSON|Priscilla Danso]] has been a client since 2016; she can be contacted on [[PHONE_NUMBER|01632 960744]] or at [[EMAIL_ADDRESS|priscilla.danso@homemail.co.uk]].",
    "Salon wifi handover: network ClipJoint-Staff, key [[PASSWORD|TrimTheHedge#62]], set up by [[PERSON|Callum Reid]].",
    "The nail technician [[PERSON|Esperanza Villalobos]] lives at [[STREET_ADDRESS|Calle Durango 214, Col. Roma Norte, 06700 Ciudad de México]], and her phone is [[PHONE_NUMBER|+52 55 4183 2906]].",
    "Deposit receipt: received from [[PERSON|Lars Eriksen]] the sum of 500 kr by card [[CREDIT_CARD|6011 4829 3376 1052]] for a half-sleeve session.",
    "Complaint logged by [[PERSON|Gwendolyn Price]], [[STREET_ADDRESS|74 Orchard Way, Taunton TA1 3EZ]]; phone [[PHONE_NUMBER|07700 900803]]; issue: burnt scalp after bleach.",
    "User account: [[ID_NUMBER|tobias.wren]] | Name: [[PERSON|Tobias Wren]] | Role: receptionist | Last login IP: [[IP_ADDRESS|198.51.100.142]]",
    "Sehr geehrte Frau [[PERSON|Albrecht]], Ihr Termin zur Haarverlängerung am Freitag ist bestätigt. Rückfragen gern unter [[PHONE_NUMBER|030 23125 417]].",
    "[[PERSON|Ravi Subramanian]], 41, owns a barbershop and signs in to the booking system as [[ID_NUMBER|ravi.s.cuts]] with the PIN [[PASSWORD|3058]].",
    "Lash tech [[PERSON|Mirela Hadžić]], tel. [[PHONE_NUMBER|+387 61 482 375]], adresa [[STREET_ADDRESS|Ferhadija 19, 71000 Sarajevo]].",
    "Supplier account holder: [[PERSON|Ottilie Brandreth]], account no. [[ID_NUMBER|00418723]], deliveries to [[STREET_ADDRESS|6 Quay Street, Truro TR1 2HE]].",
    "Client [[PERSON|Benedict Ashdown]] prefers contact by email at [[EMAIL_ADDRESS|ben.ashdown@postroom.co.uk]] and has paid a £60 deposit for a beard sculpt.",
    "Chair rental invoice to [[PERSON|Rhiannon Pryce]], [[STREET_ADDRESS|12 Heol y Felin, Aberystwyth SY23 1LN]], card on file [[CREDIT_CARD|4658 2103 9947 7126]].",
    "Consent form signed by [[PERSON|Ayumi Kobayashi]], passport [[ID_NUMBER|TK4829173]], for a fine-line wrist tattoo.",
    "Booking note | [[PERSON|Delphine Arsenault]] | [[PHONE_NUMBER|(514) 555-0193]] | balayage | deposit $50 | patch test done",
    "Driving licence [[ID_NUMBER|WOODS857217JA9QX]] shown by [[PERSON|Jessamine Woods]] as proof of age before a tattoo.",
    "Mrs [[PERSON|Philippa Gault]], [[STREET_ADDRESS|2 The Paddock, Little Shelford, Cambridge CB22 5EZ]]: record card updated with a new allergy (lanolin).",
    "Salon manager [[PERSON|Oksana Melnyk]], staff login [[ID_NUMBER|o.melnyk]], password [[PASSWORD|Cherry_Blossom_77]].",
    "Call log 11:32: [[PERSON|Kwame Asamoah]] rang from [[PHONE_NUMBER|020 7946 0558]] to complain about a patchy spray tan; callback promised.",
    "Member: [[PERSON|Ebony Charles]] / member ID [[ID_NUMBER|BRW-10377]] / email [[EMAIL_ADDRESS|ebony.charles@fastpost.com]] / brow wax every 4 weeks",
    "Dear Mr [[PERSON|Zoltán Farkas]], as you missed two booked sessions your £100 deposit is forfeited. A copy of this letter has been posted to [[STREET_ADDRESS|Rákóczi út 18, 1088 Budapest]].",
    "student_id,name,course,phone\n[[ID_NUMBER|BT-2291]],[[PERSON|Chiamaka Eze]],lash extensions level 3,[[PHONE_NUMBER|07700 900667]]",
    "[[PERSON|Aroha Tipene]], Rotorua: nail salon owner, mobile [[PHONE_NUMBER|+64 27 518 3390]], email [[EMAIL_ADDRESS|aroha@nailsbyaroha.co.nz]].",
    "[[PERSON|Kenji Watanabe]] tipped the barber and asked for the receipt to be sent to [[EMAIL_ADDRESS|kenji.w@mailbox.jp]].",
    "2024-04-19T10:02:11Z door-access staff=[[PERSON|Mateus Lima]] code=[[PASSWORD|6182]] result=granted",
    "Stylist [[PERSON|Zainab Yusuf]]'s SSN is [[US_SSN|318-52-7046]] according to the booth rental paperwork.",
    "Client [[PERSON|Théo Marchand]], [[STREET_ADDRESS|8 rue Sainte-Catherine, 33000 Bordeaux]], tél. [[PHONE_NUMBER|+33 6 39 98 27 61]].",
    "Welcome letter: Dear [[PERSON|Ngozi]], your apprenticeship starts on Monday. Your staff room door code is [[PASSWORD|9024]]. Best wishes, the Studio",
    "[[PERSON|Wynona Redcloud]], booth renter, [[PHONE_NUMBER|(505) 555-0127]], [[EMAIL_ADDRESS|wynona.redcloud@mesamail.com]], Santa Fe",
    "Gift voucher bought by [[PERSON|Hollis Pemberton]], paid with card [[CREDIT_CARD|5179 6420 3318 8601]], to be posted to [[STREET_ADDRESS|27 Beacon Hill Road, Newport PO30 1ZB]].",
    "Kunde [[PERSON|Florian Weiß]], Telefon [[PHONE_NUMBER|+49 30 23125 906]], Kundennummer [[ID_NUMBER|K-30841]], Haarschnitt und Bart.",
]

# 25 MT-Bench and Vicuna-style prompts; historical and fictional people are not personal data.
CLEAN_PROMPTS = [
    "Write a persuasive blog post for a small hair salon explaining why a patch test matters before every permanent colour service.",
    "Imagine you are Sherlock Holmes examining a head of badly over-bleached hair. Describe, in character, what you deduce about how it happened.",
    "Compose a sequence of three haiku about a tattoo needle, the ink, and the skin healing over two weeks.",
    "Explain the history of the permanent wave, from Karl Nessler's early heated machine to modern cold perms, in under 300 words.",
    "You are a customer-service trainer. Role-play a receptionist handling an angry walk-in who was turned away because every stylist was fully booked.",
    "Compare commission-based salons and chair-rental salons in a table, with the pros and cons of each for the stylist.",
    "Write a short story in which Cleopatra visits a modern nail bar and asks for a manicure fit for a queen.",
    "Write a Python function that takes a list of appointment start and end times and returns every pair of overlapping bookings.",
    "What should a tattoo studio consider when choosing a location for a new shop? Give a numbered list with a sentence on each.",
    "Extract the product names and quantities from this order note as JSON: '3 bottles of 20 vol developer, 2 tubs of lightening powder, 1 box of foil, 6 toners.'",
    "Rewrite this sentence so it sounds professional: 'we dont do refunds on deposits if u no show, sorry not sorry.'",
    "How did Madam C. J. Walker build her hair-care business in the early twentieth century, and what can salon owners learn from her today?",
    "Write a limerick about a barber who is secretly afraid of clippers.",
    "Suggest five names for a tattoo studio with a botanical theme, each with a one-line explanation.",
    "Explain to a ten-year-old why a hairdresser asks you to wait 48 hours after a skin allergy test before dyeing your hair.",
    "Design a simple loyalty scheme for a nail salon that rewards regular visits without discounting too heavily.",
    "In the voice of Jane Austen's Emma Woodhouse, advise a friend on choosing a new hairstyle for a ball.",
    "List the steps a salon should take to set up a guest wifi network that keeps the till and booking systems safe.",
    "Write a SQL query that counts no-shows per month from a table bookings(id, client_id, start_time, status).",
    "Which is more sustainable for a salon, disposable towels or laundered cotton ones? Argue both sides briefly and give a verdict.",
    "Describe a typical day for a tattoo apprentice in the style of a wildlife documentary narrator.",
    "Create a one-week social media content plan for a brow and lash studio launching a new lamination service.",
    "What were the main hairstyles of ancient Egypt, and how were wigs made and cared for?",
    "Summarise the main arguments for and against requiring a licence to work as a tattoo artist.",
    "Write a short comic dialogue between Sweeney Todd and a modern health-and-safety inspector visiting his barbershop.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya runs a nail salon. She charges $35 for a gel manicure and $50 for a pedicure. On Saturday she did 9 gel manicures and 6 pedicures. How much did she earn?",
    "A hair salon takes a £20 deposit for every colour booking. In one week 48 colour appointments were booked and 1 in 8 clients did not show up. How much deposit money did the salon keep from no-shows?",
    "Leo rents a chair for $180 a week. He cuts 30 clients a week at $28 each. How much does he keep each week after paying the rent?",
    "A tattoo artist charges $120 per hour. Priya's sleeve needs 14 hours over 4 sessions, and she paid a $200 deposit. How much does she still owe?",
    "A bottle of developer holds 1,000 ml and each colour uses 60 ml. How many full colours can Sam mix from 3 bottles?",
    "Ava's salon books appointments every 45 minutes starting at 9:00, and the last one must start by 16:15. How many appointments can one stylist take in a day?",
    "Noah orders 12 boxes of gloves at $8.50 each and 5 tubs of wax at $14 each. Shipping costs $9. What is the total bill?",
    "A lash technician needs 90 minutes for a full set and 45 minutes for a refill. Zara works 7 hours and does 2 full sets. How many refills can she fit in?",
    "Three stylists share a tip jar of $252 in the ratio 3:2:2. How much does Omar, who gets the largest share, receive?",
    "A salon had 160 bookings in March. 15% were cancelled and 5% were no-shows. How many appointments went ahead?",
    "Ella buys nail polish at $4 a bottle and one bottle lasts 12 manicures. How much does the polish cost per manicure, to the nearest cent?",
    "Jonah's barbershop is open 6 days a week. He cuts 22 heads a day on the five weekdays and 35 on Saturday. How many cuts does he do in a week?",
    "A patch test must be done at least 48 hours before a tint. Lucy's test was at 10:00 on Monday. What is the earliest day and time she can have her tint?",
    "Mia sold 37 gift vouchers worth $50 each, and 8 were never redeemed. How much money is held in unredeemed vouchers?",
    "A tattoo studio's ink costs $18 a bottle and each bottle lasts about 25 small tattoos. If the studio does 150 small tattoos in a month, how much does it spend on ink?",
    "Hugo pays his receptionist $14 an hour for 32 hours a week. How much does he pay her over 4 weeks?",
    "A hairdresser places 2 foils a minute. A full head needs 84 foils and then 35 minutes of processing. How long does the whole service take in minutes?",
    "Isla raised the price of a cut from $40 to $46. What is the percentage increase?",
    "Ben rents out 5 chairs at $150 a week each and pays $2,100 a month for the whole salon. Over a 4-week month, how much profit does he make from chair rent?",
    "A wax pot holds 800 g. A leg wax uses 40 g and a brow wax 5 g. After 12 leg waxes, how many brow waxes can be done with what is left?",
    "Ruby has 3 hours to paint nails at an event. Each design takes 12 minutes and she takes one 15-minute break. How many clients can she finish?",
    "A client pays a £30 deposit on a £115 colour and tips 10% of the full price on the day. How much does she pay on the day?",
    "Felix's studio sees 8 walk-ins a day, 5 days a week. Half get piercings at $35 and the rest get small tattoos at $80. What are the weekly takings?",
    "A salon's wifi costs $45 a month and its booking software $60 a month. How much do they cost together in a year?",
    "Nina bought 4 packs of lash trays at $22 each and got a 15% trade discount. How much did she pay?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Into which layer of the skin does a tattoo needle deposit ink?\nA. Epidermis\nB. Dermis\nC. Hypodermis\nD. Stratum corneum",
    "PPD, a common cause of allergic reactions to hair dye, stands for:\nA. Para-phenylenediamine\nB. Polypropylene diol\nC. Phenyl peroxide dimer\nD. Potassium phosphate dibasic",
    "A skin allergy test for permanent hair colour is normally checked after:\nA. 5 minutes\nB. 1 hour\nC. 48 hours\nD. 2 weeks",
    "Which of the following is made mostly of keratin?\nA. Sebaceous gland\nB. Hair shaft\nC. Sweat pore\nD. Melanocyte",
    "In accounting, a non-refundable deposit kept by a salon after a no-show is best recorded as:\nA. A liability\nB. Revenue\nC. An asset purchase\nD. Share capital",
    "Which pH is closest to that of a typical acid-balanced shampoo?\nA. 2\nB. 5.5\nC. 9\nD. 12",
    "Autoclaves sterilise instruments mainly by means of:\nA. Ultraviolet light\nB. Pressurised steam\nC. Alcohol vapour\nD. Freezing",
    "Hydrogen peroxide at 6% is commonly labelled as:\nA. 10 volume\nB. 20 volume\nC. 30 volume\nD. 40 volume",
    "Under a chair-rental arrangement, the stylist is usually:\nA. An employee on the payroll\nB. A self-employed renter\nC. A shareholder\nD. A volunteer",
    "Which fungus most commonly causes nail infections (onychomycosis)?\nA. Trichophyton rubrum\nB. Penicillium notatum\nC. Saccharomyces cerevisiae\nD. Aspergillus niger",
    "A salon keeps its guest wifi separate from its card terminal network mainly to:\nA. Increase download speed\nB. Limit access to payment systems\nC. Reduce electricity use\nD. Improve phone signal",
    "The active growth phase of the hair cycle is called:\nA. Catagen\nB. Telogen\nC. Anagen\nD. Exogen",
    "Which of these is a blood-borne virus relevant to tattoo hygiene?\nA. Hepatitis B\nB. Influenza\nC. Rhinovirus\nD. Norovirus",
    "A salon's fixed costs are $6,000 a month and each service contributes $40 after variable costs. The break-even number of services a month is:\nA. 100\nB. 120\nC. 150\nD. 240",
    "Which pigment gives hair a red-yellow tone?\nA. Eumelanin\nB. Pheomelanin\nC. Carotene\nD. Haemoglobin",
    "Allergic contact dermatitis from acrylic nail products is most often caused by:\nA. Methacrylate monomers\nB. Calcium carbonate\nC. Sodium chloride\nD. Glycerin",
    "Two-factor login to a booking system combines a password with:\nA. A second password\nB. A one-time code from a device\nC. The username\nD. The shop's postcode",
    "Which condition is a reason not to wax over the affected area?\nA. Freckles\nB. Sunburn\nC. Dry elbows\nD. Fine vellus hair",
    "The cuticle is the outermost layer of the:\nA. Hair shaft\nB. Dermis\nC. Sebaceous gland\nD. Tooth root",
    "In a town with many barbers, the price elasticity of demand for one barber's haircuts is likely to be:\nA. Perfectly inelastic\nB. Relatively elastic\nC. Zero\nD. Undefined",
    "Which cells in the skin produce melanin?\nA. Keratinocytes\nB. Melanocytes\nC. Fibroblasts\nD. Adipocytes",
    "In a phishing e-mail sent to a salon, which is the strongest warning sign?\nA. The salon's name is spelt correctly\nB. A request to confirm a password through a link\nC. A plain-text layout\nD. A sending time within opening hours",
    "The colouring molecule in henna is:\nA. Lawsone\nB. Indigo\nC. Curcumin\nD. Chlorophyll",
    "Which small muscle raises a hair and causes goosebumps?\nA. Orbicularis oculi\nB. Arrector pili\nC. Platysma\nD. Masseter",
    "A deposit policy shown clearly at the time of booking mainly helps a salon reduce:\nA. Product costs\nB. No-shows\nC. Staff training time\nD. Rent",
]

# 25 health questions that name no one.
CLEAN_HEALTH = [
    "How long should I wait after a positive patch test before trying a different brand of hair dye?",
    "Is it safe to get a tattoo while I'm taking blood thinners?",
    "What are the signs that a new piercing is infected rather than just healing?",
    "Can hair bleach cause chemical burns on the scalp, and what should I do if it stings badly during the service?",
    "I'm pregnant. Is it safe to have my hair coloured or get gel nails?",
    "What does an allergic reaction to PPD in hair dye look like, and how quickly does it appear?",
    "Why do my nails feel thin and sore after acrylics are removed, and how long until they recover?",
    "Is a black henna tattoo from a beach stall dangerous?",
    "How soon can I go swimming after getting a tattoo?",
    "How can I tell a reaction to eyelash extension glue from an eye infection?",
    "Should I see a doctor about a green patch under my nail after a gel manicure?",
    "Is it safe to use retinol cream in the days before a facial wax?",
    "How can I tell whether a tattoo studio sterilises its equipment properly?",
    "What causes ingrown hairs after waxing, and how can I prevent them?",
    "Can people with diabetes safely have pedicures at a salon?",
    "Is laser tattoo removal painful, and how many sessions does it usually take?",
    "Are the UV lamps used to cure gel nails a skin cancer risk?",
    "What should I do if hair dye gets in my eye?",
    "Is microblading safe if I tend to form keloid scars?",
    "How long after a spray tan should I wait before exercising?",
    "Can tight braids or hair extensions cause hair loss over time?",
    "What are the risks of getting a tattoo over a mole?",
    "Is it normal for a new tattoo to peel and itch, and when should I worry?",
    "Can salon shampoos make eczema on the scalp flare up, and which ingredients should I avoid?",
    "Is it safe to have eyelash extensions during chemotherapy?",
]

NATIONAL_IDS = {
    "721 394 5815": nhs_ok,  # NHS number
    "403 662 9174": nhs_ok,
    "556 218 0472": nhs_ok,
    "3847 2916 0559": aadhaar_ok,  # Indian Aadhaar
    "6120 8473 9215": aadhaar_ok,
    "183746235": bsn_ok,  # Dutch BSN
    "305917481": bsn_ok,
    "92031517385": pesel_ok,  # Polish PESEL
    "85112704620": pesel_ok,
    "517.238.946-64": cpf_ok,  # Brazilian CPF
    "093.614.782-22": cpf_ok,
    "28461937550": kimlik_ok,  # Turkish kimlik
    "52847193R": dni_ok,  # Spanish DNI
    "Y3826571Y": dni_ok,  # Spanish NIE
    "240791-583D": hetu_ok,  # Finnish henkilötunnus
    "FRNSRA93D61F839F": codice_fiscale_ok,  # Italian codice fiscale
    "110105198806143721": china_id_ok,  # Chinese resident identity number
    "T0284715E": nric_ok,  # Singapore NRIC
    "950823-2148370": rrn_ok,  # Korean resident registration number
    "482 915 764": tfn_ok,  # Australian tax file number
    "4718 2936 81": medicare_ok,  # Australian Medicare card
    "5831 4629 0715": my_number_ok,  # Japanese My Number
    "8273914GA": pps_ok,  # Irish PPS number
    "2 91 07 75 118 042 34": nir_ok,  # French NIR
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "120588 47354": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238415961": nif_ok,  # Portuguese NIF
    "2950417410234": cnp_ok,  # Romanian CNP
    "16.482.375-K": rut_ok,  # Chilean RUT
    "49203150273": isikukood_ok,  # Estonian isikukood
    "150392-2769": kennitala_ok,  # Icelandic kennitala
    "935214/2734": rodne_cislo_ok,  # Czech rodné číslo
    "3184726597": rnokpp_ok,  # Ukrainian RNOKPP
    "48172936501": steuer_id_ok,  # German Steuer-ID
    "ZKM4829": nhi_ok,  # New Zealand NHI
    "930412-3186": luhn_len(10),  # Swedish personnummer
    "592 418 370": luhn_len(9),  # Canadian SIN
    "038417267": luhn_len(9),  # Israeli teudat zehut
    "15038812747": luhn_len(11),  # Greek AMKA
    "9307215127085": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama area code
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"08[35679] \d{3} \d{4}",  # Ireland mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"05\d-\d{3}-\d{4}",  # Israel mobile
        r"09\d \d{3} \d{4}",  # Vietnam mobile
        r"\+(27|30|31|32|34|39|40|43|46|47|48|52|55|64|65|90|91|234|351|354|358|372|380|381|387|420) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people, hold secrets and every entity type; each record
    names one person (a letter may give the name twice) with 1 to 4 other values, and 35
    to 45 records carry a national id."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        names = [s["value"] for s in spans if s["type"] == "PERSON"]
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        longest = max(names, key=len, default="")
        if not names or any(not set(n.split()) <= set(longest.split()) for n in names):
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
        if not 1 <= len(others) <= 4:
            raise SystemExit(f"records: {len(others)} other values in {marked[:60]!r}")
        with_id += any(value in NATIONAL_IDS for _, value in others)
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")


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
    check_counts("records", RECORDS, RECORD_WORDS, (2, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind144", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
