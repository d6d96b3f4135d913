namespace ToyRec.Category;

/// <summary>z = (x − μ) / σ fitted on observed training values; a missing value takes the training median or
/// mean.</summary>
internal sealed class Standardiser
{
    private Standardiser(double mean, double deviation, double missing)
    {
        Mean = mean;
        Deviation = deviation;
        Missing = missing;
    }

    public double Mean { get; }

    public double Deviation { get; }

    public double Missing { get; }

    public static Standardiser Fit(IEnumerable<double> observed, bool useMedianForMissing)
    {
        var values = observed.ToArray();
        if (values.Length == 0)
            return new Standardiser(0, 1, 0);
        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / values.Length;
        double deviation = variance > 0 ? Math.Sqrt(variance) : 1;
        Array.Sort(values);
        double median = values.Length % 2 == 1 ? values[values.Length / 2]
            : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
        return new Standardiser(mean, deviation, useMedianForMissing ? median : mean);
    }

    public double Z(double? value) => ((value ?? Missing) - Mean) / Deviation;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Mean);
        writer.Write(Deviation);
        writer.Write(Missing);
    }

    public static Standardiser Read(BinaryReader reader)
    {
        double mean = reader.ReadDouble();
        double deviation = reader.ReadDouble();
        double missing = reader.ReadDouble();
        if (!(deviation > 0) || !double.IsFinite(mean) || !double.IsFinite(missing))
        {
            throw new InvalidDataException(
                $"Category model: bad standardisation (mean {mean}, deviation {deviation}).");
        }
        return new Standardiser(mean, deviation, missing);
    }
}
