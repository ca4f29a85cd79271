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
# test's temporary files. There, Chromium comes from Debian's archive instead, pinned so that nothing
# else is taken from it unless Ubuntu lacks it (Chromium's own libraries).
candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}'; }
if [[ " ${need[*]} " == *" chromium "* ]] && [[ $(candidate chromium) == "" || $(candidate chromium) == "(none)" ]]; then
    . /etc/os-release
    [[ " ${ID:-} ${ID_LIKE:-} " == *" ubuntu "* ]] || { echo "no chromium package in this system's archives" >&2; exit 1; }
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends debian-archive-keyring
    "${as_root[@]}" tee /etc/apt/sources.list.d/debian-chromium.sources >/dev/null <<'SOURCES'
# Chromium for the LogisticsSim tests (.ci/install.sh): Ubuntu ships it only as a snap.
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    "${as_root[@]}" tee /etc/apt/preferences.d/debian-chromium >/dev/null <<'PINS'
# Only Chromium from Debian; anything else from there only when Ubuntu has no such package.
Package: *
Pin: origin deb.debian.org
Pin-Priority: 1

Package: chromium chromium-common chromium-sandbox
Pin: origin deb.debian.org
Pin-Priority: 500
PINS
    "${as_root[@]}" apt-get update -qq
fi
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
