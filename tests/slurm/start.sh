#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts a private one-node Slurm on 127.0.0.1 that lives in one folder: its own munge key, socket and
# munged, a generated slurm.conf on two free TCP ports, and slurmctld and slurmd with their state, spool,
# logs and pid files, all in FOLDER. Nothing is written under /etc, /run or /var, and no other Slurm or
# munge on the machine is touched. `stop.sh FOLDER` stops it again. Running it twice restarts it.
# Needs root (slurmd starts jobs as their owner) and the slurm-wlm and munge packages.
# Prints the slurm.conf path on its last line: clients (sbatch, squeue, scancel) need SLURM_CONF set to it.
#   usage: start.sh FOLDER
set -euo pipefail
[[ $# == 1 ]] || { echo "usage: start.sh FOLDER" >&2; exit 2; }
PATH=$PATH:/usr/sbin:/sbin
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
DIR=$(cd "$1" && pwd)
CONF=$DIR/slurm.conf
SOCKET=$DIR/munge/munge.socket
HOST=$(hostname -s)              # slurmd refuses to start unless NodeName is this machine's short name
export SLURM_CONF=$CONF          # for this script's own sinfo and scontrol

fail() {
    echo "start.sh: $*" >&2
    tail -n 15 "$DIR"/log/* >&2 2>/dev/null || true
    exit 1
}

for cmd in mungekey munged munge unmunge slurmctld slurmd scontrol sinfo; do
    command -v "$cmd" >/dev/null || fail "$cmd is not installed (apt-get install slurm-wlm munge)"
done
[[ $(id -u) == 0 ]] || fail "must run as root: slurmd starts each job as the user who submitted it"
# A unix socket's path holds at most 107 bytes; slurmd names a job step's socket after the node and the step.
longest=$DIR/slurmd/${HOST}_4294967294.4294967294
(( ${#longest} <= 107 )) || fail "the folder's path is too long for the daemons' sockets: $DIR"
# The folder's subfolders are emptied below: only a new folder, or one this script set up, will do.
if [[ -n $(ls -A "$DIR") ]] && ! head -n 1 "$CONF" 2>/dev/null | grep -qF '# Written by tests/slurm/start.sh'; then
    fail "$DIR holds other files: give a new or empty folder"
fi

bash "$HERE/stop.sh" "$DIR"      # whatever an earlier start left running here
# From here on, a failure stops whatever this script started, so that a half-started cluster never lingers.
trap 'status=$?; if (( status != 0 )); then bash "$HERE/stop.sh" "$DIR" >&2 || true; fi' EXIT

rm -rf "$DIR"/{munge,ctld,slurmd,log,run}
mkdir -p "$DIR"/{munge,ctld,slurmd,log,run}

alive() { local p s; p=$(cat "$DIR/run/$1.pid" 2>/dev/null) || return 1; s=$(ps -o stat= -p "$p" 2>/dev/null) || return 1; [[ $s != Z* ]]; }

# Each daemon runs in the foreground (-F, -D) as a background job of this shell, so that its pid is known
# and recorded before it does anything: stop.sh finds it even if this script dies right after. The daemons
# write their own pid files elsewhere (munge/, ctld/, slurmd/): one writing run/NAME.pid while this script
# reads it would look, for an instant, like a daemon that exited.
launch() {
    local name=$1; shift
    "$@" </dev/null >>"$DIR/log/$name.out" 2>&1 &
    echo $! >"$DIR/run/$name.pid"
}

wait_for() {  # what, seconds, daemon, check...
    local what=$1 seconds=$2 daemon=$3; shift 3
    for _ in $(seq $((seconds * 5))); do
        if "$@"; then return 0; fi
        alive "$daemon" || fail "$daemon exited while starting ($what)"
        sleep 0.2
    done
    fail "timed out after ${seconds} s waiting for $what"
}

munge_answers() { munge --socket="$SOCKET" -n 2>/dev/null | unmunge --socket="$SOCKET" >/dev/null 2>&1; }
ctld_answers() { scontrol ping 2>/dev/null | grep -q 'is UP'; }
node_ready() { [[ $(sinfo -h -N -o '%t' 2>/dev/null | head -1) =~ ^(idle|mix|alloc) ]]; }

# Two TCP ports that nothing uses, below the range the kernel hands out for outgoing connections,
# so that no client takes one between here and the daemons' start.
read -r ephemeral _ </proc/sys/net/ipv4/ip_local_port_range
used=" $(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | awk '$2 ~ /:/ { split($2, a, ":"); print a[2] }' | while read -r hex; do printf '%d ' "0x$hex"; done) "
pick_port() {
    local p
    for _ in $(seq 200); do
        p=$((10000 + RANDOM % (ephemeral > 10100 ? ephemeral - 10000 : 20000)))
        if [[ $used != *" $p "* ]]; then used+="$p "; PORT=$p; return 0; fi
    done
    fail "found no free TCP port"
}
pick_port; CTLD_PORT=$PORT
pick_port; SLURMD_PORT=$PORT

mungekey --create --keyfile="$DIR/munge/munge.key"
# --force: munged wants every folder above its socket open to all, which a temp folder (0700) is not;
# this munged serves only this folder's cluster, with a key made for it.
launch munged munged --foreground --force --key-file="$DIR/munge/munge.key" --socket="$SOCKET" \
    --pid-file="$DIR/munge/munged.pid" --log-file="$DIR/log/munged.log" --seed-file="$DIR/munge/munged.seed"
wait_for "munged to answer on $SOCKET" 10 munged munge_answers

MEM=$(( $(awk '/MemTotal/{print int($2/1024)}' /proc/meminfo) * 9 / 10 ))   # under what slurmd detects, or the node drains
cat >"$CONF" <<CONF
# Written by tests/slurm/start.sh: a one-node cluster on 127.0.0.1 whose files all live in $DIR.
ClusterName=logisticssim
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SOCKET
StateSaveLocation=$DIR/ctld
SlurmdSpoolDir=$DIR/slurmd
SlurmctldPidFile=$DIR/ctld/slurmctld.pid
SlurmdPidFile=$DIR/slurmd/slurmd.pid
SlurmctldLogFile=$DIR/log/slurmctld.log
SlurmdLogFile=$DIR/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=300
KillWait=2
InactiveLimit=0
MailProg=/bin/true
SchedulerParameters=sched_min_interval=0,batch_sched_delay=0
NodeName=$HOST NodeAddr=127.0.0.1 NodeHostname=$HOST CPUs=$(nproc) RealMemory=$MEM State=UNKNOWN
PartitionName=test Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

# -c: start without any saved state, whatever an earlier life of this folder left.
launch slurmctld slurmctld -D -c -f "$CONF"
wait_for "slurmctld to answer on port $CTLD_PORT" 30 slurmctld ctld_answers
launch slurmd slurmd -D -f "$CONF"
wait_for "node $HOST to be ready" 30 slurmd node_ready

echo "Slurm runs in $DIR (ports $CTLD_PORT, $SLURMD_PORT); stop it with: bash $HERE/stop.sh $DIR" >&2
echo "$CONF"
