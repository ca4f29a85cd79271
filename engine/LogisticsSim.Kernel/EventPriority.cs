// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>Among events due at the same time, urgent ones run first; within a priority, first scheduled runs first.</summary>
public enum EventPriority
{
    /// <summary>Process starts and interrupts: they run before ordinary events due at the same time.</summary>
    Urgent = 0,

    /// <summary>Everything else.</summary>
    Normal = 1,
}
