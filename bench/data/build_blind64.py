# ruff: noqa: E501
"""A sixty-fourth blind privacy set: 220 pasted documents with personal data and 100 clean
ones, each pasted with a short request before or after it (summarise, fix, translate,
extract, rewrite, explain).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The personal-data texts are pasted material, not chat:

* 30 e-mail threads (quoted replies, forwards, out-of-office notes, signatures) in English,
  German, French, Spanish and Norwegian, with names, phones, e-mails, addresses, IBANs,
  national ids, an SSN, logins, passwords and PINs;
* 25 support tickets (help desks, Jira, Zendesk, Freshdesk, customer-service and hospital
  IT queues) with requesters, logins, customer, member and staff numbers, cards, SSNs;
* 30 server and application logs (sshd, nginx, HAProxy, Apache, postfix, Windows events,
  Django, Java, Android logcat, Kubernetes, audit trails, CloudTrail, RADIUS, firewall)
  with usernames, client IPs, e-mails, bearer and session tokens and keys;
* 20 CSV and TSV exports (members, staff, payroll, payouts, patients, attendees, tenants,
  temporary passwords);
* 20 JSON and YAML records (API responses, fixtures, MongoDB documents, KYC and clinic
  records, webhook payloads, a Kubernetes secret, an Ansible inventory);
* 25 .env files and config snippets (docker-compose, Spring, Django, wp-config, .npmrc,
  AWS credentials, .netrc, rclone, msmtp, wpa_supplicant, kubeconfig, cloud-init, router
  backup) with real-looking passwords, API keys, tokens and logins;
* 20 code snippets with hard-coded credentials and stack traces naming users (Python,
  Node.js, Java, Go, PHP, C#, Ruby, Swift, Kotlin, Rust, Bash, SQL seeds, cURL);
* 15 meeting minutes with attendee lists (residents, boards, clubs, CAB, HR panels,
  stand-ups, a flat meeting);
* 10 CVs and résumés (UK, German, US, Australian, French, South African, Filipino,
  Ukrainian, Belgian, Japanese);
* 25 invoices, receipts, bills, delivery notes, customs forms and shipping labels with
  customer names and addresses, cards and IBANs.

Usernames and logins, account, customer, member, employee, student, patient, policy and
client numbers, licences, passports and national and tax ids are ID_NUMBER; PINs, door,
alarm and key-safe codes, wifi keys, one-time codes and passwords PASSWORD; API keys,
access, bearer, session and refresh tokens and signing secrets API_KEY; titles and relation
words (Mr, Mrs, Dr, Professor, Sister, Commodore, Revd, Doña, Mevrouw) stay outside PERSON
spans; an address span runs from the street line through the postcode and city as typed,
across line breaks on labels; every IP in a personal-data text is labelled; public figures,
companies, order, ticket, invoice, tracking, claim and request numbers, commit hashes,
resource UUIDs, masked card endings, sort codes and dates of birth are not labelled;
shared role mailboxes (accounts, support, no-reply) are left out of the pasted documents;
every occurrence of a private value is marked. The 100 clean texts hold no personal data at all: 20 code snippets and configs with
placeholders and environment-variable references, 20 READMEs, API docs, changelogs and
release notes, 15 error logs and SQL schemas naming no user, 20 literature and
encyclopedia-style excerpts naming historic and public figures, and 25 licences, legal
boilerplate, templates with placeholders, recipes and product descriptions, full of
capitalised terms, version numbers, commit hashes, UUIDs, loopback and private-range
addresses and example.com e-mails.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0 and the
01xx 496 0 city ranges; North America 555-01xx; Australia 0491 570 and 5550; France
06 39 98 and 01 99 00; Germany 030 23125, 040 66969, 089 99998) and in each country's own
layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and
not documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (Norwegian fødselsnummer,
Brazilian CPF, Spanish DNI and NIE, Indian Aadhaar, Polish PESEL, Swedish personnummer,
Dutch BSN, Irish PPS number, Italian codice fiscale, Singapore NRIC, German tax id, NHS
number, Canadian SIN, French NIR, South African id, Portuguese NIF).

Run ``.venv/bin/python bench/data/build_blind64.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    steuer_id_ok,
)
from marks import build_sections

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 300
PASTE_WORDS = (10, 200)
PASTE_VALUES = (1, 16)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Herr|Frau|Mme|Madame|Monsieur|Sr|Sra|Don|Doña|Sig|Dott|Sister|Nurse|Mevrouw|Meneer)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 30 pasted e-mail threads with signatures, phone numbers and addresses, each with an instruction.
EMAILS = [
    """Can you summarise this thread in three bullet points? I only need the decisions.

-----Original Message-----
From: [[PERSON|Harriet Okonjo]] <[[EMAIL_ADDRESS|h.okonjo@fenwick-lettings.co.uk]]>
Sent: 14 March 2024 09:12
To: [[PERSON|Declan Moriarty]] <[[EMAIL_ADDRESS|declan.moriarty@fenwick-lettings.co.uk]]>
Subject: RE: Flat 4 inventory

[[PERSON|Declan]],

The tenant at [[STREET_ADDRESS|Flat 4, 27 Cavendish Road, Leeds LS6 1QF]] says the boiler was already faulty at check-in. I've found the inventory photos and they back her up. Let's not take it out of the deposit. Can you ring the contractor and book a repair for next week?

Thanks,
[[PERSON|Harriet]]

[[PERSON|Harriet Okonjo]] | Lettings Manager
Fenwick Lettings
T: [[PHONE_NUMBER|0113 496 0418]]
M: [[PHONE_NUMBER|07700 900284]]""",
    """From: [[PERSON|Tomasz Wierzbicki]] <[[EMAIL_ADDRESS|t.wierzbicki@halden-group.eu]]>
To: Accounts Payable
Cc: [[PERSON|Ines Carvalho]] <[[EMAIL_ADDRESS|ines.carvalho@halden-group.eu]]>
Subject: Change of bank details - urgent

Hello team,

Please update my expense reimbursement account to the following from this month:

Account holder: [[PERSON|Tomasz Wierzbicki]]
IBAN: [[IBAN_CODE|PL76 1050 1445 1000 0022 7481 9300]]
Bank: ING Bank Śląski

The old account at mBank is being closed on the 30th. [[PERSON|Ines]] has approved the change, she is in copy.

Regards,
[[PERSON|Tomasz]]
[[PHONE_NUMBER|+48 602 418 337]]

^ is this a phishing email? the sender domain looks right but the urgency is weird. tell me what to check before acting on it.""",
    """Translate this into English please, keep the formatting:

Von: [[PERSON|Sabine Krautwurst]] <[[EMAIL_ADDRESS|s.krautwurst@mainwerk-gmbh.de]]>
Gesendet: Dienstag, 7. Mai 2024 16:40
An: [[PERSON|Jonas Beckmann]]
Betreff: Zugang zum Kundenportal

Hallo [[PERSON|Jonas]],

wie besprochen hier deine Zugangsdaten für das Kundenportal. Benutzername: [[ID_NUMBER|jbeckmann.extern]], vorläufiges Passwort: [[PASSWORD|Mw!2024-fruehjahr]]. Bitte ändere das Passwort bei der ersten Anmeldung.

Bei Fragen erreichst du mich unter [[PHONE_NUMBER|030 23125 417]].

Viele Grüße
[[PERSON|Sabine]]""",
    """pls draft a polite reply saying we can't refund after 60 days but can offer store credit

> On Fri, 2 Feb 2024 at 18:03, [[PERSON|Gary Pemberton]] <[[EMAIL_ADDRESS|garypemberton61@btinternet.com]]> wrote:
> I bought the oak sideboard in November (order 88-31174) and one of the drawers has split along the grain. I want a full refund. I have kept the box. You can collect it from [[STREET_ADDRESS|9 Larkhill Close, Shrewsbury SY3 8PN]] any weekday after 2pm. My number is [[PHONE_NUMBER|07700 900617]] if the driver needs it.
> [[PERSON|G. Pemberton]]""",
    """Summarise for the weekly ops report, one paragraph:

From: [[PERSON|Anjali Deshmukh]] <[[EMAIL_ADDRESS|anjali.d@tarangfreight.in]]>
To: Ops India (distribution list)
Subject: Pune warehouse - power outage update

Team,
Power at the Chakan site was restored at 14:20 after roughly five hours. The generator failed to start because the fuel line had been disconnected during last week's servicing. No stock was damaged, but 41 outbound consignments missed the evening cut-off and will go out tomorrow. I have asked the facilities vendor for a written root cause.

For anything urgent tonight call me on [[PHONE_NUMBER|+91 98201 44713]] or [[PERSON|Rohan Kulkarni]] on [[PHONE_NUMBER|+91 97695 20184]].

[[PERSON|Anjali Deshmukh]]
Regional Operations Lead, West""",
    """Thread below. Who actually agreed to cover the Saturday shift? I'm confused.

---
[[PERSON|Maeve Gallagher]] wrote:
Can anyone swap with me on Sat 16th? Family thing. Text me on [[PHONE_NUMBER|+353 87 316 4402]].

---
[[PERSON|Oisín Brennan]] wrote:
I can do the morning but not past 2.

---
[[PERSON|Niamh Furlong]] wrote:
I'll take the afternoon then if [[PERSON|Oisín]] does the morning. [[PERSON|Maeve]] you owe us both a coffee.

---
[[PERSON|Maeve Gallagher]] wrote:
Deal!! thank you both x""",
    """Extract all contact details from this signature block into a table (name, role, phone, email):

Best regards,

[[PERSON|Leonie Vandermeer]]
Head of Procurement
Hoogland & Zonen B.V.
[[STREET_ADDRESS|Keizersgracht 418, 1016 GD Amsterdam]]
Direct: [[PHONE_NUMBER|+31 20 794 6132]]
Mobile: [[PHONE_NUMBER|+31 6 4182 7730]]
[[EMAIL_ADDRESS|l.vandermeer@hoogland-zonen.nl]]

On behalf of: [[PERSON|Pieter Brouwer]], Managing Director ([[EMAIL_ADDRESS|p.brouwer@hoogland-zonen.nl]])""",
    """From: ClinicBook (do not reply)
To: [[EMAIL_ADDRESS|fatima.zahraoui@outlook.com]]
Subject: Appointment confirmation

Dear [[PERSON|Fatima Zahraoui]],

Your appointment with Dr [[PERSON|Lucas Ferreira]] is confirmed for Thursday 11 April at 10:30.
Patient number: [[ID_NUMBER|PT-0048817]]
Address on file: [[STREET_ADDRESS|52 Wellington Street, Apt 6, Toronto, ON M5V 1E6]]
Phone on file: [[PHONE_NUMBER|(416) 555-0173]]

If you need to cancel, reply to this email at least 24 hours before.

Can you translate this into Arabic for my mother? Keep the times and numbers exactly as they are.""",
    """can u make this email sound less angry, it's going to my landlord

Hi Mr [[PERSON|Ashworth]],

This is the THIRD time I'm writing about the damp in the back bedroom at [[STREET_ADDRESS|14 Primrose Terrace, Bristol BS5 6JH]]. You said in January someone would come. Nobody came. My daughter has a cough that won't go away and the mould is back on the ceiling. I need a date this week or I'm contacting the council.

[[PERSON|Kayleigh Dunmore]]
[[PHONE_NUMBER|0117 496 0382]]""",
    """From: [[PERSON|Rafael Sandoval]] <[[EMAIL_ADDRESS|rsandoval@cuatrovientos.mx]]>
To: [[PERSON|Carmen Ibarra]] <[[EMAIL_ADDRESS|cibarra@cuatrovientos.mx]]>
Subject: Datos para el alta en nómina

[[PERSON|Carmen]], te paso los datos del nuevo ingeniero para el alta:

Nombre: [[PERSON|Emiliano Treviño Garza]]
Teléfono: [[PHONE_NUMBER|+52 81 2749 3316]]
Domicilio: [[STREET_ADDRESS|Calle Padre Mier 1207, Col. Centro, 64000 Monterrey, NL]]
Correo personal: [[EMAIL_ADDRESS|emi.trevino.g@gmail.com]]

Empieza el lunes 3. Saludos,
[[PERSON|Rafael]]

-- translate to english and tell me what info is still missing for a payroll setup""",
    """I need to forward this to legal, can you shorten it to the key facts?

On Tue, Jun 4, 2024, [[PERSON|Corinne Aldridge]] <[[EMAIL_ADDRESS|corinne@larkspurstudio.co.uk]]> wrote:

Hi [[PERSON|Marcus]],

We delivered the final brand files on 12 April as agreed. Invoice 2024-019 for £4,800 was due on 12 May and is now over three weeks late. I've attached the signed statement of work again. If payment isn't received by Friday I'll have to pass this to a collections agency, which I'd really rather not do.

You can reach me directly on [[PHONE_NUMBER|07700 900956]].

[[PERSON|Corinne Aldridge]]
Larkspur Design Studio
[[STREET_ADDRESS|Unit 3, 18 Canal Wharf, Manchester M1 5LH]]

> On Mon, May 13, 2024, [[PERSON|Marcus Fairweather]] <[[EMAIL_ADDRESS|marcus.f@peakroast.co.uk]]> wrote:
> Sorry [[PERSON|Corinne]], finance are chasing it, should be this week.""",
    """Subject: Re: Re: Re: conference hotel
From: [[PERSON|Yuki Tanabe]] <[[EMAIL_ADDRESS|yuki.tanabe@kitsune-robotics.jp]]>

Thanks [[PERSON|Sven]]. I booked the room under my name. Confirmation is HX-204418. I arrive late on the 8th so please ask the front desk to hold it. My mobile in Japan is [[PHONE_NUMBER|090-4417-2863]], and I will have roaming.

[[PERSON|Sven Lindqvist]] wrote:
> Great, the hotel is the Scandic on Vasagatan. Send me your flight number and I'll arrange a pickup. My number is [[PHONE_NUMBER|+46 70 318 22 46]].

What does [[PERSON|Yuki]] still need to send [[PERSON|Sven]]? one line answer""",
    """Fix the grammar in my reply at the bottom, don't change the quoted part.

> From: [[PERSON|Deborah Nwachukwu]] <[[EMAIL_ADDRESS|deb.nwachukwu@lagosparkschool.ng]]>
> Dear parent, we need the updated medical form for [[PERSON|Chidera]] before the school trip. Please also confirm the emergency contact number.

Dear Mrs [[PERSON|Nwachukwu]], thank you for remind me. I will sent the form tomorow with [[PERSON|Chidera]]. Emergency contact is her father [[PERSON|Ikenna Obi]], his number is [[PHONE_NUMBER|+234 803 516 2208]]. Sorry for the delay.
[[PERSON|Adaeze Obi]]""",
    """From: IT Service Desk
To: [[PERSON|Bartholomew Quayle]] <[[EMAIL_ADDRESS|b.quayle@corvell.example]]>
Subject: Your temporary VPN credentials

Hi [[PERSON|Bartholomew]],

As requested in ticket SD-77120, here are your temporary VPN credentials while your hardware token is replaced:

Username: [[ID_NUMBER|bquayle]]
Password: [[PASSWORD|Glimmer-Otter-5813]]
Valid until: 21/06/2024

Please do not share these.
Service Desk

---
is it normal for IT to send passwords by email like this? what should I tell them""",
    """Please list every action item and owner from this email.

From: [[PERSON|Priyanka Subramaniam]]
To: Project Heron team
Date: Wed 10 Jul

Hi all, quick recap of today's call:
1. [[PERSON|Callum Reid]] to send the revised data model to the vendor by Friday.
2. [[PERSON|Olga Petrenko]] to check whether the Kyiv office can host the UAT session.
3. I'll chase the licence renewal with procurement.
4. [[PERSON|Callum]] and [[PERSON|Olga]] to agree the cutover weekend.

If you can't make Monday's follow-up please let me know on [[PHONE_NUMBER|+44 20 7946 0735]].
[[PERSON|Priyanka]]""",
    """From: [[PERSON|Henrik Aasland]] <[[EMAIL_ADDRESS|henrik.aasland@fjordbygg.no]]>
Til: Lønnsavdelingen
Emne: Feil i lønnsslipp juni

Hei,
Lønnsslippen min for juni mangler overtid for uke 23 og 24 (til sammen 14 timer). Fødselsnummer [[ID_NUMBER|14038649311]], ansattnummer [[ID_NUMBER|FB-2207]]. Kontonummer for utbetaling er uendret.

Mvh
[[PERSON|Henrik Aasland]]
Tlf [[PHONE_NUMBER|+47 916 42 738]]

Translate to English. Also is it a problem that he put his national id number in an email?""",
    """Summarise what the customer wants, in one sentence:

Hello,
My name is [[PERSON|Giulia Benedetti]] and I ordered the espresso machine on your site last week. I moved house and would like it delivered to my new address instead: [[STREET_ADDRESS|Via dei Mille 42, 20129 Milano MI]]. My phone is [[PHONE_NUMBER|+39 347 218 5596]] and email [[EMAIL_ADDRESS|giulia.benedetti88@libero.it]].
Grazie mille,
[[PERSON|Giulia]]""",
    """Below is an out-of-office reply I got. When is she back and who should I contact meanwhile?

Automatic reply: Q3 forecast
Thank you for your email. I am on annual leave until Monday 19 August with limited access to email. For urgent finance matters please contact [[PERSON|Dariusz Nowicki]] ([[EMAIL_ADDRESS|dariusz.nowicki@brightmoor.co.uk]], [[PHONE_NUMBER|020 7946 0528]]). For payroll queries, [[PERSON|Shona McAllister]] on [[PHONE_NUMBER|0131 496 0771]].
Kind regards,
[[PERSON|Rebecca Tallis]]""",
    """From: Nimbus Hosting Support
To: [[EMAIL_ADDRESS|admin@theolderbakery.co.uk]]
Subject: Re: Locked out of control panel

Hi [[PERSON|Ewan]],

We've reset the control panel login for account [[ID_NUMBER|NH-559027]]. Your new temporary password is [[PASSWORD|qT7#vL2pWm9e]]. The login attempts that triggered the lock came from [[IP_ADDRESS|198.51.100.77]], which you confirmed was your office connection.

Regards,
[[PERSON|Aylin]]
Nimbus Hosting Support

> [[PERSON|Ewan Pritchard]] wrote: Hi, I can't log in, it says too many attempts. It's the account for The Older Bakery.

what should [[PERSON|Ewan]] do now? step by step, short""",
    """Rewrite the reference letter below in a warmer tone, same facts:

To whom it may concern,

[[PERSON|Samira Haddad]] worked as a laboratory technician in our department from September 2019 to June 2024. She was reliable, careful with documentation and trained four junior staff on the mass spectrometer. I recommend her for the position.

Should you need further information, I can be contacted at [[EMAIL_ADDRESS|m.oyelaran@kentmere.ac.uk]] or on [[PHONE_NUMBER|0161 496 0592]].

Professor [[PERSON|Moses Oyelaran]]
School of Chemistry, Kentmere University""",
    """Je n'arrive pas à comprendre ce mail de ma banque, tu peux résumer en français simple ?

De : Service Clients
À : [[PERSON|Josiane Lefebvre]]
Objet : Prélèvement rejeté

Madame [[PERSON|Lefebvre]],
Le prélèvement SEPA de 86,40 EUR émis par votre fournisseur d'énergie a été rejeté le 05/03 pour provision insuffisante sur le compte [[IBAN_CODE|FR44 3000 4008 1900 0107 3824 517]]. Des frais de 8,00 EUR ont été appliqués. Votre conseiller, [[PERSON|Mathieu Girard]], reste joignable au [[PHONE_NUMBER|01 99 00 47 21]].
Cordialement""",
    """From: [[PERSON|Chen Wei]] <[[EMAIL_ADDRESS|chenwei@lianhua-trading.cn]]>
To: [[PERSON|Olivia Brandt]] <[[EMAIL_ADDRESS|olivia.brandt@nordhafen-import.de]]>
Subject: Payment for PO 4471

Dear [[PERSON|Olivia]],

Please remit the balance of USD 18,250 to our new account. Beneficiary: Lianhua Trading Co. Ltd. Our finance manager [[PERSON|Liu Fang]] can confirm by phone on [[PHONE_NUMBER|+86 21 6481 2937]].

Best,
[[PERSON|Chen Wei]]

[[PERSON|Olivia]] here - the account number changed from last time. draft me a reply asking them to confirm via our usual contact, not the number in this email.""",
    """hey can you turn this email chain into a short timeline (date - who - what)

