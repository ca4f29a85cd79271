// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>A snapshot with a sampled future's requests added to the open ones (they may only be loaded from their ready time).</summary>
internal sealed class SampledSnapshot(ISnapshot inner, IReadOnlyList<OpenRequest> future) : SnapshotOverlay(inner)
{
    public override IReadOnlyList<OpenRequest> Requests { get; } = [.. inner.Requests, .. future];
}
