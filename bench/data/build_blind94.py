# ruff: noqa: E501
"""Blind set 94: HR, recruiting, legal and housing chat requests, synthetic-benchmark records
and clean prompts, a held-out mix in the manner of a public privacy benchmark.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant asking it to draft, reply,
  translate, summarise, fix, plan, calculate or advise about CVs, cover letters, references,
  job offers, payslips and payroll, tribunals, court and solicitor letters, tenancies,
  deposits and landlord disputes and visa applications; the first 30 typed all in lower
  case, the next 6 in Spanish, French, German, Portuguese, Italian and Dutch, the rest in
  English with capitals. Names of many origins: first names alone, surnames after titles,
  full names, lower-case names, names with non-English letters, names that are ordinary
  words (Summer, Grace, Birch, Kiss, Pike) and a few in Cyrillic, Arabic, Devanagari and
  Chinese script;
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets
  (presidio-research's synthetic sentences, Nannigalaxy-style records): one invented person
  each with one to four values besides the name, as prose sentences, labelled profile lines,
  form and CSV rows, JSON and XML fragments, log lines and letters.

Usernames and logins, account, customer, client, staff, employee, patient and policy
numbers, badges, passports, residence permits, driver licences, national insurance numbers
and national or tax ids are ID_NUMBER; PINs, door, gate, bin-store, alarm and locker codes,
Wi-Fi keys and passwords PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Professor,
my landlord, my sister) stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; public figures, fictional characters,
companies, firms, places, order, invoice and claim numbers, salaries and dates of birth are
not labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data at all: 25 MT-Bench and Vicuna-style writing, role-play, reasoning, coding
and STEM prompts (some naming historical figures or fictional characters), 25 GSM8K-style
word problems with fictional first names, 25 MMLU-style items with options A to D and 25
patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0131 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125,
040 66969), with and without separators, and in each country's own layout elsewhere; cards
Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (Spanish DNI, French NIR, German tax id, Brazilian
CPF, Italian codice fiscale, Dutch BSN, Canadian SIN, Irish PPS number, Turkish kimlik,
South African id, Australian TFN, Polish PESEL, Indian Aadhaar, Singapore NRIC, Portuguese
NIF, Norwegian fødselsnummer, Belgian national number, NHS number, Romanian CNP, Finnish
henkilötunnus).

Run ``.venv/bin/python bench/data/build_blind94.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import json
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
    cnp_ok,
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
    steuer_id_ok,
    tfn_ok,
)
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

NAME = "blind94"
LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Auntie|Uncle|Sr|Sra|Señor|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: HR, recruiting, legal and housing. The first 30 all in lower case,
# the next 6 in other languages, the rest English with capitals.
CHAT = [
    # all lower case
    "can you help me write a cover letter for a junior data analyst role? my name is [[PERSON|priya raman]], email [[EMAIL_ADDRESS|priya.raman.cv@mailbox.org]], phone [[PHONE_NUMBER|07700 900418]]. i have two years at a logistics firm",
    "draft a polite email to my landlord [[PERSON|gerald whitcombe]] saying the boiler at [[STREET_ADDRESS|14 albion terrace, leeds ls6 2ph]] has been broken for nine days and i want it fixed by friday",
    "my payslip says employee no [[ID_NUMBER|emp-40827]] and tax code 1257l but i think the ni number [[ID_NUMBER|jt 48 27 93 c]] is wrong, how do i ask payroll to correct it",
    "write a reference for our former nanny [[PERSON|lucía fernández]], she worked for us from 2019 to 2023 and was brilliant with the twins. she can be reached on [[PHONE_NUMBER|07700900563]]",
    "translate into german: dear mr [[PERSON|brandt]], i accept the flat at [[STREET_ADDRESS|kastanienallee 38, 10435 berlin]] and will transfer the deposit from [[IBAN_CODE|de09500105178294036152]] on monday. kind regards, [[PERSON|tomasz wiśniewski]]",
    "my solicitor is [[PERSON|ade oyelaran]], his email is [[EMAIL_ADDRESS|a.oyelaran@oyelaranlegal.co.uk]]. can you summarise what a section 21 notice means so i can ask him sensible questions",
    "help me fill in the visa form. passport [[ID_NUMBER|k48201937]], full name [[PERSON|nguyen thi thu ha]], home address [[STREET_ADDRESS|27 ly thuong kiet, hoan kiem, hanoi]]",
    "the letting agent wants my bank details for the deposit return. is it safe to email [[IBAN_CODE|gb61midl40127385920614]] to [[PERSON|kirsty]] at [[EMAIL_ADDRESS|kirsty.mcb@harbourhomes.co.uk]]?",
    "calculate my take home pay: salary 38,500, student loan plan 2, pension 5%. for context my employee id is [[ID_NUMBER|hr-77314]] and my manager [[PERSON|dev malhotra]] says the bonus is paid separately",
    "fix the grammar: 'i [[PERSON|oluwaseun adebayo]] confirm that i have lived at [[STREET_ADDRESS|flat 3, 9 mornington crescent, london nw1 7rh]] since march 2021 and my landlady is mrs [[PERSON|hargreaves]]'",
    "my tenancy deposit scheme login is [[ID_NUMBER|dps-tenant-58203]] and password [[PASSWORD|lemontree!84]] but it keeps locking me out after i log in from [[IP_ADDRESS|192.0.2.61]], what should i write to their support",
    "write a short cv summary for [[PERSON|ingrid solberg]], nurse with 12 years in icu, contact [[EMAIL_ADDRESS|ingrid.solberg@posteo.no]] / [[PHONE_NUMBER|+47 912 48 305]]",
    "plan a timeline for my employment tribunal claim against my old boss [[PERSON|craig dunmore]]. i was dismissed on 3 may and my union rep is [[PERSON|sandra kowalczyk]]",
    "reply to this text from my landlord: 'rent is late again, call me on [[PHONE_NUMBER|0491570226]] - [[PERSON|barry]]'. i want to say my wages are paid on the 28th",
    "my sister [[PERSON|amina yusuf]] has a small claims hearing against her old letting agent on 12 june. her address on the claim is [[STREET_ADDRESS|56 coldharbour lane, bristol bs6 5ar]]. what should she bring?",
    "i set my payroll app pin to [[PASSWORD|7341]] and my login is [[ID_NUMBER|rkhan_payroll]], please write a message to the it helpdesk saying i'm locked out",
    "write a reference letter for my tenant [[PERSON|joão pereira]], who always paid on time at [[STREET_ADDRESS|rua das flores 112, 4050-262 porto]]. he's moving to dublin for work",
    "my cousin [[PERSON|hye-jin park]] needs help translating her cv into english, her korean phone is [[PHONE_NUMBER|010-4827-3916]]. can you make it sound natural?",
    "advise me: my employer deducted 300 from my pay without asking. payslip shows account [[IBAN_CODE|ie01bofi90583816274951]] and staff number [[ID_NUMBER|47729]]",
    "can you turn this into a formal complaint to the council? the flat at [[STREET_ADDRESS|22b harrow road, london w2 5eu]] has black mould and my daughter [[PERSON|zara]] has asthma",
    "i'm applying for a skilled worker visa and my sponsor contact is [[PERSON|helen achterberg]] ([[EMAIL_ADDRESS|h.achterberg@brightwaterhealth.org]]). help me write an email asking when my certificate will be assigned",
    "calculate how much rent is owed: 1150 a month, paid 2 of the last 5 months. tenant name [[PERSON|kwame asante]], just the maths please",
    "summarise my lawyer's email and tell me what to do next. it says the firm holds my passport [[ID_NUMBER|pa9372018]] and needs my national insurance number [[ID_NUMBER|sk 61 04 82 b]] before filing",
    "draft a message to the recruiter [[PERSON|mel o'connor]] saying i accept the offer and my personal email for the contract is [[EMAIL_ADDRESS|dan.fitzgerald88@gmail.com]]. sign it [[PERSON|dan fitzgerald]]",
    "our wifi password at the shared house is [[PASSWORD|baxterroad2024]] and the landlord [[PERSON|stavros]] wants to change it, write him a friendly note asking to keep it until june",
    "my card [[CREDIT_CARD|4539 2716 0482 5173]] was charged twice for the referencing fee by the agency, help me write a dispute letter",
    "help me prepare for an interview at a law firm. the partner interviewing me is [[PERSON|rosalind achebe-ward]] and the hr contact phone is [[PHONE_NUMBER|020 7946 0381]]",
    "write a whatsapp to my flatmate [[PERSON|olek]] reminding him the door code changed to [[PASSWORD|4829#]] and his share of rent is 640",
    "my github token [[API_KEY|ghp_r8kq2mzt7xw4lnb9vc3yd6hs0pe1fa5ju]] is in my portfolio repo by mistake and a recruiter asked for the link, how do i remove it properly",
    "i am [[PERSON|meera pillai]], my aadhaar is [[ID_NUMBER|5830 2749 1635]]. can you help me write a cover note for the rent agreement on my flat at [[STREET_ADDRESS|12 5th cross road, indiranagar, bengaluru 560038]]",
    # other languages
    "¿Puedes ayudarme a redactar una carta a mi casero, el señor [[PERSON|Ramírez Ocaña]]? Vivo en [[STREET_ADDRESS|Calle de Embajadores 47, 3º B, 28012 Madrid]] y todavía no me ha devuelto la fianza. Mi DNI es [[ID_NUMBER|53819274X]].",
    "Peux-tu traduire en anglais cette lettre de recommandation pour [[PERSON|Aurélie Dumont]] ? Elle a travaillé chez nous comme assistante juridique. Joignable au [[PHONE_NUMBER|06 39 98 41 27]], numéro de sécurité sociale [[ID_NUMBER|2 87 06 75 123 456 38]].",
    "Bitte fasse dieses Schreiben meines Anwalts kurz zusammen. Es geht um die Kündigung von [[PERSON|Jürgen Haßelmann]], wohnhaft [[STREET_ADDRESS|Lindenstraße 12, 50674 Köln]], Steuer-ID [[ID_NUMBER|47183920560]].",
    "Preciso melhorar meu currículo. Meu nome é [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|739.462.185-55]], celular [[PHONE_NUMBER|+55 21 98473-2615]], e-mail [[EMAIL_ADDRESS|thiago.albuq@uol.com.br]]. Pode reescrever o resumo profissional?",
    "Scrivi una mail all'ufficio paghe: la busta paga di marzo di [[PERSON|Giulia Rossetti]] (codice fiscale [[ID_NUMBER|RSSGLI88C52F839Q]]) riporta ancora il vecchio conto, quello nuovo è [[IBAN_CODE|IT33X0306909606100000174839]].",
    "Kun je een bezwaarbrief aan mijn verhuurder schrijven? Huurder: [[PERSON|Sanne de Vries]], adres [[STREET_ADDRESS|Prinsengracht 418-2, 1016 HZ Amsterdam]], BSN [[ID_NUMBER|284619371]], telefoon [[PHONE_NUMBER|06 48271935]].",
    # English with capitals
    "Can you proofread my cover letter? It ends: 'Yours sincerely, [[PERSON|Chidinma Eze]], [[STREET_ADDRESS|41 Moss Lane, Manchester M16 7BQ]], [[PHONE_NUMBER|07700 900271]].'",
    "Draft a reply to my landlord Mr. [[PERSON|Petrakis]], who says I damaged the carpet. I have move-in photos. Sign it from [[PERSON|Hannah Lindqvist]], [[STREET_ADDRESS|Flat 6, 88 Gloucester Road, Bristol BS7 8AS]].",
    "I'm a recruiter. Summarise this candidate in three bullet points: [[PERSON|Rafael Méndez]], 8 years in backend Java, [[EMAIL_ADDRESS|rafa.mendez.dev@proton.me]], [[PHONE_NUMBER|(415) 555-0143]], based in Oakland.",
    "Write an email to HR asking them to update my bank details. Employee number [[ID_NUMBER|E-20593]], new IBAN [[IBAN_CODE|NL35 RABO 0384 7152 96]]. Name on the account: [[PERSON|Pieter-Jan Bakker]].",
    "My landlord keeps coming in without notice. His name is [[PERSON|Winston Adeyemi-Clarke]] and he lives upstairs at [[STREET_ADDRESS|5 Hawthorn Close, Reading RG1 4TP]]. What are my rights in England?",
    "Help me calculate overtime: I'm employee [[ID_NUMBER|88314-B]] at the warehouse, paid 13.20 an hour, worked 51 hours last week but the payslip shows 44. Should I raise it with my supervisor [[PERSON|Gurpreet]] first?",
    "Translate this reference into plain English for my mum: 'Mr [[PERSON|Takahashi]] was employed as sous-chef and discharged his duties diligently. Enquiries to [[EMAIL_ADDRESS|hr.takahashi.ref@kitchenco.jp]].'",
    "Write a short note to the court clerk saying that I, [[PERSON|Marisol Quintero]], cannot attend the hearing on 14 March because of surgery, and give my phone [[PHONE_NUMBER|(312) 555-0178]].",
    "Please translate this tenancy complaint into Russian and address it to my landlord [[PERSON|Дмитрий Соколов]]. My phone is [[PHONE_NUMBER|+7 916 482-37-15]] if he needs to call.",
    "My visa application asks for my previous employer's contact. It was [[PERSON|Li Wei]] at Huaxin Trading, [[EMAIL_ADDRESS|liwei.hr@huaxin-trading.cn]], [[PHONE_NUMBER|+86 138 0471 2936]]. Is it OK to list a personal mobile?",
    "Plan a moving-day checklist. New address: [[STREET_ADDRESS|Unit 4, 17 Barrack Street, Perth WA 6000]]. The keys are in a lockbox, code [[PASSWORD|3318]], and the agent is [[PERSON|Shauna Kelly]] on [[PHONE_NUMBER|0491 570 193]].",
    "Fix my CV header: 'Name: [[PERSON|Aleksandra Nowak]] | Phone: [[PHONE_NUMBER|+48 512 384 926]] | Email: [[EMAIL_ADDRESS|ola.nowak@wp.pl]] | PESEL: [[ID_NUMBER|92041583277]]'. Should I even include the PESEL?",
    "Draft a letter to my solicitor, Ms [[PERSON|Okonkwo-Bright]], confirming my client number [[ID_NUMBER|CL-448210]] and that I will send the completion deposit from [[IBAN_CODE|FR17 3000 4028 3700 0194 7265 183]].",
    "A job applicant emailed me her SSN by accident: [[US_SSN|523-71-4086]]. Her name is [[PERSON|Tamika Rowe]]. How should I respond and what should I delete?",
    "Write a character reference for court for my neighbour [[PERSON|Bogdan Ilie]], who has lived next door at [[STREET_ADDRESS|9 Kestrel Way, Swindon SN3 2JD]] for fifteen years.",
    "Our office Wi-Fi key is [[PASSWORD|Qx7!harbour-lane]] and the printer admin password is [[PASSWORD|Kopje2023]]. Write a handover note for the new office manager, [[PERSON|Ngozi]].",
    "Calculate my pro-rata holiday: I start on 1 September with 25 days a year. My offer letter is addressed to Ms [[PERSON|Elif Yıldız]], [[STREET_ADDRESS|3 Queen Street, Cardiff CF10 2BH]].",
    "The API key [[API_KEY|sk-proj-7Hq2LmW9xR4tZ8vB1nC6yK3pD0sF5gJ]] in our recruiting tool stopped working. Write a message to the vendor's support team without pasting the key.",
    "Advise me: a tenant, Mr [[PERSON|Obi Nwachukwu]], says he paid rent with card [[CREDIT_CARD|5261 8403 9271 6488]] but we never received it. How do I check without breaching his privacy?",
    "I'm applying for a Canadian work permit. Help me write the employment history section. Name: [[PERSON|Farah Haddad]], SIN [[ID_NUMBER|648 392 710]], address [[STREET_ADDRESS|4412 Rue Fabre, Montréal, QC H2J 3V7]].",
    "Summarise: 'Dear Mr [[PERSON|Castellanos]], we need copies of your payslips and proof of address at [[STREET_ADDRESS|31 Elm Park, Cork T12 X8F4]] before we can assess your housing claim.' My PPS is [[ID_NUMBER|7391846H]]. What should I send?",
    "Write a LinkedIn recommendation for [[PERSON|Yuki Matsumoto]], who was my paralegal for three years. Keep it under 100 words.",
    "A recruiter asked for my passport before the first interview. My passport number is [[ID_NUMBER|549201836]] and my name is [[PERSON|Jordan Ellis-Baptiste]]. How do I politely say I'll share it later?",
    "Draft an email to the building manager saying the gate code [[PASSWORD|7163*]] no longer opens the gate for [[STREET_ADDRESS|Apartment 1403, 88 Quay Street, Auckland Central, Auckland 1010]]. From [[PERSON|Aroha Ngata]].",
    "I need to send my payslips to the mortgage broker, [[PERSON|Declan]]. Which bits should I black out? They show employee ID [[ID_NUMBER|00719342]], NI number [[ID_NUMBER|PZ 73 41 90 D]] and my address [[STREET_ADDRESS|7 Glebe Road, Belfast BT7 1EA]].",
    "Write a complaint letter from Dr. [[PERSON|Amrita Sandhu]] about discrimination during her interview at the hospital trust. Her contact is [[EMAIL_ADDRESS|amrita.sandhu.md@outlook.com]].",
    "Help me reply to my ex-employer, who wants the laptop back. My old login was [[ID_NUMBER|jbrennan2]] and the VPN address they gave me was [[IP_ADDRESS|198.51.100.74]]. Sign it [[PERSON|Jack Brennan]].",
    "Turn this into a formal witness statement: 'I, [[PERSON|Beatriz Salgado]], of [[STREET_ADDRESS|Rua Almirante Reis 201, 1150-014 Lisboa]], saw the landlord remove the tenant's belongings on 2 April.'",
    "My eviction notice is addressed to [[PERSON|Sunday Okafor]] at [[STREET_ADDRESS|3 Rye Lane, London SE15 5EW]]. It was pinned to the door rather than posted. Is it valid?",
    "Write a cover letter for [[PERSON|Summer Lee]] applying for a teaching assistant job. Mention she volunteered every summer at a reading camp. Email [[EMAIL_ADDRESS|summerlee.ta@icloud.com]].",
    "Payroll question: my payslip lists tax code 1257L and employee number [[ID_NUMBER|60-3381]]. My gross was 2,840 and net 2,112. Is that right on a plan 1 student loan? I'm [[PERSON|Callum Reid]].",
    "A candidate gave me two referees: Mrs [[PERSON|Patience Mensah]] ([[PHONE_NUMBER|+233 24 481 7302]]) and Mr [[PERSON|Kofi Boateng]] ([[PHONE_NUMBER|+233 20 917 4628]]). Draft a reference request email.",
    "Help me write to the immigration adviser, Ms [[PERSON|Farida Begum]]. My BRP number is [[ID_NUMBER|ZX4827193]] and the caseworker said the application was missing my employer letter.",
    "How do I dispute a tenant referencing report? It lists me, [[PERSON|Ashwin Chandrasekaran]], at [[STREET_ADDRESS|44 Victoria Road, Leicester LE2 1TQ]], which I left in 2019, and a county court judgment that isn't mine.",
    "Write a thank-you email to my interviewer [[PERSON|Bongani Dlamini]]. Also, should I have given them my ID number [[ID_NUMBER|9106235147085]] on the application form?",
    "Calculate my notice period. I started at Fernwood Care on 12 Jan 2021 and my contract (employee no. [[ID_NUMBER|FW-5528]]) says one week per year of service. My line manager is [[PERSON|Colette]].",
    "Summarise these landlord texts for the tribunal: 'Pay by Friday or I change the locks. [[PERSON|Ivo]]' and 'Call [[PHONE_NUMBER|07700 900835]] now'. I'm [[PERSON|Hana Novák]] and I rent the loft at [[STREET_ADDRESS|16 Cowley Road, Oxford OX4 1HP]].",
    "Rewrite my personal statement for the visa: 'My name is [[PERSON|Olumide Bankole-Williams]], I was born in Ibadan and now live at [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos]].'",
    "Can you check my maths? Tenant [[PERSON|Aylin Demir]], kimlik no [[ID_NUMBER|38472910688]], owes 3 months at 14,500 TRY minus a 5,000 payment.",
    "My new employer asked for a photo of my bank card to set up salary. Is that normal? The card is [[CREDIT_CARD|3749 281506 37247]] and I'm [[PERSON|Rohan Kapoor]].",
    "Write an out-of-office reply for [[PERSON|Martina Kühn]] at the tenants' association: urgent cases go to [[PERSON|Jonas]] on [[PHONE_NUMBER|+49 40 66969 214]].",
    "Our candidate portal admin password is [[PASSWORD|Tulip#Rain9]] with username [[ID_NUMBER|recruit_admin_kh]]. Someone shared it in a group chat; draft an incident message to the team.",
    "Give me kind interview feedback wording for a candidate, [[PERSON|Grace Ogunleye]], who was strong technically but arrived late.",
    "I'm moving to Sydney for work. Is my TFN [[ID_NUMBER|384 719 209]] formatted right for the onboarding form? My address there will be [[STREET_ADDRESS|5/22 Bondi Road, Bondi NSW 2026]].",
    "Draft a solicitor's letter template. Recipient: Mr. [[PERSON|Harland Pike]], [[STREET_ADDRESS|902 Juniper Ave, Boise, ID 83702]]. Sender: [[PERSON|Tessa Vaughn]], [[PHONE_NUMBER|(208) 555-0166]].",
    "Translate my CV heading into Japanese: [[PERSON|Kenji Watanabe]], [[EMAIL_ADDRESS|kenji.w@freemail.jp]], [[PHONE_NUMBER|090-3817-4462]], [[STREET_ADDRESS|2-14-7 Nakameguro, Meguro-ku, Tokyo 153-0061]].",
    "What should I put in a reference for our au pair [[PERSON|Chiara]]? She used the PIN [[PASSWORD|5092]] to collect the kids from nursery and I need to change it now she's leaving.",
    "My old employer still has my login [[ID_NUMBER|alvarez.m]] and password [[PASSWORD|Serrano!2019]] in a shared drive document. Write a GDPR request to remove them. My name is [[PERSON|Marta Álvarez]].",
    "Help me write to the housing officer, Ms [[PERSON|Whitlock]], about my application. Household: me, [[PERSON|Hodan Warsame]], and my two kids. Current address [[STREET_ADDRESS|12 Brook Street, Sheffield S1 4GG]], phone [[PHONE_NUMBER|07700900716]].",
    "My contract says 'employee no. [[ID_NUMBER|41187]], Mr. [[PERSON|Q. Zhang]]'. Does the non-compete clause hold up in California?",
    "Summarise this email from our landlord, [[PERSON|Teodora Petrova]]: 'The new door code is [[PASSWORD|90817]] and the Wi-Fi is RoseGarden_5G, password [[PASSWORD|lavender-step-42]].'",
    "Work out my final pay: I'm leaving Brightpath Recruitment, employee ID [[ID_NUMBER|BPR-11209]], 7 days unused leave, daily rate 142. Questions to my personal email [[EMAIL_ADDRESS|o.mwangi@yahoo.co.ke]]. Thanks, [[PERSON|Otieno Mwangi]]",
    "Write a tenancy reference request to Mr [[PERSON|Sørensen]] at [[EMAIL_ADDRESS|lars.sorensen@bolig-udlejning.dk]] for my applicant [[PERSON|Freya Holm]].",
    "Explain in simple words what 'without prejudice' means on the letter I got from Jarrow & Finch solicitors about my neighbour, Mr [[PERSON|Cuthbert Loam]] of [[STREET_ADDRESS|2 Mill Cottages, Hexham NE46 3QD]].",
    "Translate this job offer into Arabic for my new colleague [[PERSON|يوسف العمري]]. His phone is [[PHONE_NUMBER|+971 50 384 2719]] if you need to add it to the letter.",
    "I got a court summons for unpaid council tax addressed to [[PERSON|Bill Carver]] at [[STREET_ADDRESS|61 Fern Street, Glasgow G41 2JX]]. He was my late father. How do I reply?",
    "The letting agency charged my card [[CREDIT_CARD|6011 8392 0475 1635]] a holding fee of 450 and then gave the flat to someone else. Write a chargeback request for account holder [[PERSON|Valentina Greco]].",
    "Make this payslip table readable:\nName | Staff No | NI | Net\n[[PERSON|Amara Koné]] | [[ID_NUMBER|ST-3391]] | [[ID_NUMBER|RT 52 16 84 A]] | 1,954.10",
    "Draft a message to the tenants' group chat with the new bin store code [[PASSWORD|1147]] and ask [[PERSON|Marek]] in flat 2 to pass it on to his parents.",
    "Help me respond to a phishing email pretending to be HR that asks for my payroll password (it's [[PASSWORD|Winter-Harbor-77]], I haven't sent it). My work email is [[EMAIL_ADDRESS|l.achterhof@vandam-logistics.nl]].",
    "Is this IP in our recruitment platform logs suspicious? [[IP_ADDRESS|203.0.113.58]] logged in as [[ID_NUMBER|c.ferreira]] at 03:14. The candidate is [[PERSON|Camila Ferreira]] and she lives in Lisbon.",
    "Write a landlord reference for [[PERSON|Nikolai]] and [[PERSON|Vera Ivanova]], who rented [[STREET_ADDRESS|3 Rowan Court, Norwich NR2 3AF]] from me for four years.",
    "My SSN is [[US_SSN|614-28-5093]] but my employer put [[US_SSN|614-28-5039]] on my W-2. Write a polite email to payroll ([[PERSON|Denise]]) asking for a corrected form.",
    "Plan the questions I should ask in my housing disrepair claim. Landlord: Kestrel Property Holdings. My details: [[PERSON|Ruth Abernathy]], [[STREET_ADDRESS|14 Calder Street, Edinburgh EH11 1AH]], [[PHONE_NUMBER|0131 496 0572]].",
    "Can you help me write a reply in Hindi to my employer? My name is [[PERSON|अनिल शर्मा]] and my employee code is [[ID_NUMBER|INF-208817]].",
    "I'm a landlord. My tenant [[PERSON|Pedro Alcántara]] sent his bank details for the deposit refund: [[IBAN_CODE|ES28 0049 5821 4726 1937 0583]]. Draft a short confirmation email.",
    "Write a resignation letter for [[PERSON|Nadia Rahimi]] to her manager, Mr. [[PERSON|Ferrante]]. Keep it warm and short.",
    "Review this cover letter sign-off: 'Warm regards, [[PERSON|Cosmin Popescu]] · [[PHONE_NUMBER|+40 723 481 925]] · [[EMAIL_ADDRESS|cosmin.popescu@gmx.com]]'",
    "Summarise my rights: my landlady Mrs. [[PERSON|Okafor-Lindgren]] kept 600 of my deposit for cleaning. Tenant: [[PERSON|Wiktor Zieliński]], [[STREET_ADDRESS|27 St Mary's Road, Southampton SO14 0BH]].",
    "My customer number with the energy supplier is [[ID_NUMBER|7720194638]] and they billed the previous tenant's usage to me. Write a complaint; I moved into [[STREET_ADDRESS|5 Larch Grove, Derby DE22 3FT]] on 1 May. Their app password, [[PASSWORD|meterMoth#83]], no longer works either.",
    "Help me understand this employment contract clause. The HR officer, [[PERSON|Thandiwe Mokoena]], said to send questions to [[EMAIL_ADDRESS|thandi.mokoena@ubuntu-mining.co.za]].",
    "I need a payslip template. Use placeholder text, not my details (I'm [[PERSON|Ewan Pritchard]], employee [[ID_NUMBER|30471]], but leave that out).",
    "Draft a letter asking the court to adjourn: claimant [[PERSON|Ifeoma Nnadi]], [[STREET_ADDRESS|90 Stamford Street, London SE1 9LU]], email [[EMAIL_ADDRESS|ifeoma.nnadi@btinternet.com]], phone [[PHONE_NUMBER|+44 20 7946 0264]].",
    "Our HR system token [[API_KEY|hrx_live_4f9c2a7e18b3d05c6e9a71f2]] was committed to GitHub by [[PERSON|Lewis]]. Write a blameless post-mortem outline.",
    "A tenant's guarantor, Mr [[PERSON|Hamid Karimi]], sent his passport number [[ID_NUMBER|X47291836]] and his phone [[PHONE_NUMBER|+98 912 417 3805]]. Which of these do I actually need to keep?",
    "Please write a polite chaser to the referee, Professor [[PERSON|Anne-Marie Lachance]], about [[PERSON|Owen]]'s application for the postdoc.",
    "I need an invoice for end-of-tenancy cleaning. Bill to: [[PERSON|Harriet Osei]], [[STREET_ADDRESS|19 Church Lane, York YO1 8BE]]. Pay to: [[PERSON|Kofi Agyeman]], IBAN [[IBAN_CODE|PT20 0035 0651 0009 3847 1529 3]].",
    "My work phone PIN is [[PASSWORD|662190]] and the HR self-service password is [[PASSWORD|Fjord&Birch31]]. My manager [[PERSON|Siobhán]] asked me to write them down for my cover while I'm on leave. Is that a bad idea?",
    "Combine my dad's job references into one paragraph: he is [[PERSON|Tomás Ó Briain]], a carpenter in Galway, reachable on [[PHONE_NUMBER|+353 87 492 6153]].",
    "How do I answer my landlord's lawyers? Their letter refers to my lease at [[STREET_ADDRESS|2214 Willow Creek Dr, Austin, TX 78745]] and names me as [[PERSON|Devontae Harris]]. They want me out in 30 days.",
    "Draft an email to a candidate, [[PERSON|Wanjiru Kamau]], offering her the role. Her start date is 3 March and her employee number will be [[ID_NUMBER|KE-04418]].",
    "I'm applying for a visitor visa for my mother, [[PERSON|王秀英]]. Please translate her address into English: [[STREET_ADDRESS|上海市徐汇区漕溪北路 88 号 12 楼 3 室]].",
    "What's wrong with this reference-check log line? 2024-05-02 11:42 user=[[ID_NUMBER|hr_mkowalski]] ip=[[IP_ADDRESS|192.0.2.146]] candidate=[[PERSON|Leon Baptiste]] status=failed",
    "Help me answer the tenancy application question 'previous landlord contact': it was Mrs [[PERSON|Oyelowo]] at [[STREET_ADDRESS|47 Kingsway, Hove BN3 4FE]], phone [[PHONE_NUMBER|07700 900652]].",
]

# 100 records in the manner of synthetic PII benchmark datasets: one invented person each.
RECORDS = [
    "[[PERSON|Marguerite Okonedo]] lives at [[STREET_ADDRESS|71 Pembroke Avenue, Hove BN3 5DA]] and can be reached at [[PHONE_NUMBER|07700 900127]].",
    "Name: [[PERSON|Tobias Lindqvist]]\nEmail: [[EMAIL_ADDRESS|tobias.lindqvist@telia.se]]\nEmployee ID: [[ID_NUMBER|SE-40291]]",
    '{"name": "[[PERSON|Rania Khoury]]", "phone": "[[PHONE_NUMBER|+961 3 482 915]]", "iban": "[[IBAN_CODE|FR05 1010 7001 1800 0482 6193 047]]"}',
    '2024-03-11T09:14:22Z login ok user=[[ID_NUMBER|dmurphy]] ip=[[IP_ADDRESS|198.51.100.23]] name="[[PERSON|Declan Murphy]]"',
    "Dear Mrs. [[PERSON|Albright]], your new tenancy starts on 1 June at [[STREET_ADDRESS|Flat 2, 40 Queens Road, Bath BA1 2HX]].",
    "[[PERSON|Yusuf Demirci]]'s card [[CREDIT_CARD|4927 1830 5561 8298]] was declined for the application fee.",
    "Candidate: [[PERSON|Aiko Shimizu]] | Phone: [[PHONE_NUMBER|080-2947-3816]] | Email: [[EMAIL_ADDRESS|aiko.shimizu@docomo.ne.jp]]",
    "Payroll record for [[PERSON|Emeka Chukwu]]: NI number [[ID_NUMBER|NH 39 27 58 C]], bank IBAN [[IBAN_CODE|GB95 BARC 2031 8574 9206 17]].",
    "The tenant, [[PERSON|Lorenzo Bassi]], paid his deposit from [[IBAN_CODE|LU08 0191 0003 4827 1950]].",
    "[[PERSON|Anneliese Vogt]] was born in Graz and now works as a paralegal; her IBAN is [[IBAN_CODE|AT37 2011 1829 4736 2051]].",
    "Contact [[PERSON|Sipho Ndlovu]] at [[EMAIL_ADDRESS|sipho.ndlovu@webmail.co.za]] or [[PHONE_NUMBER|+27 82 614 3907]] regarding the lease.",
    "patient_id=[[ID_NUMBER|PT-883104]] name=[[PERSON|Oksana Hrytsenko]] phone=[[PHONE_NUMBER|+380 67 248 1953]] referral=occupational-health",
    "Applicant [[PERSON|Juan Pablo Restrepo]] lists his address as [[STREET_ADDRESS|Carrera 43A #14-27, Medellín, Antioquia]].",
    "I, [[PERSON|Henrietta Marsh]], authorise Fairlight Lettings to contact my employer on [[PHONE_NUMBER|020 7946 0719]].",
    "Her SSN is [[US_SSN|472-61-8305]] and she goes by [[PERSON|Kiki Alvarado]] at work.",
    "Full name: [[PERSON|Bartholomew Finch]]; Policy no.: [[ID_NUMBER|LI-6620194]]; Address: [[STREET_ADDRESS|3 Orchard Row, Taunton TA1 4LP]]",
    "[[PERSON|Mei Ling Tan]], NRIC [[ID_NUMBER|T0384729I]], resides at [[STREET_ADDRESS|Blk 214 Jurong East Street 21, #08-112, Singapore 600214]].",
    "Reference for [[PERSON|Pádraig Ó Súilleabháin]]: reachable at [[EMAIL_ADDRESS|padraig.osullivan@eircom.net]].",
    "ACCOUNT HOLDER: [[PERSON|GRETA HALVORSEN]] ACCOUNT: [[IBAN_CODE|DK7630008472619305]]",
    "[[PERSON|Mamadou Sow]] rents the studio at [[STREET_ADDRESS|18 rue des Martyrs, 75009 Paris]] and his phone is [[PHONE_NUMBER|06 39 98 72 14]].",
    "<employee><name>[[PERSON|Karolina Wójcik]]</name><pesel>[[ID_NUMBER|85072219473]]</pesel><iban>[[IBAN_CODE|PL13 1140 2004 9600 0031 0284 7365 91]]</iban></employee>",
    "My name is [[PERSON|Lachlan Birch]] and my mobile is [[PHONE_NUMBER|+61 491 570 338]].",
    "[[PERSON|Dilnoza Karimova]] submitted her CV from [[IP_ADDRESS|203.0.113.201]] using the login [[ID_NUMBER|dkarimova_cv]].",
    "Tenant [[PERSON|Florian Gruber]], flat [[STREET_ADDRESS|Mariahilfer Straße 88/14, 1070 Wien]], phone [[PHONE_NUMBER|+43 664 281 4739]].",
    "Driver licence [[ID_NUMBER|D410-7729-3851]] belongs to [[PERSON|Shawna Whitfield]] of [[STREET_ADDRESS|6630 Cherry Hill Rd, Columbus, OH 43229]].",
    "Signed: [[PERSON|Ravi Subramaniam Iyer]], Aadhaar [[ID_NUMBER|7401 9385 2711]]",
    "[[PERSON|Olga Berezina]] uses the password [[PASSWORD|Kalina_2291!]] for the staff portal.",
    "Emergency contact for [[PERSON|Nkechi Obi]]: [[PHONE_NUMBER|+234 803 419 2658]].",
    "[[PERSON|Søren Kjærgaard]] was issued employee badge [[ID_NUMBER|DK-7731]] and locker code [[PASSWORD|2946]].",
    "Please send the signed lease to [[PERSON|Camille Laurent]], [[STREET_ADDRESS|9 avenue Jean Jaurès, 69007 Lyon]], [[EMAIL_ADDRESS|camille.laurent@orange.fr]].",
    "[[PERSON|Haruto Sato]] lives at [[STREET_ADDRESS|3-8-21 Minami-Aoyama, Minato-ku, Tokyo 107-0062]] and his phone is [[PHONE_NUMBER|090-7413-2285]].",
    "User [[ID_NUMBER|a.fontaine]] ([[PERSON|Adèle Fontaine]]) reset her password to [[PASSWORD|Mistral#447]] from [[IP_ADDRESS|192.0.2.88]].",
    "[[PERSON|Gustavo Ferraz]], NIF [[ID_NUMBER|248371959]], morada [[STREET_ADDRESS|Rua de Cedofeita 301, 4050-180 Porto]].",
    "[[PERSON|Precious Banda]], a care worker in Geneva, is paid into [[IBAN_CODE|CH54 0483 5019 2837 4610 C]].",
    "Name, Phone, Email\n[[PERSON|Ishaan Mehta]], [[PHONE_NUMBER|+91 98204 71635]], [[EMAIL_ADDRESS|ishaan.mehta@rediffmail.com]]",
    "[[PERSON|Ewa]] left her gate code, [[PASSWORD|5519]], with the new lodger.",
    "Mr. [[PERSON|Fitzroy Campbell]] of [[STREET_ADDRESS|14 Barbican Road, Kingston 6, Jamaica]] applied for the warehouse role.",
    "The payslip of [[PERSON|Ana Lúcia Moreira]] shows employee number [[ID_NUMBER|BR-558201]] and email [[EMAIL_ADDRESS|analucia.moreira@bol.com.br]].",
    "[[PERSON|Viktor Hajdu]] (SIN [[ID_NUMBER|719 283 640]]) worked at the Winnipeg branch until March.",
    "Hi, I'm [[PERSON|Jade]] and my landlord keeps calling [[PHONE_NUMBER|(617) 555-0152]] at night.",
    "[[PERSON|Eirik Haugland]], fødselsnummer [[ID_NUMBER|14038927419]], bor i [[STREET_ADDRESS|Thorvald Meyers gate 54, 0555 Oslo]].",
    "[[PERSON|Adaeze Uzoma]] transferred the rent using card [[CREDIT_CARD|5338 4720 1936 4754]] on 4 May.",
    '{"tenant":"[[PERSON|Luka Petrović]]","email":"[[EMAIL_ADDRESS|luka.petrovic@gmail.com]]","phone":"[[PHONE_NUMBER|+381 64 219 4807]]"}',
    "[[PERSON|Charlotte Ainsworth]], [[STREET_ADDRESS|The Old Rectory, Church Street, Ledbury HR8 1DH]]",
    "[[PERSON|Tariq Mahmood]]'s national insurance number is [[ID_NUMBER|WL 28 46 91 A]].",
    "Claimant: [[PERSON|Roisin Gallagher]]. Address: [[STREET_ADDRESS|12 Ormeau Avenue, Belfast BT2 8HD]]. Tel: [[PHONE_NUMBER|07700900944]].",
    "[[PERSON|Omar Farouk]] registered on the jobs board with [[EMAIL_ADDRESS|omar.farouk91@hotmail.com]] and password [[PASSWORD|Nile$unset8]].",
    "Record 0042: [[PERSON|Ilse Janssens]], rijksregisternummer [[ID_NUMBER|85.07.14-293.54]], IBAN [[IBAN_CODE|BE37 0014 8273 6195]].",
    "[[PERSON|Xavier Dubois-Ngata]] lives at [[STREET_ADDRESS|45 Rue Saint-Jean, Québec, QC G1R 1N8]].",
    "Employee [[PERSON|Hannah Schmid]] (Personalnummer [[ID_NUMBER|70318]]) IBAN [[IBAN_CODE|DE45 3705 0198 0027 1938 46]]",
    "Reference requested from [[PERSON|Stanislav Horák]], [[EMAIL_ADDRESS|s.horak@seznam.cz]].",
    "[[PERSON|Leilani Kahale]] can be contacted at [[PHONE_NUMBER|(808) 555-0139]].",
    "[[PERSON|Ngozi Eze]] uploaded her visa documents; passport number [[ID_NUMBER|A09384721]].",
    "From: [[PERSON|Gabriel Moreau]] <[[EMAIL_ADDRESS|gabriel.moreau@laposte.net]]>\nTo: HR\nSubject: payslip query",
    "[[PERSON|Beatrix Kiss]] reports that her API key [[API_KEY|pk_live_51Hx9QmT2vR8wL4kZ7nB3cD6]] for the tenant screening service was leaked.",
    "[[PERSON|Carlos Medina]] lives at [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]] and his phone is [[PHONE_NUMBER|+52 55 4127 8390]].",
    "Card on file for [[PERSON|Moira Sutherland]]: [[CREDIT_CARD|4556 0291 8374 6105]]",
    "Dr. [[PERSON|Kwabena Owusu]] (employee no. [[ID_NUMBER|TR-20417]]) can be emailed at [[EMAIL_ADDRESS|k.owusu@nhs.net]].",
    "[[PERSON|Eleni Papadopoulou]] rents the flat at [[STREET_ADDRESS|Ermou 62, 105 63 Athina]]; mobile [[PHONE_NUMBER|+30 694 381 2275]].",
    "[[PERSON|Jarrah Wilson]]'s tax file number is [[ID_NUMBER|529 173 642]].",
    "Applicant: [[PERSON|Veronika Lang]]\nCurrent address: [[STREET_ADDRESS|Goethestraße 17, 80336 München]]\nPhone: [[PHONE_NUMBER|030 23125 481]]",
    "[[PERSON|Fionnuala Brady]] logged in from [[IP_ADDRESS|2001:db8:4a1::17]] at 22:07.",
    "[[PERSON|Themba Zulu]]'s employee number is [[ID_NUMBER|ZA-44190]] and his PIN is [[PASSWORD|8062]].",
    "The guarantor, [[PERSON|Lucinda Hale]], gave her card [[CREDIT_CARD|3715 820493 61726]] and email [[EMAIL_ADDRESS|lucinda.hale@btopenworld.com]].",
    "Dear Mr [[PERSON|Adewale]], we write on behalf of your landlord regarding [[STREET_ADDRESS|Flat 9, Marlowe House, 3 Spring Street, Leeds LS1 4BQ]].",
    "[[PERSON|Maja Lindström]] | [[EMAIL_ADDRESS|maja.lindstrom@bredband.net]] | [[PHONE_NUMBER|+46 70 418 26 93]]",
    "[[PERSON|Pradeep Kumar]] earns 52,000 a year and his NHS number is [[ID_NUMBER|731 820 4564]].",
    "[[PERSON|Ayesha Siddiqui]] set the alarm code at her rented house to [[PASSWORD|0611]].",
    "INFO 2024-02-19 08:03 payroll export by [[ID_NUMBER|jmoreno]] for [[PERSON|Julia Moreno]] to [[IBAN_CODE|ES13 2100 0418 4120 7539 8261]]",
    "[[PERSON|Ahmed El-Sayed]], [[STREET_ADDRESS|14 Talaat Harb Street, Downtown, Cairo 11511]], [[PHONE_NUMBER|+20 100 482 7391]]",
    "My name is [[PERSON|Lwazi]] and my password for the HR portal is [[PASSWORD|Ubuntu&Clay47]].",
    "[[PERSON|Rosa Delgado]]'s DNI is [[ID_NUMBER|71203948L]].",
    "To whom it may concern, [[PERSON|Idris Bello]] has been our tenant at [[STREET_ADDRESS|23 Allen Avenue, Ikeja, Lagos]] since 2020.",
    "Employee [[PERSON|Siddharth Rao]]: badge [[ID_NUMBER|EMP-3318-IN]], email [[EMAIL_ADDRESS|siddharth.rao@infotel.in]], phone [[PHONE_NUMBER|+91 99001 48236]].",
    "[[PERSON|Marianne Blom]] uses [[API_KEY|rk_9Xt4QmZ2wLp7Hd3VbN8sJy6C]] to sync the rota app.",
    "[[PERSON|Hugo van der Berg]], BSN [[ID_NUMBER|318294758]], IBAN [[IBAN_CODE|NL20 INGB 0007 3819 42]].",
    "[[PERSON|Nomvula Khumalo]] was interviewed on Tuesday; her phone is [[PHONE_NUMBER|+27 71 308 4629]].",
    "Card holder [[PERSON|Eduardo Pinto]], card [[CREDIT_CARD|2221 0473 8165 9309]], billing address [[STREET_ADDRESS|Rua Augusta 144, 1100-053 Lisboa]].",
    "[[PERSON|Cerys Llewellyn]] lives at [[STREET_ADDRESS|7 Heol y Felin, Aberystwyth SY23 2LQ]].",
    "Customer no. [[ID_NUMBER|44-918273]] belongs to [[PERSON|Dragan Marković]], who moved out on 30 April.",
    "[[PERSON|Ioana Radu]], CNP [[ID_NUMBER|2900415401283]], is the new HR assistant.",
    "[[PERSON|Yaw Mensah]]'s Wi-Fi key is [[PASSWORD|CocoaHill-2207]] and his email is [[EMAIL_ADDRESS|yaw.mensah@gmail.com]].",
    "[[PERSON|Heike Brandt]] received her employment contract at [[EMAIL_ADDRESS|heike.brandt@web.de]].",
    "[[PERSON|Fatima Zahra Benali]] applied from [[IP_ADDRESS|198.51.100.219]] with phone [[PHONE_NUMBER|+212 661 482 093]].",
    "[[PERSON|Noah Goldberg]], [[STREET_ADDRESS|311 W 94th St, Apt 5C, New York, NY 10025]], [[PHONE_NUMBER|212-555-0187]]",
    "[[PERSON|Anjali Desai]]'s payroll login is [[ID_NUMBER|adesai07]] and her PIN is [[PASSWORD|4730]].",
    "[[PERSON|Paulo Mendes]] lives at [[STREET_ADDRESS|Rua Oscar Freire 1120, apto 42, São Paulo - SP, 01426-001]].",
    "Personnel file: [[PERSON|Wilhelmina Ashby]], NHS number [[ID_NUMBER|520 918 3742]], phone [[PHONE_NUMBER|+44 7700 900516]].",
    "[[PERSON|Ji-woo Kang]] has the office door code [[PASSWORD|8#2741]].",
    "Tenant file: [[PERSON|Grzegorz Lis]], [[STREET_ADDRESS|ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa]], tel. [[PHONE_NUMBER|+48 601 274 938]].",
    "[[PERSON|Dana Whitaker]]'s SSN [[US_SSN|318-40-7726]] appears on the I-9 form.",
    "[[PERSON|Alessio Conti]] stores his token [[API_KEY|ghp_T7wQ2kL9xM4vB8nR3cZ6yH1pJ5dF0sG2aE]] in a text file on the desktop.",
    "[[PERSON|Sunita Gurung]] can be reached on [[PHONE_NUMBER|+977 984 1273 506]].",
    "Hi [[PERSON|Callum]], your temporary password is [[PASSWORD|Tx9-moor-ash]].",
    "[[PERSON|Renée Tremblay]], [[EMAIL_ADDRESS|renee.tremblay@videotron.ca]], [[PHONE_NUMBER|(514) 555-0120]]",
    "[[PERSON|Chukwuemeka Ibe]] lives in [[STREET_ADDRESS|Flat 4B, 19 Ring Road, Ibadan, Oyo State]].",
    "Reference: [[PERSON|Astrid Nilsen]] worked for us for six years; her phone is [[PHONE_NUMBER|+47 415 92 836]].",
    "[[PERSON|Mohammed Al-Rashid]] rented [[STREET_ADDRESS|Villa 12, Street 4, Al Barsha 2, Dubai]], paid with [[CREDIT_CARD|4917 3068 5214 0396]] and gave his mobile [[PHONE_NUMBER|+971 55 207 4831]].",
    "[[PERSON|Aino Korhonen]], henkilötunnus [[ID_NUMBER|220491-518L]], email [[EMAIL_ADDRESS|aino.korhonen@kolumbus.fi]], IBAN [[IBAN_CODE|FI41 1020 3500 1738 26]]",
    "Landlord [[PERSON|Ignatius Mwale]], account number [[ID_NUMBER|RNT-00482]], phone [[PHONE_NUMBER|+265 991 438 207]].",
]

# 100 clean texts with no personal data at all.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that public libraries should stay open until midnight during exam season.",
    "Compose a sequence of three haiku about the first snowfall in a mountain village.",
    "Imagine you are Sherlock Holmes. Explain how you would deduce a stranger's profession from their shoes alone.",
    "Write a Python function that returns the longest palindromic substring of a string, and include a few unit tests.",
    "Explain the difference between a process and a thread to a first-year computer science student.",
    "A train leaves at 3 pm at 80 km/h and another leaves the same station an hour later at 100 km/h on a parallel track. When does the second catch up? Show your reasoning.",
    "Pretend to be Napoleon Bonaparte giving a pep talk to students the night before their final exams.",
    "Describe how photosynthesis converts light energy into chemical energy in about 150 words.",
    "Draft a product description for a solar-powered camping lantern aimed at families with young children.",
    "What were the main causes of the French Revolution? Summarise them in five bullet points.",
    "Write a SQL query that finds the three departments with the highest average salary from an employees table with columns dept_id and salary.",
    "Role-play as a tour guide leading visitors through the Roman Forum in the time of Julius Caesar.",
    "Explain why the sky looks blue during the day but red and orange at sunset.",
    "Write a short story in which Captain Ahab finally makes peace with the white whale.",
    "Compare the wartime leadership styles of Abraham Lincoln and Winston Churchill.",
    "Give me a seven-day meal plan for a vegetarian who is training for a half marathon.",
    "Explain the Monty Hall problem and why switching doors improves the odds of winning.",
    "Write a JavaScript debounce function and explain when it is better than throttling.",
    "Suggest five creative names for a small bakery that specialises in sourdough bread.",
    "How might Marie Curie have explained radioactivity to a class of ten-year-olds? Answer in her voice.",
    "Summarise the plot of Pride and Prejudice in three sentences, focusing on Elizabeth Bennet and Mr Darcy.",
    "What is the time complexity of merge sort, and why is it the same in the best and worst cases?",
    "Write a limerick about a cat who dreams of becoming a judge.",
    "Explain the idea of opportunity cost using an everyday example about choosing how to spend a Saturday.",
    "Speaking as Gandalf, give advice to a nervous student who is about to start university far from home.",
]

CLEAN_GSM8K = [
    "Lena bakes 48 cookies and gives a quarter of them to her neighbours. She then eats 5. How many cookies are left?",
    "Omar buys 3 notebooks at $2.50 each and a pen for $1.75. He pays with a $20 bill. How much change does he get?",
    "A farm has 120 sheep. Priyanka sells 15% of them and then buys 22 more. How many sheep does she have now?",
    "Tomas reads 18 pages a day. His book has 342 pages. How many days will it take him to finish it?",
    "Aisha saves $35 each week. After how many weeks will she have enough for a bicycle that costs $420?",
    "A cinema sells 240 tickets on Friday and twice as many on Saturday. Each ticket costs $9. How much money does it take over the two days?",
    "Marco runs 5 km on Monday, 7 km on Wednesday and 9 km on Friday. What is his average distance per run?",
    "Chloe has 3 times as many stickers as Ben. Together they have 96 stickers. How many stickers does Chloe have?",
    "A water tank holds 600 litres and leaks 12 litres an hour. How many litres remain after a day and a half?",
    "Hiro buys 4 packs of trading cards with 9 cards in each pack and gives away 11 cards. How many does he keep?",
    "Sofia pays $1,200 a month in rent, and the rent rises by 5% next year. How much rent will she pay over next year?",
    "A bakery makes 150 loaves. It sells 60% in the morning and half of the rest in the afternoon. How many loaves are left?",
    "Kwame drives 270 km on 18 litres of fuel. How many litres would he need to drive 450 km?",
    "Nina plants 7 rows of tulips with 14 bulbs in each row. A squirrel digs up 19 bulbs. How many bulbs are still planted?",
    "Diego earns $16 an hour and works 37.5 hours a week. How much does he earn in four weeks?",
    "A class of 28 students is split into teams of 4, and each team needs 3 markers. How many markers are needed?",
    "Elena's garden is 12 m by 8 m. She paves a third of it. How many square metres are left unpaved?",
    "Ravi has 250 marbles. He gives 30% to his sister and 45 to a friend. How many marbles does he have left?",
    "A shop takes 25% off an $80 jacket and then adds 10% sales tax. What is the final price?",
    "Freya swims 40 lengths of a 25 m pool every day for a week. How many kilometres does she swim in total?",
    "Jonas bakes muffins in trays of 12. He needs 100 muffins for the school fair. How many trays must he bake?",
    "Mira's phone battery drops 8% per hour. It starts at 92%. After how many full hours is it below 30%?",
    "A bus leaves with 45 passengers. At the first stop 12 get off and 7 get on; at the second stop 15 get off. How many are left on the bus?",
    "Samir buys 6 apples at $0.40 each and 2 melons at $3.20 each. How much does he spend altogether?",
    "Ingrid knits 3 scarves a week. How many weeks does she need to knit 40 scarves?",
]

CLEAN_MMLU = [
    "Which scientist formulated the three laws of motion? A) Galileo Galilei B) Isaac Newton C) Johannes Kepler D) Nicolaus Copernicus",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "Which organelle is the main site of cellular respiration? A) Nucleus B) Ribosome C) Mitochondrion D) Golgi apparatus",
    "In which year did the Berlin Wall fall? A) 1987 B) 1989 C) 1991 D) 1993",
    "Who wrote 'The Wealth of Nations'? A) Karl Marx B) John Maynard Keynes C) Adam Smith D) David Hume",
    "What is the derivative of sin(x)? A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "Which element has atomic number 6? A) Oxygen B) Nitrogen C) Carbon D) Boron",
    "Which river flows through Cairo? A) Tigris B) Euphrates C) Niger D) Nile",
    "Under the doctrine of stare decisis, courts are bound by: A) statutes only B) earlier judicial decisions C) academic commentary D) international treaties",
    "Who painted the ceiling of the Sistine Chapel? A) Raphael B) Leonardo da Vinci C) Michelangelo D) Donatello",
    "Which of the following is a prime number? A) 21 B) 27 C) 29 D) 33",
    "Which economist is best known for the theory of comparative advantage? A) David Ricardo B) Milton Friedman C) Thomas Malthus D) Friedrich Hayek",
    "The Peace of Westphalia (1648) ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The Wars of the Roses D) The Seven Years' War",
    "What type of bond holds the two strands of DNA together? A) Ionic B) Covalent C) Hydrogen D) Metallic",
    "Which philosopher wrote the 'Critique of Pure Reason'? A) Hegel B) Kant C) Hume D) Descartes",
    "A contract signed under duress is generally: A) void B) voidable C) fully enforceable D) a criminal offence",
    "Which planet has the shortest year? A) Venus B) Mercury C) Mars D) Earth",
    "Who is credited with discovering penicillin? A) Louis Pasteur B) Alexander Fleming C) Robert Koch D) Joseph Lister",
    "What is the SI unit of electrical resistance? A) Volt B) Ampere C) Ohm D) Watt",
    "Which mountain range is conventionally taken as a boundary between Europe and Asia? A) Alps B) Urals C) Carpathians D) Pyrenees",
    "Who proposed the hierarchy of needs? A) Sigmund Freud B) B. F. Skinner C) Abraham Maslow D) Carl Rogers",
    "What is the value of log base 2 of 64? A) 5 B) 6 C) 7 D) 8",
    "Which civilisation built Machu Picchu? A) Aztec B) Maya C) Inca D) Olmec",
    "In employment law, constructive dismissal occurs when: A) an employee is fired for misconduct B) the employer's conduct forces the employee to resign C) a fixed-term contract expires D) a redundancy is agreed",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
]

CLEAN_HEALTH = [
    "I've had a dry cough for three weeks but no fever. When should I see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a headache?",
    "What are the early signs of type 2 diabetes?",
    "My knee clicks when I climb stairs but doesn't hurt. Is that normal?",
    "How often does an adult need a tetanus booster?",
    "What is the difference between a cold and the flu?",
    "Can stress cause chest pain, and how can I tell it apart from a heart problem?",
    "I get dizzy when I stand up quickly. What might cause that?",
    "How much water should I drink each day while pregnant?",
    "Which foods help lower LDL cholesterol?",
    "Is a resting heart rate of 52 too low for someone who runs regularly?",
    "How do I know whether a burn needs medical attention?",
    "My child developed a rash after starting antibiotics. Should we stop the medicine?",
    "What are the side effects of taking antacids every day for years?",
    "How can I sleep better when I work night shifts?",
    "Is it normal to feel exhausted for weeks after a viral infection?",
    "Can I eat breakfast before a fasting blood test, or only drink water?",
    "Are there exercises that help with lower back pain from sitting at a desk all day?",
    "How long is a person with chickenpox contagious?",
    "What is a normal blood pressure reading for someone in their sixties?",
    "Can I drink alcohol while I'm taking a course of antibiotics?",
    "Why do my hands go numb at night, and should I worry?",
    "How should I treat a sprained ankle in the first 48 hours?",
    "What are the warning signs of a stroke?",
    "Is it worth getting a flu vaccine if I'm healthy and under 40?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "53819274X": dni_ok,  # Spanish DNI
    "71203948L": dni_ok,
    "2 87 06 75 123 456 38": nir_ok,  # French NIR
    "47183920560": steuer_id_ok,  # German tax id
    "739.462.185-55": cpf_ok,  # Brazilian CPF
    "RSSGLI88C52F839Q": codice_fiscale_ok,  # Italian codice fiscale
    "284619371": bsn_ok,  # Dutch BSN
    "318294758": bsn_ok,
    "648 392 710": luhn_len(9),  # Canadian SIN
    "719 283 640": luhn_len(9),
    "7391846H": pps_ok,  # Irish PPS number
    "38472910688": kimlik_ok,  # Turkish kimlik
    "9106235147085": luhn_len(13),  # South African id
    "384 719 209": tfn_ok,  # Australian tax file number
    "529 173 642": tfn_ok,
    "92041583277": pesel_ok,  # Polish PESEL
    "85072219473": pesel_ok,
    "5830 2749 1635": aadhaar_ok,  # Indian Aadhaar
    "7401 9385 2711": aadhaar_ok,
    "T0384729I": nric_ok,  # Singapore NRIC
    "248371959": nif_ok,  # Portuguese NIF
    "14038927419": fodselsnummer_ok,  # Norwegian fødselsnummer
    "85.07.14-293.54": belgian_id_ok,  # Belgian national number
    "731 820 4564": nhs_ok,  # NHS number
    "520 918 3742": nhs_ok,
    "2900415401283": cnp_ok,  # Romanian CNP
    "220491-518L": hetu_ok,  # Finnish henkilötunnus
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"07700900\d{3}",
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"0491570\d{3}",
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06 \d{8}",  # Netherlands mobile
        r"\+(7|20|27|30|40|43|46|47|48|52|55|86|91|98|212|233|234|265|353|380|381|961|971|977) [\d -]+\d",
    )
]


def check_mix() -> None:
    """Chat requests mostly name someone and often carry a secret; the records hold one
    person each; every type of the scanner appears in the set."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    if kinds != TYPES:
        raise SystemExit(f"types missing: {sorted(TYPES - kinds)}")


