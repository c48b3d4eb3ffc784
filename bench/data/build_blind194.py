# ruff: noqa: E501
"""A hundred-and-ninety-fourth blind privacy set: 220 texts with personal data and 100 clean
ones, on hospices, bereavement support groups and palliative care volunteers.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the opening
lines and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) that a hospice's or bereavement service's
  chatbot would get: the first 30 typed all in lower case, then 6 in Spanish, French,
  German, Polish, Japanese and Arabic, then 84 in English. Most name a private person
  (patients, relatives, volunteers, group facilitators) in many origins and scripts (Latin
  with diacritics, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese,
  Japanese, Korean, Yoruba), some with names that are ordinary words (Hope, Rose, Bill,
  Grace, Summer, Joy, Holly, Carol, June), many with no cue word (rotas, cost splits,
  sign-offs, lists, appositives, "tell X that ..."); 21 hold a secret (key-safe, gate,
  door, alarm and lockbox codes, PINs, wifi keys, passwords, 2FA codes, three API keys
  or tokens);
* 100 one-person records (one sentence or a short form each) in English and 28 other
  languages: volunteer sign-ups, admission and referral forms, bereavement group
  registrations, donor and Gift Aid records; the first 41 hold a national id with a valid
  check digit (34 kinds), the others phones, e-mails, addresses, cards, IBANs, SSNs, IPs, passports,
  licences, usernames and account, member, supporter, volunteer and patient numbers.

Usernames, logins, account, customer, member, supporter, volunteer, client, staff and
patient numbers, passports, licences, registration and certificate numbers and national
ids are ID_NUMBER; PINs, door, gate, key-box, lockbox and alarm codes, wifi keys,
passwords, passcodes and 2FA codes are PASSWORD; titles and relation words (Mr, Mrs,
Rev., Father, Sister, my mum) stay outside PERSON spans; an address span runs from the
first line through the postcode and city as typed; public figures, fictional characters,
companies, organisations, order, ticket and invoice numbers and dates of birth are not
labelled; every occurrence of a private value is marked. The 100 clean texts hold no
personal data: 25 MT-Bench/Vicuna-style prompts (naming only public figures and fictional
characters), 25 GSM8K-style word problems with story first names, 25 MMLU-style items with
options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570, France 06 39 98, Germany 030 23125); cards Luhn-valid and not well-known test
numbers; IBANs valid mod 97 and not documentation examples; SSNs with assignable area,
group and serial; IPs from documentation ranges; national ids with valid check digits.

Run ``.venv/bin/python bench/data/build_blind194.py`` from the repository root; the output
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
from marks import (
    WELL_KNOWN_CARDS,
    build_sections,
    iban_ok,
    is_lower,
    luhn_ok,
    strip_marks,
)

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (3, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Father|Sister|Nurse|Auntie|Uncle|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # all lower case
    "hi, can you tell [[PERSON|maureen dlamini]] that the thursday bereavement circle moves to room 4 this week? her number is [[PHONE_NUMBER|07700 900417]].",
    "volunteer rota for the day hospice café: mon [[PERSON|tomasz wiśniewski]], tue [[PERSON|hope adebayo]], wed [[PERSON|gareth pryce]], thu [[PERSON|lin meihua]]. can you put that in a table?",
    "the key safe at the chaplaincy flat is [[PASSWORD|2719]], please send it to [[PERSON|efua mensah]] before her night shift, not by text",
    "my dad [[PERSON|ron keeling]] died at the hospice on monday and i want to thank the night nurse, i think her name was [[PERSON|bridget]]. how do i send a card?",
    "how do i claim mileage as a driver volunteer? i'm [[PERSON|samir haddad]], volunteer no. [[ID_NUMBER|vol-20417]]",
    "cost split for the memory walk banner: [[PERSON|dawn fairclough]] £12, [[PERSON|pritam sandhu]] £12, [[PERSON|bill oduya]] £12. does that come to £40 with the £4 postage?",
    "wifi for the quiet room is hospiceguest and the key is [[PASSWORD|lavender-kettle-88]], can you make a little sign for families?",
    "please remind [[PERSON|summer okafor]] that her dbs check expires next month and she needs to upload it before her next ward visit",
    "who runs the under-25s grief group now? it used to be [[PERSON|kasia nowak]] but she moved to leeds",
    "[[PERSON|grace whitfield]] wants to stop her monthly donation, her supporter number is [[ID_NUMBER|sup-884102]]. what do i tell her?",
    "my mum [[PERSON|agnieszka kowalczyk]] is in bed 7 on the inpatient unit. can my brother visit after 9pm?",
    "login for the volunteer portal isn't working. username [[ID_NUMBER|jfarrell_vol]], password [[PASSWORD|snowdrop#2024wk]]",
    "can you draft a short note from [[PERSON|olu bankole]] to the befriending team saying he can't do fridays anymore",
    "tell [[PERSON|rosa ferreira]] the minibus gate code changed to [[PASSWORD|5813]] and not to write it on the rota",
    "our bereavement group wants to do a remembrance tree. [[PERSON|niamh gallagher]] will bring the paper leaves, [[PERSON|yusuf demir]] the stand. what else do we need?",
    "send the palliative care volunteer handbook to [[EMAIL_ADDRESS|ana.rodrigues@example.org]] please, she starts on the 14th",
    "alarm code for the charity shop on the high street is [[PASSWORD|0614]]. [[PERSON|keith armitage]] is locking up tonight, can you text it to him on [[PHONE_NUMBER|07700 900582]]",
    "is it normal to still feel numb four months after? my husband [[PERSON|dev malhotra]] died in the hospice in june and the group leader [[PERSON|carol]] said to ask here",
    "hi it's [[PERSON|lerato khumalo]] from the wednesday drop-in, i lost my lanyard. my volunteer id was [[ID_NUMBER|hv-3381]]",
    "the treasurer, [[PERSON|ifeoma nwosu]], asked for last month's raffle total. can you format this as an email to her",
    "rota swap: [[PERSON|jake thornbury]] takes saturday reception, [[PERSON|mei ling tan]] takes his sunday. please confirm both",
    "what should i say to [[PERSON|ivy]]? her sister passed at the hospice yesterday and she's coming to the group tonight",
    "the 2fa code for the donations dashboard is [[PASSWORD|604 218]], can you log in as me and check the gift aid batch",
    "email for the complementary therapy lead is [[EMAIL_ADDRESS|m.oyelaran@example.net]], can you ask her if [[PERSON|brenda cole]] can have a hand massage friday",
    "my grandad [[PERSON|eamon rooney]] wants his ashes scattered in the hospice garden. who do i ask? my number [[PHONE_NUMBER|01632 960231]]",
    "please add [[PERSON|fatou sarr]] and [[PERSON|rhys lloyd-evans]] to the night sitting list for november",
    "pin for the petty cash tin at the bereavement café is [[PASSWORD|3390]], remind me how we log what we spend",
    "i'm volunteering with [[PERSON|dolores quintero]] on saturday. she doesn't drive, can you check if [[PERSON|arjun pillai]] can pick her up from [[STREET_ADDRESS|14 mill lane, hebden bridge hx7 8aq]]",
    "write a reply saying the memorial leaflets are at the printer and sign it off from [[PERSON|june harrow]], volunteer coordinator, cc [[PERSON|pat o'driscoll]]",
    "can you write a poem for the memory book for [[PERSON|albert nkemelu]]? he volunteered on the ward for 19 years",
    # other languages: Spanish, French, German, Polish, Japanese, Arabic
    "Hola, soy [[PERSON|Inmaculada Robles Pérez]]. Mi padre murió en el hospicio en marzo. ¿Hay un grupo de apoyo al duelo en español? Mi correo es [[EMAIL_ADDRESS|inma.robles@example.com]].",
    "Bonjour, pouvez-vous dire à [[PERSON|Hélène Marchetti]] que la réunion des bénévoles en soins palliatifs est reportée à jeudi ? Son portable : [[PHONE_NUMBER|06 39 98 41 27]].",
    "Bitte den Schlüsselkasten-Code [[PASSWORD|8462]] an [[PERSON|Jürgen Weißhaupt]] weitergeben, er übernimmt am Sonntag die Sitzwache im Hospiz.",
    "Dzień dobry, czy [[PERSON|Małgorzata Wójcik]] może dołączyć do grupy wsparcia w żałobie przy hospicjum? Jej telefon to [[PHONE_NUMBER|07700 900736]].",
    "[[PERSON|佐藤 恵美]]さんに、ホスピスのボランティア研修は来週の火曜日だと伝えてください。メールは [[EMAIL_ADDRESS|emi.sato@example.com]] です。",
    "مرحبا، أرجو إبلاغ [[PERSON|ليلى الحسيني]] أن مجموعة دعم الفقد ستجتمع يوم الأربعاء في الساعة السادسة. رقمها [[PHONE_NUMBER|07700 900815]].",
    # English
    "Please tell [[PERSON|Людмила Соколова]] that her late husband's belongings are ready to collect from the hospice reception.",
    "Rota for the Tuesday bereavement café: 10–12 [[PERSON|Rose Mbeki]], 12–2 [[PERSON|Callum Dunne]], 2–4 [[PERSON|Nikos Papadakis]]. Can you turn it into a poster?",
    "My father, [[PERSON|Γιώργος Αλεξίου]], is on the hospice waiting list. Could someone call me on [[PHONE_NUMBER|+44 7700 900128]]?",
    "The gate code for the staff car park is [[PASSWORD|7C2941]]. Please send it to the new volunteer drivers, [[PERSON|Hamid Rahimi]] and [[PERSON|Tessa Blackwood]].",
    "[[PERSON|אביגיל כהן]] asked whether the Jewish bereavement group still meets at the hospice on Sunday mornings. What should I reply?",
    "Split the £90 florist cost for the memorial of our volunteer [[PERSON|Bill Hartigan]] between [[PERSON|Sue Lamb]], [[PERSON|Amir Shokri]] and me.",
    "Tell [[PERSON|Priyanka Deshmukh]] that the communication skills training for volunteers is cancelled and ask if she wants the recording.",
    "Could you translate our bereavement leaflet into Hindi for [[PERSON|सुनीता वर्मा]]? She'll check it before we print.",
    "[[PERSON|রাহেলা খাতুন]] would like a volunteer who speaks Sylheti to sit with her mother in the evenings. Who can we ask?",
    "Please write a thank-you card from the day hospice to [[PERSON|สมชาย ศรีสุข]], who repaired all our garden benches.",
    "Our new palliative care volunteer [[PERSON|王秀英]] prefers to be contacted by email at [[EMAIL_ADDRESS|xiuying.wang@example.com]]. Add her to the Friday list.",
    "Remind [[PERSON|김민지]] that she's reading at the memorial service on the 12th, and send her the order of service.",
    "[[PERSON|Adébáyọ̀ Ọlátúnjí]] is leading the drumming at the remembrance evening. Can you draft the programme notes?",
    "Hi, this is [[PERSON|Faith Onyango]]. My hospice volunteer login is [[ID_NUMBER|fonyango22]] and the new password I set is [[PASSWORD|Marigold!Tea7]] but it won't let me in.",
    "The three new befrienders are [[PERSON|Summer Lachance]], [[PERSON|Hope Ridley]] and [[PERSON|Grace Aboagye]]. Write them a welcome message.",
    "[[PERSON|Marcus Oyelowo]] opens the bereavement centre at 8 on Saturdays; can you tell the group leaders to arrive by 8.15?",
    "Can you find a poem for a funeral? It's for [[PERSON|Edith Crane]], who ran our hospice shop for twenty years.",
    "[[PERSON|Ngozi Eze]] 3 shifts, [[PERSON|Piotr Zieliński]] 2, [[PERSON|Sophie Laurent]] 4. How many volunteer hours is that if each shift is 3.5 hours?",
    "Write to [[PERSON|Ruth Ansah]] at [[EMAIL_ADDRESS|ruth.ansah@example.net]] and say the counselling waiting list is about six weeks.",
    "The Slack bot for the volunteer rota needs a token. I pasted [[API_KEY|xoxb-5827301946-4410298735516-Qm7rTz2KpVw9XsLe4NhB8cYd]] into the config. Is that the right format?",
    "My aunt [[PERSON|Carmen Ibáñez]] is dying at home and wants a hospice-at-home volunteer who speaks Spanish. She lives alone at [[STREET_ADDRESS|22 Orchard Close, Bridgwater TA6 4JD]], and the district nurses visit twice a day, but the evenings are long for her. Could someone sit with her on Tuesday or Thursday evenings? She likes the radio, crosswords and talking about Valencia.",
    "Let [[PERSON|Declan Moyo]] know the minibus is booked for the bereavement group's seaside trip, and his co-driver is [[PERSON|Ursula Brandt]].",
    "Proofread my note: 'Dear Mrs [[PERSON|Okonkwo]], thank you for the shawl you knitted for the hospice.' Then make it a little warmer.",
    "Our volunteer [[PERSON|Raimundo Silva]] needs his DBS certificate number re-entered: [[ID_NUMBER|001784526390]].",
    "Door code for the family room upstairs: [[PASSWORD|2580*]]. Please only give it to next of kin; right now that's [[PERSON|Helen Marsh]] and [[PERSON|Oscar Marsh]].",
    "Hi, [[PERSON|Anjali Rao]] here. I run the Saturday grief walk for the bereavement group. Can you suggest a gentle 3-mile route near the hospice? People can ring me on [[PHONE_NUMBER|07700 900349]].",
    "[[PERSON|Wiremu Tane]] and [[PERSON|Aroha Ngata]] are doing the karakia at the memorial. What order should the programme go in?",
    "Please tell the night volunteers that [[PERSON|Stanisław Kruk]] in room 3 prefers the radio on low.",
    "Here is the GitHub token for the volunteer app repo, can you check why the deploy fails: [[API_KEY|ghp_V8mK2xQ7rT4nL9pW3sZ6bY1cH5dF0gJ8eA2u]]",
    "Thank-you letter for a £250 gift in memory of [[PERSON|Marjorie Penhaligon]] from her son [[PERSON|Alan Penhaligon]], please. Keep it short.",
    "[[PERSON|Siobhán Ní Bhriain]] is our new bereavement support group facilitator. Draft an announcement for the newsletter.",
    "Wifi password for the day centre is [[PASSWORD|Bluebell2Meadow]]; the activities volunteer, [[PERSON|Kwame Asante]], needs it for the music session.",
    "Can [[PERSON|Viktor Horváth]] swap his Monday ward round with [[PERSON|Eleni Christodoulou]]'s Thursday?",
    "My brother [[PERSON|Tariq Mahmood]] passed away last night at the hospice. Who do I call about the death certificate? I'm on [[PHONE_NUMBER|(416) 555-0137]].",
    "Bereavement group sign-up: [[PERSON|Lorna McAllister]], [[EMAIL_ADDRESS|lorna.mca@example.net]], [[PHONE_NUMBER|07700 900263]]. Please confirm her place.",
    "Reply to [[PERSON|Yoshiko Tanaka]] that yes, we can arrange a Buddhist chaplain for her father.",
    "The lockbox at Mr [[PERSON|Ellwood]]'s bungalow is [[PASSWORD|0907]]; the hospice-at-home volunteer needs it tomorrow.",
    "[[PERSON|Patience Boateng]] wants to know whether volunteers can attend a patient's funeral. What's our usual guidance?",
    "Please update [[PERSON|Hannah Lindqvist]]'s emergency contact to [[PERSON|Erik Lindqvist]], [[PHONE_NUMBER|+44 7700 900954]].",
    "Rewrite this for the website: Rev. [[PERSON|Adewale Coker]], our hospice chaplain since 2011, leads the monthly memorial service.",
    "Please let [[PERSON|Joy Hemingway]] know her grief counselling session moved to 3pm.",
    "The 2FA code the portal just sent me is [[PASSWORD|918 337]]. Can you use it to unlock [[PERSON|Natalia Romero]]'s volunteer account?",
    "[[PERSON|Ahmad Karimi]] texted from [[PHONE_NUMBER|(604) 555-0162]] asking if the Farsi-speaking bereavement group runs in December.",
    "Can you make a certificate for [[PERSON|Dorothy Wainwright]], 25 years as a hospice volunteer?",
    "Who should [[PERSON|Femi Adeyinka]] contact about becoming a companion volunteer on the palliative ward?",
    "Send the memorial evening invite to [[EMAIL_ADDRESS|s.o.kelly@example.com]] and [[EMAIL_ADDRESS|dmitri.volkov@example.org]].",
    "Our treasurer [[PERSON|Rhiannon Griffiths]] needs the Zoom passcode for the support group: it's [[PASSWORD|Remember915]]. Please resend it to her.",
    "[[PERSON|Ольга Ковальчук]] asks if there is a Ukrainian-speaking volunteer for her grandmother at the hospice.",
    "Tell [[PERSON|Benedikt Auer]] the memory quilt squares are due by Friday.",
    "I'm [[PERSON|Lucía Fernández]], I lost my partner in spring. Is it too soon to join a bereavement support group?",
    "Pairing for the befriending scheme: [[PERSON|Miriam Goldberg]] with [[PERSON|Aisha Bello]], [[PERSON|Frank Doyle]] with [[PERSON|Tom Ashby]]. Can you email them all?",
    "The AWS key for the memorial donations site leaked into our group chat: [[API_KEY|AKIAR7QXWZ4M2TN8KPLD]]. What do I do first?",
    "[[PERSON|Precious Ndlovu]] sings at the hospice on Fridays. Could you suggest five gentle songs for her set?",
    "Hi, [[PERSON|Ravi Chandrasekhar]] here, palliative care volunteer. My new address for mileage claims is [[STREET_ADDRESS|3 Linden Court, Harrogate HG1 5PX]].",
    "Please let the family in room 6 know that Father [[PERSON|Tomás Ó Ceallaigh]] will come at 7 to say prayers.",
    "The keypad at the volunteer entrance changed to [[PASSWORD|4831]]. Please text it to [[PERSON|Colin Breathnach]] on [[PHONE_NUMBER|07700 900177]] and nobody else.",
    "[[PERSON|Nomvula Sithole]] and her daughter would like to plant a tree for her husband in the hospice garden. Who handles that?",
    "Can you add [[PERSON|Jean-Luc Ndiaye]] to the volunteer drivers' WhatsApp list?",
    "Send [[PERSON|Mercy Acheampong]] the bereavement group's Zoom link and remind her the password is [[PASSWORD|Forget-me-not-31]].",
    "Thank-you note to the volunteer who sat with my mum all night; I only know her first name, [[PERSON|Dorcas]].",
    "How can I support a volunteer who is grieving? [[PERSON|Leon Fitzgerald]] lost his wife last month and wants to come back to the ward. He says keeping busy helps, but the ward team worry it's too soon and that sitting with dying patients will be hard for him. What questions should I ask him, and what would a gradual return look like?",
    "Please change my direct debit for the hospice lottery. Member number [[ID_NUMBER|HL-0048213]], I'm [[PERSON|Norman Beale]].",
    "[[PERSON|Kiri Walker]], [[PERSON|Sina Fa'amausili]] and [[PERSON|Tavita Leiataua]] are running the Pacific family grief circle. Make a flyer.",
    "Can you tell [[PERSON|Ahuva Levi]] that the Hebrew readings for the memorial are printed? Her mobile: [[PHONE_NUMBER|(212) 555-0118]].",
    "Rota for Christmas Day on the inpatient unit: morning [[PERSON|Holly Pearson]], afternoon [[PERSON|Noel Adjei]], evening [[PERSON|Carol Winters]].",
    "Please answer [[PERSON|Farhan Chowdhury]]: he wants to know if he can bring his dog when visiting his father on the hospice ward.",
    "Our Mandarin-speaking befriender [[PERSON|陈志强]] can cover Tuesday. Can you confirm with the ward?",
    "[[PERSON|Ingrid Sørensen]] left a voicemail from [[PHONE_NUMBER|+44 1632 960448]] about volunteering in the hospice garden.",
    "My sister [[PERSON|Parisa Moradi]] wants to volunteer at the hospice where our mum died. Is there a waiting period after a bereavement?",
    "Make a name badge for [[PERSON|Kgosi Molefe]], Bereavement Support Volunteer.",
    "Can you split the cost of the remembrance candles (£64) equally between [[PERSON|Joan Halloran]], [[PERSON|Mustafa Yıldız]], [[PERSON|Beatriz Costa]] and [[PERSON|Sandeep Gill]]?",
    "[[PERSON|Phoebe Armstrong-Low]] asked me to use her card for the raffle prize hamper: [[CREDIT_CARD|4716 2038 5519 7304]]. Can you place the order?",
    "Write an out-of-office for [[PERSON|Dafydd Rees]], volunteer coordinator, who is away until the 3rd.",
    "Tell [[PERSON|Shirin Farahani]] that the bereavement group's book club is reading 'A Grief Observed' this month.",
    "Please let the hospice know that [[PERSON|Tadeusz Lewandowski]] has died and cancel his volunteer visits. His daughter is [[PERSON|Ewa]], [[EMAIL_ADDRESS|ewa.lew@example.com]].",
    "[[PERSON|Ha-eun Park]] is shadowing the chaplain on Tuesday. Who meets her at reception?",
    "Sister [[PERSON|Agnes Duffy]] needs the chapel key box pin for the vigil tonight. Is it still [[PASSWORD|6024]]?",
    "Can you confirm the expense claim for the bereavement group tea was approved? Many thanks, [[PERSON|Barnaby Quist]]",
    "The new befriender, [[PERSON|Zanele Mokoena]], will visit Mr [[PERSON|Harold Pryor]] on Wednesdays. Please add it to the schedule.",
    "Please draft condolence words for [[PERSON|Lakshmi Narayanan]], whose husband was one of our longest-serving hospice drivers.",
    "Night sits this weekend: Fri [[PERSON|Amara Obi]], Sat [[PERSON|Heidi Kärkkäinen]], Sun [[PERSON|Rory Baird]]. Put it in a calendar format.",
    "I'm [[PERSON|Dong-hyun Lee]], I can do Thursday mornings at the day hospice. My email is [[EMAIL_ADDRESS|dh.lee@example.com]].",
    "[[PERSON|Ffion Roberts]] is covering the bereavement helpline on Monday; please send her the call script.",
    "Can you tell [[PERSON|Mateus Oliveira]] we received his volunteer application and his interview is on Monday at 10?",
]

# 100 one-person records: the first 41 hold a national id with a valid check digit.
RECORDS = [
    "Admission form. Patient: [[PERSON|Gwendolyn Pardoe]]; NHS number: [[ID_NUMBER|594 018 2739]]; next of kin phone: [[PHONE_NUMBER|07700 900612]].",
    "Hospice at home referral for [[PERSON|Clifford Ashworth]], NHS no. [[ID_NUMBER|731 560 2844]], living at [[STREET_ADDRESS|41 Tanners Row, Kendal LA9 4QT]].",
    "Bereavement follow-up card: [[PERSON|Yvonne Stirrup]] (NHS [[ID_NUMBER|463 992 7150]]), prefers calls on [[PHONE_NUMBER|01632 960517]].",
    "स्वयंसेवक पंजीकरण: [[PERSON|राजेश कुमार मिश्रा]], आधार संख्या [[ID_NUMBER|5820 3716 4999]], ईमेल [[EMAIL_ADDRESS|rajesh.mishra@example.com]]",
    "Palliative care volunteer, Kochi: [[PERSON|Anitha Varghese]], Aadhaar no. [[ID_NUMBER|7394 6128 0555]], e-mail [[EMAIL_ADDRESS|anitha.v@example.org]].",
    "Aanmelding vrijwilliger hospice: [[PERSON|Joost van der Heijden]], BSN [[ID_NUMBER|304821573]], e-mail [[EMAIL_ADDRESS|joost.vdheijden@example.net]].",
    "Zgłoszenie do grupy wsparcia w żałobie: [[PERSON|Bożena Kamińska]], PESEL [[ID_NUMBER|49071512388]], tel. [[PHONE_NUMBER|07700 900753]].",
    "Cadastro de voluntária em cuidados paliativos: [[PERSON|Luana Albuquerque]], CPF [[ID_NUMBER|372.915.846-55]], e-mail [[EMAIL_ADDRESS|luana.alb@example.com]].",
    "Donor record: [[PERSON|Rodrigo Tavares]], Brazilian CPF [[ID_NUMBER|615.048.392-42]], gift in memory of his mother, card [[CREDIT_CARD|5297 4103 8862 1551]].",
    "Hospis gönüllü başvurusu: [[PERSON|Elif Karaca]], T.C. Kimlik No [[ID_NUMBER|47293058110]], e-posta [[EMAIL_ADDRESS|elif.karaca@example.net]].",
    "Ficha de voluntario de cuidados paliativos: [[PERSON|Josefa Montoya Ruiz]], DNI [[ID_NUMBER|58371426W]], domicilio [[STREET_ADDRESS|Calle del Olivo 17, 3º B, 41003 Sevilla]].",
    "Inscripción en el grupo de duelo: [[PERSON|Radu Ionescu]], NIE [[ID_NUMBER|Y4721938Y]], correo [[EMAIL_ADDRESS|radu.ionescu@example.org]].",
    "Saattohoidon vapaaehtoinen: [[PERSON|Aino Miettinen]], henkilötunnus [[ID_NUMBER|220347-613H]], sähköposti [[EMAIL_ADDRESS|aino.miettinen@example.com]].",
    "Volontario hospice: [[PERSON|Giuseppe Martinelli]], codice fiscale [[ID_NUMBER|MRTGPP52C14L219L]], IBAN per i rimborsi [[IBAN_CODE|IT26X0306909606100000583917]].",
    "Gruppo di sostegno al lutto, iscrizione: [[PERSON|Elena Costantini]], C.F. [[ID_NUMBER|CSTLNE68T61F839H]], email [[EMAIL_ADDRESS|elena.costantini@example.org]].",
    "安宁疗护志愿者登记：[[PERSON|刘建国]]，身份证号 [[ID_NUMBER|31010419560812472X]]，电子邮箱 [[EMAIL_ADDRESS|liujianguo@example.com]]。",
    "病人：[[PERSON|黄美玲]]，身份证 [[ID_NUMBER|440106194803051631]]，家属电话 [[PHONE_NUMBER|+44 7700 900384]]。",
    "Singapore hospice day-care enrolment: [[PERSON|Tan Siew Ling]], NRIC [[ID_NUMBER|S4817305E]], caregiver email [[EMAIL_ADDRESS|siewling.tan@example.com]].",
    "호스피스 자원봉사자 등록: [[PERSON|최영수]], 주민등록번호 [[ID_NUMBER|450712-1628396]], 이메일 [[EMAIL_ADDRESS|ys.choi@example.com]]",
    "사별 가족 모임 신청: [[PERSON|한지은]], 주민번호 [[ID_NUMBER|521103-2710463]], 주소 [[STREET_ADDRESS|서울특별시 마포구 월드컵북로12길 34]]",
    "Volunteer expenses form (Australia): [[PERSON|Bronwyn McKenzie]], TFN [[ID_NUMBER|718 439 267]], mobile [[PHONE_NUMBER|0491 570 156]].",
    "Palliative care at home, Ballarat: patient [[PERSON|Keith Donnelly]], Medicare [[ID_NUMBER|3814 62057 1]], carer's mobile [[PHONE_NUMBER|0491 570 842]].",
    "ホスピスボランティア登録：[[PERSON|山本 和子]]、マイナンバー [[ID_NUMBER|3071 8264 9510]]、メール [[EMAIL_ADDRESS|kazuko.yamamoto@example.com]]",
    "Bereavement support registration: [[PERSON|Aoife Brennan]], PPS [[ID_NUMBER|8264031G]], address [[STREET_ADDRESS|12 Rosemount Park, Ballincollig, Co. Cork P31 X2Y4]].",
    "Dossier bénévole, unité de soins palliatifs : [[PERSON|Gérard Lemoine]], n° de sécurité sociale [[ID_NUMBER|1 47 03 75 123 045 83]], portable [[PHONE_NUMBER|06 39 98 62 14]].",
    "Groupe de deuil, inscription : [[PERSON|Mireille Dupuis]], numéro national [[ID_NUMBER|47.05.19-293.62]], courriel [[EMAIL_ADDRESS|m.dupuis@example.com]].",
    "Frivillig i hospice, Bergen: [[PERSON|Solveig Haugland]], fødselsnummer [[ID_NUMBER|230751 28606]], e-post [[EMAIL_ADDRESS|solveig.haugland@example.com]].",
    "Voluntário em cuidados paliativos, Porto: [[PERSON|Joaquim Sá Pereira]], NIF [[ID_NUMBER|218745036]], IBAN [[IBAN_CODE|PT33 0035 0086 0003 9176 4028 3]].",
    "Voluntar îngrijiri paliative: [[PERSON|Ioana Dumitrescu]], CNP [[ID_NUMBER|2550812403713]], e-mail [[EMAIL_ADDRESS|ioana.dumitrescu@example.net]].",
    "Voluntaria de hospicio en Valparaíso: [[PERSON|Camila Sepúlveda]], RUT [[ID_NUMBER|8.472.913-2]], correo [[EMAIL_ADDRESS|camila.sepulveda@example.com]].",
    "Hospiitsi vabatahtlik: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|34610220277]], e-post [[EMAIL_ADDRESS|kadri.tamm@example.org]].",
    "Sjálfboðaliði í líknarþjónustu: [[PERSON|Guðrún Sigurðardóttir]], kennitala [[ID_NUMBER|120749-3589]], netfang [[EMAIL_ADDRESS|gudrun.s@example.net]].",
    "Dobrovolník v hospici: [[PERSON|Jaroslav Novotný]], rodné číslo [[ID_NUMBER|470913/6124]], e-mail [[EMAIL_ADDRESS|j.novotny@example.com]].",
    "Волонтер хоспісу: [[PERSON|Оксана Мельник]], РНОКПП [[ID_NUMBER|3168290452]], ел. пошта [[EMAIL_ADDRESS|oksana.melnyk@example.com]].",
    "Ehrenamtliche Hospizbegleiterin: [[PERSON|Brigitte Hofmann]], Steuer-ID [[ID_NUMBER|57 294 018 631]], Telefon [[PHONE_NUMBER|030 23125 417]].",
    "Hospice referral, Tauranga: [[PERSON|Hemi Walker]], NHI [[ID_NUMBER|ZKP4188]], whānau email [[EMAIL_ADDRESS|walker.whanau@example.com]].",
    "Volontär på hospice i Uppsala: [[PERSON|Birgitta Lindgren]], personnummer [[ID_NUMBER|470816-3821]], e-post [[EMAIL_ADDRESS|birgitta.lindgren@example.org]].",
    "Hospice volunteer onboarding, Halifax: [[PERSON|Marie-Claude Arsenault]], SIN [[ID_NUMBER|738 452 911]], phone [[PHONE_NUMBER|(902) 555-0174]].",
    'מתנדבת בהוספיס: [[PERSON|נועה ברק]], ת.ז. [[ID_NUMBER|318462074]], דוא"ל [[EMAIL_ADDRESS|noa.barak@example.com]]',
    "Εθελόντρια παρηγορητικής φροντίδας: [[PERSON|Μαρία Παπαδοπούλου]], ΑΜΚΑ [[ID_NUMBER|12034904289]], email [[EMAIL_ADDRESS|maria.papadopoulou@example.com]].",
    "Hospice volunteer, Durban: [[PERSON|Thandiwe Zulu]], ID number [[ID_NUMBER|520314 5701 087]], email [[EMAIL_ADDRESS|thandiwe.zulu@example.org]].",
    # no national id: English
    "Gift Aid declaration: [[PERSON|Harriet Blenkinsop]], [[STREET_ADDRESS|7 Fernbank Terrace, Skipton BD23 1RP]], supporter no. [[ID_NUMBER|SUP-302918]].",
    "Hospice lottery member [[ID_NUMBER|HL-0071564]]: [[PERSON|Gordon Tweedie]], paying by card [[CREDIT_CARD|4552 1890 6734 1292]].",
    "In-memory fundraising page owner: [[PERSON|Lindiwe Mthembu]], [[EMAIL_ADDRESS|lindiwe.m@example.com]], [[PHONE_NUMBER|07700 900144]].",
    "Volunteer driver: [[PERSON|Trevor Ogunleye]], driving licence [[ID_NUMBER|OGUNL702148T99KJ]], mileage paid to [[IBAN_CODE|GB40 LOYD 3096 2517 8493 02]].",
    "Patient: [[PERSON|Beryl Hanrahan]], hospice patient number [[ID_NUMBER|PT-558201]], daughter's mobile [[PHONE_NUMBER|07700 900398]].",
    "Bereavement counselling intake: client [[PERSON|Oluwaseun Adeleke]], client ref [[ID_NUMBER|BC-24-0937]], email [[EMAIL_ADDRESS|seun.adeleke@example.net]].",
    "Shop volunteer: [[PERSON|Pauline Fairweather]], [[STREET_ADDRESS|Flat 2, 18 Coburg Street, Dundee DD1 4HN]], [[PHONE_NUMBER|01632 960782]].",
    "Hospice volunteer background check, Ohio: [[PERSON|Darlene Kowalski]], SSN [[US_SSN|287-41-6093]], phone [[PHONE_NUMBER|(614) 555-0129]].",
    "Grief camp for children, parent contact: [[PERSON|Marcus Delgado]], [[STREET_ADDRESS|2208 Juniper Ave, Tucson, AZ 85719]], [[EMAIL_ADDRESS|mdelgado@example.com]].",
    "Hospice donor: [[PERSON|Shirley Ann Whitaker]], card [[CREDIT_CARD|3746 291830 51741]], phone [[PHONE_NUMBER|(803) 555-0146]].",
    "Hospice patient [[PERSON|Eugene Fairbanks]], Medicare MBI [[ID_NUMBER|5TG2-QH4-MK72]], contact [[PHONE_NUMBER|(207) 555-0181]].",
    "Volunteer portal account: username [[ID_NUMBER|priya.chandran77]], recovery email [[EMAIL_ADDRESS|priya.c.recovery@example.org]], owner [[PERSON|Priya Chandran]].",
    "Login attempt log: user [[ID_NUMBER|hbarrow_vol]] from [[IP_ADDRESS|203.0.113.57]] at 02:14, account holder [[PERSON|Henry Barrow]].",
    "Monthly hospice giving by direct debit: [[PERSON|Ada Nwachukwu]], account no. [[ID_NUMBER|40381926]], email [[EMAIL_ADDRESS|ada.nwachukwu@example.com]].",
    "Chaplaincy volunteer ID check: [[PERSON|Kieran Boyle]], passport [[ID_NUMBER|538204716]], phone [[PHONE_NUMBER|07700 900671]].",
    "Bereavement support group, Geelong: [[PERSON|Shane O'Loughlin]], [[STREET_ADDRESS|15 Wattle Grove, Belmont VIC 3216]], [[PHONE_NUMBER|0491 570 319]].",
    "Palliative care volunteer reimbursement: [[PERSON|Mei Chen-Rawlings]], BSB 062-914, account [[ID_NUMBER|10483726]], email [[EMAIL_ADDRESS|mei.cr@example.com]].",
    "Hospice volunteer, Winnipeg: [[PERSON|Jean-Paul Tremblay]], [[STREET_ADDRESS|88 Lindsay St, Winnipeg, MB R3N 1H1]], [[PHONE_NUMBER|(204) 555-0193]].",
    "Memory walk entry: [[PERSON|Leanne Catterall]], [[EMAIL_ADDRESS|leanne.catterall@example.net]], paid with card [[CREDIT_CARD|6011 4827 3956 0211]].",
    "Complementary therapy volunteer: [[PERSON|Rosalind Achebe]], HCPC registration [[ID_NUMBER|PA061842]], mobile [[PHONE_NUMBER|07700 900925]].",
    "Legacy notification: estate of the late [[PERSON|Cedric Molyneux]], [[STREET_ADDRESS|The Old Forge, Church Lane, Little Haywood, Stafford ST18 0TS]].",
    "Volunteer emergency contact form: [[PERSON|Nadia Haddad-Brown]], [[PHONE_NUMBER|+44 1632 960903]], [[EMAIL_ADDRESS|nadia.hb@example.org]].",
    "Wifi access request for the hospice library: volunteer [[PERSON|Oliver Szabo]], device IP [[IP_ADDRESS|198.51.100.23]], staff no. [[ID_NUMBER|E-20718]].",
    "Bereavement group member card: [[PERSON|Yetunde Ogundipe]], member no. [[ID_NUMBER|BSG-1187]], phone [[PHONE_NUMBER|07700 900506]].",
    "Hospice shop Gift Aid seller: [[PERSON|Morag Cattanach]], donor ID [[ID_NUMBER|GA7730418]], [[STREET_ADDRESS|4 Braeside Crescent, Aviemore PH22 1QX]].",
    "Refund for the remembrance concert ticket: [[PERSON|Esther Kagame]], card [[CREDIT_CARD|5354 0817 2946 6301]], email [[EMAIL_ADDRESS|esther.kagame@example.com]].",
    "Palliative care volunteer induction: [[PERSON|Sunil Perera]], employee no. [[ID_NUMBER|HSP-004391]], IBAN for expenses [[IBAN_CODE|IE69 BOFI 9000 1742 8063 15]].",
    "Night-sitter availability: [[PERSON|Ebony Marchant]], [[PHONE_NUMBER|07700 900233]], [[EMAIL_ADDRESS|ebony.marchant@example.net]], weekends only.",
    "Patient transport booking: [[PERSON|Walter Higginbottom]], patient no. [[ID_NUMBER|IPU-77310]], pick-up from [[STREET_ADDRESS|9 Chapel Walk, Macclesfield SK11 6HE]].",
    "Hospice volunteer in Oregon: [[PERSON|Kaylee Brooks]], SSN [[US_SSN|541-28-7306]], email [[EMAIL_ADDRESS|kaylee.brooks@example.org]].",
    "Bereavement mailing list: [[PERSON|Roberto Esquivel]], [[STREET_ADDRESS|410 W Alder St, Missoula, MT 59802]], [[EMAIL_ADDRESS|r.esquivel@example.net]].",
    "Volunteer app support ticket #88121: user [[ID_NUMBER|rkhanom]] ([[PERSON|Rokeya Khanom]]), last login from [[IP_ADDRESS|2001:db8:4a1::7c]].",
    "Befriending match record: volunteer [[PERSON|Agatha Morrow]], volunteer no. [[ID_NUMBER|VOL-31826]], mobile [[PHONE_NUMBER|07700 900459]].",
    # no national id: other languages
    "Trauergruppe, Anmeldung: [[PERSON|Hannelore Schütz]], [[STREET_ADDRESS|Lindenstraße 23, 10969 Berlin]], Telefon [[PHONE_NUMBER|030 23125 862]].",
    "Spende zum Gedenken: [[PERSON|Friedrich Baumgärtner]], IBAN [[IBAN_CODE|DE64 5001 0517 4820 1937 56]], E-Mail [[EMAIL_ADDRESS|f.baumgaertner@example.com]].",
    "Bénévole d'accompagnement en fin de vie : [[PERSON|Clémence Rousseau]], [[STREET_ADDRESS|14 rue des Tilleuls, 69003 Lyon]], [[PHONE_NUMBER|06 39 98 07 53]].",
    "Donateur : [[PERSON|Marcel Guérin]], IBAN [[IBAN_CODE|FR21 3000 4028 3700 0193 8472 061]], courriel [[EMAIL_ADDRESS|marcel.guerin@example.net]].",
    "Voluntaria de acompañamiento en duelo: [[PERSON|Rocío Jiménez Navarro]], IBAN [[IBAN_CODE|ES75 2100 3891 7402 0071 3562]], correo [[EMAIL_ADDRESS|rocio.jimenez@example.com]].",
    "Registro de familiar en duelo: [[PERSON|Guadalupe Ramírez Ortega]], [[STREET_ADDRESS|Av. Insurgentes Sur 1452, Col. Actipan, 03230 Ciudad de México]], correo [[EMAIL_ADDRESS|lupita.ramirez@example.org]].",
    "Vrijwilliger hospice Utrecht: [[PERSON|Maarten de Graaf]], IBAN [[IBAN_CODE|NL86 RABO 0318 4702 65]], e-mail [[EMAIL_ADDRESS|maarten.degraaf@example.net]].",
    "Volontaria del gruppo di elaborazione del lutto: [[PERSON|Francesca Bellini]], [[STREET_ADDRESS|Via dei Mille 28, 40121 Bologna]], email [[EMAIL_ADDRESS|francesca.bellini@example.com]].",
    "Wolontariusz hospicjum: [[PERSON|Krzysztof Adamczyk]], IBAN [[IBAN_CODE|PL79 1140 2004 7381 2000 4018 6372]], tel. [[PHONE_NUMBER|07700 900318]].",
    "Família enlutada: [[PERSON|Conceição Barros]], morada [[STREET_ADDRESS|Rua das Flores 112, 4050-265 Porto]], email [[EMAIL_ADDRESS|conceicao.barros@example.org]].",
    "Hospizbegleiter Wien: [[PERSON|Lukas Gruber]], IBAN [[IBAN_CODE|AT38 1420 0201 1847 2630]], Mitgliedsnummer [[ID_NUMBER|HBW-5521]].",
    "Freiwillige Palliativbegleitung Bern: [[PERSON|Regula Zimmermann]], IBAN [[IBAN_CODE|CH56 0483 5092 8314 6710 0]], E-Mail [[EMAIL_ADDRESS|regula.zimmermann@example.org]].",
    "Sorggruppe, påmelding: [[PERSON|Ingvild Nordahl]], IBAN [[IBAN_CODE|NO24 1503 8274 619]], e-post [[EMAIL_ADDRESS|ingvild.nordahl@example.net]].",
    "Minnesgåva: [[PERSON|Anders Wikström]], IBAN [[IBAN_CODE|SE75 5000 0000 0549 1283 7406]], adress [[STREET_ADDRESS|Storgatan 41, 753 31 Uppsala]].",
    "Surutyön vapaaehtoinen: [[PERSON|Jukka Heikkinen]], tilinumero [[IBAN_CODE|FI04 4239 0010 3847 25]], sähköposti [[EMAIL_ADDRESS|jukka.heikkinen@example.com]].",
    "Frivillig på hospice, Aarhus: [[PERSON|Mette Kjærgaard]], IBAN [[IBAN_CODE|DK79 3000 2041 8735 92]], e-mail [[EMAIL_ADDRESS|mette.kjaergaard@example.com]].",
    "Rouwgroep Gent, inschrijving: [[PERSON|Pieter Verstraete]], IBAN [[IBAN_CODE|BE03 0634 8291 7544]], e-mail [[EMAIL_ADDRESS|pieter.verstraete@example.org]].",
    "遺族会の参加申込：[[PERSON|中村 由美子]]、住所 [[STREET_ADDRESS|東京都世田谷区桜丘3-14-7]]、メール [[EMAIL_ADDRESS|yumiko.nakamura@example.com]]",
    "호스피스 후원자: [[PERSON|박성호]], 카드번호 [[CREDIT_CARD|4928 7301 5662 4382]], 이메일 [[EMAIL_ADDRESS|sungho.park@example.com]]",
    "安寧病房志工：[[PERSON|林怡君]]，電子郵件 [[EMAIL_ADDRESS|yijun.lin@example.com]]，地址 [[STREET_ADDRESS|台北市大安區和平東路二段96號]]",
    "متطوعة في دار رعاية المحتضرين: [[PERSON|فاطمة الزهراء بنعلي]]، البريد [[EMAIL_ADDRESS|fatima.benali@example.com]]، الهاتف [[PHONE_NUMBER|+44 7700 900641]]",
    "Волонтёр хосписа: [[PERSON|Евгений Тарасов]], e-mail [[EMAIL_ADDRESS|e.tarasov@example.com]], телефон [[PHONE_NUMBER|+44 7700 900702]].",
    "शोक सहायता समूह पंजीकरण: [[PERSON|अनिल शर्मा]], ईमेल [[EMAIL_ADDRESS|anil.sharma@example.com]], फ़ोन [[PHONE_NUMBER|07700 900817]]",
    "স্বেচ্ছাসেবক নিবন্ধন: [[PERSON|তানভীর আহমেদ]], ইমেইল [[EMAIL_ADDRESS|tanvir.ahmed@example.org]], ফোন [[PHONE_NUMBER|+44 7700 900573]]",
    "อาสาสมัครดูแลผู้ป่วยระยะท้าย: [[PERSON|มาลี วงศ์ใหญ่]] อีเมล [[EMAIL_ADDRESS|malee.wong@example.com]] โทร [[PHONE_NUMBER|+61 491 570 265]]",
    "Olùyọ̀ǹda ní ilé ìtọ́jú aláìsàn: [[PERSON|Olúwadámilọ́lá Àjàyí]], ímeèlì [[EMAIL_ADDRESS|dami.ajayi@example.com]], fóònù [[PHONE_NUMBER|07700 900129]]",
]

CLEAN_MTBENCH = [
    "Write a persuasive essay of about 300 words on why every town should have a community hospice.",
    "Compose a sequence of three haiku about autumn leaves and letting go.",
    "Imagine you are Sherlock Holmes explaining to Dr Watson how you deduced that a visitor had just come from a funeral. Stay in character.",
    "Explain the difference between palliative care and hospice care to a ten-year-old.",
    "Draft a professional email declining a meeting invitation while suggesting two alternative times.",
    "Summarise the main arguments for and against assisted dying legislation in a balanced way, using bullet points.",
    "Write a Python function that returns the n-th Fibonacci number using memoisation, and explain its time complexity.",
    "Pretend you are Mary Poppins giving advice to a nervous new volunteer on their first day.",
    "Compare the contributions of Florence Nightingale and Cicely Saunders to nursing and end-of-life care in three paragraphs.",
    "What are five creative ways to raise money for a local charity without holding an event?",
    "Rewrite the following sentence to sound more empathetic: 'Visiting hours end at eight, no exceptions.'",
    "Describe a sunrise over the sea using only words of one syllable.",
    "Extract all the dates from this text and list them in ISO format: 'The garden opened on 3 May 2019, was extended in March 2021 and rededicated on 12/09/2023.'",
    "If you were Hamlet, how would you describe grief to Horatio in modern English?",
    "Write a short story of under 200 words in which a lighthouse keeper finds a message in a bottle.",
    "A bat and a ball cost £1.10 in total. The bat costs £1.00 more than the ball. How much does the ball cost? Explain your reasoning step by step.",
    "Act as a travel guide and plan a quiet, reflective two-day trip to the Lake District.",
    "Write a SQL query that returns the ten most common volunteer roles from a table called shifts with columns role and shift_date.",
    "How would Albert Einstein explain to a curious teenager why time seems to pass differently when we are sad?",
    "Create a one-week meal plan of soft, easy foods for someone whose appetite is poor, with a shopping list.",
    "Give me three opening lines for a eulogy that could make people smile.",
    "What would Winnie-the-Pooh say to Piglet about missing someone? Write a short dialogue.",
    "Critique this slogan for a charity fundraising campaign and suggest two improvements: 'Every moment matters, so does your fiver.'",
    "Explain how the Kübler-Ross model of grief has been criticised by later researchers.",
    "Translate 'Thank you for being here with us at the end' into French, Spanish and German.",
]

CLEAN_GSM8K = [
    "A hospice shop sold 48 books on Monday and twice as many on Tuesday. Each book costs £1.50. How much money did the shop take over the two days?",
    "Maya knits 3 blankets a week. After 14 weeks she gives 5 of them to a neighbour. How many blankets does she have left?",
    "A volunteer drives 12 miles to the day centre and 12 miles back, four days a week. Mileage is repaid at 45p a mile. How much is she repaid in a week?",
    "Tom has 120 candles. He packs them in boxes of 8. How many boxes does he fill?",
    "A charity walk has 240 walkers. One quarter walk the short route, and one third of the rest walk the medium route. How many walk the long route?",
    "Lena buys 6 bunches of flowers at £4.25 each and pays with a £50 note. How much change does she get?",
    "A choir of 18 singers is split into 3 equal groups. Each group sings 4 songs. How many songs are sung in total?",
    "Sam bakes 5 trays of 12 scones for a coffee morning. At the end, 17 are left. How many scones were eaten?",
    "A garden has 9 rows of 14 bulbs. If 10% of the bulbs fail to flower, about how many flower?",
    "A charity raised £3,600 at a summer fair and spent 15% of it on costs. How much was left?",
    "Priya reads 25 pages a night. Her book has 410 pages. How many nights does she need to finish it?",
    "A tea urn holds 20 litres. Each cup holds 250 ml. How many cups can be poured from two full urns?",
    "Jamal walks at 4 km per hour. How long does it take him to walk 10 km, in hours and minutes?",
    "Raffle tickets cost £2 each or 6 for £10. Ella buys 14 tickets as cheaply as possible. How much does she pay?",
    "Three friends share the cost of a £57 wreath equally. How much does each of them pay?",
    "A minibus holds 16 passengers. How many trips are needed to take 70 people to a garden party?",
    "Grace plants 4 trees each spring. She started with 7 trees. How many trees will she have after 6 springs?",
    "A shop sells mugs for £6. In a sale they are 30% off. Leo buys 5 mugs. How much does he spend?",
    "In a phone tree, 1 organiser rings 3 people, each of whom rings 3 more, and each of those rings 3 more. How many people are rung in total?",
    "A craft group uses 2.5 metres of ribbon for each collage. How many collages can they make from a 40-metre roll?",
    "Noah earns £11 an hour. He works 7 hours on Saturday and 5 hours on Sunday. How much does he earn over the weekend?",
    "A bake sale made £184 on cakes and £96 on biscuits. If 35 people bought something, what was the average spend per person?",
    "A bookshelf has 5 shelves with 32 books on each. Ava gives away 47 books. How many books remain?",
    "A quilt is made of squares 20 cm wide. How many squares are needed for a quilt 1.6 m wide and 2 m long?",
    "Ben saves £15 a week. How many weeks will it take him to save £420?",
]

CLEAN_MMLU = [
    "Which of the following is the main aim of palliative care? A) Curing the underlying disease B) Improving quality of life C) Shortening hospital stays D) Avoiding all medication",
    "Which drug class is most often used to ease breathlessness at the end of life? A) Opioids B) Antibiotics C) Statins D) Anticoagulants",
    "Noisy breathing in the last hours of life is mainly caused by: A) Pulmonary embolism B) Secretions in the upper airway C) A broken rib D) Dehydration of the vocal cords",
    "What is the capital of Australia? A) Sydney B) Melbourne C) Canberra D) Perth",
    "In economics, a good whose demand rises as income falls is called: A) a normal good B) an inferior good C) a luxury good D) a public good",
    "Which element has the chemical symbol K? A) Krypton B) Potassium C) Calcium D) Carbon",
    "The founder of the modern hospice movement, who opened St Christopher's Hospice in 1967, was: A) Florence Nightingale B) Cicely Saunders C) Mary Seacole D) Elisabeth Kübler-Ross",
    "Which of the following is NOT one of the five stages in Kübler-Ross's model of grief? A) Denial B) Anger C) Acceptance D) Relief",
    "The derivative of sin(x) is: A) cos(x) B) -cos(x) C) -sin(x) D) tan(x)",
    "Which organ produces insulin? A) Liver B) Pancreas C) Kidney D) Spleen",
    "Which Shakespeare play contains the line 'Give sorrow words'? A) Hamlet B) Macbeth C) King Lear D) Othello",
    "The median of 3, 7, 9, 12 and 20 is: A) 9 B) 10.2 C) 12 D) 7",
    "An advance decision to refuse treatment is best described as: A) a will that shares out property B) a statement refusing specific treatments in future C) a power of attorney for money D) a prepaid funeral plan",
    "Which vitamin deficiency causes scurvy? A) Vitamin A B) Vitamin B12 C) Vitamin C D) Vitamin D",
    "Which of these is a prime number? A) 51 B) 57 C) 59 D) 63",
    "Under the doctrine of double effect, giving a drug to relieve pain that may also shorten life is: A) always unlawful B) permissible if the intention is to relieve suffering C) the same as euthanasia D) allowed only with a court order",
    "The Peace of Westphalia (1648) ended which conflict? A) The Hundred Years' War B) The Thirty Years' War C) The Wars of the Roses D) The Seven Years' War",
    "Which part of the brain is chiefly responsible for forming new long-term memories? A) Cerebellum B) Hippocampus C) Medulla D) Pons",
    "Prolonged grief disorder is characterised mainly by: A) grief lasting a few days B) intense yearning that impairs daily life long after the loss C) no sadness at all D) a physical injury",
    "The time complexity of binary search on a sorted array is: A) O(n) B) O(log n) C) O(n log n) D) O(1)",
    "Which gas makes up most of Earth's atmosphere? A) Oxygen B) Carbon dioxide C) Nitrogen D) Argon",
    "A non-clinical volunteer who notices that a patient seems to be in pain should first: A) give them a painkiller B) tell the nurse in charge C) ignore it D) move the patient",
    "Which Roman emperor wrote the 'Meditations'? A) Nero B) Hadrian C) Marcus Aurelius D) Trajan",
    "Morphine is classified as: A) an NSAID B) an opioid analgesic C) a benzodiazepine D) an antiemetic",
    "The sum of the interior angles of a hexagon is: A) 540° B) 720° C) 900° D) 360°",
]

CLEAN_HEALTH = [
    "What are the early signs that someone is entering the last days of life?",
    "Is it normal to feel relief as well as sadness after a long illness ends in death?",
    "How can I help a person with dementia who is receiving palliative care to eat and drink more comfortably?",
    "What is a syringe driver and why might a hospice use one?",
    "Can grief cause physical symptoms like chest tightness and exhaustion?",
    "How long does bereavement usually affect sleep, and what helps?",
    "What should I know about mouth care for someone who can no longer drink?",
    "Are hospice services free in the UK, and who pays for them?",
    "What is the difference between a DNACPR form and an advance decision to refuse treatment?",
    "How do I talk to young children about a grandparent who is dying?",
    "What are the common side effects of morphine, and how are they managed?",
    "When should someone seek help for grief that doesn't seem to ease?",
    "Is it safe to massage the hands and feet of a person with advanced cancer?",
    "What does 'anticipatory grief' mean?",
    "How can carers avoid burnout when looking after a relative at home at the end of life?",
    "Why do people near death often stop eating, and should we encourage food?",
    "What practical steps need to be taken in the first week after a death at home?",
    "Can palliative care be given alongside chemotherapy?",
    "What helps with the anxiety of breathlessness in advanced lung disease?",
    "Do bereavement support groups actually help, according to research?",
    "How can pressure sores be prevented in someone who is bed-bound?",
    "Is it common to hear or see a loved one after they have died?",
    "What are the signs of depression in an older person after losing a spouse?",
    "Which vaccinations should hospice volunteers have before working on a ward?",
    "How can music therapy help people receiving hospice care?",
]

NATIONAL_IDS = {
    "594 018 2739": nhs_ok,  # NHS number
    "731 560 2844": nhs_ok,
    "463 992 7150": nhs_ok,
    "5820 3716 4999": aadhaar_ok,  # Indian Aadhaar
    "7394 6128 0555": aadhaar_ok,
    "304821573": bsn_ok,  # Dutch BSN
    "49071512388": pesel_ok,  # Polish PESEL
    "372.915.846-55": cpf_ok,  # Brazilian CPF
    "615.048.392-42": cpf_ok,
    "47293058110": kimlik_ok,  # Turkish kimlik
    "58371426W": dni_ok,  # Spanish DNI
    "Y4721938Y": dni_ok,  # Spanish NIE
    "220347-613H": hetu_ok,  # Finnish henkilötunnus
    "MRTGPP52C14L219L": codice_fiscale_ok,  # Italian codice fiscale
    "CSTLNE68T61F839H": codice_fiscale_ok,
    "31010419560812472X": china_id_ok,  # Chinese resident identity number
    "440106194803051631": china_id_ok,
    "S4817305E": nric_ok,  # Singapore NRIC
    "450712-1628396": rrn_ok,  # Korean resident registration number
    "521103-2710463": rrn_ok,
    "718 439 267": tfn_ok,  # Australian tax file number
    "3814 62057 1": medicare_ok,  # Australian Medicare card
    "3071 8264 9510": my_number_ok,  # Japanese My Number
    "8264031G": pps_ok,  # Irish PPS number
    "1 47 03 75 123 045 83": nir_ok,  # French NIR
    "47.05.19-293.62": belgian_id_ok,  # Belgian national number
    "230751 28606": fodselsnummer_ok,  # Norwegian fødselsnummer
    "218745036": nif_ok,  # Portuguese NIF
    "2550812403713": cnp_ok,  # Romanian CNP
    "8.472.913-2": rut_ok,  # Chilean RUT
    "34610220277": isikukood_ok,  # Estonian isikukood
    "120749-3589": kennitala_ok,  # Icelandic kennitala
    "470913/6124": rodne_cislo_ok,  # Czech rodné číslo
    "3168290452": rnokpp_ok,  # Ukrainian RNOKPP
    "57 294 018 631": steuer_id_ok,  # German tax id
    "ZKP4188": nhi_ok,  # New Zealand NHI
    "470816-3821": luhn_len(10),  # Swedish personnummer
    "738 452 911": luhn_len(9),  # Canadian SIN
    "318462074": luhn_len(9),  # Israeli teudat zehut
    "12034904289": luhn_len(11),  # Greek AMKA
    "520314 5701 087": luhn_len(13),  # South African id
}

# The length of a whole IBAN in each country the records use.
IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
    "GB": 22, "IE": 22, "IT": 27, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24,
}  # fmt: skip

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK fictional geographic range
        r"\+44 1632 960\d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
    )
]


def kinds_in(text: str) -> set[str]:
    return {s["type"] for s in marked_spans(text)}


def check_mix() -> None:
    """The chat requests name people and hold 18 to 22 secrets (2 or 3 API keys); the
    records hold 38 to 42 valid national ids, in the first 41; every card and IBAN is
    checked once more here."""
    named = sum("PERSON" in kinds_in(t) for t in CHAT)
    secret = sum(bool(kinds_in(t) & {"PASSWORD", "API_KEY"}) for t in CHAT)
    keys = sum("API_KEY" in kinds_in(t) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    lower = sum(is_lower(t) for t in CHAT[:LOWER_CHAT] + CHAT[LOWER_CHAT + OTHER_LANGUAGES :])
    if lower != LOWER_CHAT:
        raise SystemExit(f"chat: {lower} texts in lower case, want {LOWER_CHAT}")
    ids_in = [
        any(s["value"] in NATIONAL_IDS for s in marked_spans(t) if s["type"] == "ID_NUMBER")
        for t in RECORDS
    ]
    if ids_in != [True] * len(NATIONAL_IDS) + [False] * (len(RECORDS) - len(NATIONAL_IDS)):
        raise SystemExit("records: the national ids must be in the first records, one each")
    if not 38 <= len(NATIONAL_IDS) <= 42:
        raise SystemExit(f"records: {len(NATIONAL_IDS)} national ids")
    for t in CHAT + RECORDS:
        for s in marked_spans(t):
            value = s["value"]
            compact = "".join(c for c in value if c.isdigit())
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(value) and compact not in WELL_KNOWN_CARDS, value
            if s["type"] == "IBAN_CODE":
                compact_iban = value.replace(" ", "")
                assert iban_ok(value), value
                assert len(compact_iban) == IBAN_LENGTHS[compact_iban[:2]], value
            if s["type"] == "ID_NUMBER" and value in NATIONAL_IDS:
                assert NATIONAL_IDS[value](value), value
    for t in CHAT[:LOWER_CHAT]:
        assert strip_marks(t)[0] == strip_marks(t)[0].lower(), t


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
        "blind194", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip
    pii_rows = (HERE / "chat_pii_blind194.jsonl").read_text(encoding="utf-8").splitlines()
    clean_rows = (HERE / "chat_clean_blind194.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(pii_rows) == 220 and len(clean_rows) == 100, (len(pii_rows), len(clean_rows))


if __name__ == "__main__":
    main()
