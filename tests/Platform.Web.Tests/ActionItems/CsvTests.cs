using Platform.Web.ActionItems;

namespace Platform.Web.Tests.ActionItems;

public sealed class CsvTests
{
    // A possible formula gets a leading single quote and, as OWASP recommends, quotes around the cell.
    [Theory]
    [InlineData("=SUM(A1:A2)", "\"'=SUM(A1:A2)\"")]
    [InlineData("+57 300", "\"'+57 300\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void Write_RiskyOrSpecialCell_IsDefusedAndQuoted(string? value, string expected) =>
        Assert.Equal(expected + ",x\r\n", Csv.Write([[value, "x"]]));

    [Fact]
    public void Write_Rows_EndsEachLineWithCrLf() =>
        Assert.Equal("a,b\r\n\"'=x\",c\r\n", Csv.Write([["a", "b"], ["=x", "c"]]));

    [Fact]
    public void Write_RowsOfDifferentLengths_WritesEachAsItIs() =>
        Assert.Equal("a,b,c\r\nd\r\n", Csv.Write([["a", "b", "c"], ["d"]]));
}
