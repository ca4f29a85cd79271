#!/usr/bin/env bash
# Installs what the test suite needs and a fresh machine lacks. Safe to run twice.
set -euo pipefail
need=()
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required" >&2; exit 1; }
# Headless Chromium opens the HTML report in the report tests.
command -v chromium >/dev/null || need+=(chromium)
# Every chart is drawn in DejaVu Sans; without it they would have no text.
font=$(fc-match -f '%{family[0]}' 'DejaVu Sans' 2>/dev/null || true)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ "$font" = "DejaVu Sans" ] || need+=(fonts-dejavu-core)
# The job-array test starts a one-node Slurm (tests/slurm/start.sh); python3 runs the shipped exec strategy.
for pkg in slurm-wlm munge python3; do
    dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qx installed || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
