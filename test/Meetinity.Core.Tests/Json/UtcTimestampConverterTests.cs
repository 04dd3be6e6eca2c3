using System.Text.Json;
using Meetinity.Core.Json;

namespace Meetinity.Core.Tests.Json;

public sealed class UtcTimestampConverterTests
{
    private sealed record Stamped(DateTimeOffset At, DayOfWeek Day, string DisplayName);

    private static readonly JsonSerializerOptions s_options = MeetinityJson.CreateOptions();

    [Fact]
    public void Instants_are_written_in_utc_with_z_and_names_in_snake_case()
    {
        var json = JsonSerializer.Serialize(new Stamped(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)), DayOfWeek.Monday, "x"), s_options);

        json.ShouldBe("""{"at":"2026-01-02T08:04:05Z","day":"monday","display_name":"x"}""");
    }

    [Theory]
    [InlineData("2026-01-02T08:04:05Z")]
    [InlineData("2026-01-02T09:04:05+01:00")]
    [InlineData("2026-01-02T08:04:05")]
    public void Instants_are_read_as_utc(string value)
    {
        var stamped = JsonSerializer.Deserialize<Stamped>($$"""{"at":"{{value}}","day":"monday","display_name":"x"}""", s_options)!;

        stamped.At.ShouldBe(new DateTimeOffset(2026, 1, 2, 8, 4, 5, TimeSpan.Zero));
        stamped.At.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("""{"at":"yesterday","day":"monday","display_name":"x"}""")]
    [InlineData("""{"at":"2026-01-02T08:04:05Z","day":1,"display_name":"x"}""")]
    public void Bad_values_are_refused(string json)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Stamped>(json, s_options));
    }
}
