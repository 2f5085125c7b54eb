using Platform.Grains.Runtime;
using Platform.Grains.Storage;

namespace Platform.Host.Extensions;

internal static class GrainExtensions
{
    /// <summary>Registers the grain runtime, event bus, journal, its anchors and backup; options from the "Grains" section. Needs <c>AddPlatformStorage</c>.</summary>
    public static WebApplicationBuilder AddPlatformGrains(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GrainRuntimeOptions.Section).Get<GrainRuntimeOptions>() ?? new GrainRuntimeOptions();
        builder.Services.AddGrains(options);
        builder.Services.AddSingleton<DatabaseBackup>();
        builder.Services.AddHostedService<JournalAnchoring>();
        return builder;
    }
}
