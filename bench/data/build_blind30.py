# ruff: noqa: E501
"""A thirtieth blind privacy set: 220 texts with personal data and 100 clean ones.

Theme: what employees of a mid-size company paste into an internal AI assistant in a week.
Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the file layout of ``build_blind20.py``, never the
detector, its rules, docs, tests or the other sets' texts. Every text is typed by hand with
inline ``[[TYPE|value]]`` marks (no faker, no template filling, no generated combinations):

* 70 work requests (10 to 100 words): replies to named customers and colleagues, thread
  summaries, 1:1 preparation, feedback, rotas, invoice chasing, onboarding, complaints,
  minutes, handovers and seating plans; names from more than 40 countries at the start,
  middle and end of sentences, about half with no cue word (no greeting, title, relation or
  role); the first 20 typed all in lower case in a hurry;
* 50 pasted materials: e-mail threads with signatures and phones, CRM rows as CSV and JSON,
  Jira and Zendesk tickets, calendar invites with attendees, Slack exports, git commit logs
  with authors and e-mails, application, sshd, VPN and SSO logs with usernames and IPs,
  ``.env`` snippets with secrets and database passwords, YAML configs with a service
  account and an API key;
* 50 IT-helpdesk messages (5 to 60 words): locked accounts, password resets with the old or
  new password, MFA recovery codes, VPN usernames, laptop asset tags beside employee ids,
  printer PINs, door badge numbers, wifi keys; about half never say "password", "PIN" or
  "code";
* 50 HR, finance and personal messages (10 to 80 words): payroll questions with employee
  numbers, IBANs, sort codes and accounts, expense claims with card numbers, sick notes
  naming a relative, address changes in the formats of more than ten countries, emergency
  contacts with phones, a visa letter with a passport number, references for former
  colleagues, national ids with check digits.

Usernames, logins, account, customer, member, employee and badge numbers, passports and
national ids are labelled ID_NUMBER; PINs, door codes, wifi keys, recovery codes and
passwords PASSWORD; API keys and tokens API_KEY; titles (Mr, Mrs, Ms, Dr) stay outside
PERSON spans; an address span runs from the first street line through the postcode and
city as typed; public figures, companies, fictional characters, order, ticket and invoice
numbers, laptop asset tags, server IPs in private ranges and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts come from the
same company traffic: 25 technical questions with code, stack traces, versions, hashes,
UUIDs, placeholder credentials and localhost or private server IPs; 20 policy and process
questions naming no person; 20 writing tasks about products, teams and companies (some
named after people: Ford, Dell, Disney, McDonald's, Tesla); 15 questions about public
figures, authors and eponyms (Gantt, Pareto, Kanban, Conway); 20 maths, estimation and
spreadsheet-formula questions with fictional first names in word problems. All values are
invented: phones from ranges kept for fiction (UK 07700 900 and 020 7946 0, North America
555-01xx, Australia 0491 570), cards Luhn-valid and not well-known test numbers, IBANs
valid mod 97 and not documentation examples, people's IPs from documentation ranges,
national ids with valid check digits where the format has one (NHS number, Dutch BSN,
Polish PESEL, Indian Aadhaar, Spanish DNI, Canadian SIN, Brazilian CPF, Swedish
personnummer, Finnish henkilötunnus). The builder only checks values and generates none.

Run ``.venv/bin/python bench/data/build_blind30.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
    aadhaar_ok,
    bsn_ok,
    check_national_ids,
    cpf_ok,
    dni_ok,
    hetu_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    pesel_ok,
)
from marks import build_sections, iban_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_WORK = 20
MIN_CHARS = 15
MAX_WORDS = 300
WORK_WORDS = (10, 100)
HELPDESK_WORDS = (5, 60)
HR_WORDS = (10, 80)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s")
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 70 work requests: the first 20 typed all in lower case, about half with no cue word.
WORK = [
    "pls draft a quick reply to my colleague [[PERSON|tomasz wiśniewski]] saying the q3 numbers slip to friday, keep it friendly, he was annoyed last time",
    "summarise this for [[PERSON|aroha ngata]], she wants the short version before standup: the migration is blocked on the vendor and we need sign off from finance",
    "need a rota for next week. [[PERSON|chidi okonkwo]] can't do mondays, [[PERSON|lena fischer]] only mornings, [[PERSON|mateo rossi]] off wed. 3 people per shift",
    "write feedback for my direct report [[PERSON|sunita rao]], she smashed the onboarding project but misses deadlines on docs. keep it kind but honest",
    "chase invoice 4471 with the client contact [[PERSON|declan murphy]] at harbour logistics, it's 45 days overdue now, polite but firm pls",
    "prep talking points for my 1:1 with [[PERSON|yusuf demir]] tmrw, topics: promotion timeline, the on-call load, his trip to izmir",
    "[[PERSON|kenji watanabe]] starts monday as a data analyst, write a welcome msg for the team channel and a day one checklist",
    "complaint from a customer, [[PERSON|fatima al-sayed]], delivery came broken twice. draft an apology + offer a replacement, she can be reached on [[PHONE_NUMBER|07700 900417]]",
    "quick: turn this into bullets for [[PERSON|ingrid johansson]] — budget approved, hiring freeze lifted in spring, offsite moved to lisbon",
    "can u rewrite my msg to [[PERSON|rafael oliveira]] so it doesnt sound passive aggressive: 'as i said three times already the file is on the drive'",
    "draft an email to [[PERSON|anh nguyen]] and [[PERSON|pedro quintana]] confirming the workshop on the 14th, room b2, bring laptops",
    "remind my colleague [[PERSON|olga petrova]] that her expense report is still missing two receipts, short and nice",
    "summarise the thread between [[PERSON|marcus bell]] and [[PERSON|priya natarajan]] about the pricing change, who agreed to what and what's still open",
    "write a thank you note to [[PERSON|zanele dlamini]] for covering my shifts during the audit, 3 sentences max",
    "draft a reply to the customer [[PERSON|hamid karimi]], he asked for a refund on order 88213 but its outside 30 days. offer store credit instead",
    "[[PERSON|siobhan kelly]] and [[PERSON|arjun mehta]] both want friday off, help me write a fair message explaining who gets it and why",
    "make an agenda for the kickoff w [[PERSON|bongani khumalo]], [[PERSON|elif yıldız]] and [[PERSON|sven larsen]], 45 min, include risks and owners",
    "translate to spanish and soften it: [[PERSON|camila herrera]], we cannot extend the contract past june without a new po",
    "new starter [[PERSON|dmitri volkov]] needs jira, github and vpn access, write the it request for me. send the invite to his personal mail [[EMAIL_ADDRESS|dvolkov.home@postbox.ru]]",
    "help me say no to [[PERSON|lucía fernández]] about joining the steering group, i'm swamped until q4 and dont want to burn the bridge",
    "Draft a reply to our client [[PERSON|Mohammed Al-Rashid]] at Qadri Foods: we can ship the 400 units on the 3rd if he confirms the revised PO by Wednesday.",
    "Can you summarise this thread for [[PERSON|Hannah Schmidt]]? She was on leave. The launch moved to 12 May, legal still hasn't reviewed clause 9, and [[PERSON|Tom Carter]] owns the fix.",
    "Prepare my 1:1 with my direct report [[PERSON|Wei Zhang]]: he wants to move to the platform team, his last two sprints were rough, and he has asked about remote Fridays.",
    "Write constructive feedback for [[PERSON|Beatriz Costa]]'s mid-year review. Strengths: calls with accounts, mentoring [[PERSON|Joel Amankwah]]. Growth areas: estimates and saying no.",
    "Plan a support rota for the Easter weekend. Available: [[PERSON|Aisha Bello]] (Sat, Sun), [[PERSON|Niklas Berg]] (Fri, Mon), [[PERSON|Keiko Tanaka]] (all four days, prefers evenings), [[PERSON|Omar Haddad]] (Sun only).",
    "Chase invoice INV-20931 for the third time. The contact is [[PERSON|Grace Mwangi]] in accounts payable at Lakeside Dental, [[EMAIL_ADDRESS|grace.mwangi@lakesidedental.co.ke]]. Keep it short.",
    "Onboarding plan for [[PERSON|Jakub Nowak]], our new backend engineer starting 3 June. His buddy will be [[PERSON|Ana Kovač]]; week one should cover the monolith, deploys and on-call shadowing.",
    "A customer, Mrs [[PERSON|Eleanor Whitfield]], says we charged her twice for the annual plan. Draft a response confirming the refund of £240 within five working days.",
    "Tidy up these notes before they go to [[PERSON|Rahul Gupta]]: we agreed scope A, timeline six weeks, [[PERSON|Rahul]] sends the data extract, I book the room.",
    "Write a recommendation for [[PERSON|Mei Lin Tan]], who ran our Singapore office for four years and grew it from 6 to 40 people.",
    "Is this too blunt? '[[PERSON|Giorgos]], the slides were late again and the numbers didn't match. Let's talk.' [[PERSON|Giorgos Papadopoulos]] reports to me and is usually reliable.",
    "Summarise what [[PERSON|Valentina Greco]] and [[PERSON|Lars Eriksen]] disagreed about in yesterday's architecture review and suggest a compromise I can propose.",
    "Draft the minutes. Attendees: [[PERSON|Tiago Mendes]], [[PERSON|Noura Saleh]], [[PERSON|Patrick O'Brien]]. Decisions: freeze the API, hire a contractor, revisit in two weeks.",
    "Ask our client [[PERSON|Svetlana Ivanova]] politely whether she can send the signed NDA today; legal needs it before the demo with Brightwave.",
    "[[PERSON|Kwame Mensah]] rang to say our engineer didn't show up. Write an apology and propose Tuesday morning instead; his number is [[PHONE_NUMBER|+44 7700 900238]].",
    "Help me write a handover note for [[PERSON|Isabelle Moreau]], who covers my accounts while I'm away: Renfield Bakery, Oakhurst Vets and the Linden Hotel group.",
    "Write a message to [[PERSON|Jorge Castillo]] and [[PERSON|Min-jun Park]] asking them to swap on-call weeks 23 and 24.",
    "Prep questions for the exit interview with [[PERSON|Agnieszka Kowalczyk]], who is leaving for a competitor after six years with us.",
    "What should I say to my colleague [[PERSON|Tariq Hussain]]? He has been late to every standup for a month and I think something is going on outside work.",
    "Reply to [[PERSON|Sofia Lindqvist]]: yes, the discount applies to the renewal, but only if they sign before 30 September. Copy in [[PERSON|Oskar Nilsson]] from sales.",
    "Draft a welcome email for [[PERSON|Emeka Obi]], starting in finance on Monday, with his laptop pickup time and the people to meet first: [[PERSON|Rachel Stein]] and [[PERSON|Hugo Lambert]].",
    "Turn this into a polite escalation to the manager of [[PERSON|Nadia Rahman]]: the data export promised on the 2nd still hasn't arrived and our audit starts Monday.",
    "Write a short congratulations post for [[PERSON|Tane Parata]], who just passed the AWS Solutions Architect exam on the first try.",
    "Summarise the Zendesk thread with the customer [[PERSON|Li Na Chen]]: she can't log in since the SSO change, tried three browsers, wants a call back on [[PHONE_NUMBER|(415) 555-0143]].",
    "Rewrite my performance notes on [[PERSON|Connor Walsh]] so they read as factual rather than emotional.",
    "Plan the warehouse rota: [[PERSON|Ravi Pillai]] and [[PERSON|Jonas Weber]] on earlies, [[PERSON|Chiara Bruno]] on lates, [[PERSON|Amara Nwosu]] floating. Nobody works more than five days in a row.",
    "Draft a note to [[PERSON|Hiroshi Sato]] for the Osaka site visit and list the three follow-ups we promised.",
    "Write a reply to our customer [[PERSON|Nikolai Petrov]] at Baltic Freight, who asked why the rate went up 8%. Explain fuel surcharges without sounding defensive.",
    "Prepare a feedback conversation for [[PERSON|Layla Haddad]]: excellent in front of accounts, but she keeps rewriting other people's work without asking.",
    "Draft an out-of-office that sends urgent requests to [[PERSON|Bogdan Popescu]], [[EMAIL_ADDRESS|bogdan.popescu@meridianworks.eu]], or [[PHONE_NUMBER|07700 900562]].",
    "Chase the client [[PERSON|Ahmed Farouk]] about the unpaid March invoice, £3,120. This is the final reminder before it goes to collections.",
    "Outline a 30-60-90 day plan for [[PERSON|Amélie Dubois]], the new head of customer success.",
    "Summarise this for the ops lead: [[PERSON|Jean-Baptiste Nkurunziza]] says the courier left his parcel in the rain at [[STREET_ADDRESS|14 Rue des Lilas, 69003 Lyon]] and everything inside was ruined.",
    "Write a reference check email to [[PERSON|Paulina Zielińska]] asking about [[PERSON|Marek Jankowski]]'s two years in her team.",
    "[[PERSON|Siddharth Iyer]] and [[PERSON|Erin McCarthy]] are both up for the team lead role. Help me structure a fair comparison.",
    "Draft a reminder to the new hire [[PERSON|Thandiwe Moyo]] that her probation review is next Thursday and what she should bring.",
    "Help me announce that [[PERSON|Ömer Aydın]] is moving to the Berlin office and [[PERSON|Freya Thompson]] takes over his accounts from June.",
    "Prepare a 1:1 agenda with [[PERSON|Nasrin Hosseini]]: workload, her conference talk, and the salary review she asked about.",
    "Write to my colleague [[PERSON|Diego Ramírez]] explaining that his request for a standing desk is approved and Facilities will call him.",
    "Convert this into a Jira summary: [[PERSON|Katarzyna Mazur]] reported that exports fail for files over 2 GB; [[PERSON|Ben Adeyemi]] reproduced it on staging.",
    "Draft a cheerful message inviting [[PERSON|Leilani Kahale]], [[PERSON|Mateus Carvalho]] and [[PERSON|Ifeoma Eze]] to the team lunch on Friday.",
    "Someone called [[PERSON|Gunnar Halvorsen]] wants us to delete his data. What should the reply say, and what do we need from him first?",
    "Write a calm reply to the customer [[PERSON|Brendan Fitzgerald]], who says our technician scratched his floor at [[STREET_ADDRESS|27 Elm Grove, Bristol BS6 5AX]].",
    "Help me decline [[PERSON|Yara Khoury]]'s request to work fully remote, while offering two home days a week.",
    "Summarise the proposal from [[PERSON|Andile Zulu]] for the new returns process in five bullets.",
    "Ask our client [[PERSON|Magnus Lindgren]] to review the contract redlines by Friday; he is in Stockholm, so mention the time difference.",
    "Make a seating plan for the offsite dinner: [[PERSON|Farah Siddiqui]] next to [[PERSON|Callum Fraser]], and keep [[PERSON|Rosa Jiménez]] away from the speakers.",
    "Draft a note to payroll that the April overtime of my colleague [[PERSON|Kofi Asante]] was missed.",
    "Prep me for a tough call with the client [[PERSON|Ludmila Horváth]], whose company is threatening to cancel over last week's outage.",
    "Write a short intranet bio of [[PERSON|Arvind Subramanian]], our new CTO: 20 years in payments, previously at Adyen, based in Amsterdam.",
]

# 50 pasted materials: e-mail threads, CRM rows, tickets, invites, Slack, git, logs, configs.
PASTED = [
    """\
