# ruff: noqa: E501
"""A hundred-and-twenty-fifth blind privacy set: 220 texts with personal data and 100 clean
ones, on software development and IT operations.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); only check digits were computed, for numbers whose
other digits were typed by hand.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway, from
  developers, on-call engineers, service-desk staff and their managers: tidying on-call
  handovers, summarising stand-up notes, Slack threads, PagerDuty and call logs, git
  history and e-mails, explaining stack traces, nginx, VPN and MySQL errors, checking
  ``.env`` files, Terraform, YAML and JSON or CSV exports for secrets, access requests,
  GDPR deletions, leaked keys, code review comments, incident write-ups, scam and
  phishing checks, rotas, splitting bills and translating. Many paste the material with
  names, e-mails, usernames, IPs, passwords and API keys inside, others only describe the
  problem. The first 30 are typed all in lower case (names, e-mails, usernames and codes
  too, with shorthand and typos); the next 6 are in Spanish, Japanese, Ukrainian, Dutch,
  Italian and Hebrew; the other 84 in ordinary English. Names of many origins, some in
  Japanese, Cyrillic and Hebrew script, first names alone, surnames after titles,
  nicknames (big sam, stu, Gus) and names that are ordinary words (grace, Ruth, Pat,
  Ted), many named in passing with no cue word; 1 to 8 values each.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose sentences, profile lines, pipe and CSV rows, JSON objects, syslog, VPN
  and git log lines, access and visitor register entries and short letters from an IT
  desk; each holds exactly one person's name and one to four other values, 42 of them a
  national id with valid check digits (NHS, Norwegian fødselsnummer, Japanese My Number,
  Swedish personnummer, South African id, Brazilian CPF, Polish PESEL, Indian Aadhaar,
  Singapore NRIC, Turkish kimlik, Italian codice fiscale, Finnish henkilötunnus, Korean
  resident registration number, Australian TFN and Medicare, Spanish DNI and NIE, Irish
  PPS, French NIR, Belgian national number, Portuguese NIF, Romanian CNP, Chilean RUT,
  Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German
  Steuer-ID, New Zealand NHI, Chinese resident id, Dutch BSN, Canadian SIN, Israeli
  teudat zehut, Greek AMKA).
* 100 clean texts naming no private person: 25 MT-Bench/Vicuna-style prompts (some naming
  Sherlock Holmes, Grace Hopper, Ada Lovelace, Alan Turing, Captain Nemo or Hermione
  Granger), 25 GSM8K-style word problems about builds, tickets, servers and rotas with
  fictional first names, 25 MMLU-style items with options A to D on networking, Git,
  databases, security and operations, and 25 health questions of desk and on-call
  workers naming no one.

Usernames, handles, logins, service accounts, member, customer, account, employee and
passport and licence numbers and national ids are ID_NUMBER; PINs, door, alarm and locker
codes, wifi keys, passwords and passphrases are PASSWORD; titles and relation words (Mr,
Mrs, Ms, Dr, my cousin) stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed. Public figures, fictional characters,
companies, order, ticket, invoice and asset references, commit hashes, postcodes alone,
amounts, dates of birth, private CIDR ranges and card last-four digits are not labelled;
every occurrence of a private value is marked, a name repeated each time.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0; North
America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in each
country's own layout elsewhere (Poland, Spain, Ukraine, Israel, Norway, Japan, Korea,
Vietnam, South Africa, UAE, Brazil, Kenya, Nigeria, New Zealand); cards Luhn-valid and
not well-known test numbers; IBANs valid mod 97, of their country's length and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind125.py`` from the repository root; the output
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Sig|Herr|Frau|Mme|Auntie|Uncle|my)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: the first 30 all lower case, then six other languages, then English.
CHAT = [
    # all lower case
    'hey can you tidy this on-call handover before i post it in #ops? "02:10 db failover, [[PERSON|ravi]] promoted replica-2, [[PERSON|kasia]] still sees 502s from [[IP_ADDRESS|203.0.113.48]], pls dont restart the lb, ping me on [[PHONE_NUMBER|07700 900417]] if it flaps again"',
    "is this a scam? got an email from a 'micros0ft helpdesk' saying my o365 mailbox is full and i need to log in at their link with my username [[ID_NUMBER|jbarros]] and pw. i didnt click. my manager [[PERSON|deb]] says report it to [[EMAIL_ADDRESS|servicedesk@hallwayfreight.com]] but what do i actually write",
    "quick one, split the aws bill for the hackathon: total was $412.80, [[PERSON|tomasz]] ran the gpu box for 11h, me and [[PERSON|nnamdi]] only used t3.small for like 20h each. whats fair",
    'translate to english for the vendor pls: "ciao, la vpn non si connette da ieri, utente [[ID_NUMBER|g.ferraro]], ip pubblico [[IP_ADDRESS|198.51.100.23]], grazie [[PERSON|gianluca]]"',
    "my wifi at home keeps dropping whenever im on the work vpn. router is an old tp-link, wifi key is [[PASSWORD|pumpkinsoup!88]], my flatmate [[PERSON|oisin]] reckons its the 2.4ghz band. what settings should i try",
    "can u summarise what changed in this git log for the release notes\na1f3c9e [[PERSON|priya raman]] <[[EMAIL_ADDRESS|priya.r@kestrelpay.io]]> fix null check in invoice export\n77be021 [[PERSON|dev kowalczyk]] bump openssl\n0c9d4aa [[PERSON|priya raman]] <[[EMAIL_ADDRESS|priya.r@kestrelpay.io]]> add retry to s3 upload\ne8812b0 [[PERSON|lu xin]] revert 'add retry' lol",
    "draft a polite msg to [[PERSON|mehmet]] telling him he cant keep sharing the prod db creds in slack. he posted user [[ID_NUMBER|svc_reporting]] / [[PASSWORD|winter2024!!]] in #general yesterday and 40 ppl saw it",
    "need a short incident summary for mgmt. timeline: 14:02 alerts fire, 14:05 [[PERSON|jo]] acks, 14:20 found disk full on db-03, 14:41 [[PERSON|big sam]] cleared old wal files, 14:50 recovered. root cause: log rotation cron got removed in last deploy",
    "whats the best way to tell a customer we leaked their email in a csv export? the row was: [[PERSON|marguerite delacroix]],[[EMAIL_ADDRESS|m.delacroix@orange-mail.fr]],premium,2023-11-02",
    'fix my english pls: "hi [[PERSON|sunita]], i granted you read acces on the grafana, your login is [[ID_NUMBER|sunita.b]] and temp password [[PASSWORD|gr4fana-tmp-91]], please change it after first login"',
    "my cousin [[PERSON|hamid]] wants to get into devops, hes 34 and did network support for 8 yrs. what should he learn first, k8s or terraform",
    "plan a 2 day migration weekend for moving our gitlab to new hardware, team is me, [[PERSON|arjun]], [[PERSON|bea]] and [[PERSON|lukas]]. [[PERSON|lukas]] can only do saturday and [[PERSON|arjun]]'s got kids so no 6am starts for him",
    "does this .env look ok to commit if i delete the last line? [[PERSON|femi]] says its fine but i doubt it\ndb_host=db.internal\ndb_user=[[ID_NUMBER|app_rw]]\ndb_pass=[[PASSWORD|t7#kq2vlm]]\nstripe_key=[[API_KEY|sk_live_51hx8q2ndk3ko9vz7yra0mcp4]]",
    "call notes to summarise: spoke w mrs [[PERSON|okonkwo]] from the pharmacy chain, their pos terminals cant reach our api since 9am, store ip [[IP_ADDRESS|198.51.100.140]], callback on [[PHONE_NUMBER|020 7946 0318]], she was pretty annoyed, wants an update by 2",
    'is it a scam if someone on linkedin called [[PERSON|daniel hoek]] offers me a 3 month contract but wants me to run a "test script" on my work laptop first',
    "help me word a reply to [[PERSON|wen]]: she asked why her pr got blocked. reason is she hardcoded the sendgrid key [[API_KEY|sg.4kdmq9xbt2lzr8wyv0fn3c.h7pe1usa6gkm2oqz9tvx5rd]] in config.py and the secret scanner caught it",
    "can you turn this into a checklist for new joiners: get laptop from [[PERSON|colm]], badge from reception, vpn token, add to #infra. door code for the server room is [[PASSWORD|7093]] but dont put that in the checklist lol",
    "pls make this access request sound more formal: need admin on jenkins for [[PERSON|ana lucia]] ([[ID_NUMBER|alucia]]) asap, she's covering for [[PERSON|piotr]] while hes off",
    "our billing export has a bug, some rows show the full card number instead of last 4. example row: [[PERSON|k. mensah]], [[CREDIT_CARD|4539 7712 0846 3313]], exp 09/27. how do i write a sql query to find all the affected rows",
    'translate to polish, its for our contractor: "the staging server at [[IP_ADDRESS|192.0.2.77]] will be down thursday 18-22 cet, contact [[PERSON|marta]] on [[PHONE_NUMBER|+48 512 334 871]] if urgent"',
    "which is safer for storing the team's shared passwords, bitwarden or 1password? right now [[PERSON|grace]] keeps them all in a google sheet",
    "write a funny but kind leaving message for [[PERSON|stu]], hes been our dba for 9 years and once restored prod from a tape backup at 3am on boxing day",
    "can u check my sql, its supposed to delete test users and im scared: delete from users where email like '%@test.local' or username = '[[ID_NUMBER|rhiannon.p]]'; btw [[PERSON|rhiannon]] is a real customer, i just want her gone from staging",
    "summarise this slack thread:\n[[PERSON|yusuf]]: who changed the nginx conf?\n[[PERSON|tiff]]: me, added a rate limit\n[[PERSON|yusuf]]: its blocking our own office ip [[IP_ADDRESS|203.0.113.9]]\n[[PERSON|tiff]]: oops reverting",
    "my mum's laptop (shes [[PERSON|brenda]], 71) got a popup saying call microsoft on some 0800 number and she gave them remote access. what do i do now step by step",
    'rewrite for the status page, less technical: "auth service degraded due to expired tls cert on api-gw-2, renewed by [[PERSON|o. adeyemi]] at 11:40 utc, no data affected"',
    "hi, need to send my bank details to payroll for the contractor invoice, is this format right? name: [[PERSON|joão pedro alves]] iban [[IBAN_CODE|pt54 0035 0697 0004 8215 3940 2]]",
    "lol [[PERSON|ben]] just pasted his own ssn [[US_SSN|412-58-7730]] into the jira ticket for the hr system bug. how do i purge it from jira history properly",
    'make this ci error readable for a junior (shes called [[PERSON|aoife]], be gentle): "error: permission denied (publickey) for [[ID_NUMBER|deploy-bot]]@[[IP_ADDRESS|198.51.100.61]]"',
    "whats a good pin policy for the office alarm? currently its [[PASSWORD|1357]] for everyone and [[PERSON|gerry]] from facilities refuses to change it",
    # Spanish, Japanese, Ukrainian, Dutch, Italian, Hebrew
    '¿Puedes resumir este correo para mi jefe? "Hola [[PERSON|Lucía]], el despliegue de anoche falló porque caducó el certificado de [[IP_ADDRESS|203.0.113.200]]. [[PERSON|Andrés Villalobos]] lo renovó a las 3:15. Si hay dudas, llamadme al [[PHONE_NUMBER|+34 612 48 39 07]]. Saludos, [[PERSON|Marisol]]"',
    "次のインシデント報告を英語に翻訳してください。「本日10時頃、[[PERSON|佐藤]]さんが本番DBのパスワード（[[PASSWORD|Kx9!mare2]]）を誤って全体チャットに貼り付けました。[[PERSON|山本健一]]さんが10分以内にパスワードを変更し、アクセスログに不審な接続はありませんでした。」",
    "Допоможи написати лист клієнту: його дані потрапили в лог через баг. Клієнт — [[PERSON|Олександр Мельник]], email [[EMAIL_ADDRESS|o.melnyk@ukrpost-mail.ua]], телефон [[PHONE_NUMBER|+380 67 214 58 93]]. Треба вибачитися і пояснити, що лог уже видалено.",
    'Kun je dit korter maken voor de changelog? "[[PERSON|Sanne de Wit]] heeft de firewallregel voor [[IP_ADDRESS|198.51.100.199]] verwijderd na een klacht van [[PERSON|Joost]]. Het tijdelijke wachtwoord voor de beheerconsole was [[PASSWORD|Tulp-Regen-42]] en is inmiddels ingetrokken."',
    'Mi aiuti a rispondere a questa richiesta di accesso? "Ciao, sono [[PERSON|Chiara Bellini]], mi serve l\'accesso in lettura al bucket dei log. Il mio utente è [[ID_NUMBER|cbellini]], codice fiscale [[ID_NUMBER|BLLCHR92M52F205V]]." Non credo che il codice fiscale serva davvero.',
    "תוכל לנסח הודעה קצרה לצוות? [[PERSON|נועה לוי]] מחליפה את [[PERSON|אבי]] בתורנות השבוע. הטלפון שלה [[PHONE_NUMBER|052-718-4406]], וקוד הכניסה לחדר השרתים הוא [[PASSWORD|8826]] עד שנחליף אותו.",
    # English
    'Can you rewrite this on-call handover so the day shift can act on it? "Ticket queue clear except the Okta sync. [[PERSON|Marcus Feld]] thinks the SCIM token expired. Do NOT rotate the DB creds, [[PERSON|Ilse]] is mid-migration. Pager is on [[PHONE_NUMBER|(415) 555-0143]] until 8."',
    "Write a short, firm reply to a vendor who keeps emailing our CTO directly. Their rep is [[PERSON|Trevor Blaine]] ([[EMAIL_ADDRESS|tblaine@quantaxis-sales.com]]) and he needs to go through procurement like everyone else.",
    'Here\'s a stack trace from prod, what\'s actually failing?\nTraceback (most recent call last):\n  File "/srv/app/billing/charge.py", line 88, in charge\n    resp = gateway.capture(card="[[CREDIT_CARD|5413 3308 9127 4467]]", amount=amt)\n  File "/srv/app/billing/gateway.py", line 31, in capture\n    raise TimeoutError("upstream 504")\nTimeoutError: upstream 504\nAnd yes, I know the card number shouldn\'t be in the log.',
    "Is this text a scam? \"Hi it's [[PERSON|Nadia]] from IT, we're migrating mailboxes tonight, reply with your network password so we can move your data.\" We do have a [[PERSON|Nadia]] on the service desk but she'd never ask that.",
    "Summarise these standup notes in three bullets: [[PERSON|Kofi]] - finished the Helm chart, blocked on DNS. [[PERSON|Agnieszka]] - on leave Thurs/Fri. [[PERSON|Ruth]] - looking at the flaky Cypress tests, suspects the seed data. [[PERSON|Hiro]] - pairing with [[PERSON|Kofi]] on DNS.",
    'I need to write a post-incident review. On 3 March our Redis cluster ran out of memory because a batch job stored full session objects. No customer data lost. Draft the "what went well / what didn\'t" sections and keep it blameless, the job was written by [[PERSON|Callum]] and he already feels awful.',
    'Help me reply to this access request, I want to say no politely: "Hey, can I get prod SSH? My public key is on the wiki and my user is [[ID_NUMBER|hkarimi]]. Thanks, [[PERSON|Hassan]]"',
    'Our courier integration keeps rejecting this address with "invalid postcode". Is it the format or our regex? [[STREET_ADDRESS|Flat 3, 27 Mulberry Row, Leeds LS6 2QT]]. Customer is [[PERSON|Eleanor Pike]], order 88123.',
    "Draft a Slack message reminding everyone the office Wi-Fi password changed to [[PASSWORD|Orchard-Lantern-77]] and that it must not be posted in public channels again (thanks, [[PERSON|Declan]]).",
    'Translate into simple English for a non-technical manager: "OOMKilled on pod payments-api-7c9d, node [[IP_ADDRESS|192.0.2.14]] under memory pressure, HPA maxed out at 12 replicas."',
    'Can you check this JSON export for anything that shouldn\'t go to the analytics vendor?\n{"user_id": [[ID_NUMBER|88213]], "name": "[[PERSON|Rosa Quintero]]", "email": "[[EMAIL_ADDRESS|rosa.quintero88@mailbox.es]]", "ssn": "[[US_SSN|529-61-4083]]", "plan": "pro", "last_login_ip": "[[IP_ADDRESS|203.0.113.151]]"}',
    'Write a git commit message for this change: it removes the hardcoded admin password "[[PASSWORD|Adm1n!Rocket]]" from seed.rb and reads it from an environment variable instead.',
    "My teammate [[PERSON|Pieter]] keeps force-pushing to main. How do I set up branch protection in GitHub so only CI can merge?",
    "Please turn these call-log lines into a tidy table:\n09:14 in  [[PHONE_NUMBER|020 7946 0552]] [[PERSON|G. Harrow]] - printer on 2nd floor\n09:31 out [[PHONE_NUMBER|07700 900233]] [[PERSON|Amira Said]] - password reset, done\n10:02 in  [[PHONE_NUMBER|020 7946 0871]] unknown - hung up",
    "I'm splitting the cost of a team offsite cabin: £960 for 4 nights, 6 people, but [[PERSON|Laszlo]] and [[PERSON|Mei]] only stay 2 nights. How much does each person pay?",
    "Can you make this code review comment less harsh? \"This is the third time I've told you, [[PERSON|Kwame]], don't log request bodies. Line 42 dumps the whole payload including the customer's card [[CREDIT_CARD|3411 852907 13343]].\"",
    "We got a GDPR deletion request. Customer: [[PERSON|Henrike Vogt]], customer no. [[ID_NUMBER|C-00418827]], email [[EMAIL_ADDRESS|henrike.vogt@posteo-mail.de]]. Which tables should I check besides users, orders and audit_log?",
    "Plan a rota for out-of-hours support over Christmas: [[PERSON|Aleksander]], [[PERSON|Chloe]], [[PERSON|Samir]], [[PERSON|Bronwyn]] and me. Nobody does both the 24th and 25th, and [[PERSON|Bronwyn]] can't do New Year's Eve.",
    "Help, what does this mean? \"WARNING: UNPROTECTED PRIVATE KEY FILE! Permissions 0644 for '/home/[[ID_NUMBER|rkapoor]]/.ssh/id_ed25519' are too open.\" I'm on a new Mac.",
    "Rewrite as a formal complaint to our ISP: we were promised a static IP ([[IP_ADDRESS|198.51.100.88]]) for the office at [[STREET_ADDRESS|Unit 4, 12 Canal Wharf, Birmingham B1 2JT]] but it keeps changing. The contract was signed by [[PERSON|Fiona McAllister]] in January.",
    'Is this phishing? SMS: "Your GitHub account will be suspended. Verify at git-hub-security.help". It came to [[PHONE_NUMBER|07700 900582]], which is my personal phone, not the work one.',
    'Summarise this email for me in two lines: "Hi all, from Monday the build agents move to the new subnet. [[PERSON|Tariq]] will update the Jenkins nodes, [[PERSON|Beatriz]] the firewall rules. The old agent [[IP_ADDRESS|192.0.2.150]] gets decommissioned Friday. Questions to me. – [[PERSON|Dom]]"',
    "I accidentally committed our OpenAI key [[API_KEY|sk-proj-Qm7vT2xLr9aB4nKw8ZcY1pHd6sFe3UgJ0oXi]] to a public repo about ten minutes ago. What should I do, in order?",
    "Write a friendly nudge to [[PERSON|Yolanda]]: her laptop hasn't checked into Intune for 40 days and will be wiped on Friday unless she connects.",
    "Turn this CSV into a markdown table and drop the phone column:\nname,team,phone\n[[PERSON|Oluwaseun Bakare]],SRE,[[PHONE_NUMBER|(312) 555-0176]]\n[[PERSON|Maja Lindqvist]],Data,[[PHONE_NUMBER|(312) 555-0112]]\n[[PERSON|Ricardo Paiva]],Platform,[[PHONE_NUMBER|(312) 555-0190]]",
    "Our new hire's background check form asked for her SSN and she emailed it in plain text to the whole recruiting alias: [[US_SSN|301-44-9157]]. How do I tell her nicely, and what should we do with the email?",
    "Can you write a haiku about Kubernetes for [[PERSON|Bogdan]]'s farewell card?",
    "Need to request a refund for a double-charged SaaS subscription. Card ending 4417, charged twice on the 2nd. Account holder is [[PERSON|Miriam Adler]], account [[ID_NUMBER|ACC-7730219]]. Draft the email to their billing team.",
    'Fix the grammar: "The alarm code for the DR site are [[PASSWORD|60419]], it was set by [[PERSON|Raj]] when he installed them, please dont share outside infra team."',
    "What's the difference between a SIEM and a SOAR? My manager [[PERSON|Clarissa]] asked in our one-to-one and I want to sound like I know.",
    'Here\'s an nginx access log line, why is this user getting a 403?\n[[IP_ADDRESS|203.0.113.66]] - [[ID_NUMBER|lwoodward]] [12/Mar/2025:10:14:22 +0000] "GET /admin/reports HTTP/1.1" 403 153',
    "I'm writing a handover before parental leave. Please organise this into sections: backups run nightly at 01:00 (owner [[PERSON|Naveen]]), the Terraform state lives in S3, the Vault unseal keys are with [[PERSON|Gwen]] and [[PERSON|Otto]], the break-glass admin is [[ID_NUMBER|bg-admin-02]] with password [[PASSWORD|Glass&Hammer#2025]] in the safe.",
    "Can you explain what this cron line does before I delete it? [[PERSON|Mathilde]] wrote it years ago and nobody remembers.\n0 3 * * * /opt/scripts/purge.sh --user [[ID_NUMBER|mfontaine]] --keep 7",
    "Write a thank-you note to the night shift: [[PERSON|Pradeep]], [[PERSON|Liesel]] and [[PERSON|Kayode]] stayed until 5am fixing the payments outage.",
    "Our SEPA payout to a freelancer bounced. Details we used: [[PERSON|Jeroen Smits]], IBAN [[IBAN_CODE|NL52 RABO 0318 4472 09]], BIC RABONL2U. Can you spot anything wrong before I ask him?",
    'My daughter [[PERSON|Zainab]] wants to know what a "load balancer" is. Explain it like she\'s 10.',
    "Please check whether this password meets our policy (12+ characters, a symbol, a number, no dictionary words): [[PASSWORD|Falcon!Tide93]]. It's for the shared Jira service account.",
    "Draft a reply to a customer who says we charged her twice. She's Mrs [[PERSON|Oyelaran]], order 55021, and she's been waiting nine days for an answer from billing.",
    "Summarise this PagerDuty log into a timeline:\n02:11 triggered: disk usage db-07 > 95%\n02:14 acknowledged by [[PERSON|Hyun-woo Park]]\n02:30 escalated to [[PERSON|Dana Whitfield]]\n02:48 resolved by [[PERSON|Hyun-woo Park]]",
    "Help me write an access request to the data team for read-only access to the customer_events table. My manager is Ms [[PERSON|Achterberg]] and the justification is fraud analysis.",
    "Quick sanity check: does 10.0.0.0/8 overlap with 10.20.0.0/16? Our office VPN and the new VPC that [[PERSON|Lena]] set up both use them.",
    "Can you turn this into a polite chaser email? Laptop return outstanding: ex-employee [[PERSON|Gideon Mwangi]], asset tag LT-4471, home address [[STREET_ADDRESS|48 Sycamore Drive, Reading RG4 7HP]], phone [[PHONE_NUMBER|07700 900864]].",
    "Explain in plain words what happened here: our DNS TTL was 86400 and we changed the A record at 9am, so half the users still hit the old IP [[IP_ADDRESS|198.51.100.17]] until the next morning. Finance ([[PERSON|Harriet]]) is furious.",
    "Write a LinkedIn recommendation for [[PERSON|Tomoko Arai]]. She was my team lead at a logistics company for 3 years, great at incident command and mentoring.",
    "Write a Python regex to mask e-mail addresses in log lines. Sample line: 2025-03-02T11:04:55Z INFO login ok user=[[EMAIL_ADDRESS|c.wojcik@lindenhall.org]] ip=[[IP_ADDRESS|192.0.2.203]]",
    "Should I be worried? Got a new sign-in alert for our AWS root account from [[IP_ADDRESS|203.0.113.219]], a country I've never been to. MFA was on. The root email is [[EMAIL_ADDRESS|aws-root@brightmoor-labs.com]].",
    "How do I tell my boss, Mr [[PERSON|Castellanos]], that the legacy file server can't be patched anymore, without sounding like I'm blaming the previous admin?",
    "Turn these review comments into a summary for the PR description:\n@[[ID_NUMBER|sofiak]]: nit, rename fetchAll\n@[[ID_NUMBER|bmoreau]]: this leaks the db password in the error message, see L77\n@[[ID_NUMBER|sofiak]]: +1 to [[PERSON|Benoît]]",
    "My neighbour's kid, [[PERSON|Ezra]], is 15 and wants a summer week shadowing our IT team. What's a good five-day plan that doesn't involve production access?",
    "Translate this error for our Brazilian team and explain it: \"ERROR 1045 (28000): Access denied for user '[[ID_NUMBER|relatorio_bi]]'@'[[IP_ADDRESS|198.51.100.240]]' (using password: YES)\"",
    "I need to send a contractor his first payment. He gave me: [[PERSON|Matteo Rinaldi]], IBAN [[IBAN_CODE|IT71 L030 6909 6061 0007 3182 475]]. Can you draft the confirmation email saying it'll arrive in 3 working days?",
    "Explain to [[PERSON|Keisha]], our new office manager, why she shouldn't write the alarm code [[PASSWORD|2091]] on a sticky note by the door, without being patronising.",
    'Can you help me shorten this incident write-up? "At 16:20 a misconfigured security group exposed the admin panel of [[IP_ADDRESS|192.0.2.231]] to the internet for 38 minutes. It was spotted by [[PERSON|Imogen Thrale]] during a routine scan. Logs show no logins other than [[ID_NUMBER|ithrale]] and [[ID_NUMBER|ops-monitor]]."',
    "What's a sensible way to split a £240 monthly Datadog bill between three teams when one team ([[PERSON|Siddharth]]'s) generates 60% of the logs?",
    'Our customer support export has a data bug: fields got merged into one column. Example: "[[PERSON|Fatima Zahra Benali]];[[STREET_ADDRESS|17 Rue des Tanneurs, 69002 Lyon]];[[PHONE_NUMBER|06 39 98 41 27]]". How do I split this in SQL?',
    "Write a cheerful announcement for #general that [[PERSON|Wiktoria]] passed her CKA exam on the first try.",
    'Review this Terraform snippet, is anything dangerous?\nresource "aws_db_instance" "main" {\n  username = "[[ID_NUMBER|dbadmin_prod]]"\n  password = "[[PASSWORD|Pr0d-Maple-Sunrise]]"\n  publicly_accessible = true\n}',
    "Help me word a message to [[PERSON|Lorcan]]: his API key for the weather service was used 40k times overnight, it's probably leaked. The key was [[API_KEY|wx_9fK2mQ7tLp4Zr8Vb3Nc6Yd1Hs5]].",
    "Can you make a short bullet summary of this customer call? Caller: Mr [[PERSON|Adebayo Ogunleye]], account [[ID_NUMBER|88-4401-273]], says the mobile app logs him out every 5 minutes since the update. Uses an old Android. Wants a callback on [[PHONE_NUMBER|(646) 555-0138]].",
    'Is it reasonable for a coworker ([[PERSON|Hannelore]]) to ask for my Okta password "just to approve a workflow while I\'m on holiday"? Feels wrong.',
    "I need a message for the #security channel: someone posted a screenshot with the Grafana login ([[ID_NUMBER|gf_superuser]] / [[PASSWORD|Graf!Night2024]]). Ask people to delete any shares and tell them we rotated it.",
    'Rewrite this for a customer-facing apology: "Between 09:00 and 11:30 some users saw other users\' invoices due to a cache key bug. Affected accounts include [[ID_NUMBER|CUST-55102]] and [[ID_NUMBER|CUST-55947]]. We have notified both."',
    "Our team lunch came to €187.40. [[PERSON|Ines]] had only a salad (€12), [[PERSON|Olamide]] and [[PERSON|Ted]] shared a pizza (€24), and the rest is split evenly among the other five. What does each pay?",
    "Can you draft a DM to [[PERSON|Farrukh]] asking if he can cover my on-call on Saturday? I'll swap with his Wednesday.",
    'Explain this log entry to me like I\'m a PM: "auth: 5 failed logins for [[ID_NUMBER|e.papadopoulou]] from [[IP_ADDRESS|198.51.100.9]], account locked for 15m"',
    'Make this PR description more structured: "Adds rate limiting to /login. Tested locally with [[PERSON|Ayodele]]. Also fixes the bug reported by [[PERSON|Bernadette]] where reset emails went to her old address [[EMAIL_ADDRESS|bernadette.k@oldmail.net]]."',
    "What's the safest way to give a temporary contractor, [[PERSON|Viggo]], access to one S3 bucket for two weeks?",
    'Summarise this handover email into action items: "[[PERSON|Nkechi]] – the cert on the VPN concentrator expires on the 30th, renewal CSR is in the shared drive. Backup door code for the comms room changed to [[PASSWORD|3318B]]. Vendor contact for the UPS is [[PERSON|Pat Reilly]], [[PHONE_NUMBER|0491 570 228]]. Thanks, [[PERSON|Gus]]"',
    "My wife [[PERSON|Soo-jin]] and I are splitting our home internet and a shared streaming plan: $75 + $18 a month, and she watches way more. Suggest a fair split.",
    "Can you write a Bash one-liner to find which user owns the most files in /srv? Last time it turned out to be [[ID_NUMBER|jenkins-old]] and [[PERSON|Alvaro]] had to clean it up by hand.",
    "Rewrite this so it's clear and not accusatory: \"Who added [[EMAIL_ADDRESS|kiran.dasgupta91@gmail.com]] as an owner on the prod GCP project?? That's [[PERSON|Kiran]]'s private address.\"",
    'Is this a scam? A "recruiter" called from [[PHONE_NUMBER|(202) 555-0161]] asking for my SSN to "pre-verify" me for a cloud engineer role. She said her name was [[PERSON|Brianna Holt]].',
    "I'm writing a runbook. Turn these notes into numbered steps: ssh to bastion [[IP_ADDRESS|203.0.113.34]] as [[ID_NUMBER|opsadmin]], sudo to postgres, run vacuumdb on the orders db, check replication lag, notify [[PERSON|Ewa]].",
    "Help me plan a lunch-and-learn on secrets management. Speakers: [[PERSON|Rashida]] (Vault), [[PERSON|Thibault]] (SOPS), and maybe [[PERSON|Chen Jing]] if he's back from leave.",
    "Draft a reply to IT: I need my MFA reset. My employee ID is [[ID_NUMBER|E-209417]] and my old phone number was [[PHONE_NUMBER|030 23125 774]]. Name's [[PERSON|Hartmut Lenz]].",
    "Can you explain why our Stripe webhook signature check fails? The signing secret we use is [[API_KEY|whsec_7Hq2Lm9Xv4Rt8Bn3Kc6Pw1Zs5Dy0Fg]] and the payload looks fine to me.",
    'Write a two-line summary of this git blame finding for the retro: the line that disabled TLS verification was added by [[PERSON|Cosmin]] in 2021 as "temporary".',
    "Convert this YAML to JSON and strip the secrets:\nsmtp:\n  host: mail.internal\n  user: [[EMAIL_ADDRESS|alerts@corvinus-freight.com]]\n  pass: [[PASSWORD|M@ilRelay-55]]\noncall: [[PERSON|Juniper Ashby]]",
    "Our office moved. Please update this footer for all staff signatures: IT Service Desk, [[STREET_ADDRESS|Suite 210, 455 Harbor Point Blvd, Tampa, FL 33602]], [[PHONE_NUMBER|(813) 555-0127]]. Desk lead: [[PERSON|Rosalind Achebe]].",
    "I want to tell my team lead, [[PERSON|Gaurav]], that I'm burning out from on-call. Help me say it honestly without sounding like I'm quitting.",
    "Check this expense split for our conference trip: flights $1,240 (me), hotel $890 ([[PERSON|Dagny]]), taxis $96 ([[PERSON|Mo]]). Three of us. Who owes whom?",
    'A customer pasted this in a support chat, what should the agent do? "my card is [[CREDIT_CARD|6011 5523 8840 1196]] and cvv 318, just charge it, I\'m [[PERSON|Ludmila Horvath]]"',
    "Please summarise these minutes. Attendees: [[PERSON|Jas]], [[PERSON|Helga]], [[PERSON|Obi]]. Decisions: move CI from Jenkins to GitHub Actions by Q3; [[PERSON|Helga]] owns the migration; [[PERSON|Obi]] to audit secrets in pipelines; [[PERSON|Jas]] to check runner costs.",
    'Translate to German for our Berlin office: "Hi [[PERSON|Anke]], your VPN account [[ID_NUMBER|a.brandt]] is ready. The initial PIN is [[PASSWORD|551904]] and you\'ll be asked to change it."',
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Amelia Hartigan]] joined the platform team on 3 February; her NHS number is [[ID_NUMBER|485 219 7369]] and she can be reached at [[EMAIL_ADDRESS|amelia.hartigan@northgate-ops.co.uk]].",
    "user: [[ID_NUMBER|dvasquez]] | name: [[PERSON|Diego Vásquez]] | last_ip: [[IP_ADDRESS|198.51.100.52]] | mfa: enabled",
    "name;fnr;mobile;office\n[[PERSON|Ingrid Solberg]];[[ID_NUMBER|02079135634]];[[PHONE_NUMBER|+47 412 58 903]];Oslo",
    '{"employee": "[[PERSON|Kenji Watanabe]]", "my_number": "[[ID_NUMBER|5318 2764 0196]]", "mobile": "[[PHONE_NUMBER|090-4418-2736]]", "team": "infra"}',
    '2025-02-11T08:41:07Z auth.warn failed login user=[[ID_NUMBER|lpetrova]] name="[[PERSON|Lidia Petrova]]" src=[[IP_ADDRESS|203.0.113.102]] attempts=4',
    "Access register, entry 118: [[PERSON|Oscar Lindgren]], personnummer [[ID_NUMBER|880614-2736]], granted server room access for the Stockholm rack move.",
    "Dear Ms [[PERSON|Nakamura-Reyes]], your new VPN credentials are ready. Your temporary password is [[PASSWORD|Kite7-Harbor-Glow]]. Regards, IT Service Desk",
    "[[PERSON|Thandiwe Nkosi]], South African ID [[ID_NUMBER|9104170823083]], was added to the on-call rota for the Johannesburg region.",
    "Name: [[PERSON|Rafael Nunes de Oliveira]]; CPF: [[ID_NUMBER|318.624.907-40]]; e-mail: [[EMAIL_ADDRESS|rafael.oliveira@portoverde.com.br]]; role: DBA",
    "[[PERSON|Wojciech Zieliński]] | PESEL [[ID_NUMBER|92110549135]] | [[PHONE_NUMBER|+48 603 417 258]] | Kraków office",
    "Ticket note: caller [[PERSON|Anjali Deshmukh]] verified with Aadhaar [[ID_NUMBER|5827 3401 9660]] before her laptop was re-imaged.",
    '{"full_name": "[[PERSON|Marcus Tan Wei Ming]]", "nric": "[[ID_NUMBER|S8826415J]]", "email": "[[EMAIL_ADDRESS|marcus.tan@lionbay-tech.sg]]", "dept": "network"}',
    "Contractor [[PERSON|Elif Yıldırım]], kimlik [[ID_NUMBER|28461730540]], username [[ID_NUMBER|eyildirim]], started 2024-09-02.",
    "[[PERSON|Giovanni Rossetti]], codice fiscale [[ID_NUMBER|RSSGNN85T10L219Z]], site reliability engineer in the Turin office.",
    "[[PERSON|Aino Virtanen]] | henkilötunnus [[ID_NUMBER|240592-318H]] | [[EMAIL_ADDRESS|aino.virtanen@kuusi-data.fi]]",
    "Employee [[PERSON|Kim Ji-hoon]], RRN [[ID_NUMBER|870923-1538427]], mobile [[PHONE_NUMBER|010-4827-3361]].",
    "Payroll onboarding for [[PERSON|Liam O'Sullivan]]: TFN [[ID_NUMBER|483 716 205]], Sydney office, start date 14 April.",
    "Medicare card [[ID_NUMBER|2953 71843 1]] is held by [[PERSON|Chloe Marchetti]], contact number [[PHONE_NUMBER|0491 570 663]].",
    "[[PERSON|Alejandro Ruiz Carmona]], DNI [[ID_NUMBER|53917204Y]], [[STREET_ADDRESS|Calle de Toledo 84, 3º B, 28005 Madrid]]",
    "NIE [[ID_NUMBER|Y2841637R]]: [[PERSON|Oksana Bilyk]], contractor, guest wifi access until 31/05.",
    "[[PERSON|Siobhán Ní Bhriain]], PPS number [[ID_NUMBER|7421853BA]], joined the Dublin service desk in March.",
    "[[PERSON|Clément Garnier]], numéro de sécurité sociale [[ID_NUMBER|1 86 04 75 114 238 11]], poste DevOps, Paris.",
    "[[PERSON|Wouter Peeters]] - rijksregisternummer [[ID_NUMBER|89.07.14-263.71]] - [[EMAIL_ADDRESS|wouter.peeters@scheldt-it.be]]",
    "[[PERSON|Inês Carvalho]], NIF [[ID_NUMBER|247318604]], [[PHONE_NUMBER|+351 912 447 830]]",
    "[[PERSON|Andrei Popescu]], CNP [[ID_NUMBER|1890312407181]], has been granted read-only access to the Bucharest build servers.",
    "[[PERSON|Valentina Soto]]; RUT [[ID_NUMBER|17.482.593-9]]; QA engineer; Santiago.",
    "[[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|38805274214]], GitHub handle [[ID_NUMBER|ktamm-ee]].",
    "[[PERSON|Guðrún Einarsdóttir]], kennitala [[ID_NUMBER|110590-2539]], Reykjavík, network engineer.",
    "Visitor badge issued to [[PERSON|Tereza Nováková]] (rodné číslo [[ID_NUMBER|895712/4319]]) for the Brno data centre audit.",
    "[[PERSON|Iryna Kovalenko]], РНОКПП [[ID_NUMBER|3185472063]], [[PHONE_NUMBER|+380 50 371 84 26]]",
    "[[PERSON|Friederike Baumann]], Steuer-ID [[ID_NUMBER|47 381 592 607]], [[STREET_ADDRESS|Lindenstraße 27, 10969 Berlin]]",
    "[[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|ZKR4839]], was registered for the on-site first aid course at the Wellington office.",
    "[[PERSON|Zhou Mingyu]], resident ID [[ID_NUMBER|110108198804176326]], database administrator, Beijing branch.",
    "[[PERSON|Bram Verhoeven]] BSN [[ID_NUMBER|284715694]] [[EMAIL_ADDRESS|bram.verhoeven@polder-cloud.nl]]",
    "New hire [[PERSON|Geneviève Tremblay]]: SIN [[ID_NUMBER|527 418 362]], Montréal, cloud support.",
    "[[PERSON|Yael Ben-David]], teudat zehut [[ID_NUMBER|034827154]], mobile [[PHONE_NUMBER|054-391-2287]].",
    "[[PERSON|Nikos Papadakis]] | AMKA [[ID_NUMBER|15038572648]] | Athens | SRE",
    "[[PERSON|Harold Beecham]] lives at [[STREET_ADDRESS|14 Kingfisher Close, Norwich NR4 6PL]] and his work mobile is [[PHONE_NUMBER|07700 900126]].",
    "Service account owner: [[PERSON|Priyanka Menon]]; API key [[API_KEY|pk_8Rf3Tz6Wq1Ny9Lm4Hx7Cv2Bd5]]; last rotated 2025-01-14.",
    "name,email,last_ip,role\n[[PERSON|Stanislav Horák]],[[EMAIL_ADDRESS|s.horak@vltava-soft.cz]],[[IP_ADDRESS|192.0.2.44]],cluster admin",
    "HR record: [[PERSON|Lorraine Whitaker]], SSN [[US_SSN|538-27-6194]], [[STREET_ADDRESS|2207 Birchwood Lane, Columbus, OH 43214]].",
    '{"cardholder": "[[PERSON|Devon Alcott]]", "pan": "[[CREDIT_CARD|4716 2209 5813 4471]]", "exp": "11/28", "status": "declined"}',
    "Jan 14 03:22:19 vpn-gw01 openvpn: user [[ID_NUMBER|nbaptiste]] ([[PERSON|Nadège Baptiste]]) connected from [[IP_ADDRESS|203.0.113.57]]",
    "Hi [[PERSON|Rohan]], your Jenkins password has been reset to [[PASSWORD|Saffron-Kettle-19]]. Please change it at your next login. – IT",
    "Salary account for [[PERSON|Magdalena Kowalska]]: IBAN [[IBAN_CODE|PL08 1020 4391 0000 6302 0147 8815]].",
    "Payee: [[PERSON|Henrik Dahl]] | IBAN [[IBAN_CODE|DK72 3000 4618 2297 05]] | [[EMAIL_ADDRESS|henrik.dahl@fjordline-it.dk]]",
    "[[PERSON|Beatrix Holloway]] · Senior SRE · [[EMAIL_ADDRESS|bea.holloway@cobaltriver.io]] · [[PHONE_NUMBER|+44 7700 900781]]",
    "[[PERSON|Nguyễn Thị Lan]], email [[EMAIL_ADDRESS|lan.nguyen@saigonpixel.vn]], phone [[PHONE_NUMBER|+84 912 384 517]]",
    "[[PERSON|Ahmed El-Sayed]] reported the outage from [[IP_ADDRESS|198.51.100.173]] using the username [[ID_NUMBER|aelsayed]].",
    "Emergency contact for the data centre: [[PERSON|Wilhelmina Grant]], [[PHONE_NUMBER|(503) 555-0184]].",
    "Alarm code for the Dublin comms room, key holder [[PERSON|Cian Brennan]]: [[PASSWORD|7720]]",
    "[[PERSON|Ludovica Marino]] | codice fiscale [[ID_NUMBER|MRNLVC90A41F839W]] | IBAN [[IBAN_CODE|IT56 K050 3411 2000 0000 4927 615]]",
    "Refund of $129.00 issued to [[PERSON|Tobias Engel]] on card [[CREDIT_CARD|5312 7740 2695 1089]] after the duplicate licence charge.",
    "member_id=[[ID_NUMBER|M-772045]] name=[[PERSON|Patience Asante]] email=[[EMAIL_ADDRESS|patience.asante@kumasi-mail.com]]",
    "[[PERSON|Rasmus Holm]] can be reached at [[STREET_ADDRESS|Nørrebrogade 112, 2. tv, 2200 København N]].",
    "[[PERSON|Jonathan Bell]], driving licence [[ID_NUMBER|BELL9807214J99WX]], pool car booked for the Swindon site visit.",
    "Passport [[ID_NUMBER|548207913]] issued to [[PERSON|Samantha Greer]], needed for the KubeCon visa letter.",
    "Dear [[PERSON|Adaeze]], your laptop will be delivered to [[STREET_ADDRESS|9 Ashgrove Terrace, Bristol BS7 8LN]] on Monday. Your username is [[ID_NUMBER|aokafor]].",
    '{"name": "[[PERSON|Carlos Mendoza]]", "ssn": "[[US_SSN|471-06-2285]]", "dob": "1979-06-02", "phone": "[[PHONE_NUMBER|(305) 555-0109]]"}',
    "Customer [[PERSON|Eun-ji Choi]] (customer no. [[ID_NUMBER|KR-30918]]) asked us to delete her account; email [[EMAIL_ADDRESS|eunji.choi@hanriver-mail.kr]].",
    "[[PERSON|Felix Krämer]], [[STREET_ADDRESS|Wiener Straße 8, 10999 Berlin]], [[PHONE_NUMBER|030 23125 481]]",
    "Guest network key for the Utrecht office, issued to [[PERSON|Anouk Jansen]]: [[PASSWORD|Fiets&Gracht2025]]",
    'git config user.name "[[PERSON|Marek Dvořák]]" && git config user.email [[EMAIL_ADDRESS|marek.dvorak@sumava-labs.cz]]',
    "Author: [[PERSON|Olga Sorokina]] <[[EMAIL_ADDRESS|olga.sorokina@bluekettle.dev]]>\nDate: Tue Mar 4 16:02:11 2025 +0100\n    fix: stop logging auth headers",
    "[[PERSON|Zoltán Kiss]] | IBAN [[IBAN_CODE|HU25 1160 0006 0000 0000 4871 2297]] | Budapest",
    "Locker 14 combination [[PASSWORD|3-27-11]], assigned to [[PERSON|Delphine Arsenault]] for the hardware lab.",
    "[[PERSON|Bongani Dlamini]], [[PHONE_NUMBER|+27 82 417 3096]], [[EMAIL_ADDRESS|bongani.d@karoo-networks.co.za]], Cape Town NOC",
    "API credentials issued to [[PERSON|Sergio Almeida]]: access key [[API_KEY|AKIAR7Q2M5XK9TVB3WLN]], secret [[API_KEY|h3Kd9Vq2Lm7Xs0Pz4Rb8Tn1Yc6Wf5Gj2Ea9Us7Q]].",
    "[[PERSON|Isabela Duarte]] - [[STREET_ADDRESS|Rua Augusta 1420, apto 52, São Paulo - SP, 01304-001]] - [[PHONE_NUMBER|+55 11 98432-7719]]",
    "Payroll change: [[PERSON|Kwabena Owusu]], new bank account IBAN [[IBAN_CODE|GB51 BARC 2004 1573 8421 96]], effective next cycle.",
    "[[PERSON|Hiroshi Kondo]] ([[ID_NUMBER|hkondo]]) last logged in from [[IP_ADDRESS|198.51.100.226]] at 07:55 JST.",
    "Dear Mr [[PERSON|Abernathy]], this confirms your home broadband for remote work is registered at [[STREET_ADDRESS|61 Wessex Road, Swindon SN2 1AY]].",
    "[[PERSON|Tamsin Rowe]]'s laptop recovery key was escrowed; BitLocker PIN [[PASSWORD|480217]].",
    "attendee, email, mobile, session\n[[PERSON|Yusra Haddad]], [[EMAIL_ADDRESS|yusra.haddad@cedarline.ae]], [[PHONE_NUMBER|+971 50 418 2273]], Terraform workshop",
    "The team expense card is in the name of [[PERSON|Gareth Pryce]]: [[CREDIT_CARD|4929 3104 7762 5183]], billing address [[STREET_ADDRESS|3 Heol y Deri, Cardiff CF14 6HF]].",
    "[[PERSON|Pooja Iyer]] passed the security induction. Employee number [[ID_NUMBER|EMP-40917]].",
    '{"user": "[[ID_NUMBER|ameyer]]", "display": "[[PERSON|Annika Meyer]]", "role": "viewer", "api_token": "[[API_KEY|glpat-Xr4Kd8Tq2Mv9Lz3Bw7Hn]]"}',
    "[[PERSON|Ruairí Gallagher]] reset his VPN passphrase to [[PASSWORD|blue heron over the quay]] on Tuesday.",
    "Visitor log: [[PERSON|Esther Kamau]], [[PHONE_NUMBER|+254 722 418 390]], host: facilities, 10:15–11:40.",
    "[[PERSON|Antoine Lefebvre]] — [[STREET_ADDRESS|14 rue Oberkampf, 75011 Paris]] — [[PHONE_NUMBER|06 39 98 17 52]]",
    "Ticket #40711 raised by [[PERSON|Samira Benhaddou]] ([[EMAIL_ADDRESS|samira.benhaddou@atlasroute.ma]]): cannot access the shared drive.",
    "[[PERSON|Leon Fischer]] | IBAN [[IBAN_CODE|DE94 1001 0010 0843 9921 74]] | [[EMAIL_ADDRESS|leon.fischer@ostsee-cloud.de]]",
    "SSO user [[ID_NUMBER|tmakoa]] belongs to [[PERSON|Talia Makoa]], [[PHONE_NUMBER|(808) 555-0152]].",
    "[[PERSON|Viktor Hallström]] updated the root password on db-backup-02 to [[PASSWORD|Granit#Vinter58]].",
    "Card [[CREDIT_CARD|3765 208413 90274]] belongs to [[PERSON|Penelope Strand]] and is used for the annual IDE licences.",
    '[[PERSON|Chidi Eze]] wrote: "please send the contract to [[EMAIL_ADDRESS|chidi.eze@lagoonworks.ng]] or call [[PHONE_NUMBER|+234 803 417 2290]]"',
    "[[PERSON|Mariana Lopes]] · QA lead · username [[ID_NUMBER|mlopes_qa]] · last IP [[IP_ADDRESS|203.0.113.180]]",
    "[[PERSON|Arash Tehrani]], [[STREET_ADDRESS|5512 Elm Crest Ave, Apt 3C, Austin, TX 78745]], SSN [[US_SSN|627-40-1958]]",
    "[[PERSON|Rangi Parata]] – [[STREET_ADDRESS|22 Tui Street, Ponsonby, Auckland 1011]] – [[PHONE_NUMBER|+64 21 448 3072]]",
    "Guest wifi for the workshop, organiser [[PERSON|Véronique Lambert]], key [[PASSWORD|Atelier-Soleil-31]].",
    "[[PERSON|Daniel Abramowicz]] asked for his reimbursement to go to IBAN [[IBAN_CODE|ES17 0182 5322 3702 0164 8813]].",
    "[[PERSON|Shreya Kulkarni]], Aadhaar [[ID_NUMBER|3904 6618 2754]], [[EMAIL_ADDRESS|shreya.kulkarni@deccanbyte.in]]",
    "Access revoked for [[PERSON|Callum Reid]] ([[ID_NUMBER|creid]]), leaving date 28/02, personal email [[EMAIL_ADDRESS|callum.reid.home@fastmail.co.uk]].",
    "checkout failed for [[PERSON|Maya Goldberg]] card=[[CREDIT_CARD|5287 0419 3362 7157]] ip=[[IP_ADDRESS|192.0.2.96]] reason=3ds_timeout",
    "[[PERSON|Agata Zielińska]], PESEL [[ID_NUMBER|85031724862]], Gdańsk, junior developer since October.",
    "[[PERSON|Erlend Haugen]], fødselsnummer [[ID_NUMBER|15038742393]], on-call lead for the Bergen region.",
    "NHS number [[ID_NUMBER|612 408 3957]] belongs to [[PERSON|Callie Osei-Bonsu]], occupational health referral after the night-shift review.",
    "[[PERSON|Rahul Venkataraman]] | NHS [[ID_NUMBER|703 915 2843]] | [[PHONE_NUMBER|07700 900349]]",
    "Brazilian contractor [[PERSON|Thiago Menezes]], CPF [[ID_NUMBER|052.771.839-49]], invoices monthly for on-call cover.",
    "[[PERSON|Lim Hui Min]] (NRIC [[ID_NUMBER|T0247391C]]) moved to the Singapore platform team.",
]

# 100 clean texts: prompts and questions in the styles of routing benchmarks.
CLEAN_MTBENCH = [
    "Write a persuasive memo to a CTO arguing for blameless post-mortems, in under 300 words.",
    "Imagine you are Sherlock Holmes investigating why a nightly backup job silently stopped running three weeks ago. Narrate your deductions step by step.",
    "Compose a short poem about a server room at 3 a.m. in the style of Emily Dickinson.",
    "Explain the CAP theorem to a new graduate using an analogy involving a chain of coffee shops.",
    "Write a Python function that returns the longest run of consecutive identical characters in a string, and include two unit tests.",
    "Role-play as a senior SRE interviewing a candidate. Ask five questions about incident response and give feedback on plausible answers.",
    "Compare monorepos and polyrepos for a company with 40 engineers. Give three pros and three cons of each, then a recommendation.",
    "Grace Hopper popularised the term debugging. Write a two-paragraph tribute to her for an engineering newsletter.",
    'Extract every date and the action taken on it from this text and return JSON: "The cluster was upgraded on 4 June, rolled back on 6 June and upgraded again on 19 June after the patch landed."',
    "What are the main differences between TCP and UDP, and which would you pick for a fast-paced multiplayer game?",
    "Draft a friendly changelog entry for a note-taking app announcing dark mode, faster search and two bug fixes.",
    "If Ada Lovelace could see a modern CI/CD pipeline, what would she find most surprising? Answer in her voice.",
    'Rewrite this sentence so it is clear: "The deployment which was scheduled was not deployed due to the fact that the scheduler had not been scheduled."',
    "Describe a six-month plan to cut a company's cloud bill by 20 percent without hurting reliability.",
    "Write a SQL query that finds the three products with the highest revenue in each month of 2024, given tables orders and order_items.",
    "You are Captain Nemo and the Nautilus's navigation computer has crashed. Write the log entry describing how you restore it.",
    "How would you explain public-key cryptography to a twelve-year-old?",
    "Write a short story, under 250 words, about a junior engineer who accidentally drops a production table and what the team learns from it.",
    'Evaluate this argument and name its flaws: "Our service has never gone down, so we do not need a disaster recovery plan."',
    "Suggest ten names for an internal developer portal and describe the tone each one sets.",
    "What were Alan Turing's main contributions to computer science, and where do they show up in everyday software today?",
    "Create a one-week study plan for someone preparing for an entry-level cloud certification while working full time.",
    "Summarise the benefits and risks of feature flags in five bullet points.",
    "Write a limerick about a memory leak that only appears on Fridays.",
    "Pretend you are Hermione Granger writing a strict but fair code-review checklist for a new owl-post tracking system at Hogwarts.",
]

CLEAN_GSM8K = [
    "Priti's team runs 14 microservices. Each service has 3 replicas, and each replica needs 512 MB of memory. How many gigabytes of memory does the team need in total, if 1 GB is 1024 MB?",
    "A build takes 18 minutes. Owen splits the test stage, which took 12 of those minutes, into 4 equal jobs that run in parallel. How long does the build take now?",
    "Tess buys 3 monitors at $189 each and 2 keyboards at $64 each. Her budget is $800. How much money does she have left?",
    "A support desk receives 240 tickets a week. Luca resolves 35% of them and Amara resolves a quarter of them. How many tickets are left for the rest of the team?",
    "A log file grows by 750 MB per day. The disk has 42 GB free. After how many full days will the free space first drop below 10 GB? Use 1 GB = 1000 MB.",
    "Jonah's team had 48 open bugs on Monday morning. Each day from Monday to Friday they closed 9 bugs and 4 new bugs were reported. How many open bugs were there at the end of Friday?",
    "A cloud server costs $0.12 per hour. Mira runs 6 servers around the clock for 30 days. What is the total cost?",
    "An on-call rota has 7 engineers, each doing one-week shifts in turn. In a 52-week year, how many full shifts does each engineer get, and how many weeks are left over?",
    "Felix types 60 words per minute. His incident report has 1,380 words, and he spends another 15 minutes reviewing it. How many minutes does the report take in total?",
    "A 900 GB backup is copied at 150 MB per second. How many minutes does the copy take? Use 1 GB = 1000 MB.",
    "Rosa has 5 laptops to reimage. Each one takes 40 minutes, and she can reimage 2 at a time. What is the shortest time needed for all five?",
    "A company has 120 employees. Three eighths use Macs, half use Windows and the rest use Linux. How many employees use Linux?",
    "Kenji's API handles 1,200 requests per minute. After an optimisation it handles 25% more. How many requests per hour can it handle now?",
    "Ines orders $96 of pizza for her team of 8, but two people do not eat, so the others share the cost equally. How much does each person who ate pay?",
    "A door code has 4 digits, each from 0 to 9. How many codes are possible, and how many if no digit may repeat?",
    "Theo earns $38 per hour and 1.5 times that rate for on-call hours. Last week he worked 40 regular hours and 6 on-call hours. How much did he earn?",
    "A sprint lasts 10 working days. Dara completes 3 story points per day but loses 2 days to meetings. How many story points does she complete in the sprint?",
    "A storage bucket holds 2.4 TB. Photos average 3 MB each. How many photos fit, if 1 TB is 1,000,000 MB?",
    "Sam's uptime target is 99.9% over a 30-day month. How many minutes of downtime does that allow?",
    "A router bought for $480 loses 20% of its value each year. What is it worth after 2 years?",
    "Nadia's script processes 45 files in 3 minutes. At the same rate, how long will it take to process 600 files?",
    "A conference ticket costs $350 and early-bird tickets are 30% off. Ola buys 4 early-bird tickets and 1 full-price ticket. What does she pay in total?",
    "Three servers have 16, 24 and 32 CPU cores. What is the average number of cores per server, and how many more cores than the average does the largest server have?",
    "Yara's team deploys 4 times a day on weekdays and once a day at weekends. How many deployments do they make in 4 weeks?",
    "Milo's laptop battery lasts 9 hours of normal work on a full charge, and he has used 40% of it. Video calls drain the battery twice as fast as normal work. How many hours of video calls can he make with the rest?",
]

CLEAN_MMLU = [
    "Which HTTP status code means that the requested resource was not found?\nA. 200\nB. 301\nC. 404\nD. 500",
    "In Git, which command creates a new branch and switches to it?\nA. git merge -b\nB. git checkout -b\nC. git push -b\nD. git fetch -b",
    "Which of the following is a symmetric encryption algorithm?\nA. RSA\nB. AES\nC. ECDSA\nD. Diffie-Hellman",
    "What does the I in ACID stand for?\nA. Integrity\nB. Isolation\nC. Indexing\nD. Idempotence",
    "Which port does HTTPS use by default?\nA. 21\nB. 80\nC. 443\nD. 8080",
    "What is the average-case time complexity of looking up a key in a hash table?\nA. O(1)\nB. O(log n)\nC. O(n)\nD. O(n log n)",
    "Which layer of the OSI model is responsible for routing packets between networks?\nA. Data link\nB. Network\nC. Transport\nD. Session",
    "Which Linux command reports the free and used space of mounted filesystems?\nA. du\nB. df\nC. ls\nD. top",
    "A container image is best described as:\nA. a running process\nB. an immutable template from which containers are created\nC. a snapshot of a virtual machine's memory\nD. a network namespace",
    "Which measure most directly reduces the risk from credential-stuffing attacks?\nA. Longer session timeouts\nB. Multi-factor authentication\nC. Larger log files\nD. Disabling HTTPS",
    "The principle of least privilege means that:\nA. every user gets administrator rights\nB. users get only the access their tasks require\nC. only the chief executive can grant access\nD. passwords never expire",
    "What does DNS primarily translate?\nA. IP addresses into MAC addresses\nB. Domain names into IP addresses\nC. URLs into file paths\nD. Port numbers into protocols",
    "Which of these is a declarative infrastructure-as-code tool?\nA. Bash\nB. Terraform\nC. cron\nD. ssh",
    'Who is credited with the stored-program design described in the 1945 "First Draft of a Report on the EDVAC"?\nA. Charles Babbage\nB. John von Neumann\nC. Alan Turing\nD. Konrad Zuse',
    "In a blue-green deployment, traffic is:\nA. split by the age of the user account\nB. switched between two identical environments\nC. sent only to canary pods\nD. blocked for the length of the deploy",
    "Which data structure serves items in first-in, first-out order?\nA. Stack\nB. Queue\nC. Binary search tree\nD. Heap",
    "Which SQL clause filters groups after aggregation?\nA. WHERE\nB. HAVING\nC. ORDER BY\nD. LIMIT",
    "An availability objective of 99.95% over 30 days allows roughly how much downtime?\nA. 2 minutes\nB. 22 minutes\nC. 3.6 hours\nD. 1 day",
    "A race condition occurs when:\nA. two processes compete for the fastest CPU core\nB. the outcome depends on the unpredictable timing of concurrent operations\nC. a network link is saturated\nD. a loop never terminates",
    "What is the main purpose of a salt in password hashing?\nA. To make hashing faster\nB. To make identical passwords produce different hashes\nC. To allow the password to be decrypted\nD. To compress the stored hash",
    "Which of these logging levels is usually the most severe?\nA. DEBUG\nB. INFO\nC. WARN\nD. FATAL",
    "How many addresses does an IPv4 /24 block contain?\nA. 128\nB. 254\nC. 256\nD. 512",
    "Which of the following is NOT one of the values of the Agile Manifesto?\nA. Individuals and interactions over processes and tools\nB. Working software over comprehensive documentation\nC. Contract negotiation over customer collaboration\nD. Responding to change over following a plan",
    "Under the GDPR, where feasible, a personal data breach must be reported to the supervisory authority within:\nA. 24 hours\nB. 72 hours\nC. 7 days\nD. 30 days",
    "Which command-line tool is commonly used to query DNS records?\nA. dig\nB. chmod\nC. tar\nD. grep",
]

CLEAN_HEALTH = [
    "What are good stretches for lower back pain after sitting at a desk all day?",
    "How can I reduce eye strain from looking at monitors for ten hours a day?",
    "Is it harmful to drink four or five cups of coffee a day during an on-call week?",
    "What is the best way to recover sleep after a week of pager alerts in the middle of the night?",
    "What are the early signs of carpal tunnel syndrome, and when should I see a doctor about it?",
    "How long should I rest after a night shift before it is safe to drive home?",
    "Do standing desks actually help with back pain, or is that a myth?",
    "What are the symptoms of burnout, and how is it different from depression?",
    "Is the blue light from screens really bad for sleep?",
    "How often should I take breaks when working at a computer all day?",
    "Are energy drinks dangerous if my blood pressure is slightly high?",
    "What causes tension headaches and how can I prevent them at work?",
    "How much water should an adult drink per day when working in an air-conditioned office?",
    "Is it normal for wrist pain to get worse when I use a trackpad instead of a mouse?",
    "What is a healthy way to eat when working irregular shifts?",
    "Can wearing noise-cancelling headphones all day damage your hearing?",
    "How can I tell whether neck pain comes from bad posture or from something more serious?",
    "What are the risks of regularly skipping lunch?",
    "Do blue-light glasses help with dry eyes?",
    "How much exercise per week is recommended for someone with a sedentary job?",
    "Is it safe to take ibuprofen every day for a week for back pain?",
    "What are the signs of a panic attack, and how can I calm down during a stressful outage?",
    "How can I improve my posture when working from a laptop on the sofa?",
    "Should I worry about an eyelid twitch that has lasted two weeks?",
    "What are common causes of afternoon fatigue, and when could it point to iron deficiency?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 219 7369": nhs_ok,  # NHS number
    "612 408 3957": nhs_ok,
    "703 915 2843": nhs_ok,
    "02079135634": fodselsnummer_ok,  # Norwegian fødselsnummer
    "15038742393": fodselsnummer_ok,
    "5318 2764 0196": my_number_ok,  # Japanese My Number
    "880614-2736": luhn_len(10),  # Swedish personnummer
    "9104170823083": luhn_len(13),  # South African id
    "318.624.907-40": cpf_ok,  # Brazilian CPF
    "052.771.839-49": cpf_ok,
    "92110549135": pesel_ok,  # Polish PESEL
    "85031724862": pesel_ok,
    "5827 3401 9660": aadhaar_ok,  # Indian Aadhaar
    "3904 6618 2754": aadhaar_ok,
    "S8826415J": nric_ok,  # Singapore NRIC
    "T0247391C": nric_ok,
    "28461730540": kimlik_ok,  # Turkish kimlik
    "RSSGNN85T10L219Z": codice_fiscale_ok,  # Italian codice fiscale
    "MRNLVC90A41F839W": codice_fiscale_ok,
    "BLLCHR92M52F205V": codice_fiscale_ok,
    "240592-318H": hetu_ok,  # Finnish henkilötunnus
    "870923-1538427": rrn_ok,  # Korean resident registration number
    "483 716 205": tfn_ok,  # Australian tax file number
    "2953 71843 1": medicare_ok,  # Australian Medicare card
    "53917204Y": dni_ok,  # Spanish DNI
    "Y2841637R": dni_ok,  # Spanish NIE
    "7421853BA": pps_ok,  # Irish PPS number
    "1 86 04 75 114 238 11": nir_ok,  # French NIR
    "89.07.14-263.71": belgian_id_ok,  # Belgian national number
    "247318604": nif_ok,  # Portuguese NIF
    "1890312407181": cnp_ok,  # Romanian CNP
    "17.482.593-9": rut_ok,  # Chilean RUT
    "38805274214": isikukood_ok,  # Estonian isikukood
    "110590-2539": kennitala_ok,  # Icelandic kennitala
    "895712/4319": rodne_cislo_ok,  # Czech rodné číslo
    "3185472063": rnokpp_ok,  # Ukrainian RNOKPP
    "47 381 592 607": steuer_id_ok,  # German Steuer-ID
    "ZKR4839": nhi_ok,  # New Zealand NHI
    "110108198804176326": china_id_ok,  # Chinese resident identity number
    "284715694": bsn_ok,  # Dutch BSN
    "527 418 362": luhn_len(9),  # Canadian SIN
    "034827154": luhn_len(9),  # Israeli teudat zehut
    "15038572648": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+48 \d{3} \d{3} \d{3}",  # Poland mobile
        r"\+34 6\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"\+380 \d{2} \d{3} \d{2} \d{2}",  # Ukraine mobile
        r"05\d-\d{3}-\d{4}",  # Israel mobile
        r"\+47 \d{3} \d{2} \d{3}",  # Norway mobile
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+351 9\d{2} \d{3} \d{3}",  # Portugal mobile
        r"\+84 9\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"\+27 \d{2} \d{3} \d{4}",  # South Africa mobile
        r"\+971 5\d \d{3} \d{4}",  # UAE mobile
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil mobile
        r"\+254 7\d{2} \d{3} \d{3}",  # Kenya mobile
        r"\+234 [789]0\d \d{3} \d{4}",  # Nigeria mobile
        r"\+64 2\d \d{3} \d{4}",  # New Zealand mobile
    )
]


def check_chat() -> None:
    """Chat texts within their length (a text in a script without spaces by its
    characters) and value count; at least 90 name a person, 15 hold a secret and every
    type appears."""
    for marked in CHAT:
        plain, spans = strip_marks(marked)
        words = len(plain.split())
        short = words < CHAT_WORDS[0] and len(plain) < MIN_CHARS
        count = len({(s["type"], s["value"]) for s in spans})
        if short or words > CHAT_WORDS[1] or not 1 <= count <= 8:
            raise SystemExit(f"chat: {words} words, {count} values in {marked[:60]!r}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {"PERSON"} - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")


def check_records() -> None:
    """Each record names exactly one person and holds one to four other values; about 40
    hold a national id."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: {people} and {len(others)} values in {marked[:60]!r}")
    with_id = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS
    )  # fmt: skip
    if not 35 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")


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
    check_chat()
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_records()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind125", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
