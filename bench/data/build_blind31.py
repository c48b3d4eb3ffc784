# ruff: noqa: E501
"""A thirty-first blind privacy set: 220 texts with personal data and 100 clean ones.

Written blind to the detector: the writer read only ``marks.py``, the table format and the
labelling paragraph of ``README.md`` and the layout of ``build_blind20.py`` (its docstring
and code, not its texts), never the detector, its rules, docs, tests or the other sets'
texts. Every text is typed by hand with inline ``[[TYPE|value]]`` marks; nothing is drawn
from faker, templates or generated combinations. The theme is formal narrative records in
the style of synthetic enterprise PII datasets:

* 120 narratives of one to three sentences (25 to 90 words) in a formal, report-like
  register about where personal data appears or is handled, eleven of each kind (ten
  school records): security audit findings, data-breach notices, compliance reviews,
  customer onboarding records, insurance claim notes, loan application summaries, clinical
  trial enrolment notes, payroll corrections, legal discovery memos, travel booking
  confirmations and school admission records. Each holds 2 to 5 distinct identifiers:
  full names from many origins (titles and roles such as "system administrator", "account
  holder", "claimant" or "policy holder" before the name, outside the span), e-mails,
  phones in UK, North American, Australian, French, German and Swedish formats, street
  addresses typed in the formats of more than 15 countries, usernames and logins,
  passwords in quotes or bare, employee, patient, member, student, client, policy holder
  and account numbers, IBANs, cards, SSNs, national ids, passports, driver licences, IPs
  and API keys;
* 50 short record lines (8 to 30 words), one sentence each with a name alone or a name
  and one more identifier, in the style of generated PII sentences ("The invoice was
  approved by ...", "... can be contacted at ...", "Please ship the replacement to ...");
* 50 chat requests (10 to 80 words) asking an assistant to rewrite, check, summarise,
  translate, convert or anonymise such a pasted record; the first 6 typed all in lower case.

Usernames, logins, account, customer, client, member, employee, patient, policy holder,
student and frequent-flyer numbers, passports, driver licences and national ids are
ID_NUMBER; PINs, door and warehouse codes, wifi codes and passwords PASSWORD; API keys and
tokens API_KEY. Titles (Mr, Ms, Dr, Prof.) and roles stay outside PERSON spans; an address
span runs from the first street line through the postcode and city as typed; public
figures, companies, public bodies, order, booking, ticket, invoice, claim, case, study and
document numbers and dates of birth are not labelled; every occurrence of a private value
is marked. The 100 clean texts, in the same formal register, are 30 policy, compliance and
security narratives naming roles, departments, products and standards only (placeholders
such as [NAME], <email>, XXX-XX-XXXX and example.com), 20 questions on data-protection law
(GDPR articles, HIPAA, PCI DSS, CCPA) naming only public bodies and famous cases, 20
technical questions with hashes, UUIDs, ports, versions and server IPs, 15 healthcare
service questions naming no one and 15 grade-school word problems with fictional first
names. All values are invented: phones from ranges kept for fiction (UK 07700 900,
020 7946 0, 0113/0118/0131/0141 496 0; North America 555-01xx; Australia 0491 570;
Sweden 070-174 06; France 01 99 00; Germany 030 23125 and 089 99998), cards Luhn-valid
and not well-known test numbers, IBANs valid mod 97 with their country's length and not
documentation examples, SSNs with assignable area, group and serial, national ids with
valid check digits where the format has one (Swedish personnummer, Finnish
henkilötunnus, Dutch BSN, Polish PESEL, Turkish kimlik, Brazilian CPF, Spanish DNI and
NIE, French NIR, Italian codice fiscale, Portuguese NIF, Belgian national number, South
African id, Indian Aadhaar, Canadian SIN, NHS number), IPs from documentation ranges. The
builder only checks values; it generates none.

Run ``.venv/bin/python bench/data/build_blind31.py`` from the repository root; the output is
deterministic.
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
    check_national_ids,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    hetu_ok,
    kimlik_ok,
    luhn_len,
    marked_spans,
    nhs_ok,
    nif_ok,
    nir_ok,
    pesel_ok,
    word_count,
)
from marks import build_sections, iban_ok, luhn_ok, strip_marks

HERE = Path(__file__).resolve().parent

LOWER_CHAT = 6
MIN_CHARS = 15
MAX_WORDS = 120
NARRATIVE_WORDS = (25, 90)
NARRATIVE_VALUES = (2, 5)
RECORD_WORDS = (8, 30)
CHAT_WORDS = (10, 80)
CARD_DIGITS = frozenset({15, 16})
TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Sr|Sra)\.?\s")
ROLES = re.compile(
    r"(system administrator|administrator|account holder|claimant|policy holder|applicant|"
    r"participant|patient|employee|customer|client|member|pupil|student|guest|passenger|"
    r"traveller|driver|witness|director|engineer|officer|contractor)\b",
    re.IGNORECASE,
)
PLACEHOLDER_IPS = ("127.", "0.0.0.0", "::1", "10.", "192.168.", "172.16.")

# 120 formal narratives (25 to 90 words, 2 to 5 identifiers), eleven of each kind.
NARRATIVES = [
    # security audit findings
    'During the quarterly access review, the audit team found that the service account of system administrator [[PERSON|Tomasz Wiśniewski]] still authenticated with the login [[ID_NUMBER|twisniewski_adm]] and the password "[[PASSWORD|Kr0k0dyl!2019]]", which had not been rotated since onboarding. The finding was escalated to the infrastructure lead for remediation within ten business days.',
    "Finding SA-114: a shared spreadsheet on the finance drive listed the corporate card [[CREDIT_CARD|4093 7122 5816 0431]] assigned to [[PERSON|Priyanka Raghunathan]] together with her personal mobile [[PHONE_NUMBER|07700 900418]]. Access was restricted to the treasury group and the file was purged from the version history.",
    "The penetration test report records that an unauthenticated request from [[IP_ADDRESS|203.0.113.47]] returned the profile of account holder [[PERSON|Mateus Carvalho Lima]], including the e-mail [[EMAIL_ADDRESS|mateus.clima@vianorte.com.br]] and the CPF [[ID_NUMBER|418.263.907-31]]. The endpoint has since been placed behind the gateway's authorisation check.",
    "Audit note: the deployment script committed on the release branch contained the production key [[API_KEY|sk_live_51Hq8ZtR4mWv2LkP9xN7cYb3Ds]] of the integration registered by [[PERSON|Declan Fitzgerald]] ([[EMAIL_ADDRESS|declan.fitz@harbourline.ie]]). The key was revoked and a secret-scanning hook was added to the repository.",
    "Log analysis showed repeated failed logins for user [[ID_NUMBER|hsaito.ops]] from [[IP_ADDRESS|198.51.100.23]] followed by one success from [[IP_ADDRESS|198.51.100.24]]; the account belongs to network engineer [[PERSON|Haruto Saito]], who confirmed he had not travelled. His credentials were reset and multi-factor enrolment enforced.",
    "The data-loss-prevention console flagged an outbound message from [[EMAIL_ADDRESS|r.oyelaran@kestrelfreight.co.uk]] attaching a payroll export that included the salary records of [[PERSON|Adaeze Nwachukwu]] and [[PERSON|Gareth Pryce]]. The sender, [[PERSON|Remi Oyelaran]], stated that the file was meant for the external auditor.",
    "An internal scan of the help-desk system found that the agent notes for caller [[PERSON|Ingrid Solberg]] included her Windows password [[PASSWORD|Fjordhest#77]] in clear text, typed while her laptop at [[IP_ADDRESS|192.0.2.61]] was being reset. The note was redacted and the agent retrained on credential handling.",
    "Review of the cloud storage bucket revealed a backup file holding the access key [[API_KEY|AKIAQ7X4M2PL9RT3WZ5N]] and the root e-mail [[EMAIL_ADDRESS|li.jiahui@orchidmetrics.io]] of the account opened by [[PERSON|Li Jiahui]]. Public access to the bucket was blocked the same afternoon.",
    "Control test AC-07 failed: the leaver report shows that former contractor [[PERSON|Bogdan Petrescu]] (employee number [[ID_NUMBER|EMP-204118]]) still held an active VPN profile with the username [[ID_NUMBER|bpetrescu]] forty-three days after his contract ended.",
    "The firewall audit recorded that workstation [[IP_ADDRESS|203.0.113.118]], assigned to payroll officer [[PERSON|Siobhán Ní Bhriain]], forwarded mail automatically to the private address [[EMAIL_ADDRESS|siobhan.nibhriain@eircom-mail.ie]]. The forwarding rule was disabled and the incident logged under the acceptable-use policy.",
    'Finding 9 of the ISO 27001 surveillance audit: a note on the reception desk displayed the door code [[PASSWORD|4417]] and the admin password "[[PASSWORD|Welcome2Reception]]" for the visitor kiosk managed by facilities coordinator [[PERSON|Olumide Bakare]].',
    # data-breach notices
    "Dear [[PERSON|Henryk Kowalczyk]], we are writing to inform you that an unauthorised party accessed a database containing your e-mail address [[EMAIL_ADDRESS|henryk.kowalczyk@poczta-net.pl]] and PESEL number [[ID_NUMBER|85071432170]] between 3 and 9 March. No payment data was involved.",
    "Notice of data incident: the records of customer [[PERSON|Jerome Whitaker]] at [[STREET_ADDRESS|4418 Alder Creek Road, Boise, ID 83709]], including Social Security number [[US_SSN|287-41-6093]], were contained in an archive exposed by a misconfigured file server. Affected customers are being offered two years of credit monitoring.",
    "We recently discovered that a mailing vendor sent the statement for account [[ID_NUMBER|4407-228-190]] belonging to [[PERSON|Marguerite Delacroix]] to the wrong recipient. The letter showed her address, [[STREET_ADDRESS|27 rue des Tanneurs, 67000 Strasbourg]], and her IBAN [[IBAN_CODE|FR85 2004 1010 0512 3487 6523 G13]].",
    "The breach notification filed with the regulator lists the personal data of [[PERSON|Rahul Deshpande]] as exposed: the mobile number [[PHONE_NUMBER|+44 7700 900562]], the login [[ID_NUMBER|rdeshpande88]] and a hashed password. The notification was submitted within seventy-two hours of discovery.",
    "Important security notice for member [[PERSON|Chiamaka Eze]]: a phishing campaign obtained the credentials of your online account, username [[ID_NUMBER|chiamaka.eze]] and password [[PASSWORD|Lagos2Leeds!]]. We have locked the account and ask that you call us on [[PHONE_NUMBER|0113 496 0274]] to verify your identity.",
    "Incident summary: a stolen laptop belonging to the clinic contained an unencrypted list of patients, among them [[PERSON|Wilhelmina Brandt]] (patient number [[ID_NUMBER|PT-0088314]]) and [[PERSON|Kofi Mensah-Bonsu]] (patient number [[ID_NUMBER|PT-0091257]]). Both patients were contacted by letter on the following day.",
    "The supplier's breach disclosure confirms that the card [[CREDIT_CARD|5162 4883 0917 5628]], registered to cardholder [[PERSON|Esperanza Villalobos]], was captured by a skimming script on the checkout page between 14 and 21 June, together with her billing e-mail [[EMAIL_ADDRESS|esperanza.vl@correo-sur.es]].",
    "Following the ransomware attack on the school district, parents were informed that the stolen files included the record of [[PERSON|Nathaniel Oduya]], student number [[ID_NUMBER|STU-5520871]], and his guardian's contact number [[PHONE_NUMBER|(612) 555-0147]].",
    "Data-breach letter: the compromised HR portal held the passport number [[ID_NUMBER|548213907]] and the home address [[STREET_ADDRESS|Flat 3, 19 Belvoir Terrace, Cheltenham GL50 2QS]] of employee [[PERSON|Fiona McAllister]]. HR recommends that she report the passport to HM Passport Office as a precaution.",
    "An attacker using the address [[IP_ADDRESS|198.51.100.203]] downloaded the loyalty profile of [[PERSON|Yusuf Demirtaş]], which held his e-mail [[EMAIL_ADDRESS|ydemirtas@gezgin-posta.com.tr]] and Turkish identity number [[ID_NUMBER|38461057240]]. The vendor has reset all loyalty passwords as a precaution.",
    "Dear Mr [[PERSON|Abernathy]], a backup tape sent to off-site storage was lost in transit. It contained your full name, [[PERSON|Colin Abernathy]], your Social Security number [[US_SSN|531-07-2284]] and your direct-deposit details; we have found no evidence that the data has been misused.",
    # compliance reviews
    "The GDPR compliance review found that the marketing team kept the contact record of data subject [[PERSON|Élodie Marchand]], e-mail [[EMAIL_ADDRESS|elodie.marchand@laposte-mail.fr]] and phone [[PHONE_NUMBER|01 99 00 47 21]], for three years after she withdrew consent. The record has been erased and the retention schedule amended.",
    "Compliance review of the KYC file for [[PERSON|Dmitri Volkov]] identified that the copy of passport [[ID_NUMBER|72 4481936]] had expired before the account was opened and that the proof of address for [[STREET_ADDRESS|Keizersgracht 412-2, 1016 GK Amsterdam]] was older than three months.",
    "During the PCI DSS self-assessment, the reviewer noted that the call-centre recording of customer [[PERSON|Tatiana Moreira]] captured her reading out the card [[CREDIT_CARD|4557 0238 9164 2275]] and its security code. The recording was deleted and pause-and-resume controls were added to the telephony platform.",
    "The HIPAA privacy officer reviewed a complaint from patient [[PERSON|Latoya Gaines]], whose lab results were faxed to [[PHONE_NUMBER|(404) 555-0183]] instead of to her physician; the cover sheet listed her member ID [[ID_NUMBER|MBR-77310284]]. The misdirected fax was logged as a reportable disclosure.",
    "Records-of-processing review: the recruitment tracker holds the CV of applicant [[PERSON|Ananya Krishnamurthy]] with her Aadhaar number [[ID_NUMBER|7385 9216 4076]] and her address [[STREET_ADDRESS|Flat 502, Prestige Lakeview, 14th Cross, Indiranagar, Bengaluru 560038]], although the role did not require national identification.",
    "A data-minimisation check found that the visitor log at the Zurich office recorded the full IBAN [[IBAN_CODE|CH27 0048 3050 9218 7463 1]] of guest speaker [[PERSON|Lukas Brunner]], which was not needed for the travel reimbursement form and has been struck from the log.",
    "The annual AML compliance review flagged transfers from IBAN [[IBAN_CODE|LT30 7300 0101 2837 4651]] held by [[PERSON|Rūta Kazlauskienė]] into an account opened by [[PERSON|Marius Jankauskas]], whose contact e-mail is [[EMAIL_ADDRESS|m.jankauskas@balticmail.lt]]. Both files were referred to the money-laundering reporting officer.",
    "CCPA request review: consumer [[PERSON|Brandon Whitfield]] asked the company to delete all data linked to the e-mail [[EMAIL_ADDRESS|bwhitfield.76@mailbox-us.com]] and the loyalty account [[ID_NUMBER|LY-30094417]]. The request was verified by a one-time code and completed within forty-five days.",
    "Compliance finding: the vendor onboarding sheet lists sole trader [[PERSON|Nkosinathi Dlamini]] with South African identity number [[ID_NUMBER|8604175241083]] in a column visible to every member of the procurement team, contrary to the supplier privacy notice.",
    "The review of the subject-access log showed that the request from [[PERSON|Karin Lindqvist]], personnummer [[ID_NUMBER|870523-3180]], was answered after forty days and sent to an outdated address, [[STREET_ADDRESS|Storgatan 18, 582 23 Linköping]]. A corrective response was issued with an apology.",
    "Internal compliance memo: the sales director's CRM export included the home address [[STREET_ADDRESS|Via dei Mille 23, 80121 Napoli]] and the personal e-mail [[EMAIL_ADDRESS|gesposito72@libero-posta.it]] of client [[PERSON|Giuseppina Esposito]]; the export has been deleted from the shared drive.",
    # customer onboarding records
    "Customer onboarding record: account holder [[PERSON|Oluwaseun Adebayo-Clarke]] opened a current account on 12 February, providing driver licence [[ID_NUMBER|ADEBA702158OS9LK]], mobile [[PHONE_NUMBER|07700 900731]] and residential address [[STREET_ADDRESS|61 Wellington Street, Leeds LS1 4DL]]. Identity verification passed on the first attempt.",
    "New client profile: [[PERSON|Kenji Matsumoto]], login [[ID_NUMBER|kmatsumoto_jp]], e-mail [[EMAIL_ADDRESS|kenji.matsumoto@sakuranet.jp]], registered address [[STREET_ADDRESS|3-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001]]. The relationship manager confirmed the documents by video call and approved the account for international transfers.",
    "Onboarding checklist for member [[PERSON|Zanele Khumalo]] completed: membership number [[ID_NUMBER|GYM-884120]], emergency contact [[PERSON|Sipho Khumalo]] on [[PHONE_NUMBER|+44 20 7946 0318]], and direct debit from [[IBAN_CODE|GB87 BARC 2032 5873 9264 18]]. The welcome pack was posted the same week.",
    "The merchant onboarding file records that director [[PERSON|Chen Wei-Ling]] supplied the settlement account [[IBAN_CODE|NL24 RABO 0317 4829 51]] and the contact e-mail [[EMAIL_ADDRESS|weiling.chen@lotusparcel.nl]]; the beneficial-ownership check against the trade register returned no discrepancies.",
    "Know-your-customer note: applicant [[PERSON|Camila Restrepo Vargas]] presented NIE [[ID_NUMBER|Y4726183L]] and a lease for [[STREET_ADDRESS|Calle de Alcalá 214, 3º B, 28028 Madrid]]. Her application for a premium account was approved after a manual review of the source of funds.",
    "Account opening summary: joint holders [[PERSON|Pieter van der Merwe]] and [[PERSON|Annelie van der Merwe]] of [[STREET_ADDRESS|18 Protea Avenue, Durbanville, Cape Town, 7550]], online banking username [[ID_NUMBER|vdmerwe.family]]. Both holders confirmed their tax residency in South Africa.",
    "The broker's onboarding form for [[PERSON|Fatima Zahra Bennani]] lists her trading account [[ID_NUMBER|TRD-2290415]], her e-mail [[EMAIL_ADDRESS|fz.bennani@atlasmail.ma]] and the IP address [[IP_ADDRESS|192.0.2.145]] from which the risk questionnaire was submitted.",
    "Digital onboarding completed for customer [[PERSON|Aarav Malhotra]]: PAN [[ID_NUMBER|BQMPM4821K]], mobile verified by one-time password, and correspondence address [[STREET_ADDRESS|B-14, Sector 62, Noida, Uttar Pradesh 201309]]. The video KYC session was recorded and stored for the statutory period.",
    "Onboarding record, wealth division: client [[PERSON|Henrietta Osei-Bonsu]] (client number [[ID_NUMBER|WM-004471]]) nominated her accountant, [[PERSON|Marcus Lindgren]], as an authorised contact reachable at [[EMAIL_ADDRESS|marcus@lindgren-accounts.se]] for questions about her quarterly tax filings.",
    "New subscriber record: [[PERSON|Beatriz Gonçalves]], NIF [[ID_NUMBER|238174654]], billing address [[STREET_ADDRESS|Rua Augusta 152, 2.º Esq., 1100-053 Lisboa]], payment by direct debit from [[IBAN_CODE|PT47 0033 0000 4517 2839 0642 5]]. The contract was signed electronically on the operator's portal.",
    'The onboarding team recorded that contractor [[PERSON|Ewan Drummond]] was issued laptop asset AST-5581 with the temporary password "[[PASSWORD|Thistle-Rain-42]]" and the directory login [[ID_NUMBER|edrummond]]; he is required to change the password at first sign-in.',
    # insurance claim notes
    "Claim note: policy holder [[PERSON|Rosalind Achterberg]], policy holder number [[ID_NUMBER|HH-40928817]], reported water damage at [[STREET_ADDRESS|Van Speijkstraat 71, 2518 EX Den Haag]] on 4 January. The loss adjuster visited the property and estimated repairs at 6,400 euros.",
    "Motor claim 22-118406: the claimant, [[PERSON|Darnell Robinson]], can be reached at [[PHONE_NUMBER|(313) 555-0129]]; the third-party driver, [[PERSON|Krystyna Nowak]], provided driver licence [[ID_NUMBER|N0481-27736-55210]] at the scene. Liability is under review.",
    "Travel insurance claim: insured person [[PERSON|Mei Ling Tan]] requested reimbursement of hospital costs incurred in Bali, to be paid into [[IBAN_CODE|IE94 BOFI 9000 1738 2645 19]]. Supporting receipts were e-mailed from [[EMAIL_ADDRESS|meiling.tan88@kampungmail.sg]].",
    "The adjuster's file records that claimant [[PERSON|Gregor Hoffmann]] of [[STREET_ADDRESS|Lindenstraße 9, 10969 Berlin]] submitted a theft claim for a bicycle; his contact number is [[PHONE_NUMBER|030 23125 447]] and the settlement will be paid by transfer to [[IBAN_CODE|DE81 5001 0517 8345 9602 17]].",
    "Pet insurance note: policy holder [[PERSON|Harriet Oyelowo-Banks]], policy holder number [[ID_NUMBER|PET-3318820]], claimed for surgery on her dog. She asked that all future correspondence go to [[EMAIL_ADDRESS|harriet.ob@thistledown-mail.co.uk]] rather than to her postal address.",
    "Life insurance beneficiary record: the policy held by [[PERSON|Ignacio Ferrer Soler]] names [[PERSON|Lucía Ferrer Martín]] as sole beneficiary, DNI [[ID_NUMBER|53817204X]], with the benefit payable to [[IBAN_CODE|ES84 0182 5322 7802 0187 3645]].",
    "Home insurance claim update: the contents inventory submitted by claimant [[PERSON|Aoife Gallagher]] for her flat at [[STREET_ADDRESS|Apartment 7, 22 Merrion Square North, Dublin 2, D02 XH98]] lists a laptop and jewellery. A surveyor will attend; please confirm access on [[PHONE_NUMBER|07700 900286]].",
    "Claim intake summary: the caller, [[PERSON|Samuel Okonjo]], gave his Social Security number [[US_SSN|448-62-1907]] and member ID [[ID_NUMBER|HMO-5529310]] to confirm eligibility for the ambulance claim; the call handler noted that he was phoning from a hospital ward.",
    "Disability insurance file: claimant [[PERSON|Bernadette Chukwu]], employee number [[ID_NUMBER|E-700318]], submitted a physician's statement; the case manager, [[PERSON|Robert Lindsay]], asked for bank details and received the card [[CREDIT_CARD|2227 8401 5936 4183]] by mistake.",
    "The fraud team reviewed the claim filed from [[IP_ADDRESS|203.0.113.9]] using the login [[ID_NUMBER|gmartinez_1983]] of policy holder [[PERSON|Gabriel Martínez]]; the same device had submitted claims against two other policies in the same month.",
    "Storm damage claim: policy holder [[PERSON|Jacqueline Thibodeaux]], [[STREET_ADDRESS|2217 Magnolia Drive, Lake Charles, LA 70605]], reports roof damage after the hurricane and can be reached on mobile [[PHONE_NUMBER|337-555-0162]]. An emergency tarp has been approved.",
    # loan application summaries
    "Loan application summary: applicant [[PERSON|Imran Qureshi]], SSN [[US_SSN|143-58-7720]], requests a personal loan of 25,000 dollars; annual income was verified from W-2 forms and the decision will be sent to [[EMAIL_ADDRESS|imran.qureshi@quill-post.net]].",
    "Mortgage pre-approval for [[PERSON|Chloé Lambert]] and [[PERSON|Antoine Lambert]], purchasing [[STREET_ADDRESS|8 allée des Cerisiers, 44300 Nantes]]; social security number of the main borrower [[ID_NUMBER|2 92 03 69 123 045 27]]. The bank requires a home insurance certificate before signing.",
    "The credit committee reviewed the small-business loan requested by sole director [[PERSON|Olamide Fashola]]; repayments will be collected from [[IBAN_CODE|GB64 LOYD 3096 2271 8450 36]] and statements sent to [[STREET_ADDRESS|Unit 4, 88 Deansgate, Manchester M3 2ER]].",
    "Auto loan summary: borrower [[PERSON|Tyrone Jefferson]], driver licence [[ID_NUMBER|J516-228-84-091-0]], phone [[PHONE_NUMBER|+1 305 555 0114]], financed a used pickup truck over sixty months at a fixed rate of 7.9 percent.",
    "Student loan application for [[PERSON|Anh Thư Nguyễn]], student number [[ID_NUMBER|S3981247]], enrolled at a university in Melbourne; the guarantor, [[PERSON|Văn Minh Nguyễn]], provided his mobile [[PHONE_NUMBER|0491 570 118]] and consented to a credit check.",
    "Home equity loan file: co-borrowers [[PERSON|Ravi Subramanian]] and [[PERSON|Kavitha Subramanian]] of [[STREET_ADDRESS|1187 Sequoia Court, Fremont, CA 94539]] authorised a hard credit pull; primary applicant SSN [[US_SSN|604-29-3418]]. The appraisal is scheduled for next week.",
    "Microfinance loan record: borrower [[PERSON|Wanjiru Kamau]], national ID [[ID_NUMBER|28471930]], runs a tailoring business in Nakuru; the loan officer, [[PERSON|Peter Otieno]], recorded her contact e-mail [[EMAIL_ADDRESS|wkamau.tailors@safarimail.co.ke]].",
    "Personal loan declined: applicant [[PERSON|Stanisław Zieliński]] listed income paid into [[IBAN_CODE|PL76 1050 2445 1028 7463 9175 8291]], but the statements showed recurring gambling transactions. The decision letter was sent to [[EMAIL_ADDRESS|s.zielinski@onet-poczta.pl]].",
    "Bridging loan summary: the applicant, [[PERSON|Margaret Ellison-Hughes]], offered [[STREET_ADDRESS|The Old Rectory, Church Lane, Little Bardfield, Braintree CM7 4TS]] as security; her solicitor, [[PERSON|Anand Varma]], can be contacted at [[EMAIL_ADDRESS|avarma@varma-legal.co.uk]].",
    "Business overdraft review: the director of the bakery, [[PERSON|Luca Bianchi]], asked that the limit on [[IBAN_CODE|IT90 X030 6909 6061 0000 0417 283]] be raised; his corporate card [[CREDIT_CARD|5426 7190 3385 2740]] will be reissued with the new limit.",
    "Payday loan compliance note: the lender's system stored the online banking password [[PASSWORD|Chelsea1905]] and the login [[ID_NUMBER|kbrennan1990]] of applicant [[PERSON|Kyle Brennan]] after a screen-scraping affordability check; both have been purged.",
    # clinical trial enrolment notes
    "Enrolment note, study ONC-3147: participant [[PERSON|Gertrude Mwale]], hospital number [[ID_NUMBER|H00482917]], consented on 2 May and was randomised to arm B; her daughter, [[PERSON|Thandiwe Mwale]], is listed as next of kin on [[PHONE_NUMBER|0141 496 0582]].",
    "The trial coordinator recorded that subject [[PERSON|Olivier Dubois]] withdrew from the cardiology study and asked that his NHS number [[ID_NUMBER|485 307 1628]] be removed from the sponsor's database; the request was forwarded to the data manager.",
    "Screening log: volunteer [[PERSON|Amaru Quispe]], e-mail [[EMAIL_ADDRESS|amaru.quispe@andesnet.pe]], failed eligibility at the Lima site because of a recent vaccination; his screening number was not carried into the randomisation system.",
    "Clinical trial enrolment record: patient [[PERSON|Juho Korhonen]], henkilötunnus [[ID_NUMBER|170385-417S]], enrolled at the Helsinki site and was given the study e-mail [[EMAIL_ADDRESS|juho.korhonen@kotiposti.fi]] for the electronic diary.",
    "The monitor found that the consent form of participant [[PERSON|Nomvula Sithole]] displayed her full identity number [[ID_NUMBER|9209300162086]] on the page scanned to the sponsor, contrary to the pseudonymisation plan agreed with the ethics committee.",
    "Enrolment note for the asthma study: participant [[PERSON|Tomás Ó Súilleabháin]], address [[STREET_ADDRESS|14 Ballybrack Road, Killarney, Co. Kerry, V93 K2F8]], mobile [[PHONE_NUMBER|07700 900947]]; parental consent is not required as he is twenty-four.",
    "Adverse-event report: subject [[PERSON|Yasmin Haddad]] (subject ID [[ID_NUMBER|SUBJ-0214-077]]) was admitted overnight with dizziness; the site investigator, Dr [[PERSON|Farid Nasser]], notified the sponsor by e-mail from [[EMAIL_ADDRESS|f.nasser@cedarclinic.org]].",
    "The enrolment record for vaccine trial participant [[PERSON|Jurgen Peeters]] includes his Belgian national number [[ID_NUMBER|81.06.12-347.66]] and his travel reimbursement account [[IBAN_CODE|BE16 3101 2884 7563]]; both fields were copied from the screening visit.",
    "Pharmacovigilance note: participant [[PERSON|Rosa Albertini]], codice fiscale [[ID_NUMBER|LBRRSO68H55A944S]], reported a rash at the injection site; the study nurse, [[PERSON|Chiara Russo]], photographed the reaction and uploaded it to the study portal.",
    "Dermatology study intake: participant [[PERSON|Malin Andersson]], personnummer [[ID_NUMBER|011109-2649]], prefers to be contacted on [[PHONE_NUMBER|070-174 06 53]]; visit 1 is booked at the Uppsala clinic for the second week of October.",
    "Enrolment query: the site uploaded the diary login [[ID_NUMBER|pt_ogunleye07]] and password [[PASSWORD|Diary-2024-ok]] of participant [[PERSON|Folake Ogunleye]] into the shared monitoring folder; the sponsor asked the site to reset both.",
    # payroll corrections
    "Payroll correction: the March salary of employee [[PERSON|Agnieszka Wróbel]], employee number [[ID_NUMBER|100457]], was paid to an old account; it has been reissued to [[IBAN_CODE|PL49 1140 2004 0000 3712 0884 6215]] and the personnel record updated.",
    "The payroll team reversed an overpayment to [[PERSON|Marcus Whyte-Adeyemi]] (staff number [[ID_NUMBER|ST-28841]]) and sent the agreed repayment plan to his personal address, [[EMAIL_ADDRESS|marcus.wa@pinecrest-mail.co.uk]], at his request.",
    "Payroll adjustment memo: the W-2 for [[PERSON|Shawna McKinney]], SSN [[US_SSN|219-84-5561]], showed the wrong state withholding because her address was still [[STREET_ADDRESS|902 Birchwood Lane, Columbus, OH 43215]]; a corrected W-2c will be issued.",
    "Correction to the February run: employee [[PERSON|Hiroshi Tanaka]] was missed from the bonus file; payment of 1,200 pounds will be made to [[IBAN_CODE|GB19 HBUK 4011 7758 2039 14]] on the next cycle, as confirmed with him on [[PHONE_NUMBER|020 7946 0722]].",
    "The payroll audit found that temporary worker [[PERSON|Esmeralda Ríos]] had been paid twice under two employee numbers, [[ID_NUMBER|T-55012]] and [[ID_NUMBER|T-55190]]; the duplicate record was merged and the overpayment recovered.",
    "Payroll note: the tax code for [[PERSON|Callum Reid]], National Insurance number [[ID_NUMBER|JT 48 29 71 C]], was changed to an emergency code in error; HMRC has been notified and the difference refunded.",
    "Salary sacrifice correction: contributions for [[PERSON|Niamh Doherty]] (payroll ID [[ID_NUMBER|PR-77215]]) were sent to the wrong pension scheme; the provider confirmed the transfer to her member account [[ID_NUMBER|PN-4408193]] by letter to [[STREET_ADDRESS|5 Glenview Park, Derry BT48 8AB]].",
    "The expense system paid a mileage claim for [[PERSON|Dieter Schulze]] to the corporate card [[CREDIT_CARD|4532 0184 7759 2134]] instead of his salary account [[IBAN_CODE|DE27 3704 0044 7102 9836 54]]; finance will reverse the card credit.",
    "Payroll correction for the Lyon office: employee [[PERSON|Karim Benali]], NIR [[ID_NUMBER|1 88 07 75 056 214 76]], had his transport allowance omitted for three months; the arrears will be paid to [[IBAN_CODE|FR25 3000 4028 3700 0194 8276 K41]].",
    'HR payroll ticket: contractor [[PERSON|Ayşe Yılmaz]] reported that her payslip portal login [[ID_NUMBER|ayilmaz.contract]] stopped working after the password "[[PASSWORD|Bogazici!88]]" expired; the service desk reset it from [[IP_ADDRESS|192.0.2.88]].',
    "Payroll correction: the social insurance number of [[PERSON|Étienne Gagnon]] was mistyped by one digit; the correct number is [[ID_NUMBER|273 816 454]], and the T4 slip has been amended and mailed to [[STREET_ADDRESS|1450 rue Sherbrooke Ouest, app. 12, Montréal (Québec) H3G 1K4]].",
    # legal discovery memos
    "Discovery memo: the custodian mailbox of [[PERSON|Russell Kingsley]] ([[EMAIL_ADDRESS|rkingsley@ardent-capital.com]]) contains 14,200 responsive messages; privileged threads with outside counsel [[PERSON|Miriam Feldstein]] have been logged separately for the privilege review.",
    "Privilege log note: document DEF-004417 is a spreadsheet prepared by [[PERSON|Javier Castillo]] listing the home address [[STREET_ADDRESS|3321 Mesa Verde Drive, El Paso, TX 79912]] and SSN [[US_SSN|372-16-0845]] of a former employee, [[PERSON|Lorena Ybarra]].",
    "A legal hold notice was sent to [[PERSON|Augustin Mbala]] at [[EMAIL_ADDRESS|a.mbala@northquay-shipping.com]] and by text to his personal number [[PHONE_NUMBER|+44 7700 900815]], instructing him to preserve all messages about the charter dispute.",
    "The e-discovery vendor's review found that production volume 3 inadvertently disclosed the bank statement of non-party [[PERSON|Gráinne Kavanagh]], showing her account [[IBAN_CODE|IE28 AIBK 9320 8547 1920 63]]; a clawback letter was sent to opposing counsel.",
    "Deposition preparation memo: the witness, [[PERSON|Desmond Achebe-Lawson]], may be served at [[STREET_ADDRESS|77 Rideau Street, Suite 410, Ottawa, ON K1N 5W8]]; his counsel asked that his cell, [[PHONE_NUMBER|(613) 555-0175]], be kept out of the public filing.",
    "Forensic memo: the laptop imaged from [[PERSON|Katarzyna Lewandowska]] contained a file named passwords.txt with the entries [[PASSWORD|Mazury#2020]] and [[PASSWORD|kasia1987]], the latter also used for her webmail [[EMAIL_ADDRESS|k.lewandowska@wp-mail.pl]].",
    "Litigation memo: plaintiff [[PERSON|Hyun-woo Jang]] alleges that the defendant's app exposed his username [[ID_NUMBER|hwjang_seoul]] and location history; server logs show the API call from [[IP_ADDRESS|198.51.100.77]] that returned his record.",
    "Subpoena response memo: the carrier produced subscriber records for [[PHONE_NUMBER|(718) 555-0133]], registered to [[PERSON|Vincent Moretti]] at [[STREET_ADDRESS|245 Bay Ridge Parkway, Apt 3F, Brooklyn, NY 11209]], covering January through April.",
    "Redaction instructions for the exhibit bundle: remove the passport number [[ID_NUMBER|533819264]] of [[PERSON|Eleanor Whitcombe]] and the card [[CREDIT_CARD|3768 241930 57188]] shown on page 12; the remainder of the hotel invoice may be produced unredacted.",
    "Discovery memo: the chat exports from the growth channel include a bot token [[API_KEY|xoxb-5520184736-8841920375-Tq7LmR2xW9zKp4Nb]] posted by engineer [[PERSON|Sanjay Iyer]]; the token was revoked before production and redacted in the load file.",
    "The paralegal noted that the HR file of the plaintiff, [[PERSON|Rochelle Dunbar]], includes employee number [[ID_NUMBER|HR-0093318]], driver licence [[ID_NUMBER|D420-7718-3365]] and her personal e-mail [[EMAIL_ADDRESS|rochelle.dunbar@lakeshore-mail.com]], all of which must be redacted.",
    # travel booking confirmations
    "Booking confirmation RX7K2P: passenger [[PERSON|Abimbola Adeyemi]], passport [[ID_NUMBER|A09381745]], travelling from Lagos to London Heathrow on 18 September; contact e-mail [[EMAIL_ADDRESS|bimbo.adeyemi@naijamail.com.ng]]. Seat 32K and one checked bag are confirmed.",
    "Hotel reservation confirmed for Mr [[PERSON|Francesco Galli]], three nights from 4 May; the guarantee card is [[CREDIT_CARD|4916 2507 8341 9605]] and the hotel will contact you at [[PHONE_NUMBER|+44 7700 900233]] if your arrival is delayed.",
    "Itinerary issued to traveller [[PERSON|Sofía Hernández Ruiz]], frequent flyer number [[ID_NUMBER|IB48827310]], with the billing address [[STREET_ADDRESS|Avenida Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]]. Please check that the name matches the passport exactly.",
    "Car rental confirmation: driver [[PERSON|Lachlan Murray]], licence [[ID_NUMBER|20481736]], pick-up at Sydney Airport; the renter's mobile is [[PHONE_NUMBER|0491 570 133]] and the security deposit was authorised on card [[CREDIT_CARD|5173 9460 2281 1354]].",
    "Your rail booking is confirmed. Lead passenger: [[PERSON|Annika Berg]], e-mail [[EMAIL_ADDRESS|annika.berg@fjellpost.no]], rail pass holder; the payment of 312 euros was debited from [[IBAN_CODE|NO21 6012 0478 315]].",
    "Group booking confirmation for the conference: [[PERSON|Tariq Al-Farsi]] (passport [[ID_NUMBER|K4729031]]) and [[PERSON|Layla Al-Farsi]] (passport [[ID_NUMBER|K4729058]]) share a twin room; invoices will be e-mailed to [[EMAIL_ADDRESS|tariq.alfarsi@gulfbridge.om]].",
    "Cruise check-in record: guest [[PERSON|Wilbur Hennessy]], cabin 8142, onboard account linked to the card [[CREDIT_CARD|6011 8274 0391 5622]]; the emergency contact is his sister, [[PERSON|Joan Hennessy]], on [[PHONE_NUMBER|(902) 555-0106]].",
    "Visa support letter data: applicant [[PERSON|Nguyễn Thị Lan]], passport [[ID_NUMBER|C7281946]], will stay at [[STREET_ADDRESS|Hauptstraße 112, 69117 Heidelberg]] during the workshop; her host is Prof. [[PERSON|Matthias Bauer]] of the physics institute.",
    "Airline booking record: passenger [[PERSON|Oksana Hrytsenko]] requested wheelchair assistance; the booking was made from [[IP_ADDRESS|203.0.113.201]] using her loyalty login [[ID_NUMBER|ohrytsenko]] and paid with the card [[CREDIT_CARD|4027 1836 5904 1276]].",
    "Ferry reservation for [[PERSON|Magnus Eriksson]] and one vehicle, departing Stockholm; the confirmation was sent to [[EMAIL_ADDRESS|magnus.eriksson@telepost.se]] and by text to [[PHONE_NUMBER|+46 70 174 06 81]], with payment from [[IBAN_CODE|SE19 8000 0832 7901 4638 5021]].",
    "Hostel booking note: guest [[PERSON|Thabo Mokoena]] asked the front desk to keep his passport [[ID_NUMBER|M00481627]] in the safe; the wifi code issued to him at check-in was [[PASSWORD|backpack-2291]].",
    # school admission records
    "Admission record: pupil [[PERSON|Isabella Fontaine]], student number [[ID_NUMBER|2024-07731]], joins Year 4 in September; parent contact [[PERSON|Claire Fontaine]], [[PHONE_NUMBER|0118 496 0337]], home address [[STREET_ADDRESS|12 Kennet Walk, Reading RG1 3HZ]].",
    "University admission file: applicant [[PERSON|Mohammed Al-Rashidi]], applicant number [[ID_NUMBER|182-449-3071]], has been offered a conditional place on the MEng programme for next autumn; all correspondence goes to [[EMAIL_ADDRESS|m.alrashidi2006@desertmail.ae]].",
    "The school admissions officer recorded that [[PERSON|Leon Schmidt]], born 2015, transfers from a Munich primary school; his guardian [[PERSON|Sabine Schmidt]] can be reached at [[PHONE_NUMBER|089 99998 214]] and lives at [[STREET_ADDRESS|Leopoldstraße 58, 80802 München]].",
    'Enrolment record for [[PERSON|Aylin Kaya]], student ID [[ID_NUMBER|S-99120457]], school portal username [[ID_NUMBER|aylin.kaya15]] and initial password "[[PASSWORD|Tulip7-Blue]]", to be changed at first login to the learning platform in September.',
    "College admission summary: mature student [[PERSON|Desirée Pinto]], BSN [[ID_NUMBER|273840150]], address [[STREET_ADDRESS|Oudegracht 231, 3511 NK Utrecht]]; tuition fees will be collected from [[IBAN_CODE|NL41 INGB 0007 3918 46]].",
    "Admission record: child [[PERSON|Ngozi Obi]], kindergarten intake; the authorised collectors are her mother [[PERSON|Adanna Obi]] and her uncle [[PERSON|Chukwuemeka Obi]], who may be reached at [[PHONE_NUMBER|+1 416 555 0192]].",
    "Scholarship admission note: [[PERSON|Valentina Greco]], student number [[ID_NUMBER|MAT-554102]], will receive the scholarship by transfer to [[IBAN_CODE|IT69 Y020 0803 2840 0010 4719 356]]; the confirmation was e-mailed to [[EMAIL_ADDRESS|valentina.greco@studenti-mail.it]].",
    "Admissions office record: international applicant [[PERSON|Zhang Yifan]], passport [[ID_NUMBER|E48219376]], submitted the deposit from [[IP_ADDRESS|203.0.113.66]]; the portal login [[ID_NUMBER|zyifan_2025]] was created for him by the admissions team.",
    "The admission record for [[PERSON|Maja Nowicka]], PESEL [[ID_NUMBER|02241906484]], lists her home at [[STREET_ADDRESS|ul. Długa 17 m. 4, 80-827 Gdańsk]] and her mother's e-mail [[EMAIL_ADDRESS|e.nowicka@interia-mail.pl]] for all school correspondence.",
    "Boarding school admission: the medical form of pupil [[PERSON|Vihaan Sethi]] lists his NHS number [[ID_NUMBER|943 671 0259]]; fees are payable by his guardian, [[PERSON|Rohit Sethi]], with the card [[CREDIT_CARD|5460 1928 3746 5019]].",
]

# 50 short record lines (8 to 30 words): a name alone or a name and one more identifier.
RECORDS = [
    "The invoice was approved by [[PERSON|Gwendolyn Marsh-Okafor]] on behalf of the procurement department.",
    "[[PERSON|Rasmus Kjeldsen]] can be contacted at [[EMAIL_ADDRESS|rasmus.kjeldsen@nordlys-mail.dk]] for questions about the delivery schedule.",
    "Please ship the replacement router to [[PERSON|Ottilie Baptiste]] at [[STREET_ADDRESS|33 Coral Way, Unit 5, Miami, FL 33145]].",
    "The contract renewal was signed by [[PERSON|Bartholomew Nkemelu]] after the legal team's final review.",
    "Refunds for this order will be credited to the card [[CREDIT_CARD|6503 9182 4706 1536]] held by [[PERSON|Priscilla Amankwah]].",
    "[[PERSON|Dragana Petrović]] reported the outage from the workstation at [[IP_ADDRESS|192.0.2.219]] shortly after nine o'clock.",
    "The account holder, [[PERSON|Emeka Okorie]], confirmed his date of birth and his online banking username [[ID_NUMBER|eokorie_lagos]].",
    "All correspondence regarding the tenancy should be addressed to [[PERSON|Perpetua Langley]] at [[STREET_ADDRESS|Stationsweg 44, 9401 KP Assen]].",
    "The security badge was issued to [[PERSON|Kwabena Asante]] under employee number [[ID_NUMBER|EMP-557102]].",
    "Ms [[PERSON|Hildegard Vogt]] requested a paper copy of the privacy notice by post.",
    "Payment for the workshop was received from [[PERSON|Ximena Cárdenas]] via the account [[IBAN_CODE|ES76 2100 9137 4522 0184 6390]].",
    "The meeting minutes were taken by [[PERSON|Florian Gruber]] and circulated to the steering committee the next morning.",
    "Customer [[PERSON|Padraig Hurley]] asked that all future calls be made to [[PHONE_NUMBER|07700 900654]] instead of his landline.",
    "The case was reassigned to claims handler [[PERSON|Yolanda Figueroa]] after the original handler left the company.",
    "[[PERSON|Sneha Pillai]] uploaded a scan of her Aadhaar card, number [[ID_NUMBER|4621 7093 8512]], to the verification portal.",
    "The parcel could not be delivered because [[PERSON|Augustus Pennington]] was not at home.",
    "Please send the signed lease to [[PERSON|Marisol Quintero]] at [[EMAIL_ADDRESS|mquintero@casaverde-rentals.com]] by Friday.",
    "The audit trail shows that [[PERSON|Viktor Horvath]] exported the customer list from [[IP_ADDRESS|198.51.100.142]].",
    "The expense claim for the Lisbon trip was submitted by [[PERSON|Leonor Baptista]] and approved by finance.",
    "The library membership number of [[PERSON|Oisín Flanagan]] is [[ID_NUMBER|LIB-0047219]], according to the circulation desk records.",
    "Replacement cards will be mailed to [[PERSON|Cornelius Vandenberg]] at [[STREET_ADDRESS|410 Elm Street, Apt 2B, Burlington, VT 05401]].",
    "The court summons was served on [[PERSON|Marcella Ibáñez]] at her place of work.",
    "For urgent issues with the server, contact [[PERSON|Joachim Strand]] on [[PHONE_NUMBER|070-174 06 19]].",
    "The new supplier's bank details belong to [[PERSON|Anneliese Huber]], account [[IBAN_CODE|AT55 1420 0200 1074 8392]].",
    "The medication review was completed by Dr [[PERSON|Obinna Uchenna]] and filed in the patient's notes.",
    "The employee [[PERSON|Shirin Tehrani]] reset her password to [[PASSWORD|Persepolis!2023]] during the help-desk call.",
    "Tickets for the gala were purchased by [[PERSON|Reginald Ashby]] using the card [[CREDIT_CARD|3741 586029 34717]].",
    "The delivery note was signed by [[PERSON|Ludmila Sokolova]] at the warehouse gate.",
    "The applicant [[PERSON|Juan Pablo Arriaga]] listed his Social Security number as [[US_SSN|050-73-9126]] on the rental application.",
    "All invoices should be sent to [[PERSON|Hamish Galbraith]] at [[EMAIL_ADDRESS|hamish.galbraith@glenmorie-estates.co.uk]].",
    "The refund was authorised by [[PERSON|Noémie Girard]], who signed the adjustment form.",
    "[[PERSON|Pradeep Venkataraman]] logged in with the username [[ID_NUMBER|pvenkat_admin]] to approve the change request.",
    "The insurance policy is held by [[PERSON|Ethel Montgomery]], policy holder number [[ID_NUMBER|POL-88130274]].",
    "The vehicle is registered to [[PERSON|Thaddeus Obuya]], who lives at [[STREET_ADDRESS|Plot 14, Ngong Road, Nairobi 00100]].",
    "The quarterly report was reviewed by [[PERSON|Ingeborg Halvorsen]] before its submission to the board.",
    "The parcel is addressed to [[PERSON|Renata Souza]] at [[STREET_ADDRESS|Rua Oscar Freire 812, apto 51, Jardins, São Paulo - SP, 01426-001]].",
    "The claim form was completed by [[PERSON|Benedikt Auer]], who gave his Swiss bank account [[IBAN_CODE|CH78 0076 2011 6473 8290 5]].",
    "Patient [[PERSON|Florence Adjei]] has hospital number [[ID_NUMBER|RX4471920]] in the outpatient system.",
    "The warehouse access code [[PASSWORD|7731]] was shared with the driver [[PERSON|Kieran Doyle]] for the weekend delivery.",
    "The survey response came from [[PERSON|Annalise Brookfield]], who left her number [[PHONE_NUMBER|(250) 555-0138]] for a follow-up call.",
    "The refund cheque was returned because [[PERSON|Seamus O'Rourke]] had moved house.",
    "Please reset the voicemail PIN of [[PERSON|Yvette Marchetti]], because the current PIN [[PASSWORD|4093]] was disclosed.",
    "[[PERSON|Leopold Kranz]] is the registered driver of the fleet vehicle and holds licence [[ID_NUMBER|KRANZ704118L99TV]].",
    "The complaint letter was written by [[PERSON|Bernadine Okoth]] and received by the customer service team on Monday.",
    "The webinar registration lists [[PERSON|Tomoko Hayashi]] with the e-mail [[EMAIL_ADDRESS|t.hayashi@kumomail.jp]].",
    "The grant agreement was countersigned by [[PERSON|Evangelos Papadakis]] at the regional office.",
    "The SIM card was registered to [[PERSON|Luz Marina Ocampo]] with the national id [[ID_NUMBER|1.032.448.917]].",
    "Finance confirmed that [[PERSON|Finnian Brody]] uses the corporate card [[CREDIT_CARD|3582 1760 4938 1625]] for travel expenses only.",
    "The site visit report was prepared by [[PERSON|Wairimu Njoroge]] and shared with the donor.",
    "The locker at the gym belongs to [[PERSON|Cosmin Popescu]], membership number [[ID_NUMBER|MEM-300841]].",
]

# 50 chat requests to rewrite, check, summarise or anonymise a pasted record; the first 6
# typed all in lower case.
CHAT = [
    "can you anonymise this before i put it in the incident report: user [[ID_NUMBER|jmokoena]] ([[PERSON|jabu mokoena]]) logged in from [[IP_ADDRESS|203.0.113.54]] at 02:14 and downloaded the payroll file",
    "pls summarise in one line: claimant [[PERSON|rosie tran]], policy holder number [[ID_NUMBER|ph-2208417]], called about the hail damage and wants a callback on [[PHONE_NUMBER|0491 570 142]]",
    "rewrite this more formally: [[PERSON|dev patel]] said the new starter's login is [[ID_NUMBER|npatel2]] and the temp password is [[PASSWORD|welcome123!]], it needs changing by monday",
    "can u check if this address is formatted right for royal mail? [[PERSON|amira haddad]], [[STREET_ADDRESS|flat 2, 41 st john's road, bristol bs3 4jd]]",
    "turn this into a table pls: [[PERSON|luca ferri]] [[EMAIL_ADDRESS|luca.ferri@montemail.it]], [[PERSON|giada conti]] [[EMAIL_ADDRESS|giada.conti@montemail.it]], both from the milan office",
    "what's wrong with this iban? it belongs to my client [[PERSON|jonas weber]] and the bank keeps rejecting it: [[IBAN_CODE|at30 3200 0002 8461 5973]]",
    'Please rewrite this audit finding in plain English for the board: "Privileged account [[ID_NUMBER|svc_mhalloran]], owned by [[PERSON|Maeve Halloran]], authenticated from [[IP_ADDRESS|198.51.100.36]] outside approved hours on six occasions."',
    'Can you anonymise this insurance note so I can use it in training? "Policy holder [[PERSON|Gordon Whitlock]], [[STREET_ADDRESS|9 Heather Close, Inverness IV2 4RB]], phone [[PHONE_NUMBER|0131 496 0719]], reported a burst pipe."',
    "Check whether this card number passes the Luhn check before I send the refund to [[PERSON|Odette Lemaire]]: [[CREDIT_CARD|4715 8463 0927 8160]].",
    'Summarise this breach notice in two sentences: "On 2 June we learned that the mailbox of [[PERSON|Fernando Alves]] ([[EMAIL_ADDRESS|f.alves@portomar-logistics.pt]]) was accessed by an unknown party, exposing invoices that list customer bank details."',
    'I need this loan summary rewritten without any personal details: "Applicant [[PERSON|Cedric Boateng]], SSN [[US_SSN|318-55-2047]], monthly income 4,800 dollars, requests 12,000 dollars for debt consolidation." Replace identifiers with placeholders like [NAME].',
    "Is this a valid Swedish personnummer? It was typed on the enrolment form for [[PERSON|Elin Nyström]]: [[ID_NUMBER|950314-2847]].",
    'Please proofread this onboarding e-mail: "Dear Mr [[PERSON|Okwuosa]], you\'re customer number is [[ID_NUMBER|CU-6602183]] and your temporary PIN is [[PASSWORD|8254]]. Please change it at first login."',
    "Convert this record to JSON with the fields name, email and phone: [[PERSON|Tamsin Ellery]], [[EMAIL_ADDRESS|tamsin.ellery@rookwood-mail.co.uk]], [[PHONE_NUMBER|+44 7700 900377]].",
    'Can you redact this payroll correction before it goes to the whole team? "The salary of [[PERSON|Ramón Ortega]] was paid to [[IBAN_CODE|ES12 2038 5781 9430 0062 7194]] instead of his new account; finance will recall the payment."',
    'Please rewrite this discovery memo excerpt in a neutral tone: "[[PERSON|Bradley Kincaid]] kept client passwords in a notes file, including [[PASSWORD|Falcon$Ridge9]] for the hosting panel, which is frankly reckless."',
    'Translate this booking confirmation into French: "Passenger [[PERSON|Imogen Clarke]], passport [[ID_NUMBER|561038742]], seat 14C, contact [[EMAIL_ADDRESS|imogen.clarke@westcombe-mail.co.uk]]."',
    "Does this French NIR look right? It is on the personnel record of [[PERSON|Hugo Lefebvre]]: [[ID_NUMBER|1 79 11 13 055 482 77]].",
    'Summarise the key facts of this clinical enrolment note: "Participant [[PERSON|Kaveh Rostami]], hospital number [[ID_NUMBER|K2284719]], enrolled on 11 April; study nurse [[PERSON|Leila Farahani]] can be reached on [[PHONE_NUMBER|020 7946 0561]]."',
    'Please anonymise this security log line for a blog post: "Failed password for [[ID_NUMBER|akowalski]] from [[IP_ADDRESS|192.0.2.177]] port 51822 ssh2". The account belongs to our admin, [[PERSON|Adam Kowalski]].',
    'Rewrite this school admission record as a short letter to the parents: "Pupil [[PERSON|Oscar Lindholm]], student number [[ID_NUMBER|ST-4410982]], starts on 1 September; parent [[PERSON|Frida Lindholm]], [[EMAIL_ADDRESS|frida.lindholm@skolpost.se]]."',
    "Can you check the format of this US address for the shipping label? [[PERSON|Deshawn Mitchell]], [[STREET_ADDRESS|5620 Peachtree Industrial Blvd, Suite 110, Norcross, GA 30071]].",
    "I pasted our .env into a ticket by mistake; which of these should be rotated? [[API_KEY|ghp_4Tq9LmZ2xR7wKp3Nb8Vc1Yd6Hs0Jf5GaQe2]] and the database password [[PASSWORD|pg-Str0ng-Lynx]], both set up by [[PERSON|Ilya Sorokin]].",
    'Summarise this compliance finding: "The CRM still holds the SIN [[ID_NUMBER|549 207 132]] of former customer [[PERSON|Geneviève Tremblay]], collected for a credit check in 2017 and never deleted."',
    'Please make this claim note more concise: "The claimant, [[PERSON|Harold Jennings]], who lives at [[STREET_ADDRESS|18 Orchard Rise, Taunton TA1 2PL]], phoned three times to say that the contractor had not yet arrived to repair the roof."',
    'Can you turn this into a polite reminder e-mail? "Member [[PERSON|Claude Schmit]], membership number [[ID_NUMBER|CLB-119284]], owes two months of fees; the direct debit from [[IBAN_CODE|LU76 0019 4008 3271 6900]] was returned."',
    'Anonymise the following for our case study: "Customer [[PERSON|Naledi Mahlangu]] contacted support from [[EMAIL_ADDRESS|naledi.m@ubuntu-post.co.za]] because her card [[CREDIT_CARD|5289 0317 6450 6925]] was charged twice."',
    "Please verify the check digit of this BSN from the admission file of [[PERSON|Sanne de Vries]]: [[ID_NUMBER|619047288]].",
    'Rewrite as bullet points: "Traveller [[PERSON|Takeshi Mori]], frequent flyer [[ID_NUMBER|JL30418827]], hotel guarantee card [[CREDIT_CARD|3492 731608 50627]], arrival 22:40, requests a quiet room."',
    'Can you redact this key from the incident write-up and suggest wording? "Engineer [[PERSON|Mirela Dumitru]] pasted the key [[API_KEY|AKIAR3N8QW5ZL2TX7K4M]] into the public channel at 14:05."',
    'Please summarise this HR memo: "[[PERSON|Patrick Odhiambo]], employee number [[ID_NUMBER|KE-20417]], has moved to the Nairobi office; his new desk phone has not been assigned yet."',
    'Fix the grammar in this data-breach notice: "Dear [[PERSON|Rebecca Lowry]], we has detected that you\'re e-mail [[EMAIL_ADDRESS|becca.lowry@harbourmail.com]] and phone [[PHONE_NUMBER|(207) 555-0158]] was exposed in a incident."',
    'Extract the identifiers from this record into a list: "[[PERSON|Ahmad Karimi]], passport [[ID_NUMBER|P7204815]], address [[STREET_ADDRESS|Kurfürstendamm 201, 10719 Berlin]], phone [[PHONE_NUMBER|030 23125 861]]."',
    'Please anonymise this discharge note for teaching: "Patient [[PERSON|Lorraine Beckford]], NHS number [[ID_NUMBER|731 508 2646]], discharged home with a follow-up appointment in six weeks."',
    'Is there any personal data left in this redacted version? "The customer, [[PERSON|Mustafa Çelik]], asked us to close account [[ID_NUMBER|ACC-7719034]]; [NAME]\'s e-mail was <email>."',
    'Can you write a one-line summary of this travel confirmation? "Guest [[PERSON|Philippa Drake]], three nights, card [[CREDIT_CARD|6011 6304 2897 1251]], mobile [[PHONE_NUMBER|0491 570 127]], late check-in."',
    'Rewrite this audit finding for a non-technical audience: "The router admin interface at [[IP_ADDRESS|198.51.100.250]] still used the password [[PASSWORD|admin@Harbour1]] set by contractor [[PERSON|Niall Cassidy]]."',
    "Please check this Finnish personal identity code from the trial enrolment form of [[PERSON|Emilia Laine]]: [[ID_NUMBER|290900A238M]]. Is the control character correct?",
    "Convert this to CSV: [[PERSON|Guadalupe Reyes]]; [[EMAIL_ADDRESS|lupe.reyes@tierrasol.mx]]; [[STREET_ADDRESS|Calle Hidalgo 45, Col. Centro, 68000 Oaxaca de Juárez, Oaxaca]]",
    'Please shorten this legal memo paragraph: "Witness [[PERSON|Simone Beaulieu]] may be contacted through her counsel only; her personal number [[PHONE_NUMBER|01 99 00 83 16]] must not appear in any filing."',
    "Can you check whether this codice fiscale is consistent with the name [[PERSON|Giuseppe Marino]]? [[ID_NUMBER|MRNGPP79S03H501O]]",
    'Rewrite this onboarding record in the past tense: "[[PERSON|Babatunde Ogundipe]] opens a savings account, chooses the username [[ID_NUMBER|bogundipe]] and sets his security answer."',
    'Summarise in one sentence: "The fraud analyst [[PERSON|Corinne Vasseur]] traced the chargebacks to a device at [[IP_ADDRESS|2001:db8:4a1::17]] that used twenty different cards in one hour."',
    'Please anonymise this KYC record for our test environment: "Customer [[PERSON|Lakshmi Narayanan]], mobile verified, address [[STREET_ADDRESS|No. 7, 2nd Main Road, Gandhi Nagar, Adyar, Chennai 600020]]."',
    "Check if this Polish address is complete: [[PERSON|Zofia Mazur]], [[STREET_ADDRESS|ul. Piotrkowska 104/12, 90-006 Łódź]].",
    'Rewrite this payroll note so it can go in the newsletter without names: "[[PERSON|Gideon Abrahams]] received a back-payment after HR found that his employee number [[ID_NUMBER|ZA-30917]] had been linked to the wrong grade."',
    "Is this Turkish identity number valid? It comes from the visa file of [[PERSON|Emre Aksoy]]: [[ID_NUMBER|52703918410]].",
    "Please format this as a formal letter header: [[PERSON|Amelia Rutherford]], [[STREET_ADDRESS|42 Kingsford Smith Drive, Hamilton QLD 4007]], [[PHONE_NUMBER|+61 491 570 149]].",
    'Draft a reply to this complaint: "My name is [[PERSON|Dominik Novák]] and I got a letter saying my login [[ID_NUMBER|dnovak.cz]] and password [[PASSWORD|Vltava_1999]] were leaked. What are you doing about it?"',
    'Summarise this security audit finding in one line: "Developer [[PERSON|Xavier Rousseau]] committed the secret [[API_KEY|rk_live_8Hn2QvT5xWp9LzM3cRb7Ky4D]] together with a customer export containing [[EMAIL_ADDRESS|c.morel@ouestmail.fr]]."',
]

# 30 clean policy, compliance and security narratives: roles, departments, products and
# standards only, with placeholders where a record would hold a value.
CLEAN_POLICY = [
    "The information security policy requires that all privileged accounts be reviewed quarterly by the system owner and that dormant accounts be disabled after ninety days of inactivity.",
    "Following the internal audit, the finance department adopted a clean-desk standard: printed payroll reports must be stored in locked cabinets and shredded once the retention period expires.",
    "The data retention schedule specifies that recruitment files for unsuccessful candidates are deleted six months after the vacancy closes, unless the candidate consents to longer retention.",
    "In the breach notification template, replace [NAME] with the customer's name and <email> with the contact address; never include the full account number, only its last four digits.",
    "The compliance team confirmed that the test environment uses synthetic records only, with social security numbers masked as XXX-XX-XXXX and e-mail addresses on the example.com domain.",
    "Our incident response plan requires the data protection officer to decide within twenty-four hours whether a personal data breach must be reported to the supervisory authority.",
    "The vendor risk assessment for the payroll provider was rated medium because sub-processors in two jurisdictions have not yet signed the standard contractual clauses.",
    "The HR department introduced role-based access to the personnel system, so that line managers see absence records for their own teams but not salary or bank details.",
    "Quarterly phishing simulations showed a click rate of 4.2 percent in the sales division, down from 9.8 percent a year earlier, after the new awareness training was rolled out.",
    "The clinical operations group approved a pseudonymisation procedure in which participant names are replaced by study codes before case report forms leave the hospital site.",
    "The PCI DSS scope was reduced by moving card capture to a hosted payment page, so that card numbers never touch the merchant's web servers or the call-centre recordings.",
    "According to the records of processing activities, the marketing department relies on consent for newsletters and on legitimate interest for fraud-prevention analytics.",
    "The backup policy states that encrypted copies of the customer database are kept for thirty-five days in a second region and that a restore is tested once per quarter.",
    "The audit committee noted that the logistics subsidiary still shares a single administrator account across its warehouse terminals and requested a remediation plan by the end of the quarter.",
    "Insurance claims staff must verify a caller's identity with two knowledge-based questions and a one-time code before discussing any details of a policy.",
    "The loan origination system now masks national identification numbers on screen, showing only the last three characters to underwriters who do not need the full value.",
    "The school's admissions policy explains that applications are ranked by catchment area, siblings already enrolled and distance, and that the local authority acts as controller.",
    "During the ISO 27001 certification audit, the assessor raised no major nonconformities and two minor ones, both concerning supplier reviews that were overdue.",
    "The travel booking platform stores passport details only for the duration of the trip and deletes them automatically seventy-two hours after the return flight lands.",
    "The legal department's discovery protocol requires that personal identifiers in produced documents be covered with black boxes labelled with the reason, such as PII or privilege.",
    "The security operations centre tuned its SIEM rules so that repeated failed logins from a single source raise an alert after ten attempts within five minutes.",
    "A data protection impact assessment was completed for the new video analytics system in the car park; the cameras blur faces and number plates before footage is stored.",
    "The payroll controls matrix lists four key controls: segregation of duties, dual approval of bank detail changes, reconciliation of gross pay and review of leavers.",
    "The customer onboarding journey was redesigned so that identity documents are checked by an accredited provider and only a pass or fail result is stored in the CRM.",
    "The procurement policy requires every supplier that handles personal data to complete a security questionnaire aligned with SOC 2 and to report breaches within forty-eight hours.",
    'In the anonymised training dataset, every record reads like "[NAME] of [ADDRESS] called about policy [POLICY]", and the phone field is always 000-000-0000.',
    "The records management team moved legacy case files to cold storage and updated the retention labels so that they expire ten years after the case is closed.",
    "The hospital's information governance board approved a policy that allows clinicians to use the secure messaging service for patient care but prohibits consumer messaging apps.",
    "The penetration test of the mobile banking app found no critical issues; one medium finding concerned verbose error messages that revealed the server framework version.",
    "The annual privacy report states that the company received 312 subject access requests and 41 erasure requests, and that no complaint was escalated to the regulator.",
]

# 20 questions on data-protection law naming only public bodies and famous cases.
CLEAN_LAW = [
    "What does Article 17 of the GDPR say about the right to erasure, and when can a controller refuse a deletion request?",
    "How did the Court of Justice of the European Union rule in Google Spain v AEPD, and why is it called the right to be forgotten case?",
    "Under HIPAA, what is the difference between a covered entity and a business associate, and which of them signs a business associate agreement?",
    "Which requirements of PCI DSS 4.0 still apply to a merchant that outsources all card processing to a third party?",
    "What did the Schrems II judgment decide about the EU-US Privacy Shield, and what framework replaced it?",
    "How long does a controller have to notify the supervisory authority of a personal data breach under Article 33 of the GDPR?",
    "What fine did the Irish Data Protection Commission impose on Meta in 2023 over data transfers, and on what legal basis?",
    "Is a pseudonymised dataset still personal data under the GDPR, according to Recital 26?",
    "What does the minimum necessary standard of the HIPAA Privacy Rule require from hospital staff?",
    "What is the role of the European Data Protection Board, and how do its guidelines differ from its binding decisions?",
    "What are the six lawful bases for processing listed in Article 6 of the GDPR?",
    "How does the California Consumer Privacy Act define the sale of personal information?",
    "Why did the Information Commissioner's Office fine British Airways after its 2018 breach, and how much was the final penalty?",
    "Which identifiers must be removed under the HIPAA safe harbor method for data to count as de-identified?",
    "Under Article 35 of the GDPR, when is a data protection impact assessment mandatory?",
    "What is the difference between PCI DSS SAQ A and SAQ A-EP for e-commerce merchants?",
    "How did the CNIL justify the fine it imposed on Google in January 2019 under the GDPR?",
    "Does Article 22 of the GDPR give applicants a right to human review of an automated loan decision?",
    "What does the HHS Office for Civil Rights do when it receives a complaint about a HIPAA violation?",
    "How do binding corporate rules work for transfers of employee data within a multinational group?",
]

# 20 technical questions with hashes, UUIDs, ports, versions and server IPs.
CLEAN_TECH = [
    "Why does sha256sum print e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 for my file? Does that mean it is empty?",
    "Our service at 10.0.4.12 listens on port 8443, but nginx 1.24.0 returns 502; what should I check in the upstream block?",
    "Is the UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301 a version 1 UUID, and can I extract a timestamp from it?",
    "After upgrading PostgreSQL from 14.9 to 16.2, queries on port 5432 became slower; which planner settings changed between these versions?",
    "How do I write a firewall rule that allows TCP 22 only from the bastion host 172.16.0.5 and denies everything else?",
    "What is the relation between the commit hash 9fceb02d0ae598e95dc970b74767f19372d61af8 and its short form 9fceb02 in git?",
    "Pods on Kubernetes 1.29 cannot reach the cluster DNS at 10.96.0.10 on port 53; how do I debug CoreDNS?",
    'Why does Python 3.12 emit a SyntaxWarning for the string literal "C:\\path\\new" when 3.11 did not?',
    "Our Redis 7.2 instance on 127.0.0.1:6379 uses 6 GB of memory for 2 million keys; how can I estimate the per-key overhead?",
    "Is 5d41402abc4b2a76b9719d911017c592 the MD5 of the word hello, and why is MD5 considered unsafe for password storage?",
    "How should I configure TLS 1.3 on Apache httpd 2.4.58 so that only AEAD cipher suites are offered?",
    "The image digest sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae differs between two registries; does that mean the image changed?",
    "In OpenSSH 9.6, how do I restrict a key in authorized_keys to connections from 192.168.10.0/24?",
    "Why does ping to 8.8.8.8 work while resolving example.com fails on my Ubuntu 22.04 server?",
    "What is the maximum value of a Java long, and why does 9223372036854775807 + 1 wrap around to a negative number?",
    "How can I rotate the logs of a Node.js 20 service writing to /var/log/app.log without restarting the process?",
    "Is binding a development server to 0.0.0.0:3000 the same as binding it to localhost:3000?",
    "What does HTTP status 429 mean, and how should a client honour the Retry-After header?",
    "How do I generate UUIDv7 values in PostgreSQL 18, and are they sortable by creation time?",
    "Our MySQL 8.0.36 replica at 10.20.30.40 lags by 300 seconds; which variables control parallel replication?",
]

# 15 healthcare service questions naming no one.
CLEAN_HEALTH = [
    "What should I bring to a pre-operative assessment appointment at a hospital?",
    "How long do blood test results usually take to come back from a hospital laboratory?",
    "Can a pharmacist supply a repeat prescription if the GP surgery is closed over the weekend?",
    "What is the difference between an urgent treatment centre and an emergency department?",
    "How do I request a copy of my medical records from a hospital, and is there a fee?",
    "Is it normal to feel tired for several weeks after a general anaesthetic?",
    "Which vaccinations are usually recommended before travelling to East Africa?",
    "How does a clinical trial decide who is eligible to take part?",
    "Which questions should I ask a physiotherapist at a first appointment for back pain?",
    "How do telehealth consultations protect patient confidentiality?",
    "What are the usual visiting hours and rules on a maternity ward?",
    "Can I register with a different GP practice without telling my current one?",
    "What does a hospital discharge summary normally contain?",
    "How often should adults over fifty be screened for bowel cancer?",
    "What is the role of a patient advice and liaison service in a hospital?",
]

# 15 grade-school word problems with fictional first names.
CLEAN_MATHS = [
    "Priya buys 3 notebooks at 2.50 dollars each and a pen for 1.20 dollars. How much change does she get from 10 dollars?",
    "Tom reads 24 pages a day. How many days will it take him to finish a 312-page book?",
    "A class of 28 pupils is split into teams of 4, and Maya's team wins 3 games. How many teams are there in total?",
    "Leo has twice as many marbles as Sam, and together they have 45. How many marbles does Leo have?",
    "Aisha's garden is 12 metres long and 7 metres wide. What is its area, and how much fencing goes around it?",
    "Carlos saves 15 dollars a week. After how many weeks can he afford a bike that costs 240 dollars?",
    "Grace's train leaves at 9:45 and arrives at 13:20. How long is her journey in minutes?",
    "Nina baked 60 cookies, gave a third to her neighbours and a quarter of the rest to her brother Ben. How many are left?",
    "Omar runs 2.5 kilometres every morning. How many kilometres does he run in four weeks?",
    "Hana has 5 red, 7 blue and 8 green beads. What fraction of her beads are blue?",
    "Jack's water tank holds 180 litres and leaks 6 litres an hour. How many hours until it is empty?",
    "Sofia scored 78, 85 and 92 on three tests. What score does she need on the fourth to average 85?",
    "Ravi shares 96 stickers equally between himself and five friends. How many stickers does each of them get?",
    "Apples cost 1 pound for 4. How much does Ella pay for 22 apples if she buys five bags of 4 and two single apples at 30 pence each?",
    "Kofi walks 1.2 kilometres to school and the same distance back each day. How far does he walk in a 5-day week?",
]


# National ids whose format has a public check digit: each must be an ID_NUMBER span.
NATIONAL_IDS = {
    "870523-3180": luhn_len(10),  # Swedish personnummer
    "011109-2649": luhn_len(10),
    "950314-2847": luhn_len(10),
    "170385-417S": hetu_ok,  # Finnish henkilötunnus
    "290900A238M": hetu_ok,
    "273840150": bsn_ok,  # Dutch BSN
    "619047288": bsn_ok,
    "85071432170": pesel_ok,  # Polish PESEL
    "02241906484": pesel_ok,
    "38461057240": kimlik_ok,  # Turkish kimlik
    "52703918410": kimlik_ok,
    "418.263.907-31": cpf_ok,  # Brazilian CPF
    "53817204X": dni_ok,  # Spanish DNI
    "Y4726183L": dni_ok,  # Spanish NIE
    "1 88 07 75 056 214 76": nir_ok,  # French NIR
    "2 92 03 69 123 045 27": nir_ok,
    "1 79 11 13 055 482 77": nir_ok,
    "LBRRSO68H55A944S": codice_fiscale_ok,  # Italian codice fiscale
    "MRNGPP79S03H501O": codice_fiscale_ok,
    "238174654": nif_ok,  # Portuguese NIF
    "81.06.12-347.66": belgian_id_ok,  # Belgian national number
    "8604175241083": luhn_len(13),  # South African id
    "9209300162086": luhn_len(13),
    "7385 9216 4076": aadhaar_ok,  # Indian Aadhaar
    "4621 7093 8512": aadhaar_ok,
    "273 816 454": luhn_len(9),  # Canadian SIN
    "549 207 132": luhn_len(9),
    "485 307 1628": nhs_ok,  # NHS number
    "943 671 0259": nhs_ok,
    "731 508 2646": nhs_ok,
}

IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
    "GB": 22, "IE": 22, "IT": 27, "LT": 20, "LU": 20, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "SE": 24,
}  # fmt: skip

# Phone formats of ranges kept for fiction; every phone must match one of them.
FICTIONAL_PHONES = [
    re.compile(p)
    for p in (
        r"07700 900\d{3}",  # UK mobile drama range
        r"\+44 7700 900\d{3}",
        r"\+44 20 7946 0\d{3}",  # London
        r"020 7946 0\d{3}",
        r"01(13|18|31|41) 496 0\d{3}",  # Leeds, Reading, Edinburgh, Glasgow
        r"\(\d{3}\) 555-01\d{2}",  # North America 555-0100 to 555-0199
        r"\d{3}-555-01\d{2}",
        r"\+1 \d{3} 555 01\d{2}",
        r"0491 570 1[0-5]\d",  # Australia 0491 570 006 to 0491 570 156
        r"\+61 491 570 1[0-5]\d",
        r"070-174 06 \d{2}",  # Sweden
        r"\+46 70 174 06 \d{2}",
        r"01 99 00 \d{2} \d{2}",  # France
        r"030 23125 \d{3}",  # Germany: Berlin, Munich
        r"089 99998 \d{3}",
    )
]
DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")

# Every address span and the country whose format it is typed in.
ADDRESS_COUNTRIES = {
    "4418 Alder Creek Road, Boise, ID 83709": "US",
    "27 rue des Tanneurs, 67000 Strasbourg": "FR",
    "Flat 3, 19 Belvoir Terrace, Cheltenham GL50 2QS": "GB",
    "Keizersgracht 412-2, 1016 GK Amsterdam": "NL",
    "Flat 502, Prestige Lakeview, 14th Cross, Indiranagar, Bengaluru 560038": "IN",
    "Storgatan 18, 582 23 Linköping": "SE",
    "Via dei Mille 23, 80121 Napoli": "IT",
    "61 Wellington Street, Leeds LS1 4DL": "GB",
    "3-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001": "JP",
    "Calle de Alcalá 214, 3º B, 28028 Madrid": "ES",
    "18 Protea Avenue, Durbanville, Cape Town, 7550": "ZA",
    "B-14, Sector 62, Noida, Uttar Pradesh 201309": "IN",
    "Rua Augusta 152, 2.º Esq., 1100-053 Lisboa": "PT",
    "Van Speijkstraat 71, 2518 EX Den Haag": "NL",
    "Lindenstraße 9, 10969 Berlin": "DE",
    "Apartment 7, 22 Merrion Square North, Dublin 2, D02 XH98": "IE",
    "2217 Magnolia Drive, Lake Charles, LA 70605": "US",
    "8 allée des Cerisiers, 44300 Nantes": "FR",
    "Unit 4, 88 Deansgate, Manchester M3 2ER": "GB",
    "1187 Sequoia Court, Fremont, CA 94539": "US",
    "The Old Rectory, Church Lane, Little Bardfield, Braintree CM7 4TS": "GB",
    "14 Ballybrack Road, Killarney, Co. Kerry, V93 K2F8": "IE",
    "902 Birchwood Lane, Columbus, OH 43215": "US",
    "5 Glenview Park, Derry BT48 8AB": "GB",
    "1450 rue Sherbrooke Ouest, app. 12, Montréal (Québec) H3G 1K4": "CA",
    "3321 Mesa Verde Drive, El Paso, TX 79912": "US",
    "77 Rideau Street, Suite 410, Ottawa, ON K1N 5W8": "CA",
    "245 Bay Ridge Parkway, Apt 3F, Brooklyn, NY 11209": "US",
    "Avenida Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX": "MX",
    "Hauptstraße 112, 69117 Heidelberg": "DE",
    "12 Kennet Walk, Reading RG1 3HZ": "GB",
    "Leopoldstraße 58, 80802 München": "DE",
    "Oudegracht 231, 3511 NK Utrecht": "NL",
    "ul. Długa 17 m. 4, 80-827 Gdańsk": "PL",
    "33 Coral Way, Unit 5, Miami, FL 33145": "US",
    "Stationsweg 44, 9401 KP Assen": "NL",
    "410 Elm Street, Apt 2B, Burlington, VT 05401": "US",
    "Plot 14, Ngong Road, Nairobi 00100": "KE",
    "Rua Oscar Freire 812, apto 51, Jardins, São Paulo - SP, 01426-001": "BR",
    "flat 2, 41 st john's road, bristol bs3 4jd": "GB",
    "9 Heather Close, Inverness IV2 4RB": "GB",
    "5620 Peachtree Industrial Blvd, Suite 110, Norcross, GA 30071": "US",
    "18 Orchard Rise, Taunton TA1 2PL": "GB",
    "Kurfürstendamm 201, 10719 Berlin": "DE",
    "Calle Hidalgo 45, Col. Centro, 68000 Oaxaca de Juárez, Oaxaca": "MX",
    "No. 7, 2nd Main Road, Gandhi Nagar, Adyar, Chennai 600020": "IN",
    "ul. Piotrkowska 104/12, 90-006 Łódź": "PL",
    "42 Kingsford Smith Drive, Hamilton QLD 4007": "AU",
}


def check_lengths(name: str, texts: list[str], words: tuple[int, int]) -> None:
    for marked in texts:
        if not words[0] <= word_count(marked) <= words[1]:
            raise SystemExit(f"{name}: {word_count(marked)} words in {marked[:60]!r}")


def check_narratives(texts: list[str]) -> None:
    """Narratives: 25 to 90 words, at most three sentences, 2 to 5 distinct values."""
    check_lengths("narratives", texts, NARRATIVE_WORDS)
    for marked in texts:
        values = {(s["type"], s["value"]) for s in marked_spans(marked)}
        if not NARRATIVE_VALUES[0] <= len(values) <= NARRATIVE_VALUES[1]:
            raise SystemExit(f"narratives: {len(values)} values in {marked[:60]!r}")
        sentences = re.findall(r"[.!?](?:\s|$)", strip_marks(marked)[0])
        if len(sentences) > 3:
            raise SystemExit(f"narratives: {len(sentences)} sentences in {marked[:60]!r}")


def check_records(texts: list[str]) -> None:
    """Record lines: 8 to 30 words, one person and at most one other value; at least ten
    with a name alone."""
    check_lengths("records", texts, RECORD_WORDS)
    name_only = 0
    for marked in texts:
        spans = marked_spans(marked)
        people = {s["value"] for s in spans if s["type"] == "PERSON"}
        others = {s["value"] for s in spans if s["type"] != "PERSON"}
        if len(people) != 1 or len(others) > 1:
            raise SystemExit(f"records: want one person and at most one value in {marked[:60]!r}")
        name_only += not others
    if name_only < 10:
        raise SystemExit(f"records: {name_only} with a name alone")


def check_pii_values(texts: list[str]) -> None:
    """Phones from fictional ranges, IPs from documentation ranges, IBANs valid with their
    country's length and no documentation example, every address listed with its country
    (more than ten countries), no PERSON span starting with a role."""
    countries = set()
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in FICTIONAL_PHONES):
                raise SystemExit(f"phone {value!r} outside the fictional ranges")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (
                compact in DOCUMENTATION_IBANS
                or not iban_ok(compact)
                or IBAN_LENGTHS.get(compact[:2]) != len(compact)
            ):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
            if kind == "STREET_ADDRESS":
                if value not in ADDRESS_COUNTRIES:
                    raise SystemExit(f"address {value!r} not in ADDRESS_COUNTRIES")
                countries.add(ADDRESS_COUNTRIES[value])
            if kind == "PERSON" and ROLES.match(value):
                raise SystemExit(f"role inside a name: {value!r}")
    if len(countries) <= 10:
        raise SystemExit(f"addresses from only {len(countries)} countries")


def check_clean_values(texts: list[str]) -> None:
    """Clean texts: e-mail domains only example.*, no documentation-range IP, no run of 13
    to 19 digits that passes Luhn."""
    for text in texts:
        for domain in re.findall(r"[\w.+-]+@([\w-]+)\.", text):
            if domain != "example":
                raise SystemExit(f"e-mail in clean text {text[:60]!r}")
        if any(ip in text for ip in DOCUMENTATION_IPS):
            raise SystemExit(f"documentation IP in clean text {text[:60]!r}")
        for run in re.findall(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])", text):
            if luhn_ok(run):
                raise SystemExit(f"card-like number in clean text {text[:60]!r}")


def main() -> None:
    sections = {
        "narratives": (NARRATIVES, 120),
        "records": (RECORDS, 50),
        "chat": (CHAT, 50),
        "clean policy": (CLEAN_POLICY, 30),
        "clean law": (CLEAN_LAW, 20),
        "clean tech": (CLEAN_TECH, 20),
        "clean health": (CLEAN_HEALTH, 15),
        "clean maths": (CLEAN_MATHS, 15),
    }
    pii = NARRATIVES + RECORDS + CHAT
    check_narratives(NARRATIVES)
    check_records(RECORDS)
    check_lengths("chat", CHAT, CHAT_WORDS)
    check_national_ids(pii, NATIONAL_IDS)
    check_pii_values(pii)
    check_clean_values(CLEAN_POLICY + CLEAN_LAW + CLEAN_TECH + CLEAN_HEALTH + CLEAN_MATHS)
    build_sections(
        "blind31", HERE, sections, {"narratives", "records", "chat"},
        titles=TITLES, card_digits=CARD_DIGITS, placeholder_ips=PLACEHOLDER_IPS,
        chat=CHAT, lower_chat=LOWER_CHAT, other_languages=0,
        min_chars=MIN_CHARS, max_words=MAX_WORDS,
    )  # fmt: skip


if __name__ == "__main__":
    main()
