#!/usr/bin/env bash
# Record CPython's behaviour as the expected output of golden cases.
# Usage: scripts/regen_goldens.sh [tests/cases/<area>/<name>.py ...]   (default: all cases)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases="$(cd "$root/tests/cases" && pwd -P)"
if [[ -x /usr/bin/python3.11 ]]; then py=/usr/bin/python3.11; else py=python3; fi

# Cases are named relative to tests/cases, the same way the harness runs them.
targets=()
if (($# == 0)); then
    while IFS= read -r f; do targets+=("${f#./}"); done < <(cd "$cases" && find . -name '*.py' | LC_ALL=C sort)
else
    for arg in "$@"; do
        if [[ -f "$arg" ]]; then abs="$(cd "$(dirname "$arg")" && pwd -P)/$(basename "$arg")"
        elif [[ -f "$cases/$arg" ]]; then abs="$cases/$arg"
        else echo "no such case: $arg" >&2; exit 2; fi
        [[ "$abs" == "$cases"/* ]] || { echo "not under tests/cases: $arg" >&2; exit 2; }
        targets+=("${abs#"$cases"/}")
    done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# CPython prints the script path absolutized (in tracebacks, which a program may also
# print to stdout); strip the checkout location so goldens are portable.
prefix_re="$(printf '%s/' "$cases" | sed 's/[][\.*^$|]/\\&/g')"

# unittest's summary line "Ran N tests in 0.123s" shows a duration; it is recorded as
# 0.000s, and tests/golden.rs masks the actual output the same way.
mask_timings() { sed -E 's/^(Ran [0-9]+ tests? in )[0-9]+\.[0-9]+s$/\10.000s/'; }

run() { # run <case> <tag>: leaves <tag>.out, <tag>.err, <tag>.code in $tmp
    local code=0
    (cd "$cases" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 60 "$py" "$1" \
        < /dev/null > "$tmp/$2.rawout" 2> "$tmp/$2.raw") || code=$?
    if ((code == 124)); then echo "$1 timed out; cases must be quick" >&2; exit 1; fi
    sed "s|$prefix_re||g" "$tmp/$2.rawout" | mask_timings > "$tmp/$2.out"
    sed "s|$prefix_re||g" "$tmp/$2.raw" | mask_timings > "$tmp/$2.err"
    echo "$code" > "$tmp/$2.code"
}

for case in "${targets[@]}"; do
    run "$case" a
    run "$case" b
    for ext in out err code; do
        if ! cmp -s "$tmp/a.$ext" "$tmp/b.$ext"; then
            echo "nondeterministic $ext in $case; fix the case" >&2
            diff "$tmp/a.$ext" "$tmp/b.$ext" | head -20 >&2
            exit 1
        fi
    done
    base="$cases/${case%.py}"
    cp "$tmp/a.out" "$base.out"
    if [[ -s "$tmp/a.err" || "$(cat "$tmp/a.code")" != 0 ]]; then
        cp "$tmp/a.err" "$base.err"
        cp "$tmp/a.code" "$base.code"
    else
        rm -f "$base.err" "$base.code"
    fi
done
find "$cases" -name __pycache__ -type d -prune -exec rm -rf {} +
echo "regenerated ${#targets[@]} case(s) with $("$py" --version 2>&1)"
