using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Meetinity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Settings.Tests;

/// <summary>A module with an editable secret setting, as the mail settings will be.</summary>
public sealed class SecretSettingFixture : ServiceFixture
{
    public const string Name = "Test.ApiKey";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Factory.DisposeAsync();
        Instance = new MeetinityHostFactory(ConnectionString, Settings, services =>
            services.AddSingleton<ISettingDefinitionProvider>(new TestDefinitions()));
        Instance.StartServer();
    }

    public MeetinityHostFactory Instance { get; private set; } = null!;

    public override async Task DisposeAsync()
    {
        await Instance.DisposeAsync();
        await base.DisposeAsync();
    }

    private sealed class TestDefinitions : ISettingDefinitionProvider
    {
        public IEnumerable<SettingDefinition> Definitions { get; } = [new(Name, SettingType.String, null, "A test secret.") { IsSecret = true }];
    }
}

public sealed class SecretSettingTests(SecretSettingFixture fixture) : IClassFixture<SecretSettingFixture>
{
    [Fact]
    public async Task A_stored_secret_is_encrypted_at_rest_hidden_from_the_api_and_the_audit_and_usable_by_the_service()
    {
        const string secret = "api-key-that-must-never-show-0815";
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail, fixture.Instance);

        var response = await admin.PutAsync(new Uri($"/settings/{SecretSettingFixture.Name}", UriKind.Relative),
            new StringContent($"{{\"value\": \"{secret}\"}}", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString().ShouldBe("set");
        (await fixture.ScalarAsync("SELECT count(*) FROM settings.setting_values WHERE name = $1 AND value NOT LIKE '%' || $2 || '%'", SecretSettingFixture.Name, secret)).ShouldBe(1);
        fixture.Instance.Services.GetRequiredService<ISettingProvider>().Get(SecretSettingFixture.Name).ShouldBe(secret);
        (await fixture.EventuallyAsync(1, "SELECT count(*) FROM audit.audit_logs WHERE kind = 'setting' AND target_id = $1", SecretSettingFixture.Name)).ShouldBe(1);
        (await fixture.ScalarAsync("SELECT count(*) FROM audit.audit_logs WHERE audit_logs::text LIKE '%' || $1 || '%'", secret)).ShouldBe(0);
        (await admin.GetStringAsync(new Uri("/settings", UriKind.Relative))).ShouldNotContain(secret);
    }
}
