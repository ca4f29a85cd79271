#!/usr/bin/env bash
# Installs what the test suite needs and a fresh machine lacks. Safe to run twice.
set -euo pipefail
need=()
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required" >&2; exit 1; }
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