def verify() -> None:
    """Read the written files back: ids unique and in order, offsets and derived fields."""
    seen: set[str] = set()
    for kind, want in (("pii", 220), ("clean", 100)):
        lines = (HERE / f"chat_{kind}_{NAME}.jsonl").read_text(encoding="utf-8").splitlines()
        if len(lines) != want:
            raise SystemExit(f"{kind}: {len(lines)} rows, want {want}")
        for i, line in enumerate(lines, 1):
            row = json.loads(line)
            if row["id"] != f"{NAME}-{kind}-{i:04d}" or row["id"] in seen:
                raise SystemExit(f"bad or repeated id {row['id']}")
            seen.add(row["id"])
            for span in row["spans"]:
                if row["text"][span["start"] : span["end"]] != span["value"]:
                    raise SystemExit(f"offset mismatch in {row['id']}")
            if row["entity_types"] != sorted({s["type"] for s in row["spans"]}):
                raise SystemExit(f"entity types of {row['id']}")
            if row["has_any_pii"] != (kind == "pii") or row["has_direct_identifier"] != (
                kind == "pii"
            ):
                raise SystemExit(f"flags of {row['id']}")


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
    for text in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if strip_marks(text)[1]:
            raise SystemExit(f"mark in clean text {text[:60]!r}")
    build_sections(
        NAME, HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    verify()


if __name__ == "__main__":
    main()
