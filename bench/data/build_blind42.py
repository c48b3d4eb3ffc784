# ruff: noqa: E501
"""A forty-second blind privacy set: 220 texts with personal data and 100 clean ones, all of
them what engineers and data people paste into a coding assistant about code, data and ops.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, lines 1-12 and
the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The 220 personal-data texts:

* 57 code snippets (Python, JS/TS, Go, Java, Ruby, PHP, C#, Kotlin, Rust, Swift, Dart,
  Scala, Elixir, Clojure, R, Perl, VB.NET, Objective-C, shell, HCL, YAML) with hard-coded
  user records, test fixtures, seed data and logins, each with a question about the code;
* 51 data pastes: SQL and psql results, DataFrame and Spark prints, JSON and GraphQL API
  responses, Kafka, SQS and Pub/Sub messages, Redis and Mongo output, CRM, Mailchimp and
  Excel exports, vCards, XML, bank statement lines and KYC responses;
* 66 ops pastes: Kubernetes, Terraform, compose, helm, vault and .env secrets,
  connection strings, .netrc, .pgpass, msmtp and sasl lines, git log and shortlog, Jira,
  GitHub, ServiceNow and PagerDuty pastes, Sentry, Datadog, Rollbar, Bugsnag and Okta
  events, cron mail, LDAP and AD entries, authorized_keys, sshd, postfix and nginx logs
  and crash reports with a home directory (``/Users/<login>/``, ``C:\\Users\\<login>\\``);
* 46 pastes with terse keys (``u``, ``nm``, ``ph``, ``a1``, ``em``, ``pw``, ...) in
  JSON, logfmt, CSV, YAML, Lua, Perl, PHP and query strings (a fifth of the set).

Names come from more than forty countries. Usernames and logins (also inside a home
directory, a git author line or an authorized_keys comment), account, customer, member,
contact, employee, patient and student numbers, user ids stored with a person's record and
national ids are ID_NUMBER; passwords, app passwords, PINs and door codes PASSWORD; API
keys, access tokens, webhook secrets, OTP seeds and private keys API_KEY. Titles stay
outside PERSON spans; an address span runs from the street line through the postcode and
city as typed; a split street field is marked alone. Storage record ids (Mongo ObjectIds,
Elasticsearch, Airtable and Salesforce record ids, table row numbers), order, invoice,
ticket and incident numbers, role addresses (noreply@, procurement@), service accounts,
server hostnames and private-range server IPs, public SSH keys and dates of birth are not
labelled; every occurrence of a private value is marked.

The 100 clean texts hold no personal data at all: 35 code questions with placeholder
values (example.com role and jane.doe-style addresses, Alice, Bob, Carol, Eve and Mallory
in protocol examples, foo, bar, changeme, hunter2, ``${...}``, ``<token>``, xxxx) and
algorithm code (Dijkstra, Kalman, Fourier, Bayes, RSA, Bloom filters); 25 sample data
pastes (cities, weather, products, famous players' results, tickers, public companies);
40 ops pastes (service logs with hostnames, request ids, UUIDs, hashes and build ids,
bot-authored git log, stack traces through library paths, Dockerfiles, CI YAML, Terraform
and Kubernetes manifests without secrets).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 0131 496 0; North America
555-01xx; Australia 0491 570; France 06 39 98 and 01 99 00; Germany 030 23125, 040 66969)
and in each country's own layout elsewhere; cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits
(listed in ``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind42.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
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
    my_number_ok,
    nhi_ok,
    nhs_ok,
    nir_ok,
    pesel_ok,
    pps_ok,
    rnokpp_ok,
    rodne_cislo_ok,
    rrn_ok,
    steuer_id_ok,
    word_count,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

MIN_CHARS = 15
MAX_WORDS = 300
WORDS = (10, 300)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Sr|Sra)\.?\s", re.IGNORECASE)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
TERSE_KEY = re.compile(
    r"\b(u|n|nm|ph|pn|p|a1|a2|em|e|pw|pc|c|cc|ib|s|i|h|f|l|m|o|t|fn|gn|ow|lu|mid|pid|nid|SK|STRAS|TELF1)[\"':=,`]"
)

# 55 code snippets (Python, JS/TS, Go, Java, Ruby, PHP, C#, Kotlin, Rust, shell) with
# hard-coded user records, test fixtures and seed data.
CODE = [
    """why does this test fail with KeyError 'email'?

```python
def test_send_welcome(mailer):
    user = {"name": "[[PERSON|Thiago Albuquerque]]", "e-mail": "[[EMAIL_ADDRESS|thiago.albuquerque@lumenpay.com.br]]", "phone": "[[PHONE_NUMBER|+55 11 98734-2261]]"}
    send_welcome(user, mailer)
    assert mailer.sent[0].to == user["email"]
```""",
    """can someone explain why my seed script inserts the row twice

```js
// seed.js
await db.users.insert({
  firstName: '[[PERSON|Ingrid]]',
  lastName: '[[PERSON|Solberg]]',
  email: '[[EMAIL_ADDRESS|ingrid.solberg@fjordhus.no]]',
  mobile: '[[PHONE_NUMBER|+47 912 48 306]]',
  fnr: '[[ID_NUMBER|12058948169]]',
});
await db.users.insert(defaultUser); // defaultUser is the same object??
```""",
    """Go question: json.Unmarshal leaves Phone empty, what am I missing?

```go
type Customer struct {
    Name  string `json:"name"`
    Phone string `json:"Phone"`
}

raw := []byte(`{"name":"[[PERSON|Chinedu Okafor]]","phone":"[[PHONE_NUMBER|+234 803 417 2958]]"}`)
var c Customer
json.Unmarshal(raw, &c)
fmt.Println(c.Phone) // ""
```""",
    """Refactor this into a builder pattern pls, it's getting ugly

```java
Patient p = new Patient();
p.setFirstName("[[PERSON|Margarethe]]");
p.setLastName("[[PERSON|Vollmer]]");
p.setInsuranceNo("[[ID_NUMBER|K482915736]]");
p.setTaxId("[[ID_NUMBER|47192830658]]");
p.setStreet("[[STREET_ADDRESS|Lindenstraße 47, 10969 Berlin]]");
p.setPhone("[[PHONE_NUMBER|030 23125 418]]");
repo.save(p);
```""",
    """rspec factory keeps generating the same customer, how do I make it unique? here's what I have

```ruby
FactoryBot.define do
  factory :customer do
    name { "[[PERSON|Siobhán Ní Bhriain]]" }
    email { "[[EMAIL_ADDRESS|siobhan.nibhriain@gmail.com]]" }
    pps { "[[ID_NUMBER|8264137W]]" }
    iban { "[[IBAN_CODE|IE33BOFI90001731942866]]" }
  end
end
```""",
    """PHP 8.2 deprecation warning on this line, dynamic property creation. how to fix without rewriting the class?

```php
$u = new Member();
$u->fullname = '[[PERSON|Ioana Constantinescu]]';
$u->cnp = '[[ID_NUMBER|2961112304576]]';
$u->email = '[[EMAIL_ADDRESS|ioana.constantinescu@yahoo.ro]]';
$u->tel = '[[PHONE_NUMBER|+40 721 384 096]]';
$u->save();
```""",
    """my pytest fixture for the billing tests. Mypy complains that dict[str, object] isn't compatible with the Card TypedDict. Should I just cast?

```python
@pytest.fixture
def card_holder() -> dict[str, object]:
    return {
        "holder": "[[PERSON|Kenji Watanabe]]",
        "number": "[[CREDIT_CARD|4539728106642133]]",
        "exp": "08/27",
        "cvc": "412",
        "billing": "[[STREET_ADDRESS|3-14-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023]]",
    }
```""",
    """TypeScript: "Property 'ssn' does not exist on type 'Applicant'". But it's right there??

```ts
const applicant = {
  fullName: "[[PERSON|Dewayne Pritchett]]",
  ssn: "[[US_SSN|412-67-3390]]",
  dob: "1984-03-19",
  phone: "[[PHONE_NUMBER|(404) 555-0137]]",
} as Applicant;
console.log(applicant.ssn);
```""",
    """This C# unit test passes locally but fails on the build agent, culture issue? 

```csharp
var emp = new Employee
{
    Name = "[[PERSON|Agnieszka Wróblewska]]",
    Pesel = "[[ID_NUMBER|88031415723]]",
    Salary = 9450.50m,
    Iban = "[[IBAN_CODE|PL15105014451000009037284135]]"
};
Assert.Equal("9450,50 zł", emp.FormatSalary());
```""",
    """kotlin data class equality question. Why are these two not equal?

```kotlin
val a = Contact("[[PERSON|Nguyễn Thị Lan]]", "[[PHONE_NUMBER|+84 912 483 175]]", listOf("[[EMAIL_ADDRESS|lan.nguyen@vnmail.vn]]"))
val b = Contact("[[PERSON|Nguyễn Thị Lan]]", "[[PHONE_NUMBER|+84 912 483 175]]", mutableListOf("[[EMAIL_ADDRESS|lan.nguyen@vnmail.vn]]"))
println(a == b)
```""",
    """rust borrow checker is killing me

```rust
let mut users = vec![
    User { name: String::from("[[PERSON|Aarav Mehta]]"), aadhaar: String::from("[[ID_NUMBER|538172460923]]") },
    User { name: String::from("[[PERSON|Priyanka Iyer]]"), aadhaar: String::from("[[ID_NUMBER|682049173586]]") },
];
let first = &users[0];
users.push(User { name: first.name.clone(), aadhaar: String::new() });
println!("{}", first.name);
```
error[E0502]: cannot borrow `users` as mutable because it is also borrowed as immutable""",
    """quick one — is it ok to hardcode the admin account like this for the demo env? it's only for the client walkthrough on friday

```python
ADMIN = {
    "username": "[[ID_NUMBER|h.lindqvist]]",
    "password": "[[PASSWORD|Vinter2024!Kaffe]]",
    "email": "[[EMAIL_ADDRESS|hanna.lindqvist@nordvik-it.se]]",
}
```""",
    """i'm trying to mock the CRM client in jest but the mock returns undefined

```js
jest.mock('../crm', () => ({
  getContact: jest.fn().mockResolvedValue({
    id: '[[ID_NUMBER|C-20931]]',
    name: '[[PERSON|Fatima Zahra Benali]]',
    email: '[[EMAIL_ADDRESS|fz.benali@menara-conseil.ma]]',
    phone: '[[PHONE_NUMBER|+212 661 48 27 93]]',
  }),
}));

const { getContact } = require('../crm');
test('loads', async () => {
  expect((await getContact('[[ID_NUMBER|C-20931]]')).name).toBe('[[PERSON|Fatima Zahra Benali]]');
});
```""",
    """Convert this Python dict to a dataclass with validation?

```python
emp = {
    "emp_no": "[[ID_NUMBER|E-77104]]",
    "name": "[[PERSON|Oluwaseun Adeyemi]]",
    "dept": "Logistics",
    "start": "2021-06-01",
    "home": "[[STREET_ADDRESS|12 Adeola Odeku Street, Victoria Island, Lagos 101241]]",
    "mobile": "[[PHONE_NUMBER|+234 812 660 4175]]",
}
```""",
    """Go table test, the third case panics with index out of range. why

```go
tests := []struct{
    in   string
    want string
}{
    {"[[PERSON|Mateus Ferreira]]", "[[PERSON|M. Ferreira]]"},
    {"[[PERSON|Beatriz Lacerda Monteiro]]", "[[PERSON|B. L. Monteiro]]"},
    {"[[PERSON|Jo]]", "J."},
}
```
(the function splits on space and takes parts[1][0])""",
    """how do i stop this spring boot test from actually sending sms? it texted a real number last night 😬

```java
@Test
void notifiesOnShipment() {
    Order o = fixtures.order("[[PERSON|Bartholomew Kingsley]]", "[[PHONE_NUMBER|+44 7700 900481]]");
    service.ship(o);
    verify(sms).send(eq("[[PHONE_NUMBER|+44 7700 900481]]"), anyString());
}
```""",
    """Laravel seeder — the factory works, but when I add this hardcoded row it says integrity constraint violation on email

```php
User::create([
    'name' => '[[PERSON|Giulia Bianchi]]',
    'email' => '[[EMAIL_ADDRESS|giulia.bianchi@libero.it]]',
    'codice_fiscale' => '[[ID_NUMBER|BNCGLI85M41F205B]]',
    'password' => Hash::make('[[PASSWORD|Gelato_Pistacchio77]]'),
]);
```""",
    """Ruby: why does `.titleize` mangle this name?

```ruby
name = "[[PERSON|mary-kate o'donoghue]]"
puts name.titleize # => "[[PERSON|Mary Kate O'donoghue]]"
```
I want "[[PERSON|Mary-Kate O'Donoghue]]". Any gem that handles Irish/Scottish surnames properly?""",
    """Can you write a regex that validates these? they all should pass

```python
samples = [
    "[[PHONE_NUMBER|+61 491 570 218]]",
    "[[PHONE_NUMBER|0491 570 344]]",
    "[[PHONE_NUMBER|+61491570902]]",
]
```
they're from our support team's contact sheet ([[PERSON|Lachlan Byrne]], [[PERSON|Mia Tawhiri]] and [[PERSON|Harpreet Sandhu]])""",
    """I have this fixture file in our repo, our security person says we need to scrub it before open-sourcing. can you rewrite it with fake data?

```yaml
# fixtures/customers.yml
alice:
  name: [[PERSON|Renata Dvořáková]]
  email: [[EMAIL_ADDRESS|renata.dvorakova@seznam.cz]]
  phone: [[PHONE_NUMBER|+420 605 318 442]]
  birth_no: [[ID_NUMBER|9053110517]]
bob:
  name: [[PERSON|Vojtěch Malý]]
  email: [[EMAIL_ADDRESS|vmaly@centrum.cz]]
  phone: [[PHONE_NUMBER|+420 737 902 615]]
```""",
    """python: my regex to mask emails in logs misses this one, why?

```python
import re
line = 'login ok for [[EMAIL_ADDRESS|o.kowalczyk+staging@poczta.onet.pl]] from [[IP_ADDRESS|203.0.113.58]]'
print(re.sub(r"[\\w.]+@[\\w.]+", "<email>", line))
# login ok for o.kowalczyk+<email> from [[IP_ADDRESS|203.0.113.58]]
```""",
    """swift codable: decoding fails with keyNotFound "postalCode"

```swift
let json = \"\"\"
{"name": "[[PERSON|Sakura Nakamura]]", "address": {"line1": "[[STREET_ADDRESS|2-8-11 Honmachi, Chuo-ku, Osaka 541-0053]]"}, "tel": "[[PHONE_NUMBER|06-6241-3187]]"}
\"\"\".data(using: .utf8)!
let c = try JSONDecoder().decode(Contact.self, from: json)
```""",
    """I wrote this migration to backfill the loyalty numbers by hand for 3 VIP customers, is raw SQL in a Django migration ok or should i use RunPython?

```python
migrations.RunSQL('''
UPDATE shop_customer SET loyalty_no = '[[ID_NUMBER|LY-0048213]]' WHERE email = '[[EMAIL_ADDRESS|magdalena.hrabal@volny.cz]]';
UPDATE shop_customer SET loyalty_no = '[[ID_NUMBER|LY-0048214]]' WHERE email = '[[EMAIL_ADDRESS|petr.sedlacek77@gmail.com]]';
UPDATE shop_customer SET loyalty_no = '[[ID_NUMBER|LY-0048215]]' WHERE email = '[[EMAIL_ADDRESS|jana.vesela@firma-vesela.cz]]';
''')
```""",
    """node: nodemailer throws "No recipients defined" but I pass `to`...

```js
await transporter.sendMail({
  from: '"Billing" <billing@example.com>',
  To: '[[EMAIL_ADDRESS|efua.asante@ashantigold-logistics.com.gh]]',
  subject: 'Your invoice INV-2291',
  text: 'Dear [[PERSON|Efua Asante]], please find attached...'
});
```""",
    """Java records question. This is from our HR import tool:

```java
record Staff(String name, String ssn, String email) {}

var list = List.of(
    new Staff("[[PERSON|Latoya Whitfield]]", "[[US_SSN|529-41-8806]]", "[[EMAIL_ADDRESS|lwhitfield@brightwater-hr.com]]"),
    new Staff("[[PERSON|Marcus Delacroix]]", "[[US_SSN|318-72-0945]]", "[[EMAIL_ADDRESS|mdelacroix@brightwater-hr.com]]")
);
```
How do I sort by last name without splitting the string every time?""",
    """bash script to add a user on our jump box, does this look right? it's for the new contractor

```bash
sudo useradd -m -s /bin/bash -c "[[PERSON|Emeka Nwosu]]" [[ID_NUMBER|enwosu]]
echo '[[ID_NUMBER|enwosu]]:[[PASSWORD|Tmp#Lagos2025]]' | sudo chpasswd
sudo chage -d 0 [[ID_NUMBER|enwosu]]
```""",
    """pandas question, I build a small frame in a notebook to test the dedupe logic:

