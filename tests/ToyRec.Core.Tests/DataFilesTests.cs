namespace ToyRec.Core.Tests;

public sealed class DataFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-datafiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadAllBytesBounded_FileAtTheCap_ReadsEveryByte()
    {
        string path = Path.Combine(_folder, "exact.bin");
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        File.WriteAllBytes(path, bytes);

        Assert.Equal(bytes, DataFiles.ReadAllBytesBounded(path, "catalogue", maxBytes: 100_000));
    }

    [Fact]
    public void ReadAllBytesBounded_OneByteOverTheCap_ThrowsNamingFileAndCap()
    {
        string path = Path.Combine(_folder, "over.bin");
        File.WriteAllBytes(path, new byte[1_048_577]);

        var e = Assert.Throws<DataFileException>(() =>
            DataFiles.ReadAllBytesBounded(path, "catalogue", maxBytes: 1_048_576));

        Assert.Equal($"The catalogue file '{path}' holds more than 1 MiB, the most ToyRec reads; expected a smaller " +
            "file.", e.Message);
    }

    // A device without an end: before the cap, reading one ran until memory was gone. (Linux and macOS have it.)
    [Fact]
    public void ReadAllBytesBounded_EndlessDevice_StopsAtTheCap()
    {
        var e = Assert.Throws<DataFileException>(() =>
            DataFiles.ReadAllBytesBounded("/dev/zero", "interaction log", maxBytes: 1 << 20));

        Assert.StartsWith("The interaction log file '/dev/zero' holds more than 1 MiB", e.Message,
            StringComparison.Ordinal);
    }
}
