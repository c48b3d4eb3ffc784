# ruff: noqa: E501
"""A fortieth blind privacy set: 220 texts with personal data and 100 clean ones, all of them
developers and analysts pasting structured or semi-structured data into a chat assistant.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations); each pairs a request ("why does this JSON fail
validation", "convert this CSV to SQL inserts", "write a regex for these rows", "fix this
YAML", "what's wrong with this curl", "explain this stack trace", "deduplicate these
contacts") with the data it is about:

* 28 JSON objects and arrays: user records, orders with shipping addresses, payment,
  Shopify, Stripe, Twilio, Auth0 and Slack payloads, GraphQL and bank API bodies;
* 22 CSV, TSV and spreadsheet pastes with headers (``;`` and tab separated ones, a BOM,
  mojibake, pipes, quoted fields);
* 20 SQL INSERT, UPDATE, MERGE and stored-procedure statements and query results;
* 26 configs: YAML, docker compose, Kubernetes secrets, ``.env``, ini, properties, TOML,
  ``.pgpass``, ``.netrc``, ``.npmrc``, wpa_supplicant, terraform vars, database URLs with
  passwords, cloud and SaaS API keys;
* 17 HTTP requests and curl, wget, HTTPie and fetch calls with Authorization headers,
  Basic auth, bearer tokens and cookies;
* 25 log excerpts: sshd, auth.log, nginx, apache, postfix, vsftpd, fail2ban, Windows
  security events, Cisco ASA, CloudTrail, door access, audit and application logs with
  usernames, e-mails and documentation-range IPs;
* 12 stack traces (Python, Java, Node, C#, Ruby, Go, PHP, Rust, Android, Spring) with a
  user's data in the message or locals;
* 14 vCard and iCal entries and mail headers;
* 12 Python, JavaScript, Go and Cypress test fixtures with names, cards and national ids;
* 44 records (a fifth) whose keys or columns don't say what the value is (``f1``,
  ``col3``, ``x``, ``Q1``, positional arrays, HL7 and fixed-width lines).

Field names come in several languages (name, nome, nombre, nom, Name, naam, shimei) and
values in many countries' formats. Usernames and logins, member, employee, student,
patient and account numbers, passports and national ids are ID_NUMBER; passwords,
wifi keys and Basic-auth credentials PASSWORD; tokens, API keys, session cookies and
webhook secrets API_KEY; titles (Dr) stay outside PERSON spans; an address span runs from
the street line through the postcode and city as typed; service accounts (``app``,
``etl``), companies, public figures, order, ticket and invoice numbers, card last-four
digits and dates of birth are not labelled; every occurrence of a private value is marked.

The 100 clean texts hold no personal data at all: 30 schemas, catalogues, metrics, DDL and
data-format questions, 20 configs with placeholder values (``${DB_PASSWORD}``,
``<your-stripe-key>``, ``changeme``, ``xxx``), 20 logs and stack traces naming no one, 15
code and test fixtures using role names (Alice and Bob, Eve, admin/editor/viewer) and 15
tables of public company data and famous players' sports statistics.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0131 496 0, 0161 496 0, 029 2018 0; North America 555-01xx; Australia 0491 570; France
06 39 98; Germany 030 23125, 040 66969) and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (Spanish DNI and NIE, Indian Aadhaar, Polish PESEL,
Turkish kimlik, Swedish personnummer, Italian codice fiscale, Portuguese NIF, Dutch BSN,
NHS number, Chilean RUT, Korean resident registration number, Brazilian CPF, South
African id, Norwegian fødselsnummer, Czech rodné číslo, French NIR, Irish PPS number,
Belgian national number, Singapore NRIC, Finnish henkilötunnus). One Aadhaar in a test
fixture has a wrong check digit on purpose (the test's invalid case) and is still marked.

Run ``.venv/bin/python bench/data/build_blind40.py`` from the repository root; the output is
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
    check_national_ids,
    check_values,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    fodselsnummer_ok,
    hetu_ok,
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
    rut_ok,
    word_count,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 300
WORDS = (10, 300)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme)\.?\s", re.IGNORECASE)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
# JSON: user records, orders with shipping addresses, webhook payloads, API responses.
JSON = [
    """why does this fail validation?? schema says email is required and it's clearly there

{
  "id": 48213,
  "name": "[[PERSON|Ana Beatriz Souza]]",
  "email ": "[[EMAIL_ADDRESS|ana.bsouza@gmail.com]]",
  "phone": "[[PHONE_NUMBER|+55 11 98432-7719]]",
  "active": true
}""",
    """Can you tell me what's wrong with this JSON? jq says "parse error: Expected separator between values at line 4"

{
  "customer": {
    "nombre": "[[PERSON|Javier Ortega Luengo]]"
    "telefono": "[[PHONE_NUMBER|+34 612 48 93 07]]",
    "dni": "[[ID_NUMBER|53908174S]]"
  }
}""",
    """convert this order payload to a flat CSV row pls, one column per field

{"order_id":"ORD-20931","placed":"2024-03-02T11:04:55Z","ship_to":{"name":"[[PERSON|Kieran Walsh]]","address":"[[STREET_ADDRESS|14 Carrow Road, Norwich NR1 1HU]]","phone":"[[PHONE_NUMBER|07700 900418]]"},"items":[{"sku":"TEA-EB-250","qty":2},{"sku":"MUG-WHT","qty":1}],"total":23.40}""",
    """Stripe webhook handler keeps throwing KeyError: 'billing_details'. Here's the event body we got, what path should I read the name from?

{
  "type": "charge.succeeded",
  "data": {
    "object": {
      "amount": 4900,
      "currency": "eur",
      "billing_details": {
        "name": "[[PERSON|Lena Hoffmann]]",
        "email": "[[EMAIL_ADDRESS|lena.hoffmann@web.de]]",
        "address": {"line1": "[[STREET_ADDRESS|Bergmannstraße 41]]", "postal_code": "10961", "city": "Berlin"}
      },
      "payment_method_details": {"card": {"last4": "6102", "brand": "visa"}}
    }
  }
}""",
    """I need a JSON Schema for this. Note the zip is sometimes a number sometimes a string, want to allow both

{
  "first_name": "[[PERSON|Darnell]]",
  "last_name": "[[PERSON|Hughes]]",
  "ssn": "[[US_SSN|417-62-3058]]",
  "dob": "1987-09-14",
  "address": {"street": "[[STREET_ADDRESS|2281 Kessler Ave]]", "city": "Dayton", "state": "OH", "zip": 45406}
}""",
    """pretty print this please, it came out of our logs on one line

{"event":"user.updated","user":{"uid":"[[ID_NUMBER|u_8f3k2m91]]","nom":"[[PERSON|Camille Lefèvre]]","courriel":"[[EMAIL_ADDRESS|camille.lefevre@orange.fr]]","tel":"[[PHONE_NUMBER|06 39 98 14 72]]","adresse":"[[STREET_ADDRESS|12 rue des Tanneurs, 69005 Lyon]]"},"changed":["tel","adresse"]}""",
    """Why does JSON.parse choke on this? Error: Unexpected token ' in JSON at position 2

{'name': '[[PERSON|Priya Raghunathan]]', 'email': '[[EMAIL_ADDRESS|priya.r@infosysmail.in]]', 'aadhaar': '[[ID_NUMBER|5821 0463 9178]]', 'city': 'Chennai'}""",
    """Can you write a TypeScript interface for this API response? Also is `card` safe to return from our endpoint like this or should we mask it

{
  "account": {
    "holder": "[[PERSON|Tomasz Wiśniewski]]",
    "pesel": "[[ID_NUMBER|92031504815]]",
    "iban": "[[IBAN_CODE|PL18 1090 1014 0000 0712 0463 9583 17]]",
    "card": "[[CREDIT_CARD|4539 1488 0343 6277]]",
    "created_at": "2023-11-20T08:12:00+01:00"
  }
}""",
    """The array below has duplicates, can you dedupe by email (case-insensitive) and keep the newest updated_at

[
 {"name":"[[PERSON|Grace Okafor]]","email":"[[EMAIL_ADDRESS|grace.okafor@yahoo.com]]","updated_at":"2024-01-03"},
 {"name":"[[PERSON|G. Okafor]]","email":"[[EMAIL_ADDRESS|Grace.Okafor@yahoo.com]]","updated_at":"2024-02-19"},
 {"name":"[[PERSON|Samuel Adeyemi]]","email":"[[EMAIL_ADDRESS|s.adeyemi@protonmail.com]]","updated_at":"2023-12-30"}
]""",
    """Shopify order webhook, I only want shipping_address -> our warehouse format. Write the mapping function in python

{
  "id": 5502918833,
  "email": "[[EMAIL_ADDRESS|mick.donnelly84@gmail.com]]",
  "shipping_address": {
    "first_name": "[[PERSON|Mick]]",
    "last_name": "[[PERSON|Donnelly]]",
    "address1": "[[STREET_ADDRESS|7 Ashgrove Park, Ballincollig, Co. Cork P31 K2X7]]",
    "phone": "[[PHONE_NUMBER|+353 87 415 2290]]",
    "country_code": "IE"
  }
}""",
    """jsonlint says valid but our Go struct unmarshals everything as empty strings. struct tags are `json:"Name"` etc

{"name": "[[PERSON|Mehmet Yılmaz]]", "tc_kimlik": "[[ID_NUMBER|28374659150]]", "telefon": "[[PHONE_NUMBER|+90 532 418 77 06]]"}""",
    """Is there a problem with this payload? the bank API returns 422 "invalid beneficiary"

{
  "beneficiary": {
    "name": "[[PERSON|Sophie van der Berg]]",
    "iban": "[[IBAN_CODE|NL82RABO0318472956]]",
    "bic": "RABONL2U"
  },
  "amount": {"value": "1250.00", "currency": "EUR"},
  "reference": "Huur maart"
}""",
    """hey can u explain what each field in this Auth0 user export means, esp identities and last_ip

{
  "user_id": "auth0|65a1c0e4f2",
  "email": "[[EMAIL_ADDRESS|r.castellanos@outlook.com]]",
  "name": "[[PERSON|Rodrigo Castellanos]]",
  "nickname": "[[ID_NUMBER|rcastellanos]]",
  "last_ip": "[[IP_ADDRESS|203.0.113.57]]",
  "logins_count": 41,
  "identities": [{"provider": "auth0", "connection": "Username-Password-Authentication"}]
}""",
    """I'm writing a migration and need this nested structure flattened into the users + addresses tables. Each user can have many addresses.

[
  {
    "id": 1,
    "full_name": "[[PERSON|Hannah Lindqvist]]",
    "personnummer": "[[ID_NUMBER|910422-8136]]",
    "addresses": [
      {"type": "home", "line": "[[STREET_ADDRESS|Sveavägen 88, 113 59 Stockholm]]"},
      {"type": "summer", "line": "[[STREET_ADDRESS|Strandvägen 4, 762 91 Rimbo]]"}
    ]
  }
]""",
    """GraphQL response, the frontend shows "undefined undefined" for the name. what am I doing wrong, I'm reading data.user.firstName

{
  "data": {
    "viewer": {
      "first_name": "[[PERSON|Yuki]]",
      "last_name": "[[PERSON|Tanaka]]",
      "email": "[[EMAIL_ADDRESS|yuki.tanaka@docomo.ne.jp]]"
    }
  }
}""",
    """Validate this against RFC 8259 and tell me every error, there's more than one i think

{
  "patient": "[[PERSON|Olumide Bankole]]",
  "mrn": [[ID_NUMBER|MRN-0048213]],
  "phone": "[[PHONE_NUMBER|(312) 555-0147]]",
  "allergies": ["penicillin", "latex",],
  "notes": "pt prefers morning appts"
}""",
    """why is my pydantic model rejecting this? "value is not a valid email address" but it looks fine??

{"username": "[[ID_NUMBER|lucia_ferrari]]", "email": "[[EMAIL_ADDRESS|lucia.ferrari@libero.it]] ", "codice_fiscale": "[[ID_NUMBER|RSSGLI88M52L219T]]"}

oh wait is it the trailing space""",
    """Can you turn this into a markdown table? columns name, role, phone

{"team":[{"name":"[[PERSON|Ifeoma Nwosu]]","role":"on-call lead","phone":"[[PHONE_NUMBER|+44 7700 900512]]"},{"name":"[[PERSON|Declan Fry]]","role":"backup","phone":"[[PHONE_NUMBER|07700 900733]]"},{"name":"[[PERSON|Marta Kowalczyk]]","role":"db","phone":"[[PHONE_NUMBER|020 7946 0381]]"}]}""",
    """Our Twilio status callback gives this. how do I tell if the SMS actually reached the person

{
  "SmsStatus": "undelivered",
  "To": "[[PHONE_NUMBER|+61 491 570 228]]",
  "ErrorCode": "30003",
  "Body": "Hi [[PERSON|Chloe]], your appointment is confirmed for Tue 10:30"
}""",
    """Need a jq filter that outputs "name <email>" for everyone with plan == pro

[
  {"name": "[[PERSON|Björn Eriksson]]", "email": "[[EMAIL_ADDRESS|bjorn.eriksson@telia.se]]", "plan": "pro"},
  {"name": "[[PERSON|Aisha Rahman]]", "email": "[[EMAIL_ADDRESS|aisha.rahman@hotmail.co.uk]]", "plan": "free"},
  {"name": "[[PERSON|Felipe Duarte]]", "email": "[[EMAIL_ADDRESS|fduarte@uol.com.br]]", "plan": "pro"}
]""",
    """this is from the checkout service, it's double-charging. Is there anything in the request that explains the retry?

{
  "idempotency_key": null,
  "customer": {"name": "[[PERSON|Nathan Brooks]]", "email": "[[EMAIL_ADDRESS|nbrooks@fastmail.com]]"},
  "card": {"number": "[[CREDIT_CARD|5425233430109903]]", "exp": "08/27"},
  "amount": 8999
}""",
    """Write a python function that masks everything in this record except last 4 of the card and the first letter of the name

{"cliente": "[[PERSON|Giulia Marino]]", "carta": "[[CREDIT_CARD|4916 8025 3317 6040]]", "iban": "[[IBAN_CODE|IT24X0306909606100000167823]]", "cellulare": "[[PHONE_NUMBER|+39 347 218 5093]]"}""",
    """Why does my JSON schema `"format": "date"` reject the dob here? expected YYYY-MM-DD

{
  "member_no": "[[ID_NUMBER|GYM-778214]]",
  "name": "[[PERSON|Oliver Grant]]",
  "dob": "14/02/1990",
  "emergency_contact": {"name": "[[PERSON|Ruth Grant]]", "phone": "[[PHONE_NUMBER|07700 900264]]"}
}""",
    """Got this from the HR system export, I need it sorted by hire_date and converted to YAML

[
 {"emp_id":"[[ID_NUMBER|E10442]]","nome":"[[PERSON|Rafael Pinto]]","nif":"[[ID_NUMBER|245193782]]","hire_date":"2021-06-01"},
 {"emp_id":"[[ID_NUMBER|E10317]]","nome":"[[PERSON|Inês Carvalho]]","nif":null,"hire_date":"2019-02-11"}
]""",
    """what's the size of this if I gzip it? roughly. it's one record, we have 40M of these