```python
df = pd.DataFrame({
    "name": ["[[PERSON|Sophie Lefèvre]]", "[[PERSON|sophie lefevre]]", "[[PERSON|Étienne Marchand]]"],
    "email": ["[[EMAIL_ADDRESS|sophie.lefevre@orange.fr]]", "[[EMAIL_ADDRESS|Sophie.Lefevre@Orange.fr]]", "[[EMAIL_ADDRESS|e.marchand@free.fr]]"],
})
```
I want the first two to count as one person. casefold + unidecode?""",
    """elixir: pattern match on a map with string keys?

```elixir
user = %{"name" => "[[PERSON|Tendai Moyo]]", "msisdn" => "[[PHONE_NUMBER|+263 77 214 3896]]", "national_id" => "[[ID_NUMBER|63-1048273-K-42]]"}
%{name: n} = user  # ** (MatchError)
```""",
    """Our legacy VB.NET app has this in the config form. Is there a safe way to move the password out?

```vb
conn = New SqlConnection("Server=sql01;Database=Payroll;User Id=[[ID_NUMBER|dmuller]];Password=[[PASSWORD|Rheinblick!1987]];")
' maintained by [[PERSON|Dieter Müller]], ext. 4417
```""",
    """Why is my Python `sorted` putting Ö after Z? List of attendees for the workshop:

```python
names = ["[[PERSON|Örjan Björklund]]", "[[PERSON|Zeynep Aksoy]]", "[[PERSON|Ana Lucía Ramírez]]", "[[PERSON|Ahmed Farouk]]"]
print(sorted(names))
```""",
    """The stripe webhook handler works in test mode but I'm logging this and not sure it's ok:

```python
logger.info("charge ok customer=%s email=%s card=%s", "[[ID_NUMBER|cus_Qr81nZ]]", "[[EMAIL_ADDRESS|rahul.venkatesh@outlook.in]]", "[[CREDIT_CARD|4012885309174623]]")
```
should I be logging the full card? (I know, I know)""",
    """golang: template prints `<no value>` for the address

```go
data := map[string]any{
    "Name": "[[PERSON|Amara Diallo]]",
    "Addr": "[[STREET_ADDRESS|Rue 10 x Rue 15, Médina, Dakar 10200]]",
    "Phone": "[[PHONE_NUMBER|+221 77 638 41 29]]",
}
tmpl.Execute(os.Stdout, data) // uses {{.Address}}
```""",
    """what's the idiomatic way to write this in modern JS?

```js
var people = [];
people.push({n: '[[PERSON|Kai Müller-Schmidt]]', iban: '[[IBAN_CODE|DE45500105175407324913]]'});
people.push({n: '[[PERSON|Lea Hoffmann]]', iban: '[[IBAN_CODE|AT461200052066194839]]'});
for (var i = 0; i < people.length; i++) { pay(people[i]); }
```""",
    """ruby on rails console, someone on the team ran this in prod 🙃 can I undo it?

```ruby
u = User.find_by(email: "[[EMAIL_ADDRESS|valentina.rossi.pd@gmail.com]]")
u.update!(email: "[[EMAIL_ADDRESS|v.rossi@studiorossi.it]]", phone: "[[PHONE_NUMBER|+39 347 218 9063]]")
```
we have papertrail on the model""",
    """hypothesis strategy question. I want realistic Turkish ids in tests, currently i hardcode one:

```python
VALID_TCKN = "[[ID_NUMBER|26194037158]]"  # [[PERSON|Elif Şahin]]'s, from the onboarding form
```
how do I generate valid ones with the checksum?""",
    """Can you check my Dart model? The toJson drops the phone.

```dart
final c = Customer(
  name: '[[PERSON|Juan Pablo Cárdenas]]',
  email: '[[EMAIL_ADDRESS|jpcardenas@uniandes-mail.co]]',
  phone: '[[PHONE_NUMBER|+57 310 482 7716]]',
);
print(jsonEncode(c.toJson()));
```""",
    """scala: case class copy not working as I'd expect

```scala
val s = Student("[[PERSON|Wiremu Ngata]]", "[[ID_NUMBER|ST-2023-08817]]", "[[EMAIL_ADDRESS|wngata@student.waikato-uni.nz]]")
val s2 = s.copy(email = "[[EMAIL_ADDRESS|wiremu.ngata@gmail.com]]")
```""",
    """I inherited this script that sends the weekly payout file. Is there anything obviously wrong?

```python
PAYEES = [
    ("[[PERSON|Lars Pedersen]]", "[[IBAN_CODE|DK1630000712834561]]", 1250.00),
    ("[[PERSON|Mette Kjær]]", "[[IBAN_CODE|NO5915032748190]]", 980.50),
    ("[[PERSON|Juho Virtanen]]", "[[IBAN_CODE|FI9810093000318274]]", 2210.00),
]
for name, iban, amt in PAYEES:
    sepa.add(name, iban, amt)
```""",
    """nestjs DTO validation never fails, even when I set `tc` to 'abc' the errors array is empty?

```ts
const dto = plainToInstance(CreateUserDto, {
  name: '[[PERSON|Yusuf Demir]]',
  email: '[[EMAIL_ADDRESS|yusuf.demir@trnet.com.tr]]',
  tc: '[[ID_NUMBER|37218495694]]',
});
const errors = await validate(dto); // []
```""",
    """php: why does json_encode turn my name into \\u00e9?

```php
echo json_encode(['name' => '[[PERSON|Hélène Rousseau]]', 'nir' => '[[ID_NUMBER|292066938120433]]']);
```""",
    """help me write a unit test for this function, using the account below as fixture

```python
def mask_iban(iban: str) -> str:
    return iban[:4] + "*" * (len(iban) - 8) + iban[-4:]

# fixture: [[PERSON|Pieter van den Berg]], [[IBAN_CODE|NL10RABO0341627958]]
```""",
    """my k6 load test uses a real login, the QA lead wants it out of the repo. what's the pattern for passing secrets to k6?

```js
export default function () {
  http.post('https://staging.shopline.io/api/login', JSON.stringify({
    user: '[[ID_NUMBER|wanjiru.kamau]]',
    pass: '[[PASSWORD|Nairobi#Sun2024]]',
  }));
}
```""",
    """perl one-liner that worked for years now fails on this input line:

```
[[PERSON|Björn Þórsson]];[[EMAIL_ADDRESS|bjorn.thorsson@simnet.is]];[[ID_NUMBER|1404872369]]
```
`perl -F';' -lane 'print $F[1]'` prints garbage. utf8?""",
    """I need a Python function that splits full names into first/last. Test cases from our CRM:
