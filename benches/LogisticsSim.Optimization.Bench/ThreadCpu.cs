// SPDX-License-Identifier: Apache-2.0
using System.Runtime.InteropServices;

namespace LogisticsSim.Optimization.Bench;

/// <summary>
/// CPU seconds the calling thread has used (getrusage with RUSAGE_THREAD on Linux; NaN elsewhere): on a machine shared
/// with other jobs, wall-clock time per epoch counts their time too, this does not.
/// </summary>
internal static class ThreadCpu
{
    private const int RusageThread = 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        // The rest of struct rusage (14 longs), unread.
        public long R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out Rusage usage);

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageThread, out var u) != 0) return double.NaN;
        return u.UserSeconds + u.SystemSeconds + (u.UserMicroseconds + u.SystemMicroseconds) / 1e6;
    }
}