Summarise this thread in three lines:

From: [[PERSON|Marta Sokolova]] <[[EMAIL_ADDRESS|m.sokolova@greenlinepharma.com]]>
To: accounts@ourcompany.example
Subject: RE: Credit note CN-3381

Hi, we still have not received the credit note. Please call me.

Kind regards,
[[PERSON|Marta Sokolova]]
Procurement Lead, Greenline Pharma
Mobile: [[PHONE_NUMBER|+44 7700 900114]]""",
    """\
Draft a reply to the last message:

> On Tue, [[PERSON|Oliver Grant]] <[[EMAIL_ADDRESS|oliver.grant@fernhollow.co.uk]]> wrote:
> The pallets arrived damaged again. Third time this quarter.
>> On Mon, [[PERSON|Chloe Abbott]] wrote:
>> [[PERSON|Oliver]], can you send photos?

[[PERSON|Oliver]]
Fernhollow Garden Centres | [[PHONE_NUMBER|020 7946 0318]]""",
    """\
Make this CSV into a table sorted by renewal date:
name,email,phone,renewal
[[PERSON|Hyun-woo Kim]],[[EMAIL_ADDRESS|hwkim@seoraktech.kr]],[[PHONE_NUMBER|+1 213 555 0162]],2025-03-01
[[PERSON|Aurelia Vance]],[[EMAIL_ADDRESS|avance@blueharbor.io]],[[PHONE_NUMBER|(646) 555-0119]],2025-01-15
[[PERSON|Femi Adebayo]],[[EMAIL_ADDRESS|femi@lagosprint.ng]],[[PHONE_NUMBER|07700 900873]],2025-02-20""",
    """\
