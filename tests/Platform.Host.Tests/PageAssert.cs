namespace Platform.Host.Tests;

/// <summary>Assertions about what a person is shown, shared by the page tests.</summary>
internal static class PageAssert
{
    /// <summary>A signed-in person without access is sent to the access-denied page (not to sign-in, not an error).</summary>
    public static void Denied(FormClient.Page page)
    {
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("/account/access-denied", page.Location, StringComparison.Ordinal);
    }

    /// <summary>A one-time link that no longer works says why (containing <paramref name="reason"/>, when given) and offers no form.</summary>
    public static void LinkRefused(FormClient.Page page, string? reason = null)
    {
        var alert = page.Document.QuerySelector("main [role=alert]");
        Assert.NotNull(alert);
        if (reason is not null)
        {
            Assert.Contains(reason, alert.TextContent, StringComparison.Ordinal);
        }

        Assert.Null(page.Document.QuerySelector("main form"));
    }
}
