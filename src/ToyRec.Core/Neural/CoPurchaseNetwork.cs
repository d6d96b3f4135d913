namespace ToyRec.Neural;

/// <summary>
/// The co-purchase network: a product's words (sparse linear layer), category path, top-level category and
/// manufacturer (embeddings) and numeric features are concatenated, pass through ReLU layers with dropout, and
/// end in one logit per label from a <see cref="LabelTextOutput"/> plus the <see cref="LabelWordMatch"/> of the
/// product's words with the label's; σ(logit) is the probability that buyers of
/// the product also bought the label.
/// </summary>
/// <remarks>
/// A multi-label feed-forward network trained with binary cross-entropy over all labels, as in the "also
/// bought" setting of McAuley, Pandey and Leskovec, "Inferring networks of substitutable and complementary
/// products", KDD 2015, with the label-side text factorisation of <see cref="LabelTextOutput"/>.
/// </remarks>
public sealed partial class CoPurchaseNetwork
{
    private readonly SparseLinear _text;
    private readonly Embedding _category;
    private readonly Embedding _topLevel;
    private readonly Embedding _manufacturer;
    private readonly ILayer[] _hidden;
    private readonly LabelTextOutput _output;
    private readonly LabelWordMatch _match;
    private readonly Lock _predicting = new();
    private Matrix? _concatenated;
    private Matrix? _textGradient;
    private Matrix? _categoryGradient;
    private Matrix? _topLevelGradient;
    private Matrix? _manufacturerGradient;
    private NetworkInput? _input;

    /// <summary>Creates a network with weights drawn from <paramref name="seed"/>.</summary>
    /// <param name="shape">The sizes.</param>
    /// <param name="labelText">One TF-IDF row per label over the same vocabulary as the input text.</param>
    /// <param name="seed">Seed of the initial weights and of every dropout mask.</param>
    public CoPurchaseNetwork(NetworkShape shape, SparseRows labelText, int seed)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(labelText);
        if (labelText.Columns != shape.Vocabulary)
        {
            throw new ArgumentException($"Label texts have {labelText.Columns} words; the input vocabulary has " +
                $"{shape.Vocabulary}.", nameof(labelText));
        }

        Shape = shape;
        LabelText = labelText;
        var random = new Random(seed);
        _text = new SparseLinear("text", shape.Vocabulary, shape.TextDimension, random);
        _category = new Embedding("category", shape.Categories, shape.CategoryDimension, random);
        _topLevel = new Embedding("topLevel", shape.TopLevels, shape.TopLevelDimension, random);
        _manufacturer = new Embedding("manufacturer", shape.Manufacturers, shape.ManufacturerDimension, random);
        var hidden = new List<ILayer>();
        int width = shape.ConcatenatedWidth;
        for (int h = 0; h < shape.HiddenLayers.Count; h++)
        {
            hidden.Add(new Dense($"hidden{h}", width, shape.HiddenLayers[h], random));
            hidden.Add(new Relu());
            hidden.Add(new Dropout(shape.DropoutRate, unchecked((seed * 7919) + 104_729 + h)));
            width = shape.HiddenLayers[h];
        }