Which of these CRM contacts have no phone? Answer with names only.
[
  {"id": 1021, "name": "[[PERSON|Clara Nieminen]]", "email": "[[EMAIL_ADDRESS|clara.nieminen@kotiverkko.fi]]", "phone": null},
  {"id": 1022, "name": "[[PERSON|Rashid Mahmood]]", "email": "[[EMAIL_ADDRESS|r.mahmood@indusmetal.pk]]", "phone": "[[PHONE_NUMBER|0491 570 226]]"},
  {"id": 1023, "name": "[[PERSON|Ingrid Solberg]]", "email": "[[EMAIL_ADDRESS|ingrid@fjordfisk.no]]", "phone": null}
]""",
    """\
Rewrite this Jira ticket so a new developer understands it:

PAY-2291  Refund button greys out
Reporter: [[PERSON|Simone Albertini]]
Assignee: [[PERSON|Kaveh Rostami]]
Description: customer [[PERSON|Beth Okafor]] (account [[ID_NUMBER|AC-559102]]) cannot refund order 77410. Repro on Chrome 126.""",
    """\
Summarise this Zendesk ticket #48812 and suggest next steps:

Requester: [[PERSON|Dolores Ferrer]] <[[EMAIL_ADDRESS|dferrer@vinoteca-ferrer.es]]>
Phone: [[PHONE_NUMBER|+44 7700 900651]]
"My subscription was renewed although I cancelled in March. Please refund and confirm in writing."
Internal note ([[PERSON|Hamza Qureshi]]): cancellation not found in billing logs.""",
    """\
Turn this invite into a short agenda email:

BEGIN:VEVENT
SUMMARY:Q3 planning
DTSTART:20240912T090000Z
ORGANIZER;CN=[[PERSON|Renata Dvořák]]:mailto:[[EMAIL_ADDRESS|renata.dvorak@ourcompany.example]]
ATTENDEE;CN=[[PERSON|Samuel Osei]]:mailto:[[EMAIL_ADDRESS|samuel.osei@ourcompany.example]]
ATTENDEE;CN=[[PERSON|Yuki Mori]]:mailto:[[EMAIL_ADDRESS|yuki.mori@ourcompany.example]]
LOCATION:Room Atlas
END:VEVENT""",
    """\
Who is free? Here are the invite responses:
Team retro, Thu 15:00
- [[PERSON|Paolo Conti]] <[[EMAIL_ADDRESS|paolo.conti@ourcompany.example]]>: accepted
- [[PERSON|Nia Roberts]] <[[EMAIL_ADDRESS|nia.roberts@ourcompany.example]]>: declined (dentist)
- [[PERSON|Tomás Ó Briain]] <[[EMAIL_ADDRESS|tomas.obriain@ourcompany.example]]>: tentative""",
    """\
