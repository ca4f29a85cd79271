using LogisticsSim.Import.Hxl;

namespace LogisticsSim.Import.Tests.Hxl;

public class HxlTagTests
{
    [Theory]
    [InlineData("#adm2+name", "#ADM2 +Name")]
    [InlineData("#adm2+name", "#adm2+v_pcode+name")]
    [InlineData("#population", "#population+total")]
    [InlineData("#geo+lat", "#geo +lat")]
    public void Pattern_MatchesColumn_AnyCaseAndAttributeOrder(string pattern, string column) =>
        Assert.True(HxlTag.Parse(pattern)!.Matches(HxlTag.Parse(column)!));

    [Theory]
    [InlineData("#adm2+name", "#adm2+code")]
    [InlineData("#adm2+name", "#adm1+name")]
    [InlineData("#inneed", "#affected")]
    public void Pattern_DoesNotMatch_OtherTagsOrAttributes(string pattern, string column) =>
        Assert.False(HxlTag.Parse(pattern)!.Matches(HxlTag.Parse(column)!));

    [Theory]
    [InlineData("Population")]
    [InlineData("# population")]
    [InlineData("#adm2+")]
    public void NotAHashtag_IsNull(string cell) => Assert.Null(HxlTag.Parse(cell));
}
