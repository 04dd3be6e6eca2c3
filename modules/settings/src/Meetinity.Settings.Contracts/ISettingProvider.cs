namespace Meetinity.Settings;

/// <summary>The current value of any defined setting; cheap (served from memory, kept fresh on every instance).</summary>
public interface ISettingProvider
{
    string? Get(string name);

    int GetInt(string name);

    bool GetBool(string name);

    IReadOnlyList<string> GetList(string name);
}
