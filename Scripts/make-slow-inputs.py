#!/usr/bin/env python3
"""Writes untrusted inputs that are within the default file limits but costly, for timing by hand.

Usage: Scripts/make-slow-inputs.py FOLDER [TERMS] [RULES] [FACTS]
       (defaults: 1800 terms per condition, 50 rules, 150000 misspelt facts)

Writes into FOLDER:
  enum-or.yaml      england-2008 plus RULES rules, each `phase == primary or phase == secondary or ...`
                    of TERMS terms, on one line
  number-or.yaml    england-2008 plus a number fact `n` and RULES rules, each an `or` of TERMS
                    comparisons of `n` with different thresholds, one term per line
  longest-or.yaml   england-2008 plus a bool fact `b` and as many rules as fit in 4 MiB, each
                    `b or b or ...` as long as a value may be (65,536 characters)
  blowup.yaml       england-2008 plus 24 bool facts and one rule `(x0 and y0) or ... or (x11 and y11)`,
                    whose decision diagram doubles with each pair: 26 KB
  misspelt.yaml     a profile of FACTS misspelt facts (`ofsted.categry1: none`, ...)

Then, for example (add `--max-condition-terms 2000` to read the long conditions whole):
  time support-router route --rules FOLDER/enum-or.yaml Samples/riverside-high.yaml
  time support-router check FOLDER/number-or.yaml
  time support-router check FOLDER/blowup.yaml
  time support-router route FOLDER/misspelt.yaml
"""
import os
import sys

if len(sys.argv) < 2:
    sys.exit(__doc__)
folder = sys.argv[1]
terms = int(sys.argv[2]) if len(sys.argv) > 2 else 1800
rules = int(sys.argv[3]) if len(sys.argv) > 3 else 50
facts = int(sys.argv[4]) if len(sys.argv) > 4 else 150_000
os.makedirs(folder, exist_ok=True)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "Rules", "england-2008.yaml"), encoding="utf-8") as file:
    base = file.read()
anchor = "    escalate_when:\n"
assert anchor in base, "england-2008.yaml has no escalate_when to add rules to"


def rule_file(name, condition, count=rules, new_facts=()):
    """england-2008 with `count` more escalation rules on its first rung, each with `condition(index)`,
    and `new_facts` (names and types) added to its facts."""
    declared = "".join(f"  {fact}:\n    type: {kind}\n    description: A generated fact.\n" for fact, kind in new_facts)
    text = base.replace("facts:\n", "facts:\n" + declared, 1)
    added = "".join(
        f"      - id: slow-{index}\n"
        f"        if: {condition(index)}\n"
        f"        because: A generated rule.\n"
        f"        source:\n"
        f"          document: ascl-up-in-the-air\n"
        f'          quote: "a generated quote"\n'
        for index in range(count)
    )
    with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
        file.write(text.replace(anchor, anchor + added, 1))


phases = ["primary", "secondary", "special", "all_through"]
rule_file("enum-or.yaml", lambda index: " or ".join(f"phase == {phases[t % 4]}" for t in range(terms)))


def number_term(rule, term):
    threshold = (rule * 7 + term * 13) % 1000 / 10
    return f"n {'<' if term % 2 else '>='} {threshold:g}"


# A plain scalar over many lines: each term on its own line, folded into one condition.
rule_file(
    "number-or.yaml",
    lambda index: "\n          or ".join(number_term(index, t) for t in range(terms)),
    new_facts=[("n", "number")],
)

longest = " or ".join(["b"] * ((65_536 + 4) // 5))
rule_file("longest-or.yaml", lambda index: longest, count=(4 << 20) // 65_700 - 1, new_facts=[("b", "bool")])

pairs = 12
rule_file(
    "blowup.yaml",
    lambda index: " or ".join(f"(x{i} and y{i})" for i in range(pairs)),
    count=1,
    new_facts=[(f"x{i}", "bool") for i in range(pairs)] + [(f"y{i}", "bool") for i in range(pairs)],
)

with open(os.path.join(folder, "misspelt.yaml"), "w", encoding="utf-8") as file:
    file.write("".join(f"ofsted.categry{index}: none\n" for index in range(facts)))
