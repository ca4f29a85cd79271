#!/usr/bin/env bash
# Runs the three peer models (timeouts, mmc, trucks) on LogisticsSim's kernel, on the hand-written
# event loop and on SimPy, alternating implementations within each round so that all three see the
# same machine load, and prints the median events per second and the ratios to the hand loop.
#
#   bash benches/peers.sh [ROUNDS]        (default 5 rounds; SimPy runs once per model: it is slow)
#
# Needs the .NET 10 SDK; SimPy comes from Debian's python3-simpy3 (skipped with a note if absent).
# The peers' sources are read from benches/peers/des, or from $PEERS_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
peers=${PEERS_DIR:-$here/peers/des}
rounds=${1:-5}
[ -f "$peers/HandLoop.cs" ] || { echo "peer sources not found in $peers (set PEERS_DIR)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$peers/HandLoop.cs" "$peers/HandBench.csproj" "$work/"
echo "building..." >&2
dotnet build -c Release -o "$work/hand" "$work/HandBench.csproj" >/dev/null
dotnet build -c Release "$root/benches/LogisticsSim.Benchmarks" >/dev/null
ours="$root/benches/LogisticsSim.Benchmarks/bin/Release/net10.0/LogisticsSim.Benchmarks.dll"
simpy=0
/usr/bin/python3 -c "import simpy" 2>/dev/null && simpy=1 || echo "SimPy not installed (apt-get install python3-simpy3): its column is left empty" >&2

declare -A args=([timeouts]="1000 2000000 42" [mmc]="1000000 42" [trucks]="10 42")
rate() { grep -o 'model_ev_per_s=[0-9]*' | cut -d= -f2; }
field() { grep -o "$1=[0-9.]*" | cut -d= -f2; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '| model | hand loop ev/s | LogisticsSim ev/s | SimPy ev/s | LogisticsSim / hand | SimPy / hand | LogisticsSim peak MB |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for model in timeouts mmc trucks; do
    : >"$work/hand.txt"; : >"$work/ours.txt"; : >"$work/mem.txt"
    for ((r = 0; r < rounds; r++)); do
        dotnet "$work/hand/HandBench.dll" $model ${args[$model]} | rate >>"$work/hand.txt"
        line=$(dotnet "$ours" peer $model ${args[$model]})
        echo "$line" | rate >>"$work/ours.txt"
        echo "$line" | field peak_mb >>"$work/mem.txt"
    done
    hand=$(median <"$work/hand.txt"); mine=$(median <"$work/ours.txt"); mem=$(median <"$work/mem.txt")
    py=""
    [ $simpy -eq 1 ] && py=$(cd "$peers" && /usr/bin/python3 bench_simpy.py $model ${args[$model]} | rate)
    awk -v m=$model -v h="$hand" -v o="$mine" -v p="$py" -v mem="$mem" 'BEGIN {
        printf "| %s | %.2f M | %.2f M | %s | %.2f | %s | %.0f |\n", m, h/1e6, o/1e6,
            (p == "" ? "-" : sprintf("%.2f M", p/1e6)), o/h, (p == "" ? "-" : sprintf("%.3f", p/h)), mem }'
done
echo "(medians of $rounds runs each, implementations alternating; SimPy once)"
