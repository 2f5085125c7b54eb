using Platform.Grains.Mail;

namespace Platform.Grains.Tests.Mail;

public sealed class OutgoingMailTests
{
    [Fact]
    public void Subject_WithLineBreaks_IsComposedOnOneLine()
    {
        var mail = new OutgoingMail("ana@example.org", "Compromiso:\r\nBcc: intruso@example.org\n", "Cuerpo\r\ncon líneas");

        var edited = mail with { Subject = "Otra\rlínea" };

        Assert.Equal("Compromiso: Bcc: intruso@example.org", mail.Subject);
        Assert.Equal("Otra línea", edited.Subject);
        Assert.Equal("Cuerpo\r\ncon líneas", mail.Body);
    }

    [Fact]
    public void To_WithLineBreak_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new OutgoingMail("ana@example.org\r\nBcc: intruso@example.org", "Asunto", "Cuerpo"));
    }
}
