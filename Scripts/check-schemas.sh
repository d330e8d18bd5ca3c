#!/usr/bin/env bash
# Validates every shipped rule file, rule test file, mapping and sample profile against the JSON Schema
# it names (`# yaml-language-server: $schema=...` on its first line; the JSON samples against their rule
# set's profile schema), with a real validator, check-jsonschema, installed from PyPI into a virtual
# environment under .build/. Then checks that each planted mistake in
# Tests/SupportRoutingTests/Inputs/schema-mistakes/ is flagged, with the message its `# schema says:`
# line gives. The server's OpenAPI document is checked with openapi-spec-validator. Exit status 0
# when all holds, 1 otherwise.
# Usage: Scripts/check-schemas.sh
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/schema-venv
if [ ! -x "$venv/bin/check-jsonschema" ] || [ ! -x "$venv/bin/openapi-spec-validator" ]; then
    echo "installing check-jsonschema and openapi-spec-validator into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "check-jsonschema==0.39.0" "openapi-spec-validator==0.9.0"
fi
validate() { "$venv/bin/check-jsonschema" --schemafile "$@"; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$venv/bin/check-jsonschema" --check-metaschema Schemas/*.schema.json >/dev/null || fail "a schema is not valid draft 2020-12"

"$venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml >/dev/null \
    || fail "action.yml is not a valid GitHub Action"

"$venv/bin/openapi-spec-validator" Schemas/support-router.openapi.json >/dev/null \
    || fail "Schemas/support-router.openapi.json is not a valid OpenAPI document"

shipped=(Rules/*.yaml Samples/*.yaml Samples/england-2026/*.yaml Samples/datasets/*.map.yaml Scripts/*.map.yaml)
checked=0
for file in "${shipped[@]}"; do
    schema=$(head -1 "$file" | sed -n 's/^# yaml-language-server: \$schema=//p')
    if [ -z "$schema" ]; then fail "$file names no schema on its first line"; continue; fi
    if validate "$(dirname "$file")/$schema" "$file" >/dev/null; then
        checked=$((checked + 1))
    else
        fail "$file does not validate against $schema"
        validate "$(dirname "$file")/$schema" "$file" || true
    fi
done
for file in Samples/*.json; do
    if validate Schemas/england-2008.profile.schema.json "$file" >/dev/null; then
        checked=$((checked + 1))
    else
        fail "$file does not validate against the profile schema"
    fi
done
echo "$checked shipped files valid against their schemas"

planted=0
for file in Tests/SupportRoutingTests/Inputs/schema-mistakes/*.yaml; do
    case "$file" in
        *.rules.yaml) schema=Schemas/rules.schema.json ;;
        *.tests.yaml) schema=Schemas/rule-tests.schema.json ;;
        *.map.yaml) schema=Schemas/mapping.schema.json ;;
        *.profile.yaml) schema=Schemas/england-2008.profile.schema.json ;;
        *) fail "$file: no schema for its kind"; continue ;;
    esac
    expected=$(sed -n 's/^# schema says: //p' "$file")
    if output=$(validate "$schema" "$file" 2>&1); then
        fail "$file: the planted mistake passed validation"
    elif ! grep -qF -- "$expected" <<< "$output"; then
        fail "$file: flagged, but not with \"$expected\": $output"
    else
        planted=$((planted + 1))
    fi
done
echo "$planted planted mistakes flagged"
[ "$failures" -eq 0 ] || { echo "$failures schema checks failed"; exit 1; }
