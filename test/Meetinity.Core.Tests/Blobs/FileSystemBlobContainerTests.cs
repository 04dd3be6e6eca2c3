using Meetinity.Core.Blobs;

namespace Meetinity.Core.Tests.Blobs;

public sealed class FileSystemBlobContainerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"blob-tests-{Guid.NewGuid():N}");
    private readonly FileSystemBlobContainer _blobs;

    public FileSystemBlobContainerTests() => _blobs = new FileSystemBlobContainer(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Saved_blobs_get_generated_names_and_read_back()
    {
        var name = await _blobs.SaveAsync(new MemoryStream([1, 2, 3]), "png");

        name.ShouldMatch("^[a-f0-9]{32}\\.png$");
        await using var stream = await _blobs.OpenReadAsync(name);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);
        copy.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        Directory.GetFiles(_root).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Two_saves_never_share_a_name()
    {
        var first = await _blobs.SaveAsync(new MemoryStream([1]), "jpg");
        var second = await _blobs.SaveAsync(new MemoryStream([1]), "jpg");

        first.ShouldNotBe(second);
    }

    [Fact]
    public async Task Deleting_removes_the_blob_once()
    {
        var name = await _blobs.SaveAsync(new MemoryStream([1]), "webp");

        (await _blobs.DeleteAsync(name)).ShouldBeTrue();
        (await _blobs.DeleteAsync(name)).ShouldBeFalse();
        (await _blobs.OpenReadAsync(name)).ShouldBeNull();
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData("0123456789abcdef0123456789abcdef.png/../../x")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF.png")]
    [InlineData("")]
    public async Task Names_it_did_not_generate_do_not_exist(string name)
    {
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "outside.txt"), "x");

        (await _blobs.OpenReadAsync(name)).ShouldBeNull();
        (await _blobs.DeleteAsync(name)).ShouldBeFalse();
        File.Exists(Path.Combine(Path.GetTempPath(), "outside.txt")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("PNG")]
    [InlineData("")]
    [InlineData("toolong")]
    public async Task Extensions_are_short_lower_case_words(string extension)
    {
        await Should.ThrowAsync<ArgumentException>(() => _blobs.SaveAsync(new MemoryStream([1]), extension));
        Directory.GetFiles(_root).ShouldBeEmpty();
    }
}