Summarise this Slack export:
[09:12] [[PERSON|Jasmine Wong]]: prod deploy failed again
[09:13] [[PERSON|Felix Baumann]]: rolling back, [[PERSON|Jasmine]] can you check the migration?
[09:20] [[PERSON|Jasmine Wong]]: migration 0147 locks the orders table
[09:21] [[PERSON|Eitan Levi]]: I'll write the postmortem""",
    """\
Pull out the action items:
#sales-emea
[[PERSON|Antoine Girard]] 10:02 — call with Nordwerk GmbH went well, [[PERSON|Birgit Schultz]] wants a quote by Friday
[[PERSON|Maja Horvat]] 10:05 — I'll draft it, send me the volumes
[[PERSON|Antoine Girard]] 10:06 — her direct line is [[PHONE_NUMBER|+49 40 66969 214]]""",
    """\
Write release notes from this git log:

commit 9f2c1e7a4b
Author: [[PERSON|Priyanka Das]] <[[EMAIL_ADDRESS|priyanka.das@ourcompany.example]]>
    Fix rounding in VAT calculation
commit 3ab08d91c2
Author: [[PERSON|Lukas Hoffmann]] <[[EMAIL_ADDRESS|lukas.hoffmann@ourcompany.example]]>
    Add CSV export to invoices page
commit 77e5f0b3d1
Author: [[PERSON|Priyanka Das]] <[[EMAIL_ADDRESS|pdas.dev@protonmail.com]]>
    Bump pandas to 2.2.2""",
    """\
Why does this shortlog list the same person twice?
    14  [[PERSON|Mateo Fernández]] <[[EMAIL_ADDRESS|mateo.fernandez@ourcompany.example]]>
     9  [[PERSON|Mateo Fernandez]] <[[EMAIL_ADDRESS|mferndz@users.noreply.github.com]]>
     6  [[PERSON|Signe Mikkelsen]] <[[EMAIL_ADDRESS|signe.m@ourcompany.example]]>""",
    """\
Is someone brute-forcing us? sshd log:
Mar 14 02:11:09 bastion sshd[2231]: Failed password for [[ID_NUMBER|kpatel]] from [[IP_ADDRESS|203.0.113.77]] port 50122 ssh2
Mar 14 02:11:15 bastion sshd[2231]: Failed password for [[ID_NUMBER|kpatel]] from [[IP_ADDRESS|203.0.113.77]] port 50140 ssh2
Mar 14 02:12:40 bastion sshd[2290]: Accepted publickey for [[ID_NUMBER|rlindberg]] from [[IP_ADDRESS|198.51.100.23]] port 61001 ssh2""",
    """\
Explain these auth log lines to a non-technical manager:
2024-05-02T08:14:51Z WARN auth user=[[EMAIL_ADDRESS|d.mwangi@ourcompany.example]] ip=[[IP_ADDRESS|192.0.2.188]] result=MFA_TIMEOUT
2024-05-02T08:15:30Z INFO auth user=[[EMAIL_ADDRESS|d.mwangi@ourcompany.example]] ip=[[IP_ADDRESS|192.0.2.188]] result=SUCCESS
2024-05-02T08:16:02Z WARN auth user=[[EMAIL_ADDRESS|h.becker@ourcompany.example]] ip=[[IP_ADDRESS|198.51.100.201]] result=LOCKED""",
    """\
Parse this VPN log into CSV (user, ip, duration):
vpn-gw1: session start user=[[ID_NUMBER|asmirnova]] assigned=10.8.0.14 remote=[[IP_ADDRESS|203.0.113.140]]
vpn-gw1: session end user=[[ID_NUMBER|asmirnova]] duration=03:12:44
vpn-gw1: session start user=[[ID_NUMBER|jbaptiste]] assigned=10.8.0.15 remote=[[IP_ADDRESS|198.51.100.67]]""",
    """\
Our app throws this, what's wrong?
ERROR 2024-06-11 13:02:17 OrderService - Failed to send confirmation to [[EMAIL_ADDRESS|tanvir.ahmed82@mailhub.net]] for customer [[ID_NUMBER|CUS-448210]] (SMTP 550 mailbox unavailable)
ERROR 2024-06-11 13:02:19 OrderService - retry 1/3 failed""",
    """\
Why does docker compose not pick this up?
# .env
DATABASE_URL=postgres://app_user:[[PASSWORD|qT7!vRm2#Lw9zX]]@10.0.3.21:5432/orders
REDIS_PASSWORD=[[PASSWORD|kestrel-Halo-5521]]
STRIPE_SECRET_KEY=[[API_KEY|sk_live_51Pq8ZrHt2cW9mVx4Lk0NbYd7Ej3GfUa6Rs]]""",
    """\
Clean up this .env before I commit the template:
APP_ENV=production
DB_HOST=10.12.0.5
DB_USER=reporting
DB_PASSWORD=[[PASSWORD|Vn8$eP4q!Wz2rT]]
SENDGRID_API_KEY=[[API_KEY|SG.x7Kp2Qa9Rt4Lm8Zc1Vb6Nd.Hy5Uj3Wf0Gs7Pk2Ea9Xr4Tq1Mz8Lb6Cv3Dn5Yh]]
ADMIN_EMAIL=[[EMAIL_ADDRESS|g.nakamura@ourcompany.example]]""",
    """\
Review this config, anything risky?
service:
  name: invoice-sync
  account: [[ID_NUMBER|svc-invoice-sync@ourcompany-prod.iam.gserviceaccount.com]]
  api_key: [[API_KEY|AIzaSyD3k9Qm7Xw2Lp5Rt8Vn1Zb4Hc6Jf0Ge2Ua]]
  owner: [[PERSON|Rutendo Chikwanha]]
db:
  host: 10.4.1.9
  password: [[PASSWORD|Mb6^wQ2r!Zk7]]""",
    """\
Fix the YAML indentation:
aws:
  access_key_id: [[API_KEY|AKIAQ7X3M2LZ5RVN4JTD]]
   secret_access_key: [[API_KEY|r8Tz2Kq/Lw5Vx9Nm3Hp7Jb1Fc4Gd6Sa0Ye2Uo8Wi]]
  region: eu-west-2
notify: [[EMAIL_ADDRESS|devops-oncall-kraus@ourcompany.example]]""",
    """\
Summarise the customer's issue:

From: [[PERSON|Haruka Fujimoto]] <[[EMAIL_ADDRESS|haruka.f@kyoto-ceramics.jp]]>
Sent: 4 June
The second shipment has the wrong glaze codes. Order 55102. Please call [[PHONE_NUMBER|(212) 555-0177]] before 6pm Eastern.
[[PERSON|Haruka Fujimoto]]
Kyoto Ceramics, US Office""",
    """\
Write a response to this complaint e-mail:

Dear Sir or Madam,
I was told by your agent, [[PERSON|Callum]], that the engineer would come on Friday. Nobody came. I took a day off for this.
[[PERSON|Rosalind Pryce]]
[[STREET_ADDRESS|Flat 3, 18 Albion Road, Sheffield S2 4PL]]
[[PHONE_NUMBER|07700 900905]]""",
    """\
Can you merge these two CRM rows? They look like the same person.
id;first;last;email;phone;city
88120;[[PERSON|Wojciech]];[[PERSON|Zając]];[[EMAIL_ADDRESS|w.zajac@kraktrans.pl]];[[PHONE_NUMBER|07700 900341]];Kraków
91877;[[PERSON|Wojtek]];[[PERSON|Zając]];[[EMAIL_ADDRESS|wojtek.zajac@poczta.pl]];[[PHONE_NUMBER|+44 7700 900341]];Krakow""",
    """\
Make this into a polite reminder e-mail:
Contact: [[PERSON|Sandeep Malhotra]], Finance Director, Raj Textiles
Email: [[EMAIL_ADDRESS|sandeep.malhotra@rajtextiles.in]]
Outstanding: INV-7720 (£8,400), INV-7794 (£2,150)
Last contact: 2 May, promised payment "next week\"""",
    """\
Here's a Teams chat, what did we decide?
[[PERSON|Gabriela Souza]] 11:40: shall we drop the Tuesday sync?
[[PERSON|Henrik Dahl]] 11:41: fine by me
[[PERSON|Noah Friedman]] 11:44: keep it but 15 min
[[PERSON|Gabriela Souza]] 11:45: ok 15 min it is""",
    """\
Translate this signature block to French for the Paris office:
--
[[PERSON|Isaac Mensah-Bonsu]]
Senior Account Manager
[[STREET_ADDRESS|Unit 7, Riverside Business Park, Leeds LS10 1QJ]]
T: [[PHONE_NUMBER|020 7946 0752]] | M: [[PHONE_NUMBER|07700 900588]]""",
    """\
Explain this nginx access log entry, is it an attack?
[[IP_ADDRESS|198.51.100.142]] - [[ID_NUMBER|mfournier]] [11/Jun/2024:10:22:31 +0000] "GET /admin/export?all=1 HTTP/1.1" 200 8812733 "-" "curl/8.4.0\"""",
    """\
Write a summary of this CRM note:
Account: Ashcombe Legal LLP
Main contact: [[PERSON|Victoria Harlow]] ([[EMAIL_ADDRESS|v.harlow@harlowfinch.co.uk]], [[PHONE_NUMBER|0491 570 318]])
Notes: [[PERSON|Victoria]]'s firm is the account; contract value £42k. She prefers calls after 4pm.""",
    """\
Reformat this attendee list for the badge printer:
Dr. [[PERSON|Amina Yusuf]], Lagos
[[PERSON|Kristóf Nagy]], Budapest
[[PERSON|Pilar Echeverría]], Bogotá
[[PERSON|Tuomas Virtanen]], Espoo""",
    """\
Summarise this support thread:
[[PERSON|Yusra Baig]] (customer): the app logs me out every 5 minutes
Agent [[PERSON|Leo Marchetti]]: can you share your username?
[[PERSON|Yusra Baig]]: it's [[ID_NUMBER|yusra_b91]]
Agent [[PERSON|Leo Marchetti]]: thanks, escalating to tier 2""",
    """\
Which of these failed logins should worry me?
time,user,src_ip,reason
08:01,[[ID_NUMBER|ptorres]],[[IP_ADDRESS|192.0.2.45]],bad_password
08:01,[[ID_NUMBER|ptorres]],[[IP_ADDRESS|192.0.2.45]],bad_password
08:03,[[ID_NUMBER|bsantos]],[[IP_ADDRESS|203.0.113.9]],unknown_user
08:05,[[ID_NUMBER|nokafor]],[[IP_ADDRESS|198.51.100.88]],mfa_denied""",
    """\
Convert to JSON:
Employee: [[PERSON|Sanna Korhonen]]
Employee no: [[ID_NUMBER|EMP-30418]]
Work email: [[EMAIL_ADDRESS|sanna.korhonen@ourcompany.example]]
Manager: [[PERSON|Dieter Vogel]]""",
    """\
Why is this GitHub Actions step failing?
- name: Deploy
  env:
    GH_TOKEN: [[API_KEY|ghp_4Xf9Lq2Zr7Tk1Mv8Wc3Bn6Yp0Hd5Js2Ga7Ue]]
    DEPLOY_USER: [[ID_NUMBER|deploy-mtan]]
  run: ./scripts/deploy.sh""",
    """\
This curl works locally but not in CI, why?
curl -H "Authorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGViYXlvIn0.Qm4tR8vXz2Lk7pW1nYc9HsJ3dF6gT0bE5aU]]" https://api.internal.example/v2/reports""",
    """\
Summarise this e-mail chain for my boss:
From: [[PERSON|Carlos Mendoza]]
To: [[PERSON|Ayesha Khan]]
[[PERSON|Ayesha]], the supplier wants 60 days instead of 30.
--
From: [[PERSON|Ayesha Khan]]
To: [[PERSON|Carlos Mendoza]]
[[PERSON|Carlos]], 45 is my limit. Call me on [[PHONE_NUMBER|07700 900126]].""",
    """\
Clean this pasted Outlook contact card into one line:
[[PERSON|Bartholomew Achebe]]
Head of Facilities, Northgate Campus
[[EMAIL_ADDRESS|b.achebe@northgatecampus.ac.uk]]
Office [[PHONE_NUMBER|+44 20 7946 0491]]""",
    """\
Which accounts were created by the script? Audit log:
2024-07-01 10:00:02 created user [[ID_NUMBER|lmartin]] by [[ID_NUMBER|it-admin-ochoa]]
2024-07-01 10:00:03 created user [[ID_NUMBER|sbhatt]] by [[ID_NUMBER|it-admin-ochoa]]
2024-07-01 14:22:41 created user [[ID_NUMBER|hwilliams]] by [[ID_NUMBER|svc-provision]]""",
    """\
Summarise the key points from this Zendesk macro history:
Ticket 30915 — [[PERSON|Priscilla Amoah]], member [[ID_NUMBER|M-7730518]]
- asked to change delivery address to [[STREET_ADDRESS|52 Kingfisher Way, Milton Keynes MK4 2FD]]
- agent confirmed
- she then asked for a paper invoice""",
    """\
Format this onboarding tracker row as a checklist:
New hire: [[PERSON|Taiwo Adeleke]] | Start: 1 Aug | Laptop: LT-10452 | Badge: [[ID_NUMBER|B-50917]] | Buddy: [[PERSON|Ruth Goldberg]] | Personal email: [[EMAIL_ADDRESS|taiwo.adeleke@fastmail.fm]]""",
    """\
Explain this Postgres log:
2024-04-19 09:12:44 UTC [8812] [[ID_NUMBER|report_kfischer]]@analytics FATAL: password authentication failed for user "[[ID_NUMBER|report_kfischer]]"
2024-04-19 09:12:44 UTC [8812] DETAIL: Connection matched pg_hba.conf line 98: "host all all 10.0.0.0/8 scram-sha-256\"""",
    """\
Reply to this vendor on my behalf:

Hello,
Please find attached our revised quote. Our bank details changed: IBAN [[IBAN_CODE|GB46MIDL40051522819374]].
Best,
[[PERSON|Ewan Gallagher]]
Kestrel Print Ltd""",
    """\
Shorten this Slack message from me before I post it:
@[[ID_NUMBER|mohammed.iqbal]] @[[ID_NUMBER|karin.steiner]] the staging box is back. Creds for the shared test admin are [[ID_NUMBER|qa_admin]] / [[PASSWORD|Lantern-Otter-84]] until Friday, then I rotate them.""",
    """\
Summarise this sign-in report for the security review:
User: [[EMAIL_ADDRESS|elena.popa@ourcompany.example]]
Location: Bucharest, RO  IP: [[IP_ADDRESS|203.0.113.211]]
Location: Lagos, NG  IP: [[IP_ADDRESS|198.51.100.5]] (12 minutes later)
Status: Impossible travel alert""",
    """\
Turn this Jira comment thread into a status update:
[[PERSON|Rohan Kapoor]]: blocked on the API key from the partner
[[PERSON|Marisol Vega]]: got it, it's [[API_KEY|pk_prod_8Hf2Qz7Lx4Rw1Nt9Kc3Vm6Yb]], stored in the vault now
[[PERSON|Rohan Kapoor]]: unblocked, thanks""",
    """\
Here's a calendar export, list the clashes:
Mon 10:00 Interview — [[PERSON|Abdullahi Musa]] (candidate), [[PHONE_NUMBER|(312) 555-0108]]
Mon 10:30 Vendor call — [[PERSON|Greta Lund]]
Mon 10:30 1:1 — [[PERSON|Pieter de Vries]]""",
    """\
Write a summary of this lead record:
{"lead": {"name": "[[PERSON|Natalia Romero]]", "company": "Andes Outdoor", "email": "[[EMAIL_ADDRESS|natalia.romero@andesoutdoor.cl]]", "mobile": "[[PHONE_NUMBER|+61 491 570 144]]", "source": "webinar"}}""",
    """\
Rewrite this e-mail to be shorter:

Hi team,
Just to say [[PERSON|Jamal Wright]] is joining us from Monday as a junior analyst. He'll sit with [[PERSON|Fiona MacLeod]] and [[PERSON|Dev Chauhan]]. His extension is 4412 and mobile [[PHONE_NUMBER|07700 900799]].
Thanks,
[[PERSON|Imogen Clarke]]""",
    """\
Parse this application log and count errors per user:
[ERR] user_id=[[ID_NUMBER|u_88213c]] email=[[EMAIL_ADDRESS|kemi.oduya@ourcompany.example]] upload failed
[ERR] user_id=[[ID_NUMBER|u_88213c]] email=[[EMAIL_ADDRESS|kemi.oduya@ourcompany.example]] upload failed
[ERR] user_id=[[ID_NUMBER|u_10457a]] email=[[EMAIL_ADDRESS|javier.luna@ourcompany.example]] timeout""",
    """\
Our Terraform variables leaked in a screenshot, which need rotating?
variable "db_admin_password" { default = "[[PASSWORD|Wq4#pL9zN2!sV]]" }
variable "datadog_api_key" { default = "[[API_KEY|7f3c9a1e5b8d2f4061c7e9a3b5d8f0e2]]" }
variable "region" { default = "eu-central-1" }""",
    """\
Draft a response to this forwarded thread:
---------- Forwarded message ---------
From: [[PERSON|Mónica Salazar]] <[[EMAIL_ADDRESS|monica.salazar@casasalazar.mx]]>
We want to return 12 chairs from order 40221. Who pays the shipping?
[[PERSON|Mónica Salazar]], Casa Jacaranda, [[PHONE_NUMBER|(702) 555-0131]]""",
]

