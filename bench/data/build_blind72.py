# ruff: noqa: E501
"""A seventy-second blind privacy set: 220 texts with personal data and 100 clean ones, a
held-out mix in the shape of a privacy check of a chat gateway.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant, weighted towards workplace and
  household matters: shift swaps and rotas, payroll, HR and IT help-desk requests,
  landlords, deposits and repairs, schools and school portals, clinics, pharmacies and
  hospital letters, deliveries and couriers, banking, transfers and fraud, friends and
  family. They name private people (names of many origins, some a first name or a surname
  only, some in lower case, some with non-English letters) and share passwords,
  passphrases, PINs, door, alarm and locker codes, one-time codes, wifi keys, phones in many
  national layouts with and without separators, street addresses in and outside the US,
  three military addresses, e-mails, account, employee, student, patient, member and
  policy numbers, usernames, national ids, cards, IBANs, SSNs, IPs and API keys. The first
  30 (a quarter) are typed all in lower case; 30 or so are short (3 to 15 words) and put no
  relation or title word before the first name they give.
* 100 records (4 to 60 words) in the style of synthetic PII benchmark datasets, one invented
  person each with one to four values: contact lines, form rows, CSV rows, log lines,
  e-mail headers, bank, payroll, HR, insurance and clinical notes, travel and shipping
  records.

Usernames and logins, account, customer, member, employee, staff, student, pupil, patient,
client, policy and booking numbers, passports, driver licences and national and tax ids are
ID_NUMBER; PINs, door, gate, locker and alarm codes, wifi keys, one-time codes, passphrases
and passwords PASSWORD; titles, ranks and relation words (Mr, Mrs, Ms, Dr, Mme, Lt. Cmdr.,
SPC, my son) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, companies, fictional characters,
places, order and invoice numbers and dates of birth are not labelled; every occurrence of a
private value is marked.

The 100 clean texts hold no personal data at all: 25 MT-Bench- and Vicuna-style prompts, 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A to
D (some naming historical figures) and 25 patient-style health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113, 0131 and
0161 496 0; North America 555-01xx; Australia 0491 570 to 579; France 06 39 98; Germany
030 23125, 040 66969) and in each country's own layout elsewhere, some typed without
separators; cards Luhn-valid and not well-known test numbers (the shared checks refuse
those); IBANs valid mod 97 in the documentation style and not documentation examples; SSNs
with assignable area, group and serial; IPs from documentation ranges; national ids with
valid check digits (NHS number, Dutch BSN, Polish PESEL, Brazilian CPF, Indian Aadhaar,
Singapore NRIC and FIN, Italian codice fiscale, Spanish DNI and NIE, Irish PPS number,
German tax id, French NIR, Turkish kimlik, Australian TFN and Medicare, Canadian SIN,
Swedish personnummer, Finnish henkilötunnus, Korean resident registration number, Japanese
My Number, Romanian CNP, Chilean RUT, Norwegian fødselsnummer, South African id, Chinese
resident id, Estonian isikukood, Czech rodné číslo, Portuguese NIF, Icelandic kennitala,
Belgian national number, Ukrainian RNOKPP, New Zealand NHI, Greek AMKA, Israeli teudat
zehut).

Run ``.venv/bin/python bench/data/build_blind72.py`` from the repository root; the output is
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
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
SYNTHETIC_WORDS = (4, 60)
SHORT_WORDS = 15
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Sr|Sra|Herr|Frau|Lt|Cmdr|Sgt|SPC|Capt)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
CUE_WORDS = frozenset(
    [
        "my",
        "our",
        "his",
        "her",
        "their",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "mme",
        "mum",
        "mom",
        "dad",
        "son",
        "daughter",
        "wife",
        "husband",
        "partner",
        "friend",
        "colleague",
        "boss",
        "manager",
        "landlord",
        "landlady",
        "tenant",
        "neighbour",
        "neighbor",
        "brother",
        "sister",
        "aunt",
        "uncle",
        "grandmother",
        "grandfather",
        "nurse",
        "teacher",
        "doctor",
    ]
)
"""Words that, right before the first name of a short chat request, would cue a name."""

# 120 chat requests; the first 30 typed all in lower case.
CHAT = [
    # -- all lower case --
    "swap my sat close with [[PERSON|kasia nowicka]]? she already said yes",
    "[[PERSON|dawit bekele]] [[PHONE_NUMBER|07700 900517]] is covering thursday nights from now on",
    "rewrite this so it sounds less angry, it's for the landlord: the boiler at [[STREET_ADDRESS|flat 3, 41 cranbrook road, ilford ig1 4pl]] has been broken since monday and i've got a newborn. he keeps saying he'll send someone and never does. his name is [[PERSON|gurpreet sandhu]] and the agent handling it is [[PERSON|lorna fyfe]] on [[PHONE_NUMBER|020 7946 0384]]",
    "is it dumb to keep my banking stuff in the notes app? pin [[PASSWORD|7304]], login [[ID_NUMBER|mkowalczyk88]], password [[PASSWORD|bursztyn!2021]]. asking because my phone has no lock screen lol",
    "[[PERSON|thandiwe]] from payroll says my employee no is [[ID_NUMBER|e0048213]] but the payslip says [[ID_NUMBER|e0048231]]. which one do i put on the overtime form",
    "pls draft a text to mrs [[PERSON|okafor]] saying [[PERSON|chidi]] will be off school tomorrow with a temperature, her number is [[PHONE_NUMBER|07700900266]]",
    "[[PERSON|nguyen thi lan]] [[EMAIL_ADDRESS|lan.nguyen84@postmail.vn]] add her to the shift group chat",
    "delivery for [[PERSON|hamid rezaei]] keeps going to number 14 instead of [[STREET_ADDRESS|16 alder close, wokingham rg41 2qd]]. what do i write in the courier notes so it stops",
    "our clinic guest wifi key is [[PASSWORD|greenleaf-2290]] and the staff one is [[PASSWORD|ns7!kq2vbr]]. write a short notice for the waiting room that only gives the guest one",
    "[[PERSON|siobhán ní bhriain]] swapped her sunday for my friday but the rota still shows me on sunday, who fixes that",
    "can you help me reply to school, ms [[PERSON|haddad]] emailed from [[EMAIL_ADDRESS|r.haddad@oakfieldprimary.sch.uk]] saying [[PERSON|yusuf]] hasn't handed in his reading log for 3 weeks. i want to say we lost it and ask for a new one. his pupil number is [[ID_NUMBER|op-20417]]",
    "text [[PERSON|bogdan]] the door code [[PASSWORD|4#8817]] before 6 tonight",
    "i think someone got into my paypal. the email on it is [[EMAIL_ADDRESS|joaquin.ferrer.r@correo.es]] and i used [[PASSWORD|sevilla1987]] for basically everything. what do i change first",
    "the gp receptionist asked for my nhs number over the phone, is that normal? it's [[ID_NUMBER|738 204 9159]], name [[PERSON|aled pritchard]], born 02/11/1979",
    "[[PERSON|marguerite fontaine]], [[PHONE_NUMBER|06 39 98 41 07]], ring her for the nanny reference",
    "parcel tracking says it was signed for by [[PERSON|k. osei-bonsu]] but nobody with that name lives at [[STREET_ADDRESS|22b harrow lane, leeds ls6 3ej]]. who do i complain to, the shop or the courier?",
    "my landlord [[PERSON|farouk el-amin]] still hasn't returned the deposit, it's been 6 weeks since i moved out. he only answers on whatsapp [[PHONE_NUMBER|+44 7700 900731]]. what are my options",
    "sent the rent to [[PERSON|ewa lindqvist]] and it bounced back, iban [[IBAN_CODE|de35 1203 0000 1048 2755 93]]. did i type it wrong or is her account closed?",
    "need cover fri 2-10, [[PERSON|ravi]] or [[PERSON|deepa]] maybe? [[PERSON|ravi]]'s on [[PHONE_NUMBER|0491 570 158]] if u want to ask",
    "how do i politely tell [[PERSON|jun-ho]] he can't keep parking in my bay at [[STREET_ADDRESS|apt 5c, 88 tanner street, brooklyn, ny 11211]] without starting a war",
    "my daughter's school login stopped working, username [[ID_NUMBER|amara.o2016]] password [[PASSWORD|sunflower77]]. who do i even contact about that",
    "[[PERSON|tomasz wróbel]] [[PHONE_NUMBER|+48 512 880 314]] fixed our boiler, leave him a review",
    "card keeps getting declined at the pharmacy, [[CREDIT_CARD|4539 1488 0343 6723]] exp 09/27. is it blocked or is it their machine",
    "can u check this is a proper ssn format [[US_SSN|531-48-2207]], it's my roommate [[PERSON|kayla]]'s and she wants it on the lease form",
    "vpn keeps dropping every 20 min. laptop shows [[IP_ADDRESS|203.0.113.58]] and my user is [[ID_NUMBER|hlarsen]], write the ticket for me pls",
    "[[PERSON|baraka mwangi]] starts monday, email [[EMAIL_ADDRESS|b.mwangi@kestrel-logistics.co.ke]], badge [[ID_NUMBER|kl-00912]]",
    "alarm code for mum's house is [[PASSWORD|6193]] and the spare key is with [[PERSON|maureen]] next door. write it as a note for the dog sitter",
    "[[PERSON|oyelaran]] rang about rent arrears, call back [[PHONE_NUMBER|07700 900882]]",
    "ok so [[PERSON|li wei]] gave me her test api key [[API_KEY|ak_4f9e2c71b08d53a6e4c9f0b2d7a1e385]] for the booking widget, how do i keep it out of the frontend code",
    "got banned from the allotment forum for no reason?? my ip is [[IP_ADDRESS|198.51.100.203]] and username [[ID_NUMBER|xx_lunar_moth]], help me write an appeal",
    # -- capitalised --
    "[[PERSON|Anneliese Brandt]] takes my Wednesday early and I take her Saturday late. Can you write the confirmation for the team chat?",
    "[[PERSON|Kwame Asante-Boateng]], [[PHONE_NUMBER|0161 496 0725]], happy to give a reference",
    "Can you help me write a firm but polite email to my landlord, Mr [[PERSON|Whitcombe]]? The kitchen ceiling at [[STREET_ADDRESS|27 Elmfield Terrace, Bristol BS5 6QR]] has been leaking since March and he has ignored three messages to [[EMAIL_ADDRESS|dwhitcombe.lettings@outlook.co.uk]]. I want to mention the Homes (Fitness for Human Habitation) Act without sounding aggressive.",
    "[[PERSON|Yerlan Abenov]] wants my Sunday and I want his Monday. Draft the swap request to the store manager, short and friendly.",
    "I'm an HR assistant. Please turn these notes into a formal letter: employee [[PERSON|Mariana Esteves]], staff no. [[ID_NUMBER|HR-55102]], returning from maternity leave on 3 June, phased return of 3 days a week for 4 weeks, line manager [[PERSON|Colin Darby]]. Keep it warm.",
    "Help me write a chargeback request. Cardholder [[PERSON|Femi Adeyemi]], card [[CREDIT_CARD|5425 2334 3010 9101]], charged £412.60 twice, on 14 and 15 May, by the same hotel in Lisbon. Current account [[ID_NUMBER|40118235]].",
    "Please check this new patient form for the dental clinic before I send it. Name: [[PERSON|Ingrid Solberg]]. Address: [[STREET_ADDRESS|Thorvald Meyers gate 58B, 0552 Oslo]]. Mobile: [[PHONE_NUMBER|+47 912 44 087]]. Fødselsnummer: [[ID_NUMBER|15088427413]]. Is anything missing?",
    "[[PERSON|Hyun-woo Seo]] [[PHONE_NUMBER|010-4821-7730]] — save as the new building manager",
    "Write a reply to the school office confirming my son [[PERSON|Mateo Ruiz Calderón]] can go on the museum trip on Friday. Emergency contact is his grandmother [[PERSON|Pilar Calderón]] on [[PHONE_NUMBER|(312) 555-0148]].",
    "The courier app wants delivery instructions. Address is [[STREET_ADDRESS|Apartment 12, 450 West 31st Street, New York, NY 10001]]; the buzzer is broken so they should call [[PERSON|Tamsin]] on [[PHONE_NUMBER|212-555-0163]]. Also mention the side door code [[PASSWORD|1957*]]. Keep it under 250 characters.",
    "[[PERSON|Okonkwo]] wants Tuesday off and [[PERSON|Abimbola]] can cover. Update the rota please.",
    "Our new starter [[PERSON|Priyanka Raghunathan]] can't log in. Her username is [[ID_NUMBER|praghunathan]], the temporary password was [[PASSWORD|Welcome@Feb24!]] and it now says expired. Laptop IP is [[IP_ADDRESS|192.0.2.147]]. Can you write the ticket for the service desk?",
    "I'm setting up a standing order for rent. Payee [[PERSON|Agnieszka Dąbrowska]], IBAN [[IBAN_CODE|PL08 1140 2004 0000 3102 7819 4521]], 2,350 zł on the 1st of each month. What should I double check before I confirm?",
    "[[PERSON|Ahmed Siddiqui]] left his badge [[ID_NUMBER|EMP-30917]] at reception again",
    "My mum [[PERSON|Rukhsana Begum]] got a hospital letter with her NHS number [[ID_NUMBER|462 915 0838]] and a clinic code she doesn't understand. Can you explain what 'Outpatient Follow-Up (Virtual)' means in plain words so I can tell her?",
    "Planning my best friend's surprise 40th. Guests so far: [[PERSON|Chiara Lombardi]], [[PERSON|Sebastián Ortega]], [[PERSON|Noor Al-Khatib]] and [[PERSON|Duncan McLeish]]. The venue wants one contact email, use mine, [[EMAIL_ADDRESS|roisin.keane.home@gmail.com]]. Can you write the invite text?",
    "Got a text saying my parcel is held and I need to pay £1.45 to release it. It had my name, [[PERSON|Gethin Llewellyn]], and my old address, [[STREET_ADDRESS|9 Heol y Felin, Carmarthen SA31 2BX]]. Is it a scam? I didn't click anything.",
    "Sending a care package to my brother, he's deployed. The address the army gave us is SPC [[PERSON|Darnell Hughes]], [[STREET_ADDRESS|Unit 2050 Box 4190, APO AP 96278]]. What can't I put in the box?",
    "Storage unit door code is [[PASSWORD|30471]], pass it to [[PERSON|Ilse]]",
    "My landlady, Mrs [[PERSON|Petrakis]], wants to do a viewing tomorrow with two hours' notice. Is that allowed in England? The flat is [[STREET_ADDRESS|Flat 7, Regency House, 14 Marine Parade, Brighton BN2 1TL]] and I'm on a periodic tenancy.",
    "My payslip shows tax code 0T again. Employee ID [[ID_NUMBER|0042817]], NI number [[ID_NUMBER|JT 48 27 61 B]]. Write a short email to payroll asking them to check with HMRC.",
    "[[PERSON|Zeynep Arslan]] [[EMAIL_ADDRESS|zeynep.arslan@kargonet.com.tr]] follow up on the damaged delivery",
    "Someone phoned pretending to be my bank and I read out the code [[PASSWORD|482915]] before I realised. My account number is [[ID_NUMBER|31926044]] and the card is [[CREDIT_CARD|4916 2043 7715 5083]]. What do I do in the next hour?",
    "Please write a note to Mr [[PERSON|Adebayo]], my daughter [[PERSON|Temi]]'s form tutor, explaining that she missed the maths test because of a dentist appointment. I'll send it from [[EMAIL_ADDRESS|folake.adeyinka@yahoo.com]].",
    "The vet sent a reminder for [[PERSON|Benedikt Hofer]], [[STREET_ADDRESS|Gumpendorfer Straße 81/6, 1060 Wien]], client number [[ID_NUMBER|VK-22817]]: rabies booster due. Can you turn it into a calendar entry for next month?",
    "[[PERSON|Sione Taufa]] can't do Friday. [[PERSON|Mele]] maybe?",
    "Set up an email signature for our new colleague: Dr [[PERSON|Amaka Nwosu]], Clinical Lead, direct line [[PHONE_NUMBER|0113 496 0552]], [[EMAIL_ADDRESS|a.nwosu@northbeckhealth.nhs.uk]]. Keep it to three lines.",
    "The letting agent wants a guarantor form. The guarantor is my dad, [[PERSON|Ramesh Iyer]], [[STREET_ADDRESS|14 Saraswati Nagar, Velachery, Chennai 600042]], Aadhaar [[ID_NUMBER|7391 4620 5880]]. Is it safe to send his Aadhaar by email?",
    "[[PERSON|Lucía Fernández]] IBAN [[IBAN_CODE|ES73 0081 0216 7400 0154 3287]], pay her 120 euros for the cleaning and write a reference line she'll recognise",
    "Insurance asked for the other driver's details. I have [[PERSON|Barry Colquhoun]], policy [[ID_NUMBER|AVP-7731908]], phone [[PHONE_NUMBER|0131 496 0418]]. Draft my claim description: he reversed into me in a supermarket car park at low speed and my rear bumper is cracked.",
    "Help me reply to [[PERSON|Aoife]] and [[PERSON|Cormac]]'s wedding RSVP. We're coming, my partner [[PERSON|Jide]] is vegetarian, and the form wants a phone number, so put [[PHONE_NUMBER|+353 87 219 4460]].",
    "Parcel label check: deliver to [[STREET_ADDRESS|PSC 817, Box 62, FPO AE 09621]] for Lt. Cmdr. [[PERSON|Ellis]]. Is that the right format for a Navy address, and do I need a customs form?",
    "I need to cancel my physio. Patient number [[ID_NUMBER|PT0193752]], name [[PERSON|Henrik Åberg]], booked for Tuesday 9:40. Write a quick cancellation message I can send through their portal.",
    "What's the difference between a BIC and an IBAN? My new employer needs both for my salary. The IBAN is [[IBAN_CODE|DE39 5001 0517 5409 1288 33]] but I have no idea where to find the BIC.",
    "Reschedule [[PERSON|Mikołaj]] [[PHONE_NUMBER|+48601227415]]",
    "Write a friendly note for the neighbours at [[STREET_ADDRESS|3 Rosewood Court, Hamilton 3204]] about their dog barking at night. Sign it from [[PERSON|Hemi]] and [[PERSON|Kiri Walker]] at number 5.",
    "Reset request for [[PERSON|Joaquim Tavares]], AD login [[ID_NUMBER|jtavares2]], locked out after the VPN update. His workstation is [[IP_ADDRESS|198.51.100.77]]. Write it up ITIL style for the queue.",
    "The shop sent my order to my old flat. Old: [[STREET_ADDRESS|Rua das Flores 112, 2º Esq, 4050-265 Porto]]. New: [[STREET_ADDRESS|Avenida da Boavista 3411, 7º D, 4100-138 Porto]]. Can you write the complaint in Portuguese?",
    "[[PERSON|Fatima Zahra Benali]] [[PHONE_NUMBER|+212 661 448 092]], the cleaner I recommended",
    "Can my husband [[PERSON|Arjun]] pick up my prescription? The pharmacy has me as [[PERSON|Meera Krishnan]], born 4/4/88, patient ID [[ID_NUMBER|RX-4471029]]. What will they ask him for?",
    "We split a holiday house three ways, €1,470 in total, and I paid all of it. [[PERSON|Jannik Bauer]] will transfer to my [[IBAN_CODE|DE14 7602 0070 0026 4873 10]] and [[PERSON|Svenja Köhler]] pays cash. Write the WhatsApp message with the amounts.",
    "Tell [[PERSON|Chukwuemeka]] the gate PIN changed to [[PASSWORD|9052]]",
    "My landlord [[PERSON|Ray Delgado]] is trying to keep my whole security deposit for 'wear and tear'. I lived at [[STREET_ADDRESS|1824 N Campbell Ave, Apt 3, Tucson, AZ 85719]] for two years and left it cleaner than I found it. Write a demand letter citing Arizona law.",
    "Our school uses an online payment portal. How do I add a second child? Account [[ID_NUMBER|PP-8830147]], login email [[EMAIL_ADDRESS|sam.okoro.family@btinternet.com]], password [[PASSWORD|Lagos&Leeds09]].",
    "[[PERSON|Vasquez]] covering the bar Saturday, [[PERSON|Halloran]] on the door",
    "Translate into simple English for my brother: 'Patient [[PERSON|Bolesław Zieliński]], PESEL [[ID_NUMBER|88071413862]], referred for cardiology consultation, ECG shows AF, start anticoagulation pending review.'",
    "Turn this into a tidy night handover: bay 4 Mr [[PERSON|Trevelyan]] needs obs 2-hourly, bay 6 Mrs [[PERSON|Gallagher-Obi]] has family calling on [[PHONE_NUMBER|07700 900348]], drug fridge code [[PASSWORD|1142]].",
    "The tracking says delivered but there's nothing here. The address on the order is [[STREET_ADDRESS|ul. Długa 17/4, 80-827 Gdańsk]] and the driver's photo shows a different door. What do I write in the support chat?",
    "My card account got frozen after a transfer from [[PERSON|Oksana Melnyk]], [[IBAN_CODE|LT73 7304 4060 0071 8495]]. She was just paying me back for concert tickets. How do I explain that to the bank?",
    "[[PERSON|Haruto Kimura]] [[PHONE_NUMBER|090-3318-2264]], new night manager from the 1st",
    "Can you make a symptom diary template for my son? For the header: [[PERSON|Elias Haddad-Moore]], hospital number [[ID_NUMBER|K2291740]], consultant Dr [[PERSON|Fiadzo]].",
    "I need to report my supervisor [[PERSON|Gary Whitlock]] for changing my timesheets after I sign them. My employee number is [[ID_NUMBER|W-118204]]. Help me word it so it sounds factual, not emotional.",
    "Filling out a W-9 for a freelance gig. Name [[PERSON|Destiny Alvarez]], SSN [[US_SSN|214-63-9085]], address [[STREET_ADDRESS|5520 Elmhurst Dr, Apt 2B, Charlotte, NC 28213]]. Do I tick individual/sole proprietor?",
    "[[PERSON|Ólafur Sigurðsson]], keys under the mat, lockbox code [[PASSWORD|7715]]",
    "Make me a checklist for moving from [[STREET_ADDRESS|Kastanienallee 12, 10435 Berlin]] to [[STREET_ADDRESS|Schanzenstraße 40, 20357 Hamburg]]. Remind me about the Bürgeramt too, and my Steuer-ID is [[ID_NUMBER|57392018465]] if that matters for anything.",
    "My friend [[PERSON|Bao]] lost her phone on holiday. Her partner's number is [[PHONE_NUMBER|+84 912 307 558]]. How can she reach her bank in Vietnam without her own phone?",
    "Is it normal for a hotel to want a photo of my card? It's [[CREDIT_CARD|3759 876543 21004]] in the name of [[PERSON|Conor Fitzgerald]], for a booking next week in Split.",
    "Cancel [[PERSON|Dolores Agyeman]]'s 3pm, she's on [[PHONE_NUMBER|(404) 555-0119]]",
    "Hi, my kid's teacher Ms [[PERSON|Karlsson]] asked for a permission slip for the swimming lessons. Student ID [[ID_NUMBER|SD-771205]], child [[PERSON|Nils]], allergic to peanuts. Can you write the slip?",
    "I got an email saying my account [[ID_NUMBER|00483921]] at the building society was locked. It used my full name, [[PERSON|Brenda Oyelowo]], and asked me to log in through a link. How can I tell if it's genuine?",
    "Please rewrite my out-of-office: I'm off 12 to 26 August. Urgent payroll queries go to [[PERSON|Lindiwe Dube]] ([[EMAIL_ADDRESS|l.dube@cardinalpay.co.za]], [[PHONE_NUMBER|+27 82 904 3317]]), everything else can wait.",
    "[[PERSON|Pham Minh Tuan]] took my parking spot again. How do I raise it with building management without it turning into a feud?",
    "Repeat prescription request for my mother, [[PERSON|Eileen Mulcahy]], PPSN [[ID_NUMBER|6628413F]], to be collected at the pharmacy on [[STREET_ADDRESS|Main Street, Ballincollig, Co. Cork P31 X2K4]]. Write it as a polite email to her GP.",
    "My flatmate [[PERSON|Jakub Horváth]] moved out without paying June's rent. His new address is [[STREET_ADDRESS|Šancová 58, 811 05 Bratislava]]. Can I take him to small claims from the UK?",
    "[[PERSON|Amina Yusuf]], [[PHONE_NUMBER|+254 722 318 046]], childminder, Tuesdays only",
    "Our cloud bill spiked overnight. I think [[PERSON|Dev]]'s access key leaked: [[API_KEY|AKIAW7QX3RZK5M2PLT9D]]. How do I rotate it and check what it was used for?",
    "The fertility clinic's confirmation lists me as [[PERSON|Soraya Farahani]], patient [[ID_NUMBER|FC-20931]], and my partner as [[PERSON|Daniyar]], but it has [[EMAIL_ADDRESS|s.farahni@gmail.com]] instead of [[EMAIL_ADDRESS|s.farahani@gmail.com]]. Write a correction.",
    "[[PERSON|Giulia Russo]] codice fiscale [[ID_NUMBER|RSSGLI85M52F205B]] for the lease",
    "My landlord [[PERSON|Stavros]] texted asking for the 6-digit code my bank just sent me, [[PASSWORD|551093]], 'to check the rent went through'. Is this a scam? He's never asked before.",
    "Draft a message to my manager: [[PERSON|Noura Al-Mansouri]] and I want to swap, she takes my 7-3 on the 14th and I take her 3-11 on the 16th. Our staff numbers are [[ID_NUMBER|DXB-40217]] and [[ID_NUMBER|DXB-40388]].",
    "Pay [[PERSON|Rosa Mendes]] [[IBAN_CODE|PT97 0033 0000 4531 8872 6910 5]] today",
    "Furniture delivery is booked for Thursday. Tell the driver: [[STREET_ADDRESS|Unit 4, 19 Wharf Road, Parramatta NSW 2150]], ring [[PHONE_NUMBER|0491 570 313]] and ask for [[PERSON|Kylie]] at the back dock.",
    "My online banking password is [[PASSWORD|Mxr!7tq#Lp2w]]. Would a passphrase like [[PASSWORD|plum-Otter-basin-61]] be better, or is that easier to crack?",
    "Write a group chat description for our book club: [[PERSON|Evangelia]], [[PERSON|Tunde]], [[PERSON|Margit Szabó]] and me, first Thursday of the month at [[PERSON|Margit]]'s place.",
    "[[PERSON|Björn Lindgren]] personnummer [[ID_NUMBER|910417-2383]], is that enough for the rental contract or does the landlord also need a copy of his passport?",
    "Help me write to the hospital's patient advice team. My dad [[PERSON|Kofi Mensah]] waited 9 hours in A&E with chest pain. His hospital number is [[ID_NUMBER|RLH4417820]] and they can reach us on [[PHONE_NUMBER|020 7946 0271]].",
    "I accidentally pasted my GitHub token [[API_KEY|ghp_R4nT8vKq2LmX9sWc7YbE1dHfJ3pZ6uQa0oNi]] into a public Slack channel. What do I do first?",
    "[[PERSON|Marisol]] [[PHONE_NUMBER|555-0177]] babysitting Friday?",
    "Roommate agreement draft please. Tenants [[PERSON|Jaylen Brooks]] and [[PERSON|Connor Walsh]], lease at [[STREET_ADDRESS|2207 Guadalupe St, Unit 312, Austin, TX 78705]], rent $1,940 split evenly, paid by Venmo to [[ID_NUMBER|@jaylen-brooks-12]] by the 28th.",
    "My wife is stationed in Germany. Can I ship a parcel to [[STREET_ADDRESS|CMR 402 Box 1187, APO AE 09180]] with USPS flat rate? Her name on it is [[PERSON|Keisha Montgomery]].",
    "[[PERSON|Petrovic]] needs the van keys back, locker [[PASSWORD|2218]]",
    "My brother [[PERSON|Kim Tae-gyun]] needs a health check booking in Seoul. The clinic's web form wants his resident registration number, [[ID_NUMBER|910305-1238479]]. Is it safe to type it there?",
    "Expense claim for the Manchester trip: [[PERSON|Tobiasz Wilk]], employee [[ID_NUMBER|EN-7730]], corporate card [[CREDIT_CARD|5137 8812 0456 3397]]. Train £84, hotel £139, dinner £31. Write the justification.",
    "[[PERSON|Adaeze]] member [[ID_NUMBER|GYM0048823]] wants a membership freeze",
    "Write an email to the attendance office: my son [[PERSON|Marcus Lee]] (student [[ID_NUMBER|2028-31477]]) will be out Monday to Wednesday for a family funeral. I'm at [[EMAIL_ADDRESS|jenna.lee.1983@icloud.com]] or [[PHONE_NUMBER|(619) 555-0102]].",
    "Please draft a letter to close my late father's account. He was [[PERSON|Dmitri Sokolov]], account [[ID_NUMBER|7718 0392 44]], SIN [[ID_NUMBER|529 407 181]], and I'm the executor. My address is [[STREET_ADDRESS|49 Glenview Road, Toronto, ON M4R 1P9]].",
    "[[PERSON|Nkechi Obi]], wifi password [[PASSWORD|Obodo-2290!]] for the guests",
    "What's a TFN and why does my new employer need it with my Medicare card? I'm [[PERSON|Lachlan Murray]], TFN [[ID_NUMBER|472 193 055]], Medicare [[ID_NUMBER|4271 93866 1]].",
    "Write a note for the courier in French: leave it with the concierge, Mme [[PERSON|Roussel]], at [[STREET_ADDRESS|18 rue des Tanneurs, 69002 Lyon]], and my number is [[PHONE_NUMBER|+33 6 39 98 52 14]].",
    "[[PERSON|Ewelina Sadowska]] [[EMAIL_ADDRESS|ewelina.sadowska@wp.pl]] swap Monday early for Wednesday late",
]

# 100 records in the style of synthetic PII benchmark datasets, one invented person each.
SYNTHETIC = [
    "Contact: [[PERSON|Harriet Osei]] | Tel: [[PHONE_NUMBER|+44 20 7946 0912]] | Email: [[EMAIL_ADDRESS|harriet.osei@fernmail.co.uk]]",
    "Customer [[PERSON|Lorenzo Bianchi]] (ID [[ID_NUMBER|CUS-0081734]]) changed his delivery address to [[STREET_ADDRESS|Via Garibaldi 24, 10122 Torino]].",
    "2024-03-11 08:42:17 INFO session opened user=[[ID_NUMBER|mfaulkner]] src=[[IP_ADDRESS|198.51.100.14]] name=[[PERSON|Martin Faulkner]]",
    "name,phone,city\n[[PERSON|Aditi Kulkarni]],[[PHONE_NUMBER|+91 98201 44736]],Pune",
    "PAX 1  [[PERSON|YAMAMOTO/AKIKO]] MS  PASSPORT [[ID_NUMBER|TZ8841207]]  SEAT 32A  NRT-HEL",
    "Dear Mr [[PERSON|Ferreira]], your home insurance policy [[ID_NUMBER|HM-2207415]] renews on 1 October.",
    "Employee record: [[PERSON|Chen Xiuying]], resident ID [[ID_NUMBER|440306198705143021]], department: logistics, start date 2019-04-01.",
    "Ship to: [[PERSON|Olusegun Bakare]], [[STREET_ADDRESS|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104]], tel. [[PHONE_NUMBER|+234 803 455 1190]]",
    "Pt [[PERSON|Jeroen Smits]], BSN [[ID_NUMBER|273904188]], seen for hypertension follow-up; BP 138/86, continue amlodipine 5 mg.",
    "Refund of $64.20 issued to card [[CREDIT_CARD|6011 5566 7788 9904]] for [[PERSON|Priscilla Nakamura-Hall]].",
    "[[PERSON|Ivana Horvat]] <[[EMAIL_ADDRESS|ivana.horvat@tportal.hr]]> wrote: Thanks, see you on Monday.",
    "Wire beneficiary: [[PERSON|Pierre-Alain Dufresne]], IBAN [[IBAN_CODE|FR94 2004 1010 0505 5492 1J02 047]], reference: loyer mars",
    "SSN on file for [[PERSON|Tyrone Whitaker]]: [[US_SSN|482-17-3361]].",
    "Full name: [[PERSON|Ngozi Eze]]   Member no: [[ID_NUMBER|M-552019]]   PIN: [[PASSWORD|8316]]",
    "DVLA check for [[PERSON|Sarah Morgan]], licence number [[ID_NUMBER|MORGA761165SM9IJ]]: 3 penalty points, valid to 2031.",
    "Claimant [[PERSON|Rafael Quintero]] (NIE [[ID_NUMBER|Y3084621J]]) reported his bicycle stolen outside [[STREET_ADDRESS|Calle de Embajadores 63, 28012 Madrid]] on 2 February.",
    "Salary for [[PERSON|Kristiina Mägi]], isikukood [[ID_NUMBER|49007162725]], will be paid to [[IBAN_CODE|EE42 2200 2210 4738 1952]] from next month.",
    "Hotel guest [[PERSON|Abdulrahman Al-Qahtani]], passport [[ID_NUMBER|K41807725]], checked in to room 512 for two nights.",
    "sshd[2211]: Accepted publickey for [[ID_NUMBER|okarimova]] from [[IP_ADDRESS|2001:db8:4a1f::17]] port 51422 ssh2",
    "[[PERSON|Thabo Nkosi]] · [[PHONE_NUMBER|+27715520843]] · Johannesburg",
    "Policyholder: [[PERSON|Magdalena Wiśniewska]]; PESEL: [[ID_NUMBER|92032507428]]; vehicle: 2016 Skoda Octavia; no claims for 5 years.",
    "Student [[PERSON|Aarav Mehta]], roll no. [[ID_NUMBER|22BCE1187]], hostel block C, contact [[PHONE_NUMBER|+919003056712]]",
    "Hi, this is [[PERSON|Camille Girard]], my new number is [[PHONE_NUMBER|06 39 98 77 31]].",
    "Account holder [[PERSON|Hamza Qureshi]] / sort code 20-45-77 / account no. [[ID_NUMBER|63018542]]",
    "Please send the signed contract to [[PERSON|Elsa Virtanen]] at [[EMAIL_ADDRESS|elsa.virtanen@kotiposti.fi]]; henkilötunnus [[ID_NUMBER|060791-228B]].",
    "Delivery note: if nobody answers, leave with [[PERSON|Gianluca Ferri]], [[STREET_ADDRESS|Via dei Mille 8, 80121 Napoli]]",
    "Login attempt: username [[ID_NUMBER|k.adeleke]], password [[PASSWORD|Ibadan#4471]], IP [[IP_ADDRESS|203.0.113.9]], result FAILED",
    "[[PERSON|Yusra Haidari]] moved to [[STREET_ADDRESS|House 27, Street 9, F-7/2, Islamabad 44000]] in May.",
    "Loan applicant [[PERSON|Gabriel Souza Lima]], CPF [[ID_NUMBER|418.592.706-11]], monthly income R$ 7.800, requested R$ 45.000 over 36 months.",
    "Card on file: [[CREDIT_CARD|4024 0071 5336 2115]], exp 11/28, holder [[PERSON|Ines Carvalho]]",
    "[[PERSON|Tan Wei Ling]] (NRIC [[ID_NUMBER|S8734105D]]) registered at [[STREET_ADDRESS|Blk 214 Bishan Street 23, #07-118, Singapore 570214]].",
    "Clinic note: [[PERSON|Marisa Okoye]], patient no. [[ID_NUMBER|NB-884102]], lower back pain for 2 weeks, no red flags, advised physiotherapy.",
    "Emergency contact: [[PERSON|Liam O'Sullivan]] (brother), [[PHONE_NUMBER|+353 86 304 7712]]",
    "New hire: [[PERSON|Sofía Ramírez]], starts 2 Sep, employee ID [[ID_NUMBER|ACM-10482]], work email [[EMAIL_ADDRESS|sofia.ramirez@acmetrail.mx]]",
    "Tax file number for [[PERSON|Mia Thompson]]: [[ID_NUMBER|815 304 622]]",
    "Beneficiary [[PERSON|Oleksandr Kovalenko]], RNOKPP [[ID_NUMBER|3149027714]], transfer purpose: family support.",
    "Booking ref [[ID_NUMBER|QX7T2M]] for [[PERSON|Anouk Jansen]], 2 adults, arriving 14:00",
    "[[PERSON|Dragan Jovanović]] — [[EMAIL_ADDRESS|dragan.jovanovic@mts.rs]] — [[PHONE_NUMBER|+381 63 418 2290]]",
    "Invoice 2024-118 addressed to [[PERSON|Helga Þórsdóttir]], kennitala [[ID_NUMBER|120689-2900]], [[STREET_ADDRESS|Laugavegur 71, 101 Reykjavík]]",
    "Medication review for [[PERSON|Harold Pennington]], NHS no. [[ID_NUMBER|943 857 2104]]: stop simvastatin, start atorvastatin 20 mg.",
    "Username: [[ID_NUMBER|ravenclaw_fan92]]  Password: [[PASSWORD|Hedwig!Owl88]]",
    "[[PERSON|Rania Khoury]] lives at [[STREET_ADDRESS|Rue Hamra, Bldg 14, 3rd floor, Beirut]] with her two cats.",
    "Payroll change: [[PERSON|Sven Holmqvist]], new account [[IBAN_CODE|SE75 5000 0000 0582 1994 0371]], effective 25 June.",
    "Driver [[PERSON|Mustafa Yıldız]], T.C. kimlik no [[ID_NUMBER|38402716540]], licence class C, phone [[PHONE_NUMBER|+90 532 417 80 26]].",
    "Parcel 4 of 5 — recipient [[PERSON|Beatriz Nunes]], [[STREET_ADDRESS|Rua Augusta 201, 1100-053 Lisboa]], NIF [[ID_NUMBER|238 405 192]]",
    "Visitor log 09:14 [[PERSON|Jonah Feldman]] badge [[ID_NUMBER|V-3318]] host: Finance",
    "Resident [[PERSON|Eun-ji Park]], RRN [[ID_NUMBER|850722-2468130]], applied for a residential parking permit.",
    "Subscriber [[PERSON|Callum Reid]], [[EMAIL_ADDRESS|callumreid_77@hotmail.co.uk]], IP at signup [[IP_ADDRESS|192.0.2.66]]",
    "Wedding RSVP: [[PERSON|Nomvula Dlamini]], 2 guests, dietary: halal, phone [[PHONE_NUMBER|+27 83 610 2947]]",
    "My Number for [[PERSON|Yuki Tanaka]]: [[ID_NUMBER|4027 1958 3068]] (copy kept in the HR file)",
    "Shipping label — TO: [[PERSON|Dwayne Mitchell]], [[STREET_ADDRESS|781 Peachtree Industrial Blvd, Suwanee, GA 30024]]",
    "Declined: card [[CREDIT_CARD|6441 2208 7731 5968]], holder [[PERSON|Rhiannon Price]], reason: insufficient funds.",
    "[[PERSON|Maximilian Hoffmann]], [[STREET_ADDRESS|Sendlinger Straße 27, 80331 München]], Tel. [[PHONE_NUMBER|030 23125 418]]",
    "Member [[PERSON|Carmen Díaz-Ibáñez]] #[[ID_NUMBER|44817]] renewed her annual gym plan.",
    "Patient [[PERSON|Aminata Keïta]], NIR [[ID_NUMBER|2 87 06 75 112 048 97]], admitted 3 April for appendicectomy.",
    "Guarantor: [[PERSON|Valentina Moretti]], tel. [[PHONE_NUMBER|+39 347 218 5530]], email [[EMAIL_ADDRESS|vale.moretti@libero.it]]",
    "Access granted to [[PERSON|Ravindra Pillai]] (emp [[ID_NUMBER|IN-20981]]) from [[IP_ADDRESS|203.0.113.140]] at 22:03 IST",
    "Passenger [[PERSON|Leilani Kahale]], frequent flyer [[ID_NUMBER|HA 441 820 773]], seat 12C, HNL-LAX",
    "Insured: [[PERSON|Grzegorz Nowak]]; policy no. [[ID_NUMBER|PZU/2023/884217]]; address: [[STREET_ADDRESS|ul. Piotrkowska 148/12, 90-063 Łódź]]",
    "[[PERSON|Zhang Lixin]], 身份证 [[ID_NUMBER|510107199208234617]], 手机 [[PHONE_NUMBER|+86 139 1047 5528]]",
    "Tenant [[PERSON|Precious Mokoena]], SA ID [[ID_NUMBER|920914 0831 080]], lease for unit 6B.",
    "Re: overdue books — borrower [[PERSON|Alistair Grant]], library card [[ID_NUMBER|29017 004418 3]]",
    "From: [[PERSON|Noémie Lefebvre]] <[[EMAIL_ADDRESS|noemie.lefebvre@orange.fr]]>  Subject: attestation de domicile",
    "Account [[ID_NUMBER|7002-551-903]] belongs to [[PERSON|Bartholomew Achterberg]], opened 2017, balance $3,214.55.",
    "Insurance claim: [[PERSON|Ananya Bose]], policy [[ID_NUMBER|HLT-99031274]], Aadhaar [[ID_NUMBER|5820 6317 4495]], hospitalisation 3 days.",
    "[[PERSON|Matías Rojas]], RUT [[ID_NUMBER|16.482.937-5]], [[STREET_ADDRESS|Av. Providencia 1208, depto 54, Providencia, Santiago]]",
    "Form 2 — Applicant: [[PERSON|Ioana Popescu]]; CNP: [[ID_NUMBER|2900812407133]]; Phone: [[PHONE_NUMBER|+40 721 338 904]]",
    "[[PERSON|Henk Visser]], IBAN [[IBAN_CODE|NL93 RABO 0312 7745 90]], BSN [[ID_NUMBER|618402755]]",
    "Nurse triage, 10:42: caller [[PERSON|Bridget Kavanagh]], callback [[PHONE_NUMBER|07700 900 614]], advised 111.",
    "VPN user [[ID_NUMBER|a.lindqvist]] connected from [[IP_ADDRESS|2001:db8:c0ff:ee::42]]",
    "Hi [[PERSON|Tomás]], your one-time code is [[PASSWORD|730 614]]. It expires in 10 minutes.",
    "Patient record: [[PERSON|Nikos Papadakis]], AMKA [[ID_NUMBER|12058803219]], blood group A+.",
    "Teudat zehut of [[PERSON|Yosef Ben-David]]: [[ID_NUMBER|318462074]], verified in person.",
    "Referral for [[PERSON|Hinewai Tipene]], NHI [[ID_NUMBER|ZKR1481]], [[STREET_ADDRESS|42 Karaka Street, Whanganui 4500]], to orthopaedics.",
    "[[PERSON|Petr Kratochvíl]], rodné číslo [[ID_NUMBER|880312/4121]], zaměstnanec od 2015",
    "Florida driver license [[ID_NUMBER|B263-418-82-917-0]] issued to [[PERSON|Lauren Bishop]], expires 2029.",
    "Chat transcript 14:02 — customer [[PERSON|Fernando Gutiérrez]]: my card [[CREDIT_CARD|5502 6677 8123 4503]] was charged twice",
    "Belgian resident [[PERSON|Jens Peeters]], national number [[ID_NUMBER|85.04.17-263.70]], moved to [[STREET_ADDRESS|Meir 44, 2000 Antwerpen]].",
    "Contact card: [[PERSON|Kalani Akana]], [[PHONE_NUMBER|8085550134]], [[EMAIL_ADDRESS|kalani.akana@gmail.com]]",
    "Payout to [[PERSON|Declan Byrne]] — [[IBAN_CODE|IE12 BOFI 9000 1786 4412 39]] — €1,150.00",
    "Background check: [[PERSON|Shanice Robinson]], SSN [[US_SSN|158-72-6093]], address [[STREET_ADDRESS|3309 W Fullerton Ave, Chicago, IL 60647]]",
    "Canadian SIN [[ID_NUMBER|462 019 373]] recorded for [[PERSON|Émilie Tremblay]]",
    "API credentials for [[PERSON|Farah Haq]]'s sandbox: [[API_KEY|sk_live_7Qd2Lm9XrT4vB8nK1pW6yZ3c]]",
    "Warehouse login [[ID_NUMBER|ops_mgonzalez]] / [[PASSWORD|Forklift!2023]] assigned to [[PERSON|Miguel González]]",
    "[[PERSON|Anjali Deshpande]], [[STREET_ADDRESS|Flat 402, Sai Krupa Apartments, 7th Cross, Indiranagar, Bengaluru 560038]]",
    "Job applicant [[PERSON|Kenji Watanabe]], [[PHONE_NUMBER|080-6621-4097]], [[EMAIL_ADDRESS|k.watanabe.dev@gmail.com]]",
    "Mortgage application: [[PERSON|Gráinne Duffy]], annual income €68,000, account [[IBAN_CODE|IE49 AIBK 9320 8566 1209 44]]",
    "Room service charged to [[PERSON|Otto Lehtonen]], card [[CREDIT_CARD|4485 3310 9276 0185]]",
    "Alarm company record: [[PERSON|Judith Abernethy]], [[STREET_ADDRESS|11 Braid Hills Road, Edinburgh EH10 6HD]], passcode [[PASSWORD|heather1954]], keyholder phone [[PHONE_NUMBER|0131 496 0873]]",
    "Pension scheme member [[PERSON|Ade Ogunleye]], member number [[ID_NUMBER|PSM-0774312]], retirement date 2031.",
    "[[PERSON|Farida Nasser]], student ID [[ID_NUMBER|UOA-2021-5583]], email [[EMAIL_ADDRESS|fnas021@aucklanduni.ac.nz]]",
    "Pickup authorisation: [[PERSON|Astrid Lindahl]] may collect after school; her phone is [[PHONE_NUMBER|+46 70 318 24 59]].",
    "Pet insurance: owner [[PERSON|Beverley Ashcroft]], policy [[ID_NUMBER|PET-4410928]], pet: Biscuit (beagle)",
    "Ticket #5521: [[PERSON|Faisal Rahman]] reports mail sync failing, user [[ID_NUMBER|frahman]], IP [[IP_ADDRESS|198.51.100.191]]",
    "Wi-Fi for [[PERSON|Cordelia Ashby]]'s flat: network Ashby_5G, key [[PASSWORD|c0rd3l1a!wifi]]",
    "[[PERSON|Hassan Jaber]], [[STREET_ADDRESS|Villa 23, Street 14, Al Barsha 2, Dubai]], [[PHONE_NUMBER|+971 50 318 4472]]",
    "Work pass holder [[PERSON|Arun Subramaniam]], FIN [[ID_NUMBER|G5519203R]], employer: a harbour logistics firm.",
    "Patient [[PERSON|Catalina Vargas]], cédula [[ID_NUMBER|1.020.457.883]], phone [[PHONE_NUMBER|+57 310 442 8716]]",
    "Transfer NOK 3,000 to [[PERSON|Annika Berg]], [[IBAN_CODE|NO47 6011 0578 221]]",
    "Order paid by [[PERSON|Olamide Johnson]] with card [[CREDIT_CARD|2221 0012 3456 7813]], billing address [[STREET_ADDRESS|27 Allen Avenue, Ikeja, Lagos 100271]]",
]

# 25 MT-Bench- and Vicuna-style prompts.
CLEAN_MTBENCH = [
    "Write a persuasive short essay arguing that cities should replace on-street parking with protected bike lanes. Use exactly three paragraphs.",
    "Pretend you are a medieval blacksmith explaining to an apprentice why quenching matters. Stay in character for the whole answer.",
    "Explain the difference between a stack and a queue, then give one real-world example of each.",
    "Write a Python function that returns the longest palindromic substring of a string, and state its time complexity.",
    "How can I improve my time management when working from home?",
    "What are the main differences between renewable and non-renewable energy sources?",
    "Write a sequence of four haiku about a lighthouse in winter.",
    "Imagine you are a tour guide on Mars in the year 2150. Describe the first stop of the tour.",
    "Extract the product names and prices from this text and return them as JSON: 'The Alder desk lamp costs $34, the Birch shelf $89 and the Cedar stool $45.'",
    "A train leaves at 3 pm at 60 mph and a second train leaves the same station an hour later at 80 mph on a parallel track. When does the second train catch up? Explain step by step.",
    "Rewrite this sentence to be more concise: 'Due to the fact that the meeting was postponed, we are currently in the process of rescheduling it.'",
    "What would happen if the Moon suddenly disappeared? Discuss tides, climate and night-time ecosystems.",
    "Write a short dialogue between a sceptical customer and a salesperson trying to sell an umbrella that never opens.",
    "Compare the leadership styles of Julius Caesar and Alexander the Great in about 200 words.",
    "Implement binary search in JavaScript and include three test cases.",
    "Give me five creative names for a bakery that specialises in sourdough.",
    "Explain how vaccines train the immune system to an audience of ten-year-olds.",
    "Describe the water cycle from the point of view of a single drop of water.",
    "Suggest a one-week beginner workout plan that needs no equipment.",
    "Why do some countries drive on the left side of the road? Give the historical reasons.",
    "Write a SQL query that lists the three departments with the highest average salary from a table employees(id, department, salary).",
    "Act as a debate coach. Give me the strongest counterargument to the claim that homework should be abolished.",
    "Summarise the plot of Homer's Odyssey in five sentences.",
    "What are the pros and cons of nuclear power as a tool against climate change?",
    "Solve for x: 3x + 7 = 2x - 5, and explain each step.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priya buys 4 packs of pencils with 12 pencils in each pack. She gives 15 pencils to her classmates. How many pencils does she have left?",
    "A baker makes 180 muffins. He sells two thirds of them in the morning and half of the rest in the afternoon. How many muffins are left at the end of the day?",
    "Tomás runs 3.5 kilometres every weekday and 6 kilometres on Saturdays. How many kilometres does he run in 4 weeks?",
    "Leila has $85. She spends $23 on a book and twice that amount on shoes. How much money does she have left?",
    "A garden has 6 rows of tulips with 14 tulips in each row. If rabbits eat 19 tulips, how many tulips remain?",
    "Kofi reads 25 pages a day. His book has 410 pages. After 12 days, how many pages does he still need to read?",
    "Mei's phone plan costs $18 a month plus $0.05 per text message. Last month she sent 340 texts. What was her bill?",
    "A school bus holds 48 students. How many buses are needed to take 275 students on a field trip?",
    "Jonas earns $14 an hour and works 6 hours a day, 5 days a week. How much does he earn in 3 weeks?",
    "Amara bakes cookies in batches of 24. She needs 150 cookies for the school fair. How many batches must she bake, and how many cookies will be left over?",
    "A shop takes 25% off a $60 jacket and then adds 8% sales tax. What is the final price?",
    "Ravi's aquarium holds 120 litres. He fills it at 8 litres per minute, but it leaks 2 litres per minute. How many minutes until it is full?",
    "Sofia has three times as many stickers as Ben. Together they have 96 stickers. How many stickers does Sofia have?",
    "A farmer has 45 chickens and 28 cows. How many legs are there on the farm in total?",
    "Hana saves $12 each week for a bike that costs $210. She already has $54. How many more weeks must she save?",
    "A recipe needs 3 eggs for every 2 cups of flour. Nadia uses 10 cups of flour. How many eggs does she need?",
    "Lucas drives 240 miles on 8 gallons of petrol. How many gallons will he need for a 390-mile trip?",
    "There are 32 students in a class. Five eighths of them walk to school and the rest take the bus. How many take the bus?",
    "Aiko buys 3 notebooks at $2.75 each and 2 pens at $1.40 each. She pays with a $20 bill. How much change does she get?",
    "A cinema has 18 rows of 22 seats. On Friday night 317 seats were filled. How many seats were empty?",
    "Diego plants 5 trees every year. After 7 years, 4 of the trees have died. How many trees are still alive?",
    "Grace is 4 years older than her brother. In 6 years their ages will add up to 40. How old is Grace now?",
    "A water tank that is three quarters full holds 360 litres. How many litres does it hold when completely full?",
    "Malik sells lemonade for $1.25 a cup. His supplies cost $9. How many cups must he sell to make a profit of $21?",
    "Elena's train leaves at 9:45 and the journey takes 2 hours 38 minutes. At what time does she arrive?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which of the following best describes the main function of mitochondria?\nA. Protein synthesis\nB. Energy production through cellular respiration\nC. Storage of genetic material\nD. Lipid transport",
    "Who wrote 'An Inquiry into the Nature and Causes of the Wealth of Nations' (1776)?\nA. David Hume\nB. Adam Smith\nC. John Locke\nD. Thomas Malthus",
    "The Peace of Westphalia (1648) is most closely associated with:\nA. the end of the Thirty Years' War\nB. the unification of Italy\nC. the founding of the League of Nations\nD. the partition of Africa",
    "What is the derivative of x·sin(x)?\nA. x·cos(x)\nB. sin(x) + x·cos(x)\nC. x·sin(x)\nD. cos(x) − sin(x)",
    "Which astronomer formulated the three laws of planetary motion?\nA. Galileo Galilei\nB. Nicolaus Copernicus\nC. Johannes Kepler\nD. Tycho Brahe",
    "A price ceiling set below the equilibrium price will most likely cause:\nA. a surplus\nB. a shortage\nC. no change in quantity traded\nD. higher prices",
    "Which of these elements is a noble gas? A. Nitrogen B. Argon C. Chlorine D. Hydrogen",
    "Marie Curie received Nobel Prizes in which two fields? A. Physics and Chemistry B. Chemistry and Medicine C. Physics and Medicine D. Chemistry and Peace",
    "The primary responsibility of a central bank such as the Federal Reserve is to: A. collect income taxes B. conduct monetary policy C. approve the federal budget D. regulate interstate commerce",
    "Which philosopher wrote the 'Critique of Pure Reason'? A. Georg Wilhelm Friedrich Hegel B. Immanuel Kant C. Friedrich Nietzsche D. René Descartes",
    "A patient presents with polyuria, polydipsia and unexplained weight loss. Which initial test is most appropriate? A. Fasting plasma glucose B. Chest X-ray C. Lumbar puncture D. Thyroid ultrasound",
    "What is the worst-case time complexity of heapsort? A. O(n) B. O(n log n) C. O(n²) D. O(log n)",
    "Which battle in 1815 ended Napoleon Bonaparte's rule? A. Austerlitz B. Trafalgar C. Waterloo D. Leipzig",
    "In contract law, 'consideration' refers to: A. the intention to create legal relations B. something of value exchanged between the parties C. the legal capacity of the parties D. a signed written document",
    "Which organelle is found in plant cells but not in animal cells? A. Ribosome B. Chloroplast C. Nucleus D. Golgi apparatus",
    "Who developed a theory of evolution by natural selection independently of Charles Darwin? A. Gregor Mendel B. Alfred Russel Wallace C. Jean-Baptiste Lamarck D. Thomas Henry Huxley",
    "The sum of the interior angles of a hexagon is: A. 540° B. 720° C. 900° D. 1080°",
    "Which of the following is a fixed cost for a factory? A. Raw materials B. Rent on the building C. Overtime wages D. Shipping fees per unit",
    "In the SOLID principles of object-oriented design, the 'S' stands for: A. Single responsibility B. Static typing C. Substitution D. Synchronisation",
    "Which civilisation built Machu Picchu? A. Aztec B. Maya C. Inca D. Olmec",
    "Magna Carta was sealed in 1215 by which English king? A. Henry II B. Richard I C. John D. Edward I",
    "Ivan Pavlov's experiments with dogs are the classic demonstration of: A. operant conditioning B. classical conditioning C. observational learning D. cognitive dissonance",
    "An object in free fall near the Earth's surface accelerates at approximately: A. 4.9 m/s² B. 9.8 m/s² C. 19.6 m/s² D. 1.6 m/s²",
    "Which amendment to the United States Constitution abolished slavery? A. First B. Fifth C. Thirteenth D. Nineteenth",
    "Which of the following best defines opportunity cost? A. The money price of a good B. The value of the next best alternative forgone C. The total cost of production D. A cost that has already been incurred",
]

# 25 patient-style health questions naming no one.
CLEAN_HEALTH = [
    "I've had a dry cough for three weeks since a cold. Should I be worried, and when should I see a doctor?",
    "Is it safe to take ibuprofen and paracetamol together for a bad toothache?",
    "My blood pressure reading at the pharmacy was 148/92. What does that mean and what can I do about it?",
    "What are the early signs of type 2 diabetes?",
    "I get heartburn almost every night. Which lifestyle changes might help?",
    "How long should I wait after a tetanus jab before having another vaccine?",
    "My toddler has a temperature of 38.7 °C but is still playing happily. When should I take him to A&E?",
    "Can stress cause chest tightness, or should I always get it checked?",
    "What's the difference between a migraine and a tension headache?",
    "I'm 34 weeks pregnant and my feet swell up every evening. Is that normal?",
    "How much vitamin D should an adult take in winter?",
    "I sprained my ankle yesterday. Should I use ice or heat, and how long before I can run again?",
    "Are there foods I should avoid while taking warfarin?",
    "What does a high TSH result on a blood test usually mean?",
    "I keep waking up at 3 am and can't get back to sleep. What can I try before asking for sleeping pills?",
    "Is it normal to feel dizzy when I stand up quickly?",
    "How do I know whether a cut needs stitches?",
    "My total cholesterol is 6.2 mmol/L. Is that high for someone in their fifties?",
    "What are the side effects of starting metformin, and do they go away?",
    "I've been prescribed amoxicillin. Can I drink alcohol while I'm taking it?",
    "My six-year-old has itchy red patches behind her knees. Could it be eczema?",
    "How can I tell the difference between a cold and the flu?",
    "What should I bring to my first appointment with a cardiologist?",
    "A mole on my back has changed shape recently. How urgently should I get it looked at?",
    "Is it safe to exercise with a mild chest infection?",
]

NATIONAL_IDS = {
    "738 204 9159": nhs_ok,
    "462 915 0838": nhs_ok,
    "943 857 2104": nhs_ok,
    "273904188": bsn_ok,
    "618402755": bsn_ok,
    "88071413862": pesel_ok,
    "92032507428": pesel_ok,
    "418.592.706-11": cpf_ok,
    "7391 4620 5880": aadhaar_ok,
    "5820 6317 4495": aadhaar_ok,
    "S8734105D": nric_ok,
    "G5519203R": nric_ok,
    "RSSGLI85M52F205B": codice_fiscale_ok,
    "Y3084621J": dni_ok,
    "6628413F": pps_ok,
    "57392018465": steuer_id_ok,
    "2 87 06 75 112 048 97": nir_ok,
    "38402716540": kimlik_ok,
    "472 193 055": tfn_ok,
    "815 304 622": tfn_ok,
    "4271 93866 1": medicare_ok,
    "529 407 181": luhn_len(9),
    "462 019 373": luhn_len(9),
    "318462074": luhn_len(9),
    "910417-2383": luhn_len(10),
    "060791-228B": hetu_ok,
    "910305-1238479": rrn_ok,
    "850722-2468130": rrn_ok,
    "4027 1958 3068": my_number_ok,
    "2900812407133": cnp_ok,
    "16.482.937-5": rut_ok,
    "15088427413": fodselsnummer_ok,
    "920914 0831 080": luhn_len(13),
    "12058803219": luhn_len(11),
    "440306198705143021": china_id_ok,
    "510107199208234617": china_id_ok,
    "49007162725": isikukood_ok,
    "880312/4121": rodne_cislo_ok,
    "238 405 192": nif_ok,
    "120689-2900": kennitala_ok,
    "85.04.17-263.70": belgian_id_ok,
    "3149027714": rnokpp_ok,
    "ZKR1481": nhi_ok,
}

PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with and without separators
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"01(13|31|61) 496 0\d{3}",  # Leeds, Edinburgh, Manchester drama ranges
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\d{3}55501\d{2}",
        r"555-01\d{2}",
        r"0491 57\d \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"\+33 6 39 98 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[89]0-\d{4}-\d{4}",  # Japan mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(27|39|40|46|47|48|57|84|86|90|91|212|234|254|353|381|971) ?[\d ]*\d",  # no fiction range known
    )
]


def words(marked: str) -> int:
    return len(strip_marks(marked)[0].split())


def check_mix() -> None:
    """The chat requests name people, carry secrets, hold every type and about 30 short
    ones with no cue word before the first name; each synthetic record holds one person and
    one to four other values."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 100 or secret < 16:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    kinds = {s["type"] for t in CHAT for s in marked_spans(t)}
    if len(kinds) != 11:
        raise SystemExit(f"chat: only {sorted(kinds)}")
    short = [t for t in CHAT if words(t) <= SHORT_WORDS]
    if not 28 <= len(short) <= 34:
        raise SystemExit(f"chat: {len(short)} short texts")
    for marked in short:
        text, spans = strip_marks(marked)
        people = [s for s in spans if s["type"] == "PERSON"]
        if not people:
            raise SystemExit(f"short chat without a name: {marked[:60]!r}")
        before = text[: people[0]["start"]].split()
        if before and before[-1].strip(",.:;'\"").lower() in CUE_WORDS:
            raise SystemExit(f"cue word before the name: {marked[:60]!r}")
    for marked in SYNTHETIC:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) > 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"synthetic: {len(people)} people, {len(others)} values in {marked[:60]!r}"
            )


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "synthetic": (SYNTHETIC, 100),
        "clean mt-bench": (CLEAN_MTBENCH, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + SYNTHETIC
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("synthetic", SYNTHETIC, SYNTHETIC_WORDS, (1, 5))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind72", HERE, sections, {"chat", "synthetic"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
