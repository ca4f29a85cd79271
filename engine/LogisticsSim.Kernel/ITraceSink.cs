// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>Receives each event as the simulation processes it: the kernel's only way out to logs.</summary>
public interface ITraceSink
{
    void OnEvent(SimTime time, Event ev);
}
