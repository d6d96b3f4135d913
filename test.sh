#!/usr/bin/env bash
# The one test command (README, CI): build warnings-as-errors, check formatting, run every test project,
# and close with one summary line over all test projects.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build ToyRec.slnx -c Release -warnaserror --nologo -v q
dotnet format ToyRec.slnx --verify-no-changes --no-restore
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test ToyRec.slnx -c Release --no-build --nologo -v q 2>&1 | tee "$log" || status=$?
awk '/(Passed|Failed)! +- Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1)
       } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
