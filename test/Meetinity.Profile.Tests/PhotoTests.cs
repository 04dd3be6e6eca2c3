using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;
using SkiaSharp;

namespace Meetinity.Profile.Tests;

public sealed class PhotoTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "photo", fileName);
        return await client.PostAsync(new Uri($"/users/{id}/photo", UriKind.Relative), form);
    }

    private async Task<string> UploadOkAsync(HttpClient client, Guid id, byte[] bytes, string fileName = "me.jpg", string contentType = "image/jpeg")
    {
        var response = await UploadAsync(client, id, bytes, fileName, contentType);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var answer = JsonSerializer.Deserialize<JsonElement>(body);
        answer.GetProperty("user_id").GetGuid().ShouldBe(id);
        return answer.GetProperty("photo_url").GetString()!;
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png", ".png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp", ".webp")]
    public async Task Jpeg_png_and_webp_are_stored_under_a_generated_name_and_served_safely(SKEncodedImageFormat format, string contentType, string extension)
    {
        var (client, id, _) = await fixture.SignInAsync();
        var url = await UploadOkAsync(client, id, TestImages.Encode(format), "../../../etc/passwd", "application/octet-stream");

        url.ShouldMatch($"^/uploads/[a-f0-9]{{32}}\\{extension}$");
        (await client.GetUserAsync(id)).GetProperty("photo_url").GetString().ShouldBe(url);
        var served = await fixture.Factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        served.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        served.Headers.CacheControl!.Public.ShouldBeTrue();
        using var decoded = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
        decoded.Width.ShouldBe(64);
    }

    [Fact]
    public async Task A_png_named_jpg_is_a_png()
    {
        var (client, id, _) = await fixture.SignInAsync();
        (await UploadOkAsync(client, id, TestImages.Encode(SKEncodedImageFormat.Png), "photo.jpg", "image/jpeg")).ShouldEndWith(".png");
    }

    [Fact]
    public async Task Gps_exif_and_trailing_payload_are_gone_and_the_photo_is_turned_upright()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var original = TestImages.JpegWithGpsAndTrailer(64, 32);
        using (var check = SKCodec.Create(new MemoryStream(original)))
        {
            check.EncodedOrigin.ShouldBe(SKEncodedOrigin.RightTop);
        }

        var url = await UploadOkAsync(client, id, original);
        var served = await fixture.Factory.CreateClient().GetByteArrayAsync(new Uri(url, UriKind.Relative));

        TestImages.Contains(served, "Exif").ShouldBeFalse();
        TestImages.Contains(served, TestImages.GpsMarker).ShouldBeFalse();
        TestImages.Contains(served, "<script>").ShouldBeFalse();
        using var decoded = SKBitmap.Decode(served);
        (decoded.Width, decoded.Height).ShouldBe((32, 64));
    }

    [Fact]
    public async Task A_big_photo_is_scaled_down_to_fit()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var url = await UploadOkAsync(client, id, TestImages.Encode(SKEncodedImageFormat.Png, 3000, 1500), "big.png", "image/png");
        using var decoded = SKBitmap.Decode(await fixture.Factory.CreateClient().GetByteArrayAsync(new Uri(url, UriKind.Relative)));
        (decoded.Width, decoded.Height).ShouldBe((1024, 512));
    }

    [Theory]
    [InlineData("notes.txt", "image/jpeg", "just some text, not an image")]
    [InlineData("logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("fake.gif", "image/gif", "GIF89a............")]
    public async Task Files_that_are_not_jpeg_png_or_webp_are_415(string fileName, string contentType, string content)
    {
        var (client, id, _) = await fixture.SignInAsync();
        var response = await UploadAsync(client, id, System.Text.Encoding.UTF8.GetBytes(content), fileName, contentType);
        (await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType)).GetProperty("error").GetString().ShouldBe("unsupported_media_type");
        (await client.GetUserAsync(id)).GetProperty("photo_url").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_truncated_image_with_the_right_magic_is_400()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var response = await UploadAsync(client, id, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "x.jpg", "image/jpeg");
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("photo", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_pixel_bomb_is_refused_from_its_header()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var response = await UploadAsync(client, id, TestImages.PixelBomb(), "bomb.png", "image/png");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("photo")[0].GetString()!.ShouldContain("100000x100000");
    }

    [Fact]
    public async Task A_photo_of_several_megabytes_within_the_limit_is_accepted()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var noisy = new SKBitmap(1400, 1000);
        var random = new Random(7);
        var pixels = new byte[noisy.ByteCount];
        random.NextBytes(pixels);
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, noisy.GetPixels(), pixels.Length);
        using var data = noisy.Encode(SKEncodedImageFormat.Png, 100);
        noisy.Dispose();
        data.Size.ShouldBeGreaterThan(2 * 1024 * 1024);
        (await UploadOkAsync(client, id, data.ToArray(), "noise.png", "image/png")).ShouldEndWith(".png");
    }

    [Fact]
    public async Task An_oversized_file_is_413()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var bytes = new byte[(5 * 1024 * 1024) + 1];
        TestImages.Encode(SKEncodedImageFormat.Jpeg).CopyTo(bytes, 0);
        var response = await UploadAsync(client, id, bytes, "huge.jpg", "image/jpeg");
        (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).GetProperty("error").GetString().ShouldBe("payload_too_large");
    }

    [Fact]
    public async Task Missing_field_or_not_multipart_is_refused()
    {
        var (client, id, _) = await fixture.SignInAsync();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        (await (await client.PostAsync(new Uri($"/users/{id}/photo", UriKind.Relative), form)).ProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("photo", out _).ShouldBeTrue();
        (await client.PostAsJsonAsync(new Uri($"/users/{id}/photo", UriKind.Relative), new { photo = "x" })).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Replacing_removes_the_old_file_and_delete_removes_the_photo()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var anonymous = fixture.Factory.CreateClient();
        var first = await UploadOkAsync(client, id, TestImages.Encode(SKEncodedImageFormat.Jpeg));
        var second = await UploadOkAsync(client, id, TestImages.Encode(SKEncodedImageFormat.Png), "b.png", "image/png");

        (await anonymous.GetAsync(new Uri(first, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(new Uri(second, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.DeleteAsync(new Uri($"/users/{id}/photo", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(new Uri(second, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetUserAsync(id)).GetProperty("photo_url").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Another_user_cannot_upload_or_delete_but_an_admin_can()
    {
        var (_, id, _) = await fixture.SignInAsync();
        var (stranger, _, _) = await fixture.SignInAsync();
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);
        (await UploadAsync(stranger, id, TestImages.Encode(SKEncodedImageFormat.Jpeg), "a.jpg", "image/jpeg")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.DeleteAsync(new Uri($"/users/{id}/photo", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await UploadOkAsync(admin, id, TestImages.Encode(SKEncodedImageFormat.Jpeg));
    }

    [Theory]
    [InlineData("/uploads/..%2F..%2Fappsettings.json")]
    [InlineData("/uploads/appsettings.json")]
    [InlineData("/uploads/0123456789abcdef0123456789abcdef.exe")]
    public async Task Names_the_service_did_not_generate_are_404(string url) =>
        (await fixture.Factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
}
