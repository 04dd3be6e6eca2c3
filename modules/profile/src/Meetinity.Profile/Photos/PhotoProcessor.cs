using Meetinity.Core.Errors;
using SkiaSharp;

namespace Meetinity.Profile.Photos;

/// <summary>
/// Checks an uploaded photo and re-encodes it: the format from its bytes, the pixel count from
/// its header before anything is decoded (a decompression bomb is refused unread), then a
/// fresh encode, upright and scaled to fit, so that no metadata (GPS, camera) and no bytes
/// smuggled around the image survive.
/// </summary>
public sealed class PhotoProcessor
{
    private const int Quality = 85;

    /// <summary>The new image and its file extension.</summary>
    /// <exception cref="ApiException">Not a JPEG, PNG or WebP image (415), unreadable or too many pixels (400).</exception>
    public (byte[] Content, string Extension) Process(byte[] bytes, long maxPixels, int maxDimension)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var format = PhotoFormat.Sniff(bytes)
            ?? throw new ApiException(415, ErrorCodes.UnsupportedMediaType, "A photo is a JPEG, PNG or WebP image; this file is none of them.");
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format.Skia)
        {
            throw new RequestValidationException("photo", "The image could not be read.");
        }

        var info = codec.Info;
        if ((long)info.Width * info.Height > maxPixels)
        {
            throw new RequestValidationException("photo", $"The image has {info.Width}x{info.Height} pixels; at most {maxPixels:N0} pixels are accepted.");
        }

        using var decoded = Decode(codec, maxDimension);
        using var upright = Orient(decoded, codec.EncodedOrigin);
        using var scaled = Fit(upright, maxDimension);
        using var encoded = scaled.Encode(format.Skia, Quality)
            ?? throw new RequestValidationException("photo", "The image could not be read.");
        return (encoded.ToArray(), format.Extension);
    }

    private static SKBitmap Decode(SKCodec codec, int maxDimension)
    {
        // JPEG decodes straight to 1/2, 1/4 or 1/8 of its size, which keeps big photos cheap.
        var longest = Math.Max(codec.Info.Width, codec.Info.Height);
        var scale = Math.Min(1f, Math.Max(1f / 8, (float)maxDimension / longest));
        var size = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new RequestValidationException("photo", "The image could not be read.");
        }

        return bitmap;
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swap ? (source.Height, source.Width) : (source.Width, source.Height);
        var result = new SKBitmap(new SKImageInfo(w, h, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(OriginMatrix(origin, source.Width, source.Height));
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), paint: null);
        return result;
    }

    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static SKBitmap Fit(SKBitmap source, int maxDimension)
    {
        var longest = Math.Max(source.Width, source.Height);
        if (longest <= maxDimension)
        {
            return source.Copy();
        }

        var ratio = (double)maxDimension / longest;
        var info = new SKImageInfo(Math.Max(1, (int)(source.Width * ratio)), Math.Max(1, (int)(source.Height * ratio)), source.ColorType, source.AlphaType);
        return source.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new RequestValidationException("photo", "The image could not be read.");
    }
}
