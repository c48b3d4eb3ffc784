"""Build chat_clean_lower.jsonl: clean requests typed in lower case: lower-case names of
tools, places and authors ("set up grafana with docker"), typos ("can u explane how
photosynthesis works"), everyday chat with slang and app names ("i got a parking ticket",
"learn whatsapp") and tool questions ("explain pandas groupby"). Written by the author of
the lower-case reading (features/privacy/lowercase.py) to see what it flags: **tune-only**
data, like the extra sets; bench/privacy.py does not load it.

    .venv/bin/python bench/data/build_lower.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # bench/data is no package: marks.py sits beside this script

from marks import record, write  # noqa: E402

SOURCE = "invented-clean-lower"
CLEAN = [
    "how do i install jenkins on ubuntu 22.04",
    "is ada a good first language for embedded work",
    "best way to learn julia if i know python",
    "jackson vs gson for parsing json in java, which is faster",
    "explain how kalman filters work in simple terms",
    "what's the difference between hermes and v8 engines",
    "set up grafana and prometheus with docker compose",
    "why is my flask app returning 404 on every route",
    "how does dijkstra's algorithm compare to a star",
    "recommend a good tutorial for learning rust and tokio",
    "what does the sherlock package do in python",
    "how to deploy django on heroku step by step",
    "whats the best camera settings for shooting the aurora in iceland",
    "write a haiku about autumn leaves falling on a quiet lake",
    "how long should i boil an egg for a runny yolk",
    "can you explain bayes theorem with a medical test example",
    "what are the main causes of the french revolution",
    "give me a 3 day itinerary for lisbon on a budget",
    "how do i fix a leaking kitchen tap",
    "what's a good name for a golden retriever puppy",
    "summarise the plot of pride and prejudice in five sentences",
    "how many calories are in a banana",
    "compare marx and weber on bureaucracy",
    "why does my sourdough not rise, it's very dense",
    "is it safe to run windows 11 on 4gb ram",
    "what's the capital of australia and why isn't it sydney",
    "explain the monty hall problem like i'm five",
    "help me write a cover letter for a junior data analyst job",
    "convert 350 fahrenheit to celsius",
    "what are good stretches for lower back pain after sitting all day",
    "how do i make a pivot table in excel",
    "tips for a first marathon, i run 20 miles a week now",
    "best way to store fresh basil",
    "what is the difference between a latte and a flat white",
    "translate 'good morning, how are you' into italian",
    "how does the stock market work for beginners",
    "recommend some sci fi books like dune",
    "i want to learn guitar, where do i start",
    "how do vaccines train the immune system",
    "write a short speech for a friend's 40th birthday, funny but kind",
    "how do i get my sourdough to rise more, its realy dense every time",
    "whats the diffrence between a roth ira and a normal one",
    "can u explane how photosynthesis works in simple words",
    "i need a recipie for vegan lasagne that my kids will actualy eat",
    "is it neccessary to warm up before a 5k run",
    "how long does it take to learn spanish if i practise 30 min a day",
    "my laptop keeps freezeing when i open chrome, what shuold i check",
    "whats a good beginer workout for someone who hates running",
    "explain the diffrence between weather and climate plz",
    "how do i wright a cover letter for a receptionist job",
    "what are the pros and cons of electic cars in cold countries",
    "how many cups of cofee a day is too much",
    "recomend some podcasts about history for a long drive",
    "why does my cat keep scratchin the sofa even tho she has a post",
    "how do i make my tomato plants grow faster this sumer",
    "wats the best way to clean a cast iron pan after cooking",
    "i keep procrastinatng on my thesis, any tips that actualy work",
    "can you sumarise the causes of world war one in a paragraph",
    "how do i apologise to my freind after forgetting her birthday",
    "is it safe to eat eggs past the best befor date",
    "whats the quickest way to learn touch typeing",
    "give me ideas for a cheap weekend trip from manchester",
    "how do mortages work in the uk for first time buyers",
    "what should i pack for a week of hikeing in the lake district",
    "my boss wants a presentaion on q3 sales, how do i structure it",
    "my sister keeps borrowing my clothes without asking, how do i bring it up",
    "im going to lisbon next week, what should i pack for rainy weather",
    "my boss never replies to my emails, is that normal",
    "how do i tell my flatmate to clean up after herself without a fight",
    "my dog ate chocolate an hour ago, what should i do",
    "we are moving to leeds in spring, best areas for families",
    "my son wont eat vegetables, any tricks that work",
    "i got a parking ticket in camden, can i appeal it",
    "my landlord wants to raise the rent by 15 percent, is that legal in scotland",
    "whats a nice gift for my grandmother who likes gardening",
    "my partner snores so loud, any tips",
    "i think my coworker is stealing my lunch from the fridge lol",
    "how do i ask for a raise after 2 years",
    "my mum wants to learn whatsapp, how do i explain it simply",
    "im nervous about my first day at uni in glasgow",
    "cant sleep before exams, any tips that actually work",
    "whats a cheap healthy lunch i can take to work",
    "my bf forgot our anniversary again, am i overreacting",
    "how long do i boil pasta for al dente",
    "we adopted a rescue cat and she hides all day, normal?",
    "my teenager is glued to tiktok, how do i set limits",
    "how do i get rid of fruit flies in the kitchen",
    "just got dumped, how do i stop checking his insta",
    "my gran is coming to stay for a week, ideas for days out",
    "is it rude to leave a wedding before the speeches",
    "how much should i tip a hairdresser in the us",
    "my neighbours party every night till 3am, what can i do",
    "im 35 and want to switch careers into nursing, too late?",
    "best way to split bills with housemates fairly",
    "my kid has a fever of 38.5, when should i call the gp",
    "how do i ask my manager for flexible hours",
    "can u recommend a good beginner road bike under 500",
    "whats the etiquette for a baby shower gift",
    "my car makes a grinding noise when braking, is it safe",
    "how do i make friends after moving to a new city",
    "what does numpy argmax return for ties",
    "explain pandas groupby with an example",
    "how do i use tqdm with a generator",
    "whats the difference between pytest fixtures and unittest setup",
    "is fastapi faster than flask for simple apis",
    "how does bcrypt salting work",
    "whats a good alternative to moment for dates",
    "should i use zustand or redux for a small react app",
    "how to center a div with flexbox",
    "why is my regex not matching newlines",
    "explain kubectl apply vs create",
    "what does ssh-keygen do exactly",
    "how does tiktoken count tokens",
    "compare postgres and sqlite for a side project",
    "what is a monad in haskell in simple terms",
    "how do i undo the last git commit but keep changes",
    "what is the time complexity of heapq push",
    "how do i read a parquet file with polars",
    "whats the best way to learn rust lifetimes",
    "explain the difference between tcp and udp",
]


def main() -> None:
    if len(set(CLEAN)) != len(CLEAN):
        raise SystemExit("duplicate text")
    rows = [record(f"lower-clean-{i:03d}", SOURCE, text, []) for i, text in enumerate(CLEAN, 1)]
    write(HERE / "chat_clean_lower.jsonl", rows, report=True)


if __name__ == "__main__":
    main()
