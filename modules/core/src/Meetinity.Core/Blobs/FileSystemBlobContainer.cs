namespace Meetinity.Core.Blobs;

/// <summary>
/// Keeps blobs as files in one folder (a volume every instance shares). Writes go to a
/// temporary file first, so a reader never sees half a blob.
/// </summary>
public sealed class FileSystemBlobContainer : IBlobContainer
{
    private readonly string _root;

    public FileSystemBlobContainer(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = BlobName.Generate(extension);
        var temporary = Path.Combine(_root, $".{name}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, Path.Combine(_root, name));
            return name;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        Stream? stream = path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        if (path is null || !File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    private string? PathOf(string name) => BlobName.IsValid(name) ? Path.Combine(_root, name) : null;
}
