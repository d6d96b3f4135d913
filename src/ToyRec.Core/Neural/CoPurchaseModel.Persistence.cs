using ToyRec.Persistence;
namespace ToyRec.Neural;

/// <summary>Saving and loading the co-purchase model (the payload of a <c>ModelFile</c>).</summary>
public sealed partial class CoPurchaseModel
{
    /// <summary>The model kind written in the file header.</summary>
    public const string Kind = "neural";

    /// <summary>The payload format version; loading any other fails with a message to retrain.</summary>
    public const int FormatVersion = 2;

    /// <summary>Writes the encoder, network, neighbour index, label names, blend weight and held-out product ids.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Encoder.Write(writer);
        Network.Write(writer);
        var train = Neighbours.Train;
        writer.Write(Neighbours.Neighbours);
        CoPurchaseNetwork.WriteInts(writer, train.Offsets);
        CoPurchaseNetwork.WriteInts(writer, train.Indices);
        CoPurchaseNetwork.WriteFloats(writer, train.Values);
        foreach (var labels in Neighbours.Labels)
            CoPurchaseNetwork.WriteInts(writer, labels);
        writer.Write(LabelNames.Count);
        foreach (string name in LabelNames)
            writer.Write(name);
        writer.Write(BlendWeight);
        foreach (var ids in new[] { Holdout.ValidationIds, Holdout.TestIds })
        {
            writer.Write(ids.Count);
            foreach (string id in ids)
                writer.Write(id);
        }
    }

    /// <summary>Loads a model file written by <c>toyrec train</c>, checking kind, version and checksum.</summary>
    /// <remarks>A payload whose checksum matches but whose counts or sizes do not fit together (written by another
    /// program, or altered with its checksum) fails with the value that does not fit, like the category model.
    /// </remarks>
    /// <exception cref="FileNotFoundException">No file at the path.</exception>
    /// <exception cref="InvalidDataException">Another kind or version of file, or a damaged one.</exception>
    public static CoPurchaseModel Load(string path) => ModelFile.Load(path, Kind, FormatVersion, reader =>
    {
        try
        {
            return Read(reader);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"'{path}': {e.Message} is not a plausible co-purchase model.", e);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"'{path}' ends early: the co-purchase model's payload stops at byte " +
                $"{reader.BaseStream.Position} of {reader.BaseStream.Length}.", e);
        }
    });

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">A count or size that the payload cannot hold, or parts that do not
    /// fit together; the message names the value.</exception>
    /// <exception cref="EndOfStreamException">The payload ends early.</exception>
    public static CoPurchaseModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var encoder = ProductEncoder.Read(reader);
        var network = CoPurchaseNetwork.Read(reader);
        var expected = encoder.Shape();
        var found = network.Shape;
        if ((found.Vocabulary, found.Categories, found.TopLevels, found.Manufacturers, found.Numeric)
            != (expected.Vocabulary, expected.Categories, expected.TopLevels, expected.Manufacturers, expected.Numeric))
        {
            throw new InvalidDataException($"a network for {found.Vocabulary} words, {found.Categories} categories, " +
                $"{found.TopLevels} top levels, {found.Manufacturers} manufacturers and {found.Numeric} numbers " +
                $"after an encoder of {expected.Vocabulary}, {expected.Categories}, {expected.TopLevels}, " +
                $"{expected.Manufacturers} and {expected.Numeric}");
        }

        int k = PayloadReader.Size(reader, "neighbour count", int.MaxValue);
        var train = PayloadReader.Rows(reader, encoder.VocabularySize, "neighbour texts");
        var labels = new int[train.Rows][];
        for (int r = 0; r < labels.Length; r++)
            labels[r] = CoPurchaseNetwork.ReadInts(reader);
        var names = new string[PayloadReader.Count(reader, "label names", 1)];
        for (int l = 0; l < names.Length; l++)
            names[l] = reader.ReadString();
        if (names.Length != network.Labels)
            throw new InvalidDataException($"{names.Length} label names for a network of {network.Labels} labels");
        foreach (int label in labels.SelectMany(l => l))
        {
            if ((uint)label >= (uint)names.Length)
                throw new InvalidDataException($"a neighbour label {label} of {names.Length} labels");
        }

        float weight = reader.ReadSingle();
        if (!(weight is >= 0 and <= 1))
            throw new InvalidDataException($"a blend weight of {weight}");
        var holdout = new CoPurchaseHoldout(ReadStrings(reader), ReadStrings(reader));
        return new CoPurchaseModel(encoder, network, new NeighbourLabels(train, labels, names.Length, k), names,
            weight, holdout);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[PayloadReader.Count(reader, "held-out product ids", 1)];
        for (int i = 0; i < strings.Length; i++)
            strings[i] = reader.ReadString();
        return strings;
    }
}
