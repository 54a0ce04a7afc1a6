using Kopdes.Shu.Ledger;
using System.Text;
using Kopdes.Shu.IO.Inputs;

namespace Kopdes.Shu.IO.Tests;

public sealed class SyntheticCooperativeTests
{
    [Theory]
    [InlineData(3, "KMP-00001", "KMP-00003")]
    [InlineData(123_456, "KMP-000001", "KMP-123456")]
    public void Member_numbers_are_all_as_wide_as_the_largest_so_the_list_sorts_by_number(int members, string first, string last)
    {
        var (_, ledger, _) = SyntheticCooperative.Generate(members, withBalances: false);

        Assert.Equal(first, Encoding.UTF8.GetString(LedgerColumns.IdUtf8(ledger, 0)));
        Assert.Equal(last, Encoding.UTF8.GetString(LedgerColumns.IdUtf8(ledger, members - 1)));
        var outOfOrder = Enumerable.Range(1, members - 1).Where(i => LedgerColumns.IdUtf8(ledger, i - 1).SequenceCompareTo(LedgerColumns.IdUtf8(ledger, i)) >= 0);
        Assert.Empty(outOfOrder);
    }
}
