using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class CoPurchaseNetworkTests
{
    [Fact]
    public void Backward_WholeNetworkWithCrossEntropy_MatchesFiniteDifferences()
    {
        var network = new CoPurchaseNetwork(TinyNetwork.Shape, TinyNetwork.LabelText(), seed: 3);
        var data = TinyNetwork.Data(6, seed: 1);
        var (input, positives) = data.Batch([0, 1, 2, 3, 4, 5]);
        double Loss() => BinaryCrossEntropy.Loss(network.Forward(input, training: false), positives);
        var logits = network.Forward(input, training: false);
        var gradient = new Matrix(logits.Rows, logits.Columns);
        BinaryCrossEntropy.LossAndGradient(logits, positives, gradient);

        network.ZeroGradients();
        network.Backward(gradient);

        Assert.Equal(11, network.Parameters.Count);
        foreach (var parameter in network.Parameters)
            GradientCheck.Check(parameter.Value, parameter.Gradient, Loss, maxChecks: 25);
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalWeightsAndLosses()
    {
        var first = TrainTiny(seed: 5);
        var second = TrainTiny(seed: 5);
        var other = TrainTiny(seed: 6);

        Assert.Equal(first.Report.Epochs.Select(e => e.ValidationLoss),
            second.Report.Epochs.Select(e => e.ValidationLoss));
        for (int p = 0; p < first.Network.Parameters.Count; p++)
            Assert.Equal(first.Network.Parameters[p].Value, second.Network.Parameters[p].Value);
        Assert.NotEqual(first.Network.Parameters[0].Value, other.Network.Parameters[0].Value);
    }

    [Fact]
    public void Train_LearnablePattern_LowersValidationLossAndRestoresBestEpoch()
    {
        var (network, report) = TrainTiny(seed: 5);
        var validation = TinyNetwork.Data(16, seed: 9);

        Assert.True(report.BestValidationLoss < report.Epochs[0].ValidationLoss / 2, string.Join("; ", report.Epochs));
        Tolerance.Equal(report.BestValidationLoss, Trainer.Evaluate(network, validation), 1e-6);
        Assert.Equal(report.Epochs.MinBy(e => e.ValidationLoss)!.Epoch, report.BestEpoch);
    }

    [Fact]
    public void WriteRead_RoundTrip_PredictsTheSame()
    {
        var (network, _) = TrainTiny(seed: 5);
        var input = TinyNetwork.Data(4, seed: 2).Inputs;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            network.Write(writer);
        stream.Position = 0;

        var loaded = CoPurchaseNetwork.Read(new BinaryReader(stream));

        Assert.Equal(network.Predict(input).Data, loaded.Predict(input).Data);
    }

    [Fact]
    public void Freeze_PredictsAsBeforeAndRefusesTraining()
    {
        var (network, _) = TrainTiny(seed: 5);
        var input = TinyNetwork.Data(4, seed: 2).Inputs;
        var before = network.Predict(input).Data;

        network.Freeze();

        Assert.Equal(before, network.Predict(input).Data);
        Assert.Equal(before, network.Predict(input).Data);
        Assert.Throws<InvalidOperationException>(() => network.Forward(input, training: true));
    }

    [Fact]
    public void InitializeBiases_LabelCounts_SetsLogOdds()
    {
        var network = new CoPurchaseNetwork(TinyNetwork.Shape, TinyNetwork.LabelText(), seed: 3);
        var input = TinyNetwork.Data(1, seed: 1).Inputs;
        foreach (var parameter in network.Parameters.Where(p => p.Name is "output.free" or "output.words"
            or "match.weight"))
            Array.Clear(parameter.Value);

        network.InitializeBiases([9, 0, 4, 0, 0], examples: 19);

        // With no label vectors the probability is the smoothed base rate (count + 0.5) / (examples + 1).
        Tolerance.Equal(9.5 / 20, network.Predict(input)[0, 0], 1e-6);
        Tolerance.Equal(0.5 / 20, network.Predict(input)[0, 1], 1e-6);
    }

    private static (CoPurchaseNetwork Network, TrainingReport Report) TrainTiny(int seed)
    {
        var shape = TinyNetwork.Shape with { DropoutRate = 0.2f };
        var network = new CoPurchaseNetwork(shape, TinyNetwork.LabelText(), seed);
        var report = Trainer.Train(network, TinyNetwork.Data(40, seed: 8), TinyNetwork.Data(16, seed: 9),
            new TrainerOptions(BatchSize: 8, MaxEpochs: 30, Patience: 30, Seed: seed,
                Adam: new AdamOptions(LearningRate: 0.03f)));
        return (network, report);
    }
}
