namespace ToyRec.Cli;

/// <summary>
/// Where a model saved by <c>toyrec train</c> lives in the <c>--models</c> folder. Every command that reads or
/// writes one checks the option the same way: a file given as the folder, or a folder where the model file should
/// be, is a usage error naming the path, before anything is loaded or fitted.
/// </summary>
internal static class SavedModels
{
    /// <summary>Checks the paths of every saved model, for a command that reads or writes them all.</summary>
    public static void CheckAll(CliContext context)
    {
        foreach (string fileName in new[] { CategoryTraining.FileName, NeuralTraining.FileName })
            PathOf(context, fileName);
    }

    /// <summary>The path of <paramref name="fileName"/> in the models folder, which need not exist yet.</summary>
    /// <exception cref="UsageException">The folder path is empty or a file, or the model path is a folder.</exception>
    public static string PathOf(CliContext context, string fileName)
    {
        string folder = context.ModelsFolder;
        if (string.IsNullOrWhiteSpace(folder))
            throw new UsageException("--models was given an empty path; expected a folder.");
        if (File.Exists(folder))
            throw new UsageException($"--models '{folder}' is a file; expected a folder.");
        string path = Path.Combine(folder, fileName);
        if (Directory.Exists(path))
        {
            throw new UsageException($"--models '{folder}' holds a folder named {fileName}; expected the model " +
                "file that 'toyrec train' writes there, or nothing.");
        }

        return path;
    }
}
