namespace ToyRec.Cli;

/// <summary>Checks a folder option (<c>--out</c>, <c>--models</c>) before anything is written into it.</summary>
internal static class OutputFolder
{
    /// <summary>Creates the folder if needed; a usage error for an empty path or a path that is a file.</summary>
    public static string Prepare(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new UsageException($"{option} was given an empty path; expected a folder.");
        if (File.Exists(path))
            throw new UsageException($"{option} '{path}' is a file; expected a folder.");
        Directory.CreateDirectory(path);
        return path;
    }
}
