using Microsoft.Extensions.Hosting;
using Platform.Grains.Cluster;

namespace Platform.Grains.Tests.Cluster;

/// <summary>A mistyped clustering setting stops the host at start-up with a message naming the setting.</summary>
public sealed class ClusteringOptionsTests
{
    [Theory]
    [InlineData("redis", "Orleans:Membership")]
    [InlineData("database", "Orleans:AdvertisedAddress")]
    public void UsePlatformClustering_SettingMistyped_RefusesNamingIt(string membership, string named)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var options = new ClusteringOptions { Membership = membership, AdvertisedAddress = "roundtable.example" };

        var refused = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.UsePlatformClustering(options)));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }
}
