"""Names everyone knows that are not the personal data of anyone the request is about:
widely known historical, cultural and fictional people, diseases named after people,
cities that are also given names, the places of the `faker` package's address lists and
the world's big cities (GeoNames).
A name on these lists is damped like a public figure (context.adjust), unless it has a
personal cue of its own ("my son Austin", "Dear Victoria") or shares its text with an
identifier. General knowledge, not fitted to any record."""

from __future__ import annotations

import importlib.resources
import threading
from functools import cache

from .names import words

# Names that point at one famous person or character, alone or last in a name ("Marie
# Curie", "Einstein", "Frodo"): rare as the surname of anyone a request is about.
FAMOUS = words(
    """Einstein Darwin Galileo Copernicus Kepler Curie Pasteur Faraday Heisenberg
    Schrodinger Schrödinger Feynman Hawking Turing Lovelace Babbage Euler Gauss Riemann
    Fermat Descartes Leibniz Archimedes Pythagoras Euclid Aristotle Plato Socrates
    Confucius Kant Hegel Nietzsche Marx Engels Freud Keynes Machiavelli Rousseau Voltaire
    Shakespeare Dickens Austen Tolstoy Dostoevsky Hemingway Orwell Tolkien Rowling Kafka
    Proust Cervantes Goethe Chaucer Wordsworth Angelou Ishiguro Pamuk Murakami Mozart
    Beethoven Chopin Vivaldi Tchaikovsky Wagner Verdi Handel Haydn Schubert Brahms Debussy
    Picasso Monet Rembrandt Vermeer Michelangelo Botticelli Caravaggio Dali Dalí Kahlo
    Warhol Matisse Cezanne Cézanne Napoleon Caesar Cleopatra Churchill Gandhi Mandela Stalin
    Lenin Hitler Mussolini Bismarck Roosevelt Obama Reagan Nixon Thatcher Columbus Magellan
    Nightingale Tubman Beyonce Beyoncé Madonna Presley Lennon McCartney Jagger Bowie
    Sinatra Rihanna Ronaldo Messi Pelé Maradona Federer Nadal Djokovic Comaneci Comăneci
    Zuckerberg Bezos Buffett Chaplin Hitchcock Spielberg Kubrick Tarantino Hepburn Monroe
    Hermione Dumbledore Voldemort Frodo Gandalf Aragorn Sherlock Moriarty Poirot Dracula
    Frankenstein Hamlet Macbeth Othello Gatsby Heathcliff Dalloway Pangloss Candide Quixote
    Odysseus Achilles Hercules Batman Superman Spiderman Spider-Man Skywalker Vader Yoda
    Kenobi Poppins Paddington Scrooge Pinocchio Cinderella Rapunzel Pikachu Shrek Bilbo
    Katniss Gollum Beowulf Targaryen Lannister Atticus Ahab Quasimodo Gulliver Huckleberry
    Havisham Jekyll Bovary Karenina Raskolnikov Zhivago Samsa Sauron Legolas Gimli Samwise
    Arwen Dobby Hagrid Snape Weasley Malfoy Chewbacca Spock Picard Luigi Mufasa Simba Mulan
    Moana Kermit Snoopy Scooby Eeyore Gruffalo Wonka Marple Columbo Clouseau Maigret
    Wallander Moneypenny Blofeld Balboa Corleone Lestrade Mycroft Wolverine Deadpool Thanos
    Daenerys Tyrion Cersei Musk Putin Zelensky Merkel Macron Trudeau Oprah Kardashian Shakira
    Eminem Elvis Cobain Hendrix Springsteen Sheeran Bieber Tagore Sagan Attenborough LeBron
    Beckham Zidane Mbappé Haaland Senna Verstappen Banksy Mandela Kahlo Gaudí Gaudi
    Beatles Metallica Nirvana Radiohead Coldplay Oasis Blondie ABBA"""
)
# Full names that mean one famous person or character wherever they are written
# ("Summarise Martin Luther King Jr.'s speech", "facts about Queen Victoria"). A real person
# who shares one is still found with a personal cue of their own ("my coworker …").
FAMOUS_FULL = frozenset(
    line.strip()
    for line in """
    Martin Luther King|Martin Luther|Queen Victoria|Queen Elizabeth|King Charles|Prince Harry
    Princess Diana
    Abraham Lincoln|George Washington|Thomas Jefferson|Benjamin Franklin|Winston Churchill
    Franklin Roosevelt|Theodore Roosevelt|John F Kennedy|John Kennedy|Barack Obama|Joe Biden
    Donald Trump|Hillary Clinton|Bill Clinton|Margaret Thatcher|Nelson Mandela|Mahatma Gandhi
    Mother Teresa|Rosa Parks|Malcolm X|Frederick Douglass|Harriet Tubman|Anne Frank
    Joan of Arc|Julius Caesar|Alexander the Great|Genghis Khan|Napoleon Bonaparte
    Christopher Columbus|Marco Polo|Neil Armstrong|Buzz Aldrin|Yuri Gagarin|Amelia Earhart
    Albert Einstein|Isaac Newton|Charles Darwin|Marie Curie|Nikola Tesla|Thomas Edison
    Stephen Hawking|Alan Turing|Ada Lovelace|Galileo Galilei|Leonardo da Vinci|Carl Sagan
    Richard Feynman|Niels Bohr|Max Planck|Rosalind Franklin|Jane Goodall|Florence Nightingale
    Sigmund Freud|Karl Marx|Adam Smith|John Maynard Keynes|Steve Jobs|Bill Gates|Elon Musk
    Mark Zuckerberg|Jeff Bezos|Warren Buffett|Tim Cook|Sam Altman|Walt Disney|Henry Ford
    William Shakespeare|Jane Austen|Charles Dickens|Mark Twain|Ernest Hemingway|George Orwell
    Virginia Woolf|Leo Tolstoy|Fyodor Dostoevsky|Toni Morrison|Maya Angelou|Emily Dickinson
    Edgar Allan Poe|Oscar Wilde|J K Rowling|JK Rowling|Stephen King|Agatha Christie
    Harper Lee|F Scott Fitzgerald|John Steinbeck|Gabriel Garcia Marquez|Gabriel García Márquez
    Homer Simpson|Bart Simpson|Harry Potter|Hermione Granger|Ron Weasley|Albus Dumbledore
    Sherlock Holmes|John Watson|Hercule Poirot|Miss Marple|James Bond|Indiana Jones
    Paddington Bear|Mickey Mouse|Minnie Mouse|Donald Duck|Peter Rabbit|Bugs Bunny
    Winnie the Pooh|Lady Macbeth|Elizabeth Bennet|Fitzwilliam Darcy|Jane Eyre|Anna Karenina
    Luke Skywalker|Darth Vader|Han Solo|Princess Leia|Frodo Baggins|Bilbo Baggins
    Mary Poppins|Peter Pan|Alice in Wonderland|Winnie the Pooh|Mickey Mouse|Donald Duck
    Walter White|Jesse Pinkman|Tony Soprano|Don Draper|Jon Snow|Daenerys Targaryen
    Tyrion Lannister|Atticus Finch|Holden Caulfield|Jay Gatsby|Elizabeth Bennet|Mr Darcy
    Fitzwilliam Darcy|Jane Eyre|Oliver Twist|Ebenezer Scrooge|Tom Sawyer|Huckleberry Finn
    Captain Ahab|Dorian Gray|Anna Karenina|Romeo and Juliet|Bruce Wayne|Clark Kent
    David Copperfield|Madame Bovary|Don Quixote|Robinson Crusoe|Moby Dick|Jean Valjean
    Phileas Fogg|Captain Nemo|Anne Shirley|Scarlett O'Hara|Huck Finn|Tess Durbeyfield
    Peter Parker|Tony Stark|Steve Rogers|Lara Croft|Super Mario|Forrest Gump|Rocky Balboa
    Michael Jackson|Elvis Presley|John Lennon|Paul McCartney|Freddie Mercury|David Bowie
    Bob Dylan|Bob Marley|Taylor Swift|Lady Gaga|Kanye West|Jay Z|Ed Sheeran|Billie Eilish
    Frank Sinatra|Whitney Houston|Aretha Franklin|Amy Winehouse|Kurt Cobain|Jimi Hendrix
    Wolfgang Amadeus Mozart|Ludwig van Beethoven|Johann Sebastian Bach|Pablo Picasso
    Vincent van Gogh|Claude Monet|Frida Kahlo|Andy Warhol|Salvador Dali|Salvador Dalí
    Michael Jordan|LeBron James|Kobe Bryant|Serena Williams|Venus Williams|Roger Federer
    Rafael Nadal|Novak Djokovic|Usain Bolt|Muhammad Ali|Mike Tyson|Tiger Woods|Pele
    Diego Maradona|Lionel Messi|Cristiano Ronaldo|David Beckham|Alex Ferguson|Simone Biles
    Michael Phelps|Lewis Hamilton|Ayrton Senna|Wayne Gretzky|Babe Ruth|Tom Brady
    Marilyn Monroe|Audrey Hepburn|Charlie Chaplin|Meryl Streep|Tom Hanks|Leonardo DiCaprio
    Brad Pitt|Oprah Winfrey|Kim Kardashian|Alfred Hitchcock|Steven Spielberg|Stanley Kubrick
    Quentin Tarantino|Christopher Nolan|Greta Thunberg|Malala Yousafzai|Dalai Lama|Pope Francis
    Vladimir Putin|Xi Jinping|Angela Merkel|Emmanuel Macron|Narendra Modi|Justin Trudeau
    Volodymyr Zelensky|Kim Jong Un|Fidel Castro|Che Guevara|Mao Zedong|Joseph Stalin
    Adolf Hitler|Benito Mussolini|Otto von Bismarck|Vladimir Lenin|Leon Trotsky
    Mr Darcy|Mr Rochester|Mrs Dalloway|Dr Jekyll|Mr Hyde|Dr Watson|Dr Frankenstein|Mr Bean
    Dr Seuss|Doctor Who|Mr Spock|Captain Kirk|Mr Bennet|Mrs Bennet|Miss Havisham|Dr Zhivago
    Mrs Doubtfire|Mr Rogers|Captain Hook|Captain America|Dr Strange|Doctor Strange|Mr Bingley
    Fleetwood Mac|Joy Division|Pink Floyd|Led Zeppelin|Lynyrd Skynyrd|Steely Dan
    Jethro Tull|Dire Straits|Talking Heads|Def Leppard|Duran Duran|Kings of Leon
    Arctic Monkeys|Franz Ferdinand|Tame Impala|Van Halen|Bon Jovi|Iron Maiden
    Black Sabbath|Deep Purple|Rolling Stones|Simon and Garfunkel|Hall and Oates
    Mumford and Sons|Florence and the Machine|Belle and Sebastian|Alice in Chains
    Pearl Jam|Stone Roses|Happy Mondays|Manic Street Preachers|Massive Attack
    Daft Punk|Earth Wind and Fire|Simply Red|Tears for Fears|Grateful Dead
    Jefferson Airplane|Allman Brothers|Marilyn Manson|Lana Del Rey|Elton John
    """.replace("\n", "|").split("|")
    if line.strip()
)
# Alone (one word, in a text the writer is not in), these mostly mean the famous one.
FAMOUS_ALONE = FAMOUS | words(
    """Newton Tesla Edison Lincoln Washington Jefferson Kennedy Luther Homer
    Jordan Potter Holmes Watson Bond Mario Zelda Elsa Juliet Romeo Lear Darcy Bennet
    Kelvin Pascal Watt Watts Volta Hertz Gauss"""
)
# Units named after a person, which no one is called: "convert 350°F to Celsius".
EPONYM_UNITS = words(
    """Celsius Fahrenheit Joule Joules Ampere Amperes Ohm Ohms Coulomb Coulombs Becquerel
    Becquerels Sievert Sieverts Rankine Réaumur Roentgen Röntgen Angstrom Ångström"""
)
# Diseases and conditions named after a person, written alone: "Alzheimer's", "Crohn's".
EPONYM_DISEASES = words(
    """Alzheimer Alzheimer's Parkinson Parkinson's Huntington Huntington's Crohn Crohn's
    Asperger Asperger's Tourette Tourette's Hodgkin Hodgkin's Addison Addison's Cushing
    Cushing's Graves Graves' Hashimoto Hashimoto's Raynaud Raynaud's Meniere Ménière
    Meniere's Ménière's Lyme Down's Kawasaki Sjogren Sjögren Sjögren's Guillain Barre Barré
    Bell's Tay-Sachs Marfan Marfan's Wilson's Paget's Kaposi Kaposi's Ebola Zika"""
)
# The last word of a named place: "Times Square", "Tower Bridge", "Lake District". Not
# words that are common surnames too (Park, Hill, Hall, Green, Wood).
PLACE_NOUNS = words(
    """Square Street Road Avenue Boulevard Bridge Station Airport Lake River Mountains
    Island Islands Bay Beach Valley Canyon Castle Palace Cathedral Abbey Museum Gallery
    Tower Gardens Garden Market Harbour Harbor Canal Falls Forest Desert Peninsula Coast
    Province Prefecture County Columbia Heights Village District Quarter Plaza Piazza Zoo
    Stadium Arena Theatre Theater Highlands Lowlands Glacier Gorge Lagoon Fjord Dunes
    Wetlands Plateau"""
)
# Cities and regions that are also given names: alone, a place.
PLACES = words(
    """Austin Dallas Houston Phoenix Denver Charlotte Jackson Madison Lincoln Florence Sydney
    Victoria Georgia Paris Chelsea Kent Devon Adelaide Alexandria Augusta Savannah Regina
    Orlando Santiago Lima Cairo Berlin London Jordan Israel India China Asia Africa Carolina
    Dakota Virginia Brooklyn Camden Hudson Aurora Marseille Sofia Valencia Florida Montana
    Nevada Arizona Tennessee Salem Troy Eugene Tyler Cleveland Raleigh Memphis
    Nashville Springfield Columbia Richmond"""
)


