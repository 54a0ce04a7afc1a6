namespace Kopdes.Shu.Cli;

/// <summary>The keys of Resources/Strings.resx (Indonesian, the default) and Strings.en.resx.</summary>
internal static class TextKeys
{
    public const string RootDescription = nameof(RootDescription);

    public const string AllocateDescription = nameof(AllocateDescription);

    public const string ValidateDescription = nameof(ValidateDescription);

    public const string InitDescription = nameof(InitDescription);

    public const string ExplainDescription = nameof(ExplainDescription);

    public const string GenerateDescription = nameof(GenerateDescription);

    public const string MembersArgument = nameof(MembersArgument);

    public const string PolicyOption = nameof(PolicyOption);

    public const string BalancesOption = nameof(BalancesOption);

    public const string OutOption = nameof(OutOption);

    public const string ReportOption = nameof(ReportOption);

    public const string CultureOption = nameof(CultureOption);

    public const string LangOption = nameof(LangOption);

    public const string MemberOption = nameof(MemberOption);

    public const string DirArgument = nameof(DirArgument);

    public const string CountOption = nameof(CountOption);

    public const string SeedOption = nameof(SeedOption);

    public const string GenerateOutOption = nameof(GenerateOutOption);

    public const string BadCulture = nameof(BadCulture);

    public const string BadLang = nameof(BadLang);

    public const string InputErrors = nameof(InputErrors);

    public const string Warnings = nameof(Warnings);

    public const string NoProblems = nameof(NoProblems);

    public const string ProblemsFound = nameof(ProblemsFound);

    public const string OutputIsInput = nameof(OutputIsInput);

    public const string WriteFailed = nameof(WriteFailed);

    public const string ReadFailed = nameof(ReadFailed);

    public const string SummaryTitle = nameof(SummaryTitle);

    public const string SummaryShu = nameof(SummaryShu);

    public const string SummaryLoss = nameof(SummaryLoss);

    public const string SummaryFunds = nameof(SummaryFunds);

    public const string SummaryMembers = nameof(SummaryMembers);

    public const string SummaryChecks = nameof(SummaryChecks);

    public const string SummaryWritten = nameof(SummaryWritten);

    public const string UnknownMember = nameof(UnknownMember);

    public const string FileExists = nameof(FileExists);

    public const string Generated = nameof(Generated);

    public const string Reading = nameof(Reading);

    public const string Computing = nameof(Computing);

    public const string Writing = nameof(Writing);

    public const string UsageError = nameof(UsageError);

    public const string Unexpected = nameof(Unexpected);

    public const string VerboseOption = nameof(VerboseOption);

    public const string NameOption = nameof(NameOption);

    public const string HelpOption = nameof(HelpOption);

    public const string VersionOption = nameof(VersionOption);

    public const string NoCooperatives = nameof(NoCooperatives);

    public const string BatchSummary = nameof(BatchSummary);

    public const string CooperativesOption = nameof(CooperativesOption);

    public const string VerifyDescription = nameof(VerifyDescription);

    public const string ResultOption = nameof(ResultOption);

    public const string DifferencesOutOption = nameof(DifferencesOutOption);

    public const string VerifyAgrees = nameof(VerifyAgrees);

    public const string VerifyDiffers = nameof(VerifyDiffers);

    public const string VerifyMore = nameof(VerifyMore);

    public const string VerifyInputChanged = nameof(VerifyInputChanged);

    public const string RowWord = nameof(RowWord);

    public const string AuditDescription = nameof(AuditDescription);

    public const string AuditResultOption = nameof(AuditResultOption);

    public const string AuditOutOption = nameof(AuditOutOption);

    public const string AuditMoreMembers = nameof(AuditMoreMembers);

    public const string AuditClean = nameof(AuditClean);

    public const string AuditFlagged = nameof(AuditFlagged);

    public const string CompareDescription = nameof(CompareDescription);

    public const string ComparePolicyOption = nameof(ComparePolicyOption);

    public const string CompareOutOption = nameof(CompareOutOption);

    public const string CompareNeedsTwo = nameof(CompareNeedsTwo);

    public const string CompareSummaryLine = nameof(CompareSummaryLine);

    public const string CompareWritten = nameof(CompareWritten);

    public const string RedactOption = nameof(RedactOption);

    public const string SummaryZero = nameof(SummaryZero);

    public const string OutputTwice = nameof(OutputTwice);

    public const string OutputNotRegular = nameof(OutputNotRegular);

    public const string BadExtension = nameof(BadExtension);

    public const string InputNotFound = nameof(InputNotFound);

    public const string InputNotRegular = nameof(InputNotRegular);

    public const string IoDiskFull = nameof(IoDiskFull);

    public const string IoDenied = nameof(IoDenied);

    public const string IoNotFound = nameof(IoNotFound);

    public const string IoInUse = nameof(IoInUse);

    public const string IoOther = nameof(IoOther);

    public const string IoFailed = nameof(IoFailed);
    public const string SummaryCash = nameof(SummaryCash);
    public const string SummaryPerMember = nameof(SummaryPerMember);
    public const string SummaryPerMemberSheet = nameof(SummaryPerMemberSheet);
    public const string DateOption = nameof(DateOption);
    public const string BadDate = nameof(BadDate);
    public const string UnknownToken = nameof(UnknownToken);
    public const string DidYouMean = nameof(DidYouMean);
    public const string MissingCommand = nameof(MissingCommand);
    public const string MissingArgument = nameof(MissingArgument);
    public const string MissingOption = nameof(MissingOption);
    public const string BadValue = nameof(BadValue);
    public const string LinkSkipped = nameof(LinkSkipped);
    public const string Guide = nameof(Guide);
    public const string PressEnter = nameof(PressEnter);
    public const string FolderCheckSummary = nameof(FolderCheckSummary);
    public const string FolderProgress = nameof(FolderProgress);
    public const string FolderNoResult = nameof(FolderNoResult);
    public const string LastYearOption = nameof(LastYearOption);
    public const string JournalOption = nameof(JournalOption);
    public const string SummaryPartners = nameof(SummaryPartners);
    public const string SummaryPartnerSheet = nameof(SummaryPartnerSheet);
    public const string VerifyJournalOption = nameof(VerifyJournalOption);
    public const string VerifyJournalAgrees = nameof(VerifyJournalAgrees);
    public const string SummaryNonMember = nameof(SummaryNonMember);
}
