using System.Net;

namespace Platform.Host.Tests.Editing;

/// <summary>
/// Two people open the same edit form; the first saves, then the second. The second save must be refused with what
/// the first changed shown beside it, the second person's text kept in the form, and go through once sent again.
/// </summary>
internal static class EditRace
{
    /// <summary>Both open <paramref name="url"/>'s form <paramref name="formName"/>; the first saves, then the second; returns the second's answer.</summary>
    public static async Task<FormClient.Page> SecondSaveAsync(
        FormClient first, FormClient second, string url, string formName, IReadOnlyDictionary<string, string> firstTyped, IReadOnlyDictionary<string, string> secondTyped)
    {
        var firstForm = await first.OpenFormAsync(url, formName);
        var secondForm = await second.OpenFormAsync(url, formName);

        var firstSaved = await first.SendAsync(firstForm, firstTyped);

        Assert.True(firstSaved.Status is HttpStatusCode.OK or HttpStatusCode.Found, $"The first save answered {firstSaved.Status}.");
        Assert.Null(firstSaved.Document.QuerySelector(".edit-conflict"));
        return await second.SendAsync(secondForm, secondTyped);
    }

    /// <summary>The refusal shows <paramref name="othersValue"/> as saved now, and <paramref name="field"/> still holds <paramref name="typed"/>.</summary>
    public static void AssertRefused(FormClient.Page page, string formName, string othersValue, string field, string typed)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var notice = page.Document.QuerySelector("main .edit-conflict[role=alert]");
        Assert.True(notice is not null, "No conflict notice: " + page.MainText);
        Assert.Contains(notice.QuerySelectorAll("td.saved-now"), cell => cell.TextContent.Contains(othersValue, StringComparison.Ordinal));
        var kept = FormClient.OpenForm.Of(page, "", formName).Values[field];
        Assert.Contains(typed, kept.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>Sends the refused form again as the page left it (with the version it now carries), plus <paramref name="merged"/>.</summary>
    public static async Task<FormClient.Page> SaveAgainAsync(FormClient second, FormClient.Page refused, string url, string formName, IReadOnlyDictionary<string, string> merged)
    {
        var again = await second.SendAsync(FormClient.OpenForm.Of(refused, url, formName), merged);

        Assert.True(again.Status is HttpStatusCode.OK or HttpStatusCode.Found, $"Saving again answered {again.Status}.");
        Assert.Null(again.Document.QuerySelector(".edit-conflict"));
        return again;
    }
}
