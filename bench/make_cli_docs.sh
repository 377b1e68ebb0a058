#!/usr/bin/env bash
# Regenerate docs/cli.md from the real --help output (tests/test_docs.py checks it stays in sync).
set -euo pipefail
cd "$(dirname "$0")/.."
claimdiff=${CLAIMDIFF:-.venv/bin/claimdiff}
{
  cat docs/cli.head.md
  for c in "" compare claims relate; do
    echo "## \`claimdiff${c:+ $c} --help\`"; echo; echo '```text'; COLUMNS=100 $claimdiff $c --help; echo '```'; echo
  done
  cat docs/cli.tail.md
} > docs/cli.md
