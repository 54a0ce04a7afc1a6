namespace Kopdes.Shu.Results;

/// <summary>One reconciliation check: two sums computed independently that must be equal to the rupiah.</summary>
/// <param name="Code">A stable code: <c>funds.top</c>, <c>funds.children:anggota</c>, <c>pool:jasa_modal</c>, <c>members.gross</c>, <c>members.net</c>, <c>members.cash</c>, <c>shu.total</c>.</param>
/// <param name="DescriptionId">What is checked, in Indonesian.</param>
/// <param name="DescriptionEn">What is checked, in English.</param>
/// <param name="Expected">The amount it must come to.</param>
/// <param name="Actual">The amount it came to.</param>
public sealed record ReconciliationCheck(string Code, string DescriptionId, string DescriptionEn, decimal Expected, decimal Actual)
{
    /// <summary>True when <see cref="Expected"/> equals <see cref="Actual"/> exactly.</summary>
    public bool Passed => Expected == Actual;

    /// <summary>The description in <paramref name="language"/>.</summary>
    public string Description(Language language) => language == Language.English ? DescriptionEn : DescriptionId;
}
