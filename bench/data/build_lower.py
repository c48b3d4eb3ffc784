"""Build chat_clean_lower.jsonl and chat_clean_everyday.jsonl.

The first holds clean requests typed in lower case: lower-case names of tools, places and
authors ("set up grafana with docker"), typos ("can u explane how photosynthesis works"),
everyday chat with slang and app names ("i got a parking ticket", "learn whatsapp") and
tool questions ("explain pandas groupby"). The second holds capitalised everyday requests,
MT-Bench-like role plays and riddles, and prompts full of numbers and codes. Written by the
author of the lower-case reading (features/privacy/lowercase.py) to see what the detector
flags: **tune-only** data, like the extra sets; bench/privacy.py does not load them.

    .venv/bin/python bench/data/build_lower.py
"""

# ruff: noqa: E501

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # bench/data is no package: marks.py sits beside this script

from marks import record, write  # noqa: E402

SOURCE = "invented-clean-lower"
EVERYDAY_SOURCE = "invented-clean-everyday"
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


# Capitalised everyday requests, MT-Bench-like role plays and riddles, prompts full of
# numbers and codes ("Unit 3", "Room 101", "Apollo 11", ISBNs): chat_clean_everyday.jsonl.
EVERYDAY = [
    "My sister keeps borrowing my clothes without asking. How do I bring it up?",
    "I'm going to Lisbon next week. What should I pack for rainy weather?",
    "Can you help me write a polite email declining a job offer?",
    "What's a good gift for my grandmother who loves gardening?",
    "Our team lead wants weekly status updates. Can you suggest a template?",
    "I got a parking ticket in Camden yesterday. Can I appeal it?",
    "My landlord wants to raise the rent by 15%. Is that legal in Scotland?",
    "Write a short speech for my best friend's wedding, funny but kind.",
    'Translate "Where is the train station?" into Japanese.',
    "Summarise the plot of Pride and Prejudice for my book club.",
    "How do I ask my manager for flexible working hours?",
    "My son starts school in September. What should I label?",
    "Draft a complaint to my internet provider about slow speeds.",
    "Is it rude to leave a wedding before the speeches?",
    "My dog ate chocolate an hour ago. What should I do?",
    "Write a thank-you note to my neighbours for watering our plants.",
    "Plan a 3-day itinerary for Edinburgh with kids.",
    "How do I tell my flatmate to clean up after herself?",
    "Give me a weekly meal plan for a family of four on a budget.",
    "Help me write a LinkedIn post about finishing my degree.",
    "Pretend yourself to be Elon Musk in all the following conversations. Speak like Elon Musk as much as possible. Why do we need to go to Mars?",
    'Embrace the role of Sheldon from "The Big Bang Theory" as we delve into our conversation. What is your opinion on hand dryers?',
    "Now you are a machine learning engineer. Your task is to explain complex machine learning concepts in a simplified manner.",
    "Act as a math teacher. I will provide some mathematical equations and you explain them in easy-to-understand terms.",
    "Write a persuasive email to convince your introverted friend, who dislikes public speaking, to volunteer as a guest speaker at a local event.",
    "Imagine you are participating in a race with a group of people. If you have just overtaken the second person, what's your current position?",
    "Thomas is very healthy, but he has to go to the hospital every day. What could be the reasons?",
    "David has three sisters. Each of them has one brother. How many brothers does David have?",
    "Could you write a captivating short story beginning with the sentence: The old abandoned house at the end of the street held a secret that no one had ever discovered.",
    "Describe a vivid and unique character, using strong imagery and creative language.",
    "Suppose you are a mathematician and poet. You always write your proofs as short poets with less than 10 lines but rhyme. Prove the square root of 2 is irrational number.",
    "Picture yourself as a 100-years-old tree in a lush forest, minding your own business, when suddenly, a bunch of deforesters shows up to chop you down. How do you feel?",
    "Help me construct a catchy, yet scientifically accurate, headline for an article on the latest discovery in renewable bio-energy.",
    "Edit the following paragraph to correct any grammatical errors: She didn't remembre where is her purse, so I thinks its in the car but he's say it's on kitchen table.",
    "Parents have complained to the principal about bullying during recess. The principal wants to quickly resolve this. Which situation should the aides report?",
    "A is the father of B. B is the father of C. What is the relationship between A and C?",
    "Which word does not belong with the others? tyre, steering wheel, car, engine",
    "Write a song lyric in the style of Taylor Swift about a summer romance in Nashville.",
    "Compose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.",
    "Role-play as Sherlock Holmes and deduce what I had for breakfast from this description: crumbs on my sleeve and a coffee stain.",
    "How would you introduce yourself as a medieval knight at a royal banquet?",
    "As a pirate captain, what would you say to your crew to motivate them to search for hidden treasure?",
    "Write a dialogue between Alice and Bob about the ethics of AI.",
    "Draft a professional email seeking your supervisor's feedback on the Quarterly Financial Report you prepared.",
    "Write a letter from the perspective of Napoleon to Josephine after the battle of Austerlitz.",
    "Summarise Chapter 12 of my biology textbook on cell division.",
    "What happens in Room 101 in Nineteen Eighty-Four?",
    "Explain Section 3.2 of the GDPR in plain English.",
    "Is the Tesla Model 3 worth it in 2025?",
    "What did the crew of Apollo 11 eat in space?",
    "Will Windows 11 run on an 8th gen Intel i5?",
    "Compare the iPhone 15 and the Pixel 8 cameras.",
    "Plan a road trip along Route 66 in 10 days.",
    "What is Area 51 actually used for?",
    "How do I beat Level 4 of Celeste?",
    "What happened to Malaysia Airlines Flight 370?",
    "Convert 1,234,567 seconds to days, hours and minutes.",
    "Is ISBN 978-0-306-40615-7 a valid ISBN-13?",
    "What is 123456789 times 987654321?",
    "Factor the number 3599.",
    "Explain error code 0x80070005 on Windows.",
    "Why does HTTP 418 exist?",
    "What is the boiling point of water at 3000 m altitude?",
    "Calculate the mortgage payment on 250000 at 4.5% over 25 years.",
    "What's the difference between USB 3.0 and USB 3.2 Gen 2?",
    "Explain RFC 7231 section 6.5.1.",
    "How far is it from London to Paris in km?",
    "Is a 1500 calorie diet safe for a week?",
    "Translate 'the meeting is at 10:30 in room 4B' into German.",
    "My flight BA 2490 is delayed, what are my rights under EU261?",
    "What year did the Berlin Wall fall, 1989 or 1991?",
    "How many bytes are in 1 GiB exactly?",
    "Review my SQL: SELECT * FROM orders WHERE id = 4521 AND status = 'shipped';",
    "What does chmod 755 mean?",
    "Set up a cron job that runs at 02:30 every day.",
    "Explain IPv4 subnetting for 192.168.0.0/24.",
    "Why is port 8080 used for dev servers?",
    "What's the plot of Ocean's 11?",
    "Give me a 5x5 sudoku-style puzzle.",
    "Is Catch-22 worth reading?",
    "How do I solve 3x + 7 = 22?",
    "What was Proposition 13 in California?",
    "Summarise Article 50 of the Treaty on European Union.",
    "What is the Boeing 737 MAX MCAS problem?",
    "Rank the top 10 movies of 1994.",
]


def main() -> None:
    if len(set(CLEAN)) != len(CLEAN):
        raise SystemExit("duplicate text")
    rows = [record(f"lower-clean-{i:03d}", SOURCE, text, []) for i, text in enumerate(CLEAN, 1)]
    write(HERE / "chat_clean_lower.jsonl", rows, report=True)
    if len(set(EVERYDAY)) != len(EVERYDAY):
        raise SystemExit("duplicate text")
    rows = [
        record(f"everyday-clean-{i:03d}", EVERYDAY_SOURCE, text, [])
        for i, text in enumerate(EVERYDAY, 1)
    ]
    write(HERE / "chat_clean_everyday.jsonl", rows, report=True)


if __name__ == "__main__":
    main()