# 50 IT-helpdesk messages; about half never say "password", "PIN" or "code".
HELPDESK = [
    "I'm locked out again after too many password attempts, username [[ID_NUMBER|mkowalski]]. Can someone unlock it before my 10am?",
    "Please reset my password. The old one was [[PASSWORD|Spring2024!]] and it expired this morning. Employee id [[ID_NUMBER|E20417]].",
    "Laptop LT-08813 should be assigned to employee [[ID_NUMBER|E31172]], not to me. Can you fix the inventory?",
    "Changed my password to [[PASSWORD|Marigold#Tuesday7]] but Outlook keeps asking for the old one.",
    "My MFA phone broke. I saved these recovery codes: [[PASSWORD|4821-7730]], [[PASSWORD|9902-1154]]. Which one do I type in?",
    "VPN says unknown user [[ID_NUMBER|t.okonjo]], but that's what I've always used. Working from home today.",
    "Printer on floor 3 wants my PIN, I set it to [[PASSWORD|5517]] last year, now it says invalid.",
    "Door badge [[ID_NUMBER|B-44829]] stopped working at the car park gate this morning.",
    "What's the guest wifi key this week? Last week's was [[PASSWORD|harbour-lights-2291]] and it doesn't connect any more.",
    "Hi, [[PERSON|Valeria Moretti]] here, my account [[ID_NUMBER|vmoretti]] is disabled since I came back from maternity leave and the password expired.",
    "Can you add [[ID_NUMBER|jokafor]] to the finance-readonly group? Approved by [[PERSON|Neil Dawson]].",
    "New starter [[PERSON|Aditi Sharma]], employee [[ID_NUMBER|E40388]], needs a laptop and a badge by Monday.",
    "I typed my password [[PASSWORD|Gh7!tree-Lamp]] three times and now I'm locked. User [[ID_NUMBER|ahakimi]].",
    "Swap request: monitor MN-2210 from [[PERSON|Lorenzo Bianchi]] to [[PERSON|Ewa Wójcik]], same desk.",
    "Badge [[ID_NUMBER|B-60231]] lets me into the server room, but I don't work in IT any more. Please remove the access.",
    "The shared mailbox login for events is [[ID_NUMBER|events-team]], password [[PASSWORD|Confetti!2024]]; can we move it to SSO?",
    "Authenticator shows the wrong account, [[EMAIL_ADDRESS|r.nkosi@ourcompany.example]] instead of my new one.",
    "Citrix session for [[ID_NUMBER|djohansen]] hangs at the logo since the update.",
    "Laptop LT-11907, employee no. [[ID_NUMBER|E27751]], keyboard missing two keys.",
    "Password reset please, new one I'd like is [[PASSWORD|Pelican$Rain42]] if that meets the rules.",
    "Someone logged into my account from [[IP_ADDRESS|203.0.113.58]] last night, it wasn't me. User [[ID_NUMBER|fgarcia]], password already changed.",
    "The alarm code for the side door is [[PASSWORD|2468#]], can facilities confirm it changed on Monday?",
    "Forgot which username I have on Jira, is it [[ID_NUMBER|lnguyen]] or [[ID_NUMBER|linh.nguyen]]?",
    "My home IP is [[IP_ADDRESS|198.51.100.230]], please whitelist it for the admin portal until Friday.",
    "Wifi in meeting room Orion asks for a password, is it still [[PASSWORD|Orion-Nebula-55]]?",
    "Badge for [[PERSON|Halima Abdi]] was left in a taxi, number [[ID_NUMBER|B-70014]]. Please deactivate.",
    "MFA keeps failing for [[ID_NUMBER|pmurray]]. Backup code [[PASSWORD|73029184]] also rejected.",
    "Could you map the S: drive for employee [[ID_NUMBER|E19206]]? She sits at desk 4C.",
    "Account [[ID_NUMBER|ssuleiman]] expired while I was on sabbatical, and the password reset link fails.",
    "The conference phone in Atlas asks for an admin PIN; the sticker says [[PASSWORD|0415]]. Is that safe to leave there?",
    "Please give [[PERSON|Rui Almeida]] the same SharePoint access as me, user [[ID_NUMBER|ralmeida]].",
    "I reused the password [[PASSWORD|Bluebell99]] everywhere and just got a breach alert. What do I do now?",
    "Need VPN for a contractor, [[PERSON|Gideon Mensah]], [[EMAIL_ADDRESS|gideon@mensahconsulting.co.uk]], for six weeks.",
    "My laptop LT-09375 belongs to old employee id [[ID_NUMBER|E08843]]; my new id is [[ID_NUMBER|E52210]].",
    "Keycard [[ID_NUMBER|B-38105]] beeps red at the third floor only.",
    "Locked after the holiday, forgot my password. [[ID_NUMBER|cbrennan]] on the EU tenant.",
    "Old laptop password was [[PASSWORD|Winter@Fjord88]], new laptop won't take it, what's the default?",
    "Token app reset, here is my one-time recovery code [[PASSWORD|QJ4K-7TRM-2WXP-9LBN]].",
    "Can the Zoom room be tied to [[EMAIL_ADDRESS|zoom-rooms-oslo@ourcompany.example]] instead of [[PERSON|Erik Haugen]]'s account?",
    "Teams won't take my password for [[ID_NUMBER|nalvarez]] on the Mac, it works on the phone.",
    "Key safe code at the Leeds office: [[PASSWORD|7391]]. Staff can't get the spare keys out since it was replaced.",
    "Printer release stuck for user [[ID_NUMBER|kobrien]], jobs sit in the queue.",
    "I shared my screen with [[PASSWORD|RedKite!77]] visible in the password box. Should I change it?",
    "Please unlock [[ID_NUMBER|hyamamoto]] and send a temporary password, she is presenting to the board in 20 minutes.",
    "Wi-Fi for the warehouse scanners: SSID WH-SCAN, key [[PASSWORD|scan4Pallet$2024]]. They dropped off after the router swap.",
    "Add my personal mobile [[PHONE_NUMBER|07700 900460]] for SMS sign-in, the work phone is gone.",
    "Citrix asks for my domain login; I'm [[ID_NUMBER|OURCO\\bkaraca]], is the domain part right?",
    "Door entry for the contractor [[PERSON|Marlon Campbell]]: temporary card [[ID_NUMBER|T-9921]] until 30 June.",
    "Laptop tag LT-12288, can you re-image it for [[PERSON|Xin Yi Lim]] who starts Monday?",
    "My VPN connects from [[IP_ADDRESS|192.0.2.201]] but drops every ten minutes, user [[ID_NUMBER|mokeke]].",
]

