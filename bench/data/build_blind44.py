# ruff: noqa: E501
"""A forty-fourth blind privacy set: 220 pasted technical texts with personal data and 100
clean ones, in the manner of developers, analysts and sysadmins pasting what they have into
a chat assistant.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 176 pastes with English keys (10 to 250 words): JSON, CSV, SQL and psql output, YAML,
  .env and INI files, nginx, sshd, cron, postfix, Windows and application logs, Python,
  Java, Swift and Android stack traces, HTTP requests, git log and blame, LDIF, vCard,
  iCalendar, SAML, HL7, test fixtures and seeders, shell history, with names from more than
  thirty countries, e-mails, phones, addresses, customer, employee, patient, student and
  member numbers, logins (also in home paths), national ids, cards, IBANs, SSNs, passwords,
  API keys and IPs from documentation ranges;
* 44 pastes with terse or non-English keys (``nm``, ``eml``, ``kdnr``, ``nombre``,
  ``imie``, ``氏名``, ``الاسم`` ...) and questions in German, Spanish, French, Dutch,
  Polish, Japanese, Portuguese, Italian, Russian, Indonesian, Arabic, Swedish, Romanian,
  Turkish, Chinese, Hungarian, Croatian and Greek;
* 100 clean technical texts naming no private person: DDL, product catalogues with SKUs,
  df/top/ps/kubectl/free/vmstat output, GC, kernel and systemd logs, stack traces through
  library paths, CI YAML, Dockerfiles, Terraform, configs with placeholders, city, country,
  weather, stock and sports data of famous players, public-company financials, timestamps,
  UUIDs, hashes, versions, algorithms and crypto examples with Alice and Bob.

Usernames and logins, customer, employee, member, patient, student and policy numbers,
passports and national ids are ID_NUMBER; passwords PASSWORD; titles stay outside PERSON
spans; documentation sample values (the ICAO passport, example.com role addresses,
``changeme``) are not labelled; every occurrence of a private value is marked.

All values are invented: phones from fiction ranges where a country has one and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs assignable; IPs from documentation
ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind44.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
    bsn_ok,
    check_national_ids,
    check_values,
    china_id_ok,
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
    kimlik_ok,
    luhn_len,
    my_number_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
    word_count,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 250
WORDS = (10, 250)
SHORT_CHARS = 100
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme)\.?\s", re.IGNORECASE)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

PASTES = [
    # 1
    """can you tell me why this json won't parse? getting 'Unexpected token' at line 4

{
  "customer_id": "[[ID_NUMBER|CUST-884120]]",
  "name": "[[PERSON|Mariana Oliveira]]",
  "email": "[[EMAIL_ADDRESS|mariana.oliveira82@gmail.com]]",
  "phone": "+55 11 98342-7716",
  "tags": ["vip", "newsletter",]
}""",
    """Why does my SQL insert fail with duplicate key? Here's the statement:

INSERT INTO users (id, username, full_name, email, created_at)
VALUES (1042, '[[ID_NUMBER|kwame.asante]]', '[[PERSON|Kwame Asante]]', '[[EMAIL_ADDRESS|kwame.asante@outlook.com]]', NOW());

users.id is a serial column, I think the sequence is out of sync after a restore.""",
    """Getting this stack trace in prod, any idea?

Traceback (most recent call last):
  File "/home/[[ID_NUMBER|tvanderberg]]/projects/billing/run.py", line 88, in <module>
    charge(card="[[CREDIT_CARD|4693 2905 4579 3953]]", amount=129.00)
  File "/home/[[ID_NUMBER|tvanderberg]]/projects/billing/gateway.py", line 41, in charge
    raise GatewayError("CVV mismatch")
gateway.GatewayError: CVV mismatch""",
    """pls convert this csv to json array:

first_name,last_name,email,phone
[[PERSON|Sofia]],[[PERSON|Lindqvist]],[[EMAIL_ADDRESS|sofia.lindqvist@telia.se]],[[PHONE_NUMBER|+46 70 412 88 03]]
[[PERSON|Oskar]],[[PERSON|Berglund]],[[EMAIL_ADDRESS|o.berglund@bredband.net]],[[PHONE_NUMBER|+46 73 905 21 67]]""",
    """Nginx access log — is this a brute force? Same IP hitting /login over and over:

[[IP_ADDRESS|203.0.113.47]] - - [12/Mar/2024:10:14:02 +0000] "POST /login HTTP/1.1" 401 512 "-" "python-requests/2.31"
[[IP_ADDRESS|203.0.113.47]] - - [12/Mar/2024:10:14:02 +0000] "POST /login HTTP/1.1" 401 512 "-" "python-requests/2.31"
[[IP_ADDRESS|203.0.113.47]] - - [12/Mar/2024:10:14:03 +0000] "POST /login HTTP/1.1" 200 1830 "-" "python-requests/2.31"

the last one succeeded for user [[ID_NUMBER|h.nakamura]] which worries me""",
    """My docker-compose keeps failing auth to postgres. Here's the env block:

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: [[ID_NUMBER|dmitri_k]]
      POSTGRES_PASSWORD: [[PASSWORD|Vl4d!vost0k_88]]
      POSTGRES_DB: inventory

