# ruff: noqa: E501
"""A sixty-second blind privacy set: 220 texts with personal data and 100 clean ones, a
general mix in the manner of real gateway traffic.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table format
and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 110 chat requests (4 to 120 words) from employees and customers in many countries (UK,
  Ireland, US, Canada, Mexico, Chile, Brazil, France, Germany, Austria, Spain, Italy, the
  Netherlands, Belgium, Denmark, Sweden, Poland, Czechia, Turkey, Nigeria, Ghana, Kenya,
  India, Singapore, Japan, Korea, Australia, New Zealand, the Emirates): HR and payroll,
  customer support, medical questions, tenants and landlords, parents and schools, people
  sharing their own contact details, passwords, PINs, door and alarm codes, one-time codes,
  account and national ids, cards and IBANs; a few in German, French, Spanish and Italian;
  the first 30 are typed all in lower case with chat shorthand (u, pls, thx, idk, tmrw);
* 60 one-line records of one invented person each in the manner of synthetic PII benchmark
  sentences (6 to 45 words, one to three identifiers counting the name): contact lines,
  shipping lines, bank and card lines, ids, logins and IPs;
* 50 pasted snippets (up to 250 words): 10 e-mail threads with signatures and quoted
  replies, 10 CSV exports, 10 JSON objects (each parses once its marks are stripped), 10
  runs of log lines and 10 sets of meeting or handover notes.

Usernames and logins, account, customer, member, employee, staff, badge, student and patient
numbers, passports, driver licences, tax and national ids are ID_NUMBER; PINs, door, gate,
locker and alarm codes, wifi keys, one-time codes and passwords are PASSWORD; titles and
relation words (Mr, Ms, Mme, Dr, Dra., my son, her sister) stay outside PERSON spans; an
address span runs from the first street line through the postcode and city as typed; public
figures, fictional characters, brands, companies, places named after people, order, tracking,
invoice and ticket numbers and dates of birth are not labelled; every occurrence of a private
value is marked. The 100 clean texts hold no personal data at all: 15 MMLU-style questions
with options A to D, 15 GSM8K-style word problems with fictional first names, 30 everyday
requests naming nobody, 20 requests naming public figures, fictional characters, brands or
places named after people, and 20 technical requests with placeholders only.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113/0117/0131/0161 496
0, 029 2018 0; North America 555-01xx; Australia 0491 570 and (0x) 5550; France 01 99 00,
04 65 71, 06 39 98 and the like; Germany 030 23125, 040 66969, 089 99998) and in
each country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial; IPs
from documentation ranges; national ids with valid check digits (UK NHS number, Dutch BSN,
Polish PESEL, Brazilian CPF, Turkish kimlik, Spanish DNI and NIE, Finnish henkilötunnus,
Italian codice fiscale, Chinese resident id, Singapore NRIC, Korean resident
registration number, Australian TFN and Medicare, Japanese My Number, Irish PPS, French NIR,
Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT,
Estonian isikukood, Czech rodné číslo, Ukrainian RNOKPP, German tax id,
New Zealand NHI, Indian Aadhaar, Canadian SIN, Swedish personnummer, South African id). The
JSON snippets must parse, the CSV ones keep one column count, the log lines start with a
timestamp or an address, and the clean texts pass a scan for e-mails, long digit runs, IBANs
and documentation IPs.

Run ``.venv/bin/python bench/data/build_blind62.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import csv
import io
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
    china_id_ok,
    cnp_ok,
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
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (4, 120)
RECORD_WORDS = (6, 45)
SNIPPET_WORDS = (3, 250)
CARD_DIGITS = frozenset({14, 15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sir|Mme|Mlle|Monsieur|Madame|Herr|Frau|Sr|Sra|Sig|Sig\.ra|Dott|Auntie|Uncle|Nurse|Coach)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 110 chat requests from employees and customers: the first 30 typed all in lower case.
CHAT = [
    # --- all lower case, chat shorthand ---
    "hey can u update my mobile on file to [[PHONE_NUMBER|07700 900418]] pls, acct no [[ID_NUMBER|30019475]] thx",
    "lol forgot my pin again. pretty sure i changed it to [[PASSWORD|8316]] last wk but the app says wrong. how do i reset w/o going to the branch",
    "my wifi pw is [[PASSWORD|tangerine-otter-42]] can u make a cute sign for guests w it, like a little chalkboard vibe",
    "invoice to [[EMAIL_ADDRESS|k.oyelaran88@gmail.com]] pls",
    "hi its [[PERSON|priya raman]] again, still no refund for order 55810234 :( reachable on [[PHONE_NUMBER|+91 98450 31762]] after 6pm ist",
    "landlord still hasnt fixed the boiler at [[STREET_ADDRESS|flat 3, 27 calder road, leeds ls6 2pf]]. its been 3 wks w no hot water, im boiling kettles to bath my kid. he keeps saying the engineer is 'booked up'. can u draft a firm but not rude msg, mention the tenancy agreement + that i'll go to the council if its not sorted by fri. his name is [[PERSON|gareth pryce]], i usually just text him. thx",
    "need a sick note template for my boss [[PERSON|tomasz wojcik]], im off mon-wed w flu. emp id [[ID_NUMBER|e-40917]] if that matters",
    "my son [[PERSON|ayaan]] has a nut allergy, can u write a short note for his teacher ms [[PERSON|henley]]? school id is [[ID_NUMBER|st2291840]]",
    "whats my ssn doing on this letter?? [[US_SSN|412-73-9058]] printed right on the envelope wtf. who do i even call abt that",
    "ok so the bank wants me to confirm my iban, its [[IBAN_CODE|de67 3705 0198 1048 2736 50]] right? can u check the format looks ok",
    "can u remind me fri to pay [[PERSON|lena]] back 40 eur, her paypal is [[EMAIL_ADDRESS|lena.vogt.ms@web.de]]",
    "new hire starts monday: [[PERSON|joão pereira]], personal mail [[EMAIL_ADDRESS|joaopereira.rj@outlook.com]], cel [[PHONE_NUMBER|+55 21 99874-3106]]. set up laptop + badge pls",
    "ugh locked out of the portal again. user [[ID_NUMBER|dkowalczyk]] pw [[PASSWORD|marmolada!77]] — why wont it take it",
    "brb gotta call the clinic, my nhs number is [[ID_NUMBER|485 777 3023]] if u need it for the form",
    "wats the nicest way to tell my tenant [[PERSON|imran qureshi]] rent is going up in june? he's at [[STREET_ADDRESS|14b ashgrove ave, manchester m20 4qr]]",
    "card got declined at checkout, number [[CREDIT_CARD|4929 1830 5521 7768]] exp 09/27. is it the card or ur site??",
    "pls whatsapp my mum on [[PHONE_NUMBER|+254 722 418 903]] when the parcel lands, her name is [[PERSON|wanjiru kamau]]",
    "yo door code for the office is [[PASSWORD|4471#]] if ur coming in early tmrw",
    "tax office asked for my steuer-id, its [[ID_NUMBER|58 302 947 162]] i think? can u help me w the form",
    "kid's school portal login: [[ID_NUMBER|mhernandez12]] / [[PASSWORD|recess4ever]]. can u tell me why the homework page is blank",
    "can u capitalise this properly for a shipping label: [[PERSON|olusegun adebayo]], [[STREET_ADDRESS|12 akin adesola street, victoria island, lagos 101241]]",
    "bhai aadhaar update ho gaya kya? number [[ID_NUMBER|5827 3941 0623]], mobile linked [[PHONE_NUMBER|+91 99012 48735]]. plz check",
    "note to self: gym locker combo [[PASSWORD|19-04-33]], bike lock [[PASSWORD|7702]]. dont lose this again",
    "can u translate to spanish: hi [[PERSON|carmen]], my new number is [[PHONE_NUMBER|(312) 555-0147]], text me anytime",
    "hr q: if i email my passport no [[ID_NUMBER|c7h429815]] to [[PERSON|sam]] in hr at [[EMAIL_ADDRESS|sam.whitlock@brightlane.co.uk]] is that safe or should i upload it",
    "omg i pasted my api key in the team chat [[API_KEY|tk_live_9f3a7c21e88b4d06a5f1c3e9b27d40aa]] how fast do i need to rotate it",
    "can u whitelist my home ip [[IP_ADDRESS|198.51.100.23]] on the vpn, im [[ID_NUMBER|rbaptiste]] on the portal",
    "need to cancel my dentist appt tmrw, patient no [[ID_NUMBER|p-0083621]], name [[PERSON|siobhan o'leary]]. idk the number for the clinic",
    "landlord wants my bank deets for the deposit return: [[IBAN_CODE|gb62 loyd 3094 2817 3640 52]] — ok to send that over text??",
    "send my pay slip to [[EMAIL_ADDRESS|mrkz.fontaine@free.fr]] pls, number changed too, now [[PHONE_NUMBER|06 39 98 41 27]]",
    # --- mixed case ---
    "Hi, I'm [[PERSON|Hannah Okafor]] and I need to change the address on my account [[ID_NUMBER|ACC-7730215]]. New address: [[STREET_ADDRESS|Flat 12, 88 Westbourne Grove, London W2 5RT]]. The old one can be deleted.",
    "Please draft a polite reminder to my tenant [[PERSON|Marek Dvořák]] that rent for March is ten days late. He lives at [[STREET_ADDRESS|Karlova 14, 110 00 Praha 1]] and his phone is [[PHONE_NUMBER|+420 602 318 447]]. His rodné číslo from the lease is [[ID_NUMBER|910315/7008]], if the letter needs it.",
    "Can you help me write an email to HR? My employee number is [[ID_NUMBER|EMP-20931]]. My manager, [[PERSON|Diane Whitfield]], approved my annual leave from 3 to 14 June back in February, and I still have her approval email. The HR system shows the request as pending, and last week I got an automated warning that unapproved absences may be treated as unpaid. I don't want to sound accusatory, because it's probably a workflow glitch, but I need it fixed before I book flights. Keep it short, friendly and clear, and ask them to confirm in writing.",
    "My daughter [[PERSON|Sofía Morales]] has had a fever of 39.2 since last night and won't eat. Her insurance member ID is [[ID_NUMBER|MX-55120984]]. Should I take her to urgent care tonight or wait until morning?",
    "Ich habe mein Passwort vergessen. Benutzername: [[ID_NUMBER|k.brandt]], altes Passwort war [[PASSWORD|Sommerregen#19]]. Wie setze ich es zurück, ohne die IT anzurufen?",
    "My card [[CREDIT_CARD|5412 7510 0093 2219]] was charged twice for the same subscription on 2 May. Cardholder is [[PERSON|Li Wei]]. Can you reverse one of the charges?",
    "Is [[PASSWORD|fluffy2009]] a good password?",
    "Please update my emergency contact to my husband, [[PERSON|Rahul Mehta]], [[PHONE_NUMBER|+91 98201 77456]]. My staff ID is [[ID_NUMBER|IN-HR-004512]].",
    "Hello, I'd like to pay the invoice by bank transfer instead. My IBAN is [[IBAN_CODE|NL56 RABO 0318 5729 46]] and the account holder is [[PERSON|Femke de Graaf]].",
    "Hi! I'm [[PERSON|Chloé Martin]], you can reach me at [[EMAIL_ADDRESS|chloe.martin.lyon@orange.fr]] or on [[PHONE_NUMBER|04 65 71 23 08]]. I'd like a quote for a small kitchen renovation, about 9 m².",
    "Medical question: I'm on 20mg citalopram and my GP, Dr [[PERSON|Ewan Fraser]], wants to raise it to 30mg from next week. NHS no [[ID_NUMBER|943 602 8172]] in case you can see my record (I know you probably can't). Last time the dose changed I felt dizzy and a bit sick for about a week, and I start a new job on the 17th. Is it normal to feel like that at first, and is there anything that makes it easier, like taking it at night instead of in the morning?",
    "Write a short complaint to the council. The streetlight outside [[STREET_ADDRESS|41 Mill Lane, Bristol BS3 4JN]] has been out for six weeks and the pavement is pitch black. Sign it from [[PERSON|Gwen Lloyd]], [[PHONE_NUMBER|0117 496 0382]].",
    "I need to verify my identity for the tax return. SIN [[ID_NUMBER|047 182 936]], name [[PERSON|Marc-André Tremblay]]. Which form do I use to claim moving expenses?",
    "Can you check this SEPA transfer before I send it? Beneficiary [[PERSON|Giulia Ferraro]], IBAN [[IBAN_CODE|IT55K0306909420100000381657]], amount €1.250, reference 'affitto aprile'.",
    "Parent here. My son [[PERSON|Kenji]] forgot his school tablet PIN; it's supposed to be [[PASSWORD|204918]] but it keeps locking him out. Student number [[ID_NUMBER|S-2318804]].",
    "Our office Wi-Fi is BrightDesk-5G and the key is [[PASSWORD|k3ttle&Crumpet!]]. Make me a printable card for the reception desk with a QR code placeholder.",
    "My name is [[PERSON|Ngozi Eze]], I live at [[STREET_ADDRESS|Plot 7, Admiralty Way, Lekki Phase 1, Lagos]] and my number is [[PHONE_NUMBER|+234 803 412 7790]]. Is there a courier that delivers on Sundays?",
    "Write a reference letter for my former assistant [[PERSON|Beatriz Santos]]. She worked with us from 2019 to 2023 and ran our front office. Her CPF for the HR file is [[ID_NUMBER|394.817.265-09]].",
    "Hi support, login [[ID_NUMBER|ahmed.k92]] keeps saying 'invalid token'. I've reset it twice. The last temporary code you sent was [[PASSWORD|771 204]].",
    "Please cancel the direct debit from my account, sort code and number [[ID_NUMBER|40-11-92 31887742]], name on the account [[PERSON|Declan Murphy]]. It's for a gym I left in January.",
    "Which kind of doctor should I see? I'm [[PERSON|Aiko Tanaka]], My Number [[ID_NUMBER|4829 1037 5622]], and I've had an itchy rash on my forearm for two weeks.",
    "Landlord issue: I paid the deposit to [[IBAN_CODE|ES22 2085 0167 3933 0041 8275]] and never got a receipt. The landlord's name is [[PERSON|Jorge Ibáñez]]. What are my rights in Valencia?",
    "Rewrite my email signature so it looks nicer: [[PERSON|Tom Becker]] | Logistics | m: [[PHONE_NUMBER|+49 40 66969 214]] | [[EMAIL_ADDRESS|t.becker@nordfracht-logistik.de]]",
    "Hey, SSN for the W-9 is [[US_SSN|529-41-6083]]. Name [[PERSON|Jasmine Holloway]]. Do I tick 'individual/sole proprietor' on line 3 if I freelance?",
    "My mother [[PERSON|Fatma Yıldız]] needs a hospital appointment in Izmir. Her TC kimlik no is [[ID_NUMBER|38492017510]] and her phone is [[PHONE_NUMBER|+90 532 418 27 63]]. Which department handles knee pain?",
    "Please reset the voicemail PIN on my work phone, extension 4412. The new PIN should be [[PASSWORD|903117]]. I'm [[PERSON|Ruth Adeyemi]] in finance.",
    "What's the etiquette for sharing a streaming login with my flatmate? It's [[EMAIL_ADDRESS|benji.ross@icloud.com]] / [[PASSWORD|Popcorn!Night22]] if that changes anything.",
    "I moved! New address is [[STREET_ADDRESS|Unit 5, 22 Beach Road, Mount Maunganui 3116]]. Could you write a change-of-address note for my insurer? Policy holder number [[ID_NUMBER|NZ-POL-558201]].",
    "Need to book a blood test. Patient ID [[ID_NUMBER|HSP-7781920]], DOB 14/02/1978. Please email the results to [[EMAIL_ADDRESS|m.oconnell78@eircom.net]].",
    "Can you split this bill? I paid €84 with my card [[CREDIT_CARD|4532 8611 0937 4508]]. [[PERSON|Aoife]] owes me half, her Revolut is [[PHONE_NUMBER|+353 87 214 9036]].",
    "Hola, me llamo [[PERSON|Valentina Rojas]] y mi RUT es [[ID_NUMBER|14.382.917-0]]. ¿Cómo pido un certificado de residencia en Santiago? Es para un trámite del trabajo.",
    "Urgent: someone logged into my account from [[IP_ADDRESS|203.0.113.148]] and it wasn't me, I'm always on [[IP_ADDRESS|192.0.2.61]] at home. Username [[ID_NUMBER|lucy_harwood]]. Lock it please.",
    "HR question: can my employer ask for my PPS number [[ID_NUMBER|6418273S]] before I've even signed the contract? Start date is next Monday.",
    "My wife [[PERSON|Mei Ling Tan]] lost her NRIC, [[ID_NUMBER|S8834172D]]. What's the replacement process at ICA, and can I go on her behalf?",
    "Write a text to the plumber: 'Hi [[PERSON|Kev]], it's the flat at [[STREET_ADDRESS|9 Harbour Street, Whitby YO21 3PN]], the leak is back, can you come Thursday?' My number is [[PHONE_NUMBER|07700 900733]].",
    "Translate into French for my landlady, Mme [[PERSON|Rousseau]]: the key safe code is [[PASSWORD|2580]] and the spare key is with [[PERSON|Pierre]] next door.",
    "I'm applying for a flat. Previous landlord reference: [[PERSON|Graham Pike]], [[EMAIL_ADDRESS|gpike.lettings@btinternet.com]], [[PHONE_NUMBER|0161 496 0218]]. Could you format this into a tidy references section?",
    "Can you check whether this is a valid Dutch BSN? [[ID_NUMBER|273649188]] It's mine, I'm filling in the DigiD form and it keeps getting rejected.",
    "My son [[PERSON|Lucas]] (Year 4) is being picked up by his grandma, [[PERSON|Helen Parry]], today. Her mobile is [[PHONE_NUMBER|07700 900561]]. Write a quick note to the school office.",
    "Set up a payee: [[PERSON|Kristian Holm]], IBAN [[IBAN_CODE|DK95 3000 4193 7582 61]], reference 'boat share'. Does a Danish IBAN need a BIC too?",
    "Support ticket: customer [[ID_NUMBER|CUST-0092817]] says her card [[CREDIT_CARD|5227-9018-3364-2015]] was kept on file after she asked us to delete it. Her email is [[EMAIL_ADDRESS|rosalind.achebe@yahoo.co.uk]]. Draft an apology that doesn't admit liability.",
    "Can you explain what the PESEL check digit is? Mine is [[ID_NUMBER|92061417381]] and the bank's online form says it's invalid.",
    "Write a short cover note. I'm [[PERSON|Oskar Lindqvist]], personnummer [[ID_NUMBER|850412-7385]], applying for the night nurse post. Contact: [[PHONE_NUMBER|070-482 19 63]].",
    "For the insurance claim: my Medicare number is [[ID_NUMBER|2953 81747 1]] and I live at [[STREET_ADDRESS|4/17 Bondi Road, Bondi NSW 2026]]. They're asking which hospital I went to; does the ED count?",
    "Hi, I'm locked out of the staff Wi-Fi. Badge number [[ID_NUMBER|B-66310]], and the password HR gave me was [[PASSWORD|Welcome@Orchard7]].",
    "My brother [[PERSON|Nikhil Rao]] is coming to stay for a month; he needs a visitor parking permit for [[STREET_ADDRESS|31 Cedar Crescent, Leicester LE2 6BU]]. How do I apply?",
    "Please help me dispute a charge. Amex [[CREDIT_CARD|3791 562044 81637]], merchant 'QuickFuel 221', $64.10. Cardmember [[PERSON|Dolores Whitaker]], phone [[PHONE_NUMBER|(602) 555-0183]].",
    "Ciao, sono [[PERSON|Marco Bianchi]], codice fiscale [[ID_NUMBER|BNCMRC79T11H501X]]. Devo rinnovare la tessera sanitaria: dove si fa a Roma?",
    "New desk line from Monday: [[PHONE_NUMBER|020 7946 0571]]. Tell the team?",
    "My ex keeps logging into my music account. Email [[EMAIL_ADDRESS|tayla.nguyen03@hotmail.com]], new password I want: [[PASSWORD|Orbit-Lantern-58]]. Is that strong enough?",
    "Teacher here. A parent, [[PERSON|Olga Ivanova]] ([[PHONE_NUMBER|+7 916 204-38-17]]), wants her daughter's grades sent by text message. Is that allowed under a typical school privacy policy?",
    "Tell me how to report identity theft. Someone opened a loan using my SSN [[US_SSN|305-66-1942]] and my old address, [[STREET_ADDRESS|1187 Maple Ave, Apt 3, Dayton, OH 45409]].",
    "Please add my new card for monthly billing: [[CREDIT_CARD|4917055288301623]], name [[PERSON|Yusuf Demir]]. I'll give the CVV on the phone.",
    "Can you fix the grammar? 'Dear Sir, I, [[PERSON|Adaeze Nwosu]], holder of passport [[ID_NUMBER|A09418273]], am request a visa extension until 30 September.'",
    "Bonjour, mon numéro de sécu est le [[ID_NUMBER|2 84 05 75 120 317 10]]. Je voudrais savoir si ma carte Vitale est bien à jour après mon déménagement.",
    "Quick HR check: payroll still shows my bank as [[IBAN_CODE|GB29 BARC 2071 5583 0291 47]] but I switched banks in January. Employee [[PERSON|Priyanka Shah]], ID [[ID_NUMBER|77120]].",
    "Alarm code for Mum's house is [[PASSWORD|1 9 5 3]]. Put it in a reminder for when I visit on the 12th.",
    "Mi hija [[PERSON|Camila]] necesita un justificante para el colegio porque estuvo enferma. Mi NIE es [[ID_NUMBER|Y3816274J]] y mi móvil [[PHONE_NUMBER|+34 612 48 93 07]].",
    "My video calls keep dropping. Home IP is [[IP_ADDRESS|2001:db8:4a1c::27]], router admin password [[PASSWORD|Hx7!routerPass]]. Is it my ISP or the router?",
    "I want to write to my GP about my mental health. Name [[PERSON|Callum Reid]], NHS number [[ID_NUMBER|721 094 3862]], registered at the practice near [[STREET_ADDRESS|15 Bruntsfield Place, Edinburgh EH10 4HN]]. Help me say it without sounding dramatic.",
    "Our new starter [[PERSON|Anjali Krishnan]] needs VPN access. Her laptop's IP is [[IP_ADDRESS|198.51.100.142]] and her username is [[ID_NUMBER|akrishnan]]. What should the ticket say?",
    "Write a lost-wallet post for our neighbourhood group. Inside: my driving licence ([[ID_NUMBER|MORGA753116SM9IJ]]) and a library card. Please return to [[STREET_ADDRESS|7 Orchard Close, Taunton TA1 2HX]].",
    "What's the procedure if a caller reads out their card details on the helpline? A woman today read [[CREDIT_CARD|6011 6379 0042 1184]] aloud before I could stop her.",
    "I run a small online shop. Customer [[PERSON|Bethany Cole]] at [[STREET_ADDRESS|2210 Birch Street, Boise, ID 83702]] says her package never arrived, tracking 9400111202555831. What should I reply?",
    "I'm [[PERSON|Kwame Mensah]], and until last month I was a tenant at [[STREET_ADDRESS|House 23, Osu Badu Street, Accra]]. I left the place clean, handed back both keys and even repainted the bedroom wall my son drew on. The landlord is now refusing to return my GH₵ 3,000 deposit, saying there is 'damage', but he won't say what it is or send photos. I have the tenancy agreement and the receipt for the deposit. Draft a formal demand letter giving him 14 days to pay and saying I will take the matter to the Rent Control Department if he doesn't. Firm and polite, no threats beyond that.",
    "Help me remember: bank PIN [[PASSWORD|5821]], building door [[PASSWORD|C2047]], locker [[PASSWORD|36-12-08]]. Actually, is it even safe to keep these in a notes app?",
    "New client intake: [[PERSON|Rebecca Lindström]], [[EMAIL_ADDRESS|rebecca.lindstrom@telia.se]], [[PHONE_NUMBER|+46 73 618 22 40]]. Please turn this into a warm welcome email.",
    "Pls help: my tax file number is [[ID_NUMBER|463 819 273]] and the ATO says it doesn't match my name, [[PERSON|Jarrah O'Keefe]]. Who do I call?",
    "Please write a birthday message for my colleague [[PERSON|Santiago Herrera]]. I'll send it to [[EMAIL_ADDRESS|sherrera@clinicasol.mx]] tomorrow morning.",
    "Password reset: I'm [[PERSON|Hyun-woo Park]], employee [[ID_NUMBER|KR-31827]], and the form wants my resident registration number, [[ID_NUMBER|900417-1538271]]. Do you really need that?",
    "Patient update for Dr [[PERSON|Ilse Vermeulen]]: blood pressure this morning was 142/91. My national number is [[ID_NUMBER|85.03.14-273.46]]. Should I change the dose?",
    "I share a car with my neighbour [[PERSON|Dariusz]]; the app login is [[EMAIL_ADDRESS|carshare.dariusz.n@wp.pl]] and the unlock PIN is [[PASSWORD|4096]]. Write a fair weekly schedule for us.",
    "Can you help me word a message to my landlord? He suddenly wants rent paid to a new account, [[IBAN_CODE|FR40 3000 4018 9200 0712 8394 652]], under a different name. I think it might be a scam.",
    "Hello, this is [[PERSON|Siddharth Menon]] from room 214. My Aadhaar card ([[ID_NUMBER|7391 4826 5053]]) was photocopied at check-in; please make sure the copy is destroyed when I leave.",
    "We're running a school trip. Parent contact: [[PERSON|Elif Aydın]], [[PHONE_NUMBER|+90 541 770 13 58]]. Can you make a consent form with space for allergies and medication?",
    "My friend in Seoul wants to send me 300,000 won. My Shinhan account is [[ID_NUMBER|110-482-917305]], name [[PERSON|Ji-yeon Choi]]. What details does she need for an international transfer?",
    "Draft a GDPR subject access request. Name [[PERSON|Matthias Huber]], customer number [[ID_NUMBER|KD-4481093]], address [[STREET_ADDRESS|Mariahilfer Straße 71/8, 1060 Wien]].",
    "I got a letter from HMRC quoting my National Insurance number, [[ID_NUMBER|JR 48 27 91 B]]. It says I owe £212 but I'm on PAYE. They also misspelt my surname; it's [[PERSON|Eleanor Whitcombe]], with an e at the end.",
    "Can you generate an out-of-office reply? For anything urgent contact [[PERSON|Farida Haddad]], [[EMAIL_ADDRESS|f.haddad@alnoor-trading.ae]], [[PHONE_NUMBER|+971 50 418 2276]].",
    "The last onboarding step asks for my personal API key from the dashboard: [[API_KEY|ak_prod_61e8c0f27d4b49a3b8c51d09ef72a6b4]]. Is it normal to paste it here?",
]

# 60 one-line records of one invented person each, in the manner of synthetic PII sentences.
RECORDS = [
    "[[PERSON|Harriet Blackwood]]'s phone number is [[PHONE_NUMBER|(415) 555-0129]].",
    "Please ship the order to [[PERSON|Emeka Obi]] at [[STREET_ADDRESS|45 Broad Street, Lagos Island, Lagos 102273]].",
    "My credit card number is [[CREDIT_CARD|5168 4337 2019 8852]] and it expires next March.",
    "You can contact [[PERSON|Ingrid Solberg]] via [[EMAIL_ADDRESS|ingrid.solberg@online.no]] for the survey results.",
    "The account [[IBAN_CODE|NO24 1503 8274 619]] belongs to [[PERSON|Leif Andersen]].",
    "[[PERSON|Carlos Mendoza]] lives at [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]].",
    "Social security number on file: [[US_SSN|671-20-4418]], holder [[PERSON|Brenda Kowalski]].",
    "Failed login attempt from [[IP_ADDRESS|198.51.100.207]] for user [[ID_NUMBER|hgreene]] at 02:14.",
    "Her passport number is [[ID_NUMBER|X4418203]] and she flies out on Tuesday.",
    "I'm [[PERSON|Thandiwe Ndlovu]], ID number [[ID_NUMBER|8703165129082]], and I'd like to open a savings account.",
    "Call [[PERSON|Rhys Jenkins]] on [[PHONE_NUMBER|029 2018 0547]] about the broken fence.",
    "Please send the refund to IBAN [[IBAN_CODE|AT88 2011 1829 3174 5006]] as soon as possible.",
    "[[PERSON|Yuki Watanabe]]'s address is [[STREET_ADDRESS|2-14-7 Shibuya, Shibuya-ku, Tokyo 150-0002]].",
    "Driver license [[ID_NUMBER|D6101-40706-60905]] was issued to [[PERSON|Amanda Reyes]] in 2019.",
    "If you have questions, email me at [[EMAIL_ADDRESS|p.nakamura.design@proton.me]] any time.",
    "[[PERSON|Oleksandr Bondarenko]], taxpayer number [[ID_NUMBER|3184759620]], requested a statement.",
    "The device at [[IP_ADDRESS|2001:db8:c3d1:9f::14]] is [[PERSON|Nadia Karimi]]'s home machine.",
    "Member [[ID_NUMBER|GYM-204417]] ([[PERSON|Paulo Costa]]) has not paid since June.",
    "Card on file for this booking: [[CREDIT_CARD|3487 220915 60383]], verified yesterday.",
    "[[PERSON|Greta Nilsson]] can be reached at [[PHONE_NUMBER|+46 70 551 38 24]] on weekdays.",
    "Please update the billing address to [[STREET_ADDRESS|1420 Elm Street, Unit 6B, Portland, OR 97205]].",
    "My username is [[ID_NUMBER|zfarouk_77]] and my password is [[PASSWORD|Cairo$unset88]].",
    "[[PERSON|Giulia Rossi]] presented codice fiscale [[ID_NUMBER|RSSGLI84C52F205N]] at the pharmacy counter.",
    "The wire transfer came from [[PERSON|Anneke Visser]], IBAN [[IBAN_CODE|NL68 INGB 0007 3918 45]].",
    "Employee [[PERSON|Rajesh Iyer]] (ID [[ID_NUMBER|40218]]) requested a new laptop.",
    "Student [[ID_NUMBER|U2209431]] submitted the final essay two days late.",
    "[[PERSON|Mohammed Al-Sayed]] lives at [[STREET_ADDRESS|Villa 14, Street 22, Al Barsha 2, Dubai]] and his mobile is [[PHONE_NUMBER|+971 55 207 3348]].",
    "Patient [[PERSON|Ellen Fitzgerald]] (NHI [[ID_NUMBER|ZKT4821]]) was discharged on Friday afternoon.",
    "Her resident identity card number is [[ID_NUMBER|310104198807234618]], issued in Shanghai.",
    "The Wi-Fi password at [[PERSON|Hugo Lambert]]'s place is [[PASSWORD|Baguette&Beurre2]].",
    "[[PERSON|Sara Haile]]'s email is [[EMAIL_ADDRESS|sarahaile.et@gmail.com]] and her phone is [[PHONE_NUMBER|+251 91 148 2760]].",
    "Charge [[CREDIT_CARD|4008-3716-5220-9478]] for the deposit; the cardholder is [[PERSON|Victor Lemaire]].",
    "[[PERSON|Bogdan Popescu]] has the personal numeric code [[ID_NUMBER|1850623415720]].",
    "API key for [[PERSON|Lina Haddad]]'s account: [[API_KEY|lk-83f2a91c4e07d6b5a1c9f02e7b48d3a6]].",
    "Ship the parcel to [[STREET_ADDRESS|Rua Augusta 218, 3º Esq, 1100-053 Lisboa]] before the 20th.",
    "[[PERSON|Takumi Sato]] dialled in to the meeting from [[PHONE_NUMBER|090-4418-2736]].",
    "SSN [[US_SSN|238-51-7706]] belongs to [[PERSON|Marcus Bell]] of Tulsa.",
    "[[PERSON|Eszter Kovács]] paid the membership fee from IBAN [[IBAN_CODE|FI70 4006 1020 3847 56]].",
    "The door code for [[STREET_ADDRESS|18 Rue Oberkampf, 75011 Paris]] is [[PASSWORD|B4172]].",
    "The customer number is [[ID_NUMBER|CN-88104527]] and her name is [[PERSON|Zhang Min]].",
    "[[PERSON|Andile Zulu]] can be contacted at [[PHONE_NUMBER|+27 82 614 0973]] after five.",
    "Reply to [[EMAIL_ADDRESS|o.petrenko@ukr.net]] with the signed form.",
    "[[PERSON|Sunita Pillai]]'s Aadhaar number is [[ID_NUMBER|4601 9283 7744]].",
    "My IP address is [[IP_ADDRESS|192.0.2.214]], can you add it to the allow list?",
    "[[PERSON|Felix Wagner]] wohnt in der [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]] und ist unter [[PHONE_NUMBER|030 23125 418]] erreichbar.",
    "[[PERSON|Ana Lucía Gómez]] always pays with the card [[CREDIT_CARD|5355 1109 2870 0340]].",
    "The personnummer of [[PERSON|Elin Berg]] is [[ID_NUMBER|920817-2461]].",
    "Account holder [[PERSON|Kofi Boateng]], account [[ID_NUMBER|0041827365019]], branch Kumasi Adum.",
    "[[PERSON|Maja Jensen]] typed her password [[PASSWORD|hygge&kaffe91]] into the chat by mistake.",
    "[[PERSON|Élodie Marchand]] holds passport number [[ID_NUMBER|19AX48372]].",
    "Kindly deliver to [[PERSON|Anil Kumar]], [[STREET_ADDRESS|Flat 302, Sai Residency, 12th Main, Indiranagar, Bengaluru 560038]].",
    "[[PERSON|Jonas Petraitis]]'s email address is [[EMAIL_ADDRESS|jonas.petraitis@inbox.lt]].",
    "[[PERSON|Hamza Benali]] registered as [[ID_NUMBER|hbenali_dz]] from [[IP_ADDRESS|203.0.113.9]].",
    "The PIN [[PERSON|Nora Quinlan]] chose for her debit card is [[PASSWORD|0619]].",
    "[[PERSON|Tomás Ferreira]]'s NIF is [[ID_NUMBER|235819476]], according to the invoice.",
    "You can reach [[PERSON|Ahmad Rahimi]] on [[PHONE_NUMBER|+98 912 408 3175]] most evenings.",
    "Her fødselsnummer is [[ID_NUMBER|030791 56816]], as written on the form.",
    "[[PERSON|Tyrone Hughes]], SSN [[US_SSN|447-09-3361]], date of birth 02/19/1985.",
    "Email [[EMAIL_ADDRESS|agnieszka.wrobel@o2.pl]] or call [[PHONE_NUMBER|+48 601 237 894]] to reach [[PERSON|Agnieszka Wróbel]].",
    "[[PERSON|Cormac Doyle]]'s PPS number is [[ID_NUMBER|2950174MA]].",
]

# 50 pasted snippets: e-mail threads, CSV exports, JSON objects, log lines, meeting notes.
SNIPPETS_EMAIL = [
    """Re: Invoice 2231 – payment

