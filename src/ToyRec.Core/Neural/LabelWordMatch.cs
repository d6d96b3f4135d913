namespace ToyRec.Neural;

/// <summary>
/// The word-space half of the label vectors: adds m_l = Σ_j x_j·u_j·s_lj to each label's logit, where x is the
/// product's TF-IDF row, s_l the label text's TF-IDF row and u a learned weight per word. With u ≡ 1 this is the
/// cosine between the product's text and the label's text, so a label never seen in training still scores by
/// the words its slug shares with the product.
/// </summary>
/// <remarks>
/// A diagonal bilinear match xᵀ·diag(u)·s_l between the two bags of words (cf. the bilinear label-embedding of
/// Weston, Bengio and Usunier, IJCAI 2011, here with a diagonal map over the shared vocabulary). Gradient:
/// ∂L/∂u_j = Σ_rows x_j Σ_l G_l s_lj. Computed through an inverted index of the label texts, so the cost follows
/// the words the batch shares with the labels.
/// </remarks>
public sealed class LabelWordMatch
{
    private readonly Parameter _weight;
    private readonly int[][] _labels;
    private readonly float[][] _values;
    private readonly int _labelCount;
    private SparseRows? _input;

    /// <summary>Indexes the label texts; every word weight starts at <paramref name="initialWeight"/>.</summary>
    public LabelWordMatch(string name, SparseRows labelText, float initialWeight)
    {
        ArgumentNullException.ThrowIfNull(labelText);
        _labelCount = labelText.Rows;
        _weight = new Parameter(name + ".weight", labelText.Columns, 1);
        Array.Fill(_weight.Value, initialWeight);
        var labels = new List<int>[labelText.Columns];
        var values = new List<float>[labelText.Columns];
        for (int l = 0; l < labelText.Rows; l++)
        {
            for (int e = labelText.Offsets[l]; e < labelText.Offsets[l + 1]; e++)
            {
                (labels[labelText.Indices[e]] ??= []).Add(l);
                (values[labelText.Indices[e]] ??= []).Add(labelText.Values[e]);
            }
        }

        _labels = [.. labels.Select(l => l?.ToArray() ?? [])];
        _values = [.. values.Select(v => v?.ToArray() ?? [])];
        Parameters = [_weight];
    }

    /// <summary>The per-word weights u.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Adds each row's word match to every label's logit in <paramref name="logits"/>.</summary>
    public void Forward(SparseRows input, Matrix logits)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(logits);
        if (input.Rows != logits.Rows || logits.Columns != _labelCount || input.Columns != _weight.Rows)
        {
            throw new ArgumentException($"{_weight.Name}: a batch of {input.Rows} rows over {input.Columns} words " +
                $"does not fit {logits.Rows}×{logits.Columns} logits and {_weight.Rows} words.");
        }

        _input = input;
        var u = _weight.Value;
        Parallel.For(0, input.Rows, r =>
        {
            var row = logits.Row(r);
            for (int e = input.Offsets[r]; e < input.Offsets[r + 1]; e++)
            {
                int word = input.Indices[e];
                float w = input.Values[e] * u[word];
                var labels = _labels[word];
                var values = _values[word];
                for (int p = 0; p < labels.Length; p++)
                    row[labels[p]] += w * values[p];
            }
        });
    }

    /// <summary>Accumulates ∂L/∂u for the last forward batch.</summary>
    public void Backward(Matrix logitGradient)
    {
        ArgumentNullException.ThrowIfNull(logitGradient);
        var input = _input ?? throw new InvalidOperationException($"{_weight.Name}: Backward before Forward.");
        var gradient = _weight.Gradient;
        for (int r = 0; r < input.Rows; r++)
        {
            var g = logitGradient.Row(r);
            for (int e = input.Offsets[r]; e < input.Offsets[r + 1]; e++)
            {
                int word = input.Indices[e];
                var labels = _labels[word];
                var values = _values[word];
                double sum = 0;
                for (int p = 0; p < labels.Length; p++)
                    sum += g[labels[p]] * values[p];
                gradient[word] += (float)(input.Values[e] * sum);
            }
        }
    }
}
