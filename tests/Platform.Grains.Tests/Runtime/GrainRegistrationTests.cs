using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Runtime;
using Platform.Grains.Tests.Runtime.Counter;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.Runtime;

public sealed class GrainRegistrationTests
{
    public interface ISynchronousGrain : IGrainWithGuidKey
    {
        int Count();
    }

    private sealed class SynchronousGrain : ISynchronousGrain
    {
        public int Count() => 0;
    }

    [Fact]
    public void AddGrain_WithMethodNotReturningTask_IsRejected()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddGrain<ISynchronousGrain, SynchronousGrain>());

        Assert.Contains(nameof(ISynchronousGrain.Count), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGrain_ForUnregisteredInterface_NamesTheMissingRegistration()
    {
        using var temp = new TempDatabase();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(temp.Database).AddGrains().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>(Guid.NewGuid()));

        Assert.Contains("AddGrain<ICounterGrain", error.Message, StringComparison.Ordinal);
    }
}