{"uid":"[[ID_NUMBER|88120374]]","n":"[[PERSON|Ngozi Eze]]","e":"[[EMAIL_ADDRESS|ngozi.eze@gmail.com]]","ph":"[[PHONE_NUMBER|+234 803 514 2268]]","addr":"[[STREET_ADDRESS|21 Admiralty Way, Lekki Phase 1, Lagos]]","ts":1709112233}""",
    """The Slack webhook test returns `invalid_payload`. What's off?

{
  "text": "New signup: [[PERSON|Emre Demir]] ([[EMAIL_ADDRESS|emre.demir@gmail.com]]) from [[IP_ADDRESS|198.51.100.23]]",
  "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Plan:* team"}}]
  "channel": "#signups"
}""",
    """Explain the difference between these two API responses, the second one is missing the address and I can't see why

A: {"id":77,"name":"[[PERSON|Fatima Zahra Benali]]","address":"[[STREET_ADDRESS|23 Rue Ibn Battouta, Rabat 10000]]","phone":"[[PHONE_NUMBER|+212 661 48 20 93]]"}
B: {"id":77,"name":"[[PERSON|Fatima Zahra Benali]]","phone":"[[PHONE_NUMBER|+212 661 48 20 93]]","address":null}""",
    """convert to XML with attributes for id and type

{"contact": {"id": "c-2291", "type": "billing", "naam": "[[PERSON|Pieter de Jong]]", "bsn": "[[ID_NUMBER|205739143]]", "rekening": "[[IBAN_CODE|NL36 INGB 0007 3829 15]]", "email": "[[EMAIL_ADDRESS|p.dejong@ziggo.nl]]"}}""",
]

# CSV/TSV rows with headers and spreadsheet pastes.
CSV = [
    """Convert this CSV to SQL INSERTs for a table called customers (id serial, so skip it)

name,email,phone,city
[[PERSON|Emma Schultz]],[[EMAIL_ADDRESS|emma.schultz@gmx.de]],[[PHONE_NUMBER|030 23125 418]],Berlin
[[PERSON|Lukas Brandt]],[[EMAIL_ADDRESS|lukas.brandt@t-online.de]],[[PHONE_NUMBER|+49 40 66969 302]],Hamburg
[[PERSON|Mia Kraus]],[[EMAIL_ADDRESS|mia.kraus@posteo.de]],,München""",
    """pandas read_csv gives me 'Error tokenizing data. C error: Expected 4 fields in line 3, saw 5'. here are the first lines:

id,name,address,phone
1,[[PERSON|Tyler Reed]],[[STREET_ADDRESS|418 Maple St, Springfield, IL 62704]],[[PHONE_NUMBER|(217) 555-0183]]
2,[[PERSON|Jasmine Patel]],[[STREET_ADDRESS|77 Birch Lane, Apt 4, Edison, NJ 08817]],[[PHONE_NUMBER|(732) 555-0129]]""",
    """write a regex that validates the phone column in this export. some rows are bad and I want to find them

nombre;telefono;ciudad
[[PERSON|Lucía Fernández]];[[PHONE_NUMBER|+34 655 21 84 30]];Sevilla
[[PERSON|Andrés Molina]];[[PHONE_NUMBER|655218431]];Valencia
[[PERSON|Carmen Ruiz]];[[PHONE_NUMBER|+34 6 55 21 84 32]];Bilbao""",
    """Deduplicate these contacts. Same person if email matches OR phone matches. Output the merged list.

first,last,email,mobile
[[PERSON|Sarah]],[[PERSON|Mitchell]],[[EMAIL_ADDRESS|sarah.mitchell@bigpond.com]],[[PHONE_NUMBER|0491 570 113]]
[[PERSON|Sarah]],[[PERSON|Mitchell-Ng]],[[EMAIL_ADDRESS|smitchellng@gmail.com]],[[PHONE_NUMBER|0491 570 113]]
[[PERSON|Josh]],[[PERSON|Tran]],[[EMAIL_ADDRESS|josh.tran@outlook.com.au]],[[PHONE_NUMBER|0491 570 187]]
[[PERSON|Joshua]],[[PERSON|Tran]],[[EMAIL_ADDRESS|josh.tran@outlook.com.au]],""",
    """TSV from our payroll tool. I need to compute total per department, ignore the bank column

emp	name	dept	salary	iban
[[ID_NUMBER|4471]]	[[PERSON|Jan Novák]]	Ops	52000	[[IBAN_CODE|AT061200052098847311]]
[[ID_NUMBER|4472]]	[[PERSON|Eva Horváth]]	Finance	61000	[[IBAN_CODE|DE2550010517543290876102]]
[[ID_NUMBER|4490]]	[[PERSON|Pavel Dvořák]]	Ops	48500	[[IBAN_CODE|CH74 0483 5081 7294 0063 B]]""",
    """excel paste, why is vlookup returning #N/A for [[PERSON|Chidi]]? the name's definitely in sheet2

Name	Member ID	Phone
[[PERSON|Chidi Okonkwo]] 	[[ID_NUMBER|CLB-20931]]	[[PHONE_NUMBER|+44 20 7946 0512]]
[[PERSON|Amara Obi]]	[[ID_NUMBER|CLB-20944]]	[[PHONE_NUMBER|+44 20 7946 0733]]""",
    """Can you split the full_name column into first/last in this csv? watch out for the compound surnames

full_name,email
[[PERSON|María José García López]],[[EMAIL_ADDRESS|mjgarcia.lopez@telefonica.net]]
[[PERSON|Jean-Baptiste Moreau]],[[EMAIL_ADDRESS|jb.moreau@free.fr]]
[[PERSON|Anh Nguyen Thi]],[[EMAIL_ADDRESS|anh.nguyenthi@gmail.com]]
[[PERSON|Oisín Mac Giolla Phádraig]],[[EMAIL_ADDRESS|oisin.mgp@eircom.net]]""",
    """I have this export from the old CRM and need to load it into HubSpot. Which columns map to which HubSpot properties?

Contact Name,E-mail,Tel.,Company,Street,Zip,Town
[[PERSON|Henrik Olsen]],[[EMAIL_ADDRESS|henrik@fjordbygg.no]],[[PHONE_NUMBER|+47 412 58 903]],Fjordbygg AS,[[STREET_ADDRESS|Storgata 19, 0184 Oslo]]""",
    """sum the amounts per card and tell me which card has the most refunds

date,card,amount,type
2024-02-01,[[CREDIT_CARD|5229071148650398]],120.00,sale
2024-02-01,[[CREDIT_CARD|4026673391205784]],-35.50,refund
2024-02-03,[[CREDIT_CARD|5229071148650398]],-120.00,refund
2024-02-04,[[CREDIT_CARD|376429175038824]],62.10,sale""",
    """Hi, this CSV has a BOM and the first header comes out as '\\ufeffstudent_id'. how do I strip it in python?

student_id,surname,given_name,email
[[ID_NUMBER|S2204518]],[[PERSON|Achterberg]],[[PERSON|Femke]],[[EMAIL_ADDRESS|f.achterberg@student.uva.nl]]
[[ID_NUMBER|S2204733]],[[PERSON|Bakker]],[[PERSON|Thijs]],[[EMAIL_ADDRESS|t.bakker@student.uva.nl]]""",
    """google sheets QUERY returns nothing, what's wrong with =QUERY(A1:D4,"select A where D > 30")

Nome	Cognome	Email	Età
[[PERSON|Francesca]]	[[PERSON|Bianchi]]	[[EMAIL_ADDRESS|francesca.bianchi@tiscali.it]]	34
[[PERSON|Matteo]]	[[PERSON|Greco]]	[[EMAIL_ADDRESS|matteo.greco@gmail.com]]	29
[[PERSON|Chiara]]	[[PERSON|Colombo]]	[[EMAIL_ADDRESS|chiara.colombo@alice.it]]	41""",
    """Need to anonymise this before sending to the vendor. keep the structure, replace values with fakes that have the same shape

patient_id,name,nhs_no,postcode,phone
[[ID_NUMBER|P-00912]],[[PERSON|Margaret Doyle]],[[ID_NUMBER|943 476 5919]],LS6 2QA,[[PHONE_NUMBER|0113 496 0587]]
[[ID_NUMBER|P-00913]],[[PERSON|Alan Whitfield]],[[ID_NUMBER|721 048 3365]],LS7 4HB,[[PHONE_NUMBER|0113 496 0219]]""",
    """The dates in this file are a mix of formats, write me a parser that normalises them

customer,signup,email
[[PERSON|Kwame Mensah]],03/04/2023,[[EMAIL_ADDRESS|kwame.mensah@gmail.com]]
[[PERSON|Abena Asante]],2023-04-17,[[EMAIL_ADDRESS|abena.asante@yahoo.com]]
[[PERSON|Kofi Boateng]],17 Apr 2023,[[EMAIL_ADDRESS|kofiboateng@outlook.com]]""",
    """what delimiter is this even. pipes inside quotes are breaking awk

"[[PERSON|Nicolás Herrera]]"|"[[STREET_ADDRESS|Av. Providencia 1208, depto 52, Providencia, Santiago]]"|"[[ID_NUMBER|15.382.604-8]]"
"[[PERSON|Valentina Soto]]"|"portón verde | tocar timbre"|"[[PHONE_NUMBER|+56 9 8741 2206]]"
that second row has 4 fields according to awk""",
    """csv → json array of objects please. numbers as numbers

user,ip,failed_logins
[[ID_NUMBER|kmurphy]],[[IP_ADDRESS|198.51.100.77]],3
[[ID_NUMBER|aoconnell]],[[IP_ADDRESS|198.51.100.78]],11
[[ID_NUMBER|dbyrne2]],[[IP_ADDRESS|203.0.113.201]],1""",
    """These two sheets should match but the totals are off by one row. Sheet A:

[[PERSON|Ravi Shankar Iyer]]	[[EMAIL_ADDRESS|ravi.iyer@rediffmail.com]]	[[PHONE_NUMBER|+91 98450 31277]]
[[PERSON|Deepa Menon]]	[[EMAIL_ADDRESS|deepa.menon@gmail.com]]	[[PHONE_NUMBER|+91 98450 31288]]
[[PERSON|Arjun Nair]]	[[EMAIL_ADDRESS|arjun.nair91@gmail.com]]	[[PHONE_NUMBER|+91 98450 31299]]

Sheet B:
[[PERSON|Ravi Shankar Iyer]]	[[EMAIL_ADDRESS|ravi.iyer@rediffmail.com]]
[[PERSON|Arjun Nair]]	[[EMAIL_ADDRESS|arjun.nair91@gmail.com]]

which one is missing""",
    """is it ok to store card numbers in a csv like this for our small shop or is that a PCI problem? (asking for a friend lol)

name,card,exp
[[PERSON|Bea Santos]],[[CREDIT_CARD|4556 7302 1984 3168]],11/26
[[PERSON|Miguel Reyes]],[[CREDIT_CARD|5168 0429 9371 0259]],04/25""",
    """Write a bash one-liner that prints the email column only from this, skipping the header

id;nom;prenom;email;ville
1;[[PERSON|Dubois]];[[PERSON|Élodie]];[[EMAIL_ADDRESS|elodie.dubois@laposte.net]];Nantes
2;[[PERSON|Mercier]];[[PERSON|Hugo]];[[EMAIL_ADDRESS|hugo.mercier@sfr.fr]];Rennes
3;[[PERSON|Fontaine]];[[PERSON|Léa]];[[EMAIL_ADDRESS|lea.fontaine@wanadoo.fr]];Brest""",
    """I'm getting UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 on this file, opened it in notepad and the first lines look like:

Name,Stra�e,PLZ,Ort,Telefon
[[PERSON|Jürgen Weiß]],[[STREET_ADDRESS|Schillerstra�e 7, 70173, Stuttgart]],[[PHONE_NUMBER|+49 40 66969 331]]""",
    """spreadsheet of the volunteer rota, can you make a weekly calendar grid out of it

Day	Volunteer	Phone
Mon	[[PERSON|Pat Gallagher]]	[[PHONE_NUMBER|07700 900871]]
Tue	[[PERSON|Niamh Kelly]]	[[PHONE_NUMBER|07700 900872]]
Wed	[[PERSON|Pat Gallagher]]	[[PHONE_NUMBER|07700 900871]]
Thu	[[PERSON|Sunita Kaur]]	[[PHONE_NUMBER|07700 900875]]""",
    """why does COPY fail with 'extra data after last expected column' on line 2?

COPY members(member_id, name, email) FROM '/tmp/members.csv' CSV HEADER;

member_id,name,email
[[ID_NUMBER|M-33190]],[[PERSON|Wei Zhang]],[[EMAIL_ADDRESS|wei.zhang@163.com]]
[[ID_NUMBER|M-33191]],[[PERSON|Li, Xiaoming]],[[EMAIL_ADDRESS|xiaoming.li@qq.com]]""",
    """ok so the bank's export is this and I want to categorise transactions. counterparty IBANs are the key

Datum;Betrag;Gegenkonto;Name
01.03.2024;-850,00;[[IBAN_CODE|DE42 3704 0044 0288 1564 0300]];[[PERSON|Sabine Krüger]]
02.03.2024;-42,90;SEPA-Lastschrift;Stadtwerke Bonn
05.03.2024;2310,00;[[IBAN_CODE|BE44 3101 5472 0936]];[[PERSON|Tomáš Beneš]]""",
]

# SQL INSERT/UPDATE statements and query results.
SQL = [
    """This insert fails with 'column count doesn't match value count at row 1' in MySQL. help

INSERT INTO users (username, full_name, email, phone) VALUES
('[[ID_NUMBER|bwatanabe]]', '[[PERSON|Ben Watanabe]]', '[[EMAIL_ADDRESS|ben.watanabe@icloud.com]]'),
('[[ID_NUMBER|hkimura]]', '[[PERSON|Haruka Kimura]]', '[[EMAIL_ADDRESS|haruka.kimura@gmail.com]]', '[[PHONE_NUMBER|090-4418-2275]]');""",
    """Why does postgres say 'syntax error at or near "O"'?

INSERT INTO contacts (name, city) VALUES ('[[PERSON|Siobhan O'Sullivan]]', 'Galway');

I know it's the apostrophe but what's the clean fix in psycopg2""",
    """Is this UPDATE going to hit every row? I forgot the WHERE the first time and want to double check before running in prod

UPDATE customers SET email = '[[EMAIL_ADDRESS|d.kowalski@onet.pl]]', phone = '[[PHONE_NUMBER|+48 601 224 718]]'
WHERE customer_id = [[ID_NUMBER|300918]];""",
    """turn these inserts into a CSV with a header row

INSERT INTO patients VALUES (101, '[[PERSON|Gloria Mendoza]]', '1962-08-30', '[[PHONE_NUMBER|+52 55 4827 1190]]');
INSERT INTO patients VALUES (102, '[[PERSON|Hector Ibarra]]', '1975-01-12', '[[PHONE_NUMBER|+52 33 3614 0528]]');
INSERT INTO patients VALUES (103, '[[PERSON|Rosa Delgado]]', '1988-11-04', NULL);""",
    """query result below. I need to know why [[PERSON|Kateryna]] shows up twice when I join orders and addresses

 customer_id | name              | address
-------------+-------------------+------------------------------------------
 [[ID_NUMBER|C-88213]]     | [[PERSON|Kateryna Bondarenko]] | [[STREET_ADDRESS|vul. Khreshchatyk 22, kv. 15, Kyiv 01001]]
 [[ID_NUMBER|C-88213]]     | [[PERSON|Kateryna Bondarenko]] | [[STREET_ADDRESS|Hauptstraße 9, 69117 Heidelberg]]""",
    """Can you rewrite this as a parameterized query? The reviewer flagged it as SQL injection

