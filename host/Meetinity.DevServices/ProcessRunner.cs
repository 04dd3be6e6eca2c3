using System.Diagnostics;
using System.Text;

namespace Meetinity.DevServices;

/// <summary>Runs a command to completion, as another user when asked, and fails with its output.</summary>
internal static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task<string> RunAsync(string file, IReadOnlyList<string> arguments, string? asUser = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo
        {
            FileName = asUser is null ? file : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            foreach (var prefix in new[] { "-u", asUser, "--", file })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        output.Append(await stdout).Append(await stderr);
        return process.ExitCode == 0
            ? output.ToString()
            : throw new InvalidOperationException($"{Path.GetFileName(file)} exited with code {process.ExitCode}: {output}");
    }
}
