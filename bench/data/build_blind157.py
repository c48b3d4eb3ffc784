# ruff: noqa: E501
"""A hundred-and-fifty-seventh blind privacy set: 220 texts with personal data and 100 clean
ones, on dentists, opticians and pharmacies at the front desk.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the first
lines and the "Labels:" paragraph of ``README.md`` and the docstring and non-text code
(imports, constants, check functions, ``main``) of ``build_blind36.py``, never the
detector, its rules, docs, tests, the git history or the other sets' texts. Every text is
typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no templates, no generated
combinations):

* 120 chat requests (4 to 96 words) a receptionist, dispenser, patient or relative would
  type to a general assistant behind a company gateway: texts, letters and replies to
  draft, voicemails, call logs, huddle notes, minutes and e-mails to summarise,
  translations, wording fixes, bills to split, possible scams, days to plan. The first 30
  are typed all in lower case (names, e-mails, codes, IBANs and postcodes too, with
  shorthand and typos); the next 6 are in Spanish, German, French, Portuguese, Polish and
  Turkish; the other 84 in ordinary English. 111 name someone (147 distinct names: first
  names alone, surnames after titles, full names, nicknames, names that are ordinary words
  such as Dawn, Frank, June, Hope, Will, Joy, Cat, Hazel and Robin, many named in passing);
  20 hold a secret (alarm, door, gate, key-safe and locker codes, PINs, wifi keys,
  passwords); six carry a national id (three NHS numbers, a PESEL, a Canadian SIN, an
  Australian Medicare number); between them they hold every entity type, among them two
  API keys, an SSN, IBANs, cards, IPs, logins, badge, employee, customer, member, patient
  and GDC numbers and a passport.
* 100 one-person records (4 to 55 words): pipe and CSV rows, JSON objects, log lines,
  registers, profile lines, prose and short letters, in English and 27 other languages
  (Dutch, Polish, Portuguese, Turkish, Spanish, Finnish, Italian, Chinese, Korean,
  Japanese, French, Norwegian, Romanian, Estonian, Icelandic, Czech, Ukrainian, German,
  Swedish, Hebrew, Danish, Vietnamese, Arabic, Welsh, Hungarian, Afrikaans, Hindi); each
  names exactly one person and holds one to four other values. 42 carry a national id with
  valid check digits: NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik,
  Spanish DNI and NIE, Finnish henkilötunnus, Italian codice fiscale, Chinese resident id,
  Singapore NRIC and FIN, Korean resident registration number, Australian TFN and Medicare
  number, Japanese My Number, Irish PPS number, French NIR, Belgian national number,
  Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
  Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand
  NHI, Indian Aadhaar, Swedish personnummer, Israeli teudat zehut and South African id.
* 100 clean texts with no personal data: 25 MT-Bench and Vicuna-style prompts (a few name
  historical or fictional people), 25 GSM8K-style word problems with fictional first
  names, 25 MMLU-style items with options A to D and 25 health questions naming no one,
  nearly all on the theme.

Labels: usernames, logins, member, account, customer, patient, badge, employee and
registration numbers, passports, driving licences and national ids are ID_NUMBER; PINs,
door, gate, alarm, key-safe and locker codes, wifi keys and passwords are PASSWORD; titles
and relation words (Mr, Mrs, Ms, Dr, Mme, Herr, Sra., Pan, Bey, ji, gran, Nana, my sister)
stay outside PERSON spans; an address span runs from the first street line through the
postcode and city as typed; public figures, fictional characters, pets, companies, order,
invoice and booking references, amounts and dates of birth are not labelled; every
occurrence of a private value is marked.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113, 0117,
0131 and 0161 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France
06 39 98; Germany 030 23125) and in each country's own layout elsewhere; cards Luhn-valid
and not well-known test numbers; IBANs valid mod 97 and not documentation examples; the
SSNs with assignable area, group and serial; IPs from documentation ranges; national ids
with valid check digits.

Run ``.venv/bin/python bench/data/build_blind157.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sr|Sra|Herr|Frau|Mme|Pan|Pani|Auntie|Uncle|Nana|Gran)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 typed all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "write a short text to mrs [[PERSON|adebayo]] saying her crown is back from the lab and she can come in thurs after 2. her mobile is [[PHONE_NUMBER|07700 900418]], keep it under 160 characters",
    "summarise this voicemail pls: 'hi its [[PERSON|gav]] from the flat above, the new varifocals are giving me a headache, can someone call me back on [[PHONE_NUMBER|07700 900562]] or email [[EMAIL_ADDRESS|gav.mcbride@example.com]] cheers'",
    "got a text saying my repeat prescription is on hold til i confirm my card. it had my name [[PERSON|dawn hollis]] and my nhs number [[ID_NUMBER|612 407 3897]] in it. scam or real??",
    "make a sign for the staff room: staff wifi is dentalstaff-5g, password [[PASSWORD|flossbeforeyousleep7]], do not give it to patients, they have the guest one",
    "split this between me, [[PERSON|kasia]] and [[PERSON|tomek]]: eye tests £25 each, frames £119, lens coating £40. [[PERSON|kasia]] already paid for the frames so how much do we each owe her",
    "fix my wording pls: hi [[PERSON|june]], ur hygiene appt on the 14th is cancelled as [[PERSON|sandra]] is off sick, we can rebook u with [[PERSON|raj]] on the 21st if thats ok",
    "translate to polish for a lady at the counter: your prescription is ready but we need to see photo id first. her name is [[PERSON|agnieszka wróbel]] if that helps with the greeting",
    "draft an email to the opticians asking them to post my mums glasses to her at [[STREET_ADDRESS|27 wharf road, ilkeston de7 5gq]]. shes [[PERSON|brenda cole]], customer no [[ID_NUMBER|opt-448172]]",
    "tidy these huddle notes: [[PERSON|priya]] front desk am, [[PERSON|lewis]] covering dispensary til 1, alarm code changed to [[PASSWORD|7294]] dont share it, [[PERSON|mo]] chasing the fridge engineer, [[PERSON|priya]] to order more sharps bins",
    "how do i tell [[PERSON|frank]] nicely that he still owes £60 from his filling in march without sounding like a debt collector",
    "pls write a reminder for [[PERSON|noor al-hashimi]], her contact lens aftercare is overdue by 3 months. email is [[EMAIL_ADDRESS|noor.alh@example.net]]",
    "turn this call log into a handover note: 19:40 [[PERSON|ted]] rang about his wifes insulin pens, call back on [[PHONE_NUMBER|07700 900731]]. 20:05 a lady called [[PERSON|rosa]] asked if we open sundays, told her no. 20:30 nothing",
    "email came in to reception saying its from hmrc and wants our bank details to refund dr [[PERSON|colin marsh]]. it even quotes [[PERSON|colin]]'s own account [[IBAN_CODE|gb32barc20318547219036]] 'to confirm'. is that a scam lol",
    "the dispensary ipad pin is [[PASSWORD|0519]]. write a note for the locum [[PERSON|dev]] on how to log into the pmr, his login is [[ID_NUMBER|dpatel.locum]]",
    "reword so its less harsh: '[[PERSON|sunny]] you were late 3 times this week. the side gate code is [[PASSWORD|1846]] so theres no excuse for waiting outside'",
    "translate into urdu pls: mr [[PERSON|iqbal]] your new glasses are ready to collect, we are open 9 till 5:30",
    "dentist plan email says my payment failed and to update my card at a link. i pay by direct debit from [[IBAN_CODE|gb85nwbk60724418305927]] so how can it fail?? it called me [[PERSON|mel]] which is what the practice calls me",
    "draft a reply to [[EMAIL_ADDRESS|h.ferreira@example.org]] saying we cant send [[PERSON|helena ferreira]]'s dental records to a gmail address, she has to sign the release form in person",
    "plan my saturday: 9.30 opticians with gran, 11 collect [[PERSON|alfie]]'s inhaler from the pharmacy, 1pm my own dentist. gran lives at [[STREET_ADDRESS|3 birch close, hexham ne46 1rt]] so i pick her up first",
    "write a msg for our group chat: dentist bill for the 3 of us was £180, [[PERSON|lou]] paid it on her card so me and [[PERSON|benji]] owe her £60 each",
    "my husband [[PERSON|gareth]] is collecting my prescription from the pharmacy locker tonight, code is [[PASSWORD|482917]]. write him a simple text with the steps",
    "optician gave [[PERSON|ellie]] this: sph -1.25 cyl -0.50 axis 90. explain it to her like shes 12",
    "summarise this complaint for the practice manager: from [[PERSON|barry quinlan]] [[EMAIL_ADDRESS|bquinlan58@example.com]] - waited 50 mins, receptionist rolled her eyes, wants the £45 check up fee back",
    "cancel my kids dental appts please, write the email. [[PERSON|isla mcleod]] and [[PERSON|rory mcleod]], patient nos [[ID_NUMBER|dp20931]] and [[ID_NUMBER|dp20932]]",
    "help me word a sticky note: pharmacy alarm code is now [[PASSWORD|3106]], the old one [[PASSWORD|2580]] wont work anymore, ask [[PERSON|bogdan]] if stuck",
    "tech guy wants the reception pc ip, its [[IP_ADDRESS|192.0.2.58]] and my login is [[ID_NUMBER|reception.kt]]. write a quick reply to him, hes called [[PERSON|marcus]]",
    "optician charged my card twice for the same contact lenses, [[CREDIT_CARD|4982 0371 6642 9056]], £38.99 both times. write a complaint email thats firm but polite",
    "translate to romanian: hi [[PERSON|ionela]], your eye test is booked for tuesday 10am, please bring your old glasses",
    "text [[PERSON|pat]]: denture fitting moved to friday",
    "write up this voicemail: 'hello this is [[PERSON|bernadette o'rourke]], date of birth 2nd may 1948, i need my blister packs delivered to [[STREET_ADDRESS|flat 6, 19 canal street, salford m5 4ws]] not my daughters, my number is [[PHONE_NUMBER|0161 496 0388]]'",
    # --- six other languages ---
    "¿Puedes redactar un mensaje para [[PERSON|Marisol Echeverría]]? Su cita con la higienista es el jueves a las 10. Su móvil es [[PHONE_NUMBER|+34 655 203 871]] y su correo [[EMAIL_ADDRESS|marisol.eche@example.es]].",
    "Bitte fasse diese Notiz kurz zusammen: Herr [[PERSON|Brandt]] hat angerufen, seine Gleitsichtbrille drückt hinter dem Ohr. Rückruf unter [[PHONE_NUMBER|030 23125 647]], Kundennummer [[ID_NUMBER|K-580342]].",
    "Peux-tu traduire en anglais : « Bonjour, je suis [[PERSON|Aurélie Fontaine]], le code de la porte de l'immeuble est [[PASSWORD|B4271]], merci de laisser le colis de la pharmacie au 2e étage. » C'est pour le livreur.",
    "Divide a conta do dentista entre mim e a [[PERSON|Filipa]]: 240 euros, mas ela só fez a limpeza (60). Escreve-lhe uma mensagem a pedir que transfira a parte dela para o meu IBAN [[IBAN_CODE|PT28 0035 0651 0000 1237 8429 1]].",
    "Czy to oszustwo? SMS: 'Apteka: recepta dla [[PERSON|Grażyna Nowicka]] wstrzymana, potwierdź PESEL pod linkiem'. Nie kliknęłam, ale mój PESEL to [[ID_NUMBER|75110803124]] i boję się, że go znają.",
    "Şu notu düzeltir misin: [[PERSON|Mehmet Aydın]] Bey'in gözlük camları perşembe gelecek, cep telefonu [[PHONE_NUMBER|+90 532 418 27 63]], mağazanın alarm şifresi [[PASSWORD|5512]], kimseye söyleme.",
    # --- English (84) ---
    "Can you draft a warm thank-you card from our dental team to Mrs [[PERSON|Okonjo]], who is retiring after 30 years of bringing us homemade cake on her check-up days?",
    "Summarise these minutes in five bullets. Practice meeting, 3 March. Present: [[PERSON|Harriet Lowe]], [[PERSON|Sid]], [[PERSON|Wojciech Zieliński]]. Agreed: new autoclave in April; [[PERSON|Harriet]] to update the sterilisation log; key safe code changes to [[PASSWORD|6093]] on Monday; [[PERSON|Sid]] to book the mock inspection; [[PERSON|Wojciech]] to chase the lab invoices.",
    "Is this a scam? A caller said he was from the NHS Business Services Authority and needed my exemption certificate and my card, [[CREDIT_CARD|5351 0984 7263 0126]], to stop a £100 penalty. I read out the first eight digits before I hung up.",
    "Translate into Arabic for our pharmacy counter: 'Please wait here, the pharmacist will call your name.' Then add a second line: 'Mr [[PERSON|Haddad]], your medicine is ready.'",
    "My optometrist, [[PERSON|Chidi Eze]], emailed my eye test results to the wrong person. Write a complaint to the practice; I'm [[PERSON|Rebecka Lindqvist]] and my email is [[EMAIL_ADDRESS|r.lindqvist@example.com]].",
    "How should three flatmates fairly split a £300 emergency dental bill if [[PERSON|Bex]] had the root canal, [[PERSON|Tunde]] only drove her there and I paid the whole thing upfront?",
    "Our online booking widget stopped working. The vendor told us to check the key in settings; it's [[API_KEY|bkw_live_7Qh2Lx9RtP4mVz81KcN3sYd6]]. Can you write a support ticket explaining the 401 errors we've had since Tuesday?",
    "I'm filling in a pharmacy discount card form for my dad, [[PERSON|Walter Kowalczyk]]. It asks for his SSN, [[US_SSN|412-73-5819]], and his Medicare number. Is it normal for a pharmacy program to want the SSN, and what can I leave blank?",
    "Rota: [[PERSON|Grace]] Monday, [[PERSON|Will]] Tuesday, [[PERSON|Precious Mensah]] Wednesday. Make it cheerful.",
    "Help me reply to a patient who asked why we need his date of birth and NHS number over the phone. He's [[PERSON|Desmond Achterberg]], NHS number [[ID_NUMBER|943 576 2107]], and he was quite cross.",
    "The card terminal at our opticians keeps dropping out. The engineer says it sits on [[IP_ADDRESS|198.51.100.23]] and the back-office PC on [[IP_ADDRESS|198.51.100.24]]. Write a message to [[PERSON|Kev]] at the IT firm asking him to come in Thursday.",
    "Draft a short letter confirming that [[PERSON|Oluwaseun Bakare]] worked as a dental nurse with us from 2019 to 2024; his GDC registration number is [[ID_NUMBER|271846]].",
    "Write clear closing-up instructions for our new Saturday helper, [[PERSON|Tiggy]]: set the alarm with [[PASSWORD|8835]], lock the CD cabinet, put the keys in the key safe by the bins (code [[PASSWORD|2047]]), switch off the lightbox.",
    "Summarise this email: 'Hi team, [[PERSON|Marguerite]] from the lab here. The veneers for Dr [[PERSON|Vasquez]]'s patient are delayed a week because the shade tab was missing. Call me on [[PHONE_NUMBER|020 7946 0193]] if that's a problem.'",
    "What's a kind way to remind Nana that she can't drive home after her cataract operation? The hospital transport will pick her up from [[STREET_ADDRESS|11 Rowan Drive, Kettering NN15 6QX]] at 7.",
    "Make a small laminated card for the waiting room: Guest Wi-Fi 'SmileStudio_Guest', password [[PASSWORD|BrushTwice2Day]]. Add a line asking patients to silence their phones.",
    "Please check my English: 'Dear Mr [[PERSON|Nakamura]], we regret that your toric lenses order was delayed by supplier, they arrive now on Monday.'",
    "Can you turn this voicemail into an email to our practice manager? 'Hi, it's [[PERSON|Delroy Campbell]], I had a filling yesterday and my face is still numb, please ring me on [[PHONE_NUMBER|07700 900846]] before five.'",
    "My sister [[PERSON|Ines]] paid my orthodontist deposit of €500 and wants it back. Write her a message saying I'll transfer it on Friday to [[IBAN_CODE|DE11 1001 0010 5823 7490 16]] as she asked.",
    "Someone rang pretending to be from our pharmacy wholesaler and asked [[PERSON|Mandeep]] for the company card. She read out [[CREDIT_CARD|4557 0391 8264 7302]] before she realised. What should we do first?",
    "Make me a checklist for Thursday: pick up Dad's warfarin from the pharmacy, drop [[PERSON|Ava]] at the orthodontist at 3.40, then eye test for [[PERSON|Tobiasz]] at 5, and buy denture tablets.",
    "I'm a pharmacy dispenser. Write an email to HR about my missing overtime for May. Employee number [[ID_NUMBER|E-204719]]; my line manager is [[PERSON|Fiona Gallacher]].",
    "Reword this handover for the locum: the controlled drugs cabinet key is in the safe, safe code [[PASSWORD|91A73]], and the dispensing system login is [[ID_NUMBER|LOCUM02]] with password [[PASSWORD|Dispense!2417]]. [[PERSON|Yusuf]] is on call if anything breaks.",
    "Translate to Vietnamese: 'Mrs [[PERSON|Trần]], your daughter's braces appointment has moved to 4pm on Wednesday.'",
    "Got this email: 'Dear [[PERSON|Priscilla Odhiambo]], your opticians account is suspended. Log in at specs-care-verify.net with your username and password.' My username there really is [[ID_NUMBER|priscilla.o]]. Is it fake?",
    "Write a note for our pharmacy delivery driver: Mr [[PERSON|Delgado]] at [[STREET_ADDRESS|4471 Juniper Ave, Apt 2B, Tucson, AZ 85716]] wants his insulin left with the neighbor, not on the porch; his cell is [[PHONE_NUMBER|(520) 555-0147]].",
    "Fix the grammar in my text to [[PERSON|Joy]]: 'your glasses is ready, you can collect tomorrow, bring the old ones so we adjust them same time'",
    "My nephew [[PERSON|Kwabena]] needs a letter for school saying he was at the dentist on Monday morning. Draft it from me, his guardian, [[PERSON|Abena Owusu]].",
    "Write up this phone call for the patient notes: [[PERSON|Svetlana Morozova]], DOB 4/11/1972, called to change her address to [[STREET_ADDRESS|Flat 12, Linden Court, 88 Harrow Road, London W2 5TT]], new mobile [[PHONE_NUMBER|07700 900295]], email [[EMAIL_ADDRESS|svet.morozova@example.co.uk]]. Wants reminders by text, not letter.",
    "Three of us shared a £43.50 pharmacy order of vitamins. [[PERSON|Hope]] took half, [[PERSON|Marek]] and I took a quarter each. What does each of us owe?",
    "Write a text to my neighbour [[PERSON|Brigid]] asking her to collect my eye drops from the pharmacy collection point; the locker PIN is [[PASSWORD|730614]] and the parcel is under my name, [[PERSON|Orla Fennelly]].",
    "I run reception at a dental practice. Summarise this call log: 09:12 Mr [[PERSON|Gupta]] rescheduled to Friday; 09:30 [[PERSON|Lena Hoffmann]] asked for her X-rays to be emailed to [[EMAIL_ADDRESS|lena.h@example.de]]; 10:05 unknown caller asked for Dr [[PERSON|Asante]]'s home number, refused.",
    "Our pharmacy uses a text reminder service and I pasted its API key [[API_KEY|sk_sms_4e9Tq2WbX81nLp0ZrKj7aV5c]] into the staff group chat by mistake. What should I do now, step by step?",
    "Help me write to the council about a blue badge for my mum, [[PERSON|Edith Sowerby]]. Her optician, Mr [[PERSON|Ruparelia]], says she is now registered sight impaired.",
    "Write an SMS for our Brisbane clinic to [[PHONE_NUMBER|0491 570 386]]: 'Hi [[PERSON|Shaz]], your teeth whitening is booked for Saturday 9am, no coffee for 24 hours after!'",
    "Translate into Spanish for our pharmacy leaflet: 'Ask for [[PERSON|Consuelo]] if you need help in Spanish on Tuesdays and Thursdays.'",
    "My mum, [[PERSON|Maeve Tierney]], got a call from 'the optician' saying her glasses order needs her bank details, and she read them her IBAN, [[IBAN_CODE|IE49 AIBK 9320 8561 4730 92]]. Should she ring the bank tonight?",
    "Draft an email to all staff: from Monday the front door code is [[PASSWORD|3947]] and the alarm code is [[PASSWORD|1508]]; [[PERSON|Dorota]] has the fob for the fire exit.",
    "Write a glowing reference for our former receptionist [[PERSON|Kemi Adeyemi-Clarke]], who is applying to train as a dental hygienist.",
    "Explain this log line from our practice software: 'login failed user=[[ID_NUMBER|jbaptiste]] ip=[[IP_ADDRESS|203.0.113.77]] 03:14'. [[PERSON|Jean-Baptiste]] swears he was asleep at the time.",
    "Write a short letter to [[PERSON|Wing Lau]] at [[STREET_ADDRESS|21 Quarry Lane, Sheffield S11 8RP]] saying his denture repair is ready and costs £68.",
    "Should I be worried? An email 'from my dentist' asks me to confirm my card via a link, and it already shows the full number, [[CREDIT_CARD|3792 840156 30174]].",
    "Translate to Hindi: 'Dear [[PERSON|Lakshmi]] ji, your spectacles are ready, please collect them before Saturday.'",
    "Is ibuprofen okay with [[PERSON|Carmen]]'s amlodipine?",
    "Help me fill in a dental claim for my son [[PERSON|Étienne Gagnon]]. The insurer asks for his SIN, [[ID_NUMBER|527 904 817]], and my member ID, [[ID_NUMBER|SL-88213047]]. Which goes where?",
    "Write an apology for keeping Mr [[PERSON|Bishop]] waiting 40 minutes past his appointment; the dentist was called to an emergency.",
    "My dad [[PERSON|Aldo]] uses [[PASSWORD|Ravioli1951]] for his pharmacy app. Strong enough?",
    "Help me plan a team night out for the optician staff: [[PERSON|Shanice]], [[PERSON|Gurpreet]], [[PERSON|Olek]], [[PERSON|Bea]] and me, budget £200, somewhere near the station.",
    "Summarise this for the pharmacist, in two lines: 'Patient [[PERSON|Tomasz Wójcik]] phoned at 14:20. He says his wife, [[PERSON|Marta]], came out in an itchy rash on her arms and neck about a day after starting the amoxicillin we dispensed on Monday. No swelling of lips or tongue, breathing fine. I told him she should stop taking it and ring the GP today, and to call 999 if her breathing changes. He asked whether the rest of the family can use the same bottle if they get ill, I said no. Callback on [[PHONE_NUMBER|07700 900613]] after 5.'",
    "Congratulate [[PERSON|Blessing]] on radiography!",
    "The pharmacy asked for ID to collect my codeine. Can I give my passport number instead of bringing the passport? It's [[ID_NUMBER|548213907]]. Also draft a note authorising my partner [[PERSON|Rhys]] to collect it.",
    "Tell me if this is phishing: 'EyeCare+: [[PERSON|Stanislav]], your lens subscription renews today. To cancel reply with your card number.' Only my wife calls me [[PERSON|Stanislav]]; everyone else says [[PERSON|Stan]].",
    "Write a polite please-pay email to [[EMAIL_ADDRESS|mrs.k.adeleke@example.com]] about the outstanding £95 hygienist fee. Address her as Mrs [[PERSON|Adeleke]].",
    "Draft a letter to the GP surgery: my son [[PERSON|Callum Reid]], NHS [[ID_NUMBER|485 331 7090]], needs a referral to the eye hospital. We live at [[STREET_ADDRESS|7 Mill Wynd, Dundee DD2 3LP]].",
    "Give me a quick checklist for opening the pharmacy at 8: disarm with [[PASSWORD|6620]], check fridge temps, read [[PERSON|Ngozi]]'s delivery notes, log into the till as [[ID_NUMBER|till_ngozi]].",
    "My boss [[PERSON|Ravi]] wants this memo shorter: 'Following the incident on 3rd May whereby a prescription bag was handed to the wrong Mrs [[PERSON|Shah]], all staff must confirm address and date of birth before handing out bags.'",
    "Write a card to my aunt [[PERSON|Bronwyn]] wishing her well after her cataract surgery; I'll post it to [[STREET_ADDRESS|14 Banksia Street, Cottesloe WA 6011]].",
    "Write an email asking my dental practice to refund my overpaid £120 deposit to my account [[IBAN_CODE|GB10 LOYD 3096 2871 5402 63]], name on the account [[PERSON|Imran Siddiqui]].",
    "Check this intake form before I send it: Name [[PERSON|Yewande Oduya]] | Phone [[PHONE_NUMBER|07700 900174]] | Email [[EMAIL_ADDRESS|yewande.o@example.net]] | Allergies: penicillin | Emergency contact: [[PERSON|Femi]] (brother) [[PHONE_NUMBER|07700 900175]]",
    "Mum's optician wants to do a video consultation at her house. Write her step-by-step instructions; her home Wi-Fi is TALKTALK-8F2 and the key is [[PASSWORD|X7PR4MQT]].",
    "Proofread this notice: 'From 1 April Dr [[PERSON|Ferreira-Lynch]] will be taking over Dr [[PERSON|Amos]]'s list, all existing appointments remain unchanged.'",
    "Write an email to facilities: my staff badge [[ID_NUMBER|BDG-66172]] has stopped opening the dispensary door since Monday. I'm [[PERSON|Hollie Marsden]], pharmacy technician.",
    "The booking portal blocked [[PERSON|Ahmed]]; the audit says his logins came from [[IP_ADDRESS|2001:db8:3c4d::17]]. Draft a reply asking the vendor to unblock him.",
    "Can you make this less formal? 'Dear Ms [[PERSON|Chukwu]], we acknowledge receipt of your correspondence regarding the cost of your crown.'",
    "How do I tell our regular, [[PERSON|Big Tony]], that we can't keep his reading glasses behind the counter for him anymore?",
    "I'm having my wisdom teeth out and my friend [[PERSON|Lauren]] is feeding the cat. Write her a note: key under the blue pot, alarm [[PASSWORD|0927]], the cat is Mochi and she bites.",
    "Text says: 'Royal Mail: your prescription parcel for [[PERSON|Kerry-Ann Blake]] could not be delivered, pay £1.45 at rm-redeliver-uk.com.' I am waiting for a parcel. Real?",
    "Write an email to an optometrist in Melbourne with my details: [[PERSON|Lachlan Doyle]], Medicare [[ID_NUMBER|4392 51871 1]], mobile [[PHONE_NUMBER|0491 570 913]]. Ask for the earliest slot.",
    "Summarise these minutes into an action list with owners and deadlines, and flag anything that sounds like a patient-safety risk: 'Pharmacy team meeting, Wednesday lunchtime. Apologies from the delivery driver. [[PERSON|Agata]] raised three near misses this month with look-alike packs of amlodipine and amitriptyline, all caught at the final check. [[PERSON|Olumide]] to reorder shelf labels in red by Friday and move the liquids to the lower shelf. [[PERSON|Agata]] and [[PERSON|Luis]] to audit the fridge log weekly after two missed readings in May. Next meeting in four weeks; cake rota continues.'",
    "Make this sound warmer: 'Mr [[PERSON|O'Sullivan]], your hearing test and eye test are on the same day. Do not be late.'",
    "Translate to French for a tourist at the counter: 'Your friend [[PERSON|Margaux]] left her inhaler here; she can collect it until 6pm.'",
    "My dentist's receptionist, [[PERSON|Keeley]], texted from her own phone, [[PHONE_NUMBER|07700 900358]], asking me to pay her directly by bank transfer for my crown. Is that a red flag?",
    "I need to dispute a charge from an online pharmacy. Card [[CREDIT_CARD|5162 4893 7105 5284]], cardholder [[PERSON|Rosalind Achebe]]. Write the dispute letter to my bank.",
    "A patient called [[PERSON|Dean Mulholland]] left a one-star review saying we overcharged him for a scale and polish. Help me write a calm public reply.",
    "Summarise this message for our new nurse: 'Morning [[PERSON|Cat]]! Changing room lockers have been reset. Yours is 14, combination [[PASSWORD|3-19-27]]. Surgery 2 computer password is [[PASSWORD|Incisor#58]].'",
    "Write a voicemail for Mrs [[PERSON|Jefferson]] saying her prescription is ready at our Main Street pharmacy; her callback number is [[PHONE_NUMBER|(614) 555-0182]].",
    "Insurer caller [[PERSON|Norbert]] wants our staff birthdays. Legit?",
    "Write a short email to our lens supplier contact, [[PERSON|Jürgen Hollerbach]], at [[EMAIL_ADDRESS|j.hollerbach@example.de]], asking why the toric lenses are two weeks late.",
    "Remind me what to tell the cleaner, [[PERSON|Marisa]], tonight: back door code [[PASSWORD|5731]], don't touch the drugs fridge, leave the sharps bins alone.",
    "Rewrite this note for the patient file in plain English: 'Pt [[PERSON|Abdi Warsame]] attended c/o LR6 pain, Rx amox 500mg TDS, review 1/52.'",
    "Help me write to the optician: my daughter [[PERSON|Saoirse]] lost her glasses on the school trip. Her customer number is [[ID_NUMBER|HO-770215]] and we'd like a repeat pair posted to [[STREET_ADDRESS|2 Glebe Terrace, Navan, Co. Meath C15 X2T4]].",
    "Draft a friendly note to [[PERSON|Hazel]] and [[PERSON|Robin]], who are moving to Cornwall, reminding them to ask for their dental records before they go.",
    "Can you word a message to the pharmacy for me? [[PERSON|Gideon]] from next door picked up my blister pack by mistake on Tuesday and I want to know whether they should have handed it over.",
    "Make this text shorter: 'Hi [[PERSON|Mustafa]], the pharmacy has your methotrexate but needs your latest blood test result; we have emailed the form to [[EMAIL_ADDRESS|mustafa.k.1979@example.com]] as you asked.'",
]

# 100 one-person records: a national id in 42 of them, other contacts and numbers in the rest.
RECORDS = [
    # --- with a national id (42) ---
    "PT-0192 | [[PERSON|Gwenllian Pryce]] | NHS [[ID_NUMBER|705 263 1180]] | [[PHONE_NUMBER|029 2018 0546]] | [[EMAIL_ADDRESS|gwen.pryce@example.co.uk]] | recall: 6 months",
    "[[PERSON|Declan Mhuire]] (NHS number [[ID_NUMBER|473 918 2068]]) collected his repeat prescription of atorvastatin on Tuesday afternoon.",
    '{"patient": "[[PERSON|Ruby-Mae Carter]]", "nhs_no": "[[ID_NUMBER|729 104 3662]]", "practice": "Elm Street Dental", "recall_months": 12}',
    "Patiënt [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|314527862]], tel. [[PHONE_NUMBER|+31 6 4821 7730]], controle contactlenzen op 12 mei.",
    "Klantkaart opticien — naam: [[PERSON|Joost van Leeuwen]]; BSN: [[ID_NUMBER|2083 71 461]]; e-mail: [[EMAIL_ADDRESS|joost.vl@example.nl]]",
    "Pacjentka [[PERSON|Zofia Kamińska]], PESEL [[ID_NUMBER|92031715646]], odebrała soczewki kontaktowe; tel. [[PHONE_NUMBER|+48 601 237 845]].",
    "Cliente: [[PERSON|Thiago Nascimento]] — CPF [[ID_NUMBER|517.208.369-30]] — e-mail [[EMAIL_ADDRESS|thiago.nasc@example.com.br]] — óculos de grau prontos para retirada.",
    "Ficha odontológica: [[PERSON|Luana Ribeiro dos Santos]], CPF [[ID_NUMBER|263.904.781-78]], celular [[PHONE_NUMBER|+55 11 98472-3106]], retorno em 30 dias.",
    "Hasta: [[PERSON|Elif Yıldırım]] | T.C. Kimlik No: [[ID_NUMBER|28461905320]] | Randevu: diş taşı temizliği, 14:30",
    '{"nombre": "[[PERSON|Lucía Moreno Gil]]", "dni": "[[ID_NUMBER|73920415W]]", "telefono": "[[PHONE_NUMBER|+34 612 448 903]]", "email": "[[EMAIL_ADDRESS|lucia.moreno.gil@example.es]]", "servicio": "revisión de ortodoncia"}',
    "Farmacia Sol — entrega de receta a [[PERSON|Andriy Kovalenko]], NIE [[ID_NUMBER|Y4027318D]], domicilio [[STREET_ADDRESS|Calle de la Palma 23, 3º B, 28004 Madrid]].",
    "Asiakas [[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|210779-318U]], näöntutkimus varattu torstaille klo 15.",
    "Paziente: [[PERSON|Giulia Rossi]] – C.F. [[ID_NUMBER|RSSGLI84C52L219C]] – igiene dentale ogni sei mesi – cell. [[PHONE_NUMBER|+39 347 218 5094]]",
    "Ricevuta della farmacia intestata a [[PERSON|Paolo Marino]], codice fiscale [[ID_NUMBER|MRNPLA79T08F839Z]], per la detrazione delle spese mediche.",
    "患者 姓名: [[PERSON|王建国]] 身份证号: [[ID_NUMBER|320106198709243611]] 联系电话: [[PHONE_NUMBER|+86 139 5172 4086]] 预约: 洗牙",
    "Patient: [[PERSON|Tan Wei Ling]] | NRIC [[ID_NUMBER|S7924183J]] | Mobile [[PHONE_NUMBER|+65 9123 4870]] | Scaling & polishing",
    "Optical order for [[PERSON|Muhammad Hafiz bin Rahman]], NRIC [[ID_NUMBER|T0351729I]], progressive lenses, to collect at the Tampines branch.",
    "Pharmacy register: [[PERSON|Maricel Dizon]], FIN [[ID_NUMBER|G5182047P]], collected antihistamines and a saline nasal spray.",
    "환자 [[PERSON|박준호]] 주민등록번호 [[ID_NUMBER|830214-1628373]] 연락처 [[PHONE_NUMBER|010-4827-3915]] 스케일링 예약",
    "Payroll: [[PERSON|Chloe Nguyen]], dental assistant, TFN [[ID_NUMBER|533 184 207]], super paid to member no. [[ID_NUMBER|SUP-4471902]].",
    "Patient [[PERSON|Jarrah Wilson]] | Medicare [[ID_NUMBER|2617 40387 2]] | ph [[PHONE_NUMBER|0491 570 224]] | bulk-billed eye test",
    "氏名: [[PERSON|佐藤 美咲]] / マイナンバー: [[ID_NUMBER|5103 2874 9163]] / 電話: [[PHONE_NUMBER|090-3817-2045]] / 眼科検診",
    "Dear [[PERSON|Niamh Brennan]], thank you for returning your Drug Payment Scheme form. Your PPS number [[ID_NUMBER|8204716LA]] is now linked to our pharmacy, so you will not pay more than the monthly limit for approved prescription items. Please let us know if anyone else in your household should be added. Kind regards, the pharmacy team",
    "Medical card holder [[PERSON|Pádraig Ó Súilleabháin]], PPSN [[ID_NUMBER|3517924L]], dental treatment voucher approved.",
    "Mme [[PERSON|Camille Lefèvre]], n° de sécurité sociale [[ID_NUMBER|2 84 07 69 123 045 95]], rendez-vous chez l'orthoptiste le 3 juin.",
    "Ordonnance délivrée à [[PERSON|Karim Benali]] — NIR [[ID_NUMBER|1 91 03 13 055 218 13]] — tél. [[PHONE_NUMBER|06 39 98 41 27]]",
    "Patiënt [[PERSON|Lotte Peeters]], rijksregisternummer [[ID_NUMBER|82.11.04-273.48]], afspraak bij de tandarts op dinsdag.",
    "Kunde: [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|14038749685]], synstest og nye kontaktlinser.",
    "Fatura emitida a [[PERSON|Joana Carvalho]], NIF [[ID_NUMBER|247183059]], consulta de higiene oral, morada [[STREET_ADDRESS|Rua das Flores 112, 2.º Esq., 4050-265 Porto]].",
    "Pacienta [[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2850612407317]], programare pentru detartraj, telefon [[PHONE_NUMBER|+40 722 418 635]].",
    "Paciente [[PERSON|Matías Fuentes Soto]], RUT [[ID_NUMBER|14.582.307-2]], control de ortodoncia el lunes.",
    "Óptica: receta de lentes para [[PERSON|Camila Araya]], RUT [[ID_NUMBER|9.417.226-8]], correo [[EMAIL_ADDRESS|camila.araya@example.cl]].",
    "Patsient [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48809152711]], hambaarsti visiit 12. mail.",
    "Viðskiptavinur: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|240684-3659]], gleraugun eru tilbúin.",
    "Pacientka [[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|885712/4133]], kontrola zraku, tel. [[PHONE_NUMBER|+420 604 318 227]].",
    "Клієнтка аптеки [[PERSON|Оксана Бондаренко]], РНОКПП [[ID_NUMBER|3184062750]], отримала ліки за рецептом.",
    "Rechnung an [[PERSON|Katharina Vogt]], Steuer-ID [[ID_NUMBER|57291804367]], professionelle Zahnreinigung, Anschrift [[STREET_ADDRESS|Lindenstraße 14, 10969 Berlin]].",
    "NHI [[ID_NUMBER|ZKM4829]] - [[PERSON|Aroha Ngata]] - dental therapist referral, mob [[PHONE_NUMBER|+64 21 483 2917]]",
    "Patient: [[PERSON|Ananya Krishnan]], Aadhaar [[ID_NUMBER|5926 8104 3775]], root canal follow-up, mobile [[PHONE_NUMBER|+91 98450 27316]].",
    "Kund: [[PERSON|Oskar Lindgren]], personnummer [[ID_NUMBER|790614-2836]], synundersökning bokad, mejl [[EMAIL_ADDRESS|oskar.lindgren@example.se]].",
    "מטופלת: [[PERSON|נועה לוי]], ת.ז. [[ID_NUMBER|314827056]], בדיקת ראייה ביום שלישי",
    "Patient [[PERSON|Thandiwe Dlamini]], SA ID [[ID_NUMBER|8604170812086]], contact [[PHONE_NUMBER|+27 82 417 3608]], optometry screening.",
    # --- without a national id (58) ---
    "Recall card: [[PERSON|Marjorie Fitzwilliam]], [[STREET_ADDRESS|9 Laburnum Grove, Harrogate HG2 0PD]], next check-up due in October.",
    "1043,[[PERSON|Kwame Asante]],[[EMAIL_ADDRESS|kwame.asante@example.com]],[[PHONE_NUMBER|07700 900287]],hygiene recall",
    '2024-05-14T09:12:44Z portal login ok user=[[ID_NUMBER|m.oyelaran]] src=[[IP_ADDRESS|203.0.113.142]] name="[[PERSON|Modupe Oyelaran]]"',
    "Kunde [[PERSON|Henrik Dahl]] har bestilt nye briller; kontakt [[EMAIL_ADDRESS|henrik.dahl@example.dk]] eller [[PHONE_NUMBER|+45 28 41 73 06]].",
    "Dear [[PERSON|Oluwatobi]], thank you for registering with our practice. You can now book and cancel appointments, see your treatment plan and pay invoices online. Your patient portal login is [[ID_NUMBER|otobi_dental]] and your temporary password is [[PASSWORD|Welcome-8842]]; you will be asked to change it the first time you sign in. We look forward to seeing you.",
    "[[PERSON|Siobhan Kearney]] | DL [[ID_NUMBER|KEARN861126SK9LM]] | [[PHONE_NUMBER|07700 900519]] | prescription collection, ID seen",
    "[[PERSON|Darnell Whitfield]] picked up his lisinopril at the drive-through; card on file [[CREDIT_CARD|4026 7193 5840 2177]], phone [[PHONE_NUMBER|(313) 555-0124]].",
    "Patient intake: [[PERSON|Marisol Vega]], SSN [[US_SSN|529-41-7736]], insurance member ID [[ID_NUMBER|XJH448201937]], cell [[PHONE_NUMBER|(602) 555-0139]], email [[EMAIL_ADDRESS|marisol.vega@example.com]], new patient exam.",
    "Khách hàng [[PERSON|Nguyễn Thị Lan]], số điện thoại [[PHONE_NUMBER|+84 912 473 508]], đã nhận kính mới.",
    "المريض: [[PERSON|خالد العتيبي]]، الهاتف: [[PHONE_NUMBER|+971 50 318 2746]]، موعد تنظيف الأسنان يوم الأحد",
    "Annwyl [[PERSON|Gethin Llywelyn]], mae eich sbectol newydd yn barod i'w chasglu. Rhif ffôn ar ein system: [[PHONE_NUMBER|029 2018 0733]].",
    "Páciens: [[PERSON|Kovács Eszter]], e-mail: [[EMAIL_ADDRESS|kovacs.eszter@example.hu]], fogkő-eltávolítás csütörtökön.",
    "Pasiënt [[PERSON|Riaan van der Merwe]], selfoon [[PHONE_NUMBER|+27 83 902 4715]], het sy nuwe bril by die optometris afgehaal.",
    "Controlled drugs register, supplied to: [[PERSON|Errol Baptiste]], [[STREET_ADDRESS|41 Cedar Road, Birmingham B12 9QD]]; collector ID: passport [[ID_NUMBER|533907148]].",
    "Refund approved: [[PERSON|Harjit Sandhu]], £140 overpaid orthodontic fee, to [[IBAN_CODE|GB40 HBUK 4045 1273 9088 16]].",
    "Remboursement à [[PERSON|Léa Marchand]] par virement sur [[IBAN_CODE|FR36 1027 8078 1500 0204 9183 742]], motif : trop-perçu lunettes.",
    "Domiciliación: [[PERSON|Jorge Castillo Ruiz]], IBAN [[IBAN_CODE|ES02 0049 1500 0527 1839 4620]], cuota mensual del plan dental 19,90 €.",
    "Machtiging: [[PERSON|Bram Jansen]] | [[IBAN_CODE|NL03 INGB 0006 2839 17]] | [[EMAIL_ADDRESS|bram.jansen@example.nl]]",
    "Bonifico da [[PERSON|Francesca Greco]], IBAN [[IBAN_CODE|IT60 Y020 0801 6330 0010 4729 318]], saldo apparecchio ortodontico.",
    "Kundin [[PERSON|Verena Huber]], Kontaktlinsen-Abo, Abbuchung von [[IBAN_CODE|AT60 1400 0528 4173 9260]], Tel. [[PHONE_NUMBER|+43 664 218 3047]].",
    "Remboursement de la mutuelle pour [[PERSON|Amélie Dubois]] sur le compte [[IBAN_CODE|BE67 3101 7845 3027]].",
    "Laskutus: [[PERSON|Juha Korhonen]], tilinumero [[IBAN_CODE|FI25 4005 5018 4726 39]], hammastarkastus 68 €.",
    "Zwrot za okulary dla [[PERSON|Piotr Lewandowski]] na rachunek [[IBAN_CODE|PL34 1090 2402 7315 8604 7120 3958]].",
    "3318, [[PERSON|Yasmin Farouk]], [[CREDIT_CARD|4928173502648195]], deposit £50, whitening",
    "Card payment log | [[PERSON|Geoffrey Hames]] | [[CREDIT_CARD|3417 058294 63019]] | £420 implant consultation",
    "[[PERSON|Shreya Bhatt]] paid for her varifocals with [[CREDIT_CARD|2223 8401 9275 5300]] and asked for the receipt by email to [[EMAIL_ADDRESS|shreya.bhatt@example.co.uk]].",
    "Online pharmacy order for [[PERSON|Cody Brennan]], card [[CREDIT_CARD|6011 4927 3851 0646]], ship to [[STREET_ADDRESS|902 Alder Street, Eugene, OR 97401]].",
    "Opticians till: [[PERSON|Lorraine Mbatha]] | [[CREDIT_CARD|5257 1840 3962 1173]] | declined twice, paid cash",
    "Dental plan sign-up: [[PERSON|Arjun Mehta]], card [[CREDIT_CARD|4539 2017 4862 0354]], £16.50 a month, mobile [[PHONE_NUMBER|07700 900902]].",
    "[WARN] pharmacy-portal: 5 failed logins for [[ID_NUMBER|gwyn.ellis]] from [[IP_ADDRESS|198.51.100.87]]; account of [[PERSON|Gwyn Ellis]] locked",
    "audit: [[PERSON|Tamsin Rowe]] changed her email to [[EMAIL_ADDRESS|tamsin.rowe@example.org]] from [[IP_ADDRESS|2001:db8:7a::2f]]",
    '{"staff": "[[PERSON|Kofi Boateng]]", "role": "dispenser", "username": "[[ID_NUMBER|kboateng]]", "temp_password": "[[PASSWORD|Kb!pharm7730]]"}',
    "Name: [[PERSON|Hannah Goldberg]] · Email: [[EMAIL_ADDRESS|hgoldberg@example.com]] · Lenses: daily, -2.75 both eyes",
    "Dear Mr [[PERSON|Ashworth]], your upper denture is ready. We will text you at [[PHONE_NUMBER|07700 900447]] the day before your fitting.",
    "Employee [[ID_NUMBER|EMP-30418]]: [[PERSON|Chiamaka Nwosu]], trainee dental nurse, starts 2 September, emergency contact [[PHONE_NUMBER|07700 900628]].",
    "Registrant: [[PERSON|Imogen Thackeray]], optometrist, GOC number [[ID_NUMBER|01-38472]], home address [[STREET_ADDRESS|5 Ferry Lane, Bristol BS1 6HY]].",
    "GDC [[ID_NUMBER|284516]]: [[PERSON|Rashid Karimi]], associate dentist, personal mobile [[PHONE_NUMBER|0117 496 0851]].",
    "Herr [[PERSON|Dieter Albrecht]] hat seine neue Brille abgeholt; Kundennummer [[ID_NUMBER|KD-447120]], Tel. [[PHONE_NUMBER|+49 30 23125 418]].",
    "Estimada Sra. [[PERSON|Paredes]]: le recordamos su cita de higiene dental del viernes. Le enviaremos la factura a [[EMAIL_ADDRESS|m.paredes@example.es]].",
    "Registre des ordonnances : [[PERSON|Yannick Le Goff]], [[STREET_ADDRESS|17 rue des Tanneurs, 29000 Quimper]], délivré le 04/06.",
    "ritiro farmaco | [[PERSON|Salvatore Esposito]] | tessera n. [[ID_NUMBER|TS-80273164]] | ore 11:42",
    "Utente [[PERSON|Inês Figueiredo]], número de utente [[ID_NUMBER|284 617 503]], consulta de optometria às 9h.",
    "Müşteri [[PERSON|Zeynep Koç]], e-posta [[EMAIL_ADDRESS|zeynep.koc@example.com.tr]], lens siparişi hazır.",
    "Pan [[PERSON|Krzysztof Wiśniewski]], tel. [[PHONE_NUMBER|+48 512 904 377]], wizyta u ortodonty przesunięta na piątek.",
    "Apotekskund [[PERSON|Maja Berg]], mobil [[PHONE_NUMBER|+46 70 418 25 93]], receptet expedierat.",
    "予約: [[PERSON|高橋 健太]] 様 歯科検診 電話 [[PHONE_NUMBER|080-4127-3396]]",
    "안경원 고객 [[PERSON|이서연]] 이메일 [[EMAIL_ADDRESS|seoyeon.lee@example.kr]] 다초점 렌즈 주문",
    "配镜单 顾客 [[PERSON|陈美玲]] 手机 [[PHONE_NUMBER|+86 138 2047 6519]] 取镜日期 周五",
    "Rx pickup authorization: [[PERSON|Bobbie-Jo Tucker]], DOB 1967-03-02, driver's license [[ID_NUMBER|T2418-90375-0427]], phone [[PHONE_NUMBER|(765) 555-0163]]",
    "Travel vaccine clinic: [[PERSON|Oisín Kavanagh]], passport [[ID_NUMBER|PX4028173]], email [[EMAIL_ADDRESS|oisin.k@example.ie]]",
    "Locum profile: [[PERSON|Femke Bakker]]; smartcard [[ID_NUMBER|SC 7041 3385 2210]]; building code issued [[PASSWORD|4417#]]",
    "Forum sign-up: handle [[ID_NUMBER|toothfairy_gemma]], real name [[PERSON|Gemma Pollard]], email [[EMAIL_ADDRESS|gemma.pollard@example.com]]",
    "Newsletter draft: our longest-serving patient, [[PERSON|Ezekiel Abernathy]], turned 97 this spring and still walks down the hill from [[STREET_ADDRESS|Flat 2, 33 Harbour Street, Whitby YO21 3PF]] for every check-up, rain or shine. He first sat in our chair in 1961, when the practice had one dentist and a coal fire in the waiting room.",
    "Home visit request: [[PERSON|Winifred Ogundipe]], [[STREET_ADDRESS|62 Sycamore Avenue, Luton LU3 1XN]], housebound, needs a domiciliary eye test, daughter's number [[PHONE_NUMBER|07700 900134]], copies of letters to [[EMAIL_ADDRESS|w.ogundipe@example.org]].",
    '{"member": "[[PERSON|Nikhil Rao]]", "membership_no": "[[ID_NUMBER|DPL-0093814]]", "plan": "Essentials", "email": "[[EMAIL_ADDRESS|nik.rao@example.com]]", "phone": "[[PHONE_NUMBER|020 7946 0562]]", "card": "[[CREDIT_CARD|4917 3058 2264 1186]]"}',
    "Locker: [[PERSON|Precious Dube]], [[PASSWORD|559013]]",
    "मरीज़: [[PERSON|रमेश वर्मा]], फ़ोन [[PHONE_NUMBER|+91 98201 46573]], दाँतों की सफ़ाई शनिवार को",
    "[[PERSON|Moira Galbraith]] rang to say she had forgotten her repeat-prescription app password; reset it to [[PASSWORD|Thistle-Moor-41]] and sent it to [[EMAIL_ADDRESS|moira.galbraith@example.co.uk]].",
]

# 25 MT-Bench and Vicuna style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive 200-word leaflet encouraging parents to book their child's first dental check-up before the age of one.",
    "Compose a short poem about an optometrist's eye chart from the point of view of the smallest letter on the bottom row.",
    "Imagine you are Pierre Fauchard, the eighteenth-century surgeon often called the father of modern dentistry. Describe what would surprise you most about a dental surgery today.",
    "Explain the difference between a pharmacist, a pharmacy technician and a dispensing assistant, then write a one-paragraph job advert for each role.",
    "Role-play as a pharmacy assistant greeting a nervous customer who has never used a prescription collection locker. Keep each of your replies under 40 words.",
    "Write a Python function that takes a list of appointment start times and durations in minutes and returns every pair of overlapping bookings.",
    "What are the pros and cons of a four-day opening week for a small independent optician? Give three of each.",
    "Draft a blog post comparing daily disposable contact lenses with monthly lenses for a student on a tight budget.",
    "Extract every drug name from this passage and list them alphabetically: 'The patient was switched from amlodipine to ramipril, continued on metformin and advised to avoid ibuprofen.'",
    "Sherlock Holmes walks into a busy dental waiting room. Write a short scene in which he deduces which patient is there for an extraction.",
    "How might the history of spectacles have been different if glass lenses had been ground in ancient Rome rather than medieval Italy?",
    "Suggest five names for a new family-run pharmacy in a seaside town and explain the idea behind each one.",
    "Write a SQL query that returns, for each month of 2023, the number of missed appointments in a table called bookings with columns booked_at and status.",
    "Describe how Alexander Fleming's discovery of penicillin changed what a high-street pharmacy sells.",
    "Summarise in three sentences why fluoride is added to most toothpastes, for a reader aged ten.",
    "Rewrite this sentence in a friendlier tone: 'Patients arriving more than fifteen minutes late will not be seen.'",
    "Create a five-question quiz about eye health for a primary school assembly, with the answers at the end.",
    "Which matters more for a rural pharmacy, a delivery service or longer opening hours? Argue both sides, then give your verdict.",
    "Write a sequence of three haiku about sitting in the chair waiting for a filling.",
    "Write a diary entry by a ship's surgeon in the 1700s who has to pull a sailor's aching tooth during a storm.",
    "Give me a step-by-step plan for a small dental practice to go paperless within six months.",
    "Translate 'Take one tablet twice a day after food' into French, German and Spanish, and explain any differences in word order.",
    "Explain to a new optical assistant what pupillary distance is and why it matters when glasses are made.",
    "In a short table, compare the customer experience of an online pharmacy with a traditional high-street one.",
    "Write a limerick about an optician who keeps losing his own glasses.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya works at a pharmacy counter. She fills 14 prescriptions an hour for the first 3 hours and 11 an hour for the next 4 hours. How many prescriptions does she fill in total?",
    "A dental practice sees 36 patients a day. One quarter are children, and a third of the remaining patients need X-rays. How many adults need X-rays each day?",
    "Oscar buys two pairs of glasses. The first costs $120 and the second is 40% off the same price. How much does he pay altogether?",
    "A box of daily contact lenses holds 30 lenses for one eye. Priya wears a fresh lens in each eye every day. How many boxes does she need for 90 days?",
    "Leo, a dentist, takes 15 minutes for a check-up and 40 minutes for a filling. On Tuesday he does 12 check-ups and 5 fillings. How many hours does he spend treating patients?",
    "A pharmacy orders 8 cartons of hand gel with 24 bottles in each. It sells 150 bottles in a week. How many bottles are left?",
    "Sofia saves £12 a week for a pair of prescription sunglasses that cost £156. How many weeks must she save?",
    "An optician has 240 frames on display. 35% are metal and the rest are plastic. Half of the plastic frames are for children. How many children's plastic frames are there?",
    "Ethan takes one tablet every 8 hours. How many tablets does he take in a 2-week course?",
    "A waiting room has 5 rows of 6 chairs. On Monday 4 chairs are broken and 19 patients are sitting down. How many usable chairs are empty?",
    "Nadia's tube of toothpaste holds 100 ml. She uses 1.5 ml twice a day. After how many full days will less than 10 ml remain?",
    "A hygienist charges $65 per clean. Jonah and his two sisters each have a clean, and a 10% family discount applies to the total. How much do they pay?",
    "Ruth drives 18 miles to the optician and back three times this month. Her car goes 36 miles on one gallon. How many gallons does she use?",
    "A pharmacy fridge reads 11 degrees and cools by 0.5 degrees every 3 minutes. How many minutes until it reaches 8 degrees?",
    "Amir sells 45 pairs of reading glasses at £9 each and 12 pairs of sunglasses at £25 each. What are his total takings?",
    "Half of a dentist's 60 patients floss every day. Of those who don't, one in three flosses weekly. How many patients never floss?",
    "Chloe puts 3 drops in each eye four times a day. A bottle holds 200 drops. How many full days does one bottle last?",
    "A dental lab makes 9 crowns a day and works 5 days a week. How many weeks does it need to make 117 crowns?",
    "Tariq bought a box of 28 vitamin tablets for £4.20. What is the cost of one tablet in pence?",
    "An orthodontist fits braces on 3 patients a day, using 20 brackets each. Brackets come in packs of 50. How many packs are needed for 10 working days?",
    "Grace's new glasses cost $180. Her insurance pays 70% and she pays the rest in 3 equal instalments. How much is each instalment?",
    "Ben is 7th in the pharmacy queue and each customer ahead of him takes 4 minutes. How long does Ben wait before he is served?",
    "Lucia's practice opens at 8:30 and closes at 17:00, with a 45-minute lunch break. How many 15-minute appointment slots are there each day?",
    "A bottle of mouthwash holds 500 ml and one dose is 20 ml. Felix uses two doses a day. How many days will 3 bottles last?",
    "Hana answers 14 of 20 plates correctly on a colour vision test, and her brother scores 20% more than she does. How many plates does he get right?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which part of a tooth is the hardest substance in the human body?\nA. Dentine\nB. Pulp\nC. Enamel\nD. Cementum",
    "Short-sightedness (myopia) is usually corrected with which type of lens?\nA. Convex\nB. Concave\nC. Bifocal prism\nD. Plano",
    "A deficiency of which vitamin causes scurvy, with swollen and bleeding gums?\nA. Vitamin A\nB. Vitamin B12\nC. Vitamin C\nD. Vitamin D",
    "The effect of warfarin can be reversed by which vitamin?\nA. Vitamin K\nB. Vitamin E\nC. Vitamin B6\nD. Vitamin D",
    "How many permanent teeth does a typical adult have, including wisdom teeth?\nA. 20\nB. 28\nC. 32\nD. 36",
    "Which cells in the retina are mainly responsible for colour vision?\nA. Rods\nB. Cones\nC. Ganglion cells\nD. Bipolar cells",
    "Presbyopia, the need for reading glasses in middle age, is mainly caused by:\nA. A detached retina\nB. Loss of elasticity of the lens\nC. Raised eye pressure\nD. A scratched cornea",
    "In the UK, a medicine that may only be sold in a pharmacy under a pharmacist's supervision is classed as:\nA. GSL\nB. P\nC. POM\nD. CD",
    "Which bacterium is most closely associated with dental caries?\nA. Streptococcus mutans\nB. Escherichia coli\nC. Staphylococcus aureus\nD. Helicobacter pylori",
    "Glaucoma causes vision loss by damaging the:\nA. Cornea\nB. Optic nerve\nC. Lens\nD. Iris",
    "Which of these drugs is a beta blocker?\nA. Atenolol\nB. Amoxicillin\nC. Omeprazole\nD. Sertraline",
    "The elimination half-life of a drug is the time taken for:\nA. The drug to start working\nB. The plasma concentration to fall by half\nC. Half the tablet to dissolve\nD. Half the dose to reach the brain",
    "Astigmatism is most often caused by:\nA. An unevenly curved cornea\nB. A cataract\nC. Dry eyes\nD. A lazy eye muscle",
    "Dental fluorosis results from:\nA. Too little calcium in childhood\nB. Too much fluoride while teeth are forming\nC. Grinding the teeth\nD. Acidic drinks",
    "Which nerve carries sensation from the lower teeth?\nA. Facial nerve\nB. Inferior alveolar nerve\nC. Vagus nerve\nD. Optic nerve",
    "A pharmacy raises the price of sunscreen by 10% and the quantity sold falls by 20%. Demand for sunscreen is:\nA. Perfectly inelastic\nB. Inelastic\nC. Unit elastic\nD. Elastic",
    "A periodontal probe is mainly used to measure:\nA. Tooth colour\nB. Gum pocket depth\nC. Bite force\nD. Saliva flow",
    "An ophthalmoscope is used to examine the:\nA. Ear canal\nB. Back of the eye\nC. Throat\nD. Skin",
    "A pharmacy records waiting times of 4, 6, 6, 9 and 15 minutes. What is the median waiting time?\nA. 6 minutes\nB. 8 minutes\nC. 9 minutes\nD. 6.5 minutes",
    "Which of these is a Schedule 2 controlled drug in the UK?\nA. Morphine\nB. Paracetamol\nC. Loratadine\nD. Ibuprofen",
    "The lens of the eye focuses on near objects mainly by changing its:\nA. Colour\nB. Shape\nC. Position\nD. Transparency",
    "The first glass contact lenses that could actually be worn were made in the:\nA. 1580s\nB. 1880s\nC. 1950s\nD. 1990s",
    "Which ethical principle most directly requires a pharmacist to keep a patient's information private?\nA. Beneficence\nB. Confidentiality\nC. Justice\nD. Non-maleficence",
    "Which food is known to raise blood levels of simvastatin dangerously?\nA. Bananas\nB. Grapefruit juice\nC. Milk\nD. White bread",
    "In tooth whitening, hydrogen peroxide acts mainly as:\nA. A reducing agent\nB. An oxidising agent\nC. A buffer\nD. An abrasive",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Is it safe to take ibuprofen and paracetamol together for toothache?",
    "How often should adults have an eye test if they have no symptoms at all?",
    "My gums bleed when I brush. Should I brush more gently or see a dentist?",
    "Can I wear my contact lenses in the shower or when swimming?",
    "What is the difference between an optician, an optometrist and an ophthalmologist?",
    "Is it normal for a new filling to feel sensitive to cold for a couple of weeks?",
    "Can a pharmacist give me an emergency supply of my blood pressure tablets if I run out while away from home?",
    "Do blue-light glasses actually help with eye strain from screens?",
    "What should I eat in the first few days after having a wisdom tooth removed?",
    "Should I cancel my dental cleaning if I have a bad cold?",
    "Are electric toothbrushes really better than manual ones?",
    "Which over-the-counter eye drops are suitable for hay fever?",
    "Is it okay to drink alcohol while taking antibiotics for a tooth infection?",
    "What are the early signs of glaucoma, and who is most at risk?",
    "How do I know whether a mouth ulcer needs checking by a dentist?",
    "Can young children use adult toothpaste, and how much should they use?",
    "Why does the pharmacist ask what other medicines I take before selling me cold and flu tablets?",
    "What is dry socket and how can I avoid it after an extraction?",
    "How should I store insulin pens when travelling by plane?",
    "Are floaters in my vision something to worry about?",
    "Can grinding my teeth at night cause morning headaches?",
    "How long should I wait after eating before I brush my teeth?",
    "Is it safe to buy ready-made reading glasses from a supermarket instead of getting an eye test?",
    "What is the safest way to get rid of old or unused medicines?",
    "Does whitening toothpaste damage tooth enamel over time?",
]

NATIONAL_IDS = {
    # in the chat requests
    "612 407 3897": nhs_ok,  # NHS number
    "943 576 2107": nhs_ok,
    "485 331 7090": nhs_ok,
    "75110803124": pesel_ok,  # Polish PESEL
    "527 904 817": luhn_len(9),  # Canadian SIN
    "4392 51871 1": medicare_ok,  # Australian Medicare card
    # in the records
    "705 263 1180": nhs_ok,
    "473 918 2068": nhs_ok,
    "729 104 3662": nhs_ok,
    "314527862": bsn_ok,  # Dutch BSN
    "2083 71 461": bsn_ok,
    "92031715646": pesel_ok,
    "517.208.369-30": cpf_ok,  # Brazilian CPF
    "263.904.781-78": cpf_ok,
    "28461905320": kimlik_ok,  # Turkish kimlik
    "73920415W": dni_ok,  # Spanish DNI
    "Y4027318D": dni_ok,  # Spanish NIE
    "210779-318U": hetu_ok,  # Finnish henkilötunnus
    "RSSGLI84C52L219C": codice_fiscale_ok,  # Italian codice fiscale
    "MRNPLA79T08F839Z": codice_fiscale_ok,
    "320106198709243611": china_id_ok,  # Chinese resident identity number
    "S7924183J": nric_ok,  # Singapore NRIC
    "T0351729I": nric_ok,
    "G5182047P": nric_ok,  # Singapore FIN
    "830214-1628373": rrn_ok,  # Korean resident registration number
    "533 184 207": tfn_ok,  # Australian tax file number
    "2617 40387 2": medicare_ok,
    "5103 2874 9163": my_number_ok,  # Japanese My Number
    "8204716LA": pps_ok,  # Irish PPS number
    "3517924L": pps_ok,
    "2 84 07 69 123 045 95": nir_ok,  # French NIR
    "1 91 03 13 055 218 13": nir_ok,
    "82.11.04-273.48": belgian_id_ok,  # Belgian national number
    "14038749685": fodselsnummer_ok,  # Norwegian fødselsnummer
    "247183059": nif_ok,  # Portuguese NIF
    "2850612407317": cnp_ok,  # Romanian CNP
    "14.582.307-2": rut_ok,  # Chilean RUT
    "9.417.226-8": rut_ok,
    "48809152711": isikukood_ok,  # Estonian isikukood
    "240684-3659": kennitala_ok,  # Icelandic kennitala
    "885712/4133": rodne_cislo_ok,  # Czech rodné číslo
    "3184062750": rnokpp_ok,  # Ukrainian RNOKPP
    "57291804367": steuer_id_ok,  # German tax id
    "ZKM4829": nhi_ok,  # New Zealand NHI
    "5926 8104 3775": aadhaar_ok,  # Indian Aadhaar
    "790614-2836": luhn_len(10),  # Swedish personnummer
    "314827056": luhn_len(9),  # Israeli teudat zehut
    "8604170812086": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0(113|117|131|161) 496 0\d{3}",  # Leeds, Bristol, Edinburgh, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|31|34|39|40|43|45|46|48|55|64|65|84|86|90|91|420|971) [\d -]+\d",  # no fiction range known
    )
]


def values(texts: list[str], kind: str) -> list[list[str]]:
    """The distinct values of one type in each text."""
    return [sorted({s["value"] for s in marked_spans(t) if s["type"] == kind}) for t in texts]


def check_mix() -> None:
    """Each record names exactly one person and holds one to four other values; about 40
    records carry a national id; the chat requests name people, about 20 hold a secret, and
    every entity type appears somewhere."""
    for marked, people in zip(RECORDS, values(RECORDS, "PERSON"), strict=True):
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = sum(any(v in NATIONAL_IDS for v in ids) for ids in values(RECORDS, "ID_NUMBER"))
    if not 38 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")
    named = sum(bool(p) for p in values(CHAT, "PERSON"))
    secret = sum(bool(p) for p in values(CHAT, "PASSWORD"))
    if named < 100 or not 18 <= secret <= 24:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"types never used: {sorted(TYPES - kinds)}")


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
        "blind157", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