        _hidden = [.. hidden];
        _output = new LabelTextOutput("output", width, labelText, random);
        _match = new LabelWordMatch("match", labelText, shape.MatchWeight);
        Parameters =
        [
            .. _text.Parameters, .. _category.Parameters, .. _topLevel.Parameters, .. _manufacturer.Parameters,
            .. _hidden.SelectMany(l => l.Parameters), .. _output.Parameters, .. _match.Parameters,
        ];
    }

    /// <summary>The sizes.</summary>
    public NetworkShape Shape { get; }

    /// <summary>The labels' TF-IDF rows.</summary>
    public SparseRows LabelText { get; }

    /// <summary>Number of labels.</summary>
    public int Labels => _output.Labels;

    /// <summary>Every learned parameter, in a fixed order.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Number of learned values.</summary>
    public long ParameterCount => Parameters.Sum(p => (long)p.Value.Length);

    /// <summary>Sets each label's bias to its smoothed log-odds in the training products.</summary>
    /// <remarks>Starting from the base rates keeps the first steps from spending themselves on pushing 25,000
    /// logits down to the ~0.02% positive rate.</remarks>
    public void InitializeBiases(IReadOnlyList<int> labelCounts, int examples)
    {
        ArgumentNullException.ThrowIfNull(labelCounts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(examples);
        var bias = _output.Bias.Value;
        for (int l = 0; l < bias.Length; l++)
        {
            double p = (labelCounts[l] + 0.5) / (examples + 1.0);
            bias[l] = (float)Math.Log(p / (1 - p));
        }
    }

    /// <summary>Computes the logits (one row per product, one column per label).</summary>
    public Matrix Forward(NetworkInput input, bool training)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (training && IsFrozen)
            throw new InvalidOperationException("The network's weights are final (it belongs to a trained model).");
        _input = input;
        var parts = new[]
        {
            _text.Forward(input.Text), _category.Forward(input.Category), _topLevel.Forward(input.TopLevel),
            _manufacturer.Forward(input.Manufacturer), input.Numeric,
        };
        var x = _concatenated = Concatenate(parts, _concatenated);
        foreach (var layer in _hidden)
            x = layer.Forward(x, training);
        var logits = _output.Forward(x);
        _match.Forward(input.Text, logits);
        return logits;
    }

    /// <summary>Given ∂loss/∂logits of the last forward batch, accumulates every parameter's gradient.</summary>
    public void Backward(Matrix logitGradient)
    {
        ArgumentNullException.ThrowIfNull(logitGradient);
        var input = _input ?? throw new InvalidOperationException("CoPurchaseNetwork: Backward before Forward.");
        _match.Backward(logitGradient);
        var g = _output.Backward(logitGradient);
        for (int i = _hidden.Length - 1; i >= 0; i--)
            g = _hidden[i].Backward(g);
        int rows = input.Count;
        _textGradient = Matrix.Reuse(_textGradient, rows, Shape.TextDimension);
        _categoryGradient = Matrix.Reuse(_categoryGradient, rows, Shape.CategoryDimension);
        _topLevelGradient = Matrix.Reuse(_topLevelGradient, rows, Shape.TopLevelDimension);
        _manufacturerGradient = Matrix.Reuse(_manufacturerGradient, rows, Shape.ManufacturerDimension);
        Split(g, [_textGradient, _categoryGradient, _topLevelGradient, _manufacturerGradient]);
        _text.Backward(_textGradient);
        _category.Backward(_categoryGradient);
        _topLevel.Backward(_topLevelGradient);
        _manufacturer.Backward(_manufacturerGradient);
    }

    /// <summary>
    /// σ(logits) with dropout off: each label's predicted probability, one row per product. Safe to call from
    /// several threads: the layers reuse their buffers, so calls take turns.
    /// </summary>
    public Matrix Predict(NetworkInput input)
    {
        lock (_predicting)
        {
            var logits = Forward(input, training: false);
            var probabilities = new Matrix(logits.Rows, logits.Columns);
            System.Numerics.Tensors.TensorPrimitives.Sigmoid(logits.Data, probabilities.Data);
            return probabilities;
        }
    }

    /// <summary>Whether <see cref="Freeze"/> has made the weights final.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>
    /// Makes the weights final: a trained model's network is only used to predict, and its output layer then keeps
    /// its label vectors instead of rebuilding them for every prediction. Training a frozen network throws.
    /// </summary>
    public void Freeze()
    {
        IsFrozen = true;
        _output.Freeze();
    }

    /// <summary>Clears every gradient.</summary>
    public void ZeroGradients()
    {
        foreach (var parameter in Parameters)
            parameter.ZeroGradient();
    }

    private static Matrix Concatenate(Matrix[] parts, Matrix? reuse)
    {
        int rows = parts[0].Rows;
        var result = Matrix.Reuse(reuse, rows, parts.Sum(p => p.Columns));
        for (int r = 0; r < rows; r++)
        {
            var target = result.Row(r);
            int offset = 0;
            foreach (var part in parts)
            {
                part.Row(r).CopyTo(target[offset..]);
                offset += part.Columns;
            }
        }

        return result;
    }

    // Copies the leading columns of the gradient into the parts; the numeric inputs at the end need none.
    private static void Split(Matrix gradient, Matrix[] parts)
    {
        for (int r = 0; r < gradient.Rows; r++)
        {
            var source = gradient.Row(r);
            int offset = 0;
            foreach (var part in parts)
            {
                source.Slice(offset, part.Columns).CopyTo(part.Row(r));
                offset += part.Columns;
            }
        }
    }
}
