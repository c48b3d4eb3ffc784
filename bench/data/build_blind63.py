# ruff: noqa: E501
"""A sixty-third blind privacy set: 220 texts with personal data and 100 clean ones, all
written in languages other than English.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions
of ``build_blind36.py``, never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no
template filling, no generated combinations):

* 150 chat requests (4 to 100 words) to a general assistant in German (with Austrian and
  Swiss variants), French (with Belgian and Quebec variants), Spanish, Italian, Portuguese
  (European and Brazilian), Dutch (with Flemish), Polish, Swedish, Danish, Czech and
  Turkish, and a few mixed with English: messages to HR, customer service, doctors,
  landlords and tenants, schools and banks, people giving their own phone, e-mail,
  address, IBAN, national id, login or password, a few IT requests with IPs and API keys;
  the first 15 are typed all in lower case;
* 70 records and pasted snippets in the same languages (2 or more values each): letters
  with signatures, notices to landlords, contracts, forms, CSV and semicolon lists,
  e-mails with headers, referral and sick notes, log lines and chat logs.

Usernames and logins, account, customer, member, employee, student, patient and insurance
numbers, passports, identity cards and tax and national ids (Steuer-ID, Austrian SV-Nummer,
French NIR, Belgian national number, Spanish DNI and NIE, Italian codice fiscale,
Portuguese NIF, Brazilian CPF, Canadian SIN, Dutch BSN, Polish PESEL and NIP, Swedish
personnummer, Danish CPR, Czech rodné číslo, Turkish kimlik) are ID_NUMBER; PINs, door and
key-box codes, wifi keys and passwords PASSWORD; titles and relation words (Herr, Frau, Dr,
M., Mme, Sr, Sra, sig., dott., dhr., pan, pani, paní, Bey, Hanim, my son) stay outside
PERSON spans and so do case endings glued on with an apostrophe (Turkish 'dan, 'e);
declined names (Polish, Czech) are marked as typed; an address span runs from the street
line through the postcode and city as typed; public figures, companies, brands, places and
streets named after people, order, tracking, invoice and policy-free reference numbers and
dates of birth are not labelled; every occurrence of a private value is marked. The 100
clean texts, in the same languages, hold no personal data at all: 20 everyday questions,
20 recipes and travel questions, 20 homework items and word problems with fictional first
names, 20 business and technical questions with dates, prices and product names, and 20
texts naming public figures, cities, companies and brands, full of capitalised German
nouns.

All values are invented and typed by hand; the builder only checks them: phones from
ranges kept for fiction where the country has one (Germany 030 23125, 040 66969; France
06 39 98, 01 99 00; Sweden 070-174 06, 031-390 06, 040-628 04; UK 07700 900; North America
555-01xx) and in each country's own layout elsewhere (Spain, Italy, Portugal, Brazil,
Netherlands, Belgium, Poland, Denmark, Czechia, Turkey, Mexico); cards Luhn-valid and not
well-known test numbers; IBANs valid mod 97 and not documentation examples; IPs from
documentation ranges; national ids with valid check digits (the ``ids.py`` validators,
and three kept here: the Austrian SV-Nummer, the Polish NIP and the Danish CPR modulus-11
check).

Run ``.venv/bin/python bench/data/build_blind63.py`` from the repository root; the output is
deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids import (
    belgian_id_ok,
    bsn_ok,
    check_counts,
    check_national_ids,
    check_values,
    codice_fiscale_ok,
    cpf_ok,
    digits,
    dni_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nif_ok,
    nir_ok,
    pesel_ok,
    rodne_cislo_ok,
    steuer_id_ok,
)
from marks import build_sections, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 15
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (4, 100)
RECORD_WORDS = (10, 250)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Herr|Frau|Hr|Fr|Dr|Prof|Mme|Mlle|Madame|Monsieur|Sr|Sra|Srta|Don|Doña|Sig|Sig\.ra|"
    r"Signora|Dott|Dott\.ssa|Dhr|Mevr|Pan|Pani|Paní|Pane|MUDr|Ing|Mgr|Bey|Hanım|Fru|Uzm|"
    r"Lic|Mr|Mrs|Ms)\.?\s",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 150 chat requests; the first 15 typed all in lower case, then by language.
CHAT = [
    # all lower case
    "hallo, kannst du mir helfen eine kurze nachricht an meinen vermieter zu schreiben? er heißt [[PERSON|jürgen brandt]] und die heizung in der [[STREET_ADDRESS|gneisenaustraße 41, 10961 berlin]] geht seit montag nicht. meine nummer für rückfragen: [[PHONE_NUMBER|030 23125 417]]",
    "salut, mon mot de passe wifi c'est [[PASSWORD|chaton-bleu-88]] et la box affiche toujours erreur d'authentification, tu sais pourquoi ?",
    "oye necesito un correo para [[PERSON|lucía ferrer]] de recursos humanos pidiéndole el certificado de empresa, y que me llame al [[PHONE_NUMBER|612 489 307]] si le falta algo",
    "ciao! mi scrivi due righe per la maestra di mia figlia? la bimba si chiama [[PERSON|giorgia santoro]] e domani esce alle 11. il mio cell è [[PHONE_NUMBER|347 812 5590]]",
    "bom dia, esqueci a senha do portal do banco, a antiga era [[PASSWORD|benfica1904!]] posso voltar a usar a mesma?",
    "hoi, kun je dit mailtje netjes maken? beste [[PERSON|marloes]], mijn nieuwe adres is [[STREET_ADDRESS|vondelstraat 112-2, 1054 gt amsterdam]] vanaf 1 mei, groetjes [[PERSON|sanne]]",
    "cześć, jak napisać do szefa że biorę urlop na żądanie? szef to [[PERSON|tomasz wieczorek]], mój numer pracownika [[ID_NUMBER|p-20417]]",
    "hej! kan du översätta det här till engelska: jag heter [[PERSON|elin sundberg]] och bor på [[STREET_ADDRESS|västra hamngatan 9, 411 17 göteborg]], ring mig på [[PHONE_NUMBER|070-174 06 23]]",
    "hej kan du hjælpe mig med en klage til min gamle udlejer, han hedder [[PERSON|bent kjærgaard]] og har stadig ikke betalt depositum tilbage. mit kontonummer er [[IBAN_CODE|dk06 2000 6283 9470 15]]",
    "ahoj, potřebuju omluvenku pro syna do školy, jmenuje se [[PERSON|matyáš dvořák]], 4.b, byl nemocný od pondělí do středy. podepíšu to já, [[PERSON|petra dvořáková]]",
    "merhaba, ev sahibime kira için mesaj yazar mısın? adı [[PERSON|hüseyin korkmaz]], iban'ım [[IBAN_CODE|tr13 0006 2000 0129 7438 5016 34]] bunu da ekle",
    "wie schreib ich meiner ärztin dass ich den termin absagen muss? sie heißt dr. [[PERSON|ulrike hoffmann]], meine versichertennummer ist [[ID_NUMBER|k718305526]]",
    "jpp de ce site, ils me demandent mon numéro de sécu pour un simple devis : [[ID_NUMBER|1 85 03 75 112 047 04]] c normal??",
    "can you help me translate this for my landlord: hola [[PERSON|ramón]], el grifo de la cocina gotea otra vez, estoy en casa a partir de las 6, mi número es [[PHONE_NUMBER|655 201 874]]",
    "la password della mail aziendale è scaduta, quella nuova che ho messo è [[PASSWORD|girasole_2024]], mi dici se è abbastanza sicura?",
    # German, Austrian, Swiss German
    "Bitte formuliere eine freundliche Mail an unsere Hausverwaltung: Im Treppenhaus der [[STREET_ADDRESS|Eppendorfer Weg 188, 20253 Hamburg]] ist das Licht seit zwei Wochen defekt. Absenderin: [[PERSON|Katharina Wendt]], 3. OG links, Tel. [[PHONE_NUMBER|040 66969 218]].",
    "Kannst du mir sagen, ob das so passt? Sehr geehrter Herr [[PERSON|Albrecht]], hiermit kündige ich meinen Arbeitsvertrag fristgerecht zum 31.03. Mit freundlichen Grüßen, [[PERSON|Deniz Aydın]], Personalnummer [[ID_NUMBER|40871]]",
    "Meine Steuer-ID ist [[ID_NUMBER|47190538243]] – wo genau trage ich die in ELSTER ein? Die Anlage N verwirrt mich total.",
    "Hab versehentlich zweimal die falsche PIN eingegeben (die richtige ist [[PASSWORD|2967]], glaube ich). Wie lange ist die Girocard jetzt gesperrt, wenn ich es noch mal falsch mache?",
    "Hallo, für die Gehaltsabrechnung: Die neue Bankverbindung von [[PERSON|Marco Lehmann]] ab März ist [[IBAN_CODE|DE36 2004 1133 0417 7265 90]]. Ich brauche einen Satz für die Mail an die Lohnbuchhaltung.",
    "Formulier mir bitte eine Krankmeldung für die Schule. Mein Sohn [[PERSON|Lukas Peters]] (Klasse 7b) hat seit gestern Fieber. Elternteil: [[PERSON|Sabine Peters]], erreichbar unter [[PHONE_NUMBER|030 23125 662]].",
    "Ich muss mich bei Dr. [[PERSON|Özdemir]] wegen der Blutwerte melden. Meine Patientennummer ist [[ID_NUMBER|PN-2290184]], Geburtsdatum 14.07.1979. Wie formuliere ich das kurz und sachlich?",
    "Paket kam nie an, Sendungsnummer 00340434161094027318. Kundennummer [[ID_NUMBER|KD-5518203]], Lieferadresse [[STREET_ADDRESS|Hauptstr. 5, 69117 Heidelberg]]. Schreib mir eine Beschwerde an den Versandhändler, gerne mit Fristsetzung.",
    "Mein Login fürs Schulportal ist [[ID_NUMBER|m.kowalczyk]] und das Passwort [[PASSWORD|Schule!2023]], trotzdem kommt immer Zugriff verweigert. Woran kann das liegen?",
    "Need a quick German reply to my landlady Frau [[PERSON|Gisela Ruppert]]: the Nebenkostenabrechnung for [[STREET_ADDRESS|Brunnenstraße 9, 13355 Berlin]] is wrong, the heating costs are double last year's. Polite but firm please.",
    "Kurze Frage: Ist [[EMAIL_ADDRESS|t.krause@posteo.de]] eine seriöse Adresse für Bewerbungen, oder sollte ich mir lieber eine mit vollem Namen machen? Ich heiße [[PERSON|Tobias Krause]].",
    "Servus, wie schreib ich dem AMS, dass sich meine Kontonummer geändert hat? Neu ist [[IBAN_CODE|AT53 2011 1823 9104 5617]]. Name [[PERSON|Florian Gruber]], SV-Nummer [[ID_NUMBER|4287 120584]].",
    "Grüezi, ich möchte die Miete neu per Dauerauftrag zahlen. Empfänger ist [[PERSON|Beat Zürcher]], IBAN [[IBAN_CODE|CH37 0023 5274 5188 0301 0]]. Wie richte ich das im E-Banking ein?",
    "Unser Azubi [[PERSON|Jannik Vogt]] kommt nicht ins VPN, seine IP laut Log ist [[IP_ADDRESS|203.0.113.47]] und der Benutzername [[ID_NUMBER|jvogt]]. Was soll ich ins Ticket an die IT schreiben?",
    # French, Belgian, Quebec
    "Bonjour, pouvez-vous m'aider à écrire un mail à mon propriétaire, M. [[PERSON|Gérard Lemoine]] ? Le chauffe-eau de l'appartement au [[STREET_ADDRESS|14 rue des Tanneurs, 67000 Strasbourg]] est en panne depuis vendredi.",
    "Voici mon RIB pour le remboursement de la mutuelle : [[IBAN_CODE|FR76 3000 4008 2100 0194 7826 309]], titulaire [[PERSON|Nadia Benali]]. Tu peux me rédiger le mail d'accompagnement ?",
    "Je suis RH dans une PME. Une salariée, [[PERSON|Camille Roux]], nous a envoyé son numéro de sécu [[ID_NUMBER|2 91 11 69 381 152 20]] par SMS. Est-ce qu'on a le droit de le garder dans un tableau Excel ?",
    "Mot pour la maîtresse : ma fille [[PERSON|Inès Garnier]] sera absente jeudi matin pour un rendez-vous chez l'orthophoniste. Signé [[PERSON|Julien Garnier]], [[PHONE_NUMBER|06 39 98 41 27]]. Tu peux le rendre plus poli ?",
    "Mon médecin, le Dr [[PERSON|Fabrice Morel]], m'a donné son mail perso [[EMAIL_ADDRESS|fab.morel.med@orange.fr]] pour les résultats. Comment je lui envoie les analyses de façon sécurisée ?",
    "Bonjour, mon numéro national c'est [[ID_NUMBER|85.07.22-147.57]], je dois le mettre où sur le formulaire de la mutuelle ? Il y a deux cases et je ne comprends rien.",
    "J'ai commandé un canapé en ligne, commande n° 7781-2204, toujours pas livré. Mon numéro client : [[ID_NUMBER|CLI0048825]], adresse de livraison [[STREET_ADDRESS|3 allée des Peupliers, 44300 Nantes]]. Rédige-moi une réclamation ferme stp.",
    "J'ai changé le code de la porte d'entrée de l'immeuble pour [[PASSWORD|A2741]], c'est facile à deviner ? L'ancien était encore pire lol",
    "Ma banque m'a envoyé un SMS pour confirmer un paiement de 1 290 € que je n'ai pas fait. Ils avaient mon nom, [[PERSON|Hélène Marchand]], et les chiffres de ma carte [[CREDIT_CARD|4929 1835 0471 2633]]. Je fais opposition comment ?",
    "Can you translate to French for my kid's school: [[PERSON|Noah]] will be picked up by his grandmother, [[PERSON|Monique Favre]], on Friday. Her number is [[PHONE_NUMBER|01 99 00 37 52]].",
    "Je loue un studio à [[PERSON|Arnaud Petit]], il veut que je lui envoie ma carte d'identité (n° [[ID_NUMBER|X4RT29KL7]]) par WhatsApp avant la signature. C'est risqué ?",
    "Ma voisine Mme [[PERSON|Lucie Bertin]] (82 ans) ne sait pas utiliser internet. Elle m'a donné son numéro de sécu [[ID_NUMBER|2 41 09 75 114 027 32]] et son mot de passe [[PASSWORD|Bertin1941]] pour que je fasse ses démarches en ligne. Je m'y prends comment ?",
    "Mon fils [[PERSON|Théo Laurent]] a perdu sa carte de cantine, numéro élève [[ID_NUMBER|ELV-77310]]. Tu m'écris un petit mot pour le collège ?",
    "Allo! Mon NAS c'est [[ID_NUMBER|046 382 198]] pis mon employeur veut que je l'écrive sur un papier. C'est-tu correct de le donner comme ça?",
    # Spanish
    "Hola, ¿me ayudas a escribir un correo a mi casera? Se llama [[PERSON|Mercedes Ortega]] y le quiero decir que la transferencia del alquiler la hice el día 3 desde mi cuenta [[IBAN_CODE|ES66 2100 4713 1602 0018 7362]].",
    "Soy de RRHH. El trabajador [[PERSON|Iván Castillo Ruiz]], con DNI [[ID_NUMBER|05871264P]], pide el certificado de retenciones. Redáctame una respuesta breve y amable.",
    "Mi NIE es [[ID_NUMBER|X4829175A]] y en la web de la Seguridad Social me sale que no es válido, ¿lo estoy escribiendo mal o es problema de ellos?",
    "Necesito pedir cita con la doctora [[PERSON|Alba Navarro]] del centro de salud. Mi código de tarjeta sanitaria es [[ID_NUMBER|GRLP680215014]]. ¿Cómo lo pido por la app?",
    "Buenas, llevo 3 semanas sin internet. Titular: [[PERSON|Rocío Méndez]], nº de cliente [[ID_NUMBER|0049127751]], teléfono de contacto [[PHONE_NUMBER|+34 622 917 430]]. Escríbeme una reclamación para la compañía.",
    "Tengo que justificar la falta de mi hijo [[PERSON|Hugo]] al instituto, estuvo con gastroenteritis martes y miércoles. Firmo yo, [[PERSON|Beatriz Soler]]. Algo corto y formal porfa.",
    "¿Es segura esta contraseña para la banca online? [[PASSWORD|Mallorca#1987ok]] la uso también para el correo y para Amazon",
    "Me han cobrado dos veces 64,90 € con la tarjeta [[CREDIT_CARD|5167 3209 4481 6750]] en el mismo supermercado. ¿Cómo lo reclamo al banco?",
    "Ayúdame a redactar la carta de fin de contrato del piso de [[STREET_ADDRESS|Calle San Vicente Mártir 61, 4ª, 46002 Valencia]]. Los inquilinos son [[PERSON|Jorge Peña]] y [[PERSON|Laura Vidal]].",
    "oye, ¿cómo le digo a mi jefe que mañana no voy a ir porque tengo al niño malo? mi jefe es el lic. [[PERSON|Arturo Zamora]] y es bien estricto",
    "Pon mi correo [[EMAIL_ADDRESS|marta.quintana.h@gmail.com]] y mi móvil [[PHONE_NUMBER|678 30 44 19]] en la firma, debajo de mi nombre, [[PERSON|Marta Quintana Herrera]], Responsable de Compras.",
    "Para el seguro del coche me piden el DNI del conductor ocasional: mi hermano [[PERSON|Sergio Lozano]], [[ID_NUMBER|73015492Z]], carnet desde 2015. ¿Sube mucho la prima?",
    "En el log del servidor sale mi IP [[IP_ADDRESS|198.51.100.23]] intentando entrar 40 veces, pero yo no fui. ¿Qué le digo a sistemas?",
    # Italian
    "Buongiorno, devo scrivere al mio padrone di casa, il sig. [[PERSON|Renato Colombo]], per la caldaia rotta in [[STREET_ADDRESS|Via Padova 118, 20127 Milano]]. Mi aiuti con un tono cortese ma deciso?",
    "Il mio codice fiscale è [[ID_NUMBER|BNCGLI90D52F205T]], lo devo mettere anche nella domanda per il bonus asilo nido? Sono [[PERSON|Giulia Bianchi]], mamma lavoratrice.",
    "Ciao, all'ufficio paghe servono le coordinate nuove di [[PERSON|Andrea Moretti]]: IBAN [[IBAN_CODE|IT38 E020 0811 7050 0010 4729 365]]. Mi prepari una mail di conferma da mandargli?",
    "Devo mandare al dott. [[PERSON|Bruno Esposito]] le foto delle analisi. Mi ha dato il suo WhatsApp, [[PHONE_NUMBER|+39 339 412 8876]]. Come gli scrivo senza sembrare invadente?",
    "Giustificazione: mio figlio [[PERSON|Tommaso Greco]] della 2ªB è stato assente il 12 e 13 novembre per motivi familiari. Firmato [[PERSON|Valentina Greco]]. Me la scrivi bene?",
    "Ho un problema con la bolletta della luce, codice cliente [[ID_NUMBER|310447829]], intestata a [[PERSON|Carla Fontana]], [[STREET_ADDRESS|Corso Vittorio Emanuele II 84, 10121 Torino]]. Scrivimi un reclamo, grazie.",
    "La password del wifi di casa è [[PASSWORD|PizzaMargherita_77]], è troppo facile da indovinare secondo te?",
    "Mi è arrivato un SMS dalla banca che dice che la mia carta [[CREDIT_CARD|4761 7390 4451 2865]] è bloccata e che devo cliccare un link. È una truffa vero?",
    "Potresti tradurmi in inglese: Mi chiamo [[PERSON|Francesca Rinaldi]], il mio indirizzo email è [[EMAIL_ADDRESS|f.rinaldi@libero.it]] e sono disponibile per un colloquio da lunedì.",
    "Come rispondo educatamente a [[PERSON|Davide]] dell'amministrazione che mi chiede per telefono il PIN della carta aziendale? Il PIN è [[PASSWORD|5503]] e non mi fido.",
    "ho sbagliato a scrivere il codice fiscale di mio marito nel 730, quello giusto è [[ID_NUMBER|FRRLCU78C15H501I]]. come faccio a correggerlo adesso?",
    "Il router di casa mi mostra l'indirizzo [[IP_ADDRESS|2001:db8:4f2a::17]] per il mio portatile, è un dato personale? Devo nasconderlo se lo mando al tecnico, [[PERSON|Stefano]]?",
    # Portuguese (Portugal and Brazil)
    "Olá, preciso de ajuda para escrever ao senhorio, o Sr. [[PERSON|Joaquim Antunes]], a pedir a devolução da caução. A morada era [[STREET_ADDRESS|Rua de Santa Catarina 402, 3.º Dto., 4000-446 Porto]].",
    "O meu NIF é [[ID_NUMBER|238471594]], onde é que o ponho na fatura eletrónica? Estou no portal das Finanças e não encontro.",
    "Oi! Me ajuda a escrever um e-mail pro RH? Preciso atualizar meus dados bancários. Nome: [[PERSON|Thiago Albuquerque]], CPF [[ID_NUMBER|528.471.936-00]], Nubank agência 0001 conta [[ID_NUMBER|8827361-4]].",
    "Tenho consulta com a Dra. [[PERSON|Inês Carvalho]] no centro de saúde, o meu número de utente é [[ID_NUMBER|284 719 305]]. Como peço para remarcar por email?",
    "Transferi 350 € para o IBAN errado! Era para [[IBAN_CODE|PT50 0035 0217 0003 8472 6199 0]] e troquei um dígito. O banco consegue reverter?",
    "minha senha do app do banco é [[PASSWORD|Flamengo@2019]], dá pra ser hackeada fácil??",
    "Pode escrever uma justificação de falta? O meu filho [[PERSON|Rodrigo Sousa]], 6.º C, faltou dia 8 por estar com febre. Encarregada de educação: [[PERSON|Sofia Sousa]], tlm [[PHONE_NUMBER|912 483 071]].",
    "Comprei uma geladeira que chegou amassada, pedido 58830192. Meu nome é [[PERSON|Juliana Nogueira]], e-mail [[EMAIL_ADDRESS|ju.nogueira@uol.com.br]], celular [[PHONE_NUMBER|(11) 98472-3310]]. Faz uma reclamação pro Reclame Aqui?",
    "Sou dos recursos humanos. A colaboradora [[PERSON|Ana Rita Figueiredo]] mandou-me o NIF [[ID_NUMBER|156720345]] por email pessoal. Devo apagar o email depois de registar?",
    "O inquilino, [[PERSON|Nuno Barros]], pagou a renda para a conta errada. A minha é [[IBAN_CODE|PT50 0033 0000 4529 1738 2056 6]]. Ajuda-me a escrever-lhe uma mensagem simpática mas clara.",
    "Preenche esse cadastro pra mim? Nome: [[PERSON|Larissa Campos]]; CPF: [[ID_NUMBER|713.062.486-80]]; endereço: [[STREET_ADDRESS|Rua Harmonia 1250, apto 42, Vila Madalena, São Paulo - SP, 05435-001]].",
    "Esqueci-me do PIN do cartão multibanco, acho que era [[PASSWORD|7319]] ou [[PASSWORD|7391]]. Se errar três vezes o que acontece?",
    # Dutch and Flemish
    "Kun je een nette mail opstellen aan mijn verhuurder, dhr. [[PERSON|Van den Berg]]? De wasmachine in [[STREET_ADDRESS|Oudegracht 214, 3511 NS Utrecht]] lekt al twee weken.",
    "Mijn BSN is [[ID_NUMBER|174293860]], moet ik dat echt invullen op het aanmeldformulier van de sportschool? Voelt niet goed.",
    "Collega [[PERSON|Fatima El Amrani]] heeft een nieuw rekeningnummer doorgegeven: [[IBAN_CODE|NL90 ABNA 0417 2865 38]]. Kun je een korte bevestiging voor haar schrijven namens de salarisadministratie?",
    "Ik wil bij de huisarts, dokter [[PERSON|Jansen]], een verwijzing vragen voor de fysio. Mijn geboortedatum is 03-09-1990 en mijn BSN [[ID_NUMBER|205817348]]. Hoe zet ik dat in het berichtje in de app?",
    "Afmelding: onze dochter [[PERSON|Lotte de Vries]] (groep 6) is morgen afwezig i.v.m. de tandarts. Groet, [[PERSON|Pieter de Vries]], [[PHONE_NUMBER|06-41827360]]. Graag iets vriendelijker geformuleerd.",
    "Mijn klantnummer bij de energieleverancier is [[ID_NUMBER|8810293745]] en ze hebben mijn voorschot verdubbeld zonder uitleg. Help me een bezwaar te schrijven.",
    "Mijn rijksregisternummer is [[ID_NUMBER|92.03.14-263.09]] en mijn rekening [[IBAN_CODE|BE56 0631 5482 7088]]. Waar vul ik dat in bij de aanvraag voor het Groeipakket?",
    "Er staat een afschrijving van €89,99 op mijn creditcard [[CREDIT_CARD|5528 4170 9326 4180]] die ik niet herken. Wat moet ik doen?",
    "Ik verhuur een kamer aan [[PERSON|Bram Hendriks]]. Hij wil dat ik de borg terugstort op [[IBAN_CODE|NL87 RABO 0318 4277 61]]. Maak een kort bericht dat het deze week gebeurt.",
    "Please help me answer this in Dutch: Hoi, ik ben [[PERSON|Emma Visser]] van de VvE, wat is jouw e-mailadres voor de notulen? My address is [[EMAIL_ADDRESS|k.obrien@ziggo.nl]] and I live on the 3rd floor.",
    "Wat is het verschil tussen mijn DigiD-gebruikersnaam [[ID_NUMBER|SvdLinden88]] en mijn BSN? Ik snap het niet meer.",
    "Kun je checken waarom deze curl niet werkt? curl -H 'Authorization: Bearer [[API_KEY|ghp_7Tq2LxW9mZr4NvB8kYc1HdPs6JfE3aUo0GiK]]' https://api.github.com/user geeft 401",
    # Polish
    "Dzień dobry, proszę o pomoc w napisaniu maila do właściciela mieszkania, pana [[PERSON|Krzysztofa Zielińskiego]], w sprawie awarii pieca na [[STREET_ADDRESS|ul. Piotrkowska 87 m. 12, 90-423 Łódź]].",
    "Mój PESEL to [[ID_NUMBER|85042112346]], czy mogę go podać przez telefon konsultantowi, który dzwoni rzekomo z banku?",
    "Pracownik [[PERSON|Michał Wójcik]] prosi o zaświadczenie o zatrudnieniu do kredytu. Jego nr ewidencyjny to [[ID_NUMBER|PR-00731]]. Napisz krótkie pismo.",
    "Jak zapisać się do lekarza rodzinnego przez internet? Mam konto w IKP, login [[ID_NUMBER|jkubiak77]], ale nie widzę terminów.",
    "Usprawiedliwienie: Proszę o usprawiedliwienie nieobecności mojej córki [[PERSON|Zuzanny Nowak]] w dniach 4–6 marca z powodu choroby. [[PERSON|Agnieszka Nowak]], tel. [[PHONE_NUMBER|601 284 733]]. Popraw błędy proszę",
    "Zrobiłem przelew na konto [[IBAN_CODE|PL14 1090 1014 4000 0719 2218 7436]] w piątek, ale odbiorca mówi, że nic nie doszło. Ile to zwykle trwa w weekend?",
    "Hasło do bankowości mam [[PASSWORD|Kot_Mruczek2020]]. Bank każe zmienić co 90 dni, jakie nowe zaproponujesz, żeby było podobne?",
    "Reklamacja butów: zamówienie 2024/11/4471, klient [[PERSON|Paweł Kaczmarek]], adres [[STREET_ADDRESS|ul. Ogrodowa 3/17, 61-821 Poznań]], mail [[EMAIL_ADDRESS|pawel.kaczmarek@wp.pl]]. Napisz pismo reklamacyjne.",
    "Wynajmuję mieszkanie studentce z Erasmusa, [[PERSON|Julii Lewandowskiej]], i chcę jej podać numer konta do czynszu: [[IBAN_CODE|PL78 1140 2004 4000 3402 5193 8817]]. Jak to ładnie sformułować po angielsku?",
    "Podaj mi wzór pełnomocnictwa: ja, [[PERSON|Grzegorz Mazur]], PESEL [[ID_NUMBER|77081544192]], upoważniam żonę do odbioru mojego listu poleconego na poczcie.",
    "Translate pls: Szanowny Panie [[PERSON|Adamie]], przesyłam dane do faktury: [[PERSON|Karolina Sikora]], NIP [[ID_NUMBER|5213871046]], płatność przelewem 14 dni.",
    "Admin prosi o mój login do Jiry [[ID_NUMBER|a.pietrzak]] i tymczasowe hasło [[PASSWORD|Zmien!To123]] – czy mogę mu je wysłać na Slacku?",
    # Swedish
    "Hej, kan du hjälpa mig skriva till hyresvärden? Jag heter [[PERSON|Johanna Lindqvist]] och bor på [[STREET_ADDRESS|Kungsgatan 44, 111 35 Stockholm]]. Diskmaskinen har varit trasig i tre veckor.",
    "Är det farligt att skicka mitt personnummer [[ID_NUMBER|870314-2383]] på mejl till en ny arbetsgivare? De vill ha det innan första arbetsdagen.",
    "Vår nya anställda [[PERSON|Oskar Berglund]] har lämnat fel clearingnummer. Rätt IBAN är [[IBAN_CODE|SE88 5000 0000 0528 1336 4710]]. Skriv ett kort mejl till lönekontoret.",
    "Jag behöver avboka tiden hos doktor [[PERSON|Karin Ek]] på vårdcentralen, kan du formulera ett sms? Mitt nummer är [[PHONE_NUMBER|070-174 06 58]].",
    "Sjukanmälan till skolan: [[PERSON|Wilma Holm]] i klass 3A är hemma idag med feber. Mvh [[PERSON|Anders Holm]]. Gör det lite trevligare.",
    "Jag har glömt om säkerhetskoden till BankID var [[PASSWORD|482913]] eller [[PASSWORD|428913]], hur många försök har jag innan den spärras?",
    "Mitt kundnummer hos elbolaget är [[ID_NUMBER|6021947]] och de har skickat fakturan till fel adress. Rätt adress: [[STREET_ADDRESS|Storgatan 8B, 582 23 Linköping]]. Hjälp mig skriva ett klagomål.",
    "Någon har handlat för 2 300 kr på mitt kort [[CREDIT_CARD|4988 2401 6375 2199]] i en butik i Spanien. Vad gör jag först?",
    "Min hyresgäst [[PERSON|Ahmed Nilsson]] frågar efter min e-post för att skicka uppsägningen. Den är [[EMAIL_ADDRESS|per.lundgren62@telia.com]]. Hjälp mig svara kort och vänligt.",
    "How do I say this in Swedish: My name is [[PERSON|Daniel Kowalski]], my personal number is [[ID_NUMBER|910722-4462]], and I need to renew my ID card.",
    "Låter det här okej till förskolan? Hej! [[PERSON|Alva]] blir hämtad av sin mormor [[PERSON|Birgitta Sjöberg]] idag kl 15. Hon nås på [[PHONE_NUMBER|031-390 06 41]].",
    # Danish
    "Hej, kan du skrive en mail til min udlejer [[PERSON|Henrik Mortensen]] om at vandhanen i køkkenet drypper? Lejemålet er [[STREET_ADDRESS|Jægersborggade 17, 1. tv., 2200 København N]].",
    "Mit CPR-nummer er [[ID_NUMBER|140388-1275]] – skal jeg virkelig give det til fitnesscentret, når jeg melder mig ind?",
    "Ny medarbejder [[PERSON|Signe Thomsen]] starter mandag, hendes konto er [[IBAN_CODE|DK53 3409 0011 4288 73]]. Skriv en velkomstmail hvor vi bekræfter lønkontoen.",
    "Lægen, [[PERSON|Lars Bech]], har bedt mig skrive til [[EMAIL_ADDRESS|lars.bech.klinik@dadlnet.dk]], men hvad må jeg egentlig skrive om mine blodprøver på almindelig mail?",
    "Besked til skolen: [[PERSON|Freja]] fra 2.B er syg i dag og i morgen. Hilsen mor, [[PERSON|Mette Lund]], [[PHONE_NUMBER|+45 28 71 93 04]]. Kan du gøre den kortere?",
    "Er [[PASSWORD|Hygge2024!]] et dårligt kodeord? Min søn siger det er alt for nemt at gætte",
    "Jeg har kundenummer [[ID_NUMBER|KN-448192]] hos mit forsikringsselskab og de vil ikke dække min stjålne cykel. Skriv en klage for mig.",
    "Hvordan spærrer jeg mit Visa/Dankort [[CREDIT_CARD|4556 7120 8836 4179]]? Jeg tror det blev stjålet i toget i aftes.",
    "Jeg er udlejer og skal betale depositum tilbage til [[PERSON|Rasmus Kristensen]] på [[IBAN_CODE|DK46 5301 0447 2819 36]]. Skriv en kort besked om at pengene kommer fredag.",
    "Translate to Danish please: Hi [[PERSON|Jonas]], the wifi password for the summer house is [[PASSWORD|Strand-huset-31]] and the key box code is [[PASSWORD|0608]].",
    # Czech
    "Dobrý den, potřebuji napsat pronajímateli, panu [[PERSON|Jiřímu Horákovi]], že v bytě na adrese [[STREET_ADDRESS|Korunní 58, 120 00 Praha 2]] neteče teplá voda. Pomůžete mi?",
    "Moje rodné číslo je [[ID_NUMBER|855612/4181]], musím ho uvádět v přihlášce do posilovny? Přijde mi to zvláštní.",
    "Zaměstnanec [[PERSON|Ondřej Svoboda]] změnil banku, nové číslo účtu je [[IBAN_CODE|CZ64 0800 0000 0029 4756 1838]]. Napiš krátký mail mzdové účetní.",
    "Paní doktorka [[PERSON|Hana Procházková]] mi napsala, ať jí pošlu výsledky na [[EMAIL_ADDRESS|hana.prochazkova@ordinace-zizkov.cz]]. Jak to napsat slušně?",
    "Omluvenka: Prosím o omluvení mé dcery [[PERSON|Elišky Novotné]] z vyučování dne 15. 3. ze zdravotních důvodů. [[PERSON|Lenka Novotná]], tel. [[PHONE_NUMBER|+420 731 284 906]]",
    "Heslo do internetového bankovnictví mám [[PASSWORD|Pivo&Knedlik42]], je to dost silné?",
    "Reklamace: objednávka č. 30091844, zákaznické číslo [[ID_NUMBER|ZC-771204]], jméno [[PERSON|Tomáš Kučera]], doručovací adresa [[STREET_ADDRESS|Masarykova 12, 602 00 Brno]]. Sepiš mi to formálně.",
    "Z karty [[CREDIT_CARD|5352 1843 0976 1521]] mi zmizelo 4 500 Kč, platba někde v Nizozemsku. Co mám dělat jako první?",
    "Pronajímám byt paní [[PERSON|Markétě Benešové]] a ona chce číslo účtu na nájem, je to [[IBAN_CODE|CZ43 0100 0000 1945 1823 7027]]. Napiš jí krátkou zprávu.",
    "Jak mám vyplnit formulář, když jsem [[PERSON|Jakub Veselý]], RČ [[ID_NUMBER|900307/2133]], a bydlím na [[STREET_ADDRESS|Pražská 21, 370 01 České Budějovice]]? Kam napsat číslo OP?",
    "Can you answer my Czech colleague [[PERSON|Radek]] for me? He asks for my phone, it's [[PHONE_NUMBER|07700 900318]], and says the new VPN password is [[PASSWORD|Vltava_2025]]. Answer in Czech please.",
    # Turkish
    "Merhaba, ev sahibim [[PERSON|Mehmet Yıldız]] Bey'e kombinin bozulduğunu bildiren kibar bir mesaj yazar mısın? Adres: [[STREET_ADDRESS|Moda Cad. No: 34 D: 5, 34710 Kadıköy/İstanbul]].",
    "TC kimlik numaram [[ID_NUMBER|38561720440]], bunu kargo firmasına vermem gerekiyor mu? Bana biraz garip geldi.",
    "İK'dan yazıyorum. Çalışanımız [[PERSON|Elif Demir]] yeni IBAN'ını gönderdi: [[IBAN_CODE|TR40 0001 0000 0928 4711 6205 37]]. Kısa bir onay maili hazırlar mısın?",
    "Dr. [[PERSON|Selin Aksoy]]'dan randevu almak istiyorum ama e-Nabız şifrem [[PASSWORD|Karpuz.58x]] çalışmıyor. Ne yapmalıyım?",
    "Öğretmene mesaj: Oğlum [[PERSON|Emir Şahin]] bugün diş hekimine gideceği için okula gelemeyecek. Velisi [[PERSON|Zeynep Şahin]], [[PHONE_NUMBER|0532 418 27 90]].",
    "Siparişim 3 haftadır gelmedi. Müşteri numaram [[ID_NUMBER|M-99017342]], adresim [[STREET_ADDRESS|Atatürk Bulvarı No: 127/9, 06420 Çankaya/Ankara]]. Şikayet metni yazar mısın?",
    "Kredi kartım [[CREDIT_CARD|5204 7318 8264 5909]] ile yurt dışından bir çekim yapılmış, ben yapmadım. Bankaya ne yazmalıyım?",
    "wifi şifremi [[PASSWORD|Galata1453!]] yaptım, misafirlere vermek güvenli mi sence?",
    "Kiracım [[PERSON|Burak Öztürk]] kirayı hep geç yatırıyor. Ona IBAN'ımı ([[IBAN_CODE|TR68 0004 6000 7388 1204 9153 76]]) tekrar hatırlatan nazik ama net bir mesaj yazar mısın?",
    "Eşimin kimlik no: [[ID_NUMBER|12740935696]], benimki [[ID_NUMBER|50283491798]]. Vize formunda hangisini nereye yazacağım?",
    "Help me reply in Turkish to my neighbour [[PERSON|Ayşe Kaya]] Hanım: I'll water her plants while she's away, but I need the door code again, I think it was [[PASSWORD|4471#]].",
    "CV'me e-posta olarak [[EMAIL_ADDRESS|can.erdogan91@hotmail.com]] yazdım, profesyonel duruyor mu yoksa yenisini mi açayım? Adım [[PERSON|Can Erdoğan]].",
    # IT and developers, several languages
    "Mon API key [[API_KEY|sk_live_51Hx9QmT7vKp2RzL0aWc4YbN8eFgJ3sD]] a fuité sur un dépôt public GitHub, je fais quoi en premier ?",
    "Unser Drucker im Büro hat die feste IP [[IP_ADDRESS|192.0.2.214]] und das Admin-Passwort [[PASSWORD|Toner4ever!]]. Der Techniker, Herr [[PERSON|Brückner]], will es per Mail. Okay?",
]

# 70 records and pasted snippets: letters, forms, contracts, CSV, e-mails, notes, logs.
RECORDS = [
    # German, Austrian
    "Kannst du den Brief noch mal Korrektur lesen?\n\n[[PERSON|Johanna Brenner]]\n[[STREET_ADDRESS|Lindenauer Markt 12, 04177 Leipzig]]\n\nSehr geehrter Herr [[PERSON|Vogel]],\n\nhiermit kündige ich das Mietverhältnis über die oben genannte Wohnung fristgerecht zum 30.06. Die Kaution bitte ich auf mein Konto [[IBAN_CODE|DE70 1005 0000 0629 1847 35]] zu überweisen. Für die Wohnungsübergabe bin ich ab dem 25.06. erreichbar.\n\nMit freundlichen Grüßen\n[[PERSON|Johanna Brenner]]",
    "personalnr;nachname;vorname;email;telefon\n[[ID_NUMBER|10442]];[[PERSON|Schulz]];[[PERSON|Anja]];[[EMAIL_ADDRESS|anja.schulz@nordlicht-logistik.de]];[[PHONE_NUMBER|040 66969 301]]\n[[ID_NUMBER|10457]];[[PERSON|Yilmaz]];[[PERSON|Emre]];[[EMAIL_ADDRESS|emre.yilmaz@nordlicht-logistik.de]];[[PHONE_NUMBER|040 66969 322]]\n[[ID_NUMBER|10463]];[[PERSON|Schwarz]];[[PERSON|Lena]];[[EMAIL_ADDRESS|lena.schwarz@nordlicht-logistik.de]];[[PHONE_NUMBER|040 66969 345]]\n\nBitte daraus eine Telefonliste als Tabelle machen, sortiert nach Nachname.",
    "Anmeldung Sportverein – bitte prüfen, ob alles ausgefüllt ist:\n\nName des Kindes: [[PERSON|Leon Hartmann]]\nGeburtsdatum: 02.11.2012\nErziehungsberechtigte: [[PERSON|Nicole Hartmann]]\nAnschrift: [[STREET_ADDRESS|Wilhelmstraße 33, 13593 Berlin]]\nTelefon: [[PHONE_NUMBER|030 23125 540]]\nSEPA-Lastschriftmandat für den Jahresbeitrag (96 €): [[IBAN_CODE|DE64 5001 0517 5523 0819 46]]\nUnterschrift: ______",
    "Von: [[EMAIL_ADDRESS|m.seidel@kanzlei-seidel-partner.de]]\nAn: [[EMAIL_ADDRESS|d.franke@kanzlei-seidel-partner.de]]\nBetreff: Zugang Mandantenportal\n\nHallo [[PERSON|Dirk]],\n\nder neue Zugang für Frau [[PERSON|Roth]] lautet: Benutzer [[ID_NUMBER|roth.m]], Startpasswort [[PASSWORD|Kanzlei#7741]]. Bitte beim ersten Login ändern lassen.\n\nGruß\n[[PERSON|Martina Seidel]]\n\n-- Fasse die Mail in einem Satz zusammen und sag mir, was daran unsicher ist.",
    "Arztbrief (Entwurf)\nPatientin: [[PERSON|Elke Brandstätter]], geb. 19.05.1961\nPat.-Nr.: [[ID_NUMBER|2024-08817]]\nVersichertennummer: [[ID_NUMBER|B284017736]]\nDiagnose: Z. n. Distorsion OSG rechts, V. a. Teilruptur Lig. fibulotalare anterius\nProcedere: Orthese für 6 Wochen, Physiotherapie, Wiedervorstellung bei Beschwerdepersistenz.\nDr. med. [[PERSON|Ralf Obermeier]]\n\nBitte in verständliche Sprache übersetzen, das ist für meine Mutter.",
    "Meldezettel (Auszug)\nFamilienname: [[PERSON|Huber]]\nVorname: [[PERSON|Theresa]]\nSozialversicherungsnummer: [[ID_NUMBER|5714 120584]]\nHauptwohnsitz: [[STREET_ADDRESS|Mariahilfer Straße 71/14, 1060 Wien]]\nBankverbindung für die Familienbeihilfe: [[IBAN_CODE|AT13 3800 0000 7228 4513]]\n\nWie heißt Hauptwohnsitz und Familienbeihilfe auf Englisch? Ich muss das für die neue Firma übersetzen.",
    "Kannst du den Schluss meiner Bewerbung kürzen? Das ist zu lang:\n\n…und ich freue mich sehr auf ein persönliches Gespräch, in dem ich Sie von meiner Motivation überzeugen kann.\n\nBeste Grüße\n[[PERSON|Yasemin Arslan]]\n[[STREET_ADDRESS|Sonnenallee 140, 12059 Berlin]]\nMobil: [[PHONE_NUMBER|030 23125 788]]\nE-Mail: [[EMAIL_ADDRESS|yasemin.arslan@gmx.de]]\nSteuer-ID (für die Personalabteilung): [[ID_NUMBER|82631047538]]",
    # French, Belgian, Quebec
    "Tu peux vérifier l'orthographe ?\n\n[[PERSON|Sophie Lambert]]\n[[STREET_ADDRESS|27 avenue Jean Jaurès, 31000 Toulouse]]\n[[PHONE_NUMBER|06 39 98 15 62]]\n\nObjet : résiliation de mon abonnement internet\nRéf. client : [[ID_NUMBER|FB2294018]]\n\nMadame, Monsieur,\nJe vous prie de bien vouloir résilier mon abonnement à compter du 1er mai, conformément à la loi Chatel. Merci de me confirmer la date de fin et le montant éventuel restant dû.\n\n[[PERSON|Sophie Lambert]]",
    "nom,prénom,date_naissance,num_secu,mutuelle\n[[PERSON|Durand]],[[PERSON|Élodie]],12/04/1996,[[ID_NUMBER|2 96 04 33 172 084 86]],Harmonie\n[[PERSON|Faure]],[[PERSON|Mathis]],21/06/1978,[[ID_NUMBER|1 78 06 13 055 298 36]],MGEN\n\n=> trie par date de naissance et ajoute une colonne âge",
    "De : [[PERSON|Antoine Mercier]] <[[EMAIL_ADDRESS|antoine.mercier@cabinet-mercier-avocats.fr]]>\nÀ : [[PERSON|Claire Dubois]] <[[EMAIL_ADDRESS|c.dubois@laposte.net]]>\nObjet : votre dossier\n\nBonjour Madame [[PERSON|Dubois]],\nVoici vos identifiants pour l'espace client : identifiant [[ID_NUMBER|cdubois_2291]], mot de passe provisoire [[PASSWORD|Prov-8812-kq]].\nCordialement,\n[[PERSON|A. Mercier]]\n\nRéponds-lui que je n'arrive pas à me connecter.",
    "Formulaire d'inscription – Académie de musique de Liège\nÉlève : [[PERSON|Louise Peeters]], 9 ans, solfège + piano\nParent responsable : [[PERSON|Marc Peeters]]\nN° de registre national du parent : [[ID_NUMBER|78.09.11-085.25]]\nAdresse : [[STREET_ADDRESS|Rue de la Station 18, 4020 Liège]]\nGSM : [[PHONE_NUMBER|+32 478 21 64 09]]\nCompte pour la domiciliation : [[IBAN_CODE|BE29 7350 2196 8464]]",
    "Fiche d'embauche – à compléter\nNom : [[PERSON|Gabriel Tremblay]]\nNAS : [[ID_NUMBER|527 190 342]]\nAdresse : [[STREET_ADDRESS|4520, rue Saint-Denis, Montréal (Québec) H2J 2L3]]\nTéléphone : [[PHONE_NUMBER|(514) 555-0148]]\nCourriel : [[EMAIL_ADDRESS|gab.tremblay@videotron.ca]]\nPeux-tu me dire ce qui manque avant que je l'envoie à la paie?",
    "Madame, Monsieur,\nVotre enfant [[PERSON|Léa Fontaine]] (CM2) participera à la classe de neige du 10 au 15 février. Merci de retourner l'autorisation signée et un chèque de 145 € avant le 20 janvier.\nLa directrice,\n[[PERSON|Véronique Chevalier]]\n[[EMAIL_ADDRESS|v.chevalier@ecole-les-tilleuls.fr]]\n\nRésume ce mot en deux lignes pour mon mari.",
    "ATTESTATION DE TRAVAIL\nJe soussigné [[PERSON|Pierre-Yves Guérin]], gérant de la société Boulangerie du Vieux Port SARL, atteste que Mme [[PERSON|Samira Haddad]], demeurant [[STREET_ADDRESS|5 impasse des Lilas, 13008 Marseille]], numéro de sécurité sociale [[ID_NUMBER|2 89 05 13 208 114 69]], est employée en CDI depuis le 02/01/2019 en qualité de vendeuse.\nFait pour valoir ce que de droit.\n\nC'est bien rédigé ?",
    # Spanish, Mexican
    "empleado,dni,iban,departamento\n[[PERSON|Nerea Blanco]],[[ID_NUMBER|29648137X]],[[IBAN_CODE|ES50 0049 1520 5227 1459 0381]],Logística\n[[PERSON|Óscar Prieto]],[[ID_NUMBER|51760823J]],[[IBAN_CODE|ES24 0182 6041 3802 0173 6654]],Ventas\n\n¿Me lo conviertes en una tabla bonita para la gestoría?",
    "Estimada Sra. [[PERSON|Gutiérrez]]:\n\nLe comunico que a partir del 1 de julio dejaré la vivienda de [[STREET_ADDRESS|Calle Mayor 23, 2º izda., 50001 Zaragoza]], tal como establece el contrato. Le ruego me devuelva la fianza en un plazo de 30 días.\n\nAtentamente,\n[[PERSON|Daniel Petrescu]]\nNIE [[ID_NUMBER|Y3074621H]]\nTel. [[PHONE_NUMBER|633 871 240]]",
    "¿Está bien mandar esto por correo normal?\n\nHola [[PERSON|Irene]],\nte paso los accesos del portátil nuevo:\nusuario: [[ID_NUMBER|irodriguez]]\ncontraseña: [[PASSWORD|Verano.2024.Tf]]\nIP fija: [[IP_ADDRESS|192.0.2.58]]\nCualquier cosa me dices.\nUn saludo,\n[[PERSON|Álvaro]] (Sistemas)",
    "FICHA DE PACIENTE\nNombre: [[PERSON|Carmen Iglesias Moreno]]\nDNI: [[ID_NUMBER|47329158B]]\nFecha de nacimiento: 03/02/1958\nDirección: [[STREET_ADDRESS|Avda. de la Constitución 8, 41004 Sevilla]]\nTeléfono: [[PHONE_NUMBER|954 213 876]]\nAlergias: penicilina, látex\nMotivo: revisión tras prótesis de cadera\n\nTradúcela al inglés, es para una clínica de Londres.",
    "Solicitud de empleo – Auxiliar contable\nNombre: [[PERSON|Valeria Ríos Mendoza]]\nCorreo: [[EMAIL_ADDRESS|valeria.rios.m@outlook.com]]\nCelular: [[PHONE_NUMBER|+52 55 4187 2039]]\nDomicilio: [[STREET_ADDRESS|Calle Durango 214, int. 3, Col. Roma Norte, 06700 Ciudad de México]]\nExperiencia: 4 años en despacho contable\n\nMejora la redacción de la parte de experiencia, por favor.",
    "Me ha llegado esta carta, ¿es real o es phishing?\n\nEstimado cliente [[PERSON|Ramiro Aguilar]]:\nLe informamos de que su nueva tarjeta [[CREDIT_CARD|4023 1776 5120 9349]] ha sido enviada a [[STREET_ADDRESS|Calle Alfonso I 14, 3º C, 50003 Zaragoza]]. El PIN le llegará en un sobre aparte en los próximos días.\nAtentamente, Servicio de Atención al Cliente",
    "[10:42] [[PERSON|Lucía Herrero]]: te paso lo del wifi del apartamento\n[10:42] [[PERSON|Lucía Herrero]]: red Apto_Playa_3B, clave [[PASSWORD|conchas2019mar]]\n[10:43] [[PERSON|Lucía Herrero]]: la llave está en la cajita con código [[PASSWORD|1508]]\n[10:45] Yo: genial gracias!!\n\nResume esta conversación en una nota para mis amigos.",
    # Italian
    "[[PERSON|Stefania Conti]]\n[[STREET_ADDRESS|Via Nizza 45, 10125 Torino]]\nC.F. [[ID_NUMBER|CNTSFN83M41L219C]]\n\nSpett.le Palestra Centro Fitness\nOggetto: disdetta abbonamento annuale\n\nCon la presente comunico la disdetta dell'abbonamento a partire dal 1° marzo, come previsto dal regolamento.\n\nDistinti saluti\n[[PERSON|Stefania Conti]]\n\nè abbastanza formale?",
    "matricola;cognome;nome;cellulare;email\n[[ID_NUMBER|S204518]];[[PERSON|Marchetti]];[[PERSON|Alessio]];[[PHONE_NUMBER|+39 348 201 7764]];[[EMAIL_ADDRESS|alessio.marchetti@studenti.unimi.it]]\n[[ID_NUMBER|S207731]];[[PERSON|Bellini]];[[PERSON|Chiara]];[[PHONE_NUMBER|+39 366 540 1182]];[[EMAIL_ADDRESS|chiara.bellini2@studenti.unimi.it]]\n\nmi servono solo le email in una colonna, separate da punto e virgola",
    "Gentile [[PERSON|Federica]],\nin allegato trova il contratto. Le ricordo di comunicarci l'IBAN per l'accredito dello stipendio.\nUfficio Personale\n\n> IBAN [[IBAN_CODE|IT76 E030 6901 6241 0000 0047 318]], intestato a [[PERSON|Federica Mancini]]. Grazie!\n\nScrivi una breve conferma di ricezione da parte dell'ufficio.",
    "MODULO DI DELEGA AL RITIRO DELL'ALUNNO\nIo sottoscritto [[PERSON|Marco Galli]], C.F. [[ID_NUMBER|GLLMRC92B07G273N]], genitore dell'alunna [[PERSON|Sara Galli]] (classe 1ªA), delego la sig.ra [[PERSON|Rosa Lombardi]], tel. [[PHONE_NUMBER|333 904 1127]], al ritiro di mia figlia al termine delle lezioni per l'anno scolastico in corso.\nPalermo, 12/09\nFirma ________\n\nmanca qualcosa?",
    "Referto ambulatoriale\nPaziente: [[PERSON|Giovanni Marino]] – tessera sanitaria n. [[ID_NUMBER|80380000500412398768]]\nEsame: ecografia addome completo\nConclusioni: steatosi epatica di grado lieve, colecisti alitiasica.\nSi consiglia controllo a 12 mesi.\nIl medico, dott.ssa [[PERSON|Elena Ricci]]\n\nmi spieghi in parole semplici?",
    "Gentile Sig. [[PERSON|Paolo De Luca]],\nle confermiamo l'attivazione del servizio di home banking. Il suo codice utente è [[ID_NUMBER|PDL7742019]]; il PIN dispositivo le è stato inviato via SMS al numero [[PHONE_NUMBER|+39 320 667 1043]].\nCordiali saluti, Servizio Clienti\n\nè normale che me lo mandino per email?",
    "Ciao [[PERSON|Kevin]]! Benvenuto a Firenze 😊 L'appartamento è in [[STREET_ADDRESS|Borgo Pinti 27, 50121 Firenze]], citofono [[PERSON|Sarti]], terzo piano senza ascensore. Wi-Fi: CasaPinti / [[PASSWORD|casaSarti_2023]]. Per qualsiasi cosa scrivimi al [[PHONE_NUMBER|+39 347 228 9051]]. [[PERSON|Silvia]]\n\n^ traducimelo in inglese per l'ospite",
    # Portuguese, Brazilian
    "CONTRATO DE ARRENDAMENTO (excerto)\nSenhorio: [[PERSON|Manuel Teixeira]], NIF [[ID_NUMBER|219304866]]\nArrendatária: [[PERSON|Catarina Lopes]], NIF [[ID_NUMBER|182049574]]\nLocado: [[STREET_ADDRESS|Avenida da República 97, 5.º Esq., 1050-190 Lisboa]]\nRenda: 850 €, a pagar até ao dia 8 por transferência para [[IBAN_CODE|PT50 0007 0000 3621 8450 9737 3]]\n\nExplica-me a cláusula da renda por palavras simples.",
    "De: [[PERSON|Rafael Moura]] <[[EMAIL_ADDRESS|rafael.moura@construtora-horizonte.com.br]]>\nPara: RH\nAssunto: férias de julho\n\nOlá, pessoal, gostaria de confirmar minhas férias de 07/07 a 26/07. Qualquer dúvida estou à disposição.\n\nAtt,\n[[PERSON|Rafael Moura]]\nMatrícula [[ID_NUMBER|30417]]\n[[PHONE_NUMBER|(21) 99318-2746]]\n\ndeixa esse e-mail mais formal",
    "nome;cpf;telefone;cidade\n[[PERSON|Beatriz Fonseca]];[[ID_NUMBER|403.182.750-40]];[[PHONE_NUMBER|(31) 98820-4417]];Belo Horizonte\n[[PERSON|Lucas Vieira]];[[ID_NUMBER|619.472.030-10]];[[PHONE_NUMBER|(51) 99107-3358]];Porto Alegre\n\ncomo importo isso no Google Sheets sem perder os zeros?",
    "Exmo. Senhor Diretor,\nEu, [[PERSON|Helena Pires]], encarregada de educação do aluno [[PERSON|Tiago Pires]], processo n.º [[ID_NUMBER|A-20931]], do 8.º B, venho solicitar a transferência do meu educando para o turno da manhã, por motivos profissionais.\nContacto: [[PHONE_NUMBER|+351 936 512 048]]\nPede deferimento,\n[[PERSON|Helena Pires]]",
    "Utente: [[PERSON|Fernando Gaspar]]\nN.º SNS: [[ID_NUMBER|197 305 842]]\nMorada: [[STREET_ADDRESS|Rua do Brasil 31, 3030-175 Coimbra]]\nMedicação habitual: metformina 850 mg 2x/dia, ramipril 5 mg\nPróxima consulta: 14/03\n\nfaz-me uma lista dos medicamentos com os horários",
    "Ficha cadastral – abertura de conta\nNome completo: [[PERSON|Gabriela Ribeiro Santos]]\nCPF: [[ID_NUMBER|355.294.180-07]]\nE-mail: [[EMAIL_ADDRESS|gabi.ribeiro.santos@gmail.com]]\nSenha provisória do app: [[PASSWORD|Ipe#Amarelo24]]\nEndereço: [[STREET_ADDRESS|Av. Sete de Setembro 1820, ap. 501, Salvador - BA, 40080-001]]\n\nconfere se os campos estão certos?",
    # Dutch, Flemish
    "HUUROVEREENKOMST KAMER\nVerhuurder: [[PERSON|Gerrit Bakker]], [[STREET_ADDRESS|Nieuwe Binnenweg 301, 3021 GG Rotterdam]]\nHuurder: [[PERSON|Yara Mulder]], BSN [[ID_NUMBER|318652079]]\nHuurprijs: € 625 per maand, vooraf te voldoen op [[IBAN_CODE|NL54 INGB 0007 3429 18]]\nIngangsdatum: 1 september\n\nMag een verhuurder om een BSN vragen?",
    "klantnr,naam,email,telefoon\n[[ID_NUMBER|K-10093]],[[PERSON|Daan Smit]],[[EMAIL_ADDRESS|daan.smit@kpnmail.nl]],[[PHONE_NUMBER|06-28417390]]\n[[ID_NUMBER|K-10117]],[[PERSON|Noor Bos]],[[EMAIL_ADDRESS|noorbos@hotmail.com]],[[PHONE_NUMBER|06-51903284]]\n\nMaak hier een mailmerge van met een nette aanhef.",
    "Beste ouders,\n\nVrijdag gaan we met groep 5 naar het Natuurhistorisch Museum. We zoeken nog twee ouders die willen rijden. Aanmelden kan tot woensdag.\n\nMet vriendelijke groet,\n[[PERSON|Ilse Kramer]]\nleerkracht groep 5\n[[EMAIL_ADDRESS|i.kramer@obs-deregenboog.nl]]\n[[PHONE_NUMBER|06-30718254]]\n\nSchrijf een kort antwoord dat ik kan rijden.",
    "Aanvraagformulier bewonersparkeerkaart\nNaam: [[PERSON|Wouter Claes]]\nRijksregisternummer: [[ID_NUMBER|89.05.16-311.46]]\nAdres: [[STREET_ADDRESS|Lange Kievitstraat 52 bus 3, 2018 Antwerpen]]\nType voertuig: personenwagen\nGSM: [[PHONE_NUMBER|+32 495 33 18 72]]\n\nMoet ik er ook een kopie van mijn identiteitskaart bij doen?",
    "Aan het college van burgemeester en wethouders,\n\nBetreft: bezwaar tegen de WOZ-beschikking 2025\n\nHierbij maak ik bezwaar tegen de vastgestelde WOZ-waarde van mijn woning. De waarde is naar mijn mening 40.000 euro te hoog vastgesteld.\n\nHoogachtend,\n[[PERSON|Henk Dijkstra]]\n[[STREET_ADDRESS|Dorpsstraat 8, 9761 AB Eelde]]\nBSN [[ID_NUMBER|240973513]]",
    "Verwijsbrief\nPatiënt: [[PERSON|Sanne Koster]], geb. 14-02-1988\nBSN: [[ID_NUMBER|153786243]]\nVerzekerd bij: Zilveren Kruis, polisnummer [[ID_NUMBER|ZK40218833]]\nReden: aanhoudende rugklachten, graag beoordeling fysiotherapie\nHuisarts: [[PERSON|R. Vermeulen]]\n\nWat betekent aanhoudend hier precies?",
    "Sessie-log VPN\n2025-01-14 08:02 gebruiker=[[ID_NUMBER|jdeboer]] ip=[[IP_ADDRESS|198.51.100.77]] status=OK\n2025-01-14 08:19 gebruiker=[[ID_NUMBER|mvandam]] ip=[[IP_ADDRESS|203.0.113.9]] status=FAILED reason=bad_password\n2025-01-14 08:20 gebruiker=[[ID_NUMBER|mvandam]] ip=[[IP_ADDRESS|203.0.113.9]] status=OK\nWat betekent dit, moet ik me zorgen maken?",
    # Polish
    "UMOWA NAJMU LOKALU MIESZKALNEGO (fragment)\nWynajmujący: [[PERSON|Stanisław Górski]], PESEL [[ID_NUMBER|61021408312]]\nNajemca: [[PERSON|Oliwia Krawczyk]], PESEL [[ID_NUMBER|92110735675]]\nPrzedmiot najmu: lokal przy [[STREET_ADDRESS|ul. Mokotowska 24/8, 00-561 Warszawa]]\nCzynsz: 3 200 zł płatny do 10. dnia miesiąca na rachunek [[IBAN_CODE|PL37 1020 4779 0000 9502 0441 8832]]\n\nCzy kaucja może być wyższa niż trzy czynsze?",
    "nazwisko;imię;pesel;telefon_rodzica\n[[PERSON|Wiśniewski]];[[PERSON|Filip]];[[ID_NUMBER|15261203453]];[[PHONE_NUMBER|502 118 637]]\n[[PERSON|Kowalczyk]];[[PERSON|Maja]];[[ID_NUMBER|16230517623]];[[PHONE_NUMBER|693 420 815]]\n\nzrób z tego listę obecności na wycieczkę do Wieliczki",
    "Od: [[PERSON|Marta Jabłońska]] <[[EMAIL_ADDRESS|m.jablonska@biuro-rachunkowe-jm.pl]]>\nDo: [[PERSON|Piotr Dudek]] <[[EMAIL_ADDRESS|piotr.dudek83@onet.pl]]>\nTemat: dane do PIT\n\nPanie [[PERSON|Piotrze]], proszę jeszcze o numer NIP firmy żony. Pana NIP mam: [[ID_NUMBER|9541207361]].\nPozdrawiam\n[[PERSON|M. Jabłońska]]\n\nJak odpisać krótko?",
    "ZAŚWIADCZENIE LEKARSKIE\nPacjent: [[PERSON|Adam Zając]], PESEL [[ID_NUMBER|02250931824]]\nZaświadcza się, że pacjent był niezdolny do pracy w dniach 3–7 lutego z powodu ostrej infekcji dróg oddechowych.\nlek. med. [[PERSON|Dorota Kubiak]]\n\nprzetłumacz na niemiecki dla pracodawcy",
    "Formularz reklamacyjny\nImię i nazwisko: [[PERSON|Natalia Woźniak]]\nAdres: [[STREET_ADDRESS|ul. Słowackiego 9/3, 31-159 Kraków]]\nTelefon: [[PHONE_NUMBER|+48 512 339 804]]\nNr rachunku do zwrotu: [[IBAN_CODE|PL84 1050 1041 1000 0090 4035 7718]]\nOpis wady: odkurzacz przestał działać po 2 tygodniach\n\nsprawdź czy dobrze opisałam wadę",
    "Hi, my Polish colleague sent me this on Teams, what does it say?\n\nCześć [[PERSON|Kate]], mój nowy numer to [[PHONE_NUMBER|+48 698 120 457]], a hasło do wspólnego dysku zmieniłem na [[PASSWORD|Wisla!Krakow88]]. Daj znać, jak nie działa.\n[[PERSON|Bartek]]",
    # Swedish
    "Uppsägning av hyresavtal\n\nHyresgäst: [[PERSON|Emil Fagerström]]\nPersonnummer: [[ID_NUMBER|750109-5629]]\nAdress: [[STREET_ADDRESS|Södra Förstadsgatan 12, 211 43 Malmö]]\nTelefon: [[PHONE_NUMBER|040-628 04 17]]\n\nJag säger härmed upp mitt hyresavtal med tre månaders uppsägningstid.\n\nUnderskrift: [[PERSON|Emil Fagerström]]\n\nStämmer formuleringen?",
    "medlemsnr;namn;telefon;e-post\n[[ID_NUMBER|M-2201]];[[PERSON|Gustav Engström]];[[PHONE_NUMBER|070-174 06 34]];[[EMAIL_ADDRESS|gustav.engstrom@bredband2.se]]\n[[ID_NUMBER|M-2214]];[[PERSON|Ebba Lindberg]];[[PHONE_NUMBER|070-174 06 76]];[[EMAIL_ADDRESS|ebba.l@outlook.se]]\n\nvilka har inte betalat årsavgiften? (båda enligt kassören)",
    "Hej alla föräldrar i 4B!\n\nNästa fredag är det friluftsdag. Barnen behöver matsäck, vattenflaska och kläder efter väder. Vi är tillbaka ca 14.30.\n\nVänliga hälsningar\n[[PERSON|Maria Åkesson]]\nKlassföreståndare\n[[PHONE_NUMBER|070-174 06 87]]\n[[EMAIL_ADDRESS|maria.akesson@edu.grundskola-norr.se]]\n\nKan du göra en punktlista av det här?",
    "Journalanteckning\nPatient: [[PERSON|Gunnar Lindahl]], [[ID_NUMBER|520819-3473]]\nKontaktorsak: yrsel sedan tre dagar, ingen feber.\nStatus: BT 150/90, puls 78 regelbunden.\nBedömning: trolig ortostatism, ses om 2 veckor.\nSign. [[PERSON|Lisa Berg]], leg. läkare\n\nVad betyder ortostatism?",
    "Hej [[PERSON|Linnea]]!\nDitt konto i HR-systemet är klart.\nAnvändarnamn: [[ID_NUMBER|linnea.b]]\nTillfälligt lösenord: [[PASSWORD|Lax4-Tisdag-9]]\nByt lösenord vid första inloggningen.\n/[[PERSON|Jonas Persson]], IT\n\nskriv om så det låter mindre stelt",
    # Danish
    "LEJEKONTRAKT (uddrag)\nLejer: [[PERSON|Camilla Juhl]], CPR [[ID_NUMBER|020791-2646]]\nLejemål: [[STREET_ADDRESS|Vesterbrogade 112, 3. th., 1620 København V]]\nHusleje: 9.850 kr. pr. måned, betales til [[IBAN_CODE|DK56 1551 3270 0488 15]]\nDepositum: 3 måneders leje\n\nEr 3 måneders depositum lovligt?",
    "navn,cpr,telefon\n[[PERSON|Niels Dahl]],[[ID_NUMBER|250675-3182]],[[PHONE_NUMBER|+45 40 18 27 63]]\n[[PERSON|Ida Krogh]],[[ID_NUMBER|090482-1608]],[[PHONE_NUMBER|+45 22 93 05 18]]\n\nlav det om til en tabel og fjern cpr-kolonnen",
    "Kære forældre i 3.A\n\nPå torsdag skal vi på tur til Experimentarium. Husk madpakke og buskort. Vi er tilbage på skolen kl. 14.\n\nMvh [[PERSON|Kirsten Vinther]], klasselærer\n[[EMAIL_ADDRESS|kivi@skolekom-aarhus.dk]]\n[[PHONE_NUMBER|+45 61 37 90 22]]\n\nOversæt til arabisk for en af forældrene",
    "Henvisning\nPatient: [[PERSON|Morten Lauridsen]], CPR [[ID_NUMBER|301169-4003]]\nHenvises til: ortopædkirurgisk ambulatorium\nÅrsag: smerter i højre knæ gennem 6 måneder, mistanke om meniskskade\nHenvisende læge: [[PERSON|Jens Kragh]]\n\nhvad er en meniskskade?",
    "Hej [[PERSON|Anne]]\nKoden til kopimaskinen er [[PASSWORD|3390]] og gæste-wifi er [[PASSWORD|Kontor2025!gaest]]. Nøglen til arkivet ligger hos [[PERSON|Bo]].\nHilsen [[PERSON|Thomas Vestergaard]]\n\nSkriv et kort svar hvor jeg takker",
    "Subject: Onboarding – velkommen!\n\nHi [[PERSON|Sofie Brandt]], welcome to the Aarhus office! Your employee no. is [[ID_NUMBER|DK-4418]] and your laptop login is [[ID_NUMBER|sobr]]. Mødet med [[PERSON|Kasper]] er kl. 10.\n\nCan you make this consistent, either all English or all Danish?",
    # Czech
    "NÁJEMNÍ SMLOUVA (výňatek)\nPronajímatel: [[PERSON|Václav Kratochvíl]], r. č. [[ID_NUMBER|730415/1129]], bytem [[STREET_ADDRESS|Lidická 33, 602 00 Brno]]\nNájemce: [[PERSON|Tereza Marková]], r. č. [[ID_NUMBER|796124/0353]]\nNájemné: 14 500 Kč měsíčně\n\nJe v pořádku, že je tam rodné číslo?",
    "osobni_cislo;jmeno;email;telefon\n[[ID_NUMBER|Z0318]];[[PERSON|Lukáš Beneš]];[[EMAIL_ADDRESS|lukas.benes@stavby-morava.cz]];[[PHONE_NUMBER|+420 604 221 873]]\n[[ID_NUMBER|Z0322]];[[PERSON|Kristýna Malá]];[[EMAIL_ADDRESS|kristyna.mala@stavby-morava.cz]];[[PHONE_NUMBER|+420 777 310 594]]\n\nudělej z toho tabulku do Wordu",
    "Dobrý den paní [[PERSON|Šimková]],\nvýsledky krevních testů jsou v pořádku, kontrola za půl roku. Recept na Euthyrox je připraven v systému.\nS pozdravem\nMUDr. [[PERSON|Pavel Němec]]\n[[PHONE_NUMBER|+420 603 118 452]]\n\nmůžu mu odpovědět jen díky?",
    "Přihláška k předškolnímu vzdělávání\nJméno dítěte: [[PERSON|Adéla Pokorná]]\nRodné číslo: [[ID_NUMBER|186108/0936]]\nZákonný zástupce: [[PERSON|Martin Pokorný]]\nAdresa: [[STREET_ADDRESS|Husova 7, 301 00 Plzeň]]\nE-mail: [[EMAIL_ADDRESS|m.pokorny@seznam.cz]]\n\nJe tam něco špatně?",
    "Vážený pane [[PERSON|Černý]],\nk Vaší pojistné smlouvě evidujeme nedoplatek 1 240 Kč. Částku prosím uhraďte do 30 dnů; přeplatky Vám vracíme na účet [[IBAN_CODE|CZ53 0300 0000 0017 1948 2535]].\nKlientské číslo: [[ID_NUMBER|KL-5520931]]\n\nJe to podvod? Nic nedlužím.",
    "uživatel: [[ID_NUMBER|jnovak]]\nheslo: [[PASSWORD|Leden2025!]]\nserver: [[IP_ADDRESS|192.0.2.140]]\nport 22\n\nkolega mi to poslal přes Teams, je to bezpečné? jak mu to vysvětlit",
    # Turkish
    "KİRA SÖZLEŞMESİ (özet)\nKiraya veren: [[PERSON|Hakan Çelik]], T.C. [[ID_NUMBER|26410358548]]\nKiracı: [[PERSON|Merve Arslan]], T.C. [[ID_NUMBER|42176038944]]\nAdres: [[STREET_ADDRESS|Bağdat Caddesi No: 212 Daire: 8, 34728 Kadıköy/İstanbul]]\nAylık kira 18.000 TL, her ayın 5'ine kadar [[IBAN_CODE|TR75 0006 7000 1042 7759 3082 14]] hesabına yatırılır.\n\nDepozito ne kadar olabilir?",
    "ad_soyad;telefon;eposta\n[[PERSON|Oğuz Kılıç]];[[PHONE_NUMBER|0541 308 72 19]];[[EMAIL_ADDRESS|oguz.kilic@yandex.com.tr]]\n[[PERSON|Derya Koç]];[[PHONE_NUMBER|0505 927 14 36]];[[EMAIL_ADDRESS|deryakoc@gmail.com]]\n\nbunları WhatsApp grubuna eklemek için sadece telefonları alt alta yaz",
    "Sayın [[PERSON|Gülşen Polat]],\n\n1 Mart itibarıyla muhasebe departmanında göreve başlayacağınızı memnuniyetle bildiririz. İlk gün saat 09.00'da resepsiyonda olmanızı rica ederiz.\n\nSaygılarımla,\n[[PERSON|Kerem Aydın]]\nİnsan Kaynakları\n[[PHONE_NUMBER|+90 212 493 18 07]]\n\nBuna nasıl teşekkür maili yazarım?",
    "HASTA BİLGİ FORMU\nHasta adı: [[PERSON|Sevgi Doğan]]\nT.C. Kimlik No: [[ID_NUMBER|19362847000]]\nTelefon: [[PHONE_NUMBER|+90 532 604 11 28]]\nŞikayet: üç gündür süren baş ağrısı\nDoktor: Uzm. Dr. [[PERSON|Levent Aksu]]\n\nformu İngilizceye çevirir misin?",
    "Ekstre özeti – Şubat\nKart sahibi: [[PERSON|Tolga Yavuz]]\nKart no: [[CREDIT_CARD|4539 2017 4682 9312]]\nMüşteri no: [[ID_NUMBER|60027714]]\nMigros 842,30 TL, Shell 1.250,00 TL, Netflix 149,99 TL\n\nbu ay toplam ne kadar harcamışım?",
    "Merhaba [[PERSON|Selin]],\nyeni sunucunun bilgileri: IP [[IP_ADDRESS|2001:db8:a17::5]], kullanıcı [[ID_NUMBER|deploy_selin]], API anahtarı [[API_KEY|tk_prod_8f3Kx21QvLm9ZpR4bW7nYc0T]].\nKolay gelsin, [[PERSON|Murat]]\n\nbunu e-postayla göndermek doğru mu?",
]

# 100 clean texts in the same languages, with no personal data.
CLEAN_EVERYDAY = [
    "Wie lange muss ein Ei kochen, damit das Eigelb noch weich ist? Mein Herd ist ein Induktionsherd.",
    "Was ist der Unterschied zwischen Kündigungsfrist und Probezeit? Ich verstehe die Begriffe im Arbeitsvertrag nicht ganz.",
    "Comment enlever une tache de vin rouge sur un canapé en tissu clair ? J'ai du bicarbonate et du vinaigre blanc.",
    "Quelle est la différence entre un CDD et un contrat d'intérim en France ?",
    "¿Cada cuánto hay que cambiar el aceite del coche si hago unos 15.000 km al año?",
    "¿Qué plantas de interior aguantan bien la poca luz? Mi piso da al norte.",
    "Quanto tempo si conserva il pesto fatto in casa in frigorifero?",
    "Qual é a diferença entre IRS conjunto e separado para um casal com dois filhos?",
    "Hoe vaak moet je een cv-ketel laten onderhouden en wat kost dat ongeveer?",
    "Jak najlepiej przechowywać ziemniaki zimą w bloku, bez piwnicy?",
    "Hur lång tid tar det för en betongplatta att torka innan man kan lägga parkett?",
    "Hvornår skal man skifte til vinterdæk i Danmark, og er det lovpligtigt?",
    "Jak dlouho se vaří kachna, když má 2,5 kg? Chci ji dát do trouby na 160 stupňů.",
    "Çamaşır makinesinde yün kazak kaç derecede yıkanmalı?",
    "Mein Kühlschrank brummt seit gestern ziemlich laut. Ist das ein Zeichen, dass der Kompressor kaputtgeht?",
    "Dobrý den, jaký je rozdíl mezi ovocem a zeleninou z botanického hlediska?",
    "Wat is het verschil tussen een huurtoeslag en een zorgtoeslag? Leg het simpel uit.",
    "Est-ce que les chats peuvent manger du fromage ? Le mien adore le comté.",
    "Mi cane ha paura dei fuochi d'artificio. Cosa posso fare la notte di Capodanno?",
    "Can you explain in simple Spanish what a hipoteca a tipo variable is? I'm learning for my move to Madrid.",
]

CLEAN_FOOD_TRAVEL = [
    "Gib mir ein Rezept für Rinderrouladen für vier Personen, mit Rotkohl und Klößen als Beilage.",
    "Wir fahren im August mit dem Zug von München nach Venedig. Lohnt sich die Reservierung im Eurocity?",
    "Une recette de tarte Tatin sans pâte feuilletée industrielle, pour un moule de 24 cm ?",
    "Que voir à Lyon en deux jours en novembre ? On aime les bouchons et les musées.",
    "Receta de tortilla de patatas jugosa, con o sin cebolla, da igual. Somos seis.",
    "¿Qué es mejor para una semana en Andalucía, alquilar coche o moverse en tren y autobús?",
    "Ricetta della carbonara vera, senza panna. Guanciale o pancetta va bene lo stesso?",
    "Tre giorni a Napoli a marzo: cosa non devo perdere? Pompei ci sta in un giorno?",
    "Receita de pastéis de nata caseiros, é muito difícil acertar a massa folhada?",
    "Vale a pena ir a Fernando de Noronha em julho ou chove muito? O pacote custa R$ 6.800.",
    "Geef me een recept voor erwtensoep zoals oma hem maakte, met rookworst.",
    "Wat is de goedkoopste manier om van Amsterdam naar Kopenhagen te reizen in mei?",
    "Przepis na pierogi ruskie na około 60 sztuk, ile mąki i ile twarogu?",
    "Czy warto jechać do Zakopanego w długi weekend majowy, czy będą tłumy na Morskim Oku?",
    "Ge mig ett recept på kanelbullar som blir saftiga, gärna med kardemumma i degen.",
    "Hvad koster en Rejsekort-tur fra Københavns Lufthavn til Nørreport, og hvor lang tid tager metroen?",
    "Recept na svíčkovou na smetaně pro šest lidí, kolik zeleniny dát?",
    "İstanbul'da iki günüm var, Kapalıçarşı ve Ayasofya dışında ne görmeliyim?",
    "Mercimek çorbası tarifi verir misin? Limonla mı servis edilir, yoksa naneyle mi?",
    "Planning a trip to Kraków and Wrocław in October – is the train between them fast, and what's the ticket price in złoty?",
]

CLEAN_SCHOOL = [
    "Matheaufgabe für die 4. Klasse: Lisa hat 48 Murmeln und verteilt sie gerecht an 6 Freundinnen. Wie viele bekommt jede? Bitte mit Erklärung.",
    "Erkläre den Unterschied zwischen Dativ und Akkusativ mit Beispielen wie dem Tisch und den Tisch.",
    "Exercice : Paul achète 3 croissants à 1,20 € et une baguette à 1,10 €. Il paie avec un billet de 10 €. Combien lui rend-on ?",
    "Quelle est la règle d'accord du participe passé avec avoir ? Donne-moi trois exemples simples.",
    "Problema: Ana corre 4,5 km cada día durante 12 días. ¿Cuántos kilómetros corre en total? Explícalo para un niño de 9 años.",
    "¿Por qué empezó la Guerra Civil española? Un resumen de 10 líneas para 4º de ESO.",
    "Esercizio: un treno parte da Bologna alle 8:15 e arriva a Roma alle 10:27. Quanto dura il viaggio?",
    "Spiegami la differenza tra passato prossimo e passato remoto, con esempi da I promessi sposi.",
    "Exercício: a Marta tem 3/4 de uma pizza e come 1/3 do que tem. Que fração da pizza comeu?",
    "Resumo de Os Lusíadas de Luís de Camões para o 9.º ano, em cinco parágrafos.",
    "Rekenvraag: Sem fietst 18 km in 45 minuten. Hoe snel fietst hij gemiddeld in km per uur?",
    "Leg uit wat de Tachtigjarige Oorlog was, voor een spreekbeurt in groep 7.",
    "Zadanie: Ola ma 36 cukierków, a Kuba dwa razy mniej. Ile cukierków mają razem?",
    "Wyjaśnij, czym różni się aspekt dokonany od niedokonanego w języku polskim, na przykładzie pisać i napisać.",
    "Uppgift: Elsa köper 2 kg äpplen för 34 kr/kg och en limpa för 29 kr. Vad betalar hon totalt?",
    "Forklar fotosyntesen så en elev i 6. klasse kan forstå det, og nævn hvad planten skal bruge.",
    "Příklad: Honzík má 120 Kč, za zmrzlinu utratí 35 Kč a za sešit 18 Kč. Kolik mu zbude?",
    "Ödev: Ali'nin 5 kalemi, Ayşe'nin ise Ali'nin 3 katı kalemi var. İkisinin toplam kaç kalemi vardır?",
    "Osmanlı İmparatorluğu'nun kuruluşunu 8. sınıf seviyesinde kısaca anlatır mısın?",
    "Wie berechne ich den Flächeninhalt eines Trapezes? Die Seiten a = 8 cm und c = 5 cm, die Höhe 4 cm.",
]

CLEAN_WORK_TECH = [
    "Wie erstelle ich in Excel eine Pivot-Tabelle, die den Umsatz pro Quartal 2024 zeigt? Die Spalten heißen Datum, Region und Betrag.",
    "Formuliere eine Absage an einen Lieferanten: Wir bestellen die Büromöbel nicht, das Angebot über 14.850 € netto liegt über unserem Budget.",
    "Quelle est la différence entre une SAS et une SARL pour une petite entreprise de conseil ?",
    "En Python, comment lire un fichier CSV avec des points-virgules et des virgules décimales avec pandas ?",
    "¿Cómo calculo el IVA de una factura de 1.250 € al 21 %? Y si la base ya incluye el IVA, ¿cómo lo saco?",
    "Escribe un correo a todo el equipo: la reunión trimestral pasa del jueves 6 de marzo al lunes 10 de marzo a las 9:30.",
    "Come si imposta un inoltro automatico delle email in Outlook solo per i messaggi con Fattura nell'oggetto?",
    "Qual è la differenza tra regime forfettario e regime ordinario per una partita IVA con ricavi di 60.000 € l'anno?",
    "Como faço um PROCV no Excel que procure em outra folha? Tenho a lista de produtos e preços na folha Tabela.",
    "Preciso de um texto curto para o site: a loja vai estar fechada de 24 a 26 de dezembro e reabre dia 27 às 10h.",
    "Hoe stel ik in SharePoint in dat alleen de afdeling Financiën een map kan bewerken?",
    "Schrijf een korte LinkedIn-post: ons bedrijf bestaat 25 jaar en we openen een nieuw kantoor in Eindhoven.",
    "Jak w SQL policzyć średnią wartość zamówień per miesiąc w tabeli zamowienia z kolumnami data i kwota?",
    "Napisz ofertę handlową na 200 sztuk kubków z logo, cena 18,50 zł netto za sztukę, dostawa w 14 dni.",
    "Hur räknar jag ut arbetsgivaravgiften på en månadslön på 38 000 kr?",
    "Skriv en kort kundbrev: priset på vårt abonnemang höjs från 199 kr till 219 kr per månad från 1 april.",
    "Hvordan laver jeg en automatisk indholdsfortegnelse i Word, når overskrifterne er formateret forskelligt?",
    "Jak nastavím v Gitu, aby se soubory .env nikdy necommitovaly? A co když už jsou v repozitáři?",
    "Excel'de DÜŞEYARA yerine ÇAPRAZARA kullanmanın avantajı nedir? Office 2021 kullanıyorum.",
    "Wie kündige ich einen Rahmenvertrag mit der Deutschen Telekom für 40 Firmenhandys? Gibt es dafür eine Vorlage mit Platzhaltern wie <Firma> und <Vertragsnummer>?",
]

CLEAN_NAMES = [
    "Warum hat Angela Merkel 2015 gesagt Wir schaffen das, und wie wurde der Satz später bewertet?",
    "Welche Werke von Johann Wolfgang von Goethe sollte man als Einsteiger lesen, außer dem Faust?",
    "Die Firma Siemens Healthineers meldet einen Quartalsgewinn – was bedeutet das für die Aktie der Siemens AG?",
    "Schreib mir einen kurzen Text über die Geschichte der Berliner Mauer, vom Mauerbau bis zum Mauerfall, für eine Schülerzeitung.",
    "Pourquoi Zinédine Zidane a-t-il reçu un carton rouge en finale de la Coupe du monde 2006 ?",
    "Quelles sont les principales idées de Simone de Beauvoir dans Le Deuxième Sexe ?",
    "¿Cuántos Roland Garros ha ganado Rafael Nadal y en qué años?",
    "Resume la trayectoria de Inditex desde la primera tienda de Zara en A Coruña.",
    "Chi era Leonardo da Vinci e perché la Gioconda è al Louvre e non a Firenze?",
    "Cristiano Ronaldo jogou em que clubes depois de sair do Sporting? Faz uma lista por ordem.",
    "Wat maakte Johan Cruijff zo belangrijk voor Ajax en FC Barcelona?",
    "Waarom verhuisde Philips zijn hoofdkantoor van Eindhoven naar Amsterdam?",
    "Napisz krótką notkę o Marii Skłodowskiej-Curie i jej dwóch Nagrodach Nobla.",
    "Vad handlar Pippi Långstrump av Astrid Lindgren om, och varför blev boken kontroversiell 1945?",
    "Hvorfor er LEGO fra Billund blevet så stor, og hvad betyder navnet?",
    "Kdo byl Václav Havel a jakou roli hrál v Sametové revoluci?",
    "Mustafa Kemal Atatürk'ün harf devrimi hangi yılda yapıldı ve neden önemliydi?",
    "Orhan Pamuk Nobel Edebiyat Ödülü'nü hangi yıl aldı? Masumiyet Müzesi hangi romanına dayanıyor?",
    "Unser Geschäftsführer fragt nach einer Zusammenfassung: Volkswagen, BMW und Mercedes-Benz im Vergleich, Umsatz und Marktanteil in Europa 2023.",
    "What does the German word Donaudampfschifffahrtsgesellschaft mean, and why are German nouns like Handschuh and Kühlschrank always capitalised?",
]


def svnr_ok(value: str) -> bool:
    """Austrian SV-Nummer: 10 digits, the fourth the mod-11 check of the other nine
    (weights 3, 7, 9, then 5, 8, 4, 2, 1, 6 on the date of birth)."""
    d = digits(value)
    if len(d) != 10:
        return False
    total = sum(w * x for w, x in zip((3, 7, 9, 5, 8, 4, 2, 1, 6), d[:3] + d[4:], strict=True))
    return total % 11 == d[3]


def nip_ok(value: str) -> bool:
    """Polish NIP (tax id): 10 digits, the last the mod-11 check of weights 657234567."""
    d = digits(value)
    if len(d) != 10:
        return False
    return sum(w * x for w, x in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), d[:9], strict=True)) % 11 == d[9]


def cpr_ok(value: str) -> bool:
    """Danish CPR number (DDMMYY-SSSS) passing the old modulus-11 test (weights
    4327654321); numbers issued since 2007 may fail it, these invented ones all pass."""
    d = digits(value)
    if len(d) != 10:
        return False
    return sum(w * x for w, x in zip((4, 3, 2, 7, 6, 5, 4, 3, 2, 1), d, strict=True)) % 11 == 0


def kvnr_ok(value: str) -> bool:
    """German health insurance number (Krankenversichertennummer): a letter, eight digits
    and a check digit, the letter read as its two-digit place in the alphabet, weights 1
    and 2 alternating, the digit sums of the products added mod 10."""
    if not re.fullmatch(r"[A-Za-z]\d{9}", value):
        return False
    body = f"{ord(value[0].upper()) - 64:02d}" + value[1:9]
    total = 0
    for i, c in enumerate(body):
        product = int(c) * (1 if i % 2 == 0 else 2)
        total += product - 9 if product > 9 else product
    return total % 10 == int(value[9])


# Every national id, tax or health number in the texts, with its check.
NATIONAL_IDS = {
    "47190538243": steuer_id_ok,  # German Steuer-ID
    "82631047538": steuer_id_ok,
    "k718305526": kvnr_ok,  # German Krankenversichertennummer
    "B284017736": kvnr_ok,
    "4287 120584": svnr_ok,  # Austrian SV-Nummer
    "5714 120584": svnr_ok,
    "1 85 03 75 112 047 04": nir_ok,  # French NIR
    "2 91 11 69 381 152 20": nir_ok,
    "2 41 09 75 114 027 32": nir_ok,
    "2 96 04 33 172 084 86": nir_ok,
    "1 78 06 13 055 298 36": nir_ok,
    "2 89 05 13 208 114 69": nir_ok,
    "85.07.22-147.57": belgian_id_ok,  # Belgian national number
    "92.03.14-263.09": belgian_id_ok,
    "78.09.11-085.25": belgian_id_ok,
    "89.05.16-311.46": belgian_id_ok,
    "046 382 198": luhn_len(9),  # Canadian SIN
    "527 190 342": luhn_len(9),
    "05871264P": dni_ok,  # Spanish DNI and NIE
    "73015492Z": dni_ok,
    "29648137X": dni_ok,
    "51760823J": dni_ok,
    "47329158B": dni_ok,
    "X4829175A": dni_ok,
    "Y3074621H": dni_ok,
    "BNCGLI90D52F205T": codice_fiscale_ok,  # Italian codice fiscale
    "FRRLCU78C15H501I": codice_fiscale_ok,
    "CNTSFN83M41L219C": codice_fiscale_ok,
    "GLLMRC92B07G273N": codice_fiscale_ok,
    "80380000500412398768": luhn_len(20),  # Italian tessera sanitaria (TEAM)
    "238471594": nif_ok,  # Portuguese NIF
    "156720345": nif_ok,
    "219304866": nif_ok,
    "182049574": nif_ok,
    "528.471.936-00": cpf_ok,  # Brazilian CPF
    "713.062.486-80": cpf_ok,
    "403.182.750-40": cpf_ok,
    "619.472.030-10": cpf_ok,
    "355.294.180-07": cpf_ok,
    "174293860": bsn_ok,  # Dutch BSN
    "205817348": bsn_ok,
    "318652079": bsn_ok,
    "240973513": bsn_ok,
    "153786243": bsn_ok,
    "85042112346": pesel_ok,  # Polish PESEL
    "77081544192": pesel_ok,
    "61021408312": pesel_ok,
    "92110735675": pesel_ok,
    "15261203453": pesel_ok,
    "16230517623": pesel_ok,
    "02250931824": pesel_ok,
    "5213871046": nip_ok,  # Polish NIP
    "9541207361": nip_ok,
    "870314-2383": luhn_len(10),  # Swedish personnummer
    "910722-4462": luhn_len(10),
    "750109-5629": luhn_len(10),
    "520819-3473": luhn_len(10),
    "140388-1275": cpr_ok,  # Danish CPR
    "020791-2646": cpr_ok,
    "250675-3182": cpr_ok,
    "090482-1608": cpr_ok,
    "301169-4003": cpr_ok,
    "855612/4181": rodne_cislo_ok,  # Czech rodné číslo
    "900307/2133": rodne_cislo_ok,
    "730415/1129": rodne_cislo_ok,
    "796124/0353": rodne_cislo_ok,
    "186108/0936": rodne_cislo_ok,
    "38561720440": kimlik_ok,  # Turkish kimlik
    "12740935696": kimlik_ok,
    "50283491798": kimlik_ok,
    "26410358548": kimlik_ok,
    "42176038944": kimlik_ok,
    "19362847000": kimlik_ok,
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (Germany, France, Sweden, UK, North America), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"06 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"01 99 00 \d{2} \d{2}",
        r"070-174 06 \d{2}",  # Sweden, fiction ranges
        r"031-390 06 \d{2}",
        r"040-628 04 \d{2}",
        r"07700 900\d{3}",  # UK mobile drama range
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"(\+34 )?[679]\d{2} \d{3} \d{3}",  # Spain
        r"[67]\d{2} \d{2} \d{2} \d{2}",
        r"(\+39 )?3\d{2} \d{3} \d{4}",  # Italy, mobiles
        r"(\+351 )?9[1236]\d \d{3} \d{3}",  # Portugal, mobiles
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil, mobiles
        r"06-\d{8}",  # Netherlands, mobiles
        r"\+32 4\d{2} \d{2} \d{2} \d{2}",  # Belgium, mobiles
        r"(\+48 )?[5-7]\d{2} \d{3} \d{3}",  # Poland, mobiles
        r"\+45 \d{2} \d{2} \d{2} \d{2}",  # Denmark
        r"\+420 [67]\d{2} \d{3} \d{3}",  # Czechia, mobiles
        r"05\d{2} \d{3} \d{2} \d{2}",  # Turkey
        r"\+90 (5\d{2}|212) \d{3} \d{2} \d{2}",
        r"\+52 55 \d{4} \d{4}",  # Mexico City
    )
]

EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")


def check_mix() -> None:
    """The chat requests name people and carry secrets, and only the first ones are all in
    lower case; the records carry IBANs, national or record numbers, addresses and
    passwords; the clean texts hold no e-mail outside the example domains and no run of
    seven or more digits."""
    named = sum(any(s["type"] == "PERSON" for s in marked_spans(t)) for t in CHAT)
    secret = sum(any(s["type"] == "PASSWORD" for s in marked_spans(t)) for t in CHAT)
    if named < 90 or secret < 20:
        raise SystemExit(f"chat: {named} texts with a name, {secret} with a secret")
    for marked in CHAT[LOWER_CHAT:]:
        plain = strip_marks(marked)[0]
        if plain == plain.lower():
            raise SystemExit(f"chat: a lower-case text after the first {LOWER_CHAT}")
    kinds = {
        kind: sum(any(s["type"] == kind for s in marked_spans(t)) for t in RECORDS)
        for kind in ("IBAN_CODE", "ID_NUMBER", "STREET_ADDRESS", "PASSWORD", "EMAIL_ADDRESS")
    }
    if min(kinds.values()) < 8 or kinds["ID_NUMBER"] < 40:
        raise SystemExit(f"records: too few of some kind {kinds}")
    for text in CLEAN:
        for m in re.finditer(r"\S+@\S+", text):
            if not m.group().rstrip(".,;:!?)").endswith(EXAMPLE_DOMAINS):
                raise SystemExit(f"clean: an e-mail in {text[:60]!r}")
        if re.search(r"\d{7,}", text):
            raise SystemExit(f"clean: a long number in {text[:60]!r}")


CLEAN = CLEAN_EVERYDAY + CLEAN_FOOD_TRAVEL + CLEAN_SCHOOL + CLEAN_WORK_TECH + CLEAN_NAMES


def main() -> None:
    sections = {
        "chat": (CHAT, 150),
        "records": (RECORDS, 70),
        "clean everyday": (CLEAN_EVERYDAY, 20),
        "clean food and travel": (CLEAN_FOOD_TRAVEL, 20),
        "clean school": (CLEAN_SCHOOL, 20),
        "clean work and tech": (CLEAN_WORK_TECH, 20),
        "clean names": (CLEAN_NAMES, 20),
    }
    pii = CHAT + RECORDS
    check_counts("chat", CHAT, CHAT_WORDS, (1, 8))
    check_counts("records", RECORDS, RECORD_WORDS, (2, 16))
    check_mix()
    check_national_ids(pii, NATIONAL_IDS)
    check_values(pii, PHONES)
    build_sections(
        "blind63", HERE, sections, {"chat", "records"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=len(CHAT) - LOWER_CHAT,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
