using System.Net;

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
}
