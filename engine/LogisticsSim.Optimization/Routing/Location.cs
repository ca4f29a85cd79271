// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>A place where vehicles start, end, pick up or deliver, with its opening window.</summary>
/// <param name="Id">Caller's name for the location, only echoed back.</param>
/// <param name="Node">Row and column of this location in every <see cref="TravelMatrix"/>.
/// Several locations may share a node (the same hub with different windows).</param>
/// <param name="Window">When service may start here.</param>
/// <param name="ServiceHours">Time spent at each visit (loading, unloading) before leaving.</param>
public sealed record Location(string Id, int Node, TimeWindow Window, double ServiceHours);
