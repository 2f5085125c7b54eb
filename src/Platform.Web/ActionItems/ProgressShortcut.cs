using Platform.Web.Forms;

namespace Platform.Web.ActionItems;

/// <summary>
/// The progress form's post without rendering its page: one grain command, then the same redirect as the page makes.
/// A refusal (empty text, a bad link, …) is left to the page, which runs the command itself and shows the message.
/// </summary>
public sealed class ProgressShortcut(IGrainFactory grains) : IPostShortcut
{
    public async Task<string?> RunAsync(HttpContext context, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(form);
        if (context.User.UserId() is not { } actor
            || !Guid.TryParse(context.GetRouteValue("groupId")?.ToString(), out var groupId)
            || !Guid.TryParse(context.GetRouteValue("itemId")?.ToString(), out var itemId)
            || ProgressInput.FromForm(form) is not { } input)
        {
            return null;
        }

        try
        {
            await grains.GetGrain<IActionItemGrain>(itemId).AddProgressAsync(input.ToCommand(actor));
            return ActionLinks.Item(groupId, itemId);
        }
        catch (RuleException<ActionItemRule>)
        {
            return null;
        }
    }
}
