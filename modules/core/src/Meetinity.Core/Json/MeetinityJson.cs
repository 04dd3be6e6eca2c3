using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Meetinity.Core.Json;

/// <summary>The JSON rules of the HTTP contract, applied to every serializer the service uses.</summary>
public static class MeetinityJson
{
    /// <summary>Nesting deeper than this is refused: no contract document needs more.</summary>
    public const int MaxDepth = 32;

    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.PropertyNameCaseInsensitive = false;
        options.MaxDepth = MaxDepth;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.AllowTrailingCommas = false;
        options.Converters.Add(new UtcTimestampConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }

    /// <summary>Options for code that serializes outside ASP.NET Core (outbox payloads, caches).</summary>
    public static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver? resolver = null)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = resolver ?? new DefaultJsonTypeInfoResolver() };
        Configure(options);
        return options;
    }
}
