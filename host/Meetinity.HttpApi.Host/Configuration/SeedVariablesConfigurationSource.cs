using System.Collections;
using DotNetEnv;

namespace Meetinity.HttpApi.Host.Configuration;

/// <summary>
/// Reads the original service's variables from the environment and, when asked, from a
/// <c>.env</c> file (as python-dotenv did: the real environment wins over the file).
/// </summary>
internal sealed class SeedVariablesConfigurationSource(string? dotEnvPath, IDictionary? environment = null) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new Provider(dotEnvPath, environment ?? Environment.GetEnvironmentVariables());

    private sealed class Provider(string? dotEnvPath, IDictionary environment) : ConfigurationProvider
    {
        public override void Load()
        {
            var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in environment)
            {
                variables[(string)entry.Key] = (string?)entry.Value;
            }

            if (dotEnvPath is not null && File.Exists(dotEnvPath))
            {
                foreach (var (name, value) in Env.NoEnvVars().Load(dotEnvPath))
                {
                    if (variables.TryAdd(name, value))
                    {
                        Data[name.Replace("__", ":", StringComparison.Ordinal)] = value;
                    }
                }
            }

            foreach (var (variable, key) in SeedVariables.Keys)
            {
                if (variables.TryGetValue(variable, out var value))
                {
                    Data[key] = value;
                }
            }
        }
    }
}
