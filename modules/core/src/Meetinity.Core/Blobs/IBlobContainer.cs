namespace Meetinity.Core.Blobs;

/// <summary>
/// Stores opaque files under names it generates itself. A name that it did not generate
/// (a path, <c>..</c>, anything off its pattern) simply does not exist.
/// </summary>
public interface IBlobContainer
{
    /// <summary>Stores <paramref name="content"/> and returns the generated name (e.g. <c>3f2a…9c.jpg</c>).</summary>
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored blob for reading; null when no blob has that name.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes a stored blob; false when no blob has that name.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);
}