Hi [[PERSON|Kate]],

Payment went out this morning, it should land by Friday.

Best,
[[PERSON|Rohan Verma]]
Accounts Payable | Tidewell Foods
[[PHONE_NUMBER|+44 20 7946 0314]] | [[EMAIL_ADDRESS|rohan.verma@tidewellfoods.co.uk]]

> On 3 Apr, [[PERSON|Kate Simmons]] <[[EMAIL_ADDRESS|kate@simmonsdesign.co.uk]]> wrote:
> Hi [[PERSON|Rohan]], just chasing invoice 2231. Bank details unchanged: [[IBAN_CODE|GB52 NWBK 5600 3719 2840 17]].""",
    """AW: Zugangsdaten Buchhaltungssoftware

Hallo [[PERSON|Jana]],

anbei wie besprochen dein neuer Zugang:
Benutzer: [[ID_NUMBER|j.hoffmann-fibu]]
Initialpasswort: [[PASSWORD|Tannenzapfen!63]]

Bitte beim ersten Login ändern.

Viele Grüße
[[PERSON|Stefan Kühn]]
IT-Service | Isartal Steuerberatung
Tel. [[PHONE_NUMBER|089 99998 127]]""",
    """From: [[PERSON|Marisol Ortega]] <[[EMAIL_ADDRESS|marisol.ortega77@gmail.com]]>