- [[PERSON|José María García Pérez]]
- [[PERSON|Lim Wei Jie]]
- [[PERSON|Ngozi Chukwuemeka-Obi]]
- [[PERSON|Jean-Baptiste Ndiaye]]
what's the least bad heuristic?""",
    """```python
class TestRefunds(TestCase):
    def setUp(self):
        self.customer = Customer.objects.create(
            name="[[PERSON|Rania Haddad]]",
            email="[[EMAIL_ADDRESS|rania.haddad@cedarmail.lb]]",
            card_last4="3306",
        )
        self.card = "[[CREDIT_CARD|6011 5420 9183 3306]]"
```
the refund test fails with 'card mismatch' even though last4 matches, can you see why?""",
    """clojure newbie: how do I update a nested key?

```clojure
(def emp {:name "[[PERSON|Anneliese Brandt]]" :contact {:email "[[EMAIL_ADDRESS|a.brandt@brandt-steuer.de]]" :tel "[[PHONE_NUMBER|+49 40 66969 217]]"}})
```""",
    """Laravel mail preview, the name shows as "Array". Blade:

```php
Mail::to('[[EMAIL_ADDRESS|kofi.boateng@gh-agritech.com]]')->send(new Welcome(['[[PERSON|Kofi Boateng]]']));
```""",
    """Here's my `conftest.py`, pytest says fixture 'patient' not found in test_discharge.py, but it's defined here:

```python
@pytest.fixture(scope="module")
def patient():
    return Patient(
        nhs_number="[[ID_NUMBER|485 219 736 9]]",
        name="[[PERSON|Gwendolyn Pryce]]",
        dob=date(1951, 11, 2),
        address="[[STREET_ADDRESS|14 Heol y Bont, Pontypridd CF37 4TR]]",
    )
```""",
    """This is my first Go program, it reads our team list and greets everyone. How could it be better?

```go
team := map[string]string{
    "[[PERSON|Rahim Chowdhury]]": "[[EMAIL_ADDRESS|rahim.c@dhakasoft.com.bd]]",
    "[[PERSON|Nusrat Jahan]]":    "[[EMAIL_ADDRESS|nusrat.jahan@dhakasoft.com.bd]]",
    "[[PERSON|Tanvir Hasan]]":    "[[EMAIL_ADDRESS|tanvir.hasan@dhakasoft.com.bd]]",
}
for name, mail := range team { fmt.Printf("Hi %s <%s>\\n", name, mail) }
```""",
    """react testing library: getByText can't find the name but I see it in screen.debug()

```jsx
render(<ProfileCard user={{ name: '[[PERSON|Chloé Martin-Dubois]]', city: 'Lyon', phone: '[[PHONE_NUMBER|06 39 98 41 27]]' }} />);
expect(screen.getByText('[[PERSON|Chloé Martin-Dubois]]')).toBeInTheDocument();
```""",
    """what's wrong with my luhn implementation? it says this card is invalid but it's my actual card lol

```python
def luhn(n):
    s = 0
    for i, d in enumerate(map(int, n[::-1])):
        if i % 2: d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0

print(luhn("[[CREDIT_CARD|5341 2096 8871 9305]]"))
```""",
    """Terraform for our Okta users, is there a way to loop instead of repeating the block?

```hcl
resource "okta_user" "tmaseko" {
  first_name = "[[PERSON|Thandiwe]]"
  last_name  = "[[PERSON|Maseko]]"
  login      = "[[EMAIL_ADDRESS|thandiwe.maseko@ubuntu-fin.co.za]]"
  email      = "[[EMAIL_ADDRESS|thandiwe.maseko@ubuntu-fin.co.za]]"
}
```""",
    """Hi, I need to port this Python 2 snippet to Python 3

```python
print "Sending SMS to %s (%s)" % ("[[PERSON|Hamid Rezaei]]", "[[PHONE_NUMBER|+98 912 438 1706]]")
contacts = dict(zip(names, phones))
if contacts.has_key("[[PERSON|Hamid Rezaei]]"): ...
```""",
    """Objective-C crash in our address book sync, `-[NSNull length]: unrecognized selector`. The record it dies on:

```objc
NSDictionary *rec = @{@"first": @"[[PERSON|Dmytro]]", @"last": @"[[PERSON|Kovalenko]]", @"mobile": @"[[PHONE_NUMBER|+380 67 512 4830]]", @"email": [NSNull null]};
```""",
    """I'm writing a small CLI to look up our on-call people. Is argparse overkill here?

```python
ONCALL = {
    "mon": ("[[PERSON|Zainab Qureshi]]", "[[PHONE_NUMBER|+92 321 4870 196]]"),
    "tue": ("[[PERSON|Bilal Anwar]]", "[[PHONE_NUMBER|+92 300 6158 342]]"),
    "wed": ("[[PERSON|Zainab Qureshi]]", "[[PHONE_NUMBER|+92 321 4870 196]]"),
}
```""",
    """R question — my join drops a row

```r
a <- data.frame(id = c("[[ID_NUMBER|M-1042]]", "[[ID_NUMBER|M-1043]]"), name = c("[[PERSON|Sione Taufa]]", "[[PERSON|Losana Vake]]"))
b <- data.frame(id = c("[[ID_NUMBER|M-1042]] ", "[[ID_NUMBER|M-1043]]"), email = c("[[EMAIL_ADDRESS|sione.taufa@tonga-net.to]]", "[[EMAIL_ADDRESS|losana.v@gmail.com]]"))
merge(a, b, by = "id")
```""",
    """is this how you'd test an email masking util? feels repetitive

```python
@pytest.mark.parametrize("raw,masked", [
    ("[[EMAIL_ADDRESS|andrei.popescu@bitdefender-mail.ro]]", "a***@bitdefender-mail.ro"),
    ("[[EMAIL_ADDRESS|mariana.lopes@sapo.pt]]", "m***@sapo.pt"),
    ("[[EMAIL_ADDRESS|li.na@163.com]]", "l***@163.com"),
])
def test_mask(raw, masked):
    assert mask_email(raw) == masked
```""",
]
# 55 data pastes: SQL results, DataFrame prints, JSON and GraphQL responses, queue messages,
# CRM and spreadsheet exports.
DATA = [
    """why does this LEFT JOIN return duplicates? query + result:

```
SELECT c.name, c.email, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.city = 'Porto';

 name              | email                          | id
-------------------+--------------------------------+------
 [[PERSON|Rui Carvalho]]      | [[EMAIL_ADDRESS|rui.carvalho@sapo.pt]]           | 8812
 [[PERSON|Rui Carvalho]]      | [[EMAIL_ADDRESS|rui.carvalho@sapo.pt]]           | 8812
 [[PERSON|Inês Fonseca]]      | [[EMAIL_ADDRESS|ines.fonseca@gmail.com]]         | 9034
```""",
    """pandas: how do I normalise the phone column? df.head() :

```
          name                 phone         city
0   [[PERSON|Olga Ivanova]]  [[PHONE_NUMBER|+7 916 482-31-75]]       Moscow
1   [[PERSON|Sergei Morozov]]  [[PHONE_NUMBER|8 (903) 417-22-08]]       Kazan
2   [[PERSON|Alina Sadykova]]  [[PHONE_NUMBER|+79274185320]]       Ufa
```
want everything as +7XXXXXXXXXX""",
    """The /api/v2/me endpoint returns this, and the frontend shows "undefined undefined" for the name. Is it the casing?

```json
{
  "data": {
    "user_id": "[[ID_NUMBER|usr_8f2k19x]]",
    "First_Name": "[[PERSON|Wambui]]",
    "Last_Name": "[[PERSON|Njoroge]]",
    "email": "[[EMAIL_ADDRESS|wambui.njoroge@safarimail.co.ke]]",
    "phone": "[[PHONE_NUMBER|+254 722 418 309]]"
  }
}
```""",
    """GraphQL returns null for `address` even though it's in the DB:

```json
{"data":{"customer":{"id":"[[ID_NUMBER|CUST-30917]]","fullName":"[[PERSON|Aigerim Nurlanovna]]","email":"[[EMAIL_ADDRESS|aigerim.n@kaznet.kz]]","address":null}},"errors":[{"message":"Cannot return null for non-nullable field Address.line1","path":["customer","address","line1"]}]}
```
DB row has line1 = '[[STREET_ADDRESS|ул. Абая 52, кв. 17, Алматы 050008]]'""",
    """kafka consumer is choking on this message, deserialization error at offset 4418201. payload:

```
{"event":"user.updated","ts":1718030211,"payload":{"uid":"[[ID_NUMBER|u-5520913]]","name":"[[PERSON|Maximilian Graf]]","email":"[[EMAIL_ADDRESS|max.graf@gmx.at]]","iban":"[[IBAN_CODE|AT85 2011 1829 4401 7306]]","changed":["iban"]}
```
schema registry says field `iban` should be nullable string, so why""",
    """I exported our HubSpot contacts and Excel mangles the phone numbers (scientific notation). csv snippet:

```
First Name,Last Name,Email,Phone Number,Company
[[PERSON|Gabriela]],[[PERSON|Moreno]],[[EMAIL_ADDRESS|gmoreno@constructora-andes.pe]],[[PHONE_NUMBER|51987412306]],Constructora Andes
[[PERSON|Diego]],[[PERSON|Quispe]],[[EMAIL_ADDRESS|dquispe@constructora-andes.pe]],[[PHONE_NUMBER|51945218873]],Constructora Andes
```
how do I import without losing the digits?""",
    """sql server: this query is slow (12s). Plan attached below, sample output too

```
EmployeeNo  FullName              Department   Email
----------  --------------------  -----------  ------------------------------
[[ID_NUMBER|E10482]]      [[PERSON|Abimbola Ogunleye]]     Finance      [[EMAIL_ADDRESS|a.ogunleye@meridianbank.ng]]
[[ID_NUMBER|E10517]]      [[PERSON|Chukwudi Eze]]          Finance      [[EMAIL_ADDRESS|c.eze@meridianbank.ng]]
```
indexes on Department and LastName exist""",
    """df.info() says phone is object dtype and my .str.replace doesn't work on some rows. print(df.iloc[14:16]):

```
    member_id        name                  phone
14  [[ID_NUMBER|MB-004471]]   [[PERSON|Rasmus Lindgren]]     [[PHONE_NUMBER|+46 70 418 27 63]]
15  [[ID_NUMBER|MB-004472]]   [[PERSON|Sanna Ekström]]       NaN
```""",
    """Our ElasticSearch query for "customer by phone" returns this hit but with score 0.0, why?

```json
{"_index":"crm-contacts-2024","_id":"Kd92nPABx","_score":0.0,"_source":{"name":"[[PERSON|Mehmet Yılmaz]]","phone":"[[PHONE_NUMBER|+90 532 418 67 29]]","email":"[[EMAIL_ADDRESS|mehmet.yilmaz@ttmail.com]]","tckn":"[[ID_NUMBER|41830592754]]"}}
```""",
    """mongo find() output, why is `dob` a string in some docs and Date in others?

```
{ _id: ObjectId('665f1a2e9b3c4d0012ab34cd'), name: '[[PERSON|Hyun-woo Park]]', dob: '1990-02-21', rrn: '[[ID_NUMBER|950221-2481377]]', phone: '[[PHONE_NUMBER|010-4827-3916]]' }
{ _id: ObjectId('665f1a2e9b3c4d0012ab34ce'), name: '[[PERSON|Ji-yeon Choi]]', dob: ISODate('1988-09-13T00:00:00Z'), rrn: '[[ID_NUMBER|880913-1274636]]' }
```""",
    """redis MONITOR shows our session service writing this, is that a problem? (GDPR review next week)

```
1718044123.551201 [0 172.18.0.7:51234] "SET" "sess:9c1f0a" "{\\"uid\\":[[ID_NUMBER|4471]],\\"email\\":\\"[[EMAIL_ADDRESS|noor.alhashimi@gulfnet.ae]]\\",\\"name\\":\\"[[PERSON|Noor Al-Hashimi]]\\",\\"ip\\":\\"[[IP_ADDRESS|198.51.100.23]]\\"}" "EX" "3600"
```""",
    """snowflake query result, I need to pivot this so each customer is one row with home/work phone columns:

```
CUSTOMER_NO | NAME               | PHONE_TYPE | PHONE
[[ID_NUMBER|200148]]      | [[PERSON|Camille Dubois]]     | home       | [[PHONE_NUMBER|+33 6 39 98 12 40]]
[[ID_NUMBER|200148]]      | [[PERSON|Camille Dubois]]     | work       | [[PHONE_NUMBER|+33 1 99 00 20 37]]
[[ID_NUMBER|200231]]      | [[PERSON|Hugo Lambert]]       | home       | [[PHONE_NUMBER|+33 6 39 98 77 05]]
```""",
    """Stripe API response, I'm trying to figure out why `billing_details.address` is null on some charges

```json
{
  "id": "ch_3PQx2aL8",
  "amount": 4900,
  "billing_details": {
    "address": null,
    "email": "[[EMAIL_ADDRESS|nadia.karimi@webmail.af]]",
    "name": "[[PERSON|Nadia Karimi]]",
    "phone": null
  },
  "payment_method_details": {"card": {"brand": "visa", "last4": "2133"}}
}
```""",
    """i ran `SELECT * FROM tenants LIMIT 3` and got this, why is the lease_end column all 1970?

```
| id | tenant_name        | unit | email                           | lease_end  |
|----|--------------------|------|---------------------------------|------------|
| 1  | [[PERSON|Oksana Shevchenko]]  | 4B   | [[EMAIL_ADDRESS|oksana.shevchenko@ukr.net]]       | 1970-01-01 |
| 2  | [[PERSON|Tomasz Zieliński]]   | 7A   | [[EMAIL_ADDRESS|tomasz.zielinski@wp.pl]]          | 1970-01-01 |
| 3  | [[PERSON|Leticia Barros]]     | 2C   | [[EMAIL_ADDRESS|leticia.barros@bol.com.br]]       | 1970-01-01 |
```""",
    """Help me write a jq filter to pull just the emails from this Auth0 export:

```json
[
  {"user_id": "auth0|[[ID_NUMBER|64a1f2c9e8]]", "email": "[[EMAIL_ADDRESS|kirra.anderson@bigpond.com]]", "name": "[[PERSON|Kirra Anderson]]", "last_ip": "[[IP_ADDRESS|203.0.113.144]]"},
  {"user_id": "auth0|[[ID_NUMBER|64a1f3d7b2]]", "email": "[[EMAIL_ADDRESS|jarrah.w@optusnet.com.au]]", "name": "[[PERSON|Jarrah Walker]]", "last_ip": "[[IP_ADDRESS|203.0.113.201]]"}
]
```""",
    """SQS dead letter queue has this message, the lambda fails with "Invalid postcode". Is this a valid UK postcode?

```json
{"orderId":"ORD-558102","shipTo":{"name":"[[PERSON|Hamish McAllister]]","address":"[[STREET_ADDRESS|Flat 2, 17 Bruntsfield Place, Edinburgh EH10 4HN]]","phone":"[[PHONE_NUMBER|0131 496 0722]]"}}
```""",
    """excel vlookup returns #N/A for the second row and I can't see why. Sheet:

```
A                 B                          C
Name              Email                      Employee ID
[[PERSON|Keiko Tanaka]]      [[EMAIL_ADDRESS|keiko.tanaka@hoshino-corp.jp]]  [[ID_NUMBER|HJ-30418]]
[[PERSON|Haruto Sato]]       [[EMAIL_ADDRESS|haruto.sato@hoshino-corp.jp]]   [[ID_NUMBER|HJ-30422]]
```
formula: =VLOOKUP("[[ID_NUMBER|HJ-30422]]",A:C,3,FALSE)""",
    """Here's what our Salesforce SOQL returns, and I need to merge duplicates (same person different casing):

```
Id                  Name                   Email                                  Phone
0035g00000AbC1dAAF  [[PERSON|Priya Raghunathan]]      [[EMAIL_ADDRESS|priya.raghunathan@tcsmail.in]]           [[PHONE_NUMBER|+91 98450 21736]]
0035g00000AbC2eAAF  [[PERSON|PRIYA RAGHUNATHAN]]      [[EMAIL_ADDRESS|Priya.Raghunathan@TCSMail.in]]           [[PHONE_NUMBER|+91 9845021736]]
```""",
    """psql output, why is the iban column truncated?

```
app=> select holder, iban from payout_accounts where id in (41, 42);
      holder       |           iban
-------------------+--------------------------
 [[PERSON|Álvaro Domínguez]]  | [[IBAN_CODE|ES4421000813610123874519]]
 [[PERSON|Núria Puig i Soler]] | [[IBAN_CODE|PT66003501270004829137016]]
(2 rows)
```
oh wait it's not truncated, it's my terminal. never mind. but why is [[PERSON|Núria]]'s a PT iban when she's in Barcelona? data issue?""",
    """BigQuery: I want to count distinct users per day but the result looks too high. Sample rows from events:

```
event_date  user_email                      ip_address      event
2024-05-02  [[EMAIL_ADDRESS|darius.rahimi@protonmail.com]]    [[IP_ADDRESS|192.0.2.61]]      login
2024-05-02  [[EMAIL_ADDRESS|Darius.Rahimi@protonmail.com]]    [[IP_ADDRESS|192.0.2.62]]      login
2024-05-02  [[EMAIL_ADDRESS|elena.georgiou@cytanet.com.cy]]   [[IP_ADDRESS|198.51.100.7]]    purchase
```""",
    """This webhook from our form builder has the fields nested weird. Can you write a Python function to flatten it?

```json
{"form_id":"contact-us","answers":[{"q":"Your name","a":"[[PERSON|Tariq Al-Mansouri]]"},{"q":"Email","a":"[[EMAIL_ADDRESS|tariq.mansouri@qatarmail.qa]]"},{"q":"Phone","a":"[[PHONE_NUMBER|+974 5518 3047]]"},{"q":"Message","a":"please call me back about the quote"}]}
```""",
    """dbt test `unique_customer_email` fails. These are the offending rows:

```
customer_id | email                        | created_at
[[ID_NUMBER|88213]]       | [[EMAIL_ADDRESS|ayesha.siddiqui@hotmail.co.uk]]  | 2023-11-02
[[ID_NUMBER|91047]]       | [[EMAIL_ADDRESS|ayesha.siddiqui@hotmail.co.uk]]  | 2024-02-19
```
should the model dedupe or the source?""",
    """Why does my Power BI visual show "(Blank)" for region? Source table preview:

| AgentName | AgentEmail | Region |
|---|---|---|
| [[PERSON|Carlos Eduardo Nunes]] | [[EMAIL_ADDRESS|carlos.nunes@segurosvida.com.br]] | Sudeste |
| [[PERSON|Francisca Oliveira]] | [[EMAIL_ADDRESS|f.oliveira@segurosvida.com.br]] | |
| [[PERSON|Raimundo Batista]] | [[EMAIL_ADDRESS|raimundo.batista@segurosvida.com.br]] | Nordeste |""",
    """need help parsing this vCard in python, the N field has semicolons

```
BEGIN:VCARD
VERSION:3.0
N:[[PERSON|Kowalski]];[[PERSON|Jan]];;;
FN:[[PERSON|Jan Kowalski]]
TEL;TYPE=CELL:[[PHONE_NUMBER|+48 601 382 947]]
EMAIL:[[EMAIL_ADDRESS|jan.kowalski82@interia.pl]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS|ul. Długa 14/3;Gdańsk;;80-827]];PL
END:VCARD
```""",
    """got this from the `/users?page=2` endpoint, how do I paginate properly with the `next` cursor?

```json
{"results":[{"username":"[[ID_NUMBER|kwabena_o]]","email":"[[EMAIL_ADDRESS|kwabena.owusu@gmail.com]]"},{"username":"[[ID_NUMBER|ama.serwaa]]","email":"[[EMAIL_ADDRESS|ama.serwaa@yahoo.com]]"}],"next":"eyJvZmZzZXQiOjQwfQ=="}
```""",
    """our support tool shows this for ticket #55104, the "requester" field is the whole object stringified. Frontend bug?

```
requester: {"name":"[[PERSON|Ivana Horvat]]","email":"[[EMAIL_ADDRESS|ivana.horvat@t-com.hr]]","phone":"[[PHONE_NUMBER|+385 91 482 7305]]","iban":"[[IBAN_CODE|HR122340009115273849]]"}
```""",
    """spark df.show() output after the join, the names from the right side come back null:

```
+---------+------------------+------------------+
|client_id|client_name       |advisor           |
+---------+------------------+------------------+
|[[ID_NUMBER|CL-77013]] |[[PERSON|Henrik Aalto]]      |null              |
|[[ID_NUMBER|CL-77014]] |[[PERSON|Aino Korhonen]]     |null              |
+---------+------------------+------------------+
```""",
    """what's the best way to store this in postgres, jsonb or separate columns? Example record from the partner API:

```json
{"applicant":{"name":"[[PERSON|Mohammed Al-Rashid]]","emirates_id":"[[ID_NUMBER|784-1987-4821936-1]]","mobile":"[[PHONE_NUMBER|+971 50 418 2736]]","address":"[[STREET_ADDRESS|Villa 14, Street 27, Al Barsha 2, Dubai]]"}}
```""",
    """i'm getting this back from the Shopify orders API, need to map `shipping_address` to our internal format

```json
"shipping_address": {
  "first_name": "[[PERSON|Freya]]",
  "last_name": "[[PERSON|Campbell]]",
  "address1": "[[STREET_ADDRESS|22 Rose Crescent, Perth PH1 1NS]]",
  "phone": "[[PHONE_NUMBER|07700 900617]]",
  "country_code": "GB"
}
```""",
    """Need a regex to extract the account numbers from these bank statement lines:

```
02/05 SEPA TRANSFER FROM [[PERSON|VAN DIJK M]] [[IBAN_CODE|NL09 INGB 0006 2841 97]] 250.00
02/05 CARD PAYMENT ALBERT HEIJN 1043 -34.12
03/05 SEPA TRANSFER TO [[PERSON|S. BAKKER]] [[IBAN_CODE|BE69 0635 4712 8804]] -80.00
```""",
    """Airtable API result, the Attachments field is making my zapier step fail. what's a good way to strip it?

```json
{"records":[{"id":"recX81k","fields":{"Name":"[[PERSON|Layla Haddad]]","Email":"[[EMAIL_ADDRESS|layla.h@beirutdesign.studio]]","Phone":"[[PHONE_NUMBER|+961 3 418 275]]","Attachments":[{"url":"https://dl.airtable.com/.attachments/x/cv.pdf"}]}}]}
```""",
    """why does `df.groupby('email').size()` show two groups here? They look identical:

```
email
[[EMAIL_ADDRESS|tamar.cohen@walla.co.il]]     3
[[EMAIL_ADDRESS|tamar.cohen@walla.co.il]]     1
```""",
    """Our data warehouse has this row in dim_patient and the ETL job fails on the date. Can you see the issue?

```
patient_id | mrn       | full_name           | dob        | postcode
[[ID_NUMBER|PT-440912]]  | [[ID_NUMBER|MRN-88213]] | [[PERSON|Eleanor Whitcombe]]   | 31/02/1947 | BS8 1TH
```""",
    """mysql: why does this return 0 rows when I can see the record?

```
mysql> SELECT * FROM members WHERE email = '[[EMAIL_ADDRESS|nikos.papadakis@otenet.gr]]';
Empty set (0.00 sec)

mysql> SELECT id, email, HEX(email) FROM members WHERE id = [[ID_NUMBER|1207]];
+------+-------------------------------+
| id   | email                         |
+------+-------------------------------+
| [[ID_NUMBER|1207]] | [[EMAIL_ADDRESS|nikos.papadakis@otenet.gr]]     |
```
(the hex shows a trailing 0D). Also the member is [[PERSON|Nikos Papadakis]], AMKA [[ID_NUMBER|12038915349]], in case that matters for the lookup""",
    """Zendesk API user object, I only need name, email and phone for the migration:

```json
{"user":{"id":[[ID_NUMBER|3918274610]],"name":"[[PERSON|Bongani Dlamini]]","email":"[[EMAIL_ADDRESS|bongani.dlamini@mweb.co.za]]","phone":"[[PHONE_NUMBER|+27 82 418 3907]]","time_zone":"Pretoria","role":"end-user","user_fields":{"id_number":"[[ID_NUMBER|8804175123089]]"}}}
```""",
    """Here's the Pub/Sub message our subscriber dead-letters. Base64 decoded it's:

```
{"type":"signup","email":"[[EMAIL_ADDRESS|ahmad.faisal@tm.net.my]]","name":"[[PERSON|Ahmad Faisal bin Ismail]]","phone":"[[PHONE_NUMBER|+60 12-418 3027]]","referrer":null}
```
the subscriber expects `referrer` to be a string. Pydantic Optional?""",
    """pivot table question. Data looks like:

```
Salesperson        Q1     Q2     Q3
[[PERSON|Gustavo Herrera]]    41200  38900  45100
[[PERSON|Valentina Ríos]]     39800  44100  40250
[[PERSON|Sebastián Paredes]]  27500  31000  36400
```
I want Q-over-Q growth per person as percentages""",
    """sqlite3 .dump of the contacts table from our field app, the import into postgres fails at the INSERT with the apostrophe:

```sql
INSERT INTO contacts VALUES(17,'[[PERSON|Darragh O'Sullivan]]','[[PHONE_NUMBER|+353 87 418 2096]]','[[EMAIL_ADDRESS|darragh.osullivan@eircom.net]]');
```""",
    """CloudWatch Logs Insights result for failed signups, I want to group by domain:

```
@timestamp               email                             reason
2024-06-03 09:14:02.118  [[EMAIL_ADDRESS|sunita.bhattarai@wlink.com.np]]     disposable_check_timeout
2024-06-03 09:14:55.402  [[EMAIL_ADDRESS|prakash.gurung@ntc.net.np]]         disposable_check_timeout
2024-06-03 09:17:21.930  [[EMAIL_ADDRESS|anjali.shrestha@gmail.com]]         invalid_mx
```""",
    """This is what the KYC vendor sends back. Which fields should we persist and which should we drop?

```json
{"check_id":"kyc_71Xk2","status":"clear","subject":{"first_name":"[[PERSON|Lucía]]","last_name":"[[PERSON|Fernández Gil]]","document":{"type":"DNI","number":"[[ID_NUMBER|48273916K]]"},"address":"[[STREET_ADDRESS|Calle de Alcalá 182, 3º B, 28028 Madrid]]"},"ip":"[[IP_ADDRESS|192.0.2.190]]"}
```""",
    """print(df[df.duplicated('national_id', keep=False)]) gives:

```
      national_id             name        branch
112   [[ID_NUMBER|110105198807143053]]   [[PERSON|Wang Hao]]       Beijing-02
589   [[ID_NUMBER|110105198807143053]]   [[PERSON|Wang Hao]]       Beijing-07
```
same person opened accounts at two branches — business says that's allowed. how do I exclude this case from the dup report?""",
    """Got this from the HR system's SOAP endpoint, my xml parser returns None for Email. namespaces?

```xml
<ns2:Employee xmlns:ns2="urn:hr:v3">
  <ns2:Id>[[ID_NUMBER|000481726]]</ns2:Id>
  <ns2:Name>[[PERSON|Gunnhild Eriksen]]</ns2:Name>
  <Email>[[EMAIL_ADDRESS|gunnhild.eriksen@nordlys-energi.no]]</Email>
  <ns2:Fodselsnummer>[[ID_NUMBER|04069422727]]</ns2:Fodselsnummer>
</ns2:Employee>
```""",
    """How do I convert this CSV of attendees into a JSON array in node without a library?

```
name;email;diet
[[PERSON|Matías Fuentes]];[[EMAIL_ADDRESS|mfuentes@uchile-mail.cl]];vegetarian
[[PERSON|Constanza Rojas]];[[EMAIL_ADDRESS|conirojas@gmail.com]];none
[[PERSON|Benjamín Soto]];[[EMAIL_ADDRESS|bsoto.arq@gmail.com]];gluten free
```""",
    """Got a weird result from our geocoder: it put this address in the wrong state.

input: "[[STREET_ADDRESS|4821 Magnolia Ridge Dr, Apt 12, Baton Rouge, LA 70808]]"
output: {"lat": 34.05, "lng": -118.24, "state": "CA"}

guess it's matching LA as Los Angeles? the customer ([[PERSON|Desiree Thibodeaux]], [[PHONE_NUMBER|(225) 555-0148]]) is complaining her delivery went nowhere""",
    """DynamoDB scan output, why is `phone` a map with "S"?

```json
{"Items":[{"pk":{"S":"USER#[[ID_NUMBER|u9921]]"},"name":{"S":"[[PERSON|Nomvula Khumalo]]"},"phone":{"S":"[[PHONE_NUMBER|+27 71 482 0396]]"}}]}
```""",
    """the loan application table dump, I need to mask ssn and account for the QA copy. sample:

```
app_id   applicant           ssn          routing    account
LA-2291  [[PERSON|Brandon Kowalczyk]]   [[US_SSN|471-28-3906]]  021000021  [[ID_NUMBER|4829105573]]
LA-2292  [[PERSON|Tiffany Nguyen]]      [[US_SSN|605-13-7428]]  026009593  [[ID_NUMBER|3382017746]]
```
what's a good deterministic masking so joins still work?""",
    """prometheus alert payload from alertmanager includes the user who triggered it? that seems wrong:

```json
{"labels":{"alertname":"HighRefundRate","user_email":"[[EMAIL_ADDRESS|eero.makinen@elisa-mail.fi]]","client_ip":"[[IP_ADDRESS|198.51.100.77]]"},"annotations":{"summary":"refund rate > 5%"}}
```
how do I drop those labels in the rule?""",
    """our Mailchimp export, I need to find everyone whose email bounced and whose phone is missing:

```
Email Address,First Name,Last Name,Phone,Status
[[EMAIL_ADDRESS|ravi.shankar@rediffmail.com]],[[PERSON|Ravi]],[[PERSON|Shankar]],,cleaned
[[EMAIL_ADDRESS|deepa.nair@gmail.com]],[[PERSON|Deepa]],[[PERSON|Nair]],[[PHONE_NUMBER|+91 94470 18326]],subscribed
```""",
    """Firestore document, the security rule denies the read and I don't know why. doc at users/[[ID_NUMBER|Xk3m9QpL2]]:

```
{ displayName: "[[PERSON|Isabela Cunha]]", email: "[[EMAIL_ADDRESS|isabela.cunha@icloud.com]]", cpf: "[[ID_NUMBER|349.172.580-14]]", role: "member" }
```
rule: allow read: if request.auth.uid == userId""",
    """here's the first page of `aws iam list-users`, I need a script that flags users without MFA

```json
{"Users":[{"UserName":"[[ID_NUMBER|sbrennan]]","UserId":"AIDA2XK4ZLQ8EXAMPLE","Arn":"arn:aws:iam::111122223333:user/[[ID_NUMBER|sbrennan]]","Tags":[{"Key":"owner","Value":"[[PERSON|Saoirse Brennan]]"}]},{"UserName":"[[ID_NUMBER|tokonkwo]]","Arn":"arn:aws:iam::111122223333:user/[[ID_NUMBER|tokonkwo]]","Tags":[{"Key":"owner","Value":"[[PERSON|Tobenna Okonkwo]]"}]}]}
```""",
    """the Twilio inbound SMS webhook, req.body after urlencoded parsing looks like this. how do I verify X-Twilio-Signature in express when the body is already parsed?

```js
{ ToCountry: 'US', From: '[[PHONE_NUMBER|+12065550172]]', Body: 'hi this is [[PERSON|Marisol]] re my appointment', FromCity: 'SEATTLE' }
```""",
]
# 66 ops pastes: secrets in Terraform, Kubernetes, compose and .env files, connection
# strings, .netrc and .pgpass lines, git log, issue pastes, error-tracker events, cron mail,
# LDAP entries, authorized_keys, auth logs and crash reports with home directories.
OPS = [
    """kubectl apply fails with "data: Invalid value" on this secret, what's wrong?

```yaml
apiVersion: v1
kind: Secret
metadata:
  name: billing-db
type: Opaque
data:
  username: billing
  password: [[PASSWORD|Qm7#tLz!92vRk]]
```""",
    """terraform plan shows the password in plain text in the output, how do I hide it? module call:

```hcl
module "reporting_db" {
  source         = "./modules/rds"
  instance_class = "db.t3.medium"
  master_user    = "reporting_admin"
  master_pass    = "[[PASSWORD|Tr0ub4dor&Kiwi-88]]"
}
```""",
    """Can you explain what each line of my .netrc does? I copied it from a coworker's setup and git still prompts me

```
machine github.com login [[ID_NUMBER|ksuleiman]] password [[API_KEY|ghp_R8mT2vQx9LkP4wZs7NcYb1HdF6jUe3AoGi05]]
machine artifactory.corp.internal login [[ID_NUMBER|khalid.suleiman]] password [[PASSWORD|Dune!Rider2023]]
```""",
    """psql keeps asking for the password even though I have a .pgpass. chmod is 600. contents:

```
db-prod-01.internal:5432:ledger:[[ID_NUMBER|mvandenbroeck]]:[[PASSWORD|Sp3cul00s&Koffie]]
*:*:*:[[ID_NUMBER|mvandenbroeck]]:[[PASSWORD|Sp3cul00s&Koffie]]
```""",
    """git log shows weird authors after our migration from svn, how do I rewrite them with a mailmap?

```
commit 4e1b9a0c7d2f88e31a6b05c94d7e2f1a3b8c6d90
Author: [[PERSON|Søren Kierkegaard-Holm]] <[[EMAIL_ADDRESS|soren.holm@dansk-logistik.dk]]>
Date:   Tue Mar 12 14:02:11 2024 +0100

    fix rounding in freight calc

commit 9a3f1e2b7c04d55e8a1f6b3c2d9e0f7a4b5c6d11
Author: [[ID_NUMBER|sholm]] <[[ID_NUMBER|sholm]]@3f9c2a1e-svn>
Date:   Mon Mar 11 09:47:30 2024 +0100

    initial import
```""",
    """Sentry event for the 500 on checkout. what's causing the NoneType?

```
TypeError: 'NoneType' object is not subscriptable
  File "/srv/app/checkout/views.py", line 214, in confirm
    zip_code = order.shipping["postcode"]

User
  id: [[ID_NUMBER|118204]]
  email: [[EMAIL_ADDRESS|beatriz.mendes@netcabo.pt]]
  ip_address: [[IP_ADDRESS|203.0.113.87]]
```""",
    """our Jira ticket, can you help me write reproduction steps from it? I'm the assignee

```
PAY-4412  Refund button does nothing on iOS 17
Reporter: [[PERSON|Anneke de Vries]]
Assignee: [[PERSON|Rohan Kapoor]]
Description: customer [[PERSON|Lotte Jansen]] ([[EMAIL_ADDRESS|lotte.jansen@ziggo.nl]], [[PHONE_NUMBER|+31 6 41827395]]) tried 3 times, nothing happens. Order #NL-99120.
```""",
    """LDAP search result, I need a python-ldap filter that matches only enabled accounts:

```
dn: cn=[[PERSON|Jelena Petrović]],ou=Engineering,dc=corp,dc=example,dc=com
cn: [[PERSON|Jelena Petrović]]
sAMAccountName: [[ID_NUMBER|jpetrovic]]
mail: [[EMAIL_ADDRESS|jelena.petrovic@delta-soft.rs]]
telephoneNumber: [[PHONE_NUMBER|+381 11 418 2730]]
userAccountControl: 514
```""",
    """authorized_keys on the bastion, I want to remove the key of someone who left. Which line is it and is there a safer way than editing by hand?

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2pW9rTQ8vN3mXc1LzB7aYf0sUeJ4dGhK6oR2iP5wq [[ID_NUMBER|aokoye]]@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDf8x2Lq...snip...Wz9kQ== [[ID_NUMBER|mfarrugia]]@mf-thinkpad
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP0bQ7nV2cX9mLk4sJ8tYe1rWu6oA3fGhZ5dNiE7pR1x deploy@ci
```
the one who left is [[PERSON|Matthew Farrugia]]""",
    """My app crashes on launch on one mac, here's the crash report header:

```
Process:               Ledgerly [5512]
Path:                  /Users/[[ID_NUMBER|dimitra.kostopoulou]]/Applications/Ledgerly.app/Contents/MacOS/Ledgerly
Identifier:            io.ledgerly.desktop
Version:               2.4.1 (2410)
Code Type:             ARM-64 (Native)
Crashed Thread:        0  Dispatch queue: com.apple.main-thread
Exception Type:        EXC_BAD_ACCESS (SIGSEGV)
Termination Reason:    Namespace SIGNAL, Code 11 Segmentation fault: 11
Dyld Error Message:
  Library not loaded: @rpath/libsqlcipher.0.dylib
  Referenced from: /Users/[[ID_NUMBER|dimitra.kostopoulou]]/Applications/Ledgerly.app/Contents/MacOS/Ledgerly
```""",
    """windows event: our installer writes a log and it fails here. ideas?

```
[14:22:07] Extracting to C:\\Users\\[[ID_NUMBER|Rajesh.Pillai]]\\AppData\\Local\\Temp\\setup_3f1a\\
[14:22:09] ERROR 0x80070005 Access is denied: C:\\Users\\[[ID_NUMBER|Rajesh.Pillai]]\\AppData\\Roaming\\Fintrack\\config.json
```""",
    """cron sends me this email every night, what does it mean and how do I fix it?

```
From: Cron Daemon <root@backup01>
To: [[EMAIL_ADDRESS|amelie.girard@atelier-girard.fr]]
Subject: Cron <root@backup01> /usr/local/bin/nightly-rsync.sh

rsync: [sender] opendir "/home/[[ID_NUMBER|agirard]]/photos/.Trash-1000" failed: Permission denied (13)
rsync error: some files/attrs were not transferred (code 23) at main.c(1338) [sender=3.2.7]
```""",
    """docker-compose up says "password authentication failed for user" but the password is right?

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: [[ID_NUMBER|lukas.novotny]]
      POSTGRES_PASSWORD: "[[PASSWORD|Pivo&Knedliky_2024]]"
  api:
    environment:
      DATABASE_URL: postgres://[[ID_NUMBER|lukas.novotny]]:[[PASSWORD|Pivo&Knedliky_2024]]@db:5432/app
```""",
    """.env from the shared drive, I think someone committed this to the public repo by accident 😱 what do I rotate first?

```
STRIPE_SECRET_KEY=[[API_KEY|sk_live_51Nq8ZrKx2TbY7mWe4uPc9dLs]]
SENDGRID_API_KEY=[[API_KEY|SG.r4Kp9xTzQ2m8vN1c.Wq7sLh3YbJf6eGd0uRk5aZp2nXtVy8iMoC1BwE4HsQ9]]
ADMIN_EMAIL=[[EMAIL_ADDRESS|yaw.mensah@kumasitech.com.gh]]
ADMIN_PASSWORD=[[PASSWORD|Asante-Kotoko#1935]]
```""",
    """mongodb connection string from our old heroku app, can I use it with the new driver?

mongodb+srv://[[ID_NUMBER|carolina_vega]]:[[PASSWORD|Tango%2FBuenos1]]@cluster0.x7kqz.mongodb.net/crm?retryWrites=true

I think the %2F is a problem?""",
    """Datadog log event for a failed 2FA, can you tell from this whether it was the user or an attacker?

```json
{"service":"auth","status":"warn","message":"otp mismatch","usr":{"id":"[[ID_NUMBER|7730914]]","email":"[[EMAIL_ADDRESS|marta.sokolowska@o2.pl]]","name":"[[PERSON|Marta Sokołowska]]"},"network":{"client":{"ip":"[[IP_ADDRESS|198.51.100.142]]","geoip":{"country":"BR"}}}}
```""",
    """GitHub issue someone filed on our repo, is this a bug in our code or their setup?

> **[[ID_NUMBER|tkariuki-dev]]** opened this issue · 3 comments
> Running `ledgerctl sync` on Ubuntu 22.04 gives:
> ```
> PermissionError: [Errno 13] Permission denied: '/home/[[ID_NUMBER|tkariuki]]/.config/ledgerctl/token.json'
> ```
> my config has `owner_email: [[EMAIL_ADDRESS|timothy.kariuki@andela-mail.com]]` if that matters""",
    """sshd logs from last night, is this a brute force or just someone mistyping? 

```
Jun 11 02:14:51 web3 sshd[22018]: Failed password for [[ID_NUMBER|rfernandes]] from [[IP_ADDRESS|203.0.113.19]] port 51822 ssh2
Jun 11 02:14:55 web3 sshd[22018]: Failed password for [[ID_NUMBER|rfernandes]] from [[IP_ADDRESS|203.0.113.19]] port 51822 ssh2
Jun 11 02:15:03 web3 sshd[22018]: Accepted password for [[ID_NUMBER|rfernandes]] from [[IP_ADDRESS|203.0.113.19]] port 51822 ssh2
```""",
    """nginx access log line, I want to stop logging the query string because it has emails in it:

```
[[IP_ADDRESS|192.0.2.214]] - - [11/Jun/2024:10:02:44 +0000] "GET /unsubscribe?email=[[EMAIL_ADDRESS|hoang.minh.tuan@fpt-mail.vn]]&t=9f2c HTTP/1.1" 200 512 "-" "Mozilla/5.0"
```
what's the log_format for that?""",
    """k8s ConfigMap has this and the pod can't reach SMTP. do I need a Secret instead? (yes I know)

```yaml
data:
  SMTP_HOST: smtp.office365.com
  SMTP_USER: noreply-alerts@ridgeline-mfg.com
  SMTP_PASS: [[PASSWORD|Ridgeline!Alerts2022]]
  ALERT_TO: [[EMAIL_ADDRESS|dwayne.holloway@ridgeline-mfg.com]]
```""",
    """jenkins build console, the deploy step leaked a token in the log. how do I mask it?

```
+ curl -H 'Authorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGV4LmJlcmdlciJ9.Vx8mQ2rT7kLp9Zc4NwYs1HdF6jUe3AoGi0bR]]' https://deploy.internal/api/release
+ echo 'triggered by [[PERSON|Alexander Berger]]'
```""",
    """AD account locked out constantly. output of Get-ADUser:

```
DistinguishedName : CN=[[PERSON|Nicolás Echeverría]],OU=Sales,OU=Santiago,DC=andes,DC=local
Enabled           : True
GivenName         : [[PERSON|Nicolás]]
Name              : [[PERSON|Nicolás Echeverría]]
SamAccountName    : [[ID_NUMBER|nechever]]
UserPrincipalName : [[EMAIL_ADDRESS|nicolas.echeverria@andes-seguros.cl]]
LockedOut         : True
```""",
    """terraform.tfvars checked into the repo, can you convert it to use SSM parameters?

```hcl
db_password        = "[[PASSWORD|Koala-Sunset-4417]]"
datadog_api_key    = "[[API_KEY|f3a9c27e81d04b65a2e7c19d3f8b4a60]]"
oncall_phone       = "[[PHONE_NUMBER|+61 491 570 613]]"
oncall_engineer    = "[[PERSON|Bridget O'Halloran]]"
```""",
    """git shortlog -sne for our internal repo, I need to map emails to github handles for the CODEOWNERS file

```
   412  [[PERSON|Mariana Castillo]] <[[EMAIL_ADDRESS|mariana.castillo@vertice-labs.mx]]>
   287  [[PERSON|Emilio Navarro]] <[[EMAIL_ADDRESS|emilio.navarro@vertice-labs.mx]]>
    96  [[PERSON|Ximena Ortega]] <[[EMAIL_ADDRESS|xortega@vertice-labs.mx]]>
     3  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
```""",
    """Rollbar item, which line should I look at?

```
NoMethodError: undefined method `strftime' for nil:NilClass
  app/models/booking.rb:88:in `checkin_label'
person: {"id": "[[ID_NUMBER|55013]]", "username": "[[ID_NUMBER|sofia.andersson]]", "email": "[[EMAIL_ADDRESS|sofia.andersson@telia.se]]"}
request: GET /bookings/991 from [[IP_ADDRESS|2001:db8:4a1:7::3c]]
```""",
    """here's the helm values we use, the chart fails on `redis.auth.password` being too short?

```yaml
redis:
  auth:
    enabled: true
    password: "[[PASSWORD|Fika42]]"
postgresql:
  auth:
    username: app
    password: "[[PASSWORD|Lagom-Kanelbulle-9!]]"
```""",
    """Outlook keeps rejecting our relay. here's the bounce:

```
Delivery has failed to these recipients or groups:
[[EMAIL_ADDRESS|wei.zhang@shenzhen-elec.com.cn]]
Remote Server returned '550 5.7.1 Unable to relay for [[EMAIL_ADDRESS|wei.zhang@shenzhen-elec.com.cn]]'
Original message from: procurement@nordhafen-trading.de
Sent by: [[PERSON|Friederike Lange]]
```""",
    """Please help me read this Windows crash dump summary, the app is our own .NET desktop tool

```
Faulting application path: C:\\Program Files\\Inventra\\Inventra.exe
Faulting module path: C:\\Users\\[[ID_NUMBER|tgebremedhin]]\\AppData\\Local\\Inventra\\plugins\\scanner.dll
Exception code: 0xc0000005
Report Id: 5d1f0b7e-2a94-4c61-9e3d-88a07c2b1f45
```
the user is [[PERSON|Tesfaye Gebremedhin]], in our Addis office""",
    """Our Bitbucket pipeline prints this when publishing, how do I stop it showing the password in the log?

```
+ npm config set //registry.npmjs.org/:_authToken [[API_KEY|npm_Kq8vT2mX9rLw4Zp7Nc1YbHdF6jUe3AoGsB5i]]
+ git config user.email "[[EMAIL_ADDRESS|daniela.stoica@cloudforge.ro]]"
+ git config user.name "[[PERSON|Daniela Stoica]]"
```""",
    """Supabase auth users table export — the `raw_user_meta_data` field, how do I query it with ->>?

```
id                                   | email                          | raw_user_meta_data
2f8c1a7e-93b4-4d21-b5e6-0c9a4f7d1e38 | [[EMAIL_ADDRESS|oyelaran.t@gmail.com]]           | {"full_name": "[[PERSON|Temitope Oyelaran]]", "phone": "[[PHONE_NUMBER|+234 909 418 2273]]"}
```""",
    """we got an alert from GitGuardian about this commit. Is the key actually valid-looking or a false positive?

```diff
+AWS_ACCESS_KEY_ID=[[API_KEY|AKIA4QX7R2LM9TZB3WNE]]
+AWS_SECRET_ACCESS_KEY=[[API_KEY|wJ7rQp2Lk9XmZ4vN8cT1yB6hF3sD0gA5eR7uI2oP]]
```
committed by [[PERSON|Ángel Castro]] <[[EMAIL_ADDRESS|angel.castro@movilred.es]]> on the 4th""",
    """postfix log, a user says mails to their boss never arrive:

```
Jun 10 16:41:02 mx1 postfix/smtp[3310]: 4Vx8Kq1zT9: to=<[[EMAIL_ADDRESS|gareth.llewellyn@cymru-health.wales]]>, relay=mx-in.cymru-health.wales[10.40.1.5]:25, delay=1.2, status=bounced (host said: 552 5.2.2 mailbox full)
Jun 10 16:41:02 mx1 postfix/qmgr[881]: 4Vx8Kq1zT9: from=<[[EMAIL_ADDRESS|ffion.rees@cymru-health.wales]]>
```""",
    """Intune device list export — I need to find devices whose primary user left the company

```
DeviceName,PrimaryUserUPN,PrimaryUserDisplayName,OS
LT-0413,[[EMAIL_ADDRESS|yuki.hayashi@kanto-shipping.co.jp]],[[PERSON|Yuki Hayashi]],Windows
LT-0419,[[EMAIL_ADDRESS|daichi.mori@kanto-shipping.co.jp]],[[PERSON|Daichi Mori]],Windows
MB-0022,[[EMAIL_ADDRESS|rina.kobayashi@kanto-shipping.co.jp]],[[PERSON|Rina Kobayashi]],macOS
```""",
    """python traceback from a user's machine. the path is weird, is onedrive messing with us?

```
Traceback (most recent call last):
  File "C:\\Users\\[[ID_NUMBER|adebayo.okonjo]]\\OneDrive - Zenith Partners\\scripts\\reconcile.py", line 41, in <module>
    wb = openpyxl.load_workbook(path)
PermissionError: [Errno 13] Permission denied: 'C:\\\\Users\\\\[[ID_NUMBER|adebayo.okonjo]]\\\\OneDrive - Zenith Partners\\\\Q2.xlsx'
```""",
    """firebase functions log when the welcome email fails:

```
sendWelcome: Error: Invalid login: 535-5.7.8 Username and Password not accepted
    at SMTPConnection._formatError (/workspace/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)
sendWelcome: context {"uid":"[[ID_NUMBER|hG7x2LmQ9pRk]]","email":"[[EMAIL_ADDRESS|thu.trang.le@gmail.com]]","displayName":"[[PERSON|Lê Thu Trang]]"}
```""",
    """I'm setting up msmtp for cron alerts, is this config right?

```
account default
host smtp.gmail.com
port 587
auth on
user [[EMAIL_ADDRESS|piotr.wisniewski.home@gmail.com]]
password [[PASSWORD|xqzm ptav kdle wurf]]
from [[EMAIL_ADDRESS|piotr.wisniewski.home@gmail.com]]
```
(the password is an app password)""",
    """GitLab CI variable dump from a debug job (oops). Which of these need rotating?

```
CI_COMMIT_SHA=9f1e2a7b3c4d5e6f708192a3b4c5d6e7f8091a2b
CI_REGISTRY_USER=gitlab-ci-token
DEPLOY_SSH_USER=[[ID_NUMBER|oarslan]]
SLACK_WEBHOOK=https://hooks.slack.com/services/T04KQ2M7Z/B07LP9R3X/[[API_KEY|r8Kx2vQm9LtP4wZs7NcYb1Hd]]
TWILIO_AUTH_TOKEN=[[API_KEY|9c4e1a7f2b8d03e6c5a19f7d2e4b8c01]]
```""",
    """Can you help me understand this PagerDuty incident JSON? who acknowledged it?

```json
{"incident":{"id":"Q2K8X1LM","title":"api latency p99 > 2s","acknowledgements":[{"at":"2024-06-09T03:12:44Z","acknowledger":{"summary":"[[PERSON|Ifeoma Nnamdi]]","email":"[[EMAIL_ADDRESS|ifeoma.nnamdi@paystackish.io]]"}}],"assignments":[{"assignee":{"summary":"[[PERSON|Ravi Teja Kommineni]]"}}]}}
```""",
    """vault kv get output, how do I turn this into env vars in my entrypoint?

```
====== Data ======
Key          Value
---          -----
db_user      [[ID_NUMBER|svc_hkim]]
db_pass      [[PASSWORD|Seoul#Bibimbap_77]]
api_token    [[API_KEY|hvs.CAESIJq8m2Lx9Tz4Pk7Wn1Rv3Yb6Hd0FsUe5Ao]]
```""",
    """A user's browser console error from our support widget, they sent a screenshot and I typed it out:

```
Uncaught (in promise) Error: 403 Forbidden
    at fetchProfile (widget.js:1:8821)
Request: GET https://api.helpdesk.io/v1/contacts?email=[[EMAIL_ADDRESS|ewa.jablonska@vp.pl]]&phone=[[PHONE_NUMBER|%2B48602418375]]
```
why would the contacts endpoint 403 for a logged-in user?""",
    """wireguard config for my home lab, peer won't connect. 

```
[Interface]
PrivateKey = [[API_KEY|kM3x9Lq2Vt7Zp4Wn8Rc1Yb6Hd0FsUe5AoGi2jTx3No=]]
Address = 10.8.0.2/24

[Peer]
PublicKey = 3yQd8Lk2Xm7Vp1Tz9Wn4Rc6Hb0FsJe5AoGi2jUx8Mo=
Endpoint = [[IP_ADDRESS|198.51.100.203]]:51820
```
the endpoint is my home IP""",
    """this is what `last` shows on our build server, can you tell me who was logged in when the disk filled up (around 03:00)?

```
[[ID_NUMBER|ngarcia]]  pts/1   [[IP_ADDRESS|192.0.2.44]]     Mon Jun 10 22:51 - 04:12  (05:20)
[[ID_NUMBER|bmwangi]]  pts/0   [[IP_ADDRESS|192.0.2.87]]     Mon Jun 10 19:03 - 23:40  (04:37)
reboot   system boot  6.5.0-35-generic Mon Jun 10 18:58
```""",
    """can someone sanity check my ansible inventory? The vault var isn't being picked up

```ini
[db]
db1.prod ansible_user=[[ID_NUMBER|ayildirim]] ansible_password=[[PASSWORD|Bosphorus!Kedi09]]
db2.prod ansible_user=[[ID_NUMBER|ayildirim]] ansible_password="{{ vault_db_pass }}"
```""",
    """Our app sends this to Mixpanel, legal wants to know what PII we're sending:

```json
{"event":"Checkout Completed","properties":{"distinct_id":"[[EMAIL_ADDRESS|kamal.haddad@outlook.com]]","$name":"[[PERSON|Kamal Haddad]]","$phone":"[[PHONE_NUMBER|+962 79 418 2063]]","$ip":"[[IP_ADDRESS|203.0.113.231]]","amount":129.9}}
```""",
    """GitHub Actions secret scanning flagged this in a workflow we merged, please confirm it's the PAT and tell me how to revoke:

```yaml
      - run: gh release create v1.4.0 --notes "release"
        env:
          GH_TOKEN: [[API_KEY|github_pat_11AXK2Q7Y0mR8vT2Lw9Zp4Nc_1YbHdF6jUe3AoGsB5iKx7Qm2Lt9Pw4Zs7Nc]]
```
the PAT belongs to [[PERSON|Hiroshi Fujimoto]]""",
    """our on-prem Exchange message trace, need to know if the phishing mail reached anyone else:

```
Received             SenderAddress                  RecipientAddress                       Subject
6/10/2024 8:14:02 AM billing@micros0ft-support.com  [[EMAIL_ADDRESS|joanna.wierzbicka@metalpol.com.pl]]      Invoice overdue
6/10/2024 8:14:02 AM billing@micros0ft-support.com  [[EMAIL_ADDRESS|krzysztof.baran@metalpol.com.pl]]        Invoice overdue
```""",
    """airflow connection list, the conn for the SFTP drop is broken. Can you spot it?

```
conn_id         | conn_type | host                  | login        | password
partner_sftp    | sftp      | sftp.partner-drop.com | [[ID_NUMBER|e.okeke]]      | [[PASSWORD|Lagos*Harbour_21]]
warehouse_pg    | postgres  | 10.20.4.11            | airflow      | ***
```""",
    """Bugsnag error, the user says it happens every time they open the invoice screen:

```
Error: Cannot read properties of undefined (reading 'currency')
  at InvoiceView.render (src/views/InvoiceView.tsx:57:31)
User: [[PERSON|Agustina Benítez]] ([[EMAIL_ADDRESS|agustina.benitez@fibertel.com.ar]]) id=[[ID_NUMBER|u_38810]]
Device: iPhone 14, iOS 17.4.1
```""",
    """i set up fail2ban and now it banned my own IP, here's the log. how do I whitelist?

```
2024-06-11 08:02:17,441 fail2ban.actions [612]: NOTICE  [sshd] Ban [[IP_ADDRESS|198.51.100.66]]
```
that's my office IP, I'm [[ID_NUMBER|ltorres]] on the box""",
    """This ServiceNow incident was assigned to us, I need a short summary for standup

```
INC0048213 | P3 | Caller: [[PERSON|Gertrude Hofmann]] | Email: [[EMAIL_ADDRESS|g.hofmann@wiener-versicherung.at]] | Phone: [[PHONE_NUMBER|+43 664 418 2709]]
Short description: VPN disconnects every 20 min since Monday's update
Work notes: asked user to send Cisco AnyConnect logs, pending
```""",
    """Terraform state file shows this, am I right that anyone with read access to the bucket can see the password?

```json
"attributes": {
  "administrator_login": "[[ID_NUMBER|sqladmin_rmoreau]]",
  "administrator_login_password": "[[PASSWORD|Mistral!Provence_2023]]",
  "fully_qualified_domain_name": "crm-sql.database.windows.net"
}
```""",
    """The OAuth callback in our logs, the `state` param looks fine but login fails:

```
GET /auth/callback?code=4/0AQlEd8x&state=af91c2&email=[[EMAIL_ADDRESS|ngozi.adichie.r@gmail.com]] 302 from [[IP_ADDRESS|192.0.2.129]]
```
why is email in the callback URL at all? our IdP config?""",
    """help me parse `journalctl -u myapp` output, I want only lines with "user=":

```
Jun 11 09:01:14 app1 myapp[4410]: INFO login user=[[EMAIL_ADDRESS|arjun.malhotra@zohomail.in]] ip=[[IP_ADDRESS|203.0.113.40]]
Jun 11 09:01:15 app1 myapp[4410]: INFO cache warm done in 212ms
Jun 11 09:02:40 app1 myapp[4410]: WARN login failed user=[[EMAIL_ADDRESS|meera.krishnan@zohomail.in]] ip=[[IP_ADDRESS|203.0.113.41]]
```""",
    """Gradle fails with this, the path has my user name in it and a space, could that be it?

```
FAILURE: Build failed with an exception.
* What went wrong:
Could not create service of type FileHasher using BuildSessionServices.createFileHasher().
> Cannot lock file hash cache (/Users/[[ID_NUMBER|lorenzo.de.luca]]/Work Projects/payments-android/.gradle/8.7/fileHashes)
```""",
    """We rotate the SFTP password monthly via this script. Could you make it read from a secrets manager instead?

```bash
#!/bin/bash
USER=[[ID_NUMBER|partner_ahmed_k]]
NEWPASS='[[PASSWORD|Nile&Pyramid#0624]]'
echo "$USER:$NEWPASS" | chpasswd
mail -s "new sftp pass" [[EMAIL_ADDRESS|ahmed.kamal@cairo-freight.com.eg]] <<< "Hi [[PERSON|Ahmed]], new password: $NEWPASS"
```""",
    """npm ERR output from a teammate, is it the lockfile?

```
npm ERR! code EACCES
npm ERR! syscall mkdir
npm ERR! path /home/[[ID_NUMBER|chiamaka]]/.npm/_cacache/index-v5/3f
npm ERR! A complete log of this run can be found in: /home/[[ID_NUMBER|chiamaka]]/.npm/_logs/2024-06-11T10_02_44_118Z-debug-0.log
```""",
    """what does this Okta system log event mean? "policy evaluation" failing for one user only

```json
{"eventType":"policy.evaluate_sign_on","outcome":{"result":"DENY","reason":"Sign-on policy rule: Block legacy auth"},"actor":{"alternateId":"[[EMAIL_ADDRESS|sarah.oconnell@harbourbank.ie]]","displayName":"[[PERSON|Sarah O'Connell]]"},"client":{"ipAddress":"[[IP_ADDRESS|198.51.100.18]]","userAgent":{"rawUserAgent":"Microsoft Office/16.0"}}}
```""",
    """Grafana alert notification went to the wrong person. Contact point config:

```yaml
contactPoints:
  - name: db-oncall
    receivers:
      - type: email
        settings:
          addresses: [[EMAIL_ADDRESS|vikram.sethi@finlytics.in]];[[EMAIL_ADDRESS|pooja.bansal@finlytics.in]]
      - type: sms
        settings:
          to: "[[PHONE_NUMBER|+91 99001 48273]]"
```""",
    """mysql slow query log shows the app querying by phone with LIKE, explain why that's slow?

```
# User@Host: app[app] @  [10.0.4.17]
# Query_time: 4.812  Lock_time: 0.000 Rows_sent: 1  Rows_examined: 1840213
SELECT * FROM customers WHERE phone LIKE '%[[PHONE_NUMBER|7700 900318]]%';
```
(the customer was [[PERSON|Niamh Gallagher]])""",
    """i accidentally pasted this into our team slack, do I need to reset everything or just the password?

host: vpn.kestrel-aero.com
user: [[ID_NUMBER|j.mwakilema]]
pass: [[PASSWORD|Kilimanjaro!5895m]]
OTP seed: [[API_KEY|KRUGS4ZANFZSAYLOEBXXIUDTEVQW]]""",
    """Why does `git blame` show a different author than `git log` for this line?

```
^a91c2e4 ([[PERSON|Akosua Frimpong]] 2023-02-14 10:22:41 +0000 88)     retries = 3
```
git log says: Author: [[PERSON|Akosua Frimpong]] <[[EMAIL_ADDRESS|akosua.frimpong@ghana-post-digital.com]]>, Committer: GitHub <noreply@github.com>""",
    """Can you review my backup script? I'm worried about the credentials in it

```powershell
$cred = New-Object System.Management.Automation.PSCredential("CONTOSO\\[[ID_NUMBER|bvanderwalt]]", (ConvertTo-SecureString "[[PASSWORD|Springbok#Braai2024]]" -AsPlainText -Force))
Copy-Item -Path D:\\Exports\\* -Destination \\\\nas01\\backup -Credential $cred
```""",
    """Heroku router log, is this a client problem or ours? Their IP shows up a lot

```
at=error code=H12 desc="Request timeout" method=POST path="/api/orders" host=shop.example.com request_id=4c1e9a2f fwd="[[IP_ADDRESS|203.0.113.162]]" dyno=web.2 connect=0ms service=30000ms status=503
```
the account is [[EMAIL_ADDRESS|hyejin.yoon@naver.com]], she says checkout never completes""",
    """New laptop setup for our intern, this is the onboarding note IT sent. Anything insecure?

Username: [[ID_NUMBER|sipho.ndlovu]]
Temp password: [[PASSWORD|Welcome!Sipho2024]]
Laptop: LT-0533, asset tag 61907
Personal mobile (for MFA): [[PHONE_NUMBER|+27 83 418 2270]]""",
    """This is what Cloudflare's firewall event looks like for a blocked request. Can I tell which customer it was?

```json
{"action":"block","clientIP":"[[IP_ADDRESS|2001:db8:9c1:44::1a]]","clientRequestPath":"/account/settings","clientRequestQuery":"?uid=[[ID_NUMBER|CU-448102]]","ruleId":"100015","userAgent":"curl/8.4.0"}
```""",
    """Why does our Postfix sasl_passwd not work? contents:

```
[smtp.sendgrid.net]:587 apikey:[[API_KEY|SG.Xk2m9Lq7Tz4Vp8Wn1Rc.Yb6Hd0FsUe5AoGi2jTx3NoKq8vT2mX9rLw4Zp7Nc1]]
[mail.kowalczyk-law.pl]:587 [[EMAIL_ADDRESS|marek.kowalczyk@kowalczyk-law.pl]]:[[PASSWORD|Prawo&Sprawiedliwosc77]]
```""",
]
# 46 pastes with terse keys (u, nm, ph, a1, em, pw, ...) as real payloads and configs use.
TERSE = [
    """parse this in go? `{"u":"[[ID_NUMBER|mkaplan]]","nm":"[[PERSON|Meryem Kaplan]]","ph":"[[PHONE_NUMBER|+90 533 482 17 06]]","a1":"[[STREET_ADDRESS|Bağdat Cad. No:214 D:7, Kadıköy, 34728 İstanbul]]"}` — the struct tags are u, nm, ph, a1 and it unmarshals to zero values""",
    """what do these keys mean? found in the mobile app's local storage

```json
{"n":"[[PERSON|Chayton Redcloud]]","e":"[[EMAIL_ADDRESS|chayton.r@prairienet.org]]","p":"[[PHONE_NUMBER|(605) 555-0163]]","t":"eyJ0eXAi..."}
```""",
    """minified payload from our checkout, why is `cc` sent to the analytics endpoint?!

```
{"o":"A-88214","nm":"[[PERSON|Hannah Schröder]]","em":"[[EMAIL_ADDRESS|h.schroeder@t-online.de]]","cc":"[[CREDIT_CARD|4916 0382 7741 5092]]","x":"12/26"}
```""",
    """redis hash from our rate limiter, is storing `ip` + `u` like this ok?

```
127.0.0.1:6379> HGETALL rl:7f2a
1) "u"
2) "[[ID_NUMBER|svetlana_k]]"
3) "ip"
4) "[[IP_ADDRESS|198.51.100.95]]"
5) "c"
6) "17"
```""",
    """CSV from the field team's app, headers are terse. what's `a2`? 

```
id,nm,ph,a1,a2,pc
17,[[PERSON|Bheki Zulu]],[[PHONE_NUMBER|+27 72 418 3306]],[[STREET_ADDRESS|88 Florida Road, Morningside, Durban, 4001]],,4001
```""",
    """terse log line from the payments svc, my grep isn't matching the `ib=` field

```
2024-06-11T10:14:22Z lvl=info msg=payout nm="[[PERSON|Joost Verhoeven]]" ib=[[IBAN_CODE|NL24ABNA0582193740]] amt=420.00
```""",
    """compact format our IoT gateway sends for the owner registration, can you write a python decoder?

`o=[[PERSON|Anjali Deshpande]];m=[[PHONE_NUMBER|+91 98201 47358]];e=[[EMAIL_ADDRESS|anjali.deshpande@rediffmail.com]];dev=GW-2231`""",
    """php array with short keys, I want to rename them to proper words with array_map:

```php
$r = ['fn' => '[[PERSON|Bogdan]]', 'ln' => '[[PERSON|Ionescu]]', 'tel' => '[[PHONE_NUMBER|+40 744 218 905]]', 'cnp' => '[[ID_NUMBER|1850627403819]]'];
```""",
    """why does my TS type guard fail on this?

```ts
const r = { u: "[[EMAIL_ADDRESS|ella.koskinen@kolumbus.fi]]", pw: "[[PASSWORD|Sauna&Sisu1917]]", r: true };
if (isCreds(r)) login(r.u, r.pw);
```""",
    """protobuf text dump of the message that breaks our consumer:

```
usr {
  nm: "[[PERSON|Lwazi Mthembu]]"
  ph: "[[PHONE_NUMBER|+27 61 482 7730]]"
  nid: "[[ID_NUMBER|9309220241083]]"
}
ts: 1718101244
```""",
    """i found this in an old cookie, base64 decoded. is it a problem that it's not signed?

`{"uid":"[[ID_NUMBER|88120443]]","em":"[[EMAIL_ADDRESS|rashed.alkaabi@eim.ae]]","adm":false}`""",
    """yaml from a contact-sync tool with abbreviations. does `a1`/`a2` map to street and city here?

```yaml
- nm: [[PERSON|Pedro Henrique Alves]]
  ph: "[[PHONE_NUMBER|+55 21 99412-8830]]"
  a1: [[STREET_ADDRESS|Rua Voluntários da Pátria 190, apto 502, Botafogo, Rio de Janeiro - RJ, 22270-010]]
  cpf: "[[ID_NUMBER|720.418.396-78]]"
```""",
    """ugh this legacy API returns `{"r":1,"d":{"n":"[[PERSON|Yerlan Abenov]]","p":"[[PHONE_NUMBER|+7 701 418 2295]]","i":"[[ID_NUMBER|880417300512]]"}}` — how do I make pydantic alias these short keys?""",
    """msgpack → json of the event, the `s` field is an SSN?? who put that there

```
{"t":"kyc","n":"[[PERSON|Jamal Whitaker]]","s":"[[US_SSN|238-51-4907]]","d":"1991-07-30"}
```""",
    """short keys in our firestore rules test, the `ph` check fails

```js
await assertSucceeds(setDoc(doc(db, "u/[[ID_NUMBER|q8Lm2Xv]]"), { nm: "[[PERSON|Ngaio Te Rangi]]", ph: "[[PHONE_NUMBER|+64 21 418 2097]]", nhi: "[[ID_NUMBER|ZKP4277]]" }));
```""",
    """mqtt payload from the door controller, `pc` is the door code right? should that be in plain text?

```
home/frontdoor/state {"st":"locked","lu":"[[PERSON|Chiara Esposito]]","pc":"[[PASSWORD|480317]]","bt":91}
```""",
    """can you decode this JWT payload? I think our IdP puts too much in it

```json
{"sub":"[[ID_NUMBER|a8d2f1c0]]","nm":"[[PERSON|Ruairí Mac Giolla]]","em":"[[EMAIL_ADDRESS|ruairi.macgiolla@tcd-mail.ie]]","pps":"[[ID_NUMBER|6371942G]]","iat":1718100000}
```""",
    """lua table in our game server config, what does `pw` do if the `u` is empty?

```lua
admins = {
  { u = "[[ID_NUMBER|kasia_w]]", pw = "[[PASSWORD|Pierogi!Krakow88]]", lvl = 3 },
  { u = "[[ID_NUMBER|tomek.z]]", pw = "[[PASSWORD|Wisla_1906_Fan]]", lvl = 2 },
}
```""",
    """java properties, spring can't find `db.u`?

```properties
db.url=jdbc:mysql://10.1.2.30:3306/erp
db.u=[[ID_NUMBER|gmaurer]]
db.p=[[PASSWORD|Alpenglühen#2024]]
mail.to=[[EMAIL_ADDRESS|georg.maurer@tirol-holz.at]]
```""",
    """what's the `ssn4` field for in this Plaid-like response? and `nm`?

```json
{"acct":{"nm":"[[PERSON|Keisha Robinson]]","mask":"0042","ssn":"[[US_SSN|519-62-7308]]","addr":"[[STREET_ADDRESS|2210 W Fullerton Ave, Chicago, IL 60647]]"}}
```""",
    """terse CSV export from the membership db, the `dob` column parse fails for row 2

```
mid,nm,dob,em
[[ID_NUMBER|M0041]],[[PERSON|Ahmet Çelik]],1979-04-12,[[EMAIL_ADDRESS|ahmet.celik@superonline.net]]
[[ID_NUMBER|M0042]],[[PERSON|Selin Arslan]],12.09.1985,[[EMAIL_ADDRESS|selin.arslan@gmail.com]]
```""",
    """logfmt line, I want vector to drop `ph` and `em` before shipping

```
ts=2024-06-11T08:44:10Z svc=signup em=[[EMAIL_ADDRESS|liang.xiu@qq.com]] ph=[[PHONE_NUMBER|+86 139 1048 2736]] ok=true
```""",
    """graphql query result with aliases, any reason to keep aliases this short?

```json
{"data":{"c":{"n":"[[PERSON|Kateryna Bondarenko]]","e":"[[EMAIL_ADDRESS|k.bondarenko@ukr.net]]","t":"[[ID_NUMBER|3184209572]]"}}}
```""",
    """small elasticsearch doc, the mapping makes `a1` a keyword and now full text search on street doesn't work

`{"nm":"[[PERSON|Marek Horváth]]","a1":"[[STREET_ADDRESS|Obchodná 41, 811 06 Bratislava]]","ph":"[[PHONE_NUMBER|+421 905 418 273]]"}`""",
    """python dict comprehension question

```python
raw = {"f": "[[PERSON|Arnav]]", "l": "[[PERSON|Bhattacharya]]", "e": "[[EMAIL_ADDRESS|arnav.b@iitk-alumni.in]]", "m": "[[PHONE_NUMBER|+91 83370 29146]]"}
full = {"first": raw["f"], ...}
```
is there a cleaner way to rename all keys at once?""",
    """sms gateway callback with short keys, `to` is fine but `fr` has the wrong format:

```
st=DELIVRD&to=[[PHONE_NUMBER|+63 917 418 2036]]&fr=INFO&ref=88a1&nm=[[PERSON|Maricel Dela Cruz]]
```""",
    """env file for the tiny flask app, terse on purpose. is `SK` enough entropy?

```
SK=[[API_KEY|9b2f7e41c8d06a35f1e49b7c2d80a6f3]]
U=[[ID_NUMBER|ofelia.m]]
P=[[PASSWORD|Guadalupe_1531!]]
```""",
    """why is the `c` in this wallet object 15 digits but the others 16?

```json
[{"h":"[[PERSON|Dominic Achterberg]]","c":"[[CREDIT_CARD|3759 884120 77318]]"},{"h":"[[PERSON|Femke Visser]]","c":"[[CREDIT_CARD|5412 7583 0091 2668]]"}]
```""",
    """serialized ruby session (after decoding), is `pw` really in there??

```
{"u"=>"[[ID_NUMBER|naledi.m]]", "pw"=>"[[PASSWORD|Soweto76Rising]]", "lc"=>"en-ZA"}
```""",
    """our SAP export uses these column names. can you help me map them? `KUNNR NAME1 STRAS ORT01 TELF1`

```
[[ID_NUMBER|0000482190]] [[PERSON|Wolfgang Brenner]] [[STREET_ADDRESS|Hauptstraße 12, 70173 Stuttgart]] [[PHONE_NUMBER|+49 30 23125 607]]
```""",
    """is this the right way to read the `pn` field with jq? `jq '.r[].pn'`

```json
{"r":[{"nm":"[[PERSON|Thandeka Mahlangu]]","pn":"[[PHONE_NUMBER|+27 79 418 2205]]"},{"nm":"[[PERSON|Musa Ngcobo]]","pn":"[[PHONE_NUMBER|+27 76 104 8827]]"}]}
```""",
    """kafka key/value from `kcat -C`, the key is `u:<id>`

```
u:[[ID_NUMBER|40918]]	{"nm":"[[PERSON|Valeria Mendoza]]","em":"[[EMAIL_ADDRESS|valeria.mendoza@prodigy.net.mx]]","ph":"[[PHONE_NUMBER|+52 55 4182 7730]]"}
```
how do I make the consumer skip tombstones?""",
    """cache entry from memcached, trying to figure out why it's 2KB:

`usr:[[ID_NUMBER|7719]] => {nm:'[[PERSON|Dae-jung Han]]',ph:'[[PHONE_NUMBER|010-3816-4427]]',rrn:'[[ID_NUMBER|871204-1538295]]',memo:'...` (cut off, the memo field is huge)""",
    """swift struct with CodingKeys for short keys, getting a decoding error on `dob`

```json
{"nm":"[[PERSON|Hina Yamamoto]]","dob":"19900315","mn":"[[ID_NUMBER|472819305624]]","ph":"[[PHONE_NUMBER|090-4182-7736]]"}
```""",
    """this appears in the URL after password reset: `?u=[[EMAIL_ADDRESS|gaurav.saxena@gmail.com]]&tk=[[API_KEY|c81f4a2e9b7d3065f1a8c4e2b9d7036f]]` — is it bad that the token is in the URL?""",
    """terse YAML for our tiny on-call rotation bot. Does it need quotes on the phone numbers?

```yaml
w24: {nm: [[PERSON|Luca Moretti]], ph: [[PHONE_NUMBER|+39 333 418 2760]]}
w25: {nm: [[PERSON|Federica Gallo]], ph: [[PHONE_NUMBER|+39 349 210 7481]]}
```""",
    """decoded QR from a visitor badge at our office, `i` looks like an id number?

`v1|n=[[PERSON|Omar Benjelloun]]|i=[[ID_NUMBER|BK482917]]|h=reception|d=2024-06-11`""",
    """sqlite table with 2-letter columns, how do I add a unique index on `em` ignoring case?

```
sqlite> select * from c limit 2;
1|[[PERSON|Anders Holm]]|[[EMAIL_ADDRESS|anders.holm@jubii.dk]]|[[PHONE_NUMBER|+45 20 41 82 73]]
2|[[PERSON|Karoline Berg]]|[[EMAIL_ADDRESS|karoline.berg@mail.dk]]|[[PHONE_NUMBER|+45 31 72 04 18]]
```""",
    """our payroll microservice accepts this body, terse keys. how do I validate `ib` with a pydantic validator?

```json
{"e":"[[ID_NUMBER|EMP-20417]]","nm":"[[PERSON|Clémence Fabre]]","ib":"[[IBAN_CODE|FR12 2004 1010 1205 8299 31K0 6]]","nir":"[[ID_NUMBER|187037512041772]]"}
```""",
    """csv with short headers from the clinic, need to load into pandas with proper dtypes

```
pid,nm,hetu,ph
[[ID_NUMBER|P-3391]],[[PERSON|Eeva Laine]],[[ID_NUMBER|170384-417H]],[[PHONE_NUMBER|+358 40 418 2736]]
[[ID_NUMBER|P-3392]],[[PERSON|Ville Heikkinen]],[[ID_NUMBER|020596A238S]],[[PHONE_NUMBER|+358 50 127 4809]]
```""",
    """bluetooth tag registration packet decoded, the app shows owner info but I don't think it should broadcast `em`:

`{ow:"[[PERSON|Magnús Jónsson]]",em:"[[EMAIL_ADDRESS|magnus.jonsson@internet.is]]",ph:"[[PHONE_NUMBER|+354 862 4175]]"}`""",
    """Is this a sane format for a shipping label API? short keys to save bytes apparently

```json
{"to":{"n":"[[PERSON|Ewa Dąbrowska]]","a1":"[[STREET_ADDRESS|ul. Piotrkowska 112 m. 4, 90-006 Łódź]]","p":"[[PHONE_NUMBER|+48 512 418 296]]"},"w":1.2}
```""",
    """perl hash from a 2009 script still in prod. what does `pw` get used for below?

```perl
my %acct = (u => '[[ID_NUMBER|vgrigoryan]]', pw => '[[PASSWORD|Ararat$1988]]', nm => '[[PERSON|Vardan Grigoryan]]');
```""",
    """the estonian e-id login callback gives me this, which field is the personal code?

```json
{"sub":"[[ID_NUMBER|EE38904120271]]","gn":"[[PERSON|Kristjan]]","fn":"[[PERSON|Tamm]]","cc":"EE"}
```""",
    """terse k8s annotation someone added to a pod, is this ok? `owner.io/c: "[[PERSON|Daniel Sørensen]] [[PHONE_NUMBER|+45 28 41 09 37]]"`""",
    """Quick one, what format is the `b` date in and should I store it as a DATE column? `{"n":"[[PERSON|Gulnara Akhmetova]]","b":"19880417","s":"[[ID_NUMBER|880417451236]]"}`""",
]
# 35 clean code questions: placeholders, protocol examples, algorithms.
CLEAN_CODE = [
    """why does this test fail with "expected 1 call, got 0"?

```python
def test_reset_email(mailer):
    user = User(email="test@example.com", name="Test User")
    request_password_reset(user)
    mailer.send.assert_called_once()
```""",
    """Dijkstra in Python, is using heapq with (dist, node) tuples fine when nodes aren't comparable?

```python
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
```""",
    """explain this Diffie-Hellman toy example, where does Eve fail?

```python
p, g = 23, 5
a, b = 6, 15          # Alice's and Bob's secrets
A = pow(g, a, p)      # Alice sends 8
B = pow(g, b, p)      # Bob sends 19
assert pow(B, a, p) == pow(A, b, p)  # shared secret 2
```""",
    """Kalman filter 1D, is my update step right? the estimate lags a lot

```python
x, P = 0.0, 1.0
Q, R = 1e-5, 0.1**2
for z in measurements:
    P = P + Q
    K = P / (P + R)
    x = x + K * (z - x)
    P = (1 - K) * P
```""",
    """my .env.example for the repo — is this the convention?

```
DATABASE_URL=postgres://user:password@localhost:5432/app_dev
SECRET_KEY=changeme
STRIPE_API_KEY=<your-stripe-test-key>
SMTP_FROM=noreply@example.com
```""",
    """TypeScript generic question: why does `pick(obj, "foo")` infer `never`?

```ts
function pick<T, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map(k => { const v = obj[k]; return [k, v]; })) as Pick<T, K>;
}
const r = pick({ foo: 1, bar: "baz" }, "foo");
```""",
    """go: how do I write a table test for this email validator? I'm using these cases:

```go
cases := []struct{ in string; ok bool }{
    {"user@example.com", true},
    {"jane.doe@example.org", true},
    {"no-at-sign.example.com", false},
    {"admin@localhost", false},
}
```""",
    """FFT question: numpy.fft.fft of a 50 Hz sine sampled at 1 kHz gives peaks at index 50 and 950, why two?

```python
t = np.arange(0, 1, 1/1000)
x = np.sin(2*np.pi*50*t)
X = np.abs(np.fft.fft(x))
```""",
    """Classic question but: why is storing `hunter2` in my seed file for the test admin a bad habit even in dev?

```ruby
User.create!(email: "admin@example.com", password: "hunter2", role: :admin)
```""",
    """Bayes: P(disease)=0.01, sensitivity 0.95, false positive rate 0.05. The code below gives 0.16, is that right?

```python
prior, sens, fpr = 0.01, 0.95, 0.05
posterior = sens * prior / (sens * prior + fpr * (1 - prior))
```""",
    """jest mock for our auth client, do I need `mockResolvedValueOnce` or is this ok?

```js
jest.mock('./auth', () => ({
  login: jest.fn().mockResolvedValue({ token: '<token>', user: { id: 'u_test', email: 'john.doe@example.com' } }),
}));
```""",
    """what's a regex for ISO 8601 dates with optional time? I have `^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?$` but it accepts month 13""",
    """rust: implement Display for a Point struct without allocating?

```rust
struct Point { x: f64, y: f64 }
impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.2}, {:.2})", self.x, self.y)
    }
}
```""",
    """A* vs Dijkstra on a grid, my A* with Manhattan heuristic explores more nodes than Dijkstra on this maze. the heuristic is `abs(x1-x2)+abs(y1-y2)` and diagonal moves cost sqrt(2). what's wrong?""",
    """SQL schema review please — is the composite index the right way round?

```sql
CREATE TABLE orders (
  id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  status TEXT NOT NULL CHECK (status IN ('pending','paid','shipped','cancelled')),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX orders_status_created ON orders (status, created_at DESC);
```""",
    """In this RSA textbook example, why must e be coprime with φ(n)?

```python
p, q = 61, 53
n = p * q            # 3233
phi = (p-1)*(q-1)    # 3120
e = 17
d = pow(e, -1, phi)  # 2753
```""",
    """Java: why does this Optional chain throw NoSuchElementException?

```java
String city = repo.findById(id)
    .map(Customer::getAddress)
    .map(Address::getCity)
    .get();
```""",
    """merge sort in C, I get a segfault for arrays of odd length

```c
void merge_sort(int *a, int n) {
    if (n < 2) return;
    int m = n / 2;
    merge_sort(a, m);
    merge_sort(a + m, m);
    merge(a, m, n);
}
```""",
    """placeholder strategy: we use `xxxx-xxxx` in the docs for license keys and `${API_TOKEN}` in the sample config. Our docs linter flags `${API_TOKEN}` as an unresolved variable, how do I escape it in mkdocs?""",
    """php: password_hash vs crypt, is this fine for a new project?

```php
$hash = password_hash($_POST['password'], PASSWORD_ARGON2ID);
if (password_verify($input, $hash)) { /* ok */ }
```""",
    """what's the time complexity of this union-find with path compression but no union by rank?

```python
def find(x):
    while parent[x] != x:
        p = parent[x]
        parent[x] = parent[p]
        x = parent[x]
    return x
```""",
    """Mallory-in-the-middle question: in this TLS diagram Alice gets Bob's cert signed by a CA she trusts. If Mallory presents her own cert for bob.example, what check fails on Alice's side, the signature or the hostname?""",
    """pytest parametrize with ids, how do I make the ids readable?

```python
@pytest.mark.parametrize("city,country", [("Lisbon", "PT"), ("Osaka", "JP"), ("Nairobi", "KE")])
def test_country_lookup(city, country):
    assert lookup(city) == country
```""",
    """kotlin coroutines: why does this print "done" before "fetched"?

```kotlin
fun main() = runBlocking {
    launch { delay(100); println("fetched") }
    println("done")
}
```""",
    """Can you explain this Fourier series snippet for a square wave? Only odd harmonics?

```python
def square(t, n_terms=50):
    return (4/np.pi) * sum(np.sin((2*k-1)*t)/(2*k-1) for k in range(1, n_terms+1))
```""",
    """bcrypt cost factor, our login got slow after bumping from 10 to 14. is 12 the usual compromise? benchmark: cost 10 = 65ms, 12 = 250ms, 14 = 1.02s on the t3.small""",
    """simple LRU cache in JS, is Map insertion order reliable for this?

```js
class LRU {
  constructor(n) { this.n = n; this.m = new Map(); }
  get(k) { if (!this.m.has(k)) return; const v = this.m.get(k); this.m.delete(k); this.m.set(k, v); return v; }
  set(k, v) { this.m.delete(k); this.m.set(k, v); if (this.m.size > this.n) this.m.delete(this.m.keys().next().value); }
}
```""",
    """django settings for local dev — is it fine to have this in settings/local.py?

```python
SECRET_KEY = "django-insecure-changeme"
DEBUG = True
ADMINS = [("Admin", "admin@example.com")]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
```""",
    """binary search off-by-one, this loops forever when target isn't present

```python
lo, hi = 0, len(a)
while lo < hi:
    mid = (lo + hi) // 2
    if a[mid] < target: lo = mid
    else: hi = mid
```""",
    """Haskell newbie: why is `foldl` leaking memory here and `foldl'` isn't? `sum' = foldl (+) 0 [1..10000000]`""",
    """OpenAPI spec, the example block, is it ok to leave these placeholder values?

```yaml
components:
  schemas:
    User:
      type: object
      properties:
        email: { type: string, format: email, example: user@example.com }
        name: { type: string, example: Jane Doe }
        api_key: { type: string, example: xxxxxxxxxxxxxxxx }
```""",
    """Why does Python say `UnboundLocalError` here?

```python
counter = 0
def incr():
    counter += 1
```""",
    """implementing a Bloom filter, how many hash functions for 1M items and 1% false positives? I got k = 7 and m ≈ 9.6M bits, does that match the formula m = -n ln p / (ln 2)^2?""",
    """Shamir secret sharing demo for a workshop: Alice splits the secret 1234 into 5 shares with threshold 3 over GF(2^127 - 1). Carol and Eve together with Bob reconstruct it. Can you write the Lagrange interpolation part in Python?""",
    """C#: what's the difference between these two?

```csharp
var a = new List<string> { "foo", "bar" };
IEnumerable<string> b = a.Where(x => x.StartsWith("f"));
a.Add("fizz");
Console.WriteLine(b.Count()); // 2?
```""",
]
# 25 clean data pastes: products, cities, weather, sports results, tickers, public companies.
CLEAN_DATA = [
    """pandas: how do I get the top 3 cities by population per country from this?

```
        city country  population
0      Tokyo      JP    37400068
1      Osaka      JP    19281000
2     Nagoya      JP     9507000
3  São Paulo      BR    22043028
4  Rio de Janeiro BR    13458075
5   Brasília      BR     4803000
```""",
    """weather API response, why is `temp` in Kelvin?

```json
{"name":"Reykjavík","main":{"temp":276.4,"humidity":81},"wind":{"speed":9.3},"weather":[{"main":"Rain"}]}
```""",
    """SQL: rank players by goals per season. sample rows:

```
season   player             club         goals
2011-12  Lionel Messi       Barcelona    50
2011-12  Cristiano Ronaldo  Real Madrid  46
2014-15  Cristiano Ronaldo  Real Madrid  48
2014-15  Lionel Messi       Barcelona    43
```
I want RANK() partitioned by season""",
    """yfinance output, how do I compute daily log returns?

```
Date        Ticker  Close
2024-06-03  AAPL    194.03
2024-06-04  AAPL    194.35
2024-06-03  MSFT    413.52
2024-06-04  MSFT    416.07
```""",
    """product catalog JSON, I need to flatten variants into rows:

```json
[{"sku":"TSHIRT-01","name":"Basic Tee","variants":[{"size":"S","price":12.99},{"size":"M","price":12.99},{"size":"L","price":14.99}]},{"sku":"MUG-07","name":"Camp Mug","variants":[{"size":"350ml","price":9.5}]}]
```""",
    """df.describe() for our sensor data, the max looks wrong

```
        temp_c   humidity   pressure_hpa
count  8760.00   8760.00     8760.00
mean     11.42     72.18     1013.27
std       6.91     12.04        8.55
min      -9.80     21.00      972.10
max     849.00    100.00     1041.90
```""",
    """Grand Slam singles titles table, what's a good chart for this?

| Player | AO | RG | W | USO |
|---|---|---|---|---|
| Novak Djokovic | 10 | 3 | 7 | 4 |
| Rafael Nadal | 2 | 14 | 2 | 4 |
| Roger Federer | 6 | 1 | 8 | 5 |""",
    """I have a CSV of airports, how do I compute great-circle distance between pairs?

```
iata,name,lat,lon
LHR,London Heathrow,51.4700,-0.4543
JFK,John F. Kennedy International,40.6413,-73.7781
NRT,Narita International,35.7720,140.3929
```""",
    """GraphQL response from the countries API, why is `capital` null for Antarctica?

```json
{"data":{"countries":[{"code":"AQ","name":"Antarctica","capital":null},{"code":"KE","name":"Kenya","capital":"Nairobi"}]}}
```""",
    """public company data, I want market cap per employee. Is this table enough?

```
company      ticker  employees  market_cap_usd_bn
Apple        AAPL    161000     2900
Microsoft    MSFT    221000     3100
Nvidia       NVDA    29600      2800
```""",
    """SQL result from our inventory db, why does SUM show NULL for the Berlin warehouse?

```
 warehouse | sku        | qty
-----------+------------+-----
 Berlin    | BOLT-M8    | NULL
 Berlin    | NUT-M8     | NULL
 Rotterdam | BOLT-M8    | 1200
```""",
    """Formula 1 2023 standings sample, how to pivot points per round?

```
round  driver           team          points
1      Max Verstappen   Red Bull      25
1      Sergio Pérez     Red Bull      18
1      Fernando Alonso  Aston Martin  15
```""",
    """Kafka message from the price feed topic, the consumer says "Unknown magic byte". payload:

```
{"ticker":"TSLA","bid":177.42,"ask":177.48,"ts":1718101244123,"venue":"XNAS"}
```""",
    """monthly rainfall in mm, which plot shows seasonality best?

```
month  London  Mumbai  Sydney
Jan    55      1       91
Jul    45      840     80
Oct    69      64      70
```""",
    """The pokeapi returns this, how do I get the list of type names?

```json
{"name":"pikachu","id":25,"types":[{"slot":1,"type":{"name":"electric"}}],"height":4,"weight":60}
```""",
    """Elasticsearch aggregation result on our product reviews (no user data, just counts):

```json
{"aggregations":{"by_rating":{"buckets":[{"key":5,"doc_count":1841},{"key":4,"doc_count":922},{"key":1,"doc_count":301}]}}}
```
how do I compute the average rating from buckets?""",
    """NBA career stats, I want points per game as a new column

```
player            games  points
LeBron James      1492   40474
Kareem Abdul-Jabbar 1560 38387
Michael Jordan    1072   32292
```""",
    """CSV of EU country stats, pandas reads the numbers as strings because of the thousands separator:

```
country;population;gdp_eur_bn
Germany;84.482.267;4.121,2
France;68.170.228;2.803,0
```""",
    """df.head() of the Iris dataset, why does my KMeans label setosa as cluster 2 sometimes?

```
   sepal_length  sepal_width  petal_length  petal_width species
0           5.1          3.5           1.4          0.2  setosa
1           4.9          3.0           1.4          0.2  setosa
```""",
    """chess openings from the Lichess masters db, win rates:

```
eco  name                white  draw  black
C50  Italian Game        38.1   33.4  28.5
B90  Sicilian, Najdorf   33.2   32.9  33.9
D37  Queen's Gambit Dec. 35.6   41.0  23.4
```
what's the best way to show this as a stacked bar?""",
    """Our order events topic, this is a sample message (no customer fields, we use ids only):

```json
{"event":"order.shipped","order_id":"ord_7f3e1c","carrier":"DHL","items":3,"warehouse":"AMS-2","ts":"2024-06-11T09:12:03Z"}
```
should `ts` be epoch millis instead?""",
    """cricket: average and strike rate from this, for Test matches

```
player            innings  runs   not_outs  balls
Sachin Tendulkar  329      15921  33        29437
Joe Root          258      12027  21        22478
```""",
    """the Open-Meteo API gives hourly arrays, how do I zip into a DataFrame?

```json
{"latitude":48.85,"longitude":2.35,"hourly":{"time":["2024-06-11T00:00","2024-06-11T01:00"],"temperature_2m":[14.2,13.8]}}
```""",
    """Spotify top tracks API sample, why is `popularity` an int and not float?

```json
{"tracks":[{"name":"Bohemian Rhapsody","artists":[{"name":"Queen"}],"popularity":84},{"name":"Hey Jude","artists":[{"name":"The Beatles"}],"popularity":79}]}
```""",
    """S&P 500 sector weights, sum is 100.3 not 100, rounding?

```
sector                  weight
Information Technology  31.4
Financials              12.5
Health Care             11.9
...
```""",
]
# 40 clean ops pastes: service logs, bot-authored git log, library stack traces, Dockerfiles,
# CI YAML, Terraform and Kubernetes manifests without secrets.
CLEAN_OPS = [
    """why does my container exit with code 137?

```
2024-06-11T10:02:44.118Z api-7d9f8c6b5-x2kqp INFO  starting server on :8080 version=2.14.3 build=8812
2024-06-11T10:04:12.551Z api-7d9f8c6b5-x2kqp WARN  heap usage 91% (1.82GiB/2.00GiB)
2024-06-11T10:04:13.002Z kubelet OOMKilled container=api id=3f9c2a1e7b4d
```""",
    """git log for the lockfile, can I squash these dependabot commits?

```
commit 7c2e91f04a3b5d6e8f9a0b1c2d3e4f5a6b7c8d9e
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Mon Jun 10 06:12:44 2024 +0000

    build(deps): bump requests from 2.31.0 to 2.32.3

commit 1a4b7c0d3e6f9a2b5c8d1e4f7a0b3c6d9e2f5a8b
Author: github-actions <41898282+github-actions[bot]@users.noreply.github.com>
Date:   Sun Jun 9 00:00:21 2024 +0000

    chore: update generated client
```""",
    """Stack trace from our worker, is this a requests bug or ours?

```
Traceback (most recent call last):
  File "/usr/lib/python3.11/site-packages/urllib3/connectionpool.py", line 793, in urlopen
    response = self._make_request(
  File "/usr/lib/python3.11/site-packages/urllib3/connectionpool.py", line 537, in _make_request
    response = conn.getresponse()
  File "/usr/lib/python3.11/http/client.py", line 1390, in getresponse
    response.begin()
ConnectionResetError: [Errno 104] Connection reset by peer
```""",
    """Dockerfile review please, image is 1.4GB

```dockerfile
FROM python:3.11
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y build-essential
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]
```""",
    """GitHub Actions matrix is running 12 jobs, I only want 6. what's wrong?

```yaml
strategy:
  matrix:
    python: ["3.10", "3.11", "3.12"]
    os: [ubuntu-latest, macos-latest]
    include:
      - python: "3.12"
        os: windows-latest
```""",
    """terraform: this S3 bucket keeps showing a diff on every plan

```hcl
resource "aws_s3_bucket" "logs" {
  bucket = "acme-prod-access-logs"
  tags   = { team = "platform", env = "prod" }
}
resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration { status = "Enabled" }
}
```""",
    """node stack trace, the error is inside express, not our code?

```
TypeError: Cannot read properties of undefined (reading 'split')
    at parseCookie (/app/node_modules/cookie/index.js:94:23)
    at cookieParser (/app/node_modules/cookie-parser/index.js:71:18)
    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)
```""",
    """nginx error log, 502 on every 10th request

```
2024/06/11 09:31:02 [error] 2211#2211: *88214 upstream prematurely closed connection while reading response header from upstream, client: 10.0.2.15, server: api.internal, request: "GET /healthz HTTP/1.1", upstream: "http://10.0.3.17:8000/healthz"
```""",
    """k8s deployment won't roll out, readiness probe failing. manifest:

```yaml
readinessProbe:
  httpGet: { path: /ready, port: 8080 }
  initialDelaySeconds: 2
  periodSeconds: 5
  failureThreshold: 3
resources:
  limits: { memory: "256Mi", cpu: "500m" }
```
app takes ~20s to warm the cache""",
    """postgres log, what's causing these deadlocks?

```
2024-06-11 08:12:44.118 UTC [41822] ERROR:  deadlock detected
2024-06-11 08:12:44.118 UTC [41822] DETAIL:  Process 41822 waits for ShareLock on transaction 9921834; blocked by process 41830.
2024-06-11 08:12:44.118 UTC [41822] CONTEXT:  while updating tuple (1204,17) in relation "inventory"
```""",
    """docker ps output, one container restarting forever:

```
CONTAINER ID   IMAGE                 STATUS                          NAMES
3f9c2a1e7b4d   redis:7.2-alpine      Up 3 days                       cache
8a1b2c3d4e5f   acme/api:2.14.3       Restarting (1) 4 seconds ago    api
c0ffee123456   postgres:16           Up 3 days (healthy)             db
```""",
    """java stack trace from spring boot startup:

```
org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'orderService'
Caused by: org.springframework.beans.factory.NoSuchBeanDefinitionException: No qualifying bean of type 'com.acme.orders.PaymentGateway' available
	at org.springframework.beans.factory.support.DefaultListableBeanFactory.raiseNoMatchingBeanFound(DefaultListableBeanFactory.java:1880)
```""",
    """GitLab CI job fails at cache restore, yaml:

```yaml
build:
  image: node:20-alpine
  cache:
    key: $CI_COMMIT_REF_SLUG
    paths: [node_modules/]
  script:
    - npm ci
    - npm run build
```""",
    """terraform plan output, why is it replacing the instance?

```
  # aws_instance.web must be replaced
-/+ resource "aws_instance" "web" {
      ~ ami           = "ami-0a1b2c3d4e5f67890" -> "ami-0f9e8d7c6b5a43210" # forces replacement
        instance_type = "t3.small"
    }
Plan: 1 to add, 0 to change, 1 to destroy.
```""",
    """what does this systemd status mean?

```
● worker.service - Acme queue worker
     Loaded: loaded (/etc/systemd/system/worker.service; enabled)
     Active: activating (auto-restart) (Result: exit-code) since Tue 2024-06-11 09:02:11 UTC; 3s ago
    Process: 18821 ExecStart=/opt/worker/bin/worker --queue=default (code=exited, status=203/EXEC)
```""",
    """Sentry event without user context (we strip it), can you still guess the cause?

```
KeyError: 'currency'
  File "/srv/app/billing/invoice.py", line 87, in total
    code = line["currency"]
event_id: 5d1f0b7e2a944c619e3d88a07c2b1f45  release: billing@3.8.1  environment: production
```""",
    """helm upgrade failing with this, chart version mismatch?

```
Error: UPGRADE FAILED: cannot patch "ingress-nginx-controller" with kind Deployment: Deployment.apps "ingress-nginx-controller" is invalid: spec.selector: Invalid value: ... field is immutable
```""",
    """CI build log, the test step takes 14 minutes. any quick wins?

```
[build 20418] Step 3/7 : RUN pip install -r requirements.txt   ---> 2m 41s
[build 20418] Step 5/7 : RUN pytest -n 0                          ---> 14m 02s
[build 20418] commit 9f1e2a7b  branch main  runner ci-runner-04
```""",
    """cargo build error in a dependency:

```
error[E0599]: no method named `as_deref` found for enum `Option<String>` in the current scope
   --> /home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/tokio-util-0.7.10/src/codec/mod.rs:212:30
```
MSRV issue?""",
    """AWS CloudTrail event, who made this change? (it's a role, not a person)

```json
{"eventName":"PutBucketPolicy","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::111122223333:assumed-role/terraform-ci/gha-run-88214"},"sourceIPAddress":"github-actions.amazonaws.com","eventTime":"2024-06-10T22:14:08Z"}
```""",
    """redis-cli INFO memory, should I worry about fragmentation?

```
used_memory_human:2.41G
used_memory_rss_human:3.87G
mem_fragmentation_ratio:1.61
maxmemory_policy:allkeys-lru
```""",
    """docker-compose for local dev, placeholders only. does the healthcheck look ok?

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
```""",
    """Go panic in production, which goroutine is the culprit?

```
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8f2c41]

goroutine 8821 [running]:
github.com/acme/router/internal/cache.(*Store).Get(0x0, {0xc000a12340, 0x24})
	/go/src/github.com/acme/router/internal/cache/store.go:57 +0x21
```""",
    """what's the difference between these two cron lines?

```
*/15 * * * * /usr/local/bin/rotate-logs.sh
0,15,30,45 * * * * /usr/local/bin/rotate-logs.sh
```
and why did the job run twice at 10:15 yesterday?""",
    """Datadog monitor query, does this alert when p99 > 500ms for 5 minutes?

```
avg(last_5m):p99:trace.http.request.duration{service:checkout-api,env:prod} > 0.5
```""",
    """Renovate opened 40 PRs at once. config:

```json
{"extends":["config:recommended"],"schedule":["before 6am on monday"],"prConcurrentLimit":0}
```""",
    """kubectl describe pod, ImagePullBackOff:

```
Events:
  Warning  Failed   12s  kubelet  Failed to pull image "registry.acme.internal/api:2.14.4": rpc error: code = NotFound desc = manifest unknown
  Normal   BackOff  11s  kubelet  Back-off pulling image "registry.acme.internal/api:2.14.4"
```""",
    """ansible playbook run output, why "changed" every time?

```
TASK [nginx : template config] ***
changed: [web1.prod]
changed: [web2.prod]
PLAY RECAP ***
web1.prod : ok=12 changed=1 unreachable=0 failed=0
```""",
    """the JVM keeps doing full GCs, here's the gc log excerpt:

```
[2024-06-11T09:12:44.118+0000][gc] GC(1841) Pause Full (G1 Compaction Pause) 3891M->3702M(4096M) 2214.551ms
[2024-06-11T09:12:51.020+0000][gc] GC(1842) Pause Young (Normal) (G1 Evacuation Pause) 3790M->3712M(4096M) 18.204ms
```""",
    """vault policy for our CI role, too broad?

```hcl
path "secret/data/ci/*" {
  capabilities = ["read", "list"]
}
path "secret/data/*" {
  capabilities = ["read"]
}
```""",
    """pip install error on alpine:

```
  error: command 'gcc' failed: No such file or directory
  note: This error originates from a subprocess, and is likely not a problem with pip.
  ERROR: Failed building wheel for psycopg2
```""",
    """load balancer access log summary, is the 499 rate normal?

```
status  count
200     1840213
301     22041
499     8821
502     117
```""",
    """Prometheus rule, alert fires on every deploy:

```yaml
- alert: HighErrorRate
  expr: sum(rate(http_requests_total{status=~"5.."}[1m])) / sum(rate(http_requests_total[1m])) > 0.05
  for: 0m
```""",
    """npm audit output, which of these actually matter for a static site?

```
lodash  <4.17.21  Severity: high  Prototype Pollution  fix available via `npm audit fix`
postcss  <8.4.31  Severity: moderate  Line return parsing error
```""",
    """ssh config for our bastion setup, placeholders in the README. clear enough?

```
Host bastion
  HostName bastion.example.com
  User <your-username>
  IdentityFile ~/.ssh/id_ed25519
Host 10.0.*
  ProxyJump bastion
```""",
    """the pipeline summary from last night:

```
pipeline #20417  main  9f1e2a7b  passed   12m 31s
pipeline #20418  main  3c4d5e6f  failed   4m 02s   (job: integration-tests, runner: ci-runner-02)
pipeline #20419  main  3c4d5e6f  passed   13m 10s  (retry)
```
flaky test or infra?""",
    """traceback from Django's migrate:

```
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
django.db.utils.ProgrammingError: relation "shop_product" already exists
```""",
    """Windows build agent path issue:

```
error MSB3073: The command "xcopy /y "C:\\agent\\_work\\3\\s\\bin\\Release\\*.dll" "C:\\agent\\_work\\3\\a\\"" exited with code 4.
```""",
    """our status page JSON, is `degraded` a valid component status for Statuspage?

```json
{"components":[{"name":"API","status":"operational"},{"name":"Webhooks","status":"degraded"},{"name":"Dashboard","status":"operational"}]}
```""",
    """openssl s_client shows this, is the chain incomplete?

```
depth=0 CN = api.example.com
verify error:num=20:unable to get local issuer certificate
Certificate chain
 0 s:CN = api.example.com
   i:C = US, O = Let's Encrypt, CN = R3
```""",
]

