using Kopdes.Shu.Policies;

namespace Kopdes.Shu.Engine;

/// <summary>A fund of the policy tree, flattened parents-first, with the units it was apportioned.</summary>
internal sealed class FundNode(FundPolicy fund, int parent, int depth, decimal percentOfShu)
{
    public FundPolicy Fund { get; } = fund;

    public int Parent { get; } = parent;

    public int Depth { get; } = depth;

    public decimal PercentOfShu { get; } = percentOfShu;

    public long Units { get; set; }

    public static List<FundNode> Flatten(IReadOnlyList<FundPolicy> funds)
    {
        var nodes = new List<FundNode>();
        void Add(IReadOnlyList<FundPolicy> siblings, int parent, int depth, decimal parentShare)
        {
            foreach (var fund in siblings)
            {
                var share = parentShare * fund.Percent / 100m;
                nodes.Add(new FundNode(fund, parent, depth, share));
                Add(fund.Funds, nodes.Count - 1, depth + 1, share);
            }
        }

        Add(funds, -1, 0, 100m);
        return nodes;
    }
}
