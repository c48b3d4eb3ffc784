# ruff: noqa: E501
"""A hundred-and-fourteenth blind privacy set: 220 texts with personal data and 100 clean
ones, on IT and office work (help desk tickets, on-call handovers, pasted logs and stack
traces, access requests, onboarding and offboarding, HR system exports, Slack and Teams
threads, meeting notes, CRM and spreadsheet snippets, config files with secrets).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) sent to a general assistant through a company gateway:
  drafting Slack, Teams and e-mail messages, letters and notices, summarising pasted
  handovers, tickets, logs, stack traces, threads and meeting notes, translating, fixing
  wording, reformatting CRM, spreadsheet and HR export rows, checking config files,
  calculating pay, leave, licences and refunds, asking advice. The first 30 are typed all
  in lower case (names, e-mails, usernames and codes too; shorthand and typos), the next 6
  are in German, Spanish, Polish, Russian, Greek and Arabic, the other 84 in ordinary
  English. Names of many origins, first names alone, surnames after titles, full names,
  nicknames, names that are ordinary words (Sunday, Brooklyn, Precious, Dev, Fern), names
  in Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari,
  Tamil, Thai, Georgian and Armenian script, many named in passing with no cue word;
* 100 one-person records (4 to 60 words) in the manner of presidio-research's synthetic
  sentences and Nannigalaxy-style records: prose, profile lines, pipe and comma rows,
  JSON, log lines and short letters, a name and one to four other values each (some
  names in Chinese, Bengali, Amharic, Japanese, Korean, Greek and Cyrillic script).

Usernames, logins, chat handles, account, customer, member, employee, payroll, policy,
badge and staff numbers and national ids are ID_NUMBER; passwords, passphrases, PINs,
door, alarm and key-safe codes and pre-shared keys PASSWORD; tokens and API keys API_KEY;
titles (Mr, Mrs, Ms, Dr, Professor, Pan) stay outside PERSON spans; an address span
runs from the first street line through the postcode and city as typed; ticket and
incident numbers, hostnames, companies, dates and public or fictional people are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench and Vicuna-style prompts (some naming historical or
fictional people: Ada Lovelace, Sherlock Holmes, Alan Turing, Grace Hopper, Captain
Picard, Hermione Granger, Frederick Taylor), 25 GSM8K-style word problems with fictional
first names, 25 MMLU-style items with options A to D and 25 health questions naming no
one; most on office and IT work.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113, 0117,
0131 and 0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98; Germany
030 23125 and 040 66969), some unseparated, and in each country's own layout elsewhere;
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from
documentation ranges; national ids with valid check digits (Indian Aadhaar, NHS number,
Dutch BSN, Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE, Finnish
henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC, Korean
resident registration number, Australian TFN and Medicare, Japanese My Number, Irish PPS,
French NIR, Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian
CNP, Chilean RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian
RNOKPP, German tax id, New Zealand NHI, Canadian SIN, Swedish personnummer, South African
id, Israeli teudat zehut, Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind114.py`` from the repository root; the output
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
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Pan|Pani|Herr|Frau|Mme|Sr|Sra)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "hey can u write a quick msg to [[PERSON|dave okonkwo]] saying his new laptop is ready for pickup at the 3rd floor it desk. temp pw is [[PASSWORD|brightcloud!42]] and he has to change it at first login",
    "summarise this handover pls: p1 on payroll db overnight, [[PERSON|priya]] restarted the replica at 02:10, still lagging ~40s. pager is with [[PERSON|tomasz]] today, mobile [[PHONE_NUMBER|07700900318]] if it gets worse",
    "pls unlock vpn acct [[ID_NUMBER|jli.contractor]] for [[PERSON|jun]] asap",
    "whats a polite way to tell [[PERSON|marguerite]] from finance i cant reset her password over the phone. she keeps ringing from [[PHONE_NUMBER|(415) 555-0162]] and getting cross",
    "translate to spanish pls: welcome [[PERSON|lucía fernández]], your employee number is [[ID_NUMBER|e-40772]] and your badge pin is [[PASSWORD|8163]]",
    "turn these into an onboarding checklist for [[PERSON|kwame asante]] starting mon: laptop, slack, jira, mailbox [[EMAIL_ADDRESS|kwame.asante@brightwater-logistics.com]], desk 4.12, side door code [[PASSWORD|2580#]]",
    "offboarding [[PERSON|gary]] on friday. need to disable [[ID_NUMBER|gmcbride]] in ad, forward his mail to [[EMAIL_ADDRESS|sophie.ng@tallyho-foods.co.uk]] and wipe his work phone. what order do i do this in",
    "my boss [[PERSON|ngozi]] wants 3 bullets from this ticket: user [[PERSON|bernard lefebvre]] cant print from home, vpn connects from [[IP_ADDRESS|198.51.100.23]] but the print server times out, reinstalled driver twice",
    "can u check my maths. [[PERSON|aroha]] worked 37.5h/wk at 28.40 an hour, left on the 19th of a 30 day month, how much is her final pay. payroll no is [[ID_NUMBER|pr-118204]]",
    "write a teams msg to [[PERSON|王磊]] telling him the sftp creds changed, user [[ID_NUMBER|wanglei_ftp]] pass [[PASSWORD|t1dal-basin-77]], and to delete the old ones from his notes",
    "pls tidy this up for the shared drive: wifi in the leeds office is brightwater-guest, password [[PASSWORD|kettle&crumpet2024]], ask [[PERSON|shirley]] on reception ([[PHONE_NUMBER|0113 496 0725]]) if it stops working",
    "need a short email to dr [[PERSON|hallorann]] saying the dictation software is renewed, her login stays [[ID_NUMBER|mhallorann]] and the new transcription api key for her plugin is [[API_KEY|dx7k4q9plm88ztv0wa3rjc2n]]",
    "rewrite nicer: [[PERSON|bongani]] u left ur laptop unlocked and the company card [[CREDIT_CARD|4539 1762 0481 5534]] on a sticky note next to it. next time i log it with hr",
    "how do i explain 2fa to my nan. she uses [[EMAIL_ADDRESS|maureen.tulloch1951@btinternet.com]] and her pin for the banking app is [[PASSWORD|3306]], shes scared she'll lose it",
    "sort by surname and make a table: [[PERSON|zainab haddad]] [[EMAIL_ADDRESS|zhaddad@corvid-analytics.com]], [[PERSON|oleksandr bondar]] [[EMAIL_ADDRESS|obondar@corvid-analytics.com]], [[PERSON|fern whitlock]] [[EMAIL_ADDRESS|fwhitlock@corvid-analytics.com]]",
    "quick q is it ok to email a users ssn to payroll. [[PERSON|deshawn]] sent me his [[US_SSN|412-73-8890]] on slack for the w-4 thing and i dont know what to do with it now",
    "convert to a jira ticket: access request - [[PERSON|mei-ling]] needs read access to the finance sharepoint, her account is [[ID_NUMBER|mchen04]], approver [[PERSON|rashid]]",
    "make this less angry pls: [[PERSON|kev]] for the 3rd time the jenkins admin pw changed to [[PASSWORD|gr4nite-otter-519]], stop pasting it in the channel",
    "write an out of office for me, back on the 14th, urgent stuff to [[PERSON|ines]] on [[PHONE_NUMBER|+351 912 448 307]] or [[EMAIL_ADDRESS|ines.carvalho@lumora.pt]]",
    "wat does this log mean: failed login for user [[ID_NUMBER|okafor.e]] from [[IP_ADDRESS|203.0.113.57]] reason=bad_password count=6. is [[PERSON|emeka]] getting hacked??",
    "help me word a reminder to [[PERSON|siobhan]] and [[PERSON|declan]] that timesheets close thurs 5pm, and that [[PERSON|declan]] still owes me his bank details for expenses",
    "calc pls: new starter [[PERSON|femi]] salary 41,500, pro rata from 11 march to 5 april. his ni number is [[ID_NUMBER|jt 48 27 91 c]] and pay goes to [[IBAN_CODE|nl24rabo0317264895]] for now",
    "draft a slack msg saying the 2nd floor printer now needs everyones own release pin, and if it jams call [[PERSON|bogdan]] on [[PHONE_NUMBER|020 7946 0382]] not me",
    "my login [[ID_NUMBER|rkaur_ops]] keeps locking, pw [[PASSWORD|m0nsoon.ledger]], why??",
    "translate into french for the paris office: [[PERSON|amélie]] your new work mobile is [[PHONE_NUMBER|06 39 98 41 27]] and your voicemail pin is [[PASSWORD|55190]]",
    "summarise meeting notes: attendees [[PERSON|hannah]], [[PERSON|yusuf]], [[PERSON|björn]]. agreed to move crm to the new tenant by q3. [[PERSON|yusuf]] to export contacts. [[PERSON|hannah]] owns comms. [[PERSON|björn]] out next wk",
    "is this config safe to post on the vendor forum?? db_pass=[[PASSWORD|fj3k9-lake-parade]] stripe_key=[[API_KEY|sk_live_7fq2mzx91lbt4wq0pd83nrky]] admin_email=[[EMAIL_ADDRESS|jsmolarek@pinefield.net]]",
    "my coworker [[PERSON|lwazi]] asked me to cover his on call sat. what do i ask him before he goes, he'll be at his cousins at [[STREET_ADDRESS|14 ridge rd, glenwood, durban 4001]] and only reachable on [[PHONE_NUMBER|+27 82 614 3390]]",
    "fix grammar: dear mr [[PERSON|sato]], we has received you request for delete your account [[ID_NUMBER|cst-0088213]] and it will be close within 30 day",
    "whats the best way to store the server room alarm code, rn its [[PASSWORD|6624]] written on a postit on [[PERSON|norma]]s monitor lol",
    # --- six other languages ---
    "Kannst du diese Nachricht an [[PERSON|Jürgen Weißmann]] freundlicher formulieren? „Ihr Zugang [[ID_NUMBER|jweissmann]] wurde gesperrt, weil Sie Ihr Passwort [[PASSWORD|Sommer2024!]] per Mail verschickt haben. Rufen Sie die IT unter [[PHONE_NUMBER|030 23125 604]] an.“",
    "¿Puedes resumir esto para el equipo? [[PERSON|Ximena Quispe]] pidió acceso al CRM el lunes; su número de empleada es [[ID_NUMBER|EMP-22871]] y su correo [[EMAIL_ADDRESS|xquispe@andesur.com.pe]]. [[PERSON|Ximena]] empieza en ventas el 3 de junio.",
    "Przetłumacz na angielski: Pan [[PERSON|Wojciech Kaczmarczyk]] prosi o zwrot kosztów delegacji na konto [[IBAN_CODE|PL23 1090 2763 0000 0001 9283 7465 11]], PESEL [[ID_NUMBER|92041783523]].",
    "Помоги написать письмо: [[PERSON|Ольга Смирнова]] увольняется в пятницу, нужно отключить её учётную запись [[ID_NUMBER|osmirnova]] и сменить код сейфа для ключей [[PASSWORD|4417]].",
    "Μπορείς να το μεταφράσεις στα αγγλικά; Ο [[PERSON|Γιώργος Παπαδάκης]] ξέχασε τον κωδικό του VPN. Το κινητό του είναι [[PHONE_NUMBER|+30 694 518 2273]] και το email [[EMAIL_ADDRESS|g.papadakis@kyma-shipping.gr]].",
    "اكتب رسالة قصيرة إلى [[PERSON|ليلى الحربي]] لإبلاغها أن حسابها [[ID_NUMBER|lalharbi]] أصبح جاهزاً وأن كلمة المرور المؤقتة هي [[PASSWORD|Najm#7731]] ويجب تغييرها اليوم",
    # --- English ---
    "Can you draft a handover note for tonight's on-call? Incidents: INC-4471 (mail queue backing up, restarted postfix at 21:40), INC-4473 ([[PERSON|Priyanka]]'s MFA device lost, issued a temp bypass). Next on call is [[PERSON|Callum Reid]], [[PHONE_NUMBER|+44 7700 900561]].",
    "Please summarise this stack trace for a non-technical manager: java.lang.IllegalStateException: Session expired for user [[EMAIL_ADDRESS|t.nakamura@hollowbrook.jp]] at com.hollowbrook.auth.SessionFilter.doFilter(SessionFilter.java:88). It happens every time [[PERSON|Takeshi]] opens the expenses page.",
    "Write a friendly Slack message to [[PERSON|Beatriz]] reminding her that her access to the payroll share ends on Friday unless Mr [[PERSON|Oyelaran]] approves the extension.",
    "I'm offboarding [[PERSON|Leopold Graf]] tomorrow. Checklist so far: disable account [[ID_NUMBER|lgraf]], revoke his GitHub token [[API_KEY|ghp_R8vLq2NxT5wZ0kPj7mYc3HdF9sBa1UeG4oKi]], collect laptop, change the cage door code from [[PASSWORD|1906]]. What am I missing?",
    "Our new hire [[PERSON|Saoirse Ní Bhriain]] needs her welcome email. Personal address is [[EMAIL_ADDRESS|saoirse.nibhriain@eircom.net]], start date 2 September, manager [[PERSON|Conor]]. Keep it warm but short.",
    "Translate this into German for the Munich team: [[PERSON|Anja]], your temporary password is [[PASSWORD|Lindenbaum-8842]]. Please log in before 9am and set your own.",
    "Help me work out overtime. [[PERSON|Rafael Moreno]] did 6 callouts this month at 2.5 hours each, paid at 1.5x of £19.20. His employee number is [[ID_NUMBER|100384]] if that matters for the form.",
    "Is it normal that the HR export has full SSNs in it? First row reads: [[PERSON|Tamika Joyner]], [[US_SSN|218-46-5307]], [[STREET_ADDRESS|4410 Birchwood Ave, Apt 3C, Columbus, OH 43214]]. Who should I tell?",
    "Make this access request sound more formal: need admin on the grafana box for a week to fix dashboards, my user is [[ID_NUMBER|h.mwangi]], my lead [[PERSON|Wanjiru]] already said yes",
    "Rewrite as meeting minutes: [[PERSON|Alba]] said budget's fine, [[PERSON|Dev]] and [[PERSON|Marcus]] disagreed on the ticketing tool, we'll trial Zendesk for a month. Action: [[PERSON|Alba]] emails the vendor.",
    "Write a reply to this ticket: 'Hi, it's [[PERSON|Rosalind]] in accounts, my Outlook keeps asking for my password. I've typed [[PASSWORD|Pembroke_1987]] like 10 times and it still says wrong.'",
    "Can you spot what's wrong with this .env before I commit it?\nDATABASE_URL=postgres://billing:[[PASSWORD|Qm7!vR2sLx]]@db.internal:5432/billing\nSENDGRID_KEY=[[API_KEY|SG.k3Jd8fLq0Rz2mN5tWv9YbA.x7Pq2Lc9Vn4Tg8Rk1Zs6Hd3Jf5Mw0Ey2Ub7Io4Ka9]]\nOWNER=[[EMAIL_ADDRESS|n.adeyemi@tessellate.io]]",
    "Pasted from the CRM, can you turn it into a call summary? Contact: [[PERSON|Henrietta Vos]] | Account no. [[ID_NUMBER|ACC-559120]] | Tel [[PHONE_NUMBER|+31 6 4172 9085]] | Notes: wants invoices sent to finance not to her, annoyed about the renewal price.",
    "How do I tell my team lead [[PERSON|Anand]] that I'm burnt out from being on call every other week without sounding like I'm complaining?",
    "Plan a leaving do for [[PERSON|Peggy]] from accounts, 30 people, budget £400, she retires after 31 years. Her husband [[PERSON|Alan]] wants it to be a surprise, his number is [[PHONE_NUMBER|0161 496 0832]].",
    "I need a polite email chasing [[PERSON|Oluwaseun Bakare]] for his signed NDA before we can give him repo access. His GitHub handle is [[ID_NUMBER|seun-bakare-dev]].",
    "Here's the Teams thread, can you summarise who owns what?\n[[PERSON|Kofi]]: I'll patch the file server tonight.\n[[PERSON|Ilse]]: I can't, dentist.\n[[PERSON|Kofi]]: fine, [[PERSON|Marek]] can cover the switch upgrade.\n[[PERSON|Marek]]: ok but only after 6.",
    "Our key safe at the Bristol depot uses [[PASSWORD|0417]] and I think half the drivers know it. Draft a notice saying it changes Monday and the new one comes from [[PERSON|Dorothy Pike]] in person only.",
    "What's a good passphrase policy? Like, is [[PASSWORD|correct-lantern-harbour-93]] strong enough for [[PERSON|Imran]]'s domain admin account or should we go longer?",
    "Work out how many licence seats we need: 142 staff, 18 leaving by June including [[PERSON|Fatou Diallo]] and [[PERSON|Pieter Jansen]], 25 new starters. Each seat is £7.50 a month. Yearly total?",
    "Rewrite this for the intranet: To request a new phone, email [[PERSON|Gwen]] at [[EMAIL_ADDRESS|gwen.price@harrowgate-council.gov.uk]] with your employee number (e.g. mine, [[ID_NUMBER|HGC-30917]]).",
    "Summarise this incident log for the weekly report: 09:12 alert disk 95% on fs02; 09:20 [[PERSON|Andrés]] cleared temp files; 09:45 user [[PERSON|Chiara Romano]] reports missing folder; 10:30 restored from snapshot. Root cause: cleanup script too aggressive.",
    "I got this and I think it's phishing: 'Dear [[PERSON|Vikram Joshi]], confirm your payroll details and enter your card [[CREDIT_CARD|5276 4109 3826 1747]] to receive your bonus.' The thing is the card number is actually mine?? How did they get it",
    "Write a note for the courier: deliver the monitor and docking station for [[PERSON|Isla Fraser]] to her home, [[STREET_ADDRESS|2/1, 55 Kelvinhaugh Street, Glasgow G3 8PX]], weekdays after 4pm, she works from home.",
    "Convert to a bulleted handover: firewall change approved by [[PERSON|Dmitri]]. Whitelisted home IP [[IP_ADDRESS|192.0.2.77]] for [[PERSON|Lena Hoffmann]] so she can reach the build server. Remove on 30 June.",
    "Please help me answer this ticket kindly. User [[PERSON|Mohammed Al-Rashidi]] wrote: 'my account [[ID_NUMBER|malrashidi]] shows someone else's calendar'. I think it's a delegation left over from [[PERSON|Farah]].",
    "Write a short apology to our Osaka client [[PERSON|山本 結衣]] for the delayed ticket, her direct line is [[PHONE_NUMBER|06-4862-1937]]. Formal tone, in English.",
    "Can you check this spreadsheet formula? =VLOOKUP(A2,Staff!A:F,4,FALSE) returns #N/A for [[PERSON|Jacinta Kerr]] even though her ID [[ID_NUMBER|S-20418]] is definitely there. Other names work fine.",
    "Help me message [[PERSON|Tiny]] (the big guy in warehouse IT, real name [[PERSON|Antonio Ferraro]]) that his scanner login [[ID_NUMBER|aferraro2]] expires Friday.",
    "Polite no to [[PERSON|김지훈]] asking for my MFA codes?",
    "Draft an email to the bank: please update the payroll account for our contractor [[PERSON|Nasrin Karimi]] to [[IBAN_CODE|DE65 5001 0517 0648 2917 35]], effective from the next run.",
    "How should I reply when [[PERSON|Grant]] from sales keeps asking for the CEO's personal mobile? He says he had it before, [[PHONE_NUMBER|07700900472]], and it just goes to voicemail.",
    "Write a Slack update: VPN outage resolved. Thanks to [[PERSON|Hyun-woo]] and [[PERSON|Grace]] for staying late. [[PERSON|Grace]] will write the post-mortem by Thursday.",
    "I'm filling in the background check form for our new hire. It wants his SSN and I have [[US_SSN|537-19-2264]] from [[PERSON|Malik Thompson]]'s W-4. Is it OK to put it in the shared tracker?",
    "Is it a bad idea to print the alarm code [[PASSWORD|3819]] on the sign by the back door? [[PERSON|Chidinma]] says everyone forgets it and the monitoring company keeps calling her at [[PHONE_NUMBER|0117 496 0294]].",
    "Write a short bio for the intranet: [[PERSON|Rangi Parata]] joins the service desk from Wellington, loves rugby and old synthesisers. Reach him at [[EMAIL_ADDRESS|rangi.parata@tuiwave.co.nz]].",
    "Reformat as a table with columns Name, Username, Team: [[PERSON|Hamid Sultani]] [[ID_NUMBER|hsultani]] Networks; [[PERSON|Yvette Mbeki]] [[ID_NUMBER|ymbeki]] Desktop; [[PERSON|Tadeusz Nowicki]] [[ID_NUMBER|tnowicki]] Identity",
    "Please turn this into a clear ticket description: the user [[PERSON|अनीता वर्मा]] says her laptop won't boot after the update and she needs it for the audit tomorrow morning.",
    "Thank-you note for [[PERSON|Sunday]], who fixed the boardroom projector.",
    "Summarise for me, access review Q2: [[PERSON|Theo]] still has admin on finance despite moving to marketing; [[PERSON|Precious]] has no MFA; [[PERSON|Rui]] logs in with [[PERSON|Dolores]]'s account [[ID_NUMBER|dcastillo]] at the front desk.",
    "Why does this YAML fail to parse?\nsmtp:\n  host: mail.marlowe-print.co.uk\n  user: [[EMAIL_ADDRESS|j.kowalczyk@marlowe-print.co.uk]]\n   password: [[PASSWORD|Wr0c!aw-Tram-14]]\n  port: 587",
    "Quick calculation: [[PERSON|Eilidh]] gets 25 days annual leave plus 8 bank holidays, works 3 days a week, started 1 April. How many days does she get this leave year? Her HR number is [[ID_NUMBER|P0049182]].",
    "Draft a message to [[PERSON|Amaru Condori]] in Lima that his laptop ships today to [[STREET_ADDRESS|Av. Arequipa 2450, Dpto. 702, Lince, Lima 15046]] and the courier will call him on [[PHONE_NUMBER|+51 987 214 560]] if they can't find the building.",
    "Improve this: Hi Mrs [[PERSON|Abernathy]], your policy [[ID_NUMBER|HX-7730492]] renewal failed because the card ending 4412 expired. Please call us to update.",
    "Write a welcome message in English for [[PERSON|נועה לוי]] who joins the Tel Aviv help desk on Sunday; her phone is [[PHONE_NUMBER|+972 54 381 2297]].",
    "We found this pasted in a public channel, how bad is it? 2024-05-14 08:31:07 INFO login ok user=[[ID_NUMBER|p.ramaswamy]] ip=[[IP_ADDRESS|203.0.113.188]] token=[[API_KEY|eyJhbGciOiJIUzI1NiJ9.dXNlcjpwcmFtYXN3YW15.Yk2LqP9xV7wQ]]",
    "Translate to Portuguese for our contractor in Recife: [[PERSON|Thiago]], we registered your CPF [[ID_NUMBER|371.904.826-87]] in the payroll system, please check your details on the portal.",
    "Help me reply to [[PERSON|周晓明]], he wants the staff Wi-Fi password for his visitors. Policy says guests get a daily code from reception, not the staff one.",
    "Can you make this onboarding email less robotic? Hi [[PERSON|Brooklyn]], Welcome! Your username is [[ID_NUMBER|bcarter]] and temporary password [[PASSWORD|Juniper!Fox8]]. Your manager is [[PERSON|Desmond]].",
    "I need to tell our insurer about a stolen laptop. It belonged to [[PERSON|Tendai Moyo]], employee [[ID_NUMBER|EMP-66120]], taken from his car outside [[STREET_ADDRESS|18 Jacaranda Crescent, Borrowdale, Harare]]. Draft the incident summary.",
    "Fix the tone of this Slack message: @[[ID_NUMBER|carmen.ortiz]] why is the shared mailbox full AGAIN, I asked you last week",
    "What should go in a handover for [[PERSON|Ayesha Siddiqui]], who takes over the Azure subscription while I'm on parental leave? She'll need the break-glass account [[ID_NUMBER|bg-admin-ayesha]] and its password [[PASSWORD|Saffron&Tide#2031]].",
    "Work out the cost: [[PERSON|Yosef]] and [[PERSON|Bronwyn]] need Adobe licences at $54.99/month and [[PERSON|Yosef]] also needs Visio at $15. Annual total?",
    "Turn this into a polite reminder: expenses for [[PERSON|Matteo Bianchi]] bounced, the bank says IBAN [[IBAN_CODE|IT22 X030 6909 6061 0000 0147 295]] is closed, please send a new one by Friday.",
    "Draft a Teams post: please welcome [[PERSON|Ngo Thi Lan]] to the service desk! She's on the early shift and you can reach her at [[EMAIL_ADDRESS|lan.ngo@meridianfreight.com]].",
    "My manager asked me to write up what happened: I left my badge at home, [[PERSON|Roberto]] from security let me in with his own code [[PASSWORD|774411]] and now he's in trouble. How do I word it so he isn't blamed?",
    "Check my Python? It prints the wrong email.\nusers = {'[[PERSON|Kalani]]': '[[EMAIL_ADDRESS|kalani.kahale@pualani-tech.com]]', '[[PERSON|Noor]]': '[[EMAIL_ADDRESS|noor.hassan@pualani-tech.com]]'}\nprint(users['[[PERSON|Noor]]'])",
    "Please help me write a short thank-you card in English to [[PERSON|สมชาย ใจดี]] from the Bangkok office, who fixed our video conferencing right before the board meeting.",
    "Someone posted an API key in #general: [[API_KEY|AIzaSyD4kL9-qPz7Xw2mRt8vYb3NcF6hJe1GsU0]]. It belongs to [[PERSON|Ruth Okeke]]'s maps project. What steps do I take?",
    "Rewrite my notes as a proper access request: give [[PERSON|Fernando]] rights to the HR folder, read only, ask Ms [[PERSON|Lindqvist]] to sign off, his login is [[ID_NUMBER|fsilva]]",
    "Calculate the refund: customer [[PERSON|Gabrielle Tremblay]], account [[ID_NUMBER|CU-884217]], paid $1,188 for an annual plan with card [[CREDIT_CARD|4173225809166438]] and cancelled after 4 months and 10 days.",
    "Write a voicemail script for our after-hours line telling people to call [[PERSON|Jonas]] on [[PHONE_NUMBER|+49 30 23125 719]] for P1s only, everything else goes to the portal.",
    "Can you write a short congratulations message to [[PERSON|ნინო ბერიძე]] on passing her Azure certification? Under 40 words.",
    "Reference for [[PERSON|Kaito]], ex-helpdesk, reliable. 100 words.",
    "Our travel card got declined for [[PERSON|Shreya Patel]]'s hotel booking. The card is [[CREDIT_CARD|4928 0671 5338 4607]], expiry 09/27. Draft an email to the card team asking why.",
    "Summarise this email chain: [[PERSON|Ahmed]] asked for a new monitor, [[PERSON|Colette]] said no budget, [[PERSON|Ahmed]] escalated to [[PERSON|Pauline Dubois]], who approved it. Delivered to [[STREET_ADDRESS|12 rue des Tanneurs, 69002 Lyon]] for his home office.",
    "Draft an apology to [[PERSON|Ezinne]] because her timesheet login [[ID_NUMBER|ezinne.o]] was deleted by mistake during the account clean-up last night.",
    "Ticket title: [[PERSON|Արամ Պետրոսյան]] needs VPN access",
    "My HR system export looks broken, can you tell which column is which?\n[[PERSON|Sinéad Byrne]];[[ID_NUMBER|3816402U]];[[IBAN_CODE|IE33 BOFI 9000 1738 4629 15]];[[PHONE_NUMBER|+353 87 614 2290]]",
    "What's the best way to share the break-room door code [[PASSWORD|1357*]] with new starters without emailing it? [[PERSON|Maeve]] suggested a sticker, I don't love that.",
    "Can you make this tech bio sound more natural: [[PERSON|Olamide Ogunleye]] has 6 years in infrastructure, AWS certified, contact [[EMAIL_ADDRESS|olamide@ogunleye.dev]].",
    "Please draft a formal warning letter: [[PERSON|Craig Dunmore]] used the shared admin password [[PASSWORD|Admin@Harbour99]] to open the salary spreadsheet without permission.",
    "Write a birthday message from the team to [[PERSON|கார்த்திக் ராஜா]], our network engineer in Chennai. Funny but work-safe.",
    "How do I politely ask Professor [[PERSON|Quinn]] to stop forwarding student emails to his personal address [[EMAIL_ADDRESS|pquinn1962@gmail.com]]?",
    "Help: our SSO log shows [[PERSON|Aleksander]] logged in from [[IP_ADDRESS|2001:db8:4a2::17]] at 3am while he was on a plane. Draft a message to security.",
    "Write a gentle message to [[PERSON|Kerry-Ann]] saying the occupational health form rejected the NHS number she gave us, [[ID_NUMBER|721 604 9357]], and asking her to double-check it.",
    "Make a to-do list from this: call [[PERSON|Gustavo]] about the CRM import, reset [[PERSON|Leilani]]'s PIN (new one [[PASSWORD|2468]]), order toner, chase Mr [[PERSON|Osei]] for the signed contract.",
    "Please write a short message in English to [[PERSON|سارا محمدی]] asking her to bring her passport on her first day for the right-to-work check.",
    "Calculate what we owe [[PERSON|Jae-won Lim]] for 14 days of contracting at ₩520,000 per day minus 3.3% withholding. His resident registration number is [[ID_NUMBER|910322-2418734]] if the invoice needs it.",
    "Unlock [[ID_NUMBER|oyinda.a]] please",
    "I'm drafting a data request response. The requester is [[PERSON|Harriet Langley]], [[STREET_ADDRESS|Flat 4, 27 Marlborough Road, Oxford OX1 4LW]], customer number [[ID_NUMBER|LN-402281]]. What do I need to send within a month?",
    "Turn into a calendar invite: 1:1 with Dr [[PERSON|Mensah]] on Tuesday at 10 about the laptop refresh, her mobile if the link fails is [[PHONE_NUMBER|3125550138]].",
    "Can you explain this error? 'Permission denied (publickey) for [[ID_NUMBER|deploy-mnakashima]]@build01'. [[PERSON|Mina]] says it worked yesterday.",
    "Write a short status update for the client: the issue reported by [[PERSON|Олена Коваль]] ([[EMAIL_ADDRESS|o.koval@dniprosoft.ua]]) is fixed in build 4.2.1.",
]

# 100 one-person records in the manner of presidio-research and Nannigalaxy-style data.
RECORDS = [
    "[[PERSON|Evelyn Marsh]] from the accounts team can be reached at [[EMAIL_ADDRESS|evelyn.marsh@fenwick-partners.co.uk]] or on [[PHONE_NUMBER|020 7946 0815]].",
    "Employee: [[PERSON|Raúl Domínguez]] | ID: [[ID_NUMBER|EMP-73014]] | DNI: [[ID_NUMBER|71829346R]] | Dept: Logistics",
    "name, employee_id, email, start_date\n[[PERSON|Chen Jiayi]], [[ID_NUMBER|E20931]], [[EMAIL_ADDRESS|jiayi.chen@hexaport.cn]], 2024-03-11",
    '{"user": "[[ID_NUMBER|akowalski]]", "full_name": "[[PERSON|Agnieszka Kowalski]]", "phone": "[[PHONE_NUMBER|+48 512 384 907]]", "role": "helpdesk"}',
    "2024-06-02T14:22:51Z WARN auth: 5 failed attempts for [[EMAIL_ADDRESS|b.hartmann@quellwerk.de]] from [[IP_ADDRESS|198.51.100.64]], account locked (owner [[PERSON|Bernd Hartmann]])",
    "Dear Ms [[PERSON|Achterberg]], your new staff card PIN is [[PASSWORD|4096]]. Please collect the card from reception. Kind regards, Facilities",
    "[[PERSON|Kiran Bhatt]]'s Aadhaar number [[ID_NUMBER|6293 4817 3058]] was uploaded to the onboarding portal on Tuesday.",
    "Please ship the replacement headset to [[PERSON|Ji-ho Park]], [[STREET_ADDRESS|Apt 1203, 45 Teheran-ro 8-gil, Gangnam-gu, Seoul 06236]].",
    "Contractor [[PERSON|Lars Eriksson]] invoices to [[IBAN_CODE|SE51 5000 0000 0582 6193 4722]]; personnummer [[ID_NUMBER|930417-2837]].",
    "Ticket #58231 opened by [[PERSON|Fatima Zahra Benali]] ([[EMAIL_ADDRESS|fz.benali@atlasmed.ma]]): Outlook crashes on launch.",
    "[[PERSON|Connor Walsh]], payroll no. [[ID_NUMBER|PAY-009812]], SSN [[US_SSN|604-38-1175]], Denver office.",
    "Username [[ID_NUMBER|mpetrovic]] belongs to [[PERSON|Milica Petrović]]; her password was reset to [[PASSWORD|Dunav!River62]] on 3 May.",
    "[[PERSON|Howard Bellamy]] holds corporate card [[CREDIT_CARD|5352 1986 4407 7310]], limit £5,000, cost centre 4410.",
    "Meeting notes, 12 June: [[PERSON|Esperanza]] to migrate the shared calendars; contact her on [[PHONE_NUMBER|+52 55 4418 2093]] while she is in Mexico City.",
    "On-call: [[PERSON|Declan Murphy]] | mobile [[PHONE_NUMBER|+353 86 209 4417]] | backup [[PHONE_NUMBER|+353 87 553 0182]]",
    "New starter [[PERSON|刘洋]] (employee no. [[ID_NUMBER|HX-20871]]) can be reached at [[EMAIL_ADDRESS|liuyang@hexaport.cn]].",
    "Resident ID [[ID_NUMBER|110108198706243513]] was recorded for [[PERSON|Zhang Wei]] during the Beijing office onboarding.",
    "[[PERSON|Olivia Brennan]] | Customer No. [[ID_NUMBER|CRM-0041178]] | [[STREET_ADDRESS|88 Harbour View Rd, Mosman NSW 2088]] | [[PHONE_NUMBER|0491 570 318]]",
    "Hi [[PERSON|Tobias]], your Wi-Fi certificate password is [[PASSWORD|Kastanie-3390]]. Do not share it. – IT",
    "[[PERSON|Ama Owusu]] was born in Kumasi and now works as a systems analyst; her work mobile is [[PHONE_NUMBER|+233 24 418 7720]].",
    "Access granted: [[ID_NUMBER|rnair]] ([[PERSON|Rohan Nair]]) added to group FIN-READ, approved by line manager.",
    "Policy holder [[PERSON|Marjorie Ellison]], policy number [[ID_NUMBER|PLH-5520917]], lives at [[STREET_ADDRESS|731 Sycamore Lane, Athens, GA 30606]].",
    "API key [[API_KEY|AKIA4R7TQ2WZX9LMPB3D]] was created by [[PERSON|Nikhil Rao]] for the backup job and never rotated.",
    '{"employee": "[[PERSON|Inés Ruiz]]", "nie": "[[ID_NUMBER|Y4829173S]]", "iban": "[[IBAN_CODE|ES74 2100 0813 4102 0193 7746]]"}',
    "Exit interview for [[PERSON|Paolo Greco]] is booked; his final payslip goes to [[EMAIL_ADDRESS|paolo.greco.personal@libero.it]].",
    "[[PERSON|Aisha Bello]] — NIN [[ID_NUMBER|48201937562]] — [[PHONE_NUMBER|+234 803 771 2094]] — Lagos",
    "sshd[2231]: Accepted publickey for [[ID_NUMBER|hkaur]] from [[IP_ADDRESS|203.0.113.41]] port 52218 ssh2 ([[PERSON|Harpreet Kaur]]'s laptop)",
    "Dr [[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|12059147356]], requests remote access from home.",
    "Please reset the voicemail PIN for [[PERSON|Marvin Oduya]] to [[PASSWORD|808172]]; he has moved to the Nairobi office, mobile [[PHONE_NUMBER|+254 722 418 306]].",
    "Name: [[PERSON|Hélène Marchand]]\nNIR: [[ID_NUMBER|2 91 07 75 116 238 92]]\nTel: [[PHONE_NUMBER|+33 6 39 98 20 74]]",
    "[[PERSON|Yaw Mensah-Bonsu]] requested a parking permit; contact him at [[EMAIL_ADDRESS|yaw.mb@kente-labs.com]].",
    "Customer [[PERSON|Lorraine Fitzgerald]] (member no. [[ID_NUMBER|M-7724019]]) paid with card [[CREDIT_CARD|3742 861930 54726]].",
    "[[PERSON|Bogdan Ionescu]], CNP [[ID_NUMBER|1960312407183]], joins the Cluj service desk on 1 July.",
    "The alarm code for the Rotterdam archive room was changed to [[PASSWORD|7202]] by [[PERSON|Sanne de Vries]] on Friday.",
    "BSN [[ID_NUMBER|173926484]] belongs to [[PERSON|Joost van Dijk]], who starts in the Utrecht team next month.",
    "[[PERSON|Katarzyna Wróbel]] | login [[ID_NUMBER|kwrobel]] | [[EMAIL_ADDRESS|katarzyna.wrobel@wislatech.pl]] | team: Service Desk",
    "Ship laptop to: [[PERSON|Emmanuel Okoro]], [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104]], [[PHONE_NUMBER|+234 809 552 1187]]",
    "Hello [[PERSON|Selin]], your kimlik number [[ID_NUMBER|28471930510]] has been added to the payroll record. Best, HR",
    "[[PERSON|Matías Rojas]] RUT [[ID_NUMBER|17.482.913-6]] Santiago office, mobile [[PHONE_NUMBER|+56 9 8417 2260]]",
    "Key-safe code for the Leeds flat used by visiting engineers is [[PASSWORD|3142]]; ask [[PERSON|Wendy Ashworth]] before handing it out.",
    "2024-07-19 11:02 audit: user [[ID_NUMBER|stakahashi]] ([[PERSON|Sora Takahashi]]) exported 4,210 CRM contacts to CSV",
    "[[PERSON|Ivana Horvat]], IBAN [[IBAN_CODE|HR21 2340 0091 1019 2837 465]], expenses approved 14 June.",
    "Employee [[PERSON|Laila Ahmadi]] was issued token [[API_KEY|xoxb-5821937460-7719204638-Hq3LmX9vTz2PkR8wYc4Nd1Bf]] for the Slack bot; revoke it when she leaves.",
    "[[PERSON|Eleni Georgiou]], AMKA [[ID_NUMBER|12038824715]], Athens office, [[PHONE_NUMBER|+30 697 204 8813]]",
    "Dear [[PERSON|Bashir]], the door code for the fifth-floor comms room is now [[PASSWORD|5C-2219]]. Regards, Building Services",
    "[[PERSON|Amélie Girard]] lives at [[STREET_ADDRESS|14 avenue Jean Jaurès, 31000 Toulouse]] and uses the login [[ID_NUMBER|agirard]].",
    "name, phone, city\n[[PERSON|Thandiwe Nkosi]], [[PHONE_NUMBER|+27 71 338 5024]], Johannesburg",
    "[[PERSON|Mathieu Gagnon]], SIN [[ID_NUMBER|592 418 636]], Montréal, [[PHONE_NUMBER|(514) 555-0176]]",
    "The VPN profile for [[PERSON|Liam O'Sullivan]] uses the pre-shared key [[PASSWORD|Bl4ckr0ck#Quay]] and static IP [[IP_ADDRESS|192.0.2.219]].",
    "[[PERSON|Noa Shapira]] — teudat zehut [[ID_NUMBER|034817262]] — [[EMAIL_ADDRESS|noa.shapira@gilboa-sys.co.il]]",
    "[[PERSON|Chukwuemeka]] forgot the alarm PIN again; it is [[PASSWORD|1984]] and the monitoring company has called him twice this week.",
    "[[PERSON|Sara Marotta]], codice fiscale [[ID_NUMBER|MRTSRA88C52L219Z]], starts in the Turin office on Monday.",
    "[[PERSON|Mehmet Yılmaz]] | [[EMAIL_ADDRESS|mehmet.yilmaz@bosfor-yazilim.com.tr]] | [[PHONE_NUMBER|+90 532 418 7306]]",
    "Contact card: [[PERSON|Siosaia Tupou]], field technician, [[PHONE_NUMBER|+64 21 448 9017]], [[EMAIL_ADDRESS|siosaia.t@kiwilink.co.nz]].",
    "[[PERSON|Rebecca Stein]] asked for her SSN [[US_SSN|318-62-4409]] to be removed from the old benefits spreadsheet.",
    "[[PERSON|Pham Minh Chau]] updated her bank details to [[IBAN_CODE|GB37 LOYD 3096 2147 3850 16]] through the HR portal.",
    "Badge [[ID_NUMBER|B-004719]] was issued to [[PERSON|Arjun Mehta]] with door PIN [[PASSWORD|2207]].",
    "[[PERSON|Ana Beatriz Costa]] | CPF [[ID_NUMBER|529.163.084-15]] | [[EMAIL_ADDRESS|anabeatriz.costa@uol.com.br]]",
    "ERROR 2024-08-01 09:13:44 mailer: bounce for [[EMAIL_ADDRESS|k.oyelaran@oakmere-legal.com]] (recipient [[PERSON|Kehinde Oyelaran]]) mailbox full",
    "Dear [[PERSON|Hamza]], welcome to Greyfield! Your network username is [[ID_NUMBER|hyousef]] and your first-day password is [[PASSWORD|Greyfield-Welcome-4471]]. See you Monday.",
    "Payroll record: [[PERSON|Aoife Kavanagh]], PPS [[ID_NUMBER|7205318K]], Cork branch, [[PHONE_NUMBER|+353 85 117 4092]].",
    "[[PERSON|Marcus Lindgren]] (Stockholm) – mobile [[PHONE_NUMBER|+46 70 418 22 95]]",
    "Home address for [[PERSON|Fiona McLeod]]: [[STREET_ADDRESS|3 Thistle Court, Inverness IV2 4RB]]. Tel [[PHONE_NUMBER|0131 496 0558]].",
    "[[PERSON|Diego Alvarez]] paid the training invoice with [[CREDIT_CARD|6011 3582 0947 2618]]; the receipt went to [[EMAIL_ADDRESS|dalvarez@sierraverde.mx]].",
    "[[PERSON|রাহুল দাস]] joined the Dhaka support team; his work number is [[PHONE_NUMBER|+880 1711 482 906]].",
    "[[PERSON|አበበ በቀለ]], employee ID [[ID_NUMBER|ET-3092]], Addis Ababa office.",
    "[[PERSON|鈴木 大輔]] — My Number [[ID_NUMBER|7302 8164 9521]] — Tokyo HQ",
    "[[PERSON|이서연]] works in the Busan office; mobile [[PHONE_NUMBER|010-4827-1395]].",
    "[[PERSON|Μαρία Κωνσταντίνου]], email [[EMAIL_ADDRESS|m.konstantinou@aigaio-tech.gr]], finance team",
    "[[PERSON|Дмитрий Волков]] requested a new YubiKey; username [[ID_NUMBER|dvolkov]].",
    "INFO sso: new device registered for [[EMAIL_ADDRESS|ptran@copperleaf.io]] ([[PERSON|Phuong Tran]]) ip=[[IP_ADDRESS|198.51.100.142]]",
    "[[PERSON|Magnus Þórsson]], kennitala [[ID_NUMBER|120785-0289]], Reykjavík office.",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49008132714]], Tallinn, [[PHONE_NUMBER|+372 5348 2170]]",
    "[[PERSON|Petra Nováková]], rodné číslo [[ID_NUMBER|875613/4827]], Brno branch.",
    "[[PERSON|Andriy Melnyk]] | RNOKPP [[ID_NUMBER|3182746591]] | Kyiv | [[EMAIL_ADDRESS|a.melnyk@dniprosoft.ua]]",
    "[[PERSON|Jana Becker]] | Steuer-ID [[ID_NUMBER|47193826056]] | [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]]",
    "[[PERSON|Wiremu Ngata]], NHI [[ID_NUMBER|ZKT4813]], clinic staff account [[ID_NUMBER|wngata]], Rotorua.",
    "[[PERSON|Hugo Peeters]], national number [[ID_NUMBER|84.11.23-417.55]], Gent office.",
    "[[PERSON|Tiago Ferreira]], NIF [[ID_NUMBER|274619385]], [[STREET_ADDRESS|Rua de Santa Catarina 312, 4000-447 Porto]]",
    "[[PERSON|Siddharth Iyer]], Aadhaar [[ID_NUMBER|3815 9062 4713]], Bengaluru, phone [[PHONE_NUMBER|+91 98450 21736]]",
    "[[PERSON|Tanvir Hussain]], NHS number [[ID_NUMBER|483 210 7763]], was referred to occupational health.",
    "[[PERSON|Johanna Virtanen]], henkilötunnus [[ID_NUMBER|240589-318R]], Helsinki office.",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S9127463I]], [[STREET_ADDRESS|Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412]]",
    "[[PERSON|Charlotte Nguyen]], TFN [[ID_NUMBER|531 728 461]], Medicare [[ID_NUMBER|2953 17605 0]], [[PHONE_NUMBER|0491 570 662]]",
    "[[PERSON|Sipho Dlamini]], ID number [[ID_NUMBER|9106285741084]], Durban depot.",
    "[[PERSON|Jamal Carter]], SSN [[US_SSN|447-21-9083]], [[STREET_ADDRESS|1209 Magnolia St, Houston, TX 77004]]",
    "[[PERSON|Brigid Doyle]] replaced her Jira API token with [[API_KEY|ATATT3xFfGF0kP9qL2mZ7vR4tW8yB1nC6dH3jK5sX0eU]].",
    "[[PERSON|Osagie Igbinedion]] reset his account; the new passphrase is [[PASSWORD|yam-festival-benin-88]].",
    "Meeting attendee: [[PERSON|Ruby Chowdhury]] ([[EMAIL_ADDRESS|ruby.c@lanternhq.com]]), Facilities.",
    "[[PERSON|Kristóf Nagy]], bank account [[IBAN_CODE|HU25 1177 3016 1928 3746 0000 0000]], Budapest",
    "[[PERSON|Zuzana Kováčová]], IBAN [[IBAN_CODE|SK59 0900 0000 0019 2837 4655]], Bratislava",
    "[[PERSON|Andreas Huber]], [[STREET_ADDRESS|Mariahilfer Straße 88/3/12, 1070 Wien]], IBAN [[IBAN_CODE|AT23 2011 1829 3746 5102]]",
    "[[PERSON|Nadia Benhamou]] — [[PHONE_NUMBER|+33 6 39 98 57 10]] — [[EMAIL_ADDRESS|nadia.benhamou@orange.fr]]",
    "From the CRM: [[PERSON|Cormac Quigley]], account [[ID_NUMBER|ACCT-20018842]], phone [[PHONE_NUMBER|+44 20 7946 0371]], prefers email.",
    "[[PERSON|Lakshmi Venkatesan]] logged in as [[ID_NUMBER|lvenkat]] with the temporary password [[PASSWORD|Chai&Rain2025]].",
    "Impossible-travel alert: [[PERSON|Felipe Santos]] signed in from [[IP_ADDRESS|2001:db8:77::4c]] twenty minutes after a login in Porto Alegre.",
    "[[PERSON|Mariam Nasser]], badge PIN [[PASSWORD|0932]], employee [[ID_NUMBER|DXB-1182]], Dubai, [[PHONE_NUMBER|+971 50 284 1937]]",
    "[[PERSON|Thomas Brandt]] (emp. [[ID_NUMBER|DE-55307]]) desk phone [[PHONE_NUMBER|040 66969 214]]",
    "[[PERSON|Ebony Walker]] [[PHONE_NUMBER|(702) 555-0149]] [[EMAIL_ADDRESS|ebony.walker@desertpeak.com]] Las Vegas",
    "[[PERSON|黄美玲]] ([[PERSON|Huang Meiling]]) reset her VPN token; her staff number is [[ID_NUMBER|SZ-60214]].",
]

# 25 MT-Bench and Vicuna-style prompts, some naming historical or fictional people.
CLEAN_MTBENCH = [
    "Write a persuasive memo to staff explaining why we are moving from passwords to passkeys, in under 250 words.",
    "Compose a short story in which Sherlock Holmes investigates a missing server in a corporate data centre.",
    "Explain the difference between a hot site, a warm site and a cold site in disaster recovery, with one example each.",
    "Imagine you are Ada Lovelace reviewing a modern Python script. What would you find most surprising?",
    "Draft a template out-of-office reply for a help desk team that covers public holidays.",
    "What are the pros and cons of a four-day working week for an IT support team?",
    "Write a haiku about a printer that never works on Mondays.",
    "Role-play as a senior sysadmin mentoring a junior who has just deleted a production table. Give your first three sentences.",
    "Summarise the main ideas of Frederick Taylor's scientific management and how they show up in modern ticket metrics.",
    "Extract all the dates from this sentence: The audit starts on 3 March, the fieldwork ends on 21 March and the report is due on 4 April.",
    "Write a Python function that checks whether a string is a valid IPv4 address without using regular expressions.",
    "How would Captain Picard run a morning stand-up meeting? Answer in his voice.",
    "Compare Kanban and Scrum for a team that mostly handles support tickets.",
    "What might have happened if Alan Turing had been given modern cloud computing resources in 1945?",
    "Write a two-paragraph blog post about why meeting notes should list decisions separately from discussion.",
    "Give me five icebreaker questions for a remote team of twelve people across three time zones.",
    "Explain what a race condition is to someone who has never programmed, using a kitchen analogy.",
    "Pretend you are Hermione Granger organising a shared drive. How would you name the folders?",
    "Write a SQL query that returns the ten departments with the most open tickets, given tables tickets(id, dept_id, status) and departments(id, name).",
    "What are the ethical concerns of monitoring employee keystrokes?",
    "Write a limerick about a forgotten password.",
    "Describe a good first week for a new help desk analyst, day by day.",
    "Grace Hopper is often credited with popularising the word 'bug'. Tell the story briefly and explain why it still matters to engineers.",
    "Rewrite this sentence to be more concise: In the event that the system is experiencing downtime, users should proceed to contact the service desk by means of the telephone.",
    "Which is safer for a small office, one shared password-manager vault or individual vaults? Argue both sides.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Nadia's help desk closes 48 tickets on Monday and a quarter more on Tuesday. How many tickets does it close over the two days?",
    "A printer uses one toner cartridge every 2,500 pages. Tomas's office prints 340 pages a day, 5 days a week. How many cartridges does it need in 10 weeks?",
    "Keiko buys 14 keyboards at $23 each and 9 mice at $12 each. She has a $500 budget. How much money is left?",
    "An on-call rota has 6 engineers who each take one week in turn. If Femi takes the first week of the year, how many weeks will he be on call in a 52-week year?",
    "Priya types 62 words per minute. How many minutes does she need to type a 1,550-word report?",
    "A meeting room is booked for 75% of a 9-hour working day. Leo wants to know how many hours it is free over a 5-day week.",
    "Ravi's team migrates 120 mailboxes. They do 15 on the first day and 21 on each day after that. How many days do they need in total?",
    "Marta pays $18 per user per month for a CRM. Her team grows from 12 to 17 users in July. How much more does she pay over the last 6 months of the year than she would have with 12 users?",
    "A laptop costs £960 and loses 25% of its value each year. What is it worth after 2 years?",
    "Jonah's server has 2 TB of storage and is 40% full. Logs add 35 GB a week. How many full weeks pass before it is more than 90% full? (1 TB = 1,000 GB)",
    "Amara sends 3 reminder emails to each of 28 new starters and 2 to each of 9 leavers. How many emails does she send?",
    "A support contract covers 200 hours. Owen's company used 37 hours in January, 52 in February and 46 in March. What percentage of the hours remains?",
    "Sofia orders 4 pizzas with 8 slices each for 11 people working late on a deployment. If everyone gets the same whole number of slices, how many slices are left over?",
    "Lukas's team closes 7 tickets an hour while 2 new tickets arrive each hour. How many hours does it take to clear a backlog of 180 tickets?",
    "Chen buys 3 monitors at $189 each, gets a 10% discount on the total and then pays 8% tax on the discounted price. How much does he pay?",
    "An office has 4 floors with 36 desks each. On Fridays only a third of the desks are used. How many desks are empty on a Friday?",
    "Ines scans 45 paper files an hour and works 6.5 hours a day. How many days does she need to scan 1,200 files?",
    "Gabriel's VPN drops every 40 minutes. How many times does it drop during an 8-hour shift?",
    "A team of 5 shares a $1,200 training budget equally, but Hana's course costs $310. How much more than her share does she need?",
    "Dmitri needs 48 software licences in total. For every 12 licences he pays for, the vendor adds 1 free. What is the smallest number he must pay for?",
    "Yara prints 250 badges. 8% are misprinted and must be printed again. How many badges does she print in total?",
    "A chat channel gets 36 messages an hour from 9 to 5, except during the lunch hour when it gets half as many. How many messages does it get in a day?",
    "Ben works 37.5 hours a week and spends 20% of that time in meetings. How many hours outside meetings does he work in 4 weeks?",
    "Zara's spreadsheet has 1,440 rows. One sixth of them are duplicates, which she deletes, and she splits the rest equally across 4 tabs. How many rows go on each tab?",
    "A backup runs at 150 MB per second. How many minutes does it take to back up 243 GB? (1 GB = 1,000 MB)",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which protocol is used to send email between mail servers? A) SMTP B) SNMP C) FTP D) DHCP",
    "Under the principle of least privilege, users should be given: A) all permissions of their team B) only the access their job needs C) admin rights on their own laptop D) read access to everything",
    "Which RAID level provides mirroring without striping? A) RAID 0 B) RAID 1 C) RAID 5 D) RAID 10",
    "Under the GDPR, the normal deadline for answering a subject access request is: A) 72 hours B) one week C) one month D) six months",
    "Which of the following is an example of multi-factor authentication? A) a password and a PIN B) a password and a fingerprint C) two passwords D) a username and a password",
    "Herzberg's two-factor theory distinguishes motivators from: A) hygiene factors B) incentives C) needs D) drives",
    "What does DNS primarily do? A) assigns IP addresses B) translates domain names into IP addresses C) encrypts traffic D) routes email",
    "Which port does HTTPS use by default? A) 21 B) 80 C) 443 D) 8080",
    "In a spreadsheet, which function counts the non-empty cells in a range? A) SUM B) COUNTA C) COUNTBLANK D) LEN",
    "Which ITIL practice aims to restore normal service as quickly as possible? A) problem management B) change enablement C) incident management D) release management",
    "Phishing is best described as: A) malware that encrypts files B) a social-engineering attack using deceptive messages C) a denial-of-service attack D) a firewall misconfiguration",
    "Which of these is a private IPv4 range? A) 8.8.8.0/24 B) 172.16.0.0/12 C) 100.64.0.0/10 D) 224.0.0.0/4",
    "Tuckman's stages of group development, in order, are: A) forming, storming, norming, performing B) norming, forming, storming, performing C) storming, forming, performing, norming D) forming, norming, storming, adjourning",
    "A Gantt chart is mainly used to show: A) budget variance B) project tasks over time C) the organisational hierarchy D) risk likelihood",
    "Which Windows command shows the IP configuration? A) ifconfig B) ipconfig C) netstat -r D) ping",
    "Which of these is a symmetric encryption algorithm? A) RSA B) AES C) ECDSA D) Diffie-Hellman",
    "A service level agreement typically defines: A) the vendor's salary bands B) agreed service levels such as response times C) the office floor plan D) hardware serial numbers",
    "Which Git command makes a local copy of a remote repository? A) git init B) git clone C) git fork D) git pull",
    "Maslow placed which need at the base of his hierarchy? A) esteem B) safety C) physiological D) belonging",
    "What does the 'bus factor' of a team measure? A) network speed B) how many people could leave before a project stalls C) commuting time D) server uptime",
    "Which Unix octal permission gives the owner read and write and everyone else read only? A) 644 B) 755 C) 600 D) 777",
    "The Pareto principle suggests that: A) 80% of effects come from 20% of causes B) work expands to fill the time available C) people rise to their level of incompetence D) every system tends toward disorder",
    "What is the main purpose of a VLAN? A) to add disk space B) to segment a network logically C) to encrypt email D) to back up data",
    "Which law says that work expands to fill the time available for its completion? A) Moore's law B) Parkinson's law C) Conway's law D) Brooks's law",
    "In double-entry bookkeeping, every transaction affects at least: A) one account B) two accounts C) three accounts D) the cash account only",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "What exercises help with neck pain from sitting at a desk all day?",
    "How much screen time causes eye strain, and what is the 20-20-20 rule?",
    "Is it bad to drink four cups of coffee a day during night shifts?",
    "What are the early signs of repetitive strain injury in the wrists?",
    "How can on-call workers sleep better when alerts wake them up at night?",
    "Should I see a doctor about headaches that come every afternoon at work?",
    "What is the right height for a monitor to avoid back pain?",
    "Are standing desks actually better for health than sitting?",
    "What are the symptoms of burnout, and how is it different from depression?",
    "How long should I stay away from the office with a stomach bug?",
    "Is blue light from screens harmful to the eyes?",
    "What should be in a first-aid kit for a small office of 20 people?",
    "Can sitting for long periods raise the risk of blood clots?",
    "What helps with dry eyes in an air-conditioned office?",
    "How do I know whether my wrist pain is carpal tunnel syndrome?",
    "Is it safe to take ibuprofen every day for back pain?",
    "Which snacks can I keep at my desk that won't cause an energy crash?",
    "How much water should an adult drink during an eight-hour workday?",
    "What are the warning signs of a panic attack, and how can a colleague help?",
    "Does working night shifts increase the risk of type 2 diabetes?",
    "How can I reduce tinnitus after years of working in a loud server room?",
    "When is a cough contagious, and should I work from home with one?",
    "What stretches help with lower back stiffness after a long flight?",
    "What causes tiredness after lunch, and how can I avoid it?",
    "Is it normal for my eyelid to twitch when I'm stressed at work?",
]

NATIONAL_IDS = {
    "92041783523": pesel_ok,  # Polish PESEL
    "71829346R": dni_ok,  # Spanish DNI
    "Y4829173S": dni_ok,  # Spanish NIE
    "6293 4817 3058": aadhaar_ok,  # Indian Aadhaar
    "3815 9062 4713": aadhaar_ok,
    "721 604 9357": nhs_ok,  # NHS number
    "483 210 7763": nhs_ok,
    "173926484": bsn_ok,  # Dutch BSN
    "371.904.826-87": cpf_ok,  # Brazilian CPF
    "529.163.084-15": cpf_ok,
    "28471930510": kimlik_ok,  # Turkish kimlik
    "240589-318R": hetu_ok,  # Finnish henkilötunnus
    "MRTSRA88C52L219Z": codice_fiscale_ok,  # Italian codice fiscale
    "110108198706243513": china_id_ok,  # Chinese resident identity number
    "S9127463I": nric_ok,  # Singapore NRIC
    "910322-2418734": rrn_ok,  # Korean resident registration number
    "531 728 461": tfn_ok,  # Australian tax file number
    "2953 17605 0": medicare_ok,  # Australian Medicare
    "7302 8164 9521": my_number_ok,  # Japanese My Number
    "3816402U": pps_ok,  # Irish PPS number
    "7205318K": pps_ok,
    "2 91 07 75 116 238 92": nir_ok,  # French NIR
    "84.11.23-417.55": belgian_id_ok,  # Belgian national number
    "12059147356": fodselsnummer_ok,  # Norwegian fødselsnummer
    "274619385": nif_ok,  # Portuguese NIF
    "1960312407183": cnp_ok,  # Romanian CNP
    "17.482.913-6": rut_ok,  # Chilean RUT
    "49008132714": isikukood_ok,  # Estonian isikukood
    "120785-0289": kennitala_ok,  # Icelandic kennitala
    "875613/4827": rodne_cislo_ok,  # Czech rodné číslo
    "3182746591": rnokpp_ok,  # Ukrainian RNOKPP
    "47193826056": steuer_id_ok,  # German tax id
    "ZKT4813": nhi_ok,  # New Zealand NHI
    "592 418 636": luhn_len(9),  # Canadian SIN
    "930417-2837": luhn_len(10),  # Swedish personnummer
    "9106285741084": luhn_len(13),  # South African id
    "034817262": luhn_len(9),  # Israeli teudat zehut
    "12038824715": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, spaced or not
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"01(13|17|31|61) 496 0\d{3}",  # Leeds, Bristol, Edinburgh, Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same, unseparated
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"(\+33 6|06) 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 30 23125 \d{3}",
        r"040 66969 \d{3}",
        r"06-\d{4}-\d{4}",  # Japan, Osaka
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|30|31|46|48|51|52|56|64|90|91|233|234|254|351|353|372|880|971|972) [\d -]+\d",
    )
]

NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def check_mix() -> None:
    """The chat requests name people and carry secrets; every record names one person; at
    least fifteen names are written in a non-Latin script."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 25:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"records: no name in {marked[:60]!r}")
    names = {
        s["value"]
        for t in CHAT + RECORDS
        for s in marked_spans(t)
        if s["type"] == "PERSON" and NON_LATIN.search(s["value"])
    }
    if len(names) < 15:
        raise SystemExit(f"only {len(names)} names in non-Latin scripts")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"only {sorted(kinds)} among the types")
    plain = " ".join(strip_marks(t)[0] for t in CHAT[LOWER_CHAT + OTHER_LANGUAGES :])
    if plain == plain.lower():
        raise SystemExit("chat: the English texts are all lower case")


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
        "blind114", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
