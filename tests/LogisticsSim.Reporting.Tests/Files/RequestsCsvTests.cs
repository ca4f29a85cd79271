// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Tests.Files;

public sealed class RequestsCsvTests
{
    private static readonly RequestRecord[] Records =
    [
        new(0, "BUZI-food-1", "", "food", 5.55, 5.55, "PORT", "BUZI", 1, 0, 48, 74.807094, 77.140428, "delivered"),
        new(0, "r\"2", "Aid, Inc.", "shelter", 12, 4.5, "PORT", "DONDO", 3, 6.5, 30, 7.25, null, "partial"),
        new(1, "r3", "WFP", "food", 0.000001, 0, "AIRPORT", "BUZI", 2, 100, 148, null, null, "waiting"),
    ];

    private static string Written()
    {
        var text = new StringWriter();
        RequestsCsv.Write(text, Records);
        return text.ToString();
    }

    [Fact]
    public void Write_TheContractsColumns_QuotingOnlyWhatNeedsIt()
    {
        var lines = Written().Split('\n');
        Assert.Equal("replication,id,partner,item,tonnes,tonnes_delivered,origin,destination,priority,ready,due,dispatched,delivered,status", lines[0]);
        Assert.Equal("0,\"r\"\"2\",\"Aid, Inc.\",shelter,12,4.5,PORT,DONDO,3,6.5,30,7.25,,partial", lines[2]);
        Assert.Equal("", lines[^1]); // "\n" after the last row, not "\r\n"
    }

    [Fact]
    public void Read_GivesBackWhatWasWritten() => Assert.Equal(Records, RequestsCsv.Read(Written(), "requests.csv"));

    [Fact]
    public void Read_APriorityThatIsNoNumber_SaysWhere()
    {
        string text = Written().Replace(",PORT,DONDO,3,", ",PORT,DONDO,high,", StringComparison.Ordinal);
        var e = Assert.Throws<ReportInputException>(() => RequestsCsv.Read(text, "out/requests.csv"));
        Assert.Equal("out/requests.csv:3: priority: found 'high', expected a whole number", e.Message);
    }

    [Fact]
    public void Read_WithoutAColumn_SaysWhichIsMissing()
    {
        var e = Assert.Throws<ReportInputException>(() => RequestsCsv.Read("replication,id\n0,a\n", "requests.csv"));
        Assert.StartsWith("requests.csv:1: found columns replication,id, expected a column 'partner'", e.Message, StringComparison.Ordinal);
    }
}