error: FATAL: password authentication failed for user "[[ID_NUMBER|dmitri_k]]\"""",
    """Can you write a regex that pulls the IBAN out of lines like this?

2024-05-02;TRANSFER;[[PERSON|Jonas Weber]];[[IBAN_CODE|DE63500105179634164288]];EUR;1450.00;Miete Mai""",
    """git log is showing the wrong author on my commits, how do I rewrite them?

commit 9f3c2a1e7b0d4c55e1a8f6b2d9e0c3a7f1b4d8e2
Author: [[PERSON|Priya Raghunathan]] <[[EMAIL_ADDRESS|priya.r@personal-mail.in]]>
Date:   Tue Apr 9 14:22:10 2024 +0530

    fix pagination off-by-one

I want these to show my work address instead.""",
    """Here's the LDIF entry I'm trying to import, ldapadd says 'invalid DN syntax':

dn: uid=[[ID_NUMBER|amensah]],ou=people,dc=corp,dc=example
objectClass: inetOrgPerson
uid: [[ID_NUMBER|amensah]]
cn: [[PERSON|Abena Mensah]]
sn: [[PERSON|Mensah]]
mail: [[EMAIL_ADDRESS|abena.mensah@corp.example]]
telephoneNumber: [[PHONE_NUMBER|+233 24 418 3307]]""",
    """Why is python's vobject choking on this vcard?

BEGIN:VCARD
VERSION:3.0
FN:[[PERSON|Lukas Novak]]
N:[[PERSON|Novak]];[[PERSON|Lukas]];;;
TEL;TYPE=CELL:[[PHONE_NUMBER|+420 603 481 927]]
EMAIL:[[EMAIL_ADDRESS|lukas.novak@seznam.cz]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]];;;
END:VCARD""",
    # 11
    """test fixture for our signup tests, is it ok to commit this or should I mask it?

@pytest.fixture
def user():
    return User(
        name="[[PERSON|Chloe Dubois]]",
        email="[[EMAIL_ADDRESS|chloe.dubois@orange.fr]]",
        password="[[PASSWORD|Chl03-Marseille!]]",
        phone="[[PHONE_NUMBER|06 39 98 41 27]]",
    )

it's my sister's real account lol""",
    """HTTP request from the mobile app that's returning 422, what's wrong with the body?

POST /api/v2/payments HTTP/1.1
Host: api.shopfront.example
Authorization: Bearer [[API_KEY|sk_live_51NxQp8Lr2ZkT7vWmA3cH9dF0yBq4eJ6u]]
Content-Type: application/json

{"holder": "[[PERSON|Aarav Mehta]]", "pan": "[[CREDIT_CARD|4982805616692816]]", "exp": "11/27", "cvc": "418"}""",
    """ok so the yaml below is for our helm values and the pod won't start. says invalid type

smtp:
  host: smtp.mailgun.org
  port: "587"
  user: [[EMAIL_ADDRESS|postmaster@mg.hannah-fischer.de]]
  pass: [[PASSWORD|hF!2023smtp#relay]]
  from: [[PERSON|Hannah Fischer]] <[[EMAIL_ADDRESS|hannah@hannah-fischer.de]]>""",
    """Query returns duplicates, help:

SELECT c.customer_no, c.name, o.order_id
FROM customers c JOIN orders o ON o.cust = c.customer_no
WHERE c.customer_no = '[[ID_NUMBER|C-20931]]';

 customer_no |      name       | order_id
-------------+-----------------+----------
 [[ID_NUMBER|C-20931]]     | [[PERSON|Tomasz Wójcik]]   |   778120
 [[ID_NUMBER|C-20931]]     | [[PERSON|Tomasz Wójcik]]   |   778120
 [[ID_NUMBER|C-20931]]     | [[PERSON|Tomasz Wójcik]]   |   778135""",
    """Spring Boot log, the user lookup NPE. What's null here?

2024-06-11 09:41:17.332 ERROR 1 --- [nio-8080-exec-4] c.a.u.UserService : lookup failed for email=[[EMAIL_ADDRESS|yuki.tanaka@docomo.ne.jp]] employeeId=[[ID_NUMBER|E-55418]]
java.lang.NullPointerException: Cannot invoke "com.acme.user.Address.getCity()" because "addr" is null
	at com.acme.user.UserService.format(UserService.java:212)""",
    """I exported contacts from our CRM and the phone column is mangled in Excel (scientific notation). Sample:

id;Name;Telefon;E-Mail
311;[[PERSON|Katharina Brandt]];[[PHONE_NUMBER|+49 151 23847719]];[[EMAIL_ADDRESS|k.brandt@web.de]]
312;[[PERSON|Felix Hoffmann]];[[PHONE_NUMBER|+49 172 9083316]];[[EMAIL_ADDRESS|felix.hoffmann@gmx.net]]

how do I keep them as text?""",
    """auth.log after our ssh box got weird:

Mar 14 03:12:44 bastion sshd[2211]: Accepted password for [[ID_NUMBER|rgupta]] from [[IP_ADDRESS|198.51.100.23]] port 51122 ssh2
Mar 14 03:12:51 bastion sudo:   [[ID_NUMBER|rgupta]] : TTY=pts/0 ; PWD=/home/[[ID_NUMBER|rgupta]] ; USER=root ; COMMAND=/bin/bash

[[PERSON|Rohit]] says it wasn't him. how do i check what else that session did""",
    """Can you help me write a pandas filter for rows where the card is expired? df.head():

   account_id      holder              card_number  exp
0  [[ID_NUMBER|ACC-100482]]  [[PERSON|Emeka Okafor]]  [[CREDIT_CARD|5265100256586741]]  03/23
1  [[ID_NUMBER|ACC-100483]]  [[PERSON|Ngozi Eze]]     [[CREDIT_CARD|4914717674632936]]  09/26""",
    """The webhook payload from Stripe-ish provider, I need to map it to our model:

{
  "event": "customer.updated",
  "data": {
    "id": "[[ID_NUMBER|cus_Pq81Lm2XvT]]",
    "name": "[[PERSON|Isabella Rossi]]",
    "email": "[[EMAIL_ADDRESS|isabella.rossi@libero.it]]",
    "address": {"line1": "[[STREET_ADDRESS|Via Garibaldi 27, 10122 Torino]]"}
  }
}""",
    """why does my .env not get loaded in the container

DATABASE_URL=postgres://[[ID_NUMBER|mlopez]]:[[PASSWORD|Tacos4Ever!]]@db:5432/app
SENTRY_DSN=https://[[API_KEY|3f9a1c7e2b8d4f60a5e1c9b7d3f2a8e4]]@o44812.ingest.sentry.io/450123
ADMIN_EMAIL=[[EMAIL_ADDRESS|miguel.lopez.dev@gmail.com]]""",
    # 21
    """Hey, k8s secret decoded and it looks off? base64 -d gives me:

username: [[ID_NUMBER|svc-olena]]
password: [[PASSWORD|Kyiv2022_Sunflower]]

is the trailing newline what breaks the login?""",
    """Can you dedupe this list of attendees? Some emails repeat with different casing.

[[PERSON|Fatima Zahra El Amrani]], [[EMAIL_ADDRESS|fz.elamrani@menara.ma]]
[[PERSON|Youssef Benali]], [[EMAIL_ADDRESS|youssef.benali@gmail.com]]
[[PERSON|Fatima Zahra El Amrani]], [[EMAIL_ADDRESS|FZ.ElAmrani@menara.ma]]""",
    """Django test is failing on the address validator. The fixture:

- model: shop.customer
  pk: 17
  fields:
    full_name: [[PERSON|Liam O'Sullivan]]
    street: "[[STREET_ADDRESS|14 Ashgrove Terrace, Ballincollig, Co. Cork P31 X2K4]]"
    phone: "[[PHONE_NUMBER|+353 87 214 6630]]"

error: "Eircode format invalid". The eircode looks right to me?""",
    """How do I mask the SSN column in this Postgres view? Right now analysts see:

 emp_id | name            | ssn
--------+-----------------+-------------
 [[ID_NUMBER|40071]]  | [[PERSON|Jasmine Carter]]  | [[US_SSN|512-48-3307]]
 [[ID_NUMBER|40072]]  | [[PERSON|Derek Holloway]]  | [[US_SSN|287-61-9054]]""",
    """Our payroll export to the bank is rejected "invalid IBAN" on row 2:

name,iban,amount
[[PERSON|Pieter de Vries]],[[IBAN_CODE|NL95RABO7181446113]],2450.00
[[PERSON|Sanne Jansen]],[[IBAN_CODE|NL62 INGB 9977 7770 28]],2310.00

is it just the spaces?""",
    """Rails console output, why is the user not saved?

irb(main):004:0> u = User.new(email: "[[EMAIL_ADDRESS|ahmed.hassan@yahoo.com]]", name: "[[PERSON|Ahmed Hassan]]", phone: "[[PHONE_NUMBER|+20 100 482 7731]]")
irb(main):005:0> u.save
=> false
irb(main):006:0> u.errors.full_messages
=> ["Password can't be blank"]""",
    """ok trying to debug cron. /var/log/syslog:

Jun  3 02:00:01 web01 CRON[18833]: ([[ID_NUMBER|nkariuki]]) CMD (/home/[[ID_NUMBER|nkariuki]]/bin/backup.sh >> /home/[[ID_NUMBER|nkariuki]]/backup.log 2>&1)
Jun  3 02:00:01 web01 CRON[18832]: (CRON) info (No MTA installed, discarding output)

why isn't my backup log getting written?""",
    """This curl works but the python version doesn't, what's different?

curl -u [[ID_NUMBER|jsmith_api]]:[[PASSWORD|Wint3r-is-c0ming]] https://jira.example.com/rest/api/2/myself

requests.get(url, auth=("[[ID_NUMBER|jsmith_api]]", "[[PASSWORD|Wint3r-is-c0ming]]"))  # returns 401""",
    """Excel formula to split "Surname, Given" into two columns? column A looks like:

[[PERSON|Kowalczyk, Agnieszka]]
[[PERSON|Nguyen, Thi Lan]]
[[PERSON|Schmidt, Jürgen]]
[[PERSON|Haddad, Rami]]""",
    """terraform plan leaked this in the output, how do i mark it sensitive?

  + resource "aws_db_instance" "main" {
      + username = "[[ID_NUMBER|ana_morales]]"
      + password = "[[PASSWORD|Qz7!pLm2#rTx]]"
      + engine   = "postgres"
    }""",
    # 31
    """Mongo query returning nothing, the doc definitely exists:

db.patients.find({ mrn: "[[ID_NUMBER|MRN-0048213]]" })

doc as seen in Compass:
{ _id: ObjectId("65f1a2b3c4d5e6f708192a3b"), mrn: "[[ID_NUMBER|MRN-0048213]] ", name: "[[PERSON|Gabriela Castro]]", dob: "1979-08-14" }

trailing space??""",
    """need a bash one-liner to pull emails out of this mailbox log

Apr 22 11:03:11 mx postfix/smtp[3321]: 4F1A2C: to=<[[EMAIL_ADDRESS|t.ishikawa@softbank.ne.jp]]>, relay=none, status=deferred
Apr 22 11:03:12 mx postfix/smtp[3322]: 7B9D0E: to=<[[EMAIL_ADDRESS|beatriz.santos@sapo.pt]]>, relay=mx.sapo.pt, status=sent
Apr 22 11:03:15 mx postfix/smtp[3323]: 8C0E1F: to=<noreply@example.com>, status=bounced""",
    """Jest snapshot diff failing and I don't get why:

-   "displayName": "[[PERSON|Chen Wei]]",
+   "displayName": "[[PERSON|Wei Chen]]",
    "email": "[[EMAIL_ADDRESS|chen.wei1990@163.com]]",

our formatter flips Chinese names apparently? what's the right way to handle family name first""",
    """Our form posts this and the backend says the IBAN is invalid, but the bank says it's fine?

iban=[[IBAN_CODE|FR2120041846532625313246203]]&holder=[[PERSON|Camille Lefèvre]]&bic=PSSTFRPPXXX""",
    """AWS CLI error, I've set the keys:

$ cat ~/.aws/credentials
[default]
aws_access_key_id = [[API_KEY|AKIAZ7QW3XRT5YV2LM4N]]
aws_secret_access_key = [[API_KEY|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]]

$ aws s3 ls
An error occurred (SignatureDoesNotMatch)""",
    """can u make this xml into a csv

<employees>
  <employee id="[[ID_NUMBER|E7731]]"><name>[[PERSON|Olumide Bakare]]</name><ext>[[PHONE_NUMBER|+234 803 552 1904]]</ext></employee>
  <employee id="[[ID_NUMBER|E7732]]"><name>[[PERSON|Chiamaka Nwosu]]</name><ext>[[PHONE_NUMBER|+234 809 117 6348]]</ext></employee>
</employees>""",
    """Why does this Go struct unmarshal leave Address empty?

type Customer struct {
    Name    string `json:"name"`
    Address string `json:"address"`
}

input: {"name":"[[PERSON|Hamish MacLeod]]","Address ":"[[STREET_ADDRESS|27 Rose Street, Edinburgh EH2 2NH]]","tel":"[[PHONE_NUMBER|0131 496 0418]]"}""",
    """Sentry event, user context attached. How do I stop it from sending the IP?

user: {
  id: "[[ID_NUMBER|u_88213]]",
  email: "[[EMAIL_ADDRESS|elif.yilmaz@hotmail.com]]",
  ip_address: "[[IP_ADDRESS|198.51.100.164]]",
  username: "[[ID_NUMBER|elifyilmaz]]"
}""",
    """Hi, I'm merging two customer tables and need a fuzzy match. Examples that should match:

A: "[[PERSON|José María García]]", "[[EMAIL_ADDRESS|jmgarcia@telefonica.es]]"
B: "[[PERSON|Jose Maria Garcia]]", "[[EMAIL_ADDRESS|JMGarcia@Telefonica.es]]"

what similarity metric would you use?""",
    """pytest output:

FAILED tests/test_export.py::test_vcard - AssertionError: assert 'TEL:[[PHONE_NUMBER|+61 491 570 206]]' == 'TEL:[[PHONE_NUMBER|+61 491 570 206]]'

the left side is what we generate for [[PERSON|Mitchell Harper]]... they look identical?? maybe non breaking space""",
    # 41
    """here's my whole ~/.netrc, why does git still prompt for password

machine github.com
  login [[ID_NUMBER|ravi-shankar-k]]
  password [[API_KEY|ghp_8Zt3Lq0Wm5Nr7Vx2Bk9Yc4Hd1Jf6Ps3Ga0Eu]]""",
    """Got a CSV of donors, need total per person. Sample:

donor,email,amount,card_last4
[[PERSON|Margaret Whitfield]],[[EMAIL_ADDRESS|mwhitfield@btinternet.com]],50.00,8812
[[PERSON|Margaret Whitfield]],[[EMAIL_ADDRESS|mwhitfield@btinternet.com]],25.00,8812
[[PERSON|Arjun Pillai]],[[EMAIL_ADDRESS|arjun.pillai@rediffmail.com]],100.00,4407""",
    """Windows event log, someone locked out:

An account failed to log on.
Account For Which Logon Failed:
  Security ID:    NULL SID
  Account Name:   [[ID_NUMBER|m.kovacs]]
  Account Domain: CORP
Network Information:
  Workstation Name: LT-0412
  Source Network Address: [[IP_ADDRESS|192.0.2.58]]

is this the same user as [[PERSON|Márta]] on helpdesk ticket 5521?""",
    """Mapping this Salesforce export to our schema, what type should PersonBirthdate be?

Id,FirstName,LastName,PersonEmail,PersonMobilePhone,PersonBirthdate
0035g00000XyZ1a,[[PERSON|Renata]],[[PERSON|Vasquez]],[[EMAIL_ADDRESS|renata.vasquez@prodigy.net.mx]],[[PHONE_NUMBER|+52 55 4172 9086]],1988-02-29""",
    """Is it safe to log this? our middleware prints the full request:

DEBUG request headers={'Cookie': 'session=abc', 'X-User': '[[EMAIL_ADDRESS|lars.eriksen@online.no]]'} body={'password': '[[PASSWORD|Fjord#Bergen77]]', 'remember': true}""",
    """kubectl describe shows the configmap, but app reads empty value?

Data
====
ALERT_EMAIL:
----
[[EMAIL_ADDRESS|oncall.thandiwe@gmail.com]]
ALERT_SMS:
----
[[PHONE_NUMBER|+27 82 447 3190]]""",
    """how to fix mojibake in this export? should be "[[PERSON|Zoë Müller]]"

id,name,street
98,[[PERSON|ZoÃ« MÃ¼ller]],"[[STREET_ADDRESS|Kastanienallee 41, 10435 Berlin]]"

the name shows broken but the street has no umlaut so it survived""",
    """Write me a SQL UPDATE that fixes the phone format for this one customer:

SELECT * FROM contacts WHERE id = 5531;
 id   | name             | phone        | email
------+------------------+--------------+---------------------------
 5531 | [[PERSON|Brianna Kowalski]] | [[PHONE_NUMBER|3125550147]]   | [[EMAIL_ADDRESS|bkowalski88@aol.com]]

want it as (312) 555-0147""",
    """tcpdump showed this cleartext HTTP basic auth on port 80, how bad is it?

GET /admin HTTP/1.1
Host: [[IP_ADDRESS|203.0.113.9]]
Authorization: Basic YWRtaW46aHVudGVyMg==

decoded that's admin:admin which is the default, but the next one was [[ID_NUMBER|vpetrova]]:[[PASSWORD|Neva!Spb1703]]""",
    """This is our test seed data, the linter says it has a PII problem. Is it right?

seed_users = [
  {"login": "[[ID_NUMBER|mthompson]]", "email": "[[EMAIL_ADDRESS|mark.thompson@comcast.net]]", "ssn": "[[US_SSN|431-72-8806]]"},
  {"login": "alice", "email": "alice@example.com", "ssn": null},
]""",
    # 51
    """What's the format of this bank statement line? I'm writing a parser for MT940:

:61:2405020502D1250,00NTRFNONREF//
:86:166?00SEPA-UEBERWEISUNG?20[[PERSON|Martina Huber]]?21Miete?31[[IBAN_CODE|AT178376810745908247]]""",
    """Our CRM API returned this for a lead, I need to know which field is the mobile:

{"lead":{"fn":"[[PERSON|Rafael]]","ln":"[[PERSON|Mendoza]]","ph1":"[[PHONE_NUMBER|+63 917 482 3305]]","ph2":"[[PHONE_NUMBER|+63 2 8841 7720]]","addr":"[[STREET_ADDRESS|88 Mabini St, Malate, Manila 1004]]"}}""",
    """node crashed on startup, here's the config it printed:

{ port: 3000,
  mail: { user: '[[EMAIL_ADDRESS|nadia.karimi.work@gmail.com]]', pass: '[[PASSWORD|gmail-app-pw-xkqz]]' },
  stripeKey: '[[API_KEY|sk_live_51OaZk3Hq9TmR2Lw8Yp4Nc7Vb1]]' }
TypeError: Cannot read properties of undefined (reading 'host')""",
    """Can you spot the bug? the function is supposed to mask all but the last 4 digits

>>> mask("[[CREDIT_CARD|6011813089061428]]")
'************1428'
>>> mask("[[CREDIT_CARD|3727 550379 02565]]")
'************** 02565'

amex with spaces isn't handled""",
    """Pasting the Apache error log:

[Tue May 14 16:02:11.104 2024] [auth_basic:error] [pid 4410] [client [[IP_ADDRESS|198.51.100.77]]:60211] AH01617: user [[ID_NUMBER|gbianchi]]: authentication failure for "/intranet": Password Mismatch

[[PERSON|Giulia]] swears she typed it right""",
    """I need to anonymize this before sharing with the vendor. What's the minimum I have to change?

ticket_id,reporter,reporter_email,reporter_ip,summary
T-9912,[[PERSON|Hiroshi Watanabe]],[[EMAIL_ADDRESS|h.watanabe@nifty.com]],[[IP_ADDRESS|192.0.2.201]],cannot export pdf""",
    """Why does Flyway complain about checksum? I edited V3 to fix a typo in seed data:

INSERT INTO staff (staff_no, name, mobile) VALUES
('[[ID_NUMBER|ST-0093]]', '[[PERSON|Aoife Brennan]]', '[[PHONE_NUMBER|+353 86 731 4428]]'),
('[[ID_NUMBER|ST-0094]]', '[[PERSON|Cian Murphy]]', '[[PHONE_NUMBER|+353 85 602 1197]]');""",
    """please fix the indentation on this yaml, ansible is crying

users:
  - name: [[ID_NUMBER|bkhumalo]]
    comment: "[[PERSON|Bongani Khumalo]]"
   password: "{{ vault_bkhumalo_pw }}"
    groups: wheel""",
    """The Twilio log for the failed SMS:

Date Sent: 2024-02-18 07:41 UTC
From: 81422
To: [[PHONE_NUMBER|+1 416 555 0162]]
Body: Hi [[PERSON|Danielle]], your verification code is 448213
Status: undelivered (30003)

what does 30003 mean""",
    """My ORM generates this query and it's slow, any index I should add?

SELECT * FROM "accounts" WHERE lower("email") = '[[EMAIL_ADDRESS|wojciech.zielinski@wp.pl]]' AND "pesel" = '[[ID_NUMBER|99344503674]]' LIMIT 1;

table has ~8M rows""",
    # 61
    """har file from the browser, the login fails with 400. relevant bit:

"postData": {
  "mimeType": "application/x-www-form-urlencoded",
  "text": "username=[[ID_NUMBER|carolina.ferreira]]&password=[[PASSWORD|Lisboa%402024]]&otp="
}

is the %40 the problem?""",
    """Need a jq command to get only name and phone from:

[{"name":"[[PERSON|Kofi Boateng]]","phone":"[[PHONE_NUMBER|+233 20 774 1860]]","role":"driver"},
 {"name":"[[PERSON|Efua Owusu]]","phone":"[[PHONE_NUMBER|+233 26 310 5592]]","role":"dispatcher"}]""",
    """Why does my html email template show {{name}} literally? rendered preview:

Dear {{name}},
Your order ships to:
[[STREET_ADDRESS|1207 Maple Ridge Dr, Boulder, CO 80304]]
Questions? Reply to [[EMAIL_ADDRESS|shannon.price@fastmail.com]] and ask for [[PERSON|Shannon]].""",
    """pg_dump of one row came out like this, how do I restore just that?

COPY public.members (member_no, full_name, email, iban) FROM stdin;
[[ID_NUMBER|M-004417]]	[[PERSON|Mikkel Sørensen]]	[[EMAIL_ADDRESS|mikkel.sorensen@mail.dk]]	[[IBAN_CODE|DK5286281448706273]]
\\.""",
    """Here's the error from our KYC service when uploading a customer:

ValidationError: field 'tax_id' invalid for country BR
payload: {"nome": "[[PERSON|Thiago Almeida]]", "cpf": "[[ID_NUMBER|412.859.587-05]]", "email": "[[EMAIL_ADDRESS|thiago.almeida@uol.com.br]]"}

the CPF has dots, does the API want digits only?""",
    """help me write a unit test for this parser; sample input line:

2024-01-07T08:15:22Z login ok user=[[ID_NUMBER|a.petrosyan]] ip=[[IP_ADDRESS|2001:db8:4a1::17]] agent="Firefox/121"

should return a dict with user, ip, agent""",
    """The git blame on this line says someone committed an API key. How do I purge it from history?

config/prod.py  ([[PERSON|Sanjay Iyer]] 2023-11-02) OPENAI_API_KEY = "[[API_KEY|sk-proj-Xq3Lm9Tz7Rw2Vb5Nk8Jh4Fd1Gs6Ap0Ce]]"

([[PERSON|Sanjay]] left last year)""",
    """Can you convert this to a proper SQL INSERT?

Name: [[PERSON|Valentina Russo]]
Codice fiscale: [[ID_NUMBER|RSSGNN85L42F839G]]
Indirizzo: [[STREET_ADDRESS|Corso Vittorio Emanuele II 18, 80121 Napoli]]
Cell: [[PHONE_NUMBER|+39 347 218 6604]]""",
    """graphql query returns null for `owner`:

{
  "data": {
    "repository": {
      "name": "dotfiles",
      "owner": null,
      "collaborators": [{"login": "[[ID_NUMBER|tobi-adeyemi]]", "email": "[[EMAIL_ADDRESS|tobi.adeyemi@protonmail.com]]"}]
    }
  }
}""",
    """our airflow DAG log printed a connection URI, how do i redact those in logs?

[2024-04-03, 01:00:07 UTC] {base.py:73} INFO - Using connection ID 'warehouse' for task execution.
[2024-04-03, 01:00:07 UTC] {sql.py:412} INFO - uri: snowflake://[[ID_NUMBER|INGRID_SOLBERG]]:[[PASSWORD|Tromso-Aurora-9]]@xy12345.eu-west-1/ANALYTICS""",
    # 71
    """My regex for UK postcodes misses this one, why?

address: "[[STREET_ADDRESS|Flat 3, 22 Kelvin Road, London N5 2PR]]"
customer: [[PERSON|Aisha Rahman]]
mobile: [[PHONE_NUMBER|07700 900614]]

pattern: ^[A-Z]{1,2}\\d{1,2} \\d[A-Z]{2}$""",
    """Docker logs of our auth service:

auth-1  | 2024-05-21 12:00:03 WARN  too many attempts user_email=[[EMAIL_ADDRESS|mateo.fernandez@hotmail.com]] src=[[IP_ADDRESS|203.0.113.112]]
auth-1  | 2024-05-21 12:00:04 WARN  too many attempts user_email=[[EMAIL_ADDRESS|mateo.fernandez@hotmail.com]] src=[[IP_ADDRESS|203.0.113.112]]
auth-1  | 2024-05-21 12:00:05 INFO  lockout applied

how long does the lockout last by default in keycloak?""",
    """Is this a valid Aadhaar for testing? our validator rejects it

{"name": "[[PERSON|Lakshmi Narayanan]]", "aadhaar": "[[ID_NUMBER|6158 5096 6132]]", "mobile": "[[PHONE_NUMBER|+91 98450 31276]]"}""",
    """Gitlab CI job printed this, I thought masked variables were hidden?

$ echo "deploying as $DEPLOY_USER"
deploying as [[ID_NUMBER|fabian.keller]]
$ sshpass -p "[[PASSWORD|Alpen_Glow#42]]" ssh deploy@prod

the password wasn't masked because it has a # in it?""",
    """Convert this phone list to E.164 please

[[PERSON|Wanjiru Kamau]] - [[PHONE_NUMBER|0722 418 603]]
[[PERSON|Otieno Ochieng]] - [[PHONE_NUMBER|0733 902 115]]
[[PERSON|Achieng Odhiambo]] - [[PHONE_NUMBER|0711 367 240]]

all Kenyan""",
    """Hi! I wrote this SQLAlchemy model and the unique constraint doesn't seem to work:

>>> s.add(Patient(nhs_no="[[ID_NUMBER|422 934 3396]]", name="[[PERSON|Gareth Llewellyn]]"))
>>> s.add(Patient(nhs_no="[[ID_NUMBER|4229343396]]", name="[[PERSON|Gareth Llewellyn]]"))
>>> s.commit()   # no error!

I guess because of the spaces?""",
    """Logstash grok failing on this line, can u give me the pattern?

2024-03-30 22:17:40,118 [payment] INFO charge ok cust=[[ID_NUMBER|C8814402]] card=[[CREDIT_CARD|5951307867081843]] amt=49.99 EUR""",
    """Can you reformat this signature block for our email template? keep it short

--
Dr. [[PERSON|Ewa Zielińska]]
Senior Data Engineer
[[PHONE_NUMBER|+48 601 447 289]] | [[EMAIL_ADDRESS|ewa.zielinska@dataforge.pl]]
[[STREET_ADDRESS|ul. Marszałkowska 84/92, 00-514 Warszawa]]""",
    """Why is the diff so big? I only changed one field

-  "phone": "[[PHONE_NUMBER|+90 532 418 7760]]",
+  "phone": "[[PHONE_NUMBER|+90 532 418 7761]]",
   "name": "[[PERSON|Emre Aydın]]",
   "tc_kimlik": "[[ID_NUMBER|27950745638]]"

oh wait it's line endings probably""",
    """browser console shows this localStorage, is it bad practice?

> localStorage.getItem("user")
'{"id":90121,"email":"[[EMAIL_ADDRESS|sara.cohen@walla.co.il]]","token":"[[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI5MDEyMSJ9.q3Kz8mLr2Tn7VwXy5Bp1Hd4Fg6Js0Ac9Ue2Wo]]"}'""",
]

