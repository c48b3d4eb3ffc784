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
import unicodedata
from functools import cache

from .names import words


def _bars(text: str) -> frozenset[str]:
    """The names of a "|"-joined block, one or more to a line."""
    return frozenset(name.strip() for name in text.replace("\n", "|").split("|") if name.strip())


# Names that point at one famous person or character, alone or last in a name ("Marie
# Curie", "Einstein", "Frodo"): rare as the surname of anyone a request is about.
FAMOUS = (
    words(
        """Luhn Einstein Darwin Galileo Copernicus Kepler Curie Pasteur Faraday Heisenberg
        Schrodinger Schrödinger Feynman Hawking Turing Lovelace Babbage Euler Gauss Riemann
        Dijkstra Torvalds Knuth Mendeleev Gutenberg
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
    # Politicians and officials of today.
    | words(
        """Biden Trump Pelosi DeSantis Ocasio-Cortez Buttigieg Blinken Yellen Bessent Hegseth
        Starmer Sunak Badenoch Farage Zelenskyy Zelenskiy Berlusconi Sarkozy Mélenchon
        Melenchon Netanyahu Bolsonaro Milei Sheinbaum Ramaphosa Navalny Gorbachev Yeltsin
        Khamenei Leyen Vestager Okonjo-Iweala Bernanke Lagarde"""
    )
    # Business and artificial intelligence.
    | words(
        """Nadella Pichai Toyoda Jassy Dimon Benioff Ballmer Gelsinger Ambani Adani Premji
        Nilekani Källenius Kallenius Pouyanné Pouyanne Ghosn Iacocca Wojcicki Schwarzman Dalio
        Soros Icahn Bourla Andreessen Bankman-Fried Buterin Lütke Chesky Khosrowshahi Kalanick
        Sarandos Nooyi Hassabis Amodei Sutskever Karpathy LeCun Bengio Yudkowsky"""
    )
    # Sport.
    | words(
        """Ohtani Wembanyama Antetokounmpo Gilgeous-Alexander Embiid Mahomes Kelce Mbappe Klopp
        Mourinho Ancelotti Sabalenka Tsitsipas Kyrgios Tendulkar Dhoni Bumrah Piastri Räikkönen
        Raikkonen DeChambeau Duplantis Ledecky Nurmagomedov Mayweather Pacquiao Gretzky
        Kasparov Nowitzki"""
    )
    # Music, film and books.
    | words(
        """Minaj Timberlake Bocelli Pavarotti Morricone DiCaprio Schwarzenegger Stallone Aniston
        Chalamet Cumberbatch Hiddleston McKellen Gyllenhaal Zendaya Scorsese Waititi Rushdie
        Pratchett Asimov Vonnegut Neruda Sartre Brontë Bronte Salinger Steinbeck Nabokov"""
    )
    # Characters.
    | words(
        """Schrute Halpert Beesly Tribbiani Buffay Pinkman Ehrmantraut Baratheon Longbottom
        Lovegood McGonagall Umbridge Organa Calrissian Amidala Maximoff Odinson Bingley
        Everdeen Salander Seinfeld Lecter Lightyear McFly"""
    )
)
# Full names that mean one famous person or character wherever they are written
# ("Summarise Martin Luther King Jr.'s speech", "facts about Queen Victoria"). A real person
# who shares one is still found with a personal cue of their own ("my coworker …").
FAMOUS_FULL = _bars(
    """
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
    Grace Hopper|Tim Berners-Lee|Linus Torvalds|Dennis Ritchie|Edsger Dijkstra|Donald Knuth
    John von Neumann|Claude Shannon|Katherine Johnson|Hedy Lamarr|Alexander Fleming
    Gregor Mendel|Dmitri Mendeleev|Rachel Carson|Johannes Gutenberg|Louis Pasteur
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
    """
)
# Heads of state and government, ministers and party leaders (G20 and EU, 2020-2026).
FAMOUS_FULL |= _bars(
    """
    Kamala Harris|Mike Pence|JD Vance|J D Vance|Antony Blinken|Marco Rubio|Janet Yellen
    Scott Bessent|Lloyd Austin|Pete Hegseth|Nancy Pelosi|Mitch McConnell|Chuck Schumer
    Bernie Sanders|Elizabeth Warren|Alexandria Ocasio-Cortez|Ron DeSantis|Gavin Newsom
    Nikki Haley|Robert F Kennedy|Tulsi Gabbard|Kristi Noem|Merrick Garland|Pam Bondi|Kash Patel
    Howard Lutnick|Pete Buttigieg|Hakeem Jeffries|Ted Cruz|Mitt Romney|George W Bush
    Jimmy Carter|Ronald Reagan|Richard Nixon|Dick Cheney|Condoleezza Rice|Colin Powell|Al Gore
    Keir Starmer|Rishi Sunak|Liz Truss|Boris Johnson|Theresa May|David Cameron|Tony Blair
    Rachel Reeves|Kemi Badenoch|Nigel Farage|Angela Rayner|David Lammy|Jeremy Corbyn
    Priti Patel|Suella Braverman|Sadiq Khan|Nicola Sturgeon|Ed Miliband|Michael Gove
    Kwasi Kwarteng|Jacob Rees-Mogg|Dominic Raab|Wes Streeting|Prince William|Kate Middleton
    Meghan Markle|Queen Camilla|Princess Anne|Prince Andrew|King Charles III|Queen Elizabeth II
    Mark Carney|Chrystia Freeland|Pierre Poilievre|Jagmeet Singh|Stephen Harper|Gabriel Attal
    Élisabeth Borne|Elisabeth Borne|Michel Barnier|François Bayrou|Francois Bayrou
    Sébastien Lecornu|Sebastien Lecornu|Édouard Philippe|Edouard Philippe|Jean Castex
    Bruno Le Maire|Marine Le Pen|Jean-Luc Mélenchon|Jean-Luc Melenchon|Jordan Bardella
    Nicolas Sarkozy|François Hollande|Francois Hollande|Brigitte Macron|Gérald Darmanin
    Olaf Scholz|Friedrich Merz|Annalena Baerbock|Robert Habeck|Christian Lindner
    Frank-Walter Steinmeier|Boris Pistorius|Alice Weidel|Markus Söder|Gerhard Schröder
    Giorgia Meloni|Mario Draghi|Sergio Mattarella|Matteo Salvini|Giuseppe Conte|Antonio Tajani
    Silvio Berlusconi|Matteo Renzi|Elly Schlein|Santiago Abascal|Alberto Núñez Feijóo
    Mark Rutte|Dick Schoof|Geert Wilders|Frans Timmermans|Alexander De Croo|Bart De Wever
    Donald Tusk|Andrzej Duda|Mateusz Morawiecki|Karol Nawrocki|Radosław Sikorski
    Radoslaw Sikorski|Jarosław Kaczyński|Jaroslaw Kaczynski|Viktor Orbán|Viktor Orban
    Karl Nehammer|Alexander Van der Bellen|Sebastian Kurz|Leo Varadkar|Micheál Martin
    Mary Lou McDonald|Marcelo Rebelo de Sousa|Kyriakos Mitsotakis|Alexis Tsipras
    Ulf Kristersson|Sanna Marin|Alexander Stubb|Sauli Niinistö|Petteri Orpo|Mette Frederiksen
    Petr Fiala|Andrej Babiš|Andrej Babis|Klaus Iohannis|Robert Fico|Kaja Kallas|Xavier Bettel
    Sergey Lavrov|Sergei Lavrov|Dmitry Medvedev|Mikhail Mishustin|Alexei Navalny
    Yulia Navalnaya|Mikhail Gorbachev|Boris Yeltsin|Yevgeny Prigozhin|Sergei Shoigu
    Volodymyr Zelenskyy|Volodymyr Zelenskiy|Dmytro Kuleba|Andriy Yermak|Yulia Tymoshenko
    Li Keqiang|Hu Jintao|Jiang Zemin|Deng Xiaoping|Fumio Kishida|Shigeru Ishiba|Shinzo Abe
    Yoshihide Suga|Sanae Takaichi|Emperor Naruhito|Rahul Gandhi|Sonia Gandhi|Indira Gandhi
    Nirmala Sitharaman|Subrahmanyam Jaishankar|Droupadi Murmu|Arvind Kejriwal|Yogi Adityanath
    Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva|Lula da Silva|Jair Bolsonaro
    Dilma Rousseff|Andrés Manuel López Obrador|Andres Manuel Lopez Obrador|Claudia Sheinbaum
    Javier Milei|Cristina Fernández de Kirchner|Cristina Kirchner|Cyril Ramaphosa|Jacob Zuma
    Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Tayyip Erdoğan|Tayyip Erdogan|Mohammed bin Salman
    Mohammed bin Zayed|Joko Widodo|Prabowo Subianto|Yoon Suk Yeol|Lee Jae-myung|Moon Jae-in
    Anthony Albanese|Peter Dutton|Jacinda Ardern|Christopher Luxon|Benjamin Netanyahu
    Isaac Herzog|Yair Lapid|Naftali Bennett|Ali Khamenei|Ayatollah Khamenei|Masoud Pezeshkian
    Ebrahim Raisi|Nayib Bukele|Gustavo Petro|Nicolás Maduro|Nicolas Maduro|Hugo Chávez
    Hugo Chavez|Bashar al-Assad|Ahmed al-Sharaa|Abiy Ahmed|Bola Tinubu|Paul Kagame
    Alexander Lukashenko|Aleksandr Lukashenko|Shehbaz Sharif|Sheikh Hasina|Abdel Fattah el-Sisi
    Pope Leo|Pope Leo XIV|Pope Benedict|Pope Benedict XVI|Pope John Paul II
    """
)
# EU, UN, IMF, World Bank, NATO, WHO, WTO and central-bank leaders.
FAMOUS_FULL |= _bars(
    """
    Ursula von der Leyen|Roberta Metsola|Josep Borrell|Thierry Breton|Margrethe Vestager
    Valdis Dombrovskis|Maroš Šefčovič|Maros Sefcovic|Teresa Ribera|Jean-Claude Juncker
    António Guterres|Antonio Guterres|Ban Ki-moon|Kofi Annan|Kristalina Georgieva|Gita Gopinath
    Ajay Banga|David Malpass|Tedros Adhanom Ghebreyesus|Jens Stoltenberg|Ngozi Okonjo-Iweala
    Christine Lagarde|Jerome Powell|Ben Bernanke|Alan Greenspan|Paul Volcker|Andrew Bailey
    Kazuo Ueda|Haruhiko Kuroda|Joachim Nagel|François Villeroy de Galhau|Isabel Schnabel
    Lael Brainard|Kevin Warsh|Kevin Hassett|Pan Gongsheng|Shaktikanta Das|Roberto Campos Neto
    Elvira Nabiullina|Tiff Macklem|Agustín Carstens|Agustin Carstens|Gianni Infantino
    Sepp Blatter
    """
)
# Founders and chief executives of the largest companies, investors.
FAMOUS_FULL |= _bars(
    """
    Satya Nadella|Sundar Pichai|Jensen Huang|Lisa Su|Akio Toyoda|Mary Barra|Andy Jassy
    Jamie Dimon|Larry Page|Sergey Brin|Larry Ellison|Safra Catz|Steve Ballmer|Michael Dell
    Marc Benioff|Shantanu Narayen|Arvind Krishna|Pat Gelsinger|Lip-Bu Tan|Cristiano Amon
    Reed Hastings|Ted Sarandos|Bob Iger|Brian Chesky|Dara Khosrowshahi|Jack Dorsey|Evan Spiegel
    Travis Kalanick|Changpeng Zhao|Sam Bankman-Fried|Vitalik Buterin|Satoshi Nakamoto
    Patrick Collison|Tobi Lütke|Tobi Lutke|MacKenzie Scott|Doug McMillon|Greg Abel
    Charlie Munger|Brian Moynihan|Larry Fink|Stephen Schwarzman|Ray Dalio|George Soros
    Carl Icahn|Bill Ackman|Michael Bloomberg|Albert Bourla|Vas Narasimhan|Emma Walmsley
    Pascal Soriot|Amin Nasser|Mukesh Ambani|Gautam Adani|Ratan Tata|Azim Premji|Nandan Nilekani
    Narayana Murthy|Jack Ma|Pony Ma|Ma Huateng|Zhang Yiming|Ren Zhengfei|Lee Jae-yong
    Masayoshi Son|Tadashi Yanai|Bernard Arnault|Françoise Bettencourt Meyers|Amancio Ortega
    Ola Källenius|Ola Kallenius|Oliver Blume|Carlos Tavares|Carlos Ghosn|Patrick Pouyanné
    Patrick Pouyanne|Howard Schultz|Brian Niccol|Indra Nooyi|Jack Welch|Lee Iacocca
    Steve Wozniak|Mark Cuban|Richard Branson|Sheryl Sandberg|Susan Wojcicki|Marissa Mayer
    Ginni Rometty|Meg Whitman|Reid Hoffman|Peter Thiel|Marc Andreessen|Alex Karp|Palmer Luckey
    Andrew Witty|James Quincey
    """
)
# Artificial intelligence.
FAMOUS_FULL |= _bars(
    """
    Demis Hassabis|Dario Amodei|Daniela Amodei|Ilya Sutskever|Greg Brockman|Mira Murati
    Geoffrey Hinton|Yann LeCun|Yoshua Bengio|Fei-Fei Li|Mustafa Suleyman|Andrej Karpathy
    Shane Legg|Arthur Mensch|Alexandr Wang|Liang Wenfeng|Kai-Fu Lee|Noam Shazeer
    Eliezer Yudkowsky|Nick Bostrom|Jan Leike|Clem Delangue|Emad Mostaque
    """
)
# Athletes: baseball, basketball, American football.
FAMOUS_FULL |= _bars(
    """
    Shohei Ohtani|Aaron Judge|Mookie Betts|Mike Trout|Bryce Harper|Clayton Kershaw|Derek Jeter
    Yoshinobu Yamamoto|Fernando Tatis|Ronald Acuña|Ronald Acuna|Vladimir Guerrero|Paul Skenes
    Max Scherzer|Justin Verlander|Albert Pujols|Ichiro Suzuki|Jackie Robinson|Hank Aaron
    Willie Mays|Francisco Lindor|Stephen Curry|Steph Curry|Victor Wembanyama|Kevin Durant
    Giannis Antetokounmpo|Nikola Jokić|Nikola Jokic|Luka Dončić|Luka Doncic
    Shai Gilgeous-Alexander|Joel Embiid|Jayson Tatum|Kyrie Irving|Ja Morant|Damian Lillard
    Kawhi Leonard|James Harden|Russell Westbrook|Dirk Nowitzki|Shaquille O'Neal
    Kareem Abdul-Jabbar|Magic Johnson|Larry Bird|Dennis Rodman|Scottie Pippen|Yao Ming
    Caitlin Clark|A'ja Wilson|Klay Thompson|Zion Williamson|Patrick Mahomes|Travis Kelce
    Jason Kelce|Aaron Rodgers|Peyton Manning|Eli Manning|Lamar Jackson|Joe Burrow|Jalen Hurts
    Saquon Barkley|Joe Montana|Brett Favre|Bill Belichick|Colin Kaepernick
    """
)
# Athletes: football (soccer) players and managers.
FAMOUS_FULL |= _bars(
    """
    Erling Haaland|Kylian Mbappé|Kylian Mbappe|Mohamed Salah|Mo Salah|Kevin De Bruyne
    Harry Kane|Jude Bellingham|Vinícius Júnior|Vinicius Junior|Robert Lewandowski|Luka Modrić
    Luka Modric|Karim Benzema|Virgil van Dijk|Lamine Yamal|Bukayo Saka|Phil Foden|Declan Rice
    Marcus Rashford|Son Heung-min|Antoine Griezmann|Zlatan Ibrahimović|Zlatan Ibrahimovic
    Andrés Iniesta|Andres Iniesta|Gianluigi Buffon|Andrea Pirlo|Francesco Totti|Thierry Henry
    Wayne Rooney|Steven Gerrard|Frank Lampard|Zinedine Zidane|Johan Cruyff|Franz Beckenbauer
    Manuel Neuer|Toni Kroos|Florian Wirtz|Jamal Musiala|Martin Ødegaard|Martin Odegaard
    Ousmane Dembélé|Ousmane Dembele|Achraf Hakimi|Victor Osimhen|Sadio Mané|Sadio Mane
    Didier Drogba|Samuel Eto'o|Mesut Özil|Mesut Ozil|Gareth Bale|Alexia Putellas|Aitana Bonmatí
    Aitana Bonmati|Megan Rapinoe|Pep Guardiola|Jürgen Klopp|Jurgen Klopp|José Mourinho
    Jose Mourinho|Carlo Ancelotti|Arsène Wenger|Arsene Wenger|Mikel Arteta|Xabi Alonso
    Gareth Southgate
    """
)
# Athletes: tennis, cricket, motor racing, golf.
FAMOUS_FULL |= _bars(
    """
    Carlos Alcaraz|Jannik Sinner|Daniil Medvedev|Alexander Zverev|Stefanos Tsitsipas
    Iga Świątek|Iga Swiatek|Aryna Sabalenka|Coco Gauff|Naomi Osaka|Emma Raducanu
    Maria Sharapova|Ashleigh Barty|Ash Barty|Elena Rybakina|Jessica Pegula|Taylor Fritz
    Holger Rune|Casper Ruud|Nick Kyrgios|Andre Agassi|Pete Sampras|Steffi Graf
    Martina Navratilova|Billie Jean King|Björn Borg|Bjorn Borg|John McEnroe|Boris Becker
    Virat Kohli|Sachin Tendulkar|MS Dhoni|Mahendra Singh Dhoni|Jasprit Bumrah|Babar Azam
    Joe Root|Ben Stokes|Kane Williamson|Shane Warne|Ricky Ponting|Brian Lara|Shubman Gill
    Hardik Pandya|Ravindra Jadeja|Sourav Ganguly|Kapil Dev|Wasim Akram|Don Bradman
    Max Verstappen|Charles Leclerc|Lando Norris|Oscar Piastri|Sebastian Vettel
    Michael Schumacher|Kimi Räikkönen|Kimi Raikkonen|Niki Lauda|Alain Prost|Daniel Ricciardo
    Toto Wolff|Christian Horner|Kimi Antonelli|Valtteri Bottas|Nico Rosberg|Jenson Button
    Nigel Mansell|Valentino Rossi|Scottie Scheffler|Rory McIlroy|Jon Rahm|Jordan Spieth
    Phil Mickelson|Bryson DeChambeau|Xander Schauffele|Jack Nicklaus|Brooks Koepka
    Collin Morikawa|Nelly Korda
    """
)
# Athletes: athletics, swimming, combat sports, winter sports, cycling, chess.
FAMOUS_FULL |= _bars(
    """
    Mondo Duplantis|Armand Duplantis|Eliud Kipchoge|Faith Kipyegon|Sydney McLaughlin|Noah Lyles
    Sha'Carri Richardson|Shelly-Ann Fraser-Pryce|Mo Farah|Jakob Ingebrigtsen|Sifan Hassan
    Allyson Felix|Jesse Owens|Femke Bol|Karsten Warholm|Katie Ledecky|Léon Marchand
    Leon Marchand|Conor McGregor|Floyd Mayweather|Manny Pacquiao|Tyson Fury|Canelo Álvarez
    Canelo Alvarez|Oleksandr Usyk|Ronda Rousey|Khabib Nurmagomedov|Tony Hawk|Lindsey Vonn
    Mikaela Shiffrin|Eileen Gu|Sidney Crosby|Connor McDavid|Alex Ovechkin|Alexander Ovechkin
    Tadej Pogačar|Tadej Pogacar|Jonas Vingegaard|Magnus Carlsen|Garry Kasparov|Bobby Fischer
    Hikaru Nakamura
    """
)
# Musicians.
FAMOUS_FULL |= _bars(
    """
    Beyoncé Knowles|Beyonce Knowles|Kendrick Lamar|Bad Bunny|Harry Styles|Dua Lipa
    Ariana Grande|Olivia Rodrigo|Sabrina Carpenter|Bruno Mars|The Weeknd|Justin Bieber
    Selena Gomez|Miley Cyrus|Katy Perry|Nicki Minaj|Cardi B|Doja Cat|Post Malone|Snoop Dogg
    Dr Dre|Kylie Jenner|Kendall Jenner|Kris Jenner|Paris Hilton|Chappell Roan|Charli XCX
    Karol G|J Balvin|Peso Pluma|Burna Boy|Mick Jagger|Keith Richards|Rod Stewart
    Bruce Springsteen|Jon Bon Jovi|Dolly Parton|Willie Nelson|Johnny Cash|Garth Brooks
    Shania Twain|Morgan Wallen|Luke Combs|Kacey Musgraves|Mariah Carey|Celine Dion|Céline Dion
    Stevie Wonder|Tina Turner|Ozzy Osbourne|Axl Rose|Dave Grohl|Noel Gallagher|Liam Gallagher
    Thom Yorke|Damon Albarn|Lewis Capaldi|Andrea Bocelli|Luciano Pavarotti|Plácido Domingo
    Placido Domingo|Yo-Yo Ma|Lang Lang|Hans Zimmer|Ennio Morricone|Frank Ocean|Donald Glover
    Pharrell Williams|Justin Timberlake|Britney Spears|Christina Aguilera|Enrique Iglesias
    Julio Iglesias|Kylie Minogue|Ringo Starr|Olivia Newton-John|Eddie Vedder
    """
)
# Actors, directors, television hosts.
FAMOUS_FULL |= _bars(
    """
    Angelina Jolie|Jennifer Aniston|Scarlett Johansson|Margot Robbie|Timothée Chalamet
    Timothee Chalamet|Florence Pugh|Cillian Murphy|Robert Downey Jr|Keanu Reeves|Tom Cruise
    Denzel Washington|Morgan Freeman|Samuel L Jackson|Johnny Depp|Nicole Kidman|Cate Blanchett
    Daniel Radcliffe|Rupert Grint|Emma Stone|Ryan Gosling|Ryan Reynolds|Hugh Jackman
    Chris Hemsworth|Chris Pratt|Natalie Portman|Anne Hathaway|Sandra Bullock|Matt Damon
    Ben Affleck|George Clooney|Al Pacino|Robert De Niro|Jack Nicholson|Anthony Hopkins
    Judi Dench|Helen Mirren|Ian McKellen|Benedict Cumberbatch|Tom Hiddleston|Idris Elba
    Pierce Brosnan|Sean Connery|Jason Statham|Vin Diesel|Sylvester Stallone
    Arnold Schwarzenegger|Harrison Ford|Mark Hamill|Carrie Fisher|Pedro Pascal|Jenna Ortega
    Sydney Sweeney|Austin Butler|Paul Mescal|Barry Keoghan|Anya Taylor-Joy|Saoirse Ronan
    Jacob Elordi|Jeremy Allen White|Kieran Culkin|Macaulay Culkin|Adam Driver|Oscar Isaac
    Joaquin Phoenix|Christian Bale|Heath Ledger|Jared Leto|Gal Gadot|Kate Winslet
    Keira Knightley|Halle Berry|Lupita Nyong'o|Michelle Yeoh|Jackie Chan|Shah Rukh Khan
    Amitabh Bachchan|Priyanka Chopra|Deepika Padukone|Rowan Atkinson|Sacha Baron Cohen
    Steve Carell|John Krasinski|Rainn Wilson|Jenna Fischer|Courteney Cox|Lisa Kudrow
    Matt LeBlanc|Matthew Perry|David Schwimmer|Bryan Cranston|Kit Harington|Emilia Clarke
    Peter Dinklage|Maisie Williams|Millie Bobby Brown|Jon Hamm|James Gandolfini|Jerry Seinfeld
    Jim Carrey|Adam Sandler|Ben Stiller|Will Ferrell|Seth Rogen|Tina Fey|Amy Poehler
    Jimmy Fallon|Jimmy Kimmel|Stephen Colbert|Conan O'Brien|Trevor Noah|Ellen DeGeneres
    Joe Rogan|Tucker Carlson|Gordon Ramsay|David Attenborough|Martin Scorsese
    Francis Ford Coppola|Denis Villeneuve|Greta Gerwig|Guillermo del Toro|Hayao Miyazaki
    Bong Joon-ho|George Lucas|David Fincher|Jordan Peele|Taika Waititi|Sofia Coppola
    Kathryn Bigelow|Clint Eastwood
    """
)
# Authors.
FAMOUS_FULL |= _bars(
    """
    J R R Tolkien|JRR Tolkien|George R R Martin|George RR Martin|Haruki Murakami|Kazuo Ishiguro
    Salman Rushdie|Margaret Atwood|Neil Gaiman|John Grisham|Danielle Steel|Stephenie Meyer
    Colleen Hoover|Sally Rooney|Zadie Smith|Chimamanda Ngozi Adichie|Elena Ferrante
    Karl Ove Knausgaard|Jon Fosse|Annie Ernaux|Orhan Pamuk|Mo Yan|Cormac McCarthy|Philip Roth
    Don DeLillo|Jonathan Franzen|Donna Tartt|Ian McEwan|Hilary Mantel|Roald Dahl|C S Lewis
    CS Lewis|Terry Pratchett|Isaac Asimov|Arthur C Clarke|Ray Bradbury|Kurt Vonnegut
    Aldous Huxley|Yuval Noah Harari|Malcolm Gladwell|Michelle Obama|Paulo Coelho|Isabel Allende
    Mario Vargas Llosa|Jorge Luis Borges|Pablo Neruda|Franz Kafka|Albert Camus|Jean-Paul Sartre
    Simone de Beauvoir|Victor Hugo|Alexandre Dumas|Jules Verne|Umberto Eco|Dante Alighieri
    Charlotte Brontë|Charlotte Bronte|Emily Brontë|Emily Bronte|Mary Shelley|Lord Byron
    Sylvia Plath|J D Salinger|JD Salinger|Rick Riordan|Brandon Sanderson|Ken Follett
    Khaled Hosseini|Arundhati Roy|Rupi Kaur|Ta-Nehisi Coates|James Baldwin|Langston Hughes
    Walt Whitman|T S Eliot|TS Eliot|Louisa May Alcott|Herman Melville|Truman Capote
    Tennessee Williams|Samuel Beckett|Seamus Heaney|W B Yeats|Vladimir Nabokov
    """
)
# Characters of the most popular series, films and novels.
FAMOUS_FULL |= _bars(
    """
    Michael Scott|Dwight Schrute|Jim Halpert|Pam Beesly|Creed Bratton|Ross Geller|Monica Geller
    Chandler Bing|Joey Tribbiani|Phoebe Buffay|Saul Goodman|Skyler White|Hank Schrader
    Gus Fring|Mike Ehrmantraut|Kim Wexler|Arya Stark|Sansa Stark|Ned Stark|Eddard Stark
    Robb Stark|Bran Stark|Cersei Lannister|Jaime Lannister|Tywin Lannister|Joffrey Baratheon
    Severus Snape|Draco Malfoy|Lord Voldemort|Rubeus Hagrid|Ginny Weasley|Neville Longbottom
    Sirius Black|Luna Lovegood|Minerva McGonagall|Dolores Umbridge|Obi-Wan Kenobi|Leia Organa
    Anakin Skywalker|Kylo Ren|Padmé Amidala|Padme Amidala|Boba Fett|Jabba the Hutt
    Lando Calrissian|Bruce Banner|Natasha Romanoff|Thor Odinson|Wanda Maximoff|Nick Fury
    Peter Quill|Stephen Strange|Jane Bennet|Lydia Bennet|Charles Bingley|George Wickham
    Catherine de Bourgh|Mycroft Holmes|James Moriarty|Irene Adler|Inspector Lestrade
    Marge Simpson|Lisa Simpson|Maggie Simpson|Ned Flanders|George Costanza|Elaine Benes
    Cosmo Kramer|Logan Roy|Kendall Roy|Peggy Olson|Ted Lasso|Sheldon Cooper|Leonard Hofstadter
    Barney Stinson|Ted Mosby|Dexter Morgan|Rick Grimes|Buffy Summers|Fox Mulder|Dana Scully
    Hannibal Lecter|Clarice Starling|Jack Sparrow|John Wick|Jason Bourne|Ellen Ripley
    Marty McFly|Vito Corleone|Michael Corleone|Norman Bates|Katniss Everdeen|Bella Swan
    Edward Cullen|Jack Reacher|Lisbeth Salander|Dorothy Gale|Willy Wonka|Charlie Bucket
    Buzz Lightyear|Gandalf the Grey|Tony Montana
    """
)
# Alone (one word, in a text the writer is not in), these mostly mean the famous one.
FAMOUS_ALONE = FAMOUS | words(
    """Newton Tesla Edison Lincoln Washington Jefferson Kennedy Luther Homer
    Jordan Potter Holmes Watson Bond Mario Zelda Elsa Juliet Romeo Lear Darcy Bennet
    Kelvin Pascal Watt Watts Volta Hertz Gauss"""
)
# Units named after a person, which no one is called: "convert 425°F to Celsius".
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

# A point of the compass before a place: a region of it ("West Africa", "Northern Ontario").
COMPASS = words(
    """North South East West Northern Southern Eastern Western Central Northeast Northwest
    Southeast Southwest North-East North-West South-East South-West Upper Lower Greater"""
)


_PLACE_LISTS = ("countries", "states", "provinces", "regions", "cities", "city_names")
_PLACE_NAMES: frozenset[str] | None = None
_PLACE_LOCK = threading.Lock()


def faker_places() -> set[str]:
    """Every country, state, province, region and city of the `faker` package's address
    providers (all locales), as written. ImportError when faker is not installed."""
    from . import gazetteer

    found: set[str] = set()
    for provider in gazetteer.providers("address"):
        for attr in _PLACE_LISTS:
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple)):
                found.update(v for v in value if isinstance(v, str))
    return found


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
        people = given | family
        _PLACE_NAMES = frozenset(
            p for p in all_places() if p.split()[-1].lower() not in people
        )  # all_places() is empty without faker: degrade, do not fail
    return _PLACE_NAMES


@cache
def all_places() -> frozenset[str]:
    """Every place of `faker_places`, those that are names too ("Kenya", "Jordan", "Chad"):
    a place when the text travels to it (context.travelled). Empty without faker."""
    try:
        return frozenset(faker_places())
    except ImportError:  # pragma: no cover - a dependency; degrade, do not fail
        return frozenset()


@cache
def places_folded() -> frozenset[str]:
    """Every place of `all_places` and `all_big_cities`, lower-cased: the towns of
    addresses typed in lower case."""
    return frozenset(p.lower() for p in all_places() | all_big_cities())


def _unaccented(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


@cache
def places_unaccented() -> frozenset[str]:
    """The places of `place_names` and `big_cities` written without their accents, as
    typed on a keyboard without them ("Sao Paulo", "Zurich", "Krakow"), where that differs."""
    return frozenset(u for p in place_names() | big_cities() if (u := _unaccented(p)) != p)


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
    if len(parts) == 2 and parts[0] in COMPASS:
        rest = parts[1].removesuffix("'s")  # "Southeast Asia", "Northern Ontario"
        if rest in PLACES or rest in place_names() or rest in big_cities():
            return True
    whole = " ".join(parts).removesuffix("'s")
    if whole in place_names() or whole in big_cities():  # "Guimarães", "Lisbon"
        return True
    return whole.isascii() and whole in places_unaccented()  # "Sao Paulo", typed bare


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
