using Platform.Grains.ActionItems;

namespace Platform.Host.ActionItems;

internal static class ActionItemExtensions
{
    /// <summary>The action item grain, its store and queries, and the carry-forward backlog over open items.</summary>
    public static WebApplicationBuilder AddActionItems(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ActionItemHistory>();
        builder.Services.AddSingleton<Platform.Messages.ActionItems.ActionOwnerNotices>();
        builder.Services.AddSingleton<IActionItemBacklog, ActionItemBacklog>();
        return builder;
    }
}
