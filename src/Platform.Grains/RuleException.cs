namespace Platform.Grains;

/// <summary>
/// A command a concept's rules refuse; a refusal changes nothing. <see cref="Reason"/> is one value of that concept's
/// rule enum (<c>MeetingRule.TitleRequired</c>), which the Web layer shows in the reader's language; <see cref="Field"/>
/// names the command's field it belongs to, when there is one.
/// </summary>
[GenerateSerializer, Alias("rt.RuleException")]
public abstract class RuleException(string message, string? field) : Exception(message)
{
    [Id(0)]
    public string? Field { get; } = field;

    /// <summary>The refusal's code, for whoever shows it without knowing the concept.</summary>
    public abstract Enum Reason { get; }

    public static RuleException<TCode> Of<TCode>(TCode code, string? field = null)
        where TCode : struct, Enum => new(code, field);
}

/// <summary>A refusal by the rules whose codes <typeparamref name="TCode"/> lists; catch it as <c>RuleException&lt;MeetingRule&gt;</c>.</summary>
[GenerateSerializer, Alias("rt.RuleException`1")]
public sealed class RuleException<TCode>(TCode code, string? field = null)
    : RuleException($"{typeof(TCode).Name} refused the command: {code}.", field)
    where TCode : struct, Enum
{
    [Id(0)]
    public TCode Code { get; } = code;

    public override Enum Reason => Code;
}
