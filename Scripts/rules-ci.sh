#!/usr/bin/env bash
# The steps of support-router's GitHub Action (action.yml), run in a rules repository: `check` with
# findings as workflow annotations; `test` with coverage and JUnit XML, failures as annotations too;
# every rule file must have tests; each rule set's profile schema in Schemas/ must be current; and on a
# pull request, `diff` of every added, changed, renamed or deleted rule file against the base branch,
# written as one Markdown comment (and posted or updated when POST_COMMENT is true). Kept here, not
# inline in action.yml, so Scripts/test-action.sh runs the very same steps without GitHub.
#
# Environment (the action's inputs): RULES (rule files or folders, separated by spaces; default Rules/),
# TESTS (test files or folders; default the folders of RULES), MIN_COVERAGE (default 100), JUNIT
# (default rule-tests.xml), CORPUS (profiles for diff, default Samples/; empty for none), BASE_REF (the
# base branch of a pull request; empty otherwise), COMMENT_FILE (default route-changes.md),
# POST_COMMENT (true to post with gh, which needs GH_TOKEN, GITHUB_REPOSITORY and PR_NUMBER).
# support-router must be on PATH. Exit status: 0 when every step passes, 1 otherwise; the comment is
# written either way.
set -uo pipefail
rules=${RULES:-Rules/}
coverage=${MIN_COVERAGE:-100}
junit=${JUNIT:-rule-tests.xml}
corpus=${CORPUS-Samples/}
comment=${COMMENT_FILE:-route-changes.md}
status=0
# Paths are kept as Git prints them, spaces and non-ASCII letters included.
export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.quotepath GIT_CONFIG_VALUE_0=off

read -r -a rule_paths <<< "$rules"
if [ -n "${TESTS:-}" ]; then
    read -r -a test_paths <<< "$TESTS"
else
    test_paths=()
    for path in "${rule_paths[@]}"; do
        if [ -d "$path" ]; then test_paths+=("$path"); else test_paths+=("$(dirname "$path")"); fi
    done
fi

is_rule_file() { [[ "$1" =~ \.ya?ml$ && ! "$1" =~ \.tests\.ya?ml$ ]]; }
rule_files=()
while IFS= read -r -d '' file; do
    is_rule_file "$file" && rule_files+=("$file")
done < <(git ls-files -z -- "${rule_paths[@]}")

echo "::group::support-router check ${rule_paths[*]}"
support-router check "${rule_paths[@]}" --format github || status=1
echo "::endgroup::"

echo "::group::support-router test ${test_paths[*]} --min-coverage $coverage"
support-router test "${test_paths[@]}" --min-coverage "$coverage" --junit "$junit" --format github || status=1
echo "::endgroup::"

# `test` measures the coverage of the rule files its tests name; a rule file no test names is not
# covered at all, which the coverage figure alone would not show.
for file in "${rule_files[@]}"; do
    tests="${file%.*}.tests.yaml"
    if [ ! -f "$tests" ] && ! grep -qs -- "^rules: *$(basename "$file")\$" "$(dirname "$file")"/*.tests.y*ml; then
        echo "::error file=$file::no rule test file names $file; add $(basename "$tests") beside it"
        status=1
    fi
    schema="Schemas/$(basename "${file%.*}").profile.schema.json"
    if [ -f "$schema" ] && ! support-router facts --rules "$file" --format json-schema | cmp -s - "$schema"; then
        echo "::warning file=$schema::$schema is not the profile schema of $file; remake it with" \
            "support-router facts --rules $file --format json-schema > $schema"
    fi
done

if [ -n "${BASE_REF:-}" ]; then
    base=$(git merge-base HEAD "origin/$BASE_REF" 2>/dev/null || git merge-base HEAD "$BASE_REF" 2>/dev/null) || {
        echo "::error::cannot find where this branch leaves $BASE_REF; check out with fetch-depth: 0"
        exit 1
    }
    marker="<!-- support-router route changes -->"
    printf '%s\n## What this change does to routes\n\n' "$marker" > "$comment"
    changes=0
    corpus_args=()
    [ -n "$corpus" ] && corpus_args=(--corpus "$corpus")
    diff_one() { # old file (a copy of the base's version), new file, heading
        printf '### %s\n\n' "$3" >> "$comment"
        support-router diff "$1" "$2" ${corpus_args[@]+"${corpus_args[@]}"} --format markdown >> "$comment" || status=1
        printf '\n' >> "$comment"
    }
    # Each change as Git names it: status, then one path (two for a rename), NUL-separated.
    while IFS= read -r -d '' kind; do
        IFS= read -r -d '' path
        old_path=$path
        if [[ "$kind" == R* ]]; then IFS= read -r -d '' path; fi
        is_rule_file "$path" || is_rule_file "$old_path" || continue
        changes=$((changes + 1))
        case "$kind" in
            A) printf '### `%s`\n\nA new rule file.\n\n' "$path" >> "$comment" ;;
            D) printf '### `%s`\n\nThis change deletes the rule file.\n\n' "$old_path" >> "$comment" ;;
            *)
                # The base's version is read from a copy beside the new one, so relative paths mean the same.
                copy="$(dirname "$path")/.base-$(basename "$path")"
                git show "$base:$old_path" > "$copy"
                heading="\`$path\`"
                [ "$old_path" != "$path" ] && heading="\`$old_path\` → \`$path\`"
                diff_one "$copy" "$path" "$heading"
                rm -f "$copy" ;;
        esac
    done < <(git diff -z --name-status -M "$base" HEAD -- "${rule_paths[@]}")
    [ "$changes" -eq 0 ] && printf 'No rule file changed.\n' >> "$comment"
    # GitHub refuses a comment over 65,536 characters.
    if [ "$(wc -c < "$comment")" -gt 60000 ]; then
        head -c 60000 "$comment" > "$comment.cut"
        printf '\n\n… cut here: the whole report is in the job log.\n' >> "$comment.cut"
        cat "$comment"
        mv "$comment.cut" "$comment"
    fi
    echo "wrote $comment ($changes rule files changed)"
    if [ "${POST_COMMENT:-false}" = true ]; then
        endpoint="repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
        existing=$(gh api "$endpoint" --paginate --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -1)
        if [ -n "$existing" ]; then
            posted=$(gh api -X PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$comment" 2>&1)
        else
            posted=$(gh api -X POST "$endpoint" -F "body=@$comment" 2>&1)
        fi
        # A pull request from a fork has a read-only token: the comment cannot be posted, and the job says so.
        # shellcheck disable=SC2181
        if [ $? -eq 0 ]; then
            echo "posted the comment to pull request $PR_NUMBER"
        else
            echo "::warning::could not post the comment to pull request $PR_NUMBER: ${posted//$'\n'/ }"
        fi
    fi
fi
exit "$status"
