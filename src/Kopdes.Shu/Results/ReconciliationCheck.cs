namespace Kopdes.Shu.Results;

/// <summary>One reconciliation check: two sums computed independently that must be equal to the rupiah.</summary>
public sealed class ReconciliationCheck
{
    internal ReconciliationCheck(string code, string descriptionId, string descriptionEn, decimal expected, decimal actual)
    {
        Code = code;
        DescriptionId = descriptionId;
        DescriptionEn = descriptionEn;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>
    /// A stable code: <c>funds.top</c>, <c>funds.children:anggota</c>, <c>pool:jasa_modal</c>, <c>members.gross</c>,
    /// <c>members.net</c>, <c>members.cash</c>, <c>shu.total</c>.
    /// </summary>
    public string Code { get; }

    /// <summary>What is checked, in Indonesian.</summary>
    internal string DescriptionId { get; }

    /// <summary>What is checked, in English.</summary>
    internal string DescriptionEn { get; }

    /// <summary>The amount it must come to.</summary>
    public decimal Expected { get; }

    /// <summary>The amount it came to.</summary>
    public decimal Actual { get; }

    /// <summary>True when <see cref="Expected"/> equals <see cref="Actual"/> exactly.</summary>
    public bool Passed => Expected == Actual;

    /// <summary>The description in <paramref name="language"/>.</summary>
    public string Description(Language language) => language == Language.English ? DescriptionEn : DescriptionId;

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {(Passed ? "passed" : "failed")} ({Expected} = {Actual})";
}
