# ruff: noqa: E501
"""An eighty-ninth blind privacy set: 220 texts with personal data and 100 clean ones, written
with small-business owners and freelancers in mind.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1-12 and
the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py`` (never its texts), never the detector, its rules, docs, tests, the
benchmark script's rules or any other set's texts. Every text is typed by hand with inline
``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant from people asking it to draft,
  reply, translate, summarise, fix, plan, calculate or advise, most of them sole traders,
  freelancers and owners of small shops, bakeries, cafés, studios and trades: invoices and
  late payments, clients, suppliers, bookings, deliveries, payroll for a few staff, shop
  landlords and tenants, accountants and tax, with some family, health, travel, school and
  IT-account requests. The first 30 are typed all in lower case, the next 6 are in Spanish,
  German, French, Portuguese, Italian and Turkish, the other 84 are English with capitals.
  Names of many origins (first names alone, surnames after titles, lower-case names,
  non-English letters, names in Han and Hangul script, names that are ordinary words such
  as Grace, Summer, Wren or Precious); passwords, passphrases, PINs, door, gate, alarm and
  key-safe codes and wifi keys (many without the word "password"); phones with and without
  separators; e-mails, usernames, account, employee, staff, patient, policy, customer and
  student-finance numbers, national and tax ids, cards, IBANs, one SSN, IPs, API keys and
  street addresses of many countries (one military DPO address);
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one invented
  person each with one to four values besides the name: contact lines, form rows, JSON and
  SQL fragments, log lines, notes, letters, profiles, bank, HR (one with an SSN), payroll,
  insurance, tenancy and clinical lines, one military APO address, names in Arabic,
  Greek, Cyrillic, Hangul and Han script.

Usernames and logins, account, customer, member, employee, staff, patient, policy, loan and
gym numbers, passports, driver licences and national and tax ids are ID_NUMBER; PINs,
door, gate, alarm and lockbox codes, wifi keys and passphrases PASSWORD; titles and
relation words (Mr, Mrs, Ms, Dr, Herr, Madame, Sgt, my nephew) stay outside PERSON spans;
an address span runs from the first street line through the postcode and city as typed;
public and historical figures, fictional characters, pets, brands, companies, places,
order, invoice, ticket and booking numbers and dates of birth are not labelled; every
occurrence of a private value is marked. The 100 clean texts hold no personal data at all:
25 MT-Bench- and Vicuna-style writing, reasoning, coding, role-play and STEM prompts (some
naming historical figures or fictional characters), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D and 25 patient-style health
questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not well-known
test numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits
(NHS number, Dutch BSN, Spanish DNI and NIE, Italian codice fiscale, Indian Aadhaar,
Swedish personnummer, Canadian SIN, Polish PESEL, Brazilian CPF, Turkish kimlik, Chinese
resident id, Singapore NRIC, Korean resident registration number, Australian TFN and
Medicare, Irish PPS, French NIR, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP,
Chilean RUT, German tax id, New Zealand NHI, Finnish henkilötunnus, South African id,
Japanese My Number, Belgian national number, Estonian isikukood, Israeli teudat zehut,
Greek AMKA, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP).

Run ``.venv/bin/python bench/data/build_blind89.py`` from the repository root; the output is
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|SPC|Herr|Frau|Mme|Madame|Sra|Sr|Dott|Auntie|Uncle|Nurse)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all lower case, 6 in other languages, 84 English with capitals.
CHAT = [
    # all lower case
    "can you write a polite reminder to my client [[PERSON|joaquín ferreyra]]? invoice 2291 for the shop fit-out is 30 days overdue. his email is [[EMAIL_ADDRESS|joaquin.ferreyra@estudioferreyra.com.ar]]",
    "my bookkeeper [[PERSON|hamid]] needs the xero login. username [[ID_NUMBER|kiln.and.crumb]] password [[PASSWORD|copperkettle!88]]. write him a short message with both, nothing else",
    "alarm code for the unit is [[PASSWORD|7140]]. how do i word a note for the new cleaner without writing the code on the door itself",
    "text [[PERSON|dev]] at [[PHONE_NUMBER|07700900318]] that the van is late",
    "pls calculate payroll for my two part timers this month. [[PERSON|keisha]] did 46 hours at £11.80 and [[PERSON|tomasz]] did 38 hours at £12.20, both on the standard tax code",
    "my shop landlord mr [[PERSON|okonkwo]] wants the rent paid to [[IBAN_CODE|gb27 nwbk 4051 8227 9631 45]] from now on instead of by cheque. draft a reply asking him to confirm the change in writing",
    "i run a small cake business from home at [[STREET_ADDRESS|14 larchfield close, harrogate hg2 7pn]]. help me write a collection-only notice for instagram that includes the address and pickup hours",
    "whats the vat on 1,840 pounds at 20 percent? also remind me my government gateway id is [[ID_NUMBER|5518 2047 9931]]",
    "translate into polish for my cleaner [[PERSON|agnieszka]]: the key safe code is [[PASSWORD|2209]] and the bins go out on tuesday night",
    "help me reply to a supplier, [[PERSON|ravi menon]] from the packaging firm. he asked for our delivery address again: [[STREET_ADDRESS|unit 6, bramble trade park, 41 canal road, stockport sk4 2lt]]. keep it short and friendly",
    "my card got declined paying the flour supplier online, did i type it right? [[CREDIT_CARD|4916 3028 7745 1091]] exp 09/27",
    "summarise this for my accountant [[PERSON|bronwyn]]: sold 212 candles at the market, 38 online, paid [[PERSON|ffion]] £160 cash for two saturdays on the stall",
    "i keep forgetting the wifi at the studio. network is fernhouse_5g and the key is [[PASSWORD|mossy-teapot-31]]. make a little card i can print for clients",
    "draft a message to my tenant in the flat above the shop, [[PERSON|ciarán o'dowd]], saying the boiler engineer comes thursday between 8 and 12. his number is [[PHONE_NUMBER|0161 496 0752]]",
    "how do i tell a client politely that i need 50% upfront? she is [[PERSON|lerato]], wedding florals for 140 guests, and she wants to pay everything after the day",
    "my employee [[PERSON|dilnoza yusupova]], staff no [[ID_NUMBER|emp-0417]], is going on maternity leave in june. what do i need to do as a tiny employer with three staff in england?",
    "the admin panel for our booking site is at [[IP_ADDRESS|203.0.113.58]] and my login is [[ID_NUMBER|salon_owner_bea]]. i forgot the password, what are my options without losing the bookings",
    "write an invoice line for [[PERSON|gustavo]]: 3 days of drywall at 420 a day, payment to my account [[IBAN_CODE|pt66 0035 0716 0003 8419 2571 6]] within 14 days",
    "my ssn is [[US_SSN|318-62-4907]]. a client paying me as a freelancer sent a w-9, do i put the ssn on it or should i get an ein first?",
    "remind [[PERSON|ama boateng]] that her stall rent is £85 a week and two weeks are unpaid. her email is [[EMAIL_ADDRESS|ama.b.textiles@gmail.com]], make it sound friendly",
    "door code for the storage unit is [[PASSWORD|5839#]], put it in a short note format for me",
    "convert 2,450 euros to pounds for the refund to [[PERSON|lukas brenner]] in vienna, his iban is [[IBAN_CODE|at19 1420 0200 1938 4756]]",
    "my delivery driver [[PERSON|sione]] lost his phone, his new number is [[PHONE_NUMBER|0491 570 226]]. update the team roster message with it, and tell him the van alarm pin is still [[PASSWORD|6613]]",
    "a japanese client asked for my my number for their withholding paperwork. mine is [[ID_NUMBER|6203 8914 7522]]. is it safe to email it to [[PERSON|yuki tanabe]] in their accounts team?",
    "plan a delivery route for tomorrow morning from our bakery: first [[PERSON|mathilde]] at [[STREET_ADDRESS|22 rue des tanneurs, 69002 lyon]], then [[PERSON|anouk]] at [[STREET_ADDRESS|8 rue mercière, 69002 lyon]]",
    "make my email signature: [[PERSON|priya raghunathan]], bookkeeping for small shops, [[PHONE_NUMBER|98450 31772]], [[EMAIL_ADDRESS|priya@ledgerlane.in]]",
    "the api key for our shop app stopped working: [[API_KEY|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]]. why would it suddenly return 401?",
    "my employee [[PERSON|maia]] wants her payslips emailed to [[EMAIL_ADDRESS|maia.te.rangi@xtra.co.nz]] instead of printed, write a one-line consent form",
    "pin [[PASSWORD|830512]] for the card machine, ok to keep it in the notes app?",
    "help me write a firm but kind email to [[PERSON|wendell]], he cancelled his booking two hours before and our policy keeps the deposit",
    # other languages
    "¿Me ayudas a escribir un correo a mi proveedora [[PERSON|Remedios Alcántara]]? Le debo la factura de marzo y quiero pagarle a plazos. Su correo es [[EMAIL_ADDRESS|r.alcantara@ceramicasdelsur.es]] y mi móvil es [[PHONE_NUMBER|+34 612 738 405]].",
    "Bitte formuliere eine freundliche Mahnung an Herrn [[PERSON|Grzegorz Wójcik]] für die Rechnung 118. Überweisung bitte auf [[IBAN_CODE|DE29 3705 0299 1043 8275 61]], meine Steuer-ID ist [[ID_NUMBER|57183049621]].",
    "Peux-tu traduire en anglais : « Madame [[PERSON|Fatoumata Diallo]], votre commande de 40 bouquets sera livrée au [[STREET_ADDRESS|17 rue Paul Bert, 33000 Bordeaux]] samedi. Contact du livreur : [[PHONE_NUMBER|06 39 98 41 27]]. »",
    "Preciso calcular o salário líquido da minha funcionária [[PERSON|Luana Batista]], CPF [[ID_NUMBER|531.874.096-01]], que ganha R$ 2.300 por mês numa padaria pequena. Pode me ajudar?",
    "Scrivi un messaggio al mio commercialista, il dottor [[PERSON|Bellandi]], con il codice fiscale di mia moglie [[PERSON|Giovanna]]: [[ID_NUMBER|RSSGNN84M52L219K]]. Serve per la dichiarazione dei redditi.",
    "Kiracım [[PERSON|Emre Kılıç]] dükkanın kirasını yine geç ödedi. Ona kibar bir hatırlatma yazar mısın? Telefonu [[PHONE_NUMBER|+90 532 418 27 63]], TC kimlik numarası [[ID_NUMBER|30581764206]] sözleşmede yazıyor.",
    # English with capitals
    "Can you draft a polite email to my supplier Mr [[PERSON|Adeyemi]] asking why the last two pallets of rice arrived damaged? His address for returns is [[STREET_ADDRESS|Plot 14, Oba Akran Avenue, Ikeja, Lagos 100271]].",
    "Please check my payroll maths. [[PERSON|Chloe Whitfield]] worked 31.5 hours at £12.60 and [[PERSON|Osman Demir]] 24 hours at £13.10. Employer NI is zero for both because of the allowance, right?",
    "Write a WhatsApp to my client [[PERSON|Siobhán]] confirming her bathroom refit starts Monday at 8am. Her number is [[PHONE_NUMBER|+353 87 214 6630]].",
    "My accountant needs my UTR to file this year. It's [[ID_NUMBER|73819 46205]]. Write her a two-line email; her name is [[PERSON|Rhiannon Pugh]].",
    "I run a dog-grooming van. Can you make a booking confirmation template and fill in the first one: [[PERSON|Bartholomew Quist]], Saturday 10:30, [[STREET_ADDRESS|9 Orchard Row, Totnes TQ9 5HX]], mobile [[PHONE_NUMBER|07700 900542]].",
    "The landlord of my shop wants two months' deposit. He's [[PERSON|Ezra Feldman]], email [[EMAIL_ADDRESS|ezra@feldmanproperties.co.uk]]. Help me negotiate it down to one month.",
    "Our till admin password is [[PASSWORD|Till#Walnut7730]] and the manager PIN is [[PASSWORD|0614]]. Write instructions for my weekend staff that don't include either.",
    "Summarise this supplier dispute for my solicitor: we ordered 600 jars from Harbour Glass, they delivered 450, and their rep [[PERSON|Kwame Asante]] ([[PHONE_NUMBER|020 7946 0381]]) promised a credit note that never came.",
    "Translate to Spanish for my cleaner [[PERSON|Lupita]]: the alarm code changed to [[PASSWORD|4826]], please lock the back door when you leave.",
    "I invoice a US client as a freelancer and they sent me a W-8BEN. What goes in the foreign tax number box if my UK National Insurance number is [[ID_NUMBER|JT 48 62 19 C]]?",
    "Please reformat these customer details into one CSV row: [[PERSON|Ingrid Solberg]], [[EMAIL_ADDRESS|ingrid.solberg@online.no]], [[PHONE_NUMBER|+47 928 41 306]], [[STREET_ADDRESS|Thereses gate 38, 0168 Oslo]]",
    "My Stripe secret key leaked in a public commit: [[API_KEY|sk_live_51Hq8ZtKx2mP7vRw4Ld9NcY3bJ0eGfTa6U]]. What do I do first?",
    "Can you write a payslip note for [[PERSON|Ngozi]] explaining her overtime? Employee number [[ID_NUMBER|BK-0093]], six extra hours at time and a half.",
    "Help me reply to Mrs [[PERSON|Abernethy]], who says her wedding cake went to the wrong venue. We had [[STREET_ADDRESS|The Old Granary, 3 Mill Lane, Kelso TD5 7HP]] on the order form.",
    "What's the best way to share the door code ([[PASSWORD|1985*]]) for my rented kitchen so my two bakers can get in at 5am?",
    "Draft a late-payment letter to [[PERSON|Desmond Achterberg]] of DA Interiors Ltd for invoice 0457, £3,200, due on 14 March, adding statutory interest.",
    "Freelance photographer here. Client [[PERSON|Marisol Vega]] paid with card [[CREDIT_CARD|4539 7182 0463 5519]] over the phone and I wrote it on a sticky note. How do I dispose of that safely?",
    "Rewrite this more professionally: 'hey [[PERSON|Tobias]], ur oak boards are coming tmrw between 2-4 to [[STREET_ADDRESS|Hauptstraße 112, 79098 Freiburg]]'",
    "Our shared inbox for orders is [[EMAIL_ADDRESS|orders.pipandpetal@gmail.com]] with the password [[PASSWORD|PetalPost!2024]]. My new assistant [[PERSON|Jun-ho]] starts tomorrow; how do I give him access safely instead?",
    "Calculate holiday pay for my barista [[PERSON|Aroha]], who works irregular hours: 812 hours last year.",
    "Please write a thank-you card for my first ever client, [[PERSON|Grace]]. She booked me for twelve bookkeeping sessions and told all her friends.",
    "My supplier in Shenzhen, [[PERSON|陈志明]], wants a deposit before production. His WeChat is [[ID_NUMBER|chenzm_led88]]. Write a message asking for a proforma invoice first.",
    "Write a job ad for a part-time van driver. Applications to [[EMAIL_ADDRESS|pat.holloway@hollowayfreight.co.uk]] or call [[PERSON|Pat]] on [[PHONE_NUMBER|0113 496 0518]].",
    "How do I file a 1099-NEC for my contractor [[PERSON|Marcus Delgado]]? I paid him $8,400 for web work and his address is [[STREET_ADDRESS|2710 Pinecrest Dr, Boise, ID 83704]].",
    "Turn this into a polite Slack message: 'The server for the booking app is at [[IP_ADDRESS|198.51.100.23]], login [[ID_NUMBER|ops-fatima]], don't share it outside the team.'",
    "Need a rota for my café: [[PERSON|Beatriz]] Mon-Wed, [[PERSON|Kofi]] Thu-Sat, [[PERSON|Summer]] on Sundays. Each does seven hours.",
    "Write a short bio for my website: I'm [[PERSON|Hannelore Vogt]], a freelance copy editor in Leipzig. Contact: [[EMAIL_ADDRESS|h.vogt@lektorat-vogt.de]].",
    "Please help me write a complaint to the courier. The parcel for [[PERSON|Rashida Khatun]] at [[STREET_ADDRESS|Flat 3, 61 Brick Lane, London E1 6QL]] was marked delivered but she never got it.",
    "My marketplace seller account got locked. Seller email [[EMAIL_ADDRESS|mehmet.karadag.store@outlook.com]], merchant id [[ID_NUMBER|A3KX9QZ7L2M8VD]]. What evidence should I prepare?",
    "Add up this month's deliveries for my invoice to [[PERSON|Hollis]]: 14 crates on the 3rd, 9 on the 11th, 22 on the 19th and 17 on the 27th, at £6.40 a crate.",
    "Send a note to my shop's landlord, [[PERSON|Parveen Akhtar]], that the shutter is broken again. Her mobile is [[PHONE_NUMBER|07700 900764]].",
    "I'm a sole trader in Australia. My ABN is on my invoices, but a client asked for my TFN too: [[ID_NUMBER|715 248 062]]. Should I give it?",
    "Reply to [[PERSON|Olumide]], who wants to rent my spare shop unit: viewings Tuesday after 4, and the lockbox combination is [[PASSWORD|3-7-1-9]].",
    "Fix the grammar please: 'Dear Mr [[PERSON|Hartigan]], we was unable to deliver your sofa to [[STREET_ADDRESS|27 Ashgrove Park, Dundalk, A91 K2T8]] because nobody were home.'",
    "Help me set up payroll for my first employee in the Netherlands. Her BSN is [[ID_NUMBER|304182758]] and she starts on 1 May at 24 hours a week. Name: [[PERSON|Femke de Groot]].",
    "Make a table of my suppliers: Flourish Mills, contact [[PERSON|Ahmed Saleh]], [[PHONE_NUMBER|+971 50 384 2716]]; Cork & Co, contact [[PERSON|Lina Haddad]], [[EMAIL_ADDRESS|lina@corkandco.ae]].",
    "My new hire [[PERSON|Bongani Dlamini]] gave me his ID number [[ID_NUMBER|9106175314083]] for the UIF registration. Where do I register him as a small employer?",
    "Could you write a friendly nudge to [[PERSON|Yelena]]? She still hasn't returned the signed freelance contract. Her email is [[EMAIL_ADDRESS|yelena.sorokina.design@proton.me]].",
    "Check this transfer before I send it: 1,275.00 EUR to [[PERSON|Pieter Vandenberghe]], [[IBAN_CODE|BE12 0634 1827 5903]], reference 'shelving May'.",
    "As a locksmith I keep client gate codes in a spreadsheet, like 'Mrs [[PERSON|Coombes]], gate [[PASSWORD|2468A]]'. Is that OK under GDPR?",
    "Can you help me write to my GP? I'm [[PERSON|Thandiwe Mokoena]], NHS number [[ID_NUMBER|713 482 5698]]. Standing all day in my bakery has made my ankles swell and I'd like an appointment.",
    "Bookkeeping question: I paid my nephew [[PERSON|Callum]] £600 for building my shop website. Is that an allowable expense?",
    "Please draft an out-of-office for my pottery studio: closed 5 to 19 August, urgent orders to [[PERSON|Imogen]] on [[PHONE_NUMBER|07700900129]].",
    "My VPS login keeps failing. Host [[IP_ADDRESS|2001:db8:4a1::17]], user [[ID_NUMBER|deploy_kaito]], key passphrase [[PASSWORD|blue heron at noon]]. Walk me through checking the sshd logs.",
    "Write a reference letter for my former shop assistant [[PERSON|Mariam Yusuf]], who worked for me from 2021 to 2024 and handled cash-ups and deliveries.",
    "Can you translate this delivery note to German? 'Deliver to [[PERSON|Anselm]] at the back entrance, [[STREET_ADDRESS|Kirchgasse 4, 8001 Zürich]], ring [[PHONE_NUMBER|+41 79 482 31 57]].'",
    "I freelance in Canada. A client wants my SIN for a T4A slip: [[ID_NUMBER|046 318 572]]. Is it normal to send it by email?",
    "I need a friendly text to tell [[PERSON|Ikaika]] his surf lesson moved to Friday. Number: [[PHONE_NUMBER|(808) 555-0164]].",
    "Work out the pro-rata rent: my shop lease with [[PERSON|Lorcan Fitzsimons]] is £1,450 a month and I move in on the 18th of a 30-day month.",
    "Our accountant asked for the payroll portal login. Username [[ID_NUMBER|greenleaf.payroll]], password [[PASSWORD|Fern&Ledger_63]]. Is there a safer way to let her in?",
    "Help me politely decline a client. [[PERSON|Dominika]] wants 40 product photos by Friday for the price of 10.",
    "Summarise for my business partner: our supplier [[PERSON|Tiago Moura]] agreed a 7% discount if we pay by transfer to [[IBAN_CODE|ES08 2100 3864 1202 0051 7493]] within 10 days.",
    "Plan three days in Krakow for a trade fair. The hotel is booked under [[PERSON|Hemi Walker]], confirmation sent to [[EMAIL_ADDRESS|hemi.walker@kaimoana.co.nz]], and the fair's exhibitor portal password is [[PASSWORD|stand-B14-kauri]].",
    "Rewrite my voicemail greeting: 'You've reached [[PERSON|Dolores]] at Needle & Thread Alterations, leave a message or text [[PHONE_NUMBER|(412) 555-0138]].'",
    "My mum [[PERSON|Sushila]] helps in the shop on Saturdays. Do I have to put her on payroll if I give her £50 cash each week?",
    "The CCTV recorder in my shop is at [[IP_ADDRESS|192.0.2.140]], admin password [[PASSWORD|Camera!Lane42]]. How do I change the default port?",
    "Please compare two quotes for my van insurance. My policy number with the current insurer is [[ID_NUMBER|VNP-55820317]] and it renews next month.",
    "What's the Korean for 'your parcel is on the way'? I need to text my customer [[PERSON|박지훈]] at [[PHONE_NUMBER|010-4827-3361]].",
    "I want to thank my landlord, Mr [[PERSON|Osei]], for fixing the roof of the shop so quickly. Something short for a card.",
    "Work out my VAT return: sales £18,420 including VAT, purchases £6,310 including VAT. Also note my Government Gateway user ID, [[ID_NUMBER|417730925816]].",
    "Remind [[PERSON|Zanele]] in a message that the R1,500 deposit for the catering booking goes to account [[ID_NUMBER|62841937052]] by Friday.",
    "Fill in this delivery label: To [[PERSON|Ruairí Mac Giolla]], [[STREET_ADDRESS|Apartment 12, Harbour View, Dún Laoghaire, A96 X7P2]], phone [[PHONE_NUMBER|+353 86 305 7218]].",
    "My bakery's web shop has a key for the delivery partner: [[API_KEY|dlv_pk_9Fq2LxT7mR4wZ8cN1bV6yH3s]]. Can you write a cURL call that creates a delivery?",
    "Write an apology to Mrs [[PERSON|Winterbottom]]; we charged her twice for the same Christmas hamper and the refund is on its way.",
    "I'm a tutor. A parent asked me to keep her son's school login, [[ID_NUMBER|oli.berry27]] with password [[PASSWORD|Rocket-Sock-9]]. Write a polite no.",
    "Quick one: is [[IBAN_CODE|NL81 RABO 0318 4562 90]] a valid Dutch IBAN? It's for paying my freelancer [[PERSON|Sanne]].",
    "I'm a diabetic chef on late shifts. My clinic patient number is [[ID_NUMBER|PT-2280461]]; help me write questions for my nurse, [[PERSON|Adaeze]], about snacks during service.",
    "Please write a note to my daughter's teacher, Ms [[PERSON|Kowalczyk]], saying [[PERSON|Zuzana]] will miss Friday because she's helping at our market stall.",
    "Help me write a contract clause for a freelance illustrator, [[PERSON|Océane Marchand]], about revisions: two rounds included, then €45 an hour.",
    "My HR folder has [[PERSON|Dmitri Volkov]]'s passport number [[ID_NUMBER|753184206]] for right-to-work checks. How long must I keep it after he leaves?",
    "Split this three ways: dinner with clients came to £186.40. [[PERSON|Haruto]] pays a third, [[PERSON|Wren]] pays a third, and I pay the rest plus a 12% tip.",
    "Draft a notice for my staff: from Monday the stockroom keypad code is [[PASSWORD|57306]] and must not be written anywhere.",
    "Write a formal letter to HMRC about a late filing penalty. Name [[PERSON|Gideon Ashworth]], UTR [[ID_NUMBER|50417 82936]], address [[STREET_ADDRESS|41 Vicarage Road, Hebden Bridge HX7 8AD]].",
    "I sell jewellery online. A buyer, [[PERSON|Ji-woo]], asked for express delivery to [[STREET_ADDRESS|Flat 2B, 18 Wellington Street, Glasgow G2 6HJ]]. How much more should I charge?",
    "Help me reply to a customer, Staff Sgt [[PERSON|Renee Castellanos]], who wants two custom patches mailed to [[STREET_ADDRESS|Unit 2050 Box 317, DPO AP 96521]]. Does that ship at domestic rates?",
    "Make this email sound less angry: '[[PERSON|Brendan]], the flooring you supplied is the wrong colour and I have a client moving in on Saturday.'",
    "What's 17.5% of £2,360? It's the commission I owe my agent [[PERSON|Felicity Omondi]] for last quarter.",
    "Write a rent reminder to the couple in the flat over my shop, [[PERSON|Ewa]] and [[PERSON|Marek Zieliński]]: rent goes to [[IBAN_CODE|PL98 1050 1445 1000 2291 7438 6504]] by the 5th.",
    "My web host account is under [[EMAIL_ADDRESS|w.achebe@tinderboxprint.com]], customer number [[ID_NUMBER|CN-7714093]]. Help me write to support to move the domain into my new company's name. Should I also change the password, [[PASSWORD|Tinderbox1987]]?",
    "A short poem for my bakery team's end-of-year card, please: [[PERSON|Hyacinth]], [[PERSON|Luis]], [[PERSON|Precious]] and me.",
    "My son [[PERSON|Kai]] starts uni in September. Can you help him budget on £9,800 a year? His student finance reference is [[ID_NUMBER|SF-1184620739]].",
    "Which expense category does a £240 software subscription go in? I paid it on my personal Amex [[CREDIT_CARD|3741 826395 17428]] and I'm a sole trader.",
    "Text [[PERSON|Delphine]] at [[PHONE_NUMBER|2065550149]] that the flowers for the shop window arrive at nine.",
    "Call [[PERSON|Minh]] on [[PHONE_NUMBER|0491570318]].",
]

# 100 records in the style of synthetic PII benchmark datasets, one invented person each.
SYNTH = [
    "Name: [[PERSON|Olamide Bankole]] | Phone: [[PHONE_NUMBER|+234 803 417 2659]] | City: Abuja | Trade: tailoring",
    '{"customer": "[[PERSON|Freya Lindqvist]]", "email": "[[EMAIL_ADDRESS|freya.lindqvist@telia.se]]", "personnummer": "[[ID_NUMBER|790814-3626]]"}',
    '2024-05-14T09:12:44Z INFO login ok user=[[ID_NUMBER|a.mukherjee]] name="[[PERSON|Anirban Mukherjee]]" src=[[IP_ADDRESS|203.0.113.77]]',
    "Dear Mr [[PERSON|Tanaka]], your order of 12 ceramic bowls will be shipped to [[STREET_ADDRESS|2-14-7 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]] on Friday.",
    "Employee: [[PERSON|Soraya Haddadi]]; Employee ID: [[ID_NUMBER|HR-20931]]; Net pay: €2,184.50; IBAN: [[IBAN_CODE|FR88 3000 4028 3700 0194 8372 615]]",
    "Patient [[PERSON|Wiremu Tane]], NHI [[ID_NUMBER|ZKW4186]], reviewed for hypertension; contact [[PHONE_NUMBER|+64 21 384 9027]].",
    "Policyholder: [[PERSON|Gabriela Nunes]] — policy no. [[ID_NUMBER|HOM-7731-0042]] — risk address [[STREET_ADDRESS|Rua das Flores 212, 4050-265 Porto]]",
    "[[PERSON|Δημήτρης Καραγιάννης]], τηλ. [[PHONE_NUMBER|+30 694 512 3087]], ΑΜΚΑ [[ID_NUMBER|15038804173]]",
    "[[PERSON|Ольга Белова]], тел. [[PHONE_NUMBER|+7 916 284 71 53]], e-mail [[EMAIL_ADDRESS|olga.belova@yandex.ru]]",
    "[[PERSON|김서연]] 고객님, 주문하신 상품이 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로 58, 03991]]로 배송됩니다. 연락처 [[PHONE_NUMBER|010-7315-2846]]",
    "[[PERSON|محمد الزهراني]] — جوال [[PHONE_NUMBER|+966 55 218 4730]] — البريد [[EMAIL_ADDRESS|m.alzahrani@outlook.sa]]",
    "[[PERSON|王丽娟]]，身份证号 [[ID_NUMBER|320106198709234619]]，手机 [[PHONE_NUMBER|+86 139 1742 8305]]",
    "Onboarding: [[PERSON|Tyrone Beckett]], SSN [[US_SSN|529-47-1836]], start date 06/03/2024, direct deposit account [[ID_NUMBER|004418273356]]",
    "Bill to: [[PERSON|Margarethe Eder]], [[STREET_ADDRESS|Lindengasse 27/4, 1070 Wien]], Tel. [[PHONE_NUMBER|+43 664 381 2907]]",
    "Supplier contact: [[PERSON|Kenji Watanabe]] ([[EMAIL_ADDRESS|k.watanabe@hokuriku-paper.jp]]), mobile [[PHONE_NUMBER|090-3817-4462]]",
    "Payroll run 04/2024: [[PERSON|Chiamaka Eze]], NI number [[ID_NUMBER|PW 73 18 42 B]], gross £1,920.00, tax code 1257L",
    "Hi, I'm [[PERSON|Rosalind Achebe]], owner of a small print shop. Reach me at [[EMAIL_ADDRESS|rosalind@inkwellprints.co.uk]].",
    "Customer [[PERSON|Thiago Ribeiro]] paid with card [[CREDIT_CARD|5284 1937 6620 4183]] for order 88213.",
    "[[PERSON|Anneke Visser]] | BSN [[ID_NUMBER|162930586]] | IBAN [[IBAN_CODE|NL53 INGB 0007 3194 62]] | uren: 32 per week",
    "Clinical note: [[PERSON|Esperanza Quiroga]], 54, attended with chest tightness on exertion. MRN [[ID_NUMBER|40718326]].",
    "Delivery address: [[STREET_ADDRESS|Calle Sinaloa 118, Col. Roma Norte, 06700 Ciudad de México, CDMX]]; recipient [[PERSON|Fernanda Ibarra]], tel. [[PHONE_NUMBER|+52 55 4817 2093]]",
    "Account holder: [[PERSON|Lorenzo Bianchi]]; IBAN [[IBAN_CODE|IT37 X030 6909 6061 0000 0184 273]]; codice fiscale [[ID_NUMBER|BNCLRN79C18F205U]]",
    "username: [[ID_NUMBER|kpatel_bakes]] password: [[PASSWORD|Saffron*Loaf19]] owner: [[PERSON|Kiran Patel]]",
    "Member [[PERSON|Bridget Nakamura-Ellis]], gym membership [[ID_NUMBER|GYM-508214]], mobile [[PHONE_NUMBER|(617) 555-0193]]",
    "[[PERSON|Haruki Sato]] <[[EMAIL_ADDRESS|haruki.sato@icloud.com]]> wrote: please send the revised quote for 300 labels.",
    "Aadhaar: [[ID_NUMBER|5830 6174 2091]] | Name: [[PERSON|Lakshmi Venkataraman]] | Mobile: [[PHONE_NUMBER|+91 94431 27608]]",
    "Freelancer profile: [[PERSON|Nadia Rahman]], UX writer, Dhaka; portfolio login [[ID_NUMBER|nadia.writes]]; phone [[PHONE_NUMBER|+880 1712 458 903]]",
    "Landlord: [[PERSON|Cornelius Abara]]; premises let: [[STREET_ADDRESS|Shop 4, 22 Moi Avenue, Nairobi 00100]]; landlord phone [[PHONE_NUMBER|+254 722 518 390]]",
    "INSERT INTO clients (name, email, phone) VALUES ('[[PERSON|Marguerite Lefebvre]]', '[[EMAIL_ADDRESS|m.lefebvre@orange.fr]]', '[[PHONE_NUMBER|06 39 98 15 62]]');",
    "Claim form: insured [[PERSON|Kwabena Mensah]], policy [[ID_NUMBER|MTR-4410982]], contact [[EMAIL_ADDRESS|kmensah.transport@yahoo.com]]",
    "To whom it may concern: [[PERSON|Ilse Brandt]] has been employed by our bakery since 2019 as a shift supervisor, employee number [[ID_NUMBER|BK-2019-047]].",
    "[[PERSON|Sebastián Orrego]] · RUT [[ID_NUMBER|16.482.731-3]] · [[STREET_ADDRESS|Av. Providencia 1650, depto 804, Providencia, Santiago]]",
    "Tax record: [[PERSON|Jonas Schreiber]], Steuer-ID [[ID_NUMBER|82401793561]], Freiberufler (Grafikdesign)",
    "VIP guest: [[PERSON|Amara Okafor-Lewis]], room preferences noted, loyalty no. [[ID_NUMBER|LX-99120384]]",
    "From: [[PERSON|Declan Murphy]] [[EMAIL_ADDRESS|declan@murphyjoinery.ie]] Tel: [[PHONE_NUMBER|+353 21 430 7815]] PPS: [[ID_NUMBER|4719265G]]",
    "Staff record: [[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S7841362Z]], CPF contribution applies from this month",
    "API credentials for [[PERSON|Rufus Thornbury]]: key=[[API_KEY|AKx7Qp2Zr9LmW4tB8vNc0dYs]] secret=[[API_KEY|c3f8e1a97b2d4065f9ac7e18b24d60f3a5c9e7b1]]",
    "Reservation holder [[PERSON|Valentina Greco]], card on file [[CREDIT_CARD|4024 0071 8836 2478]], late arrival 22:30",
    "[[PERSON|Oskar Lindgren]], frilans snickare, personnummer [[ID_NUMBER|880229-5173]], tel [[PHONE_NUMBER|+46 70 318 42 96]]",
    "Contact card: [[PERSON|Precious Ndlovu]], cell [[PHONE_NUMBER|+27 82 471 3068]], [[STREET_ADDRESS|14 Jacaranda Street, Menlo Park, Pretoria 0081]]",
    "Vendor onboarding: [[PERSON|Ahmad Karimi]], bank [[IBAN_CODE|DE41 5001 0517 5417 9302 86]], email [[EMAIL_ADDRESS|a.karimi@karimi-logistik.de]]",
    "Forwarding address for SPC [[PERSON|Jasmine Whitaker]]: [[STREET_ADDRESS|PSC 4127, Box 2290, APO AE 09131]]",
    "Tedarikçi: [[PERSON|Yusuf Çelik]], tel. [[PHONE_NUMBER|+90 216 418 33 27]], e-posta [[EMAIL_ADDRESS|yusuf.celik@anadolukagit.com.tr]]",
    "Lease schedule: tenant [[PERSON|Imran Chaudhry]], rent account [[ID_NUMBER|RA-3318027]], monthly £980",
    "New booking: [[PERSON|Élodie Gauthier]] · 2 guests · 19:45 · [[PHONE_NUMBER|+33 6 39 98 72 04]]",
    "Pharmacy record: [[PERSON|Stanisław Kowal]], PESEL [[ID_NUMBER|92071518366]], repeat prescription for ramipril 5 mg",
    "Account [[ID_NUMBER|t.okonjo]] locked after 5 failed attempts from [[IP_ADDRESS|198.51.100.201]]; owner [[PERSON|Tolu Okonjo]]",
    "Shipping label: [[PERSON|Aiyana Redcloud]], [[STREET_ADDRESS|408 W Cedar Ave, Flagstaff, AZ 86001]]",
    "[[PERSON|Mateus Carvalho]] | [[EMAIL_ADDRESS|mateus.carvalho@uol.com.br]] | [[PHONE_NUMBER|+55 11 98472-3051]] | São Paulo",
    "Insurance: [[PERSON|Fiona MacLeod]] · NHS no. [[ID_NUMBER|452 906 1183]] · GP practice: Leith Walk Surgery",
    "Payroll: [[PERSON|Rahul Bhattacharya]], Aadhaar [[ID_NUMBER|3297 4105 8666]], salary credited to account [[ID_NUMBER|50100284736190]]",
    "Note to file: [[PERSON|Agata Nowicka]] called from [[PHONE_NUMBER|+48 601 284 937]] about her overdue invoice and promised payment on Friday.",
    "Profile: [[PERSON|Liam O'Sullivan]], 34, carpenter, Cork. Instagram @[[ID_NUMBER|liam.makes.tables]]",
    "[[PERSON|Noor Al-Hashimi]] · Emirates ID [[ID_NUMBER|784-1988-4716203-3]] · mobile [[PHONE_NUMBER|+971 55 740 1836]]",
    "Driver licence [[ID_NUMBER|MORGA753116SM9IJ]] held by [[PERSON|Sam Morgan]], vehicle: Ford Transit",
    "2024-03-28 CREDIT 1,150.00 FROM [[PERSON|ADEBAYO OLUWASEUN]] REF INV0912 ACC [[ID_NUMBER|30927714]]",
    "Guest registration: [[PERSON|Mirela Popescu]], CNP [[ID_NUMBER|2850312403175]], room 4, Wi-Fi key issued [[PASSWORD|brazi-verde-71]]",
    "[[PERSON|Antoine Dubois]], NIR [[ID_NUMBER|1 78 11 69 383 052 68]], consultant indépendant, Lyon",
    "[[PERSON|Camille Rousseau]] ; n° de sécurité sociale [[ID_NUMBER|2 91 06 75 114 327 47]] ; adhérent mutuelle [[ID_NUMBER|MUT-448120]]",
    "Card payment declined: cardholder [[PERSON|Henrik Nygaard]], PAN [[CREDIT_CARD|5471 0826 3395 7128]], reason insufficient funds",
    "[[PERSON|Sigrid Haugen]] · fødselsnummer [[ID_NUMBER|25079341838]] · [[STREET_ADDRESS|Møllergata 19, 0179 Oslo]]",
    "Contractor: [[PERSON|João Ferraz]], NIF [[ID_NUMBER|238471594]], e-mail [[EMAIL_ADDRESS|joao.ferraz.obras@sapo.pt]]",
    "[[PERSON|Marta Sánchez Ruiz]], DNI [[ID_NUMBER|53917248G]], autónoma, teléfono [[PHONE_NUMBER|+34 655 201 738]]",
    "Registro: [[PERSON|Karim Benali]], NIE [[ID_NUMBER|Y4081736D]], domicilio [[STREET_ADDRESS|Calle de Embajadores 87, 3º B, 28012 Madrid]]",
    "[[PERSON|Aoife Brennan]], [[STREET_ADDRESS|12 Mill Street, Westport, Co. Mayo F28 H6X3]], mob [[PHONE_NUMBER|+353 85 741 2093]]",
    "Tenant reference: [[PERSON|Benedikt Huber]], [[STREET_ADDRESS|Sendlinger Straße 44, 80331 München]], Tel. [[PHONE_NUMBER|+49 30 23125 614]]",
    "[[PERSON|Ayesha Siddiqui]], CNIC [[ID_NUMBER|42101-7384615-2]], home tutor, Karachi",
    "Merchant KYC: [[PERSON|Emeka Nwosu]], BVN [[ID_NUMBER|22184703956]], email [[EMAIL_ADDRESS|emeka.nwosu@nwosufabrics.com.ng]]",
    "[[PERSON|Louise Tremblay]], NAS [[ID_NUMBER|613 947 209]], [[STREET_ADDRESS|2280 rue Saint-Denis, Montréal (Québec) H2X 3K9]]",
    "HR file: [[PERSON|Shira Ben-David]], teudat zehut [[ID_NUMBER|304172653]], part-time bookkeeper",
    "[[PERSON|Hrafnhildur Einarsdóttir]], kennitala [[ID_NUMBER|220384-2769]], Reykjavík",
    "[[PERSON|Kateřina Dvořáková]], rodné číslo [[ID_NUMBER|845312/5714]], Praha 6",
    "[[PERSON|Oleksandr Bondarenko]], РНОКПП [[ID_NUMBER|3182057467]], ФОП, Київ",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49008152728]], [[EMAIL_ADDRESS|kadri.tamm@hot.ee]]",
    "[[PERSON|Mikko Virtanen]], henkilötunnus [[ID_NUMBER|120481-738N]], puh. [[PHONE_NUMBER|+358 40 718 2946]]",
    "Resident registration: [[PERSON|Choi Ji-yeon]] [[ID_NUMBER|830417-2154861]], Busan",
    "Sole trader [[PERSON|Matilda Brooks]], TFN [[ID_NUMBER|396182507]], Medicare [[ID_NUMBER|4183 52764 1]]",
    "[[PERSON|Harrison Doyle]], mobile [[PHONE_NUMBER|0491 570 884]], [[STREET_ADDRESS|7/33 Brunswick Street, Fitzroy VIC 3065]]",
    "Belgian client: [[PERSON|Wout Peeters]], rijksregisternummer [[ID_NUMBER|85.07.22-318.80]]",
    "Supplier contact: [[PERSON|黄伟]] <[[EMAIL_ADDRESS|huangwei@szledtech.cn]]>, WeChat [[ID_NUMBER|hw_shenzhen77]]",
    "[[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|T0593817H]], part-time cashier",
    "ssh key comment [[EMAIL_ADDRESS|gbarros@fieldnotes.dev]] added on host [[IP_ADDRESS|2001:db8:7c0::2a]], owner [[PERSON|Gil Barros]]",
    "2024-02-03 11:07 [[PERSON|Beatrix Holloway]] reset her password to [[PASSWORD|Marigold&Rain88]] from the front desk",
    "Alarm company record: [[PERSON|Percival Odhiambo]], premises [[STREET_ADDRESS|Unit 3, Riverside Works, 18 Quay Street, Bristol BS1 4DZ]], disarm code [[PASSWORD|4093]]",
    "Freelance invoice from [[PERSON|Nils Eriksson]]: please pay to [[IBAN_CODE|SE66 5000 0000 0518 4739 2061]]",
    "Payee: [[PERSON|Rūta Kazlauskienė]], IBAN [[IBAN_CODE|LT98 7304 4060 8192 8475 63]]",
    "Staff list: [[PERSON|Pilar Etxeberria]], pastry section, email [[EMAIL_ADDRESS|pilar.etxeberria@hornoetxe.eus]]",
    "[[PERSON|Zhou Mei]], shop account [[ID_NUMBER|zm_88shop]], phone [[PHONE_NUMBER|+86 186 2039 4417]]",
    "Swiss client: [[PERSON|Reto Ammann]], IBAN [[IBAN_CODE|CH92 0076 2011 8352 0491 7]], [[STREET_ADDRESS|Bahnhofstrasse 71, 8001 Zürich]]",
    "Complaint logged by [[PERSON|Beatriz Salgado]] ([[EMAIL_ADDRESS|bea.salgado@gmail.com]]) about a damaged parcel.",
    "Visitor badge: [[PERSON|Tariq Mahmood]], host: accounts, phone [[PHONE_NUMBER|07700 900287]]",
    "お届け先: [[STREET_ADDRESS|〒150-0002 東京都渋谷区渋谷3-21-8]] [[PERSON|小林 結衣]] 様 電話 [[PHONE_NUMBER|080-4172-3958]]",
    "[[PERSON|Ananya Iyer]], PAN [[ID_NUMBER|BQRPI4827K]], [[STREET_ADDRESS|No. 18, 4th Cross, Indiranagar, Bengaluru 560038]]",
    "Loan record: borrower [[PERSON|Gwendolyn Price]], loan account [[ID_NUMBER|LN-60218834]], monthly instalment £312",
    "Intake form. Name: [[PERSON|Ignacio Paredes]]; DOB: 02/11/1979; Phone: [[PHONE_NUMBER|(305) 555-0127]]; Member ID: [[ID_NUMBER|XQH847201356]]",
    "[[PERSON|Kalani Akana]] | [[EMAIL_ADDRESS|kalani@akanasurfco.com]] | token [[API_KEY|ghp_R4tW8xKq2LmZ7nB0vY5cJ3sD9fH1pG6eA2uQ]]",
    "Dear Ms [[PERSON|Adeleke]], your payslip for March is attached. Password to open it: [[PASSWORD|ADE1204]].",
    "Emergency contact for [[PERSON|Björn Åkesson]]: [[PHONE_NUMBER|+46 73 512 08 47]]",
    "Salon owner [[PERSON|Shirin Tehrani]], [[STREET_ADDRESS|5 Albion Terrace, Brighton BN2 9NA]], [[EMAIL_ADDRESS|shirin.cuts@btinternet.com]]",
    "Intern [[PERSON|Chinonso]], building access card [[ID_NUMBER|AC-77120]], lab PIN [[PASSWORD|6082]]",
]

# 25 MT-Bench- and Vicuna-style prompts: writing, reasoning, coding, role-play, STEM.
CLEAN_MTBENCH = [
    "Compose a short travel blog post about a rainy weekend in a small lighthouse town, ending with three tips for visitors.",
    "Explain to a ten-year-old why the sky turns red at sunset, in no more than five sentences.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Pretend you are Sherlock Holmes and deduce what a muddy bicycle left outside a library might reveal about its owner.",
    "A train leaves a station at 3pm at 80 km/h; a second train leaves the same station at 4pm at 100 km/h on the same track. When does the second catch the first? Show your reasoning.",
    "Summarise the main causes of the French Revolution in one paragraph for a secondary-school audience.",
    "Act as a Socratic tutor and question me about whether mathematics is discovered or invented.",
    "Write a SQL query that finds the three products with the highest total sales in each region of a sales table.",
    "Describe how vaccines train the immune system, then rewrite the explanation as a limerick.",
    "Which is heavier, a kilogram of feathers or a kilogram of iron? Explain why people often get it wrong.",
    "Write a dialogue between Ada Lovelace and Charles Babbage about whether machines could one day compose music.",
    "Draft a product description for a solar-powered camping lantern aimed at families with young children.",
    "Explain the difference between a process and a thread in an operating system, using a kitchen analogy.",
    "Imagine you are Captain Nemo. Describe the view from the Nautilus during a night dive near a coral reef.",
    "Suggest five names for a bakery that specialises in sourdough, each with a one-line tagline.",
    "Solve for x: 3x + 7 = 2x - 5, and explain each step as if to a beginner.",
    "Write a sequence of four haiku about the seasons in a city park.",
    "What are the main arguments for and against a four-day working week? Present them in a balanced table.",
    "Implement binary search in JavaScript and describe two common off-by-one mistakes people make with it.",
    "Role-play as Hermione Granger giving study tips to a nervous first-year student before exams.",
    "Extract all the dates from this sentence and list them in ISO format: 'The festival ran from 3 March 2021 to 9 March 2021 and resumed on 1 April.'",
    "Explain entropy in thermodynamics to someone who knows basic algebra but no physics.",
    "Write a story of about 150 words that begins with the line 'The clock in the hallway stopped at exactly midnight.'",
    "Compare the wartime leadership styles of Abraham Lincoln and Winston Churchill in three short paragraphs.",
    "Rewrite this sentence in formal English: 'gonna need those reports asap, thx.'",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Maya bakes 48 cookies and packs them into bags of 6. She sells each bag for $3. How much money does she make if she sells every bag?",
    "A farmer has 120 chickens. He sells a quarter of them and then buys 15 more. How many chickens does he have now?",
    "Tomas reads 12 pages a day. His book has 300 pages and he has already read 84. How many more days does he need to finish it?",
    "A bus holds 42 passengers. If 7 buses are full and an eighth bus is half full, how many passengers are there in total?",
    "Priyanka buys 3 notebooks at $2.50 each and 4 pens at $1.25 each. She pays with a $20 bill. How much change does she get?",
    "Jonah runs 5 kilometres on weekdays and 8 kilometres on each day of the weekend. How far does he run in 3 weeks?",
    "A florist sells roses for $2 each or a dozen for $20. Elena buys 30 roses as cheaply as possible. How much does she spend?",
    "Kwesi has twice as many marbles as Ada. Together they have 57 marbles. How many marbles does Kwesi have?",
    "A recipe needs 250 grams of flour for 10 pancakes. How many grams of flour are needed for 36 pancakes?",
    "Lucia saves $15 every week. She wants to buy a bicycle that costs $240. After 9 weeks, how much more does she need to save?",
    "A shop sells a jacket for $80 and then offers 25% off. A week later it takes a further $10 off the sale price. What is the final price?",
    "Ravi plants 6 rows of tomatoes with 14 plants in each row. If each plant gives 3 kilograms of tomatoes, how many kilograms does he harvest?",
    "A tank holds 1,200 litres of water. It leaks 35 litres an hour. How much water is left after 16 hours?",
    "Mei collects stamps. She has 45 stamps and buys packs of 12. How many packs must she buy to have at least 150 stamps?",
    "Oscar works 7.5 hours a day for 5 days and earns $18 an hour. How much does he earn that week?",
    "A school trip costs $420 for the bus plus $12 per student. If 28 students go, what is the cost per student when everything is shared equally?",
    "Fatou makes necklaces with 24 beads each. She has 500 beads. How many complete necklaces can she make, and how many beads are left over?",
    "A car uses 6 litres of fuel per 100 kilometres. Fuel costs $1.80 a litre. How much does a 350-kilometre trip cost?",
    "Noah is 4 years older than his sister Lily. In 5 years the sum of their ages will be 32. How old is Lily now?",
    "A library had 2,500 books. It lent out 18% of them and received 120 new books. How many books are on the shelves now?",
    "Ines buys a laptop for $900 and pays in 6 equal monthly instalments with a $60 fee added at the start. How much is each instalment?",
    "A baker uses 3 eggs for every 2 cakes. How many eggs does she need to bake 50 cakes?",
    "Dmitri cycles at 18 kilometres an hour. How many minutes does it take him to cycle 24 kilometres?",
    "A garden is 12 metres long and 7 metres wide. Grass seed covers 20 square metres per bag. How many bags are needed to cover the whole garden?",
    "Amara has $50. She spends a fifth on lunch and half of what remains on a book. How much money does she have left?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which organelle is the main site of ATP production in eukaryotic cells? A. Nucleus B. Mitochondrion C. Ribosome D. Golgi apparatus",
    "Who formulated the three laws of planetary motion? A. Galileo Galilei B. Johannes Kepler C. Tycho Brahe D. Nicolaus Copernicus",
    "What is the derivative of sin(x) with respect to x? A. cos(x) B. -cos(x) C. -sin(x) D. tan(x)",
    "Which treaty ended the First World War between Germany and the Allied Powers? A. Treaty of Paris B. Treaty of Versailles C. Treaty of Utrecht D. Treaty of Westphalia",
    "In economics, what does a price ceiling set below the equilibrium price usually cause? A. A surplus B. A shortage C. No change D. Deflation",
    "Which element has the chemical symbol Na? A. Nitrogen B. Neon C. Sodium D. Nickel",
    "Who wrote 'The Wealth of Nations'? A. David Ricardo B. John Maynard Keynes C. Adam Smith D. Karl Marx",
    "What is the time complexity of searching a balanced binary search tree? A. O(1) B. O(log n) C. O(n) D. O(n log n)",
    "Which part of the brain is chiefly responsible for coordinating balance? A. Cerebellum B. Hippocampus C. Medulla D. Frontal lobe",
    "Which philosopher wrote 'Critique of Pure Reason'? A. Hegel B. Descartes C. Immanuel Kant D. Spinoza",
    "What is the SI unit of electrical resistance? A. Volt B. Ampere C. Ohm D. Watt",
    "Under the US Constitution, which branch has the power to declare war? A. The President B. Congress C. The Supreme Court D. The Secretary of Defense",
    "Which of these is a prime number? A. 51 B. 57 C. 59 D. 63",
    "Marie Curie won Nobel Prizes in which two fields? A. Physics and Chemistry B. Chemistry and Medicine C. Physics and Medicine D. Chemistry and Peace",
    "In accounting, which statement shows a company's assets, liabilities and equity at a point in time? A. Income statement B. Cash flow statement C. Balance sheet D. Statement of retained earnings",
    "Which gas makes up most of Earth's atmosphere? A. Oxygen B. Carbon dioxide C. Argon D. Nitrogen",
    "What is the value of log base 2 of 64? A. 5 B. 6 C. 8 D. 32",
    "Which empire was ruled by Mansa Musa? A. Songhai B. Mali C. Ghana D. Aksum",
    "In psychology, classical conditioning is most closely associated with: A. B. F. Skinner B. Ivan Pavlov C. Jean Piaget D. Carl Rogers",
    "Which vitamin deficiency causes scurvy? A. Vitamin A B. Vitamin B12 C. Vitamin C D. Vitamin D",
    "What does the 'S' in the acronym HTTPS stand for? A. Simple B. Secure C. Server D. Session",
    "Which of the following is an example of a monopoly's key feature? A. Many sellers B. Free entry C. A single seller with no close substitutes D. Perfect information",
    "Who led the Indian independence movement's Salt March in 1930? A. Jawaharlal Nehru B. Mahatma Gandhi C. Subhas Chandra Bose D. B. R. Ambedkar",
    "What is the pH of a neutral solution at 25 °C? A. 0 B. 5 C. 7 D. 14",
    "In contract law, which of these is NOT usually required for a valid contract? A. Offer B. Acceptance C. Consideration D. A written signature in every case",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks but no fever. When should I see a doctor about it?",
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "What are the early signs of type 2 diabetes that people tend to miss?",
    "My ankles swell by the evening after standing at work all day. What can I do to reduce it?",
    "How much sleep does a teenager really need, and does catching up at weekends help?",
    "Can stress cause chest pain, or should chest pain always be checked out?",
    "What is the difference between a cold and the flu, and when is it worth staying home from work?",
    "I get headaches most afternoons. Could it be dehydration or screen time?",
    "How long after a tetanus shot can I expect my arm to stop aching?",
    "Are there exercises that help with lower back pain from sitting at a desk?",
    "What should I eat before a blood test that says fasting is required?",
    "Is it normal for a toddler to have a runny nose for most of the winter?",
    "How do I know if a burn from a hot oven tray needs medical attention?",
    "What blood pressure reading counts as high for an adult in their fifties?",
    "Can I drink coffee while taking antibiotics?",
    "My hands get numb at night. What could cause that and which specialist deals with it?",
    "How often should an adult have a dental check-up if their teeth feel fine?",
    "Is heartburn after every meal something to worry about?",
    "What are the warning signs of a stroke that everyone should know?",
    "How can I tell whether a mole has changed enough to get it checked?",
    "Does walking 10,000 steps a day actually matter, or is a smaller number fine?",
    "What are the side effects of starting a statin, and do they wear off?",
    "I'm pregnant and have a cold. Which medicines are generally considered safe?",
    "How can shift workers keep a healthy sleep routine when their hours keep changing?",
    "What is the best way to clean a small cut on the finger from a kitchen knife?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "713 482 5698": nhs_ok,  # NHS number
    "452 906 1183": nhs_ok,
    "304182758": bsn_ok,  # Dutch BSN
    "162930586": bsn_ok,
    "53917248G": dni_ok,  # Spanish DNI
    "Y4081736D": dni_ok,  # Spanish NIE
    "RSSGNN84M52L219K": codice_fiscale_ok,  # Italian codice fiscale
    "BNCLRN79C18F205U": codice_fiscale_ok,
    "5830 6174 2091": aadhaar_ok,  # Indian Aadhaar
    "3297 4105 8666": aadhaar_ok,
    "790814-3626": luhn_len(10),  # Swedish personnummer
    "880229-5173": luhn_len(10),
    "046 318 572": luhn_len(9),  # Canadian SIN
    "613 947 209": luhn_len(9),
    "92071518366": pesel_ok,  # Polish PESEL
    "531.874.096-01": cpf_ok,  # Brazilian CPF
    "30581764206": kimlik_ok,  # Turkish kimlik
    "320106198709234619": china_id_ok,  # Chinese resident identity number
    "S7841362Z": nric_ok,  # Singapore NRIC
    "T0593817H": nric_ok,
    "830417-2154861": rrn_ok,  # Korean resident registration number
    "715 248 062": tfn_ok,  # Australian tax file number
    "396182507": tfn_ok,
    "4183 52764 1": medicare_ok,  # Australian Medicare card
    "4719265G": pps_ok,  # Irish PPS number
    "2 91 06 75 114 327 47": nir_ok,  # French NIR
    "1 78 11 69 383 052 68": nir_ok,
    "25079341838": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238471594": nif_ok,  # Portuguese NIF
    "2850312403175": cnp_ok,  # Romanian CNP
    "16.482.731-3": rut_ok,  # Chilean RUT
    "57183049621": steuer_id_ok,  # German tax id
    "82401793561": steuer_id_ok,
    "ZKW4186": nhi_ok,  # New Zealand NHI
    "120481-738N": hetu_ok,  # Finnish henkilötunnus
    "9106175314083": luhn_len(13),  # South African id
    "6203 8914 7522": my_number_ok,  # Japanese My Number
    "85.07.22-318.80": belgian_id_ok,  # Belgian national number
    "49008152728": isikukood_ok,  # Estonian isikukood
    "304172653": luhn_len(9),  # Israeli teudat zehut
    "15038804173": luhn_len(11),  # Greek AMKA
    "220384-2769": kennitala_ok,  # Icelandic kennitala
    "845312/5714": rodne_cislo_ok,  # Czech rodné číslo
    "3182057467": rnokpp_ok,  # Ukrainian RNOKPP
    "784-1988-4716203-3": luhn_len(15),  # Emirates ID
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0161 496 0\d{3}",  # Manchester drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same, typed without separators
        r"0491 ?570 ?\d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"\+49 30 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"9\d{4} \d{5}",  # India mobile, national layout
        r"\+(7|27|30|34|41|43|46|47|48|52|55|64|86|90|91|234|254|353|358|880|966|971) [\d -]+\d",
    )
]

SCRIPTS = {
    "Arabic": re.compile(r"[\u0600-\u06ff]"),
    "Greek": re.compile(r"[\u0370-\u03ff]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Hangul": re.compile(r"[\uac00-\ud7a3]"),
    "Han": re.compile(r"[\u4e00-\u9fff]"),
}


def check_mix() -> None:
    """One person a record with one to four values besides the name, names in five other
    scripts, a military address in each section; chat requests that name people and carry
    secrets; the number of lower-case texts."""
    for marked in SYNTH:
        names = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(names) != 1:
            raise SystemExit(f"synth: {len(names)} people in {marked[:60]!r}")
    synth_names = [s["value"] for t in SYNTH for s in marked_spans(t) if s["type"] == "PERSON"]
    for script, letters in SCRIPTS.items():
        if not any(letters.search(name) for name in synth_names):
            raise SystemExit(f"synth: no name in {script} script")
    for section, texts in (("chat", CHAT), ("synth", SYNTH)):
        addresses = [s["value"] for t in texts for s in marked_spans(t)]
        if not any(re.search(r"\b(APO|DPO|FPO) (AA|AE|AP)\b", a) for a in addresses):
            raise SystemExit(f"{section}: no military address")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 20:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    lower = sum(is_lower(t) for t in CHAT)
    if lower != LOWER_CHAT:
        raise SystemExit(f"chat: {lower} lower-case texts, want {LOWER_CHAT}")


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
    check_counts("chat", CHAT, CHAT_WORDS, (1, 10))
    check_counts("synth", SYNTH, SYNTH_WORDS, (2, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind89", HERE, sections, {"chat", "synth"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