To: Pinecrest Utilities Support
Subject: Wrong name on bill

Hello, the bill for [[STREET_ADDRESS|3318 Juniper Drive, Austin, TX 78745]] is still in my ex-husband's name. Account [[ID_NUMBER|PU-00718243]]. Please move it to mine from next month.

Thanks,
[[PERSON|Marisol]]
[[PHONE_NUMBER|(512) 555-0166]]""",
    """Subject: New starter – payroll details

Hi [[PERSON|Nadine]],

[[PERSON|Oliver Grant]] starts on the 3rd in the Leeds office. Details for payroll:
Employee no: [[ID_NUMBER|004-7718]]
NI number: [[ID_NUMBER|WP 63 18 02 D]]
Bank (sort code, account): [[ID_NUMBER|20-45-77 53180294]]
Home: [[STREET_ADDRESS|6 Kirkstall Lane, Leeds LS5 3BE]]

Thanks,
[[PERSON|Priya Nair]]
People Team""",
    """De : [[PERSON|Camille Roux]] <[[EMAIL_ADDRESS|camille.roux@laposte.net]]>
Objet : RE: dossier location rue des Tanneurs

Bonjour Monsieur,

Voici mon RIB pour le remboursement du dépôt de garantie : [[IBAN_CODE|FR70 2004 1010 0506 1827 4X03 314]]

