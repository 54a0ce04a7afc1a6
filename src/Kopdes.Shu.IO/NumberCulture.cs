namespace Kopdes.Shu.IO;

/// <summary>How numbers are written in a treasurer's file.</summary>
public enum NumberCulture
{
    /// <summary>Decided from the file: a CSV separated by <c>;</c> is Indonesian, otherwise international.</summary>
    Auto = 0,

    /// <summary>International: <c>1234567.89</c> (a <c>,</c> between groups of three digits is allowed).</summary>
    International = 1,

    /// <summary>Indonesian (id-ID), as Excel writes CSV in Indonesia: <c>1.234.567,89</c>.</summary>
    Indonesian = 2,
}
