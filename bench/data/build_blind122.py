# ruff: noqa: E501
"""A hundred-and-twenty-second blind privacy set: 220 texts with personal data and 100 clean
ones, on legal, police and government services.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). The theme: solicitors and small claims, courts and
witness statements, immigration and residence permits, council services and parking fines,
police reports of theft or harassment, driving licences and vehicle paperwork, elections and
jury service, wills and probate.

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway:
  drafting messages, letters and replies, summarising pasted notes, minutes, call logs and
  e-mails, translating, fixing wording, splitting costs, asking whether a text or call is a
  scam, planning. The first 30 are typed all in lower case (names, e-mails, licence and
  passport numbers, IBANs and keys too, with shorthand and typos); the next 6 are in French,
  Portuguese, Arabic, Romanian, Finnish and Chinese; the other 84 in ordinary English.
  Names of many origins (two in Arabic and one in Chinese script), first names alone,
  surnames after titles (Mr, Ms, PC, DC, Dr), full names, nicknames (Moose, Big Al,
  Rhysie), names that are ordinary words, many named in passing with no cue word; 1 to 8
  values each; secrets are door, gate, key-safe, alarm and locker codes, PINs, a phone
  passcode, wifi keys and passwords.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark
  sentences: prose statements, profile and register lines, pipe and CSV rows, JSON objects,
  log lines, short letters; exactly one person's name and one to four other values each
  (2 to 5 values), about 50 of them with national ids whose check digits are valid (listed
  in ``NATIONAL_IDS``).
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people: Magna Carta, Lincoln, Sherlock Holmes, Atticus
  Finch, Miss Marple, Rumpole), 25 GSM8K-style word problems with fictional first names,
  25 MMLU-style items with options A to D and 25 health questions naming no one; most on
  the theme.

Usernames and handles, logins, juror, badge, permit-holder, employee, account and
residence-permit numbers, passports, BRP cards, driving licences, green cards, National
Insurance numbers and national ids are ID_NUMBER; PINs, passcodes, door, gate, key-safe,
alarm and locker codes, wifi keys and passwords are PASSWORD; titles and relation words
(Mr, Mrs, Ms, PC, DC, Dr, Officer, auntie, my mum) stay outside PERSON spans; an address
span runs from the first street line through the postcode and city as typed. Public
figures, fictional characters, companies, councils and courts, case, crime, claim, penalty
charge notice and invoice references, sort codes, postcodes alone, amounts and dates of
birth are not labelled; every occurrence of a private value is marked (a name repeated is
marked each time). No vehicle number plates appear.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0,
0117 496 0, 0121 496 0, 0161 496 0, 029 2018 0, 01632 960; North America 555-01xx;
Australia 0491 570; France 06 39 98; Germany 030 23125) and in each country's own layout
elsewhere (Morocco, China, Finland, India, Poland, Sweden, Vietnam, Kenya, Italy, Spain);
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97, of their country's
length and not documentation examples; SSNs with assignable area, group and serial; IPs
from documentation ranges; national ids with valid check digits (NHS number, Dutch BSN,
Spanish DNI and NIE, Finnish henkilötunnus, Chinese resident id, Indian Aadhaar, Singapore
NRIC, Swedish personnummer, Korean resident registration number, Australian TFN and
Medicare, Canadian SIN, South African id, Polish PESEL, Italian codice fiscale, Japanese
My Number, Irish PPS, French NIR, Belgian national number, Portuguese NIF, Romanian CNP,
Estonian isikukood, Ukrainian RNOKPP, German tax id, Czech rodné číslo, Turkish kimlik,
Brazilian CPF, Norwegian fødselsnummer, Icelandic kennitala, Chilean RUT, New Zealand NHI).

Run ``.venv/bin/python bench/data/build_blind122.py`` from the repository root; the output
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
from marks import TYPES, build_sections

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|Sgt|Cllr|Officer|Auntie|Aunt|Uncle|Cousin|Nan|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in ordinary English.
CHAT = [
    # --- all lower case ---
    "can you write a quick msg to my solicitor [[PERSON|jo pemberton]] at [[EMAIL_ADDRESS|jo.pemberton@pembertonlegal.co.uk]] asking if the small claims form re the fence with [[PERSON|dariusz]] next door went in before friday. ref is sc-22817 if she needs it",
    "summarise pls: called 101 at 14:20, spoke to pc [[PERSON|okafor]], reported bike nicked from outside [[STREET_ADDRESS|42 larkhall rise, london sw4 6hu]]. crime ref 5219/22. he said cid might ring back on [[PHONE_NUMBER|07700 900412]] within 48h",
    "my mum [[PERSON|brenda]] got a text saying her driving licence [[ID_NUMBER|morga657054bm9ij]] is suspended unless she pays £85 at dvla-renewals-uk.com. is this a scam?? how did they even get her licence no",
    "reword this for the community centre board: 'need volunteers for voter registration sat 10-2, ask [[PERSON|ayesha]] at the front desk. back office door code is [[PASSWORD|4471]], pls dont share'",
    "court fee for the small claim against the roofer was £205 and hearing fee £170. me, [[PERSON|tomasz]] and [[PERSON|gracie]] are going thirds but [[PERSON|tomasz]] already paid the whole £205. who owes who what",
    "fix my wording pls 'dear sir/madam i wish to challenge pcn wk40918273 issued outside my home at [[STREET_ADDRESS|17 birchfield close, leeds ls16 7pq]], i was unloading my mothers wheelchair and there is nowhere else to stop' signed [[PERSON|kieran walsh]]",
    "is this legit? email from 'hm courts' saying i missed jury service and must pay a £350 fine by card, they had my name [[PERSON|priya raghunathan]] and my juror no [[ID_NUMBER|jr-7730418]]. never even got a summons tho",
    "translate into polish for my dad [[PERSON|zbigniew]]: your appointment for the residence card is tuesday 9am, bring your passport [[ID_NUMBER|ek4410287]] and the letter, and ask for mr [[PERSON|hussain]] at reception",
    "wifi at the solicitors waiting room is meant to be [[PASSWORD|lawfirmguest!88]], [[PERSON|megan]] on reception gave it me but it wont connect on my phone. what else could it be",
    "turn these into proper minutes: neighbour dispute mtg. present me, [[PERSON|gwen]], [[PERSON|abdi farah]], housing officer [[PERSON|pat o'leary]]. [[PERSON|abdi]] says the hedge blocks his drive. [[PERSON|gwen]] to write to council. [[PERSON|pat]] to ask enforcement about the skip",
    "my ex [[PERSON|lewis]] keeps turning up at my work. police gave me a harassment ref. can u help me write a statement, he texts from [[PHONE_NUMBER|07700 900873]] and he lives at [[STREET_ADDRESS|flat 3, 88 cowley road, oxford ox4 1jb]]",
    "help split probate costs: solicitor £2,400, house valuation £350, gazette notice £90. three of us: me, auntie [[PERSON|rosie]] and my cousin [[PERSON|dev]]. [[PERSON|rosie]] paid the valuation already",
    "executor visit sat, key safe at nans is [[PASSWORD|0418]]. estate agent [[PERSON|craig]] needs it too. write a short text to him confirming 11am and that he must lock the back door",
    "can you tidy this email to the council parking team: hi, my resident permit renewal keeps failing, my account is [[ID_NUMBER|rp-0093315]] and login email [[EMAIL_ADDRESS|sam.okonkwo87@gmail.com]]. thanks [[PERSON|sam okonkwo]]",
    "quick one, whats the process for changing the keeper name on a v5c after my husband [[PERSON|graham]] passed. his licence number was [[ID_NUMBER|fulle601148gw9kt]] if that matters",
    "write a polite reply to [[PERSON|marguerite]] from the electoral registration office, she asked for my nino to finish my registration. its [[ID_NUMBER|jt 48 27 19 c]]",
    "my brother [[PERSON|rafi]] got arrested and they took his phone as evidence. they want it unlocked, passcode is [[PASSWORD|280614]]. should he give it them or speak to a duty solicitor first",
    "pls summarise call log: 09:12 inbound [[PHONE_NUMBER|020 7946 0381]] mrs [[PERSON|adebayo]] re council tax arrears, wants a payment plan. 09:30 outbound [[PHONE_NUMBER|07700 900255]] [[PERSON|lee chun-hei]] re missed bin, no answer, left vm. 09:41 inbound withheld, hung up. 09:55 inbound [[PHONE_NUMBER|0161 496 0912]] mr [[PERSON|szabo]] re parking permit refund, says he was charged twice, told him 5 working days. 10:20 walk-in, lady asking about electoral roll, gave leaflet. keep it short, bullet points, my team leader only wants the ones needing action",
    "is this a scam, sms from 'gov.uk': your vehicle tax direct debit failed, update your card now. i didnt click but i replied to an earlier one with my card [[CREDIT_CARD|4927 3180 5642 7196]] last week omg what do i do",
    "draft a text to [[PERSON|nkechi]] saying the will reading is moved to thurs 3pm at the solicitors, [[STREET_ADDRESS|2 mill lane, chester ch1 3ab]], and to bring photo id",
    "oops our api key ended up in the court bundle pdf [[API_KEY|sk_live_51hxq8v2kdpa0tzr7mnwc3ye]]. how do i rotate it and can the other sides solicitor mr [[PERSON|whitcombe]] be asked to destroy the copy",
    "translate to urdu for my khala [[PERSON|shazia]]: your council tax reduction was approved, ref ctr-55019, and the letter went to [[EMAIL_ADDRESS|shazia.malik61@hotmail.co.uk]]. nothing else to do",
    "make this formal for a witness statement: i, [[PERSON|daniel mckee]], of [[STREET_ADDRESS|9 thornton terrace, belfast bt9 6gl]], saw a man in a grey hoodie take a parcel off no 11's step around 4pm on the 6th",
    "im [[PERSON|ines]], the settled status portal login is [[EMAIL_ADDRESS|ines.carvalho.pt@outlook.com]] and pw [[PASSWORD|lisboa1984sunny]] but it says account locked. can u write to the home office for me",
    "what do i bring to the passport interview monday. also draft a msg to [[PERSON|bex]] asking her to countersign my photo, the form wants her passport no [[ID_NUMBER|531940276]]",
    "sort into a table: [[PERSON|hamza]] - jury summons 12 may, [[PERSON|lottie]] - deferral granted till sept, [[PERSON|moose]] - excused (medical), [[PERSON|jen kowalczyk]] - no reply yet, chase on [[PHONE_NUMBER|07700 900614]]",
    "the bailiffs say theyre coming friday for the van. the lease is in my name, [[PERSON|oluwaseun adeyemi]], and the unit alarm code is [[PASSWORD|7392]]. can they force entry to a business unit? what do i say",
    "check my maths, van parking fines this yr: 3 x £70, reduced to £35 if paid in 14 days. [[PERSON|stevie]] paid 2 of them late. hes paying me back the difference to [[IBAN_CODE|gb82 midl 4005 1572 6839 04]], how much",
    "draft an email to the immigration adviser ms [[PERSON|begum]] at [[EMAIL_ADDRESS|r.begum@northgateimmigration.co.uk]] asking if my wifes spouse visa extension needs new bank statements. my brp number is [[ID_NUMBER|zx7104482]]",
    "logs show someone logged into the tenants association admin from [[IP_ADDRESS|203.0.113.77]] at 3am as [[ID_NUMBER|treasurer_kev]]. is that enough for a police report? [[PERSON|kev]] swears it wasnt him",
    # --- other languages: French, Portuguese, Arabic, Romanian, Finnish, Chinese ---
    "Peux-tu m'aider à rédiger une plainte pour harcèlement ? Mon voisin [[PERSON|Gérard Lemoine]] m'insulte et tape sur ma porte depuis des mois. J'habite au [[STREET_ADDRESS|14 rue des Tanneurs, 69005 Lyon]], on peut me joindre au [[PHONE_NUMBER|06 39 98 41 27]]. Je m'appelle [[PERSON|Sabine Roux]].",
    "Podes traduzir isto para inglês? 'Eu, [[PERSON|Mariana Pinto de Sousa]], NIF [[ID_NUMBER|248173952]], autorizo o meu irmão [[PERSON|Rui]] a levantar o meu título de residência e a pagar a taxa a partir da conta [[IBAN_CODE|PT50 0035 0697 0003 8215 4930 5]].'",
    "ساعدني في كتابة رسالة رسمية إلى المحامي [[PERSON|كريم الحداد]] بخصوص تجديد بطاقة الإقامة لزوجتي [[PERSON|ليلى]]. رقم جواز سفرها [[ID_NUMBER|UH4418273]] ورقم هاتفي [[PHONE_NUMBER|+212 661-482935]]، وأريد موعدًا قبل نهاية الشهر.",
    "Mă poți ajuta să scriu un e-mail către Poliția Locală? Am primit o amendă de parcare, dar mașina era la service în ziua aceea. Sunt [[PERSON|Ionuț Bălănescu]], CNP [[ID_NUMBER|1870521403727]], e-mail [[EMAIL_ADDRESS|ionut.balanescu@yahoo.ro]]. Vreau să contest amenda.",
    "Voitko tarkistaa tämän viestin kieliasun? 'Hei, olen [[PERSON|Aino Kettunen]] ja haen uutta ajokorttia kadonneen tilalle. Henkilötunnukseni on [[ID_NUMBER|240587-3187]]. Minut tavoittaa numerosta [[PHONE_NUMBER|+358 40 718 2364]].'",
    "帮我把这段话翻译成英文：我叫[[PERSON|王晓雯]]，护照号码 [[ID_NUMBER|E38204617]]，想申请延长居留许可。我的联系电话是 [[PHONE_NUMBER|+86 139 2046 8813]]，邮箱 [[EMAIL_ADDRESS|xiaowen.wang88@163.com]]。",
    # --- ordinary English ---
    "Can you turn these notes into a short witness statement? Sat 2 March, about 11pm, outside the Crown on the high street. Saw a man shove [[PERSON|Callum Reid]] into the wall and grab his wallet. [[PERSON|Callum]]'s mate [[PERSON|Jas]] chased him towards the station. I'm [[PERSON|Hannah Doyle]], best number [[PHONE_NUMBER|07700 900138]].",
    "My dad died in January and I'm his executor. Please draft a letter asking the bank to freeze and then close his current account. Details: [[PERSON|Ivor Pritchard]], account no. [[ID_NUMBER|31205586]], sort code 40-19-77, last address [[STREET_ADDRESS|6 Heol y Nant, Cardiff CF14 6RT]]. Sign it from me, [[PERSON|Megan Pritchard]].",
    "Is this a scam? Text says 'HMRC: you are owed a refund of £412.60, confirm your card at hmrc-refunds-portal.net'. My husband [[PERSON|Kwame]] already typed in his card [[CREDIT_CARD|5318 2740 9615 3827]] and the CVV before I saw it. What do we do first, bank or Action Fraud?",
    "Translate into plain English for my gran: 'The estate is subject to a caveat entered by Mr [[PERSON|Desmond Achterberg]]; no grant may issue until the caveat is warned off or expires.' She thought [[PERSON|Des]] had agreed not to contest Grandad's will.",
    "Help me write to the council about my parking fine. The warden says I was on a double yellow but the blue badge was on the dash, badge number [[ID_NUMBER|BB 7740 1932]]. The holder is my son [[PERSON|Owen]], who was in the car with me.",
    "Please summarise this thread in three bullets. From [[EMAIL_ADDRESS|t.nakamura@hollisandgreen.co.uk]]: 'We've filed the defence, hearing likely June.' Me: 'Do I need to attend?' [[PERSON|Takeshi]]: 'Yes, and bring the photos of the damp and every text from Mr [[PERSON|Dunmore]].'",
    "I need to split the solicitor's bill for Mum's probate four ways. Total £3,180 plus VAT. [[PERSON|Siobhan]] paid the £273 probate fee upfront so knock that off her share. The others are me, [[PERSON|Declan]] and [[PERSON|Aoife]]. What does each of us owe?",
    "Draft a short email to the electoral registration officer asking them to add my lodger [[PERSON|Bogdan Lupu]] to the register at [[STREET_ADDRESS|31 Alma Road, Reading RG1 4EX]]. He moved in on 1 Feb and never got the form.",
    "My neighbour [[PERSON|Gareth]] keeps parking across my drive. Write a firm but friendly note for his windscreen, and don't mention the police yet.",
    "Got this voicemail, is it real? 'This is Officer [[PERSON|Daniel Brooks]] from the Social Security Administration, your SSN [[US_SSN|412-58-7309]] has been suspended due to suspicious activity, call back at [[PHONE_NUMBER|(202) 555-0143]].' They had my actual number!",
    "Rewrite this to sound less angry: 'Dear Ms [[PERSON|Halvorsen]], it is now eleven weeks since I sent the spouse visa documents to your office and your mobile [[PHONE_NUMBER|07700 900527]] goes to voicemail every single time. I am paying you £1,800 for this.'",
    "How do I get excused from jury duty in Cook County? I'm the full-time carer for my brother [[PERSON|Nathaniel]]. The questionnaire wants my juror ID [[ID_NUMBER|541882019]] and my SSN, [[US_SSN|601-39-2847]]. Is it safe to write that on a paper form?",
    "Write a two-line text to [[PERSON|Marisol]]: the locksmith comes at 2, and the new key safe code is [[PASSWORD|3816]]. The old one stopped working after the break-in.",
    "Check my maths? Small claim against [[PERSON|Ray Tolland]] for the deposit: £1,150 deposit, £85 claim fee, £4.20 postage. Judge awarded the deposit and fee, not the postage. He's paying into [[IBAN_CODE|GB35 BARC 2034 5871 6290 35]] in two equal instalments. How much is each?",
    "Summarise this call log for my manager: 10:02 Mrs [[PERSON|Iqbal]], missed bin collection at [[STREET_ADDRESS|58 Clover Way, Bradford BD7 2LS]]. 10:15 [[PERSON|Tony Vescio]] wants to dispute his council tax band, call back on [[PHONE_NUMBER|0113 496 0422]]. 10:40 anonymous report of fly-tipping behind the Co-op.",
    "I reported my passport stolen online and now an email wants me to confirm the old number, [[ID_NUMBER|120847395]], plus my bank login. I use the same password, [[PASSWORD|Sunflower_88!]], for nearly everything. [[PERSON|Lorenzo]] says it's fine but I'm panicking. Real or not?",
    "My conveyancing solicitor [[PERSON|Brian Featherstone]] asked for my online banking password to 'verify funds'. Is that normal? It's [[PASSWORD|Mapleleaf#2019]] and I haven't sent it yet. Should I change it anyway?",
    "Translate to Spanish please: 'Hi [[PERSON|Lucía]], the police in Bristol have found your bag. Ring PC [[PERSON|Amrit Sandhu]] on [[PHONE_NUMBER|0117 496 0815]] with the crime number and they'll arrange collection.'",
    "Help me put [[PERSON|Jordan]]'s harassment into a timeline for the police: messages started in October from @[[ID_NUMBER|jordy_v_88]] on Instagram, then a fake account @[[ID_NUMBER|not.jordan.x]] in December, then him turning up at my work on 14 Jan.",
    "Make this sound official, it's for her residence permit renewal: 'I, [[PERSON|Femi Adeyemi]], confirm that [[PERSON|Rosalind Achebe]] has lived with me at [[STREET_ADDRESS|Flat 12, Kestrel House, 40 Newington Causeway, London SE1 6DR]] since 2021.'",
    "The council planning portal keeps logging me out. Username [[ID_NUMBER|lkaraca_planning]], and I've reset the password to [[PASSWORD|Wisteria!Lane77]] twice now. Can you write a complaint to their IT team? I'm [[PERSON|Leyla Karaca]].",
    "Which is cheaper for my nephew [[PERSON|Tobias]], a provisional licence online at £34 or by post at £43? And can I pay with my card [[CREDIT_CARD|4568 0239 7146 0850]] or does it have to be his own?",
    "Make these notes into minutes. Residents' association, 6 March. Chair [[PERSON|Beverley Osei]]. Present: [[PERSON|Nadim]], [[PERSON|Frank Hollis]], Mrs [[PERSON|Teague]]. [[PERSON|Frank]] reported two car break-ins on Lark Rise, crime numbers passed to the PCSO. [[PERSON|Beverley]] to chase the council about the broken streetlight. Next meeting 3 April.",
    "Quick question: my landlord Mr [[PERSON|Ferreira]] wants my passport and visa to photocopy for right-to-rent. Passport is [[ID_NUMBER|PA8821437]]. Is he allowed to keep the copies?",
    "Write a message for the family group chat: 'Dad's will is finally through probate. Uncle [[PERSON|Bertie]] and [[PERSON|Caz]] get the cottage, the rest is split four ways. The solicitor, [[PERSON|Anjali Rao]], will send everyone a statement.'",
    "Our small business site was used to send phishing emails pretending to be the DVLA. Logs show logins from [[IP_ADDRESS|198.51.100.23]] and [[IP_ADDRESS|198.51.100.191]] on our admin account [[ID_NUMBER|admin_hollybrook]], and they grabbed the mail key [[API_KEY|key-3f9a7c21e8b04d6a95c2e71f0b8d4a63]]. Action Fraud or the ICO first?",
    "Draft a reply to [[PERSON|Paulina]] at the court witness service: yes, I can attend on 22 May, but I need the screened room because [[PERSON|Kacper]] will be there. My reference is W/2231.",
    "Is a £2,000 'immigration fast-track fee' by bank transfer normal? The adviser, [[PERSON|Mohammed Zaki]], sent his IBAN [[IBAN_CODE|DE44 5001 0517 5407 3249 31]] and says the Home Office works with him directly.",
    "My mum, [[PERSON|Patricia Nwosu]], needs a letter for the DWP saying I'm her appointee. Her NI number is [[ID_NUMBER|SN 63 01 47 B]] and she lives at [[STREET_ADDRESS|23 Priory Gardens, Walsall WS1 2JP]]. Keep it short.",
    "Can you put my police statement in order? 'He followed me from the bus stop. Before that, in the shop, he asked for my number. His name is [[PERSON|Rhys]] I think, the shop guy called him [[PERSON|Rhysie]]. I went home to [[STREET_ADDRESS|14 Cwrt y Ffynnon, Swansea SA1 8PL]] and he was outside the next morning.'",
    "The court wants my partner's details for the witness list: [[PERSON|Siddharth Menon]], [[EMAIL_ADDRESS|sid.menon@fastmail.com]], [[PHONE_NUMBER|07700 900763]]. Can you format that as a neat table with a column for availability?",
    "My elderly neighbour [[PERSON|Edna]] got a call from 'the police' saying her bank card was cloned and a courier would collect it. She gave them her PIN, [[PASSWORD|6052]]. What should I do right now?",
    "Tidy up this note for the usher: locker 14 at the court building, combination [[PASSWORD|9-27-41]], is [[PERSON|Clement]]'s until Friday.",
    "Dutch for: '[[PERSON|Joost]]'s BSN is [[ID_NUMBER|246193074]]'?",
    "Draft a complaint to the visa application centre: they charged my Amex [[CREDIT_CARD|3764 192805 37166]] twice for the priority service, £500 each, on my daughter [[PERSON|Ngozi]]'s application. I want one refunded.",
    "I'm an executor. The estate account is [[IBAN_CODE|GB42 LOYD 3096 2244 8157 03]] and I need to pay [[PERSON|Hélène Marchetti]] her £5,000 legacy. She lives in France. Write an email asking for her bank details and a copy of her ID.",
    "Help me write to the DVLA: I sold my Corsa to [[PERSON|Liam Coutts]] on 3 April and he never registered it, so I keep getting his speeding notices. His address was [[STREET_ADDRESS|77 Craigmount Brae, Edinburgh EH12 8XF]].",
    "Make this sound professional for the tribunal bundle index: '1. Letter from Dr [[PERSON|Yusuf]] re my son's asthma. 2. Tenancy agreement. 3. Photos with [[PERSON|Amina]] and the kids 2019-2024. 4. Bank statements.'",
    "My son [[PERSON|Kai]] (17) got a fixed penalty for cycling on the pavement, £50. Do I pay or does he? He's asked me to do it online with his card [[CREDIT_CARD|4073 5281 6904 7325]].",
    "Please write an out-of-office: I'm on jury service 3-14 June. Urgent legal queries to [[PERSON|Priyanka Shah]] on [[PHONE_NUMBER|020 7946 0592]] or [[EMAIL_ADDRESS|p.shah@brantwoodllp.co.uk]].",
    "The alarm company wants the code changed after the burglary. It was [[PASSWORD|5718]], now it's [[PASSWORD|8263]]. Write a text to [[PERSON|Bronwen]] and [[PERSON|Idris]] with the new one and tell them not to stick it on the fridge this time.",
    "Someone's claiming Universal Credit in my name. The DWP letter shows me, [[PERSON|Joanne Whitlow]], my NI number [[ID_NUMBER|JW 21 88 40 D]] and an address I've never lived at, [[STREET_ADDRESS|Flat 4, 19 Sefton Street, Liverpool L8 5SL]]. How do I report it?",
    "Fix the grammar but keep it my words, it's for my statement: 'me and [[PERSON|Stacey-Ann]] was both at the party when the fight start, we seen [[PERSON|Troy]] hit him with a bottle.'",
    "Write a polite nudge to our immigration lawyer [[PERSON|Beatriz Lima]]: it's six weeks since she said she'd submit [[PERSON|Tomás]]'s settlement application. His residence card number is [[ID_NUMBER|RF4406612]] in case she needs it.",
    "Summarise this for my sister, she hates legalese: 'The claimant, Ms [[PERSON|Oyelaran]], seeks £3,400 for water damage caused by the defendant's washing machine. The defendant, Mr [[PERSON|Lindqvist]], denies liability and counterclaims £600.'",
    "My car got clamped on private land at the retail park. The guy, [[PERSON|Darren]], said pay £250 now, so I paid with [[CREDIT_CARD|2231 4806 7593 2140]]. Was that even legal? Can I get it back?",
    "Draft a letter to the probate registry. The deceased is [[PERSON|Harold Ernest Bexley]], died 9 November, late of [[STREET_ADDRESS|The Old Forge, Church Lane, Little Stretton, Church Stretton SY6 6RE]]. I'm his niece. We can't find the original will, only a photocopy.",
    "We need a date for the tenants' meeting with the enforcement officer, Mr [[PERSON|Kaczmarek]]. He can do Tuesday 7pm or Thursday 6pm. [[PERSON|Lorna]] can't do Tuesdays. Write the poll message for the group.",
    "The consulate form asks for my Social Security number from when I worked in Boston. It's [[US_SSN|538-21-4476]], name on the card [[PERSON|Aleksandra Nowak]]. Do I put it in with dashes, and do I also need my old ITIN?",
    "Help me reply to my ex's solicitor. They want the kids' passports handed over before the holiday. The letter is from [[PERSON|Rupert Stainforth]], [[EMAIL_ADDRESS|rstainforth@cavendishfamilylaw.co.uk]]. I want to say no until the court order is varied.",
    "Write a neighbourhood watch post: bikes stolen from sheds on Maple Grove and Ash Road this week. Anyone with doorbell footage, please send it to [[PERSON|Colin]] at [[EMAIL_ADDRESS|colin.nhw.fairfield@gmail.com]] and report it on 101 too.",
    "Translate into Tagalog for our cleaner [[PERSON|Marites]]: 'The police may phone you as a witness about the break-in. Don't worry, you are not in trouble. The officer is called DC [[PERSON|Hollins]].'",
    "Turn this spreadsheet row into a sentence for the insurance claim: 'Stolen: laptop, value £1,100; owner [[PERSON|Rahul Bhatt]]; crime ref 47/19302/24; reported by phone from [[PHONE_NUMBER|07700 900941]]'",
    "I think my council tax account was hacked. The email on it changed to [[EMAIL_ADDRESS|kellyj.homes@protonmail.com]], which isn't mine, and the account number [[ID_NUMBER|6100482273]] now shows a different bank. I'm [[PERSON|Kelly Jarvis]]. Who do I contact?",
    "Write a letter of authority so my daughter [[PERSON|Yasmin]] can deal with the Home Office for me. Me: [[PERSON|Farida Haidari]], passport [[ID_NUMBER|P02917463]]. Keep the wording simple.",
    "Our letting agent never protected the deposit. He's [[PERSON|Keith Marr]], phone [[PHONE_NUMBER|0161 496 0274]]. Can I take him to small claims for three times the deposit? Draft the letter before action.",
    "Summarise: 'Call with Ms [[PERSON|Adjei]], victim liaison, 11:30. Trial moved to 18 Sept. Defendant on bail, conditions not to contact me or go near [[STREET_ADDRESS|Halsey Road, Ipswich IP4 1QW]]. She'll email the special measures form. Her direct line [[PHONE_NUMBER|01632 960 418]].'",
    "Is this real? WhatsApp from 'Cousin [[PERSON|Femi]]' asking me to pay his immigration bond today to [[IBAN_CODE|GB70 HBUK 4011 2773 0519 26]], from a new number [[PHONE_NUMBER|07700 900356]]. [[PERSON|Femi]] has never once called me cousin.",
    "Make me a checklist for registering my wife's death and sorting the car. Her name was [[PERSON|Margaret Lowery]], and her driving licence number is [[ID_NUMBER|LOWER556205M99AB]].",
    "Please make a table: [[PERSON|Khalid]] – 3 parking tickets – £195; [[PERSON|Simone]] – 1 – £70; [[PERSON|Wojtek]] – 2 – £130 (one under appeal). The company is reimbursing, so add a total column.",
    "Write an email to IT: the court e-filing integration broke after I rotated the key. The new one is [[API_KEY|cef_prod_8Jq2LmV0xR7tYw4nKd93PzHs]] on service account [[ID_NUMBER|svc-efiling-bolton]]. Ask them to update the vault and not paste it in Slack. Thanks, [[PERSON|Wendell]].",
    "Our parish council website got defaced with a message about the by-election. The log shows [[IP_ADDRESS|203.0.113.145]] hitting wp-login 400 times, then a success as [[ID_NUMBER|clerk_mjones]]. The clerk, [[PERSON|Mair Jones]], swears she has 2FA. What next?",
    "My daughter [[PERSON|Chiamaka]] lost her provisional licence at uni. Can she get a replacement online if the address on it is still ours, [[STREET_ADDRESS|52 Oakhurst Drive, Milton Keynes MK5 6FB]]? The number was [[ID_NUMBER|OKEKE054124C99FL]].",
    "Draft a complaint to professional standards: the officer who took my harassment report, PC [[PERSON|Neil Gatward]], told my ex [[PERSON|Shane]] what I'd said. [[PERSON|Shane]] then messaged me from [[PHONE_NUMBER|07700 900689]] quoting my statement word for word.",
    "Help me reply in German to the Bußgeldstelle about a speeding fine in a hire car in Bavaria. My details are [[PERSON|Eleanor Voss]], [[STREET_ADDRESS|3 Quarry Lane, Kendal LA9 4HX]]. I want to pay the €70 by transfer, so ask for their bank details.",
    "How much do I owe? Court fine £440, victim surcharge £176, costs £85, paying £25 a week. [[PERSON|Dwayne]] from the fines office said to make the first payment by card on [[PHONE_NUMBER|0121 496 0733]]. How many weeks is that?",
    "Write a short statement for the council's anti-social behaviour team about the dog barking at number 9 every night. The owner is [[PERSON|Tracey]], I think, and her partner is [[PERSON|Big Al]]. Keep it factual.",
    "Is this letter from 'Court Enforcement Services' legit? It says I owe £1,243 from a 2017 county court judgment to a [[PERSON|Vernon Pike]] and to ring [[PHONE_NUMBER|020 7946 0267]]. I've never heard of him.",
    "My father [[PERSON|Mehmet Yıldız]] needs his Turkish ID card translated for the naturalisation application. Can you lay out the fields in English? T.C. Kimlik No: [[ID_NUMBER|28514730954]].",
    "Write a message for the polling station staff WhatsApp: presiding officer is [[PERSON|Glenys Harcourt]], doors open 6:30, the school's side gate code is [[PASSWORD|1745]], and the ballot boxes come with [[PERSON|Ifan]] at 6:45.",
    "Summarise these minutes in three lines: 'Licensing sub-committee 14/02. Applicant Mr [[PERSON|Vasco Costa]], [[STREET_ADDRESS|The Nook, 8 Bridge Street, Hebden Bridge HX7 8EX]]. Objection from a resident, Ms [[PERSON|Pell]], re noise. Licence granted on condition of no outdoor music after 10pm.'",
    "I'm reporting my stolen laptop to the police. Whoever has it signed into my Google account from [[IP_ADDRESS|192.0.2.214]] at 02:13. The account is [[EMAIL_ADDRESS|ruthie.agbaje@gmail.com]]. I'm [[PERSON|Ruth]], what else should I give them?",
    "Proofread my jury excusal request: 'I, [[PERSON|Connor Beaumont]], ask to be excused because I am the sole carer of my wife, [[PERSON|Adele]], who has MS. Her consultant, Dr [[PERSON|Okwuosa]], can confirm this.'",
    "Budget my immigration costs: visa £1,048, health surcharge £3,105, biometrics £19.20, lawyer £900. My sister [[PERSON|Rukhsana]] is lending me half and I'll pay her back monthly from [[IBAN_CODE|GB70 NWBK 5560 2149 3071 88]]. Over 18 months, how much a month?",
    "Translate to Hindi for my grandmother: 'Nani, Mr [[PERSON|Kapoor]] says the property papers are ready. Your Aadhaar [[ID_NUMBER|6382 9047 1156]] is needed for the registration, so please keep the card safe.'",
    "The small claims portal locked me out. Username [[ID_NUMBER|d.harrow1974]], and I think the password was [[PASSWORD|Bramble&Fox19]]. Draft a message to the help desk, obviously without the password in it. Sign it [[PERSON|Dennis Harrow]].",
    "My friend [[PERSON|Zanele]] from Johannesburg needs an invitation letter for her visitor visa. She'll stay with me at [[STREET_ADDRESS|16 Wycliffe Road, Northampton NN1 5JG]] for three weeks in August. My number is [[PHONE_NUMBER|07700 900482]].",
    "Plan the day of the house clearance for probate. [[PERSON|Neville]] brings the van at 9, the charity shop collects at 1, [[PERSON|Sandra]] needs the piano gone by 4. Alarm code is [[PASSWORD|4290]], back door key under the blue pot.",
    "Shorten this for a text: 'Hi Mr [[PERSON|Lindgren]], this is [[PERSON|Abena]] from the advice centre. We got your letter about the council tax summons and have booked you in Thursday at 10:40. Please bring the summons and recent bank statements.'",
    "HR ([[PERSON|Deborah]]) wants my SSN and a copy of my green card for E-Verify. SSN [[US_SSN|273-64-1185]], card number [[ID_NUMBER|SRC2190483716]]. Is email a safe way to send this?",
    "Write a short, calm message to my brother [[PERSON|Eamon]]: the police found his stolen van but the insurer wants his licence number, [[ID_NUMBER|FLYNN702193E99TW]], and the V5C before they pay out.",
    "Guest wifi at the county court is [[PASSWORD|Justice4All-2024]] according to the usher [[PERSON|Moira]]. Can you write it on a tidy sign for our waiting area at the law centre instead, without the password?",
    "Can you turn my scrawl into proper minutes? 'Probate call Tues, 3 on the line, me in London, [[PERSON|Ngaire]] in Auckland (she's executor), [[PERSON|Sebastián]] in Madrid. N says house sale completes 30 June if the buyer's mortgage offer doesn't lapse. S queried the valuation, thinks the garden plot was left out, wants a second opinion before anything is signed. Agreed we wait two weeks max. Me to send the draft estate accounts to [[EMAIL_ADDRESS|ngaire.w@xtra.co.nz]] by Friday. Next call same time after the surveyor has been.' Keep the tone neutral, S is touchy about it.",
    "My sister [[PERSON|Wren]] is terrified of giving evidence against her ex. What can she ask for at court? Screens, video link? She's at [[STREET_ADDRESS|4 Beech Mews, Cheltenham GL50 2RT]] if the witness service needs to write.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    "[[PERSON|Adaeze Okoro]] reported the theft of her bicycle on 12 March; contact her on [[PHONE_NUMBER|07700 900217]].",
    "Claimant: [[PERSON|Gavin Threlfall]] | Address: [[STREET_ADDRESS|41 Saxon Way, Norwich NR3 2TQ]] | Email: [[EMAIL_ADDRESS|gthrelfall@btinternet.com]] | Claim value: £1,420",
    '{"applicant": "[[PERSON|Meera Pillai]]", "aadhaar": "[[ID_NUMBER|9274 6130 5885]]", "visa_type": "Skilled Worker", "phone": "[[PHONE_NUMBER|+91 98450 62713]]"}',
    "Juror [[PERSON|Ralph Dempsey]], juror number [[ID_NUMBER|JR-4471920]], has been excused on medical grounds.",
    "The deceased, [[PERSON|Winifred Mary Hale]], of [[STREET_ADDRESS|2 Rectory Cottages, Long Compton, Shipston-on-Stour CV36 5JP]], died on 4 January 2024.",
    "2024-05-11 08:42:17 INFO login ok user=[[EMAIL_ADDRESS|jorrit.vandam@ziggo.nl]] ip=[[IP_ADDRESS|198.51.100.62]] bsn=[[ID_NUMBER|182736404]] name=[[PERSON|Jorrit van Dam]] service=parkeervergunning",
    "Ms [[PERSON|Yolanda Ferrer]] (DNI [[ID_NUMBER|53819476M]]) has instructed a solicitor to handle the probate of her father's estate in Valencia.",
    "Name: [[PERSON|Tariq Mahmood]]; Driving licence: [[ID_NUMBER|MAHMO803157T99QS]]; Penalty points: 3; Address: [[STREET_ADDRESS|19 Granby Street, Leicester LE1 6FB]]",
    "Dear Mr [[PERSON|Oduya]], your application for a residence permit has been approved. Please collect your card in person and bring passport [[ID_NUMBER|A07718342]].",
    "[[PERSON|Ingrid Solberg]], fødselsnummer [[ID_NUMBER|150789 42719]], filed a harassment complaint with Oslo police district.",
    "[[PERSON|Bartosz Wieczorek]],[[ID_NUMBER|92041508735]],[[PHONE_NUMBER|+48 601 274 839]],parking permit renewal,approved",
    "Witness: [[PERSON|Delroy Campbell]]. Tel: [[PHONE_NUMBER|020 7946 0718]]. Statement taken at Brixton police station on 3 June.",
    "Probate application: executor [[PERSON|Sipho Dlamini]], ID number [[ID_NUMBER|9104235082089]], email [[EMAIL_ADDRESS|sipho.dlamini@webmail.co.za]].",
    "[[PERSON|Chen Jiahui]] applied to renew her residence permit; resident identity card [[ID_NUMBER|510107198804216322]], mobile [[PHONE_NUMBER|+86 138 0271 5549]].",
    "Voter registration | [[PERSON|Fionnuala Byrne]] | PPS [[ID_NUMBER|4731928JA]] | [[STREET_ADDRESS|27 Ardee Road, Rathmines, Dublin 6, D06 F2K8]]",
    "Fine paid by [[PERSON|Marco Bertani]] with card [[CREDIT_CARD|5412 0836 7719 4208]] on 2 Feb 2024; codice fiscale [[ID_NUMBER|BRTMRC79D14F205P]].",
    '{"name": "[[PERSON|Oleksandr Hrytsenko]]", "nie": "[[ID_NUMBER|Y4082917V]]", "iban": "[[IBAN_CODE|ES37 0182 2370 4102 0153 6479]]", "tramite": "renovación TIE"}',
    "Complainant [[PERSON|Beatrix Llewellyn-Hart]] states that her ex-partner accessed her email account from [[IP_ADDRESS|203.0.113.9]] after the separation.",
    "Citizen [[PERSON|Kim Ji-woo]], RRN [[ID_NUMBER|880615-2147399]], requested a copy of her family relations certificate.",
    "Application for a replacement driving licence received from [[PERSON|Samuel Oyelowo]], [[STREET_ADDRESS|Flat 6, 120 Stretford Road, Manchester M15 5JQ]], date of birth 02/11/1990.",
    "Tenant: [[PERSON|Agnieszka Duda]] — deposit returned to [[IBAN_CODE|PL41 1020 5558 0000 3102 4417 6093]] after the small claims ruling.",
    "Dear Ms [[PERSON|Hartigan]], your housing assistance payment has been approved by Cork City Council. Payments will go to [[IBAN_CODE|IE56 BOFI 9000 1735 2891 46]] from 1 May.",
    "[[PERSON|Elin Lindström]] | personnummer [[ID_NUMBER|790412-3184]] | [[PHONE_NUMBER|+46 70 418 27 93]] | ärende: stöld av cykel",
    "Singapore resident [[PERSON|Tan Wei Ling]] (NRIC [[ID_NUMBER|S7841296H]]) lodged a police report about an online rental scam.",
    "Record 0442: [[PERSON|Hamid Rahimi]], asylum applicant, accommodation at [[STREET_ADDRESS|34 Scotswood Road, Newcastle upon Tyne NE4 7BA]], reports every Tuesday.",
    "Payroll query from [[PERSON|Naledi Khumalo]], employee no. [[ID_NUMBER|EMP-40217]]: jury service loss-of-earnings form for 5 days.",
    "[[PERSON|Grzegorz Nowicki]] paid the parking fine by card [[CREDIT_CARD|4716 5092 3381 0768]]; authorised at 14:02.",
    '{"tfn": "[[ID_NUMBER|392 047 181]]", "full_name": "[[PERSON|Brodie McAllister]]", "mobile": "[[PHONE_NUMBER|0491 570 318]]", "matter": "fine review"}',
    "The will of [[PERSON|Cornelius Abernathy]] names his daughter as sole executor and leaves the house at [[STREET_ADDRESS|8 Larch Avenue, Harrogate HG1 5QS]] in trust.",
    "Canadian SIN [[ID_NUMBER|283 917 466]] belongs to [[PERSON|Marie-Ève Tremblay]], who is applying for a Quebec driver's licence.",
    "Jury questionnaire: [[PERSON|Dolores Whitaker]], SSN [[US_SSN|145-72-6093]], phone [[PHONE_NUMBER|(503) 555-0186]].",
    "Subject: small claims hearing. [[PERSON|Arjun Malhotra]] will attend by video; email [[EMAIL_ADDRESS|arjun.m@quillfield.in]], Aadhaar [[ID_NUMBER|4173 0628 9511]].",
    "[[PERSON|Haruki Sato]], My Number [[ID_NUMBER|7392 0418 2650]], moved to [[STREET_ADDRESS|2-14-7 Kamiuma, Setagaya-ku, Tokyo 154-0011]] and updated his licence.",
    "Custody record: detainee [[PERSON|Oliver Garnett]], NHS no. [[ID_NUMBER|712 604 3856]], solicitor requested, property bag 3 sealed.",
    "[[PERSON|Priscila Andrade]]; CPF [[ID_NUMBER|318.406.527-80]]; e-mail [[EMAIL_ADDRESS|priscila.andrade@uol.com.br]]; solicita segunda via da CNH.",
    "Immigration intake | [[PERSON|Nour El-Sayed]] | passport [[ID_NUMBER|A41902736]] | [[PHONE_NUMBER|07700 900591]] | interpreter: Arabic",
    "Schöffe [[PERSON|Heinrich Albers]], Steuer-ID [[ID_NUMBER|47210839651]], wohnhaft [[STREET_ADDRESS|Lindenstraße 12, 10969 Berlin]].",
    "Mrs [[PERSON|Olwen Parry]] is now registered as a postal voter at [[STREET_ADDRESS|Bryn Teg, Llanrug, Caernarfon LL55 4AR]].",
    "2024-03-02 22:17 CCTV request from [[PERSON|Dmitri Sokolov]] <[[EMAIL_ADDRESS|d.sokolov@mail.ee]]>, isikukood [[ID_NUMBER|38709142733]], status pending",
    "Beneficiary: [[PERSON|Aurélie Fontaine]] — NIR [[ID_NUMBER|2 85 07 75 118 042 37]] — IBAN [[IBAN_CODE|FR45 3000 4028 3700 0104 6275 135]]",
    "Please issue a replacement V5C to [[PERSON|Kenneth Aitchison]], [[STREET_ADDRESS|5 Braeside Crescent, Aberdeen AB15 7TR]].",
    "[[PERSON|Ana Rita Gonçalves]], NIF [[ID_NUMBER|215038649]], requereu autorização de residência para o marido; pagamento pela conta [[IBAN_CODE|PT50 0018 0003 9247 1065 0389 3]].",
    "Tenancy deposit dispute — [[PERSON|Kofi Asante]], [[PHONE_NUMBER|0161 496 0158]], [[EMAIL_ADDRESS|kofi.asante@zoho.eu]].",
    "Witness [[PERSON|Saoirse Nic Aodha]] gave her address as [[STREET_ADDRESS|Apt 3, 11 Quay Street, Galway H91 X2Y4]].",
    "Electoral register entry 0078 | [[PERSON|Lakshmi Narayanan]] | [[STREET_ADDRESS|67 Belgrave Road, Leicester LE4 6AR]] | opted out of the open register",
    "[[PERSON|Tomasz Zieliński]] (PESEL [[ID_NUMBER|85112304615]]) reported his car stolen from the car park on ul. Długa.",
    "Small claim issued by [[PERSON|Olumide Bankole]] against a builder; court fee paid with card [[CREDIT_CARD|5326 7109 4483 1528]].",
    "[[PERSON|Yusra Haddad]] | Medicare [[ID_NUMBER|2948 10365 1]] | [[PHONE_NUMBER|+61 491 570 264]] | partner visa subclass 820",
    "Finnish citizen [[PERSON|Jussi Mäkelä]], henkilötunnus [[ID_NUMBER|030779-445A]], applied for a new passport at the Helsinki police.",
    "Mr [[PERSON|Ebenezer Quaye]] of [[STREET_ADDRESS|12 Pym Street, Nottingham NG3 1EA]] was summoned for jury service at the Crown Court.",
    "[[PERSON|Ivana Horáková]], rodné číslo [[ID_NUMBER|885312/4027]], reported harassment by a former colleague.",
    "Bail address for [[PERSON|Jermaine Whyte]]: [[STREET_ADDRESS|Flat 22, Tower Court, Carpenters Road, London E15 2JT]]; electronic tag fitted.",
    "Dear [[PERSON|Rosalind]], thank you for attending court as a witness. Your expenses of £42.50 will be paid into [[IBAN_CODE|GB97 BUKB 2098 1146 2057 31]] within ten days.",
    "[[PERSON|Nguyen Thi Lan]], phone [[PHONE_NUMBER|+84 912 483 706]], requested a Vietnamese interpreter for her hearing.",
    "Victim support referral: [[PERSON|Aroha Ngata]], NHI [[ID_NUMBER|PLR4314]], burglary at home.",
    "[[PERSON|Ahmet Demir]] | [[EMAIL_ADDRESS|ahmet.demir@posteo.de]] | [[PHONE_NUMBER|030 23125 418]] | Aufenthaltstitel verlängert",
    "Declarante: [[PERSON|Camila Fuentes Rojas]], RUT [[ID_NUMBER|14.382.906-5]], denuncia robo de celular.",
    "[[PERSON|Bjarni Guðmundsson]], kennitala [[ID_NUMBER|120389-2709]], applied for a residence permit for his spouse.",
    "[[PERSON|Oleksandr Kravets]], RNOKPP [[ID_NUMBER|3182067456]], temporary protection, lives at [[STREET_ADDRESS|9 Cedar Close, Swindon SN2 1HW]].",
    "[[PERSON|Pieter Claes]], national number [[ID_NUMBER|85.07.30-273.79]], paid his Ghent parking fine late.",
    "[[PERSON|Hana Kobayashi]] — My Number [[ID_NUMBER|5810 2937 4611]] — [[EMAIL_ADDRESS|hana.k@ezweb.ne.jp]]",
    "Witness statement signed by [[PERSON|Dorothy Ingham]] on 4 May; contact [[PHONE_NUMBER|0113 496 0587]].",
    "[[PERSON|Nikolai Petrov]] sent £850 in 'legal fees' to [[IBAN_CODE|RO25 RNCB 0072 0493 8816 0001]] before realising the immigration lawyer was fake.",
    "Name: [[PERSON|Fatoumata Diallo]] / Residence permit no.: [[ID_NUMBER|RP7730915]] / Expires: 31/08/2026 / Phone: [[PHONE_NUMBER|06 39 98 27 14]]",
    "[[PERSON|Callum Fraser]] signed in to the council portal from [[IP_ADDRESS|192.0.2.88]] with username [[ID_NUMBER|cfraser_77]].",
    "Register of deaths: [[PERSON|Albert Henry Pocock]], NHS number [[ID_NUMBER|630 518 2949]], last address [[STREET_ADDRESS|14 Marine Parade, Worthing BN11 3PY]].",
    "[[PERSON|Zhang Lei]] (ID [[ID_NUMBER|320583199509174024]]) requested a police clearance certificate for her work visa.",
    "Defendant: [[PERSON|Kyle Brannigan]] — address [[STREET_ADDRESS|3 Hawthorn Row, Gateshead NE8 3LP]] — legal aid granted.",
    "[[PERSON|Ritu Agarwal]] paid the naturalisation fee with card [[CREDIT_CARD|4559 1730 2268 8412]], receipt sent to [[EMAIL_ADDRESS|ritu.agarwal@rediffmail.com]].",
    "Green card holder [[PERSON|Emeka Chukwu]], SSN [[US_SSN|318-47-5520]], reported identity theft to the FTC.",
    "[[PERSON|Anneke de Boer]] betaalde de parkeerboete vanaf [[IBAN_CODE|NL54 RABO 0318 4627 90]].",
    "Safe deposit register: holder [[PERSON|Ignatius Okonjo]], box 118, access PIN [[PASSWORD|730164]].",
    "Jury portal account for [[PERSON|Siân Prosser]]: login [[ID_NUMBER|sprosser82]], password [[PASSWORD|Cwtch!2022]].",
    "Caution issued to [[PERSON|Reece Haworth]], [[STREET_ADDRESS|27 Jubilee Street, Blackburn BB1 1ER]], for a public order offence.",
    "Beneficiary [[PERSON|Giulia Fornari]], codice fiscale [[ID_NUMBER|FRNGLI88M52L219F]], IBAN [[IBAN_CODE|IT54 K030 6909 6061 0000 0073 518]].",
    "Witness [[PERSON|Nisha Pillay]] (SA ID [[ID_NUMBER|8709160174080]]) identified the suspect at the parade.",
    "Speeding fine paid by [[PERSON|Sebastian Krüger]], tax ID [[ID_NUMBER|61927403855]], from [[IBAN_CODE|DE21 3705 0299 1338 4701 52]].",
    "[[PERSON|Sigrid Hansen]], fødselsnummer [[ID_NUMBER|230491 31895]], registered to vote in the municipal election.",
    "From: [[EMAIL_ADDRESS|b.osullivan@eircom.net]] — [[PERSON|Brendan O'Sullivan]] confirms he can attend the probate meeting.",
    "Tax file number [[ID_NUMBER|518 730 269]] for [[PERSON|Lachlan Byrne]] was quoted on the court fee waiver form.",
    "[[PERSON|Wanjiru Kamau]], [[PHONE_NUMBER|+254 712 408 639]], reported her national ID card stolen at the Huduma centre.",
    "Parking permit: [[PERSON|Rhiannon Beddoes]], [[STREET_ADDRESS|4 Ty Gwyn Close, Newport NP20 4QX]], permit holder no. [[ID_NUMBER|NPT-PH-28816]].",
    "Victim statement by [[PERSON|Shira Ben-David]], NHS number [[ID_NUMBER|574 920 1368]], taken at Golders Green station.",
    "Small claims mediation booked for [[PERSON|Luca Moretti]], [[PHONE_NUMBER|+39 347 218 6604]], on 14 May at 10:00.",
    "Probate contact: [[PERSON|Dilys Morgan-Evans]], [[EMAIL_ADDRESS|dilys.me@talktalk.net]], [[PHONE_NUMBER|029 2018 0647]]",
    "Traffic offence notice served on [[PERSON|Rajesh Murugan]], NRIC [[ID_NUMBER|T0217384G]].",
    "Account [[ID_NUMBER|gpritchard]] belonging to [[PERSON|Gwen Pritchard]] locked after five failed logins from [[IP_ADDRESS|198.51.100.140]].",
    "Ms [[PERSON|Farah Siddiqui]]'s British passport [[ID_NUMBER|548203716]] was reported lost on 9 April.",
    "Juror no. [[ID_NUMBER|JR-6615092]] — [[PERSON|Trevor Ashdown]] — deferred to October.",
    "Estate of [[PERSON|Gladys Oyinlola]]: the residue is to be paid to [[IBAN_CODE|GB88 CPBK 0892 9901 3657 42]] once the grant issues.",
    "[[PERSON|Andreea Popescu]], CNP [[ID_NUMBER|2931104401589]], a depus plângere pentru furtul telefonului.",
    "API key [[API_KEY|ak_courtfeed_Zp4Rw81XmQe0Ls7TbY2n]] issued to [[PERSON|Kwabena Mensah]] for the court listings feed; expires 30/09.",
    "Harassment complaint: [[PERSON|Hyacinth Brown]], [[PHONE_NUMBER|+44 20 7946 0123]], [[EMAIL_ADDRESS|hyacinthb@yahoo.co.uk]].",
    "Legal aid application: [[PERSON|Kaisa Virtanen]], henkilötunnus [[ID_NUMBER|170276-9029]], bank [[IBAN_CODE|FI41 5780 2420 0891 53]].",
    "[[PERSON|Eero Laaksonen]] — driving licence renewal — henkilötunnus [[ID_NUMBER|281199-617C]]",
    "Minor witness [[PERSON|Ella Heikkinen]] (henkilötunnus [[ID_NUMBER|110903A264M]]) attended with a guardian.",
    "[[PERSON|Carmen Ortega Vidal]], DNI [[ID_NUMBER|70264183B]], teléfono [[PHONE_NUMBER|+34 612 487 305]], multa de aparcamiento recurrida.",
    "[[PERSON|Jean-Luc Bouchard]] | SIN [[ID_NUMBER|514 728 302]] | [[PHONE_NUMBER|(514) 555-0172]] | small claims, Montréal",
    "Court liaison referral: [[PERSON|Benedict Ashworth]], NHS number [[ID_NUMBER|419 378 2069]], needs an intermediary at trial.",
    "Locker 27 at the magistrates' court is assigned to interpreter [[PERSON|Leilani Tupou]], code [[PASSWORD|5093]], card on file [[CREDIT_CARD|3759 204188 62138]].",
]

# 25 MT-Bench/Vicuna-style prompts, no personal data.
CLEAN_MTBENCH = [
    "Write a persuasive op-ed arguing that small claims courts should offer evening hearings for people who work during the day.",
    "Imagine you are Sherlock Holmes giving evidence at the Old Bailey. In his voice, explain how you deduced who stole the bicycle.",
    "Compose a short poem about waiting in the queue at a passport office on a wet Monday morning.",
    "Explain the difference between a solicitor and a barrister in England as if to a ten-year-old.",
    "Draft a friendly blog post on five things first-time jurors often get wrong.",
    "Role-play as Atticus Finch advising a nervous witness the night before cross-examination.",
    "Summarise the main arguments for and against compulsory voting in under 200 words.",
    "Write a Python function that takes an issue date and a duration in months and returns whether a parking permit has expired.",
    "Compare the jury systems of England and Scotland in a table: number of jurors, possible verdicts and majority rules.",
    "What were the key provisions of Magna Carta, and which of them are still law today?",
    "Write a dialogue between Elizabeth Bennet and a modern border officer about her plans to visit Pemberley.",
    "Extract all dates and amounts from this passage: 'The tribunal sat on 4 May and ordered repayment of £1,250 by 30 June, with interest from 1 January.'",
    "Explain how a will can be challenged in court and list the most common grounds.",
    "Write a limerick about a traffic warden who falls in love with a double yellow line.",
    "How did Abraham Lincoln's years as a country lawyer shape his style as a politician?",
    "Act as a council press officer and draft a statement announcing new bin collection days.",
    "Suggest a three-day study plan for someone preparing for the Life in the UK test.",
    "Describe the plot of Kafka's The Trial in five sentences and say what it suggests about bureaucracy.",
    "Reason step by step: a rule takes effect 21 days after Monday 3 June, and deadlines falling on a weekend move to the next working day. On what date does it take effect?",
    "Write a SQL query that counts parking fines by month and street from a table fines(issued_at, street, amount).",
    "Give a balanced explanation of why some countries elect their judges while others appoint them.",
    "Rewrite in plain English: 'The party of the first part shall indemnify the party of the second part against all losses howsoever arising.'",
    "Pretend you are Miss Marple writing to the village constable about odd goings-on at the vicarage.",
    "What ten questions should a tenant ask before signing a tenancy agreement?",
    "Write a short story in which Rumpole of the Bailey defends a man accused of stealing a prize-winning marrow.",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Priya paid three parking fines of £35 each and one of £70. How much did she pay in total?",
    "A county court hears 14 small claims each morning and 9 each afternoon. How many does it hear in a five-day week?",
    "An adult passport renewal costs £88.50 online and a child's costs £57.50. Tom renews his own and his two children's online. How much does he pay?",
    "A solicitor charges £180 an hour. Ana's will took 2.5 hours, plus a fixed £95 storage fee. What was her bill?",
    "Marek and his two sisters share an estate of £96,000 in the ratio 3:2:1. How much is the largest share?",
    "A council issues 1,240 parking tickets in March. 35% are paid at the reduced rate of £35 and the rest at £70. How much does the council collect?",
    "Jury service pays up to £64.95 a day for loss of earnings. Kemi served 8 days and claimed the full amount each day. How much did she receive?",
    "A town recorded 48 bike thefts last year. This year thefts fell by 25%. How many were recorded this year?",
    "Lena needs 160 signatures to stand for the parish council. She collects 23 a day. After how many days does she have enough?",
    "A driving test costs £62 and each lesson costs £34. Raj takes 20 lessons and passes on his second test. How much did he spend?",
    "Fiona's council tax is £1,848 a year before a 25% single-person discount, paid in 10 equal instalments. How much is each instalment?",
    "A visa costs £1,048 and the health surcharge is £1,035 for each year. What is the total for a three-year visa?",
    "A ward has 6,400 voters and turnout was 38%. The winner got 55% of the votes cast. How many votes did the winner get?",
    "Owen's court fine is £440 and he pays £20 a week. How much does he still owe after 12 weeks?",
    "A witness drives 42 miles each way to court and is paid 45p a mile. What is her mileage claim for two days of the trial?",
    "Sana filed three small claims with fees of £35, £70 and £115. She won the two largest and got those fees back. How much did she get back?",
    "An estate is worth £412,000. Tax of 40% is due on the part above £325,000. How much tax is due?",
    "A permit office issues 75 residence cards a day. How many days will it take to clear a backlog of 2,850 cards?",
    "Dev can buy a parking permit for £120 a year or £12 a month. How much does he save in a year by paying annually?",
    "A courtroom has 8 rows of 14 seats, and 3 rows are reserved for the press. How many seats are left for the public?",
    "Nora claimed £2,300. The judge awarded 80% of the claim plus £115 in fees. How much did she receive?",
    "A police officer walks a 3.2 km beat four times each shift. How far does she walk in five shifts?",
    "Hugo and his sister split a solicitor's bill of £1,260 so that Hugo pays £180 more than she does. How much does each pay?",
    "A polling station is open from 7am to 10pm, and on average 26 voters arrive each hour. How many people vote there?",
    "Ines got a £100 speeding fine, and her £650 insurance premium went up by 8%. What did the offence cost her in the first year?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which court in England and Wales usually hears small claims?\nA) Crown Court\nB) County Court\nC) Court of Appeal\nD) Supreme Court",
    "Which document gives an executor authority to deal with a deceased person's estate in England?\nA) Grant of probate\nB) Deed poll\nC) Lasting power of attorney\nD) Statutory declaration",
    "The rule that a person cannot be tried twice for the same offence is known as:\nA) habeas corpus\nB) double jeopardy\nC) stare decisis\nD) res ipsa loquitur",
    "How many jurors sit on a Crown Court jury in England and Wales?\nA) 8\nB) 10\nC) 12\nD) 15",
    "Which amendment to the US Constitution protects against self-incrimination?\nA) First\nB) Fourth\nC) Fifth\nD) Eighth",
    "Habeas corpus mainly protects against:\nA) unlawful detention\nB) defamation\nC) breach of contract\nD) trespass to land",
    "Under the Wills Act 1837, how many witnesses must sign a will?\nA) one\nB) two\nC) three\nD) none",
    "Which voting system is used for UK general elections?\nA) Single transferable vote\nB) Alternative vote\nC) First past the post\nD) Party-list proportional representation",
    "'Mens rea' refers to:\nA) the guilty act\nB) the guilty mind\nC) the burden of proof\nD) the standard of proof",
    "The standard of proof in most civil cases is:\nA) beyond reasonable doubt\nB) the balance of probabilities\nC) clear and convincing evidence\nD) prima facie",
    "Marbury v. Madison (1803) established:\nA) judicial review\nB) the right to counsel\nC) the separation of church and state\nD) the commerce clause",
    "Which of these is NOT a UK immigration route?\nA) Skilled Worker\nB) Graduate\nC) Global Talent\nD) Permanent Transit",
    "A caveat entered at the probate registry is used to:\nA) speed up a grant\nB) stop a grant being issued for a time\nC) appoint a guardian\nD) register a death",
    "Which agency issues driving licences in Great Britain?\nA) DVSA\nB) DVLA\nC) HMPO\nD) HMRC",
    "Which of these is a measure of central tendency?\nA) range\nB) median\nC) variance\nD) standard deviation",
    "The doctrine of following earlier judicial decisions is called:\nA) ultra vires\nB) stare decisis\nC) obiter dictum\nD) pro bono",
    "Who formally appoints the Prime Minister of the United Kingdom?\nA) The Speaker\nB) The Monarch\nC) The Cabinet\nD) The Lord Chancellor",
    "Which of the following is a tort?\nA) theft\nB) negligence\nC) perjury\nD) bigamy",
    "The intestacy rules apply when:\nA) a will is contested\nB) a person dies without a valid will\nC) an executor resigns\nD) a trust is wound up",
    "The Miranda warning comes from a ruling of which court?\nA) US Supreme Court\nB) California Supreme Court\nC) Ninth Circuit\nD) Arizona Court of Appeals",
    "Which Roman emperor is associated with the Corpus Juris Civilis?\nA) Augustus\nB) Justinian I\nC) Constantine\nD) Hadrian",
    "A statutory instrument is a form of:\nA) primary legislation\nB) secondary legislation\nC) common law\nD) treaty",
    "Which element must be proved for theft under the Theft Act 1968?\nA) use of force\nB) an intention to permanently deprive\nC) breaking and entering\nD) a weapon",
    "What is the chemical symbol for sodium?\nA) So\nB) Sd\nC) Na\nD) S",
    "Which international body settles legal disputes between states?\nA) International Criminal Court\nB) International Court of Justice\nC) European Court of Human Rights\nD) World Trade Court",
]

# 25 health questions naming no one.
CLEAN_HEALTH = [
    "Can the stress of a court case cause chest pains, and when should I see a doctor about it?",
    "What are the common signs of post-traumatic stress after a burglary?",
    "Is it safe to take ibuprofen and paracetamol together for a headache?",
    "How long does a migraine usually last, and what helps during an attack?",
    "Which vaccinations are usually checked at a visa medical for long-term residence?",
    "Does the tuberculosis screening for an immigration application hurt, and how is it done?",
    "Can anxiety make you forget things while you are giving evidence?",
    "What is the difference between a panic attack and a heart attack?",
    "How much sleep does an adult need to stay focused through a long day of concentrating, like sitting on a jury?",
    "Which medical conditions have to be reported to the driving licence authority in the UK?",
    "Is it safe to drive after taking antihistamines for hay fever?",
    "What should I do if I feel faint while standing in a long queue?",
    "Is it normal to have nightmares for weeks after witnessing an assault?",
    "How does the eyesight check for a driving licence work, and what vision is required?",
    "What are the symptoms of high blood pressure?",
    "Can caffeine make anxiety worse before an important interview?",
    "How can I tell whether a cut needs stitches?",
    "What are the early signs of dementia that could affect someone's capacity to make a will?",
    "Is it safe to fly with a recently broken wrist in a cast?",
    "How can I ease back pain from sitting on hard benches all day?",
    "Which breathing exercises help calm nerves before speaking in public?",
    "Can grief cause physical symptoms such as tiredness and an upset stomach?",
    "What should a basic first-aid kit for a community centre contain?",
    "How long does alcohol stay in the blood, and when is it safe to drive the next morning?",
    "What are the side effects of the hepatitis B vaccine?",
]

# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "248173952": nif_ok,  # Portuguese NIF
    "215038649": nif_ok,
    "1870521403727": cnp_ok,  # Romanian CNP
    "2931104401589": cnp_ok,
    "240587-3187": hetu_ok,  # Finnish henkilötunnus
    "030779-445A": hetu_ok,
    "170276-9029": hetu_ok,
    "281199-617C": hetu_ok,
    "110903A264M": hetu_ok,
    "246193074": bsn_ok,  # Dutch BSN
    "182736404": bsn_ok,
    "28514730954": kimlik_ok,  # Turkish kimlik
    "6382 9047 1156": aadhaar_ok,  # Indian Aadhaar
    "9274 6130 5885": aadhaar_ok,
    "4173 0628 9511": aadhaar_ok,
    "53819476M": dni_ok,  # Spanish DNI and NIE
    "70264183B": dni_ok,
    "Y4082917V": dni_ok,
    "150789 42719": fodselsnummer_ok,  # Norwegian fødselsnummer
    "230491 31895": fodselsnummer_ok,
    "92041508735": pesel_ok,  # Polish PESEL
    "85112304615": pesel_ok,
    "9104235082089": luhn_len(13),  # South African id
    "8709160174080": luhn_len(13),
    "510107198804216322": china_id_ok,  # Chinese resident identity card
    "320583199509174024": china_id_ok,
    "4731928JA": pps_ok,  # Irish PPS number
    "BRTMRC79D14F205P": codice_fiscale_ok,  # Italian codice fiscale
    "FRNGLI88M52L219F": codice_fiscale_ok,
    "880615-2147399": rrn_ok,  # Korean resident registration number
    "790412-3184": luhn_len(10),  # Swedish personnummer
    "S7841296H": nric_ok,  # Singapore NRIC
    "T0217384G": nric_ok,
    "392 047 181": tfn_ok,  # Australian tax file number
    "518 730 269": tfn_ok,
    "2948 10365 1": medicare_ok,  # Australian Medicare
    "283 917 466": luhn_len(9),  # Canadian SIN
    "514 728 302": luhn_len(9),
    "7392 0418 2650": my_number_ok,  # Japanese My Number
    "5810 2937 4611": my_number_ok,
    "712 604 3856": nhs_ok,  # NHS number
    "630 518 2949": nhs_ok,
    "574 920 1368": nhs_ok,
    "419 378 2069": nhs_ok,
    "318.406.527-80": cpf_ok,  # Brazilian CPF
    "47210839651": steuer_id_ok,  # German tax id
    "61927403855": steuer_id_ok,
    "38709142733": isikukood_ok,  # Estonian isikukood
    "2 85 07 75 118 042 37": nir_ok,  # French NIR
    "885312/4027": rodne_cislo_ok,  # Czech rodné číslo
    "PLR4314": nhi_ok,  # New Zealand NHI
    "14.382.906-5": rut_ok,  # Chilean RUT
    "120389-2709": kennitala_ok,  # Icelandic kennitala
    "3182067456": rnokpp_ok,  # Ukrainian RNOKPP
    "85.07.30-273.79": belgian_id_ok,  # Belgian national number
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 20 7946 0\d{3}",
        r"01(13|17|21|61) 496 0\d{3}",  # Leeds, Bristol, Birmingham, Manchester drama ranges
        r"029 2018 0\d{3}",  # Cardiff drama range
        r"01632 960 \d{3}",  # UK fictional area code
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+(212|86|358|91|48|46|84|254|39|34) [\d -]+\d",  # no fiction range known
    )
]

SECRET_CHAT = 15
NAMED_CHAT = 90


def check_mix() -> None:
    """The chat requests name people, carry secrets and every type; each record names
    exactly one person and carries one to four other values."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < NAMED_CHAT or secret < SECRET_CHAT:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")
    for marked in RECORDS:
        people = {s["value"] for s in marked_spans(marked) if s["type"] == "PERSON"}
        if len(people) != 1:
            raise SystemExit(f"records: {len(people)} people in {marked[:60]!r}")
    ids = sum(
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    )
    if not 35 <= ids <= 55:
        raise SystemExit(f"records: {ids} with a national id")


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
        "blind122", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
