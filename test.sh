#!/usr/bin/env bash
# The one test command (README, CI): build warnings-as-errors, check formatting, run every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build ToyRec.slnx -c Release -warnaserror --nologo -v q
dotnet format ToyRec.slnx --verify-no-changes --no-restore
dotnet test ToyRec.slnx -c Release --no-build --nologo -v q