cursor.execute("UPDATE accounts SET iban = '[[IBAN_CODE|ES24 2100 0813 6101 2345 6712]]', holder = '[[PERSON|Álvaro Jiménez Ruiz]]' WHERE dni = '[[ID_NUMBER|Y4418260C]]'")""",
    """seed file for staging, but somebody put what looks like real data in it. can you replace with obvious fakes?

INSERT INTO employees (emp_no, first_name, last_name, ssn, salary) VALUES
  (10021, '[[PERSON|Denise]]', '[[PERSON|Whitaker]]', '[[US_SSN|238-71-9046]]', 78000),
  (10022, '[[PERSON|Marcus]]', '[[PERSON|Bell]]', '[[US_SSN|532-08-1467]]', 91000);""",
    """sqlite says "UNIQUE constraint failed: users.email" but the emails are different??

INSERT INTO users(email,name) VALUES('[[EMAIL_ADDRESS|Tariq.Hassan@gmail.com]]','[[PERSON|Tariq Hassan]]');
INSERT INTO users(email,name) VALUES('[[EMAIL_ADDRESS|tariq.hassan@gmail.com]]','[[PERSON|Tariq Hassan]]');

the column is declared `email TEXT UNIQUE COLLATE NOCASE` if that matters""",
    """Explain what this stored procedure call does, I inherited the codebase

EXEC dbo.usp_ResetPassword @login = N'[[ID_NUMBER|mgonzalez]]', @newpwd = N'[[PASSWORD|Primavera#2024]]', @notify = 1;""",
    """need a MERGE statement (SQL Server) that upserts this row into dbo.Members based on MemberNo

MemberNo: [[ID_NUMBER|778-4412-09]]
Name: [[PERSON|Connor MacLeod]]
Email: [[EMAIL_ADDRESS|connor.macleod@btinternet.com]]
Phone: [[PHONE_NUMBER|0131 496 0742]]""",
    """why is this slow? 40 seconds on 2M rows

SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE lower(c.email) = '[[EMAIL_ADDRESS|noor.alhashimi@gmail.com]]' AND o.created_at > now() - interval '1 year';""",
    """Oracle gives ORA-01861: literal does not match format string on this

INSERT INTO CLIENTES (NOMBRE, RUT, FECHA_NAC, DIRECCION) VALUES ('[[PERSON|Ignacio Vargas]]', '[[ID_NUMBER|12.907.335-7]]'||'', '12/05/1984', '[[STREET_ADDRESS|Los Leones 1440, Providencia, Santiago]]');""",
    """I ran this and got 0 rows affected. typo somewhere?

UPDATE users SET password_hash = crypt('[[PASSWORD|hunter2hunter2]]', gen_salt('bf')) WHERE username = '[[ID_NUMBER|jhalvorsen]] ';""",
    """convert this mysql dump row to a python dict literal

INSERT INTO `subscribers` VALUES (5512,'[[PERSON|Ahmed Saleh]]','[[EMAIL_ADDRESS|ahmed.saleh@gmail.com]]','[[PHONE_NUMBER|+971 50 318 4472]]','[[STREET_ADDRESS|Villa 14, Street 27, Al Barsha 2, Dubai]]',1,'2023-07-19 10:22:01');""",
    """what does ON CONFLICT DO NOTHING return here? i need the id back either way

INSERT INTO leads (email, name, source) VALUES ('[[EMAIL_ADDRESS|olga.petrova@mail.ru]]', '[[PERSON|Olga Petrova]]', 'webinar')
ON CONFLICT (email) DO NOTHING RETURNING id;""",
    """Here's the output of SELECT on our audit table. can you summarise who changed what

id | actor     | field | old                        | new
---+-----------+-------+----------------------------+-----------------------------
 1 | [[ID_NUMBER|admin.lee]] | email | [[EMAIL_ADDRESS|min-jun.lee@naver.com]]      | [[EMAIL_ADDRESS|minjun.lee@kakao.com]]
 2 | [[ID_NUMBER|admin.lee]] | phone | [[PHONE_NUMBER|010-3381-2045]]              | [[PHONE_NUMBER|010-3381-2046]]
 3 | [[ID_NUMBER|svc_sync]]  | rrn   | NULL                       | [[ID_NUMBER|880614-2047310]]""",
    """Can you write a CHECK constraint that enforces a valid Dutch IBAN format? example value that should pass:

INSERT INTO payouts (recipient, iban) VALUES ('[[PERSON|Daan Visser]]', '[[IBAN_CODE|NL31ABNA0563201984]]');""",
    """bulk update from a mapping, is there a better way than 3 separate statements

UPDATE staff SET ext = '[[PHONE_NUMBER|0491 570 340]]' WHERE name = '[[PERSON|Liam Cooper]]';
UPDATE staff SET ext = '[[PHONE_NUMBER|0491 570 341]]' WHERE name = '[[PERSON|Zoe Harrington]]';
UPDATE staff SET ext = '[[PHONE_NUMBER|0491 570 342]]' WHERE name = '[[PERSON|Ethan Park]]';""",
    """The migration added NOT NULL to tax_id and now this insert from the signup flow breaks. what's the least bad fix

INSERT INTO vendors (legal_name, contact_name, contact_email) VALUES ('Brightside Plumbing LLC', '[[PERSON|Dwayne Colbert]]', '[[EMAIL_ADDRESS|dwayne@brightsideplumbing.com]]');""",
    """is there a way to do this insert with a subquery for the city id instead of hardcoding 7?

