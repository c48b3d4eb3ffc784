# ruff: noqa: E501
"""A hundred and forty-third blind privacy set: 220 texts with personal data and 100 clean
ones, the mixed everyday traffic of a company assistant seen in one afternoon (sales, HR,
finance, IT help desk, facilities, legal, marketing, executives' assistants and customer
support escalations), typed the way people from many countries actually type.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and non-text code
(constants, checks, main) of ``build_blind36.py``, never the detector, its rules, docs,
tests, the benchmark or the other sets' texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs,
  voicemails and e-mails, translating, fixing wording, splitting costs, asking whether
  something is a scam, planning. The first 30 are typed all in lower case (names, e-mails,
  codes, IBANs and postcodes too, with shorthand and typos); the next 6 are in Spanish,
  German, Russian, Arabic, Japanese and Hindi; the other 84 are in ordinary English (from
  writers in Britain, Ireland, the US, Canada, India, Nigeria, Kenya, South Africa,
  Singapore, Australia, New Zealand, Germany, Poland, Brazil and more). Names of many
  origins: first names alone, surnames after titles, full names, nicknames (marked whole,
  "big dave", "Big Mo"), names that are ordinary words (Hope, Sunny, Grace, Bill, Rose, Joy,
  Bell, Lie), many named in passing with no cue word; passwords, PINs, door, gate, alarm,
  safe and locker codes, wifi keys, logins, API keys, IPs, cards, IBANs, SSNs, phones,
  e-mails and street addresses of many countries; 1 to 8 values each;
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines,
  register entries and short letters, in English and Swedish, Dutch, Korean, Turkish,
  Polish, Italian, Finnish, Japanese, Spanish, French, Norwegian, Danish, Portuguese,
  Romanian, Estonian, Icelandic, Czech, Ukrainian, German, Greek, Vietnamese, Arabic and
  Russian; each names exactly one person and holds 1 to 4 other values; 42 carry a
  national id with valid check digits (Chinese resident id, Brazilian CPF, Indian Aadhaar, Singapore NRIC and FIN,
  Swedish personnummer, Dutch BSN, Korean resident registration number, Australian TFN and
  Medicare number, Canadian SIN, Israeli teudat zehut, Turkish kimlik, NHS number, Polish
  PESEL, Italian codice fiscale, Finnish henkilötunnus, South African id, Japanese My
  Number, Spanish DNI and NIE, Irish PPS number, French NIR, Belgian national number,
  Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT, Estonian isikukood,
  Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German tax id, New Zealand NHI,
  Greek AMKA); two more (a CPF and an NHS number) sit in chat requests;
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people: Sherlock Holmes, Abraham Lincoln, Peter Drucker,
  Captain Ahab, Marie Curie, Leonardo da Vinci, Hercule Poirot), 25 GSM8K-style word
  problems with fictional first names, 25 MMLU-style items with options A to D and 25
  health questions naming no one; mostly about office life.

Usernames, logins and handles, account, customer, member, policy, payroll, employee, staff,
badge and super fund numbers, passports, driving licences and national ids are ID_NUMBER;
PINs, door, gate, alarm, safe and locker codes, wifi keys, passwords and passphrases are
PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Herr, Frau, Madame, السيد, 様, जी,
my mum, his assistant) stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed (one line or several); public figures,
historical and fictional characters, companies, order, invoice, ticket, loan and purchase
order references, amounts and dates of birth are not labelled; every occurrence of a
private value is marked (a name said again is marked again).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 01632 960;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from the documentation ranges (192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::);
national ids with valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind143.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Herr|Frau|Mme|Madame|Monsieur|Sr|Sra|Auntie|Uncle)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # --- typed all in lower case ---
    "pls draft a quick reply to [[PERSON|tomasz wierzbicki]] saying the q3 pricing deck is late, ill send it thurs. his email is [[EMAIL_ADDRESS|t.wierzbicki@nordlam.pl]] and cc [[PERSON|aisha]] pls",
    "can u summarise this vm: hi its [[PERSON|dele]] from the lagos office, pls call me back on [[PHONE_NUMBER|+234 803 418 2270]] abt the brightwave invoice dispute, po 88412. thx",
    "whats the guest wifi on 4th floor again, is it still [[PASSWORD|orchard-lantern-52]]? need a short sign for the meeting rooms. im [[PERSON|priya]] from facilities, dont put my name on the sign",
    "split team lunch 186.40 between me, [[PERSON|jonno]], [[PERSON|mei ling]], [[PERSON|rashid]] and [[PERSON|sunny]] but [[PERSON|sunny]] only had a coke (4.50) so take that off first",
    "is this a scam?? text says my payroll acct is locked, log in at hr-portal-verify.net with staff id [[ID_NUMBER|emp-440917]] and pin. signed [[PERSON|grace]] from payroll. we do have a [[PERSON|grace]] in payroll tho",
    "ticket note pls: user [[ID_NUMBER|kfernandes]] ([[PERSON|karen fernandes]]) locked out of vpn, last login from [[IP_ADDRESS|203.0.113.41]], temp pw set to [[PASSWORD|bluefin!7730]], must change on first login",
    "translate to spanish: dear mr [[PERSON|ortega]], your new corporate card has been posted to [[STREET_ADDRESS|calle de alcalá 214, 3º b, 28028 madrid]] and should arrive by friday",
    "make this sound less angry pls: [[PERSON|brendan]] u promised the contract redlines by monday and legal still hasnt got them, [[PERSON|olu]] is chasing me every day now",
    "need a polite nudge to [[PERSON|svetlana kuznetsova]], her berlin trip expense claim is missing receipts for the taxi + hotel. email [[EMAIL_ADDRESS|s.kuznetsova@arvelo-group.com]]",
    "card declined at the hotel in lisbon, its the amex [[CREDIT_CARD|3782 641903 72520]] exp 08/27. who do i call in finance, [[PERSON|hope]] or [[PERSON|bill]]?",
    "summarise this call log: 14:02 inbound [[PHONE_NUMBER|(312) 555-0147]] [[PERSON|denise walsh]] re refund on order 55-2291, escalated t2. 14:19 callback failed. 14:40 [[PERSON|denise]] called again v angry, wants manager",
    "draft an ooo for me ([[PERSON|kwame asante]]), back on the 14th. anything urgent go to [[PERSON|efua]] on [[PHONE_NUMBER|07700 900318]]",
    "slack msg for dublin office pls: bike store door code is now [[PASSWORD|4918]], ask [[PERSON|niamh]] if u need a fob. oh and dont put in that the alarm code is [[PASSWORD|2207]] lol",
    "fix my english pls: hello herr [[PERSON|becker]], i send you today the signed nda, for questions my number is [[PHONE_NUMBER|+49 30 23125 417]]. best regards [[PERSON|lucía]]",
    "whats a nice way to tell [[PERSON|gaz]] and [[PERSON|big dave]] the xmas party budget got cut in half",
    "write the email to hr for me, my bank changed, new iban [[IBAN_CODE|nl82rabo0318472956]] employee no [[ID_NUMBER|100382]]. name [[PERSON|femke de vries]], thx",
    "minutes pls: attendees [[PERSON|raj]], [[PERSON|colette]], [[PERSON|yusuf]], me. [[PERSON|raj]] sends vendor shortlist by fri, [[PERSON|colette]] owns budget, [[PERSON|yusuf]] out next wk so push the review",
    "my w-2 shows the wrong ssn [[US_SSN|529-48-3716]], two digits are swapped. how do i word a ticket to hr without pasting the whole thing again. im [[PERSON|tanya morales]]",
    "[[PERSON|deniz]] pasted our prod api key in the public channel: [[API_KEY|9f3c1a7e5b20d84c6e17a0b9d23f4e58]] what do i do first, rotate it or delete the msg?",
    "courier note pls, replacement laptop goes to [[PERSON|ana paula]] at home: [[STREET_ADDRESS|rua harmonia 418 apto 52, vila madalena, são paulo - sp, 05435-000]], she works from home mon and tue only",
    "someone rang reception asking for mr [[PERSON|okafor]]'s home address, said hes his cousin. draft a reply [[PERSON|jade]] at front desk can use, we never give that out",
    "rewrite for linkedin: big congrats to [[PERSON|hyun-woo]] on 10 yrs with us in the seoul office!! 🎉 ps dont tag him hes shy",
    "kiosk login for visitors is user [[ID_NUMBER|lobby.kiosk2]] pass [[PASSWORD|kiosk#lobby88]]. pls write step by step instructions for [[PERSON|marisol]] who starts at reception tmrw",
    "check my maths pls, mileage claim for [[PERSON|ifeoma]]: 312 km at 0.45 per km plus 18 parking, she says 158.40 is that right",
    "draft a warm welcome for new starter [[PERSON|rose whitfield]], send to her personal [[EMAIL_ADDRESS|rosie.whitfield88@gmail.com]] til her account is live. she'll sit next to [[PERSON|anand]] in finance",
    "legal needs the nda countersigned today, signatory is [[PERSON|pieter van der merwe]], cell [[PHONE_NUMBER|+27 82 614 3309]]. can u draft a short whatsapp msg asking him to sign in docusign",
    "pls draft an apology, mrs [[PERSON|dlamini]] was charged twice on her card [[CREDIT_CARD|4539 7182 0465 3314]], customer acct [[ID_NUMBER|acc-7730184]], refund of the 2nd charge in 5-7 days",
    "what time is it in manila when its 3pm in chicago? need to call [[PERSON|joy]] back before her shift ends",
    "tell [[PERSON|fatima]] her parking bay moved to b12 and the car park gate code is [[PASSWORD|5531*]], keep it short",
    "help me write a msg to [[PERSON|lukas]] that the build box at [[IP_ADDRESS|198.51.100.23]] is down again, ssh user [[ID_NUMBER|deploy_lh]], key auth failing since this morning",
    # --- six other languages ---
    "¿Me ayudas con la tarjeta? Queremos enviarle flores a [[PERSON|Marisa Echeverría]] por su jubilación, a su casa en [[STREET_ADDRESS|Avenida de la Constitución 31, 2º A, 41004 Sevilla]]. Si hay dudas, su hija [[PERSON|Lucía]] contesta en el [[PHONE_NUMBER|+34 612 487 305]].",
    "Bitte fasse die Notiz kurz zusammen: Herr [[PERSON|Brandstätter]] hat angerufen, sein Ausweis für das Büro ist gesperrt. Personalnummer [[ID_NUMBER|P-208817]], Rückruf unter [[PHONE_NUMBER|+49 30 23125 588]]. Frau [[PERSON|Kowalczyk]] am Empfang weiß Bescheid.",
    "Переведи на английский: «[[PERSON|Ольга Сергеевна]], пароль от общей почты бухгалтерии — [[PASSWORD|Buh2024!vesna]], никому его не пересылайте. Если что, звоните мне на [[PHONE_NUMBER|+7 916 245-38-71]]. [[PERSON|Андрей]]»",
    "اكتب رسالة رسمية إلى السيد [[PERSON|خالد المنصوري]] لتأكيد تحويل مكافأة نهاية الخدمة إلى حسابه [[IBAN_CODE|AE62 0260 0010 1572 8394 611]]، وأضف أنه يمكنه التواصل معنا على [[PHONE_NUMBER|+971 50 318 4472]].",
    "[[PERSON|山田 健太]] 様へのお詫びメールを書いてください。交換品の配送先は [[STREET_ADDRESS|〒150-0002 東京都渋谷区渋谷2-17-3 グランドハイツ402号]] 、電話は [[PHONE_NUMBER|090-4821-7736]] です。",
    "कृपया [[PERSON|सुनीता शर्मा]] जी को एक ईमेल लिखिए कि उनका यात्रा भत्ता मंज़ूर हो गया है। ईमेल [[EMAIL_ADDRESS|sunita.sharma82@rediffmail.com]] पर भेजना है और ज़रूरत हो तो उनका फ़ोन [[PHONE_NUMBER|+91 98204 51736]] है।",
    # --- ordinary English ---
    "Can you make this follow-up warmer? 'Hi [[PERSON|Rebecca]], great meeting you at the Lisbon expo. My direct line is [[PHONE_NUMBER|+44 7700 900412]]. Let me know when [[PERSON|Inês]] is back from leave and we can book the demo.'",
    "I need a short, factual reference for [[PERSON|Marcus Oyelaran]], who worked in our Leeds warehouse from 2019 to 2024 as a shift lead. He asked for it to go to [[EMAIL_ADDRESS|m.oyelaran@outlook.com]]. Nothing about his sick leave please.",
    "Split the Tokyo client dinner: ¥84,600 total, of which ¥21,000 was drinks. [[PERSON|Hiroshi]] and [[PERSON|Camille]] drank, [[PERSON|Mateo]] and I didn't. What does each of us owe if the drinks are split only between the two of them?",
    "Laptop keeps rejecting my BitLocker PIN [[PASSWORD|804417]] after the update. Username [[ID_NUMBER|ngupta2]]. This is [[PERSON|Neha Gupta]], Pune office. What should I try before calling the help desk?",
    "Is this legit or phishing? Subject: 'Mailbox quota exceeded - reply with your network password within 24h - IT Service Desk'. It went to me and [[PERSON|Grace Otieno]] in Nairobi. [[PERSON|Grace]] already replied, I think.",
    "Write a notice for the Singapore office: the goods lift is out for maintenance on Saturday from 8am. Contractor on site is Mr [[PERSON|Tan Wei Ming]], [[PHONE_NUMBER|+65 9182 4736]]. Please use the passenger lifts for deliveries.",
    "Please summarise for legal in two lines: our former employee [[PERSON|Oluwaseun Bakare]] says his final payslip went to his old address, [[STREET_ADDRESS|Flat 3, 27 Albion Road, Sheffield S6 3QR]], and wants it reissued to the new one.",
    "Calendar help: move the call with [[PERSON|Sebastián Ruiz]] to 4pm CET and add his assistant [[PERSON|Carmen]] ([[EMAIL_ADDRESS|carmen.villalba@ruiz-abogados.es]]) to the invite. Then draft a two-line note to him explaining why.",
    "Customer escalation, need a reply. [[PERSON|Jerome Baptiste]] (customer no. [[ID_NUMBER|CU-5583021]]) says the technician never came to [[STREET_ADDRESS|1184 Rue Saint-Denis, Montréal, QC H2X 3J6]] on Tuesday. Offer a new slot and a credit.",
    "Turn these CRM notes into a proper email to my manager: spoke w/ [[PERSON|Annika Lindqvist]] (procurement, Volvia AB), wants 12% off for a 3-yr term, decision by the 30th. her mobile [[PHONE_NUMBER|+46 70 318 44 92]]",
    "Can you help me word a message to [[PERSON|Sunny]]? She's back from maternity leave on Monday and her new badge PIN is [[PASSWORD|7163]]. Keep it friendly, not corporate.",
    "Our monitoring flagged repeated failed logins on [[ID_NUMBER|svc-backup01]] from [[IP_ADDRESS|192.0.2.147]] overnight. Draft an incident note for the IT channel and mention [[PERSON|Ravi]] is on call.",
    "Please draft a payment instruction to the bank: pay [[PERSON|Jakub Nowak]] his relocation allowance, 4,500 PLN, to [[IBAN_CODE|PL98 1090 1014 0000 0712 3984 5521]]. Reference RELOC-2291.",
    "Rewrite this caption so it's less cringe: 'Shoutout to our superstar [[PERSON|Bill]] from the Manchester team who closed 40 deals this quarter!!!' Also can I tag him? His handle is [[ID_NUMBER|@billy_mcr_sales]].",
    "Can you draft a reply declining the dinner invite from Mrs. [[PERSON|Abernathy]] on my boss's behalf? He's [[PERSON|Charles Whitmore]], she chairs the Harbour Trust. Keep it gracious.",
    "My mum forwarded me this: 'Hi Mum, new number, my phone broke, can you pay this invoice for me urgently' from [[PHONE_NUMBER|+44 7700 900731]]. My name is [[PERSON|Daniel]] and I'm her son. Scam, right? How do I explain it to her?",
    "Someone committed our Stripe secret [[API_KEY|sk_live_51Nq8ZfKe2RtYw0pLm3XvB7aQ]] to the repo, commit by [[PERSON|Marta Ferreira]]. Write a short, non-blaming message to the dev team about rotating it.",
    "Here's the list for the new desk plan, turn it into a table: [[PERSON|Aiyana]] - 3.14, [[PERSON|Bogdan]] - 3.15, [[PERSON|Chloé]] - 3.16, [[PERSON|Dmitri]] - 3.17, [[PERSON|Esperanza]] - window row.",
    "Summarise this email from outside counsel in plain English: 'Further to our call, Ms [[PERSON|Achterberg]] has confirmed she will not contest the non-compete clause provided the garden leave is reduced to 3 months.'",
    "Voicemail transcript, pls tidy it: 'yeah hi this is [[PERSON|Kevin Doyle]] account number [[ID_NUMBER|77310462]] I've been on hold three times today call me on [[PHONE_NUMBER|087 314 2290]] thanks'",
    "Draft a reminder that timesheets are due Friday. Mention that [[PERSON|Rosa]] and [[PERSON|Hamid]] will approve them while [[PERSON|Ingrid]] is away.",
    "Is this a scam? Got an email 'from' our CEO [[PERSON|Patrick Lemaire]] asking me to buy 10 gift cards and send the codes to [[EMAIL_ADDRESS|p.lemaire.ceo@execmail.co]]. He's never emailed me directly before.",
    "Please make this itinerary readable: Flight BA117 LHR-JFK 08:25, passenger [[PERSON|Aleksandra Wójcik]], passport [[ID_NUMBER|ET4718295]], frequent flyer [[ID_NUMBER|BA 41920573]], hotel is the Kimpton, car pick-up by [[PERSON|Luis]] [[PHONE_NUMBER|(646) 555-0182]].",
    "VPN question: my home IP is [[IP_ADDRESS|203.0.113.88]] and the office allow-list only has [[IP_ADDRESS|198.51.100.76]]. Who do I ask to add mine, [[PERSON|Siobhan]] or the network team? Write the request.",
    "Quick one: translate into French for a client - 'Dear Mr [[PERSON|Girard]], the signed quote is attached, please send the PO to me at [[EMAIL_ADDRESS|h.nakamura@brightwell-systems.com]]. Thanks, [[PERSON|Haruto]]'",
    "I'm [[PERSON|Kemi]] and my manager keeps scheduling 1:1s at 7pm. How do I raise this with HR without it sounding like a complaint?",
    "Uber from the airport was AUD 96.30 for me, [[PERSON|Bronwyn]] and [[PERSON|Tui]], then [[PERSON|Tui]] got off first at Surry Hills. Fair split?",
    "Customer pasted their full card in chat, what do I reply and how do I log it? Card [[CREDIT_CARD|5412 8830 1967 2047]], name on card [[PERSON|Alejandro Pérez Gil]], CVV too (I deleted that bit).",
    "Printer on 2 says 'authentication failed'. The scan-to-email login is [[ID_NUMBER|scanfloor2]] and password [[PASSWORD|Toner$2291]]. [[PERSON|Wendell]] changed something yesterday. Walk me through fixing it?",
    "Draft an email to our landlord's agent [[PERSON|Imogen Pryce]] ([[EMAIL_ADDRESS|imogen.pryce@harlowestates.co.uk]]) about the broken air-con in suite 4B, third time this month.",
    "Proofread: 'Join Dr [[PERSON|Amara Nwosu]], our Head of Data, for a live Q&A on Thursday.' Also is it ok to include her mobile [[PHONE_NUMBER|+234 809 552 1487]] for press enquiries?",
    "Can you put these into a clean contact list? [[PERSON|Yuki Tanabe]] [[EMAIL_ADDRESS|yuki.t@kanshoku.jp]], [[PERSON|Olamide Ajayi]] [[PHONE_NUMBER|+234 812 330 6619]], [[PERSON|Tomás Lindgren]] [[EMAIL_ADDRESS|tomas.lindgren@norrsken.se]]",
    "I'm drafting a witness list for the tribunal. Can you format: [[PERSON|Harpreet Sandhu]], team lead; [[PERSON|Connor]] from payroll; [[PERSON|Bea Lindqvist]], HR partner. Alphabetical by surname, and flag that [[PERSON|Connor]] has no surname yet.",
    "Expense report looks off. [[PERSON|Gideon]] claimed a £212 dinner on card [[CREDIT_CARD|4916 2043 8817 5922]] but the receipt says £122. Draft a neutral question to him.",
    "Can you explain this log line like I'm not technical? 'sshd[2291]: Failed password for [[ID_NUMBER|mokoro]] from [[IP_ADDRESS|192.0.2.19]] port 51822'. [[PERSON|Mike Okoro]] swears it wasn't him.",
    "Occupational health form wants my NHS number - is it OK to type it into their portal? It's [[ID_NUMBER|721 308 4658]]. Also should I tell my manager [[PERSON|Tobias]] what the referral is for? I'm [[PERSON|Gemma]].",
    "Draft a reply: customer [[PERSON|Hope Nkosi]] says her router was shipped to [[STREET_ADDRESS|14 Jan Smuts Avenue, Rosebank, Johannesburg, 2196]] but she moved last month. Ask her to confirm the new address, politely.",
    "Convert this voicemail into a to-do list: 'Hi it's [[PERSON|Priyanka]] from Mr [[PERSON|Castellanos]]'s office, he needs the board pack by 6, the boardroom door code tonight is [[PASSWORD|1975B]], and can you call me on [[PHONE_NUMBER|(415) 555-0193]].'",
    "My new starter [[PERSON|Olga]] needs access. Her AD login will be [[ID_NUMBER|o.petrenko]], temporary password [[PASSWORD|Welcome!Kyiv24]]. Write the welcome email from IT, and tell me if I should put the password in it.",
    "Summarise this call note in 3 bullets: Rang [[PERSON|Mwangi]] at Kilima Foods, he's unhappy with delivery times, wants a call with our ops head [[PERSON|Renata]] next week. Mobile [[PHONE_NUMBER|+254 722 418 903]].",
    "Please check my IBAN before I submit it to payroll, it keeps getting rejected: [[IBAN_CODE|DE19 1007 0024 0583 9217 46]]. Name on the account is [[PERSON|Jonas Hartmann]].",
    "The wifi password for the Kraków office changed to [[PASSWORD|Wisla-2025-gosc]]. Write a short note for visitors, and remind [[PERSON|Zofia]] to update the sign at reception.",
    "Please redact this paragraph before I send it to the vendor: 'The claimant, [[PERSON|Beatriz Moreira]], CPF [[ID_NUMBER|371.942.586-09]], resident at [[STREET_ADDRESS|Rua dos Andradas 1020, apto 61, Porto Alegre - RS, 90020-008]], alleges that...'",
    "Need 3 subject lines for the webinar invite. Speakers are [[PERSON|Ayesha Raza]] and [[PERSON|Tom Kettering]].",
    "My exec [[PERSON|Dominique Faure]] wants her Amex [[CREDIT_CARD|3714 982615 43703]] removed from the travel portal and replaced with the company card. Write the request to the travel desk.",
    "Customer says she never got the refund. Order 4471-BX. Her email [[EMAIL_ADDRESS|lindiwe.khumalo@webmail.co.za]] and phone [[PHONE_NUMBER|+27 71 284 6650]]. Draft a holding reply to [[PERSON|Lindiwe]].",
    "Explain what an API key is to my manager [[PERSON|Gerald]], and why [[PERSON|Priti]] shouldn't have emailed him ours: [[API_KEY|AIzaSyD4kP9wQ2zXr7LmN3vB8tY1hJ6cF0eRsUq]]",
    "Write a letter confirming employment for a mortgage application. Employee [[PERSON|Nikolaos Papadakis]], employee number [[ID_NUMBER|E-031877]], salary €62,000, started March 2018.",
    "Is this invoice fraud? Supplier 'changed bank details' by email and the new IBAN is [[IBAN_CODE|GB56 BARC 2065 8193 0477 25]]. Our contact there is [[PERSON|Alistair]] and he usually calls. What checks should I do?",
    "Please draft a message to [[PERSON|Big Mo]] the night cleaner that the side gate code changes tomorrow to [[PASSWORD|8824]] and the old one stops working at midnight.",
    "Summarise: NDA between us and [[PERSON|Keanu Kahale]], consultant, address [[STREET_ADDRESS|2231 Kalākaua Ave, Apt 1807, Honolulu, HI 96815]], 2-year term, mutual. Just the key points in plain English.",
    "Write a LinkedIn message to [[PERSON|Chidinma]] congratulating her on the new role at Zenko, and ask if she'd like a coffee next time I'm in Abuja.",
    "Summarise these minutes: Present: [[PERSON|Hannah Goldberg]] (chair), [[PERSON|Victor Almeida]], [[PERSON|Soo-ah Park]]. Apologies: [[PERSON|Ngozi]]. Actions: [[PERSON|Victor]] to chase legal; [[PERSON|Soo-ah]] to share the pipeline; next meeting 12 June.",
    "Our firewall logged traffic from [[IP_ADDRESS|2001:db8:4a1::17]] to the HR share. [[PERSON|Ellie]] on nights says that's her laptop. How do I verify that before I unblock it?",
    "HR jargon to plain English please: '[[PERSON|Farah Abdi]] is entitled to 28 days' leave pro rata, less 3 days carried over in breach of policy.' She asked me what it means.",
    "Angry tweet from [[PERSON|Travis Kowalski]] says we cancelled his policy [[ID_NUMBER|POL-88213047]] without notice. Draft a public reply that doesn't repeat his details.",
    "Help me split the Lagos offsite cost: venue ₦1,200,000, catering ₦450,000, transport ₦180,000. [[PERSON|Tunde]]'s team is 12 people, [[PERSON|Amaka]]'s team is 8. Split by headcount.",
    "My boss [[PERSON|Rupert]] wants his gym booking moved. Membership number [[ID_NUMBER|GYM-220418]], login [[ID_NUMBER|rupert.h]] / [[PASSWORD|Squash4Life!]]. Write the email to the gym asking to move Tuesday 7am to Thursday.",
    "Can you turn this into a ticket? 'From [[PERSON|Laleh]]: can't log in to Workday since the password reset, my username is [[ID_NUMBER|lahmadi]] and I'm on [[IP_ADDRESS|198.51.100.140]] at home.'",
    "Write a short note for the mailroom: parcels for [[PERSON|Eun-ji Cho]] should go to her home while she's remote: [[STREET_ADDRESS|Unit 12, 48 Riverside Drive, Toronto, ON M6S 4A9]].",
    "Is this DM a scam? 'Hi, I'm [[PERSON|Clara Benedetti]] from a brand agency, we'd love to pay you for a post, just send your login [[ID_NUMBER|acme_official]] and the 2FA code.' That's our company account.",
    "Translate into German: 'The undersigned, [[PERSON|Henrik Sørensen]], born 14 May 1981, authorises [[PERSON|Maja Brandt]] to collect his documents from the HR office.'",
    "Draft a message to [[PERSON|Rose]] on my team, she's been late 4 times this month. I want to check in, not tell her off.",
    "Card for the marketing subscriptions is expiring. New one: [[CREDIT_CARD|2221 0071 3460 8854]], cardholder [[PERSON|Malik Jefferson]]. Write a note to [[PERSON|Jess]] asking her to update it in the ad accounts, and tell me if it's OK to send a card number by email.",
    "Help me write a post-incident summary: at 02:14 the deploy bot token [[API_KEY|xoxb-5829174036-7718402955163-Qm8rTz2VkLp4NsW9yXaE1cBd]] was revoked by [[PERSON|Femi]], alerts stopped, [[PERSON|Ines]] restored them at 03:40.",
    "Write a callback script. Customer: Mrs [[PERSON|Ng]], member number [[ID_NUMBER|MB-0048217]], phone [[PHONE_NUMBER|+65 8273 1904]], complaint: the app double-charged her for the annual plan.",
    "Can you summarise this email thread? [[PERSON|Giulia]] wants to move the Milan offsite to October, [[PERSON|Ravi]] says no budget till Q4, and [[PERSON|Oskar]] just replied 'fine by me'. What's the decision?",
    "Help me fill in this visa support letter: employee [[PERSON|Arjun Menon]], passport [[ID_NUMBER|Z4827193]], role Senior Analyst, travelling to our Dubai office 3-17 May.",
    "Help me word a message to our accountant [[PERSON|Sandra]]: my SSN on the 1099 is wrong, it should be [[US_SSN|214-63-9087]]. Keep it short.",
    "Summarise this security report: Badge [[ID_NUMBER|B-11872]] (holder [[PERSON|Curtis Bell]]) used at the loading dock at 23:47, alarm panel disarmed with code [[PASSWORD|6042]], nothing reported missing.",
    "My colleague [[PERSON|Grace]] got a WhatsApp from 'HR' asking for her SSN [[US_SSN|401-72-5538]] to 'update the benefits portal'. She already sent it. What should she do now?",
    "Clean up this lead list into CSV: [[PERSON|Rahul Bhatt]], [[EMAIL_ADDRESS|rahul.bhatt@tatvasoft.in]], [[PHONE_NUMBER|+91 99302 17458]]; [[PERSON|Lena Fischer]], [[EMAIL_ADDRESS|l.fischer@holzwerk-gmbh.de]], [[PHONE_NUMBER|+49 30 23125 902]]",
    "Please draft a thank-you note from Ms [[PERSON|Okonkwo-Reid]] to the Lisbon team for hosting the leadership retreat. Sign it with her first name, [[PERSON|Adaeze]].",
    "How do I tell [[PERSON|Sven]] nicely that '[[PASSWORD|Sven1234]]' is not a good password? He just told me that's his email login.",
    "Summarise the chat transcript for the escalation: customer [[PERSON|Aurelio Bianchi]], account [[ID_NUMBER|IT-448120]], says the direct debit from [[IBAN_CODE|IT91K0306909483100000412876]] was taken twice in March. Agent promised a callback, none happened.",
    "Write a leaving card message for [[PERSON|Wojciech]] - 11 years in the warehouse, and everybody just calls him [[PERSON|Wojtek]]. Something warm, not too long.",
    "Can you calculate the pro-rata bonus for [[PERSON|Isabela]]? She joined on 1 April, the annual bonus target is R$24,000 and our year ends 31 December.",
    "Draft an email to the locksmith: our Melbourne office needs the safe code reset, current code is [[PASSWORD|39-17-82]] and the contact on site is [[PERSON|Bronte]] on [[PHONE_NUMBER|0491 570 318]].",
    "A former customer, [[PERSON|Sophie Durand]], sent a data access request from [[EMAIL_ADDRESS|sophie.durand@laposte.net]]. Draft the acknowledgement; we have one month to respond.",
    "Please organise these into a seating plan for 8: [[PERSON|Aroha]], [[PERSON|Bilal]], [[PERSON|Cormac]], [[PERSON|Dalia]], [[PERSON|Emeka]], [[PERSON|Freya]], me, and the CEO. [[PERSON|Aroha]] and [[PERSON|Cormac]] shouldn't sit together.",
    "Someone left this on a sticky note on the 5th floor: 'router admin / [[PASSWORD|Zr7!pQ2m]]'. Is it a problem? Draft a clean-desk reminder for the floor, and don't name [[PERSON|Lorenzo]] even though it's his desk.",
    "Customer voicemail: 'Hello, this is [[PERSON|Bashir Haidari]] calling about the loan deferral, my reference is L-29914, my number is [[PHONE_NUMBER|020 7946 0613]], please call after 5.' Write a summary for the CRM.",
    "Fix the grammar in this bio: '[[PERSON|Carolina Vásquez]] have 10 years experience in brand strategy and she leading our LATAM team from Bogotá since 2021.'",
    "Please check whether this US tax form info is complete: name [[PERSON|Derek Lindholm]], SSN [[US_SSN|618-05-2294]], address [[STREET_ADDRESS|4417 Willow Creek Rd, Boise, ID 83706]], filing status single.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Liu Yuxin]] was registered with resident ID [[ID_NUMBER|320102198807234510]] and can be reached at [[PHONE_NUMBER|+86 138 2047 6615]].",
    '{"employee": "[[PERSON|Chen Jiahui]]", "id_card": "[[ID_NUMBER|440306199305163028]]", "email": "[[EMAIL_ADDRESS|jiahui.chen@qq.com]]"}',
    "[[PERSON|Rafael Tavares Lima]] | CPF [[ID_NUMBER|604.218.739-22]] | [[PHONE_NUMBER|+55 21 98817-4402]] | Rio de Janeiro",
    "Vendor KYC: [[PERSON|Kavya Reddy]], Aadhaar [[ID_NUMBER|5863 2047 1932]], mobile [[PHONE_NUMBER|+91 90041 27735]], address [[STREET_ADDRESS|Flat 7B, Prestige Lakeside, Varthur Road, Bengaluru 560087]].",
    "Dear Mr [[PERSON|Iyer]],\nYour Aadhaar number [[ID_NUMBER|3927 6418 0522]] has been linked to your payroll profile.\nRegards,\nHR Shared Services",
    "NRIC: [[ID_NUMBER|S7823465B]]; Name: [[PERSON|Lim Hui Min]]; Mobile: [[PHONE_NUMBER|+65 9634 0217]]",
    "[[PERSON|Muhammad Faizal bin Rahman]] (NRIC [[ID_NUMBER|T0245719E]]) joined the Jurong site as a forklift operator in January.",
    "Personnummer [[ID_NUMBER|910823-4577]] tillhör [[PERSON|Elin Sjöberg]], e-post [[EMAIL_ADDRESS|elin.sjoberg@telia.se]].",
    '2025-03-04T09:12:55Z INFO kyc.verify ok subject="[[PERSON|Oskar Nyström]]" pnr=[[ID_NUMBER|760215-8938]] ip=[[IP_ADDRESS|192.0.2.61]]',
    "Naam: [[PERSON|Sanne Bakker]], BSN [[ID_NUMBER|182736453]], rekening [[IBAN_CODE|NL97 INGB 0007 3849 21]]",
    "[[PERSON|Kim Seo-yeon]], 주민등록번호 [[ID_NUMBER|880412-2167533]], 휴대폰 [[PHONE_NUMBER|010-4127-8830]]",
    "New hire: [[PERSON|Lachlan O'Brien]], TFN [[ID_NUMBER|423 518 761]], super fund member no [[ID_NUMBER|SF-4418207]], mobile [[PHONE_NUMBER|0491 570 226]].",
    "The tax file number on file for [[PERSON|Mia Tran]] is [[ID_NUMBER|715 839 248]].",
    "[[PERSON|Jack Pemberton]], [[ID_NUMBER|529471383]], [[EMAIL_ADDRESS|jack.pemberton@bigpond.com]], Perth WA",
    "Employee [[PERSON|Geneviève Tremblay]] — SIN [[ID_NUMBER|612 487 306]] — [[STREET_ADDRESS|4820 avenue du Parc, Montréal (Québec) H2V 4E6]]",
    "[[PERSON|Noa Ben-David]], teudat zehut [[ID_NUMBER|039172655]], [[PHONE_NUMBER|+972 52 418 3307]]",
    "Ad Soyad: [[PERSON|Elif Yıldırım]] | T.C. Kimlik No: [[ID_NUMBER|37520918454]] | Tel: [[PHONE_NUMBER|+90 532 418 27 63]]",
    "Patient [[PERSON|Margaret Eccles]], NHS number [[ID_NUMBER|943 476 5196]], referred to occupational health by her line manager.",
    "Licence holder [[PERSON|Declan Murphy]], driving licence [[ID_NUMBER|MURPH805127DJ9KW]], pool car 7 from Monday.",
    '{"imie_nazwisko": "[[PERSON|Katarzyna Zielińska]]", "pesel": "[[ID_NUMBER|95072314863]]", "miasto": "Wrocław"}',
    "Gentile [[PERSON|Chiara Bellini]], codice fiscale [[ID_NUMBER|BLLCHR90D44L219A]], Le confermiamo l'iscrizione al piano welfare aziendale.",
    "[[PERSON|Davide Marino]] | [[ID_NUMBER|MRNDVD83P12F205V]] | [[EMAIL_ADDRESS|d.marino@libero.it]] | Milano",
    "[[PERSON|Aino Virtanen]], henkilötunnus [[ID_NUMBER|240791-628V]], tili [[IBAN_CODE|FI36 1025 3000 1874 62]]",
    "ID [[ID_NUMBER|8509175128083]] — [[PERSON|Thabo Molefe]], [[STREET_ADDRESS|17 Mahalefele Road, Dube, Soweto, 1801]]",
    "氏名: [[PERSON|鈴木 美咲]] / マイナンバー: [[ID_NUMBER|7305 1948 2604]] / 電話: [[PHONE_NUMBER|080-3317-2945]]",
    "[[PERSON|Javier Morales Ortiz]], con DNI [[ID_NUMBER|53829174C]], con domicilio en [[STREET_ADDRESS|Calle Larios 12, 3º D, 29005 Málaga]].",
    "NIE [[ID_NUMBER|Y4827361C]] — [[PERSON|Andreea Popescu]], [[PHONE_NUMBER|+34 655 201 874]]",
    "PPSN [[ID_NUMBER|3829416G]] | [[PERSON|Ciarán Brennan]] | [[PHONE_NUMBER|+353 86 412 9930]]",
    "Payroll note: [[PERSON|Aoife Gallagher]] updated her PPS number to [[ID_NUMBER|5174829MA]] and her bank account to [[IBAN_CODE|IE06BOFI90001738492016]].",
    "[[PERSON|Claire Fontaine]], n° de sécurité sociale [[ID_NUMBER|2 84 03 75 114 237 44]], [[STREET_ADDRESS|18 rue des Martyrs, 75009 Paris]]",
    "Rijksregisternummer [[ID_NUMBER|79.11.26-345.29]] – [[PERSON|Pieter Claes]] – [[EMAIL_ADDRESS|pieter.claes@skynet.be]]",
    "[[PERSON|Ingrid Haugen]], f.nr. [[ID_NUMBER|15068943865]], mobil [[PHONE_NUMBER|+47 412 38 906]]",
    "Fatura emitida a [[PERSON|João Pedro Carvalho]], NIF [[ID_NUMBER|238174654]], morada [[STREET_ADDRESS|Rua de Cedofeita 211, 2.º Esq., 4050-179 Porto]].",
    "[[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2860407412031]], telefon [[PHONE_NUMBER|+40 722 318 904]]",
    "RUT [[ID_NUMBER|14.672.389-6]], [[PERSON|Camila Fuentes Rojas]], [[EMAIL_ADDRESS|camila.fuentes@vtr.cl]]",
    "Isikukood [[ID_NUMBER|48703124271]] — [[PERSON|Kadri Tamm]], [[EMAIL_ADDRESS|kadri.tamm@hot.ee]]",
    "[[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|120584-3249]], sími [[PHONE_NUMBER|+354 662 4187]]",
    "[[PERSON|Tereza Nováková]], r.č. [[ID_NUMBER|855412/1235]], trvalé bydliště [[STREET_ADDRESS|Vinohradská 1480/42, 120 00 Praha 2]]",
    "[[PERSON|Oksana Kovalenko]], РНОКПП [[ID_NUMBER|3057184268]], тел. [[PHONE_NUMBER|+380 67 412 3390]]",
    "Steuer-ID von [[PERSON|Lena Vogt]]: [[ID_NUMBER|47582039656]]; Bankverbindung [[IBAN_CODE|DE44 5001 0517 5407 3249 31]]",
    "NHI [[ID_NUMBER|ZKT4821]] | [[PERSON|Mere Paewai]] | [[PHONE_NUMBER|+64 21 448 2907]]",
    "Medicare card [[ID_NUMBER|2953 18404 1]], [[PERSON|Priya Raman]], [[STREET_ADDRESS|14/88 Glebe Point Road, Glebe NSW 2037]]",
    "ΑΜΚΑ [[ID_NUMBER|14038812575]] — [[PERSON|Νικολέτα Παππά]], email [[EMAIL_ADDRESS|n.pappa@otenet.gr]]",
    "Passenger [[PERSON|Amelia Hart]], passport [[ID_NUMBER|532871946]], seat 14C, mobile [[PHONE_NUMBER|+1 202 555 0138]].",
    "[[PERSON|Darnell Washington]] | SSN [[US_SSN|362-91-4407]] | DOB 1984-02-17 | [[STREET_ADDRESS|908 Magnolia St, Apt 3, Savannah, GA 31401]]",
    '{"user": "[[ID_NUMBER|kwabena.o]]", "name": "[[PERSON|Kwabena Owusu]]", "last_ip": "[[IP_ADDRESS|203.0.113.62]]", "mfa": false}',
    "2025-05-12 16:03:11 WARN auth: password reset requested for [[EMAIL_ADDRESS|f.rahimi@corvane.io]] ([[PERSON|Farid Rahimi]]) from [[IP_ADDRESS|198.51.100.209]]",
    "[[PERSON|Olivia Brennan-Shaw]] paid with card [[CREDIT_CARD|5105 4731 2290 6177]] and asked for the receipt at [[EMAIL_ADDRESS|olivia.bs@icloud.com]].",
    "Visitor log 14:20 — [[PERSON|Hamza Qureshi]], host: Finance, phone [[PHONE_NUMBER|07700 900562]], left 16:05",
    "[[PERSON|Sipho Ndlovu]],[[EMAIL_ADDRESS|sipho.ndlovu@mweb.co.za]],[[PHONE_NUMBER|+27 83 507 2214]],Durban",
    "Dear Mrs [[PERSON|Kapoor]],\nWe have updated your home address to [[STREET_ADDRESS|22 Linden Grove, Peckham, London SE15 3LF]]. Your employee number remains [[ID_NUMBER|HR-40712]].\nKind regards,\nPeople Team",
    "Name: [[PERSON|Valentina Greco]] | Role: Account Executive | Desk: [[PHONE_NUMBER|+39 02 8741 2290]] | Mobile: [[PHONE_NUMBER|+39 347 518 2046]]",
    "Driver licence [[ID_NUMBER|G4172-58391-06215]] issued to [[PERSON|Marc-André Gagnon]], fleet car 12 assigned.",
    "Cardholder: [[PERSON|Reza Tehrani]] / Card: [[CREDIT_CARD|4024 0071 8836 4094]] / Billing: [[STREET_ADDRESS|1550 Pine St, Unit 204, Seattle, WA 98101]]",
    "Beneficiary [[PERSON|Luca Fontana]], IBAN [[IBAN_CODE|CH35 0076 2011 6238 5914 2]], purpose: travel reimbursement",
    "Account created: login [[ID_NUMBER|a.mensah]], initial password [[PASSWORD|Kumasi#2025go]], owner [[PERSON|Abena Mensah]].",
    "Token owner [[PERSON|Jun Takahashi]] — key [[API_KEY|ghp_7Tq2LmZk9WcR4xVb1NfPa8YsD3eHu6JoQ0gK]] — scope repo:read",
    "[[PERSON|Brianna Foster]]'s social security number is [[US_SSN|073-58-6129]] and her payroll ID is [[ID_NUMBER|PY-220931]].",
    "[[PERSON|Jürgen Albrecht]] wohnt in der [[STREET_ADDRESS|Schönhauser Allee 143, 10437 Berlin]] und ist unter [[PHONE_NUMBER|030 23125 664]] erreichbar.",
    "[[PERSON|Amélie Rousseau]], joignable au [[PHONE_NUMBER|06 39 98 41 27]] ou par mail à [[EMAIL_ADDRESS|amelie.rousseau@orange.fr]].",
    "[[PERSON|Guadalupe Hernández]] vive en [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]], tel. [[PHONE_NUMBER|+52 55 4127 8893]].",
    "Colaboradora [[PERSON|Juliana Costa]], matrícula [[ID_NUMBER|BR-55102]], e-mail [[EMAIL_ADDRESS|juliana.costa@uol.com.br]].",
    "[[PERSON|Mohammed Al-Farsi]] | [[EMAIL_ADDRESS|m.alfarsi@omantel.net.om]] | [[PHONE_NUMBER|+968 9214 7730]]",
    '{"customer_id": "[[ID_NUMBER|C-00918273]]", "full_name": "[[PERSON|Emily Zhao]]", "card": "[[CREDIT_CARD|4716 5502 3194 7681]]"}',
    "[2025-06-02 11:47:09] login ok user=[[ID_NUMBER|tjohansson]] name=[[PERSON|Tove Johansson]] src=[[IP_ADDRESS|2001:db8:7c::2e]]",
    "[[PERSON|Wanjiru Kamau]], [[STREET_ADDRESS|Ngong Road, Adams Arcade, Block C, Nairobi 00100]], M-Pesa [[PHONE_NUMBER|+254 711 902 438]]",
    "[[PERSON|Maria Cristina Dela Cruz]], [[STREET_ADDRESS|Unit 5B, 1187 Kalayaan Ave, Poblacion, Makati City 1210]], [[PHONE_NUMBER|+63 917 482 3356]]",
    "Staff ID [[ID_NUMBER|NG-30418]]: [[PERSON|Chukwuemeka Obi]], [[STREET_ADDRESS|14 Adeola Odeku Street, Victoria Island, Lagos]]",
    "[[PERSON|Nguyễn Thị Lan]], số điện thoại [[PHONE_NUMBER|+84 912 407 386]], địa chỉ [[STREET_ADDRESS|27 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội]]",
    "[[PERSON|Takeshi Mori]], employee no. [[ID_NUMBER|JP-77120]], [[EMAIL_ADDRESS|t.mori@shinwa-denki.co.jp]]",
    "الاسم: [[PERSON|منى عبد الرحمن]]، الهاتف: [[PHONE_NUMBER|+20 100 482 1937]]",
    "Сотрудник: [[PERSON|Дмитрий Волков]], табельный номер [[ID_NUMBER|004817]], e-mail [[EMAIL_ADDRESS|d.volkov@severtrans.ru]]",
    "Hi [[PERSON|Callum]],\nYour locker combination for the Glasgow office is [[PASSWORD|3-28-14]]. Please don't share it.\nFacilities",
    "Key register: key 17 (archive room) signed out to [[PERSON|Precious Moyo]] at 08:40, mobile [[PHONE_NUMBER|+263 77 318 4402]]",
    "Employee [[PERSON|Yasmin El-Amin]] (ID [[ID_NUMBER|EMP-90214]]) — emergency contact phone [[PHONE_NUMBER|(202) 555-0176]]",
    "[[PERSON|Santiago Restrepo]] transferred the deposit from [[IBAN_CODE|ES30 2100 0587 3102 0049 1836]] on Friday.",
    "customer export (CSV)\nid,name,email,ip\n4417,[[PERSON|Hana Novak]],[[EMAIL_ADDRESS|hana.novak@seznam.cz]],[[IP_ADDRESS|192.0.2.233]]",
    "Madame [[PERSON|Nadia Benali]],\nNous vous confirmons le virement de votre salaire sur le compte [[IBAN_CODE|FR81 3000 4028 3700 0104 7382 615]].\nCordialement,\nService RH",
    "[[PERSON|Marek Wiśniewski]], tel. [[PHONE_NUMBER|+48 601 428 775]], adres: [[STREET_ADDRESS|ul. Długa 14/6, 80-827 Gdańsk]]",
    "[[PERSON|Emre Aydın]] — IBAN: [[IBAN_CODE|TR21 0006 2001 1900 0006 6728 43]]",
    "[[PERSON|Magdalena Huber]], [[STREET_ADDRESS|Mariahilfer Straße 77/12, 1060 Wien]], IBAN [[IBAN_CODE|AT78 1200 0100 2837 4615]]",
    "[[PERSON|Mikkel Rasmussen]]; konto [[IBAN_CODE|DK76 3000 4091 7428 30]]; mobil [[PHONE_NUMBER|+45 28 41 73 09]]",
    "[[PERSON|Sindre Lie]] betalte med konto [[IBAN_CODE|NO56 1503 2784 619]].",
    "Utbetalning till [[PERSON|Linnea Berg]], konto [[IBAN_CODE|SE59 5000 0000 0583 9381 7621]]",
    "[[PERSON|Wout Peeters]] | [[IBAN_CODE|BE35 3101 8472 6593]] | [[EMAIL_ADDRESS|wout.peeters@telenet.be]]",
    "[[PERSON|Rita Marques]] pediu o reembolso para [[IBAN_CODE|PT46 0035 0651 0004 8267 3157 9]].",
    "Payee: [[PERSON|Gareth Pritchard]]; IBAN [[IBAN_CODE|GB11 MIDL 4005 1572 8493 06]]; address [[STREET_ADDRESS|7 Heol y Bont, Cardiff CF14 2AL]]",
    "Applicant [[PERSON|Rosalind Amadi]] — SSN [[US_SSN|548-27-1903]] — [[EMAIL_ADDRESS|rosalind.amadi@comcast.net]]",
    '{"name": "[[PERSON|Tyler Brooks]]", "ssn": "[[US_SSN|287-36-4415]]", "state": "OH"}',
    "Booking for [[PERSON|Isabelle Moreau]] guaranteed with card [[CREDIT_CARD|4485 3927 1064 8020]].",
    "[[PERSON|Marcus Chen]] | [[CREDIT_CARD|6011 4827 3905 1161]] | exp 11/28",
    "カード名義: [[PERSON|TANAKA RYO]] / カード番号: [[CREDIT_CARD|3569 2041 7785 0133]]",
    "Wi-Fi voucher for guest [[PERSON|Ahmed Siddiqui]]: network CorpGuest, key [[PASSWORD|m4ngo-Tr33-81]]",
    "Session for [[PERSON|Lucia Romano]] started from [[IP_ADDRESS|203.0.113.174]] at 09:02 and ended at 17:45.",
    "[[PERSON|Bartosz Lewandowski]] generated the AWS access key [[API_KEY|AKIAQX7M2PL4RZ9TW3NB]] for the reporting job.",
    "[[PERSON|Kiri Walker]] · Senior Buyer · [[EMAIL_ADDRESS|kiri.walker@xtra.co.nz]] · [[PHONE_NUMBER|+64 27 305 8814]]",
    "Corporate card [[CREDIT_CARD|5287 1349 6620 5916]] is assigned to [[PERSON|Ama Boateng]], limit 5,000 GBP.",
    "[[PERSON|Connor Fitzgerald]] updated his card to [[CREDIT_CARD|4929 8815 0273 6468]] and his phone to [[PHONE_NUMBER|+1 617 555 0164]].",
    "[[PERSON|Shannon Kelly]]\n[[STREET_ADDRESS|Unit 3, 41 Brunswick Street\nFitzroy VIC 3065]]",
    "[[PERSON|Rohan Kulkarni]], [[STREET_ADDRESS|B-204, Shanti Nagar CHS, Pokhran Road 2, Thane West 400610]], [[PHONE_NUMBER|+91 98670 31254]]",
]

# 25 MT-Bench/Vicuna-style prompts; historical and fictional people are not personal data.
CLEAN_PROMPTS = [
    "Write a persuasive email to convince an introverted colleague to volunteer as a speaker at the company town hall. Keep it under 200 words.",
    "Draft a professional email to a client explaining that their software delivery will be delayed by two weeks, and propose two options to make up for it.",
    "Compose a short, upbeat announcement for the staff newsletter about the new hybrid working policy that starts next month.",
    "Imagine you are Sherlock Holmes investigating why the office coffee machine keeps disappearing. Describe your first three deductions.",
    "Explain the difference between a purchase order and an invoice to a new hire in the finance team, using a simple example.",
    "Write a haiku about Monday morning stand-up meetings.",
    "How would Abraham Lincoln have approached a tense negotiation with a labour union? Answer in his voice, in about 150 words.",
    "Summarise the main ideas of Peter Drucker's management by objectives in five bullet points.",
    "Role-play as a customer support agent calming down a customer whose delivery has been lost twice. Start with your greeting.",
    "Extract all the dates and amounts from the following text and return them as JSON: 'The supplier agreed on 3 March to a discount of 1,200 euros, with payment due on 15 April and a second instalment of 800 euros on 30 May.'",
    "Write a Python function that reads a CSV file of expense claims and returns the total amount per department.",
    "What are the pros and cons of a four-day work week for a mid-sized logistics company?",
    "Pretend you are Captain Ahab, but instead of chasing a whale you are chasing a missing quarterly report. Write a dramatic monologue.",
    "Give me a checklist for onboarding a remote employee in their first week.",
    "Edit the following paragraph to fix grammatical errors: 'Our team have went to the conference and we was very impressed by the keynote, which discuss the future of supply chains.'",
    "Describe how Marie Curie might explain the importance of safety procedures to a modern laboratory team.",
    "Suggest five names for an internal hackathon focused on customer support tools.",
    "Compare agile and waterfall project management for a marketing campaign with a fixed launch date.",
    "Write a limerick about a printer that only jams when the CEO needs it.",
    "What is the best way to give negative feedback to a senior colleague? Provide a step-by-step approach.",
    "If Leonardo da Vinci worked as an industrial designer today, what office product would he reinvent first and why?",
    "Explain what a phishing attack is and list the warning signs an employee should look for in an email.",
    "Write a SQL query that finds the top three sales regions by revenue for the last quarter from a table called orders(region, amount, order_date).",
    "Describe a five-step process for resolving a conflict between two team members who disagree about project priorities.",
    "Act as Hercule Poirot and explain to the facilities manager how you worked out who left the office fridge door open overnight.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Amira orders 6 boxes of printer paper for the office. Each box holds 5 reams and each ream has 500 sheets. How many sheets did she order?",
    "A sales team of 8 people each made 14 calls on Monday and 11 calls on Tuesday. How many calls did the team make over the two days?",
    "Jorge books a meeting room for 3 hours at $45 per hour and orders lunch for 12 people at $9.50 each. What is the total cost?",
    "The HR department received 240 applications. One third were rejected at screening and half of the remainder were invited to interview. How many candidates were interviewed?",
    "Mei earns $4,200 a month and gets a 6% raise. How much will she earn per year after the raise?",
    "A help desk closes 36 tickets a day. On Friday it closed 25% more than usual. How many tickets did it close on Friday?",
    "Tobias drives 48 km to a client site and 48 km back, three days a week. The company pays 0.30 euros per km. How much is he reimbursed per week?",
    "An office has 5 floors with 42 desks each. If 84 desks are empty, what percentage of the desks are occupied?",
    "Priya splits a 156 dollar team dinner bill equally among 6 colleagues and adds a 15% tip to her own share. How much does she pay?",
    "A marketing campaign cost 18,000 pounds and brought in 450 new customers. What was the cost per new customer?",
    "Kofi's team must pack 1,350 parcels. They pack 90 parcels an hour. If they start at 8:00, at what time will they finish?",
    "A law firm bills 220 dollars per hour. Elena worked 7.5 hours on a contract review. How much is the bill?",
    "The cafeteria sells 120 coffees a day at 2.50 each. If the price rises by 20 cents and sales drop by 10 coffees a day, how does daily revenue change?",
    "Sven reads 35 emails per hour. He has 210 unread emails and spends 2 hours in meetings first. If he starts at 9:00, when will he finish reading them?",
    "A company gives each of its 64 employees a gift card worth 25 dollars and pays a 3% processing fee on the total. What is the total cost?",
    "Lena's department budget is 50,000 euros. She spends 35% on software, 20% on training and the rest on travel. How much is spent on travel?",
    "An IT technician replaces 4 laptops every week. How many weeks will it take to replace 70 laptops, and how many are replaced in the final week?",
    "Rashid sold 18 licences in January, twice as many in February, and 7 fewer in March than in February. How many licences did he sell in the quarter?",
    "A printer prints 24 pages per minute. How long does it take to print 15 copies of a 32-page report?",
    "The facilities team orders 3 plants for each of the 14 meeting rooms. Each plant costs 12 dollars. How much does the order cost?",
    "Hana worked 38 hours one week and 45 the next. Overtime beyond 40 hours a week is paid at 1.5 times her 22 dollar hourly rate. What did she earn over both weeks?",
    "A support queue had 180 open tickets. Each day 40 new tickets arrive and the team closes 55. How many days until the queue is empty?",
    "Diego buys 3 monitors at 189 dollars each and gets a 10% discount on the total. How much does he pay?",
    "An awards dinner has 150 guests. Each table seats 8. How many tables are needed, and how many seats will be empty?",
    "Yara saves 15% of her 3,600 monthly salary. How many months will it take her to save 9,720?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following is a current asset on a balance sheet?\nA. Machinery\nB. Goodwill\nC. Accounts receivable\nD. Long-term bonds",
    "Under the doctrine of respondeat superior, an employer is generally liable for:\nA. all crimes committed by employees\nB. torts committed by employees within the scope of employment\nC. personal debts of employees\nD. contracts signed by independent contractors",
    "Which port is used by default for HTTPS traffic?\nA. 21\nB. 80\nC. 443\nD. 8080",
    "In marketing, the 'four Ps' are product, price, place and:\nA. people\nB. promotion\nC. process\nD. positioning",
    "A contract signed by a minor is typically:\nA. void\nB. voidable at the minor's option\nC. fully enforceable\nD. illegal",
    "Which motivational theory distinguishes hygiene factors from motivators?\nA. Maslow's hierarchy of needs\nB. Herzberg's two-factor theory\nC. Vroom's expectancy theory\nD. McClelland's theory of needs",
    "A firm's fixed costs are $20,000, the price per unit is $50 and the variable cost per unit is $30. What is the break-even quantity?\nA. 400\nB. 667\nC. 1,000\nD. 2,000",
    "Which of the following best describes phishing?\nA. Flooding a server with traffic\nB. Tricking users into revealing credentials through deceptive messages\nC. Encrypting files for ransom\nD. Exploiting an unpatched database",
    "The principle that revenue is recorded when earned rather than when cash is received is called:\nA. cash basis\nB. accrual basis\nC. going concern\nD. materiality",
    "Which of these is a leading indicator for a sales team?\nA. Quarterly revenue\nB. Number of qualified meetings booked\nC. Annual profit\nD. Customer churn last year",
    "In networking, what does DHCP do?\nA. Translates domain names to IP addresses\nB. Assigns IP addresses to devices automatically\nC. Encrypts web traffic\nD. Filters spam email",
    "Which leadership style involves the leader making decisions alone with little input from the team?\nA. Democratic\nB. Laissez-faire\nC. Autocratic\nD. Transformational",
    "What is the main purpose of a non-disclosure agreement?\nA. To set salary levels\nB. To protect confidential information\nC. To transfer ownership of a company\nD. To settle a lawsuit",
    "The price elasticity of demand for a product is greater than 1 in absolute value. Demand is therefore:\nA. perfectly inelastic\nB. inelastic\nC. unit elastic\nD. elastic",
    "Which RAID level provides mirroring without striping?\nA. RAID 0\nB. RAID 1\nC. RAID 5\nD. RAID 10",
    "Who is generally credited with the 'scientific management' approach?\nA. Frederick Taylor\nB. Henri Fayol\nC. Max Weber\nD. Elton Mayo",
    "A company's current ratio is 2.5 and its current liabilities are $40,000. What are its current assets?\nA. $16,000\nB. $42,500\nC. $80,000\nD. $100,000",
    "Which of the following is NOT usually a function of human resource management?\nA. Recruitment\nB. Performance appraisal\nC. Setting monetary policy\nD. Training and development",
    "Two-factor authentication most commonly combines:\nA. two passwords\nB. something you know and something you have\nC. a username and an email address\nD. two security questions",
    "In contract law, consideration refers to:\nA. kindness between the parties\nB. something of value exchanged by each party\nC. the time allowed to read a contract\nD. a judge's review of the terms",
    "Which practice reduces eye strain for office workers?\nA. Placing the monitor directly in front of a bright window\nB. Following the 20-20-20 rule\nC. Setting screen brightness to maximum\nD. Sitting closer than 20 cm to the screen",
    "A SWOT analysis examines strengths, weaknesses, opportunities and:\nA. targets\nB. threats\nC. trends\nD. tactics",
    "Which of the following is a symmetric encryption algorithm?\nA. RSA\nB. AES\nC. Diffie-Hellman\nD. ECDSA",
    "Under the GDPR, the lawful basis for processing that is needed to perform a contract with the data subject is called:\nA. consent\nB. contractual necessity\nC. vital interests\nD. public task",
    "The Hawthorne studies are associated mainly with which field?\nA. Human relations in management\nB. Inventory control\nC. Corporate finance\nD. International trade",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "How often should I take breaks from my computer screen to avoid eye strain?",
    "What is a good desk stretching routine for lower back pain?",
    "Is it safe to drink four cups of coffee a day while working long shifts?",
    "What are the early signs of burnout, and how can I tell it apart from ordinary tiredness?",
    "How should I set up my chair and monitor to prevent neck pain?",
    "Can standing desks actually reduce the risk of heart disease?",
    "What should I do if I feel dizzy after a long flight on a business trip?",
    "How can I manage jet lag when travelling from London to Singapore for a week of meetings?",
    "What are the symptoms of carpal tunnel syndrome and when should I see a doctor?",
    "Is it better to come to work with a mild cold or stay home, from a public health point of view?",
    "What snacks help keep energy steady during an afternoon of back-to-back meetings?",
    "How much water should an adult drink during a working day in an air-conditioned office?",
    "What breathing exercises can help with anxiety before giving a presentation?",
    "Can working night shifts raise blood pressure, and how can I reduce the risk?",
    "What is the recommended amount of sleep for adults, and does catching up at the weekend help?",
    "How do I know if my headaches are caused by poor lighting at my desk?",
    "What first aid steps should be taken if someone in the office faints?",
    "Are blue light glasses useful for people who work on screens all day?",
    "How can I reduce the risk of repetitive strain injury when using a mouse eight hours a day?",
    "Which vaccinations are usually recommended before a business trip to East Africa?",
    "Is it normal to feel sleepy after a big lunch, and how can I avoid the afternoon slump?",
    "What are the health risks of sitting for more than eight hours a day?",
    "How long should I stay home with the flu to avoid infecting colleagues?",
    "What can I do about dry eyes caused by office air conditioning?",
    "How can I tell whether a cough that has lasted three weeks needs medical attention?",
]

# Every national id in the texts and its check (42 in the records, 2 in chat requests).
NATIONAL_IDS = {
    "320102198807234510": china_id_ok,  # Chinese resident identity card
    "440306199305163028": china_id_ok,
    "604.218.739-22": cpf_ok,  # Brazilian CPF
    "371.942.586-09": cpf_ok,  # (chat)
    "5863 2047 1932": aadhaar_ok,  # Indian Aadhaar
    "3927 6418 0522": aadhaar_ok,
    "S7823465B": nric_ok,  # Singapore NRIC
    "T0245719E": nric_ok,
    "910823-4577": luhn_len(10),  # Swedish personnummer
    "760215-8938": luhn_len(10),
    "182736453": bsn_ok,  # Dutch BSN
    "880412-2167533": rrn_ok,  # Korean resident registration number
    "423 518 761": tfn_ok,  # Australian tax file number
    "715 839 248": tfn_ok,
    "529471383": tfn_ok,
    "612 487 306": luhn_len(9),  # Canadian SIN
    "039172655": luhn_len(9),  # Israeli teudat zehut
    "37520918454": kimlik_ok,  # Turkish kimlik
    "943 476 5196": nhs_ok,  # NHS number
    "721 308 4658": nhs_ok,  # (chat)
    "95072314863": pesel_ok,  # Polish PESEL
    "BLLCHR90D44L219A": codice_fiscale_ok,  # Italian codice fiscale
    "MRNDVD83P12F205V": codice_fiscale_ok,
    "240791-628V": hetu_ok,  # Finnish henkilötunnus
    "8509175128083": luhn_len(13),  # South African id
    "7305 1948 2604": my_number_ok,  # Japanese My Number
    "53829174C": dni_ok,  # Spanish DNI
    "Y4827361C": dni_ok,  # Spanish NIE
    "3829416G": pps_ok,  # Irish PPS number
    "5174829MA": pps_ok,
    "2 84 03 75 114 237 44": nir_ok,  # French NIR
    "79.11.26-345.29": belgian_id_ok,  # Belgian national number
    "15068943865": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238174654": nif_ok,  # Portuguese NIF
    "2860407412031": cnp_ok,  # Romanian CNP
    "14.672.389-6": rut_ok,  # Chilean RUT
    "48703124271": isikukood_ok,  # Estonian isikukood
    "120584-3249": kennitala_ok,  # Icelandic kennitala
    "855412/1235": rodne_cislo_ok,  # Czech rodné číslo
    "3057184268": rnokpp_ok,  # Ukrainian RNOKPP
    "47582039656": steuer_id_ok,  # German tax id
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "2953 18404 1": medicare_ok,  # Australian Medicare card
    "14038812575": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"01632 960\d{3}",  # UK drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"08[3-9] \d{3} \d{4}",  # Ireland mobile, national layout
        r"\+(7|20|27|34|39|40|45|46|47|48|52|55|63|64|65|84|86|90|91|234|254|263|353|354|380|968|971|972) [\d -]+\d",  # no fiction range known
    )
]

# Texts in scripts other than Latin among the six other-language chat requests.
NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff]"
)


def check_mix() -> None:
    """The chat requests name people, carry secrets and hold every type; the records name
    one person each, hold every type and carry national ids in 35 to 45 of them."""
    for name, texts in (("chat", CHAT), ("records", RECORDS)):
        kinds = {s["type"] for t in texts for s in marked_spans(t)}
        if kinds != TYPES:
            raise SystemExit(f"{name}: types missing: {sorted(TYPES - kinds)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    others = CHAT[LOWER_CHAT : LOWER_CHAT + OTHER_LANGUAGES]
    if sum(bool(NON_LATIN.search(t)) for t in others) < 2:
        raise SystemExit("chat: too few other-language texts in non-Latin scripts")
    with_id = 0
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        values = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(values) <= 4:
            raise SystemExit(
                f"records: {len(people)} people, {len(values)} values in {marked[:60]!r}"
            )
        with_id += any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in spans)
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id, want 35 to 45")


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
        "blind143", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
