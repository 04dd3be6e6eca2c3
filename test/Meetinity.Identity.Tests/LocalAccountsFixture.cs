using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.DevServices;

namespace Meetinity.Identity.Tests;

/// <summary>The host with SMTP pointed at a <see cref="FakeSmtpServer"/>, a frontend URL and the fake clock.</summary>
public class LocalAccountsFixture : IdentityFixture
{
    public const string FrontendUrl = "https://app.meetinity.example";

    public FakeSmtpServer Smtp { get; private set; } = null!;

    public int SmtpPort { get; } = FreeTcpPort.Find();

    public virtual bool StartSmtp => true;

    public override async Task InitializeAsync()
    {
        if (StartSmtp)
        {
            Smtp = FakeSmtpServer.Start(SmtpPort);
        }

        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }

    public void StartSmtpNow() => Smtp = FakeSmtpServer.Start(SmtpPort);

    public HttpClient Client() => Factory.CreateClient();

    public Task<HttpResponseMessage> PostAsync(string path, object body, HttpClient? client = null) =>
        (client ?? Client()).PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    /// <summary>Registers, follows the verification mail, and returns the login answer.</summary>
    public async Task<JsonElement> RegisterAndLoginAsync(string email, string password, string name = "Ada Lovelace")
    {
        (await PostAsync("/auth/register", new { email, password, name })).EnsureSuccessStatusCode();
        var mail = await Smtp.WaitForAsync(email, "Confirm your e-mail");
        (await PostAsync("/auth/email/verify", new { token = FakeSmtpServer.TokenIn(mail) })).EnsureSuccessStatusCode();
        var login = await PostAsync("/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        return await login.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Smtp:Host"] = "127.0.0.1";
        settings["Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Smtp:Tls"] = "none";
        settings["Smtp:From"] = "Meetinity <no-reply@meetinity.example>";
        settings["App:FrontendUrl"] = FrontendUrl;
        return settings;
    }
}