Cordialement,
[[PERSON|Camille Roux]]
[[PHONE_NUMBER|06 39 98 57 02]]""",
    """RE: Cita médica

Hola [[PERSON|Lucía]]:
Te confirmo la cita del martes a las 10:30 con la Dra. [[PERSON|Paredes]]. Trae la tarjeta sanitaria (n.º [[ID_NUMBER|MRTN 5508 2193 6640]]) y tu DNI, [[ID_NUMBER|71039284N]].
Un saludo,
[[PERSON|Rocío Méndez]]
Recepción · Clínica Santa Clara

> El lun, 6 may, [[PERSON|Lucía Navarro]] <[[EMAIL_ADDRESS|lucianavarro91@hotmail.es]]> escribió:
> ¿Podéis cambiarme la cita? Mi móvil es el [[PHONE_NUMBER|+34 655 20 71 48]].""",
    """---------- Forwarded message ---------
From: [[PERSON|Darren Cho]]
Date: Tue, 11 Jun, 09:12
Subject: VPN not connecting

Hey, I still can't get on the VPN from home. My public IP shows as [[IP_ADDRESS|198.51.100.77]], username [[ID_NUMBER|dcho]]. Tried reinstalling the client twice.

--
[[PERSON|Darren Cho]] | Senior Analyst
Direct: [[PHONE_NUMBER|(416) 555-0112]]""",
    """Re: Re: Deposit