insert into addresses (person, line1, city_id) values ('[[PERSON|Krisztina Tóth]]', '[[STREET_ADDRESS|Andrássy út 61, 1062 Budapest]]', 7);""",
]

# YAML, .env, ini and other configs with real-looking credentials; database URLs.
CONFIG = [
    """fix this YAML, docker compose says 'mapping values are not allowed here' on line 6

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: [[PASSWORD|Kx9#vR2m!pQw]]: 
      POSTGRES_DB: shop""",
    """My .env isn't loading in node, process.env.STRIPE_KEY is undefined. file is at the project root:

STRIPE_KEY = [[API_KEY|sk_live_51NvQ2kLp8Tz4aXc0Rm7YbHq3Wd]]
DATABASE_URL=postgres://shop:[[PASSWORD|s3cretPa55_prod]]@db.internal:5432/shop
ADMIN_EMAIL=[[EMAIL_ADDRESS|karen.ostrowski@shopify-partners.io]]""",
    """why does SQLAlchemy throw 'invalid literal for int() with base 10' on this URL?

engine = create_engine("mysql+pymysql://reporting:[[PASSWORD|Tr0ub@dor&3]]@10.0.4.12:3306/analytics")

I think the @ in the password is the problem? how do I escape it""",
    """Can you convert this ini to TOML?

[smtp]
host = smtp.office365.com
port = 587
user = [[EMAIL_ADDRESS|notifications.rbaptiste@lumenhealth.org]]
password = [[PASSWORD|Winter2024!!]]

[admin]
name = [[PERSON|Renée Baptiste]]
pager = [[PHONE_NUMBER|(617) 555-0162]]""",
    """k8s secret isn't decoding right, I base64'd it myself. is this the right format?

apiVersion: v1
kind: Secret
metadata:
  name: payments
type: Opaque
stringData:
  PAYPAL_CLIENT_SECRET: [[API_KEY|EKd8s2Lq0wT7mZr4N1vYx9PcB3hG6fJ5uA]]
  ADYEN_API_KEY: [[API_KEY|AQEyhmfxKo3LbhRGw0m/n3Q5qf3VaY9UCJ14XWZE03G]]""",
    """is it a problem that I committed this to github 10 min ago? private repo. what do I rotate first

AWS_ACCESS_KEY_ID=[[API_KEY|AKIAZ7QW3RXT5PLM2KVB]]
AWS_SECRET_ACCESS_KEY=[[API_KEY|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]]
AWS_DEFAULT_REGION=eu-west-1""",
    """Ansible inventory isn't picking up the vars for web2. what's wrong with the indentation?

all:
  hosts:
    web1:
      ansible_host: [[IP_ADDRESS|203.0.113.14]]
      ansible_user: [[ID_NUMBER|dkaraoglu]]
    web2:
    ansible_host: [[IP_ADDRESS|203.0.113.15]]
    ansible_user: [[ID_NUMBER|dkaraoglu]]
      ansible_ssh_pass: [[PASSWORD|Istanbul_34!]]""",
    """application.properties for spring boot. the app can't connect to the DB, log says 'Access denied for user'. anything obviously off?

spring.datasource.url=jdbc:mysql://prod-db.example.net:3306/crm?useSSL=true
spring.datasource.username=crm_app
spring.datasource.password=[[PASSWORD|P@ssw0rd-crm-2023]] 
spring.mail.username=[[EMAIL_ADDRESS|fabio.conti@crmsoluzioni.it]]""",
    """Explain what each line of this ~/.pgpass does and why psql still asks me for a password

db.internal:5432:*:[[ID_NUMBER|ngarcia]]:[[PASSWORD|m4rzipan-Falls-88]]
*:*:warehouse:etl:[[PASSWORD|etl_pw_9f2kd]]""",
    """Our GitHub Actions workflow leaks this in the logs even though it's a secret. Here's the step:

- name: Notify
  run: |
    curl -X POST https://hooks.slack.com/services/T03XK2A8P/B06R4NZ2L/[[API_KEY|w8ZqR3nT1vLx6cYp0MbKfH2d]] \\
      -d '{"text":"deployed by ${{ github.actor }}"}'""",
    """fix my wpa_supplicant.conf, the pi won't join the network

network={
    ssid="eir7F3A-5G"
    psk=[[PASSWORD|gallowaybay1987]]
    key_mgmt=WPA-PSK
}""",
    """Need this .env turned into a docker run command with -e flags

PG_HOST=[[IP_ADDRESS|198.51.100.40]]
PG_USER=[[ID_NUMBER|svetlana.ivanova]]
PG_PASS=[[PASSWORD|Moskva!Zima2023]]
OWNER_EMAIL=[[EMAIL_ADDRESS|svetlana.ivanova@yandex.ru]]""",
    """This netrc isn't being used by curl. why

machine api.heroku.com
  login [[EMAIL_ADDRESS|jonas.weber@posteo.de]]
  password [[API_KEY|HRKU-4f9a1c2e-7b3d-48e5-a6f0-92c1d8e7b5a4]]""",
    """what's the correct way to write this in a kubernetes ConfigMap vs a Secret? I don't want the password in the configmap obviously

DB_HOST: orders-db
DB_USER: orders
DB_PASSWORD: [[PASSWORD|Rq7!tLm2$Zx]]
SUPPORT_CONTACT: [[PERSON|Aditi Kulkarni]] <[[EMAIL_ADDRESS|aditi.kulkarni@ordersapp.in]]>""",
    """redis.conf — is requirepass supposed to be quoted?

bind 0.0.0.0
port 6379
requirepass "[[PASSWORD|Fj3#p9Lw!Redis]]"
masterauth [[PASSWORD|Fj3#p9Lw!Redis]]""",
    """my git config is a mess, can you clean it up and tell me why commits show the wrong email

[user]
	name = [[PERSON|Tobias Lindgren]]
	email = [[EMAIL_ADDRESS|tobias.lindgren@spotify-contractor.se]]
[user]
	email = [[EMAIL_ADDRESS|tobbe.lindgren@gmail.com]]
[credential]
	helper = store""",
    """Terraform plan shows this will be recreated every time. the tfvars:

db_admin_user     = "[[ID_NUMBER|r.oyelaran]]"
db_admin_password = "[[PASSWORD|Lagos2Lisbon#77]]"
alert_phone       = "[[PHONE_NUMBER|+351 912 448 205]]"

any idea why? is it the password being a plain variable""",
    """Can you explain this mongo connection string? it works locally but not from the container

mongodb+srv://[[ID_NUMBER|chen.jiahui]]:[[PASSWORD|Jiahui%40Mongo2024]]@cluster0.ab3cd.mongodb.net/prod?retryWrites=true&w=majority""",
    """convert to JSON:

[profile client-acme]
aws_access_key_id = [[API_KEY|AKIAR4TNB7XQ2MWZ8LPE]]
aws_secret_access_key = [[API_KEY|Bv3kP9+LwQ2xZ7rT5mN1yH8cJ4dF0gS6aE2uO/iR]]
region = us-east-2""",
    """npm publish keeps failing with E401 even though I set the token. .npmrc:

//registry.npmjs.org/:_authToken=[[API_KEY|npm_Xq8Lr2Tz5Wv1Ky7Mb4Nc9Pd3Hf6Gj0Sa1Ub]]
email=[[EMAIL_ADDRESS|maya.goldberg@gmail.com]]
always-auth=true""",
    """wp-config.php, site shows 'Error establishing a database connection' after I moved hosts

define( 'DB_NAME', 'wp_bakery' );
define( 'DB_USER', 'wp_bakery' );
define( 'DB_PASSWORD', '[[PASSWORD|CroissantS!x4]]' );
define( 'DB_HOST', '[[IP_ADDRESS|192.0.2.61]]' );""",
    """This docker-compose override is supposed to set the mail sender but it's not applied. what's the precedence order?

services:
  app:
    environment:
      - MAIL_FROM=[[PERSON|Beatriz Almeida]] <[[EMAIL_ADDRESS|beatriz.almeida@sapo.pt]]>
      - SMTP_PASS=[[PASSWORD|Lisboa.2023.bea]]""",
    """openvpn client config, connection drops every 60s. auth file contents in there too

remote [[IP_ADDRESS|198.51.100.201]] 1194
proto udp
auth-user-pass creds.txt
# creds.txt:
# [[ID_NUMBER|pnakamura]]
# [[PASSWORD|Sakura-Vpn-2024]]""",
    """hey is this config.yaml valid for the backup script? I'm not sure about the multiline string

backup:
  target: sftp://[[ID_NUMBER|backup_gkaur]]@[[IP_ADDRESS|203.0.113.88]]/srv/backups
  password: [[PASSWORD|RaviBackup_2021]]
  notify: |
    [[EMAIL_ADDRESS|gurpreet.kaur@kaurdental.ca]]
    [[PHONE_NUMBER|(604) 555-0174]]""",
    """sendgrid keeps rejecting with 403, key looks right?

SENDGRID_API_KEY=[[API_KEY|SG.k3Tq9WmZxR2pLv8Yh.4nBc7Df0Gj1Kl5Mp6Qr3St9Uv2Wx8Yz0Ab4Cd7Ef1Gh]]
FROM_EMAIL=[[EMAIL_ADDRESS|tina@tinaskitchen.co]]
FROM_NAME=[[PERSON|Tina Alvarez]]""",
    """.htpasswd — can I generate this line myself? the user is [[ID_NUMBER|rsaito]] and the plain password is [[PASSWORD|Fuji-san_3776]]. what command gives the bcrypt version""",
]

# HTTP requests and curl commands with Authorization headers and cookies.
HTTP = [
    """what's wrong with this curl? I get 401 every time

curl -X GET https://api.github.com/user/repos \\
  -H "Authorization: token[[API_KEY|ghp_7Kd2LmQ9xRt4Wv8Zb1Nc5Hy3Pf6Js0Ag2Ue]]" \\
  -H "Accept: application/vnd.github+json\"""",
    """Convert this curl to python requests please

curl 'https://crm.example-saas.com/api/v2/contacts' -H 'Authorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1XzQ0MTIiLCJleHAiOjE3MTAwMDAwMDB9.q8Rk3mZ2vT9wLx4cYp7NbH1dF6gJ0sA5uE2oWi3KtQ]]' -H 'Content-Type: application/json' --data-raw '{"name":"[[PERSON|Oksana Melnyk]]","email":"[[EMAIL_ADDRESS|oksana.melnyk@ukr.net]]","phone":"[[PHONE_NUMBER|+380 67 413 2958]]"}'""",
    """Why is the server not seeing my session? copied from chrome devtools:

GET /account/settings HTTP/1.1
Host: portal.northwindbank.com
Cookie: sessionid=[[API_KEY|9f8c2a7e41d64b0fa3c5e1d2b7f60a94]]; csrftoken=Xy; remember_user=[[EMAIL_ADDRESS|pauline.girard@gmail.com]]
User-Agent: Mozilla/5.0""",
    """basic auth isn't working with this, what am I doing wrong

curl -u [[ID_NUMBER|fmartins]]:[[PASSWORD|Saudade#2022]] https://jira.internal.example.org/rest/api/2/myself

returns 403 not 401 so the creds are accepted?""",
    """Here's the raw request from our access log capture. the Authorization header is base64, can you decode it and tell me if it's the service account or a person?

POST /api/export HTTP/1.1
Host: reports.acme-logistics.net
Authorization: Basic [[PASSWORD|bXBldGVyc2VuOlNub3dGYWxsMjAyMyE=]]
X-Forwarded-For: [[IP_ADDRESS|198.51.100.134]]""",
    """Postman works but fetch from the browser gives CORS error. same request:

fetch("https://api.mailboxly.io/v1/send", {
  method: "POST",
  headers: { "X-API-Key": "[[API_KEY|mbx_live_4Tq8Zr2Lm7Wx1Kv9Nb3Yc6Hp0Fd5Js]]", "Content-Type": "application/json" },
  body: JSON.stringify({ to: "[[EMAIL_ADDRESS|yasmin.haddad@gmail.com]]", subject: "Your receipt" })
})""",
    """can you turn this HTTPie call into curl

http POST https://api.openweathermap.example/alerts appid==[[API_KEY|5b7e2c9f0a14d38b6e91f2c7a3d05e48]] phone=[[PHONE_NUMBER|+1 415-555-0138]] name="[[PERSON|Dana Whitley]]\"""",
    """The response has a Set-Cookie that I think is leaking stuff. thoughts?

HTTP/1.1 200 OK
Set-Cookie: user_info=name%3D[[PERSON|Kenji%20Mori]]%26uid%3D[[ID_NUMBER|kmori88]]; Path=/; HttpOnly
Set-Cookie: sid=[[API_KEY|a3f9c1e7b2d84f6a9c0e5b1d7f3a2c86]]; Secure""",
    """what does this curl do exactly? a contractor sent it to me to "fix the payment"

curl -X POST https://api.stripe.com/v1/refunds -u [[API_KEY|sk_live_51Ok3mTq8Rw2Lz5Xv9Nb7Yc4Hp]]: -d charge=ch_3Ok9xT2eZvKYlo2C0a1b2c3d -d amount=25000""",
    """got a 400 from the twilio API. the request:

curl -X POST https://api.twilio.com/2010-04-01/Accounts/[[ID_NUMBER|AC9f2e4b7c1d8a3e6f0b5c2d9a7e4f1b38]]/Messages.json \\
  --data-urlencode "To=[[PHONE_NUMBER|+44 7700 900624]]" \\
  --data-urlencode "From=BISTRO42" \\
  --data-urlencode "Body=Hi [[PERSON|Rhys]], your table for 4 is confirmed" \\
  -u [[ID_NUMBER|AC9f2e4b7c1d8a3e6f0b5c2d9a7e4f1b38]]:[[API_KEY|7d3b9f1e5a2c8d4b6e0f9a1c3d5e7b2f]]""",
    """Why is the Content-Length wrong here? body is utf-8

POST /signup HTTP/1.1
Host: example.shop
Content-Type: application/x-www-form-urlencoded
Content-Length: 74

name=[[PERSON|Zoë+Kühn]]&email=[[EMAIL_ADDRESS|zoe.kuehn@gmx.at]]&password=[[PASSWORD|Sonnenblume%2199]]""",
    """wget keeps downloading the login page instead of the file

wget --user=[[ID_NUMBER|adiallo]] --password='[[PASSWORD|Dakar_Sun_2020]]' https://files.internal.example.com/exports/q1.csv""",
    """how do I replay this request with a different date range? it's from the network tab

:authority: app.hrplatform.io
:path: /api/timesheets?employee=[[ID_NUMBER|EMP-002391]]&from=2024-01-01&to=2024-01-31
authorization: Bearer [[API_KEY|hrp_at_Q2w8Er4Ty6Ui0Op1As3Df5Gh7Jk9Lz]]
cookie: tz=Europe%2FDublin; display_name=[[PERSON|Caoimhe%20Byrne]]""",
    """the webhook signature check fails, here's what we receive:

POST /hooks/payments HTTP/1.1
X-Signature: sha256=4c1f8e...
Content-Type: application/json

{"payer":"[[PERSON|Lars Johansen]]","payer_account":"[[IBAN_CODE|GB68 BARC 2003 5348 2119 46]]","amount":"400.00"}

and our secret is [[API_KEY|whsec_Rt5Yu7Io9Pa2Sd4Fg6Hj8Kl1Zx3Cv]]. what are we hashing wrong""",
    """curl to the sms gateway gives "invalid msisdn". format problem?

curl "https://sms.example-gw.com/send?user=[[ID_NUMBER|clinic_rmorales]]&pass=[[PASSWORD|Clinica2024*]]&to=[[PHONE_NUMBER|5215548271190]]&text=Recordatorio+cita+[[PERSON|Rosa+Morales]]\"""",
    """I keep getting 'invalid_grant' from the token endpoint

POST /oauth/token
grant_type=password&username=[[EMAIL_ADDRESS|m.abdullah@qatarmail.qa]]&password=[[PASSWORD|Doha!Pearl55]]&client_id=web-portal""",
    """Is it safe to log this? it's what our middleware prints for each request

2024-03-11T09:14:02Z POST /api/profile ip=[[IP_ADDRESS|2001:db8:4a1::7c]] auth="Bearer [[API_KEY|pk_9Zq3Xw7Rt1Ly5Kv2Mn8Bc4Hd6Fj0Gs]]" body={"display":"[[PERSON|Ewa Zielińska]]","pesel":"[[ID_NUMBER|85112709366]]"}""",
]

# Application, nginx, sshd and auth log lines.
LOGS = [
    """write a regex that pulls the user and source IP out of these sshd lines

Mar 12 03:14:07 bastion sshd[20911]: Failed password for [[ID_NUMBER|mkovacs]] from [[IP_ADDRESS|203.0.113.9]] port 52144 ssh2
Mar 12 03:14:11 bastion sshd[20911]: Failed password for [[ID_NUMBER|mkovacs]] from [[IP_ADDRESS|203.0.113.9]] port 52144 ssh2
Mar 12 03:15:40 bastion sshd[20950]: Accepted publickey for [[ID_NUMBER|tbaptiste]] from [[IP_ADDRESS|198.51.100.61]] port 40022 ssh2""",
    """parse these nginx access log lines into JSON, fields: ip, time, method, path, status, ua

[[IP_ADDRESS|192.0.2.44]] - - [11/Mar/2024:14:02:11 +0000] "GET /reset?email=[[EMAIL_ADDRESS|h.nakashima@gmail.com]] HTTP/1.1" 302 0 "-" "Mozilla/5.0"
[[IP_ADDRESS|192.0.2.45]] - [[ID_NUMBER|oadebayo]] [11/Mar/2024:14:02:19 +0000] "POST /login HTTP/1.1" 200 512 "-" "curl/8.4.0\"""",
    """someone is brute forcing us? these are from /var/log/auth.log in the last 5 min, same user different IPs

Invalid user [[ID_NUMBER|rfitzgerald]] from [[IP_ADDRESS|198.51.100.9]] port 33012
Invalid user [[ID_NUMBER|rfitzgerald]] from [[IP_ADDRESS|198.51.100.10]] port 33098
Invalid user [[ID_NUMBER|rfitzgerald]] from [[IP_ADDRESS|198.51.100.11]] port 34410

[[PERSON|Ronan Fitzgerald]] left the company in january, his account should be gone""",
    """What does this log tell me? The user says they never got the reset mail

2024-03-08 10:41:22,118 INFO  [mailer] queued template=password_reset to=[[EMAIL_ADDRESS|claudia.rossi@fastwebnet.it]] user_id=[[ID_NUMBER|441902]]
2024-03-08 10:41:23,004 WARN  [mailer] smtp 550 5.1.1 <[[EMAIL_ADDRESS|claudia.rossi@fastwebnet.it]]>: Recipient address rejected
2024-03-08 10:41:23,005 INFO  [mailer] giving up after 1 attempt""",
    """grok pattern for this format please. our app logs look like

[2024-02-27 18:22:09] prod.INFO: Order placed {"order":"A-55120","customer":"[[PERSON|Imran Qureshi]]","email":"[[EMAIL_ADDRESS|imran.qureshi@gmail.com]]","ip":"[[IP_ADDRESS|203.0.113.140]]"}
[2024-02-27 18:22:11] prod.ERROR: Payment declined {"order":"A-55120","card_last4":"0175"}""",
    """Can you count failed logins per user from this snippet and sort desc?

2024-03-01T08:00:01Z auth fail user=[[ID_NUMBER|jpark]] src=[[IP_ADDRESS|198.51.100.150]]
2024-03-01T08:00:03Z auth fail user=[[ID_NUMBER|jpark]] src=[[IP_ADDRESS|198.51.100.150]]
2024-03-01T08:00:09Z auth fail user=[[ID_NUMBER|lsilva]] src=[[IP_ADDRESS|198.51.100.151]]
2024-03-01T08:01:44Z auth ok   user=[[ID_NUMBER|jpark]] src=[[IP_ADDRESS|198.51.100.150]]
2024-03-01T08:02:10Z auth fail user=[[ID_NUMBER|akhan]] src=[[IP_ADDRESS|203.0.113.77]]""",
    """Why are we logging passwords??? found this in the debug log, need to know which line of code could produce it

DEBUG login attempt payload={'username': '[[ID_NUMBER|vlad.popescu]]', 'password': '[[PASSWORD|Bucuresti#1989]]', 'remember': True}""",
    """postfix log, is this mail stuck or delivered?

Mar 14 07:12:03 mx1 postfix/smtp[3321]: 4F2C91A0B7: to=<[[EMAIL_ADDRESS|g.papadopoulos@otenet.gr]]>, relay=mx.otenet.gr[[[IP_ADDRESS|203.0.113.190]]]:25, delay=4.1, status=deferred (host said: 451 4.7.1 Greylisted)""",
    """this is from our Windows security log, event 4625. what's the logon type 10 mean and should I worry

An account failed to log on.
Account Name: [[ID_NUMBER|d.okoro]]
Account Domain: CORP
Workstation Name: LAPTOP-DO22
Source Network Address: [[IP_ADDRESS|192.0.2.201]]
Logon Type: 10""",
    """apache error log. php is printing the user's data in the warning, how do I stop that

[Tue Mar 05 11:09:44.112233 2024] [php:warn] [pid 9912] [client [[IP_ADDRESS|198.51.100.222]]:51822] PHP Warning:  Undefined array key "zip" in /var/www/checkout.php on line 88, data: name=[[PERSON|Agnieszka Nowak]] street=[[STREET_ADDRESS|ul. Piotrkowska 120/4, 90-006 Łódź]]""",
    """fail2ban banned our own office IP, here's the log. how do i whitelist it

2024-03-12 09:41:02,331 fail2ban.actions [812]: NOTICE [sshd] Ban [[IP_ADDRESS|203.0.113.250]]
2024-03-12 09:40:58 sshd[4471]: Failed password for [[ID_NUMBER|ebenson]] from [[IP_ADDRESS|203.0.113.250]] port 60112 ssh2""",
    """Structured logs from our auth service (JSON lines). I need a Loki query to find all login_failed for a specific email

{"level":"warn","msg":"login_failed","email":"[[EMAIL_ADDRESS|thabo.nkosi@gmail.com]]","ip":"[[IP_ADDRESS|2001:db8:1f::a2]]","reason":"bad_password"}
{"level":"info","msg":"login_ok","email":"[[EMAIL_ADDRESS|naledi.mokoena@webmail.co.za]]","ip":"[[IP_ADDRESS|2001:db8:1f::b7]]"}""",
    """Log line from the payments worker, is the card number here a real leak or just the BIN? we're PCI scoped

2024-03-03 22:17:45 ERROR Charge failed card=[[CREDIT_CARD|4147200685531909]] exp=09/26 holder="[[PERSON|Svenja Maier]]" code=do_not_honor""",
    """i need a logstash filter to drop lines like this one, they contain the phone number in plaintext

Mar  9 16:20:11 app01 notify[2201]: SMS sent to [[PHONE_NUMBER|+33 6 39 98 51 06]] for user [[ID_NUMBER|agarnier]] (template=otp)""",
    """vsftpd log, explain what happened in this session

Sun Mar 10 02:11:09 2024 [pid 5520] CONNECT: Client "[[IP_ADDRESS|198.51.100.88]]"
Sun Mar 10 02:11:10 2024 [pid 5519] [[[ID_NUMBER|bkaplan]]] OK LOGIN: Client "[[IP_ADDRESS|198.51.100.88]]"
Sun Mar 10 02:11:18 2024 [pid 5521] [[[ID_NUMBER|bkaplan]]] OK DOWNLOAD: Client "[[IP_ADDRESS|198.51.100.88]]", "/home/[[ID_NUMBER|bkaplan]]/payroll_feb.xlsx", 88231 bytes""",
    """Here's a chunk of our Django log. The 'Invalid HTTP_HOST header' one I get, but why the second?

Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS.
IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key" DETAIL: Key (email)=([[EMAIL_ADDRESS|b.ogunleye@gmail.com]]) already exists.""",
    """Cisco ASA syslog, what is this VPN user doing

%ASA-6-722051: Group <RemoteStaff> User <[[ID_NUMBER|hmueller]]> IP <[[IP_ADDRESS|203.0.113.102]]> IPv4 Address <10.8.0.44> assigned to session
%ASA-4-113019: Group = RemoteStaff, Username = [[ID_NUMBER|hmueller]], IP = [[IP_ADDRESS|203.0.113.102]], Session disconnected. Duration: 0h:00m:04s""",
    """split this into columns in excel? it's from the door access system

2024-03-04 07:58:12;Main Entrance;GRANTED;[[PERSON|Kowalski, Bartosz]];badge [[ID_NUMBER|B-40218]]
2024-03-04 08:03:40;Server Room;DENIED;[[PERSON|Lindahl, Ingrid]];badge [[ID_NUMBER|B-40377]]""",
    """our mobile app crash reporter sends this as breadcrumbs. which one's the culprit

[nav] ProfileScreen
[http] PUT /me {"name":"[[PERSON|Nguyen Van An]]","phone":"[[PHONE_NUMBER|+84 912 345 781]]"} -> 500
[ui] tap SaveButton
[error] TypeError: Cannot read properties of null (reading 'avatar')""",
    """what is "pam_unix(sudo:auth): conversation failed" — full lines:

Mar 13 12:01:55 db02 sudo: pam_unix(sudo:auth): conversation failed
Mar 13 12:01:55 db02 sudo: pam_unix(sudo:auth): auth could not identify password for [[[ID_NUMBER|ayesha.siddiqui]]]
Mar 13 12:01:58 db02 sudo: [[ID_NUMBER|ayesha.siddiqui]] : 1 incorrect password attempt ; TTY=pts/1 ; PWD=/home/[[ID_NUMBER|ayesha.siddiqui]] ; USER=root""",
    """Regex to match both formats of this log, the older one has no ms

2023-12-01 09:00:00 login user=[[EMAIL_ADDRESS|kasia.wojcik@interia.pl]]
2024-01-15 09:00:00.123 login user=[[EMAIL_ADDRESS|piotr.wojcik@interia.pl]]""",
    """CloudTrail event from last night, who did this and from where? nobody admits to it

{"eventName":"DeleteBucket","userIdentity":{"type":"IAMUser","userName":"[[ID_NUMBER|gabriel.santos]]","accessKeyId":"[[API_KEY|AKIA5LQW8TRZ3XNM9KPD]]"},"sourceIPAddress":"[[IP_ADDRESS|198.51.100.31]]","requestParameters":{"bucketName":"acme-tmp-exports"}}""",
    """zoom meeting log export, I need just the attendees with join time as a table

Participant: [[PERSON|Hyun-woo Choi]] ([[EMAIL_ADDRESS|hyunwoo.choi@kaist.ac.kr]]) joined 09:58:12
Participant: [[PERSON|Ji-eun Lim]] ([[EMAIL_ADDRESS|jieun.lim@snu.ac.kr]]) joined 10:01:47
Participant: iPhone (guest) joined 10:03:05""",
    """is this audit log line compliant with GDPR? the team lead thinks it's fine

AUDIT 2024-03-06T15:30:00Z actor=[[ID_NUMBER|support_kmwangi]] action=VIEW_CUSTOMER customer="[[PERSON|Wanjiru Kamau]]" phone=[[PHONE_NUMBER|+254 722 418 903]] reason="ticket 88120\"""",
    """tail of the mail log, something's spamming from our server. whose account is it?

Mar 15 04:22:10 mail postfix/smtpd[771]: 8AC11: client=unknown[[[IP_ADDRESS|192.0.2.199]]], sasl_method=LOGIN, sasl_username=[[EMAIL_ADDRESS|reception@drhalversondental.com]]
Mar 15 04:22:10 mail postfix/cleanup[775]: 8AC11: message-id=<20240315042210.8AC11@mail>""",
]

# Stack traces with personal data in messages and locals.
TRACES = [
    """explain this stack trace, the signup worked yesterday

Traceback (most recent call last):
  File "/app/accounts/views.py", line 42, in signup
    user = User.objects.create_user(email=form.cleaned_data["email"])
  File "/app/accounts/managers.py", line 18, in create_user
    raise ValueError(f"Email {email} is already registered")
ValueError: Email [[EMAIL_ADDRESS|felix.bergmann@gmail.com]] is already registered""",
    """Java NPE, I don't get it, the customer object is printed right there in the message

Exception in thread "main" java.lang.NullPointerException: Cannot invoke "Address.getCity()" because the return value of "Customer.getAddress()" is null
	at com.shop.billing.InvoiceService.render(InvoiceService.java:77)
	at com.shop.billing.InvoiceService.main(InvoiceService.java:21)
Customer{id=88412, name='[[PERSON|Ricardo Alves]]', email='[[EMAIL_ADDRESS|ricardo.alves@gmail.com]]', address=null}""",
    """what does this mean? our nightly import crashed

psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patients_nhs_number_key"
DETAIL:  Key (nhs_number)=([[ID_NUMBER|612 830 4575]]) already exists.
CONTEXT:  COPY patients, line 4412: "[[PERSON|Eleanor Price]],[[ID_NUMBER|612 830 4575]],[[PHONE_NUMBER|0161 496 0831]]\"""",
    """Node stack trace. the validation lib throws but I can't see which field

ValidationError: "phone" with value "[[PHONE_NUMBER|+49 30 23125 390]]" fails to match the required pattern: /^\\+?[0-9]{10,13}$/
    at Object.exports.process (/srv/node_modules/joi/lib/errors.js:193:19)
    at internals.Base._validateWithOptions (/srv/node_modules/joi/lib/base.js:653:31)
    at /srv/routes/users.js:28:34
  _original: { name: '[[PERSON|Katrin Vogel]]', phone: '[[PHONE_NUMBER|+49 30 23125 390]]' }""",
    """C# exception from the background job. Why is it a FormatException?

System.FormatException: The input string '[[ID_NUMBER|EMP-77A12]]' was not in a correct format.
   at System.Number.ThrowOverflowOrFormatException(ParsingStatus status, ReadOnlySpan`1 value, TypeCode type)
   at Payroll.Jobs.SyncJob.MapEmployee(Row row) in C:\\src\\Payroll\\Jobs\\SyncJob.cs:line 112
Row: {Name="[[PERSON|Tanvir Ahmed]]", EmployeeNo="[[ID_NUMBER|EMP-77A12]]", Iban="[[IBAN_CODE|GB07 LOYD 3092 1845 2207 61]]"}""",
    """Sentry shows this, what's going on in the Ruby side

NoMethodError: undefined method `strip' for nil:NilClass
  app/services/kyc_check.rb:31:in `normalize'
  app/services/kyc_check.rb:12:in `call'
Local variables:
  applicant = #<Applicant id: 9021, full_name: "[[PERSON|Ayodele Ogunbiyi]]", passport_no: "[[ID_NUMBER|A07734915]]", dob: nil>""",
    """This is a Go panic from our service, explain please

panic: runtime error: index out of range [2] with length 2

goroutine 17 [running]:
main.parseContact({0xc000120000, 0x2f})
	/src/contacts/parse.go:41 +0x1d4
input: "[[PERSON|Lucas Moreau]];[[EMAIL_ADDRESS|lucas.moreau@proton.me]]\"""",
    """PHP fatal. it's the checkout of my woocommerce shop, happened to one customer only

PHP Fatal error:  Uncaught TypeError: number_format(): Argument #1 ($num) must be of type float, string given in /var/www/html/wp-content/plugins/custom-invoice/invoice.php:58
Stack trace:
#0 invoice.php(58): number_format('12,50')
#1 invoice.php(31): render_invoice(Array)
Array ( [billing_first_name] => [[PERSON|Annelies]] [billing_last_name] => [[PERSON|Peeters]] [billing_address_1] => [[STREET_ADDRESS|Meir 44, 2000 Antwerpen]] [billing_phone] => [[PHONE_NUMBER|+32 470 21 84 56]] )""",
    """The pytest output, I only changed the fixture file. which assertion is wrong

E       AssertionError: assert {'email': '[[EMAIL_ADDRESS|sanne.dekker@kpnmail.nl]]', 'name': '[[PERSON|Sanne Dekker]]'} == {'email': '[[EMAIL_ADDRESS|sanne.dekker@kpnmail.nl]]', 'name': '[[PERSON|Sanne  Dekker]]'}
E         Differing items:
E         {'name': '[[PERSON|Sanne Dekker]]'} != {'name': '[[PERSON|Sanne  Dekker]]'}""",
    """Android crash log. the app crashes only for one user who has an apostrophe in their name?

E/SQLiteLog: (1) near "[[PERSON|Connor]]": syntax error in "INSERT INTO profile VALUES('[[PERSON|Aoife O'Connor]]','[[EMAIL_ADDRESS|aoife.oconnor@gmail.com]]')"
E/AndroidRuntime: FATAL EXCEPTION: main
    android.database.sqlite.SQLiteException: near "[[PERSON|Connor]]": syntax error (code 1 SQLITE_ERROR)""",
    """Spring Boot startup failure. what's it complaining about

***************************
APPLICATION FAILED TO START
***************************
Description:
Failed to bind properties under 'app.admin.email' to java.lang.String:
    Property: app.admin.email
    Value: "[[EMAIL_ADDRESS|m.haddad@clinicadental.com.br]] "
    Reason: must be a well-formed email address""",
    """rust panic in our CLI. is unwrap the problem

thread 'main' panicked at src/import.rs:64:38:
called `Result::unwrap()` on an `Err` value: ParseError { line: 3, record: "[[PERSON|Jakub Svoboda]],[[ID_NUMBER|851127/0944]],[[PHONE_NUMBER|+420 604 318 227]]", msg: "expected 4 fields" }
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace""",
]

# vCard and iCal entries and mail headers.
CONTACTS = [
    """my phone won't import this vcf, says invalid format. can you spot it?

BEGIN:VCARD
VERSION:3.0
N:[[PERSON|Haddad]];[[PERSON|Rania]];;;
FN:[[PERSON|Rania Haddad]]
TEL;TYPE=CELL:[[PHONE_NUMBER|+961 3 418 275]]
EMAIL:[[EMAIL_ADDRESS|rania.haddad@gmail.com]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS|Rue Hamra 112;Beirut;;1103]];Lebanon
END:VCARD""",
    """convert this vcard to a csv row (name, phone, email, org)

BEGIN:VCARD
VERSION:4.0
FN:Dr [[PERSON|Gwen Llewellyn]]
ORG:Cardiff Vet Practice
TEL;TYPE=work:[[PHONE_NUMBER|029 2018 0644]]
EMAIL:[[EMAIL_ADDRESS|gwen.llewellyn@cardiffvets.co.uk]]
END:VCARD""",
    """Why does outlook show this invite at the wrong time? I'm in Lisbon

BEGIN:VEVENT
DTSTART:20240314T150000
DTEND:20240314T160000
SUMMARY:Contract review
ORGANIZER;CN=[[PERSON|Joana Figueiredo]]:mailto:[[EMAIL_ADDRESS|joana.figueiredo@advogados-fl.pt]]
ATTENDEE;CN=[[PERSON|Rui Tavares]]:mailto:[[EMAIL_ADDRESS|rui.tavares@gmail.com]]
LOCATION:[[STREET_ADDRESS|Rua Augusta 210, 1100-053 Lisboa]]
END:VEVENT""",
    """is this email spoofed? headers below

Return-Path: <bounce-8812@mailer.example-promo.net>
From: "[[PERSON|Hans Peter Zimmermann]]" <[[EMAIL_ADDRESS|hp.zimmermann@zimmermann-treuhand.ch]]>
To: [[EMAIL_ADDRESS|ursula.keller@bluewin.ch]]
Received: from unknown ([[IP_ADDRESS|203.0.113.45]]) by mx.bluewin.ch
Authentication-Results: spf=fail smtp.mailfrom=example-promo.net; dkim=none
Subject: Dringend: Zahlung an [[IBAN_CODE|CH82 0023 5240 1398 7651 C]] bitte heute""",
    """Write a python script that reads a folder of .vcf files and outputs JSON. Sample file:

BEGIN:VCARD
VERSION:3.0
FN:[[PERSON|Kenta Watanabe]]
X-SHIMEI-ROMAJI:[[PERSON|WATANABE Kenta]]
TEL;TYPE=HOME:[[PHONE_NUMBER|03-5824-7716]]
ADR:;;[[STREET_ADDRESS|2-14-3 Jingumae, Shibuya-ku, Tokyo 150-0001]];;;;
END:VCARD""",
    """What does each Received line mean here? trying to figure out where this came from

Received: from [[[IP_ADDRESS|198.51.100.19]]] (helo=laptop) by smtp.fastmail.com; Mon, 11 Mar 2024 08:01:12 +0000
From: [[PERSON|Imogen Clarke]] <[[EMAIL_ADDRESS|imogen.clarke@fastmail.co.uk]]>
To: [[PERSON|Harriet Lowe]] <[[EMAIL_ADDRESS|harriet.lowe@nhs-trust.example.uk]]>
Subject: Re: rota swap next week""",
    """ical feed from the clinic. i want to import only events where the attendee is me. how do I filter with python icalendar?

BEGIN:VEVENT
SUMMARY:Physio - [[PERSON|Kamal Haidari]]
DTSTART:20240319T093000Z
DESCRIPTION:Patient no. [[ID_NUMBER|PT-448019]]\\nTel [[PHONE_NUMBER|07700 900147]]
ATTENDEE:mailto:[[EMAIL_ADDRESS|kamal.haidari@gmail.com]]
END:VEVENT""",
    """vCard 2.1 from an old nokia export, quoted printable. decode it please

BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg
FN:[[PERSON|Jörg Müller]]
TEL;CELL:[[PHONE_NUMBER|+49 30 23125 771]]
END:VCARD""",
    """Our DMARC report mentions this message. Can you explain the headers and whether the sender is legit

From: [[PERSON|Aylin Kaya]] <[[EMAIL_ADDRESS|aylin.kaya@kayahukuk.com.tr]]>
Reply-To: [[EMAIL_ADDRESS|aylin.kaya.avukat@gmail.com]]
X-Originating-IP: [[[IP_ADDRESS|192.0.2.133]]]
Subject: Vekaletname - [[PERSON|Burak Şahin]]""",
    """fix this ics file, google calendar rejects it

BEGIN:VCALENDAR
BEGIN:VEVENT
UID:20240401-bday@home
DTSTART;VALUE=DATE:20240401
SUMMARY:Mum's birthday - call [[PHONE_NUMBER|+353 86 224 9017]]
END:VEVENT""",
    """these are the headers of a phishing mail our staff got, can you write a short summary for the security channel

From: "IT Support" <[[EMAIL_ADDRESS|itsupport.reset@outlook.com]]>
To: [[EMAIL_ADDRESS|priscila.nunes@construtoravale.com.br]]
Subject: Sua senha expira hoje, [[PERSON|Priscila]]
X-Sender-IP: [[IP_ADDRESS|203.0.113.229]]""",
    """merge these two vcards into one, they're the same guy

BEGIN:VCARD
FN:[[PERSON|Mohammed Al-Farsi]]
TEL:[[PHONE_NUMBER|+968 9241 5530]]
END:VCARD
BEGIN:VCARD
FN:[[PERSON|Mohammed Alfarsi]]
EMAIL:[[EMAIL_ADDRESS|m.alfarsi@omantel.net.om]]
END:VCARD""",
    """can you generate an .ics for this appointment?

patient: [[PERSON|Esther Adjei]]
when: 2 April 2024 14:30-15:00
where: [[STREET_ADDRESS|Flat 3, 27 Peckham Rye, London SE15 4JR]]
contact: [[PHONE_NUMBER|020 7946 0826]]""",
    """Outlook rule isn't catching these, the From shows differently than I expected. raw header:

From: =?UTF-8?B?TWFyw61hIEx1aXNhIFBlw7Fh?= <[[EMAIL_ADDRESS|marialuisa.pena@prodigy.net.mx]]>
Sender: [[EMAIL_ADDRESS|mlpena.asistente@gmail.com]]

what does the =?UTF-8?B? part decode to""",
]

# Python and JavaScript fixtures and tests.
FIXTURES = [
    """write a pytest for this function using the fixture below. it should check the masked output

@pytest.fixture
def customer():
    return {"name": "[[PERSON|Veronika Hájek]]", "card": "[[CREDIT_CARD|4981 7550 2663 4810]]", "email": "[[EMAIL_ADDRESS|veronika.hajek@seznam.cz]]"}

def mask(c): ...""",
    """my jest test fails only on CI. fixture:

const user = {
  id: 'u_1029',
  name: '[[PERSON|Carlos Eduardo Lima]]',
  cpf: '[[ID_NUMBER|384.517.296-73]]',
  phone: '[[PHONE_NUMBER|(21) 99314-2870]]',
};
expect(formatCpf(user.cpf)).toBe('[[ID_NUMBER|384.517.296-73]]');

error says received "[[ID_NUMBER|38451729673]]" on the CI box""",
    """Can you turn this factory into a pytest fixture with parametrize for the 3 cases?

USERS = [
    ("[[PERSON|Oyelaran Adeyinka]]", "[[EMAIL_ADDRESS|oyelaran.a@gmail.com]]", "[[PHONE_NUMBER|+234 809 221 4418]]"),
    ("[[PERSON|Hye-jin Seo]]", "[[EMAIL_ADDRESS|hyejin.seo@daum.net]]", "[[PHONE_NUMBER|010-5527-3190]]"),
    ("[[PERSON|Matías Acosta]]", "[[EMAIL_ADDRESS|matias.acosta@fibertel.com.ar]]", "[[PHONE_NUMBER|+54 9 11 4729-3318]]"),
]""",
    """The test data in our repo has this, a colleague says it looks like it came from prod. does it? what should we replace it with

# tests/fixtures/kyc.py
APPLICANT = dict(
    full_name="[[PERSON|Marek Zieliński]]",
    pesel="[[ID_NUMBER|78072413596]]",
    iban="[[IBAN_CODE|PL27102030170000283910475612]]",
)""",
    """write unit tests (unittest, not pytest) for validate_iban using these as the valid cases

VALID = ["[[IBAN_CODE|FR66 2004 1010 1267 2839 4B02 714]]", "[[IBAN_CODE|ES3201822370420201593847]]", "[[IBAN_CODE|IE59 BOFI 9000 1783 5249 61]]"]""",
    """Cypress test types this into the checkout form and it fails on the postcode field, any idea

cy.get('#name').type('[[PERSON|Freya Armstrong]]')
cy.get('#address').type('[[STREET_ADDRESS|9 Juniper Close, Harrogate HG2 8LT]]')
cy.get('#card').type('[[CREDIT_CARD|5408 7219 0334 6573]]')
cy.get('#phone').type('[[PHONE_NUMBER|07700 900396]]')""",
    """help me write a snapshot test for this React component's props

<ProfileCard
  name="[[PERSON|Thandiwe Dlamini]]"
  idNumber="[[ID_NUMBER|9308175129087]]"
  email="[[EMAIL_ADDRESS|thandiwe.dlamini@mweb.co.za]]"
  avatarUrl="/img/td.png"
/>""",
    """Refactor this test so the fixture is loaded from a JSON file instead

def test_invoice_total():
    inv = Invoice(
        client="[[PERSON|Sigrid Haugen]]",
        client_id="[[ID_NUMBER|14038947282]]",
        address="[[STREET_ADDRESS|Bygdøy allé 23, 0262 Oslo]]",
        lines=[Line("consulting", 12, 950)],
    )
    assert inv.total() == 11400""",
    """factory_boy factory, but every generated user has the same email. what am I missing

class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
    username = "[[ID_NUMBER|dmitri.volkov]]"
    email = "[[EMAIL_ADDRESS|dmitri.volkov@mail.ru]]"
    password = factory.PostGenerationMethodCall("set_password", "[[PASSWORD|Volga_River_1999]]")""",
    """mock for our payment gateway in tests. Is it bad that it uses a real-looking number? what test numbers should I use instead

mock_charge = {
  "cardholder": "[[PERSON|Penelope Huang]]",
  "pan": "[[CREDIT_CARD|4710933855260175]]",
  "billing_zip": "94110",
  "ssn_last4": "3058"
}""",
    """Write a Go table test from this fixture data

name: [[PERSON|Arnav Bhattacharya]], aadhaar: [[ID_NUMBER|3904 7715 2687]], want: valid
name: [[PERSON|Kavya Reddy]], aadhaar: [[ID_NUMBER|3904 7715 2688]], want: invalid (bad checksum)""",
    """Our seed.js for local dev. Can you make it idempotent (upsert)?

await db.user.create({ data: {
  email: '[[EMAIL_ADDRESS|isabella.conti@icloud.com]]',
  name: '[[PERSON|Isabella Conti]]',
  codiceFiscale: '[[ID_NUMBER|MRNLCU79A11F205M]]',
  password: '[[PASSWORD|Toscana!Sole22]]',
}})""",
]

# Records whose keys or columns don't say what the value is (f1, col3, x, a/b/c).
OPAQUE = [
    """what's wrong with this json, the parser says unexpected end of input

{"f1": "[[PERSON|Helga Bauer]]", "f2": "[[EMAIL_ADDRESS|helga.bauer@aon.at]]", "f3": "[[PHONE_NUMBER|+43 664 381 2290]]", "f4": [1, 2, 3]""",
    """guess the column types for this headerless csv and give me a CREATE TABLE

col1,col2,col3,col4
[[PERSON|Rahul Verma]],[[EMAIL_ADDRESS|rahul.verma@yahoo.in]],[[PHONE_NUMBER|+91 99871 20456]],2023-04-02
[[PERSON|Sneha Joshi]],[[EMAIL_ADDRESS|sneha.joshi88@gmail.com]],[[PHONE_NUMBER|+91 99871 20457]],2023-05-19""",
    """this is what the legacy API returns, no docs. can you figure out what each key is?

{"a":"[[PERSON|Théo Lambert]]","b":"[[STREET_ADDRESS|8 avenue Jean Médecin, 06000 Nice]]","c":"[[PHONE_NUMBER|06 39 98 27 35]]","d":"[[ID_NUMBER|1 91 03 75 114 208 71]]","e":1}""",
    """x,y,z
[[PERSON|Olga Sidorenko]],[[CREDIT_CARD|5236114809274636]],03/27
[[PERSON|Pavlo Marchenko]],[[CREDIT_CARD|4929881034761554]],10/25

how do I load this into a dataframe with proper column names? no header row in the real file""",
    """Why does this array of arrays fail our schema (items must be objects)?

[ ["[[PERSON|Aiyana Redcloud]]", "[[PHONE_NUMBER|(505) 555-0131]]"], ["[[PERSON|Cody Begay]]", "[[PHONE_NUMBER|(505) 555-0157]]"] ]""",
    """the vendor sends us fixed-width files. here's a line, what are the field boundaries?

F01=[[PERSON|KOWALCZYK ANNA]]      F02=[[ID_NUMBER|EK4471902]]   F03=[[STREET_ADDRESS|UL. DLUGA 14 00-238 WARSZAWA]]""",
    """sort by v3 descending pls and keep the v1 v2 pairs together

{"rows":[{"v1":"[[PERSON|Nadia Haddou]]","v2":"[[EMAIL_ADDRESS|nadia.haddou@gmail.com]]","v3":77},{"v1":"[[PERSON|Karim Bensaid]]","v2":"[[EMAIL_ADDRESS|k.bensaid@laposte.net]]","v3":91}]}""",
    """INSERT INTO t1 VALUES ('[[PERSON|Eamon Gallagher]]', '[[US_SSN|601-24-8873]]', '[[STREET_ADDRESS|55 Fairmount Ave, Apt 2R, Jersey City, NJ 07306]]');

table t1 has columns c1 c2 c3 all varchar(255). is that a bad idea for this data""",
    """Parse this key=value log line into a dict, keys are unknown ahead of time

ts=1710145200 k1=[[ID_NUMBER|wliang]] k2=[[IP_ADDRESS|198.51.100.173]] k3=[[EMAIL_ADDRESS|wen.liang@foxmail.com]] k4=ok""",
    """someone exported our form responses and the headers got lost. Q1..Q5. Can you tell which is which and rename them?

Q1	Q2	Q3	Q4	Q5
[[PERSON|Fionnuala Byrne]]	[[EMAIL_ADDRESS|fionnuala.byrne@ucdconnect.ie]]	[[PHONE_NUMBER|+353 85 117 4402]]	[[ID_NUMBER|8473920PA]]	yes
[[PERSON|Cathal Duffy]]	[[EMAIL_ADDRESS|cathal.duffy@gmail.com]]	[[PHONE_NUMBER|+353 85 117 4417]]		no""",
    """yaml, is the anchor syntax right?

defaults: &d
  p: [[PASSWORD|Gr3nad1ne$Sky]]
  u: [[ID_NUMBER|ikeda.sho]]
prod:
  <<: *d
  h: [[IP_ADDRESS|192.0.2.150]]""",
    """what's this data? got it in a pastebin that mentions our company. should I be worried

1|[[PERSON|Graham Pierce]]|[[EMAIL_ADDRESS|gpierce@hollowaymfg.com]]|[[PASSWORD|Holloway2019]]
2|[[PERSON|Tessa Long]]|[[EMAIL_ADDRESS|tlong@hollowaymfg.com]]|[[PASSWORD|sunshine22]]
3|[[PERSON|Omar Farouk]]|[[EMAIL_ADDRESS|ofarouk@hollowaymfg.com]]|[[PASSWORD|Farouk!!1]]""",
    """write a zod schema for this

{ "n": "[[PERSON|Sakura Inoue]]", "m": "[[EMAIL_ADDRESS|sakura.inoue@ezweb.ne.jp]]", "t": "[[PHONE_NUMBER|080-3317-4928]]", "z": "150-0041" }""",
    """convert to SQL insert, table name is tmp_import

field_a;field_b;field_c
[[PERSON|Bram Jacobs]];[[ID_NUMBER|85.07.30-241.14]];[[IBAN_CODE|BE78 0634 1820 9725]]""",
    """redis HGETALL output, need it as json

1) "nm"
2) "[[PERSON|Ines Baptista]]"
3) "em"
4) "[[EMAIL_ADDRESS|ines.baptista@gmail.com]]"
5) "tl"
6) "[[PHONE_NUMBER|+351 936 214 870]]"
7) "lv"
8) "3\"""",
    """protobuf text format, which field numbers hold what? we lost the .proto

1: "[[PERSON|Lorenzo Galli]]"
2: "[[EMAIL_ADDRESS|lorenzo.galli@virgilio.it]]"
3: 1987
4 {
  1: "[[STREET_ADDRESS|Via Garibaldi 21, 16124 Genova]]"
}""",
    """pandas melt this wide table to long format please

id	p1	p2	p3
1	[[PERSON|Ahmad Karimi]]	[[PHONE_NUMBER|+98 912 418 3307]]	[[EMAIL_ADDRESS|ahmad.karimi@chmail.ir]]
2	[[PERSON|Leyla Rostami]]	[[PHONE_NUMBER|+98 912 418 3390]]	[[EMAIL_ADDRESS|leyla.rostami@gmail.com]]""",
    """the message queue payload is a positional array. Consumer crashes on index 4. here's one:

["signup", 1710000000, "[[PERSON|Dagny Solberg]]", "[[EMAIL_ADDRESS|dagny.solberg@online.no]]"]""",
    """Explain this MongoDB document, the keys are minified by the ORM

{ "_id": ObjectId("65f0a1b2c3d4e5f6a7b8c9d0"), "u": "[[ID_NUMBER|zsofia.kiss]]", "pw": "[[PASSWORD|Balaton#Nyar24]]", "ph": "[[PHONE_NUMBER|+36 30 418 2256]]", "r": ["editor"] }""",
    """which column is the date and which is the amount?

c1,c2,c3,c4,c5
[[PERSON|Gustavo Ribeiro]],[[ID_NUMBER|071.938.442-70]],2024-01-05,349.90,[[CREDIT_CARD|6011903452218760]]""",
    """this ini has no section names, python configparser raises MissingSectionHeaderError

k=[[API_KEY|9c4f7e1a2b8d3f6e0a5c9b7d1e4f2a8c]]
u=[[EMAIL_ADDRESS|niels.kjaer@outlook.dk]]
s=[[PASSWORD|Hygge!Aarhus7]]""",
    """flatten this for elasticsearch, the nesting is killing our mappings

{"p":{"x":{"n":"[[PERSON|Tiago Mendes]]","d":"[[ID_NUMBER|14872035 4 ZX7]]"},"y":{"a":"[[STREET_ADDRESS|Rua de Santa Catarina 312, 4000-443 Porto]]"}}}""",
    """the data team sends me this as "sample.txt", tab separated. write awk to print col 2 where col 4 > 100

[[ID_NUMBER|A77120]]	[[PERSON|Selin Aydın]]	[[PHONE_NUMBER|+90 533 207 41 18]]	140
[[ID_NUMBER|A77121]]	[[PERSON|Cem Öztürk]]	[[PHONE_NUMBER|+90 533 207 41 29]]	85""",
    """Why doesn't this match? regex: ^(\\w+) (\\w+),(\\d{3}-\\d{2}-\\d{4})$

input: [[PERSON|Mary-Kate Donovan]],[[US_SSN|148-39-2275]]""",
    """json lines from a scraper, fields are obfuscated. Can you make a dataclass?

{"q":"[[PERSON|Yaw Darko]]","w":"[[EMAIL_ADDRESS|yaw.darko@gmail.com]]","e":"[[STREET_ADDRESS|House 12, Osu Badu Street, Dzorwulu, Accra]]"}
{"q":"[[PERSON|Efua Owusu]]","w":"[[EMAIL_ADDRESS|efua.owusu@yahoo.com]]","e":null}""",
    """what type should 'val' be in the DB? the values look like this:

key      | val
---------+------------------------------
name     | [[PERSON|Linnea Karlsson]]
contact  | [[EMAIL_ADDRESS|linnea.k@bredband.net]]
nr       | [[ID_NUMBER|880521-6176]]
acct     | [[IBAN_CODE|SE18 5000 0000 0583 9825 7467]]""",
    """got this blob from a customer's support ticket attachment, can you make sense of it

0:[[PERSON|Dominik Horvat]]
1:[[PHONE_NUMBER|+385 91 412 7735]]
2:[[STREET_ADDRESS|Ilica 128, 10000 Zagreb]]
3:[[IBAN_CODE|HR40 2360 0001 1022 3344 5]]""",
    """merge these two objects, second wins on conflicts

A = {"x1": "[[PERSON|Rosa Quintero]]", "x2": "[[PHONE_NUMBER|+57 310 482 1167]]"}
B = {"x2": "[[PHONE_NUMBER|+57 310 482 1190]]", "x3": "[[EMAIL_ADDRESS|rosa.quintero@hotmail.com]]"}""",
    """Can you write a regex to validate the 'v' values? They're all the same kind of thing

[{"k":"a","v":"[[ID_NUMBER|S7628405I]]"},{"k":"b","v":"[[ID_NUMBER|T0418273H]]"}]

I think they're singapore IDs?""",
    """Excel formula to join A and B with a space and put C in brackets

A	B	C
[[PERSON|Callum]]	[[PERSON|Fraser]]	[[EMAIL_ADDRESS|callum.fraser@gmail.com]]
[[PERSON|Isla]]	[[PERSON|Munro]]	[[EMAIL_ADDRESS|isla.munro@btinternet.com]]""",
    """why is this jq returning null: jq '.d[0].s'

{"d":[{"f":"[[PERSON|Anouk Peeters]]","s":"[[PASSWORD|Zonnebloem!8]]","h":"[[ID_NUMBER|apeeters]]"}]}""",
    """the third field is sometimes empty, how do I handle it in the split? python

[[PERSON|Kasper Nielsen]]::[[PHONE_NUMBER|+45 28 41 73 09]]::
[[PERSON|Freja Holm]]::[[PHONE_NUMBER|+45 28 41 73 12]]::[[EMAIL_ADDRESS|freja.holm@live.dk]]""",
    """XML with meaningless tags, need XSLT to turn it into something readable

<r><a>[[PERSON|Walter Brandstetter]]</a><b>[[EMAIL_ADDRESS|w.brandstetter@a1.net]]</b><c>[[IP_ADDRESS|203.0.113.66]]</c></r>""",
    """TOML with numbered keys. valid?

[p]
1 = "[[PERSON|Gabriela Nowicka]]"
2 = "[[PHONE_NUMBER|+48 512 330 918]]"
3 = "[[EMAIL_ADDRESS|g.nowicka@wp.pl]]\"""",
    """deduplicate on col_b, keep first

col_a,col_b
[[PERSON|Hamza Ali]],[[EMAIL_ADDRESS|hamza.ali@gmail.com]]
[[PERSON|Hamza M. Ali]],[[EMAIL_ADDRESS|hamza.ali@gmail.com]]
[[PERSON|Sana Ali]],[[EMAIL_ADDRESS|sana.ali@gmail.com]]""",
    """sql result, no column names because somebody did SELECT 1,2,3 style aliases. what is this

?column? | ?column?          | ?column?
---------+-------------------+-----------------
[[ID_NUMBER|u7741]]    | [[EMAIL_ADDRESS|esperanza.vidal@gmail.com]] | [[IP_ADDRESS|203.0.113.31]]""",
    """localStorage dump from a user's browser (they sent it for debugging). anything sensitive in there we shouldn't be storing?

"s1": "[[API_KEY|eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOjk5MTJ9.Hk3mQ8rT2vLx9ZcW4nYp7Bd1Fj6Gs0Au5Ek2Oi3Rt]]"
"s2": "[[EMAIL_ADDRESS|malia.fonoti@gmail.com]]"
"s3": "dark\"""",
    """here's an env file with terse names, which of these need to go into the secrets manager?

A=[[API_KEY|xoxb-5529018347-6610294857-Kq8Rm3Tz7Wv1Ly5Xn2Bc4Hd]]
B=8080
C=[[PASSWORD|kangaroo-Paw-71]]
D=info""",
    """What's this string format? Looks like name^phone^id, it came out of the lab system's export

[[PERSON|SMITHERS^JOANNE]]^[[PHONE_NUMBER|(503) 555-0119]]^[[ID_NUMBER|MRN88213]]""",
    """can you convert this list of tuples to a dict keyed on the first element

data = [("[[ID_NUMBER|emp0912]]", "[[PERSON|Tuomas Virtanen]]", "[[ID_NUMBER|120487-318N]]"), ("[[ID_NUMBER|emp0913]]", "[[PERSON|Aino Mäkelä]]", None)]""",
    """the struct is just a b c d, I need to know the max lengths for the DB

a: [[PERSON|Juan Pablo Restrepo]]
b: [[EMAIL_ADDRESS|jprestrepo@une.net.co]]
c: [[PHONE_NUMBER|+57 315 227 0418]]
d: [[STREET_ADDRESS|Carrera 43A #18 Sur-135, Medellín]]""",
    """msgpack decoded to this. what's the shape

[1, ["[[PERSON|Ilse de Vries]]", "[[ID_NUMBER|460291750]]"], {"0": "[[EMAIL_ADDRESS|ilse.devries@hetnet.nl]]"}]""",
    """Explain why this HL7 segment won't parse

PID|1||[[ID_NUMBER|MRN20931]]^^^HOSP||[[PERSON|OKONJO^CHIAMAKA]]||19840317|F|||[[STREET_ADDRESS|14 Allen Avenue^^Ikeja^LA^100271]]||[[PHONE_NUMBER|+234 802 771 3306]]""",
    """what do these fields in the sms export mean: src dst t b

src=[[PHONE_NUMBER|+1 604-555-0188]] dst=[[PHONE_NUMBER|+1 604-555-0121]] t=1709913600 b="hey it's [[PERSON|Mara]], new number\"""",
]

# Clean: schemas, catalogues, metrics, DDL and other data with no personal values.
CLEAN_DATA = [
    """why does this JSON Schema accept {"price": "12"}? I want it to reject strings

{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "sku": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"},
    "price": {"type": ["number", "string"]}
  },
  "required": ["sku", "price"]
}""",
    """convert this product catalogue CSV to SQL inserts, table products(sku, name, price_eur, stock)

sku,name,price_eur,stock
KB-1042,Mechanical keyboard (brown switches),89.90,140
MS-2210,Wireless mouse,24.50,812
HB-0007,USB-C hub 7-port,39.00,55
CB-3300,Braided cable 2m,9.99,2300""",
    """Can you compute p50/p95 from these latency samples (ms)? one per line

112
98
143
101
250
97
1302
118
105
99""",
    """explain this CREATE TABLE and suggest indexes for the query below

CREATE TABLE orders (
  id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  status TEXT NOT NULL CHECK (status IN ('pending','paid','shipped','cancelled')),
  total_cents INTEGER NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

SELECT status, count(*) FROM orders WHERE created_at > now() - interval '7 days' GROUP BY status;""",
    """fix this json please, trailing commas everywhere

{
  "name": "inventory-service",
  "version": "2.4.1",
  "dependencies": {
    "express": "^4.19.2",
    "pg": "^8.11.3",
  },
  "scripts": {"start": "node index.js", "test": "jest",},
}""",
    """regex for these SKU rows? format is 3 letters, dash, 4 digits, optional -XL/-L/-M/-S size suffix

TSH-1001-XL
TSH-1001-M
HDY-2040
CAP-0099-S
tsh-1001-m   <- should NOT match""",
    """Deduplicate this list of cities (case and accents should be ignored)

São Paulo
Sao Paulo
Zürich
Zurich
Kraków
krakow
Montréal
Montreal
Reykjavík""",
    """monthly metrics, what's the month-over-month growth for each row?

month,signups,active_users,revenue_usd
2023-10,1420,9810,48210
2023-11,1588,10390,51007
2023-12,1301,10122,50112
2024-01,1875,11044,55930""",
    """Write a JSON Schema for this config object, `retries` must be 0-10 and `mode` one of fast/safe

{"retries": 3, "mode": "safe", "timeout_ms": 2500, "endpoints": ["primary", "fallback"]}""",
    """this OpenAPI snippet fails validation in swagger-editor: "should NOT have additional properties, additionalProperty: example". why?

paths:
  /products/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: integer
          example: 42""",
    """turn this TSV of country data into a python dict keyed by ISO code

iso	country	capital	population_m
DE	Germany	Berlin	84.4
JP	Japan	Tokyo	124.5
BR	Brazil	Brasília	216.4
NG	Nigeria	Abuja	223.8""",
    """Postgres says "operator does not exist: text = integer" for this query, why

SELECT * FROM inventory WHERE warehouse_code = 17;

warehouse_code is TEXT because some codes are like 'B12'""",
    """I need the XML below as JSON, attributes prefixed with @

<catalog>
  <book id="bk101" lang="en"><title>Dune</title><author>Frank Herbert</author><year>1965</year></book>
  <book id="bk102" lang="en"><title>Neuromancer</title><author>William Gibson</author><year>1984</year></book>
</catalog>""",
    """why do these two floats not sum to what I expect in JS? data from our sensor csv

sensor,reading
T1,0.1
T2,0.2
sum shows 0.30000000000000004""",
    """pivot this so each region is a column and each quarter a row

region,quarter,units
EMEA,Q1,1200
EMEA,Q2,1350
APAC,Q1,980
APAC,Q2,1105
AMER,Q1,2210
AMER,Q2,2090""",
    """What's the difference between these two Avro schemas, will the second one be backward compatible?

v1: {"type":"record","name":"Reading","fields":[{"name":"device","type":"string"},{"name":"value","type":"double"}]}
v2: {"type":"record","name":"Reading","fields":[{"name":"device","type":"string"},{"name":"value","type":"double"},{"name":"unit","type":"string"}]}""",
    """convert these inserts to a single multi-row insert

INSERT INTO colors (name, hex) VALUES ('teal', '#008080');
INSERT INTO colors (name, hex) VALUES ('coral', '#FF7F50');
INSERT INTO colors (name, hex) VALUES ('indigo', '#4B0082');""",
    """GeoJSON won't render on mapbox, what's wrong

{"type":"Feature","geometry":{"type":"Point","coordinates":[48.8584, 2.2945]},"properties":{"name":"Eiffel Tower"}}

it shows up in somalia lol""",
    """give me a pandas one-liner that groups by category and averages price

category,item,price
fruit,apple,0.5
fruit,mango,1.2
veg,carrot,0.3
veg,leek,0.9
dairy,milk,1.1""",
    """validate this YAML list of feature flags, someone said the booleans are wrong

flags:
  new_checkout: yes
  dark_mode: on
  beta_search: "false"
  legacy_export: off""",
    """the protobuf below, what does field 3 being `repeated` mean for the JSON mapping?

message Order {
  string id = 1;
  int64 created_unix = 2;
  repeated LineItem items = 3;
}
message LineItem { string sku = 1; int32 qty = 2; }""",
    """Compute the average rating per app from this paste

app	rating	reviews
Notion	4.7	102344
Obsidian	4.8	12870
Evernote	4.4	398120
Bear	4.7	22410""",
    """This jq doesn't work: jq '.items[] | select(.stock < 10) | .name'  — "Cannot index array with string"

{"items": [ [{"name": "bolt M6", "stock": 4}, {"name": "nut M6", "stock": 120}] ]}""",
    """I have a dataset of Titanic passengers (the kaggle one) columns: PassengerId,Survived,Pclass,Sex,Age,Fare. How do I compute survival rate by class in SQL?""",
    """elasticsearch mapping error: "mapper_parsing_exception: failed to parse field [price] of type [float]". doc:

{"sku":"LMP-220","price":"19,99","tags":["lamp","desk"]}""",
    """write a regex to parse these semver strings including prerelease

1.2.3
10.0.0-beta.2
0.9.12-rc.1+build.77
2.0""",
    """explain what each column in this `df -h` output means

Filesystem      Size  Used Avail Use% Mounted on
/dev/nvme0n1p2  468G  301G  144G  68% /
tmpfs           7.8G  2.1M  7.8G   1% /dev/shm
/dev/nvme0n1p1  511M  6.1M  505M   2% /boot/efi""",
    """can you convert these unix timestamps to ISO 8601 UTC

1700000000
1704067200
1710115200""",
    """Is this a valid CSV? the description field has newlines inside quotes

id,title,description
1,"Desk lamp","Warm light.
Adjustable arm."
2,"Monitor stand","Bamboo, 60cm\"""",
    """sql to find gaps in this sequence of invoice numbers

INV-1001
INV-1002
INV-1004
INV-1005
INV-1009""",
]

# Clean: configs with placeholder values only.
CLEAN_CONFIG = [
    """docker compose says "invalid interpolation format" for this, what's wrong

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${DB_USER}
      POSTGRES_PASSWORD: ${DB_PASSWORD
      POSTGRES_DB: app""",
    """.env.example for the repo, is it ok to commit this?

DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
STRIPE_KEY=<your-stripe-key>
SENTRY_DSN=
JWT_SECRET=changeme""",
    """convert this ini to yaml

[server]
host = 0.0.0.0
port = 8080
workers = 4

[cache]
backend = redis
url = redis://localhost:6379/0
ttl_seconds = 300""",
    """k8s deployment, pod keeps getting OOMKilled. anything obviously wrong with the limits?

resources:
  requests:
    memory: "256Mi"
    cpu: "250m"
  limits:
    memory: "256Mi"
    cpu: "1"

node has plenty of free memory btw""",
    """my nginx config returns 502. upstream is a node app on 3000

server {
  listen 80;
  server_name example.com;
  location / {
    proxy_pass http://127.0.0.1:300;
    proxy_set_header Host $host;
  }
}""",
    """GitHub Actions: the secret isn't available in the PR from a fork. Is that expected?

env:
  API_TOKEN: ${{ secrets.API_TOKEN }}
steps:
  - run: ./deploy.sh""",
    """terraform variables file, what's the difference between sensitive = true and just not outputting it?

variable "db_password" {
  type      = string
  sensitive = true
}
variable "region" {
  default = "eu-central-1"
}""",
    """my application.yml isn't picking up the profile. spring boot 3

spring:
  profiles:
    active: dev
  datasource:
    url: jdbc:postgresql://localhost:5432/demo
    username: ${DB_USER:demo}
    password: ${DB_PASS:xxx}""",
    """pyproject.toml: ruff ignores my line-length setting. why

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["E", "F", "I"]
line-length = 120""",
    """Write a systemd unit for this, it's a python worker that reads its config from /etc/worker/config.env

ExecStart should be /opt/worker/venv/bin/python -m worker
restart on failure, run as user worker""",
    """tsconfig — VS Code says "Cannot find module '@/utils'", paths looks right?

{
  "compilerOptions": {
    "baseUrl": ".",
    "paths": {"@/*": ["src/*"]},
    "strict": true
  }
}""",
    """helm values, the ingress annotations aren't applied

ingress:
  enabled: true
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
  hosts:
    - host: app.example.com
      paths: ["/"]""",
    """is this a valid crontab line? want every 15 min on weekdays between 8 and 18

*/15 8-18 * * 1-5 /usr/local/bin/sync.sh >> /var/log/sync.log 2>&1""",
    """Prometheus alert rule, it never fires even when the error rate is high

- alert: HighErrorRate
  expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
  for: 10m
  labels:
    severity: page""",
    """what does each flag in this mysql my.cnf do

[mysqld]
innodb_buffer_pool_size = 4G
max_connections = 300
slow_query_log = 1
long_query_time = 0.5""",
    """.npmrc in our template repo:

//registry.npmjs.org/:_authToken=${NPM_TOKEN}

npm install fails locally with 'Failed to replace env in config'. how do other people handle this""",
    """the AWS CLI config below gives "The config profile (dev) could not be found"

[default]
region = us-east-1

[dev]
region = eu-west-1
role_arn = arn:aws:iam::123456789012:role/Developer
source_profile = default""",
    """logrotate config, logs aren't being compressed

/var/log/myapp/*.log {
    daily
    rotate 14
    compress
    delaycompress
    missingok
    notifempty
}""",
    """Redis sentinel config example from the docs, which line sets the quorum?

sentinel monitor mymaster 127.0.0.1 6379 2
sentinel down-after-milliseconds mymaster 60000
sentinel auth-pass mymaster <password>""",
    """Dockerfile builds fine but the container exits immediately. why

FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD python app.py &""",
]

# Clean: logs and stack traces with no user data.
CLEAN_LOGS = [
    """explain this stack trace

Traceback (most recent call last):
  File "/app/main.py", line 12, in <module>
    config = load_config("settings.toml")
  File "/app/config.py", line 8, in load_config
    with open(path) as f:
FileNotFoundError: [Errno 2] No such file or directory: 'settings.toml'""",
    """write a regex that extracts the status code and response time from these nginx lines

127.0.0.1 - - [11/Mar/2024:10:00:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001
127.0.0.1 - - [11/Mar/2024:10:00:11 +0000] "GET /healthz HTTP/1.1" 503 19 "-" "kube-probe/1.29" rt=0.250""",
    """what does this kernel message mean

[12345.678901] Out of memory: Killed process 4412 (java) total-vm:8123456kB, anon-rss:6123400kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:13200kB oom_score_adj:0""",
    """Java stack trace from our build, no idea what's going on

java.lang.ClassNotFoundException: org.slf4j.impl.StaticLoggerBinder
	at java.base/jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)
	at java.base/java.lang.ClassLoader.loadClass(ClassLoader.java:525)
	at org.slf4j.LoggerFactory.bind(LoggerFactory.java:150)""",
    """parse these systemd journal lines into csv (time, unit, message)

Mar 14 02:00:01 web01 systemd[1]: Starting Daily apt download activities...
Mar 14 02:00:04 web01 systemd[1]: apt-daily.service: Deactivated successfully.
Mar 14 02:00:04 web01 systemd[1]: Finished Daily apt download activities.""",
    """node error, happens on startup

Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1872:16)
    at listenInCluster (node:net:1920:12)
    at Server.listen (node:net:2008:7)""",
    """Is this GC log healthy? JVM with 4g heap

[2024-03-11T10:02:11.123+0000][gc] GC(812) Pause Young (Normal) (G1 Evacuation Pause) 2310M->1204M(4096M) 18.221ms
[2024-03-11T10:02:41.551+0000][gc] GC(813) Pause Young (Normal) (G1 Evacuation Pause) 2402M->1230M(4096M) 21.004ms
[2024-03-11T10:03:05.002+0000][gc] GC(814) Pause Full (G1 Compaction Pause) 3950M->3801M(4096M) 1422.871ms""",
    """what does this postgres log warning mean, should I tune something

2024-03-12 04:10:22.331 UTC [2219] LOG:  checkpoints are occurring too frequently (9 seconds apart)
2024-03-12 04:10:22.331 UTC [2219] HINT:  Consider increasing the configuration parameter "max_wal_size".""",
    """Rust compile error, I don't get the lifetime thing

error[E0106]: missing lifetime specifier
 --> src/parser.rs:4:33
  |
4 | fn first_word(s: &str, t: &str) -> &str {
  |                  ----     ----     ^ expected named lifetime parameter""",
    """Kubernetes event log. why is the pod stuck?

Warning  FailedScheduling  2m   default-scheduler  0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.""",
    """pytest output, which test is flaky?

tests/test_cache.py::test_ttl_expiry PASSED
tests/test_cache.py::test_ttl_expiry FAILED (rerun 1)
tests/test_cache.py::test_eviction PASSED
E   assert 0.998 < 0.95""",
    """Go panic, nil map

panic: assignment to entry in nil map

goroutine 1 [running]:
main.(*Registry).Add(...)
	/src/registry.go:22
main.main()
	/src/main.go:14 +0x3c""",
    """write a grok pattern for our app's log format

2024-03-11 10:22:01.443 INFO  [worker-3] c.e.jobs.Reindex - reindexed 12044 docs in 3.2s
2024-03-11 10:22:05.002 WARN  [worker-1] c.e.jobs.Reindex - shard 4 slow, 9.8s""",
    """TypeScript error, what does it want

src/api.ts:41:7 - error TS2322: Type 'string | undefined' is not assignable to type 'string'.
  Type 'undefined' is not assignable to type 'string'.

41       baseUrl: process.env.API_URL,""",
    """explain this SSL error from curl

curl: (60) SSL certificate problem: unable to get local issuer certificate
More details here: https://curl.se/docs/sslcerts.html""",
    """what's happening in this Docker build output

Step 5/9 : RUN npm ci
 ---> Running in 3f2a9c1b7e44
npm ERR! code EUSAGE
npm ERR! The `npm ci` command can only install with an existing package-lock.json""",
    """count occurrences of each log level in this snippet

INFO  starting
INFO  loaded 12 plugins
WARN  plugin x is deprecated
ERROR failed to bind port 8443
INFO  retrying
ERROR failed to bind port 8443
FATAL giving up""",
    """Android logcat, app won't start

E/AndroidRuntime: FATAL EXCEPTION: main
    java.lang.RuntimeException: Unable to start activity ComponentInfo{com.example.notes/com.example.notes.MainActivity}: android.view.InflateException: Binary XML file line #12: Error inflating class ImageView""",
    """Django migration error

django.db.utils.ProgrammingError: column "discount_pct" of relation "shop_product" does not exist
LINE 1: ...ELECT "shop_product"."id", "shop_product"."discount_pct"...""",
    """Can you explain what happened here in the haproxy log

haproxy[812]: backend api has no server available!
haproxy[812]: Server api/api2 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left.""",
]

# Clean: code and fixtures with placeholder roles, no real-looking people.
CLEAN_CODE = [
    """write a pytest for this Diffie-Hellman toy, Alice and Bob should end up with the same shared secret

p, g = 23, 5
alice_secret, bob_secret = 6, 15
A = pow(g, alice_secret, p)
B = pow(g, bob_secret, p)""",
    """my jest fixture, is there a cleaner way to build these?

const products = [
  { sku: 'KB-1', name: 'Keyboard', price: 49 },
  { sku: 'MS-1', name: 'Mouse', price: 19 },
  { sku: 'MN-1', name: 'Monitor', price: 199 },
];""",
    """factory_boy: how do I get a unique username per instance? right now I have

class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
    username = "testuser"
    email = "test@example.com\"""",
    """Write a unit test for a function that validates emails. Use obviously fake examples like user@example.com and not-an-email as cases""",
    """convert this fixture from YAML to JSON

- model: shop.category
  pk: 1
  fields: {name: Books, slug: books}
- model: shop.category
  pk: 2
  fields: {name: Games, slug: games}""",
    """Explain this RSA example, Bob's public key is (e=17, n=3233) and Alice encrypts m=65. what's the ciphertext and how does Bob decrypt""",
    """Cypress test, the checkout form should reject an empty name. how do I assert the error message shows

cy.get('[data-test=name]').clear()
cy.get('[data-test=submit]').click()""",
    """mock data for a storybook story, I need 3 users with role names only (admin, editor, viewer) and avatars from placeholders. write it in TS""",
    """what's wrong with this test? it passes even when I break the function

def test_add():
    result = add(2, 2)
    assert result == 4 or 5""",
    """Give me a Python dataclass for this order fixture and a from_dict

{"order_id": "ORD-0001", "items": [{"sku": "A1", "qty": 2}], "currency": "EUR", "status": "paid"}""",
    """In the classic Byzantine generals setup, how would I write a simulation where generals 1 to 4 vote and general 3 is the traitor? python pls""",
    """refactor: these three tests repeat the same setup

def test_empty_cart(): cart = Cart(); assert cart.total() == 0
def test_one_item(): cart = Cart(); cart.add("A1", 2.5); assert cart.total() == 2.5
def test_two_items(): cart = Cart(); cart.add("A1", 2.5); cart.add("B2", 1); assert cart.total() == 3.5""",
    """Go table test for a function IsValidPort(int) bool — cases: 0, 1, 80, 65535, 65536, -1""",
    """I need a regex that matches placeholder tokens like {{first_name}} and {{ order.total }} in our email templates, spaces optional""",
    """the Eve eavesdropper in my BB84 simulation intercepts every qubit, why is the error rate 25% and not 50%? code is the textbook version with Alice sending and Bob measuring in random bases""",
]

# Clean: public company data and sports statistics of famous players.
CLEAN_PUBLIC = [
    """make a bar chart (matplotlib) from this

player,goals,season
Erling Haaland,36,2022-23
Harry Kane,30,2022-23
Ivan Toney,20,2022-23
Mohamed Salah,19,2022-23""",
    """convert to JSON array

Company,Ticker,Founded,HQ
Apple,AAPL,1976,Cupertino
Microsoft,MSFT,1975,Redmond
Alphabet,GOOGL,2015,Mountain View
Nvidia,NVDA,1993,Santa Clara""",
    """what's Michael Jordan's career points per game from this? I think the table is off

season,team,games,points
1984-85,CHI,82,2313
1985-86,CHI,18,408
1986-87,CHI,82,3041""",
    """SQL to rank these tennis players by grand slam titles

INSERT INTO slams VALUES ('Novak Djokovic', 24), ('Rafael Nadal', 22), ('Roger Federer', 20), ('Serena Williams', 23);""",
    """pandas: compute the batting average column

player,hits,at_bats
Shohei Ohtani,175,599
Aaron Judge,174,559
Mookie Betts,179,584""",
    """parse this into a table: Tesla Q4 deliveries were 484,507, Q3 435,059, Q2 466,140, Q1 422,875 (2023)""",
    """is this JSON right for the F1 constructors standings? the points look swapped

[{"team":"Red Bull Racing","points":860},{"team":"Mercedes","points":409},{"team":"Ferrari","points":406},{"team":"McLaren","points":302}]""",
    """write a regex to pull the year out of these Nobel entries

Marie Curie – Physics 1903, Chemistry 1911
Albert Einstein – Physics 1921
Niels Bohr – Physics 1922""",
    """Can you normalise these market caps to billions? some are in T some in B

Saudi Aramco 2.1T
Amazon 1.8T
Berkshire Hathaway 880B
TSMC 640B""",
    """compute the win percentage for each team

team,w,l
Boston Celtics,64,18
Denver Nuggets,57,25
Oklahoma City Thunder,57,25
Minnesota Timberwolves,56,26""",
    """Make this csv of Olympic records into a markdown table

event,athlete,time
100m men,Usain Bolt,9.63
200m men,Usain Bolt,19.30
marathon women,Tigst Assefa,2:11:53""",
    """YAML to JSON please, it's a list of programming languages and their creators

- lang: Python
  creator: Guido van Rossum
  year: 1991
- lang: C
  creator: Dennis Ritchie
  year: 1972
- lang: Rust
  creator: Graydon Hoare
  year: 2015""",
    """Why does this SQL give the wrong top scorer? Lionel Messi should be first

SELECT player, SUM(goals) FROM world_cup_goals GROUP BY player ORDER BY 2 LIMIT 1;""",
    """turn this into a chart-friendly json: Toyota sold 11.2M vehicles in 2023, Volkswagen Group 9.2M, Hyundai-Kia 7.3M, Stellantis 6.2M""",
    """dedupe this list of chess world champions (some are repeated for multiple reigns)

Garry Kasparov
Anatoly Karpov
Garry Kasparov
Vladimir Kramnik
Viswanathan Anand
Magnus Carlsen
Magnus Carlsen
Ding Liren""",
]

NATIONAL_IDS = {
    "53908174S": dni_ok,  # Spanish DNI
    "Y4418260C": dni_ok,  # Spanish NIE
    "5821 0463 9178": aadhaar_ok,  # Indian Aadhaar
    "3904 7715 2687": aadhaar_ok,
    "92031504815": pesel_ok,  # Polish PESEL
    "85112709366": pesel_ok,
    "78072413596": pesel_ok,
    "28374659150": kimlik_ok,  # Turkish kimlik
    "910422-8136": luhn_len(10),  # Swedish personnummer
    "880521-6176": luhn_len(10),
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "MRNLCU79A11F205M": codice_fiscale_ok,
    "245193782": nif_ok,  # Portuguese NIF
    "205739143": bsn_ok,  # Dutch BSN
    "460291750": bsn_ok,
    "943 476 5919": nhs_ok,  # NHS number
    "721 048 3365": nhs_ok,
    "612 830 4575": nhs_ok,
    "15.382.604-8": rut_ok,  # Chilean RUT
    "12.907.335-7": rut_ok,
    "880614-2047310": rrn_ok,  # Korean resident registration number
    "384.517.296-73": cpf_ok,  # Brazilian CPF
    "38451729673": cpf_ok,
    "071.938.442-70": cpf_ok,
    "9308175129087": luhn_len(13),  # South African id
    "14038947282": fodselsnummer_ok,  # Norwegian fødselsnummer
    "851127/0944": rodne_cislo_ok,  # Czech rodné číslo
    "1 91 03 75 114 208 71": nir_ok,  # French NIR
    "8473920PA": pps_ok,  # Irish PPS number
    "85.07.30-241.14": belgian_id_ok,  # Belgian national number
    "S7628405I": nric_ok,  # Singapore NRIC
    "T0418273H": nric_ok,
    "120487-318N": hetu_ok,  # Finnish henkilötunnus
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"01(13|31|61) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 30 23125 \d{3}",
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"03-\d{4}-\d{4}",  # Japan, Tokyo
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile, national
        r"521\d{10}",  # Mexico mobile, digits only as an SMS gateway wants it
        r"6\d{8}",  # Spain mobile, digits only
        r"\+(1|3[0-9]|4[0-9]|5[0-9]|8[0-9]|9[0-9]|2[0-9]{2}|3[0-9]{2}|4[0-9]{2}|9[0-9]{2}) [\d -]+\d",  # no fiction range known
    )
]
DOC_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
PII_SECTIONS = {
    "json": JSON,
    "csv": CSV,
    "sql": SQL,
    "config": CONFIG,
    "http": HTTP,
    "logs": LOGS,
    "traces": TRACES,
    "contacts": CONTACTS,
    "fixtures": FIXTURES,
    "opaque keys": OPAQUE,
}
CLEAN_SECTIONS = {
    "clean data": CLEAN_DATA,
    "clean config": CLEAN_CONFIG,
    "clean logs": CLEAN_LOGS,
    "clean code": CLEAN_CODE,
    "clean public": CLEAN_PUBLIC,
}
COUNTS = {
    "json": 28,
    "csv": 22,
    "sql": 20,
    "config": 26,
    "http": 17,
    "logs": 25,
    "traces": 12,
    "contacts": 14,
    "fixtures": 12,
    "opaque keys": 44,
    "clean data": 30,
    "clean config": 20,
    "clean logs": 20,
    "clean code": 15,
    "clean public": 15,
}


def check_lengths(texts: list[str]) -> None:
    """Every text between 10 and 300 words once its marks are stripped."""
    for marked in texts:
        if not WORDS[0] <= word_count(marked) <= WORDS[1]:
            raise SystemExit(f"{word_count(marked)} words in {marked[:60]!r}")


def check_mix(pii: list[str]) -> None:
    """The set carries every label type, and plenty of secrets, logins and IPs."""
    kinds = [s["type"] for t in pii for s in marked_spans(t)]
    for kind in (
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    ):  # fmt: skip
        if kind not in kinds:
            raise SystemExit(f"no {kind} in the set")
    for kind, least in (("PASSWORD", 30), ("API_KEY", 20), ("IP_ADDRESS", 30), ("ID_NUMBER", 60)):
        if kinds.count(kind) < least:
            raise SystemExit(f"only {kinds.count(kind)} {kind} spans")


def check_clean(texts: list[str]) -> None:
    """No clean text holds a documentation-range IP or an e-mail outside example.com."""
    for text in texts:
        if any(ip in text for ip in DOC_IPS):
            raise SystemExit(f"documentation IP in clean text {text[:60]!r}")
        for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not email.endswith("@example.com"):
                raise SystemExit(f"e-mail {email!r} in clean text {text[:60]!r}")


def main() -> None:
    sections = {
        name: (items, COUNTS[name]) for name, items in {**PII_SECTIONS, **CLEAN_SECTIONS}.items()
    }
    pii = [t for items in PII_SECTIONS.values() for t in items]
    clean = [t for items in CLEAN_SECTIONS.values() for t in items]
    check_lengths(pii + clean)
    check_mix(pii)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    check_clean(clean)
    if any(strip_marks(t)[1] for t in clean):
        raise SystemExit("a mark in a clean text")
    build_sections(
        "blind40", HERE, sections, set(PII_SECTIONS),
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=[], lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
