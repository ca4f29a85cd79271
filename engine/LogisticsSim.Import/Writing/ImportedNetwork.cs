// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import.Writing;

/// <summary>The network the scenario will list, with its connected components, largest first.</summary>
/// <param name="Nodes">Places first, in input order, then junctions in file order.</param>
/// <param name="Links">Road chains in walk order, then connectors.</param>
/// <param name="Components">Node indices of each connected component (all modes together), largest first.</param>
/// <param name="CollapsedVertices">Road vertices of degree 2 folded into links.</param>
internal sealed record ImportedNetwork(IReadOnlyList<ImportedNode> Nodes, IReadOnlyList<ImportedLink> Links, IReadOnlyList<IReadOnlyList<int>> Components, int CollapsedVertices)
{
    public double TotalKm => Links.Sum(l => l.Km);
}