[[PERSON|Aleksander]], I've sent the deposit back to the account you gave me, [[IBAN_CODE|PL12 1020 1026 0000 1845 7293 0461]]. Give it two working days.
[[PERSON|Brian]]

> [[PERSON|Brian]], please refund it to my Polish account, I'm back in Kraków now.
> [[PERSON|Aleksander Nowak]]
> [[STREET_ADDRESS|ul. Długa 17/4, 31-147 Kraków]]""",
    """Subject: Pick-up permission for Wednesday

Dear Ms [[PERSON|Okonkwo]],

My sister, [[PERSON|Rachel Adams]], will collect [[PERSON|Noah]] on Wednesday after football club. Her mobile is [[PHONE_NUMBER|07700 900264]] if you need to check.

Kind regards,
[[PERSON|Stephanie Adams]]
Parent, Class 2B""",
    """From: [[PERSON|Gary Whitmore]] <[[EMAIL_ADDRESS|gary@whitmoreplumbing.com]]>
Subject: Re: booking Thursday

Sorry, the card you gave me bounced. Can you double-check it? I have [[CREDIT_CARD|4518 7392 0066 1429]], exp 11/26.
[[PERSON|Gary]]

> On Mon, [[PERSON|Helen Tsang]] wrote:
> Please book Thursday morning. Address is [[STREET_ADDRESS|56 Larkspur Way, Edison, NJ 08820]], side gate code [[PASSWORD|#7713]].""",
]

SNIPPETS_CSV = [
    """first_name,last_name,email,phone
[[PERSON|Amara]],[[PERSON|Diallo]],[[EMAIL_ADDRESS|amara.diallo@gmail.com]],[[PHONE_NUMBER|+33 6 39 98 12 45]]
[[PERSON|Pieter]],[[PERSON|Claes]],[[EMAIL_ADDRESS|pieter.claes@telenet.be]],[[PHONE_NUMBER|+32 471 28 93 06]]
[[PERSON|Hiroshi]],[[PERSON|Mori]],[[EMAIL_ADDRESS|h.mori@nifty.ne.jp]],[[PHONE_NUMBER|080-3314-7720]]""",
    """employee_id,name,iban,gross_eur
[[ID_NUMBER|E1042]],"[[PERSON|Koch, Miriam]]",[[IBAN_CODE|DE21 5001 0517 5407 3182 64]],4120
[[ID_NUMBER|E1043]],"[[PERSON|Yilmaz, Cem]]",[[IBAN_CODE|DE58 2004 1133 0672 9184 50]],3875
[[ID_NUMBER|E1047]],"[[PERSON|Schulte, Anke]]",[[IBAN_CODE|DE19 4306 0967 1182 7304 00]],5010""",
    """customer_id;full_name;card;city
[[ID_NUMBER|C-55012]];[[PERSON|Renata Silva]];[[CREDIT_CARD|5489 0321 5770 6625]];São Paulo
[[ID_NUMBER|C-55013]];[[PERSON|Bruno Tavares]];[[CREDIT_CARD|4716 3800 9245 1874]];Curitiba""",
    """name,ssn,state,plan
[[PERSON|Kevin O'Malley]],[[US_SSN|518-27-4490]],ID,Silver
[[PERSON|Tasha Greenwood]],[[US_SSN|362-81-0057]],MI,Gold
[[PERSON|Luis Navarro]],[[US_SSN|609-14-2283]],CA,Bronze""",
    """username,password,last_login,role
[[ID_NUMBER|wlee]],[[PASSWORD|M0nsoon!Rain]],2024-02-11,admin
[[ID_NUMBER|pgarcia]],[[PASSWORD|Tortuga_2020]],2024-02-09,editor
[[ID_NUMBER|sokafor]],[[PASSWORD|lagos4life!]],2023-12-30,viewer""",
    '''Name,Address,Phone
"[[PERSON|Eilidh MacLeod]]","[[STREET_ADDRESS|14 Skene Street, Aberdeen AB10 1PU]]","[[PHONE_NUMBER|0131 496 0715]]"
"[[PERSON|Rhiannon Pugh]]","[[STREET_ADDRESS|3 Heol y Deri, Cardiff CF14 6HE]]","[[PHONE_NUMBER|029 2018 0961]]"
"[[PERSON|Ciaran Kelly]]","[[STREET_ADDRESS|77 Ormeau Road, Belfast BT7 1SH]]","[[PHONE_NUMBER|07700 900872]]"''',
    """patient_id,name,nhs_number,ward,bed
[[ID_NUMBER|PT-20881]],[[PERSON|Dennis Moorcroft]],[[ID_NUMBER|4010232137]],Ward 7,7B
[[ID_NUMBER|PT-20882]],[[PERSON|Joyce Abernethy]],[[ID_NUMBER|9434765919]],Ward 7,7D""",
    """owner,ip,added,note
[[PERSON|Nkechi Obi]],[[IP_ADDRESS|192.0.2.140]],2024-03-02,home office
[[PERSON|Lars Eriksen]],[[IP_ADDRESS|203.0.113.201]],2024-03-05,cabin
[[PERSON|Dana Levi]],[[IP_ADDRESS|2001:db8:77::3]],2024-03-11,laptop tether""",
    """student_no,child,guardian,guardian_phone
[[ID_NUMBER|2024117]],[[PERSON|Mia Clarke]],[[PERSON|Joanne Clarke]],[[PHONE_NUMBER|0491 570 157]]
[[ID_NUMBER|2024118]],[[PERSON|Arjun Bhatt]],[[PERSON|Kavita Bhatt]],[[PHONE_NUMBER|0491 570 158]]
[[ID_NUMBER|2024121]],[[PERSON|Ruby Tait]],[[PERSON|Sean Tait]],[[PHONE_NUMBER|(03) 5550 2817]]""",
    """donor;iban;amount;note
[[PERSON|Sien Peeters]];[[IBAN_CODE|BE77 0014 7281 6352]];25,00;maandelijks
[[PERSON|Ruud Jansen]];[[IBAN_CODE|NL65 ABNA 0582 7461 93]];50,00;eenmalig
[[PERSON|Marie-Claire Dubois]];[[IBAN_CODE|LU89 0019 4837 2619 5040]];100,00;eenmalig""",
]

SNIPPETS_JSON = [
    """{"user_id": "[[ID_NUMBER|u_88214]]", "name": "[[PERSON|Rosa Delgado]]", "email": "[[EMAIL_ADDRESS|rosa.delgado@correo.es]]", "last_ip": "[[IP_ADDRESS|203.0.113.52]]", "plan": "pro", "newsletter": false}""",
    """{
  "payment_id": "pay_20240611_0042",
  "payer": {"name": "[[PERSON|Henrik Dahl]]", "iban": "[[IBAN_CODE|SE57 6000 0000 0491 8372 6519]]"},
  "amount": 1250.0,
  "currency": "SEK",
  "reference": "INV-2291"
}""",
    """{
  "resourceType": "Patient",
  "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER|6502188370]]"}],
  "name": [{"family": "[[PERSON|Okeke]]", "given": ["[[PERSON|Chidi]]"]}],
  "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER|07700 900315]]"}],
  "address": [{"text": "[[STREET_ADDRESS|21 Fernbank Road, Sheffield S6 2RJ]]"}]
}""",
    """{
  "service": "billing-sync",
  "owner": "[[PERSON|Tereza Novák]]",
  "owner_email": "[[EMAIL_ADDRESS|tereza.novak@kovona.cz]]",
  "api_key": "[[API_KEY|bk_live_7Qm2xR9vLp4sT8wZ3nYc6dHf]]",
  "retry": 3,
  "timeout_s": 30
}""",
    """{"order": "SO-448120", "ship_to": {"name": "[[PERSON|Lorenzo Gallo]]", "address": "[[STREET_ADDRESS|Via dei Mille 38, 80121 Napoli NA]]", "phone": "[[PHONE_NUMBER|+39 347 218 5590]]"}, "carrier": "BRT", "weight_kg": 2.4}""",
    """[
  {"ref": "kyc-0912", "name": "[[PERSON|Emre Koç]]", "doc": "kimlik", "number": "[[ID_NUMBER|51720938678]]"},
  {"ref": "kyc-0913", "name": "[[PERSON|Larissa Moura]]", "doc": "cpf", "number": "[[ID_NUMBER|720.356.184-44]]"},
  {"ref": "kyc-0914", "name": "[[PERSON|Mart Tamm]]", "doc": "isikukood", "number": "[[ID_NUMBER|38702145722]]"}
]""",
    """{"event": "login_failed", "ts": "2024-04-02T18:22:09Z", "request": {"username": "[[ID_NUMBER|fatima.zahra]]", "password": "[[PASSWORD|Marrakech@2023]]", "remember": true}, "client_ip": "[[IP_ADDRESS|198.51.100.33]]"}""",
    """{
  "employee": {"number": "[[ID_NUMBER|CA-10294]]", "name": "[[PERSON|Geneviève Gagnon]]", "sin": "[[ID_NUMBER|520 931 841]]"},
  "department": "Logistics",
  "manager": "[[PERSON|Patrick Lavoie]]",
  "start_date": "2021-09-13"
}""",
    """{"txn": "T-99120341", "card_number": "[[CREDIT_CARD|5276400183955218]]", "cardholder": "[[PERSON|Owen Pritchard]]", "amount": 42.99, "currency": "GBP", "merchant": "Cafe Brioche", "status": "declined"}""",
    """{"contact": {"full_name": "[[PERSON|Lim Wei Jie]]", "nric": "[[ID_NUMBER|T0492815B]]", "mobile": "[[PHONE_NUMBER|+65 8123 4409]]", "address": "[[STREET_ADDRESS|Blk 215 Ang Mo Kio Ave 3, #08-1142, Singapore 560215]]"}, "segment": "retail", "consent_marketing": false}""",
]

SNIPPETS_LOG = [
    """2024-05-02T10:14:07Z INFO  auth.login ok user=[[ID_NUMBER|mfischer]] ip=[[IP_ADDRESS|192.0.2.88]] ua="Firefox/125.0"
2024-05-02T10:14:55Z WARN  auth.login bad_password user=[[ID_NUMBER|mfischer]] ip=[[IP_ADDRESS|198.51.100.4]] attempts=3
2024-05-02T10:15:02Z ERROR auth.lock account locked user=[[ID_NUMBER|mfischer]] reason=too_many_attempts""",
    '''[[IP_ADDRESS|203.0.113.61]] - [[ID_NUMBER|kpetrova]] [12/Mar/2024:08:15:22 +0000] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
[[IP_ADDRESS|203.0.113.61]] - [[ID_NUMBER|kpetrova]] [12/Mar/2024:08:15:40 +0000] "POST /account/email HTTP/1.1" 302 0 "-" "Mozilla/5.0"''',
    """2024-01-19 16:02:44,118 DEBUG app.views.login payload={'user': '[[ID_NUMBER|rsingh]]', 'password': '[[PASSWORD|Chai&Biscuit7]]', 'otp': '[[PASSWORD|530981]]'}
2024-01-19 16:02:44,121 INFO app.views.login success for [[ID_NUMBER|rsingh]]""",
    """Mar 14 02:11:09 web-03 sshd[21877]: Accepted password for [[ID_NUMBER|tomasz.b]] from [[IP_ADDRESS|198.51.100.19]] port 52311 ssh2
Mar 14 02:11:09 web-03 sshd[21877]: pam_unix(sshd:session): session opened for user [[ID_NUMBER|tomasz.b]] by (uid=0)""",
    """2024-06-03 11:42:17.204 [gw-worker-2] INFO  charge.create amount=1899 currency=GBP card=[[CREDIT_CARD|4987162033598407]] name="[[PERSON|Imogen Hart]]" result=approved
2024-06-03 11:42:17.388 [gw-worker-2] INFO  receipt.sent to=[[EMAIL_ADDRESS|imogen.hart@btopenworld.com]]""",
    """Jun  9 07:30:00 mx1 postfix/qmgr[1022]: 3F2A91C0: from=<[[EMAIL_ADDRESS|d.oyelowo@riverbank-legal.co.uk]]>, size=48211, nrcpt=1 (queue active)
Jun  9 07:30:01 mx1 postfix/smtp[4412]: 3F2A91C0: to=<[[EMAIL_ADDRESS|yasmin.khalil@gmx.de]]>, relay=mx01.gmx.net:25, delay=1.2, status=sent (250 OK)""",
    """2024-04-22 22:03:51 vpn-gw01 session start user=[[ID_NUMBER|jkariuki]] src=[[IP_ADDRESS|203.0.113.190]] client=ios-4.2
2024-04-22 23:47:12 vpn-gw01 session end user=[[ID_NUMBER|jkariuki]] bytes_in=48.2M bytes_out=3.1M""",
    """2024-02-27T09:00:12.551Z ERROR config dump on crash: DB_USER=[[ID_NUMBER|svc_reporting]] DB_PASS=[[PASSWORD|r3p0rt!ng-Pr0d]] MAPS_KEY=[[API_KEY|mk_9d41c7e0b3f8a2d65e1c47b0a93f28de]] OWNER=[[EMAIL_ADDRESS|hiroko.saito@tsubame-apps.jp]]
2024-02-27T09:00:12.553Z INFO  restarting in 5s""",
    """2024-03-18 14:05:33 call_id=88120 queue=billing caller_number=[[PHONE_NUMBER|+61 491 570 159]] verified=yes
2024-03-18 14:06:10 call_id=88120 note="caller [[PERSON|Bronwyn Kelly]] asked to change address to [[STREET_ADDRESS|12 Wattle Street, Ballarat VIC 3350]]"
2024-03-18 14:07:45 call_id=88120 medicare=[[ID_NUMBER|4128 30565 2]] status=updated""",
    """[2024-07-01 09:14:22] audit user=[[ID_NUMBER|ops_mvirtanen]] action=lookup hetu=[[ID_NUMBER|140389-4276]] result=found
[2024-07-01 09:14:29] audit user=[[ID_NUMBER|ops_mvirtanen]] action=export hetu=[[ID_NUMBER|140389-4276]] rows=1
[2024-07-01 09:15:03] audit user=[[ID_NUMBER|ops_mvirtanen]] action=lookup hetu=[[ID_NUMBER|230795A3188]] result=found""",
]

SNIPPETS_NOTES = [
    """Standup notes – Tue 14 May
Present: [[PERSON|Aisha Bello]], [[PERSON|Tom Reilly]], [[PERSON|Wen Jie Liu]]
- [[PERSON|Aisha]]: payroll export fixed, re-run on Thursday
- [[PERSON|Tom]]: still waiting on laptop; temp login [[ID_NUMBER|treilly-tmp]] / [[PASSWORD|Blue-Kettle-2291]] (change after first use!)
- [[PERSON|Wen Jie]]: customer called from [[PHONE_NUMBER|+65 9184 2736]] about the refund, calling back today
Actions: [[PERSON|Aisha]] to chase finance""",
    """Parents' evening – Year 9, Mr [[PERSON|Dunmore]]'s list
- [[PERSON|Leo Marsh]] (mum [[PERSON|Carla Marsh]]): maths improving; mum wants reports by email to [[EMAIL_ADDRESS|carla.marsh@btinternet.com]]
- [[PERSON|Zara Iqbal]]: dad couldn't come, call him on [[PHONE_NUMBER|07700 900147]]
- [[PERSON|Finn O'Sullivan]]: needs his laptop login reset, currently [[ID_NUMBER|fosullivan09]]""",
    """Residents' meeting, Block C – 2 April
Chair: [[PERSON|Maureen Doyle]] (flat 14). Secretary: [[PERSON|Idris Khan]] (flat 3).
1. Lift broken again. [[PERSON|Idris]] to call the managing agent and copy everyone in.
2. New entry code from Monday: [[PASSWORD|5197X]]. Please don't share it with delivery drivers.
3. Window repairs: contact [[PERSON|Maureen]] on [[PHONE_NUMBER|0113 496 0724]].
Next meeting 7 May.""",
    """Meeting: probation review
Employee: [[PERSON|Vikram Desai]] (ID [[ID_NUMBER|HR-55190]])
Attendees: [[PERSON|Vikram]], [[PERSON|Laura Bennett]] (line manager), [[PERSON|Jo Pike]] (HR)
- performance meets expectations; extend probation one month for client-facing skills
- [[PERSON|Vikram]] asked for salary to go to his new account [[IBAN_CODE|GB50 HBUK 4012 7369 0184 52]] from July
- [[PERSON|Laura]] to send a written summary by Friday""",
    """Night handover – Ward 4
Bed 2: [[PERSON|Margaret Evans]], NHS [[ID_NUMBER|468 803 1521]], post-op day 1, pain controlled
Bed 5: [[PERSON|Abdul Rahman]], NHS [[ID_NUMBER|832 019 5748]], nil by mouth from midnight; son [[PERSON|Yusuf]] on [[PHONE_NUMBER|07700 900389]]
Bed 7: [[PERSON|Dorothy Lane]], NHS [[ID_NUMBER|572 661 0938]], confused overnight, falls risk""",
    """Call notes – Ferncastle Dental (prospect)
- Spoke with Dr [[PERSON|Naledi Mokoena]], practice owner. Wants a demo next week.
- Direct line [[PHONE_NUMBER|+27 21 480 3317]], email [[EMAIL_ADDRESS|naledi@ferncastledental.co.za]]
- Budget about R40k; decision with her partner [[PERSON|Pieter van Wyk]] by month end.
- Follow-up: send pricing and the clinic case study.""",
    """Postmortem – INC-2087 credential stuffing, 19 Feb
Timeline:
- 03:12 spike of failed logins from [[IP_ADDRESS|203.0.113.88]] and [[IP_ADDRESS|203.0.113.89]]
- 03:40 account [[ID_NUMBER|g.moreau]] compromised; attacker changed the recovery email to [[EMAIL_ADDRESS|gm.recovery2024@mailinator.com]]
- 04:05 on-call ([[PERSON|Inês Carvalho]]) locked the account and reset the password
Account owner [[PERSON|Gaëlle Moreau]] told by phone on [[PHONE_NUMBER|01 99 00 27 64]]""",
    """Onboarding – [[PERSON|Kateryna Melnyk]], starts 1 July
[x] contract signed
[x] tax number received: [[ID_NUMBER|2940138575]]
[ ] laptop: login [[ID_NUMBER|kmelnyk]], first password [[PASSWORD|Sunflower#Kyiv8]]
[ ] emergency contact: [[PERSON|Bohdan Melnyk]] (husband), [[PHONE_NUMBER|+380 67 412 8830]]""",
    """Cycling club committee – treasurer's notes
- Subs received from [[PERSON|Gavin Stuart]] and [[PERSON|Morag Fyfe]]
- Refund for [[PERSON|Morag]]'s cancelled trip to go to [[IBAN_CODE|IE66 BOFI 9014 9873 6251 40]]
- Club card [[CREDIT_CARD|5350 1824 4607 9130]] used for the trophy order; receipt is with [[PERSON|Gavin]]
- New committee mailbox password: [[PASSWORD|Pelot0n-Pints-77]]""",
    """1:1 – [[PERSON|Chen Yu]] & [[PERSON|Ravi Kulkarni]], 28 Aug
- [[PERSON|Chen]] moving flat next month, new address [[STREET_ADDRESS|Flat 6, 40 Hanbury Street, London E1 5JP]]
- asked to update the on-call number to [[PHONE_NUMBER|+44 7700 900618]]
- wants to use the remaining 4 days of leave in October
- [[PERSON|Ravi]] to confirm the team offsite dates""",
]

# 100 clean texts: benchmark items, everyday requests, public names, technical placeholders.
CLEAN_MMLU = [
    "Which organelle is the main site of photosynthesis in plant cells?\nA) Mitochondrion\nB) Chloroplast\nC) Ribosome\nD) Golgi apparatus",
    "What is the worst-case time complexity of binary search on a sorted array of n elements? A) O(1) B) O(log n) C) O(n) D) O(n log n)",
    "If the price elasticity of demand for a good is -0.4, demand for that good is:\nA) perfectly elastic\nB) elastic\nC) inelastic\nD) unit elastic",
    "Under the common law of contract, which of the following is NOT required to form a valid contract?\nA) Offer\nB) Acceptance\nC) Consideration\nD) Notarisation",
    "What is the pH of a 0.001 M solution of hydrochloric acid, assuming complete dissociation? A) 1 B) 2 C) 3 D) 11",
    "The Peace of Westphalia (1648) is most closely associated with the end of which conflict?\nA) The Hundred Years' War\nB) The Thirty Years' War\nC) The Wars of the Roses\nD) The Seven Years' War",
    "A ball is dropped from rest. Ignoring air resistance and taking g = 9.8 m/s², how far does it fall in 3 seconds?\nA) 14.7 m\nB) 29.4 m\nC) 44.1 m\nD) 88.2 m",
    "Which philosopher is best known for formulating the categorical imperative? A) John Stuart Mill B) Immanuel Kant C) David Hume D) Thomas Hobbes",
    "A deficiency of which vitamin causes scurvy?\nA) Vitamin A\nB) Vitamin B12\nC) Vitamin C\nD) Vitamin D",
    "In a normal distribution, approximately what percentage of values lie within one standard deviation of the mean?\nA) 50%\nB) 68%\nC) 95%\nD) 99.7%",
    "Which river flows through Budapest? A) Rhine B) Danube C) Elbe D) Vistula",
    "Which of the following best describes a salt in password hashing?\nA) A secret key shared by all users\nB) Random data combined with each password before hashing\nC) A symmetric encryption algorithm\nD) A firewall rule that blocks brute-force attempts",
    "In DNA, which base pairs with adenine?\nA) Cytosine\nB) Guanine\nC) Thymine\nD) Uracil",
    "Which of these items appears as a current liability on a balance sheet? A) Goodwill B) Accounts payable C) Land D) Retained earnings",
    "What is the derivative of x·sin(x)?\nA) cos(x)\nB) x·cos(x)\nC) sin(x) + x·cos(x)\nD) −x·sin(x)",
]

CLEAN_GSM8K = [
    "Marisa bakes 4 trays of cookies with 18 cookies on each tray. She gives away 25 cookies to her neighbours. How many cookies does she have left?",
    "Tobias runs 3.5 km every weekday and 6 km on Saturdays. He rests on Sundays. How many kilometres does he run in two weeks?",
    "A stationery shop sells pencils at 3 for $1.20. Priyanka buys 15 pencils and pays with a $10 note. How much change does she get?",
    "Kwabena has twice as many marbles as Elsie. Together they have 84 marbles. How many marbles does Elsie have?",
    "A water tank holds 240 litres. Rosalind fills it at 12 litres per minute, but it leaks 2 litres per minute. How many minutes does it take to fill the empty tank?",
    "Dmitri reads 35 pages a day. His book has 560 pages. If he starts on a Monday, on which day of the week does he read the last page?",
    "Lupita earns $18 an hour and works 7.5 hours a day, 5 days a week. She saves 20% of her pay. How much does she save in 4 weeks?",
    "Haruto has 6 bookcases. Each bookcase has 5 shelves and each shelf holds 28 books. He owns 700 books. How many more books can he fit?",
    "A recipe uses 250 g of flour to make 10 pancakes. Ines wants to make 36 pancakes for a brunch. How many grams of flour does she need?",
    "Bram bought a second-hand bike for €320 and later sold it for 15% more than he paid. How much profit did he make?",
    "A train leaves at 14:40 and the journey takes 2 hours and 55 minutes. Zainab is on the train. At what time does she arrive?",
    "Oksana plants tomato seedlings in rows of 9. She has 130 seedlings. How many full rows can she plant, and how many seedlings are left over?",
    "Anouk, Teo and Malia split a $96 dinner bill. Anouk pays $10 more than Teo, and Malia pays the same as Teo. How much does Teo pay?",
    "A car park charges $3 for the first hour and $2 for each additional hour. Callum parks from 9 a.m. to 3 p.m. How much does he pay?",
    "Femi has 5 boxes of 24 crayons. He gives each of his 13 classmates 8 crayons. How many crayons does he keep for himself?",
]

CLEAN_EVERYDAY = [
    "What's a good substitute for buttermilk in pancakes?",
    "Write a haiku about the first cold morning of autumn.",
    "How long should I boil an egg if I want a jammy yolk?",
    "Can you suggest a 20-minute bodyweight workout I can do in a small hotel room?",
    "Explain the difference between a Roth IRA and a traditional IRA in simple terms.",
    "My sourdough keeps coming out dense and flat. What am I doing wrong?",
    "Plan a three-day itinerary for Lisbon on a modest budget, with one day trip.",
    "How do I get a red wine stain out of a wool carpet?",
    "Give me five conversation starters for a team lunch with new colleagues.",
    "Is it safe to take ibuprofen and paracetamol at the same time?",
    "Summarise the pros and cons of renting versus buying a home in a big city.",
    "What should I pack for a week of hiking in rainy weather?",
    "Rewrite this to sound more confident: 'I think maybe we could possibly try a different approach, if that's okay?'",
    "How often should I water a snake plant in winter?",
    "Write a polite message declining a meeting invitation because of a scheduling conflict.",
    "What are some evidence-based tips for falling asleep faster?",
    "Translate 'Where is the nearest pharmacy?' into German, Spanish and Japanese.",
    "Help me make a weekly chore chart for a family of four with two young kids.",
    "What's the difference between baking soda and baking powder?",
    "Draft a short toast for a friend's 40th birthday, funny but not mean.",
    "How do I negotiate a higher salary after receiving a job offer?",
    "Suggest ten names for a small bakery that specialises in rye bread.",
    "Why does my phone battery drain faster in cold weather?",
    "Create a shopping list for a vegetarian lasagne that serves six.",
    "What are the warning signs that a used car has been in a flood?",
    "Explain compound interest to a twelve-year-old with an example.",
    "Write a short bedtime story about a lighthouse that is afraid of the dark.",
    "How can I politely ask my upstairs neighbours to keep the noise down after 11 pm?",
    "What's a realistic way to start learning guitar as an adult with a full-time job?",
    "Give me a checklist for the week before moving house.",
]

CLEAN_PUBLIC = [
    "Summarise Marie Curie's main contributions to the study of radioactivity.",
    "Write a short poem in the style of Emily Dickinson about a railway station at night.",
    "Who would win a battle of wits, Sherlock Holmes or Hercule Poirot? Argue both sides.",
    "Compare the leadership styles of Angela Merkel and Jacinda Ardern during a crisis.",
    "What's the easiest way to get from Charles de Gaulle airport to the Latin Quarter by public transport?",
    "Is a Tesla Model 3 or a Ford Mustang Mach-E cheaper to run over five years?",
    "Explain why Harry Potter's scar hurts whenever Voldemort is nearby.",
    "Recommend three novels for someone who loved Chimamanda Ngozi Adichie's Americanah.",
    "What did Nelson Mandela do during his years imprisoned on Robben Island?",
    "Plan a weekend in Victoria, British Columbia, including a visit to Butchart Gardens.",
    "How did the rivalry between Ferrari and McLaren shape Formula 1 in the late 1980s?",
    "Write a letter from Elizabeth Bennet to Jane Eyre giving advice about difficult men.",
    "Which paintings should I not miss at the Van Gogh Museum in Amsterdam?",
    "Explain the plot of Don Quixote in five sentences for a book club.",
    "Why is Lake Victoria named after a British queen, and what are its local names?",
    "Give me a quicker weeknight version of Julia Child's boeuf bourguignon.",
    "Did Albert Einstein really fail maths at school, or is that a myth?",
    "Write a playful product description for a pair of Dr. Martens boots.",
    "What's the walking route from the Lincoln Memorial to the Jefferson Memorial, and how long does it take?",
    "Compare the Grand Slam records of Serena Williams and Steffi Graf.",
]

CLEAN_TECH = [
    "Write a SQL query that returns all rows from users where email = '<email>' and created_at falls within the last 30 days.",
    "How do I pass API_KEY=<your-api-key> into a GitHub Actions workflow without it showing up in the logs?",
    "Write a Python function that sends a welcome email to user@example.com with smtplib; take the SMTP host and port as parameters.",
    "Explain what this regex matches, piece by piece: ^[\\w.+-]+@[\\w-]+\\.[\\w.]+$",
    "Generate a bash script that pings <host> every 5 seconds and appends failures to /var/log/ping.log.",
    "In Django admin, how do I mask the field <card_number> so that only the last four digits are shown?",
    "Write a Dockerfile for a Node 20 app that reads DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db> from the environment.",
    "Create a JSON schema for a customer record with the string fields name, email, phone and address, where email is required.",
    "How do I configure nginx to pass the client IP in X-Forwarded-For when the upstream is http://localhost:8080?",
    "Write a pytest test that checks mask_iban('<IBAN>') keeps only the country code and the last four characters.",
    "Improve this password reset template: 'Hi {{first_name}}, click {{reset_link}} to choose a new password. The link expires in {{ttl}} minutes.'",
    "What's the difference between OAuth access tokens and refresh tokens? Use <client_id> and <client_secret> as placeholders in any example.",
    'Write a curl command that POSTs {"name": "<name>", "email": "<email>"} to https://api.example.com/v1/contacts with a bearer token from $TOKEN.',
    "Explain how to rotate SSH keys across a fleet of servers; call them host-01 to host-20 and the admin account <admin_user>.",
    "In pandas, how do I drop the columns ssn and dob from a DataFrame df before exporting it to CSV?",
    "Write a Terraform snippet for an S3 bucket named <bucket-name> with server-side encryption on and all public access blocked.",
    "How can I hash passwords with bcrypt in Go? Assume the plaintext arrives in a variable called pw.",
    "Give me a Flask logging format that includes request_id and path but never the Authorization header.",
    "Write a Kubernetes Secret manifest for DB_PASSWORD with the value left as <base64-encoded-password>.",
    "My .env file has SMTP_USER=<user> and SMTP_PASS=<pass>; how do I reference them from a Spring Boot application.yml?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "485 777 3023": nhs_ok,  # UK NHS number
    "943 602 8172": nhs_ok,
    "721 094 3862": nhs_ok,
    "4010232137": nhs_ok,
    "9434765919": nhs_ok,
    "6502188370": nhs_ok,
    "468 803 1521": nhs_ok,
    "832 019 5748": nhs_ok,
    "572 661 0938": nhs_ok,
    "58 302 947 162": steuer_id_ok,  # German tax id
    "5827 3941 0623": aadhaar_ok,  # Indian Aadhaar
    "7391 4826 5053": aadhaar_ok,
    "4601 9283 7744": aadhaar_ok,
    "047 182 936": luhn_len(9),  # Canadian SIN
    "520 931 841": luhn_len(9),
    "394.817.265-09": cpf_ok,  # Brazilian CPF
    "720.356.184-44": cpf_ok,
    "4829 1037 5622": my_number_ok,  # Japanese My Number
    "38492017510": kimlik_ok,  # Turkish kimlik
    "51720938678": kimlik_ok,
    "14.382.917-0": rut_ok,  # Chilean RUT
    "6418273S": pps_ok,  # Irish PPS number
    "2950174MA": pps_ok,
    "S8834172D": nric_ok,  # Singapore NRIC
    "T0492815B": nric_ok,
    "273649188": bsn_ok,  # Dutch BSN
    "92061417381": pesel_ok,  # Polish PESEL
    "850412-7385": luhn_len(10),  # Swedish personnummer
    "920817-2461": luhn_len(10),
    "2953 81747 1": medicare_ok,  # Australian Medicare
    "4128 30565 2": medicare_ok,
    "463 819 273": tfn_ok,  # Australian TFN
    "BNCMRC79T11H501X": codice_fiscale_ok,  # Italian codice fiscale
    "RSSGLI84C52F205N": codice_fiscale_ok,
    "2 84 05 75 120 317 10": nir_ok,  # French NIR
    "Y3816274J": dni_ok,  # Spanish NIE
    "71039284N": dni_ok,  # Spanish DNI
    "900417-1538271": rrn_ok,  # Korean resident registration number
    "85.03.14-273.46": belgian_id_ok,  # Belgian national number
    "910315/7008": rodne_cislo_ok,  # Czech rodné číslo
    "8703165129082": luhn_len(13),  # South African id
    "3184759620": rnokpp_ok,  # Ukrainian RNOKPP
    "2940138575": rnokpp_ok,
    "ZKT4821": nhi_ok,  # New Zealand NHI
    "310104198807234618": china_id_ok,  # Chinese resident id
    "1850623415720": cnp_ok,  # Romanian CNP
    "235819476": nif_ok,  # Portuguese NIF
    "030791 56816": fodselsnummer_ok,  # Norwegian fødselsnummer
    "38702145722": isikukood_ok,  # Estonian isikukood
    "140389-4276": hetu_ok,  # Finnish henkilötunnus
    "230795A3188": hetu_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"01(13|17|31|61) 496 0\d{3}",  # Leeds, Bristol, Edinburgh, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 1(5[6-9])",  # Australian fictional mobiles
        r"\+61 491 570 1(5[6-9])",
        r"\(0[2378]\) 5550 \d{4}",  # Australian fictional landlines
        r"0[1-6] (99 00|61 91|53 01|65 71|36 49|39 98) \d{2} \d{2}",  # France, fiction ranges
        r"\+33 [1-6] (99 00|61 91|53 01|65 71|36 49|39 98) \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"089 99998 \d{3}",
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"07[0236]-\d{3} \d{2} \d{2}",  # Sweden mobile
        r"\+(7|27|32|34|39|46|48|55|65|90|91|98|234|251|254|353|380|420|971) [\d -]+\d",  # no fiction range known
    )
]

