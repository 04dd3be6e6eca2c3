using SkiaSharp;

namespace Meetinity.Profile.Photos;

/// <summary>The three formats a photo may have, recognised by their first bytes (never by name or declared type).</summary>
internal sealed record PhotoFormat(string Extension, SKEncodedImageFormat Skia)
{
    public static readonly PhotoFormat Jpeg = new("jpg", SKEncodedImageFormat.Jpeg);
    public static readonly PhotoFormat Png = new("png", SKEncodedImageFormat.Png);
    public static readonly PhotoFormat WebP = new("webp", SKEncodedImageFormat.Webp);

    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PhotoFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return Jpeg;
        }

        if (bytes.StartsWith(s_png))
        {
            return Png;
        }

        return bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? WebP : null;
    }
}
