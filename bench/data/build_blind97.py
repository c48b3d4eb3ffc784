# ruff: noqa: E501
"""A ninety-seventh blind privacy set: 220 texts with personal data and 100 clean ones, all
about money: tax returns, pensions, payslips, invoices, bank disputes, loans, rent, bills,
savings, small-business bookkeeping, accountants and financial advisers.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise, each holding personal data: the
  first 30 typed all in lower case, the next 6 in Spanish, French, German, Portuguese,
  Italian and Turkish, the rest English with capitals; names of many origins (first names
  alone, surnames after titles, full names, lower-case names, names with non-English
  letters, names that are ordinary words, a few in Cyrillic, Greek, Arabic, Chinese and
  Korean script); e-mails, phones with and without separators, street addresses in a dozen
  countries, passwords, PINs and codes, account, customer, policy, member, employee and
  patient numbers, national and tax ids, cards, IBANs, IPs and API keys;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research synthetic sentences, Nannigalaxy-style records): one invented person
  each with one to four values besides the name, as free prose, labelled profile lines,
  form rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, member, employee, patient and policy numbers,
passports, licences and national and tax ids are ID_NUMBER; PINs, door, gate, alarm and
locker codes, Wi-Fi keys, passphrases and passwords PASSWORD; titles and relation words stay
outside PERSON spans; public figures, fictional characters, pets, brands, places, order,
ticket and invoice numbers and dates of birth are not labelled; every occurrence of a private
value is marked. The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style
prompts, 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items with
options A to D and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0; North America
555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and
not documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (NHS number, Dutch BSN, Polish
PESEL, Brazilian CPF, Turkish kimlik, Australian TFN, Canadian SIN, French NIR, German tax
id, Portuguese NIF, Indian Aadhaar, Spanish DNI, Italian codice fiscale, Irish PPS number,
Romanian CNP, Norwegian fødselsnummer, Belgian national number, Korean resident
registration number, Singapore NRIC, South African id).

Run ``.venv/bin/python bench/data/build_blind97.py`` from the repository root; the output is
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
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rodne_cislo_ok,
    rrn_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, is_lower

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
SYNTH_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Grandpa|Nurse|Sr|Sra|Herr|Herrn|Frau|Mme|dottor)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests about money: the first 30 in lower case, the next 6 in other languages.
CHAT = [
    "hi, can you draft a short email to my accountant [[PERSON|priya raman]] at [[EMAIL_ADDRESS|p.raman@ledgerwise-accounts.co.uk]] saying i'll send my p60 and the rental income sheet by friday? sign it from [[PERSON|tom okafor]].",
    "write a complaint to my bank: they took the rent of £950 twice from account [[ID_NUMBER|31847265]]. my name is [[PERSON|declan murphy]], phone [[PHONE_NUMBER|07700900418]]. keep it firm but polite.",
    "translate to polish for my landlord: the rent for march will be a week late, sorry. my iban is [[IBAN_CODE|pl38 1020 5561 0000 2748 3916 5042 31]] if he wants to check the refund. thanks, [[PERSON|kasia]]",
    "the cash machine keeps rejecting my savings card pin, i have it written down as [[PASSWORD|7316]]. how do i reset it? my customer number is [[ID_NUMBER|cn-66201847]]",
    "fix the grammar: dear mr [[PERSON|abernethy]], please find attach invoice 2291 for the bookkeeping work of january, payment to account [[ID_NUMBER|64819305]] thank you. regards [[PERSON|shona mcbride]]",
    "my payslip says tax code 1257l but i think payroll has my national insurance number wrong. it should be [[ID_NUMBER|qh 48 27 61 c]], employee id [[ID_NUMBER|emp-20417]]. draft a note to them",
    "calculate what i'd pay back in total on a £12,000 loan at 7.9% apr over 4 years. the quote is in the name of [[PERSON|ifeoma nwachukwu]] if that matters",
    "reply to [[PERSON|jürgen]] from the finanzamt: yes my steuer-id is [[ID_NUMBER|57382049160]] and i moved to [[STREET_ADDRESS|bergstraße 14, 70186 stuttgart]] in june, please post the bescheid there",
    "summarise this for me: pension statement for [[PERSON|aled pritchard]], member number [[ID_NUMBER|pn7720193]], projected pot at 67 £214,300, questions to the scheme on [[PHONE_NUMBER|020 7946 0381]]",
    "can u help me write a text to my flatmate [[PERSON|rosa]] asking her to send her half of the electricity bill, £84.20, to [[IBAN_CODE|gb47 barc 2031 7264 8193 05]]? keep it friendly lol",
    "my card [[CREDIT_CARD|4539 1726 0841 5377]] got charged £39.99 by a gym i cancelled in may. write a chargeback request. name on the card [[PERSON|callum reid]], email [[EMAIL_ADDRESS|callumreid88@postbox-mail.net]]",
    "plan a monthly budget for me and [[PERSON|deniz]]: rent 1100, bills 240, car loan 310, take-home 3400. our joint account login is [[ID_NUMBER|deniz.yilmaz84]] and the password [[PASSWORD|kedi-sever-19]], put those at the bottom so i don't lose them",
    "i'm doing my self assessment. utr [[ID_NUMBER|83017 26459]], gateway password [[PASSWORD|tulips&taxes2024]]. where do i put £2,300 of dividends?",
    "write a polite chaser for invoice 1043 to [[PERSON|magnus lindqvist]] at [[EMAIL_ADDRESS|magnus@lindqvist-snickeri.se]], it's 45 days overdue, 18,500 sek",
    "my dad [[PERSON|ramesh patel]] wants to move his old workplace pension. his ni number is [[ID_NUMBER|jt 61 93 04 b]] and the pension ref [[ID_NUMBER|ppf-0093317]]. what should he ask an adviser?",
    "how do i dispute a direct debit that keeps going out after i cancelled? my phone is [[PHONE_NUMBER|(312) 555-0174]], my account with the company [[ID_NUMBER|acc88213406]]",
    "draft a message to our landlord [[PERSON|gary whitfield]] saying the $1,800 deposit should be mailed to [[STREET_ADDRESS|2217 elm ridge dr, apt 4, madison, wi 53704]] and not the old flat",
    "is 24.9% apr normal for a credit card? mine is [[CREDIT_CARD|5183 6402 7719 4503]], only asking about the rate",
    "help me reply to [[PERSON|noor al-hashimi]] who asked where to send her share of the wedding gift. give her [[IBAN_CODE|nl34 rabo 0372 9158 46]] and say thanks",
    "my tax agent [[PERSON|brendan cho]] needs my tfn to lodge the return. it's [[ID_NUMBER|715 284 061]]. write a short reply to him at [[EMAIL_ADDRESS|brendan@chotaxadvisory.com.au]]",
    "work out the vat on 3 hours consulting at 85 an hour plus 42 mileage, invoice goes to [[PERSON|hamish grant]], [[STREET_ADDRESS|9 harbour view, oban pa34 4lr]]",
    "got a letter saying i owe council tax arrears. account ref [[ID_NUMBER|ct-5528410]], i live at [[STREET_ADDRESS|flat 3, 41 moss lane, manchester m16 8pw]]. write a reply asking for a breakdown",
    "remind me what to tell the mortgage broker: i earn 41k, [[PERSON|lena]] earns 29k, 22k saved in the isa. broker is [[PERSON|femi adebayo]] on [[PHONE_NUMBER|07700 900263]]",
    "turn this into a proper letter: i [[PERSON|zofia wiśniewska]], pesel [[ID_NUMBER|84072318359]], authorise my husband to collect my pension payments at the post office",
    "spreadsheet formula to split a bill 4 ways where one person pays double? and add my venmo [[ID_NUMBER|@jess-ortega-22]] to the message",
    "someone logged into my online banking from [[IP_ADDRESS|203.0.113.58]] last night. my user id is [[ID_NUMBER|hbarker_77]]. what do i say when i ring the fraud line?",
    "write an email to [[EMAIL_ADDRESS|dawn.kemp@brightleaf-cleaning.co.uk]] from [[PERSON|olu bakare]] asking why card [[CREDIT_CARD|4920 7183 6645 2189]] was charged three times for one clean",
    "explain this caf letter in simple english, it's to [[PERSON|sophie marchal]], allocataire n° [[ID_NUMBER|2749183]], and it says the housing aid stops next month",
    "our bakery's stripe key is [[API_KEY|sk_live_51hq8rtk2vz0pl7xw3nmc4y9d]], is it safe to paste into a bookkeeping app? owner email [[EMAIL_ADDRESS|aoife@crumbandco.ie]]",
    "my accountant [[PERSON|vikram]] wants the receipts folder and his office wifi is [[PASSWORD|balancesheet!88]], how do i share a google drive folder with him?",
    "¿Puedes redactar una reclamación al banco? Me cobraron dos veces el recibo de la luz. Titular: [[PERSON|Lucía Ferrer Campos]], DNI [[ID_NUMBER|52718493D]], cuenta [[IBAN_CODE|ES14 2100 3917 4520 9361 8274]], teléfono [[PHONE_NUMBER|+34 612 48 39 07]].",
    "Peux-tu écrire un mail à ma conseillère bancaire, Mme [[PERSON|Dubreuil]], pour contester un prélèvement de 129 € ? Mon numéro de sécurité sociale est [[ID_NUMBER|1 85 07 75 123 048 28]] et mon IBAN [[IBAN_CODE|FR18 3000 4028 3718 7254 9306 18]]. Merci, [[PERSON|Étienne Vasseur]]",
    "Kannst du eine kurze Mail an meinen Steuerberater Herrn [[PERSON|Kowalczyk]] formulieren? Ich schicke ihm die Lohnsteuerbescheinigung und meine Steuer-ID [[ID_NUMBER|86134972503]]. Erreichbar unter [[PHONE_NUMBER|030 23125 471]]. Gruß, [[PERSON|Annika Brandt]]",
    "Podes traduzir para inglês? «Olá [[PERSON|Joana]], o meu NIF é [[ID_NUMBER|247183903]] e a renda de abril já foi transferida para [[IBAN_CODE|PT39 0035 0017 2819 3047 5621 1]].»",
    "Mi aiuti a scrivere al commercialista, il dottor [[PERSON|Benedetti]], che il mio codice fiscale giusto è [[ID_NUMBER|BNCLRA83M54L219Z]] e non quello sulla fattura? Firmato [[PERSON|Clara Bianchi]], cell. [[PHONE_NUMBER|+39 347 218 6604]]",
    "Ev sahibime kira için kısa bir mesaj yazar mısın? 18.000 TL'yi [[IBAN_CODE|TR75 0006 2038 4719 2658 3011 7492]] hesabına yatırdım. T.C. kimlik no: [[ID_NUMBER|42816930508]]. [[PERSON|Elif Şahin]]",
    "Can you draft a letter to HMRC disputing a £400 late filing penalty? I'm [[PERSON|Gwendolyn Ashby]], UTR [[ID_NUMBER|5719 203846]], address [[STREET_ADDRESS|27 Cranbrook Road, Ilford IG1 4PU]].",
    "My adviser Mr [[PERSON|Oyelaran]] says I should consolidate three pensions. Summarise the pros and cons before I call him back on [[PHONE_NUMBER|07700 900512]].",
    "Reply to [[PERSON|Bill Hartnell-Moss]] saying I've paid his plumbing invoice by bank transfer today and he can email the receipt to [[EMAIL_ADDRESS|j.quarshie@homeowl.co.uk]]. Sign off as [[PERSON|Jonas Quarshie]].",
    "Calculate my take-home pay: gross £38,500, 5% pension, student loan plan 2. Payslip shows employee number [[ID_NUMBER|E-448193]] if you need a reference.",
    "Translate into Mandarin for my mother-in-law [[PERSON|王丽娜]]: the rent money for this month has arrived, thank you, and the next payment will go to the new account.",
    "Draft an email to [[PERSON|Penny]] at our accountants, [[EMAIL_ADDRESS|penny.oduya@northgate-ca.com]], asking whether the van I bought for £14,000 counts as a capital allowance. From [[PERSON|Rhys Blackwood]].",
    "I run a tiny cleaning business. Set up a simple income and expenses ledger for me and add a line at the top with my business bank: [[IBAN_CODE|GB75 MIDL 4051 2731 9582 64]], account name [[PERSON|Marisol Quintero]].",
    "The loan company keeps ringing me on [[PHONE_NUMBER|+44 7700 900736]] about a debt I never took out. The reference they quote is [[ID_NUMBER|LN-30291847]]. What are my rights?",
    "Please fix this: 'Hi Dr [[PERSON|Nakamura]], I attached the patient invoice for my MRI, patient number [[ID_NUMBER|PT-0098132]], could the clinic bill my insurer directly, policy [[ID_NUMBER|AXH-771204-09]]?'",
    "My bank's app asks for a 6-digit passcode and I set it to [[PASSWORD|482913]]. Is that a weak one? I'm worried because my brother [[PERSON|Tariq]] saw me type it.",
    "Write a WhatsApp message to [[PERSON|Hope Mwangi]] reminding her that the chama contribution of 5,000 shillings is due Friday, M-Pesa to [[PHONE_NUMBER|+254 712 408 339]].",
    "Help me fill in a W-9. Name [[PERSON|Darnell Brooks]], SSN [[US_SSN|512-48-3097]], address [[STREET_ADDRESS|418 Pecan Hollow Lane, Austin, TX 78745]]. What goes in box 3?",
    "Which savings account should I pick, 4.1% easy access or 4.6% fixed for a year? I have £9,000. Context: my partner [[PERSON|Sunny Achterberg]] will want access in spring.",
    "Can you summarise this bank dispute for me? Customer [[PERSON|Ruairí Ó Briain]], account [[IBAN_CODE|IE86 BOFI 9012 8347 2615 90]], disputed transfer €2,450 on 3 March, PPS [[ID_NUMBER|3829164F]].",
    "Draft a reminder from my bookkeeping business to [[PERSON|Faith Ndlovu]] at [[EMAIL_ADDRESS|faith@ndlovu-designs.co.za]] that her VAT return is due on the 25th and I need her bank statements.",
    "Our payroll API key [[API_KEY|pk_payrl_9fG2kLq7Xv3TzW8mN4bR1cY6]] leaked in a Slack message. Write a short incident note for the finance director.",
    "Plan how I can clear £6,300 of credit card debt in 18 months on a £280 monthly budget. Card is [[CREDIT_CARD|5527 4091 8163 3724]], rate 22.9%.",
    "My landlord Mr [[PERSON|Papadakis]] wants rent in cash. Write a polite message asking for bank transfer instead and give him my number [[PHONE_NUMBER|+30 694 512 7380]].",
    "Please write a short bio for our financial advice firm's website: [[PERSON|Ngozi Eze-Whitaker]], chartered financial planner, 14 years' experience, contact [[EMAIL_ADDRESS|ngozi@ezewhitaker-wealth.com]].",
    "Work out the capital gains on shares I sold: bought for £8,200, sold for £13,750, costs £40. My broker account is [[ID_NUMBER|HL-2093314]].",
    "I need to tell the pension provider my new address: [[STREET_ADDRESS|Unit 12, 88 Sandgate Road, Albion QLD 4010]]. Member number [[ID_NUMBER|QS8841027]]. Draft the email.",
    "Rewrite this more politely: '[[PERSON|Rich]], you owe me $220 for the concert tickets, send it to my Zelle [[PHONE_NUMBER|(646) 555-0119]] today.' He's my cousin [[PERSON|Richard Salazar]] and I don't want a fight.",
    "Translate to Russian for my grandmother [[PERSON|Валентина Сергеевна]]: your pension has been paid into the new account and you do not need to visit the bank.",
    "Customer number [[ID_NUMBER|BG-7730-1492]] with British Gas, name [[PERSON|Horace Fenwick]]. Write a complaint about an estimated bill of £612 when I sent readings.",
    "Calculate stamp duty on a £365,000 house for a first-time buyer. The solicitor is [[PERSON|Adaeze Okonkwo]] at [[EMAIL_ADDRESS|a.okonkwo@hallamlaw.co.uk]].",
    "Help me reply to my accountant. He asked for my login to the accounting software: username [[ID_NUMBER|garden_rooms_ltd]], password [[PASSWORD|Oak&Pine#2207]]. Should I send it like that?",
    "Draft a hardship letter to my mortgage lender. Borrower [[PERSON|Kwame Asante]], mortgage account [[ID_NUMBER|MTG 5519 0382]], property at [[STREET_ADDRESS|63 Larch Avenue, Leeds LS8 2QR]].",
    "Can you check this invoice maths? 14 hours at €65, 2 hours travel at half rate, 21% BTW. Billed to [[PERSON|Pieter de Wilde]], BSN [[ID_NUMBER|318462758]].",
    "What should I ask a fee-only financial adviser in the first meeting? I've booked [[PERSON|Mei-Ling Tsao]] for Thursday.",
    "Our small shop's card reader account: merchant ID [[ID_NUMBER|MID-40928813]], owner [[PERSON|Sanjay Vora]], phone [[PHONE_NUMBER|0491 570 224]]. Write a message to support saying payouts stopped.",
    "Summarise the tax implications of renting my spare room for £7,000 a year in the UK. My husband [[PERSON|Colin]] is a basic rate taxpayer.",
    "Write a short email to [[PERSON|Ayşe Demir]] asking her to resend the invoice with my company address [[STREET_ADDRESS|Kantstraße 52, 10625 Berlin]] instead of my home.",
    "I got a text saying my tax refund of £326 is waiting and to reply with my card number. I almost sent [[CREDIT_CARD|4476 0315 9284 7166]]. Is this a scam?",
    "Please draft a thank you note to Grandpa [[PERSON|Joe]]'s financial adviser, Ms [[PERSON|Rutherford]], for helping with his annuity.",
    "Fix the spreadsheet: column B is rent, C is bills, D should be the total per tenant. Tenants are [[PERSON|Ana]], [[PERSON|Kofi]] and [[PERSON|Mateusz]].",
    "Write an email to the bank saying my online banking is locked. Customer ID [[ID_NUMBER|73019482]], memorable word [[PASSWORD|marmalade]], I know I shouldn't share that, just blank it out in the draft.",
    "My client [[PERSON|Harriet Osei]] paid by cheque and it bounced. Draft a firm but friendly email to [[EMAIL_ADDRESS|harriet.osei@quillmail.org]] asking for payment by transfer within 7 days.",
    "Explain how to claim the marriage allowance. My wife [[PERSON|Saoirse]] earns under £12,570, her NI number is [[ID_NUMBER|SK 20 71 45 D]].",
    "Can you help me budget for my daughter's uni? She's [[PERSON|Leila Haddad]], student finance customer reference [[ID_NUMBER|11928374652]].",
    "Draft a Slack message to our bookkeeper [[PERSON|Marek]] saying the Xero login is now [[EMAIL_ADDRESS|finance@tidewater-kayaks.com]] with password [[PASSWORD|Kayak!Ledger55]].",
    "Compare a 2-year and 5-year fixed mortgage for someone with a £180k loan. The broker [[PERSON|Grant Lysaght]] quoted 4.2% and 4.5%.",
    "I'm a nurse in Ontario. How do I claim moving expenses? My SIN is [[ID_NUMBER|613 928 472]] if the form needs it.",
    "Draft a text to my tenant [[PERSON|Bogdan]] that the rent goes up by £50 from June, per the lease, and he can call me on [[PHONE_NUMBER|07700 900849]] with questions.",
    "Please summarise: Invoice 7781 from accountant [[PERSON|Ingrid Solberg]] to [[PERSON|Tobias Lunde]], fødselsnummer [[ID_NUMBER|15078437224]], amount NOK 4,200 for the 2023 tax return.",
    "My brother-in-law [[PERSON|Arjun Mehta]] wants to borrow £3,000. Write a simple loan agreement between him and me, [[PERSON|Nisha Kapoor]], repayable over a year.",
    "Can you work out how much I'd save by overpaying my mortgage by £150 a month? Lender account [[ID_NUMBER|MA-66190327]].",
    "Translate to Korean for my landlord [[PERSON|김민준]]: I will transfer the deposit tomorrow morning, please confirm the account.",
    "The insurance company wants my policy number to refund the overpaid premium. It's [[ID_NUMBER|POL-4418-2093-HX]]. Write the email for [[PERSON|Yusuf Karimi]].",
    "Write a short message to the gate company: the new code for the storage unit where I keep the business stock is [[PASSWORD|2580#]], and my name is [[PERSON|Perpetua Ibe]].",
    "Help me reply to [[PERSON|Σοφία Παπαδοπούλου]] who sent me the invoice for translation work; I'll pay into [[IBAN_CODE|BE17 3101 8372 6459]] by Monday.",
    "I think my payroll system was accessed from [[IP_ADDRESS|198.51.100.147]]. Admin user is [[ID_NUMBER|payroll.admin.kh]]. What logs should I pull?",
    "Draft a letter to the tax office from [[PERSON|Raúl Domínguez]] in [[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]] asking for a payment plan.",
    "Calculate simple interest on 2,500 dollars at 6% for 3 years. This is for a loan to my friend [[PERSON|Ezekiel]].",
    "Summarise my pension options. I'm [[PERSON|Siobhan Carr]], NHS pension member, NHS number [[ID_NUMBER|724 183 9064]], retiring at 60.",
    "Please write a memo: from today invoices above £5,000 need sign-off from [[PERSON|Victor Hale]], ext. 4410, mobile [[PHONE_NUMBER|07700 900157]].",
    "Can you explain my Aadhaar-linked tax filing? Aadhaar [[ID_NUMBER|7391 8264 0520]], name [[PERSON|Kavitha Subramanian]]. Which ITR form should I use?",
    "Write to the bank disputing a card transaction of $89 at a hotel I never stayed in. Card [[CREDIT_CARD|6011 7438 2906 1539]], cardholder [[PERSON|Lorraine Pike]].",
    "Draft a friendly invoice reminder to [[PERSON|Chidi]] for the website work, 1,200 euros, IBAN [[IBAN_CODE|DE58 4306 0967 1047 2839 1500]].",
    "My financial adviser [[PERSON|Abdullah Rahimi]] emailed from [[EMAIL_ADDRESS|a.rahimi@summitwealth-advisers.ae]] asking me to move funds urgently. Does that sound like a scam?",
    "Help me plan a savings pot for a car. I want £6,000 in 20 months. Tell my wife [[PERSON|Busisiwe]] the plan in simple words.",
    "Fill in this rent reference: tenant [[PERSON|Constance Abara]], at [[STREET_ADDRESS|14 Rue des Tanneurs, 67000 Strasbourg]] since 2019, always paid on time.",
    "Write a note to my accountant [[PERSON|Olga Nowak]] that my Romanian CNP is [[ID_NUMBER|1850912406170]] for the double-tax form.",
    "Translate into Arabic for my father [[PERSON|خالد]]: the bank approved the loan and the first payment is due in October.",
    "I forgot the alarm code for the office where we keep the accounts files, my note says [[PASSWORD|9047]]. Who should I call? The manager is [[PERSON|Derek Oyston]].",
    "Fix this sentence: 'Mr [[PERSON|Lindgren]] have paid the invoice late for 3 month in row.'",
    "Draft an email to a credit reference agency disputing a default. My name is [[PERSON|Cassius Abiodun]], date of birth 11/02/1988, address [[STREET_ADDRESS|5 Ferndale Close, Swindon SN3 6JE]].",
    "How should a sole trader record a loan from a family member? My mum [[PERSON|Rosalind]] lent me £2,000 for the market stall.",
    "Write a message to [[PERSON|Dmitri Sokolov]] confirming his share of the holiday villa, £412, and that he can pay it to [[IBAN_CODE|GB06 NWBK 6025 1873 4419 02]].",
    "Can you tidy this expense note: taxi 23.50, lunch with client [[PERSON|Beatriz Lemos]] 48.00, hotel 129.00, card used [[CREDIT_CARD|3746 182093 55178]].",
    "Draft a formal letter asking my employer to correct my P45. Name [[PERSON|Tomasz Zieliński]], payroll number [[ID_NUMBER|PR-003318]], leaving date 31 March.",
    "My wife [[PERSON|Bich Ngoc]] and I want to open a joint savings account. What documents do we need? Her email is [[EMAIL_ADDRESS|bichngoc.tran@saigonpost.vn]] for the bank to contact.",
    "Summarise this loan offer for my son [[PERSON|Jayden]]: £5,000, 36 months, 9.9% APR, monthly £160.",
    "Calculate payroll tax for two part-time staff in Australia. One is [[PERSON|Matilda Crouch]], TFN [[ID_NUMBER|392 164 753]], 20 hours a week at $31.",
    "Please write a reply to [[EMAIL_ADDRESS|rentals@oakleigh-lettings.co.uk]] from [[PERSON|Precious Mahlangu]] asking when the deposit will be returned.",
    "I need a cover note for a bank account switch. Old account [[IBAN_CODE|NL59 INGB 0684 2739 15]], new bank ABN, name [[PERSON|Femke Jansen]], BSN [[ID_NUMBER|205937184]].",
    "Write a warm message to my accountant [[PERSON|Saul]] thanking him for finishing my return before the deadline.",
    "How do I report a lost chequebook? My account is [[ID_NUMBER|0492 7718 3305]] with a credit union, member [[PERSON|Norma Jean Castillo]].",
    "Draft a Brazilian invoice for consulting from [[PERSON|Thiago Almeida]], CPF [[ID_NUMBER|618.204.937-50]], to a UK client, amount R$ 8.500.",
    "Help me ask the bank why my South African account was frozen. ID number [[ID_NUMBER|7904125083085]], name [[PERSON|Sipho Dlamini]], cell [[PHONE_NUMBER|+27 82 614 3390]].",
    "Can you turn this into bullet points for my adviser: I'm 52, £140k in pensions, mortgage £60k left, want to stop at 60. Adviser is [[PERSON|Leon Achebe]], [[EMAIL_ADDRESS|leon@achebe-planning.co.uk]].",
    "Explain to my Korean co-founder [[PERSON|Park Ji-woo]] how UK corporation tax works. Her resident number [[ID_NUMBER|830419-2184730]] is on the share forms, should it be?",
    "Draft a reply from [[PERSON|Amara]] to the letting agent saying the boiler repair should not come out of the deposit. Her tenancy ref is [[ID_NUMBER|TEN-88213]].",
    "Write a short complaint that my Singapore bank charged me a fall-below fee. NRIC [[ID_NUMBER|S7392846Z]], name [[PERSON|Lim Wei Ling]], mobile [[PHONE_NUMBER|+65 9127 4408]].",
    "My bookkeeping spreadsheet shows a mismatch of £37.12 between the bank feed and invoices. How do I find it? The shared sheet is owned by [[EMAIL_ADDRESS|mo.haidari@brickandbeam.co.uk]].",
]

# 100 records in the style of synthetic PII datasets: one person and one to four values each.
SYNTH = [
    "[[PERSON|Harold Byrne]] lives at [[STREET_ADDRESS|72 Kingsway, Swansea SA1 5JQ]] and pays his council tax by direct debit.",
    "Payee: [[PERSON|Ottilie Marchetti]] | IBAN: [[IBAN_CODE|IT10 X030 6909 6061 0000 0082 715]] | Amount: EUR 1,240.00",
    '{"customer": "[[PERSON|Jamal Whitmore]]", "email": "[[EMAIL_ADDRESS|jamal.whitmore@corvidmail.com]]", "balance_due": 318.40}',
    '2024-02-14 08:31:07 INFO login ok user=[[ID_NUMBER|rkhatri]] name="[[PERSON|Rohan Khatri]]" src=[[IP_ADDRESS|192.0.2.141]]',
    "Dear [[PERSON|Winifred Ames]], your pension statement is ready. Your member number is [[ID_NUMBER|WPS-4471092]].",
    "You can reach our client [[PERSON|Esteban Ruiz]] at [[PHONE_NUMBER|(505) 555-0162]] regarding the overdue invoice.",
    "Name: [[PERSON|Birgit Halvorsen]]\nEmail: [[EMAIL_ADDRESS|birgit.h@fjordpost.no]]\nPhone: [[PHONE_NUMBER|+47 912 48 305]]",
    "[[PERSON|Kenji Watanabe]]'s credit card number is [[CREDIT_CARD|4026 8713 5590 2640]] and it expires next March.",
    "Employee [[PERSON|Ruth Adeyemi-Cole]], employee ID [[ID_NUMBER|HR-58213]], salary paid to [[IBAN_CODE|GB75 LOYD 3094 1728 4615 09]].",
    "The refund was sent to [[PERSON|Fatima Zahra Benali]] at [[STREET_ADDRESS|17 Rue Lepic, 75018 Paris]].",
    "account_holder,sort_account,phone\n[[PERSON|Graham Tulloch]],[[ID_NUMBER|82-61-04 47193028]],[[PHONE_NUMBER|07700 900604]]",
    "[[PERSON|Anneliese Vogt]] was born on 4 May 1971 and her tax ID is [[ID_NUMBER|64029317587]].",
    "Please contact [[PERSON|Oluwaseun Bello]] via [[EMAIL_ADDRESS|seun.bello@harmattan.ng]] or [[PHONE_NUMBER|+234 803 471 2256]].",
    "Policyholder: [[PERSON|Marguerite Lavoie]]; policy no. [[ID_NUMBER|HQ-90317-LV]]; address: [[STREET_ADDRESS|2280 rue Sherbrooke Est, Montréal, QC H2K 1E5]]",
    "User [[ID_NUMBER|t.vandenberg]] ([[PERSON|Thijs van den Berg]]) reset password to [[PASSWORD|Windmolen#63]] from [[IP_ADDRESS|198.51.100.72]].",
    "[[PERSON|Carmen Ibáñez]] paid the invoice with card [[CREDIT_CARD|5352 8194 0677 1044]].",
    "My name is [[PERSON|Desmond Achterberg-Lowe]] and my SSN is [[US_SSN|421-73-9058]].",
    "Send the loan documents to [[PERSON|Parisa Tehrani]], [[STREET_ADDRESS|1147 Westwood Blvd, Los Angeles, CA 90024]].",
    "Customer [[PERSON|Ivo Kranjčar]] (customer no. [[ID_NUMBER|C-2281937]]) called about a failed transfer.",
    "| [[PERSON|Aroha Ngata]] | [[EMAIL_ADDRESS|aroha.ngata@kowhaimail.co.nz]] | [[PHONE_NUMBER|+64 21 488 3017]] |",
    "[[PERSON|Wendell Pruitt]] can be reached at [[EMAIL_ADDRESS|wpruitt@bluegrassmail.net]].",
    "Beneficiary: [[PERSON|Agnieszka Maj]], account [[IBAN_CODE|PL14 1140 2004 0000 3702 1583 9027]]",
    "Hi [[PERSON|Cormac]], your accountant portal password is [[PASSWORD|Shamrock-Tally-42]]. Please change it after login.",
    '{"employee_id": "[[ID_NUMBER|E00731948]]", "name": "[[PERSON|Yolanda Serrano]]", "ssn": "[[US_SSN|603-18-4472]]"}',
    "[[PERSON|Tomás Ó Ceallaigh]] lives at [[STREET_ADDRESS|3 Ashgrove Terrace, Galway H91 X2F7]] and his PPS number is [[ID_NUMBER|6184029RA]].",
    "ID: [[ID_NUMBER|739-204-815]] | Name: [[PERSON|Priscilla Nakato]] | Phone: [[PHONE_NUMBER|+256 772 904 318]]",
    "The tenant, [[PERSON|Lars Eriksen]], transfers rent from [[IBAN_CODE|DK21 3000 0009 1837 64]] every month.",
    "Reach [[PERSON|Zainab Qureshi]] on [[PHONE_NUMBER|020 7946 0872]] for the payroll query.",
    "[[PERSON|Hubert Clemens]] (Steuer-ID [[ID_NUMBER|47210385968]]) wohnt in der [[STREET_ADDRESS|Lindenallee 8, 50968 Köln]].",
    "2023-11-02T17:45:12Z WARN failed payment card=[[CREDIT_CARD|4485 2709 1634 8829]] holder=[[PERSON|Ines Carvalho]]",
    "[[PERSON|Barnaby Quill]], 44, accountant, email [[EMAIL_ADDRESS|barnaby@quillandledger.co.uk]].",
    "Savings account for [[PERSON|Leticia Moraes]], CPF [[ID_NUMBER|352.718.406-62]], opened in São Paulo.",
    "Dear Mr [[PERSON|Haverford]], we have received your payment. Your customer reference is [[ID_NUMBER|CR-61820473]].",
    "[[PERSON|Noa Friedman]] uses the username [[ID_NUMBER|noafried]] and the PIN [[PASSWORD|0582]] for her banking app.",
    "Address: [[STREET_ADDRESS|Via Garibaldi 41, 10122 Torino]]\nName: [[PERSON|Ludovica Ferraris]]",
    "[[PERSON|Chinedu Okafor]]'s phone is [[PHONE_NUMBER|555-0147]].",
    "Patient [[PERSON|Gladys Ferreira]], patient number [[ID_NUMBER|00482917]], balance owed $240.",
    "[[PERSON|Sven Åkesson]] har personnummer [[ID_NUMBER|780612-4454]] och bor på [[STREET_ADDRESS|Storgatan 19, 903 26 Umeå]].",
    "Contact details for [[PERSON|Mariam Tadesse]]: [[EMAIL_ADDRESS|mariam.tadesse@abyssinia-post.et]], [[PHONE_NUMBER|+251 91 148 2076]]",
    "[[PERSON|Nikolai Petrov]] signed in to the finance dashboard from [[IP_ADDRESS|2001:db8:4c1e::29]].",
    "First name: [[PERSON|Georgina]]; Last name: [[PERSON|Fairweather]]; Card: [[CREDIT_CARD|5418 2097 6631 0587]]",
    "Dear [[PERSON|Rashida Okoro]],\nThank you for choosing us as your financial adviser. Your client ID is [[ID_NUMBER|FA-330918]].\nKind regards",
    "[[PERSON|Wilhelmina de Vries]], BSN [[ID_NUMBER|173842598]], [[STREET_ADDRESS|Prinsengracht 412-2, 1016 JA Amsterdam]]",
    "The pension is paid to [[PERSON|Eamon Gallagher]], pension number [[ID_NUMBER|GP-5520917]], on the first of each month.",
    "Invoice recipient: [[PERSON|Rukmini Iyer]], [[STREET_ADDRESS|42, 3rd Cross, Indiranagar, Bengaluru 560038]], phone [[PHONE_NUMBER|+91 98450 27316]]",
    "[[PERSON|Jasper Holloway]] used the API key [[API_KEY|ak_prod_7Hq2Zr9LmX4vN1cT8bW3]] to push invoices.",
    "Driver licence [[ID_NUMBER|HOLLO803129JA9AB]] belongs to [[PERSON|Jade Holloway]].",
    "[[PERSON|Ahmed El-Sayed]] is a small business owner; his email is [[EMAIL_ADDRESS|ahmed@nilebooks-keeping.com]].",
    "REF 2290 | [[PERSON|Mirela Popescu]] | CNP [[ID_NUMBER|2920318460155]] | loan 15,000 RON",
    "Loan applicant [[PERSON|Darius Whitcombe]] lists his phone as [[PHONE_NUMBER|07700900315]] and his address as [[STREET_ADDRESS|19 Quarry Hill, Bath BA1 6QE]].",
    "[[PERSON|Hana Nováková]] — rodné číslo [[ID_NUMBER|856112/0029]], účet [[IBAN_CODE|CZ13 0300 0000 0027 4918 3651]]",
    "Member [[PERSON|Teodoro Reyes]], member ID [[ID_NUMBER|CU-118402]], locker code [[PASSWORD|3391]].",
    "<payer><name>[[PERSON|Isolde Brennan]]</name><iban>[[IBAN_CODE|AT89 2011 1839 1726 4503]]</iban></payer>",
    "[[PERSON|Musa Kamara]] lives at [[STREET_ADDRESS|14 Wilkinson Road, Freetown]].",
    "Payroll record: [[PERSON|Aiyana Redcloud]], SSN [[US_SSN|318-62-5094]], bank routing not on file.",
    "[[PERSON|Florian Weiß]] meldet sich unter [[PHONE_NUMBER|+49 30 23125 608]] wegen der Nebenkostenabrechnung.",
    "Credit check requested for [[PERSON|Celeste Montgomery]], date of birth 19 August 1985, SIN [[ID_NUMBER|527 184 907]].",
    "The financial adviser [[PERSON|Dorothea Kline]] uses [[EMAIL_ADDRESS|dkline@kline-fiduciary.com]] for client paperwork.",
    "name=[[PERSON|Viktor Horváth]] email=[[EMAIL_ADDRESS|viktor.horvath@dunamail.hu]] iban=[[IBAN_CODE|HU76 1176 3069 2045 1187 0000 0000]]",
    "[[PERSON|Fiona MacLeod]] forgot her online banking password, which was [[PASSWORD|heather&hills1979]].",
    "[[PERSON|Ibrahim Diallo]], téléphone [[PHONE_NUMBER|06 39 98 41 27]], adresse [[STREET_ADDRESS|8 avenue Jean Jaurès, 69007 Lyon]]",
    "Accounts payable contact: [[PERSON|Phoebe Strand]] <[[EMAIL_ADDRESS|phoebe.strand@northlight-supplies.com]]>",
    "[[PERSON|Ravi Shankar Pillai]] holds Aadhaar number [[ID_NUMBER|4916 2073 8516]].",
    "Customer [[PERSON|Giulia Conti]] gave her card [[CREDIT_CARD|4929 3817 6402 5510]] and phone [[PHONE_NUMBER|+39 333 904 1276]] to the agent.",
    "[[PERSON|Alistair Pennington]]'s NHS number is [[ID_NUMBER|531 902 8474]].",
    "The landlord, [[PERSON|Dolores Fuentes]], asked tenants to pay into [[IBAN_CODE|ES93 0182 3947 1065 3827 4916]].",
    "2024-05-09 12:02:44 api_key=[[API_KEY|sk-live-QW83nd72Lx0pVz5rT1yG]] owner=[[PERSON|Kasper Nyholm]] action=export_ledger",
    "[[PERSON|Yasmin Farouk]] works as a bookkeeper and lives at [[STREET_ADDRESS|31 Al Wasl Road, Jumeirah 1, Dubai]].",
    "Tax file number for [[PERSON|Bronwyn Keane]]: [[ID_NUMBER|452 907 818]]",
    "[[PERSON|Étienne Lefebvre]], NIR [[ID_NUMBER|2 92 01 69 381 204 50]], demande le remboursement de ses frais.",
    "Dear [[PERSON|Abigail Thornton]], we could not process your rent payment from card [[CREDIT_CARD|5274 1093 8820 6416]]. Please call [[PHONE_NUMBER|(702) 555-0128]].",
    "[[PERSON|Lucas Moreau]] logged in with user id [[ID_NUMBER|lmoreau_fin]] from [[IP_ADDRESS|203.0.113.9]].",
    "[[PERSON|Mehmet Aydın]] T.C. kimlik [[ID_NUMBER|30947218688]], telefon [[PHONE_NUMBER|+90 532 418 7305]]",
    "Client: [[PERSON|Henrietta Oakes]]\nAdviser notes: retiring 2027, ISA £48k\nEmail: [[EMAIL_ADDRESS|hen.oakes@brambledown.org.uk]]",
    "[[PERSON|Quentin Fairbanks]] set the safe combination to [[PASSWORD|41-17-93]].",
    "Passport number [[ID_NUMBER|532874916]] is held by [[PERSON|Clarissa Vaughn]].",
    "[[PERSON|Kiri Tane]] receives benefits at [[STREET_ADDRESS|6 Matai Street, Rotorua 3010]].",
    "Billing contact: [[PERSON|Naveen Reddy]], [[PHONE_NUMBER|+91 90080 41735]], [[EMAIL_ADDRESS|naveen.reddy@tallybooks.in]]",
    '{"holder": "[[PERSON|Odette Girard]]", "card": "[[CREDIT_CARD|4716 3820 9154 7736]]", "cvv_on_file": false}',
    "[[PERSON|Bartholomew Nkemelu]] has a savings account with account number [[ID_NUMBER|2039 4471 8806]].",
    "[[PERSON|Svetlana Morozova]] lives at [[STREET_ADDRESS|ul. Tverskaya 18, kv. 42, Moscow 125009]] and her email is [[EMAIL_ADDRESS|s.morozova@volgamail.ru]].",
    "Patient [[PERSON|Ernesto Villalobos]], patient ID [[ID_NUMBER|PID-774019]], phone [[PHONE_NUMBER|(915) 555-0183]], copay outstanding.",
    "Hello, I'm [[PERSON|Moana Kealoha]] and my Wi-Fi password is [[PASSWORD|plumeria-sunset-7]].",
    "Employee: [[PERSON|Dagny Sørensen]] | Fødselsnummer: [[ID_NUMBER|02117842951]] | Bank: [[IBAN_CODE|NO49 1503 2847 116]]",
    "Signed, [[PERSON|Augustin Mbeki]], [[STREET_ADDRESS|22 Jan Smuts Avenue, Parktown, Johannesburg 2193]]",
    "[[PERSON|Pilar Echeverría]] tiene el NIE [[ID_NUMBER|Y4170382J]] y vive en [[STREET_ADDRESS|Carrer de Provença 287, 08037 Barcelona]].",
    "Card on file for [[PERSON|Reuben Castellanos]]: [[CREDIT_CARD|3715 209846 72814]]",
    "[[PERSON|Maeve Donnelly]] sent her invoice from [[EMAIL_ADDRESS|maeve@donnellydesign.ie]].",
    "audit: user=[[ID_NUMBER|ccheng]] ([[PERSON|Christopher Cheng]]) viewed payroll from [[IP_ADDRESS|198.51.100.203]] at 03:14",
    "[[PERSON|Anouk Peeters]], rijksregisternummer [[ID_NUMBER|78.06.13-247.73]], rekening [[IBAN_CODE|BE24 0682 4519 3761]]",
    "[[PERSON|Gideon Asamoah]] called from [[PHONE_NUMBER|+233 24 519 8076]] about his loan repayment.",
    "[[PERSON|Linnea Berg]] has the email [[EMAIL_ADDRESS|linnea.berg@skargard.se]] and the phone [[PHONE_NUMBER|+46 70 218 45 93]].",
    "Pensioner: [[PERSON|Edmund Yeo]] | NRIC: [[ID_NUMBER|S4812976E]] | Address: [[STREET_ADDRESS|Blk 312 Clementi Ave 4, #08-221, Singapore 120312]]",
    "[[PERSON|Valentina Greco]] ha il codice fiscale [[ID_NUMBER|GRCVNT90D52F839B]].",
    "Our records show [[PERSON|Cyrus Mahdavi]] at [[STREET_ADDRESS|88 Elm Street, Apt 5C, Boston, MA 02116]], phone [[PHONE_NUMBER|617-555-0131]].",
    "[[PERSON|Eleni Kostopoulou]] authorised a payment from [[IBAN_CODE|GR13 0172 4180 0000 3916 2057 418]].",
    "Dear [[PERSON|Josephine Mwale]], your loan account [[ID_NUMBER|LA-2210483]] is now closed. Thank you.",
    "[[PERSON|Haruto Sato]] lives at [[STREET_ADDRESS|2-14-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023]] and his phone number is [[PHONE_NUMBER|090-4821-7736]].",
    "[[PERSON|Rosemary Quaye]] pays rent of £780 a month from her current account [[ID_NUMBER|55271904]].",
    "Name [[PERSON|Beatrix Lowell]], email [[EMAIL_ADDRESS|bea.lowell@harbourmail.com]], password [[PASSWORD|Tidal!Pool88]], role accountant",
]

# 100 clean texts: prompts and questions in the styles of public benchmarks, no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that personal finance should be a required subject in secondary schools.",
    "Compose a short poem about a lighthouse keeper who counts ships instead of sheep.",
    "Imagine you are Sherlock Holmes explaining to Dr Watson how he deduced that a visitor was a bankrupt merchant. Stay in character.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Explain compound interest to a ten-year-old using an example with marbles.",
    "If a train leaves at 3 pm travelling 80 km/h and another leaves the same station at 4 pm travelling 100 km/h on the same track, when does the second catch the first?",
    "Pretend you are Ebenezer Scrooge on Christmas morning writing a letter to the town newspaper. What would you say?",
    "Summarise the main causes of the 2008 financial crisis in five bullet points.",
    "Write a SQL query that lists each customer's total order value for 2023 from tables orders and order_items, highest first.",
    "What were Adam Smith's main arguments in The Wealth of Nations, and which still hold up today?",
    "Describe the water cycle as if you were a raindrop narrating your own journey.",
    "Compare the economic policies of Franklin D. Roosevelt's New Deal with those of Margaret Thatcher's first term.",
    "Draft a product description for a reusable coffee cup aimed at commuters, under 80 words.",
    "Solve for x: 3x + 7 = 2x - 5, then explain each step.",
    "Role-play as a medieval tax collector arriving at a village after a poor harvest. Start the conversation.",
    "Explain the difference between a stack and a queue, with a real-world example of each.",
    "Write a haiku sequence about the four seasons in a city.",
    "What is the Monty Hall problem, and why does switching doors improve your chances?",
    "Write a JavaScript debounce function and show how to use it with a search box.",
    "Give three arguments for and three against a universal basic income.",
    "Imagine Ada Lovelace visiting a modern data centre. Write her diary entry for that day.",
    "Explain why the sky is blue and sunsets are red, for a general audience.",
    "Create a five-day meal plan for a student on a tight budget.",
    "Which is more energy efficient, boiling water in a kettle or on a gas hob? Reason step by step.",
    "Rewrite the opening of Pride and Prejudice as a modern text message thread between the Bennet sisters.",
]

CLEAN_GSM8K = [
    "Mia saves $12 each week. How many weeks will it take her to save $180 for a bicycle?",
    "Jonah bought 3 notebooks at $2.50 each and a pen for $1.75. He paid with a $20 bill. How much change did he get?",
    "A bakery sells 48 muffins a day. On Saturday it sells twice as many. How many muffins does it sell from Monday to Saturday?",
    "Priya earns $15 an hour and works 6 hours a day for 5 days. She spends a third of her earnings on rent. How much does she have left?",
    "Leo has 4 times as many stickers as Ava. Together they have 75 stickers. How many does Leo have?",
    "A shop offers 20% off a jacket priced at $85. Sales tax of 8% is added after the discount. What is the final price?",
    "Tomas reads 25 pages each evening. His book has 340 pages. After 9 evenings, how many pages are left?",
    "Grace puts $500 in a savings account that pays 4% simple interest per year. How much interest will she earn in 3 years?",
    "A farmer has 120 eggs and packs them in cartons of 12. He sells each carton for $3.20. How much money does he make?",
    "Noah's phone plan costs $35 a month plus $0.10 per text over 200. In May he sent 340 texts. What was his bill?",
    "Olivia bakes cookies for a fair. Each batch makes 18 cookies and she needs 150. How many batches must she bake?",
    "Sam splits a $96 restaurant bill equally with 3 friends and adds a 15% tip on the total. How much does each person pay?",
    "A car uses 6 litres of fuel per 100 km. Fuel costs $1.80 a litre. How much does a 450 km trip cost?",
    "Ella had $240. She spent a quarter on shoes and half of what remained on books. How much does she have now?",
    "Marcus sells lemonade at $1.25 a cup. His costs are $18. How many cups must he sell to make a profit of $32?",
    "A classroom has 28 students. Three sevenths are boys. How many girls are there?",
    "Hugo runs 3.5 km on weekdays and 8 km on Saturday. How far does he run in a week?",
    "Isla's rent rises from $1,200 to $1,290 a month. By what percentage did it rise?",
    "A box holds 24 pencils. A school orders 15 boxes and gives out 290 pencils. How many are left?",
    "Kai buys 2 kg of apples at $3.40 per kg and 1.5 kg of pears at $4 per kg. What is the total cost?",
    "Ruby works 7.5 hours a day at $18 an hour. Overtime is paid at 1.5 times her rate. What does she earn on a 10-hour day?",
    "A bus holds 52 passengers. How many buses are needed for 300 students and 14 teachers?",
    "Finn pays off a $1,800 loan in equal monthly payments of $150. How many months will it take?",
    "Zara's garden is 12 m by 9 m. She wants to fence it on all sides. Fencing costs $14 per metre. What is the cost?",
    "Eli buys a bike for $320 and sells it a year later for 65% of the price. How much money did he lose?",
]

CLEAN_MMLU = [
    "Which economist is best known for the idea of the 'invisible hand'? A) John Maynard Keynes B) Adam Smith C) Karl Marx D) Milton Friedman",
    "What is the chemical symbol for gold? A) Ag B) Go C) Au D) Gd",
    "Which planet has the shortest year? A) Venus B) Mars C) Mercury D) Earth",
    "In which city was the Treaty of Versailles signed? A) Paris B) Versailles C) Geneva D) Vienna",
    "Who proposed the theory of general relativity? A) Isaac Newton B) Niels Bohr C) Albert Einstein D) Max Planck",
    "A central bank raising interest rates usually aims to: A) increase inflation B) reduce inflation C) weaken bank deposits D) raise unemployment benefits",
    "Which organelle produces most of a cell's ATP? A) Nucleus B) Ribosome C) Golgi apparatus D) Mitochondrion",
    "The Magna Carta was sealed in which year? A) 1066 B) 1215 C) 1415 D) 1588",
    "What is the derivative of sin x? A) cos x B) -cos x C) -sin x D) tan x",
    "Which river flows through Budapest? A) Rhine B) Danube C) Vistula D) Elbe",
    "Marie Curie won Nobel Prizes in which two fields? A) Physics and Chemistry B) Chemistry and Medicine C) Physics and Medicine D) Chemistry and Peace",
    "Gross domestic product measures: A) a country's debt B) the total value of final goods and services produced C) government tax revenue D) exports minus imports",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "Who wrote the Communist Manifesto with Karl Marx? A) Friedrich Engels B) Vladimir Lenin C) Leon Trotsky D) Rosa Luxemburg",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which accounting statement shows assets, liabilities and equity at a point in time? A) Income statement B) Cash flow statement C) Balance sheet D) Statement of retained earnings",
    "Which of these is a prime number? A) 51 B) 57 C) 61 D) 63",
    "The Rosetta Stone helped scholars decipher: A) cuneiform B) Linear B C) Egyptian hieroglyphs D) Mayan glyphs",
    "Which scientist formulated the laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Tycho Brahe D) Nicolaus Copernicus",
    "In a perfectly competitive market, firms are: A) price makers B) price takers C) monopolists D) cartels",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Which empire built Machu Picchu? A) Aztec B) Maya C) Inca D) Olmec",
    "Simple interest on $1,000 at 5% for 2 years is: A) $50 B) $100 C) $102.50 D) $110",
    "Which composer wrote the Brandenburg Concertos? A) Mozart B) Handel C) Bach D) Haydn",
    "Photosynthesis mainly takes place in which part of a plant cell? A) Chloroplast B) Vacuole C) Cell wall D) Nucleus",
]

CLEAN_HEALTH = [
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "What are the early signs of type 2 diabetes in adults?",
    "I've had a dry cough for three weeks after a cold. When should I see a doctor?",
    "How much water should an adult drink per day in hot weather?",
    "Can stress really cause chest pain, or should I always get it checked?",
    "What is the difference between a migraine and a tension headache?",
    "Is it normal for a toddler to have a fever after vaccinations?",
    "What foods help lower LDL cholesterol?",
    "How long is someone contagious after starting antibiotics for strep throat?",
    "My ankle is swollen after twisting it on a run. Should I use ice or heat?",
    "What are the side effects of statins that I should watch for?",
    "Is it okay to exercise with a mild cold?",
    "How can I tell if a mole might be cancerous?",
    "What does a blood pressure reading of 145 over 92 mean?",
    "Are there natural ways to improve sleep without taking pills?",
    "Why do my knees ache more when the weather is cold?",
    "How often should adults get a dental check-up?",
    "Can you drink alcohol while taking amoxicillin?",
    "What causes frequent heartburn after meals, and what helps?",
    "What are the symptoms of iron deficiency anaemia?",
    "How long does it take to recover from a keyhole gallbladder operation?",
    "Is it dangerous to stop antidepressants suddenly?",
    "What vaccinations are recommended for adults over sixty-five?",
    "Why do I get dizzy when I stand up quickly?",
    "What should be in a basic first aid kit for a family home?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "57382049160": steuer_id_ok,  # German tax id
    "86134972503": steuer_id_ok,
    "64029317587": steuer_id_ok,
    "47210385968": steuer_id_ok,
    "84072318359": pesel_ok,  # Polish PESEL
    "715 284 061": tfn_ok,  # Australian tax file number
    "392 164 753": tfn_ok,
    "452 907 818": tfn_ok,
    "52718493D": dni_ok,  # Spanish DNI
    "Y4170382J": dni_ok,  # Spanish NIE
    "1 85 07 75 123 048 28": nir_ok,  # French NIR
    "2 92 01 69 381 204 50": nir_ok,
    "247183903": nif_ok,  # Portuguese NIF
    "BNCLRA83M54L219Z": codice_fiscale_ok,  # Italian codice fiscale
    "GRCVNT90D52F839B": codice_fiscale_ok,
    "42816930508": kimlik_ok,  # Turkish kimlik
    "30947218688": kimlik_ok,
    "3829164F": pps_ok,  # Irish PPS number
    "6184029RA": pps_ok,
    "318462758": bsn_ok,  # Dutch BSN
    "205937184": bsn_ok,
    "173842598": bsn_ok,
    "613 928 472": luhn_len(9),  # Canadian SIN
    "527 184 907": luhn_len(9),
    "15078437224": fodselsnummer_ok,  # Norwegian fødselsnummer
    "02117842951": fodselsnummer_ok,
    "1850912406170": cnp_ok,  # Romanian CNP
    "2920318460155": cnp_ok,
    "724 183 9064": nhs_ok,  # NHS number
    "531 902 8474": nhs_ok,
    "7391 8264 0520": aadhaar_ok,  # Indian Aadhaar
    "4916 2073 8516": aadhaar_ok,
    "618.204.937-50": cpf_ok,  # Brazilian CPF
    "352.718.406-62": cpf_ok,
    "7904125083085": luhn_len(13),  # South African id
    "830419-2184730": rrn_ok,  # Korean resident registration number
    "S7392846Z": nric_ok,  # Singapore NRIC
    "S4812976E": nric_ok,
    "78.06.13-247.73": belgian_id_ok,  # Belgian national number
    "780612-4454": luhn_len(10),  # Swedish personnummer
    "856112/0029": rodne_cislo_ok,  # Czech rodné číslo
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"(\(\d{3}\) |\d{3}-)?555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"\+(27|30|34|39|46|47|64|65|90|91|233|234|251|254|256) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and carry secrets; each record names one person and
    holds one to four other values; the lower-case and other-language texts are where
    the docstring says."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 95 or secret < 10:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in SYNTH:
        spans = marked_spans(marked)
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if not any(s["type"] == "PERSON" for s in spans) or not 1 <= len(others) <= 4:
            raise SystemExit(f"synth: one person and one to four values in {marked[:60]!r}")
    for marked in CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]:
        if is_lower(marked):
            raise SystemExit(f"chat: lower-case text among the other languages {marked[:60]!r}")
    for item in CLEAN_MMLU:
        if not all(f"{letter}) " in item for letter in "ABCD"):
            raise SystemExit(f"mmlu: options A to D missing in {item[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "synth": (SYNTH, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + SYNTH
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("synth", SYNTH, SYNTH_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind97", HERE, sections, {"chat", "synth"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