CHAT_KINDS = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
              "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY")  # fmt: skip
LOG_LINE = re.compile(
    r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}|\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\]"
    r"|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} |\d{1,3}(\.\d{1,3}){3} )"
)
EMAIL_MARKERS = (
    "wrote:",
    "escribió:",
    "From:",
    "De :",
    "Forwarded",
    "Subject:",
    "Re:",
    "RE:",
    "AW:",
)
NOTE_LINE = re.compile(r"(- |\[[ x]\] |\d+\. |Bed \d)")
CLEAN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
CLEAN_DIGITS = re.compile(r"\d(?:[ .-]?\d){6,}")
CLEAN_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
CLEAN_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b")
SNIPPETS = SNIPPETS_EMAIL + SNIPPETS_CSV + SNIPPETS_JSON + SNIPPETS_LOG + SNIPPETS_NOTES
CLEAN = CLEAN_MMLU + CLEAN_GSM8K + CLEAN_EVERYDAY + CLEAN_PUBLIC + CLEAN_TECH


def plain(marked: str) -> str:
    """The text of ``marked`` with its marks stripped."""
    return strip_marks(marked)[0]


def check_chat() -> None:
    """The chat requests carry every kind of value; most name someone, many hold a secret."""
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing := set(CHAT_KINDS) - kinds:
        raise SystemExit(f"chat: no {sorted(missing)}")
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    money = sum(
        any(s["type"] in {"CREDIT_CARD", "IBAN_CODE"} for s in marked_spans(t)) for t in CHAT
    )
    if named < 60 or secret < 20 or money < 15:
        raise SystemExit(
            f"chat: {named} texts with a name, {secret} with a secret, {money} with a card or IBAN"
        )


