using ToyRec.Neural;
using ToyRec.Persistence;

namespace ToyRec.Core.Tests.Neural;

public sealed class CoPurchaseModelLoadTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"toyrec-neural-{Guid.NewGuid():N}.bin");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Load_GarbageVocabularyCount_NamesTheFileAndTheCount()
    {
        Save(w =>
        {
            w.Write(1_000_000);
            w.Write(new byte[16]);
        });

        var error = Assert.Throws<InvalidDataException>(() => CoPurchaseModel.Load(_path));

        Assert.Equal($"'{_path}': 1000000 vocabulary words is not a plausible co-purchase model.", error.Message);
    }

    [Fact]
    public void Load_EmptyPayload_SaysTheFileEndsEarly()
    {
        Save(_ => { });

        var error = Assert.Throws<InvalidDataException>(() => CoPurchaseModel.Load(_path));

        Assert.Equal($"'{_path}' ends early: the co-purchase model's payload stops at byte 0 of 0.", error.Message);
    }

    [Theory]
    [InlineData(0, 1, "a vocabulary of 0")]
    [InlineData(1, 1_000_000_000, "a hidden width of 1000000000")]
    [InlineData(1, -3, "a hidden width of -3")]
    public void Load_GarbageNetworkSize_FailsBeforeAllocating(int vocabulary, int hidden, string what)
    {
        Save(w =>
        {
            WriteEmptyEncoder(w);
            w.Write(vocabulary);
            for (int i = 0; i < 8; i++)
                w.Write(1);
            w.Write(1);
            w.Write(hidden);
            w.Write(new byte[64]);
        });

        var error = Assert.Throws<InvalidDataException>(() => CoPurchaseModel.Load(_path));

        Assert.Equal($"'{_path}': {what} is not a plausible co-purchase model.", error.Message);
    }

    [Fact]
    public void Load_NetworkClaimingMoreWeightsThanStored_FailsWithTheCount()
    {
        Save(w =>
        {
            WriteEmptyEncoder(w);
            w.Write(20);
            for (int i = 0; i < 8; i++)
                w.Write(4);
            w.Write(1);
            w.Write(4);
            w.Write(0.5f);
            w.Write(1f);
            WriteOneEmptyLabelText(w);
            w.Write(new byte[64]);
        });

        var error = Assert.Throws<InvalidDataException>(() => CoPurchaseModel.Load(_path));

        // Text (20 + 1)·4, embeddings 3·4·4, hidden (20 + 1)·4, output (1 + 20)·4 + 1 + 20: 84 + 48 + 84 + 105.
        Assert.Equal($"'{_path}': a network of 321 weights for 1 labels in 64 bytes is not a plausible co-purchase " +
            "model.", error.Message);
    }

    // An encoder with no words and no category, top-level or manufacturer values, and unit scalers.
    private static void WriteEmptyEncoder(BinaryWriter writer)
    {
        for (int i = 0; i < 4; i++)
            writer.Write(0);
        foreach (float value in new[] { 0f, 1f })
        {
            writer.Write(ProductEncoder.NumericCount);
            for (int j = 0; j < ProductEncoder.NumericCount; j++)
                writer.Write(value);
        }

        writer.Write(1f);
    }

    // One label with no words: offsets [0, 0], no indices, no values.
    private static void WriteOneEmptyLabelText(BinaryWriter writer)
    {
        writer.Write(2);
        writer.Write(0);
        writer.Write(0);
        writer.Write(0);
        writer.Write(0);
    }

    private void Save(Action<BinaryWriter> write) =>
        ModelFile.Save(_path, CoPurchaseModel.Kind, CoPurchaseModel.FormatVersion, write);
}
