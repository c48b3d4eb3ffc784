# ruff: noqa: E501
"""A hundred-and-nineteenth blind privacy set, on money: 220 texts with personal data and 100
clean ones.

Theme: banks, insurers, accountants and tax returns, benefits, pensions, debt collectors,
payroll, splitting bills, payment scams and fraud reports. Written blind to the detector: the
writer read only ``marks.py``, ``ids.py``, the table format and the labelling paragraph of
``README.md`` and the docstring and check code of ``build_blind36.py``, never the detector,
its rules, docs, tests or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies to banks, landlords, debt collectors and payroll,
  summarising pasted notes, minutes, call logs and e-mails, translating, fixing wording,
  splitting rent, trips and bills, asking whether a text, call or e-mail is a scam. The
  first 30 are typed all in lower case (names, e-mails, codes and IBANs too, with shorthand
  and typos); the next 6 are in Spanish, German, French, Portuguese, Polish and Korean; the
  other 84 in ordinary English. Names of many origins, some in Cyrillic, Greek, Arabic,
  Devanagari, Chinese, Korean and Japanese script; first names alone, surnames after titles,
  full names, nicknames and names that are ordinary words (Penny, Bill, Grace, Sterling),
  many named in passing with no cue word.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register entries and short letters, each a name and one to four other values, about
  forty-four of them national ids with valid check digits.

Labelled: PERSON, EMAIL_ADDRESS, PHONE_NUMBER, STREET_ADDRESS, PASSWORD, CREDIT_CARD,
US_SSN, IBAN_CODE, ID_NUMBER, IP_ADDRESS, API_KEY. Usernames, handles, logins, payment
handles, member, customer, policy, patient, employee and account numbers, tax references
and national ids are ID_NUMBER; PINs, memorable words, door, gate, alarm, safe and locker
codes, wifi keys, passwords and passphrases are PASSWORD; titles and relation words (Mr,
Mrs, Dr, Herr, Dona, my gran) stay outside PERSON spans; an address span runs from the
first street line through postcode and city as typed. Public figures, fictional characters,
companies, banks, order, invoice, claim and case references, sort codes alone, postcodes
alone, amounts and dates of birth are not labelled; every occurrence of a private value is
marked.

The 100 clean texts hold no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
naming historical or fictional people), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one; most
about money.

All values are invented and typed by hand; the builder only checks them and fails loudly
on a bad one: phones from ranges kept for fiction where the country has one (UK 07700 900,
020 7946 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125)
and in each country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97, of their country's length and not documentation examples;
SSNs with assignable area, group and serial; IPs from documentation ranges (192.0.2.x,
198.51.100.x, 203.0.113.x); national ids with valid check digits (NHS number, Dutch BSN,
Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE, Finnish henkilötunnus,
Italian codice fiscale, Chinese resident id, Singapore NRIC, Korean resident registration
number, Australian TFN and Medicare, Japanese My Number, Irish PPS, French NIR, Belgian
national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT,
Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax
id, New Zealand NHI, Indian Aadhaar, Swedish personnummer, Canadian SIN, South African and
Israeli ids).

Run ``.venv/bin/python bench/data/build_blind119.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
from pathlib import Path

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
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent
LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Madame|Monsieur|Dona|Sr|Sra|Pan|Pani)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
IBAN_LENGTHS = {
    "GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "PL": 28, "PT": 25,
    "IE": 22, "BE": 16, "CH": 21, "AT": 20, "DK": 18,
}  # fmt: skip

CHAT = [
    # 1-30: typed all in lower case
    "can u help me word a msg to [[PERSON|tomasz]] asking him to pay back the 240 quid for the lake district cottage? his number is [[PHONE_NUMBER|07700 900318]] and i dont want it to sound like im chasing a debt lol",
    "my gran [[PERSON|nkechi okafor]] got a text saying her pension is on hold unless she confirms her card [[CREDIT_CARD|4539 1762 0481 7357]] on some link. is this a scam?? she already typed the card in, what do we do first",
    "split this 4 ways pls: rent 1850, council tax 164, wifi 32. me, [[PERSON|priya]], [[PERSON|sean]] and [[PERSON|dotty]]. [[PERSON|priya]] has the box room so she pays 10% less. then email it to [[EMAIL_ADDRESS|flat4.bills@gmail.com]]",
    "summarise pls: 'call w/ hmrc re self assessment for [[PERSON|dan whitlock]], utr [[ID_NUMBER|6291048375]], penalty of 100 can be appealed within 30 days, spoke to [[PERSON|kev]] on the helpline, call back if no letter in 2 wks'",
    "whats a polite way to tell mr [[PERSON|haddad]] the deposit should go back into my new account [[IBAN_CODE|gb90 midl 4051 2738 1940 27]] and not the old one i closed",
    "bank app keeps locking me out. login is [[ID_NUMBER|jmaguire_88]] and pw [[PASSWORD|shamrock!ledger27]], is it ok to paste that here or should i reset it first",
    "translate into polish for my dad [[PERSON|zbigniew]]: the pension transfer will arrive on the 3rd, your account details are on the letter, never give them to anyone who rings you",
    "fix wording: hi [[PERSON|aoife]], payroll failed for u this month so we r paying u manually by fri. ur employee no [[ID_NUMBER|emp-40917]] stays the same sorry for the hassle",
    "got a call from 'hsbc fraud team' on [[PHONE_NUMBER|02079460581]] asking for my pin and i said [[PASSWORD|7302]] before i realised. what do i do now, its 11pm",
    "draft a reply to the debt collector. my name is [[PERSON|marcus oyelaran]], [[STREET_ADDRESS|14 briar close, leeds ls6 2qp]]. i dont recognise the debt and want proof before i pay a penny",
    "check my maths: [[PERSON|jun]] paid 612 for the airbnb, i paid 388, and [[PERSON|bex]] owes us both for a third. how much does [[PERSON|bex]] send each of us",
    "employer wants my ssn [[US_SSN|524-71-3908]] by email for the w-4. is that normal? hr person is [[PERSON|deb castellano]], [[EMAIL_ADDRESS|d.castellano@brightmillpayroll.com]]",
    "my tfn is [[ID_NUMBER|395 241 075]], does my accountant [[PERSON|lachie]] actually need it or just the mygov login",
    "write a short text to abuela [[PERSON|rosa]] telling her not to answer calls about a 'frozen pension' and that ill ring her at [[PHONE_NUMBER|+34 612 487 309]] tonight",
    "remind [[PERSON|hamza]] the alarm at the accounts office is now [[PASSWORD|91746]] and the safe is [[PASSWORD|0-33-17]], keep it short",
    "got an email saying im owed a tax refund of 412.60 and to reply with my bank login. signed by an 'agent' called [[PERSON|rebecca mwangi]]. legit or nah",
    "make a table: [[PERSON|ola]] paid 45 gas, [[PERSON|finn]] 60 petrol, [[PERSON|noor]] 22 tolls, [[PERSON|ola]] again 18 snacks. who owes who",
    "send 35 to my sister [[PERSON|kim]] for the gift, her venmo is [[ID_NUMBER|@kiki-tran-92]], write a funny memo line",
    "insurance claim: bike nicked from outside [[STREET_ADDRESS|flat 2, 87 cowley road, oxford ox4 1hr]]. policy holder [[PERSON|ellis brannigan]], customer no [[ID_NUMBER|cx-5581920]]. write the incident bit",
    "how much tax on 38k in scotland? also my nhs no is [[ID_NUMBER|731 529 6042]] for the other form if u need it (prob not)",
    "tidy these notes: - [[PERSON|raj]] chases invoice 1043 - [[PERSON|maddie]] resets xero pw to [[PASSWORD|kettle-orbit-95]] - vpn ip for the auditors [[IP_ADDRESS|198.51.100.47]]",
    "msg for the group: [[PERSON|sol]], [[PERSON|kenji]], [[PERSON|ama]] the ski deposit is 150 each, pay into [[IBAN_CODE|de67500105175731904268]] with ref skifeb",
    "my dad [[PERSON|ravi]] keeps getting letters from a collection agency for an old phone contract, account ref [[ID_NUMBER|lc-77304219]]. what rights does he have",
    "is this layout ok for a bookkeeping cv: [[PERSON|shirin tavakoli]] · [[PHONE_NUMBER|0491 570 226]] · [[EMAIL_ADDRESS|shirin.tavakoli@outlook.com]]",
    "pension site wants a memorable word and a pin, mine are [[PASSWORD|marmalade]] and [[PASSWORD|4418]]. safe to keep them in my notes app?",
    "ok so [[PERSON|big mike]] from 5 a side says hell pay his subs when he gets paid. his email is [[EMAIL_ADDRESS|mike.the.keeper@yahoo.co.uk]], write something cheeky but nice",
    "the accountant wants my ni number, its [[ID_NUMBER|qh 41 72 93 c]]. should i just whatsapp it to [[PERSON|gemma]] at the office?",
    "reword: dear mrs [[PERSON|adeyemi]], the overdraft on account [[ID_NUMBER|41829637]] has been cut to 250 from next month, sorry for any inconvenience",
    "the api key for the invoicing tool keeps failing: [[API_KEY|inv_live_7fk29qxm4tz81bnw3hdc06ry]]. does it need a bearer prefix or what",
    "card got declined at the till, card [[CREDIT_CARD|5418730291648571]], [[PERSON|cat]] says its the new fraud block. how do i lift it without calling",
    # 31-36: other languages
    "Redacta un correo para [[PERSON|Lucía Ferrándiz]] recordándole que la cuota de la comunidad, 85 €, se cobra en la cuenta [[IBAN_CODE|ES46 2100 0418 3502 0739 1846]] y que su DNI [[ID_NUMBER|73029481L]] ya consta en el expediente.",
    "Kannst du das kürzer formulieren? „Sehr geehrter Herr [[PERSON|Brückner]], für die Erstattung benötigen wir Ihre Steuer-ID [[ID_NUMBER|57392041865]]. Bei Rückfragen erreichen Sie mich unter [[PHONE_NUMBER|030 23125 418]].“",
    "Traduis en anglais : « Madame [[PERSON|Nadia Belkacem]], votre remboursement sera versé sous dix jours. Merci de confirmer votre numéro de sécurité sociale [[ID_NUMBER|2 86 09 75 120 418 69]] et votre adresse, [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]]. »",
    "Me ajuda a responder isso? Chegou um SMS dizendo que o CPF [[ID_NUMBER|385.274.916-64]] da minha mãe, Dona [[PERSON|Célia]], tem pendência na Receita e pedindo um Pix de R$ 397. É golpe?",
    "Napisz krótką wiadomość do [[PERSON|Agnieszki Wróbel]]: przelew za czynsz wysłałam na konto [[IBAN_CODE|PL98 1020 1026 0000 0502 1938 4765]], a mój PESEL to [[ID_NUMBER|92032745187]], gdyby księgowa pytała.",
    "[[PERSON|김서연]] 씨에게 보낼 문자를 다듬어 주세요: 이번 달 급여는 계좌 변경 때문에 늦어집니다. 새 계좌를 확인한 뒤 [[PHONE_NUMBER|010-4827-3196]]으로 연락 주세요.",
    # 37-120: ordinary English
    "Can you draft a short, firm reply to Kestrel Recoveries? They say I owe £1,140 on a catalogue account I never opened. My name is [[PERSON|Olamide Fashola]] and they wrote to [[STREET_ADDRESS|22 Harrow Gardens, Bristol BS5 9LT]].",
    "[[PERSON|Penny]] keeps forgetting the Netflix share. Write her a nudge: it's £4.50 a month and she can pay me on [[PHONE_NUMBER|07700 900662]] by bank transfer.",
    "Is this a scam? A 'Sterling Trust compliance officer' wants me to move my savings into a 'safe account', sort code 40-47-12, and to tell nobody at the branch. He said his name was [[PERSON|Anthony Greer]].",
    "Summarise these minutes in three bullets: Treasurer [[PERSON|Wen Zhao]] reported £3,412 in the club account. [[PERSON|Sunny Okoro]] proposed raising subs by £5. [[PERSON|Wen Zhao]] to email the bank about the new mandate. Motion carried.",
    "Please translate into Greek for my uncle [[PERSON|Γιώργος Παπαδάκης]]: the insurer has approved the claim and will pay the garage directly.",
    "I need a payment plan letter to Northway Water. Customer number [[ID_NUMBER|NW-0391-7724]], arrears £286. I can afford £20 a month. Sign it from [[PERSON|Harriet Lamb]].",
    "My payroll login is [[ID_NUMBER|r.castellanos]] and the new password I chose is [[PASSWORD|Tangerine#Quarter44]]. Can you tell me if that's strong enough?",
    "Help me split a stag weekend: [[PERSON|Bill]] paid the lodge (£960), [[PERSON|Drew]] paid the go-karting (£300) and [[PERSON|Rich]] paid nothing yet. Six of us in total.",
    "Write a friendly reminder to [[PERSON|Grace Abernathy]] that her quarterly VAT return is due on the 7th and I still need the receipts she mentioned.",
    "Fraud report draft: On Tuesday someone used my card [[CREDIT_CARD|4928 0317 4652 0937]] at three online shops in Lisbon. I am [[PERSON|Tobias Renner]], reachable on [[PHONE_NUMBER|(312) 555-0186]].",
    "Our accountant Dr [[PERSON|Farouk]] asked which IP our payroll server uses for the whitelist. It's [[IP_ADDRESS|203.0.113.58]]. Draft a one-line reply.",
    "Rewrite this so it sounds less angry: '[[PERSON|Hugo]], you still owe me €75 for the concert and it's been two months.'",
    "My late father's pension provider needs a letter. His name was [[PERSON|Emeka Nwosu]], member number [[ID_NUMBER|PN-5539017]], and I'm the executor. Please draft it.",
    "The gate code to the storage unit where we keep the office's old tax files is [[PASSWORD|4#8#2#9]]. Write a note to [[PERSON|Ines]] explaining how to get in on Saturday.",
    "Is it normal for a bank to text from [[PHONE_NUMBER|+44 7700 900512]] asking me to 'verify' a payee? It names my account ending 0392 and calls me Mr [[PERSON|Patel]].",
    "Draft a note for the benefits office: my neighbour [[PERSON|Dorothy Kemp]] of [[STREET_ADDRESS|3 Linden Row, Hull HU3 6PB]] has asked me to speak for her about her pension credit.",
    "Our team lunch came to £187.40. Split it fairly: [[PERSON|Aditi]] and [[PERSON|Chen]] had starters, [[PERSON|Faith]] skipped dessert, and I'd like to round up the tip.",
    "Please check this email for tone: 'Dear Mr [[PERSON|Oduya]], we have not received your payment for invoice 2291. Please pay to [[IBAN_CODE|GB50 LOYD 3094 2871 4603 92]] within 7 days.'",
    "[[PERSON|Dimitri]] says the crypto 'recovery agent' he found online, [[PERSON|Lars Vinter]], wants 10% upfront to get his lost coins back. Sounds dodgy to me, what should I tell him?",
    "My SSN is [[US_SSN|318-46-2075]] and the tax preparer, [[PERSON|Carmen Ibarra]], wants it on a sticky note in her drop box. Is there a safer way to send it?",
    "Put this into a clean table: [[PERSON|Ahmed]] 120, [[PERSON|Joy]] 85, [[PERSON|Ahmed]] 40, [[PERSON|Lukas]] 60, [[PERSON|Joy]] 15. Columns: name, total paid.",
    "Translate into Hindi for my mother [[PERSON|अनन्या शर्मा]]: your pension money has arrived and the bank will never ask for your OTP on the phone.",
    "The insurer's adjuster, [[PERSON|Tamsin Roe]], gave me her direct line [[PHONE_NUMBER|020 7946 0723]] and email [[EMAIL_ADDRESS|t.roe@hollandmutual.co.uk]]. Write a follow-up asking when the flood payout lands.",
    "Write an out-of-office for payroll week: urgent wage queries go to [[PERSON|Kwabena Asante]] on extension 4417.",
    "Our shared-house wifi password is [[PASSWORD|CouncilTaxIsDue!]] lol. Draft a house message about splitting the new broadband bill of £38.",
    "Can you summarise this fraud log? 09:12 login [[ID_NUMBER|fpreston77]] from [[IP_ADDRESS|192.0.2.214]], 09:14 payee added, 09:15 transfer £2,900, 09:40 customer [[PERSON|Fiona Preston]] calls to dispute.",
    "Hey, how do I explain to Grandpa [[PERSON|Sterling]] that the 'HMRC' voicemail is fake? He's convinced he owes back tax and nearly read out his banking passcode, [[PASSWORD|Lupin1952]].",
    "Write a covering note for my mortgage broker [[PERSON|Yusuf Demir]]: attached are three payslips and my P60, and my employee ID at work is [[ID_NUMBER|BX-207716]].",
    "Is an email from a Proton Mail address really from my insurer? It says my claim for [[PERSON|Eleanor Voss]] needs a £40 release fee.",
    "Polish my complaint: I've been on hold with the council for an hour. My housing benefit reference is [[ID_NUMBER|HB/883104]] and my name is [[PERSON|Niamh Gallagher]].",
    "Work out who owes what for the holiday villa: total €2,460, four nights, [[PERSON|Marguerite]] stayed two nights only, everyone else all four. People: [[PERSON|Marguerite]], [[PERSON|Ade]], [[PERSON|Bao]], me.",
    "Draft a text to my landlord [[PERSON|Kostas]] asking him to send the rent receipt for March to [[EMAIL_ADDRESS|lina.moreau@posteo.de]].",
    "Someone called claiming to be from my bank and knew my card ending and my address, [[STREET_ADDRESS|41 Chapel Street, Penzance TR18 4AQ]]. How could they know that?",
    "Please turn this into a formal letter to HMRC: I, [[PERSON|Rupert Fane]], UTR [[ID_NUMBER|3850291746]], request the penalty for the late return be cancelled as I was in hospital.",
    "I'm the treasurer of a choir. Mrs [[PERSON|Whitcombe]] wants her gift aid declaration updated to her new address, [[STREET_ADDRESS|9 Orchard Mews, Canterbury CT2 7JE]]. Draft the confirmation.",
    "Help me reply to [[PERSON|Sasha]] who is asking me to be a guarantor on her flat. I want to say no kindly.",
    "Our bookkeeping software API token is [[API_KEY|bkp_tok_83JqN2vXc0LmR7tWy5Pz]]. Write a Slack message telling the team to stop pasting it in channels.",
    "What should I say to [[PERSON|Hiroshi Tanabe]] when he asks to borrow another ¥50,000 before payday? He still owes me from April.",
    "Tidy this debt schedule: Barclaycard £2,100 at 24.9%, car loan £6,800 at 7.2%, loan from Uncle [[PERSON|Femi]] £500 at 0%. Which to pay first?",
    "Write a thank-you card to [[PERSON|Marisol]] and [[PERSON|Teodoro]] for lending us the deposit money, promising the first £200 next month.",
    "My card PIN is [[PASSWORD|2961]] and I think someone saw me type it at the station. Do I need a new card or just a new PIN?",
    "The payroll manager, [[PERSON|Brigid Farrell]], asked me to forward my PPS number [[ID_NUMBER|3928174K]] and bank details by text to [[PHONE_NUMBER|+353 87 214 6603]]. Normal?",
    "Summarise this email thread for my boss: Client [[PERSON|Ødegaard]] is querying a double charge of NOK 4,200; our rep [[PERSON|Linnea Berg]] confirmed a refund; finance to process by Friday.",
    "Please translate into Russian for my colleague [[PERSON|Дмитрий Соколов]]: the expense claim was rejected because the receipt was missing.",
    "Write a message to the cricket club about the annual subs. Payments to the club account, and questions to our treasurer [[PERSON|Rahul]] at [[EMAIL_ADDRESS|treasurer.rahul.cc@gmail.com]].",
    "My online banking username is [[ID_NUMBER|OKWU-LENDER-7]] and it got changed without my say. Draft a complaint to the bank's fraud team.",
    "Check whether this is phishing: 'Dear customer, your benefit payment is suspended. Call Agent [[PERSON|Felix Hart]] on...' and then a number. My friend [[PERSON|Wanjiru]] got the same one.",
    "Please make this sound professional: 'Hi [[PERSON|Sean]], your August commission was short by $340 because Finance used the old rate. We'll fix it in September payroll.'",
    "Can you draft a letter to my insurer to add my husband [[PERSON|Tomás Quiroga]] as a named driver? Policy number [[ID_NUMBER|MTR-4410298]].",
    "How should my daughter [[PERSON|Leilani]] word an email to her student loan servicer? Her borrower ID is [[ID_NUMBER|SLS-55210934]].",
    "Quick check: is a 6-digit PIN like [[PASSWORD|184077]] for my pension app any safer than four digits?",
    "Draft an apology to the customer whose direct debit we took twice, Mr [[PERSON|Abiodun Lawal]], account [[ID_NUMBER|CUS-0048817]], refund on its way.",
    "My neighbour [[PERSON|Halima]] is 84 and a man at her door claimed to be from the bank, asking for her card. What should I tell her to do next time?",
    "Write a WhatsApp to the family: Mum's care home fees are £1,240 a week, and [[PERSON|Joanna]], [[PERSON|Pete]] and I split it three ways from the 1st.",
    "Our payroll export failed with this log: 'user [[ID_NUMBER|svc_payroll_ops]] auth failed from [[IP_ADDRESS|198.51.100.9]]'. Explain in plain words.",
    "Please help me word a Facebook post warning neighbours about a fake council tax refund text. No names, but mention it came from [[PHONE_NUMBER|07700 900247]].",
    "Is it risky that my accountant emailed my full card number [[CREDIT_CARD|3742 981605 37245]] back to me in plain text?",
    "Rewrite nicely for the tenant association: Mr [[PERSON|Szabo]] in flat 6 has still not paid his share of the roof repair, £310.",
    "Translate into Arabic for my uncle [[PERSON|خالد]]: your zakat donation receipt is attached and the charity thanks you.",
    "Can you explain to [[PERSON|Bongani]] how his tax refund was calculated? He earned R412,000 and paid R78,300 PAYE.",
    "Make a checklist for [[PERSON|Priyanka Rao]]'s first week in the finance team: laptop, payroll login [[ID_NUMBER|prao.fin]], temporary password [[PASSWORD|Welcome-Ledger-0912]], bank token.",
    "The note on my fridge says the locker at the gym (where I keep my cards) is [[PASSWORD|3-17-29]]. Should I change it after my wallet went missing?",
    "Draft an email to [[EMAIL_ADDRESS|r.achterberg@kpn-mail.nl]] asking [[PERSON|Ruud]] to confirm the IBAN for his invoice, [[IBAN_CODE|NL82 RABO 0318 4729 56]], by phone.",
    "I'm setting up a savings pot with [[PERSON|Chidi]] for our wedding. Suggest a fair way to contribute when he earns twice what I do. The pot's app PIN is [[PASSWORD|6620]], by the way.",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Lorraine]] from Cedar Lane Lettings, the deposit dispute for [[STREET_ADDRESS|Flat 5, 18 Queens Road, Brighton BN1 3XE]] is resolved, call me back.'",
    "My Medicare card number is [[ID_NUMBER|4729183601]]. Does the tax agent need it to claim the Medicare levy exemption?",
    "Help [[PERSON|Mateus]] write a short bio for the credit union newsletter: he's volunteered as a budgeting coach for six years.",
    "Split our electricity bill of $214 by days home: I was home 30 days, [[PERSON|Rosalind]] 22 and [[PERSON|Wes]] 12.",
    "Does this look like a real HMRC letter? It's addressed to Mr [[PERSON|D. Kowalczyk]] at [[STREET_ADDRESS|27 Fairfield Avenue, Stockport SK4 1NZ]] and asks for payment in gift cards.",
    "Turn these notes into an email to the auditors: bank rec for March done by [[PERSON|Olu]]; petty cash short by £12.40; [[PERSON|Inge]] to send the fixed asset register Monday.",
    "Write a reference for [[PERSON|Chiara Benedetti]], who worked as my accounts assistant for two years and handled payroll for forty staff.",
    "The router at the accountant's office was reset; new wifi key is [[PASSWORD|Debit&Credit2031]]. Write a sign for the front desk without showing it to clients.",
    "Can you help me fill in the gaps of this form for my brother [[PERSON|Sanjay Iyer]]? Aadhaar [[ID_NUMBER|6391 8274 0511]], PAN card pending, bank IFSC to follow.",
    "I run a small nail salon. How do I tell my employee [[PERSON|Thuy]] that her tips were accidentally taxed twice on the last payslip?",
    "Explain what I should do: a text from [[PHONE_NUMBER|555-0149]] says my tax return was flagged and I must pay $600 in Apple gift cards today.",
    "Reply to the insurer on behalf of Mrs [[PERSON|Valentina Russo]]: her codice fiscale is [[ID_NUMBER|RSSGNN82C51L219Q]] and the claim concerns water damage.",
    "My friend [[PERSON|Cash]] says I should give my crypto wallet seed to his 'advisor'. Please write a polite but clear no.",
    "Draft a notice for the office fridge: the petty cash tin has moved and the combination is now [[PASSWORD|0718]]; ask [[PERSON|Bernadette]] if it sticks.",
    "Please shorten this: 'Dear Mr [[PERSON|Ekwueme]], your account with us, [[ID_NUMBER|LN-2203-8815]], is now closed and your final statement will be posted to [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki, Lagos]].'",
    "Make a fair split for a birthday dinner where [[PERSON|王芳]] ordered lobster (£48) and everyone else had mains around £18. Five people.",
    "Draft a note to the housing association: my rent is paid by Universal Credit direct to landlord, but [[PERSON|Marek Dvořák]] at the rent office says my account [[ID_NUMBER|RA-1190-4473]] is £420 in arrears.",
    "Someone on Marketplace wants me to 'receive' £900 into my account and send £850 on to a friend called [[PERSON|Obinna]]. They messaged from [[PHONE_NUMBER|07700 900093]]. Money mule thing?",
    "Fix the grammar in my email to the bank: 'Please cancel the standing order to [[PERSON|Agata Sikora]], she moved out of [[STREET_ADDRESS|33 Elm Grove, Reading RG1 5DU]] and no longer needs the rent.'",
    "Please summarise this security alert for the finance team: new admin [[ID_NUMBER|adm.jperalta]] created at 02:14 from [[IP_ADDRESS|203.0.113.99]], recovery e-mail set to [[EMAIL_ADDRESS|j.peralta.ledger@tutamail.com]]. Owner [[PERSON|Joaquín Peralta]] says it wasn't him.",
]

RECORDS = [
    "[[PERSON|Margaret Ellery]] (NHS no. [[ID_NUMBER|486 203 9170]]) asked the pension helpline to post her annual statement to [[STREET_ADDRESS|6 Wren Court, Norwich NR2 4HX]].",
    "Policyholder: [[PERSON|Callum Rennie]] | NHS [[ID_NUMBER|552 918 3700]] | tel [[PHONE_NUMBER|07700 900731]] | product: income protection",
    "Klant [[PERSON|Sanne de Vries]], BSN [[ID_NUMBER|193746207]], ontvangt haar toeslag op [[IBAN_CODE|DK39 3000 0418 2739 56]] sinds ze in Kopenhagen woont.",
    '{"name": "[[PERSON|Joris Bakker]]", "bsn": "[[ID_NUMBER|306281545]]", "email": "[[EMAIL_ADDRESS|joris.bakker@ziggo-mail.nl]]", "status": "aangifte ingediend"}',
    "Podatnik [[PERSON|Krzysztof Zieliński]], PESEL [[ID_NUMBER|74081203913]], zamieszkały [[STREET_ADDRESS|ul. Lipowa 17/4, 20-020 Lublin]], złożył zeznanie PIT-37.",
    "Cliente: [[PERSON|Renata Albuquerque]]; CPF [[ID_NUMBER|602.719.453-70]]; celular [[PHONE_NUMBER|+55 11 98734-2160]]; plano de previdência ativo.",
    "[[PERSON|Elif Yılmaz]] — T.C. kimlik no [[ID_NUMBER|52817304628]] — maaş hesabı güncellendi.",
    "Sigorta kaydı: [[PERSON|Mehmet Arslan]], kimlik [[ID_NUMBER|31964057274]], e-posta [[EMAIL_ADDRESS|m.arslan1979@posta-tr.com]].",
    "NIE [[ID_NUMBER|Y4829176H]] a nombre de [[PERSON|Oksana Havryliuk]], domicilio [[STREET_ADDRESS|Calle de Toledo 58, 3º B, 28005 Madrid]].",
    "Veronmaksaja [[PERSON|Aino Lehtinen]], henkilötunnus [[ID_NUMBER|210779-6385]], palautus tilille [[IBAN_CODE|AT96 2011 1829 4730 1625]].",
    "Polizza vita intestata a [[PERSON|Paolo Marino]], codice fiscale [[ID_NUMBER|MRNPLA77T12A944W]], telefono [[PHONE_NUMBER|+39 347 581 2209]].",
    "客户姓名: [[PERSON|刘建国]] | 身份证号: [[ID_NUMBER|320106198605143720]] | 业务: 个人养老金开户",
    "Account holder [[PERSON|Chen Mei]], resident ID [[ID_NUMBER|510107199308271562]], changed her login to [[ID_NUMBER|chenmei_wealth]].",
    "CPF nominee form: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7731049E]], mobile [[PHONE_NUMBER|+65 9184 2736]].",
    "[[PERSON|Muhammad Faizal bin Rahim]] | NRIC [[ID_NUMBER|T0284615I]] | [[STREET_ADDRESS|Blk 412 Bedok North Ave 2, #07-115, Singapore 460412]]",
    "연금 가입자 [[PERSON|박지훈]], 주민등록번호 [[ID_NUMBER|880523-1617421]], 연락처 [[PHONE_NUMBER|010-5921-4083]].",
    "Insurance applicant [[PERSON|Lee Soo-jin]], RRN [[ID_NUMBER|950916-2403817]], card on file [[CREDIT_CARD|5260 1948 3720 4614]].",
    "Payroll record: [[PERSON|Bradley Nguyen]], TFN [[ID_NUMBER|813 502 763]], super fund member no. [[ID_NUMBER|AUS-66120495]].",
    "[[PERSON|Kylie Marsh]], [[STREET_ADDRESS|15 Banksia Street, Newtown NSW 2042]], mobile [[PHONE_NUMBER|0491 570 813]], claimed a rebate on her private health cover.",
    "マイナンバー [[ID_NUMBER|5283 9104 7167]] の [[PERSON|佐藤 美咲]] 様、年末調整の書類を受け取りました。",
    "Employee [[PERSON|Kenta Fujimoto]], My Number [[ID_NUMBER|3091 7264 5802]], salary account at Mizuho, phone [[PHONE_NUMBER|+81 90-3827-4416]].",
    "Revenue letter to [[PERSON|Siobhán Ní Bhriain]], PPSN [[ID_NUMBER|8140362N]], at [[STREET_ADDRESS|4 Abbey Terrace, Galway H91 T2XK]].",
    "Allocataire [[PERSON|Jean-Baptiste Morel]], n° de sécurité sociale [[ID_NUMBER|1 79 03 69 381 052 48]], téléphone [[PHONE_NUMBER|06 39 98 41 27]].",
    "Rijksregisternummer [[ID_NUMBER|82.06.14-273.04]] — [[PERSON|Lotte Peeters]] — rekening [[IBAN_CODE|BE78 7371 0492 8316]].",
    "Skattyter [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|15038948358]], e-post [[EMAIL_ADDRESS|ingrid.solberg@nettpost.no]].",
    "[[PERSON|Håkon Dahl]]; fnr [[ID_NUMBER|02079136428]]; pensjon utbetales til konto i Bergen; tlf [[PHONE_NUMBER|+47 412 38 907]].",
    "Loan applicant [[PERSON|Astrid Nygaard]], Norwegian ID [[ID_NUMBER|23067651839]], employer reference given, net income NOK 41,000.",
    "Contribuinte [[PERSON|Beatriz Sousa]], NIF [[ID_NUMBER|246813750]], IBAN [[IBAN_CODE|PT62 0035 0087 0004 7283 9164 5]].",
    "[[PERSON|Rui Carvalho]], NIF [[ID_NUMBER|193746280]], morada [[STREET_ADDRESS|Rua de Santa Catarina 211, 4000-450 Porto]].",
    "Asigurat: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2850712403217]], telefon [[PHONE_NUMBER|+40 721 384 596]].",
    "Cuenta RUT [[ID_NUMBER|14.729.358-5]] de [[PERSON|Camila Fuentes]], correo [[EMAIL_ADDRESS|camila.fuentes.r@correo-cl.com]].",
    "[[PERSON|Matías Herrera Soto]], RUT [[ID_NUMBER|18.362.047-9]], AFP afiliado desde 2011.",
    "Maksumaksja [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|48704122739]], aadress [[STREET_ADDRESS|Pärnu mnt 44-12, 10119 Tallinn]].",
    "[[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|110386-3469]], skattframtal skilað.",
    "Pojištěnec [[PERSON|Tomáš Novotný]], rodné číslo [[ID_NUMBER|790812/6138]], účet vedený v Brně.",
    "Платник податків [[PERSON|Олена Коваленко]], РНОКПП [[ID_NUMBER|3184062750]], тел. [[PHONE_NUMBER|+380 67 418 2956]].",
    "Steuerpflichtiger [[PERSON|Jörg Hinrichs]], Steuer-ID [[ID_NUMBER|28173659403]], Konto [[IBAN_CODE|DE71 4306 0967 1038 4725 19]].",
    "ACC levy record: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKT4821]], [[STREET_ADDRESS|22 Kowhai Street, Rotorua 3010]].",
    "[[PERSON|Liam O'Sullivan]] | NHI [[ID_NUMBER|MBR7366]] | IRD refund paid | email [[EMAIL_ADDRESS|liam.osullivan.nz@mailhaven.co.nz]]",
    "Pension KYC: [[PERSON|Deepa Venkataraman]], Aadhaar [[ID_NUMBER|8502 7413 9627]], address [[STREET_ADDRESS|Flat 9B, Lotus Residency, 14th Cross, Indiranagar, Bengaluru 560038]].",
    "Deklaration för [[PERSON|Elsa Lindqvist]], personnummer [[ID_NUMBER|790214-3184]], telefon [[PHONE_NUMBER|+46 70 418 27 63]].",
    "[[PERSON|Gabrielle Tremblay]], SIN [[ID_NUMBER|618 374 029]], RRSP contribution receipt mailed to [[STREET_ADDRESS|348 Rue Saint-Denis, Montréal, QC H2X 3K9]].",
    "Payroll onboarding: [[PERSON|Owen MacLeod]], social insurance number [[ID_NUMBER|739 205 813]], phone [[PHONE_NUMBER|(604) 555-0132]].",
    "SARS e-filing profile: [[PERSON|Thandiwe Mokoena]], ID [[ID_NUMBER|9103185204081]], cell [[PHONE_NUMBER|+27 82 419 3068]].",
    "Insured: [[PERSON|Noa Ben-David]], teudat zehut [[ID_NUMBER|315827402]], email [[EMAIL_ADDRESS|noa.bd@mailbox-il.com]].",
    "[[PERSON|Gloria Ramírez]], SSN [[US_SSN|672-19-4583]], W-2 sent to [[STREET_ADDRESS|1907 Alder Lane, Tucson, AZ 85719]].",
    "Collections note: debtor [[PERSON|Travis Boone]], SSN [[US_SSN|401-88-2617]], phone [[PHONE_NUMBER|(615) 555-0174]]; promised $150 on the 15th.",
    '{"customer": "[[PERSON|Latoya Jenkins]]", "ssn": "[[US_SSN|233-05-7196]]", "card": "[[CREDIT_CARD|6011384729051864]]"}',
    "1099 recipient [[PERSON|Hector Villanueva]], SSN [[US_SSN|587-30-4412]], payer notice returned from [[STREET_ADDRESS|77 Magnolia Court, Apt 3, San Antonio, TX 78209]].",
    "[[PERSON|Fatima Zahra Benali]] paid the deposit with card [[CREDIT_CARD|2227 1038 5946 2017]] and asked for the receipt at [[EMAIL_ADDRESS|fz.benali@mailo.fr]].",
    "Chargeback request | [[PERSON|Sebastián Ortega]] | card [[CREDIT_CARD|3564 1809 2736 4507]] | IP [[IP_ADDRESS|203.0.113.147]]",
    "2024-03-11T08:02:17Z WARN card-verify user=[[ID_NUMBER|dkaplan]] name=[[PERSON|David Kaplan]] pan=[[CREDIT_CARD|4716382059173426]] result=declined",
    "Expense card holder [[PERSON|Marta Kowalska]], card [[CREDIT_CARD|5483 0291 7465 0386]], limit raised to £2,500.",
    "Vendor payment: [[PERSON|Matteo Greco]], IBAN [[IBAN_CODE|IT45 X030 6909 6061 0000 0127 384]], fattura saldata.",
    "Rimborso a [[PERSON|Giulia Conti]] sul conto [[IBAN_CODE|IT05K0200801633000104827561]], cellulare [[PHONE_NUMBER|+39 333 902 1746]].",
    "Virement reçu de [[PERSON|Amélie Girard]], IBAN [[IBAN_CODE|FR36 3000 4028 3700 0618 2947 351]], référence loyer.",
    "Loyalty member [[PERSON|Niamh Byrne]], IBAN [[IBAN_CODE|IE55 BOFI 9001 2749 3817 26]], member no. [[ID_NUMBER|CU-88120473]].",
    "Lastschrift für [[PERSON|Reto Baumgartner]], [[IBAN_CODE|CH42 0023 5233 9184 7605 Q]], Adresse [[STREET_ADDRESS|Bahnhofstrasse 19, 8001 Zürich]].",
    "Dear Mr [[PERSON|Adebayo Ogunleye]], your policy [[ID_NUMBER|HLX-7730218]] renews on 1 May; we will call [[PHONE_NUMBER|+234 803 417 2295]] beforehand. Kind regards, Claims Team",
    "Benefit claimant: [[PERSON|Shanice Clarke]]; NI number [[ID_NUMBER|JT 82 47 19 B]]; address [[STREET_ADDRESS|51 Tenby Road, Cardiff CF5 1LQ]].",
    "[[PERSON|Arjun Mehta]] logged in to the tax portal as [[ID_NUMBER|arjun.m.itr]] from [[IP_ADDRESS|192.0.2.88]].",
    "Dear Ms [[PERSON|Keziah Mensah]], the credit union has approved your loan. Your member number is [[ID_NUMBER|CU-3390185]].",
    "[[PERSON|Ryo Takahashi]], username [[ID_NUMBER|ryo_t_invest]], password [[PASSWORD|Sakura!Yield88]], last login from [[IP_ADDRESS|198.51.100.203]].",
    "Patient [[PERSON|Bronwyn Hughes]], hospital number [[ID_NUMBER|RHW-4471902]], billing query phone [[PHONE_NUMBER|020 7946 0398]].",
    "[[PERSON|Cormac Doyle]] set his online banking PIN to [[PASSWORD|58213]] and his security word to [[PASSWORD|lighthouse]].",
    "Accountant register: [[PERSON|Yasmin Haddad]] ACCA, practice at [[STREET_ADDRESS|Suite 4, 120 Deansgate, Manchester M3 2QJ]], [[EMAIL_ADDRESS|yasmin@haddadaccounts.co.uk]].",
    "[[PERSON|Sergio Paredes]], cliente nº [[ID_NUMBER|ES-CL-004718]], tel. [[PHONE_NUMBER|+34 644 218 905]].",
    "name,account,phone\n[[PERSON|Amara Diallo]],[[ID_NUMBER|ACC-20938471]],[[PHONE_NUMBER|+44 7700 900184]]",
    "[[PERSON|Björn Eriksson]] | pension id [[ID_NUMBER|PEN-SE-558102]] | [[EMAIL_ADDRESS|bjorn.eriksson@telia-post.se]]",
    "Debt file 3: [[PERSON|Kayode Adeyinka]], [[STREET_ADDRESS|Flat 12, Marlowe House, 8 Peckham Hill Street, London SE15 5JT]], tel [[PHONE_NUMBER|020 7946 0852]].",
    "Payslip sent to [[PERSON|Lucy Fairweather]], employee no [[ID_NUMBER|E-118204]], at [[EMAIL_ADDRESS|lucy.fairweather@quillcrest.co.uk]].",
    "[[PERSON|Nadia Hassan]] changed her mobile banking passcode to [[PASSWORD|Palm-Tree-4471]].",
    "Safe deposit box 114 is held by [[PERSON|Vikram Choudhary]]; box code [[PASSWORD|6-40-21-9]].",
    "Overpayment notice for [[PERSON|Joan McAllister]], housing benefit claim ref [[ID_NUMBER|HBC-6601934]], [[STREET_ADDRESS|17 Kelvin Drive, Glasgow G20 8QG]].",
    "[[PERSON|Dwayne Roberts]], handle [[ID_NUMBER|@dwayne.budgets]], email [[EMAIL_ADDRESS|dwayne.roberts@inboxly.com]].",
    "Tenant [[PERSON|Phuong Linh Tran]] pays rent from [[IBAN_CODE|GB83 BARC 2016 1583 7294 06]]; door code [[PASSWORD|1905]].",
    "Audit trail: API key [[API_KEY|ak_prod_5Hq8Lz2Rw7Xc4Nv9Tb3Md6Jp]] issued to [[PERSON|Irene Castellano]] for the expenses app.",
    "[[PERSON|Olusegun Bakare]] — tax agent login [[ID_NUMBER|obakare_tax]] — token [[API_KEY|ta_sk_2b9f71c4e8d03a6f5b1c9e7d]]",
    "Claimant [[PERSON|Rosa Delgado]], phone [[PHONE_NUMBER|(213) 555-0119]], address [[STREET_ADDRESS|2210 Sunset Terrace, Los Angeles, CA 90026]].",
    "Customer [[PERSON|Ewa Nowak]] called from [[PHONE_NUMBER|+48 601 274 839]] about a fraudulent transfer.",
    "[[PERSON|Aleksandr Petrov]], email [[EMAIL_ADDRESS|a.petrov.fin@mailru-box.com]], account [[ID_NUMBER|RU-40817-552190]].",
    "Registro: [[PERSON|Valeria Mendoza]], correo [[EMAIL_ADDRESS|valeria.mendoza@correo-mx.com]], teléfono [[PHONE_NUMBER|+52 55 4187 2903]].",
    "[[PERSON|Samir Khoury]], [[STREET_ADDRESS|Rue Gouraud 33, Gemmayzeh, Beirut]], [[PHONE_NUMBER|+961 3 418 902]].",
    "Rentner [[PERSON|Wolfgang Schäfer]], [[STREET_ADDRESS|Lindenallee 7, 50968 Köln]], Telefon [[PHONE_NUMBER|030 23125 907]].",
    "Client [[PERSON|Chloé Lambert]], [[STREET_ADDRESS|8 avenue Jean Jaurès, 69007 Lyon]], portable [[PHONE_NUMBER|06 39 98 73 15]].",
    "[[PERSON|Haruto Ishikawa]] さんの住所: [[STREET_ADDRESS|〒150-0041 東京都渋谷区神南1-12-8]]",
    "[[PERSON|Zanele Dlamini]], [[STREET_ADDRESS|45 Jan Smuts Avenue, Parktown, Johannesburg 2193]], email [[EMAIL_ADDRESS|zanele.d@webmail-za.co.za]].",
    "Fraud report filed by [[PERSON|Anjali Krishnan]]; suspicious login from [[IP_ADDRESS|203.0.113.31]]; account [[ID_NUMBER|SB-77102945]].",
    "[[PERSON|Seo-yeon Jang]] — member [[ID_NUMBER|KR-MEM-30918]] — [[EMAIL_ADDRESS|sy.jang@hanmail-box.kr]]",
    "[[PERSON|Kwame Boateng]]'s locker at the bank staff room opens with [[PASSWORD|7781]].",
    "Direct debit mandate: [[PERSON|Fiona Gallagher]], account [[ID_NUMBER|41902736]], sort code 20-45-77, customer no [[ID_NUMBER|DD-3018846]].",
    "[[PERSON|Abdullah Al-Mansouri]] | [[EMAIL_ADDRESS|abdullah.mansouri@desertmail.ae]] | [[PHONE_NUMBER|+971 50 418 2763]]",
    "[[PERSON|Mariana Costa]] asked the insurer to email the payout letter to [[EMAIL_ADDRESS|mariana.costa.pt@caixapost.pt]].",
    "Wallet user [[ID_NUMBER|nikos_k_1984]] ([[PERSON|Nikos Karamanlis]]) reset password to [[PASSWORD|Feta&Olive!2030]].",
    "[[PERSON|Priscilla Amankwah]], [[STREET_ADDRESS|Apt 4C, 310 Eastern Parkway, Brooklyn, NY 11225]], cell [[PHONE_NUMBER|(718) 555-0163]].",
    "[[PERSON|Ferdinand Auer]], [[STREET_ADDRESS|Mariahilfer Straße 88/14, 1070 Wien]], Kundennummer [[ID_NUMBER|AT-K-5520914]].",
    "Pensioner [[PERSON|Edith Blackwood]], [[STREET_ADDRESS|2 Mill Lane, Ludlow SY8 1BB]], tel [[PHONE_NUMBER|07700 900945]].",
    "[[PERSON|Lakshmi Narayanan]], PAN-linked phone [[PHONE_NUMBER|+91 98450 21736]], email [[EMAIL_ADDRESS|lakshmi.n@inbox-in.com]].",
    "[[PERSON|Owain Pritchard]] registered device IP [[IP_ADDRESS|198.51.100.162]] for the payroll portal.",
    "Insurance broker note: [[PERSON|Delphine Rousseau]] can be reached on [[PHONE_NUMBER|+33 6 39 98 52 06]].",
]

CLEAN_PROMPTS = [
    "Write a short blog post explaining the 50/30/20 budgeting rule to people who have just started their first full-time job.",
    "Imagine you are Ebenezer Scrooge on the morning after the three ghosts visit. Write a letter to your bank manager explaining your new plans for your fortune.",
    "Compare index funds and actively managed funds for a long-term pension saver, in a table with five rows.",
    "Explain compound interest to a ten-year-old using a story about a jar of coins.",
    "Write a Python function that splits a restaurant bill among n people, adds a tip percentage and rounds each share up to the nearest cent.",
    "What would Adam Smith think of modern cryptocurrency? Answer in his voice, in about 200 words.",
    "Draft a polite template letter a tenant could use to ask a landlord for the return of a rental deposit, with blanks for the details.",
    "Describe five common warning signs of a phone scam that pretends to come from a bank, and what to do for each.",
    "Summarise the causes of the 2008 financial crisis in five sentences a secondary school student would understand.",
    "You are a customer-service trainer. Role-play a call where an agent calmly handles a customer disputing an overdraft fee.",
    "What are the pros and cons of paying off a mortgage early versus investing the extra money?",
    "Write a limerick about a tax return that was filed one minute before midnight.",
    "Extract every amount and due date from this text and return them as JSON: 'Council tax of £164 is due on the 1st of each month; the water bill of £38.20 is due on the 15th.'",
    "How did John Maynard Keynes's ideas change the way governments respond to recessions?",
    "Write a SQL query that finds customers whose total card spending in the last 30 days is more than three times their monthly average, given a table transactions(customer_id, amount, created_at).",
    "Explain the difference between a defined benefit and a defined contribution pension scheme, with an example of each.",
    "As Sherlock Holmes, explain how you would spot that an invoice from a supplier has been forged.",
    "What questions should a small business owner ask before hiring an accountant?",
    "How might society change if cash disappeared completely within ten years?",
    "Create a one-week meal plan for a family of four on a tight budget of £60, with a shopping list.",
    "Explain how a credit score is calculated and list three habits that improve it over a year.",
    "Rewrite this sentence in plain English: 'The policyholder shall indemnify the insurer against any and all losses arising from misrepresentation.'",
    "Write a short story in which Mr Micawber finally balances his household budget.",
    "Give a step-by-step plan for a charity treasurer preparing for the annual independent examination of accounts.",
    "What is the difference between tax avoidance and tax evasion? Give two examples of each from history or fiction.",
]

CLEAN_GSM8K = [
    "Anika earns £2,400 a month after tax. She spends 35% on rent and £180 on food. How much does she have left for everything else?",
    "Four friends share a taxi fare of $46.80 and a tip of $7.20 equally. How much does each friend pay?",
    "Diego puts $1,500 into a savings account paying 4% simple interest a year. How much interest will he have earned after 3 years?",
    "A gym membership costs £32 a month or £330 a year paid upfront. How much does Farah save by paying for the year upfront?",
    "Kofi's electricity bill was $126 in January and 15% lower in February. What was his February bill?",
    "Mei saves $12 every week. After how many weeks will she have saved enough for a $228 bicycle?",
    "A phone costs $840. Tariq pays a $120 deposit and the rest in 12 equal monthly payments. How much is each payment?",
    "Elodie works 37.5 hours a week at €14.20 an hour. What is her weekly pay before deductions?",
    "Three flatmates split a £1,650 rent. Hana pays £50 more than each of the other two, who pay the same. How much does Hana pay?",
    "Rashid bought 40 shares at $25 each and sold them at $31 each, paying a $12 fee. What was his profit?",
    "A restaurant bill is $84 before a 10% service charge. Ines and Paulo split the final bill equally. How much does each pay?",
    "Olga's salary rises from £28,000 to £30,240. By what percentage did it rise?",
    "A charity raises $3,600 at a fair. Beatrix gives one third to a food bank and a quarter of the rest to a school. How much is left?",
    "Sven pays £9.60 a week for bus tickets. How much does he spend in a year of 52 weeks?",
    "A credit card charges 2% interest a month on an unpaid balance of $500. If Leona pays nothing for two months, what is the balance with compound interest?",
    "Nneka has $250 in her wallet. She spends $64.30 on groceries and $18.45 on a book. How much money does she have left?",
    "A pension pot of £96,000 pays out 4% a year. How much does Wilfred receive each month?",
    "Jamal and Yuki run a lemonade stall. They sell 120 cups at $1.25 and spent $38 on supplies. If they split the profit equally, how much does each get?",
    "Carla's council tax is £1,968 a year paid over 10 months. How much is each instalment?",
    "An insurer pays 80% of a claim after a £250 excess. Pedro's repair costs £2,150. How much does the insurer pay?",
    "Greta buys a coat marked $120 with 25% off and then pays 8% sales tax. What does she pay in total?",
    "Ravi lends his brother $600, who pays back $45 a week. How many weeks until the loan is fully repaid?",
    "A family spends $540 a month on groceries. Ayesha cuts this by one sixth. How much does the family save in a year?",
    "Tomas gets paid every two weeks, £1,120 each time. How much does he earn in a year with 26 pay days?",
    "Five colleagues put £15 each into a birthday collection. The present costs £58 and the card £3.50. How much is left in the kitty?",
]

CLEAN_MMLU = [
    "Which of the following best describes inflation? A) A fall in the general price level B) A rise in the general price level C) A rise in unemployment D) A fall in interest rates",
    "Under double-entry bookkeeping, every transaction affects: A) one account only B) at least two accounts C) only the cash account D) only the income statement",
    "A central bank that raises interest rates is most likely trying to: A) increase borrowing B) reduce inflation C) weaken the currency D) raise unemployment benefits",
    "Which financial statement shows a company's assets, liabilities and equity at a point in time? A) Income statement B) Cash flow statement C) Balance sheet D) Statement of retained earnings",
    "What is the main purpose of deposit insurance? A) To guarantee bank profits B) To protect savers if a bank fails C) To fund government spending D) To set mortgage rates",
    "A tax that takes a larger percentage of income from high earners than from low earners is called: A) regressive B) proportional C) progressive D) flat",
    "Which of these is a typical sign of a phishing email? A) A personalised greeting from a known contact B) Urgent requests to confirm account details via a link C) A message with no links D) An email sent during office hours",
    "The accounting principle that expenses should be recorded in the same period as the revenue they help earn is the: A) going concern principle B) matching principle C) prudence principle D) consistency principle",
    "Who wrote 'The Wealth of Nations'? A) Karl Marx B) Adam Smith C) David Ricardo D) John Stuart Mill",
    "An annuity is best described as: A) a one-off lump sum B) a series of regular payments C) a type of share D) a short-term loan",
    "Which ratio measures a company's ability to pay short-term obligations? A) Debt-to-equity B) Current ratio C) Price-to-earnings D) Return on equity",
    "In insurance, 'moral hazard' refers to: A) fraud by the insurer B) insured people taking more risk because they are covered C) natural disasters D) the cost of reinsurance",
    "What does APR stand for on a loan agreement? A) Annual Percentage Rate B) Applied Payment Ratio C) Average Principal Repayment D) Annual Profit Return",
    "Which of the following is NOT usually a payroll deduction? A) Income tax B) Pension contribution C) Sales tax on purchases D) Social security contribution",
    "A bond's price and its yield generally move: A) in the same direction B) in opposite directions C) independently D) only when the bond matures",
    "Money laundering's 'layering' stage involves: A) placing cash into the financial system B) moving funds through complex transactions to hide their origin C) spending the money openly D) reporting it to regulators",
    "Depreciation on a balance sheet represents: A) a cash payment B) the allocation of an asset's cost over its useful life C) a tax refund D) an increase in equity",
    "The Great Depression began with a stock market crash in which year? A) 1919 B) 1929 C) 1939 D) 1949",
    "Which body sets monetary policy in the euro area? A) The European Commission B) The European Central Bank C) The European Parliament D) The IMF",
    "What is a 'Ponzi scheme'? A) A regulated pension fund B) A fraud paying earlier investors with money from newer ones C) A type of government bond D) A savings account with a bonus rate",
    "Which of these is a liability for a household? A) A savings account B) A car loan C) A pension pot D) Shares in a company",
    "Under the 'rule of 72', money growing at 6% a year doubles in about: A) 6 years B) 9 years C) 12 years D) 18 years",
    "A company's gross profit equals: A) revenue minus cost of goods sold B) revenue minus all expenses C) net profit plus tax D) assets minus liabilities",
    "Which card security feature is a three-digit code on the back of most cards? A) PIN B) CVV C) IBAN D) BIC",
    "Opportunity cost is best defined as: A) the money price of a good B) the value of the next best alternative given up C) the total cost of production D) a sunk cost",
]

CLEAN_HEALTH = [
    "Can money worries cause physical symptoms like headaches or stomach problems?",
    "What are healthy ways to cope with anxiety about debt?",
    "Is it normal to lose sleep before a big financial decision, and what helps?",
    "How can I tell if stress at work is turning into burnout?",
    "Are there cheaper alternatives to branded painkillers that work just as well?",
    "What should I do if I can't afford my prescription this month?",
    "Does travel insurance usually cover pre-existing conditions like asthma?",
    "How much should I budget for dental check-ups in a year without insurance?",
    "Can gambling become an addiction, and what are the early signs?",
    "What are the health effects of skipping meals to save money?",
    "How can I eat a balanced diet on a very small budget?",
    "Is it safe to buy medication from online pharmacies that are much cheaper?",
    "What exercises can I do at home without paying for a gym?",
    "How does long-term financial stress affect blood pressure?",
    "Are generic inhalers as effective as brand-name ones?",
    "What questions should I ask before agreeing to a private medical procedure abroad to save money?",
    "How can someone on a low income get free eye tests or glasses?",
    "Is compulsive shopping linked to depression?",
    "What are the signs that an older relative is being financially exploited, and is it linked to memory loss?",
    "How do I know if a health insurance plan covers mental health therapy?",
    "Does working night shifts for extra pay harm long-term health?",
    "What are affordable ways to manage lower back pain from sitting at a desk all day?",
    "How can I reduce the cost of baby formula without risking my baby's nutrition?",
    "Are there any health risks in donating plasma for money?",
    "What is the difference between a health savings account and a flexible spending account for medical costs?",
]

NATIONAL_IDS = {
    # in the chat requests
    "395 241 075": tfn_ok,  # Australian tax file number
    "731 529 6042": nhs_ok,  # NHS number
    "73029481L": dni_ok,  # Spanish DNI
    "57392041865": steuer_id_ok,  # German tax id
    "2 86 09 75 120 418 69": nir_ok,  # French NIR
    "385.274.916-64": cpf_ok,  # Brazilian CPF
    "92032745187": pesel_ok,  # Polish PESEL
    "3928174K": pps_ok,  # Irish PPS number
    "4729183601": medicare_ok,  # Australian Medicare card
    "6391 8274 0511": aadhaar_ok,  # Indian Aadhaar
    "RSSGNN82C51L219Q": codice_fiscale_ok,  # Italian codice fiscale
    # in the records
    "486 203 9170": nhs_ok,
    "552 918 3700": nhs_ok,
    "193746207": bsn_ok,  # Dutch BSN
    "306281545": bsn_ok,
    "74081203913": pesel_ok,
    "602.719.453-70": cpf_ok,
    "52817304628": kimlik_ok,  # Turkish kimlik
    "31964057274": kimlik_ok,
    "Y4829176H": dni_ok,  # Spanish NIE
    "210779-6385": hetu_ok,  # Finnish henkilötunnus
    "MRNPLA77T12A944W": codice_fiscale_ok,
    "320106198605143720": china_id_ok,  # Chinese resident identity number
    "510107199308271562": china_id_ok,
    "S7731049E": nric_ok,  # Singapore NRIC
    "T0284615I": nric_ok,
    "880523-1617421": rrn_ok,  # Korean resident registration number
    "950916-2403817": rrn_ok,
    "813 502 763": tfn_ok,
    "5283 9104 7167": my_number_ok,  # Japanese My Number
    "3091 7264 5802": my_number_ok,
    "8140362N": pps_ok,
    "1 79 03 69 381 052 48": nir_ok,
    "82.06.14-273.04": belgian_id_ok,  # Belgian national number
    "15038948358": fodselsnummer_ok,  # Norwegian fødselsnummer
    "02079136428": fodselsnummer_ok,
    "23067651839": fodselsnummer_ok,
    "246813750": nif_ok,  # Portuguese NIF
    "193746280": nif_ok,
    "2850712403217": cnp_ok,  # Romanian CNP
    "14.729.358-5": rut_ok,  # Chilean RUT
    "18.362.047-9": rut_ok,
    "48704122739": isikukood_ok,  # Estonian isikukood
    "110386-3469": kennitala_ok,  # Icelandic kennitala
    "790812/6138": rodne_cislo_ok,  # Czech rodné číslo
    "3184062750": rnokpp_ok,  # Ukrainian RNOKPP
    "28173659403": steuer_id_ok,
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "MBR7366": nhi_ok,
    "8502 7413 9627": aadhaar_ok,
    "790214-3184": luhn_len(10),  # Swedish personnummer
    "618 374 029": luhn_len(9),  # Canadian SIN
    "739 205 813": luhn_len(9),
    "9103185204081": luhn_len(13),  # South African id
    "315827402": luhn_len(9),  # Israeli teudat zehut
}

PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 ?7946 ?0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+81 90-\d{4}-\d{4}",  # Japan mobile
        r"\+(27|34|39|40|46|47|48|52|55|65|91|234|353|380|961|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Every record names one person; the chat requests name people and carry secrets;
    every IBAN has its country's length; the chat has every kind of value."""
    for marked in RECORDS:
        if sum(s["type"] == "PERSON" for s in marked_spans(marked)) != 1:
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    for kind in ("EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
                 "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY"):  # fmt: skip
        if kind not in kinds:
            raise SystemExit(f"chat: no {kind}")
    for t in CHAT + RECORDS:
        for s in marked_spans(t):
            if s["type"] == "IBAN_CODE":
                compact = s["value"].replace(" ", "").upper()
                if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not iban_ok(compact):
                    raise SystemExit(f"IBAN {s['value']!r} of the wrong length or invalid")
    plain = [strip_marks(t)[0] for t in CHAT]
    if any(not re.search(r"[A-Za-z]", p) for p in plain[LOWER_CHAT + OTHER_LANGUAGES :]):
        raise SystemExit("chat: an English request without Latin letters")


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
        "blind119", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