def check_records() -> None:
    """Each record is one line about one person: at most one distinct PERSON value."""
    for marked in RECORDS:
        names = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if "\n" in marked or len(names) > 1:
            raise SystemExit(f"records: not one line about one person: {marked[:60]!r}")


def check_snippets() -> None:
    """Each snippet has the shape of its kind once its marks are stripped."""
    for marked in SNIPPETS_EMAIL:
        text = plain(marked)
        if len(text.splitlines()) < 6 or not any(m in text for m in EMAIL_MARKERS):
            raise SystemExit(f"e-mail: no thread or signature in {text[:60]!r}")
    for marked in SNIPPETS_CSV:
        lines = plain(marked).splitlines()
        delimiter = ";" if ";" in lines[0] else ","
        rows = list(csv.reader(io.StringIO(plain(marked)), delimiter=delimiter))
        if len(rows) < 3 or len({len(row) for row in rows}) != 1:
            raise SystemExit(f"csv: ragged rows in {lines[0]!r}")
    for marked in SNIPPETS_JSON:
        try:
            json.loads(plain(marked))
        except ValueError as e:
            raise SystemExit(f"json: {e} in {plain(marked)[:60]!r}") from e
    for marked in SNIPPETS_LOG:
        for line in plain(marked).splitlines():
            if not LOG_LINE.match(line):
                raise SystemExit(f"log: line without a timestamp or address: {line[:60]!r}")
    for marked in SNIPPETS_NOTES:
        lines = plain(marked).splitlines()
        if len(lines) < 4 or sum(bool(NOTE_LINE.match(line)) for line in lines) < 3:
            raise SystemExit(f"notes: too few items in {lines[0]!r}")


