#!/usr/bin/env bash
# The steps of support-router's GitHub Action (action.yml), run in a rules repository: `check` with
# findings as workflow annotations, `test` with coverage and JUnit XML, and on a pull request `diff`
# of every changed rule file against the base branch, written as one Markdown comment (and posted or
# updated when POST_COMMENT is true). Kept here, not inline in action.yml, so Scripts/test-action.sh
# runs the very same steps without GitHub.
#
# Environment (the action's inputs): RULES (rule files or folders, default Rules/), TESTS (default
# RULES), MIN_COVERAGE (default 100), JUNIT (default rule-tests.xml), CORPUS (profiles for diff,
# default Samples/; empty for none), BASE_REF (the base branch of a pull request; empty otherwise),
# COMMENT_FILE (where the Markdown goes, default route-changes.md), POST_COMMENT (true to post it
# with gh, which needs GH_TOKEN, GITHUB_REPOSITORY and PR_NUMBER). support-router must be on PATH.
# Exit status: 0 when check and test pass, 1 otherwise; the comment is written either way.
set -uo pipefail
rules=${RULES:-Rules/}
tests=${TESTS:-$rules}
coverage=${MIN_COVERAGE:-100}
junit=${JUNIT:-rule-tests.xml}
corpus=${CORPUS-Samples/}
comment=${COMMENT_FILE:-route-changes.md}
status=0

echo "::group::support-router check $rules"
# shellcheck disable=SC2086 # RULES may name several paths
support-router check $rules --format github || status=1
echo "::endgroup::"

echo "::group::support-router test $tests --min-coverage $coverage"
# shellcheck disable=SC2086
support-router test $tests --min-coverage "$coverage" --junit "$junit" || status=1
echo "::endgroup::"

if [ -n "${BASE_REF:-}" ]; then
    marker="<!-- support-router route changes -->"
    printf '%s\n## What this change does to routes\n\n' "$marker" > "$comment"
    base=$(git merge-base HEAD "origin/$BASE_REF" 2>/dev/null || git merge-base HEAD "$BASE_REF")
    changed=0
    # shellcheck disable=SC2086
    for file in $(git ls-files -- $rules | grep -E '\.ya?ml$' | grep -vE '\.tests\.ya?ml$'); do
        old=$(mktemp)
        if ! git show "$base:$file" > "$old" 2>/dev/null; then
            printf '`%s` is new in this change.\n\n' "$file" >> "$comment"
            rm -f "$old"
            continue
        fi
        if cmp -s "$old" "$file"; then rm -f "$old"; continue; fi
        changed=$((changed + 1))
        printf '### `%s`\n\n' "$file" >> "$comment"
        corpus_args=()
        [ -n "$corpus" ] && corpus_args=(--corpus "$corpus")
        # The old version is read from a copy beside the new one, so its relative paths mean the same.
        copy="$(dirname "$file")/.base-$(basename "$file")"
        cp "$old" "$copy"
        support-router diff "$copy" "$file" "${corpus_args[@]}" --format markdown >> "$comment" || status=1
        rm -f "$old" "$copy"
        printf '\n' >> "$comment"
    done
    [ "$changed" -eq 0 ] && printf 'No rule file changed.\n' >> "$comment"
    echo "wrote $comment"
    if [ "${POST_COMMENT:-false}" = true ]; then
        endpoint="repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
        existing=$(gh api "$endpoint" --paginate --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -1)
        if [ -n "$existing" ]; then
            gh api -X PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$comment" >/dev/null
        else
            gh api -X POST "$endpoint" -F "body=@$comment" >/dev/null
        fi
        echo "posted the comment to pull request $PR_NUMBER"
    fi
fi
exit "$status"
