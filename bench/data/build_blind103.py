# ruff: noqa: E501
"""A hundred-and-third blind privacy set: 220 texts with personal data and 100 clean ones,
on the theme of sales and property.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant from estate and letting agents,
  car dealers, mortgage brokers, landlords, tenants and buyers: drafting, replying,
  translating, summarising CRM notes and leads, fixing, planning viewings, calculating
  payments and fees, advising on offers, contracts, rental applications and handovers.
  The first 30 are typed all in lower case, the next 6 are in Spanish, French, German,
  Portuguese, Italian and Polish, the rest are English with capitals. Names of many
  origins: first names alone, surnames after titles, full names, lower-case names, names
  with non-English letters, names that are ordinary words and a few in Cyrillic, Chinese,
  Arabic, Greek and Korean script;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research synthetic sentences, Nannigalaxy-style records): one invented person
  each with one to four values besides the name, as free prose, labelled profile lines,
  form rows, JSON fragments, log lines and letters.

Usernames and logins, account, customer, client, member, employee, patient, policy and
tenant reference numbers, passports, driver licences and national and tax ids are
ID_NUMBER; PINs, lockbox, key safe, door, gate and alarm codes, Wi-Fi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Herr, Sra., my
brother) stay outside PERSON spans; an address span runs from the first street line through
the postcode and city as typed; public figures, fictional characters, pets, brands,
places, listing, order, ticket and invoice numbers and dates of birth are not labelled;
every occurrence of a private value is marked. The 100 clean texts hold no personal data:
25 MT-Bench and Vicuna-style prompts (writing, reasoning, coding, role-play, STEM; some
naming historical figures or fictional characters), 25 GSM8K-style word problems with
fictional first names, 25 MMLU-style items with options A to D and 25 patient-style health
questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900 and 020 7946 0, North
America 555-01xx, Australia 0491 570, France 06 39 98, Germany 030 23125) and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; IPs from documentation ranges; national ids
with valid check digits (Spanish DNI, Brazilian CPF, French NIR, Dutch BSN, Polish PESEL,
Turkish kimlik, NHS number, Canadian SIN, German tax id, Australian TFN, Indian Aadhaar,
Swedish personnummer, Portuguese NIF, Italian codice fiscale, South
African id, Belgian national number).

Run ``.venv/bin/python bench/data/build_blind103.py`` from the repository root; the output
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
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nif_ok,
    nir_ok,
    pesel_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|M|Sr|Sra|Sig|Pan|Pani|Dhr|Mevr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

CHAT = [
    # 1-30: all lower case.
    "draft a friendly follow-up to [[PERSON|dana whitlock]] after saturday's viewing of the two-bed on the high street, she asked about parking. her email is [[EMAIL_ADDRESS|dana.whitlock82@fastmail.net]]",
    "pls summarise this crm note: called [[PERSON|tomasz]] back on [[PHONE_NUMBER|07700900417]], he wants a 3-bed under 350k, mortgage in principle pending",
    "write a polite reminder to my tenant [[PERSON|grace okafor]] that rent is five days late, flat is [[STREET_ADDRESS|flat 4, 19 mill lane, leeds ls6 2qe]]",
    "my crm login is [[ID_NUMBER|jbarnes_sales]] and the password is [[PASSWORD|harbour!view7]], can you explain how to set up a lead pipeline with stages",
    "fix the grammar: hi [[PERSON|kwame]], the keys for [[STREET_ADDRESS|27 orchard rise, didsbury, manchester m20 6ul]] is ready for collection from 9am",
    "reply to [[PERSON|priya raghunathan]] saying the landlord accepted her offer on the studio and she should call me on [[PHONE_NUMBER|020 7946 0382]] to book the inventory check",
    "calculate monthly payments on a 240k mortgage at 4.6% over 25 years for my client [[PERSON|owen pritchard]]",
    "the lockbox code for the show home is [[PASSWORD|7193]], write a short text telling the photographer [[PERSON|lucía ferrer]] where to find it",
    "plan a viewing route for tomorrow: [[STREET_ADDRESS|14 birch close, caversham, reading rg4 8tn]] at 10, then [[STREET_ADDRESS|2b canal wharf, reading rg1 3jd]] at 11, buyer is [[PERSON|hamid]]",
    "draft a rental application cover note for me, [[PERSON|sofie lindqvist]], employee number [[ID_NUMBER|emp-40918]] at the hospital, references available",
    "help me word a text to [[PERSON|benji]] that his deposit of 1,200 will be returned to account [[IBAN_CODE|gb48 midl 4012 8573 0192 64]] within ten days",
    "summarise: web lead, [[PERSON|marcus dellaporta]], [[PHONE_NUMBER|(312) 555-0147]], [[EMAIL_ADDRESS|mdellaporta@lakeshoremail.com]], wants a condo near the loop, pre-approved",
    "what should i say to a buyer who keeps lowballing? his name is [[PERSON|ravi]] and he's offered 15% under asking twice",
    "write a handover checklist for the sale of [[STREET_ADDRESS|88 seaview terrace, brighton bn2 1ha]] to [[PERSON|connor mcbride]], include meter readings and the alarm code [[PASSWORD|5520]]",
    "i sell cars, draft an email to [[PERSON|yuki tanaka]] at [[EMAIL_ADDRESS|yuki.t@shinmail.jp]] saying her hybrid is ready for pickup friday",
    "customer number [[ID_NUMBER|cst-7784120]] is [[PERSON|aoife brennan]], write a finance quote summary for the used estate car she test drove",
    "advise me: my tenant [[PERSON|wojciech]] wants to sublet his room, is that allowed under a standard tenancy?",
    "turn this into a proper crm entry: spoke w [[PERSON|nadia el-amin]] on [[PHONE_NUMBER|0491 570 288]], looking at units in newtown, budget 700 a week",
    "check my maths: broker fee 0.8% of 415000 for client [[PERSON|felix]], plus 495 admin",
    "write a short bio for our website for our new negotiator [[PERSON|summer]], she joined from a lettings firm in bristol",
    "my brother [[PERSON|dev]] is buying his first flat and his solicitor wants his ni number [[ID_NUMBER|qj 48 17 26 c]], is it safe to email that?",
    "reply to this lead: hi im [[PERSON|jade]], can i view the 1 bed on station road this week? my number is [[PHONE_NUMBER|07700 900 631]]",
    "reply to [[PERSON|hollis]], the buyer from tuesday, that the seller wants to keep the curtains, and ask if that is a deal breaker",
    "the card the client used for the holding deposit was [[CREDIT_CARD|4539 7281 0465 2134]], write a receipt for [[PERSON|helen moss]] without the full card number",
    "summarise the offer history for [[STREET_ADDRESS|6 rue des lilas, 69003 lyon]]: [[PERSON|amélie roux]] offered 310k, then 318k, vendor wants 325k",
    "our crm api key is [[API_KEY|crmk_live_9fa27c41d08e4b6aa3b5]], how do i pull all leads from last month with python",
    "translate to polish for my tenant [[PERSON|zbigniew]]: the boiler engineer comes thursday between 8 and 12",
    "make this sound professional: [[PERSON|ade]] the van you wanted is sold sorry, we got a similar one in, call me",
    "plan a moving day timetable for [[PERSON|isla]] and [[PERSON|rory]] moving out of [[STREET_ADDRESS|3/2, 41 hyndland road, glasgow g11 5pu]] on the 30th",
    "the wifi key at the rental is [[PASSWORD|oakhouse-guest-2291]], write a welcome note for tenant [[PERSON|bashir]]",
    # 31-36: other languages.
    "Redacta un correo para la compradora [[PERSON|Marisol Etxeberria]], DNI [[ID_NUMBER|53817294P]], confirmando la firma de las arras del piso en [[STREET_ADDRESS|Calle del Pez 22, 3º B, 28004 Madrid]].",
    "Peux-tu résumer cette note : M. [[PERSON|Lefebvre]] rappelle au [[PHONE_NUMBER|06 39 98 41 27]] pour la visite de l'appartement, il demande si le parking est inclus.",
    "Bitte formuliere eine Antwort an Frau [[PERSON|Schönfeld]] wegen der Mietkaution, IBAN [[IBAN_CODE|DE35 7025 0420 0073 9164 85]], Rückzahlung bis Monatsende.",
    "Escreve uma mensagem ao cliente [[PERSON|João Baptista Moreira]], NIF [[ID_NUMBER|239481763]], a dizer que a escritura ficou marcada para dia 12.",
    "Traduci in inglese: gentile [[PERSON|Giada Santoro]], le confermo la visita all'immobile di [[STREET_ADDRESS|Via dei Mille 17, 20129 Milano]] giovedì alle 18.",
    "Napisz uprzejmą odpowiedź do pana [[PERSON|Krzysztofa Wrony]], PESEL [[ID_NUMBER|92041573823]], że umowa najmu jest gotowa do podpisu.",
    # 37-120: English with capitals.
    "Draft a reply to Mr [[PERSON|Adeyemi]] confirming his offer of £285,000 on the semi has been passed to the vendor. His email is [[EMAIL_ADDRESS|t.adeyemi@northwoodmail.co.uk]].",
    "Summarise this lead for the sales meeting: [[PERSON|Chloe Van der Berg]], [[PHONE_NUMBER|+31 6 4182 7395]], first-time buyer, looking in Utrecht, max 420k.",
    "Can you calculate the stamp duty on a £512,000 purchase for my client [[PERSON|Rupert Ashdown]]? He is not a first-time buyer.",
    "Fix this text before I send it: Hi [[PERSON|Mei]], the landlord says yes to the cat, lease start 1st, key safe code [[PASSWORD|0846]].",
    "Write a handover email for the new owners of [[STREET_ADDRESS|12 Wattle Street, Fitzroy VIC 3065]]. Buyer contact: [[PERSON|Lachlan Kerr]], [[PHONE_NUMBER|0491 570 119]].",
    "My CRM shows a duplicate: customer [[ID_NUMBER|CUS-220914]] and [[ID_NUMBER|CUS-220971]] are both [[PERSON|Ingrid Solberg]]. How should I merge them without losing notes?",
    "Please draft a rejection letter for the rental application from [[PERSON|Darnell Hughes]], reference [[ID_NUMBER|APP-5531-DH]], explaining that the landlord chose another applicant.",
    "Translate into Spanish for my buyer [[PERSON|Esteban]]: the survey found damp in the back bedroom and the vendor will reduce the price by 4,000.",
    "I'm a mortgage broker. Client [[PERSON|Farah Qureshi]] earns 48k and her partner 31k. What's a realistic borrowing range at 4.5x income?",
    "Write a text to [[PERSON|Hope]] saying her viewing at 4pm is moved to 5pm because the current tenants are still packing.",
    "Reply to Dr [[PERSON|Okonkwo-Bright]] who asked whether the asking price is negotiable. Be warm but non-committal.",
    "Our dealership portal login is [[ID_NUMBER|sales.desk04]] with password [[PASSWORD|Torque&Trim2024]]. Write instructions for the new hire on logging test drives.",
    "Summarise the call: [[PERSON|Dmitri Volkov]] rang from [[PHONE_NUMBER|(646) 555-0183]] about the loft on Kent Ave, wants to see it Sunday, cash buyer.",
    "Make a checklist for the key handover to [[PERSON|Amara Nwosu]] at [[STREET_ADDRESS|Apartment 9, 150 Princes Dock Street, Liverpool L3 1DL]], including the gate code [[PASSWORD|#2718]].",
    "Please rewrite this CRM note to be more neutral: client [[PERSON|Barry]] was rude again and demanded a discount on the SUV.",
    "Calculate the total deposit for [[PERSON|Elena Marchetti]]: five weeks' rent on £1,650 a month.",
    "Draft a message to the buyer [[PERSON|Jun-ho Park]] at [[EMAIL_ADDRESS|junho.park@hanmail.net]] asking him to send proof of funds by Wednesday.",
    "Help me reply to [[PERSON|Олег Смирнов]], who wants to know when the contract for the flat will be ready. Keep it short and in English.",
    "Write a thank-you card for [[PERSON|王丽华]] who just completed on the townhouse. She was a pleasure to work with.",
    "Our lettings manager [[PERSON|Sunil Mehta]] needs a template for right-to-rent checks. His employee ID is [[ID_NUMBER|E-55109]]. Can you draft it?",
    "Can you check the payment split? Buyer [[PERSON|Noor Al-Hashimi]] pays 10% deposit on 630,000 AED and the broker gets 2%.",
    "Rewrite this so it's GDPR friendly: Lead: [[PERSON|Patrick Donnelly]], [[EMAIL_ADDRESS|pdonnelly@emeraldpost.ie]], PPS on file, interested in Galway apartments.",
    "The vendor's solicitor needs the buyer's details. Draft an email giving [[PERSON|Harriet Cole]], [[STREET_ADDRESS|7 Lark Rise, Thame OX9 3FD]], [[PHONE_NUMBER|07700 900 245]].",
    "Summarise this finance application: applicant [[PERSON|Carlos Mendes]], CPF [[ID_NUMBER|372.918.465-28]], vehicle price R$ 89.900, 48 installments.",
    "Plan my Saturday: viewings with Mr and Mrs [[PERSON|Achterberg]] at 10, [[PERSON|Leonie]] at 11:30, lunch, then a valuation at [[STREET_ADDRESS|45 Ferry Road, Hull HU13 0AH]].",
    "Draft a contract extension note for tenant [[PERSON|Ruth]] at [[STREET_ADDRESS|Unit 3, 22 Cable Street, Wellington 6011]], new rent NZ$620 a week from March.",
    "Can you explain what 'subject to contract' means to my buyer [[PERSON|Piotr Zieliński]] in simple terms?",
    "Reply to [[PERSON|Fatou Diallo]] who emailed from [[EMAIL_ADDRESS|fatou.diallo@senmail.sn]] asking whether the commercial unit comes with a three-phase supply.",
    "Write a polite chase to the mortgage lender about client [[PERSON|Gareth Price]], account [[ID_NUMBER|MTG-88014273]], whose valuation is two weeks overdue.",
    "The client paid the reservation fee with card [[CREDIT_CARD|5287 1409 3365 8202]]. Draft a refund confirmation for [[PERSON|Ellie Thornton]] quoting only the last four digits.",
    "Fix the tone: [[PERSON|Brandon]], this is the third time you've missed the viewing. Please confirm or we will release the slot.",
    "My tenant [[PERSON|Ayşe Demir]] sent her kimlik number [[ID_NUMBER|28471936000]] for the lease. What should I do with it once the lease is signed?",
    "Please write a social post announcing that [[PERSON|Marguerite]] has sold her 200th home with us this year.",
    "Help me draft a counter-offer to [[PERSON|Hiroshi Nakamura]]: we can do 27,400 on the Lexus if he skips the extended warranty.",
    "Here's the Wi-Fi for the open house: network Maple-Show, key [[PASSWORD|ShowHome!55maple]]. Write a sign for visitors that does NOT include the key, and a note for [[PERSON|Tessa]] that does.",
    "Turn these notes into an email: [[PERSON|Rafael Ortiz]], [[PHONE_NUMBER|+34 612 48 93 07]], second home in Málaga, wants sea view, budget 380k, flying in April.",
    "Calculate the commission split: I sold [[STREET_ADDRESS|1127 Juniper Hollow Dr, Austin, TX 78745]] for $612,000 at 2.5%, my broker takes 30%.",
    "Write a welcome pack intro for [[PERSON|Ngozi]] and her kids moving into [[STREET_ADDRESS|22 Coleridge Gardens, Cardiff CF14 3LT]]. Bins go out on Tuesdays.",
    "Our CRM webhook token is [[API_KEY|whk_4Q8zT1mVb7Lp0sXe3Rk9JdY2]]. Write a short Node.js handler that verifies it on each request.",
    "Reply to [[PERSON|Sebastián Rojas]] who asked if the rental requires a guarantor. His application number is [[ID_NUMBER|RA-70431]].",
    "Draft an email to Ms [[PERSON|Fairweather]] that the buyer's survey is booked for Tuesday and the surveyor will need the loft key.",
    "What's the monthly repayment on a $34,500 car loan at 7.9% APR over 60 months? It's for [[PERSON|DeShawn Miller]].",
    "Can you summarise the dispute? Tenant [[PERSON|Ioana Popescu]] says the deposit deductions of £420 for cleaning are unfair; check-in report showed the oven dirty.",
    "Write a short note for the file: [[PERSON|Ali]] called from [[PHONE_NUMBER|+90 532 418 27 63]] about the villa in Bodrum, he will send his passport [[ID_NUMBER|U18374920]] tomorrow.",
    "Plan a valuation day for the Holloway branch: [[STREET_ADDRESS|9 Tufnell Park Road, London N7 0PR]] at 9, [[STREET_ADDRESS|31b Camden Road, London NW1 9LR]] at 10:30.",
    "Rewrite for clarity: [[PERSON|Georgina Blake-Hamilton]] wishes to withdraw her offer due to the chain collapsing.",
    "Draft a WhatsApp to [[PERSON|Bongani Khumalo]], [[PHONE_NUMBER|+27 82 417 3096]], confirming the transfer attorney has his ID [[ID_NUMBER|8902175381085]] and the bond is approved.",
    "Please draft a follow-up to the client who left a lead on our site from IP [[IP_ADDRESS|198.51.100.74]], name [[PERSON|Stella Okoye]], asking for a valuation.",
    "Explain the difference between exchange and completion to my buyers, [[PERSON|Anil]] and [[PERSON|Deepa]].",
    "Our broker wants my Steuer-ID for the mortgage file: [[ID_NUMBER|57281934060]]. Write the email to Herr [[PERSON|Brandstätter]] asking if he needs anything else.",
    "Draft an apology to [[PERSON|Colm]] that the viewing was double-booked and offer him first choice of slots on Friday.",
    "Summarise these notes: [[PERSON|Sipho]] test drove the Ranger, wants trade-in value on his Polo, call back on [[PHONE_NUMBER|+27 71 903 5824]].",
    "Write a landlord report for [[PERSON|Madeleine Tremblay]], SIN [[ID_NUMBER|619382740]], covering three rent payments received and one maintenance call.",
    "Draft a rental reference request to [[PERSON|Ian Fleet]], previous landlord of my applicant [[PERSON|Wren Castillo]]. His email is [[EMAIL_ADDRESS|ian.fleet@fleetlettings.co.uk]].",
    "What's a fair price reduction strategy for a flat that's been listed 90 days? The vendor, Mr [[PERSON|Haverford]], won't go below 300k.",
    "Help me fill in a CRM record: name [[PERSON|Bogdan Ilić]], email [[EMAIL_ADDRESS|b.ilic@posta.rs]], source: open house, interest: 2-bed new builds.",
    "Can you translate this for my Korean client [[PERSON|김서연]]: the lease renews automatically unless you give two months' notice.",
    "Write a text to [[PERSON|Lorenzo]] with the code for the building gate, [[PASSWORD|4#9021]], and the flat number.",
    "My client [[PERSON|Ahmed Farouk]] wants to pay the deposit from his IBAN [[IBAN_CODE|FR36 3000 4028 3700 0718 2946 153]]. Draft the payment instructions acknowledgement.",
    "Please summarise this email chain in three bullets. Buyer [[PERSON|Jolene Carter]], [[PHONE_NUMBER|(503) 555-0129]], is upset the closing date moved again.",
    "Draft a friendly check-in message to Mrs [[PERSON|Oyelaran]] asking how she's finding the new house.",
    "Work out the yield: [[PERSON|Dominic Shaw]] bought [[STREET_ADDRESS|5 Pottery Lane, Stoke-on-Trent ST4 2NX]] for £165,000 and lets it at £895 a month.",
    "The tenant portal keeps rejecting [[PERSON|Marisa Kowalczyk]]'s login [[ID_NUMBER|mkowalczyk91]] even with the password [[PASSWORD|Poppyfield!31]]. Write her instructions to reset it.",
    "Write an offer letter for the car: customer [[PERSON|Tobias Engel]], customer ID [[ID_NUMBER|K-0049381]], 2021 Golf, £16,450 on the road.",
    "Help me reply to [[PERSON|Σοφία Παπαδοπούλου]] who asked whether utilities are included in the holiday let price.",
    "Draft an email to [[PERSON|Kenji]] that his direct debit for rent will come from [[IBAN_CODE|NL06 RABO 0319 7462 85]] on the first of each month.",
    "Can you turn this into a checklist? Handover for [[PERSON|Oliver Grant]]: 2 front keys, 1 garage fob, alarm [[PASSWORD|3306]], manuals in kitchen drawer.",
    "Reply to the enquiry from [[PERSON|Rosa Lindgren]], personnummer [[ID_NUMBER|790624-3816]], about the apartment in Södermalm.",
    "My tenant's employer reference came from [[EMAIL_ADDRESS|hr@brightwaterlogistics.com]] about [[PERSON|Callum Reid]], employee number [[ID_NUMBER|BW-30215]]. Is that enough for affordability?",
    "Draft a service reminder for [[PERSON|Violet Harper]], [[PHONE_NUMBER|07700 900 872]], whose car is due for its first MOT next month.",
    "Summarise: call from [[PERSON|Mohammed Rahman]], [[PHONE_NUMBER|+91 98450 27136]], Aadhaar [[ID_NUMBER|5381 7294 6024]] shared for the rental agreement in Bengaluru.",
    "Write the commission invoice cover email to [[PERSON|Astrid]] for the sale at [[STREET_ADDRESS|Vesterbrogade 112, 2. th., 1620 København V]].",
    "Our listings API key is [[API_KEY|lst_sk_7d2b91ea40c5f38b6e1a9c04]] and it leaked in a screenshot. Walk me through rotating it.",
    "Proofread: Dear [[PERSON|Magnus]], I'm pleased to confirm your mortgage offer has been issued. Your case number is [[ID_NUMBER|MB-2231907]].",
    "Please make a table of the three offers: [[PERSON|Kofi Mensah]] 402k cash, [[PERSON|Lily Chen]] 410k mortgage, [[PERSON|Javier Ruiz]] 398k chain-free.",
    "Draft a short note to the conveyancer that the buyer [[PERSON|Tamsin Evans]] has moved to [[STREET_ADDRESS|Flat 2, 8 Quay Street, Truro TR1 2HB]] and all post should go there.",
    "Is it legal to ask a rental applicant for their bank statements? Applicant [[PERSON|Matteo Ricci-Lowe]] sent his and they show account [[IBAN_CODE|IE41 BOFI 9001 4827 3910 56]].",
    "Write a price drop alert for our buyer list, and a personal version for [[PERSON|Penny]] who asked to be told first: [[EMAIL_ADDRESS|penny.ashworth@kitemail.org]].",
    "Please summarise: test drive booking, [[PERSON|Hassan Jaber]], licence [[ID_NUMBER|JABER807214HJ9ZX]], Tuesday 2pm, Model 3 long range.",
    "Plan a 30-minute handover call with [[PERSON|Brigid]] for the sale of the shop at [[STREET_ADDRESS|Hauptstraße 41, 79104 Freiburg im Breisgau]]. She needs the till and alarm codes, alarm is [[PASSWORD|918273]].",
    "Reply to [[PERSON|Xavier Dubois]] who asked for the floor plan; the server logs show his downloads failing from [[IP_ADDRESS|203.0.113.58]], so suggest another browser.",
    "Help me word an email to Mrs [[PERSON|Kaur]] about her policy [[ID_NUMBER|LHI-60482217]]: the landlord insurance renewal is due on the 14th.",
    "Draft a payment reminder for [[PERSON|Nikolai Petrov]]: the balance on the camper van is due, card on file [[CREDIT_CARD|4921 8730 5561 9488]] will be charged Friday.",
    "Translate into Arabic for my client [[PERSON|خالد]]: the handover of the apartment is on Sunday at noon.",
]

# 100 records in the style of synthetic PII benchmark datasets: one invented person each.
RECORDS = [
    "[[PERSON|Harold Jennings]] lives at [[STREET_ADDRESS|41 Elmwood Avenue, Bedford MK40 3QP]] and can be reached on [[PHONE_NUMBER|07700 900 158]].",
    "Please send the signed tenancy agreement to [[PERSON|Marta Nowicka]] at [[EMAIL_ADDRESS|marta.nowicka@poczta.pl]].",
    "Name: [[PERSON|Jerome Okafor-Wells]] | Phone: [[PHONE_NUMBER|(415) 555-0162]] | Email: [[EMAIL_ADDRESS|jowells@baymail.com]]",
    "[[PERSON|Aaliyah Brooks]]'s social security number is [[US_SSN|512-47-8839]] and she rents the unit at [[STREET_ADDRESS|2207 Magnolia Ct, Raleigh, NC 27608]].",
    '{"lead_name": "[[PERSON|Cormac Dunne]]", "phone": "[[PHONE_NUMBER|+353 87 419 2836]]", "source": "portal", "budget": 410000}',
    "2024-03-11 09:14:02 INFO login ok user=[[ID_NUMBER|lwhitford]] ip=[[IP_ADDRESS|192.0.2.41]] name=[[PERSON|Lena Whitford]]",
    "Dear Signora [[PERSON|Bianchi]], your codice fiscale [[ID_NUMBER|BNCLRA90A41H501F]] has been added to the purchase contract.",
    "The buyer, [[PERSON|Thabo Mokoena]], paid the deposit with card [[CREDIT_CARD|3746 291830 54711]].",
    "Customer [[PERSON|Inés Castillo Vidal]] (DNI [[ID_NUMBER|20947163M]]) signed the lease for [[STREET_ADDRESS|Avenida de la Constitución 8, 41001 Sevilla]].",
    "Applicant: [[PERSON|Ruben de Vries]]; BSN: [[ID_NUMBER|318472958]]; IBAN: [[IBAN_CODE|BE03 0637 0185 2946]]",
    "My name is [[PERSON|Kateryna Bondarenko]] and my email is [[EMAIL_ADDRESS|k.bondarenko@ukrnet.ua]].",
    "[[PERSON|Samuel Adebayo]] works as a mortgage adviser; his work phone is [[PHONE_NUMBER|020 7946 0915]].",
    "Patient [[PERSON|Edith Carmichael]], NHS number [[ID_NUMBER|729 364 8510]], moved to [[STREET_ADDRESS|12 Heron Way, Norwich NR7 0QD]].",
    "Contact [[PERSON|Louis Girard]] at [[PHONE_NUMBER|06 39 98 12 64]] for the keys.",
    "full_name,email,phone\n[[PERSON|Priscilla Yeo]],[[EMAIL_ADDRESS|pyeo@lionmail.sg]],[[PHONE_NUMBER|+65 9184 3207]]",
    "[[PERSON|Gustavo Almeida]] transferred the rent from [[IBAN_CODE|PT21 0035 0728 1047 3059 1628 3]].",
    "Tax file number [[ID_NUMBER|319 472 062]] belongs to [[PERSON|Brooke Hennessy]], who lives at [[STREET_ADDRESS|7 Banksia Crescent, Toowong QLD 4066]].",
    "Employee [[PERSON|Viktor Hansson]], ID [[ID_NUMBER|EMP-118204]], password reset to [[PASSWORD|Fjord#Lights19]].",
    "[[PERSON|Chiara Russo]] was born in 1988 and her phone number is [[PHONE_NUMBER|+39 347 218 6490]].",
    "Send the invoice to [[PERSON|Declan Murphy]], [[STREET_ADDRESS|Apt 5, 17 Dorset Street Upper, Dublin 1, D01 X2Y4]].",
    "Policy holder: [[PERSON|Yasmin Haddad]]. Policy no.: [[ID_NUMBER|HH-4471-0938]]. Contact: [[EMAIL_ADDRESS|yasmin.haddad@cedarpost.com]].",
    "[[PERSON|Fernando Gutiérrez]] can be contacted at [[PHONE_NUMBER|+52 55 4183 9027]] or [[EMAIL_ADDRESS|fgutierrez@correo.mx]].",
    "The card ending in 5164, full number [[CREDIT_CARD|6011 4772 0938 5164]], is registered to [[PERSON|Rhiannon Pugh]].",
    "User [[ID_NUMBER|dmorrow77]] ([[PERSON|Desmond Morrow]]) logged in from [[IP_ADDRESS|198.51.100.203]].",
    "[[PERSON|Anneke Visser]] woont op [[STREET_ADDRESS|Prinsengracht 263-2, 1016 GV Amsterdam]].",
    "Hi, I'm [[PERSON|Tariq]]. Text me on [[PHONE_NUMBER|07700900764]].",
    '{"customer_id": "[[ID_NUMBER|C-00872144]]", "name": "[[PERSON|Mabel Thornbury]]", "email": "[[EMAIL_ADDRESS|mabel.t@oldmill.co.uk]]"}',
    "[[PERSON|Jean-Baptiste Moreau]], numéro de sécurité sociale [[ID_NUMBER|2 85 06 75 112 048 01]].",
    "Driver licence [[ID_NUMBER|D4827-19305-72614]] was scanned for [[PERSON|Travis Holloway]] before the test drive.",
    "[[PERSON|Sakura Ito]] lives at [[STREET_ADDRESS|3-14-9 Jingumae, Shibuya-ku, Tokyo 150-0001]].",
    "Account holder [[PERSON|Tomás Herrera]], IBAN [[IBAN_CODE|ES66 2038 1472 8506 0029 1836]], monthly rent 950 EUR.",
    "Name: [[PERSON|Olamide Adeyinka]]\nAddress: [[STREET_ADDRESS|14 Admiralty Way, Lekki Phase 1, Lagos 106104]]\nPhone: [[PHONE_NUMBER|+234 803 417 2958]]",
    "[[PERSON|Freya Lindholm]]'s alarm code is [[PASSWORD|2468]].",
    "The mortgage application for [[PERSON|Naveen Iyer]] lists Aadhaar [[ID_NUMBER|2317 4862 9042]] and mobile [[PHONE_NUMBER|+91 99001 48273]].",
    "Dear Mr [[PERSON|Abernathy]], thank you for your enquiry about the bungalow; we will reply to [[EMAIL_ADDRESS|g.abernathy@downsmail.co.uk]] within two days. Kind regards, Sutton Homes",
    "Steuer-ID [[ID_NUMBER|46192738502]], Name [[PERSON|Jürgen Kleinschmidt]], Telefon [[PHONE_NUMBER|030 23125 614]].",
    "[[PERSON|Mariana Costa]] paid with card [[CREDIT_CARD|3566 4021 9873 0531]] on 4 May.",
    "2024-05-02T17:40:11Z WARN failed password for [[ID_NUMBER|agent_kwilson]] from [[IP_ADDRESS|203.0.113.19]] ([[PERSON|Kelsey Wilson]])",
    "[[PERSON|Rory Gallagher-Byrne]] asked us to use [[EMAIL_ADDRESS|rgb.homes@irishpost.ie]] for all correspondence.",
    "Landlord: [[PERSON|Hyacinth Clarke]] | Bank: [[IBAN_CODE|GB86 BARC 2031 4758 1920 36]]",
    "[[PERSON|Wei Zhang]] lives at [[STREET_ADDRESS|Room 1204, 88 Huaihai Road, Xuhui District, Shanghai 200031]] and her phone is [[PHONE_NUMBER|+86 139 1742 8063]].",
    "Tenant [[PERSON|Boris Antonov]], passport [[ID_NUMBER|P7304182]], phone [[PHONE_NUMBER|+359 88 741 2903]].",
    "[[PERSON|Lucy]] set her portal password to [[PASSWORD|Bluebell_Cottage88]].",
    "Contact details for [[PERSON|Ebony Marshall]]: [[PHONE_NUMBER|(718) 555-0136]], [[STREET_ADDRESS|418 Halsey Street, Brooklyn, NY 11233]].",
    "[[PERSON|Maximilian Huber]] wohnt in der [[STREET_ADDRESS|Mariahilfer Straße 77/12, 1060 Wien]], IBAN [[IBAN_CODE|AT10 2011 1829 1730 4856]].",
    "Agent note: [[PERSON|Precious Dlamini]] emailed from [[EMAIL_ADDRESS|precious.d@vusimail.co.za]] asking for a valuation.",
    "Client ID [[ID_NUMBER|CL-30927]] belongs to [[PERSON|Osvaldo Prado]].",
    "[[PERSON|Annika Berglund]] stays at [[STREET_ADDRESS|Götgatan 48, 118 26 Stockholm]].",
    "Caller [[PERSON|Reginald Fox]] gave his date of birth as 12/09/1961 and his SSN as [[US_SSN|384-61-2097]].",
    "The Wi-Fi passphrase for [[PERSON|Ottilie Marsh]]'s holiday let is [[PASSWORD|sandpiper-lowtide-42]].",
    "Applicant XML: <name>[[PERSON|Kieran Doyle]]</name> <email>[[EMAIL_ADDRESS|kdoyle@lettermail.ie]]</email> <status>new</status>",
    "[[PERSON|Sanjana Pillai]] can be reached at [[EMAIL_ADDRESS|sanjana.pillai@keralanet.in]] or [[PHONE_NUMBER|+91 94470 18362]].",
    "Ms [[PERSON|Oduya]] paid the holding deposit; her customer number is [[ID_NUMBER|HD-20931]].",
    "[[PERSON|Alessandro Ferri]], codice fiscale [[ID_NUMBER|RSSMRA84C12F205L]], ha firmato il preliminare.",
    "API token for broker [[PERSON|Gemma Lowry]]: [[API_KEY|brk_tok_3b8f02ac91d7e64c5a10]]",
    "[[PERSON|Ignacio Vargas]]'s mobile number is [[PHONE_NUMBER|+56 9 8413 2706]].",
    "Record 118: [[PERSON|Bridget O'Malley]], [[STREET_ADDRESS|22 Shandon Street, Cork T23 K5W8]], [[PHONE_NUMBER|+353 21 439 2817]].",
    "[[PERSON|Hugo Lambert]] lives at [[STREET_ADDRESS|Rue Royale 45, 1000 Bruxelles]] and his national number is [[ID_NUMBER|85.07.13-271.09]].",
    "[[PERSON|Nomvula]] phoned from [[PHONE_NUMBER|+27 83 560 2419]] about the flat in Sandton.",
    "Username: [[ID_NUMBER|ch.tremaine]] Password: [[PASSWORD|Kingfisher!204]] Owner: [[PERSON|Charlotte Tremaine]]",
    "Broker [[PERSON|Aurelio Santini]] shared his login [[ID_NUMBER|asantini_mtg]] with the trainee.",
    "[[PERSON|Femi Olatunji]] rents [[STREET_ADDRESS|Flat 11, Marlowe Court, 60 Lordship Lane, London SE22 8HJ]] and pays from [[IBAN_CODE|GB41 LOYD 3094 8270 5513 64]].",
    "New lead: [[PERSON|Mackenzie Rowe]], [[EMAIL_ADDRESS|mack.rowe@prairiemail.ca]], SIN [[ID_NUMBER|527 193 841]].",
    "[[PERSON|Jae-won Lim]]'s phone number is [[PHONE_NUMBER|010-4827-3196]].",
    "Vendor [[PERSON|Agnieszka Mazur]] gave the account [[IBAN_CODE|PL08 1020 3874 0000 5192 8374 6102]] for the completion funds.",
    "[[PERSON|Reuben Ashkenazi]] entered the PIN [[PASSWORD|580314]] at the dealership kiosk.",
    "To: [[EMAIL_ADDRESS|dorothea.finch@wrenmail.com]]\nDear [[PERSON|Dorothea]], your viewing is confirmed for Thursday at 2pm.",
    "[[PERSON|Lars Eriksen]] bought the cabin; his card [[CREDIT_CARD|5158 3027 4619 0270]] was charged the booking fee.",
    "Tenant record: [[PERSON|Imani Wanjiru]], [[PHONE_NUMBER|+254 722 418 396]], [[STREET_ADDRESS|Hse 14, Argwings Kodhek Road, Kilimani, Nairobi 00100]].",
    "[[PERSON|Pedro Henrique Lopes]] informou o CPF [[ID_NUMBER|481.739.206-13]] para o contrato de aluguel.",
    "The key safe at [[PERSON|Cressida Vane]]'s cottage opens with [[PASSWORD|1357]].",
    "[[PERSON|Oskar Lindberg]] called from [[PHONE_NUMBER|+46 70 418 29 63]] about the lease.",
    '{"user": "[[ID_NUMBER|mfaraday_lets]]", "display_name": "[[PERSON|Martha Faraday]]", "last_ip": "[[IP_ADDRESS|2001:db8:4a1::2f]]"}',
    "[[PERSON|Clementine Dubois]] habite au [[STREET_ADDRESS|18 avenue Jean Jaurès, 33000 Bordeaux]], téléphone [[PHONE_NUMBER|06 39 98 70 35]].",
    "Member number [[ID_NUMBER|M-4418270]] is held by [[PERSON|Winston Achebe]].",
    "[[PERSON|Tilly Ambrose]] shared her email, [[EMAIL_ADDRESS|tilly.ambrose@heathmail.co.uk]], at the open house.",
    "Kimlik no [[ID_NUMBER|35612894020]] belongs to [[PERSON|Emre Yıldız]], who lives at [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]].",
    "[[PERSON|Jasper Quinn]] uses the passphrase [[PASSWORD|copper kettle harbour moon]] for the landlord portal.",
    "Name: [[PERSON|Nour Khalil]]\nEmail: [[EMAIL_ADDRESS|nour.khalil@levantmail.com]]\nPhone: [[PHONE_NUMBER|+971 50 418 2736]]\nCard: [[CREDIT_CARD|4481 0293 7756 3415]]",
    "Customer [[PERSON|Zanele Ntuli]] asked to update her phone to [[PHONE_NUMBER|+27 72 316 4085]].",
    "[[PERSON|Matilda Frost]], employee number [[ID_NUMBER|ST-07731]], approved the rental valuation.",
    "Send the completion statement to [[PERSON|Arjun Kapoor-Hale]] at [[EMAIL_ADDRESS|arjun.kh@thamesidemail.com]] and [[STREET_ADDRESS|3 Riverside Mews, Kingston upon Thames KT1 1LQ]].",
    "[[PERSON|Valentina Greco]] paga l'affitto dal conto [[IBAN_CODE|IT95 X030 6909 4410 0000 8127 539]].",
    "[[PERSON|Esther Mbeki]]'s NHS number is [[ID_NUMBER|481 926 3757]].",
    "Login [[ID_NUMBER|ngallo.dealer]] for [[PERSON|Nico Gallo]] was locked after three failures from [[IP_ADDRESS|198.51.100.12]].",
    "[[PERSON|Phoebe Langford]] can be reached at [[PHONE_NUMBER|(206) 555-0191]].",
    "Dear [[PERSON|Quentin Ashby]], please find the inventory attached. We have your mobile as [[PHONE_NUMBER|07700 900 388]]; tell us if it has changed.",
    "[[PERSON|Benedikt Vogt]] hat die Kaution von [[IBAN_CODE|CH72 0048 3072 9518 3640 X]] überwiesen.",
    "TFN: [[ID_NUMBER|716 429 389]] | Name: [[PERSON|Shauna McAllister]] | Mobile: [[PHONE_NUMBER|0491 570 463]]",
    "[[PERSON|Lorcan Fitzgerald]] lives at [[STREET_ADDRESS|51 Marine Parade, Napier 4110]] with his family.",
    "[[PERSON|Yolanda Pérez]]'s passport number is [[ID_NUMBER|PAB481927]].",
    "Audit log: API key [[API_KEY|prop_ak_e51c9a07b38d24f6]] created by [[PERSON|Rashid Anwar]].",
    "[[PERSON|Elspeth Munro]] stays at [[STREET_ADDRESS|17 Dundas Street, Edinburgh EH3 6QG]]; her email is [[EMAIL_ADDRESS|elspeth.munro@lothianmail.co.uk]].",
    "Card holder [[PERSON|Cyrus Bahrami]], card [[CREDIT_CARD|3728 940155 62016]], amount 500 GBP.",
    "[[PERSON|Liesel Baumann]] gave her Steuer-ID as [[ID_NUMBER|57931846200]].",
    "[[PERSON|Tendai Moyo]] called on [[PHONE_NUMBER|+263 77 418 2956]] asking about the farm plot.",
    "Respondent: [[PERSON|Marcelline Aubert]], Address: [[STREET_ADDRESS|4 place du Marché, 67000 Strasbourg]], Phone: [[PHONE_NUMBER|06 39 98 55 10]], Email: [[EMAIL_ADDRESS|m.aubert@alsacemail.fr]]",
    "[[PERSON|Gideon Frye]]'s gate code is [[PASSWORD|*7712#]].",
    "[[PERSON|Rosalind Achter]] emailed [[EMAIL_ADDRESS|r.achter@polderpost.nl]] from [[IP_ADDRESS|192.0.2.188]].",
    "Dear Mr [[PERSON|Okwuosa]], your tenancy at [[STREET_ADDRESS|26 Wellfield Road, Preston PR1 8SH]] renews on 1 June. Yours sincerely, Lettings Team",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks.
CLEAN_MTBENCH = [
    "Write a persuasive short essay on why cities should invest in protected bike lanes.",
    "Compose a haiku sequence about the first snowfall in a mountain village.",
    "Explain the causes of the French Revolution to a twelve-year-old in under 200 words.",
    "Write a Python function that returns the longest palindromic substring of a string, and explain its time complexity.",
    "Imagine you are Sherlock Holmes. Deduce what you can about a visitor who arrives with muddy boots and a sunburnt left arm.",
    "If a train leaves at 3pm travelling at 80 km/h and another leaves an hour later at 100 km/h on the same track, when does the second catch up?",
    "Describe how photosynthesis converts light energy into chemical energy, including the light-dependent reactions.",
    "Role-play as a tour guide at the Colosseum explaining how gladiator games were organised.",
    "Write a SQL query that finds the top three products by revenue in each region from a sales table.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "Draft a product description for a reusable water bottle that keeps drinks cold for 24 hours.",
    "What are the main differences between TCP and UDP, and when would you choose each?",
    "Pretend you are Elizabeth Bennet writing a letter to a friend about a disappointing ball.",
    "Solve for x: 3x squared minus 12x plus 9 equals 0. Show your steps.",
    "Write a short story in which a lighthouse keeper discovers the light has started blinking in Morse code.",
    "Explain the concept of opportunity cost using an everyday example.",
    "Create a weekly study plan for learning basic Spanish in three months.",
    "How did Marie Curie's discoveries change medicine in the twentieth century?",
    "Write a JavaScript debounce function and show how to use it on a search input.",
    "You are a medieval blacksmith. Explain to an apprentice how to temper a sword blade.",
    "Summarise the plot of Hamlet in five sentences, without spoilers beyond the second act.",
    "Why is the sky blue during the day and red at sunset? Explain Rayleigh scattering simply.",
    "Give three arguments for and three against a four-day working week.",
    "Write a limerick about a cat who is afraid of cucumbers.",
    "Explain what a hash table is and how collisions are handled.",
]

CLEAN_GSM8K = [
    "Mila buys 4 packs of stickers with 12 stickers each. She gives 15 to her brother. How many stickers does she have left?",
    "A bakery sells muffins for $2.50 each. Theo buys 6 muffins and pays with a $20 bill. How much change does he get?",
    "Priya reads 18 pages a day. Her book has 342 pages. How many days will it take her to finish it?",
    "Jonas has three times as many marbles as Elsa. Together they have 64 marbles. How many does Elsa have?",
    "A farmer plants 8 rows of tomatoes with 14 plants in each row. Rabbits eat 9 plants. How many plants remain?",
    "Carmen walks 2.4 km to school and back every day for 5 days. How far does she walk in a week of school?",
    "Omar saves $15 a week. How many weeks will it take him to save for a bike that costs $240?",
    "A shop discounts a $80 jacket by 25%. Lena also uses a $5 coupon. What does she pay?",
    "Felix bakes 5 trays of cookies with 24 cookies on each tray and packs them into boxes of 8. How many boxes does he fill?",
    "Ava is 4 years older than Ben. In 6 years, the sum of their ages will be 40. How old is Ava now?",
    "A tank holds 1,200 litres and drains at 40 litres per minute. How long until it is half empty?",
    "Hugo buys 3 notebooks at $4 each and 2 pens at $1.75 each. How much does he spend?",
    "Nia ran 5 km on Monday, 7 km on Wednesday and twice Wednesday's distance on Saturday. How far did she run in total?",
    "A class of 30 students splits into groups of 4, with leftover students joining existing groups. How many groups have 5 students?",
    "Rosa earns $18 an hour and works 6 hours a day, 4 days a week. How much does she earn in 3 weeks?",
    "Kai has 120 photos. He deletes a third of them and then takes 25 more. How many photos does he have?",
    "A recipe needs 3 eggs for 12 pancakes. How many eggs does Ines need for 40 pancakes?",
    "Leo's phone battery loses 8% per hour. Starting at 100%, after how many full hours is it below 30%?",
    "Sasha buys a plant for $12 and sells cuttings for $3 each. How many cuttings must she sell to make a $15 profit?",
    "A cinema has 22 rows of 18 seats. 137 seats are empty. How many people are in the cinema?",
    "Mateo cycles at 15 km/h for 2 hours and then at 12 km/h for 1.5 hours. What distance does he cover?",
    "Zoe splits a $96 bill with three friends, and they add a 12.5% tip. How much does each person pay?",
    "A garden is 12 m by 9 m. Amir puts a path 1 m wide around the inside edge. What area is left for grass?",
    "Tess collects 7 shells a day for 9 days, then loses 11. How many shells does she have?",
    "Dev fills 14 bags with 2.5 kg of flour each from a 50 kg sack. How much flour is left?",
]

CLEAN_MMLU = [
    "Which scientist proposed the three laws of planetary motion? A) Galileo Galilei B) Johannes Kepler C) Isaac Newton D) Tycho Brahe",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which organelle is the site of aerobic respiration? A) Ribosome B) Mitochondrion C) Golgi apparatus D) Lysosome",
    "In economics, a price ceiling set below the equilibrium price leads to: A) a surplus B) a shortage C) no change D) higher supply",
    "Who wrote The Wealth of Nations? A) John Locke B) Karl Marx C) Adam Smith D) David Hume",
    "What is the derivative of sin(x)? A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "The Treaty of Versailles was signed at the end of which war? A) Crimean War B) World War I C) World War II D) Boer War",
    "Which element has the chemical symbol Fe? A) Fluorine B) Iron C) Lead D) Francium",
    "Under English contract law, an offer may be revoked: A) never B) any time before acceptance C) only in writing D) only after 30 days",
    "Which river flows through Budapest? A) Rhine B) Danube C) Vistula D) Elbe",
    "Who painted The Night Watch? A) Vermeer B) Rembrandt C) Rubens D) Van Dyck",
    "What is the time complexity of binary search on a sorted array? A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "A deed transferring property without any warranties of title is a: A) general warranty deed B) special warranty deed C) quitclaim deed D) trust deed",
    "Which philosopher wrote the Critique of Pure Reason? A) Hegel B) Kant C) Nietzsche D) Spinoza",
    "The speed of light in vacuum is approximately: A) 3 x 10^5 m/s B) 3 x 10^8 m/s C) 3 x 10^10 m/s D) 3 x 10^6 m/s",
    "Which hormone regulates blood glucose by promoting uptake into cells? A) Glucagon B) Insulin C) Cortisol D) Adrenaline",
    "Who led the Salt March in 1930? A) Jawaharlal Nehru B) Mahatma Gandhi C) Subhas Chandra Bose D) B. R. Ambedkar",
    "What is the pH of a neutral solution at 25 degrees Celsius? A) 0 B) 5 C) 7 D) 14",
    "Which mountain range separates Europe from Asia? A) Alps B) Urals C) Carpathians D) Pyrenees",
    "In a mortgage, amortisation refers to: A) interest only payments B) gradual repayment of principal C) property valuation D) early repayment fees",
    "Who developed the theory of general relativity? A) Niels Bohr B) Albert Einstein C) Max Planck D) Werner Heisenberg",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "The Magna Carta was sealed in: A) 1066 B) 1215 C) 1415 D) 1603",
    "What does GDP stand for? A) Gross Domestic Product B) General Development Plan C) Government Debt Percentage D) Gross Deposit Payment",
    "Which author created the character Jay Gatsby? A) Ernest Hemingway B) F. Scott Fitzgerald C) John Steinbeck D) William Faulkner",
]

CLEAN_HEALTH = [
    "I've had a dry cough for three weeks that gets worse at night. Should I see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a bad headache?",
    "My ankle is swollen after I twisted it running yesterday. How do I know if it's broken or sprained?",
    "What are the early signs of type 2 diabetes?",
    "How much water should an adult drink per day in hot weather?",
    "I get dizzy when I stand up quickly. Is that something to worry about?",
    "Can stress cause chest tightness, or should I always treat it as a heart problem?",
    "What's the difference between a cold and the flu?",
    "My child has a rash that doesn't fade when I press a glass on it. What should I do?",
    "How long after a tetanus shot can I expect arm soreness to go away?",
    "Are there natural ways to lower blood pressure besides medication?",
    "I keep waking up at 3am and can't get back to sleep. Any tips?",
    "What foods should I avoid if I have gout?",
    "Is it normal to feel tired for weeks after recovering from a viral infection?",
    "How often should adults get their eyes tested?",
    "What are the symptoms of a urinary tract infection and when do I need antibiotics?",
    "Can I exercise with a mild fever?",
    "My knee clicks when I climb stairs but doesn't hurt. Should I be concerned?",
    "What is a normal resting heart rate for a 40-year-old?",
    "How do I tell if a mole has changed in a way that needs checking?",
    "Is it okay to drink coffee while breastfeeding?",
    "What should I pack in a basic first aid kit for a family holiday?",
    "I have heartburn most evenings after dinner. What lifestyle changes help?",
    "How long does a migraine usually last and when is it an emergency?",
    "Can seasonal allergies cause a sore throat and tiredness?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "53817294P": dni_ok,  # Spanish DNI
    "20947163M": dni_ok,
    "239481763": nif_ok,  # Portuguese NIF
    "92041573823": pesel_ok,  # Polish PESEL
    "372.918.465-28": cpf_ok,  # Brazilian CPF
    "481.739.206-13": cpf_ok,
    "28471936000": kimlik_ok,  # Turkish kimlik
    "35612894020": kimlik_ok,
    "619382740": luhn_len(9),  # Canadian SIN
    "527 193 841": luhn_len(9),
    "57281934060": steuer_id_ok,  # German tax id
    "46192738502": steuer_id_ok,
    "57931846200": steuer_id_ok,
    "8902175381085": luhn_len(13),  # South African id
    "790624-3816": luhn_len(10),  # Swedish personnummer
    "5381 7294 6024": aadhaar_ok,  # Indian Aadhaar
    "2317 4862 9042": aadhaar_ok,
    "318472958": bsn_ok,  # Dutch BSN
    "729 364 8510": nhs_ok,  # NHS number
    "481 926 3757": nhs_ok,
    "319 472 062": tfn_ok,  # Australian tax file number
    "716 429 389": tfn_ok,
    "BNCLRA90A41H501F": codice_fiscale_ok,  # Italian codice fiscale
    "RSSMRA84C12F205L": codice_fiscale_ok,
    "2 85 06 75 112 048 01": nir_ok,  # French NIR
    "85.07.13-271.09": belgian_id_ok,  # Belgian national number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|31|34|39|46|52|56|65|86|90|91|234|254|263|353|359|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The chat requests name people and carry contacts or secrets; the records name one
    person each and carry every kind of value between them."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 110 or secret < 12:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"record without a person: {marked[:60]!r}")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    missing = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD",
               "CREDIT_CARD", "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY"} - kinds  # fmt: skip
    if missing:
        raise SystemExit(f"no {sorted(missing)}")
    plain = " ".join(strip_marks(t)[0] for t in CHAT).lower()
    for word in ("viewing", "mortgage", "tenant", "handover", "crm", "lead", "contract"):
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
        "blind103", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
