using System.Globalization;

namespace ToyRec;

/// <summary>
/// Where ToyRec looks for its input files, for the CLI and the server alike: the path the user gave, else an
/// environment variable, else the first default path that exists relative to the current directory.
/// </summary>
public static class DataFiles
{
    /// <summary>Environment variable naming the catalogue CSV.</summary>
    public const string CatalogVariable = "TOYREC_DATA";

    /// <summary>Environment variable naming the interaction log.</summary>
    public const string InteractionsVariable = "TOYREC_INTERACTIONS";

    /// <summary>Default catalogue paths, in the order they are tried.</summary>
    public static IReadOnlyList<string> CatalogDefaults { get; } =
    [
        "data/amazon_co-ecommerce_sample.csv",
        "../shared/data/amazon_co-ecommerce_sample.csv",
    ];

    /// <summary>Default interaction-log paths, in the order they are tried.</summary>
    public static IReadOnlyList<string> InteractionDefaults { get; } =
    [
        "data/amazon_toys_5core/sequential.txt",
        "../shared/data/amazon_toys_5core/sequential.txt",
    ];

    /// <summary>Where to get the catalogue when none is found.</summary>
    public const string CatalogHint =
        "Download amazon_co-ecommerce_sample.csv from " +
        "https://www.kaggle.com/datasets/PromptCloudHQ/toy-products-on-amazon and put it at " +
        "data/amazon_co-ecommerce_sample.csv, or pass --data PATH, or set TOYREC_DATA.";

    /// <summary>
    /// The file to read. A given path or variable that names no file is an error; when neither is set and no
    /// default exists, the result is null if <paramref name="hint"/> is null, else an error ending with the hint.
    /// </summary>
    /// <param name="given">The path the user gave (an option or setting), or null.</param>
    /// <param name="variable">The environment variable consulted next.</param>
    /// <param name="defaults">The default paths, tried in order.</param>
    /// <param name="what">What the file is, for messages ("catalogue").</param>
    /// <param name="hint">What to do when nothing is found, or null when finding nothing is allowed.</param>
    /// <exception cref="DataFileException">The file asked for does not exist, or nothing was found.</exception>
    public static string? Locate(string? given, string variable, IReadOnlyList<string> defaults, string what,
        string? hint)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (given is not null)
            return Existing(given, $"The {what} file '{given}' given with the option");

        string? fromEnvironment = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Existing(fromEnvironment, $"${variable} is '{fromEnvironment}', but that file");

        string? found = defaults.FirstOrDefault(IsReadableFile);
        if (found is not null || hint is null)
            return found;
        string looked = string.Join(" and ", defaults);
        throw new DataFileException(
            $"No {what} found: looked for {looked} from {Environment.CurrentDirectory}. {hint}");
    }

    /// <summary>The largest input file read: about a hundred times the Kaggle catalogue, well within memory.</summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>
    /// Reads a whole file of at most <see cref="MaxFileBytes"/>. The cap is checked while reading, because a device
    /// or pipe (<c>/dev/zero</c>, <c>&lt;(zcat ...)</c>) has no length to check first, and reading one without
    /// an end would otherwise run until memory is gone.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for the message ("catalogue").</param>
    /// <param name="maxBytes">The cap; the default is <see cref="MaxFileBytes"/>.</param>
    /// <exception cref="DataFileException">The file holds more than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadAllBytesBounded(string path, string what, long maxBytes = MaxFileBytes)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        // A regular file says its size: one too big is refused before a byte is read.
        if (file.CanSeek && file.Length > maxBytes)
            throw TooLarge(path, what, maxBytes);

        // Chunks rather than one growing buffer, so that refusing an endless input holds no more than the cap.
        var chunks = new List<byte[]>();
        long total = 0;
        while (true)
        {
            var chunk = new byte[1 << 20];
            int filled = 0, read;
            while (filled < chunk.Length && (read = file.Read(chunk, filled, chunk.Length - filled)) > 0)
                filled += read;
            if (filled == 0)
                break;
            total += filled;
            if (total > maxBytes)
                throw TooLarge(path, what, maxBytes);
            chunks.Add(filled == chunk.Length ? chunk : chunk[..filled]);
            if (filled < chunk.Length)
                break;
        }

        var bytes = new byte[total];
        long offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(bytes, offset);
            offset += chunk.Length;
        }

        return bytes;
    }

    private static DataFileException TooLarge(string path, string what, long maxBytes)
    {
        string cap = (maxBytes / (1024.0 * 1024)).ToString("0.###", CultureInfo.InvariantCulture);
        return new DataFileException($"The {what} file '{path}' holds more than {cap} MiB, the most ToyRec reads; " +
            "expected a smaller file.");
    }

    // File.Exists is true for a symbolic link whose target is gone; that is as missing as no file at all.
    private static bool IsReadableFile(string path)
    {
        if (!File.Exists(path))
            return false;
        return new FileInfo(path).LinkTarget is null || File.ResolveLinkTarget(path, true)?.Exists == true;
    }

    private static string Existing(string path, string subject)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new DataFileException("The data option was given an empty path; expected a file.");
        if (Directory.Exists(path))
            throw new DataFileException($"{subject} is a folder; expected a file.");
        if (!File.Exists(path))
            throw new DataFileException($"{subject} does not exist.");
        if (!IsReadableFile(path))
            throw new DataFileException($"{subject} is a link to a file that does not exist.");
        return path;
    }
}
