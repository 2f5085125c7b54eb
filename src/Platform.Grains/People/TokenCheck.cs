namespace Platform.Grains.People;

/// <summary>Why a one-time link was or was not accepted; pages turn each into a clear message.</summary>
public enum TokenCheck
{
    Valid,
    Unknown,
    Used,
    Expired,
}
