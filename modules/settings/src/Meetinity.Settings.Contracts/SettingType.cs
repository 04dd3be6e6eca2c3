namespace Meetinity.Settings;

public enum SettingType
{
    String,
    Integer,
    Boolean,
    StringList,
}
