namespace Kopdes.Shu;

/// <summary>The language of messages and explanations. Indonesian is the default everywhere.</summary>
public enum Language
{
    /// <summary>Bahasa Indonesia.</summary>
    Indonesian = 0,

    /// <summary>English.</summary>
    English = 1,
}
