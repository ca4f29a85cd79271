#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts a one-node Slurm cluster on 127.0.0.1 for the job-array test: munged, slurmctld and slurmd,
# started directly (no init system), configuration and state under $SLURM_TEST_HOME.
# Prints the SLURM_CONF path on its last line. Safe to run again: running daemons are kept.
#   usage: start.sh [up|down]
set -euo pipefail

HOME_DIR=${SLURM_TEST_HOME:-/tmp/logisticssim-slurm}
CONF=$HOME_DIR/etc/slurm.conf
export SLURM_CONF=$CONF          # every client call needs it; the file must exist before any client runs
HOST=$(hostname -s)              # slurmd refuses to start unless NodeName is this machine's short name
CPUS=$(nproc)

# A stopped daemon whose parent does not reap it stays a zombie, for which 'kill -0' still succeeds.
alive() { local p s; p=$(cat "$1" 2>/dev/null) || return 1; s=$(ps -o stat= -p "$p" 2>/dev/null) || return 1; [[ $s != Z* ]]; }

down() {
    for d in slurmd slurmctld; do
        if alive "$HOME_DIR/run/$d.pid"; then kill "$(cat "$HOME_DIR/run/$d.pid")"; fi
    done
}

if [[ ${1:-up} == down ]]; then down; exit 0; fi

for cmd in munged slurmctld slurmd sbatch; do
    command -v "$cmd" >/dev/null || [[ -x /usr/sbin/$cmd ]] || { echo "start.sh: $cmd not installed (apt-get install slurm-wlm munge)" >&2; exit 1; }
done

# munge: the key and socket where Slurm's auth/munge looks by default.
[[ -s /etc/munge/munge.key ]] || mungekey --create --keyfile=/etc/munge/munge.key
chown munge:munge /etc/munge/munge.key && chmod 0400 /etc/munge/munge.key
install -d -o munge -g munge -m 0755 /run/munge
install -d -o munge -g munge -m 0700 /var/lib/munge /var/log/munge
if ! (munge -n 2>/dev/null | unmunge >/dev/null 2>&1); then
    runuser -u munge -- /usr/sbin/munged
    for _ in $(seq 50); do (munge -n 2>/dev/null | unmunge >/dev/null 2>&1) && break; sleep 0.1; done
fi
munge -n | unmunge >/dev/null

mkdir -p "$HOME_DIR"/{etc,ctld,slurmd,log,run}
MEM=$(( $(awk '/MemTotal/{print int($2/1024)}' /proc/meminfo) * 9 / 10 ))   # under what slurmd detects, or the node drains
cat >"$CONF.new" <<CONF
ClusterName=logisticssim
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$HOME_DIR/ctld
SlurmdSpoolDir=$HOME_DIR/slurmd
SlurmctldPidFile=$HOME_DIR/run/slurmctld.pid
SlurmdPidFile=$HOME_DIR/run/slurmd.pid
SlurmctldLogFile=$HOME_DIR/log/slurmctld.log
SlurmdLogFile=$HOME_DIR/log/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
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
NodeName=$HOST NodeAddr=127.0.0.1 NodeHostname=$HOST CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=test Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
if ! cmp -s "$CONF.new" "$CONF"; then mv "$CONF.new" "$CONF"; down; sleep 0.5; else rm -f "$CONF.new"; fi

# -c: a clean start, so that no job of an earlier, uncleanly stopped life comes back.
alive "$HOME_DIR/run/slurmctld.pid" || /usr/sbin/slurmctld -f "$CONF" -c
alive "$HOME_DIR/run/slurmd.pid" || /usr/sbin/slurmd -f "$CONF"
state=""
for _ in $(seq 60); do
    state=$(sinfo -h -N -o '%t' 2>/dev/null | head -1 || true)
    [[ $state =~ ^(idle|mix|alloc) ]] && break
    sleep 0.5
done
if [[ ! $state =~ ^(idle|mix|alloc) ]]; then
    scontrol update NodeName="$HOST" State=RESUME 2>/dev/null || true
    sleep 1
    state=$(sinfo -h -N -o '%t' 2>/dev/null | head -1 || true)
fi
[[ $state =~ ^(idle|mix|alloc) ]] || { echo "start.sh: node $HOST is '$state'" >&2; tail -5 "$HOME_DIR"/log/*.log >&2; exit 1; }
echo "$CONF"
