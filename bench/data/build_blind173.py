# ruff: noqa: E501
"""A hundred-and-seventy-third blind privacy set: 220 texts with personal data and 100 clean
ones, on bookkeepers, accountants, tax returns and small-business payroll.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table format
and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and the
``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the other
sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 120 chat requests (3 to 100 words) a company chatbot for bookkeeping, tax and payroll would
  get: the first 30 typed all in lower case, then 6 in other languages (Spanish, German,
  French, Turkish, Brazilian Portuguese, Hindi), then 84 in English. Most name a private
  person, many with no cue word (rotas, cost splits, sign-offs, lists, appositives,
  instructions "tell X that ..."), with names of many origins and scripts (Latin with
  diacritics, Yoruba, Vietnamese, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali,
  Thai, Han for Chinese and Japanese names, Hangul, Georgian, Tamil) and names that are ordinary words (Hope, Rose, Bill,
  Grace, Summer, Will, Mark, Joy, Penny, Sunny, Amber, Ivy, Faith, Dawn, Pearl, Ruby,
  Frank, Destiny, Heather, Jack); 20 hold a secret (door, gate, keybox, safe and alarm
  codes, PINs, wifi keys, passwords, 2FA codes, three API keys or tokens);
* 100 one-person records (one sentence or a short form each: payslips, tax forms, new
  starter forms, client files) in English and 32 other languages, 41 with a
  check-digit-valid national id of 29 kinds, plus phones, e-mails, addresses, cards, IBANs,
  SSNs and account, member, employee, customer, patient, policy and student numbers.

Usernames and logins, account, customer, member, employee, student, patient, policy and
super-fund numbers and national ids are ID_NUMBER; PINs, door, gate, keybox, safe and alarm
codes, wifi keys, passwords and 2FA codes PASSWORD; titles and relation words stay outside
PERSON spans; an address span runs from the first street line through the postcode and city
as typed; public figures, companies, fictional characters, invoice and order numbers, tax
codes and dates of birth are not labelled; every occurrence of a private value is marked.
The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public or historical figures and fictional characters), 25 GSM8K-style word problems with
story first names, 25 MMLU-style items with options A to D and 25 health questions naming
no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from documentation
ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind173.py`` from the repository root; the output
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
    my_number_ok,
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
from marks import build_sections, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme|M|Pan|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "hi, i'm [[PERSON|dolores quintanilla]] and i run a two-person bakery with my cousin. we pay a part-time bookkeeper about £90 a week in cash and nobody has ever sent her a payslip. do we need to put her on payroll, or can she invoice us as self-employed? i don't want a fine later, and honestly i don't understand the difference.",
    "payroll rota for the month: week 1 [[PERSON|hope adeyemi]], week 2 [[PERSON|bill kowalczyk]], week 3 [[PERSON|hope adeyemi]], week 4 whoever is free. can you turn this into a table",
    "tell [[PERSON|summer okonkwo]] the quarterly vat return is due on the 7th and she has to approve it in the portal before noon",
    "the lockbox at the back office is [[PASSWORD|4417]], can you add that to the onboarding note for the new payroll clerk",
    "split the accountant's fee three ways: [[PERSON|rose delacroix]] 40%, [[PERSON|jun takahashi]] 30%, [[PERSON|kwame asante]] 30%. total is £1,860, show each share",
    "my bookkeeper [[PERSON|marisol ortega]] left and i can't get into xero. her old login was [[ID_NUMBER|m.ortega.books]] and the password [[PASSWORD|cactus!ledger22]]. how do i move the subscription over to my own name",
    "how do i correct a payslip where [[PERSON|will brennan]] got paid for 38 hours instead of 83",
    "email [[EMAIL_ADDRESS|anjali.r@ledgerhouse.example]] the p60s",
    "who should sign the corporation tax return, me or our director [[PERSON|ifeoma nwachukwu]]? she holds 60% of the shares and i'm the company secretary",
    "cost split for the tax seminar: [[PERSON|sven lindqvist]] paid the room (£300), [[PERSON|aroha te whata]] paid lunch (£126), i paid the speaker (£450). how much does each of us owe to even out",
    "the office alarm code changed to [[PASSWORD|83190]], can you let [[PERSON|faith mwangi]] know before she opens up for the payroll run on friday",
    "is mileage taxable? [[PERSON|mark ellison]] drove 1,240 miles for client visits and wants it reimbursed through payroll",
    "[[PERSON|olusegun bámidélé]] here. my self assessment says i owe £3,410 but i made both payments on account. can you check what went wrong",
    "please add [[PERSON|nguyễn thị hoa]] to the payroll from 1 june, 20 hours a week at £12.60 an hour, tax code 1257l",
    "our wifi for the tax clinic day is taxhelp-guest and the key is [[PASSWORD|ledger-lantern-57]]. write a sign for the door with it",
    "what expenses can a sole trader claim when working from home? asking for my uncle [[PERSON|dmitri volkov]] who does freelance bookkeeping from his spare room",
    "can you draft a polite chaser to [[PERSON|penny hargreaves]] at [[EMAIL_ADDRESS|penny.h@oakfieldjoinery.example]] asking for the bank statements for january to march",
    "remind me how the 2fa thing works, the app gave me [[PASSWORD|604 218]] but the tax site rejected it",
    "hey, [[PERSON|joy fairweather]] and [[PERSON|ahmed el-sayed]] both left in april. do their p45s go out from us or from the accountant",
    "call [[PERSON|dawn petrakis]] on [[PHONE_NUMBER|07700 900418]] about the missing invoices before the quarter closes",
    "i'm doing the books for my sister's salon. [[PERSON|priya venkataraman]] pays her two stylists in cash, is that allowed if she records it properly",
    "our payroll contact at the bureau is [[PERSON|heather mcallister]], [[PHONE_NUMBER|01632 960233]], she wants the timesheets by thursday. set a reminder for wednesday afternoon",
    "quick one, is a gift card from the boss taxable? [[PERSON|ivy chen]] got £150 of vouchers at christmas",
    "list for the year end: 1. stock count ([[PERSON|rahul mehta]]) 2. bank recs ([[PERSON|sunny park]]) 3. accruals (me) 4. final sign off with [[PERSON|gwen morgan]]",
    "how long do i keep payroll records in the uk? our old treasurer, [[PERSON|maurice ogunleye]], kept everything since 1998 in the garage",
    "door code for the accounts office is [[PASSWORD|2580#]], and [[PERSON|chidi okafor]] has the spare key if it doesn't work",
    "can you explain what a p11d is like i'm five. [[PERSON|amber whitlock]] from hr keeps sending me them",
    "forward this to [[PERSON|yusuf demir]]: the accountant needs the signed engagement letter back by the 15th or the tax return slips",
    "what's the difference between a bookkeeper and an accountant, and would [[PERSON|lakshmi iyer]] need to be registered with anyone to do both for my cafe",
    "set up a standing order note: pay [[PERSON|brandon kealoha]] £240 a month for the bookkeeping, to account [[ID_NUMBER|73920461]]",
    # --- other languages (6) ---
    "Hola, soy [[PERSON|Begoña Etxeberria]]. Mi gestor dice que tengo que presentar el modelo 303 antes del día 20, pero todavía no tengo las facturas de [[PERSON|Íñigo Zubizarreta]]. ¿Qué pasa si lo presento tarde?",
    "Bitte sag [[PERSON|Jürgen Weißmüller]], dass die Lohnabrechnung für Mai noch nicht freigegeben ist. Das Passwort für das Lohnportal lautet [[PASSWORD|Lohnbuero#Mai24]].",
    "Bonjour, notre comptable, [[PERSON|Hélène Lefèvre-Da Silva]], est en congé. Qui peut valider la déclaration de TVA de [[PERSON|Anaïs Boulanger]] avant vendredi ?",
    "Muhasebecimiz [[PERSON|Şükrü Çelebi]] bu ay bordroyu geç gönderdi. Çalışanlara maaşların neden geciktiğini nasıl açıklamalıyım?",
    "Oi, preciso declarar o imposto de renda da minha mãe, [[PERSON|Conceição Araújo]]. Ela recebe aposentadoria e um aluguel, o que entra na declaração?",
    "मेरे अकाउंटेंट [[PERSON|राजेश अग्रवाल]] ने कहा कि जीएसटी रिटर्न इस महीने की 20 तारीख तक भरना है। क्या देर होने पर जुर्माना लगेगा?",
    # --- English (84) ---
    "Can you draft an email to our new bookkeeper, [[PERSON|Zoë Van der Merwe]], welcoming her to the firm and listing the month-end tasks she'll own: bank reconciliations, supplier statements, the VAT control account and the payroll journal?",
    "Payroll cost split for March: [[PERSON|Ngozi Eze]] 32 hrs, [[PERSON|Lars Øvergaard]] 28 hrs, [[PERSON|Camille Fontaine]] 16 hrs, all at £13.50. Employer NI is 13.8% above the threshold; work out each one's cost to the business.",
    "Tell [[PERSON|Grace Holloway]] that HMRC accepted the amended return and the refund of £612 should land within five working days.",
    "My accountant [[PERSON|Светлана Кузнецова]] wants my P60 and the rental statements. What else should I gather before our meeting?",
    "Please summarise this for the partners: [[PERSON|Νικόλαος Παπαδόπουλος]] has asked to move from monthly to weekly pay from next quarter.",
    "Our treasurer, [[PERSON|يوسف الحداد]], signs the charity's Gift Aid claim. Does he need to be a trustee to do that?",
    "[[PERSON|נועה לוי]] starts Monday as a payroll assistant. Write her a checklist for her first week.",
    "The shop manager, [[PERSON|অনিন্দিতা সেন]], asked whether tips paid through the card machine go through payroll. What should I tell her?",
    "Rota for the tax-season phones: mornings [[PERSON|สมชาย ใจดี]], afternoons [[PERSON|Bill Ng]], Saturdays [[PERSON|王丽娟]]. Turn it into a weekly grid.",
    "Can you translate this note for [[PERSON|佐藤 美咲]]: your year-end adjustment form is missing the life insurance deduction certificate.",
    "[[PERSON|김지훈]] asked if his December overtime counts toward this year's or next year's withholding. Which is it?",
    "Thanks so much for walking me through the VAT return, it finally balances! — [[PERSON|Adébáyọ̀ Ọlábísí]]",
    "Send the bookkeeping login to [[PERSON|Hope Castellano]]: username [[ID_NUMBER|hcastellano]], temporary password [[PASSWORD|Receipt-Otter-41]]. Tell her to change it on first login.",
    "The API token for our timesheet sync is [[API_KEY|pk_live_9Qx2LmR7vTa04KcZ8hWnE5sJ]]. Why does every call fail with a 401 since Tuesday?",
    "[[PERSON|Rose Ferreira]] and [[PERSON|Amara Nwosu]] split the Hartley & Sons bookkeeping contract with me. How should we invoice so each of us reports our own income?",
    "Who is liable if [[PERSON|Frank Delgado]], our former bookkeeper, filed the payroll late and we got a penalty?",
    "I'm [[PERSON|Mei-Ling Ho]], sole trader, turnover about £48k. Do I have to register for VAT yet?",
    "The gate code for the storage unit with our old tax files is [[PASSWORD|*7720]]. [[PERSON|Kieran Doyle]] needs the 2017 boxes by Friday.",
    "Please reply to [[PERSON|Ana Lúcia Barros]] at [[EMAIL_ADDRESS|analucia.barros@example.com]] confirming we received her signed tax return.",
    "Is a company car for [[PERSON|Ruby Tran]] a taxable benefit if she only uses it for client visits?",
    "Give me a payslip explanation I can send to [[PERSON|Sipho Dlamini]], who thinks his net pay dropped because of a tax code error. Keep it friendly and under 150 words.",
    "Our bookkeeper [[PERSON|Aleksandra Nowak-Jones]] has resigned and leaves at the end of the month. Write a handover checklist she can fill in before she goes: logins to transfer, recurring journals, supplier quirks, where the paper receipts live and which clients expect a call before the VAT deadline.",
    "Customer [[PERSON|Julien Moreau]] says we withheld too much tax on his contractor invoice. His account number with us is [[ID_NUMBER|CUST-204718]]. Can you check the rules?",
    "Hi, I need to whitelist [[IP_ADDRESS|203.0.113.58]] for [[PERSON|Oksana Hrytsenko]] so she can reach the payroll server from home.",
    "Split the £2,340 accountancy bill: [[PERSON|Tariq Mahmood]] 50%, [[PERSON|Eilidh MacLeod]] 25%, [[PERSON|Bongani Khumalo]] 25%.",
    "What do I put in box 5 of the VAT return? [[PERSON|Summer Reyes]] did it last quarter and put zero.",
    "Draft a reminder for the staff noticeboard: timesheets to [[PERSON|Destiny Afolabi]] by 5pm Thursday or the hours roll into the next pay run.",
    "The alarm at the accountancy office is [[PASSWORD|90417]] and the keypad is behind the coat rack. Put that in a note for [[PERSON|Caoimhe Ní Bhriain]], who covers Saturdays.",
    "I think [[PERSON|Marcus Oyelaran]] overpaid himself through payroll. How do I reverse a net pay error after the FPS was sent?",
    "Can [[PERSON|Ilse Vermeulen]] claim the marriage allowance if her husband is a higher-rate taxpayer?",
    "For the audit file: the bank feed token is [[API_KEY|bfk_3hT9wQ2xPzL7mVc0RyN6aJd4KsUe8Gf1]], rotated by [[PERSON|Hannah Goldberg]] on 2 May. Write a one-paragraph control note saying who rotated it, when, and that it must be rotated again every 90 days.",
    "Why was [[PERSON|Parisa Ahmadi]]'s first paycheck prorated?",
    "Set up direct deposit for [[PERSON|Jacob Whitehorse]], checking account [[ID_NUMBER|4471902635]], starting with the June 15 payroll.",
    "Please call [[PERSON|Ximena Cárdenas]] at [[PHONE_NUMBER|(312) 555-0147]] to confirm her W-4 withholding before Friday's run.",
    "[[PERSON|Raj Malhotra]] and [[PERSON|Sunita Malhotra]] own the business 50/50. Can both be on payroll and still take dividends?",
    "What's the PIN for the company card again? [[PERSON|Grace Adeyemi-Cole]] says it's [[PASSWORD|6042]] but it keeps declining at the post office.",
    "Should I pay [[PERSON|Tobias Brandt]] as a contractor or an employee? He works 30 hours a week from our office on our laptops, and we set his hours.",
    "Explain [[PERSON|Fatuma]]'s letter.",
    "Our wifi password at the accounting firm is [[PASSWORD|Debits&Credits2024]]. Write a one-line message for [[PERSON|Omar Farouk]] so he can connect his laptop on Monday.",
    "Can I deduct the course [[PERSON|Chloé Martin]] took for her bookkeeping certificate as a business expense?",
    "The payroll bureau asked for [[PERSON|Emre Yıldız]]'s starter checklist. What's on it?",
    "Reconcile this: [[PERSON|Harriet Osei]] paid £420, [[PERSON|Dev Patel]] paid £180, the business paid £600 for the tax software. Who owes whom?",
    "I got a text saying my tax refund is ready and asking for my card number. Is it a scam? My name's [[PERSON|Gloria Mensah]], if that matters.",
    "[[PERSON|Arjun Nair]], [[PERSON|Beatriz Sousa]] and [[PERSON|Kofi Boateng]] are joining payroll next week. Which forms does each need?",
    "The API key for the receipt-scanning app is [[API_KEY|rsk_8bN2vL0qWx7TzP4hYc9MaE3dKf6RjU1s]]. Why does it say the key has expired when we renewed last week?",
    "Tell [[PERSON|Pearl Abernethy]] the 2FA code for the shared tax account is [[PASSWORD|318 664]] and it runs out in 30 seconds.",
    "Do I need to give [[PERSON|Sanjay Kulkarni]] a 1099-NEC if I paid him $540 for setting up our QuickBooks file?",
    "My business partner [[PERSON|Jolene Fairbanks]] wants to pay her teenage son through the company for weekend filing work. He's sixteen, would do about six hours on Saturdays scanning old invoices and sorting receipts into folders, and she'd like to pay him £9 an hour. Is that legit? Do we need to put him on payroll with a starter checklist, check the local rules for employing children, and keep timesheets in case HMRC ever asks whether the work was real? Anything else we should watch out for?",
    "Hi! I'm [[PERSON|Mateus Carvalho]], bookkeeper for a small brewery. What's the best way to track excise duty alongside VAT?",
    "Remind [[PERSON|Nadia Haddad]] at [[EMAIL_ADDRESS|nadia@haddadflorals.example]] that her quarterly estimated tax payment is due on the 15th.",
    "Annual leave balances need fixing for [[PERSON|Ewa Kamińska]] (she carried over 4 days) and [[PERSON|Hugo Lambert]] (none).",
    "Can you check my math? [[PERSON|Temitope Bakare]] earns £31,200 with tax code 1257L. What is her monthly income tax?",
    "Who is [[PERSON|Ngaire Walker]] on our HMRC agent list? I don't recognise her and she has access to our payroll.",
    "The safe in the payroll office opens with [[PASSWORD|47-12-88]]. Only [[PERSON|Lionel Achterberg]] and I should know it, so don't log this anywhere.",
    "[[PERSON|Jack Thornbury]] wants his bonus paid into his pension to save tax. How does salary sacrifice work for a one-off bonus?",
    "Please email the draft accounts to [[EMAIL_ADDRESS|r.obi@obi-joinery.example]] and copy me in.",
    "We owe [[PERSON|Sakura Ishikawa]] three weeks of back pay after a payroll error. How do we show it on the payslip?",
    "Write a thank-you card to [[PERSON|Daniela Moretti]] for sorting our R&D tax credit claim so quickly.",
    "Our accountant [[PERSON|Αικατερίνη Ιωάννου]] asked for the share register. What does one need to include?",
    "Is it OK that [[PERSON|Кирилл Смирнов]] is paid in euros while the company reports in pounds?",
    "The volunteer treasurer, [[PERSON|Mohammed Al-Rashid]], needs access to the mosque's accounts before the annual return is due. Right now only I can log into the online banking, and I've been sharing my own login, which I know is wrong. What's the safest way to give him his own access, what should the committee minute, and should two people approve every payment over a set amount?",
    "Can [[PERSON|अनीता शर्मा]] file her income tax return after the deadline if she was abroad for work?",
    "Write a payslip note for [[PERSON|ศิริพร วงศ์สวัสดิ์]] explaining the new student loan deduction.",
    "Make a quick list of who still owes receipts: [[PERSON|Cormac O'Shea]] (fuel), [[PERSON|Anouk de Vries]] (hotel), [[PERSON|Yaw Darko]] (software).",
    "My mother, [[PERSON|Margit Szabó]], runs a guesthouse. Does she charge VAT on room rates if she's under the threshold?",
    "Can you explain reverse charge VAT to [[PERSON|ნინო ბერიძე]]? She's new in the accounts team and confused.",
    "Please log: keybox at the client's warehouse is [[PASSWORD|1966]], left for the stocktake by [[PERSON|Rhiannon Pryce]].",
    "Update the payroll address for [[PERSON|Dawit Bekele]] to [[STREET_ADDRESS|14 Larkspur Close, Leeds LS6 3QF]].",
    "Our payroll software admin password got shared in a group chat. It was [[PASSWORD|PayDay!Otter99]]. What should [[PERSON|Elin Sjöberg]] do first?",
    "Reprint [[PERSON|Claudette Beaumont]]'s payslip.",
    "Our bookkeeper [[PERSON|Hiroshi Nakamura]] keeps coding taxi rides as travel and client lunches as entertainment. Which is right for client visits?",
    "[[PERSON|Precious Moyo]] from accounts says our PAYE reference is wrong on the payslips. Where do I find the right one?",
    "Merge these two rota lists for the year-end close: [[PERSON|Ayşe Kaya]] / [[PERSON|Liam Byrne]] on bank recs, [[PERSON|Marta Ruiz]] / [[PERSON|Ayşe Kaya]] on fixed assets.",
    "If [[PERSON|Ezekiel Mwangi]] works 52 hours in a week at £11.44 an hour, what's his gross with time-and-a-half after 40?",
    "Send a nudge to [[PERSON|Brigid Fallon]] on [[PHONE_NUMBER|+44 7700 900652]]: the self-assessment deadline is the 31st.",
    "How should I record the loan [[PERSON|Viktor Horváth]] made to the company from his own savings?",
    "Our part-timer [[PERSON|கவிதா ராமன்]] has two employers. Which one applies her personal allowance?",
    "The door code for the shared office is [[PASSWORD|5193*]]. Can you put it in the welcome pack for the new bookkeeping intern?",
    "I'm [[PERSON|Darius Farahani]]; my W-2 shows the wrong state. Who fixes that, my employer or the IRS?",
    "[[PERSON|Siobhán Kearney]] is covering payroll while [[PERSON|Ravi Subramanian]] is on leave; send all queries to her until the 14th.",
    "Heads up for Monday's payroll: [[PERSON|Heather Quaye]] is on unpaid leave, [[PERSON|Jack Morrow]] is back from sick leave, and [[PERSON|Faith Obuya]] goes from 25 to 37.5 hours. What do I need to change?",
    "Can you write a rota for the bookkeeping desk: Mon/Wed [[PERSON|Oluwaseun Adébísí]], Tue/Thu [[PERSON|Mark Tsang]], Fri [[PERSON|Dawn Whitaker]]?",
    "Tell [[PERSON|Will Okoro]] his expenses claim is approved but the hotel receipt is missing, so we'll pay the rest next month.",
    "My late father, [[PERSON|Edmund Harrowgate]], ran a small plumbing firm. As executor, do I file his final tax return or does his accountant?",
]

# Every national id of the records and its check-digit validator.
NATIONAL_IDS = {
    "738 291 6049": nhs_ok,  # NHS number
    "512 087 3960": nhs_ok,
    "718 305 469": tfn_ok,  # Australian tax file number
    "392 640 189": tfn_ok,
    "865 207 311": tfn_ok,
    "538 214 073": luhn_len(9),  # Canadian SIN
    "712 948 363": luhn_len(9),
    "193704821": bsn_ok,  # Dutch BSN
    "260813503": bsn_ok,
    "47182960359": steuer_id_ok,  # German tax id
    "59031728460": steuer_id_ok,
    "BRNGLI85M52F205A": codice_fiscale_ok,  # Italian codice fiscale
    "CNTLCU79D18L219D": codice_fiscale_ok,
    "30518274B": dni_ok,  # Spanish DNI and NIE
    "Y4726185K": dni_ok,
    "238194051": nif_ok,  # Portuguese NIF
    "251740684": nif_ok,
    "394.817.206-40": cpf_ok,  # Brazilian CPF
    "215.630.948-51": cpf_ok,
    "92031584727": pesel_ok,  # Polish PESEL
    "85112903814": pesel_ok,
    "5183 6027 4199": aadhaar_ok,  # Indian Aadhaar
    "7392 0184 6535": aadhaar_ok,
    "28451937010": kimlik_ok,  # Turkish kimlik
    "7428193UA": pps_ok,  # Irish PPS number
    "2 85 07 75 114 052 50": nir_ok,  # French NIR
    "85.07.12-273.37": belgian_id_ok,  # Belgian national number
    "120589 47375": fodselsnummer_ok,  # Norwegian fødselsnummer
    "870423-5186": luhn_len(10),  # Swedish personnummer
    "230791-3187": hetu_ok,  # Finnish henkilötunnus
    "2860514401236": cnp_ok,  # Romanian CNP
    "14.382.907-3": rut_ok,  # Chilean RUT
    "48906120216": isikukood_ok,  # Estonian isikukood
    "120389-2039": kennitala_ok,  # Icelandic kennitala
    "885312/1475": rodne_cislo_ok,  # Czech rodné číslo
    "3184029576": rnokpp_ok,  # Ukrainian RNOKPP
    "850914-2183458": rrn_ok,  # Korean resident registration number
    "3820 4917 6520": my_number_ok,  # Japanese My Number
    "110105198806143721": china_id_ok,  # Chinese resident identity number
    "S8826413D": nric_ok,  # Singapore NRIC
    "318472602": luhn_len(9),  # Israeli teudat zehut
}

# 100 one-person records: the first 41 hold a national id, the other 59 none.
RECORDS = [
    # --- with a national id (41) ---
    "Occupational health referral for payroll: [[PERSON|Gareth Llewellyn]], NHS number [[ID_NUMBER|738 291 6049]], mobile [[PHONE_NUMBER|07700 900231]].",
    "Patient [[PERSON|Imogen Ashdown-Price]], NHS no. [[ID_NUMBER|512 087 3960]], of [[STREET_ADDRESS|27 Cobbler's Row, Bristol BS3 4NP]], needs a fit note for statutory sick pay.",
    "Employee TFN declaration: [[PERSON|Lachlan Fitzgerald]], TFN [[ID_NUMBER|718 305 469]], phone [[PHONE_NUMBER|0491 570 318]].",
    "Payroll onboarding - [[PERSON|Mai Nguyen]], tax file number [[ID_NUMBER|392 640 189]], super member no. [[ID_NUMBER|SUP-88120473]], email [[EMAIL_ADDRESS|mai.nguyen@example.com.au]].",
    "Client intake: [[PERSON|Tamsin O'Rourke]], TFN [[ID_NUMBER|865 207 311]], [[STREET_ADDRESS|9 Banksia Street, Fremantle WA 6160]].",
    "Fiche d'employé : [[PERSON|Étienne Gagnon]], NAS [[ID_NUMBER|538 214 073]], téléphone [[PHONE_NUMBER|(514) 555-0162]].",
    "T4 slip for [[PERSON|Priya Deshpande-Clark]], SIN [[ID_NUMBER|712 948 363]], address [[STREET_ADDRESS|402-118 Maple Crescent SW, Calgary AB T2W 1M4]].",
    "Loonstrook van [[PERSON|Sanne de Groot]], BSN [[ID_NUMBER|193704821]], IBAN [[IBAN_CODE|NL82 RABO 0318 4729 56]].",
    "Aangifte inkomstenbelasting: [[PERSON|Joris van Leeuwen]], BSN [[ID_NUMBER|260813503]], e-mail [[EMAIL_ADDRESS|joris.vanleeuwen@example.nl]].",
    "Lohnsteuerbescheinigung für [[PERSON|Friederike Schäfer]], Steuer-ID [[ID_NUMBER|47182960359]], wohnhaft [[STREET_ADDRESS|Gartenstraße 41, 04107 Leipzig]].",
    "Neuer Mitarbeiter: [[PERSON|Kemal Aydın]], steuerliche Identifikationsnummer [[ID_NUMBER|59031728460]], IBAN [[IBAN_CODE|DE16 1005 0000 0247 3918 64]].",
    "Cedolino di [[PERSON|Giulia Bruni]], codice fiscale [[ID_NUMBER|BRNGLI85M52F205A]], residente in [[STREET_ADDRESS|Via Padova 88, 20127 Milano]].",
    "Dichiarazione dei redditi: [[PERSON|Luca Conti]], C.F. [[ID_NUMBER|CNTLCU79D18L219D]], e-mail [[EMAIL_ADDRESS|luca.conti79@example.it]].",
    "Nómina de [[PERSON|Rocío Jiménez Vidal]], DNI [[ID_NUMBER|30518274B]], cuenta [[IBAN_CODE|ES89 2085 0193 5103 3184 7260]].",
    "Alta en la Seguridad Social: [[PERSON|Andrei Popescu]], NIE [[ID_NUMBER|Y4726185K]], correo [[EMAIL_ADDRESS|andrei.popescu@example.es]].",
    "Recibo de vencimento de [[PERSON|João Pedro Matos]], NIF [[ID_NUMBER|238194051]], IBAN [[IBAN_CODE|PT67 0035 0651 0000 4829 1037 5]].",
    "Ficha de cliente: [[PERSON|Inês Carvalhal]], contribuinte n.º [[ID_NUMBER|251740684]], morada [[STREET_ADDRESS|Rua das Flores 118, 4050-262 Porto]].",
    "Declaração de IR de [[PERSON|Thiago Nascimento]], CPF [[ID_NUMBER|394.817.206-40]], e-mail [[EMAIL_ADDRESS|thiago.nasc@example.com.br]].",
    "Holerite: [[PERSON|Luana Ribeiro dos Santos]], CPF [[ID_NUMBER|215.630.948-51]], matrícula [[ID_NUMBER|FUNC-04471]].",
    "Pasek płacowy: [[PERSON|Katarzyna Zielińska]], PESEL [[ID_NUMBER|92031584727]], konto [[IBAN_CODE|PL09 1140 2004 0000 3602 7518 4930]].",
    "Zgłoszenie do ZUS: [[PERSON|Bartosz Lewandowski-Kruk]], PESEL [[ID_NUMBER|85112903814]], adres [[STREET_ADDRESS|ul. Ogrodowa 17/4, 90-225 Łódź]].",
    "[[PERSON|प्रिया मल्होत्रा]] का आधार नंबर [[ID_NUMBER|5183 6027 4199]] है और ईमेल [[EMAIL_ADDRESS|priya.malhotra@example.in]] है।",
    "Form 16 issued to [[PERSON|Venkatesh Raghunathan]], Aadhaar [[ID_NUMBER|7392 0184 6535]], employee code [[ID_NUMBER|EMP-30915]].",
    "Bordro: [[PERSON|Elif Karaca]], T.C. kimlik no [[ID_NUMBER|28451937010]], e-posta [[EMAIL_ADDRESS|elif.karaca@example.com.tr]].",
    "Payslip for [[PERSON|Niamh Ó Súilleabháin]], PPSN [[ID_NUMBER|7428193UA]], paid to [[IBAN_CODE|IE26 BOFI 9000 1728 4619 53]].",
    "Déclaration sociale de [[PERSON|Margaux Lemaire]], n° de sécurité sociale [[ID_NUMBER|2 85 07 75 114 052 50]], adresse [[STREET_ADDRESS|12 rue des Tanneurs, 69005 Lyon]].",
    "Fiche de paie : [[PERSON|Thibault Verstraeten]], numéro national [[ID_NUMBER|85.07.12-273.37]], compte [[IBAN_CODE|BE61 3630 8174 2915]].",
    "Lønnsslipp for [[PERSON|Ingrid Solheim]], fødselsnummer [[ID_NUMBER|120589 47375]], konto [[IBAN_CODE|NO27 1503 8271 946]].",
    "Kontrolluppgift för [[PERSON|Oskar Lindström]], personnummer [[ID_NUMBER|870423-5186]], e-post [[EMAIL_ADDRESS|oskar.lindstrom@example.se]].",
    "Palkkalaskelma: [[PERSON|Aino Mäkelä]], henkilötunnus [[ID_NUMBER|230791-3187]], tili [[IBAN_CODE|FI25 4006 1047 2938 51]].",
    "Fluturaș de salariu pentru [[PERSON|Ioana Munteanu]], CNP [[ID_NUMBER|2860514401236]], cont [[IBAN_CODE|RO95 BTRL 0130 1205 3918 4702]].",
    "Liquidación de sueldo: [[PERSON|Camila Sepúlveda Rojas]], RUT [[ID_NUMBER|14.382.907-3]], correo [[EMAIL_ADDRESS|camila.sepulveda@example.cl]].",
    "Palgaleht: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48906120216]], aadress [[STREET_ADDRESS|Pärnu mnt 58-12, 10119 Tallinn]].",
    "Launaseðill: [[PERSON|Sigríður Jónsdóttir]], kennitala [[ID_NUMBER|120389-2039]], netfang [[EMAIL_ADDRESS|sigga.jons@example.is]].",
    "Výplatní páska: [[PERSON|Veronika Dvořáková]], rodné číslo [[ID_NUMBER|885312/1475]], bydliště [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]].",
    "Податкова картка: [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3184029576]], телефон [[PHONE_NUMBER|+44 7700 900719]].",
    "원천징수영수증: [[PERSON|이서연]], 주민등록번호 [[ID_NUMBER|850914-2183458]], 이메일 [[EMAIL_ADDRESS|seoyeon.lee@example.kr]]",
    "源泉徴収票：[[PERSON|高橋 健太]]、マイナンバー [[ID_NUMBER|3820 4917 6520]]、住所 [[STREET_ADDRESS|東京都世田谷区桜丘3-14-7]]",
    "工资单：[[PERSON|陈志强]]，身份证号 [[ID_NUMBER|110105198806143721]]，邮箱 [[EMAIL_ADDRESS|chen.zhiqiang@example.cn]]",
    "CPF contribution record: [[PERSON|Tan Wei Ming]], NRIC [[ID_NUMBER|S8826413D]], email [[EMAIL_ADDRESS|weiming.tan@example.sg]].",
    "תלוש שכר: [[PERSON|אביגיל כהן]], מספר זהות [[ID_NUMBER|318472602]], כתובת [[STREET_ADDRESS|רחוב הרצל 45, חיפה]]",
    # --- without a national id (59) ---
    "W-2 copy for [[PERSON|Shaniqua Robinson]], SSN [[US_SSN|512-48-7302]], [[STREET_ADDRESS|2290 Birchwood Ave, Dayton, OH 45406]].",
    "1099-NEC recipient: [[PERSON|Carlos Mendoza-Reyes]], SSN [[US_SSN|287-63-1940]], phone [[PHONE_NUMBER|(915) 555-0183]].",
    "Client [[PERSON|Eleanor Whitfield]], SSN [[US_SSN|604-19-8357]], email [[EMAIL_ADDRESS|ewhitfield@example.net]], return prepared 3/2.",
    "Spouse on the joint return: [[PERSON|Lorraine Kowalski]], SSN [[US_SSN|439-72-0615]], daytime phone [[PHONE_NUMBER|(608) 555-0121]].",
    "Card on file for the bookkeeping retainer: [[PERSON|Duncan McTavish]], [[CREDIT_CARD|4716 2938 0451 6720]], billing address [[STREET_ADDRESS|5 Thistle Wynd, Perth PH2 7QB]].",
    "Payment for tax prep: [[PERSON|Latoya Jefferson]], Mastercard [[CREDIT_CARD|5382 1094 6673 0187]], [[EMAIL_ADDRESS|latoya.j@example.com]].",
    "Amex [[CREDIT_CARD|3742 918305 62412]] belongs to [[PERSON|Reginald Ashcombe]], our client since 2016; charge the year-end fee to it.",
    "Subscription card for the payroll app: [[CREDIT_CARD|2223 0417 8852 9064]], cardholder [[PERSON|Wendy Ashworth]], expiry 09/27.",
    "Discover card [[CREDIT_CARD|6011 4820 9173 5567]] in the name of [[PERSON|Travis Beauchamp]], used for the quarterly estimated payment.",
    "Expense claim: [[PERSON|Hollie Brackenridge]] paid the filing fee on her personal Visa [[CREDIT_CARD|4929 5036 1187 2402]]; reimburse to [[IBAN_CODE|GB32 BARC 2037 1483 9201 75]].",
    "Bookkeeper's card for the software subscription: [[CREDIT_CARD|4539 7702 1846 0939]], [[PERSON|Colm Tierney]], [[PHONE_NUMBER|+44 7700 900146]].",
    "Client [[PERSON|Abimbola Fashola]], card [[CREDIT_CARD|5194 2860 3318 4755]], account no. [[ID_NUMBER|ACC-558201]].",
    "Virement du salaire de [[PERSON|Léa Rousseau]] sur le compte [[IBAN_CODE|FR65 3000 3021 4500 0508 1937 264]].",
    "Stipendio di [[PERSON|Francesca Esposito]] accreditato su [[IBAN_CODE|IT75 X030 6909 6061 0000 0057 392]], matricola [[ID_NUMBER|MAT-20931]].",
    "Gehaltskonto von [[PERSON|Lukas Hofbauer]]: [[IBAN_CODE|AT38 2011 1829 3745 6102]], Personalnummer [[ID_NUMBER|PN-7731]].",
    "Lohnausweis: [[PERSON|Nicole Gerber]], Konto [[IBAN_CODE|CH20 0483 5091 8274 6100 3]], Adresse [[STREET_ADDRESS|Bahnhofstrasse 9, 8400 Winterthur]].",
    "Lön till [[PERSON|Maja Holmberg]], konto [[IBAN_CODE|SE19 8000 0832 7904 1738 2651]], e-post [[EMAIL_ADDRESS|maja.holmberg@example.se]].",
    "Lønseddel: [[PERSON|Mikkel Sørensen]], konto [[IBAN_CODE|DK46 3000 0012 8473 92]], medarbejdernummer [[ID_NUMBER|M-40218]].",
    "Μισθοδοσία: [[PERSON|Δημήτρης Αντωνίου]], IBAN [[IBAN_CODE|GR44 0172 0430 0050 4318 2749 163]], email [[EMAIL_ADDRESS|d.antoniou@example.gr]].",
    "Direct debit mandate for the bookkeeping fee: [[PERSON|Pádraig Kavanagh]], account [[ID_NUMBER|41829375]], address [[STREET_ADDRESS|3 Seaview Terrace, Galway H91 X2T4]].",
    "قسيمة راتب: [[PERSON|ليلى منصور]]، رقم الموظف [[ID_NUMBER|EMP-66142]]، البريد [[EMAIL_ADDRESS|layla.mansour@example.ae]]",
    "Расчётный листок: [[PERSON|Анна Морозова]], табельный номер [[ID_NUMBER|ТН-004172]], e-mail [[EMAIL_ADDRESS|anna.morozova@example.ru]].",
    "Phiếu lương: [[PERSON|Trần Minh Khoa]], mã nhân viên [[ID_NUMBER|NV-20517]], điện thoại [[PHONE_NUMBER|+61 491 570 226]].",
    "Slip gaji: [[PERSON|Ratna Kusumawati]], nomor rekening [[ID_NUMBER|7720 1845 93]], email [[EMAIL_ADDRESS|ratna.kusuma@example.co.id]].",
    "ใบแจ้งเงินเดือน: [[PERSON|ธนากร ศรีสุข]] รหัสพนักงาน [[ID_NUMBER|TH-08841]] อีเมล [[EMAIL_ADDRESS|thanakorn.s@example.co.th]]",
    "Bérjegyzék: [[PERSON|Kiss Zsófia]], munkavállalói azonosító [[ID_NUMBER|HU-3391]], e-mail [[EMAIL_ADDRESS|zsofia.kiss@example.hu]].",
    "Hati ya mshahara: [[PERSON|Baraka Otieno]], namba ya mfanyakazi [[ID_NUMBER|KE-55102]], simu [[PHONE_NUMBER|+44 7700 900963]].",
    "Payslip ni [[PERSON|Maricel Dela Cruz]], numero ng empleyado [[ID_NUMBER|PH-11827]], email [[EMAIL_ADDRESS|maricel.delacruz@example.ph]].",
    "বেতন বিবরণী: [[PERSON|রফিকুল ইসলাম]], কর্মচারী নম্বর [[ID_NUMBER|BD-72015]], ফোন [[PHONE_NUMBER|01632 960487]]",
    "Patient account [[ID_NUMBER|PT-0048213]] for [[PERSON|Dolores Fairchild]], medical receipts for Schedule A, phone [[PHONE_NUMBER|(503) 555-0175]].",
    "Union member [[PERSON|Keith Ramsbottom]], member no. [[ID_NUMBER|UM-339120]], dues deducted through payroll, [[EMAIL_ADDRESS|keith.ramsbottom@example.co.uk]].",
    "Pension scheme member: [[PERSON|Yetunde Alabi]], member number [[ID_NUMBER|PSM-0772415]], [[STREET_ADDRESS|Flat 6, 19 Cranbrook Road, Ilford IG1 4PU]].",
    "Policy holder [[PERSON|Gordon Prendergast]], policy no. [[ID_NUMBER|PL-88302971]] (key-person cover), [[PHONE_NUMBER|01632 960772]].",
    "Student loan deduction for [[PERSON|Amelia Thorne]], student number [[ID_NUMBER|SLC-44918302]], plan 2 from the April payroll.",
    "Agent portal access for [[PERSON|Rashid Chowdhury]]: user ID [[ID_NUMBER|rchowdhury_tax]], email [[EMAIL_ADDRESS|rashid@chowdhurytax.example]].",
    "Employee record: [[PERSON|Beatrix Holmgren]], employee no. [[ID_NUMBER|E-10492]], home [[STREET_ADDRESS|88 Alder Way, Norwich NR4 6TH]], mobile [[PHONE_NUMBER|07700 900508]].",
    "Super fund member [[PERSON|Kirra Anderson]], member no. [[ID_NUMBER|64019273]], [[PHONE_NUMBER|+61 491 570 681]].",
    "Client file: [[PERSON|Jean-Luc Tremblay]], [[STREET_ADDRESS|77 rue Saint-Paul Est, Montréal QC H2Y 1G7]], [[PHONE_NUMBER|(438) 555-0108]].",
    "Contractor [[PERSON|Obinna Chukwuemeka]], supplier account [[ID_NUMBER|SUP-4410]], remittance advice to [[EMAIL_ADDRESS|obinna.c@example.org]].",
    "Bookkeeping client [[PERSON|Harriet Okwuosa]], client ref [[ID_NUMBER|BK-2291]], [[STREET_ADDRESS|12 Mill Lane, Harrogate HG1 2QE]].",
    "Recibo de nómina de [[PERSON|Guadalupe Hernández Ríos]], número de empleado [[ID_NUMBER|MX-90317]], correo [[EMAIL_ADDRESS|lupita.hdz@example.com.mx]].",
    "Mandant: [[PERSON|Hans-Jürgen Obermaier]], Mandantennummer [[ID_NUMBER|MD-10482]], E-Mail [[EMAIL_ADDRESS|hj.obermaier@example.de]].",
    "Cliente : [[PERSON|Amélie Chevalier]], [[STREET_ADDRESS|4 place du Marché, 33000 Bordeaux]], [[EMAIL_ADDRESS|amelie.chevalier@example.fr]].",
    "Klant [[PERSON|Pieter Bakker]], klantnummer [[ID_NUMBER|KL-773015]], adres [[STREET_ADDRESS|Prinsengracht 402, 1017 KH Amsterdam]].",
    "Klient biura rachunkowego: [[PERSON|Agnieszka Wójcik]], e-mail [[EMAIL_ADDRESS|a.wojcik@example.pl]], tel. [[PHONE_NUMBER|+44 7700 900294]].",
    "Müşteri: [[PERSON|Mehmet Öztürk]], müşteri no [[ID_NUMBER|MT-44810]], e-posta [[EMAIL_ADDRESS|mehmet.ozturk@example.com.tr]].",
    "顧客：[[PERSON|山本 千尋]]、会員番号 [[ID_NUMBER|KM-502817]]、メール [[EMAIL_ADDRESS|chihiro.yamamoto@example.jp]]",
    "客戶：[[PERSON|林美玲]]，帳號 [[ID_NUMBER|0081-3372-9915]]，電話 [[PHONE_NUMBER|+61 491 570 452]]",
    "급여명세서: [[PERSON|박민준]], 사번 [[ID_NUMBER|KR-2024-0318]], 이메일 [[EMAIL_ADDRESS|minjun.park@example.kr]]",
    "Payroll change: [[PERSON|Hope Ainsworth]] moved to [[STREET_ADDRESS|41 Quarry Hill, Kendal LA9 4QF]], new bank account [[ID_NUMBER|30718462]].",
    "Tax return client: [[PERSON|Sterling Oduya]], phone [[PHONE_NUMBER|(404) 555-0190]], email [[EMAIL_ADDRESS|sterling.oduya@example.com]].",
    "Emergency contact on the payroll file: [[PERSON|Rose Tennant]], [[PHONE_NUMBER|07700 900877]].",
    "Cliente [[PERSON|Beatriz Fonseca]], telemóvel [[PHONE_NUMBER|+44 7700 900615]], email [[EMAIL_ADDRESS|bia.fonseca@example.pt]].",
    "Cliente dello studio: [[PERSON|Salvatore Greco]], [[STREET_ADDRESS|Via Garibaldi 27, 90133 Palermo]], numero cliente [[ID_NUMBER|SG-1187]].",
    "कर्मचारी: [[PERSON|सुरेश यादव]], कर्मचारी संख्या [[ID_NUMBER|IN-40921]], फ़ोन [[PHONE_NUMBER|+44 7700 900342]]",
    "לקוח: [[PERSON|יונתן פרידמן]], מספר לקוח [[ID_NUMBER|CL-90284]], דואל [[EMAIL_ADDRESS|yonatan.f@example.co.il]]",
    "Employee: [[PERSON|Tama Ngata]], employee ID [[ID_NUMBER|NZ-7720]], mobile [[PHONE_NUMBER|+61 491 570 903]].",
    "Invoice contact: [[PERSON|Penelope Ashcroft-Lyle]], [[EMAIL_ADDRESS|penelope@ashcroftlyle.example]], [[STREET_ADDRESS|The Old Dairy, Church Lane, Ludlow SY8 1AP]].",
    "New hire: [[PERSON|DeShawn Carter]], employee ID [[ID_NUMBER|NH-20931]], [[STREET_ADDRESS|1418 Pecan St, Austin, TX 78704]], [[PHONE_NUMBER|(512) 555-0133]].",
]

CLEAN_MTBENCH = [
    "Write a persuasive blog post arguing that small businesses should hire a bookkeeper before they hire a marketer.",
    "Compose a sequence of three haiku about the last night before the tax deadline.",
    "Imagine you are Sherlock Holmes examining a company's ledger. Describe the three clues that reveal the embezzlement.",
    "Explain double-entry bookkeeping to a ten-year-old using a lemonade stand as the example.",
    "Compare cash-basis and accrual accounting in a table, then recommend one for a freelance illustrator.",
    "Write a short story in which Ebenezer Scrooge hires an accountant who teaches him about charitable deductions.",
    "What were Luca Pacioli's main contributions to accounting, and why is he called the father of bookkeeping?",
    "Draft a professional email declining a client's request to backdate an invoice. Keep it firm but friendly.",
    "Role-play as a cheerful tax advisor and answer this: should a hobby that earns a little money each year be declared?",
    "Write a Python function that takes a list of transactions (date, amount) and returns the running balance after each one.",
    "Extract every date and amount from this text and return JSON: 'Rent of 1,200 paid on 3 March; utilities of 145.60 paid on 18 March; refund of 60 received on 22 March.'",
    "How might Benjamin Franklin's line about death and taxes be rewritten for the age of cryptocurrency?",
    "Give me five tips for keeping receipts organised when running a food truck.",
    "Write a limerick about a spreadsheet formula that refuses to balance.",
    "Describe a day in the life of a payroll clerk in 1950, before computers were common in offices.",
    "What are the pros and cons of a flat income tax compared with a progressive one?",
    "Albert Einstein is often quoted as saying income tax is the hardest thing in the world to understand. Why do so many people find taxes confusing, and how could forms be made simpler?",
    "Pretend you are Hermione Granger organising the finances of the Gryffindor common room. Write her budget memo.",
    "Rewrite this sentence in a formal tone: 'we messed up the payroll and everyone got paid twice lol.'",
    "Write a SQL query that returns each employee's total gross pay for the year from a table called payslips with columns employee_id, pay_date and gross.",
    "Explain the difference between a tax credit and a tax deduction with a simple numeric example.",
    "Create a three-day study plan for someone preparing for an introductory bookkeeping exam.",
    "What lessons can small business owners learn from the Enron accounting scandal?",
    "If Tony Stark hired a chief financial officer, what questions should the interview include?",
    "Write a dialogue between Bob Cratchit and a modern HR manager about paid holidays and overtime.",
]

CLEAN_GSM8K = [
    "Maria runs a bakery and pays her two helpers $15 an hour. If each helper works 24 hours a week, how much does Maria pay in wages over 4 weeks?",
    "Tom's accountant charges $85 per hour. Preparing Tom's tax return took 3.5 hours, plus a flat $40 filing fee. How much did Tom pay?",
    "A shop earned $12,000 in March. Sales tax is 8% of earnings. How much sales tax does the shop owe for March?",
    "Lena files receipts every week. She files 14 receipts in week one and 3 more each week than the week before. How many receipts has she filed after 5 weeks?",
    "Raj earns $3,600 a month. His employer withholds 12% for income tax and 6% for retirement. What is his monthly take-home pay?",
    "A payroll clerk processes 45 timesheets an hour. How many hours will it take to process 315 timesheets?",
    "Sofia bought a laptop for her business for $1,800. It loses $360 of value each year. What is it worth after 3 years?",
    "Ahmed pays a bookkeeper $250 a month and an accountant $1,200 once a year. How much does he spend on both in a year?",
    "A cafe has 6 employees. Three earn $14 an hour and three earn $17 an hour. If each works 30 hours, what is the total weekly payroll?",
    "Chen's tax refund was $640. He spent a quarter of it on a new printer and saved half of the rest. How much did he save?",
    "Nadia invoiced $4,500 in January, 20% more in February, and $500 less than February in March. How much did she invoice over the three months?",
    "A stack of 480 tax forms is split evenly among 4 clerks, but one clerk finishes only two thirds of her share. How many forms are left?",
    "Ben works 46 hours in a week. He gets $20 an hour for the first 40 hours and time-and-a-half after that. What is his gross pay?",
    "An accounting firm has 5 partners who share a profit of $385,000 equally after paying $35,000 in staff bonuses. How much does each partner get?",
    "Julia pays $18 a month for tax software. A yearly plan costs $180. How much does she save in a year by paying yearly?",
    "A farm stand sells 120 jars of honey at $7 each. After paying 15% in market fees, how much money is left?",
    "Omar drove 2,400 miles for his business. The mileage rate is 67 cents a mile. How much can he deduct?",
    "Each week Priya's shop pays $2,100 in wages and $300 in payroll taxes. How much does she spend on payroll in 13 weeks?",
    "A bookkeeper charges $45 per client per month and has 28 clients. She spends $260 a month on software. What is her monthly profit?",
    "Leo files 3 tax returns on Monday, twice as many on Tuesday, and 4 fewer than Tuesday on Wednesday. How many does he file in total?",
    "A printer uses one ink cartridge for every 900 payslips. The office prints 150 payslips a month. How many cartridges does it need for a year?",
    "Grace's salary went from $42,000 to $46,200. By what percent did it increase?",
    "A company gives each of its 18 workers a $75 holiday bonus and pays 7.65% tax on top of the bonuses. What is the total cost?",
    "Mia spent 2 hours sorting receipts, 3 times as long entering them, and 30 minutes checking the totals. How many hours did she spend in all?",
    "Sam's shop owes $9,600 in quarterly tax. He has paid $2,750 and $3,100 so far. How much does he still owe?",
]

CLEAN_MMLU = [
    "Which financial statement shows a company's assets, liabilities and equity at a single point in time?\nA. Income statement\nB. Balance sheet\nC. Cash flow statement\nD. Statement of retained earnings",
    "In double-entry bookkeeping, a cash sale increases cash and also:\nA. decreases revenue\nB. increases revenue\nC. increases liabilities\nD. decreases equity",
    "Depreciation is best described as:\nA. the fall in a share's market price\nB. spreading the cost of a long-lived asset over its useful life\nC. a cash payment to a lender\nD. an increase in inventory value",
    "Which of the following is a current liability?\nA. A ten-year bank loan\nB. Goodwill\nC. Wages payable\nD. Office equipment",
    "In the United States, FICA taxes fund which programs?\nA. Social Security and Medicare\nB. Unemployment insurance only\nC. State income tax\nD. Workers' compensation",
    "The basic accounting equation is:\nA. Assets = Liabilities + Equity\nB. Assets = Revenue - Expenses\nC. Equity = Assets + Liabilities\nD. Liabilities = Assets + Equity",
    "Which principle requires expenses to be recorded in the same period as the revenues they help earn?\nA. Matching\nB. Going concern\nC. Materiality\nD. Consistency",
    "A trial balance whose debits equal its credits proves that:\nA. no errors exist in the ledger\nB. total debits equal total credits\nC. every transaction was recorded in the right account\nD. the accounts have been audited",
    "Which of these is usually considered a regressive tax?\nA. A progressive income tax\nB. A sales tax on groceries\nC. An estate tax\nD. A capital gains tax on large gains",
    "Gross pay minus all deductions equals:\nA. taxable income\nB. net pay\nC. overtime pay\nD. employer cost",
    "Under IFRS, which inventory costing method is not permitted?\nA. FIFO\nB. Weighted average\nC. LIFO\nD. Specific identification",
    "Which form does a US employee complete so the employer knows how much federal income tax to withhold?\nA. W-2\nB. W-4\nC. 1099-NEC\nD. Form 1040",
    "Accounts receivable represent:\nA. money the business owes suppliers\nB. money customers owe the business\nC. cash held in the bank\nD. the owner's investment",
    "The quick ratio leaves out which current asset?\nA. Cash\nB. Marketable securities\nC. Accounts receivable\nD. Inventory",
    "A business buys equipment on credit. Which accounts change?\nA. Equipment up, cash down\nB. Equipment up, accounts payable up\nC. Cash up, accounts payable up\nD. Equipment down, equity up",
    "A marginal tax rate is:\nA. the average rate paid on all income\nB. the rate paid on the next unit of income\nC. the rate charged on corporate profits only\nD. the rate after all credits",
    "Which of these is an intangible asset?\nA. Delivery van\nB. Goodwill\nC. Inventory\nD. Prepaid rent",
    "Who published the first widely read description of double-entry bookkeeping, in 1494?\nA. Adam Smith\nB. Luca Pacioli\nC. John Maynard Keynes\nD. Josiah Wedgwood",
    "Value added tax is collected:\nA. only from the final consumer at the till\nB. at each stage of production on the value added\nC. only on imports\nD. once a year on profits",
    "Retained earnings increase when a company:\nA. pays dividends\nB. earns net income\nC. issues new shares\nD. buys back shares",
    "A bank reconciliation compares:\nA. the cash book with the bank statement\nB. sales with purchases\nC. assets with liabilities\nD. the budget with actual spending",
    "Which of these is a fixed cost for a small bakery?\nA. Flour\nB. Rent\nC. Packaging\nD. Delivery fuel",
    "The Laffer curve illustrates the relationship between:\nA. inflation and unemployment\nB. tax rates and tax revenue\nC. interest rates and investment\nD. wages and productivity",
    "An accrued expense is:\nA. an expense paid in advance\nB. an expense incurred but not yet paid\nC. a refund from a supplier\nD. a long-term asset",
    "Which of the following is NOT usually deducted from an employee's pay?\nA. Income tax\nB. Pension contribution\nC. Union dues\nD. Sales tax",
]

CLEAN_HEALTH = [
    "Is it normal to get tension headaches during a stressful deadline at work, and what helps?",
    "How much caffeine per day is considered safe for a healthy adult?",
    "What are the early signs of carpal tunnel syndrome from typing all day?",
    "How can I reduce eye strain from staring at spreadsheets for eight hours?",
    "Can sitting for long periods raise the risk of blood clots in the legs?",
    "What's a good stretching routine for lower back pain with a desk job?",
    "How many hours of sleep do adults need, and does catching up on weekends actually work?",
    "What are the differences between burnout and depression?",
    "Is intermittent fasting safe for someone with type 2 diabetes?",
    "Why do my wrists hurt when I use a mouse, and would a vertical mouse help?",
    "How often should an adult have their blood pressure checked?",
    "What side effects can ibuprofen cause if taken every day for a week?",
    "Can stress cause stomach ulcers, or is that a myth?",
    "What should I eat before a long working day to keep my energy steady?",
    "When should a cough that won't go away be checked by a doctor?",
    "Is it safe to drive after taking an antihistamine?",
    "How do I know if a mole needs to be looked at?",
    "What is the difference between a cold and the flu?",
    "Are standing desks actually better for your health than sitting?",
    "How long does a tetanus booster protect you?",
    "Can mild dehydration cause dizziness and headaches in an office?",
    "What are the warning signs of a panic attack, and how can you calm one down?",
    "Is it bad for you to skip lunch regularly?",
    "How should a mild burn from a kettle be treated?",
    "Which vaccines are usually recommended for adults over 50?",
]

# Every phone must match one of these: the ranges kept for fiction.
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


def _types(marked: str) -> set[str]:
    return {s["type"] for s in marked_spans(marked)}


def check_mix() -> None:
    """Chat: at least 90 texts name someone, 18 to 22 hold a secret, 2 or 3 an API key,
    the other-language texts typed with capitals. Records: one person each, 38 to 42 with
    a national id."""
    named = sum("PERSON" in _types(t) for t in CHAT)
    secret = sum(bool(_types(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    keys = sum("API_KEY" in _types(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret, {keys} keys")
    for marked in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]:
        if is_lower(marked) and re.search(r"[A-Za-z]", strip_marks(marked)[0]):
            raise SystemExit(f"chat: {marked[:60]!r} in Latin letters typed all in lower case")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    with_id = [t for t in RECORDS if any(s["value"] in NATIONAL_IDS for s in marked_spans(t))]
    if not 38 <= len(with_id) <= 42 or with_id != RECORDS[: len(with_id)]:
        raise SystemExit(f"records: {len(with_id)} with a national id, or out of order")
    if len(with_id) != len(NATIONAL_IDS):
        raise SystemExit("records: one national id a record")
    plain = " ".join(strip_marks(t)[0] for t in CHAT + RECORDS)
    for value in NATIONAL_IDS:
        if plain.count(value) != 1:
            raise SystemExit(f"national id {value!r} not exactly once")


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
        "blind173", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
