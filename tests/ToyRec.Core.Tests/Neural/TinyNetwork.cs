using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

/// <summary>A network and data small enough for finite differences and quick training runs.</summary>
internal static class TinyNetwork
{
    public static readonly NetworkShape Shape = new(Vocabulary: 7, Categories: 3, TopLevels: 2, Manufacturers: 3,
        Numeric: 2, TextDimension: 4, CategoryDimension: 3, TopLevelDimension: 2, ManufacturerDimension: 2,
        Hidden: [5], DropoutRate: 0, MatchWeight: 1.5f);

    public static SparseRows LabelText() =>
        new(7, [0, 2, 3, 3, 5, 6], [0, 6, 2, 3, 4, 5], [0.6f, 0.8f, 1f, 0.8f, 0.6f, 1f]);

    public static NetworkDataset Data(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<IReadOnlyList<(int Index, float Value)>>();
        var positives = new int[count][];
        for (int i = 0; i < count; i++)
        {
            // Words 0-2 mean labels 0 and 2, words 3-6 label 4: learnable from the text alone.
            int word = random.Next(7);
            rows.Add([(word, 1f)]);
            positives[i] = word < 3 ? [0, 2] : [4];
        }

        var numeric = new Matrix(count, 2);
        for (int i = 0; i < numeric.Data.Length; i++)
            numeric.Data[i] = random.NextSingle() - 0.5f;
        var input = new NetworkInput(SparseRows.From(7, rows),
            [.. Enumerable.Range(0, count).Select(i => i % 3)],
            [.. Enumerable.Range(0, count).Select(i => i % 2)],
            [.. Enumerable.Range(0, count).Select(i => (i * 2) % 3)],
            numeric);
        return new NetworkDataset(input, positives);
    }
}
