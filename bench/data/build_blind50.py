# ruff: noqa: E501, RUF002
"""A fiftieth blind privacy set: 220 chat requests with personal data and 100 clean ones,
written wholly or partly in languages other than English.

Written blind to the detector: the writer read only ``marks.py``, ``ids.py``, the table
format and the labelling paragraph of ``README.md`` and the docstring and check functions
of ``build_blind36.py``, never the detector, its rules, docs, tests or the other sets' texts.
Every text is typed by hand with inline ``[[TYPE|value]]`` marks (no faker, no template
filling, no generated combinations). They are chat requests to an assistant as the staff
and customers of a European, Latin American, African and Asian company type them:

* 15 texts each in Spanish (Spain, Mexico, Argentina, Chile, Colombia), French (France,
  Belgium, Quebec, Senegal), German (Germany, Austria, Switzerland), Brazilian Portuguese,
  Italian, Dutch (Netherlands, Flanders), Polish, Turkish, Indonesian, Swahili (Kenya,
  Tanzania), Tagalog, Vietnamese (with its diacritics), Romanian and Czech, the first five
  of each typed all in lower case;
* 10 texts code-switched with English (Spanglish, Hinglish in Latin letters, Taglish), the
  first four all in lower case.

They ask about private people (relatives, neighbours, colleagues, bosses, customers,
landlords, doctors, teachers), with a cue word before the name or without one, names
declined as the language declines them (Polish, Czech) or followed by a suffix or a title
(Turkish ``Bey``, ``Hanım``, Hindi ``ji``), and give the writer's own data: names, phones
in the national layout, e-mails, street addresses in the country's format, national ids,
IBANs, cards, account, customer and tax numbers, usernames, passwords, PINs, door codes and
wifi keys said in the language (``mi contraseña es``, ``mein Passwort ist``, ``senha:``,
``şifrem``, ``kata sandi``, ``nenosiri``, ``mật khẩu``, ``heslo``), one US SSN and two IPs.

Usernames, account, customer, client and employee numbers, tax numbers (NIP, NPWP, TIN,
KRA PIN, PAN) and national ids are ID_NUMBER; PINs, door codes, wifi keys and passwords
PASSWORD; titles and relation words (Sr., Dr., Herr, Frau, Mme, dott., pan, paní, Bey,
Hanım, bu, pak, Bwana, mama, aling, sir, anh, chị, cô, doamna, ji, my aunt) stay outside
PERSON spans; an address span runs from the first street line through the postcode and city
as typed; public figures, saints, brands, streets and places named after people, order and
offer numbers are not labelled; every occurrence of a private value is marked.

The 100 clean texts name no private person: 7 in each of the fourteen languages and 2
code-switched ones, everyday requests (recipes, travel, weather, work tips, maths), questions
about public figures, saints and historical people, brands and places (streets, squares,
parks and islands named after people) and word problems with fictional first names.

All values are invented and typed by hand; the builder only checks them: phones from ranges
kept for fiction where the country has one (France 06 39 98 and 01 99 00; Germany 030 23125,
040 66969, 089 99998; North America 555-01xx) and in each country's own layout elsewhere;
cards Luhn-valid and not well-known test numbers; IBANs valid mod 97 and not documentation
examples; the SSN with assignable area, group and serial; IPs from documentation ranges;
national ids with valid check digits where ``ids.py`` has a validator (Spanish DNI and NIE,
Chilean RUT, French NIR, Belgian national number, German tax id, Brazilian CPF, Italian
codice fiscale, Dutch BSN, Polish PESEL, Turkish kimlik, Romanian CNP, Czech rodné číslo,
Indian Aadhaar).

Run ``.venv/bin/python bench/data/build_blind50.py`` from the repository root; the output is
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
    cnp_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    kimlik_ok,
    marked_spans,
    nir_ok,
    pesel_ok,
    rodne_cislo_ok,
    rut_ok,
    steuer_id_ok,
)
from marks import build_sections, is_lower, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_PER_LANGUAGE = 5
LOWER_MIXED = 4
MIN_CHARS = 15
MAX_WORDS = 300
CHAT_WORDS = (6, 120)
CLEAN_WORDS = (4, 80)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(
    r"(Mr|Mrs|Ms|Miss|Dr|Dra|Prof|Sr|Sra|Srta|Don|Doña|Dona|Seu|Lic|Ing|Herr|Frau|M|Mme|Mlle"
    r"|Monsieur|Madame|Sig|Signora|Signor|Dott|Dott\.ssa|Avv|Dhr|Mevr|Dokter|Pan|Pani|Pana|Panu"
    r"|Paní|Doktor|Doktorka|Bay|Bayan|Bapak|Pak|Ibu|Bu|Bwana|Bi|Mama|Mzee|Daktari|Mwalimu"
    r"|Aling|Mang|Sir|Ma'am|Tita|Tito|Kuya|Ate|Ông|Bà|Anh|Chị|Cô|Chú|Bác|Domnul|Doamna"
    r"|Auntie|Uncle|Tía|Tío|Tia|Tio|Tante|Oom|Ciocia|Wujek|Teyze|Amca)\.?\s",
    re.IGNORECASE,
)
POST_TITLES = re.compile(r"\s(Bey|Hanım|Hanımefendi|ji|sahab|sahib)$", re.IGNORECASE)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")
VIETNAMESE = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĩũ")

# Spanish: Spain, Mexico, Argentina, Chile, Colombia; the first five all in lower case.
ES = [
    "oye, necesito mandarle un whatsapp a mi tía [[PERSON|rosario jiménez]] para felicitarla por su santo, su número es [[PHONE_NUMBER|+34 654 21 87 93]]. me ayudas a escribir algo cariñoso pero cortito?",
    "mi contraseña del banco es [[PASSWORD|girasol.1987]] y me sale error de acceso todo el rato, es normal que me bloqueen la cuenta después de tres intentos?",
    "escríbele un correo a mi casero [[PERSON|tomás vidal]] ([[EMAIL_ADDRESS|tvidal.alquileres@gmail.com]]) diciendo que la caldera del piso de [[STREET_ADDRESS|calle de la palma 23, 2º izda, 28004 madrid]] lleva tres días sin funcionar y que necesito que venga un técnico",
    "cómo le digo a [[PERSON|julia ramos]] que no puedo ir a su boda sin quedar fatal? es compañera de la oficina y me invitó hace meses",
    "hola soy [[PERSON|andrés quintero]], cliente número [[ID_NUMBER|20481377]], quiero dar de baja la línea [[PHONE_NUMBER|612 48 93 07]] porque me mudo a colombia. qué tengo que poner en la carta?",
    "Mi DNI es [[ID_NUMBER|53928174M]] y mi nombre completo es [[PERSON|Lucía Fernández Ortega]]. ¿Me ayudas a rellenar la solicitud de empadronamiento? Vivo en [[STREET_ADDRESS|Calle de Toledo 45, 3º B, 28005 Madrid]].",
    "Necesito redactar una reclamación a la aseguradora. El titular de la póliza es mi padre, [[PERSON|Ramón Castillo Pérez]], NIE [[ID_NUMBER|Y4827163Y]], y el golpe fue delante de su casa en [[STREET_ADDRESS|Avenida del Puerto 112, 46023 Valencia]].",
    "Buenas tardes, ¿me ayudas a escribirle al Dr. [[PERSON|Héctor Salinas]] para cambiar la cita de mi mamá? Su consultorio está en [[STREET_ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]] y el teléfono es [[PHONE_NUMBER|55 4172 9836]].",
    "Quiero hacerle una transferencia a mi hermano [[PERSON|Diego]] a esta cuenta: [[IBAN_CODE|ES94 2085 9471 3103 3012 6645]]. ¿Qué pongo en el concepto para que Hacienda no piense que es un pago?",
    "Mi RUT es [[ID_NUMBER|16.482.903-0]] y no me acuerdo de la Clave Única, ¿cómo la recupero sin ir al Registro Civil? Mi correo es [[EMAIL_ADDRESS|fran.munoz.v@yahoo.cl]] por si sirve.",
    "Che, armame un mail para soporte técnico: soy [[PERSON|Martina Gómez]], usuario [[ID_NUMBER|mgomez_ba]], y mi contraseña es [[PASSWORD|Tango#Palermo22]], pero el sistema dice que está vencida.",
    "Me cobraron dos veces en la tarjeta [[CREDIT_CARD|4539 7201 6384 1153]]. Ayúdame a escribir una reclamación al banco; el titular soy yo, [[PERSON|Sergio Navarro Blanco]], con DNI [[ID_NUMBER|71406235K]].",
    "Mi vecina doña [[PERSON|Gladys Restrepo]] me pidió ayuda para mandarle un paquete a su hija, que vive en [[STREET_ADDRESS|Carrera 43A # 14-109, El Poblado, Medellín]]. ¿Qué datos pide Servientrega?",
    "Le di a mi hijo [[PERSON|Álvaro]] el PIN de mi tarjeta, que es [[PASSWORD|7294]], para que sacara dinero. ¿Debería cambiarlo ya o no pasa nada?",
    "Redacta un correo para el equipo: a partir del lunes la nueva responsable de nóminas será [[PERSON|Inmaculada Soto]] ([[EMAIL_ADDRESS|isoto@grupoalvarez.es]], teléfono [[PHONE_NUMBER|91 498 23 71]]). Que suene formal pero cercano.",
]

# French: France, Belgium, Quebec, Senegal.
FR = [
    "salut, tu peux m'aider à écrire un sms pour ma voisine [[PERSON|josiane morel]]? elle garde mon chat ce week-end et je veux lui laisser mon numéro, le [[PHONE_NUMBER|06 39 98 41 27]]",
    "mon mot de passe ameli c'est [[PASSWORD|loulou1975!]] et mon numéro de sécu [[ID_NUMBER|1 84 03 69 123 456 58]], et il me dit identifiant incorrect, je fais comment pour réinitialiser?",
    "écris un mail à mon proprio, monsieur [[PERSON|gérard lefèvre]], pour lui dire que je quitte l'appart du [[STREET_ADDRESS|8 rue des tanneurs, 67000 strasbourg]] fin mars, avec un préavis d'un mois",
    "mon collègue [[PERSON|karim benali]] part à la retraite vendredi, aide moi à écrire un petit discours drôle mais pas trop, il a passé 30 ans à la compta",
    "je m'appelle [[PERSON|élodie marchand]], mon adresse mail c'est [[EMAIL_ADDRESS|elodie.marchand56@orange.fr]], tu peux m'écrire une lettre de motivation pour un poste de vendeuse chez decathlon?",
    "Bonjour, je dois remplir un formulaire de la CPAM. Mon numéro de sécurité sociale est le [[ID_NUMBER|2 91 11 75 056 032 28]] et j'habite au [[STREET_ADDRESS|14 rue des Lilas, 69003 Lyon]]. Quelles pièces faut-il joindre ?",
    "Peux-tu rédiger un mot pour Mme [[PERSON|Brigitte Caron]], l'institutrice de mon fils ? Il sera absent jeudi matin pour un rendez-vous chez le Dr [[PERSON|Olivier Nguyen]], l'orthodontiste.",
    "Voici mon RIB pour le remboursement : [[IBAN_CODE|FR88 3000 4008 2000 0123 4567 842]], titulaire [[PERSON|Yannick Le Goff]]. Tu peux formuler un mail poli à l'agence de voyages qui a annulé mon séjour ?",
    "Mon chum [[PERSON|Étienne Gagnon]] déménage au [[STREET_ADDRESS|4520, rue Saint-Denis, Montréal (Québec) H2J 2L3]], peux-tu m'aider à lui écrire une carte de bienvenue dans le quartier ?",
    "Mon numéro de registre national est le [[ID_NUMBER|85.07.30-033.28]] et j'habite [[STREET_ADDRESS|Avenue des Nerviens 62, 1040 Etterbeek]]. Comment je demande un certificat de résidence à la commune ?",
    "Aide-moi à écrire un message WhatsApp à mon cousin [[PERSON|Mamadou Diallo]] à Dakar, son numéro est le [[PHONE_NUMBER|+221 77 634 18 52]], pour lui dire que j'arrive le 12 et qu'il vienne me chercher à l'aéroport.",
    "Mon identifiant intranet est [[ID_NUMBER|pdurand42]] et le mot de passe provisoire [[PASSWORD|Azerty!2024]] a expiré. Rédige un ticket pour le support, signé [[PERSON|Pauline Durand]], service achats.",
    "J'ai perdu ma carte bancaire [[CREDIT_CARD|4916 5820 3746 1920]] dans le métro. Est-ce que je dois d'abord faire opposition ou porter plainte au commissariat ?",
    "Pour mon père, [[PERSON|Jean-Claude Mercier]], le numéro de sécu est le [[ID_NUMBER|1 77 05 13 055 148 25]] ; il habite [[STREET_ADDRESS|3 allée des Pins, 13009 Marseille]]. Comment lui commander une nouvelle carte Vitale ?",
    "Peux-tu traduire en anglais ce message pour notre cliente [[PERSON|Sandrine Aubert]] : « Votre commande sera livrée demain matin, appelez-moi au [[PHONE_NUMBER|01 99 00 27 64]] en cas de souci. »",
]

# German: Germany, Austria, Switzerland.
DE = [
    "kannst du mir helfen, eine nachricht an meinen vermieter [[PERSON|herbert krause]] zu schreiben? die heizung in der [[STREET_ADDRESS|lindenstraße 27, 10969 berlin]] ist seit montag kaputt und es ist eiskalt",
    "mein passwort ist [[PASSWORD|sommer2023!]] und outlook fragt trotzdem ständig danach, woran kann das liegen",
    "schreib bitte eine geburtstagskarte für meine oma [[PERSON|gertrud]], sie wird 90 und liebt ihren garten und ihre hühner",
    "meine kollegin [[PERSON|sabine hoffmann]] hat mir ihre festnetznummer gegeben, [[PHONE_NUMBER|030 23125 418]], wie speichere ich die im iphone mit vorwahl richtig ab",
    "ich bin [[PERSON|lukas becker]], meine kundennummer ist [[ID_NUMBER|4471093]], bitte formuliere eine kündigung für mein fitnessstudio-abo zum monatsende",
    "Formuliere bitte eine Zahlungserinnerung an Herrn [[PERSON|Klaus Wagner]]: Er schuldet mir noch 450 Euro für das Fahrrad, zu überweisen auf [[IBAN_CODE|DE77 1001 0010 0123 4567 89]].",
    "Meine Steuer-ID ist [[ID_NUMBER|47 829 310 561]], aber ich finde meine Steuernummer nicht mehr. Wo steht die, und brauche ich sie für die Steuererklärung überhaupt?",
    "Hallo, ich wohne jetzt in der [[STREET_ADDRESS|Mariahilfer Straße 88/12, 1070 Wien]] und möchte mich ummelden. Mein Name ist [[PERSON|Johanna Pichler]]. Brauche ich dafür einen Termin beim Magistrat?",
    "Kannst du mir einen Dauerauftrag erklären? Ich will jeden Monat 200 Franken an meine Tochter [[PERSON|Lea Baumann]] überweisen, IBAN [[IBAN_CODE|CH72 0900 0000 3127 4586 2]].",
    "Unser Server mit der IP [[IP_ADDRESS|203.0.113.57]] ist nicht erreichbar. Mein Login ist [[ID_NUMBER|admin_mueller]] mit dem Passwort [[PASSWORD|Kx9!vTr2#q]]. Warum klappt SSH nicht?",
    "Schreib eine freundliche Absage an Frau Dr. [[PERSON|Petra Schulze]] ([[EMAIL_ADDRESS|p.schulze@praxis-schulze.de]]), ich kann den Termin am Freitag leider nicht wahrnehmen.",
    "Mein Sohn [[PERSON|Finn Richter]] braucht eine Entschuldigung für die Schule. Wir wohnen [[STREET_ADDRESS|Am Mühlbach 4, 85221 Dachau]], Telefon [[PHONE_NUMBER|089 99998 217]]. Er hatte zwei Tage Fieber.",
    "Die Kaution soll auf [[IBAN_CODE|AT98 2011 1822 2191 4637]] gehen, Kontoinhaber ist [[PERSON|Markus Gruber]]. Ist es normal, dass ein Vermieter in Graz drei Monatsmieten verlangt?",
    "Meine PIN für die Girokarte ist [[PASSWORD|8153]]. Darf ich die meiner Frau [[PERSON|Anja]] sagen, oder zahlt die Bank dann bei Betrug nicht?",
    "Bitte fasse diese Notiz zusammen: Anruf von [[PERSON|Dieter Vogel]] aus Hamburg, Rückruf unter [[PHONE_NUMBER|040 66969 352]], wegen Angebot Nr. 2024-117, er will bis Mittwoch eine Antwort.",
]

# Brazilian Portuguese.
PT = [
    "oi, me ajuda a escrever uma mensagem de feliz aniversário pra minha sogra, dona [[PERSON|aparecida nogueira]]? ela mora sozinha em campinas e adora novela",
    "minha senha do app do banco é [[PASSWORD|flamengo1981]] e bloqueou depois que errei, como faço pra desbloquear sem ir na agência",
    "meu cpf é [[ID_NUMBER|286.417.935-00]], tem como saber se eu tenho dinheiro esquecido no banco central?",
    "o [[PERSON|thiago]] do financeiro pediu minha chave pix, que é meu email [[EMAIL_ADDRESS|camila.rocha92@hotmail.com]], isso é seguro passar?",
    "escreve um zap pro meu vizinho, seu [[PERSON|jorge almeida]], pedindo pra ele abaixar o som depois das 22h, sem ser grosso",
    "Preciso atualizar meu endereço no Detran. Moro na [[STREET_ADDRESS|Rua das Palmeiras, 215, apto 32, Vila Mariana, São Paulo - SP, 04112-030]] e meu CPF é [[ID_NUMBER|519.038.274-50]]. Qual o passo a passo?",
    "Me ajuda a cobrar a [[PERSON|Juliana Prado]] educadamente? Ela me deve R$ 300 desde março e o meu celular pra ela mandar o pix é [[PHONE_NUMBER|(11) 98742-3615]].",
    "Sou o [[PERSON|Rafael Teixeira]], cliente [[ID_NUMBER|0093847216]] da operadora, e quero cancelar o plano de internet. Escreve um texto firme pra eu mandar no chat deles.",
    "Senha: [[PASSWORD|Ipanema@2020]]. Esse é o wi-fi da minha casa, como mudo pra uma senha mais segura no roteador da Vivo?",
    "Vou receber um pagamento do exterior. Meus dados: [[PERSON|Beatriz Carvalho Souza]], IBAN [[IBAN_CODE|BR18 0036 0305 0000 1000 9795 493C 1]]. Escreve em inglês pra eu mandar pro cliente.",
    "Minha mãe, [[PERSON|Maria do Socorro Silva]], CPF [[ID_NUMBER|734.162.058-71]], precisa marcar consulta no posto de saúde. Ela mora na [[STREET_ADDRESS|Rua Sete de Setembro, 88, Centro, Recife - PE, 50010-010]].",
    "Fiz uma compra que não reconheço no cartão [[CREDIT_CARD|5213 8476 0291 4372]]. Como eu contesto isso no aplicativo do banco?",
    "Escreve um e-mail pro Dr. [[PERSON|Paulo Henrique Barros]] pedindo o laudo do exame da minha filha [[PERSON|Lívia]]. O e-mail dele é [[EMAIL_ADDRESS|dr.paulobarros@clinicavida.com.br]].",
    "Meus dados bancários: [[PERSON|Gustavo Ribeiro]], Itaú, agência 0472, conta corrente [[ID_NUMBER|38215-6]]. Passa isso pro formato que o RH pediu no cadastro?",
    "Oi, sou a [[PERSON|Patrícia Mendes]] e moro na [[STREET_ADDRESS|Rua Marquês de Caravelas, 120, Barra, Salvador - BA, 40140-240]]. Qual a melhor forma de ir daqui até o aeroporto de madrugada?",
]

# Italian.
IT = [
    "ciao, mi aiuti a scrivere un messaggio alla mia vicina [[PERSON|carla de santis]]? le ho rotto un vaso sul balcone e vorrei scusarmi",
    "la mia password di spid è [[PASSWORD|gattonero88]] ma non mi fa entrare sul sito dell'inps, che faccio",
    "devo dare il mio indirizzo al corriere: [[STREET_ADDRESS|via dei mille 5, 80121 napoli]], citofono [[PERSON|esposito]], va bene scritto così?",
    "il mio capo [[PERSON|roberto ferri]] mi ha chiesto di lavorare sabato, come gli rispondo che non posso senza sembrare scortese",
    "scrivi un sms a [[PERSON|giulia]], il numero è [[PHONE_NUMBER|347 218 5096]], dille che il compito di matematica è spostato a lunedì",
    "Il mio codice fiscale è [[ID_NUMBER|CLMLRA92D55L219J]], mi chiamo [[PERSON|Laura Colombo]] e abito in [[STREET_ADDRESS|Corso Vittorio Emanuele II 64, 10121 Torino]]. Mi aiuti a compilare la domanda per il bonus asilo nido?",
    "Devo fare un bonifico a mio fratello [[PERSON|Matteo Galli]], IBAN [[IBAN_CODE|IT83 X030 6909 6061 0000 0014 762]]. Che causale metto per un prestito tra familiari?",
    "Buongiorno, mi scriva una mail formale per il dott. [[PERSON|Alessandro Marini]] per chiedere il referto delle analisi di mia madre. Il suo indirizzo è [[EMAIL_ADDRESS|a.marini@studiomedicomarini.it]].",
    "Mio marito [[PERSON|Giuseppe Bruno]], codice fiscale [[ID_NUMBER|BRNGPP78H22F205D]], deve fare il 730 ma ha perso il CUD. Come lo recupera online?",
    "Ho dimenticato il PIN del bancomat, forse era [[PASSWORD|0619]]. Quanti tentativi ho prima che la carta si blocchi?",
    "Mi chiamo [[PERSON|Francesco Ricci]], codice fiscale [[ID_NUMBER|RCCFNC69S08H501N]], e devo rinnovare la carta d'identità al Comune di Roma. Serve la prenotazione?",
    "Scrivi un avviso per la bacheca del condominio di [[STREET_ADDRESS|Via Garibaldi 12, 16124 Genova]]: la signora [[PERSON|Pina Moretti]] del terzo piano cerca qualcuno che le porti la spesa il martedì.",
    "La mia carta [[CREDIT_CARD|4026 1738 5920 1649]] è stata clonata. Mi aiuti a scrivere la denuncia da portare ai carabinieri?",
    "Il tecnico della caldaia si chiama [[PERSON|Davide Conti]] e il suo numero è [[PHONE_NUMBER|+39 335 804 2167]]. Scrivigli che l'appuntamento di martedì alle nove mi va bene.",
    "La mia password aziendale è [[PASSWORD|Milano!Duomo7]] e il nome utente [[ID_NUMBER|s.greco]]; come faccio a collegarmi alla VPN da casa?",
]

# Dutch: Netherlands and Flanders.
NL = [
    "kun je een appje schrijven voor mijn buurvrouw [[PERSON|ineke bosman]]? ze heeft gisteren een pakketje voor me aangenomen en ik wil haar bedanken",
    "mijn wachtwoord is [[PASSWORD|fietsbel2019]] en digid zegt dat het niet klopt, moet ik een nieuwe aanvragen?",
    "hoe vraag ik een verwijzing voor de fysio aan bij mijn huisarts, dokter [[PERSON|willem janssen]], zonder langs te gaan",
    "stuur dit naar [[PERSON|daan]]: morgen om acht uur bij het station, en bel me op [[PHONE_NUMBER|06-41873920]] als je later bent",
    "ik ben [[PERSON|sanne kok]] en ik woon op [[STREET_ADDRESS|dorpsstraat 14, 3732 hj de bilt]], kun je een klachtbrief schrijven over de bezorging van mijn pakket",
    "Mijn BSN is [[ID_NUMBER|274051837]]. Welke gegevens heb ik nog meer nodig om zorgtoeslag aan te vragen?",
    "Kun je een betaalverzoek opstellen voor mijn huisgenoot [[PERSON|Thijs van Leeuwen]]? Hij moet 85 euro overmaken naar [[IBAN_CODE|NL03 RABO 0312 4567 89]] voor de energierekening.",
    "Schrijf een formele mail aan mevrouw [[PERSON|Fatima El Amrani]] ([[EMAIL_ADDRESS|f.elamrani@gemeente-zaanstad.nl]]) over mijn aanvraag voor een parkeervergunning.",
    "Mijn laptop krijgt IP [[IP_ADDRESS|198.51.100.23]] maar ik kan niet printen. Gebruikersnaam [[ID_NUMBER|jdevries]], wachtwoord [[PASSWORD|Tulp&Molen55]]. Wat kan ik nog proberen?",
    "Kan je een mailtje schrijven naar mijn verhuurder [[PERSON|Luc Peeters]] dat ik de huur voortaan stort op [[IBAN_CODE|BE54 0016 7432 9125]]? Ik woon [[STREET_ADDRESS|Kerkstraat 41 bus 2, 2000 Antwerpen]].",
    "Mijn zoon [[PERSON|Bram Visser]], BSN [[ID_NUMBER|618293073]], heeft een nieuw paspoort nodig. Moet hij zelf mee naar het gemeentehuis?",
    "Help me een opzegbrief te schrijven. Naam: [[PERSON|Marloes Dekker]], klantnummer [[ID_NUMBER|83726154]], adres [[STREET_ADDRESS|Keizersgracht 221-III, 1016 DV Amsterdam]].",
    "Ik kreeg een sms van [[PHONE_NUMBER|+31 6 29384715]] dat mijn pakket vastzit bij de douane. Is dat phishing?",
    "De pincode van mijn bankpas is [[PASSWORD|3071]]. Is het slim om die in de notities op mijn telefoon te bewaren?",
    "Vertaal naar het Engels: Beste [[PERSON|Joost]], de vergadering is verplaatst naar donderdag. Groet, [[PERSON|Annemiek Smit]], tel. [[PHONE_NUMBER|020-7418395]]",
]

# Polish.
PL = [
    "pomóż mi napisać smsa do mojej sąsiadki [[PERSON|haliny wójcik]], że jutro nie będzie wody od 8 do 14",
    "moje hasło do banku to [[PASSWORD|kotek2015]] i chyba ktoś się zalogował z innego miasta, co mam robić",
    "mój szef [[PERSON|marek zieliński]] ciągle dzwoni po godzinach, jak mu grzecznie powiedzieć żeby przestał",
    "jestem [[PERSON|agnieszka nowak]], mój numer to [[PHONE_NUMBER|601 234 587]], napisz ogłoszenie że sprzedaję wózek dziecięcy",
    "potrzebuję wzoru pisma do spółdzielni, mieszkam na [[STREET_ADDRESS|ul. kwiatowa 12/4, 02-567 warszawa]] i mam przeciek z sufitu od sąsiada z góry",
    "Mój PESEL to [[ID_NUMBER|87061412931]]. Jak sprawdzić, czy ktoś nie wziął kredytu na moje dane?",
    "Napisz wezwanie do zapłaty dla pana [[PERSON|Tomasza Kowalczyka]]. Ma przelać 1200 zł na konto [[IBAN_CODE|PL34 1140 2004 0000 3102 7654 3210]] do końca miesiąca.",
    "Pomóż mi napisać maila do pani doktor [[PERSON|Ewy Lewandowskiej]] ([[EMAIL_ADDRESS|e.lewandowska@przychodnia-zdrowie.pl]]) z prośbą o przedłużenie recepty.",
    "Moja żona [[PERSON|Zuzanna Kamińska]], PESEL [[ID_NUMBER|92032578468]], chce zmienić nazwisko po ślubie. Jakie dokumenty trzeba złożyć w USC?",
    "Mój login do systemu to [[ID_NUMBER|k.szymanski]], a hasło [[PASSWORD|Wisla#2024]], ale po zmianie hasła Teams przestał działać. Co sprawdzić?",
    "Dane do faktury: [[PERSON|Piotr Mazur]], [[STREET_ADDRESS|ul. Długa 8/15, 31-147 Kraków]], NIP [[ID_NUMBER|676-238-91-46]]. Popraw format, żeby wyglądało profesjonalnie.",
    "Bank zablokował mi kartę [[CREDIT_CARD|5458 1203 9467 2515]] po płatności w internecie. Jak ją odblokować?",
    "Napisz życzenia imieninowe dla babci [[PERSON|Stanisławy]]. Dopisz na końcu, żeby dzwoniła na mój nowy numer [[PHONE_NUMBER|+48 512 470 936]].",
    "PESEL mojego taty [[PERSON|Jerzego]] to [[ID_NUMBER|65110803712]]. Czy mogę za niego odebrać receptę w aptece?",
    "Kod do domofonu to [[PASSWORD|4827#]], mieszkam przy [[STREET_ADDRESS|ul. Mickiewicza 33 m. 7, 60-833 Poznań]]. Napisz krótką instrukcję dla kuriera.",
]

# Turkish.
TR = [
    "komşum [[PERSON|ayşe yıldız]] hanıma teşekkür mesajı yazar mısın, tatildeyken çiçeklerimi sulamış",
    "şifrem [[PASSWORD|galata1453]] ama e-devlet kabul etmiyor, ne yapmalıyım",
    "patronum [[PERSON|murat demir]] beye izin dilekçesi yazar mısın, annem hastanede yatıyor",
    "benim adım [[PERSON|elif şahin]], numaram [[PHONE_NUMBER|0532 418 27 63]], kiralık ev ilanına cevap yazmama yardım eder misin",
    "kargoyu şu adrese gönderecekler: [[STREET_ADDRESS|bağdat caddesi no: 145 daire: 8, 34730 kadıköy/istanbul]], doğru yazmış mıyım",
    "T.C. kimlik numaram [[ID_NUMBER|38512074998]], e-Devlet şifremi unuttum. PTT'ye gitmeden yeni şifre alabilir miyim?",
    "Ev sahibim [[PERSON|Hüseyin Aydın]] kirayı [[IBAN_CODE|TR09 0006 2000 1230 0006 2951 47]] hesabına yatırmamı istiyor. Açıklama kısmına ne yazmalıyım?",
    "Dr. [[PERSON|Zeynep Arslan]]'a randevu iptali için kibar bir mesaj yazar mısın? Mesajı [[EMAIL_ADDRESS|zeynep.arslan@medikalklinik.com.tr]] adresine atacağım.",
    "Annemin adı [[PERSON|Fatma Koç]], TC'si [[ID_NUMBER|50271638440]]. Onun adına MHRS'den randevu alabilir miyim?",
    "Kredi kartım [[CREDIT_CARD|4719 0382 6554 0199]] ile yaptığım iade hâlâ gelmedi. Bankaya nasıl şikâyet yazarım?",
    "Şirket mailim [[EMAIL_ADDRESS|burak.celik@anadolulojistik.com.tr]], şifrem [[PASSWORD|Ankara.06.Bc]]. Outlook'a eklerken sunucu ayarlarını nasıl girerim?",
    "Kardeşim [[PERSON|Emre]] yurt dışında, ona para göndermem lazım: alıcı [[PERSON|Emre Kaya]], IBAN [[IBAN_CODE|TR74 0001 0017 4589 3261 0450 01]]. Hangi yöntem daha ucuz olur?",
    "Yeni adresim [[STREET_ADDRESS|Atatürk Bulvarı No: 72/5, 06420 Çankaya/Ankara]]. Bunu İngilizce bir formda nasıl yazarım?",
    "Oğlum [[PERSON|Kerem Öztürk]] için okul kaydı yapacağım, TC kimlik no [[ID_NUMBER|14680392508]]. e-Okul'da veli bilgisi nasıl güncellenir?",
    "Banka kartımın şifresi [[PASSWORD|1907]], bunu eşim [[PERSON|Selin]] de biliyor. Sorun olur mu, değiştirmeli miyim?",
]

# Indonesian.
ID = [
    "tolong buatin pesan wa buat tetangga saya bu [[PERSON|sri wahyuni]], mau pinjam tangga besok pagi buat benerin genteng",
    "kata sandi email saya [[PASSWORD|melati_2018]] tapi katanya salah terus, gimana cara resetnya kalau nomor hp lama sudah hilang",
    "atasan saya pak [[PERSON|hendra gunawan]] minta laporan dikirim malam ini, bantu bikin email minta perpanjangan waktu ya",
    "nama saya [[PERSON|rina puspitasari]], no hp [[PHONE_NUMBER|0812-3456-7891]], tolong bikin caption buat jualan kue kering online",
    "kirim paketnya ke [[STREET_ADDRESS|jl. kenanga no. 17, rt 03/rw 05, tebet barat, jakarta selatan 12810]] ya, ini formatnya sudah benar belum",
    "NIK saya [[ID_NUMBER|3174051208890003]]. Bagaimana cara cek status kepesertaan BPJS Kesehatan saya secara online?",
    "Tolong tuliskan surat kuasa untuk adik saya [[PERSON|Ahmad Fauzi]] supaya bisa mengambil paket atas nama saya, [[PERSON|Siti Rahmawati]], di kantor pos.",
    "Transfer ke rekening BCA [[ID_NUMBER|5270331846]] atas nama [[PERSON|Yoga Pratama]] aman nggak kalau penjualnya baru kenal di Facebook?",
    "PIN m-banking saya [[PASSWORD|280694]], apakah aman kalau saya simpan di catatan HP?",
    "Saya [[PERSON|Bambang Setiawan]], tinggal di [[STREET_ADDRESS|Jl. Diponegoro No. 45, Darmo, Surabaya 60241]]. Tolong buatkan surat keluhan ke PDAM soal air mati tiga hari.",
    "Bantu tulis email ke dosen pembimbing saya, Bu [[PERSON|Lina Hartono]] ([[EMAIL_ADDRESS|lina.hartono@univnusantara.ac.id]]), untuk minta jadwal bimbingan skripsi minggu depan.",
    "Kartu kredit saya [[CREDIT_CARD|5183 4729 0165 7386]] kena transaksi aneh di luar negeri. Apa yang harus saya sampaikan ke call center?",
    "Nomor WA ibu kos saya [[PHONE_NUMBER|+62 857-2014-3368]], namanya Ibu [[PERSON|Ratna Sulastri]]. Tolong bikin pesan sopan untuk minta keringanan bayar kos bulan ini.",
    "Username Tokopedia saya [[ID_NUMBER|andika.putra99]] dan password [[PASSWORD|Bandung#1999]], kok tidak bisa login ya?",
    "Suami saya [[PERSON|Rudi Hartanto]] butuh surat keterangan kerja. NPWP-nya [[ID_NUMBER|09.254.294.3-407.000]]. Bisa bantu buat formatnya?",
]

# Swahili: Kenya and Tanzania.
SW = [
    "naomba unisaidie kuandika ujumbe kwa jirani yangu mama [[PERSON|neema]] kumshukuru kwa kunitunzia watoto jana usiku",
    "pin yangu ya m-pesa ni [[PASSWORD|4817]], je ni salama kumwambia wakala akinisaidia kutoa pesa?",
    "bosi wangu [[PERSON|john otieno]] ananitumia ujumbe usiku sana, nimjibu vipi kwa heshima bila kumkosea",
    "jina langu ni [[PERSON|wanjiku kamau]], namba yangu ni [[PHONE_NUMBER|0712 345 689]], niandikie tangazo la kuuza sofa na meza",
    "nenosiri langu la facebook ni [[PASSWORD|simba2020]] na mtu ameingia kwenye akaunti yangu, nisaidie kuirudisha",
    "Nambari yangu ya kitambulisho ni [[ID_NUMBER|28461937]]. Ninawezaje kuomba cheti cha maadili mtandaoni?",
    "Niandikie barua pepe kwa Daktari [[PERSON|Achieng Odhiambo]] ([[EMAIL_ADDRESS|a.odhiambo@afyabora.co.ke]]) kuomba majibu ya vipimo vya mama yangu.",
    "Mwenye nyumba wangu, Bwana [[PERSON|Salim Juma]], anataka kodi ilipwe kupitia namba [[PHONE_NUMBER|+255 754 318 206]]. Niandikie ujumbe kuomba muda zaidi.",
    "KRA PIN yangu ni [[ID_NUMBER|A014728365Z]] na nimesahau nenosiri la iTax. Nifanye nini ili nirudishe akaunti?",
    "Anwani yangu mpya ni [[STREET_ADDRESS|Nyumba Na. 14, Barabara ya Ngong, Kilimani, Nairobi]]. Niandikie barua ya kuijulisha benki.",
    "Mtoto wangu [[PERSON|Baraka Mwangi]] anahitaji barua ya ruhusa kutoka shuleni kesho. Jina langu ni [[PERSON|Grace Njeri Mwangi]].",
    "Nambari ya NIDA ya mume wangu [[PERSON|Abdallah Mussa]] ni [[ID_NUMBER|19850312-14127-00001-26]]. Je, anaweza kusajili laini mpya bila kwenda ofisini?",
    "Niandikie ujumbe kwa mteja wangu kumwomba alipe kwenye akaunti yangu ya CRDB [[ID_NUMBER|0152473891600]], jina [[PERSON|Rehema Said]].",
    "Barua pepe yangu ni [[EMAIL_ADDRESS|kipchumba.brian@gmail.com]] na nenosiri ni [[PASSWORD|Eldoret@254]]. Kwa nini Gmail inasema kuna mtu aliingia kutoka nchi nyingine?",
    "Mwalimu [[PERSON|Fatuma Ali]] wa darasa la tano ameomba namba yangu, [[PHONE_NUMBER|+254 722 614 307]]. Niandikie ujumbe mfupi wa kujitambulisha kwake.",
]

# Tagalog.
TL = [
    "pakigawa naman ng mensahe para kay aling [[PERSON|nena]], salamat sa pagbabantay ng bahay habang wala kami",
    "ang password ko sa facebook ay [[PASSWORD|mahalkita123]] at may nag-login daw sa cebu, ano ang gagawin ko",
    "si sir [[PERSON|rodel santos]] ay laging nagpapa-overtime, paano ko siya kakausapin nang maayos",
    "ako si [[PERSON|jenny villanueva]], ang number ko ay [[PHONE_NUMBER|0917 482 3516]], tulungan mo akong gumawa ng post para magbenta ng cake",
    "ipapadala ko ang package sa [[STREET_ADDRESS|123 mabini st., brgy. san antonio, makati city 1203]], tama ba ang pagkakasulat ko",
    "Ang PhilSys number ko ay [[ID_NUMBER|5823-0194-7362-8015]]. Paano ko makukuha ang physical ID ko kung hindi pa dumarating?",
    "Pakisulat ng email kay Dr. [[PERSON|Ramon Dizon]] ([[EMAIL_ADDRESS|rdizon.clinic@yahoo.com]]) para humingi ng medical certificate ng anak kong si [[PERSON|Miguel]].",
    "Ang SSS number ko ay [[ID_NUMBER|34-5817206-9]] at hindi ko ma-access ang My.SSS account ko. Ano ang dapat kong gawin?",
    "Ang landlady namin na si Ma'am [[PERSON|Corazon Reyes]] ay gustong ibayad ang upa sa GCash niya, [[PHONE_NUMBER|0998 215 7743]]. Gawan mo ako ng mensahe para humingi ng resibo.",
    "Nakatira ako sa [[STREET_ADDRESS|Blk 7 Lot 22, Phase 2, Camella Homes, Bacoor, Cavite 4102]]. Paano mag-apply ng barangay clearance?",
    "Ang password ng wifi namin ay [[PASSWORD|Pamilya2024!]], paano ko ito papalitan sa router?",
    "Pinsan ko si [[PERSON|Angelica Bautista]], TIN [[ID_NUMBER|412-739-528-000]]. Puwede ko ba siyang ipag-file ng ITR?",
    "Nawala ang credit card ko, [[CREDIT_CARD|4539 1826 7403 5512]]. Anong number ang dapat kong tawagan para ipa-block ito?",
    "Ako si [[PERSON|Mark Anthony Cruz]], employee ID [[ID_NUMBER|EMP-20931]]. Gumawa ka ng leave letter para sa HR, tatlong araw dahil sa lagnat.",
    "Ang PhilHealth number ng nanay ko na si [[PERSON|Lourdes Garcia]] ay [[ID_NUMBER|12-050318274-6]]. Paano i-check kung active pa ito?",
]

# Vietnamese, with its diacritics.
VI = [
    "viết giúp tôi tin nhắn cảm ơn chị [[PERSON|hằng]] hàng xóm đã trông con giúp tối qua",
    "mật khẩu của tôi là [[PASSWORD|hoasen1990]] mà zalo báo sai, làm sao lấy lại được",
    "sếp tôi là anh [[PERSON|trần minh quân]], anh ấy muốn tôi làm thêm cuối tuần, tôi nên trả lời thế nào cho khéo",
    "tôi tên là [[PERSON|phạm thu trang]], số điện thoại [[PHONE_NUMBER|0912 738 465]], viết giúp bài đăng bán xe máy cũ",
    "giao hàng đến [[STREET_ADDRESS|số 25 ngõ 102 phố thái hà, phường trung liệt, quận đống đa, hà nội]] nhé, địa chỉ viết vậy đúng chưa",
    "Số CCCD của tôi là [[ID_NUMBER|001089024715]]. Làm sao để tích hợp bằng lái xe vào VNeID?",
    "Chuyển khoản cho em gái tôi [[PERSON|Nguyễn Thị Mai]] vào số tài khoản Vietcombank [[ID_NUMBER|0071001234589]] thì nên ghi nội dung thế nào?",
    "Viết email gửi bác sĩ [[PERSON|Lê Văn Hùng]] ([[EMAIL_ADDRESS|levanhung.bs@benhvienanbinh.vn]]) để xin lịch tái khám cho mẹ tôi.",
    "Mã PIN thẻ ATM của tôi là [[PASSWORD|5092]], tôi lỡ nói cho người gọi tự xưng là nhân viên ngân hàng. Phải làm gì ngay?",
    "Tôi là [[PERSON|Đỗ Quang Huy]], nhà ở [[STREET_ADDRESS|123 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh]]. Viết giúp đơn khiếu nại tiếng ồn công trình ban đêm.",
    "Thẻ tín dụng [[CREDIT_CARD|5427 6193 0284 7166]] của tôi bị trừ tiền hai lần khi mua hàng online, khiếu nại thế nào?",
    "Tài khoản công ty: tên đăng nhập [[ID_NUMBER|hoang.ntl]], mật khẩu [[PASSWORD|Saigon@2023]]. Sao tôi không vào được email nội bộ?",
    "Cô giáo chủ nhiệm của con tôi là cô [[PERSON|Vũ Thị Lan]], số điện thoại [[PHONE_NUMBER|0983 451 702]]. Viết giúp tin nhắn xin cho cháu nghỉ học hai ngày.",
    "Ông ngoại tôi là ông [[PERSON|Bùi Văn Tư]], cần làm lại thẻ bảo hiểm y tế. Số CCCD của ông là [[ID_NUMBER|036049001283]].",
    "Tôi là [[PERSON|Lê Ngọc Ánh]], email cá nhân [[EMAIL_ADDRESS|ngocanh.le95@gmail.com]]. Hãy viết giúp thư xin việc vị trí kế toán.",
]

# Romanian.
RO = [
    "ajută-mă să scriu un mesaj pentru vecina mea, doamna [[PERSON|elena stan]], că lipsesc o săptămână și să-mi ude florile",
    "parola mea de pe ghișeul.ro este [[PASSWORD|brasov1977]] dar nu mă lasă să plătesc amenda, ce să fac",
    "șeful meu, [[PERSON|cristian dumitrescu]], vrea să vin și sâmbăta, cum îi spun politicos că nu pot",
    "sunt [[PERSON|ioana marin]], numărul meu e [[PHONE_NUMBER|0722 418 903]], scrie-mi un anunț pentru vânzarea unei biciclete",
    "trimiteți coletul la [[STREET_ADDRESS|str. florilor nr. 7, ap. 3, 400112 cluj-napoca]], e bine scrisă adresa?",
    "CNP-ul meu este [[ID_NUMBER|1880312401238]]. Cum îmi fac programare pentru buletin nou în București?",
    "Te rog, scrie un mesaj către proprietarul meu, domnul [[PERSON|Gheorghe Popa]]: chiria pe luna asta o trimit în contul lui [[IBAN_CODE|RO57 BTRL 0130 1205 A731 94XX]] abia luni.",
    "Scrie un e-mail doamnei doctor [[PERSON|Andreea Vasilescu]] ([[EMAIL_ADDRESS|andreea.vasilescu@clinicamedis.ro]]) ca să reprogramez consultația fiicei mele.",
    "Soția mea, [[PERSON|Mihaela Georgescu]], CNP [[ID_NUMBER|2911120034565]], trebuie să-și reînnoiască pașaportul. Poate merge fără programare?",
    "Parola de la Wi-Fi este [[PASSWORD|Carpati#2021]]. Cum o schimb din setările routerului?",
    "Cardul meu [[CREDIT_CARD|4913 7205 8164 3906]] a fost blocat după o plată online. Ce să le spun la bancă?",
    "Locuiesc pe [[STREET_ADDRESS|Bulevardul Unirii nr. 22, bl. 8B, sc. 1, ap. 45, sector 3, 030823 București]] și vreau să reclam la primărie groapa din fața blocului. Ajută-mă cu textul.",
    "Tatăl meu, [[PERSON|Vasile Ionescu]], CNP [[ID_NUMBER|1760501407892]], vrea să-și verifice stagiul de cotizare la pensie. Unde poate vedea online?",
    "Salariul îmi intră în [[IBAN_CODE|RO24 INGB 0000 9999 0471 2836]], pe numele meu, [[PERSON|Adrian Munteanu]]. Cum completez formularul de la HR?",
    "Userul meu de la serviciu e [[ID_NUMBER|radu.neagu]] și codul de la ușă [[PASSWORD|730915]]; colegul [[PERSON|Sorin Tudor]] mi l-a cerut. E în regulă să i-l dau?",
]

# Czech.
CS = [
    "pomoz mi napsat zprávu sousedce paní [[PERSON|jarmile novotné]], že jí vrátím vrtačku zítra večer",
    "moje heslo do datové schránky je [[PASSWORD|vltava1989]] a nejde mi přihlásit, co s tím",
    "můj šéf [[PERSON|petr svoboda]] chce, abych přišel v sobotu, jak mu slušně napsat, že nemůžu",
    "jsem [[PERSON|lucie dvořáková]], moje číslo je [[PHONE_NUMBER|603 418 927]], napiš inzerát na prodej kočárku",
    "pošlete balík na [[STREET_ADDRESS|vinohradská 1234/56, 120 00 praha 2]], je ta adresa dobře napsaná?",
    "Moje rodné číslo je [[ID_NUMBER|856214/4811]]. Jak si zřídím bankovní identitu pro přihlášení na Portál občana?",
    "Napiš e-mail panu [[PERSON|Jiřímu Procházkovi]], majiteli bytu, že nájem pošlu na účet [[IBAN_CODE|CZ65 0800 0000 1920 0014 5399]] až v pondělí.",
    "Paní doktorka [[PERSON|Eva Černá]] má e-mail [[EMAIL_ADDRESS|cerna.ordinace@seznam.cz]]. Napiš jí prosbu o recept na léky pro mou mámu.",
    "Manžel [[PERSON|Tomáš Veselý]], rodné číslo [[ID_NUMBER|790403/4820]], potřebuje nový řidičský průkaz. Může to vyřídit na kterémkoli úřadě?",
    "Číslo účtu pro výplatu: [[ID_NUMBER|2718435610/0300]], majitel [[PERSON|Ondřej Kučera]]. Jak to mám napsat do formuláře pro zaměstnavatele?",
    "PIN ke kartě [[CREDIT_CARD|5520 3918 4765 0234]] je [[PASSWORD|6204]], ale nejsem si jistý, jestli jsem ho nezměnil. Kolik mám pokusů?",
    "Bydlím na [[STREET_ADDRESS|Masarykova 15, 602 00 Brno]] a potřebuju napsat stížnost na hluk z baru v přízemí.",
    "Dcera [[PERSON|Kateřina Marková]], rodné číslo [[ID_NUMBER|925817/4816]], si po svatbě mění příjmení. Jaké doklady potřebuje?",
    "Přihlašovací jméno [[ID_NUMBER|mhorak]], heslo [[PASSWORD|Sumava!77]], a stejně mě to nepustí do firemní VPN. Kde může být chyba?",
    "Napiš SMS pro instalatéra [[PERSON|Pavla Růžičku]] na číslo [[PHONE_NUMBER|+420 775 203 418]], že může přijít ve čtvrtek v osm.",
]

# Code-switched with English: Spanglish, Hinglish in Latin letters, Taglish.
MIX = [
    "hey can you help me write un mensaje para mi landlord, mr. [[PERSON|tom becker]], porque the ac no funciona desde el lunes y hace un calor horrible",
    "bhai mera netflix password [[PASSWORD|rohit@1234]] hai aur login nahi ho raha, kya karun, reset link bhi nahi aa raha",
    "pwede mo ba akong tulungan mag-draft ng email kay ms. [[PERSON|joanna lim]], yung hr namin, about my late salary? super hassle na talaga",
    "mere dost [[PERSON|arjun mehta]] ka number [[PHONE_NUMBER|98204 61735]] hai, usko birthday wish karne ke liye ek funny message likh do",
    "My social is [[US_SSN|541-27-6093]] y necesito llenar la aplicación del apartment en [[STREET_ADDRESS|4521 W Flagler St, Miami, FL 33134]]. My cell is [[PHONE_NUMBER|(305) 555-0162]]. ¿Qué más me van a pedir?",
    "Yung mama ko, si [[PERSON|Rosario Mendoza]], needs help with her SSS pension. Her number is [[ID_NUMBER|03-9182746-5]], paano ba mag-apply online?",
    "Mera Aadhaar number [[ID_NUMBER|5820 3917 6424]] hai, isko PAN se link kaise karein? PAN [[ID_NUMBER|BQKPS4821M]] hai.",
    "Can you write un email para mi jefa [[PERSON|Linda Ramírez]] ([[EMAIL_ADDRESS|lramirez@sunbeltroofing.com]]) diciéndole que I'm sick today y no voy a ir?",
    "[[PERSON|Naresh Gupta]] ji mere landlord hain, unko rent ke liye message likhna hai. Rent is account mein jayega: [[ID_NUMBER|50100283746152]], HDFC.",
    "Hi! I'm [[PERSON|Patricia Soriano]], my GCash number is [[PHONE_NUMBER|0927 614 3082]] and my MPIN is [[PASSWORD|739204]]. Bakit ayaw mag-send ng pera?",
]

# Clean texts, 7 a language: no private person named.
CLEAN_ES = [
    "¿Me das una receta de tortilla de patatas jugosa para cuatro personas, con o sin cebolla?",
    "¿Qué tiempo suele hacer en Sevilla en abril? Voy a ir en Semana Santa y no sé qué ropa llevar.",
    "¿Quién fue Simón Bolívar y por qué hay tantas plazas y avenidas con su nombre en Sudamérica?",
    "¿Es seguro caminar de noche por la Avenida Francisco de Miranda en Caracas o mejor tomo un taxi?",
    "Problema: Lucía tiene 24 caramelos y le da un tercio a su hermano Pablo. ¿Cuántos caramelos le quedan?",
    "dame tres consejos para hablar en público en una reunión de trabajo sin ponerme nervioso",
    "¿Por qué se celebra la noche de San Juan con hogueras en Alicante?",
]
CLEAN_FR = [
    "Quelle est la recette d'une vraie quiche lorraine, sans crème fraîche allégée ?",
    "Que faire à Lyon un dimanche pluvieux avec deux enfants de six et neuf ans ?",
    "Victor Hugo a-t-il vraiment vécu place des Vosges, et que peut-on voir dans sa maison aujourd'hui ?",
    "Pour aller du boulevard Haussmann à l'avenue Jean-Jaurès, c'est plus rapide en métro ou à vélo ?",
    "Exercice : Chloé achète 3 baguettes à 1,20 € et 2 croissants à 1,10 €. Combien paie-t-elle en tout ?",
    "comment rédiger un bon compte rendu de réunion en moins de dix minutes",
    "Pourquoi sainte Geneviève est-elle la patronne de Paris ?",
]
CLEAN_DE = [
    "Wie backe ich einen Apfelstrudel mit fertigem Blätterteig, und wie lange muss er in den Ofen?",
    "Wie wird das Wetter in München normalerweise im Oktober, und was kann man bei Regen unternehmen?",
    "Warum war Konrad Adenauer für die junge Bundesrepublik so wichtig?",
    "Wie komme ich vom Hauptbahnhof am schnellsten zur Karl-Marx-Allee in Berlin?",
    "Textaufgabe: Jonas fährt mit dem Rad 18 km in 45 Minuten. Wie schnell ist er im Schnitt in km/h?",
    "gib mir ein paar tipps, wie ich im homeoffice konzentriert bleibe",
    "Was unterscheidet einen Porsche 911 im Alltag von einem Mercedes-AMG GT?",
]
CLEAN_PT = [
    "Me passa uma receita de pão de queijo mineiro que fique crocante por fora?",
    "Qual a melhor época do ano para visitar Fernando de Noronha?",
    "Quem foi Tiradentes e por que o dia 21 de abril é feriado no Brasil?",
    "Vale a pena alugar apartamento perto da Avenida Paulista ou da Rua Oscar Freire em São Paulo?",
    "Problema: Pedro tem 45 figurinhas e dá 12 para o Caio. Se ganhar mais 8 da tia, com quantas fica?",
    "como fazer uma planilha simples de gastos mensais no excel",
    "Por que Santo Antônio é conhecido como santo casamenteiro?",
]
CLEAN_IT = [
    "Come si prepara la carbonara senza panna, come la fanno a Roma?",
    "Che tempo fa di solito a Palermo a novembre? Si può ancora fare il bagno?",
    "Chi era Giuseppe Verdi e quali opere dovrei ascoltare per prime?",
    "Qual è la strada più veloce per andare a piedi da Piazza Garibaldi a Via Toledo, a Napoli?",
    "Problema: Marco compra 4 quaderni a 2,50 euro e una penna a 1,80 euro. Quanto spende in tutto?",
    "mi dai qualche consiglio per scrivere un curriculum in inglese",
    "Perché San Francesco d'Assisi è il patrono d'Italia?",
]
CLEAN_NL = [
    "Hoe maak ik echte Hollandse boerenkoolstamppot met rookworst?",
    "Wat is de beste tijd om de Keukenhof te bezoeken als je de tulpen in bloei wilt zien?",
    "Wie was Willem van Oranje en waarom gaat het Wilhelmus over hem?",
    "Is de Johan Cruijff ArenA goed bereikbaar met de trein vanaf Utrecht Centraal?",
    "Rekensom: Sem heeft 3 zakken met elk 12 knikkers en geeft er 10 aan Lotte. Hoeveel houdt hij over?",
    "hoe schrijf ik een korte en duidelijke afwezigheidsmelding voor mijn werkmail",
    "Wat is het verschil tussen een Philips Airfryer en een gewone heteluchtoven?",
]
CLEAN_PL = [
    "Jak zrobić pierogi ruskie krok po kroku, żeby ciasto się nie rozklejało?",
    "Jaka jest zwykle pogoda w Zakopanem w lutym i czy warto wtedy jechać na narty?",
    "Dlaczego Maria Skłodowska-Curie dostała dwie Nagrody Nobla?",
    "Jak najszybciej dojechać z Dworca Centralnego do alei Jana Pawła II w Warszawie?",
    "Zadanie: Kasia ma 36 zł, a Bartek o 9 zł mniej. Ile pieniędzy mają razem?",
    "jak poprosić szefa o podwyżkę, żeby nie zabrzmiało to roszczeniowo",
    "Kim był święty Mikołaj z Miry i skąd się wziął zwyczaj prezentów?",
]
CLEAN_TR = [
    "Evde kıvamında mercimek çorbası nasıl yapılır?",
    "Kapadokya'da balon turu için en uygun mevsim hangisi?",
    "Mustafa Kemal Atatürk'ün 19 Mayıs 1919'da Samsun'a çıkışı neden önemlidir?",
    "Taksim'den Barbaros Bulvarı'na toplu taşımayla en kolay nasıl giderim?",
    "Problem: Ali'nin 60 lirası var, Zeynep'in parası onunkinin yarısı kadar. İkisinin toplam kaç lirası var?",
    "toplantıda fikrimi söylerken daha özgüvenli görünmek için ne yapabilirim",
    "Mevlana Celaleddin Rumi'nin en bilinen sözleri nelerdir?",
]
CLEAN_ID = [
    "Resep rendang daging sapi yang empuk dan bumbunya meresap itu gimana ya?",
    "Cuaca di Bali bulan Juli biasanya bagaimana, cocok untuk snorkeling tidak?",
    "Siapa R.A. Kartini dan kenapa tanggal 21 April diperingati setiap tahun?",
    "Dari Bundaran HI ke Jalan Jenderal Sudirman jalan kaki kira-kira berapa lama?",
    "Soal cerita: Budi punya 5 kotak berisi 8 kelereng, lalu memberi 12 kelereng ke Sari. Sisa kelereng Budi berapa?",
    "tips supaya tidak ngantuk waktu kerja setelah makan siang",
    "Apa bedanya Indomie goreng dengan Mie Sedaap goreng dari segi rasa?",
]
CLEAN_SW = [
    "Nipe mapishi ya pilau ya nyama ya ng'ombe kwa watu sita.",
    "Hali ya hewa ya Mombasa mwezi Desemba huwa vipi? Ni joto sana?",
    "Julius Nyerere alikuwa nani na kwa nini anaitwa Mwalimu?",
    "Kutoka Moi Avenue hadi Kenyatta Avenue jijini Nairobi ni mwendo wa dakika ngapi kwa miguu?",
    "Swali: Juma ana maembe 30 na anampa Amina maembe 12. Amebaki na maembe mangapi?",
    "nipe vidokezo vya kujiandaa kwa mahojiano ya kazi",
    "Wangari Maathai alishinda tuzo gani na kwa sababu gani?",
]
CLEAN_TL = [
    "Paano magluto ng adobong manok na malambot at hindi masyadong maalat?",
    "Maganda bang pumunta sa Baguio sa buwan ng Disyembre? Sobrang lamig ba?",
    "Sino si Jose Rizal at bakit siya tinatawag na pambansang bayani?",
    "Gaano kalayo ang Rizal Park mula sa Taft Avenue kung maglalakad lang?",
    "Problema: Si Lito ay may 50 piso at bumili ng tatlong pandesal na tig-5 piso. Magkano ang natira sa kanya?",
    "paano gumawa ng maayos at magalang na resignation letter",
    "Bakit ipinagdiriwang ang kapistahan ng Santo Niño sa Cebu tuwing Enero?",
]
CLEAN_VI = [
    "Cách nấu phở bò tại nhà sao cho nước dùng trong và ngọt?",
    "Thời tiết Đà Lạt tháng mười hai thế nào, có lạnh lắm không?",
    "Trần Hưng Đạo đã đánh thắng quân Nguyên Mông như thế nào?",
    "Từ phố đi bộ Nguyễn Huệ đến chợ Bến Thành đi bộ mất bao lâu?",
    "Bài toán: Lan có 20 quả táo, cho Minh 7 quả rồi mua thêm 5 quả. Hỏi Lan còn bao nhiêu quả táo?",
    "làm sao để viết email xin nghỉ phép thật lịch sự",
    "So sánh xe máy Honda Vision và Yamaha Janus cho người mới đi làm.",
]
CLEAN_RO = [
    "Cum fac sarmale în foi de varză murată, ca la bunica?",
    "Ce vreme e de obicei la Brașov în octombrie?",
    "De ce este Mihai Eminescu considerat poetul național al României?",
    "Cât durează drumul pe jos de la Piața Unirii până la Bulevardul Regina Elisabeta?",
    "Problemă: Andrei are 48 de lei și cumpără 3 caiete de câte 7 lei. Câți lei îi rămân?",
    "cum îmi organizez ziua de lucru ca să nu amân sarcinile importante",
    "Merită o Dacia Duster pentru drumuri de munte iarna?",
]
CLEAN_CS = [
    "Jak uvařit svíčkovou na smetaně, aby omáčka nebyla moc sladká?",
    "Jaké počasí bývá v Krkonoších o jarních prázdninách?",
    "Proč je Karel IV. považován za otce vlasti?",
    "Jak se dostanu z Václavského náměstí na Palackého náměstí tramvají?",
    "Slovní úloha: Honza má 15 kuliček a Petra má dvakrát víc. Kolik kuliček mají dohromady?",
    "jak napsat slušný e-mail, když chci odmítnout pracovní nabídku",
    "Je Škoda Octavia spolehlivější než Volkswagen Golf?",
]
CLEAN_MIX = [
    "Can you give me a recipe para arroz con pollo that's easy for beginners?",
    "Bhai, Shah Rukh Khan ki best movies kaunsi hain? Weekend pe dekhni hain.",
]

LANGUAGES = {
    "spanish": (ES, CLEAN_ES),
    "french": (FR, CLEAN_FR),
    "german": (DE, CLEAN_DE),
    "portuguese": (PT, CLEAN_PT),
    "italian": (IT, CLEAN_IT),
    "dutch": (NL, CLEAN_NL),
    "polish": (PL, CLEAN_PL),
    "turkish": (TR, CLEAN_TR),
    "indonesian": (ID, CLEAN_ID),
    "swahili": (SW, CLEAN_SW),
    "tagalog": (TL, CLEAN_TL),
    "vietnamese": (VI, CLEAN_VI),
    "romanian": (RO, CLEAN_RO),
    "czech": (CS, CLEAN_CS),
}

NATIONAL_IDS = {
    "53928174M": dni_ok,  # Spanish DNI
    "71406235K": dni_ok,
    "Y4827163Y": dni_ok,  # Spanish NIE
    "16.482.903-0": rut_ok,  # Chilean RUT
    "1 84 03 69 123 456 58": nir_ok,  # French NIR
    "2 91 11 75 056 032 28": nir_ok,
    "1 77 05 13 055 148 25": nir_ok,
    "85.07.30-033.28": belgian_id_ok,  # Belgian national number
    "47 829 310 561": steuer_id_ok,  # German tax id
    "286.417.935-00": cpf_ok,  # Brazilian CPF
    "519.038.274-50": cpf_ok,
    "734.162.058-71": cpf_ok,
    "CLMLRA92D55L219J": codice_fiscale_ok,  # Italian codice fiscale
    "BRNGPP78H22F205D": codice_fiscale_ok,
    "RCCFNC69S08H501N": codice_fiscale_ok,
    "274051837": bsn_ok,  # Dutch BSN
    "618293073": bsn_ok,
    "87061412931": pesel_ok,  # Polish PESEL
    "92032578468": pesel_ok,
    "65110803712": pesel_ok,
    "38512074998": kimlik_ok,  # Turkish kimlik
    "50271638440": kimlik_ok,
    "14680392508": kimlik_ok,
    "1880312401238": cnp_ok,  # Romanian CNP
    "2911120034565": cnp_ok,
    "1760501407892": cnp_ok,
    "856214/4811": rodne_cislo_ok,  # Czech rodné číslo
    "790403/4820": rodne_cislo_ok,
    "925817/4816": rodne_cislo_ok,
    "5820 3917 6424": aadhaar_ok,  # Indian Aadhaar
}

# Every phone must match one of these: ranges kept for fiction where the country has one
# (France, Germany, North America), the country's own layout elsewhere.
PHONES = [
    re.compile(p)
    for p in (
        r"06 39 98 \d{2} \d{2}",  # France, fiction ranges
        r"01 99 00 \d{2} \d{2}",
        r"030 23125 \d{3}",  # Germany, fiction ranges
        r"040 66969 \d{3}",
        r"089 99998 \d{3}",
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"(\+34 )?[67]\d{2} \d{2} \d{2} \d{2}",  # Spain mobile
        r"9\d \d{3} \d{2} \d{2}",  # Spain, Madrid landline
        r"55 \d{4} \d{4}",  # Mexico City
        r"\+221 7\d \d{3} \d{2} \d{2}",  # Senegal mobile
        r"\(\d{2}\) 9\d{4}-\d{4}",  # Brazil mobile
        r"(\+39 )?3\d{2} \d{3} \d{4}",  # Italy mobile
        r"06-\d{8}",  # Netherlands mobile
        r"\+31 6 \d{8}",
        r"020-\d{7}",  # Amsterdam landline
        r"(\+48 )?[5-8]\d{2} \d{3} \d{3}",  # Poland mobile
        r"05\d{2} \d{3} \d{2} \d{2}",  # Turkey mobile
        r"08\d{2}-\d{4}-\d{3,4}",  # Indonesia mobile
        r"\+62 8\d{2}-\d{4}-\d{3,4}",
        r"07\d{2} \d{3} \d{3}",  # Kenya and Romania mobile
        r"\+25[45] 7\d{2} \d{3} \d{3}",  # Kenya and Tanzania mobile
        r"09\d{2} \d{3} \d{4}",  # Philippines mobile
        r"09\d{2} \d{3} \d{3}",  # Vietnam mobile
        r"(\+420 )?[67]\d{2} \d{3} \d{3}",  # Czech mobile
        r"[6-9]\d{4} \d{5}",  # India mobile
    )
]


def check_case(name: str, texts: list[str], lower: int) -> None:
    """The first ``lower`` texts of a section typed all in lower case, the others not."""
    for i, marked in enumerate(texts):
        plain = strip_marks(marked)[0]
        if (i < lower) != is_lower(marked) or plain == plain.upper():
            raise SystemExit(
                f"{name}: text {i + 1} should {'' if i < lower else 'not '}be lower case"
            )


def check_mix() -> None:
    """Each language names people and carries secrets, contacts and ids; the Vietnamese
    texts keep their diacritics; no name carries a title after it."""
    for name, (pii, _) in LANGUAGES.items():
        spans = [[s["type"] for s in marked_spans(t)] for t in pii]
        named = sum("PERSON" in kinds for kinds in spans)
        secret = sum("PASSWORD" in kinds for kinds in spans)
        kinds = {k for ks in spans for k in ks}
        if named < 8 or secret < 2 or not {"PHONE_NUMBER", "ID_NUMBER"} <= kinds:
            raise SystemExit(f"{name}: {named} texts with a name, {secret} with a secret, {kinds}")
        if "STREET_ADDRESS" not in kinds or not kinds & {"EMAIL_ADDRESS", "IBAN_CODE"}:
            raise SystemExit(f"{name}: no address, e-mail or IBAN")
    for marked in VI + CLEAN_VI:
        if not VIETNAMESE & set(strip_marks(marked)[0].lower()):
            raise SystemExit(f"vietnamese without diacritics: {marked[:60]!r}")
    for marked in ALL_PII:
        for span in marked_spans(marked):
            if span["type"] == "PERSON" and POST_TITLES.search(span["value"]):
                raise SystemExit(f"title inside a name: {span['value']!r}")


ALL_PII = [t for pii, _ in LANGUAGES.values() for t in pii] + MIX


def main() -> None:
    sections: dict[str, tuple[list[str], int]] = {}
    for name, (pii, _) in LANGUAGES.items():
        sections[name] = (pii, 15)
        check_case(name, pii, LOWER_PER_LANGUAGE)
        check_counts(name, pii, CHAT_WORDS, (1, 5))
    sections["code-switched"] = (MIX, 10)
    check_case("code-switched", MIX, LOWER_MIXED)
    check_counts("code-switched", MIX, CHAT_WORDS, (1, 5))
    for name, (_, clean) in LANGUAGES.items():
        sections[f"clean {name}"] = (clean, 7)
        check_counts(f"clean {name}", clean, CLEAN_WORDS, (0, 0))
    sections["clean code-switched"] = (CLEAN_MIX, 2)
    check_counts("clean code-switched", CLEAN_MIX, CLEAN_WORDS, (0, 0))
    check_mix()
    check_national_ids(ALL_PII, NATIONAL_IDS)
    check_values(ALL_PII, PHONES)
    build_sections(
        "blind50", HERE, sections, {*LANGUAGES, "code-switched"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=MIX, lower_chat=LOWER_MIXED, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
