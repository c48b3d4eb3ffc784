# ruff: noqa: E501
"""A fifty-second blind privacy set: 220 short chat texts with personal data and 100 clean
ones, where the personal data has little or no context around it.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and non-text code of
``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations):

* 110 short requests (3 to 40 words) to an assistant naming one or two private people:
  first names alone, surnames alone, full names and nicknames (Bex, Jonno, Sash, Dazza,
  Mags, Tiff), names that are also everyday words (Rose, Will, Grant, Summer, Faith, Bill,
  Pat, Jack, Ivy), names of many origins (Polish, Nigerian, Vietnamese, Indian, Arabic,
  Maori, Brazilian, Korean, Irish, Finnish and more); about half carry no relation word,
  title or "my name is" at all; the first 40 are typed all in lower case with shorthand
  and typos;
* 60 short requests whose personal datum is a number or a secret said in passing: phones
  in many layouts with and without separators, door and gate codes, PINs, one-time codes,
  wifi keys, ordinary-looking passwords ("sunflower88", "Tuesday!Rain"), account, member,
  policy and customer numbers, a login, national ids with valid check digits, IBANs,
  cards, an SSN, IPs and API keys, some after a keyword and some with none;
* 50 short pasted snippets (text threads, voicemail transcripts, contact cards, e-mail
  signatures, delivery notes, rota lines) with names, phones, e-mails and addresses of
  the UK, US, Canada, Ireland, Germany, France, the Netherlands, Poland, Spain, Italy,
  Finland, Australia, New Zealand, Nigeria, India, Brazil, Korea, Japan and Vietnam.

Usernames and logins, account, customer, member and policy numbers and national ids are
ID_NUMBER; PINs, door, gate, alarm and locker codes, one-time codes, wifi keys, passwords
and passphrases PASSWORD; titles and relation words (Dr, Uncle, Grandma, my boss, my
sister) stay outside PERSON spans; an address span runs from the first street line
through the postcode and city as typed; public figures, fictional characters, companies,
order and tracking numbers are not labelled; every occurrence of a private value is
marked. The 100 clean texts hold no personal data but would tempt a naive detector:
public figures, historical people, saints, athletes, authors, fictional characters,
brands and places named after people (Ford, Dell, Disney, Baker Street), eponyms
(Parkinson's, Fourier, Bayes), name-words used as words (a rose, a will, grant money,
summer, faith, a bill, ivy, a car jack), word problems with fictional first names, and
ordinary requests full of numbers (recipes, sums, dates, versions, order numbers, times).

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (UK 07700 900, 020 7946 0, 0113 496 0;
North America 555-01xx; Australia 0491 570 and (02) 5550; France 06 39 98; Germany
030 23125) and in each country's own layout elsewhere; cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; the SSN with
an assignable area, group and serial; IPs from documentation ranges; national ids with
valid check digits (Polish PESEL, Brazilian CPF, Indian Aadhaar, NHS number, Finnish
henkilötunnus, Korean resident registration number, Irish PPS number, Dutch BSN, Spanish
DNI, Canadian SIN, Australian TFN, Italian codice fiscale, New Zealand NHI).

Run ``.venv/bin/python bench/data/build_blind52.py`` from the repository root; the output is
deterministic.
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
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    hetu_ok,
    luhn_len,
    marked_spans,
    nhi_ok,
    nhs_ok,
    pesel_ok,
    pps_ok,
    rrn_ok,
    tfn_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 40
MIN_CHARS = 12
MAX_WORDS = 80
NAME_WORDS = (3, 40)
SECRET_WORDS = (3, 40)
SNIPPET_WORDS = (5, 80)
CLEAN_WORDS = (3, 40)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Auntie|Uncle|Nurse|Grandma|Grandad|Nan)\.?\s", re.IGNORECASE
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
# Words that give a name its context: relation words, titles, a self-introduction.
CONTEXT = re.compile(
    r"\b(mum|mom|dad|sister|brother|wife|husband|boss|manager|colleague|neighbour|"
    r"landlord|landlady|flatmate|ex|cleaner|son|daughter|partner|friend|cousin|teacher|"
    r"grandad|grandma|uncle|auntie|mr|mrs|ms|dr|coach|nephew|niece|gf|boyfriend|nan|my name is)\b",
    re.IGNORECASE,
)

# 110 short requests naming one or two private people; the first 40 all in lower case.
NAMES = [
    "can you write a birthday note for [[PERSON|tomasz]], hes turning 40 on friday",
    "remind me what [[PERSON|okafor]] said about the lease",
    "is it rude to uninvite [[PERSON|priya]]",
    "pls help me say sorry to my friend [[PERSON|bex]] i forgot her leaving drinks",
    "how do i tell [[PERSON|jonno]] i cant lend him money again",
    "draft a txt to [[PERSON|sash]] saying im running 10 min late",
    "wat should i get [[PERSON|will]] for his 30th, he likes fishing",
    "need a thank u card for [[PERSON|rose]] and [[PERSON|grant]] for hosting us",
    "my sister [[PERSON|summer]] keeps borrowing my car without asking, how do i bring it up",
    "write a short sympathy msg for [[PERSON|faith]], her dad passed last wk",
    "can u make a chore chart for [[PERSON|jack]] and [[PERSON|ivy]], ages 7 and 9",
    "[[PERSON|ngozi]] hasnt replied in 3 days shud i text again",
    "help me word a complaint to my landlord [[PERSON|kowalczyk]] about the mould",
    "translate happy name day into polish for [[PERSON|agnieszka]]",
    "wht do i say to [[PERSON|nguyen van minh]] at the funeral",
    "my name is [[PERSON|kofi mensah]], write me a 2 line bio for my etsy shop",
    "how to say no nicely when my cousin [[PERSON|dazza]] asks to crash at mine again",
    "is it weird to invite my ex [[PERSON|ciarán]] to the wedding",
    "rewrite so it sounds less angry: [[PERSON|mags]] u left the gate open again!!",
    "give me a toast for [[PERSON|aroha]] and [[PERSON|wiremu]]'s engagement",
    "whats the time in recife rn, need to call [[PERSON|thiago]]",
    "[[PERSON|seo-yeon]] sent me a msg saying daebak, what does that mean",
    "my boss [[PERSON|al-harbi]] wants the report by 9 help me prioritise",
    "do i owe my friend [[PERSON|niamh]] for the taxi or did we split it",
    "gift under 20 quid for [[PERSON|juhani]]? hes finnish and into saunas",
    "how do i apologise to my neighbour [[PERSON|yousef]] for missing iftar",
    "cud u check my msg to [[PERSON|bill]] for typos: sory cant make it tmrw",
    "write a limerick about [[PERSON|pat]] and her terrible parking",
    "[[PERSON|deepika]] and [[PERSON|venkatesh]] both want the window seat, who gets it",
    "how long shud i wait b4 chasing my landlord [[PERSON|babatunde]] about the deposit",
    "remind me to call [[PERSON|hemi]] after 6",
    "my sister [[PERSON|tiff]] says shes vegan now, what can i cook sat",
    "help plan a surprise for my gf [[PERSON|luana gonçalves]] she loves samba",
    "polite way to tell [[PERSON|jae-won]] his music is too loud?",
    "summarise what me and my flatmate [[PERSON|aino virtanen]] agreed about rent",
    "turn into a calendar note: lunch w [[PERSON|siobhan]] thurs 1pm",
    "grandad [[PERSON|eetu]] turns 90 next month, party ideas pls",
    "who shud i put as emergency contact, [[PERSON|chidi]] or my cousin [[PERSON|adaeze]]",
    "make a packing list for me and my wife [[PERSON|trang]] for hanoi",
    "my flatmate [[PERSON|oluwaseun]] never does dishes, draft a chill msg",
    "Can you write a birthday note for [[PERSON|Wojciech Zieliński]] from the whole office?",
    "Remind me what my boss [[PERSON|Okonkwo]] said about moving the deadline.",
    "Is it rude to leave [[PERSON|Grant]] off the group chat?",
    "Write a two-line thank-you to [[PERSON|Rose Maguire]] for the flowers.",
    "What should I write in [[PERSON|Summer]]'s leaving card?",
    "Help me reply to [[PERSON|Faith Adeyemi]], she asked if I'm free Saturday.",
    "Draft a casual message asking [[PERSON|Jack]] if he wants my spare ticket.",
    "Draft a note to my daughter's teacher saying [[PERSON|Ivy]] will miss Friday.",
    "My neighbour [[PERSON|Pat]] lent me her ladder in March. How do I remind her nicely to collect it?",
    "Write an out-of-office that points people to [[PERSON|Bill Osei]] until the 14th.",
    "How do I tell [[PERSON|Nguyen Thi Lan]] that the offer was withdrawn?",
    "Compose a welcome message for [[PERSON|Kalani]] and [[PERSON|Tane Rāwiri]] joining the team.",
    "My neighbour [[PERSON|Ingrid Lindqvist]] keeps parking across my drive. What can I say?",
    "Can you make my son [[PERSON|Kwame]]'s speech sound less nervous?",
    "Did our landlord [[PERSON|Marchetti]] ever get back to us about the van?",
    "Suggest a name for a group chat with [[PERSON|Bex]], [[PERSON|Jonno]] and me.",
    "Write a haiku for [[PERSON|Sash]] on her first day at uni.",
    "Uncle [[PERSON|Rangi]] wants a hāngī plan for 12 people, help.",
    "Dr [[PERSON|Mahlaba]] said take it with food. Is that every dose?",
    "Write a message telling [[PERSON|Mikaela Korhonen]] I'll bring the sauna whisks.",
    "Should I tag my nephew [[PERSON|Daniyar]] in the photo or ask first?",
    "Give me three ways to congratulate [[PERSON|Olumide Bankole]] on the promotion.",
    "Is it okay to ask my friend [[PERSON|Fernanda]] to split the Airbnb evenly when she only stayed two nights?",
    "Make a grocery list for my husband [[PERSON|Hyun-woo]] and me for the week.",
    "I owe [[PERSON|Ó Briain]] an apology for the meeting. Help me start it.",
    "What's a good reply when my wife [[PERSON|Rashida]] says we need to talk?",
    "Proofread: Hi [[PERSON|Callum]], the keys are under the mat, cheers.",
    "Remind me which day my ex [[PERSON|Ferreira]] is picking up the kids.",
    "Can you write a eulogy opening for my nan [[PERSON|Maureen Tully]], who loved bingo?",
    "My manager [[PERSON|Ashok Raghunathan]] wants feedback on himself. What do I say?",
    "How do I tell my mum [[PERSON|Halina]] I'm not coming for Easter?",
    "Write a reference sentence for [[PERSON|Tendai Moyo]], our best barista.",
    "Our cleaner [[PERSON|Lucía]] is leaving; what's a fair goodbye bonus?",
    "Help me split dinner between [[PERSON|Nikhil]] and [[PERSON|Joss]], £84 total.",
    "Is my nephew [[PERSON|Jarrah]] allowed to sign a lease at 17?",
    "Draft a polite no to [[PERSON|Grace Ahn]]'s wedding invite.",
    "Write the message to my colleague [[PERSON|Lars]] about the PR review for me.",
    "What do I say to my brother [[PERSON|Hamid]] after he lost his job?",
    "Write a cheeky birthday poem for [[PERSON|Dunphy]] from the five-a-side lads.",
    "Add [[PERSON|Ayesha Siddiqui]] to the thank-yous in my thesis.",
    "Can you help me find a kind way to tell [[PERSON|Mateus]] his band isn't good?",
    "[[PERSON|Ifeoma]] and [[PERSON|Kayode]] are arguing about the wedding date. Neutral advice please.",
    "Message for my cousin [[PERSON|Tuomas]]: the cabin's booked for 12 to 15 July.",
    "Help me reply to [[PERSON|Layla Haddad]] who asked for the recipe.",
    "Should I cc my manager [[PERSON|Henderson]] on the complaint or keep it between me and HR?",
    "Write a note excusing my son [[PERSON|Theo Chen]] from PE today, sprained wrist.",
    "Write [[PERSON|Will Parkes]] a short note thanking him for covering my shift.",
    "How can I cheer up my daughter [[PERSON|Rose]] after her exam?",
    "[[PERSON|Grant Okoro]] wants to borrow my car this weekend. What should I say?",
    "Plan a three-course dinner for my partner [[PERSON|Faith]], gluten-free.",
    "My colleague [[PERSON|Summer Lee]] is leaving. Suggest a group gift.",
    "Text for [[PERSON|Pat Kilbride]]: bins go out Wednesday now.",
    "Is it passive-aggressive to say as per my last email to [[PERSON|Dmitri]]?",
    "Reword my apology to my partner [[PERSON|Keiko]] so it sounds sincere.",
    "I'm meeting my boyfriend [[PERSON|Soo-ah]]'s parents Sunday. What do I bring?",
    "Translate get well soon into Irish for [[PERSON|Aoife]].",
    "Write an invite for [[PERSON|Marek]]'s stag: paintball then pub.",
    "What time should I tell my niece [[PERSON|Hinemoa]] to arrive if dinner's at 7?",
    "Draft a note to my landlady [[PERSON|Abimbola]] that the boiler is broken again.",
    "Can you help [[PERSON|Jonno]] write his CV? He's been a chef for ten years.",
    "Tell me how to ask [[PERSON|Van der Berg]] for a pay rise.",
    "Grandma [[PERSON|Leilani]] wants to learn WhatsApp. Give me simple steps to explain.",
    "Hi, my name is [[PERSON|Szymon Kaczmarek]]. Can you fix the grammar in my cover letter?",
    "Write a LinkedIn recommendation for [[PERSON|Chiamaka Eze]].",
    "Remind me to send [[PERSON|Bill]] the photos tonight.",
    "Which is kinder: telling my son [[PERSON|Omar]] now or after his exams?",
    "Help me write a birthday card for my niece [[PERSON|Thanh]], she's 7 and loves cats.",
    "What did [[PERSON|Mehta]] mean by circle back EOD?",
    "Say congrats to [[PERSON|Ruairí]] and [[PERSON|Clodagh]] on the baby, short and warm.",
    "Is there a nice way to tell Mr [[PERSON|Brandão]] the invoice is late?",
]

# 60 short requests whose personal datum is a number or a secret said in passing.
SECRETS = [
    "call me on [[PHONE_NUMBER|07700 900461]] when ur outside",
    "Can you format [[PHONE_NUMBER|07700900317]] properly for my email signature?",
    "What's the cheapest way to call [[PHONE_NUMBER|+44 7700 900582]] from Spain?",
    "Text [[PHONE_NUMBER|(312) 555-0148]] and say the van's booked for 9.",
    "is [[PHONE_NUMBER|212-555-0179]] a mobile or a landline",
    "[[PHONE_NUMBER|6175550126]] rang three times today. Spam?",
    "Add [[PHONE_NUMBER|+1 415 555 0193]] to the RSVP list under [[PERSON|Rivera]].",
    "my new mobile is [[PHONE_NUMBER|0491 570 237]] pls update the club list",
    "Which country is [[PHONE_NUMBER|+61491570884]] from?",
    "Write [[PHONE_NUMBER|06 39 98 52 17]] in international format.",
    "Is [[PHONE_NUMBER|030 23125 684]] a Berlin number?",
    "the locksmith's number was [[PHONE_NUMBER|020 7946 0832]] i think",
    "Save [[PHONE_NUMBER|+91 94831 27605]] as [[PERSON|Priya]]'s work phone.",
    "[[PHONE_NUMBER|0803 517 2946]] is the driver, tell him gate B",
    "Turn [[PHONE_NUMBER|+55 11 98472-3150]] into a WhatsApp link.",
    "Put [[PHONE_NUMBER|(02) 5550 4812]] on the fridge list as the vet.",
    "Door code is [[PASSWORD|4471]]. Add it to the note for the cleaner.",
    "gate code [[PASSWORD|1993#]] if the buzzer doesnt work",
    "my pin's [[PASSWORD|0718]], is that too easy to guess",
    "wifi pw is [[PASSWORD|sunflower88]] btw",
    "Is [[PASSWORD|Tuesday!Rain]] a strong enough password?",
    "Guest wifi key: [[PASSWORD|xk7P-Qm29-Lr4e]]. Make a little sign for the spare room.",
    "I changed my Netflix password to [[PASSWORD|MangoTree2019]], remember it for me.",
    "[[PASSWORD|bluefrog!42]] does that meet an 8 character plus symbol rule?",
    "alarm code [[PASSWORD|9025]] then press set, put that in the house sitter notes",
    "The bank just texted me [[PASSWORD|481662]], what's it for?",
    "locker combo [[PASSWORD|17-32-08]] dont let me forget",
    "Use [[PASSWORD|correct-lantern-hobnob-77]] as the passphrase for the shared vault.",
    "router admin password is [[PASSWORD|Kettle$Oat31]], should I change it",
    "[[PASSWORD|marmalade1987]] is what I use for everything, is that bad?",
    "My gym member number is [[ID_NUMBER|MBR-2204817]], can you draft a freeze request?",
    "Write a short letter to close account [[ID_NUMBER|48203915]].",
    "policy no. [[ID_NUMBER|HX-77201934]] how do I claim for a cracked windscreen",
    "Customer ref [[ID_NUMBER|CU0093318]], chase my refund politely.",
    "my login is [[ID_NUMBER|bex_hollings84]] but it says locked??",
    "Fill in the clinic form with PESEL [[ID_NUMBER|92071408533]].",
    "Is [[ID_NUMBER|502.731.846-44]] formatted right for a CPF?",
    "[[ID_NUMBER|3847 1926 5086]] mask all but the last four digits for me",
    "my NHS number is [[ID_NUMBER|943 476 5919]], which box on the GP form",
    "The Finnish form wants my henkilötunnus, [[ID_NUMBER|210893-2170]]. Where does it go?",
    "[[ID_NUMBER|880417-1038524]] should I hide the back half on my CV?",
    "PPS [[ID_NUMBER|4718293G]], which box on the Revenue form?",
    "Does the Dutch bank need [[ID_NUMBER|306147257]] in the first email?",
    "[[ID_NUMBER|53918274H]] is my DNI, write it on the rental form",
    "Can I give my SIN [[ID_NUMBER|046 291 753]] to a landlord?",
    "new job wants my TFN, it's [[ID_NUMBER|327 184 568]], safe to email?",
    "codice fiscale [[ID_NUMBER|RSSGLI88M52L219T]]: is the M for the month?",
    "Do I put [[US_SSN|412-68-3095]] on the W-4 or just the last four?",
    "pay the deposit to [[IBAN_CODE|DE83 5001 0517 0648 2931 57]] today",
    "Is [[IBAN_CODE|GB49MIDL40051571392846]] a UK account?",
    "send the 40 euro to [[IBAN_CODE|NL13 RABO 0327 4189 56]], ref birthday",
    "Refund to [[IBAN_CODE|IE95 BOFI 9000 1758 2946 13]] please, write that up formally.",
    "Is [[CREDIT_CARD|4602 4490 2066 5934]] a Visa or a Mastercard?",
    "charge [[CREDIT_CARD|5152027350035356]] exp 09/27 for the flowers",
    "[[CREDIT_CARD|3740 651704 64516]] got declined at the hotel, why?",
    "my home IP is [[IP_ADDRESS|203.0.113.58]], how do I whitelist it on the work VPN",
    "ssh to my pi at [[IP_ADDRESS|198.51.100.23]] keeps timing out",
    "Why does GitHub reject my token [[API_KEY|ghp_4fQz8LmR2tVx9KcN1aWe7HbY3uJs6DpG0oTi]]?",
    "[[API_KEY|AKIAZ7Q4M2XPL9RT3WHE]] pasted this in the config, is that the right field?",
    "Is NHI [[ID_NUMBER|ZKP4714]] the same as my patient number?",
]

# 50 short pasted snippets: threads, voicemails, cards, signatures, delivery notes, rotas.
SNIPPETS = [
    "Turn this into a house note:\n[18:02] [[PERSON|Bex]]: door code changed to [[PASSWORD|6614]]\n[18:03] [[PERSON|Jonno]]: ta, and the wifi?\n[18:03] [[PERSON|Bex]]: [[PASSWORD|Harbour!Lights7]]",
    "Summarise this voicemail: Hi, it's [[PERSON|Declan Furey]] from Ashgrove Lettings, ring me back on [[PHONE_NUMBER|07700 900733]] about the viewing at [[STREET_ADDRESS|41 Beech Avenue, Bristol BS7 8LN]].",
    "Extract the details:\nBEGIN:VCARD\nFN:[[PERSON|Mele Tupou]]\nTEL:[[PHONE_NUMBER|+64 21 847 3310]]\nEMAIL:[[EMAIL_ADDRESS|mele.tupou@kiwimail.co.nz]]\nEND:VCARD",
    "Who is this from?\nKind regards,\n[[PERSON|Oluwaseun Adebayo]]\nProcurement Lead, Kestrel Freight\nM: [[PHONE_NUMBER|+234 809 412 7730]]\nE: [[EMAIL_ADDRESS|o.adebayo@kestrelfreight.ng]]",
    "Translate this delivery note: Deliver to [[PERSON|Agnieszka Nowak]], [[STREET_ADDRESS|ul. Ogrodowa 17/4, 31-155 Kraków]], tel. [[PHONE_NUMBER|512 384 907]]. Leave with neighbour if out.",
    "Rota for Sat: open [[PERSON|Ngaio]], close [[PERSON|Hemi Tawhiri]], swaps text [[PHONE_NUMBER|022 618 4075]]. Make it a table.",
    "fix the formatting:\n[[PERSON|Sash Kumar]] | [[EMAIL_ADDRESS|sash.k@fastmail.fm]] | [[PHONE_NUMBER|07700 900188]]",
    "Voicemail: this is [[PERSON|Brenda Kowalski]], I'm at [[STREET_ADDRESS|2214 Larch Street, Duluth, MN 55803]], my callback is [[PHONE_NUMBER|(218) 555-0164]]. What does she want?",
    "Make this polite:\n[[PERSON|Grant]]: where's my drill\n[[PERSON|Grant]]: [[PERSON|Kenji]] says you've had it 3 weeks\nme: sorry!! dropping it round",
    "Address label please: [[PERSON|Thiago Ferreira]], [[STREET_ADDRESS|Rua das Acácias, 215, Pinheiros, São Paulo - SP, 05422-010]]",
    "From the group chat, who's bringing what?\n[[PERSON|Rose]]: salad\n[[PERSON|Will]]: ice + cups\n[[PERSON|Ivy]]: I'll do dessert",
    "Contact card, add to my phone: [[PERSON|Kim Seo-yeon]], [[PHONE_NUMBER|010-4827-3519]], [[EMAIL_ADDRESS|seoyeon.kim@naver.com]]",
    "Is this signature too long?\nDr. [[PERSON|Anjali Rao]]\nConsultant Dermatologist\n[[EMAIL_ADDRESS|anjali.rao@twinpeaksderm.in]]\n[[PHONE_NUMBER|+91 20 6718 4402]]",
    "Shorten this email footer: [[PERSON|Mikko Mäkinen]] | Sales | [[PHONE_NUMBER|+358 40 718 2296]] | [[EMAIL_ADDRESS|mikko.makinen@pohjoistuote.fi]]",
    "Delivery instructions: [[STREET_ADDRESS|Apt 5, 31 Harcourt Row, Dublin 2, D02 X285]], ring [[PERSON|Niamh]] on [[PHONE_NUMBER|087 412 9903]], gate code [[PASSWORD|2468X]].",
    "what does this text mean\n[[PERSON|chidi]]: abeg send am to [[PHONE_NUMBER|0816 302 7741]] sharp sharp",
    "Summarise the thread:\n[[PERSON|Tomasz]]: can u take the kids tue\n[[PERSON|Marta]]: only till 5\n[[PERSON|Tomasz]]: ok ill ask [[PERSON|Halina]]",
    "Voicemail transcript: Hey it's [[PERSON|Jonno]], new number, this is [[PHONE_NUMBER|0491 570 912]], call me back. Write a reply text.",
    "Pasted from my notes: [[PERSON|Faith Mwangi]], [[EMAIL_ADDRESS|faithm@outlook.com]], flat 2 at [[STREET_ADDRESS|9 Wattle Grove, Fitzroy VIC 3065]]. Make it a contact entry.",
    "Rota: Mon [[PERSON|Priya]], Tue [[PERSON|Bill]], Wed [[PERSON|Priya]], Thu [[PERSON|Pat]]. Who works most?",
    "Rewrite this delivery note in German: Paket für [[PERSON|Jonas Becker]], [[STREET_ADDRESS|Lindenstraße 42, 10969 Berlin]], bei Nachbar abgeben.",
    "Check this address: [[PERSON|Camille Roux]], [[STREET_ADDRESS|17 rue des Tanneurs, 69002 Lyon]], [[PHONE_NUMBER|06 39 98 41 06]]",
    "Sign-off from the email:\nCheers,\n[[PERSON|Bex Hollingworth]]\n[[PHONE_NUMBER|020 7946 0519]]\nWhat's her role?",
    "Text thread, who's right?\n[[PERSON|Jack]]: you said 7\n[[PERSON|Summer]]: I said 7:30\n[[PERSON|Jack]]: no u didnt",
    "Forwarded: Please contact [[PERSON|Arjun Nair]] at [[EMAIL_ADDRESS|arjun.nair@vennamedtech.in]] or [[PHONE_NUMBER|+91 98450 31276]] for the keys. Draft a reply.",
    "Make this a calendar invite: Parents evening with Ms [[PERSON|Okafor]], ring [[PHONE_NUMBER|0113 496 0728]] to confirm.",
    "Vcard says [[PERSON|Phạm Thu Trang]], [[PHONE_NUMBER|+84 903 418 572]], [[STREET_ADDRESS|45 Hàng Bông, Hoàn Kiếm, Hà Nội]]. Format it for Outlook.",
    "Delivery note: [[PERSON|Yusuf Al-Amin]], [[STREET_ADDRESS|Flat 3, 88 Mortimer Road, Leicester LE3 0QJ]], call [[PHONE_NUMBER|07700 900954]] on arrival. Any typos?",
    "Voicemail: [[PERSON|Ji-ho]] here, locker [[PASSWORD|3381]], key is with [[PERSON|Hana]]. Make a note.",
    "Signature, tidy it up: [[PERSON|Lucía Fernández Ortega]] / [[PHONE_NUMBER|+34 612 48 93 07]] / [[EMAIL_ADDRESS|lucia.fdez@correoverde.es]]",
    "Who sent this? [[PERSON|Ciarán]]: lads the cottage is [[STREET_ADDRESS|Cnoc na Gaoithe, Dingle, Co. Kerry V92 K7T3]], I'll send the wifi later",
    "Please put this in a table:\n[[PERSON|Aino]], [[EMAIL_ADDRESS|aino.v@posti.fi]]\n[[PERSON|Eetu]], [[EMAIL_ADDRESS|eetu.lahtinen@posti.fi]]",
    "Voicemail transcript: It's [[PERSON|Marcus Bell]] from the garage, car's ready, ring [[PHONE_NUMBER|416-555-0132]]. Summarise in one line.",
    "Shipping label: [[PERSON|Renée Tremblay]], [[STREET_ADDRESS|408 Birchmount Ave, Toronto ON M1K 1N9]]. Is the postcode format right?",
    "Fix the date in this rota: [[PERSON|Dazza]] 6-2, [[PERSON|Mags]] 2-10, [[PERSON|Tiff]] nights",
    "Translate: Liebe Frau [[PERSON|Schäfer]], bitte rufen Sie mich unter [[PHONE_NUMBER|030 23125 377]] an. [[PERSON|Stefan]]",
    "Pasted text: yo it's [[PERSON|Kwabena]], my email changed to [[EMAIL_ADDRESS|kwabena.asante@protonmail.com]]. Update my contacts?",
    "Reply to this: [[PERSON|Giulia Bianchi]], [[STREET_ADDRESS|Via dei Mille 23, 20129 Milano]], [[PHONE_NUMBER|+39 347 812 5590]], wants the parcel resent.",
    "Delivery note for the courier: [[PERSON|Ananya]], [[STREET_ADDRESS|Flat 3B, Lakshmi Residency, 14th Cross, Jayanagar, Bengaluru 560041]], call before 6.",
    "signature from an email, whats the domain? [[PERSON|Hamish Drummond]] | [[EMAIL_ADDRESS|h.drummond@glenrowanjoinery.co.uk]] | [[PHONE_NUMBER|0131 496 0472]]",
    "Text thread:\n[[PERSON|Nguyen]]: im outside\n[[PERSON|Nguyen]]: [[STREET_ADDRESS|12 Jersey Road, Strathfield NSW 2135]]\nWhich suburb is that?",
    "Make this a contact: [[PERSON|Sione Fifita]], [[STREET_ADDRESS|22 Kowhai Street, Ponsonby, Auckland 1011]], [[EMAIL_ADDRESS|sione.fifita@gmail.com]]",
    "Voicemail: hello this is Mrs [[PERSON|Adeyemi]] from flat 6, my number is [[PHONE_NUMBER|0802 771 4093]], the pipe is leaking again. Draft a reply.",
    "What's wrong with this label? [[PERSON|Sander de Vries]], [[STREET_ADDRESS|Prinsengracht 288-2, 1016 HK Amsterdam]], [[PHONE_NUMBER|06 48291735]]",
    "Group text, who can drive?\n[[PERSON|Pat]]: not me\n[[PERSON|Grant]]: I can take 3\n[[PERSON|Faith]]: same, 2 seats",
    "Contact card: [[PERSON|Haruto Sato]], [[PHONE_NUMBER|090-3817-4652]], [[EMAIL_ADDRESS|haruto.sato@docomo.ne.jp]]. Make it a one-liner.",
    "Read this note: [[PERSON|Ruairí]] left the spare key at [[STREET_ADDRESS|7 Orchard Lane, Galway H91 R2C6]], phone [[PHONE_NUMBER|+353 86 205 7714]]",
    "Email footer to shorten: [[PERSON|Danielle Okoye]], Paralegal, [[STREET_ADDRESS|1847 Alder Creek Rd, Boise, ID 83702]], [[PHONE_NUMBER|208.555.0117]]",
    "Parse this rota line for me: Sun 06:00 [[PERSON|Wiremu]] / 14:00 [[PERSON|Aroha]] / on call [[PERSON|Rangi]] [[PHONE_NUMBER|027 403 8816]]",
    "Pasted from Messenger: [[PERSON|Luana]]: meu endereço novo é [[STREET_ADDRESS|Rua Sete de Setembro, 88, apto 42, Niterói - RJ, 24020-120]]. Translate please.",
]

# 100 clean texts that would tempt a naive detector.
CLEAN = [
    "What year did Nelson Mandela become president of South Africa?",
    "Summarise Marie Curie's two Nobel prizes in three sentences.",
    "Was Cleopatra actually Egyptian or Greek?",
    "Give me five facts about Serena Williams's Grand Slam record.",
    "Why did Henry VIII break with the Catholic Church?",
    "How tall was Napoleon really?",
    "What did Ada Lovelace write about the Analytical Engine?",
    "Compare Messi and Ronaldo's goals per game in La Liga.",
    "Who was Saint Patrick and where does the snake story come from?",
    "What is Saint Brigid's Day and how is it celebrated?",
    "Why does Hermione Granger punch Draco in the third book?",
    "Write a short scene where Sherlock Holmes meets Miss Marple.",
    "Is Atticus Finch a good father? Give arguments both ways.",
    "What's the name of Frodo's gardener friend?",
    "Explain the ending of The Great Gatsby in plain words.",
    "Recommend three novels like Chimamanda Ngozi Adichie's Half of a Yellow Sun.",
    "What order should I read Terry Pratchett's Discworld books in?",
    "Did Tolkien and C. S. Lewis disagree about allegory?",
    "Give me a quote from Maya Angelou about courage.",
    "What's Wisława Szymborska's best-known poem?",
    "How many Tour de France stages has Mark Cavendish won?",
    "What made Usain Bolt's 9.58 run so fast?",
    "Is Son Heung-min still Tottenham captain?",
    "How did Dan Carter change the All Blacks' kicking game?",
    "Why is Saint Nicholas linked to Santa Claus?",
    "Tell me the story of Saint Francis and the wolf of Gubbio.",
    "Is a Ford Fiesta cheaper to insure than a Toyota Yaris?",
    "My Dell laptop won't charge past 80%, why?",
    "How much is a Disney+ subscription with ads?",
    "Which is more reliable, Miele or Bosch dishwashers?",
    "Who actually founded McDonald's, the brothers or Ray Kroc?",
    "Does Ferrari still make a V12?",
    "Is the new Dyson hairdryer worth the money?",
    "What's the difference between Hewlett-Packard and HP Enterprise?",
    "Why is Chevrolet named after a racing driver?",
    "What's the quickest way from Victoria Station to Baker Street?",
    "Is Washington State rainier than Oregon?",
    "Things to do in Wellington on a rainy day?",
    "Where's the nearest U-Bahn to Karl-Marx-Allee?",
    "How did Pennsylvania get its name?",
    "What are the early signs of Parkinson's disease?",
    "Explain the Fourier transform like I'm 12.",
    "Use Bayes' theorem: 1% prevalence, 90% sensitivity, 5% false positives.",
    "How is Down syndrome screened for in pregnancy?",
    "What's the difference between Alzheimer's and vascular dementia?",
    "How does the Doppler effect make sirens change pitch?",
    "What's a Caesar cipher? Show an example.",
    "Is Hodgkin lymphoma curable?",
    "Explain Newton's third law with a skateboard.",
    "How do I run a Mann-Whitney U test in R?",
    "What does a Gaussian blur do in Photoshop?",
    "Is Murphy's law the same as Sod's law?",
    "How do I stop my climbing rose getting black spot?",
    "Do I need a solicitor to write a will?",
    "Where can a small charity find grant money for a minibus?",
    "What should I pack for summer in Lisbon?",
    "How do I talk about faith with a kid who's asking about death?",
    "Why is my electricity bill higher in winter?",
    "Is English ivy bad for brick walls?",
    "How do I use a car jack safely on a slope?",
    "Should I pat a strange dog or let it sniff me first?",
    "What does the Bill of Rights actually protect?",
    "Give me a rhyming couplet about summer rain.",
    "What does a rose by any other name mean?",
    "Is will a modal verb in English grammar?",
    "How do I write a grant application for a community garden?",
    "Tom has 12 apples and gives Sara a third. How many does he have left?",
    "Priya runs 5 km in 28 minutes. What is her pace per km?",
    "If Jack and Will share £45 in the ratio 2:3, how much does each get?",
    "Ayo reads 18 pages a day. How many days for a 342-page book?",
    "Mei buys 3 notebooks at $2.40 and a pen at $1.15. What's the total?",
    "Lukas is twice as old as Anna. In 5 years their ages add to 40. How old is Anna?",
    "A train leaves at 14:20 and Rosa's trip takes 2 h 35 min. When does she arrive?",
    "Kofi saves $15 a week. How many weeks to save $390?",
    "Faith bakes 4 trays of 18 cookies and sells 55. How many are left?",
    "Scale this for 6 people instead of 4: 250 g flour, 2 eggs, 300 ml milk.",
    "What's 17.5% of 2,340?",
    "How many days between 3 March 2025 and 19 July 2025?",
    "What changed between Python 3.11 and 3.12?",
    "Order #A-558201 hasn't shipped after 10 days. Draft a chase email.",
    "Convert 1,450 feet to metres.",
    "Set a reminder for 07:45 every weekday.",
    "Is 2027 a leap year?",
    "How long do I roast a 1.8 kg chicken at 200°C?",
    "Tracking QX482910377GB has said in transit since Monday. Should I worry?",
    "Round 3.14159 to three decimal places.",
    "What time is 48 hours before 09:30 on Thursday?",
    "Is Node 20.11.1 still supported?",
    "How many cups is 500 ml?",
    "Convert 72°F to Celsius.",
    "My flight is at 06:10 and the airport is 45 minutes away. When should I leave?",
    "What does version 2.4.0-rc.1 mean in semantic versioning?",
    "Split a £126 restaurant bill four ways with 12.5% service.",
    "What's the VAT on £1,200 at 20%?",
    "Is 4,096 a power of 2?",
    "How much water for 2 cups of basmati rice?",
    "Count the weekdays in November 2025.",
    "Windows update fails with error 0x80070005. What does it mean?",
    "What is 7 x 8 x 9?",
    "Table 4 of the 2023 census shows 1,284 households; what's 15% of that?",
]

NATIONAL_IDS = {
    "92071408533": pesel_ok,  # Polish PESEL
    "502.731.846-44": cpf_ok,  # Brazilian CPF
    "3847 1926 5086": aadhaar_ok,  # Indian Aadhaar
    "943 476 5919": nhs_ok,  # NHS number
    "210893-2170": hetu_ok,  # Finnish henkilötunnus
    "880417-1038524": rrn_ok,  # Korean resident registration number
    "4718293G": pps_ok,  # Irish PPS number
    "306147257": bsn_ok,  # Dutch BSN
    "53918274H": dni_ok,  # Spanish DNI
    "046 291 753": luhn_len(9),  # Canadian SIN
    "327 184 568": tfn_ok,  # Australian tax file number
    "RSSGLI88M52L219T": codice_fiscale_ok,  # Italian codice fiscale
    "ZKP4714": nhi_ok,  # New Zealand NHI
}

# Every phone must match one of these: ranges kept for fiction where the country has one,
# the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"07700 ?900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"020 7946 0\d{3}",  # London drama range
        r"0113 496 0\d{3}",  # Leeds drama range
        r"0131 496 0\d{3}",  # Edinburgh drama range
        r"(\(\d{3}\) |\d{3}[-.]|\+1 \d{3} )?555[-. ]?01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}55501\d{2}",
        r"0491 570 \d{3}",  # Australian fictional mobiles
        r"\+61491570\d{3}",
        r"\(02\) 5550 \d{4}",  # Australian fictional landlines
        r"06 39 98 \d{2} \d{2}",  # France, fiction range
        r"030 23125 \d{3}",  # Germany, fiction range
        r"0[2][1-9] \d{3} \d{4}",  # New Zealand mobile
        r"0[789][01]\d \d{3} \d{4}",  # Nigeria mobile, local
        r"\+234 8\d{2} \d{3} \d{4}",
        r"[5-8]\d{2} \d{3} \d{3}",  # Poland mobile
        r"010-\d{4}-\d{4}",  # South Korea mobile
        r"0[789]0-\d{4}-\d{4}",  # Japan mobile
        r"08[5-9] \d{3} \d{4}",  # Ireland mobile
        r"06 \d{8}",  # Netherlands mobile
        r"\+(34|39|55|64|84|91|353|358) [\d -]+\d",  # no fiction range known
    )
]


def check_mix() -> None:
    """The names section holds only names, about half with no context word; the secrets
    section covers every kind of number or secret; every snippet names someone."""
    for marked in NAMES:
        if any(s["type"] != "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"names: a value other than a name in {marked[:60]!r}")
    bare = sum(not CONTEXT.search(strip_marks(t)[0]) for t in NAMES)
    if not 50 <= bare <= 70:
        raise SystemExit(f"names: {bare} texts without a context word, want about half")
    kinds = [s["type"] for t in SECRETS for s in marked_spans(t)]
    want = {"PHONE_NUMBER": 14, "PASSWORD": 12, "ID_NUMBER": 15, "IBAN_CODE": 3,
            "CREDIT_CARD": 3, "US_SSN": 1, "IP_ADDRESS": 1, "API_KEY": 1}  # fmt: skip
    for kind, least in want.items():
        if kinds.count(kind) < least:
            raise SystemExit(f"secrets: {kinds.count(kind)} {kind}, want {least}")
    for marked in SNIPPETS:
        if not any(s["type"] == "PERSON" for s in marked_spans(marked)):
            raise SystemExit(f"snippets: no name in {marked[:60]!r}")
    for text in CLEAN:
        if not CLEAN_WORDS[0] <= len(text.split()) <= CLEAN_WORDS[1]:
            raise SystemExit(f"clean: length of {text[:60]!r}")


def main() -> None:
    sections = {
        "names": (NAMES, 110),
        "secrets": (SECRETS, 60),
        "snippets": (SNIPPETS, 50),
        "clean": (CLEAN, 100),
    }
    pii = NAMES + SECRETS + SNIPPETS
    check_counts("names", NAMES, NAME_WORDS, (1, 3))
    check_counts("secrets", SECRETS, SECRET_WORDS, (1, 2))
    check_counts("snippets", SNIPPETS, SNIPPET_WORDS, (2, 6))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind52", HERE, sections, {"names", "secrets", "snippets"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=NAMES, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
