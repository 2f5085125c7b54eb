namespace Platform.Host.Tests.Accounts;

/// <summary>What sign-in gives away to someone guessing: neither who has an account (by its timing) nor unlimited tries.</summary>
public sealed class SignInDefenceTests
{
    private static Dictionary<string, string> Credentials(string email, string password = "wrong password") => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Theory]
    [InlineData("nobody@example.org", false)]
    [InlineData("bea@example.org", true)]
    public async Task SignIn_UnknownOrLockedOutAccount_VerifiesOnePasswordHashLikeAWrongPassword(string email, bool lockedOut)
    {
        var hasher = new CountingHasher();
        using var factory = new PlatformFactory { TestServices = s => s.AddSingleton<IPasswordHasher<User>>(hasher) };
        var user = await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();
        await browser.SubmitAsync("/account/sign-in", Credentials("bea@example.org"));
        var wrongPassword = hasher.Verifications;
        if (lockedOut)
        {
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, factory.Time.GetUtcNow().AddMinutes(15));
        }

        await browser.SubmitAsync("/account/sign-in", Credentials(email));

        Assert.Equal(1, wrongPassword);
        Assert.Equal(wrongPassword, hasher.Verifications - wrongPassword);
    }

    [Fact]
    public async Task SignIn_RotatingForwardedForFromAnUntrustedAddress_IsStillLimitedPerAddress()
    {
        // The proxy is 192.0.2.1; a client on loopback (the framework's default trust) makes up X-Forwarded-For.
        using var factory = new PlatformFactory
        {
            ClientAddress = IPAddress.Loopback,
            Settings = new Dictionary<string, string> { ["Network:TrustedProxies"] = "192.0.2.1" },
        };
        using var browser = factory.Browser();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            browser.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{attempt + 1}");
            statuses.Add((await browser.SubmitAsync("/account/sign-in", Credentials($"guess{attempt}@example.org"))).Status);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task SignIn_OneAccountFromManyAddresses_IsLimitedPerAccountWithRetryAfter()
    {
        using var factory = new PlatformFactory { DistinctClientAddresses = true };
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            // Case and spaces do not make another account.
            var email = attempt % 2 == 0 ? "bea@example.org" : " BEA@example.org ";
            Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync("/account/sign-in", Credentials(email))).Status);
        }

        using var response = await PostSignInAsync(browser, "bea@example.org");
        var other = await browser.SubmitAsync("/account/sign-in", Credentials("someone.else@example.org"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task SignIn_TooManyFromOneAddress_AnswersTooManyRequestsWithRetryAfter()
    {
        using var factory = new PlatformFactory { ClientAddress = IPAddress.Parse("198.51.100.7") };
        using var browser = factory.Browser();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await browser.SubmitAsync("/account/sign-in", Credentials($"guess{attempt}@example.org"));
        }

        using var response = await PostSignInAsync(browser, "one.more@example.org");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    /// <summary>Loads the sign-in form and posts it, answering the raw response so its headers can be read.</summary>
    private static async Task<HttpResponseMessage> PostSignInAsync(FormClient browser, string email)
    {
        var form = (await browser.GetAsync("/account/sign-in")).Document.QuerySelector("main form[method=post]")!;
        var values = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in Credentials(email))
        {
            values[name] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await browser.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
    }

    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
