#!/usr/bin/env python3
"""The peers' benchmark: the same schools routed by support-router, by regorus (the Rust Rego engine)
and by zen-engine (GoRules), each through its own command, so each can be timed from process start to
exit. Subcommands:

  generate ROWS FOLDER   writes FOLDER/rows.jsonl, FOLDER/rows.csv and FOLDER/map.yaml: ROWS distinct
                         schools, one column per fact of Rules/england-2008.yaml (every fact the walk
                         reads given, so every route is decided), sets written `a;b`, a long free-text
                         fact, and the GCSE percentage on both sides of its threshold of 30; every row
                         keeps to the rule set's constraints, so none is refused
  regorus FILE           routes each line of a JSON Lines file with england-2008.rego; prints `id,route`
  zen FILE               the same with england-2008.zen.json
  parse FILE             only json.loads on every line: the floor for any Python engine
  compare A B...         checks that `id,route` files (or support-router's JSON Lines output) agree
"""
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = ("science mathematics english history geography art music drama physical education design "
         "technology computing languages french spanish german religious studies citizenship business "
         "economics psychology sociology media food textiles engineering").split()
ENUMS = {
    "phase": ["primary", "secondary", "special", "all_through"],
    "ofsted.overall": ["inadequate", "satisfactory", "good", "outstanding"],
    "ofsted.capacity_to_improve": ["inadequate", "satisfactory", "good", "outstanding"],
    "ofsted.category": ["none", "none", "none", "none", "notice_to_improve", "special_measures"],
    "area.city_challenge": ["none", "london", "greater_manchester", "black_country"],
    "intervention.proposed": ["none", "fresh_start", "super_head"],
}
SETS = {
    "weak_areas": ["teaching_and_learning", "leadership", "data_and_assessment", "behaviour", "department"],
    "oversight.bodies": ["sip", "local_authority", "situ", "national_strategies", "ofsted", "hmi", "governors",
                         "city_challenge", "private_provider"],
}
BOOLS = ["la.causing_concern", "la.provides_support_from_own_staff", "la.funding_delegated",
         "self_evaluation.needs_external_help", "in_school.leader_with_capacity",
         "local_family.partnership_healthy", "local_family.strong_partner_within_reach",
         "local_family.staff_time_committed", "local_family.partner_similar",
         "attainment.poor_english_maths_progress", "behaviour_partnership.member", "partner.would_merge",
         "partner.gains_planned", "academy_twinning.proposed", "ofsted.came_out_of_special_measures",
         "london_challenge.keys_to_success"]
COLUMNS = ["id"] + list(ENUMS) + BOOLS + list(SETS) + ["weak_department", "attainment.gcse_5ac_percent"]


def school(index, rng):
    row = {"id": f"S{index:07d}"}
    for fact, values in ENUMS.items():
        row[fact] = rng.choice(values)
    # The rule set's constraints: a school is in a category exactly when it is inadequate overall.
    if row["ofsted.category"] != "none":
        row["ofsted.overall"] = "inadequate"
    elif row["ofsted.overall"] == "inadequate":
        row["ofsted.overall"] = rng.choice(ENUMS["ofsted.overall"][1:])
    for fact in BOOLS:
        row[fact] = rng.random() < 0.5
    # Only a London school can be a 'keys to success' school.
    row["london_challenge.keys_to_success"] &= row["area.city_challenge"] == "london"
    for fact, values in SETS.items():
        row[fact] = ";".join(v for v in values if rng.random() < 0.3)
    # A named weak department only when the self-evaluation lists a department; the text otherwise
    # says why no department is named, so every row carries free text of the same length.
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 22)))
    if "department" in row["weak_areas"].split(";"):
        row["weak_department"] = words
    else:
        row["weak_department"] = None
        row["notes"] = words
    # Both sides of the threshold of 30, and values near it; a primary school has no GCSE results.
    row["attainment.gcse_5ac_percent"] = (
        None if row["phase"] == "primary" else round(rng.choice([rng.uniform(0, 100), rng.uniform(28, 32)]), 1))
    return row


def generate(rows, folder):
    rng = random.Random(2008)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "rows.jsonl"), "w") as jsonl, \
            open(os.path.join(folder, "rows.csv"), "w", newline="") as table:
        writer = csv.writer(table, lineterminator="\n")
        writer.writerow(COLUMNS + ["notes"])
        for index in range(rows):
            row = school(index, rng)
            jsonl.write(json.dumps(row, separators=(",", ":")) + "\n")
            writer.writerow(["true" if v is True else "false" if v is False else "" if v is None else v
                             for v in (row.get(column) for column in COLUMNS + ["notes"])])
    facts = "\n".join(f"  {fact}: {{ column: {fact} }}" for fact in COLUMNS[1:])
    with open(os.path.join(folder, "map.yaml"), "w") as mapping:
        mapping.write(f"format: 1\ntitle: The peers' benchmark rows\ncolumns:\n  id: id\nfacts:\n{facts}\n")


def lines(path):
    with open(path, "rb") as rows:
        for line in rows:
            if line.strip():
                yield line


def route_regorus(path):
    import regorus
    engine = regorus.Engine()
    engine.add_policy_from_file(os.path.join(HERE, "england-2008.rego"))
    out = sys.stdout
    for line in lines(path):
        engine.set_input_json(line.decode())
        row_id = json.loads(line)["id"]
        out.write(f"{row_id},{engine.eval_rule('data.england2008.route')}\n")


def route_zen(path):
    import zen
    with open(os.path.join(HERE, "england-2008.zen.json")) as content:
        decision = zen.ZenEngine().create_decision(content.read())
    out = sys.stdout
    for line in lines(path):
        row = json.loads(line)
        out.write(f"{row['id']},{decision.evaluate(row)['result']['route']}\n")


def parse_only(path):
    count = 0
    for line in lines(path):
        json.loads(line)
        count += 1
    print(count)


def answers(path):
    found = {}
    with open(path) as rows:
        for line in rows:
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                row = json.loads(line)
                found[row["id"]] = row["route"]
            elif not line.startswith("id,"):
                row_id, route = line.split(",", 1)
                found[row_id] = route.split(",")[0]
    return found


def compare(paths):
    first = answers(paths[0])
    for path in paths[1:]:
        other = answers(path)
        if other != first:
            differ = [k for k in first if other.get(k) != first[k]][:5]
            sys.exit(f"{path} and {paths[0]} disagree ({len(first)} and {len(other)} rows), e.g. {differ}: "
                     f"{[(first[k], other.get(k)) for k in differ]}")
    print(f"all {len(paths)} agree on {len(first)} rows")


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "generate":
        generate(int(arguments[0]), arguments[1])
    elif command == "regorus":
        route_regorus(arguments[0])
    elif command == "zen":
        route_zen(arguments[0])
    elif command == "parse":
        parse_only(arguments[0])
    elif command == "compare":
        compare(arguments)
    else:
        sys.exit(__doc__)
