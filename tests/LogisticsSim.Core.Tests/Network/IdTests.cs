// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using Xunit;

namespace LogisticsSim.Core.Tests.Network;

/// <summary>Ids keep their hash and share their text: they must still behave as the spelling they are.</summary>
public class IdTests
{
    private static string Copy(string s) => new(s.AsSpan()); // a separate instance of the same text

    [Fact]
    public void SameSpelling_FromSeparateStrings_EqualWithEqualHashes()
    {
        var a = new NodeId(Copy("BEIRA_PORT"));
        var b = new NodeId(Copy("BEIRA_PORT"));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Same(a.Value, b.Value);
        Assert.Equal(new ItemId(Copy("food")), new ItemId(Copy("food")));
        Assert.Equal(new VehicleTypeId(Copy("truck10")), new VehicleTypeId(Copy("truck10")));
    }

    [Fact]
    public void OtherSpelling_CaseIncluded_NotEqual()
    {
        Assert.NotEqual(new NodeId("Beira"), new NodeId("BEIRA"));
        Assert.NotEqual(new ItemId("food"), new ItemId("food "));
        Assert.NotEqual(new VehicleTypeId("truck10"), new VehicleTypeId("truck1"));
    }

    [Fact]
    public void AsDictionaryKeys_FoundBySpelling()
    {
        var hours = new Dictionary<(NodeId, NodeId), double> { [(new NodeId("A"), new NodeId("B"))] = 3 };
        Assert.Equal(3, hours[(new NodeId(Copy("A")), new NodeId(Copy("B")))]);
        Assert.False(hours.ContainsKey((new NodeId("B"), new NodeId("A"))));
        Assert.Equal("A", new NodeId("A").ToString());
        Assert.Equal(default, new NodeId());
    }
}