NATIONAL_IDS = {
    "12058948169": fodselsnummer_ok,  # Norwegian fødselsnummer
    "04069422727": fodselsnummer_ok,
    "47192830658": steuer_id_ok,  # German tax id
    "8264137W": pps_ok,  # Irish PPS number
    "6371942G": pps_ok,
    "2961112304576": cnp_ok,  # Romanian CNP
    "1850627403819": cnp_ok,
    "88031415723": pesel_ok,  # Polish PESEL
    "538172460923": aadhaar_ok,  # Indian Aadhaar
    "682049173586": aadhaar_ok,
    "9053110517": rodne_cislo_ok,  # Czech rodné číslo
    "BNCGLI85M41F205B": codice_fiscale_ok,  # Italian codice fiscale
    "37218495694": kimlik_ok,  # Turkish kimlik
    "26194037158": kimlik_ok,
    "41830592754": kimlik_ok,
    "1404872369": kennitala_ok,  # Icelandic kennitala
    "485 219 736 9": nhs_ok,  # NHS number
    "292066938120433": nir_ok,  # French NIR
    "187037512041772": nir_ok,
    "950221-2481377": rrn_ok,  # Korean resident registration number
    "880913-1274636": rrn_ok,
    "871204-1538295": rrn_ok,
    "12038915349": luhn_len(11),  # Greek AMKA
    "8804175123089": luhn_len(13),  # South African id
    "9309220241083": luhn_len(13),
    "784-1987-4821936-1": luhn_len(15),  # Emirates id
    "48273916K": dni_ok,  # Spanish DNI
    "110105198807143053": china_id_ok,  # Chinese resident identity number
    "349.172.580-14": cpf_ok,  # Brazilian CPF
    "720.418.396-78": cpf_ok,
    "ZKP4277": nhi_ok,  # New Zealand NHI
    "3184209572": rnokpp_ok,  # Ukrainian RNOKPP
    "EE38904120271": isikukood_ok,  # Estonian isikukood
    "472819305624": my_number_ok,  # Japanese My Number
    "170384-417H": hetu_ok,  # Finnish henkilötunnus
    "020596A238S": hetu_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"(\+44 |0)?7700 900\d{3}",  # UK mobile drama range (also typed without the 0)
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1\d{3}55501\d{2}",
        r"(0|\+61 )491 570 \d{3}",  # Australian fictional mobiles
        r"\+61491570\d{3}",
        r"(0|\+33 )6 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"\+33 1 99 00 \d{2} \d{2}",
        r"(0|\+49 )30 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"8 \(9\d{2}\) \d{3}-\d{2}-\d{2}",  # Russia, domestic
        r"\+79\d{9}",
        r"519\d{8}",  # Peru, country code without the plus
        r"%2B48\d{9}",  # Poland, URL-encoded in a query string
        r"\+(?!1|33|44|49|61)\d{1,3} [\d ()-]+\d",  # no fiction range known
    )
]


