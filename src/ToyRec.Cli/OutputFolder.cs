namespace ToyRec.Cli;

/// <summary>Checks a folder option (<c>--out</c>, <c>--models</c>) before anything is written into it.</summary>
internal static class OutputFolder
{
    /// <summary>
    /// Creates the folder if needed and checks that a file can be written there, so that a command fails before its
    /// work rather than after it (training takes a minute). A usage error for an empty path or a path that is a file.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be created or written, with the option and path.</exception>
    public static string Prepare(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new UsageException($"{option} was given an empty path; expected a folder.");
        if (File.Exists(path))
            throw new UsageException($"{option} '{path}' is a file; expected a folder.");
        if (FileAbove(path) is { } file)
            throw new UsageException($"{option} '{path}' is inside '{file}', which is a file; expected a folder.");
        try
        {
            Directory.CreateDirectory(path);
            string probe = Path.Combine(path, $".toyrec-write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{option} '{path}' cannot be written: {e.Message}", e);
        }

        return path;
    }

    /// <summary>The nearest folder above <paramref name="path"/> that is in fact a file, or null.</summary>
    public static string? FileAbove(string path)
    {
        for (string? above = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(above);
             above = Path.GetDirectoryName(above))
        {
            if (File.Exists(above))
                return above;
        }

        return null;
    }
}