# 50 HR, finance and personal messages: payroll, expenses, sick notes, addresses, contacts.
HR = [
    "Payroll question: my June salary went to the old account. Employee number [[ID_NUMBER|E21864]], the new IBAN is [[IBAN_CODE|DE01 5007 0010 0923 8475 61]].",
    "Please update my bank details for payroll: sort code 20-45-77, account [[ID_NUMBER|41308862]]. I'm [[PERSON|Joanna Pike]], employee [[ID_NUMBER|E33019]].",
    "Why was tax deducted twice on my bonus? Employee no. [[ID_NUMBER|E14572]], [[PERSON|Ravindra Nair]].",
    "Expense claim: client dinner £186.40, paid with the company card [[CREDIT_CARD|4539 7812 0456 3313]]. Receipt attached.",
    "I paid the hotel in Madrid on my personal card by mistake, [[CREDIT_CARD|5413 2290 8817 6040]]. Can finance reimburse rather than reverse?",
    "My mother, [[PERSON|Gloria Estrada]], had a fall and is in hospital. I need to take the rest of the week off to look after her.",
    "Sick note attached. I'm caring for my son [[PERSON|Oisín]] who has chickenpox, back Thursday hopefully.",
    "Address change from 1 July: [[STREET_ADDRESS|Schillerstraße 42, 10627 Berlin]]. Please update payroll and the pension provider.",
    "I moved! New address: [[STREET_ADDRESS|221 Maple Avenue, Apt 5B, Toronto, ON M4K 1P3]]. Employee [[ID_NUMBER|E40152]].",
    "Emergency contact update for my file: my husband [[PERSON|Daniel Okoro]], mobile [[PHONE_NUMBER|07700 900713]].",
    "Could HR draft a visa support letter for [[PERSON|Anjali Menon]], passport [[ID_NUMBER|Z4817263]], attending the Toronto conference 8 to 12 October?",
    "Can you help me write a reference for [[PERSON|Kristina Berg]], who worked under me for three years as a payroll officer? She was meticulous and kind.",
    "Pension form asks for my NHS number, it's [[ID_NUMBER|485 777 3023]], is that really needed?",
    "New starter paperwork: BSN [[ID_NUMBER|237645191]], IBAN [[IBAN_CODE|NL50RABO0318472950]], name [[PERSON|Sander Bakker]].",
    "My new address is [[STREET_ADDRESS|ul. Długa 17/4, 31-147 Kraków]]. PESEL [[ID_NUMBER|88071405830]] for the tax office form.",
    "Please send my P60 to [[STREET_ADDRESS|9 Thornbury Close, Harrogate HG2 8RT]] rather than the office.",
    "Expense report for the Lisbon trip: taxis €64, train €112. Card used: [[CREDIT_CARD|378264190755237]].",
    "Emergency contacts: my sister [[PERSON|Mariam Haddad]] [[PHONE_NUMBER|0491 570 902]] and my father [[PERSON|Samir Haddad]] [[PHONE_NUMBER|0491 570 377]].",
    "Salary for Madrid staff goes to [[IBAN_CODE|ES92 2100 3847 1202 0019 6634]] for [[PERSON|Lucía Navarro]], DNI [[ID_NUMBER|48291736Q]].",
    "Bereavement leave please. My grandfather [[PERSON|Tadeusz Lis]] passed away on Sunday and the funeral is in Poznań on Friday.",
    "Update my address to [[STREET_ADDRESS|4-12-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023]], I transfer to the Tokyo office next month.",
    "The reimbursement for my laptop bag should go to [[IBAN_CODE|FR75 3000 4028 3700 0193 8475 163]], not the card ending 7283.",
    "Our Bengaluru contractor [[PERSON|Karthik Venkatesh]] gave Aadhaar [[ID_NUMBER|7381 5206 4972]] on the onboarding form. Do we even store that?",
    "Please correct my surname on payslips, they still show my maiden name. It should read [[PERSON|Carys Lewis-Evans]], employee [[ID_NUMBER|E29930]].",
    "Draft a warm reference for [[PERSON|Obinna Chukwu]], our former warehouse supervisor, who is applying to a logistics firm in Manchester.",
    "Can I claim the flight change fee? Booked on [[CREDIT_CARD|4916 0372 5518 8424]] because the travel portal was down.",
    "My wife [[PERSON|Ayumi Takahashi]] is due in September, how do I book paternity leave?",
    "New address for the Sydney team list: [[STREET_ADDRESS|Unit 12, 48 Bondi Road, Bondi NSW 2026]], mobile [[PHONE_NUMBER|0491 570 515]].",
    "The Irish payroll IBAN for [[PERSON|Niamh Doyle]] should be [[IBAN_CODE|IE03 BOFI 9000 1718 2945 36]], employee [[ID_NUMBER|E37706]].",
    "Hiring paperwork for Canada: SIN [[ID_NUMBER|046 382 198]] for [[PERSON|Étienne Gagnon]], starting in Montréal on 2 September.",
    "Expense claim rejected? The card [[CREDIT_CARD|5289 4410 7763 0124]] is the corporate Amex replacement, not personal.",
    "Change of address: [[STREET_ADDRESS|Calle de Alcalá 155, 3º izq., 28009 Madrid]]. Also my emergency contact is now my partner [[PERSON|Javier Molina]].",
    "My daughter [[PERSON|Amelia]] has surgery on Tuesday. Can I swap my Tuesday shift with [[PERSON|Priyesh Shah]]?",
    "Our US hire needs a W-4: [[PERSON|Tyler Brooks]], SSN [[US_SSN|529-41-7736]], home [[STREET_ADDRESS|1408 Cedar Lane, Austin, TX 78704]].",
    "Please send the benefits pack to [[STREET_ADDRESS|Via Garibaldi 23, 20121 Milano MI]] for [[PERSON|Francesca Riva]].",
    "I'd like my Brazilian payslips to show CPF [[ID_NUMBER|418.392.760-96]]; currently they're missing it.",
    "Relocation expense: movers in Stockholm, SEK 24,000. Personnummer [[ID_NUMBER|880412-3027]], IBAN [[IBAN_CODE|SE19 5000 0000 0549 1726 3845]].",
    "Emergency contact for [[PERSON|Hussein Al-Amin]]: brother [[PERSON|Karim Al-Amin]], [[PHONE_NUMBER|(617) 555-0184]].",
    "Can HR confirm receipt of my sick note? It was signed by Dr [[PERSON|Helen Marsh]] and covers 3 to 14 June.",
    "Finnish payroll needs henkilötunnus [[ID_NUMBER|150786-5420]] and account [[IBAN_CODE|FI85 4405 0010 2938 47]] for [[PERSON|Aino Mäkinen]].",
    "Please update my address: [[STREET_ADDRESS|Keizersgracht 318-II, 1016 EZ Amsterdam]]. Same bank, new home.",
    "Company card [[CREDIT_CARD|6011 5038 2247 1907]] was declined in Singapore. Can finance raise the limit for the trip?",
    "Petty cash reimbursement to [[IBAN_CODE|GB71 BARC 2045 7741 3088 62]] please, it's [[PERSON|Nathaniel Hughes]] in the Leeds warehouse.",
    "Visa invitation for [[PERSON|Oluwaseun Bakare]], Nigerian passport [[ID_NUMBER|A09812734]], for the London training week.",
    "Write a short reference for [[PERSON|Leona Kraus]], who left last year; she handled the German accounts and trained new joiners.",
    "Moving to [[STREET_ADDRESS|14 Rajpath Road, Indiranagar, Bengaluru 560038]]. Please update my file, employee [[ID_NUMBER|E45519]].",
    "My partner [[PERSON|Sam Whitaker]] is my new emergency contact, [[PHONE_NUMBER|+44 7700 900834]], replacing my mum.",
    "Expense: team lunch £212 on [[CREDIT_CARD|4024 0071 8834 5598]], attendees [[PERSON|Bilal Chaudhry]], [[PERSON|Nora Lindholm]], and me.",
    "Payroll for Belgium: [[PERSON|Lotte Peeters]], account [[IBAN_CODE|BE75 0014 3872 6514]], starts 1 October.",
    "Please change my postal address to [[STREET_ADDRESS|Rua Augusta 210, 2.º Esq., 1100-053 Lisboa]] and my salary account to [[IBAN_CODE|PT20 0033 0000 4529 1873 6541 0]].",
]