PASTES += [
    # 81
    """What's wrong with this cron'd mysqldump? It prompts for a password:

mysqldump -u [[ID_NUMBER|hkim]] -p[[PASSWORD|Seoul#Han2019]] --single-transaction shop > /home/[[ID_NUMBER|hkim]]/dumps/shop.sql

works interactively, not in cron""",
    """Here's a row from our HR export, the date column won't parse:

EmpNo|Name|Hire Date|Personnummer|Bank
[[ID_NUMBER|30418]]|[[PERSON|Elin Johansson]]|2019/13/01|[[ID_NUMBER|900729-0068]]|[[IBAN_CODE|SE0648234246497261565147]]

month 13 obviously, but why didn't the import reject it?""",
    """Java exception when sending the welcome email, full trace below

javax.mail.SendFailedException: Invalid Addresses;
  nested exception is:
	com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <[[EMAIL_ADDRESS|ngoc.anh.tran@gmial.com]]>: Recipient address rejected
	at com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)

pretty sure it's a typo of gmail, should we auto-correct domains?""",
    """I want a Python script that reads this and prints a greeting per line

[[PERSON|Ingrid Halvorsen]];[[EMAIL_ADDRESS|ingrid.halvorsen@getmail.no]]
[[PERSON|Magnus Berg]];[[EMAIL_ADDRESS|magnus.berg@lyse.net]]
[[PERSON|Sigrid Dahl]];[[EMAIL_ADDRESS|sigrid.dahl@altibox.no]]""",
    """our monitoring fired on this. Is a login from two countries within 5 min impossible travel?

user=[[ID_NUMBER|okonkwo.c]] time=09:01:12 ip=[[IP_ADDRESS|198.51.100.201]] geo=Lagos,NG
user=[[ID_NUMBER|okonkwo.c]] time=09:05:40 ip=[[IP_ADDRESS|203.0.113.88]] geo=Frankfurt,DE""",
    """This Laravel seeder inserts the wrong hash, the user can't log in:

User::create([
    'name' => '[[PERSON|Rania Khalil]]',
    'email' => '[[EMAIL_ADDRESS|rania.khalil@live.com]]',
    'password' => '[[PASSWORD|Beirut_Cedar_2024]]',
]);

should I be using Hash::make?""",
    """debugging a wireshark capture of SIP, this INVITE looks malformed?

INVITE sip:[[PHONE_NUMBER|+493023125441]]@voip.example.net SIP/2.0
From: "[[PERSON|Niklas Braun]]" <sip:[[ID_NUMBER|nbraun]]@voip.example.net>;tag=88a1
Contact: <sip:[[ID_NUMBER|nbraun]]@[[IP_ADDRESS|192.0.2.140]]:5060>""",
    """Need help with vlookup. Sheet1:

Student ID | Name             | Email
[[ID_NUMBER|S2023-1187]] | [[PERSON|Chloé Martin]]     | [[EMAIL_ADDRESS|chloe.martin@etu.univ-lyon.fr]]
[[ID_NUMBER|S2023-1188]] | [[PERSON|Baptiste Roux]]    | [[EMAIL_ADDRESS|baptiste.roux@etu.univ-lyon.fr]]

sheet2 has grades by student id""",
    """stack trace from the iOS app:

Fatal error: Unexpectedly found nil while unwrapping an Optional value
  UserProfileViewController.swift:118
  profile = Profile(name: "[[PERSON|Haruto Sato]]", email: "[[EMAIL_ADDRESS|haruto.sato@icloud.com]]", phone: nil)

so phone is nil, but why does it crash there and not later""",
    """Redis MONITOR output, why are we storing this in plain text?

1715012345.118 [0 [[IP_ADDRESS|192.0.2.33]]:51820] "SET" "session:9f2a" "{\\"uid\\":\\"[[ID_NUMBER|u-771204]]\\",\\"email\\":\\"[[EMAIL_ADDRESS|noa.levi@gmail.com]]\\"}"
1715012345.119 [0 [[IP_ADDRESS|192.0.2.33]]:51820] "EXPIRE" "session:9f2a" "3600\"""",
    # 91
    """Regex help: I want to match Spanish DNIs in free text. Sample line from the log:

2024-02-11 alta cliente [[PERSON|Lucía Navarro]] DNI [[ID_NUMBER|79409186F]] tel [[PHONE_NUMBER|+34 612 48 33 90]]""",
    """Why is my CSV import splitting this address into two rows?

name,address,phone
[[PERSON|Grace Whitaker]],"[[STREET_ADDRESS|Apt 4B
310 Larkin St, San Francisco, CA 94102]]",[[PHONE_NUMBER|(415) 555-0139]]""",
    """the k8s pod env from `kubectl exec env` — should this be in a secret instead?

HOSTNAME=api-7d9f8b-xk2lp
PAYPAL_CLIENT_SECRET=[[API_KEY|EOq8Zt2LmR7vXk3Wn9Yb5Jc1Hd4Fs6Ga0Pe]]
OWNER_CONTACT=[[EMAIL_ADDRESS|darius.farahani@gmail.com]]
KUBERNETES_SERVICE_HOST=10.96.0.1""",
    """Rust serde error: missing field `iban`. Input:

{"account_holder": "[[PERSON|Maximilian Gruber]]", "IBAN": "[[IBAN_CODE|AT77 3200 0182 0357 6253]]"}

is it case sensitive?""",
    """Writing a test for our phone normaliser. Cases:

assert norm("[[PHONE_NUMBER|020 7946 0391]]") == "+442079460391"
assert norm("[[PHONE_NUMBER|(202) 555-0176]]") == "+12025550176"

these are for the contacts of [[PERSON|Oliver Bennett]] which caused the bug report""",
    """Can you explain this audit log JSON from Google Workspace?

{"actor":{"email":"[[EMAIL_ADDRESS|admin.tanvir@acme-labs.io]]"},"events":[{"name":"CHANGE_PASSWORD","parameters":[{"name":"USER_EMAIL","value":"[[EMAIL_ADDRESS|farzana.haque@acme-labs.io]]"}]}],"ipAddress":"[[IP_ADDRESS|203.0.113.150]]"}""",
    """why is this PowerShell failing to create the AD user?

New-ADUser -Name "[[PERSON|Anders Nilsson]]" -SamAccountName "[[ID_NUMBER|anilsson]]" -AccountPassword (ConvertTo-SecureString "[[PASSWORD|Gothenburg!2024]]" -AsPlainText -Force) -Enabled $true

error: The password does not meet the length, complexity, or history requirement""",
    """Shipment label API keeps rejecting the address. Request body:

{
  "recipient": "[[PERSON|Tran Minh Khoa]]",
  "address": "[[STREET_ADDRESS|45 Lý Thường Kiệt, Phường Trần Hưng Đạo, Quận Hoàn Kiếm, Hà Nội]]",
  "phone": "[[PHONE_NUMBER|+84 912 384 607]]"
}

maybe the diacritics?""",
    """pytest failure:

E   AssertionError: assert {'email': '[[EMAIL_ADDRESS|kateryna.bondar@ukr.net]]', 'name': '[[PERSON|Kateryna Bondar]]'} == {'email': '[[EMAIL_ADDRESS|Kateryna.Bondar@ukr.net]]', 'name': '[[PERSON|Kateryna Bondar]]'}

should emails be compared case-insensitively?""",
    """Lighthouse flagged our /account page; this is the html it rendered server-side:

<input type="hidden" name="ssn" value="[[US_SSN|604-18-2273]]">
<p>Welcome back, [[PERSON|Tyrone Jackson]]</p>

yeah I know. how do I get rid of the hidden input without breaking the form""",
    # 101
    """Can you write me a SQL to find the duplicate patient records? These two are the same person:

patient_id | surname   | forename | dob        | postcode
[[ID_NUMBER|P-88120]]    | [[PERSON|O'Connor]]  | [[PERSON|Siobhan]]  | 1984-06-02 | BT7 1NN
[[ID_NUMBER|P-91477]]    | [[PERSON|OConnor]]   | [[PERSON|Siobhan]]  | 1984-06-02 | BT7 1NN""",
    """The API doc says send the key in a header but this returns 403:

curl https://api.weather-pro.example/v1/forecast?city=Oslo -H "X-Api-Key: [[API_KEY|wp_9dK2mQ7zL4xR8tV1nB6cJ3hF0gS5aE2y]]"

it's my personal key from the free tier""",
    """Elastic query returning the wrong doc:

GET customers/_search
{ "query": { "match": { "name": "[[PERSON|Mohammed Al-Farsi]]" } } }

hits[0]._source = {"name": "[[PERSON|Mohammed Al-Harthy]]", "phone": "[[PHONE_NUMBER|+968 9241 7730]]"}

how do I make it match the full phrase""",
    """My vCard export is missing the address, here's what it writes:

BEGIN:VCARD
VERSION:4.0
FN:[[PERSON|Marta Kowalska]]
TEL;TYPE=work:[[PHONE_NUMBER|+48 22 418 73 06]]
EMAIL:[[EMAIL_ADDRESS|marta.kowalska@onet.pl]]
END:VCARD

address should be [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]]""",
    """how do i grep for all failed logins in journalctl and group by user? sample:

May 02 21:40:11 nas sshd[9911]: Failed password for [[ID_NUMBER|pedro]] from [[IP_ADDRESS|198.51.100.9]] port 41290 ssh2
May 02 21:40:15 nas sshd[9913]: Failed password for invalid user oracle from [[IP_ADDRESS|198.51.100.9]] port 41302 ssh2""",
    """This Stripe test is failing in CI but not locally:

stripe.Customer.create(
    name="[[PERSON|Ruth Abernathy]]",
    email="[[EMAIL_ADDRESS|ruth.abernathy@sbcglobal.net]]",
    phone="[[PHONE_NUMBER|(214) 555-0188]]",
)

CI uses the restricted key, maybe that's it""",
    """Can you turn this into a markdown table?

Owner: [[PERSON|Nikos Papadopoulos]]
Email: [[EMAIL_ADDRESS|npapadopoulos@otenet.gr]]
Mobile: [[PHONE_NUMBER|+30 694 418 2275]]
Address: [[STREET_ADDRESS|Ermou 54, 105 63 Athens]]""",
    """exception in our flask app:

sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "users_email_key"
DETAIL:  Key (email)=([[EMAIL_ADDRESS|bui.thanh.huong@yahoo.com.vn]]) already exists.

should I catch it or check before insert?""",
    """Our password reset emails come out like this, why is the name blank?

Subject: Reset your password
To: [[EMAIL_ADDRESS|sebastien.girard@free.fr]]

Hi ,
Use this link: https://app.example.com/reset?t=8f1e...

the user record has first_name = '[[PERSON|Sébastien]]'""",
    """I need a python function that validates Turkish ID numbers. Test case from our data:

{"ad": "[[PERSON|Zeynep]]", "soyad": "[[PERSON|Kaya]]", "tckn": "[[ID_NUMBER|20644049548]]"}""",
    # 111
    """Why does Outlook show this meeting invite from a weird address?

ORGANIZER;CN="[[PERSON|Aleksander Nowicki]]":mailto:[[EMAIL_ADDRESS|a.nowicki@kancelaria-nowicki.pl]]
ATTENDEE;CN="[[PERSON|Joanna Lis]]";RSVP=TRUE:mailto:[[EMAIL_ADDRESS|joanna.lis@interia.pl]]""",
    """ok this is embarrassing but our log shipper sent this to the public bucket:

{"ts":"2024-05-09T13:02:44Z","level":"info","msg":"payout created","payee":"[[PERSON|Hugo Lambert]]","iban":"[[IBAN_CODE|BE71898620736861]]","amount":820}

what do I need to do, GDPR wise?""",
    """Could you give me a SQL CHECK constraint for Norwegian national ids? example row:

INSERT INTO kunde VALUES ('[[ID_NUMBER|15038887847]]', '[[PERSON|Kari Lie-Haugen]]');""",
    """The bash history of a departed employee has this, should we rotate?

  212  export GITHUB_TOKEN=[[API_KEY|ghp_Rk4Tz8Lm2Qw7Vx1Nb5Jc9Hd3Fs6Ga0Pe4Yu]]
  213  git clone https://github.com/acme/infra.git
  214  psql -h db -U [[ID_NUMBER|lwong]] -W""",
    """Here's the failing test case for the address parser:

input:    "[[STREET_ADDRESS|Rua Augusta 1420, apto 72, Consolação, São Paulo - SP, 01304-001]]"
expected: {street: "Rua Augusta", number: "1420", unit: "apto 72", ...}

it's the address of [[PERSON|Larissa Costa]] from support ticket 3381""",
    """help, our excel macro emails these people every morning but one bounces:

[[EMAIL_ADDRESS|k.oyelaran@gmail.com]]
[[EMAIL_ADDRESS|deborah.fine@verizon.net]]
[[EMAIL_ADDRESS|r.castellanos@yahoo.es]] 

oh. there is a trailing space after the last one, could that be it?""",
    """what does this OpenSSH key comment mean, is it leaking anything?

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8w2ZqL5vR3nT9yX1cM4bH7jF0dS6aE2uW8oP1kQ3rT [[ID_NUMBER|mfitzgerald]]@[[PERSON|Maeve]]-thinkpad""",
    """Why doesn't my SQL LIKE match? Table has:

 name               | phone
--------------------+----------------
 [[PERSON|Björn Þórsson]]     | [[PHONE_NUMBER|+354 862 4417]]

WHERE name LIKE 'Bjorn%' returns nothing""",
    """I need a quick script to send SMS reminders from this list (Australian numbers):

[[PERSON|Jack Thornton]], [[PHONE_NUMBER|0491 570 118]]
[[PERSON|Mia Kaur]], [[PHONE_NUMBER|0491 570 442]]
[[PERSON|Lachlan Reid]], [[PHONE_NUMBER|+61 491 570 087]]""",
    """Unity crash log from a tester's machine:

Crash!!!
C:\\Users\\[[ID_NUMBER|lena.hofmann]]\\AppData\\LocalLow\\Studio\\Game\\Player.log
NullReferenceException at PlayerController.Update ()

do Unity logs always include the Windows username in path?""",
    # 121
    """Validate this JSON schema against the payload? It passes but shouldn't:

{"applicant": {"name": "[[PERSON|Mehmet Demir]]", "passport": "[[ID_NUMBER|U28451937]]", "email": "[[EMAIL_ADDRESS|mehmet.demir@yandex.com.tr]]"}}

schema requires passport pattern ^[A-Z]{2}\\d{7}$""",
    """Quick question, in this Prometheus alert my label has the customer email, is that a problem?

ALERTS{alertname="PaymentFailed", customer="[[EMAIL_ADDRESS|carlos.mejia@hotmail.com]]", severity="warning"} 1""",
    """Can you figure out which of these card numbers is invalid?

[[CREDIT_CARD|4243 0993 9803 9801]]
4243 0993 9803 9802
[[CREDIT_CARD|3517 5637 3071 8050]]

they're from the chargeback file for [[PERSON|Hyun-woo Park]]""",
    """sendmail logs, one message keeps getting stuck:

May 30 06:12:01 mail sm-mta[1882]: 44U6C1hR001882: from=<[[EMAIL_ADDRESS|ayodele.bankole@ymail.com]]>, size=48120, relay=[[IP_ADDRESS|192.0.2.77]]
May 30 06:12:02 mail sm-mta[1884]: 44U6C1hR001882: to=<[[EMAIL_ADDRESS|ifeoma.nnaji@yahoo.co.uk]]>, stat=Deferred: Connection timed out""",
    """here's my ansible inventory, the host_vars are not applied?

[db]
db1 ansible_host=[[IP_ADDRESS|198.51.100.41]] ansible_user=[[ID_NUMBER|aziz]] ansible_password=[[PASSWORD|Tashkent-99-Silk]]""",
    """we have this in the access review spreadsheet, can you write a formula to flag terminated users who still have access?

login     | name              | status     | last_login
[[ID_NUMBER|rdsouza]]   | [[PERSON|Rhea D'Souza]]      | terminated | 2024-05-30
[[ID_NUMBER|kmenon]]    | [[PERSON|Karthik Menon]]     | active     | 2024-06-01""",
    """Our Postman collection has this pre-request script, is it ok to share the collection?

pm.environment.set("username", "[[ID_NUMBER|eva.horvath]]");
pm.environment.set("password", "[[PASSWORD|Balaton_Nyar23]]");
pm.environment.set("baseUrl", "https://staging.example.com");""",
    """Converting this to Parquet drops the leading zero of the phone:

customer_ref,name,tel
[[ID_NUMBER|CR-55014]],[[PERSON|Giorgos Nikolaidis]],[[PHONE_NUMBER|02104183377]]

pandas infers int. dtype=str fixes it?""",
    """Our SOC got this alert, explain what the payload is doing?

[[IP_ADDRESS|203.0.113.201]] - - "GET /search?q=%27%20OR%201%3D1-- HTTP/1.1" 200
response contained: [{"user":"[[ID_NUMBER|jpaulsen]]","email":"[[EMAIL_ADDRESS|j.paulsen@firmamail.dk]]","pw_hash":"$2b$12$Qm..."}]""",
    """Parsing MRZ from passports in Python, is my checksum wrong? sample line 2:

L898902C36UTO7408122F1204159ZE184226B<<<<<10

(this is the ICAO sample) and ours for [[PERSON|Amara Diallo]] is [[ID_NUMBER|SN4820173]]""",
    # 131
    """This is the user table dump someone posted in our Slack, I need to know what to rotate:

id | email                          | password_plain
 1 | admin@example.com              | changeme
 2 | [[EMAIL_ADDRESS|viktor.szabo@citromail.hu]]      | [[PASSWORD|Duna!Parti_71]]
 3 | [[EMAIL_ADDRESS|ilona.kiss@freemail.hu]]        | [[PASSWORD|Kiss.Ilona.1990]]""",
    """Can you explain the Received headers? Trying to trace phishing:

Received: from laptop-of-gustavo ([[IP_ADDRESS|198.51.100.133]])
        by smtp.example.net with ESMTPSA id 7f2
        for <[[EMAIL_ADDRESS|gustavo.rivas@gmail.com]]>; Mon, 20 May 2024 08:11:04 -0300
From: "[[PERSON|Gustavo Rivas]]" <[[EMAIL_ADDRESS|g.rivas.pagos@outlook.com]]>""",
    """C# unit test, why does the equality fail?

var expected = new Contact("[[PERSON|Nomvula Dlamini]]", "[[EMAIL_ADDRESS|nomvula.dlamini@mweb.co.za]]");
var actual = repo.Get([[ID_NUMBER|9106741530485]]);
Assert.AreEqual(expected, actual);

Contact is a class not a record, that's probably it""",
    """nmap output from my home lab, which of these ports should I close?

Nmap scan report for [[PERSON|kevin]]s-macbook ([[IP_ADDRESS|192.0.2.15]])
PORT     STATE SERVICE
22/tcp   open  ssh
5900/tcp open  vnc
7000/tcp open  afs3-fileserver""",
    """Supabase RLS policy question. Row:

{ "id": "8c1f...", "owner_email": "[[EMAIL_ADDRESS|marisol.vega@gmail.com]]", "note": "call [[PERSON|Marisol]] back at [[PHONE_NUMBER|(305) 555-0121]]" }

how do I make only the owner see it""",
    """Here's the output of `last`, who is [[ID_NUMBER|ppatel2]]? we don't have that user

[[ID_NUMBER|ppatel2]]  pts/1        [[IP_ADDRESS|203.0.113.66]]    Sat Jun  1 03:12 - 03:40  (00:28)
deploy   pts/0        10.0.4.11        Sat Jun  1 02:00 - 02:01  (00:01)
reboot   system boot  6.1.0-21-amd64   Fri May 31 23:58""",
    """Help me write a SQL that computes age from the national id, Chinese format:

SELECT name, id_card FROM residents LIMIT 1;
 name   | id_card
--------+--------------------
 [[PERSON|王芳]]   | [[ID_NUMBER|310104198706670402]]""",
    """why is Mailchimp rejecting my import? first rows:

Email Address,First Name,Last Name,Phone
[[EMAIL_ADDRESS|aroha.ngata@xtra.co.nz]],[[PERSON|Aroha]],[[PERSON|Ngata]],[[PHONE_NUMBER|+64 21 448 3902]]
[[EMAIL_ADDRESS|tama.wiremu@gmail.com]],[[PERSON|Tama]],[[PERSON|Wiremu]],[[PHONE_NUMBER|+64 27 512 8864]]""",
    """the vault audit log shows a read of the db creds, is that normal?

{"type":"response","auth":{"display_name":"ldap-[[ID_NUMBER|s.ivanova]]"},"request":{"path":"database/creds/readonly","remote_address":"[[IP_ADDRESS|198.51.100.55]]"},"response":{"data":{"username":"v-ldap-readonly-8f2k","password":"hmac-sha256:4e1a..."}}}""",
    """What is wrong with this GDPR subject access export? the customer says it's incomplete

Subject: [[PERSON|Annelies Peeters]]
Customer no.: [[ID_NUMBER|KL-2290418]]
E-mail: [[EMAIL_ADDRESS|annelies.peeters@telenet.be]]
Orders: 14
Marketing consent: yes (2021-03-04)""",
    # 141
    """NPE in android app, here's logcat

E/AndroidRuntime: FATAL EXCEPTION: main
    java.lang.IllegalStateException: contact phone null for [[PERSON|Farhan Chowdhury]] ([[EMAIL_ADDRESS|farhan.chowdhury@gmail.com]])
        at com.example.contacts.ContactAdapter.onBindViewHolder(ContactAdapter.kt:57)""",
    """Can you write the Terraform import command for this user? AWS console shows:

User name: [[ID_NUMBER|ines.carvalho]]
ARN: arn:aws:iam::123456789012:user/[[ID_NUMBER|ines.carvalho]]
Access key: [[API_KEY|AKIAW4RT8XLM2QZ7VN5K]] (active)""",
    """Power BI shows blank for this row, why? source:

CustomerKey	FullName	Email	Phone
[[ID_NUMBER|11842]]	[[PERSON|Eleanor Vance]]	[[EMAIL_ADDRESS|eleanor.vance@me.com]]	[[PHONE_NUMBER|(617) 555-0145]]

the tabs are real tabs""",
    """please explain this SAML assertion, which attribute is the user id?

<saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">[[EMAIL_ADDRESS|f.conti@studio-conti.it]]</saml:NameID>
<saml:Attribute Name="employeeNumber"><saml:AttributeValue>[[ID_NUMBER|100772]]</saml:AttributeValue></saml:Attribute>
<saml:Attribute Name="displayName"><saml:AttributeValue>[[PERSON|Francesca Conti]]</saml:AttributeValue></saml:Attribute>""",
    """My PHP form posts to mail() and nothing arrives. var_dump($_POST):

array(3) {
  ["name"]=> string(14) "[[PERSON|Ayesha Siddiqui]]"
  ["email"]=> string(26) "[[EMAIL_ADDRESS|ayesha.siddiqui@gmail.com]]"
  ["msg"]=> string(21) "please call me back!!"
}""",
    """Why does the phone library say this number is invalid for region DE?

phonenumbers.parse("[[PHONE_NUMBER|030 23125 448]]", "DE")

it's the office line of [[PERSON|Friederike Lang]]. the library says too short""",
    """Here's my smb.conf share and it still asks for a password from the Windows side:

[scans]
   path = /srv/scans
   valid users = [[ID_NUMBER|hbeck]]
   # smbpasswd for [[ID_NUMBER|hbeck]] set to [[PASSWORD|Scanner#Beck01]]""",
    """Need to migrate this old INI to YAML:

[owner]
name=[[PERSON|Soren Kierkegaard-Holm]]
email=[[EMAIL_ADDRESS|soren.kh@stofanet.dk]]
[license]
key=[[API_KEY|LIC-7F3K-9QZ2-MX8R-4TW1-PL6N]]""",
    """The Cloudflare WAF log. Is this a real attack or a false positive?

{"ClientIP":"[[IP_ADDRESS|2001:db8:9c::4e]]","ClientRequestURI":"/contact","RuleMessage":"XSS attempt","FormData":"name=[[PERSON|Juan Pablo Rivera]]&email=[[EMAIL_ADDRESS|jprivera@gmail.com]]&msg=<b>hola</b>"}""",
    """Is this a valid way to store the card? code review comment says no:

order.payment = {
  pan: "[[CREDIT_CARD|5443 1245 5881 5488]]",
  holder: "[[PERSON|Yasmin Haddad]]",
  cvv: "771"
}""",
    # 151
    """Our Heroku logs show this on every request, how to turn off?

2024-05-27T10:11:04 app[web.1]: Started GET "/me" for [[IP_ADDRESS|203.0.113.210]]
2024-05-27T10:11:04 app[web.1]: current_user=#<User id: 551, email: "[[EMAIL_ADDRESS|wei.ling.tan@singnet.com.sg]]", nric: "[[ID_NUMBER|S6711756E]]">""",
    """help me fix this unicode error reading the file

UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 11

the file's first line is:
"[[PERSON|Renée Dupont]]";"[[STREET_ADDRESS|12 rue des Lilas, 69003 Lyon]]";"[[PHONE_NUMBER|06 39 98 17 54]]\"""",
    """What's the right Mongo index for this query? explain() says COLLSCAN

db.users.find({"contacts.email": "[[EMAIL_ADDRESS|hassan.mahmoud@gmail.com]]"})

sample doc: {name: "[[PERSON|Hassan Mahmoud]]", contacts: [{email: "[[EMAIL_ADDRESS|hassan.mahmoud@gmail.com]]"}, {phone: "[[PHONE_NUMBER|+971 50 418 2267]]"}]}""",
    """Can someone explain the OAuth error? The callback URL got:

https://app.example.com/cb?error=access_denied&login_hint=[[EMAIL_ADDRESS|d.okafor@lagosbiz.ng]]&state=x7

is login_hint supposed to be in the redirect?""",
    """our HL7 parser chokes on this segment:

PID|1||[[ID_NUMBER|77120034]]^^^HOSP^MR||[[PERSON|Mwangi^Joseph]]||19760301|M|||[[STREET_ADDRESS|Kenyatta Ave 118^^Nairobi^^00100]]||[[PHONE_NUMBER|+254 722 609 114]]

which field is it""",
    """why isn't ufw blocking this guy?

sudo ufw deny from [[IP_ADDRESS|198.51.100.250]]
...but access.log still shows [[IP_ADDRESS|198.51.100.250]] hitting /wp-login.php every second""",
    """Is there a way to make gitleaks ignore this? It's flagged but it's a test fixture:

tests/fixtures/customer.json:
  "iban": "[[IBAN_CODE|PT70159989950741279164077]]",
  "nif": "[[ID_NUMBER|293895767]]",
  "nome": "[[PERSON|Inês Carvalho Pinto]]"

ok it's actually a real customer, copied from prod by mistake""",
    """Crontab from the legacy box, I need to know what runs as whom:

0 3 * * * [[ID_NUMBER|etl_hbauer]] /opt/etl/run.sh
*/5 * * * * root /usr/local/bin/healthcheck
30 1 * * 0 [[ID_NUMBER|tkowalczyk]] mysqldump -p[[PASSWORD|Sobota-Backup-7]] crm > /backup/crm.sql""",
    """Here's the JWT payload decoded, is the exp in seconds?

{
  "sub": "[[ID_NUMBER|user_48821]]",
  "email": "[[EMAIL_ADDRESS|amelia.turner@btopenworld.com]]",
  "name": "[[PERSON|Amelia Turner]]",
  "exp": 1717171717
}""",
    """Trying to write a parser for our bank's CSV, first line after headers:

Datum;Empfänger;IBAN;Betrag
03.05.2024;Dr. [[PERSON|Stefan Weiß]];[[IBAN_CODE|CH6101040113373622822]];-1.200,00

how to handle the German number format""",
    # 161
    """Is this SQL injection in my login form? Log:

SELECT * FROM users WHERE username = '[[ID_NUMBER|nsharma]]' AND password = '[[PASSWORD|Delhi@2024!]]'

yes I know, I'm moving to bcrypt next sprint""",
    """I'm getting 'certificate verify failed' and the cert subject says:

subject=C = DE, ST = Bayern, L = München, O = Privat, CN = [[PERSON|Tobias Lehmann]], emailAddress = [[EMAIL_ADDRESS|tobias.lehmann@posteo.de]]

self-signed from his home server I think""",
    """Which gdpr lawful basis applies? we store:

{"member_id": "[[ID_NUMBER|GYM-30418]]", "name": "[[PERSON|Paulina Mazur]]", "emergency_contact": {"name": "[[PERSON|Adam Mazur]]", "phone": "[[PHONE_NUMBER|+48 512 884 301]]"}}""",
    """Nginx config, the basic auth file is generated from this:

htpasswd -b /etc/nginx/.htpasswd [[ID_NUMBER|marco]] [[PASSWORD|Polenta&Barolo5]]

but nginx says 'user [[ID_NUMBER|marco]] was not found'""",
    """DB2 error SQL0803N, what's the duplicate? insert was:

INSERT INTO POLICY (POLICY_NO, HOLDER, SSN) VALUES ('[[ID_NUMBER|PL-7732019]]', '[[PERSON|Brandon Mitchell]]', '[[US_SSN|358-20-4471]]')""",
    """Can you give me a regex that finds these in our logs so we can scrub them? Example:

INFO 2024-04-18 reset link sent to [[EMAIL_ADDRESS|ana.lucia.mendes@terra.com.br]] (phone [[PHONE_NUMBER|+55 21 99718-4402]])""",
    """Here is the output of `getent passwd | tail -3`, why can't [[ID_NUMBER|asimonsen]] log in?

[[ID_NUMBER|asimonsen]]:x:1004:1004:[[PERSON|Astrid Simonsen]],,,:/home/[[ID_NUMBER|asimonsen]]:/usr/sbin/nologin
[[ID_NUMBER|bholm]]:x:1005:1005:[[PERSON|Bjarne Holm]],,,:/home/[[ID_NUMBER|bholm]]:/bin/bash""",
    """Formatting question: our invoice PDF prints the customer block like this and it overflows

[[PERSON|Chukwuemeka Nwachukwu-Obi]]
[[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104]]
[[EMAIL_ADDRESS|chukwuemeka.nwachukwuobi@gmail.com]]

how to wrap long lines in reportlab""",
    """why does pip install fail with this pip.conf?

[global]
index-url = https://[[ID_NUMBER|jdoe-artifactory]]:[[API_KEY|AKCp8nG3kL9qT2vX7mR4zW1bY5cH0fJ6sD3a]]@artifactory.example.com/api/pypi/pypi/simple""",
    """this jira webhook body, how do I extract the reporter?

{"issue":{"key":"OPS-1142","fields":{"reporter":{"displayName":"[[PERSON|Ananya Bose]]","emailAddress":"[[EMAIL_ADDRESS|ananya.bose@gmail.com]]"},"summary":"VPN drops"}}}""",
    # 171
    """Our test for the Korean ID masker fails:

mask("[[ID_NUMBER|850214-1684042]]") -> "850214-1******"  expected
mask("[[ID_NUMBER|8502141684042]]") -> "[[ID_NUMBER|8502141684042]]"     got

for customer [[PERSON|Lee Ji-eun]]""",
    """Can you help me make sense of this fail2ban log?

2024-06-02 04:11:19,884 fail2ban.actions [771]: NOTICE [sshd] Ban [[IP_ADDRESS|203.0.113.199]]
2024-06-02 04:21:19,901 fail2ban.actions [771]: NOTICE [sshd] Unban [[IP_ADDRESS|203.0.113.199]]

that's my own home IP, how do i whitelist it""",
    """I keep getting 'invalid grant' from this token request:

POST /oauth/token
grant_type=password&username=[[EMAIL_ADDRESS|c.moreau@cabinet-moreau.fr]]&password=[[PASSWORD|Moreau!Paris75]]&client_id=webapp""",
    """Here's our old CSV of tenants. Write me a script to import into the new system:

unit,tenant,phone,email
2A,[[PERSON|Omar Abdullah]],[[PHONE_NUMBER|(718) 555-0193]],[[EMAIL_ADDRESS|omar.abdullah@optonline.net]]
2B,[[PERSON|Keisha Robinson]],[[PHONE_NUMBER|(718) 555-0158]],[[EMAIL_ADDRESS|keisha.robinson@gmail.com]]""",
    """Debug this: our SMS OTP template sends to the wrong number?

DEBUG otp send template='Your code is {code}' to=[[PHONE_NUMBER|+82 10-4418-2093]] user=[[ID_NUMBER|minjun.choi]]
DEBUG profile phone=[[PHONE_NUMBER|+82 10-4418-2039]]

two digits swapped. where would that happen""",
    """Can you make me a fake version of this fixture that keeps the shape? the current one has a real person:

{"name": "[[PERSON|Gabriel Souza Lima]]", "cpf": "[[ID_NUMBER|806.236.532-81]]", "celular": "[[PHONE_NUMBER|+55 31 98812-0457]]", "cep": "30130-010"}""",
]

