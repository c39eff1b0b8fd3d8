#!/usr/bin/env bash
# The steps of action.yml. `install` builds mentor in the action's own checkout ($GITHUB_ACTION_PATH);
# `validate` runs it on the records with annotations (--format github) and the job summary.
# Reads: GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_EVENT_NAME, GITHUB_BASE_REF, GITHUB_EVENT_PATH,
# GITHUB_STEP_SUMMARY, and the inputs as MENTOR_WORKSPACE, MENTOR_ARGS, MENTOR_CHANGED.
set -euo pipefail

action="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: run this from action.yml}"

case "${1:-}" in
  install)
    # A checkout of the action has no dist/: install the build tools from its lockfile and build.
    if [ ! -f "$action/dist/mentor.cjs" ]; then
      (cd "$action" && npm ci --no-audit --no-fund --loglevel=error)
    fi
    node "$action/bin/mentor.js" --version
    ;;
  validate)
    cd "${GITHUB_WORKSPACE:-.}"
    args=(validate --format github --workspace "${MENTOR_WORKSPACE:-.}")
    case "${MENTOR_CHANGED:-false}" in
      true)
        args+=(--changed)
        if [ -n "${GITHUB_BASE_REF:-}" ]; then
          # A pull request: compare with the branch it goes into.
          args+=(--base "origin/$GITHUB_BASE_REF")
        elif [ "${GITHUB_EVENT_NAME:-}" = push ] && [ -n "${GITHUB_EVENT_PATH:-}" ] && [ -f "$GITHUB_EVENT_PATH" ]; then
          # A push: compare with the commit the branch was at before it (none for a new branch).
          before="$(node -e 'const e = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(/^0*$/.test(e.before ?? "") ? "" : e.before ?? "")' "$GITHUB_EVENT_PATH")"
          if [ -n "$before" ] && git cat-file -e "$before^{commit}" 2>/dev/null; then args+=(--base "$before"); fi
        fi
        ;;
      false) ;;
      *) echo "mentor: the input changed must be true or false, not \"$MENTOR_CHANGED\"" >&2; exit 2 ;;
    esac
    # The extra arguments are split as a shell would split them, without running anything.
    if [ -n "${MENTOR_ARGS:-}" ]; then
      read -r -a extra <<< "$MENTOR_ARGS"
      args+=("${extra[@]}")
    fi
    exec node "$action/bin/mentor.js" "${args[@]}"
    ;;
  *)
    echo "usage: github-action.sh install|validate" >&2
    exit 2
    ;;
esac
