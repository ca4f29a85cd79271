// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>The life of an <see cref="Event"/>.</summary>
public enum EventState : byte
{
    Pending,
    Triggered,
    Processed,
}
