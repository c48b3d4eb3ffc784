# ruff: noqa: E501
"""A hundred-and-twenty-ninth blind privacy set: 220 texts with personal data and 100 clean
ones, on working in restaurants, bars, cafés and catering.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table head
and the labelling paragraph of ``README.md`` and the docstring and check code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) to a general assistant behind a company gateway from
  people who run or work in kitchens, bars, cafés, pubs, bakeries and catering firms:
  drafting texts, letters and review replies, summarising call logs, minutes and incident
  notes, translating for staff and guests, fixing wording, splitting tips and bills,
  asking whether a message is a scam, planning rotas, menus and private hire. The first 30
  are typed all in lower case (names, e-mails, codes and IBANs too, with shorthand and
  typos); the next 6 are in Italian, Spanish, Chinese, Polish, French and Urdu (Urdu
  script); the other 84 in ordinary English. Names of many origins, some in Greek, Cyrillic,
  Chinese, Japanese, Korean and Urdu script; first names alone, surnames after titles, full
  names, nicknames (Little Mike, Jonno, Tash), names that are ordinary words (Basil beside
  the herb, Olive, Sunny, Precious, Frank, Jade, Pip), most named in passing with no cue
  word. They carry phones, e-mails, addresses, till, safe, alarm, door, locker and
  walk-in codes, wifi keys and passwords, cards taken for deposits and tabs, SSNs on US
  payroll forms, IBANs of suppliers and staff, logins, member, customer and employee
  numbers, licences and passports, IPs of tills and logins, and API keys of till,
  payment and mailing services.
* 100 one-person records (4 to 60 words) in the manner of synthetic PII benchmark sentences:
  prose sentences, profile lines, pipe and CSV rows, JSON objects, log lines, staff and
  allergy register entries and short letters, each holding exactly one person's name and
  one to four other values; 42 hold a national id with valid check digits (NHS number,
  Polish PESEL, Italian codice fiscale, Spanish DNI and NIE, French NIR, Dutch BSN, German
  tax id, Indian Aadhaar, Chinese resident id, Brazilian CPF, Turkish kimlik, Singapore
  NRIC, Korean resident registration number, Australian TFN and Medicare card, Japanese My
  Number, Irish PPS number, Canadian SIN, Swedish personnummer, South African id, Finnish
  henkilötunnus, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean RUT).
* 100 clean texts with no personal data at all: 25 MT-Bench/Vicuna-style prompts (some
  naming historical or fictional people: Escoffier, Mrs Beeton, Sherlock Holmes, Don
  Quixote), 25 GSM8K-style word problems with fictional first names, 25 MMLU-style items
  with options A to D and 25 health questions of kitchen and bar workers naming no one.

Labels: usernames, handles, logins, member, customer, booking-holder, employee, student,
staff discount card, passport, licence and account numbers and national ids are ID_NUMBER;
PINs, door, gate, alarm, safe, locker and walk-in codes, wifi keys, passwords and
passphrases are PASSWORD; titles and relation words (Mr, Mrs, Ms, Dr, Chef, Father, Mme,
Auntie, Babcia, my partner) stay outside PERSON spans; an address span runs from the first
street line through postcode and city as typed; a handle is marked without its "@".
Public figures, fictional characters, companies, order, invoice, booking, reservation and
case references, postcodes alone, amounts and dates of birth are not labelled; every
occurrence of a private value is marked (a name repeated is marked each time, and so is a
part of a name said again alone).

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0;
North America 555-01xx; Australia 0491 570; France 06 39 98; Germany 030 23125) and in
the country's own layout elsewhere (Italy, Spain, Poland, China, Pakistan, India, Ireland,
Sweden, Turkey, Korea, Japan, Brazil, Chile, UAE, South Africa); cards Luhn-valid, of
their network's length and not well-known test numbers; IBANs valid mod 97, of their
country's length and not documentation examples; SSNs with assignable area, group and
serial; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind129.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    aadhaar_ok,
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
    medicare_ok,
    my_number_ok,
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
from marks import TYPES, build_sections, strip_marks

HERE = Path(__file__).resolve().parent

NAME = "blind129"
LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Chef|Father|Auntie|Uncle|Babcia|Mme|Herr|Frau|Sig|Sra|Sr)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 all in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case ---
    "can u write a quick msg to [[PERSON|dario]] saying hes swapping sat close with [[PERSON|kasia]] and sun brunch is his now. his number is [[PHONE_NUMBER|07700 900418]] if u want to make it a text",
    "summarise pls: no-show last night table 12, booked under [[PERSON|hemi walker]], party of 8, no answer on [[PHONE_NUMBER|020 7946 0382]]. second time this month. [[PERSON|precious]] wants to keep the £80 deposit. is that fair",
    "whats a polite way to tell mrs [[PERSON|okonkwo]] we cant hold her usual window table on fridays anymore. she books every week under member no [[ID_NUMBER|lc-20817]] and i dont want to lose her",
    "the walk-in alarm code changed to [[PASSWORD|4471]] and the back door keypad is [[PASSWORD|0925]] then #. write a short note for the new kp [[PERSON|tunde]] so he can open up on monday",
    "translate to portuguese for [[PERSON|joão]]: your shift on thursday starts at 7 not 8, ask [[PERSON|bev]] for the keys. (hes new, his english isnt great yet)",
    "is this a scam?? someone texted [[PERSON|milo]] (our bar manager) saying they were from the card machine company and needed the terminal admin pin, he nearly gave them [[PASSWORD|7730]]. number was [[PHONE_NUMBER|07700 900562]]",
    "split tips for the week pls: total £1,284. [[PERSON|aoife]] 32h, [[PERSON|rahim]] 28h, [[PERSON|lu]] 40h, [[PERSON|stevie b]] 19h, kitchen gets 30% off the top first",
    "fix my wording: hi [[PERSON|sunny]], sorry but the cellar is off limits after close, and please dont give the safe code ([[PASSWORD|281190]]) to anyone on the bar team again. thanks",
    "draft a reply to a 1 star review from [[PERSON|gary fenwick]] who says we served him prawns despite his shellfish allergy. we do have the allergy on his booking. keep it calm and offer him a call from our gm [[PERSON|ines]] on [[PHONE_NUMBER|07700 900734]]",
    "wifi for the function room is [[PASSWORD|pinkgin2024!]] and the staff one is [[PASSWORD|b4ckofh0use]]. make me a little sign for the bride [[PERSON|harriet]] only showing the function room one",
    "[[PERSON|olive]] called in sick again, 3rd sunday in a row. help me write a firm but kind text, her mob is [[PHONE_NUMBER|07700 900129]]",
    "minutes from staff mtg tues:\n- [[PERSON|gosia]] to order new aprons\n- [[PERSON|fin]] owes £40 float shortage\n- till 2 manager pin reset to [[PASSWORD|5582]]\n- [[PERSON|amara]] leaving end of month\nturn into a tidy email for everyone",
    "deposit for the 40th bday upstairs: card [[CREDIT_CARD|4539 7182 0364 2151]] exp 09/27, name on it [[PERSON|chloe adeyemi]]. is it ok to keep that in the booking notes or should i delete it",
    "our fish guy [[PERSON|vinnie]] wants paying by transfer from now on, write it up as a msg to the office: acc name [[PERSON|vincent lo russo]], iban [[IBAN_CODE|gb42loyd30963418275046]], ref is the invoice no",
    "how do i tell [[PERSON|mo]] nicely that swapping shifts with [[PERSON|dee]] without asking me first is not ok. keep it short",
    "login for the rota app is [[ID_NUMBER|kitchen.lead]] / [[PASSWORD|sundayroast88]] - write simple instructions for [[PERSON|priya]] to download it and see her shifts",
    "can u make this sound professional: [[PERSON|tomasz]] cut his hand on the mandoline at 14:20, first aid by [[PERSON|nell]], went to a&e, back next wk. accident book updated",
    "whats the etiquette for the tip jar when [[PERSON|kofi]] only worked half the shift but did the whole close? its me, [[PERSON|ren]] and him",
    "text the guy who left his coat and phone charger last night, [[PERSON|callum reid]], number from the booking is [[PHONE_NUMBER|07700 900851]], say we have it behind the bar till sunday",
    "our bookings system emailed that someone logged in as [[ID_NUMBER|manager_rosa]] from [[IP_ADDRESS|203.0.113.47]] at 3am. that wasnt [[PERSON|rosa]], she was asleep. what do i do first",
    "help me reply to [[PERSON|deandre]] who asked for his p60 to be emailed, his email is [[EMAIL_ADDRESS|dandre.j92@mailbox.org]]. i think we have to do it by end of may?",
    "allergy notes for sat party, turn into a neat kitchen ticket: [[PERSON|layla]] - sesame + tree nuts (epipen), [[PERSON|bodhi]] age 6 - dairy, [[PERSON|mags]] - coeliac. host is [[PERSON|ash]] [[PHONE_NUMBER|07700 900246]]",
    "pls split the staff party bill £612 between 14 of us but [[PERSON|jude]] and [[PERSON|kiri]] didnt drink so take £35 off each of theirs",
    "check this before i send: dear [[PERSON|nkechi]], the extractor fan at [[STREET_ADDRESS|14 cable street, london e1 8ja]] has been broken since march and the kitchen hits 38c. we need it fixed this week. regards, [[PERSON|sam]]",
    "short one: safe code changed, its now [[PASSWORD|60418]]. tell [[PERSON|beata]] only",
    "i do the books for a small cafe. [[PERSON|hollie]] is paid cash in hand, her ni number is [[ID_NUMBER|pr 41 88 27 c]]. how do i put her on payroll properly without getting her in trouble",
    "plan a 3 course menu for a 60 guest wedding, bride [[PERSON|marisol]] is vegan and groom [[PERSON|dev]] hates mushrooms lol. budget £45 a head",
    "the deliveroo tablet pin is [[PASSWORD|1379]] and the pos api key is [[API_KEY|lsk_7f3a9c21e04b88d6a5f2c0e19b7d4a63]]. write a handover note for [[PERSON|jun]] whos covering while im off",
    "reply to this complaint pls: 'waited 50 mins for mains, server [[PERSON|ellie]] was rude when we asked'. from [[PERSON|k. morrow]], [[EMAIL_ADDRESS|kmorrow.home@gmail.com]]",
    "need the tip-out maths again: bar took £420 in card tips, [[PERSON|flo]], [[PERSON|ade]] and [[PERSON|chris p]] on. [[PERSON|flo]] did 6h, [[PERSON|ade]] 8h, [[PERSON|chris]] 4h",
    # --- other languages: Italian, Spanish, Chinese, Polish, French, Urdu ---
    "Puoi scrivere un messaggio per [[PERSON|Giuseppe Marchetti]]? Digli che il turno di domenica lo copre [[PERSON|Chiara]] e che il codice dell'allarme è cambiato, adesso è [[PASSWORD|8812]]. Il suo numero è [[PHONE_NUMBER|+39 347 812 5563]].",
    "Hola, necesito una respuesta educada para una clienta, [[PERSON|Lucía Ferrer Ortega]], que se queja de que le cobramos la señal aunque canceló con tiempo. Su correo es [[EMAIL_ADDRESS|lucia.ferrer.o@correo-mio.es]]. Le devolvemos los 30 euros a su cuenta [[IBAN_CODE|ES39 2100 0418 3202 0194 8576]].",
    "帮我写一条微信给 [[PERSON|陈晓燕]] ，说下周三公司年会包场（30 人）的定金 2000 元已经收到了，菜单里要去掉所有花生，因为她老板 [[PERSON|刘建国]] 对花生过敏。她的电话是 [[PHONE_NUMBER|139 2741 8806]] 。",
    "Napisz proszę krótką wiadomość do [[PERSON|Pawła Zielińskiego]], że jego wypłata za marzec pójdzie na konto [[IBAN_CODE|PL35 1090 1056 0000 0001 4738 2961]] dopiero w piątek, bo [[PERSON|Ewa]] z księgowości jest na urlopie. Przeproś go ode mnie.",
    "Peux-tu traduire en anglais ce message de notre cheffe de partie [[PERSON|Mathilde Roux]] : « Je ne peux pas faire le service de samedi soir, j'ai échangé avec [[PERSON|Karim]]. Si besoin, appelez-moi au [[PHONE_NUMBER|06 39 98 41 27]]. Le code du vestiaire est toujours [[PASSWORD|3091]]. »",
    "براہ کرم [[PERSON|عمران بٹ]] کے لیے ایک مختصر پیغام لکھ دیں کہ ہفتے کی رات کی شفٹ [[PERSON|ثنا]] کے ساتھ بدل دی گئی ہے اور کچن کی چابیاں مینیجر کے پاس ہیں۔ ان کا نمبر [[PHONE_NUMBER|0321-4587209]] ہے۔",
    # --- English ---
    "Can you tidy up these call notes? 'Rang Mrs [[PERSON|Abernethy]] re her daughter's christening lunch 14 June, 22 adults 6 kids. Wants the conservatory. Call back on [[PHONE_NUMBER|07700 900317]] after 5. Her husband [[PERSON|Dougie]] is paying.'",
    "Write a rota message for the group chat: Mon-Wed [[PERSON|Bex]] and [[PERSON|Tariq]] open, Thursday [[PERSON|Yusuf]] closes with [[PERSON|Marguerite]], Friday all hands. Anyone swapping must tell [[PERSON|Donal]] before Wednesday.",
    "Our head chef [[PERSON|Basil]] keeps putting basil in everything, lol. Anyway, can you help me write his annual review? Strengths: consistency, calm on the pass. To work on: stock rotation, temperature logs.",
    "We had a guest, [[PERSON|Anneliese Vogt]], collapse in the dining room on Saturday. Turned out to be a nut reaction even though she told the waiter. Draft an incident report for environmental health. Her partner's number is [[PHONE_NUMBER|+49 30 23125 418]].",
    "Is £9.80 an hour plus tips legal for an 18 year old kitchen porter in Wales? Asking for [[PERSON|Reece]].",
    "Please translate into Greek for our new dishwasher [[PERSON|Νίκος Παπαδάκης]]: 'Your first shift is Tuesday at 10am. Wear black trousers and non-slip shoes. Ask for [[PERSON|Lorraine]] when you arrive.'",
    "Set up the guest wifi sign: network TheCopperKettle_Guest, password [[PASSWORD|kettle-on-2025]]. And a separate card for the office one, just for me and [[PERSON|Hamish]]: CKoffice / [[PASSWORD|Wh1skyB4rrel!]]",
    "Split this: the leaving do for [[PERSON|Marcin]] came to £486.40. Eleven of us, but [[PERSON|Sione]] and I already covered the cake (£38), so we should pay less. What does everyone owe?",
    "Is this legit? Email from [[PERSON|Florin]] at our veg supplier says their bank has changed and to pay invoice INV-2290 to [[IBAN_CODE|DE82 1007 0024 0938 4715 20]] from now on. It came from [[EMAIL_ADDRESS|florin.ionescu@danubefoods-eu.com]] but [[PERSON|Florin]] usually emails from a different domain.",
    "Write a warm thank-you card from the whole team to Auntie [[PERSON|Bisi]], who has made the jollof for our Friday special every week for three years and is finally retiring.",
    "What's a fair no-show policy for a 30-cover bistro? We lost four tables last Saturday alone, one of them booked by a Mr [[PERSON|Haverford]] who does it every month.",
    "Can you make this apology less grovelling? 'Dear Ms [[PERSON|Castellanos-Reyes]], we are so so sorry that your birthday cake was dropped by our runner [[PERSON|Jaz]], we feel awful and would love you to come back as our guest.'",
    "New starter paperwork for our Austin taproom: [[PERSON|Deshawn Mitchell]], SSN [[US_SSN|412-58-3091]], address [[STREET_ADDRESS|2208 E Cesar Chavez St, Austin, TX 78702]]. Which of these do I actually need on the I-9 vs the W-4?",
    "The card machine keeps dropping out. Our IT guy [[PERSON|Ravi]] says the terminal is on [[IP_ADDRESS|192.0.2.88]] and the router password is [[PASSWORD|Copper!Till77]]. Can you explain in plain English what he wants me to check?",
    "[[PERSON|Ayesha]] wants Friday off for Eid and [[PERSON|Conor]] already has it booked off. Help me write a fair message to both offering Thursday or a swap with [[PERSON|Lidia]].",
    "Turn into a supplier order email to [[PERSON|Pete]] at Hartley's Butchers: 12 kg short rib, 8 whole chickens, 5 kg pork belly, 3 kg mince. Delivery Thursday before 9. Sign off as [[PERSON|Marta]], our account number is [[ID_NUMBER|HB-30417]].",
    "My manager gave me the safe code on a post-it (it's [[PASSWORD|19-44-07]]) and I lost it somewhere in the bar. Do I have to tell her? How would I word it?",
    "Need a short, firm text to a customer who has booked and not shown three times: [[PERSON|Ngozi]], on [[PHONE_NUMBER|07700 900564]]. From now on we'll need a card to hold any booking.",
    "Can you read this review and tell me if it's worth replying? 'Lovely food but the manager, a tall bloke called [[PERSON|Stavros]], argued with us over the service charge. Won't be back. [[PERSON|Imelda R]]'",
    "Translate into Vietnamese for [[PERSON|Huong]]'s mum, who's coming in to help with the spring rolls on Saturday: 'Thank you so much! Please come at 9, park round the back, the door code is [[PASSWORD|2046]].'",
    "Draft minutes: Tuesday managers' meeting. Present: [[PERSON|Gabriel]], [[PERSON|Sinead]], [[PERSON|Obi]]. [[PERSON|Gabriel]] raised the freezer failure (approx £600 of stock lost). [[PERSON|Sinead]] to chase the insurer. [[PERSON|Obi]] proposing a 12.5% service charge from May.",
    "One of our waitresses, [[PERSON|Svetlana Horvat]], found a wallet under table 9 with a driving licence in the name of [[PERSON|Jonathan Pryce-Evans]], licence number [[ID_NUMBER|PRYCE711245JP9KL]]. How should we contact him without posting it online?",
    "Please write our cleaner [[PERSON|Gráinne]] a note: the new alarm code is [[PASSWORD|7 3 3 9]], set it on the way out, and the bins now go out Tuesday not Wednesday.",
    "How do I politely ask a customer to stop messaging my personal Instagram? He's called [[PERSON|Lorcan]], he was at the bar on Friday, handle @[[ID_NUMBER|lorcan_dubs88]].",
    "Can you check my maths? Private hire deposit was £750, hire fee £1,200, minimum spend £2,500 and they spent £2,180. Booking holder [[PERSON|Alastair Quigg]], customer no. [[ID_NUMBER|00817]]. What do we refund or charge?",
    "Hi, I'm the GM at a tapas bar. One of our cooks, [[PERSON|Andrés]], asked me to check his payslip because he thinks we used the wrong tax code. His employee number is [[ID_NUMBER|E-1127]] and his NI number is [[ID_NUMBER|JM 62 40 19 B]]. What should I look for?",
    "ok so [[PERSON|Frank]] the brewery rep called and wants to take the whole team out for dinner, is that basically a bribe lol. he said ring him back on [[PHONE_NUMBER|0113 496 0258]]",
    "What should go in an allergen matrix for a café that does 14 different cakes? My baker [[PERSON|Saoirse]] keeps changing the recipes without telling me.",
    "Write an email to Dr [[PERSON|Eleni Christodoulou]] confirming her retirement party: 60 guests, Sunday 3 August, our garden room, buffet at £32pp, £500 deposit due by 1 July. Her email is [[EMAIL_ADDRESS|e.christodoulou@ucl-alumni.net]].",
    "Is it normal for a bar to ask for your bank details on WhatsApp? My new boss [[PERSON|Rick]] wanted them for wages and I sent [[IBAN_CODE|GB69 HBUK 4012 7631 8592 04]] but now I'm nervous.",
    "My colleague [[PERSON|Thandiwe]] and I want to run a supper club from her flat at [[STREET_ADDRESS|41 Rosebery Avenue, Flat 3, London EC1R 4SP]]. Do we need to register as a food business for twelve paying guests once a month?",
    "Rewrite in a friendlier tone: 'To all staff. Stop giving free drinks to your mates. [[PERSON|Jonno]], [[PERSON|Paddy]] and [[PERSON|Little Mike]], this means you.'",
    "Summarise for the insurer: Sunday 11:40 a pan fire on the wok station, Chef [[PERSON|Hyun-woo]] put it out with the fire blanket, minor burn to commis [[PERSON|Beatriz Almeida]]'s forearm, extinguisher not used, no guests affected.",
    "Please format this as a booking confirmation: Mr & Mrs [[PERSON|Otieno]], Saturday 19:30, 6 guests, tasting menu, one pescatarian, contact [[PHONE_NUMBER|07700 900992]], card held for the £20pp no-show fee.",
    "Quick question, can my boss legally keep the service charge? Our manager [[PERSON|Giles]] says it pays for breakages.",
    "Our Square access token leaked in a screenshot in the staff group chat: [[API_KEY|EAAAEp7Xq2nRk9LwT4vZb0cMs8yHj3UfDg6aKo1iNe5PtB]]. Who do I tell and what do I revoke first? [[PERSON|Dominika]] from the office took the screenshot.",
    "Help me plan cover: [[PERSON|Ilse]] is on holiday 4-18 Aug, [[PERSON|Kwame]]'s on paternity leave from the 10th, and [[PERSON|Fumiko]] only does weekends. I need two closers Mon to Thu.",
    "Write a reference for [[PERSON|Oisín Mac Giolla]], who worked at our café for two years as a barista. Reliable, great latte art, occasionally late. He's applying to a hotel in Galway.",
    "Can you draft a letter to Mr [[PERSON|Sandhu]]'s family? He was the regular who passed away last month, same table by the window every Thursday for twenty years. We'd like to name the table after him.",
    "Split a £340 catering invoice fairly: [[PERSON|Zofia]] supplied the cakes (£120 of ingredients), [[PERSON|Tevita]] did the delivery and I made the sandwiches. Profit split equally after costs.",
    "Read these three messages from a customer and tell me if I should refund: (1) 'Booked for 8, you gave us a table by the toilets' (2) 'Your manager [[PERSON|Lucinda]] rolled her eyes at me' (3) 'I want £100 back on my card [[CREDIT_CARD|5412 6630 1987 4425]]'. Signed [[PERSON|Quentin Ashby-Hall]].",
    "Our bar manager is leaving and the till system still runs on his login, [[ID_NUMBER|ewan.mcl]] / [[PASSWORD|Harris_Tweed_9]]. What's the safest way to hand it over to [[PERSON|Priyanka]]?",
    "Wording help: we want to charge a £10pp deposit for groups over 8. A regular, Mrs [[PERSON|Van der Berg]], says it's insulting. How do I explain without losing her?",
    "Make a schedule table from this: [[PERSON|Sakura]] 7-3 Mon Tue Fri; [[PERSON|Lwazi]] 3-11 Wed Thu Sat; [[PERSON|Bartek]] doubles Sunday; [[PERSON|Yiannis]] off all week (wedding).",
    "Please check the Italian in this text to our pastry supplier: 'Ciao [[PERSON|Raffaella]], per sabato ci servono 40 cannoli e 2 torte caprese. Pagamento come sempre sul conto [[IBAN_CODE|IT75 K030 6909 4200 0004 1827 365]].'",
    "Can you write a Google review reply to [[PERSON|Chidi Okafor]]? He said the jerk chicken was 'dry as a bone' but admitted the rum punch was top. Mention head chef [[PERSON|Delroy]] is trying a new marinade.",
    "What are the signs of a dodgy chargeback? A guest called [[PERSON|Brandon Kessler]] disputed a £460 bill from his stag do on card [[CREDIT_CARD|4929 0581 7736 6208]] and says he never visited, but we have him on CCTV.",
    "Draft a WhatsApp to the kitchen: from Monday the walk-in lock code is [[PASSWORD|5150]] then hash, and the dry store is [[PASSWORD|0909]]. Don't write them on the wall again, [[PERSON|Arjun]].",
    "Rewrite as a formal warning letter: on 12 May [[PERSON|Lee-Ann Dubois]] took £40 from the tip jar. Witnessed by [[PERSON|Hassan]] and on camera. Final warning, next time dismissal.",
    "How do I set up a Mailchimp newsletter for the café? Our old freelancer [[PERSON|Mika]] left the API key in a Google doc: [[API_KEY|7c1e9a44b02f8d3e6a51c0d9b7e2f418-us21]]. Should I rotate it first?",
    "Our new commis [[PERSON|Оксана Литвиненко]] only reads a little English. Can you put our allergen rules into simple Ukrainian for her? Ten bullet points at most.",
    "Please make this sound less angry. '[[PERSON|Efua]], you left the fryer on overnight AGAIN. The whole place could have gone up. If it happens once more I'll have to take you off closes.'",
    "Is this text a scam? 'Hi it's [[PERSON|Jade]] from payroll, your wage didn't go through, please confirm card number and PIN at this link'. Our payroll person is [[PERSON|Jade Whitlock]] and her real number is [[PHONE_NUMBER|07700 900673]].",
    "Write a thank-you to the [[PERSON|Kowalczyk]] family for booking the whole restaurant for Babcia [[PERSON|Halina]]'s 90th, and confirm the final balance of £1,870.",
    "Summarise this call log: 09:12 [[PERSON|Ahmed Rashidi]] rang re lost phone. 09:30 [[PERSON|Natalia]] (florist) confirmed 10am Sat. 11:05 [[PERSON|Ahmed]] rang again, found it in his car. 11:40 HMRC, left message.",
    "We accidentally charged a guest twice. Details: [[PERSON|Priscila Gomes]], Amex [[CREDIT_CARD|3782 914503 62719]], £86.50 both times on 2 March. Draft an email to our payment provider asking for one charge to be reversed.",
    "Write a short bio for our website for head chef [[PERSON|Akosua Boateng]]: grew up in Kumasi, trained in Lyon, opened our place in 2019.",
    "Help with a text to my landlord Mr [[PERSON|Farouk]]: the flat above the restaurant at [[STREET_ADDRESS|7B Market Place, Hexham NE46 1XQ]] has had no hot water since Monday and I start at 6am.",
    "Can you translate to Japanese for our guest [[PERSON|佐藤 美咲]] who booked the omakase counter: 'Your table for two is confirmed for Friday at 8pm. We have noted your husband's soy allergy.'",
    "Work out holiday pay for a zero-hours waiter: [[PERSON|Callum Ferreira]] averaged 26 hours a week over the last 52 weeks at £11.44. He's asking for 5 days off.",
    "Put this into a neat table: tips for November. [[PERSON|Raúl]] £212, [[PERSON|Wiktoria]] £198, [[PERSON|Sadia]] £240, [[PERSON|Benji]] £87 (part-time). Add a total row.",
    "A review says 'the blonde waitress with the nose ring ([[PERSON|Tash]]?) was brilliant'. Can you write a reply thanking them and naming [[PERSON|Natasha]] properly?",
    "My chef friend [[PERSON|Matteo]] wants to move to the US to cook in Chicago. The owner offered to sponsor him and asked for his passport number, [[ID_NUMBER|YA4827136]], by email. Is that normal?",
    "Our POS vendor says someone keeps hitting the admin page from [[IP_ADDRESS|198.51.100.212]] and [[IP_ADDRESS|198.51.100.23]]. [[PERSON|Jessamy]] from head office wants to know if that's our guest wifi. How can I tell?",
    "Send to: [[PERSON|Hyacinth Barnes-Clarke]], [[STREET_ADDRESS|19 Clarendon Road, Bristol BS6 7EX]]. Message: sorry your celebration cake had the wrong name iced on it, a new one is on us. Can you make that sound nicer?",
    "Write a rota-swap form we can pin up in the staff room. Example filled in: [[PERSON|Ruairi]] swaps Sat 6pm close with [[PERSON|Abena]], approved by [[PERSON|Kim]].",
    "Translate this message from [[PERSON|김서연]] in our kitchen group chat: '내일 오픈 대신 해줄 사람 있어요? 제가 병원에 가야 해서요. 연락은 [[PHONE_NUMBER|010-4827-3156]]으로 주세요.'",
    "Can I deduct a till shortage from wages? Our manager took £25 out of [[PERSON|Dmitri]]'s pay after his drawer came up short, without asking him.",
    "I did freelance catering for a company in New Jersey and they want a W-9. My SSN is [[US_SSN|529-34-7716]] and I live at [[STREET_ADDRESS|88 Linden Ave, Apt 2, Montclair, NJ 07042]]. Should I give them the SSN or get an EIN? Sign any letter as [[PERSON|Tomás Herrera]].",
    "Summarise this TripAdvisor review from user [[ID_NUMBER|FoodieFran_71]]: the carbonara had cream in it (a crime!), but the waiter [[PERSON|Bogdan]] was lovely and the tiramisu saved the night.",
    "Help me phrase a message to my sous chef [[PERSON|Kenji]] asking him to stop posting the kitchen on TikTok, especially the clip where you can see the safe code [[PASSWORD|48152]] on the wall behind him.",
    "Turn these into a call sheet for tomorrow's confirmations: [[PERSON|Leclerc]] 4 ppl 19:00 [[PHONE_NUMBER|06 39 98 22 70]]; [[PERSON|Amadi]] 2 ppl 19:30 [[PHONE_NUMBER|07700 900185]]; [[PERSON|O'Rourke]] 8 ppl 20:00 [[PHONE_NUMBER|(312) 555-0147]].",
    "Fix my English please: 'Dear Mr [[PERSON|Grünewald]], thanks you for you booking of the Gallery room at 12 of July, please to confirm numbers before the 1 of July.'",
    "Hen party of 14 booked under '[[PERSON|Steph]]', deposit paid by card [[CREDIT_CARD|2221 0048 7316 5592]]. Half of them didn't turn up and [[PERSON|Steph]]'s now asking for a partial refund. What's reasonable?",
    "How do I get my name off a premises licence? I left the pub in March but it still says designated premises supervisor: [[PERSON|Colm Byrne]], personal licence no. [[ID_NUMBER|LBR/PL/04417]].",
    "Our bakery's online shop got an order from [[PERSON|Roxanne Tate]], delivery to [[STREET_ADDRESS|3 Mill Lane, Saffron Walden CB10 2AA]], but the card [[CREDIT_CARD|4556 8730 1294 8634]] was declined twice before a different card worked. Worth worrying about?",
    "Please draft a sympathetic reply to [[PERSON|Kemal]], our grill chef, who asked for two weeks of unpaid leave to visit his father in Izmir.",
    "Quick maths: 3 bartenders share £910 in tips by hours. [[PERSON|Pip]] 22h, [[PERSON|Lachlan]] 31h, [[PERSON|Yaw]] 17h. Round to the nearest pound.",
    "We're renting out the café for evening pop-ups. The first is with a chef called [[PERSON|Soo-ah Han]], who wants a set of keys and the alarm code (currently [[PASSWORD|3318]]). Draft a short agreement covering keys, alarm, cleaning and deposit.",
    "I run payroll for a small restaurant in Kraków. Translate this line for our English-speaking accountant: 'Wynagrodzenie za kwiecień: [[PERSON|Jakub Nowicki]], PESEL [[ID_NUMBER|92112804731]], 5 200 zł brutto, premia za nadgodziny.'",
    "Summarise the complaint and suggest a response: Ms [[PERSON|Adaeze Nwosu]] says she told us about her daughter's peanut allergy when booking (ref BK-55812) and the dessert still had praline in it. Her daughter [[PERSON|Chioma]] was fine after an antihistamine. Email: [[EMAIL_ADDRESS|adaeze.nwosu@outlook.com]]",
    "Please turn our alarm company's instructions into a closing checklist. Account holder: [[PERSON|Beatrix Olsen]], customer number [[ID_NUMBER|771-204-38]], arm code [[PASSWORD|2580]], duress code [[PASSWORD|2581]].",
    "Planning a pop-up at a food festival. My partner [[PERSON|Hamza]] and I need to split costs: pitch £450 (he paid), gas £60 (I paid), stock £780 (split 60/40 me/him). Who owes who?",
    "Make a to-do list from my voice note: ring [[PERSON|Hilde]] about the linen, order lemons, chase the plumber for [[STREET_ADDRESS|12 Vine Street]] which is actually [[PERSON|Gwen]]'s flat, tell [[PERSON|Ezekiel]] his uniform's in.",
]

# 100 one-person records in the manner of synthetic PII benchmark sentences.
RECORDS = [
    # --- with a national id ---
    "Staff member [[PERSON|Aleksandra Wiśniewska]], PESEL [[ID_NUMBER|87031415689]], joined the bar team on 3 March 2023 as a part-time mixologist.",
    "Name: [[PERSON|Shanice Dowd]] | Role: breakfast chef | NHS no: [[ID_NUMBER|401 583 7266]] | Emergency contact on file",
    "emp_id,name,nhs_no,start\n[[ID_NUMBER|E2231]],[[PERSON|Kieran Doyle]],[[ID_NUMBER|728 309 1645]],2022-09-12",
    "Return-to-work form: [[PERSON|Fatima Begum]], NHS number [[ID_NUMBER|615 042 8834]], back strain from lifting kegs, light duties for two weeks.",
    "[[PERSON|Ashleigh Bramwell]] | NHS [[ID_NUMBER|486 117 3027]] | [[PHONE_NUMBER|07700 900205]] | first aider, bar level 2",
    "[[PERSON|Zuzana Horáková]], NHS [[ID_NUMBER|943 476 5919]], allergic to penicillin, on the staff since 2020.",
    "Guest [[PERSON|Agnieszka Lewandowska]] (PESEL [[ID_NUMBER|01250937168]]) reported feeling unwell after the 19:30 sitting; GP letter attached to the claim.",
    "Pracownik: [[PERSON|Tadeusz Kamiński]], PESEL [[ID_NUMBER|76062209415]], tel. [[PHONE_NUMBER|+48 601 384 522]], stanowisko: szef kuchni.",
    "[[PERSON|Giulia Rossi]], nata a Milano il 12/08/1988, codice fiscale [[ID_NUMBER|RSSGLI88M52F205E]], cameriera di sala.",
    "[[PERSON|Marco Bianchi]] | chef de partie | CF [[ID_NUMBER|BNCMRC79D03H501W]] | IBAN [[IBAN_CODE|IT85 M020 0805 3640 0010 5839 217]]",
    "[[PERSON|Elena Ferrari]] (cod. fisc. [[ID_NUMBER|FRRLNE92S64L219F]]) has been added to the Turin catering crew for the wedding season.",
    "Payroll export: [[PERSON|Stefano Conti]]; CF [[ID_NUMBER|CNTSFN85A17G273O]]; net €1,642.10; paid 27/01",
    "Camarero: [[PERSON|Javier Molina Ruiz]]. DNI [[ID_NUMBER|53071846J]]. Teléfono [[PHONE_NUMBER|+34 612 48 93 07]].",
    "NIE [[ID_NUMBER|Y4816273H]]: [[PERSON|Florentina Dumitru]], kitchen porter, contract ends 30/09.",
    "Reserva a nombre de [[PERSON|Álvaro Pérez Castillo]], DNI [[ID_NUMBER|20948517W]], 12 comensales, señal pagada con la tarjeta [[CREDIT_CARD|5237 8149 0062 3180]].",
    "Registro de personal: [[PERSON|Yasmina El Idrissi]], NIE [[ID_NUMBER|X2957038C]], domicilio [[STREET_ADDRESS|Calle de Embajadores 41, 3º B, 28012 Madrid]].",
    "Mme [[PERSON|Camille Laurent]], numéro de sécurité sociale [[ID_NUMBER|2 88 07 75 113 042 40]], serveuse à temps partiel.",
    "[[PERSON|Théo Garnier]], NIR [[ID_NUMBER|1 91 03 69 387 215 87]], commis de cuisine, tél. [[PHONE_NUMBER|06 39 98 63 14]].",
    "bsn: [[ID_NUMBER|182736453]] | naam: [[PERSON|Sanne de Vries]] | functie: barista | iban: [[IBAN_CODE|NL82 RABO 0318 4729 56]]",
    "Employee [[PERSON|Daan Visser]] (BSN [[ID_NUMBER|304192764]]) completed his HACCP level 2 training on 18 April.",
    "Aushilfskoch [[PERSON|Jonas Becker]], Steuer-ID [[ID_NUMBER|57 381 029 461]], Tel. [[PHONE_NUMBER|030 23125 774]], Minijob seit Mai.",
    "[[PERSON|Priya Raghunathan]], Aadhaar [[ID_NUMBER|5832 9017 4636]], tandoor chef, joined the Bengaluru branch in 2021.",
    "Delivery rider onboarding: name [[PERSON|Vikram Solanki]], Aadhaar no. [[ID_NUMBER|3916 4208 7517]], mobile [[PHONE_NUMBER|+91 98451 27730]].",
    "[[PERSON|王伟]]，身份证号 [[ID_NUMBER|110105198806143721]] ，厨房主管，联系电话 [[PHONE_NUMBER|138 0127 4659]] 。",
    "Staff file: [[PERSON|林晓玲]], resident ID [[ID_NUMBER|440306198511032673]], pastry section, Shenzhen store.",
    "Cliente: [[PERSON|Rafael Nogueira Santos]] | CPF [[ID_NUMBER|394.720.158-32]] | e-mail [[EMAIL_ADDRESS|rafa.nsantos@uol.com.br]] | evento: casamento, 120 pessoas",
    "Garson [[PERSON|Emre Yıldız]], T.C. kimlik no [[ID_NUMBER|48219073644]], telefon [[PHONE_NUMBER|+90 532 418 27 63]].",
    "NRIC [[ID_NUMBER|S8821473J]] belongs to [[PERSON|Tan Wei Ming]], part-time bartender at the Clarke Quay outlet.",
    "이름: [[PERSON|박지현]] / 주민등록번호: [[ID_NUMBER|880412-2731648]] / 직책: 홀 매니저",
    "TFN declaration received from [[PERSON|Mitchell O'Connell]] (TFN [[ID_NUMBER|512 839 465]]), casual bar attendant, Fitzroy venue.",
    "Medicare card [[ID_NUMBER|4718 36500 1]], cardholder [[PERSON|Kylie Thornbury]], first aid incident: burn to left wrist, 6/11.",
    "マイナンバー [[ID_NUMBER|5381 7204 9613]] / 氏名 [[PERSON|高橋 健太]] / 調理補助 / 週4日",
    "Insurance claim form: claimant [[PERSON|Dermot Fahy]], PPS number [[ID_NUMBER|8406215E]], slipped on the wet floor by the bar, 14 February.",
    "Irish staff register: [[PERSON|Niamh Gallagher]], PPSN [[ID_NUMBER|3917462NA]], start date 01/05/2024, front of house.",
    "SIN [[ID_NUMBER|538 214 768]]; employee: [[PERSON|Étienne Lavoie]]; position: line cook; Montréal.",
    "Personnummer [[ID_NUMBER|910423-7186]], [[PERSON|Linnea Holm]], sommelier, tel. [[PHONE_NUMBER|+46 73 512 09 84]].",
    "ID [[ID_NUMBER|9105260843089]]: [[PERSON|Thandeka Ndlovu]], braai lead for the Cape Town catering contract.",
    "Henkilötunnus [[ID_NUMBER|210687-3150]], [[PERSON|Mikko Virtanen]], keittiöapulainen.",
    "Fødselsnummer [[ID_NUMBER|150892 47354]], [[PERSON|Henrik Solberg]], servitør, Oslo.",
    "NIF [[ID_NUMBER|238 419 053]] | [[PERSON|Inês Carvalho]] | pastelaria | IBAN [[IBAN_CODE|PT26 0035 0651 0002 7493 1824 7]]",
    "CNP [[ID_NUMBER|2900518401234]]: [[PERSON|Ioana Popescu]], ospătar, angajată din 2019.",
    "RUT [[ID_NUMBER|15.628.347-9]] · [[PERSON|Camila Fuentes]] · encargada de barra · [[PHONE_NUMBER|+56 9 8421 3376]]",
    # --- without a national id ---
    "[[PERSON|Sunil Kapoor]], [[STREET_ADDRESS|3117 W Belmont Ave, Chicago, IL 60618]], SSN [[US_SSN|238-71-0452]], hired as line cook 04/02/2024.",
    "W-4 on file: [[PERSON|Marisela Guerrero]] | SSN [[US_SSN|061-92-4837]] | [[PHONE_NUMBER|(773) 555-0162]]",
    "Server [[PERSON|Tyrone Jenkins]] reported $1,284.50 in cash tips for Q3; SSN [[US_SSN|774-05-2318]].",
    "Dear Ms [[PERSON|Henderson-Lyle]], we confirm your private dining booking and have charged the $150 deposit to card [[CREDIT_CARD|6011 4720 5581 9366]].",
    '{"customer": "[[PERSON|Beatrice Achterberg]]", "card": "[[CREDIT_CARD|4716 3390 8824 0576]]", "exp": "11/28", "event": "rehearsal dinner"}',
    "Tab left open: [[PERSON|Connor Mulvaney]], Visa [[CREDIT_CARD|4024 0071 5538 9165]], £63.40, bar 2, 23:52.",
    "Amex [[CREDIT_CARD|3714 628930 55171]] on file for [[PERSON|Yolanda Pierce]] (corporate lunch account), billing zip 30307.",
    "Gift voucher purchaser: [[PERSON|Rupert Falconer-Hume]]; paid with [[CREDIT_CARD|5189 0327 4665 1202]]; deliver to [[STREET_ADDRESS|16 Ashdown Crescent, Tunbridge Wells TN2 4QT]].",
    "Wages: [[PERSON|Kasia Zając]], IBAN [[IBAN_CODE|GB80 NWBK 6017 0849 2155 37]], 38.5 hrs at £12.21",
    "Supplier payee: [[PERSON|Yannick Morel]], maraîcher, IBAN [[IBAN_CODE|FR02 3000 4028 3700 0104 8291 763]], tél. [[PHONE_NUMBER|06 39 98 17 52]]",
    "Refund approved for [[PERSON|Caoimhe Brennan]] to [[IBAN_CODE|IE70 AIBK 9311 5247 0281 63]] (cancelled communion lunch).",
    "[[PERSON|Alejandra Soto]]; [[IBAN_CODE|ES45 0081 5237 8100 0194 6372]]; ayudante de cocina; [[EMAIL_ADDRESS|alejandra.soto.m@gmail.com]]",
    "[[PERSON|Usman Tariq]] | IBAN [[IBAN_CODE|PK52 MEZN 0001 2301 0458 7291]] | [[PHONE_NUMBER|0300-5829174]] | mehndi catering, 200 guests",
    "[[PERSON|Florence Dubois-Lambert]], [[IBAN_CODE|BE91 0630 4418 2729]], gérante, [[STREET_ADDRESS|42 Rue de Flandre, 1000 Bruxelles]].",
    "Bank details update: [[PERSON|Leon Schäfer]], IBAN [[IBAN_CODE|DE22 3705 0198 1927 3645 08]], Tel. [[PHONE_NUMBER|+49 30 23125 603]].",
    "Bar staff login created: username [[ID_NUMBER|jbalogun]] for [[PERSON|Jide Balogun]], temporary password [[PASSWORD|Welcome#2291]]",
    '2024-06-02T01:14:07Z auth.failure user=[[ID_NUMBER|svetaK]] src=[[IP_ADDRESS|203.0.113.159]] name="[[PERSON|Svetlana Kuznetsova]]"',
    "POS audit: manager override by [[PERSON|Declan Hurley]] (staff PIN [[PASSWORD|8046]]) at 23:41 on till 3.",
    "[[PERSON|Ola Adebayo]], locker 14, combination [[PASSWORD|3-27-11]], kitchen team.",
    "[2025-01-19 08:02:55] booking-api key rotated by [[PERSON|Helga Sørensen]]; old key [[API_KEY|ak_live_Qm83Vx1LpT6rZc0NwY4eJs9K]] revoked",
    "Reservation R-88213 | holder: [[PERSON|Mohammed Al-Sayed]] | mobile [[PHONE_NUMBER|+971 50 417 2283]] | 6 guests | no-show",
    "Wine Club Gold, member no. [[ID_NUMBER|WC-07731]]: [[PERSON|Penelope Ashworth]], [[EMAIL_ADDRESS|penny.ashworth@icloud.com]], [[STREET_ADDRESS|2 Hollis Mews, Harrogate HG1 2RB]].",
    "Lost property log. Owner: [[PERSON|Oskar Lindgren]]. Item: brown leather wallet. Contact: [[EMAIL_ADDRESS|oskar.lindgren@telia.se]]",
    "Chef [[PERSON|Lorenzo Marino]] can be reached at [[PHONE_NUMBER|+39 333 904 1178]] or [[EMAIL_ADDRESS|lorenzo.marino.chef@libero.it]].",
    "Mrs [[PERSON|Winifred Oakes]], [[STREET_ADDRESS|7 Chapel Row, Ludlow SY8 1DW]], tel [[PHONE_NUMBER|07700 900448]], requested a gluten-free afternoon tea for four.",
    "Personal licence holder: [[PERSON|Rhiannon Price]], licence [[ID_NUMBER|PL/CDF/22815]], designated premises supervisor at The Anchor.",
    "Catering van driver: [[PERSON|Kwabena Asante]], driving licence [[ID_NUMBER|ASANT804113K99PL]], checked 2 May.",
    "Passport no. [[ID_NUMBER|AK4827351]]: [[PERSON|Grace Mwangi]], Kenyan national, right to work checked 12/01.",
    "Kitchen incident: [[PERSON|Hamid Karimi]], employee no. [[ID_NUMBER|40218]], cut to thumb, treated on site, logged by duty manager.",
    "Allergy register | [[PERSON|Isla McTavish]] | coeliac + lactose | phone [[PHONE_NUMBER|07700 900377]] | booking holder no. [[ID_NUMBER|BH-5521]]",
    "To whom it may concern, this is to confirm that [[PERSON|Nnamdi Eze]] has worked as a chef at our restaurant since 2019. He lives at [[STREET_ADDRESS|Flat 2, 58 Lordship Lane, London SE22 8HJ]].",
    "Reviewer profile: username '[[ID_NUMBER|brunchqueen_lu]]', real name [[PERSON|Lucinda Marr]], 214 reviews, flagged for abusive language.",
    "Caterer invoice contact: [[PERSON|Bongani Zulu]], [[EMAIL_ADDRESS|bongani@zulu-grills.co.za]], [[PHONE_NUMBER|+27 82 417 3390]].",
    "[[PERSON|Sophie Tremblay]] | [[EMAIL_ADDRESS|sophie.t.cuisine@videotron.ca]] | [[PHONE_NUMBER|(514) 555-0139]] | pastry",
    "Hi, I'm [[PERSON|Mateus Ribeiro]], the new sous chef. You can text me on [[PHONE_NUMBER|+55 11 98734-2210]].",
    "[[PERSON|Nomvula Khumalo]], [[STREET_ADDRESS|31 Juta Street, Braamfontein, Johannesburg 2001]], waitress, starts Monday.",
    "Supplier rep [[PERSON|Hiroshi Nakamura]], [[STREET_ADDRESS|2-14-7 Nishiazabu, Minato-ku, Tokyo 106-0031]], [[PHONE_NUMBER|090-3817-4402]].",
    '{"name": "[[PERSON|Valentina Greco]]", "email": "[[EMAIL_ADDRESS|vale.greco91@gmail.com]]", "role": "hostess", "shift_pref": "evenings"}',
    "Rota import row: 2025-W14,Mon,[[PERSON|Femi Oduya]],[[PHONE_NUMBER|07700 900519]],open",
    "customer_id=[[ID_NUMBER|CU-90412]] name=[[PERSON|Beverley Stokes]] ip=[[IP_ADDRESS|192.0.2.140]] action=cancel_booking",
    "Wi-Fi voucher issued to [[PERSON|Anton Petrov]], assigned [[IP_ADDRESS|2001:db8:4a1::17]] for the conference day.",
    "[[PERSON|Ruth Abiodun]] ([[EMAIL_ADDRESS|ruth.abiodun@yahoo.co.uk]]) complained about being charged for bottled water she didn't order.",
    "[[PERSON|Nuno Tavares]] was born on 4 June 1987 and lives at [[STREET_ADDRESS|Rua das Flores 112, 4050-265 Porto]].",
    "Contact card: [[PERSON|Orla Kinsella]], [[PHONE_NUMBER|+353 87 214 6093]], event planner for the June wedding.",
    "Mr [[PERSON|Ifeanyi Obi]] requested a table for 10 at 8pm and left his number, [[PHONE_NUMBER|07700 900608]].",
    "Staff discount card [[ID_NUMBER|4417-2203]] issued to [[PERSON|Maja Novak]], expires December 2025.",
    "[[PERSON|Lucas Moreau]], [[STREET_ADDRESS|18 Rue Oberkampf, 75011 Paris]], [[EMAIL_ADDRESS|lucas.moreau@free.fr]], commis pâtissier.",
    "Safe log: opened 06:55 by [[PERSON|Tereza Novotná]] with code [[PASSWORD|774192]], float counted £300.",
    "Deliveroo partner account owner: [[PERSON|Haruto Sato]], login [[EMAIL_ADDRESS|haruto.s@kitchenmail.jp]], password [[PASSWORD|Ramen4Life!]]",
    "Student worker [[PERSON|Amelia Thornton]], student ID [[ID_NUMBER|S2104478]], available Friday to Sunday only.",
    "Ms [[PERSON|Ekaterina Volkova]]: reference request sent to [[EMAIL_ADDRESS|ekaterina.volkova@yandex.ru]]; previous employer Café Pushkin.",
    "Booking note: Father [[PERSON|Brendan Keogh]], parish lunch, 24 covers, call [[PHONE_NUMBER|020 7946 0518]] to confirm.",
    "[[PERSON|Gustavo Peixoto]], [[STREET_ADDRESS|1500 Ocean Dr, Apt 804, Miami Beach, FL 33139]], [[PHONE_NUMBER|(305) 555-0186]]",
    "Tip pool opt-out signed by [[PERSON|Dimitra Papadopoulou]], employee [[ID_NUMBER|3390]], on 05/03.",
    "Pastry chef [[PERSON|Ama Owusu-Ansah]], [[EMAIL_ADDRESS|ama.oa@protonmail.com]], password reset requested from [[IP_ADDRESS|198.51.100.77]].",
    "Catering quote sent to [[PERSON|Wanjiru Kamau]], [[EMAIL_ADDRESS|wanjiru.kamau@gmail.com]], [[PHONE_NUMBER|0491 570 226]], for a 70-guest graduation party.",
    "[[PERSON|Hannah Lindqvist]]; [[EMAIL_ADDRESS|hannah.l.events@outlook.com]]; [[CREDIT_CARD|5412 7790 3318 2049]]; private hire, Saturday 14 September",
    "Name: [[PERSON|Bilal Chaudhry]]\nRole: night porter\nHome: [[STREET_ADDRESS|44 Stratford Road, Sparkhill, Birmingham B11 1AN]]\nMobile: [[PHONE_NUMBER|07700 900926]]",
]

# 25 MT-Bench/Vicuna-style prompts; the people named are historical or fictional.
CLEAN_PROMPTS = [
    "Write a persuasive blog post arguing that small independent cafés should close one day a week to protect their staff's wellbeing.",
    "Imagine you are Auguste Escoffier visiting a modern delivery-only ghost kitchen. Describe your reactions in a short monologue.",
    "Compose a sequence of four haiku about the last hour before a restaurant opens for dinner service.",
    "Explain the brigade de cuisine to someone who has never worked in a kitchen, using a football team as an analogy.",
    "Role-play as a sommelier recommending wines to a couple celebrating their anniversary. They like fruity reds but dislike oaky wines.",
    "Compare the business models of a fine-dining restaurant and a food truck. Which is more resilient in a recession, and why?",
    "Write a short story in which Sherlock Holmes solves the mystery of a missing wedding cake at a country house hotel.",
    "Extract every ingredient and its quantity from this recipe and return them as a JSON list: 'Whisk 3 eggs with 250 ml milk, add 120 g flour and a pinch of salt, then rest the batter for 30 minutes.'",
    "Write a Python function that takes a list of table sizes and a party size and returns the smallest table that fits, or None if none does.",
    "How did the spread of home and commercial refrigeration change restaurant menus in the first half of the twentieth century?",
    "Pretend you are Mrs Beeton writing a household advice column for a modern food blog. Give three tips for hosting a dinner party on a budget.",
    "Draft a job advertisement for a breakfast cook at a seaside bed and breakfast. Keep it under 150 words and make it sound welcoming.",
    "What are the pros and cons of a no-tipping policy with higher menu prices? Give a balanced answer for restaurant owners.",
    "Write a limerick about a waiter who keeps forgetting the specials.",
    "Describe a busy night market in Taipei using all five senses, in no more than 200 words.",
    "If Julia Child and Anthony Bourdain co-hosted a cooking show, what would the first episode look like? Outline it scene by scene.",
    "Summarise the main arguments for and against allowing dogs inside pubs and cafés.",
    "Give me a five-step plan for reducing food waste at a hotel breakfast buffet.",
    "Write a SQL query that returns the ten most frequently ordered dishes of last month from a table orders(dish_id, ordered_at) joined to dishes(id, name).",
    "You are a restaurant critic in Paris in 1925. Review a small bistro in Montmartre in the voice of the era.",
    "Explain why bread goes stale, and whether keeping it in the fridge helps or makes things worse.",
    "Suggest a name and a two-sentence mission statement for a café that trains and employs young people leaving care.",
    "Write a dialogue between Don Quixote and Sancho Panza arguing over the bill at a roadside inn.",
    "What can a new restaurant owner learn from how Ray Kroc scaled McDonald's, and what should they avoid copying?",
    "Rewrite this sentence to be more concise: 'Due to the fact that we are currently experiencing a higher than usual volume of bookings, we would kindly ask that all guests arrive at the time that they have booked.'",
]

# 25 GSM8K-style word problems with fictional first names.
CLEAN_GSM8K = [
    "Marisol runs a taco stand and sells 3 tacos for $7. On Saturday she sold 84 tacos. How much money did she take?",
    "A café uses 18 grams of coffee for each espresso. Tobias pulls 140 shots on Monday and twice as many on Saturday. How many kilograms of coffee does he use over the two days?",
    "Nadia bakes 5 trays of croissants with 20 on each tray. She sells 85% of them and gives the rest to a food bank. How many croissants does she give away?",
    "Omar's restaurant has 16 tables for 4 and 6 tables for 2. If 75% of the seats are filled, how many diners are there?",
    "Three waiters share tips in proportion to hours worked. Leo worked 6 hours, Ana 8 hours and Kwesi 10 hours. If the tips total $360, how much does Ana get?",
    "Priya orders 12 kg of onions at £1.20 per kg and 5 kg of garlic at £6.50 per kg. She gets 10% off the whole order. How much does she pay?",
    "A pub sells a pint for £5.40. On quiz night Dougal's team of 6 each buys 3 pints. How much does the team spend?",
    "Ines needs 90 cupcakes for a party. Each batch makes 15 and bakes for 25 minutes, and her oven fits one batch at a time. How long will all the baking take?",
    "A caterer charges $28 per guest plus a $350 setup fee. What is the largest number of guests Frankie can invite with a budget of $2,000?",
    "Yusuf's food truck uses 2 litres of oil every 3 hours. If he works 9 hours a day for 5 days, how many litres of oil does he use?",
    "Sven's bar sold 240 cocktails last weekend. 35% were mojitos and a quarter of the rest were margaritas. How many margaritas were sold?",
    "Greta sells loaves for £3.50 each and rolls at 6 for £2. One morning she sells 48 loaves and 90 rolls. What is her takings for the morning?",
    "A kitchen porter washes 120 plates an hour. Bram works from 6 pm to 11:30 pm with a 30-minute break. How many plates can he wash?",
    "A restaurant aims for food costs of 30% of the menu price. If a dish costs Aiko £4.20 to make, what should she charge for it?",
    "Rosa pays her 4 staff £11.50 an hour and each works 7 hours on Sunday. Sunday sales are £1,450. What percentage of sales goes on wages, to one decimal place?",
    "A wedding cake has three tiers. The bottom tier serves 60, the middle serves two-thirds as many and the top serves half as many as the middle. How many guests can Elif's cake serve?",
    "Hamish buys a coffee machine for £3,600. He makes £1.80 profit on each cup and sells 80 cups a day. After how many days has the machine paid for itself?",
    "A pizzeria cuts each large pizza into 8 slices. Mateo's party of 13 people each want 3 slices. How many large pizzas must they order?",
    "Chloe earns £12 an hour plus tips. This week she worked 32 hours and her tips came to one quarter of her wages. What did she earn in total?",
    "A recipe for 4 people uses 300 g of rice. Tariq is cooking for 26 people. How many grams of rice does he need?",
    "A café opens at 7:30 am and closes at 4 pm. Dana's shift covers the first 60% of the opening hours. At what time does her shift end?",
    "Out of 180 bookings in March, 12 were no-shows. If April has 210 bookings and the same no-show rate, how many no-shows should Bea expect?",
    "A bottle of wine costs a bar £9 and sells for £32. A bottle holds 750 ml and a glass is 175 ml. If Luca sells only full glasses at £8.50 each, how much more does he take per bottle than selling it whole?",
    "A food stall sells samosas at 3 for £2. Ravi made 150 samosas and sold all but 9. How much money did he take?",
    "Two cooks can prep 60 kg of vegetables in 3 hours. Working at the same rate, how long would Femi and two other cooks take to prep 90 kg?",
]

# 25 MMLU-style items with options A to D.
CLEAN_MMLU = [
    "Which temperature range is commonly called the 'danger zone' for bacterial growth in food? A) 0–5 °C B) 5–63 °C C) 63–75 °C D) 75–100 °C",
    "In menu engineering, a dish that is popular but has a low profit margin is usually classed as a: A) Star B) Plowhorse C) Puzzle D) Dog",
    "Which of the following is NOT one of the 14 allergens that UK food businesses must declare? A) Celery B) Lupin C) Garlic D) Sulphur dioxide",
    "The Maillard reaction takes place between: A) fats and water B) amino acids and reducing sugars C) starch and acid D) salt and protein",
    "A restaurant's prime cost is the sum of: A) rent and utilities B) food cost and labour cost C) marketing and rent D) food cost and rent",
    "Which organism is most often associated with undercooked chicken? A) Campylobacter B) Clostridium botulinum C) Vibrio cholerae D) Norovirus",
    "In economics, the extra revenue from selling one more meal is called: A) average revenue B) marginal revenue C) total revenue D) fixed revenue",
    "Which French mother sauce is made by thickening milk with a white roux? A) Espagnole B) Velouté C) Béchamel D) Hollandaise",
    "In a HACCP plan, a step at which control can be applied to prevent or eliminate a hazard is a: A) critical limit B) critical control point C) corrective action D) verification step",
    "Which vitamin is most easily lost when vegetables are boiled for a long time? A) Vitamin A B) Vitamin C C) Vitamin D D) Vitamin K",
    "A bar wants a pour cost of 20%. If a 25 ml measure of a spirit costs £0.90, what should it sell for? A) £3.60 B) £4.50 C) £5.00 D) £1.80",
    "Which cooking method uses food sealed in a bag in a temperature-controlled water bath? A) Braising B) Poaching C) Sous vide D) Confit",
    "Which legal doctrine makes an employer liable for the negligence of its employees in the course of their work? A) Strict liability B) Vicarious liability C) Contributory negligence D) Res judicata",
    "The alcohol in wine is produced when yeast ferments: A) tannins B) sugars C) acids D) proteins",
    "In a first-in, first-out (FIFO) stock system, which items are used first? A) The most expensive B) The newest C) The oldest D) The largest",
    "Which is a feature of a perfectly competitive market? A) Few sellers B) Differentiated products C) Firms are price takers D) High barriers to entry",
    "Scombroid poisoning from badly stored fish is caused by high levels of: A) Histamine B) Solanine C) Aflatoxin D) Ciguatoxin",
    "Which knife cut produces thin matchstick strips? A) Brunoise B) Julienne C) Chiffonade D) Paysanne",
    "A business reaches its break-even point when: A) total revenue equals total costs B) variable costs equal fixed costs C) profit is at its maximum D) sales double",
    "Which gas is most commonly used to dispense draught lager? A) Oxygen B) Carbon dioxide C) Helium D) Argon",
    "The word 'restaurant' in its modern sense is often traced to a Paris soup seller of the 1760s named: A) Boulanger B) Carême C) Escoffier D) Brillat-Savarin",
    "Which of the following best describes 'mise en place'? A) Plating a dish B) Preparing and arranging ingredients before service C) Cleaning down after service D) Ordering stock",
    "Coeliac disease is an immune reaction to: A) lactose B) gluten C) fructose D) histamine",
    "A café's fixed costs are £6,000 a month and each coffee contributes £1.50. How many coffees must it sell a month to break even? A) 3,000 B) 4,000 C) 6,000 D) 9,000",
    "Which compound in egg yolk acts as the emulsifier in mayonnaise? A) Casein B) Lecithin C) Gelatin D) Pectin",
]

# 25 health questions of kitchen, bar and café workers, naming no one.
CLEAN_HEALTH = [
    "I burned my forearm on an oven rack at work. It's red and blistered, about the size of a coin. Should I pop the blister?",
    "What's the best way to avoid back pain when lifting kegs and heavy stock boxes all day?",
    "I work 12-hour shifts on my feet in a kitchen. What shoes or insoles help with plantar fasciitis?",
    "How long after norovirus symptoms stop should a food handler stay off work?",
    "Is it safe to keep working in a bakery if flour only gives me a runny nose and itchy eyes?",
    "What are the early signs of heat exhaustion in a hot kitchen, and what should you do about them?",
    "How should I look after a deep cut from a kitchen knife until I can get to urgent care?",
    "Can breathing in smoke from a charcoal grill every night damage my lungs in the long term?",
    "My hands keep cracking and itching from constant washing and sanitiser. What can I do?",
    "How much caffeine is too much in a day? I drink about six espressos during a shift.",
    "What should you do if a customer seems to be having an allergic reaction and has no adrenaline pen with them?",
    "Does working late shifts in a bar for years raise the risk of any health problems?",
    "Is it normal to feel dizzy after spending a long time in a walk-in freezer?",
    "Which vaccinations are usually recommended for people who handle food for a living?",
    "How can I tell the difference between food poisoning and a stomach bug?",
    "I get wrist pain from carrying stacks of heavy plates. Could it be carpal tunnel syndrome?",
    "Are there real health risks from tasting raw cookie dough while baking?",
    "How can I manage stress and anxiety during very busy dinner services?",
    "What's the safest way to clean up broken glass that has blood on it?",
    "Can you develop a shellfish allergy as an adult after years of eating prawns without any problem?",
    "How often should bar staff have their hearing checked if the music is loud every night?",
    "I'm pregnant and work as a line cook. Which kitchen tasks should I avoid or change?",
    "What are the symptoms of carbon monoxide poisoning from a faulty gas appliance in a kitchen?",
    "Is it safe to eat rice that was cooked yesterday and left out on the counter overnight?",
    "What should a first aid kit for a small café contain?",
]

# National ids typed in the texts, each with its check.
NATIONAL_IDS = {
    "87031415689": pesel_ok,  # Polish PESEL
    "01250937168": pesel_ok,
    "76062209415": pesel_ok,
    "92112804731": pesel_ok,  # (in a chat request)
    "401 583 7266": nhs_ok,  # NHS number
    "728 309 1645": nhs_ok,
    "615 042 8834": nhs_ok,
    "486 117 3027": nhs_ok,
    "943 476 5919": nhs_ok,
    "RSSGLI88M52F205E": codice_fiscale_ok,  # Italian codice fiscale
    "BNCMRC79D03H501W": codice_fiscale_ok,
    "FRRLNE92S64L219F": codice_fiscale_ok,
    "CNTSFN85A17G273O": codice_fiscale_ok,
    "53071846J": dni_ok,  # Spanish DNI and NIE
    "Y4816273H": dni_ok,
    "20948517W": dni_ok,
    "X2957038C": dni_ok,
    "2 88 07 75 113 042 40": nir_ok,  # French NIR
    "1 91 03 69 387 215 87": nir_ok,
    "182736453": bsn_ok,  # Dutch BSN
    "304192764": bsn_ok,
    "57 381 029 461": steuer_id_ok,  # German tax id
    "5832 9017 4636": aadhaar_ok,  # Indian Aadhaar
    "3916 4208 7517": aadhaar_ok,
    "110105198806143721": china_id_ok,  # Chinese resident identity number
    "440306198511032673": china_id_ok,
    "394.720.158-32": cpf_ok,  # Brazilian CPF
    "48219073644": kimlik_ok,  # Turkish kimlik
    "S8821473J": nric_ok,  # Singapore NRIC
    "880412-2731648": rrn_ok,  # Korean resident registration number
    "512 839 465": tfn_ok,  # Australian tax file number
    "4718 36500 1": medicare_ok,  # Australian Medicare card
    "5381 7204 9613": my_number_ok,  # Japanese My Number
    "8406215E": pps_ok,  # Irish PPS number
    "3917462NA": pps_ok,
    "538 214 768": luhn_len(9),  # Canadian SIN
    "910423-7186": luhn_len(10),  # Swedish personnummer
    "9105260843089": luhn_len(13),  # South African id
    "210687-3150": hetu_ok,  # Finnish henkilötunnus
    "150892 47354": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 419 053": nif_ok,  # Portuguese NIF
    "2900518401234": cnp_ok,  # Romanian CNP
    "15.628.347-9": rut_ok,  # Chilean RUT
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"\+49 30 23125 \d{3}",
        r"\+39 3\d{2} \d{3} \d{4}",  # Italy mobile
        r"\+34 6\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"\+48 [5-8]\d{2} \d{3} \d{3}",  # Poland mobile
        r"1[3-9]\d \d{4} \d{4}",  # China mobile
        r"03\d{2}-\d{7}",  # Pakistan mobile
        r"\+91 [6-9]\d{4} \d{5}",  # India mobile
        r"\+353 8[35-9] \d{3} \d{4}",  # Ireland mobile
        r"\+46 7[02369] \d{3} \d{2} \d{2}",  # Sweden mobile
        r"\+90 5\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"\+55 \d{2} 9\d{4}-\d{4}",  # Brazil mobile
        r"\+56 9 \d{4} \d{4}",  # Chile mobile
        r"\+971 5[0-8] \d{3} \d{4}",  # UAE mobile
        r"\+27 [678]\d \d{3} \d{4}",  # South Africa mobile
    )
]

# IBAN length of each country used.
IBAN_LENGTHS = {
    "GB": 22, "IT": 27, "ES": 24, "PL": 28, "FR": 27, "DE": 22, "IE": 22, "NL": 18,
    "PT": 25, "PK": 24, "BE": 16,
}  # fmt: skip

# Card networks by first digits and the length each one issues.
CARD_LENGTHS = (("34", 15), ("37", 15), ("4", 16), ("5", 16), ("2", 16), ("6011", 16))


def spans_of(texts: list[str], kind: str) -> list[str]:
    """Every value of type ``kind`` marked in ``texts``."""
    return [s["value"] for t in texts for s in marked_spans(t) if s["type"] == kind]


def check_cards_and_ibans(texts: list[str]) -> None:
    """Cards have their network's length; IBANs their country's length."""
    for value in spans_of(texts, "CREDIT_CARD"):
        compact = value.replace(" ", "")
        if not any(compact.startswith(p) and len(compact) == n for p, n in CARD_LENGTHS):
            raise SystemExit(f"card {value!r} of the wrong length for its network")
    for value in spans_of(texts, "IBAN_CODE"):
        compact = value.replace(" ", "").upper()
        if IBAN_LENGTHS.get(compact[:2]) != len(compact):
            raise SystemExit(f"IBAN {value!r} of the wrong length for its country")


def check_chat() -> None:
    """At least 90 chat requests name a person, at least 15 hold a secret, and every type
    appears somewhere in the chat."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 15:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    missing = TYPES - {s["type"] for t in CHAT for s in marked_spans(t)}
    if missing:
        raise SystemExit(f"chat: no {sorted(missing)}")


