namespace Kopdes.Shu.IO;

/// <summary>An input file and the SHA-256 of its bytes, recorded in every result for the audit trail.</summary>
/// <param name="Role">What the file is: <c>anggota</c>, <c>kebijakan</c> or <c>saldo</c>.</param>
/// <param name="Path">The path as given.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record InputFile(string Role, string Path, string Sha256);