TERSE = [
    """wie parse ich das in pandas? trennzeichen ist pipe

kdnr|vorname|nachname|strasse|plz_ort|tel
[[ID_NUMBER|K-448120]]|[[PERSON|Jürgen]]|[[PERSON|Baumann]]|[[STREET_ADDRESS|Lindenstraße 12, 50674 Köln]]|[[PHONE_NUMBER|+49 221 4418 3307]]""",
    """¿por qué falla este JSON? dice campo inesperado

{"nombre": "[[PERSON|Alejandra Ruiz Ortega]]", "dni": "[[ID_NUMBER|47718888Y]]", "correo": "[[EMAIL_ADDRESS|aleruiz.ortega@gmail.com]]", "movil": "[[PHONE_NUMBER|+34 655 210 874]]",}""",
    """comment corriger cet INSERT ? erreur de syntaxe près de 'adresse'

INSERT INTO clients (nom, prenom, adresse, tel) VALUES ('[[PERSON|Garnier]]', '[[PERSON|Élodie]]', '[[STREET_ADDRESS|8 avenue Jean Jaurès, 31000 Toulouse]]', '[[PHONE_NUMBER|06 39 98 62 05]]'),""",
    """usr: [[ID_NUMBER|mrossi]]
pwd: [[PASSWORD|Ciao!Roma_2024]]
host: [[IP_ADDRESS|192.0.2.90]]
port: 22

why does paramiko say auth failed with these""",
    """waarom geeft deze query geen resultaat?

SELECT * FROM klant WHERE bsn = '[[ID_NUMBER|204403157]]';
-- klant: [[PERSON|Daan Visser]], [[STREET_ADDRESS|Prinsengracht 263, 1016 GV Amsterdam]], iban [[IBAN_CODE|NL74 ABNA 4416 2287 11]]""",
    """{"fn":"[[PERSON|Sven]]","ln":"[[PERSON|Ekström]]","pnr":"[[ID_NUMBER|850503-7005]]","tel":"[[PHONE_NUMBER|+46 8 441 902 17]]"}

schema validation says pnr wrong format, should it have the century?""",
    """napisz mi walidator PESEL w TS, przykład z bazy:

{ imie: "[[PERSON|Katarzyna]]", nazwisko: "[[PERSON|Wiśniewska]]", pesel: "[[ID_NUMBER|96132414866]]", tel: "[[PHONE_NUMBER|+48 698 117 402]]" }""",
    """このCSVの文字化けを直したい

氏名,メール,電話
[[PERSON|佐藤 美咲]],[[EMAIL_ADDRESS|misaki.sato@ezweb.ne.jp]],[[PHONE_NUMBER|090-4418-2276]]
[[PERSON|高橋 健太]],[[EMAIL_ADDRESS|kenta.t@au.com]],[[PHONE_NUMBER|080-3310-9954]]""",
    """u=[[ID_NUMBER|fkaraca]] p=[[PASSWORD|Izmir35*Kordon]] h=[[IP_ADDRESS|198.51.100.180]]
ftp login fails with 530 every time. is it passive mode?""",
    """Como faço esse UPDATE só para um registro?

cliente_id | nome                 | nif       | iban
[[ID_NUMBER|PT-11822]]   | [[PERSON|Rui Manuel Tavares]]   | [[ID_NUMBER|218477309]] | [[IBAN_CODE|PT86 0035 6159 1544 5798 1730 6]]""",
    # 11
    """emp,nm,ssn,sal
[[ID_NUMBER|0192]],[[PERSON|Hector Ramirez]],[[US_SSN|219-44-8103]],78000
[[ID_NUMBER|0193]],[[PERSON|Tanya Brooks]],[[US_SSN|530-17-6629]],81500

sum sal by dept? there's no dept col, join on emp""",
    """per favore correggi questo YAML, errore alla riga 3

utente:
  nome: [[PERSON|Francesco Esposito]]
   cf: [[ID_NUMBER|SPSFNC82C11F839L]]
  cellulare: "[[PHONE_NUMBER|+39 333 418 2290]]\"""",
    """Проверь SQL, почему не работает JOIN?

SELECT f.fio, t.nomer FROM sotrudniki f JOIN telefony t ON t.sotr_id = f.id;
 fio                     | nomer
-------------------------+-----------------
 [[PERSON|Смирнова Анна Петровна]]  | [[PHONE_NUMBER|+7 916 418-22-07]]""",
    """k: [[API_KEY|AIzaSyD8kQ2mL7vT4xR9nB3cW1hF6gJ0sE5pZaY]]
acct: [[EMAIL_ADDRESS|deniz.aksoy.dev@gmail.com]]
maps js api says RefererNotAllowedMapError""",
    """Wie kann ich das maskieren bevor es ins Log geht?

INFO Zahlung empfangen: name=[[PERSON|Matthias Schäfer]] iban=[[IBAN_CODE|DE62 1005 0000 6993 3410 08]] steuer_id=[[ID_NUMBER|51603412804]]""",
    """c_id;nm;eml;mob;adr
[[ID_NUMBER|88120]];[[PERSON|Anh Nguyen]];[[EMAIL_ADDRESS|anh.nguyen.vn@gmail.com]];[[PHONE_NUMBER|+84 903 418 226]];[[STREET_ADDRESS|12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh]]

split adr into street/district/city?""",
    """Pourquoi ce test échoue ?

def test_client():
    c = Client(nom="[[PERSON|Benoît Lacroix]]", nir="[[ID_NUMBER|188077534496396]]", email="[[EMAIL_ADDRESS|benoit.lacroix@laposte.net]]")
    assert c.nir_valide()""",
    """ldap: uid=[[ID_NUMBER|jvirtanen]] cn=[[PERSON|Juha Virtanen]] hetu=[[ID_NUMBER|120488-5691]] mobile=[[PHONE_NUMBER|+358 40 441 8827]]

ldapsearch filter to find all users without mobile?""",
    """kenapa query ini lambat?

SELECT * FROM pelanggan WHERE no_hp = '[[PHONE_NUMBER|+62 812 4418 3307]]';
-- hasil: [[PERSON|Siti Rahmawati]], [[STREET_ADDRESS|Jl. Kebon Sirih No. 41, Jakarta Pusat 10340]]""",
    """usr/pw for the staging box (pls tell me how to put this in vault instead of the wiki):

[[ID_NUMBER|oadebayo]] / [[PASSWORD|Ibadan#Stage!88]]
root / changeme (disabled)""",
    # 21
    """ما الخطأ في هذا الـ JSON؟

{"الاسم": "[[PERSON|خالد العتيبي]]", "الجوال": "[[PHONE_NUMBER|+966 55 418 2207]]", "البريد": "[[EMAIL_ADDRESS|khalid.otaibi@gmail.com]]"}""",
    """id,n,e,p
1,[[PERSON|Bui Van Long]],[[EMAIL_ADDRESS|buivanlong@vnn.vn]],[[PHONE_NUMBER|+84 98 441 7703]]
2,[[PERSON|Le Thi Hoa]],[[EMAIL_ADDRESS|lethihoa88@gmail.com]],[[PHONE_NUMBER|+84 97 220 5186]]
header names are too terse, suggest better ones""",
    """warum schlägt das fehl? Fehler: "ungültige Kontonummer"

{ "kontoinhaber": "[[PERSON|Lea Zimmermann]]", "iban": "[[IBAN_CODE|DE09 3704 0044 3088 6845 68]]" }

IBAN ist korrekt, hab ich online geprüft""",
    """Hej, varför fungerar inte min regex på dessa?

[[PERSON|Erik Lundgren]] <[[EMAIL_ADDRESS|erik.lundgren@spray.se]]>
[[PERSON|Maja Holm]] <[[EMAIL_ADDRESS|majaholm@bahnhof.se]]>""",
    """{"rut":"[[ID_NUMBER|10.140.519-2]]","nom":"[[PERSON|Camila Fuentes]]","fono":"[[PHONE_NUMBER|+56 9 4418 2073]]"}

validar rut en postgres con una función?""",
    """cnp=[[ID_NUMBER|2920611363713]] nume=[[PERSON|Ioana Popescu]] tel=[[PHONE_NUMBER|+40 722 418 903]]
log line from our romanian partner's API, is cnp something we must encrypt at rest?""",
    """この例外の原因は？

java.lang.IllegalArgumentException: マイナンバー不正: [[ID_NUMBER|559522739739]]
  利用者: [[PERSON|田中 一郎]] ([[EMAIL_ADDRESS|ichiro.tanaka@ocn.ne.jp]])""",
    """db row: nm=[[PERSON|Ravi Teja]] | aadh=[[ID_NUMBER|6877 3820 5772]] | mob=[[PHONE_NUMBER|+91 99001 48327]] | addr=[[STREET_ADDRESS|Flat 302, Sai Residency, Madhapur, Hyderabad 500081]]

need masking fn for aadh showing last 4""",
    """¿cómo normalizo esto?

cliente: [[PERSON|Martín Gómez]]
tarjeta: [[CREDIT_CARD|4532 6640 8251 8137]]
dom: [[STREET_ADDRESS|Av. Corrientes 1847, piso 3, C1045 CABA]]
tel: [[PHONE_NUMBER|+54 9 11 4418-2093]]""",
    """Kan je dit omzetten naar JSON?

Naam: [[PERSON|Fleur Bakker]]
Adres: [[STREET_ADDRESS|Oudegracht 112, 3511 AW Utrecht]]
Telefoon: [[PHONE_NUMBER|+31 6 4418 2730]]
BSN: [[ID_NUMBER|221048819]]""",
    # 31
    """acc=[[ID_NUMBER|AC-009184]] hldr=[[PERSON|Precious Mokoena]] id=[[ID_NUMBER|8207150958034]] cell=[[PHONE_NUMBER|+27 71 448 2093]]
which of these should go in the audit log and which not?""",
    """hata nerede?

MÜŞTERİ: [[PERSON|Ayşe Yıldız]]
TCKN: [[ID_NUMBER|36783489930]]
IBAN: [[IBAN_CODE|TR25 0853 6631 1574 1583 7127 14]]

IBAN doğrulaması geçmiyor""",
    """用Python怎么验证这个身份证号？

姓名: [[PERSON|李建国]]
身份证: [[ID_NUMBER|110105197209150224]]
手机: [[PHONE_NUMBER|+86 138 4418 2093]]""",
    """pls sort by ln:

fn,ln,ph
[[PERSON|Ama]],[[PERSON|Serwaa]],[[PHONE_NUMBER|+233 24 551 0982]]
[[PERSON|Kwesi]],[[PERSON|Appiah]],[[PHONE_NUMBER|+233 27 408 3316]]
[[PERSON|Akosua]],[[PERSON|Darko]],[[PHONE_NUMBER|+233 20 916 4471]]""",
    """Miért nem működik ez a JOIN?

ugyfel: [[PERSON|Nagy Bence]], email: [[EMAIL_ADDRESS|nagy.bence@t-online.hu]], tel: [[PHONE_NUMBER|+36 30 441 8827]]""",
    """tfn=[[ID_NUMBER|341406870]] nm=[[PERSON|Chloe Nguyen]] mob=[[PHONE_NUMBER|0491 570 331]] addr=[[STREET_ADDRESS|17 Wattle St, Fitzroy VIC 3065]]
does the ATO check digit validate with mod 11?""",
    """Zašto ovaj regex ne hvata email?

Ime: [[PERSON|Ivana Kovačević]]
E-pošta: [[EMAIL_ADDRESS|ivana.kovacevic@t-com.hr]]
Mob: [[PHONE_NUMBER|+385 91 441 8203]]""",
    """sin: [[ID_NUMBER|671 949 386]]
name: [[PERSON|Étienne Tremblay]]
tel: [[PHONE_NUMBER|(514) 555-0172]]

our intake form in Quebec stores this in a plain varchar, how do I encrypt the column in postgres?""",
    """ステージングのDB接続情報です。なぜ接続できない？

DB_USER=[[ID_NUMBER|yamamoto_t]]
DB_PASS=[[PASSWORD|Fuji3776!San]]
DB_HOST=[[IP_ADDRESS|203.0.113.54]]
DB_PORT=5432

psql says timeout after 30s""",
    """Λάθος στο CSV, γιατί;

όνομα;τηλέφωνο;email
[[PERSON|Μαρία Παπαδοπούλου]];[[PHONE_NUMBER|+30 697 441 8203]];[[EMAIL_ADDRESS|maria.papad@gmail.com]]""",
    # 41
    """usr_id: [[ID_NUMBER|u-90211]]
e: [[EMAIL_ADDRESS|noah.friedman@gmail.com]]
ip: [[IP_ADDRESS|2001:db8:ac10::2b]]
last_pw_reset: 1714521600
why does our 'recent users' query return this one twice""",
    """a chave da API foi commitada, como removo do histórico?

const API_KEY = "[[API_KEY|pk_live_9Xq2Lm7Tz4Rw8Vb1Nk5Jh3Fd6Gs0Ap]]"; // conta da [[PERSON|Juliana Ribeiro]]""",
    """ppl.yml:

- n: [[PERSON|Aigerim Nurlanovna]]
  e: [[EMAIL_ADDRESS|aigerim.n@mail.kz]]
  t: "[[PHONE_NUMBER|+7 701 441 8227]]"

ruamel dumps t without quotes, how to keep""",
    """dlaczego ten commit ma złego autora?

Author: [[PERSON|Michał Lewandowski]] <[[EMAIL_ADDRESS|michal.lewandowski@o2.pl]]>
Date:   Fri May 17 22:04:51 2024 +0200""",
]

