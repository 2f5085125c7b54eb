namespace Platform.Messages.Localization;

/// <summary>Marker for the shared UI strings in <c>Text.resx</c>, <c>Text.es.resx</c> and <c>Text.fr.resx</c>.</summary>
public sealed class Text;
