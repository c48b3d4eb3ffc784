"""Words that say a person is meant, shared by the name detectors and the context rules:
titles and honorifics, kin words used as titles ("grandma rose"), and the writer's own
first person. One list each, so that a title added for one rule counts for all."""

from __future__ import annotations

import re


def _alternation(words: str) -> str:
    return "|".join(words.split())


# The calendar's words, capitalised: one list for every rule that must not read them as
# names ("May", "June", "August" are given names too).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                       "Nov", "Dec")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CALENDAR_WORDS = " ".join(WEEKDAYS + MONTHS)


# An article or determiner right before a word: the word is a thing, not a name ("shooting
# the aurora", "the bill said").
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|some|any|each|every|no)\s+\Z")
# Titles before a surname or a full name: "Mr Okafor", "Frau Keller", "Dr. Ruiz".
HONORIFICS = _alternation("mr mrs ms mx miss dr prof sir madam mme mlle herr frau")
# Titles of other languages, as typed: "pani Nowak", "sig.ra Rossi", "señora Díaz".
FOREIGN_HONORIFICS = _alternation(r"pani pan sig\.?ra señora? senhora? hanım bey")
# Kin words used as a title before a given name: "grandma rose", "auntie Bronwen".
KIN_TITLES = _alternation(
    "grandma grandpa granny grandad granddad nana nan gran auntie aunty aunt uncle cousin"
)
# People someone has or deals with, as "my …" says them ("my gf noor", "our landlord
# Okafor", "my twins"): one list for the cue before a name, the personal-text test and
# the "is my …" rules. Singular; a rule adds the plural where it reads one.
RELATIONS = _alternation(
    r"""kid son daughter child children wife husband spouse partner mother father mom mum
    dad parent brother sister sibling grandfather grandmother grandma grandpa granny grandad
    nan nana grandson granddaughter grandkid grandchild grandchildren grandparent stepkid
    step(?:son|daughter|mom|mum|dad|father|mother) (?:mother|father|son|daughter)[- ]in[- ]law
    in-laws godmother godfather godson goddaughter godparent godchild uncle aunt auntie cousin
    nephew niece twin baby toddler bub fianc[eé]e? boyfriend girlfriend gf bf hubby wifey ex
    ex-husband ex-wife friend best[ ]friend bff bestie freind buddy pal mate crush sis bro
    neighbou?r room?mate flatmate housemate classmate teammate bandmate boss colleague
    coll?egue co-?worker manager supervisor mentor mentee intern assistant employee tenant
    landlord landlady patient client student pupil professor teacher tutor coach therapist
    doctor gp dentist nurse midwife surgeon physio counsel+or psychologist psychiatrist
    lawyer solicitor attorney accountant realtor nanny babysitter au[ ]pair carer caregiver
    cleaner plumber trainer barista gardener chauffeur chef cook waiter waitress cashier
    mechanic electrician builder contractor decorator roofer carpenter joiner locksmith
    handyman hairdresser barber stylist beautician groomer vet pharmacist optician driver
    optometrist chiropractor osteopath dietitian nutritionist caseworker adviser advisor
    consultant broker banker courier postman postie housekeeper maid secretary pa
    receptionist technician recruiter cofounder co-founder photographer caterer florist
    officiant priest pastor vicar rabbi imam chaplain principal headteacher headmaster
    headmistress lecturer examiner lodger instructor apprentice paramedic hygienist doula
    childminder keyworker interpreter translator notary paralegal barrister clerk
    bookkeeper auditor underwriter sponsor mp councillor caretaker janitor concierge
    doorman porter bodyguard buyer seller vendor purchaser lender borrower
    guarantor"""
)
# Who else a writer has in a club, a team or a workplace, said the same way before a name
# ("our goalkeeper Tobias", "my co-author Ines", "our new starter Leofwine"): kept apart
# from RELATIONS, whose words the learned word layer reads as a feature.
MORE_ROLES = (
    r"hire|starter|customer|treasurer|volunteer|member|deputy|freelancer|host|supplier|"
    r"designer|engineer|admin|interviewer|applicant|moderator|singer|co-author|artist|"
    r"helper|accompanist|keeper|goalkeeper|goalie|captain|co-coach|newborn|"
    r"half-(?:brother|sister)|great-(?:uncle|aunt|grandma|grandpa|grandmother|grandfather)|"
    r"step-(?:son|daughter|mom|mum|dad|father|mother)"
)
# Roles a sentence says someone is: "Groom is Declan, bride is Aoife", "the claimant: …".
ROLE_IS = (
    r"(?:groom|bride|bride-to-be|birthday (?:girl|boy)|best man|maid of honou?r|newborn|"
    r"deceased|claimant|defendant|plaintiff|patient|client|tenant|landlord|landlady|"
    r"applicant|candidate|employee|student|child|baby|manager|supervisor|contact person|"
    r"owner|account holder|driver|passenger|guest of honou?r|recipient|sender|buyer|seller|"
    # "the kit organiser is …", "our club treasurer is …"
    r"(?:\w+[^\S\n]+)?(?:lead|coordinator|organi[sz]er|liaison|treasurer|captain|chair(?:person)?|"
    r"point of contact))"
    r"(?:['’]s name)?[^\S\n]+(?:is|was|will be|:|=)"
)
# Words of respect or kinship written after a given name: "Ayse hanim", "emre abi".
# Particles inside a name ("José de Souza", "Anna van Dijk"): never a name of their own.
NAME_PARTICLES = frozenset(
    ("de", "del", "della", "di", "da", "do", "das", "dos", "du", "des", "la", "le", "van",
     "von", "der", "den", "ter", "ten", "al", "el", "bin", "ibn", "bint")
)  # fmt: skip
AFTER_TITLES = _alternation(
    "hanım hanim bey abi abla hocam teyze amca dayı san sama chan kun ji sahib sahab bhai "
    "didi bhaiya"
)
# Greetings and thanks as chat types them, before the name of whom they address:
# "thx Anselm", "hiya Bronagh" (the spelled-out ones are in each rule's own list).
CHAT_GREETINGS = _alternation("thx thnx thanx tysm hiya heya") + "|thank u"
# What someone does to the writer, right after the name: "Hallvard calls me every night",
# "nakamura never texted me back" (no he/she needed: "me" says it is someone they know).
TO_WRITER = re.compile(
    r"[^\S\n]+(?:(?:just|always|never|still|finally|already|keeps?|kept)[^\S\n]+)?"
    r"(?:calls|called|calling|texts|texted|texting|messages|messaged|emails|emailed|told|"
    r"tells|asked|asks|invited|invites|owes|paid|pays|hugged|kissed|dumped|ghosted|blocked|"
    r"ignored|ignores|yelled at|shouted at|lied to|cheated on|bullies|bullied|visited|"
    r"visits|helped|helps|thanked|blames|blamed|misses|missed|drove|drives|picked|gave|"
    r"gives|sent|sends|owed|replied to|reply to|replies to|reminded|reminds)"
    r"(?:[^\S\n]+(?:back|up|off))?[^\S\n]+(?:me|my)\b",
    re.IGNORECASE,
)
# Where the writer knows someone from, right after the name: "Oduya in payroll", "lane
# from accounts", "ingrid next door said …" (someone the writer deals with: a cue).
# Where a neighbour lives, said right after them: "ingrid next door", "the Okonkwos upstairs".
NEIGHBOURING = r"next door|upstairs|downstairs|across the (?:road|street|hall)"
KNOWN_FROM = (
    r"[^\S\n]+(?:(?:from|in|at)[^\S\n]+"
    r"(?:accounts|payroll|hr|finance|sales|marketing|legal|it|reception|procurement|ops|"
    r"operations|compliance|engineering|support|admin|facilities|security|the office|"
    r"next door|upstairs|downstairs|work|the gym|church|my team|our team|the front desk|"
    # "pellam at the mortgage broker": someone at a business the writer deals with
    r"(?:the|my|our)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}(?:broker|brokers|bank|agency|council|"
    r"surgery|garage|firm|clinic|practice|pharmacy|dealership|"
    r"estate agents?|letting agents?|insurers?|solicitors|nursery|daycare))|"
    rf"(?:{NEIGHBOURING})[^\S\n]+"
    r"(?:said|says|told|asked|thinks|reckons|swears))\b"
)
KNOWN_FROM_AFTER = re.compile(KNOWN_FROM, re.IGNORECASE)
# Third-person pronouns: the text is about someone.
THIRD_PERSON = re.compile(r"\b(?i:he|she|him|her|his|hers)\b")
# The writer is in the text. Not in capitals ("US", "ME" are places); "i" typed in lower
# case counts only when a verb follows it ("what should i get …"): a lone "i" is as often
# a list marker or a variable.
FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s|[Mm]ine)\b|\b(?i:im|i'm|ive|i've)\b|"
    r"\bi\s+(?:am|was|have|had|need|want|think|got|get|should|can|could|will|would|did|do|"
    r"don't|didn't|feel|just|really|also|love|hate|know|live|work|told|asked|said|ask|tell|"
    r"say|write|make|help|handle|deal|stop|go|find|keep|let|move|pay|send|talk|text|call|"
    r"respond|reply|explain|apologi[sz]e|convince|fix|cope|start|quit|leave|choose|pick|"
    r"decide|plan|prepare|bring|take|cant|can't|dont|didnt|wont|won't|wanna|gotta|forgot|"
    r"met|saw|owe|miss|invited|promised|picked|chose|use|used|typed|changed)\b"
)
# Text that says its values are made up: a form's placeholders, dummy or fake data.
# ("Sample data", "test data" are as often real rows pasted to show their shape.)
PLACEHOLDER_CONTEXT = re.compile(
    r"\b(?:placeholders?|dummy (?:data|values?|names?)|fake (?:data|values?|names?)|"
    r"mock(?:ed)? (?:data|values?|names?)|made-up|made up|lorem ipsum)\b",
    re.IGNORECASE,
)


# Greetings of other languages typed in lower case: words the learned layer may read as a
# name ("dzień dobry, can you translate this"), a set phrase all the same.
FOREIGN_GREETING = re.compile(
    r"\b(?:dzień dobry|dobry wieczór|guten (?:tag|morgen|abend)|buenos (?:días|dias|tardes|noches)"
    r"|buon(?:giorno|asera)|buona (?:sera|notte)|bom dia|boa (?:tarde|noite)"
    r"|goede(?:morgen|middag|navond)"
    r"|god (?:morgen|dag|kväll|aften)|dobrý den|dobré ráno|dobro jutro|jó (?:napot|reggelt)"
    r"|bună ziua|iyi günler|günaydın|hyvää (?:päivää|huomenta)|selamat (?:pagi|siang|malam))\b",
    re.IGNORECASE,
)
