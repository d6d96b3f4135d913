using ToyRec.Neural;

namespace ToyRec.Core.Tests.Neural;

public sealed class AdamTests
{
    [Fact]
    public void Step_TwoSteps_MatchesHandComputation()
    {
        var parameter = new Parameter("w", 1, 1);
        parameter.Value[0] = 1;
        var adam = new Adam([parameter], new AdamOptions(LearningRate: 0.1f));

        parameter.Gradient[0] = 0.5f;
        adam.Step();
        float afterOne = parameter.Value[0];
        parameter.Gradient[0] = -1f;
        adam.Step();

        // Step 1: m = 0.05, v = 0.00025, m̂ = 0.5, v̂ = 0.25, θ = 1 − 0.1·0.5/0.5 = 0.9.
        Tolerance.Equal(0.9, afterOne, 1e-6);
        // Step 2: m = −0.055, v = 0.00124975, m̂ = −0.289474, v̂ = 0.625188, θ = 0.9 + 0.1·0.289474/0.790688.
        Tolerance.Equal(0.936610, parameter.Value[0], 1e-5);
        Assert.Equal(2, adam.Steps);
    }

    [Fact]
    public void Step_LongVector_EveryElementMatchesScalarFormula()
    {
        var parameter = new Parameter("w", 37, 1);
        for (int i = 0; i < 37; i++)
            (parameter.Value[i], parameter.Gradient[i]) = (i * 0.1f, (i % 5) - 2);
        var adam = new Adam([parameter], new AdamOptions(LearningRate: 0.01f));

        adam.Step();

        // On the first step m̂ = g and v̂ = g², so θ moves by −α·g / (|g| + ε): ∓α or 0.
        for (int i = 0; i < 37; i++)
            Tolerance.Equal(i * 0.1 - 0.01 * Math.Sign((i % 5) - 2), parameter.Value[i], 1e-5);
    }
}