# 25 clean technical questions with code, traces, versions, hashes and placeholders.
CLEAN_TECH = [
    "Why does `psycopg2.OperationalError: could not connect to server: Connection refused` appear when the database runs on localhost:5432 inside Docker?",
    "Our .env.example has DB_PASSWORD=${DB_PASSWORD} and API_KEY=<your-api-key>. How do I make docker compose fail if they're unset?",
    "git bisect says the first bad commit is 4e1d9c2a7b3f. How do I see which files it touched without checking it out?",
    "What does this mean? `TypeError: Cannot read properties of undefined (reading 'map') at OrderList (OrderList.tsx:42:18)`",
    "Is it safe to upgrade from Node 18.19.0 to 20.11.1 if we use node-sass 7.0.3?",
    "How do I generate a UUID v4 in Postgres 15? We currently store ids like 3f2b8c1e-9a4d-4e7b-b6f0-2d8e5c1a7f39 as text.",
    "The staging API at 10.20.1.15:8080 returns 502 through nginx but works with curl from the box. Where do I look first?",
    "Write a bash one-liner that finds files larger than 500 MB under /var/log and prints them sorted by size.",
    "In the README we show `mysql -u root -p changeme`. Should docs use a placeholder like <password> instead?",
    "Explain the difference between SHA-256 and bcrypt for storing user passwords, with a Python example using a dummy value.",
    "Our Kafka consumer lags after upgrading to client 3.6.1; max.poll.records is 500. What settings should I try?",
    "Regex to validate that a config value looks like `user@example.com` but rejects `test@localhost`?",
    "Convert this to a list comprehension: result = []\nfor x in rows:\n    if x['status'] == 'active':\n        result.append(x['id'])",
    "Why does `kubectl get pods` show CrashLoopBackOff with exit code 137 for the worker pod limited to 512Mi?",
    "How do I mock `requests.get` in pytest so it returns {'token': 'dummy-token'} without hitting the network?",
    "Terraform plan wants to replace aws_db_instance.main because of `password = var.db_password`. How do I avoid the replacement?",
    "SELECT with a window function: running total of amount per customer_id ordered by created_at, Postgres 14.",
    "The server at 192.168.10.4 keeps its clock 3 minutes fast. How do I configure chrony to sync with pool.ntp.org?",
    "Stack trace: `java.lang.OutOfMemoryError: GC overhead limit exceeded at com.acme.report.Builder.render(Builder.java:211)`. Heap is -Xmx2g.",
    "Is SHA-1 e3b0c44298fc1c149afbf4c8996fb924 long enough for a cache key? It looks shorter than I expected.",
    "How do I rotate secrets stored as ${STRIPE_SECRET_KEY} in GitHub Actions without downtime?",
    "Write a Python function that masks everything in an e-mail address except the first letter and the domain, e.g. jdoe@example.com.",
    "Our Redis at 172.16.0.12:6379 refuses connections with `NOAUTH Authentication required`. The config says requirepass changeme. What's wrong?",
    "Explain semantic versioning: why is 2.10.0 newer than 2.9.3, and what does 3.0.0-rc.1 mean?",
    "pip fails with `ERROR: Could not find a version that satisfies the requirement torch==2.3.0+cu121`. How do I pass the extra index URL?",
]

# 20 clean policy and process questions naming no person.
CLEAN_POLICY = [
    "How many days of annual leave can I carry over into next year under a typical UK policy?",
    "What is a sensible daily meal allowance for business travel within Europe?",
    "Draft a one-page policy for when staff may expense taxis after 9pm.",
    "Should parental leave policies treat adoption the same as birth? Summarise the usual approach.",
    "What goes into a good on-call compensation policy for a 40-person engineering team?",
    "Write a clear explanation of how our hybrid working rule of three office days a week applies to part-time staff.",
    "What is the difference between sick leave and compassionate leave in most HR handbooks?",
    "Suggest an approval matrix for purchases under £500, £500 to £5,000 and above £5,000.",
    "How should a company handle expenses submitted more than 90 days late?",
    "Draft a short policy on using personal phones for work e-mail, including what IT may wipe.",
    "What are common rules for reimbursing home-office equipment, and what caps do companies use?",
    "Explain the four-eyes principle for payments to a new finance team.",
    "How long should we keep job applicants' CVs after the role is filled, under GDPR?",
    "Write a polite reminder to all staff that timesheets are due every Friday by 5pm.",
    "What should a travel policy say about booking economy versus premium economy on long-haul flights?",
    "Draft an FAQ for the new flexible bank holiday scheme.",
    "Which questions should a probation review template cover for a first job?",
    "Is it legal in the EU to monitor employees' keystrokes? Give a general overview.",
    "Propose a fair rule for allocating the four parking spaces among 60 staff.",
    "Summarise best practice for an anonymous whistleblowing channel in a company of 300 people.",
]

