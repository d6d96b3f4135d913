#!/usr/bin/env bash
# Builds everything warnings-as-errors, checks formatting, and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build ToyRec.slnx -c Release -warnaserror --nologo -v q
dotnet test ToyRec.slnx -c Release --no-build --nologo -v q
