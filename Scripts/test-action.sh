#!/usr/bin/env bash
# Tests the GitHub Action without GitHub: makes a rules repository with `support-router init`, runs the
# action's steps (Scripts/rules-ci.sh) on it as a push to main, where check and test must pass, then as
# a pull request that widens one rule, where the Markdown comment it would post must report the schools
# the change moves. Prints the comment. Exit status 0 when all holds.
# Usage: Scripts/test-action.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
swift build --product support-router >/dev/null
PATH="$root/.build/debug:$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

support-router init "$work/rules" >/dev/null
cd "$work/rules"
git init -q -b main
git add -A
git -c user.name=ci -c user.email=ci@example.invalid commit -qm "Start from england-2008"

validator="$root/.build/schema-venv/bin/check-jsonschema"
if [ -x "$validator" ]; then
    "$validator" --builtin-schema vendor.github-workflows .github/workflows/rules.yml >/dev/null \
        || fail "the workflow init writes is not a valid GitHub workflow"
else
    echo "(the workflow's schema check needs Scripts/check-schemas.sh to have made its validator)"
fi

echo "== a push to main: check and test pass"
"$root/Scripts/rules-ci.sh" > "$work/push.log" 2>&1 || { cat "$work/push.log"; fail "the steps failed on the starter repository"; }
grep -q "rule-tests.xml" <<< "$(ls)" || fail "no JUnit report written"
[ ! -e route-changes.md ] || fail "a push wrote a comment"

echo "== a pull request that makes weak behaviour, like weak leadership, a reason to look beyond the school"
git checkout -q -b widen-leadership
sed -i 's/^        if: weak_areas contains leadership$/        if: weak_areas contains leadership or weak_areas contains behaviour/' \
    Rules/england-2008.yaml
git diff --quiet && fail "the planted change did not apply"
git -c user.name=ci -c user.email=ci@example.invalid commit -qam "Weak behaviour needs help from beyond the school"
status=0
BASE_REF=main COMMENT_FILE="$work/comment.md" "$root/Scripts/rules-ci.sh" > "$work/pr.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$work/pr.log"; fail "the steps should fail: the tests expect the old routes (status $status)"; }
grep -q "^::error file=Rules/england-2008.tests.yaml" "$work/pr.log" || { cat "$work/pr.log"; fail "the failing test case is not an annotation"; }
cat "$work/comment.md"
grep -q "^<!-- support-router route changes -->" "$work/comment.md" || fail "the comment has no marker to update it by"
grep -q "in-school" "$work/comment.md" && grep -q "local-family" "$work/comment.md" || fail "the comment does not name the move"
grep -q "kingsway-high" "$work/comment.md" || fail "the comment does not name the sample school that moves"
grep -q "leadership-weak" "$work/comment.md" || fail "the comment does not name the changed rule"

echo "== the same change with the rule file renamed (a space in its new name): still compared"
git mv Rules/england-2008.yaml "Rules/north shire.yaml"
git mv Rules/england-2008.tests.yaml "Rules/north shire.tests.yaml"
sed -i 's/^rules: england-2008.yaml$/rules: north shire.yaml/' "Rules/north shire.tests.yaml"
git -c user.name=ci -c user.email=ci@example.invalid commit -qam "Rename"
BASE_REF=main COMMENT_FILE="$work/renamed.md" "$root/Scripts/rules-ci.sh" > "$work/renamed.log" 2>&1 || true
grep -q '^### `Rules/england-2008.yaml` → `Rules/north shire.yaml`' "$work/renamed.md" \
    || { cat "$work/renamed.log" "$work/renamed.md"; fail "the renamed rule file is not compared"; }
grep -q "kingsway-high" "$work/renamed.md" || fail "the renamed file's comparison lost the moved school"

echo "== a clone without the base branch: the step fails rather than report no change"
git clone -q --depth 1 --branch widen-leadership "file://$work/rules" "$work/shallow"
(cd "$work/shallow" && BASE_REF=main COMMENT_FILE="$work/shallow.md" "$root/Scripts/rules-ci.sh" > "$work/shallow.log" 2>&1) \
    && fail "the steps passed without a base to compare with"
grep -q "cannot find where this branch leaves main" "$work/shallow.log" || { cat "$work/shallow.log"; fail "no error for the missing base"; }
echo "== the action's local test passed"
