# ruff: noqa: E501
"""A hundred-and-ninth blind privacy set: 220 texts with personal data and 100 clean ones,
on freelancers and creative work (photographers, designers, writers, musicians, podcasters,
translators: client briefs, invoices, contracts, agents, publishers, fan mail, portfolio
logins, payment disputes).

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
and the labelling paragraph of ``README.md`` and the docstring and check functions of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 120 chat requests (3 to 100 words) sent to a general assistant through a company
  gateway: chasing invoices, drafting replies to clients, editors, agents and fans,
  summarising call notes, translating clauses and riders, fixing wording, quoting,
  splitting fees, portfolio and store logins, chargebacks and tax forms. The first 30 are
  typed all in lower case (names, e-mails and IBANs too, with shorthand and typos), the
  next 6 are in Spanish, German, French, Brazilian Portuguese, Japanese and Polish, the
  other 84 in ordinary English. Names of many origins, some in Cyrillic, Chinese, Greek,
  Arabic and Japanese script; first names alone, surnames after titles (Mrs, Herr, Mme,
  Ms., Dr., Professor, Rev., Panie), names that are ordinary words (Sunny, Pearl, Birdie,
  Hope, Rose, Summer, Hunter), nicknames, many named in passing with no cue word;
* 100 one-person records (4 to 60 words) in the manner of presidio-research's synthetic
  sentences and Nannigalaxy-style records: prose, profile lines, form and CSV rows, JSON
  fragments, SQL and log lines, e-mail headers and short letters; a name and one to four
  other values each.

Usernames and logins, WeChat and Venmo handles, account, customer, member, supplier,
contractor and employee numbers, tax references, union and society member numbers and
national ids are ID_NUMBER; passwords, passphrases (some with no keyword nearby), PINs,
door, gate and alarm codes and wifi keys PASSWORD; titles and relation words (Mrs, Herr,
Grandpa, my grandmother) stay outside PERSON spans; an address span runs from the first
street line through the postcode and city as typed; companies, public figures, invoice and
order numbers, dates of birth and generic network names are not labelled; every occurrence
of a private value is marked. The 100 clean texts hold no personal data at all: 25
MT-Bench and Vicuna-style prompts (some naming historical or fictional people), 25
GSM8K-style word problems with fictional first names, 25 MMLU-style items with options A
to D and 25 health questions naming no one; several of them are about freelance and
creative work.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0161 496 0,
0113 496 0; North America 555-01xx; Australia 0491 570; France 06 39 98 and 01 99 00;
Germany 030 23125, 040 66969, 089 99998), some typed without separators, and in each
country's own layout elsewhere; cards Luhn-valid and not well-known test numbers; IBANs
valid mod 97 and not documentation examples; SSNs with assignable area, group and serial;
IPs from documentation ranges; national ids with valid check digits (Dutch BSN, Polish
PESEL, Brazilian CPF, Indian Aadhaar, NHS number, Turkish kimlik, Spanish DNI and NIE,
Finnish henkilötunnus, Italian codice fiscale, Chinese resident id, Singapore NRIC, Korean
resident registration number, Australian TFN, Japanese My Number, Irish PPS, French NIR,
Belgian national number, Norwegian fødselsnummer, Portuguese NIF, Romanian CNP, Chilean
RUT, Estonian isikukood, Icelandic kennitala, Czech rodné číslo, Ukrainian RNOKPP, German
Steuer-ID, Swedish personnummer, Canadian SIN, South African id, Israeli teudat zehut,
Greek AMKA).

Run ``.venv/bin/python bench/data/build_blind109.py`` from the repository root; the output
is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    DOCUMENTATION_IBANS,
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
    my_number_ok,
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
from marks import build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 100
CHAT_WORDS = (3, 100)
RECORD_WORDS = (4, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Sir|Dame|Grandpa|Grandma|Auntie|Uncle|Herr|Frau|Mme|Mlle|Sr|Sra|Señora|Pan|Pani|Panie)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests on freelance and creative work: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # typed all in lower case
    "can u help me write a polite chaser to [[PERSON|tomasz wójcik]] at brightline studio? invoice 2291 for the logo work is 40 days overdue. his email is [[EMAIL_ADDRESS|t.wojcik@brightline-studio.pl]]",
    "rewrite so it sounds less desperate: hi [[PERSON|priya]], just checking if you had a chance to look at the mood board? happy to jump on a call, my number is [[PHONE_NUMBER|07700 900461]]",
    "translate to spanish pls: dear mrs [[PERSON|ortega]], the wedding photos are ready to view, the gallery password is [[PASSWORD|olivegrove2024]] and the link expires in 30 days",
    "my behance login keeps failing. username [[ID_NUMBER|kasia_draws]] pw [[PASSWORD|ink&paper77]]. what should i check before emailing support",
    "summarise these call notes w/ [[PERSON|dele]]: wants 3 podcast intros, 30s each, budget 450, deadline fri, send drafts to [[EMAIL_ADDRESS|dele.adeyemi@gmail.com]], he pays from [[IBAN_CODE|gb53 midl 4005 1739 6284 10]]",
    "whats a fair day rate for a freelance sound engineer in manchester? asking for my mate [[PERSON|kwame]]",
    "draft a contract clause saying the client owns the final edit but i keep the raw footage. client is [[PERSON|henrik solberg]], [[STREET_ADDRESS|storgata 14, 0184 oslo]]",
    "fix grammar: me and [[PERSON|ana lucía]] has finished translating chapter 4 and are sending it to the publisher tomorow",
    "the studio alarm is [[PASSWORD|4471]] then the green button. write a short lock-up note for our new intern [[PERSON|jules]]",
    "calc 14 hrs at 65/hr plus 20% vat for mrs [[PERSON|okafor]]'s brochure",
    "reply to fan mail from [[PERSON|yuki]] ([[EMAIL_ADDRESS|yuki.hanabi@outlook.jp]]) who said our album got her through exams, keep it short and warm",
    "my agent [[PERSON|bernadette]] wants my ssn for the royalty forms, its [[US_SSN|412-73-6058]]. safe to email it or should i just call her on [[PHONE_NUMBER|3125550148]]",
    "plan my week: edit [[PERSON|marguerite]]'s manuscript, two product shoots, chase [[PERSON|rashid]] for payment, pitch 3 magazines",
    "turn this into a proper invoice line: cover illustration, 1 round of revisions, 850 eur. to [[PERSON|lukas brandt]], [[STREET_ADDRESS|kastanienallee 27, 10435 berlin]]. pay to [[IBAN_CODE|de11 5001 0517 0648 2193 75]]",
    "shorter pls: the wifi at the coworking space is [[PASSWORD|makersloft-5g]] and the front door code is [[PASSWORD|2918#]]",
    "client [[PERSON|gabriel]] read his card out on the phone for the deposit, [[CREDIT_CARD|4539 6120 7384 5517]], now hes disputing the charge after getting the files. what evidence do i send stripe",
    "whats the word for when a translator adds stuff that wasnt in the original? my editor [[PERSON|szymon]] says i do it way too much",
    "write a linkedin recommendation for [[PERSON|aoife ní bhriain]], she produced my podcast for 2 yrs and never missed a deadline",
    "my bsn is [[ID_NUMBER|274819363]], do i need to put it on invoices to dutch clients or is the kvk number enough",
    "gig tmrw at [[STREET_ADDRESS|via dei serpenti 88, 00184 roma]]. quick text to our drummer [[PERSON|matteo]]: load in 5pm, call [[PHONE_NUMBER|+39 347 281 5096]] if lost",
    "summarise: [[PERSON|ingrid]] (copywriter) rate 0.12/word, prefers paypal to [[EMAIL_ADDRESS|ingrid.lund.copy@proton.me]], away all of july",
    "is it normal for a publisher to ask for bank details before the contract is even signed? they want my iban, which is [[IBAN_CODE|ie37 bofi 9000 1752 8463 91]]",
    "locked out of squarespace. recovery email is [[EMAIL_ADDRESS|hello@noorphotography.co]] and i think the old pw was [[PASSWORD|noor!2020studio]]",
    "short bio for [[PERSON|chidi]] for the festival programme, hes a lagos born photographer now living in leeds",
    "make this sound pro: yo [[PERSON|bex]] stems r on the drive, [[PASSWORD|mixdown_final_v3]]",
    "my accountant [[PERSON|ferreira]] wants my nif [[ID_NUMBER|238 491 625]] and the address on my contract ([[STREET_ADDRESS|rua das flores 112, 2º esq, 4050-265 porto]]). write him a msg with both",
    "sort into a table: [[PERSON|zanele mokoena]] [[PHONE_NUMBER|+27 82 417 3096]] stylist; [[PERSON|oskar lind]] [[PHONE_NUMBER|+46 70 318 42 96]] gaffer; [[PERSON|mei-ling]] [[EMAIL_ADDRESS|meiling.chow@mail.hk]] mua",
    "quoting [[PERSON|halvard]] for a 2000 word feature translated from german, whats a fair rate",
    "how do i turn on 2fa for bandcamp, my username is [[ID_NUMBER|lofi_lighthouse]] and pw is [[PASSWORD|saltmarsh echo 19]]",
    "agency hr sent me this, does it look right? name: [[PERSON|ravi menon]], contractor id: [[ID_NUMBER|ctr-20417]], aadhaar: [[ID_NUMBER|5820 7314 9624]]",
    # six other languages
    "¿Puedes redactar un correo a [[PERSON|Lucía Fernández]] para recordarle que la factura de las fotos de producto sigue pendiente? Su correo es [[EMAIL_ADDRESS|lucia.fdez@estudiolumbre.es]] y mi IBAN es [[IBAN_CODE|ES42 0049 1523 0827 1039 4856]].",
    "Kannst du diesen Absatz für meinen Verlag umformulieren? Ich bin [[PERSON|Jörg Häusler]], meine Steuer-ID lautet [[ID_NUMBER|47 392 058 165]] und meine Anschrift ist [[STREET_ADDRESS|Bergmannstraße 61, 10961 Berlin]].",
    "Aide-moi à répondre poliment à Mme [[PERSON|Delacroix]], qui conteste le devis de traduction de son catalogue. Elle m'a laissé son numéro : [[PHONE_NUMBER|06 39 98 41 27]].",
    "Resume estas notas: cliente [[PERSON|João Pedro Almeida]], CPF [[ID_NUMBER|318.475.962-82]], quer um ensaio de fotos em [[STREET_ADDRESS|Rua Harmonia 455, Vila Madalena, São Paulo - SP, 05435-000]], pagamento na entrega.",
    "イラスト納品のメールを書いてください。 宛先: [[PERSON|佐藤 美咲]] 様 / メール: [[EMAIL_ADDRESS|misaki.sato@hoshiworks.jp]] / 電話: [[PHONE_NUMBER|090-4817-2253]] / 締切は金曜日です。",
    "Przetłumacz na angielski: Szanowny Panie [[PERSON|Kowalczyk]], w załączniku przesyłam umowę na sesję zdjęciową. Proszę o przelew zaliczki na konto [[IBAN_CODE|PL19 1020 1026 0000 1702 0318 4756]].",
    # ordinary English
    "Draft a kill-fee email to Hollis & Crane. The commissioning editor is [[PERSON|Fenella Orme]]; the feature was cancelled after two rounds of edits and the contract says 25% of the £1,800 fee.",
    "Can you check my maths? [[PERSON|Dariusz]] booked 3 studio days at £240 and already paid a £150 deposit. What does he still owe?",
    "Write a short, friendly reply to a fan called [[PERSON|Siobhán]] who sent a drawing of our band mascot. Her address for the signed poster is [[STREET_ADDRESS|22 Glenview Park, Tallaght, Dublin 24, D24 X2C7]].",
    "My Upwork account got flagged for 'unusual activity'. Login email [[EMAIL_ADDRESS|r.castellanos.design@gmail.com]], username [[ID_NUMBER|rcastellanos_ux]]; the password [[PASSWORD|Cobalt.Ferns.2023]] still works on the website but not in the app. Help me write an appeal that doesn't sound angry.",
    "Rephrase more warmly: 'Hi [[PERSON|Tom]], proofs are uploaded. [[PASSWORD|Bluebell#Harbour]]. Let me know your 40 picks by Sunday.'",
    "Summarise this voice memo: 'ok so [[PERSON|Marisol]] from the label called, they want the remix by the 14th, she'll send stems tonight, her direct line is [[PHONE_NUMBER|(646) 555-0172]], and invoice [[PERSON|Garrett Pike]] in accounts, not her'",
    "I'm a voice-over artist. Write me a rate card intro paragraph and sign it [[PERSON|Nnamdi Eze]], [[PHONE_NUMBER|+234 803 482 7196]].",
    "Turn these notes into a formal letter to my literary agent [[PERSON|Cordelia Vance]]: terminating our agreement, 30 days notice under clause 9, all unsold translation rights revert to me.",
    "[[PERSON|Ilse]] asked if the deposit is refundable. How do I say no nicely without sounding like a contract?",
    "Is this IBAN right? A Dutch client gave me [[IBAN_CODE|NL07 RABO 0318 4629 57]] but my banking app says it can't find the bank.",
    "Write a thank-you note to Grandpa [[PERSON|Ezra]] for lending me his old Leica for the exhibition.",
    "Estimate my quarterly tax: freelance illustration income $18,400, expenses $3,100, single filer in Ohio. My SSN is [[US_SSN|538-20-9174]] if the form needs it.",
    "My podcast co-host [[PERSON|Dev]] and I want to split ad revenue 60/40. Draft a simple agreement between [[PERSON|Harriet Blom]] and [[PERSON|Devendra Rao]].",
    "The venue sent the livestream wifi: network GreenRoom_Guest, key [[PASSWORD|Amp!fier-2207]]. Write a tech note for our sound guy [[PERSON|Obi]].",
    "Translate this clause into English: 'Il committente, [[PERSON|Giulia Bianchi]], codice fiscale [[ID_NUMBER|BNCGLI88M52F205K]], si impegna a versare il compenso entro 30 giorni dalla consegna.'",
    "Write a two-line Instagram caption thanking [[PERSON|Soraya]] for modelling in the autumn lookbook.",
    "Accounts need this before they pay me: photographer [[PERSON|Wiremu Tane]], supplier no. [[ID_NUMBER|SUP-88412]], mobile [[PHONE_NUMBER|021 384 7726]]. Can you lay it out as a supplier form?",
    "Help me write a polite no to an 'exposure' gig from [[PERSON|Brandon]] at some startup. Under 80 words.",
    "Tidy this contact card: [[PERSON|Shinji Morimoto]] / comic letterer / [[PHONE_NUMBER|080-2291-4476]] / [[EMAIL_ADDRESS|shinji.m@kumo-ink.jp]] / [[STREET_ADDRESS|3-14-7 Koenji-minami, Suginami-ku, Tokyo 166-0003]]",
    "Two quotes for my album artwork: [[PERSON|Leilani]] wants $900 flat, [[PERSON|Anders Nyqvist]] wants $45/hour and estimates 18 hours. Which is cheaper and by how much?",
    "Write an out-of-office: on a shoot till the 12th, for urgent bookings contact my assistant [[PERSON|Tamsin]] on [[PHONE_NUMBER|020 7946 0318]].",
    "Our Mailchimp key is [[API_KEY|7c3e9a1f5b2d8e4a6c0f9b3d7e1a5c2f-us14]]. Show me a curl call that adds a subscriber to the zine newsletter.",
    "Make this reference warmer: '[[PERSON|Kofi Boateng]] worked as my second shooter on 14 weddings. He is reliable.'",
    "Proofread my signature: [[PERSON|Émilie Gauthier-Roy]], traductrice agréée, [[STREET_ADDRESS|4520 rue Saint-Denis, Montréal (Québec) H2J 2L3]], [[PHONE_NUMBER|(514) 555-0193]]",
    "I pasted my GitHub token into the client's Slack by mistake: [[API_KEY|ghp_7Rk2Lq9XvB4mNw8Tz1Yp6Hc3Jd5Fs0Ga2UeW]]. What do I do right now?",
    "Need a payment reminder in Welsh and English for [[PERSON|Rhodri]], invoice 114, session bass on his EP. Put my PRS member number [[ID_NUMBER|00712384]] at the bottom.",
    "Who do I ring at HMRC about self-assessment? UTR [[ID_NUMBER|48271 93650]], NI number [[ID_NUMBER|SK 48 27 19 C]].",
    "Summarise the dispute for my solicitor: [[PERSON|Marcus Whitlow]] paid the deposit with [[CREDIT_CARD|5128 7403 6619 2406]], approved every draft by email, then filed a chargeback claiming 'not as described'. Total £2,350.",
    "Tagline ideas for a wedding videographer called [[PERSON|Hana]]?",
    "Email Professor [[PERSON|Adebayo]] asking permission to quote two stanzas of his poem in my anthology. Formal but not stiff.",
    "Convert to a table with totals: [[PERSON|Olek]] 6h, [[PERSON|Birdie]] 4.5h, [[PERSON|Santiago]] 9h, all at €38/h.",
    "The WordPress firewall on my portfolio locked me out. My own IP is [[IP_ADDRESS|198.51.100.23]]. How do I whitelist it from cPanel?",
    "Note for the building manager: please let the courier into the studio at [[STREET_ADDRESS|19 Wilder Street, Bristol BS2 8PY]], gate code [[PASSWORD|7305]].",
    "Fix the tone: 'Dear [[PERSON|Kateryna]], your RNOKPP [[ID_NUMBER|3147289050]] is needed by the agency for payroll, please send it ASAP.'",
    "Brainstorm 5 titles for a photo book about my grandmother [[PERSON|Mariam]]'s village.",
    "A magazine paid me twice. [[PERSON|Patrice]] in their finance team asked me to send it back to [[IBAN_CODE|FR38 3000 4028 3700 0194 2875 361]]. Write the confirmation email.",
    "What's 17% of 3,240? That's the cut [[PERSON|Yusuf]] takes as my booking agent.",
    "Please write a birthday message in Russian for my editor [[PERSON|Дмитрий Соколов]], who signed my first novel.",
    "Help me reply to [[PERSON|王芳]], who translates the Chinese edition. She asked if footnotes count toward her word rate. Her WeChat is [[ID_NUMBER|wangfang_trans88]].",
    "Set up a client template: Client: [[PERSON|Beatriz Souza]] | Email: [[EMAIL_ADDRESS|bia.souza@voltaestudio.com.br]] | Phone: [[PHONE_NUMBER|+55 21 99482-3107]] | Project: brand refresh",
    "My print shop uses this admin token [[API_KEY|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]]. Write a Python script that lists unfulfilled orders.",
    "Draft a reply to [[PERSON|Leonie]], who wants to use my photo of the pier in her café menu for free. Offer a discounted licence.",
    "Rewrite my About page. I'm [[PERSON|Tomás Ó Ceallaigh]], a session fiddler in Galway, bookings at [[EMAIL_ADDRESS|tomas@fiddleandbow.ie]].",
    "Write directions for the band from Queen Street station to the rehearsal room at [[STREET_ADDRESS|Unit 4, 88 Sauchiehall Lane, Glasgow G2 3EQ]]; the keypad by the roller door takes [[PASSWORD|0512]].",
    "What should a translation contract say about confidentiality? The client, Dr. [[PERSON|Anjali Kapoor]], is sending me patient leaflets.",
    "Summarise the thread: [[PERSON|Sunny]] says the grade is too warm, [[PERSON|Pearl]] thinks it's fine, and Mr [[PERSON|Haddad]] just wants it delivered Friday.",
    "I'm [[PERSON|Park Ji-woo]], a freelance colourist. A Seoul studio wants my resident number [[ID_NUMBER|930417-2281634]] for withholding tax. Is that standard?",
    "Write a limerick for [[PERSON|Fergus]]'s card about a cat who sits on every sketch.",
    "The stock site wants payout details. Card for fees: [[CREDIT_CARD|3764 291830 54714]], billing [[STREET_ADDRESS|1207 Alder Ave, Apt 5B, Portland, OR 97214]]. Which fields are usually mandatory?",
    "Translate my rider into Portuguese (vegan catering, two wedge monitors, no flash photography) and address it to [[PERSON|Rita]] at [[EMAIL_ADDRESS|producao@festivalmaresia.pt]].",
    "Make a polite request to [[PERSON|Hamish]] to stop posting my unreleased demos on his Discord.",
    "I keep mixing up logins. Behance [[ID_NUMBER|ottilie.prints]] / [[PASSWORD|Gouache&Grain9]], Dribbble [[ID_NUMBER|ottilieprints]] / [[PASSWORD|Risograph!44]]. How should I store these safely?",
    "Short LinkedIn post announcing that [[PERSON|Ngozi Chukwu]] and I are opening a shared design studio in Yaba.",
    "Translate into German for my invoice footer: 'Payable within 14 days to [[IBAN_CODE|PT50 0036 0274 9910 0384 5176 3]], account holder [[PERSON|Mateus Rocha]].'",
    "Add these up for my agency timesheet (employee no. [[ID_NUMBER|AG-40927]], manager [[PERSON|Lorna]]): session fees 320, 410, 275 and 190, expenses 64.50.",
    "Rewrite so the client understands usage rights: '[[PERSON|Ayşe Demir]] may use the images on social media for 12 months, not in print.'",
    "Reformat this for my .env file: SENDGRID_API_KEY = [[API_KEY|SG.k3Rw9Tq7Lm2Xv8Bn4Zp1Q.Yh6Jd0Fs5Ga3Ue7Ki9Mo2Pq4Rt8Vw1Xy6Zb3Cn5De]]",
    "A Swedish label asked for my personnummer. Is [[ID_NUMBER|890512-3181]] enough or do they want all 12 digits? I'm [[PERSON|Linnea Åberg]].",
    "Give me three openings for a cold pitch to Ms. [[PERSON|Okonjo-Reyes]], features editor at a travel magazine.",
    "Email to my studio landlord: the fob PIN [[PASSWORD|6620]] stopped working. I'm in [[STREET_ADDRESS|Studio 12, 41 Wallis Road, London E9 5LH]].",
    "Check this Aadhaar before I send it to the Mumbai production house: [[ID_NUMBER|3947 1826 0539]], for [[PERSON|Sneha Kulkarni]].",
    "Write a gentle reply to [[PERSON|Bao]], a listener who emailed about how our episode on grief helped her.",
    "Best way to ask [[PERSON|Fatima Al-Sayed]] for a testimonial after the logo project?",
    "My Patreon payout failed. Bank on file [[IBAN_CODE|BE19 0637 3941 8527]], account email [[EMAIL_ADDRESS|wouter.claes.music@telenet.be]]. What could be wrong?",
    "Write a thank-you in Greek to [[PERSON|Αλέξανδρος Παπαδόπουλος]] for hosting our exhibition in Thessaloniki.",
    "Check the Arabic spelling of my client's name for the book cover: [[PERSON|ليلى حداد]]",
    "My portfolio server is [[IP_ADDRESS|192.0.2.47]], SSH user [[ID_NUMBER|deploy_maren]], sudo password [[PASSWORD|Nginx-n0t-Apache]]. Write an nginx config for a static site with gzip.",
    "The Canadian publisher wants my SIN, [[ID_NUMBER|527 183 404]]. I'm a US citizen living in Toronto; do they also need my SSN [[US_SSN|271-64-3390]]?",
    "Text to [[PERSON|Gus]]: key under the blue pot, alarm [[PASSWORD|1984*]], feed the cat, don't touch the drying prints.",
    "Budget a 3-day shoot in Lisbon for me and [[PERSON|Inês]]: flights 180 each, flat 95/night, gear insurance 60.",
    "Write a firm but fair reply to [[PERSON|Caleb Morrison]], who won't pay the second half until I hand over layered PSD files. Clause 6 says source files cost extra.",
    "Format as a vCard: [[PERSON|Ekaterina Volkova]], cellist, [[PHONE_NUMBER|+7 916 482-73-05]], [[EMAIL_ADDRESS|e.volkova.cello@yandex.ru]]",
    "My Norwegian client needs my fødselsnummer for the contract: [[ID_NUMBER|140889 32464]]. I'm [[PERSON|Sigrid Haugen]]. Is email safe enough?",
    "Quote this for Herr [[PERSON|Vogt]]: 42 pages, about 350 words a page, 0.09 EUR per word.",
    "Kinda urgent, the photo lab called asking for my customer no. [[ID_NUMBER|PL-0043817]] and to read out the card on file, [[CREDIT_CARD|5583 7019 4426 0816]]. Is that a scam?",
    "Write a condolence card from the whole choir to [[PERSON|Agnieszka]].",
    "A guest, Rev. [[PERSON|Samuel Oduya]], wants his episode taken down. Draft a calm reply explaining the release form he signed.",
    "Our Airtable token for the booking base is [[API_KEY|patR7kq2XvL9mW4tZ.8b3e1f7a9c2d5e0b4a6f8c1d3e7b9a2f5c8d0e4b6a1f3c7d9e2b5a8f0c4d6e1b]]. Write a script that pulls this week's bookings.",
    "Split the zine launch costs: [[PERSON|Rosalind]] paid 84, [[PERSON|Jem]] paid 40, I paid 126. Who owes whom?",
    "Draft an NDA opening between my studio and [[PERSON|Quinn Abernathy]] of [[STREET_ADDRESS|311 Maple Row, Asheville, NC 28801]].",
    "I'm applying for a Dutch artist grant; they want my BSN [[ID_NUMBER|163904728]] and phone [[PHONE_NUMBER|06-48271935]]. Write the cover letter opening.",
    "Reply to [[PERSON|Kenji]]: he wants the manga translation by Monday, I can do Tuesday at +30%.",
    "Chilean client invoice, what goes where? RUT [[ID_NUMBER|16.482.937-5]], [[PERSON|Valentina Rojas]], [[STREET_ADDRESS|Av. Providencia 1520, depto 304, Providencia, Santiago]].",
    "Last one: email [[EMAIL_ADDRESS|jon.arne.dahl@skrivbyra.no]] a two-line thank you for the referral.",
]

# 100 one-person records in the manner of synthetic PII benchmark sets: prose, profiles, forms, CSV, JSON, logs, letters.
RECORDS = [
    "My name is [[PERSON|Clementine Bauer]] and I work as a freelance copy editor. You can reach me at [[EMAIL_ADDRESS|clem.bauer@posteo.de]].",
    "[[PERSON|Rafael Quintero]]'s phone number is [[PHONE_NUMBER|+52 55 4827 3916]] and his studio is at [[STREET_ADDRESS|Calle Durango 214, Col. Roma Norte, 06700 Ciudad de México, CDMX]].",
    "name,role,email,phone\n[[PERSON|Aiko Tanabe]],storyboard artist,[[EMAIL_ADDRESS|aiko.tanabe@frameby.jp]],[[PHONE_NUMBER|080-3927-5518]]",
    '{"contributor": "[[PERSON|Idris Wallace]]", "payee_iban": "[[IBAN_CODE|AT713200000076419382]]", "role": "illustrator"}',
    '2024-03-11T09:42:17Z portfolio.login ok user=[[ID_NUMBER|mthibault]] ip=[[IP_ADDRESS|198.51.100.142]] display_name="[[PERSON|Margaux Thibault]]"',
    "Dear Sir or Madam, please find the signed model release attached. Kind regards, [[PERSON|Saoirse Dunne]], [[PHONE_NUMBER|0161 496 0734]]",
    "Freelancer: [[PERSON|Hope Adeyemi]] | SSN: [[US_SSN|604-18-2275]] | W-9 received | Rate: $55/h",
    "[[PERSON|Oliver Brandstätter]] lives at [[STREET_ADDRESS|Mariahilfer Straße 103/2/14, 1060 Wien]] and teaches piano on weekends.",
    "Payment for the brochure copy goes to [[PERSON|Piotr Kowalski]], PESEL [[ID_NUMBER|92081406273]], tel. [[PHONE_NUMBER|+48 512 847 390]].",
    "Translator profile: [[PERSON|Kaveh Rostami]], Persian to English, ITI member no. [[ID_NUMBER|ITI-28814]], [[EMAIL_ADDRESS|k.rostami@farsiword.co.uk]]",
    "[[PERSON|Lucinda Marsh]] paid for the lino-printing workshop with card [[CREDIT_CARD|6011 5472 8890 3622]], expiring 09/27.",
    "Hello, I'm [[PERSON|Ioana Ionescu]], a sound designer from Cluj. My CNP is [[ID_NUMBER|2900315407280]].",
    "user: [[ID_NUMBER|forrest.kline]] | pass: [[PASSWORD|Tr1pod-Moth-Violet]] | name: [[PERSON|Forrest Kline]]",
    "[[PERSON|Summer Reyes]], 34, wedding photographer, can be contacted at [[PHONE_NUMBER|(415) 555-0126]] or [[EMAIL_ADDRESS|summer@reyesandrye.com]].",
    "Rechnung an: [[PERSON|Annika Schröder]], [[STREET_ADDRESS|Schanzenstraße 9, 20357 Hamburg]], Tel. [[PHONE_NUMBER|040 66969 214]]",
    '{"name": "[[PERSON|Tendai Moyo]]", "email": "[[EMAIL_ADDRESS|tendai.moyo@inkwellzw.com]]", "password": "[[PASSWORD|Baobab_2023!]]"}',
    "Agency roster: [[PERSON|Juliette Marchand]], illustrator, NIR [[ID_NUMBER|2 87 05 75 056 123 37]], [[STREET_ADDRESS|14 rue des Vinaigriers, 75010 Paris]]",
    "[[PERSON|Arjun Pillai]] (tabla), mobile [[PHONE_NUMBER|+91 98450 31276]], [[STREET_ADDRESS|12, 4th Cross Street, Besant Nagar, Chennai 600090]]",
    "Employee [[ID_NUMBER|E-55102]] [[PERSON|Grace Liang]] signed in to the asset library from [[IP_ADDRESS|203.0.113.209]] at 22:14.",
    "Please send the contact sheets to [[PERSON|Wojciech Nowak]] at [[EMAIL_ADDRESS|wnowak.foto@wp.pl]].",
    "My name is [[PERSON|Hunter Bishop]], my social security number is [[US_SSN|349-52-7716]] and I grew up in Tulsa.",
    "[[PERSON|Matteo Rossi]], chitarrista, codice fiscale [[ID_NUMBER|RSSMTT91C14L219C]], tel. [[PHONE_NUMBER|+39 333 704 1189]]",
    "Customer no. [[ID_NUMBER|00418273]]: [[PERSON|Nadia Benali]], framing order, deliver to [[STREET_ADDRESS|7 Cleveland Row, Leeds LS6 2AB]]",
    "[[PERSON|Ji-ho Shin]] can be reached on [[PHONE_NUMBER|010-4827-1936]] after rehearsals.",
    "Dear [[PERSON|Yasmin]], your new login for the client portal is [[ID_NUMBER|yasmin.k]] with the temporary password [[PASSWORD|Harbour-Lantern-58]].",
    "Session keyboardist [[PERSON|Kwabena Asante]], SAG-AFTRA member ID [[ID_NUMBER|07281946]], [[EMAIL_ADDRESS|kwabena.keys@gmail.com]]",
    "Booking confirmed for [[PERSON|Elif Yıldız]], T.C. kimlik no [[ID_NUMBER|37290458198]], [[PHONE_NUMBER|+90 532 418 27 96]].",
    "Beneficiary: [[PERSON|Sebastián Muñoz]] / IBAN [[IBAN_CODE|ES64 2100 0813 6102 8471 9365]] / concept: guion corto",
    "Applicant: [[PERSON|Mónica Salas]]; DNI [[ID_NUMBER|38472915X]]; address [[STREET_ADDRESS|Carrer de Verdi 41, 3º 2ª, 08012 Barcelona]]",
    "[[PERSON|Haruto Kimura]] (illustrator), My Number [[ID_NUMBER|4817 3920 5610]], [[STREET_ADDRESS|2-8-5 Nakazakinishi, Kita-ku, Osaka 530-0015]]",
    "Writer [[PERSON|Bronwyn Taylor]], TFN [[ID_NUMBER|482 196 373]], mobile [[PHONE_NUMBER|0491 570 156]]",
    "[[PERSON|Liam O'Sullivan]]'s PPS number is [[ID_NUMBER|7391046HA]] and he invoices as a sole trader.",
    "From: [[PERSON|Anouk de Vries]] <[[EMAIL_ADDRESS|anouk@devriesvertaalt.nl]]>\nSubject: offerte ondertiteling",
    "[[PERSON|Mehmet Kaya]] left a voicemail from [[PHONE_NUMBER|05324118307]] about the mural in Kadıköy.",
    'INSERT INTO freelancers (name, email, personnummer) VALUES ("[[PERSON|Stella Berg]]", "[[EMAIL_ADDRESS|stella.berg@tonsatt.se]]", "[[ID_NUMBER|930228-4626]]");',
    "[[PERSON|Sipho Nkosi]], ID number [[ID_NUMBER|9104235817088]], freelance makeup artist in Durban.",
    "Cardholder: [[PERSON|Ruth Abrahams]] / [[CREDIT_CARD|4917 3062 6105 8825]] / billing [[STREET_ADDRESS|56 Kloof Street, Gardens, Cape Town, 8001]]",
    "Hi, this is [[PERSON|Dmitri]], the videographer from Saturday. My Venmo is [[ID_NUMBER|@dmitri-frames]].",
    "[[PERSON|Pilar Castañeda]] | [[PHONE_NUMBER|+54 9 11 4827-3019]] | [[STREET_ADDRESS|Av. Corrientes 3247, piso 5 B, C1193AAE CABA]]",
    "Bitte überweisen Sie das Honorar an [[PERSON|Katrin Vogel]], [[IBAN_CODE|DE32 1203 0000 1047 3829 56]]. Rückfragen gern unter [[PHONE_NUMBER|089 99998 207]].",
    "[[PERSON|Nikos Georgiou]], AMKA [[ID_NUMBER|11048832718]], composer, Athens.",
    "Invoice to: [[PERSON|Amara Okonkwo]], [[STREET_ADDRESS|14 Admiralty Way, Lekki Phase 1, Lagos 106104]]; phone [[PHONE_NUMBER|0805 219 3374]]",
    "[[PERSON|Lior Ben-David]], teudat zehut [[ID_NUMBER|318472560]], [[EMAIL_ADDRESS|lior.bd@studio-tlv.co.il]]",
    "Member: [[PERSON|Rose Whitaker]]; NUJ press card [[ID_NUMBER|NUJ 084417]]; [[PHONE_NUMBER|07700900583]]",
    "[[PERSON|李静]], resident ID [[ID_NUMBER|110105198806143721]], animator at a Beijing studio.",
    "[[PERSON|Tereza Dvořáková]], rodné číslo [[ID_NUMBER|915623/3405]], [[STREET_ADDRESS|Vinohradská 112, 130 00 Praha 3]]",
    "Recording log 14:02 session opened by [[PERSON|Ayo Balogun]] (login [[ID_NUMBER|ayo.b]]) from [[IP_ADDRESS|192.0.2.160]]",
    "Please remit the licence fee to [[PERSON|Søren Kjær]], [[IBAN_CODE|DK24 3000 0012 7459 38]].",
    "[[PERSON|Eero Virtanen]], henkilötunnus [[ID_NUMBER|120489-3175]], freelance journalist, Tampere",
    "[[PERSON|Magnus Strand]]; fødselsnummer [[ID_NUMBER|02079547177]]; [[PHONE_NUMBER|+47 412 83 905]]",
    "[[PERSON|Rita Carvalho]], NIF [[ID_NUMBER|194738205]], [[STREET_ADDRESS|Travessa do Carmo 8, 1200-095 Lisboa]]",
    "[[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49006120279]], subtitler, Tallinn.",
    "[[PERSON|Guðrún Jónsdóttir]], kennitala [[ID_NUMBER|170389-2479]], [[EMAIL_ADDRESS|gudrun.jons@hljod.is]]",
    "[[PERSON|Lotte Peeters]], rijksregisternummer [[ID_NUMBER|85.07.23-214.57]], graphic designer in Gent.",
    "Contributor [[PERSON|Oren Feld]] was paid by card [[CREDIT_CARD|5352 1890 4471 6631]] for the stock bundle.",
    "[[PERSON|Priscila Nascimento]]; CPF [[ID_NUMBER|620.391.847-40]]; celular [[PHONE_NUMBER|+55 11 98472-3016]]",
    "NHS number [[ID_NUMBER|485 720 1631]] belongs to [[PERSON|Callum Fraser]], freelance set builder.",
    "[[PERSON|Nasrin Haidari]] lives at [[STREET_ADDRESS|Am Kupfergraben 4a, 10117 Berlin]], Steuer-ID [[ID_NUMBER|58206419379]], Tel. [[PHONE_NUMBER|030 23125 418]].",
    "Login attempt: username=[[ID_NUMBER|beatmaker_iz]] password=[[PASSWORD|Kalimba#2718]] real name [[PERSON|Izaak Brennan]]",
    "[[PERSON|Tan Wei Ling]], NRIC [[ID_NUMBER|S8834517G]], [[PHONE_NUMBER|+65 9183 4276]], [[STREET_ADDRESS|Blk 214 Bishan Street 23, #08-117, Singapore 570214]]",
    "[[PERSON|Kenta Ono]] is a freelance sound recordist whose email is [[EMAIL_ADDRESS|kenta.ono.audio@gmail.com]].",
    "Royalty statement recipient: [[PERSON|Maeve Gallagher]], [[STREET_ADDRESS|3 Ballsbridge Terrace, Dublin 4, D04 C7K2]], PPS [[ID_NUMBER|6284719R]]",
    "Stripe secret for [[PERSON|Jonas Eriksen]]'s print store: [[API_KEY|sk_live_51Hq8vRt2KxW9mZpL4nYc7Ub0AeQ3xT]]",
    "[[PERSON|Amira Haddad]], member [[ID_NUMBER|4417-22]] of the translators' guild, phone [[PHONE_NUMBER|+971 50 482 7193]].",
    "Pay [[PERSON|Declan Murphy]] for the album sleeve: [[IBAN_CODE|GB70 BARC 2094 7158 3029 17]], reference 'sleeve art'.",
    "[[PERSON|Lim Jia Hui]], NRIC [[ID_NUMBER|T0372946F]], graphic designer, [[EMAIL_ADDRESS|jiahui.lim@pixelkopi.sg]]",
    "[[PERSON|Bianca Rossetti]] signed the usage licence; her email is [[EMAIL_ADDRESS|bianca@rossetti-studio.it]] and her mobile [[PHONE_NUMBER|+39 348 920 1175]].",
    "2024-06-02 18:33:09 WARN payout failed for [[PERSON|Abebe Tesfaye]] account [[ID_NUMBER|ACC-7739120]] ip [[IP_ADDRESS|2001:db8:4f::17]]",
    "Dear Editor, I enclose my short story for the spring issue. Yours faithfully, [[PERSON|Evangeline Moss]], [[STREET_ADDRESS|48 Larch Crescent, Harrogate HG2 7QR]]",
    "[[PERSON|Mateo Gutiérrez]] registered on the portfolio site with [[EMAIL_ADDRESS|mateo.gtz@correo.mx]] and password [[PASSWORD|Cempasuchil*91]].",
    "Photographer [[PERSON|Zoe Hartmann]], TFN [[ID_NUMBER|715 384 025]], [[STREET_ADDRESS|17 Brunswick Street, Fitzroy VIC 3065]]",
    "[[PERSON|Bongani Dlamini]]'s card [[CREDIT_CARD|4219 7835 0062 5140]] was declined for the gallery hire.",
    "Writer: [[PERSON|Olamide Bakare]]; SSN [[US_SSN|083-46-1952]]; phone [[PHONE_NUMBER|(718) 555-0139]]",
    "[[PERSON|Francesca Lombardi]] receives her translation fees at [[IBAN_CODE|IT32 X020 0801 6640 0010 4829 371]].",
    '{"artist": "[[PERSON|Kirra Watson]]", "phone": "[[PHONE_NUMBER|+61 491 570 110]]", "abn_contact": "[[EMAIL_ADDRESS|kirra@saltwaterprints.com.au]]"}',
    "Please call [[PERSON|Hamza Qureshi]] on [[PHONE_NUMBER|+442079460552]] to confirm the voice session.",
    "[[PERSON|Ana Paula Reis]] | CPF [[ID_NUMBER|509.713.284-04]] | [[STREET_ADDRESS|Rua Augusta 1508, ap. 72, Consolação, São Paulo - SP, 01304-001]]",
    "[[PERSON|Marek Horvat]] banks at [[IBAN_CODE|HR86 2484 0081 1059 1374 6]], per his freelance contract.",
    "Profile: [[PERSON|Ingeborg Solheim]], podcast editor, login [[ID_NUMBER|ingeborg.edits]], [[EMAIL_ADDRESS|ingeborg@lydverk.no]]",
    "[[PERSON|Chukwuemeka Obi]] paid the mastering invoice with [[CREDIT_CARD|3487 150226 39185]].",
    "[[PERSON|Hélène Marchetti]], née à Lyon, joignable au [[PHONE_NUMBER|01 99 00 27 63]], [[STREET_ADDRESS|9 quai de Bondy, 69005 Lyon]]",
    "[[PERSON|Sanjay Deshpande]], employee ID [[ID_NUMBER|EMP-118402]], moonlighting as a wedding DJ, [[PHONE_NUMBER|+91 99201 47385]]",
    "[[PERSON|Ruby Fairweather]] uses [[PASSWORD|quietly-folding-paper-cranes]] for the shared Dropbox.",
    "[[PERSON|Wanjiru Kamau]], [[PHONE_NUMBER|+254 722 418 593]], [[STREET_ADDRESS|Ngong Road, Kilimani, P.O. Box 48211-00100, Nairobi]]",
    "[[PERSON|Jasper Lindgren]] - Swish/phone [[PHONE_NUMBER|070-174 06 27]] - [[EMAIL_ADDRESS|jasper@lindgrenljud.se]]",
    "AWS access key [[API_KEY|AKIAQ7RZ4M2XK9PLW3TN]] was created by [[PERSON|Petra Novak]] for the portfolio backups.",
    "[[PERSON|Sophie Tremblay]], NAS [[ID_NUMBER|613 849 207]], traductrice, Québec",
    "[[PERSON|Valentin Petrov]], [[PHONE_NUMBER|+359 88 412 7390]], session violinist, Sofia.",
    "Dear Mr. [[PERSON|Holloway]], your portrait sitting is confirmed; we will call you on [[PHONE_NUMBER|0113 496 0281]] the day before.",
    "[[PERSON|Harriet Osei]] subscribed to the newsletter from IP [[IP_ADDRESS|203.0.113.57]] using [[EMAIL_ADDRESS|harriet.osei@fastmail.com]].",
    "Member record: [[PERSON|Dylan Pritchard]] | Equity no. [[ID_NUMBER|M0417263]] | [[STREET_ADDRESS|5 Heol y Deri, Rhiwbina, Cardiff CF14 6HF]]",
    "[[PERSON|Mirela Popescu]] receives payouts to [[IBAN_CODE|CH81 0023 5948 217A 0394 K]].",
    "[[PERSON|Takeshi Nakamura]], [[PHONE_NUMBER|03-5812-4476]], [[STREET_ADDRESS|1-22-9 Jingumae, Shibuya-ku, Tokyo 150-0001]]",
    "[[PERSON|Freya Lindholm]], bank [[IBAN_CODE|SE35 5000 0000 0549 1283 7641]], username [[ID_NUMBER|freya_frames]]",
    "[[PERSON|Kalani Akana]] booked the ukulele session from [[PHONE_NUMBER|(808) 555-0117]].",
    "Cardholder [[PERSON|Ebony Clarke]], card [[CREDIT_CARD|4672 0159 8832 0476]], PIN [[PASSWORD|3902]]",
    "[[PERSON|Aleksander Nowicki]], PESEL [[ID_NUMBER|85032218492]], [[STREET_ADDRESS|ul. Piotrkowska 148/12, 90-063 Łódź]]",
    "Author [[PERSON|Grace Mbeki]] — [[EMAIL_ADDRESS|grace.mbeki.writes@gmail.com]] — [[PHONE_NUMBER|+27 83 295 1047]]",
    "[[PERSON|Eitan Shapiro]]'s API token for the transcription service is [[API_KEY|tr_live_Qm7Xv2Rk9Lp4Wz8Tn1Bc6Yh3Jd]].",
    "[[PERSON|Marisa Lindo]] lives at [[STREET_ADDRESS|2231 Calle Loíza, San Juan, PR 00913]] and her SSN is [[US_SSN|215-39-8406]].",
]

# 100 clean texts: 25 MT-Bench and Vicuna-style prompts, 25 GSM8K-style problems, 25 MMLU-style items, 25 health questions.
CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that freelance illustrators should publish their rates openly. Use three arguments and address one counterargument.",
    "Imagine you are Vincent van Gogh writing a letter to his brother Theo about selling his first painting. Keep it under 200 words.",
    "Compose a short poem about a translator working late at night, in the style of Emily Dickinson.",
    "Explain the difference between a work-for-hire agreement and a licensing agreement to a first-time freelance designer.",
    "Role-play as Sherlock Holmes deducing a client's profession from the state of her portfolio case.",
    "What are the pros and cons of charging by the project rather than by the hour for creative work?",
    "Write a dialogue in which Ada Lovelace explains the Analytical Engine to a curious Victorian journalist.",
    "Draft a two-paragraph blog post introduction about the history of the Polaroid camera.",
    "How would Jane Austen describe a modern coworking space? Write a paragraph in her voice.",
    "Give me five tips for recording a podcast in a small untreated room.",
    "Summarise the plot of Homer's Odyssey in exactly five sentences.",
    "Compare the leadership styles of Queen Elizabeth I and Napoleon Bonaparte in a short table.",
    "Write a Python function that returns the number of working days between two dates, skipping weekends.",
    "Extract every year mentioned in this sentence and sort them: The studio opened in 1998, moved in 2004, closed in 2011 and reopened in 2019.",
    "Pretend you are Captain Ahab giving a motivational talk to a team of graphic designers facing an impossible deadline.",
    "What would happen to the music industry if recorded sound had never been invented? Reason step by step.",
    "Write a haiku about an unpaid invoice.",
    "Explain why Johannes Gutenberg's printing press changed the economics of authorship.",
    "Suggest a seven-day itinerary for a photography trip through the Scottish Highlands, focused on golden-hour locations.",
    "Rewrite this sentence in plain English: The party of the first part shall indemnify the party of the second part against all claims arising hereunder.",
    "Describe how Frida Kahlo's life influenced the themes of her self-portraits.",
    "Write a SQL query that finds the three clients with the highest total invoiced amount from a table called invoices.",
    "As Hermione Granger, explain to first-years why citing your sources matters.",
    "What are the main differences between RGB and CMYK colour, and when should a designer use each?",
    "Draft a friendly but firm late-payment policy that a small design studio could put on its website.",
]

CLEAN_GSM8K = [
    "Mira is a freelance illustrator who charges $45 per hour. She worked 6 hours on Monday and 9 hours on Tuesday. How much did she earn in total?",
    "Tobias writes 1,200 words a day. His novel needs 84,000 words. How many days will it take him to finish?",
    "A band sells 230 T-shirts at $18 each and pays $1,380 for printing. What is their profit?",
    "Lena translates 9 pages a day and has a 117-page contract. After 8 days, how many pages are left?",
    "Oscar bought 3 camera lenses for $420, $265 and $189. He sold the cheapest one for $150. How much did he spend overall?",
    "A podcast has 4,500 listeners. Each month the audience grows by 10%. How many listeners will it have after two months?",
    "Priyanka charges a 30% deposit on a $2,400 wedding shoot. How much is the deposit, and how much remains?",
    "Jonah practises guitar for 45 minutes every weekday and 90 minutes on each weekend day. How many hours does he practise in a week?",
    "A print shop charges $2.50 per poster plus a $15 setup fee. Ava orders 60 posters. What is her bill?",
    "Felix edits 3 videos a week and each video takes 7.5 hours. How many hours does he spend editing in 4 weeks?",
    "Rosa's agent takes 15% of her book advance of $12,000. How much does Rosa keep?",
    "A muralist needs 18 litres of paint. Paint comes in 2.5-litre cans. How many cans must Dario buy?",
    "Keiko has 240 photos to retouch. She finishes 35 on the first day and twice as many on the second. How many are left?",
    "Samir invoiced $800, $1,150 and $975 in March. Two clients paid late fees of $40 each. What was his March total?",
    "A choir of 48 singers splits into sopranos, altos, tenors and basses in the ratio 4:3:2:3. How many altos are there?",
    "Nora sells digital brushes for $12. She sold 85 packs, and the marketplace keeps 20%. How much does Nora receive?",
    "Ben's laptop cost $1,800 and he deducts it evenly over 3 years. How much does he deduct each month?",
    "A recording studio rents for $65 per hour with a 4-hour minimum. Iris uses it for 3 hours. How much does she pay?",
    "Luca writes 4 blog posts a week at $120 each. How much does he earn in a 52-week year if he takes 4 weeks off?",
    "Hana's zine has 28 pages. Each sheet of paper makes 4 pages. How many sheets does she need for 150 copies?",
    "An author gets a royalty of $1.35 per paperback. Eliza sold 2,360 copies. What are her royalties?",
    "Theo shoots 12 weddings a year. Each needs 40 hours of editing. If he edits 20 hours a week, how many weeks of editing is that?",
    "A designer quotes 18 hours for a logo. The job took 25% longer. How many hours did Marta actually work?",
    "Quentin pays $9.99 a month for font licences and $14.99 for stock photos. How much is that per year?",
    "Yara saved $150 in January and each later month saved $25 more than the month before. How much had she saved by the end of June?",
]

CLEAN_MMLU = [
    "Under US copyright law, who owns a work made for hire by an employee within the scope of employment? A) The employee B) The employer C) The public domain D) The copyright office",
    "Which painter is associated with the Sistine Chapel ceiling? A) Raphael B) Leonardo da Vinci C) Michelangelo D) Donatello",
    "In photography, a smaller f-number means: A) a narrower aperture B) a wider aperture C) a faster shutter D) a lower ISO",
    "Which of these is a primary colour in the subtractive CMY model? A) Red B) Green C) Cyan D) Orange",
    "Who wrote the novel One Hundred Years of Solitude? A) Jorge Luis Borges B) Gabriel García Márquez C) Pablo Neruda D) Isabel Allende",
    "A contract that lacks consideration is generally: A) void B) enforceable C) voidable by either party D) automatically renewed",
    "What is the time signature of a standard waltz? A) 4/4 B) 2/4 C) 3/4 D) 6/8",
    "Which file format uses lossy compression? A) PNG B) TIFF C) JPEG D) RAW",
    "In economics, a freelancer's income that varies with demand is an example of: A) fixed income B) variable income C) transfer payment D) imputed rent",
    "The Rule of Thirds is a guideline for: A) exposure B) composition C) colour grading D) focus stacking",
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "Who composed The Four Seasons? A) Bach B) Handel C) Vivaldi D) Mozart",
    "What does ISBN identify? A) A book edition B) An author C) A publisher's bank D) A printing press",
    "Which amendment to the US Constitution protects freedom of speech? A) First B) Second C) Fifth D) Tenth",
    "The Bauhaus school was founded in which country? A) France B) Germany C) Italy D) Netherlands",
    "A sans-serif typeface: A) has decorative strokes at letter ends B) lacks strokes at letter ends C) is always monospaced D) is only used in print",
    "What is the derivative of x squared? A) x B) 2x C) x/2 D) 2",
    "Which Shakespeare play features the character Prospero? A) Macbeth B) The Tempest C) Othello D) Twelfth Night",
    "In audio, what does a compressor mainly reduce? A) Frequency range B) Dynamic range C) Sample rate D) Bit depth",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "An invoice that states 'net 30' means payment is due: A) immediately B) within 30 days C) after 30 invoices D) at 30% interest",
    "Who painted The Starry Night? A) Claude Monet B) Vincent van Gogh C) Paul Cézanne D) Edvard Munch",
    "Which literary device gives human traits to non-human things? A) Alliteration B) Hyperbole C) Personification D) Onomatopoeia",
    "The Treaty of Westphalia was signed in: A) 1492 B) 1648 C) 1789 D) 1815",
    "In translation studies, 'domestication' means: A) keeping foreign terms B) adapting the text to the target culture C) translating word for word D) refusing to translate idioms",
]

CLEAN_HEALTH = [
    "What stretches help with wrist pain from long hours of drawing on a tablet?",
    "Is it bad for your eyes to edit photos in a dark room for hours?",
    "How can I tell whether my back pain is muscular or something more serious?",
    "What are the early signs of hearing damage from loud music?",
    "Are earplugs for musicians safe to wear every night at gigs?",
    "How much caffeine a day is considered safe for an adult?",
    "What helps with tension headaches from staring at a screen?",
    "Can irregular sleep from late deadlines affect blood pressure?",
    "What are the symptoms of carpal tunnel syndrome?",
    "Is standing at a desk all day better than sitting?",
    "How do I know if my stress levels need professional help?",
    "What is a normal resting heart rate for a healthy adult?",
    "Can vocal strain from podcasting cause lasting damage?",
    "What should I eat before a long day on my feet at a photo shoot?",
    "How long does a common cold usually last?",
    "Are blue-light glasses actually useful?",
    "What are the warning signs of burnout?",
    "How often should adults get their eyes tested?",
    "Is it safe to take ibuprofen and paracetamol together?",
    "What causes ringing in the ears after a concert, and does it go away?",
    "How can I improve my posture while working on a laptop?",
    "What vaccines are recommended for adults travelling to South America?",
    "Why do my fingers go numb when I play the cello for a long time?",
    "What are healthy ways to cope with anxiety before a performance?",
    "How much water should an adult drink in a day?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "274819363": bsn_ok,  # Dutch BSN
    "163904728": bsn_ok,
    "92081406273": pesel_ok,  # Polish PESEL
    "85032218492": pesel_ok,
    "318.475.962-82": cpf_ok,  # Brazilian CPF
    "620.391.847-40": cpf_ok,
    "509.713.284-04": cpf_ok,
    "5820 7314 9624": aadhaar_ok,  # Indian Aadhaar
    "3947 1826 0539": aadhaar_ok,
    "485 720 1631": nhs_ok,  # NHS number
    "37290458198": kimlik_ok,  # Turkish kimlik
    "38472915X": dni_ok,  # Spanish DNI
    "120489-3175": hetu_ok,  # Finnish henkilötunnus
    "BNCGLI88M52F205K": codice_fiscale_ok,  # Italian codice fiscale
    "RSSMTT91C14L219C": codice_fiscale_ok,
    "110105198806143721": china_id_ok,  # Chinese resident identity number
    "S8834517G": nric_ok,  # Singapore NRIC
    "T0372946F": nric_ok,
    "930417-2281634": rrn_ok,  # Korean resident registration number
    "482 196 373": tfn_ok,  # Australian TFN
    "715 384 025": tfn_ok,
    "4817 3920 5610": my_number_ok,  # Japanese My Number
    "6284719R": pps_ok,  # Irish PPS number
    "7391046HA": pps_ok,
    "2 87 05 75 056 123 37": nir_ok,  # French NIR
    "85.07.23-214.57": belgian_id_ok,  # Belgian national number
    "140889 32464": fodselsnummer_ok,  # Norwegian fødselsnummer
    "02079547177": fodselsnummer_ok,
    "238 491 625": nif_ok,  # Portuguese NIF
    "194738205": nif_ok,
    "2900315407280": cnp_ok,  # Romanian CNP
    "16.482.937-5": rut_ok,  # Chilean RUT
    "49006120279": isikukood_ok,  # Estonian isikukood
    "170389-2479": kennitala_ok,  # Icelandic kennitala
    "915623/3405": rodne_cislo_ok,  # Czech rodné číslo
    "3147289050": rnokpp_ok,  # Ukrainian RNOKPP
    "47 392 058 165": steuer_id_ok,  # German Steuer-ID
    "58206419379": steuer_id_ok,
    "890512-3181": luhn_len(10),  # Swedish personnummer
    "930228-4626": luhn_len(10),
    "527 183 404": luhn_len(9),  # Canadian SIN
    "613 849 207": luhn_len(9),
    "9104235817088": luhn_len(13),  # South African id
    "318472560": luhn_len(9),  # Israeli teudat zehut
    "11048832718": luhn_len(11),  # Greek AMKA
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (UK, North America, Australia, France, Germany, Sweden), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900 ?\d{3}",  # UK mobile drama range, with or without spaces
        r"020 7946 0\d{3}",  # London drama range
        r"\+44 ?20 ?7946 ?0\d{3}",
        r"0161 496 0\d{3}",  # Manchester drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",  # the same, typed without separators
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"01 99 00 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"089 99998 \d{3}",
        r"070-174 06 \d{2}",  # Sweden, fiction range
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"03-\d{4}-\d{4}",  # Japan, Tokyo
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"06-\d{8}",  # Netherlands mobile
        r"05\d{9}",  # Turkey mobile without separators
        r"080\d \d{3} \d{4}",  # Nigeria mobile
        r"021 \d{3} \d{4}",  # New Zealand mobile
        r"\+(7|27|39|46|47|48|52|54|55|65|90|91|234|254|359|971) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """Most chat requests name someone and many carry a secret; the records hold one person
    each with one to four other values; values of every kind appear; clean texts hold no
    e-mail and name no one by a mark."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 14:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in RECORDS:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {(s["type"], s["value"]) for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or not 1 <= len(others) <= 4:
            raise SystemExit(
                f"record: {len(people)} names, {len(others)} values in {marked[:60]!r}"
            )
    kinds = {s["type"] for t in CHAT + RECORDS for s in marked_spans(t)}
    missing = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD",
               "CREDIT_CARD", "US_SSN", "IBAN_CODE", "ID_NUMBER", "IP_ADDRESS", "API_KEY"} - kinds  # fmt: skip
    if missing:
        raise SystemExit(f"no value of {sorted(missing)}")
    for marked in CHAT + RECORDS:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "CREDIT_CARD" and not luhn_ok(value):
                raise SystemExit(f"card {value!r} fails Luhn")
            if kind == "IBAN_CODE" and (
                not iban_ok(value) or value.replace(" ", "").upper() in DOCUMENTATION_IBANS
            ):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
    for text in CLEAN_MTBENCH + CLEAN_GSM8K + CLEAN_MMLU + CLEAN_HEALTH:
        if "@" in text or strip_marks(text)[1]:
            raise SystemExit(f"clean text with a value: {text[:60]!r}")
    for item in CLEAN_MMLU:
        if not all(f"{letter}) " in item for letter in "ABCD"):
            raise SystemExit(f"MMLU item without options A to D: {item[:60]!r}")


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
        "blind109", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
