# ruff: noqa: E501
"""A hundred-and-thirteenth blind privacy set: 220 texts with personal data and 100 clean
ones, on public services and paperwork (council tax, housing and repairs, benefits claims,
pensions, visas and residence permits, passports, tax returns, GP and school registration,
parking permits, appeals and official letters).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) that people send to a general assistant through a
  company gateway: drafting complaints, appeals, letters of authority and texts, summarising
  pasted repair and arrears notes, translating, fixing wording, planning and working out
  council tax, pension and tax sums, asking advice about forms and letters. The first 30 are
  typed all in lower case (names, e-mails, postcodes and codes too, with shorthand and
  typos), the next 6 are in French, German, Spanish, Polish, Russian and Arabic, the other
  84 in ordinary English. Names of many origins, some in Chinese, Cyrillic, Greek, Hebrew,
  Devanagari, Tamil, Japanese, Thai, Georgian, Armenian, Korean, Bengali and Arabic script; first
  names alone, surnames after titles, full names, names that are ordinary words (Hope, Joy,
  Frank, Grace, Sunny, Dawn, Mercy, Precious, Robin, Wren, Sterling, Ruby, Jade, Mark),
  nicknames (Bazza, Tash, Macca, Gaz, Mo) and many named in passing with no cue word;
* 100 one-person records (4 to 60 words) in the manner of presidio-research's synthetic
  sentences and Nannigalaxy-style rows: prose, profile and pipe lines, CSV rows, JSON, log
  lines and short letters, each with one name (or parts of it) and one to four other values.

Values: phones from ranges kept for fiction where the country has one (UK 07700 900,
01632 960, 020 7946 0 and the 496 0 ranges of other UK cities; North America 555-01xx;
Germany 030 23125 and 040 66969) and in each country's own layout elsewhere, some
unseparated; e-mails; addresses in UK, Irish, US, Canadian, Australian, New Zealand,
German, Austrian, French, Belgian, Dutch, Spanish, Portuguese, Italian, Polish, Swedish,
Norwegian, Greek, Turkish, Nigerian, Kenyan, Indian, Japanese and Brazilian formats;
passwords and passphrases; PINs and door, gate, key-safe and lockbox codes; usernames and
logins; council tax, rent, permit, customer, member, employee, tenant and bank account
numbers, National Insurance numbers, UTRs, Government Gateway ids, passports, BRPs,
residence cards, a driving licence and pupil numbers; national ids with valid check digits
(NHS number, German Steuer-ID, French NIR, Spanish DNI and NIE, Polish PESEL, Ukrainian
RNOKPP, Japanese My Number, Swedish personnummer, Canadian SIN, South African id, Irish
PPS, Turkish kimlik, Italian codice fiscale, Brazilian CPF, Dutch BSN, Australian TFN,
Singapore NRIC, Korean resident registration number, Greek AMKA, Romanian CNP, Portuguese
NIF, Norwegian fødselsnummer, New Zealand NHI, Belgian national number, Finnish
henkilötunnus, Chinese resident id, Israeli teudat zehut, Indian Aadhaar); Luhn-valid
cards that are not well-known test numbers; IBANs valid mod 97 and not documentation
examples; SSNs with assignable area, group and serial; IPs from documentation ranges; API
keys.

Labels follow the README: direct identifiers only. Usernames and logins and account-type
numbers (council tax, rent, tenant, permit holder, customer, member, employee, bank
account, Home Office reference) are ID_NUMBER, as are national ids, passports, BRPs,
residence cards, licences and pupil numbers; PINs, door, gate, key-safe and lockbox codes
and passwords are PASSWORD; titles (Mr, Mrs, Ms, Dr, herr) and relation words stay outside
PERSON spans. Sort codes, PCN numbers, repair job numbers, dates of birth, organisations
(councils, HMRC, DWP, the Home Office) and historical or fictional people are not labelled;
every repeat of a marked value is marked. The 100 clean texts hold no personal data at all:
25 MT-Bench/Vicuna-style writing, role-play, reasoning, extraction and coding prompts (some
naming historical or fictional people), 25 GSM8K-style word problems with fictional first
names, 25 MMLU-style items with options A to D and 25 health questions naming no one, most
of them about public services and paperwork.

Run ``.venv/bin/python bench/data/build_blind113.py`` from the repository root; the output
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
    kimlik_ok,
    luhn_len,
    marked_spans,
    my_number_ok,
    nhi_ok,
    nhs_ok,
    nif_ok,
    nir_ok,
    nric_ok,
    pesel_ok,
    pps_ok,
    rnokpp_ok,
    rrn_ok,
    steuer_id_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Dame|Rev|Herr|Frau|Mme|Sra|Sr)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests to a general assistant through a company gateway: the first 30 typed
# all in lower case, then six in other languages, then 84 in ordinary English.
CHAT = [
    # --- 30 all in lower case ---
    "can u help me write to the council, the council tax acct [[ID_NUMBER|40917326]] is still in my name but i moved out of [[STREET_ADDRESS|14 marlowe rd, london e10 6qj]] on 3 march. new address is [[STREET_ADDRESS|flat 2, 61 cranbrook st, nottingham ng1 1ew]]. name [[PERSON|kwame osei]], email [[EMAIL_ADDRESS|k.osei.1987@fastmail.co.uk]]",
    "bathroom ceiling been leaking 3 wks now. housing officer is [[PERSON|bev]], her mobile [[PHONE_NUMBER|07700900318]], my rent account [[ID_NUMBER|ra558102]]. draft a stage 1 complaint, firm but not rude pls",
    "my mum [[PERSON|gloria fenwick]] turns 66 in june, does she have to claim her state pension or does it just start? her ni no is [[ID_NUMBER|pk 73 19 45 b]] if that matters, shes at [[STREET_ADDRESS|9 heron close, whitley bay ne26 3rt]]",
    "passport renewal for [[PERSON|oisín]] keeps failing at the payment step. his old passport no is [[ID_NUMBER|548127390]], account pw [[PASSWORD|oisin2015]]. what usually causes that",
    "need to register with a gp after moving. im [[PERSON|marta kowalczyk]], nhs number [[ID_NUMBER|730 194 5825]]. write me a short msg asking the practice if they take new patients from [[STREET_ADDRESS|22 saltwell view, gateshead ne8 4jn]]",
    "school place appeal for [[PERSON|zaid]] (year 7) got turned down. turn these into an appeal statement: bullied at his last school, his sister [[PERSON|amira]] already goes there, we live 0.8 miles away. parent email [[EMAIL_ADDRESS|h.haddad.home@gmail.com]]",
    "resident parking permit renewal. portal login [[ID_NUMBER|jpritchard_77]] pw [[PASSWORD|tulipgarden22!]] and it says my proof of address is rejected. its a council tax bill for [[STREET_ADDRESS|41 aubrey walk, bristol bs3 3qd]]. what else can i upload",
    "uc sanctioned me for missing an appt i was never told about. work coach is [[PERSON|darren]]. write a mandatory reconsideration request, my ni [[ID_NUMBER|sx406217a]], phone [[PHONE_NUMBER|0161 496 0724]]",
    "wifes spouse visa extension. shes [[PERSON|nguyễn thị hoa]], passport [[ID_NUMBER|c4827193]], brp [[ID_NUMBER|zx4019273]]. make me a checklist of docs for flr(m) pls",
    "self assessment due, utr [[ID_NUMBER|48193 27506]] gateway id [[ID_NUMBER|6402 7719 3385]] pw [[PASSWORD|maplesyrup!1984]]. remind me what counts as allowable expenses for a dog walker",
    "got a pcn outside my own house even tho the permit was on the dash. draft an informal challenge. im [[PERSON|ravi menon]], [[STREET_ADDRESS|27 elm grove, southsea po5 1jf]], email [[EMAIL_ADDRESS|ravimenon.pompey@outlook.com]]",
    "old work pension, member number [[ID_NUMBER|ps-0084417]]. the scheme wants a letter of authority so my adviser [[PERSON|jo hartley]] can talk to them. draft it, my dob is 4/11/1961 and address [[STREET_ADDRESS|3 the paddocks, market harborough le16 7bx]]",
    "translate into polish for my neighbour [[PERSON|krystyna]]: 'the council are coming tuesday to look at the damp, if you cant be in text me on [[PHONE_NUMBER|07700 900562]] - [[PERSON|sue]]'",
    "dads got carers starting monday, finally. the agency ([[PERSON|kirsty]] is the coordinator) wants everything in writing before the first visit so can u write a note for them. his name is [[PERSON|dennis whitlow]], [[STREET_ADDRESS|flat 11 hazel court, wigan wn1 2pf]], key safe code [[PASSWORD|4071]], its on the wall left of the door behind the drainpipe. dog is called biscuit and is friendly but will try to escape. [[PERSON|dennis]] is deaf in his left ear so speak on the right. he likes tea no sugar. my number if anything happens [[PHONE_NUMBER|07700 900926]]",
    "collecting my brp at the post office, letter says bring passport. passport is [[ID_NUMBER|ea7302918]], name [[PERSON|chukwuemeka obi]]. do i need the vignette too? and can my brother [[PERSON|ikenna]] pick it up for me",
    "want single person discount, [[PERSON|lena]] moved out in jan. council tax ref [[ID_NUMBER|8830045712]], my name [[PERSON|petra novak]]. 3 sentences max",
    "registering [[PERSON|noor]] and [[PERSON|yusuf]] for primary. form wants the upn from the old school, they said [[PERSON|noor]]s is [[ID_NUMBER|h821460371024]]. what do i put for [[PERSON|yusuf]] if hes never been to school here",
    "on the housing register, no [[ID_NUMBER|hr/2291734]] band c. explain what band c means and how we get moved up? 5 of us in a 2 bed at [[STREET_ADDRESS|88b ladysmith rd, enfield en1 3as]]",
    "locked out of my universal credit account, username [[ID_NUMBER|fatouc_1990]], tried [[PASSWORD|banjul2019]] and [[PASSWORD|banjul2020]], neither works. payment due friday what do i do",
    "pip tribunal next month for my brother [[PERSON|callum reid]]. list what to bring. his nhs no [[ID_NUMBER|593 814 0269]], gp is dr [[PERSON|adeyemi]] if we need a letter",
    "got a text saying hmrc refund click link. it had my full name [[PERSON|siân pritchard]] and my number [[PHONE_NUMBER|07700900847]]. scam?? how did they get that",
    "summarise: [[PERSON|mo]] rang 12/2 re arrears £640, agreed £40 a month from [[IBAN_CODE|gb44barc20714583920147]] starting 1/3, wants paper letters not email. next review june",
    "moving to berlin, need the anmeldung. landlord is herr [[PERSON|brandt]], the form he gave says [[STREET_ADDRESS|boxhagener str. 41, 10245 berlin]]. my steuer id already came [[ID_NUMBER|47309518262]]. what else do i need for the residence permit",
    "my grandad [[PERSON|stanley]] got a call saying his pension needs verifying and he read out his account no [[ID_NUMBER|84015362]]. what do we do first, bank or action fraud",
    "help me fill the name boxes for my mother in law [[PERSON|王秀英]] on the uk visitor visa form, which bit is the surname? her passport is [[ID_NUMBER|ej4829170]]",
    "text [[PERSON|gaz]] for me: permit for the van is in the glovebox, pin for the permit site is [[PASSWORD|8841]], dont park on the yellow bit",
    "council tax band d is 2,187.44 and we get 25% off. [[PERSON|tomasz]] and i split it 50/50, whats my share per month over 10 months",
    "fix the grammar: dear sir i am writing regards my late husband [[PERSON|brian kettle]] tax affairs, his utr was [[ID_NUMBER|90271 34458]] and i am executor, my phone is [[PHONE_NUMBER|01632 960417]]",
    "my friend [[PERSON|оксана мельник]] came over on homes for ukraine, her rnokpp is [[ID_NUMBER|3184059262]]. what does she need to open a bank account, shes staying with us at [[STREET_ADDRESS|the old forge, church lane, little wenlock, telford tf6 5bb]]",
    "passport photo for baby [[PERSON|rowan]] rejected twice. countersignatory is our neighbour mrs [[PERSON|achterberg]], email [[EMAIL_ADDRESS|ilse.achterberg@btinternet.com]]. any tips for baby photos",
    # --- six in other languages: French, German, Spanish, Polish, Russian, Arabic ---
    "Pouvez-vous m'aider à écrire à la CAF ? Je m'appelle [[PERSON|Élodie Marchand]], numéro de sécurité sociale [[ID_NUMBER|2 87 04 75 113 284 90]], numéro allocataire [[ID_NUMBER|0374821]]. J'habite [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]] et mon APL n'a pas été versée ce mois-ci.",
    "Kannst du mir helfen, einen Widerspruch gegen meinen Bürgergeld-Bescheid zu formulieren? Absender: [[PERSON|Jürgen Albrecht]], [[STREET_ADDRESS|Kastanienallee 7, 10435 Berlin]], Tel. [[PHONE_NUMBER|030 23125 684]], Steuer-ID [[ID_NUMBER|61840273957]]. Der Bescheid kam am 14. Mai, die Miete wurde zu niedrig angesetzt.",
    "Necesito pedir cita para renovar mi TIE en Valencia. Me llamo [[PERSON|Camila Restrepo]], NIE [[ID_NUMBER|Y3095827H]], correo [[EMAIL_ADDRESS|camila.restrepo.vlc@gmail.com]]. ¿Qué documentos tengo que llevar si trabajo por cuenta ajena?",
    "Pomóż mi napisać wniosek do urzędu o zasiłek dla mojego brata [[PERSON|Pawła Wójcika]], PESEL [[ID_NUMBER|89072314589]], adres [[STREET_ADDRESS|ul. Długa 18/4, 31-147 Kraków]]. Brat leży w szpitalu i nie może sam podpisać, ja mam pełnomocnictwo.",
    "Помогите составить письмо в консульство: я, [[PERSON|Ирина Волкова]], потеряла загранпаспорт [[ID_NUMBER|75 4182937]] в Лондоне. Мой телефон [[PHONE_NUMBER|+44 7700 900236]], почта [[EMAIL_ADDRESS|irina.volkova.ldn@yandex.ru]]. Нужна справка для возвращения домой.",
    "ساعدني في كتابة رسالة إلى مكتب الجوازات. اسمي [[PERSON|أحمد حداد]]، رقم جواز السفر [[ID_NUMBER|N0482716]]، ورقم هاتفي [[PHONE_NUMBER|+971 50 418 2293]]. أريد تجديد إقامة زوجتي [[PERSON|ليلى]] قبل نهاية الشهر.",
    # --- 84 in ordinary English ---
    "Can you draft a letter to the council disputing a council tax bill? Account number [[ID_NUMBER|CT-3391027]]. I was a full-time student from September and so was my housemate [[PERSON|Priya Raman]]. Address: [[STREET_ADDRESS|Flat B, 112 Wightman Road, London N8 0LY]].",
    "Summarise this for my manager please, three bullets max: 'Repair visit 7/10. Tenant Mrs [[PERSON|Okonkwo]] reports black mould in back bedroom, worse since August, two children sleeping in the room, youngest has inhaler. Contractor [[PERSON|Lee Barnard]] to return with dehumidifier and mould wash, then assess extractor fan in bathroom which is not working. Tenant works nights so visits after 1pm only. Tenant mobile [[PHONE_NUMBER|07700 900114]]. Access via side gate, code [[PASSWORD|2291]]. Follow-up inspection in 6 weeks; if mould returns, refer to surveyor for damp survey and consider decant.'",
    "My pension statement says I have protected tax-free cash of 28%. What does that mean in plain terms? Member no. [[ID_NUMBER|AV-6620931]] if you need it, though you probably don't. [[PERSON|Alun]] has the same scheme and his says 25%.",
    "What's the quickest way to get an urgent passport for a trip on Friday? It's for [[PERSON|Keiko]]; her current one, [[ID_NUMBER|531948276]], expired last spring.",
    "My landlord signs his texts as [[PERSON|陈志明]]. He says the HMO licence inspection is on the 14th and I have to let the council in. Write a reply asking which officer is coming and whether I must be home? My number is [[PHONE_NUMBER|07700 900671]].",
    "Council tax band C here is £1,944.30 a year. If [[PERSON|Hope]] gets the single person discount from 1 August, how much is left to pay up to 31 March?",
    "I keep forgetting my Government Gateway details. User ID [[ID_NUMBER|8817 3302 4461]], password [[PASSWORD|Lighthouse-Kettle-48]]. Suggest a way to store these that isn't a sticky note on the fridge.",
    "Help me chase the Home Office about my ILR application, sent nine months ago. Name [[PERSON|Oluwaseun Adebayo-Clarke]], BRP [[ID_NUMBER|RK7104829]], email [[EMAIL_ADDRESS|seun.adebayo.clarke@gmail.com]]. Keep it short and polite.",
    "Is it normal for a GP surgery to ask for proof of address before registering? I'm staying with my aunt [[PERSON|Fatima]] at [[STREET_ADDRESS|17 Carlton Grove, Bradford BD5 7QN]] until my tenancy starts.",
    "Rewrite this so it sounds less angry: 'Third time asking!!! The boiler at [[STREET_ADDRESS|Flat 6, Brunswick House, Mill Lane, Cardiff CF10 1FL]] is STILL broken, my kids are freezing and [[PERSON|Gareth]] from repairs promised Tuesday.'",
    "The school office wants a copy of my passport to confirm [[PERSON|Tobiah]]'s address for their admissions audit. Is that a normal request or should I push back?",
    "Tidy this into a note for my brother [[PERSON|Rhys]]: mum's sheltered flat, door entry [[PASSWORD|7730]], key safe [[PASSWORD|1066]], warden [[PERSON|Pauline]] on [[PHONE_NUMBER|0113 496 0552]], bins go out Wednesday.",
    "My flatmate [[PERSON|김민준]] needs to register with a GP but he's nervous on the phone. Write a short script he can read out, with a Korean line under each English one.",
    "The Spanish pension office wants my UK bank details as an IBAN. Is [[IBAN_CODE|GB76 HBUK 4012 7649 3182 05]] the right shape for HSBC? The account is in the name of [[PERSON|Margaret Ellery]].",
    "I'm [[PERSON|Carter Lindgren]], a US citizen living in Leeds and have to file in both countries. Explain FBAR versus FATCA in a few lines? My SSN is [[US_SSN|512-48-7306]] and my UK UTR is [[ID_NUMBER|73015 92864]] if the forms ask.",
    "Paying my visa fee online and it keeps declining. Card [[CREDIT_CARD|4539 2817 6043 9156]], in [[PERSON|Olu]]'s name, expiry 08/27. Could it be the 3-D Secure step? What should I try next?",
    "I wrote a little script for our tenants' association that pulls repair statuses from the housing portal. Key is [[API_KEY|hsg_live_4f9b2e71d0c84a6e93b5f1d27c806e4a]] and I log in as admin with [[PASSWORD|Tenants#Unite88]]. Why would it suddenly return 401?",
    "Our parish council site keeps getting login attempts from [[IP_ADDRESS|203.0.113.47]] against the clerk's account, [[PERSON|Angela Moffat]]. How do I block one address in WordPress?",
    "Help me fill the name section of the EU Settlement Scheme form for [[PERSON|Γιώργος Παπαδόπουλος]]. His passport spells it [[PERSON|Georgios Papadopoulos]]. Which one goes in the box?",
    "Draft an email to the consulate asking whether a birth certificate needs an apostille. It's for my daughter [[PERSON|נועה כהן]], born in Haifa. Reply to [[EMAIL_ADDRESS|dcohen.mail@protonmail.com]].",
    "Translate into Hindi for [[PERSON|राजेश शर्मा]]: 'Your fingerprint appointment for the visa is at 10:40 on Monday. Bring your passport and the printed letter.'",
    "A colleague, [[PERSON|高橋健太]], lost his residence card in Tokyo. His My Number is [[ID_NUMBER|5281 9304 6724]]. What is the reissue process, and does he need a police report first?",
    "Write a friendly reminder to [[PERSON|สมชาย]] that his visa extension appointment is tomorrow at 9 and he needs two 4x6 photos and the TM.7 form filled in.",
    "I'm a support worker for [[PERSON|ნინო ბერიძე]]. Summarise her case for the housing panel in five lines: single mum, two children, evicted from [[STREET_ADDRESS|45 Porter Street, Hull HU1 2RH]] after a section 21, now in a B&B.",
    "Check this sentence for my letter to the immigration lawyer: 'My uncle [[PERSON|Արամ Պետրոսյան]] will sponsor me and provide accommodation at [[STREET_ADDRESS|Via Lodovico il Moro 118, 20143 Milano MI]].'",
    "Our Homes for Ukraine guest [[PERSON|Олена Коваленко]] wants to move GP practice. Her NHS number is [[ID_NUMBER|621 473 9053]]. Does she have to deregister first?",
    "My cousin [[PERSON|তানভীর হোসেন]] got a letter saying his student visa is being curtailed. What does curtailment mean and how long does he usually have?",
    "Help me appeal a PCN. I was unloading shopping outside [[STREET_ADDRESS|23 Lavender Hill, London SW11 5QW]], my own front door, and the blue badge for [[PERSON|Desmond]] was on display. PCN number WK40219385.",
    "Can you work out whether [[PERSON|Sunny]] should buy voluntary NI years? She has 31 qualifying years, the full rate is £221.20 a week, and each missing year costs £907.40.",
    "Make this sound more official for the housing association: 'hi its [[PERSON|Tash]] from number 4, the communal door code [[PASSWORD|4419B]] has been going round the whole estate on WhatsApp, can it be changed'",
    "Please write to my MP's caseworker about my asylum support being stopped. I'm [[PERSON|Abdirahman Warsame]], Home Office reference [[ID_NUMBER|W1193820]], phone [[PHONE_NUMBER|0121 496 0877]], living at [[STREET_ADDRESS|Room 3, 58 Soho Road, Birmingham B21 9BH]].",
    "What does 'nil rate band' mean on the inheritance tax form? My late father [[PERSON|Cyril Bamford]] left a house worth about £410k to me and my sister [[PERSON|Joy]].",
    "Can you compare renewing a passport by post versus online? I'd pay with [[CREDIT_CARD|5412 7730 2186 0948]] and I need it back before 20 June for [[PERSON|Ffion]]'s wedding in Crete.",
    "[[PERSON|Bazza]] from the tenants' group asked me to draft minutes from my scribbles. Attendees: [[PERSON|Barry Colquhoun]] (chair), [[PERSON|Ngozi Eze]], [[PERSON|Colm]] and me. Apologies from the lady at number 12. Item 1: lift out of order again, third time since June, [[PERSON|Ngozi]] to write to the housing association and copy in the councillor. Item 2: damp survey results, 14 flats affected, we want a timetable. Item 3: bins. Item 4: AOB, [[PERSON|Colm]] asked about the community garden. Next meeting first Thursday of the month. Keep it to half a page, plain and neutral.",
    "I run payroll for a small charity. New starter [[PERSON|Anneliese Voigt]], employee number [[ID_NUMBER|E-20417]], has no P45. Which starter checklist statement applies if she was on a student visa before?",
    "Plan my week: Monday call DWP about the PIP form, Tuesday school admissions deadline for [[PERSON|Esme]], Wednesday GP for the fit note, Thursday council about the parking permit. Add reminders.",
    "Hi, the council's parking portal won't take my card [[CREDIT_CARD|4916 0382 7745 1261]] for the visitor permit. Could the issue be that the billing address is [[STREET_ADDRESS|7 Marlborough Terrace, Bath BA1 2LU]] and the permit is for my mum's house?",
    "Write a short letter of authority so my daughter [[PERSON|Grace Otieno]] can speak to the Pension Service for me. My NI number is [[ID_NUMBER|NE 52 07 38 D]] and my phone [[PHONE_NUMBER|020 7946 0381]].",
    "Is [[EMAIL_ADDRESS|r.vasquez@ukmail-secure.net]] really HMRC? Asking for [[PERSON|Rosa]].",
    "My neighbour's hedge blocks the pavement and the council keeps passing it around. Draft a complaint from me, [[PERSON|Hilary Brooke-Ashton]], [[STREET_ADDRESS|2 Orchard Rise, Malvern WR14 2HD]], to the highways team.",
    "We're applying for a Canadian PR and the form asks for every address for ten years. Can you help me lay out mine as a table? Current: [[STREET_ADDRESS|1207 Barton St E, Hamilton, ON L8H 2W1]]. SIN [[ID_NUMBER|613 284 900]]. Also remind me to change my IRCC portal password, it's still [[PASSWORD|Niagara!Falls09]].",
    "Fix the tone: 'Dear Ms [[PERSON|Ferreira]], you have AGAIN sent the council tax reminder to the wrong flat. I live at 14C not 14B.'",
    "My tax return shows £1,240 owed but I thought my employer handled it. Can you explain payments on account? My partner [[PERSON|Dev]] says we could just pay from [[IBAN_CODE|GB34NWBK60842717493028]] in two chunks.",
    "Role-play the benefits assessor so I can practise. I'm [[PERSON|Frank]], 58, with COPD, and I can walk about 50 metres before stopping.",
    "Draft a reply to the landlord agent: deposit of £1,350 should be returned to [[PERSON|Lwazi Ndlovu]], sort code 20-71-45, account [[ID_NUMBER|58392014]]. We left [[STREET_ADDRESS|Flat 3, 9 Albany Road, Reading RG30 2UA]] on 28 February.",
    "Convert these dates to UK format for the visa form: 03/14/2019, 11/02/2021. And is the right passport number [[ID_NUMBER|X8T40217]] or should I leave off the X? It's [[PERSON|Mateo]]'s.",
    "Our GP practice wants a named contact for my dad [[PERSON|Seamus Doherty]]. Write a consent note naming me, [[PERSON|Niamh Doherty]], [[PHONE_NUMBER|+353 87 412 9930]], as his carer.",
    "What does a 'notice of seeking possession' mean for a council tenant? Mine arrived for [[STREET_ADDRESS|31 Ferndale Walk, Sheffield S2 4PF]] and I'm panicking.",
    "Can you check [[PERSON|Tamsin]]'s maths: council tax £2,310, she's paid three instalments of £231, so £1,617 left?",
    "Write a cover note for my housing benefit claim explaining I get paid every four weeks, not monthly. Claimant: [[PERSON|Ewa Lindqvist]], council tax account [[ID_NUMBER|51874409]].",
    "I need to email the Swedish Tax Agency to update my address after moving abroad. Personnummer [[ID_NUMBER|890417-3187]], new address [[STREET_ADDRESS|Unit 4, 27 Wattle Street, Fitzroy VIC 3065]]. Write it in simple English.",
    "Please list the documents for a first adult passport application. It's for [[PERSON|Jade]], 19, born in the UK to a mum with a Jamaican passport.",
    "The DVLA letter needs my old licence number. Is it [[ID_NUMBER|WHITT753128DA9KL]]? Also how long does a change of address take? My new place is [[STREET_ADDRESS|5 Kiln Lane, Ludlow SY8 1TP]].",
    "My wifi at the family hub is being used by the whole block. Router admin login [[ID_NUMBER|hubadmin]], password [[PASSWORD|Gr33nfield_Hub!]]. How do I change the network key without knocking the staff laptops off?",
    "Explain in simple words why Universal Credit took £212 off for 'capital'. My savings are in [[IBAN_CODE|GB40LOYD30962784015362]] and it's mostly money from my late mum [[PERSON|Dorothy]].",
    "Draft a polite email to Mr [[PERSON|Haverstock]] at the pension trustees asking why my transfer value fell 9% in six months.",
    "Can you make a table of who owes what for the shared house council tax? [[PERSON|Kofi]] 5 months, [[PERSON|Leah]] 12 months, [[PERSON|Anouk]] 7 months, total bill £1,836.",
    "Write a two-line text to [[PERSON|Mercy]] reminding her the school registration form needs the child's birth certificate and a utility bill, and to bring [[PERSON|Precious]] along to the meeting.",
    "I got a letter from the Italian Agenzia delle Entrate about my codice fiscale [[ID_NUMBER|BNDGPP79T11F839D]]. Translate the gist: 'Si comunica che risulta un debito di euro 312,40 relativo all'anno 2022.'",
    "How do I claim back tax on a pension lump sum? Form P55 or P53Z? I'm [[PERSON|Ian]], 57, and the lump sum was paid into [[IBAN_CODE|IE48 BOFI 9001 4582 7160 93]]... sorry, actually [[IBAN_CODE|GB60MIDL40051573820946]], wrong account.",
    "Help my grandmother [[PERSON|Blessing Nwachukwu]] renew her Nigerian passport from London. Her old number is [[ID_NUMBER|A07719245]] and she lives at [[STREET_ADDRESS|48 Peckham Rye, London SE15 4JR]].",
    "My employer asked for my right to work share code but I'm an Irish citizen. What do I tell HR? Employee ID [[ID_NUMBER|HR-884102]], manager is [[PERSON|Chidi]].",
    "Please proofread my appeal to the school admissions panel: 'Our son [[PERSON|Idris]] has a diagnosed heart condition and the nearest school is 300 metres from [[STREET_ADDRESS|19 Beacon Road, Loughborough LE11 2BG]].'",
    "Send [[PERSON|Macca]] a message: permit's renewed, new visitor PIN is [[PASSWORD|552019]], tell your mum she can park from Saturday.",
    "The Dutch gemeente wants proof of my BSN for the rental allowance. Is [[ID_NUMBER|318469273]] valid format? My address is [[STREET_ADDRESS|Weteringschans 142-2, 1017 XN Amsterdam]].",
    "My US mother [[PERSON|Barbara Kinnear]] needs to prove her identity to Social Security from abroad. Her SSN is [[US_SSN|231-67-4098]] and she lives at [[STREET_ADDRESS|4417 Larkspur Ave, Apt 3C, Columbus, OH 43214]] half the year. What documents work?",
    "Calculate my Child Benefit high income charge: I earn £64,500, [[PERSON|Robin]] earns £28,000 and we have two children. Who pays it?",
    "Write a message to my Airbnb guest telling him the lockbox code [[PASSWORD|3862]] changes after the council licence inspection. He's called [[PERSON|Joaquín]].",
    "The South African Home Affairs office needs my ID to renew my passport from the UK. ID number [[ID_NUMBER|8706145283085]], email [[EMAIL_ADDRESS|thandeka.m.dlamini@webmail.co.za]]. What's the process at the high commission?",
    "Could you simplify this letter for my uncle [[PERSON|Sterling]]? 'Your claim for Attendance Allowance has been disallowed because the conditions are not satisfied.'",
    "I'm treasurer of a residents' association and the bank wants the committee details. Chair [[PERSON|Winifred Acheampong]], [[PHONE_NUMBER|(0118) 496 0735]]; secretary [[PERSON|Dawn]], [[PHONE_NUMBER|0118 496 0291]]. Format this as a list?",
    "Can you help me write a script for calling the Irish Revenue? PPS number [[ID_NUMBER|8172634C]]. I'm [[PERSON|Ciarán Ó Briain]] and I was taxed under emergency tax for three months.",
    "What is the Turkish residence permit online form asking for in 'kimlik no'? My wife [[PERSON|Elif Şahin]] has [[ID_NUMBER|38461572040]] on her card.",
    "CTR rules for [[PERSON|Wren]]?",
    "Draft an email from me ([[PERSON|Kaveh Rostami]], [[EMAIL_ADDRESS|kaveh.rostami@mailbox.org]]) to the council's blue badge team saying the renewal has been stuck at 'in review' for 11 weeks.",
    "My login for the Australian myGov is [[ID_NUMBER|lachie_b_84]], password [[PASSWORD|Kookaburra#Dune7]]. It says my TFN [[ID_NUMBER|384 615 203]] doesn't match. What would cause that?",
    "Thank-you card for [[PERSON|Mei Ling]], our caseworker. Warm, short.",
    "Which pension should I take first, the one with member number [[ID_NUMBER|SCH-55821-K]] or the state one? I'm [[PERSON|Ruby]], 64, still working two days a week.",
    "Fill in a GP registration for [[PERSON|Amadou Diallo]] from these notes: born Dakar 1990, address [[STREET_ADDRESS|Flat 14, 203 Stretford Road, Manchester M15 5TP]], mobile [[PHONE_NUMBER|07700 900935]], no NHS number yet.",
    "Our new nanny [[PERSON|Ana Ribeiro]] needs a National Insurance number. She has a CPF from Brazil, [[ID_NUMBER|317.842.906-96]]. Does that help at all?",
    "Is a council allowed to send bailiffs after one missed payment? The account is [[ID_NUMBER|60028813]] and I'm disabled. Just want to know my rights first.",
    "Translate to Portuguese for my tenant [[PERSON|Luís]]: 'The gas safety check is on Thursday between 8 and 12. The engineer is [[PERSON|Mark]] and will call [[PHONE_NUMBER|07700 900276]] before arriving.'",
    "I need to register my dad's death and cancel his benefits. Can you list everyone to tell? He was [[PERSON|Harold Pinchbeck]], NHS number [[ID_NUMBER|942 816 5301]].",
    "Reword for a formal complaint to the parking team: 'the warden was rude and wouldnt look at the permit when I showed him'. Sign it from [[PERSON|Lorraine Dube]], permit holder account [[ID_NUMBER|PKA-771204]].",
]

# 100 one-person records in the manner of presidio-research's synthetic sentences and
# Nannigalaxy-style rows: a name and one to four other values each.
RECORDS = [
    "[[PERSON|Harriet Achebe]] applied for a residents' parking permit for [[STREET_ADDRESS|6 Gloucester Mews, Cheltenham GL50 3JN]] and can be reached on [[PHONE_NUMBER|01632 960588]].",
    "name: [[PERSON|Declan Furlong]] | nino: [[ID_NUMBER|WL 81 36 04 A]] | phone: [[PHONE_NUMBER|07700 900733]] | claim: PIP new",
    '{"claimant": "[[PERSON|Yetunde Bakare]]", "nino": "[[ID_NUMBER|AB296571C]]", "email": "[[EMAIL_ADDRESS|yetunde.bakare@gmail.com]]", "benefit": "Carer\'s Allowance"}',
    '2024-03-11T09:14:02Z INFO council-portal login ok user=[[ID_NUMBER|m.strachan41]] ip=[[IP_ADDRESS|198.51.100.23]] display_name="[[PERSON|Moira Strachan]]"',
    "[[PERSON|Tan Wei Ling]],[[ID_NUMBER|S8624175G]],[[PHONE_NUMBER|+65 9183 4420]],HDB renewal",
    "Dear Mr [[PERSON|Haldane]], your council tax account [[ID_NUMBER|71204338]] is now £412.60 in arrears. Please pay within 14 days or contact us to agree a plan.",
    "[[PERSON|Priscilla Adjei]]'s pension credit award was sent to [[STREET_ADDRESS|33 Windmill Lane, Southall UB2 4ND]] on 2 May.",
    "Passport holder [[PERSON|Yiannis Christodoulou]], passport no. [[ID_NUMBER|K00418723]], requested a replacement after the document was water damaged.",
    "Tenant: [[PERSON|Shirin Mahmoudi]]; rent account [[ID_NUMBER|TNT-40921]]; repair: kitchen extractor fan; contact [[PHONE_NUMBER|07700 900489]]",
    "The GP practice registered [[PERSON|Leopold Matuszewski]], NHS number [[ID_NUMBER|407 392 6187]], with a home address of [[STREET_ADDRESS|12 Queen's Drive, Glasgow G42 8BX]].",
    "[[PERSON|佐藤美咲]] 様 在留カード番号 [[ID_NUMBER|SK40718263EA]] の更新手続きが完了しました。",
    "From: [[PERSON|Samira Belkacem]] <[[EMAIL_ADDRESS|samira.belkacem@orange.fr]]> Subject: attestation CAF pour mon dossier de logement",
    "Applicant [[PERSON|Anatoly Berezin]] gave his phone as [[PHONE_NUMBER|+44 20 7946 0518]] and his password hint answer as [[PASSWORD|Kaliningrad1996]].",
    "[[PERSON|박서연]] | 주민등록번호 [[ID_NUMBER|950311-2748010]] | [[PHONE_NUMBER|010-4827-3391]]",
    "Please send the school admission offer for [[PERSON|Ellis Thornbury]] to [[EMAIL_ADDRESS|thornbury.family@btinternet.com]].",
    "HMRC record: [[PERSON|Gwendolyn Parry]], UTR [[ID_NUMBER|26840 17395]], agent authorised 19/01.",
    "[[PERSON|Ignatius Mwangi]] paid the visa fee with card [[CREDIT_CARD|5231 8804 6617 3023]] and listed his address as [[STREET_ADDRESS|Plot 22, Ngong Road, Nairobi 00100]].",
    "resident_id,name,permit_zone,mobile\n[[ID_NUMBER|40418]],[[PERSON|Cormac Ryle]],Zone K,[[PHONE_NUMBER|07700 900164]]",
    "[[PERSON|Σοφία Νικολάου]], ΑΜΚΑ [[ID_NUMBER|14078803153]], διεύθυνση [[STREET_ADDRESS|Ερμού 52, 105 63 Αθήνα]]",
    "Pension scheme member [[PERSON|Geraldine Okoro]] (member no. [[ID_NUMBER|NHSPS-4471920]]) asked for a retirement quote.",
    "The tribunal appellant, [[PERSON|Bernadette Cole]], lives at [[STREET_ADDRESS|Flat 2, 40 Newport Road, Middlesbrough TS1 5JD]] and her SSN from US service is [[US_SSN|407-21-8836]].",
    "[[PERSON|Arjun Nair]] | Aadhaar [[ID_NUMBER|6382 9147 2056]] | [[STREET_ADDRESS|Flat 302, Shanti Apartments, 14th Cross, Indiranagar, Bengaluru 560038]]",
    "User [[PERSON|Clemence Dubois]] reset her impots.gouv password to [[PASSWORD|Lavande&Sel2023]] from [[IP_ADDRESS|192.0.2.114]].",
    "Visa applicant [[PERSON|Nomvula Khumalo]], passport [[ID_NUMBER|M00372914]], phone [[PHONE_NUMBER|+27 82 419 3307]].",
    "[[PERSON|Eamon Gallagher]] is the named contact for the council tax account at [[STREET_ADDRESS|Apt 9, Grattan Court, Mount Street Lower, Dublin 2, D02 X285]].",
    "Reminder for [[PERSON|Lucy-Anne Pryce]]: your resident permit PIN is [[PASSWORD|6093]] and expires with the permit.",
    "[[PERSON|Rashida Begum]] submitted a housing benefit claim from [[STREET_ADDRESS|21 Cannon Street Road, London E1 0BH]], telephone [[PHONE_NUMBER|020 7946 0942]].",
    "Steuerpflichtiger: [[PERSON|Friedrich Hollmann]], Steuer-ID [[ID_NUMBER|47093816257]], Anschrift [[STREET_ADDRESS|Lindenstraße 12, 50674 Köln]]",
    "[[PERSON|Mariam Tadesse]] was issued BRP [[ID_NUMBER|ZT9082164]] and gave [[EMAIL_ADDRESS|mariam.tadesse@outlook.com]] for updates.",
    "Parking appeal submitted by [[PERSON|Osagie Igbinedion]] of [[STREET_ADDRESS|9 Kingsley Avenue, Luton LU3 1QP]].",
    '{"pupil": "[[PERSON|Freya Lindholm]]", "upn": "[[ID_NUMBER|K318204975160]]", "year": 4}',
    "Dear [[PERSON|Vikram]], your GP registration is complete. Your NHS number is [[ID_NUMBER|826 104 7350]].",
    "[[PERSON|Magnus Eriksen]] | fødselsnummer [[ID_NUMBER|14038927419]] | [[STREET_ADDRESS|Thorvald Meyers gate 52, 0555 Oslo]]",
    "[[PERSON|Li Na]] paid her residence permit fee from [[IBAN_CODE|DE63 1005 0000 4182 7364 05]].",
    "2024-06-02 17:40:11 WARN tax-portal failed login for [[ID_NUMBER|gpsingh1972]] from [[IP_ADDRESS|203.0.113.209]] (3 attempts) account owner [[PERSON|Gurpreet Singh]]",
    "[[PERSON|Adaeze Okafor]] of [[STREET_ADDRESS|15 Adeola Odeku Street, Victoria Island, Lagos 101241]] renewed her passport, phone [[PHONE_NUMBER|+234 803 417 2290]].",
    "Appeal lodged by [[PERSON|Teodora Marinescu]], CNP [[ID_NUMBER|2850712403188]], against the refusal of her residence card.",
    "[[PERSON|Hiroshi Tanaka]], My Number [[ID_NUMBER|3946 1082 5719]], address [[STREET_ADDRESS|2-4-9 Umeda, Kita-ku, Osaka 530-0001]]",
    "Name: [[PERSON|Bridget O'Rourke]]\nPPS: [[ID_NUMBER|3948217AA]]\nEmail: [[EMAIL_ADDRESS|bridget.orourke@eircom.net]]",
    "The landlord [[PERSON|Cornelius Vandermeer]] can be reached on [[PHONE_NUMBER|0117 496 0312]] about the repair.",
    "[[PERSON|Fatemeh Karimi]] changed her benefits portal password to [[PASSWORD|Anar-Shirin-77]].",
    "Council tax single person discount approved for [[PERSON|Jolene Brackley]], account [[ID_NUMBER|30771956]], from 1 April.",
    "Patient [[PERSON|Ruairí MacNeill]], NHS no [[ID_NUMBER|319 582 6747]], mobile [[PHONE_NUMBER|07700 900207]], registering at Ferry Road practice.",
    "[[PERSON|Lucía Fernández Ortega]], DNI [[ID_NUMBER|53847261Y]], [[STREET_ADDRESS|Calle de Sueca 23, 3º 2ª, 46006 València]]",
    "Visitor permit purchase: [[PERSON|Norbert Kiss]], card [[CREDIT_CARD|4024 0071 3398 5522]], 10 sessions.",
    "[[PERSON|Thandiwe Moyo]] emailed [[EMAIL_ADDRESS|t.moyo.housing@gmail.com]] asking for her bidding number.",
    "Recipient: [[PERSON|Ahmet Yılmaz]] — [[STREET_ADDRESS|Moda Cad. No:27 D:5, 34710 Kadıköy/İstanbul]] — kimlik [[ID_NUMBER|52709318498]]",
    "[[PERSON|Prudence Mbeki]] said her pension should go into [[IBAN_CODE|GB13 WEST 3047 1182 9465 30]] from next month.",
    "Applicant [[PERSON|Joaquim Teixeira]], NIF [[ID_NUMBER|238614905]], pediu a autorização de residência em [[STREET_ADDRESS|Rua da Bica de Duarte Belo 44, 1200-056 Lisboa]].",
    "[[PERSON|Kwabena Asante]] is employee [[ID_NUMBER|EMP-009182]] and needs a letter confirming his salary for the visa.",
    "Housing officer note: spoke to [[PERSON|Maureen]] on [[PHONE_NUMBER|0161 496 0193]], she will leave the gate code [[PASSWORD|8812]] for the surveyor.",
    "[[PERSON|Yusuf Demir]] — username [[ID_NUMBER|ydemir_istanbul]] — last login [[IP_ADDRESS|198.51.100.77]]",
    "[[PERSON|Ingrid Solberg]] paid the passport fee with [[CREDIT_CARD|3714 962837 15200]] and asked for courier return.",
    "The new address for [[PERSON|Aoife Brennan]] is [[STREET_ADDRESS|12 Kowhai Road, Mount Eden, Auckland 1024]]; NHI [[ID_NUMBER|ZKT4180]].",
    "PIP assessment booked for [[PERSON|Graham Tulloch]], ni [[ID_NUMBER|TM 07 44 92 B]], home visit at [[STREET_ADDRESS|4 Links View, Kirkcaldy KY1 1QT]].",
    "[[PERSON|Zainab Abubakar]], [[EMAIL_ADDRESS|zainab.abubakar@yahoo.co.uk]], [[PHONE_NUMBER|07700 900398]]",
    "Dear Ms [[PERSON|Kowalewska]], we have received your appeal about the parking penalty. We will reply by email to [[EMAIL_ADDRESS|a.kowalewska@interia.pl]].",
    "[[PERSON|Olamide Oyelaran]] asked the council to refund her overpaid council tax to [[IBAN_CODE|GB89 NWBK 6073 2918 4022 75]].",
    "[[PERSON|Rosalind Ashby]] has been given temporary accommodation at [[STREET_ADDRESS|Room 12, 7 Station Parade, Croydon CR0 2AF]].",
    "Member [[PERSON|Kristofer Lund]] · personnummer [[ID_NUMBER|920903-6426]] · [[EMAIL_ADDRESS|kristofer.lund@telia.se]]",
    "[[PERSON|Dana Whitcombe]] asked for her Universal Credit journal password to be reset; the new temporary one is [[PASSWORD|Temp-8Qz4-Rw]].",
    "The school has [[PERSON|Benedikt Graf]] on roll; emergency contact phone [[PHONE_NUMBER|+49 40 66969 412]].",
    "[[PERSON|Layla Al-Amiri]] submitted her tax return from [[IP_ADDRESS|2001:db8:4a1::17]] using Government Gateway ID [[ID_NUMBER|5519 2073 6648]].",
    "Complaint from [[PERSON|Percival Onwuachi]] regarding the damp at [[STREET_ADDRESS|Flat 8, Beaumont Court, Leicester LE2 0QH]]. Repair job 4471-DM raised.",
    "[[PERSON|Sinéad Kavanagh]] | PPS [[ID_NUMBER|3482951KA]] | phone [[PHONE_NUMBER|+353 86 201 7745]]",
    "[[PERSON|Rafael Costa]] informou o CPF [[ID_NUMBER|604.159.283-89]] e o endereço [[STREET_ADDRESS|Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001]].",
    "Dear [[PERSON|Hannah]], your parking permit account [[ID_NUMBER|RPA-330912]] has been renewed for 12 months.",
    "[[PERSON|Oleksandr Bondarenko]], RNOKPP [[ID_NUMBER|2974618352]], arrived under the Ukraine Family Scheme and lives at [[STREET_ADDRESS|27 Grange Road, Darlington DL1 5NP]].",
    "[[PERSON|Chloe Ashworth-Bell]] pays council tax by direct debit from account [[ID_NUMBER|73920148]].",
    "The visa officer interviewed [[PERSON|Emmanuel Boateng]], whose email is [[EMAIL_ADDRESS|emmanuel.boateng@gmail.com]] and whose SSN is [[US_SSN|318-56-2049]].",
    "log: 2024-09-14 08:02 benefits-api token [[API_KEY|ben_sk_9Xk2Lq7Vm3Rt8Wz1Pd6Hn4Cy0Bf5Gj]] issued to caseworker [[PERSON|Ruth Abernethy]]",
    "[[PERSON|Peter Van den Broeck]], rijksregisternummer [[ID_NUMBER|85.07.14-283.64]], [[STREET_ADDRESS|Rue Haute 214, 1000 Bruxelles]]",
    "[[PERSON|Noura El-Sayed]] confirmed her GP appointment by text from [[PHONE_NUMBER|07700900512]].",
    "[[PERSON|Tomás Ruiz]] renewed his TIE with NIE [[ID_NUMBER|X4728361K]].",
    "Ms [[PERSON|Achieng Otieno]] reported that her pension payment did not arrive in [[IBAN_CODE|GB88 LOYD 3091 2477 5038 61]].",
    '{"name": "[[PERSON|Mikael Virtanen]]", "hetu": "[[ID_NUMBER|220987-615R]]", "phone": "[[PHONE_NUMBER|+358 40 712 3384]]"}',
    "[[PERSON|李娜]]，身份证号 [[ID_NUMBER|310104198806124732]]，手机 [[PHONE_NUMBER|+86 139 1742 8856]]",
    "[[PERSON|Annika Berg]] uploaded a utility bill for [[STREET_ADDRESS|Storgatan 14 lgh 1102, 852 30 Sundsvall]] to the residence permit portal.",
    "Account holder [[PERSON|Desmond Achterberg]], customer number [[ID_NUMBER|CUS-88104273]], requested paper bills.",
    "[[PERSON|Дмитрий Соколов]], паспорт [[ID_NUMBER|45 09 718243]], тел. [[PHONE_NUMBER|+7 916 482 1930]]",
    "[[PERSON|Chiara Lombardi]], codice fiscale [[ID_NUMBER|LMBCHR90M63L219M]], email [[EMAIL_ADDRESS|chiara.lombardi@libero.it]]",
    "Appointment letter sent to [[PERSON|Joseph Mensah-Bonsu]] at [[STREET_ADDRESS|60 Claremont Road, Wallasey CH45 6UE]] for the blue badge assessment.",
    "[[PERSON|Yosef Levi]], teudat zehut [[ID_NUMBER|204739189]], phone [[PHONE_NUMBER|+972 52 381 4407]]",
    "[[PERSON|प्रिया पटेल]] ने अपना आधार नंबर [[ID_NUMBER|9053 2816 4718]] पासपोर्ट आवेदन में दिया।",
    "Tenancy sign-up: [[PERSON|Callie Rutherford]], tenant ref [[ID_NUMBER|T-5582097]], key fob PIN [[PASSWORD|3190]], mobile [[PHONE_NUMBER|07700 900845]].",
    "[[PERSON|Jonas Kaufmann-Riedl]], [[STREET_ADDRESS|Mariahilfer Straße 88/3/12, 1070 Wien]], IBAN [[IBAN_CODE|AT31 2011 1840 2736 1905]]",
    "[[PERSON|فاطمة بنعلي]] قدمت طلب الإقامة برقم جواز [[ID_NUMBER|JY4128803]] وبريدها [[EMAIL_ADDRESS|fatima.benali@gmail.com]]",
    "[[PERSON|Kasia Zielińska]], PESEL [[ID_NUMBER|94110856376]], prosi o zwrot podatku.",
    "Caller [[PERSON|Barnaby Stokes]] gave his Pension Credit ni as [[ID_NUMBER|HR 63 18 25 D]] and his phone as [[PHONE_NUMBER|0131 496 0658]].",
    "[[PERSON|Nasrin Hosseini]] | [[STREET_ADDRESS|1207 West 41st Avenue, Vancouver, BC V6M 1Z4]] | SIN [[ID_NUMBER|482 715 364]]",
    "[[PERSON|Willemijn de Groot]] vroeg huurtoeslag aan; haar rekening is [[IBAN_CODE|NL39 ABNA 0592 7381 46]].",
    "Registration confirmed for [[PERSON|Obinna Chukwu]] at [[STREET_ADDRESS|Flat 5, 18 Heaton Road, Newcastle upon Tyne NE6 1SA]], NHS number [[ID_NUMBER|571 036 2840]].",
    "[[PERSON|Matilda Okonjo]] paid her late filing penalty using card [[CREDIT_CARD|4556 7193 0284 6618]].",
    "[[PERSON|கார்த்திக் சுப்பிரமணியம்]], passport [[ID_NUMBER|T4821937]], mobile [[PHONE_NUMBER|+91 98401 72265]]",
    "Dear [[PERSON|Jonah Wallace]], thank you for your housing appeal. We will reply to [[EMAIL_ADDRESS|housingappeal.jwallace@gmail.com]] within 20 working days.",
    "[[PERSON|Stellan Åkerlund]] logged into the pension dashboard as [[ID_NUMBER|stellan.akerlund]] with password [[PASSWORD|Fjällräv-Ö9]].",
    "[[PERSON|Kateryna Shevchuk]] rents [[STREET_ADDRESS|ul. Mokotowska 41 m. 7, 00-551 Warszawa]] and pays from [[IBAN_CODE|PL03 1020 5226 0000 0034 0281 7640]].",
    "[[PERSON|Reuben Goldsmith]] called from [[PHONE_NUMBER|(416) 555-0147]] about his OAS pension.",
    "[[PERSON|Nkechi Umeh]] entered [[ID_NUMBER|KC 91 02 57 A]] as her national insurance number on the UC form.",
    "[[PERSON|Ethan Marsh]], [[US_SSN|529-38-1174]], [[STREET_ADDRESS|811 Dellwood Drive, Boise, ID 83706]]",
]

# 25 MT-Bench/Vicuna-style prompts: writing, role-play, reasoning, extraction, coding.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that every council should publish its repair response times online every month.",
    "Compose a short story in which Franz Kafka's Josef K. tries to renew a parking permit and is sent to a different office each day.",
    "Explain the difference between a tax allowance and a tax relief to someone who has never filed a return.",
    "Pretend you are Charles Dickens describing a modern benefits call centre in the style of the Circumlocution Office.",
    "Draft a template letter a tenant could adapt to report a disrepair issue to a social landlord, with placeholders instead of real details.",
    "What were the main proposals of the Beveridge Report of 1942, and which of them shaped the welfare state?",
    "Give me five tips for writing a clear appeal letter against a refused school place, without sounding emotional.",
    "Compare a flat-rate state pension with an earnings-related one. What are the trade-offs for a government?",
    "Write a Python function that takes a council tax band letter and returns the ratio to band D used in England.",
    "Extract every deadline from this text and list them as dates: 'Returns are due 31 October on paper and 31 January online; payments on account fall on 31 January and 31 July.'",
    "Role-play a patient, kind receptionist at a GP practice explaining to a new resident how registration works.",
    "Why did Otto von Bismarck introduce old-age pensions in Germany in the 1880s? Answer in two paragraphs.",
    "Write a limerick about a passport photo that keeps getting rejected for having a shadow.",
    "Summarise the arguments for and against automatic enrolment into workplace pensions.",
    "If a form asks for 'country of birth' and 'nationality at birth', how are those different? Give examples.",
    "Design a simple flowchart, in text, for deciding whether someone needs a visa to visit the United Kingdom.",
    "What did Clement Attlee's government change about housing after the Second World War?",
    "Write a SQL query that counts open repair requests by housing estate and orders the result by the oldest request.",
    "Imagine Sherlock Holmes examining a council tax bill to deduce how many people live in a house. Write the scene.",
    "Rewrite this sentence in plain English: 'Notwithstanding the foregoing, the applicant shall furnish documentary evidence of habitual residence.'",
    "Which is harder to design fairly, a means-tested benefit or a universal one? Argue both sides briefly.",
    "Write a polite phone script for asking a tax office to explain a letter you do not understand.",
    "List the main steps of a typical citizenship application and the usual pitfalls at each step.",
    "How did the Poor Law Amendment Act of 1834 change relief for the poor in England and Wales?",
    "Create a checklist for someone moving house: which public bodies need to know the new address and in what order?",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Nadia's council tax is £1,860 a year paid over 10 monthly instalments. She gets a 25% single person discount. How much is each instalment?",
    "A passport office processes 420 applications an hour. How many applications does it process in a 7.5-hour shift?",
    "Tobias buys a residents' parking permit for £96 a year and 4 books of visitor vouchers at £12.50 each. How much does he spend in total?",
    "A housing repair team fixes 18 boilers a week. There are 153 boilers on the waiting list. How many full weeks will it take to fix them all?",
    "Ines earns £31,400. The personal allowance is £12,570 and the basic rate is 20%. How much income tax does she pay?",
    "A school has 30 places in Reception and 94 applications. If 12 places go to siblings, how many applications compete for the rest?",
    "Kemal's state pension is £221.20 a week. How much is that over a 52-week year?",
    "A council sends 2,400 letters. 15% come back undelivered. How many were delivered?",
    "Rhiannon's visa fee is £827 and the health surcharge is £1,035 a year for 2.5 years. What is the total cost?",
    "A GP practice registers 36 new patients a week. How many new patients does it register in 13 weeks?",
    "Pavel pays £54 a month towards council tax arrears of £702. How many months until the arrears are cleared?",
    "A benefits office answers 65% of 1,200 calls on a Monday. How many calls go unanswered?",
    "Marisol saves £45 a week towards a £385 citizenship fee. After how many weeks does she have enough?",
    "A parking zone has 240 bays. 180 are for residents and the rest are pay and display. What fraction are pay and display?",
    "Jonah's rent is £860 a month and housing support covers 70%. How much does he pay himself each month?",
    "A tax return has 8 sections. Leila spends 12 minutes on each of the first 5 and 20 minutes on each of the others. How long does she take?",
    "A passport costs £88.50 online and £100 by post. How much do four people save by all applying online?",
    "A council repairs 3 miles of pavement a month. How many months to repair 40 miles if it works every month?",
    "Ayodele's pension pot is £48,000. She takes 25% tax-free. How much is left in the pot?",
    "A school bus carries 42 pupils. How many buses are needed for 310 pupils?",
    "Bruno's council tax rose from £1,720 to £1,806. By what percentage did it rise?",
    "A visa centre gives appointments every 15 minutes from 8:30 to 16:30. How many appointments are there in a day?",
    "Freya claims mileage at 45p a mile for the first 10,000 miles. She drove 6,240 work miles. How much can she claim?",
    "A housing association has 1,250 homes and 8% are empty. How many homes are occupied?",
    "Oskar pays a parking fine of £70, reduced by half if paid within 14 days. He pays on day 9. How much does he pay?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which body in the UK collects income tax? A) DVLA B) HMRC C) Ofsted D) Ofgem",
    "A progressive tax is one in which: A) everyone pays the same amount B) the rate rises with income C) only companies pay D) the rate falls with income",
    "The Beveridge Report identified five 'giant evils'. Which of these was one of them? A) Idleness B) Inflation C) Pollution D) Taxation",
    "In economics, a means-tested benefit is paid: A) to everyone B) only to those below an income or savings limit C) only to pensioners D) only to employers",
    "Which document normally proves a person's nationality when travelling abroad? A) Library card B) Passport C) Council tax bill D) Payslip",
    "Under a pay-as-you-go pension system, current pensions are funded mainly by: A) current workers' contributions B) gold reserves C) lottery sales D) import tariffs",
    "A 'local authority' in the UK is best described as: A) a private company B) a council providing local services C) a court D) a bank",
    "Council tax in England is based on: A) income B) property valuation bands C) number of cars D) age of residents",
    "Which principle says a public decision-maker must hear both sides before deciding? A) Audi alteram partem B) Caveat emptor C) Res ipsa loquitur D) Habeas corpus",
    "An appeal to a tribunal usually asks it to: A) write new law B) review a decision C) collect taxes D) issue passports",
    "What is the main purpose of a national insurance contribution record? A) Voting registration B) Entitlement to some benefits and the state pension C) Car tax D) School admissions",
    "Which of these is an example of an indirect tax? A) Income tax B) VAT C) Capital gains tax D) Inheritance tax",
    "Judicial review examines: A) whether a decision was lawfully made B) whether a film is suitable C) exam marks D) tax rates",
    "A Schengen visa allows short stays of up to: A) 30 days in any 60 B) 90 days in any 180 C) 180 days in any 365 D) one year",
    "Which term describes a tax whose burden falls more heavily on lower incomes? A) Progressive B) Regressive C) Proportional D) Marginal",
    "In housing law, 'disrepair' refers to: A) a landlord's failure to keep a property in repair B) a rent increase C) subletting D) a deposit dispute",
    "The ombudsman's role is mainly to: A) prosecute crimes B) investigate complaints about maladministration C) set interest rates D) run elections",
    "Which organisation issues UK passports? A) HM Passport Office B) The Post Office C) The Met Office D) Companies House",
    "A 'marginal tax rate' is the rate paid on: A) all income B) the next unit of income C) savings only D) property only",
    "Which of these is a feature of a universal basic income? A) Paid to all regardless of means B) Paid only to the unemployed C) Paid only in winter D) Paid as a loan",
    "Bureaucracy as an ideal type with rules and hierarchy was described by: A) Max Weber B) Adam Smith C) John Locke D) Karl Popper",
    "The first old-age pensions in Britain were introduced in: A) 1815 B) 1908 C) 1946 D) 1975",
    "Which of the following is usually needed to register a child at a state school? A) Proof of address B) A driving licence C) A tax code D) A credit card",
    "A statutory instrument is: A) a musical instrument owned by the state B) secondary legislation made under an Act C) a court ruling D) a treaty",
    "In public finance, a 'deficit' occurs when: A) spending exceeds revenue in a year B) debt is repaid C) taxes rise D) inflation falls",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Do I need to be registered with a GP to get a flu vaccine at a pharmacy?",
    "How long does it usually take for a fit note to be issued after a GP appointment?",
    "Can black mould in a rented flat cause asthma symptoms in children?",
    "What should I bring to a first appointment at a new GP surgery?",
    "Is it safe to sleep in a bedroom with damp patches on the ceiling?",
    "How can I get a copy of my own medical records, and is there a fee?",
    "What vaccinations are usually needed before starting primary school?",
    "Can stress from paperwork and debt cause chest pain, or should chest pain always be checked?",
    "Does a visa medical for tuberculosis involve a chest X-ray or a blood test?",
    "What is the difference between a walk-in centre and an urgent treatment centre?",
    "How do I get a prescription if I have just moved and have no GP yet?",
    "Are free NHS prescriptions available to people over 60 in England?",
    "What can help with insomnia caused by money worries?",
    "Is cold weather in a poorly heated home a risk for older people with heart conditions?",
    "Can I see a dentist on the NHS without being registered with one?",
    "What is a carer's assessment and does it cover the carer's own health?",
    "How much physical activity should a person over 65 aim for each week?",
    "Does a disability benefit assessment require medical evidence from a specialist?",
    "What are common signs of carbon monoxide poisoning from a faulty boiler?",
    "How often should adults have an eye test, and is it free for anyone?",
    "Can I register with a GP if I do not have proof of address or immigration status?",
    "What are the early signs of depression in someone who has recently lost their job?",
    "Is it normal to feel anxious before a benefits assessment, and what helps?",
    "What should I do if a prescribed medicine runs out while I am abroad?",
    "How do I find out if my child's school has a nurse or health visitor?",
]

NATIONAL_IDS = {
    "730 194 5825": nhs_ok,  # NHS number
    "593 814 0269": nhs_ok,
    "621 473 9053": nhs_ok,
    "942 816 5301": nhs_ok,
    "407 392 6187": nhs_ok,
    "826 104 7350": nhs_ok,
    "319 582 6747": nhs_ok,
    "571 036 2840": nhs_ok,
    "47309518262": steuer_id_ok,  # German tax id
    "61840273957": steuer_id_ok,
    "47093816257": steuer_id_ok,
    "2 87 04 75 113 284 90": nir_ok,  # French NIR
    "Y3095827H": dni_ok,  # Spanish NIE and DNI
    "X4728361K": dni_ok,
    "53847261Y": dni_ok,
    "89072314589": pesel_ok,  # Polish PESEL
    "94110856376": pesel_ok,
    "3184059262": rnokpp_ok,  # Ukrainian RNOKPP
    "2974618352": rnokpp_ok,
    "5281 9304 6724": my_number_ok,  # Japanese My Number
    "3946 1082 5719": my_number_ok,
    "890417-3187": luhn_len(10),  # Swedish personnummer
    "920903-6426": luhn_len(10),
    "613 284 900": luhn_len(9),  # Canadian SIN
    "482 715 364": luhn_len(9),
    "204739189": luhn_len(9),  # Israeli teudat zehut
    "8706145283085": luhn_len(13),  # South African id
    "14078803153": luhn_len(11),  # Greek AMKA
    "8172634C": pps_ok,  # Irish PPS number
    "3948217AA": pps_ok,
    "3482951KA": pps_ok,
    "38461572040": kimlik_ok,  # Turkish kimlik
    "52709318498": kimlik_ok,
    "BNDGPP79T11F839D": codice_fiscale_ok,  # Italian codice fiscale
    "LMBCHR90M63L219M": codice_fiscale_ok,
    "317.842.906-96": cpf_ok,  # Brazilian CPF
    "604.159.283-89": cpf_ok,
    "318469273": bsn_ok,  # Dutch BSN
    "384 615 203": tfn_ok,  # Australian tax file number
    "S8624175G": nric_ok,  # Singapore NRIC
    "950311-2748010": rrn_ok,  # Korean resident registration number
    "2850712403188": cnp_ok,  # Romanian CNP
    "238614905": nif_ok,  # Portuguese NIF
    "14038927419": fodselsnummer_ok,  # Norwegian fødselsnummer
    "ZKT4180": nhi_ok,  # New Zealand NHI
    "85.07.14-283.64": belgian_id_ok,  # Belgian national number
    "220987-615R": hetu_ok,  # Finnish henkilötunnus
    "310104198806124732": china_id_ok,  # Chinese resident identity number
    "6382 9147 2056": aadhaar_ok,  # Indian Aadhaar
    "9053 2816 4718": aadhaar_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range, spaced or not
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"\(?01(13|17|18|21|31|61)\)? 496 0\d{3}",  # other UK city drama ranges
        r"01632 960\d{3}",  # UK drama range, no area
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"\+49 40 66969 \d{3}",
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"\+(7|27|65|86|91|234|353|358|971|972) [\d ]+\d",  # no fiction range known
    )
]

NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff"
    r"\u0b80-\u0bff\u0e00-\u0e7f\u10a0-\u10ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)


def persons(marked: str) -> list[str]:
    """The PERSON values of one text, in order."""
    return [s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"]


def check_mix() -> None:
    """The chat requests mostly name people, carry secrets and names in other scripts, and
    keep their languages in order; each record is about one person (every PERSON value part
    of its longest) with one to four other values; clean items keep their shape."""
    named = sum(bool(persons(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    scripts = sum(any(NON_LATIN.search(p) for p in persons(t)) for t in CHAT + RECORDS)
    if named < 100 or secret < 15 or scripts < 20:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {scripts} scripts")
    for marked in CHAT[LOWER_CHAT + OTHER_LANGUAGES :]:
        if not re.search(r"[A-Z]", strip_marks(marked)[0][:3]):
            raise SystemExit(f"chat: English text without a capital start {marked[:60]!r}")
    for marked in RECORDS:
        names = persons(marked)
        if not names:
            raise SystemExit(f"records: no name in {marked[:60]!r}")
        whole = set(max(names, key=len).split())
        others = {(s["type"], s["value"]) for s in marked_spans(marked) if s["type"] != "PERSON"}
        if any(not set(n.split()) <= whole for n in names) or not 1 <= len(others) <= 4:
            raise SystemExit(f"records: not one person with 1-4 values in {marked[:60]!r}")
    for item in CLEAN_MMLU:
        if not all(f"{c}) " in item for c in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")
    for item in CLEAN_GSM8K:
        if not re.search(r"\d", item) or not item.endswith("?"):
            raise SystemExit(f"gsm8k: no number or question in {item[:60]!r}")
    for item in CLEAN_HEALTH:
        if not item.endswith("?"):
            raise SystemExit(f"health: not a question {item[:60]!r}")


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
        "blind113", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
