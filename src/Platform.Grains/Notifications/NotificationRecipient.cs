namespace Platform.Grains.Notifications;

/// <summary>Who a notification goes to, as far as writing their mail needs: address and language.</summary>
public sealed record NotificationRecipient(string Id, string Email, string PreferredLanguage);
