using Platform.Grains.Incidents;

namespace Platform.Grains.Tests.Incidents;

public sealed class ReceiptCodeTests
{
    [Fact]
    public void New_ShownInGroupsOfFour_SixteenDigits()
    {
        var code = ReceiptCode.New();

        Assert.Matches("^[0-9]{16}$", code.Value);
        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$", code.Grouped);
        Assert.Equal(code.Value[..4], code.Lookup);
        Assert.DoesNotContain(code.Value, code.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_ManyCodes_AreNotRepeated()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReceiptCode.New().Value).ToHashSet();

        Assert.Equal(2000, codes.Count);
    }

    [Theory]
    [InlineData("1234 5678 9012 3456")]
    [InlineData("1234-5678-9012-3456")]
    [InlineData(" 1234567890123456 ")]
    [InlineData("1234.5678.9012.3456")]
    [InlineData("１２３４ ５６７８ ９０１２ ３４５６")]
    public void Parse_SpacesDashesAndWideDigits_ReadAsTheSameCode(string typed)
    {
        Assert.Equal("1234567890123456", ReceiptCode.Parse(typed)?.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234 5678 9012 345")]
    [InlineData("1234 5678 9012 34567")]
    [InlineData("1234 5678 9012 345x")]
    [InlineData("1234 5678 9012 3456; DROP")]
    public void Parse_NotSixteenDigits_IsNull(string? typed)
    {
        Assert.Null(ReceiptCode.Parse(typed));
    }

    [Fact]
    public void Matches_TheCodeItsHashWasMadeFrom_OnlyThat()
    {
        var code = ReceiptCode.New();
        var stored = code.Hash();
        var neighbour = ReceiptCode.Parse(code.Value[..15] + (code.Value[15] == '9' ? '0' : (char)(code.Value[15] + 1)))!;

        Assert.True(ReceiptCode.Parse(code.Grouped)!.Matches(stored));
        Assert.False(neighbour.Matches(stored));
        Assert.DoesNotContain(code.Value, stored, StringComparison.Ordinal);
        Assert.NotEqual(stored, code.Hash());
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$1000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$210000$not base64$AAAA")]
    [InlineData("sha1$210000$AAAA$AAAA")]
    public void Matches_MalformedOrWeakStoredHash_IsFalse(string stored)
    {
        Assert.False(ReceiptCode.New().Matches(stored));
    }
}
