#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Stops the Slurm that `start.sh FOLDER` started: cancels its jobs, stops slurmd, slurmctld and munged by
# the pids recorded in FOLDER/run (SIGTERM, then SIGKILL after 10 s), and kills whatever of the cluster is
# left (a job step that outlived slurmd, its job). Leaves the folder and its logs. Exits 1 if anything of
# the cluster still runs.
#   usage: stop.sh FOLDER
set -uo pipefail
[[ $# == 1 ]] || { echo "usage: stop.sh FOLDER" >&2; exit 2; }
PATH=$PATH:/usr/sbin:/sbin
[[ -d $1 ]] || exit 0
DIR=$(cd "$1" && pwd)
CONF=$DIR/slurm.conf

# 'kill -0' is not enough: a daemon whose parent never reaps it stays a zombie once it has ended.
running() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ $s != Z* ]]; }
# The cluster's processes are those writing into its folder (each daemon's output, a job step's log):
# this tells them from a pid reused since, and from someone reading a log.
writers() {  # $1: a pid, or a glob of pids
    # shellcheck disable=SC2086 # $1 may be a glob
    find /proc/$1/fd -maxdepth 1 -lname "$DIR/*" 2>/dev/null | while IFS=/ read -r _ _ p _ fd; do
        flags=$(awk '/^flags/ { print $2 }' "/proc/$p/fdinfo/$fd" 2>/dev/null) && (( (8#$flags & 3) != 0 )) && echo "$p"
    done | sort -u
}
daemon() { local p; p=$(cat "$DIR/run/$1.pid" 2>/dev/null) && running "$p" && [[ -n $(writers "$p") ]] && echo "$p"; }
# What is left once the daemons are gone: job steps, and the jobs' own processes (which carry the job's id).
strays() {
    { writers '[0-9]*'
      grep -lzxF "SLURM_CONF=$CONF" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | while read -r p; do
          grep -qz '^SLURM_JOB_ID=' "/proc/$p/environ" 2>/dev/null && echo "$p"
      done
    } | sort -u | while read -r p; do [[ $p != "$$" ]] && running "$p" && echo "$p"; done
}

# The jobs first, while slurmd is there to end their steps and everything they started.
if [[ -n $(daemon slurmctld) && -n $(daemon slurmd) ]]; then
    export SLURM_CONF=$CONF
    jobs=$(timeout 10 squeue -h -o %A 2>/dev/null)
    if [[ -n $jobs ]]; then
        # shellcheck disable=SC2086 # one argument per job
        timeout 10 scancel $jobs 2>/dev/null
        for _ in $(seq 50); do [[ -z $(timeout 5 squeue -h -o %A 2>/dev/null) ]] && break; sleep 0.2; done
    fi
fi

for name in slurmd slurmctld munged; do
    pid=$(daemon "$name") || continue
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 50); do running "$pid" || break; sleep 0.2; done
    if running "$pid"; then
        echo "stop.sh: $name (pid $pid) still runs 10 s after SIGTERM: killing it" >&2
        kill -KILL "$pid" 2>/dev/null
    fi
done

left=$(strays)
if [[ -n $left ]]; then
    # shellcheck disable=SC2086 # one argument per process
    kill -KILL $left 2>/dev/null
    for _ in $(seq 25); do left=$(strays); [[ -z $left ]] && break; sleep 0.2; done
fi
if [[ -n $left ]]; then
    echo "stop.sh: still running after SIGKILL:" >&2
    # shellcheck disable=SC2086
    ps -o pid=,args= -p "$(echo $left | tr ' ' ,)" >&2
    exit 1
fi
exit 0