_PLACE_LISTS = ("countries", "states", "provinces", "regions", "cities", "city_names")
_PLACE_NAMES: frozenset[str] | None = None
_PLACE_LOCK = threading.Lock()


def place_names() -> frozenset[str]:
    """Countries, states, provinces, regions and cities of the `faker` package's address
    providers (all locales), that are no given name or surname of the gazetteer: "Kraków",
    "Ohio", "Nigeria" can only be places; "Georgia" or "Lincoln" may be people (PLACES).
    Loaded once, lazily."""
    global _PLACE_NAMES
    if _PLACE_NAMES is not None:
        return _PLACE_NAMES
    with _PLACE_LOCK:
        if _PLACE_NAMES is not None:
            return _PLACE_NAMES
        from . import gazetteer

        given, family = gazetteer.names()
        found: set[str] = set()
        try:
            places = list(gazetteer.providers("address"))
        except ImportError:  # pragma: no cover - a dependency; degrade, do not fail
            _PLACE_NAMES = frozenset()
            return _PLACE_NAMES
        for provider in places:
            for attr in _PLACE_LISTS:
                value = getattr(provider, attr, None)
                if isinstance(value, (list, tuple)):
                    found.update(v for v in value if isinstance(v, str))
        people = given | family
        _PLACE_NAMES = frozenset(p for p in found if p.split()[-1].lower() not in people)
    return _PLACE_NAMES