def check_clean() -> None:
    """The clean texts hold no e-mail but example.com ones, no long digit run, no IBAN and no
    IP; the benchmark items have their shape."""
    for text in CLEAN:
        emails = [m.group() for m in CLEAN_EMAIL.finditer(text)]
        if any(not e.endswith("@example.com") for e in emails):
            raise SystemExit(f"clean: e-mail in {text[:60]!r}")
        if CLEAN_DIGITS.search(text) or CLEAN_IBAN.search(text) or CLEAN_IP.search(text):
            raise SystemExit(f"clean: number, IBAN or IP in {text[:60]!r}")
    for text in CLEAN_MMLU:
        if any(text.count(f"{option})") != 1 for option in "ABCD"):
            raise SystemExit(f"mmlu: options A to D not found in {text[:60]!r}")
    for text in CLEAN_GSM8K:
        if not text.endswith("?") or not re.search(r"\d", text):
            raise SystemExit(f"gsm8k: not a word problem: {text[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 110),
        "records": (RECORDS, 60),
        "snippets e-mail": (SNIPPETS_EMAIL, 10),
        "snippets csv": (SNIPPETS_CSV, 10),
        "snippets json": (SNIPPETS_JSON, 10),
        "snippets log": (SNIPPETS_LOG, 10),
        "snippets notes": (SNIPPETS_NOTES, 10),
        "clean mmlu": (CLEAN_MMLU, 15),
        "clean gsm8k": (CLEAN_GSM8K, 15),
        "clean everyday": (CLEAN_EVERYDAY, 30),
        "clean public": (CLEAN_PUBLIC, 20),
        "clean technical": (CLEAN_TECH, 20),
    }
    pii_sections = {"chat", "records", "snippets e-mail", "snippets csv", "snippets json",
                    "snippets log", "snippets notes"}  # fmt: skip
    pii = CHAT + RECORDS + SNIPPETS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (1, 3))
    check_counts("snippets", SNIPPETS, SNIPPET_WORDS, (1, 16))
    check_chat()
    check_records()
    check_snippets()
    check_clean()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind62", HERE, sections, pii_sections,
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
