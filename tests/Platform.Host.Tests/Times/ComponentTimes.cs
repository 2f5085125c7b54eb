using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Components;
using Platform.Messages.Localization;

namespace Platform.Host.Tests.Times;

/// <summary>
/// Reads the compiled code of every Razor component in Platform.Web (its methods, and the state machines and
/// lambdas nested in it) to tell which ones show a date or a time, and which ones turn one into text some other way.
/// </summary>
internal static class ComponentTimes
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly HashSet<Type> DateTypes =
    [
        typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly),
        typeof(Instant), typeof(LocalDate), typeof(LocalDateTime), typeof(LocalTime), typeof(ZonedDateTime), typeof(OffsetDateTime), typeof(YearMonth),
    ];

    // Files written for machines by their own standard: iCalendar stamps are UTC (RFC 5545).
    private static readonly HashSet<Type> MachineWriters = [typeof(Platform.Grains.Calendar.IcsWriter)];

    // Zone-free members: what machines read, and the zone's own name.
    private static readonly HashSet<string> NotShowing = [nameof(ViewerClock.Machine), "get_" + nameof(ViewerClock.ZoneId), "get_" + nameof(ViewerClock.ZoneName)];

    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(c => c.Value);

    // The pages' assembly, and the one that writes mails, notices and reminders.
    private static readonly Type[] Types = [.. typeof(Platform.Web.App).Assembly.GetTypes(), .. typeof(ViewerClock).Assembly.GetTypes()];

    public static IReadOnlyList<Type> Components { get; } = [.. Types
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace?.StartsWith("Platform.", StringComparison.Ordinal) == true)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Every other type of Platform.Web and Platform.Messages (mails, messages, CSV, forms, endpoints), with the types nested in it.</summary>
    public static IReadOnlyList<Type> OtherTypes { get; } = [.. Types
        .Where(t => t.DeclaringType is null && t != typeof(ViewerClock) && !Components.Contains(t) && !typeof(IComponent).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Takes a reader's clock, or asks one for the text of a date or time.</summary>
    public static bool ShowsTime(Type component) =>
        component.GetProperties(All).Any(p => p.PropertyType == typeof(ViewerClock))
        || References(component).Any(r => r.Method is { } m && m.DeclaringType == typeof(ViewerClock) && !NotShowing.Contains(m.Name));

    /// <summary>Each place the component makes text of a date or time without <see cref="ViewerClock"/>.</summary>
    public static IEnumerable<string> OtherFormatting(Type component)
    {
        foreach (var (site, method, type) in References(component))
        {
            if (type is not null && DateTypes.Contains(Nullable.GetUnderlyingType(type) ?? type))
            {
                yield return $"{site}: boxes or calls into a {type.Name} (rendered or passed as text)";
            }
            else if (method is not null && method.DeclaringType != typeof(ViewerClock) && !MachineWriters.Contains(method.DeclaringType!) && !Inside(method.DeclaringType, component) && Formats(method))
            {
                yield return $"{site}: {method.DeclaringType?.Name}.{method.Name}";
            }
        }
    }

    private static bool Formats(MethodBase method)
    {
        if (method.DeclaringType is { } owner && DateTypes.Contains(Nullable.GetUnderlyingType(owner) ?? owner) && method.Name == nameof(ToString))
        {
            return true;
        }

        if (method.IsGenericMethod && method.GetGenericArguments().Any(DateTypes.Contains) && method.Name == "AppendFormatted")
        {
            return true;
        }

        // A helper elsewhere that takes a date or time and hands back text.
        return method is MethodInfo { ReturnType: var r } && r == typeof(string) && method.GetParameters().Any(p => DateTypes.Contains(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType));
    }

    private static bool Inside(Type? type, Type component)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t == component)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Site, MethodBase? Method, Type? Type)> References(Type component)
    {
        foreach (var type in WithNested(component))
        {
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                foreach (var (method2, typeRef) in Operands(method))
                {
                    yield return ($"{type.Name}.{method.Name}", method2, typeRef);
                }
            }
        }
    }

    private static IEnumerable<Type> WithNested(Type type) => [type, .. type.GetNestedTypes(All).SelectMany(WithNested)];

    /// <summary>The methods a body calls, and the types it boxes or constrains a call on.</summary>
    private static List<(MethodBase? Method, Type? Type)> Operands(MethodBase method)
    {
        var found = new List<(MethodBase?, Type?)>();
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return found;
        }

        var module = method.Module;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        Type? boxed = null;
        var at = 0;
        while (at < il.Length)
        {
            var code = il[at] == 0xFE ? Codes[unchecked((short)(0xFE00 | il[at + 1]))] : Codes[il[at]];
            at += code.Size;
            var token = at + 4 <= il.Length ? BitConverter.ToInt32(il, at) : 0;
            if (code.OperandType == OperandType.InlineMethod)
            {
                var called = module.ResolveMethod(token, typeArgs, methodArgs);

                // A value boxed only to hand it to a child component's typed parameter: the child is checked itself.
                if (boxed is not null && called?.Name != "AddComponentParameter")
                {
                    found.Add((null, boxed));
                }

                boxed = null;
                found.Add((called, null));
            }
            else if (code == OpCodes.Box || code == OpCodes.Constrained)
            {
                boxed = module.ResolveType(token, typeArgs, methodArgs);
            }

            at += OperandSize(code, il, at);
        }

        return found;
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
