// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>Something that runs when an event is processed: a waiting process, a condition.</summary>
public interface IEventListener
{
    void OnEvent(Event ev);
}
