using ToyRec.Persistence;

namespace ToyRec.Core.Tests.Persistence;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"toyrec-{Guid.NewGuid():N}.bin");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void SaveThenLoad_RoundTripsThePayload()
    {
        ModelFile.Save(_path, "demo", 3, w => w.Write(1.5f));

        Assert.Equal(1.5f, ModelFile.Load(_path, "demo", 3, r => r.ReadSingle()));
    }

    [Fact]
    public void Load_OtherVersion_FailsSayingWhichVersions()
    {
        ModelFile.Save(_path, "demo", 2, w => w.Write(1));

        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(_path, "demo", 3, r => r.ReadInt32()));
        Assert.Equal($"'{_path}' is a demo model of format version 2; this ToyRec reads version 3. Run 'toyrec " +
            "train' again.", error.Message);
    }

    [Fact]
    public void Load_OtherKindDamagedOrTruncated_FailsClearly()
    {
        ModelFile.Save(_path, "demo", 1, w => w.Write(new byte[100]));
        Assert.Contains("holds a 'demo' model; expected 'other'",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(_path, "other", 1, r => 0)).Message);

        var bytes = File.ReadAllBytes(_path);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(_path, bytes);
        Assert.EndsWith("is damaged: its checksum does not match its content.",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(_path, "demo", 1, r => 0)).Message);

        File.WriteAllBytes(_path, bytes[..^10]);
        Assert.EndsWith("is cut short: its payload is incomplete.",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(_path, "demo", 1, r => 0)).Message);

        File.WriteAllBytes(_path, [1, 2, 3]);
        Assert.EndsWith("is cut short: it ends inside the header.",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(_path, "demo", 1, r => 0)).Message);
    }

    [Fact]
    public void Load_BytesAfterThePayloadOrPayloadNotAllRead_FailsSayingHowMany()
    {
        ModelFile.Save(_path, "demo", 1, w => w.Write(7));
        File.AppendAllText(_path, "xyz");
        Assert.EndsWith("is damaged: it has 3 bytes after its payload.",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(_path, "demo", 1, r => r.ReadInt32())).Message);

        ModelFile.Save(_path, "demo", 1, w => w.Write(7L));
        Assert.EndsWith("is not a plausible demo model: 4 bytes of its payload were not read.",
            Assert.Throws<InvalidDataException>(() => ModelFile.Load(_path, "demo", 1, r => r.ReadInt32())).Message);
    }

    [Fact]
    public void Save_MoveFails_LeavesTheFolderAsItWas()
    {
        // A folder where the model should go: the final move fails after the temporary file is written.
        string folder = Directory.CreateTempSubdirectory("toyrec-modelfile-").FullName;
        string target = Directory.CreateDirectory(Path.Combine(folder, "model.bin")).FullName;
        File.WriteAllText(Path.Combine(folder, "other.txt"), "kept");
        try
        {
            Assert.ThrowsAny<IOException>(() => ModelFile.Save(target, "demo", 1, w => w.Write(1)));

            Assert.Equal([Path.Combine(folder, "other.txt")], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
