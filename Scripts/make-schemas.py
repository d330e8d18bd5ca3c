#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) for rule files, rule test files and mapping files into Schemas/.

The schemas are written here, as data, and committed; the keys of each map are held equal to the
loader's (FileKeys, MappingKeys) by SchemaKeyTests, so edit both together. The profile schema of each
shipped rule set is made by `support-router facts --format json-schema` instead.
Usage: python3 Scripts/make-schemas.py
"""
import json
import pathlib

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# The loader reads any scalar as text, as YAML writes it (`version: 1.0` is text to it).
TEXT = {"type": ["string", "number", "boolean"], "pattern": "\\S"}
IDENTIFIER = {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$"}
FACT_NAME = "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"
CONDITION = {"type": "string", "description": "A condition, such as `ofsted.overall <= satisfactory and not in_school.leader_with_capacity`."}
FORMAT = {"enum": [1, "1"], "description": "The file format version; this tool reads 1."}


def closed(properties, required=(), description=None, **more):
    schema = {}
    if description:
        schema["description"] = description
    schema.update({"type": "object", "properties": properties})
    if required:
        schema["required"] = list(required)
    schema["additionalProperties"] = False
    schema.update(more)
    return schema


def described(schema, text):
    return {"description": text, **schema}


def array(items, **more):
    return {"type": "array", "items": items, **more}


def rule(extra_required=(), extra=None):
    properties = {
        "id": described(IDENTIFIER, "The rule's id, unique in the file."),
        "if": described(CONDITION, "When the rule holds."),
        "because": described(TEXT, "Why, in plain English a head teacher understands."),
        "source": {"$ref": "#/$defs/source"},
    }
    properties.update(extra or {})
    return closed(properties, ["id", "if", "because", "source", *extra_required])


def fact(type_name, extra, default, required_extra=()):
    properties = {
        "type": {"const": type_name},
        "description": described(TEXT, "One line a head teacher understands."),
        **extra,
        "default": described(default, "The value a profile gets when it leaves the fact out."),
    }
    return closed(properties, ["type", "description", *required_extra])


VALUES = described(array(IDENTIFIER, minItems=1, uniqueItems=True), "The allowed values, identifiers.")
NUMBER = {"type": "number"}

rules = {
    "$schema": DRAFT,
    "title": "A support-router rule file (format 1)",
    "description": "One rule set: its facts, the escalation path, and the rules that start, climb and advise. See docs/rule-format.md.",
    "type": "object",
    "properties": {
        "format": FORMAT,
        "ruleset": described(IDENTIFIER, "An identifier for the rule set."),
        "title": described(TEXT, "The rule set's title."),
        "version": described(TEXT, "The rule set's own version, free text."),
        "description": described(TEXT, "What the rule set is for."),
        "documents": {
            "description": "The sources that rules cite, by key.",
            "type": "object",
            "propertyNames": IDENTIFIER,
            "additionalProperties": {"$ref": "#/$defs/document"},
        },
        "facts": {
            "description": "The profile schema: every fact a rule may read, by dotted name.",
            "type": "object",
            "propertyNames": {"pattern": FACT_NAME},
            "additionalProperties": {"$ref": "#/$defs/fact"},
        },
        "routes": described(array({"$ref": "#/$defs/route"}, minItems=1), "The rungs of the escalation path, lowest first."),
        "start_at": described(array({"$ref": "#/$defs/startRule"}), "Cases that begin higher up the path."),
        "advice": described(array({"$ref": "#/$defs/adviceRule"}), "Notes that do not change the route."),
        "invariants": described(array({"$ref": "#/$defs/invariant"}), "Properties that `check` proves."),
        "constraints": described(array({"$ref": "#/$defs/constraint"}), "Conditions every valid profile keeps to."),
    },
    "required": ["format", "ruleset", "title", "version", "documents", "facts", "routes"],
    "additionalProperties": False,
    "$defs": {
        "document": closed(
            {
                "title": TEXT,
                "publisher": TEXT,
                "date": TEXT,
                "file": described(TEXT, "The file the quotes come from."),
                "url": TEXT,
            },
            ["title", "publisher"],
        ),
        "fact": {
            "description": "A fact: bool, enum, number, set or string.",
            "type": "object",
            "required": ["type", "description"],
            "properties": {"type": {"enum": ["bool", "enum", "number", "set", "string"]}},
            "allOf": [
                {"if": {"properties": {"type": {"const": "bool"}}}, "then": fact("bool", {"derived": {"$ref": "#/$defs/derivation"}}, {"type": "boolean"})},
                {"if": {"properties": {"type": {"const": "string"}}}, "then": fact("string", {}, TEXT)},
                {
                    "if": {"properties": {"type": {"const": "enum"}}},
                    "then": fact(
                        "enum",
                        {
                            "values": VALUES,
                            "ordered": described({"type": "boolean"}, "`true` makes `<` and `>` legal; values are listed lowest first."),
                            "derived": {"$ref": "#/$defs/derivation"},
                        },
                        IDENTIFIER,
                        ["values"],
                    ),
                },
                {
                    "if": {"properties": {"type": {"const": "set"}}},
                    "then": fact("set", {"values": VALUES}, array(IDENTIFIER, uniqueItems=True), ["values"]),
                },
                {
                    "if": {"properties": {"type": {"const": "number"}}},
                    "then": fact(
                        "number",
                        {
                            "min": described(NUMBER, "The smallest value allowed."),
                            "max": described(NUMBER, "The largest value allowed."),
                            "integer": described({"type": "boolean"}, "`true` if only whole numbers are valid."),
                        },
                        NUMBER,
                    ),
                },
            ],
        },
        "route": closed(
            {
                "id": described(IDENTIFIER, "The route's id."),
                "title": TEXT,
                "brokered_by": described(TEXT, "Who brokers this support."),
                "involves": described(TEXT, "What this support consists of, in plain words."),
                "escalate_when": described(array({"$ref": "#/$defs/escalationRule"}), "Climb to the next rung when any of these holds."),
            },
            ["id", "title", "brokered_by", "involves"],
        ),
        "source": closed(
            {
                "document": described(IDENTIFIER, "A key of `documents`."),
                "quote": described(TEXT, "The passage the rule encodes, verbatim."),
                "standing": described(
                    {"enum": ["law", "statutory_guidance", "guidance", "policy", "announced_plan", "secondary_source"]},
                    "What kind of authority the passage has; `explain` shows it.",
                ),
                "note": described(TEXT, "A caveat about the source, shown with it."),
            },
            ["document", "quote"],
        ),
        "constraint": closed(
            {
                "id": described(IDENTIFIER, "The constraint's id, unique in the file."),
                "if": described(CONDITION, "When the constraint applies; always, if left out."),
                "require": described(CONDITION, "What every profile must satisfy when it applies."),
                "because": TEXT,
                "source": {"$ref": "#/$defs/source"},
            },
            ["id", "require", "because"],
        ),
        "derivation": closed(
            {
                "because": described(TEXT, "Why the fact is worked out this way."),
                "source": {"$ref": "#/$defs/source"},
                "cases": described(
                    array(
                        {
                            "oneOf": [
                                closed({"if": CONDITION, "value": {}}, ["if", "value"]),
                                closed({"otherwise": {}}, ["otherwise"]),
                            ]
                        },
                        minItems=2,
                    ),
                    "The value of the first case whose `if` holds; the last is `otherwise: VALUE`.",
                ),
            },
            ["because", "cases"],
        ),
        "escalationRule": rule(),
        "startRule": rule(["route"], {"route": described(IDENTIFIER, "The route the walk starts at.")}),
        "adviceRule": rule(
            ["says"],
            {
                "says": described(TEXT, "The advice; may interpolate `{fact}` or `{count(fact)}`."),
                "on_routes": described(array(IDENTIFIER, minItems=1), "Only on these routes."),
            },
        ),
        "invariant": closed(
            {
                "id": IDENTIFIER,
                "because": TEXT,
                "monotone_in": described({"type": "string", "pattern": FACT_NAME}, "A fact the route never falls as it worsens."),
                "direction": {"enum": ["increasing", "decreasing"]},
                "if": CONDITION,
                "route": IDENTIFIER,
                "route_in": array(IDENTIFIER),
                "route_at_least": IDENTIFIER,
                "route_at_most": IDENTIFIER,
            },
            ["id", "because"],
            # Either a fact the route is monotone in, or a condition and one claim about the route.
            oneOf=[
                {"required": ["monotone_in"], "not": {"anyOf": [{"required": [key]} for key in ["if", "route", "route_in", "route_at_least", "route_at_most"]]}},
                {
                    "required": ["if"],
                    "not": {"required": ["direction"]},
                    "oneOf": [{"required": [key]} for key in ["route", "route_in", "route_at_least", "route_at_most"]],
                },
            ],
        ),
    },
}

PROFILE_FACTS = {
    "description": "The facts, written inline as in a profile.",
    "type": "object",
}
EXPECT_MAP = closed(
    {
        "route": described(IDENTIFIER, "The route the rules should give."),
        "possible": described(array(IDENTIFIER), "The routes still possible when facts are missing."),
        "rules": described(array(IDENTIFIER), "Exactly the rules that decide the route."),
        "advice": described(array(IDENTIFIER), "Exactly the advice that applies."),
    },
    oneOf=[{"required": ["route"]}, {"required": ["possible"]}],
)
EXPECT = {
    "description": "The answer the rules should give: a route id, short for `route:`, or a map.",
    "anyOf": [IDENTIFIER, EXPECT_MAP],
}
tests = {
    "$schema": DRAFT,
    "title": "A support-router rule test file (format 1)",
    "description": "Cases that say what a rule file should answer. See docs/auditing.md.",
    "type": "object",
    "properties": {
        "format": FORMAT,
        "rules": described(TEXT, "The rule file, relative to this file."),
        "cases": described(
            array(
                closed(
                    {
                        "name": described(TEXT, "What the case shows."),
                        "profile": described(TEXT, "A profile file, relative to this file."),
                        "facts": PROFILE_FACTS,
                        "expect": EXPECT,
                    },
                    ["name", "expect"],
                    # A profile file or the facts inline, not both.
                    oneOf=[{"required": ["profile"]}, {"required": ["facts"]}],
                ),
                minItems=1,
            ),
            "The cases.",
        ),
    },
    "required": ["format", "rules", "cases"],
    "additionalProperties": False,
}

COLUMN = described(TEXT, "A column of the dataset (a key, for JSON Lines).")
CELL_OUTCOME = {"type": ["string", "number", "boolean", "array", "null"]}
mapping = {
    "$schema": DRAFT,
    "title": "A support-router dataset mapping (format 1)",
    "description": "How a dataset's rows become schools and profile facts. See docs/datasets.md.",
    "type": "object",
    "properties": {
        "format": FORMAT,
        "title": TEXT,
        "columns": closed(
            {key: COLUMN for key in ["id", "name", "phase", "latitude", "longitude", "easting", "northing", "ofsted", "local_authority", "region"]},
            ["id"],
            description="Which columns say who and where each school is.",
        ),
        "join": closed(
            {"file": described(TEXT, "A second file, relative to the dataset's folder."), "id": COLUMN, "columns": array(COLUMN)},
            ["file", "id", "columns"],
            description="Columns taken from a second file, matched by school id.",
        ),
        "keep": {
            "description": "Rows to keep: a column and the texts it must hold.",
            "type": "object",
            "additionalProperties": array(TEXT),
        },
        "facts": {
            "description": "How each fact is read, by fact name.",
            "type": "object",
            "propertyNames": {"pattern": FACT_NAME},
            "additionalProperties": closed(
                {
                    "column": COLUMN,
                    "values": described({"type": "object", "additionalProperties": CELL_OUTCOME}, "Each cell text and the value it means; null means not known."),
                    "blank": described(CELL_OUTCOME, "What an empty cell means."),
                    "otherwise": described(CELL_OUTCOME, "What any text not listed means."),
                    "separator": described({"type": "string", "minLength": 1}, "Between the members of a set in one cell."),
                    "strong_partners_at_least": described({"type": "integer", "minimum": 1}, "True when the partner search finds at least this many."),
                }
            ),
        },
        "assume": {
            "description": "Values set for every school, by fact name.",
            "type": "object",
            "propertyNames": {"pattern": FACT_NAME},
        },
        "partners": closed(
            {
                "radius_km": {
                    "description": "How far to look, in kilometres, by the phase as the dataset writes it, and `default` for the rest.",
                    "type": "object",
                    "additionalProperties": {"type": "number", "exclusiveMinimum": 0},
                },
                "limit": {"type": "integer", "minimum": 1},
                "high_performing": described(CONDITION, "Which schools may be partners."),
                "in_need": described(CONDITION, "Which schools partners are listed for."),
                "measures": array(
                    closed(
                        {
                            "name": TEXT,
                            "column": COLUMN,
                            "better": {"enum": ["higher", "lower"]},
                            "weak_beyond": NUMBER,
                            "strong_from": NUMBER,
                        },
                        ["name", "column", "better", "weak_beyond", "strong_from"],
                    )
                ),
            },
            ["high_performing", "in_need"],
            description="The partner search.",
        ),
    },
    "required": ["columns"],
    "additionalProperties": False,
}

folder = pathlib.Path(__file__).resolve().parent.parent / "Schemas"
folder.mkdir(exist_ok=True)
for name, schema in [("rules", rules), ("rule-tests", tests), ("mapping", mapping)]:
    (folder / f"{name}.schema.json").write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
