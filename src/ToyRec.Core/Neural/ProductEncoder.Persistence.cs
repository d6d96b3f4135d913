namespace ToyRec.Neural;

/// <summary>Saving and loading a fitted encoder.</summary>
public sealed partial class ProductEncoder
{
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
    public static ProductEncoder Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int words = reader.ReadInt32();
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
            int count = reader.ReadInt32();
            maps[m] = new Dictionary<string, int>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
                maps[m][reader.ReadString()] = reader.ReadInt32();
        }

        var mean = CoPurchaseNetwork.ReadFloats(reader);
        var deviation = CoPurchaseNetwork.ReadFloats(reader);
        if (mean.Length != NumericCount || deviation.Length != NumericCount)
            throw new InvalidDataException($"Saved scalers hold {mean.Length} values; expected {NumericCount}.");
        return new ProductEncoder(vocabulary, idf, maps[0], maps[1], maps[2], mean, deviation, reader.ReadSingle());
    }
}
