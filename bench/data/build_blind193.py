# ruff: noqa: E501
"""A hundred-and-ninety-third blind privacy set: astronomy clubs, observatories and
planetarium volunteers. 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md``, the layout of ``build_blind36.py`` and
the ``main`` of ``build_blind163.py``, never the detector, its rules, docs, tests or the
other sets' texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no
faker, no template filling, no generated combinations):

* 120 chat requests (3 to about 100 words) that the chatbot of an astronomy club,
  observatory or planetarium would get: volunteer rotas, cost splits, committee lists,
  sign-offs, appositives ("the treasurer, X,"), instructions ("tell X that ..."), refunds,
  lost property, keyholder notes. The first 30 are typed all in lower case, the next 6 are
  in Spanish, German, French, Japanese, Russian and Hindi, the last 84 in English. Most
  name a private person, often with no cue word, in Latin script with and without
  diacritics, Yoruba, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese,
  Japanese and Korean; some names are ordinary words (Hope, Rose, Bill, Grace, Summer,
  Will, Dawn, Joy, Mark, April, June, Faith, Ray, Sunny, Mercy). About a sixth hold a
  secret: door, gate, lockbox, key safe and alarm codes, PINs, wifi keys, passwords,
  2FA codes and three API tokens.
* 100 one-person records (one sentence or a short form each), 47 in English and 53 in
  32 other languages: 40 with a national id of 34 kinds whose check digits are valid,
  the others with phones, e-mails, street addresses, cards, IBANs, SSNs and member,
  patient, policy, staff, student, keyholder and account numbers, usernames, licences
  and passports.

Labels follow the README: usernames, logins, account, member, patient, policy, staff and
student numbers, passports, licences and national ids are ID_NUMBER; PINs, door, gate,
key-safe and alarm codes, wifi keys, passwords, vouchers and 2FA codes are PASSWORD;
titles (Dr., Professor) stay outside PERSON spans; an address span runs from the street
line through the postcode and city as typed; dates of birth, order, invoice and ticket
numbers, public figures, companies and fictional characters are not labelled; every
repeat of a private value (a first name said again alone too) is marked.

The 100 clean texts hold no personal data: 25 MT-Bench/Vicuna-style prompts (naming only
public figures such as Carl Sagan, Galileo, Kepler, Vera Rubin and Stephen Hawking, and
fictional characters such as Picard, Sherlock Holmes and the Little Prince), 25
GSM8K-style word problems with story first names, 25 MMLU-style astronomy items with
options A to D and 25 health questions naming no one.

All values are invented and typed by hand; the builder only checks them: phones from the
ranges kept for fiction (UK 07700 900 and 01632 960, North America 555-01xx, Australia
0491 570); cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not
documentation examples; SSNs with assignable area, group and serial; IPs from the
documentation ranges; national ids with valid check digits (``NATIONAL_IDS``).

Run ``.venv/bin/python bench/data/build_blind193.py`` from the repository root; the output
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
from marks import build_sections, iban_ok, luhn_ok

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 30
OTHER_LANGUAGES = 6
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (3, 110)
RECORD_WORDS = (2, 60)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Fr|Auntie|Uncle|Nurse|Sr|Sra|Herr|Frau|Mme)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 chat requests: 30 in lower case, 6 in other languages, 84 in English.
CHAT = [
    # --- all lower case (30) ---
    "can you add [[PERSON|priya raghunathan]] to saturday's star party rota at the hilltop site? she's bringing her 10 inch dobsonian and can stay until 1am",
    "the dome door code at the riverside observatory changed to [[PASSWORD|4471#]] — please send it to the new volunteers only, not the public mailing list",
    "cost split for the dark sky trip, the total was £162. [[PERSON|tomás ferreira]] paid the campsite, [[PERSON|aoife brennan]] paid fuel, [[PERSON|hope adeyemi]] paid the eyepiece rental: [[PERSON|tomás]] £84, [[PERSON|aoife]] £51, [[PERSON|hope]] £27. who owes whom so it's even?",
    "tell [[PERSON|bill okonkwo]] that the mirror recoating is done and he can collect the 16 inch from the workshop after 6pm",
    "please reset the planetarium booking login for [[PERSON|rose thackeray]], her username is [[ID_NUMBER|rthackeray_astro]] and she's locked out again",
    "wifi at the observatory visitor centre is [[PASSWORD|andromeda2031!]] — can you put it on the welcome sheet for tonight's volunteers? ask [[PERSON|kwame asante]] if the router needs rebooting",
    "who's on telescope duty friday? i think it's [[PERSON|grace nakamura]] and [[PERSON|dev patel]], but [[PERSON|summer o'neill]] might swap with [[PERSON|grace]]",
    "my 2fa code for the club portal is [[PASSWORD|618 204]], can you log me in? the email on file is [[EMAIL_ADDRESS|l.marchetti@orionclub.example]]",
    "draft a thank you note to [[PERSON|svetlana ivanova]] for running the kids' comet workshop, sign it from [[PERSON|marcus hale]], club secretary",
    "lockbox at the dark site gate is [[PASSWORD|2958]], the key for the roll-off roof is inside. remind [[PERSON|jonah whitfield]] to spin the dial back after",
    "members who haven't paid for the new hydrogen alpha filter: [[PERSON|ananya iyer]] £40, [[PERSON|olu bakare]] £40, [[PERSON|mei lin chow]] £25. write a polite reminder",
    "[[PERSON|nadia el-amin]] phone [[PHONE_NUMBER|07700 900412]] wants to volunteer at the planetarium shows on sundays, where do i send her details",
    "can you move [[PERSON|will carter]]'s solar viewing slot from 11 to 2? he'll be at the front desk until then",
    "our outreach coordinator, [[PERSON|fatima zahra benali]], needs the school list for the messier marathon night. her email is [[EMAIL_ADDRESS|fz.benali@mail.example]]",
    "rota for the meteor shower watch: 10pm [[PERSON|hana kobayashi]], 11pm [[PERSON|lars eriksen]], midnight [[PERSON|chidi nwosu]], 1am me. can you format it as a table",
    "alarm code for the planetarium projector room is [[PASSWORD|7306]] then enter. [[PERSON|irene castellanos]] set it up, she said don't write it on the whiteboard",
    "hi, i'm [[PERSON|joy mensah]], i signed up for the beginners' telescope course but paid twice with card [[CREDIT_CARD|4539 1602 7485 1934]], can i get one refunded",
    "send the eclipse glasses invoice to our treasurer [[PERSON|raúl domínguez]] at [[STREET_ADDRESS|14 orchard lane, little haddon, lh4 7qp]]",
    "what's a good gift for [[PERSON|dawn fairweather]]? she's retiring after 22 years running the observatory open nights",
    "[[PERSON|kemal yıldız]] and [[PERSON|ayşe demir]] are sharing the ccd camera this month. [[PERSON|kemal]] has it weeks 1-2, [[PERSON|ayşe]] weeks 3-4. put that into a calendar reminder",
    "the api token for the allsky camera uploader is [[API_KEY|ask_live_7fq2m9xr4vb8nk1zt6wp3hd]], can you check why uploads fail since tuesday",
    "please email [[PERSON|ruth abernethy]] the minutes from the committee meeting, she missed it because of the flu. [[EMAIL_ADDRESS|ruth.abernethy@starwatch.example]]",
    "gate pin for the dark sky reserve car park tonight: [[PASSWORD|0815]]. forward to [[PERSON|sunny cho]] and [[PERSON|ravi menon]] only",
    "is it ok if [[PERSON|mark lindqvist]] brings his grandkids to the members' night? he asked me to check",
    "write a short bio for our new planetarium presenter [[PERSON|zanele dlamini]], she studied physics in durban and loves explaining black holes",
    "[[PERSON|pavel novák]] lent me his 2x barlow and i can't find him on the members list. his number is [[PHONE_NUMBER|+44 7700 900587]]",
    "refund the membership fee to [[PERSON|ingrid solberg]], iban [[IBAN_CODE|no37 8601 1472 035]]",
    "the server for the remote telescope is at [[IP_ADDRESS|203.0.113.47]], login [[ID_NUMBER|obsadmin2]] password [[PASSWORD|m31-spiral-88]]. can you tell me why the focuser won't connect",
    "new docents starting next month: [[PERSON|april moreau]], [[PERSON|june takahashi]] and [[PERSON|faith adebayo]]. make them name badges that say volunteer guide",
    "the star party in the park needs a first aider. [[PERSON|lakshmi subramanian]] said yes, her mobile is [[PHONE_NUMBER|0491 570 238]]",
    # --- other languages (6): Spanish, German, French, Japanese, Russian, Hindi ---
    "Hola, soy [[PERSON|Lucía Herrera Campos]]. ¿Podéis apuntar a mi hijo [[PERSON|Mateo]] al taller de cohetes del planetario el sábado? Mi teléfono es [[PHONE_NUMBER|+44 7700 900731]].",
    "Bitte schick [[PERSON|Jörg Baumgärtner]] den neuen Schlüsselcode für die Sternwarte: [[PASSWORD|5819*]]. Er übernimmt ab Montag die Führungen.",
    "Pouvez-vous ajouter [[PERSON|Élodie Marchand]] et [[PERSON|Benoît Lefèvre]] au planning des nuits d'observation de juillet ? [[PERSON|Élodie]] préfère les vendredis.",
    "来週の観望会の受付は[[PERSON|佐藤 美咲]]さんと[[PERSON|高橋 健太]]さんにお願いしたいです。シフト表を作ってください。",
    "Напомните [[PERSON|Дмитрию Соколову]], что ключ от купола обсерватории лежит в сейфе, код [[PASSWORD|3907]]. Он дежурит в четверг.",
    "कृपया [[PERSON|अनुष्का वर्मा]] को तारामंडल के स्वयंसेवक समूह में जोड़ दें। उनका ईमेल [[EMAIL_ADDRESS|anushka.v@taramandal.example]] है।",
    # --- English (84) ---
    "Please add Dr. [[PERSON|Oluwaseun Adéyẹmí]] to the speaker list for the October lecture on exoplanets; his email is [[EMAIL_ADDRESS|o.adeyemi@exoworld.example]].",
    "Rota for the Perseids watch: Fri [[PERSON|Άννα Παπαδοπούλου]], Sat [[PERSON|Γιώργος Νικολάου]], Sun [[PERSON|Katarzyna Wiśniewska]]. Can you turn it into a WhatsApp message?",
    "Tell [[PERSON|Yusuf Al-Rashid]] that his solar filter order arrived and is at the front desk of the planetarium.",
    "The treasurer, [[PERSON|Margarethe Holmqvist]], asked me to split the £312 dome repair bill evenly across 8 committee members. How much each?",
    "Could you email [[PERSON|Callum Fraser]] the list of faint galaxies we're hunting on Friday? It's on the shared drive.",
    "Write a short reference letter for [[PERSON|שירה בן-דוד]], who has volunteered every Thursday at the planetarium for two years.",
    "Please register [[PERSON|ليلى حداد]] for the astrophotography masterclass; she'll pay at the door. Contact: [[PHONE_NUMBER|(312) 555-0164]].",
    "Our new member [[PERSON|সুমাইয়া রহমান]] wants to borrow the club's 8 inch reflector for a month. Draft the loan agreement in plain English.",
    "[[PERSON|ณัฐพล ศรีสุข]] is giving the moon talk on the 14th. Can you make a poster with his name and the time, 7:30pm?",
    "Thank-you card for [[PERSON|陈志明]], who donated his old equatorial mount to the club — something warm but short please.",
    "Can you check whether [[PERSON|김지우]] has renewed? Her member number is [[ID_NUMBER|AST-20417]].",
    "Please reply to [[PERSON|山本 花子]] and tell her the night-sky tour on Saturday is fully booked, but she's first on the waitlist.",
    "[[PERSON|राजेश कुमार]] has volunteered to run the telescope clinic. Send him the checklist for collimating Newtonians.",
    "Cost split for the coach to the dark sky park: [[PERSON|Adébáyọ̀ Ògúnlẹ̀yẹ]] £45, [[PERSON|Fúnmiláyọ̀ Àjàyí]] £45, [[PERSON|Tunde Olatunji]] £30 (student rate). Total?",
    "Please forward the eyepiece inventory to [[PERSON|Олександра Коваленко]] — she's doing the stock check on Wednesday.",
    "Could you tidy up this message? 'Clear skies everyone, the club AGM is moved to the 9th, bring your own mugs. — [[PERSON|Hamish McAllister]], Chair'",
    "The key safe by the observatory's side door now opens with [[PASSWORD|8264]]. Please text that to [[PERSON|Priscilla Oyelaran]] before her Sunday shift.",
    "Send the volunteer handbook PDF to [[EMAIL_ADDRESS|stargazer_77@mailbox.example]] please, that's my personal address.",
    "Who should I contact about lost property? I left my red torch in the dome. I'm [[PERSON|Beatriz Souza]], [[PHONE_NUMBER|07700 900268]].",
    "Our plate-solving uploader keeps failing with a 401. The key in the config is [[API_KEY|AKIA7QF3XW2RM9PZK4LB]] — is it expired?",
    "Please rotate the weather station token [[API_KEY|wxs_tok_93HfK2pQm8ZrT5vLc1Nd7Ya]] — [[PERSON|Ewan Doherty]] pasted it in the public Discord by accident.",
    "Add [[PERSON|Grace Chidinma Eze]] and [[PERSON|Hope Lindström]] to the planetarium's Saturday family show crew.",
    "Our observatory manager, [[PERSON|Thandiwe Mokoena]], is off sick; can you draft a notice cancelling tonight's open evening?",
    "Hey, can you look up whether [[PERSON|Bill Hutchins]] returned the club's H-alpha scope? He took it home in May.",
    "[[PERSON|Ngozi Uzor]] and [[PERSON|Emeka Obi]] want to co-lead the junior astronomers. Write an announcement for the newsletter.",
    "Committee for next year: Chair – [[PERSON|Siobhán Ní Bhriain]]; Secretary – [[PERSON|Dmitri Volkov]]; Treasurer – [[PERSON|Leilani Kahale]]; Outreach – [[PERSON|Mateus Carvalho]]. Format as a table.",
    "Can you tell [[PERSON|Rosa Villanueva]] the observatory shuttle leaves from the car park at 8:15, not 8:45?",
    "I got a login code [[PASSWORD|402 917]] for the planetarium volunteer portal but it says expired. My username is [[ID_NUMBER|jbeaumont_vol]]. Help?",
    "Please set up a reminder: pay [[PERSON|Alejandro Ruiz]] back £18 for the pizza at the Geminids night.",
    "Our youngest volunteer, [[PERSON|Maya Goldberg]], won the regional astrophotography prize! Draft a congratulations post (her parents said it's fine to name her).",
    "Can you find a replacement for [[PERSON|Hiroshi Tanaka]] on the dome projector shift on the 22nd? He's flying to Osaka.",
    "Guest wifi at the planetarium café is StarDomeGuest, password [[PASSWORD|Pleiades7sisters]]. Put it on the A-frame sign and send a copy to [[PERSON|Carmen Ortega]].",
    "[[PERSON|Piotr Zieliński]] lives at [[STREET_ADDRESS|27 Kestrel Way, Bramford, IP8 4TX]] — could you generate a shipping label for the repaired finder scope?",
    "Who is [[PERSON|Summer Abiodun]]? She emailed asking to join the deep-sky imaging group but I can't find her on the register.",
    "Split the telescope insurance of £260: [[PERSON|Ahmed Khalil]] 40%, [[PERSON|Johanna Berg]] 35%, [[PERSON|Lucas Moreau]] 25%.",
    "Alarm code for the observatory is changing from [[PASSWORD|1942]] to [[PASSWORD|6618]] on Monday. Draft an email to keyholders — don't include names.",
    "Please let [[PERSON|Colm O'Sullivan]] know the Jupiter night is clouded out and we'll reschedule.",
    "Can you help me write a eulogy for [[PERSON|Eleanor Whitcombe]]? She founded our astronomy society in 1978 and taught half the town to find Saturn.",
    "Send the star chart files to [[PERSON|Δημήτρης Καραγιάννης]] at [[EMAIL_ADDRESS|d.karagiannis@asteri.example]].",
    "Our volunteer [[PERSON|Aarav Sharma]] needs a letter confirming 120 hours at the observatory for his university application.",
    "Please check if the payment from [[PERSON|Sophie Dubois]] went through; she says she paid by bank transfer yesterday.",
    "[[PERSON|Gustavo Pereira]], [[PERSON|Inês Pereira]] and their son [[PERSON|Tiago]] are booked on the 9pm planetarium show. Can you move them to 7pm?",
    "Text the cancellation to everyone on the list except [[PHONE_NUMBER|(604) 555-0137]] — that number belongs to someone who unsubscribed.",
    "For the roll-off roof controller the admin password is [[PASSWORD|R0ll0ff!Roof]]; [[PERSON|Niamh Gallagher]] wants it for the maintenance visit. Can I just give it to her?",
    "Tell Professor [[PERSON|Ingeborg Lund]] her talk slides are on the USB stick in the projector booth.",
    "Write a limerick about [[PERSON|Barnaby Pilkington]], who always forgets his red torch at star parties.",
    "Please proofread: 'Dear members, the Lyrids night is on. Meet at the north gate at 9pm. Clear skies, [[PERSON|Oksana Hrytsenko]]'",
    "Can [[PERSON|Ravi Krishnan]] and [[PERSON|Meera Krishnan]] share one family membership? They live at [[STREET_ADDRESS|8 Larkspur Close, Hatfield, AL10 9BQ]].",
    "Please arrange the planetarium usher rota: [[PERSON|Bongani Zulu]] front door, [[PERSON|Freya Lindqvist]] tickets, [[PERSON|Óscar Jiménez]] lift duty.",
    "Message to [[PERSON|Li Wei]]: the CCD camera you lent us is back in its case, thanks so much!",
    "[[PERSON|Kofi Boateng]]'s son wants to do work experience at the observatory. What would a good one-week schedule look like?",
    "Please print a volunteer badge for [[PERSON|Nguyễn Thị Hương]] — she starts Thursday at the planetarium shop.",
    "Remind [[PERSON|Zsófia Kovács]] to bring the spare dew heaters.",
    "Is it okay to share [[PERSON|Tobias Brandt]]'s mobile [[PHONE_NUMBER|+44 7700 900819]] with the new members so they can car-share to the dark site?",
    "My address changed to [[STREET_ADDRESS|42 Meridian Road, Leeds, LS6 2QJ]], please update it for the club magazine.",
    "Please thank [[PERSON|Ray Holloway]] for fixing the dome motor for free.",
    "Verification code [[PASSWORD|773 051]] — that's what the observatory booking site sent me. Can you finish my booking for the 12th? Name's [[PERSON|Dorothea Quaye]].",
    "The volunteer coordinator, [[PERSON|Abimbola Okafor]], wants a summary of last month's visitor feedback for the trustees. Can you draft it from these notes? Kids loved the Mars rover model and the dome show about the life of stars; several adults wanted longer at the telescopes and clearer signs to the toilets; two families asked for a quiet session for autistic children; the café ran out of hot chocolate twice; parking was full by seven on both Saturdays. Keep it to one page.",
    "Can you convert this rota to a calendar? Mon [[PERSON|Julia Kowalczyk]], Tue [[PERSON|Erik Johansson]], Wed [[PERSON|Sakura Ito]], Thu [[PERSON|Benjamin Osei]].",
    "[[PERSON|Marguerite Aubert]] wants to leave her 14 inch telescope to the club in her will. What should we tell her about how bequests work?",
    "Please send [[PERSON|Jasper Wong]] the door code for the planetarium staff entrance: [[PASSWORD|C2469]].",
    "Invite [[PERSON|Rania Mansour]] and [[PERSON|Omar Farouk]] to give the Ramadan crescent-moon talk.",
    "Someone at [[IP_ADDRESS|198.51.100.23]] keeps trying to log into the club's telescope scheduler. Should we block that address?",
    "Draft a welcome email to [[PERSON|Estelle Harrington]] at [[EMAIL_ADDRESS|estelle.h@skymail.example]] — she joined the club yesterday.",
    "Can you tell [[PERSON|Mohammed Iqbal]] that the 10 inch Dobsonian needs collimating before the open evening?",
    "[[PERSON|Hannah Schreiber]] and [[PERSON|Felix Schreiber]] are booked for the Saturn night; please add [[PERSON|Oskar]] (age 9) to their booking.",
    "We owe [[PERSON|Ifeoma Chukwu]] £65 for the refreshments at the Mercury transit event; her bank is [[IBAN_CODE|GB43 MIDL 4005 1539 1827 46]]. Set up the payment note please.",
    "Please summarise the incident: [[PERSON|Connor Blake]] tripped on a cable in the dark at the star party, sprained ankle, first aid by [[PERSON|Anjali Desai]].",
    "The safe in the gift shop: PIN [[PASSWORD|590317]]. [[PERSON|Teresa Lindgren]] is cashing up tonight, please message her it.",
    "Call me back on [[PHONE_NUMBER|+1 416 555 0192]] about the telescope donation.",
    "Draft minutes: present were [[PERSON|Angus Reid]], [[PERSON|Parisa Tehrani]], [[PERSON|Viktor Horváth]] and [[PERSON|Maren Voss]]; apologies from [[PERSON|Kieran Walsh]].",
    "Can you work out fuel costs? [[PERSON|Chen Jing]] is driving 140 miles round trip to the observatory and the club pays 45p a mile.",
    "Tell the new volunteers that [[PERSON|Nomvula Khumalo]] is their buddy for the first month.",
    "[[PERSON|Patrick Ó Dónaill]] needs a DBS check before he can help at the school planetarium visits. What's the process?",
    "[[PERSON|Luca Bianchi]] asked if we could post him the club's sky atlas; his address is [[STREET_ADDRESS|Via dei Mille 18, 40121 Bologna]].",
    "I'm [[PERSON|Wiremu Ngata]] from the Thursday group — my email changed to [[EMAIL_ADDRESS|wiremu.ngata@kiwisky.example]].",
    "Can you unsubscribe [[EMAIL_ADDRESS|comet.chaser92@inbox.example]] from the observatory newsletter?",
    "Ask [[PERSON|Rebecca Thornton-Wilde]] whether she can swap her planetarium shift with [[PERSON|Ayodele Fashola]].",
    "Please prepare a certificate for [[PERSON|Esperanza Ríos]], who completed the Messier 110 challenge this spring.",
    "Say happy birthday from all of us to [[PERSON|Mercy Agyeman]], our longest-serving planetarium volunteer.",
    "[[PERSON|Jakub Dvořák]] says his membership card number [[ID_NUMBER|MC-0047812]] doesn't scan at the dome door. Who fixes that?",
    "Write a short welcome for [[PERSON|Ahanu Whitehorse]] and [[PERSON|Mei Chen]], our two new planetarium interns.",
    "[[PERSON|Sven Halvorsen]] wants his old email [[EMAIL_ADDRESS|sven.h@fjordastro.example]] removed and the new one [[EMAIL_ADDRESS|svenhalvorsen@nordlys.example]] added.",
    "Can you remind [[PERSON|Keiko Matsuda]] that her observing report for the Leonids is due Sunday?",
]

# 100 one-person records in English and other languages.
RECORDS = [
    # --- with a national id (40) ---
    "स्वयंसेवक पंजीकरण — नाम: [[PERSON|प्रिया नायर]], आधार: [[ID_NUMBER|3619 4827 0531]], मोबाइल: [[PHONE_NUMBER|+44 7700 900146]]",
    "Observatory guide application: [[PERSON|Vikram Balasubramanian]], Aadhaar [[ID_NUMBER|5820 3917 4621]], email [[EMAIL_ADDRESS|vikram.bala@lensmail.example]].",
    "Planetarium first-aid form — Volunteer: [[PERSON|Gwendolyn Pryce]]; NHS number: [[ID_NUMBER|728 401 9352]]; phone: [[PHONE_NUMBER|07700 900355]].",
    "Star party injury log: [[PERSON|Tobias Greenhalgh]], NHS no. [[ID_NUMBER|619 273 8408]], home [[STREET_ADDRESS|3 Wren Cottages, Much Wenlock, TF13 6AQ]].",
    "Vrijwilliger sterrenwacht: [[PERSON|Sanne de Groot]], BSN [[ID_NUMBER|204371582]], IBAN [[IBAN_CODE|NL69 RABO 0317 2649 58]].",
    "Członek klubu astronomicznego: [[PERSON|Agnieszka Wróbel]], PESEL [[ID_NUMBER|93071418526]], e-mail [[EMAIL_ADDRESS|a.wrobel@gwiazdy.example]].",
    "Membership renewal for [[PERSON|Bartosz Lewicki]] (PESEL [[ID_NUMBER|88112609377]]), paid by card [[CREDIT_CARD|5174 3086 2951 0484]].",
    "Cadastro de voluntária do planetário: [[PERSON|Larissa Monteiro]], CPF [[ID_NUMBER|618.204.937-50]], celular [[PHONE_NUMBER|+1 415 555 0118]].",
    "Telescope loan agreement signed by [[PERSON|Rafael Nogueira]], CPF [[ID_NUMBER|274.915.038-88]], address [[STREET_ADDRESS|Rua das Estrelas 412, Campinas, SP 13025-320]].",
    "Gözlemevi gönüllü formu: [[PERSON|Elif Şahin]], T.C. Kimlik No: [[ID_NUMBER|38290615420]], e-posta: [[EMAIL_ADDRESS|elif.sahin@gokyuzu.example]]",
    "Ficha de socio: [[PERSON|Javier Olmedo Rincón]], DNI [[ID_NUMBER|73920518J]], cuenta [[IBAN_CODE|ES88 2100 0813 4702 0046 1927]].",
    "Voluntaria del planetario: [[PERSON|Daniela Quiroga]], NIE [[ID_NUMBER|Y4817302N]], teléfono [[PHONE_NUMBER|+44 7700 900274]].",
    "Tähtitieteellisen yhdistyksen jäsen: [[PERSON|Aino Heikkinen]], henkilötunnus [[ID_NUMBER|140788-638Y]], sähköposti [[EMAIL_ADDRESS|aino.heikkinen@tahdet.example]].",
    "Iscrizione al gruppo astrofili: [[PERSON|Giulia Rossetti]], codice fiscale [[ID_NUMBER|RSSGLI89S52L219O]], IBAN [[IBAN_CODE|IT24 K030 6909 6061 0000 0063 194]].",
    "Observatory night-guide contract: [[PERSON|Luca Marini]], codice fiscale [[ID_NUMBER|MRNLCU77D09F839J]], mobile [[PHONE_NUMBER|+44 7700 900538]].",
    "天文馆志愿者登记：姓名 [[PERSON|刘晓燕]]，身份证号 [[ID_NUMBER|510107198806142734]]，手机 [[PHONE_NUMBER|+61 491 570 126]]",
    "Visiting researcher badge: [[PERSON|Zhang Haoran]], PRC ID [[ID_NUMBER|330106199509234813]], email [[EMAIL_ADDRESS|haoran.zhang@xingkong.example]].",
    "Singapore astronomy club member [[PERSON|Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER|S9138264D]], email [[EMAIL_ADDRESS|aisyah.rahman@sgstars.example]].",
    "천문대 자원봉사자 신청서 — 이름: [[PERSON|이서연]], 주민등록번호: [[ID_NUMBER|880417-2183955]], 이메일: [[EMAIL_ADDRESS|seoyeon.lee@byeol.example]]",
    "Payroll setup for casual planetarium presenter [[PERSON|Brodie McKenzie]]: TFN [[ID_NUMBER|718 394 028]], mobile [[PHONE_NUMBER|0491 570 417]].",
    "Outreach volunteer health card: [[PERSON|Kirra Anderson]], Medicare [[ID_NUMBER|4172 83056 2]], phone [[PHONE_NUMBER|+61 491 570 583]].",
    "会員登録：[[PERSON|中村 翔太]]、マイナンバー [[ID_NUMBER|7391 8264 0510]]、メール [[EMAIL_ADDRESS|shota.nakamura@hoshizora.example]]",
    "Dark-sky ranger volunteer, Ireland: [[PERSON|Orla Keating]], PPS [[ID_NUMBER|8273914U]], email [[EMAIL_ADDRESS|orla.keating@eirsky.example]].",
    "Bénévole du planétarium : [[PERSON|Camille Rousseau]], n° de sécurité sociale [[ID_NUMBER|2 87 05 69 123 418 28]], IBAN [[IBAN_CODE|FR96 3000 4028 3700 0192 8471 563]].",
    "Membre du club d'astronomie de Liège : [[PERSON|Arnaud Dupont]], numéro national [[ID_NUMBER|82.09.14-273.25]], IBAN [[IBAN_CODE|BE35 7310 0472 9361]].",
    "Frivillig ved planetariet: [[PERSON|Sigrid Haugland]], fødselsnummer [[ID_NUMBER|230591 48311]], konto [[IBAN_CODE|NO67 1503 8027 465]].",
    "Sócio do observatório amador: [[PERSON|Rui Tavares]], NIF [[ID_NUMBER|238 471 969]], IBAN [[IBAN_CODE|PT95 0035 0746 0007 1829 4036 4]].",
    "Voluntar la planetariu: [[PERSON|Ioana Constantinescu]], CNP [[ID_NUMBER|2960812403178]], telefon [[PHONE_NUMBER|+44 7700 900725]].",
    "Socia del club de astronomía de La Serena: [[PERSON|Catalina Fuentes]], RUT [[ID_NUMBER|16.482.397-0]], correo [[EMAIL_ADDRESS|cata.fuentes@cielosur.example]].",
    "Tähetorni vabatahtlik: [[PERSON|Kadri Tamm]], isikukood [[ID_NUMBER|49103125720]], e-post [[EMAIL_ADDRESS|kadri.tamm@taevas.example]].",
    "Félagi í stjörnuskoðunarfélaginu: [[PERSON|Sigríður Jónsdóttir]], kennitala [[ID_NUMBER|120384-3769]], sími [[PHONE_NUMBER|+44 7700 900863]].",
    "Dobrovolnice hvězdárny: [[PERSON|Tereza Horáková]], rodné číslo [[ID_NUMBER|855213/4723]], e-mail [[EMAIL_ADDRESS|tereza.horakova@hvezdy.example]].",
    "Волонтер планетарію: [[PERSON|Андрій Мельник]], РНОКПП [[ID_NUMBER|3184260573]], телефон [[PHONE_NUMBER|+44 7700 900917]].",
    "Mitglied der Volkssternwarte: [[PERSON|Katharina Vogelsang]], Steuer-ID [[ID_NUMBER|58 291 403 674]], IBAN [[IBAN_CODE|DE53 5001 0517 5407 3249 63]].",
    "Planetarium volunteer intake, Auckland: [[PERSON|Aroha Parata]], NHI [[ID_NUMBER|ZKT4830]], mobile [[PHONE_NUMBER|+61 491 570 659]].",
    "Volontär vid observatoriet: [[PERSON|Linnea Bergström]], personnummer [[ID_NUMBER|910423-3185]], e-post [[EMAIL_ADDRESS|linnea.bergstrom@stjarna.example]].",
    "Club treasurer's T4A record: [[PERSON|Geneviève Tremblay]], SIN [[ID_NUMBER|649 273 182]], address [[STREET_ADDRESS|1187 rue des Érables, Sherbrooke, QC J1H 4K2]].",
    "מתנדב בפלנטריום: [[PERSON|יונתן לוי]], ת.ז. [[ID_NUMBER|318049269]], טלפון [[PHONE_NUMBER|+44 7700 900284]].",
    "Εθελόντρια αστεροσκοπείου: [[PERSON|Ελένη Γεωργίου]], ΑΜΚΑ [[ID_NUMBER|17068845316]], email [[EMAIL_ADDRESS|eleni.georgiou@asteria.example]].",
    "Observatory volunteer, Sutherland: [[PERSON|Lerato Mahlangu]], ID [[ID_NUMBER|910218 5241 085]], email [[EMAIL_ADDRESS|lerato.m@karoosky.example]].",
    # --- without a national id (60) ---
    "Observatory tour guide timesheet — [[PERSON|Declan Moriarty]], staff no. [[ID_NUMBER|OTG-3318]], IBAN [[IBAN_CODE|IE62 BOFI 9000 1748 2539 61]].",
    "Gift shop order for [[PERSON|Harriet Lockwood]]: ship to [[STREET_ADDRESS|17 Telescope Row, Jodrell Heath, CW4 8XZ]], card [[CREDIT_CARD|4026 8371 5094 6272]].",
    "Volunteer background check: [[PERSON|Marcus Delgado]], SSN [[US_SSN|518-72-4093]], phone [[PHONE_NUMBER|(505) 555-0173]].",
    "Planetarium season pass holder [[PERSON|Beverly Okonjo]], member no. [[ID_NUMBER|PLN-88213]], email [[EMAIL_ADDRESS|bev.okonjo@orbitmail.example]].",
    "Astronomy camp counsellor [[PERSON|Tyler Brennan-Ashe]], patient no. [[ID_NUMBER|PT-4410927]], allergies: none, phone [[PHONE_NUMBER|(720) 555-0149]].",
    "Donation receipt: [[PERSON|Olivia Sánchez-Park]], [[STREET_ADDRESS|2204 Polaris Avenue, Flagstaff, AZ 86001]], card [[CREDIT_CARD|3746 920581 37243]].",
    "Spendenquittung für [[PERSON|Friedrich Oberländer]], [[STREET_ADDRESS|Sternwartenweg 7, 69117 Heidelberg]], E-Mail [[EMAIL_ADDRESS|f.oberlaender@himmelsblick.example]].",
    "Adhérente du club : [[PERSON|Manon Girard]], [[STREET_ADDRESS|12 rue Copernic, 69003 Lyon]], [[EMAIL_ADDRESS|manon.girard@ciel-lyon.example]].",
    "Reserva del taller de astrofotografía: [[PERSON|Pilar Ayala]], tarjeta [[CREDIT_CARD|5529 6103 7482 9155]], móvil [[PHONE_NUMBER|+44 7700 900341]].",
    "Socio dell'osservatorio: [[PERSON|Matteo Esposito]], tessera [[ID_NUMBER|OSS-7720]], email [[EMAIL_ADDRESS|matteo.esposito@stelle.example]].",
    "Voluntário do planetário: [[PERSON|João Batista Lima]], telefone [[PHONE_NUMBER|+1 617 555 0126]], e-mail [[EMAIL_ADDRESS|joao.lima@planetario.example]].",
    "Член астрономического клуба: [[PERSON|Екатерина Смирнова]], телефон [[PHONE_NUMBER|+44 7700 900452]], почта [[EMAIL_ADDRESS|katya.smirnova@zvezda.example]].",
    "متطوعة في القبة الفلكية: [[PERSON|مريم الهاشمي]]، الهاتف [[PHONE_NUMBER|+44 7700 900578]]، البريد [[EMAIL_ADDRESS|maryam.hashimi@najm.example]]",
    "会员续费：[[PERSON|黄丽娟]]，会员号 [[ID_NUMBER|TWG-60318]]，邮箱 [[EMAIL_ADDRESS|lijuan.huang@tianwen.example]]",
    "プラネタリウム解説ボランティア：[[PERSON|小林 由美]]、電話 [[PHONE_NUMBER|+61 491 570 804]]、住所 [[STREET_ADDRESS|Unit 5, 22 Orion Street, Parramatta NSW 2150]]",
    "천체사진 강좌 수강생: [[PERSON|박민준]], 카드 [[CREDIT_CARD|2223 1487 0629 3515]], 연락처 [[PHONE_NUMBER|+1 213 555 0187]]",
    "दूरबीन ऋण पंजीकरण: [[PERSON|सुनील यादव]], सदस्य संख्या [[ID_NUMBER|DSC-1094]], ईमेल [[EMAIL_ADDRESS|sunil.yadav@akash.example]]",
    "Tình nguyện viên đài thiên văn: [[PERSON|Trần Minh Khoa]], điện thoại [[PHONE_NUMBER|+61 491 570 915]], email [[EMAIL_ADDRESS|khoa.tran@bautroi.example]].",
    "Anggota klub astronomi: [[PERSON|Dewi Anggraini Wibowo]], nomor anggota [[ID_NUMBER|KAJ-2281]], email [[EMAIL_ADDRESS|dewi.wibowo@langit.example]].",
    "Mwanachama wa klabu ya unajimu: [[PERSON|Amani Wanjiru]], simu [[PHONE_NUMBER|+44 7700 900664]], barua pepe [[EMAIL_ADDRESS|amani.wanjiru@nyota.example]].",
    "อาสาสมัครท้องฟ้าจำลอง: [[PERSON|สมชาย ใจดี]] โทร [[PHONE_NUMBER|+61 491 570 468]] อีเมล [[EMAIL_ADDRESS|somchai.j@dao.example]]",
    "Gwirfoddolwr yr arsyllfa: [[PERSON|Rhiannon Llywelyn]], [[STREET_ADDRESS|5 Heol y Sêr, Aberystwyth, SY23 1PQ]], ffôn [[PHONE_NUMBER|01632 960572]].",
    "Lid van de sterrenkundeclub: [[PERSON|Joris Vermeulen]], lidnummer [[ID_NUMBER|SKC-5517]], rekening [[IBAN_CODE|NL97 INGB 0006 2719 43]].",
    "Frivillig på planetariet: [[PERSON|Mette Kjærgaard]], [[STREET_ADDRESS|Stjernevej 14, 8000 Aarhus C]], mobil [[PHONE_NUMBER|+44 7700 900793]].",
    "Csillagvizsgáló önkéntes: [[PERSON|Bence Szabó]], e-mail [[EMAIL_ADDRESS|bence.szabo@csillag.example]], tagszám [[ID_NUMBER|CSV-3046]].",
    "Boluntaryo sa planetarium: [[PERSON|Maria Clarissa Dizon]], telepono [[PHONE_NUMBER|+1 808 555 0152]], email [[EMAIL_ADDRESS|clarissa.dizon@bituin.example]].",
    "Observatory keyholder register: [[PERSON|Graham Ashworth]], keyholder no. [[ID_NUMBER|KH-019]], alarm PIN [[PASSWORD|4827]].",
    "Gift membership purchased by [[PERSON|Penelope Archer]], card [[CREDIT_CARD|6011 3847 2905 1633]], billing [[STREET_ADDRESS|9 Comet Crescent, Armagh, BT61 9DG]].",
    "Planetarium staff login for [[PERSON|Desmond Achterberg]]: username [[ID_NUMBER|dachterberg]], temporary password [[PASSWORD|Nova#4471]].",
    "Star party registration: [[PERSON|Cheyenne Blackfeather]], [[STREET_ADDRESS|418 Mesa Verde Drive, Las Cruces, NM 88001]], phone [[PHONE_NUMBER|(575) 555-0134]].",
    "Telescope insurance claimant [[PERSON|Reginald Foulkes]], policy no. [[ID_NUMBER|TI-55280417]], phone [[PHONE_NUMBER|01632 960237]].",
    "Volunteer stipend W-9: [[PERSON|Shanice Whitaker]], SSN [[US_SSN|402-61-8357]], address [[STREET_ADDRESS|77 Galaxy Court, Tucson, AZ 85719]].",
    "Observatory first-aid room: [[PERSON|Ernesto Villalobos]], patient no. [[ID_NUMBER|00482715]], phone [[PHONE_NUMBER|(602) 555-0158]].",
    "Astronomy society direct debit: [[PERSON|Matilda Kowalski]], account [[ID_NUMBER|10483627]], mobile [[PHONE_NUMBER|0491 570 152]].",
    "Lost property claim: [[PERSON|Jeremiah Osagie]], [[EMAIL_ADDRESS|jerry.osagie@mailpost.example]], [[PHONE_NUMBER|07700 900906]].",
    "School trip contact for the planetarium visit: teacher [[PERSON|Rosalind Pemberton]], mobile [[PHONE_NUMBER|07700 900127]], email [[EMAIL_ADDRESS|r.pemberton@stmarys-school.example]].",
    "Observatory Wi-Fi voucher issued to [[PERSON|Callista Moreno]], device IP [[IP_ADDRESS|192.0.2.88]], voucher code [[PASSWORD|QX7-HV2-9PL]].",
    "Remote telescope account: [[PERSON|Ivo Petrović]], user [[ID_NUMBER|ipetrovic]], last login from [[IP_ADDRESS|2001:db8:4f2a::19]].",
    "Astro-imaging course paid by [[PERSON|Sadia Chowdhury]], card [[CREDIT_CARD|4912 7530 8461 9256]], email [[EMAIL_ADDRESS|sadia.c@nightframe.example]].",
    "Member card: [[PERSON|Fergus Lindsay]] — member [[ID_NUMBER|SAS-4471]] — [[STREET_ADDRESS|21 Corbie Brae, Peebles, EH45 8JN]]",
    "Dome repair contractor paid: [[PERSON|Nikolai Berezin]], IBAN [[IBAN_CODE|GB90 BARC 2031 8473 9261 50]], phone [[PHONE_NUMBER|01632 960914]].",
    "Volunteer driver record: [[PERSON|Émilie Gagnon]], driver's licence [[ID_NUMBER|G2461-70318-95607]], phone [[PHONE_NUMBER|+1 514 555 0163]].",
    "Visiting astronomer hotel booking: [[PERSON|Kenji Watanabe]], passport [[ID_NUMBER|TR4829105]], email [[EMAIL_ADDRESS|kenji.w@skyfan.example]].",
    "Voluntario del observatorio: [[PERSON|Eduardo Salinas]], [[STREET_ADDRESS|Calle Orión 58, Col. Las Estrellas, 83000 Hermosillo, Sonora]], tel. [[PHONE_NUMBER|+1 520 555 0177]].",
    "Zwrot składki: [[PERSON|Marta Zawadzka]], konto [[IBAN_CODE|PL43 1090 1014 0000 0718 3452 9067]], e-mail [[EMAIL_ADDRESS|marta.zawadzka@niebo.example]].",
    "Mitgliedsbeitrag: [[PERSON|Lukas Pichler]], IBAN [[IBAN_CODE|AT16 1420 0200 1096 3852]], Mitgliedsnummer [[ID_NUMBER|AAV-2209]].",
    "Sternwarte-Helferin: [[PERSON|Noemi Käser]], IBAN [[IBAN_CODE|CH09 0483 5073 9162 0847 1]], Tel. [[PHONE_NUMBER|+44 7700 900239]].",
    "Medlemsavgift återbetalas till [[PERSON|Oskar Lindahl]], IBAN [[IBAN_CODE|SE02 5000 0000 0549 1027 3846]].",
    "Planetaarion opas: [[PERSON|Eero Mäkinen]], IBAN [[IBAN_CODE|FI50 4005 5010 3749 20]], puhelin [[PHONE_NUMBER|+44 7700 900482]].",
    "Gözlem gecesi kaydı: [[PERSON|Burak Aydın]], IBAN [[IBAN_CODE|TR28 0006 4000 0017 2840 5916 37]], e-posta [[EMAIL_ADDRESS|burak.aydin@yildiz.example]].",
    "Lecture speaker fee to [[PERSON|Prudence Okwuosa]]: IBAN [[IBAN_CODE|DE82 3704 0044 0917 2835 46]], email [[EMAIL_ADDRESS|p.okwuosa@cosmoslecture.example]].",
    "Ticket desk volunteer [[PERSON|Winston Abara]], phone [[PHONE_NUMBER|(404) 555-0191]], address [[STREET_ADDRESS|1520 Starlight Blvd, Decatur, GA 30030]].",
    "Night-sky photography contest winner [[PERSON|Anneliese Forsberg]]: prize to [[STREET_ADDRESS|Flat 3, 6 Nebula Mews, Bristol, BS6 5RT]], phone [[PHONE_NUMBER|07700 900573]].",
    "Junior astronomer enrolment, parent: [[PERSON|Cassandra Whyte]], [[EMAIL_ADDRESS|cassie.whyte@familymail.example]], [[PHONE_NUMBER|+61 491 570 296]].",
    "Club van hire deposit from [[PERSON|Terrence Ndlovu]], card [[CREDIT_CARD|6542 1783 0596 1423]], licence [[ID_NUMBER|NDLOV805127TN9AB]].",
    "Observatory gate fob assigned to [[PERSON|Marigold Fenwick]], fob no. [[ID_NUMBER|FOB-7731]], gate PIN [[PASSWORD|0924]].",
    "Astronomy club tax form: [[PERSON|Darnell Hughes]], SSN [[US_SSN|231-47-9086]], email [[EMAIL_ADDRESS|darnell.hughes@pulsar.example]].",
    "Planetarium birthday party booking: host [[PERSON|Yasmin Haddad]], card [[CREDIT_CARD|3482 510763 94519]], phone [[PHONE_NUMBER|07700 900698]].",
    "Student volunteer [[PERSON|Ollie Fitzgerald]], student no. [[ID_NUMBER|S2319847]], email [[EMAIL_ADDRESS|ollie.fitz@uni-astro.example]].",
    "Observatory cottage tenant [[PERSON|Bronwen Hughes-Price]], [[STREET_ADDRESS|The Old Dome House, Craig Road, Llanidloes, SY18 6JT]], phone [[PHONE_NUMBER|01632 960841]].",
]

CLEAN_MTBENCH = [
    "Write a persuasive essay arguing that every town should have a public observatory.",
    "Compose a haiku sequence about waiting for clouds to clear on a stargazing night.",
    "Imagine you are Carl Sagan giving a five-minute talk to schoolchildren about the Pale Blue Dot photograph. Write the talk.",
    "Explain the difference between a refracting and a reflecting telescope to a ten-year-old.",
    "Role-play as Captain Jean-Luc Picard welcoming new cadets to the ship's stellar cartography room.",
    "Write a Python function that converts right ascension given in hours, minutes and seconds into decimal degrees.",
    "Compare the contributions of Galileo Galilei and Johannes Kepler to our understanding of planetary motion in about 200 words.",
    "Draft a short blog post for a travel website about visiting a dark-sky reserve in winter.",
    "What are the pros and cons of light pollution ordinances for small towns? Give three of each.",
    "Extract every planet name from this sentence and list them alphabetically: 'Mars rose after Venus set, while Jupiter and Saturn hung low near the horizon.'",
    "Write a dialogue between Sherlock Holmes and Dr. Watson in which Holmes deduces the time of night from the position of the Plough.",
    "How would you explain why the Moon always shows the same face to Earth, without using equations?",
    "Suggest five names for a new planetarium show about black holes, with a one-line pitch for each.",
    "Rewrite this sentence in a more formal tone: 'The comet was super bright and everyone totally freaked out.'",
    "Write a SQL query that returns the ten brightest stars from a table called stars with columns name and apparent_magnitude.",
    "If Vera Rubin could see the observatory that now bears her name, what do you think she would say? Answer in her voice.",
    "Explain the Drake equation and discuss which of its terms are the most uncertain.",
    "Plan a three-day itinerary for an amateur astronomer visiting the Atacama Desert.",
    "Write a children's bedtime story in which the Little Prince visits a planetarium.",
    "Summarise the main arguments for and against sending humans rather than robots to Mars.",
    "Act as a museum guide and describe the Antikythera mechanism to visitors in under 150 words.",
    "Write a limerick about Pluto losing its status as a planet.",
    "Give me a checklist for setting up a Dobsonian telescope before a public star party.",
    "What would Stephen Hawking's A Brief History of Time look like as a three-panel comic? Describe each panel.",
    "Critique this slogan for an astronomy club and suggest two improvements: 'Look Up, Stay Up, Never Give Up.'",
]

CLEAN_GSM8K = [
    "A planetarium sells adult tickets for $12 and child tickets for $7. On Saturday it sold 84 adult tickets and 131 child tickets. How much money did it take in?",
    "Maria's astronomy club has 48 members. One third of them own a telescope, and half of those telescopes are reflectors. How many reflectors do members own?",
    "A meteor shower produces 60 meteors per hour at its peak. If Tom watches for 2 hours and 45 minutes at that rate, how many meteors does he expect to see?",
    "An observatory dome rotates 3 degrees every second. How many seconds does it take to make two full turns?",
    "Aisha saves $15 a week to buy a $240 telescope. She already has $60. How many more weeks must she save?",
    "A star party starts at 8:30 pm and ends at 2:15 am. How many minutes long is it?",
    "Ben bought 4 eyepieces at $38 each and a star atlas for $26. He paid with two $100 bills. How much change did he get?",
    "A school bus holds 42 students. If 197 students are visiting the planetarium, how many buses are needed?",
    "Lena photographs the Moon every night for 3 weeks, taking 12 pictures each night. She deletes a quarter of them. How many pictures does she keep?",
    "The club's telescope fund had $1,250. They spent 40% on a new mount and $180 on filters. How much is left?",
    "A volunteer shift at the planetarium is 3.5 hours. Carlos worked 14 shifts this season. How many hours did he volunteer?",
    "Light from the Sun takes about 8 minutes and 20 seconds to reach Earth. How many seconds is that, and how many seconds would six such trips take?",
    "Priya's mirror-grinding kit needs 5 grades of grit. Each grade takes 4 hours, except the finest, which takes twice as long. How many hours in total?",
    "A planetarium show is 35 minutes long with a 10-minute break between shows. If the first starts at 10:00 am, when does the fifth show end?",
    "Jonah counted 18 craters in one photo and 3 times as many in a second. He then found 7 more in a third photo. How many craters in all?",
    "An astronomy magazine costs $6 per issue or $54 for a 12-issue subscription. How much does the subscription save over buying every issue?",
    "Sofia's telescope has a focal length of 1,200 mm. With a 25 mm eyepiece, what is the magnification? With a 10 mm eyepiece?",
    "A club orders 150 pairs of eclipse glasses at $1.80 each and sells them at $3 each. If they sell all but 12 pairs, what is their profit?",
    "Kwame walks 2.4 km to the observatory and back every observing night. He went 17 nights this year. How far did he walk?",
    "There are 88 constellations. Emma has learned 23 of them, and she learns 5 more every month. After how many months will she know all of them?",
    "A rocket model kit costs $45. During a sale it is 20% off, and members get a further $5 off the sale price. What do members pay?",
    "The observatory had 320 visitors in June, 15% more in July, and 40 fewer in August than in July. How many visitors came in August?",
    "Hugo splits 3 bags of 56 glow-in-the-dark stars equally among 8 children. How many stars does each child get?",
    "A comet returns every 76 years. If it was last seen in 1986, in which year will it be seen for the third time after that?",
    "Nadia's camera takes a 30-second exposure, then waits 5 seconds before the next. How many exposures can it take in one hour?",
]

CLEAN_MMLU = [
    "Which planet in our solar system has the shortest day? A) Earth B) Mars C) Jupiter D) Venus",
    "The Chandrasekhar limit is approximately: A) 0.5 solar masses B) 1.4 solar masses C) 3 solar masses D) 10 solar masses",
    "What causes the phases of the Moon? A) Earth's shadow B) The Moon's changing distance C) The changing angle between Sun, Earth and Moon D) Clouds on the Moon",
    "Which type of star is the Sun? A) Red giant B) White dwarf C) G-type main-sequence star D) Neutron star",
    "Hubble's law relates a galaxy's recession velocity to its: A) mass B) distance C) luminosity D) age",
    "Which of these is NOT a Galilean moon of Jupiter? A) Io B) Europa C) Titan D) Callisto",
    "A light-year is a unit of: A) time B) distance C) speed D) brightness",
    "The Kuiper Belt lies beyond the orbit of: A) Mars B) Jupiter C) Saturn D) Neptune",
    "In the Hertzsprung–Russell diagram, the horizontal axis usually shows: A) mass B) temperature or spectral class C) age D) distance",
    "Which instrument splits light into its component wavelengths? A) Photometer B) Spectrograph C) Barlow lens D) Finder scope",
    "A solar eclipse can only occur at: A) full moon B) new moon C) first quarter D) last quarter",
    "Kepler's third law relates a planet's orbital period to its: A) mass B) eccentricity C) semi-major axis D) inclination",
    "Which element makes up most of the Sun's mass? A) Helium B) Oxygen C) Hydrogen D) Carbon",
    "The apparent retrograde motion of Mars is caused by: A) Mars reversing its orbit B) Earth overtaking Mars C) Jupiter's gravity D) the Moon",
    "Which telescope design uses a concave primary mirror and a flat diagonal secondary? A) Newtonian B) Galilean refractor C) Keplerian refractor D) Schmidt camera",
    "A star with a parallax of 0.1 arcseconds is how far away? A) 1 parsec B) 10 parsecs C) 100 parsecs D) 0.1 parsec",
    "Which of the following is a dwarf planet? A) Ceres B) Vesta C) Phobos D) Ganymede",
    "The cosmic microwave background was first detected in: A) 1929 B) 1965 C) 1989 D) 2003",
    "What is the main reason large observatories are built on high mountains? A) They are closer to the stars B) There is less air and less light pollution above them C) Cold telescopes move faster D) Radio reception is better",
    "Which quantity describes the brightness of a star as seen from Earth? A) Absolute magnitude B) Apparent magnitude C) Luminosity class D) Redshift",
    "The Roche limit describes: A) the edge of the solar system B) the distance within which tidal forces tear a satellite apart C) the maximum mass of a planet D) the speed of light in a vacuum",
    "Which constellation contains the star Betelgeuse? A) Taurus B) Orion C) Lyra D) Cygnus",
    "A planetarium projector shows the night sky by: A) reflecting sunlight B) projecting points of light onto a dome C) using real telescopes D) displaying live satellite images",
    "Which element's spectral line at 656.3 nm do H-alpha filters pass? A) Helium B) Hydrogen C) Sodium D) Calcium",
    "The equinoxes occur when the Sun crosses the: A) ecliptic pole B) celestial equator C) galactic plane D) local meridian",
]

CLEAN_HEALTH = [
    "Is it safe to look at a partial solar eclipse through ordinary sunglasses?",
    "What should I do if my eyes feel sore after looking through a telescope eyepiece for hours?",
    "How long does it take for the eyes to fully adapt to the dark?",
    "Can staying up all night at star parties affect blood pressure?",
    "What are the early signs of hypothermia to watch for during winter observing sessions?",
    "Is it normal to feel dizzy in a planetarium dome when the projected sky moves?",
    "How can I prevent frostbite on my fingers when handling cold metal telescope parts?",
    "Does red light really protect night vision, and is it safe for people who get migraines?",
    "Which insect repellents are safest for children at outdoor summer astronomy events?",
    "How should a sprained ankle be treated if someone trips over a tripod in the dark?",
    "Can people with photosensitive epilepsy safely watch fast-moving planetarium shows?",
    "What is the best way to stay hydrated at a high-altitude observatory?",
    "What are the symptoms of altitude sickness, and when should someone go back down?",
    "Is it harmful to use lubricating eye drops before a long observing session?",
    "How much sleep do adults need to recover after an all-night observing marathon?",
    "Can floaters in the eye become more noticeable when looking at a bright Moon through a telescope?",
    "What should a first-aid kit for an outdoor star party contain?",
    "Can caffeine help with staying alert at night without ruining sleep the next day?",
    "How can volunteers avoid back strain when carrying heavy telescope mounts?",
    "What are the signs of a panic attack in a dark, crowded room like a planetarium?",
    "Is sunburn possible during a daytime solar viewing event in spring?",
    "Should someone with asthma avoid cold night air when observing outdoors?",
    "What causes neck pain after looking up at the night sky for a long time, and how can it be eased?",
    "Are green laser pointers used for pointing out stars dangerous to the eyes?",
    "How soon should someone see a doctor after looking at the Sun without protection?",
]

NATIONAL_IDS = {
    "3619 4827 0531": aadhaar_ok,  # Indian Aadhaar
    "5820 3917 4621": aadhaar_ok,
    "728 401 9352": nhs_ok,  # NHS number
    "619 273 8408": nhs_ok,
    "204371582": bsn_ok,  # Dutch BSN
    "93071418526": pesel_ok,  # Polish PESEL
    "88112609377": pesel_ok,
    "618.204.937-50": cpf_ok,  # Brazilian CPF
    "274.915.038-88": cpf_ok,
    "38290615420": kimlik_ok,  # Turkish kimlik
    "73920518J": dni_ok,  # Spanish DNI
    "Y4817302N": dni_ok,  # Spanish NIE
    "140788-638Y": hetu_ok,  # Finnish henkilötunnus
    "RSSGLI89S52L219O": codice_fiscale_ok,  # Italian codice fiscale
    "MRNLCU77D09F839J": codice_fiscale_ok,
    "510107198806142734": china_id_ok,  # Chinese resident identity number
    "330106199509234813": china_id_ok,
    "S9138264D": nric_ok,  # Singapore NRIC
    "880417-2183955": rrn_ok,  # Korean resident registration number
    "718 394 028": tfn_ok,  # Australian tax file number
    "4172 83056 2": medicare_ok,  # Australian Medicare card
    "7391 8264 0510": my_number_ok,  # Japanese My Number
    "8273914U": pps_ok,  # Irish PPS number
    "2 87 05 69 123 418 28": nir_ok,  # French NIR
    "82.09.14-273.25": belgian_id_ok,  # Belgian national number
    "230591 48311": fodselsnummer_ok,  # Norwegian fødselsnummer
    "238 471 969": nif_ok,  # Portuguese NIF
    "2960812403178": cnp_ok,  # Romanian CNP
    "16.482.397-0": rut_ok,  # Chilean RUT
    "49103125720": isikukood_ok,  # Estonian isikukood
    "120384-3769": kennitala_ok,  # Icelandic kennitala
    "855213/4723": rodne_cislo_ok,  # Czech rodné číslo
    "3184260573": rnokpp_ok,  # Ukrainian RNOKPP
    "58 291 403 674": steuer_id_ok,  # German tax id
    "ZKT4830": nhi_ok,  # New Zealand NHI
    "910423-3185": luhn_len(10),  # Swedish personnummer
    "649 273 182": luhn_len(9),  # Canadian SIN
    "318049269": luhn_len(9),  # Israeli teudat zehut
    "17068845316": luhn_len(11),  # Greek AMKA
    "910218 5241 085": luhn_len(13),  # South African id
}

# Every phone must match one of these ranges kept for fiction.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"01632 960\d{3}",  # UK geographic drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61 491 570 \d{3}",
    )
]


def check_mix() -> None:
    """The chat requests name people (at least 90 of 120) and 18 to 22 of them hold a
    secret, 2 or 3 of those an API key; 38 to 42 records hold a national id; every card
    and IBAN is valid."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] in {"PASSWORD", "API_KEY"} for s in marked_spans(t)) for t in CHAT)
    keys = sum(any(s["type"] == "API_KEY" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or not 18 <= secret <= 22 or not 2 <= keys <= 3:
        raise SystemExit(f"chat: {named} named, {secret} with a secret, {keys} with a key")
    with_id = sum(
        any(s["type"] == "ID_NUMBER" and s["value"] in NATIONAL_IDS for s in marked_spans(t))
        for t in RECORDS
    )
    if not 38 <= with_id <= 42 or len(NATIONAL_IDS) != with_id:
        raise SystemExit(f"records: {with_id} with a national id, {len(NATIONAL_IDS)} listed")
    for t in CHAT + RECORDS:
        for s in marked_spans(t):
            if s["type"] == "CREDIT_CARD" and not luhn_ok(s["value"]):
                raise SystemExit(f"bad card {s['value']!r}")
            if s["type"] == "IBAN_CODE" and not iban_ok(s["value"]):
                raise SystemExit(f"bad IBAN {s['value']!r}")


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
        "blind193", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=OTHER_LANGUAGES,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
