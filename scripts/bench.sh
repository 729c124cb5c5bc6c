#!/usr/bin/env bash
# Compare gilpy's speed with CPython on scripts/bench/*.py.
# Usage: scripts/bench.sh [name ...]   (ROUNDS=N, default 5)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -x /usr/bin/python3.11 ]]; then py=/usr/bin/python3.11; else py=python3; fi

cargo build --release --manifest-path "$root/Cargo.toml"
exec "$py" "$root/scripts/bench.py" "$root/target/release/gilpy" "$py" "$@"
