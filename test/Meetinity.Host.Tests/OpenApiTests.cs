using System.Net;
using Meetinity.TestKit;
using Microsoft.OpenApi;

namespace Meetinity.Host.Tests;

public sealed class OpenApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task The_openapi_document_is_valid()
    {
        await using var stream = await _client.GetStreamAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        var result = await OpenApiDocument.LoadAsync(stream, "json");

        result.Diagnostic!.Errors.ShouldBeEmpty();
        result.Document!.Info.Title.ShouldBe("Meetinity User Service");
    }

    [Fact]
    public async Task The_api_reference_is_served_at_docs()
    {
        var response = await _client.GetAsync(new Uri("/docs", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
        var script = await _client.GetAsync(new Uri("/docs/scalar.js", UriKind.Relative));
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
