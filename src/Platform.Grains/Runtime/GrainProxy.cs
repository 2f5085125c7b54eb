using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Platform.Grains.Runtime;

/// <summary>
/// The grain reference: a generated class implementing the grain interface that routes every call through the
/// activation's mailbox. This is what Orleans' code generator does at build time; DispatchProxy does it at run time.
/// </summary>
/// <remarks>Not sealed: DispatchProxy derives the generated class from this one.</remarks>
internal class GrainProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainProxy, MethodInfo, object?[]?, object>> Dispatchers = new();
    private static readonly MethodInfo CallTypedMethod = typeof(GrainProxy).GetMethod(nameof(CallTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private GrainRuntime? runtime;
    private GrainId id;

    internal static TGrainInterface Create<TGrainInterface>(GrainRuntime runtime, GrainId id)
    {
        var proxy = DispatchProxy.Create<TGrainInterface, GrainProxy>();
        var self = (GrainProxy)(object)proxy!;
        self.runtime = runtime;
        self.id = id;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return Dispatchers.GetOrAdd(targetMethod, BuildDispatcher)(this, targetMethod, args);
    }

    private static Func<GrainProxy, MethodInfo, object?[]?, object> BuildDispatcher(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            return static (proxy, m, args) => proxy.CallVoid(m, args);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var typed = CallTypedMethod.MakeGenericMethod(returnType.GetGenericArguments()[0]);
            return (proxy, m, args) => typed.Invoke(proxy, [m, args])!;
        }

        throw new NotSupportedException($"{method.DeclaringType?.Name}.{method.Name} must return Task or Task<T> to be a grain method.");
    }

    private Task<bool> CallVoid(MethodInfo method, object?[]? args) =>
        runtime!.RunAsync(id, async grain =>
        {
            await (Task)InvokeOnGrain(grain, method, args);
            return true;
        });

    private Task<T> CallTyped<T>(MethodInfo method, object?[]? args) =>
        runtime!.RunAsync(id, grain => (Task<T>)InvokeOnGrain(grain, method, args));

    private static object InvokeOnGrain(object grain, MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(grain, args)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
