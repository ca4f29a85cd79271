using LogisticsSim.Core.Scenarios.Reading;
using Xunit;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Tests.Text;

public class DidYouMeanTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("same", "same", 0)]
    public void Distance_KnownPairs(string a, string b, int distance) => Assert.Equal(distance, DidYouMean.Distance(a, b));

    [Theory]
    [InlineData("nme", "name")]
    [InlineData("payload", "payload_t")]
    [InlineData("BUZl", "BUZI")]
    [InlineData("port", "PORT")]
    public void Suggest_CloseWord_IsFound(string word, string expected) =>
        Assert.Equal(expected, DidYouMean.Suggest(word, ["name", "payload_t", "BUZI", "PORT", "kmh"]));

    [Fact]
    public void Suggest_NothingClose_IsNull() => Assert.Null(DidYouMean.Suggest("xy", ["ab", "kmh", "name"]));
}
