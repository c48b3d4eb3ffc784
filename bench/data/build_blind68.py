# ruff: noqa: E501
"""A sixty-eighth blind privacy set: 220 texts with personal data and 100 clean ones, the
traffic a company's internal assistant sees from its support, HR, finance, clinic, IT,
sales, legal and insurance staff.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations), 10 to 200 words each, in English, with people, numbers
and addresses from many countries:

* 40 support agents pasting a customer's message, chat, voicemail or web form and asking for
  a reply, a summary or a tone check; the first 10 are typed all in lower case;
* 30 HR requests about a named employee and their employee or staff number: leave balances,
  parental and sick leave, payroll errors, onboarding, references, grievances, with a few
  national ids and two SSNs;
* 30 finance tasks: reconciling bank lines, refunds, chargebacks, direct debits and payment
  runs with IBANs of seventeen countries and Luhn-valid card numbers;
* 30 clinic and ward texts summarising patient notes, letters and reminders with NHS
  numbers, MRNs and other health ids and dates of birth;
* 30 IT helpdesk tickets with usernames, passwords, a recovery key, wifi and door codes,
  API keys and IPs;
* 20 sales notes and follow-ups with phone numbers and e-mail addresses;
* 20 legal intake forms and letters with postal addresses;
* 20 insurance claims and queries with policy numbers.

Usernames and logins, account, customer, member, subscriber, employee, staff, patient and
policy numbers, passports, driver licences, tax and national ids are ID_NUMBER; PINs, door
and alarm codes, wifi keys, recovery keys and passwords PASSWORD; a login that is an e-mail
address is EMAIL_ADDRESS; titles and relation words (Mr, Mrs, Dr, my daughter, his wife) stay
outside PERSON spans; an address span runs from the first street line through the postcode
and city as typed; public figures, companies, pets, order, ticket, invoice, claim, asset and
case numbers and dates of birth are not labelled; every occurrence of a private value is
marked. The 100 clean texts hold no personal data at all: 20 policy and process questions,
20 templates with placeholders and anonymised examples ('Customer A', 'the patient'), 20
aggregate reports (counts, percentages), 20 SQL and spreadsheet questions and 20 product
questions, some naming public companies.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113, 0114,
0117 and 0161 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98 and
01 99 00; Germany 089 99998; Sweden 070 174 06) and in each country's own layout elsewhere;
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits (NHS number, Indian Aadhaar, Singapore NRIC, Polish
PESEL, Belgian national number, Japanese My Number, Canadian SIN, Norwegian
fødselsnummer, Italian codice fiscale, Irish PPS, Australian TFN and Medicare, Finnish
henkilötunnus, New Zealand NHI, Swedish personnummer, Spanish DNI and NIE, French NIR,
Dutch BSN, Korean resident registration number, German tax id, South African id, Estonian
isikukood, Chilean RUT, Turkish kimlik, Brazilian CPF, Portuguese NIF, Emirates ID).

Run ``.venv/bin/python bench/data/build_blind68.py`` from the repository root; the output is
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
    fodselsnummer_ok,
    hetu_ok,
    isikukood_ok,
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
    rrn_ok,
    rut_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 10
MIN_CHARS = 40
MAX_WORDS = 200
WORDS = (10, 200)
VALUES = (1, 10)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Nurse|Herr|Frau|Mme|Mlle|Sr|Sra|Pat|Pt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 40 support agents pasting a customer's message and asking for a reply; the first 10 are
# typed all in lower case.
SUPPORT = [
    "can you draft a polite reply to this: 'hi, i ordered the standing desk three weeks ago and nothing has arrived. my name is [[PERSON|tomasz wielgosz]], phone [[PHONE_NUMBER|07700 900418]]. order 55-20931.' keep it short and say we'll chase the courier",
    "customer chat pasted below, what do i tell her?\n\n'hiya its [[PERSON|shauna mcbride]] again, the refund still hasnt hit my card ending 4417. can someone just ring me on [[PHONE_NUMBER|0161 496 0732]] after 5'",
    "need a reply in a friendly tone. msg from [[PERSON|ravi chandrasekar]] ([[EMAIL_ADDRESS|ravi.chandrasekar88@gmail.com]]): 'the app logs me out every time i switch to wifi, tried reinstalling twice'. he's been on the premium plan since 2021 so be nice",
    "turn this complaint into a one-line ticket title and suggest a reply: 'parcel left outside in the rain, box destroyed, speaker soaked. delivery address was [[STREET_ADDRESS|flat 3, 27 kelvin way, glasgow g3 7pq]]. not happy at all. [[PERSON|ewan doherty]]'",
    "pls check my tone before i hit send. it's going to mrs [[PERSON|adaeze okonkwo]] at [[EMAIL_ADDRESS|adaeze.ok@yahoo.co.uk]]: 'we are sorry the blender arrived with a cracked jug. we have booked a replacement for thursday and you do not need to return the old one.' too stiff?",
    "reply to this pls, short: 'hello i moved house, can u update my address to [[STREET_ADDRESS|14 rue des tanneurs, 67000 strasbourg]] and my mobile is now [[PHONE_NUMBER|06 39 98 41 27]] thx [[PERSON|léa fontaine]]'",
    "what's our policy answer here? customer [[PERSON|jun-ho seo]] says 'i was charged twice for the march subscription, my customer id is [[ID_NUMBER|cu-884210]]'. do we refund both or wait for the bank to reverse one",
    "summarise for handover: caller [[PERSON|gabriela souza]] rang about her loyalty points, member no [[ID_NUMBER|lp 20338719]], wants them moved to her husband's account. told her we need his consent first. callback number [[PHONE_NUMBER|+55 11 98274 3160]]",
    "draft an apology email. customer is [[PERSON|hamid rezaei]], [[EMAIL_ADDRESS|h.rezaei@outlook.com]], his booking for the 14th got cancelled by our system by mistake and he had to pay for a taxi to the airport. offer the 20% voucher, nothing more",
    "can u make this sound less angry lol. replying to [[PERSON|birgit lindqvist]]: 'as i said on the phone we cannot reverse a delivered order.' she has called from [[PHONE_NUMBER|+46 70 174 06 52]] twice today already",
    "Customer message below — can you write a reply confirming the exchange?\n\n> Hi, I'm [[PERSON|Priya Nair]], order placed under [[EMAIL_ADDRESS|priya.nair.works@gmail.com]]. The jacket is a size too small, can I swap it for a large? I can drop it at a store in Leeds.\n\nWe allow exchanges within 30 days, no receipt needed if the order is on the account.",
    "Hey, quick one. A guy called [[PERSON|Dmitri Volkov]] keeps emailing us from [[EMAIL_ADDRESS|dvolkov.design@proton.me]] demanding a refund on a non-refundable workshop ticket. Give me two sentences that are firm but kind.",
    "Please write a response in both Spanish and English. Customer: [[PERSON|Lucía Ortega Ruiz]]. Phone on file [[PHONE_NUMBER|+34 612 48 93 07]]. She says a courier asked her for a 'customs fee' by SMS and she paid €3.99 — we think it was a phishing text. Explain that we never ask for fees by text and tell her to call her bank.",
    "Ticket 88213. Customer wrote: 'My daughter used my card to buy gems in the game, 6 purchases, can I get them back?? Card is [[CREDIT_CARD|4532 0187 4629 1856]]. — [[PERSON|Marcus Thibodeaux]]'. How do I reply without repeating the card number back to him, and do I need to do anything with it?",
    "Draft reply: Mr [[PERSON|Kwame Asante]] (account [[ID_NUMBER|AC-7731094]]) says his direct debit failed because we used his old bank details. New details he sent: IBAN [[IBAN_CODE|GB65 BARC 2041 8773 9465 28]]. Confirm we've updated it and that no late fee will apply this month.",
    "Can you summarise this long email into 3 bullets for the escalation team?\n\n'Dear support, I have been a customer for eleven years. Since your last update the thermostat ignores the schedule, the heating runs all night and my bill has doubled. I attached photos of the app. I expect compensation for January and February. Please do not send me another generic email. Regards, [[PERSON|Henrike Baumgartner]], [[STREET_ADDRESS|Am Lindenhof 12, 79098 Freiburg im Breisgau]]'\n\nShe also wrote the same thing on Trustpilot, signed [[PERSON|Henrike Baumgartner]] again.",
    "what's the best way to answer this? came through the web form:\nName: [[PERSON|Oluwaseun Adeyemi]]\nEmail: [[EMAIL_ADDRESS|seun.adeyemi@yahoo.com]]\nPhone: [[PHONE_NUMBER|+234 803 417 2290]]\nMessage: I was told my warranty claim was approved but nobody has called me in 2 weeks. Is this how you treat customers?",
    "Customer [[PERSON|Inês Carvalho]] wants to know why her invoice INV-22817 shows VAT twice. Her NIF is [[ID_NUMBER|238 417 590]] and she says the company name on the invoice is wrong too. Draft a reply asking her to confirm the correct billing entity.",
    "Short reply please. From the chat: 'yo, locked out of my account, username is [[ID_NUMBER|skater_jj91]] and the reset email goes to an address i dont have anymore' — user's real name per profile is [[PERSON|Jordan Jeffries]]. We need ID before changing the email.",
    "Can you help me respond to Mrs. [[PERSON|Fumiko Tanaka]]? She writes in polite but slightly broken English: 'Please send the manual of the rice cooker by the post. My address is [[STREET_ADDRESS|3-14-7 Nishiazabu, Minato-ku, Tokyo 106-0031]]. Thank you very much.' We only have PDFs now, no printed manuals.",
    "Agent note -> need a customer-facing version: 'Cust. [[PERSON|Deepak Malhotra]], mob [[PHONE_NUMBER|+91 98204 71536]], complained re missing cashback on UPI payment of ₹2,499 on 3 Feb. Checked — promo not applicable to EMI orders. Explain gently, offer 200 pts goodwill.'",
    "I've got an elderly customer, Mr [[PERSON|Reginald Fairweather]], who keeps calling ([[PHONE_NUMBER|020 7946 0318]]) because he can't find the 'settings' on his new tablet. Write a very simple step by step I can read out to him to make the text bigger on Android.",
    "rewrite this so it doesn't blame the customer: 'Ms [[PERSON|Chloé Martin]], you entered the wrong postcode so the parcel went back to the depot.' Her address is actually [[STREET_ADDRESS|9 Rue du Mail, 75002 Paris]], she corrected it on the account yesterday.",
    "Customer's message: 'Hallo, I write from Vienna. I returned the coffee machine on 2 May but there is no refund yet. Please pay it to my account [[IBAN_CODE|AT23 1420 0000 2841 6937]], name [[PERSON|Katharina Steiner]].' Are we even allowed to refund to a different account than the original card? Draft an answer either way.",
    "Draft a reply to [[PERSON|Aroha Ngata]] ([[EMAIL_ADDRESS|aroha.ngata@xtra.co.nz]]). She's asking if we ship to Rarotonga and whether duties are prepaid. We don't ship there yet but might next year.",
    "Pls proofread: 'Hi [[PERSON|Sven]], thanks for your patience. We've reset your loyalty PIN to [[PASSWORD|7305]]; you can change it in the app under Profile > Security.' — customer is [[PERSON|Sven Halvorsen]], member [[ID_NUMBER|4471-0982-33]].",
    "The customer pasted his whole card into the chat, ugh. 'Here you go [[CREDIT_CARD|5294 7301 8264 7590]] exp 09/27 — [[PERSON|Bilal Chaudhry]]'. What's the script for telling him we've deleted it from the transcript and he should never share it? Should I flag the card too?",
    "Need a macro-style reply. A woman called [[PERSON|Grace Mwangi]] ([[PHONE_NUMBER|+254 722 418 036]]) says our agent in Nairobi promised her a free installation. We'll honour it but make clear it's a one-off.",
    "Respond to a review. It's signed '[[PERSON|N. Castellanos]]' — from order data it's [[PERSON|Natalia Castellanos]], [[EMAIL_ADDRESS|natcastellanos@hotmail.com]]. She gave 1 star because the sofa legs were missing from the box. The public reply must not include any of her details!",
    "I need a reply for a customer who says she never got the 2FA text. Profile: [[PERSON|Yasmin El-Amin]], mobile [[PHONE_NUMBER|07700 900562]], username [[ID_NUMBER|yasmin.elamin]]. SMS logs show the messages as delivered at 10:02 and 10:05.",
    "Draft a response to a landlord complaint. Caller: [[PERSON|Pieter van der Berg]], tenant of one of our clients, rang from [[PHONE_NUMBER|+31 6 1843 2975]] about the boiler at [[STREET_ADDRESS|Prinsengracht 412-II, 1016 JH Amsterdam]]. He wants to know who pays for the engineer's visit.",
    "Write a reply for the marketplace seller. The buyer, [[PERSON|Hoàng Minh Châu]], says: 'The phone case colour is different from picture. I want return. Call me [[PHONE_NUMBER|+84 90 481 2376]].' Our policy: colour variance isn't a defect but we accept returns within 7 days unused.",
    "Customer says we leaked her data: 'I started getting spam at [[EMAIL_ADDRESS|anna.kowalczyk.pl@wp.pl]] right after I signed up with you!!' — [[PERSON|Anna Kowalczyk]], customer since 2019. Draft a calm response explaining what we store and offering a data access request.",
    "summarise please, then draft the reply. Caller [[PERSON|Mohammed Al-Harbi]] from Dubai, Emirates ID [[ID_NUMBER|784-1985-4827163-8]], wants last quarter's invoices reissued in his company's name instead of his own. Phone [[PHONE_NUMBER|+971 50 418 2273]]. We can do it once the trade licence is uploaded.",
    "Long one sorry. Here is the thread with the customer, can you write one reply that covers everything?\n\nMsg 1: 'Washing machine leaking since Tuesday, engineer never came.'\nMsg 2: 'Rang twice, got cut off. This is [[PERSON|Siobhan Gallagher]], [[STREET_ADDRESS|22 Ardmore Park, Bray, Co. Wicklow A98 K2X4]].'\nMsg 3: 'Now the floor is damaged. Who pays for that?'\nMsg 4: 'My mobile is [[PHONE_NUMBER|087 319 4402]] if anyone actually wants to help.'\n\n[[PERSON|Siobhan]] has a 2-year warranty. Engineer slot available Friday AM. Damage to flooring goes to the claims team, we can't promise anything on that.",
    "Quick q: is it ok to send a customer's tracking link to a different email than the one on the account? Account email: [[EMAIL_ADDRESS|theo.marchetti@libero.it]]. He's asking us to send it to his assistant at [[EMAIL_ADDRESS|g.pellegrino@studiomarchetti.it]]. Customer is [[PERSON|Teodoro Marchetti]].",
    "Reply to this in a warm tone, she's been with us since the very beginning: 'Morning! It's [[PERSON|Margaret Oyelaran-Smith]]. Could you please post me a paper copy of my statement? Same address as always, [[STREET_ADDRESS|22 Wellesley Crescent, Reading RG1 5BQ]]. Thank you dear.'",
    "Agent-to-agent handover. Customer: [[PERSON|Carlos Eduardo Lima]] (CPF [[ID_NUMBER|382.915.470-41]]). Issue: instalment plan shows 12x but he signed up for 10x. Spoke to him at 14:20, promised a callback tomorrow on [[PHONE_NUMBER|+55 21 99718 4402]]. Draft the callback script in English, I'll translate.",
    "I have a customer asking to close his account and delete everything. Name [[PERSON|Ashok Raghunathan]], customer number [[ID_NUMBER|00918273]], email [[EMAIL_ADDRESS|ashok.r@rediffmail.com]]. What do I say about the 30 day retention period? Plain language please, he's already annoyed.",
    "Can you turn this voicemail transcript into a ticket summary?\n\n'Hi, uh, this is, uh, [[PERSON|Jean-Baptiste Moreau]] calling about, um, my internet which has been down since Sunday... my number is [[PHONE_NUMBER|+33 6 39 98 12 84]], the account is under my wife's name, [[PERSON|Sandrine Moreau]], and the address is [[STREET_ADDRESS|5 Allée des Peupliers, 44300 Nantes]]. Please call back, thanks.'",
]

# 30 HR requests about named employees: leave, payroll, onboarding, absence, grievances.
HR = [
    "How many days of annual leave does [[PERSON|Fatima Zahra Benali]] ([[ID_NUMBER|EMP-20417]]) have left if she's taken 9 of her 25 and is carrying over 3 from last year? She also wants to book 12–16 August.",
    "Please draft a return-to-work letter for [[PERSON|Jonas Eriksson]], employee no. [[ID_NUMBER|58812]], who has been on parental leave from 3 March to 1 September. Keep salary info out of it, just the practical stuff (IT access, first week, phased return option).",
    "hr question: can we refuse a sabbatical request outright? employee is [[PERSON|kieran o'shea]], staff id [[ID_NUMBER|ks-3307]], 6 years service, wants 3 months unpaid from january. handbook just says 'at the discretion of the department head'",
    "Payroll mismatch — [[PERSON|Meera Pillai]] ([[ID_NUMBER|E-77120]]) says her May payslip shows 19 days of sick leave but she was only off for 4. Her manager is [[PERSON|Tobias Krüger]]. Draft an email to both acknowledging the error and saying we'll correct it in the June run.",
    "Sick note received for [[PERSON|Aleksander Nowak]], emp# [[ID_NUMBER|004519]], PESEL [[ID_NUMBER|92071405837]], off 10–24 June with a back injury. What do I need to record for ZUS and what should NOT go into his general personnel file?",
    "I'm onboarding [[PERSON|Dana Whitfield]], employee [[ID_NUMBER|310224]]. Her I-9 paperwork lists SSN [[US_SSN|412-68-3059]]. Which fields do I key into the HRIS and which documents go only in the locked I-9 folder?",
    "Write a short nudge to line managers. Pending leave requests older than 5 days:\n- [[PERSON|Hannah Brooks]] ([[ID_NUMBER|E1182]]) – 2 days\n- [[PERSON|Samuel Osei]] ([[ID_NUMBER|E1390]]) – 5 days\n- [[PERSON|Wei Zhang]] ([[ID_NUMBER|E1407]]) – half day\nMake it friendly, not naggy.",
    "Maternity leave question. [[PERSON|Sophie Lambert]], emp [[ID_NUMBER|44-1093]], due date 17 October, wants to start leave 4 weeks before. She works in our Brussels office — how many weeks is she entitled to and when would it end? Her national number [[ID_NUMBER|85.07.30-274.78]] is on the form if that matters.",
    "can you check my maths. employee [[PERSON|rahul verma]] (id [[ID_NUMBER|20931]]) is 0.8 fte, full time entitlement is 28 days incl bank hols, he started 1 april. what's his pro rata to 31 dec? round to nearest half day",
    "Disciplinary: we need to write to [[PERSON|Craig Petrie]] (employee [[ID_NUMBER|7720184]]) at [[STREET_ADDRESS|41 Balgreen Road, Edinburgh EH12 5TX]] inviting him to a hearing on Thursday at 10am. Include his right to be accompanied and the allegations (unauthorised absence on 3 occasions).",
    "can u look up the toil rules for me? [[PERSON|nadia haddad]] emp no [[ID_NUMBER|33018]] says she's owed 3 days, her manager says 1.5. she worked two saturdays and one bank holiday. who's right under a 1:1 policy with bank hols at 1.5x?",
    "Bereavement leave request from [[PERSON|Olumide Bakare]] (staff no. [[ID_NUMBER|NG-00872]]). His father passed away in Ibadan and he needs to travel for the funeral. Policy says 5 days paid; he's asking for 10. Draft a compassionate reply offering 5 paid plus 5 from annual leave or unpaid, his choice.",
    "Year-end adjustment: [[PERSON|Yuki Matsumoto]], employee [[ID_NUMBER|0047721]], My Number [[ID_NUMBER|5301 8274 6192]]. She's new to Japan payroll and confused. Explain in simple English which sections of the dependant deduction form she needs to fill in.",
    "Employee [[PERSON|Marta Gil]] (emp [[ID_NUMBER|8812]]) emailed asking us to change her salary account to [[IBAN_CODE|ES31 2100 3819 2806 0037 1945]]. The email came from [[EMAIL_ADDRESS|martagil.personal@gmail.com]], not her work address. Could this be payroll diversion fraud? What checks do we do before changing anything?",
    "Tidy these exit interview notes into a short summary for the file:\nleaver: [[PERSON|Benedikt Hoffmann]], emp. [[ID_NUMBER|22-4519]], last day 30/09\nreasons: no progression, poor relationship w/ manager, salary below market\nwould return? maybe in 2 yrs\npersonal email for the final payslip: [[EMAIL_ADDRESS|b.hoffmann84@gmx.de]]",
    "Leave encashment for [[PERSON|Tan Wei Ling]] (NRIC [[ID_NUMBER|S9207413G]], staff [[ID_NUMBER|10294]]): she has 11 unused days when she leaves on the 31st. Our Singapore handbook caps payout at 7. Draft the email to her explaining the calculation.",
    "Record of Employment for [[PERSON|Étienne Gagnon]], SIN [[ID_NUMBER|462 918 038]], employee [[ID_NUMBER|6630]]. Layoff due to shortage of work, effective 15 November. Which reason code goes in block 16, and what do I put for the expected date of recall if unknown?",
    "Flexible working request from [[PERSON|Ngozi Eze]], emp no [[ID_NUMBER|2291]] — she wants compressed hours, 4 days x 9.5h. Her manager [[PERSON|Liam Murphy]] is worried about Friday cover on the helpdesk. Suggest a reply that offers a 3-month trial.",
    "Write a neutral reference confirming employment dates and job title only for [[PERSON|Isabella Rossi]], employee [[ID_NUMBER|9917]], employed 4 March 2019 to 31 January 2024 as Customer Service Advisor. We don't give performance comments.",
    "Overtime claims for week 32:\n[[PERSON|Arjun Mehta]] ([[ID_NUMBER|EMP0931]]) 6h\n[[PERSON|Lerato Dlamini]] ([[ID_NUMBER|EMP1044]]) 3.5h\n[[PERSON|Cosmin Popescu]] ([[ID_NUMBER|EMP1187]]) 9h\n[[PERSON|Cosmin]]'s is over the 8h weekly cap. What's the approval route and does it need the director?",
    "Sick pay question for our Oslo office. [[PERSON|Ingrid Solberg]], ansattnr [[ID_NUMBER|3318]], fødselsnummer [[ID_NUMBER|150389 47211]], has been off sick for 14 days. When does NAV take over from the employer period, and what do we need to submit?",
    "Please turn this into a proper email to the employee: 'hey [[PERSON|Patrick]], just confirming your unpaid leave 1–19 July is approved. emp number [[ID_NUMBER|PD-4410]]. locker 18 keys need returning before you go, and the back door alarm code changes while you're away, new one is [[PASSWORD|6621]] for when you're back.' Employee's full name is [[PERSON|Patrick Donnelly]].",
    "New hire [[PERSON|Giulia Ferraro]] starts Monday in the Turin office. Codice fiscale [[ID_NUMBER|FRRGLI88C62L219H]], matricola [[ID_NUMBER|104482]]. Create a first-week HR checklist: contract signature, INAIL, privacy notice, safety training, and so on.",
    "Illness benefit form for [[PERSON|Declan Byrne]], PPS [[ID_NUMBER|3829104K]], employee [[ID_NUMBER|2280]]. He's out for 3 weeks after knee surgery. Do we top up to full pay for the first 4 weeks under the handbook, and does the DSP payment get deducted?",
    "Grievance file summary needed, keep it neutral. Complainant: [[PERSON|Amira Youssef]] (emp [[ID_NUMBER|50672]]) against her team lead. Witnesses: [[PERSON|Grzegorz Wiśniewski]] (emp [[ID_NUMBER|50418]]) and [[PERSON|Holly Chambers]] (emp [[ID_NUMBER|50733]]). Notes: two incidents of shouting in meetings (14 Feb, 2 Mar), one witnessed by both, the second only by [[PERSON|Holly]]. Team lead denies the second. [[PERSON|Amira]] wants a move to another team, not a formal outcome.",
    "quick q - [[PERSON|marcus pereira]] emp [[ID_NUMBER|11827]] asked to swap his bank holiday monday for eid al-adha. are we allowed to say no? uk company, 40 staff, no policy on it yet",
    "New starter paperwork for [[PERSON|Jack Thornton]]: TFN [[ID_NUMBER|385 291 468]], employee [[ID_NUMBER|7013]], super fund member number [[ID_NUMBER|4410028]]. Which of these can sit in the HRIS and which should stay in payroll only?",
    "Férias question for the São Paulo team: [[PERSON|Renata Albuquerque]], matrícula [[ID_NUMBER|3390]], wants to split her 30 days of vacation into 3 periods. Is that allowed under the CLT? I think one period has to be at least 14 days.",
    "PF transfer help: [[PERSON|Sandeep Kulkarni]], emp code [[ID_NUMBER|INF-20381]], UAN [[ID_NUMBER|100938274615]], Aadhaar [[ID_NUMBER|5829 3047 1621]]. Write him an email explaining what to do on the EPFO portal to move his old PF balance.",
    "FMLA: [[PERSON|Tyrone Jackson]], employee [[ID_NUMBER|88310]], SSN [[US_SSN|538-21-7746]], is requesting intermittent leave to care for his mother. He's worked here 14 months and 1,460 hours. Draft the eligibility notice language.",
]

# 30 finance tasks: reconciling payments, refunds, chargebacks, with IBANs and card numbers.
FINANCE = [
    "Can you match this? Bank line: 12.03 CR 1.240,00 EUR from [[PERSON|LUKAS BRANDT]], IBAN [[IBAN_CODE|DE87 3705 0198 0042 8173 65]], reference 'RE 2291'. Open items in the ledger: RE 2291 (1.240,00) and RE 2297 (620,00). Which one does it clear and what do I post?",
    "Refund request: card [[CREDIT_CARD|4917 6305 2814 7364]], cardholder [[PERSON|Emily Watson]], amount £89.99, original transaction 2 Feb. The card has since expired and she's given us a new one ending 2210. Do we push the refund to the old card anyway or do a bank transfer?",
    "supplier changed bank details by email — new iban [[IBAN_CODE|nl31 rabo 0318 4472 96]] for noordzee installatietechniek, signed by their owner [[PERSON|jeroen smit]]. we've paid the old account for 4 years. what's our verification process before updating? call-back to the number on file?",
    "Chargeback received on Amex [[CREDIT_CARD|3749 2816 5037 482]] for $1,480 — cardholder [[PERSON|Harold Grimsby]] claims the hotel stay was cancelled. We have a signed folio and key card logs for 3 nights. Draft a rebuttal summary for the acquirer, bullet points.",
    "Direct debit mandate for [[PERSON|Amelia Hartley]], customer acc [[ID_NUMBER|7738201]], IBAN [[IBAN_CODE|GB22 LOYD 3096 2145 0718 36]] — it has bounced twice with ARUDD reason code 0. What does code 0 mean, and which letter template should we send her?",
    "Bonifico ricevuto from [[PERSON|Davide Conti]], IBAN [[IBAN_CODE|IT33 X030 6909 6061 0000 0174 839]], €3.500, causale 'acconto villa'. There's no matching invoice anywhere. How should I book an unidentified advance payment until sales confirms?",
    "Card declined 3 times for subscriber [[PERSON|Noura Al-Mansouri]] (sub ID [[ID_NUMBER|SB-55291]]), card [[CREDIT_CARD|5376 2019 4857 3026]]. Processor response 05, do not honour. Draft an email asking her to update her payment method without scaring her.",
    "Salary payment for [[PERSON|Henrik Aas]] bounced back — account [[IBAN_CODE|NO48 6038 0721 845]] is closed. Employee no [[ID_NUMBER|2041]]. What's the process to reissue, and can we pay him by cheque in the meantime?",
    "Expense audit question: [[PERSON|Priyanka Desai]] submitted a claim with a receipt that shows her full personal card number, [[CREDIT_CARD|4026 3195 8470 2134]]. Should finance redact that before the receipt goes into the archive? What does PCI say?",
    "Make a short table from this (columns: name, country, amount):\n'Refunds to process today — [[PERSON|Ahmed Siddiqui]], IBAN [[IBAN_CODE|GB77 HBUK 4012 7661 8290 53]], £120; [[PERSON|Rosa Delgado]], [[IBAN_CODE|ES28 0049 5127 3025 1608 7342]], €75; [[PERSON|Femi Ogunleye]], [[IBAN_CODE|IE28 AIBK 9310 4482 1937 65]], €210.'",
    "why would a sepa credit transfer to [[IBAN_CODE|fr76 3000 4018 2300 0128 7364 566]] come back with reason code ac04? payee is [[PERSON|camille rousseau]], she swears the account is still open and she used it last week",
    "Please check whether this card number is even valid before I key it into the terminal: [[CREDIT_CARD|4482 0971 6350 4827]], holder [[PERSON|Graham McAllister]]. He read it out over the phone and I might have misheard a digit.",
    "Write an email to [[PERSON|Yusuf Demir]] confirming we've received his payment of 18.500 TL from [[IBAN_CODE|TR23 0006 2000 0084 1729 3846 50]]. It covers invoices 441 and 442 in full; 443 is still open.",
    "Quarterly reconciliation: payment from [[PERSON|Beat Zürcher]], IBAN [[IBAN_CODE|CH92 0483 5047 2916 4300 0]], CHF 2'750 — he's overpaid by CHF 250 because he paid last quarter's fee twice. Draft a note offering a refund or a credit to next quarter.",
    "We got a suspicious order: card [[CREDIT_CARD|2223 1405 9718 2642]] used by '[[PERSON|Kevin Mbeki]]', billing email [[EMAIL_ADDRESS|kev.mbeki77@gmail.com]], placed from IP [[IP_ADDRESS|203.0.113.84]], shipping to a freight forwarder in Miami. Give me a fraud-review checklist for this one.",
    "Borrower [[PERSON|Svetlana Ivanova]], loan acct [[ID_NUMBER|LN-0093371]], repays monthly from [[IBAN_CODE|LU08 0010 0128 4736 1500]]. She's asking for a 2 month payment holiday. If interest keeps accruing at 6.9% p.a. on the €14,200 left, how much longer is the term at the same instalment of €310?",
    "Write-off memo please. Debtor [[PERSON|Kofi Boateng]], customer no. [[ID_NUMBER|55-71902]], balance GHS 3,410, last contact Nov 2022, phone [[PHONE_NUMBER|+233 24 418 7720]] no longer answering, two letters returned. Draft the memo for finance director approval.",
    "Refund to [[PERSON|Mette Kjærgaard]]: she asked us to send it to [[IBAN_CODE|DK36 3000 5027 1943 81]], but her original payment came in via MobilePay from a different account. Is refunding to a different account allowed under our AML policy? What should we ask her for?",
    "Client [[PERSON|Katarzyna Zielińska]] paid PLN 2 400 from [[IBAN_CODE|PL42 1020 1068 0000 0237 1504 8461]] but the transfer title says 'faktura 11/05' and we have two invoices that could match (FV/11/05/A and FV/11/05/B). Help me write to her asking which one she meant.",
    "Card-not-present dispute. Visa [[CREDIT_CARD|4765 1209 3847 2613]], cardholder [[PERSON|Leonard Abernathy]], $349.00 at 02:14 UTC, order placed from IP [[IP_ADDRESS|198.51.100.23]], AVS match, 3DS frictionless. Summarise the compelling evidence we should submit.",
    "Incoming transfer from [[PERSON|Wouter Peeters]], [[IBAN_CODE|BE08 3104 8265 5013]], €95, structured communication +++090/9337/55493+++ doesn't match any open invoice. What are the usual reasons this happens and how do I trace it?",
    "Pagamento recebido: [[PERSON|Tiago Ferreira]], IBAN [[IBAN_CODE|PT31 0007 9000 0045 8236 1907 2]], NIF [[ID_NUMBER|192 740 369]]. He wants the invoice reissued with his NIF on it so he can claim the expense. Draft the reply in English and tell me if we need a credit note first.",
    "Refund of €64 going to [[PERSON|Aino Virtanen]], [[IBAN_CODE|FI17 4023 1500 3182 76]]. Her henkilötunnus [[ID_NUMBER|230491-318T]] showed up in the message field of her original bank transfer, so it's now in our payments system. Should we delete it, and how?",
    "Travel card reconciliation — corporate Amex [[CREDIT_CARD|3417 0385 9264 159]] ([[PERSON|Olivia Brennan]], cost centre 4410) has 3 unreceipted items totalling £612. Write the chaser email, firm but friendly, deadline Friday.",
    "hi can u check this maths. client [[PERSON|dong-hyun kim]] paid 3 instalments of 450,000 won and 1 of 380,000 on card [[CREDIT_CARD|5188 4370 6295 1402]], total owed was 1,800,000. how much is left and is there a late fee if the 7th has passed (fee is 2% of remaining)",
    "Swedish customer [[PERSON|Elsa Bergström]] wants her deposit back and sent her account as [[IBAN_CODE|SE40 6000 0000 1937 2846 5102]]. She also asked if she can pay future invoices by Bankgiro instead of card. Compose a reply covering both.",
    "Return debit for [[PERSON|Jana Horáková]], IBAN [[IBAN_CODE|DE16 1007 0000 0437 1982 54]], reason MD06 (refund requested by the payer). Her customer no is [[ID_NUMBER|K-204471]]. Draft the letter in English — it'll be translated into German before it goes out.",
    "POS log shows JCB [[CREDIT_CARD|3530 1286 4791 0522]] declined for guest [[PERSON|Takeshi Mori]] at the Kyoto property three times last night; front desk says he's upset. What are common reasons a JCB card gets declined, and what can we offer him?",
    "Journal entry explanation needed: refund to [[PERSON|Hélène Dubois]] on card [[CREDIT_CARD|5542 0183 7469 0259]] for a cancelled course, €640, plus €160 to her bank account [[IBAN_CODE|FR76 1027 8060 3100 0204 7718 601]] because the card refund limit was hit. Write the narrative for the auditors.",
    "Supplier payment run review, flag anything odd:\n1) [[PERSON|Mateo Vargas]] (freelance designer), CLABE [[ID_NUMBER|002180701238846156]], MXN 18,000\n2) [[PERSON|Ruth Adebayo]], [[IBAN_CODE|GB80 MIDL 4005 2931 7488 06]], £1,150\n3) [[PERSON|Ruth Adebayo]], [[IBAN_CODE|GB80 MIDL 4005 2931 7488 06]], £1,150\n4) Office cleaning Ltd, £420",
]

# 30 clinic and ward texts: patient notes, letters and reminders with NHS numbers, MRNs,
# other health ids and dates of birth (dates of birth are not labelled).
CLINIC = [
    "Summarise for handover: Patient [[PERSON|Margaret Ellison]], DOB 14/02/1941, NHS [[ID_NUMBER|401 826 3775]], admitted with community-acquired pneumonia, IV co-amoxiclav day 2, sats 94% on 2L. Next of kin is her daughter [[PERSON|Karen Ellison]], [[PHONE_NUMBER|07700 900731]].",
    "Write a discharge summary in plain English for the patient himself. MRN [[ID_NUMBER|00738215]], [[PERSON|Luis Fernández Ortega]], DOB 03-09-1967. Laparoscopic cholecystectomy 2 days ago, no complications, eating and drinking, follow-up in clinic in 6 weeks, no heavy lifting for a month.",
    "can u tidy this note: pt [[PERSON|harold jenkins]] nhs no [[ID_NUMBER|612 094 5385]] dob 2/7/39. fall at home, no head injury, no loc. bp 148/82. lives alone, son visits weekly. ot referral for grab rails",
    "Clinic letter to the GP please. Re: [[PERSON|Aisha Rahman]], DOB 22.11.1988, NHS [[ID_NUMBER|729 361 4802]], [[STREET_ADDRESS|17 Cheetham Hill Road, Manchester M8 8EP]]. Seen in the diabetes clinic today. HbA1c 71 mmol/mol, up from 58. Plan: increase metformin to 1g BD, refer to structured education, review in 3 months.",
    "Draft a referral letter to neurology. Patient [[PERSON|Chloe Nguyen]], Medicare [[ID_NUMBER|2947 31857 1]], DOB 09/05/1995. Recurrent migraine with aura, 6–8 days a month, failed propranolol and amitriptyline. Normal neuro exam.",
    "Appointment reminder text: 'Hi [[PERSON|Omar]], your physio appt is Tue 3pm at the Riverside clinic. Reply Y to confirm.' Patient is [[PERSON|Omar Haddad]], mobile [[PHONE_NUMBER|07700 900284]], MRN [[ID_NUMBER|RV-448201]]. Make it shorter and make sure it gives nothing clinical away.",
    "Complaint from a dental patient, need a response for the practice manager to sign. Mrs [[PERSON|Evelyn Carter]] (patient no. [[ID_NUMBER|30992]], born 1952) says she was charged £320 for a crown that was never fitted. The notes show the prep was done and the crown was booked for fitting but she cancelled twice.",
    "Handover: [[PERSON|Tama Wiremu]], NHI [[ID_NUMBER|ZKL4823]], 58 y/o, post-op day 1 right THR. Pain controlled on oral analgesia, mobilised with frame x2 assist. Wife [[PERSON|Mere]] is the contact, [[PHONE_NUMBER|021 448 3071]]. Please make it into a short ISBAR.",
    "Please convert these notes to SOAP format:\n'Pt: [[PERSON|Dylan Fraser]], MRN [[ID_NUMBER|2230917]], DOB 17/08/2011 (13y), attended with mum. 3/7 sore throat, fever 38.6, tonsillar exudate, no cough, tender anterior nodes. Centor 4. Rx pen V 10 days. Safety-netted.'",
    "I need to write to a patient who has missed 3 appointments in a row. [[PERSON|Bronwyn Davies]], NHS [[ID_NUMBER|538 702 6147]], [[STREET_ADDRESS|8 Heol y Parc, Cardiff CF14 3AB]]. Keep it kind, explain the missed appointments policy, and give the number to rebook.",
    "Prior auth letter for the insurer: patient [[PERSON|Marcus Bell]], DOB 04/21/1976, member ID [[ID_NUMBER|UHX482019377]], MRN [[ID_NUMBER|88104471]]. Needs an MRI of the lumbar spine after 8 weeks of failed PT, radicular pain L5 distribution, positive straight leg raise.",
    "Summarize this for the family doctor: patient [[PERSON|Geneviève Tremblay]], RAMQ [[ID_NUMBER|TREG 8562 1419]], seen in ER for an asthma exacerbation, nebulised x3, prednisone 5 days, discharged with a new inhaler plan. Follow up within 1 week.",
    "Insurance desk needs a summary. Patient [[PERSON|Ramesh Iyer]], UHID [[ID_NUMBER|2024-118473]], DOB 15-06-1958, Aadhaar [[ID_NUMBER|7381 6204 9582]] given for the PMJAY claim. CABG x3 done 11 Jan, ICU 2 days, discharged 18 Jan. Keep it to one paragraph.",
    "Translate into simple English for the family: 'Pt [[PERSON|Kristina Petrova]], MRN [[ID_NUMBER|5570281]], extubated 06:00, GCS 15, on 2L NC, haemodynamically stable, plan step down to HDU.' Family contact is her husband [[PERSON|Nikolai Petrov]], [[PHONE_NUMBER|+359 88 712 4093]].",
    "Please draft a results letter to Mr [[PERSON|Oluwadamilare Okoro]] (NHS [[ID_NUMBER|450 118 9274]], DOB 12/12/1983) at [[STREET_ADDRESS|63 Peckham Rye, London SE15 4JR]]: total cholesterol 6.8, LDL 4.4, QRISK 12%. Advise lifestyle changes and invite him to discuss a statin.",
    "pls summarise: patient [[PERSON|inés moreno]], mrn [[ID_NUMBER|hc-0093817]], 34 weeks pregnant, bp 150/96, urine protein ++, headache since this morning. referred to maternity triage. partner [[PERSON|david ruiz]] on [[PHONE_NUMBER|+34 622 91 04 38]]",
    "Summarise this record for a locum. Pat. [[PERSON|Oskar Lindgren]], personnummer [[ID_NUMBER|890714-2387]], type 1 diabetes, insulin pump since 2019. Recent nocturnal hypos (3 in two weeks), basal rate lowered 02:00–05:00. Needs CGM data review at next visit.",
    "Please write an English summary for the UK travel insurer: patient [[PERSON|Carmen Navarro]], DNI [[ID_NUMBER|53820417A]], treated at our Málaga clinic for a distal radius fracture on 02/08. ORIF done on 03/08, fit to fly 10/08 with the arm in a cast.",
    "Short English version of this Arztbrief please: Patientin [[PERSON|Sabine Vogel]], geb. 11.03.1962, KVNR [[ID_NUMBER|K218463905]], elective knee arthroscopy, meniscus trimmed, discharged same day, physio 6 weeks.",
    "Compte rendu to English: patient [[PERSON|Mathieu Girard]], NIR [[ID_NUMBER|1 85 07 75 116 238 48]], admitted via A&E for acute appendicitis, laparoscopic appendicectomy same night, uneventful recovery, home day 2.",
    "Discharge medication list for [[PERSON|Lim Siew Mei]] (NRIC [[ID_NUMBER|T0382716F]]). Can you reformat it as a table with morning/noon/night columns? Amlodipine 5mg OM, metformin 500mg BD, atorvastatin 20mg ON, aspirin 100mg OM.",
    "Draft an SMS reminding [[PERSON|Shanice Campbell]] ([[PHONE_NUMBER|07700 900913]]) to fast from midnight before her blood test tomorrow at 8:30. NHS [[ID_NUMBER|705 262 8414]] — don't put that in the text obviously.",
    "Risk summary for the MDT, max 5 lines: client [[PERSON|Callum Reid]], NHS [[ID_NUMBER|471 935 0623]], 27, low mood for 3 months, passive thoughts, no active plan or intent. Protective factors: his sister, his dog, his job. Plan: weekly contact, crisis card given.",
    "Prescription query from the pharmacy: patient [[PERSON|Doreen Whitaker]], DOB 30/01/1944, NHS [[ID_NUMBER|623 847 1905]], is on warfarin and the GP has just added clarithromycin. What should I say to the GP, and what INR monitoring would you suggest?",
    "Make a checklist for the midwife's booking visit. Patient [[PERSON|Sanne de Jong]], BSN [[ID_NUMBER|183729407]], 12 weeks pregnant, first pregnancy, history of hypothyroidism (on levothyroxine).",
    "Care home resident summary: [[PERSON|Albert Smithson]], room 14, NHS [[ID_NUMBER|492 007 3585]], DOB 02/03/1933. DNACPR in place. His daughter [[PERSON|Linda Smithson-Reeve]] holds health and welfare LPA, contact [[PHONE_NUMBER|020 7946 0591]]. Turn this into a grab sheet for agency staff.",
    "Clinic intake: [[PERSON|Jasmine Torres]], DOB 07/19/1990, MRN [[ID_NUMBER|00991834]], insurance member ID [[ID_NUMBER|WX2204817]], phone [[PHONE_NUMBER|(312) 555-0148]]. Chief complaint: itchy rash on both forearms for 5 days, new laundry detergent. Write a triage note.",
    "Medical tourism coordinator here. Patient [[PERSON|Park Ji-woo]] (RRN [[ID_NUMBER|930602-1057230]]) had a rhinoplasty with us last week and flies home Friday. Phone [[PHONE_NUMBER|010-4418-2736]]. Write a discharge instruction sheet in English.",
    "Video consult log: patient [[PERSON|Hugo Lefebvre]] joined from [[IP_ADDRESS|192.0.2.147]] and dropped twice. MRN [[ID_NUMBER|CH-220418]]. Summarise the consult note: ongoing lower back pain, requesting sick note extension, advised graded return, follow-up in 2 weeks.",
    "Ward round notes, bay 3 — turn into a handover list:\n1) [[PERSON|Edith Crane]], NHS [[ID_NUMBER|418 552 6032]], 88, UTI, day 3 of nitrofurantoin, improving, for discharge if family can collect.\n2) [[PERSON|Harjit Singh Bains]], NHS [[ID_NUMBER|736 109 2845]], 71, NSTEMI, awaiting angio Thursday, on fondaparinux.\n3) [[PERSON|Frank Osgood]], NHS [[ID_NUMBER|559 240 6177]], 79, fall with rib fractures, pain team reviewing, needs incentive spirometry.\n4) Bed 4 empty, cleaning requested.",
]

# 30 IT helpdesk tickets with usernames, passwords, recovery keys, API keys and IPs.
HELPDESK = [
    "Ticket: user [[ID_NUMBER|jmorales]] ([[PERSON|Jorge Morales]]) can't connect to the VPN from [[IP_ADDRESS|198.51.100.77]], error 809. His password was reset yesterday to [[PASSWORD|Tr4velB4g!23]]. What should I check next?",
    "user [[ID_NUMBER|a.kowalski]] locked out again after 5 attempts from [[IP_ADDRESS|192.0.2.58]]. temp pw i gave him this morning is [[PASSWORD|winter#4471kx]]. do i unlock again or escalate to security? that's the third time this week",
    "Can you write a KB article from this ticket? Reporter: [[PERSON|Samantha Greene]], [[EMAIL_ADDRESS|samantha.greene@northbridge-legal.co.uk]], laptop asset NB-L-0442. Issue: Outlook keeps prompting for the password after the M365 migration. Fix: cleared cached credentials in Credential Manager and re-added the profile.",
    "A contractor's API key got pasted into a public Slack channel: [[API_KEY|hgk_live_9Fq2LmX7vR3tWc8NbZ04yPd1]]. Owner: [[PERSON|Felix Wagner]] (username [[ID_NUMBER|fwagner]]). Give me the steps to rotate it and audit what it was used for in the last 30 days.",
    "Server access request: give [[PERSON|Nkechi Obi]] (user [[ID_NUMBER|nobi]], employee [[ID_NUMBER|E44190]]) SSH access to [[IP_ADDRESS|203.0.113.19]] and [[IP_ADDRESS|203.0.113.20]] for the reporting migration, expiring end of month. Draft the change request text.",
    "We're opening the Dublin office Monday. Staff wifi SSID is Harbour-Staff and the key is [[PASSWORD|Gr3enL1ght-Quay88]]. Write the welcome email for new joiners covering wifi, printers and the IT desk hours — or should the key not go in an email at all?",
    "User report from [[PERSON|Chen Jing]] (username [[ID_NUMBER|chenj]], IP [[IP_ADDRESS|2001:db8:4a1:7::2c]]): 'my screen goes black whenever I dock the laptop, undocking fixes it'. Dell dock, Win 11. Write troubleshooting steps for L1.",
    "MFA reset request. Caller says he's [[PERSON|Ricardo Mendes]], employee [[ID_NUMBER|31187]], but he couldn't answer the security question. To prove who he is he read out his old password '[[PASSWORD|Benfica1904]]'. Do we proceed? What's the correct verification process?",
    "Please analyse this log excerpt:\nFailed login for user [[ID_NUMBER|ttakahashi]] from [[IP_ADDRESS|198.51.100.203]] x14 in 2 min\nSuccessful login for user [[ID_NUMBER|ttakahashi]] from [[IP_ADDRESS|203.0.113.201]] at 03:12\nThe user, [[PERSON|Tomoko Takahashi]], is based in Osaka and doesn't work nights. Likely compromise?",
    "Shared mailbox change: add [[PERSON|Precious Ndlovu]] ([[EMAIL_ADDRESS|pndlovu@kestrelmining.co.za]]) with full access and remove [[PERSON|Johan Botha]] ([[EMAIL_ADDRESS|jbotha@kestrelmining.co.za]]). Write the PowerShell commands for Exchange Online.",
    "new starter [[PERSON|ellie fitzgerald]] needs a laptop and accounts. username [[ID_NUMBER|efitzgerald]], temp password [[PASSWORD|blue-kettle-29]], start date monday. write me the handover email to her manager please, and remind them she has to change it at first login",
    "The reception printer ([[IP_ADDRESS|192.0.2.201]]) prints gibberish but only for [[PERSON|Mario Bianchi]]. He's on a MacBook, everyone else is on Windows. Ideas before I reinstall the driver?",
    "Database credentials were exposed in a public GitHub issue: host [[IP_ADDRESS|203.0.113.45]], user [[ID_NUMBER|app_rw]], password [[PASSWORD|pX7#qLm2vR!9]]. Who do I notify and what's the runbook order — rotate first or investigate first?",
    "Can you help me word an email to Mrs [[PERSON|Patience Owusu]] telling her that her account (username [[ID_NUMBER|powusu2]]) has been disabled because she has left the company, and that her OneDrive files will be deleted in 30 days unless her manager requests a copy?",
    "Reset request via chat: 'hi it's [[PERSON|Brendan]], my login is [[ID_NUMBER|bmcnulty]] and I forgot my password, can you just set it to [[PASSWORD|Galway2024!]] please'. Policy says we never set passwords chosen by the user. Give me a polite reply.",
    "Firewall rule review: allow [[IP_ADDRESS|198.51.100.12]] (home IP of [[PERSON|Aditi Rao]], our remote DBA) to [[IP_ADDRESS|203.0.113.60]] on 5432. Is a per-user home IP rule a bad idea? What are the alternatives?",
    "Write an incident summary. On 14 March at 09:40 an attacker logged in as [[ID_NUMBER|svc-backup]] (password [[PASSWORD|Backup!2019]], never rotated) from [[IP_ADDRESS|192.0.2.233]] and copied the finance share. Account owner: [[PERSON|Dominik Hrubý]]. Keep it factual, for the management team.",
    "Set up out-of-office for [[PERSON|Laura Schmidt]] ([[ID_NUMBER|lschmidt]], [[EMAIL_ADDRESS|laura.schmidt@kanzlei-rheinblick.de]]) — she's on leave until the 21st, forward to [[PERSON|Markus Vogt]] ([[EMAIL_ADDRESS|markus.vogt@kanzlei-rheinblick.de]]). Give me the Exchange admin steps.",
    "Summarise the ticket thread for the L2 handover: user [[PERSON|Abdullah Qureshi]] ([[ID_NUMBER|aqureshi]]) says the VPN drops every 30 minutes at home. Home IP [[IP_ADDRESS|198.51.100.150]]. ISP router replaced last week, still drops. Other users fine. Logs show IKE rekey failures.",
    "can you explain why rdp to [[IP_ADDRESS|203.0.113.88]] fails for [[ID_NUMBER|kpatel]] but works for [[ID_NUMBER|jroberts]]? both in the same ad group, both on the same vlan. error is 'the remote computer requires network level authentication'",
    "BitLocker recovery request from [[PERSON|Sinéad Kavanagh]], laptop DL-2291. Caller verified with employee number [[ID_NUMBER|60213]]. Recovery key from Intune is [[PASSWORD|428901-553102-119372-640585-261987-704209-454366-100903]]. Write a short script for verifying identity properly before reading a key out over the phone.",
    "API key rotation for the payments integration: old key [[API_KEY|pk_prod_4hT9wQ2nXv6LcR8m]], new key [[API_KEY|pk_prod_7Zb3Kp0sYd5FgJ1u]]. Owner: [[PERSON|Mei Lin Zhou]]. How do I find which systems still reference the old key? Draft the change plan with a rollback step.",
    "Phishing report: [[PERSON|Jeanette Solis]] clicked a link and typed her password on a fake login page. She says it was '[[PASSWORD|Sunflower88]]'. Username [[ID_NUMBER|jsolis]]. What are the containment steps, in order?",
    "IP conflict: two devices claiming [[IP_ADDRESS|192.0.2.77]] — one is the laptop of [[PERSON|Warrick Thompson]], the other is a CCTV camera in the car park. Explain how to work out which one is misconfigured and fix it.",
    "Please write a password policy reminder for all staff and use this as the 'bad example', anonymised: last week [[PERSON|Gavin Price]] set his password to [[PASSWORD|Password123]] and it was cracked in seconds during the pen test. Obviously don't name him in the output.",
    "Onboarding checklist for [[PERSON|Zanele Khumalo]]: username [[ID_NUMBER|zkhumalo]], initial password [[PASSWORD|Kh7!mq2Lp]], Teams, Salesforce licence, building door code [[PASSWORD|4819#]]. Format it as a checklist for her manager.",
    "Audit: admin accounts with last login IP\n[[ID_NUMBER|adm_oyelowo]] [[IP_ADDRESS|203.0.113.5]] (2023-11-02)\n[[ID_NUMBER|adm_petersen]] [[IP_ADDRESS|198.51.100.91]] (2024-05-17)\n[[ID_NUMBER|adm_ruiz]] [[IP_ADDRESS|192.0.2.16]] (2023-08-30)\nToday is 2024-06-01. Which should be disabled under a 90-day inactivity rule?",
    "Guest wifi complaint from our Madrid office: the password on the poster ([[PASSWORD|Visitas_2024]]) doesn't work. The visitor, [[PERSON|Álvaro Ibáñez]], left his email [[EMAIL_ADDRESS|alvaro.ibanez@telefonica.net]] so we can follow up. Draft a short apology to him and a note to facilities.",
    "The CEO's EA, [[PERSON|Harriet Lowe]], opened a fake 'voicemail' email and entered her Microsoft 365 password. Login: [[EMAIL_ADDRESS|hlowe@meridianhealth.org]]. Sign-in logs show [[IP_ADDRESS|203.0.113.142]] (Lagos) and [[IP_ADDRESS|198.51.100.66]] (our office) within 4 minutes. Write the incident write-up.",
    "Long ticket, need a summary + next steps for the night shift:\n\nOpened 07:55 by [[PERSON|Rhiannon Price-Jones]] ([[ID_NUMBER|rpricejones]]), finance. Can't open any Excel file from the S: drive, 'file is locked for editing by another user'. 08:30 L1 cleared her Office cache, no change. 09:10 found the files are locked by the session of [[ID_NUMBER|gmarsh]], who left the company in May but whose account was never disabled; the session is from [[IP_ADDRESS|198.51.100.174]], which is not one of ours. 09:40 killed the session, disabled [[ID_NUMBER|gmarsh]], reset [[PERSON|Rhiannon]]'s password to [[PASSWORD|Ledger-Fox-5512]] as a precaution and told her by phone. 11:00 security informed, waiting on their review. Files open again. Still open: why the leaver process missed the account, and whether anything was copied.",
]

# 20 sales notes and follow-ups with phone numbers and e-mail addresses.
SALES = [
    "Log this call for the CRM: spoke to [[PERSON|Rebecca Holt]], procurement lead at Brightwater Schools, [[EMAIL_ADDRESS|rebecca.holt@brightwaterschools.org]], [[PHONE_NUMBER|020 7946 0127]]. Interested in 40 seats from September, wants pricing by Friday, decision by the board in July.",
    "add to crm pls: [[PERSON|imran siddiq]], ops manager at clearpath freight, [[PHONE_NUMBER|07700 900347]], [[EMAIL_ADDRESS|imran@clearpathfreight.co.uk]]. met him at the logistics expo in birmingham, wants a demo in feb, currently on spreadsheets lol",
    "Draft a follow-up email to [[PERSON|Jean-Marc Lefèvre]] ([[EMAIL_ADDRESS|jm.lefevre@groupe-altair.fr]], [[PHONE_NUMBER|+33 1 99 00 47 12]]) after yesterday's demo. He asked about SSO with Azure AD and whether data can stay in France. Answer: yes to both, Paris region available.",
    "Which of these leads is hottest and why?\n1) [[PERSON|Olga Sokolova]], [[PHONE_NUMBER|+7 916 482 19 37]] — downloaded the whitepaper 3x\n2) [[PERSON|Brian Feeney]], [[PHONE_NUMBER|(617) 555-0172]] — booked a demo, then cancelled\n3) [[PERSON|Mariam Haidari]], [[EMAIL_ADDRESS|mariam.h@outlook.com]] — opened 1 email, visited pricing page 6 times",
    "Rewrite my LinkedIn InMail so it sounds less salesy. Target is Dr [[PERSON|Sunil Gupta]], head of radiology at a private hospital in Pune. His PA gave me his direct line, [[PHONE_NUMBER|+91 20 6712 4480]], so I could also just call. Which is better?",
    "Summarise this voicemail for the CRM: 'Hi, it's [[PERSON|Bartholomew]] from Fenwick Dental — um, we'd like a quote for three of the treatment chairs, the blue ones from the brochure. Call me back on [[PHONE_NUMBER|0113 496 0284]] or email [[EMAIL_ADDRESS|bart@fenwickdental.co.uk]]. Cheers.'",
    "Write a handover note, I'm leaving Friday and my accounts go to [[PERSON|Nadia]]. Key contacts: [[PERSON|Hiroshi Yamada]], Kansai Components, [[PHONE_NUMBER|+81 6-4801-2297]], [[EMAIL_ADDRESS|yamada.h@kansai-comp.co.jp]] (renewal in Q3); [[PERSON|Lena Fischer]], Alpenwerk, [[PHONE_NUMBER|+49 89 99998 214]], [[EMAIL_ADDRESS|l.fischer@alpenwerk.de]] (pilot ends in June, upsell chance).",
    "Cold-call prep: prospect is [[PERSON|Siddharth Menon]], CTO at Lumen Analytics in Bangalore, mobile [[PHONE_NUMBER|+91 99001 38472]]. They just raised a Series B. What 3 questions should I open with?",
    "hey can u format these into a table (name / phone / email):\n[[PERSON|kate o'driscoll]] [[PHONE_NUMBER|087 441 2093]] [[EMAIL_ADDRESS|kate@odriscollfarms.ie]]\n[[PERSON|fionn walsh]] [[PHONE_NUMBER|086 902 7718]] [[EMAIL_ADDRESS|fionn.walsh@agrilink.ie]]\nboth from the ploughing championships stand",
    "Email to Mr [[PERSON|Abebe Girma]] ([[EMAIL_ADDRESS|abebe.girma@ethioagro.et]]) confirming the distributor terms we discussed in Addis: 90-day payment terms, 12% margin, exclusivity for Oromia region only. Polite, formal, one page max.",
    "Deal desk question. Customer wants to pay for an annual contract of $48k by credit card. Contact: [[PERSON|Whitney Sorensen]], [[EMAIL_ADDRESS|whitney.sorensen@harborlinepharma.com]], [[PHONE_NUMBER|(415) 555-0133]]. Is card acceptable above $25k under our policy? Draft a reply either way.",
    "CRM note cleanup, make it professional: 'rang [[PERSON|bec thompson]] [[PHONE_NUMBER|0491 570 156]] re renewal, said ring back after EOFY, also email [[EMAIL_ADDRESS|bec.t@coastalbuilders.com.au]] the new price list, she's keen on the 3yr deal'",
    "Write a WhatsApp message, short and friendly, to our client [[PERSON|Joaquín Herrera]] on [[PHONE_NUMBER|+52 55 4182 9037]] reminding him of tomorrow's showroom visit at 11 and that parking is in the basement.",
    "Trade show leads from Hall 4, please dedupe:\n1) [[PERSON|Marta Kowalska]], [[EMAIL_ADDRESS|m.kowalska@polmet.pl]], [[PHONE_NUMBER|+48 601 482 937]]\n2) [[PERSON|M. Kowalska]], [[EMAIL_ADDRESS|m.kowalska@polmet.pl]]\n3) [[PERSON|Piotr Zawadzki]], [[EMAIL_ADDRESS|piotr.zawadzki@polmet.pl]]\nSame company, so one account, two contacts?",
    "Draft a reply to this inbound: 'Hi, I'm [[PERSON|Gustavo Ribeiro]], I run a small bakery chain in Porto, we want your POS system in 6 stores. Call me [[PHONE_NUMBER|+351 912 407 385]].' Ask good discovery questions and propose two call slots.",
    "Account plan for Northstar Retail. Our champion is [[PERSON|Ayesha Karim]] (VP Ops, [[EMAIL_ADDRESS|ayesha.karim@northstar-retail.com]], [[PHONE_NUMBER|07700 900805]]). The blocker is the CFO, [[PERSON|Derek Lamont]], who thinks the ROI case is weak. Suggest three plays for this quarter.",
    "Please write a follow-up to [[PERSON|Marie-Ève Gauthier]] ([[EMAIL_ADDRESS|marie-eve.gauthier@videotron.ca]], [[PHONE_NUMBER|514-555-0162]]) in French and English: thanks for the meeting, attached proposal, next step is a call with their IT.",
    "Summarise my call notes for the team channel: 'Talked w/ [[PERSON|Ahmad Jaber]] ([[PHONE_NUMBER|+971 50 744 2918]]) — wants 200 units before Ramadan, asked for Arabic packaging and a local warranty partner. Price ok-ish, wants 5% more off. Follow up Sunday (their week starts Sunday!)'",
    "Write an SMS to [[PERSON|Chidi Nwosu]] ([[PHONE_NUMBER|+234 809 552 1748]]) confirming that his order of 20 solar lanterns ships Monday from Lagos and should reach Enugu by Thursday. Under 160 characters.",
    "Lost deal. Prospect [[PERSON|Rosalind Achterberg]] ([[EMAIL_ADDRESS|rosalind@achterberg-consult.nl]], [[PHONE_NUMBER|+31 20 794 1163]]) went with a competitor on price. Draft a gracious email that keeps the door open and offers a check-in in 6 months.",
]

# 20 legal intake forms and letters with postal addresses.
LEGAL = [
    "Intake form — summarise for the partner:\nClient: [[PERSON|Harriet Coleman]]\nAddress: [[STREET_ADDRESS|18 Marlborough Road, Bristol BS6 5AD]]\nPhone: [[PHONE_NUMBER|0117 496 0382]]\nMatter: boundary dispute with neighbour over a fence moved 40cm.\nOpposing party: Mr [[PERSON|Desmond Pryce]], [[STREET_ADDRESS|20 Marlborough Road, Bristol BS6 5AD]]",
    "New client intake: [[PERSON|Jamal Washington]], [[STREET_ADDRESS|2214 Grand Ave, Apt 3, Des Moines, IA 50312]], [[PHONE_NUMBER|(515) 555-0119]]. Wrongful termination after reporting a safety issue. He also gave SSN [[US_SSN|287-54-9013]] on the form, which we don't need for conflicts. Draft an engagement letter outline and tell me whether to shred the SSN page.",
    "tenant intake: [[PERSON|aoife brennan]], [[STREET_ADDRESS|apt 4, 12 clanbrassil street upper, dublin 8, d08 x2y3]]. landlord refusing to return €1,800 deposit, says there was damage but never showed photos. rtb case possible? draft a letter before action to the landlord",
    "Lasting power of attorney — check this is complete:\nDonor: [[PERSON|Gwendolyn Price]], [[STREET_ADDRESS|7 Chapel Lane, Much Wenlock TF13 6AA]]\nAttorney: her nephew [[PERSON|Rhys Morgan]], [[STREET_ADDRESS|31 Castle Street, Ludlow SY8 1AT]]\nCertificate provider: Dr [[PERSON|Anil Kapoor]]\nPeople to notify: none\nWhat's missing before we can register it?",
    "English summary of a new mandate please: client [[PERSON|Friedrich Lange]], [[STREET_ADDRESS|Hauptstraße 88, 69117 Heidelberg]], driving licence [[ID_NUMBER|F4B20731K91]], wants to contest a speeding fine (A5, 38 km/h over, possible one-month ban). Steuer-ID [[ID_NUMBER|47 182 930 459]] is on the form too, no idea why.",
    "Visa intake: applicant [[PERSON|Sipho Mokoena]], passport [[ID_NUMBER|A04729183]] (South Africa), ID number [[ID_NUMBER|8603125094089]], address [[STREET_ADDRESS|14 Jacaranda Street, Menlo Park, Pretoria 0081]]. Offered a job in Manchester as a data engineer. Make a document checklist for a UK Skilled Worker visa.",
    "Small claims prep. Claimant: [[PERSON|Beatriz Santos]], [[STREET_ADDRESS|Rua das Flores 127, 4050-262 Porto]]. Defendant: a furniture company. Draft the statement of facts: ordered a dining table on 2 March, paid €2,100 up front, delivery promised in 6 weeks, nothing delivered, emails ignored since May.",
    "Will instructions — summarise and list the missing information. Testator: [[PERSON|George Albright]], [[STREET_ADDRESS|5 Orchard Close, Harpenden AL5 2QT]]. Executors: his daughters [[PERSON|Imogen Albright]] and [[PERSON|Clara Albright-Weiss]]. Estate roughly £900k, house plus pensions. Wants a gift of £10k to the local hospice.",
    "Family law intake: client [[PERSON|Kylie Morrison]], [[STREET_ADDRESS|42 Banksia Drive, Mount Lawley WA 6050]], mobile [[PHONE_NUMBER|0491 570 382]]. Seeking parenting orders for two children (7 and 4). Other party: [[PERSON|Shane Morrison]], address unknown, last known in Bunbury. What are the first steps?",
    "Employment tribunal ET1 draft, please help with section 8. Claimant [[PERSON|Adebola Fashola]], [[STREET_ADDRESS|9 Tennyson Road, Luton LU1 3RS]], NI number [[ID_NUMBER|PK 48 29 17 C]], HGV driver for a logistics firm for 6 years, dismissed after raising concerns about driving hours.",
    "Please summarise the title issues for the purchase of [[STREET_ADDRESS|23 Rosebery Avenue, Harrogate HG1 4RN]] by our clients [[PERSON|Neil]] and [[PERSON|Fiona Chadwick]]. There's a restrictive covenant on extensions and an unregistered right of way. [[PERSON|Neil]]'s mobile is [[PHONE_NUMBER|07700 900672]] if you need to note it for the file.",
    "Intake call summary for the attorney: [[PERSON|Rosa Jimenez]], [[STREET_ADDRESS|880 W 34th St, Apt 2R, Los Angeles, CA 90007]], [[PHONE_NUMBER|(213) 555-0186]]. Landlord served a 3-day notice to pay or quit; she says rent was paid in cash and she has receipts. Spanish-speaking, needs an interpreter.",
    "Divorce file — English summary for the London office: client [[PERSON|Nathalie Bernard]], [[STREET_ADDRESS|27 Boulevard Carnot, 06400 Cannes]]; spouse [[PERSON|Philippe Bernard]], same address until March, now at [[STREET_ADDRESS|3 Rue Pastorelli, 06000 Nice]]. Two properties, one in the UK. Which jurisdiction issues should we flag?",
    "Personal injury intake: [[PERSON|Brandon MacIsaac]], [[STREET_ADDRESS|56 Spring Garden Rd, Halifax, NS B3J 1G1]], [[PHONE_NUMBER|(902) 555-0155]]. Rear-ended on Hwy 102 in January, whiplash, off work 5 weeks. The other driver's adjuster keeps calling him. What should we tell him to say?",
    "Draft a legal notice for our client [[PERSON|Lakshmi Venkataraman]], residing at [[STREET_ADDRESS|No. 14, 3rd Cross, Indiranagar, Bengaluru 560038]], PAN [[ID_NUMBER|ABWPV4821K]], against a builder for a 26-month delay in handing over possession of her flat. Claim refund with interest under RERA.",
    "data subject access request came in by post from [[PERSON|gordon mackie]], [[STREET_ADDRESS|flat 2/1, 118 dumbarton road, glasgow g11 6nx]]. how long do we have to respond, can we ask for id, and what do we have to send him? we're a 30 person recruitment agency",
    "TIE renewal help: client [[PERSON|Yevhenii Kovalenko]], Ukrainian passport [[ID_NUMBER|FU482917]], NIE [[ID_NUMBER|X4829173R]], address [[STREET_ADDRESS|Calle de Toledo 61, 3º B, 28005 Madrid]]. Temporary protection status. Which documents does he need for the appointment at the police station?",
    "Run this conflict list and tell me which entries are the same person or household:\n- [[PERSON|Daniel Kerr]], [[STREET_ADDRESS|14 Elm Grove, Southsea PO5 1JF]]\n- [[PERSON|Daniel Kerr]], [[STREET_ADDRESS|Flat 6, 2 Victoria Road North, Southsea PO5 1PL]]\n- [[PERSON|Marcy Kerr]], [[STREET_ADDRESS|14 Elm Grove, Southsea PO5 1JF]]",
    "Intake: [[PERSON|Alessandra Conti]], codice fiscale [[ID_NUMBER|CNTLSS92A41G273W]], [[STREET_ADDRESS|Via Maqueda 214, 90133 Palermo]]. Inheritance dispute with her brother over their late mother's flat; there's a handwritten will nobody can find the original of. Summarise for the Milan partner in English.",
    "Road traffic accident intake, please turn into a case summary with a list of evidence to request.\n\nClient: [[PERSON|Oliver Brennan-Shaw]], [[STREET_ADDRESS|Flat 12, Kestrel House, 40 Mill Lane, Sheffield S3 8NP]], mobile [[PHONE_NUMBER|07700 900726]], email [[EMAIL_ADDRESS|obrennanshaw@gmail.com]].\nWhat happened: cycling home on 9 Nov, approx 17:45, hit by a van turning left at the junction of Mill Lane and Cross Street. Van driver stopped and gave details: [[PERSON|Terence Wild]], [[STREET_ADDRESS|3 Fir Tree Walk, Rotherham S60 2HU]], [[PHONE_NUMBER|0114 496 0815]]. Witness: a pedestrian, [[PERSON|Jasmin Aydın]], [[PHONE_NUMBER|07700 900154]].\nInjuries: fractured collarbone, cuts. A&E at Northern General same night. Off work 6 weeks, self-employed electrician.\nBike written off, helmet cam footage exists.",
]

# 20 insurance claims and queries with policy numbers (labelled like account numbers; claim
# numbers are not labelled).
INSURANCE = [
    "Claim summary please: policyholder [[PERSON|Derek Nwachukwu]], home policy [[ID_NUMBER|HM-2209-4471]], burst pipe at [[STREET_ADDRESS|16 Gorse Hill, Woking GU22 9DJ]] on 3 January. Contents damage estimated at £4,800, ceiling in the kitchen down. Draft the acknowledgement letter and list what we need from him.",
    "Third-party details from the accident report form: driver [[PERSON|Kamila Nowicka]], licence [[ID_NUMBER|NOWIC855148K99XT]], insured with another company. Our policyholder is [[PERSON|Geoffrey Lamb]], motor policy [[ID_NUMBER|MTR/7710/552190]]. Write the letter of claim to the third party's insurer.",
    "Vet fee claim for Biscuit (cocker spaniel). Policyholder [[PERSON|Lauren Fitch]], policy [[ID_NUMBER|PET-00418822]], [[EMAIL_ADDRESS|lauren.fitch@btinternet.com]]. Vet fees £1,240 for cruciate ligament surgery, excess £99, 20% co-pay because Biscuit is over 8. What do we pay out?",
    "Customer [[PERSON|Rohan Kapadia]], travel policy [[ID_NUMBER|TRV-2024-118830]], fell ill in Bali and the hospital wants a guarantee of payment before admitting him. His passport number is [[ID_NUMBER|Z4829173]]. Draft the GOP email to the hospital with a cap of USD 10,000.",
    "can u check if this claim is covered? policy [[ID_NUMBER|hc-77120934]], insured [[PERSON|bethany cole]], dental accident, chipped 2 front teeth playing hockey. policy wording says 'accidental damage to natural teeth caused by an external blow' — sports injuries excluded?",
    "Death claim, please list the documents we need. Deceased policyholder: [[PERSON|Winston Adeyemi-Clarke]], life policy [[ID_NUMBER|LF 4471902]]. Beneficiary is his wife, [[PERSON|Marcia Adeyemi-Clarke]], [[STREET_ADDRESS|9 Acacia Road, Croydon CR0 2LT]], phone [[PHONE_NUMBER|020 7946 0442]]. Keep the covering letter very gentle.",
    "EOB question from member [[PERSON|Sandra Kim]], member ID [[ID_NUMBER|ZGP918273401]], on one of our group health policies: why did her ER visit cost her $2,300 out of pocket when she has insurance? Explain deductible vs coinsurance vs out-of-pocket max in simple terms, she's met $700 of a $2,500 deductible.",
    "Fraud referral — summarise the red flags: claimant [[PERSON|Viktor Hadžić]], motor policy [[ID_NUMBER|AUT-5519024]], reported his car stolen on the 4th, but a parking ticket was issued to the car in Zagreb on the 6th. Policy incepted 3 weeks before the theft. Phone [[PHONE_NUMBER|+385 91 448 2017]].",
    "Summarise this motor claim in English for the reinsurer: policyholder [[PERSON|Tobias Richter]], Versicherungsschein-Nr. [[ID_NUMBER|40-118274-3]], [[STREET_ADDRESS|Goethestraße 17, 04109 Leipzig]]. Hail damage to a parked car, repair estimate €6,900, partial cover, €300 deductible.",
    "Renewal query: Mrs [[PERSON|Prudence Okeke]], policy [[ID_NUMBER|HH/88/309127]], says her premium went up 41% and she's threatening to leave. Email [[EMAIL_ADDRESS|prudence.okeke@gmail.com]]. Draft an explanation mentioning the rebuild cost index and the escape-of-water claim last year.",
    "Storm damage claim: [[PERSON|Mitchell Harding]], policy [[ID_NUMBER|QH7721945]], [[STREET_ADDRESS|12 Coral Tree Ave, Noosa Heads QLD 4567]], [[PHONE_NUMBER|0491 570 904]]. Roof tiles lifted, water ingress into two bedrooms. What are the next steps and can he get a tarp on it himself first?",
    "Income protection claim: [[PERSON|Naledi Sithole]], policy [[ID_NUMBER|IP-0052281]], ID [[ID_NUMBER|9307250147089]], on sick leave after spinal surgery, waiting period 30 days. Draft a letter asking her specialist for a report on expected return to work.",
    "Cancellation within the cooling-off period: [[PERSON|Hugo Marchand]], policy [[ID_NUMBER|MOTO-3318702]], premium €486 paid by card [[CREDIT_CARD|5129 6734 0182 5962]]. The refund goes back to the same card. Write the confirmation email.",
    "Summarise for the loss adjuster: insured [[PERSON|Abigail Turner]], buildings policy [[ID_NUMBER|BLD-00921746]], [[STREET_ADDRESS|4 Millbrook Cottages, Tavistock PL19 8HE]]. Cracks in the rear wall noticed in June, wider at the top, previous subsidence claim in 2016 at the same property.",
    "Travel insurance, lost luggage at Oslo airport: [[PERSON|Sigrid Haugen]], fødselsnummer [[ID_NUMBER|030791 25368]], policy [[ID_NUMBER|88-4401927]]. Explain in English which receipts and reports she needs to send (PIR, purchase receipts, airline's final response).",
    "Health claim: [[PERSON|Kristjan Tamm]], isikukood [[ID_NUMBER|39105074216]], policy [[ID_NUMBER|EE-HL-20448]], 10 physiotherapy sessions after a skiing injury, €45 each. The policy covers 8 sessions a year at 80%. How much do we reimburse?",
    "Motor claim call transcript — summarise please:\n'Yeah, it's [[PERSON|Dale Hutchins]], policy number [[ID_NUMBER|MC4471829]]. The other driver was, uh, [[PERSON|Priya Lal]], she gave me her number, [[PHONE_NUMBER|07700 900178]], and she admitted it was her fault, she pulled out of the petrol station without looking.'",
    "Health insurance question from our Santiago office: insured [[PERSON|Matías Fuentes]], RUT [[ID_NUMBER|14.829.307-4]], policy [[ID_NUMBER|7729014]], hospitalised 4 days for pneumonia. Summarise in English what the plan covers for hospitalisation and what his co-pay is.",
    "Earthquake policy check: [[PERSON|Elif Şahin]], T.C. kimlik [[ID_NUMBER|38502917410]], policy [[ID_NUMBER|2024-DK-118203]], address [[STREET_ADDRESS|Bağdat Caddesi No: 214/6, 34728 Kadıköy/İstanbul]]. Is the building sum insured enough for a 110 m² flat? Explain the compulsory vs voluntary cover split.",
    "Please summarise this claim file in 6 bullets for the claims committee.\n\nClaimant [[PERSON|Léon Fabre]], household policy [[ID_NUMBER|HAB-77301882]], [[STREET_ADDRESS|12 Impasse des Lilas, 31400 Toulouse]]. On 18 June a fire started in the neighbour's garage and spread to his carport; car and garden furniture destroyed, kitchen smoke-damaged. Fire brigade report received. He has been staying with his sister since, hotel costs claimed €1,260. Expert's estimate €23,400 building, €8,150 contents. He asks that settlement go to [[IBAN_CODE|FR76 2004 1010 0704 5182 7193 696]] and that we correspond by email only, [[EMAIL_ADDRESS|leon.fabre31@orange.fr]], phone [[PHONE_NUMBER|06 39 98 73 05]] for urgent matters. Recovery against the neighbour's insurer to be pursued.",
]

# 100 clean operational requests, no personal data at all.
# 20 policy and process questions.
CLEAN_POLICY = [
    "What's a reasonable refund policy for a subscription business that bills annually? We want pro-rata refunds in the first 60 days and nothing after. Draft the clause.",
    "Can you summarise the main differences between statutory sick pay and our enhanced company sick pay scheme for a staff FAQ? Keep it under 200 words.",
    "How long should we keep call recordings for a UK customer service team? We record for training and quality. What does the ICO expect, roughly?",
    "Write a one-page policy on using personal phones for work messages: what's allowed, what isn't, and what happens when someone leaves the company.",
    "What's the usual escalation path for a customer complaint that has been open more than 14 days? We have L1, L2, a team lead and a complaints manager.",
    "Our finance team wants a four-eyes rule for supplier bank detail changes. Can you write the process steps, including a call-back to a number already on file?",
    "Explain the difference between annual leave accrual and front-loading for a 30-person company. Which is easier to run in a spreadsheet?",
    "Is it okay for agents to take card details over live chat if the chat tool masks them afterwards? What does PCI DSS say about that in plain English?",
    "Draft a clean desk and clear screen policy for a clinic reception area. Mention visitors, printouts, and locking screens when stepping away.",
    "What should an IT helpdesk verify before resetting someone's MFA? Give me a short checklist that works for remote staff without a manager on hand.",
    "We're updating the bereavement leave policy. What do comparable UK employers typically offer for close family versus extended family?",
    "Write a short process for handling a misdirected email that contained customer data: who to tell, how fast, what to record, when to notify the regulator.",
    "How do other companies handle duplicate invoice payments? I need a recovery process: detection, contacting the supplier, and how to book the credit.",
    "Please explain the difference between a data controller and a data processor using our situation: we run a helpdesk tool for hospitals.",
    "What are good service level targets for a B2B support team? First response, resolution for P1 to P4, and what's realistic with 6 agents.",
    "Draft a policy paragraph on when staff may access patient records: only for direct care or with a documented reason, and audits happen monthly.",
    "What's the standard process for a chargeback from receipt to final decision? Explain representment and arbitration for a new finance hire.",
    "Give me a checklist for offboarding an employee: accounts, hardware, building access, final pay, knowledge handover, and the exit interview.",
    "How should we word our insurance claims guidance about reporting deadlines? Claims must be notified within 30 days unless there's a good reason.",
    "Our legal team asks what 'legitimate interest' means for sending B2B marketing emails. Explain it in simple terms with one example.",
]

# 20 templates with placeholders and anonymised examples.
CLEAN_TEMPLATES = [
    "Write an email template for a delayed order: 'Hi {{first_name}}, your order {{order_id}} is running late...' Include an apology, new ETA placeholder and a discount code placeholder.",
    "Create a leave approval template with placeholders: <employee_name>, <start_date>, <end_date>, <days_remaining>, <manager_name>. Friendly but short.",
    "Make a reusable reply for customers asking how to reset their password. Use [CUSTOMER NAME] and [RESET LINK] as placeholders, and remind them we never ask for passwords.",
    "Here's an anonymised example: Customer A was charged twice, Customer B was charged once but for the wrong plan. Write two different apology replies.",
    "Draft a patient appointment reminder SMS template: 'Hello <first name>, this is a reminder of your appointment on <date> at <time> at <clinic>.' Under 160 characters.",
    "Rewrite this anonymised complaint into a neutral summary: 'The patient says the nurse was rude and the wait was four hours. The patient's relative also complained about parking.'",
    "Create a template for a payment reminder, first, second and final notice, with placeholders for {amount}, {due_date} and {invoice_number}. Escalating tone.",
    "Template for a reference request email to a previous employer. Placeholders: [Candidate], [Role], [Dates]. We only want dates and job title confirmed.",
    "Write an out-of-office message template for the support team that points customers to the help centre at help.example.com and gives our opening hours.",
    "Anonymised case for training: Employee X asked for flexible hours to care for a relative; the manager refused without discussion. What went wrong and what should happen?",
    "Make a template for an IT incident notification: {{incident_title}}, {{start_time}}, {{impact}}, {{workaround}}, {{next_update}}. Keep it plain, no jargon.",
    "Create a claims acknowledgement letter template: Dear [Policyholder], we have received your claim [Claim Ref] on [Date]. Next steps and what documents to send.",
    "Please write a welcome email template for new starters with placeholders for their manager, buddy, start time and office address line.",
    "Training scenario, no real data: a caller says they are the account holder but can't pass security. Write the ideal agent response in three short lines.",
    "Write a template letter for a missed appointment (DNA) that stays kind, uses <Patient Name> and <Clinic Phone> placeholders, and mentions how to rebook.",
    "I need a script for agents when a customer gets angry. Use Customer A as the caller. Show de-escalation in about six exchanges.",
    "Draft a template for a supplier bank detail change confirmation with placeholders for [Supplier], [Old account last 4], [New account last 4], [Verified by].",
    "Turn this anonymised note into a SOAP note: 'The patient, 60s, reports chest tightness on exertion for 2 weeks, relieved by rest. No smoking history.'",
    "Create a macro for 'where is my refund' tickets with three variants: refund issued, refund pending approval, refund rejected. Use {customer} and {amount} placeholders.",
    "Example for a workshop, all made up: Company Alpha, Company Beta and Company Gamma each dispute one invoice. Write a short dispute log table with status columns.",
]

# 20 aggregate reports with counts and percentages.
CLEAN_REPORTS = [
    "Turn these numbers into a two-line summary for the weekly report: tickets opened 1,284, closed 1,310, backlog down 4%, CSAT 87%, first response median 2h 10m.",
    "Our HR dashboard says absence rate is 3.8% this quarter versus 2.9% last quarter. 41% of days lost are short-term sickness. What questions should leadership ask?",
    "Write a paragraph for the board: 96.2% of supplier payments were made on time in Q2, 14 late payments totalling £38k, mainly due to missing purchase orders.",
    "Clinic stats for March: 2,140 appointments, 7.3% did not attend, average wait 19 days for routine, 3 days for urgent. Summarise and suggest two actions to cut the DNA rate.",
    "Can you make a chart description for accessibility: bar chart of chargebacks by reason code, fraud 42%, product not received 31%, not as described 18%, other 9%.",
    "We had 312 password reset tickets last month, 68% between 8 and 10am on Mondays. Would a self-service reset portal pay off? Rough estimate please.",
    "Insurance monthly KPIs: 1,902 claims registered, 1,655 settled, average settlement time 11.4 days, 6% referred to fraud. Write a short commentary.",
    "Sales pipeline: 84 open opportunities, weighted value £1.2m, win rate 23% over the last 12 months, average cycle 47 days. Summarise for the CEO in plain words.",
    "Explain why our average handle time went up from 6.1 to 7.4 minutes while CSAT also improved from 82% to 88%. Give three plausible reasons.",
    "Make a table from this: Support staff 42, HR 6, Finance 11, IT 9, Legal 4, Sales 23. Add a percentage column and a total row.",
    "Staff survey: 412 responses, 71% response rate, engagement index 64 (down 3 points), biggest drop in 'I feel my workload is manageable'. Draft talking points.",
    "Our DSAR volume went from 18 to 47 per month after the price increase email. What's a sensible staffing plan if it stays at that level?",
    "Helpdesk: 58% of tickets are resolved at L1, 33% at L2, 9% go to vendors. Industry benchmark for L1 resolution? How do we compare?",
    "Summarise: payroll errors fell from 27 in January to 5 in June after the new approval workflow; overpayments recovered 92%. Write two sentences for the newsletter.",
    "Legal team matter counts: 120 employment, 85 commercial contracts, 40 property, 12 disputes. Which area might justify an extra paralegal?",
    "Refund rate by channel: web 3.1%, app 2.4%, phone orders 6.8%. Why might phone orders have a higher refund rate? List hypotheses to test.",
    "Write a short narrative for this: 14% of new hires left within 90 days last year, this year 9%. Onboarding buddy scheme launched in February.",
    "Readmission rate within 30 days was 12.5% for heart failure patients, national average 14%. Draft a short positive-but-careful paragraph for the quality report.",
    "Claims backlog by age: under 7 days 340, 7–30 days 210, over 30 days 95. Suggest a triage rule for the over-30 bucket.",
    "Average days sales outstanding rose from 38 to 51 in two quarters. Which collections steps typically bring it back down fastest?",
]

# 20 SQL and spreadsheet questions.
CLEAN_FORMULAS = [
    "Write a SQL query that counts tickets per agent per week from a table tickets(id, agent_id, created_at, status), only status = 'closed'.",
    "In Excel, how do I calculate working days between two dates excluding UK bank holidays listed in a range called Holidays? Column A start, column B end.",
    "SQL: find customers who have placed more than 3 orders in the last 90 days. Tables customers(id, created_at) and orders(id, customer_id, order_date).",
    "Google Sheets formula to flag rows where the invoice amount in column D doesn't match the payment amount in column F, with a tolerance of 0.01.",
    'What does =XLOOKUP(A2, Payments!B:B, Payments!E:E, "not found") do, and how is it better than VLOOKUP for our bank reconciliation sheet?',
    "Write a Postgres query that returns the median claim settlement time in days, grouped by claim_type, from claims(opened_at, settled_at, claim_type).",
    "Excel: I need the leave balance = entitlement minus days taken, but days taken are in a separate sheet with one row per leave request. SUMIFS example please.",
    "How do I mask all but the last 4 digits of a card column in SQL Server for a report view? The column is called pan and is varchar(19).",
    "Sheets: conditional formatting rule to highlight any date in column C older than 30 days from today. Step by step.",
    "SQL to find duplicate supplier records that share the same bank account but have different supplier names. Table suppliers(id, name, bank_account).",
    "Explain what this does: SELECT dept, COUNT(*) FILTER (WHERE absent) * 100.0 / COUNT(*) FROM attendance GROUP BY dept;",
    "Excel formula to turn a duration in minutes (column B) into hh:mm text, for average handle time reporting.",
    "Write a query that lists patients with more than two missed appointments this year, returning only patient_id and the count — no names — from appointments(patient_id, status, appt_date).",
    "How can I use a pivot table to show refunds by month and by reason, with the percentage of total refunds for each reason per month?",
    "SQL window function to compute a running total of payments per account ordered by payment_date. Table payments(account_id, payment_date, amount).",
    "In Google Sheets, how do I split a column of 'Surname, Firstname' values into two columns? Is there a formula version rather than Data > Split?",
    "Write a regular expression to validate that a policy reference looks like three letters, a dash and seven digits. For use in a web form.",
    "Explain the difference between LEFT JOIN and INNER JOIN using a tickets table and an agents table, with an example of why a ticket might disappear.",
    "Excel: NETWORKDAYS.INTL with a Sunday–Thursday working week, for our Dubai office. What's the weekend string?",
    "MySQL: delete log rows older than 400 days in batches of 10,000 so the table doesn't lock. The table is audit_log with a created_at index.",
]

# 20 product questions, some naming public companies.
CLEAN_PRODUCT = [
    "Does Zendesk or Freshdesk handle multi-brand help centres better for a company with three consumer brands? Pros and cons please.",
    "We're comparing Workday, BambooHR and HiBob for 300 employees across four countries. What should be on our evaluation scorecard?",
    "How does Stripe Radar decide to block a payment? Explain at a high level for our finance team, not developers.",
    "Is Epic or Cerner more common in UK NHS trusts these days? And what do clinicians usually complain about with each?",
    "What's the difference between Okta and Microsoft Entra ID for single sign-on if we already use Microsoft 365 everywhere?",
    "Our product has a 'pause subscription' feature. Write help centre copy explaining how it works: up to 3 months, billing stops, data kept.",
    "Can Salesforce automatically log emails sent from Outlook, or do reps have to click something every time? What about Gmail?",
    "Explain what SOC 2 Type II means to a customer who asks whether our helpdesk software is 'certified'.",
    "Which features do most insurance claims platforms like Guidewire offer out of the box, and what do insurers typically customise?",
    "Write FAQ answers for our smart thermostat: why does the schedule shift after a daylight saving change, and how do users fix it?",
    "Is Xero or QuickBooks better for a UK charity with restricted funds? We need fund accounting and Gift Aid.",
    "Explain the difference between our Basic and Pro plans in a friendly comparison table: seats, storage, SSO, audit logs, support hours.",
    "What does Apple's App Tracking Transparency prompt mean for our app's marketing attribution? Short explanation for the sales team.",
    "How do companies like Monzo and Revolut let customers freeze a card in the app? Describe the typical flow so our designers can sketch it.",
    "Our customers ask if our router supports WPA3. It does on firmware 2.4 and later. Write a short help article including how to check the firmware version.",
    "What's ServiceNow's typical licensing model for IT service management, and what hidden costs should we expect in year two?",
    "Write product release notes for version 5.2: faster search, a dark mode, CSV export for reports, and a fix for the calendar sync bug.",
    "How does DocuSign prove who signed a document? Our legal team wants to know what the certificate of completion contains.",
    "Why do some banks reject SEPA Instant payments even when both sides are in the eurozone? Explain in plain terms.",
    "Which is easier for patients: an NHS App integration or our own booking app? List the trade-offs for a private physiotherapy chain.",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "784-1985-4827163-8": luhn_len(15),  # Emirates ID
    "382.915.470-41": cpf_ok,  # Brazilian CPF
    "238 417 590": nif_ok,  # Portuguese NIF
    "192 740 369": nif_ok,
    "92071405837": pesel_ok,  # Polish PESEL
    "85.07.30-274.78": belgian_id_ok,  # Belgian national number
    "5301 8274 6192": my_number_ok,  # Japanese My Number
    "S9207413G": nric_ok,  # Singapore NRIC
    "T0382716F": nric_ok,
    "462 918 038": luhn_len(9),  # Canadian SIN
    "150389 47211": fodselsnummer_ok,  # Norwegian fødselsnummer
    "030791 25368": fodselsnummer_ok,
    "FRRGLI88C62L219H": codice_fiscale_ok,  # Italian codice fiscale
    "CNTLSS92A41G273W": codice_fiscale_ok,
    "3829104K": pps_ok,  # Irish PPS number
    "385 291 468": tfn_ok,  # Australian tax file number
    "2947 31857 1": medicare_ok,  # Australian Medicare card
    "5829 3047 1621": aadhaar_ok,  # Indian Aadhaar
    "7381 6204 9582": aadhaar_ok,
    "230491-318T": hetu_ok,  # Finnish henkilötunnus
    "401 826 3775": nhs_ok,  # NHS numbers
    "612 094 5385": nhs_ok,
    "729 361 4802": nhs_ok,
    "538 702 6147": nhs_ok,
    "450 118 9274": nhs_ok,
    "705 262 8414": nhs_ok,
    "471 935 0623": nhs_ok,
    "623 847 1905": nhs_ok,
    "492 007 3585": nhs_ok,
    "418 552 6032": nhs_ok,
    "736 109 2845": nhs_ok,
    "559 240 6177": nhs_ok,
    "ZKL4823": nhi_ok,  # New Zealand NHI
    "890714-2387": luhn_len(10),  # Swedish personnummer
    "53820417A": dni_ok,  # Spanish DNI
    "X4829173R": dni_ok,  # Spanish NIE
    "1 85 07 75 116 238 48": nir_ok,  # French NIR
    "183729407": bsn_ok,  # Dutch BSN
    "930602-1057230": rrn_ok,  # Korean resident registration number
    "47 182 930 459": steuer_id_ok,  # German tax id
    "8603125094089": luhn_len(13),  # South African id
    "9307250147089": luhn_len(13),
    "39105074216": isikukood_ok,  # Estonian isikukood
    "14.829.307-4": rut_ok,  # Chilean RUT
    "38502917410": kimlik_ok,  # Turkish kimlik
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany, Sweden), the country's own layout
# elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0(113|114|117|161) 496 0\d{3}",  # Leeds, Sheffield, Bristol, Manchester
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"(06|\+33 6) 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"\+33 1 99 00 \d{2} \d{2}",
        r"\+49 89 99998 \d{3}",  # Germany, Munich fiction range
        r"\+46 70 174 06 \d{2}",  # Sweden, fiction range
        r"08[5-7] \d{3} \d{4}",  # Ireland mobile
        r"021 \d{3} \d{4}",  # New Zealand mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|31|34|48|52|55|81|84|91|233|234|254|351|359|385|971) [\d -]+\d",  # no fiction range known
    )
]

PII_SECTIONS = {
    "support": SUPPORT,
    "hr": HR,
    "finance": FINANCE,
    "clinic": CLINIC,
    "helpdesk": HELPDESK,
    "sales": SALES,
    "legal": LEGAL,
    "insurance": INSURANCE,
}
CLEAN_SECTIONS = {
    "clean policy": CLEAN_POLICY,
    "clean templates": CLEAN_TEMPLATES,
    "clean reports": CLEAN_REPORTS,
    "clean formulas": CLEAN_FORMULAS,
    "clean product": CLEAN_PRODUCT,
}
COUNTS = {
    "support": 40,
    "hr": 30,
    "finance": 30,
    "clinic": 30,
    "helpdesk": 30,
    "sales": 20,
    "legal": 20,
    "insurance": 20,
    "clean policy": 20,
    "clean templates": 20,
    "clean reports": 20,
    "clean formulas": 20,
    "clean product": 20,
}


def kinds(texts: list[str]) -> list[set[str]]:
    """The set of span types of each text."""
    return [{s["type"] for s in marked_spans(t)} for t in texts]


def check_mix() -> None:
    """Each section carries what its kind of traffic carries: HR texts a name and an employee
    number; finance texts IBANs and cards; clinic texts a patient id; helpdesk tickets
    usernames, passwords and IPs; sales notes a phone or e-mail; legal intakes an address;
    insurance texts a policy number."""
    if not all({"PERSON", "ID_NUMBER"} <= k for k in kinds(HR)):
        raise SystemExit("hr: a text without a name and an employee number")
    money = [k & {"IBAN_CODE", "CREDIT_CARD"} for k in kinds(FINANCE)]
    ibans = sum(s["type"] == "IBAN_CODE" for t in FINANCE for s in marked_spans(t))
    cards = sum(s["type"] == "CREDIT_CARD" for t in FINANCE for s in marked_spans(t))
    if sum(bool(m) for m in money) < 28 or ibans < 18 or cards < 10:
        raise SystemExit(f"finance: {ibans} IBANs, {cards} cards")
    if not all("ID_NUMBER" in k for k in kinds(CLINIC)):
        raise SystemExit("clinic: a text without a patient id")
    desk = [s["type"] for t in HELPDESK for s in marked_spans(t)]
    if desk.count("PASSWORD") < 12 or desk.count("IP_ADDRESS") < 20 or desk.count("ID_NUMBER") < 20:
        raise SystemExit("helpdesk: too few passwords, IPs or usernames")
    if not all(k & {"PHONE_NUMBER", "EMAIL_ADDRESS"} for k in kinds(SALES)):
        raise SystemExit("sales: a text without a phone or e-mail")
    if not all("STREET_ADDRESS" in k for k in kinds(LEGAL)):
        raise SystemExit("legal: a text without an address")
    for marked in INSURANCE:
        if "ID_NUMBER" not in kinds([marked])[0] or "polic" not in strip_marks(marked)[0].lower():
            raise SystemExit(f"insurance: no policy number in {marked[:60]!r}")


def check_clean() -> None:
    """Clean texts within the word range, with no e-mail sign and no long digit run."""
    for texts in CLEAN_SECTIONS.values():
        for text in texts:
            if not WORDS[0] <= len(text.split()) <= WORDS[1]:
                raise SystemExit(f"clean: {len(text.split())} words in {text[:60]!r}")
            if "@" in text or re.search(r"\d{7,}", text.replace(" ", "")):
                raise SystemExit(f"clean: contact-like value in {text[:60]!r}")


def main() -> None:
    pii = [t for texts in PII_SECTIONS.values() for t in texts]
    for name, texts in PII_SECTIONS.items():
        check_counts(name, texts, WORDS, VALUES)
    check_mix()
    check_clean()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    sections = {
        name: (texts, COUNTS[name]) for name, texts in (PII_SECTIONS | CLEAN_SECTIONS).items()
    }
    build_sections(
        "blind68", HERE, sections, set(PII_SECTIONS),
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=SUPPORT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