def check_counts() -> None:
    """Each text within the word range; at least a fifth of the set with terse keys; every
    section's texts carry names, contacts or secrets as described."""
    pii = CODE + DATA + OPS + TERSE
    for marked in pii + CLEAN_CODE + CLEAN_DATA + CLEAN_OPS:
        if not WORDS[0] <= word_count(marked) <= WORDS[1]:
            raise SystemExit(f"{word_count(marked)} words in {marked[:60]!r}")
    terse = sum(bool(TERSE_KEY.search(strip_marks(t)[0])) for t in TERSE)
    if terse != len(TERSE) or len(TERSE) * 5 < len(pii):
        raise SystemExit(f"terse: {terse} of {len(TERSE)} texts with terse keys")
    kinds = [s["type"] for t in OPS for s in marked_spans(t)]
    if kinds.count("PASSWORD") < 15 or kinds.count("API_KEY") < 10:
        raise SystemExit("ops: too few passwords or keys")
    if kinds.count("IP_ADDRESS") < 15:
        raise SystemExit("ops: too few IPs")
    plain = " ".join(strip_marks(t)[0] for t in OPS)
    for word in ("/Users/", "C:\\Users\\", "/home/", "Author:", "dn: cn=", "ssh-ed25519", "Cron"):
        if word not in plain:
            raise SystemExit(f"ops: no {word!r}")
    types = {s["type"] for t in pii for s in marked_spans(t)}
    if types != {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY",
    }:  # fmt: skip
        raise SystemExit(f"types: {sorted(types)}")


def check_clean_texts() -> None:
    """Clean texts: no e-mail outside example domains and bot addresses, no IP outside
    loopback and private ranges."""
    clean = CLEAN_CODE + CLEAN_DATA + CLEAN_OPS
    for text in clean:
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", text):
            if not re.search(r"@(example\.(com|org)|users\.noreply\.github\.com)$", m[0]):
                raise SystemExit(f"clean: e-mail {m[0]!r}")
        for m in re.finditer(r"\b\d{1,3}(\.\d{1,3}){3}\b", text):
            if not m[0].startswith(("10.", "127.", "0.0.0.0")):
                raise SystemExit(f"clean: IP {m[0]!r}")


def main() -> None:
    sections = {
        "code": (CODE, 57),
        "data": (DATA, 51),
        "ops": (OPS, 66),
        "terse": (TERSE, 46),
        "clean code": (CLEAN_CODE, 35),
        "clean data": (CLEAN_DATA, 25),
        "clean ops": (CLEAN_OPS, 40),
    }
    pii = CODE + DATA + OPS + TERSE
    check_counts()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    check_clean_texts()
    build_sections(
        "blind42", HERE, sections, {"code", "data", "ops", "terse"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=[], lower_chat=0, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
