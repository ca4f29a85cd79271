#!/usr/bin/env bash
# Installs what the test suite needs and a fresh Debian or Ubuntu machine lacks, with apt-get, as root
# (or through sudo). Safe to run twice: when everything is there it changes nothing.
set -euo pipefail
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required" >&2; exit 1; }
command -v apt-get >/dev/null || { echo "install.sh knows apt-get only (Debian, Ubuntu): install chromium, fonts-dejavu-core, slurm-wlm, munge, python3 and procps by hand" >&2; exit 1; }
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install.sh needs root (or sudo) to install packages" >&2; exit 1; }
    as_root=(sudo)
fi
installed() { dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed; }

need=()
# Headless Chromium opens the HTML report in the report tests.
command -v chromium >/dev/null || need+=(chromium)
# Every chart is drawn in DejaVu Sans; without it they would have no text.
font=$(fc-match -f '%{family[0]}' 'DejaVu Sans' 2>/dev/null || true)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ "$font" = "DejaVu Sans" ] || need+=(fonts-dejavu-core)
# The job-array test starts a one-node Slurm (tests/slurm); python3 runs the shipped exec strategy and
# the Gulf data script; procps gives the ps that the Slurm scripts use to tell live daemons from dead ones.
for pkg in slurm-wlm munge python3 procps; do
    installed "$pkg" || need+=("$pkg")
done
[ ${#need[@]} -gt 0 ] || exit 0

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
# Ubuntu packages Chromium only as a snap, which needs snapd (absent in containers) and cannot read the
# tests' temporary files: say so plainly rather than fail half-way through the install.
candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}'; }
if [[ " ${need[*]} " == *" chromium "* ]] && [[ $(candidate chromium) == "" || $(candidate chromium) == "(none)" ]]; then
    echo "no chromium package in this system's archives (Ubuntu ships it only as a snap): install a Chromium" \
         "that runs headless as 'chromium' on the PATH, then run this again" >&2
    exit 1
fi
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
