using System.Text;
using SkiaSharp;

namespace Meetinity.Profile.Tests;

/// <summary>Images made for the photo tests: real encodings, and crafted ones (EXIF with GPS, a pixel bomb).</summary>
internal static class TestImages
{
    public const string GpsMarker = "GPS-SECRET-48.8584N";

    public static byte[] Encode(SKEncodedImageFormat format, int width = 64, int height = 32)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG with an EXIF block (orientation 6 = turned 90°, a GPS IFD, a marker) and a script after its end.</summary>
    public static byte[] JpegWithGpsAndTrailer(int width = 64, int height = 32)
    {
        var jpeg = Encode(SKEncodedImageFormat.Jpeg, width, height);
        var tiff = new List<byte>();
        tiff.AddRange([0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]);
        tiff.AddRange([0x00, 0x02]);
        tiff.AddRange([0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00]);
        tiff.AddRange([0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x26]);
        tiff.AddRange([0x00, 0x00, 0x00, 0x00]);
        tiff.AddRange([0x00, 0x01]);
        tiff.AddRange([0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, (byte)'N', 0x00, 0x00, 0x00]);
        tiff.AddRange([0x00, 0x00, 0x00, 0x00]);
        tiff.AddRange(Encoding.ASCII.GetBytes(GpsMarker));
        var payload = Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return [.. jpeg.Take(2), .. app1, .. jpeg.Skip(2), .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")];
    }

    /// <summary>A PNG whose header claims 100,000 x 100,000 pixels (40 GB decoded) in a few bytes.</summary>
    public static byte[] PixelBomb()
    {
        var ihdr = new byte[13];
        WriteBigEndian(ihdr, 0, 100_000);
        WriteBigEndian(ihdr, 4, 100_000);
        ihdr[8] = 8;
        ihdr[9] = 2;
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[data.Length + 12];
        WriteBigEndian(chunk, 0, (uint)data.Length);
        typed.CopyTo(chunk, 4);
        WriteBigEndian(chunk, 8 + data.Length, Crc32(typed));
        return chunk;
    }

    private static void WriteBigEndian(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