CLEAN = [
    """Can you review this DDL? I want to know if the indexes make sense.

CREATE TABLE orders (
  order_id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  status VARCHAR(16) NOT NULL DEFAULT 'pending',
  total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_orders_customer ON orders(customer_id);
CREATE INDEX idx_orders_status_created ON orders(status, created_at);""",
    """df -h on our build server, which mount should I clean first?

Filesystem      Size  Used Avail Use% Mounted on
/dev/nvme0n1p2  458G  431G  4.2G 100% /
/dev/nvme1n1    1.8T  612G  1.1T  36% /data
tmpfs            32G  1.2G   31G   4% /dev/shm
overlay         458G  431G  4.2G 100% /var/lib/docker/overlay2/3f1c.../merged""",
    """why is this pod in CrashLoopBackOff?

NAME                          READY   STATUS             RESTARTS      AGE
api-7d9f8b6c5d-2xk9p          0/1     CrashLoopBackOff   14 (2m ago)   48m
worker-5c6b7d8f9-qq7lm        1/1     Running            0             3d
redis-0                       1/1     Running            0             12d

kubectl logs says: Error: listen EADDRINUSE: address already in use :::8080""",
    """Product catalogue JSON, need to compute avg price per category in jq:

[{"sku":"TSH-BLK-M","name":"Basic Tee Black M","category":"apparel","price":14.99},
 {"sku":"TSH-WHT-L","name":"Basic Tee White L","category":"apparel","price":14.99},
 {"sku":"MUG-CER-350","name":"Ceramic Mug 350ml","category":"kitchen","price":9.50},
 {"sku":"BTL-STL-750","name":"Steel Bottle 750ml","category":"kitchen","price":24.00}]""",
    """GC log from our JVM, is this normal pause time?

[2024-05-11T10:02:13.441+0000][info][gc] GC(1187) Pause Young (Normal) (G1 Evacuation Pause) 3921M->1204M(8192M) 48.712ms
[2024-05-11T10:02:41.102+0000][info][gc] GC(1188) Pause Young (Normal) (G1 Evacuation Pause) 3950M->1219M(8192M) 51.004ms
[2024-05-11T10:03:55.870+0000][info][gc] GC(1189) Pause Full (G1 Compaction Pause) 7810M->2201M(8192M) 2311.553ms""",
    """Here's my Dockerfile, the image is 1.4GB, how do I shrink it?

FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y build-essential
EXPOSE 8000
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]""",
    """github actions yaml, the cache never hits:

name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: '3.11' }
      - uses: actions/cache@v4
        with:
          path: ~/.cache/pip
          key: pip-${{ hashFiles('requirements.txt') }}-${{ github.sha }}
      - run: pip install -r requirements.txt && pytest -q""",
    """Terraform for an S3 bucket, tfsec complains. What's missing?

resource "aws_s3_bucket" "logs" {
  bucket = "acme-app-logs-${var.env}"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = false
}""",
    """config.yaml for the service, should the defaults live here or in code?

database:
  host: ${DB_HOST:-localhost}
  port: ${DB_PORT:-5432}
  user: ${DB_USER:-app}
  password: ${DB_PASSWORD:-changeme}
smtp:
  from: noreply@example.com
  api_key: <token>""",
    """Can you implement Dijkstra in Python using heapq? graph is a dict of dicts like

graph = {"A": {"B": 4, "C": 1}, "C": {"B": 2, "D": 5}, "B": {"D": 1}, "D": {}}

expected shortest A->D = 4 via C, B.""",
    # 11
    """top output, what's eating the CPU?

top - 14:22:01 up 41 days,  3:12,  2 users,  load average: 7.81, 6.92, 5.10
Tasks: 312 total,   3 running, 309 sleeping
%Cpu(s): 91.2 us,  4.1 sy,  0.0 ni,  3.9 id,  0.6 wa
  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND
 4411 www-data  20   0 2843120 911204  12044 R 388.2  11.3 812:41.22 php-fpm8.2
 1022 postgres  20   0  412004  88120  81004 S  12.1   1.1  91:02.10 postgres""",
    """kernel log after the box froze, what happened?

[1203441.118201] Out of memory: Killed process 28811 (java) total-vm:14812044kB, anon-rss:11820412kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:23412kB oom_score_adj:0
[1203441.512004] oom_reaper: reaped process 28811 (java), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB""",
    """Stack trace, where's the actual bug?

Traceback (most recent call last):
  File "/usr/lib/python3.11/site-packages/requests/adapters.py", line 486, in send
    resp = conn.urlopen(
  File "/usr/lib/python3.11/site-packages/urllib3/connectionpool.py", line 845, in urlopen
    retries = retries.increment(
urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by SSLError(SSLCertVerificationError('certificate has expired')))""",
    """Here's a CSV of cities, help me plot population vs area in matplotlib:

city,country,population,area_km2
Tokyo,Japan,13960000,2194
Lagos,Nigeria,15388000,1171
São Paulo,Brazil,12330000,1521
Istanbul,Turkey,15460000,5343
Mexico City,Mexico,9209000,1485""",
    """weather data, want a rolling 7 day mean in pandas

date,station,temp_c,precip_mm
2024-03-01,Reykjavik,1.4,3.2
2024-03-02,Reykjavik,-0.8,0.0
2024-03-03,Reykjavik,2.1,7.9
2024-03-04,Reykjavik,3.3,1.1""",
    """Stock close prices, compute daily returns and volatility:

ticker,date,close
AAPL,2024-05-01,169.30
AAPL,2024-05-02,173.03
MSFT,2024-05-01,394.94
MSFT,2024-05-02,397.84
NVDA,2024-05-01,830.41""",
    """Quick sanity check on these stats, who had the better true shooting %?

player,season,pts,fga,fta
LeBron James,2012-13,2036,1354,535
Kevin Durant,2013-14,2593,1688,805
Stephen Curry,2015-16,2375,1598,400

TS% = PTS / (2 * (FGA + 0.44 * FTA))""",
    """Write a Kalman filter for 1D position tracking. Measurements:

z = [1.02, 2.11, 2.95, 4.10, 4.98, 6.05]
dt = 1.0, process noise q = 0.01, measurement noise r = 0.25

just numpy, no filterpy please""",
    """Explain this Bayes problem: disease prevalence 1%, test sensitivity 95%, specificity 90%. If someone tests positive, what's P(disease)? please show the arithmetic and then write it as a python function""",
    """Can you explain the FFT output? I did np.fft.rfft on a 1 second signal sampled at 1000 Hz that's sin(2*pi*50*t) + 0.5*sin(2*pi*120*t) and got peaks at index 50 and 120 with magnitudes ~500 and ~250. why 500 and not 1?""",
    # 21
    """Explain Diffie-Hellman with Alice and Bob using small numbers: p = 23, g = 5, Alice picks a = 6, Bob picks b = 15. What's the shared secret, and where would Eve get stuck?""",
    """Converting these unix timestamps — are they seconds or ms?

1714521600
1714608000000
1717171717

and what timezone does date -d @1714521600 use by default""",
    """Which of these UUIDs are v4? I'm writing a validator.

3f2504e0-4f89-11d3-9a0c-0305e82c3301
9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
1b4e28ba-2fa1-11d2-883f-0016d3cca427
c9bf9e57-1685-4c89-bafb-ff5af830be8a""",
    """sha256sum of the release tarball doesn't match the one on the site:

mine: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
site: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1c

one char off at the end, corrupted download or tampered?""",
    """pip freeze says these, which are incompatible?

numpy==2.0.1
pandas==1.5.3
scipy==1.14.0
scikit-learn==1.5.1
torch==2.3.1+cu121""",
    """Apple's FY2023 numbers from the 10-K: revenue $383.3B, net income $97.0B, R&D $29.9B. Microsoft FY2023: revenue $211.9B, net income $72.4B, R&D $27.2B. Compute net margin and R&D intensity for both and tell me who spends more relative to revenue.""",
    """nginx.conf snippet, why does it 502?

upstream app {
    server 127.0.0.1:8000;
    keepalive 32;
}
server {
    listen 80;
    server_name example.com;
    location / {
        proxy_pass http://app;
        proxy_http_version 1.1;
    }
}""",
    """ps aux | grep node — why are there so many?

root       1201  0.0  0.1 1021448 44120 ?  Ssl  May01   2:11 /usr/bin/node /opt/app/server.js
root       1288  2.1  3.4 1290211 560120 ? Sl   May01 410:02 /usr/bin/node /opt/app/worker.js
root       1289  2.0  3.3 1288100 551002 ? Sl   May01 402:17 /usr/bin/node /opt/app/worker.js
root      88120  0.0  0.0   6432   720 pts/0 S+  14:10   0:00 grep node""",
    """Prometheus query question: I have

http_requests_total{job="api",status="500"} and http_requests_total{job="api"}

how do I get the error ratio over 5m per instance? and what alert threshold would you use""",
    """Explain what this SQL window function returns:

SELECT region, month, revenue,
       SUM(revenue) OVER (PARTITION BY region ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS rolling_3m
FROM sales
ORDER BY region, month;""",
    # 31
    """Our .env.example, is it fine to commit?

APP_ENV=production
APP_KEY=
DB_HOST=127.0.0.1
DB_USERNAME=root
DB_PASSWORD=changeme
MAIL_FROM_ADDRESS=noreply@example.com
STRIPE_SECRET=<your-stripe-secret>""",
    """What does this mean in dmesg?

[  412.118020] EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2: comm systemd: reading directory lblock 0
[  412.120144] Buffer I/O error on dev sda1, logical block 0, lost sync page write
[  412.121220] Aborting journal on device sda1-8.""",
    """Helm values for redis, how do I enable persistence?

architecture: standalone
auth:
  enabled: true
  password: "{{ .Values.global.redisPassword }}"
master:
  persistence:
    enabled: false
    size: 8Gi""",
    """Write a Python script that reads this football data and prints the top scorer per season:

season,player,club,goals
2017-18,Mohamed Salah,Liverpool,32
2018-19,Sergio Agüero,Manchester City,21
2022-23,Erling Haaland,Manchester City,36
2023-24,Erling Haaland,Manchester City,27""",
    """Why is this Go code racing?

var counter int
func main() {
    var wg sync.WaitGroup
    for i := 0; i < 1000; i++ {
        wg.Add(1)
        go func() { counter++; wg.Done() }()
    }
    wg.Wait()
    fmt.Println(counter)
}""",
    """iostat says %util 100 on nvme0n1 but throughput is low. what gives?

Device   r/s     w/s     rkB/s    wkB/s   r_await w_await aqu-sz  %util
nvme0n1  12.0  4120.0    96.0  16480.0    0.21    8.90  36.70  100.0""",
    """Explain RSA with tiny numbers: p=61, q=53. Alice publishes (n, e) = (3233, 17). Bob encrypts m=65. Show c and how Alice decrypts with d.""",
    """Postgres EXPLAIN ANALYZE, why seq scan?

Seq Scan on events  (cost=0.00..241876.20 rows=41 width=96) (actual time=0.044..1811.230 rows=37 loops=1)
  Filter: ((tenant_id = 42) AND (created_at > '2024-05-01 00:00:00+00'::timestamp with time zone))
  Rows Removed by Filter: 9812004
Planning Time: 0.211 ms
Execution Time: 1811.291 ms""",
    """The CI fails with this on the arm64 runner only:

#12 4.811 error: failed to solve: process "/bin/sh -c pip install psycopg2==2.9.9" did not complete successfully: exit code: 1
#12 4.811 Error: pg_config executable not found.

Dockerfile base is python:3.11-slim""",
    """can you explain the difference between these two nginx log formats and which fields are missing from mine?

log_format main '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';
log_format mine '$time_iso8601 $request_method $uri $status $request_time';""",
    # 41
    """Sample fixture from our test suite, is it fine to use example.com like this?

{
  "tenant": "acme",
  "contact": "support@example.com",
  "billing": "billing@example.org",
  "webhook": "https://hooks.example.net/in/<id>"
}""",
    """Write me an SQL query on this schema for the top 5 products by revenue last quarter:

products(sku TEXT PK, name TEXT, category TEXT, unit_price NUMERIC)
order_lines(order_id BIGINT, sku TEXT, qty INT, unit_price NUMERIC)
orders(order_id BIGINT PK, placed_at TIMESTAMPTZ, status TEXT)""",
    """What's the big-O of this? and can it be faster

def has_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return True
    return False""",
    """kubectl get nodes -o wide shows one NotReady:

NAME           STATUS     ROLES           AGE    VERSION   INTERNAL-IP   OS-IMAGE
cp-1           Ready      control-plane   212d   v1.29.4   10.0.0.10     Ubuntu 22.04.4 LTS
worker-1       Ready      <none>          212d   v1.29.4   10.0.0.21     Ubuntu 22.04.4 LTS
worker-2       NotReady   <none>          212d   v1.29.4   10.0.0.22     Ubuntu 22.04.4 LTS

where do I start?""",
    """Explain this Rust borrow checker error:

error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable
 --> src/main.rs:4:5
  |
3 |     let first = &v[0];
  |                  - immutable borrow occurs here
4 |     v.push(6);
  |     ^^^^^^^^^ mutable borrow occurs here
5 |     println!("{}", first);""",
    """Country data, I need to join it with our sales table by ISO code:

iso2,iso3,name,capital,currency
DE,DEU,Germany,Berlin,EUR
JP,JPN,Japan,Tokyo,JPY
BR,BRA,Brazil,Brasília,BRL
KE,KEN,Kenya,Nairobi,KES
NZ,NZL,New Zealand,Wellington,NZD""",
    """systemd unit won't start, journalctl:

May 28 09:14:02 web systemd[1]: Starting myapp.service - My App...
May 28 09:14:02 web myapp[41822]: Error: Cannot find module '/opt/myapp/dist/index.js'
May 28 09:14:02 web systemd[1]: myapp.service: Main process exited, code=exited, status=1/FAILURE
May 28 09:14:02 web systemd[1]: myapp.service: Failed with result 'exit-code'.""",
    """Implement a Bloom filter in Python with k hash functions derived from sha256, and tell me the false positive rate for m = 10000 bits, n = 1000 items, k = 7.""",
    """Our Grafana panel shows p99 latency jumping. raw data:

timestamp,p50_ms,p95_ms,p99_ms
1716800000,42,118,210
1716800060,44,121,232
1716800120,43,160,1840
1716800180,45,119,225

is 1840 an outlier or a real regression?""",
    """Compare these two versions of our openapi, what's breaking?

v1.4.2:  GET /v1/items/{id} -> 200 Item
v2.0.0:  GET /v2/items/{itemId} -> 200 ItemV2 (field `price` now `price_cents` integer)""",
    # 51
    """explain this git log --oneline --graph please

*   a1f3c9e (HEAD -> main) Merge branch 'feature/cache'
|\\
| * 7b2e4d1 add LRU cache to resolver
| * 3c9a0f2 benchmark resolver
* | 9e8d7c6 bump version to 2.3.0
|/
* 5f4e3d2 fix flaky test in test_resolver""",
    """What does Cristiano Ronaldo's goals-per-game look like by club? data:

club,apps,goals
Sporting CP,31,5
Manchester United,346,145
Real Madrid,438,450
Juventus,134,101

write the pandas code and tell me which club was his most efficient""",
    """Is this cron expression right for 'every weekday at 6:30 UTC'?

30 6 * * 1-5 /usr/local/bin/report --format csv --out /var/reports/daily.csv""",
    """ansible playbook fails with 'become password is required' — here's the play, what do I add?

- hosts: web
  become: true
  tasks:
    - name: install nginx
      apt:
        name: nginx
        state: present
        update_cache: true""",
    """Explain the memory layout of this C struct and its sizeof on x86_64:

struct packet {
    uint8_t  type;
    uint32_t length;
    uint16_t flags;
    uint64_t timestamp;
};""",
    """Here's the output of `free -m`, do I need more RAM?

               total        used        free      shared  buff/cache   available
Mem:           31842       12044         812         410       18986       18912
Swap:           2047         311        1736""",
    """sort these semver strings correctly:

1.10.0
1.2.0
1.2.0-rc.1
1.2.0-beta.2
2.0.0-alpha
1.9.9""",
    """What's the difference between these two Kafka consumer configs in behaviour?

A: enable.auto.commit=true, auto.commit.interval.ms=5000, auto.offset.reset=latest
B: enable.auto.commit=false, auto.offset.reset=earliest, isolation.level=read_committed""",
    """Sherlock Holmes and Dr Watson are fictional so I'm using them as sample data in a graph db tutorial. Cypher:

CREATE (h:Character {name:'Sherlock Holmes'})-[:LIVES_AT]->(a:Address {line:'221B Baker Street, London'})
CREATE (w:Character {name:'John Watson'})-[:FRIEND_OF]->(h)

is that ok style-wise?""",
    """Explain why this regex is catastrophic:

^(a+)+$

tested against 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' and node hung""",
    # 61
    """The TLS handshake fails, openssl s_client says:

CONNECTED(00000003)
depth=0 CN = api.example.com
verify error:num=20:unable to get local issuer certificate
verify return:1
---
Certificate chain
 0 s:CN = api.example.com
   i:C = US, O = Let's Encrypt, CN = R3""",
    """Here's the nutrition data for some products, chart the protein per 100 kcal:

sku,product,kcal,protein_g
OAT-500,Rolled Oats 500g,379,13.2
LEN-RED-1K,Red Lentils 1kg,358,24.6
TOF-FIRM-400,Firm Tofu 400g,144,15.7
PB-SMTH-340,Peanut Butter Smooth 340g,588,25.1""",
    """Docker compose logs, why does the worker never connect?

worker-1  | [2024-05-30 10:00:01,221: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno 111] Connection refused.
worker-1  | Trying again in 2.00 seconds... (1/100)
rabbitmq-1 | 2024-05-30 10:00:04.118 [info] <0.221.0> Server startup complete""",
    """Can you write the merge sort in TypeScript with generics and a comparator, plus tests with Jest for empty array, one element, duplicates and already sorted input?""",
    """I've got public earnings per share for a few companies, compute the P/E:

ticker,price,eps_ttm
KO,62.40,2.47
PEP,172.10,6.56
NKE,91.30,3.76""",
    """Why does my Makefile always rebuild?

build: dist/app
dist/app: $(wildcard src/*.go)
	go build -o dist/app ./cmd/app
.PHONY: build dist/app""",
    """What's the time complexity of Floyd–Warshall vs running Dijkstra from every node, and when would Bellman–Ford be the better choice? sparse graph, ~10k nodes, ~50k edges, some negative weights""",
    """Our load balancer health checks: 

target                 port  state      reason
i-0a1b2c3d4e5f60718   8080  healthy
i-0f9e8d7c6b5a40312   8080  unhealthy  Target.ResponseCodeMismatch (502)
i-0123456789abcdef0   8080  draining

what's ResponseCodeMismatch exactly""",
    """The jest config, coverage is 0 for the src/utils folder?

module.exports = {
  testEnvironment: 'node',
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.d.ts'],
  coveragePathIgnorePatterns: ['/node_modules/', '/utils/'],
};""",
    """Weather API response, extract the hourly temps as a list:

{"latitude":52.52,"longitude":13.41,"timezone":"Europe/Berlin","hourly":{"time":["2024-06-01T00:00","2024-06-01T01:00"],"temperature_2m":[14.2,13.8]}}""",
    # 71
    """Explain this Linux audit rule:

-a always,exit -F arch=b64 -S execve -F euid=0 -k root_cmds

and how would I search for hits in ausearch?""",
    """vmstat 1, is the box swapping?

procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu-----
 r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st
 6  2 812044  40112  10220 902114  410  880  1204  2210 8812 14022 42 18 12 28  0
 5  3 820112  38004  10220 899820  512  940  1380  2311 9011 14580 40 19 10 31  0""",
    """What's the output of this Python and why?

def f(x=[]):
    x.append(1)
    return x

print(f(), f(), f())""",
    """Let's say Alice signs a message with ECDSA on secp256k1 and reuses the nonce k for two different messages. Show how Bob (or anyone) can recover her private key from the two signatures. Just the algebra.""",
    """For a tutorial: Moby Dick word frequencies. Here's the top of my output, does it look right?

the      14718
of        6743
and       6518
a         4807
to        4707
in        4242
that      3100
his       2532""",
    """Haproxy stats CSV, which backend is saturated?

# pxname,svname,qcur,qmax,scur,smax,slim,stot,status
api,srv1,0,4,88,120,128,1840221,UP
api,srv2,41,212,128,128,128,1799102,UP
static,srv1,0,0,3,19,512,88210,UP""",
    """What's wrong with this SQL? MySQL 8 says error 1055

SELECT category, sku, MAX(price)
FROM products
GROUP BY category;""",
    """Wikipedia says Marie Curie won Nobel Prizes in 1903 and 1911. Build a small JSON dataset of Nobel laureates in physics from 1901-1910 with year, name, country and motivation, for a Vega-Lite demo""",
    """Explain this Java thread dump snippet, is it a deadlock?

"pool-1-thread-3" #24 prio=5 os_prio=0 tid=0x00007f... nid=0x5e03 waiting for monitor entry
   java.lang.Thread.State: BLOCKED (on object monitor)
	at com.acme.cache.Store.put(Store.java:88)
	- waiting to lock <0x000000076b1c2a10> (a java.util.HashMap)
	- locked <0x000000076b1c2b40> (a com.acme.cache.Index)""",
    """Please review our branch protection yaml (probot settings):

branches:
  - name: main
    protection:
      required_pull_request_reviews:
        required_approving_review_count: 2
      required_status_checks:
        strict: true
        contexts: ["ci/test", "ci/lint"]
      enforce_admins: true""",
    # 81
    """Can you make this awk print the 95th percentile of the response times column?

awk '{print $NF}' access.log | sort -n | ...

lines end like: "GET /api/items HTTP/1.1" 200 512 0.043""",
    """Which of these hashes is bcrypt vs argon2 vs sha512crypt?

$2b$12$KIXQJ0r9oQ4m3sZtF5yLZ.uQxE1lW8c7gH6bN2vD4pR0aT9yU3eWm
$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG
$6$rounds=5000$saltsalt$Wn4bDkY...""",
    """Here's a Python snippet using the Haversine formula. Distances between Paris (48.8566, 2.3522), Berlin (52.52, 13.405) and Madrid (40.4168, -3.7038) come out 10% too big, why?

R = 6371
def hav(lat1, lon1, lat2, lon2):
    dlat = lat2 - lat1
    dlon = lon2 - lon1
    a = sin(dlat/2)**2 + cos(lat1)*cos(lat2)*sin(dlon/2)**2
    return 2*R*asin(sqrt(a))""",
    """What do these MySQL slow log fields mean?

# Query_time: 12.811204  Lock_time: 0.000120 Rows_sent: 10  Rows_examined: 48120441
SET timestamp=1716901200;
SELECT * FROM events ORDER BY created_at DESC LIMIT 10;""",
    """Explain this Terraform plan output, why is it replacing?

  # aws_instance.web must be replaced
-/+ resource "aws_instance" "web" {
      ~ ami           = "ami-0a1b2c3d4e5f67890" -> "ami-0f9e8d7c6b5a43210" # forces replacement
      ~ id            = "i-0abc123def4567890" -> (known after apply)
        instance_type = "t3.medium"
    }""",
    """our SLO doc says 99.9% monthly availability. how many minutes of downtime is that for a 30-day month and a 31-day month? and for 99.95%""",
    """How do I read this flame graph summary from py-spy?

  %Own   %Total  OwnTime  TotalTime  Function (filename)
 41.00%  41.00%   8.20s     8.20s   _json_decode (json/decoder.py)
 22.00%  63.00%   4.40s    12.60s   parse_batch (ingest/parser.py)
  9.00%  88.00%   1.80s    17.60s   run (ingest/worker.py)""",
    """Write a k-means from scratch in numpy and test it on the Iris dataset (sklearn.datasets.load_iris). Report the adjusted rand index vs the true species.""",
    """is it bad to have `latest` tags in this k8s manifest?

containers:
  - name: api
    image: ghcr.io/acme/api:latest
    imagePullPolicy: IfNotPresent
    resources:
      limits: { cpu: "1", memory: 512Mi }""",
    """Need a SQL schema for a library system: books (isbn, title, author, year), members, loans with due dates. Normalise authors into their own table with many-to-many. Postgres please, with sensible constraints.""",
    # 91
    """Explain this curl -v output, why 301?

> GET / HTTP/1.1
> Host: example.org
> User-Agent: curl/8.5.0
< HTTP/1.1 301 Moved Permanently
< Location: https://example.org/
< Server: cloudflare""",
    """The F1 data, who had the best points per race?

driver,season,races,points
Max Verstappen,2023,22,575
Lewis Hamilton,2020,16,347
Sebastian Vettel,2013,19,397
Michael Schumacher,2004,18,148""",
    """Our Sentry issue shows this, which line is ours?

TypeError: Cannot read properties of undefined (reading 'map')
  at ProductList (webpack-internal:///./src/components/ProductList.tsx:21:24)
  at renderWithHooks (webpack-internal:///./node_modules/react-dom/cjs/react-dom.development.js:15486:18)
  at mountIndeterminateComponent (webpack-internal:///./node_modules/react-dom/cjs/react-dom.development.js:20103:13)""",
    """what's the difference between these two ip route outputs, why can't I reach the internet?

default via 10.0.0.1 dev eth0 proto dhcp metric 100
10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.15

vs after VPN:
0.0.0.0/1 via 10.8.0.1 dev tun0
128.0.0.0/1 via 10.8.0.1 dev tun0""",
    """Implement Luhn validation in Go and explain why it catches single-digit errors but not all transpositions (like 09 <-> 90).""",
    """Help me read this pg_stat_activity output:

 pid  | state               | wait_event_type | wait_event    | query_start          | query
------+---------------------+-----------------+---------------+----------------------+------------------------
 8812 | idle in transaction | Client          | ClientRead    | 2024-05-30 09:02:11  | UPDATE inventory SET q...
 8820 | active              | Lock            | transactionid | 2024-05-30 09:02:14  | UPDATE inventory SET q...""",
    """Explain Shamir's secret sharing with a toy example: secret 1234, threshold 3 of 5, prime 1613. Alice gives shares to Bob, Carol, Dave, Erin and Frank; show how any three reconstruct it with Lagrange interpolation.""",
    """Dependabot opened 14 PRs. Which of these are safe to batch-merge?

bump lodash from 4.17.20 to 4.17.21
bump axios from 0.27.2 to 1.7.2
bump eslint from 8.57.0 to 9.3.0
bump @types/node from 20.12.7 to 20.12.12
bump typescript from 5.4.3 to 5.4.5""",
    """Check my cost estimate: 12 x m6i.2xlarge at $0.384/h on-demand, 730 h/month, plus 4 TB gp3 at $0.08/GB-month. What's the monthly total and what would a 1-year no-upfront savings plan at ~28% off save?""",
    """What does this OpenTelemetry span tell me?

{"name":"GET /checkout","kind":"SERVER","status":{"code":"ERROR"},"attributes":{"http.method":"GET","http.route":"/checkout","http.status_code":503,"net.peer.name":"payments.internal"},"duration_ms":30012}""",
]

