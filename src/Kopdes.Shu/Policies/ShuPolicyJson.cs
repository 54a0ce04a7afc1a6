using System.Text;
using System.Text.Json;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Text;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Policies;

/// <summary>
/// The policy file (<c>kebijakan.json</c>) of <c>formats.md</c>: read with every problem reported, written
/// deterministically, and described by a JSON Schema (<see cref="Schema"/>). Keys match case-insensitively (and
/// <c>_</c> is ignored); an unknown key or a key given twice is an error, so a typo never passes silently.
/// </summary>
/// <example>
/// <code>
/// PolicyReadResult read = ShuPolicyJson.Read(File.ReadAllText("kebijakan.json"));
/// if (read.Policy is { } policy) { /* ... */ }
/// </code>
/// </example>
public static class ShuPolicyJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<string> SchemaText = new(LoadSchema);

    /// <summary>The JSON Schema (draft 2020-12) of the policy file.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Reads a policy from JSON text.</summary>
    public static PolicyReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return new PolicyReadResult(null, [IssueCatalog.InvalidJson((int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1)]);
        }

        using (document)
        {
            var reader = new Reader();
            var policy = reader.ReadPolicy(document.RootElement);
            var failed = reader.Issues.Exists(i => i.IsError);
            return new PolicyReadResult(failed ? null : policy, reader.Issues);
        }
    }

    /// <summary>Writes the policy as indented JSON with the keys of <c>formats.md</c>; the same policy always gives the same text.</summary>
    public static string Write(ShuPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            WriteIfSet(writer, "cooperative", policy.Cooperative);
            if (policy.Year is { } year)
            {
                writer.WriteNumber("year", year);
            }

            WriteIfSet(writer, "decision", policy.Decision);
            if (policy.Kopdes is { } kopdes)
            {
                writer.WriteBoolean("kopdes", kopdes);
            }

            if (policy.Shu is { } shu)
            {
                writer.WriteNumber("shu", shu);
            }

            if (policy.Units.Count > 0)
            {
                writer.WriteStartArray("units");
                foreach (var unit in policy.Units)
                {
                    writer.WriteStartObject();
                    writer.WriteString("code", unit.Code);
                    writer.WriteNumber("shu", unit.Shu);
                    if (unit.Total is { } unitTotal)
                    {
                        writer.WriteNumber("total", unitTotal);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteNumber("roundingUnit", policy.RoundingUnit);
            WriteFunds(writer, policy.Funds);
            writer.WriteStartArray("eligible");
            foreach (var status in policy.Eligible)
            {
                writer.WriteStringValue(status.ToCode());
            }

            writer.WriteEndArray();
            writer.WriteNumber("minimumPayout", policy.MinimumPayout);
            WriteIfSet(writer, "minimumPayoutFund", policy.MinimumPayoutFund);
            writer.WriteStartObject("tax");
            writer.WriteNumber("rate", policy.TaxRate);
            writer.WriteEndObject();
            if (policy.CashUnit is { } cashUnit)
            {
                writer.WriteNumber("cashUnit", cashUnit);
            }

            if (!policy.Accounts.IsDefault)
            {
                writer.WriteStartObject("accounts");
                writer.WriteString("shu", policy.Accounts.Shu);
                writer.WriteString("memberPayable", policy.Accounts.MemberPayable);
                writer.WriteString("voluntarySavings", policy.Accounts.VoluntarySavings);
                writer.WriteString("taxPayable", policy.Accounts.TaxPayable);
                writer.WriteString("partnerPayable", policy.Accounts.PartnerPayable);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFunds(Utf8JsonWriter writer, IReadOnlyList<FundPolicy> funds)
    {
        writer.WriteStartArray("funds");
        foreach (var fund in funds)
        {
            writer.WriteStartObject();
            writer.WriteString("code", fund.Code);
            WriteIfSet(writer, "name", fund.Name);
            writer.WriteNumber("percent", fund.Percent);
            if (fund.Reserve)
            {
                writer.WriteBoolean("reserve", true);
            }

            if (fund.Village)
            {
                writer.WriteBoolean("village", true);
            }

            if (fund.IsPool)
            {
                writer.WriteStartArray("basis");
                foreach (var column in fund.Basis)
                {
                    writer.WriteStringValue(column);
                }

                writer.WriteEndArray();
                writer.WriteString("savings", fund.Savings == SavingsBasis.MonthlyAverage ? "monthly-average" : "year-end");
                writer.WriteBoolean("perUnit", fund.PerUnit);
                if (fund.Total is { } total)
                {
                    writer.WriteNumber("total", total);
                }

                if (fund.NonMemberFund is { } receiver)
                {
                    writer.WriteString("nonMemberFund", receiver);
                }

                if (fund.Account is { } account)
                {
                    writer.WriteString("account", account);
                }

                if (fund.Eligible is { } eligible)
                {
                    writer.WriteStartArray("eligible");
                    foreach (var status in eligible)
                    {
                        writer.WriteStringValue(status.ToCode());
                    }

                    writer.WriteEndArray();
                }
            }

            if (fund.IsParent)
            {
                WriteFunds(writer, fund.Funds);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, value);
        }
    }

    private static string LoadSchema()
    {
        using var stream = typeof(ShuPolicyJson).Assembly.GetManifestResourceStream("Kopdes.Shu.kebijakan.schema.json")
            ?? throw new InvalidOperationException("The policy schema is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Walks the document once, collecting every problem with its JSON path.</summary>
    private sealed class Reader
    {
        private static readonly string[] PolicyKeys =
            ["cooperative", "year", "decision", "kopdes", "shu", "units", "roundingUnit", "funds", "eligible", "minimumPayout", "minimumPayoutFund", "tax", "cashUnit", "accounts"];

        private static readonly string[] AccountKeys = ["shu", "memberPayable", "voluntarySavings", "taxPayable", "partnerPayable"];

        private static readonly string[] FundKeys = ["code", "name", "percent", "reserve", "village", "funds", "basis", "savings", "perUnit", "total", "nonMemberFund", "eligible", "account"];

        private static readonly string[] UnitKeys = ["code", "shu", "total"];

        private static readonly string[] TaxKeys = ["rate"];

        // The Kebijakan sheet's Indonesian names, accepted as aliases of the English keys: one vocabulary for the
        // sheet and the JSON. "tarif_pajak" is the rate itself, as in the sheet, where "tax" is an object.
        private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
        {
            ["koperasi"] = "cooperative", ["tahun"] = "year", ["keputusanrat"] = "decision", ["unit"] = "units",
            ["satuanpembulatan"] = "roundingunit", ["dana"] = "funds", ["anggotaberhak"] = "eligible",
            ["pembayaranminimum"] = "minimumpayout", ["danapembayaranminimum"] = "minimumpayoutfund", ["tarifpajak"] = "taxrate",
            ["satuantunai"] = "cashunit", ["kode"] = "code", ["nama"] = "name", ["persen"] = "percent", ["cadangan"] = "reserve",
            ["desa"] = "village", ["dasar"] = "basis", ["simpanan"] = "savings", ["perunit"] = "perunit", ["tarif"] = "rate",
            ["jumlahdasar"] = "total", ["dananonanggota"] = "nonmemberfund", ["berhak"] = "eligible", ["akun"] = "account", ["daftarakun"] = "accounts", ["utangshu"] = "memberpayable", ["simpanansukarela"] = "voluntarysavings", ["utangpajak"] = "taxpayable", ["utangshupenyerta"] = "partnerpayable",
        };

        // An alias counts as its key: "persen" and "percent" in one fund is a key given twice; "tarif_pajak" and "tax" too.
        private static string Canonical(string key) => Aliases.GetValueOrDefault(key, key) is var english && english == "taxrate" ? "tax" : english;

        /// <summary>The Indonesian names of <paramref name="known"/>, for the nearest-name hint.</summary>
        private static IEnumerable<string> WithAliases(string[] known) =>
            known.Concat(Aliases.Where(a => known.Any(k => Key(k) == a.Value || (a.Value == "taxrate" && k == "tax"))).Select(a => a.Key));

        public List<Issue> Issues { get; } = [];

        public ShuPolicy ReadPolicy(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Issues.Add(IssueCatalog.InvalidValue("(root)", "objek JSON", "a JSON object"));
                return new ShuPolicy();
            }

            var policy = new ShuPolicy();
            foreach (var (property, key, path) in Properties(root, null, PolicyKeys))
            {
                var value = property.Value;
                policy = key switch
                {
                    "cooperative" => policy with { Cooperative = Text(value, path) },
                    "year" => policy with { Year = Integer(value, path) },
                    "decision" => policy with { Decision = Text(value, path) },
                    "kopdes" => policy with { Kopdes = Boolean(value, path) },
                    "shu" => policy with { Shu = Number(value, path) },
                    "units" => policy with { Units = Array(value, path, ReadUnit) },
                    "roundingunit" => policy with { RoundingUnit = Number(value, path) ?? 1m },
                    "funds" => policy with { Funds = Array(value, path, ReadFund) },
                    "eligible" => policy with { Eligible = ReadEligible(value, path) },
                    "minimumpayout" => policy with { MinimumPayout = Number(value, path) ?? 0m },
                    "minimumpayoutfund" => policy with { MinimumPayoutFund = Text(value, path) },
                    "tax" => policy with { TaxRate = Key(property.Name) == "tax" ? ReadTax(value, path) : Number(value, path) ?? 0m },
                    "cashunit" => policy with { CashUnit = Number(value, path) },
                    "accounts" => policy with { Accounts = ReadAccounts(value, path) },
                    _ => policy,
                };
            }

            return policy;
        }

        private static string Key(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

        /// <summary>
        /// An object's known properties, each with its matching key and JSON path. An unknown key is an error naming
        /// the nearest known one; a key given twice (also in another case) is an error: neither would let a reader of
        /// the file see what the calculation uses.
        /// </summary>
        private IEnumerable<(JsonProperty Property, string Key, string Path)> Properties(JsonElement element, string? path, string[] known)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var at = path is null ? property.Name : $"{path}.{property.Name}";
                var key = Canonical(Key(property.Name));
                if (path is null && property.Name == "$schema")
                {
                    continue;
                }

                if (!known.Any(k => Key(k) == key))
                {
                    Issues.Add(IssueCatalog.UnknownKey(at, Spelling.Nearest(property.Name, WithAliases(known))));
                }
                else if (seen.TryGetValue(key, out var first))
                {
                    Issues.Add(IssueCatalog.DuplicateKey(at, first, property.Name));
                }
                else
                {
                    seen.Add(key, property.Name);
                    yield return (property, key, at);
                }
            }
        }

        private BusinessUnit? ReadUnit(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var unit = new BusinessUnit(string.Empty, 0m);
            foreach (var (property, key, at) in Properties(element, path, UnitKeys))
            {
                unit = key switch
                {
                    "code" => unit with { Code = Text(property.Value, at) ?? string.Empty },
                    "total" => unit with { Total = Number(property.Value, at) },
                    _ => unit with { Shu = Number(property.Value, at) ?? 0m },
                };
            }

            return unit;
        }

        private FundPolicy? ReadFund(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var fund = new FundPolicy(string.Empty, 0m);
            var hasPercent = false;
            foreach (var (property, key, at) in Properties(element, path, FundKeys))
            {
                var value = property.Value;
                switch (key)
                {
                    case "code":
                        fund = fund with { Code = Text(value, at) ?? string.Empty };
                        break;
                    case "name":
                        fund = fund with { Name = Text(value, at) };
                        break;
                    case "percent":
                        hasPercent = true;
                        fund = fund with { Percent = Number(value, at) ?? 0m };
                        break;
                    case "reserve":
                        fund = fund with { Reserve = Boolean(value, at) ?? false };
                        break;
                    case "village":
                        fund = fund with { Village = Boolean(value, at) ?? false };
                        break;
                    case "funds":
                        fund = fund with { Funds = Array(value, at, ReadFund) };
                        break;
                    case "basis":
                        fund = fund with { Basis = ReadBasis(value, at) };
                        break;
                    case "savings":
                        fund = fund with { Savings = ReadSavings(value, at) };
                        break;
                    case "perunit":
                        fund = fund with { PerUnit = Boolean(value, at) ?? false };
                        break;
                    case "total":
                        fund = fund with { Total = Number(value, at) };
                        break;
                    case "nonmemberfund":
                        fund = fund with { NonMemberFund = Text(value, at) };
                        break;
                    case "eligible":
                        fund = fund with { Eligible = ReadEligible(value, at) };
                        break;
                    case "account":
                        fund = fund with { Account = Text(value, at) };
                        break;
                }
            }

            if (!hasPercent)
            {
                Issues.Add(IssueCatalog.InvalidValue(path + ".percent", "angka persentase", "a percentage"));
            }

            return fund;
        }

        // "basis" is a list of columns, or one string joined by '+' as the Kebijakan sheet writes it.
        private string[] ReadBasis(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return element.GetString()!.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }

            return [.. Array(element, path, (e, p) => Text(e, p))];
        }

        private SavingsBasis ReadSavings(JsonElement element, string path)
        {
            switch (Text(element, path) is { } text ? ColumnNames.Loose(text) : null)
            {
                case null or "yearend" or "akhirtahun":
                    return SavingsBasis.YearEnd;
                case "monthlyaverage" or "ratarata" or "rataratabulanan":
                    return SavingsBasis.MonthlyAverage;
                default:
                    Issues.Add(IssueCatalog.InvalidValue(path, "\"year-end\" atau \"monthly-average\"", "\"year-end\" or \"monthly-average\""));
                    return SavingsBasis.YearEnd;
            }
        }

        private MemberStatus[] ReadEligible(JsonElement element, string path)
        {
            var statuses = new List<MemberStatus>();
            foreach (var text in Array(element, path, (e, p) => Text(e, p)).Select((t, i) => (t, i)))
            {
                if (string.IsNullOrWhiteSpace(text.t) || !MemberStatuses.TryParse(text.t, out var status))
                {
                    Issues.Add(IssueCatalog.UnknownEligibleStatus(text.t, $"{path}[{text.i}]"));
                }
                else if (!statuses.Contains(status))
                {
                    statuses.Add(status);
                }
            }

            return [.. statuses];
        }

        private JournalAccounts ReadAccounts(JsonElement element, string path)
        {
            var accounts = new JournalAccounts();
            if (!IsObject(element, path))
            {
                return accounts;
            }

            foreach (var (property, key, at) in Properties(element, path, AccountKeys))
            {
                var code = Text(property.Value, at) ?? string.Empty;
                accounts = key switch
                {
                    "shu" => accounts.With(shu: code),
                    "memberpayable" => accounts.With(memberPayable: code),
                    "voluntarysavings" => accounts.With(voluntarySavings: code),
                    "partnerpayable" => accounts.With(partnerPayable: code),
                    _ => accounts.With(taxPayable: code),
                };
            }

            return accounts;
        }

        private decimal ReadTax(JsonElement element, string path)
        {
            if (!IsObject(element, path))
            {
                return 0m;
            }

            var rate = 0m;
            foreach (var (property, _, at) in Properties(element, path, TaxKeys))
            {
                rate = Number(property.Value, at) ?? 0m;
            }

            return rate;
        }

        private T[] Array<T>(JsonElement element, string path, Func<JsonElement, string, T?> read)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Issues.Add(IssueCatalog.InvalidValue(path, "daftar (array)", "a list (array)"));
                return [];
            }

            var items = new List<T>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (read(item, $"{path}[{index++}]") is { } value)
                {
                    items.Add(value);
                }
            }

            return [.. items];
        }

        private bool IsObject(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Issues.Add(IssueCatalog.InvalidValue(path, "objek JSON", "a JSON object"));
            return false;
        }

        private string? Text(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.String ? element.GetString() : Invalid(element, path, "teks", "text", (string?)null);

        private decimal? Number(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value)
                ? value
                : Invalid(element, path, "angka", "a number", (decimal?)null);

        private int? Integer(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
                ? value
                : Invalid(element, path, "bilangan bulat", "a whole number", (int?)null);

        // Not a value of the kind expected: none, and an issue unless it is null (a key given as null means not given).
        private T Invalid<T>(JsonElement element, string path, string expectedId, string expectedEn, T none)
        {
            if (element.ValueKind != JsonValueKind.Null)
            {
                Issues.Add(IssueCatalog.InvalidValue(path, expectedId, expectedEn));
            }

            return none;
        }

        private bool? Boolean(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.Null:
                    return null;
                default:
                    Issues.Add(IssueCatalog.InvalidValue(path, "true atau false", "true or false"));
                    return null;
            }
        }
    }
}
