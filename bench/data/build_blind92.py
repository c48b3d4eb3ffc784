# ruff: noqa: E501
"""A ninety-second blind privacy set: 220 texts with personal data and 100 clean ones, on
online shopping, deliveries, refunds, banking and insurance claims.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant, written by customers and
  support agents, asking it to draft, reply, translate, summarise, fix, plan, calculate or
  advise about order disputes, lost parcels, refunds, chargebacks, loans, mortgages and
  insurance claim forms; the first 30 are typed all in lower case, the next 6 in Spanish,
  French, German, Portuguese, Italian and Dutch, the rest in English with capitals. Names
  of many origins: first names alone, surnames after titles, full names, lower-case names,
  names with non-English letters, names that are ordinary words and a few in Cyrillic,
  Japanese, Greek and Arabic script;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research sentences, Nannigalaxy-style records): one invented person each with
  one to four values besides the name, as prose sentences, labelled profile lines, form
  rows, JSON fragments, log lines and short letters.

Usernames and logins, account, customer, member, employee, patient, policy and loan
numbers, passports, driver licences and national and tax ids are ID_NUMBER; PINs, door,
gate, locker and parcel-locker codes, one-time codes, Wi-Fi keys, passphrases and passwords
PASSWORD; US social security numbers US_SSN; titles and relation words (Mr, Mrs, Ms, Dr,
my mum) stay outside PERSON spans; an address span runs from the street line through the
postcode and city as typed; public figures, fictional characters, pets, brands, shops,
places, order, ticket, invoice, refund, claim and tracking numbers and dates of birth are
not labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data: 25 MT-Bench/Vicuna-style prompts (writing, reasoning, coding, role-play,
STEM), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items with
options A to D and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in the
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (Spanish DNI, French
NIR, German tax id, Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, NHS number,
Italian codice fiscale, Portuguese NIF, Canadian SIN, Indian Aadhaar, Australian TFN,
Singapore NRIC, Irish PPS number, Belgian national number, South African id).

Run ``.venv/bin/python bench/data/build_blind92.py`` from the repository root; the output is
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
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme|Signora|Mevrouw)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests by customers and support agents: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    "hi, can you help me write a complaint to the courier? my parcel never arrived at [[STREET_ADDRESS|14 birchwood close, leeds ls6 2qp]]. sign it from [[PERSON|tomasz wójcik]] and add my number [[PHONE_NUMBER|07700 900318]]",
    "draft a chargeback request to my bank. the merchant charged my card [[CREDIT_CARD|4539 1720 4861 7350]] twice for the same blender. my name is [[PERSON|priya raghunathan]] and my customer number is [[ID_NUMBER|cus-2280417]]",
    "reply to this customer for me, keep it polite and say 5 working days: 'hi its [[PERSON|dale]] again, refund still not here, email me at [[EMAIL_ADDRESS|dale.okafor77@gmail.com]]'",
    "my online banking password is [[PASSWORD|sunflower!ridge42]]. is it strong enough or should i change it before i apply for the mortgage?",
    "summarise this claim note in two lines: policyholder [[PERSON|grace nwosu]], policy [[ID_NUMBER|hx-44719203]], kitchen flood on 3 march, contractor quote £4,200, call back on [[PHONE_NUMBER|07700900452]]",
    "translate into polish for my neighbour: please collect my parcel from the locker by the shop, the code is [[PASSWORD|558201]]. thanks, [[PERSON|kasia]]",
    "can you calculate how much interest i'll pay in total? loan account [[ID_NUMBER|ln-5520391]], £18,000 at 6.9% apr over 5 years. i'm [[PERSON|owen pritchard]]",
    "fix the grammar: dear sir i am writing about order 88213 i receive wrong size and nobody answer my emails. regards [[PERSON|ngozi eze]], [[EMAIL_ADDRESS|ngozi.eze@outlook.com]]",
    "my mum [[PERSON|hilda brennan]] got a text saying her parcel is held and she must pay £1.99 at a link. her phone is [[PHONE_NUMBER|07700 900631]]. is it a scam and what should she do?",
    "write a short message to my bank: please change my address from [[STREET_ADDRESS|22 rue des lilas, 69003 lyon]] to [[STREET_ADDRESS|5 allée des peupliers, 33000 bordeaux]]. account holder [[PERSON|camille roussel]]",
    "plan how to pay off my credit card [[CREDIT_CARD|5276 8401 9362 8471]] in a year. balance £3,150, 24.9% apr, i can spare about £300 a month",
    "hey, draft a reply to [[PERSON|jamal]] from support: his refund for the headphones went to his paypal [[EMAIL_ADDRESS|jamal.r@protonmail.com]] instead of his card, explain why and say sorry",
    "my insurer wants my national insurance number on the claim form, is it safe to email it? it's [[ID_NUMBER|jk 48 19 27 c]]",
    "what does this mean when i log into the insurer app: 'user [[ID_NUMBER|m.oyelaran92]] locked after 5 failed attempts from [[IP_ADDRESS|198.51.100.47]]'",
    "write an apology email from our shop to [[PERSON|sunita]] for sending the wrong colour rug, and offer a free return label to [[STREET_ADDRESS|71 ashgrove road, bristol bs7 9lh]]",
    "help me fill in a claim form: name [[PERSON|ferdinand okoro]], phone [[PHONE_NUMBER|(415) 555-0163]], email [[EMAIL_ADDRESS|f.okoro@yahoo.com]], ssn [[US_SSN|214-63-8075]]. what should i write under 'description of incident' for a stolen bike?",
    "my sister [[PERSON|maeve]] keeps forgetting her banking app pin, [[PASSWORD|0614]]. suggest a safer way to remember it than a post-it on the fridge",
    "calculate the refund: [[PERSON|li wei]] bought 3 lamps at $42 each, returned 2, and we charge a 10% restocking fee. customer id [[ID_NUMBER|c-90031872]]",
    "chargeback dispute: customer [[PERSON|rosa delgado]] says she never got order 55190, but tracking shows it delivered to [[STREET_ADDRESS|1840 w pico blvd apt 3, los angeles, ca 90015]]. write our response to the bank",
    "i think our payment key leaked in a public repo: [[API_KEY|sk_live_51hq8zt2lmxv0apr7ke3wnu9c]]. what should i do first?",
    "reply to this message from a tenant, say the deposit refund goes out friday: 'hiya, it's [[PERSON|bev]] from flat 2, send the deposit to [[IBAN_CODE|gb68 midl 4017 2638 4950 27]] please'",
    "what documents do i need for a home insurance claim after a break-in? my policy number is [[ID_NUMBER|hm7720519]] and the house is [[STREET_ADDRESS|9 kirkgate, dumfries dg1 2hd]]",
    "make this shorter: i, [[PERSON|benedikt schäfer]], authorise the return of item 3 from order 44710 and the refund of its price to my visa card [[CREDIT_CARD|4916 8350 2719 4632]]",
    "advice pls, a guy called [[PERSON|marcus hale]] on marketplace wants me to ship the phone first and says he will pay via [[EMAIL_ADDRESS|marcushale.deals@gmail.com]]. red flags?",
    "draft a note to hr: please pay my salary into the new account [[IBAN_CODE|nl10 rabo 0382 9461 75]] from next month. employee no [[ID_NUMBER|e-30418]]. thanks, [[PERSON|joost]]",
    "i'm [[PERSON|ama boateng]], [[PHONE_NUMBER|0491 570 228]], my car was hit in a supermarket car park. write the first notice of loss for my insurer in 80 words",
    "can you check this log for fraud? login ok user [[ID_NUMBER|rkapoor]] ip [[IP_ADDRESS|203.0.113.88]], then password reset from [[IP_ADDRESS|203.0.113.201]], then a new payee added",
    "the driver left my parcel at number 16 instead of [[STREET_ADDRESS|61 ferndale avenue, hull hu5 3tr]]. write a message to the shop. i'm [[PERSON|gloria]], order 7731920",
    "my bank called and asked me to read back the one-time code [[PASSWORD|482913]] from my texts. the caller said she was [[PERSON|karen doyle]] from fraud. was this phishing?",
    "make a table of what i'm still owed: zalando £64, argos £19.99, and £35 from the ebay seller [[ID_NUMBER|vintage_by_noor]]. refunds go to my paypal [[EMAIL_ADDRESS|noor.haddad@icloud.com]]",
    "¿Puedes redactar una reclamación a mi aseguradora? Soy [[PERSON|Lucía Fernández Ortega]], DNI [[ID_NUMBER|39174825Y]], póliza [[ID_NUMBER|MAP-2231904]]. El granizo rompió el parabrisas del coche. Mi teléfono es [[PHONE_NUMBER|+34 612 448 903]].",
    "Peux-tu corriger ce courrier ? « Madame, je conteste le prélèvement sur ma carte [[CREDIT_CARD|5358 0271 6493 0281]] pour une commande jamais reçue. Cordialement, [[PERSON|Hélène Marchetti]], [[STREET_ADDRESS|12 boulevard Voltaire, 75011 Paris]] » Faut-il ajouter mon numéro de sécurité sociale [[ID_NUMBER|2 87 06 75 118 042 20]] ?",
    "Bitte übersetze ins Englische: Sehr geehrte Damen und Herren, die Rückerstattung für Bestellung 66120 ist noch nicht auf meinem Konto [[IBAN_CODE|DE48 5001 0517 5408 1293 77]] eingegangen. Rufen Sie mich unter [[PHONE_NUMBER|030 23125 774]] an. Mit freundlichen Grüßen, [[PERSON|Jürgen Albrecht]]",
    "Pode resumir isto? O cliente [[PERSON|João Batista Moreira]], CPF [[ID_NUMBER|371.942.685-82]], pediu estorno de R$ 389,90 no cartão [[CREDIT_CARD|4027 1856 3920 4718]] porque a geladeira chegou amassada. E-mail: [[EMAIL_ADDRESS|jbmoreira@uol.com.br]].",
    "Scrivi una risposta gentile alla cliente [[PERSON|Giulia Russo]] (codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]]): il rimborso per l'estinzione anticipata del mutuo sarà accreditato su [[IBAN_CODE|IT47 X030 6909 6061 0000 0472 183]] entro dieci giorni.",
    "Kun je dit in het Engels vertalen? Mijn pakket is op het verkeerde adres bezorgd. Ik woon op [[STREET_ADDRESS|Kastanjelaan 27, 3521 BK Utrecht]], mijn BSN is [[ID_NUMBER|317469204]] en mijn nummer is [[PHONE_NUMBER|+31 6 4829 1735]]. Groet, [[PERSON|Sanne de Vries]]",
    "Please write a firm but friendly email to Mrs [[PERSON|Okonkwo]] explaining that her chargeback on card [[CREDIT_CARD|376219405837164]] was declined because the sofa was signed for at [[STREET_ADDRESS|48 Rowan Drive, Swindon SN3 4QE]].",
    "Can you summarise this ticket for the next shift? Customer [[PERSON|Dmitri Volkov]] ([[EMAIL_ADDRESS|d.volkov@mail.ru]]) ordered a coffee machine, received an empty box, and wants a replacement, not a refund.",
    "My mortgage adviser asked for my TFN. It's [[ID_NUMBER|719 382 640]]. Is it normal to give it over the phone, and what else will they need for a pre-approval?",
    'Translate to Spanish for our customer: "Hi [[PERSON|Xiomara]], your refund of $58.20 has been sent to your card ending in the same digits. Please allow 3 to 5 business days."',
    "Help me reply to Dr. [[PERSON|Abernathy]]: his travel insurance claim needs the original receipts and his policy number [[ID_NUMBER|TRV-0093817]] written on every page.",
    "This is [[PERSON|Hope Adeyemi]]. My loan repayments went up by £140. Can you explain how a variable rate works and draft a hardship request to the lender? Account [[ID_NUMBER|HL-61920477]].",
    "Our warehouse Wi-Fi key is [[PASSWORD|Pallet-Jack-2291]] and the alarm code is [[PASSWORD|8023]]. Write a one-page handover note for the night manager, [[PERSON|Siobhán Kearney]].",
    "Fix this: 'Dear [[PERSON|Rajesh]] we was unable to deliver your parcel today because nobody were home, we will try again tomorow.'",
    "Calculate the monthly payment on a $312,000 mortgage at 6.25% over 30 years. It's for [[PERSON|Tyrone Jefferson]], applicant ID [[ID_NUMBER|APP-448201]], and I need to tell him today.",
    "A customer, [[PERSON|Mei Ling Tan]], NRIC [[ID_NUMBER|S7426193J]], wants to dispute a GrabPay charge. Draft our reply asking for screenshots and her phone, which we have as [[PHONE_NUMBER|+65 9123 4871]].",
    "Write a polite chaser to the insurer. Claim was filed six weeks ago by my dad, [[PERSON|Pavel Horák]], for storm damage at [[STREET_ADDRESS|Na Příkopě 14, 110 00 Praha 1]]. Nobody has called him back.",
    "Which is cheaper, paying the £450 excess or letting my premium go up? I'm [[PERSON|Connor]], policy [[ID_NUMBER|MTR/22/5501938]]. The quote for the bumper is £780.",
    "Can you write a script for our phone agents to verify callers without asking for their full PIN? Example caller: [[PERSON|Bill Nakamura]], PIN [[PASSWORD|7740]], phone [[PHONE_NUMBER|(206) 555-0119]].",
    "Please draft a letter to [[PERSON|Анна Петрова]] confirming that her refund of 12 400 rubles has been approved and will reach the card [[CREDIT_CARD|2221 0748 3926 5109]].",
    "I got my refund, thanks. Now how do I set up a direct debit for the store card? My sort code is 40-17-26 and my account number is [[ID_NUMBER|38495027]], name [[PERSON|Faith Mbeki]].",
    "Summarise the complaint: Mr [[PERSON|Hassan Al-Farsi]] ordered two tyres, was charged for four, and has called [[PHONE_NUMBER|020 7946 0382]] three times. He wants £260 back.",
    "Our API is returning 401 for partner integrations since this morning. The key in the config is [[API_KEY|pk_prod_9Xc2LrT7vQm4Hs8ZbN1eWd6K]]. Is it safe to paste in Slack so a colleague can check it?",
    "Write a friendly reminder to [[PERSON|Summer]] that her buy-now-pay-later instalment of $75 is due Friday; her account email is [[EMAIL_ADDRESS|summer.k.rivers@hotmail.com]].",
    'Please translate to French: "My name is [[PERSON|Kwame Asante]]. I live at [[STREET_ADDRESS|3 Adabraka Lane, Accra]]. I ordered a laptop that arrived broken and I want my money back."',
    "Draft a reply for support: [[PERSON|Ingrid Solberg]] forgot the password for her insurance portal. Tell her we never ask for it, and that the one she emailed us, [[PASSWORD|Fjord#Light77]], must be changed now.",
    "Explain the difference between a fixed and tracker mortgage to my client, [[PERSON|Aoife]], in plain words. Her reference with us is [[ID_NUMBER|CL-2030-4471]].",
    "What's the best way to reply to a bad review? The reviewer is [[PERSON|Guy Fenwick]], he left it under the username [[ID_NUMBER|guyf_reviews]] and says the jacket smelled of smoke.",
    "Plan a 3-month savings plan for [[PERSON|Zainab]] to cover her car insurance renewal of £912. Her bank account [[IBAN_CODE|GB91 BARC 2065 7183 9462 01]] gets £2,100 on the 25th.",
    "Write a cancellation letter for my gym membership and the insurance add-on. Member number [[ID_NUMBER|GYM-774120]], [[PERSON|Natalia Kowalczyk]], [[STREET_ADDRESS|ul. Długa 45/7, 80-831 Gdańsk]], PESEL [[ID_NUMBER|85031712843]].",
    "A parcel for [[PERSON|田中 さくら]] is stuck at customs. Draft an English email to the courier with her tracking number 7729104 and phone [[PHONE_NUMBER|090-4418-2736]].",
    "I'm a claims handler. Rewrite this so it sounds less robotic: 'Claimant [[PERSON|Beatriz Lima]] (NIF [[ID_NUMBER|248719360]]) reported theft of jewellery. Claim denied under clause 4.2.'",
    "My son [[PERSON|Elliot]] used my card [[CREDIT_CARD|4556 0293 8174 6253]] to buy game credits. How do I ask the bank for a refund of unauthorised purchases by a minor?",
    "Calculate VAT at 20% on these refunds and give totals: £59.99, £12.50, £230. The customer is [[PERSON|Rhiannon Price]], account [[ID_NUMBER|AC-00219384]].",
    "Help! My ex still knows my banking login, [[ID_NUMBER|jonas.lindqvist]], and my password [[PASSWORD|Malmo1987!]]. What should I change first and in what order?",
    "Please draft a refund confirmation for [[PERSON|Ngọc Anh Trần]], [[EMAIL_ADDRESS|ngocanh.tran@gmail.com]], for the rice cooker returned on Monday.",
    "Write a short email to the letting agent: the courier says my parcels are being signed for by someone at [[STREET_ADDRESS|Flat 5, 210 Mare Street, London E8 3RD]] who isn't me. I'm [[PERSON|Precious Dube]], [[PHONE_NUMBER|07700 900774]].",
    "Is this a legit insurance email? It says 'Dear [[PERSON|Marguerite]], confirm your Social Security number [[US_SSN|531-48-2967]] to release your claim payment.' I didn't file a claim.",
    "Give me three subject lines for a refund email to [[PERSON|Olumide]] about order 90018.",
    "I need to calculate how long it will take to pay off a $9,400 car loan at 7.5% with $250 a month. Loan number [[ID_NUMBER|AUTO-5581203]], borrower [[PERSON|Carlos Mendoza]].",
    'Translate into German: "Hello Herr [[PERSON|Vogel]]..." no wait, leave the title out. Translate: "Dear [[PERSON|Lukas Vogel]], your home contents claim has been approved."',
    "Draft a reply to [[PERSON|Κώστας Παπαδόπουλος]], who wrote to support from [[EMAIL_ADDRESS|kpapad@otenet.gr]] asking why his olive oil order is three weeks late.",
    "My aunt [[PERSON|Rosemary]] wants to add me to her bank account as a power of attorney. Her account number is [[ID_NUMBER|55018293]]. What forms do we need?",
    "Write a chargeback evidence summary. Buyer [[PERSON|Chen Jie]] ([[EMAIL_ADDRESS|chenjie88@163.com]]) claims non-delivery; our courier photo shows the box at [[STREET_ADDRESS|Room 1203, 88 Nanjing West Road, Shanghai 200041]]; login IP [[IP_ADDRESS|2001:db8:4a1::17]].",
    "Please fix the tone: 'Mrs [[PERSON|Adebayo]], we cannot refund you because you lost the receipt, that's your problem.'",
    "I'm [[PERSON|Will Thornbury]]. Please calculate how much I'd save by overpaying my mortgage by £100 a month: balance £146,000, 4.1%, 22 years left.",
    "Draft a message to [[PERSON|Esperanza]] in our team: the new refund tool login is [[ID_NUMBER|esperanza.r]] and the temporary password is [[PASSWORD|Refund!Tool-0425]]. Ask her to change it.",
    "Can you summarise these claim notes? 'Insured [[PERSON|Arjun Mehta]], Aadhaar [[ID_NUMBER|5837 2916 4021]], health policy [[ID_NUMBER|HP-00348812]], admitted 2 nights, bill ₹84,300, pre-auth pending.'",
    "What should I say to a customer who keeps calling? Her name's [[PERSON|Precious]]... sorry, different one: [[PERSON|Joy Onwuachi]], from [[PHONE_NUMBER|+234 803 412 7765]].",
    "Help me write a complaint to the ombudsman. The bank closed my account [[IBAN_CODE|IE95 BOFI 9003 8273 6491 51]] without notice. I'm [[PERSON|Declan Fitzgerald]], PPS [[ID_NUMBER|4827193K]].",
    "Please reply to this buyer: 'I'm [[PERSON|Ayşe Yılmaz]], I want to return the shoes, my phone is [[PHONE_NUMBER|+90 532 418 27 64]].' Tell her the return window is 30 days.",
    "Explain to my customer [[PERSON|Hamza Qureshi]] why his card [[CREDIT_CARD|5163 8492 7051 7362]] was declined abroad, and what he can do next time.",
    "Write a welcome email for new account holder [[PERSON|Léa Dubois]], customer number [[ID_NUMBER|FR-CUS-884102]], with her adviser's phone [[PHONE_NUMBER|06 39 98 41 27]].",
    "Is [[PASSWORD|correct-pony-lantern-91]] a good passphrase for my bank's app? I'm sharing the device with my partner.",
    "Draft a letter from [[PERSON|Gurpreet Kaur Sandhu]], [[STREET_ADDRESS|27 Lady Margaret Road, Southall UB1 2RA]], disputing a late-payment fee of £12 on her store card.",
    "Summarise this for my manager: the courier lost 14 parcels this week, including one for a customer called [[PERSON|Bartholomew Quince]] at [[STREET_ADDRESS|2 Mill Lane, Ely CB7 4AU]].",
    "I work at an insurer. Please rewrite this SMS so it's under 160 characters: 'Hi [[PERSON|Dolores]], your windscreen claim is approved. Call [[PHONE_NUMBER|0491 570 913]] to book a fitting.'",
    "Hola, can you make this English: my father [[PERSON|Ramón Villalobos]] has account [[ID_NUMBER|CTA-3308127]] and he cannot enter the app.",
    "Calculate the pro-rata refund for [[PERSON|Ahmed]]: annual premium £540, cancelled after 131 days, £35 admin fee.",
    "Here's a log line from our shop backend: user=[[ID_NUMBER|olga_s]] email=[[EMAIL_ADDRESS|olga.smirnova@yandex.ru]] ip=[[IP_ADDRESS|192.0.2.144]] action=refund_request. What fields should we mask before sharing it?",
    "Write a brief message to [[PERSON|Rich]] in accounts asking him to re-issue the refund that bounced. The customer's correct IBAN is [[IBAN_CODE|ES93 2100 3871 4202 0061 9485]].",
    "Advise me: the seller [[PERSON|Vikram Iyer]] wants me to pay for a used camera by bank transfer to [[IBAN_CODE|AT31 2011 1829 3847 5601]] instead of through the platform.",
    "Please make a checklist for a burst pipe claim. The flat is [[STREET_ADDRESS|Apartment 4B, 19 Harbour Street, Wellington 6011]] and the owner is [[PERSON|Tama Ngata]].",
    'Draft a reply to the customer: "my name is [[PERSON|Wang Fang]], the dress is torn". Offer a replacement or refund.',
    "Can you check if my letter is OK? 'I, [[PERSON|Stanislav Novák]], ask you to cancel direct debit for policy [[ID_NUMBER|ZP-7719-20]].'",
    "My landlord Mr [[PERSON|Grayson]]... I mean [[PERSON|Peter Grayson]], wants rent to [[IBAN_CODE|CH77 0483 5019 3726 4810]]. Can you write a standing order instruction?",
    "Our support bot logs show token [[API_KEY|xoxb-2291847730-Qz7mLw4RtK8vYp2Nc]] in plain text. Draft an incident note for security.",
    "Summarise my options: I'm [[PERSON|Yusuf]], behind two months on my loan [[ID_NUMBER|PL-2209918]], earning less since my hours were cut.",
    "Please translate this refund note into Arabic for [[PERSON|محمد العتيبي]]: your refund of 240 dirhams has been sent to your card.",
    "Help me write a short claim description: my suitcase was lost on a flight. My name is [[PERSON|Imogen Hartley-Shaw]], SIN [[ID_NUMBER|618 493 720]], phone [[PHONE_NUMBER|416-555-0128]].",
    "Write a thank-you note to [[PERSON|Dorothea]] in billing who sorted out my double charge so fast.",
    "Fix the formatting of this address for the label: [[STREET_ADDRESS|apt 12 / 455 Queen St W / Toronto ON M5V 2A9]], recipient [[PERSON|Mateo Ruiz]].",
    "Please plan a call script. Customer [[PERSON|Birgit Hansen]] wants her [[ID_NUMBER|DK-PO-448213]] policy cancelled and refunds to [[EMAIL_ADDRESS|birgit.h@mail.dk]] confirmed.",
    "I'm [[PERSON|Adaeze]]. My card [[CREDIT_CARD|4482 1039 7562 8141]] was charged by a shop I've never heard of. Write what I should say to my bank.",
    "Can you calculate the claim payout? [[PERSON|Lorenzo Bianchi]] has a £250 excess and 80% cover on a £1,950 repair.",
    "Rewrite this internal note so it doesn't sound rude: 'Customer [[PERSON|Brandy Cole]] rang AGAIN from [[PHONE_NUMBER|555-0147]] about the missing sofa.'",
    "Give advice to [[PERSON|Matteo]] who wants to remortgage to fund a loft conversion; his employee number for the staff discount is [[ID_NUMBER|EMP-50291]].",
    "Write the email: the locker code for [[PERSON|Ivy Chambers]]'s replacement parcel is [[PASSWORD|X7Q4K]] and it expires in 72 hours.",
    "My mother-in-law [[PERSON|Gisela Braun]] needs her Steuer-ID for a pension insurance form. Is [[ID_NUMBER|81629403753]] in the right format?",
    "Draft a reply to [[PERSON|Sipho Ndlovu]] confirming receipt of his ID number [[ID_NUMBER|9002145823081]] for the funeral cover application.",
    "Help me reply to a customer named [[PERSON|Ömer Çelik]]; his kimlik [[ID_NUMBER|48291736550]] was typed wrong on the policy and he wants it fixed.",
    "What's a polite way to tell [[PERSON|Ruby]] that we can't refund a mattress after 100 nights?",
    "Summarise the patient's billing dispute for the insurer: patient number [[ID_NUMBER|PT-7730158]], [[PERSON|Eleanor Whitcombe]], NHS number [[ID_NUMBER|729 385 1049]], charged twice for physio.",
    "I'm [[PERSON|Mathis Peeters]], Belgian national number [[ID_NUMBER|84.05.17-392.24]]. Write a request to my bank to raise my card limit for a house deposit, account [[IBAN_CODE|BE20 3102 6481 9375]].",
    "Please explain this to [[PERSON|Kenji]]: his home loan offer expires on the 30th and he needs to send proof of income from [[EMAIL_ADDRESS|kenji.watanabe.home@gmail.com]], the address we have on file.",
    "Write a short reply to [[PERSON|Paulo Santos]]: his refund to [[IBAN_CODE|PT81 0035 0274 0004 8273 9164 5]] was sent today.",
    "Draft a welcome pack note for the new agent [[PERSON|Marisol]], with her start login [[ID_NUMBER|mgarcia_cs]] and her first-day door code [[PASSWORD|2580#]].",
    'Can you turn this into a formal complaint? "The bank froze my business account [[IBAN_CODE|TR35 0006 2004 9100 0062 9845 1732]] for 3 weeks and I lost orders." Signed [[PERSON|Emre Aydın]].',
    "Rewrite for clarity: 'Hi, [[PERSON|Candice]] here, I bought a kettle on card [[CREDIT_CARD|6011 9384 7205 6188]] and it leaks.'",
    "Plan my month: pay [[PERSON|Cheng]] back £80, renew pet insurance for our cat Biscuit (£19), and call the bank about a mortgage holiday.",
]

# 100 records in the style of synthetic PII benchmark datasets: one invented person each.
RECORDS = [
    "[[PERSON|Marlene Hofstetter]] lives at [[STREET_ADDRESS|Lindenstraße 8, 79098 Freiburg]] and can be reached at [[PHONE_NUMBER|+49 30 23125 418]].",
    "Customer name: [[PERSON|Obinna Chukwu]] | Email: [[EMAIL_ADDRESS|obinna.chukwu@fastmail.com]] | Card: [[CREDIT_CARD|5358 0271 6493 0299]]",
    '{"customer": "[[PERSON|Sofía Paredes]]", "phone": "[[PHONE_NUMBER|+52 55 4812 7390]]", "refund_method": "original card"}',
    '2024-03-11 09:14:02 INFO login success user=[[ID_NUMBER|hkowalski]] src=[[IP_ADDRESS|198.51.100.23]] name="[[PERSON|Henryk Kowalski]]"',
    "Dear Ms [[PERSON|Adeyinka]], your claim has been received and we will reply to [[EMAIL_ADDRESS|f.adeyinka@gmail.com]].",
    "The policyholder, [[PERSON|Rupert Ashdown]], paid the premium from account [[IBAN_CODE|GB94 LOYD 3091 2278 4613 05]].",
    "[[PERSON|Anjali Deshpande]]'s PAN card is [[ID_NUMBER|BQRPD4471K]] and her mobile is [[PHONE_NUMBER|+91 98204 61735]].",
    "Name | Policy | Phone\n[[PERSON|Thabo Molefe]] | [[ID_NUMBER|FUN-338120]] | [[PHONE_NUMBER|+27 82 419 3306]]",
    "Please ship to [[PERSON|Colette Mercier]], [[STREET_ADDRESS|7 rue Sainte-Catherine, 33000 Bordeaux]].",
    "[[PERSON|Dustin Kowalczyk]] SSN [[US_SSN|387-19-5402]], DOB 04/11/1979, employer Acme Freight.",
    "Account holder [[PERSON|Eilidh MacLeod]] changed her online banking password to [[PASSWORD|Heather&Loch55]] yesterday.",
    "My name is [[PERSON|Tariq Rahman]] and my email is [[EMAIL_ADDRESS|tariq.rahman@btinternet.com]].",
    "[[PERSON|Camila Ortiz]], customer [[ID_NUMBER|CX-00481726]], disputed a charge of $212.45 on card [[CREDIT_CARD|4539 8812 0476 3382]].",
    "Driver licence [[ID_NUMBER|KOWAL753116JA9XY]] belongs to [[PERSON|Jacek Kowal]], who lives at [[STREET_ADDRESS|12 Oak Terrace, Reading RG1 5AX]].",
    "Signed: [[PERSON|Ingeborg Haugen]], [[STREET_ADDRESS|Storgata 31, 0184 Oslo]]",
    "From: [[PERSON|Rashida Bello]] <[[EMAIL_ADDRESS|rbello@zoho.com]]>\nSubject: missing refund",
    "[[PERSON|Finn]] can be called on [[PHONE_NUMBER|07700 900215]] after six.",
    "[[PERSON|Yerlan Abenov]] was issued passport [[ID_NUMBER|N08823174]] and uses the email [[EMAIL_ADDRESS|y.abenov@mail.kz]].",
    "Employee [[PERSON|Delphine Arnaud]], employee number [[ID_NUMBER|EMP-220914]], phone [[PHONE_NUMBER|06 39 98 07 55]].",
    '{"name": "[[PERSON|Luca Ferraro]]", "iban": "[[IBAN_CODE|IT45 K030 6909 6061 0000 0115 293]]", "status": "pending"}',
    "[[PERSON|Precious Mahlangu]] rents a flat at [[STREET_ADDRESS|15 Jan Smuts Avenue, Rosebank, Johannesburg 2196]].",
    "Patient [[PERSON|Norah Kilbride]], patient no. [[ID_NUMBER|PN-4409217]], NHS [[ID_NUMBER|614 208 9376]].",
    "ERROR payment declined card=[[CREDIT_CARD|4916 2207 3381 5921]] holder=[[PERSON|Akira Sato]] ip=[[IP_ADDRESS|203.0.113.57]]",
    "[[PERSON|Gwendolyn Price]] works at a bakery and her phone number is [[PHONE_NUMBER|(312) 555-0186]].",
    "Contact [[PERSON|Ezekiel Mwangi]] at [[EMAIL_ADDRESS|ezekiel.mwangi@gmail.com]] or [[PHONE_NUMBER|+254 722 481 306]] about the loan.",
    "Full name: [[PERSON|Aleksandra Nowicka]]\nPESEL: [[ID_NUMBER|92112405734]]\nCity: Kraków",
    "The refund cheque was mailed to [[PERSON|Harold Briggs]] at [[STREET_ADDRESS|402 Maple Ave, Dayton, OH 45402]].",
    "[[PERSON|Ximena Castro]] logged in as [[ID_NUMBER|ximena_c]] with password [[PASSWORD|Quetzal#2020]].",
    "Insured: [[PERSON|Bogdan Popescu]]; policy [[ID_NUMBER|RCA-77120398]]; vehicle Dacia Logan.",
    "Beneficiary [[PERSON|Amara Okafor]], [[IBAN_CODE|BE48 0018 2273 4480]], amount €1,250.",
    "[[PERSON|Helga Lindgren]] was born in 1961 and lives at [[STREET_ADDRESS|Sveavägen 44, 113 59 Stockholm]].",
    "The card on file for [[PERSON|Desmond Fairweather]] is [[CREDIT_CARD|3471 820659 30412]].",
    "[[PERSON|Nadia Haddad]] <[[EMAIL_ADDRESS|nadia.haddad@outlook.fr]]> asked for her loan statement.",
    "Name: [[PERSON|Kofi Mensah]], Phone: [[PHONE_NUMBER|+233 24 418 2276]], Address: [[STREET_ADDRESS|House 12, Ring Road East, Accra]]",
    "Hello, I am [[PERSON|Valentina Greco]] and my tax code is [[ID_NUMBER|GRCVNT90A41F839P]].",
    "Member [[PERSON|Oisín Gallagher]], member ID [[ID_NUMBER|CU-55810]], joined the credit union in 2019.",
    "[[PERSON|Wanjiru]] texted from [[PHONE_NUMBER|+254 711 203 948]] to say the parcel was damaged.",
    '2024-05-02T18:22:41Z WARN failed_login user=[[ID_NUMBER|pdubois]] ip=[[IP_ADDRESS|2001:db8:1f::9c]] full_name="[[PERSON|Pascal Dubois]]"',
    "Mortgage applicant [[PERSON|Shauna Rourke]], applicant no. [[ID_NUMBER|MA-9901823]], phone [[PHONE_NUMBER|+353 87 419 2283]].",
    "[[PERSON|Tomás Ó Briain]] banks with AIB; his IBAN is [[IBAN_CODE|IE36 AIBK 9310 4471 8820 36]].",
    "Deliver to: [[PERSON|Renata Souza]], [[STREET_ADDRESS|Rua Augusta 1508, apto 42, São Paulo - SP, 01304-001]], tel [[PHONE_NUMBER|(11) 98412-7730]].",
    "[[PERSON|Felix Baumann]]'s Steuer-ID is [[ID_NUMBER|57382910462]].",
    "Dear [[PERSON|Grace Oduya]], thank you for your payment; your customer number is [[ID_NUMBER|GO-338172]].",
    "user: [[ID_NUMBER|liam.obrien]] | pass: [[PASSWORD|Shamrock!88]] | name: [[PERSON|Liam O'Brien]]",
    "[[PERSON|Carmen Vidal]] pays her insurance by card [[CREDIT_CARD|5276 8401 9362 8513]].",
    "Claimant [[PERSON|Raúl Jiménez Soto]], DNI [[ID_NUMBER|50719482C]], reported water damage.",
    "[[PERSON|Pieter van Dijk]] woont op [[STREET_ADDRESS|Herengracht 112, 1015 BS Amsterdam]].",
    "The account of [[PERSON|Adebola Ogunleye]] ([[EMAIL_ADDRESS|adebola.o@yahoo.co.uk]]) was locked after three wrong PINs.",
    "Shipping label — [[PERSON|Haruto Yamamoto]], [[STREET_ADDRESS|2-14-7 Shibuya, Shibuya-ku, Tokyo 150-0002]], [[PHONE_NUMBER|090-7731-5504]]",
    "[[PERSON|Marguerite Lefèvre]] gave her social security number as [[ID_NUMBER|1 91 03 13 055 217 14]].",
    "Employee record: [[PERSON|Sunil Nair]], Aadhaar [[ID_NUMBER|2974 1830 5624]], salary account [[ID_NUMBER|50100284736615]].",
    "[[PERSON|Beatrix]] uses the PIN [[PASSWORD|2719]] for her debit card.",
    '{"holder": "[[PERSON|Sven Eriksson]]", "email": "[[EMAIL_ADDRESS|sven.eriksson@telia.se]]", "plan": "home"}',
    "[[PERSON|Mercy Achieng]] is the named driver on policy [[ID_NUMBER|MOT-4410932]].",
    "Borrower: [[PERSON|Dwayne Roberts]]\nLoan no.: [[ID_NUMBER|LN-20-883104]]\nSSN: [[US_SSN|529-71-3846]]",
    "[[PERSON|Irina Volkova]] wrote from [[IP_ADDRESS|192.0.2.211]] asking to close her savings account.",
    "Dear Mr [[PERSON|Chowdhury]], the refund for savings account [[ID_NUMBER|SAV-40182273]] is on its way.",
    "[[PERSON|Patrice Mbala-Kasa]] lives at [[STREET_ADDRESS|Avenue du Commerce 27, Gombe, Kinshasa]] and his phone is [[PHONE_NUMBER|+243 81 440 2197]].",
    "[[PERSON|Emily Zhao]] set the parcel locker code to [[PASSWORD|391174]].",
    "Customer [[PERSON|Jorge Acosta]] ([[PHONE_NUMBER|(305) 555-0132]]) wants a refund for order 22871.",
    "The Wi-Fi password at [[PERSON|Nkechi Obi]]'s shop is [[PASSWORD|Ankara-Prints-44]].",
    "[[PERSON|Rosalind Achterberg]], BSN [[ID_NUMBER|529183742]], [[STREET_ADDRESS|Vondelstraat 9, 2513 EZ Den Haag]].",
    "Recipient: [[PERSON|Bongani Zulu]]; account [[IBAN_CODE|GB64 NWBK 5500 3126 4471 08]]; reference RENT-MAY.",
    "[[PERSON|Alisha Thompson]] emailed [[EMAIL_ADDRESS|alisha.t.1990@gmail.com]] to update her address to [[STREET_ADDRESS|88 Birch Street, Halifax, NS B3H 1Z4]].",
    "Customer since 2012: [[PERSON|Otto Lehmann]], card [[CREDIT_CARD|4027 1856 3920 4791]].",
    "[[PERSON|Hiroshi Kato]] — My Number on file, phone [[PHONE_NUMBER|080-2219-6648]].",
    "[[PERSON|Fatima Zahra Benali]] asked us to send the claim form to [[EMAIL_ADDRESS|fz.benali@menara.ma]].",
    "INFO api_call key=[[API_KEY|AKIA7QX4M2RT9LWZ3KPV]] owner=[[PERSON|Neil Draper]]",
    "[[PERSON|Ludmila Černá]], [[STREET_ADDRESS|Husova 17, 602 00 Brno]], tel. [[PHONE_NUMBER|+420 603 418 227]]",
    "Loan officer note: [[PERSON|Ricky Tam]] provided SIN [[ID_NUMBER|512 734 088]] and proof of income.",
    "[[PERSON|Leilani Kahale]] ordered from [[STREET_ADDRESS|1420 Kapiolani Blvd, Honolulu, HI 96814]].",
    "Insurance card: [[PERSON|Moritz Keller]], member [[ID_NUMBER|AOK-883021476]].",
    "Dear [[PERSON|Samira]], your new online banking passphrase [[PASSWORD|blue-cactus-morning]] is now active.",
    "[[PERSON|Gabriel Oliveira]], CPF [[ID_NUMBER|508.217.396-03]], e-mail [[EMAIL_ADDRESS|gabriel.oliveira@bol.com.br]].",
    "Refund sent to [[PERSON|Agnieszka Zielińska]] at [[IBAN_CODE|PL62 1090 1014 0000 0007 2940 5631 87]].",
    "[[PERSON|Conrad Whitlock]] keeps his safe code [[PASSWORD|40-22-71]] in a note on his phone.",
    "Caller [[PERSON|Jasmine Oyelaran]] verified with date of birth and the last login IP [[IP_ADDRESS|198.51.100.162]].",
    "[[PERSON|Zhang Wei]]'s resident address: [[STREET_ADDRESS|No. 6 Jianguo Road, Chaoyang District, Beijing 100022]].",
    "[[PERSON|Ruairí Doherty]]'s PPS number is [[ID_NUMBER|6391047P]].",
    "Name: [[PERSON|Ngozi Afolabi-Bello]] Email: [[EMAIL_ADDRESS|ngozi.ab@gmail.com]] Phone: [[PHONE_NUMBER|07700 900867]] Card: [[CREDIT_CARD|4556 0293 8174 6287]]",
    "[[PERSON|Lars Pedersen]] renewed his travel policy [[ID_NUMBER|TRV-DK-50218]].",
    "Payee [[PERSON|Isabella Conti]], [[STREET_ADDRESS|Via Garibaldi 22, 10122 Torino]].",
    "[[PERSON|Kai]] from Brisbane can be reached on [[PHONE_NUMBER|0491 570 446]].",
    "[[PERSON|Mehmet Kaya]]'s kimlik numarası is [[ID_NUMBER|10283746540]] and his phone is [[PHONE_NUMBER|+90 542 771 30 18]].",
    "Shipment for [[PERSON|Chloé Fontaine]] returned: address [[STREET_ADDRESS|3 chemin des Vignes, 84000 Avignon]] unknown.",
    "[[PERSON|Bartosz]] forgot his token; new one issued: [[API_KEY|ghp_r7Tz2KqP9mXw4LbN8vYc3JdF6sHa1EuG0oQi]].",
    "Singapore customer [[PERSON|Lim Wei Jie]], NRIC [[ID_NUMBER|S8203914G]], ordered two air purifiers.",
    "[[PERSON|Olga Ivanova]] writes in Russian; her contact is [[EMAIL_ADDRESS|olga.ivanova@mail.ru]].",
    "Policy owner: [[PERSON|Thandiwe Khumalo]] | Policy no: [[ID_NUMBER|LIFE-3382017]] | Cell: [[PHONE_NUMBER|+27 71 903 4458]]",
    "[[PERSON|Joaquín Herrera]] paid with card [[CREDIT_CARD|3762 194058 37180]] on the night of the fraud.",
    "[[PERSON|Heidi Brunner]] lives in Vienna at [[STREET_ADDRESS|Mariahilfer Straße 101, 1060 Wien]].",
    "Dear [[PERSON|Alejandro]], the gate code for collecting your furniture is [[PASSWORD|1945*]].",
    "[[PERSON|Siddharth Rao]]'s TFN is [[ID_NUMBER|876 154 091]].",
    "[[PERSON|Efua Owusu]] asked that refunds go to [[IBAN_CODE|FR65 3000 4008 3100 0274 619K 217]].",
    '{"patient": "[[PERSON|Dolores Quintana]]", "patient_id": "[[ID_NUMBER|MRN-88120437]]", "insurer": "BlueCross"}',
    "[[PERSON|Noémie Girard]] changed her delivery address to [[STREET_ADDRESS|45 avenue Jean Jaurès, 69007 Lyon]].",
    "Login for [[PERSON|Arturo Benítez]]: [[ID_NUMBER|abenitez77]] from [[IP_ADDRESS|203.0.113.140]]",
    "[[PERSON|Clementine Ashby]] can be emailed at [[EMAIL_ADDRESS|clem.ashby@icloud.com]] or called at [[PHONE_NUMBER|020 7946 0519]].",
    "[[PERSON|Priyanka Bose]] asked the courier to leave parcels with the concierge at [[STREET_ADDRESS|Flat 9C, 14 Loudon Street, Kolkata 700016]].",
    "[[PERSON|Hamid Karimi]], employee no. [[ID_NUMBER|E-77120]], submitted a claim for a lost laptop.",
]

# 100 clean texts: no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that cities should invest more in public libraries than in new car parks.",
    "Compose a short poem about a lighthouse keeper's last night before the light is automated.",
    "Imagine you are Sherlock Holmes. Explain to Dr. Watson how you deduced that a stranger had recently travelled by train.",
    "Write a Python function that returns the longest palindromic substring of a given string, and explain its time complexity.",
    "If a train leaves at 3 pm travelling at 60 mph and another leaves the same station at 4 pm at 80 mph on the same track, when does the second catch up?",
    "Explain the difference between mitosis and meiosis to a high-school student, using an analogy.",
    "Pretend you are Marie Curie giving a lecture in 1911. Describe your work on radioactivity to an audience of students.",
    "Write a SQL query that finds the three products with the highest total sales in each region.",
    "What are the main causes of inflation, and how do central banks try to control it?",
    "Draft a travel blog post about a week spent exploring the temples of Kyoto, focusing on food and culture.",
    "Role-play as a medieval innkeeper greeting a weary traveller who has just arrived in a snowstorm.",
    "Explain how a hash table works and why lookups are usually constant time.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Write a short story in which Captain Ahab decides to retire and open a seaside bakery.",
    "Solve for x: 3x + 7 = 2x - 5, and show each step.",
    "What would happen to the Earth's climate if the Moon suddenly disappeared?",
    "Rewrite the following sentence in a more formal register: 'We gotta fix this bug before the demo or we're toast.'",
    "Describe the process of photosynthesis and the role chlorophyll plays in it.",
    "Write a JavaScript function that debounces another function, with a short usage example.",
    "Act as a career coach and give five tips for someone preparing for their first job interview in software engineering.",
    "Explain why the sky appears blue during the day and red at sunset.",
    "Who was Ada Lovelace, and why is she often called the first computer programmer?",
    "Write a dialogue between Hamlet and Don Quixote arguing about whether dreams are worth chasing.",
    "Summarise the main ideas of supply and demand in three short paragraphs for a beginner.",
    "Implement binary search in C and list the edge cases a test suite should cover.",
]
CLEAN_GSM8K = [
    "Mia buys 4 packs of stickers with 12 stickers in each pack. She gives 15 stickers to her brother. How many stickers does she have left?",
    "A bakery sells muffins for $3 each. Omar buys 7 muffins and pays with a $50 bill. How much change does he get?",
    "Lena reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish it?",
    "Carlos has twice as many marbles as Ben. Together they have 63 marbles. How many marbles does Carlos have?",
    "A farmer has 120 apples and packs them into bags of 8. How many bags can he fill, and how many apples are left over?",
    "Priya earns $15 an hour and works 6 hours on Saturday and 4 hours on Sunday. How much does she earn over the weekend?",
    "Jonah's garden is 12 metres long and 7 metres wide. How much fencing does he need to go all the way around it?",
    "A shop discounts a $80 jacket by 25%. Aisha then uses a $10 coupon. What does she pay?",
    "Tom runs 3 km on Monday, 5 km on Wednesday and twice Wednesday's distance on Saturday. How far does he run that week?",
    "A class of 28 students goes on a trip. Each minibus holds 9 students. How many minibuses are needed?",
    "Sofia saves $12 each week. How many weeks will it take her to save enough for a $150 bicycle?",
    "Kenji bakes 5 trays of cookies with 16 cookies per tray. He eats 3 and shares the rest equally among 7 friends. How many does each friend get?",
    "A water tank holds 450 litres. It leaks 15 litres an hour. How many hours until it is one third full?",
    "Nadia buys 3 notebooks at $2.50 each and 2 pens at $1.20 each. How much does she spend in total?",
    "Eli is 4 years older than his sister. In 6 years, the sum of their ages will be 40. How old is Eli now?",
    "A recipe needs 3 cups of flour for 12 pancakes. How many cups does Grace need to make 30 pancakes?",
    "A cinema has 18 rows with 24 seats each. If 347 tickets are sold, how many seats are empty?",
    "Leo drives 210 km in 3 hours. At the same speed, how long will it take him to drive 350 km?",
    "Hana plants 6 rows of tulips with 14 tulips in each row. A third of them are red. How many are not red?",
    "A phone plan costs $25 a month plus $0.10 per text. Ravi sends 180 texts in a month. What is his bill?",
    "Zoe has 3 quarters, 7 dimes and 12 nickels. How much money does she have in dollars?",
    "A printer prints 40 pages a minute. How long does it take to print 25 copies of a 64-page report?",
    "Marcus buys a car for $18,000. It loses 15% of its value each year. What is it worth after two years?",
    "Ines cuts a 5-metre ribbon into pieces 35 centimetres long. How many full pieces does she get?",
    "A school orders 14 boxes of pencils with 36 pencils per box and hands them out equally to 12 classes. How many pencils does each class get?",
]
CLEAN_MMLU = [
    "Which scientist proposed the three laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Tycho Brahe D) Nicolaus Copernicus",
    "The Treaty of Versailles was signed in which year? A) 1914 B) 1918 C) 1919 D) 1923",
    "Which organelle is known as the powerhouse of the cell? A) Ribosome B) Golgi apparatus C) Mitochondrion D) Lysosome",
    "Who wrote 'The Wealth of Nations'? A) John Maynard Keynes B) Adam Smith C) Karl Marx D) David Ricardo",
    "What is the capital of Canada? A) Toronto B) Vancouver C) Montreal D) Ottawa",
    "In economics, a price ceiling set below the equilibrium price leads to: A) a surplus B) a shortage C) no change D) higher prices",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Fermium",
    "Who was the first emperor of Rome? A) Julius Caesar B) Nero C) Augustus D) Caligula",
    "The derivative of sin(x) is: A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "Which river flows through Baghdad? A) Euphrates B) Nile C) Tigris D) Jordan",
    "Who developed the theory of general relativity? A) Isaac Newton B) Niels Bohr C) Albert Einstein D) Max Planck",
    "Which of the following is a primary colour of light? A) Yellow B) Green C) Orange D) Purple",
    "The Magna Carta was sealed by which English king? A) Henry II B) Richard I C) John D) Edward I",
    "What is the time complexity of merge sort in the worst case? A) O(n) B) O(n log n) C) O(n^2) D) O(log n)",
    "Which philosopher wrote 'Critique of Pure Reason'? A) Hegel B) Kant C) Hume D) Descartes",
    "Mount Kilimanjaro is located in which country? A) Kenya B) Uganda C) Tanzania D) Ethiopia",
    "Which blood type is known as the universal donor? A) A positive B) AB positive C) O negative D) B negative",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Michelangelo C) Leonardo da Vinci D) Donatello",
    "In a perfectly competitive market, firms are: A) price makers B) price takers C) monopolists D) oligopolists",
    "Which gas makes up most of the Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "Who led the Indian independence movement using nonviolent resistance? A) Jawaharlal Nehru B) Mahatma Gandhi C) Subhas Chandra Bose D) B. R. Ambedkar",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "The Battle of Hastings took place in: A) 1066 B) 1215 C) 1346 D) 1415",
    "Which of these is an example of a Keynesian policy during a recession? A) Raising taxes B) Cutting public spending C) Increasing government spending D) Raising interest rates",
    "Charles Darwin's observations on which islands helped shape his theory of natural selection? A) Canary Islands B) Galápagos Islands C) Azores D) Falkland Islands",
]
CLEAN_HEALTH = [
    "What are the common side effects of ibuprofen, and is it safe to take with food?",
    "I've had a dry cough for three weeks with no fever. When should I see a doctor?",
    "How much water should an adult drink per day, and does coffee count?",
    "Is it normal to feel dizzy when standing up quickly?",
    "What is the difference between a cold and the flu?",
    "Can I take paracetamol and ibuprofen together for a toothache?",
    "What are the early signs of type 2 diabetes?",
    "How long does it usually take for a sprained ankle to heal?",
    "Are there any foods I should avoid while taking antibiotics?",
    "My child has a temperature of 38.5°C. What should I do?",
    "What exercises help with lower back pain from sitting at a desk?",
    "How can I tell if a mole on my skin needs to be checked?",
    "Is it safe to get the flu vaccine while pregnant?",
    "What causes frequent headaches in the afternoon?",
    "How much sleep do teenagers need each night?",
    "What should I eat to lower my cholesterol?",
    "Can stress cause stomach pain?",
    "How do I know if a cut needs stitches?",
    "What is a normal resting heart rate for an adult?",
    "Is it okay to exercise with a mild cold?",
    "What are the symptoms of iron deficiency anaemia?",
    "How should I store insulin when travelling in hot weather?",
    "Why do my knees ache when the weather turns cold?",
    "What's the best way to treat a minor burn at home?",
    "How often should adults have their blood pressure checked?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "39174825Y": dni_ok,  # Spanish DNI
    "50719482C": dni_ok,
    "2 87 06 75 118 042 20": nir_ok,  # French NIR
    "1 91 03 13 055 217 14": nir_ok,
    "57382910462": steuer_id_ok,  # German tax id
    "81629403753": steuer_id_ok,
    "317469204": bsn_ok,  # Dutch BSN
    "529183742": bsn_ok,
    "85031712843": pesel_ok,  # Polish PESEL
    "92112405734": pesel_ok,
    "371.942.685-82": cpf_ok,  # Brazilian CPF
    "508.217.396-03": cpf_ok,
    "48291736550": kimlik_ok,  # Turkish kimlik
    "10283746540": kimlik_ok,
    "729 385 1049": nhs_ok,  # NHS number
    "614 208 9376": nhs_ok,
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "GRCVNT90A41F839P": codice_fiscale_ok,
    "248719360": nif_ok,  # Portuguese NIF
    "618 493 720": luhn_len(9),  # Canadian SIN
    "512 734 088": luhn_len(9),
    "5837 2916 4021": aadhaar_ok,  # Indian Aadhaar
    "2974 1830 5624": aadhaar_ok,
    "719 382 640": tfn_ok,  # Australian tax file number
    "876 154 091": tfn_ok,
    "S7426193J": nric_ok,  # Singapore NRIC
    "S8203914G": nric_ok,
    "4827193K": pps_ok,  # Irish PPS number
    "6391047P": pps_ok,
    "84.05.17-392.24": belgian_id_ok,  # Belgian national number
    "9002145823081": luhn_len(13),  # South African id
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with and without spaces
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"(\d{3}-)?555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"(030|\+49 30) 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
        r"\+(27|31|34|52|65|90|91|233|234|243|254|353|420) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Most chat requests name someone and many carry a secret; every record names its
    one person."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: not one person in {marked[:60]!r}")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)} among the values")
    plain = " ".join(strip_marks(t)[0] for t in CHAT).lower()
    for word in ("refund", "chargeback", "mortgage", "loan", "claim", "parcel", "policy"):
        if word not in plain:
            raise SystemExit(f"chat: nothing about {word}")


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
        "blind92", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
