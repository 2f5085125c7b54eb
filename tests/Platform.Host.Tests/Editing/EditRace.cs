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

    /// <summary>The fields typed into a form, as name, value, name, value…</summary>
    public static Dictionary<string, string> Typed(params string[] namesAndValues) =>
        namesAndValues.Chunk(2).ToDictionary(p => p[0], p => p[1]);

    /// <summary>As <see cref="RefusedThenSavedAgainAsync(FormClient, FormClient, string, string, string, (string, string, string), Func{Task{string?}})"/>, the two people signed in afresh.</summary>
    public static async Task RefusedThenSavedAgainAsync(
        PlatformFactory factory, (User First, User Second) people, string url, string form, string field,
        (string Kept, string Refused, string Again) values, Func<Task<string?>> stored)
    {
        using var first = await factory.SignedInAsync(people.First);
        using var second = await factory.SignedInAsync(people.Second);
        await RefusedThenSavedAgainAsync(first, second, url, form, field, values, stored);
    }

    /// <summary>
    /// Two people open <paramref name="url"/>; the first saves <paramref name="field"/> as Kept, the second's Refused is
    /// refused showing the first's save and keeping what they typed (the store still holds Kept); saved again as Again, it lands.
    /// </summary>
    public static async Task RefusedThenSavedAgainAsync(
        FormClient first, FormClient second, string url, string form, string field,
        (string Kept, string Refused, string Again) values, Func<Task<string?>> stored)
    {
        var refused = await SecondSaveAsync(first, second, url, form, Typed(field, values.Kept), Typed(field, values.Refused));

        AssertRefused(refused, form, values.Kept, field, values.Refused);
        Assert.Equal(values.Kept, await stored());
        await SaveAgainAsync(second, refused, url, form, Typed(field, values.Again));
        Assert.Equal(values.Again, await stored());
    }
}
