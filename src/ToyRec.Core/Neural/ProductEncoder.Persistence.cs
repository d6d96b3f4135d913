namespace ToyRec.Neural;

/// <summary>Saving and loading a fitted encoder.</summary>
public sealed partial class ProductEncoder
{
    private static readonly string[] MapNames = ["category paths", "top-level categories", "manufacturers"];

    /// <summary>Writes the vocabulary with its idf, the value ids and the scalers.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_vocabulary.Count);
        foreach (var (word, index) in _vocabulary.OrderBy(p => p.Value))
        {
            writer.Write(word);
            writer.Write(_idf[index]);
        }

        foreach (var ids in new[] { _categories, _topLevels, _manufacturers })
        {
            writer.Write(ids.Count);
            foreach (var (value, id) in ids.OrderBy(p => p.Value))
            {
                writer.Write(value);
                writer.Write(id);
            }
        }

        CoPurchaseNetwork.WriteFloats(writer, _mean);
        CoPurchaseNetwork.WriteFloats(writer, _deviation);
        writer.Write(_nameWeight);
    }

    /// <summary>Reads an encoder written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">A count larger than the payload, or scalers of another size.
    /// </exception>
    public static ProductEncoder Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // A word is at least its one-byte length and its four-byte idf; a value at least its length and its id.
        int words = PayloadReader.Count(reader, "vocabulary words", 5);
        var vocabulary = new Dictionary<string, int>(words, StringComparer.Ordinal);
        var idf = new float[words];
        for (int i = 0; i < words; i++)
        {
            vocabulary[reader.ReadString()] = i;
            idf[i] = reader.ReadSingle();
        }

        var maps = new Dictionary<string, int>[3];
        for (int m = 0; m < maps.Length; m++)
        {
            int count = PayloadReader.Count(reader, MapNames[m], 5);
            maps[m] = new Dictionary<string, int>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
                maps[m][reader.ReadString()] = reader.ReadInt32();
        }

        var mean = CoPurchaseNetwork.ReadFloats(reader);
        var deviation = CoPurchaseNetwork.ReadFloats(reader);
        if (mean.Length != NumericCount || deviation.Length != NumericCount)
            throw new InvalidDataException($"scalers of {mean.Length} values (expected {NumericCount})");
        return new ProductEncoder(vocabulary, idf, maps[0], maps[1], maps[2], mean, deviation, reader.ReadSingle());
    }
}
