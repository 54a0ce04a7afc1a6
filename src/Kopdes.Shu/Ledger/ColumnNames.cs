namespace Kopdes.Shu.Ledger;

/// <summary>
/// The ledger's column names as <c>formats.md</c> gives them, and the loose matching of names: case,
/// spaces, <c>_</c> and <c>-</c> are ignored and the English aliases are accepted, so
/// <c>No Anggota</c>, <c>no_anggota</c>, <c>NO-ANGGOTA</c> and <c>member_id</c> are one column.
/// </summary>
internal static class ColumnNames
{
    /// <summary>Member id (<c>member_id</c>).</summary>
    public const string MemberId = "no_anggota";

    /// <summary>Member name (<c>name</c>).</summary>
    public const string Name = "nama";

    /// <summary>Member status (<c>status</c>).</summary>
    public const string Status = "status";

    /// <summary>Date the member joined (<c>joined</c>).</summary>
    public const string Joined = "tanggal_masuk";

    /// <summary>Date the member left (<c>exited</c>).</summary>
    public const string Exited = "tanggal_keluar";

    /// <summary>Principal savings, <i>simpanan pokok</i> (<c>savings_principal</c>).</summary>
    public const string SavingsPrincipal = "simpanan_pokok";

    /// <summary>Mandatory savings, <i>simpanan wajib</i> (<c>savings_mandatory</c>).</summary>
    public const string SavingsMandatory = "simpanan_wajib";

    /// <summary>Voluntary savings, <i>simpanan sukarela</i> (<c>savings_voluntary</c>).</summary>
    public const string SavingsVoluntary = "simpanan_sukarela";

    /// <summary>Total business with the cooperative, <i>transaksi</i> (<c>transactions</c>).</summary>
    public const string Transactions = "transaksi";

    /// <summary>The national id number (NIK); optional, read for the audit only, masked in every output.</summary>
    public const string NationalId = "nik";

    private const string UnitPrefix = "transaksi:";
    private const string EnglishUnitPrefix = "transactions:";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["memberid"] = "noanggota",
        ["name"] = "nama",
        ["joined"] = "tanggalmasuk",
        ["exited"] = "tanggalkeluar",
        ["savingsprincipal"] = "simpananpokok",
        ["savingsmandatory"] = "simpananwajib",
        ["savingsvoluntary"] = "simpanansukarela",
        ["transactions"] = "transaksi",
        ["nationalid"] = "nik",
    };

    private static readonly Dictionary<string, string> Canonicals = new(StringComparer.Ordinal)
    {
        ["noanggota"] = MemberId,
        ["nama"] = Name,
        ["status"] = Status,
        ["tanggalmasuk"] = Joined,
        ["tanggalkeluar"] = Exited,
        ["simpananpokok"] = SavingsPrincipal,
        ["simpananwajib"] = SavingsMandatory,
        ["simpanansukarela"] = SavingsVoluntary,
        ["transaksi"] = Transactions,
        ["nik"] = NationalId,
    };

    /// <summary>The column of transactions in one business unit: <c>transaksi:sembako</c>.</summary>
    public static string UnitTransactions(string unitCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        return UnitPrefix + unitCode.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// The name <c>formats.md</c> uses for a column: <c>Savings Mandatory</c> becomes <c>simpanan_wajib</c>;
    /// a name it does not know is lower-cased with spaces and <c>-</c> written as <c>_</c>.
    /// </summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        if (Canonicals.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        var trimmed = name.Trim().ToLowerInvariant();
        if (key.StartsWith(UnitPrefix, StringComparison.Ordinal))
        {
            return UnitPrefix + trimmed[(trimmed.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }

        return trimmed.Replace(' ', '_').Replace('-', '_');
    }

    /// <summary>True when the two names denote the same column under the loose matching rule.</summary>
    public static bool Match(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>True for a savings column: <c>simpanan_pokok</c>, <c>simpanan_wajib</c>, <c>simpanan_sukarela</c> or any other <c>simpanan*</c>.</summary>
    public static bool IsSavings(string name) => Key(name).StartsWith("simpanan", StringComparison.Ordinal);

    /// <summary>True for the transactions column or a business unit's (<c>transaksi</c>, <c>transaksi:sembako</c>, English aliases too).</summary>
    public static bool IsTransactions(string name) => Key(name).StartsWith(Transactions, StringComparison.Ordinal);

    /// <summary>The matching key: lower case, no spaces, <c>_</c> or <c>-</c>, English aliases mapped.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Loose(name);
        if (Aliases.TryGetValue(key, out var alias))
        {
            return alias;
        }

        return key.StartsWith(EnglishUnitPrefix, StringComparison.Ordinal)
            ? UnitPrefix + key[EnglishUnitPrefix.Length..]
            : key;
    }

    /// <summary>Lower case without spaces, <c>_</c> or <c>-</c>: how names and codes are compared loosely.</summary>
    public static string Loose(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c is ' ' or '_' or '-' or '\t' or '\u00A0')
            {
                continue;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }
}
