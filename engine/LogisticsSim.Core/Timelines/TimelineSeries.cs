// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Timelines;

/// <summary>One quantity over the timeline's grid, e.g. (<c>delivered_t_by_item</c>, <c>food</c>, [0, 12.5, ...]).</summary>
/// <param name="Measure">One of the names in <see cref="TimelineMeasures"/>.</param>
/// <param name="Key">What it is of: an item, a destination, a mode or a node id.</param>
/// <param name="Values">One value per grid time.</param>
public sealed record TimelineSeries(string Measure, string Key, IReadOnlyList<double> Values);