From: [[PERSON|Tobias Engel]] 3 Jan: asked [[PERSON|Margit]] for the keys to the storage unit
From: [[PERSON|Margit Hollstein]] 4 Jan: keys are with the caretaker, code for the side door is [[PASSWORD|4471#]]
From: [[PERSON|Tobias Engel]] 9 Jan: unit is empty, the bikes are gone
From: [[PERSON|Margit Hollstein]] 9 Jan: calling the police now, my number if they need it [[PHONE_NUMBER|+49 40 66969 214]]
From: [[PERSON|Tobias Engel]] 10 Jan: police report filed, ref attached""",
    """From: Saltmarsh Health Recruitment
To: [[EMAIL_ADDRESS|kwame.asante.rn@gmail.com]]
Subject: Interview invitation - Staff Nurse, Ward 7

Dear [[PERSON|Kwame Asante]],

Thank you for your application. We'd like to invite you to interview on 22 May at 11:00. Please bring photo ID and your NMC PIN. We have noted your contact number as [[PHONE_NUMBER|07700 900438]] and your address as [[STREET_ADDRESS|71 Harcourt Avenue, Nottingham NG7 1PT]] - let us know if either has changed.

[[PERSON|Lorraine Fitch]]
Recruitment Coordinator

Can you make me a checklist of what to bring and do before the interview?""",
    """What's the tone of this? Is she annoyed with me?

[[PERSON|Beatriz]] <[[EMAIL_ADDRESS|bea.montoya.r@hotmail.es]]> 11:48
Vale, ya veo que otra vez se te olvidó pasar a por las llaves. No pasa nada, las dejo con la vecina del 3ºB, Doña [[PERSON|Remedios]]. Mi dirección por si la has perdido también: [[STREET_ADDRESS|Calle de Ruzafa 23, 3ºA, 46004 Valencia]]. Llámame cuando llegues, [[PHONE_NUMBER|+34 622 418 735]].""",
    """From: [[PERSON|Lachlan O'Driscoll]] <[[EMAIL_ADDRESS|lachlan@odriscollplumbing.com.au]]>
To: [[EMAIL_ADDRESS|jess.whitfield@bigpond.com]]
Subject: Quote - bathroom reno

G'day [[PERSON|Jess]],

As discussed on site at [[STREET_ADDRESS|16 Banksia Crescent, Marrickville NSW 2204]], the quote for relocating the shower waste and replacing the hot water unit is $6,420 inc GST. Deposit of 30% to confirm. Happy to start the week of the 14th.

Cheers,
[[PERSON|Lachlan]]
[[PHONE_NUMBER|0491 570 318]]

--> summarise this quote for my partner in 2 lines""",
    """Extract names and emails into CSV (name,email) from the cc list below, nothing else.

To: [[PERSON|Adebayo Ogunleye]] <[[EMAIL_ADDRESS|a.ogunleye@marlowpartners.com]]>
Cc: [[PERSON|Francesca Lombardi]] <[[EMAIL_ADDRESS|f.lombardi@marlowpartners.com]]>; [[PERSON|Hugo Saint-Clair]] <[[EMAIL_ADDRESS|hugo.stclair@marlowpartners.com]]>; [[PERSON|Ravi Chandrasekhar]] <[[EMAIL_ADDRESS|ravi.c@marlowpartners.com]]>; [[PERSON|Ingrid Solberg]] <[[EMAIL_ADDRESS|ingrid.solberg@marlowpartners.com]]>
Subject: Offsite agenda v3""",
    """Our new hire pasted this from an email and asked if it's a scam. Thoughts?

Dear Valued Employee [[PERSON|Nadia Petrossian]],
HR is updating direct deposit records. Reply with your full name, date of birth, Social Security number and bank account to keep receiving pay.
Example of correct reply:
Name: [[PERSON|Nadia Petrossian]]
SSN: [[US_SSN|512-48-7390]]
Phone: [[PHONE_NUMBER|(818) 555-0126]]

(she already filled in her real SSN and phone before asking me, I've pasted her draft reply above)""",
    """From: [[PERSON|Aroha Ngata]] <[[EMAIL_ADDRESS|aroha.ngata@whenua-trust.org.nz]]>
To: [[PERSON|Callum Fraser]]
Subject: board pack

Kia ora [[PERSON|Callum]],
Attached is the board pack for Thursday. The dial-in PIN for the phone bridge is [[PASSWORD|884217]]. If the bridge drops, call my mobile [[PHONE_NUMBER|+64 21 418 2295]] and I'll patch you in.
Ngā mihi,
[[PERSON|Aroha]]

Summarise in one line for my calendar note.""",
    """Translate to Portuguese (Brazil):

Hi [[PERSON|Thiago]],

Thanks for sending the signed contract. For the wire transfer we'll need your CPF ([[ID_NUMBER|371.846.029-78]] - please confirm this is correct) and the account details you sent earlier. The first payment will go out on the 15th.

Regards,
[[PERSON|Natalie Crowther]]
Ashby & Vance Consulting
[[PHONE_NUMBER|+1 212 555 0164]]""",
]


# 25 pasted support tickets: help desks, customer service, billing disputes, IT access requests.
TICKETS = [
    """Ticket #48213 | Priority: High | Status: Open
Requester: [[PERSON|Dominika Sláviková]] ([[EMAIL_ADDRESS|d.slavikova@vltava-media.cz]])
Phone: [[PHONE_NUMBER|+420 604 281 937]]
Subject: Cannot access shared drive after password reset

Description:
Since the forced reset on Monday I get "access denied" on \\\\fs02\\marketing. My login is [[ID_NUMBER|dslavikova]]. Colleagues on the same team are fine.

Agent notes:
- Checked AD, account [[ID_NUMBER|dslavikova]] not in GRP-Marketing-RW after migration.

Write the resolution note for this ticket, assuming we re-added her to the group.""",
    """summarise this ticket for handover, 3 lines max

TICKET CS-20931
Customer: [[PERSON|Roland Achterberg]]
Account no: [[ID_NUMBER|CUST-7730184]]
Email: [[EMAIL_ADDRESS|roland.achterberg@ziggo.nl]]
Issue: charged twice for the annual plan (2 x €119). Card ending 4471. Customer provided bank statement screenshot.
History:
12/02 agent [[PERSON|Lotte]]: refund of one charge requested from billing
15/02 billing: refund approved, 5-10 working days
27/02 customer: still not received, threatening chargeback""",
    """Jira SUP-1182: Refund not processed

Reporter: [[PERSON|Kehinde Adeyemi]]
Created: 2024-04-03 10:14

Customer [[PERSON|Mariana Gutiérrez]] (member ID [[ID_NUMBER|MBR-00419277]]) paid for the wrong size and we promised a refund to the original card. Payment gateway shows the refund failed: "card expired". She has given us her new card over the phone: [[CREDIT_CARD|4539 1488 0343 6467]], exp 09/27. Can finance push the refund manually?

---
Is it OK that the full card number is in a Jira ticket? Rewrite this ticket so it doesn't contain it.""",
    """Help me prioritise these three tickets (P1/P2/P3) and explain why in a sentence each.

1) From [[PERSON|Simone Aquilina]], [[EMAIL_ADDRESS|simone.aquilina@harbourview-hotel.mt]]: "The card reader at reception has been offline since 6am, we can't check anyone in."
2) From [[PERSON|Brendan Tierney]], [[PHONE_NUMBER|+353 86 204 7713]]: "Would like to change the font on the booking confirmation emails."
3) From [[PERSON|Hoang Thi Lan]], user [[ID_NUMBER|lan.hoang]]: "I forgot my password and I'm on shift in 30 minutes."
""",
    """HELPDESK - new ticket
Name: [[PERSON|Ezekiel Barnaby]]
Dept: Finance
Ext: 4417
Username: [[ID_NUMBER|ebarnaby]]
Asset tag: LT-03381
Problem: laptop won't connect to wifi in the new building. i tried the guest wifi with the password on the poster ([[PASSWORD|Atrium-Guest-7720]]) and that works but the corporate one doesn't.

what's the likely cause? give me 3 things to check""",
    """Below is a ticket from our e-commerce support queue. Classify it (delivery / billing / product / account) and suggest a reply.

Order #PX-558102
Customer: [[PERSON|Ayşe Demirtaş]]
Shipping address: [[STREET_ADDRESS|Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul]]
Phone: [[PHONE_NUMBER|+90 532 418 27 63]]
Message: Paket 9 gündür kargoda görünüyor ama bana ulaşmadı. Kargo firması adresi bulamadıklarını söylüyor. Adres doğru, lütfen kontrol edin.""",
    """Ticket #7731 (Customer Success)
Opened by: [[PERSON|Mthunzi Dlamini]] <[[EMAIL_ADDRESS|mthunzi@ubuntu-solar.co.za]]>
Company: Ubuntu Solar (Pty) Ltd
Plan: Business Pro

Hi, we need to add two admins to our workspace: [[PERSON|Zanele Mokoena]] ([[EMAIL_ADDRESS|zanele.m@ubuntu-solar.co.za]]) and [[PERSON|Pieter van Wyk]] ([[EMAIL_ADDRESS|pieter.vw@ubuntu-solar.co.za]]). Also please remove [[PERSON|Thabo Nkosi]], he left in March. Contact me on [[PHONE_NUMBER|+27 82 415 3390]] if you need verification.

-> turn this into a checklist for the agent""",
    """Translate this ticket into Spanish for our Madrid team:

Requester: [[PERSON|Gwendolyn Hartley]]
Customer ID: [[ID_NUMBER|C-20477193]]
Callback: [[PHONE_NUMBER|(503) 555-0119]]
Summary: Smart thermostat stopped reporting temperature after firmware 3.2.1. Customer already power-cycled twice. Requests replacement unit shipped to [[STREET_ADDRESS|2219 SE Tibbetts St, Portland, OR 97202]].""",
    """=== Zendesk ticket 309174 ===
Subject: Account hacked?
From: [[PERSON|Cormac Doherty]] <[[EMAIL_ADDRESS|cormacdoherty@eircom.net]]>

I got an email saying someone logged into my account from [[IP_ADDRESS|203.0.113.148]]. That wasn't me, I'm in Galway and that says Romania. I changed my password to [[PASSWORD|Slievemore!88]] straight away. Username is [[ID_NUMBER|cdoherty_gal]]. What else should I do?

=== internal note ===
@[[PERSON|Ruth]] can you check the session log for [[ID_NUMBER|cdoherty_gal]] and force logout all devices

Draft a reply to [[PERSON|Cormac]]. Don't repeat his password back to him obviously.""",
    """Please anonymise this ticket before I share it in the training deck. Replace personal stuff with [REDACTED].

INC0048812 - Payroll: wrong tax code
Caller: [[PERSON|Beverley Ashcombe]], employee no. [[ID_NUMBER|E104573]]
NI number: [[ID_NUMBER|JT 48 21 73 C]]
Contact: [[PHONE_NUMBER|07700 900845]]
Details: Emergency tax code applied since the May payroll; caller has P45 from previous employer. Assigned to Payroll L2.""",
    """ticket from the hospital IT queue, can u write the steps to fix:

Caller: Sister [[PERSON|Ngozi Eze]] ward 12 ext 5520
User ID: [[ID_NUMBER|nez0431]]
Issue: smartcard not being read on the workstation by bed bay C, other staff cards work fine. she can log in on the nurse station pc. needs access urgently for the drug round at 14:00""",
    """Customer complaint ticket, can you write an apology email based on it?

Case: 2024-CX-004817
Name: [[PERSON|Desmond Fairclough]]
Email: [[EMAIL_ADDRESS|des.fairclough@yahoo.co.uk]]
Address: [[STREET_ADDRESS|Rosebank Cottage, Church Lane, Great Ayton, Middlesbrough TS9 6HF]]
Complaint: Engineer didn't turn up for the broadband install on 2 occasions (8th and 15th). Customer took two days off work unpaid. Asking for compensation.""",
    """can you tell what language this is and what they want?

Tiket #A-7712
Pelanggan: [[PERSON|Nurul Aisyah binti Rahman]]
No. telefon: [[PHONE_NUMBER|+60 12-418 3907]]
Emel: [[EMAIL_ADDRESS|aisyah.rahman92@gmail.com]]
Mesej: Saya sudah bayar bil bulan Mac tetapi akaun saya masih menunjukkan tunggakan. Nombor akaun [[ID_NUMBER|8812-4470-19]]. Tolong semak.""",
    """Service desk ticket - please extract: requester, affected system, and what access is being requested.

REQ-22871
Requested by: [[PERSON|Anneliese Vogt]] ([[EMAIL_ADDRESS|anneliese.vogt@rheinlog.de]])
On behalf of: [[PERSON|Kai Oberländer]] (new starter, username will be [[ID_NUMBER|koberlaender]])
System: SAP S/4HANA - module MM
Access: read + create purchase requisitions, cost centre 4410
Manager approval: [[PERSON|Anneliese Vogt]] (approved in comment)
Start date: 01.08.2024""",
    """My colleague wrote this ticket, is the description clear enough for the dev team? Improve it if not.

Title: Checkout fails for some users
Steps: log in as [[ID_NUMBER|test.buyer.lindgren]] (password [[PASSWORD|Kanelbulle#42]]), add any item, go to checkout, pay with card [[CREDIT_CARD|4927 1833 6051 2749]] exp 11/26
Expected: order placed
Actual: spinner forever, console shows 502
Note: this is [[PERSON|Elsa Lindgren]]'s real account and card, she let us use it for testing""",
    """Ticket 55092 - reply needed

From: [[PERSON|Abdullah Al-Farsi]] <[[EMAIL_ADDRESS|a.alfarsi@dunesgroup.ae]]>
Mobile: [[PHONE_NUMBER|+971 50 418 2273]]

Dear Support,
Our office moved. Please update the billing address on our subscription to: [[STREET_ADDRESS|Office 1407, Al Moosa Tower 2, Sheikh Zayed Road, Dubai]]. The invoices for June and July should be re-issued with the new address.
Regards, [[PERSON|Abdullah]]

Write the reply confirming the change and saying re-issued invoices take 2 business days.""",
    """Ticket: FAC-3310 Door access
Raised by: [[PERSON|Fionnuala Kearney]]
Staff ID: [[ID_NUMBER|UL-558213]]
Building: Schuman wing, level 2
Details: my fob stopped working on the lab door. Security gave me the temporary keypad code [[PASSWORD|270419]] but it expires Friday. Please reissue the fob.

make this sound more professional, I'm sending it to estates""",
    """Summarise the root cause from this ticket thread in 2 sentences:

#INC-9921 Email bouncing
[09:02] [[PERSON|Imogen Stroud]]: emails to [[EMAIL_ADDRESS|jules.abernethy@coldharbour-legal.co.uk]] bouncing with 550 5.1.1
[09:10] [[PERSON|Vikram Bhattacharya]]: checked, that mailbox was deleted when [[PERSON|Jules]] moved to the Leeds office, new address is [[EMAIL_ADDRESS|jules.abernethy@coldharbour-legal.com]]
[09:14] [[PERSON|Imogen Stroud]]: ok but clients still have the old one, can we forward?
[09:31] [[PERSON|Vikram Bhattacharya]]: alias added, forwarding works now""",
    """Help me reply to this ticket in German, polite but firm that we can't reactivate without ID verification.

Ticket 4481-B
Kunde: [[PERSON|Reinhard Lutz]]
Kundennummer: [[ID_NUMBER|KD-3318842]]
Telefon: [[PHONE_NUMBER|089 99998 312]]
Nachricht: Mein Konto wurde gesperrt, ich brauche sofort Zugriff. Ich schicke Ihnen keine Ausweiskopie, das ist lächerlich. Ich bin seit 12 Jahren Kunde!""",
    """[Freshdesk] Ticket #90244 updated by [[PERSON|Lina Marchetti]]

Customer [[PERSON|Ottavio Ruggeri]] called again. He says the direct debit from [[IBAN_CODE|IT88 X030 6909 6061 0000 0063 851]] was taken twice this month. I checked and we see one collection only. Asked him to send a bank statement to the billing mailbox. He gave a new contact number: [[PHONE_NUMBER|+39 333 804 1926]].

Next step?""",
    """Write a one-line status update for the customer from this internal ticket:

BUG-4471 (linked to support ticket 88120)
Affected customer: [[PERSON|Tamsin Penhaligon]], account [[ID_NUMBER|ACC-0092217]]
Problem: exported invoices show the old VAT number
Dev: fixed in build 2024.06.2, deploying Thursday
QA: verified on staging with a copy of [[PERSON|Tamsin]]'s account""",
    """Ticket from the school's IT inbox. what's the most likely fix?

From: Mr [[PERSON|Obadiah Finch]]
Class: 9R
Problem: The projector in room B14 won't show my laptop. I tried HDMI and the wireless thingy. My school login is [[ID_NUMBER|ofinch]] if you need it. Could someone come before period 3? You can call my mobile [[PHONE_NUMBER|07700 900193]].""",
    """Pasting a ticket, tell me which fields contain personal data so I can mask them in the export:

id: 120447
created: 2024-02-19T08:41:00Z
channel: phone
customer_name: [[PERSON|Ludmila Horáková]]
customer_phone: [[PHONE_NUMBER|+420 777 312 948]]
customer_email: [[EMAIL_ADDRESS|lida.horakova@seznam.cz]]
product: Kettle KX-200
issue: lid hinge broken
resolution: replacement sent""",
    """Ticket #3381 - US benefits enrollment

Employee: [[PERSON|Marisol Villanueva]]
SSN: [[US_SSN|436-71-2058]]
Dependent: [[PERSON|Mateo Villanueva]] (son), SSN [[US_SSN|436-71-9924]]
Issue: dependent not showing on dental plan after open enrollment. Employee confirmed the enrollment form was submitted 11/14.

Can you write the message to the benefits carrier asking them to add the dependent? Leave out the SSNs, I'll enter them in their portal.""",
    """Is this ticket a duplicate of the one from last week? Last week's was about login timeouts for [[ID_NUMBER|rkowalczyk]].

New ticket:
Reporter: [[PERSON|Radosław Kowalczyk]] ([[EMAIL_ADDRESS|r.kowalczyk@wisla-soft.pl]])
Title: Session expires every 5 min
Body: Since the update I keep getting logged out from the admin panel. Browser Firefox 126, IP [[IP_ADDRESS|198.51.100.203]]. Username [[ID_NUMBER|rkowalczyk]]. Colleague [[PERSON|Agnieszka Zielińska]] has the same problem.""",
]


# 30 pasted server and application logs: access, auth, audit, mail and app logs with users, IPs, tokens.
LOGS = [
    """Why is this user getting locked out? auth.log excerpt:

Mar 11 07:58:02 bastion-01 sshd[22817]: Failed password for [[ID_NUMBER|mkaragiannis]] from [[IP_ADDRESS|203.0.113.52]] port 51422 ssh2
Mar 11 07:58:09 bastion-01 sshd[22817]: Failed password for [[ID_NUMBER|mkaragiannis]] from [[IP_ADDRESS|203.0.113.52]] port 51422 ssh2
Mar 11 07:58:15 bastion-01 sshd[22817]: Failed password for [[ID_NUMBER|mkaragiannis]] from [[IP_ADDRESS|203.0.113.52]] port 51422 ssh2
Mar 11 07:58:15 bastion-01 sshd[22817]: pam_faillock(sshd:auth): Consecutive login failures for user [[ID_NUMBER|mkaragiannis]] account temporarily locked
Mar 11 08:03:44 bastion-01 sshd[22904]: Accepted publickey for [[ID_NUMBER|tbianchi]] from [[IP_ADDRESS|198.51.100.14]] port 60211 ssh2: ED25519 SHA256:Xk2f9Lq0mT7vR1sYpW4zN8cHbJ3dE6uA5gK0iO2lMnQ""",
    """nginx access log, can you tell me which client is hammering the login endpoint?

[[IP_ADDRESS|192.0.2.144]] - - [02/Apr/2024:13:22:01 +0000] "POST /api/v1/login HTTP/1.1" 401 58 "-" "python-requests/2.31.0"
[[IP_ADDRESS|192.0.2.144]] - - [02/Apr/2024:13:22:01 +0000] "POST /api/v1/login HTTP/1.1" 401 58 "-" "python-requests/2.31.0"
[[IP_ADDRESS|198.51.100.61]] - [[ID_NUMBER|aoduya]] [02/Apr/2024:13:22:02 +0000] "GET /dashboard HTTP/1.1" 200 14302 "https://portal.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"
[[IP_ADDRESS|192.0.2.144]] - - [02/Apr/2024:13:22:02 +0000] "POST /api/v1/login HTTP/1.1" 401 58 "-" "python-requests/2.31.0"
[[IP_ADDRESS|192.0.2.144]] - - [02/Apr/2024:13:22:03 +0000] "POST /api/v1/login HTTP/1.1" 429 33 "-" "python-requests/2.31.0"
[[IP_ADDRESS|203.0.113.9]] - [[ID_NUMBER|lfontaine]] [02/Apr/2024:13:22:04 +0000] "GET /reports/q1.pdf HTTP/1.1" 200 882011 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"""",
    """Our API gateway log leaked a token, help me write a regex to mask Authorization headers in logs. Sample:

2024-05-14T09:41:17.223Z INFO  gateway request_id=7f3c2a9e-51d4-4b8e-9a0c-2e6f1d8b4c73 method=GET path=/v2/accounts/me client_ip=[[IP_ADDRESS|198.51.100.188]] user=[[EMAIL_ADDRESS|nkipchoge.dev@gmail.com]] headers={"Authorization": "Bearer [[API_KEY|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfOTkyMTQiLCJpYXQiOjE3MTU2Nzk2NzF9.Qm4r8vT2xLp0aZc7Yk1sW9eHjN3bF6gD5uR0oI2tKfE]]", "User-Agent": "okhttp/4.12.0"} status=200 latency_ms=41""",
    """postfix maillog below - did the message to the client actually get delivered?

Jun  3 16:02:11 mx1 postfix/smtpd[4410]: 3F1A22C0B9: client=unknown[[[IP_ADDRESS|203.0.113.201]]], sasl_method=LOGIN, sasl_username=[[EMAIL_ADDRESS|priscilla.muthoni@acaciahomes.co.ke]]
Jun  3 16:02:11 mx1 postfix/cleanup[4415]: 3F1A22C0B9: message-id=<20240603130211.3F1A22C0B9@mx1.acaciahomes.co.ke>
Jun  3 16:02:12 mx1 postfix/qmgr[1022]: 3F1A22C0B9: from=<[[EMAIL_ADDRESS|priscilla.muthoni@acaciahomes.co.ke]]>, size=48211, nrcpt=1 (queue active)
Jun  3 16:02:14 mx1 postfix/smtp[4420]: 3F1A22C0B9: to=<[[EMAIL_ADDRESS|ochieng.wafula@yahoo.com]]>, relay=mta7.am0.yahoodns.net:25, delay=2.9, dsn=4.7.0, status=deferred (host said: 421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume or user complaints)""",
    """Explain this Django error to me like I'm a junior dev. Production log:

[2024-07-21 22:14:09,551] ERROR django.request: Internal Server Error: /accounts/profile/
Traceback (most recent call last):
  File "/srv/app/accounts/views.py", line 88, in profile
    avatar = request.user.profile.avatar.url
AttributeError: 'NoneType' object has no attribute 'url'
request: <WSGIRequest: GET '/accounts/profile/'>
user: [[ID_NUMBER|hyun.jae.park]] (id=[[ID_NUMBER|58821]]) email=[[EMAIL_ADDRESS|hyunjae.park@naver.com]]
remote_addr: [[IP_ADDRESS|2001:db8:4a1::7c2]]""",
    """These are Windows security events from the file server. Summarise what happened in plain English.

EventID 4625 | 09/04/2024 02:11:47 | An account failed to log on. Account Name: [[ID_NUMBER|dmwangi]] Account Domain: CORP Source Network Address: [[IP_ADDRESS|192.0.2.77]] Failure Reason: Unknown user name or bad password.
EventID 4625 | 09/04/2024 02:11:52 | An account failed to log on. Account Name: [[ID_NUMBER|adm.rnjoroge]] Account Domain: CORP Source Network Address: [[IP_ADDRESS|192.0.2.77]]
EventID 4624 | 09/04/2024 02:12:30 | An account was successfully logged on. Account Name: [[ID_NUMBER|pkamau]] Account Domain: CORP Source Network Address: [[IP_ADDRESS|192.0.2.77]] Logon Type: 3
EventID 4663 | 09/04/2024 02:13:05 | An attempt was made to access an object. Object Name: D:\\HR\\Salaries_2024.xlsx Account Name: [[ID_NUMBER|pkamau]]""",
    """fix my logstash grok pattern, it's not matching these lines:

2024-03-08 11:20:33,118 [http-nio-8080-exec-7] INFO  c.a.auth.LoginService - login ok user=[[ID_NUMBER|sofia.lindahl]] ip=[[IP_ADDRESS|198.51.100.93]] session=[[API_KEY|9d41f7c0a2b84e6fb3c1d58e20a7f6b4]]
2024-03-08 11:20:41,902 [http-nio-8080-exec-2] WARN  c.a.auth.LoginService - login failed user=[[ID_NUMBER|p.haugen]] ip=[[IP_ADDRESS|203.0.113.117]] reason=BAD_CREDENTIALS

my pattern: %{TIMESTAMP_ISO8601:ts} \\[%{DATA:thread}\\] %{LOGLEVEL:level} %{JAVACLASS:class} - %{GREEDYDATA:msg}""",
    """Our audit log shows this - did an admin export customer data without a ticket? Summarise who did what and when.

ts=2024-02-27T18:02:11Z actor=[[EMAIL_ADDRESS|g.ferreira-lopes@kelpbank.example]] action=user.search query="surname:Ivanova" results=3 src=[[IP_ADDRESS|203.0.113.66]]
ts=2024-02-27T18:03:40Z actor=[[EMAIL_ADDRESS|g.ferreira-lopes@kelpbank.example]] action=customer.view customer_id=[[ID_NUMBER|KB-0772145]] src=[[IP_ADDRESS|203.0.113.66]]
ts=2024-02-27T18:05:02Z actor=[[EMAIL_ADDRESS|g.ferreira-lopes@kelpbank.example]] action=customer.export customer_id=[[ID_NUMBER|KB-0772145]] format=csv rows=412 src=[[IP_ADDRESS|203.0.113.66]]
ts=2024-02-27T18:05:03Z actor=system action=mail.send to=[[EMAIL_ADDRESS|gfl.personal@protonmail.com]] attachment=export_KB-0772145.csv""",
    """kubectl logs output from our signup service, why are the welcome emails failing?

{"level":"info","ts":1716811202.44,"msg":"user created","user_id":"[[ID_NUMBER|u_7781240]]","email":"[[EMAIL_ADDRESS|benedikt.rauscher@gmx.at]]","plan":"free"}
{"level":"info","ts":1716811202.51,"msg":"enqueue welcome email","user_id":"[[ID_NUMBER|u_7781240]]"}
{"level":"error","ts":1716811203.07,"msg":"smtp send failed","err":"535 5.7.8 Authentication credentials invalid","smtp_user":"apikey","smtp_pass":"[[API_KEY|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]]"}
{"level":"warn","ts":1716811203.08,"msg":"retry scheduled","attempt":1,"user_id":"[[ID_NUMBER|u_7781240]]"}""",
    """VPN concentrator log. Is this impossible travel or normal?

2024-06-12 08:01:44 user=[[ID_NUMBER|oksana.melnyk]] assigned=vpn-pool-3 public_ip=[[IP_ADDRESS|198.51.100.42]] geo=Kraków,PL client=AnyConnect 5.1
2024-06-12 08:47:10 user=[[ID_NUMBER|oksana.melnyk]] assigned=vpn-pool-3 public_ip=[[IP_ADDRESS|203.0.113.239]] geo=São Paulo,BR client=AnyConnect 5.1
2024-06-12 08:47:11 user=[[ID_NUMBER|oksana.melnyk]] mfa=push result=approved device=iPhone14,2""",
    """Translate these log messages into plain English for the incident report (they're German):

2024-01-16 03:12:55 FEHLER Anmeldung fehlgeschlagen für Benutzer [[ID_NUMBER|hschroeder]] von [[IP_ADDRESS|192.0.2.212]] (falsches Passwort, Versuch 5/5)
2024-01-16 03:12:55 WARNUNG Konto [[ID_NUMBER|hschroeder]] gesperrt für 30 Minuten
2024-01-16 03:44:02 INFO Passwort zurückgesetzt für [[ID_NUMBER|hschroeder]] durch Administrator [[ID_NUMBER|ukrause-adm]]""",
    """Application log from the mobile backend - there's a password in there in plain text, isn't there? Show me the lines and tell me how to stop it.

12:01:07.331 DEBUG RegisterController payload={"name":"[[PERSON|Chiamaka Okeke]]","email":"[[EMAIL_ADDRESS|chiamaka.okeke@yahoo.com]]","password":"[[PASSWORD|Lagos2Leeds!!]]","phone":"[[PHONE_NUMBER|+44 7700 900374]]"}
12:01:07.402 INFO  RegisterController created user id=[[ID_NUMBER|204417]]
12:01:07.455 DEBUG OtpService sent code [[PASSWORD|518204]] to [[PHONE_NUMBER|+44 7700 900374]]""",
    """HAProxy log lines, what does the "CD" termination state mean here?

May 20 21:45:19 lb1 haproxy[3301]: [[IP_ADDRESS|203.0.113.170]]:49822 [20/May/2024:21:45:09.114] https~ web_backend/web3 0/0/1/-1/10002 -1 0 - - CD-- 412/398/12/4/0 0/0 {[[ID_NUMBER|jpwaweru]]} "GET /export?account=[[ID_NUMBER|AC-448120]] HTTP/1.1"
May 20 21:45:22 lb1 haproxy[3301]: [[IP_ADDRESS|203.0.113.170]]:49830 [20/May/2024:21:45:12.700] https~ web_backend/web1 0/0/0/8/9 200 5120 - - ---- 410/396/10/3/0 0/0 {[[ID_NUMBER|jpwaweru]]} "GET /health HTTP/1.1\"""",
    """Summarise this Git server log for the security review: who pushed what, from where.

2024-04-29 17:30:02 gitea[812]: [[ID_NUMBER|anastasia.volkova]] pushed to refs/heads/main of payments/ledger from [[IP_ADDRESS|198.51.100.5]] (3 commits)
2024-04-29 17:30:05 gitea[812]: hook pre-receive: secret detected in config/prod.yaml line 14: aws_secret_access_key = [[API_KEY|wJq7Rt2Lx9PmZ4vKa1Bn8Yc3Hd6Fs0Gu5Ie2Oj7T]]
2024-04-29 17:30:05 gitea[812]: push rejected for [[ID_NUMBER|anastasia.volkova]]
2024-04-29 17:41:19 gitea[812]: [[ID_NUMBER|anastasia.volkova]] force-pushed to refs/heads/main of payments/ledger from [[IP_ADDRESS|198.51.100.5]] (1 commit)""",
    """Can you reformat this as a markdown table (time, user, action, result)?

14:02 [[ID_NUMBER|r.delacroix]] password_change success
14:05 [[ID_NUMBER|r.delacroix]] mfa_enroll success device="Pixel 8"
14:31 [[ID_NUMBER|amarsh]] login failure ip=[[IP_ADDRESS|192.0.2.33]]
14:31 [[ID_NUMBER|amarsh]] login success ip=[[IP_ADDRESS|192.0.2.33]]
14:50 [[ID_NUMBER|kofi.boateng]] role_grant success role=billing_admin granted_by=[[ID_NUMBER|r.delacroix]]""",
    """payment service log. The customer says she was charged but the order failed. What happened?

2024-08-02 19:20:11.004 INFO  checkout started cart=c_44821 customer=[[ID_NUMBER|cus_Q4m8TzR2kLw7]] email=[[EMAIL_ADDRESS|aoife.mcgrath@icloud.com]]
2024-08-02 19:20:12.380 INFO  charge created ch_3PjK2m amount=64.90 EUR card=**** 8841
2024-08-02 19:20:12.391 ERROR order service timeout after 1000ms (POST /orders)
2024-08-02 19:20:12.392 WARN  compensating action skipped: refund disabled by flag AUTO_REFUND=false
2024-08-02 19:20:12.400 INFO  response 500 to [[IP_ADDRESS|203.0.113.84]]""",
    """MySQL slow query log - how do I index this? (don't worry about the values)

# Time: 2024-03-19T10:44:02.118223Z
# User@Host: app_rw[app_rw] @ web2 []
# Query_time: 4.812 Rows_sent: 1 Rows_examined: 1842201
SET timestamp=1710845042;
SELECT * FROM customers WHERE LOWER(email) = '[[EMAIL_ADDRESS|w.ogunbanjo@outlook.com]]' AND phone = '[[PHONE_NUMBER|+44 7700 900562]]';""",
    """Firewall log excerpt. Which internal user is talking to the suspicious host?

Jul 14 23:58:01 fw01 kernel: ACCEPT IN=lan OUT=wan SRC=[[IP_ADDRESS|192.0.2.88]] DST=[[IP_ADDRESS|203.0.113.250]] PROTO=TCP SPT=50122 DPT=4444 USER=[[ID_NUMBER|jvanderberg]]
Jul 14 23:58:07 fw01 kernel: ACCEPT IN=lan OUT=wan SRC=[[IP_ADDRESS|192.0.2.88]] DST=[[IP_ADDRESS|203.0.113.250]] PROTO=TCP SPT=50123 DPT=4444 USER=[[ID_NUMBER|jvanderberg]]
Jul 14 23:59:30 fw01 dhcpd: DHCPACK on [[IP_ADDRESS|192.0.2.88]] to a4:83:e7:1c:22:9f (LAPTOP-JVDB) via lan""",
    """Apache error log from our WordPress site. Is someone brute forcing xmlrpc?

[Sun Feb 11 04:12:33.209114 2024] [php:notice] [pid 20441] [client [[IP_ADDRESS|198.51.100.230]]:60112] wp-login failed for user '[[ID_NUMBER|editor_hollis]]'
[Sun Feb 11 04:12:33.877201 2024] [php:notice] [pid 20442] [client [[IP_ADDRESS|198.51.100.230]]:60114] xmlrpc system.multicall with 500 calls
[Sun Feb 11 04:12:35.001882 2024] [php:notice] [pid 20441] [client [[IP_ADDRESS|198.51.100.230]]:60116] wp-login failed for user '[[ID_NUMBER|mhollis]]'""",
    """i think our logger is dumping whole request bodies. can u confirm from this and suggest a fix in express?

POST /api/v1/checkout 200 812ms body={"customer":{"name":"[[PERSON|Dmitri Sokolov]]","email":"[[EMAIL_ADDRESS|dsokolov.art@mail.ru]]","address":"[[STREET_ADDRESS|ul. Bolshaya Pokrovskaya 18, kv. 44, Nizhny Novgorod 603005]]"},"payment":{"card":"[[CREDIT_CARD|5168 7340 2958 1130]]","exp":"08/27"}}""",
    """Summarise the incident timeline from this Slack export of the #oncall channel:

[02:14] PagerDuty: CRITICAL db-primary replication lag 340s
[02:16] [[PERSON|Marguerite Olander]]: ack, looking
[02:21] [[PERSON|Marguerite Olander]]: long-running query from [[ID_NUMBER|reporting_jkhan]] holding locks, pid 88120
[02:22] [[PERSON|Jamal Khan]]: sorry that's my quarterly export, kill it
[02:23] [[PERSON|Marguerite Olander]]: killed. lag recovering
[02:40] [[PERSON|Marguerite]]: lag back to 0, resolving""",
    """Elasticsearch audit trail. Tell me if any access looks unauthorised.

{"@timestamp":"2024-05-02T11:03:21Z","event.action":"authentication_success","user.name":"[[ID_NUMBER|lnakamura]]","origin.address":"[[IP_ADDRESS|192.0.2.129]]"}
{"@timestamp":"2024-05-02T11:03:40Z","event.action":"access_granted","user.name":"[[ID_NUMBER|lnakamura]]","indices":["patients-2024"],"action":"indices:data/read/search"}
{"@timestamp":"2024-05-02T11:09:12Z","event.action":"access_denied","user.name":"[[ID_NUMBER|intern_ecastillo]]","origin.address":"[[IP_ADDRESS|192.0.2.130]]","indices":["patients-2024"]}""",
    """Cloud trail snippet from our AWS account, what is this user doing?

{"eventTime":"2024-06-30T03:17:55Z","eventName":"CreateAccessKey","userIdentity":{"type":"IAMUser","userName":"[[ID_NUMBER|b.okwuosa]]","accessKeyId":"[[API_KEY|AKIAR7QX4M2ZLT9WNE3K]]"},"sourceIPAddress":"[[IP_ADDRESS|203.0.113.14]]","requestParameters":{"userName":"[[ID_NUMBER|b.okwuosa]]"}}
{"eventTime":"2024-06-30T03:18:40Z","eventName":"AttachUserPolicy","userIdentity":{"type":"IAMUser","userName":"[[ID_NUMBER|b.okwuosa]]"},"sourceIPAddress":"[[IP_ADDRESS|203.0.113.14]]","requestParameters":{"policyArn":"arn:aws:iam::aws:policy/AdministratorAccess"}}""",
    """Explain why the cron job fails, log below:

[cron] 2024-09-01 00:00:01 running /opt/scripts/nightly_sync.sh
+ export SFTP_USER=[[ID_NUMBER|acme_ftp_rlarsen]]
+ export SFTP_PASS=[[PASSWORD|Fj0rd-Sync-2291]]
+ sftp -b batch.txt [[ID_NUMBER|acme_ftp_rlarsen]]@files.partner-example.net
Permission denied (publickey,password).
Connection closed
[cron] exit 255""",
    """Android logcat from a test device - which line has the crash and why?

08-14 10:22:31.448  9921  9921 D LoginViewModel: submitting login for [[EMAIL_ADDRESS|tamar.levi.qa@gmail.com]]
08-14 10:22:31.902  9921  9987 D OkHttp: --> POST https://api.example.com/auth/token
08-14 10:22:32.310  9921  9987 D OkHttp: <-- 200 {"access_token":"[[API_KEY|at_5Jm2Qw8Xe4Rt7Yu1Ip9Oa3Sd6Fg0Hk]]","refresh_token":"[[API_KEY|rt_N7b2Vc5Xz8Lk1Jh4Gf6Ds9Ap3Qw0Er]]"}
08-14 10:22:32.355  9921  9921 E AndroidRuntime: FATAL EXCEPTION: main
08-14 10:22:32.355  9921  9921 E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.example.User.getDisplayName()' on a null object reference""",
    """RADIUS log from the office wifi. How many distinct people connected?

Sat Mar 16 09:02:11 2024 : Auth: (41) Login OK: [[[ID_NUMBER|ekristiansen]]] (from client ap-lobby port 0 cli 3C-22-FB-10-8A-41)
Sat Mar 16 09:05:48 2024 : Auth: (42) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [[[ID_NUMBER|v.orlov]]] (from client ap-floor2 port 0 cli 98-01-A7-4C-EE-12)
Sat Mar 16 09:06:02 2024 : Auth: (43) Login OK: [[[ID_NUMBER|v.orlov]]] (from client ap-floor2 port 0 cli 98-01-A7-4C-EE-12)
Sat Mar 16 09:30:17 2024 : Auth: (44) Login OK: [[[ID_NUMBER|ekristiansen]]] (from client ap-floor2 port 0 cli 3C-22-FB-10-8A-41)""",
    """Here's a log from our CRM sync - it printed the whole contact. Rewrite the log line format so it only logs the contact id.

[sync] upsert contact id=[[ID_NUMBER|CRM-0031187]] name="[[PERSON|Rosalind Achebe]]" phone="[[PHONE_NUMBER|(312) 555-0148]]" email="[[EMAIL_ADDRESS|r.achebe@northside-dental.com]]" addr="[[STREET_ADDRESS|4410 N Lincoln Ave, Chicago, IL 60625]]" ok""",
    """From our IoT platform: device registration log. Which account owns the devices that failed?

2024-10-05T14:00:02Z register device=thermo-88a1 owner=[[EMAIL_ADDRESS|ferdinand.klopp.home@web.de]] result=ok
2024-10-05T14:00:09Z register device=thermo-88a2 owner=[[EMAIL_ADDRESS|ferdinand.klopp.home@web.de]] result=error code=DUPLICATE_SERIAL
2024-10-05T14:01:33Z register device=plug-1120 owner=[[EMAIL_ADDRESS|ama.serwaa.k@gmail.com]] result=error code=FIRMWARE_TOO_OLD
2024-10-05T14:02:50Z register device=plug-1121 owner=[[EMAIL_ADDRESS|ama.serwaa.k@gmail.com]] result=ok""",
    """pm2 logs for the Node app. The API key is showing up in the startup line - how do I stop dotenv from being printed?

0|api  | 2024-02-02 08:00:01: Starting with config { port: 3000, env: 'production', mapsKey: '[[API_KEY|AIzaSyB7kR2xQ9mL4vT1nW8pZ3cY6hJ0dF5gE2s]]', dbUrl: 'postgres://[[ID_NUMBER|hbergstrom]]:[[PASSWORD|Kvarn!Tr3e-71]]@db.internal:5432/app' }
0|api  | 2024-02-02 08:00:02: Listening on :3000""",
    """Translate this French server log summary into English:

Rapport de sécurité du 12/06 : 47 tentatives de connexion échouées sur le compte [[ID_NUMBER|cdubois-rh]] depuis l'adresse [[IP_ADDRESS|2001:db8:c0:ffee::19]]. Le compte a été bloqué automatiquement. L'utilisatrice, [[PERSON|Clémence Dubois]], a été contactée au [[PHONE_NUMBER|06 39 98 41 07]] et confirme ne pas être à l'origine de ces tentatives.""",
]


# 20 pasted CSV and TSV exports: members, staff, customers, payouts, sign-ups.
EXPORTS = [
    """Convert this CSV to a JSON array please:

member_no,first_name,last_name,email,phone
[[ID_NUMBER|M-100482]],[[PERSON|Eleanor]],[[PERSON|Whitcombe]],[[EMAIL_ADDRESS|eleanor.whitcombe@gmail.com]],[[PHONE_NUMBER|07700 900127]]
[[ID_NUMBER|M-100483]],[[PERSON|Joaquim]],[[PERSON|Saraiva]],[[EMAIL_ADDRESS|jsaraiva@sapo.pt]],[[PHONE_NUMBER|+351 912 448 207]]
[[ID_NUMBER|M-100489]],[[PERSON|Hamid]],[[PERSON|Rezaei]],[[EMAIL_ADDRESS|hamid.rezaei@outlook.com]],[[PHONE_NUMBER|07700 900682]]""",
    """Which rows have an invalid email? Export from the newsletter signup form:

"Name","Email","Signed up"
"[[PERSON|Clara Oyelowo]]","[[EMAIL_ADDRESS|clara.oyelowo@gmail.com]]","2024-03-01"
"[[PERSON|Magnus Thorsen]]","-","2024-03-01"
"[[PERSON|Wen Jiahui]]","[[EMAIL_ADDRESS|wen.jiahui@163.com]]","2024-03-02"
"[[PERSON|Dolores Arriaga]]","no tengo","2024-03-02"
"[[PERSON|Kaito Morimoto]]","[[EMAIL_ADDRESS|kaito.morimoto@docomo.ne.jp]]","2024-03-03\"""",
    """Here's a TSV from HR. Sort by start date and tell me who's been here longest.

employee_id	name	department	start_date	mobile
[[ID_NUMBER|E-0217]]	[[PERSON|Geraldine Moyo]]	Finance	2011-09-05	[[PHONE_NUMBER|+27 83 516 2041]]
[[ID_NUMBER|E-0398]]	[[PERSON|Tendai Chikwanha]]	Logistics	2015-02-16	[[PHONE_NUMBER|+27 71 882 4430]]
[[ID_NUMBER|E-0144]]	[[PERSON|Lerato Mahlangu]]	HR	2008-11-03	[[PHONE_NUMBER|+27 82 304 7719]]
[[ID_NUMBER|E-0512]]	[[PERSON|Sipho Ndlovu]]	IT	2019-06-24	[[PHONE_NUMBER|+27 76 219 5538]]""",
    """Please find duplicates in this customer export (same person, different rows):

id;name;email;postcode
[[ID_NUMBER|10044]];[[PERSON|Róisín Keane]];[[EMAIL_ADDRESS|roisin.keane@gmail.com]];D06 F2X4
[[ID_NUMBER|10071]];[[PERSON|Roisin Keane]];[[EMAIL_ADDRESS|roisinkeane@gmail.com]];D06 F2X4
[[ID_NUMBER|10102]];[[PERSON|Tadhg Ó Súilleabháin]];[[EMAIL_ADDRESS|tadhg.osullivan@eircom.net]];T12 K8RP
[[ID_NUMBER|10135]];[[PERSON|Róisín Keane]];[[EMAIL_ADDRESS|roisin.keane@gmail.com]];D06 F2X4""",
    """Payout file for contractors. Check the IBAN column looks right before I upload it to the bank.

payee,iban,amount_eur,reference
[[PERSON|Luuk de Graaf]],[[IBAN_CODE|NL54 INGB 0007 1539 62]],1250.00,INV-0411
[[PERSON|Amélie Rousseau]],[[IBAN_CODE|FR42 1020 7012 3404 0567 0821 963]],980.00,INV-0412
[[PERSON|Matthias Huber]],[[IBAN_CODE|AT14 1400 0007 1038 5426]],2100.00,INV-0415
[[PERSON|Zofia Mazur]],[[IBAN_CODE|DE49 3704 0044 0291 7864 30]],640.00,INV-0416""",
    """make this CSV into a nice markdown table, and shorten the address column to just the city:

name,address,phone
[[PERSON|Beatrix Holloway]],"[[STREET_ADDRESS|22 Thornbury Road, Clifton, Bristol BS8 3NE]]",[[PHONE_NUMBER|0117 496 0219]]
[[PERSON|Osagie Igbinedion]],"[[STREET_ADDRESS|Flat 9, 140 Bethnal Green Road, London E2 6DG]]",[[PHONE_NUMBER|020 7946 0663]]
[[PERSON|Fergus Lennox]],"[[STREET_ADDRESS|5 Marchmont Crescent, Edinburgh EH9 1HN]]",[[PHONE_NUMBER|0131 496 0048]]""",
    """School trip consent export. Who hasn't returned the form yet? (consent column empty)

student_id,student,parent,parent_phone,consent
[[ID_NUMBER|ST22918]],[[PERSON|Isla McBride]],[[PERSON|Fiona McBride]],[[PHONE_NUMBER|07700 900719]],Y
[[ID_NUMBER|ST22924]],[[PERSON|Noah Adjei]],[[PERSON|Efua Adjei]],[[PHONE_NUMBER|07700 900725]],
[[ID_NUMBER|ST22931]],[[PERSON|Leo Kaczmarek]],[[PERSON|Bożena Kaczmarek]],[[PHONE_NUMBER|07700 900730]],Y
[[ID_NUMBER|ST22940]],[[PERSON|Amara Sesay]],[[PERSON|Fatmata Sesay]],[[PHONE_NUMBER|07700 900741]],""",
    """I exported our Stripe customers. Write me a pandas snippet that groups by country and counts.

customer_id,email,name,country,card_last4
[[ID_NUMBER|cus_PxT8mQ2vLr0aZk]],[[EMAIL_ADDRESS|hello@juniperandfig.co]],[[PERSON|Sadie Lockwood]],GB,4417
[[ID_NUMBER|cus_PxU1nR5wKs3bYj]],[[EMAIL_ADDRESS|matteo.conti.design@gmail.com]],[[PERSON|Matteo Conti]],IT,0921
[[ID_NUMBER|cus_PxV4oS8xJt6cXh]],[[EMAIL_ADDRESS|k.iwasaki@kinoko-studio.jp]],[[PERSON|Kenji Iwasaki]],JP,3308""",
    """clean this up, the phone numbers are all in different formats. standardise to E.164:

Name | Phone
[[PERSON|Dwayne Castellanos]] | [[PHONE_NUMBER|(305) 555-0182]]
[[PERSON|Priscila Moura]] | [[PHONE_NUMBER|+55 11 98417-2265]]
[[PERSON|Arjun Mehta]] | [[PHONE_NUMBER|+91 99871 30452]]
[[PERSON|Colette Marchand]] | [[PHONE_NUMBER|06 39 98 72 15]]""",
    """Payroll export (US). Total the gross column and flag anyone with a missing SSN:

emp,name,ssn,gross
[[ID_NUMBER|1042]],[[PERSON|Tanisha Greer]],[[US_SSN|284-61-7730]],4820.00
[[ID_NUMBER|1043]],[[PERSON|Wallace Pruitt]],[[US_SSN|331-09-4186]],5110.50
[[ID_NUMBER|1047]],[[PERSON|Yesenia Ortega]],,3975.25
[[ID_NUMBER|1051]],[[PERSON|Harlan McCoy]],[[US_SSN|509-72-3841]],6200.00""",
    """Can you write the SQL INSERT statements for these rows? table is patients(nhs_no, name, gp_practice)

nhs_no,name,gp_practice
[[ID_NUMBER|483 920 1757]],[[PERSON|Winifred Pembridge]],Riverside Medical Centre
[[ID_NUMBER|721 604 9381]],[[PERSON|Alasdair Munro]],Riverside Medical Centre
[[ID_NUMBER|934 251 8605]],[[PERSON|Parveen Akhtar]],Oakwood Surgery""",
    """Attendee list export from the event platform. Count attendees per company.

First Name,Last Name,Company,Email,Ticket
[[PERSON|Solveig]],[[PERSON|Lindberg]],Nordlys AB,[[EMAIL_ADDRESS|solveig.lindberg@nordlys.se]],VIP
[[PERSON|Karim]],[[PERSON|Benali]],Atlas Conseil,[[EMAIL_ADDRESS|k.benali@atlas-conseil.ma]],Standard
[[PERSON|Ulrike]],[[PERSON|Stahl]],Nordlys AB,[[EMAIL_ADDRESS|ulrike.stahl@nordlys.se]],Standard
[[PERSON|Bongani]],[[PERSON|Zulu]],Atlas Conseil,[[EMAIL_ADDRESS|b.zulu@atlas-conseil.ma]],Standard
[[PERSON|Femke]],[[PERSON|Jansen]],Independent,[[EMAIL_ADDRESS|femke.jansen.freelance@gmail.com]],Standard""",
    """Gym members export - I need to send a renewal reminder to those expiring in April. List them.

member,name,email,expires
[[ID_NUMBER|GYM-4410]],[[PERSON|Corey Blackwood]],[[EMAIL_ADDRESS|coreyblackwood@icloud.com]],2024-04-12
[[ID_NUMBER|GYM-4418]],[[PERSON|Mei Ling Tan]],[[EMAIL_ADDRESS|meiling.tan@singnet.com.sg]],2024-06-30
[[ID_NUMBER|GYM-4421]],[[PERSON|Lorenzo Bassi]],[[EMAIL_ADDRESS|lorenzo.bassi@fastwebnet.it]],2024-04-28
[[ID_NUMBER|GYM-4433]],[[PERSON|Nkechi Umeh]],[[EMAIL_ADDRESS|nkechi.umeh@gmail.com]],2024-05-03""",
    """Export from the tenant database. Translate the headers to English, leave the data:

Mieter;Anschrift;Telefon;Mietbeginn
[[PERSON|Hannelore Wiesinger]];[[STREET_ADDRESS|Lindenstraße 14, 10969 Berlin]];[[PHONE_NUMBER|030 23125 604]];01.04.2019
[[PERSON|Emre Yıldırım]];[[STREET_ADDRESS|Lindenstraße 14, 10969 Berlin]] (2. OG links);[[PHONE_NUMBER|030 23125 611]];15.09.2021
[[PERSON|Gudrun Pfeiffer]];[[STREET_ADDRESS|Oranienstraße 182, 10999 Berlin]];[[PHONE_NUMBER|030 23125 638]];01.02.2016""",
    """Spot anything wrong with this Canadian payroll export? SIN column especially.

name,sin,province
[[PERSON|Marie-Ève Tremblay]],[[ID_NUMBER|613 720 846]],QC
[[PERSON|Connor MacLeod]],[[ID_NUMBER|429 185 739]],NS
[[PERSON|Gurpreet Sandhu]],000 000 000,BC""",
    """Loyalty card export. Write a one-paragraph summary of the data (how many, what fields, any quality issues).

card_no,holder,email,points,postcode
[[ID_NUMBER|6001 2248 7731]],[[PERSON|Pauline Ridgeway]],[[EMAIL_ADDRESS|pauline.ridgeway@talktalk.net]],1820,LS8 2AB
[[ID_NUMBER|6001 2248 7799]],[[PERSON|Samuel Oduya]],,60,
[[ID_NUMBER|6001 2248 8012]],[[PERSON|Tegan Llewellyn]],[[EMAIL_ADDRESS|teganllewellyn@hotmail.co.uk]],-15,CF10 1EP""",
    """This is from our ATS (applicant tracking). Rank candidates by years of experience:

candidate,email,phone,years_exp,role
[[PERSON|Aleksander Nowak]],[[EMAIL_ADDRESS|alek.nowak@protonmail.com]],[[PHONE_NUMBER|+48 512 330 918]],7,Backend
[[PERSON|Rukhsana Begum]],[[EMAIL_ADDRESS|rukhsana.begum.dev@gmail.com]],[[PHONE_NUMBER|07700 900901]],4,Backend
[[PERSON|Tomás Ferrando]],[[EMAIL_ADDRESS|tferrando@telefonica.net]],[[PHONE_NUMBER|+34 655 219 407]],11,Backend""",
    """Bank CSV of incoming transfers. Which payments are from people not on our tenants list (tenants: [[PERSON|Amadi]], [[PERSON|Castillo]])?

date,from_name,from_iban,amount,ref
01/05,[[PERSON|Obinna Amadi]],[[IBAN_CODE|GB56 BARC 2071 4583 9204 16]],850.00,RENT FLAT2
01/05,[[PERSON|Lucía Castillo]],[[IBAN_CODE|ES85 2100 0721 4102 0038 4716]],790.00,RENT FLAT3
03/05,[[PERSON|Gideon Marsh]],[[IBAN_CODE|GB08 LOYD 3096 2871 0543 29]],50.00,DEPOSIT?""",
    """Volunteer rota export, can you turn it into a weekly schedule?

day,volunteer,phone,shift
Mon,[[PERSON|Doreen Hatfield]],[[PHONE_NUMBER|0161 496 0273]],AM
Mon,[[PERSON|Yusuf Qureshi]],[[PHONE_NUMBER|07700 900346]],PM
Wed,[[PERSON|Doreen Hatfield]],[[PHONE_NUMBER|0161 496 0273]],PM
Fri,[[PERSON|Maud Ellery]],[[PHONE_NUMBER|07700 900358]],AM""",
    """Here's a CSV of users with their temporary passwords from the bulk import. Is it safe to email this file to the team leads? What should I do instead?

username,display_name,temp_password
[[ID_NUMBER|ajokinen]],[[PERSON|Aino Jokinen]],[[PASSWORD|Revontuli-4482]]
[[ID_NUMBER|mvirtanen]],[[PERSON|Mikko Virtanen]],[[PASSWORD|Sauna+Lake19]]
[[ID_NUMBER|eheikkinen]],[[PERSON|Eero Heikkinen]],[[PASSWORD|Pulla%7731x]]""",
]


# 20 pasted JSON and YAML records: API responses, fixtures, database documents, KYC files.
RECORDS = [
    """Why does this JSON fail to parse?

{
  "customer": {
    "id": "[[ID_NUMBER|C-558210]]",
    "name": "[[PERSON|Ingeborg Solheim]]",
    "email": "[[EMAIL_ADDRESS|ingeborg.solheim@online.no]]",
    "phone": "[[PHONE_NUMBER|+47 928 41 306]]",
    "tags": ["vip", "newsletter",]
  }
}""",
    """Write a TypeScript interface for this API response:

{"data":{"user":{"id":"[[ID_NUMBER|usr_28XkP4mQ]]","username":"[[ID_NUMBER|lucas_ferraz]]","fullName":"[[PERSON|Lucas Ferraz]]","email":"[[EMAIL_ADDRESS|lucas.ferraz@uol.com.br]]","cpf":"[[ID_NUMBER|528.193.074-50]]","address":{"line":"[[STREET_ADDRESS|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001]]"},"verified":true,"createdAt":"2023-11-02T14:20:00Z"}}}""",
    """This YAML fixture is for our test DB. Is the indentation right? it keeps failing in CI.

users:
  - username: [[ID_NUMBER|mgarcia_lopez]]
    name: [[PERSON|Montserrat García López]]
    email: [[EMAIL_ADDRESS|montse.garcia.lopez@telefonica.es]]
    dni: [[ID_NUMBER|53829104L]]
   role: admin
  - username: [[ID_NUMBER|jrovira]]
    name: [[PERSON|Jordi Rovira]]
    email: [[EMAIL_ADDRESS|jordi.rovira@xtec.cat]]
    dni: [[ID_NUMBER|71046392J]]
    role: viewer""",
    """Summarise this KYC record in two sentences for the compliance log:

{
  "applicant_id": "[[ID_NUMBER|KYC-2024-118204]]",
  "full_name": "[[PERSON|Arvind Raghunathan]]",
  "aadhaar": "[[ID_NUMBER|6391 7204 5814]]",
  "pan": "[[ID_NUMBER|BQXPR4417K]]",
  "mobile": "[[PHONE_NUMBER|+91 98450 31277]]",
  "address": "[[STREET_ADDRESS|No. 14, 3rd Cross, Indiranagar 2nd Stage, Bengaluru 560038]]",
  "risk_score": 12,
  "pep": false,
  "documents": ["aadhaar_front.jpg", "pan.jpg"]
}""",
    """MongoDB document from our orders collection. Write an aggregation that returns only order id and total.

{
  "_id": ObjectId("6641f2a9c3b7e41d8a0f2c11"),
  "orderNo": "ORD-2024-77120",
  "buyer": {"name": "[[PERSON|Yusra Haddad]]", "email": "[[EMAIL_ADDRESS|yusra.haddad@gmail.com]]", "phone": "[[PHONE_NUMBER|+971 55 207 4418]]"},
  "shipTo": "[[STREET_ADDRESS|Villa 22, Street 14, Al Barsha 2, Dubai]]",
  "items": [{"sku": "LMP-204", "qty": 2, "price": 149.0}],
  "total": 298.0
}""",
    """Convert this YAML to JSON:

employee:
  id: [[ID_NUMBER|HR-40412]]
  name: [[PERSON|Katarzyna Wróblewska]]
  pesel: "[[ID_NUMBER|87031415825]]"
  bank_account: "[[IBAN_CODE|PL64 1140 2004 0000 3402 7731 5128]]"
  manager: [[PERSON|Grzegorz Pawlak]]
  location: Gdańsk""",
    """Does this GDPR subject access response include everything we hold? Here's the record we're sending:

{
  "subject": "[[PERSON|Olusegun Bakare]]",
  "identifiers": {"customer_no": "[[ID_NUMBER|OB-000918]]", "email": "[[EMAIL_ADDRESS|segun.bakare@btinternet.com]]"},
  "contact": {"phone": "[[PHONE_NUMBER|020 7946 0911]]", "postal": "[[STREET_ADDRESS|48 Peckham Rye, London SE15 4JR]]"},
  "marketing_consent": false,
  "last_login_ip": "[[IP_ADDRESS|198.51.100.158]]",
  "orders": 14
}""",
    """Explain what each field in this Swedish patient JSON means (field names are Swedish):

{
  "personnummer": "[[ID_NUMBER|790512-3183]]",
  "namn": "[[PERSON|Britt-Marie Holmqvist]]",
  "adress": "[[STREET_ADDRESS|Storgatan 17, 582 23 Linköping]]",
  "telefon": "[[PHONE_NUMBER|+46 13 415 27 90]]",
  "vårdcentral": "Ryds vårdcentral",
  "allergier": ["penicillin"]
}""",
    """We got this webhook payload from the payment provider. Which fields should we store and which should we drop?

{
  "event": "payment.succeeded",
  "payment": {
    "id": "pay_9Xk2Lm4Qr7",
    "amount": 12999,
    "currency": "usd",
    "card": {"number": "[[CREDIT_CARD|5371 0492 8816 2354]]", "exp": "04/28", "holder": "[[PERSON|Delphine Okoro]]"},
    "billing_email": "[[EMAIL_ADDRESS|delphine.okoro@gmail.com]]",
    "billing_zip": "30318"
  }
}""",
    """yaml from our ansible inventory, why isn't the host var picked up?

all:
  hosts:
    web-eu-1:
      ansible_host: [[IP_ADDRESS|203.0.113.41]]
      ansible_user: [[ID_NUMBER|nkowalski]]
      ansible_password: [[PASSWORD|Wawel&Dragon2024]]
    web-eu-2:
      ansible_host: [[IP_ADDRESS|203.0.113.42]]
      ansible_user: [[ID_NUMBER|nkowalski]]
  vars:
   ansible_become: true""",
    """Please make this JSON record human readable as a short paragraph (it's for a reference letter draft):

{"student_id":"[[ID_NUMBER|S2019-44817]]","name":"[[PERSON|Théo Marchetti]]","programme":"MSc Data Science","gpa":3.82,"thesis":"Graph neural networks for traffic forecasting","supervisor":"[[PERSON|Hélène Garnier]]","email":"[[EMAIL_ADDRESS|theo.marchetti@etu.univ-example.fr]]"}""",
    """Our CRM returns this. I want to map it to HubSpot contact properties - give me the mapping table.

{
  "contactId": 88213,
  "firstName": "[[PERSON|Siobhán]]",
  "lastName": "[[PERSON|Ní Bhriain]]",
  "workEmail": "[[EMAIL_ADDRESS|siobhan.nibhriain@corrib-analytics.ie]]",
  "mobile": "[[PHONE_NUMBER|+353 85 772 1940]]",
  "ppsn": "[[ID_NUMBER|8372915B]]",
  "company": "Corrib Analytics"
}""",
    """Is there anything sensitive in this Kubernetes secret? It's base64 but I decoded it here:

apiVersion: v1
kind: Secret
metadata:
  name: billing-db
type: Opaque
stringData:
  DB_USER: [[ID_NUMBER|fbaumgartner]]
  DB_PASSWORD: "[[PASSWORD|Alm-Hütte!9362]]"
  STRIPE_KEY: [[API_KEY|sk_live_51NxQz2LkT8vRm4YpW7cJ3hB0sD6fG9aE1uK5iO2nM8qX4zR7tV0wY3bC6dF9gH2jK]]""",
    """Here's a JSON from our HR system for a leaver. Draft the leaver checklist based on it.

{
  "employee": "[[PERSON|Rasmus Kjærgaard]]",
  "emp_no": "[[ID_NUMBER|DK-3381]]",
  "last_day": "2024-08-30",
  "laptop": "MBP-1142",
  "accounts": ["[[EMAIL_ADDRESS|rasmus.kjaergaard@havnelys.dk]]", "github:[[ID_NUMBER|rkjaergaard]]", "slack:[[ID_NUMBER|U04RKJ22A]]"],
  "final_pay_account": "[[IBAN_CODE|DK90 3000 4718 2650 93]]"
}""",
    """Validate this insurance claim JSON against the schema below and tell me which fields are missing.

{
  "claim_no": "CLM-77-20418",
  "policy_holder": "[[PERSON|Ifeoma Chukwu]]",
  "policy_no": "[[ID_NUMBER|HP-4418207]]",
  "incident_address": "[[STREET_ADDRESS|7 Orchard Way, Reading RG30 2FX]]",
  "contact_phone": "[[PHONE_NUMBER|0118 496 0527]]"
}
schema requires: claim_no, policy_no, incident_date, incident_address, contact_phone, description""",
    """Translate the Italian field values to English, keep keys as they are:

anagrafica:
  nome: [[PERSON|Gianfranco]]
  cognome: [[PERSON|Rossetti]]
  codice_fiscale: [[ID_NUMBER|RSSGPP84C12L219E]]
  indirizzo: "[[STREET_ADDRESS|Corso Vittorio Emanuele II 88, 10121 Torino TO]]"
  telefono: "[[PHONE_NUMBER|+39 011 561 7042]]"
  note: "cliente abituale, preferisce essere contattato la mattina\"""",
    """Generate Python dataclasses for this payload from the clinic booking API:

{
  "appointment": {
    "id": "apt_55812",
    "patient": {"name": "[[PERSON|Sophie Brenninkmeijer]]", "bsn": "[[ID_NUMBER|318472053]]", "phone": "[[PHONE_NUMBER|+31 6 2875 1409]]"},
    "practitioner": {"name": "[[PERSON|Anouk Visser]]", "big_number": "[[ID_NUMBER|19058314201]]"},
    "start": "2024-09-12T09:30:00+02:00"
  }
}""",
    """This came back from our user search endpoint. Write a jq command that prints name and last IP only.

[
  {"uid":"[[ID_NUMBER|hdrummond]]","name":"[[PERSON|Hamish Drummond]]","last_ip":"[[IP_ADDRESS|192.0.2.201]]","mfa":true},
  {"uid":"[[ID_NUMBER|tnakagawa]]","name":"[[PERSON|Tsubasa Nakagawa]]","last_ip":"[[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]]","mfa":false},
  {"uid":"[[ID_NUMBER|zosei]]","name":"[[PERSON|Zainab Osei]]","last_ip":"[[IP_ADDRESS|192.0.2.202]]","mfa":true}
]""",
    """Singapore client onboarding record. Check it's complete for MAS requirements (name, NRIC, address, contact, occupation).

client:
  name: [[PERSON|Goh Wei Ming]]
  nric: [[ID_NUMBER|S9128374C]]
  address: "[[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412]]"
  mobile: "[[PHONE_NUMBER|+65 9172 4408]]"
  email: [[EMAIL_ADDRESS|goh.weiming@singnet.com.sg]]""",
    """Debug: our JSON schema validator says "additionalProperties not allowed". Which property is extra?

schema properties: id, name, email, tax_id
record:
{"id":"[[ID_NUMBER|DE-CUST-00418]]","name":"[[PERSON|Wolfgang Eichhorn]]","email":"[[EMAIL_ADDRESS|w.eichhorn@t-online.de]]","tax_id":"[[ID_NUMBER|57 382 619 401]]","phone":"[[PHONE_NUMBER|+49 89 99998 150]]"}""",
]


# 25 pasted .env files and config snippets holding real-looking passwords, keys and logins.
CONFIGS = [
    """my app won't connect to the database, here's my .env - what's wrong?

NODE_ENV=production
PORT=8080
DATABASE_URL=postgresql://[[ID_NUMBER|ktanaka]]:[[PASSWORD|Umibe-7742-shio]]@db.kintsugi-apps.internal:5423/orders
REDIS_URL=redis://:[[PASSWORD|r3d1s-Hanabi-09]]@cache.kintsugi-apps.internal:6379/0
OPENAI_API_KEY=[[API_KEY|sk-proj-Tq8Lm2Xr5Vz9Kb3Nw6Yc1Hf4Jd7Gs0Pa2Ue5Io8Rt1Wy4Qz7Lx0Mv3Nb6Cg9Df2Ak5Sj8Ph1]]
SESSION_SECRET=[[API_KEY|f4c9a1e7b2d80365ca9e4f1b7d2c86a0]]

(postgres is on the default port btw)""",
    """Review this docker-compose for security problems:

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: [[ID_NUMBER|abrennan]]
      POSTGRES_PASSWORD: [[PASSWORD|Corrib!Tide-3371]]
    ports:
      - "5432:5432"
  app:
    build: .
    environment:
      - MAPBOX_TOKEN=[[API_KEY|pk.eyJ1IjoiYWJyZW5uYW4iLCJhIjoiY2x4N2twMmF0MGp6cDJrcHQ5Y3o4bmdxdyJ9.Rk2mT8vQ4xLp1ZcWy7Jb3g]]
      - SMTP_PASS=[[PASSWORD|hG7#mail2024!ab]]""",
    """Spring Boot won't start: "Failed to configure a DataSource". application.properties:

spring.datasource.url=jdbc:mysql://localhost:3306/inventory
spring.datasource.username=[[ID_NUMBER|pnair]]
spring.datasource.password=[[PASSWORD|Kochi@Backwaters88]]
spring.jpa.hibernate.ddl-auto=update
spring.mail.username=[[EMAIL_ADDRESS|priya.nair.alerts@gmail.com]]
spring.mail.password=[[PASSWORD|qwmx zlra tbvk ehpo]]""",
    """~/.aws/credentials from my old laptop. I need to know which profile is for prod so I can rotate it.

[default]
aws_access_key_id = [[API_KEY|AKIAW2HQ7XKL4MZP9R3T]]
aws_secret_access_key = [[API_KEY|Lr8vT3kQx2Zp9Wm5Yb1Nc7Hd4Fj6Gs0Ae2Ui5Oq]]

[prod-deploy]
aws_access_key_id = [[API_KEY|AKIAZ5NQ3RTV8XLK2MW7]]
aws_secret_access_key = [[API_KEY|p2Xk9Lq4Mz7Rt1Vb8Nw3Yc6Hf0Jd5Gs2Ae9Ui4O]]
region = eu-west-2""",
    """Django settings.py snippet, which of these should move to environment variables?

SECRET_KEY = '[[API_KEY|dj-7x$k2!q9m@w4z#t8v^r1p&l6n*b3c(h5f)g0]]'
DEBUG = False
EMAIL_HOST = 'smtp.fastmail.com'
EMAIL_HOST_USER = '[[EMAIL_ADDRESS|gwyneth.morgan@fastmail.com]]'
EMAIL_HOST_PASSWORD = '[[PASSWORD|Eryri-Cwm-5520]]'
ADMINS = [('[[PERSON|Gwyneth Morgan]]', '[[EMAIL_ADDRESS|gwyneth.morgan@fastmail.com]]')]""",
    """wp-config.php from the client's site. They got hacked. What should I change first?

define( 'DB_NAME', 'bakery_wp' );
define( 'DB_USER', '[[ID_NUMBER|ljohansson_wp]]' );
define( 'DB_PASSWORD', '[[PASSWORD|Kanelbullar1979]]' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', '[[API_KEY|Q@7z!mR#2kL9$wP4^vN8&tB1*xH6(cJ3)gF5]]' );
define( 'WP_DEBUG', true );""",
    """Can you explain what each line of this .npmrc does? Also is it bad that it's in the repo?

registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=[[API_KEY|ghp_4Rk9Lm2Qx7Vz1Nw8Yb5Hc3Jf6Td0Sa2Pe9Ug]]
//registry.npmjs.org/:_authToken=[[API_KEY|npm_Xq3Lk8Vm1Zr6Tb9Nw4Yc7Hd2Jf5Gs0Pa3Ue]]
always-auth=true""",
    """this is the wpa_supplicant.conf on my raspberry pi, it won't join the network:

ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="Pemberley-Home-5G"
    psk="[[PASSWORD|darcy&lizzy2014]]"
    key_mgmt=WPA-PSK
}""",
    """Home Assistant secrets.yaml - I'm about to share my config on GitHub. Tell me which values I must blank out.

latitude: 53.4084
longitude: -2.9916
mqtt_password: [[PASSWORD|Mersey-Ferry-221]]
octopus_api_key: [[API_KEY|sk_live_oct_Wq7Lm3Xr9Zk2Tb5Nv8Yc1Hd4]]
ring_username: [[EMAIL_ADDRESS|jen.costigan@gmail.com]]
ring_password: [[PASSWORD|Anfield#1892jc]]
home_address: "[[STREET_ADDRESS|12 Priory Road, Liverpool L4 2RX]]\"""",
    """GitHub Actions workflow - the deploy step fails with 403. Why?

name: deploy
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          curl -X POST https://api.netlify.com/api/v1/sites/$SITE/deploys \\
            -H "Authorization: Bearer [[API_KEY|nfp_Vr5Kq2Xm8Lz1Tw7Nb4Yh9Cj3Fd6Gs0Ae]]" \\
            -F "file=@dist.zip"
      - run: echo "deployed by [[EMAIL_ADDRESS|oskar.wiklund@lingonberry.dev]]\"""",
    """.netrc on the build box. What does the "machine" line mean and is there a better way?

machine api.heroku.com
  login [[EMAIL_ADDRESS|deploy.hristova@gmail.com]]
  password [[API_KEY|HRKU-4f8a2c91-7e3d-4b60-a1c5-9d2e8f7b3a06]]
machine git.heroku.com
  login [[EMAIL_ADDRESS|deploy.hristova@gmail.com]]
  password [[API_KEY|HRKU-4f8a2c91-7e3d-4b60-a1c5-9d2e8f7b3a06]]""",
    """appsettings.Production.json - the connection string doesn't work on Azure. Help.

{
  "ConnectionStrings": {
    "Default": "Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=crm;User ID=[[ID_NUMBER|mokafor]];Password=[[PASSWORD|Abuja-Rain-4410]];Encrypt=True;"
  },
  "SendGrid": { "ApiKey": "[[API_KEY|SG.Xz4Lm8Qr2Vt.K7nB3yW9cH1fJ5dG0sA6eU2iO4pT8rL1mX3zQ7vN9b]]" },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}""",
    """rclone.conf - I want to copy this setup to my new PC, which parts are machine-specific?

[gdrive-photos]
type = drive
client_id = 48219047731-9kq2lmx7v8rz3tb1nw5yc.apps.googleusercontent.com
client_secret = [[API_KEY|GOCSPX-Wq7Lm3Xr9Zk2Tb5Nv8Yc1Hd4Fj]]
token = {"access_token":"[[API_KEY|ya29.a0AfB_byQ7xLm2Rk9Vz4Tb1Nw8Yc5Hf3Jd6Gs0Pa2Ue9Ig]]","token_type":"Bearer","expiry":"2024-05-01T10:22:31Z"}

[nas]
type = sftp
host = nas.local
user = [[ID_NUMBER|fionaquirke]]
pass = [[PASSWORD|Kilkenny-Cats-71]]""",
    """Terraform variables file. Is it OK to commit this? If not, how do I structure it?

region          = "eu-central-1"
db_admin_user   = "[[ID_NUMBER|lhofstetter]]"
db_admin_pass   = "[[PASSWORD|Matterhorn#4478zz]]"
cloudflare_token = "[[API_KEY|cf_7Rk2Lm9Qx4Vz1Nw8Yb5Hc3Jf6Td0Sa2Pe9Ug4Lo]]"
alert_email     = "[[EMAIL_ADDRESS|lea.hofstetter@bergwerk.ch]]\"""",
    """msmtp config for sending mail from cron. It says "authentication failed". What do I check?

defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt

account gmail
host smtp.gmail.com
port 587
from [[EMAIL_ADDRESS|rhys.vaughan.server@gmail.com]]
user [[EMAIL_ADDRESS|rhys.vaughan.server@gmail.com]]
password [[PASSWORD|vbnq ltkw oerx mzsd]]

account default : gmail""",
    """Translate the comments in this config from Polish to English:

# dane logowania do panelu administracyjnego
admin_login = [[ID_NUMBER|m.zielonka]]
admin_haslo = [[PASSWORD|Pierogi!Ruskie55]]
# klucz do API kuriera InPost
inpost_api_key = [[API_KEY|ip_live_3Xk8Lm1Qr6Vz9Tb2Nw5Yc]]
# adres magazynu
magazyn = "[[STREET_ADDRESS|ul. Składowa 12, 61-897 Poznań]]\"""",
    """OpenVPN client config plus auth file. Why is it asking for a password every time even though I have auth-user-pass?

client
dev tun
proto udp
remote vpn.harrowgate-legal.co.uk 1194
auth-user-pass creds.txt

--- creds.txt ---
[[ID_NUMBER|sbhatia]]
[[PASSWORD|Rajdhani-Exp-2026]]""",
    """Here's my Slack bot config - the bot isn't posting. Anything obviously wrong?

SLACK_BOT_TOKEN=[[API_KEY|xoxb-5512083947-7730194821-Wq7Lm3Xr9Zk2Tb5Nv8Yc1Hd]]
SLACK_SIGNING_SECRET=[[API_KEY|8c2f91e4a7b3d05c6f19e82a4d7b0c35]]
SLACK_CHANNEL=#alerts
OWNER_EMAIL=[[EMAIL_ADDRESS|b.adeyemi-jones@kestrelhq.io]]""",
    """Config for the legacy FTP uploader, can you convert it to the new YAML format (keys: host, user, password, remote_dir)?

[ftp]
host=ftp.printworks-example.co.uk
user=[[ID_NUMBER|cwhitlock]]
pass=[[PASSWORD|Lino2cut!Press]]
dir=/incoming/artwork""",
    """This is the router config backup from my parents' house. What's the admin password and the wifi key, I need to log in to change the DNS. (it's my router, don't worry)

<config>
  <admin user="admin" password="[[PASSWORD|Trefoil-8842-Nan]]"/>
  <wlan ssid="TALKTALK-9F21" security="WPA2" key="[[PASSWORD|XR7KDP4MWA]]"/>
  <wan pppoe_user="[[EMAIL_ADDRESS|gordon.braithwaite@talktalk.net]]" pppoe_pass="[[PASSWORD|gb19470612]]"/>
</config>""",
    """Sentry and Twilio setup in our config.py. I think I leaked the Twilio token in a screenshot, how do I rotate it?

TWILIO_AUTH_TOKEN = "[[API_KEY|9f2c4e81a7b3d06c5e19f82b4d7a0c36]]"
TWILIO_FROM = "[[PHONE_NUMBER|+1 415 555 0132]]"
ALERT_TO = "[[PHONE_NUMBER|+1 415 555 0177]]"  # [[PERSON|Marcy]]'s mobile
SENTRY_ENVIRONMENT = "production\"""",
    """.pypirc - twine upload says 403 Invalid or non-existent authentication. What's wrong?

[distutils]
index-servers = pypi

[pypi]
username = __token__
password = [[API_KEY|pypi-AgEIcHlwaS5vcmcCJGQ3Yzk1ZjE0LWI4MmEtNDZlMi05YzQxLTBmN2Q4ZTNiMWEyNQACKlszLCJmYjQ]]""",
    """kubeconfig someone pasted in our team channel. How bad is this? What can someone do with it?

apiVersion: v1
clusters:
- cluster:
    server: https://[[IP_ADDRESS|203.0.113.60]]:6443
  name: prod-eu
users:
- name: [[ID_NUMBER|dvasquez]]
  user:
    token: [[API_KEY|eyJhbGciOiJSUzI1NiIsImtpZCI6Ik1rVGw4In0.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZHZhc3F1ZXoifQ.Vq2Lm8Xr4Zk1Tb7Nw3Yc9Hd6Fj0Gs5Pa]]""",
    """Translate to English: these are notes from my German colleague's setup file.

# Zugangsdaten Testumgebung (nicht produktiv!)
TEST_USER=[[ID_NUMBER|fmeisenbach]]
TEST_PASS=[[PASSWORD|Brezel&Senf-3318]]
# API-Schlüssel für den Wetterdienst
WETTER_API_KEY=[[API_KEY|wd_9Lq2Xm7Rk4Vz1Tb8Nw5Yc3Hf6Jd]]
# Ansprechpartnerin bei Fragen: [[PERSON|Franziska Meisenbach]], [[PHONE_NUMBER|+49 30 23125 772]]""",
    """cloud-init user-data for a new VM. Why can't I SSH in with the password?

#cloud-config
users:
  - name: [[ID_NUMBER|evantassel]]
    groups: sudo
    shell: /bin/bash
    lock_passwd: false
    plain_text_passwd: [[PASSWORD|Hudson-Valley-0917]]
ssh_pwauth: false
write_files:
  - path: /etc/motd
    content: "Managed by [[EMAIL_ADDRESS|e.vantassel@riverlight.io]]\"""",
]


# 20 pasted code snippets with hard-coded credentials, and stack traces naming users.
CODE = [
    """Refactor this so the credentials come from environment variables:

import psycopg2

conn = psycopg2.connect(
    host="db.fernhill-analytics.internal",
    dbname="warehouse",
    user="[[ID_NUMBER|cmcallister]]",
    password="[[PASSWORD|Glenfinnan-Viaduct-19]]",
)
cur = conn.cursor()
cur.execute("SELECT count(*) FROM shipments")
print(cur.fetchone())""",
    """Why does this throw? Traceback from my laptop:

Traceback (most recent call last):
  File "/home/[[ID_NUMBER|ayodele]]/projects/invoicer/main.py", line 42, in <module>
    send_invoice(customer)
  File "/home/[[ID_NUMBER|ayodele]]/projects/invoicer/mailer.py", line 17, in send_invoice
    server.login(SMTP_USER, SMTP_PASS)
  File "/usr/lib/python3.11/smtplib.py", line 750, in login
    raise last_exception
smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials - user [[EMAIL_ADDRESS|ayodele.fashola.invoices@gmail.com]]')""",
    """Convert this Node script to use async/await:

const nodemailer = require('nodemailer');
const transporter = nodemailer.createTransport({
  host: 'smtp.office365.com',
  port: 587,
  auth: { user: '[[EMAIL_ADDRESS|f.castellano@vinicola-sur.es]]', pass: '[[PASSWORD|Rioja+Tempranillo7]]' }
});
transporter.sendMail({ from: '[[EMAIL_ADDRESS|f.castellano@vinicola-sur.es]]', to: '[[EMAIL_ADDRESS|m.ortuno@distribuciones-ejemplo.es]]', subject: 'Pedido', text: 'Ver adjunto' }, function (err, info) {
  if (err) console.log(err); else console.log(info.response);
});""",
    """Java stack trace from prod. What's the root cause?

2024-06-11 14:02:55 ERROR [pool-3-thread-1] c.k.b.service.StatementService - Failed to generate statement for account [[ID_NUMBER|ACC-20048817]] (owner=[[PERSON|Bernadette Kowalski]])
java.lang.IllegalStateException: IBAN [[IBAN_CODE|DE20 5001 0517 0648 2139 75]] has no matching BIC in directory
    at com.kestrel.banking.service.BicResolver.resolve(BicResolver.java:88)
    at com.kestrel.banking.service.StatementService.build(StatementService.java:142)
    at com.kestrel.banking.service.StatementService.lambda$run$0(StatementService.java:61)
    at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)""",
    """Is this Go code leaking the API key in logs? how to fix

package main

import (
    "log"
    "net/http"
)

const apiKey = "[[API_KEY|gk_live_8Wq2Lm7Xr4Zk9Tb1Nv6Yc3Hd5Fj0]]"

func main() {
    req, _ := http.NewRequest("GET", "https://api.geokit.example/v1/lookup?ip=[[IP_ADDRESS|198.51.100.33]]", nil)
    req.Header.Set("X-Api-Key", apiKey)
    log.Printf("calling geokit with key %s", apiKey)
    resp, err := http.DefaultClient.Do(req)
    if err != nil { log.Fatal(err) }
    defer resp.Body.Close()
}""",
    """PHP login script my nephew wrote for his football club site. Point out the security problems kindly, he's 15.

<?php
$conn = mysqli_connect("localhost", "[[ID_NUMBER|dylan_fc]]", "[[PASSWORD|ronaldo7goat]]", "clubdb");
$user = $_POST['user'];
$pass = $_POST['pass'];
$r = mysqli_query($conn, "SELECT * FROM members WHERE user='$user' AND pass='$pass'");
if (mysqli_num_rows($r) > 0) { echo "Welcome!"; }
// admin backup login: [[ID_NUMBER|coach_mbeki]] / [[PASSWORD|Bafana2010!]]
?>""",
    """Windows stack trace from our desktop app. The user reported it. What file is missing?

System.IO.FileNotFoundException: Could not find file 'C:\\Users\\[[ID_NUMBER|hpetrakis]]\\AppData\\Roaming\\LedgerPro\\settings.json'.
   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)
   at LedgerPro.Config.Load(String path) in D:\\build\\LedgerPro\\Config.cs:line 31
   at LedgerPro.App.OnStartup(StartupEventArgs e) in D:\\build\\LedgerPro\\App.xaml.cs:line 18
Reported by: [[PERSON|Helena Petrakis]] <[[EMAIL_ADDRESS|helena.petrakis@olivegrove-acct.gr]]>""",
    """Write unit tests for this function. (the test data is from a real customer, replace it with fake data in the tests)

def format_label(c):
    return f"{c['name']}\\n{c['street']}\\n{c['city']} {c['zip']}"

sample = {"name": "[[PERSON|Augustin Nkurunziza]]", "street": "[[STREET_ADDRESS|Rue de la Loi 155\\n1040 Bruxelles]]", "city": "", "zip": ""}
print(format_label(sample))""",
    """Ruby script that posts to our CRM. It hangs. Any ideas?

require 'net/http'
require 'json'

uri = URI('https://crm.example-saas.com/api/contacts')
req = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json', 'Authorization' => 'Token [[API_KEY|crm_tk_Qw8Lm2Xr6Zk4Tb9Nv1Yc7Hd3Fj5]]')
req.body = { name: '[[PERSON|Evangeline Moreau]]', email: '[[EMAIL_ADDRESS|evangeline.moreau@orange.fr]]', phone: '[[PHONE_NUMBER|+33 6 39 98 20 64]]' }.to_json
res = Net::HTTP.start(uri.hostname, uri.port) { |http| http.request(req) }
puts res.body""",
    """Bash backup script - shellcheck complains. Fix it and move the password out.

#!/bin/bash
DATE=$(date +%F)
mysqldump -u [[ID_NUMBER|rgallo]] -p'[[PASSWORD|Vespa125!Roma]]' shopdb > /backups/shopdb_$DATE.sql
scp /backups/shopdb_$DATE.sql [[ID_NUMBER|rgallo]]@[[IP_ADDRESS|203.0.113.97]]:/srv/backups/
echo "backup done" | mail -s "backup $DATE" [[EMAIL_ADDRESS|roberto.gallo@pizzeria-gallo.it]]""",
    """C# - why is my HttpClient throwing 401?

var client = new HttpClient();
client.DefaultRequestHeaders.Authorization =
    new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("[[ID_NUMBER|tkariuki]]:[[PASSWORD|Kilimanjaro#5895]]")));
var res = await client.GetAsync("https://jira.savanna-tech.co.ke/rest/api/2/myself");
Console.WriteLine(res.StatusCode);""",
    """Node.js error on the server. which user triggered it and what's the bug?

TypeError: Cannot read properties of undefined (reading 'postcode')
    at formatAddress (/app/src/utils/address.js:12:28)
    at /app/src/routes/checkout.js:77:19
    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)
context: {"userId":"[[ID_NUMBER|u_40918]]","email":"[[EMAIL_ADDRESS|marguerite.delorme@free.fr]]","ip":"[[IP_ADDRESS|198.51.100.141]]","cart":"c_99120"}""",
    """Please add type hints to this:

ADMINS = {
    "[[ID_NUMBER|skhumalo]]": {"name": "[[PERSON|Sibusiso Khumalo]]", "pin": "[[PASSWORD|7731]]"},
    "[[ID_NUMBER|nmbatha]]": {"name": "[[PERSON|Nomvula Mbatha]]", "pin": "[[PASSWORD|0426]]"},
}

def check(user, pin):
    return user in ADMINS and ADMINS[user]["pin"] == pin""",
    """This Jupyter cell errored. What does KeyError mean here?

---------------------------------------------------------------------------
KeyError                                  Traceback (most recent call last)
Cell In[14], line 3
      1 df = pd.read_csv("/Users/[[ID_NUMBER|maximilian.roth]]/Downloads/patients_export.csv")
      2 row = df[df.nhs_number == "[[ID_NUMBER|638 209 4412]]"]
----> 3 print(row["Surname"])
KeyError: 'Surname'""",
    """Swift code from our iOS app. Reviewer flagged a hard-coded secret. Which line?

struct Config {
    static let baseURL = URL(string: "https://api.tidepool-weather.example")!
    static let apiKey = "[[API_KEY|tpw_2Xq9Lm4Rk7Vz1Tb8Nw5Yc3Hf6Jd0Gs]]"
    static let supportEmail = "[[EMAIL_ADDRESS|ciaran.obyrne.dev@icloud.com]]"
    static let timeout: TimeInterval = 15
}""",
    """SQL seed script for staging. My lead says never put real data in seeds. Replace these with fakes and keep the same shape.

INSERT INTO customers (id, full_name, email, phone, iban) VALUES
([[ID_NUMBER|5001]], '[[PERSON|Valentina Esposito]]', '[[EMAIL_ADDRESS|vale.esposito@tiscali.it]]', '[[PHONE_NUMBER|+39 340 772 1983]]', '[[IBAN_CODE|IT25 K030 0205 2060 0040 1873 390]]'),
([[ID_NUMBER|5002]], '[[PERSON|Bjørn Haugland]]', '[[EMAIL_ADDRESS|bjorn.haugland@altibox.no]]', '[[PHONE_NUMBER|+47 934 18 266]]', '[[IBAN_CODE|NO08 9710 3381 429]]');""",
    """Python traceback from the ETL job, why does the SSN validation fail?

Traceback (most recent call last):
  File "etl/load_employees.py", line 88, in validate
    raise ValueError(f"invalid SSN for {emp['name']}: {emp['ssn']!r}")
ValueError: invalid SSN for [[PERSON|Darnell Whitaker]]: '[[US_SSN|623-81-4470]] '

(the row in the source file was: [[PERSON|Darnell Whitaker]],[[US_SSN|623-81-4470]] ,Operations)""",
    """Kotlin - the app crashes on login. Logcat shows the username, so I know it's [[PERSON|Ilse]]'s account. Here's the code:

fun login(user: String, pass: String) {
    val body = JSONObject().put("user", user).put("pass", pass)
    Log.d("LOGIN", "body=$body")
    api.post("/login", body)!!.token.let { prefs.edit().putString("tok", it).apply() }
}
// Logcat: D/LOGIN: body={"user":"[[ID_NUMBER|ilse.vandenbroeck]]","pass":"[[PASSWORD|Gentse-Feesten22]]"}""",
    """Can you explain what this cURL does and convert it to Python requests?

curl -X POST https://api.mailchimp.example/3.0/lists/8f21c9/members \\
  -u "anystring:[[API_KEY|4e9b2c7a1f8d3e6b0c5a9f2d7e1b4c8a-us14]]" \\
  -d '{"email_address":"[[EMAIL_ADDRESS|halima.yusuf@gmail.com]]","status":"subscribed","merge_fields":{"FNAME":"[[PERSON|Halima]]","LNAME":"[[PERSON|Yusuf]]"}}'""",
    """Rust test is failing, output below. What's the assertion comparing?

running 1 test
test tests::parses_contact ... FAILED

---- tests::parses_contact stdout ----
thread 'tests::parses_contact' panicked at src/lib.rs:54:9:
assertion `left == right` failed
  left: Contact { name: "[[PERSON|Akosua Mensah]]", phone: "[[PHONE_NUMBER|+233 24 418 7720]]" }
 right: Contact { name: "[[PERSON|Akosua Mensah]]", phone: "[[PHONE_NUMBER|024 418 7720]]" }""",
]


# 15 pasted meeting minutes with attendee lists, actions and contact details.
MINUTES = [
    """Turn these minutes into an email to the attendees with just the actions:

RESIDENTS' ASSOCIATION - MINUTES, 4 March
Present: [[PERSON|Gillian Thorogood]] (chair), [[PERSON|Rashid Mahmood]] (treasurer), [[PERSON|Bridget Coughlan]], [[PERSON|Arthur Penrose]], [[PERSON|Esi Appiah]]
Apologies: [[PERSON|Neville Saunders]]

1. Car park lighting: [[PERSON|Rashid]] reported the council will replace two columns in April.
2. Bins: residents at [[STREET_ADDRESS|Flat 12, Hawthorn House, Elm Grove, Sheffield S7 1LQ]] still waiting for a replacement recycling bin. [[PERSON|Bridget]] to chase.
3. Treasurer's report: balance £1,284.16. Subs still owed by 6 households.
ACTION: [[PERSON|Arthur]] to print new notices. [[PERSON|Esi]] to set up the WhatsApp group, people can text her on [[PHONE_NUMBER|07700 900466]].""",
    """Summarise decisions only:

Project Kestrel - weekly sync
Date: 12/06/2024
Attendees: [[PERSON|Magdalena Wójcik]] (PM), [[PERSON|Tobias Lindner]] (tech lead), [[PERSON|Rania Aziz]] (QA), [[PERSON|Kwabena Owusu]] (client, [[EMAIL_ADDRESS|k.owusu@goldcoast-retail.com]])

- Go-live moved from 1 July to 15 July, agreed by [[PERSON|Kwabena]].
- [[PERSON|Rania]] raised 14 open defects, 3 blockers. [[PERSON|Tobias]] commits to fixing blockers by Friday.
- Client UAT login created: user [[ID_NUMBER|uat_kowusu]], temp password [[PASSWORD|Kestrel!UAT-0612]] (to be changed at first login).
- Next meeting 19/06.""",
    """translate these minutes to French please

Board meeting, Harbourside Sailing Club, 18 April
Present: Commodore [[PERSON|Leonard Ashdown]], [[PERSON|Philippa Greaves]] (secretary), [[PERSON|Dermot Flanagan]], [[PERSON|Sunita Rao]]
1. Membership: 212 full members, 38 juniors. New member applications from [[PERSON|Oliver Brandreth]] and [[PERSON|Keziah Omondi]] approved.
2. Moorings: fees up 4% from May.
3. AOB: [[PERSON|Dermot]] reminded everyone the clubhouse alarm code changes on 1 May. New code [[PASSWORD|5190]] to be shared verbally only.""",
    """Can you pull out the attendee list and action owners into a table?

MINUTES - IT Change Advisory Board
Chair: [[PERSON|Hyacinth Blackwood-Reid]]
Attendees: [[PERSON|Anders Nyberg]] (Networks), [[PERSON|Chiara Fontana]] (Apps), [[PERSON|Babajide Ogunlesi]] (Security), [[PERSON|Mairead Quinlan]] (Service Desk)
CHG-4471 Firewall rule for new payroll vendor: approved. Source [[IP_ADDRESS|203.0.113.126]] to be allowed on 443 only. Owner: [[PERSON|Anders]].
CHG-4480 Upgrade of CRM to v12: deferred, [[PERSON|Chiara]] to provide rollback plan.
CHG-4482 Emergency patch on VPN: approved retrospectively. [[PERSON|Babajide]] to write the post-incident review.""",
    """These are my handwritten notes from the parents' evening, typed up. Make them neat:

parents evening 21 nov
- met Mrs [[PERSON|Adebisi]]?? no - [[PERSON|Folake Adebisi]] (mum of [[PERSON|Tolu]], 8C). worried about maths. her number [[PHONE_NUMBER|07700 900523]], prefers texts
- [[PERSON|Graham Whitfield]] dad of [[PERSON|Poppy]] - asked about the Paris trip cost. email him: [[EMAIL_ADDRESS|g.whitfield73@sky.com]]
- [[PERSON|Poppy]]'s reading is great, tell him that
- follow up with [[PERSON|Tolu]]'s maths teacher""",
    """Extract every deadline from these minutes:

Steering Committee - Clinical Records Migration
Present: Dr [[PERSON|Imran Siddiqui]] (CCIO), [[PERSON|Jocelyn Ashworth-Kerr]] (IG lead), [[PERSON|Ramón Delgado]] (vendor PM)
- Data protection impact assessment to be signed off by [[PERSON|Jocelyn]] by 30 Sept.
- Test extract of 50 patient records agreed. [[PERSON|Ramón]] confirmed vendor will access via the secure gateway only, account [[ID_NUMBER|vendor-rdelgado]].
- Go/no-go meeting 14 Oct.
- Dr [[PERSON|Siddiqui]] to brief the medical director before 7 Oct.""",
    """Minutes from our flat meeting lol. can you make it a proper list of who pays what?

Flat 3B meeting, Sunday
Here: [[PERSON|Jazz]], [[PERSON|Mikołaj]], [[PERSON|Aditi]], [[PERSON|Fraser]]
- electric bill £186 split 4 ways, [[PERSON|Fraser]] paid it already so everyone send him £46.50. his bank: [[PERSON|Fraser Dunbar]], sort code 20-71-45, acc [[ID_NUMBER|83920416]]
- wifi password changing to [[PASSWORD|Tenement_Gang_3B!]]
- [[PERSON|Jazz]]'s boyfriend can't stay more than 3 nights a week (vote 3-1)
- [[PERSON|Aditi]] deep clean kitchen this week""",
    """Please make these AGM minutes shorter, they're going in the newsletter:

Annual General Meeting of the Ravensworth Allotment Society, held at the village hall.
Present: 31 members. In the chair: [[PERSON|Barnaby Fothergill]].
The secretary, [[PERSON|Winifred Hale]], read the minutes of last year's meeting, which were approved.
The treasurer reported a surplus of £412. Plot rents will stay at £35.
Elections: [[PERSON|Barnaby Fothergill]] re-elected chair; [[PERSON|Cedric Amankwah]] elected treasurer; [[PERSON|Winifred Hale]] re-elected secretary.
Members wishing to join the waiting list should contact [[PERSON|Winifred]] at [[EMAIL_ADDRESS|ravensworth.allotments.sec@gmail.com]] or [[PHONE_NUMBER|0191 496 0384]].""",
    """Translate to English, these are minutes from our Spanish subsidiary:

Acta de reunión - 3 de abril
Asistentes: [[PERSON|Nuria Castells]] (directora), [[PERSON|Álvaro Pizarro]], [[PERSON|Inmaculada Herrero]], [[PERSON|Javier Soler]]
1. Se aprueba la contratación de [[PERSON|Lorena Vidal]] como técnica de laboratorio, DNI [[ID_NUMBER|X4183726A]].
2. [[PERSON|Javier]] presenta el presupuesto del segundo trimestre.
3. [[PERSON|Inmaculada]] informa de la avería del autoclave; el técnico vendrá el lunes.""",
    """Tidy up and tell me if anything in here shouldn't be in minutes that get circulated widely:

HR Panel - disciplinary hearing notes
Panel: [[PERSON|Gordon Ainsley]] (chair), [[PERSON|Farah Qasim]] (HR)
Employee: [[PERSON|Wesley Hargreaves]], employee no. [[ID_NUMBER|WH-08812]]
Companion: [[PERSON|Janice Mottram]] (union rep)
The employee accepted that he had shared his login ([[ID_NUMBER|whargreaves]]) with a temporary worker. Outcome: first written warning. [[PERSON|Wesley]] was reminded of the acceptable use policy.""",
    """Write a follow-up email to everyone in this call, thanking them and listing next steps:

Call notes - partnership with Lumen Books
Us: [[PERSON|Adaora Nwosu]], [[PERSON|Felix Brandt]]
Them: [[PERSON|Cressida Vane]] ([[EMAIL_ADDRESS|cressida.vane@lumenbooks.co.uk]]), [[PERSON|Tariq Mansour]] ([[EMAIL_ADDRESS|tariq.m@lumenbooks.co.uk]], [[PHONE_NUMBER|+44 20 7946 0317]])
- They want 3 author events in autumn.
- [[PERSON|Felix]] to send venue options by the 20th.
- [[PERSON|Cressida]] to confirm which authors by end of month.""",
    """Minutes of church council. Please convert to a bullet list and fix spelling:

Present: Revd [[PERSON|Josephine Akinola]], [[PERSON|Malcolm Tweddle]] (churchwarden), [[PERSON|Hilary Penhallow]], [[PERSON|Gareth Pryce]]
the roof apeal has raised £8,200 so far. [[PERSON|Malcolm]] will get 3 quotes. the hall booking for the toddler group moves to thurdays. [[PERSON|Gareth]] to change the lock on the vestry, the key safe code is now [[PASSWORD|2604]] and only the wardens shoud have it""",
    """Make an attendance register from this (name, organisation, email) as CSV:

Workshop: Flood resilience in the Calder Valley
Attendees:
Dr [[PERSON|Beatrice Holroyd]], Calder Rivers Trust, [[EMAIL_ADDRESS|b.holroyd@calder-rivers.org.uk]]
[[PERSON|Nasser Al-Amin]], Hebden Bridge Town Council, [[EMAIL_ADDRESS|n.alamin@hebdenbridge-tc.gov.uk]]
[[PERSON|Kirsty Sugden]], resident, [[EMAIL_ADDRESS|kirstysugden@outlook.com]]
[[PERSON|Owain Griffiths]], Environment consultant, [[EMAIL_ADDRESS|owain@griffiths-hydro.co.uk]]""",
    """Daily standup notes - what's blocked?

[[PERSON|Yerlan]]: finished the import job, starting on the dashboard. no blockers
[[PERSON|Ngozi]]: still waiting on prod read access, ticket raised, my user is [[ID_NUMBER|nokonkwo]]
[[PERSON|Dieter]]: reviewing PRs, will pair with [[PERSON|Yerlan]] after lunch
[[PERSON|Camille]]: blocked - the sandbox API key expired ([[API_KEY|sbx_7Xq2Lm9Rk4Vz1Tb8Nw5Yc3Hf6]]), need a new one from the vendor""",
    """Rewrite these minutes in formal English, they were typed quickly:

mtg w/ landlord re: unit 4 lease renewal
present: me ([[PERSON|Hollie Brannigan]]), landlord [[PERSON|Stavros Demetriou]], his agent [[PERSON|Colm Fitzgerald]] ([[PHONE_NUMBER|+353 1 412 7730]])
- rent up 6% from sept, we pushed back, they'll consider 4%
- he wants personal guarantee from me - said no
- [[PERSON|Stavros]] will send revised heads of terms by friday to [[EMAIL_ADDRESS|hollie@brannigan-ceramics.ie]]""",
]


# 10 pasted CVs and résumés with contact details, each with a request.
CVS = [
    """Can you improve the wording of my CV summary and experience bullets? Keep it to one page.

[[PERSON|AMELIA THORNBURY]]
[[STREET_ADDRESS|31 Wycliffe Road, Northampton NN1 5JQ]] | [[PHONE_NUMBER|07700 900812]] | [[EMAIL_ADDRESS|amelia.thornbury@gmail.com]]

PROFILE
Hard working admin person with 6 years experience in busy offices, good with Excel and people.

EXPERIENCE
Office Administrator, Carrow & Lyle Solicitors, 2020-now
- did the diary for 4 partners
- ordered stationary and dealt with post
Receptionist, Northgate Dental, 2017-2020
- answered phones, booked patients""",
    """Translate this CV into English, keep the layout:

LEBENSLAUF
Dr. [[PERSON|Konstantin Reiswitz]]
Anschrift: [[STREET_ADDRESS|Goethestraße 27, 80336 München]]
Telefon: [[PHONE_NUMBER|089 99998 427]]
E-Mail: [[EMAIL_ADDRESS|k.reiswitz@posteo.de]]
Geburtsdatum: 14.02.1986

Berufserfahrung
2019 - heute   Senior Data Scientist, Isarwerk Analytics GmbH
2015 - 2019    Wissenschaftlicher Mitarbeiter, TU München
Ausbildung
2015           Promotion (Dr. rer. nat.) Physik, TU München""",
    """Résumé below. Write me a cover letter for a junior front-end role using it.

[[PERSON|Marcus Delacroix-Obi]]
Brooklyn, NY | [[PHONE_NUMBER|(718) 555-0157]] | [[EMAIL_ADDRESS|marcus.dobi@gmail.com]] | github.com/[[ID_NUMBER|mdobi-codes]]

SKILLS: JavaScript, React, TypeScript, Tailwind, Git, Figma
PROJECTS
- Bodega Finder: React app mapping late-night shops, 1.2k monthly users
- Portfolio site with Next.js
EDUCATION
Full-stack bootcamp, 2023. BA English Literature, Hunter College, 2021""",
    """Shorten this CV to the essentials for a LinkedIn 'About' section:

[[PERSON|Priyamvada Iyer-Collins]]
[[EMAIL_ADDRESS|priya.iyercollins@outlook.com]] · [[PHONE_NUMBER|+61 491 570 227]] · Melbourne
Product manager with 9 years in fintech and health tech. Led the launch of a mobile banking app used by 400k customers at Wattle Bank; grew a telehealth booking product from pilot to 60 clinics. Comfortable with SQL, Amplitude and running discovery interviews. MBA, Melbourne Business School.""",
    """Is this CV format OK for applying to jobs in France? Any red flags?

[[PERSON|Yasmina Belkacem]]
[[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]]
[[PHONE_NUMBER|06 39 98 55 31]] - [[EMAIL_ADDRESS|yasmina.belkacem@laposte.net]]
Née le 03/09/1994, nationalité française, permis B
Numéro de sécurité sociale : [[ID_NUMBER|2 92 03 75 056 288 80]]

Expérience : Chargée de communication, Mairie de Schiltigheim (2019-2024)
Formation : Master Communication des organisations, Université de Strasbourg""",
    """Fix the formatting of this CV, the dates are all over the place:

[[PERSON|Sean-Paul Mabaso]]
Cape Town | [[PHONE_NUMBER|+27 72 618 4093]] | [[EMAIL_ADDRESS|seanpaul.mabaso@gmail.com]]
ID number: [[ID_NUMBER|9002125183084]]

Work
Site supervisor - Table Bay Construction - march 2018 to now
Junior foreman - Berg Civils (2015-Feb 2018)
Labourer, 2012 - 2015, various

Tickets: first aid level 1, working at heights""",
    """Can you give me feedback on this CV for a nursing job in the UK?

[[PERSON|Marites Dela Cruz]]
[[STREET_ADDRESS|Flat 2, 56 Kingsland Road, Birmingham B11 4DJ]]
Mobile: [[PHONE_NUMBER|+44 7700 900624]]
Email: [[EMAIL_ADDRESS|marites.delacruz.rn@gmail.com]]
NMC PIN: [[ID_NUMBER|21I4178O]]

Registered Nurse, Queen Elizabeth Hospital Birmingham, Ward 304 (2021-present)
Staff Nurse, St. Luke's Medical Center, Quezon City (2016-2021)
BSc Nursing, University of Santo Tomas""",
    """Summarise this candidate's CV in three lines for the hiring manager:

Name: [[PERSON|Oleksandr Havryliuk]]
Location: Wrocław
Contact: [[EMAIL_ADDRESS|o.havryliuk@ukr.net]], [[PHONE_NUMBER|+48 733 190 452]]
Experience: 8 years Java/Kotlin backend. Last 3 years at a logistics scale-up, owning the routing service (Kafka, PostgreSQL, Kubernetes). Before that, outsourcing projects for banking clients.
Languages: Ukrainian (native), English (C1), Polish (B2)
Education: MSc Computer Science, Lviv Polytechnic""",
    """My friend asked me to proofread her CV but I'm terrible at spelling. Can you do it?

[[PERSON|Chloé Vanderhoeven]]
[[STREET_ADDRESS|Rue Haute 212, 1000 Bruxelles]]
[[PHONE_NUMBER|+32 470 81 26 54]] | [[EMAIL_ADDRESS|chloe.vdh@skynet.be]]

Experiance
Barista and shift leader, Café Lumière, 2021-2024: responsable for opening, cash up, training new staf
Sales asistant, Inno, 2019-2021

Languges: French, Dutch, English (fluant)""",
    """Rewrite this CV as a short bio for a conference speaker page (third person, 80 words):

[[PERSON|HIROSHI KAWAMURA]]
[[EMAIL_ADDRESS|h.kawamura@kawamura-lab.jp]] | [[PHONE_NUMBER|080-3317-4209]]
Associate Professor, Graduate School of Engineering, Tohoku University (2018-)
Research: soft robotics, bio-inspired actuators
Selected awards: JSME Young Engineer Award (2016)
PhD Mechanical Engineering, University of Tokyo (2012)""",
]


# 25 pasted invoices, receipts, bills and shipping labels with customer names and addresses.
INVOICES = [
    """Extract the invoice total, due date and customer name from this:

INVOICE #2024-0318
Hollybrook Joinery
Bill to: Mrs [[PERSON|Patricia Okwuosa]]
[[STREET_ADDRESS|8 Sycamore Drive, Harrogate HG2 7LT]]
Date: 18/03/2024    Due: 17/04/2024

Fitted wardrobe, oak veneer ......... £2,150.00
Fitting (2 days) ..................... £480.00
VAT 20% .............................. £526.00
TOTAL ................................ £3,156.00

Pay by bank transfer to Hollybrook Joinery, [[IBAN_CODE|GB20 NWBK 6082 2731 9584 06]]""",
    """Shipping label text below - the courier rejected it. What's missing or wrong?

SHIP TO:
[[PERSON|Kenneth Abernathy]]
[[STREET_ADDRESS|1147 Magnolia Bluff Dr
Savannah GA 31405]]
[[PHONE_NUMBER|(912) 555-0138]]

FROM:
Loomwell Textiles, [[STREET_ADDRESS|22 Mill St, Lowell MA]]
Weight: 2.4 lb  Service: Ground""",
    """Translate this invoice into English for our accountant:

FACTURA N.º F-2024/0412
Emisor: Talleres Orozco S.L.
Cliente: [[PERSON|Ignacio Beltrán Ruiz]]
NIF: [[ID_NUMBER|Y2950417Z]]
Dirección: [[STREET_ADDRESS|Avenida de la Constitución 41, 2º B, 41001 Sevilla]]
Concepto: Reparación de embrague, Seat León 1.6 TDI
Base imponible: 612,40 €   IVA 21%: 128,60 €   Total: 741,00 €
Forma de pago: transferencia a [[IBAN_CODE|ES51 2080 5801 1030 4001 7734]]""",
    """Check the maths on this invoice please, I think the VAT is wrong:

Tax Invoice
Sparkwise Electrical Pty Ltd
Customer: [[PERSON|Bronwyn Atherton]]
Site: [[STREET_ADDRESS|3/48 Jacaranda Street, Toowong QLD 4066]]
Ph: [[PHONE_NUMBER|(07) 5550 3318]]

Switchboard upgrade          $1,380.00
RCD testing x 6              $  210.00
Subtotal                     $1,590.00
GST 10%                      $  169.00
Total                        $1,759.00""",
    """Hotel folio - can you tell me which charges are not mine? I didn't use the minibar.

GRAND HARBOUR HOTEL - GUEST FOLIO
Guest: Mr [[PERSON|Lionel Achterberg-Smith]]
Room 512   Arr 08/05  Dep 11/05
Card on file: [[CREDIT_CARD|4556 7301 9284 4175]]
08/05 Room                       189.00
09/05 Room                       189.00
09/05 Minibar                     27.50
10/05 Room                       189.00
10/05 Restaurant (room charge)    64.20
Balance                          658.70""",
    """this is a customs declaration for a parcel to my sister, does it need anything else?

CN22
Sender: [[PERSON|Nadia Karimi]], [[STREET_ADDRESS|19 Beech Grove, Leicester LE2 3RF]]
Recipient: [[PERSON|Laleh Karimi]], [[STREET_ADDRESS|Nørrebrogade 88, 3. tv, 2200 København N]]
Recipient phone: [[PHONE_NUMBER|+45 28 41 73 06]]
Contents: 1 x wool scarf, 2 x books (used)
Value: £35
Gift: yes""",
    """Write a polite payment reminder for this overdue invoice:

INVOICE 0088 - Whitlock Photography
To: [[PERSON|Samuel]] & [[PERSON|Grace Adeyinka]]
[[STREET_ADDRESS|The Old Forge, Mill Lane, Ledbury HR8 2DS]]
[[EMAIL_ADDRESS|grace.adeyinka@btinternet.com]]
Wedding photography package (Gold), 14 September ..... £1,950.00
Deposit received ..................................... -£500.00
Balance due by 14 October ............................ £1,450.00""",
    """Utility bill pasted below. Summarise what I'm being charged for and if the estimate looks high:

NORTHERN WATER - Bill
Account: [[ID_NUMBER|NW-04418277]]
Customer: [[PERSON|Eamon Mulcahy]]
Supply address: [[STREET_ADDRESS|27 Castle Terrace, Carlisle CA3 8TB]]
Period: 01/01/2024 - 31/03/2024 (estimated reading)
Water supply 38 m3 ........ £61.18
Wastewater ................ £72.40
Standing charges .......... £18.50
Total ..................... £152.08
Direct Debit from [[IBAN_CODE|GB18 HBUK 4012 7638 1902 45]] on 15/04""",
    """Packing slip from our warehouse system. Reformat it as a clean label for a 4x6 printer.

ORDER 77-10428 | PICKED BY: WH04
DELIVER TO: [[PERSON|Anneke de Vries-Bakker]] / [[STREET_ADDRESS|Prinsengracht 711-H, 1017 JW Amsterdam]] / tel [[PHONE_NUMBER|+31 6 1947 2283]]
ITEMS: 1x Ceramic pour-over set (SKU CPS-02), 1x Filter papers 100pk
NOTES: leave with neighbour at 713 if not home""",
    """Invoice from a freelancer. Is it valid for VAT in Germany (what does it need to contain)?

Rechnung Nr. 2024-017
[[PERSON|Lena Hartmann]] - Übersetzungen
[[STREET_ADDRESS|Kastanienallee 9, 10435 Berlin]]
Steuer-IdNr.: [[ID_NUMBER|86 140 937 254]]
An: Fernweh Reisen GmbH, [[STREET_ADDRESS|Torstraße 120, 10119 Berlin]]
Leistung: Übersetzung Katalog DE>EN, 12.400 Wörter
Betrag: 1.488,00 €  (Kleinunternehmer, keine USt. gem. § 19 UStG)
Bankverbindung: [[IBAN_CODE|DE30 1002 0030 0741 8392 65]]""",
    """Receipt from the vet. I need to claim on pet insurance - what details will they want from this?

Parkside Veterinary Clinic
Client: [[PERSON|Rowena Castleford]]   Client no. [[ID_NUMBER|PV-22817]]
Pet: Biscuit (Cocker Spaniel)
Address: [[STREET_ADDRESS|4 Kestrel Mews, Cheltenham GL52 3QH]]
Consultation ............ £58.00
X-ray (2 views) ......... £186.00
Meloxicam 30ml .......... £22.40
Paid by card [[CREDIT_CARD|5221 9483 0671 5485]]""",
    """Shipping labels for 3 parcels. Can you turn them into a table (name, city, phone)?

1) [[PERSON|Tomoko Ishikawa]], [[STREET_ADDRESS|2-14-8 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]], [[PHONE_NUMBER|090-7731-2046]]
2) [[PERSON|Bilal Chaudhry]], [[STREET_ADDRESS|House 27, Street 9, F-7/2, Islamabad 44000]], [[PHONE_NUMBER|+92 300 518 4427]]
3) [[PERSON|Eszter Varga]], [[STREET_ADDRESS|Király utca 46, 1061 Budapest]], [[PHONE_NUMBER|+36 30 417 2289]]""",
    """Our invoice template output. The customer says their address is wrong - can you spot the problem?

INVOICE INV-5571
Customer: [[PERSON|Dorothea Vance-Whitmore]]
Customer ID: [[ID_NUMBER|CU-118204]]
Billing address: [[STREET_ADDRESS|1420 Derry Street, Apt 4, Harrisburg, PA 17104]]
Shipping address: [[STREET_ADDRESS|1420 Derry Street, Apt 4, Harrisburg, PA 17104]]
Phone: [[PHONE_NUMBER|717-555-0143]]
(she says she moved to [[STREET_ADDRESS|220 State St]] in March and updated it online)""",
    """Card payment authorisation form a client filled in. Is it okay to keep this in our shared drive?

CARD PAYMENT AUTHORISATION
I, [[PERSON|Reginald Osei-Bonsu]], authorise Bluewater Yacht Charters to charge my card for the balance of booking BW-2291.
Card number: [[CREDIT_CARD|3742 195860 33171]]
Expiry: 06/27
Billing address: [[STREET_ADDRESS|9 Admiralty Close, Southampton SO14 3TR]]
Signature: [[PERSON|R. Osei-Bonsu]]""",
    """Invoice from my plumber, translate into English please (it's Dutch):

FACTUUR 24-118
Loodgietersbedrijf Van Dam
Aan: Mevrouw [[PERSON|Ilse Terpstra]]
[[STREET_ADDRESS|Zeestraat 64, 2518 AD Den Haag]]
Werkzaamheden: lekkage onder gootsteen verholpen, sifon vervangen
Arbeid 1,5 uur: € 97,50
Materiaal: € 18,20
BTW 21%: € 24,30
Totaal: € 140,00
Graag binnen 14 dagen overmaken op [[IBAN_CODE|NL24 ABNA 0571 9348 26]] t.n.v. Van Dam""",
    """Parse this e-commerce order confirmation into JSON (name, address, items, total):

Thanks for your order, [[PERSON|Kelechi]]!
Order #SHP-88201 will ship to:
[[PERSON|Kelechi Anyanwu]]
[[STREET_ADDRESS|Apt 5C, 340 W 110th St
New York, NY 10026]]
1 x Noise-cancelling headphones - $249.00
1 x Carry case - $19.00
Total charged to Visa ending 0917: $268.00""",
    """I run a small bakery and someone sent me this invoice. Does it look like a fake invoice scam?

INVOICE
From: Global Business Directory Ltd
To: [[PERSON|Hamish Carnegie]], The Crumb Shop, [[STREET_ADDRESS|41 High Street, Peebles EH45 8AN]]
For: Annual listing renewal ........ £489.00
Pay within 7 days to avoid late fees: [[IBAN_CODE|IE59 BOFI 9038 4627 1059 38]]
Questions: [[PERSON|Terence Whaley]], accounts, [[PHONE_NUMBER|+353 1 882 4417]]""",
    """Summarise this delivery note and tell me what was short-shipped:

DELIVERY NOTE DN-30417
Consignee: [[PERSON|Abimbola Fashanu]] (site manager)
Site: [[STREET_ADDRESS|Plot 7, Brookfield Business Park, Rotherham S60 1BN]]
Site contact: [[PHONE_NUMBER|0114 496 0821]]
Ordered: 40 bags cement, 12 lintels, 200 blocks
Delivered: 40 bags cement, 10 lintels, 200 blocks
Signed: [[PERSON|A. Fashanu]]""",
    """Lettre de voiture ci-dessous, tu peux me la traduire en anglais ?

Expéditeur : Caves Brunet, [[STREET_ADDRESS|12 quai des Chartrons, 33000 Bordeaux]]
Destinataire : [[PERSON|Antoine Lemaire-Duval]]
[[STREET_ADDRESS|8 avenue Foch, 69006 Lyon]]
Tél. : [[PHONE_NUMBER|+33 6 39 98 07 42]]
Colis : 2 cartons de 6 bouteilles, 18 kg
Remise contre signature""",
    """Freelance invoice I'm about to send. Is anything missing for a US client?

INVOICE #17
From: [[PERSON|Mateus Albuquerque]]
[[STREET_ADDRESS|Rua das Flores 214, 4050-262 Porto]]
NIF: [[ID_NUMBER|238174654]]
To: Driftwood Apps Inc., San Francisco
Services: iOS development, May 2024 (64 hours x $75) ........ $4,800.00
Payment: wire to [[IBAN_CODE|PT93 0007 0000 0051 8273 9442 3]]""",
    """Pharmacy receipt, for my tax return. Which items count as medical expenses?

Rexall #2214
Patient: [[PERSON|Genevieve Lachance]]
Rx 4471821 Atorvastatin 20mg x90   $38.40
Rx 4471822 Metformin 500mg x180    $21.10
OTC Vitamin D3                      $14.99
Paid VISA [[CREDIT_CARD|4488 1093 7256 6200]]
Plan member ID: [[ID_NUMBER|QC-772041-03]]""",
    """Gas safety certificate details below - pull out the landlord name, property address and expiry date:

LANDLORD GAS SAFETY RECORD
Landlord: [[PERSON|Desmond Okafor-Hughes]], [[STREET_ADDRESS|60 Regent Park Square, Glasgow G41 2AF]]
Property: [[STREET_ADDRESS|Flat 1/2, 118 Allison Street, Glasgow G42 8RP]]
Tenant: [[PERSON|Ailsa Grieve]], [[PHONE_NUMBER|0141 496 0735]]
Engineer: [[PERSON|Craig Paterson]], Gas Safe ID [[ID_NUMBER|4418207]]
Date of check: 02/02/2024  Next check due: 01/02/2025""",
    """Rental car agreement excerpt. What's the excess and am I covered for a second driver?

RENTAL AGREEMENT RA-6619204
Main driver: [[PERSON|Jonathan Ekwueme]]
Licence no: [[ID_NUMBER|EKWUE804127JN9LK]]
Additional driver: [[PERSON|Chinwe Ekwueme]], licence [[ID_NUMBER|EKWUE856094CA8PR]]
Address: [[STREET_ADDRESS|25 Osprey Way, Milton Keynes MK4 2GT]]
Vehicle: VW Golf or similar, Group C
Excess: £1,250 (reduced to £0 with SuperCover - declined)
Deposit held on card [[CREDIT_CARD|5179 3046 8812 3793]]""",
    """Please draft a reply disputing this parking charge notice, the car was in a marked bay:

PARKING CHARGE NOTICE
Registered keeper: [[PERSON|Harpreet Kaur Dhillon]]
[[STREET_ADDRESS|77 Soho Road, Handsworth, Birmingham B21 9SN]]
Vehicle: Toyota Yaris
Location: Riverside Retail Park, bay 114
Contravention: parked outside marked bay
Charge: £100 (reduced to £60 if paid within 14 days)""",
    """Packing list with the customer's details, turn it into a CSV row: name,street,city,postcode,phone

Customer: [[PERSON|Fenella Ashcroft]]
Address line: [[STREET_ADDRESS|Hill Top Barn, Low Road, Sedbergh LA10 5RH]]
Tel: [[PHONE_NUMBER|07700 900975]]
Items: 1 garden bench (flat-packed), 2 cushions""",
]


# 100 clean pasted documents with no personal data.
# 20 code snippets and configs with placeholders and environment-variable references.
CLEAN_CODE = [
    """Refactor this to use a context manager:

import os
import psycopg2

conn = psycopg2.connect(
    host=os.environ["PGHOST"],
    dbname=os.environ.get("PGDATABASE", "analytics"),
    user=os.environ["PGUSER"],
    password=os.environ["PGPASSWORD"],
)
cur = conn.cursor()
cur.execute("SELECT version()")
print(cur.fetchone())
conn.close()""",
    """What does each line in this .env.example do? It ships with the repo.

# Copy to .env and fill in
APP_ENV=development
APP_URL=http://localhost:3000
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_REPLACE_ME
SENTRY_DSN=
MAIL_FROM=noreply@example.com""",
    """Review this docker-compose.yml. Is using secrets like this correct?

services:
  api:
    image: ghcr.io/acme/orders-api:2.14.1
    environment:
      DB_HOST: db
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
  db:
    image: postgres:16.3-alpine
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt""",
    """Explain this GitHub Actions workflow step by step:

name: CI
on:
  pull_request:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-22.04
    strategy:
      matrix:
        python: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
      - run: pip install -e ".[test]"
      - run: pytest -q
        env:
          API_TOKEN: ${{ secrets.API_TOKEN }}""",
    """Convert this Terraform to use variables for the CIDR blocks:

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
  tags = {
    Name        = "main-vpc"
    Environment = "staging"
  }
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}""",
    """Why does this Rust code not compile?

use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<&str, u32> = HashMap::new();
    scores.insert("Blue", 10);
    let s = scores.get("Blue");
    scores.insert("Yellow", 50);
    println!("{:?}", s);
}""",
    """Add error handling to this fetch call:

const API_BASE = process.env.API_BASE ?? "https://api.example.com/v1";

export async function getInvoice(id) {
  const res = await fetch(`${API_BASE}/invoices/${id}`, {
    headers: { Authorization: `Bearer ${process.env.API_TOKEN}` },
  });
  return res.json();
}""",
    """nginx config - why do I get a 502 on /api?

server {
    listen 80;
    server_name example.com www.example.com;

    location / {
        root /var/www/html;
        try_files $uri /index.html;
    }

    location /api/ {
        proxy_pass http://127.0.0.1:8000/;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}""",
    """Write docstrings for these functions:

def haversine(lat1, lon1, lat2, lon2):
    R = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R * math.asin(math.sqrt(a))

def bearing(lat1, lon1, lat2, lon2):
    ...""",
    """Kubernetes manifest - the pod can't read the secret. What's wrong?

apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-worker
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: worker
          image: registry.example.com/billing-worker:1.8.0
          env:
            - name: STRIPE_KEY
              valueFrom:
                secretKeyRef:
                  name: billing-secrets
                  key: stripe-key""",
    """Explain the difference between these two SQL queries and which is faster on PostgreSQL 15:

-- A
SELECT o.id, o.total
FROM orders o
WHERE o.customer_id IN (SELECT id FROM customers WHERE country = 'DE');

-- B
SELECT o.id, o.total
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE c.country = 'DE';""",
    """Spring application.yml. How do I override the datasource password from the command line?

spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/inventory
    username: ${DB_USER:inventory}
    password: ${DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate
server:
  port: 8081
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus""",
    """Make this bash script safer (set -euo pipefail etc.):

#!/bin/bash
BACKUP_DIR=/var/backups/app
STAMP=$(date +%Y%m%d-%H%M)
pg_dump "$DATABASE_URL" | gzip > $BACKUP_DIR/app-$STAMP.sql.gz
aws s3 cp $BACKUP_DIR/app-$STAMP.sql.gz s3://$BACKUP_BUCKET/daily/
find $BACKUP_DIR -mtime +14 -delete""",
    """Go: how do I read these from the environment with defaults?

type Config struct {
    Port        int
    DatabaseURL string
    LogLevel    string
    JWTSecret   string
}

// currently:
var cfg = Config{
    Port:        8080,
    DatabaseURL: "postgres://localhost/dev",
    LogLevel:    "info",
    JWTSecret:   "<set-in-production>",
}""",
    """This is a pyproject.toml - why does pip say "no matching distribution" for the dev extras?

[project]
name = "tidewatch"
version = "0.9.3"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2.6,<3"]

[project.optional-dependencies]
dev = ["pytest>=8.1", "ruff==0.4.4", "mypy>=1.10"]

[tool.ruff]
line-length = 100""",
    """Write a unit test for this function using Jest:

export function slugify(title) {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\\u0300-\\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}""",
    """Ansible playbook. What does "become" do here?

- name: Install and start Nginx
  hosts: webservers
  become: true
  vars:
    nginx_version: "1.24.*"
  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: "nginx={{ nginx_version }}"
        state: present
        update_cache: true
    - name: Ensure nginx is running
      ansible.builtin.service:
        name: nginx
        state: started
        enabled: true""",
    """C: why does this segfault?

#include <stdio.h>
#include <string.h>

int main(void) {
    char *greeting;
    strcpy(greeting, "Hello, World");
    printf("%s\\n", greeting);
    return 0;
}""",
    """Our settings.py reads secrets like this. Is this the recommended way for Django 5.0?

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
DEFAULT_FROM_EMAIL = "webmaster@example.com\"""",
    """Explain this regex and give me three strings it matches:

^(?<major>0|[1-9]\\d*)\\.(?<minor>0|[1-9]\\d*)\\.(?<patch>0|[1-9]\\d*)(?:-(?<pre>[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$""",
]

# 20 READMEs, API docs, changelogs and release notes.
CLEAN_DOCS = [
    """Summarise this changelog for the non-technical team:

## [3.2.0] - 2024-05-14
### Added
- Bulk export of invoices to CSV (#1841)
- Support for PostgreSQL 16
### Changed
- Minimum Node.js version is now 18.17
- Upgraded React from 18.2.0 to 18.3.1
### Fixed
- Timezone offset in scheduled reports (#1822)
- Crash when a webhook payload had no `data` field (commit 4e1d9a7)
### Security
- Bumped `express` to 4.19.2 to address CVE-2024-29041""",
    """Turn this README section into a shorter "Quick start":

# Lanternfish

Lanternfish is a lightweight job queue for Python 3.10+ backed by Redis or SQLite.

## Installation

    pip install lanternfish==1.4.2

## Configuration

Set `LANTERNFISH_BROKER_URL` to your broker, e.g. `redis://localhost:6379/1`. For local development you can use `sqlite:///queue.db`.

## Running a worker

    lanternfish worker --concurrency 4 --queues default,emails

See docs/ADVANCED.md for retries, rate limits and scheduled jobs. Licensed under the Apache License 2.0.""",
    """Can you write a curl example for this endpoint based on the docs?

### POST /v2/projects/{project_id}/webhooks

Creates a webhook subscription.

Path parameters:
- `project_id` (UUID, required), e.g. `3f6c2b1e-8d4a-4c7b-9e2f-1a5d7c9b0e34`

Body (JSON):
| field | type | description |
|---|---|---|
| url | string | HTTPS endpoint that receives events |
| events | string[] | e.g. `["invoice.paid", "invoice.voided"]` |
| secret | string | optional, used to sign payloads (HMAC-SHA256) |

Responses: `201 Created`, `400 Bad Request`, `409 Conflict` if the URL is already registered.
Auth: `Authorization: Bearer <API_KEY>`""",
    """Release notes below. Which items are breaking changes?

Kestrel CLI 5.0.0 (2024-03-02)

* The `--legacy-output` flag has been removed.
* Config files now use TOML instead of INI. Run `kestrel migrate-config` to convert.
* New `kestrel doctor` command checks your environment.
* Windows ARM64 builds are now published.
* The default region changed from us-east-1 to eu-west-1.
* Fixed a memory leak in the log streamer (a91c3f0).

Full diff: v4.9.3...v5.0.0""",
    """Proofread this CONTRIBUTING.md:

# Contributing

Thank you for considering contributing to Tessera! Please read the following before you open a pull request.

1. Fork the repository and create your branch from `develop`.
2. If you've added code that should be tested, add tests.
3. Ensure the test suite passes (`make test`) and the linter is happy (`make lint`).
4. Sign off your commits (Developer Certificate of Origin).
5. Open the pull request against `develop`, not `main`.

Questions? Open a Discussion on GitHub or write to maintainers@example.com. Please do not report security issues in public; see SECURITY.md.""",
    """Explain this OpenAPI snippet in plain English:

paths:
  /users/{userId}:
    get:
      summary: Get a user by ID
      parameters:
        - name: userId
          in: path
          required: true
          schema:
            type: string
            format: uuid
      responses:
        "200":
          description: The user
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/User"
        "404":
          description: Not found""",
    """Draft a tweet-length announcement from these release notes:

Version 2.8 of Harbor Maps is out!
- Offline maps for 40 more countries
- Turn-by-turn cycling directions (beta)
- Dark mode follows the system setting on Android 14 and iOS 17
- 30% faster route calculation
Build 2.8.0 (4127), commit 0b7e3d2c91f4a6e8d5b2c7a1f9e0d3b6c8a4e2f1""",
    """Rewrite these API docs so they're friendlier for beginners:

Rate limiting. Requests are limited per API key using a token bucket (capacity 120, refill 2/s). When the limit is exceeded the server responds with HTTP 429 and the headers X-RateLimit-Limit, X-RateLimit-Remaining and Retry-After (seconds). Clients SHOULD implement exponential backoff with jitter. Bulk endpoints (/batch/*) count as 10 requests.""",
    """Which of these dependency updates in our lockfile diff are major versions?

- "axios": "0.27.2" -> "1.6.8"
- "lodash": "4.17.20" -> "4.17.21"
- "typescript": "4.9.5" -> "5.4.5"
- "eslint": "8.57.0" -> "9.2.0"
- "date-fns": "2.30.0" -> "3.6.0"
- "zod": "3.22.4" -> "3.23.8\"""",
    """Translate this README intro into Spanish:

OpenTrail is an open-source trail-mapping toolkit. It imports GPX and FIT files, snaps them to OpenStreetMap paths and produces elevation profiles. OpenTrail 0.12 requires Python 3.11 and GDAL 3.8 or newer. Contributions are welcome; please read CODE_OF_CONDUCT.md first.""",
    """Summarise the migration guide in five bullet points:

Migrating from v1 to v2
1. The client constructor now takes an options object: `new Client({ baseUrl, timeoutMs })`.
2. All methods return Promises; the callback style is gone.
3. `client.list()` is paginated. Use `for await (const page of client.pages())`.
4. Errors are instances of `ApiError` with `status` and `code` fields.
5. The `debug` option was renamed to `logLevel` ("silent" | "info" | "debug").
6. Node.js 16 is no longer supported.""",
    """Is this SECURITY.md good enough? Suggest improvements.

# Security Policy

## Supported Versions
| Version | Supported |
| ------- | --------- |
| 4.x     | yes       |
| 3.x     | security fixes until 2024-12-31 |
| < 3.0   | no        |

## Reporting a Vulnerability
Please email security@example.com with a description and steps to reproduce. We aim to acknowledge reports within 3 business days. Please do not open public issues for vulnerabilities.""",
    """Make this changelog entry follow Keep a Changelog format:

v0.7.1 fixed the thing where exports broke on Windows paths with spaces, also bumped numpy to 1.26.4 and pandas to 2.2.2, removed python 3.8 support, added a --dry-run flag to the sync command. commit range 7a3e91b..c4f02d8""",
    """Explain what these HTTP status codes mean in our API docs and whether they're used correctly:

- 200 OK: resource returned
- 201 Created: returned by DELETE when the item is removed
- 204 No Content: returned by PUT when nothing changed
- 401 Unauthorized: missing or invalid token
- 403 Forbidden: valid token, wrong scope
- 422 Unprocessable Entity: validation failed""",
    """Write a summary paragraph of this RFC-style design doc for the engineering newsletter:

RFC 0042: Event Sourcing for the Ledger Service
Status: Accepted. Supersedes: RFC 0031.
Motivation: the ledger must be auditable and replayable. Proposal: store every state change as an immutable event in an append-only table (ledger_events), partitioned by month. Projections rebuild balances asynchronously. Snapshots every 10,000 events. Alternatives considered: CDC from the current tables (rejected: loses intent), Kafka as the source of truth (rejected: operational cost).""",
    """Help me fill in the missing parts of this pull request template:

## Summary
<!-- What does this PR change and why? -->

## Related issues
Closes #

## How to test
1.
2.

## Checklist
- [ ] Tests added or updated
- [ ] Docs updated
- [ ] CHANGELOG.md entry added
- [ ] No secrets or personal data in the diff""",
    """Explain these semantic-versioning tags and which one a cautious user should install:

v6.0.0-rc.2
v5.4.3
v5.4.2
v5.5.0-beta.1
v4.18.12 (LTS)""",
    """Reformat this API reference entry as a table:

GET /v1/resources/{id} - Returns a resource. id: UUID, e.g. 9b2f4c1a-6e3d-4a8b-b7c5-2d1e0f9a8c76. Query params: expand (string, optional, comma-separated: "owner,tags"), fields (string, optional). Returns 200 with Resource, 404 if missing, 410 if deleted. Requires scope resources:read.""",
    """What changed between these two versions according to the notes?

PostgreSQL 16.3 release notes (excerpt): fixes for CVE-2024-4317 restrict visibility of pg_stats_ext and pg_stats_ext_exprs; fix incorrect results with partitionwise joins; fix crash in logical replication when publishing a partitioned table. Users of 16.x should upgrade; a dump/restore is not required.""",
    """Write a short product-update email from these notes (audience: admins):

Admin Console 24.6
- SSO: SAML certificates can now be rotated without downtime.
- Audit log retention increased from 90 to 365 days on Enterprise.
- SCIM provisioning supports group renames.
- Deprecated: API v1 tokens stop working on 2024-10-01.
Build 24.6.0+a7c2e19""",
]

# 15 error logs without users, stack traces and SQL schemas.
CLEAN_LOGS = [
    """What's causing this? Kubernetes events:

LAST SEEN   TYPE      REASON             OBJECT                          MESSAGE
2m          Warning   FailedScheduling   pod/search-api-7c9f6d8b4-x2kqp  0/6 nodes are available: 3 Insufficient memory, 3 node(s) had untolerated taint {dedicated: gpu}.
90s         Normal    Pulled             pod/search-api-7c9f6d8b4-m8zvt  Container image "registry.example.com/search-api:3.4.1" already present on machine
45s         Warning   BackOff            pod/search-api-7c9f6d8b4-m8zvt  Back-off restarting failed container api in pod search-api-7c9f6d8b4-m8zvt""",
    """Explain this Python traceback:

Traceback (most recent call last):
  File "/app/worker/tasks.py", line 61, in process_batch
    result = transform(record)
  File "/app/worker/transform.py", line 22, in transform
    return {k: float(v) for k, v in record.items()}
  File "/app/worker/transform.py", line 22, in <dictcomp>
    return {k: float(v) for k, v in record.items()}
ValueError: could not convert string to float: 'N/A'""",
    """Design review: is this schema normalised enough? Suggest indexes.

CREATE TABLE products (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    sku         VARCHAR(32) NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    category_id INT REFERENCES categories(id),
    price_cents INT NOT NULL CHECK (price_cents >= 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE order_items (
    order_id    UUID REFERENCES orders(id) ON DELETE CASCADE,
    product_id  UUID REFERENCES products(id),
    quantity    INT NOT NULL,
    PRIMARY KEY (order_id, product_id)
);""",
    """nginx error log - why are requests timing out?

2024/05/21 03:14:07 [error] 2917#2917: *188421 upstream timed out (110: Connection timed out) while reading response header from upstream, server: example.com, request: "GET /api/reports/monthly HTTP/1.1", upstream: "http://127.0.0.1:9000/reports/monthly", host: "example.com"
2024/05/21 03:14:09 [warn] 2917#2917: *188430 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/07/0000001074 while reading upstream""",
    """Java stack trace from the batch job, what's the root cause?

Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory': Invocation of init method failed
Caused by: org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [discount_rate] in table [invoice_lines]
    at org.hibernate.tool.schema.internal.AbstractSchemaValidator.validateTable(AbstractSchemaValidator.java:136)
    at org.hibernate.tool.schema.internal.GroupedSchemaValidatorImpl.validateTables(GroupedSchemaValidatorImpl.java:42)""",
    """Write a migration that adds soft delete to this table (PostgreSQL):

CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  tenant_id UUID NOT NULL,
  title TEXT NOT NULL,
  body TEXT,
  version INT NOT NULL DEFAULT 1,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX documents_tenant_idx ON documents (tenant_id);""",
    """Systemd journal from a failing service. What do I fix?

May 30 09:12:44 build-runner-03 systemd[1]: Starting ci-agent.service - CI Agent...
May 30 09:12:44 build-runner-03 ci-agent[41822]: level=fatal msg="config: required key RUNNER_TOKEN is empty"
May 30 09:12:44 build-runner-03 systemd[1]: ci-agent.service: Main process exited, code=exited, status=1/FAILURE
May 30 09:12:44 build-runner-03 systemd[1]: ci-agent.service: Failed with result 'exit-code'.
May 30 09:12:54 build-runner-03 systemd[1]: ci-agent.service: Scheduled restart job, restart counter is at 5.""",
    """Explain this Postgres error and how to fix it:

ERROR:  duplicate key value violates unique constraint "invoices_number_key"
DETAIL:  Key (number)=(INV-2024-00418) already exists.
CONTEXT:  SQL statement "INSERT INTO invoices (number, tenant_id, total_cents) VALUES ($1, $2, $3)"
PL/pgSQL function create_invoice(uuid,integer) line 12 at SQL statement""",
    """Browser console errors from our SPA. Which is the real problem?

Uncaught (in promise) TypeError: Failed to fetch
    at fetchDashboard (dashboard.7f3a91c2.js:1:4821)
Access to fetch at 'https://api.example.com/v1/dashboard' from origin 'https://app.example.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.
[Violation] 'setTimeout' handler took 212ms
DevTools failed to load source map: Could not load content for https://app.example.com/assets/vendor.js.map""",
    """Convert this MySQL schema to SQLite:

CREATE TABLE `events` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `event_type` enum('click','view','purchase') NOT NULL,
  `resource_id` char(36) NOT NULL,
  `payload` json DEFAULT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `idx_resource` (`resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;""",
    """Terraform plan failed, what does it mean?

Error: creating S3 Bucket (acme-static-assets-prod): BucketAlreadyExists: The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.
        status code: 409, request id: 8Q2W4E6R8T0Y2U4I, host id: b3NseSBhIGZha2UgaG9zdCBpZA==

  with aws_s3_bucket.static,
  on main.tf line 14, in resource "aws_s3_bucket" "static":
  14: resource "aws_s3_bucket" "static" {""",
    """Redis log on startup, are these warnings important?

1:C 02 Jun 2024 11:00:01.204 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.
1:M 02 Jun 2024 11:00:01.206 * Running mode=standalone, port=6379.
1:M 02 Jun 2024 11:00:01.206 # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.
1:M 02 Jun 2024 11:00:01.207 * Server initialized
1:M 02 Jun 2024 11:00:01.208 * Ready to accept connections tcp""",
    """Add foreign keys and comments to this schema:

CREATE TABLE courses (id SERIAL PRIMARY KEY, code VARCHAR(12) UNIQUE NOT NULL, title TEXT NOT NULL, credits SMALLINT NOT NULL);
CREATE TABLE enrolments (id SERIAL PRIMARY KEY, course_id INT NOT NULL, learner_ref UUID NOT NULL, term VARCHAR(6) NOT NULL, grade CHAR(2));
CREATE TABLE prerequisites (course_id INT NOT NULL, requires_course_id INT NOT NULL);""",
    """Gradle build output. Why did it fail?

> Task :app:compileDebugKotlin FAILED
e: file:///workspace/app/src/main/java/com/example/tides/MainActivity.kt:48:21 Unresolved reference: viewBinding
e: file:///workspace/app/src/main/java/com/example/tides/MainActivity.kt:52:9 Type mismatch: inferred type is String? but String was expected

FAILURE: Build failed with an exception.
BUILD FAILED in 38s
27 actionable tasks: 9 executed, 18 up-to-date""",
    """Explain the deadlock in this Postgres log:

2024-06-18 14:22:07.118 UTC [58211] ERROR:  deadlock detected
2024-06-18 14:22:07.118 UTC [58211] DETAIL:  Process 58211 waits for ShareLock on transaction 9918204; blocked by process 58190.
        Process 58190 waits for ShareLock on transaction 9918207; blocked by process 58211.
        Process 58211: UPDATE stock SET qty = qty - 1 WHERE sku = 'LMP-204'
        Process 58190: UPDATE stock SET qty = qty - 1 WHERE sku = 'CPS-02'
2024-06-18 14:22:07.118 UTC [58211] HINT:  See server log for query details.""",
]

# 20 literature and Wikipedia-style excerpts naming historic and public figures.
CLEAN_PROSE = [
    """Summarise this encyclopedia paragraph in two sentences:

Ada Lovelace (1815-1852) was an English mathematician and writer, chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine. She was the first to recognise that the machine had applications beyond pure calculation, and her notes of 1843 include what is often described as the first published algorithm intended to be carried out by such a machine. She was the only legitimate child of the poet Lord Byron and the mathematician Anne Isabella Milbanke.""",
    """Translate this passage into modern English:

"It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife. However little known the feelings or views of such a man may be on his first entering a neighbourhood, this truth is so well fixed in the minds of the surrounding families, that he is considered the rightful property of some one or other of their daughters." - Jane Austen, Pride and Prejudice (1813)""",
    """Create five quiz questions from this text:

Marie Skłodowska Curie was a Polish and naturalised-French physicist and chemist who conducted pioneering research on radioactivity. She was the first woman to win a Nobel Prize, the first person to win a Nobel Prize twice, and the only person to win a Nobel Prize in two scientific fields. With her husband Pierre Curie she discovered the elements polonium and radium. She founded the Curie Institutes in Paris and in Warsaw.""",
    """What is the main argument of this excerpt?

In 1859 Charles Darwin published On the Origin of Species, arguing that populations evolve over generations through a process of natural selection. The book was the culmination of evidence he had gathered on the voyage of HMS Beagle in the 1830s and in the decades of experimentation that followed. Alfred Russel Wallace had independently conceived a similar theory, and their joint papers were read to the Linnean Society of London in 1858.""",
    """Analyse the imagery in this poem:

Shall I compare thee to a summer's day?
Thou art more lovely and more temperate:
Rough winds do shake the darling buds of May,
And summer's lease hath all too short a date;
Sometime too hot the eye of heaven shines,
And often is his gold complexion dimm'd
- William Shakespeare, Sonnet 18""",
    """Rewrite this for a ten-year-old:

Nelson Mandela (1918-2013) was a South African anti-apartheid activist and politician who served as the first president of South Africa from 1994 to 1999. He was the country's first Black head of state and the first elected in a fully representative democratic election. He spent 27 years in prison, many of them on Robben Island, before his release in 1990. He shared the Nobel Peace Prize with F. W. de Klerk in 1993.""",
    """Fact-check this paragraph, are the dates right?

The Wright brothers, Orville and Wilbur, made the first controlled, sustained flight of a powered, heavier-than-air aircraft on 17 December 1903 near Kitty Hawk, North Carolina. Their Wright Flyer stayed aloft for 12 seconds on the first flight, covering 120 feet. The brothers had developed their three-axis control system while running a bicycle shop in Dayton, Ohio.""",
    """Give me the key themes of this opening:

"It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness..." Charles Dickens opens A Tale of Two Cities (1859) with a series of contrasts that set London against Paris on the eve of the French Revolution.""",
    """Summarise the history section below for a museum placard (60 words):

The Rosetta Stone is a granodiorite stele inscribed with three versions of a decree issued in Memphis in 196 BC during the Ptolemaic dynasty on behalf of King Ptolemy V Epiphanes. The top and middle texts are in Ancient Egyptian using hieroglyphic and Demotic scripts, the bottom in Ancient Greek. It was found in 1799 by French soldiers during Napoleon's campaign in Egypt. Jean-François Champollion announced his decipherment of the hieroglyphs in 1822.""",
    """Translate into German:

Alan Turing (1912-1954) was an English mathematician, computer scientist and cryptanalyst. During the Second World War he worked at Bletchley Park, where he played a central role in breaking the Enigma cipher used by the German navy. His 1936 paper "On Computable Numbers" introduced the concept now known as the Turing machine.""",
    """Write a discussion question for a book club based on this passage:

"Happy families are all alike; every unhappy family is unhappy in its own way. Everything was in confusion in the Oblonskys' house. The wife had discovered that the husband was carrying on an intrigue with a French girl, who had been a governess in their family." - Leo Tolstoy, Anna Karenina""",
    """Condense this into a timeline:

Frida Kahlo was born in 1907 in Coyoacán, Mexico City. A bus accident in 1925 left her with lifelong injuries, and she began painting during her recovery. In 1929 she married the muralist Diego Rivera. Her first solo exhibition was held in New York in 1938, and the Louvre acquired her painting The Frame in 1939. She died in 1954 at the Blue House, which is now the Frida Kahlo Museum.""",
    """Is this quote correctly attributed?

"The only thing we have to fear is fear itself." - attributed to Franklin D. Roosevelt, from his first inaugural address, 4 March 1933. Some sources instead credit Winston Churchill or Henry David Thoreau with similar lines.""",
    """Summarise this article section in plain language:

The Treaty of Westphalia is the collective name for two peace treaties signed in October 1648 in the Westphalian cities of Osnabrück and Münster. They ended the Thirty Years' War and the Eighty Years' War, and brought peace to the Holy Roman Empire. Delegates included representatives of Emperor Ferdinand III, Queen Christina of Sweden and King Louis XIV of France. The treaties are often cited as the origin of the modern concept of state sovereignty.""",
    """Explain the scientific idea in this paragraph to a high school student:

In 1905, his "miracle year", Albert Einstein published four papers in Annalen der Physik: on the photoelectric effect, Brownian motion, special relativity and mass-energy equivalence. The last introduced the equation E = mc². Max Planck was among the first physicists to recognise the significance of the relativity paper.""",
    """Turn this into a short podcast script intro:

Mary Seacole (1805-1881) was a British-Jamaican nurse and businesswoman who set up the "British Hotel" behind the lines during the Crimean War, where she cared for wounded servicemen. Her autobiography, Wonderful Adventures of Mrs Seacole in Many Lands (1857), was one of the earliest autobiographies by a woman of mixed race. Florence Nightingale, her contemporary, is better remembered, but Seacole was voted the greatest Black Briton in a 2004 poll.""",
    """Identify the narrator and tone of this passage:

"Call me Ishmael. Some years ago - never mind how long precisely - having little or no money in my purse, and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part of the world." - Herman Melville, Moby-Dick (1851)""",
    """Make this Wikipedia-style paragraph more concise:

Hokusai, known in full as Katsushika Hokusai, was a Japanese ukiyo-e artist of the Edo period, active as a painter and printmaker. He is best known for the woodblock print series Thirty-Six Views of Mount Fuji, which includes the iconic print The Great Wave off Kanagawa, created in the early 1830s. Hokusai created the series as a response to a domestic travel boom and as part of a personal obsession with Mount Fuji.""",
    """Compare the two leaders described here in a short table:

Queen Elizabeth I reigned over England and Ireland from 1558 until 1603; her reign saw the defeat of the Spanish Armada in 1588 and the flourishing of English drama under Christopher Marlowe and William Shakespeare. Akbar the Great, Mughal emperor from 1556 to 1605, expanded the empire across most of the Indian subcontinent and promoted religious tolerance through the Din-i Ilahi and debates at the Ibadat Khana in Fatehpur Sikri.""",
    """Give me a one-line summary of each paragraph:

Galileo Galilei improved the telescope in 1609 and observed the four largest moons of Jupiter, now called the Galilean moons: Io, Europa, Ganymede and Callisto.

Johannes Kepler published his first two laws of planetary motion in Astronomia nova in 1609, using observations made by Tycho Brahe.

Isaac Newton's Philosophiæ Naturalis Principia Mathematica (1687) showed that Kepler's laws follow from universal gravitation.""",
]

# 25 legal boilerplate, templates with placeholders, recipes and product descriptions.
CLEAN_MISC = [
    """Explain this licence in plain English - can I use the library in a commercial app?

MIT License

Copyright (c) <year> <copyright holders>

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.""",
    """Simplify this clause from our terms of service:

14. LIMITATION OF LIABILITY. TO THE MAXIMUM EXTENT PERMITTED BY APPLICABLE LAW, IN NO EVENT SHALL THE COMPANY, ITS AFFILIATES, DIRECTORS, EMPLOYEES OR LICENSORS BE LIABLE FOR ANY INDIRECT, PUNITIVE, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR EXEMPLARY DAMAGES, INCLUDING WITHOUT LIMITATION DAMAGES FOR LOSS OF PROFITS, GOODWILL, USE, DATA OR OTHER INTANGIBLE LOSSES, ARISING OUT OF OR RELATING TO THE USE OF, OR INABILITY TO USE, THE SERVICE.""",
    """Convert this recipe to metric and halve it:

Classic Banana Bread
- 3 ripe bananas, mashed
- 1/3 cup melted butter
- 3/4 cup sugar
- 1 egg, beaten
- 1 tsp vanilla extract
- 1 tsp baking soda
- pinch of salt
- 1 1/2 cups all-purpose flour
Preheat the oven to 350°F. Mix butter into the bananas, then sugar, egg and vanilla. Sprinkle soda and salt over, stir in the flour. Bake in a buttered 4x8 inch loaf pan for 60 minutes.""",
    """Write three shorter versions of this product description for Amazon bullets:

The Aeroline 500 Cordless Vacuum combines a 150 AW brushless motor with a five-stage HEPA filtration system that captures 99.97% of particles down to 0.3 microns. Its 2,500 mAh removable battery delivers up to 55 minutes of run time in Eco mode, and the LED floorhead reveals hidden dust on hard floors. Weighs just 1.4 kg. Includes crevice tool, 2-in-1 dusting brush and wall dock. Model AL-500-EU, firmware 1.2.7.""",
    """Fill this NDA template with sensible defaults (leave the party names as placeholders):

MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is made on [DATE] between [PARTY A], a company registered in [JURISDICTION] with number [COMPANY NO.], and [PARTY B].
1. "Confidential Information" means all information disclosed by either party...
2. Term: this Agreement remains in force for [__] years from the Effective Date.
3. Governing law: [__].
Signed for and on behalf of [PARTY A]: ____________________""",
    """Translate this recipe into French:

Shakshuka (serves 2)
Heat 2 tbsp olive oil in a skillet. Soften 1 sliced onion and 1 red pepper for 8 minutes. Add 2 crushed garlic cloves, 1 tsp cumin and 1 tsp smoked paprika. Pour in a 400 g tin of chopped tomatoes and simmer for 10 minutes. Make four wells and crack in four eggs. Cover and cook for 6-8 minutes until the whites are set. Finish with feta and coriander.""",
    """Is this cookie banner text compliant with GDPR? Suggest edits.

We use cookies to improve your experience, analyse traffic and personalise ads. By continuing to browse example.com you agree to our use of cookies. [Accept all] [Settings]
Cookie categories: Strictly necessary (always on), Analytics (Google Analytics 4), Marketing (Meta Pixel, LinkedIn Insight Tag).""",
    """Rewrite this product page copy to sound more premium:

Nordvik Oak Dining Table
Solid European oak, oiled finish. Seats 6-8. Dimensions: 200 x 95 x 75 cm. Extends to 260 cm with the included leaf. Assembly required (approx. 30 minutes, tools included). 10-year warranty. Colour: natural. SKU NDV-OAK-200. Ships in 3-5 working days.""",
    """Summarise the warranty terms below:

LIMITED WARRANTY. The Manufacturer warrants this product against defects in materials and workmanship for a period of twenty-four (24) months from the date of original retail purchase. This warranty does not cover damage caused by accident, misuse, unauthorised modification, or normal wear and tear. To make a claim, visit support.example.com/warranty and provide the serial number and proof of purchase.""",
    """Scale this recipe for 12 people and give me a shopping list:

Mushroom Risotto (serves 4)
300 g arborio rice, 1 litre hot vegetable stock, 250 g chestnut mushrooms, 1 onion, 2 garlic cloves, 125 ml dry white wine, 40 g butter, 50 g Parmigiano Reggiano, 2 tbsp olive oil, fresh thyme.
Fry onion and garlic in oil, add mushrooms, then rice. Deglaze with wine. Add stock a ladle at a time, stirring, for 18-20 minutes. Beat in butter and cheese.""",
    """Explain what this privacy policy template section means and what we need to fill in:

3. Data Controller. The controller of your personal data is [Company Name], [Registered Address]. Our Data Protection Officer can be contacted at dpo@example.com.
4. Legal bases. We process personal data on the basis of (a) contract, Article 6(1)(b) GDPR; (b) legitimate interests, Article 6(1)(f); and (c) consent, Article 6(1)(a), where you have given it.""",
    """Make this spec sheet into a comparison table:

Model X1: 13.3" OLED, Intel Core Ultra 7 155H, 16 GB LPDDR5X, 1 TB SSD, 1.12 kg, Wi-Fi 7, 2x Thunderbolt 4
Model X1 Pro: 14" OLED 120 Hz, Intel Core Ultra 9 185H, 32 GB LPDDR5X, 2 TB SSD, 1.31 kg, Wi-Fi 7, 2x Thunderbolt 4, HDMI 2.1
Model S: 14" IPS, AMD Ryzen 5 8640U, 16 GB DDR5, 512 GB SSD, 1.45 kg, Wi-Fi 6E""",
    """Rewrite this email template so it's warmer. Keep the placeholders.

Subject: Your order {{order_number}} has shipped

Hi {{first_name}},

Your order has been dispatched via {{carrier}}. Tracking: {{tracking_url}}.
Estimated delivery: {{eta}}.

If you have questions, reply to this email or visit https://help.example.com.

The Example Store team""",
    """What does this force majeure clause cover? Is a pandemic included?

Neither party shall be liable for any failure or delay in performing its obligations where such failure or delay results from any cause beyond its reasonable control, including acts of God, fire, flood, war, terrorism, riot, embargo, strikes (other than strikes of its own workforce) or failure of public utilities. The affected party shall notify the other without undue delay.""",
    """Write a catchy Instagram caption from this product blurb:

Meet the Kōyō Pour-Over Kettle: a 0.9 L gooseneck in brushed stainless steel with a built-in thermometer (40-100 °C). The counterweighted handle gives you slow, steady control for a perfect bloom. Works on gas, electric and induction hobs.""",
    """Shorten these assembly instructions:

Step 1: Lay out all parts and check against the parts list (A x 2, B x 4, C x 1, screws M6x30 x 8).
Step 2: Attach legs B to frame A using four M6x30 screws each side. Do not fully tighten yet.
Step 3: Place the top C on the frame and align the pre-drilled holes.
Step 4: Fix the top using the remaining screws, then tighten all screws with the Allen key provided.
Step 5: Adjust the levelling feet.""",
    """Translate this safety notice into Spanish and Portuguese:

WARNING: Risk of electric shock. Disconnect the appliance from the mains before cleaning or maintenance. Do not immerse the base in water. This appliance is not intended for use by children under 8 years of age. Complies with EN 60335-1 and EN 60335-2-15.""",
    """Suggest a better structure for this job ad template:

Job title: <Job Title>
Location: <City> / Remote
About us: <Company> builds developer tools used by thousands of teams.
What you'll do: design APIs, review code, mentor engineers.
What we're looking for: 5+ years with Go or Rust, experience with PostgreSQL and Kubernetes.
How to apply: send your CV to careers@example.com with the subject line "<Job Title> - <Your Name>\".""",
    """Make this recipe vegan:

Lemon Drizzle Cake
225 g unsalted butter, 225 g caster sugar, 4 eggs, 225 g self-raising flour, zest of 1 lemon.
Drizzle: juice of 1.5 lemons, 85 g caster sugar.
Beat butter and sugar, add eggs one at a time, fold in flour and zest. Bake at 180°C for 45-50 minutes. Pour over the drizzle while warm.""",
    """Is this boilerplate email disclaimer enforceable? Short answer please.

This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error, please notify the sender immediately and delete it. Any views expressed are those of the author and do not necessarily represent those of the Company. Registered in England and Wales.""",
    """Write a product FAQ from this description:

The Solace S2 Sleep Tracker clips to your pillow and uses a 60 GHz radar sensor to measure breathing rate and movement without wearables. Data syncs over Bluetooth 5.3 to the Solace app (iOS 16+, Android 11+). Battery: 14 days. No camera, no microphone. Firmware updates are delivered over the air; current version 3.1.4.""",
    """Explain the difference between these two cancellation policies:

Flexible: Full refund if cancelled at least 24 hours before check-in. After that, the first night is non-refundable.
Strict: 50% refund if cancelled at least 7 days before check-in. No refund after that. Service fees are refunded only if cancellation is within 48 hours of booking and at least 14 days before check-in.""",
    """Turn this recipe into a step-by-step list with timings:

Overnight Oats: combine 50 g rolled oats, 150 ml oat milk, 2 tbsp Greek-style yoghurt, 1 tsp chia seeds and a drizzle of maple syrup in a jar. Stir, seal and refrigerate for at least 6 hours. In the morning top with blueberries and toasted almonds.""",
    """Translate this Apache 2.0 NOTICE file header to German:

This product includes software developed at The Apache Software Foundation (https://www.apache.org/). Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.""",
    """Edit this product listing for clarity:

Trailhead 28L Daypack - weatherproof 420D nylon, fits 16 inch laptop, hydration sleeve (3 L), hip belt removable, YKK zips, reflective strips, weight 890 g, colours: Slate, Moss, Rust. Model TH28-2024. Lifetime guarantee against manufacturing faults.""",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "14038649311": fodselsnummer_ok,  # Norwegian fødselsnummer
    "371.846.029-78": cpf_ok,  # Brazilian CPF
    "528.193.074-50": cpf_ok,
    "53829104L": dni_ok,  # Spanish DNI
    "71046392J": dni_ok,
    "X4183726A": dni_ok,  # Spanish NIE
    "Y2950417Z": dni_ok,
    "6391 7204 5814": aadhaar_ok,  # Indian Aadhaar
    "87031415825": pesel_ok,  # Polish PESEL
    "790512-3183": luhn_len(10),  # Swedish personnummer
    "318472053": bsn_ok,  # Dutch BSN
    "8372915B": pps_ok,  # Irish PPS number
    "RSSGPP84C12L219E": codice_fiscale_ok,  # Italian codice fiscale
    "S9128374C": nric_ok,  # Singapore NRIC
    "57 382 619 401": steuer_id_ok,  # German tax id
    "86 140 937 254": steuer_id_ok,
    "483 920 1757": nhs_ok,  # NHS number
    "721 604 9381": nhs_ok,
    "934 251 8605": nhs_ok,
    "638 209 4412": nhs_ok,
    "613 720 846": luhn_len(9),  # Canadian SIN
    "429 185 739": luhn_len(9),
    "2 92 03 75 056 288 80": nir_ok,  # French NIR
    "9002125183084": luhn_len(13),  # South African id
    "238174654": nif_ok,  # Portuguese NIF
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"\+44 \(0\)7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"\+44 \(0\)20 7946 0\d{3}",
        r"01(13|14|15|16|17|18|21|31|41|51|61|91) 496 0\d{3}",  # UK city drama ranges
        r"\+44 1(13|14|15|16|17|18|21|31|41|51|61|91) 496 0\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}\.555\.01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"\+1 \(\d{3}\) 555-01\d{2}",
        r"\+1-\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"\(0[2378]\) 5550 \d{4}",  # Australian fictional landlines
        r"\+61 [2378] 5550 \d{4}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"\+33 6 39 98 \d{2} \d{2}",
        r"01 99 00 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 30 23125 \d{3}",
        r"040 66969 \d{3}",
        r"\+49 40 66969 \d{3}",
        r"089 99998 \d{3}",
        r"\+49 89 99998 \d{3}",
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"024 \d{3} \d{4}",  # Ghana mobile
        r"\+(27|31|32|34|36|39|41|43|45|46|47|48|52|55|56|60|64|65|81|82|86|90|91|92|233|234|254|351|353|358|420|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Each kind of pasted document carries what it should: configs a secret, logs a login,
    address, key or e-mail, invoices a name and an address or card, minutes several names, e-mails and CVs a
    contact; the set as a whole every kind of value; the clean texts only example.com
    e-mails and loopback or private-range IPs."""

    def kinds(text: str) -> set[str]:
        return {s["type"] for s in marked_spans(text)}

    rules = (
        ("configs", CONFIGS, lambda k: bool(k & {"PASSWORD", "API_KEY"})),
        ("logs", LOGS, lambda k: bool(k & {"ID_NUMBER", "IP_ADDRESS", "API_KEY", "EMAIL_ADDRESS"})),
        (
            "invoices",
            INVOICES,
            lambda k: "PERSON" in k and bool(k & {"STREET_ADDRESS", "CREDIT_CARD"}),
        ),
        ("emails", EMAILS, lambda k: bool(k & {"EMAIL_ADDRESS", "PHONE_NUMBER"})),
        ("cvs", CVS, lambda k: {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"} <= k),
    )
    for name, texts, ok in rules:
        for text in texts:
            if not ok(kinds(text)):
                raise SystemExit(f"{name}: missing values in {text[:60]!r}")
    for text in MINUTES:
        if sum(s["type"] == "PERSON" for s in marked_spans(text)) < 4:
            raise SystemExit(f"minutes: too few names in {text[:60]!r}")
    counts = Counter(s["type"] for t in PII for s in marked_spans(t))
    least = {"PASSWORD": 40, "API_KEY": 30, "IP_ADDRESS": 40, "CREDIT_CARD": 8, "IBAN_CODE": 15,
             "US_SSN": 6, "STREET_ADDRESS": 50, "ID_NUMBER": 150}  # fmt: skip
    for kind, want in least.items():
        if counts[kind] < want:
            raise SystemExit(f"only {counts[kind]} {kind} spans, want {want}")
    for text in CLEAN:
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not mail.endswith("@example.com"):
                raise SystemExit(f"clean: e-mail {mail!r} outside example.com")
        for ip in re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", text):
            if not ip.startswith(PLACEHOLDER_IPS):
                raise SystemExit(f"clean: IP {ip!r} outside loopback and private ranges")
        if re.search(r"\d(?:[ -]?\d){12,18}", text):
            raise SystemExit(f"clean: a card-like number in {text[:60]!r}")


PII = EMAILS + TICKETS + LOGS + EXPORTS + RECORDS + CONFIGS + CODE + MINUTES + CVS + INVOICES
CLEAN = CLEAN_CODE + CLEAN_DOCS + CLEAN_LOGS + CLEAN_PROSE + CLEAN_MISC


def main() -> None:
    sections = {
        "emails": (EMAILS, 30),
        "tickets": (TICKETS, 25),
        "logs": (LOGS, 30),
        "exports": (EXPORTS, 20),
        "records": (RECORDS, 20),
        "configs": (CONFIGS, 25),
        "code": (CODE, 20),
        "minutes": (MINUTES, 15),
        "cvs": (CVS, 10),
        "invoices": (INVOICES, 25),
        "clean code": (CLEAN_CODE, 20),
        "clean docs": (CLEAN_DOCS, 20),
        "clean logs": (CLEAN_LOGS, 15),
        "clean prose": (CLEAN_PROSE, 20),
        "clean misc": (CLEAN_MISC, 25),
    }
    pii_sections = {"emails", "tickets", "logs", "exports", "records", "configs", "code",
                    "minutes", "cvs", "invoices"}  # fmt: skip
    for name in pii_sections:
        check_counts(name, sections[name][0], PASTE_WORDS, PASTE_VALUES)
    check_mix()
    check_national_ids(PII, NATIONAL_IDS)
    check_values(PII, PHONES)
    build_sections(
        "blind64", HERE, sections, pii_sections,
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=[], lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
