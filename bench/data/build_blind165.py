# ruff: noqa: E501
"""A hundred-and-sixty-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on amateur theatre, film and TV extras, casting and performing-arts admin (cast lists,
call sheets, rehearsal rotas, agents, chaperones for child actors, costume fittings,
ticketing, box office, fees).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the shape of two earlier builders,
never the detector, its rules, docs, tests or the other sets' texts. Every text is typed by
hand with inline ``[[TYPE|value]]`` marks (no faker, no template filling):

* 120 chat requests (3 to 95 words) a user pastes into an assistant at work or at
  home: the first 30 typed all in lower case, the next 6 in Spanish, German, Polish,
  Japanese, Turkish and Italian, the other 84 in English. Most name someone, many with no
  cue word (rotas, cast lists, phone trees, "X and Y", greetings, sign-offs, names that are
  ordinary words), in many origins and scripts; 21 hold a password, PIN, door or alarm
  code, wifi key or 2FA code, 3 an API key or token; phones with and without separators,
  e-mails, addresses of several countries, account and member numbers, a card, an IBAN,
  an SSN, an IP address and dates of birth next to names;
* 100 one-person records (forms, CSV and JSON rows, letters, log lines, contact cards) in
  English and 32 other languages, 40 of them with a check-digit-valid national id of 33
  kinds.

Usernames and logins, account, member, union, registration, volunteer and badge numbers,
passports and national ids are ID_NUMBER; PINs, door, safe and alarm codes, wifi keys, 2FA
codes and passwords PASSWORD; API keys, tokens and webhook secrets API_KEY; titles stay
outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed; public and fictional figures, companies, booking, order and
sale numbers and dates of birth are not labelled; every occurrence of a private value is
marked. The 100 clean texts name no private person: 25 MT-Bench/Vicuna-style prompts
(famous and fictional people only), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one.

All values are invented: phones from ranges kept for fiction where the country has one
and in the country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; the SSN with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind165.py`` from the repository root; the output
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

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # typed all in lower case
    "can you turn this into a rehearsal rota table: [[PERSON|tomasz wiśniewski]] mon & wed, [[PERSON|ngozi adebayo]] tue, [[PERSON|hamish reid]] and [[PERSON|priya chandran]] thu, full company sat 10-4",
    "text [[PERSON|rose]] [[PHONE_NUMBER|07700900417]]",
    "hi, i'm stage managing our village panto and need a call sheet for saturday. cast: [[PERSON|dot pemberton]] (dame), [[PERSON|kwame asante]] (buttons), [[PERSON|sky hollis]] (cinderella), [[PERSON|bill ferris]] (baron hardup). all in by 12:30, costume at 1. can you lay it out as a table?",
    "my daughter [[PERSON|amara okoye]] (dob 14/03/2013) got a recall for the kids ensemble in a touring musical. the agent wants her chaperone licence details. what even is a chaperone licence and who issues it in england?",
    "the box office laptop password is [[PASSWORD|curtainup!77]] and the till pin is [[PASSWORD|4093]], can you write a short handover note for [[PERSON|gareth lloyd]] who's doing front of house on friday",
    "please tidy this up into one line: [[PERSON|haruto sato]]   [[EMAIL_ADDRESS|haruto.sato.acts@fastmail.jp]]   [[PHONE_NUMBER|090-3381-4720]]   extra, available 12-16 june",
    "whats a fair fee for a background artist on a 10 hour day in the uk? my mate [[PERSON|darren costello]] got offered £95 and thinks its low",
    "write a polite email to [[PERSON|yusuf demir]] saying we cant cast him as macbeth this time but we'd love him as banquo",
    "wifi for the rehearsal hall is [[PASSWORD|stmarks-hall-2291]], network name stmarks_guest. make a little sign for the noticeboard with that and 'rehearsals start 7pm sharp'",
    "our treasurer [[PERSON|eleni papadopoulou]] needs to pay the lighting hire before the tech. sort code 20-45-77, account [[ID_NUMBER|53019284]]. write her a quick reminder text",
    "[[PERSON|min-jun park]] and [[PERSON|jia hui tan]] both dropped out of the chorus. reshuffle the harmony list so the altos still have four: [[PERSON|grace oduya]], [[PERSON|lerato mokoena]], [[PERSON|ffion hughes]], [[PERSON|sadia rahman]], [[PERSON|beth kowalczyk]]",
    "door code for the scene dock is [[PASSWORD|7184]], dont share it outside crew pls. also remind [[PERSON|ollie brennan]] to lock up after the get-out",
    "my agent [[PERSON|fenella marsh]] ([[EMAIL_ADDRESS|fenella@marshcasting.co.uk]]) hasn't paid me for the advert shoot in march. how do i chase it without burning the bridge?",
    "[[PERSON|will]] [[PHONE_NUMBER|07700900582]]\n[[PERSON|summer]] [[PHONE_NUMBER|07700900236]]\n[[PERSON|hunter]] [[PHONE_NUMBER|07700900951]]\nturn these into a whatsapp group intro for the youth theatre parents",
    "costume fitting list for thursday pls: 6.00 [[PERSON|chidi eze]], 6.20 [[PERSON|marta nowak]], 6.40 [[PERSON|an nguyen]], 7.00 [[PERSON|keisha brown]]. wardrobe is in the green room",
    "login for our ticketing admin is [[EMAIL_ADDRESS|j.obrien.boxoffice@gmail.com]] / [[PASSWORD|riverton_tix24]]. why does it keep logging me out after 5 mins",
    "can u check my maths: 140 tickets at £12, 36 concessions at £9, less an 8% booking fee. [[PERSON|pauline okafor]] says we made over two grand and i dont believe her",
    "[[PERSON|lee sung-min]] here, agency login [[ID_NUMBER|smlee_extras]] pw [[PASSWORD|kimchi&jjigae9]]. why cant i see my availability calendar",
    "how many hours can a 10 year old legally be on set per day in the uk? asking for [[PERSON|ivy]]'s first tv job next month",
    "filling in a w-9 for a background gig in atlanta. name [[PERSON|demetrius hall]], ssn [[US_SSN|412-68-3095]]. do i tick individual/sole proprietor in box 3?",
    "hey its [[PERSON|kasia]], i'm running the raffle at the interval. can you write 3 funny announcements for it",
    "2fa code for the casting portal is [[PASSWORD|582914]], can u log in as me and download the sides? my email is [[EMAIL_ADDRESS|mthandazo.dube@outlook.com]]",
    "send the sign-in sheet to [[PERSON|fatima al-sayed]] at [[EMAIL_ADDRESS|f.alsayed@btinternet.com]] and ask her to countersign",
    "return address for the costume hire is [[STREET_ADDRESS|unit 4, bridge end industrial estate, hebden bridge hx7 8aj]], fao [[PERSON|mo khalil]]. draft a returns note listing 3 victorian dresses, 2 top hats and 1 cape",
    "who do i talk to about a dbs check for being a chaperone? [[PERSON|leanne]] from the am-dram said i need one",
    "[[PERSON|ji-woo]] [[PERSON|arjun]] [[PERSON|sophie]] [[PERSON|tunde]] [[PERSON|marek]] pick 2 of these at random for the understudy slots",
    "ip [[IP_ADDRESS|203.0.113.58]] keeps trying to log into our box office account using [[PERSON|neil farrow]]'s old login. should we block it?",
    "stage door keypad code changed to [[PASSWORD|2580]]. tell [[PERSON|bernadette]] and [[PERSON|callum]] and no one else lol, write me a text",
    "what should i put on my casting profile? playing age 30-40, 5ft 9, can ride a horse, welsh and scouse accents. i'm [[PERSON|rhys pritchard]]",
    "remind me to ring [[PERSON|penny]] at the agency on [[PHONE_NUMBER|020 7946 0318]] about the chaperone rota",
    # other languages
    "Hola, necesito una lista de reparto bonita para la obra del centro cultural: [[PERSON|Lucía Fernández]] (Yerma), [[PERSON|Joaquín Herrera]] (Juan), [[PERSON|Inés Morales]] (María). Envíala a [[EMAIL_ADDRESS|pilar.rojas.teatro@gmail.com]] para que la imprima.",
    "Kannst du mir eine kurze Absage an [[PERSON|Jonas Becker]] formulieren? Er hat die Rolle des Mephisto nicht bekommen, soll aber gern beim nächsten Vorsprechen wiederkommen. Seine Nummer für Rückfragen: [[PHONE_NUMBER|030 23125 448]].",
    "Cześć, hasło do konta teatru na Facebooku to [[PASSWORD|Scena#Lublin82]]. [[PERSON|Agnieszka Zielińska]] ma je zmienić po premierze, napisz jej krótkie przypomnienie.",
    "エキストラ事務所の登録情報を更新したいです。 名前：[[PERSON|山本 結衣]] 電話：[[PHONE_NUMBER|090-5521-8834]] 会員番号：[[ID_NUMBER|EX-204718]] この内容で事務所宛ての更新メールを書いてください。",
    "Merhaba, tiyatro kulübümüzün bilet gelirini [[PERSON|Emre Yıldız]]'ın hesabına yatıracağız: [[IBAN_CODE|TR75 0001 2009 4100 0016 3842 75]]. Kulüp üyelerine kısa bir bilgilendirme mesajı yazar mısın?",
    "Ciao, mi scrivi un promemoria per i genitori? La prova costumi di [[PERSON|Matteo Ricci]] e [[PERSON|Giulia Conti]] è spostata a giovedì alle 17. Per info chiamare l'accompagnatrice [[PERSON|Serena Galli]] al [[PHONE_NUMBER|+39 347 218 5590]].",
    # English
    "Can you draft a call sheet for day 3 of our short film? Call 07:00 at [[STREET_ADDRESS|14 Alma Terrace, Whitby YO21 3EL]]. Cast: [[PERSON|Imogen Clarke]] (Nell), [[PERSON|Kofi Mensah]] (Daniel). Crew contact [[PERSON|Sian Evans]] on [[PHONE_NUMBER|07700 900863]]. Lunch 12:30, wrap 18:00.",
    "Write a rejection email to [[PERSON|Svetlana Morozova]] for the role of Masha. Warm but brief.",
    "Please pay the chaperone: [[PERSON|Deborah Kinsella]], [[IBAN_CODE|IE94 BOFI 9000 1738 2645 19]], 3 days at €110. Draft the remittance email.",
    "[[PERSON|Grace]], [[PERSON|Hunter]] and [[PERSON|May]] are the three kids in scene 4. Who needs a chaperone if they're 9, 11 and 15?",
    "I paid the hall deposit with my card [[CREDIT_CARD|4539 7812 0364 2159]] in January and it still hasn't come back. The hall manager is [[PERSON|Clive Armitage]]. Draft a firm but polite complaint.",
    "Our ticketing integration stopped working. Key: [[API_KEY|tk_live_8fK2qLx93NbV0aRmZ7yT4cWd]]. The volunteer who set it up, [[PERSON|Oskar Lindqvist]], has moved away. How do I rotate it safely?",
    "Box office rota next week: [[PERSON|Bill Tremayne]] Mon, [[PERSON|Nkechi Obi]] Tue, [[PERSON|Dot Hargreaves]] Wed, [[PERSON|Arash Karimi]] Thu, [[PERSON|Penny Lau]] Fri and Sat. Put it in a grid please.",
    "Hi, I'm [[PERSON|Marisol Vega]], born 22 August 1994. I want to sign up as a film extra in Vancouver. What photos and details do agencies usually ask for?",
    "Call [[PERSON|Anwar]] back: [[PHONE_NUMBER|(604) 555-0183]]",
    "Make a sign-in sheet for the chaperones with these names: [[PERSON|Olga Ivanova]], [[PERSON|Beatriz Santos]], [[PERSON|Catrin Jones]], [[PERSON|Hyun-woo Cho]]. Columns: time in, time out, children in care, signature.",
    "Our director [[PERSON|Aleksander Nowicki]] wants everyone's measurements by Friday. Write a friendly message to the cast explaining what to measure (chest, waist, inside leg, head) and asking them to email the numbers to [[EMAIL_ADDRESS|wardrobe.janek@proton.me]].",
    "My extras agency login is [[ID_NUMBER|ngozi.okonkwo84]] and the password is [[PASSWORD|Lagos2Leeds!]]. The site says my availability is blocked. What does that usually mean?",
    "Can you summarise this voicemail: 'Hi it's [[PERSON|Trudy]] from Castlegate Casting, we'd love [[PERSON|Jamal Wright]] for the pub scene on the 9th, 6am call, please confirm on [[PHONE_NUMBER|0113 496 0725]].'",
    "Please write a programme bio for [[PERSON|Anjali Deshmukh]]: trained at a community drama school in Leicester, played Nora in A Doll's House last spring, day job as a pharmacist.",
    "Before I go on leave: the safe in the box office opens with [[PASSWORD|061893]] and the float is £150. [[PERSON|Stanley Okafor]] covers me. Turn this into a proper handover checklist.",
    "Draft a message to parents: rehearsals for Annie move to the [[STREET_ADDRESS|Scout Hut, 2 Ferry Lane, Caversham, Reading RG4 5AB]] from 3 March. Questions to [[PERSON|Hélène Dubois]] on [[PHONE_NUMBER|07700 900128]].",
    "[[PERSON|Sky Maddox]] can't do the matinee. [[PERSON|Will Achebe]] can cover if [[PERSON|Summer Lindgren]] swaps to the evening. Rewrite the rota.",
    "What's the standard cut an acting agent takes for TV work versus theatre in the UK? My agent [[PERSON|Geraldine Fox]] is asking for 20% on everything.",
    "I'm locked out of the casting site. The 2FA text says [[PASSWORD|771406]] but it had already expired by the time I typed it. How long do these codes usually last?",
    "Ship the costume box to [[PERSON|Lorenzo Bianchi]], [[STREET_ADDRESS|2218 Alder Street, Apt 3B, Portland, OR 97205]]. Write the packing list: 4 flapper dresses, 6 feather headbands, 2 pinstripe suits.",
    "Translate into Korean for [[PERSON|Kang Do-yeon]]'s parents: please bring her passport and arrive by 6:45 am at the unit base.",
    "Can you fill in this insurance renewal for our society? Secretary [[PERSON|Judith Mbeki]], membership no. [[ID_NUMBER|NTF-448172]], email [[EMAIL_ADDRESS|judith.mbeki@talktalk.net]]. Turnover last year £18,400.",
    "Add to my calendar: [[PERSON|Hiroshi Tanaka]] wig fitting 3pm Tuesday",
    "Help me word a chaperone incident note: at 4.10pm [[PERSON|Mia Sørensen]] (aged 8) felt faint in the holding area, was given water and a snack, and her dad [[PERSON|Lars Sørensen]] was phoned on [[PHONE_NUMBER|+45 21 84 36 07]].",
    "Draft a WhatsApp to the cast: the wifi at the new venue is [[PASSWORD|Bardolph1599]], please don't stream on it during the tech. Sign it from [[PERSON|Ama]].",
    "Can you write a pronunciation guide for the programme? [[PERSON|Siriporn Chaiyaporn]], [[PERSON|Nattapong Srisuk]], [[PERSON|Wanida Thongchai]].",
    "How should I set [[PERSON|Layla Haddad]]'s name for the bilingual poster? She writes it [[PERSON|ليلى حداد]] and wants it the same size as the English.",
    "Rewrite this audition notice in very simple English for [[PERSON|Дмитрий Соколов]], who is still learning: callback Thursday 2pm, prepare the monologue from Act 2, bring water.",
    "Our dresser [[PERSON|Κατερίνα Παππά]] needs a payslip in English. Fee £420 for 6 shows, no deductions. Write it.",
    "Write a thank-you note for our volunteer [[PERSON|राजेश कुमार]] ([[PERSON|Rajesh Kumar]]) who built the whole set for Oliver! in his garage.",
    "My cousin [[PERSON|陈晓彤]] wants to be an extra in London. Her number is [[PHONE_NUMBER|+86 139 2846 1173]]. Which agencies take people without a UK address yet?",
    "[[PERSON|Adéwálé Ògúnlékè]] and [[PERSON|Fúnmiláyọ̀ Adéyẹmí]] are doing the drumming for the market scene. Write a short credit line for the programme.",
    "Cast list update: [[PERSON|Nguyễn Thị Hoa]] replaces [[PERSON|Trần Văn Minh]] as the narrator. Write a two-line note for the callboard.",
    "Tell [[PERSON|Zeynep Arslan]] her costume fitting moved to 11:15.",
    "[[PERSON|Krzysztof Wróbel]] has done his ankle in. Who in a typical amateur company would usually step up to understudy Tevye, and how do I ask them?",
    "Our booking site shows 400 seat holds in ten minutes from [[IP_ADDRESS|198.51.100.204]], all under [[PERSON|Darius Whitlock]]'s account [[ID_NUMBER|CUST-509183]]. Is this a scalper bot?",
    "The lighting desk has a lock PIN, [[PASSWORD|3318]]. [[PERSON|Fergus]] set it and he's now in Spain. How do I reset the desk if that PIN doesn't work?",
    "Please refund Mrs [[PERSON|Edwina Clough]] for 2 tickets to Blithe Spirit; she paid with [[CREDIT_CARD|5412 8830 1976 4026]]. Write the email confirming the refund.",
    "Chaperone form help: child [[PERSON|Oluwaseun Bakare]], DOB 02/11/2014, school Holy Trinity Primary. Do I need the head teacher's signature for 12 days off?",
    "Write a haiku for [[PERSON|Bronwen]]'s last night as stage manager.",
    "Here's our mailing list key [[API_KEY|f3a9c1e07b4d82a6c5e19f0d3b7a4c28-us14]]. Can you write a Python snippet that emails [[PERSON|Rosalind Achterberg]] when fewer than 20 tickets are left?",
    'Fix this JSON please: {"name": "[[PERSON|Tariq Jameel]]", "role": "Porter", "email": "[[EMAIL_ADDRESS|tariq.jameel@gmx.co.uk]]", fee: 60}',
    "[[PERSON|Yaw Boateng]] [[PHONE_NUMBER|07700 900744]]\n[[PERSON|Ines Carvalho]] [[PHONE_NUMBER|07700 900319]]\n[[PERSON|Ruth Abernethy]] [[PHONE_NUMBER|07700 900662]]\nMake this into a phone tree for snow-day cancellations.",
    "Can you write a birthday message from the cast to [[PERSON|Hunter Ross]], our lighting designer? He's 60 on Sunday.",
    "Write a short note for the tech crew: the gallery alarm code is [[PASSWORD|9026]] and [[PERSON|Kerry-Ann Doyle]] is keyholder on [[PHONE_NUMBER|07700 900205]].",
    "The booking AB7731 is under [[PERSON|Pearl Whitaker]], member [[ID_NUMBER|FR-20931]] of the Friends scheme. She wants to swap to the Saturday matinee. Write the confirmation.",
    "Please check my invoice to the extras agency: [[PERSON|Bogdan Petrenko]], 3 days background on 'Harbour Lights' at £98 a day, holiday pay 12.07%, sort code 40-11-62, account [[ID_NUMBER|71829304]].",
    "We're posting the signed contracts to our Melbourne agent [[PERSON|Tegan O'Rourke]], [[STREET_ADDRESS|Level 2, 118 Gertrude Street, Fitzroy VIC 3065]]. Draft the cover letter.",
    "Address the programme proofs to [[PERSON|Friederike Haas]], [[STREET_ADDRESS|Kastanienallee 41, 10435 Berlin]], and write a short cover note in English.",
    "Our touring show stays with host [[PERSON|Amélie Laurent]] at [[STREET_ADDRESS|7 rue des Tanneurs, 69005 Lyon]], phone [[PHONE_NUMBER|06 39 98 41 27]]. Make a one-page digs sheet for the cast.",
    "Courier the dance costumes to [[PERSON|Meenakshi Iyer]], [[STREET_ADDRESS|No. 12, 4th Cross, Malleswaram, Bengaluru 560003]], and draft the customs description.",
    "[[PERSON|Étienne Gagnon]] is our new ASM. Write a welcome email and say his keys are being posted to [[STREET_ADDRESS|455 rue Saint-Vallier Est, Québec, QC G1K 3P3]].",
    "Someone logged into my casting directory profile and changed my headshot. The password was [[PASSWORD|Yorick_skull_44]]. What should I do first? The profile is under [[PERSON|Callie Brannigan]].",
    "Can you write prize-draw rules for our opening night? The winner gets dinner with [[PERSON|Nadia Petrosyan]], our leading lady, and two stalls seats.",
    "Is [[PERSON|Ifeoma]] on the list for Friday?",
    "Draft the dressing room allocations: DR1 [[PERSON|Marcus Lyle]], [[PERSON|Ben Okoro]]; DR2 [[PERSON|Saoirse Dunne]], [[PERSON|Aiko Kimura]], [[PERSON|Esther Adjei]]; DR3 chorus. Note who shares a mirror.",
    "The padlock on the costume store is [[PASSWORD|0417]]. [[PERSON|Rosie Kemp]] needs the period corsets out before the dress parade. Write her a quick message.",
    "I'm [[PERSON|Teodora Ilieva]] and I run a kids' drama club. A parent wants her son's photos taken off our Facebook page. What does GDPR say I have to do?",
    "Translate our ticket T&Cs into plain English and add a line that refunds go through [[PERSON|Gwen Bellamy]] at [[EMAIL_ADDRESS|gwen.bellamy@icloud.com]].",
    "Merge these into a CSV: [[PERSON|Pablo Ortega]] <[[EMAIL_ADDRESS|portega@yahoo.es]]>, [[PERSON|Ayesha Siddiqui]] <[[EMAIL_ADDRESS|ayesha.s.actor@gmail.com]]>, [[PERSON|Rangi Parata]] <[[EMAIL_ADDRESS|rangi.parata@xtra.co.nz]]>",
    "Give me 5 warm-up games for a cast of 14 teenagers. Our youth leader [[PERSON|Jade]] can't stand zip-zap-boing.",
    "The API token for our box office is [[API_KEY|evb_pat_4Hq7Zr2mXk9Tw3Lp8Bn6Cv1D]]. Is it safe to paste into the Google Sheet that [[PERSON|Anoushka]] and the committee share?",
    "Help me reply to [[PERSON|Ryo Nakamura]]. He asked why he wasn't called back after the dance audition. I want to be kind, say his turns were lovely, but the timing wasn't there yet.",
    "For the record, the shared account for the panto is [[EMAIL_ADDRESS|oakfieldpanto2025@gmail.com]] with password [[PASSWORD|Widow-Twankey-25]]. [[PERSON|Lottie]] is taking over socials. Write the handover.",
    "Draft a cover letter to the council for a chaperone approval for [[PERSON|Rukhsana Begum]], DOB 19/07/1979, who will look after 6 children in our run of Oliver!",
    "Write a funny cast list for the panto programme with made-up titles: [[PERSON|Derek Sallis]] as Abanazar, [[PERSON|Precious Moyo]] as the Genie, [[PERSON|Ewan Tait]] as Wishee Washee.",
    "Our card reader passcode [[PASSWORD|882154]] stopped working after the update. [[PERSON|Hugh]] on the committee swears he never changed it. What else could it be?",
    "[[PERSON|Nomvula Dlamini]]: fee £250, paid?",
    "My son [[PERSON|Caspian Reeve]] (DOB 05/09/2012) got a non-speaking role on a streaming series. Production says he needs a child performance licence and a chaperone. What's the usual timeline?",
    "Check this sentence for the newsletter: 'Huge thanks to [[PERSON|Dolores Quaid]] and [[PERSON|Emeka Nwosu]] for running the bar all week!'",
    "Set up a reminder text for extras: 'Call time 5:30am, bring 3 outfit options.' Send a test to [[PERSON|Travis Beaumont]] at [[PHONE_NUMBER|3125550147]].",
    "Put on tomorrow's call sheet: production wifi [[PASSWORD|FernHollowUnit2]], unit base at [[STREET_ADDRESS|Fern Hollow Farm, Longdon Lane, Ludlow SY8 4BN]]. Signed off by our 2nd AD [[PERSON|Keiko Watanabe]].",
    "What's a reasonable buyout for a featured extra in a TV ad? I'm quoting for [[PERSON|Abigail Stroud]] and [[PERSON|Omari Clarke]].",
    "Summarise this email from [[PERSON|Ludmila Horvath]]: she can't chaperone on the 14th, can do the 15th to 17th, and wants mileage at 45p a mile.",
    "I look after the extras database. The connection uses user [[ID_NUMBER|extras_admin]] and password [[PASSWORD|q7!Lm2@Zt9]] on server [[IP_ADDRESS|192.0.2.77]]. [[PERSON|Simone Adeyemi]] needs read-only access. What SQL do I run?",
    "Please make name badges for the front-of-house volunteers: [[PERSON|Maud]], [[PERSON|Errol]], [[PERSON|Parveen]], [[PERSON|Stefan]], [[PERSON|Cerys]], [[PERSON|Ahmed]].",
    "I need to send [[PERSON|Francesca Moretti]] the sides for her callback. Her email is [[EMAIL_ADDRESS|fra.moretti@libero.it]]. Write a short covering message.",
    "Our lead [[PERSON|Tobias Engel]] has flu on the day of the show. Draft an announcement that his understudy [[PERSON|Ravi Menon]] goes on tonight.",
    "Temporary PIN for the ticket printer is [[PASSWORD|5521]]. Write a laminated instruction card for volunteers; [[PERSON|Olwen]] will print it.",
    "Thanks [[PERSON|Sade]]! Can you turn her availability notes into a table: Mon no, Tue after 6, Wed yes, Thu no, Fri matinee only.",
    "A patron, [[PERSON|Reginald Ashworth]], phoned to book 4 seats and read his card out to me: [[CREDIT_CARD|3714 629105 83726]]. I wrote it on a Post-it. What's the right way to handle this?",
    "Explain this clause from my agency contract with [[PERSON|Harriet Quayle]] in plain words: 'The Agent shall receive fifteen per cent of all gross fees arising from engagements secured during the term.'",
    "Hi all, quick update from the production office. Costume fittings for the mill scene are now on Wednesday at the church hall. Please bring your own black shoes. Parking is limited so car share if you can. Chaperones please sign the register at the door and keep the children in the vestry between scenes, not the main hall. Wardrobe will have tea and biscuits on, but please don't eat in costume. Any questions ring me on [[PHONE_NUMBER|07700 900556]]. Thanks, [[PERSON|Jolene]]\n\nCan you make this sound more professional and add a line about lunch being provided?",
    "Email [[PERSON|Callum Fraser]] and [[PERSON|Aoife Brennan]] to say the get-in starts at 8am Sunday and bacon rolls are on me.",
]

# 100 one-person records in English and 32 other languages; 40 carry a national id.
RECORDS = [
    # with a national id
    "演员登记表 | 姓名：[[PERSON|王思雨]] | 身份证号：[[ID_NUMBER|110108198706243521]] | 手机：[[PHONE_NUMBER|+86 138 0571 2296]] | 角色：群众演员",
    "Ficha de cadastro de figurante. Nome: [[PERSON|Thiago Albuquerque]]; CPF: [[ID_NUMBER|374.819.260-69]]; e-mail: [[EMAIL_ADDRESS|thiago.alb@uol.com.br]]; cachê: R$ 180 por diária.",
    "Recibo. Recebi da Cia. Arte Viva a quantia de R$ 600,00 referente às aulas de interpretação de abril. [[PERSON|Juliana Mendes Rocha]], CPF [[ID_NUMBER|615.037.842-07]].",
    "कलाकार पंजीकरण: नाम [[PERSON|अनन्या शर्मा]], आधार [[ID_NUMBER|5831 9047 2611]], मोबाइल [[PHONE_NUMBER|+91 98204 73156]], भूमिका: सहायक कलाकार",
    "Crowd artist payout | Name: [[PERSON|Vikram Reddy]] | Aadhaar: [[ID_NUMBER|7902 4186 3353]] | Bank a/c: [[ID_NUMBER|50100234871926]] | Day rate ₹1,500",
    "Talent release form. Full name: [[PERSON|Goh Wei Ling]]. NRIC: [[ID_NUMBER|T0347281C]]. Contact: [[PHONE_NUMBER|+65 9183 4627]]. I consent to my image being used in the production.",
    "Medverkandeavtal, statist. Namn: [[PERSON|Elsa Bergström]], personnummer [[ID_NUMBER|910214-7387]], arvode 1 200 kr per inspelningsdag.",
    "Aanmeldformulier figuranten. Naam: [[PERSON|Daan de Vries]], BSN: [[ID_NUMBER|193745628]], IBAN: [[IBAN_CODE|NL82 RABO 0318 4729 56]].",
    "Beste [[PERSON|Sanne Visser]], voor de uitbetaling van je vrijwilligersvergoeding hebben we je BSN nodig. Klopt [[ID_NUMBER|248160734]]? Groet, het bestuur van toneelvereniging De Kaaiman",
    "출연자 정보 / 이름: [[PERSON|김하은]] / 주민등록번호: [[ID_NUMBER|940517-2183047]] / 연락처: [[PHONE_NUMBER|010-4418-2736]]",
    "Casual performer onboarding: [[PERSON|Lachlan Whitford]], TFN [[ID_NUMBER|314 826 576]], super member no. [[ID_NUMBER|AUS-7712093]], mobile [[PHONE_NUMBER|0491 570 318]].",
    "Emergency info for youth cast member: [[PERSON|Matilda Nguyen]], Medicare [[ID_NUMBER|4172 3859 71]], DOB 11/04/2011, allergies: peanuts.",
    "Fiche de paie, figuration. Nom : [[PERSON|Gabrielle Tremblay]]. NAS : [[ID_NUMBER|046 281 739]]. Taux horaire : 17,50 $.",
    "Oyuncu sözleşmesi. Ad Soyad: [[PERSON|Elif Kaya]], T.C. Kimlik No: [[ID_NUMBER|28471930510]], Telefon: [[PHONE_NUMBER|+90 532 418 73 06]].",
    "Medical note for the chaperone file: [[PERSON|Harvey Linden]], NHS number [[ID_NUMBER|943 576 2182]], asthmatic, blue inhaler kept in the green room first-aid box.",
    "Child performer medical: [[PERSON|Poppy Ashdown]] (DOB 30/01/2015), NHS no. [[ID_NUMBER|712 408 3656]], GP surgery Westgate Medical Practice.",
    "Umowa o dzieło. Wykonawca: [[PERSON|Magdalena Krawczyk]], PESEL [[ID_NUMBER|95071428394]], adres: [[STREET_ADDRESS|ul. Lipowa 17/4, 20-020 Lublin]], wynagrodzenie 900 zł.",
    "Lista obecności na próbach: [[PERSON|Zuzanna Lewandowska]], PESEL [[ID_NUMBER|02241804614]], tel. [[PHONE_NUMBER|+48 601 284 937]]",
    "Modulo di iscrizione al laboratorio teatrale: [[PERSON|Giulia Rossi]], codice fiscale [[ID_NUMBER|RSSGLI88C47L219R]], email [[EMAIL_ADDRESS|giulia.rossi88@tiscali.it]].",
    "Esiintyjän tiedot: [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|230693-4185]], puhelin [[PHONE_NUMBER|+358 40 718 2294]].",
    "Extras registration, Cape Town: [[PERSON|Thandiwe Nkosi]], ID [[ID_NUMBER|9608125621087]], cell [[PHONE_NUMBER|+27 82 731 4408]], sizes: dress 10, shoe 6.",
    "出演者情報　氏名：[[PERSON|佐々木 大翔]]　マイナンバー：[[ID_NUMBER|3816 4729 0519]]　報酬振込先は別紙参照",
    "Contrato de figuración. D./Dña. [[PERSON|Carmen Ortiz Delgado]], con DNI [[ID_NUMBER|53927184G]], acepta participar en el rodaje los días 3 y 4 de mayo por 75 € diarios.",
    "Alta en el grupo de teatro aficionado: [[PERSON|Andrei Popescu]], NIE [[ID_NUMBER|Y4827153L]], móvil [[PHONE_NUMBER|+34 612 48 73 90]].",
    "Payment details for the drama festival adjudicator: [[PERSON|Declan Ó Súilleabháin]], PPSN [[ID_NUMBER|8316427EA]], fee €350 plus mileage.",
    "Bulletin de salaire intermittent : [[PERSON|Camille Roussel]], n° de sécurité sociale [[ID_NUMBER|2 87 06 75 114 283 93]], 2 cachets de représentation.",
    "Fiche bénévole, théâtre amateur de Namur : [[PERSON|Luc Verhaegen]], numéro national [[ID_NUMBER|82.11.07-391.34]], GSM [[PHONE_NUMBER|+32 478 21 56 09]].",
    "Statistkontrakt: [[PERSON|Ingrid Halvorsen]], fødselsnummer [[ID_NUMBER|14038947282]], honorar 1 500 kr.",
    "Ficha de inscrição, Grupo de Teatro Amador de Braga. Nome: [[PERSON|Rui Barbosa Teixeira]]; NIF: [[ID_NUMBER|247183903]]; telemóvel: [[PHONE_NUMBER|+351 912 384 710]].",
    "Contract de colaborare, figurație: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2900417123451]], onorariu 250 lei pe zi.",
    "Ficha de casting. Nombre: [[PERSON|Valentina Soto Muñoz]]; RUT: [[ID_NUMBER|17.384.592-8]]; correo: [[EMAIL_ADDRESS|vale.soto.m@gmail.com]].",
    "Osatäitja andmed: [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|39106032711]], tasu 80 eurot etenduse eest.",
    "Skráning leikara: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|071286-2319]], hlutverk: kórinn.",
    "Přihláška do ochotnického souboru: [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|855304/2740]], telefon [[PHONE_NUMBER|+420 604 218 337]].",
    "Zmluva o účinkovaní, komparz: [[PERSON|Martin Horváth]], rodné číslo [[ID_NUMBER|920817/6384]], odmena 60 eur za deň.",
    "Анкета учасника аматорського театру: [[PERSON|Олександр Бондаренко]], РНОКПП [[ID_NUMBER|3184629075]], тел. [[PHONE_NUMBER|+380 67 412 8830]].",
    "Honorarvereinbarung Komparserie: [[PERSON|Lukas Schneider]], Steuer-ID [[ID_NUMBER|57294183062]], Tagesgage 110 €, Auszahlung auf [[IBAN_CODE|DE84 5001 0517 5930 2478 16]].",
    "Youth theatre medical form: [[PERSON|Aroha Te Whata]], NHI [[ID_NUMBER|KTR4826]], emergency contact via the office.",
    "טופס הרשמה לניצבים: שם [[PERSON|נועה לוי]], תעודת זהות [[ID_NUMBER|304185275]], טלפון [[PHONE_NUMBER|+972 54 318 2270]]",
    "Στοιχεία ηθοποιού: [[PERSON|Νίκος Αντωνίου]], ΑΜΚΑ [[ID_NUMBER|15048847121]], τηλ. [[PHONE_NUMBER|+30 694 518 2730]]",
    # without a national id
    "Анкета для массовки: [[PERSON|Анна Кузнецова]], телефон [[PHONE_NUMBER|+7 916 483 2170]], эл. почта [[EMAIL_ADDRESS|anna.kuz91@yandex.ru]], рост 168 см.",
    "استمارة تسجيل ممثل: الاسم [[PERSON|يوسف الحربي]]، الهاتف [[PHONE_NUMBER|+971 50 418 2263]]، البريد [[EMAIL_ADDRESS|yousef.harbi@outlook.sa]]",
    "Phiếu đăng ký diễn viên quần chúng: họ tên [[PERSON|Phạm Minh Khang]], SĐT [[PHONE_NUMBER|+84 903 418 275]], địa chỉ [[STREET_ADDRESS|45 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh]].",
    "ใบสมัครนักแสดงประกอบ ชื่อ [[PERSON|ณัฐวุฒิ ศรีสุข]] โทร [[PHONE_NUMBER|+66 81 734 2095]] อีเมล [[EMAIL_ADDRESS|natthawut.s@hotmail.co.th]]",
    "Formulir pendaftaran figuran: Nama [[PERSON|Dewi Lestari Putri]], No. HP [[PHONE_NUMBER|+62 812 3849 2017]], alamat [[STREET_ADDRESS|Jl. Kaliurang Km 5 No. 23, Sleman, Yogyakarta 55281]].",
    "Tilmelding til amatørteatret: [[PERSON|Mads Kjærgaard]], mobil [[PHONE_NUMBER|+45 31 27 84 50]], e-mail [[EMAIL_ADDRESS|mads.kjaergaard@mail.dk]].",
    "Jelentkezési lap statisztának: [[PERSON|Szabó Réka]], telefon [[PHONE_NUMBER|+36 30 418 2759]], e-mail [[EMAIL_ADDRESS|szabo.reka@freemail.hu]].",
    "Fomu ya usajili wa waigizaji: Jina [[PERSON|Amani Wanjiru]], simu [[PHONE_NUMBER|+254 722 418 395]], barua pepe [[EMAIL_ADDRESS|amani.wanjiru@gmail.com]].",
    "Ffurflen aelodaeth y cwmni drama: [[PERSON|Gwenllian Morgan]], [[STREET_ADDRESS|3 Heol y Bont, Llandeilo SA19 6BN]], ffôn [[PHONE_NUMBER|07700 900473]].",
    "name,role,email,phone\n[[PERSON|Owen Hartley]],Ensemble,[[EMAIL_ADDRESS|owen.hartley@btinternet.com]],[[PHONE_NUMBER|07700 900381]]",
    '{"performer": "[[PERSON|Chiamaka Eze]]", "agent_ref": "[[ID_NUMBER|AGT-55019]]", "fee_gbp": 450, "card_on_file": "[[CREDIT_CARD|4921 5570 3318 0461]]"}',
    "2025-03-14 19:02:11 BOX-OFFICE sale #88213 customer=[[PERSON|Morag Sinclair]] email=[[EMAIL_ADDRESS|morag.sinclair@hotmail.co.uk]] seats=C12,C13 total=£36.00",
    "BEGIN:VCARD\nFN:[[PERSON|Isaac Feldman]]\nTITLE:Casting Director\nTEL:[[PHONE_NUMBER|(212) 555-0139]]\nEMAIL:[[EMAIL_ADDRESS|isaac@feldmancasting.com]]\nEND:VCARD",
    "Dear Ms [[PERSON|Okonjo]], thank you for chaperoning at the youth showcase. Your certificate of thanks will be posted to [[STREET_ADDRESS|27 Meadow Rise, Stroud GL5 1QT]] this week. Kind regards, Front of House",
    "Child performance licence application. Child: [[PERSON|Leo Fairbanks]], DOB 18/06/2016, school: St Anne's Primary, home address: [[STREET_ADDRESS|9 Orchard Close, Bicester OX26 2LP]].",
    "[rota] 2025-05-02 swap approved: [[PERSON|Priyanka Bose]] ([[ID_NUMBER|VOL-0417]]) now on Sat matinee bar",
    "Client: [[PERSON|Jerome Baptiste]] | Equity no. [[ID_NUMBER|M00482917]] | Playing age 35-45 | Notes: strong Caribbean accents, stage combat certificate",
    "Remittance advice: £312.50 paid to [[PERSON|Wiktoria Malinowska]], [[IBAN_CODE|GB76 MIDL 4005 1572 9183 64]], ref. Cinderella band fee.",
    "Phone booking slip: [[PERSON|Cornelius Webb]], 2 x stalls, card [[CREDIT_CARD|5236 9104 7782 1131]] exp 09/27, tel [[PHONE_NUMBER|020 7946 0852]].",
    "Background actor payroll start form: [[PERSON|Latoya Simmons]], SSN [[US_SSN|531-27-8840]], address [[STREET_ADDRESS|1407 Peachtree Walk, Decatur, GA 30030]].",
    "Costume measurements for [[PERSON|Felicity Drummond]]: chest 34, waist 28, hips 38, inside leg 30, head 22. Contact [[EMAIL_ADDRESS|fliss.drummond@gmail.com]].",
    "Audition sign-up: [[PERSON|Kenji Mori]], age 27, baritone, mobile [[PHONE_NUMBER|07700 900690]].",
    "Volunteer usher application. Name: [[PERSON|Delphine Carter]]. Address: [[STREET_ADDRESS|88 Birch Hollow Road, Burlington, VT 05401]]. Phone: [[PHONE_NUMBER|(802) 555-0164]].",
    "Access log: user [[PERSON|Marcel Dupont]] signed in to the casting portal from [[IP_ADDRESS|203.0.113.19]] at 02:14 and downloaded 3 sides.",
    "Account set-up for new box office volunteer: [[PERSON|Henrietta Pryce]], username [[ID_NUMBER|hpryce_foh]], temporary password [[PASSWORD|Welcome-Stalls-7]].",
    "Talent roster: [[PERSON|Obinna Chukwu]], Equity [[ID_NUMBER|E-7730192]], passport [[ID_NUMBER|A09184726]], commission 15%.",
    "Bestätigung Kostümanprobe für [[PERSON|Charlotte Weber]]: Dienstag, 18 Uhr, Fundus in der [[STREET_ADDRESS|Marienstraße 12, 70178 Stuttgart]].",
    "Contact du régisseur : [[PERSON|Théo Marchand]], [[PHONE_NUMBER|06 39 98 72 15]], [[EMAIL_ADDRESS|theo.marchand@free.fr]].",
    "Lista de acompañantes de menores: [[PERSON|Rocío Jiménez]], tel. [[PHONE_NUMBER|+34 655 21 84 30]], disponible sábados y domingos.",
    "Ricevuta biglietteria intestata a [[PERSON|Alessandro Ferri]], pagamento con carta [[CREDIT_CARD|4716 0293 8845 6176]], 3 posti in platea.",
    "Dados bancários para o cachê: [[PERSON|Inês Carvalho Nunes]], [[IBAN_CODE|PT09 0033 0000 4528 1937 4620 5]].",
    "エキストラ登録カード　名前：[[PERSON|高橋 美咲]]　電話：[[PHONE_NUMBER|090-7734-2018]]　メール：[[EMAIL_ADDRESS|misaki.t@docomo.ne.jp]]",
    "오디션 신청서 / 이름: [[PERSON|윤지호]] / 이메일: [[EMAIL_ADDRESS|jiho.yoon@naver.com]] / 주소: [[STREET_ADDRESS|서울특별시 마포구 월드컵로34길 12]]",
    "臨時演員報名表 姓名：[[PERSON|林佳蓉]] 電話：[[PHONE_NUMBER|+886 912 483 702]] 電子郵件：[[EMAIL_ADDRESS|chiajung.lin@gmail.com]]",
    "إيصال أجر كومبارس: الاسم [[PERSON|مريم الشمري]]، الجوال [[PHONE_NUMBER|+966 55 418 2037]]، المبلغ 400 ريال",
    "Kostüm prova listesi: [[PERSON|Burak Şahin]], cuma 14:00, telefon [[PHONE_NUMBER|+90 533 712 48 06]].",
    "Bilet zarezerwowany na nazwisko [[PERSON|Piotr Kamiński]], e-mail [[EMAIL_ADDRESS|p.kaminski@wp.pl]], rząd F, miejsca 7-8.",
    "Contactgegevens souffleur: [[PERSON|Femke Jansen]], [[STREET_ADDRESS|Lindengracht 88-2, 1015 KK Amsterdam]], [[PHONE_NUMBER|+31 6 41 82 73 95]].",
    "Biljettbokning: [[PERSON|Oskar Nyström]], medlemsnummer [[ID_NUMBER|TF-30218]], [[EMAIL_ADDRESS|oskar.nystrom@telia.se]].",
    "Κράτηση εισιτηρίων: [[PERSON|Δημήτρης Καραγιάννης]], τηλ. [[PHONE_NUMBER|+30 697 204 8815]], 4 θέσεις.",
    "नाटक के टिकट: [[PERSON|सुनीता वर्मा]], ईमेल [[EMAIL_ADDRESS|sunita.verma72@rediffmail.com]], 2 सीटें",
    "Договор с концертмейстером: [[PERSON|Ирина Лебедева]], адрес [[STREET_ADDRESS|ул. Садовая, д. 14, кв. 7, Казань, 420111]], гонорар 8000 руб.",
    "Квиток на прем'єру: [[PERSON|Тарас Мельник]], [[EMAIL_ADDRESS|taras.melnyk@ukr.net]], ряд 3, місце 11.",
    "Rezervace vstupenek: [[PERSON|Jakub Novotný]], tel. [[PHONE_NUMBER|+420 731 482 915]], 2 vstupenky na sobotu.",
    "Fișă voluntar: [[PERSON|Andreea Stan]], telefon [[PHONE_NUMBER|+40 722 318 450]], disponibilă vineri și sâmbătă.",
    "Lipunmyynti: [[PERSON|Eetu Korhonen]], sähköposti [[EMAIL_ADDRESS|eetu.korhonen@elisanet.fi]], 3 lippua.",
    "Kostymeprøve: [[PERSON|Sigrid Aas]], mobil [[PHONE_NUMBER|+47 912 48 370]], torsdag kl. 18.",
    "Vé xem kịch: [[PERSON|Lê Thu Trang]], email [[EMAIL_ADDRESS|thutrang.le@gmail.com]], 2 ghế hàng C.",
    "ผู้ดูแลเด็กนักแสดง ชื่อ [[PERSON|สุภาพร วงศ์ใหญ่]] โทร [[PHONE_NUMBER|+66 89 412 7730]]",
    "Bukti transfer honor pemain: [[PERSON|Rizky Pratama]], rekening BCA [[ID_NUMBER|8730194255]], Rp 750.000.",
    "אישור הזמנת כרטיסים: [[PERSON|אביגיל כהן]], [[EMAIL_ADDRESS|avigail.cohen@walla.co.il]], 3 כרטיסים",
    "Performer info sheet: [[PERSON|Mackenzie Dufour]], union member no. [[ID_NUMBER|ACT-55281]], cell [[PHONE_NUMBER|(416) 555-0172]].",
    "Integration note: ticketing webhook owned by [[PERSON|Dilnoza Yusupova]], signing secret [[API_KEY|whsec_Pq38vTzL0mXa71KcRn5Ye2Gd]].",
    "2025-06-21 22:47 stage-door: [[PERSON|Cormac Doherty]] signed out, badge [[ID_NUMBER|SD-1184]]",
    "Bursary application: [[PERSON|Eilidh MacLeod]], [[STREET_ADDRESS|Flat 2/1, 63 Hyndland Road, Glasgow G12 9UX]], [[EMAIL_ADDRESS|eilidh.macleod@outlook.com]].",
    "Extras agency log: [[PERSON|Bartholomew Kane]], registration [[ID_NUMBER|REG-77302]] on hold, photos out of date.",
    "Cast contact (Lagos tour): [[PERSON|Temitope Adeleke]], [[PHONE_NUMBER|+234 803 418 2295]], [[STREET_ADDRESS|14 Adeola Odeku Street, Victoria Island, Lagos]].",
    "Wardrobe return receipt signed by [[PERSON|Clementine Hale]]; deposit £40 refunded to [[IBAN_CODE|GB61 BARC 2031 8473 9205 61]].",
    "Scholarship winner: [[PERSON|Ebony Marshall]], date of birth 07/12/2008, email [[EMAIL_ADDRESS|ebony.m.drama@gmail.com]].",
    "Kvittering for kostumeleje: [[PERSON|Freja Lund]], [[STREET_ADDRESS|Vesterbrogade 112, 1620 København V]], depositum 500 kr.",
]

# 25 MT-Bench/Vicuna-style prompts: famous and fictional people only.
CLEAN_MTBENCH = [
    "Write a persuasive email to a local council arguing that the town's only community theatre should receive a small arts grant. Keep it under 200 words.",
    "Imagine you are Lady Macbeth giving advice to a nervous first-time actor. Answer in character.",
    "Compare the acting approaches of Stanislavski and Brecht in a short table, then explain which suits an amateur company better.",
    "Draft a blog post about the history of pantomime in Britain, covering the dame, the principal boy and audience participation.",
    "Write a Python function that, given a dictionary of performers and the scenes each appears in, returns pairs of scenes that can be rehearsed at the same time without a clash.",
    "Extract the speaker and first line from this excerpt as JSON: 'BERNARDO: Who's there? FRANCISCO: Nay, answer me: stand, and unfold yourself.'",
    "Role-play as a theatre critic reviewing an imaginary musical about lighthouse keepers.",
    "Explain to a ten-year-old what a stage manager does during a performance.",
    "Suggest a five-day itinerary for a theatre lover visiting London's West End, with one free activity each day.",
    "Write a limerick about a prop that keeps going missing before the second act.",
    "What are the pros and cons of selling theatre tickets with dynamic pricing? Give three of each.",
    "Rewrite this sentence to sound more formal: 'Hey guys, rehearsals are off tonight cos the hall flooded.'",
    "If Sherlock Holmes were directing a murder-mystery dinner show, what clues would he hide in the set?",
    "Write a SQL query that returns every performance with fewer than 30% of seats sold, given tables performances(id, date, capacity) and tickets(performance_id, seat).",
    "Discuss how the disguise plot of Twelfth Night might be staged for a modern audience.",
    "Summarise the plot of Chekhov's The Seagull in exactly four sentences.",
    "Compose a short speech a director might give at the final dress rehearsal to calm a nervous cast.",
    "How would you explain the difference between a film extra and a featured artist to someone outside the industry?",
    "Create a rubric with four criteria for judging a one-act play festival, with a score out of 10 for each.",
    "Pretend you are Mary Poppins and write a packing list for a touring theatre company.",
    "Write a JavaScript snippet that counts down to curtain-up and shows the minutes remaining on a web page.",
    "What would happen to live theatre if every audience member could vote on the ending? Argue both sides.",
    "Describe the smells, sounds and textures of a theatre's backstage area in one vivid paragraph.",
    "Give me a regular expression that matches seat labels such as A12, BB3 or K101 but not 12A.",
    "Write a two-verse song for a village musical about a lost umbrella.",
]

# 25 GSM8K-style word problems, fictional first names only.
CLEAN_GSM8K = [
    "A community theatre has 240 seats. For the Friday show, 3/4 of the seats were sold at $15 each and the rest were given away free. How much money did the box office take?",
    "Maya is sewing costumes for a school play. Each costume needs 2.5 metres of fabric and she has 30 metres. How many costumes can she make?",
    "An extras agency pays $120 per day plus $18 for each hour of overtime. Leon worked 4 days with 3 hours of overtime in total. How much did he earn?",
    "The drama club sells programmes at $3 each. On Saturday they sold 86, and on Sunday they sold 14 fewer than on Saturday. How much did they make over both days?",
    "A rehearsal schedule has 5 rehearsals a week for 6 weeks, each lasting 2.5 hours. How many hours of rehearsal are there in total?",
    "Priya bought 4 adult tickets at $22 and 3 child tickets at $14. She paid with a $150 gift card. How much is left on the card?",
    "One chaperone may look after at most 12 children. If 57 children are in the show, how many chaperones are needed?",
    "A lighting rig uses 36 lamps, each drawing 575 watts. If all are on for 3 hours, how many kilowatt-hours are used?",
    "Tom's agent takes 15% of his fee. He was paid $2,400 for a commercial. How much does Tom keep?",
    "A costume hire shop charges $35 for the first day and $12 for each extra day. How much does it cost to hire a costume for 8 days?",
    "In a cast of 42, one third are children and half of the rest are men. How many women are in the cast?",
    "Ava rehearses her lines for 25 minutes every morning and 40 minutes every evening. How many hours does she rehearse in two weeks?",
    "A play runs for 2 hours 35 minutes including a 20-minute interval. If it starts at 7:30 pm, at what time does it end?",
    "The box office sold 120 tickets on Monday. Sales rose by 25% each day for the next two days. How many tickets were sold on Wednesday?",
    "A set builder needs 18 planks for each flat and there are 7 flats. Planks come in packs of 10. How many packs must he buy?",
    "Sam buys face paint at $6.50 a pot. He needs 2 pots for every 5 performers, and there are 35 performers. How much does he spend?",
    "A film shoot needs 80 extras for 3 days. Each extra is paid $95 a day and lunch costs $8 per person per day. What is the total cost?",
    "Zoe has $200 for the cast party. Pizza costs $14 a box and drinks cost $30 in total. How many boxes of pizza can she buy?",
    "A theatre raises its ticket price from $18 to $21. What is the percentage increase?",
    "A youth theatre has 64 members. 3/8 are in the musical, 1/4 are in the play, and the rest help backstage. How many help backstage?",
    "Marcus prints 450 flyers and hands out 35 a day. After how many full days will he have fewer than 100 left?",
    "A theatre has 12 rows of 22 seats. If 81% of the seats are sold, how many seats are sold, to the nearest whole number?",
    "Lily is paid $45 per performance and $15 per rehearsal. In March she did 8 performances and 11 rehearsals. How much did she earn?",
    "The drama society needs $3,000 for a new curtain. It already has $1,150 and raises $185 per raffle. How many raffles does it need to hold?",
    "Three ushers share 540 programmes in the ratio 2:3:4. How many programmes does the usher with the largest share get?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "In theatre, the part of the stage closest to the audience is called: A) upstage B) downstage C) stage left D) the wings",
    "Which playwright wrote The Importance of Being Earnest? A) George Bernard Shaw B) Oscar Wilde C) Noël Coward D) J. M. Barrie",
    "A call sheet on a film set mainly lists: A) the film's budget B) the next day's schedule and who must attend C) box office takings D) the final draft of the script",
    "In Greek tragedy, catharsis refers to: A) the chorus's song B) the purging of emotions C) the hero's fatal flaw D) the final scene",
    "Which contract law concept applies when a customer buys a theatre ticket online? A) offer and acceptance B) mens rea C) habeas corpus D) adverse possession",
    "The 'fourth wall' is: A) the back wall of the stage B) the imaginary barrier between actors and audience C) a fire curtain D) the orchestra pit",
    "A theatre sells 300 tickets at £10, with a variable cost of £2 per ticket and fixed costs of £1,500. What is the profit? A) £900 B) £1,500 C) £2,400 D) £3,000",
    "Commedia dell'arte originated in which country? A) France B) Spain C) Italy D) England",
    "Charging students and adults different prices for the same seat is an example of: A) price discrimination B) a price ceiling C) deflation D) a tariff",
    "In stage lighting, a gel is used to: A) secure cables B) colour the light C) dim the lamp D) focus the beam",
    "Which Shakespeare play features the character Prospero? A) Macbeth B) The Tempest C) Othello D) As You Like It",
    "The vocal folds that vibrate to produce the voice are located in the: A) pharynx B) larynx C) trachea D) oesophagus",
    "A 'dark' night in a theatre means: A) a blackout scene B) a night with no performance C) a horror production D) an outdoor show",
    "Which principle says that arousal improves performance only up to a point? A) Yerkes-Dodson law B) Hawthorne effect C) cognitive dissonance D) learned helplessness",
    "Kabuki is a traditional theatre form from: A) China B) Korea C) Japan D) India",
    "The proscenium arch frames the: A) orchestra pit B) stage opening C) lighting grid D) box office",
    "Which amendment to the US Constitution protects freedom of speech, including artistic expression? A) First B) Second C) Fifth D) Fourteenth",
    "Money received for tickets to a show that has not yet taken place is recorded as: A) revenue B) deferred revenue C) an expense D) equity",
    "Who wrote Waiting for Godot? A) Harold Pinter B) Samuel Beckett C) Tom Stoppard D) Eugene O'Neill",
    "A speech in which a character alone on stage reveals their thoughts is a: A) aside B) soliloquy C) prologue D) epilogue",
    "What is the approximate speed of sound in air at room temperature? A) 34 m/s B) 343 m/s C) 3,430 m/s D) 34,300 m/s",
    "Method acting in the United States is most associated with: A) Lee Strasberg B) Bertolt Brecht C) Jerzy Grotowski D) Peter Brook",
    "Which is a primary colour of light in additive mixing? A) yellow B) green C) magenta D) cyan",
    "A raked stage is one whose floor: A) is made of timber B) slopes towards the audience C) revolves D) has a trap door",
    "Shakespeare's Globe Theatre of 1599 stood on the south bank of which river? A) Avon B) Severn C) Thames D) Cam",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How can I stop my voice going hoarse after three nights in a row of singing in a musical?",
    "Is it safe to wear stage make-up if I have eczema on my face?",
    "What are the signs of heat exhaustion under hot stage lights, and what should I do?",
    "I get stage fright so badly that I feel sick. Are beta blockers safe to take before a performance?",
    "How long should I rest a sprained ankle before dancing again?",
    "Can breathing in theatrical smoke or haze trigger an asthma attack?",
    "Which stretches help prevent lower back pain when lifting and carrying scenery?",
    "Is it normal for a child to be exhausted after a long day as a film extra, and how much sleep do they need?",
    "How much water should I drink during a two-hour show under hot lights?",
    "What's the best way to treat a blister from new character shoes?",
    "Could wearing a tight corset for a period costume cause breathing problems?",
    "How do I know whether ringing in my ears after loud rehearsals is temporary or permanent damage?",
    "Can acid reflux affect my singing voice, and what helps?",
    "What should be in a first-aid kit for a small touring theatre company?",
    "Can spirit gum for fake beards cause an allergic reaction, and how would I spot one?",
    "How can I manage type 1 diabetes during long filming days with irregular meal breaks?",
    "Why do I feel dizzy when I stand up quickly after kneeling for a scene?",
    "Is it safe to perform with a mild cold, or could I damage my vocal cords?",
    "What are the symptoms of carbon monoxide exposure in a poorly ventilated backstage area?",
    "How do night shoots affect sleep, and how can I recover afterwards?",
    "What's the gentlest way to remove heavy waterproof stage make-up without irritating my eyes?",
    "How can I tell whether a child's nerves before a show are normal or a sign of an anxiety disorder?",
    "Can falling onto my knees repeatedly for a stage fight cause long-term damage?",
    "What should I eat before an evening performance to keep my energy up without feeling bloated?",
    "How often should shared costume wigs be cleaned to avoid head lice or scalp infections?",
]

NATIONAL_IDS = {
    "110108198706243521": china_id_ok,  # Chinese resident identity card
    "374.819.260-69": cpf_ok,  # Brazilian CPF
    "615.037.842-07": cpf_ok,
    "5831 9047 2611": aadhaar_ok,  # Indian Aadhaar
    "7902 4186 3353": aadhaar_ok,
    "T0347281C": nric_ok,  # Singapore NRIC
    "910214-7387": luhn_len(10),  # Swedish personnummer
    "193745628": bsn_ok,  # Dutch BSN
    "248160734": bsn_ok,
    "940517-2183047": rrn_ok,  # Korean resident registration number
    "314 826 576": tfn_ok,  # Australian tax file number
    "4172 3859 71": medicare_ok,  # Australian Medicare card
    "046 281 739": luhn_len(9),  # Canadian SIN
    "28471930510": kimlik_ok,  # Turkish kimlik
    "943 576 2182": nhs_ok,  # NHS number
    "712 408 3656": nhs_ok,
    "95071428394": pesel_ok,  # Polish PESEL
    "02241804614": pesel_ok,
    "RSSGLI88C47L219R": codice_fiscale_ok,  # Italian codice fiscale
    "230693-4185": hetu_ok,  # Finnish henkilötunnus
    "9608125621087": luhn_len(13),  # South African id
    "3816 4729 0519": my_number_ok,  # Japanese My Number
    "53927184G": dni_ok,  # Spanish DNI
    "Y4827153L": dni_ok,  # Spanish NIE
    "8316427EA": pps_ok,  # Irish PPS number
    "2 87 06 75 114 283 93": nir_ok,  # French NIR
    "82.11.07-391.34": belgian_id_ok,  # Belgian national number
    "14038947282": fodselsnummer_ok,  # Norwegian fødselsnummer
    "247183903": nif_ok,  # Portuguese NIF
    "2900417123451": cnp_ok,  # Romanian CNP
    "17.384.592-8": rut_ok,  # Chilean RUT
    "39106032711": isikukood_ok,  # Estonian isikukood
    "071286-2319": kennitala_ok,  # Icelandic kennitala
    "855304/2740": rodne_cislo_ok,  # Czech rodné číslo
    "920817/6384": rodne_cislo_ok,  # Slovak rodné číslo
    "3184629075": rnokpp_ok,  # Ukrainian RNOKPP
    "57294183062": steuer_id_ok,  # German tax id
    "KTR4826": nhi_ok,  # New Zealand NHI
    "304185275": luhn_len(9),  # Israeli teudat zehut
    "15048847121": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, with or without a space
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same, typed without separators
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"090-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|30|31|32|34|36|39|40|45|47|48|62|65|66|84|86|90|91|234|254|351|358|380|420|886|966|971|972) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every type in the chats, at least 90 chats naming someone and 18 to 22 holding a
    password or code; each record names exactly one person beside 1 to 4 other values, and
    38 to 42 records carry a national id."""
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
        "blind165", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