@cache
def all_big_cities() -> frozenset[str]:
    """Every city of data/big_cities.txt, those that are given names too ("Boston", "Rome"):
    a place when the text travels to it (context.travelled)."""
    source = importlib.resources.files("hybridgate.data") / "big_cities.txt"
    return frozenset(
        line
        for line in source.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


@cache
def big_cities() -> frozenset[str]:
    """The English names of the world's cities of over 200,000 people (GeoNames, CC-BY 4.0:
    data/big_cities.txt, written by bench/build_big_cities.py) that are no given name of
    the gazetteer ("Sydney", "Austin", "Florence" may be people: PLACES reads those alone).
    A big city is a place first, whatever surname it also is ("Lisbon")."""
    from . import gazetteer

    given = gazetteer.names()[0]
    return frozenset(city for city in all_big_cities() if city.split()[0].lower() not in given)


def known(value: str, *, alone_ok: bool) -> bool:
    """Whether a name span is a famous person, a disease or a place (see the lists):
    its last word, or its only word when `alone_ok` (the writer is not in the text)."""
    parts = value.replace("’", "'").split()
    if not parts:
        return False
    if famous_full(value):
        return True
    last = parts[-1]
    stem = last[:-2] if last.endswith("'s") else last
    if last in EPONYM_DISEASES or stem in EPONYM_DISEASES or stem in FAMOUS:
        return True
    if len(parts) == 1 and stem in EPONYM_UNITS:
        return True
    if "-" in stem and any(part in FAMOUS for part in stem.split("-")):
        return True  # "Skłodowska-Curie"
    if len(parts) == 1 and alone_ok and (stem in PLACES or stem in FAMOUS_ALONE):
        return True
    if len(parts) >= 2 and parts[-1] in PLACE_NOUNS:
        from . import gazetteer

        # "Central Park", "British Columbia"; not "Jisoo Park", a given name and a surname
        return parts[0].lower() not in gazetteer.names()[0]
    if len(parts) == 2 and parts[0] in FAMOUS:
        return True  # "Sherlock Holmes", "Atticus Finch": the famous one comes first
    whole = " ".join(parts).removesuffix("'s")
    return whole in place_names() or whole in big_cities()  # "Guimarães", "Lisbon"


_FAMOUS_FIRST = frozenset(name.split()[0] for name in FAMOUS_FULL)


def famous(value: str) -> bool:
    """A famous full name in the span, or a last word that names one famous person or
    character ("Frodo", "Einstein"; not a place, not a name famous only alone)."""
    if famous_full(value):
        return True
    parts = value.replace("’", "'").split()
    stem = parts[-1].removesuffix("'s").rstrip(".,") if parts else ""
    return stem in FAMOUS


def famous_full(value: str) -> bool:
    """A famous full name inside the span: "Summarise Martin Luther King Jr.'s"."""
    parts = value.replace("’", "'").split()
    words = [p.rstrip(".,:;!?").removesuffix("'s").removesuffix("'") for p in parts]
    for i, word in enumerate(words):
        if word not in _FAMOUS_FIRST:
            continue
        for j in range(i + 2, min(len(words), i + 5) + 1):
            if " ".join(words[i:j]) in FAMOUS_FULL:
                return True
    return False
