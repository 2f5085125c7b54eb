namespace Platform.Web.Forms;

/// <summary>
/// Marks a page whose form <see cref="FormName"/> (its <c>@formname</c>) has a shortcut: a post of that form is first
/// given to <see cref="Handler"/>, an <see cref="IPostShortcut"/>. When its command succeeds the person is redirected
/// without the page being rendered; otherwise the page answers the post exactly as it would without the shortcut.
/// The host runs the shortcut as the page's own endpoint, so the page's authorisation, the session check, rate limits
/// and antiforgery apply to it unchanged.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class PostShortcutAttribute(string formName, Type handler) : Attribute
{
    public string FormName { get; } = formName;

    /// <summary>An <see cref="IPostShortcut"/>, created per post with its services from the request's scope.</summary>
    public Type Handler { get; } = handler;
}

/// <summary>The successful post of one page form, without the page: see <see cref="PostShortcutAttribute"/>.</summary>
public interface IPostShortcut
{
    /// <summary>
    /// Runs the form's command from the posted <paramref name="form"/>. Returns where to send the person (the page's own
    /// redirect), or null when the page must answer instead: a refusal it shows beside the person's text.
    /// </summary>
    Task<string?> RunAsync(HttpContext context, IFormCollection form);
}
