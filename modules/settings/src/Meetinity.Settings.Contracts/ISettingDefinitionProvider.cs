namespace Meetinity.Settings;

/// <summary>Implemented by each module that has settings; registered in DI.</summary>
public interface ISettingDefinitionProvider
{
    IEnumerable<SettingDefinition> Definitions { get; }
}
