// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Timelines;

/// <summary>Tonnes carried along one link over a run, counted when a loaded vehicle starts a leg on it.</summary>
/// <param name="Link">The link's id.</param>
/// <param name="Tonnes">Tonnes on board, summed over legs.</param>
public sealed record LinkFlow(string Link, double Tonnes);
