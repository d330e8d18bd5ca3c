#!/usr/bin/env python3
"""Writes a large random rule set, for measuring `support-router check` as rule sets grow.

Usage: Scripts/generate-rules.py [FACTS] [RULES] [SEED] > big.yaml   (defaults: 40 facts, 300 rules, seed 1)
"""
import random
import sys

facts_count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
rules_count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)

kinds = ["bool", "enum", "number", "set"]
facts = []
for index in range(facts_count):
    facts.append((f"f{index}", kinds[index % 4]))


def atom():
    name, kind = rng.choice(facts)
    if kind == "bool":
        return rng.choice([name, f"not {name}"])
    if kind == "enum":
        return f"{name} {rng.choice(['<', '<=', '==', '!=', '>=', '>'])} {rng.choice(['a', 'b', 'c', 'd'])}"
    if kind == "number":
        return f"{name} {rng.choice(['<', '<=', '>', '>='])} {rng.randint(0, 100)}"
    return rng.choice([f"{name} contains {rng.choice(['p', 'q', 'r', 's'])}", f"count({name}) >= {rng.randint(1, 3)}"])


def condition():
    terms = [atom() for _ in range(rng.randint(1, 3))]
    return f" {rng.choice(['and', 'or'])} ".join(terms)


rungs = 10
start_rules = 20
advice_rules = 30
escalation_rules = rules_count - start_rules - advice_rules
out = ["format: 1", "ruleset: generated", "title: Generated", "version: '1'",
       "documents:", "  d: { title: D, publisher: P }", "facts:"]
for name, kind in facts:
    if kind == "enum":
        out.append(f"  {name}: {{ type: enum, ordered: true, values: [a, b, c, d], description: x }}")
    elif kind == "number":
        out.append(f"  {name}: {{ type: number, min: 0, max: 100, description: x }}")
    elif kind == "set":
        out.append(f"  {name}: {{ type: set, values: [p, q, r, s], default: [], description: x }}")
    else:
        out.append(f"  {name}: {{ type: bool, description: x }}")
out.append("routes:")
rule = 0
for rung in range(rungs):
    out += [f"  - id: rung{rung}", f"    title: Rung {rung}", "    brokered_by: B", "    involves: I"]
    if rung < rungs - 1:
        out.append("    escalate_when:")
        for _ in range(escalation_rules // (rungs - 1) + (1 if rung < escalation_rules % (rungs - 1) else 0)):
            rule += 1
            out += [f"      - id: r{rule}", f"        if: \"{condition()}\"", "        because: x",
                    "        source: { document: d, quote: q }"]
out.append("start_at:")
for _ in range(start_rules):
    rule += 1
    out += [f"  - id: r{rule}", f"    if: \"{condition()}\"", f"    route: rung{rng.randint(1, rungs - 1)}",
            "    because: x", "    source: { document: d, quote: q }"]
out.append("advice:")
for _ in range(advice_rules):
    rule += 1
    out += [f"  - id: r{rule}", f"    if: \"{condition()}\"", "    says: x", "    because: x",
            "    source: { document: d, quote: q }"]
print("\n".join(out))
