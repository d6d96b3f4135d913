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
    public static CoPurchaseModel Load(string path) => ModelFile.Load(path, Kind, FormatVersion, Read);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static CoPurchaseModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var encoder = ProductEncoder.Read(reader);
        var network = CoPurchaseNetwork.Read(reader);
        int k = reader.ReadInt32();
        var train = new SparseRows(encoder.VocabularySize, CoPurchaseNetwork.ReadInts(reader),
            CoPurchaseNetwork.ReadInts(reader), CoPurchaseNetwork.ReadFloats(reader));
        var labels = new int[train.Rows][];
        for (int r = 0; r < labels.Length; r++)
            labels[r] = CoPurchaseNetwork.ReadInts(reader);
        var names = new string[reader.ReadInt32()];
        for (int l = 0; l < names.Length; l++)
            names[l] = reader.ReadString();
        float weight = reader.ReadSingle();
        var holdout = new CoPurchaseHoldout(ReadStrings(reader), ReadStrings(reader));
        return new CoPurchaseModel(encoder, network, new NeighbourLabels(train, labels, names.Length, k), names,
            weight, holdout);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[reader.ReadInt32()];
        for (int i = 0; i < strings.Length; i++)
            strings[i] = reader.ReadString();
        return strings;
    }
}