NATIONAL_IDS = {
    "412.859.587-05": cpf_ok,
    "806.236.532-81": cpf_ok,
    "99344503674": pesel_ok,
    "96132414866": pesel_ok,
    "204403157": bsn_ok,
    "221048819": bsn_ok,
    "6158 5096 6132": aadhaar_ok,
    "6877 3820 5772": aadhaar_ok,
    "27950745638": kimlik_ok,
    "20644049548": kimlik_ok,
    "36783489930": kimlik_ok,
    "422 934 3396": nhs_ok,
    "4229343396": nhs_ok,
    "79409186F": dni_ok,
    "47718888Y": dni_ok,
    "120488-5691": hetu_ok,
    "S6711756E": nric_ok,
    "850214-1684042": rrn_ok,
    "8502141684042": rrn_ok,
    "671 949 386": luhn_len(9),
    "900729-0068": luhn_len(10),
    "850503-7005": luhn_len(10),
    "9106741530485": luhn_len(13),
    "8207150958034": luhn_len(13),
    "188077534496396": nir_ok,
    "51603412804": steuer_id_ok,
    "293895767": nif_ok,
    "218477309": nif_ok,
    "10.140.519-2": rut_ok,
    "15038887847": fodselsnummer_ok,
    "2920611363713": cnp_ok,
    "RSSGNN85L42F839G": codice_fiscale_ok,
    "SPSFNC82C11F839L": codice_fiscale_ok,
    "310104198706670402": china_id_ok,
    "110105197209150224": china_id_ok,
    "559522739739": my_number_ok,
    "341406870": tfn_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany's 030 23125), the country's own layout
# (with its calling code, or a national layout named here) elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",
        r"020 7946 0\d{3}",
        r"0131 496 0\d{3}",
        r"\(\d{3}\) 555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",
        r"\+493023125\d{3}",
        r"0[89]0-\d{4}-\d{4}",
        r"07\d{2} \d{3} \d{3}",  # Kenya national layout
        r"0\d{10}",  # Greek national layout without spaces
        r"\+(7|20|27|30|31|34|36|39|40|46|48|49|52|54|55|56|62|63|64|82|84|86|90|91|233|234|254|353|354|358|385|420|966|968|971) [\d ()-]+\d",
    )
]


def check_counts(name: str, texts: list[str]) -> None:
    """Each text within the word range; a shorter one (scripts written without spaces,
    terse pastes) needs at least ``SHORT_CHARS`` characters."""
    for marked in texts:
        count = word_count(marked)
        long_enough = count >= WORDS[0] or len(strip_marks(marked)[0]) >= SHORT_CHARS
        if count > WORDS[1] or not long_enough:
            raise SystemExit(f"{name}: {word_count(marked)} words in {marked[:60]!r}")


def main() -> None:
    sections = {
        "pastes": (PASTES, 176),
        "terse": (TERSE, 44),
        "clean": (CLEAN, 100),
    }
    pii = PASTES + TERSE
    check_counts("pastes", PASTES)
    check_counts("terse", TERSE)
    check_counts("clean", CLEAN)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind44", HERE, sections, {"pastes", "terse"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=[], lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
