// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Tests.Files;

public sealed class CsvTests
{
    [Fact]
    public void Read_QuotedCommasAndLineBreaks_AndEmptyLinesSkipped_LinesCountedAsInTheFile()
    {
        var rows = Csv.Read("a,b\n\"x, y\",\"two\nlines\"\n\n3,oops\n", "f.csv", ["a", "b"]);
        Assert.Equal(["x, y", "3"], rows.Select(r => r.Text("a")));
        Assert.Equal("two\nlines", rows[0].Text("b"));
        var e = Assert.Throws<ReportInputException>(() => rows[1].Number("b"));
        Assert.Equal("f.csv:5: b: found 'oops', expected a number", e.Message);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4,5\n", "f.csv:3: found malformed CSV, expected 2 comma-separated fields as in the header")]
    [InlineData("a,b\n1,\"2\n", "f.csv:2: found malformed CSV, expected 2 comma-separated fields as in the header")]
    [InlineData("", "f.csv:1: found an empty file, expected a header row with a")]
    [InlineData("a,a\n1,2\n", "f.csv:1: found the column 'a' twice, expected each column once")]
    public void Read_BadFile_SaysWhereAndWhat(string text, string message)
    {
        var e = Assert.Throws<ReportInputException>(() => Csv.Read(text, "f.csv", ["a"]));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_QuotesOnlyWhatNeedsIt_WithUnixLineEnds()
    {
        var text = new StringWriter();
        using (var csv = Csv.Writer(text))
        {
            csv.WriteHeader(["a", "b", "c"]);
            csv.WriteRecord(["x,y", "q\"t", " -5 "]);
        }
        Assert.Equal("a,b,c\n\"x,y\",\"q\"\"t\", -5 \n", text.ToString());
    }

    [Theory]
    [InlineData(1.0 / 3, "0.333333")]
    [InlineData(120.0549466, "120.054947")]
    [InlineData(double.NaN, "")]
    public void Number_SixDecimalsAtMost_EmptyWhenUndefined(double value, string text) => Assert.Equal(text, Csv.Number(value));
}