def check_records() -> None:
    """Each record names exactly one person and holds one to four other values; about 40
    hold a national id."""
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"records: {len(people)} names, {len(others)} values in {marked[:60]!r}"
            )
    with_id = sum(any(s["value"] in NATIONAL_IDS for s in marked_spans(t)) for t in RECORDS)
    if not 38 <= with_id <= 45:
        raise SystemExit(f"records: {with_id} with a national id")


def check_clean() -> None:
    """MMLU items carry options A to D; no clean text holds a digit run like a phone."""
    for item in CLEAN_MMLU:
        if not all(f"{letter}) " in item for letter in "ABCD"):
            raise SystemExit(f"mmlu: options missing in {item[:60]!r}")
    for text in CLEAN_PROMPTS + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if re.search(r"\d{5,}|@", strip_marks(text)[0]):
            raise SystemExit(f"clean: a number or e-mail in {text[:60]!r}")


def main() -> None:
    sections = {
        "chat": (CHAT, 120),
        "records": (RECORDS, 100),
        "clean prompts": (CLEAN_PROMPTS, 25),
        "clean gsm8k": (CLEAN_GSM8K, 25),
        "clean mmlu": (CLEAN_MMLU, 25),
        "clean health": (CLEAN_HEALTH, 25),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 5))
    check_chat()
    check_records()
    check_clean()
    check_cards_and_ibans(pii)
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        NAME, HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