# 20 clean writing tasks about products, teams and companies, some named after people.
CLEAN_WRITING = [
    "Write a product description for our new invoicing dashboard aimed at small accountancy firms.",
    "Draft a LinkedIn post celebrating the support team hitting a 95% satisfaction score this quarter.",
    "Compare our fleet leasing offer with buying Ford Transit vans outright, in a short table.",
    "Write a tender response paragraph explaining why our laptops are Dell Latitude rather than consumer models.",
    "Draft an internal announcement that the Lisbon office opens in March with room for 50 desks.",
    "Write a case study outline about how a retail chain like McDonald's could use our scheduling tool.",
    "Brainstorm ten names for an internal hackathon with a space theme.",
    "Rewrite our careers page intro so it sounds less corporate.",
    "Draft a newsletter paragraph on why the data team moved from Excel to a warehouse.",
    "Write a short explainer on how Tesla's over-the-air updates changed customer expectations of software.",
    "Create a slogan for our customer success team's new onboarding programme.",
    "Summarise the pros and cons of running the staff party at Disneyland Paris versus a local venue.",
    "Draft release notes for version 4.2 of the mobile app: dark mode, faster search, bug fixes.",
    "Write an FAQ for customers about the price increase coming in January.",
    "Draft a tagline for our partnership with Ben & Jerry's for the summer office treat week.",
    "Explain in plain words what our platform team does, for the sales kick-off deck.",
    "Write a 100-word description of the warehouse team for the intranet's team pages.",
    "Draft a respectful message declining a sponsorship request from a local football club.",
    "Compare Hewlett-Packard and Dell business printers for a 3-floor office, in bullet points.",
    "Write a short story for the company blog about a delivery van that learns to navigate snow.",
]

# 15 clean questions about public figures, authors and eponyms.
CLEAN_EPONYMS = [
    "How do I build a Gantt chart in Excel for a 12-week project?",
    "Explain the Pareto principle with an example from customer support tickets.",
    "What is Kanban and how is it different from Scrum for a small ops team?",
    "What does Conway's law predict about our microservices if we reorganise into three teams?",
    "Summarise Peter Drucker's main ideas on management by objectives.",
    "Is Parkinson's law a real research finding or just an observation?",
    "What did W. Edwards Deming mean by the PDCA cycle?",
    "Explain Brooks's law from The Mythical Man-Month in two sentences.",
    "Who was Henry Gantt and why are the charts named after him?",
    "What is Goodhart's law and how does it apply to sales targets?",
    "Summarise Daniel Kahneman's System 1 and System 2 for a training session.",
    "What is the Peter principle and how can promotion processes avoid it?",
    "Explain the Eisenhower matrix for prioritising an inbox.",
    "What did Frederick Taylor's scientific management get wrong about knowledge work?",
    "Give me three quotes by Simon Sinek about leadership and say where each is from.",
]

# 20 clean maths, estimation and spreadsheet questions with fictional first names.
CLEAN_MATHS = [
    "Priya packs 48 boxes an hour and Tom packs 36. How long do they take together to pack 1,260 boxes?",
    "If our headcount grows 12% a year from 180, how many staff will we have in three years?",
    "Write an Excel formula that returns the number of working days between A2 and B2, excluding holidays in H2:H20.",
    "Ali buys 3 monitors at £189 each with 20% VAT included. What is the price before VAT?",
    "Estimate how many coffee cups a 250-person office uses per week.",
    "Google Sheets: how do I sum column C only where column A says 'EMEA' and column B is after 1 Jan 2024?",
    "Sara's team closes 14 tickets a day and gets 11 new ones. The backlog is 90. When does it reach zero?",
    "What is the compound annual growth rate if revenue went from £2.1m to £3.4m in four years?",
    "Write a formula to extract the domain from an e-mail address in cell D2.",
    "Marco drives 42 km each way, 3 days a week, at 45p per mile. What is his monthly mileage claim?",
    "A meeting with 8 people at an average cost of £55 an hour runs 90 minutes. What does it cost?",
    "Explain XLOOKUP versus VLOOKUP with a simple example of product prices.",
    "Chen and Lucy split a £1,500 bonus in the ratio 3:2. How much does each get?",
    "If 4% of 2,500 orders are returned and each return costs £7.80, what is the monthly return cost?",
    "Estimate the number of invoices a mid-size company issues per year.",
    "Nadia needs 85% on average over four quizzes; she has 78, 91 and 83. What does she need on the last one?",
    "Write a conditional-formatting rule that highlights overdue dates in column E in red.",
    "A rota has 5 people covering 7 days with 2 on shift each day. How many shifts does each person work per week on average?",
    "Tom saves £230 a month for a £4,000 laptop. How many months until he can buy it?",
    "What is the formula for the standard deviation of a sample, and how do I do it in Excel?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 777 3023": nhs_ok,  # NHS number
    "237645191": bsn_ok,  # Dutch BSN
    "88071405830": pesel_ok,  # Polish PESEL
    "7381 5206 4972": aadhaar_ok,  # Indian Aadhaar
    "48291736Q": dni_ok,  # Spanish DNI
    "046 382 198": luhn_len(9),  # Canadian SIN
    "418.392.760-96": cpf_ok,  # Brazilian CPF
    "880412-3027": luhn_len(10),  # Swedish personnummer
    "150786-5420": hetu_ok,  # Finnish henkilötunnus
}

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London
        r"\+44 20 7946 0\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australia
        r"\+61 491 570 \d{3}",
        r"\+49 40 66969 \d{3}",  # Germany, Hamburg
    )
]
DOC_IPS = ("192.0.2.", "198.51.100.", "203.0.113.")

# Cue words: greetings, titles, relations and work roles that announce a name.
CUE_WORDS = re.compile(
    r"\b(hi|hello|hey|dear|thanks|thank you|regards|cheers|mr|mrs|ms|dr|mum|mother|father|"
    r"husband|wife|son|daughter|sister|brother|grand\w*|partner|colleague|co-?worker|boss|"
    r"manager|customer|client|candidate|contractor|new hire|new starter|buddy|direct report|"
    r"reports to me|someone called|named|contact is|cto|head of|lead)\b",
    re.IGNORECASE,
)
SECRET_WORDS = re.compile(r"\b(password|passwords|pin|pins|code|codes)\b", re.IGNORECASE)


def _plain(marked: str) -> str:
    return strip_marks(marked)[0]


def _count_words(marked: str, section: str, limits: tuple[int, int]) -> None:
    n = len(_plain(marked).split())
    if not limits[0] <= n <= limits[1]:
        raise SystemExit(f"{section}: {n} words in {marked[:60]!r}")


def check_work(texts: list[str]) -> None:
    """Work requests: 10 to 100 words, each with a name, about half with no cue word."""
    for marked in texts:
        _count_words(marked, "work", WORK_WORDS)
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"work: no name in {marked[:60]!r}")
    bare = sum(not CUE_WORDS.search(_plain(t)) for t in texts)
    if not 30 <= bare <= 42:
        raise SystemExit(f"work: {bare} texts without a cue word")


def check_helpdesk(texts: list[str]) -> None:
    """Helpdesk: 5 to 60 words; 20 to 30 never say password, PIN or code."""
    for marked in texts:
        _count_words(marked, "helpdesk", HELPDESK_WORDS)
    quiet = sum(not SECRET_WORDS.search(_plain(t)) for t in texts)
    if not 20 <= quiet <= 30:
        raise SystemExit(f"helpdesk: {quiet} texts without password, PIN or code")


def check_hr(texts: list[str]) -> None:
    """HR and finance: 10 to 80 words; at least ten addresses, cards and IBANs."""
    for marked in texts:
        _count_words(marked, "hr", HR_WORDS)
    kinds = [s["type"] for t in texts for s in marked_spans(t)]
    for kind in ("STREET_ADDRESS", "IBAN_CODE"):
        if kinds.count(kind) < 10:
            raise SystemExit(f"hr: only {kinds.count(kind)} {kind} spans")
    if kinds.count("CREDIT_CARD") < 7:
        raise SystemExit("hr: too few cards")


def check_pasted(texts: list[str]) -> None:
    """Pasted materials: every one spans several lines."""
    for marked in texts:
        if "\n" not in marked:
            raise SystemExit(f"pasted: one line only in {marked[:60]!r}")


def check_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, no documentation IBAN."""
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOC_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")


def main() -> None:
    sections = {
        "work": (WORK, 70),
        "pasted": (PASTED, 50),
        "helpdesk": (HELPDESK, 50),
        "hr": (HR, 50),
        "clean tech": (CLEAN_TECH, 25),
        "clean policy": (CLEAN_POLICY, 20),
        "clean writing": (CLEAN_WRITING, 20),
        "clean eponyms": (CLEAN_EPONYMS, 15),
        "clean maths": (CLEAN_MATHS, 20),
    }
    pii = WORK + PASTED + HELPDESK + HR
    check_work(WORK)
    check_pasted(PASTED)
    check_helpdesk(HELPDESK)
    check_hr(HR)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii)
    build_sections(
        "blind30", HERE, sections, {"work", "pasted", "helpdesk", "hr"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=WORK, lower_chat=LOWER_WORK, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
