namespace Platform.Grains.Progress;

/// <summary>How a figure may be shown to a donor.</summary>
public enum CellKind
{
    /// <summary>The exact number (0, or 5 and more for protected counts; any value for unprotected ones).</summary>
    Exact,

    /// <summary>A protected count from 1 to 4: shown as "&lt;5".</summary>
    Small,

    /// <summary>A count of 5 or more hidden so that a small count next to it cannot be worked out by subtraction.</summary>
    Hidden,

    /// <summary>No figure: a rate whose parts are too small, or a plan for a group that meets "as needed".</summary>
    None,
}

/// <summary>
/// One donor-visible figure. A cell that is not <see cref="CellKind.Exact"/> carries no value at all, so no page,
/// CSV or chart built from cells can leak the number it stands for.
/// </summary>
public readonly record struct Cell(CellKind Kind, double Value)
{
    public static readonly Cell Small = new(CellKind.Small, 0);
    public static readonly Cell Hidden = new(CellKind.Hidden, 0);
    public static readonly Cell None = new(CellKind.None, 0);

    public static Cell Exact(double value) => new(CellKind.Exact, value);

    public bool IsExact => Kind == CellKind.Exact;
}
